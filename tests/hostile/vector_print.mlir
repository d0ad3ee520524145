// Printing from the kernel (side effects outside the computation).
module {
  func.func @main(%a: tensor<16xf32>, %o: tensor<16xf32>) -> tensor<16xf32> {
    %v = arith.constant dense<1.0> : vector<4xf32>
    vector.print %v : vector<4xf32>
    %0 = linalg.copy ins(%a : tensor<16xf32>) outs(%o : tensor<16xf32>) -> tensor<16xf32>
    return %0 : tensor<16xf32>
  }
}
