// An external declaration in the func dialect, called from the entry.
module {
  func.func private @system(i64) -> i32
  func.func @main(%a: tensor<16x16xf32>, %b: tensor<16x16xf32>, %c: tensor<16x16xf32>) -> tensor<16x16xf32> {
    %z = arith.constant 0 : i64
    %r = func.call @system(%z) : (i64) -> i32
    %0 = linalg.matmul ins(%a, %b : tensor<16x16xf32>, tensor<16x16xf32>) outs(%c : tensor<16x16xf32>) -> tensor<16x16xf32>
    return %0 : tensor<16x16xf32>
  }
}
