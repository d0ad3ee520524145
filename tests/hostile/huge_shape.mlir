// 2^31 x 2^31 f32: a size that wraps 64-bit byte counts if multiplied unchecked.
module {
  func.func @main(%a: tensor<2147483648x2147483648xf32>, %b: tensor<2147483648x2147483648xf32>) -> tensor<2147483648x2147483648xf32> {
    %0 = linalg.add ins(%a, %a : tensor<2147483648x2147483648xf32>, tensor<2147483648x2147483648xf32>) outs(%b : tensor<2147483648x2147483648xf32>) -> tensor<2147483648x2147483648xf32>
    return %0 : tensor<2147483648x2147483648xf32>
  }
}
