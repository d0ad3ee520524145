func.func @kern(%x0: tensor<128x64xf32>, %x1: tensor<64x256xf32>, %o: tensor<128x256xf32>) -> tensor<128x256xf32> {
  %r = linalg.matmul {tag = "operation_0"} ins(%x0, %x1 : tensor<128x64xf32>, tensor<64x256xf32>) outs(%o : tensor<128x256xf32>) -> tensor<128x256xf32>
  return %r : tensor<128x256xf32>
}
func.func @ref(%x0: tensor<128x64xf32>, %x1: tensor<64x256xf32>, %o: tensor<128x256xf32>) -> tensor<128x256xf32> {
  %r = linalg.matmul ins(%x0, %x1 : tensor<128x64xf32>, tensor<64x256xf32>) outs(%o : tensor<128x256xf32>) -> tensor<128x256xf32>
  return %r : tensor<128x256xf32>
}
func.func @main() {
    %e_in0 = tensor.empty() : tensor<128x64xf32>
    %in0 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} outs(%e_in0 : tensor<128x64xf32>) {
    ^bb0(%o: f32):
      %i0 = linalg.index 0 : index
      %i1 = linalg.index 1 : index
      %c3_s = arith.constant 3 : index
      %a0 = arith.addi %c3_s, %c3_s : index
      %p0 = arith.constant 3 : index
      %m0 = arith.muli %i0, %p0 : index
      %a1 = arith.addi %a0, %m0 : index
      %p1 = arith.constant 5 : index
      %m1 = arith.muli %i1, %p1 : index
      %a2 = arith.addi %a1, %m1 : index
      %c17 = arith.constant 17 : index
      %r = arith.remui %a2, %c17 : index
      %ri = arith.index_cast %r : index to i32
      %rf = arith.sitofp %ri : i32 to f32
      %c8 = arith.constant 8.0 : f32
      %rs = arith.subf %rf, %c8 : f32
      %v = arith.divf %rs, %c8 : f32
      linalg.yield %v : f32
    } -> tensor<128x64xf32>
    %e_in1 = tensor.empty() : tensor<64x256xf32>
    %in1 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} outs(%e_in1 : tensor<64x256xf32>) {
    ^bb0(%o: f32):
      %i0 = linalg.index 0 : index
      %i1 = linalg.index 1 : index
      %c4_s = arith.constant 4 : index
      %a0 = arith.addi %c4_s, %c4_s : index
      %p0 = arith.constant 3 : index
      %m0 = arith.muli %i0, %p0 : index
      %a1 = arith.addi %a0, %m0 : index
      %p1 = arith.constant 5 : index
      %m1 = arith.muli %i1, %p1 : index
      %a2 = arith.addi %a1, %m1 : index
      %c17 = arith.constant 17 : index
      %r = arith.remui %a2, %c17 : index
      %ri = arith.index_cast %r : index to i32
      %rf = arith.sitofp %ri : i32 to f32
      %c8 = arith.constant 8.0 : f32
      %rs = arith.subf %rf, %c8 : f32
      %v = arith.divf %rs, %c8 : f32
      linalg.yield %v : f32
    } -> tensor<64x256xf32>
    %e_init = tensor.empty() : tensor<128x256xf32>
    %init = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} outs(%e_init : tensor<128x256xf32>) {
    ^bb0(%o: f32):
      %i0 = linalg.index 0 : index
      %i1 = linalg.index 1 : index
      %c9_s = arith.constant 9 : index
      %a0 = arith.addi %c9_s, %c9_s : index
      %p0 = arith.constant 3 : index
      %m0 = arith.muli %i0, %p0 : index
      %a1 = arith.addi %a0, %m0 : index
      %p1 = arith.constant 5 : index
      %m1 = arith.muli %i1, %p1 : index
      %a2 = arith.addi %a1, %m1 : index
      %c17 = arith.constant 17 : index
      %r = arith.remui %a2, %c17 : index
      %ri = arith.index_cast %r : index to i32
      %rf = arith.sitofp %ri : i32 to f32
      %c8 = arith.constant 8.0 : f32
      %rs = arith.subf %rf, %c8 : f32
      %v = arith.divf %rs, %c8 : f32
      linalg.yield %v : f32
    } -> tensor<128x256xf32>

    %k = call @kern(%in0, %in1, %init) : (tensor<128x64xf32>, tensor<64x256xf32>, tensor<128x256xf32>) -> tensor<128x256xf32>
    %f = call @ref(%in0, %in1, %init) : (tensor<128x64xf32>, tensor<64x256xf32>, tensor<128x256xf32>) -> tensor<128x256xf32>
    %z = arith.constant 0.0 : f32
    %e0 = tensor.empty() : tensor<f32>
    %z0 = linalg.fill ins(%z : f32) outs(%e0 : tensor<f32>) -> tensor<f32>
    %m = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> ()>], iterator_types = ["reduction", "reduction"]} ins(%k, %f : tensor<128x256xf32>, tensor<128x256xf32>) outs(%z0 : tensor<f32>) {
    ^bb0(%a: f32, %b: f32, %c: f32):
      %d = arith.subf %a, %b : f32
      %ad = math.absf %d : f32
      %mx = arith.maximumf %ad, %c : f32
      linalg.yield %mx : f32
    } -> tensor<f32>
    %s = tensor.extract %m[] : tensor<f32>
    vector.print str "maxdiff "
    vector.print %s : f32
    return
  }

