module attributes {transform.with_named_sequence} {
  transform.named_sequence @__transform_main(%root: !transform.any_op {transform.readonly}) {
    %op = transform.structured.match attributes{tag = "operation_0"} in %root : (!transform.any_op) -> !transform.any_op
    // Like mlirrl's TP then T actions on conv_2d_nhwc_hwcf (n, oh, ow, f, kh, kw, c):
    %t1, %forall = transform.structured.tile_using_forall %op tile_sizes [0, 14, 0, 0, 0, 0, 0] : (!transform.any_op) -> (!transform.any_op, !transform.any_op)
    %t2, %l:5 = transform.structured.tile_using_for %t1 tile_sizes [0, 0, 7, 32, 1, 1, 8] : (!transform.any_op) -> (!transform.any_op, !transform.any_op, !transform.any_op, !transform.any_op, !transform.any_op, !transform.any_op)
    transform.yield
  }
}
