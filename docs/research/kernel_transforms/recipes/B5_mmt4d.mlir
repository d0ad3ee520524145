module attributes {transform.with_named_sequence} {
  transform.named_sequence @__transform_main(%root: !transform.any_op {transform.readonly}) {
    %op = transform.structured.match attributes{tag = "operation_0"} in %root : (!transform.any_op) -> !transform.any_op
    %packed = transform.structured.pack %op packed_sizes = [8, 16, 1] : (!transform.any_op) -> !transform.any_op
    %pb = transform.get_producer_of_operand %packed[1] : (!transform.any_op) -> !transform.any_op
    %packed2, %pack_b, %u = transform.structured.pack_transpose %pb with_compute_op(%packed) outer_perm = [1, 0] : (!transform.any_op, !transform.any_op) -> (!transform.any_op, !transform.any_op, !transform.any_op)
    %mmt4d = transform.structured.specialize %packed2 : (!transform.any_op) -> !transform.any_op
    transform.yield
  }
}
