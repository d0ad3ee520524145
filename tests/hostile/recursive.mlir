// A function that calls itself without end (each level allocates).
module {
  func.func @grow(%t: tensor<1024xf32>) -> tensor<1024xf32> {
    %e = tensor.empty() : tensor<1024xf32>
    %0 = linalg.add ins(%t, %t : tensor<1024xf32>, tensor<1024xf32>) outs(%e : tensor<1024xf32>) -> tensor<1024xf32>
    %1 = func.call @grow(%0) : (tensor<1024xf32>) -> tensor<1024xf32>
    return %1 : tensor<1024xf32>
  }
  func.func @main(%a: tensor<1024xf32>) -> tensor<1024xf32> {
    %0 = func.call @grow(%a) : (tensor<1024xf32>) -> tensor<1024xf32>
    return %0 : tensor<1024xf32>
  }
}
