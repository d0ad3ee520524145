module attributes {transform.with_named_sequence} {
  transform.named_sequence @__transform_main(%root: !transform.any_op {transform.readonly}) {
    %op = transform.structured.match attributes{tag = "operation_0"} in %root : (!transform.any_op) -> !transform.any_op
    %im2col, %res = transform.structured.convert_conv2d_to_img2col %op : (!transform.any_op) -> (!transform.any_op, !transform.any_op)
    // %res is the tensor.expand_shape of the result; its producer is the contraction,
    // a linalg.generic with loops (n, f, oh*ow, c*kh*kw) = (1, 64, 784, 576).
    %mm = transform.get_producer_of_operand %res[0] : (!transform.any_op) -> !transform.any_op
    %t1, %forall = transform.structured.tile_using_forall %mm tile_sizes [0, 32, 0, 0] : (!transform.any_op) -> (!transform.any_op, !transform.any_op)
    %t2, %l2:2 = transform.structured.tile_using_for %t1 tile_sizes [0, 0, 112, 64] : (!transform.any_op) -> (!transform.any_op, !transform.any_op, !transform.any_op)
    %t3, %l3:3 = transform.structured.tile_using_for %t2 tile_sizes [0, 8, 16, 1] : (!transform.any_op) -> (!transform.any_op, !transform.any_op, !transform.any_op, !transform.any_op)
    transform.structured.vectorize %t3 : !transform.any_op
    %f = transform.structured.match ops{["func.func"]} in %root : (!transform.any_op) -> !transform.any_op
    transform.apply_patterns to %f {
      transform.apply_patterns.vector.reduction_to_contract
      transform.apply_patterns.vector.transfer_permutation_patterns
    } : !transform.any_op
    transform.apply_patterns to %f {
      transform.apply_patterns.canonicalization
    } : !transform.any_op
    transform.loop.hoist_loop_invariant_subsets %l3#2 : !transform.any_op
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
