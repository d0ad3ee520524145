#map = affine_map<(d0) -> (d0 * 4)>
#map1 = affine_map<(d0) -> (d0 * 8)>
#map2 = affine_map<(d0) -> (d0 * 2)>
#map3 = affine_map<(d0) -> (d0 * 16)>
#map4 = affine_map<(d0, d1, d2, d3, d4, d5, d6) -> (d0, d4, d2 * 2 + d3, d5 * 2 + d1)>
#map5 = affine_map<(d0, d1, d2, d3, d4, d5, d6) -> (d6, d4, d3, d1)>
#map6 = affine_map<(d0, d1, d2, d3, d4, d5, d6) -> (d0, d6, d2, d5)>
#map7 = affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d5, d1 * 2 + d3, d4 * 2 + d2)>
#map8 = affine_map<(d0, d1, d2, d3, d4, d5) -> (d3, d2)>
#map9 = affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d5, d1, d4)>
#map10 = affine_map<(d0, d1, d2, d3, d4, d5, d6) -> (d0, d4, d2 + d3, d1 + d5)>
#map11 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
module {
  func.func @main(%arg0: tensor<1x3x224x224xf32>, %arg1: tensor<64x3x7x7xf32>, %arg2: tensor<64xf32>, %arg3: tensor<64x64x3x3xf32>, %arg4: tensor<64xf32>, %arg5: tensor<64x64x3x3xf32>, %arg6: tensor<64xf32>, %arg7: tensor<64x64x3x3xf32>, %arg8: tensor<64xf32>, %arg9: tensor<64x64x3x3xf32>, %arg10: tensor<64xf32>, %arg11: tensor<128x64x3x3xf32>, %arg12: tensor<128xf32>, %arg13: tensor<128x128x3x3xf32>, %arg14: tensor<128xf32>, %arg15: tensor<128x64x1x1xf32>, %arg16: tensor<128xf32>, %arg17: tensor<128x128x3x3xf32>, %arg18: tensor<128xf32>, %arg19: tensor<128x128x3x3xf32>, %arg20: tensor<128xf32>, %arg21: tensor<256x128x3x3xf32>, %arg22: tensor<256xf32>, %arg23: tensor<256x256x3x3xf32>, %arg24: tensor<256xf32>, %arg25: tensor<256x128x1x1xf32>, %arg26: tensor<256xf32>, %arg27: tensor<256x256x3x3xf32>, %arg28: tensor<256xf32>, %arg29: tensor<256x256x3x3xf32>, %arg30: tensor<256xf32>, %arg31: tensor<512x256x3x3xf32>, %arg32: tensor<512xf32>, %arg33: tensor<512x512x3x3xf32>, %arg34: tensor<512xf32>, %arg35: tensor<512x256x1x1xf32>, %arg36: tensor<512xf32>, %arg37: tensor<512x512x3x3xf32>, %arg38: tensor<512xf32>, %arg39: tensor<512x512x3x3xf32>, %arg40: tensor<512xf32>, %arg41: tensor<512x1000xf32>, %arg42: tensor<1000xf32>) -> tensor<1x1000xf32> {
    %c4 = arith.constant 4 : index
    %cst = arith.constant dense<0.000000e+00> : vector<1x1x1x8xf32>
    %c512 = arith.constant 512 : index
    %cst_0 = arith.constant dense<0.000000e+00> : vector<1x2x1x8xf32>
    %c7 = arith.constant 7 : index
    %cst_1 = arith.constant dense<0.000000e+00> : vector<1x4x1x8xf32>
    %cst_2 = arith.constant dense<0xFF800000> : vector<1x8x4x1xf32>
    %c3 = arith.constant 3 : index
    %c1 = arith.constant 1 : index
    %c256 = arith.constant 256 : index
    %c128 = arith.constant 128 : index
    %cst_3 = arith.constant 0.0204081628 : f32
    %c2 = arith.constant 2 : index
    %c64 = arith.constant 64 : index
    %0 = ub.poison : f32
    %c0 = arith.constant 0 : index
    %cst_4 = arith.constant 0xFF800000 : f32
    %cst_5 = arith.constant 0.000000e+00 : f32
    %padded = tensor.pad %arg0 low[0, 0, 3, 3] high[0, 0, 3, 3] {
    ^bb0(%arg43: index, %arg44: index, %arg45: index, %arg46: index):
      tensor.yield %cst_5 : f32
    } : tensor<1x3x224x224xf32> to tensor<1x3x230x230xf32>
    %1 = tensor.empty() : tensor<1x64x112x112xf32>
    %2 = scf.forall (%arg43, %arg44, %arg45) in (28, 112, 8) shared_outs(%arg46 = %1) -> (tensor<1x64x112x112xf32>) {
      %124 = affine.apply #map(%arg43)
      %125 = affine.apply #map1(%arg45)
      %extracted_slice = tensor.extract_slice %arg2[%125] [8] [1] : tensor<64xf32> to tensor<8xf32>
      %extracted_slice_23 = tensor.extract_slice %arg46[0, %125, %124, %arg44] [1, 8, 4, 1] [1, 1, 1, 1] : tensor<1x64x112x112xf32> to tensor<1x8x4x1xf32>
      %126 = vector.transfer_read %extracted_slice[%c0], %0 {in_bounds = [true]} : tensor<8xf32>, vector<8xf32>
      %127 = vector.broadcast %126 : vector<8xf32> to vector<1x4x1x8xf32>
      %128 = vector.transpose %127, [0, 3, 1, 2] : vector<1x4x1x8xf32> to vector<1x8x4x1xf32>
      %129 = vector.transfer_write %128, %extracted_slice_23[%c0, %c0, %c0, %c0] {in_bounds = [true, true, true, true]} : vector<1x8x4x1xf32>, tensor<1x8x4x1xf32>
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %129 into %arg46[0, %125, %124, %arg44] [1, 8, 4, 1] [1, 1, 1, 1] : tensor<1x8x4x1xf32> into tensor<1x64x112x112xf32>
      }
    }
    %3 = scf.forall (%arg43, %arg44, %arg45) in (112, 14, 16) shared_outs(%arg46 = %2) -> (tensor<1x64x112x112xf32>) {
      %124 = affine.apply #map1(%arg44)
      %125 = affine.apply #map(%arg45)
      %126 = affine.apply #map2(%arg43)
      %127 = affine.apply #map3(%arg44)
      %extracted_slice = tensor.extract_slice %padded[0, 0, %126, %127] [1, 3, 7, 21] [1, 1, 1, 1] : tensor<1x3x230x230xf32> to tensor<1x3x7x21xf32>
      %extracted_slice_23 = tensor.extract_slice %arg1[%125, 0, 0, 0] [4, 3, 7, 7] [1, 1, 1, 1] : tensor<64x3x7x7xf32> to tensor<4x3x7x7xf32>
      %extracted_slice_24 = tensor.extract_slice %arg46[0, %125, %arg43, %124] [1, 4, 1, 8] [1, 1, 1, 1] : tensor<1x64x112x112xf32> to tensor<1x4x1x8xf32>
      %128 = scf.for %arg47 = %c0 to %c7 step %c1 iter_args(%arg48 = %extracted_slice_24) -> (tensor<1x4x1x8xf32>) {
        %129 = scf.for %arg49 = %c0 to %c7 step %c1 iter_args(%arg50 = %arg48) -> (tensor<1x4x1x8xf32>) {
          %130 = scf.for %arg51 = %c0 to %c3 step %c1 iter_args(%arg52 = %arg50) -> (tensor<1x4x1x8xf32>) {
            %extracted_slice_25 = tensor.extract_slice %extracted_slice[0, %arg51, %arg49, %arg47] [1, 1, 1, 15] [1, 1, 1, 1] : tensor<1x3x7x21xf32> to tensor<1x1x1x15xf32>
            %extracted_slice_26 = tensor.extract_slice %extracted_slice_23[0, %arg51, %arg49, %arg47] [4, 1, 1, 1] [1, 1, 1, 1] : tensor<4x3x7x7xf32> to tensor<4x1x1x1xf32>
            %131 = linalg.generic {indexing_maps = [#map4, #map5, #map6], iterator_types = ["parallel", "reduction", "parallel", "reduction", "reduction", "parallel", "parallel"]} ins(%extracted_slice_25, %extracted_slice_26 : tensor<1x1x1x15xf32>, tensor<4x1x1x1xf32>) outs(%arg52 : tensor<1x4x1x8xf32>) attrs =  {tag = "operation_1"} {
            ^bb0(%in: f32, %in_27: f32, %out: f32):
              %132 = arith.mulf %in, %in_27 : f32
              %133 = arith.addf %out, %132 : f32
              linalg.yield %133 : f32
            } -> tensor<1x4x1x8xf32>
            scf.yield %131 : tensor<1x4x1x8xf32>
          }
          scf.yield %130 : tensor<1x4x1x8xf32>
        }
        scf.yield %129 : tensor<1x4x1x8xf32>
      }
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %128 into %arg46[0, %125, %arg43, %124] [1, 4, 1, 8] [1, 1, 1, 1] : tensor<1x4x1x8xf32> into tensor<1x64x112x112xf32>
      }
    }
    %4 = tensor.empty() : tensor<1x64x112x112xf32>
    %5 = scf.forall (%arg43, %arg44, %arg45) in (28, 112, 8) shared_outs(%arg46 = %4) -> (tensor<1x64x112x112xf32>) {
      %124 = affine.apply #map(%arg43)
      %125 = affine.apply #map1(%arg45)
      %extracted_slice = tensor.extract_slice %3[0, %125, %124, %arg44] [1, 8, 4, 1] [1, 1, 1, 1] : tensor<1x64x112x112xf32> to tensor<1x8x4x1xf32>
      %extracted_slice_23 = tensor.extract_slice %arg46[0, %125, %124, %arg44] [1, 8, 4, 1] [1, 1, 1, 1] : tensor<1x64x112x112xf32> to tensor<1x8x4x1xf32>
      %126 = vector.transfer_read %extracted_slice[%c0, %c0, %c0, %c0], %0 {in_bounds = [true, true, true, true]} : tensor<1x8x4x1xf32>, vector<1x8x4x1xf32>
      %127 = vector.transpose %126, [0, 2, 3, 1] : vector<1x8x4x1xf32> to vector<1x4x1x8xf32>
      %128 = arith.maximumf %127, %cst_1 : vector<1x4x1x8xf32>
      %129 = vector.transpose %128, [0, 3, 1, 2] : vector<1x4x1x8xf32> to vector<1x8x4x1xf32>
      %130 = vector.transfer_write %129, %extracted_slice_23[%c0, %c0, %c0, %c0] {in_bounds = [true, true, true, true]} : vector<1x8x4x1xf32>, tensor<1x8x4x1xf32>
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %130 into %arg46[0, %125, %124, %arg44] [1, 8, 4, 1] [1, 1, 1, 1] : tensor<1x8x4x1xf32> into tensor<1x64x112x112xf32>
      }
    }
    %padded_6 = tensor.pad %5 low[0, 0, 1, 1] high[0, 0, 1, 1] {
    ^bb0(%arg43: index, %arg44: index, %arg45: index, %arg46: index):
      tensor.yield %cst_4 : f32
    } : tensor<1x64x112x112xf32> to tensor<1x64x114x114xf32>
    %6 = tensor.empty() : tensor<1x64x56x56xf32>
    %7 = scf.forall (%arg43, %arg44, %arg45) in (14, 56, 8) shared_outs(%arg46 = %6) -> (tensor<1x64x56x56xf32>) {
      %124 = affine.apply #map(%arg43)
      %125 = affine.apply #map1(%arg45)
      %extracted_slice = tensor.extract_slice %arg46[0, %125, %124, %arg44] [1, 8, 4, 1] [1, 1, 1, 1] : tensor<1x64x56x56xf32> to tensor<1x8x4x1xf32>
      %126 = vector.transfer_write %cst_2, %extracted_slice[%c0, %c0, %c0, %c0] {in_bounds = [true, true, true, true]} : vector<1x8x4x1xf32>, tensor<1x8x4x1xf32>
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %126 into %arg46[0, %125, %124, %arg44] [1, 8, 4, 1] [1, 1, 1, 1] : tensor<1x8x4x1xf32> into tensor<1x64x56x56xf32>
      }
    }
    %8 = tensor.empty() : tensor<3x3xf32>
    %9 = scf.forall (%arg43, %arg44, %arg45) in (14, 28, 8) shared_outs(%arg46 = %7) -> (tensor<1x64x56x56xf32>) {
      %124 = affine.apply #map(%arg43)
      %125 = affine.apply #map2(%arg44)
      %126 = affine.apply #map1(%arg45)
      %127 = affine.apply #map1(%arg43)
      %128 = affine.apply #map(%arg44)
      %extracted_slice = tensor.extract_slice %padded_6[0, %126, %127, %128] [1, 8, 9, 5] [1, 1, 1, 1] : tensor<1x64x114x114xf32> to tensor<1x8x9x5xf32>
      %extracted_slice_23 = tensor.extract_slice %arg46[0, %126, %124, %125] [1, 8, 4, 2] [1, 1, 1, 1] : tensor<1x64x56x56xf32> to tensor<1x8x4x2xf32>
      %129 = scf.for %arg47 = %c0 to %c3 step %c1 iter_args(%arg48 = %extracted_slice_23) -> (tensor<1x8x4x2xf32>) {
        %130 = scf.for %arg49 = %c0 to %c3 step %c1 iter_args(%arg50 = %arg48) -> (tensor<1x8x4x2xf32>) {
          %extracted_slice_24 = tensor.extract_slice %extracted_slice[0, 0, %arg49, %arg47] [1, 8, 7, 3] [1, 1, 1, 1] : tensor<1x8x9x5xf32> to tensor<1x8x7x3xf32>
          %extracted_slice_25 = tensor.extract_slice %8[%arg49, %arg47] [1, 1] [1, 1] : tensor<3x3xf32> to tensor<1x1xf32>
          %131 = linalg.generic {indexing_maps = [#map7, #map8, #map9], iterator_types = ["parallel", "parallel", "reduction", "reduction", "parallel", "parallel"]} ins(%extracted_slice_24, %extracted_slice_25 : tensor<1x8x7x3xf32>, tensor<1x1xf32>) outs(%arg50 : tensor<1x8x4x2xf32>) attrs =  {tag = "operation_4"} {
          ^bb0(%in: f32, %in_26: f32, %out: f32):
            %132 = arith.maximumf %out, %in : f32
            linalg.yield %132 : f32
          } -> tensor<1x8x4x2xf32>
          scf.yield %131 : tensor<1x8x4x2xf32>
        }
        scf.yield %130 : tensor<1x8x4x2xf32>
      }
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %129 into %arg46[0, %126, %124, %125] [1, 8, 4, 2] [1, 1, 1, 1] : tensor<1x8x4x2xf32> into tensor<1x64x56x56xf32>
      }
    }
    %padded_7 = tensor.pad %9 low[0, 0, 1, 1] high[0, 0, 1, 1] {
    ^bb0(%arg43: index, %arg44: index, %arg45: index, %arg46: index):
      tensor.yield %cst_5 : f32
    } : tensor<1x64x56x56xf32> to tensor<1x64x58x58xf32>
    %10 = tensor.empty() : tensor<1x64x56x56xf32>
    %11 = scf.forall (%arg43, %arg44, %arg45) in (14, 56, 8) shared_outs(%arg46 = %10) -> (tensor<1x64x56x56xf32>) {
      %124 = affine.apply #map(%arg43)
      %125 = affine.apply #map1(%arg45)
      %extracted_slice = tensor.extract_slice %arg4[%125] [8] [1] : tensor<64xf32> to tensor<8xf32>
      %extracted_slice_23 = tensor.extract_slice %arg46[0, %125, %124, %arg44] [1, 8, 4, 1] [1, 1, 1, 1] : tensor<1x64x56x56xf32> to tensor<1x8x4x1xf32>
      %126 = vector.transfer_read %extracted_slice[%c0], %0 {in_bounds = [true]} : tensor<8xf32>, vector<8xf32>
      %127 = vector.broadcast %126 : vector<8xf32> to vector<1x4x1x8xf32>
      %128 = vector.transpose %127, [0, 3, 1, 2] : vector<1x4x1x8xf32> to vector<1x8x4x1xf32>
      %129 = vector.transfer_write %128, %extracted_slice_23[%c0, %c0, %c0, %c0] {in_bounds = [true, true, true, true]} : vector<1x8x4x1xf32>, tensor<1x8x4x1xf32>
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %129 into %arg46[0, %125, %124, %arg44] [1, 8, 4, 1] [1, 1, 1, 1] : tensor<1x8x4x1xf32> into tensor<1x64x56x56xf32>
      }
    }
    %12 = scf.forall (%arg43, %arg44, %arg45) in (56, 7, 16) shared_outs(%arg46 = %11) -> (tensor<1x64x56x56xf32>) {
      %124 = affine.apply #map1(%arg44)
      %125 = affine.apply #map(%arg45)
      %extracted_slice = tensor.extract_slice %padded_7[0, 0, %arg43, %124] [1, 64, 3, 10] [1, 1, 1, 1] : tensor<1x64x58x58xf32> to tensor<1x64x3x10xf32>
      %extracted_slice_23 = tensor.extract_slice %arg3[%125, 0, 0, 0] [4, 64, 3, 3] [1, 1, 1, 1] : tensor<64x64x3x3xf32> to tensor<4x64x3x3xf32>
      %extracted_slice_24 = tensor.extract_slice %arg46[0, %125, %arg43, %124] [1, 4, 1, 8] [1, 1, 1, 1] : tensor<1x64x56x56xf32> to tensor<1x4x1x8xf32>
      %126 = scf.for %arg47 = %c0 to %c3 step %c1 iter_args(%arg48 = %extracted_slice_24) -> (tensor<1x4x1x8xf32>) {
        %127 = scf.for %arg49 = %c0 to %c3 step %c1 iter_args(%arg50 = %arg48) -> (tensor<1x4x1x8xf32>) {
          %128 = scf.for %arg51 = %c0 to %c64 step %c2 iter_args(%arg52 = %arg50) -> (tensor<1x4x1x8xf32>) {
            %extracted_slice_25 = tensor.extract_slice %extracted_slice[0, %arg51, %arg49, %arg47] [1, 2, 1, 8] [1, 1, 1, 1] : tensor<1x64x3x10xf32> to tensor<1x2x1x8xf32>
            %extracted_slice_26 = tensor.extract_slice %extracted_slice_23[0, %arg51, %arg49, %arg47] [4, 2, 1, 1] [1, 1, 1, 1] : tensor<4x64x3x3xf32> to tensor<4x2x1x1xf32>
            %129 = linalg.generic {indexing_maps = [#map10, #map5, #map6], iterator_types = ["parallel", "reduction", "parallel", "reduction", "reduction", "parallel", "parallel"]} ins(%extracted_slice_25, %extracted_slice_26 : tensor<1x2x1x8xf32>, tensor<4x2x1x1xf32>) outs(%arg52 : tensor<1x4x1x8xf32>) attrs =  {tag = "operation_6"} {
            ^bb0(%in: f32, %in_27: f32, %out: f32):
              %130 = arith.mulf %in, %in_27 : f32
              %131 = arith.addf %out, %130 : f32
              linalg.yield %131 : f32
            } -> tensor<1x4x1x8xf32>
            scf.yield %129 : tensor<1x4x1x8xf32>
          }
          scf.yield %128 : tensor<1x4x1x8xf32>
        }
        scf.yield %127 : tensor<1x4x1x8xf32>
      }
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %126 into %arg46[0, %125, %arg43, %124] [1, 4, 1, 8] [1, 1, 1, 1] : tensor<1x4x1x8xf32> into tensor<1x64x56x56xf32>
      }
    }
    %13 = tensor.empty() : tensor<1x64x56x56xf32>
    %14 = scf.forall (%arg43, %arg44, %arg45) in (14, 56, 8) shared_outs(%arg46 = %13) -> (tensor<1x64x56x56xf32>) {
      %124 = affine.apply #map(%arg43)
      %125 = affine.apply #map1(%arg45)
      %extracted_slice = tensor.extract_slice %12[0, %125, %124, %arg44] [1, 8, 4, 1] [1, 1, 1, 1] : tensor<1x64x56x56xf32> to tensor<1x8x4x1xf32>
      %extracted_slice_23 = tensor.extract_slice %arg46[0, %125, %124, %arg44] [1, 8, 4, 1] [1, 1, 1, 1] : tensor<1x64x56x56xf32> to tensor<1x8x4x1xf32>
      %126 = vector.transfer_read %extracted_slice[%c0, %c0, %c0, %c0], %0 {in_bounds = [true, true, true, true]} : tensor<1x8x4x1xf32>, vector<1x8x4x1xf32>
      %127 = vector.transpose %126, [0, 2, 3, 1] : vector<1x8x4x1xf32> to vector<1x4x1x8xf32>
      %128 = arith.maximumf %127, %cst_1 : vector<1x4x1x8xf32>
      %129 = vector.transpose %128, [0, 3, 1, 2] : vector<1x4x1x8xf32> to vector<1x8x4x1xf32>
      %130 = vector.transfer_write %129, %extracted_slice_23[%c0, %c0, %c0, %c0] {in_bounds = [true, true, true, true]} : vector<1x8x4x1xf32>, tensor<1x8x4x1xf32>
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %130 into %arg46[0, %125, %124, %arg44] [1, 8, 4, 1] [1, 1, 1, 1] : tensor<1x8x4x1xf32> into tensor<1x64x56x56xf32>
      }
    }
    %padded_8 = tensor.pad %14 low[0, 0, 1, 1] high[0, 0, 1, 1] {
    ^bb0(%arg43: index, %arg44: index, %arg45: index, %arg46: index):
      tensor.yield %cst_5 : f32
    } : tensor<1x64x56x56xf32> to tensor<1x64x58x58xf32>
    %15 = tensor.empty() : tensor<1x64x56x56xf32>
    %16 = scf.forall (%arg43, %arg44, %arg45) in (14, 56, 8) shared_outs(%arg46 = %15) -> (tensor<1x64x56x56xf32>) {
      %124 = affine.apply #map(%arg43)
      %125 = affine.apply #map1(%arg45)
      %extracted_slice = tensor.extract_slice %arg6[%125] [8] [1] : tensor<64xf32> to tensor<8xf32>
      %extracted_slice_23 = tensor.extract_slice %arg46[0, %125, %124, %arg44] [1, 8, 4, 1] [1, 1, 1, 1] : tensor<1x64x56x56xf32> to tensor<1x8x4x1xf32>
      %126 = vector.transfer_read %extracted_slice[%c0], %0 {in_bounds = [true]} : tensor<8xf32>, vector<8xf32>
      %127 = vector.broadcast %126 : vector<8xf32> to vector<1x4x1x8xf32>
      %128 = vector.transpose %127, [0, 3, 1, 2] : vector<1x4x1x8xf32> to vector<1x8x4x1xf32>
      %129 = vector.transfer_write %128, %extracted_slice_23[%c0, %c0, %c0, %c0] {in_bounds = [true, true, true, true]} : vector<1x8x4x1xf32>, tensor<1x8x4x1xf32>
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %129 into %arg46[0, %125, %124, %arg44] [1, 8, 4, 1] [1, 1, 1, 1] : tensor<1x8x4x1xf32> into tensor<1x64x56x56xf32>
      }
    }
    %17 = scf.forall (%arg43, %arg44, %arg45) in (56, 7, 16) shared_outs(%arg46 = %16) -> (tensor<1x64x56x56xf32>) {
      %124 = affine.apply #map1(%arg44)
      %125 = affine.apply #map(%arg45)
      %extracted_slice = tensor.extract_slice %padded_8[0, 0, %arg43, %124] [1, 64, 3, 10] [1, 1, 1, 1] : tensor<1x64x58x58xf32> to tensor<1x64x3x10xf32>
      %extracted_slice_23 = tensor.extract_slice %arg5[%125, 0, 0, 0] [4, 64, 3, 3] [1, 1, 1, 1] : tensor<64x64x3x3xf32> to tensor<4x64x3x3xf32>
      %extracted_slice_24 = tensor.extract_slice %arg46[0, %125, %arg43, %124] [1, 4, 1, 8] [1, 1, 1, 1] : tensor<1x64x56x56xf32> to tensor<1x4x1x8xf32>
      %126 = scf.for %arg47 = %c0 to %c3 step %c1 iter_args(%arg48 = %extracted_slice_24) -> (tensor<1x4x1x8xf32>) {
        %127 = scf.for %arg49 = %c0 to %c3 step %c1 iter_args(%arg50 = %arg48) -> (tensor<1x4x1x8xf32>) {
          %128 = scf.for %arg51 = %c0 to %c64 step %c2 iter_args(%arg52 = %arg50) -> (tensor<1x4x1x8xf32>) {
            %extracted_slice_25 = tensor.extract_slice %extracted_slice[0, %arg51, %arg49, %arg47] [1, 2, 1, 8] [1, 1, 1, 1] : tensor<1x64x3x10xf32> to tensor<1x2x1x8xf32>
            %extracted_slice_26 = tensor.extract_slice %extracted_slice_23[0, %arg51, %arg49, %arg47] [4, 2, 1, 1] [1, 1, 1, 1] : tensor<4x64x3x3xf32> to tensor<4x2x1x1xf32>
            %129 = linalg.generic {indexing_maps = [#map10, #map5, #map6], iterator_types = ["parallel", "reduction", "parallel", "reduction", "reduction", "parallel", "parallel"]} ins(%extracted_slice_25, %extracted_slice_26 : tensor<1x2x1x8xf32>, tensor<4x2x1x1xf32>) outs(%arg52 : tensor<1x4x1x8xf32>) attrs =  {tag = "operation_9"} {
            ^bb0(%in: f32, %in_27: f32, %out: f32):
              %130 = arith.mulf %in, %in_27 : f32
              %131 = arith.addf %out, %130 : f32
              linalg.yield %131 : f32
            } -> tensor<1x4x1x8xf32>
            scf.yield %129 : tensor<1x4x1x8xf32>
          }
          scf.yield %128 : tensor<1x4x1x8xf32>
        }
        scf.yield %127 : tensor<1x4x1x8xf32>
      }
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %126 into %arg46[0, %125, %arg43, %124] [1, 4, 1, 8] [1, 1, 1, 1] : tensor<1x4x1x8xf32> into tensor<1x64x56x56xf32>
      }
    }
    %18 = tensor.empty() : tensor<1x64x56x56xf32>
    %19 = scf.forall (%arg43, %arg44, %arg45) in (14, 56, 8) shared_outs(%arg46 = %18) -> (tensor<1x64x56x56xf32>) {
      %124 = affine.apply #map(%arg43)
      %125 = affine.apply #map1(%arg45)
      %extracted_slice = tensor.extract_slice %17[0, %125, %124, %arg44] [1, 8, 4, 1] [1, 1, 1, 1] : tensor<1x64x56x56xf32> to tensor<1x8x4x1xf32>
      %extracted_slice_23 = tensor.extract_slice %9[0, %125, %124, %arg44] [1, 8, 4, 1] [1, 1, 1, 1] : tensor<1x64x56x56xf32> to tensor<1x8x4x1xf32>
      %extracted_slice_24 = tensor.extract_slice %arg46[0, %125, %124, %arg44] [1, 8, 4, 1] [1, 1, 1, 1] : tensor<1x64x56x56xf32> to tensor<1x8x4x1xf32>
      %126 = vector.transfer_read %extracted_slice[%c0, %c0, %c0, %c0], %0 {in_bounds = [true, true, true, true]} : tensor<1x8x4x1xf32>, vector<1x8x4x1xf32>
      %127 = vector.transpose %126, [0, 2, 3, 1] : vector<1x8x4x1xf32> to vector<1x4x1x8xf32>
      %128 = vector.transfer_read %extracted_slice_23[%c0, %c0, %c0, %c0], %0 {in_bounds = [true, true, true, true]} : tensor<1x8x4x1xf32>, vector<1x8x4x1xf32>
      %129 = vector.transpose %128, [0, 2, 3, 1] : vector<1x8x4x1xf32> to vector<1x4x1x8xf32>
      %130 = arith.addf %127, %129 : vector<1x4x1x8xf32>
      %131 = vector.transpose %130, [0, 3, 1, 2] : vector<1x4x1x8xf32> to vector<1x8x4x1xf32>
      %132 = vector.transfer_write %131, %extracted_slice_24[%c0, %c0, %c0, %c0] {in_bounds = [true, true, true, true]} : vector<1x8x4x1xf32>, tensor<1x8x4x1xf32>
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %132 into %arg46[0, %125, %124, %arg44] [1, 8, 4, 1] [1, 1, 1, 1] : tensor<1x8x4x1xf32> into tensor<1x64x56x56xf32>
      }
    }
    %20 = tensor.empty() : tensor<1x64x56x56xf32>
    %21 = scf.forall (%arg43, %arg44, %arg45) in (14, 56, 8) shared_outs(%arg46 = %20) -> (tensor<1x64x56x56xf32>) {
      %124 = affine.apply #map(%arg43)
      %125 = affine.apply #map1(%arg45)
      %extracted_slice = tensor.extract_slice %19[0, %125, %124, %arg44] [1, 8, 4, 1] [1, 1, 1, 1] : tensor<1x64x56x56xf32> to tensor<1x8x4x1xf32>
      %extracted_slice_23 = tensor.extract_slice %arg46[0, %125, %124, %arg44] [1, 8, 4, 1] [1, 1, 1, 1] : tensor<1x64x56x56xf32> to tensor<1x8x4x1xf32>
      %126 = vector.transfer_read %extracted_slice[%c0, %c0, %c0, %c0], %0 {in_bounds = [true, true, true, true]} : tensor<1x8x4x1xf32>, vector<1x8x4x1xf32>
      %127 = vector.transpose %126, [0, 2, 3, 1] : vector<1x8x4x1xf32> to vector<1x4x1x8xf32>
      %128 = arith.maximumf %127, %cst_1 : vector<1x4x1x8xf32>
      %129 = vector.transpose %128, [0, 3, 1, 2] : vector<1x4x1x8xf32> to vector<1x8x4x1xf32>
      %130 = vector.transfer_write %129, %extracted_slice_23[%c0, %c0, %c0, %c0] {in_bounds = [true, true, true, true]} : vector<1x8x4x1xf32>, tensor<1x8x4x1xf32>
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %130 into %arg46[0, %125, %124, %arg44] [1, 8, 4, 1] [1, 1, 1, 1] : tensor<1x8x4x1xf32> into tensor<1x64x56x56xf32>
      }
    }
    %padded_9 = tensor.pad %21 low[0, 0, 1, 1] high[0, 0, 1, 1] {
    ^bb0(%arg43: index, %arg44: index, %arg45: index, %arg46: index):
      tensor.yield %cst_5 : f32
    } : tensor<1x64x56x56xf32> to tensor<1x64x58x58xf32>
    %22 = tensor.empty() : tensor<1x64x56x56xf32>
    %23 = scf.forall (%arg43, %arg44, %arg45) in (14, 56, 8) shared_outs(%arg46 = %22) -> (tensor<1x64x56x56xf32>) {
      %124 = affine.apply #map(%arg43)
      %125 = affine.apply #map1(%arg45)
      %extracted_slice = tensor.extract_slice %arg8[%125] [8] [1] : tensor<64xf32> to tensor<8xf32>
      %extracted_slice_23 = tensor.extract_slice %arg46[0, %125, %124, %arg44] [1, 8, 4, 1] [1, 1, 1, 1] : tensor<1x64x56x56xf32> to tensor<1x8x4x1xf32>
      %126 = vector.transfer_read %extracted_slice[%c0], %0 {in_bounds = [true]} : tensor<8xf32>, vector<8xf32>
      %127 = vector.broadcast %126 : vector<8xf32> to vector<1x4x1x8xf32>
      %128 = vector.transpose %127, [0, 3, 1, 2] : vector<1x4x1x8xf32> to vector<1x8x4x1xf32>
      %129 = vector.transfer_write %128, %extracted_slice_23[%c0, %c0, %c0, %c0] {in_bounds = [true, true, true, true]} : vector<1x8x4x1xf32>, tensor<1x8x4x1xf32>
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %129 into %arg46[0, %125, %124, %arg44] [1, 8, 4, 1] [1, 1, 1, 1] : tensor<1x8x4x1xf32> into tensor<1x64x56x56xf32>
      }
    }
    %24 = scf.forall (%arg43, %arg44, %arg45) in (56, 7, 16) shared_outs(%arg46 = %23) -> (tensor<1x64x56x56xf32>) {
      %124 = affine.apply #map1(%arg44)
      %125 = affine.apply #map(%arg45)
      %extracted_slice = tensor.extract_slice %padded_9[0, 0, %arg43, %124] [1, 64, 3, 10] [1, 1, 1, 1] : tensor<1x64x58x58xf32> to tensor<1x64x3x10xf32>
      %extracted_slice_23 = tensor.extract_slice %arg7[%125, 0, 0, 0] [4, 64, 3, 3] [1, 1, 1, 1] : tensor<64x64x3x3xf32> to tensor<4x64x3x3xf32>
      %extracted_slice_24 = tensor.extract_slice %arg46[0, %125, %arg43, %124] [1, 4, 1, 8] [1, 1, 1, 1] : tensor<1x64x56x56xf32> to tensor<1x4x1x8xf32>
      %126 = scf.for %arg47 = %c0 to %c3 step %c1 iter_args(%arg48 = %extracted_slice_24) -> (tensor<1x4x1x8xf32>) {
        %127 = scf.for %arg49 = %c0 to %c3 step %c1 iter_args(%arg50 = %arg48) -> (tensor<1x4x1x8xf32>) {
          %128 = scf.for %arg51 = %c0 to %c64 step %c2 iter_args(%arg52 = %arg50) -> (tensor<1x4x1x8xf32>) {
            %extracted_slice_25 = tensor.extract_slice %extracted_slice[0, %arg51, %arg49, %arg47] [1, 2, 1, 8] [1, 1, 1, 1] : tensor<1x64x3x10xf32> to tensor<1x2x1x8xf32>
            %extracted_slice_26 = tensor.extract_slice %extracted_slice_23[0, %arg51, %arg49, %arg47] [4, 2, 1, 1] [1, 1, 1, 1] : tensor<4x64x3x3xf32> to tensor<4x2x1x1xf32>
            %129 = linalg.generic {indexing_maps = [#map10, #map5, #map6], iterator_types = ["parallel", "reduction", "parallel", "reduction", "reduction", "parallel", "parallel"]} ins(%extracted_slice_25, %extracted_slice_26 : tensor<1x2x1x8xf32>, tensor<4x2x1x1xf32>) outs(%arg52 : tensor<1x4x1x8xf32>) attrs =  {tag = "operation_13"} {
            ^bb0(%in: f32, %in_27: f32, %out: f32):
              %130 = arith.mulf %in, %in_27 : f32
              %131 = arith.addf %out, %130 : f32
              linalg.yield %131 : f32
            } -> tensor<1x4x1x8xf32>
            scf.yield %129 : tensor<1x4x1x8xf32>
          }
          scf.yield %128 : tensor<1x4x1x8xf32>
        }
        scf.yield %127 : tensor<1x4x1x8xf32>
      }
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %126 into %arg46[0, %125, %arg43, %124] [1, 4, 1, 8] [1, 1, 1, 1] : tensor<1x4x1x8xf32> into tensor<1x64x56x56xf32>
      }
    }
    %25 = tensor.empty() : tensor<1x64x56x56xf32>
    %26 = scf.forall (%arg43, %arg44, %arg45) in (14, 56, 8) shared_outs(%arg46 = %25) -> (tensor<1x64x56x56xf32>) {
      %124 = affine.apply #map(%arg43)
      %125 = affine.apply #map1(%arg45)
      %extracted_slice = tensor.extract_slice %24[0, %125, %124, %arg44] [1, 8, 4, 1] [1, 1, 1, 1] : tensor<1x64x56x56xf32> to tensor<1x8x4x1xf32>
      %extracted_slice_23 = tensor.extract_slice %arg46[0, %125, %124, %arg44] [1, 8, 4, 1] [1, 1, 1, 1] : tensor<1x64x56x56xf32> to tensor<1x8x4x1xf32>
      %126 = vector.transfer_read %extracted_slice[%c0, %c0, %c0, %c0], %0 {in_bounds = [true, true, true, true]} : tensor<1x8x4x1xf32>, vector<1x8x4x1xf32>
      %127 = vector.transpose %126, [0, 2, 3, 1] : vector<1x8x4x1xf32> to vector<1x4x1x8xf32>
      %128 = arith.maximumf %127, %cst_1 : vector<1x4x1x8xf32>
      %129 = vector.transpose %128, [0, 3, 1, 2] : vector<1x4x1x8xf32> to vector<1x8x4x1xf32>
      %130 = vector.transfer_write %129, %extracted_slice_23[%c0, %c0, %c0, %c0] {in_bounds = [true, true, true, true]} : vector<1x8x4x1xf32>, tensor<1x8x4x1xf32>
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %130 into %arg46[0, %125, %124, %arg44] [1, 8, 4, 1] [1, 1, 1, 1] : tensor<1x8x4x1xf32> into tensor<1x64x56x56xf32>
      }
    }
    %padded_10 = tensor.pad %26 low[0, 0, 1, 1] high[0, 0, 1, 1] {
    ^bb0(%arg43: index, %arg44: index, %arg45: index, %arg46: index):
      tensor.yield %cst_5 : f32
    } : tensor<1x64x56x56xf32> to tensor<1x64x58x58xf32>
    %27 = tensor.empty() : tensor<1x64x56x56xf32>
    %28 = scf.forall (%arg43, %arg44, %arg45) in (14, 56, 8) shared_outs(%arg46 = %27) -> (tensor<1x64x56x56xf32>) {
      %124 = affine.apply #map(%arg43)
      %125 = affine.apply #map1(%arg45)
      %extracted_slice = tensor.extract_slice %arg10[%125] [8] [1] : tensor<64xf32> to tensor<8xf32>
      %extracted_slice_23 = tensor.extract_slice %arg46[0, %125, %124, %arg44] [1, 8, 4, 1] [1, 1, 1, 1] : tensor<1x64x56x56xf32> to tensor<1x8x4x1xf32>
      %126 = vector.transfer_read %extracted_slice[%c0], %0 {in_bounds = [true]} : tensor<8xf32>, vector<8xf32>
      %127 = vector.broadcast %126 : vector<8xf32> to vector<1x4x1x8xf32>
      %128 = vector.transpose %127, [0, 3, 1, 2] : vector<1x4x1x8xf32> to vector<1x8x4x1xf32>
      %129 = vector.transfer_write %128, %extracted_slice_23[%c0, %c0, %c0, %c0] {in_bounds = [true, true, true, true]} : vector<1x8x4x1xf32>, tensor<1x8x4x1xf32>
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %129 into %arg46[0, %125, %124, %arg44] [1, 8, 4, 1] [1, 1, 1, 1] : tensor<1x8x4x1xf32> into tensor<1x64x56x56xf32>
      }
    }
    %29 = scf.forall (%arg43, %arg44, %arg45) in (56, 7, 16) shared_outs(%arg46 = %28) -> (tensor<1x64x56x56xf32>) {
      %124 = affine.apply #map1(%arg44)
      %125 = affine.apply #map(%arg45)
      %extracted_slice = tensor.extract_slice %padded_10[0, 0, %arg43, %124] [1, 64, 3, 10] [1, 1, 1, 1] : tensor<1x64x58x58xf32> to tensor<1x64x3x10xf32>
      %extracted_slice_23 = tensor.extract_slice %arg9[%125, 0, 0, 0] [4, 64, 3, 3] [1, 1, 1, 1] : tensor<64x64x3x3xf32> to tensor<4x64x3x3xf32>
      %extracted_slice_24 = tensor.extract_slice %arg46[0, %125, %arg43, %124] [1, 4, 1, 8] [1, 1, 1, 1] : tensor<1x64x56x56xf32> to tensor<1x4x1x8xf32>
      %126 = scf.for %arg47 = %c0 to %c3 step %c1 iter_args(%arg48 = %extracted_slice_24) -> (tensor<1x4x1x8xf32>) {
        %127 = scf.for %arg49 = %c0 to %c3 step %c1 iter_args(%arg50 = %arg48) -> (tensor<1x4x1x8xf32>) {
          %128 = scf.for %arg51 = %c0 to %c64 step %c2 iter_args(%arg52 = %arg50) -> (tensor<1x4x1x8xf32>) {
            %extracted_slice_25 = tensor.extract_slice %extracted_slice[0, %arg51, %arg49, %arg47] [1, 2, 1, 8] [1, 1, 1, 1] : tensor<1x64x3x10xf32> to tensor<1x2x1x8xf32>
            %extracted_slice_26 = tensor.extract_slice %extracted_slice_23[0, %arg51, %arg49, %arg47] [4, 2, 1, 1] [1, 1, 1, 1] : tensor<4x64x3x3xf32> to tensor<4x2x1x1xf32>
            %129 = linalg.generic {indexing_maps = [#map10, #map5, #map6], iterator_types = ["parallel", "reduction", "parallel", "reduction", "reduction", "parallel", "parallel"]} ins(%extracted_slice_25, %extracted_slice_26 : tensor<1x2x1x8xf32>, tensor<4x2x1x1xf32>) outs(%arg52 : tensor<1x4x1x8xf32>) attrs =  {tag = "operation_16"} {
            ^bb0(%in: f32, %in_27: f32, %out: f32):
              %130 = arith.mulf %in, %in_27 : f32
              %131 = arith.addf %out, %130 : f32
              linalg.yield %131 : f32
            } -> tensor<1x4x1x8xf32>
            scf.yield %129 : tensor<1x4x1x8xf32>
          }
          scf.yield %128 : tensor<1x4x1x8xf32>
        }
        scf.yield %127 : tensor<1x4x1x8xf32>
      }
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %126 into %arg46[0, %125, %arg43, %124] [1, 4, 1, 8] [1, 1, 1, 1] : tensor<1x4x1x8xf32> into tensor<1x64x56x56xf32>
      }
    }
    %30 = tensor.empty() : tensor<1x64x56x56xf32>
    %31 = scf.forall (%arg43, %arg44, %arg45) in (14, 56, 8) shared_outs(%arg46 = %30) -> (tensor<1x64x56x56xf32>) {
      %124 = affine.apply #map(%arg43)
      %125 = affine.apply #map1(%arg45)
      %extracted_slice = tensor.extract_slice %29[0, %125, %124, %arg44] [1, 8, 4, 1] [1, 1, 1, 1] : tensor<1x64x56x56xf32> to tensor<1x8x4x1xf32>
      %extracted_slice_23 = tensor.extract_slice %21[0, %125, %124, %arg44] [1, 8, 4, 1] [1, 1, 1, 1] : tensor<1x64x56x56xf32> to tensor<1x8x4x1xf32>
      %extracted_slice_24 = tensor.extract_slice %arg46[0, %125, %124, %arg44] [1, 8, 4, 1] [1, 1, 1, 1] : tensor<1x64x56x56xf32> to tensor<1x8x4x1xf32>
      %126 = vector.transfer_read %extracted_slice[%c0, %c0, %c0, %c0], %0 {in_bounds = [true, true, true, true]} : tensor<1x8x4x1xf32>, vector<1x8x4x1xf32>
      %127 = vector.transpose %126, [0, 2, 3, 1] : vector<1x8x4x1xf32> to vector<1x4x1x8xf32>
      %128 = vector.transfer_read %extracted_slice_23[%c0, %c0, %c0, %c0], %0 {in_bounds = [true, true, true, true]} : tensor<1x8x4x1xf32>, vector<1x8x4x1xf32>
      %129 = vector.transpose %128, [0, 2, 3, 1] : vector<1x8x4x1xf32> to vector<1x4x1x8xf32>
      %130 = arith.addf %127, %129 : vector<1x4x1x8xf32>
      %131 = vector.transpose %130, [0, 3, 1, 2] : vector<1x4x1x8xf32> to vector<1x8x4x1xf32>
      %132 = vector.transfer_write %131, %extracted_slice_24[%c0, %c0, %c0, %c0] {in_bounds = [true, true, true, true]} : vector<1x8x4x1xf32>, tensor<1x8x4x1xf32>
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %132 into %arg46[0, %125, %124, %arg44] [1, 8, 4, 1] [1, 1, 1, 1] : tensor<1x8x4x1xf32> into tensor<1x64x56x56xf32>
      }
    }
    %32 = tensor.empty() : tensor<1x64x56x56xf32>
    %33 = scf.forall (%arg43, %arg44, %arg45) in (14, 56, 8) shared_outs(%arg46 = %32) -> (tensor<1x64x56x56xf32>) {
      %124 = affine.apply #map(%arg43)
      %125 = affine.apply #map1(%arg45)
      %extracted_slice = tensor.extract_slice %31[0, %125, %124, %arg44] [1, 8, 4, 1] [1, 1, 1, 1] : tensor<1x64x56x56xf32> to tensor<1x8x4x1xf32>
      %extracted_slice_23 = tensor.extract_slice %arg46[0, %125, %124, %arg44] [1, 8, 4, 1] [1, 1, 1, 1] : tensor<1x64x56x56xf32> to tensor<1x8x4x1xf32>
      %126 = vector.transfer_read %extracted_slice[%c0, %c0, %c0, %c0], %0 {in_bounds = [true, true, true, true]} : tensor<1x8x4x1xf32>, vector<1x8x4x1xf32>
      %127 = vector.transpose %126, [0, 2, 3, 1] : vector<1x8x4x1xf32> to vector<1x4x1x8xf32>
      %128 = arith.maximumf %127, %cst_1 : vector<1x4x1x8xf32>
      %129 = vector.transpose %128, [0, 3, 1, 2] : vector<1x4x1x8xf32> to vector<1x8x4x1xf32>
      %130 = vector.transfer_write %129, %extracted_slice_23[%c0, %c0, %c0, %c0] {in_bounds = [true, true, true, true]} : vector<1x8x4x1xf32>, tensor<1x8x4x1xf32>
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %130 into %arg46[0, %125, %124, %arg44] [1, 8, 4, 1] [1, 1, 1, 1] : tensor<1x8x4x1xf32> into tensor<1x64x56x56xf32>
      }
    }
    %padded_11 = tensor.pad %33 low[0, 0, 1, 1] high[0, 0, 1, 1] {
    ^bb0(%arg43: index, %arg44: index, %arg45: index, %arg46: index):
      tensor.yield %cst_5 : f32
    } : tensor<1x64x56x56xf32> to tensor<1x64x58x58xf32>
    %34 = tensor.empty() : tensor<1x128x28x28xf32>
    %35 = scf.forall (%arg43, %arg44, %arg45) in (7, 28, 16) shared_outs(%arg46 = %34) -> (tensor<1x128x28x28xf32>) {
      %124 = affine.apply #map(%arg43)
      %125 = affine.apply #map1(%arg45)
      %extracted_slice = tensor.extract_slice %arg12[%125] [8] [1] : tensor<128xf32> to tensor<8xf32>
      %extracted_slice_23 = tensor.extract_slice %arg46[0, %125, %124, %arg44] [1, 8, 4, 1] [1, 1, 1, 1] : tensor<1x128x28x28xf32> to tensor<1x8x4x1xf32>
      %126 = vector.transfer_read %extracted_slice[%c0], %0 {in_bounds = [true]} : tensor<8xf32>, vector<8xf32>
      %127 = vector.broadcast %126 : vector<8xf32> to vector<1x4x1x8xf32>
      %128 = vector.transpose %127, [0, 3, 1, 2] : vector<1x4x1x8xf32> to vector<1x8x4x1xf32>
      %129 = vector.transfer_write %128, %extracted_slice_23[%c0, %c0, %c0, %c0] {in_bounds = [true, true, true, true]} : vector<1x8x4x1xf32>, tensor<1x8x4x1xf32>
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %129 into %arg46[0, %125, %124, %arg44] [1, 8, 4, 1] [1, 1, 1, 1] : tensor<1x8x4x1xf32> into tensor<1x128x28x28xf32>
      }
    }
    %36 = scf.forall (%arg43, %arg44, %arg45) in (28, 14, 32) shared_outs(%arg46 = %35) -> (tensor<1x128x28x28xf32>) {
      %124 = affine.apply #map2(%arg44)
      %125 = affine.apply #map(%arg45)
      %126 = affine.apply #map2(%arg43)
      %127 = affine.apply #map(%arg44)
      %extracted_slice = tensor.extract_slice %padded_11[0, 0, %126, %127] [1, 64, 3, 5] [1, 1, 1, 1] : tensor<1x64x58x58xf32> to tensor<1x64x3x5xf32>
      %extracted_slice_23 = tensor.extract_slice %arg11[%125, 0, 0, 0] [4, 64, 3, 3] [1, 1, 1, 1] : tensor<128x64x3x3xf32> to tensor<4x64x3x3xf32>
      %extracted_slice_24 = tensor.extract_slice %arg46[0, %125, %arg43, %124] [1, 4, 1, 2] [1, 1, 1, 1] : tensor<1x128x28x28xf32> to tensor<1x4x1x2xf32>
      %128 = scf.for %arg47 = %c0 to %c3 step %c1 iter_args(%arg48 = %extracted_slice_24) -> (tensor<1x4x1x2xf32>) {
        %129 = scf.for %arg49 = %c0 to %c3 step %c1 iter_args(%arg50 = %arg48) -> (tensor<1x4x1x2xf32>) {
          %130 = scf.for %arg51 = %c0 to %c64 step %c2 iter_args(%arg52 = %arg50) -> (tensor<1x4x1x2xf32>) {
            %extracted_slice_25 = tensor.extract_slice %extracted_slice[0, %arg51, %arg49, %arg47] [1, 2, 1, 3] [1, 1, 1, 1] : tensor<1x64x3x5xf32> to tensor<1x2x1x3xf32>
            %extracted_slice_26 = tensor.extract_slice %extracted_slice_23[0, %arg51, %arg49, %arg47] [4, 2, 1, 1] [1, 1, 1, 1] : tensor<4x64x3x3xf32> to tensor<4x2x1x1xf32>
            %131 = linalg.generic {indexing_maps = [#map4, #map5, #map6], iterator_types = ["parallel", "reduction", "parallel", "reduction", "reduction", "parallel", "parallel"]} ins(%extracted_slice_25, %extracted_slice_26 : tensor<1x2x1x3xf32>, tensor<4x2x1x1xf32>) outs(%arg52 : tensor<1x4x1x2xf32>) attrs =  {tag = "operation_20"} {
            ^bb0(%in: f32, %in_27: f32, %out: f32):
              %132 = arith.mulf %in, %in_27 : f32
              %133 = arith.addf %out, %132 : f32
              linalg.yield %133 : f32
            } -> tensor<1x4x1x2xf32>
            scf.yield %131 : tensor<1x4x1x2xf32>
          }
          scf.yield %130 : tensor<1x4x1x2xf32>
        }
        scf.yield %129 : tensor<1x4x1x2xf32>
      }
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %128 into %arg46[0, %125, %arg43, %124] [1, 4, 1, 2] [1, 1, 1, 1] : tensor<1x4x1x2xf32> into tensor<1x128x28x28xf32>
      }
    }
    %37 = tensor.empty() : tensor<1x128x28x28xf32>
    %38 = scf.forall (%arg43, %arg44, %arg45) in (7, 28, 16) shared_outs(%arg46 = %37) -> (tensor<1x128x28x28xf32>) {
      %124 = affine.apply #map(%arg43)
      %125 = affine.apply #map1(%arg45)
      %extracted_slice = tensor.extract_slice %36[0, %125, %124, %arg44] [1, 8, 4, 1] [1, 1, 1, 1] : tensor<1x128x28x28xf32> to tensor<1x8x4x1xf32>
      %extracted_slice_23 = tensor.extract_slice %arg46[0, %125, %124, %arg44] [1, 8, 4, 1] [1, 1, 1, 1] : tensor<1x128x28x28xf32> to tensor<1x8x4x1xf32>
      %126 = vector.transfer_read %extracted_slice[%c0, %c0, %c0, %c0], %0 {in_bounds = [true, true, true, true]} : tensor<1x8x4x1xf32>, vector<1x8x4x1xf32>
      %127 = vector.transpose %126, [0, 2, 3, 1] : vector<1x8x4x1xf32> to vector<1x4x1x8xf32>
      %128 = arith.maximumf %127, %cst_1 : vector<1x4x1x8xf32>
      %129 = vector.transpose %128, [0, 3, 1, 2] : vector<1x4x1x8xf32> to vector<1x8x4x1xf32>
      %130 = vector.transfer_write %129, %extracted_slice_23[%c0, %c0, %c0, %c0] {in_bounds = [true, true, true, true]} : vector<1x8x4x1xf32>, tensor<1x8x4x1xf32>
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %130 into %arg46[0, %125, %124, %arg44] [1, 8, 4, 1] [1, 1, 1, 1] : tensor<1x8x4x1xf32> into tensor<1x128x28x28xf32>
      }
    }
    %padded_12 = tensor.pad %38 low[0, 0, 1, 1] high[0, 0, 1, 1] {
    ^bb0(%arg43: index, %arg44: index, %arg45: index, %arg46: index):
      tensor.yield %cst_5 : f32
    } : tensor<1x128x28x28xf32> to tensor<1x128x30x30xf32>
    %39 = tensor.empty() : tensor<1x128x28x28xf32>
    %40 = scf.forall (%arg43, %arg44, %arg45) in (7, 28, 16) shared_outs(%arg46 = %39) -> (tensor<1x128x28x28xf32>) {
      %124 = affine.apply #map(%arg43)
      %125 = affine.apply #map1(%arg45)
      %extracted_slice = tensor.extract_slice %arg14[%125] [8] [1] : tensor<128xf32> to tensor<8xf32>
      %extracted_slice_23 = tensor.extract_slice %arg46[0, %125, %124, %arg44] [1, 8, 4, 1] [1, 1, 1, 1] : tensor<1x128x28x28xf32> to tensor<1x8x4x1xf32>
      %126 = vector.transfer_read %extracted_slice[%c0], %0 {in_bounds = [true]} : tensor<8xf32>, vector<8xf32>
      %127 = vector.broadcast %126 : vector<8xf32> to vector<1x4x1x8xf32>
      %128 = vector.transpose %127, [0, 3, 1, 2] : vector<1x4x1x8xf32> to vector<1x8x4x1xf32>
      %129 = vector.transfer_write %128, %extracted_slice_23[%c0, %c0, %c0, %c0] {in_bounds = [true, true, true, true]} : vector<1x8x4x1xf32>, tensor<1x8x4x1xf32>
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %129 into %arg46[0, %125, %124, %arg44] [1, 8, 4, 1] [1, 1, 1, 1] : tensor<1x8x4x1xf32> into tensor<1x128x28x28xf32>
      }
    }
    %41 = scf.forall (%arg43, %arg44, %arg45) in (28, 14, 32) shared_outs(%arg46 = %40) -> (tensor<1x128x28x28xf32>) {
      %124 = affine.apply #map2(%arg44)
      %125 = affine.apply #map(%arg45)
      %extracted_slice = tensor.extract_slice %padded_12[0, 0, %arg43, %124] [1, 128, 3, 4] [1, 1, 1, 1] : tensor<1x128x30x30xf32> to tensor<1x128x3x4xf32>
      %extracted_slice_23 = tensor.extract_slice %arg13[%125, 0, 0, 0] [4, 128, 3, 3] [1, 1, 1, 1] : tensor<128x128x3x3xf32> to tensor<4x128x3x3xf32>
      %extracted_slice_24 = tensor.extract_slice %arg46[0, %125, %arg43, %124] [1, 4, 1, 2] [1, 1, 1, 1] : tensor<1x128x28x28xf32> to tensor<1x4x1x2xf32>
      %126 = scf.for %arg47 = %c0 to %c3 step %c1 iter_args(%arg48 = %extracted_slice_24) -> (tensor<1x4x1x2xf32>) {
        %127 = scf.for %arg49 = %c0 to %c3 step %c1 iter_args(%arg50 = %arg48) -> (tensor<1x4x1x2xf32>) {
          %128 = scf.for %arg51 = %c0 to %c128 step %c2 iter_args(%arg52 = %arg50) -> (tensor<1x4x1x2xf32>) {
            %extracted_slice_25 = tensor.extract_slice %extracted_slice[0, %arg51, %arg49, %arg47] [1, 2, 1, 2] [1, 1, 1, 1] : tensor<1x128x3x4xf32> to tensor<1x2x1x2xf32>
            %extracted_slice_26 = tensor.extract_slice %extracted_slice_23[0, %arg51, %arg49, %arg47] [4, 2, 1, 1] [1, 1, 1, 1] : tensor<4x128x3x3xf32> to tensor<4x2x1x1xf32>
            %129 = linalg.generic {indexing_maps = [#map10, #map5, #map6], iterator_types = ["parallel", "reduction", "parallel", "reduction", "reduction", "parallel", "parallel"]} ins(%extracted_slice_25, %extracted_slice_26 : tensor<1x2x1x2xf32>, tensor<4x2x1x1xf32>) outs(%arg52 : tensor<1x4x1x2xf32>) attrs =  {tag = "operation_23"} {
            ^bb0(%in: f32, %in_27: f32, %out: f32):
              %130 = arith.mulf %in, %in_27 : f32
              %131 = arith.addf %out, %130 : f32
              linalg.yield %131 : f32
            } -> tensor<1x4x1x2xf32>
            scf.yield %129 : tensor<1x4x1x2xf32>
          }
          scf.yield %128 : tensor<1x4x1x2xf32>
        }
        scf.yield %127 : tensor<1x4x1x2xf32>
      }
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %126 into %arg46[0, %125, %arg43, %124] [1, 4, 1, 2] [1, 1, 1, 1] : tensor<1x4x1x2xf32> into tensor<1x128x28x28xf32>
      }
    }
    %42 = tensor.empty() : tensor<1x128x28x28xf32>
    %43 = scf.forall (%arg43, %arg44, %arg45) in (7, 28, 16) shared_outs(%arg46 = %42) -> (tensor<1x128x28x28xf32>) {
      %124 = affine.apply #map(%arg43)
      %125 = affine.apply #map1(%arg45)
      %extracted_slice = tensor.extract_slice %arg16[%125] [8] [1] : tensor<128xf32> to tensor<8xf32>
      %extracted_slice_23 = tensor.extract_slice %arg46[0, %125, %124, %arg44] [1, 8, 4, 1] [1, 1, 1, 1] : tensor<1x128x28x28xf32> to tensor<1x8x4x1xf32>
      %126 = vector.transfer_read %extracted_slice[%c0], %0 {in_bounds = [true]} : tensor<8xf32>, vector<8xf32>
      %127 = vector.broadcast %126 : vector<8xf32> to vector<1x4x1x8xf32>
      %128 = vector.transpose %127, [0, 3, 1, 2] : vector<1x4x1x8xf32> to vector<1x8x4x1xf32>
      %129 = vector.transfer_write %128, %extracted_slice_23[%c0, %c0, %c0, %c0] {in_bounds = [true, true, true, true]} : vector<1x8x4x1xf32>, tensor<1x8x4x1xf32>
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %129 into %arg46[0, %125, %124, %arg44] [1, 8, 4, 1] [1, 1, 1, 1] : tensor<1x8x4x1xf32> into tensor<1x128x28x28xf32>
      }
    }
    %44 = scf.forall (%arg43, %arg44, %arg45) in (28, 14, 32) shared_outs(%arg46 = %43) -> (tensor<1x128x28x28xf32>) {
      %124 = affine.apply #map2(%arg44)
      %125 = affine.apply #map(%arg45)
      %126 = affine.apply #map2(%arg43)
      %127 = affine.apply #map(%arg44)
      %extracted_slice = tensor.extract_slice %33[0, 0, %126, %127] [1, 64, 1, 3] [1, 1, 1, 1] : tensor<1x64x56x56xf32> to tensor<1x64x1x3xf32>
      %extracted_slice_23 = tensor.extract_slice %arg15[%125, 0, 0, 0] [4, 64, 1, 1] [1, 1, 1, 1] : tensor<128x64x1x1xf32> to tensor<4x64x1x1xf32>
      %extracted_slice_24 = tensor.extract_slice %arg46[0, %125, %arg43, %124] [1, 4, 1, 2] [1, 1, 1, 1] : tensor<1x128x28x28xf32> to tensor<1x4x1x2xf32>
      %128 = scf.for %arg47 = %c0 to %c64 step %c2 iter_args(%arg48 = %extracted_slice_24) -> (tensor<1x4x1x2xf32>) {
        %extracted_slice_25 = tensor.extract_slice %extracted_slice[0, %arg47, 0, 0] [1, 2, 1, 3] [1, 1, 1, 1] : tensor<1x64x1x3xf32> to tensor<1x2x1x3xf32>
        %extracted_slice_26 = tensor.extract_slice %extracted_slice_23[0, %arg47, 0, 0] [4, 2, 1, 1] [1, 1, 1, 1] : tensor<4x64x1x1xf32> to tensor<4x2x1x1xf32>
        %129 = linalg.generic {indexing_maps = [#map4, #map5, #map6], iterator_types = ["parallel", "reduction", "parallel", "reduction", "reduction", "parallel", "parallel"]} ins(%extracted_slice_25, %extracted_slice_26 : tensor<1x2x1x3xf32>, tensor<4x2x1x1xf32>) outs(%arg48 : tensor<1x4x1x2xf32>) attrs =  {tag = "operation_25"} {
        ^bb0(%in: f32, %in_27: f32, %out: f32):
          %130 = arith.mulf %in, %in_27 : f32
          %131 = arith.addf %out, %130 : f32
          linalg.yield %131 : f32
        } -> tensor<1x4x1x2xf32>
        scf.yield %129 : tensor<1x4x1x2xf32>
      }
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %128 into %arg46[0, %125, %arg43, %124] [1, 4, 1, 2] [1, 1, 1, 1] : tensor<1x4x1x2xf32> into tensor<1x128x28x28xf32>
      }
    }
    %45 = tensor.empty() : tensor<1x128x28x28xf32>
    %46 = scf.forall (%arg43, %arg44, %arg45) in (7, 28, 16) shared_outs(%arg46 = %45) -> (tensor<1x128x28x28xf32>) {
      %124 = affine.apply #map(%arg43)
      %125 = affine.apply #map1(%arg45)
      %extracted_slice = tensor.extract_slice %41[0, %125, %124, %arg44] [1, 8, 4, 1] [1, 1, 1, 1] : tensor<1x128x28x28xf32> to tensor<1x8x4x1xf32>
      %extracted_slice_23 = tensor.extract_slice %44[0, %125, %124, %arg44] [1, 8, 4, 1] [1, 1, 1, 1] : tensor<1x128x28x28xf32> to tensor<1x8x4x1xf32>
      %extracted_slice_24 = tensor.extract_slice %arg46[0, %125, %124, %arg44] [1, 8, 4, 1] [1, 1, 1, 1] : tensor<1x128x28x28xf32> to tensor<1x8x4x1xf32>
      %126 = vector.transfer_read %extracted_slice[%c0, %c0, %c0, %c0], %0 {in_bounds = [true, true, true, true]} : tensor<1x8x4x1xf32>, vector<1x8x4x1xf32>
      %127 = vector.transpose %126, [0, 2, 3, 1] : vector<1x8x4x1xf32> to vector<1x4x1x8xf32>
      %128 = vector.transfer_read %extracted_slice_23[%c0, %c0, %c0, %c0], %0 {in_bounds = [true, true, true, true]} : tensor<1x8x4x1xf32>, vector<1x8x4x1xf32>
      %129 = vector.transpose %128, [0, 2, 3, 1] : vector<1x8x4x1xf32> to vector<1x4x1x8xf32>
      %130 = arith.addf %127, %129 : vector<1x4x1x8xf32>
      %131 = vector.transpose %130, [0, 3, 1, 2] : vector<1x4x1x8xf32> to vector<1x8x4x1xf32>
      %132 = vector.transfer_write %131, %extracted_slice_24[%c0, %c0, %c0, %c0] {in_bounds = [true, true, true, true]} : vector<1x8x4x1xf32>, tensor<1x8x4x1xf32>
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %132 into %arg46[0, %125, %124, %arg44] [1, 8, 4, 1] [1, 1, 1, 1] : tensor<1x8x4x1xf32> into tensor<1x128x28x28xf32>
      }
    }
    %47 = tensor.empty() : tensor<1x128x28x28xf32>
    %48 = scf.forall (%arg43, %arg44, %arg45) in (7, 28, 16) shared_outs(%arg46 = %47) -> (tensor<1x128x28x28xf32>) {
      %124 = affine.apply #map(%arg43)
      %125 = affine.apply #map1(%arg45)
      %extracted_slice = tensor.extract_slice %46[0, %125, %124, %arg44] [1, 8, 4, 1] [1, 1, 1, 1] : tensor<1x128x28x28xf32> to tensor<1x8x4x1xf32>
      %extracted_slice_23 = tensor.extract_slice %arg46[0, %125, %124, %arg44] [1, 8, 4, 1] [1, 1, 1, 1] : tensor<1x128x28x28xf32> to tensor<1x8x4x1xf32>
      %126 = vector.transfer_read %extracted_slice[%c0, %c0, %c0, %c0], %0 {in_bounds = [true, true, true, true]} : tensor<1x8x4x1xf32>, vector<1x8x4x1xf32>
      %127 = vector.transpose %126, [0, 2, 3, 1] : vector<1x8x4x1xf32> to vector<1x4x1x8xf32>
      %128 = arith.maximumf %127, %cst_1 : vector<1x4x1x8xf32>
      %129 = vector.transpose %128, [0, 3, 1, 2] : vector<1x4x1x8xf32> to vector<1x8x4x1xf32>
      %130 = vector.transfer_write %129, %extracted_slice_23[%c0, %c0, %c0, %c0] {in_bounds = [true, true, true, true]} : vector<1x8x4x1xf32>, tensor<1x8x4x1xf32>
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %130 into %arg46[0, %125, %124, %arg44] [1, 8, 4, 1] [1, 1, 1, 1] : tensor<1x8x4x1xf32> into tensor<1x128x28x28xf32>
      }
    }
    %padded_13 = tensor.pad %48 low[0, 0, 1, 1] high[0, 0, 1, 1] {
    ^bb0(%arg43: index, %arg44: index, %arg45: index, %arg46: index):
      tensor.yield %cst_5 : f32
    } : tensor<1x128x28x28xf32> to tensor<1x128x30x30xf32>
    %49 = tensor.empty() : tensor<1x128x28x28xf32>
    %50 = scf.forall (%arg43, %arg44, %arg45) in (7, 28, 16) shared_outs(%arg46 = %49) -> (tensor<1x128x28x28xf32>) {
      %124 = affine.apply #map(%arg43)
      %125 = affine.apply #map1(%arg45)
      %extracted_slice = tensor.extract_slice %arg18[%125] [8] [1] : tensor<128xf32> to tensor<8xf32>
      %extracted_slice_23 = tensor.extract_slice %arg46[0, %125, %124, %arg44] [1, 8, 4, 1] [1, 1, 1, 1] : tensor<1x128x28x28xf32> to tensor<1x8x4x1xf32>
      %126 = vector.transfer_read %extracted_slice[%c0], %0 {in_bounds = [true]} : tensor<8xf32>, vector<8xf32>
      %127 = vector.broadcast %126 : vector<8xf32> to vector<1x4x1x8xf32>
      %128 = vector.transpose %127, [0, 3, 1, 2] : vector<1x4x1x8xf32> to vector<1x8x4x1xf32>
      %129 = vector.transfer_write %128, %extracted_slice_23[%c0, %c0, %c0, %c0] {in_bounds = [true, true, true, true]} : vector<1x8x4x1xf32>, tensor<1x8x4x1xf32>
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %129 into %arg46[0, %125, %124, %arg44] [1, 8, 4, 1] [1, 1, 1, 1] : tensor<1x8x4x1xf32> into tensor<1x128x28x28xf32>
      }
    }
    %51 = scf.forall (%arg43, %arg44, %arg45) in (28, 14, 32) shared_outs(%arg46 = %50) -> (tensor<1x128x28x28xf32>) {
      %124 = affine.apply #map2(%arg44)
      %125 = affine.apply #map(%arg45)
      %extracted_slice = tensor.extract_slice %padded_13[0, 0, %arg43, %124] [1, 128, 3, 4] [1, 1, 1, 1] : tensor<1x128x30x30xf32> to tensor<1x128x3x4xf32>
      %extracted_slice_23 = tensor.extract_slice %arg17[%125, 0, 0, 0] [4, 128, 3, 3] [1, 1, 1, 1] : tensor<128x128x3x3xf32> to tensor<4x128x3x3xf32>
      %extracted_slice_24 = tensor.extract_slice %arg46[0, %125, %arg43, %124] [1, 4, 1, 2] [1, 1, 1, 1] : tensor<1x128x28x28xf32> to tensor<1x4x1x2xf32>
      %126 = scf.for %arg47 = %c0 to %c3 step %c1 iter_args(%arg48 = %extracted_slice_24) -> (tensor<1x4x1x2xf32>) {
        %127 = scf.for %arg49 = %c0 to %c3 step %c1 iter_args(%arg50 = %arg48) -> (tensor<1x4x1x2xf32>) {
          %128 = scf.for %arg51 = %c0 to %c128 step %c2 iter_args(%arg52 = %arg50) -> (tensor<1x4x1x2xf32>) {
            %extracted_slice_25 = tensor.extract_slice %extracted_slice[0, %arg51, %arg49, %arg47] [1, 2, 1, 2] [1, 1, 1, 1] : tensor<1x128x3x4xf32> to tensor<1x2x1x2xf32>
            %extracted_slice_26 = tensor.extract_slice %extracted_slice_23[0, %arg51, %arg49, %arg47] [4, 2, 1, 1] [1, 1, 1, 1] : tensor<4x128x3x3xf32> to tensor<4x2x1x1xf32>
            %129 = linalg.generic {indexing_maps = [#map10, #map5, #map6], iterator_types = ["parallel", "reduction", "parallel", "reduction", "reduction", "parallel", "parallel"]} ins(%extracted_slice_25, %extracted_slice_26 : tensor<1x2x1x2xf32>, tensor<4x2x1x1xf32>) outs(%arg52 : tensor<1x4x1x2xf32>) attrs =  {tag = "operation_29"} {
            ^bb0(%in: f32, %in_27: f32, %out: f32):
              %130 = arith.mulf %in, %in_27 : f32
              %131 = arith.addf %out, %130 : f32
              linalg.yield %131 : f32
            } -> tensor<1x4x1x2xf32>
            scf.yield %129 : tensor<1x4x1x2xf32>
          }
          scf.yield %128 : tensor<1x4x1x2xf32>
        }
        scf.yield %127 : tensor<1x4x1x2xf32>
      }
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %126 into %arg46[0, %125, %arg43, %124] [1, 4, 1, 2] [1, 1, 1, 1] : tensor<1x4x1x2xf32> into tensor<1x128x28x28xf32>
      }
    }
    %52 = tensor.empty() : tensor<1x128x28x28xf32>
    %53 = scf.forall (%arg43, %arg44, %arg45) in (7, 28, 16) shared_outs(%arg46 = %52) -> (tensor<1x128x28x28xf32>) {
      %124 = affine.apply #map(%arg43)
      %125 = affine.apply #map1(%arg45)
      %extracted_slice = tensor.extract_slice %51[0, %125, %124, %arg44] [1, 8, 4, 1] [1, 1, 1, 1] : tensor<1x128x28x28xf32> to tensor<1x8x4x1xf32>
      %extracted_slice_23 = tensor.extract_slice %arg46[0, %125, %124, %arg44] [1, 8, 4, 1] [1, 1, 1, 1] : tensor<1x128x28x28xf32> to tensor<1x8x4x1xf32>
      %126 = vector.transfer_read %extracted_slice[%c0, %c0, %c0, %c0], %0 {in_bounds = [true, true, true, true]} : tensor<1x8x4x1xf32>, vector<1x8x4x1xf32>
      %127 = vector.transpose %126, [0, 2, 3, 1] : vector<1x8x4x1xf32> to vector<1x4x1x8xf32>
      %128 = arith.maximumf %127, %cst_1 : vector<1x4x1x8xf32>
      %129 = vector.transpose %128, [0, 3, 1, 2] : vector<1x4x1x8xf32> to vector<1x8x4x1xf32>
      %130 = vector.transfer_write %129, %extracted_slice_23[%c0, %c0, %c0, %c0] {in_bounds = [true, true, true, true]} : vector<1x8x4x1xf32>, tensor<1x8x4x1xf32>
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %130 into %arg46[0, %125, %124, %arg44] [1, 8, 4, 1] [1, 1, 1, 1] : tensor<1x8x4x1xf32> into tensor<1x128x28x28xf32>
      }
    }
    %padded_14 = tensor.pad %53 low[0, 0, 1, 1] high[0, 0, 1, 1] {
    ^bb0(%arg43: index, %arg44: index, %arg45: index, %arg46: index):
      tensor.yield %cst_5 : f32
    } : tensor<1x128x28x28xf32> to tensor<1x128x30x30xf32>
    %54 = tensor.empty() : tensor<1x128x28x28xf32>
    %55 = scf.forall (%arg43, %arg44, %arg45) in (7, 28, 16) shared_outs(%arg46 = %54) -> (tensor<1x128x28x28xf32>) {
      %124 = affine.apply #map(%arg43)
      %125 = affine.apply #map1(%arg45)
      %extracted_slice = tensor.extract_slice %arg20[%125] [8] [1] : tensor<128xf32> to tensor<8xf32>
      %extracted_slice_23 = tensor.extract_slice %arg46[0, %125, %124, %arg44] [1, 8, 4, 1] [1, 1, 1, 1] : tensor<1x128x28x28xf32> to tensor<1x8x4x1xf32>
      %126 = vector.transfer_read %extracted_slice[%c0], %0 {in_bounds = [true]} : tensor<8xf32>, vector<8xf32>
      %127 = vector.broadcast %126 : vector<8xf32> to vector<1x4x1x8xf32>
      %128 = vector.transpose %127, [0, 3, 1, 2] : vector<1x4x1x8xf32> to vector<1x8x4x1xf32>
      %129 = vector.transfer_write %128, %extracted_slice_23[%c0, %c0, %c0, %c0] {in_bounds = [true, true, true, true]} : vector<1x8x4x1xf32>, tensor<1x8x4x1xf32>
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %129 into %arg46[0, %125, %124, %arg44] [1, 8, 4, 1] [1, 1, 1, 1] : tensor<1x8x4x1xf32> into tensor<1x128x28x28xf32>
      }
    }
    %56 = scf.forall (%arg43, %arg44, %arg45) in (28, 14, 32) shared_outs(%arg46 = %55) -> (tensor<1x128x28x28xf32>) {
      %124 = affine.apply #map2(%arg44)
      %125 = affine.apply #map(%arg45)
      %extracted_slice = tensor.extract_slice %padded_14[0, 0, %arg43, %124] [1, 128, 3, 4] [1, 1, 1, 1] : tensor<1x128x30x30xf32> to tensor<1x128x3x4xf32>
      %extracted_slice_23 = tensor.extract_slice %arg19[%125, 0, 0, 0] [4, 128, 3, 3] [1, 1, 1, 1] : tensor<128x128x3x3xf32> to tensor<4x128x3x3xf32>
      %extracted_slice_24 = tensor.extract_slice %arg46[0, %125, %arg43, %124] [1, 4, 1, 2] [1, 1, 1, 1] : tensor<1x128x28x28xf32> to tensor<1x4x1x2xf32>
      %126 = scf.for %arg47 = %c0 to %c3 step %c1 iter_args(%arg48 = %extracted_slice_24) -> (tensor<1x4x1x2xf32>) {
        %127 = scf.for %arg49 = %c0 to %c3 step %c1 iter_args(%arg50 = %arg48) -> (tensor<1x4x1x2xf32>) {
          %128 = scf.for %arg51 = %c0 to %c128 step %c2 iter_args(%arg52 = %arg50) -> (tensor<1x4x1x2xf32>) {
            %extracted_slice_25 = tensor.extract_slice %extracted_slice[0, %arg51, %arg49, %arg47] [1, 2, 1, 2] [1, 1, 1, 1] : tensor<1x128x3x4xf32> to tensor<1x2x1x2xf32>
            %extracted_slice_26 = tensor.extract_slice %extracted_slice_23[0, %arg51, %arg49, %arg47] [4, 2, 1, 1] [1, 1, 1, 1] : tensor<4x128x3x3xf32> to tensor<4x2x1x1xf32>
            %129 = linalg.generic {indexing_maps = [#map10, #map5, #map6], iterator_types = ["parallel", "reduction", "parallel", "reduction", "reduction", "parallel", "parallel"]} ins(%extracted_slice_25, %extracted_slice_26 : tensor<1x2x1x2xf32>, tensor<4x2x1x1xf32>) outs(%arg52 : tensor<1x4x1x2xf32>) attrs =  {tag = "operation_32"} {
            ^bb0(%in: f32, %in_27: f32, %out: f32):
              %130 = arith.mulf %in, %in_27 : f32
              %131 = arith.addf %out, %130 : f32
              linalg.yield %131 : f32
            } -> tensor<1x4x1x2xf32>
            scf.yield %129 : tensor<1x4x1x2xf32>
          }
          scf.yield %128 : tensor<1x4x1x2xf32>
        }
        scf.yield %127 : tensor<1x4x1x2xf32>
      }
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %126 into %arg46[0, %125, %arg43, %124] [1, 4, 1, 2] [1, 1, 1, 1] : tensor<1x4x1x2xf32> into tensor<1x128x28x28xf32>
      }
    }
    %57 = tensor.empty() : tensor<1x128x28x28xf32>
    %58 = scf.forall (%arg43, %arg44, %arg45) in (7, 28, 16) shared_outs(%arg46 = %57) -> (tensor<1x128x28x28xf32>) {
      %124 = affine.apply #map(%arg43)
      %125 = affine.apply #map1(%arg45)
      %extracted_slice = tensor.extract_slice %56[0, %125, %124, %arg44] [1, 8, 4, 1] [1, 1, 1, 1] : tensor<1x128x28x28xf32> to tensor<1x8x4x1xf32>
      %extracted_slice_23 = tensor.extract_slice %48[0, %125, %124, %arg44] [1, 8, 4, 1] [1, 1, 1, 1] : tensor<1x128x28x28xf32> to tensor<1x8x4x1xf32>
      %extracted_slice_24 = tensor.extract_slice %arg46[0, %125, %124, %arg44] [1, 8, 4, 1] [1, 1, 1, 1] : tensor<1x128x28x28xf32> to tensor<1x8x4x1xf32>
      %126 = vector.transfer_read %extracted_slice[%c0, %c0, %c0, %c0], %0 {in_bounds = [true, true, true, true]} : tensor<1x8x4x1xf32>, vector<1x8x4x1xf32>
      %127 = vector.transpose %126, [0, 2, 3, 1] : vector<1x8x4x1xf32> to vector<1x4x1x8xf32>
      %128 = vector.transfer_read %extracted_slice_23[%c0, %c0, %c0, %c0], %0 {in_bounds = [true, true, true, true]} : tensor<1x8x4x1xf32>, vector<1x8x4x1xf32>
      %129 = vector.transpose %128, [0, 2, 3, 1] : vector<1x8x4x1xf32> to vector<1x4x1x8xf32>
      %130 = arith.addf %127, %129 : vector<1x4x1x8xf32>
      %131 = vector.transpose %130, [0, 3, 1, 2] : vector<1x4x1x8xf32> to vector<1x8x4x1xf32>
      %132 = vector.transfer_write %131, %extracted_slice_24[%c0, %c0, %c0, %c0] {in_bounds = [true, true, true, true]} : vector<1x8x4x1xf32>, tensor<1x8x4x1xf32>
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %132 into %arg46[0, %125, %124, %arg44] [1, 8, 4, 1] [1, 1, 1, 1] : tensor<1x8x4x1xf32> into tensor<1x128x28x28xf32>
      }
    }
    %59 = tensor.empty() : tensor<1x128x28x28xf32>
    %60 = scf.forall (%arg43, %arg44, %arg45) in (7, 28, 16) shared_outs(%arg46 = %59) -> (tensor<1x128x28x28xf32>) {
      %124 = affine.apply #map(%arg43)
      %125 = affine.apply #map1(%arg45)
      %extracted_slice = tensor.extract_slice %58[0, %125, %124, %arg44] [1, 8, 4, 1] [1, 1, 1, 1] : tensor<1x128x28x28xf32> to tensor<1x8x4x1xf32>
      %extracted_slice_23 = tensor.extract_slice %arg46[0, %125, %124, %arg44] [1, 8, 4, 1] [1, 1, 1, 1] : tensor<1x128x28x28xf32> to tensor<1x8x4x1xf32>
      %126 = vector.transfer_read %extracted_slice[%c0, %c0, %c0, %c0], %0 {in_bounds = [true, true, true, true]} : tensor<1x8x4x1xf32>, vector<1x8x4x1xf32>
      %127 = vector.transpose %126, [0, 2, 3, 1] : vector<1x8x4x1xf32> to vector<1x4x1x8xf32>
      %128 = arith.maximumf %127, %cst_1 : vector<1x4x1x8xf32>
      %129 = vector.transpose %128, [0, 3, 1, 2] : vector<1x4x1x8xf32> to vector<1x8x4x1xf32>
      %130 = vector.transfer_write %129, %extracted_slice_23[%c0, %c0, %c0, %c0] {in_bounds = [true, true, true, true]} : vector<1x8x4x1xf32>, tensor<1x8x4x1xf32>
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %130 into %arg46[0, %125, %124, %arg44] [1, 8, 4, 1] [1, 1, 1, 1] : tensor<1x8x4x1xf32> into tensor<1x128x28x28xf32>
      }
    }
    %padded_15 = tensor.pad %60 low[0, 0, 1, 1] high[0, 0, 1, 1] {
    ^bb0(%arg43: index, %arg44: index, %arg45: index, %arg46: index):
      tensor.yield %cst_5 : f32
    } : tensor<1x128x28x28xf32> to tensor<1x128x30x30xf32>
    %61 = tensor.empty() : tensor<1x256x14x14xf32>
    %62 = scf.forall (%arg43, %arg44, %arg45) in (7, 14, 32) shared_outs(%arg46 = %61) -> (tensor<1x256x14x14xf32>) {
      %124 = affine.apply #map2(%arg43)
      %125 = affine.apply #map1(%arg45)
      %extracted_slice = tensor.extract_slice %arg22[%125] [8] [1] : tensor<256xf32> to tensor<8xf32>
      %extracted_slice_23 = tensor.extract_slice %arg46[0, %125, %124, %arg44] [1, 8, 2, 1] [1, 1, 1, 1] : tensor<1x256x14x14xf32> to tensor<1x8x2x1xf32>
      %126 = vector.transfer_read %extracted_slice[%c0], %0 {in_bounds = [true]} : tensor<8xf32>, vector<8xf32>
      %127 = vector.broadcast %126 : vector<8xf32> to vector<1x2x1x8xf32>
      %128 = vector.transpose %127, [0, 3, 1, 2] : vector<1x2x1x8xf32> to vector<1x8x2x1xf32>
      %129 = vector.transfer_write %128, %extracted_slice_23[%c0, %c0, %c0, %c0] {in_bounds = [true, true, true, true]} : vector<1x8x2x1xf32>, tensor<1x8x2x1xf32>
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %129 into %arg46[0, %125, %124, %arg44] [1, 8, 2, 1] [1, 1, 1, 1] : tensor<1x8x2x1xf32> into tensor<1x256x14x14xf32>
      }
    }
    %63 = scf.forall (%arg43, %arg44, %arg45) in (14, 7, 64) shared_outs(%arg46 = %62) -> (tensor<1x256x14x14xf32>) {
      %124 = affine.apply #map2(%arg44)
      %125 = affine.apply #map(%arg45)
      %126 = affine.apply #map2(%arg43)
      %127 = affine.apply #map(%arg44)
      %extracted_slice = tensor.extract_slice %padded_15[0, 0, %126, %127] [1, 128, 3, 5] [1, 1, 1, 1] : tensor<1x128x30x30xf32> to tensor<1x128x3x5xf32>
      %extracted_slice_23 = tensor.extract_slice %arg21[%125, 0, 0, 0] [4, 128, 3, 3] [1, 1, 1, 1] : tensor<256x128x3x3xf32> to tensor<4x128x3x3xf32>
      %extracted_slice_24 = tensor.extract_slice %arg46[0, %125, %arg43, %124] [1, 4, 1, 2] [1, 1, 1, 1] : tensor<1x256x14x14xf32> to tensor<1x4x1x2xf32>
      %128 = scf.for %arg47 = %c0 to %c3 step %c1 iter_args(%arg48 = %extracted_slice_24) -> (tensor<1x4x1x2xf32>) {
        %129 = scf.for %arg49 = %c0 to %c3 step %c1 iter_args(%arg50 = %arg48) -> (tensor<1x4x1x2xf32>) {
          %130 = scf.for %arg51 = %c0 to %c128 step %c2 iter_args(%arg52 = %arg50) -> (tensor<1x4x1x2xf32>) {
            %extracted_slice_25 = tensor.extract_slice %extracted_slice[0, %arg51, %arg49, %arg47] [1, 2, 1, 3] [1, 1, 1, 1] : tensor<1x128x3x5xf32> to tensor<1x2x1x3xf32>
            %extracted_slice_26 = tensor.extract_slice %extracted_slice_23[0, %arg51, %arg49, %arg47] [4, 2, 1, 1] [1, 1, 1, 1] : tensor<4x128x3x3xf32> to tensor<4x2x1x1xf32>
            %131 = linalg.generic {indexing_maps = [#map4, #map5, #map6], iterator_types = ["parallel", "reduction", "parallel", "reduction", "reduction", "parallel", "parallel"]} ins(%extracted_slice_25, %extracted_slice_26 : tensor<1x2x1x3xf32>, tensor<4x2x1x1xf32>) outs(%arg52 : tensor<1x4x1x2xf32>) attrs =  {tag = "operation_36"} {
            ^bb0(%in: f32, %in_27: f32, %out: f32):
              %132 = arith.mulf %in, %in_27 : f32
              %133 = arith.addf %out, %132 : f32
              linalg.yield %133 : f32
            } -> tensor<1x4x1x2xf32>
            scf.yield %131 : tensor<1x4x1x2xf32>
          }
          scf.yield %130 : tensor<1x4x1x2xf32>
        }
        scf.yield %129 : tensor<1x4x1x2xf32>
      }
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %128 into %arg46[0, %125, %arg43, %124] [1, 4, 1, 2] [1, 1, 1, 1] : tensor<1x4x1x2xf32> into tensor<1x256x14x14xf32>
      }
    }
    %64 = tensor.empty() : tensor<1x256x14x14xf32>
    %65 = scf.forall (%arg43, %arg44, %arg45) in (7, 14, 32) shared_outs(%arg46 = %64) -> (tensor<1x256x14x14xf32>) {
      %124 = affine.apply #map2(%arg43)
      %125 = affine.apply #map1(%arg45)
      %extracted_slice = tensor.extract_slice %63[0, %125, %124, %arg44] [1, 8, 2, 1] [1, 1, 1, 1] : tensor<1x256x14x14xf32> to tensor<1x8x2x1xf32>
      %extracted_slice_23 = tensor.extract_slice %arg46[0, %125, %124, %arg44] [1, 8, 2, 1] [1, 1, 1, 1] : tensor<1x256x14x14xf32> to tensor<1x8x2x1xf32>
      %126 = vector.transfer_read %extracted_slice[%c0, %c0, %c0, %c0], %0 {in_bounds = [true, true, true, true]} : tensor<1x8x2x1xf32>, vector<1x8x2x1xf32>
      %127 = vector.transpose %126, [0, 2, 3, 1] : vector<1x8x2x1xf32> to vector<1x2x1x8xf32>
      %128 = arith.maximumf %127, %cst_0 : vector<1x2x1x8xf32>
      %129 = vector.transpose %128, [0, 3, 1, 2] : vector<1x2x1x8xf32> to vector<1x8x2x1xf32>
      %130 = vector.transfer_write %129, %extracted_slice_23[%c0, %c0, %c0, %c0] {in_bounds = [true, true, true, true]} : vector<1x8x2x1xf32>, tensor<1x8x2x1xf32>
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %130 into %arg46[0, %125, %124, %arg44] [1, 8, 2, 1] [1, 1, 1, 1] : tensor<1x8x2x1xf32> into tensor<1x256x14x14xf32>
      }
    }
    %padded_16 = tensor.pad %65 low[0, 0, 1, 1] high[0, 0, 1, 1] {
    ^bb0(%arg43: index, %arg44: index, %arg45: index, %arg46: index):
      tensor.yield %cst_5 : f32
    } : tensor<1x256x14x14xf32> to tensor<1x256x16x16xf32>
    %66 = tensor.empty() : tensor<1x256x14x14xf32>
    %67 = scf.forall (%arg43, %arg44, %arg45) in (7, 14, 32) shared_outs(%arg46 = %66) -> (tensor<1x256x14x14xf32>) {
      %124 = affine.apply #map2(%arg43)
      %125 = affine.apply #map1(%arg45)
      %extracted_slice = tensor.extract_slice %arg24[%125] [8] [1] : tensor<256xf32> to tensor<8xf32>
      %extracted_slice_23 = tensor.extract_slice %arg46[0, %125, %124, %arg44] [1, 8, 2, 1] [1, 1, 1, 1] : tensor<1x256x14x14xf32> to tensor<1x8x2x1xf32>
      %126 = vector.transfer_read %extracted_slice[%c0], %0 {in_bounds = [true]} : tensor<8xf32>, vector<8xf32>
      %127 = vector.broadcast %126 : vector<8xf32> to vector<1x2x1x8xf32>
      %128 = vector.transpose %127, [0, 3, 1, 2] : vector<1x2x1x8xf32> to vector<1x8x2x1xf32>
      %129 = vector.transfer_write %128, %extracted_slice_23[%c0, %c0, %c0, %c0] {in_bounds = [true, true, true, true]} : vector<1x8x2x1xf32>, tensor<1x8x2x1xf32>
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %129 into %arg46[0, %125, %124, %arg44] [1, 8, 2, 1] [1, 1, 1, 1] : tensor<1x8x2x1xf32> into tensor<1x256x14x14xf32>
      }
    }
    %68 = scf.forall (%arg43, %arg44, %arg45) in (14, 7, 64) shared_outs(%arg46 = %67) -> (tensor<1x256x14x14xf32>) {
      %124 = affine.apply #map2(%arg44)
      %125 = affine.apply #map(%arg45)
      %extracted_slice = tensor.extract_slice %padded_16[0, 0, %arg43, %124] [1, 256, 3, 4] [1, 1, 1, 1] : tensor<1x256x16x16xf32> to tensor<1x256x3x4xf32>
      %extracted_slice_23 = tensor.extract_slice %arg23[%125, 0, 0, 0] [4, 256, 3, 3] [1, 1, 1, 1] : tensor<256x256x3x3xf32> to tensor<4x256x3x3xf32>
      %extracted_slice_24 = tensor.extract_slice %arg46[0, %125, %arg43, %124] [1, 4, 1, 2] [1, 1, 1, 1] : tensor<1x256x14x14xf32> to tensor<1x4x1x2xf32>
      %126 = scf.for %arg47 = %c0 to %c3 step %c1 iter_args(%arg48 = %extracted_slice_24) -> (tensor<1x4x1x2xf32>) {
        %127 = scf.for %arg49 = %c0 to %c3 step %c1 iter_args(%arg50 = %arg48) -> (tensor<1x4x1x2xf32>) {
          %128 = scf.for %arg51 = %c0 to %c256 step %c2 iter_args(%arg52 = %arg50) -> (tensor<1x4x1x2xf32>) {
            %extracted_slice_25 = tensor.extract_slice %extracted_slice[0, %arg51, %arg49, %arg47] [1, 2, 1, 2] [1, 1, 1, 1] : tensor<1x256x3x4xf32> to tensor<1x2x1x2xf32>
            %extracted_slice_26 = tensor.extract_slice %extracted_slice_23[0, %arg51, %arg49, %arg47] [4, 2, 1, 1] [1, 1, 1, 1] : tensor<4x256x3x3xf32> to tensor<4x2x1x1xf32>
            %129 = linalg.generic {indexing_maps = [#map10, #map5, #map6], iterator_types = ["parallel", "reduction", "parallel", "reduction", "reduction", "parallel", "parallel"]} ins(%extracted_slice_25, %extracted_slice_26 : tensor<1x2x1x2xf32>, tensor<4x2x1x1xf32>) outs(%arg52 : tensor<1x4x1x2xf32>) attrs =  {tag = "operation_39"} {
            ^bb0(%in: f32, %in_27: f32, %out: f32):
              %130 = arith.mulf %in, %in_27 : f32
              %131 = arith.addf %out, %130 : f32
              linalg.yield %131 : f32
            } -> tensor<1x4x1x2xf32>
            scf.yield %129 : tensor<1x4x1x2xf32>
          }
          scf.yield %128 : tensor<1x4x1x2xf32>
        }
        scf.yield %127 : tensor<1x4x1x2xf32>
      }
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %126 into %arg46[0, %125, %arg43, %124] [1, 4, 1, 2] [1, 1, 1, 1] : tensor<1x4x1x2xf32> into tensor<1x256x14x14xf32>
      }
    }
    %69 = tensor.empty() : tensor<1x256x14x14xf32>
    %70 = scf.forall (%arg43, %arg44, %arg45) in (7, 14, 32) shared_outs(%arg46 = %69) -> (tensor<1x256x14x14xf32>) {
      %124 = affine.apply #map2(%arg43)
      %125 = affine.apply #map1(%arg45)
      %extracted_slice = tensor.extract_slice %arg26[%125] [8] [1] : tensor<256xf32> to tensor<8xf32>
      %extracted_slice_23 = tensor.extract_slice %arg46[0, %125, %124, %arg44] [1, 8, 2, 1] [1, 1, 1, 1] : tensor<1x256x14x14xf32> to tensor<1x8x2x1xf32>
      %126 = vector.transfer_read %extracted_slice[%c0], %0 {in_bounds = [true]} : tensor<8xf32>, vector<8xf32>
      %127 = vector.broadcast %126 : vector<8xf32> to vector<1x2x1x8xf32>
      %128 = vector.transpose %127, [0, 3, 1, 2] : vector<1x2x1x8xf32> to vector<1x8x2x1xf32>
      %129 = vector.transfer_write %128, %extracted_slice_23[%c0, %c0, %c0, %c0] {in_bounds = [true, true, true, true]} : vector<1x8x2x1xf32>, tensor<1x8x2x1xf32>
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %129 into %arg46[0, %125, %124, %arg44] [1, 8, 2, 1] [1, 1, 1, 1] : tensor<1x8x2x1xf32> into tensor<1x256x14x14xf32>
      }
    }
    %71 = scf.forall (%arg43, %arg44, %arg45) in (14, 7, 64) shared_outs(%arg46 = %70) -> (tensor<1x256x14x14xf32>) {
      %124 = affine.apply #map2(%arg44)
      %125 = affine.apply #map(%arg45)
      %126 = affine.apply #map2(%arg43)
      %127 = affine.apply #map(%arg44)
      %extracted_slice = tensor.extract_slice %60[0, 0, %126, %127] [1, 128, 1, 3] [1, 1, 1, 1] : tensor<1x128x28x28xf32> to tensor<1x128x1x3xf32>
      %extracted_slice_23 = tensor.extract_slice %arg25[%125, 0, 0, 0] [4, 128, 1, 1] [1, 1, 1, 1] : tensor<256x128x1x1xf32> to tensor<4x128x1x1xf32>
      %extracted_slice_24 = tensor.extract_slice %arg46[0, %125, %arg43, %124] [1, 4, 1, 2] [1, 1, 1, 1] : tensor<1x256x14x14xf32> to tensor<1x4x1x2xf32>
      %128 = scf.for %arg47 = %c0 to %c128 step %c2 iter_args(%arg48 = %extracted_slice_24) -> (tensor<1x4x1x2xf32>) {
        %extracted_slice_25 = tensor.extract_slice %extracted_slice[0, %arg47, 0, 0] [1, 2, 1, 3] [1, 1, 1, 1] : tensor<1x128x1x3xf32> to tensor<1x2x1x3xf32>
        %extracted_slice_26 = tensor.extract_slice %extracted_slice_23[0, %arg47, 0, 0] [4, 2, 1, 1] [1, 1, 1, 1] : tensor<4x128x1x1xf32> to tensor<4x2x1x1xf32>
        %129 = linalg.generic {indexing_maps = [#map4, #map5, #map6], iterator_types = ["parallel", "reduction", "parallel", "reduction", "reduction", "parallel", "parallel"]} ins(%extracted_slice_25, %extracted_slice_26 : tensor<1x2x1x3xf32>, tensor<4x2x1x1xf32>) outs(%arg48 : tensor<1x4x1x2xf32>) attrs =  {tag = "operation_41"} {
        ^bb0(%in: f32, %in_27: f32, %out: f32):
          %130 = arith.mulf %in, %in_27 : f32
          %131 = arith.addf %out, %130 : f32
          linalg.yield %131 : f32
        } -> tensor<1x4x1x2xf32>
        scf.yield %129 : tensor<1x4x1x2xf32>
      }
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %128 into %arg46[0, %125, %arg43, %124] [1, 4, 1, 2] [1, 1, 1, 1] : tensor<1x4x1x2xf32> into tensor<1x256x14x14xf32>
      }
    }
    %72 = tensor.empty() : tensor<1x256x14x14xf32>
    %73 = scf.forall (%arg43, %arg44, %arg45) in (7, 14, 32) shared_outs(%arg46 = %72) -> (tensor<1x256x14x14xf32>) {
      %124 = affine.apply #map2(%arg43)
      %125 = affine.apply #map1(%arg45)
      %extracted_slice = tensor.extract_slice %68[0, %125, %124, %arg44] [1, 8, 2, 1] [1, 1, 1, 1] : tensor<1x256x14x14xf32> to tensor<1x8x2x1xf32>
      %extracted_slice_23 = tensor.extract_slice %71[0, %125, %124, %arg44] [1, 8, 2, 1] [1, 1, 1, 1] : tensor<1x256x14x14xf32> to tensor<1x8x2x1xf32>
      %extracted_slice_24 = tensor.extract_slice %arg46[0, %125, %124, %arg44] [1, 8, 2, 1] [1, 1, 1, 1] : tensor<1x256x14x14xf32> to tensor<1x8x2x1xf32>
      %126 = vector.transfer_read %extracted_slice[%c0, %c0, %c0, %c0], %0 {in_bounds = [true, true, true, true]} : tensor<1x8x2x1xf32>, vector<1x8x2x1xf32>
      %127 = vector.transpose %126, [0, 2, 3, 1] : vector<1x8x2x1xf32> to vector<1x2x1x8xf32>
      %128 = vector.transfer_read %extracted_slice_23[%c0, %c0, %c0, %c0], %0 {in_bounds = [true, true, true, true]} : tensor<1x8x2x1xf32>, vector<1x8x2x1xf32>
      %129 = vector.transpose %128, [0, 2, 3, 1] : vector<1x8x2x1xf32> to vector<1x2x1x8xf32>
      %130 = arith.addf %127, %129 : vector<1x2x1x8xf32>
      %131 = vector.transpose %130, [0, 3, 1, 2] : vector<1x2x1x8xf32> to vector<1x8x2x1xf32>
      %132 = vector.transfer_write %131, %extracted_slice_24[%c0, %c0, %c0, %c0] {in_bounds = [true, true, true, true]} : vector<1x8x2x1xf32>, tensor<1x8x2x1xf32>
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %132 into %arg46[0, %125, %124, %arg44] [1, 8, 2, 1] [1, 1, 1, 1] : tensor<1x8x2x1xf32> into tensor<1x256x14x14xf32>
      }
    }
    %74 = tensor.empty() : tensor<1x256x14x14xf32>
    %75 = scf.forall (%arg43, %arg44, %arg45) in (7, 14, 32) shared_outs(%arg46 = %74) -> (tensor<1x256x14x14xf32>) {
      %124 = affine.apply #map2(%arg43)
      %125 = affine.apply #map1(%arg45)
      %extracted_slice = tensor.extract_slice %73[0, %125, %124, %arg44] [1, 8, 2, 1] [1, 1, 1, 1] : tensor<1x256x14x14xf32> to tensor<1x8x2x1xf32>
      %extracted_slice_23 = tensor.extract_slice %arg46[0, %125, %124, %arg44] [1, 8, 2, 1] [1, 1, 1, 1] : tensor<1x256x14x14xf32> to tensor<1x8x2x1xf32>
      %126 = vector.transfer_read %extracted_slice[%c0, %c0, %c0, %c0], %0 {in_bounds = [true, true, true, true]} : tensor<1x8x2x1xf32>, vector<1x8x2x1xf32>
      %127 = vector.transpose %126, [0, 2, 3, 1] : vector<1x8x2x1xf32> to vector<1x2x1x8xf32>
      %128 = arith.maximumf %127, %cst_0 : vector<1x2x1x8xf32>
      %129 = vector.transpose %128, [0, 3, 1, 2] : vector<1x2x1x8xf32> to vector<1x8x2x1xf32>
      %130 = vector.transfer_write %129, %extracted_slice_23[%c0, %c0, %c0, %c0] {in_bounds = [true, true, true, true]} : vector<1x8x2x1xf32>, tensor<1x8x2x1xf32>
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %130 into %arg46[0, %125, %124, %arg44] [1, 8, 2, 1] [1, 1, 1, 1] : tensor<1x8x2x1xf32> into tensor<1x256x14x14xf32>
      }
    }
    %padded_17 = tensor.pad %75 low[0, 0, 1, 1] high[0, 0, 1, 1] {
    ^bb0(%arg43: index, %arg44: index, %arg45: index, %arg46: index):
      tensor.yield %cst_5 : f32
    } : tensor<1x256x14x14xf32> to tensor<1x256x16x16xf32>
    %76 = tensor.empty() : tensor<1x256x14x14xf32>
    %77 = scf.forall (%arg43, %arg44, %arg45) in (7, 14, 32) shared_outs(%arg46 = %76) -> (tensor<1x256x14x14xf32>) {
      %124 = affine.apply #map2(%arg43)
      %125 = affine.apply #map1(%arg45)
      %extracted_slice = tensor.extract_slice %arg28[%125] [8] [1] : tensor<256xf32> to tensor<8xf32>
      %extracted_slice_23 = tensor.extract_slice %arg46[0, %125, %124, %arg44] [1, 8, 2, 1] [1, 1, 1, 1] : tensor<1x256x14x14xf32> to tensor<1x8x2x1xf32>
      %126 = vector.transfer_read %extracted_slice[%c0], %0 {in_bounds = [true]} : tensor<8xf32>, vector<8xf32>
      %127 = vector.broadcast %126 : vector<8xf32> to vector<1x2x1x8xf32>
      %128 = vector.transpose %127, [0, 3, 1, 2] : vector<1x2x1x8xf32> to vector<1x8x2x1xf32>
      %129 = vector.transfer_write %128, %extracted_slice_23[%c0, %c0, %c0, %c0] {in_bounds = [true, true, true, true]} : vector<1x8x2x1xf32>, tensor<1x8x2x1xf32>
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %129 into %arg46[0, %125, %124, %arg44] [1, 8, 2, 1] [1, 1, 1, 1] : tensor<1x8x2x1xf32> into tensor<1x256x14x14xf32>
      }
    }
    %78 = scf.forall (%arg43, %arg44, %arg45) in (14, 7, 64) shared_outs(%arg46 = %77) -> (tensor<1x256x14x14xf32>) {
      %124 = affine.apply #map2(%arg44)
      %125 = affine.apply #map(%arg45)
      %extracted_slice = tensor.extract_slice %padded_17[0, 0, %arg43, %124] [1, 256, 3, 4] [1, 1, 1, 1] : tensor<1x256x16x16xf32> to tensor<1x256x3x4xf32>
      %extracted_slice_23 = tensor.extract_slice %arg27[%125, 0, 0, 0] [4, 256, 3, 3] [1, 1, 1, 1] : tensor<256x256x3x3xf32> to tensor<4x256x3x3xf32>
      %extracted_slice_24 = tensor.extract_slice %arg46[0, %125, %arg43, %124] [1, 4, 1, 2] [1, 1, 1, 1] : tensor<1x256x14x14xf32> to tensor<1x4x1x2xf32>
      %126 = scf.for %arg47 = %c0 to %c3 step %c1 iter_args(%arg48 = %extracted_slice_24) -> (tensor<1x4x1x2xf32>) {
        %127 = scf.for %arg49 = %c0 to %c3 step %c1 iter_args(%arg50 = %arg48) -> (tensor<1x4x1x2xf32>) {
          %128 = scf.for %arg51 = %c0 to %c256 step %c2 iter_args(%arg52 = %arg50) -> (tensor<1x4x1x2xf32>) {
            %extracted_slice_25 = tensor.extract_slice %extracted_slice[0, %arg51, %arg49, %arg47] [1, 2, 1, 2] [1, 1, 1, 1] : tensor<1x256x3x4xf32> to tensor<1x2x1x2xf32>
            %extracted_slice_26 = tensor.extract_slice %extracted_slice_23[0, %arg51, %arg49, %arg47] [4, 2, 1, 1] [1, 1, 1, 1] : tensor<4x256x3x3xf32> to tensor<4x2x1x1xf32>
            %129 = linalg.generic {indexing_maps = [#map10, #map5, #map6], iterator_types = ["parallel", "reduction", "parallel", "reduction", "reduction", "parallel", "parallel"]} ins(%extracted_slice_25, %extracted_slice_26 : tensor<1x2x1x2xf32>, tensor<4x2x1x1xf32>) outs(%arg52 : tensor<1x4x1x2xf32>) attrs =  {tag = "operation_45"} {
            ^bb0(%in: f32, %in_27: f32, %out: f32):
              %130 = arith.mulf %in, %in_27 : f32
              %131 = arith.addf %out, %130 : f32
              linalg.yield %131 : f32
            } -> tensor<1x4x1x2xf32>
            scf.yield %129 : tensor<1x4x1x2xf32>
          }
          scf.yield %128 : tensor<1x4x1x2xf32>
        }
        scf.yield %127 : tensor<1x4x1x2xf32>
      }
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %126 into %arg46[0, %125, %arg43, %124] [1, 4, 1, 2] [1, 1, 1, 1] : tensor<1x4x1x2xf32> into tensor<1x256x14x14xf32>
      }
    }
    %79 = tensor.empty() : tensor<1x256x14x14xf32>
    %80 = scf.forall (%arg43, %arg44, %arg45) in (7, 14, 32) shared_outs(%arg46 = %79) -> (tensor<1x256x14x14xf32>) {
      %124 = affine.apply #map2(%arg43)
      %125 = affine.apply #map1(%arg45)
      %extracted_slice = tensor.extract_slice %78[0, %125, %124, %arg44] [1, 8, 2, 1] [1, 1, 1, 1] : tensor<1x256x14x14xf32> to tensor<1x8x2x1xf32>
      %extracted_slice_23 = tensor.extract_slice %arg46[0, %125, %124, %arg44] [1, 8, 2, 1] [1, 1, 1, 1] : tensor<1x256x14x14xf32> to tensor<1x8x2x1xf32>
      %126 = vector.transfer_read %extracted_slice[%c0, %c0, %c0, %c0], %0 {in_bounds = [true, true, true, true]} : tensor<1x8x2x1xf32>, vector<1x8x2x1xf32>
      %127 = vector.transpose %126, [0, 2, 3, 1] : vector<1x8x2x1xf32> to vector<1x2x1x8xf32>
      %128 = arith.maximumf %127, %cst_0 : vector<1x2x1x8xf32>
      %129 = vector.transpose %128, [0, 3, 1, 2] : vector<1x2x1x8xf32> to vector<1x8x2x1xf32>
      %130 = vector.transfer_write %129, %extracted_slice_23[%c0, %c0, %c0, %c0] {in_bounds = [true, true, true, true]} : vector<1x8x2x1xf32>, tensor<1x8x2x1xf32>
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %130 into %arg46[0, %125, %124, %arg44] [1, 8, 2, 1] [1, 1, 1, 1] : tensor<1x8x2x1xf32> into tensor<1x256x14x14xf32>
      }
    }
    %padded_18 = tensor.pad %80 low[0, 0, 1, 1] high[0, 0, 1, 1] {
    ^bb0(%arg43: index, %arg44: index, %arg45: index, %arg46: index):
      tensor.yield %cst_5 : f32
    } : tensor<1x256x14x14xf32> to tensor<1x256x16x16xf32>
    %81 = tensor.empty() : tensor<1x256x14x14xf32>
    %82 = scf.forall (%arg43, %arg44, %arg45) in (7, 14, 32) shared_outs(%arg46 = %81) -> (tensor<1x256x14x14xf32>) {
      %124 = affine.apply #map2(%arg43)
      %125 = affine.apply #map1(%arg45)
      %extracted_slice = tensor.extract_slice %arg30[%125] [8] [1] : tensor<256xf32> to tensor<8xf32>
      %extracted_slice_23 = tensor.extract_slice %arg46[0, %125, %124, %arg44] [1, 8, 2, 1] [1, 1, 1, 1] : tensor<1x256x14x14xf32> to tensor<1x8x2x1xf32>
      %126 = vector.transfer_read %extracted_slice[%c0], %0 {in_bounds = [true]} : tensor<8xf32>, vector<8xf32>
      %127 = vector.broadcast %126 : vector<8xf32> to vector<1x2x1x8xf32>
      %128 = vector.transpose %127, [0, 3, 1, 2] : vector<1x2x1x8xf32> to vector<1x8x2x1xf32>
      %129 = vector.transfer_write %128, %extracted_slice_23[%c0, %c0, %c0, %c0] {in_bounds = [true, true, true, true]} : vector<1x8x2x1xf32>, tensor<1x8x2x1xf32>
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %129 into %arg46[0, %125, %124, %arg44] [1, 8, 2, 1] [1, 1, 1, 1] : tensor<1x8x2x1xf32> into tensor<1x256x14x14xf32>
      }
    }
    %83 = scf.forall (%arg43, %arg44, %arg45) in (14, 7, 64) shared_outs(%arg46 = %82) -> (tensor<1x256x14x14xf32>) {
      %124 = affine.apply #map2(%arg44)
      %125 = affine.apply #map(%arg45)
      %extracted_slice = tensor.extract_slice %padded_18[0, 0, %arg43, %124] [1, 256, 3, 4] [1, 1, 1, 1] : tensor<1x256x16x16xf32> to tensor<1x256x3x4xf32>
      %extracted_slice_23 = tensor.extract_slice %arg29[%125, 0, 0, 0] [4, 256, 3, 3] [1, 1, 1, 1] : tensor<256x256x3x3xf32> to tensor<4x256x3x3xf32>
      %extracted_slice_24 = tensor.extract_slice %arg46[0, %125, %arg43, %124] [1, 4, 1, 2] [1, 1, 1, 1] : tensor<1x256x14x14xf32> to tensor<1x4x1x2xf32>
      %126 = scf.for %arg47 = %c0 to %c3 step %c1 iter_args(%arg48 = %extracted_slice_24) -> (tensor<1x4x1x2xf32>) {
        %127 = scf.for %arg49 = %c0 to %c3 step %c1 iter_args(%arg50 = %arg48) -> (tensor<1x4x1x2xf32>) {
          %128 = scf.for %arg51 = %c0 to %c256 step %c2 iter_args(%arg52 = %arg50) -> (tensor<1x4x1x2xf32>) {
            %extracted_slice_25 = tensor.extract_slice %extracted_slice[0, %arg51, %arg49, %arg47] [1, 2, 1, 2] [1, 1, 1, 1] : tensor<1x256x3x4xf32> to tensor<1x2x1x2xf32>
            %extracted_slice_26 = tensor.extract_slice %extracted_slice_23[0, %arg51, %arg49, %arg47] [4, 2, 1, 1] [1, 1, 1, 1] : tensor<4x256x3x3xf32> to tensor<4x2x1x1xf32>
            %129 = linalg.generic {indexing_maps = [#map10, #map5, #map6], iterator_types = ["parallel", "reduction", "parallel", "reduction", "reduction", "parallel", "parallel"]} ins(%extracted_slice_25, %extracted_slice_26 : tensor<1x2x1x2xf32>, tensor<4x2x1x1xf32>) outs(%arg52 : tensor<1x4x1x2xf32>) attrs =  {tag = "operation_48"} {
            ^bb0(%in: f32, %in_27: f32, %out: f32):
              %130 = arith.mulf %in, %in_27 : f32
              %131 = arith.addf %out, %130 : f32
              linalg.yield %131 : f32
            } -> tensor<1x4x1x2xf32>
            scf.yield %129 : tensor<1x4x1x2xf32>
          }
          scf.yield %128 : tensor<1x4x1x2xf32>
        }
        scf.yield %127 : tensor<1x4x1x2xf32>
      }
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %126 into %arg46[0, %125, %arg43, %124] [1, 4, 1, 2] [1, 1, 1, 1] : tensor<1x4x1x2xf32> into tensor<1x256x14x14xf32>
      }
    }
    %84 = tensor.empty() : tensor<1x256x14x14xf32>
    %85 = scf.forall (%arg43, %arg44, %arg45) in (7, 14, 32) shared_outs(%arg46 = %84) -> (tensor<1x256x14x14xf32>) {
      %124 = affine.apply #map2(%arg43)
      %125 = affine.apply #map1(%arg45)
      %extracted_slice = tensor.extract_slice %83[0, %125, %124, %arg44] [1, 8, 2, 1] [1, 1, 1, 1] : tensor<1x256x14x14xf32> to tensor<1x8x2x1xf32>
      %extracted_slice_23 = tensor.extract_slice %75[0, %125, %124, %arg44] [1, 8, 2, 1] [1, 1, 1, 1] : tensor<1x256x14x14xf32> to tensor<1x8x2x1xf32>
      %extracted_slice_24 = tensor.extract_slice %arg46[0, %125, %124, %arg44] [1, 8, 2, 1] [1, 1, 1, 1] : tensor<1x256x14x14xf32> to tensor<1x8x2x1xf32>
      %126 = vector.transfer_read %extracted_slice[%c0, %c0, %c0, %c0], %0 {in_bounds = [true, true, true, true]} : tensor<1x8x2x1xf32>, vector<1x8x2x1xf32>
      %127 = vector.transpose %126, [0, 2, 3, 1] : vector<1x8x2x1xf32> to vector<1x2x1x8xf32>
      %128 = vector.transfer_read %extracted_slice_23[%c0, %c0, %c0, %c0], %0 {in_bounds = [true, true, true, true]} : tensor<1x8x2x1xf32>, vector<1x8x2x1xf32>
      %129 = vector.transpose %128, [0, 2, 3, 1] : vector<1x8x2x1xf32> to vector<1x2x1x8xf32>
      %130 = arith.addf %127, %129 : vector<1x2x1x8xf32>
      %131 = vector.transpose %130, [0, 3, 1, 2] : vector<1x2x1x8xf32> to vector<1x8x2x1xf32>
      %132 = vector.transfer_write %131, %extracted_slice_24[%c0, %c0, %c0, %c0] {in_bounds = [true, true, true, true]} : vector<1x8x2x1xf32>, tensor<1x8x2x1xf32>
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %132 into %arg46[0, %125, %124, %arg44] [1, 8, 2, 1] [1, 1, 1, 1] : tensor<1x8x2x1xf32> into tensor<1x256x14x14xf32>
      }
    }
    %86 = tensor.empty() : tensor<1x256x14x14xf32>
    %87 = scf.forall (%arg43, %arg44, %arg45) in (7, 14, 32) shared_outs(%arg46 = %86) -> (tensor<1x256x14x14xf32>) {
      %124 = affine.apply #map2(%arg43)
      %125 = affine.apply #map1(%arg45)
      %extracted_slice = tensor.extract_slice %85[0, %125, %124, %arg44] [1, 8, 2, 1] [1, 1, 1, 1] : tensor<1x256x14x14xf32> to tensor<1x8x2x1xf32>
      %extracted_slice_23 = tensor.extract_slice %arg46[0, %125, %124, %arg44] [1, 8, 2, 1] [1, 1, 1, 1] : tensor<1x256x14x14xf32> to tensor<1x8x2x1xf32>
      %126 = vector.transfer_read %extracted_slice[%c0, %c0, %c0, %c0], %0 {in_bounds = [true, true, true, true]} : tensor<1x8x2x1xf32>, vector<1x8x2x1xf32>
      %127 = vector.transpose %126, [0, 2, 3, 1] : vector<1x8x2x1xf32> to vector<1x2x1x8xf32>
      %128 = arith.maximumf %127, %cst_0 : vector<1x2x1x8xf32>
      %129 = vector.transpose %128, [0, 3, 1, 2] : vector<1x2x1x8xf32> to vector<1x8x2x1xf32>
      %130 = vector.transfer_write %129, %extracted_slice_23[%c0, %c0, %c0, %c0] {in_bounds = [true, true, true, true]} : vector<1x8x2x1xf32>, tensor<1x8x2x1xf32>
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %130 into %arg46[0, %125, %124, %arg44] [1, 8, 2, 1] [1, 1, 1, 1] : tensor<1x8x2x1xf32> into tensor<1x256x14x14xf32>
      }
    }
    %padded_19 = tensor.pad %87 low[0, 0, 1, 1] high[0, 0, 1, 1] {
    ^bb0(%arg43: index, %arg44: index, %arg45: index, %arg46: index):
      tensor.yield %cst_5 : f32
    } : tensor<1x256x14x14xf32> to tensor<1x256x16x16xf32>
    %88 = tensor.empty() : tensor<1x512x7x7xf32>
    %89 = scf.forall (%arg43, %arg44, %arg45) in (7, 7, 64) shared_outs(%arg46 = %88) -> (tensor<1x512x7x7xf32>) {
      %124 = affine.apply #map1(%arg45)
      %extracted_slice = tensor.extract_slice %arg32[%124] [8] [1] : tensor<512xf32> to tensor<8xf32>
      %extracted_slice_23 = tensor.extract_slice %arg46[0, %124, %arg43, %arg44] [1, 8, 1, 1] [1, 1, 1, 1] : tensor<1x512x7x7xf32> to tensor<1x8x1x1xf32>
      %125 = vector.transfer_read %extracted_slice[%c0], %0 {in_bounds = [true]} : tensor<8xf32>, vector<8xf32>
      %126 = vector.broadcast %125 : vector<8xf32> to vector<1x1x1x8xf32>
      %127 = vector.transpose %126, [0, 3, 1, 2] : vector<1x1x1x8xf32> to vector<1x8x1x1xf32>
      %128 = vector.transfer_write %127, %extracted_slice_23[%c0, %c0, %c0, %c0] {in_bounds = [true, true, true, true]} : vector<1x8x1x1xf32>, tensor<1x8x1x1xf32>
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %128 into %arg46[0, %124, %arg43, %arg44] [1, 8, 1, 1] [1, 1, 1, 1] : tensor<1x8x1x1xf32> into tensor<1x512x7x7xf32>
      }
    }
    %90 = scf.forall (%arg43, %arg44, %arg45) in (7, 7, 128) shared_outs(%arg46 = %89) -> (tensor<1x512x7x7xf32>) {
      %124 = affine.apply #map(%arg45)
      %125 = affine.apply #map2(%arg43)
      %126 = affine.apply #map2(%arg44)
      %extracted_slice = tensor.extract_slice %padded_19[0, 0, %125, %126] [1, 256, 3, 3] [1, 1, 1, 1] : tensor<1x256x16x16xf32> to tensor<1x256x3x3xf32>
      %extracted_slice_23 = tensor.extract_slice %arg31[%124, 0, 0, 0] [4, 256, 3, 3] [1, 1, 1, 1] : tensor<512x256x3x3xf32> to tensor<4x256x3x3xf32>
      %extracted_slice_24 = tensor.extract_slice %arg46[0, %124, %arg43, %arg44] [1, 4, 1, 1] [1, 1, 1, 1] : tensor<1x512x7x7xf32> to tensor<1x4x1x1xf32>
      %127 = scf.for %arg47 = %c0 to %c3 step %c1 iter_args(%arg48 = %extracted_slice_24) -> (tensor<1x4x1x1xf32>) {
        %128 = scf.for %arg49 = %c0 to %c3 step %c1 iter_args(%arg50 = %arg48) -> (tensor<1x4x1x1xf32>) {
          %129 = scf.for %arg51 = %c0 to %c256 step %c2 iter_args(%arg52 = %arg50) -> (tensor<1x4x1x1xf32>) {
            %extracted_slice_25 = tensor.extract_slice %extracted_slice[0, %arg51, %arg49, %arg47] [1, 2, 1, 1] [1, 1, 1, 1] : tensor<1x256x3x3xf32> to tensor<1x2x1x1xf32>
            %extracted_slice_26 = tensor.extract_slice %extracted_slice_23[0, %arg51, %arg49, %arg47] [4, 2, 1, 1] [1, 1, 1, 1] : tensor<4x256x3x3xf32> to tensor<4x2x1x1xf32>
            %130 = linalg.generic {indexing_maps = [#map4, #map5, #map6], iterator_types = ["parallel", "reduction", "parallel", "reduction", "reduction", "parallel", "parallel"]} ins(%extracted_slice_25, %extracted_slice_26 : tensor<1x2x1x1xf32>, tensor<4x2x1x1xf32>) outs(%arg52 : tensor<1x4x1x1xf32>) attrs =  {tag = "operation_52"} {
            ^bb0(%in: f32, %in_27: f32, %out: f32):
              %131 = arith.mulf %in, %in_27 : f32
              %132 = arith.addf %out, %131 : f32
              linalg.yield %132 : f32
            } -> tensor<1x4x1x1xf32>
            scf.yield %130 : tensor<1x4x1x1xf32>
          }
          scf.yield %129 : tensor<1x4x1x1xf32>
        }
        scf.yield %128 : tensor<1x4x1x1xf32>
      }
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %127 into %arg46[0, %124, %arg43, %arg44] [1, 4, 1, 1] [1, 1, 1, 1] : tensor<1x4x1x1xf32> into tensor<1x512x7x7xf32>
      }
    }
    %91 = tensor.empty() : tensor<1x512x7x7xf32>
    %92 = scf.forall (%arg43, %arg44, %arg45) in (7, 7, 64) shared_outs(%arg46 = %91) -> (tensor<1x512x7x7xf32>) {
      %124 = affine.apply #map1(%arg45)
      %extracted_slice = tensor.extract_slice %90[0, %124, %arg43, %arg44] [1, 8, 1, 1] [1, 1, 1, 1] : tensor<1x512x7x7xf32> to tensor<1x8x1x1xf32>
      %extracted_slice_23 = tensor.extract_slice %arg46[0, %124, %arg43, %arg44] [1, 8, 1, 1] [1, 1, 1, 1] : tensor<1x512x7x7xf32> to tensor<1x8x1x1xf32>
      %125 = vector.transfer_read %extracted_slice[%c0, %c0, %c0, %c0], %0 {in_bounds = [true, true, true, true]} : tensor<1x8x1x1xf32>, vector<1x8x1x1xf32>
      %126 = vector.transpose %125, [0, 2, 3, 1] : vector<1x8x1x1xf32> to vector<1x1x1x8xf32>
      %127 = arith.maximumf %126, %cst : vector<1x1x1x8xf32>
      %128 = vector.transpose %127, [0, 3, 1, 2] : vector<1x1x1x8xf32> to vector<1x8x1x1xf32>
      %129 = vector.transfer_write %128, %extracted_slice_23[%c0, %c0, %c0, %c0] {in_bounds = [true, true, true, true]} : vector<1x8x1x1xf32>, tensor<1x8x1x1xf32>
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %129 into %arg46[0, %124, %arg43, %arg44] [1, 8, 1, 1] [1, 1, 1, 1] : tensor<1x8x1x1xf32> into tensor<1x512x7x7xf32>
      }
    }
    %padded_20 = tensor.pad %92 low[0, 0, 1, 1] high[0, 0, 1, 1] {
    ^bb0(%arg43: index, %arg44: index, %arg45: index, %arg46: index):
      tensor.yield %cst_5 : f32
    } : tensor<1x512x7x7xf32> to tensor<1x512x9x9xf32>
    %93 = tensor.empty() : tensor<1x512x7x7xf32>
    %94 = scf.forall (%arg43, %arg44, %arg45) in (7, 7, 64) shared_outs(%arg46 = %93) -> (tensor<1x512x7x7xf32>) {
      %124 = affine.apply #map1(%arg45)
      %extracted_slice = tensor.extract_slice %arg34[%124] [8] [1] : tensor<512xf32> to tensor<8xf32>
      %extracted_slice_23 = tensor.extract_slice %arg46[0, %124, %arg43, %arg44] [1, 8, 1, 1] [1, 1, 1, 1] : tensor<1x512x7x7xf32> to tensor<1x8x1x1xf32>
      %125 = vector.transfer_read %extracted_slice[%c0], %0 {in_bounds = [true]} : tensor<8xf32>, vector<8xf32>
      %126 = vector.broadcast %125 : vector<8xf32> to vector<1x1x1x8xf32>
      %127 = vector.transpose %126, [0, 3, 1, 2] : vector<1x1x1x8xf32> to vector<1x8x1x1xf32>
      %128 = vector.transfer_write %127, %extracted_slice_23[%c0, %c0, %c0, %c0] {in_bounds = [true, true, true, true]} : vector<1x8x1x1xf32>, tensor<1x8x1x1xf32>
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %128 into %arg46[0, %124, %arg43, %arg44] [1, 8, 1, 1] [1, 1, 1, 1] : tensor<1x8x1x1xf32> into tensor<1x512x7x7xf32>
      }
    }
    %95 = scf.forall (%arg43, %arg44, %arg45) in (7, 7, 128) shared_outs(%arg46 = %94) -> (tensor<1x512x7x7xf32>) {
      %124 = affine.apply #map(%arg45)
      %extracted_slice = tensor.extract_slice %padded_20[0, 0, %arg43, %arg44] [1, 512, 3, 3] [1, 1, 1, 1] : tensor<1x512x9x9xf32> to tensor<1x512x3x3xf32>
      %extracted_slice_23 = tensor.extract_slice %arg33[%124, 0, 0, 0] [4, 512, 3, 3] [1, 1, 1, 1] : tensor<512x512x3x3xf32> to tensor<4x512x3x3xf32>
      %extracted_slice_24 = tensor.extract_slice %arg46[0, %124, %arg43, %arg44] [1, 4, 1, 1] [1, 1, 1, 1] : tensor<1x512x7x7xf32> to tensor<1x4x1x1xf32>
      %125 = scf.for %arg47 = %c0 to %c3 step %c1 iter_args(%arg48 = %extracted_slice_24) -> (tensor<1x4x1x1xf32>) {
        %126 = scf.for %arg49 = %c0 to %c3 step %c1 iter_args(%arg50 = %arg48) -> (tensor<1x4x1x1xf32>) {
          %127 = scf.for %arg51 = %c0 to %c512 step %c2 iter_args(%arg52 = %arg50) -> (tensor<1x4x1x1xf32>) {
            %extracted_slice_25 = tensor.extract_slice %extracted_slice[0, %arg51, %arg49, %arg47] [1, 2, 1, 1] [1, 1, 1, 1] : tensor<1x512x3x3xf32> to tensor<1x2x1x1xf32>
            %extracted_slice_26 = tensor.extract_slice %extracted_slice_23[0, %arg51, %arg49, %arg47] [4, 2, 1, 1] [1, 1, 1, 1] : tensor<4x512x3x3xf32> to tensor<4x2x1x1xf32>
            %128 = linalg.generic {indexing_maps = [#map10, #map5, #map6], iterator_types = ["parallel", "reduction", "parallel", "reduction", "reduction", "parallel", "parallel"]} ins(%extracted_slice_25, %extracted_slice_26 : tensor<1x2x1x1xf32>, tensor<4x2x1x1xf32>) outs(%arg52 : tensor<1x4x1x1xf32>) attrs =  {tag = "operation_55"} {
            ^bb0(%in: f32, %in_27: f32, %out: f32):
              %129 = arith.mulf %in, %in_27 : f32
              %130 = arith.addf %out, %129 : f32
              linalg.yield %130 : f32
            } -> tensor<1x4x1x1xf32>
            scf.yield %128 : tensor<1x4x1x1xf32>
          }
          scf.yield %127 : tensor<1x4x1x1xf32>
        }
        scf.yield %126 : tensor<1x4x1x1xf32>
      }
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %125 into %arg46[0, %124, %arg43, %arg44] [1, 4, 1, 1] [1, 1, 1, 1] : tensor<1x4x1x1xf32> into tensor<1x512x7x7xf32>
      }
    }
    %96 = tensor.empty() : tensor<1x512x7x7xf32>
    %97 = scf.forall (%arg43, %arg44, %arg45) in (7, 7, 64) shared_outs(%arg46 = %96) -> (tensor<1x512x7x7xf32>) {
      %124 = affine.apply #map1(%arg45)
      %extracted_slice = tensor.extract_slice %arg36[%124] [8] [1] : tensor<512xf32> to tensor<8xf32>
      %extracted_slice_23 = tensor.extract_slice %arg46[0, %124, %arg43, %arg44] [1, 8, 1, 1] [1, 1, 1, 1] : tensor<1x512x7x7xf32> to tensor<1x8x1x1xf32>
      %125 = vector.transfer_read %extracted_slice[%c0], %0 {in_bounds = [true]} : tensor<8xf32>, vector<8xf32>
      %126 = vector.broadcast %125 : vector<8xf32> to vector<1x1x1x8xf32>
      %127 = vector.transpose %126, [0, 3, 1, 2] : vector<1x1x1x8xf32> to vector<1x8x1x1xf32>
      %128 = vector.transfer_write %127, %extracted_slice_23[%c0, %c0, %c0, %c0] {in_bounds = [true, true, true, true]} : vector<1x8x1x1xf32>, tensor<1x8x1x1xf32>
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %128 into %arg46[0, %124, %arg43, %arg44] [1, 8, 1, 1] [1, 1, 1, 1] : tensor<1x8x1x1xf32> into tensor<1x512x7x7xf32>
      }
    }
    %98 = scf.forall (%arg43, %arg44, %arg45) in (7, 7, 128) shared_outs(%arg46 = %97) -> (tensor<1x512x7x7xf32>) {
      %124 = affine.apply #map(%arg45)
      %125 = affine.apply #map2(%arg43)
      %126 = affine.apply #map2(%arg44)
      %extracted_slice = tensor.extract_slice %87[0, 0, %125, %126] [1, 256, 1, 1] [1, 1, 1, 1] : tensor<1x256x14x14xf32> to tensor<1x256x1x1xf32>
      %extracted_slice_23 = tensor.extract_slice %arg35[%124, 0, 0, 0] [4, 256, 1, 1] [1, 1, 1, 1] : tensor<512x256x1x1xf32> to tensor<4x256x1x1xf32>
      %extracted_slice_24 = tensor.extract_slice %arg46[0, %124, %arg43, %arg44] [1, 4, 1, 1] [1, 1, 1, 1] : tensor<1x512x7x7xf32> to tensor<1x4x1x1xf32>
      %127 = scf.for %arg47 = %c0 to %c256 step %c2 iter_args(%arg48 = %extracted_slice_24) -> (tensor<1x4x1x1xf32>) {
        %extracted_slice_25 = tensor.extract_slice %extracted_slice[0, %arg47, 0, 0] [1, 2, 1, 1] [1, 1, 1, 1] : tensor<1x256x1x1xf32> to tensor<1x2x1x1xf32>
        %extracted_slice_26 = tensor.extract_slice %extracted_slice_23[0, %arg47, 0, 0] [4, 2, 1, 1] [1, 1, 1, 1] : tensor<4x256x1x1xf32> to tensor<4x2x1x1xf32>
        %128 = linalg.generic {indexing_maps = [#map4, #map5, #map6], iterator_types = ["parallel", "reduction", "parallel", "reduction", "reduction", "parallel", "parallel"]} ins(%extracted_slice_25, %extracted_slice_26 : tensor<1x2x1x1xf32>, tensor<4x2x1x1xf32>) outs(%arg48 : tensor<1x4x1x1xf32>) attrs =  {tag = "operation_57"} {
        ^bb0(%in: f32, %in_27: f32, %out: f32):
          %129 = arith.mulf %in, %in_27 : f32
          %130 = arith.addf %out, %129 : f32
          linalg.yield %130 : f32
        } -> tensor<1x4x1x1xf32>
        scf.yield %128 : tensor<1x4x1x1xf32>
      }
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %127 into %arg46[0, %124, %arg43, %arg44] [1, 4, 1, 1] [1, 1, 1, 1] : tensor<1x4x1x1xf32> into tensor<1x512x7x7xf32>
      }
    }
    %99 = tensor.empty() : tensor<1x512x7x7xf32>
    %100 = scf.forall (%arg43, %arg44, %arg45) in (7, 7, 64) shared_outs(%arg46 = %99) -> (tensor<1x512x7x7xf32>) {
      %124 = affine.apply #map1(%arg45)
      %extracted_slice = tensor.extract_slice %95[0, %124, %arg43, %arg44] [1, 8, 1, 1] [1, 1, 1, 1] : tensor<1x512x7x7xf32> to tensor<1x8x1x1xf32>
      %extracted_slice_23 = tensor.extract_slice %98[0, %124, %arg43, %arg44] [1, 8, 1, 1] [1, 1, 1, 1] : tensor<1x512x7x7xf32> to tensor<1x8x1x1xf32>
      %extracted_slice_24 = tensor.extract_slice %arg46[0, %124, %arg43, %arg44] [1, 8, 1, 1] [1, 1, 1, 1] : tensor<1x512x7x7xf32> to tensor<1x8x1x1xf32>
      %125 = vector.transfer_read %extracted_slice[%c0, %c0, %c0, %c0], %0 {in_bounds = [true, true, true, true]} : tensor<1x8x1x1xf32>, vector<1x8x1x1xf32>
      %126 = vector.transpose %125, [0, 2, 3, 1] : vector<1x8x1x1xf32> to vector<1x1x1x8xf32>
      %127 = vector.transfer_read %extracted_slice_23[%c0, %c0, %c0, %c0], %0 {in_bounds = [true, true, true, true]} : tensor<1x8x1x1xf32>, vector<1x8x1x1xf32>
      %128 = vector.transpose %127, [0, 2, 3, 1] : vector<1x8x1x1xf32> to vector<1x1x1x8xf32>
      %129 = arith.addf %126, %128 : vector<1x1x1x8xf32>
      %130 = vector.transpose %129, [0, 3, 1, 2] : vector<1x1x1x8xf32> to vector<1x8x1x1xf32>
      %131 = vector.transfer_write %130, %extracted_slice_24[%c0, %c0, %c0, %c0] {in_bounds = [true, true, true, true]} : vector<1x8x1x1xf32>, tensor<1x8x1x1xf32>
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %131 into %arg46[0, %124, %arg43, %arg44] [1, 8, 1, 1] [1, 1, 1, 1] : tensor<1x8x1x1xf32> into tensor<1x512x7x7xf32>
      }
    }
    %101 = tensor.empty() : tensor<1x512x7x7xf32>
    %102 = scf.forall (%arg43, %arg44, %arg45) in (7, 7, 64) shared_outs(%arg46 = %101) -> (tensor<1x512x7x7xf32>) {
      %124 = affine.apply #map1(%arg45)
      %extracted_slice = tensor.extract_slice %100[0, %124, %arg43, %arg44] [1, 8, 1, 1] [1, 1, 1, 1] : tensor<1x512x7x7xf32> to tensor<1x8x1x1xf32>
      %extracted_slice_23 = tensor.extract_slice %arg46[0, %124, %arg43, %arg44] [1, 8, 1, 1] [1, 1, 1, 1] : tensor<1x512x7x7xf32> to tensor<1x8x1x1xf32>
      %125 = vector.transfer_read %extracted_slice[%c0, %c0, %c0, %c0], %0 {in_bounds = [true, true, true, true]} : tensor<1x8x1x1xf32>, vector<1x8x1x1xf32>
      %126 = vector.transpose %125, [0, 2, 3, 1] : vector<1x8x1x1xf32> to vector<1x1x1x8xf32>
      %127 = arith.maximumf %126, %cst : vector<1x1x1x8xf32>
      %128 = vector.transpose %127, [0, 3, 1, 2] : vector<1x1x1x8xf32> to vector<1x8x1x1xf32>
      %129 = vector.transfer_write %128, %extracted_slice_23[%c0, %c0, %c0, %c0] {in_bounds = [true, true, true, true]} : vector<1x8x1x1xf32>, tensor<1x8x1x1xf32>
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %129 into %arg46[0, %124, %arg43, %arg44] [1, 8, 1, 1] [1, 1, 1, 1] : tensor<1x8x1x1xf32> into tensor<1x512x7x7xf32>
      }
    }
    %padded_21 = tensor.pad %102 low[0, 0, 1, 1] high[0, 0, 1, 1] {
    ^bb0(%arg43: index, %arg44: index, %arg45: index, %arg46: index):
      tensor.yield %cst_5 : f32
    } : tensor<1x512x7x7xf32> to tensor<1x512x9x9xf32>
    %103 = tensor.empty() : tensor<1x512x7x7xf32>
    %104 = scf.forall (%arg43, %arg44, %arg45) in (7, 7, 64) shared_outs(%arg46 = %103) -> (tensor<1x512x7x7xf32>) {
      %124 = affine.apply #map1(%arg45)
      %extracted_slice = tensor.extract_slice %arg38[%124] [8] [1] : tensor<512xf32> to tensor<8xf32>
      %extracted_slice_23 = tensor.extract_slice %arg46[0, %124, %arg43, %arg44] [1, 8, 1, 1] [1, 1, 1, 1] : tensor<1x512x7x7xf32> to tensor<1x8x1x1xf32>
      %125 = vector.transfer_read %extracted_slice[%c0], %0 {in_bounds = [true]} : tensor<8xf32>, vector<8xf32>
      %126 = vector.broadcast %125 : vector<8xf32> to vector<1x1x1x8xf32>
      %127 = vector.transpose %126, [0, 3, 1, 2] : vector<1x1x1x8xf32> to vector<1x8x1x1xf32>
      %128 = vector.transfer_write %127, %extracted_slice_23[%c0, %c0, %c0, %c0] {in_bounds = [true, true, true, true]} : vector<1x8x1x1xf32>, tensor<1x8x1x1xf32>
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %128 into %arg46[0, %124, %arg43, %arg44] [1, 8, 1, 1] [1, 1, 1, 1] : tensor<1x8x1x1xf32> into tensor<1x512x7x7xf32>
      }
    }
    %105 = scf.forall (%arg43, %arg44, %arg45) in (7, 7, 128) shared_outs(%arg46 = %104) -> (tensor<1x512x7x7xf32>) {
      %124 = affine.apply #map(%arg45)
      %extracted_slice = tensor.extract_slice %padded_21[0, 0, %arg43, %arg44] [1, 512, 3, 3] [1, 1, 1, 1] : tensor<1x512x9x9xf32> to tensor<1x512x3x3xf32>
      %extracted_slice_23 = tensor.extract_slice %arg37[%124, 0, 0, 0] [4, 512, 3, 3] [1, 1, 1, 1] : tensor<512x512x3x3xf32> to tensor<4x512x3x3xf32>
      %extracted_slice_24 = tensor.extract_slice %arg46[0, %124, %arg43, %arg44] [1, 4, 1, 1] [1, 1, 1, 1] : tensor<1x512x7x7xf32> to tensor<1x4x1x1xf32>
      %125 = scf.for %arg47 = %c0 to %c3 step %c1 iter_args(%arg48 = %extracted_slice_24) -> (tensor<1x4x1x1xf32>) {
        %126 = scf.for %arg49 = %c0 to %c3 step %c1 iter_args(%arg50 = %arg48) -> (tensor<1x4x1x1xf32>) {
          %127 = scf.for %arg51 = %c0 to %c512 step %c2 iter_args(%arg52 = %arg50) -> (tensor<1x4x1x1xf32>) {
            %extracted_slice_25 = tensor.extract_slice %extracted_slice[0, %arg51, %arg49, %arg47] [1, 2, 1, 1] [1, 1, 1, 1] : tensor<1x512x3x3xf32> to tensor<1x2x1x1xf32>
            %extracted_slice_26 = tensor.extract_slice %extracted_slice_23[0, %arg51, %arg49, %arg47] [4, 2, 1, 1] [1, 1, 1, 1] : tensor<4x512x3x3xf32> to tensor<4x2x1x1xf32>
            %128 = linalg.generic {indexing_maps = [#map10, #map5, #map6], iterator_types = ["parallel", "reduction", "parallel", "reduction", "reduction", "parallel", "parallel"]} ins(%extracted_slice_25, %extracted_slice_26 : tensor<1x2x1x1xf32>, tensor<4x2x1x1xf32>) outs(%arg52 : tensor<1x4x1x1xf32>) attrs =  {tag = "operation_61"} {
            ^bb0(%in: f32, %in_27: f32, %out: f32):
              %129 = arith.mulf %in, %in_27 : f32
              %130 = arith.addf %out, %129 : f32
              linalg.yield %130 : f32
            } -> tensor<1x4x1x1xf32>
            scf.yield %128 : tensor<1x4x1x1xf32>
          }
          scf.yield %127 : tensor<1x4x1x1xf32>
        }
        scf.yield %126 : tensor<1x4x1x1xf32>
      }
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %125 into %arg46[0, %124, %arg43, %arg44] [1, 4, 1, 1] [1, 1, 1, 1] : tensor<1x4x1x1xf32> into tensor<1x512x7x7xf32>
      }
    }
    %106 = tensor.empty() : tensor<1x512x7x7xf32>
    %107 = scf.forall (%arg43, %arg44, %arg45) in (7, 7, 64) shared_outs(%arg46 = %106) -> (tensor<1x512x7x7xf32>) {
      %124 = affine.apply #map1(%arg45)
      %extracted_slice = tensor.extract_slice %105[0, %124, %arg43, %arg44] [1, 8, 1, 1] [1, 1, 1, 1] : tensor<1x512x7x7xf32> to tensor<1x8x1x1xf32>
      %extracted_slice_23 = tensor.extract_slice %arg46[0, %124, %arg43, %arg44] [1, 8, 1, 1] [1, 1, 1, 1] : tensor<1x512x7x7xf32> to tensor<1x8x1x1xf32>
      %125 = vector.transfer_read %extracted_slice[%c0, %c0, %c0, %c0], %0 {in_bounds = [true, true, true, true]} : tensor<1x8x1x1xf32>, vector<1x8x1x1xf32>
      %126 = vector.transpose %125, [0, 2, 3, 1] : vector<1x8x1x1xf32> to vector<1x1x1x8xf32>
      %127 = arith.maximumf %126, %cst : vector<1x1x1x8xf32>
      %128 = vector.transpose %127, [0, 3, 1, 2] : vector<1x1x1x8xf32> to vector<1x8x1x1xf32>
      %129 = vector.transfer_write %128, %extracted_slice_23[%c0, %c0, %c0, %c0] {in_bounds = [true, true, true, true]} : vector<1x8x1x1xf32>, tensor<1x8x1x1xf32>
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %129 into %arg46[0, %124, %arg43, %arg44] [1, 8, 1, 1] [1, 1, 1, 1] : tensor<1x8x1x1xf32> into tensor<1x512x7x7xf32>
      }
    }
    %padded_22 = tensor.pad %107 low[0, 0, 1, 1] high[0, 0, 1, 1] {
    ^bb0(%arg43: index, %arg44: index, %arg45: index, %arg46: index):
      tensor.yield %cst_5 : f32
    } : tensor<1x512x7x7xf32> to tensor<1x512x9x9xf32>
    %108 = tensor.empty() : tensor<1x512x7x7xf32>
    %109 = scf.forall (%arg43, %arg44, %arg45) in (7, 7, 64) shared_outs(%arg46 = %108) -> (tensor<1x512x7x7xf32>) {
      %124 = affine.apply #map1(%arg45)
      %extracted_slice = tensor.extract_slice %arg40[%124] [8] [1] : tensor<512xf32> to tensor<8xf32>
      %extracted_slice_23 = tensor.extract_slice %arg46[0, %124, %arg43, %arg44] [1, 8, 1, 1] [1, 1, 1, 1] : tensor<1x512x7x7xf32> to tensor<1x8x1x1xf32>
      %125 = vector.transfer_read %extracted_slice[%c0], %0 {in_bounds = [true]} : tensor<8xf32>, vector<8xf32>
      %126 = vector.broadcast %125 : vector<8xf32> to vector<1x1x1x8xf32>
      %127 = vector.transpose %126, [0, 3, 1, 2] : vector<1x1x1x8xf32> to vector<1x8x1x1xf32>
      %128 = vector.transfer_write %127, %extracted_slice_23[%c0, %c0, %c0, %c0] {in_bounds = [true, true, true, true]} : vector<1x8x1x1xf32>, tensor<1x8x1x1xf32>
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %128 into %arg46[0, %124, %arg43, %arg44] [1, 8, 1, 1] [1, 1, 1, 1] : tensor<1x8x1x1xf32> into tensor<1x512x7x7xf32>
      }
    }
    %110 = scf.forall (%arg43, %arg44, %arg45) in (7, 7, 128) shared_outs(%arg46 = %109) -> (tensor<1x512x7x7xf32>) {
      %124 = affine.apply #map(%arg45)
      %extracted_slice = tensor.extract_slice %padded_22[0, 0, %arg43, %arg44] [1, 512, 3, 3] [1, 1, 1, 1] : tensor<1x512x9x9xf32> to tensor<1x512x3x3xf32>
      %extracted_slice_23 = tensor.extract_slice %arg39[%124, 0, 0, 0] [4, 512, 3, 3] [1, 1, 1, 1] : tensor<512x512x3x3xf32> to tensor<4x512x3x3xf32>
      %extracted_slice_24 = tensor.extract_slice %arg46[0, %124, %arg43, %arg44] [1, 4, 1, 1] [1, 1, 1, 1] : tensor<1x512x7x7xf32> to tensor<1x4x1x1xf32>
      %125 = scf.for %arg47 = %c0 to %c3 step %c1 iter_args(%arg48 = %extracted_slice_24) -> (tensor<1x4x1x1xf32>) {
        %126 = scf.for %arg49 = %c0 to %c3 step %c1 iter_args(%arg50 = %arg48) -> (tensor<1x4x1x1xf32>) {
          %127 = scf.for %arg51 = %c0 to %c512 step %c2 iter_args(%arg52 = %arg50) -> (tensor<1x4x1x1xf32>) {
            %extracted_slice_25 = tensor.extract_slice %extracted_slice[0, %arg51, %arg49, %arg47] [1, 2, 1, 1] [1, 1, 1, 1] : tensor<1x512x3x3xf32> to tensor<1x2x1x1xf32>
            %extracted_slice_26 = tensor.extract_slice %extracted_slice_23[0, %arg51, %arg49, %arg47] [4, 2, 1, 1] [1, 1, 1, 1] : tensor<4x512x3x3xf32> to tensor<4x2x1x1xf32>
            %128 = linalg.generic {indexing_maps = [#map10, #map5, #map6], iterator_types = ["parallel", "reduction", "parallel", "reduction", "reduction", "parallel", "parallel"]} ins(%extracted_slice_25, %extracted_slice_26 : tensor<1x2x1x1xf32>, tensor<4x2x1x1xf32>) outs(%arg52 : tensor<1x4x1x1xf32>) attrs =  {tag = "operation_64"} {
            ^bb0(%in: f32, %in_27: f32, %out: f32):
              %129 = arith.mulf %in, %in_27 : f32
              %130 = arith.addf %out, %129 : f32
              linalg.yield %130 : f32
            } -> tensor<1x4x1x1xf32>
            scf.yield %128 : tensor<1x4x1x1xf32>
          }
          scf.yield %127 : tensor<1x4x1x1xf32>
        }
        scf.yield %126 : tensor<1x4x1x1xf32>
      }
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %125 into %arg46[0, %124, %arg43, %arg44] [1, 4, 1, 1] [1, 1, 1, 1] : tensor<1x4x1x1xf32> into tensor<1x512x7x7xf32>
      }
    }
    %111 = tensor.empty() : tensor<1x512x7x7xf32>
    %112 = scf.forall (%arg43, %arg44, %arg45) in (7, 7, 64) shared_outs(%arg46 = %111) -> (tensor<1x512x7x7xf32>) {
      %124 = affine.apply #map1(%arg45)
      %extracted_slice = tensor.extract_slice %110[0, %124, %arg43, %arg44] [1, 8, 1, 1] [1, 1, 1, 1] : tensor<1x512x7x7xf32> to tensor<1x8x1x1xf32>
      %extracted_slice_23 = tensor.extract_slice %102[0, %124, %arg43, %arg44] [1, 8, 1, 1] [1, 1, 1, 1] : tensor<1x512x7x7xf32> to tensor<1x8x1x1xf32>
      %extracted_slice_24 = tensor.extract_slice %arg46[0, %124, %arg43, %arg44] [1, 8, 1, 1] [1, 1, 1, 1] : tensor<1x512x7x7xf32> to tensor<1x8x1x1xf32>
      %125 = vector.transfer_read %extracted_slice[%c0, %c0, %c0, %c0], %0 {in_bounds = [true, true, true, true]} : tensor<1x8x1x1xf32>, vector<1x8x1x1xf32>
      %126 = vector.transpose %125, [0, 2, 3, 1] : vector<1x8x1x1xf32> to vector<1x1x1x8xf32>
      %127 = vector.transfer_read %extracted_slice_23[%c0, %c0, %c0, %c0], %0 {in_bounds = [true, true, true, true]} : tensor<1x8x1x1xf32>, vector<1x8x1x1xf32>
      %128 = vector.transpose %127, [0, 2, 3, 1] : vector<1x8x1x1xf32> to vector<1x1x1x8xf32>
      %129 = arith.addf %126, %128 : vector<1x1x1x8xf32>
      %130 = vector.transpose %129, [0, 3, 1, 2] : vector<1x1x1x8xf32> to vector<1x8x1x1xf32>
      %131 = vector.transfer_write %130, %extracted_slice_24[%c0, %c0, %c0, %c0] {in_bounds = [true, true, true, true]} : vector<1x8x1x1xf32>, tensor<1x8x1x1xf32>
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %131 into %arg46[0, %124, %arg43, %arg44] [1, 8, 1, 1] [1, 1, 1, 1] : tensor<1x8x1x1xf32> into tensor<1x512x7x7xf32>
      }
    }
    %113 = tensor.empty() : tensor<1x512x7x7xf32>
    %114 = linalg.generic {indexing_maps = [#map11, #map11], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%112 : tensor<1x512x7x7xf32>) outs(%113 : tensor<1x512x7x7xf32>) attrs =  {tag = "operation_66"} {
    ^bb0(%in: f32, %out: f32):
      %124 = arith.maximumf %in, %cst_5 : f32
      linalg.yield %124 : f32
    } -> tensor<1x512x7x7xf32>
    %115 = tensor.empty() : tensor<1x512x1x1xf32>
    %116 = linalg.fill {tag = "operation_67"} ins(%cst_5 : f32) outs(%115 : tensor<1x512x1x1xf32>) -> tensor<1x512x1x1xf32>
    %117 = tensor.empty() : tensor<7x7xf32>
    %118 = linalg.pooling_nchw_sum {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>, tag = "operation_68"} ins(%114, %117 : tensor<1x512x7x7xf32>, tensor<7x7xf32>) outs(%116 : tensor<1x512x1x1xf32>) -> tensor<1x512x1x1xf32>
    %119 = tensor.empty() : tensor<1x512x1x1xf32>
    %120 = linalg.generic {indexing_maps = [#map11, #map11], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%118 : tensor<1x512x1x1xf32>) outs(%119 : tensor<1x512x1x1xf32>) attrs =  {tag = "operation_69"} {
    ^bb0(%in: f32, %out: f32):
      %124 = arith.mulf %in, %cst_3 : f32
      linalg.yield %124 : f32
    } -> tensor<1x512x1x1xf32>
    %collapsed = tensor.collapse_shape %120 [[0], [1, 2, 3]] : tensor<1x512x1x1xf32> into tensor<1x512xf32>
    %121 = tensor.empty() : tensor<1x1000xf32>
    %122 = scf.forall (%arg43) in (250) shared_outs(%arg44 = %121) -> (tensor<1x1000xf32>) {
      %124 = affine.apply #map(%arg43)
      %extracted_slice = tensor.extract_slice %arg42[%124] [4] [1] : tensor<1000xf32> to tensor<4xf32>
      %extracted_slice_23 = tensor.extract_slice %arg44[0, %124] [1, 4] [1, 1] : tensor<1x1000xf32> to tensor<1x4xf32>
      %125 = vector.transfer_read %extracted_slice[%c0], %0 {in_bounds = [true]} : tensor<4xf32>, vector<4xf32>
      %126 = vector.broadcast %125 : vector<4xf32> to vector<1x4xf32>
      %127 = vector.transfer_write %126, %extracted_slice_23[%c0, %c0] {in_bounds = [true, true]} : vector<1x4xf32>, tensor<1x4xf32>
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %127 into %arg44[0, %124] [1, 4] [1, 1] : tensor<1x4xf32> into tensor<1x1000xf32>
      }
    }
    %123 = scf.forall (%arg43) in (1000) shared_outs(%arg44 = %122) -> (tensor<1x1000xf32>) {
      %extracted_slice = tensor.extract_slice %arg41[0, %arg43] [512, 1] [1, 1] : tensor<512x1000xf32> to tensor<512x1xf32>
      %extracted_slice_23 = tensor.extract_slice %arg44[0, %arg43] [1, 1] [1, 1] : tensor<1x1000xf32> to tensor<1x1xf32>
      %124 = scf.for %arg45 = %c0 to %c512 step %c4 iter_args(%arg46 = %extracted_slice_23) -> (tensor<1x1xf32>) {
        %extracted_slice_24 = tensor.extract_slice %collapsed[0, %arg45] [1, 4] [1, 1] : tensor<1x512xf32> to tensor<1x4xf32>
        %extracted_slice_25 = tensor.extract_slice %extracted_slice[%arg45, 0] [4, 1] [1, 1] : tensor<512x1xf32> to tensor<4x1xf32>
        %125 = vector.transfer_read %extracted_slice_24[%c0, %c0], %0 {in_bounds = [true, true]} : tensor<1x4xf32>, vector<1x4xf32>
        %126 = vector.transfer_read %extracted_slice_25[%c0, %c0], %0 {in_bounds = [true, true]} : tensor<4x1xf32>, vector<4x1xf32>
        %127 = vector.transfer_read %arg46[%c0, %c0], %0 {in_bounds = [true, true]} : tensor<1x1xf32>, vector<1x1xf32>
        %128 = vector.extract %127[0] : vector<1xf32> from vector<1x1xf32>
        %129 = vector.extract %126[0] : vector<1xf32> from vector<4x1xf32>
        %130 = vector.extract %125[0, 0] : f32 from vector<1x4xf32>
        %131 = vector.broadcast %130 : f32 to vector<1xf32>
        %132 = vector.fma %129, %131, %128 : vector<1xf32>
        %133 = vector.extract %126[1] : vector<1xf32> from vector<4x1xf32>
        %134 = vector.extract %125[0, 1] : f32 from vector<1x4xf32>
        %135 = vector.broadcast %134 : f32 to vector<1xf32>
        %136 = vector.fma %133, %135, %132 : vector<1xf32>
        %137 = vector.extract %126[2] : vector<1xf32> from vector<4x1xf32>
        %138 = vector.extract %125[0, 2] : f32 from vector<1x4xf32>
        %139 = vector.broadcast %138 : f32 to vector<1xf32>
        %140 = vector.fma %137, %139, %136 : vector<1xf32>
        %141 = vector.extract %126[3] : vector<1xf32> from vector<4x1xf32>
        %142 = vector.extract %125[0, 3] : f32 from vector<1x4xf32>
        %143 = vector.broadcast %142 : f32 to vector<1xf32>
        %144 = vector.fma %141, %143, %140 : vector<1xf32>
        %145 = vector.broadcast %144 : vector<1xf32> to vector<1x1xf32>
        %146 = vector.transfer_write %145, %arg46[%c0, %c0] {in_bounds = [true, true]} : vector<1x1xf32>, tensor<1x1xf32>
        scf.yield %146 : tensor<1x1xf32>
      }
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %124 into %arg44[0, %arg43] [1, 1] [1, 1] : tensor<1x1xf32> into tensor<1x1000xf32>
      }
    }
    return %123 : tensor<1x1000xf32>
  }
}
