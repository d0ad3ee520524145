// A row sum whose reduction loop d1 is labelled "parallel": a parallel
// tiling of d1 would race on the output. mlirrl derives parallelism from
// the indexing maps (d1 does not index the output), so it is a reduction.
module {
  func.func @main(%a: tensor<64x256xf32>, %o: tensor<64xf32>) -> tensor<64xf32> {
    %0 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0)>], iterator_types = ["parallel", "parallel"]}
        ins(%a : tensor<64x256xf32>) outs(%o : tensor<64xf32>) {
    ^bb0(%x: f32, %acc: f32):
      %s = arith.addf %x, %acc : f32
      linalg.yield %s : f32
    } -> tensor<64xf32>
    return %0 : tensor<64xf32>
  }
}
