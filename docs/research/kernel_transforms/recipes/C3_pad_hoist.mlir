module attributes {transform.with_named_sequence} {
  transform.named_sequence @__transform_main(%root: !transform.any_op {transform.readonly}) {
    %op = transform.structured.match attributes{tag = "operation_0"} in %root : (!transform.any_op) -> !transform.any_op
    %t1, %forall = transform.structured.tile_using_forall %op tile_sizes [64, 64, 0] : (!transform.any_op) -> (!transform.any_op, !transform.any_op)
    // Register-tile the parallel dims only; partial tiles are tensor<?x?xf32>.
    %t2, %l:2 = transform.structured.tile_using_for %t1 tile_sizes [8, 16, 0] : (!transform.any_op) -> (!transform.any_op, !transform.any_op, !transform.any_op)
    // Pad M and N of each tile up to 8 and 16 (K stays 61): static shapes again.
    %padded, %pad, %copy = transform.structured.pad %t2 pad_to_multiple_of [8, 16, 1] {padding_values = [0.0 : f32, 0.0 : f32, 0.0 : f32], padding_dimensions = [0, 1, 2], nofold_flags = [1, 1, 0]} : (!transform.any_op) -> (!transform.any_op, !transform.any_op, !transform.any_op)
    // Hoist B's pad out of both tile loops: a packing loop nest builds a (N/16)x61x16 panel once per forall tile.
    %pad_b = transform.get_producer_of_operand %padded[1] : (!transform.any_op) -> !transform.any_op
    %hoisted_b = transform.structured.hoist_pad %pad_b by 2 loops : (!transform.any_op) -> !transform.any_op
    // A's pad above the j loop: one 8x61 panel per i step.
    %pad_a = transform.get_producer_of_operand %padded[0] : (!transform.any_op) -> !transform.any_op
    %hoisted_a = transform.structured.hoist_pad %pad_a by 1 loops : (!transform.any_op) -> !transform.any_op
    %t3, %k = transform.structured.tile_using_for %padded tile_sizes [0, 0, 1] : (!transform.any_op) -> (!transform.any_op, !transform.any_op)
    transform.structured.vectorize %t3 {create_named_contraction} : !transform.any_op
    %f = transform.structured.match ops{["func.func"]} in %root : (!transform.any_op) -> !transform.any_op
    transform.apply_patterns to %f {
      transform.apply_patterns.canonicalization
    } : !transform.any_op
    transform.loop.hoist_loop_invariant_subsets %k : !transform.any_op
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
