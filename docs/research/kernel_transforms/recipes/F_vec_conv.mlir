module attributes {transform.with_named_sequence} {
  transform.named_sequence @__transform_main(%root: !transform.any_op {transform.readonly}) {
    %op = transform.structured.match attributes{tag = "operation_0"} in %root : (!transform.any_op) -> !transform.any_op
    // mlirrl's V action on a conv: tile oh and kh to 1 (innermost), decompose, vectorize.
    %w0, %wl:2 = transform.structured.tile_using_for %op tile_sizes [0, 1, 0, 0, 1, 0, 0] : (!transform.any_op) -> (!transform.any_op, !transform.any_op, !transform.any_op)
    // Fold the 1-trip loops this tiling creates when oh / kh are already 1: their ivs would
    // block hoisting. (Done before any loop handle exists: the tracking listener rejects
    // erasing a loop that a live handle points to.)
    %f0 = transform.structured.match ops{["func.func"]} in %root : (!transform.any_op) -> !transform.any_op
    transform.apply_patterns to %f0 {
      transform.apply_patterns.canonicalization
    } : !transform.any_op
    // Re-match after canonicalization (it may re-create the op; the tag survives, an old
    // handle would silently become empty).
    %w = transform.structured.match attributes{tag = "operation_0"} in %root : (!transform.any_op) -> !transform.any_op
    // Handles on every enclosing scf.for, innermost first (empty when there is none).
    %p1 = transform.get_parent_op %w {op_name = "scf.for", allow_empty_results} : (!transform.any_op) -> !transform.any_op
    %p2 = transform.get_parent_op %w {op_name = "scf.for", nth_parent = 2, allow_empty_results} : (!transform.any_op) -> !transform.any_op
    %p3 = transform.get_parent_op %w {op_name = "scf.for", nth_parent = 3, allow_empty_results} : (!transform.any_op) -> !transform.any_op
    %p4 = transform.get_parent_op %w {op_name = "scf.for", nth_parent = 4, allow_empty_results} : (!transform.any_op) -> !transform.any_op
    %p5 = transform.get_parent_op %w {op_name = "scf.for", nth_parent = 5, allow_empty_results} : (!transform.any_op) -> !transform.any_op
    %p6 = transform.get_parent_op %w {op_name = "scf.for", nth_parent = 6, allow_empty_results} : (!transform.any_op) -> !transform.any_op
    %p7 = transform.get_parent_op %w {op_name = "scf.for", nth_parent = 7, allow_empty_results} : (!transform.any_op) -> !transform.any_op
    %d = transform.structured.decompose %w : (!transform.any_op) -> !transform.any_op
    transform.structured.vectorize %d : !transform.any_op
    %f = transform.structured.match ops{["func.func"]} in %root : (!transform.any_op) -> !transform.any_op
    transform.apply_patterns to %f {
      transform.apply_patterns.vector.reduction_to_contract
      transform.apply_patterns.vector.transfer_permutation_patterns
    } : !transform.any_op
    transform.loop.hoist_loop_invariant_subsets %p1 : !transform.any_op
    transform.loop.hoist_loop_invariant_subsets %p2 : !transform.any_op
    transform.loop.hoist_loop_invariant_subsets %p3 : !transform.any_op
    transform.loop.hoist_loop_invariant_subsets %p4 : !transform.any_op
    transform.loop.hoist_loop_invariant_subsets %p5 : !transform.any_op
    transform.loop.hoist_loop_invariant_subsets %p6 : !transform.any_op
    transform.loop.hoist_loop_invariant_subsets %p7 : !transform.any_op
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
