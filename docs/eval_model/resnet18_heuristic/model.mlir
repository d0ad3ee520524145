func.func @main(%in0: tensor<1x3x224x224xf32>, %w0: tensor<64x3x7x7xf32>, %w1: tensor<64xf32>, %w2: tensor<64x64x3x3xf32>, %w3: tensor<64xf32>, %w4: tensor<64x64x3x3xf32>, %w5: tensor<64xf32>, %w6: tensor<64x64x3x3xf32>, %w7: tensor<64xf32>, %w8: tensor<64x64x3x3xf32>, %w9: tensor<64xf32>, %w10: tensor<128x64x3x3xf32>, %w11: tensor<128xf32>, %w12: tensor<128x128x3x3xf32>, %w13: tensor<128xf32>, %w14: tensor<128x64x1x1xf32>, %w15: tensor<128xf32>, %w16: tensor<128x128x3x3xf32>, %w17: tensor<128xf32>, %w18: tensor<128x128x3x3xf32>, %w19: tensor<128xf32>, %w20: tensor<256x128x3x3xf32>, %w21: tensor<256xf32>, %w22: tensor<256x256x3x3xf32>, %w23: tensor<256xf32>, %w24: tensor<256x128x1x1xf32>, %w25: tensor<256xf32>, %w26: tensor<256x256x3x3xf32>, %w27: tensor<256xf32>, %w28: tensor<256x256x3x3xf32>, %w29: tensor<256xf32>, %w30: tensor<512x256x3x3xf32>, %w31: tensor<512xf32>, %w32: tensor<512x512x3x3xf32>, %w33: tensor<512xf32>, %w34: tensor<512x256x1x1xf32>, %w35: tensor<512xf32>, %w36: tensor<512x512x3x3xf32>, %w37: tensor<512xf32>, %w38: tensor<512x512x3x3xf32>, %w39: tensor<512xf32>, %w40: tensor<512x1000xf32>, %w41: tensor<1000xf32>) -> tensor<1x1000xf32> {
  %c1 = arith.constant 0x00000000 : f32
  %v2 = tensor.pad %in0 low[0, 0, 3, 3] high[0, 0, 3, 3] {
  ^bb0(%p0: index, %p1: index, %p2: index, %p3: index):
    tensor.yield %c1 : f32
  } : tensor<1x3x224x224xf32> to tensor<1x3x230x230xf32>
  %e3 = tensor.empty() : tensor<1x64x112x112xf32>
  %v4 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d1)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%w1 : tensor<64xf32>) outs(%e3 : tensor<1x64x112x112xf32>) {
  ^bb0(%b0: f32, %b1: f32):
    linalg.yield %b0 : f32
  } -> tensor<1x64x112x112xf32>
  %v5 = linalg.conv_2d_nchw_fchw {dilations = dense<[1, 1]> : tensor<2xi64>, strides = dense<[2, 2]> : tensor<2xi64>} ins(%v2, %w0 : tensor<1x3x230x230xf32>, tensor<64x3x7x7xf32>) outs(%v4 : tensor<1x64x112x112xf32>) -> tensor<1x64x112x112xf32>
  %e6 = tensor.empty() : tensor<1x64x112x112xf32>
  %v7 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%v5 : tensor<1x64x112x112xf32>) outs(%e6 : tensor<1x64x112x112xf32>) {
  ^bb0(%b0: f32, %b1: f32):
    %z = arith.constant 0x00000000 : f32
    %y = arith.maximumf %b0, %z : f32
    linalg.yield %y : f32
  } -> tensor<1x64x112x112xf32>
  %c8 = arith.constant 0xFF800000 : f32
  %v9 = tensor.pad %v7 low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%p0: index, %p1: index, %p2: index, %p3: index):
    tensor.yield %c8 : f32
  } : tensor<1x64x112x112xf32> to tensor<1x64x114x114xf32>
  %c10 = arith.constant 0xFF800000 : f32
  %e11 = tensor.empty() : tensor<1x64x56x56xf32>
  %v12 = linalg.fill ins(%c10 : f32) outs(%e11 : tensor<1x64x56x56xf32>) -> tensor<1x64x56x56xf32>
  %e13 = tensor.empty() : tensor<3x3xf32>
  %v14 = linalg.pooling_nchw_max {dilations = dense<[1, 1]> : tensor<2xi64>, strides = dense<[2, 2]> : tensor<2xi64>} ins(%v9, %e13 : tensor<1x64x114x114xf32>, tensor<3x3xf32>) outs(%v12 : tensor<1x64x56x56xf32>) -> tensor<1x64x56x56xf32>
  %c15 = arith.constant 0x00000000 : f32
  %v16 = tensor.pad %v14 low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%p0: index, %p1: index, %p2: index, %p3: index):
    tensor.yield %c15 : f32
  } : tensor<1x64x56x56xf32> to tensor<1x64x58x58xf32>
  %e17 = tensor.empty() : tensor<1x64x56x56xf32>
  %v18 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d1)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%w3 : tensor<64xf32>) outs(%e17 : tensor<1x64x56x56xf32>) {
  ^bb0(%b0: f32, %b1: f32):
    linalg.yield %b0 : f32
  } -> tensor<1x64x56x56xf32>
  %v19 = linalg.conv_2d_nchw_fchw {dilations = dense<[1, 1]> : tensor<2xi64>, strides = dense<[1, 1]> : tensor<2xi64>} ins(%v16, %w2 : tensor<1x64x58x58xf32>, tensor<64x64x3x3xf32>) outs(%v18 : tensor<1x64x56x56xf32>) -> tensor<1x64x56x56xf32>
  %e20 = tensor.empty() : tensor<1x64x56x56xf32>
  %v21 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%v19 : tensor<1x64x56x56xf32>) outs(%e20 : tensor<1x64x56x56xf32>) {
  ^bb0(%b0: f32, %b1: f32):
    %z = arith.constant 0x00000000 : f32
    %y = arith.maximumf %b0, %z : f32
    linalg.yield %y : f32
  } -> tensor<1x64x56x56xf32>
  %c22 = arith.constant 0x00000000 : f32
  %v23 = tensor.pad %v21 low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%p0: index, %p1: index, %p2: index, %p3: index):
    tensor.yield %c22 : f32
  } : tensor<1x64x56x56xf32> to tensor<1x64x58x58xf32>
  %e24 = tensor.empty() : tensor<1x64x56x56xf32>
  %v25 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d1)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%w5 : tensor<64xf32>) outs(%e24 : tensor<1x64x56x56xf32>) {
  ^bb0(%b0: f32, %b1: f32):
    linalg.yield %b0 : f32
  } -> tensor<1x64x56x56xf32>
  %v26 = linalg.conv_2d_nchw_fchw {dilations = dense<[1, 1]> : tensor<2xi64>, strides = dense<[1, 1]> : tensor<2xi64>} ins(%v23, %w4 : tensor<1x64x58x58xf32>, tensor<64x64x3x3xf32>) outs(%v25 : tensor<1x64x56x56xf32>) -> tensor<1x64x56x56xf32>
  %e27 = tensor.empty() : tensor<1x64x56x56xf32>
  %v28 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%v26, %v14 : tensor<1x64x56x56xf32>, tensor<1x64x56x56xf32>) outs(%e27 : tensor<1x64x56x56xf32>) {
  ^bb0(%b0: f32, %b1: f32, %b2: f32):
    %y = arith.addf %b0, %b1 : f32
    linalg.yield %y : f32
  } -> tensor<1x64x56x56xf32>
  %e29 = tensor.empty() : tensor<1x64x56x56xf32>
  %v30 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%v28 : tensor<1x64x56x56xf32>) outs(%e29 : tensor<1x64x56x56xf32>) {
  ^bb0(%b0: f32, %b1: f32):
    %z = arith.constant 0x00000000 : f32
    %y = arith.maximumf %b0, %z : f32
    linalg.yield %y : f32
  } -> tensor<1x64x56x56xf32>
  %c31 = arith.constant 0x00000000 : f32
  %v32 = tensor.pad %v30 low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%p0: index, %p1: index, %p2: index, %p3: index):
    tensor.yield %c31 : f32
  } : tensor<1x64x56x56xf32> to tensor<1x64x58x58xf32>
  %e33 = tensor.empty() : tensor<1x64x56x56xf32>
  %v34 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d1)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%w7 : tensor<64xf32>) outs(%e33 : tensor<1x64x56x56xf32>) {
  ^bb0(%b0: f32, %b1: f32):
    linalg.yield %b0 : f32
  } -> tensor<1x64x56x56xf32>
  %v35 = linalg.conv_2d_nchw_fchw {dilations = dense<[1, 1]> : tensor<2xi64>, strides = dense<[1, 1]> : tensor<2xi64>} ins(%v32, %w6 : tensor<1x64x58x58xf32>, tensor<64x64x3x3xf32>) outs(%v34 : tensor<1x64x56x56xf32>) -> tensor<1x64x56x56xf32>
  %e36 = tensor.empty() : tensor<1x64x56x56xf32>
  %v37 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%v35 : tensor<1x64x56x56xf32>) outs(%e36 : tensor<1x64x56x56xf32>) {
  ^bb0(%b0: f32, %b1: f32):
    %z = arith.constant 0x00000000 : f32
    %y = arith.maximumf %b0, %z : f32
    linalg.yield %y : f32
  } -> tensor<1x64x56x56xf32>
  %c38 = arith.constant 0x00000000 : f32
  %v39 = tensor.pad %v37 low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%p0: index, %p1: index, %p2: index, %p3: index):
    tensor.yield %c38 : f32
  } : tensor<1x64x56x56xf32> to tensor<1x64x58x58xf32>
  %e40 = tensor.empty() : tensor<1x64x56x56xf32>
  %v41 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d1)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%w9 : tensor<64xf32>) outs(%e40 : tensor<1x64x56x56xf32>) {
  ^bb0(%b0: f32, %b1: f32):
    linalg.yield %b0 : f32
  } -> tensor<1x64x56x56xf32>
  %v42 = linalg.conv_2d_nchw_fchw {dilations = dense<[1, 1]> : tensor<2xi64>, strides = dense<[1, 1]> : tensor<2xi64>} ins(%v39, %w8 : tensor<1x64x58x58xf32>, tensor<64x64x3x3xf32>) outs(%v41 : tensor<1x64x56x56xf32>) -> tensor<1x64x56x56xf32>
  %e43 = tensor.empty() : tensor<1x64x56x56xf32>
  %v44 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%v42, %v30 : tensor<1x64x56x56xf32>, tensor<1x64x56x56xf32>) outs(%e43 : tensor<1x64x56x56xf32>) {
  ^bb0(%b0: f32, %b1: f32, %b2: f32):
    %y = arith.addf %b0, %b1 : f32
    linalg.yield %y : f32
  } -> tensor<1x64x56x56xf32>
  %e45 = tensor.empty() : tensor<1x64x56x56xf32>
  %v46 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%v44 : tensor<1x64x56x56xf32>) outs(%e45 : tensor<1x64x56x56xf32>) {
  ^bb0(%b0: f32, %b1: f32):
    %z = arith.constant 0x00000000 : f32
    %y = arith.maximumf %b0, %z : f32
    linalg.yield %y : f32
  } -> tensor<1x64x56x56xf32>
  %c47 = arith.constant 0x00000000 : f32
  %v48 = tensor.pad %v46 low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%p0: index, %p1: index, %p2: index, %p3: index):
    tensor.yield %c47 : f32
  } : tensor<1x64x56x56xf32> to tensor<1x64x58x58xf32>
  %e49 = tensor.empty() : tensor<1x128x28x28xf32>
  %v50 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d1)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%w11 : tensor<128xf32>) outs(%e49 : tensor<1x128x28x28xf32>) {
  ^bb0(%b0: f32, %b1: f32):
    linalg.yield %b0 : f32
  } -> tensor<1x128x28x28xf32>
  %v51 = linalg.conv_2d_nchw_fchw {dilations = dense<[1, 1]> : tensor<2xi64>, strides = dense<[2, 2]> : tensor<2xi64>} ins(%v48, %w10 : tensor<1x64x58x58xf32>, tensor<128x64x3x3xf32>) outs(%v50 : tensor<1x128x28x28xf32>) -> tensor<1x128x28x28xf32>
  %e52 = tensor.empty() : tensor<1x128x28x28xf32>
  %v53 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%v51 : tensor<1x128x28x28xf32>) outs(%e52 : tensor<1x128x28x28xf32>) {
  ^bb0(%b0: f32, %b1: f32):
    %z = arith.constant 0x00000000 : f32
    %y = arith.maximumf %b0, %z : f32
    linalg.yield %y : f32
  } -> tensor<1x128x28x28xf32>
  %c54 = arith.constant 0x00000000 : f32
  %v55 = tensor.pad %v53 low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%p0: index, %p1: index, %p2: index, %p3: index):
    tensor.yield %c54 : f32
  } : tensor<1x128x28x28xf32> to tensor<1x128x30x30xf32>
  %e56 = tensor.empty() : tensor<1x128x28x28xf32>
  %v57 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d1)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%w13 : tensor<128xf32>) outs(%e56 : tensor<1x128x28x28xf32>) {
  ^bb0(%b0: f32, %b1: f32):
    linalg.yield %b0 : f32
  } -> tensor<1x128x28x28xf32>
  %v58 = linalg.conv_2d_nchw_fchw {dilations = dense<[1, 1]> : tensor<2xi64>, strides = dense<[1, 1]> : tensor<2xi64>} ins(%v55, %w12 : tensor<1x128x30x30xf32>, tensor<128x128x3x3xf32>) outs(%v57 : tensor<1x128x28x28xf32>) -> tensor<1x128x28x28xf32>
  %e59 = tensor.empty() : tensor<1x128x28x28xf32>
  %v60 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d1)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%w15 : tensor<128xf32>) outs(%e59 : tensor<1x128x28x28xf32>) {
  ^bb0(%b0: f32, %b1: f32):
    linalg.yield %b0 : f32
  } -> tensor<1x128x28x28xf32>
  %v61 = linalg.conv_2d_nchw_fchw {dilations = dense<[1, 1]> : tensor<2xi64>, strides = dense<[2, 2]> : tensor<2xi64>} ins(%v46, %w14 : tensor<1x64x56x56xf32>, tensor<128x64x1x1xf32>) outs(%v60 : tensor<1x128x28x28xf32>) -> tensor<1x128x28x28xf32>
  %e62 = tensor.empty() : tensor<1x128x28x28xf32>
  %v63 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%v58, %v61 : tensor<1x128x28x28xf32>, tensor<1x128x28x28xf32>) outs(%e62 : tensor<1x128x28x28xf32>) {
  ^bb0(%b0: f32, %b1: f32, %b2: f32):
    %y = arith.addf %b0, %b1 : f32
    linalg.yield %y : f32
  } -> tensor<1x128x28x28xf32>
  %e64 = tensor.empty() : tensor<1x128x28x28xf32>
  %v65 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%v63 : tensor<1x128x28x28xf32>) outs(%e64 : tensor<1x128x28x28xf32>) {
  ^bb0(%b0: f32, %b1: f32):
    %z = arith.constant 0x00000000 : f32
    %y = arith.maximumf %b0, %z : f32
    linalg.yield %y : f32
  } -> tensor<1x128x28x28xf32>
  %c66 = arith.constant 0x00000000 : f32
  %v67 = tensor.pad %v65 low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%p0: index, %p1: index, %p2: index, %p3: index):
    tensor.yield %c66 : f32
  } : tensor<1x128x28x28xf32> to tensor<1x128x30x30xf32>
  %e68 = tensor.empty() : tensor<1x128x28x28xf32>
  %v69 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d1)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%w17 : tensor<128xf32>) outs(%e68 : tensor<1x128x28x28xf32>) {
  ^bb0(%b0: f32, %b1: f32):
    linalg.yield %b0 : f32
  } -> tensor<1x128x28x28xf32>
  %v70 = linalg.conv_2d_nchw_fchw {dilations = dense<[1, 1]> : tensor<2xi64>, strides = dense<[1, 1]> : tensor<2xi64>} ins(%v67, %w16 : tensor<1x128x30x30xf32>, tensor<128x128x3x3xf32>) outs(%v69 : tensor<1x128x28x28xf32>) -> tensor<1x128x28x28xf32>
  %e71 = tensor.empty() : tensor<1x128x28x28xf32>
  %v72 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%v70 : tensor<1x128x28x28xf32>) outs(%e71 : tensor<1x128x28x28xf32>) {
  ^bb0(%b0: f32, %b1: f32):
    %z = arith.constant 0x00000000 : f32
    %y = arith.maximumf %b0, %z : f32
    linalg.yield %y : f32
  } -> tensor<1x128x28x28xf32>
  %c73 = arith.constant 0x00000000 : f32
  %v74 = tensor.pad %v72 low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%p0: index, %p1: index, %p2: index, %p3: index):
    tensor.yield %c73 : f32
  } : tensor<1x128x28x28xf32> to tensor<1x128x30x30xf32>
  %e75 = tensor.empty() : tensor<1x128x28x28xf32>
  %v76 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d1)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%w19 : tensor<128xf32>) outs(%e75 : tensor<1x128x28x28xf32>) {
  ^bb0(%b0: f32, %b1: f32):
    linalg.yield %b0 : f32
  } -> tensor<1x128x28x28xf32>
  %v77 = linalg.conv_2d_nchw_fchw {dilations = dense<[1, 1]> : tensor<2xi64>, strides = dense<[1, 1]> : tensor<2xi64>} ins(%v74, %w18 : tensor<1x128x30x30xf32>, tensor<128x128x3x3xf32>) outs(%v76 : tensor<1x128x28x28xf32>) -> tensor<1x128x28x28xf32>
  %e78 = tensor.empty() : tensor<1x128x28x28xf32>
  %v79 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%v77, %v65 : tensor<1x128x28x28xf32>, tensor<1x128x28x28xf32>) outs(%e78 : tensor<1x128x28x28xf32>) {
  ^bb0(%b0: f32, %b1: f32, %b2: f32):
    %y = arith.addf %b0, %b1 : f32
    linalg.yield %y : f32
  } -> tensor<1x128x28x28xf32>
  %e80 = tensor.empty() : tensor<1x128x28x28xf32>
  %v81 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%v79 : tensor<1x128x28x28xf32>) outs(%e80 : tensor<1x128x28x28xf32>) {
  ^bb0(%b0: f32, %b1: f32):
    %z = arith.constant 0x00000000 : f32
    %y = arith.maximumf %b0, %z : f32
    linalg.yield %y : f32
  } -> tensor<1x128x28x28xf32>
  %c82 = arith.constant 0x00000000 : f32
  %v83 = tensor.pad %v81 low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%p0: index, %p1: index, %p2: index, %p3: index):
    tensor.yield %c82 : f32
  } : tensor<1x128x28x28xf32> to tensor<1x128x30x30xf32>
  %e84 = tensor.empty() : tensor<1x256x14x14xf32>
  %v85 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d1)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%w21 : tensor<256xf32>) outs(%e84 : tensor<1x256x14x14xf32>) {
  ^bb0(%b0: f32, %b1: f32):
    linalg.yield %b0 : f32
  } -> tensor<1x256x14x14xf32>
  %v86 = linalg.conv_2d_nchw_fchw {dilations = dense<[1, 1]> : tensor<2xi64>, strides = dense<[2, 2]> : tensor<2xi64>} ins(%v83, %w20 : tensor<1x128x30x30xf32>, tensor<256x128x3x3xf32>) outs(%v85 : tensor<1x256x14x14xf32>) -> tensor<1x256x14x14xf32>
  %e87 = tensor.empty() : tensor<1x256x14x14xf32>
  %v88 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%v86 : tensor<1x256x14x14xf32>) outs(%e87 : tensor<1x256x14x14xf32>) {
  ^bb0(%b0: f32, %b1: f32):
    %z = arith.constant 0x00000000 : f32
    %y = arith.maximumf %b0, %z : f32
    linalg.yield %y : f32
  } -> tensor<1x256x14x14xf32>
  %c89 = arith.constant 0x00000000 : f32
  %v90 = tensor.pad %v88 low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%p0: index, %p1: index, %p2: index, %p3: index):
    tensor.yield %c89 : f32
  } : tensor<1x256x14x14xf32> to tensor<1x256x16x16xf32>
  %e91 = tensor.empty() : tensor<1x256x14x14xf32>
  %v92 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d1)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%w23 : tensor<256xf32>) outs(%e91 : tensor<1x256x14x14xf32>) {
  ^bb0(%b0: f32, %b1: f32):
    linalg.yield %b0 : f32
  } -> tensor<1x256x14x14xf32>
  %v93 = linalg.conv_2d_nchw_fchw {dilations = dense<[1, 1]> : tensor<2xi64>, strides = dense<[1, 1]> : tensor<2xi64>} ins(%v90, %w22 : tensor<1x256x16x16xf32>, tensor<256x256x3x3xf32>) outs(%v92 : tensor<1x256x14x14xf32>) -> tensor<1x256x14x14xf32>
  %e94 = tensor.empty() : tensor<1x256x14x14xf32>
  %v95 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d1)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%w25 : tensor<256xf32>) outs(%e94 : tensor<1x256x14x14xf32>) {
  ^bb0(%b0: f32, %b1: f32):
    linalg.yield %b0 : f32
  } -> tensor<1x256x14x14xf32>
  %v96 = linalg.conv_2d_nchw_fchw {dilations = dense<[1, 1]> : tensor<2xi64>, strides = dense<[2, 2]> : tensor<2xi64>} ins(%v81, %w24 : tensor<1x128x28x28xf32>, tensor<256x128x1x1xf32>) outs(%v95 : tensor<1x256x14x14xf32>) -> tensor<1x256x14x14xf32>
  %e97 = tensor.empty() : tensor<1x256x14x14xf32>
  %v98 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%v93, %v96 : tensor<1x256x14x14xf32>, tensor<1x256x14x14xf32>) outs(%e97 : tensor<1x256x14x14xf32>) {
  ^bb0(%b0: f32, %b1: f32, %b2: f32):
    %y = arith.addf %b0, %b1 : f32
    linalg.yield %y : f32
  } -> tensor<1x256x14x14xf32>
  %e99 = tensor.empty() : tensor<1x256x14x14xf32>
  %v100 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%v98 : tensor<1x256x14x14xf32>) outs(%e99 : tensor<1x256x14x14xf32>) {
  ^bb0(%b0: f32, %b1: f32):
    %z = arith.constant 0x00000000 : f32
    %y = arith.maximumf %b0, %z : f32
    linalg.yield %y : f32
  } -> tensor<1x256x14x14xf32>
  %c101 = arith.constant 0x00000000 : f32
  %v102 = tensor.pad %v100 low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%p0: index, %p1: index, %p2: index, %p3: index):
    tensor.yield %c101 : f32
  } : tensor<1x256x14x14xf32> to tensor<1x256x16x16xf32>
  %e103 = tensor.empty() : tensor<1x256x14x14xf32>
  %v104 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d1)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%w27 : tensor<256xf32>) outs(%e103 : tensor<1x256x14x14xf32>) {
  ^bb0(%b0: f32, %b1: f32):
    linalg.yield %b0 : f32
  } -> tensor<1x256x14x14xf32>
  %v105 = linalg.conv_2d_nchw_fchw {dilations = dense<[1, 1]> : tensor<2xi64>, strides = dense<[1, 1]> : tensor<2xi64>} ins(%v102, %w26 : tensor<1x256x16x16xf32>, tensor<256x256x3x3xf32>) outs(%v104 : tensor<1x256x14x14xf32>) -> tensor<1x256x14x14xf32>
  %e106 = tensor.empty() : tensor<1x256x14x14xf32>
  %v107 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%v105 : tensor<1x256x14x14xf32>) outs(%e106 : tensor<1x256x14x14xf32>) {
  ^bb0(%b0: f32, %b1: f32):
    %z = arith.constant 0x00000000 : f32
    %y = arith.maximumf %b0, %z : f32
    linalg.yield %y : f32
  } -> tensor<1x256x14x14xf32>
  %c108 = arith.constant 0x00000000 : f32
  %v109 = tensor.pad %v107 low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%p0: index, %p1: index, %p2: index, %p3: index):
    tensor.yield %c108 : f32
  } : tensor<1x256x14x14xf32> to tensor<1x256x16x16xf32>
  %e110 = tensor.empty() : tensor<1x256x14x14xf32>
  %v111 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d1)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%w29 : tensor<256xf32>) outs(%e110 : tensor<1x256x14x14xf32>) {
  ^bb0(%b0: f32, %b1: f32):
    linalg.yield %b0 : f32
  } -> tensor<1x256x14x14xf32>
  %v112 = linalg.conv_2d_nchw_fchw {dilations = dense<[1, 1]> : tensor<2xi64>, strides = dense<[1, 1]> : tensor<2xi64>} ins(%v109, %w28 : tensor<1x256x16x16xf32>, tensor<256x256x3x3xf32>) outs(%v111 : tensor<1x256x14x14xf32>) -> tensor<1x256x14x14xf32>
  %e113 = tensor.empty() : tensor<1x256x14x14xf32>
  %v114 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%v112, %v100 : tensor<1x256x14x14xf32>, tensor<1x256x14x14xf32>) outs(%e113 : tensor<1x256x14x14xf32>) {
  ^bb0(%b0: f32, %b1: f32, %b2: f32):
    %y = arith.addf %b0, %b1 : f32
    linalg.yield %y : f32
  } -> tensor<1x256x14x14xf32>
  %e115 = tensor.empty() : tensor<1x256x14x14xf32>
  %v116 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%v114 : tensor<1x256x14x14xf32>) outs(%e115 : tensor<1x256x14x14xf32>) {
  ^bb0(%b0: f32, %b1: f32):
    %z = arith.constant 0x00000000 : f32
    %y = arith.maximumf %b0, %z : f32
    linalg.yield %y : f32
  } -> tensor<1x256x14x14xf32>
  %c117 = arith.constant 0x00000000 : f32
  %v118 = tensor.pad %v116 low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%p0: index, %p1: index, %p2: index, %p3: index):
    tensor.yield %c117 : f32
  } : tensor<1x256x14x14xf32> to tensor<1x256x16x16xf32>
  %e119 = tensor.empty() : tensor<1x512x7x7xf32>
  %v120 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d1)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%w31 : tensor<512xf32>) outs(%e119 : tensor<1x512x7x7xf32>) {
  ^bb0(%b0: f32, %b1: f32):
    linalg.yield %b0 : f32
  } -> tensor<1x512x7x7xf32>
  %v121 = linalg.conv_2d_nchw_fchw {dilations = dense<[1, 1]> : tensor<2xi64>, strides = dense<[2, 2]> : tensor<2xi64>} ins(%v118, %w30 : tensor<1x256x16x16xf32>, tensor<512x256x3x3xf32>) outs(%v120 : tensor<1x512x7x7xf32>) -> tensor<1x512x7x7xf32>
  %e122 = tensor.empty() : tensor<1x512x7x7xf32>
  %v123 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%v121 : tensor<1x512x7x7xf32>) outs(%e122 : tensor<1x512x7x7xf32>) {
  ^bb0(%b0: f32, %b1: f32):
    %z = arith.constant 0x00000000 : f32
    %y = arith.maximumf %b0, %z : f32
    linalg.yield %y : f32
  } -> tensor<1x512x7x7xf32>
  %c124 = arith.constant 0x00000000 : f32
  %v125 = tensor.pad %v123 low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%p0: index, %p1: index, %p2: index, %p3: index):
    tensor.yield %c124 : f32
  } : tensor<1x512x7x7xf32> to tensor<1x512x9x9xf32>
  %e126 = tensor.empty() : tensor<1x512x7x7xf32>
  %v127 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d1)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%w33 : tensor<512xf32>) outs(%e126 : tensor<1x512x7x7xf32>) {
  ^bb0(%b0: f32, %b1: f32):
    linalg.yield %b0 : f32
  } -> tensor<1x512x7x7xf32>
  %v128 = linalg.conv_2d_nchw_fchw {dilations = dense<[1, 1]> : tensor<2xi64>, strides = dense<[1, 1]> : tensor<2xi64>} ins(%v125, %w32 : tensor<1x512x9x9xf32>, tensor<512x512x3x3xf32>) outs(%v127 : tensor<1x512x7x7xf32>) -> tensor<1x512x7x7xf32>
  %e129 = tensor.empty() : tensor<1x512x7x7xf32>
  %v130 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d1)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%w35 : tensor<512xf32>) outs(%e129 : tensor<1x512x7x7xf32>) {
  ^bb0(%b0: f32, %b1: f32):
    linalg.yield %b0 : f32
  } -> tensor<1x512x7x7xf32>
  %v131 = linalg.conv_2d_nchw_fchw {dilations = dense<[1, 1]> : tensor<2xi64>, strides = dense<[2, 2]> : tensor<2xi64>} ins(%v116, %w34 : tensor<1x256x14x14xf32>, tensor<512x256x1x1xf32>) outs(%v130 : tensor<1x512x7x7xf32>) -> tensor<1x512x7x7xf32>
  %e132 = tensor.empty() : tensor<1x512x7x7xf32>
  %v133 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%v128, %v131 : tensor<1x512x7x7xf32>, tensor<1x512x7x7xf32>) outs(%e132 : tensor<1x512x7x7xf32>) {
  ^bb0(%b0: f32, %b1: f32, %b2: f32):
    %y = arith.addf %b0, %b1 : f32
    linalg.yield %y : f32
  } -> tensor<1x512x7x7xf32>
  %e134 = tensor.empty() : tensor<1x512x7x7xf32>
  %v135 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%v133 : tensor<1x512x7x7xf32>) outs(%e134 : tensor<1x512x7x7xf32>) {
  ^bb0(%b0: f32, %b1: f32):
    %z = arith.constant 0x00000000 : f32
    %y = arith.maximumf %b0, %z : f32
    linalg.yield %y : f32
  } -> tensor<1x512x7x7xf32>
  %c136 = arith.constant 0x00000000 : f32
  %v137 = tensor.pad %v135 low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%p0: index, %p1: index, %p2: index, %p3: index):
    tensor.yield %c136 : f32
  } : tensor<1x512x7x7xf32> to tensor<1x512x9x9xf32>
  %e138 = tensor.empty() : tensor<1x512x7x7xf32>
  %v139 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d1)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%w37 : tensor<512xf32>) outs(%e138 : tensor<1x512x7x7xf32>) {
  ^bb0(%b0: f32, %b1: f32):
    linalg.yield %b0 : f32
  } -> tensor<1x512x7x7xf32>
  %v140 = linalg.conv_2d_nchw_fchw {dilations = dense<[1, 1]> : tensor<2xi64>, strides = dense<[1, 1]> : tensor<2xi64>} ins(%v137, %w36 : tensor<1x512x9x9xf32>, tensor<512x512x3x3xf32>) outs(%v139 : tensor<1x512x7x7xf32>) -> tensor<1x512x7x7xf32>
  %e141 = tensor.empty() : tensor<1x512x7x7xf32>
  %v142 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%v140 : tensor<1x512x7x7xf32>) outs(%e141 : tensor<1x512x7x7xf32>) {
  ^bb0(%b0: f32, %b1: f32):
    %z = arith.constant 0x00000000 : f32
    %y = arith.maximumf %b0, %z : f32
    linalg.yield %y : f32
  } -> tensor<1x512x7x7xf32>
  %c143 = arith.constant 0x00000000 : f32
  %v144 = tensor.pad %v142 low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%p0: index, %p1: index, %p2: index, %p3: index):
    tensor.yield %c143 : f32
  } : tensor<1x512x7x7xf32> to tensor<1x512x9x9xf32>
  %e145 = tensor.empty() : tensor<1x512x7x7xf32>
  %v146 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d1)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%w39 : tensor<512xf32>) outs(%e145 : tensor<1x512x7x7xf32>) {
  ^bb0(%b0: f32, %b1: f32):
    linalg.yield %b0 : f32
  } -> tensor<1x512x7x7xf32>
  %v147 = linalg.conv_2d_nchw_fchw {dilations = dense<[1, 1]> : tensor<2xi64>, strides = dense<[1, 1]> : tensor<2xi64>} ins(%v144, %w38 : tensor<1x512x9x9xf32>, tensor<512x512x3x3xf32>) outs(%v146 : tensor<1x512x7x7xf32>) -> tensor<1x512x7x7xf32>
  %e148 = tensor.empty() : tensor<1x512x7x7xf32>
  %v149 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%v147, %v135 : tensor<1x512x7x7xf32>, tensor<1x512x7x7xf32>) outs(%e148 : tensor<1x512x7x7xf32>) {
  ^bb0(%b0: f32, %b1: f32, %b2: f32):
    %y = arith.addf %b0, %b1 : f32
    linalg.yield %y : f32
  } -> tensor<1x512x7x7xf32>
  %e150 = tensor.empty() : tensor<1x512x7x7xf32>
  %v151 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%v149 : tensor<1x512x7x7xf32>) outs(%e150 : tensor<1x512x7x7xf32>) {
  ^bb0(%b0: f32, %b1: f32):
    %z = arith.constant 0x00000000 : f32
    %y = arith.maximumf %b0, %z : f32
    linalg.yield %y : f32
  } -> tensor<1x512x7x7xf32>
  %c152 = arith.constant 0x00000000 : f32
  %e153 = tensor.empty() : tensor<1x512x1x1xf32>
  %v154 = linalg.fill ins(%c152 : f32) outs(%e153 : tensor<1x512x1x1xf32>) -> tensor<1x512x1x1xf32>
  %e155 = tensor.empty() : tensor<7x7xf32>
  %v156 = linalg.pooling_nchw_sum {dilations = dense<[1, 1]> : tensor<2xi64>, strides = dense<[1, 1]> : tensor<2xi64>} ins(%v151, %e155 : tensor<1x512x7x7xf32>, tensor<7x7xf32>) outs(%v154 : tensor<1x512x1x1xf32>) -> tensor<1x512x1x1xf32>
  %e157 = tensor.empty() : tensor<1x512x1x1xf32>
  %v158 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%v156 : tensor<1x512x1x1xf32>) outs(%e157 : tensor<1x512x1x1xf32>) {
  ^bb0(%b0: f32, %b1: f32):
    %s = arith.constant 0x3CA72F05 : f32
    %y = arith.mulf %b0, %s : f32
    linalg.yield %y : f32
  } -> tensor<1x512x1x1xf32>
  %v159 = tensor.collapse_shape %v158 [[0, 1, 2, 3]] : tensor<1x512x1x1xf32> into tensor<512xf32>
  %v160 = tensor.expand_shape %v159 [[0, 1]] output_shape [1, 512] : tensor<512xf32> into tensor<1x512xf32>
  %e161 = tensor.empty() : tensor<1x1000xf32>
  %v162 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%w41 : tensor<1000xf32>) outs(%e161 : tensor<1x1000xf32>) {
  ^bb0(%b0: f32, %b1: f32):
    linalg.yield %b0 : f32
  } -> tensor<1x1000xf32>
  %v163 = linalg.matmul ins(%v160, %w40 : tensor<1x512xf32>, tensor<512x1000xf32>) outs(%v162 : tensor<1x1000xf32>) -> tensor<1x1000xf32>
  return %v163 : tensor<1x1000xf32>
}
