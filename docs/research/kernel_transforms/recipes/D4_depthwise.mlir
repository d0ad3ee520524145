module attributes {transform.with_named_sequence} {
  transform.named_sequence @__transform_main(%root: !transform.any_op {transform.readonly}) {
    %op = transform.structured.match attributes{tag = "operation_0"} in %root : (!transform.any_op) -> !transform.any_op
    // Loops of depthwise_conv_2d_nhwc_hwc: (n, oh, ow, c, kh, kw) = (1, 28, 28, 64, 3, 3).
    %t1, %forall = transform.structured.tile_using_forall %op tile_sizes [0, 14, 0, 0, 0, 0] : (!transform.any_op) -> (!transform.any_op, !transform.any_op)
    // IREE's x86 tile: [1, 1, 8, vector width, 1, 3] (OW 7 here, all of KW).
    %t2, %l:5 = transform.structured.tile_using_for %t1 tile_sizes [1, 1, 7, 16, 1, 0] : (!transform.any_op) -> (!transform.any_op, !transform.any_op, !transform.any_op, !transform.any_op, !transform.any_op, !transform.any_op)
    // oh = kh = 1: rewrite to linalg.depthwise_conv_1d_nwc_wc.
    %d = transform.structured.decompose %t2 : (!transform.any_op) -> !transform.any_op
    transform.structured.vectorize %d : !transform.any_op
    %f = transform.structured.match ops{["func.func"]} in %root : (!transform.any_op) -> !transform.any_op
    transform.apply_patterns to %f {
      transform.apply_patterns.canonicalization
    } : !transform.any_op
    transform.loop.hoist_loop_invariant_subsets %l#4 : !transform.any_op
    transform.apply_patterns to %f {
      transform.apply_patterns.vector.lower_contraction lowering_strategy = "outerproduct"
      transform.apply_patterns.vector.transfer_permutation_patterns
      transform.apply_patterns.vector.lower_multi_reduction lowering_strategy = "innerparallel"
      transform.apply_patterns.vector.lower_transfer max_transfer_rank = 1
      transform.apply_patterns.vector.lower_outerproduct
      transform.apply_patterns.canonicalization
    } : !transform.any_op
    transform.yield
  }
}
