// A single matmul: (128 x 768) * (768 x 64) -> (128 x 64), f32.
func.func @main(%a: tensor<128x768xf32>, %b: tensor<768x64xf32>, %c: tensor<128x64xf32>) -> tensor<128x64xf32> {
  %r = linalg.matmul ins(%a, %b : tensor<128x768xf32>, tensor<768x64xf32>) outs(%c : tensor<128x64xf32>) -> tensor<128x64xf32>
  return %r : tensor<128x64xf32>
}
