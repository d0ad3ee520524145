module {
  func.func @main(%arg0: tensor<16x16xi1>, %arg1: tensor<16x16xi1>) -> tensor<16x16xi1> {
    %0 = linalg.copy ins(%arg0 : tensor<16x16xi1>) outs(%arg1 : tensor<16x16xi1>) -> tensor<16x16xi1>
    return %0 : tensor<16x16xi1>
  }
}
