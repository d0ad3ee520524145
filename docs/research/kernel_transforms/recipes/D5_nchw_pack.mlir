module attributes {transform.with_named_sequence} {
  transform.named_sequence @__transform_main(%root: !transform.any_op {transform.readonly}) {
    %op = transform.structured.match attributes{tag = "operation_0"} in %root : (!transform.any_op) -> !transform.any_op
    // Loops (n, f, oh, ow, c, kh, kw): pack f by 16 and c by 8 (NCHWc-style data tiling).
    // Input 1x8x30x30x8, filter 4x8x3x3x16x8, output 1x4x28x28x16; packed loops
    // (n, F1, oh, ow, C1, kh, kw, f0, c0).
    %packed = transform.structured.pack %op packed_sizes = [0, 16, 0, 0, 8, 0, 0] : (!transform.any_op) -> !transform.any_op
    // Filter inner tile (f0, c0) -> (c0, f0): 16 contiguous output channels per input channel.
    %pf = transform.get_producer_of_operand %packed[1] : (!transform.any_op) -> !transform.any_op
    %packed2, %pack_f, %u = transform.structured.pack_transpose %pf with_compute_op(%packed) inner_perm = [1, 0] : (!transform.any_op, !transform.any_op) -> (!transform.any_op, !transform.any_op, !transform.any_op)
    %t1, %forall = transform.structured.tile_using_forall %packed2 tile_sizes [0, 2, 0, 0, 0, 0, 0, 0, 0] : (!transform.any_op) -> (!transform.any_op, !transform.any_op)
    // Register tile: 14 output columns x 16 output channels, reduction steps over (C1, kh, kw) and c0 = 8.
    %t2, %l:7 = transform.structured.tile_using_for %t1 tile_sizes [1, 1, 1, 14, 1, 1, 1, 0, 0] : (!transform.any_op) -> (!transform.any_op, !transform.any_op, !transform.any_op, !transform.any_op, !transform.any_op, !transform.any_op, !transform.any_op, !transform.any_op)
    // The tile still has the conv's (oh + kh, ow + kw) input map, which the vectorizer rejects;
    // folding the unit loops (n, F1, oh, C1, kh, kw) leaves a plain (ow, f0, c0) contraction.
    %f = transform.structured.match ops{["func.func"]} in %root : (!transform.any_op) -> !transform.any_op
    transform.apply_patterns to %f {
      transform.apply_patterns.linalg.fold_unit_extent_dims_via_slices
      transform.apply_patterns.canonicalization
    } : !transform.any_op
    %g = transform.structured.match ops{["linalg.generic"]} in %forall : (!transform.any_op) -> !transform.any_op
    transform.structured.vectorize %g : !transform.any_op
    transform.apply_patterns to %f {
      transform.apply_patterns.vector.reduction_to_contract
      transform.apply_patterns.vector.transfer_permutation_patterns
    } : !transform.any_op
    transform.apply_patterns to %f {
      transform.apply_patterns.canonicalization
    } : !transform.any_op
    // Reduction loops kw, kh, C1 (innermost first).
    transform.loop.hoist_loop_invariant_subsets %l#6 : !transform.any_op
    transform.loop.hoist_loop_invariant_subsets %l#5 : !transform.any_op
    transform.loop.hoist_loop_invariant_subsets %l#4 : !transform.any_op
    // Packs: tile to one inner tile per step and vectorize (linalg.pack does not bufferize).
    %packs = transform.structured.match ops{["linalg.pack"]} in %root : (!transform.any_op) -> !transform.any_op
    %pt, %pl = transform.structured.tile_using_for %packs tile_sizes [1] : (!transform.any_op) -> (!transform.any_op, !transform.any_op)
    %pt2, %pl2:3 = transform.structured.tile_using_for %pt tile_sizes [0, 1, 1, 1] : (!transform.any_op) -> (!transform.any_op, !transform.any_op, !transform.any_op, !transform.any_op)
    transform.structured.vectorize %pt2 : !transform.any_op
    %unpacks = transform.structured.match ops{["linalg.unpack"]} in %root : (!transform.any_op) -> !transform.any_op
    %ut, %ul:4 = transform.structured.tile_using_for %unpacks tile_sizes [1, 16, 1, 28] : (!transform.any_op) -> (!transform.any_op, !transform.any_op, !transform.any_op, !transform.any_op, !transform.any_op)
    transform.structured.vectorize %ut : !transform.any_op
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
