// A zero-sized dimension: used to crash MLIR's tile-size computation.
module {
  func.func @main(%a: tensor<0x64xf32>, %b: tensor<64x64xf32>, %c: tensor<0x64xf32>) -> tensor<0x64xf32> {
    %0 = linalg.matmul ins(%a, %b : tensor<0x64xf32>, tensor<64x64xf32>) outs(%c : tensor<0x64xf32>) -> tensor<0x64xf32>
    return %0 : tensor<0x64xf32>
  }
}
