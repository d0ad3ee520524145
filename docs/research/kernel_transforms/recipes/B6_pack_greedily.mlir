module attributes {transform.with_named_sequence} {
  transform.named_sequence @__transform_main(%root: !transform.any_op {transform.readonly}) {
    %op = transform.structured.match attributes{tag = "operation_0"} in %root : (!transform.any_op) -> !transform.any_op
    // Finds (m, n, k) in any contraction (named or generic), generalizes, packs m by 8, n by 16;
    // k is left unpacked but padded to a multiple of 32 (only one of packed/padded may be
    // non-zero per dim). Result: A 16x1x8x64, B 1x16x16x64, C 16x16x8x16 for 128x256x64.
    %p = transform.structured.pack_greedily %op matmul_packed_sizes = [8, 16, 0] matmul_padded_sizes_next_multiple_of = [0, 0, 32] matmul_inner_dims_order = [0, 1, 2] : (!transform.any_op) -> !transform.op<"linalg.generic">
    transform.yield
  }
}
