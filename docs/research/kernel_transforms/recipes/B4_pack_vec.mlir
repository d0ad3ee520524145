module attributes {transform.with_named_sequence} {
  transform.named_sequence @__transform_main(%root: !transform.any_op {transform.readonly}) {
    %op = transform.structured.match attributes{tag = "operation_0"} in %root : (!transform.any_op) -> !transform.any_op
    // 1. Pack M by 8 and N by 16, K unpacked: A -> 16x64x8 (M1,K,m0), B -> 64x16x16 (K,N1,n0), C -> 16x16x8x16.
    %packed = transform.structured.pack %op packed_sizes = [8, 16, 0] : (!transform.any_op) -> !transform.any_op
    // 2. B's outer dims to (N1, K): B -> 16x64x16, each N1 panel contiguous.
    %pb = transform.get_producer_of_operand %packed[1] : (!transform.any_op) -> !transform.any_op
    %packed2, %pack_b, %unused = transform.structured.pack_transpose %pb with_compute_op(%packed) outer_perm = [1, 0] : (!transform.any_op, !transform.any_op) -> (!transform.any_op, !transform.any_op, !transform.any_op)
    // structured.pack drops the op's attributes: put the tag back (mlirrl addresses ops by tag).
    %tag = transform.param.constant "operation_0" -> !transform.any_param
    transform.annotate %packed2 "tag" = %tag : !transform.any_op, !transform.any_param
    // Loops of the packed op: (M1, N1, K, m0, n0).
    %t1, %forall = transform.structured.tile_using_forall %packed2 tile_sizes [8, 4, 0] : (!transform.any_op) -> (!transform.any_op, !transform.any_op)
    %t2, %l:3 = transform.structured.tile_using_for %t1 tile_sizes [1, 1, 1] : (!transform.any_op) -> (!transform.any_op, !transform.any_op, !transform.any_op, !transform.any_op)
    transform.structured.vectorize %t2 : !transform.any_op
    %f = transform.structured.match ops{["func.func"]} in %root : (!transform.any_op) -> !transform.any_op
    transform.apply_patterns to %f {
      transform.apply_patterns.vector.reduction_to_contract
      transform.apply_patterns.vector.transfer_permutation_patterns
    } : !transform.any_op
    transform.apply_patterns to %f {
      transform.apply_patterns.vector.cast_away_vector_leading_one_dim
      transform.apply_patterns.canonicalization
    } : !transform.any_op
    transform.loop.hoist_loop_invariant_subsets %l#2 : !transform.any_op
    // 3. linalg.pack / linalg.unpack do not bufferize in MLIR 22. Here: tile each one
    //    (loops over its outer dims) and vectorize the tiles.
    %packs = transform.structured.match ops{["linalg.pack"]} in %root : (!transform.any_op) -> !transform.any_op
    %pt, %pl:2 = transform.structured.tile_using_for %packs tile_sizes [1, 1] : (!transform.any_op) -> (!transform.any_op, !transform.any_op, !transform.any_op)
    transform.structured.vectorize %pt : !transform.any_op
    %unpacks = transform.structured.match ops{["linalg.unpack"]} in %root : (!transform.any_op) -> !transform.any_op
    %ut, %ul:2 = transform.structured.tile_using_for %unpacks tile_sizes [8, 16] : (!transform.any_op) -> (!transform.any_op, !transform.any_op, !transform.any_op)
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
