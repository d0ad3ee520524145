// An external function called from inside a linalg.generic body.
module {
  func.func private @putchar(i32) -> i32
  func.func @main(%a: tensor<16xf32>, %o: tensor<16xf32>) -> tensor<16xf32> {
    %0 = linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>], iterator_types = ["parallel"]}
        ins(%a : tensor<16xf32>) outs(%o : tensor<16xf32>) {
    ^bb0(%x: f32, %y: f32):
      %c = arith.constant 65 : i32
      %r = func.call @putchar(%c) : (i32) -> i32
      linalg.yield %x : f32
    } -> tensor<16xf32>
    return %0 : tensor<16xf32>
  }
}
