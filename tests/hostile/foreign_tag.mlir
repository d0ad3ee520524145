// A `tag` on a non-linalg op that matches the name mlirrl gives the matmul.
module {
  func.func @main(%a: tensor<16x16xf32>, %b: tensor<16x16xf32>) -> tensor<16x16xf32> {
    %e = tensor.empty() {tag = "operation_0"} : tensor<16x16xf32>
    %0 = linalg.matmul ins(%a, %b : tensor<16x16xf32>, tensor<16x16xf32>) outs(%e : tensor<16x16xf32>) -> tensor<16x16xf32>
    return %0 : tensor<16x16xf32>
  }
}
