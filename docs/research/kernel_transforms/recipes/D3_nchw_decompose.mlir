module attributes {transform.with_named_sequence} {
  transform.named_sequence @__transform_main(%root: !transform.any_op {transform.readonly}) {
    %op = transform.structured.match attributes{tag = "operation_0"} in %root : (!transform.any_op) -> !transform.any_op
    // Loops of conv_2d_nchw_fchw: (n, f, oh, ow, c, kh, kw) = (1, 64, 28, 28, 64, 3, 3).
    %t1, %forall = transform.structured.tile_using_forall %op tile_sizes [0, 32, 0, 0, 0, 0, 0] : (!transform.any_op) -> (!transform.any_op, !transform.any_op)
    // IREE's x86 tile permuted to NCHW: [1, OC 16, OH 1, OW 8, IC 8, KH 1, KW 1] (OW 14 here).
    %t2, %l:7 = transform.structured.tile_using_for %t1 tile_sizes [1, 16, 1, 14, 8, 1, 1] : (!transform.any_op) -> (!transform.any_op, !transform.any_op, !transform.any_op, !transform.any_op, !transform.any_op, !transform.any_op, !transform.any_op, !transform.any_op)
    %d = transform.structured.decompose %t2 : (!transform.any_op) -> !transform.any_op
    transform.structured.vectorize %d : !transform.any_op
    %f = transform.structured.match ops{["func.func"]} in %root : (!transform.any_op) -> !transform.any_op
    transform.apply_patterns to %f {
      transform.apply_patterns.vector.reduction_to_contract
      transform.apply_patterns.vector.transfer_permutation_patterns
    } : !transform.any_op
    transform.apply_patterns to %f {
      transform.apply_patterns.canonicalization
    } : !transform.any_op
    // Reduction loops kw, kh, c (innermost first).
    transform.loop.hoist_loop_invariant_subsets %l#6 : !transform.any_op
    transform.loop.hoist_loop_invariant_subsets %l#5 : !transform.any_op
    transform.loop.hoist_loop_invariant_subsets %l#4 : !transform.any_op
    transform.apply_patterns to %f {
      transform.apply_patterns.vector.lower_contraction lowering_strategy = "outerproduct"
      transform.apply_patterns.vector.transfer_permutation_patterns
      transform.apply_patterns.vector.lower_multi_reduction lowering_strategy = "innerparallel"
      transform.apply_patterns.vector.lower_transfer max_transfer_rank = 1
      transform.apply_patterns.vector.lower_transpose lowering_strategy = "shuffle_1d"
      transform.apply_patterns.vector.lower_outerproduct
      transform.apply_patterns.canonicalization
    } : !transform.any_op
    transform.yield
  }
}
