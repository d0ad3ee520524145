module {
  func.func @main(%arg0: tensor<128x768xf32>, %arg1: tensor<768x64xf32>, %arg2: tensor<128x64xf32>) -> tensor<128x64xf32> {
    %0 = linalg.matmul ins(%arg0, %arg1 : tensor<128x768xf32>, tensor<768x64xf32>) outs(%arg2 : tens
