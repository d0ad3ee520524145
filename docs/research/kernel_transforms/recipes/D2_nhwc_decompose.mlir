module attributes {transform.with_named_sequence} {
  transform.named_sequence @__transform_main(%root: !transform.any_op {transform.readonly}) {
    %op = transform.structured.match attributes{tag = "operation_0"} in %root : (!transform.any_op) -> !transform.any_op
    // Loops of conv_2d_nhwc_hwcf: (n, oh, ow, f, kh, kw, c) = (1, 28, 28, 64, 3, 3, 64).
    %t1, %forall = transform.structured.tile_using_forall %op tile_sizes [0, 14, 0, 0, 0, 0, 0] : (!transform.any_op) -> (!transform.any_op, !transform.any_op)
    // IREE's x86 vector tile is [1, 1, 8, vector width, 1, 1, 8]; here OW 7 (28 = 4 x 7), OC 32 (2 zmm), IC 8.
    %t2, %l:7 = transform.structured.tile_using_for %t1 tile_sizes [1, 1, 7, 32, 1, 1, 8] : (!transform.any_op) -> (!transform.any_op, !transform.any_op, !transform.any_op, !transform.any_op, !transform.any_op, !transform.any_op, !transform.any_op, !transform.any_op)
    // oh = kh = 1 now: rewrite to linalg.conv_1d_nwc_wcf (1x7x32 output, kw 1, c 8).
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
    // Reduction loops c, kw, kh (innermost first): the output tile stays in registers across all three.
    transform.loop.hoist_loop_invariant_subsets %l#6 : !transform.any_op
    transform.loop.hoist_loop_invariant_subsets %l#5 : !transform.any_op
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
