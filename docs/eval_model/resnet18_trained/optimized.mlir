#map = affine_map<(d0) -> (d0 * 2)>
#map1 = affine_map<(d0) -> (d0 * 4)>
#map2 = affine_map<(d0, d1, d2, d3, d4, d5, d6) -> (d3, d6, d4 * 2 + d1, d5 * 2 + d0)>
#map3 = affine_map<(d0, d1, d2, d3, d4, d5, d6) -> (d2, d6, d1, d0)>
#map4 = affine_map<(d0, d1, d2, d3, d4, d5, d6) -> (d3, d2, d4, d5)>
#map5 = affine_map<(d0) -> (d0 * 8)>
#map6 = affine_map<(d0, d1, d2, d3, d4, d5) -> (d2, d0, d3 * 2 + d5, d4 * 2 + d1)>
#map7 = affine_map<(d0, d1, d2, d3, d4, d5) -> (d5, d1)>
#map8 = affine_map<(d0, d1, d2, d3, d4, d5) -> (d2, d0, d3, d4)>
#map9 = affine_map<(d0) -> (d0 * 32)>
#map10 = affine_map<(d0, d1, d2, d3, d4, d5, d6) -> (d2, d6, d3 + d4, d0 + d5)>
#map11 = affine_map<(d0, d1, d2, d3, d4, d5, d6) -> (d1, d6, d3, d0)>
#map12 = affine_map<(d0, d1, d2, d3, d4, d5, d6) -> (d2, d1, d4, d5)>
#map13 = affine_map<(d0, d1, d2, d3, d4, d5, d6) -> (d3, d6, d2 + d4, d0 + d5)>
#map14 = affine_map<(d0, d1, d2, d3, d4, d5, d6) -> (d1, d6, d2, d0)>
#map15 = affine_map<(d0, d1, d2, d3, d4, d5, d6) -> (d3, d1, d4, d5)>
#map16 = affine_map<(d0) -> (d0 * 16)>
#map17 = affine_map<(d0, d1, d2, d3, d4, d5, d6) -> (d4, d6, d2 + d3, d0 + d5)>
#map18 = affine_map<(d0, d1, d2, d3, d4, d5, d6) -> (d4, d1, d3, d5)>
#map19 = affine_map<(d0, d1, d2, d3, d4, d5, d6) -> (d3, d6, d4 * 2 + d2, d5 * 2 + d0)>
#map20 = affine_map<(d0) -> (d0 * 64)>
#map21 = affine_map<(d0, d1, d2, d3, d4, d5, d6) -> (d2, d6, d3 * 2 + d4, d5 * 2 + d0)>
#map22 = affine_map<(d0, d1, d2, d3, d4, d5, d6) -> (d1, d6, d4, d0)>
#map23 = affine_map<(d0, d1, d2, d3, d4, d5, d6) -> (d2, d1, d3, d5)>
#map24 = affine_map<(d0, d1, d2, d3, d4, d5) -> (d2, d0, d3 + d5, d1 + d4)>
module {
  func.func @main(%arg0: tensor<1x3x224x224xf32>, %arg1: tensor<64x3x7x7xf32>, %arg2: tensor<64xf32>, %arg3: tensor<64x64x3x3xf32>, %arg4: tensor<64xf32>, %arg5: tensor<64x64x3x3xf32>, %arg6: tensor<64xf32>, %arg7: tensor<64x64x3x3xf32>, %arg8: tensor<64xf32>, %arg9: tensor<64x64x3x3xf32>, %arg10: tensor<64xf32>, %arg11: tensor<128x64x3x3xf32>, %arg12: tensor<128xf32>, %arg13: tensor<128x128x3x3xf32>, %arg14: tensor<128xf32>, %arg15: tensor<128x64x1x1xf32>, %arg16: tensor<128xf32>, %arg17: tensor<128x128x3x3xf32>, %arg18: tensor<128xf32>, %arg19: tensor<128x128x3x3xf32>, %arg20: tensor<128xf32>, %arg21: tensor<256x128x3x3xf32>, %arg22: tensor<256xf32>, %arg23: tensor<256x256x3x3xf32>, %arg24: tensor<256xf32>, %arg25: tensor<256x128x1x1xf32>, %arg26: tensor<256xf32>, %arg27: tensor<256x256x3x3xf32>, %arg28: tensor<256xf32>, %arg29: tensor<256x256x3x3xf32>, %arg30: tensor<256xf32>, %arg31: tensor<512x256x3x3xf32>, %arg32: tensor<512xf32>, %arg33: tensor<512x512x3x3xf32>, %arg34: tensor<512xf32>, %arg35: tensor<512x256x1x1xf32>, %arg36: tensor<512xf32>, %arg37: tensor<512x512x3x3xf32>, %arg38: tensor<512xf32>, %arg39: tensor<512x512x3x3xf32>, %arg40: tensor<512xf32>, %arg41: tensor<512x1000xf32>, %arg42: tensor<1000xf32>) -> tensor<1x1000xf32> {
    %cst = arith.constant dense<0.000000e+00> : vector<1x512x1x1xf32>
    %c7 = arith.constant 7 : index
    %cst_0 = arith.constant dense<0.0204081628> : vector<512x1x1x1xf32>
    %cst_1 = arith.constant dense<0.000000e+00> : vector<2x1x1x7xf32>
    %cst_2 = arith.constant dense<0.000000e+00> : vector<8x1x1x7xf32>
    %c512 = arith.constant 512 : index
    %cst_3 = arith.constant dense<0.000000e+00> : vector<4x1x1x1xf32>
    %cst_4 = arith.constant dense<0.000000e+00> : vector<2x1x2x14xf32>
    %c4 = arith.constant 4 : index
    %cst_5 = arith.constant dense<0.000000e+00> : vector<2x1x4x4xf32>
    %c3 = arith.constant 3 : index
    %c1 = arith.constant 1 : index
    %cst_6 = arith.constant dense<0.000000e+00> : vector<2x1x4x112xf32>
    %cst_7 = arith.constant dense<0xFF800000> : vector<1x2x4x4xf32>
    %c16 = arith.constant 16 : index
    %c256 = arith.constant 256 : index
    %c32 = arith.constant 32 : index
    %c128 = arith.constant 128 : index
    %c8 = arith.constant 8 : index
    %c64 = arith.constant 64 : index
    %0 = ub.poison : f32
    %c0 = arith.constant 0 : index
    %cst_8 = arith.constant 0xFF800000 : f32
    %cst_9 = arith.constant 0.000000e+00 : f32
    %padded = tensor.pad %arg0 low[0, 0, 3, 3] high[0, 0, 3, 3] {
    ^bb0(%arg43: index, %arg44: index, %arg45: index, %arg46: index):
      tensor.yield %cst_9 : f32
    } : tensor<1x3x224x224xf32> to tensor<1x3x230x230xf32>
    %1 = tensor.empty() : tensor<1x64x112x112xf32>
    %2 = scf.forall (%arg43, %arg44, %arg45) in (32, 28, 28) shared_outs(%arg46 = %1) -> (tensor<1x64x112x112xf32>) {
      %130 = affine.apply #map(%arg43)
      %131 = affine.apply #map1(%arg44)
      %132 = affine.apply #map1(%arg45)
      %extracted_slice = tensor.extract_slice %arg2[%130] [2] [1] : tensor<64xf32> to tensor<2xf32>
      %extracted_slice_27 = tensor.extract_slice %arg46[0, %130, %131, %132] [1, 2, 4, 4] [1, 1, 1, 1] : tensor<1x64x112x112xf32> to tensor<1x2x4x4xf32>
      %133 = vector.transfer_read %extracted_slice[%c0], %0 {in_bounds = [true]} : tensor<2xf32>, vector<2xf32>
      %134 = vector.broadcast %133 : vector<2xf32> to vector<1x4x4x2xf32>
      %135 = vector.transpose %134, [0, 3, 1, 2] : vector<1x4x4x2xf32> to vector<1x2x4x4xf32>
      %136 = vector.transfer_write %135, %extracted_slice_27[%c0, %c0, %c0, %c0] {in_bounds = [true, true, true, true]} : vector<1x2x4x4xf32>, tensor<1x2x4x4xf32>
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %136 into %arg46[0, %130, %131, %132] [1, 2, 4, 4] [1, 1, 1, 1] : tensor<1x2x4x4xf32> into tensor<1x64x112x112xf32>
      }
    }
    %3 = scf.forall (%arg43, %arg44) in (16, 56) shared_outs(%arg45 = %2) -> (tensor<1x64x112x112xf32>) {
      %130 = affine.apply #map1(%arg43)
      %131 = affine.apply #map(%arg44)
      %132 = affine.apply #map1(%arg44)
      %extracted_slice = tensor.extract_slice %padded[0, 0, %132, 0] [1, 3, 9, 229] [1, 1, 1, 1] : tensor<1x3x230x230xf32> to tensor<1x3x9x229xf32>
      %extracted_slice_27 = tensor.extract_slice %arg1[%130, 0, 0, 0] [4, 3, 7, 7] [1, 1, 1, 1] : tensor<64x3x7x7xf32> to tensor<4x3x7x7xf32>
      %extracted_slice_28 = tensor.extract_slice %arg45[0, %130, %131, 0] [1, 4, 2, 112] [1, 1, 1, 1] : tensor<1x64x112x112xf32> to tensor<1x4x2x112xf32>
      %133 = linalg.generic {indexing_maps = [#map2, #map3, #map4], iterator_types = ["reduction", "reduction", "parallel", "parallel", "parallel", "parallel", "reduction"]} ins(%extracted_slice, %extracted_slice_27 : tensor<1x3x9x229xf32>, tensor<4x3x7x7xf32>) outs(%extracted_slice_28 : tensor<1x4x2x112xf32>) attrs =  {tag = "operation_1"} {
      ^bb0(%in: f32, %in_29: f32, %out: f32):
        %134 = arith.mulf %in, %in_29 : f32
        %135 = arith.addf %out, %134 : f32
        linalg.yield %135 : f32
      } -> tensor<1x4x2x112xf32>
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %133 into %arg45[0, %130, %131, 0] [1, 4, 2, 112] [1, 1, 1, 1] : tensor<1x4x2x112xf32> into tensor<1x64x112x112xf32>
      }
    }
    %4 = tensor.empty() : tensor<1x64x112x112xf32>
    %5 = scf.forall (%arg43, %arg44) in (32, 28) shared_outs(%arg45 = %4) -> (tensor<1x64x112x112xf32>) {
      %130 = affine.apply #map(%arg43)
      %131 = affine.apply #map1(%arg44)
      %extracted_slice = tensor.extract_slice %3[0, %130, %131, 0] [1, 2, 4, 112] [1, 1, 1, 1] : tensor<1x64x112x112xf32> to tensor<1x2x4x112xf32>
      %extracted_slice_27 = tensor.extract_slice %arg45[0, %130, %131, 0] [1, 2, 4, 112] [1, 1, 1, 1] : tensor<1x64x112x112xf32> to tensor<1x2x4x112xf32>
      %132 = vector.transfer_read %extracted_slice[%c0, %c0, %c0, %c0], %0 {in_bounds = [true, true, true, true]} : tensor<1x2x4x112xf32>, vector<1x2x4x112xf32>
      %133 = vector.transpose %132, [1, 0, 2, 3] : vector<1x2x4x112xf32> to vector<2x1x4x112xf32>
      %134 = arith.maximumf %133, %cst_6 : vector<2x1x4x112xf32>
      %135 = vector.transpose %134, [1, 0, 2, 3] : vector<2x1x4x112xf32> to vector<1x2x4x112xf32>
      %136 = vector.transfer_write %135, %extracted_slice_27[%c0, %c0, %c0, %c0] {in_bounds = [true, true, true, true]} : vector<1x2x4x112xf32>, tensor<1x2x4x112xf32>
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %136 into %arg45[0, %130, %131, 0] [1, 2, 4, 112] [1, 1, 1, 1] : tensor<1x2x4x112xf32> into tensor<1x64x112x112xf32>
      }
    }
    %padded_10 = tensor.pad %5 low[0, 0, 1, 1] high[0, 0, 1, 1] {
    ^bb0(%arg43: index, %arg44: index, %arg45: index, %arg46: index):
      tensor.yield %cst_8 : f32
    } : tensor<1x64x112x112xf32> to tensor<1x64x114x114xf32>
    %6 = tensor.empty() : tensor<1x64x56x56xf32>
    %7 = scf.forall (%arg43, %arg44, %arg45) in (32, 14, 14) shared_outs(%arg46 = %6) -> (tensor<1x64x56x56xf32>) {
      %130 = affine.apply #map(%arg43)
      %131 = affine.apply #map1(%arg44)
      %132 = affine.apply #map1(%arg45)
      %extracted_slice = tensor.extract_slice %arg46[0, %130, %131, %132] [1, 2, 4, 4] [1, 1, 1, 1] : tensor<1x64x56x56xf32> to tensor<1x2x4x4xf32>
      %133 = vector.transfer_write %cst_7, %extracted_slice[%c0, %c0, %c0, %c0] {in_bounds = [true, true, true, true]} : vector<1x2x4x4xf32>, tensor<1x2x4x4xf32>
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %133 into %arg46[0, %130, %131, %132] [1, 2, 4, 4] [1, 1, 1, 1] : tensor<1x2x4x4xf32> into tensor<1x64x56x56xf32>
      }
    }
    %8 = tensor.empty() : tensor<3x3xf32>
    %9 = scf.forall (%arg43, %arg44, %arg45) in (32, 14, 56) shared_outs(%arg46 = %7) -> (tensor<1x64x56x56xf32>) {
      %130 = affine.apply #map(%arg43)
      %131 = affine.apply #map1(%arg44)
      %132 = affine.apply #map5(%arg44)
      %133 = affine.apply #map(%arg45)
      %extracted_slice = tensor.extract_slice %padded_10[0, %130, %132, %133] [1, 2, 9, 3] [1, 1, 1, 1] : tensor<1x64x114x114xf32> to tensor<1x2x9x3xf32>
      %extracted_slice_27 = tensor.extract_slice %arg46[0, %130, %131, %arg45] [1, 2, 4, 1] [1, 1, 1, 1] : tensor<1x64x56x56xf32> to tensor<1x2x4x1xf32>
      %134 = linalg.generic {indexing_maps = [#map6, #map7, #map8], iterator_types = ["parallel", "reduction", "parallel", "parallel", "parallel", "reduction"]} ins(%extracted_slice, %8 : tensor<1x2x9x3xf32>, tensor<3x3xf32>) outs(%extracted_slice_27 : tensor<1x2x4x1xf32>) attrs =  {tag = "operation_4"} {
      ^bb0(%in: f32, %in_28: f32, %out: f32):
        %135 = arith.maximumf %out, %in : f32
        linalg.yield %135 : f32
      } -> tensor<1x2x4x1xf32>
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %134 into %arg46[0, %130, %131, %arg45] [1, 2, 4, 1] [1, 1, 1, 1] : tensor<1x2x4x1xf32> into tensor<1x64x56x56xf32>
      }
    }
    %padded_11 = tensor.pad %9 low[0, 0, 1, 1] high[0, 0, 1, 1] {
    ^bb0(%arg43: index, %arg44: index, %arg45: index, %arg46: index):
      tensor.yield %cst_9 : f32
    } : tensor<1x64x56x56xf32> to tensor<1x64x58x58xf32>
    %10 = tensor.empty() : tensor<1x64x56x56xf32>
    %11 = scf.forall (%arg43, %arg44) in (32, 14) shared_outs(%arg45 = %10) -> (tensor<1x64x56x56xf32>) {
      %130 = affine.apply #map(%arg43)
      %131 = affine.apply #map1(%arg44)
      %extracted_slice = tensor.extract_slice %arg4[%130] [2] [1] : tensor<64xf32> to tensor<2xf32>
      %extracted_slice_27 = tensor.extract_slice %arg45[0, %130, %131, 0] [1, 2, 4, 56] [1, 1, 1, 1] : tensor<1x64x56x56xf32> to tensor<1x2x4x56xf32>
      %132 = vector.transfer_read %extracted_slice[%c0], %0 {in_bounds = [true]} : tensor<2xf32>, vector<2xf32>
      %133 = vector.broadcast %132 : vector<2xf32> to vector<1x4x56x2xf32>
      %134 = vector.transpose %133, [0, 3, 1, 2] : vector<1x4x56x2xf32> to vector<1x2x4x56xf32>
      %135 = vector.transfer_write %134, %extracted_slice_27[%c0, %c0, %c0, %c0] {in_bounds = [true, true, true, true]} : vector<1x2x4x56xf32>, tensor<1x2x4x56xf32>
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %135 into %arg45[0, %130, %131, 0] [1, 2, 4, 56] [1, 1, 1, 1] : tensor<1x2x4x56xf32> into tensor<1x64x56x56xf32>
      }
    }
    %12 = scf.forall (%arg43, %arg44) in (2, 14) shared_outs(%arg45 = %11) -> (tensor<1x64x56x56xf32>) {
      %130 = affine.apply #map9(%arg43)
      %131 = affine.apply #map1(%arg44)
      %extracted_slice = tensor.extract_slice %padded_11[0, 0, %131, 0] [1, 64, 6, 58] [1, 1, 1, 1] : tensor<1x64x58x58xf32> to tensor<1x64x6x58xf32>
      %extracted_slice_27 = tensor.extract_slice %arg3[%130, 0, 0, 0] [32, 64, 3, 3] [1, 1, 1, 1] : tensor<64x64x3x3xf32> to tensor<32x64x3x3xf32>
      %extracted_slice_28 = tensor.extract_slice %arg45[0, %130, %131, 0] [1, 32, 4, 56] [1, 1, 1, 1] : tensor<1x64x56x56xf32> to tensor<1x32x4x56xf32>
      %132 = scf.for %arg46 = %c0 to %c3 step %c1 iter_args(%arg47 = %extracted_slice_28) -> (tensor<1x32x4x56xf32>) {
        %133 = scf.for %arg48 = %c0 to %c3 step %c1 iter_args(%arg49 = %arg47) -> (tensor<1x32x4x56xf32>) {
          %134 = scf.for %arg50 = %c0 to %c64 step %c8 iter_args(%arg51 = %arg49) -> (tensor<1x32x4x56xf32>) {
            %extracted_slice_29 = tensor.extract_slice %extracted_slice[0, %arg50, %arg48, %arg46] [1, 8, 4, 56] [1, 1, 1, 1] : tensor<1x64x6x58xf32> to tensor<1x8x4x56xf32>
            %extracted_slice_30 = tensor.extract_slice %extracted_slice_27[0, %arg50, %arg48, %arg46] [32, 8, 1, 1] [1, 1, 1, 1] : tensor<32x64x3x3xf32> to tensor<32x8x1x1xf32>
            %135 = linalg.generic {indexing_maps = [#map10, #map11, #map12], iterator_types = ["reduction", "parallel", "parallel", "reduction", "parallel", "parallel", "reduction"]} ins(%extracted_slice_29, %extracted_slice_30 : tensor<1x8x4x56xf32>, tensor<32x8x1x1xf32>) outs(%arg51 : tensor<1x32x4x56xf32>) attrs =  {tag = "operation_6"} {
            ^bb0(%in: f32, %in_31: f32, %out: f32):
              %136 = arith.mulf %in, %in_31 : f32
              %137 = arith.addf %out, %136 : f32
              linalg.yield %137 : f32
            } -> tensor<1x32x4x56xf32>
            scf.yield %135 : tensor<1x32x4x56xf32>
          }
          scf.yield %134 : tensor<1x32x4x56xf32>
        }
        scf.yield %133 : tensor<1x32x4x56xf32>
      }
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %132 into %arg45[0, %130, %131, 0] [1, 32, 4, 56] [1, 1, 1, 1] : tensor<1x32x4x56xf32> into tensor<1x64x56x56xf32>
      }
    }
    %13 = tensor.empty() : tensor<1x64x56x56xf32>
    %14 = scf.forall (%arg43, %arg44, %arg45) in (32, 14, 14) shared_outs(%arg46 = %13) -> (tensor<1x64x56x56xf32>) {
      %130 = affine.apply #map(%arg43)
      %131 = affine.apply #map1(%arg44)
      %132 = affine.apply #map1(%arg45)
      %extracted_slice = tensor.extract_slice %12[0, %130, %131, %132] [1, 2, 4, 4] [1, 1, 1, 1] : tensor<1x64x56x56xf32> to tensor<1x2x4x4xf32>
      %extracted_slice_27 = tensor.extract_slice %arg46[0, %130, %131, %132] [1, 2, 4, 4] [1, 1, 1, 1] : tensor<1x64x56x56xf32> to tensor<1x2x4x4xf32>
      %133 = vector.transfer_read %extracted_slice[%c0, %c0, %c0, %c0], %0 {in_bounds = [true, true, true, true]} : tensor<1x2x4x4xf32>, vector<1x2x4x4xf32>
      %134 = vector.transpose %133, [1, 0, 2, 3] : vector<1x2x4x4xf32> to vector<2x1x4x4xf32>
      %135 = arith.maximumf %134, %cst_5 : vector<2x1x4x4xf32>
      %136 = vector.transpose %135, [1, 0, 2, 3] : vector<2x1x4x4xf32> to vector<1x2x4x4xf32>
      %137 = vector.transfer_write %136, %extracted_slice_27[%c0, %c0, %c0, %c0] {in_bounds = [true, true, true, true]} : vector<1x2x4x4xf32>, tensor<1x2x4x4xf32>
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %137 into %arg46[0, %130, %131, %132] [1, 2, 4, 4] [1, 1, 1, 1] : tensor<1x2x4x4xf32> into tensor<1x64x56x56xf32>
      }
    }
    %padded_12 = tensor.pad %14 low[0, 0, 1, 1] high[0, 0, 1, 1] {
    ^bb0(%arg43: index, %arg44: index, %arg45: index, %arg46: index):
      tensor.yield %cst_9 : f32
    } : tensor<1x64x56x56xf32> to tensor<1x64x58x58xf32>
    %15 = tensor.empty() : tensor<1x64x56x56xf32>
    %16 = scf.forall (%arg43, %arg44, %arg45) in (32, 14, 14) shared_outs(%arg46 = %15) -> (tensor<1x64x56x56xf32>) {
      %130 = affine.apply #map(%arg43)
      %131 = affine.apply #map1(%arg44)
      %132 = affine.apply #map1(%arg45)
      %extracted_slice = tensor.extract_slice %arg6[%130] [2] [1] : tensor<64xf32> to tensor<2xf32>
      %extracted_slice_27 = tensor.extract_slice %arg46[0, %130, %131, %132] [1, 2, 4, 4] [1, 1, 1, 1] : tensor<1x64x56x56xf32> to tensor<1x2x4x4xf32>
      %133 = vector.transfer_read %extracted_slice[%c0], %0 {in_bounds = [true]} : tensor<2xf32>, vector<2xf32>
      %134 = vector.broadcast %133 : vector<2xf32> to vector<1x4x4x2xf32>
      %135 = vector.transpose %134, [0, 3, 1, 2] : vector<1x4x4x2xf32> to vector<1x2x4x4xf32>
      %136 = vector.transfer_write %135, %extracted_slice_27[%c0, %c0, %c0, %c0] {in_bounds = [true, true, true, true]} : vector<1x2x4x4xf32>, tensor<1x2x4x4xf32>
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %136 into %arg46[0, %130, %131, %132] [1, 2, 4, 4] [1, 1, 1, 1] : tensor<1x2x4x4xf32> into tensor<1x64x56x56xf32>
      }
    }
    %17 = scf.forall (%arg43, %arg44) in (8, 28) shared_outs(%arg45 = %16) -> (tensor<1x64x56x56xf32>) {
      %130 = affine.apply #map5(%arg43)
      %131 = affine.apply #map(%arg44)
      %extracted_slice = tensor.extract_slice %padded_12[0, 0, %131, 0] [1, 64, 4, 58] [1, 1, 1, 1] : tensor<1x64x58x58xf32> to tensor<1x64x4x58xf32>
      %extracted_slice_27 = tensor.extract_slice %arg5[%130, 0, 0, 0] [8, 64, 3, 3] [1, 1, 1, 1] : tensor<64x64x3x3xf32> to tensor<8x64x3x3xf32>
      %extracted_slice_28 = tensor.extract_slice %arg45[0, %130, %131, 0] [1, 8, 2, 56] [1, 1, 1, 1] : tensor<1x64x56x56xf32> to tensor<1x8x2x56xf32>
      %132 = scf.for %arg46 = %c0 to %c3 step %c1 iter_args(%arg47 = %extracted_slice_28) -> (tensor<1x8x2x56xf32>) {
        %133 = scf.for %arg48 = %c0 to %c64 step %c8 iter_args(%arg49 = %arg47) -> (tensor<1x8x2x56xf32>) {
          %extracted_slice_29 = tensor.extract_slice %extracted_slice[0, %arg48, %arg46, 0] [1, 8, 2, 58] [1, 1, 1, 1] : tensor<1x64x4x58xf32> to tensor<1x8x2x58xf32>
          %extracted_slice_30 = tensor.extract_slice %extracted_slice_27[0, %arg48, %arg46, 0] [8, 8, 1, 3] [1, 1, 1, 1] : tensor<8x64x3x3xf32> to tensor<8x8x1x3xf32>
          %134 = linalg.generic {indexing_maps = [#map13, #map14, #map15], iterator_types = ["reduction", "parallel", "reduction", "parallel", "parallel", "parallel", "reduction"]} ins(%extracted_slice_29, %extracted_slice_30 : tensor<1x8x2x58xf32>, tensor<8x8x1x3xf32>) outs(%arg49 : tensor<1x8x2x56xf32>) attrs =  {tag = "operation_9"} {
          ^bb0(%in: f32, %in_31: f32, %out: f32):
            %135 = arith.mulf %in, %in_31 : f32
            %136 = arith.addf %out, %135 : f32
            linalg.yield %136 : f32
          } -> tensor<1x8x2x56xf32>
          scf.yield %134 : tensor<1x8x2x56xf32>
        }
        scf.yield %133 : tensor<1x8x2x56xf32>
      }
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %132 into %arg45[0, %130, %131, 0] [1, 8, 2, 56] [1, 1, 1, 1] : tensor<1x8x2x56xf32> into tensor<1x64x56x56xf32>
      }
    }
    %18 = tensor.empty() : tensor<1x64x56x56xf32>
    %19 = scf.forall (%arg43, %arg44, %arg45) in (32, 14, 14) shared_outs(%arg46 = %18) -> (tensor<1x64x56x56xf32>) {
      %130 = affine.apply #map(%arg43)
      %131 = affine.apply #map1(%arg44)
      %132 = affine.apply #map1(%arg45)
      %extracted_slice = tensor.extract_slice %17[0, %130, %131, %132] [1, 2, 4, 4] [1, 1, 1, 1] : tensor<1x64x56x56xf32> to tensor<1x2x4x4xf32>
      %extracted_slice_27 = tensor.extract_slice %9[0, %130, %131, %132] [1, 2, 4, 4] [1, 1, 1, 1] : tensor<1x64x56x56xf32> to tensor<1x2x4x4xf32>
      %extracted_slice_28 = tensor.extract_slice %arg46[0, %130, %131, %132] [1, 2, 4, 4] [1, 1, 1, 1] : tensor<1x64x56x56xf32> to tensor<1x2x4x4xf32>
      %133 = vector.transfer_read %extracted_slice[%c0, %c0, %c0, %c0], %0 {in_bounds = [true, true, true, true]} : tensor<1x2x4x4xf32>, vector<1x2x4x4xf32>
      %134 = vector.transpose %133, [1, 0, 2, 3] : vector<1x2x4x4xf32> to vector<2x1x4x4xf32>
      %135 = vector.transfer_read %extracted_slice_27[%c0, %c0, %c0, %c0], %0 {in_bounds = [true, true, true, true]} : tensor<1x2x4x4xf32>, vector<1x2x4x4xf32>
      %136 = vector.transpose %135, [1, 0, 2, 3] : vector<1x2x4x4xf32> to vector<2x1x4x4xf32>
      %137 = arith.addf %134, %136 : vector<2x1x4x4xf32>
      %138 = vector.transpose %137, [1, 0, 2, 3] : vector<2x1x4x4xf32> to vector<1x2x4x4xf32>
      %139 = vector.transfer_write %138, %extracted_slice_28[%c0, %c0, %c0, %c0] {in_bounds = [true, true, true, true]} : vector<1x2x4x4xf32>, tensor<1x2x4x4xf32>
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %139 into %arg46[0, %130, %131, %132] [1, 2, 4, 4] [1, 1, 1, 1] : tensor<1x2x4x4xf32> into tensor<1x64x56x56xf32>
      }
    }
    %20 = tensor.empty() : tensor<1x64x56x56xf32>
    %21 = scf.forall (%arg43, %arg44, %arg45) in (32, 14, 14) shared_outs(%arg46 = %20) -> (tensor<1x64x56x56xf32>) {
      %130 = affine.apply #map(%arg43)
      %131 = affine.apply #map1(%arg44)
      %132 = affine.apply #map1(%arg45)
      %extracted_slice = tensor.extract_slice %19[0, %130, %131, %132] [1, 2, 4, 4] [1, 1, 1, 1] : tensor<1x64x56x56xf32> to tensor<1x2x4x4xf32>
      %extracted_slice_27 = tensor.extract_slice %arg46[0, %130, %131, %132] [1, 2, 4, 4] [1, 1, 1, 1] : tensor<1x64x56x56xf32> to tensor<1x2x4x4xf32>
      %133 = vector.transfer_read %extracted_slice[%c0, %c0, %c0, %c0], %0 {in_bounds = [true, true, true, true]} : tensor<1x2x4x4xf32>, vector<1x2x4x4xf32>
      %134 = vector.transpose %133, [1, 0, 2, 3] : vector<1x2x4x4xf32> to vector<2x1x4x4xf32>
      %135 = arith.maximumf %134, %cst_5 : vector<2x1x4x4xf32>
      %136 = vector.transpose %135, [1, 0, 2, 3] : vector<2x1x4x4xf32> to vector<1x2x4x4xf32>
      %137 = vector.transfer_write %136, %extracted_slice_27[%c0, %c0, %c0, %c0] {in_bounds = [true, true, true, true]} : vector<1x2x4x4xf32>, tensor<1x2x4x4xf32>
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %137 into %arg46[0, %130, %131, %132] [1, 2, 4, 4] [1, 1, 1, 1] : tensor<1x2x4x4xf32> into tensor<1x64x56x56xf32>
      }
    }
    %padded_13 = tensor.pad %21 low[0, 0, 1, 1] high[0, 0, 1, 1] {
    ^bb0(%arg43: index, %arg44: index, %arg45: index, %arg46: index):
      tensor.yield %cst_9 : f32
    } : tensor<1x64x56x56xf32> to tensor<1x64x58x58xf32>
    %22 = tensor.empty() : tensor<1x64x56x56xf32>
    %23 = scf.forall (%arg43, %arg44, %arg45) in (32, 14, 14) shared_outs(%arg46 = %22) -> (tensor<1x64x56x56xf32>) {
      %130 = affine.apply #map(%arg43)
      %131 = affine.apply #map1(%arg44)
      %132 = affine.apply #map1(%arg45)
      %extracted_slice = tensor.extract_slice %arg8[%130] [2] [1] : tensor<64xf32> to tensor<2xf32>
      %extracted_slice_27 = tensor.extract_slice %arg46[0, %130, %131, %132] [1, 2, 4, 4] [1, 1, 1, 1] : tensor<1x64x56x56xf32> to tensor<1x2x4x4xf32>
      %133 = vector.transfer_read %extracted_slice[%c0], %0 {in_bounds = [true]} : tensor<2xf32>, vector<2xf32>
      %134 = vector.broadcast %133 : vector<2xf32> to vector<1x4x4x2xf32>
      %135 = vector.transpose %134, [0, 3, 1, 2] : vector<1x4x4x2xf32> to vector<1x2x4x4xf32>
      %136 = vector.transfer_write %135, %extracted_slice_27[%c0, %c0, %c0, %c0] {in_bounds = [true, true, true, true]} : vector<1x2x4x4xf32>, tensor<1x2x4x4xf32>
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %136 into %arg46[0, %130, %131, %132] [1, 2, 4, 4] [1, 1, 1, 1] : tensor<1x2x4x4xf32> into tensor<1x64x56x56xf32>
      }
    }
    %24 = scf.forall (%arg43, %arg44) in (4, 14) shared_outs(%arg45 = %23) -> (tensor<1x64x56x56xf32>) {
      %130 = affine.apply #map16(%arg43)
      %131 = affine.apply #map1(%arg44)
      %extracted_slice = tensor.extract_slice %padded_13[0, 0, %131, 0] [1, 64, 6, 58] [1, 1, 1, 1] : tensor<1x64x58x58xf32> to tensor<1x64x6x58xf32>
      %extracted_slice_27 = tensor.extract_slice %arg7[%130, 0, 0, 0] [16, 64, 3, 3] [1, 1, 1, 1] : tensor<64x64x3x3xf32> to tensor<16x64x3x3xf32>
      %extracted_slice_28 = tensor.extract_slice %arg45[0, %130, %131, 0] [1, 16, 4, 56] [1, 1, 1, 1] : tensor<1x64x56x56xf32> to tensor<1x16x4x56xf32>
      %132 = scf.for %arg46 = %c0 to %c3 step %c1 iter_args(%arg47 = %extracted_slice_28) -> (tensor<1x16x4x56xf32>) {
        %133 = scf.for %arg48 = %c0 to %c64 step %c8 iter_args(%arg49 = %arg47) -> (tensor<1x16x4x56xf32>) {
          %extracted_slice_29 = tensor.extract_slice %extracted_slice[0, %arg48, %arg46, 0] [1, 8, 4, 58] [1, 1, 1, 1] : tensor<1x64x6x58xf32> to tensor<1x8x4x58xf32>
          %extracted_slice_30 = tensor.extract_slice %extracted_slice_27[0, %arg48, %arg46, 0] [16, 8, 1, 3] [1, 1, 1, 1] : tensor<16x64x3x3xf32> to tensor<16x8x1x3xf32>
          %134 = linalg.generic {indexing_maps = [#map13, #map14, #map15], iterator_types = ["reduction", "parallel", "reduction", "parallel", "parallel", "parallel", "reduction"]} ins(%extracted_slice_29, %extracted_slice_30 : tensor<1x8x4x58xf32>, tensor<16x8x1x3xf32>) outs(%arg49 : tensor<1x16x4x56xf32>) attrs =  {tag = "operation_13"} {
          ^bb0(%in: f32, %in_31: f32, %out: f32):
            %135 = arith.mulf %in, %in_31 : f32
            %136 = arith.addf %out, %135 : f32
            linalg.yield %136 : f32
          } -> tensor<1x16x4x56xf32>
          scf.yield %134 : tensor<1x16x4x56xf32>
        }
        scf.yield %133 : tensor<1x16x4x56xf32>
      }
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %132 into %arg45[0, %130, %131, 0] [1, 16, 4, 56] [1, 1, 1, 1] : tensor<1x16x4x56xf32> into tensor<1x64x56x56xf32>
      }
    }
    %25 = tensor.empty() : tensor<1x64x56x56xf32>
    %26 = scf.forall (%arg43, %arg44, %arg45) in (32, 14, 14) shared_outs(%arg46 = %25) -> (tensor<1x64x56x56xf32>) {
      %130 = affine.apply #map(%arg43)
      %131 = affine.apply #map1(%arg44)
      %132 = affine.apply #map1(%arg45)
      %extracted_slice = tensor.extract_slice %24[0, %130, %131, %132] [1, 2, 4, 4] [1, 1, 1, 1] : tensor<1x64x56x56xf32> to tensor<1x2x4x4xf32>
      %extracted_slice_27 = tensor.extract_slice %arg46[0, %130, %131, %132] [1, 2, 4, 4] [1, 1, 1, 1] : tensor<1x64x56x56xf32> to tensor<1x2x4x4xf32>
      %133 = vector.transfer_read %extracted_slice[%c0, %c0, %c0, %c0], %0 {in_bounds = [true, true, true, true]} : tensor<1x2x4x4xf32>, vector<1x2x4x4xf32>
      %134 = vector.transpose %133, [1, 0, 2, 3] : vector<1x2x4x4xf32> to vector<2x1x4x4xf32>
      %135 = arith.maximumf %134, %cst_5 : vector<2x1x4x4xf32>
      %136 = vector.transpose %135, [1, 0, 2, 3] : vector<2x1x4x4xf32> to vector<1x2x4x4xf32>
      %137 = vector.transfer_write %136, %extracted_slice_27[%c0, %c0, %c0, %c0] {in_bounds = [true, true, true, true]} : vector<1x2x4x4xf32>, tensor<1x2x4x4xf32>
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %137 into %arg46[0, %130, %131, %132] [1, 2, 4, 4] [1, 1, 1, 1] : tensor<1x2x4x4xf32> into tensor<1x64x56x56xf32>
      }
    }
    %padded_14 = tensor.pad %26 low[0, 0, 1, 1] high[0, 0, 1, 1] {
    ^bb0(%arg43: index, %arg44: index, %arg45: index, %arg46: index):
      tensor.yield %cst_9 : f32
    } : tensor<1x64x56x56xf32> to tensor<1x64x58x58xf32>
    %27 = tensor.empty() : tensor<1x64x56x56xf32>
    %28 = scf.forall (%arg43, %arg44, %arg45) in (8, 14, 14) shared_outs(%arg46 = %27) -> (tensor<1x64x56x56xf32>) {
      %130 = affine.apply #map5(%arg43)
      %131 = affine.apply #map1(%arg44)
      %132 = affine.apply #map1(%arg45)
      %extracted_slice = tensor.extract_slice %arg10[%130] [8] [1] : tensor<64xf32> to tensor<8xf32>
      %extracted_slice_27 = tensor.extract_slice %arg46[0, %130, %131, %132] [1, 8, 4, 4] [1, 1, 1, 1] : tensor<1x64x56x56xf32> to tensor<1x8x4x4xf32>
      %133 = vector.transfer_read %extracted_slice[%c0], %0 {in_bounds = [true]} : tensor<8xf32>, vector<8xf32>
      %134 = vector.broadcast %133 : vector<8xf32> to vector<1x4x4x8xf32>
      %135 = vector.transpose %134, [0, 3, 1, 2] : vector<1x4x4x8xf32> to vector<1x8x4x4xf32>
      %136 = vector.transfer_write %135, %extracted_slice_27[%c0, %c0, %c0, %c0] {in_bounds = [true, true, true, true]} : vector<1x8x4x4xf32>, tensor<1x8x4x4xf32>
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %136 into %arg46[0, %130, %131, %132] [1, 8, 4, 4] [1, 1, 1, 1] : tensor<1x8x4x4xf32> into tensor<1x64x56x56xf32>
      }
    }
    %29 = scf.forall (%arg43, %arg44) in (8, 14) shared_outs(%arg45 = %28) -> (tensor<1x64x56x56xf32>) {
      %130 = affine.apply #map5(%arg43)
      %131 = affine.apply #map1(%arg44)
      %extracted_slice = tensor.extract_slice %padded_14[0, 0, %131, 0] [1, 64, 6, 58] [1, 1, 1, 1] : tensor<1x64x58x58xf32> to tensor<1x64x6x58xf32>
      %extracted_slice_27 = tensor.extract_slice %arg9[%130, 0, 0, 0] [8, 64, 3, 3] [1, 1, 1, 1] : tensor<64x64x3x3xf32> to tensor<8x64x3x3xf32>
      %extracted_slice_28 = tensor.extract_slice %arg45[0, %130, %131, 0] [1, 8, 4, 56] [1, 1, 1, 1] : tensor<1x64x56x56xf32> to tensor<1x8x4x56xf32>
      %132 = scf.for %arg46 = %c0 to %c3 step %c1 iter_args(%arg47 = %extracted_slice_28) -> (tensor<1x8x4x56xf32>) {
        %133 = scf.for %arg48 = %c0 to %c64 step %c4 iter_args(%arg49 = %arg47) -> (tensor<1x8x4x56xf32>) {
          %extracted_slice_29 = tensor.extract_slice %extracted_slice[0, %arg48, 0, %arg46] [1, 4, 6, 56] [1, 1, 1, 1] : tensor<1x64x6x58xf32> to tensor<1x4x6x56xf32>
          %extracted_slice_30 = tensor.extract_slice %extracted_slice_27[0, %arg48, 0, %arg46] [8, 4, 3, 1] [1, 1, 1, 1] : tensor<8x64x3x3xf32> to tensor<8x4x3x1xf32>
          %134 = linalg.generic {indexing_maps = [#map17, #map14, #map18], iterator_types = ["reduction", "parallel", "reduction", "parallel", "parallel", "parallel", "reduction"]} ins(%extracted_slice_29, %extracted_slice_30 : tensor<1x4x6x56xf32>, tensor<8x4x3x1xf32>) outs(%arg49 : tensor<1x8x4x56xf32>) attrs =  {tag = "operation_16"} {
          ^bb0(%in: f32, %in_31: f32, %out: f32):
            %135 = arith.mulf %in, %in_31 : f32
            %136 = arith.addf %out, %135 : f32
            linalg.yield %136 : f32
          } -> tensor<1x8x4x56xf32>
          scf.yield %134 : tensor<1x8x4x56xf32>
        }
        scf.yield %133 : tensor<1x8x4x56xf32>
      }
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %132 into %arg45[0, %130, %131, 0] [1, 8, 4, 56] [1, 1, 1, 1] : tensor<1x8x4x56xf32> into tensor<1x64x56x56xf32>
      }
    }
    %30 = tensor.empty() : tensor<1x64x56x56xf32>
    %31 = scf.forall (%arg43, %arg44, %arg45) in (32, 14, 14) shared_outs(%arg46 = %30) -> (tensor<1x64x56x56xf32>) {
      %130 = affine.apply #map(%arg43)
      %131 = affine.apply #map1(%arg44)
      %132 = affine.apply #map1(%arg45)
      %extracted_slice = tensor.extract_slice %29[0, %130, %131, %132] [1, 2, 4, 4] [1, 1, 1, 1] : tensor<1x64x56x56xf32> to tensor<1x2x4x4xf32>
      %extracted_slice_27 = tensor.extract_slice %21[0, %130, %131, %132] [1, 2, 4, 4] [1, 1, 1, 1] : tensor<1x64x56x56xf32> to tensor<1x2x4x4xf32>
      %extracted_slice_28 = tensor.extract_slice %arg46[0, %130, %131, %132] [1, 2, 4, 4] [1, 1, 1, 1] : tensor<1x64x56x56xf32> to tensor<1x2x4x4xf32>
      %133 = vector.transfer_read %extracted_slice[%c0, %c0, %c0, %c0], %0 {in_bounds = [true, true, true, true]} : tensor<1x2x4x4xf32>, vector<1x2x4x4xf32>
      %134 = vector.transpose %133, [1, 0, 2, 3] : vector<1x2x4x4xf32> to vector<2x1x4x4xf32>
      %135 = vector.transfer_read %extracted_slice_27[%c0, %c0, %c0, %c0], %0 {in_bounds = [true, true, true, true]} : tensor<1x2x4x4xf32>, vector<1x2x4x4xf32>
      %136 = vector.transpose %135, [1, 0, 2, 3] : vector<1x2x4x4xf32> to vector<2x1x4x4xf32>
      %137 = arith.addf %134, %136 : vector<2x1x4x4xf32>
      %138 = vector.transpose %137, [1, 0, 2, 3] : vector<2x1x4x4xf32> to vector<1x2x4x4xf32>
      %139 = vector.transfer_write %138, %extracted_slice_28[%c0, %c0, %c0, %c0] {in_bounds = [true, true, true, true]} : vector<1x2x4x4xf32>, tensor<1x2x4x4xf32>
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %139 into %arg46[0, %130, %131, %132] [1, 2, 4, 4] [1, 1, 1, 1] : tensor<1x2x4x4xf32> into tensor<1x64x56x56xf32>
      }
    }
    %32 = tensor.empty() : tensor<1x64x56x56xf32>
    %33 = scf.forall (%arg43, %arg44, %arg45) in (32, 14, 14) shared_outs(%arg46 = %32) -> (tensor<1x64x56x56xf32>) {
      %130 = affine.apply #map(%arg43)
      %131 = affine.apply #map1(%arg44)
      %132 = affine.apply #map1(%arg45)
      %extracted_slice = tensor.extract_slice %31[0, %130, %131, %132] [1, 2, 4, 4] [1, 1, 1, 1] : tensor<1x64x56x56xf32> to tensor<1x2x4x4xf32>
      %extracted_slice_27 = tensor.extract_slice %arg46[0, %130, %131, %132] [1, 2, 4, 4] [1, 1, 1, 1] : tensor<1x64x56x56xf32> to tensor<1x2x4x4xf32>
      %133 = vector.transfer_read %extracted_slice[%c0, %c0, %c0, %c0], %0 {in_bounds = [true, true, true, true]} : tensor<1x2x4x4xf32>, vector<1x2x4x4xf32>
      %134 = vector.transpose %133, [1, 0, 2, 3] : vector<1x2x4x4xf32> to vector<2x1x4x4xf32>
      %135 = arith.maximumf %134, %cst_5 : vector<2x1x4x4xf32>
      %136 = vector.transpose %135, [1, 0, 2, 3] : vector<2x1x4x4xf32> to vector<1x2x4x4xf32>
      %137 = vector.transfer_write %136, %extracted_slice_27[%c0, %c0, %c0, %c0] {in_bounds = [true, true, true, true]} : vector<1x2x4x4xf32>, tensor<1x2x4x4xf32>
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %137 into %arg46[0, %130, %131, %132] [1, 2, 4, 4] [1, 1, 1, 1] : tensor<1x2x4x4xf32> into tensor<1x64x56x56xf32>
      }
    }
    %padded_15 = tensor.pad %33 low[0, 0, 1, 1] high[0, 0, 1, 1] {
    ^bb0(%arg43: index, %arg44: index, %arg45: index, %arg46: index):
      tensor.yield %cst_9 : f32
    } : tensor<1x64x56x56xf32> to tensor<1x64x58x58xf32>
    %34 = tensor.empty() : tensor<1x128x28x28xf32>
    %35 = scf.forall (%arg43, %arg44, %arg45) in (64, 7, 7) shared_outs(%arg46 = %34) -> (tensor<1x128x28x28xf32>) {
      %130 = affine.apply #map(%arg43)
      %131 = affine.apply #map1(%arg44)
      %132 = affine.apply #map1(%arg45)
      %extracted_slice = tensor.extract_slice %arg12[%130] [2] [1] : tensor<128xf32> to tensor<2xf32>
      %extracted_slice_27 = tensor.extract_slice %arg46[0, %130, %131, %132] [1, 2, 4, 4] [1, 1, 1, 1] : tensor<1x128x28x28xf32> to tensor<1x2x4x4xf32>
      %133 = vector.transfer_read %extracted_slice[%c0], %0 {in_bounds = [true]} : tensor<2xf32>, vector<2xf32>
      %134 = vector.broadcast %133 : vector<2xf32> to vector<1x4x4x2xf32>
      %135 = vector.transpose %134, [0, 3, 1, 2] : vector<1x4x4x2xf32> to vector<1x2x4x4xf32>
      %136 = vector.transfer_write %135, %extracted_slice_27[%c0, %c0, %c0, %c0] {in_bounds = [true, true, true, true]} : vector<1x2x4x4xf32>, tensor<1x2x4x4xf32>
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %136 into %arg46[0, %130, %131, %132] [1, 2, 4, 4] [1, 1, 1, 1] : tensor<1x2x4x4xf32> into tensor<1x128x28x28xf32>
      }
    }
    %36 = scf.forall (%arg43, %arg44) in (16, 14) shared_outs(%arg45 = %35) -> (tensor<1x128x28x28xf32>) {
      %130 = affine.apply #map5(%arg43)
      %131 = affine.apply #map(%arg44)
      %132 = affine.apply #map1(%arg44)
      %extracted_slice = tensor.extract_slice %padded_15[0, 0, %132, 0] [1, 64, 5, 57] [1, 1, 1, 1] : tensor<1x64x58x58xf32> to tensor<1x64x5x57xf32>
      %extracted_slice_27 = tensor.extract_slice %arg11[%130, 0, 0, 0] [8, 64, 3, 3] [1, 1, 1, 1] : tensor<128x64x3x3xf32> to tensor<8x64x3x3xf32>
      %extracted_slice_28 = tensor.extract_slice %arg45[0, %130, %131, 0] [1, 8, 2, 28] [1, 1, 1, 1] : tensor<1x128x28x28xf32> to tensor<1x8x2x28xf32>
      %133 = scf.for %arg46 = %c0 to %c3 step %c1 iter_args(%arg47 = %extracted_slice_28) -> (tensor<1x8x2x28xf32>) {
        %134 = scf.for %arg48 = %c0 to %c64 step %c8 iter_args(%arg49 = %arg47) -> (tensor<1x8x2x28xf32>) {
          %extracted_slice_29 = tensor.extract_slice %extracted_slice[0, %arg48, %arg46, 0] [1, 8, 3, 57] [1, 1, 1, 1] : tensor<1x64x5x57xf32> to tensor<1x8x3x57xf32>
          %extracted_slice_30 = tensor.extract_slice %extracted_slice_27[0, %arg48, %arg46, 0] [8, 8, 1, 3] [1, 1, 1, 1] : tensor<8x64x3x3xf32> to tensor<8x8x1x3xf32>
          %135 = linalg.generic {indexing_maps = [#map19, #map14, #map15], iterator_types = ["reduction", "parallel", "reduction", "parallel", "parallel", "parallel", "reduction"]} ins(%extracted_slice_29, %extracted_slice_30 : tensor<1x8x3x57xf32>, tensor<8x8x1x3xf32>) outs(%arg49 : tensor<1x8x2x28xf32>) attrs =  {tag = "operation_20"} {
          ^bb0(%in: f32, %in_31: f32, %out: f32):
            %136 = arith.mulf %in, %in_31 : f32
            %137 = arith.addf %out, %136 : f32
            linalg.yield %137 : f32
          } -> tensor<1x8x2x28xf32>
          scf.yield %135 : tensor<1x8x2x28xf32>
        }
        scf.yield %134 : tensor<1x8x2x28xf32>
      }
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %133 into %arg45[0, %130, %131, 0] [1, 8, 2, 28] [1, 1, 1, 1] : tensor<1x8x2x28xf32> into tensor<1x128x28x28xf32>
      }
    }
    %37 = tensor.empty() : tensor<1x128x28x28xf32>
    %38 = scf.forall (%arg43, %arg44, %arg45) in (64, 7, 7) shared_outs(%arg46 = %37) -> (tensor<1x128x28x28xf32>) {
      %130 = affine.apply #map(%arg43)
      %131 = affine.apply #map1(%arg44)
      %132 = affine.apply #map1(%arg45)
      %extracted_slice = tensor.extract_slice %36[0, %130, %131, %132] [1, 2, 4, 4] [1, 1, 1, 1] : tensor<1x128x28x28xf32> to tensor<1x2x4x4xf32>
      %extracted_slice_27 = tensor.extract_slice %arg46[0, %130, %131, %132] [1, 2, 4, 4] [1, 1, 1, 1] : tensor<1x128x28x28xf32> to tensor<1x2x4x4xf32>
      %133 = vector.transfer_read %extracted_slice[%c0, %c0, %c0, %c0], %0 {in_bounds = [true, true, true, true]} : tensor<1x2x4x4xf32>, vector<1x2x4x4xf32>
      %134 = vector.transpose %133, [1, 0, 2, 3] : vector<1x2x4x4xf32> to vector<2x1x4x4xf32>
      %135 = arith.maximumf %134, %cst_5 : vector<2x1x4x4xf32>
      %136 = vector.transpose %135, [1, 0, 2, 3] : vector<2x1x4x4xf32> to vector<1x2x4x4xf32>
      %137 = vector.transfer_write %136, %extracted_slice_27[%c0, %c0, %c0, %c0] {in_bounds = [true, true, true, true]} : vector<1x2x4x4xf32>, tensor<1x2x4x4xf32>
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %137 into %arg46[0, %130, %131, %132] [1, 2, 4, 4] [1, 1, 1, 1] : tensor<1x2x4x4xf32> into tensor<1x128x28x28xf32>
      }
    }
    %padded_16 = tensor.pad %38 low[0, 0, 1, 1] high[0, 0, 1, 1] {
    ^bb0(%arg43: index, %arg44: index, %arg45: index, %arg46: index):
      tensor.yield %cst_9 : f32
    } : tensor<1x128x28x28xf32> to tensor<1x128x30x30xf32>
    %39 = tensor.empty() : tensor<1x128x28x28xf32>
    %40 = scf.forall (%arg43, %arg44, %arg45) in (64, 7, 7) shared_outs(%arg46 = %39) -> (tensor<1x128x28x28xf32>) {
      %130 = affine.apply #map(%arg43)
      %131 = affine.apply #map1(%arg44)
      %132 = affine.apply #map1(%arg45)
      %extracted_slice = tensor.extract_slice %arg14[%130] [2] [1] : tensor<128xf32> to tensor<2xf32>
      %extracted_slice_27 = tensor.extract_slice %arg46[0, %130, %131, %132] [1, 2, 4, 4] [1, 1, 1, 1] : tensor<1x128x28x28xf32> to tensor<1x2x4x4xf32>
      %133 = vector.transfer_read %extracted_slice[%c0], %0 {in_bounds = [true]} : tensor<2xf32>, vector<2xf32>
      %134 = vector.broadcast %133 : vector<2xf32> to vector<1x4x4x2xf32>
      %135 = vector.transpose %134, [0, 3, 1, 2] : vector<1x4x4x2xf32> to vector<1x2x4x4xf32>
      %136 = vector.transfer_write %135, %extracted_slice_27[%c0, %c0, %c0, %c0] {in_bounds = [true, true, true, true]} : vector<1x2x4x4xf32>, tensor<1x2x4x4xf32>
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %136 into %arg46[0, %130, %131, %132] [1, 2, 4, 4] [1, 1, 1, 1] : tensor<1x2x4x4xf32> into tensor<1x128x28x28xf32>
      }
    }
    %41 = scf.forall (%arg43, %arg44) in (16, 14) shared_outs(%arg45 = %40) -> (tensor<1x128x28x28xf32>) {
      %130 = affine.apply #map5(%arg43)
      %131 = affine.apply #map(%arg44)
      %extracted_slice = tensor.extract_slice %padded_16[0, 0, %131, 0] [1, 128, 4, 30] [1, 1, 1, 1] : tensor<1x128x30x30xf32> to tensor<1x128x4x30xf32>
      %extracted_slice_27 = tensor.extract_slice %arg13[%130, 0, 0, 0] [8, 128, 3, 3] [1, 1, 1, 1] : tensor<128x128x3x3xf32> to tensor<8x128x3x3xf32>
      %extracted_slice_28 = tensor.extract_slice %arg45[0, %130, %131, 0] [1, 8, 2, 28] [1, 1, 1, 1] : tensor<1x128x28x28xf32> to tensor<1x8x2x28xf32>
      %132 = scf.for %arg46 = %c0 to %c3 step %c1 iter_args(%arg47 = %extracted_slice_28) -> (tensor<1x8x2x28xf32>) {
        %133 = scf.for %arg48 = %c0 to %c3 step %c1 iter_args(%arg49 = %arg47) -> (tensor<1x8x2x28xf32>) {
          %134 = scf.for %arg50 = %c0 to %c128 step %c8 iter_args(%arg51 = %arg49) -> (tensor<1x8x2x28xf32>) {
            %extracted_slice_29 = tensor.extract_slice %extracted_slice[0, %arg50, %arg48, %arg46] [1, 8, 2, 28] [1, 1, 1, 1] : tensor<1x128x4x30xf32> to tensor<1x8x2x28xf32>
            %extracted_slice_30 = tensor.extract_slice %extracted_slice_27[0, %arg50, %arg48, %arg46] [8, 8, 1, 1] [1, 1, 1, 1] : tensor<8x128x3x3xf32> to tensor<8x8x1x1xf32>
            %135 = linalg.generic {indexing_maps = [#map13, #map14, #map15], iterator_types = ["reduction", "parallel", "reduction", "parallel", "parallel", "parallel", "reduction"]} ins(%extracted_slice_29, %extracted_slice_30 : tensor<1x8x2x28xf32>, tensor<8x8x1x1xf32>) outs(%arg51 : tensor<1x8x2x28xf32>) attrs =  {tag = "operation_23"} {
            ^bb0(%in: f32, %in_31: f32, %out: f32):
              %136 = arith.mulf %in, %in_31 : f32
              %137 = arith.addf %out, %136 : f32
              linalg.yield %137 : f32
            } -> tensor<1x8x2x28xf32>
            scf.yield %135 : tensor<1x8x2x28xf32>
          }
          scf.yield %134 : tensor<1x8x2x28xf32>
        }
        scf.yield %133 : tensor<1x8x2x28xf32>
      }
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %132 into %arg45[0, %130, %131, 0] [1, 8, 2, 28] [1, 1, 1, 1] : tensor<1x8x2x28xf32> into tensor<1x128x28x28xf32>
      }
    }
    %42 = tensor.empty() : tensor<1x128x28x28xf32>
    %43 = scf.forall (%arg43, %arg44, %arg45) in (64, 7, 7) shared_outs(%arg46 = %42) -> (tensor<1x128x28x28xf32>) {
      %130 = affine.apply #map(%arg43)
      %131 = affine.apply #map1(%arg44)
      %132 = affine.apply #map1(%arg45)
      %extracted_slice = tensor.extract_slice %arg16[%130] [2] [1] : tensor<128xf32> to tensor<2xf32>
      %extracted_slice_27 = tensor.extract_slice %arg46[0, %130, %131, %132] [1, 2, 4, 4] [1, 1, 1, 1] : tensor<1x128x28x28xf32> to tensor<1x2x4x4xf32>
      %133 = vector.transfer_read %extracted_slice[%c0], %0 {in_bounds = [true]} : tensor<2xf32>, vector<2xf32>
      %134 = vector.broadcast %133 : vector<2xf32> to vector<1x4x4x2xf32>
      %135 = vector.transpose %134, [0, 3, 1, 2] : vector<1x4x4x2xf32> to vector<1x2x4x4xf32>
      %136 = vector.transfer_write %135, %extracted_slice_27[%c0, %c0, %c0, %c0] {in_bounds = [true, true, true, true]} : vector<1x2x4x4xf32>, tensor<1x2x4x4xf32>
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %136 into %arg46[0, %130, %131, %132] [1, 2, 4, 4] [1, 1, 1, 1] : tensor<1x2x4x4xf32> into tensor<1x128x28x28xf32>
      }
    }
    %44 = scf.forall (%arg43, %arg44) in (2, 14) shared_outs(%arg45 = %43) -> (tensor<1x128x28x28xf32>) {
      %130 = affine.apply #map20(%arg43)
      %131 = affine.apply #map(%arg44)
      %132 = affine.apply #map1(%arg44)
      %extracted_slice = tensor.extract_slice %33[0, 0, %132, 0] [1, 64, 3, 55] [1, 1, 1, 1] : tensor<1x64x56x56xf32> to tensor<1x64x3x55xf32>
      %extracted_slice_27 = tensor.extract_slice %arg15[%130, 0, 0, 0] [64, 64, 1, 1] [1, 1, 1, 1] : tensor<128x64x1x1xf32> to tensor<64x64x1x1xf32>
      %extracted_slice_28 = tensor.extract_slice %arg45[0, %130, %131, 0] [1, 64, 2, 28] [1, 1, 1, 1] : tensor<1x128x28x28xf32> to tensor<1x64x2x28xf32>
      %133 = scf.for %arg46 = %c0 to %c64 step %c8 iter_args(%arg47 = %extracted_slice_28) -> (tensor<1x64x2x28xf32>) {
        %extracted_slice_29 = tensor.extract_slice %extracted_slice[0, %arg46, 0, 0] [1, 8, 3, 55] [1, 1, 1, 1] : tensor<1x64x3x55xf32> to tensor<1x8x3x55xf32>
        %extracted_slice_30 = tensor.extract_slice %extracted_slice_27[0, %arg46, 0, 0] [64, 8, 1, 1] [1, 1, 1, 1] : tensor<64x64x1x1xf32> to tensor<64x8x1x1xf32>
        %134 = linalg.generic {indexing_maps = [#map19, #map14, #map15], iterator_types = ["reduction", "parallel", "reduction", "parallel", "parallel", "parallel", "reduction"]} ins(%extracted_slice_29, %extracted_slice_30 : tensor<1x8x3x55xf32>, tensor<64x8x1x1xf32>) outs(%arg47 : tensor<1x64x2x28xf32>) attrs =  {tag = "operation_25"} {
        ^bb0(%in: f32, %in_31: f32, %out: f32):
          %135 = arith.mulf %in, %in_31 : f32
          %136 = arith.addf %out, %135 : f32
          linalg.yield %136 : f32
        } -> tensor<1x64x2x28xf32>
        scf.yield %134 : tensor<1x64x2x28xf32>
      }
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %133 into %arg45[0, %130, %131, 0] [1, 64, 2, 28] [1, 1, 1, 1] : tensor<1x64x2x28xf32> into tensor<1x128x28x28xf32>
      }
    }
    %45 = tensor.empty() : tensor<1x128x28x28xf32>
    %46 = scf.forall (%arg43, %arg44, %arg45) in (64, 14, 7) shared_outs(%arg46 = %45) -> (tensor<1x128x28x28xf32>) {
      %130 = affine.apply #map(%arg43)
      %131 = affine.apply #map(%arg44)
      %132 = affine.apply #map1(%arg45)
      %extracted_slice = tensor.extract_slice %41[0, %130, %131, %132] [1, 2, 2, 4] [1, 1, 1, 1] : tensor<1x128x28x28xf32> to tensor<1x2x2x4xf32>
      %extracted_slice_27 = tensor.extract_slice %44[0, %130, %131, %132] [1, 2, 2, 4] [1, 1, 1, 1] : tensor<1x128x28x28xf32> to tensor<1x2x2x4xf32>
      %extracted_slice_28 = tensor.extract_slice %arg46[0, %130, %131, %132] [1, 2, 2, 4] [1, 1, 1, 1] : tensor<1x128x28x28xf32> to tensor<1x2x2x4xf32>
      %133 = vector.transfer_read %extracted_slice[%c0, %c0, %c0, %c0], %0 {in_bounds = [true, true, true, true]} : tensor<1x2x2x4xf32>, vector<1x2x2x4xf32>
      %134 = vector.transpose %133, [1, 2, 0, 3] : vector<1x2x2x4xf32> to vector<2x2x1x4xf32>
      %135 = vector.transfer_read %extracted_slice_27[%c0, %c0, %c0, %c0], %0 {in_bounds = [true, true, true, true]} : tensor<1x2x2x4xf32>, vector<1x2x2x4xf32>
      %136 = vector.transpose %135, [1, 2, 0, 3] : vector<1x2x2x4xf32> to vector<2x2x1x4xf32>
      %137 = arith.addf %134, %136 : vector<2x2x1x4xf32>
      %138 = vector.transpose %137, [2, 0, 1, 3] : vector<2x2x1x4xf32> to vector<1x2x2x4xf32>
      %139 = vector.transfer_write %138, %extracted_slice_28[%c0, %c0, %c0, %c0] {in_bounds = [true, true, true, true]} : vector<1x2x2x4xf32>, tensor<1x2x2x4xf32>
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %139 into %arg46[0, %130, %131, %132] [1, 2, 2, 4] [1, 1, 1, 1] : tensor<1x2x2x4xf32> into tensor<1x128x28x28xf32>
      }
    }
    %47 = tensor.empty() : tensor<1x128x28x28xf32>
    %48 = scf.forall (%arg43, %arg44, %arg45) in (64, 7, 7) shared_outs(%arg46 = %47) -> (tensor<1x128x28x28xf32>) {
      %130 = affine.apply #map(%arg43)
      %131 = affine.apply #map1(%arg44)
      %132 = affine.apply #map1(%arg45)
      %extracted_slice = tensor.extract_slice %46[0, %130, %131, %132] [1, 2, 4, 4] [1, 1, 1, 1] : tensor<1x128x28x28xf32> to tensor<1x2x4x4xf32>
      %extracted_slice_27 = tensor.extract_slice %arg46[0, %130, %131, %132] [1, 2, 4, 4] [1, 1, 1, 1] : tensor<1x128x28x28xf32> to tensor<1x2x4x4xf32>
      %133 = vector.transfer_read %extracted_slice[%c0, %c0, %c0, %c0], %0 {in_bounds = [true, true, true, true]} : tensor<1x2x4x4xf32>, vector<1x2x4x4xf32>
      %134 = vector.transpose %133, [1, 0, 2, 3] : vector<1x2x4x4xf32> to vector<2x1x4x4xf32>
      %135 = arith.maximumf %134, %cst_5 : vector<2x1x4x4xf32>
      %136 = vector.transpose %135, [1, 0, 2, 3] : vector<2x1x4x4xf32> to vector<1x2x4x4xf32>
      %137 = vector.transfer_write %136, %extracted_slice_27[%c0, %c0, %c0, %c0] {in_bounds = [true, true, true, true]} : vector<1x2x4x4xf32>, tensor<1x2x4x4xf32>
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %137 into %arg46[0, %130, %131, %132] [1, 2, 4, 4] [1, 1, 1, 1] : tensor<1x2x4x4xf32> into tensor<1x128x28x28xf32>
      }
    }
    %padded_17 = tensor.pad %48 low[0, 0, 1, 1] high[0, 0, 1, 1] {
    ^bb0(%arg43: index, %arg44: index, %arg45: index, %arg46: index):
      tensor.yield %cst_9 : f32
    } : tensor<1x128x28x28xf32> to tensor<1x128x30x30xf32>
    %49 = tensor.empty() : tensor<1x128x28x28xf32>
    %50 = scf.forall (%arg43, %arg44, %arg45) in (64, 7, 7) shared_outs(%arg46 = %49) -> (tensor<1x128x28x28xf32>) {
      %130 = affine.apply #map(%arg43)
      %131 = affine.apply #map1(%arg44)
      %132 = affine.apply #map1(%arg45)
      %extracted_slice = tensor.extract_slice %arg18[%130] [2] [1] : tensor<128xf32> to tensor<2xf32>
      %extracted_slice_27 = tensor.extract_slice %arg46[0, %130, %131, %132] [1, 2, 4, 4] [1, 1, 1, 1] : tensor<1x128x28x28xf32> to tensor<1x2x4x4xf32>
      %133 = vector.transfer_read %extracted_slice[%c0], %0 {in_bounds = [true]} : tensor<2xf32>, vector<2xf32>
      %134 = vector.broadcast %133 : vector<2xf32> to vector<1x4x4x2xf32>
      %135 = vector.transpose %134, [0, 3, 1, 2] : vector<1x4x4x2xf32> to vector<1x2x4x4xf32>
      %136 = vector.transfer_write %135, %extracted_slice_27[%c0, %c0, %c0, %c0] {in_bounds = [true, true, true, true]} : vector<1x2x4x4xf32>, tensor<1x2x4x4xf32>
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %136 into %arg46[0, %130, %131, %132] [1, 2, 4, 4] [1, 1, 1, 1] : tensor<1x2x4x4xf32> into tensor<1x128x28x28xf32>
      }
    }
    %51 = scf.forall (%arg43, %arg44) in (16, 14) shared_outs(%arg45 = %50) -> (tensor<1x128x28x28xf32>) {
      %130 = affine.apply #map5(%arg43)
      %131 = affine.apply #map(%arg44)
      %extracted_slice = tensor.extract_slice %padded_17[0, 0, %131, 0] [1, 128, 4, 30] [1, 1, 1, 1] : tensor<1x128x30x30xf32> to tensor<1x128x4x30xf32>
      %extracted_slice_27 = tensor.extract_slice %arg17[%130, 0, 0, 0] [8, 128, 3, 3] [1, 1, 1, 1] : tensor<128x128x3x3xf32> to tensor<8x128x3x3xf32>
      %extracted_slice_28 = tensor.extract_slice %arg45[0, %130, %131, 0] [1, 8, 2, 28] [1, 1, 1, 1] : tensor<1x128x28x28xf32> to tensor<1x8x2x28xf32>
      %132 = scf.for %arg46 = %c0 to %c3 step %c1 iter_args(%arg47 = %extracted_slice_28) -> (tensor<1x8x2x28xf32>) {
        %133 = scf.for %arg48 = %c0 to %c128 step %c8 iter_args(%arg49 = %arg47) -> (tensor<1x8x2x28xf32>) {
          %extracted_slice_29 = tensor.extract_slice %extracted_slice[0, %arg48, %arg46, 0] [1, 8, 2, 30] [1, 1, 1, 1] : tensor<1x128x4x30xf32> to tensor<1x8x2x30xf32>
          %extracted_slice_30 = tensor.extract_slice %extracted_slice_27[0, %arg48, %arg46, 0] [8, 8, 1, 3] [1, 1, 1, 1] : tensor<8x128x3x3xf32> to tensor<8x8x1x3xf32>
          %134 = linalg.generic {indexing_maps = [#map13, #map14, #map15], iterator_types = ["reduction", "parallel", "reduction", "parallel", "parallel", "parallel", "reduction"]} ins(%extracted_slice_29, %extracted_slice_30 : tensor<1x8x2x30xf32>, tensor<8x8x1x3xf32>) outs(%arg49 : tensor<1x8x2x28xf32>) attrs =  {tag = "operation_29"} {
          ^bb0(%in: f32, %in_31: f32, %out: f32):
            %135 = arith.mulf %in, %in_31 : f32
            %136 = arith.addf %out, %135 : f32
            linalg.yield %136 : f32
          } -> tensor<1x8x2x28xf32>
          scf.yield %134 : tensor<1x8x2x28xf32>
        }
        scf.yield %133 : tensor<1x8x2x28xf32>
      }
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %132 into %arg45[0, %130, %131, 0] [1, 8, 2, 28] [1, 1, 1, 1] : tensor<1x8x2x28xf32> into tensor<1x128x28x28xf32>
      }
    }
    %52 = tensor.empty() : tensor<1x128x28x28xf32>
    %53 = scf.forall (%arg43, %arg44, %arg45) in (64, 7, 7) shared_outs(%arg46 = %52) -> (tensor<1x128x28x28xf32>) {
      %130 = affine.apply #map(%arg43)
      %131 = affine.apply #map1(%arg44)
      %132 = affine.apply #map1(%arg45)
      %extracted_slice = tensor.extract_slice %51[0, %130, %131, %132] [1, 2, 4, 4] [1, 1, 1, 1] : tensor<1x128x28x28xf32> to tensor<1x2x4x4xf32>
      %extracted_slice_27 = tensor.extract_slice %arg46[0, %130, %131, %132] [1, 2, 4, 4] [1, 1, 1, 1] : tensor<1x128x28x28xf32> to tensor<1x2x4x4xf32>
      %133 = vector.transfer_read %extracted_slice[%c0, %c0, %c0, %c0], %0 {in_bounds = [true, true, true, true]} : tensor<1x2x4x4xf32>, vector<1x2x4x4xf32>
      %134 = vector.transpose %133, [1, 0, 2, 3] : vector<1x2x4x4xf32> to vector<2x1x4x4xf32>
      %135 = arith.maximumf %134, %cst_5 : vector<2x1x4x4xf32>
      %136 = vector.transpose %135, [1, 0, 2, 3] : vector<2x1x4x4xf32> to vector<1x2x4x4xf32>
      %137 = vector.transfer_write %136, %extracted_slice_27[%c0, %c0, %c0, %c0] {in_bounds = [true, true, true, true]} : vector<1x2x4x4xf32>, tensor<1x2x4x4xf32>
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %137 into %arg46[0, %130, %131, %132] [1, 2, 4, 4] [1, 1, 1, 1] : tensor<1x2x4x4xf32> into tensor<1x128x28x28xf32>
      }
    }
    %padded_18 = tensor.pad %53 low[0, 0, 1, 1] high[0, 0, 1, 1] {
    ^bb0(%arg43: index, %arg44: index, %arg45: index, %arg46: index):
      tensor.yield %cst_9 : f32
    } : tensor<1x128x28x28xf32> to tensor<1x128x30x30xf32>
    %54 = tensor.empty() : tensor<1x128x28x28xf32>
    %55 = scf.forall (%arg43, %arg44, %arg45) in (64, 7, 7) shared_outs(%arg46 = %54) -> (tensor<1x128x28x28xf32>) {
      %130 = affine.apply #map(%arg43)
      %131 = affine.apply #map1(%arg44)
      %132 = affine.apply #map1(%arg45)
      %extracted_slice = tensor.extract_slice %arg20[%130] [2] [1] : tensor<128xf32> to tensor<2xf32>
      %extracted_slice_27 = tensor.extract_slice %arg46[0, %130, %131, %132] [1, 2, 4, 4] [1, 1, 1, 1] : tensor<1x128x28x28xf32> to tensor<1x2x4x4xf32>
      %133 = vector.transfer_read %extracted_slice[%c0], %0 {in_bounds = [true]} : tensor<2xf32>, vector<2xf32>
      %134 = vector.broadcast %133 : vector<2xf32> to vector<1x4x4x2xf32>
      %135 = vector.transpose %134, [0, 3, 1, 2] : vector<1x4x4x2xf32> to vector<1x2x4x4xf32>
      %136 = vector.transfer_write %135, %extracted_slice_27[%c0, %c0, %c0, %c0] {in_bounds = [true, true, true, true]} : vector<1x2x4x4xf32>, tensor<1x2x4x4xf32>
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %136 into %arg46[0, %130, %131, %132] [1, 2, 4, 4] [1, 1, 1, 1] : tensor<1x2x4x4xf32> into tensor<1x128x28x28xf32>
      }
    }
    %56 = scf.forall (%arg43, %arg44) in (16, 14) shared_outs(%arg45 = %55) -> (tensor<1x128x28x28xf32>) {
      %130 = affine.apply #map5(%arg43)
      %131 = affine.apply #map(%arg44)
      %extracted_slice = tensor.extract_slice %padded_18[0, 0, %131, 0] [1, 128, 4, 30] [1, 1, 1, 1] : tensor<1x128x30x30xf32> to tensor<1x128x4x30xf32>
      %extracted_slice_27 = tensor.extract_slice %arg19[%130, 0, 0, 0] [8, 128, 3, 3] [1, 1, 1, 1] : tensor<128x128x3x3xf32> to tensor<8x128x3x3xf32>
      %extracted_slice_28 = tensor.extract_slice %arg45[0, %130, %131, 0] [1, 8, 2, 28] [1, 1, 1, 1] : tensor<1x128x28x28xf32> to tensor<1x8x2x28xf32>
      %132 = scf.for %arg46 = %c0 to %c3 step %c1 iter_args(%arg47 = %extracted_slice_28) -> (tensor<1x8x2x28xf32>) {
        %133 = scf.for %arg48 = %c0 to %c128 step %c8 iter_args(%arg49 = %arg47) -> (tensor<1x8x2x28xf32>) {
          %extracted_slice_29 = tensor.extract_slice %extracted_slice[0, %arg48, %arg46, 0] [1, 8, 2, 30] [1, 1, 1, 1] : tensor<1x128x4x30xf32> to tensor<1x8x2x30xf32>
          %extracted_slice_30 = tensor.extract_slice %extracted_slice_27[0, %arg48, %arg46, 0] [8, 8, 1, 3] [1, 1, 1, 1] : tensor<8x128x3x3xf32> to tensor<8x8x1x3xf32>
          %134 = linalg.generic {indexing_maps = [#map13, #map14, #map15], iterator_types = ["reduction", "parallel", "reduction", "parallel", "parallel", "parallel", "reduction"]} ins(%extracted_slice_29, %extracted_slice_30 : tensor<1x8x2x30xf32>, tensor<8x8x1x3xf32>) outs(%arg49 : tensor<1x8x2x28xf32>) attrs =  {tag = "operation_32"} {
          ^bb0(%in: f32, %in_31: f32, %out: f32):
            %135 = arith.mulf %in, %in_31 : f32
            %136 = arith.addf %out, %135 : f32
            linalg.yield %136 : f32
          } -> tensor<1x8x2x28xf32>
          scf.yield %134 : tensor<1x8x2x28xf32>
        }
        scf.yield %133 : tensor<1x8x2x28xf32>
      }
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %132 into %arg45[0, %130, %131, 0] [1, 8, 2, 28] [1, 1, 1, 1] : tensor<1x8x2x28xf32> into tensor<1x128x28x28xf32>
      }
    }
    %57 = tensor.empty() : tensor<1x128x28x28xf32>
    %58 = scf.forall (%arg43, %arg44, %arg45) in (64, 7, 7) shared_outs(%arg46 = %57) -> (tensor<1x128x28x28xf32>) {
      %130 = affine.apply #map(%arg43)
      %131 = affine.apply #map1(%arg44)
      %132 = affine.apply #map1(%arg45)
      %extracted_slice = tensor.extract_slice %56[0, %130, %131, %132] [1, 2, 4, 4] [1, 1, 1, 1] : tensor<1x128x28x28xf32> to tensor<1x2x4x4xf32>
      %extracted_slice_27 = tensor.extract_slice %48[0, %130, %131, %132] [1, 2, 4, 4] [1, 1, 1, 1] : tensor<1x128x28x28xf32> to tensor<1x2x4x4xf32>
      %extracted_slice_28 = tensor.extract_slice %arg46[0, %130, %131, %132] [1, 2, 4, 4] [1, 1, 1, 1] : tensor<1x128x28x28xf32> to tensor<1x2x4x4xf32>
      %133 = vector.transfer_read %extracted_slice[%c0, %c0, %c0, %c0], %0 {in_bounds = [true, true, true, true]} : tensor<1x2x4x4xf32>, vector<1x2x4x4xf32>
      %134 = vector.transpose %133, [1, 0, 2, 3] : vector<1x2x4x4xf32> to vector<2x1x4x4xf32>
      %135 = vector.transfer_read %extracted_slice_27[%c0, %c0, %c0, %c0], %0 {in_bounds = [true, true, true, true]} : tensor<1x2x4x4xf32>, vector<1x2x4x4xf32>
      %136 = vector.transpose %135, [1, 0, 2, 3] : vector<1x2x4x4xf32> to vector<2x1x4x4xf32>
      %137 = arith.addf %134, %136 : vector<2x1x4x4xf32>
      %138 = vector.transpose %137, [1, 0, 2, 3] : vector<2x1x4x4xf32> to vector<1x2x4x4xf32>
      %139 = vector.transfer_write %138, %extracted_slice_28[%c0, %c0, %c0, %c0] {in_bounds = [true, true, true, true]} : vector<1x2x4x4xf32>, tensor<1x2x4x4xf32>
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %139 into %arg46[0, %130, %131, %132] [1, 2, 4, 4] [1, 1, 1, 1] : tensor<1x2x4x4xf32> into tensor<1x128x28x28xf32>
      }
    }
    %59 = tensor.empty() : tensor<1x128x28x28xf32>
    %60 = scf.forall (%arg43, %arg44, %arg45) in (64, 7, 7) shared_outs(%arg46 = %59) -> (tensor<1x128x28x28xf32>) {
      %130 = affine.apply #map(%arg43)
      %131 = affine.apply #map1(%arg44)
      %132 = affine.apply #map1(%arg45)
      %extracted_slice = tensor.extract_slice %58[0, %130, %131, %132] [1, 2, 4, 4] [1, 1, 1, 1] : tensor<1x128x28x28xf32> to tensor<1x2x4x4xf32>
      %extracted_slice_27 = tensor.extract_slice %arg46[0, %130, %131, %132] [1, 2, 4, 4] [1, 1, 1, 1] : tensor<1x128x28x28xf32> to tensor<1x2x4x4xf32>
      %133 = vector.transfer_read %extracted_slice[%c0, %c0, %c0, %c0], %0 {in_bounds = [true, true, true, true]} : tensor<1x2x4x4xf32>, vector<1x2x4x4xf32>
      %134 = vector.transpose %133, [1, 0, 2, 3] : vector<1x2x4x4xf32> to vector<2x1x4x4xf32>
      %135 = arith.maximumf %134, %cst_5 : vector<2x1x4x4xf32>
      %136 = vector.transpose %135, [1, 0, 2, 3] : vector<2x1x4x4xf32> to vector<1x2x4x4xf32>
      %137 = vector.transfer_write %136, %extracted_slice_27[%c0, %c0, %c0, %c0] {in_bounds = [true, true, true, true]} : vector<1x2x4x4xf32>, tensor<1x2x4x4xf32>
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %137 into %arg46[0, %130, %131, %132] [1, 2, 4, 4] [1, 1, 1, 1] : tensor<1x2x4x4xf32> into tensor<1x128x28x28xf32>
      }
    }
    %padded_19 = tensor.pad %60 low[0, 0, 1, 1] high[0, 0, 1, 1] {
    ^bb0(%arg43: index, %arg44: index, %arg45: index, %arg46: index):
      tensor.yield %cst_9 : f32
    } : tensor<1x128x28x28xf32> to tensor<1x128x30x30xf32>
    %61 = tensor.empty() : tensor<1x256x14x14xf32>
    %62 = scf.forall (%arg43, %arg44) in (7, 14) shared_outs(%arg45 = %61) -> (tensor<1x256x14x14xf32>) {
      %130 = affine.apply #map(%arg43)
      %extracted_slice = tensor.extract_slice %arg45[0, 0, %130, %arg44] [1, 256, 2, 1] [1, 1, 1, 1] : tensor<1x256x14x14xf32> to tensor<1x256x2x1xf32>
      %131 = vector.transfer_read %arg22[%c0], %0 {in_bounds = [true]} : tensor<256xf32>, vector<256xf32>
      %132 = vector.broadcast %131 : vector<256xf32> to vector<1x2x1x256xf32>
      %133 = vector.transpose %132, [0, 3, 1, 2] : vector<1x2x1x256xf32> to vector<1x256x2x1xf32>
      %134 = vector.transfer_write %133, %extracted_slice[%c0, %c0, %c0, %c0] {in_bounds = [true, true, true, true]} : vector<1x256x2x1xf32>, tensor<1x256x2x1xf32>
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %134 into %arg45[0, 0, %130, %arg44] [1, 256, 2, 1] [1, 1, 1, 1] : tensor<1x256x2x1xf32> into tensor<1x256x14x14xf32>
      }
    }
    %63 = scf.forall (%arg43, %arg44) in (64, 14) shared_outs(%arg45 = %62) -> (tensor<1x256x14x14xf32>) {
      %130 = affine.apply #map1(%arg43)
      %131 = affine.apply #map(%arg44)
      %extracted_slice = tensor.extract_slice %padded_19[0, 0, %131, 0] [1, 128, 3, 29] [1, 1, 1, 1] : tensor<1x128x30x30xf32> to tensor<1x128x3x29xf32>
      %extracted_slice_27 = tensor.extract_slice %arg21[%130, 0, 0, 0] [4, 128, 3, 3] [1, 1, 1, 1] : tensor<256x128x3x3xf32> to tensor<4x128x3x3xf32>
      %extracted_slice_28 = tensor.extract_slice %arg45[0, %130, %arg44, 0] [1, 4, 1, 14] [1, 1, 1, 1] : tensor<1x256x14x14xf32> to tensor<1x4x1x14xf32>
      %132 = scf.for %arg46 = %c0 to %c3 step %c1 iter_args(%arg47 = %extracted_slice_28) -> (tensor<1x4x1x14xf32>) {
        %133 = scf.for %arg48 = %c0 to %c128 step %c8 iter_args(%arg49 = %arg47) -> (tensor<1x4x1x14xf32>) {
          %extracted_slice_29 = tensor.extract_slice %extracted_slice[0, %arg48, %arg46, 0] [1, 8, 1, 29] [1, 1, 1, 1] : tensor<1x128x3x29xf32> to tensor<1x8x1x29xf32>
          %extracted_slice_30 = tensor.extract_slice %extracted_slice_27[0, %arg48, %arg46, 0] [4, 8, 1, 3] [1, 1, 1, 1] : tensor<4x128x3x3xf32> to tensor<4x8x1x3xf32>
          %134 = linalg.generic {indexing_maps = [#map19, #map14, #map15], iterator_types = ["reduction", "parallel", "reduction", "parallel", "parallel", "parallel", "reduction"]} ins(%extracted_slice_29, %extracted_slice_30 : tensor<1x8x1x29xf32>, tensor<4x8x1x3xf32>) outs(%arg49 : tensor<1x4x1x14xf32>) attrs =  {tag = "operation_36"} {
          ^bb0(%in: f32, %in_31: f32, %out: f32):
            %135 = arith.mulf %in, %in_31 : f32
            %136 = arith.addf %out, %135 : f32
            linalg.yield %136 : f32
          } -> tensor<1x4x1x14xf32>
          scf.yield %134 : tensor<1x4x1x14xf32>
        }
        scf.yield %133 : tensor<1x4x1x14xf32>
      }
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %132 into %arg45[0, %130, %arg44, 0] [1, 4, 1, 14] [1, 1, 1, 1] : tensor<1x4x1x14xf32> into tensor<1x256x14x14xf32>
      }
    }
    %64 = tensor.empty() : tensor<1x256x14x14xf32>
    %65 = scf.forall (%arg43, %arg44) in (128, 7) shared_outs(%arg45 = %64) -> (tensor<1x256x14x14xf32>) {
      %130 = affine.apply #map(%arg43)
      %131 = affine.apply #map(%arg44)
      %extracted_slice = tensor.extract_slice %63[0, %130, %131, 0] [1, 2, 2, 14] [1, 1, 1, 1] : tensor<1x256x14x14xf32> to tensor<1x2x2x14xf32>
      %extracted_slice_27 = tensor.extract_slice %arg45[0, %130, %131, 0] [1, 2, 2, 14] [1, 1, 1, 1] : tensor<1x256x14x14xf32> to tensor<1x2x2x14xf32>
      %132 = vector.transfer_read %extracted_slice[%c0, %c0, %c0, %c0], %0 {in_bounds = [true, true, true, true]} : tensor<1x2x2x14xf32>, vector<1x2x2x14xf32>
      %133 = vector.transpose %132, [1, 0, 2, 3] : vector<1x2x2x14xf32> to vector<2x1x2x14xf32>
      %134 = arith.maximumf %133, %cst_4 : vector<2x1x2x14xf32>
      %135 = vector.transpose %134, [1, 0, 2, 3] : vector<2x1x2x14xf32> to vector<1x2x2x14xf32>
      %136 = vector.transfer_write %135, %extracted_slice_27[%c0, %c0, %c0, %c0] {in_bounds = [true, true, true, true]} : vector<1x2x2x14xf32>, tensor<1x2x2x14xf32>
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %136 into %arg45[0, %130, %131, 0] [1, 2, 2, 14] [1, 1, 1, 1] : tensor<1x2x2x14xf32> into tensor<1x256x14x14xf32>
      }
    }
    %padded_20 = tensor.pad %65 low[0, 0, 1, 1] high[0, 0, 1, 1] {
    ^bb0(%arg43: index, %arg44: index, %arg45: index, %arg46: index):
      tensor.yield %cst_9 : f32
    } : tensor<1x256x14x14xf32> to tensor<1x256x16x16xf32>
    %66 = tensor.empty() : tensor<1x256x14x14xf32>
    %67 = scf.forall (%arg43, %arg44) in (128, 7) shared_outs(%arg45 = %66) -> (tensor<1x256x14x14xf32>) {
      %130 = affine.apply #map(%arg43)
      %131 = affine.apply #map(%arg44)
      %extracted_slice = tensor.extract_slice %arg24[%130] [2] [1] : tensor<256xf32> to tensor<2xf32>
      %extracted_slice_27 = tensor.extract_slice %arg45[0, %130, %131, 0] [1, 2, 2, 14] [1, 1, 1, 1] : tensor<1x256x14x14xf32> to tensor<1x2x2x14xf32>
      %132 = vector.transfer_read %extracted_slice[%c0], %0 {in_bounds = [true]} : tensor<2xf32>, vector<2xf32>
      %133 = vector.broadcast %132 : vector<2xf32> to vector<1x2x14x2xf32>
      %134 = vector.transpose %133, [0, 3, 1, 2] : vector<1x2x14x2xf32> to vector<1x2x2x14xf32>
      %135 = vector.transfer_write %134, %extracted_slice_27[%c0, %c0, %c0, %c0] {in_bounds = [true, true, true, true]} : vector<1x2x2x14xf32>, tensor<1x2x2x14xf32>
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %135 into %arg45[0, %130, %131, 0] [1, 2, 2, 14] [1, 1, 1, 1] : tensor<1x2x2x14xf32> into tensor<1x256x14x14xf32>
      }
    }
    %68 = scf.forall (%arg43, %arg44) in (32, 7) shared_outs(%arg45 = %67) -> (tensor<1x256x14x14xf32>) {
      %130 = affine.apply #map5(%arg43)
      %131 = affine.apply #map(%arg44)
      %extracted_slice = tensor.extract_slice %padded_20[0, 0, %131, 0] [1, 256, 4, 16] [1, 1, 1, 1] : tensor<1x256x16x16xf32> to tensor<1x256x4x16xf32>
      %extracted_slice_27 = tensor.extract_slice %arg23[%130, 0, 0, 0] [8, 256, 3, 3] [1, 1, 1, 1] : tensor<256x256x3x3xf32> to tensor<8x256x3x3xf32>
      %extracted_slice_28 = tensor.extract_slice %arg45[0, %130, %131, 0] [1, 8, 2, 14] [1, 1, 1, 1] : tensor<1x256x14x14xf32> to tensor<1x8x2x14xf32>
      %132 = scf.for %arg46 = %c0 to %c3 step %c1 iter_args(%arg47 = %extracted_slice_28) -> (tensor<1x8x2x14xf32>) {
        %133 = scf.for %arg48 = %c0 to %c256 step %c8 iter_args(%arg49 = %arg47) -> (tensor<1x8x2x14xf32>) {
          %extracted_slice_29 = tensor.extract_slice %extracted_slice[0, %arg48, %arg46, 0] [1, 8, 2, 16] [1, 1, 1, 1] : tensor<1x256x4x16xf32> to tensor<1x8x2x16xf32>
          %extracted_slice_30 = tensor.extract_slice %extracted_slice_27[0, %arg48, %arg46, 0] [8, 8, 1, 3] [1, 1, 1, 1] : tensor<8x256x3x3xf32> to tensor<8x8x1x3xf32>
          %134 = linalg.generic {indexing_maps = [#map13, #map14, #map15], iterator_types = ["reduction", "parallel", "reduction", "parallel", "parallel", "parallel", "reduction"]} ins(%extracted_slice_29, %extracted_slice_30 : tensor<1x8x2x16xf32>, tensor<8x8x1x3xf32>) outs(%arg49 : tensor<1x8x2x14xf32>) attrs =  {tag = "operation_39"} {
          ^bb0(%in: f32, %in_31: f32, %out: f32):
            %135 = arith.mulf %in, %in_31 : f32
            %136 = arith.addf %out, %135 : f32
            linalg.yield %136 : f32
          } -> tensor<1x8x2x14xf32>
          scf.yield %134 : tensor<1x8x2x14xf32>
        }
        scf.yield %133 : tensor<1x8x2x14xf32>
      }
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %132 into %arg45[0, %130, %131, 0] [1, 8, 2, 14] [1, 1, 1, 1] : tensor<1x8x2x14xf32> into tensor<1x256x14x14xf32>
      }
    }
    %69 = tensor.empty() : tensor<1x256x14x14xf32>
    %70 = scf.forall (%arg43, %arg44) in (128, 14) shared_outs(%arg45 = %69) -> (tensor<1x256x14x14xf32>) {
      %130 = affine.apply #map(%arg43)
      %extracted_slice = tensor.extract_slice %arg26[%130] [2] [1] : tensor<256xf32> to tensor<2xf32>
      %extracted_slice_27 = tensor.extract_slice %arg45[0, %130, %arg44, 0] [1, 2, 1, 14] [1, 1, 1, 1] : tensor<1x256x14x14xf32> to tensor<1x2x1x14xf32>
      %131 = vector.transfer_read %extracted_slice[%c0], %0 {in_bounds = [true]} : tensor<2xf32>, vector<2xf32>
      %132 = vector.broadcast %131 : vector<2xf32> to vector<1x1x14x2xf32>
      %133 = vector.transpose %132, [0, 3, 1, 2] : vector<1x1x14x2xf32> to vector<1x2x1x14xf32>
      %134 = vector.transfer_write %133, %extracted_slice_27[%c0, %c0, %c0, %c0] {in_bounds = [true, true, true, true]} : vector<1x2x1x14xf32>, tensor<1x2x1x14xf32>
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %134 into %arg45[0, %130, %arg44, 0] [1, 2, 1, 14] [1, 1, 1, 1] : tensor<1x2x1x14xf32> into tensor<1x256x14x14xf32>
      }
    }
    %71 = scf.forall (%arg43, %arg44) in (32, 7) shared_outs(%arg45 = %70) -> (tensor<1x256x14x14xf32>) {
      %130 = affine.apply #map5(%arg43)
      %131 = affine.apply #map(%arg44)
      %132 = affine.apply #map1(%arg44)
      %extracted_slice = tensor.extract_slice %60[0, 0, %132, 0] [1, 128, 3, 27] [1, 1, 1, 1] : tensor<1x128x28x28xf32> to tensor<1x128x3x27xf32>
      %extracted_slice_27 = tensor.extract_slice %arg25[%130, 0, 0, 0] [8, 128, 1, 1] [1, 1, 1, 1] : tensor<256x128x1x1xf32> to tensor<8x128x1x1xf32>
      %extracted_slice_28 = tensor.extract_slice %arg45[0, %130, %131, 0] [1, 8, 2, 14] [1, 1, 1, 1] : tensor<1x256x14x14xf32> to tensor<1x8x2x14xf32>
      %133 = scf.for %arg46 = %c0 to %c128 step %c32 iter_args(%arg47 = %extracted_slice_28) -> (tensor<1x8x2x14xf32>) {
        %extracted_slice_29 = tensor.extract_slice %extracted_slice[0, %arg46, 0, 0] [1, 32, 3, 27] [1, 1, 1, 1] : tensor<1x128x3x27xf32> to tensor<1x32x3x27xf32>
        %extracted_slice_30 = tensor.extract_slice %extracted_slice_27[0, %arg46, 0, 0] [8, 32, 1, 1] [1, 1, 1, 1] : tensor<8x128x1x1xf32> to tensor<8x32x1x1xf32>
        %134 = linalg.generic {indexing_maps = [#map19, #map14, #map15], iterator_types = ["reduction", "parallel", "reduction", "parallel", "parallel", "parallel", "reduction"]} ins(%extracted_slice_29, %extracted_slice_30 : tensor<1x32x3x27xf32>, tensor<8x32x1x1xf32>) outs(%arg47 : tensor<1x8x2x14xf32>) attrs =  {tag = "operation_41"} {
        ^bb0(%in: f32, %in_31: f32, %out: f32):
          %135 = arith.mulf %in, %in_31 : f32
          %136 = arith.addf %out, %135 : f32
          linalg.yield %136 : f32
        } -> tensor<1x8x2x14xf32>
        scf.yield %134 : tensor<1x8x2x14xf32>
      }
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %133 into %arg45[0, %130, %131, 0] [1, 8, 2, 14] [1, 1, 1, 1] : tensor<1x8x2x14xf32> into tensor<1x256x14x14xf32>
      }
    }
    %72 = tensor.empty() : tensor<1x256x14x14xf32>
    %73 = scf.forall (%arg43, %arg44) in (128, 7) shared_outs(%arg45 = %72) -> (tensor<1x256x14x14xf32>) {
      %130 = affine.apply #map(%arg43)
      %131 = affine.apply #map(%arg44)
      %extracted_slice = tensor.extract_slice %68[0, %130, %131, 0] [1, 2, 2, 14] [1, 1, 1, 1] : tensor<1x256x14x14xf32> to tensor<1x2x2x14xf32>
      %extracted_slice_27 = tensor.extract_slice %71[0, %130, %131, 0] [1, 2, 2, 14] [1, 1, 1, 1] : tensor<1x256x14x14xf32> to tensor<1x2x2x14xf32>
      %extracted_slice_28 = tensor.extract_slice %arg45[0, %130, %131, 0] [1, 2, 2, 14] [1, 1, 1, 1] : tensor<1x256x14x14xf32> to tensor<1x2x2x14xf32>
      %132 = vector.transfer_read %extracted_slice[%c0, %c0, %c0, %c0], %0 {in_bounds = [true, true, true, true]} : tensor<1x2x2x14xf32>, vector<1x2x2x14xf32>
      %133 = vector.transpose %132, [1, 0, 2, 3] : vector<1x2x2x14xf32> to vector<2x1x2x14xf32>
      %134 = vector.transfer_read %extracted_slice_27[%c0, %c0, %c0, %c0], %0 {in_bounds = [true, true, true, true]} : tensor<1x2x2x14xf32>, vector<1x2x2x14xf32>
      %135 = vector.transpose %134, [1, 0, 2, 3] : vector<1x2x2x14xf32> to vector<2x1x2x14xf32>
      %136 = arith.addf %133, %135 : vector<2x1x2x14xf32>
      %137 = vector.transpose %136, [1, 0, 2, 3] : vector<2x1x2x14xf32> to vector<1x2x2x14xf32>
      %138 = vector.transfer_write %137, %extracted_slice_28[%c0, %c0, %c0, %c0] {in_bounds = [true, true, true, true]} : vector<1x2x2x14xf32>, tensor<1x2x2x14xf32>
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %138 into %arg45[0, %130, %131, 0] [1, 2, 2, 14] [1, 1, 1, 1] : tensor<1x2x2x14xf32> into tensor<1x256x14x14xf32>
      }
    }
    %74 = tensor.empty() : tensor<1x256x14x14xf32>
    %75 = scf.forall (%arg43, %arg44, %arg45) in (64, 14, 14) shared_outs(%arg46 = %74) -> (tensor<1x256x14x14xf32>) {
      %130 = affine.apply #map1(%arg43)
      %extracted_slice = tensor.extract_slice %73[0, %130, %arg44, %arg45] [1, 4, 1, 1] [1, 1, 1, 1] : tensor<1x256x14x14xf32> to tensor<1x4x1x1xf32>
      %extracted_slice_27 = tensor.extract_slice %arg46[0, %130, %arg44, %arg45] [1, 4, 1, 1] [1, 1, 1, 1] : tensor<1x256x14x14xf32> to tensor<1x4x1x1xf32>
      %131 = vector.transfer_read %extracted_slice[%c0, %c0, %c0, %c0], %0 {in_bounds = [true, true, true, true]} : tensor<1x4x1x1xf32>, vector<1x4x1x1xf32>
      %132 = vector.transpose %131, [1, 2, 0, 3] : vector<1x4x1x1xf32> to vector<4x1x1x1xf32>
      %133 = arith.maximumf %132, %cst_3 : vector<4x1x1x1xf32>
      %134 = vector.transpose %133, [2, 0, 1, 3] : vector<4x1x1x1xf32> to vector<1x4x1x1xf32>
      %135 = vector.transfer_write %134, %extracted_slice_27[%c0, %c0, %c0, %c0] {in_bounds = [true, true, true, true]} : vector<1x4x1x1xf32>, tensor<1x4x1x1xf32>
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %135 into %arg46[0, %130, %arg44, %arg45] [1, 4, 1, 1] [1, 1, 1, 1] : tensor<1x4x1x1xf32> into tensor<1x256x14x14xf32>
      }
    }
    %padded_21 = tensor.pad %75 low[0, 0, 1, 1] high[0, 0, 1, 1] {
    ^bb0(%arg43: index, %arg44: index, %arg45: index, %arg46: index):
      tensor.yield %cst_9 : f32
    } : tensor<1x256x14x14xf32> to tensor<1x256x16x16xf32>
    %76 = tensor.empty() : tensor<1x256x14x14xf32>
    %77 = scf.forall (%arg43, %arg44) in (128, 7) shared_outs(%arg45 = %76) -> (tensor<1x256x14x14xf32>) {
      %130 = affine.apply #map(%arg43)
      %131 = affine.apply #map(%arg44)
      %extracted_slice = tensor.extract_slice %arg28[%130] [2] [1] : tensor<256xf32> to tensor<2xf32>
      %extracted_slice_27 = tensor.extract_slice %arg45[0, %130, %131, 0] [1, 2, 2, 14] [1, 1, 1, 1] : tensor<1x256x14x14xf32> to tensor<1x2x2x14xf32>
      %132 = vector.transfer_read %extracted_slice[%c0], %0 {in_bounds = [true]} : tensor<2xf32>, vector<2xf32>
      %133 = vector.broadcast %132 : vector<2xf32> to vector<1x2x14x2xf32>
      %134 = vector.transpose %133, [0, 3, 1, 2] : vector<1x2x14x2xf32> to vector<1x2x2x14xf32>
      %135 = vector.transfer_write %134, %extracted_slice_27[%c0, %c0, %c0, %c0] {in_bounds = [true, true, true, true]} : vector<1x2x2x14xf32>, tensor<1x2x2x14xf32>
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %135 into %arg45[0, %130, %131, 0] [1, 2, 2, 14] [1, 1, 1, 1] : tensor<1x2x2x14xf32> into tensor<1x256x14x14xf32>
      }
    }
    %78 = scf.forall (%arg43, %arg44) in (4, 7) shared_outs(%arg45 = %77) -> (tensor<1x256x14x14xf32>) {
      %130 = affine.apply #map20(%arg43)
      %131 = affine.apply #map(%arg44)
      %extracted_slice = tensor.extract_slice %padded_21[0, 0, %131, 0] [1, 256, 4, 16] [1, 1, 1, 1] : tensor<1x256x16x16xf32> to tensor<1x256x4x16xf32>
      %extracted_slice_27 = tensor.extract_slice %arg27[%130, 0, 0, 0] [64, 256, 3, 3] [1, 1, 1, 1] : tensor<256x256x3x3xf32> to tensor<64x256x3x3xf32>
      %extracted_slice_28 = tensor.extract_slice %arg45[0, %130, %131, 0] [1, 64, 2, 14] [1, 1, 1, 1] : tensor<1x256x14x14xf32> to tensor<1x64x2x14xf32>
      %132 = scf.for %arg46 = %c0 to %c3 step %c1 iter_args(%arg47 = %extracted_slice_28) -> (tensor<1x64x2x14xf32>) {
        %133 = scf.for %arg48 = %c0 to %c256 step %c8 iter_args(%arg49 = %arg47) -> (tensor<1x64x2x14xf32>) {
          %extracted_slice_29 = tensor.extract_slice %extracted_slice[0, %arg48, %arg46, 0] [1, 8, 2, 16] [1, 1, 1, 1] : tensor<1x256x4x16xf32> to tensor<1x8x2x16xf32>
          %extracted_slice_30 = tensor.extract_slice %extracted_slice_27[0, %arg48, %arg46, 0] [64, 8, 1, 3] [1, 1, 1, 1] : tensor<64x256x3x3xf32> to tensor<64x8x1x3xf32>
          %134 = linalg.generic {indexing_maps = [#map13, #map14, #map15], iterator_types = ["reduction", "parallel", "reduction", "parallel", "parallel", "parallel", "reduction"]} ins(%extracted_slice_29, %extracted_slice_30 : tensor<1x8x2x16xf32>, tensor<64x8x1x3xf32>) outs(%arg49 : tensor<1x64x2x14xf32>) attrs =  {tag = "operation_45"} {
          ^bb0(%in: f32, %in_31: f32, %out: f32):
            %135 = arith.mulf %in, %in_31 : f32
            %136 = arith.addf %out, %135 : f32
            linalg.yield %136 : f32
          } -> tensor<1x64x2x14xf32>
          scf.yield %134 : tensor<1x64x2x14xf32>
        }
        scf.yield %133 : tensor<1x64x2x14xf32>
      }
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %132 into %arg45[0, %130, %131, 0] [1, 64, 2, 14] [1, 1, 1, 1] : tensor<1x64x2x14xf32> into tensor<1x256x14x14xf32>
      }
    }
    %79 = tensor.empty() : tensor<1x256x14x14xf32>
    %80 = scf.forall (%arg43, %arg44) in (128, 7) shared_outs(%arg45 = %79) -> (tensor<1x256x14x14xf32>) {
      %130 = affine.apply #map(%arg43)
      %131 = affine.apply #map(%arg44)
      %extracted_slice = tensor.extract_slice %78[0, %130, %131, 0] [1, 2, 2, 14] [1, 1, 1, 1] : tensor<1x256x14x14xf32> to tensor<1x2x2x14xf32>
      %extracted_slice_27 = tensor.extract_slice %arg45[0, %130, %131, 0] [1, 2, 2, 14] [1, 1, 1, 1] : tensor<1x256x14x14xf32> to tensor<1x2x2x14xf32>
      %132 = vector.transfer_read %extracted_slice[%c0, %c0, %c0, %c0], %0 {in_bounds = [true, true, true, true]} : tensor<1x2x2x14xf32>, vector<1x2x2x14xf32>
      %133 = vector.transpose %132, [1, 0, 2, 3] : vector<1x2x2x14xf32> to vector<2x1x2x14xf32>
      %134 = arith.maximumf %133, %cst_4 : vector<2x1x2x14xf32>
      %135 = vector.transpose %134, [1, 0, 2, 3] : vector<2x1x2x14xf32> to vector<1x2x2x14xf32>
      %136 = vector.transfer_write %135, %extracted_slice_27[%c0, %c0, %c0, %c0] {in_bounds = [true, true, true, true]} : vector<1x2x2x14xf32>, tensor<1x2x2x14xf32>
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %136 into %arg45[0, %130, %131, 0] [1, 2, 2, 14] [1, 1, 1, 1] : tensor<1x2x2x14xf32> into tensor<1x256x14x14xf32>
      }
    }
    %padded_22 = tensor.pad %80 low[0, 0, 1, 1] high[0, 0, 1, 1] {
    ^bb0(%arg43: index, %arg44: index, %arg45: index, %arg46: index):
      tensor.yield %cst_9 : f32
    } : tensor<1x256x14x14xf32> to tensor<1x256x16x16xf32>
    %81 = tensor.empty() : tensor<1x256x14x14xf32>
    %82 = scf.forall (%arg43, %arg44) in (128, 14) shared_outs(%arg45 = %81) -> (tensor<1x256x14x14xf32>) {
      %130 = affine.apply #map(%arg43)
      %extracted_slice = tensor.extract_slice %arg30[%130] [2] [1] : tensor<256xf32> to tensor<2xf32>
      %extracted_slice_27 = tensor.extract_slice %arg45[0, %130, %arg44, 0] [1, 2, 1, 14] [1, 1, 1, 1] : tensor<1x256x14x14xf32> to tensor<1x2x1x14xf32>
      %131 = vector.transfer_read %extracted_slice[%c0], %0 {in_bounds = [true]} : tensor<2xf32>, vector<2xf32>
      %132 = vector.broadcast %131 : vector<2xf32> to vector<1x1x14x2xf32>
      %133 = vector.transpose %132, [0, 3, 1, 2] : vector<1x1x14x2xf32> to vector<1x2x1x14xf32>
      %134 = vector.transfer_write %133, %extracted_slice_27[%c0, %c0, %c0, %c0] {in_bounds = [true, true, true, true]} : vector<1x2x1x14xf32>, tensor<1x2x1x14xf32>
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %134 into %arg45[0, %130, %arg44, 0] [1, 2, 1, 14] [1, 1, 1, 1] : tensor<1x2x1x14xf32> into tensor<1x256x14x14xf32>
      }
    }
    %83 = scf.forall (%arg43) in (32) shared_outs(%arg44 = %82) -> (tensor<1x256x14x14xf32>) {
      %130 = affine.apply #map5(%arg43)
      %extracted_slice = tensor.extract_slice %arg29[%130, 0, 0, 0] [8, 256, 3, 3] [1, 1, 1, 1] : tensor<256x256x3x3xf32> to tensor<8x256x3x3xf32>
      %extracted_slice_27 = tensor.extract_slice %arg44[0, %130, 0, 0] [1, 8, 14, 14] [1, 1, 1, 1] : tensor<1x256x14x14xf32> to tensor<1x8x14x14xf32>
      %131 = scf.for %arg45 = %c0 to %c3 step %c1 iter_args(%arg46 = %extracted_slice_27) -> (tensor<1x8x14x14xf32>) {
        %132 = scf.for %arg47 = %c0 to %c256 step %c8 iter_args(%arg48 = %arg46) -> (tensor<1x8x14x14xf32>) {
          %extracted_slice_28 = tensor.extract_slice %padded_22[0, %arg47, %arg45, 0] [1, 8, 14, 16] [1, 1, 1, 1] : tensor<1x256x16x16xf32> to tensor<1x8x14x16xf32>
          %extracted_slice_29 = tensor.extract_slice %extracted_slice[0, %arg47, %arg45, 0] [8, 8, 1, 3] [1, 1, 1, 1] : tensor<8x256x3x3xf32> to tensor<8x8x1x3xf32>
          %133 = linalg.generic {indexing_maps = [#map17, #map14, #map18], iterator_types = ["reduction", "parallel", "reduction", "parallel", "parallel", "parallel", "reduction"]} ins(%extracted_slice_28, %extracted_slice_29 : tensor<1x8x14x16xf32>, tensor<8x8x1x3xf32>) outs(%arg48 : tensor<1x8x14x14xf32>) attrs =  {tag = "operation_48"} {
          ^bb0(%in: f32, %in_30: f32, %out: f32):
            %134 = arith.mulf %in, %in_30 : f32
            %135 = arith.addf %out, %134 : f32
            linalg.yield %135 : f32
          } -> tensor<1x8x14x14xf32>
          scf.yield %133 : tensor<1x8x14x14xf32>
        }
        scf.yield %132 : tensor<1x8x14x14xf32>
      }
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %131 into %arg44[0, %130, 0, 0] [1, 8, 14, 14] [1, 1, 1, 1] : tensor<1x8x14x14xf32> into tensor<1x256x14x14xf32>
      }
    }
    %84 = tensor.empty() : tensor<1x256x14x14xf32>
    %85 = scf.forall (%arg43) in (128) shared_outs(%arg44 = %84) -> (tensor<1x256x14x14xf32>) {
      %130 = affine.apply #map(%arg43)
      %extracted_slice = tensor.extract_slice %83[0, %130, 0, 0] [1, 2, 14, 14] [1, 1, 1, 1] : tensor<1x256x14x14xf32> to tensor<1x2x14x14xf32>
      %extracted_slice_27 = tensor.extract_slice %75[0, %130, 0, 0] [1, 2, 14, 14] [1, 1, 1, 1] : tensor<1x256x14x14xf32> to tensor<1x2x14x14xf32>
      %extracted_slice_28 = tensor.extract_slice %arg44[0, %130, 0, 0] [1, 2, 14, 14] [1, 1, 1, 1] : tensor<1x256x14x14xf32> to tensor<1x2x14x14xf32>
      %131 = vector.transfer_read %extracted_slice[%c0, %c0, %c0, %c0], %0 {in_bounds = [true, true, true, true]} : tensor<1x2x14x14xf32>, vector<1x2x14x14xf32>
      %132 = vector.transpose %131, [1, 2, 0, 3] : vector<1x2x14x14xf32> to vector<2x14x1x14xf32>
      %133 = vector.transfer_read %extracted_slice_27[%c0, %c0, %c0, %c0], %0 {in_bounds = [true, true, true, true]} : tensor<1x2x14x14xf32>, vector<1x2x14x14xf32>
      %134 = vector.transpose %133, [1, 2, 0, 3] : vector<1x2x14x14xf32> to vector<2x14x1x14xf32>
      %135 = arith.addf %132, %134 : vector<2x14x1x14xf32>
      %136 = vector.transpose %135, [2, 0, 1, 3] : vector<2x14x1x14xf32> to vector<1x2x14x14xf32>
      %137 = vector.transfer_write %136, %extracted_slice_28[%c0, %c0, %c0, %c0] {in_bounds = [true, true, true, true]} : vector<1x2x14x14xf32>, tensor<1x2x14x14xf32>
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %137 into %arg44[0, %130, 0, 0] [1, 2, 14, 14] [1, 1, 1, 1] : tensor<1x2x14x14xf32> into tensor<1x256x14x14xf32>
      }
    }
    %86 = tensor.empty() : tensor<1x256x14x14xf32>
    %87 = scf.forall (%arg43, %arg44) in (128, 7) shared_outs(%arg45 = %86) -> (tensor<1x256x14x14xf32>) {
      %130 = affine.apply #map(%arg43)
      %131 = affine.apply #map(%arg44)
      %extracted_slice = tensor.extract_slice %85[0, %130, %131, 0] [1, 2, 2, 14] [1, 1, 1, 1] : tensor<1x256x14x14xf32> to tensor<1x2x2x14xf32>
      %extracted_slice_27 = tensor.extract_slice %arg45[0, %130, %131, 0] [1, 2, 2, 14] [1, 1, 1, 1] : tensor<1x256x14x14xf32> to tensor<1x2x2x14xf32>
      %132 = vector.transfer_read %extracted_slice[%c0, %c0, %c0, %c0], %0 {in_bounds = [true, true, true, true]} : tensor<1x2x2x14xf32>, vector<1x2x2x14xf32>
      %133 = vector.transpose %132, [1, 0, 2, 3] : vector<1x2x2x14xf32> to vector<2x1x2x14xf32>
      %134 = arith.maximumf %133, %cst_4 : vector<2x1x2x14xf32>
      %135 = vector.transpose %134, [1, 0, 2, 3] : vector<2x1x2x14xf32> to vector<1x2x2x14xf32>
      %136 = vector.transfer_write %135, %extracted_slice_27[%c0, %c0, %c0, %c0] {in_bounds = [true, true, true, true]} : vector<1x2x2x14xf32>, tensor<1x2x2x14xf32>
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %136 into %arg45[0, %130, %131, 0] [1, 2, 2, 14] [1, 1, 1, 1] : tensor<1x2x2x14xf32> into tensor<1x256x14x14xf32>
      }
    }
    %padded_23 = tensor.pad %87 low[0, 0, 1, 1] high[0, 0, 1, 1] {
    ^bb0(%arg43: index, %arg44: index, %arg45: index, %arg46: index):
      tensor.yield %cst_9 : f32
    } : tensor<1x256x14x14xf32> to tensor<1x256x16x16xf32>
    %88 = tensor.empty() : tensor<1x512x7x7xf32>
    %89 = scf.forall (%arg43) in (128) shared_outs(%arg44 = %88) -> (tensor<1x512x7x7xf32>) {
      %130 = affine.apply #map1(%arg43)
      %extracted_slice = tensor.extract_slice %arg32[%130] [4] [1] : tensor<512xf32> to tensor<4xf32>
      %extracted_slice_27 = tensor.extract_slice %arg44[0, %130, 0, 0] [1, 4, 7, 7] [1, 1, 1, 1] : tensor<1x512x7x7xf32> to tensor<1x4x7x7xf32>
      %131 = vector.transfer_read %extracted_slice[%c0], %0 {in_bounds = [true]} : tensor<4xf32>, vector<4xf32>
      %132 = vector.broadcast %131 : vector<4xf32> to vector<1x7x7x4xf32>
      %133 = vector.transpose %132, [0, 3, 1, 2] : vector<1x7x7x4xf32> to vector<1x4x7x7xf32>
      %134 = vector.transfer_write %133, %extracted_slice_27[%c0, %c0, %c0, %c0] {in_bounds = [true, true, true, true]} : vector<1x4x7x7xf32>, tensor<1x4x7x7xf32>
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %134 into %arg44[0, %130, 0, 0] [1, 4, 7, 7] [1, 1, 1, 1] : tensor<1x4x7x7xf32> into tensor<1x512x7x7xf32>
      }
    }
    %90 = scf.forall (%arg43) in (256) shared_outs(%arg44 = %89) -> (tensor<1x512x7x7xf32>) {
      %130 = affine.apply #map(%arg43)
      %extracted_slice = tensor.extract_slice %padded_23[0, 0, 0, 0] [1, 256, 15, 15] [1, 1, 1, 1] : tensor<1x256x16x16xf32> to tensor<1x256x15x15xf32>
      %extracted_slice_27 = tensor.extract_slice %arg31[%130, 0, 0, 0] [2, 256, 3, 3] [1, 1, 1, 1] : tensor<512x256x3x3xf32> to tensor<2x256x3x3xf32>
      %extracted_slice_28 = tensor.extract_slice %arg44[0, %130, 0, 0] [1, 2, 7, 7] [1, 1, 1, 1] : tensor<1x512x7x7xf32> to tensor<1x2x7x7xf32>
      %131 = scf.for %arg45 = %c0 to %c3 step %c1 iter_args(%arg46 = %extracted_slice_28) -> (tensor<1x2x7x7xf32>) {
        %132 = scf.for %arg47 = %c0 to %c256 step %c16 iter_args(%arg48 = %arg46) -> (tensor<1x2x7x7xf32>) {
          %extracted_slice_29 = tensor.extract_slice %extracted_slice[0, %arg47, %arg45, 0] [1, 16, 13, 15] [1, 1, 1, 1] : tensor<1x256x15x15xf32> to tensor<1x16x13x15xf32>
          %extracted_slice_30 = tensor.extract_slice %extracted_slice_27[0, %arg47, %arg45, 0] [2, 16, 1, 3] [1, 1, 1, 1] : tensor<2x256x3x3xf32> to tensor<2x16x1x3xf32>
          %133 = linalg.generic {indexing_maps = [#map19, #map14, #map15], iterator_types = ["reduction", "parallel", "reduction", "parallel", "parallel", "parallel", "reduction"]} ins(%extracted_slice_29, %extracted_slice_30 : tensor<1x16x13x15xf32>, tensor<2x16x1x3xf32>) outs(%arg48 : tensor<1x2x7x7xf32>) attrs =  {tag = "operation_52"} {
          ^bb0(%in: f32, %in_31: f32, %out: f32):
            %134 = arith.mulf %in, %in_31 : f32
            %135 = arith.addf %out, %134 : f32
            linalg.yield %135 : f32
          } -> tensor<1x2x7x7xf32>
          scf.yield %133 : tensor<1x2x7x7xf32>
        }
        scf.yield %132 : tensor<1x2x7x7xf32>
      }
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %131 into %arg44[0, %130, 0, 0] [1, 2, 7, 7] [1, 1, 1, 1] : tensor<1x2x7x7xf32> into tensor<1x512x7x7xf32>
      }
    }
    %91 = tensor.empty() : tensor<1x512x7x7xf32>
    %92 = scf.forall (%arg43, %arg44) in (64, 7) shared_outs(%arg45 = %91) -> (tensor<1x512x7x7xf32>) {
      %130 = affine.apply #map5(%arg43)
      %extracted_slice = tensor.extract_slice %90[0, %130, %arg44, 0] [1, 8, 1, 7] [1, 1, 1, 1] : tensor<1x512x7x7xf32> to tensor<1x8x1x7xf32>
      %extracted_slice_27 = tensor.extract_slice %arg45[0, %130, %arg44, 0] [1, 8, 1, 7] [1, 1, 1, 1] : tensor<1x512x7x7xf32> to tensor<1x8x1x7xf32>
      %131 = vector.transfer_read %extracted_slice[%c0, %c0, %c0, %c0], %0 {in_bounds = [true, true, true, true]} : tensor<1x8x1x7xf32>, vector<1x8x1x7xf32>
      %132 = vector.transpose %131, [1, 0, 2, 3] : vector<1x8x1x7xf32> to vector<8x1x1x7xf32>
      %133 = arith.maximumf %132, %cst_2 : vector<8x1x1x7xf32>
      %134 = vector.transpose %133, [1, 0, 2, 3] : vector<8x1x1x7xf32> to vector<1x8x1x7xf32>
      %135 = vector.transfer_write %134, %extracted_slice_27[%c0, %c0, %c0, %c0] {in_bounds = [true, true, true, true]} : vector<1x8x1x7xf32>, tensor<1x8x1x7xf32>
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %135 into %arg45[0, %130, %arg44, 0] [1, 8, 1, 7] [1, 1, 1, 1] : tensor<1x8x1x7xf32> into tensor<1x512x7x7xf32>
      }
    }
    %padded_24 = tensor.pad %92 low[0, 0, 1, 1] high[0, 0, 1, 1] {
    ^bb0(%arg43: index, %arg44: index, %arg45: index, %arg46: index):
      tensor.yield %cst_9 : f32
    } : tensor<1x512x7x7xf32> to tensor<1x512x9x9xf32>
    %93 = tensor.empty() : tensor<1x512x7x7xf32>
    %94 = scf.forall (%arg43, %arg44) in (256, 7) shared_outs(%arg45 = %93) -> (tensor<1x512x7x7xf32>) {
      %130 = affine.apply #map(%arg43)
      %extracted_slice = tensor.extract_slice %arg34[%130] [2] [1] : tensor<512xf32> to tensor<2xf32>
      %extracted_slice_27 = tensor.extract_slice %arg45[0, %130, %arg44, 0] [1, 2, 1, 7] [1, 1, 1, 1] : tensor<1x512x7x7xf32> to tensor<1x2x1x7xf32>
      %131 = vector.transfer_read %extracted_slice[%c0], %0 {in_bounds = [true]} : tensor<2xf32>, vector<2xf32>
      %132 = vector.broadcast %131 : vector<2xf32> to vector<1x1x7x2xf32>
      %133 = vector.transpose %132, [0, 3, 1, 2] : vector<1x1x7x2xf32> to vector<1x2x1x7xf32>
      %134 = vector.transfer_write %133, %extracted_slice_27[%c0, %c0, %c0, %c0] {in_bounds = [true, true, true, true]} : vector<1x2x1x7xf32>, tensor<1x2x1x7xf32>
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %134 into %arg45[0, %130, %arg44, 0] [1, 2, 1, 7] [1, 1, 1, 1] : tensor<1x2x1x7xf32> into tensor<1x512x7x7xf32>
      }
    }
    %95 = scf.forall (%arg43, %arg44) in (8, 7) shared_outs(%arg45 = %94) -> (tensor<1x512x7x7xf32>) {
      %130 = affine.apply #map20(%arg43)
      %extracted_slice = tensor.extract_slice %padded_24[0, 0, %arg44, 0] [1, 512, 3, 9] [1, 1, 1, 1] : tensor<1x512x9x9xf32> to tensor<1x512x3x9xf32>
      %extracted_slice_27 = tensor.extract_slice %arg33[%130, 0, 0, 0] [64, 512, 3, 3] [1, 1, 1, 1] : tensor<512x512x3x3xf32> to tensor<64x512x3x3xf32>
      %extracted_slice_28 = tensor.extract_slice %arg45[0, %130, %arg44, 0] [1, 64, 1, 7] [1, 1, 1, 1] : tensor<1x512x7x7xf32> to tensor<1x64x1x7xf32>
      %131 = scf.for %arg46 = %c0 to %c512 step %c8 iter_args(%arg47 = %extracted_slice_28) -> (tensor<1x64x1x7xf32>) {
        %extracted_slice_29 = tensor.extract_slice %extracted_slice[0, %arg46, 0, 0] [1, 8, 3, 9] [1, 1, 1, 1] : tensor<1x512x3x9xf32> to tensor<1x8x3x9xf32>
        %extracted_slice_30 = tensor.extract_slice %extracted_slice_27[0, %arg46, 0, 0] [64, 8, 3, 3] [1, 1, 1, 1] : tensor<64x512x3x3xf32> to tensor<64x8x3x3xf32>
        %132 = linalg.generic {indexing_maps = [#map13, #map14, #map15], iterator_types = ["reduction", "parallel", "reduction", "parallel", "parallel", "parallel", "reduction"]} ins(%extracted_slice_29, %extracted_slice_30 : tensor<1x8x3x9xf32>, tensor<64x8x3x3xf32>) outs(%arg47 : tensor<1x64x1x7xf32>) attrs =  {tag = "operation_55"} {
        ^bb0(%in: f32, %in_31: f32, %out: f32):
          %133 = arith.mulf %in, %in_31 : f32
          %134 = arith.addf %out, %133 : f32
          linalg.yield %134 : f32
        } -> tensor<1x64x1x7xf32>
        scf.yield %132 : tensor<1x64x1x7xf32>
      }
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %131 into %arg45[0, %130, %arg44, 0] [1, 64, 1, 7] [1, 1, 1, 1] : tensor<1x64x1x7xf32> into tensor<1x512x7x7xf32>
      }
    }
    %96 = tensor.empty() : tensor<1x512x7x7xf32>
    %97 = scf.forall (%arg43, %arg44) in (256, 7) shared_outs(%arg45 = %96) -> (tensor<1x512x7x7xf32>) {
      %130 = affine.apply #map(%arg43)
      %extracted_slice = tensor.extract_slice %arg36[%130] [2] [1] : tensor<512xf32> to tensor<2xf32>
      %extracted_slice_27 = tensor.extract_slice %arg45[0, %130, %arg44, 0] [1, 2, 1, 7] [1, 1, 1, 1] : tensor<1x512x7x7xf32> to tensor<1x2x1x7xf32>
      %131 = vector.transfer_read %extracted_slice[%c0], %0 {in_bounds = [true]} : tensor<2xf32>, vector<2xf32>
      %132 = vector.broadcast %131 : vector<2xf32> to vector<1x1x7x2xf32>
      %133 = vector.transpose %132, [0, 3, 1, 2] : vector<1x1x7x2xf32> to vector<1x2x1x7xf32>
      %134 = vector.transfer_write %133, %extracted_slice_27[%c0, %c0, %c0, %c0] {in_bounds = [true, true, true, true]} : vector<1x2x1x7xf32>, tensor<1x2x1x7xf32>
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %134 into %arg45[0, %130, %arg44, 0] [1, 2, 1, 7] [1, 1, 1, 1] : tensor<1x2x1x7xf32> into tensor<1x512x7x7xf32>
      }
    }
    %98 = scf.forall (%arg43) in (8) shared_outs(%arg44 = %97) -> (tensor<1x512x7x7xf32>) {
      %130 = affine.apply #map20(%arg43)
      %extracted_slice = tensor.extract_slice %87[0, 0, 0, 0] [1, 256, 13, 13] [1, 1, 1, 1] : tensor<1x256x14x14xf32> to tensor<1x256x13x13xf32>
      %extracted_slice_27 = tensor.extract_slice %arg35[%130, 0, 0, 0] [64, 256, 1, 1] [1, 1, 1, 1] : tensor<512x256x1x1xf32> to tensor<64x256x1x1xf32>
      %extracted_slice_28 = tensor.extract_slice %arg44[0, %130, 0, 0] [1, 64, 7, 7] [1, 1, 1, 1] : tensor<1x512x7x7xf32> to tensor<1x64x7x7xf32>
      %131 = scf.for %arg45 = %c0 to %c256 step %c16 iter_args(%arg46 = %extracted_slice_28) -> (tensor<1x64x7x7xf32>) {
        %extracted_slice_29 = tensor.extract_slice %extracted_slice[0, %arg45, 0, 0] [1, 16, 13, 13] [1, 1, 1, 1] : tensor<1x256x13x13xf32> to tensor<1x16x13x13xf32>
        %extracted_slice_30 = tensor.extract_slice %extracted_slice_27[0, %arg45, 0, 0] [64, 16, 1, 1] [1, 1, 1, 1] : tensor<64x256x1x1xf32> to tensor<64x16x1x1xf32>
        %132 = linalg.generic {indexing_maps = [#map21, #map22, #map23], iterator_types = ["reduction", "parallel", "parallel", "parallel", "reduction", "parallel", "reduction"]} ins(%extracted_slice_29, %extracted_slice_30 : tensor<1x16x13x13xf32>, tensor<64x16x1x1xf32>) outs(%arg46 : tensor<1x64x7x7xf32>) attrs =  {tag = "operation_57"} {
        ^bb0(%in: f32, %in_31: f32, %out: f32):
          %133 = arith.mulf %in, %in_31 : f32
          %134 = arith.addf %out, %133 : f32
          linalg.yield %134 : f32
        } -> tensor<1x64x7x7xf32>
        scf.yield %132 : tensor<1x64x7x7xf32>
      }
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %131 into %arg44[0, %130, 0, 0] [1, 64, 7, 7] [1, 1, 1, 1] : tensor<1x64x7x7xf32> into tensor<1x512x7x7xf32>
      }
    }
    %99 = tensor.empty() : tensor<1x512x7x7xf32>
    %100 = scf.forall (%arg43, %arg44) in (256, 7) shared_outs(%arg45 = %99) -> (tensor<1x512x7x7xf32>) {
      %130 = affine.apply #map(%arg43)
      %extracted_slice = tensor.extract_slice %95[0, %130, %arg44, 0] [1, 2, 1, 7] [1, 1, 1, 1] : tensor<1x512x7x7xf32> to tensor<1x2x1x7xf32>
      %extracted_slice_27 = tensor.extract_slice %98[0, %130, %arg44, 0] [1, 2, 1, 7] [1, 1, 1, 1] : tensor<1x512x7x7xf32> to tensor<1x2x1x7xf32>
      %extracted_slice_28 = tensor.extract_slice %arg45[0, %130, %arg44, 0] [1, 2, 1, 7] [1, 1, 1, 1] : tensor<1x512x7x7xf32> to tensor<1x2x1x7xf32>
      %131 = vector.transfer_read %extracted_slice[%c0, %c0, %c0, %c0], %0 {in_bounds = [true, true, true, true]} : tensor<1x2x1x7xf32>, vector<1x2x1x7xf32>
      %132 = vector.transpose %131, [1, 0, 2, 3] : vector<1x2x1x7xf32> to vector<2x1x1x7xf32>
      %133 = vector.transfer_read %extracted_slice_27[%c0, %c0, %c0, %c0], %0 {in_bounds = [true, true, true, true]} : tensor<1x2x1x7xf32>, vector<1x2x1x7xf32>
      %134 = vector.transpose %133, [1, 0, 2, 3] : vector<1x2x1x7xf32> to vector<2x1x1x7xf32>
      %135 = arith.addf %132, %134 : vector<2x1x1x7xf32>
      %136 = vector.transpose %135, [1, 0, 2, 3] : vector<2x1x1x7xf32> to vector<1x2x1x7xf32>
      %137 = vector.transfer_write %136, %extracted_slice_28[%c0, %c0, %c0, %c0] {in_bounds = [true, true, true, true]} : vector<1x2x1x7xf32>, tensor<1x2x1x7xf32>
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %137 into %arg45[0, %130, %arg44, 0] [1, 2, 1, 7] [1, 1, 1, 1] : tensor<1x2x1x7xf32> into tensor<1x512x7x7xf32>
      }
    }
    %101 = tensor.empty() : tensor<1x512x7x7xf32>
    %102 = scf.forall (%arg43, %arg44) in (256, 7) shared_outs(%arg45 = %101) -> (tensor<1x512x7x7xf32>) {
      %130 = affine.apply #map(%arg43)
      %extracted_slice = tensor.extract_slice %100[0, %130, %arg44, 0] [1, 2, 1, 7] [1, 1, 1, 1] : tensor<1x512x7x7xf32> to tensor<1x2x1x7xf32>
      %extracted_slice_27 = tensor.extract_slice %arg45[0, %130, %arg44, 0] [1, 2, 1, 7] [1, 1, 1, 1] : tensor<1x512x7x7xf32> to tensor<1x2x1x7xf32>
      %131 = vector.transfer_read %extracted_slice[%c0, %c0, %c0, %c0], %0 {in_bounds = [true, true, true, true]} : tensor<1x2x1x7xf32>, vector<1x2x1x7xf32>
      %132 = vector.transpose %131, [1, 0, 2, 3] : vector<1x2x1x7xf32> to vector<2x1x1x7xf32>
      %133 = arith.maximumf %132, %cst_1 : vector<2x1x1x7xf32>
      %134 = vector.transpose %133, [1, 0, 2, 3] : vector<2x1x1x7xf32> to vector<1x2x1x7xf32>
      %135 = vector.transfer_write %134, %extracted_slice_27[%c0, %c0, %c0, %c0] {in_bounds = [true, true, true, true]} : vector<1x2x1x7xf32>, tensor<1x2x1x7xf32>
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %135 into %arg45[0, %130, %arg44, 0] [1, 2, 1, 7] [1, 1, 1, 1] : tensor<1x2x1x7xf32> into tensor<1x512x7x7xf32>
      }
    }
    %padded_25 = tensor.pad %102 low[0, 0, 1, 1] high[0, 0, 1, 1] {
    ^bb0(%arg43: index, %arg44: index, %arg45: index, %arg46: index):
      tensor.yield %cst_9 : f32
    } : tensor<1x512x7x7xf32> to tensor<1x512x9x9xf32>
    %103 = tensor.empty() : tensor<1x512x7x7xf32>
    %104 = scf.forall (%arg43, %arg44) in (256, 7) shared_outs(%arg45 = %103) -> (tensor<1x512x7x7xf32>) {
      %130 = affine.apply #map(%arg43)
      %extracted_slice = tensor.extract_slice %arg38[%130] [2] [1] : tensor<512xf32> to tensor<2xf32>
      %extracted_slice_27 = tensor.extract_slice %arg45[0, %130, %arg44, 0] [1, 2, 1, 7] [1, 1, 1, 1] : tensor<1x512x7x7xf32> to tensor<1x2x1x7xf32>
      %131 = vector.transfer_read %extracted_slice[%c0], %0 {in_bounds = [true]} : tensor<2xf32>, vector<2xf32>
      %132 = vector.broadcast %131 : vector<2xf32> to vector<1x1x7x2xf32>
      %133 = vector.transpose %132, [0, 3, 1, 2] : vector<1x1x7x2xf32> to vector<1x2x1x7xf32>
      %134 = vector.transfer_write %133, %extracted_slice_27[%c0, %c0, %c0, %c0] {in_bounds = [true, true, true, true]} : vector<1x2x1x7xf32>, tensor<1x2x1x7xf32>
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %134 into %arg45[0, %130, %arg44, 0] [1, 2, 1, 7] [1, 1, 1, 1] : tensor<1x2x1x7xf32> into tensor<1x512x7x7xf32>
      }
    }
    %105 = scf.forall (%arg43, %arg44) in (64, 7) shared_outs(%arg45 = %104) -> (tensor<1x512x7x7xf32>) {
      %130 = affine.apply #map5(%arg43)
      %extracted_slice = tensor.extract_slice %padded_25[0, 0, %arg44, 0] [1, 512, 3, 9] [1, 1, 1, 1] : tensor<1x512x9x9xf32> to tensor<1x512x3x9xf32>
      %extracted_slice_27 = tensor.extract_slice %arg37[%130, 0, 0, 0] [8, 512, 3, 3] [1, 1, 1, 1] : tensor<512x512x3x3xf32> to tensor<8x512x3x3xf32>
      %extracted_slice_28 = tensor.extract_slice %arg45[0, %130, %arg44, 0] [1, 8, 1, 7] [1, 1, 1, 1] : tensor<1x512x7x7xf32> to tensor<1x8x1x7xf32>
      %131 = scf.for %arg46 = %c0 to %c3 step %c1 iter_args(%arg47 = %extracted_slice_28) -> (tensor<1x8x1x7xf32>) {
        %132 = scf.for %arg48 = %c0 to %c512 step %c8 iter_args(%arg49 = %arg47) -> (tensor<1x8x1x7xf32>) {
          %extracted_slice_29 = tensor.extract_slice %extracted_slice[0, %arg48, %arg46, 0] [1, 8, 1, 9] [1, 1, 1, 1] : tensor<1x512x3x9xf32> to tensor<1x8x1x9xf32>
          %extracted_slice_30 = tensor.extract_slice %extracted_slice_27[0, %arg48, %arg46, 0] [8, 8, 1, 3] [1, 1, 1, 1] : tensor<8x512x3x3xf32> to tensor<8x8x1x3xf32>
          %133 = linalg.generic {indexing_maps = [#map13, #map14, #map15], iterator_types = ["reduction", "parallel", "reduction", "parallel", "parallel", "parallel", "reduction"]} ins(%extracted_slice_29, %extracted_slice_30 : tensor<1x8x1x9xf32>, tensor<8x8x1x3xf32>) outs(%arg49 : tensor<1x8x1x7xf32>) attrs =  {tag = "operation_61"} {
          ^bb0(%in: f32, %in_31: f32, %out: f32):
            %134 = arith.mulf %in, %in_31 : f32
            %135 = arith.addf %out, %134 : f32
            linalg.yield %135 : f32
          } -> tensor<1x8x1x7xf32>
          scf.yield %133 : tensor<1x8x1x7xf32>
        }
        scf.yield %132 : tensor<1x8x1x7xf32>
      }
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %131 into %arg45[0, %130, %arg44, 0] [1, 8, 1, 7] [1, 1, 1, 1] : tensor<1x8x1x7xf32> into tensor<1x512x7x7xf32>
      }
    }
    %106 = tensor.empty() : tensor<1x512x7x7xf32>
    %107 = scf.forall (%arg43, %arg44) in (256, 7) shared_outs(%arg45 = %106) -> (tensor<1x512x7x7xf32>) {
      %130 = affine.apply #map(%arg43)
      %extracted_slice = tensor.extract_slice %105[0, %130, %arg44, 0] [1, 2, 1, 7] [1, 1, 1, 1] : tensor<1x512x7x7xf32> to tensor<1x2x1x7xf32>
      %extracted_slice_27 = tensor.extract_slice %arg45[0, %130, %arg44, 0] [1, 2, 1, 7] [1, 1, 1, 1] : tensor<1x512x7x7xf32> to tensor<1x2x1x7xf32>
      %131 = vector.transfer_read %extracted_slice[%c0, %c0, %c0, %c0], %0 {in_bounds = [true, true, true, true]} : tensor<1x2x1x7xf32>, vector<1x2x1x7xf32>
      %132 = vector.transpose %131, [1, 0, 2, 3] : vector<1x2x1x7xf32> to vector<2x1x1x7xf32>
      %133 = arith.maximumf %132, %cst_1 : vector<2x1x1x7xf32>
      %134 = vector.transpose %133, [1, 0, 2, 3] : vector<2x1x1x7xf32> to vector<1x2x1x7xf32>
      %135 = vector.transfer_write %134, %extracted_slice_27[%c0, %c0, %c0, %c0] {in_bounds = [true, true, true, true]} : vector<1x2x1x7xf32>, tensor<1x2x1x7xf32>
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %135 into %arg45[0, %130, %arg44, 0] [1, 2, 1, 7] [1, 1, 1, 1] : tensor<1x2x1x7xf32> into tensor<1x512x7x7xf32>
      }
    }
    %padded_26 = tensor.pad %107 low[0, 0, 1, 1] high[0, 0, 1, 1] {
    ^bb0(%arg43: index, %arg44: index, %arg45: index, %arg46: index):
      tensor.yield %cst_9 : f32
    } : tensor<1x512x7x7xf32> to tensor<1x512x9x9xf32>
    %108 = tensor.empty() : tensor<1x512x7x7xf32>
    %109 = scf.forall (%arg43, %arg44) in (256, 7) shared_outs(%arg45 = %108) -> (tensor<1x512x7x7xf32>) {
      %130 = affine.apply #map(%arg43)
      %extracted_slice = tensor.extract_slice %arg40[%130] [2] [1] : tensor<512xf32> to tensor<2xf32>
      %extracted_slice_27 = tensor.extract_slice %arg45[0, %130, %arg44, 0] [1, 2, 1, 7] [1, 1, 1, 1] : tensor<1x512x7x7xf32> to tensor<1x2x1x7xf32>
      %131 = vector.transfer_read %extracted_slice[%c0], %0 {in_bounds = [true]} : tensor<2xf32>, vector<2xf32>
      %132 = vector.broadcast %131 : vector<2xf32> to vector<1x1x7x2xf32>
      %133 = vector.transpose %132, [0, 3, 1, 2] : vector<1x1x7x2xf32> to vector<1x2x1x7xf32>
      %134 = vector.transfer_write %133, %extracted_slice_27[%c0, %c0, %c0, %c0] {in_bounds = [true, true, true, true]} : vector<1x2x1x7xf32>, tensor<1x2x1x7xf32>
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %134 into %arg45[0, %130, %arg44, 0] [1, 2, 1, 7] [1, 1, 1, 1] : tensor<1x2x1x7xf32> into tensor<1x512x7x7xf32>
      }
    }
    %110 = scf.forall (%arg43, %arg44) in (256, 7) shared_outs(%arg45 = %109) -> (tensor<1x512x7x7xf32>) {
      %130 = affine.apply #map(%arg43)
      %extracted_slice = tensor.extract_slice %padded_26[0, 0, %arg44, 0] [1, 512, 3, 9] [1, 1, 1, 1] : tensor<1x512x9x9xf32> to tensor<1x512x3x9xf32>
      %extracted_slice_27 = tensor.extract_slice %arg39[%130, 0, 0, 0] [2, 512, 3, 3] [1, 1, 1, 1] : tensor<512x512x3x3xf32> to tensor<2x512x3x3xf32>
      %extracted_slice_28 = tensor.extract_slice %arg45[0, %130, %arg44, 0] [1, 2, 1, 7] [1, 1, 1, 1] : tensor<1x512x7x7xf32> to tensor<1x2x1x7xf32>
      %131 = scf.for %arg46 = %c0 to %c3 step %c1 iter_args(%arg47 = %extracted_slice_28) -> (tensor<1x2x1x7xf32>) {
        %132 = scf.for %arg48 = %c0 to %c512 step %c8 iter_args(%arg49 = %arg47) -> (tensor<1x2x1x7xf32>) {
          %extracted_slice_29 = tensor.extract_slice %extracted_slice[0, %arg48, %arg46, 0] [1, 8, 1, 9] [1, 1, 1, 1] : tensor<1x512x3x9xf32> to tensor<1x8x1x9xf32>
          %extracted_slice_30 = tensor.extract_slice %extracted_slice_27[0, %arg48, %arg46, 0] [2, 8, 1, 3] [1, 1, 1, 1] : tensor<2x512x3x3xf32> to tensor<2x8x1x3xf32>
          %133 = linalg.generic {indexing_maps = [#map13, #map14, #map15], iterator_types = ["reduction", "parallel", "reduction", "parallel", "parallel", "parallel", "reduction"]} ins(%extracted_slice_29, %extracted_slice_30 : tensor<1x8x1x9xf32>, tensor<2x8x1x3xf32>) outs(%arg49 : tensor<1x2x1x7xf32>) attrs =  {tag = "operation_64"} {
          ^bb0(%in: f32, %in_31: f32, %out: f32):
            %134 = arith.mulf %in, %in_31 : f32
            %135 = arith.addf %out, %134 : f32
            linalg.yield %135 : f32
          } -> tensor<1x2x1x7xf32>
          scf.yield %133 : tensor<1x2x1x7xf32>
        }
        scf.yield %132 : tensor<1x2x1x7xf32>
      }
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %131 into %arg45[0, %130, %arg44, 0] [1, 2, 1, 7] [1, 1, 1, 1] : tensor<1x2x1x7xf32> into tensor<1x512x7x7xf32>
      }
    }
    %111 = tensor.empty() : tensor<1x512x7x7xf32>
    %112 = scf.forall (%arg43, %arg44) in (64, 7) shared_outs(%arg45 = %111) -> (tensor<1x512x7x7xf32>) {
      %130 = affine.apply #map5(%arg43)
      %extracted_slice = tensor.extract_slice %110[0, %130, %arg44, 0] [1, 8, 1, 7] [1, 1, 1, 1] : tensor<1x512x7x7xf32> to tensor<1x8x1x7xf32>
      %extracted_slice_27 = tensor.extract_slice %102[0, %130, %arg44, 0] [1, 8, 1, 7] [1, 1, 1, 1] : tensor<1x512x7x7xf32> to tensor<1x8x1x7xf32>
      %extracted_slice_28 = tensor.extract_slice %arg45[0, %130, %arg44, 0] [1, 8, 1, 7] [1, 1, 1, 1] : tensor<1x512x7x7xf32> to tensor<1x8x1x7xf32>
      %131 = vector.transfer_read %extracted_slice[%c0, %c0, %c0, %c0], %0 {in_bounds = [true, true, true, true]} : tensor<1x8x1x7xf32>, vector<1x8x1x7xf32>
      %132 = vector.transpose %131, [1, 0, 2, 3] : vector<1x8x1x7xf32> to vector<8x1x1x7xf32>
      %133 = vector.transfer_read %extracted_slice_27[%c0, %c0, %c0, %c0], %0 {in_bounds = [true, true, true, true]} : tensor<1x8x1x7xf32>, vector<1x8x1x7xf32>
      %134 = vector.transpose %133, [1, 0, 2, 3] : vector<1x8x1x7xf32> to vector<8x1x1x7xf32>
      %135 = arith.addf %132, %134 : vector<8x1x1x7xf32>
      %136 = vector.transpose %135, [1, 0, 2, 3] : vector<8x1x1x7xf32> to vector<1x8x1x7xf32>
      %137 = vector.transfer_write %136, %extracted_slice_28[%c0, %c0, %c0, %c0] {in_bounds = [true, true, true, true]} : vector<1x8x1x7xf32>, tensor<1x8x1x7xf32>
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %137 into %arg45[0, %130, %arg44, 0] [1, 8, 1, 7] [1, 1, 1, 1] : tensor<1x8x1x7xf32> into tensor<1x512x7x7xf32>
      }
    }
    %113 = tensor.empty() : tensor<1x512x7x7xf32>
    %114 = scf.forall (%arg43, %arg44) in (256, 7) shared_outs(%arg45 = %113) -> (tensor<1x512x7x7xf32>) {
      %130 = affine.apply #map(%arg43)
      %extracted_slice = tensor.extract_slice %112[0, %130, %arg44, 0] [1, 2, 1, 7] [1, 1, 1, 1] : tensor<1x512x7x7xf32> to tensor<1x2x1x7xf32>
      %extracted_slice_27 = tensor.extract_slice %arg45[0, %130, %arg44, 0] [1, 2, 1, 7] [1, 1, 1, 1] : tensor<1x512x7x7xf32> to tensor<1x2x1x7xf32>
      %131 = vector.transfer_read %extracted_slice[%c0, %c0, %c0, %c0], %0 {in_bounds = [true, true, true, true]} : tensor<1x2x1x7xf32>, vector<1x2x1x7xf32>
      %132 = vector.transpose %131, [1, 0, 2, 3] : vector<1x2x1x7xf32> to vector<2x1x1x7xf32>
      %133 = arith.maximumf %132, %cst_1 : vector<2x1x1x7xf32>
      %134 = vector.transpose %133, [1, 0, 2, 3] : vector<2x1x1x7xf32> to vector<1x2x1x7xf32>
      %135 = vector.transfer_write %134, %extracted_slice_27[%c0, %c0, %c0, %c0] {in_bounds = [true, true, true, true]} : vector<1x2x1x7xf32>, tensor<1x2x1x7xf32>
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %135 into %arg45[0, %130, %arg44, 0] [1, 2, 1, 7] [1, 1, 1, 1] : tensor<1x2x1x7xf32> into tensor<1x512x7x7xf32>
      }
    }
    %115 = tensor.empty() : tensor<1x512x1x1xf32>
    %116 = vector.transfer_write %cst, %115[%c0, %c0, %c0, %c0] {in_bounds = [true, true, true, true]} : vector<1x512x1x1xf32>, tensor<1x512x1x1xf32>
    %117 = tensor.empty() : tensor<7x7xf32>
    %118 = scf.forall (%arg43) in (256) shared_outs(%arg44 = %116) -> (tensor<1x512x1x1xf32>) {
      %130 = affine.apply #map(%arg43)
      %extracted_slice = tensor.extract_slice %114[0, %130, 0, 0] [1, 2, 7, 7] [1, 1, 1, 1] : tensor<1x512x7x7xf32> to tensor<1x2x7x7xf32>
      %extracted_slice_27 = tensor.extract_slice %arg44[0, %130, 0, 0] [1, 2, 1, 1] [1, 1, 1, 1] : tensor<1x512x1x1xf32> to tensor<1x2x1x1xf32>
      %131 = scf.for %arg45 = %c0 to %c7 step %c1 iter_args(%arg46 = %extracted_slice_27) -> (tensor<1x2x1x1xf32>) {
        %extracted_slice_28 = tensor.extract_slice %extracted_slice[0, 0, 0, %arg45] [1, 2, 7, 1] [1, 1, 1, 1] : tensor<1x2x7x7xf32> to tensor<1x2x7x1xf32>
        %extracted_slice_29 = tensor.extract_slice %117[0, %arg45] [7, 1] [1, 1] : tensor<7x7xf32> to tensor<7x1xf32>
        %132 = linalg.generic {indexing_maps = [#map24, #map7, #map8], iterator_types = ["parallel", "reduction", "parallel", "parallel", "parallel", "reduction"]} ins(%extracted_slice_28, %extracted_slice_29 : tensor<1x2x7x1xf32>, tensor<7x1xf32>) outs(%arg46 : tensor<1x2x1x1xf32>) attrs =  {tag = "operation_68"} {
        ^bb0(%in: f32, %in_30: f32, %out: f32):
          %133 = arith.addf %out, %in : f32
          linalg.yield %133 : f32
        } -> tensor<1x2x1x1xf32>
        scf.yield %132 : tensor<1x2x1x1xf32>
      }
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %131 into %arg44[0, %130, 0, 0] [1, 2, 1, 1] [1, 1, 1, 1] : tensor<1x2x1x1xf32> into tensor<1x512x1x1xf32>
      }
    }
    %119 = tensor.empty() : tensor<1x512x1x1xf32>
    %120 = vector.transfer_read %118[%c0, %c0, %c0, %c0], %0 {in_bounds = [true, true, true, true]} : tensor<1x512x1x1xf32>, vector<1x512x1x1xf32>
    %121 = vector.transpose %120, [1, 0, 2, 3] : vector<1x512x1x1xf32> to vector<512x1x1x1xf32>
    %122 = arith.mulf %121, %cst_0 : vector<512x1x1x1xf32>
    %123 = vector.transpose %122, [1, 0, 2, 3] : vector<512x1x1x1xf32> to vector<1x512x1x1xf32>
    %124 = vector.transfer_write %123, %119[%c0, %c0, %c0, %c0] {in_bounds = [true, true, true, true]} : vector<1x512x1x1xf32>, tensor<1x512x1x1xf32>
    %collapsed = tensor.collapse_shape %124 [[0], [1, 2, 3]] : tensor<1x512x1x1xf32> into tensor<1x512xf32>
    %125 = tensor.empty() : tensor<1x1000xf32>
    %126 = vector.transfer_read %arg42[%c0], %0 {in_bounds = [true]} : tensor<1000xf32>, vector<1000xf32>
    %127 = vector.broadcast %126 : vector<1000xf32> to vector<1x1000xf32>
    %128 = vector.transfer_write %127, %125[%c0, %c0] {in_bounds = [true, true]} : vector<1x1000xf32>, tensor<1x1000xf32>
    %129 = scf.forall (%arg43) in (250) shared_outs(%arg44 = %128) -> (tensor<1x1000xf32>) {
      %130 = affine.apply #map1(%arg43)
      %extracted_slice = tensor.extract_slice %arg41[0, %130] [512, 4] [1, 1] : tensor<512x1000xf32> to tensor<512x4xf32>
      %extracted_slice_27 = tensor.extract_slice %arg44[0, %130] [1, 4] [1, 1] : tensor<1x1000xf32> to tensor<1x4xf32>
      %131 = scf.for %arg45 = %c0 to %c512 step %c64 iter_args(%arg46 = %extracted_slice_27) -> (tensor<1x4xf32>) {
        %extracted_slice_28 = tensor.extract_slice %collapsed[0, %arg45] [1, 64] [1, 1] : tensor<1x512xf32> to tensor<1x64xf32>
        %extracted_slice_29 = tensor.extract_slice %extracted_slice[%arg45, 0] [64, 4] [1, 1] : tensor<512x4xf32> to tensor<64x4xf32>
        %132 = vector.transfer_read %extracted_slice_28[%c0, %c0], %0 {in_bounds = [true, true]} : tensor<1x64xf32>, vector<1x64xf32>
        %133 = vector.transfer_read %extracted_slice_29[%c0, %c0], %0 {in_bounds = [true, true]} : tensor<64x4xf32>, vector<64x4xf32>
        %134 = vector.transfer_read %arg46[%c0, %c0], %0 {in_bounds = [true, true]} : tensor<1x4xf32>, vector<1x4xf32>
        %135 = vector.extract %134[0] : vector<4xf32> from vector<1x4xf32>
        %136 = vector.extract %133[0] : vector<4xf32> from vector<64x4xf32>
        %137 = vector.extract %132[0, 0] : f32 from vector<1x64xf32>
        %138 = vector.broadcast %137 : f32 to vector<4xf32>
        %139 = vector.fma %136, %138, %135 : vector<4xf32>
        %140 = vector.extract %133[1] : vector<4xf32> from vector<64x4xf32>
        %141 = vector.extract %132[0, 1] : f32 from vector<1x64xf32>
        %142 = vector.broadcast %141 : f32 to vector<4xf32>
        %143 = vector.fma %140, %142, %139 : vector<4xf32>
        %144 = vector.extract %133[2] : vector<4xf32> from vector<64x4xf32>
        %145 = vector.extract %132[0, 2] : f32 from vector<1x64xf32>
        %146 = vector.broadcast %145 : f32 to vector<4xf32>
        %147 = vector.fma %144, %146, %143 : vector<4xf32>
        %148 = vector.extract %133[3] : vector<4xf32> from vector<64x4xf32>
        %149 = vector.extract %132[0, 3] : f32 from vector<1x64xf32>
        %150 = vector.broadcast %149 : f32 to vector<4xf32>
        %151 = vector.fma %148, %150, %147 : vector<4xf32>
        %152 = vector.extract %133[4] : vector<4xf32> from vector<64x4xf32>
        %153 = vector.extract %132[0, 4] : f32 from vector<1x64xf32>
        %154 = vector.broadcast %153 : f32 to vector<4xf32>
        %155 = vector.fma %152, %154, %151 : vector<4xf32>
        %156 = vector.extract %133[5] : vector<4xf32> from vector<64x4xf32>
        %157 = vector.extract %132[0, 5] : f32 from vector<1x64xf32>
        %158 = vector.broadcast %157 : f32 to vector<4xf32>
        %159 = vector.fma %156, %158, %155 : vector<4xf32>
        %160 = vector.extract %133[6] : vector<4xf32> from vector<64x4xf32>
        %161 = vector.extract %132[0, 6] : f32 from vector<1x64xf32>
        %162 = vector.broadcast %161 : f32 to vector<4xf32>
        %163 = vector.fma %160, %162, %159 : vector<4xf32>
        %164 = vector.extract %133[7] : vector<4xf32> from vector<64x4xf32>
        %165 = vector.extract %132[0, 7] : f32 from vector<1x64xf32>
        %166 = vector.broadcast %165 : f32 to vector<4xf32>
        %167 = vector.fma %164, %166, %163 : vector<4xf32>
        %168 = vector.extract %133[8] : vector<4xf32> from vector<64x4xf32>
        %169 = vector.extract %132[0, 8] : f32 from vector<1x64xf32>
        %170 = vector.broadcast %169 : f32 to vector<4xf32>
        %171 = vector.fma %168, %170, %167 : vector<4xf32>
        %172 = vector.extract %133[9] : vector<4xf32> from vector<64x4xf32>
        %173 = vector.extract %132[0, 9] : f32 from vector<1x64xf32>
        %174 = vector.broadcast %173 : f32 to vector<4xf32>
        %175 = vector.fma %172, %174, %171 : vector<4xf32>
        %176 = vector.extract %133[10] : vector<4xf32> from vector<64x4xf32>
        %177 = vector.extract %132[0, 10] : f32 from vector<1x64xf32>
        %178 = vector.broadcast %177 : f32 to vector<4xf32>
        %179 = vector.fma %176, %178, %175 : vector<4xf32>
        %180 = vector.extract %133[11] : vector<4xf32> from vector<64x4xf32>
        %181 = vector.extract %132[0, 11] : f32 from vector<1x64xf32>
        %182 = vector.broadcast %181 : f32 to vector<4xf32>
        %183 = vector.fma %180, %182, %179 : vector<4xf32>
        %184 = vector.extract %133[12] : vector<4xf32> from vector<64x4xf32>
        %185 = vector.extract %132[0, 12] : f32 from vector<1x64xf32>
        %186 = vector.broadcast %185 : f32 to vector<4xf32>
        %187 = vector.fma %184, %186, %183 : vector<4xf32>
        %188 = vector.extract %133[13] : vector<4xf32> from vector<64x4xf32>
        %189 = vector.extract %132[0, 13] : f32 from vector<1x64xf32>
        %190 = vector.broadcast %189 : f32 to vector<4xf32>
        %191 = vector.fma %188, %190, %187 : vector<4xf32>
        %192 = vector.extract %133[14] : vector<4xf32> from vector<64x4xf32>
        %193 = vector.extract %132[0, 14] : f32 from vector<1x64xf32>
        %194 = vector.broadcast %193 : f32 to vector<4xf32>
        %195 = vector.fma %192, %194, %191 : vector<4xf32>
        %196 = vector.extract %133[15] : vector<4xf32> from vector<64x4xf32>
        %197 = vector.extract %132[0, 15] : f32 from vector<1x64xf32>
        %198 = vector.broadcast %197 : f32 to vector<4xf32>
        %199 = vector.fma %196, %198, %195 : vector<4xf32>
        %200 = vector.extract %133[16] : vector<4xf32> from vector<64x4xf32>
        %201 = vector.extract %132[0, 16] : f32 from vector<1x64xf32>
        %202 = vector.broadcast %201 : f32 to vector<4xf32>
        %203 = vector.fma %200, %202, %199 : vector<4xf32>
        %204 = vector.extract %133[17] : vector<4xf32> from vector<64x4xf32>
        %205 = vector.extract %132[0, 17] : f32 from vector<1x64xf32>
        %206 = vector.broadcast %205 : f32 to vector<4xf32>
        %207 = vector.fma %204, %206, %203 : vector<4xf32>
        %208 = vector.extract %133[18] : vector<4xf32> from vector<64x4xf32>
        %209 = vector.extract %132[0, 18] : f32 from vector<1x64xf32>
        %210 = vector.broadcast %209 : f32 to vector<4xf32>
        %211 = vector.fma %208, %210, %207 : vector<4xf32>
        %212 = vector.extract %133[19] : vector<4xf32> from vector<64x4xf32>
        %213 = vector.extract %132[0, 19] : f32 from vector<1x64xf32>
        %214 = vector.broadcast %213 : f32 to vector<4xf32>
        %215 = vector.fma %212, %214, %211 : vector<4xf32>
        %216 = vector.extract %133[20] : vector<4xf32> from vector<64x4xf32>
        %217 = vector.extract %132[0, 20] : f32 from vector<1x64xf32>
        %218 = vector.broadcast %217 : f32 to vector<4xf32>
        %219 = vector.fma %216, %218, %215 : vector<4xf32>
        %220 = vector.extract %133[21] : vector<4xf32> from vector<64x4xf32>
        %221 = vector.extract %132[0, 21] : f32 from vector<1x64xf32>
        %222 = vector.broadcast %221 : f32 to vector<4xf32>
        %223 = vector.fma %220, %222, %219 : vector<4xf32>
        %224 = vector.extract %133[22] : vector<4xf32> from vector<64x4xf32>
        %225 = vector.extract %132[0, 22] : f32 from vector<1x64xf32>
        %226 = vector.broadcast %225 : f32 to vector<4xf32>
        %227 = vector.fma %224, %226, %223 : vector<4xf32>
        %228 = vector.extract %133[23] : vector<4xf32> from vector<64x4xf32>
        %229 = vector.extract %132[0, 23] : f32 from vector<1x64xf32>
        %230 = vector.broadcast %229 : f32 to vector<4xf32>
        %231 = vector.fma %228, %230, %227 : vector<4xf32>
        %232 = vector.extract %133[24] : vector<4xf32> from vector<64x4xf32>
        %233 = vector.extract %132[0, 24] : f32 from vector<1x64xf32>
        %234 = vector.broadcast %233 : f32 to vector<4xf32>
        %235 = vector.fma %232, %234, %231 : vector<4xf32>
        %236 = vector.extract %133[25] : vector<4xf32> from vector<64x4xf32>
        %237 = vector.extract %132[0, 25] : f32 from vector<1x64xf32>
        %238 = vector.broadcast %237 : f32 to vector<4xf32>
        %239 = vector.fma %236, %238, %235 : vector<4xf32>
        %240 = vector.extract %133[26] : vector<4xf32> from vector<64x4xf32>
        %241 = vector.extract %132[0, 26] : f32 from vector<1x64xf32>
        %242 = vector.broadcast %241 : f32 to vector<4xf32>
        %243 = vector.fma %240, %242, %239 : vector<4xf32>
        %244 = vector.extract %133[27] : vector<4xf32> from vector<64x4xf32>
        %245 = vector.extract %132[0, 27] : f32 from vector<1x64xf32>
        %246 = vector.broadcast %245 : f32 to vector<4xf32>
        %247 = vector.fma %244, %246, %243 : vector<4xf32>
        %248 = vector.extract %133[28] : vector<4xf32> from vector<64x4xf32>
        %249 = vector.extract %132[0, 28] : f32 from vector<1x64xf32>
        %250 = vector.broadcast %249 : f32 to vector<4xf32>
        %251 = vector.fma %248, %250, %247 : vector<4xf32>
        %252 = vector.extract %133[29] : vector<4xf32> from vector<64x4xf32>
        %253 = vector.extract %132[0, 29] : f32 from vector<1x64xf32>
        %254 = vector.broadcast %253 : f32 to vector<4xf32>
        %255 = vector.fma %252, %254, %251 : vector<4xf32>
        %256 = vector.extract %133[30] : vector<4xf32> from vector<64x4xf32>
        %257 = vector.extract %132[0, 30] : f32 from vector<1x64xf32>
        %258 = vector.broadcast %257 : f32 to vector<4xf32>
        %259 = vector.fma %256, %258, %255 : vector<4xf32>
        %260 = vector.extract %133[31] : vector<4xf32> from vector<64x4xf32>
        %261 = vector.extract %132[0, 31] : f32 from vector<1x64xf32>
        %262 = vector.broadcast %261 : f32 to vector<4xf32>
        %263 = vector.fma %260, %262, %259 : vector<4xf32>
        %264 = vector.extract %133[32] : vector<4xf32> from vector<64x4xf32>
        %265 = vector.extract %132[0, 32] : f32 from vector<1x64xf32>
        %266 = vector.broadcast %265 : f32 to vector<4xf32>
        %267 = vector.fma %264, %266, %263 : vector<4xf32>
        %268 = vector.extract %133[33] : vector<4xf32> from vector<64x4xf32>
        %269 = vector.extract %132[0, 33] : f32 from vector<1x64xf32>
        %270 = vector.broadcast %269 : f32 to vector<4xf32>
        %271 = vector.fma %268, %270, %267 : vector<4xf32>
        %272 = vector.extract %133[34] : vector<4xf32> from vector<64x4xf32>
        %273 = vector.extract %132[0, 34] : f32 from vector<1x64xf32>
        %274 = vector.broadcast %273 : f32 to vector<4xf32>
        %275 = vector.fma %272, %274, %271 : vector<4xf32>
        %276 = vector.extract %133[35] : vector<4xf32> from vector<64x4xf32>
        %277 = vector.extract %132[0, 35] : f32 from vector<1x64xf32>
        %278 = vector.broadcast %277 : f32 to vector<4xf32>
        %279 = vector.fma %276, %278, %275 : vector<4xf32>
        %280 = vector.extract %133[36] : vector<4xf32> from vector<64x4xf32>
        %281 = vector.extract %132[0, 36] : f32 from vector<1x64xf32>
        %282 = vector.broadcast %281 : f32 to vector<4xf32>
        %283 = vector.fma %280, %282, %279 : vector<4xf32>
        %284 = vector.extract %133[37] : vector<4xf32> from vector<64x4xf32>
        %285 = vector.extract %132[0, 37] : f32 from vector<1x64xf32>
        %286 = vector.broadcast %285 : f32 to vector<4xf32>
        %287 = vector.fma %284, %286, %283 : vector<4xf32>
        %288 = vector.extract %133[38] : vector<4xf32> from vector<64x4xf32>
        %289 = vector.extract %132[0, 38] : f32 from vector<1x64xf32>
        %290 = vector.broadcast %289 : f32 to vector<4xf32>
        %291 = vector.fma %288, %290, %287 : vector<4xf32>
        %292 = vector.extract %133[39] : vector<4xf32> from vector<64x4xf32>
        %293 = vector.extract %132[0, 39] : f32 from vector<1x64xf32>
        %294 = vector.broadcast %293 : f32 to vector<4xf32>
        %295 = vector.fma %292, %294, %291 : vector<4xf32>
        %296 = vector.extract %133[40] : vector<4xf32> from vector<64x4xf32>
        %297 = vector.extract %132[0, 40] : f32 from vector<1x64xf32>
        %298 = vector.broadcast %297 : f32 to vector<4xf32>
        %299 = vector.fma %296, %298, %295 : vector<4xf32>
        %300 = vector.extract %133[41] : vector<4xf32> from vector<64x4xf32>
        %301 = vector.extract %132[0, 41] : f32 from vector<1x64xf32>
        %302 = vector.broadcast %301 : f32 to vector<4xf32>
        %303 = vector.fma %300, %302, %299 : vector<4xf32>
        %304 = vector.extract %133[42] : vector<4xf32> from vector<64x4xf32>
        %305 = vector.extract %132[0, 42] : f32 from vector<1x64xf32>
        %306 = vector.broadcast %305 : f32 to vector<4xf32>
        %307 = vector.fma %304, %306, %303 : vector<4xf32>
        %308 = vector.extract %133[43] : vector<4xf32> from vector<64x4xf32>
        %309 = vector.extract %132[0, 43] : f32 from vector<1x64xf32>
        %310 = vector.broadcast %309 : f32 to vector<4xf32>
        %311 = vector.fma %308, %310, %307 : vector<4xf32>
        %312 = vector.extract %133[44] : vector<4xf32> from vector<64x4xf32>
        %313 = vector.extract %132[0, 44] : f32 from vector<1x64xf32>
        %314 = vector.broadcast %313 : f32 to vector<4xf32>
        %315 = vector.fma %312, %314, %311 : vector<4xf32>
        %316 = vector.extract %133[45] : vector<4xf32> from vector<64x4xf32>
        %317 = vector.extract %132[0, 45] : f32 from vector<1x64xf32>
        %318 = vector.broadcast %317 : f32 to vector<4xf32>
        %319 = vector.fma %316, %318, %315 : vector<4xf32>
        %320 = vector.extract %133[46] : vector<4xf32> from vector<64x4xf32>
        %321 = vector.extract %132[0, 46] : f32 from vector<1x64xf32>
        %322 = vector.broadcast %321 : f32 to vector<4xf32>
        %323 = vector.fma %320, %322, %319 : vector<4xf32>
        %324 = vector.extract %133[47] : vector<4xf32> from vector<64x4xf32>
        %325 = vector.extract %132[0, 47] : f32 from vector<1x64xf32>
        %326 = vector.broadcast %325 : f32 to vector<4xf32>
        %327 = vector.fma %324, %326, %323 : vector<4xf32>
        %328 = vector.extract %133[48] : vector<4xf32> from vector<64x4xf32>
        %329 = vector.extract %132[0, 48] : f32 from vector<1x64xf32>
        %330 = vector.broadcast %329 : f32 to vector<4xf32>
        %331 = vector.fma %328, %330, %327 : vector<4xf32>
        %332 = vector.extract %133[49] : vector<4xf32> from vector<64x4xf32>
        %333 = vector.extract %132[0, 49] : f32 from vector<1x64xf32>
        %334 = vector.broadcast %333 : f32 to vector<4xf32>
        %335 = vector.fma %332, %334, %331 : vector<4xf32>
        %336 = vector.extract %133[50] : vector<4xf32> from vector<64x4xf32>
        %337 = vector.extract %132[0, 50] : f32 from vector<1x64xf32>
        %338 = vector.broadcast %337 : f32 to vector<4xf32>
        %339 = vector.fma %336, %338, %335 : vector<4xf32>
        %340 = vector.extract %133[51] : vector<4xf32> from vector<64x4xf32>
        %341 = vector.extract %132[0, 51] : f32 from vector<1x64xf32>
        %342 = vector.broadcast %341 : f32 to vector<4xf32>
        %343 = vector.fma %340, %342, %339 : vector<4xf32>
        %344 = vector.extract %133[52] : vector<4xf32> from vector<64x4xf32>
        %345 = vector.extract %132[0, 52] : f32 from vector<1x64xf32>
        %346 = vector.broadcast %345 : f32 to vector<4xf32>
        %347 = vector.fma %344, %346, %343 : vector<4xf32>
        %348 = vector.extract %133[53] : vector<4xf32> from vector<64x4xf32>
        %349 = vector.extract %132[0, 53] : f32 from vector<1x64xf32>
        %350 = vector.broadcast %349 : f32 to vector<4xf32>
        %351 = vector.fma %348, %350, %347 : vector<4xf32>
        %352 = vector.extract %133[54] : vector<4xf32> from vector<64x4xf32>
        %353 = vector.extract %132[0, 54] : f32 from vector<1x64xf32>
        %354 = vector.broadcast %353 : f32 to vector<4xf32>
        %355 = vector.fma %352, %354, %351 : vector<4xf32>
        %356 = vector.extract %133[55] : vector<4xf32> from vector<64x4xf32>
        %357 = vector.extract %132[0, 55] : f32 from vector<1x64xf32>
        %358 = vector.broadcast %357 : f32 to vector<4xf32>
        %359 = vector.fma %356, %358, %355 : vector<4xf32>
        %360 = vector.extract %133[56] : vector<4xf32> from vector<64x4xf32>
        %361 = vector.extract %132[0, 56] : f32 from vector<1x64xf32>
        %362 = vector.broadcast %361 : f32 to vector<4xf32>
        %363 = vector.fma %360, %362, %359 : vector<4xf32>
        %364 = vector.extract %133[57] : vector<4xf32> from vector<64x4xf32>
        %365 = vector.extract %132[0, 57] : f32 from vector<1x64xf32>
        %366 = vector.broadcast %365 : f32 to vector<4xf32>
        %367 = vector.fma %364, %366, %363 : vector<4xf32>
        %368 = vector.extract %133[58] : vector<4xf32> from vector<64x4xf32>
        %369 = vector.extract %132[0, 58] : f32 from vector<1x64xf32>
        %370 = vector.broadcast %369 : f32 to vector<4xf32>
        %371 = vector.fma %368, %370, %367 : vector<4xf32>
        %372 = vector.extract %133[59] : vector<4xf32> from vector<64x4xf32>
        %373 = vector.extract %132[0, 59] : f32 from vector<1x64xf32>
        %374 = vector.broadcast %373 : f32 to vector<4xf32>
        %375 = vector.fma %372, %374, %371 : vector<4xf32>
        %376 = vector.extract %133[60] : vector<4xf32> from vector<64x4xf32>
        %377 = vector.extract %132[0, 60] : f32 from vector<1x64xf32>
        %378 = vector.broadcast %377 : f32 to vector<4xf32>
        %379 = vector.fma %376, %378, %375 : vector<4xf32>
        %380 = vector.extract %133[61] : vector<4xf32> from vector<64x4xf32>
        %381 = vector.extract %132[0, 61] : f32 from vector<1x64xf32>
        %382 = vector.broadcast %381 : f32 to vector<4xf32>
        %383 = vector.fma %380, %382, %379 : vector<4xf32>
        %384 = vector.extract %133[62] : vector<4xf32> from vector<64x4xf32>
        %385 = vector.extract %132[0, 62] : f32 from vector<1x64xf32>
        %386 = vector.broadcast %385 : f32 to vector<4xf32>
        %387 = vector.fma %384, %386, %383 : vector<4xf32>
        %388 = vector.extract %133[63] : vector<4xf32> from vector<64x4xf32>
        %389 = vector.extract %132[0, 63] : f32 from vector<1x64xf32>
        %390 = vector.broadcast %389 : f32 to vector<4xf32>
        %391 = vector.fma %388, %390, %387 : vector<4xf32>
        %392 = vector.broadcast %391 : vector<4xf32> to vector<1x4xf32>
        %393 = vector.transfer_write %392, %arg46[%c0, %c0] {in_bounds = [true, true]} : vector<1x4xf32>, tensor<1x4xf32>
        scf.yield %393 : tensor<1x4xf32>
      }
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %131 into %arg44[0, %130] [1, 4] [1, 1] : tensor<1x4xf32> into tensor<1x1000xf32>
      }
    }
    return %129 : tensor<1x1000xf32>
  }
}
