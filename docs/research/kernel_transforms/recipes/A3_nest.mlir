module attributes {transform.with_named_sequence} {
  transform.named_sequence @__transform_main(%root: !transform.any_op {transform.readonly}) {
    %op = transform.structured.match attributes{tag = "operation_0"} in %root : (!transform.any_op) -> !transform.any_op
    %l1 = transform.get_parent_op %op {op_name = "scf.for", allow_empty_results} : (!transform.any_op) -> !transform.any_op
    %l2 = transform.get_parent_op %op {op_name = "scf.for", nth_parent = 2, allow_empty_results} : (!transform.any_op) -> !transform.any_op
    %l3 = transform.get_parent_op %op {op_name = "scf.for", nth_parent = 3, allow_empty_results} : (!transform.any_op) -> !transform.any_op
    transform.structured.vectorize %op {create_named_contraction} : !transform.any_op
    %f = transform.structured.match ops{["func.func"]} in %root : (!transform.any_op) -> !transform.any_op
    transform.apply_patterns to %f {
      transform.apply_patterns.canonicalization
    } : !transform.any_op
    transform.loop.hoist_loop_invariant_subsets %l1 : !transform.any_op
    transform.loop.hoist_loop_invariant_subsets %l2 : !transform.any_op
    transform.loop.hoist_loop_invariant_subsets %l3 : !transform.any_op
    transform.yield
  }
}
