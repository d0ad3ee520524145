func.func @kern(%x0: tensor<1x30x30x64xf32>, %x1: tensor<3x3x64x64xf32>, %o: tensor<1x28x28x64xf32>) -> tensor<1x28x28x64xf32> {
  %r = linalg.conv_2d_nhwc_hwcf {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>, tag = "operation_0"} ins(%x0, %x1 : tensor<1x30x30x64xf32>, tensor<3x3x64x64xf32>) outs(%o : tensor<1x28x28x64xf32>) -> tensor<1x28x28x64xf32>
  return %r : tensor<1x28x28x64xf32>
}
func.func @ref(%x0: tensor<1x30x30x64xf32>, %x1: tensor<3x3x64x64xf32>, %o: tensor<1x28x28x64xf32>) -> tensor<1x28x28x64xf32> {
  %r = linalg.conv_2d_nhwc_hwcf {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%x0, %x1 : tensor<1x30x30x64xf32>, tensor<3x3x64x64xf32>) outs(%o : tensor<1x28x28x64xf32>) -> tensor<1x28x28x64xf32>
  return %r : tensor<1x28x28x64xf32>
}
func.func @main() {
    %e_in0 = tensor.empty() : tensor<1x30x30x64xf32>
    %in0 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} outs(%e_in0 : tensor<1x30x30x64xf32>) {
    ^bb0(%o: f32):
      %i0 = linalg.index 0 : index
      %i1 = linalg.index 1 : index
      %i2 = linalg.index 2 : index
      %i3 = linalg.index 3 : index
      %c3_s = arith.constant 3 : index
      %a0 = arith.addi %c3_s, %c3_s : index
      %p0 = arith.constant 3 : index
      %m0 = arith.muli %i0, %p0 : index
      %a1 = arith.addi %a0, %m0 : index
      %p1 = arith.constant 5 : index
      %m1 = arith.muli %i1, %p1 : index
      %a2 = arith.addi %a1, %m1 : index
      %p2 = arith.constant 7 : index
      %m2 = arith.muli %i2, %p2 : index
      %a3 = arith.addi %a2, %m2 : index
      %p3 = arith.constant 11 : index
      %m3 = arith.muli %i3, %p3 : index
      %a4 = arith.addi %a3, %m3 : index
      %c17 = arith.constant 17 : index
      %r = arith.remui %a4, %c17 : index
      %ri = arith.index_cast %r : index to i32
      %rf = arith.sitofp %ri : i32 to f32
      %c8 = arith.constant 8.0 : f32
      %rs = arith.subf %rf, %c8 : f32
      %v = arith.divf %rs, %c8 : f32
      linalg.yield %v : f32
    } -> tensor<1x30x30x64xf32>
    %e_in1 = tensor.empty() : tensor<3x3x64x64xf32>
    %in1 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} outs(%e_in1 : tensor<3x3x64x64xf32>) {
    ^bb0(%o: f32):
      %i0 = linalg.index 0 : index
      %i1 = linalg.index 1 : index
      %i2 = linalg.index 2 : index
      %i3 = linalg.index 3 : index
      %c4_s = arith.constant 4 : index
      %a0 = arith.addi %c4_s, %c4_s : index
      %p0 = arith.constant 3 : index
      %m0 = arith.muli %i0, %p0 : index
      %a1 = arith.addi %a0, %m0 : index
      %p1 = arith.constant 5 : index
      %m1 = arith.muli %i1, %p1 : index
      %a2 = arith.addi %a1, %m1 : index
      %p2 = arith.constant 7 : index
      %m2 = arith.muli %i2, %p2 : index
      %a3 = arith.addi %a2, %m2 : index
      %p3 = arith.constant 11 : index
      %m3 = arith.muli %i3, %p3 : index
      %a4 = arith.addi %a3, %m3 : index
      %c17 = arith.constant 17 : index
      %r = arith.remui %a4, %c17 : index
      %ri = arith.index_cast %r : index to i32
      %rf = arith.sitofp %ri : i32 to f32
      %c8 = arith.constant 8.0 : f32
      %rs = arith.subf %rf, %c8 : f32
      %v = arith.divf %rs, %c8 : f32
      linalg.yield %v : f32
    } -> tensor<3x3x64x64xf32>
    %e_init = tensor.empty() : tensor<1x28x28x64xf32>
    %init = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} outs(%e_init : tensor<1x28x28x64xf32>) {
    ^bb0(%o: f32):
      %i0 = linalg.index 0 : index
      %i1 = linalg.index 1 : index
      %i2 = linalg.index 2 : index
      %i3 = linalg.index 3 : index
      %c9_s = arith.constant 9 : index
      %a0 = arith.addi %c9_s, %c9_s : index
      %p0 = arith.constant 3 : index
      %m0 = arith.muli %i0, %p0 : index
      %a1 = arith.addi %a0, %m0 : index
      %p1 = arith.constant 5 : index
      %m1 = arith.muli %i1, %p1 : index
      %a2 = arith.addi %a1, %m1 : index
      %p2 = arith.constant 7 : index
      %m2 = arith.muli %i2, %p2 : index
      %a3 = arith.addi %a2, %m2 : index
      %p3 = arith.constant 11 : index
      %m3 = arith.muli %i3, %p3 : index
      %a4 = arith.addi %a3, %m3 : index
      %c17 = arith.constant 17 : index
      %r = arith.remui %a4, %c17 : index
      %ri = arith.index_cast %r : index to i32
      %rf = arith.sitofp %ri : i32 to f32
      %c8 = arith.constant 8.0 : f32
      %rs = arith.subf %rf, %c8 : f32
      %v = arith.divf %rs, %c8 : f32
      linalg.yield %v : f32
    } -> tensor<1x28x28x64xf32>

    %k = call @kern(%in0, %in1, %init) : (tensor<1x30x30x64xf32>, tensor<3x3x64x64xf32>, tensor<1x28x28x64xf32>) -> tensor<1x28x28x64xf32>
    %f = call @ref(%in0, %in1, %init) : (tensor<1x30x30x64xf32>, tensor<3x3x64x64xf32>, tensor<1x28x28x64xf32>) -> tensor<1x28x28x64xf32>
    %z = arith.constant 0.0 : f32
    %e0 = tensor.empty() : tensor<f32>
    %z0 = linalg.fill ins(%z : f32) outs(%e0 : tensor<f32>) -> tensor<f32>
    %m = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> ()>], iterator_types = ["reduction", "reduction", "reduction", "reduction"]} ins(%k, %f : tensor<1x28x28x64xf32>, tensor<1x28x28x64xf32>) outs(%z0 : tensor<f32>) {
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

