#map = affine_map<(d0) -> (d0 * 32)>
#map1 = affine_map<(d0) -> (d0 * 16)>
#map2 = affine_map<(d0) -> (d0 * 2)>
#map3 = affine_map<(d0, d1) -> (d0 * 2 + d1)>
#map4 = affine_map<(d0) -> (d0 * 8)>
#map5 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#map6 = affine_map<(d0) -> (d0 * 64)>
#map7 = affine_map<(d0, d1, d2, d3) -> (d1)>
#map8 = affine_map<(d0) -> (d0 * 4)>
#map9 = affine_map<(d0, d1, d2, d3, d4, d5, d6) -> (d0, d4, d2 * 2 + d3, d5 * 2 + d1)>
#map10 = affine_map<(d0, d1, d2, d3, d4, d5, d6) -> (d6, d4, d3, d1)>
#map11 = affine_map<(d0, d1, d2, d3, d4, d5, d6) -> (d0, d6, d2, d5)>
#map12 = affine_map<(d0, d1, d2, d3, d4, d5, d6) -> (d0, d4, d2 + d3, d1 + d5)>
module {
  func.func @main(%arg0: tensor<1x3x224x224xf32>, %arg1: tensor<64x3x7x7xf32>, %arg2: tensor<64xf32>, %arg3: tensor<64x64x3x3xf32>, %arg4: tensor<64xf32>, %arg5: tensor<64x64x3x3xf32>, %arg6: tensor<64xf32>, %arg7: tensor<64x64x3x3xf32>, %arg8: tensor<64xf32>, %arg9: tensor<64x64x3x3xf32>, %arg10: tensor<64xf32>, %arg11: tensor<128x64x3x3xf32>, %arg12: tensor<128xf32>, %arg13: tensor<128x128x3x3xf32>, %arg14: tensor<128xf32>, %arg15: tensor<128x64x1x1xf32>, %arg16: tensor<128xf32>, %arg17: tensor<128x128x3x3xf32>, %arg18: tensor<128xf32>, %arg19: tensor<128x128x3x3xf32>, %arg20: tensor<128xf32>, %arg21: tensor<256x128x3x3xf32>, %arg22: tensor<256xf32>, %arg23: tensor<256x256x3x3xf32>, %arg24: tensor<256xf32>, %arg25: tensor<256x128x1x1xf32>, %arg26: tensor<256xf32>, %arg27: tensor<256x256x3x3xf32>, %arg28: tensor<256xf32>, %arg29: tensor<256x256x3x3xf32>, %arg30: tensor<256xf32>, %arg31: tensor<512x256x3x3xf32>, %arg32: tensor<512xf32>, %arg33: tensor<512x512x3x3xf32>, %arg34: tensor<512xf32>, %arg35: tensor<512x256x1x1xf32>, %arg36: tensor<512xf32>, %arg37: tensor<512x512x3x3xf32>, %arg38: tensor<512xf32>, %arg39: tensor<512x512x3x3xf32>, %arg40: tensor<512xf32>, %arg41: tensor<512x1000xf32>, %arg42: tensor<1000xf32>) -> tensor<1x1000xf32> {
    %c1000 = arith.constant 1000 : index
    %cst = arith.constant dense<0.000000e+00> : vector<1x2x1x8xf32>
    %cst_0 = arith.constant dense<0.000000e+00> : vector<1x4x1x8xf32>
    %cst_1 = arith.constant dense<0.000000e+00> : vector<1x1x1x4xf32>
    %cst_2 = arith.constant dense<0.000000e+00> : vector<1x1x1x8xf32>
    %cst_3 = arith.constant dense<0.000000e+00> : vector<1x1x1x16xf32>
    %c16 = arith.constant 16 : index
    %c112 = arith.constant 112 : index
    %cst_4 = arith.constant dense<0xFF800000> : vector<1x1x1x8xf32>
    %c256 = arith.constant 256 : index
    %c7 = arith.constant 7 : index
    %c512 = arith.constant 512 : index
    %c128 = arith.constant 128 : index
    %c8 = arith.constant 8 : index
    %c3 = arith.constant 3 : index
    %c56 = arith.constant 56 : index
    %0 = ub.poison : f32
    %c28 = arith.constant 28 : index
    %cst_5 = arith.constant 0.0204081628 : f32
    %c2 = arith.constant 2 : index
    %c1 = arith.constant 1 : index
    %c4 = arith.constant 4 : index
    %c32 = arith.constant 32 : index
    %c64 = arith.constant 64 : index
    %c0 = arith.constant 0 : index
    %cst_6 = arith.constant 0xFF800000 : f32
    %cst_7 = arith.constant 0.000000e+00 : f32
    %padded = tensor.pad %arg0 low[0, 0, 3, 3] high[0, 0, 3, 3] {
    ^bb0(%arg43: index, %arg44: index, %arg45: index, %arg46: index):
      tensor.yield %cst_7 : f32
    } : tensor<1x3x224x224xf32> to tensor<1x3x230x230xf32>
    %1 = tensor.empty() : tensor<1x64x112x112xf32>
    %2 = scf.forall (%arg43) in (2) shared_outs(%arg44 = %1) -> (tensor<1x64x112x112xf32>) {
      %123 = affine.apply #map(%arg43)
      %extracted_slice = tensor.extract_slice %arg2[%123] [32] [1] : tensor<64xf32> to tensor<32xf32>
      %extracted_slice_25 = tensor.extract_slice %arg44[0, %123, 0, 0] [1, 32, 112, 112] [1, 1, 1, 1] : tensor<1x64x112x112xf32> to tensor<1x32x112x112xf32>
      %124 = scf.for %arg45 = %c0 to %c32 step %c1 iter_args(%arg46 = %extracted_slice_25) -> (tensor<1x32x112x112xf32>) {
        %125 = scf.for %arg47 = %c0 to %c112 step %c1 iter_args(%arg48 = %arg46) -> (tensor<1x32x112x112xf32>) {
          %126 = scf.for %arg49 = %c0 to %c112 step %c16 iter_args(%arg50 = %arg48) -> (tensor<1x32x112x112xf32>) {
            %extracted_slice_26 = tensor.extract_slice %extracted_slice[%arg45] [1] [1] : tensor<32xf32> to tensor<1xf32>
            %extracted_slice_27 = tensor.extract_slice %arg50[0, %arg45, %arg47, %arg49] [1, 1, 1, 16] [1, 1, 1, 1] : tensor<1x32x112x112xf32> to tensor<1x1x1x16xf32>
            %127 = vector.transfer_read %extracted_slice_26[%c0], %0 {in_bounds = [true]} : tensor<1xf32>, vector<1xf32>
            %128 = vector.broadcast %127 : vector<1xf32> to vector<1x1x1x16xf32>
            %129 = vector.transfer_write %128, %extracted_slice_27[%c0, %c0, %c0, %c0] {in_bounds = [true, true, true, true]} : vector<1x1x1x16xf32>, tensor<1x1x1x16xf32>
            %inserted_slice = tensor.insert_slice %129 into %arg50[0, %arg45, %arg47, %arg49] [1, 1, 1, 16] [1, 1, 1, 1] : tensor<1x1x1x16xf32> into tensor<1x32x112x112xf32>
            scf.yield %inserted_slice : tensor<1x32x112x112xf32>
          }
          scf.yield %126 : tensor<1x32x112x112xf32>
        }
        scf.yield %125 : tensor<1x32x112x112xf32>
      }
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %124 into %arg44[0, %123, 0, 0] [1, 32, 112, 112] [1, 1, 1, 1] : tensor<1x32x112x112xf32> into tensor<1x64x112x112xf32>
      }
    }
    %3 = scf.forall (%arg43, %arg44, %arg45) in (2, 7, 7) shared_outs(%arg46 = %2) -> (tensor<1x64x112x112xf32>) {
      %123 = affine.apply #map(%arg43)
      %124 = affine.apply #map1(%arg44)
      %125 = affine.apply #map1(%arg45)
      %126 = affine.apply #map(%arg44)
      %127 = affine.apply #map(%arg45)
      %extracted_slice = tensor.extract_slice %padded[0, 0, %126, %127] [1, 3, 37, 37] [1, 1, 1, 1] : tensor<1x3x230x230xf32> to tensor<1x3x37x37xf32>
      %extracted_slice_25 = tensor.extract_slice %arg1[%123, 0, 0, 0] [32, 3, 7, 7] [1, 1, 1, 1] : tensor<64x3x7x7xf32> to tensor<32x3x7x7xf32>
      %extracted_slice_26 = tensor.extract_slice %arg46[0, %123, %124, %125] [1, 32, 16, 16] [1, 1, 1, 1] : tensor<1x64x112x112xf32> to tensor<1x32x16x16xf32>
      %128 = scf.for %arg47 = %c0 to %c3 step %c1 iter_args(%arg48 = %extracted_slice_26) -> (tensor<1x32x16x16xf32>) {
        %129 = scf.for %arg49 = %c0 to %c7 step %c1 iter_args(%arg50 = %arg48) -> (tensor<1x32x16x16xf32>) {
          %130 = scf.for %arg51 = %c0 to %c7 step %c1 iter_args(%arg52 = %arg50) -> (tensor<1x32x16x16xf32>) {
            %extracted_slice_27 = tensor.extract_slice %extracted_slice[0, %arg47, %arg49, %arg51] [1, 1, 31, 31] [1, 1, 1, 1] : tensor<1x3x37x37xf32> to tensor<1x1x31x31xf32>
            %extracted_slice_28 = tensor.extract_slice %extracted_slice_25[0, %arg47, %arg49, %arg51] [32, 1, 1, 1] [1, 1, 1, 1] : tensor<32x3x7x7xf32> to tensor<32x1x1x1xf32>
            %131 = scf.for %arg53 = %c0 to %c32 step %c1 iter_args(%arg54 = %arg52) -> (tensor<1x32x16x16xf32>) {
              %132 = scf.for %arg55 = %c0 to %c16 step %c8 iter_args(%arg56 = %arg54) -> (tensor<1x32x16x16xf32>) {
                %133 = scf.for %arg57 = %c0 to %c16 step %c8 iter_args(%arg58 = %arg56) -> (tensor<1x32x16x16xf32>) {
                  %134 = affine.apply #map2(%arg55)
                  %135 = affine.apply #map2(%arg57)
                  %extracted_slice_29 = tensor.extract_slice %extracted_slice_27[0, 0, %134, %135] [1, 1, 15, 15] [1, 1, 1, 1] : tensor<1x1x31x31xf32> to tensor<1x1x15x15xf32>
                  %extracted_slice_30 = tensor.extract_slice %extracted_slice_28[%arg53, 0, 0, 0] [1, 1, 1, 1] [1, 1, 1, 1] : tensor<32x1x1x1xf32> to tensor<1x1x1x1xf32>
                  %extracted_slice_31 = tensor.extract_slice %arg58[0, %arg53, %arg55, %arg57] [1, 1, 8, 8] [1, 1, 1, 1] : tensor<1x32x16x16xf32> to tensor<1x1x8x8xf32>
                  %136 = scf.for %arg59 = %c0 to %c8 step %c1 iter_args(%arg60 = %extracted_slice_31) -> (tensor<1x1x8x8xf32>) {
                    %137 = affine.apply #map2(%arg59)
                    %extracted_slice_32 = tensor.extract_slice %extracted_slice_29[0, 0, %137, 0] [1, 1, 1, 15] [1, 1, 1, 1] : tensor<1x1x15x15xf32> to tensor<1x1x1x15xf32>
                    %extracted_slice_33 = tensor.extract_slice %arg60[0, 0, %arg59, 0] [1, 1, 1, 8] [1, 1, 1, 1] : tensor<1x1x8x8xf32> to tensor<1x1x1x8xf32>
                    %extracted_slice_34 = tensor.extract_slice %extracted_slice_32[0, 0, 0, 0] [1, 1, 1, 15] [1, 1, 1, 1] : tensor<1x1x1x15xf32> to tensor<1x1x15xf32>
                    %extracted_slice_35 = tensor.extract_slice %extracted_slice_30[0, 0, 0, 0] [1, 1, 1, 1] [1, 1, 1, 1] : tensor<1x1x1x1xf32> to tensor<1x1x1xf32>
                    %extracted_slice_36 = tensor.extract_slice %extracted_slice_33[0, 0, 0, 0] [1, 1, 1, 8] [1, 1, 1, 1] : tensor<1x1x1x8xf32> to tensor<1x1x8xf32>
                    %138 = vector.transfer_read %extracted_slice_34[%c0, %c0, %c0], %cst_7 {in_bounds = [true, true, true]} : tensor<1x1x15xf32>, vector<1x1x15xf32>
                    %139 = vector.transfer_read %extracted_slice_35[%c0, %c0, %c0], %cst_7 {in_bounds = [true, true, true]} : tensor<1x1x1xf32>, vector<1x1x1xf32>
                    %140 = vector.transfer_read %extracted_slice_36[%c0, %c0, %c0], %cst_7 {in_bounds = [true, true, true]} : tensor<1x1x8xf32>, vector<1x1x8xf32>
                    %141 = vector.transpose %140, [0, 2, 1] : vector<1x1x8xf32> to vector<1x8x1xf32>
                    %142 = vector.extract %139[0, 0] : vector<1xf32> from vector<1x1x1xf32>
                    %143 = vector.extract %138[0, 0, 0] : f32 from vector<1x1x15xf32>
                    %144 = vector.broadcast %143 : f32 to vector<1xf32>
                    %145 = vector.extract %141[0, 0] : vector<1xf32> from vector<1x8x1xf32>
                    %146 = vector.fma %144, %142, %145 : vector<1xf32>
                    %147 = vector.broadcast %146 : vector<1xf32> to vector<1x1x1xf32>
                    %148 = vector.extract %139[0, 0] : vector<1xf32> from vector<1x1x1xf32>
                    %149 = vector.extract %138[0, 0, 2] : f32 from vector<1x1x15xf32>
                    %150 = vector.broadcast %149 : f32 to vector<1xf32>
                    %151 = vector.extract %141[0, 1] : vector<1xf32> from vector<1x8x1xf32>
                    %152 = vector.fma %150, %148, %151 : vector<1xf32>
                    %153 = vector.broadcast %152 : vector<1xf32> to vector<1x1x1xf32>
                    %154 = vector.extract %139[0, 0] : vector<1xf32> from vector<1x1x1xf32>
                    %155 = vector.extract %138[0, 0, 4] : f32 from vector<1x1x15xf32>
                    %156 = vector.broadcast %155 : f32 to vector<1xf32>
                    %157 = vector.extract %141[0, 2] : vector<1xf32> from vector<1x8x1xf32>
                    %158 = vector.fma %156, %154, %157 : vector<1xf32>
                    %159 = vector.broadcast %158 : vector<1xf32> to vector<1x1x1xf32>
                    %160 = vector.extract %139[0, 0] : vector<1xf32> from vector<1x1x1xf32>
                    %161 = vector.extract %138[0, 0, 6] : f32 from vector<1x1x15xf32>
                    %162 = vector.broadcast %161 : f32 to vector<1xf32>
                    %163 = vector.extract %141[0, 3] : vector<1xf32> from vector<1x8x1xf32>
                    %164 = vector.fma %162, %160, %163 : vector<1xf32>
                    %165 = vector.broadcast %164 : vector<1xf32> to vector<1x1x1xf32>
                    %166 = vector.extract %139[0, 0] : vector<1xf32> from vector<1x1x1xf32>
                    %167 = vector.extract %138[0, 0, 8] : f32 from vector<1x1x15xf32>
                    %168 = vector.broadcast %167 : f32 to vector<1xf32>
                    %169 = vector.extract %141[0, 4] : vector<1xf32> from vector<1x8x1xf32>
                    %170 = vector.fma %168, %166, %169 : vector<1xf32>
                    %171 = vector.broadcast %170 : vector<1xf32> to vector<1x1x1xf32>
                    %172 = vector.extract %139[0, 0] : vector<1xf32> from vector<1x1x1xf32>
                    %173 = vector.extract %138[0, 0, 10] : f32 from vector<1x1x15xf32>
                    %174 = vector.broadcast %173 : f32 to vector<1xf32>
                    %175 = vector.extract %141[0, 5] : vector<1xf32> from vector<1x8x1xf32>
                    %176 = vector.fma %174, %172, %175 : vector<1xf32>
                    %177 = vector.broadcast %176 : vector<1xf32> to vector<1x1x1xf32>
                    %178 = vector.extract %139[0, 0] : vector<1xf32> from vector<1x1x1xf32>
                    %179 = vector.extract %138[0, 0, 12] : f32 from vector<1x1x15xf32>
                    %180 = vector.broadcast %179 : f32 to vector<1xf32>
                    %181 = vector.extract %141[0, 6] : vector<1xf32> from vector<1x8x1xf32>
                    %182 = vector.fma %180, %178, %181 : vector<1xf32>
                    %183 = vector.broadcast %182 : vector<1xf32> to vector<1x1x1xf32>
                    %184 = vector.extract %139[0, 0] : vector<1xf32> from vector<1x1x1xf32>
                    %185 = vector.extract %138[0, 0, 14] : f32 from vector<1x1x15xf32>
                    %186 = vector.broadcast %185 : f32 to vector<1xf32>
                    %187 = vector.extract %141[0, 7] : vector<1xf32> from vector<1x8x1xf32>
                    %188 = vector.fma %186, %184, %187 : vector<1xf32>
                    %189 = vector.broadcast %188 : vector<1xf32> to vector<1x1x1xf32>
                    %190 = vector.insert_strided_slice %147, %141 {offsets = [0, 0, 0], strides = [1, 1, 1]} : vector<1x1x1xf32> into vector<1x8x1xf32>
                    %191 = vector.insert_strided_slice %153, %190 {offsets = [0, 1, 0], strides = [1, 1, 1]} : vector<1x1x1xf32> into vector<1x8x1xf32>
                    %192 = vector.insert_strided_slice %159, %191 {offsets = [0, 2, 0], strides = [1, 1, 1]} : vector<1x1x1xf32> into vector<1x8x1xf32>
                    %193 = vector.insert_strided_slice %165, %192 {offsets = [0, 3, 0], strides = [1, 1, 1]} : vector<1x1x1xf32> into vector<1x8x1xf32>
                    %194 = vector.insert_strided_slice %171, %193 {offsets = [0, 4, 0], strides = [1, 1, 1]} : vector<1x1x1xf32> into vector<1x8x1xf32>
                    %195 = vector.insert_strided_slice %177, %194 {offsets = [0, 5, 0], strides = [1, 1, 1]} : vector<1x1x1xf32> into vector<1x8x1xf32>
                    %196 = vector.insert_strided_slice %183, %195 {offsets = [0, 6, 0], strides = [1, 1, 1]} : vector<1x1x1xf32> into vector<1x8x1xf32>
                    %197 = vector.insert_strided_slice %189, %196 {offsets = [0, 7, 0], strides = [1, 1, 1]} : vector<1x1x1xf32> into vector<1x8x1xf32>
                    %198 = vector.transpose %197, [0, 2, 1] : vector<1x8x1xf32> to vector<1x1x8xf32>
                    %199 = vector.transfer_write %198, %extracted_slice_36[%c0, %c0, %c0] {in_bounds = [true, true, true]} : vector<1x1x8xf32>, tensor<1x1x8xf32>
                    %inserted_slice_37 = tensor.insert_slice %199 into %extracted_slice_33[0, 0, 0, 0] [1, 1, 1, 8] [1, 1, 1, 1] : tensor<1x1x8xf32> into tensor<1x1x1x8xf32>
                    %inserted_slice_38 = tensor.insert_slice %inserted_slice_37 into %arg60[0, 0, %arg59, 0] [1, 1, 1, 8] [1, 1, 1, 1] : tensor<1x1x1x8xf32> into tensor<1x1x8x8xf32>
                    scf.yield %inserted_slice_38 : tensor<1x1x8x8xf32>
                  }
                  %inserted_slice = tensor.insert_slice %136 into %arg58[0, %arg53, %arg55, %arg57] [1, 1, 8, 8] [1, 1, 1, 1] : tensor<1x1x8x8xf32> into tensor<1x32x16x16xf32>
                  scf.yield %inserted_slice : tensor<1x32x16x16xf32>
                }
                scf.yield %133 : tensor<1x32x16x16xf32>
              }
              scf.yield %132 : tensor<1x32x16x16xf32>
            }
            scf.yield %131 : tensor<1x32x16x16xf32>
          }
          scf.yield %130 : tensor<1x32x16x16xf32>
        }
        scf.yield %129 : tensor<1x32x16x16xf32>
      }
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %128 into %arg46[0, %123, %124, %125] [1, 32, 16, 16] [1, 1, 1, 1] : tensor<1x32x16x16xf32> into tensor<1x64x112x112xf32>
      }
    }
    %4 = tensor.empty() : tensor<1x64x112x112xf32>
    %5 = scf.forall (%arg43) in (2) shared_outs(%arg44 = %4) -> (tensor<1x64x112x112xf32>) {
      %123 = affine.apply #map(%arg43)
      %extracted_slice = tensor.extract_slice %3[0, %123, 0, 0] [1, 32, 112, 112] [1, 1, 1, 1] : tensor<1x64x112x112xf32> to tensor<1x32x112x112xf32>
      %extracted_slice_25 = tensor.extract_slice %arg44[0, %123, 0, 0] [1, 32, 112, 112] [1, 1, 1, 1] : tensor<1x64x112x112xf32> to tensor<1x32x112x112xf32>
      %124 = scf.for %arg45 = %c0 to %c32 step %c1 iter_args(%arg46 = %extracted_slice_25) -> (tensor<1x32x112x112xf32>) {
        %125 = scf.for %arg47 = %c0 to %c112 step %c1 iter_args(%arg48 = %arg46) -> (tensor<1x32x112x112xf32>) {
          %126 = scf.for %arg49 = %c0 to %c112 step %c16 iter_args(%arg50 = %arg48) -> (tensor<1x32x112x112xf32>) {
            %extracted_slice_26 = tensor.extract_slice %extracted_slice[0, %arg45, %arg47, %arg49] [1, 1, 1, 16] [1, 1, 1, 1] : tensor<1x32x112x112xf32> to tensor<1x1x1x16xf32>
            %extracted_slice_27 = tensor.extract_slice %arg50[0, %arg45, %arg47, %arg49] [1, 1, 1, 16] [1, 1, 1, 1] : tensor<1x32x112x112xf32> to tensor<1x1x1x16xf32>
            %127 = vector.transfer_read %extracted_slice_26[%c0, %c0, %c0, %c0], %0 {in_bounds = [true, true, true, true]} : tensor<1x1x1x16xf32>, vector<1x1x1x16xf32>
            %128 = arith.maximumf %127, %cst_3 : vector<1x1x1x16xf32>
            %129 = vector.transfer_write %128, %extracted_slice_27[%c0, %c0, %c0, %c0] {in_bounds = [true, true, true, true]} : vector<1x1x1x16xf32>, tensor<1x1x1x16xf32>
            %inserted_slice = tensor.insert_slice %129 into %arg50[0, %arg45, %arg47, %arg49] [1, 1, 1, 16] [1, 1, 1, 1] : tensor<1x1x1x16xf32> into tensor<1x32x112x112xf32>
            scf.yield %inserted_slice : tensor<1x32x112x112xf32>
          }
          scf.yield %126 : tensor<1x32x112x112xf32>
        }
        scf.yield %125 : tensor<1x32x112x112xf32>
      }
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %124 into %arg44[0, %123, 0, 0] [1, 32, 112, 112] [1, 1, 1, 1] : tensor<1x32x112x112xf32> into tensor<1x64x112x112xf32>
      }
    }
    %padded_8 = tensor.pad %5 low[0, 0, 1, 1] high[0, 0, 1, 1] {
    ^bb0(%arg43: index, %arg44: index, %arg45: index, %arg46: index):
      tensor.yield %cst_6 : f32
    } : tensor<1x64x112x112xf32> to tensor<1x64x114x114xf32>
    %6 = tensor.empty() : tensor<1x64x56x56xf32>
    %7 = scf.forall (%arg43) in (2) shared_outs(%arg44 = %6) -> (tensor<1x64x56x56xf32>) {
      %123 = affine.apply #map(%arg43)
      %extracted_slice = tensor.extract_slice %arg44[0, %123, 0, 0] [1, 32, 56, 56] [1, 1, 1, 1] : tensor<1x64x56x56xf32> to tensor<1x32x56x56xf32>
      %124 = scf.for %arg45 = %c0 to %c32 step %c1 iter_args(%arg46 = %extracted_slice) -> (tensor<1x32x56x56xf32>) {
        %125 = scf.for %arg47 = %c0 to %c56 step %c1 iter_args(%arg48 = %arg46) -> (tensor<1x32x56x56xf32>) {
          %126 = scf.for %arg49 = %c0 to %c56 step %c8 iter_args(%arg50 = %arg48) -> (tensor<1x32x56x56xf32>) {
            %extracted_slice_25 = tensor.extract_slice %arg50[0, %arg45, %arg47, %arg49] [1, 1, 1, 8] [1, 1, 1, 1] : tensor<1x32x56x56xf32> to tensor<1x1x1x8xf32>
            %127 = vector.transfer_write %cst_4, %extracted_slice_25[%c0, %c0, %c0, %c0] {in_bounds = [true, true, true, true]} : vector<1x1x1x8xf32>, tensor<1x1x1x8xf32>
            %inserted_slice = tensor.insert_slice %127 into %arg50[0, %arg45, %arg47, %arg49] [1, 1, 1, 8] [1, 1, 1, 1] : tensor<1x1x1x8xf32> into tensor<1x32x56x56xf32>
            scf.yield %inserted_slice : tensor<1x32x56x56xf32>
          }
          scf.yield %126 : tensor<1x32x56x56xf32>
        }
        scf.yield %125 : tensor<1x32x56x56xf32>
      }
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %124 into %arg44[0, %123, 0, 0] [1, 32, 56, 56] [1, 1, 1, 1] : tensor<1x32x56x56xf32> into tensor<1x64x56x56xf32>
      }
    }
    %8 = scf.forall (%arg43) in (2) shared_outs(%arg44 = %7) -> (tensor<1x64x56x56xf32>) {
      %123 = affine.apply #map(%arg43)
      %extracted_slice = tensor.extract_slice %padded_8[0, %123, 0, 0] [1, 32, 113, 113] [1, 1, 1, 1] : tensor<1x64x114x114xf32> to tensor<1x32x113x113xf32>
      %extracted_slice_25 = tensor.extract_slice %arg44[0, %123, 0, 0] [1, 32, 56, 56] [1, 1, 1, 1] : tensor<1x64x56x56xf32> to tensor<1x32x56x56xf32>
      %124 = scf.for %arg45 = %c0 to %c32 step %c1 iter_args(%arg46 = %extracted_slice_25) -> (tensor<1x32x56x56xf32>) {
        %125 = scf.for %arg47 = %c0 to %c56 step %c1 iter_args(%arg48 = %arg46) -> (tensor<1x32x56x56xf32>) {
          %126 = scf.for %arg49 = %c0 to %c56 step %c8 iter_args(%arg50 = %arg48) -> (tensor<1x32x56x56xf32>) {
            %127 = scf.for %arg51 = %c0 to %c3 step %c1 iter_args(%arg52 = %arg50) -> (tensor<1x32x56x56xf32>) {
              %128 = scf.for %arg53 = %c0 to %c3 step %c1 iter_args(%arg54 = %arg52) -> (tensor<1x32x56x56xf32>) {
                %129 = affine.apply #map3(%arg47, %arg51)
                %130 = affine.apply #map3(%arg49, %arg53)
                %extracted_slice_26 = tensor.extract_slice %extracted_slice[0, %arg45, %129, %130] [1, 1, 1, 15] [1, 1, 1, 1] : tensor<1x32x113x113xf32> to tensor<1x1x1x15xf32>
                %extracted_slice_27 = tensor.extract_slice %arg54[0, %arg45, %arg47, %arg49] [1, 1, 1, 8] [1, 1, 1, 1] : tensor<1x32x56x56xf32> to tensor<1x1x1x8xf32>
                %extracted_slice_28 = tensor.extract_slice %extracted_slice_26[0, 0, 0, 0] [1, 1, 1, 15] [1, 1, 1, 1] : tensor<1x1x1x15xf32> to tensor<1x1x15xf32>
                %extracted_slice_29 = tensor.extract_slice %extracted_slice_27[0, 0, 0, 0] [1, 1, 1, 8] [1, 1, 1, 1] : tensor<1x1x1x8xf32> to tensor<1x1x8xf32>
                %131 = vector.transfer_read %extracted_slice_28[%c0, %c0, %c0], %cst_7 {in_bounds = [true, true, true]} : tensor<1x1x15xf32>, vector<1x1x15xf32>
                %132 = vector.transfer_read %extracted_slice_29[%c0, %c0, %c0], %cst_7 {in_bounds = [true, true, true]} : tensor<1x1x8xf32>, vector<1x1x8xf32>
                %133 = vector.transpose %131, [0, 2, 1] : vector<1x1x15xf32> to vector<1x15x1xf32>
                %134 = vector.transpose %132, [0, 2, 1] : vector<1x1x8xf32> to vector<1x8x1xf32>
                %135 = vector.extract %133[0, 0] : vector<1xf32> from vector<1x15x1xf32>
                %136 = vector.shape_cast %135 : vector<1xf32> to vector<1x1x1xf32>
                %137 = vector.extract %133[0, 2] : vector<1xf32> from vector<1x15x1xf32>
                %138 = vector.shape_cast %137 : vector<1xf32> to vector<1x1x1xf32>
                %139 = vector.extract %133[0, 4] : vector<1xf32> from vector<1x15x1xf32>
                %140 = vector.shape_cast %139 : vector<1xf32> to vector<1x1x1xf32>
                %141 = vector.extract %133[0, 6] : vector<1xf32> from vector<1x15x1xf32>
                %142 = vector.shape_cast %141 : vector<1xf32> to vector<1x1x1xf32>
                %143 = vector.extract %133[0, 8] : vector<1xf32> from vector<1x15x1xf32>
                %144 = vector.shape_cast %143 : vector<1xf32> to vector<1x1x1xf32>
                %145 = vector.extract %133[0, 10] : vector<1xf32> from vector<1x15x1xf32>
                %146 = vector.shape_cast %145 : vector<1xf32> to vector<1x1x1xf32>
                %147 = vector.extract %133[0, 12] : vector<1xf32> from vector<1x15x1xf32>
                %148 = vector.shape_cast %147 : vector<1xf32> to vector<1x1x1xf32>
                %149 = vector.extract %133[0, 14] : vector<1xf32> from vector<1x15x1xf32>
                %150 = vector.shape_cast %149 : vector<1xf32> to vector<1x1x1xf32>
                %151 = vector.extract %134[0, 0] : vector<1xf32> from vector<1x8x1xf32>
                %152 = vector.shape_cast %151 : vector<1xf32> to vector<1x1x1xf32>
                %153 = vector.extract %134[0, 1] : vector<1xf32> from vector<1x8x1xf32>
                %154 = vector.shape_cast %153 : vector<1xf32> to vector<1x1x1xf32>
                %155 = vector.extract %134[0, 2] : vector<1xf32> from vector<1x8x1xf32>
                %156 = vector.shape_cast %155 : vector<1xf32> to vector<1x1x1xf32>
                %157 = vector.extract %134[0, 3] : vector<1xf32> from vector<1x8x1xf32>
                %158 = vector.shape_cast %157 : vector<1xf32> to vector<1x1x1xf32>
                %159 = vector.extract %134[0, 4] : vector<1xf32> from vector<1x8x1xf32>
                %160 = vector.shape_cast %159 : vector<1xf32> to vector<1x1x1xf32>
                %161 = vector.extract %134[0, 5] : vector<1xf32> from vector<1x8x1xf32>
                %162 = vector.shape_cast %161 : vector<1xf32> to vector<1x1x1xf32>
                %163 = vector.extract %134[0, 6] : vector<1xf32> from vector<1x8x1xf32>
                %164 = vector.shape_cast %163 : vector<1xf32> to vector<1x1x1xf32>
                %165 = vector.extract %134[0, 7] : vector<1xf32> from vector<1x8x1xf32>
                %166 = vector.shape_cast %165 : vector<1xf32> to vector<1x1x1xf32>
                %167 = arith.maximumf %136, %152 : vector<1x1x1xf32>
                %168 = arith.maximumf %138, %154 : vector<1x1x1xf32>
                %169 = arith.maximumf %140, %156 : vector<1x1x1xf32>
                %170 = arith.maximumf %142, %158 : vector<1x1x1xf32>
                %171 = arith.maximumf %144, %160 : vector<1x1x1xf32>
                %172 = arith.maximumf %146, %162 : vector<1x1x1xf32>
                %173 = arith.maximumf %148, %164 : vector<1x1x1xf32>
                %174 = arith.maximumf %150, %166 : vector<1x1x1xf32>
                %175 = vector.insert_strided_slice %167, %134 {offsets = [0, 0, 0], strides = [1, 1, 1]} : vector<1x1x1xf32> into vector<1x8x1xf32>
                %176 = vector.insert_strided_slice %168, %175 {offsets = [0, 1, 0], strides = [1, 1, 1]} : vector<1x1x1xf32> into vector<1x8x1xf32>
                %177 = vector.insert_strided_slice %169, %176 {offsets = [0, 2, 0], strides = [1, 1, 1]} : vector<1x1x1xf32> into vector<1x8x1xf32>
                %178 = vector.insert_strided_slice %170, %177 {offsets = [0, 3, 0], strides = [1, 1, 1]} : vector<1x1x1xf32> into vector<1x8x1xf32>
                %179 = vector.insert_strided_slice %171, %178 {offsets = [0, 4, 0], strides = [1, 1, 1]} : vector<1x1x1xf32> into vector<1x8x1xf32>
                %180 = vector.insert_strided_slice %172, %179 {offsets = [0, 5, 0], strides = [1, 1, 1]} : vector<1x1x1xf32> into vector<1x8x1xf32>
                %181 = vector.insert_strided_slice %173, %180 {offsets = [0, 6, 0], strides = [1, 1, 1]} : vector<1x1x1xf32> into vector<1x8x1xf32>
                %182 = vector.insert_strided_slice %174, %181 {offsets = [0, 7, 0], strides = [1, 1, 1]} : vector<1x1x1xf32> into vector<1x8x1xf32>
                %183 = vector.transpose %182, [0, 2, 1] : vector<1x8x1xf32> to vector<1x1x8xf32>
                %184 = vector.transfer_write %183, %extracted_slice_29[%c0, %c0, %c0] {in_bounds = [true, true, true]} : vector<1x1x8xf32>, tensor<1x1x8xf32>
                %inserted_slice = tensor.insert_slice %184 into %extracted_slice_27[0, 0, 0, 0] [1, 1, 1, 8] [1, 1, 1, 1] : tensor<1x1x8xf32> into tensor<1x1x1x8xf32>
                %inserted_slice_30 = tensor.insert_slice %inserted_slice into %arg54[0, %arg45, %arg47, %arg49] [1, 1, 1, 8] [1, 1, 1, 1] : tensor<1x1x1x8xf32> into tensor<1x32x56x56xf32>
                scf.yield %inserted_slice_30 : tensor<1x32x56x56xf32>
              }
              scf.yield %128 : tensor<1x32x56x56xf32>
            }
            scf.yield %127 : tensor<1x32x56x56xf32>
          }
          scf.yield %126 : tensor<1x32x56x56xf32>
        }
        scf.yield %125 : tensor<1x32x56x56xf32>
      }
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %124 into %arg44[0, %123, 0, 0] [1, 32, 56, 56] [1, 1, 1, 1] : tensor<1x32x56x56xf32> into tensor<1x64x56x56xf32>
      }
    }
    %padded_9 = tensor.pad %8 low[0, 0, 1, 1] high[0, 0, 1, 1] {
    ^bb0(%arg43: index, %arg44: index, %arg45: index, %arg46: index):
      tensor.yield %cst_7 : f32
    } : tensor<1x64x56x56xf32> to tensor<1x64x58x58xf32>
    %9 = tensor.empty() : tensor<1x64x56x56xf32>
    %10 = scf.forall (%arg43) in (2) shared_outs(%arg44 = %9) -> (tensor<1x64x56x56xf32>) {
      %123 = affine.apply #map(%arg43)
      %extracted_slice = tensor.extract_slice %arg4[%123] [32] [1] : tensor<64xf32> to tensor<32xf32>
      %extracted_slice_25 = tensor.extract_slice %arg44[0, %123, 0, 0] [1, 32, 56, 56] [1, 1, 1, 1] : tensor<1x64x56x56xf32> to tensor<1x32x56x56xf32>
      %124 = scf.for %arg45 = %c0 to %c32 step %c1 iter_args(%arg46 = %extracted_slice_25) -> (tensor<1x32x56x56xf32>) {
        %125 = scf.for %arg47 = %c0 to %c56 step %c1 iter_args(%arg48 = %arg46) -> (tensor<1x32x56x56xf32>) {
          %126 = scf.for %arg49 = %c0 to %c56 step %c8 iter_args(%arg50 = %arg48) -> (tensor<1x32x56x56xf32>) {
            %extracted_slice_26 = tensor.extract_slice %extracted_slice[%arg45] [1] [1] : tensor<32xf32> to tensor<1xf32>
            %extracted_slice_27 = tensor.extract_slice %arg50[0, %arg45, %arg47, %arg49] [1, 1, 1, 8] [1, 1, 1, 1] : tensor<1x32x56x56xf32> to tensor<1x1x1x8xf32>
            %127 = vector.transfer_read %extracted_slice_26[%c0], %0 {in_bounds = [true]} : tensor<1xf32>, vector<1xf32>
            %128 = vector.broadcast %127 : vector<1xf32> to vector<1x1x1x8xf32>
            %129 = vector.transfer_write %128, %extracted_slice_27[%c0, %c0, %c0, %c0] {in_bounds = [true, true, true, true]} : vector<1x1x1x8xf32>, tensor<1x1x1x8xf32>
            %inserted_slice = tensor.insert_slice %129 into %arg50[0, %arg45, %arg47, %arg49] [1, 1, 1, 8] [1, 1, 1, 1] : tensor<1x1x1x8xf32> into tensor<1x32x56x56xf32>
            scf.yield %inserted_slice : tensor<1x32x56x56xf32>
          }
          scf.yield %126 : tensor<1x32x56x56xf32>
        }
        scf.yield %125 : tensor<1x32x56x56xf32>
      }
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %124 into %arg44[0, %123, 0, 0] [1, 32, 56, 56] [1, 1, 1, 1] : tensor<1x32x56x56xf32> into tensor<1x64x56x56xf32>
      }
    }
    %11 = scf.forall (%arg43, %arg44, %arg45) in (2, 7, 7) shared_outs(%arg46 = %10) -> (tensor<1x64x56x56xf32>) {
      %123 = affine.apply #map(%arg43)
      %124 = affine.apply #map4(%arg44)
      %125 = affine.apply #map4(%arg45)
      %extracted_slice = tensor.extract_slice %padded_9[0, 0, %124, %125] [1, 64, 10, 10] [1, 1, 1, 1] : tensor<1x64x58x58xf32> to tensor<1x64x10x10xf32>
      %extracted_slice_25 = tensor.extract_slice %arg3[%123, 0, 0, 0] [32, 64, 3, 3] [1, 1, 1, 1] : tensor<64x64x3x3xf32> to tensor<32x64x3x3xf32>
      %extracted_slice_26 = tensor.extract_slice %arg46[0, %123, %124, %125] [1, 32, 8, 8] [1, 1, 1, 1] : tensor<1x64x56x56xf32> to tensor<1x32x8x8xf32>
      %126 = scf.for %arg47 = %c0 to %c64 step %c32 iter_args(%arg48 = %extracted_slice_26) -> (tensor<1x32x8x8xf32>) {
        %127 = scf.for %arg49 = %c0 to %c3 step %c1 iter_args(%arg50 = %arg48) -> (tensor<1x32x8x8xf32>) {
          %128 = scf.for %arg51 = %c0 to %c3 step %c1 iter_args(%arg52 = %arg50) -> (tensor<1x32x8x8xf32>) {
            %extracted_slice_27 = tensor.extract_slice %extracted_slice[0, %arg47, %arg49, %arg51] [1, 32, 8, 8] [1, 1, 1, 1] : tensor<1x64x10x10xf32> to tensor<1x32x8x8xf32>
            %extracted_slice_28 = tensor.extract_slice %extracted_slice_25[0, %arg47, %arg49, %arg51] [32, 32, 1, 1] [1, 1, 1, 1] : tensor<32x64x3x3xf32> to tensor<32x32x1x1xf32>
            %129 = scf.for %arg53 = %c0 to %c32 step %c1 iter_args(%arg54 = %arg52) -> (tensor<1x32x8x8xf32>) {
              %130 = scf.for %arg55 = %c0 to %c8 step %c4 iter_args(%arg56 = %arg54) -> (tensor<1x32x8x8xf32>) {
                %131 = scf.for %arg57 = %c0 to %c8 step %c4 iter_args(%arg58 = %arg56) -> (tensor<1x32x8x8xf32>) {
                  %132 = scf.for %arg59 = %c0 to %c32 step %c1 iter_args(%arg60 = %arg58) -> (tensor<1x32x8x8xf32>) {
                    %extracted_slice_29 = tensor.extract_slice %extracted_slice_27[0, %arg59, %arg55, %arg57] [1, 1, 4, 4] [1, 1, 1, 1] : tensor<1x32x8x8xf32> to tensor<1x1x4x4xf32>
                    %extracted_slice_30 = tensor.extract_slice %extracted_slice_28[%arg53, %arg59, 0, 0] [1, 1, 1, 1] [1, 1, 1, 1] : tensor<32x32x1x1xf32> to tensor<1x1x1x1xf32>
                    %extracted_slice_31 = tensor.extract_slice %arg60[0, %arg53, %arg55, %arg57] [1, 1, 4, 4] [1, 1, 1, 1] : tensor<1x32x8x8xf32> to tensor<1x1x4x4xf32>
                    %133 = scf.for %arg61 = %c0 to %c4 step %c1 iter_args(%arg62 = %extracted_slice_31) -> (tensor<1x1x4x4xf32>) {
                      %extracted_slice_32 = tensor.extract_slice %extracted_slice_29[0, 0, %arg61, 0] [1, 1, 1, 4] [1, 1, 1, 1] : tensor<1x1x4x4xf32> to tensor<1x1x1x4xf32>
                      %extracted_slice_33 = tensor.extract_slice %arg62[0, 0, %arg61, 0] [1, 1, 1, 4] [1, 1, 1, 1] : tensor<1x1x4x4xf32> to tensor<1x1x1x4xf32>
                      %extracted_slice_34 = tensor.extract_slice %extracted_slice_32[0, 0, 0, 0] [1, 1, 1, 4] [1, 1, 1, 1] : tensor<1x1x1x4xf32> to tensor<1x1x4xf32>
                      %extracted_slice_35 = tensor.extract_slice %extracted_slice_30[0, 0, 0, 0] [1, 1, 1, 1] [1, 1, 1, 1] : tensor<1x1x1x1xf32> to tensor<1x1x1xf32>
                      %extracted_slice_36 = tensor.extract_slice %extracted_slice_33[0, 0, 0, 0] [1, 1, 1, 4] [1, 1, 1, 1] : tensor<1x1x1x4xf32> to tensor<1x1x4xf32>
                      %134 = vector.transfer_read %extracted_slice_34[%c0, %c0, %c0], %cst_7 {in_bounds = [true, true, true]} : tensor<1x1x4xf32>, vector<1x1x4xf32>
                      %135 = vector.transfer_read %extracted_slice_35[%c0, %c0, %c0], %cst_7 {in_bounds = [true, true, true]} : tensor<1x1x1xf32>, vector<1x1x1xf32>
                      %136 = vector.transfer_read %extracted_slice_36[%c0, %c0, %c0], %cst_7 {in_bounds = [true, true, true]} : tensor<1x1x4xf32>, vector<1x1x4xf32>
                      %137 = vector.extract %134[0, 0] : vector<4xf32> from vector<1x1x4xf32>
                      %138 = vector.extract %135[0, 0, 0] : f32 from vector<1x1x1xf32>
                      %139 = vector.broadcast %138 : f32 to vector<4xf32>
                      %140 = vector.extract %136[0, 0] : vector<4xf32> from vector<1x1x4xf32>
                      %141 = vector.fma %139, %137, %140 : vector<4xf32>
                      %142 = vector.broadcast %141 : vector<4xf32> to vector<1x1x4xf32>
                      %143 = vector.transfer_write %142, %extracted_slice_36[%c0, %c0, %c0] {in_bounds = [true, true, true]} : vector<1x1x4xf32>, tensor<1x1x4xf32>
                      %inserted_slice_37 = tensor.insert_slice %143 into %extracted_slice_33[0, 0, 0, 0] [1, 1, 1, 4] [1, 1, 1, 1] : tensor<1x1x4xf32> into tensor<1x1x1x4xf32>
                      %inserted_slice_38 = tensor.insert_slice %inserted_slice_37 into %arg62[0, 0, %arg61, 0] [1, 1, 1, 4] [1, 1, 1, 1] : tensor<1x1x1x4xf32> into tensor<1x1x4x4xf32>
                      scf.yield %inserted_slice_38 : tensor<1x1x4x4xf32>
                    }
                    %inserted_slice = tensor.insert_slice %133 into %arg60[0, %arg53, %arg55, %arg57] [1, 1, 4, 4] [1, 1, 1, 1] : tensor<1x1x4x4xf32> into tensor<1x32x8x8xf32>
                    scf.yield %inserted_slice : tensor<1x32x8x8xf32>
                  }
                  scf.yield %132 : tensor<1x32x8x8xf32>
                }
                scf.yield %131 : tensor<1x32x8x8xf32>
              }
              scf.yield %130 : tensor<1x32x8x8xf32>
            }
            scf.yield %129 : tensor<1x32x8x8xf32>
          }
          scf.yield %128 : tensor<1x32x8x8xf32>
        }
        scf.yield %127 : tensor<1x32x8x8xf32>
      }
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %126 into %arg46[0, %123, %124, %125] [1, 32, 8, 8] [1, 1, 1, 1] : tensor<1x32x8x8xf32> into tensor<1x64x56x56xf32>
      }
    }
    %12 = tensor.empty() : tensor<1x64x56x56xf32>
    %13 = scf.forall (%arg43) in (2) shared_outs(%arg44 = %12) -> (tensor<1x64x56x56xf32>) {
      %123 = affine.apply #map(%arg43)
      %extracted_slice = tensor.extract_slice %11[0, %123, 0, 0] [1, 32, 56, 56] [1, 1, 1, 1] : tensor<1x64x56x56xf32> to tensor<1x32x56x56xf32>
      %extracted_slice_25 = tensor.extract_slice %arg44[0, %123, 0, 0] [1, 32, 56, 56] [1, 1, 1, 1] : tensor<1x64x56x56xf32> to tensor<1x32x56x56xf32>
      %124 = scf.for %arg45 = %c0 to %c32 step %c1 iter_args(%arg46 = %extracted_slice_25) -> (tensor<1x32x56x56xf32>) {
        %125 = scf.for %arg47 = %c0 to %c56 step %c1 iter_args(%arg48 = %arg46) -> (tensor<1x32x56x56xf32>) {
          %126 = scf.for %arg49 = %c0 to %c56 step %c8 iter_args(%arg50 = %arg48) -> (tensor<1x32x56x56xf32>) {
            %extracted_slice_26 = tensor.extract_slice %extracted_slice[0, %arg45, %arg47, %arg49] [1, 1, 1, 8] [1, 1, 1, 1] : tensor<1x32x56x56xf32> to tensor<1x1x1x8xf32>
            %extracted_slice_27 = tensor.extract_slice %arg50[0, %arg45, %arg47, %arg49] [1, 1, 1, 8] [1, 1, 1, 1] : tensor<1x32x56x56xf32> to tensor<1x1x1x8xf32>
            %127 = vector.transfer_read %extracted_slice_26[%c0, %c0, %c0, %c0], %0 {in_bounds = [true, true, true, true]} : tensor<1x1x1x8xf32>, vector<1x1x1x8xf32>
            %128 = arith.maximumf %127, %cst_2 : vector<1x1x1x8xf32>
            %129 = vector.transfer_write %128, %extracted_slice_27[%c0, %c0, %c0, %c0] {in_bounds = [true, true, true, true]} : vector<1x1x1x8xf32>, tensor<1x1x1x8xf32>
            %inserted_slice = tensor.insert_slice %129 into %arg50[0, %arg45, %arg47, %arg49] [1, 1, 1, 8] [1, 1, 1, 1] : tensor<1x1x1x8xf32> into tensor<1x32x56x56xf32>
            scf.yield %inserted_slice : tensor<1x32x56x56xf32>
          }
          scf.yield %126 : tensor<1x32x56x56xf32>
        }
        scf.yield %125 : tensor<1x32x56x56xf32>
      }
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %124 into %arg44[0, %123, 0, 0] [1, 32, 56, 56] [1, 1, 1, 1] : tensor<1x32x56x56xf32> into tensor<1x64x56x56xf32>
      }
    }
    %padded_10 = tensor.pad %13 low[0, 0, 1, 1] high[0, 0, 1, 1] {
    ^bb0(%arg43: index, %arg44: index, %arg45: index, %arg46: index):
      tensor.yield %cst_7 : f32
    } : tensor<1x64x56x56xf32> to tensor<1x64x58x58xf32>
    %14 = tensor.empty() : tensor<1x64x56x56xf32>
    %15 = scf.forall (%arg43) in (2) shared_outs(%arg44 = %14) -> (tensor<1x64x56x56xf32>) {
      %123 = affine.apply #map(%arg43)
      %extracted_slice = tensor.extract_slice %arg6[%123] [32] [1] : tensor<64xf32> to tensor<32xf32>
      %extracted_slice_25 = tensor.extract_slice %arg44[0, %123, 0, 0] [1, 32, 56, 56] [1, 1, 1, 1] : tensor<1x64x56x56xf32> to tensor<1x32x56x56xf32>
      %124 = scf.for %arg45 = %c0 to %c32 step %c1 iter_args(%arg46 = %extracted_slice_25) -> (tensor<1x32x56x56xf32>) {
        %125 = scf.for %arg47 = %c0 to %c56 step %c1 iter_args(%arg48 = %arg46) -> (tensor<1x32x56x56xf32>) {
          %126 = scf.for %arg49 = %c0 to %c56 step %c8 iter_args(%arg50 = %arg48) -> (tensor<1x32x56x56xf32>) {
            %extracted_slice_26 = tensor.extract_slice %extracted_slice[%arg45] [1] [1] : tensor<32xf32> to tensor<1xf32>
            %extracted_slice_27 = tensor.extract_slice %arg50[0, %arg45, %arg47, %arg49] [1, 1, 1, 8] [1, 1, 1, 1] : tensor<1x32x56x56xf32> to tensor<1x1x1x8xf32>
            %127 = vector.transfer_read %extracted_slice_26[%c0], %0 {in_bounds = [true]} : tensor<1xf32>, vector<1xf32>
            %128 = vector.broadcast %127 : vector<1xf32> to vector<1x1x1x8xf32>
            %129 = vector.transfer_write %128, %extracted_slice_27[%c0, %c0, %c0, %c0] {in_bounds = [true, true, true, true]} : vector<1x1x1x8xf32>, tensor<1x1x1x8xf32>
            %inserted_slice = tensor.insert_slice %129 into %arg50[0, %arg45, %arg47, %arg49] [1, 1, 1, 8] [1, 1, 1, 1] : tensor<1x1x1x8xf32> into tensor<1x32x56x56xf32>
            scf.yield %inserted_slice : tensor<1x32x56x56xf32>
          }
          scf.yield %126 : tensor<1x32x56x56xf32>
        }
        scf.yield %125 : tensor<1x32x56x56xf32>
      }
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %124 into %arg44[0, %123, 0, 0] [1, 32, 56, 56] [1, 1, 1, 1] : tensor<1x32x56x56xf32> into tensor<1x64x56x56xf32>
      }
    }
    %16 = scf.forall (%arg43, %arg44, %arg45) in (2, 7, 7) shared_outs(%arg46 = %15) -> (tensor<1x64x56x56xf32>) {
      %123 = affine.apply #map(%arg43)
      %124 = affine.apply #map4(%arg44)
      %125 = affine.apply #map4(%arg45)
      %extracted_slice = tensor.extract_slice %padded_10[0, 0, %124, %125] [1, 64, 10, 10] [1, 1, 1, 1] : tensor<1x64x58x58xf32> to tensor<1x64x10x10xf32>
      %extracted_slice_25 = tensor.extract_slice %arg5[%123, 0, 0, 0] [32, 64, 3, 3] [1, 1, 1, 1] : tensor<64x64x3x3xf32> to tensor<32x64x3x3xf32>
      %extracted_slice_26 = tensor.extract_slice %arg46[0, %123, %124, %125] [1, 32, 8, 8] [1, 1, 1, 1] : tensor<1x64x56x56xf32> to tensor<1x32x8x8xf32>
      %126 = scf.for %arg47 = %c0 to %c64 step %c32 iter_args(%arg48 = %extracted_slice_26) -> (tensor<1x32x8x8xf32>) {
        %127 = scf.for %arg49 = %c0 to %c3 step %c1 iter_args(%arg50 = %arg48) -> (tensor<1x32x8x8xf32>) {
          %128 = scf.for %arg51 = %c0 to %c3 step %c1 iter_args(%arg52 = %arg50) -> (tensor<1x32x8x8xf32>) {
            %extracted_slice_27 = tensor.extract_slice %extracted_slice[0, %arg47, %arg49, %arg51] [1, 32, 8, 8] [1, 1, 1, 1] : tensor<1x64x10x10xf32> to tensor<1x32x8x8xf32>
            %extracted_slice_28 = tensor.extract_slice %extracted_slice_25[0, %arg47, %arg49, %arg51] [32, 32, 1, 1] [1, 1, 1, 1] : tensor<32x64x3x3xf32> to tensor<32x32x1x1xf32>
            %129 = scf.for %arg53 = %c0 to %c32 step %c1 iter_args(%arg54 = %arg52) -> (tensor<1x32x8x8xf32>) {
              %130 = scf.for %arg55 = %c0 to %c8 step %c4 iter_args(%arg56 = %arg54) -> (tensor<1x32x8x8xf32>) {
                %131 = scf.for %arg57 = %c0 to %c8 step %c4 iter_args(%arg58 = %arg56) -> (tensor<1x32x8x8xf32>) {
                  %132 = scf.for %arg59 = %c0 to %c32 step %c1 iter_args(%arg60 = %arg58) -> (tensor<1x32x8x8xf32>) {
                    %extracted_slice_29 = tensor.extract_slice %extracted_slice_27[0, %arg59, %arg55, %arg57] [1, 1, 4, 4] [1, 1, 1, 1] : tensor<1x32x8x8xf32> to tensor<1x1x4x4xf32>
                    %extracted_slice_30 = tensor.extract_slice %extracted_slice_28[%arg53, %arg59, 0, 0] [1, 1, 1, 1] [1, 1, 1, 1] : tensor<32x32x1x1xf32> to tensor<1x1x1x1xf32>
                    %extracted_slice_31 = tensor.extract_slice %arg60[0, %arg53, %arg55, %arg57] [1, 1, 4, 4] [1, 1, 1, 1] : tensor<1x32x8x8xf32> to tensor<1x1x4x4xf32>
                    %133 = scf.for %arg61 = %c0 to %c4 step %c1 iter_args(%arg62 = %extracted_slice_31) -> (tensor<1x1x4x4xf32>) {
                      %extracted_slice_32 = tensor.extract_slice %extracted_slice_29[0, 0, %arg61, 0] [1, 1, 1, 4] [1, 1, 1, 1] : tensor<1x1x4x4xf32> to tensor<1x1x1x4xf32>
                      %extracted_slice_33 = tensor.extract_slice %arg62[0, 0, %arg61, 0] [1, 1, 1, 4] [1, 1, 1, 1] : tensor<1x1x4x4xf32> to tensor<1x1x1x4xf32>
                      %extracted_slice_34 = tensor.extract_slice %extracted_slice_32[0, 0, 0, 0] [1, 1, 1, 4] [1, 1, 1, 1] : tensor<1x1x1x4xf32> to tensor<1x1x4xf32>
                      %extracted_slice_35 = tensor.extract_slice %extracted_slice_30[0, 0, 0, 0] [1, 1, 1, 1] [1, 1, 1, 1] : tensor<1x1x1x1xf32> to tensor<1x1x1xf32>
                      %extracted_slice_36 = tensor.extract_slice %extracted_slice_33[0, 0, 0, 0] [1, 1, 1, 4] [1, 1, 1, 1] : tensor<1x1x1x4xf32> to tensor<1x1x4xf32>
                      %134 = vector.transfer_read %extracted_slice_34[%c0, %c0, %c0], %cst_7 {in_bounds = [true, true, true]} : tensor<1x1x4xf32>, vector<1x1x4xf32>
                      %135 = vector.transfer_read %extracted_slice_35[%c0, %c0, %c0], %cst_7 {in_bounds = [true, true, true]} : tensor<1x1x1xf32>, vector<1x1x1xf32>
                      %136 = vector.transfer_read %extracted_slice_36[%c0, %c0, %c0], %cst_7 {in_bounds = [true, true, true]} : tensor<1x1x4xf32>, vector<1x1x4xf32>
                      %137 = vector.extract %134[0, 0] : vector<4xf32> from vector<1x1x4xf32>
                      %138 = vector.extract %135[0, 0, 0] : f32 from vector<1x1x1xf32>
                      %139 = vector.broadcast %138 : f32 to vector<4xf32>
                      %140 = vector.extract %136[0, 0] : vector<4xf32> from vector<1x1x4xf32>
                      %141 = vector.fma %139, %137, %140 : vector<4xf32>
                      %142 = vector.broadcast %141 : vector<4xf32> to vector<1x1x4xf32>
                      %143 = vector.transfer_write %142, %extracted_slice_36[%c0, %c0, %c0] {in_bounds = [true, true, true]} : vector<1x1x4xf32>, tensor<1x1x4xf32>
                      %inserted_slice_37 = tensor.insert_slice %143 into %extracted_slice_33[0, 0, 0, 0] [1, 1, 1, 4] [1, 1, 1, 1] : tensor<1x1x4xf32> into tensor<1x1x1x4xf32>
                      %inserted_slice_38 = tensor.insert_slice %inserted_slice_37 into %arg62[0, 0, %arg61, 0] [1, 1, 1, 4] [1, 1, 1, 1] : tensor<1x1x1x4xf32> into tensor<1x1x4x4xf32>
                      scf.yield %inserted_slice_38 : tensor<1x1x4x4xf32>
                    }
                    %inserted_slice = tensor.insert_slice %133 into %arg60[0, %arg53, %arg55, %arg57] [1, 1, 4, 4] [1, 1, 1, 1] : tensor<1x1x4x4xf32> into tensor<1x32x8x8xf32>
                    scf.yield %inserted_slice : tensor<1x32x8x8xf32>
                  }
                  scf.yield %132 : tensor<1x32x8x8xf32>
                }
                scf.yield %131 : tensor<1x32x8x8xf32>
              }
              scf.yield %130 : tensor<1x32x8x8xf32>
            }
            scf.yield %129 : tensor<1x32x8x8xf32>
          }
          scf.yield %128 : tensor<1x32x8x8xf32>
        }
        scf.yield %127 : tensor<1x32x8x8xf32>
      }
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %126 into %arg46[0, %123, %124, %125] [1, 32, 8, 8] [1, 1, 1, 1] : tensor<1x32x8x8xf32> into tensor<1x64x56x56xf32>
      }
    }
    %17 = tensor.empty() : tensor<1x64x56x56xf32>
    %18 = scf.forall (%arg43) in (2) shared_outs(%arg44 = %17) -> (tensor<1x64x56x56xf32>) {
      %123 = affine.apply #map(%arg43)
      %extracted_slice = tensor.extract_slice %16[0, %123, 0, 0] [1, 32, 56, 56] [1, 1, 1, 1] : tensor<1x64x56x56xf32> to tensor<1x32x56x56xf32>
      %extracted_slice_25 = tensor.extract_slice %8[0, %123, 0, 0] [1, 32, 56, 56] [1, 1, 1, 1] : tensor<1x64x56x56xf32> to tensor<1x32x56x56xf32>
      %extracted_slice_26 = tensor.extract_slice %arg44[0, %123, 0, 0] [1, 32, 56, 56] [1, 1, 1, 1] : tensor<1x64x56x56xf32> to tensor<1x32x56x56xf32>
      %124 = scf.for %arg45 = %c0 to %c32 step %c1 iter_args(%arg46 = %extracted_slice_26) -> (tensor<1x32x56x56xf32>) {
        %125 = scf.for %arg47 = %c0 to %c56 step %c1 iter_args(%arg48 = %arg46) -> (tensor<1x32x56x56xf32>) {
          %126 = scf.for %arg49 = %c0 to %c56 step %c8 iter_args(%arg50 = %arg48) -> (tensor<1x32x56x56xf32>) {
            %extracted_slice_27 = tensor.extract_slice %extracted_slice[0, %arg45, %arg47, %arg49] [1, 1, 1, 8] [1, 1, 1, 1] : tensor<1x32x56x56xf32> to tensor<1x1x1x8xf32>
            %extracted_slice_28 = tensor.extract_slice %extracted_slice_25[0, %arg45, %arg47, %arg49] [1, 1, 1, 8] [1, 1, 1, 1] : tensor<1x32x56x56xf32> to tensor<1x1x1x8xf32>
            %extracted_slice_29 = tensor.extract_slice %arg50[0, %arg45, %arg47, %arg49] [1, 1, 1, 8] [1, 1, 1, 1] : tensor<1x32x56x56xf32> to tensor<1x1x1x8xf32>
            %127 = vector.transfer_read %extracted_slice_27[%c0, %c0, %c0, %c0], %0 {in_bounds = [true, true, true, true]} : tensor<1x1x1x8xf32>, vector<1x1x1x8xf32>
            %128 = vector.transfer_read %extracted_slice_28[%c0, %c0, %c0, %c0], %0 {in_bounds = [true, true, true, true]} : tensor<1x1x1x8xf32>, vector<1x1x1x8xf32>
            %129 = arith.addf %127, %128 : vector<1x1x1x8xf32>
            %130 = vector.transfer_write %129, %extracted_slice_29[%c0, %c0, %c0, %c0] {in_bounds = [true, true, true, true]} : vector<1x1x1x8xf32>, tensor<1x1x1x8xf32>
            %inserted_slice = tensor.insert_slice %130 into %arg50[0, %arg45, %arg47, %arg49] [1, 1, 1, 8] [1, 1, 1, 1] : tensor<1x1x1x8xf32> into tensor<1x32x56x56xf32>
            scf.yield %inserted_slice : tensor<1x32x56x56xf32>
          }
          scf.yield %126 : tensor<1x32x56x56xf32>
        }
        scf.yield %125 : tensor<1x32x56x56xf32>
      }
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %124 into %arg44[0, %123, 0, 0] [1, 32, 56, 56] [1, 1, 1, 1] : tensor<1x32x56x56xf32> into tensor<1x64x56x56xf32>
      }
    }
    %19 = tensor.empty() : tensor<1x64x56x56xf32>
    %20 = scf.forall (%arg43) in (2) shared_outs(%arg44 = %19) -> (tensor<1x64x56x56xf32>) {
      %123 = affine.apply #map(%arg43)
      %extracted_slice = tensor.extract_slice %18[0, %123, 0, 0] [1, 32, 56, 56] [1, 1, 1, 1] : tensor<1x64x56x56xf32> to tensor<1x32x56x56xf32>
      %extracted_slice_25 = tensor.extract_slice %arg44[0, %123, 0, 0] [1, 32, 56, 56] [1, 1, 1, 1] : tensor<1x64x56x56xf32> to tensor<1x32x56x56xf32>
      %124 = scf.for %arg45 = %c0 to %c32 step %c1 iter_args(%arg46 = %extracted_slice_25) -> (tensor<1x32x56x56xf32>) {
        %125 = scf.for %arg47 = %c0 to %c56 step %c1 iter_args(%arg48 = %arg46) -> (tensor<1x32x56x56xf32>) {
          %126 = scf.for %arg49 = %c0 to %c56 step %c8 iter_args(%arg50 = %arg48) -> (tensor<1x32x56x56xf32>) {
            %extracted_slice_26 = tensor.extract_slice %extracted_slice[0, %arg45, %arg47, %arg49] [1, 1, 1, 8] [1, 1, 1, 1] : tensor<1x32x56x56xf32> to tensor<1x1x1x8xf32>
            %extracted_slice_27 = tensor.extract_slice %arg50[0, %arg45, %arg47, %arg49] [1, 1, 1, 8] [1, 1, 1, 1] : tensor<1x32x56x56xf32> to tensor<1x1x1x8xf32>
            %127 = vector.transfer_read %extracted_slice_26[%c0, %c0, %c0, %c0], %0 {in_bounds = [true, true, true, true]} : tensor<1x1x1x8xf32>, vector<1x1x1x8xf32>
            %128 = arith.maximumf %127, %cst_2 : vector<1x1x1x8xf32>
            %129 = vector.transfer_write %128, %extracted_slice_27[%c0, %c0, %c0, %c0] {in_bounds = [true, true, true, true]} : vector<1x1x1x8xf32>, tensor<1x1x1x8xf32>
            %inserted_slice = tensor.insert_slice %129 into %arg50[0, %arg45, %arg47, %arg49] [1, 1, 1, 8] [1, 1, 1, 1] : tensor<1x1x1x8xf32> into tensor<1x32x56x56xf32>
            scf.yield %inserted_slice : tensor<1x32x56x56xf32>
          }
          scf.yield %126 : tensor<1x32x56x56xf32>
        }
        scf.yield %125 : tensor<1x32x56x56xf32>
      }
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %124 into %arg44[0, %123, 0, 0] [1, 32, 56, 56] [1, 1, 1, 1] : tensor<1x32x56x56xf32> into tensor<1x64x56x56xf32>
      }
    }
    %padded_11 = tensor.pad %20 low[0, 0, 1, 1] high[0, 0, 1, 1] {
    ^bb0(%arg43: index, %arg44: index, %arg45: index, %arg46: index):
      tensor.yield %cst_7 : f32
    } : tensor<1x64x56x56xf32> to tensor<1x64x58x58xf32>
    %21 = tensor.empty() : tensor<1x64x56x56xf32>
    %22 = scf.forall (%arg43) in (2) shared_outs(%arg44 = %21) -> (tensor<1x64x56x56xf32>) {
      %123 = affine.apply #map(%arg43)
      %extracted_slice = tensor.extract_slice %arg8[%123] [32] [1] : tensor<64xf32> to tensor<32xf32>
      %extracted_slice_25 = tensor.extract_slice %arg44[0, %123, 0, 0] [1, 32, 56, 56] [1, 1, 1, 1] : tensor<1x64x56x56xf32> to tensor<1x32x56x56xf32>
      %124 = scf.for %arg45 = %c0 to %c32 step %c1 iter_args(%arg46 = %extracted_slice_25) -> (tensor<1x32x56x56xf32>) {
        %125 = scf.for %arg47 = %c0 to %c56 step %c1 iter_args(%arg48 = %arg46) -> (tensor<1x32x56x56xf32>) {
          %126 = scf.for %arg49 = %c0 to %c56 step %c8 iter_args(%arg50 = %arg48) -> (tensor<1x32x56x56xf32>) {
            %extracted_slice_26 = tensor.extract_slice %extracted_slice[%arg45] [1] [1] : tensor<32xf32> to tensor<1xf32>
            %extracted_slice_27 = tensor.extract_slice %arg50[0, %arg45, %arg47, %arg49] [1, 1, 1, 8] [1, 1, 1, 1] : tensor<1x32x56x56xf32> to tensor<1x1x1x8xf32>
            %127 = vector.transfer_read %extracted_slice_26[%c0], %0 {in_bounds = [true]} : tensor<1xf32>, vector<1xf32>
            %128 = vector.broadcast %127 : vector<1xf32> to vector<1x1x1x8xf32>
            %129 = vector.transfer_write %128, %extracted_slice_27[%c0, %c0, %c0, %c0] {in_bounds = [true, true, true, true]} : vector<1x1x1x8xf32>, tensor<1x1x1x8xf32>
            %inserted_slice = tensor.insert_slice %129 into %arg50[0, %arg45, %arg47, %arg49] [1, 1, 1, 8] [1, 1, 1, 1] : tensor<1x1x1x8xf32> into tensor<1x32x56x56xf32>
            scf.yield %inserted_slice : tensor<1x32x56x56xf32>
          }
          scf.yield %126 : tensor<1x32x56x56xf32>
        }
        scf.yield %125 : tensor<1x32x56x56xf32>
      }
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %124 into %arg44[0, %123, 0, 0] [1, 32, 56, 56] [1, 1, 1, 1] : tensor<1x32x56x56xf32> into tensor<1x64x56x56xf32>
      }
    }
    %23 = scf.forall (%arg43, %arg44, %arg45) in (2, 7, 7) shared_outs(%arg46 = %22) -> (tensor<1x64x56x56xf32>) {
      %123 = affine.apply #map(%arg43)
      %124 = affine.apply #map4(%arg44)
      %125 = affine.apply #map4(%arg45)
      %extracted_slice = tensor.extract_slice %padded_11[0, 0, %124, %125] [1, 64, 10, 10] [1, 1, 1, 1] : tensor<1x64x58x58xf32> to tensor<1x64x10x10xf32>
      %extracted_slice_25 = tensor.extract_slice %arg7[%123, 0, 0, 0] [32, 64, 3, 3] [1, 1, 1, 1] : tensor<64x64x3x3xf32> to tensor<32x64x3x3xf32>
      %extracted_slice_26 = tensor.extract_slice %arg46[0, %123, %124, %125] [1, 32, 8, 8] [1, 1, 1, 1] : tensor<1x64x56x56xf32> to tensor<1x32x8x8xf32>
      %126 = scf.for %arg47 = %c0 to %c64 step %c32 iter_args(%arg48 = %extracted_slice_26) -> (tensor<1x32x8x8xf32>) {
        %127 = scf.for %arg49 = %c0 to %c3 step %c1 iter_args(%arg50 = %arg48) -> (tensor<1x32x8x8xf32>) {
          %128 = scf.for %arg51 = %c0 to %c3 step %c1 iter_args(%arg52 = %arg50) -> (tensor<1x32x8x8xf32>) {
            %extracted_slice_27 = tensor.extract_slice %extracted_slice[0, %arg47, %arg49, %arg51] [1, 32, 8, 8] [1, 1, 1, 1] : tensor<1x64x10x10xf32> to tensor<1x32x8x8xf32>
            %extracted_slice_28 = tensor.extract_slice %extracted_slice_25[0, %arg47, %arg49, %arg51] [32, 32, 1, 1] [1, 1, 1, 1] : tensor<32x64x3x3xf32> to tensor<32x32x1x1xf32>
            %129 = scf.for %arg53 = %c0 to %c32 step %c1 iter_args(%arg54 = %arg52) -> (tensor<1x32x8x8xf32>) {
              %130 = scf.for %arg55 = %c0 to %c8 step %c4 iter_args(%arg56 = %arg54) -> (tensor<1x32x8x8xf32>) {
                %131 = scf.for %arg57 = %c0 to %c8 step %c4 iter_args(%arg58 = %arg56) -> (tensor<1x32x8x8xf32>) {
                  %132 = scf.for %arg59 = %c0 to %c32 step %c1 iter_args(%arg60 = %arg58) -> (tensor<1x32x8x8xf32>) {
                    %extracted_slice_29 = tensor.extract_slice %extracted_slice_27[0, %arg59, %arg55, %arg57] [1, 1, 4, 4] [1, 1, 1, 1] : tensor<1x32x8x8xf32> to tensor<1x1x4x4xf32>
                    %extracted_slice_30 = tensor.extract_slice %extracted_slice_28[%arg53, %arg59, 0, 0] [1, 1, 1, 1] [1, 1, 1, 1] : tensor<32x32x1x1xf32> to tensor<1x1x1x1xf32>
                    %extracted_slice_31 = tensor.extract_slice %arg60[0, %arg53, %arg55, %arg57] [1, 1, 4, 4] [1, 1, 1, 1] : tensor<1x32x8x8xf32> to tensor<1x1x4x4xf32>
                    %133 = scf.for %arg61 = %c0 to %c4 step %c1 iter_args(%arg62 = %extracted_slice_31) -> (tensor<1x1x4x4xf32>) {
                      %extracted_slice_32 = tensor.extract_slice %extracted_slice_29[0, 0, %arg61, 0] [1, 1, 1, 4] [1, 1, 1, 1] : tensor<1x1x4x4xf32> to tensor<1x1x1x4xf32>
                      %extracted_slice_33 = tensor.extract_slice %arg62[0, 0, %arg61, 0] [1, 1, 1, 4] [1, 1, 1, 1] : tensor<1x1x4x4xf32> to tensor<1x1x1x4xf32>
                      %extracted_slice_34 = tensor.extract_slice %extracted_slice_32[0, 0, 0, 0] [1, 1, 1, 4] [1, 1, 1, 1] : tensor<1x1x1x4xf32> to tensor<1x1x4xf32>
                      %extracted_slice_35 = tensor.extract_slice %extracted_slice_30[0, 0, 0, 0] [1, 1, 1, 1] [1, 1, 1, 1] : tensor<1x1x1x1xf32> to tensor<1x1x1xf32>
                      %extracted_slice_36 = tensor.extract_slice %extracted_slice_33[0, 0, 0, 0] [1, 1, 1, 4] [1, 1, 1, 1] : tensor<1x1x1x4xf32> to tensor<1x1x4xf32>
                      %134 = vector.transfer_read %extracted_slice_34[%c0, %c0, %c0], %cst_7 {in_bounds = [true, true, true]} : tensor<1x1x4xf32>, vector<1x1x4xf32>
                      %135 = vector.transfer_read %extracted_slice_35[%c0, %c0, %c0], %cst_7 {in_bounds = [true, true, true]} : tensor<1x1x1xf32>, vector<1x1x1xf32>
                      %136 = vector.transfer_read %extracted_slice_36[%c0, %c0, %c0], %cst_7 {in_bounds = [true, true, true]} : tensor<1x1x4xf32>, vector<1x1x4xf32>
                      %137 = vector.extract %134[0, 0] : vector<4xf32> from vector<1x1x4xf32>
                      %138 = vector.extract %135[0, 0, 0] : f32 from vector<1x1x1xf32>
                      %139 = vector.broadcast %138 : f32 to vector<4xf32>
                      %140 = vector.extract %136[0, 0] : vector<4xf32> from vector<1x1x4xf32>
                      %141 = vector.fma %139, %137, %140 : vector<4xf32>
                      %142 = vector.broadcast %141 : vector<4xf32> to vector<1x1x4xf32>
                      %143 = vector.transfer_write %142, %extracted_slice_36[%c0, %c0, %c0] {in_bounds = [true, true, true]} : vector<1x1x4xf32>, tensor<1x1x4xf32>
                      %inserted_slice_37 = tensor.insert_slice %143 into %extracted_slice_33[0, 0, 0, 0] [1, 1, 1, 4] [1, 1, 1, 1] : tensor<1x1x4xf32> into tensor<1x1x1x4xf32>
                      %inserted_slice_38 = tensor.insert_slice %inserted_slice_37 into %arg62[0, 0, %arg61, 0] [1, 1, 1, 4] [1, 1, 1, 1] : tensor<1x1x1x4xf32> into tensor<1x1x4x4xf32>
                      scf.yield %inserted_slice_38 : tensor<1x1x4x4xf32>
                    }
                    %inserted_slice = tensor.insert_slice %133 into %arg60[0, %arg53, %arg55, %arg57] [1, 1, 4, 4] [1, 1, 1, 1] : tensor<1x1x4x4xf32> into tensor<1x32x8x8xf32>
                    scf.yield %inserted_slice : tensor<1x32x8x8xf32>
                  }
                  scf.yield %132 : tensor<1x32x8x8xf32>
                }
                scf.yield %131 : tensor<1x32x8x8xf32>
              }
              scf.yield %130 : tensor<1x32x8x8xf32>
            }
            scf.yield %129 : tensor<1x32x8x8xf32>
          }
          scf.yield %128 : tensor<1x32x8x8xf32>
        }
        scf.yield %127 : tensor<1x32x8x8xf32>
      }
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %126 into %arg46[0, %123, %124, %125] [1, 32, 8, 8] [1, 1, 1, 1] : tensor<1x32x8x8xf32> into tensor<1x64x56x56xf32>
      }
    }
    %24 = tensor.empty() : tensor<1x64x56x56xf32>
    %25 = scf.forall (%arg43) in (2) shared_outs(%arg44 = %24) -> (tensor<1x64x56x56xf32>) {
      %123 = affine.apply #map(%arg43)
      %extracted_slice = tensor.extract_slice %23[0, %123, 0, 0] [1, 32, 56, 56] [1, 1, 1, 1] : tensor<1x64x56x56xf32> to tensor<1x32x56x56xf32>
      %extracted_slice_25 = tensor.extract_slice %arg44[0, %123, 0, 0] [1, 32, 56, 56] [1, 1, 1, 1] : tensor<1x64x56x56xf32> to tensor<1x32x56x56xf32>
      %124 = scf.for %arg45 = %c0 to %c32 step %c1 iter_args(%arg46 = %extracted_slice_25) -> (tensor<1x32x56x56xf32>) {
        %125 = scf.for %arg47 = %c0 to %c56 step %c1 iter_args(%arg48 = %arg46) -> (tensor<1x32x56x56xf32>) {
          %126 = scf.for %arg49 = %c0 to %c56 step %c8 iter_args(%arg50 = %arg48) -> (tensor<1x32x56x56xf32>) {
            %extracted_slice_26 = tensor.extract_slice %extracted_slice[0, %arg45, %arg47, %arg49] [1, 1, 1, 8] [1, 1, 1, 1] : tensor<1x32x56x56xf32> to tensor<1x1x1x8xf32>
            %extracted_slice_27 = tensor.extract_slice %arg50[0, %arg45, %arg47, %arg49] [1, 1, 1, 8] [1, 1, 1, 1] : tensor<1x32x56x56xf32> to tensor<1x1x1x8xf32>
            %127 = vector.transfer_read %extracted_slice_26[%c0, %c0, %c0, %c0], %0 {in_bounds = [true, true, true, true]} : tensor<1x1x1x8xf32>, vector<1x1x1x8xf32>
            %128 = arith.maximumf %127, %cst_2 : vector<1x1x1x8xf32>
            %129 = vector.transfer_write %128, %extracted_slice_27[%c0, %c0, %c0, %c0] {in_bounds = [true, true, true, true]} : vector<1x1x1x8xf32>, tensor<1x1x1x8xf32>
            %inserted_slice = tensor.insert_slice %129 into %arg50[0, %arg45, %arg47, %arg49] [1, 1, 1, 8] [1, 1, 1, 1] : tensor<1x1x1x8xf32> into tensor<1x32x56x56xf32>
            scf.yield %inserted_slice : tensor<1x32x56x56xf32>
          }
          scf.yield %126 : tensor<1x32x56x56xf32>
        }
        scf.yield %125 : tensor<1x32x56x56xf32>
      }
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %124 into %arg44[0, %123, 0, 0] [1, 32, 56, 56] [1, 1, 1, 1] : tensor<1x32x56x56xf32> into tensor<1x64x56x56xf32>
      }
    }
    %padded_12 = tensor.pad %25 low[0, 0, 1, 1] high[0, 0, 1, 1] {
    ^bb0(%arg43: index, %arg44: index, %arg45: index, %arg46: index):
      tensor.yield %cst_7 : f32
    } : tensor<1x64x56x56xf32> to tensor<1x64x58x58xf32>
    %26 = tensor.empty() : tensor<1x64x56x56xf32>
    %27 = scf.forall (%arg43) in (2) shared_outs(%arg44 = %26) -> (tensor<1x64x56x56xf32>) {
      %123 = affine.apply #map(%arg43)
      %extracted_slice = tensor.extract_slice %arg10[%123] [32] [1] : tensor<64xf32> to tensor<32xf32>
      %extracted_slice_25 = tensor.extract_slice %arg44[0, %123, 0, 0] [1, 32, 56, 56] [1, 1, 1, 1] : tensor<1x64x56x56xf32> to tensor<1x32x56x56xf32>
      %124 = scf.for %arg45 = %c0 to %c32 step %c1 iter_args(%arg46 = %extracted_slice_25) -> (tensor<1x32x56x56xf32>) {
        %125 = scf.for %arg47 = %c0 to %c56 step %c1 iter_args(%arg48 = %arg46) -> (tensor<1x32x56x56xf32>) {
          %126 = scf.for %arg49 = %c0 to %c56 step %c8 iter_args(%arg50 = %arg48) -> (tensor<1x32x56x56xf32>) {
            %extracted_slice_26 = tensor.extract_slice %extracted_slice[%arg45] [1] [1] : tensor<32xf32> to tensor<1xf32>
            %extracted_slice_27 = tensor.extract_slice %arg50[0, %arg45, %arg47, %arg49] [1, 1, 1, 8] [1, 1, 1, 1] : tensor<1x32x56x56xf32> to tensor<1x1x1x8xf32>
            %127 = vector.transfer_read %extracted_slice_26[%c0], %0 {in_bounds = [true]} : tensor<1xf32>, vector<1xf32>
            %128 = vector.broadcast %127 : vector<1xf32> to vector<1x1x1x8xf32>
            %129 = vector.transfer_write %128, %extracted_slice_27[%c0, %c0, %c0, %c0] {in_bounds = [true, true, true, true]} : vector<1x1x1x8xf32>, tensor<1x1x1x8xf32>
            %inserted_slice = tensor.insert_slice %129 into %arg50[0, %arg45, %arg47, %arg49] [1, 1, 1, 8] [1, 1, 1, 1] : tensor<1x1x1x8xf32> into tensor<1x32x56x56xf32>
            scf.yield %inserted_slice : tensor<1x32x56x56xf32>
          }
          scf.yield %126 : tensor<1x32x56x56xf32>
        }
        scf.yield %125 : tensor<1x32x56x56xf32>
      }
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %124 into %arg44[0, %123, 0, 0] [1, 32, 56, 56] [1, 1, 1, 1] : tensor<1x32x56x56xf32> into tensor<1x64x56x56xf32>
      }
    }
    %28 = scf.forall (%arg43, %arg44, %arg45) in (2, 7, 7) shared_outs(%arg46 = %27) -> (tensor<1x64x56x56xf32>) {
      %123 = affine.apply #map(%arg43)
      %124 = affine.apply #map4(%arg44)
      %125 = affine.apply #map4(%arg45)
      %extracted_slice = tensor.extract_slice %padded_12[0, 0, %124, %125] [1, 64, 10, 10] [1, 1, 1, 1] : tensor<1x64x58x58xf32> to tensor<1x64x10x10xf32>
      %extracted_slice_25 = tensor.extract_slice %arg9[%123, 0, 0, 0] [32, 64, 3, 3] [1, 1, 1, 1] : tensor<64x64x3x3xf32> to tensor<32x64x3x3xf32>
      %extracted_slice_26 = tensor.extract_slice %arg46[0, %123, %124, %125] [1, 32, 8, 8] [1, 1, 1, 1] : tensor<1x64x56x56xf32> to tensor<1x32x8x8xf32>
      %126 = scf.for %arg47 = %c0 to %c64 step %c32 iter_args(%arg48 = %extracted_slice_26) -> (tensor<1x32x8x8xf32>) {
        %127 = scf.for %arg49 = %c0 to %c3 step %c1 iter_args(%arg50 = %arg48) -> (tensor<1x32x8x8xf32>) {
          %128 = scf.for %arg51 = %c0 to %c3 step %c1 iter_args(%arg52 = %arg50) -> (tensor<1x32x8x8xf32>) {
            %extracted_slice_27 = tensor.extract_slice %extracted_slice[0, %arg47, %arg49, %arg51] [1, 32, 8, 8] [1, 1, 1, 1] : tensor<1x64x10x10xf32> to tensor<1x32x8x8xf32>
            %extracted_slice_28 = tensor.extract_slice %extracted_slice_25[0, %arg47, %arg49, %arg51] [32, 32, 1, 1] [1, 1, 1, 1] : tensor<32x64x3x3xf32> to tensor<32x32x1x1xf32>
            %129 = scf.for %arg53 = %c0 to %c32 step %c1 iter_args(%arg54 = %arg52) -> (tensor<1x32x8x8xf32>) {
              %130 = scf.for %arg55 = %c0 to %c8 step %c4 iter_args(%arg56 = %arg54) -> (tensor<1x32x8x8xf32>) {
                %131 = scf.for %arg57 = %c0 to %c8 step %c4 iter_args(%arg58 = %arg56) -> (tensor<1x32x8x8xf32>) {
                  %132 = scf.for %arg59 = %c0 to %c32 step %c1 iter_args(%arg60 = %arg58) -> (tensor<1x32x8x8xf32>) {
                    %extracted_slice_29 = tensor.extract_slice %extracted_slice_27[0, %arg59, %arg55, %arg57] [1, 1, 4, 4] [1, 1, 1, 1] : tensor<1x32x8x8xf32> to tensor<1x1x4x4xf32>
                    %extracted_slice_30 = tensor.extract_slice %extracted_slice_28[%arg53, %arg59, 0, 0] [1, 1, 1, 1] [1, 1, 1, 1] : tensor<32x32x1x1xf32> to tensor<1x1x1x1xf32>
                    %extracted_slice_31 = tensor.extract_slice %arg60[0, %arg53, %arg55, %arg57] [1, 1, 4, 4] [1, 1, 1, 1] : tensor<1x32x8x8xf32> to tensor<1x1x4x4xf32>
                    %133 = scf.for %arg61 = %c0 to %c4 step %c1 iter_args(%arg62 = %extracted_slice_31) -> (tensor<1x1x4x4xf32>) {
                      %extracted_slice_32 = tensor.extract_slice %extracted_slice_29[0, 0, %arg61, 0] [1, 1, 1, 4] [1, 1, 1, 1] : tensor<1x1x4x4xf32> to tensor<1x1x1x4xf32>
                      %extracted_slice_33 = tensor.extract_slice %arg62[0, 0, %arg61, 0] [1, 1, 1, 4] [1, 1, 1, 1] : tensor<1x1x4x4xf32> to tensor<1x1x1x4xf32>
                      %extracted_slice_34 = tensor.extract_slice %extracted_slice_32[0, 0, 0, 0] [1, 1, 1, 4] [1, 1, 1, 1] : tensor<1x1x1x4xf32> to tensor<1x1x4xf32>
                      %extracted_slice_35 = tensor.extract_slice %extracted_slice_30[0, 0, 0, 0] [1, 1, 1, 1] [1, 1, 1, 1] : tensor<1x1x1x1xf32> to tensor<1x1x1xf32>
                      %extracted_slice_36 = tensor.extract_slice %extracted_slice_33[0, 0, 0, 0] [1, 1, 1, 4] [1, 1, 1, 1] : tensor<1x1x1x4xf32> to tensor<1x1x4xf32>
                      %134 = vector.transfer_read %extracted_slice_34[%c0, %c0, %c0], %cst_7 {in_bounds = [true, true, true]} : tensor<1x1x4xf32>, vector<1x1x4xf32>
                      %135 = vector.transfer_read %extracted_slice_35[%c0, %c0, %c0], %cst_7 {in_bounds = [true, true, true]} : tensor<1x1x1xf32>, vector<1x1x1xf32>
                      %136 = vector.transfer_read %extracted_slice_36[%c0, %c0, %c0], %cst_7 {in_bounds = [true, true, true]} : tensor<1x1x4xf32>, vector<1x1x4xf32>
                      %137 = vector.extract %134[0, 0] : vector<4xf32> from vector<1x1x4xf32>
                      %138 = vector.extract %135[0, 0, 0] : f32 from vector<1x1x1xf32>
                      %139 = vector.broadcast %138 : f32 to vector<4xf32>
                      %140 = vector.extract %136[0, 0] : vector<4xf32> from vector<1x1x4xf32>
                      %141 = vector.fma %139, %137, %140 : vector<4xf32>
                      %142 = vector.broadcast %141 : vector<4xf32> to vector<1x1x4xf32>
                      %143 = vector.transfer_write %142, %extracted_slice_36[%c0, %c0, %c0] {in_bounds = [true, true, true]} : vector<1x1x4xf32>, tensor<1x1x4xf32>
                      %inserted_slice_37 = tensor.insert_slice %143 into %extracted_slice_33[0, 0, 0, 0] [1, 1, 1, 4] [1, 1, 1, 1] : tensor<1x1x4xf32> into tensor<1x1x1x4xf32>
                      %inserted_slice_38 = tensor.insert_slice %inserted_slice_37 into %arg62[0, 0, %arg61, 0] [1, 1, 1, 4] [1, 1, 1, 1] : tensor<1x1x1x4xf32> into tensor<1x1x4x4xf32>
                      scf.yield %inserted_slice_38 : tensor<1x1x4x4xf32>
                    }
                    %inserted_slice = tensor.insert_slice %133 into %arg60[0, %arg53, %arg55, %arg57] [1, 1, 4, 4] [1, 1, 1, 1] : tensor<1x1x4x4xf32> into tensor<1x32x8x8xf32>
                    scf.yield %inserted_slice : tensor<1x32x8x8xf32>
                  }
                  scf.yield %132 : tensor<1x32x8x8xf32>
                }
                scf.yield %131 : tensor<1x32x8x8xf32>
              }
              scf.yield %130 : tensor<1x32x8x8xf32>
            }
            scf.yield %129 : tensor<1x32x8x8xf32>
          }
          scf.yield %128 : tensor<1x32x8x8xf32>
        }
        scf.yield %127 : tensor<1x32x8x8xf32>
      }
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %126 into %arg46[0, %123, %124, %125] [1, 32, 8, 8] [1, 1, 1, 1] : tensor<1x32x8x8xf32> into tensor<1x64x56x56xf32>
      }
    }
    %29 = tensor.empty() : tensor<1x64x56x56xf32>
    %30 = scf.forall (%arg43) in (2) shared_outs(%arg44 = %29) -> (tensor<1x64x56x56xf32>) {
      %123 = affine.apply #map(%arg43)
      %extracted_slice = tensor.extract_slice %28[0, %123, 0, 0] [1, 32, 56, 56] [1, 1, 1, 1] : tensor<1x64x56x56xf32> to tensor<1x32x56x56xf32>
      %extracted_slice_25 = tensor.extract_slice %20[0, %123, 0, 0] [1, 32, 56, 56] [1, 1, 1, 1] : tensor<1x64x56x56xf32> to tensor<1x32x56x56xf32>
      %extracted_slice_26 = tensor.extract_slice %arg44[0, %123, 0, 0] [1, 32, 56, 56] [1, 1, 1, 1] : tensor<1x64x56x56xf32> to tensor<1x32x56x56xf32>
      %124 = scf.for %arg45 = %c0 to %c32 step %c1 iter_args(%arg46 = %extracted_slice_26) -> (tensor<1x32x56x56xf32>) {
        %125 = scf.for %arg47 = %c0 to %c56 step %c1 iter_args(%arg48 = %arg46) -> (tensor<1x32x56x56xf32>) {
          %126 = scf.for %arg49 = %c0 to %c56 step %c8 iter_args(%arg50 = %arg48) -> (tensor<1x32x56x56xf32>) {
            %extracted_slice_27 = tensor.extract_slice %extracted_slice[0, %arg45, %arg47, %arg49] [1, 1, 1, 8] [1, 1, 1, 1] : tensor<1x32x56x56xf32> to tensor<1x1x1x8xf32>
            %extracted_slice_28 = tensor.extract_slice %extracted_slice_25[0, %arg45, %arg47, %arg49] [1, 1, 1, 8] [1, 1, 1, 1] : tensor<1x32x56x56xf32> to tensor<1x1x1x8xf32>
            %extracted_slice_29 = tensor.extract_slice %arg50[0, %arg45, %arg47, %arg49] [1, 1, 1, 8] [1, 1, 1, 1] : tensor<1x32x56x56xf32> to tensor<1x1x1x8xf32>
            %127 = vector.transfer_read %extracted_slice_27[%c0, %c0, %c0, %c0], %0 {in_bounds = [true, true, true, true]} : tensor<1x1x1x8xf32>, vector<1x1x1x8xf32>
            %128 = vector.transfer_read %extracted_slice_28[%c0, %c0, %c0, %c0], %0 {in_bounds = [true, true, true, true]} : tensor<1x1x1x8xf32>, vector<1x1x1x8xf32>
            %129 = arith.addf %127, %128 : vector<1x1x1x8xf32>
            %130 = vector.transfer_write %129, %extracted_slice_29[%c0, %c0, %c0, %c0] {in_bounds = [true, true, true, true]} : vector<1x1x1x8xf32>, tensor<1x1x1x8xf32>
            %inserted_slice = tensor.insert_slice %130 into %arg50[0, %arg45, %arg47, %arg49] [1, 1, 1, 8] [1, 1, 1, 1] : tensor<1x1x1x8xf32> into tensor<1x32x56x56xf32>
            scf.yield %inserted_slice : tensor<1x32x56x56xf32>
          }
          scf.yield %126 : tensor<1x32x56x56xf32>
        }
        scf.yield %125 : tensor<1x32x56x56xf32>
      }
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %124 into %arg44[0, %123, 0, 0] [1, 32, 56, 56] [1, 1, 1, 1] : tensor<1x32x56x56xf32> into tensor<1x64x56x56xf32>
      }
    }
    %31 = tensor.empty() : tensor<1x64x56x56xf32>
    %32 = scf.forall (%arg43) in (2) shared_outs(%arg44 = %31) -> (tensor<1x64x56x56xf32>) {
      %123 = affine.apply #map(%arg43)
      %extracted_slice = tensor.extract_slice %30[0, %123, 0, 0] [1, 32, 56, 56] [1, 1, 1, 1] : tensor<1x64x56x56xf32> to tensor<1x32x56x56xf32>
      %extracted_slice_25 = tensor.extract_slice %arg44[0, %123, 0, 0] [1, 32, 56, 56] [1, 1, 1, 1] : tensor<1x64x56x56xf32> to tensor<1x32x56x56xf32>
      %124 = scf.for %arg45 = %c0 to %c32 step %c1 iter_args(%arg46 = %extracted_slice_25) -> (tensor<1x32x56x56xf32>) {
        %125 = scf.for %arg47 = %c0 to %c56 step %c1 iter_args(%arg48 = %arg46) -> (tensor<1x32x56x56xf32>) {
          %126 = scf.for %arg49 = %c0 to %c56 step %c8 iter_args(%arg50 = %arg48) -> (tensor<1x32x56x56xf32>) {
            %extracted_slice_26 = tensor.extract_slice %extracted_slice[0, %arg45, %arg47, %arg49] [1, 1, 1, 8] [1, 1, 1, 1] : tensor<1x32x56x56xf32> to tensor<1x1x1x8xf32>
            %extracted_slice_27 = tensor.extract_slice %arg50[0, %arg45, %arg47, %arg49] [1, 1, 1, 8] [1, 1, 1, 1] : tensor<1x32x56x56xf32> to tensor<1x1x1x8xf32>
            %127 = linalg.generic {indexing_maps = [#map5, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice_26 : tensor<1x1x1x8xf32>) outs(%extracted_slice_27 : tensor<1x1x1x8xf32>) attrs =  {tag = "operation_18"} {
            ^bb0(%in: f32, %out: f32):
              %128 = arith.maximumf %in, %cst_7 : f32
              linalg.yield %128 : f32
            } -> tensor<1x1x1x8xf32>
            %inserted_slice = tensor.insert_slice %127 into %arg50[0, %arg45, %arg47, %arg49] [1, 1, 1, 8] [1, 1, 1, 1] : tensor<1x1x1x8xf32> into tensor<1x32x56x56xf32>
            scf.yield %inserted_slice : tensor<1x32x56x56xf32>
          }
          scf.yield %126 : tensor<1x32x56x56xf32>
        }
        scf.yield %125 : tensor<1x32x56x56xf32>
      }
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %124 into %arg44[0, %123, 0, 0] [1, 32, 56, 56] [1, 1, 1, 1] : tensor<1x32x56x56xf32> into tensor<1x64x56x56xf32>
      }
    }
    %padded_13 = tensor.pad %32 low[0, 0, 1, 1] high[0, 0, 1, 1] {
    ^bb0(%arg43: index, %arg44: index, %arg45: index, %arg46: index):
      tensor.yield %cst_7 : f32
    } : tensor<1x64x56x56xf32> to tensor<1x64x58x58xf32>
    %33 = tensor.empty() : tensor<1x128x28x28xf32>
    %34 = scf.forall (%arg43) in (2) shared_outs(%arg44 = %33) -> (tensor<1x128x28x28xf32>) {
      %123 = affine.apply #map6(%arg43)
      %extracted_slice = tensor.extract_slice %arg12[%123] [64] [1] : tensor<128xf32> to tensor<64xf32>
      %extracted_slice_25 = tensor.extract_slice %arg44[0, %123, 0, 0] [1, 64, 28, 28] [1, 1, 1, 1] : tensor<1x128x28x28xf32> to tensor<1x64x28x28xf32>
      %124 = scf.for %arg45 = %c0 to %c64 step %c1 iter_args(%arg46 = %extracted_slice_25) -> (tensor<1x64x28x28xf32>) {
        %125 = scf.for %arg47 = %c0 to %c28 step %c1 iter_args(%arg48 = %arg46) -> (tensor<1x64x28x28xf32>) {
          %126 = scf.for %arg49 = %c0 to %c28 step %c4 iter_args(%arg50 = %arg48) -> (tensor<1x64x28x28xf32>) {
            %extracted_slice_26 = tensor.extract_slice %extracted_slice[%arg45] [1] [1] : tensor<64xf32> to tensor<1xf32>
            %extracted_slice_27 = tensor.extract_slice %arg50[0, %arg45, %arg47, %arg49] [1, 1, 1, 4] [1, 1, 1, 1] : tensor<1x64x28x28xf32> to tensor<1x1x1x4xf32>
            %127 = linalg.generic {indexing_maps = [#map7, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice_26 : tensor<1xf32>) outs(%extracted_slice_27 : tensor<1x1x1x4xf32>) attrs =  {tag = "operation_19"} {
            ^bb0(%in: f32, %out: f32):
              linalg.yield %in : f32
            } -> tensor<1x1x1x4xf32>
            %inserted_slice = tensor.insert_slice %127 into %arg50[0, %arg45, %arg47, %arg49] [1, 1, 1, 4] [1, 1, 1, 1] : tensor<1x1x1x4xf32> into tensor<1x64x28x28xf32>
            scf.yield %inserted_slice : tensor<1x64x28x28xf32>
          }
          scf.yield %126 : tensor<1x64x28x28xf32>
        }
        scf.yield %125 : tensor<1x64x28x28xf32>
      }
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %124 into %arg44[0, %123, 0, 0] [1, 64, 28, 28] [1, 1, 1, 1] : tensor<1x64x28x28xf32> into tensor<1x128x28x28xf32>
      }
    }
    %35 = scf.forall (%arg43, %arg44, %arg45) in (2, 7, 7) shared_outs(%arg46 = %34) -> (tensor<1x128x28x28xf32>) {
      %123 = affine.apply #map6(%arg43)
      %124 = affine.apply #map8(%arg44)
      %125 = affine.apply #map8(%arg45)
      %126 = affine.apply #map4(%arg44)
      %127 = affine.apply #map4(%arg45)
      %extracted_slice = tensor.extract_slice %padded_13[0, 0, %126, %127] [1, 64, 9, 9] [1, 1, 1, 1] : tensor<1x64x58x58xf32> to tensor<1x64x9x9xf32>
      %extracted_slice_25 = tensor.extract_slice %arg11[%123, 0, 0, 0] [64, 64, 3, 3] [1, 1, 1, 1] : tensor<128x64x3x3xf32> to tensor<64x64x3x3xf32>
      %extracted_slice_26 = tensor.extract_slice %arg46[0, %123, %124, %125] [1, 64, 4, 4] [1, 1, 1, 1] : tensor<1x128x28x28xf32> to tensor<1x64x4x4xf32>
      %128 = scf.for %arg47 = %c0 to %c64 step %c32 iter_args(%arg48 = %extracted_slice_26) -> (tensor<1x64x4x4xf32>) {
        %129 = scf.for %arg49 = %c0 to %c3 step %c1 iter_args(%arg50 = %arg48) -> (tensor<1x64x4x4xf32>) {
          %130 = scf.for %arg51 = %c0 to %c3 step %c1 iter_args(%arg52 = %arg50) -> (tensor<1x64x4x4xf32>) {
            %extracted_slice_27 = tensor.extract_slice %extracted_slice[0, %arg47, %arg49, %arg51] [1, 32, 7, 7] [1, 1, 1, 1] : tensor<1x64x9x9xf32> to tensor<1x32x7x7xf32>
            %extracted_slice_28 = tensor.extract_slice %extracted_slice_25[0, %arg47, %arg49, %arg51] [64, 32, 1, 1] [1, 1, 1, 1] : tensor<64x64x3x3xf32> to tensor<64x32x1x1xf32>
            %131 = scf.for %arg53 = %c0 to %c64 step %c1 iter_args(%arg54 = %arg52) -> (tensor<1x64x4x4xf32>) {
              %132 = scf.for %arg55 = %c0 to %c4 step %c2 iter_args(%arg56 = %arg54) -> (tensor<1x64x4x4xf32>) {
                %133 = scf.for %arg57 = %c0 to %c4 step %c2 iter_args(%arg58 = %arg56) -> (tensor<1x64x4x4xf32>) {
                  %134 = scf.for %arg59 = %c0 to %c32 step %c1 iter_args(%arg60 = %arg58) -> (tensor<1x64x4x4xf32>) {
                    %135 = affine.apply #map2(%arg55)
                    %136 = affine.apply #map2(%arg57)
                    %extracted_slice_29 = tensor.extract_slice %extracted_slice_27[0, %arg59, %135, %136] [1, 1, 3, 3] [1, 1, 1, 1] : tensor<1x32x7x7xf32> to tensor<1x1x3x3xf32>
                    %extracted_slice_30 = tensor.extract_slice %extracted_slice_28[%arg53, %arg59, 0, 0] [1, 1, 1, 1] [1, 1, 1, 1] : tensor<64x32x1x1xf32> to tensor<1x1x1x1xf32>
                    %extracted_slice_31 = tensor.extract_slice %arg60[0, %arg53, %arg55, %arg57] [1, 1, 2, 2] [1, 1, 1, 1] : tensor<1x64x4x4xf32> to tensor<1x1x2x2xf32>
                    %137 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>, tag = "operation_20"} ins(%extracted_slice_29, %extracted_slice_30 : tensor<1x1x3x3xf32>, tensor<1x1x1x1xf32>) outs(%extracted_slice_31 : tensor<1x1x2x2xf32>) -> tensor<1x1x2x2xf32>
                    %inserted_slice = tensor.insert_slice %137 into %arg60[0, %arg53, %arg55, %arg57] [1, 1, 2, 2] [1, 1, 1, 1] : tensor<1x1x2x2xf32> into tensor<1x64x4x4xf32>
                    scf.yield %inserted_slice : tensor<1x64x4x4xf32>
                  }
                  scf.yield %134 : tensor<1x64x4x4xf32>
                }
                scf.yield %133 : tensor<1x64x4x4xf32>
              }
              scf.yield %132 : tensor<1x64x4x4xf32>
            }
            scf.yield %131 : tensor<1x64x4x4xf32>
          }
          scf.yield %130 : tensor<1x64x4x4xf32>
        }
        scf.yield %129 : tensor<1x64x4x4xf32>
      }
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %128 into %arg46[0, %123, %124, %125] [1, 64, 4, 4] [1, 1, 1, 1] : tensor<1x64x4x4xf32> into tensor<1x128x28x28xf32>
      }
    }
    %36 = tensor.empty() : tensor<1x128x28x28xf32>
    %37 = scf.forall (%arg43) in (2) shared_outs(%arg44 = %36) -> (tensor<1x128x28x28xf32>) {
      %123 = affine.apply #map6(%arg43)
      %extracted_slice = tensor.extract_slice %35[0, %123, 0, 0] [1, 64, 28, 28] [1, 1, 1, 1] : tensor<1x128x28x28xf32> to tensor<1x64x28x28xf32>
      %extracted_slice_25 = tensor.extract_slice %arg44[0, %123, 0, 0] [1, 64, 28, 28] [1, 1, 1, 1] : tensor<1x128x28x28xf32> to tensor<1x64x28x28xf32>
      %124 = scf.for %arg45 = %c0 to %c64 step %c1 iter_args(%arg46 = %extracted_slice_25) -> (tensor<1x64x28x28xf32>) {
        %125 = scf.for %arg47 = %c0 to %c28 step %c1 iter_args(%arg48 = %arg46) -> (tensor<1x64x28x28xf32>) {
          %126 = scf.for %arg49 = %c0 to %c28 step %c4 iter_args(%arg50 = %arg48) -> (tensor<1x64x28x28xf32>) {
            %extracted_slice_26 = tensor.extract_slice %extracted_slice[0, %arg45, %arg47, %arg49] [1, 1, 1, 4] [1, 1, 1, 1] : tensor<1x64x28x28xf32> to tensor<1x1x1x4xf32>
            %extracted_slice_27 = tensor.extract_slice %arg50[0, %arg45, %arg47, %arg49] [1, 1, 1, 4] [1, 1, 1, 1] : tensor<1x64x28x28xf32> to tensor<1x1x1x4xf32>
            %127 = linalg.generic {indexing_maps = [#map5, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice_26 : tensor<1x1x1x4xf32>) outs(%extracted_slice_27 : tensor<1x1x1x4xf32>) attrs =  {tag = "operation_21"} {
            ^bb0(%in: f32, %out: f32):
              %128 = arith.maximumf %in, %cst_7 : f32
              linalg.yield %128 : f32
            } -> tensor<1x1x1x4xf32>
            %inserted_slice = tensor.insert_slice %127 into %arg50[0, %arg45, %arg47, %arg49] [1, 1, 1, 4] [1, 1, 1, 1] : tensor<1x1x1x4xf32> into tensor<1x64x28x28xf32>
            scf.yield %inserted_slice : tensor<1x64x28x28xf32>
          }
          scf.yield %126 : tensor<1x64x28x28xf32>
        }
        scf.yield %125 : tensor<1x64x28x28xf32>
      }
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %124 into %arg44[0, %123, 0, 0] [1, 64, 28, 28] [1, 1, 1, 1] : tensor<1x64x28x28xf32> into tensor<1x128x28x28xf32>
      }
    }
    %padded_14 = tensor.pad %37 low[0, 0, 1, 1] high[0, 0, 1, 1] {
    ^bb0(%arg43: index, %arg44: index, %arg45: index, %arg46: index):
      tensor.yield %cst_7 : f32
    } : tensor<1x128x28x28xf32> to tensor<1x128x30x30xf32>
    %38 = tensor.empty() : tensor<1x128x28x28xf32>
    %39 = scf.forall (%arg43) in (2) shared_outs(%arg44 = %38) -> (tensor<1x128x28x28xf32>) {
      %123 = affine.apply #map6(%arg43)
      %extracted_slice = tensor.extract_slice %arg14[%123] [64] [1] : tensor<128xf32> to tensor<64xf32>
      %extracted_slice_25 = tensor.extract_slice %arg44[0, %123, 0, 0] [1, 64, 28, 28] [1, 1, 1, 1] : tensor<1x128x28x28xf32> to tensor<1x64x28x28xf32>
      %124 = scf.for %arg45 = %c0 to %c64 step %c1 iter_args(%arg46 = %extracted_slice_25) -> (tensor<1x64x28x28xf32>) {
        %125 = scf.for %arg47 = %c0 to %c28 step %c1 iter_args(%arg48 = %arg46) -> (tensor<1x64x28x28xf32>) {
          %126 = scf.for %arg49 = %c0 to %c28 step %c4 iter_args(%arg50 = %arg48) -> (tensor<1x64x28x28xf32>) {
            %extracted_slice_26 = tensor.extract_slice %extracted_slice[%arg45] [1] [1] : tensor<64xf32> to tensor<1xf32>
            %extracted_slice_27 = tensor.extract_slice %arg50[0, %arg45, %arg47, %arg49] [1, 1, 1, 4] [1, 1, 1, 1] : tensor<1x64x28x28xf32> to tensor<1x1x1x4xf32>
            %127 = vector.transfer_read %extracted_slice_26[%c0], %0 {in_bounds = [true]} : tensor<1xf32>, vector<1xf32>
            %128 = vector.broadcast %127 : vector<1xf32> to vector<1x1x1x4xf32>
            %129 = vector.transfer_write %128, %extracted_slice_27[%c0, %c0, %c0, %c0] {in_bounds = [true, true, true, true]} : vector<1x1x1x4xf32>, tensor<1x1x1x4xf32>
            %inserted_slice = tensor.insert_slice %129 into %arg50[0, %arg45, %arg47, %arg49] [1, 1, 1, 4] [1, 1, 1, 1] : tensor<1x1x1x4xf32> into tensor<1x64x28x28xf32>
            scf.yield %inserted_slice : tensor<1x64x28x28xf32>
          }
          scf.yield %126 : tensor<1x64x28x28xf32>
        }
        scf.yield %125 : tensor<1x64x28x28xf32>
      }
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %124 into %arg44[0, %123, 0, 0] [1, 64, 28, 28] [1, 1, 1, 1] : tensor<1x64x28x28xf32> into tensor<1x128x28x28xf32>
      }
    }
    %40 = scf.forall (%arg43, %arg44, %arg45) in (2, 7, 7) shared_outs(%arg46 = %39) -> (tensor<1x128x28x28xf32>) {
      %123 = affine.apply #map6(%arg43)
      %124 = affine.apply #map8(%arg44)
      %125 = affine.apply #map8(%arg45)
      %extracted_slice = tensor.extract_slice %padded_14[0, 0, %124, %125] [1, 128, 6, 6] [1, 1, 1, 1] : tensor<1x128x30x30xf32> to tensor<1x128x6x6xf32>
      %extracted_slice_25 = tensor.extract_slice %arg13[%123, 0, 0, 0] [64, 128, 3, 3] [1, 1, 1, 1] : tensor<128x128x3x3xf32> to tensor<64x128x3x3xf32>
      %extracted_slice_26 = tensor.extract_slice %arg46[0, %123, %124, %125] [1, 64, 4, 4] [1, 1, 1, 1] : tensor<1x128x28x28xf32> to tensor<1x64x4x4xf32>
      %126 = scf.for %arg47 = %c0 to %c128 step %c64 iter_args(%arg48 = %extracted_slice_26) -> (tensor<1x64x4x4xf32>) {
        %127 = scf.for %arg49 = %c0 to %c3 step %c1 iter_args(%arg50 = %arg48) -> (tensor<1x64x4x4xf32>) {
          %128 = scf.for %arg51 = %c0 to %c3 step %c1 iter_args(%arg52 = %arg50) -> (tensor<1x64x4x4xf32>) {
            %extracted_slice_27 = tensor.extract_slice %extracted_slice[0, %arg47, %arg49, %arg51] [1, 64, 4, 4] [1, 1, 1, 1] : tensor<1x128x6x6xf32> to tensor<1x64x4x4xf32>
            %extracted_slice_28 = tensor.extract_slice %extracted_slice_25[0, %arg47, %arg49, %arg51] [64, 64, 1, 1] [1, 1, 1, 1] : tensor<64x128x3x3xf32> to tensor<64x64x1x1xf32>
            %129 = scf.for %arg53 = %c0 to %c64 step %c1 iter_args(%arg54 = %arg52) -> (tensor<1x64x4x4xf32>) {
              %130 = scf.for %arg55 = %c0 to %c4 step %c2 iter_args(%arg56 = %arg54) -> (tensor<1x64x4x4xf32>) {
                %131 = scf.for %arg57 = %c0 to %c4 step %c2 iter_args(%arg58 = %arg56) -> (tensor<1x64x4x4xf32>) {
                  %132 = scf.for %arg59 = %c0 to %c64 step %c1 iter_args(%arg60 = %arg58) -> (tensor<1x64x4x4xf32>) {
                    %extracted_slice_29 = tensor.extract_slice %extracted_slice_27[0, %arg59, %arg55, %arg57] [1, 1, 2, 2] [1, 1, 1, 1] : tensor<1x64x4x4xf32> to tensor<1x1x2x2xf32>
                    %extracted_slice_30 = tensor.extract_slice %extracted_slice_28[%arg53, %arg59, 0, 0] [1, 1, 1, 1] [1, 1, 1, 1] : tensor<64x64x1x1xf32> to tensor<1x1x1x1xf32>
                    %extracted_slice_31 = tensor.extract_slice %arg60[0, %arg53, %arg55, %arg57] [1, 1, 2, 2] [1, 1, 1, 1] : tensor<1x64x4x4xf32> to tensor<1x1x2x2xf32>
                    %133 = scf.for %arg61 = %c0 to %c2 step %c1 iter_args(%arg62 = %extracted_slice_31) -> (tensor<1x1x2x2xf32>) {
                      %extracted_slice_32 = tensor.extract_slice %extracted_slice_29[0, 0, %arg61, 0] [1, 1, 1, 2] [1, 1, 1, 1] : tensor<1x1x2x2xf32> to tensor<1x1x1x2xf32>
                      %extracted_slice_33 = tensor.extract_slice %arg62[0, 0, %arg61, 0] [1, 1, 1, 2] [1, 1, 1, 1] : tensor<1x1x2x2xf32> to tensor<1x1x1x2xf32>
                      %extracted_slice_34 = tensor.extract_slice %extracted_slice_32[0, 0, 0, 0] [1, 1, 1, 2] [1, 1, 1, 1] : tensor<1x1x1x2xf32> to tensor<1x1x2xf32>
                      %extracted_slice_35 = tensor.extract_slice %extracted_slice_30[0, 0, 0, 0] [1, 1, 1, 1] [1, 1, 1, 1] : tensor<1x1x1x1xf32> to tensor<1x1x1xf32>
                      %extracted_slice_36 = tensor.extract_slice %extracted_slice_33[0, 0, 0, 0] [1, 1, 1, 2] [1, 1, 1, 1] : tensor<1x1x1x2xf32> to tensor<1x1x2xf32>
                      %134 = vector.transfer_read %extracted_slice_34[%c0, %c0, %c0], %cst_7 {in_bounds = [true, true, true]} : tensor<1x1x2xf32>, vector<1x1x2xf32>
                      %135 = vector.transfer_read %extracted_slice_35[%c0, %c0, %c0], %cst_7 {in_bounds = [true, true, true]} : tensor<1x1x1xf32>, vector<1x1x1xf32>
                      %136 = vector.transfer_read %extracted_slice_36[%c0, %c0, %c0], %cst_7 {in_bounds = [true, true, true]} : tensor<1x1x2xf32>, vector<1x1x2xf32>
                      %137 = vector.extract %134[0, 0] : vector<2xf32> from vector<1x1x2xf32>
                      %138 = vector.extract %135[0, 0, 0] : f32 from vector<1x1x1xf32>
                      %139 = vector.broadcast %138 : f32 to vector<2xf32>
                      %140 = vector.extract %136[0, 0] : vector<2xf32> from vector<1x1x2xf32>
                      %141 = vector.fma %139, %137, %140 : vector<2xf32>
                      %142 = vector.broadcast %141 : vector<2xf32> to vector<1x1x2xf32>
                      %143 = vector.transfer_write %142, %extracted_slice_36[%c0, %c0, %c0] {in_bounds = [true, true, true]} : vector<1x1x2xf32>, tensor<1x1x2xf32>
                      %inserted_slice_37 = tensor.insert_slice %143 into %extracted_slice_33[0, 0, 0, 0] [1, 1, 1, 2] [1, 1, 1, 1] : tensor<1x1x2xf32> into tensor<1x1x1x2xf32>
                      %inserted_slice_38 = tensor.insert_slice %inserted_slice_37 into %arg62[0, 0, %arg61, 0] [1, 1, 1, 2] [1, 1, 1, 1] : tensor<1x1x1x2xf32> into tensor<1x1x2x2xf32>
                      scf.yield %inserted_slice_38 : tensor<1x1x2x2xf32>
                    }
                    %inserted_slice = tensor.insert_slice %133 into %arg60[0, %arg53, %arg55, %arg57] [1, 1, 2, 2] [1, 1, 1, 1] : tensor<1x1x2x2xf32> into tensor<1x64x4x4xf32>
                    scf.yield %inserted_slice : tensor<1x64x4x4xf32>
                  }
                  scf.yield %132 : tensor<1x64x4x4xf32>
                }
                scf.yield %131 : tensor<1x64x4x4xf32>
              }
              scf.yield %130 : tensor<1x64x4x4xf32>
            }
            scf.yield %129 : tensor<1x64x4x4xf32>
          }
          scf.yield %128 : tensor<1x64x4x4xf32>
        }
        scf.yield %127 : tensor<1x64x4x4xf32>
      }
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %126 into %arg46[0, %123, %124, %125] [1, 64, 4, 4] [1, 1, 1, 1] : tensor<1x64x4x4xf32> into tensor<1x128x28x28xf32>
      }
    }
    %41 = tensor.empty() : tensor<1x128x28x28xf32>
    %42 = scf.forall (%arg43) in (2) shared_outs(%arg44 = %41) -> (tensor<1x128x28x28xf32>) {
      %123 = affine.apply #map6(%arg43)
      %extracted_slice = tensor.extract_slice %arg16[%123] [64] [1] : tensor<128xf32> to tensor<64xf32>
      %extracted_slice_25 = tensor.extract_slice %arg44[0, %123, 0, 0] [1, 64, 28, 28] [1, 1, 1, 1] : tensor<1x128x28x28xf32> to tensor<1x64x28x28xf32>
      %124 = scf.for %arg45 = %c0 to %c64 step %c1 iter_args(%arg46 = %extracted_slice_25) -> (tensor<1x64x28x28xf32>) {
        %125 = scf.for %arg47 = %c0 to %c28 step %c1 iter_args(%arg48 = %arg46) -> (tensor<1x64x28x28xf32>) {
          %126 = scf.for %arg49 = %c0 to %c28 step %c4 iter_args(%arg50 = %arg48) -> (tensor<1x64x28x28xf32>) {
            %extracted_slice_26 = tensor.extract_slice %extracted_slice[%arg45] [1] [1] : tensor<64xf32> to tensor<1xf32>
            %extracted_slice_27 = tensor.extract_slice %arg50[0, %arg45, %arg47, %arg49] [1, 1, 1, 4] [1, 1, 1, 1] : tensor<1x64x28x28xf32> to tensor<1x1x1x4xf32>
            %127 = vector.transfer_read %extracted_slice_26[%c0], %0 {in_bounds = [true]} : tensor<1xf32>, vector<1xf32>
            %128 = vector.broadcast %127 : vector<1xf32> to vector<1x1x1x4xf32>
            %129 = vector.transfer_write %128, %extracted_slice_27[%c0, %c0, %c0, %c0] {in_bounds = [true, true, true, true]} : vector<1x1x1x4xf32>, tensor<1x1x1x4xf32>
            %inserted_slice = tensor.insert_slice %129 into %arg50[0, %arg45, %arg47, %arg49] [1, 1, 1, 4] [1, 1, 1, 1] : tensor<1x1x1x4xf32> into tensor<1x64x28x28xf32>
            scf.yield %inserted_slice : tensor<1x64x28x28xf32>
          }
          scf.yield %126 : tensor<1x64x28x28xf32>
        }
        scf.yield %125 : tensor<1x64x28x28xf32>
      }
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %124 into %arg44[0, %123, 0, 0] [1, 64, 28, 28] [1, 1, 1, 1] : tensor<1x64x28x28xf32> into tensor<1x128x28x28xf32>
      }
    }
    %43 = scf.forall (%arg43, %arg44, %arg45) in (2, 7, 7) shared_outs(%arg46 = %42) -> (tensor<1x128x28x28xf32>) {
      %123 = affine.apply #map6(%arg43)
      %124 = affine.apply #map8(%arg44)
      %125 = affine.apply #map8(%arg45)
      %126 = affine.apply #map4(%arg44)
      %127 = affine.apply #map4(%arg45)
      %extracted_slice = tensor.extract_slice %32[0, 0, %126, %127] [1, 64, 7, 7] [1, 1, 1, 1] : tensor<1x64x56x56xf32> to tensor<1x64x7x7xf32>
      %extracted_slice_25 = tensor.extract_slice %arg15[%123, 0, 0, 0] [64, 64, 1, 1] [1, 1, 1, 1] : tensor<128x64x1x1xf32> to tensor<64x64x1x1xf32>
      %extracted_slice_26 = tensor.extract_slice %arg46[0, %123, %124, %125] [1, 64, 4, 4] [1, 1, 1, 1] : tensor<1x128x28x28xf32> to tensor<1x64x4x4xf32>
      %128 = scf.for %arg47 = %c0 to %c64 step %c32 iter_args(%arg48 = %extracted_slice_26) -> (tensor<1x64x4x4xf32>) {
        %extracted_slice_27 = tensor.extract_slice %extracted_slice[0, %arg47, 0, 0] [1, 32, 7, 7] [1, 1, 1, 1] : tensor<1x64x7x7xf32> to tensor<1x32x7x7xf32>
        %extracted_slice_28 = tensor.extract_slice %extracted_slice_25[0, %arg47, 0, 0] [64, 32, 1, 1] [1, 1, 1, 1] : tensor<64x64x1x1xf32> to tensor<64x32x1x1xf32>
        %129 = scf.for %arg49 = %c0 to %c64 step %c1 iter_args(%arg50 = %arg48) -> (tensor<1x64x4x4xf32>) {
          %130 = scf.for %arg51 = %c0 to %c4 step %c2 iter_args(%arg52 = %arg50) -> (tensor<1x64x4x4xf32>) {
            %131 = scf.for %arg53 = %c0 to %c4 step %c2 iter_args(%arg54 = %arg52) -> (tensor<1x64x4x4xf32>) {
              %132 = scf.for %arg55 = %c0 to %c32 step %c1 iter_args(%arg56 = %arg54) -> (tensor<1x64x4x4xf32>) {
                %133 = affine.apply #map2(%arg51)
                %134 = affine.apply #map2(%arg53)
                %extracted_slice_29 = tensor.extract_slice %extracted_slice_27[0, %arg55, %133, %134] [1, 1, 3, 3] [1, 1, 1, 1] : tensor<1x32x7x7xf32> to tensor<1x1x3x3xf32>
                %extracted_slice_30 = tensor.extract_slice %extracted_slice_28[%arg49, %arg55, 0, 0] [1, 1, 1, 1] [1, 1, 1, 1] : tensor<64x32x1x1xf32> to tensor<1x1x1x1xf32>
                %extracted_slice_31 = tensor.extract_slice %arg56[0, %arg49, %arg51, %arg53] [1, 1, 2, 2] [1, 1, 1, 1] : tensor<1x64x4x4xf32> to tensor<1x1x2x2xf32>
                %135 = scf.for %arg57 = %c0 to %c2 step %c1 iter_args(%arg58 = %extracted_slice_31) -> (tensor<1x1x2x2xf32>) {
                  %136 = affine.apply #map2(%arg57)
                  %extracted_slice_32 = tensor.extract_slice %extracted_slice_29[0, 0, %136, 0] [1, 1, 1, 3] [1, 1, 1, 1] : tensor<1x1x3x3xf32> to tensor<1x1x1x3xf32>
                  %extracted_slice_33 = tensor.extract_slice %arg58[0, 0, %arg57, 0] [1, 1, 1, 2] [1, 1, 1, 1] : tensor<1x1x2x2xf32> to tensor<1x1x1x2xf32>
                  %extracted_slice_34 = tensor.extract_slice %extracted_slice_32[0, 0, 0, 0] [1, 1, 1, 3] [1, 1, 1, 1] : tensor<1x1x1x3xf32> to tensor<1x1x3xf32>
                  %extracted_slice_35 = tensor.extract_slice %extracted_slice_30[0, 0, 0, 0] [1, 1, 1, 1] [1, 1, 1, 1] : tensor<1x1x1x1xf32> to tensor<1x1x1xf32>
                  %extracted_slice_36 = tensor.extract_slice %extracted_slice_33[0, 0, 0, 0] [1, 1, 1, 2] [1, 1, 1, 1] : tensor<1x1x1x2xf32> to tensor<1x1x2xf32>
                  %137 = vector.transfer_read %extracted_slice_34[%c0, %c0, %c0], %cst_7 {in_bounds = [true, true, true]} : tensor<1x1x3xf32>, vector<1x1x3xf32>
                  %138 = vector.transfer_read %extracted_slice_35[%c0, %c0, %c0], %cst_7 {in_bounds = [true, true, true]} : tensor<1x1x1xf32>, vector<1x1x1xf32>
                  %139 = vector.transfer_read %extracted_slice_36[%c0, %c0, %c0], %cst_7 {in_bounds = [true, true, true]} : tensor<1x1x2xf32>, vector<1x1x2xf32>
                  %140 = vector.transpose %139, [0, 2, 1] : vector<1x1x2xf32> to vector<1x2x1xf32>
                  %141 = vector.extract %138[0, 0] : vector<1xf32> from vector<1x1x1xf32>
                  %142 = vector.extract %137[0, 0, 0] : f32 from vector<1x1x3xf32>
                  %143 = vector.broadcast %142 : f32 to vector<1xf32>
                  %144 = vector.extract %140[0, 0] : vector<1xf32> from vector<1x2x1xf32>
                  %145 = vector.fma %143, %141, %144 : vector<1xf32>
                  %146 = vector.broadcast %145 : vector<1xf32> to vector<1x1x1xf32>
                  %147 = vector.extract %138[0, 0] : vector<1xf32> from vector<1x1x1xf32>
                  %148 = vector.extract %137[0, 0, 2] : f32 from vector<1x1x3xf32>
                  %149 = vector.broadcast %148 : f32 to vector<1xf32>
                  %150 = vector.extract %140[0, 1] : vector<1xf32> from vector<1x2x1xf32>
                  %151 = vector.fma %149, %147, %150 : vector<1xf32>
                  %152 = vector.broadcast %151 : vector<1xf32> to vector<1x1x1xf32>
                  %153 = vector.insert_strided_slice %146, %140 {offsets = [0, 0, 0], strides = [1, 1, 1]} : vector<1x1x1xf32> into vector<1x2x1xf32>
                  %154 = vector.insert_strided_slice %152, %153 {offsets = [0, 1, 0], strides = [1, 1, 1]} : vector<1x1x1xf32> into vector<1x2x1xf32>
                  %155 = vector.transpose %154, [0, 2, 1] : vector<1x2x1xf32> to vector<1x1x2xf32>
                  %156 = vector.transfer_write %155, %extracted_slice_36[%c0, %c0, %c0] {in_bounds = [true, true, true]} : vector<1x1x2xf32>, tensor<1x1x2xf32>
                  %inserted_slice_37 = tensor.insert_slice %156 into %extracted_slice_33[0, 0, 0, 0] [1, 1, 1, 2] [1, 1, 1, 1] : tensor<1x1x2xf32> into tensor<1x1x1x2xf32>
                  %inserted_slice_38 = tensor.insert_slice %inserted_slice_37 into %arg58[0, 0, %arg57, 0] [1, 1, 1, 2] [1, 1, 1, 1] : tensor<1x1x1x2xf32> into tensor<1x1x2x2xf32>
                  scf.yield %inserted_slice_38 : tensor<1x1x2x2xf32>
                }
                %inserted_slice = tensor.insert_slice %135 into %arg56[0, %arg49, %arg51, %arg53] [1, 1, 2, 2] [1, 1, 1, 1] : tensor<1x1x2x2xf32> into tensor<1x64x4x4xf32>
                scf.yield %inserted_slice : tensor<1x64x4x4xf32>
              }
              scf.yield %132 : tensor<1x64x4x4xf32>
            }
            scf.yield %131 : tensor<1x64x4x4xf32>
          }
          scf.yield %130 : tensor<1x64x4x4xf32>
        }
        scf.yield %129 : tensor<1x64x4x4xf32>
      }
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %128 into %arg46[0, %123, %124, %125] [1, 64, 4, 4] [1, 1, 1, 1] : tensor<1x64x4x4xf32> into tensor<1x128x28x28xf32>
      }
    }
    %44 = tensor.empty() : tensor<1x128x28x28xf32>
    %45 = scf.forall (%arg43) in (2) shared_outs(%arg44 = %44) -> (tensor<1x128x28x28xf32>) {
      %123 = affine.apply #map6(%arg43)
      %extracted_slice = tensor.extract_slice %40[0, %123, 0, 0] [1, 64, 28, 28] [1, 1, 1, 1] : tensor<1x128x28x28xf32> to tensor<1x64x28x28xf32>
      %extracted_slice_25 = tensor.extract_slice %43[0, %123, 0, 0] [1, 64, 28, 28] [1, 1, 1, 1] : tensor<1x128x28x28xf32> to tensor<1x64x28x28xf32>
      %extracted_slice_26 = tensor.extract_slice %arg44[0, %123, 0, 0] [1, 64, 28, 28] [1, 1, 1, 1] : tensor<1x128x28x28xf32> to tensor<1x64x28x28xf32>
      %124 = scf.for %arg45 = %c0 to %c64 step %c1 iter_args(%arg46 = %extracted_slice_26) -> (tensor<1x64x28x28xf32>) {
        %125 = scf.for %arg47 = %c0 to %c28 step %c1 iter_args(%arg48 = %arg46) -> (tensor<1x64x28x28xf32>) {
          %126 = scf.for %arg49 = %c0 to %c28 step %c4 iter_args(%arg50 = %arg48) -> (tensor<1x64x28x28xf32>) {
            %extracted_slice_27 = tensor.extract_slice %extracted_slice[0, %arg45, %arg47, %arg49] [1, 1, 1, 4] [1, 1, 1, 1] : tensor<1x64x28x28xf32> to tensor<1x1x1x4xf32>
            %extracted_slice_28 = tensor.extract_slice %extracted_slice_25[0, %arg45, %arg47, %arg49] [1, 1, 1, 4] [1, 1, 1, 1] : tensor<1x64x28x28xf32> to tensor<1x1x1x4xf32>
            %extracted_slice_29 = tensor.extract_slice %arg50[0, %arg45, %arg47, %arg49] [1, 1, 1, 4] [1, 1, 1, 1] : tensor<1x64x28x28xf32> to tensor<1x1x1x4xf32>
            %127 = vector.transfer_read %extracted_slice_27[%c0, %c0, %c0, %c0], %0 {in_bounds = [true, true, true, true]} : tensor<1x1x1x4xf32>, vector<1x1x1x4xf32>
            %128 = vector.transfer_read %extracted_slice_28[%c0, %c0, %c0, %c0], %0 {in_bounds = [true, true, true, true]} : tensor<1x1x1x4xf32>, vector<1x1x1x4xf32>
            %129 = arith.addf %127, %128 : vector<1x1x1x4xf32>
            %130 = vector.transfer_write %129, %extracted_slice_29[%c0, %c0, %c0, %c0] {in_bounds = [true, true, true, true]} : vector<1x1x1x4xf32>, tensor<1x1x1x4xf32>
            %inserted_slice = tensor.insert_slice %130 into %arg50[0, %arg45, %arg47, %arg49] [1, 1, 1, 4] [1, 1, 1, 1] : tensor<1x1x1x4xf32> into tensor<1x64x28x28xf32>
            scf.yield %inserted_slice : tensor<1x64x28x28xf32>
          }
          scf.yield %126 : tensor<1x64x28x28xf32>
        }
        scf.yield %125 : tensor<1x64x28x28xf32>
      }
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %124 into %arg44[0, %123, 0, 0] [1, 64, 28, 28] [1, 1, 1, 1] : tensor<1x64x28x28xf32> into tensor<1x128x28x28xf32>
      }
    }
    %46 = tensor.empty() : tensor<1x128x28x28xf32>
    %47 = scf.forall (%arg43) in (2) shared_outs(%arg44 = %46) -> (tensor<1x128x28x28xf32>) {
      %123 = affine.apply #map6(%arg43)
      %extracted_slice = tensor.extract_slice %45[0, %123, 0, 0] [1, 64, 28, 28] [1, 1, 1, 1] : tensor<1x128x28x28xf32> to tensor<1x64x28x28xf32>
      %extracted_slice_25 = tensor.extract_slice %arg44[0, %123, 0, 0] [1, 64, 28, 28] [1, 1, 1, 1] : tensor<1x128x28x28xf32> to tensor<1x64x28x28xf32>
      %124 = scf.for %arg45 = %c0 to %c64 step %c1 iter_args(%arg46 = %extracted_slice_25) -> (tensor<1x64x28x28xf32>) {
        %125 = scf.for %arg47 = %c0 to %c28 step %c1 iter_args(%arg48 = %arg46) -> (tensor<1x64x28x28xf32>) {
          %126 = scf.for %arg49 = %c0 to %c28 step %c4 iter_args(%arg50 = %arg48) -> (tensor<1x64x28x28xf32>) {
            %extracted_slice_26 = tensor.extract_slice %extracted_slice[0, %arg45, %arg47, %arg49] [1, 1, 1, 4] [1, 1, 1, 1] : tensor<1x64x28x28xf32> to tensor<1x1x1x4xf32>
            %extracted_slice_27 = tensor.extract_slice %arg50[0, %arg45, %arg47, %arg49] [1, 1, 1, 4] [1, 1, 1, 1] : tensor<1x64x28x28xf32> to tensor<1x1x1x4xf32>
            %127 = vector.transfer_read %extracted_slice_26[%c0, %c0, %c0, %c0], %0 {in_bounds = [true, true, true, true]} : tensor<1x1x1x4xf32>, vector<1x1x1x4xf32>
            %128 = arith.maximumf %127, %cst_1 : vector<1x1x1x4xf32>
            %129 = vector.transfer_write %128, %extracted_slice_27[%c0, %c0, %c0, %c0] {in_bounds = [true, true, true, true]} : vector<1x1x1x4xf32>, tensor<1x1x1x4xf32>
            %inserted_slice = tensor.insert_slice %129 into %arg50[0, %arg45, %arg47, %arg49] [1, 1, 1, 4] [1, 1, 1, 1] : tensor<1x1x1x4xf32> into tensor<1x64x28x28xf32>
            scf.yield %inserted_slice : tensor<1x64x28x28xf32>
          }
          scf.yield %126 : tensor<1x64x28x28xf32>
        }
        scf.yield %125 : tensor<1x64x28x28xf32>
      }
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %124 into %arg44[0, %123, 0, 0] [1, 64, 28, 28] [1, 1, 1, 1] : tensor<1x64x28x28xf32> into tensor<1x128x28x28xf32>
      }
    }
    %padded_15 = tensor.pad %47 low[0, 0, 1, 1] high[0, 0, 1, 1] {
    ^bb0(%arg43: index, %arg44: index, %arg45: index, %arg46: index):
      tensor.yield %cst_7 : f32
    } : tensor<1x128x28x28xf32> to tensor<1x128x30x30xf32>
    %48 = tensor.empty() : tensor<1x128x28x28xf32>
    %49 = scf.forall (%arg43) in (2) shared_outs(%arg44 = %48) -> (tensor<1x128x28x28xf32>) {
      %123 = affine.apply #map6(%arg43)
      %extracted_slice = tensor.extract_slice %arg18[%123] [64] [1] : tensor<128xf32> to tensor<64xf32>
      %extracted_slice_25 = tensor.extract_slice %arg44[0, %123, 0, 0] [1, 64, 28, 28] [1, 1, 1, 1] : tensor<1x128x28x28xf32> to tensor<1x64x28x28xf32>
      %124 = scf.for %arg45 = %c0 to %c64 step %c1 iter_args(%arg46 = %extracted_slice_25) -> (tensor<1x64x28x28xf32>) {
        %125 = scf.for %arg47 = %c0 to %c28 step %c1 iter_args(%arg48 = %arg46) -> (tensor<1x64x28x28xf32>) {
          %126 = scf.for %arg49 = %c0 to %c28 step %c4 iter_args(%arg50 = %arg48) -> (tensor<1x64x28x28xf32>) {
            %extracted_slice_26 = tensor.extract_slice %extracted_slice[%arg45] [1] [1] : tensor<64xf32> to tensor<1xf32>
            %extracted_slice_27 = tensor.extract_slice %arg50[0, %arg45, %arg47, %arg49] [1, 1, 1, 4] [1, 1, 1, 1] : tensor<1x64x28x28xf32> to tensor<1x1x1x4xf32>
            %127 = vector.transfer_read %extracted_slice_26[%c0], %0 {in_bounds = [true]} : tensor<1xf32>, vector<1xf32>
            %128 = vector.broadcast %127 : vector<1xf32> to vector<1x1x1x4xf32>
            %129 = vector.transfer_write %128, %extracted_slice_27[%c0, %c0, %c0, %c0] {in_bounds = [true, true, true, true]} : vector<1x1x1x4xf32>, tensor<1x1x1x4xf32>
            %inserted_slice = tensor.insert_slice %129 into %arg50[0, %arg45, %arg47, %arg49] [1, 1, 1, 4] [1, 1, 1, 1] : tensor<1x1x1x4xf32> into tensor<1x64x28x28xf32>
            scf.yield %inserted_slice : tensor<1x64x28x28xf32>
          }
          scf.yield %126 : tensor<1x64x28x28xf32>
        }
        scf.yield %125 : tensor<1x64x28x28xf32>
      }
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %124 into %arg44[0, %123, 0, 0] [1, 64, 28, 28] [1, 1, 1, 1] : tensor<1x64x28x28xf32> into tensor<1x128x28x28xf32>
      }
    }
    %50 = scf.forall (%arg43, %arg44, %arg45) in (2, 7, 7) shared_outs(%arg46 = %49) -> (tensor<1x128x28x28xf32>) {
      %123 = affine.apply #map6(%arg43)
      %124 = affine.apply #map8(%arg44)
      %125 = affine.apply #map8(%arg45)
      %extracted_slice = tensor.extract_slice %padded_15[0, 0, %124, %125] [1, 128, 6, 6] [1, 1, 1, 1] : tensor<1x128x30x30xf32> to tensor<1x128x6x6xf32>
      %extracted_slice_25 = tensor.extract_slice %arg17[%123, 0, 0, 0] [64, 128, 3, 3] [1, 1, 1, 1] : tensor<128x128x3x3xf32> to tensor<64x128x3x3xf32>
      %extracted_slice_26 = tensor.extract_slice %arg46[0, %123, %124, %125] [1, 64, 4, 4] [1, 1, 1, 1] : tensor<1x128x28x28xf32> to tensor<1x64x4x4xf32>
      %126 = scf.for %arg47 = %c0 to %c128 step %c64 iter_args(%arg48 = %extracted_slice_26) -> (tensor<1x64x4x4xf32>) {
        %127 = scf.for %arg49 = %c0 to %c3 step %c1 iter_args(%arg50 = %arg48) -> (tensor<1x64x4x4xf32>) {
          %128 = scf.for %arg51 = %c0 to %c3 step %c1 iter_args(%arg52 = %arg50) -> (tensor<1x64x4x4xf32>) {
            %extracted_slice_27 = tensor.extract_slice %extracted_slice[0, %arg47, %arg49, %arg51] [1, 64, 4, 4] [1, 1, 1, 1] : tensor<1x128x6x6xf32> to tensor<1x64x4x4xf32>
            %extracted_slice_28 = tensor.extract_slice %extracted_slice_25[0, %arg47, %arg49, %arg51] [64, 64, 1, 1] [1, 1, 1, 1] : tensor<64x128x3x3xf32> to tensor<64x64x1x1xf32>
            %129 = scf.for %arg53 = %c0 to %c64 step %c1 iter_args(%arg54 = %arg52) -> (tensor<1x64x4x4xf32>) {
              %130 = scf.for %arg55 = %c0 to %c4 step %c2 iter_args(%arg56 = %arg54) -> (tensor<1x64x4x4xf32>) {
                %131 = scf.for %arg57 = %c0 to %c4 step %c2 iter_args(%arg58 = %arg56) -> (tensor<1x64x4x4xf32>) {
                  %132 = scf.for %arg59 = %c0 to %c64 step %c1 iter_args(%arg60 = %arg58) -> (tensor<1x64x4x4xf32>) {
                    %extracted_slice_29 = tensor.extract_slice %extracted_slice_27[0, %arg59, %arg55, %arg57] [1, 1, 2, 2] [1, 1, 1, 1] : tensor<1x64x4x4xf32> to tensor<1x1x2x2xf32>
                    %extracted_slice_30 = tensor.extract_slice %extracted_slice_28[%arg53, %arg59, 0, 0] [1, 1, 1, 1] [1, 1, 1, 1] : tensor<64x64x1x1xf32> to tensor<1x1x1x1xf32>
                    %extracted_slice_31 = tensor.extract_slice %arg60[0, %arg53, %arg55, %arg57] [1, 1, 2, 2] [1, 1, 1, 1] : tensor<1x64x4x4xf32> to tensor<1x1x2x2xf32>
                    %133 = scf.for %arg61 = %c0 to %c2 step %c1 iter_args(%arg62 = %extracted_slice_31) -> (tensor<1x1x2x2xf32>) {
                      %extracted_slice_32 = tensor.extract_slice %extracted_slice_29[0, 0, %arg61, 0] [1, 1, 1, 2] [1, 1, 1, 1] : tensor<1x1x2x2xf32> to tensor<1x1x1x2xf32>
                      %extracted_slice_33 = tensor.extract_slice %arg62[0, 0, %arg61, 0] [1, 1, 1, 2] [1, 1, 1, 1] : tensor<1x1x2x2xf32> to tensor<1x1x1x2xf32>
                      %extracted_slice_34 = tensor.extract_slice %extracted_slice_32[0, 0, 0, 0] [1, 1, 1, 2] [1, 1, 1, 1] : tensor<1x1x1x2xf32> to tensor<1x1x2xf32>
                      %extracted_slice_35 = tensor.extract_slice %extracted_slice_30[0, 0, 0, 0] [1, 1, 1, 1] [1, 1, 1, 1] : tensor<1x1x1x1xf32> to tensor<1x1x1xf32>
                      %extracted_slice_36 = tensor.extract_slice %extracted_slice_33[0, 0, 0, 0] [1, 1, 1, 2] [1, 1, 1, 1] : tensor<1x1x1x2xf32> to tensor<1x1x2xf32>
                      %134 = vector.transfer_read %extracted_slice_34[%c0, %c0, %c0], %cst_7 {in_bounds = [true, true, true]} : tensor<1x1x2xf32>, vector<1x1x2xf32>
                      %135 = vector.transfer_read %extracted_slice_35[%c0, %c0, %c0], %cst_7 {in_bounds = [true, true, true]} : tensor<1x1x1xf32>, vector<1x1x1xf32>
                      %136 = vector.transfer_read %extracted_slice_36[%c0, %c0, %c0], %cst_7 {in_bounds = [true, true, true]} : tensor<1x1x2xf32>, vector<1x1x2xf32>
                      %137 = vector.extract %134[0, 0] : vector<2xf32> from vector<1x1x2xf32>
                      %138 = vector.extract %135[0, 0, 0] : f32 from vector<1x1x1xf32>
                      %139 = vector.broadcast %138 : f32 to vector<2xf32>
                      %140 = vector.extract %136[0, 0] : vector<2xf32> from vector<1x1x2xf32>
                      %141 = vector.fma %139, %137, %140 : vector<2xf32>
                      %142 = vector.broadcast %141 : vector<2xf32> to vector<1x1x2xf32>
                      %143 = vector.transfer_write %142, %extracted_slice_36[%c0, %c0, %c0] {in_bounds = [true, true, true]} : vector<1x1x2xf32>, tensor<1x1x2xf32>
                      %inserted_slice_37 = tensor.insert_slice %143 into %extracted_slice_33[0, 0, 0, 0] [1, 1, 1, 2] [1, 1, 1, 1] : tensor<1x1x2xf32> into tensor<1x1x1x2xf32>
                      %inserted_slice_38 = tensor.insert_slice %inserted_slice_37 into %arg62[0, 0, %arg61, 0] [1, 1, 1, 2] [1, 1, 1, 1] : tensor<1x1x1x2xf32> into tensor<1x1x2x2xf32>
                      scf.yield %inserted_slice_38 : tensor<1x1x2x2xf32>
                    }
                    %inserted_slice = tensor.insert_slice %133 into %arg60[0, %arg53, %arg55, %arg57] [1, 1, 2, 2] [1, 1, 1, 1] : tensor<1x1x2x2xf32> into tensor<1x64x4x4xf32>
                    scf.yield %inserted_slice : tensor<1x64x4x4xf32>
                  }
                  scf.yield %132 : tensor<1x64x4x4xf32>
                }
                scf.yield %131 : tensor<1x64x4x4xf32>
              }
              scf.yield %130 : tensor<1x64x4x4xf32>
            }
            scf.yield %129 : tensor<1x64x4x4xf32>
          }
          scf.yield %128 : tensor<1x64x4x4xf32>
        }
        scf.yield %127 : tensor<1x64x4x4xf32>
      }
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %126 into %arg46[0, %123, %124, %125] [1, 64, 4, 4] [1, 1, 1, 1] : tensor<1x64x4x4xf32> into tensor<1x128x28x28xf32>
      }
    }
    %51 = tensor.empty() : tensor<1x128x28x28xf32>
    %52 = scf.forall (%arg43) in (2) shared_outs(%arg44 = %51) -> (tensor<1x128x28x28xf32>) {
      %123 = affine.apply #map6(%arg43)
      %extracted_slice = tensor.extract_slice %50[0, %123, 0, 0] [1, 64, 28, 28] [1, 1, 1, 1] : tensor<1x128x28x28xf32> to tensor<1x64x28x28xf32>
      %extracted_slice_25 = tensor.extract_slice %arg44[0, %123, 0, 0] [1, 64, 28, 28] [1, 1, 1, 1] : tensor<1x128x28x28xf32> to tensor<1x64x28x28xf32>
      %124 = scf.for %arg45 = %c0 to %c64 step %c1 iter_args(%arg46 = %extracted_slice_25) -> (tensor<1x64x28x28xf32>) {
        %125 = scf.for %arg47 = %c0 to %c28 step %c1 iter_args(%arg48 = %arg46) -> (tensor<1x64x28x28xf32>) {
          %126 = scf.for %arg49 = %c0 to %c28 step %c4 iter_args(%arg50 = %arg48) -> (tensor<1x64x28x28xf32>) {
            %extracted_slice_26 = tensor.extract_slice %extracted_slice[0, %arg45, %arg47, %arg49] [1, 1, 1, 4] [1, 1, 1, 1] : tensor<1x64x28x28xf32> to tensor<1x1x1x4xf32>
            %extracted_slice_27 = tensor.extract_slice %arg50[0, %arg45, %arg47, %arg49] [1, 1, 1, 4] [1, 1, 1, 1] : tensor<1x64x28x28xf32> to tensor<1x1x1x4xf32>
            %127 = vector.transfer_read %extracted_slice_26[%c0, %c0, %c0, %c0], %0 {in_bounds = [true, true, true, true]} : tensor<1x1x1x4xf32>, vector<1x1x1x4xf32>
            %128 = arith.maximumf %127, %cst_1 : vector<1x1x1x4xf32>
            %129 = vector.transfer_write %128, %extracted_slice_27[%c0, %c0, %c0, %c0] {in_bounds = [true, true, true, true]} : vector<1x1x1x4xf32>, tensor<1x1x1x4xf32>
            %inserted_slice = tensor.insert_slice %129 into %arg50[0, %arg45, %arg47, %arg49] [1, 1, 1, 4] [1, 1, 1, 1] : tensor<1x1x1x4xf32> into tensor<1x64x28x28xf32>
            scf.yield %inserted_slice : tensor<1x64x28x28xf32>
          }
          scf.yield %126 : tensor<1x64x28x28xf32>
        }
        scf.yield %125 : tensor<1x64x28x28xf32>
      }
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %124 into %arg44[0, %123, 0, 0] [1, 64, 28, 28] [1, 1, 1, 1] : tensor<1x64x28x28xf32> into tensor<1x128x28x28xf32>
      }
    }
    %padded_16 = tensor.pad %52 low[0, 0, 1, 1] high[0, 0, 1, 1] {
    ^bb0(%arg43: index, %arg44: index, %arg45: index, %arg46: index):
      tensor.yield %cst_7 : f32
    } : tensor<1x128x28x28xf32> to tensor<1x128x30x30xf32>
    %53 = tensor.empty() : tensor<1x128x28x28xf32>
    %54 = scf.forall (%arg43) in (2) shared_outs(%arg44 = %53) -> (tensor<1x128x28x28xf32>) {
      %123 = affine.apply #map6(%arg43)
      %extracted_slice = tensor.extract_slice %arg20[%123] [64] [1] : tensor<128xf32> to tensor<64xf32>
      %extracted_slice_25 = tensor.extract_slice %arg44[0, %123, 0, 0] [1, 64, 28, 28] [1, 1, 1, 1] : tensor<1x128x28x28xf32> to tensor<1x64x28x28xf32>
      %124 = scf.for %arg45 = %c0 to %c64 step %c1 iter_args(%arg46 = %extracted_slice_25) -> (tensor<1x64x28x28xf32>) {
        %125 = scf.for %arg47 = %c0 to %c28 step %c1 iter_args(%arg48 = %arg46) -> (tensor<1x64x28x28xf32>) {
          %126 = scf.for %arg49 = %c0 to %c28 step %c4 iter_args(%arg50 = %arg48) -> (tensor<1x64x28x28xf32>) {
            %extracted_slice_26 = tensor.extract_slice %extracted_slice[%arg45] [1] [1] : tensor<64xf32> to tensor<1xf32>
            %extracted_slice_27 = tensor.extract_slice %arg50[0, %arg45, %arg47, %arg49] [1, 1, 1, 4] [1, 1, 1, 1] : tensor<1x64x28x28xf32> to tensor<1x1x1x4xf32>
            %127 = vector.transfer_read %extracted_slice_26[%c0], %0 {in_bounds = [true]} : tensor<1xf32>, vector<1xf32>
            %128 = vector.broadcast %127 : vector<1xf32> to vector<1x1x1x4xf32>
            %129 = vector.transfer_write %128, %extracted_slice_27[%c0, %c0, %c0, %c0] {in_bounds = [true, true, true, true]} : vector<1x1x1x4xf32>, tensor<1x1x1x4xf32>
            %inserted_slice = tensor.insert_slice %129 into %arg50[0, %arg45, %arg47, %arg49] [1, 1, 1, 4] [1, 1, 1, 1] : tensor<1x1x1x4xf32> into tensor<1x64x28x28xf32>
            scf.yield %inserted_slice : tensor<1x64x28x28xf32>
          }
          scf.yield %126 : tensor<1x64x28x28xf32>
        }
        scf.yield %125 : tensor<1x64x28x28xf32>
      }
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %124 into %arg44[0, %123, 0, 0] [1, 64, 28, 28] [1, 1, 1, 1] : tensor<1x64x28x28xf32> into tensor<1x128x28x28xf32>
      }
    }
    %55 = scf.forall (%arg43, %arg44, %arg45) in (2, 7, 7) shared_outs(%arg46 = %54) -> (tensor<1x128x28x28xf32>) {
      %123 = affine.apply #map6(%arg43)
      %124 = affine.apply #map8(%arg44)
      %125 = affine.apply #map8(%arg45)
      %extracted_slice = tensor.extract_slice %padded_16[0, 0, %124, %125] [1, 128, 6, 6] [1, 1, 1, 1] : tensor<1x128x30x30xf32> to tensor<1x128x6x6xf32>
      %extracted_slice_25 = tensor.extract_slice %arg19[%123, 0, 0, 0] [64, 128, 3, 3] [1, 1, 1, 1] : tensor<128x128x3x3xf32> to tensor<64x128x3x3xf32>
      %extracted_slice_26 = tensor.extract_slice %arg46[0, %123, %124, %125] [1, 64, 4, 4] [1, 1, 1, 1] : tensor<1x128x28x28xf32> to tensor<1x64x4x4xf32>
      %126 = scf.for %arg47 = %c0 to %c128 step %c64 iter_args(%arg48 = %extracted_slice_26) -> (tensor<1x64x4x4xf32>) {
        %127 = scf.for %arg49 = %c0 to %c3 step %c1 iter_args(%arg50 = %arg48) -> (tensor<1x64x4x4xf32>) {
          %128 = scf.for %arg51 = %c0 to %c3 step %c1 iter_args(%arg52 = %arg50) -> (tensor<1x64x4x4xf32>) {
            %extracted_slice_27 = tensor.extract_slice %extracted_slice[0, %arg47, %arg49, %arg51] [1, 64, 4, 4] [1, 1, 1, 1] : tensor<1x128x6x6xf32> to tensor<1x64x4x4xf32>
            %extracted_slice_28 = tensor.extract_slice %extracted_slice_25[0, %arg47, %arg49, %arg51] [64, 64, 1, 1] [1, 1, 1, 1] : tensor<64x128x3x3xf32> to tensor<64x64x1x1xf32>
            %129 = scf.for %arg53 = %c0 to %c64 step %c1 iter_args(%arg54 = %arg52) -> (tensor<1x64x4x4xf32>) {
              %130 = scf.for %arg55 = %c0 to %c4 step %c2 iter_args(%arg56 = %arg54) -> (tensor<1x64x4x4xf32>) {
                %131 = scf.for %arg57 = %c0 to %c4 step %c2 iter_args(%arg58 = %arg56) -> (tensor<1x64x4x4xf32>) {
                  %132 = scf.for %arg59 = %c0 to %c64 step %c1 iter_args(%arg60 = %arg58) -> (tensor<1x64x4x4xf32>) {
                    %extracted_slice_29 = tensor.extract_slice %extracted_slice_27[0, %arg59, %arg55, %arg57] [1, 1, 2, 2] [1, 1, 1, 1] : tensor<1x64x4x4xf32> to tensor<1x1x2x2xf32>
                    %extracted_slice_30 = tensor.extract_slice %extracted_slice_28[%arg53, %arg59, 0, 0] [1, 1, 1, 1] [1, 1, 1, 1] : tensor<64x64x1x1xf32> to tensor<1x1x1x1xf32>
                    %extracted_slice_31 = tensor.extract_slice %arg60[0, %arg53, %arg55, %arg57] [1, 1, 2, 2] [1, 1, 1, 1] : tensor<1x64x4x4xf32> to tensor<1x1x2x2xf32>
                    %133 = scf.for %arg61 = %c0 to %c2 step %c1 iter_args(%arg62 = %extracted_slice_31) -> (tensor<1x1x2x2xf32>) {
                      %extracted_slice_32 = tensor.extract_slice %extracted_slice_29[0, 0, %arg61, 0] [1, 1, 1, 2] [1, 1, 1, 1] : tensor<1x1x2x2xf32> to tensor<1x1x1x2xf32>
                      %extracted_slice_33 = tensor.extract_slice %arg62[0, 0, %arg61, 0] [1, 1, 1, 2] [1, 1, 1, 1] : tensor<1x1x2x2xf32> to tensor<1x1x1x2xf32>
                      %extracted_slice_34 = tensor.extract_slice %extracted_slice_32[0, 0, 0, 0] [1, 1, 1, 2] [1, 1, 1, 1] : tensor<1x1x1x2xf32> to tensor<1x1x2xf32>
                      %extracted_slice_35 = tensor.extract_slice %extracted_slice_30[0, 0, 0, 0] [1, 1, 1, 1] [1, 1, 1, 1] : tensor<1x1x1x1xf32> to tensor<1x1x1xf32>
                      %extracted_slice_36 = tensor.extract_slice %extracted_slice_33[0, 0, 0, 0] [1, 1, 1, 2] [1, 1, 1, 1] : tensor<1x1x1x2xf32> to tensor<1x1x2xf32>
                      %134 = vector.transfer_read %extracted_slice_34[%c0, %c0, %c0], %cst_7 {in_bounds = [true, true, true]} : tensor<1x1x2xf32>, vector<1x1x2xf32>
                      %135 = vector.transfer_read %extracted_slice_35[%c0, %c0, %c0], %cst_7 {in_bounds = [true, true, true]} : tensor<1x1x1xf32>, vector<1x1x1xf32>
                      %136 = vector.transfer_read %extracted_slice_36[%c0, %c0, %c0], %cst_7 {in_bounds = [true, true, true]} : tensor<1x1x2xf32>, vector<1x1x2xf32>
                      %137 = vector.extract %134[0, 0] : vector<2xf32> from vector<1x1x2xf32>
                      %138 = vector.extract %135[0, 0, 0] : f32 from vector<1x1x1xf32>
                      %139 = vector.broadcast %138 : f32 to vector<2xf32>
                      %140 = vector.extract %136[0, 0] : vector<2xf32> from vector<1x1x2xf32>
                      %141 = vector.fma %139, %137, %140 : vector<2xf32>
                      %142 = vector.broadcast %141 : vector<2xf32> to vector<1x1x2xf32>
                      %143 = vector.transfer_write %142, %extracted_slice_36[%c0, %c0, %c0] {in_bounds = [true, true, true]} : vector<1x1x2xf32>, tensor<1x1x2xf32>
                      %inserted_slice_37 = tensor.insert_slice %143 into %extracted_slice_33[0, 0, 0, 0] [1, 1, 1, 2] [1, 1, 1, 1] : tensor<1x1x2xf32> into tensor<1x1x1x2xf32>
                      %inserted_slice_38 = tensor.insert_slice %inserted_slice_37 into %arg62[0, 0, %arg61, 0] [1, 1, 1, 2] [1, 1, 1, 1] : tensor<1x1x1x2xf32> into tensor<1x1x2x2xf32>
                      scf.yield %inserted_slice_38 : tensor<1x1x2x2xf32>
                    }
                    %inserted_slice = tensor.insert_slice %133 into %arg60[0, %arg53, %arg55, %arg57] [1, 1, 2, 2] [1, 1, 1, 1] : tensor<1x1x2x2xf32> into tensor<1x64x4x4xf32>
                    scf.yield %inserted_slice : tensor<1x64x4x4xf32>
                  }
                  scf.yield %132 : tensor<1x64x4x4xf32>
                }
                scf.yield %131 : tensor<1x64x4x4xf32>
              }
              scf.yield %130 : tensor<1x64x4x4xf32>
            }
            scf.yield %129 : tensor<1x64x4x4xf32>
          }
          scf.yield %128 : tensor<1x64x4x4xf32>
        }
        scf.yield %127 : tensor<1x64x4x4xf32>
      }
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %126 into %arg46[0, %123, %124, %125] [1, 64, 4, 4] [1, 1, 1, 1] : tensor<1x64x4x4xf32> into tensor<1x128x28x28xf32>
      }
    }
    %56 = tensor.empty() : tensor<1x128x28x28xf32>
    %57 = scf.forall (%arg43, %arg44, %arg45) in (7, 28, 16) shared_outs(%arg46 = %56) -> (tensor<1x128x28x28xf32>) {
      %123 = affine.apply #map8(%arg43)
      %124 = affine.apply #map4(%arg45)
      %extracted_slice = tensor.extract_slice %55[0, %124, %123, %arg44] [1, 8, 4, 1] [1, 1, 1, 1] : tensor<1x128x28x28xf32> to tensor<1x8x4x1xf32>
      %extracted_slice_25 = tensor.extract_slice %47[0, %124, %123, %arg44] [1, 8, 4, 1] [1, 1, 1, 1] : tensor<1x128x28x28xf32> to tensor<1x8x4x1xf32>
      %extracted_slice_26 = tensor.extract_slice %arg46[0, %124, %123, %arg44] [1, 8, 4, 1] [1, 1, 1, 1] : tensor<1x128x28x28xf32> to tensor<1x8x4x1xf32>
      %125 = vector.transfer_read %extracted_slice[%c0, %c0, %c0, %c0], %0 {in_bounds = [true, true, true, true]} : tensor<1x8x4x1xf32>, vector<1x8x4x1xf32>
      %126 = vector.transpose %125, [0, 2, 3, 1] : vector<1x8x4x1xf32> to vector<1x4x1x8xf32>
      %127 = vector.transfer_read %extracted_slice_25[%c0, %c0, %c0, %c0], %0 {in_bounds = [true, true, true, true]} : tensor<1x8x4x1xf32>, vector<1x8x4x1xf32>
      %128 = vector.transpose %127, [0, 2, 3, 1] : vector<1x8x4x1xf32> to vector<1x4x1x8xf32>
      %129 = arith.addf %126, %128 : vector<1x4x1x8xf32>
      %130 = vector.transpose %129, [0, 3, 1, 2] : vector<1x4x1x8xf32> to vector<1x8x4x1xf32>
      %131 = vector.transfer_write %130, %extracted_slice_26[%c0, %c0, %c0, %c0] {in_bounds = [true, true, true, true]} : vector<1x8x4x1xf32>, tensor<1x8x4x1xf32>
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %131 into %arg46[0, %124, %123, %arg44] [1, 8, 4, 1] [1, 1, 1, 1] : tensor<1x8x4x1xf32> into tensor<1x128x28x28xf32>
      }
    }
    %58 = tensor.empty() : tensor<1x128x28x28xf32>
    %59 = scf.forall (%arg43, %arg44, %arg45) in (7, 28, 16) shared_outs(%arg46 = %58) -> (tensor<1x128x28x28xf32>) {
      %123 = affine.apply #map8(%arg43)
      %124 = affine.apply #map4(%arg45)
      %extracted_slice = tensor.extract_slice %57[0, %124, %123, %arg44] [1, 8, 4, 1] [1, 1, 1, 1] : tensor<1x128x28x28xf32> to tensor<1x8x4x1xf32>
      %extracted_slice_25 = tensor.extract_slice %arg46[0, %124, %123, %arg44] [1, 8, 4, 1] [1, 1, 1, 1] : tensor<1x128x28x28xf32> to tensor<1x8x4x1xf32>
      %125 = vector.transfer_read %extracted_slice[%c0, %c0, %c0, %c0], %0 {in_bounds = [true, true, true, true]} : tensor<1x8x4x1xf32>, vector<1x8x4x1xf32>
      %126 = vector.transpose %125, [0, 2, 3, 1] : vector<1x8x4x1xf32> to vector<1x4x1x8xf32>
      %127 = arith.maximumf %126, %cst_0 : vector<1x4x1x8xf32>
      %128 = vector.transpose %127, [0, 3, 1, 2] : vector<1x4x1x8xf32> to vector<1x8x4x1xf32>
      %129 = vector.transfer_write %128, %extracted_slice_25[%c0, %c0, %c0, %c0] {in_bounds = [true, true, true, true]} : vector<1x8x4x1xf32>, tensor<1x8x4x1xf32>
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %129 into %arg46[0, %124, %123, %arg44] [1, 8, 4, 1] [1, 1, 1, 1] : tensor<1x8x4x1xf32> into tensor<1x128x28x28xf32>
      }
    }
    %padded_17 = tensor.pad %59 low[0, 0, 1, 1] high[0, 0, 1, 1] {
    ^bb0(%arg43: index, %arg44: index, %arg45: index, %arg46: index):
      tensor.yield %cst_7 : f32
    } : tensor<1x128x28x28xf32> to tensor<1x128x30x30xf32>
    %60 = tensor.empty() : tensor<1x256x14x14xf32>
    %61 = scf.forall (%arg43, %arg44, %arg45) in (7, 14, 32) shared_outs(%arg46 = %60) -> (tensor<1x256x14x14xf32>) {
      %123 = affine.apply #map2(%arg43)
      %124 = affine.apply #map4(%arg45)
      %extracted_slice = tensor.extract_slice %arg22[%124] [8] [1] : tensor<256xf32> to tensor<8xf32>
      %extracted_slice_25 = tensor.extract_slice %arg46[0, %124, %123, %arg44] [1, 8, 2, 1] [1, 1, 1, 1] : tensor<1x256x14x14xf32> to tensor<1x8x2x1xf32>
      %125 = vector.transfer_read %extracted_slice[%c0], %0 {in_bounds = [true]} : tensor<8xf32>, vector<8xf32>
      %126 = vector.broadcast %125 : vector<8xf32> to vector<1x2x1x8xf32>
      %127 = vector.transpose %126, [0, 3, 1, 2] : vector<1x2x1x8xf32> to vector<1x8x2x1xf32>
      %128 = vector.transfer_write %127, %extracted_slice_25[%c0, %c0, %c0, %c0] {in_bounds = [true, true, true, true]} : vector<1x8x2x1xf32>, tensor<1x8x2x1xf32>
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %128 into %arg46[0, %124, %123, %arg44] [1, 8, 2, 1] [1, 1, 1, 1] : tensor<1x8x2x1xf32> into tensor<1x256x14x14xf32>
      }
    }
    %62 = scf.forall (%arg43, %arg44, %arg45) in (14, 7, 64) shared_outs(%arg46 = %61) -> (tensor<1x256x14x14xf32>) {
      %123 = affine.apply #map2(%arg44)
      %124 = affine.apply #map8(%arg45)
      %125 = affine.apply #map2(%arg43)
      %126 = affine.apply #map8(%arg44)
      %extracted_slice = tensor.extract_slice %padded_17[0, 0, %125, %126] [1, 128, 3, 5] [1, 1, 1, 1] : tensor<1x128x30x30xf32> to tensor<1x128x3x5xf32>
      %extracted_slice_25 = tensor.extract_slice %arg21[%124, 0, 0, 0] [4, 128, 3, 3] [1, 1, 1, 1] : tensor<256x128x3x3xf32> to tensor<4x128x3x3xf32>
      %extracted_slice_26 = tensor.extract_slice %arg46[0, %124, %arg43, %123] [1, 4, 1, 2] [1, 1, 1, 1] : tensor<1x256x14x14xf32> to tensor<1x4x1x2xf32>
      %127 = scf.for %arg47 = %c0 to %c3 step %c1 iter_args(%arg48 = %extracted_slice_26) -> (tensor<1x4x1x2xf32>) {
        %128 = scf.for %arg49 = %c0 to %c3 step %c1 iter_args(%arg50 = %arg48) -> (tensor<1x4x1x2xf32>) {
          %129 = scf.for %arg51 = %c0 to %c128 step %c2 iter_args(%arg52 = %arg50) -> (tensor<1x4x1x2xf32>) {
            %extracted_slice_27 = tensor.extract_slice %extracted_slice[0, %arg51, %arg49, %arg47] [1, 2, 1, 3] [1, 1, 1, 1] : tensor<1x128x3x5xf32> to tensor<1x2x1x3xf32>
            %extracted_slice_28 = tensor.extract_slice %extracted_slice_25[0, %arg51, %arg49, %arg47] [4, 2, 1, 1] [1, 1, 1, 1] : tensor<4x128x3x3xf32> to tensor<4x2x1x1xf32>
            %130 = linalg.generic {indexing_maps = [#map9, #map10, #map11], iterator_types = ["parallel", "reduction", "parallel", "reduction", "reduction", "parallel", "parallel"]} ins(%extracted_slice_27, %extracted_slice_28 : tensor<1x2x1x3xf32>, tensor<4x2x1x1xf32>) outs(%arg52 : tensor<1x4x1x2xf32>) attrs =  {tag = "operation_36"} {
            ^bb0(%in: f32, %in_29: f32, %out: f32):
              %131 = arith.mulf %in, %in_29 : f32
              %132 = arith.addf %out, %131 : f32
              linalg.yield %132 : f32
            } -> tensor<1x4x1x2xf32>
            scf.yield %130 : tensor<1x4x1x2xf32>
          }
          scf.yield %129 : tensor<1x4x1x2xf32>
        }
        scf.yield %128 : tensor<1x4x1x2xf32>
      }
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %127 into %arg46[0, %124, %arg43, %123] [1, 4, 1, 2] [1, 1, 1, 1] : tensor<1x4x1x2xf32> into tensor<1x256x14x14xf32>
      }
    }
    %63 = tensor.empty() : tensor<1x256x14x14xf32>
    %64 = scf.forall (%arg43, %arg44, %arg45) in (7, 14, 32) shared_outs(%arg46 = %63) -> (tensor<1x256x14x14xf32>) {
      %123 = affine.apply #map2(%arg43)
      %124 = affine.apply #map4(%arg45)
      %extracted_slice = tensor.extract_slice %62[0, %124, %123, %arg44] [1, 8, 2, 1] [1, 1, 1, 1] : tensor<1x256x14x14xf32> to tensor<1x8x2x1xf32>
      %extracted_slice_25 = tensor.extract_slice %arg46[0, %124, %123, %arg44] [1, 8, 2, 1] [1, 1, 1, 1] : tensor<1x256x14x14xf32> to tensor<1x8x2x1xf32>
      %125 = vector.transfer_read %extracted_slice[%c0, %c0, %c0, %c0], %0 {in_bounds = [true, true, true, true]} : tensor<1x8x2x1xf32>, vector<1x8x2x1xf32>
      %126 = vector.transpose %125, [0, 2, 3, 1] : vector<1x8x2x1xf32> to vector<1x2x1x8xf32>
      %127 = arith.maximumf %126, %cst : vector<1x2x1x8xf32>
      %128 = vector.transpose %127, [0, 3, 1, 2] : vector<1x2x1x8xf32> to vector<1x8x2x1xf32>
      %129 = vector.transfer_write %128, %extracted_slice_25[%c0, %c0, %c0, %c0] {in_bounds = [true, true, true, true]} : vector<1x8x2x1xf32>, tensor<1x8x2x1xf32>
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %129 into %arg46[0, %124, %123, %arg44] [1, 8, 2, 1] [1, 1, 1, 1] : tensor<1x8x2x1xf32> into tensor<1x256x14x14xf32>
      }
    }
    %padded_18 = tensor.pad %64 low[0, 0, 1, 1] high[0, 0, 1, 1] {
    ^bb0(%arg43: index, %arg44: index, %arg45: index, %arg46: index):
      tensor.yield %cst_7 : f32
    } : tensor<1x256x14x14xf32> to tensor<1x256x16x16xf32>
    %65 = tensor.empty() : tensor<1x256x14x14xf32>
    %66 = scf.forall (%arg43, %arg44, %arg45) in (7, 14, 32) shared_outs(%arg46 = %65) -> (tensor<1x256x14x14xf32>) {
      %123 = affine.apply #map2(%arg43)
      %124 = affine.apply #map4(%arg45)
      %extracted_slice = tensor.extract_slice %arg24[%124] [8] [1] : tensor<256xf32> to tensor<8xf32>
      %extracted_slice_25 = tensor.extract_slice %arg46[0, %124, %123, %arg44] [1, 8, 2, 1] [1, 1, 1, 1] : tensor<1x256x14x14xf32> to tensor<1x8x2x1xf32>
      %125 = vector.transfer_read %extracted_slice[%c0], %0 {in_bounds = [true]} : tensor<8xf32>, vector<8xf32>
      %126 = vector.broadcast %125 : vector<8xf32> to vector<1x2x1x8xf32>
      %127 = vector.transpose %126, [0, 3, 1, 2] : vector<1x2x1x8xf32> to vector<1x8x2x1xf32>
      %128 = vector.transfer_write %127, %extracted_slice_25[%c0, %c0, %c0, %c0] {in_bounds = [true, true, true, true]} : vector<1x8x2x1xf32>, tensor<1x8x2x1xf32>
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %128 into %arg46[0, %124, %123, %arg44] [1, 8, 2, 1] [1, 1, 1, 1] : tensor<1x8x2x1xf32> into tensor<1x256x14x14xf32>
      }
    }
    %67 = scf.forall (%arg43, %arg44, %arg45) in (14, 7, 64) shared_outs(%arg46 = %66) -> (tensor<1x256x14x14xf32>) {
      %123 = affine.apply #map2(%arg44)
      %124 = affine.apply #map8(%arg45)
      %extracted_slice = tensor.extract_slice %padded_18[0, 0, %arg43, %123] [1, 256, 3, 4] [1, 1, 1, 1] : tensor<1x256x16x16xf32> to tensor<1x256x3x4xf32>
      %extracted_slice_25 = tensor.extract_slice %arg23[%124, 0, 0, 0] [4, 256, 3, 3] [1, 1, 1, 1] : tensor<256x256x3x3xf32> to tensor<4x256x3x3xf32>
      %extracted_slice_26 = tensor.extract_slice %arg46[0, %124, %arg43, %123] [1, 4, 1, 2] [1, 1, 1, 1] : tensor<1x256x14x14xf32> to tensor<1x4x1x2xf32>
      %125 = scf.for %arg47 = %c0 to %c3 step %c1 iter_args(%arg48 = %extracted_slice_26) -> (tensor<1x4x1x2xf32>) {
        %126 = scf.for %arg49 = %c0 to %c3 step %c1 iter_args(%arg50 = %arg48) -> (tensor<1x4x1x2xf32>) {
          %127 = scf.for %arg51 = %c0 to %c256 step %c2 iter_args(%arg52 = %arg50) -> (tensor<1x4x1x2xf32>) {
            %extracted_slice_27 = tensor.extract_slice %extracted_slice[0, %arg51, %arg49, %arg47] [1, 2, 1, 2] [1, 1, 1, 1] : tensor<1x256x3x4xf32> to tensor<1x2x1x2xf32>
            %extracted_slice_28 = tensor.extract_slice %extracted_slice_25[0, %arg51, %arg49, %arg47] [4, 2, 1, 1] [1, 1, 1, 1] : tensor<4x256x3x3xf32> to tensor<4x2x1x1xf32>
            %128 = linalg.generic {indexing_maps = [#map12, #map10, #map11], iterator_types = ["parallel", "reduction", "parallel", "reduction", "reduction", "parallel", "parallel"]} ins(%extracted_slice_27, %extracted_slice_28 : tensor<1x2x1x2xf32>, tensor<4x2x1x1xf32>) outs(%arg52 : tensor<1x4x1x2xf32>) attrs =  {tag = "operation_39"} {
            ^bb0(%in: f32, %in_29: f32, %out: f32):
              %129 = arith.mulf %in, %in_29 : f32
              %130 = arith.addf %out, %129 : f32
              linalg.yield %130 : f32
            } -> tensor<1x4x1x2xf32>
            scf.yield %128 : tensor<1x4x1x2xf32>
          }
          scf.yield %127 : tensor<1x4x1x2xf32>
        }
        scf.yield %126 : tensor<1x4x1x2xf32>
      }
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %125 into %arg46[0, %124, %arg43, %123] [1, 4, 1, 2] [1, 1, 1, 1] : tensor<1x4x1x2xf32> into tensor<1x256x14x14xf32>
      }
    }
    %68 = tensor.empty() : tensor<1x256x14x14xf32>
    %69 = linalg.generic {indexing_maps = [#map7, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%arg26 : tensor<256xf32>) outs(%68 : tensor<1x256x14x14xf32>) attrs =  {tag = "operation_40"} {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<1x256x14x14xf32>
    %70 = scf.forall (%arg43, %arg44, %arg45) in (4, 7, 7) shared_outs(%arg46 = %69) -> (tensor<1x256x14x14xf32>) {
      %123 = affine.apply #map6(%arg43)
      %124 = affine.apply #map2(%arg44)
      %125 = affine.apply #map2(%arg45)
      %126 = affine.apply #map8(%arg44)
      %127 = affine.apply #map8(%arg45)
      %extracted_slice = tensor.extract_slice %59[0, 0, %126, %127] [1, 128, 3, 3] [1, 1, 1, 1] : tensor<1x128x28x28xf32> to tensor<1x128x3x3xf32>
      %extracted_slice_25 = tensor.extract_slice %arg25[%123, 0, 0, 0] [64, 128, 1, 1] [1, 1, 1, 1] : tensor<256x128x1x1xf32> to tensor<64x128x1x1xf32>
      %extracted_slice_26 = tensor.extract_slice %arg46[0, %123, %124, %125] [1, 64, 2, 2] [1, 1, 1, 1] : tensor<1x256x14x14xf32> to tensor<1x64x2x2xf32>
      %128 = scf.for %arg47 = %c0 to %c128 step %c64 iter_args(%arg48 = %extracted_slice_26) -> (tensor<1x64x2x2xf32>) {
        %extracted_slice_27 = tensor.extract_slice %extracted_slice[0, %arg47, 0, 0] [1, 64, 3, 3] [1, 1, 1, 1] : tensor<1x128x3x3xf32> to tensor<1x64x3x3xf32>
        %extracted_slice_28 = tensor.extract_slice %extracted_slice_25[0, %arg47, 0, 0] [64, 64, 1, 1] [1, 1, 1, 1] : tensor<64x128x1x1xf32> to tensor<64x64x1x1xf32>
        %129 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>, tag = "operation_41"} ins(%extracted_slice_27, %extracted_slice_28 : tensor<1x64x3x3xf32>, tensor<64x64x1x1xf32>) outs(%arg48 : tensor<1x64x2x2xf32>) -> tensor<1x64x2x2xf32>
        scf.yield %129 : tensor<1x64x2x2xf32>
      }
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %128 into %arg46[0, %123, %124, %125] [1, 64, 2, 2] [1, 1, 1, 1] : tensor<1x64x2x2xf32> into tensor<1x256x14x14xf32>
      }
    }
    %71 = tensor.empty() : tensor<1x256x14x14xf32>
    %72 = scf.forall (%arg43, %arg44, %arg45) in (7, 14, 32) shared_outs(%arg46 = %71) -> (tensor<1x256x14x14xf32>) {
      %123 = affine.apply #map2(%arg43)
      %124 = affine.apply #map4(%arg45)
      %extracted_slice = tensor.extract_slice %67[0, %124, %123, %arg44] [1, 8, 2, 1] [1, 1, 1, 1] : tensor<1x256x14x14xf32> to tensor<1x8x2x1xf32>
      %extracted_slice_25 = tensor.extract_slice %70[0, %124, %123, %arg44] [1, 8, 2, 1] [1, 1, 1, 1] : tensor<1x256x14x14xf32> to tensor<1x8x2x1xf32>
      %extracted_slice_26 = tensor.extract_slice %arg46[0, %124, %123, %arg44] [1, 8, 2, 1] [1, 1, 1, 1] : tensor<1x256x14x14xf32> to tensor<1x8x2x1xf32>
      %125 = vector.transfer_read %extracted_slice[%c0, %c0, %c0, %c0], %0 {in_bounds = [true, true, true, true]} : tensor<1x8x2x1xf32>, vector<1x8x2x1xf32>
      %126 = vector.transpose %125, [0, 2, 3, 1] : vector<1x8x2x1xf32> to vector<1x2x1x8xf32>
      %127 = vector.transfer_read %extracted_slice_25[%c0, %c0, %c0, %c0], %0 {in_bounds = [true, true, true, true]} : tensor<1x8x2x1xf32>, vector<1x8x2x1xf32>
      %128 = vector.transpose %127, [0, 2, 3, 1] : vector<1x8x2x1xf32> to vector<1x2x1x8xf32>
      %129 = arith.addf %126, %128 : vector<1x2x1x8xf32>
      %130 = vector.transpose %129, [0, 3, 1, 2] : vector<1x2x1x8xf32> to vector<1x8x2x1xf32>
      %131 = vector.transfer_write %130, %extracted_slice_26[%c0, %c0, %c0, %c0] {in_bounds = [true, true, true, true]} : vector<1x8x2x1xf32>, tensor<1x8x2x1xf32>
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %131 into %arg46[0, %124, %123, %arg44] [1, 8, 2, 1] [1, 1, 1, 1] : tensor<1x8x2x1xf32> into tensor<1x256x14x14xf32>
      }
    }
    %73 = tensor.empty() : tensor<1x256x14x14xf32>
    %74 = scf.forall (%arg43, %arg44, %arg45) in (7, 14, 32) shared_outs(%arg46 = %73) -> (tensor<1x256x14x14xf32>) {
      %123 = affine.apply #map2(%arg43)
      %124 = affine.apply #map4(%arg45)
      %extracted_slice = tensor.extract_slice %72[0, %124, %123, %arg44] [1, 8, 2, 1] [1, 1, 1, 1] : tensor<1x256x14x14xf32> to tensor<1x8x2x1xf32>
      %extracted_slice_25 = tensor.extract_slice %arg46[0, %124, %123, %arg44] [1, 8, 2, 1] [1, 1, 1, 1] : tensor<1x256x14x14xf32> to tensor<1x8x2x1xf32>
      %125 = vector.transfer_read %extracted_slice[%c0, %c0, %c0, %c0], %0 {in_bounds = [true, true, true, true]} : tensor<1x8x2x1xf32>, vector<1x8x2x1xf32>
      %126 = vector.transpose %125, [0, 2, 3, 1] : vector<1x8x2x1xf32> to vector<1x2x1x8xf32>
      %127 = arith.maximumf %126, %cst : vector<1x2x1x8xf32>
      %128 = vector.transpose %127, [0, 3, 1, 2] : vector<1x2x1x8xf32> to vector<1x8x2x1xf32>
      %129 = vector.transfer_write %128, %extracted_slice_25[%c0, %c0, %c0, %c0] {in_bounds = [true, true, true, true]} : vector<1x8x2x1xf32>, tensor<1x8x2x1xf32>
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %129 into %arg46[0, %124, %123, %arg44] [1, 8, 2, 1] [1, 1, 1, 1] : tensor<1x8x2x1xf32> into tensor<1x256x14x14xf32>
      }
    }
    %padded_19 = tensor.pad %74 low[0, 0, 1, 1] high[0, 0, 1, 1] {
    ^bb0(%arg43: index, %arg44: index, %arg45: index, %arg46: index):
      tensor.yield %cst_7 : f32
    } : tensor<1x256x14x14xf32> to tensor<1x256x16x16xf32>
    %75 = tensor.empty() : tensor<1x256x14x14xf32>
    %76 = scf.forall (%arg43, %arg44, %arg45) in (7, 14, 32) shared_outs(%arg46 = %75) -> (tensor<1x256x14x14xf32>) {
      %123 = affine.apply #map2(%arg43)
      %124 = affine.apply #map4(%arg45)
      %extracted_slice = tensor.extract_slice %arg28[%124] [8] [1] : tensor<256xf32> to tensor<8xf32>
      %extracted_slice_25 = tensor.extract_slice %arg46[0, %124, %123, %arg44] [1, 8, 2, 1] [1, 1, 1, 1] : tensor<1x256x14x14xf32> to tensor<1x8x2x1xf32>
      %125 = vector.transfer_read %extracted_slice[%c0], %0 {in_bounds = [true]} : tensor<8xf32>, vector<8xf32>
      %126 = vector.broadcast %125 : vector<8xf32> to vector<1x2x1x8xf32>
      %127 = vector.transpose %126, [0, 3, 1, 2] : vector<1x2x1x8xf32> to vector<1x8x2x1xf32>
      %128 = vector.transfer_write %127, %extracted_slice_25[%c0, %c0, %c0, %c0] {in_bounds = [true, true, true, true]} : vector<1x8x2x1xf32>, tensor<1x8x2x1xf32>
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %128 into %arg46[0, %124, %123, %arg44] [1, 8, 2, 1] [1, 1, 1, 1] : tensor<1x8x2x1xf32> into tensor<1x256x14x14xf32>
      }
    }
    %77 = scf.forall (%arg43, %arg44, %arg45) in (14, 7, 64) shared_outs(%arg46 = %76) -> (tensor<1x256x14x14xf32>) {
      %123 = affine.apply #map2(%arg44)
      %124 = affine.apply #map8(%arg45)
      %extracted_slice = tensor.extract_slice %padded_19[0, 0, %arg43, %123] [1, 256, 3, 4] [1, 1, 1, 1] : tensor<1x256x16x16xf32> to tensor<1x256x3x4xf32>
      %extracted_slice_25 = tensor.extract_slice %arg27[%124, 0, 0, 0] [4, 256, 3, 3] [1, 1, 1, 1] : tensor<256x256x3x3xf32> to tensor<4x256x3x3xf32>
      %extracted_slice_26 = tensor.extract_slice %arg46[0, %124, %arg43, %123] [1, 4, 1, 2] [1, 1, 1, 1] : tensor<1x256x14x14xf32> to tensor<1x4x1x2xf32>
      %125 = scf.for %arg47 = %c0 to %c3 step %c1 iter_args(%arg48 = %extracted_slice_26) -> (tensor<1x4x1x2xf32>) {
        %126 = scf.for %arg49 = %c0 to %c3 step %c1 iter_args(%arg50 = %arg48) -> (tensor<1x4x1x2xf32>) {
          %127 = scf.for %arg51 = %c0 to %c256 step %c2 iter_args(%arg52 = %arg50) -> (tensor<1x4x1x2xf32>) {
            %extracted_slice_27 = tensor.extract_slice %extracted_slice[0, %arg51, %arg49, %arg47] [1, 2, 1, 2] [1, 1, 1, 1] : tensor<1x256x3x4xf32> to tensor<1x2x1x2xf32>
            %extracted_slice_28 = tensor.extract_slice %extracted_slice_25[0, %arg51, %arg49, %arg47] [4, 2, 1, 1] [1, 1, 1, 1] : tensor<4x256x3x3xf32> to tensor<4x2x1x1xf32>
            %128 = linalg.generic {indexing_maps = [#map12, #map10, #map11], iterator_types = ["parallel", "reduction", "parallel", "reduction", "reduction", "parallel", "parallel"]} ins(%extracted_slice_27, %extracted_slice_28 : tensor<1x2x1x2xf32>, tensor<4x2x1x1xf32>) outs(%arg52 : tensor<1x4x1x2xf32>) attrs =  {tag = "operation_45"} {
            ^bb0(%in: f32, %in_29: f32, %out: f32):
              %129 = arith.mulf %in, %in_29 : f32
              %130 = arith.addf %out, %129 : f32
              linalg.yield %130 : f32
            } -> tensor<1x4x1x2xf32>
            scf.yield %128 : tensor<1x4x1x2xf32>
          }
          scf.yield %127 : tensor<1x4x1x2xf32>
        }
        scf.yield %126 : tensor<1x4x1x2xf32>
      }
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %125 into %arg46[0, %124, %arg43, %123] [1, 4, 1, 2] [1, 1, 1, 1] : tensor<1x4x1x2xf32> into tensor<1x256x14x14xf32>
      }
    }
    %78 = tensor.empty() : tensor<1x256x14x14xf32>
    %79 = scf.forall (%arg43, %arg44, %arg45) in (7, 14, 32) shared_outs(%arg46 = %78) -> (tensor<1x256x14x14xf32>) {
      %123 = affine.apply #map2(%arg43)
      %124 = affine.apply #map4(%arg45)
      %extracted_slice = tensor.extract_slice %77[0, %124, %123, %arg44] [1, 8, 2, 1] [1, 1, 1, 1] : tensor<1x256x14x14xf32> to tensor<1x8x2x1xf32>
      %extracted_slice_25 = tensor.extract_slice %arg46[0, %124, %123, %arg44] [1, 8, 2, 1] [1, 1, 1, 1] : tensor<1x256x14x14xf32> to tensor<1x8x2x1xf32>
      %125 = vector.transfer_read %extracted_slice[%c0, %c0, %c0, %c0], %0 {in_bounds = [true, true, true, true]} : tensor<1x8x2x1xf32>, vector<1x8x2x1xf32>
      %126 = vector.transpose %125, [0, 2, 3, 1] : vector<1x8x2x1xf32> to vector<1x2x1x8xf32>
      %127 = arith.maximumf %126, %cst : vector<1x2x1x8xf32>
      %128 = vector.transpose %127, [0, 3, 1, 2] : vector<1x2x1x8xf32> to vector<1x8x2x1xf32>
      %129 = vector.transfer_write %128, %extracted_slice_25[%c0, %c0, %c0, %c0] {in_bounds = [true, true, true, true]} : vector<1x8x2x1xf32>, tensor<1x8x2x1xf32>
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %129 into %arg46[0, %124, %123, %arg44] [1, 8, 2, 1] [1, 1, 1, 1] : tensor<1x8x2x1xf32> into tensor<1x256x14x14xf32>
      }
    }
    %padded_20 = tensor.pad %79 low[0, 0, 1, 1] high[0, 0, 1, 1] {
    ^bb0(%arg43: index, %arg44: index, %arg45: index, %arg46: index):
      tensor.yield %cst_7 : f32
    } : tensor<1x256x14x14xf32> to tensor<1x256x16x16xf32>
    %80 = tensor.empty() : tensor<1x256x14x14xf32>
    %81 = scf.forall (%arg43, %arg44, %arg45) in (7, 14, 32) shared_outs(%arg46 = %80) -> (tensor<1x256x14x14xf32>) {
      %123 = affine.apply #map2(%arg43)
      %124 = affine.apply #map4(%arg45)
      %extracted_slice = tensor.extract_slice %arg30[%124] [8] [1] : tensor<256xf32> to tensor<8xf32>
      %extracted_slice_25 = tensor.extract_slice %arg46[0, %124, %123, %arg44] [1, 8, 2, 1] [1, 1, 1, 1] : tensor<1x256x14x14xf32> to tensor<1x8x2x1xf32>
      %125 = vector.transfer_read %extracted_slice[%c0], %0 {in_bounds = [true]} : tensor<8xf32>, vector<8xf32>
      %126 = vector.broadcast %125 : vector<8xf32> to vector<1x2x1x8xf32>
      %127 = vector.transpose %126, [0, 3, 1, 2] : vector<1x2x1x8xf32> to vector<1x8x2x1xf32>
      %128 = vector.transfer_write %127, %extracted_slice_25[%c0, %c0, %c0, %c0] {in_bounds = [true, true, true, true]} : vector<1x8x2x1xf32>, tensor<1x8x2x1xf32>
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %128 into %arg46[0, %124, %123, %arg44] [1, 8, 2, 1] [1, 1, 1, 1] : tensor<1x8x2x1xf32> into tensor<1x256x14x14xf32>
      }
    }
    %82 = scf.forall (%arg43, %arg44, %arg45) in (14, 7, 64) shared_outs(%arg46 = %81) -> (tensor<1x256x14x14xf32>) {
      %123 = affine.apply #map2(%arg44)
      %124 = affine.apply #map8(%arg45)
      %extracted_slice = tensor.extract_slice %padded_20[0, 0, %arg43, %123] [1, 256, 3, 4] [1, 1, 1, 1] : tensor<1x256x16x16xf32> to tensor<1x256x3x4xf32>
      %extracted_slice_25 = tensor.extract_slice %arg29[%124, 0, 0, 0] [4, 256, 3, 3] [1, 1, 1, 1] : tensor<256x256x3x3xf32> to tensor<4x256x3x3xf32>
      %extracted_slice_26 = tensor.extract_slice %arg46[0, %124, %arg43, %123] [1, 4, 1, 2] [1, 1, 1, 1] : tensor<1x256x14x14xf32> to tensor<1x4x1x2xf32>
      %125 = scf.for %arg47 = %c0 to %c3 step %c1 iter_args(%arg48 = %extracted_slice_26) -> (tensor<1x4x1x2xf32>) {
        %126 = scf.for %arg49 = %c0 to %c3 step %c1 iter_args(%arg50 = %arg48) -> (tensor<1x4x1x2xf32>) {
          %127 = scf.for %arg51 = %c0 to %c256 step %c2 iter_args(%arg52 = %arg50) -> (tensor<1x4x1x2xf32>) {
            %extracted_slice_27 = tensor.extract_slice %extracted_slice[0, %arg51, %arg49, %arg47] [1, 2, 1, 2] [1, 1, 1, 1] : tensor<1x256x3x4xf32> to tensor<1x2x1x2xf32>
            %extracted_slice_28 = tensor.extract_slice %extracted_slice_25[0, %arg51, %arg49, %arg47] [4, 2, 1, 1] [1, 1, 1, 1] : tensor<4x256x3x3xf32> to tensor<4x2x1x1xf32>
            %128 = linalg.generic {indexing_maps = [#map12, #map10, #map11], iterator_types = ["parallel", "reduction", "parallel", "reduction", "reduction", "parallel", "parallel"]} ins(%extracted_slice_27, %extracted_slice_28 : tensor<1x2x1x2xf32>, tensor<4x2x1x1xf32>) outs(%arg52 : tensor<1x4x1x2xf32>) attrs =  {tag = "operation_48"} {
            ^bb0(%in: f32, %in_29: f32, %out: f32):
              %129 = arith.mulf %in, %in_29 : f32
              %130 = arith.addf %out, %129 : f32
              linalg.yield %130 : f32
            } -> tensor<1x4x1x2xf32>
            scf.yield %128 : tensor<1x4x1x2xf32>
          }
          scf.yield %127 : tensor<1x4x1x2xf32>
        }
        scf.yield %126 : tensor<1x4x1x2xf32>
      }
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %125 into %arg46[0, %124, %arg43, %123] [1, 4, 1, 2] [1, 1, 1, 1] : tensor<1x4x1x2xf32> into tensor<1x256x14x14xf32>
      }
    }
    %83 = tensor.empty() : tensor<1x256x14x14xf32>
    %84 = scf.forall (%arg43, %arg44, %arg45) in (7, 14, 32) shared_outs(%arg46 = %83) -> (tensor<1x256x14x14xf32>) {
      %123 = affine.apply #map2(%arg43)
      %124 = affine.apply #map4(%arg45)
      %extracted_slice = tensor.extract_slice %82[0, %124, %123, %arg44] [1, 8, 2, 1] [1, 1, 1, 1] : tensor<1x256x14x14xf32> to tensor<1x8x2x1xf32>
      %extracted_slice_25 = tensor.extract_slice %74[0, %124, %123, %arg44] [1, 8, 2, 1] [1, 1, 1, 1] : tensor<1x256x14x14xf32> to tensor<1x8x2x1xf32>
      %extracted_slice_26 = tensor.extract_slice %arg46[0, %124, %123, %arg44] [1, 8, 2, 1] [1, 1, 1, 1] : tensor<1x256x14x14xf32> to tensor<1x8x2x1xf32>
      %125 = vector.transfer_read %extracted_slice[%c0, %c0, %c0, %c0], %0 {in_bounds = [true, true, true, true]} : tensor<1x8x2x1xf32>, vector<1x8x2x1xf32>
      %126 = vector.transpose %125, [0, 2, 3, 1] : vector<1x8x2x1xf32> to vector<1x2x1x8xf32>
      %127 = vector.transfer_read %extracted_slice_25[%c0, %c0, %c0, %c0], %0 {in_bounds = [true, true, true, true]} : tensor<1x8x2x1xf32>, vector<1x8x2x1xf32>
      %128 = vector.transpose %127, [0, 2, 3, 1] : vector<1x8x2x1xf32> to vector<1x2x1x8xf32>
      %129 = arith.addf %126, %128 : vector<1x2x1x8xf32>
      %130 = vector.transpose %129, [0, 3, 1, 2] : vector<1x2x1x8xf32> to vector<1x8x2x1xf32>
      %131 = vector.transfer_write %130, %extracted_slice_26[%c0, %c0, %c0, %c0] {in_bounds = [true, true, true, true]} : vector<1x8x2x1xf32>, tensor<1x8x2x1xf32>
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %131 into %arg46[0, %124, %123, %arg44] [1, 8, 2, 1] [1, 1, 1, 1] : tensor<1x8x2x1xf32> into tensor<1x256x14x14xf32>
      }
    }
    %85 = tensor.empty() : tensor<1x256x14x14xf32>
    %86 = scf.forall (%arg43, %arg44, %arg45) in (7, 14, 32) shared_outs(%arg46 = %85) -> (tensor<1x256x14x14xf32>) {
      %123 = affine.apply #map2(%arg43)
      %124 = affine.apply #map4(%arg45)
      %extracted_slice = tensor.extract_slice %84[0, %124, %123, %arg44] [1, 8, 2, 1] [1, 1, 1, 1] : tensor<1x256x14x14xf32> to tensor<1x8x2x1xf32>
      %extracted_slice_25 = tensor.extract_slice %arg46[0, %124, %123, %arg44] [1, 8, 2, 1] [1, 1, 1, 1] : tensor<1x256x14x14xf32> to tensor<1x8x2x1xf32>
      %125 = vector.transfer_read %extracted_slice[%c0, %c0, %c0, %c0], %0 {in_bounds = [true, true, true, true]} : tensor<1x8x2x1xf32>, vector<1x8x2x1xf32>
      %126 = vector.transpose %125, [0, 2, 3, 1] : vector<1x8x2x1xf32> to vector<1x2x1x8xf32>
      %127 = arith.maximumf %126, %cst : vector<1x2x1x8xf32>
      %128 = vector.transpose %127, [0, 3, 1, 2] : vector<1x2x1x8xf32> to vector<1x8x2x1xf32>
      %129 = vector.transfer_write %128, %extracted_slice_25[%c0, %c0, %c0, %c0] {in_bounds = [true, true, true, true]} : vector<1x8x2x1xf32>, tensor<1x8x2x1xf32>
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %129 into %arg46[0, %124, %123, %arg44] [1, 8, 2, 1] [1, 1, 1, 1] : tensor<1x8x2x1xf32> into tensor<1x256x14x14xf32>
      }
    }
    %padded_21 = tensor.pad %86 low[0, 0, 1, 1] high[0, 0, 1, 1] {
    ^bb0(%arg43: index, %arg44: index, %arg45: index, %arg46: index):
      tensor.yield %cst_7 : f32
    } : tensor<1x256x14x14xf32> to tensor<1x256x16x16xf32>
    %87 = tensor.empty() : tensor<1x512x7x7xf32>
    %88 = scf.for %arg43 = %c0 to %c512 step %c1 iter_args(%arg44 = %87) -> (tensor<1x512x7x7xf32>) {
      %123 = scf.for %arg45 = %c0 to %c7 step %c1 iter_args(%arg46 = %arg44) -> (tensor<1x512x7x7xf32>) {
        %124 = scf.for %arg47 = %c0 to %c7 step %c1 iter_args(%arg48 = %arg46) -> (tensor<1x512x7x7xf32>) {
          %extracted_slice = tensor.extract_slice %arg32[%arg43] [1] [1] : tensor<512xf32> to tensor<1xf32>
          %extracted_slice_25 = tensor.extract_slice %arg48[0, %arg43, %arg45, %arg47] [1, 1, 1, 1] [1, 1, 1, 1] : tensor<1x512x7x7xf32> to tensor<1x1x1x1xf32>
          %125 = linalg.generic {indexing_maps = [#map7, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice : tensor<1xf32>) outs(%extracted_slice_25 : tensor<1x1x1x1xf32>) attrs =  {tag = "operation_51"} {
          ^bb0(%in: f32, %out: f32):
            linalg.yield %in : f32
          } -> tensor<1x1x1x1xf32>
          %inserted_slice = tensor.insert_slice %125 into %arg48[0, %arg43, %arg45, %arg47] [1, 1, 1, 1] [1, 1, 1, 1] : tensor<1x1x1x1xf32> into tensor<1x512x7x7xf32>
          scf.yield %inserted_slice : tensor<1x512x7x7xf32>
        }
        scf.yield %124 : tensor<1x512x7x7xf32>
      }
      scf.yield %123 : tensor<1x512x7x7xf32>
    }
    %89 = scf.forall (%arg43, %arg44, %arg45) in (8, 7, 7) shared_outs(%arg46 = %88) -> (tensor<1x512x7x7xf32>) {
      %123 = affine.apply #map6(%arg43)
      %124 = affine.apply #map2(%arg44)
      %125 = affine.apply #map2(%arg45)
      %extracted_slice = tensor.extract_slice %padded_21[0, 0, %124, %125] [1, 256, 3, 3] [1, 1, 1, 1] : tensor<1x256x16x16xf32> to tensor<1x256x3x3xf32>
      %extracted_slice_25 = tensor.extract_slice %arg31[%123, 0, 0, 0] [64, 256, 3, 3] [1, 1, 1, 1] : tensor<512x256x3x3xf32> to tensor<64x256x3x3xf32>
      %extracted_slice_26 = tensor.extract_slice %arg46[0, %123, %arg44, %arg45] [1, 64, 1, 1] [1, 1, 1, 1] : tensor<1x512x7x7xf32> to tensor<1x64x1x1xf32>
      %126 = scf.for %arg47 = %c0 to %c256 step %c64 iter_args(%arg48 = %extracted_slice_26) -> (tensor<1x64x1x1xf32>) {
        %127 = scf.for %arg49 = %c0 to %c3 step %c1 iter_args(%arg50 = %arg48) -> (tensor<1x64x1x1xf32>) {
          %128 = scf.for %arg51 = %c0 to %c3 step %c1 iter_args(%arg52 = %arg50) -> (tensor<1x64x1x1xf32>) {
            %extracted_slice_27 = tensor.extract_slice %extracted_slice[0, %arg47, %arg49, %arg51] [1, 64, 1, 1] [1, 1, 1, 1] : tensor<1x256x3x3xf32> to tensor<1x64x1x1xf32>
            %extracted_slice_28 = tensor.extract_slice %extracted_slice_25[0, %arg47, %arg49, %arg51] [64, 64, 1, 1] [1, 1, 1, 1] : tensor<64x256x3x3xf32> to tensor<64x64x1x1xf32>
            %129 = scf.for %arg53 = %c0 to %c64 step %c1 iter_args(%arg54 = %arg52) -> (tensor<1x64x1x1xf32>) {
              %130 = scf.for %arg55 = %c0 to %c64 step %c1 iter_args(%arg56 = %arg54) -> (tensor<1x64x1x1xf32>) {
                %extracted_slice_29 = tensor.extract_slice %extracted_slice_27[0, %arg55, 0, 0] [1, 1, 1, 1] [1, 1, 1, 1] : tensor<1x64x1x1xf32> to tensor<1x1x1x1xf32>
                %extracted_slice_30 = tensor.extract_slice %extracted_slice_28[%arg53, %arg55, 0, 0] [1, 1, 1, 1] [1, 1, 1, 1] : tensor<64x64x1x1xf32> to tensor<1x1x1x1xf32>
                %extracted_slice_31 = tensor.extract_slice %arg56[0, %arg53, 0, 0] [1, 1, 1, 1] [1, 1, 1, 1] : tensor<1x64x1x1xf32> to tensor<1x1x1x1xf32>
                %131 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>, tag = "operation_52"} ins(%extracted_slice_29, %extracted_slice_30 : tensor<1x1x1x1xf32>, tensor<1x1x1x1xf32>) outs(%extracted_slice_31 : tensor<1x1x1x1xf32>) -> tensor<1x1x1x1xf32>
                %inserted_slice = tensor.insert_slice %131 into %arg56[0, %arg53, 0, 0] [1, 1, 1, 1] [1, 1, 1, 1] : tensor<1x1x1x1xf32> into tensor<1x64x1x1xf32>
                scf.yield %inserted_slice : tensor<1x64x1x1xf32>
              }
              scf.yield %130 : tensor<1x64x1x1xf32>
            }
            scf.yield %129 : tensor<1x64x1x1xf32>
          }
          scf.yield %128 : tensor<1x64x1x1xf32>
        }
        scf.yield %127 : tensor<1x64x1x1xf32>
      }
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %126 into %arg46[0, %123, %arg44, %arg45] [1, 64, 1, 1] [1, 1, 1, 1] : tensor<1x64x1x1xf32> into tensor<1x512x7x7xf32>
      }
    }
    %90 = tensor.empty() : tensor<1x512x7x7xf32>
    %91 = scf.for %arg43 = %c0 to %c512 step %c1 iter_args(%arg44 = %90) -> (tensor<1x512x7x7xf32>) {
      %123 = scf.for %arg45 = %c0 to %c7 step %c1 iter_args(%arg46 = %arg44) -> (tensor<1x512x7x7xf32>) {
        %124 = scf.for %arg47 = %c0 to %c7 step %c1 iter_args(%arg48 = %arg46) -> (tensor<1x512x7x7xf32>) {
          %extracted_slice = tensor.extract_slice %89[0, %arg43, %arg45, %arg47] [1, 1, 1, 1] [1, 1, 1, 1] : tensor<1x512x7x7xf32> to tensor<1x1x1x1xf32>
          %extracted_slice_25 = tensor.extract_slice %arg48[0, %arg43, %arg45, %arg47] [1, 1, 1, 1] [1, 1, 1, 1] : tensor<1x512x7x7xf32> to tensor<1x1x1x1xf32>
          %125 = linalg.generic {indexing_maps = [#map5, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice : tensor<1x1x1x1xf32>) outs(%extracted_slice_25 : tensor<1x1x1x1xf32>) attrs =  {tag = "operation_53"} {
          ^bb0(%in: f32, %out: f32):
            %126 = arith.maximumf %in, %cst_7 : f32
            linalg.yield %126 : f32
          } -> tensor<1x1x1x1xf32>
          %inserted_slice = tensor.insert_slice %125 into %arg48[0, %arg43, %arg45, %arg47] [1, 1, 1, 1] [1, 1, 1, 1] : tensor<1x1x1x1xf32> into tensor<1x512x7x7xf32>
          scf.yield %inserted_slice : tensor<1x512x7x7xf32>
        }
        scf.yield %124 : tensor<1x512x7x7xf32>
      }
      scf.yield %123 : tensor<1x512x7x7xf32>
    }
    %padded_22 = tensor.pad %91 low[0, 0, 1, 1] high[0, 0, 1, 1] {
    ^bb0(%arg43: index, %arg44: index, %arg45: index, %arg46: index):
      tensor.yield %cst_7 : f32
    } : tensor<1x512x7x7xf32> to tensor<1x512x9x9xf32>
    %92 = tensor.empty() : tensor<1x512x7x7xf32>
    %93 = scf.for %arg43 = %c0 to %c512 step %c1 iter_args(%arg44 = %92) -> (tensor<1x512x7x7xf32>) {
      %123 = scf.for %arg45 = %c0 to %c7 step %c1 iter_args(%arg46 = %arg44) -> (tensor<1x512x7x7xf32>) {
        %124 = scf.for %arg47 = %c0 to %c7 step %c1 iter_args(%arg48 = %arg46) -> (tensor<1x512x7x7xf32>) {
          %extracted_slice = tensor.extract_slice %arg34[%arg43] [1] [1] : tensor<512xf32> to tensor<1xf32>
          %extracted_slice_25 = tensor.extract_slice %arg48[0, %arg43, %arg45, %arg47] [1, 1, 1, 1] [1, 1, 1, 1] : tensor<1x512x7x7xf32> to tensor<1x1x1x1xf32>
          %125 = linalg.generic {indexing_maps = [#map7, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice : tensor<1xf32>) outs(%extracted_slice_25 : tensor<1x1x1x1xf32>) attrs =  {tag = "operation_54"} {
          ^bb0(%in: f32, %out: f32):
            linalg.yield %in : f32
          } -> tensor<1x1x1x1xf32>
          %inserted_slice = tensor.insert_slice %125 into %arg48[0, %arg43, %arg45, %arg47] [1, 1, 1, 1] [1, 1, 1, 1] : tensor<1x1x1x1xf32> into tensor<1x512x7x7xf32>
          scf.yield %inserted_slice : tensor<1x512x7x7xf32>
        }
        scf.yield %124 : tensor<1x512x7x7xf32>
      }
      scf.yield %123 : tensor<1x512x7x7xf32>
    }
    %94 = scf.forall (%arg43, %arg44, %arg45) in (8, 7, 7) shared_outs(%arg46 = %93) -> (tensor<1x512x7x7xf32>) {
      %123 = affine.apply #map6(%arg43)
      %extracted_slice = tensor.extract_slice %padded_22[0, 0, %arg44, %arg45] [1, 512, 3, 3] [1, 1, 1, 1] : tensor<1x512x9x9xf32> to tensor<1x512x3x3xf32>
      %extracted_slice_25 = tensor.extract_slice %arg33[%123, 0, 0, 0] [64, 512, 3, 3] [1, 1, 1, 1] : tensor<512x512x3x3xf32> to tensor<64x512x3x3xf32>
      %extracted_slice_26 = tensor.extract_slice %arg46[0, %123, %arg44, %arg45] [1, 64, 1, 1] [1, 1, 1, 1] : tensor<1x512x7x7xf32> to tensor<1x64x1x1xf32>
      %124 = scf.for %arg47 = %c0 to %c512 step %c64 iter_args(%arg48 = %extracted_slice_26) -> (tensor<1x64x1x1xf32>) {
        %125 = scf.for %arg49 = %c0 to %c3 step %c1 iter_args(%arg50 = %arg48) -> (tensor<1x64x1x1xf32>) {
          %126 = scf.for %arg51 = %c0 to %c3 step %c1 iter_args(%arg52 = %arg50) -> (tensor<1x64x1x1xf32>) {
            %extracted_slice_27 = tensor.extract_slice %extracted_slice[0, %arg47, %arg49, %arg51] [1, 64, 1, 1] [1, 1, 1, 1] : tensor<1x512x3x3xf32> to tensor<1x64x1x1xf32>
            %extracted_slice_28 = tensor.extract_slice %extracted_slice_25[0, %arg47, %arg49, %arg51] [64, 64, 1, 1] [1, 1, 1, 1] : tensor<64x512x3x3xf32> to tensor<64x64x1x1xf32>
            %127 = scf.for %arg53 = %c0 to %c64 step %c1 iter_args(%arg54 = %arg52) -> (tensor<1x64x1x1xf32>) {
              %128 = scf.for %arg55 = %c0 to %c64 step %c1 iter_args(%arg56 = %arg54) -> (tensor<1x64x1x1xf32>) {
                %extracted_slice_29 = tensor.extract_slice %extracted_slice_27[0, %arg55, 0, 0] [1, 1, 1, 1] [1, 1, 1, 1] : tensor<1x64x1x1xf32> to tensor<1x1x1x1xf32>
                %extracted_slice_30 = tensor.extract_slice %extracted_slice_28[%arg53, %arg55, 0, 0] [1, 1, 1, 1] [1, 1, 1, 1] : tensor<64x64x1x1xf32> to tensor<1x1x1x1xf32>
                %extracted_slice_31 = tensor.extract_slice %arg56[0, %arg53, 0, 0] [1, 1, 1, 1] [1, 1, 1, 1] : tensor<1x64x1x1xf32> to tensor<1x1x1x1xf32>
                %129 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>, tag = "operation_55"} ins(%extracted_slice_29, %extracted_slice_30 : tensor<1x1x1x1xf32>, tensor<1x1x1x1xf32>) outs(%extracted_slice_31 : tensor<1x1x1x1xf32>) -> tensor<1x1x1x1xf32>
                %inserted_slice = tensor.insert_slice %129 into %arg56[0, %arg53, 0, 0] [1, 1, 1, 1] [1, 1, 1, 1] : tensor<1x1x1x1xf32> into tensor<1x64x1x1xf32>
                scf.yield %inserted_slice : tensor<1x64x1x1xf32>
              }
              scf.yield %128 : tensor<1x64x1x1xf32>
            }
            scf.yield %127 : tensor<1x64x1x1xf32>
          }
          scf.yield %126 : tensor<1x64x1x1xf32>
        }
        scf.yield %125 : tensor<1x64x1x1xf32>
      }
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %124 into %arg46[0, %123, %arg44, %arg45] [1, 64, 1, 1] [1, 1, 1, 1] : tensor<1x64x1x1xf32> into tensor<1x512x7x7xf32>
      }
    }
    %95 = tensor.empty() : tensor<1x512x7x7xf32>
    %96 = scf.for %arg43 = %c0 to %c512 step %c1 iter_args(%arg44 = %95) -> (tensor<1x512x7x7xf32>) {
      %123 = scf.for %arg45 = %c0 to %c7 step %c1 iter_args(%arg46 = %arg44) -> (tensor<1x512x7x7xf32>) {
        %124 = scf.for %arg47 = %c0 to %c7 step %c1 iter_args(%arg48 = %arg46) -> (tensor<1x512x7x7xf32>) {
          %extracted_slice = tensor.extract_slice %arg36[%arg43] [1] [1] : tensor<512xf32> to tensor<1xf32>
          %extracted_slice_25 = tensor.extract_slice %arg48[0, %arg43, %arg45, %arg47] [1, 1, 1, 1] [1, 1, 1, 1] : tensor<1x512x7x7xf32> to tensor<1x1x1x1xf32>
          %125 = linalg.generic {indexing_maps = [#map7, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice : tensor<1xf32>) outs(%extracted_slice_25 : tensor<1x1x1x1xf32>) attrs =  {tag = "operation_56"} {
          ^bb0(%in: f32, %out: f32):
            linalg.yield %in : f32
          } -> tensor<1x1x1x1xf32>
          %inserted_slice = tensor.insert_slice %125 into %arg48[0, %arg43, %arg45, %arg47] [1, 1, 1, 1] [1, 1, 1, 1] : tensor<1x1x1x1xf32> into tensor<1x512x7x7xf32>
          scf.yield %inserted_slice : tensor<1x512x7x7xf32>
        }
        scf.yield %124 : tensor<1x512x7x7xf32>
      }
      scf.yield %123 : tensor<1x512x7x7xf32>
    }
    %97 = scf.forall (%arg43, %arg44, %arg45) in (8, 7, 7) shared_outs(%arg46 = %96) -> (tensor<1x512x7x7xf32>) {
      %123 = affine.apply #map6(%arg43)
      %124 = affine.apply #map2(%arg44)
      %125 = affine.apply #map2(%arg45)
      %extracted_slice = tensor.extract_slice %86[0, 0, %124, %125] [1, 256, 1, 1] [1, 1, 1, 1] : tensor<1x256x14x14xf32> to tensor<1x256x1x1xf32>
      %extracted_slice_25 = tensor.extract_slice %arg35[%123, 0, 0, 0] [64, 256, 1, 1] [1, 1, 1, 1] : tensor<512x256x1x1xf32> to tensor<64x256x1x1xf32>
      %extracted_slice_26 = tensor.extract_slice %arg46[0, %123, %arg44, %arg45] [1, 64, 1, 1] [1, 1, 1, 1] : tensor<1x512x7x7xf32> to tensor<1x64x1x1xf32>
      %126 = scf.for %arg47 = %c0 to %c256 step %c64 iter_args(%arg48 = %extracted_slice_26) -> (tensor<1x64x1x1xf32>) {
        %extracted_slice_27 = tensor.extract_slice %extracted_slice[0, %arg47, 0, 0] [1, 64, 1, 1] [1, 1, 1, 1] : tensor<1x256x1x1xf32> to tensor<1x64x1x1xf32>
        %extracted_slice_28 = tensor.extract_slice %extracted_slice_25[0, %arg47, 0, 0] [64, 64, 1, 1] [1, 1, 1, 1] : tensor<64x256x1x1xf32> to tensor<64x64x1x1xf32>
        %127 = scf.for %arg49 = %c0 to %c64 step %c1 iter_args(%arg50 = %arg48) -> (tensor<1x64x1x1xf32>) {
          %128 = scf.for %arg51 = %c0 to %c64 step %c1 iter_args(%arg52 = %arg50) -> (tensor<1x64x1x1xf32>) {
            %extracted_slice_29 = tensor.extract_slice %extracted_slice_27[0, %arg51, 0, 0] [1, 1, 1, 1] [1, 1, 1, 1] : tensor<1x64x1x1xf32> to tensor<1x1x1x1xf32>
            %extracted_slice_30 = tensor.extract_slice %extracted_slice_28[%arg49, %arg51, 0, 0] [1, 1, 1, 1] [1, 1, 1, 1] : tensor<64x64x1x1xf32> to tensor<1x1x1x1xf32>
            %extracted_slice_31 = tensor.extract_slice %arg52[0, %arg49, 0, 0] [1, 1, 1, 1] [1, 1, 1, 1] : tensor<1x64x1x1xf32> to tensor<1x1x1x1xf32>
            %129 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>, tag = "operation_57"} ins(%extracted_slice_29, %extracted_slice_30 : tensor<1x1x1x1xf32>, tensor<1x1x1x1xf32>) outs(%extracted_slice_31 : tensor<1x1x1x1xf32>) -> tensor<1x1x1x1xf32>
            %inserted_slice = tensor.insert_slice %129 into %arg52[0, %arg49, 0, 0] [1, 1, 1, 1] [1, 1, 1, 1] : tensor<1x1x1x1xf32> into tensor<1x64x1x1xf32>
            scf.yield %inserted_slice : tensor<1x64x1x1xf32>
          }
          scf.yield %128 : tensor<1x64x1x1xf32>
        }
        scf.yield %127 : tensor<1x64x1x1xf32>
      }
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %126 into %arg46[0, %123, %arg44, %arg45] [1, 64, 1, 1] [1, 1, 1, 1] : tensor<1x64x1x1xf32> into tensor<1x512x7x7xf32>
      }
    }
    %98 = tensor.empty() : tensor<1x512x7x7xf32>
    %99 = scf.for %arg43 = %c0 to %c512 step %c1 iter_args(%arg44 = %98) -> (tensor<1x512x7x7xf32>) {
      %123 = scf.for %arg45 = %c0 to %c7 step %c1 iter_args(%arg46 = %arg44) -> (tensor<1x512x7x7xf32>) {
        %124 = scf.for %arg47 = %c0 to %c7 step %c1 iter_args(%arg48 = %arg46) -> (tensor<1x512x7x7xf32>) {
          %extracted_slice = tensor.extract_slice %94[0, %arg43, %arg45, %arg47] [1, 1, 1, 1] [1, 1, 1, 1] : tensor<1x512x7x7xf32> to tensor<1x1x1x1xf32>
          %extracted_slice_25 = tensor.extract_slice %97[0, %arg43, %arg45, %arg47] [1, 1, 1, 1] [1, 1, 1, 1] : tensor<1x512x7x7xf32> to tensor<1x1x1x1xf32>
          %extracted_slice_26 = tensor.extract_slice %arg48[0, %arg43, %arg45, %arg47] [1, 1, 1, 1] [1, 1, 1, 1] : tensor<1x512x7x7xf32> to tensor<1x1x1x1xf32>
          %125 = linalg.generic {indexing_maps = [#map5, #map5, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice, %extracted_slice_25 : tensor<1x1x1x1xf32>, tensor<1x1x1x1xf32>) outs(%extracted_slice_26 : tensor<1x1x1x1xf32>) attrs =  {tag = "operation_58"} {
          ^bb0(%in: f32, %in_27: f32, %out: f32):
            %126 = arith.addf %in, %in_27 : f32
            linalg.yield %126 : f32
          } -> tensor<1x1x1x1xf32>
          %inserted_slice = tensor.insert_slice %125 into %arg48[0, %arg43, %arg45, %arg47] [1, 1, 1, 1] [1, 1, 1, 1] : tensor<1x1x1x1xf32> into tensor<1x512x7x7xf32>
          scf.yield %inserted_slice : tensor<1x512x7x7xf32>
        }
        scf.yield %124 : tensor<1x512x7x7xf32>
      }
      scf.yield %123 : tensor<1x512x7x7xf32>
    }
    %100 = tensor.empty() : tensor<1x512x7x7xf32>
    %101 = scf.for %arg43 = %c0 to %c512 step %c1 iter_args(%arg44 = %100) -> (tensor<1x512x7x7xf32>) {
      %123 = scf.for %arg45 = %c0 to %c7 step %c1 iter_args(%arg46 = %arg44) -> (tensor<1x512x7x7xf32>) {
        %124 = scf.for %arg47 = %c0 to %c7 step %c1 iter_args(%arg48 = %arg46) -> (tensor<1x512x7x7xf32>) {
          %extracted_slice = tensor.extract_slice %99[0, %arg43, %arg45, %arg47] [1, 1, 1, 1] [1, 1, 1, 1] : tensor<1x512x7x7xf32> to tensor<1x1x1x1xf32>
          %extracted_slice_25 = tensor.extract_slice %arg48[0, %arg43, %arg45, %arg47] [1, 1, 1, 1] [1, 1, 1, 1] : tensor<1x512x7x7xf32> to tensor<1x1x1x1xf32>
          %125 = linalg.generic {indexing_maps = [#map5, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice : tensor<1x1x1x1xf32>) outs(%extracted_slice_25 : tensor<1x1x1x1xf32>) attrs =  {tag = "operation_59"} {
          ^bb0(%in: f32, %out: f32):
            %126 = arith.maximumf %in, %cst_7 : f32
            linalg.yield %126 : f32
          } -> tensor<1x1x1x1xf32>
          %inserted_slice = tensor.insert_slice %125 into %arg48[0, %arg43, %arg45, %arg47] [1, 1, 1, 1] [1, 1, 1, 1] : tensor<1x1x1x1xf32> into tensor<1x512x7x7xf32>
          scf.yield %inserted_slice : tensor<1x512x7x7xf32>
        }
        scf.yield %124 : tensor<1x512x7x7xf32>
      }
      scf.yield %123 : tensor<1x512x7x7xf32>
    }
    %padded_23 = tensor.pad %101 low[0, 0, 1, 1] high[0, 0, 1, 1] {
    ^bb0(%arg43: index, %arg44: index, %arg45: index, %arg46: index):
      tensor.yield %cst_7 : f32
    } : tensor<1x512x7x7xf32> to tensor<1x512x9x9xf32>
    %102 = tensor.empty() : tensor<1x512x7x7xf32>
    %103 = scf.for %arg43 = %c0 to %c512 step %c1 iter_args(%arg44 = %102) -> (tensor<1x512x7x7xf32>) {
      %123 = scf.for %arg45 = %c0 to %c7 step %c1 iter_args(%arg46 = %arg44) -> (tensor<1x512x7x7xf32>) {
        %124 = scf.for %arg47 = %c0 to %c7 step %c1 iter_args(%arg48 = %arg46) -> (tensor<1x512x7x7xf32>) {
          %extracted_slice = tensor.extract_slice %arg38[%arg43] [1] [1] : tensor<512xf32> to tensor<1xf32>
          %extracted_slice_25 = tensor.extract_slice %arg48[0, %arg43, %arg45, %arg47] [1, 1, 1, 1] [1, 1, 1, 1] : tensor<1x512x7x7xf32> to tensor<1x1x1x1xf32>
          %125 = linalg.generic {indexing_maps = [#map7, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice : tensor<1xf32>) outs(%extracted_slice_25 : tensor<1x1x1x1xf32>) attrs =  {tag = "operation_60"} {
          ^bb0(%in: f32, %out: f32):
            linalg.yield %in : f32
          } -> tensor<1x1x1x1xf32>
          %inserted_slice = tensor.insert_slice %125 into %arg48[0, %arg43, %arg45, %arg47] [1, 1, 1, 1] [1, 1, 1, 1] : tensor<1x1x1x1xf32> into tensor<1x512x7x7xf32>
          scf.yield %inserted_slice : tensor<1x512x7x7xf32>
        }
        scf.yield %124 : tensor<1x512x7x7xf32>
      }
      scf.yield %123 : tensor<1x512x7x7xf32>
    }
    %104 = scf.forall (%arg43, %arg44, %arg45) in (8, 7, 7) shared_outs(%arg46 = %103) -> (tensor<1x512x7x7xf32>) {
      %123 = affine.apply #map6(%arg43)
      %extracted_slice = tensor.extract_slice %padded_23[0, 0, %arg44, %arg45] [1, 512, 3, 3] [1, 1, 1, 1] : tensor<1x512x9x9xf32> to tensor<1x512x3x3xf32>
      %extracted_slice_25 = tensor.extract_slice %arg37[%123, 0, 0, 0] [64, 512, 3, 3] [1, 1, 1, 1] : tensor<512x512x3x3xf32> to tensor<64x512x3x3xf32>
      %extracted_slice_26 = tensor.extract_slice %arg46[0, %123, %arg44, %arg45] [1, 64, 1, 1] [1, 1, 1, 1] : tensor<1x512x7x7xf32> to tensor<1x64x1x1xf32>
      %124 = scf.for %arg47 = %c0 to %c512 step %c64 iter_args(%arg48 = %extracted_slice_26) -> (tensor<1x64x1x1xf32>) {
        %125 = scf.for %arg49 = %c0 to %c3 step %c1 iter_args(%arg50 = %arg48) -> (tensor<1x64x1x1xf32>) {
          %126 = scf.for %arg51 = %c0 to %c3 step %c1 iter_args(%arg52 = %arg50) -> (tensor<1x64x1x1xf32>) {
            %extracted_slice_27 = tensor.extract_slice %extracted_slice[0, %arg47, %arg49, %arg51] [1, 64, 1, 1] [1, 1, 1, 1] : tensor<1x512x3x3xf32> to tensor<1x64x1x1xf32>
            %extracted_slice_28 = tensor.extract_slice %extracted_slice_25[0, %arg47, %arg49, %arg51] [64, 64, 1, 1] [1, 1, 1, 1] : tensor<64x512x3x3xf32> to tensor<64x64x1x1xf32>
            %127 = scf.for %arg53 = %c0 to %c64 step %c1 iter_args(%arg54 = %arg52) -> (tensor<1x64x1x1xf32>) {
              %128 = scf.for %arg55 = %c0 to %c64 step %c1 iter_args(%arg56 = %arg54) -> (tensor<1x64x1x1xf32>) {
                %extracted_slice_29 = tensor.extract_slice %extracted_slice_27[0, %arg55, 0, 0] [1, 1, 1, 1] [1, 1, 1, 1] : tensor<1x64x1x1xf32> to tensor<1x1x1x1xf32>
                %extracted_slice_30 = tensor.extract_slice %extracted_slice_28[%arg53, %arg55, 0, 0] [1, 1, 1, 1] [1, 1, 1, 1] : tensor<64x64x1x1xf32> to tensor<1x1x1x1xf32>
                %extracted_slice_31 = tensor.extract_slice %arg56[0, %arg53, 0, 0] [1, 1, 1, 1] [1, 1, 1, 1] : tensor<1x64x1x1xf32> to tensor<1x1x1x1xf32>
                %129 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>, tag = "operation_61"} ins(%extracted_slice_29, %extracted_slice_30 : tensor<1x1x1x1xf32>, tensor<1x1x1x1xf32>) outs(%extracted_slice_31 : tensor<1x1x1x1xf32>) -> tensor<1x1x1x1xf32>
                %inserted_slice = tensor.insert_slice %129 into %arg56[0, %arg53, 0, 0] [1, 1, 1, 1] [1, 1, 1, 1] : tensor<1x1x1x1xf32> into tensor<1x64x1x1xf32>
                scf.yield %inserted_slice : tensor<1x64x1x1xf32>
              }
              scf.yield %128 : tensor<1x64x1x1xf32>
            }
            scf.yield %127 : tensor<1x64x1x1xf32>
          }
          scf.yield %126 : tensor<1x64x1x1xf32>
        }
        scf.yield %125 : tensor<1x64x1x1xf32>
      }
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %124 into %arg46[0, %123, %arg44, %arg45] [1, 64, 1, 1] [1, 1, 1, 1] : tensor<1x64x1x1xf32> into tensor<1x512x7x7xf32>
      }
    }
    %105 = tensor.empty() : tensor<1x512x7x7xf32>
    %106 = scf.for %arg43 = %c0 to %c512 step %c1 iter_args(%arg44 = %105) -> (tensor<1x512x7x7xf32>) {
      %123 = scf.for %arg45 = %c0 to %c7 step %c1 iter_args(%arg46 = %arg44) -> (tensor<1x512x7x7xf32>) {
        %124 = scf.for %arg47 = %c0 to %c7 step %c1 iter_args(%arg48 = %arg46) -> (tensor<1x512x7x7xf32>) {
          %extracted_slice = tensor.extract_slice %104[0, %arg43, %arg45, %arg47] [1, 1, 1, 1] [1, 1, 1, 1] : tensor<1x512x7x7xf32> to tensor<1x1x1x1xf32>
          %extracted_slice_25 = tensor.extract_slice %arg48[0, %arg43, %arg45, %arg47] [1, 1, 1, 1] [1, 1, 1, 1] : tensor<1x512x7x7xf32> to tensor<1x1x1x1xf32>
          %125 = linalg.generic {indexing_maps = [#map5, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice : tensor<1x1x1x1xf32>) outs(%extracted_slice_25 : tensor<1x1x1x1xf32>) attrs =  {tag = "operation_62"} {
          ^bb0(%in: f32, %out: f32):
            %126 = arith.maximumf %in, %cst_7 : f32
            linalg.yield %126 : f32
          } -> tensor<1x1x1x1xf32>
          %inserted_slice = tensor.insert_slice %125 into %arg48[0, %arg43, %arg45, %arg47] [1, 1, 1, 1] [1, 1, 1, 1] : tensor<1x1x1x1xf32> into tensor<1x512x7x7xf32>
          scf.yield %inserted_slice : tensor<1x512x7x7xf32>
        }
        scf.yield %124 : tensor<1x512x7x7xf32>
      }
      scf.yield %123 : tensor<1x512x7x7xf32>
    }
    %padded_24 = tensor.pad %106 low[0, 0, 1, 1] high[0, 0, 1, 1] {
    ^bb0(%arg43: index, %arg44: index, %arg45: index, %arg46: index):
      tensor.yield %cst_7 : f32
    } : tensor<1x512x7x7xf32> to tensor<1x512x9x9xf32>
    %107 = tensor.empty() : tensor<1x512x7x7xf32>
    %108 = scf.for %arg43 = %c0 to %c512 step %c1 iter_args(%arg44 = %107) -> (tensor<1x512x7x7xf32>) {
      %123 = scf.for %arg45 = %c0 to %c7 step %c1 iter_args(%arg46 = %arg44) -> (tensor<1x512x7x7xf32>) {
        %124 = scf.for %arg47 = %c0 to %c7 step %c1 iter_args(%arg48 = %arg46) -> (tensor<1x512x7x7xf32>) {
          %extracted_slice = tensor.extract_slice %arg40[%arg43] [1] [1] : tensor<512xf32> to tensor<1xf32>
          %extracted_slice_25 = tensor.extract_slice %arg48[0, %arg43, %arg45, %arg47] [1, 1, 1, 1] [1, 1, 1, 1] : tensor<1x512x7x7xf32> to tensor<1x1x1x1xf32>
          %125 = linalg.generic {indexing_maps = [#map7, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice : tensor<1xf32>) outs(%extracted_slice_25 : tensor<1x1x1x1xf32>) attrs =  {tag = "operation_63"} {
          ^bb0(%in: f32, %out: f32):
            linalg.yield %in : f32
          } -> tensor<1x1x1x1xf32>
          %inserted_slice = tensor.insert_slice %125 into %arg48[0, %arg43, %arg45, %arg47] [1, 1, 1, 1] [1, 1, 1, 1] : tensor<1x1x1x1xf32> into tensor<1x512x7x7xf32>
          scf.yield %inserted_slice : tensor<1x512x7x7xf32>
        }
        scf.yield %124 : tensor<1x512x7x7xf32>
      }
      scf.yield %123 : tensor<1x512x7x7xf32>
    }
    %109 = scf.forall (%arg43, %arg44, %arg45) in (8, 7, 7) shared_outs(%arg46 = %108) -> (tensor<1x512x7x7xf32>) {
      %123 = affine.apply #map6(%arg43)
      %extracted_slice = tensor.extract_slice %padded_24[0, 0, %arg44, %arg45] [1, 512, 3, 3] [1, 1, 1, 1] : tensor<1x512x9x9xf32> to tensor<1x512x3x3xf32>
      %extracted_slice_25 = tensor.extract_slice %arg39[%123, 0, 0, 0] [64, 512, 3, 3] [1, 1, 1, 1] : tensor<512x512x3x3xf32> to tensor<64x512x3x3xf32>
      %extracted_slice_26 = tensor.extract_slice %arg46[0, %123, %arg44, %arg45] [1, 64, 1, 1] [1, 1, 1, 1] : tensor<1x512x7x7xf32> to tensor<1x64x1x1xf32>
      %124 = scf.for %arg47 = %c0 to %c512 step %c64 iter_args(%arg48 = %extracted_slice_26) -> (tensor<1x64x1x1xf32>) {
        %125 = scf.for %arg49 = %c0 to %c3 step %c1 iter_args(%arg50 = %arg48) -> (tensor<1x64x1x1xf32>) {
          %126 = scf.for %arg51 = %c0 to %c3 step %c1 iter_args(%arg52 = %arg50) -> (tensor<1x64x1x1xf32>) {
            %extracted_slice_27 = tensor.extract_slice %extracted_slice[0, %arg47, %arg49, %arg51] [1, 64, 1, 1] [1, 1, 1, 1] : tensor<1x512x3x3xf32> to tensor<1x64x1x1xf32>
            %extracted_slice_28 = tensor.extract_slice %extracted_slice_25[0, %arg47, %arg49, %arg51] [64, 64, 1, 1] [1, 1, 1, 1] : tensor<64x512x3x3xf32> to tensor<64x64x1x1xf32>
            %127 = scf.for %arg53 = %c0 to %c64 step %c1 iter_args(%arg54 = %arg52) -> (tensor<1x64x1x1xf32>) {
              %128 = scf.for %arg55 = %c0 to %c64 step %c1 iter_args(%arg56 = %arg54) -> (tensor<1x64x1x1xf32>) {
                %extracted_slice_29 = tensor.extract_slice %extracted_slice_27[0, %arg55, 0, 0] [1, 1, 1, 1] [1, 1, 1, 1] : tensor<1x64x1x1xf32> to tensor<1x1x1x1xf32>
                %extracted_slice_30 = tensor.extract_slice %extracted_slice_28[%arg53, %arg55, 0, 0] [1, 1, 1, 1] [1, 1, 1, 1] : tensor<64x64x1x1xf32> to tensor<1x1x1x1xf32>
                %extracted_slice_31 = tensor.extract_slice %arg56[0, %arg53, 0, 0] [1, 1, 1, 1] [1, 1, 1, 1] : tensor<1x64x1x1xf32> to tensor<1x1x1x1xf32>
                %129 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>, tag = "operation_64"} ins(%extracted_slice_29, %extracted_slice_30 : tensor<1x1x1x1xf32>, tensor<1x1x1x1xf32>) outs(%extracted_slice_31 : tensor<1x1x1x1xf32>) -> tensor<1x1x1x1xf32>
                %inserted_slice = tensor.insert_slice %129 into %arg56[0, %arg53, 0, 0] [1, 1, 1, 1] [1, 1, 1, 1] : tensor<1x1x1x1xf32> into tensor<1x64x1x1xf32>
                scf.yield %inserted_slice : tensor<1x64x1x1xf32>
              }
              scf.yield %128 : tensor<1x64x1x1xf32>
            }
            scf.yield %127 : tensor<1x64x1x1xf32>
          }
          scf.yield %126 : tensor<1x64x1x1xf32>
        }
        scf.yield %125 : tensor<1x64x1x1xf32>
      }
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %124 into %arg46[0, %123, %arg44, %arg45] [1, 64, 1, 1] [1, 1, 1, 1] : tensor<1x64x1x1xf32> into tensor<1x512x7x7xf32>
      }
    }
    %110 = tensor.empty() : tensor<1x512x7x7xf32>
    %111 = scf.for %arg43 = %c0 to %c512 step %c1 iter_args(%arg44 = %110) -> (tensor<1x512x7x7xf32>) {
      %123 = scf.for %arg45 = %c0 to %c7 step %c1 iter_args(%arg46 = %arg44) -> (tensor<1x512x7x7xf32>) {
        %124 = scf.for %arg47 = %c0 to %c7 step %c1 iter_args(%arg48 = %arg46) -> (tensor<1x512x7x7xf32>) {
          %extracted_slice = tensor.extract_slice %109[0, %arg43, %arg45, %arg47] [1, 1, 1, 1] [1, 1, 1, 1] : tensor<1x512x7x7xf32> to tensor<1x1x1x1xf32>
          %extracted_slice_25 = tensor.extract_slice %101[0, %arg43, %arg45, %arg47] [1, 1, 1, 1] [1, 1, 1, 1] : tensor<1x512x7x7xf32> to tensor<1x1x1x1xf32>
          %extracted_slice_26 = tensor.extract_slice %arg48[0, %arg43, %arg45, %arg47] [1, 1, 1, 1] [1, 1, 1, 1] : tensor<1x512x7x7xf32> to tensor<1x1x1x1xf32>
          %125 = linalg.generic {indexing_maps = [#map5, #map5, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice, %extracted_slice_25 : tensor<1x1x1x1xf32>, tensor<1x1x1x1xf32>) outs(%extracted_slice_26 : tensor<1x1x1x1xf32>) attrs =  {tag = "operation_65"} {
          ^bb0(%in: f32, %in_27: f32, %out: f32):
            %126 = arith.addf %in, %in_27 : f32
            linalg.yield %126 : f32
          } -> tensor<1x1x1x1xf32>
          %inserted_slice = tensor.insert_slice %125 into %arg48[0, %arg43, %arg45, %arg47] [1, 1, 1, 1] [1, 1, 1, 1] : tensor<1x1x1x1xf32> into tensor<1x512x7x7xf32>
          scf.yield %inserted_slice : tensor<1x512x7x7xf32>
        }
        scf.yield %124 : tensor<1x512x7x7xf32>
      }
      scf.yield %123 : tensor<1x512x7x7xf32>
    }
    %112 = tensor.empty() : tensor<1x512x7x7xf32>
    %113 = scf.for %arg43 = %c0 to %c512 step %c1 iter_args(%arg44 = %112) -> (tensor<1x512x7x7xf32>) {
      %123 = scf.for %arg45 = %c0 to %c7 step %c1 iter_args(%arg46 = %arg44) -> (tensor<1x512x7x7xf32>) {
        %124 = scf.for %arg47 = %c0 to %c7 step %c1 iter_args(%arg48 = %arg46) -> (tensor<1x512x7x7xf32>) {
          %extracted_slice = tensor.extract_slice %111[0, %arg43, %arg45, %arg47] [1, 1, 1, 1] [1, 1, 1, 1] : tensor<1x512x7x7xf32> to tensor<1x1x1x1xf32>
          %extracted_slice_25 = tensor.extract_slice %arg48[0, %arg43, %arg45, %arg47] [1, 1, 1, 1] [1, 1, 1, 1] : tensor<1x512x7x7xf32> to tensor<1x1x1x1xf32>
          %125 = linalg.generic {indexing_maps = [#map5, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice : tensor<1x1x1x1xf32>) outs(%extracted_slice_25 : tensor<1x1x1x1xf32>) attrs =  {tag = "operation_66"} {
          ^bb0(%in: f32, %out: f32):
            %126 = arith.maximumf %in, %cst_7 : f32
            linalg.yield %126 : f32
          } -> tensor<1x1x1x1xf32>
          %inserted_slice = tensor.insert_slice %125 into %arg48[0, %arg43, %arg45, %arg47] [1, 1, 1, 1] [1, 1, 1, 1] : tensor<1x1x1x1xf32> into tensor<1x512x7x7xf32>
          scf.yield %inserted_slice : tensor<1x512x7x7xf32>
        }
        scf.yield %124 : tensor<1x512x7x7xf32>
      }
      scf.yield %123 : tensor<1x512x7x7xf32>
    }
    %114 = tensor.empty() : tensor<1x512x1x1xf32>
    %115 = scf.for %arg43 = %c0 to %c512 step %c1 iter_args(%arg44 = %114) -> (tensor<1x512x1x1xf32>) {
      %extracted_slice = tensor.extract_slice %arg44[0, %arg43, 0, 0] [1, 1, 1, 1] [1, 1, 1, 1] : tensor<1x512x1x1xf32> to tensor<1x1x1x1xf32>
      %123 = linalg.fill {tag = "operation_67"} ins(%cst_7 : f32) outs(%extracted_slice : tensor<1x1x1x1xf32>) -> tensor<1x1x1x1xf32>
      %inserted_slice = tensor.insert_slice %123 into %arg44[0, %arg43, 0, 0] [1, 1, 1, 1] [1, 1, 1, 1] : tensor<1x1x1x1xf32> into tensor<1x512x1x1xf32>
      scf.yield %inserted_slice : tensor<1x512x1x1xf32>
    }
    %116 = tensor.empty() : tensor<7x7xf32>
    %117 = scf.for %arg43 = %c0 to %c512 step %c1 iter_args(%arg44 = %115) -> (tensor<1x512x1x1xf32>) {
      %123 = scf.for %arg45 = %c0 to %c7 step %c1 iter_args(%arg46 = %arg44) -> (tensor<1x512x1x1xf32>) {
        %124 = scf.for %arg47 = %c0 to %c7 step %c1 iter_args(%arg48 = %arg46) -> (tensor<1x512x1x1xf32>) {
          %extracted_slice = tensor.extract_slice %113[0, %arg43, %arg45, %arg47] [1, 1, 1, 1] [1, 1, 1, 1] : tensor<1x512x7x7xf32> to tensor<1x1x1x1xf32>
          %extracted_slice_25 = tensor.extract_slice %116[%arg45, %arg47] [1, 1] [1, 1] : tensor<7x7xf32> to tensor<1x1xf32>
          %extracted_slice_26 = tensor.extract_slice %arg48[0, %arg43, 0, 0] [1, 1, 1, 1] [1, 1, 1, 1] : tensor<1x512x1x1xf32> to tensor<1x1x1x1xf32>
          %125 = linalg.pooling_nchw_sum {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>, tag = "operation_68"} ins(%extracted_slice, %extracted_slice_25 : tensor<1x1x1x1xf32>, tensor<1x1xf32>) outs(%extracted_slice_26 : tensor<1x1x1x1xf32>) -> tensor<1x1x1x1xf32>
          %inserted_slice = tensor.insert_slice %125 into %arg48[0, %arg43, 0, 0] [1, 1, 1, 1] [1, 1, 1, 1] : tensor<1x1x1x1xf32> into tensor<1x512x1x1xf32>
          scf.yield %inserted_slice : tensor<1x512x1x1xf32>
        }
        scf.yield %124 : tensor<1x512x1x1xf32>
      }
      scf.yield %123 : tensor<1x512x1x1xf32>
    }
    %118 = tensor.empty() : tensor<1x512x1x1xf32>
    %119 = scf.for %arg43 = %c0 to %c512 step %c1 iter_args(%arg44 = %118) -> (tensor<1x512x1x1xf32>) {
      %extracted_slice = tensor.extract_slice %117[0, %arg43, 0, 0] [1, 1, 1, 1] [1, 1, 1, 1] : tensor<1x512x1x1xf32> to tensor<1x1x1x1xf32>
      %extracted_slice_25 = tensor.extract_slice %arg44[0, %arg43, 0, 0] [1, 1, 1, 1] [1, 1, 1, 1] : tensor<1x512x1x1xf32> to tensor<1x1x1x1xf32>
      %123 = linalg.generic {indexing_maps = [#map5, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice : tensor<1x1x1x1xf32>) outs(%extracted_slice_25 : tensor<1x1x1x1xf32>) attrs =  {tag = "operation_69"} {
      ^bb0(%in: f32, %out: f32):
        %124 = arith.mulf %in, %cst_5 : f32
        linalg.yield %124 : f32
      } -> tensor<1x1x1x1xf32>
      %inserted_slice = tensor.insert_slice %123 into %arg44[0, %arg43, 0, 0] [1, 1, 1, 1] [1, 1, 1, 1] : tensor<1x1x1x1xf32> into tensor<1x512x1x1xf32>
      scf.yield %inserted_slice : tensor<1x512x1x1xf32>
    }
    %collapsed = tensor.collapse_shape %119 [[0], [1, 2, 3]] : tensor<1x512x1x1xf32> into tensor<1x512xf32>
    %120 = tensor.empty() : tensor<1x1000xf32>
    %121 = scf.for %arg43 = %c0 to %c1000 step %c8 iter_args(%arg44 = %120) -> (tensor<1x1000xf32>) {
      %extracted_slice = tensor.extract_slice %arg42[%arg43] [8] [1] : tensor<1000xf32> to tensor<8xf32>
      %extracted_slice_25 = tensor.extract_slice %arg44[0, %arg43] [1, 8] [1, 1] : tensor<1x1000xf32> to tensor<1x8xf32>
      %123 = vector.transfer_read %extracted_slice[%c0], %0 {in_bounds = [true]} : tensor<8xf32>, vector<8xf32>
      %124 = vector.broadcast %123 : vector<8xf32> to vector<1x8xf32>
      %125 = vector.transfer_write %124, %extracted_slice_25[%c0, %c0] {in_bounds = [true, true]} : vector<1x8xf32>, tensor<1x8xf32>
      %inserted_slice = tensor.insert_slice %125 into %arg44[0, %arg43] [1, 8] [1, 1] : tensor<1x8xf32> into tensor<1x1000xf32>
      scf.yield %inserted_slice : tensor<1x1000xf32>
    }
    %122 = scf.forall (%arg43) in (125) shared_outs(%arg44 = %121) -> (tensor<1x1000xf32>) {
      %123 = affine.apply #map4(%arg43)
      %extracted_slice = tensor.extract_slice %arg41[0, %123] [512, 8] [1, 1] : tensor<512x1000xf32> to tensor<512x8xf32>
      %extracted_slice_25 = tensor.extract_slice %arg44[0, %123] [1, 8] [1, 1] : tensor<1x1000xf32> to tensor<1x8xf32>
      %124 = scf.for %arg45 = %c0 to %c512 step %c64 iter_args(%arg46 = %extracted_slice_25) -> (tensor<1x8xf32>) {
        %extracted_slice_26 = tensor.extract_slice %collapsed[0, %arg45] [1, 64] [1, 1] : tensor<1x512xf32> to tensor<1x64xf32>
        %extracted_slice_27 = tensor.extract_slice %extracted_slice[%arg45, 0] [64, 8] [1, 1] : tensor<512x8xf32> to tensor<64x8xf32>
        %125 = scf.for %arg47 = %c0 to %c8 step %c4 iter_args(%arg48 = %arg46) -> (tensor<1x8xf32>) {
          %126 = scf.for %arg49 = %c0 to %c64 step %c1 iter_args(%arg50 = %arg48) -> (tensor<1x8xf32>) {
            %extracted_slice_28 = tensor.extract_slice %extracted_slice_26[0, %arg49] [1, 1] [1, 1] : tensor<1x64xf32> to tensor<1x1xf32>
            %extracted_slice_29 = tensor.extract_slice %extracted_slice_27[%arg49, %arg47] [1, 4] [1, 1] : tensor<64x8xf32> to tensor<1x4xf32>
            %extracted_slice_30 = tensor.extract_slice %arg50[0, %arg47] [1, 4] [1, 1] : tensor<1x8xf32> to tensor<1x4xf32>
            %127 = vector.transfer_read %extracted_slice_28[%c0, %c0], %0 {in_bounds = [true, true]} : tensor<1x1xf32>, vector<1x1xf32>
            %128 = vector.transfer_read %extracted_slice_29[%c0, %c0], %0 {in_bounds = [true, true]} : tensor<1x4xf32>, vector<1x4xf32>
            %129 = vector.transfer_read %extracted_slice_30[%c0, %c0], %0 {in_bounds = [true, true]} : tensor<1x4xf32>, vector<1x4xf32>
            %130 = vector.extract %128[0] : vector<4xf32> from vector<1x4xf32>
            %131 = vector.extract %127[0, 0] : f32 from vector<1x1xf32>
            %132 = vector.broadcast %131 : f32 to vector<4xf32>
            %133 = vector.extract %129[0] : vector<4xf32> from vector<1x4xf32>
            %134 = vector.fma %132, %130, %133 : vector<4xf32>
            %135 = vector.broadcast %134 : vector<4xf32> to vector<1x4xf32>
            %136 = vector.transfer_write %135, %extracted_slice_30[%c0, %c0] {in_bounds = [true, true]} : vector<1x4xf32>, tensor<1x4xf32>
            %inserted_slice = tensor.insert_slice %136 into %arg50[0, %arg47] [1, 4] [1, 1] : tensor<1x4xf32> into tensor<1x8xf32>
            scf.yield %inserted_slice : tensor<1x8xf32>
          }
          scf.yield %126 : tensor<1x8xf32>
        }
        scf.yield %125 : tensor<1x8xf32>
      }
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %124 into %arg44[0, %123] [1, 8] [1, 1] : tensor<1x8xf32> into tensor<1x1000xf32>
      }
    }
    return %122 : tensor<1x1000xf32>
  }
}
