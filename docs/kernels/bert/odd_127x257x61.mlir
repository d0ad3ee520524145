func.func @main(%a: tensor<127x61xf32>, %b: tensor<61x257xf32>, %c: tensor<127x257xf32>) -> tensor<127x257xf32> {
  %0 = linalg.matmul ins(%a, %b : tensor<127x61xf32>, tensor<61x257xf32>) outs(%c : tensor<127x257xf32>) -> tensor<127x257xf32>
  return %0 : tensor<127x257xf32>
}
