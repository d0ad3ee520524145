//! Content hashes for cache keys.

/// The 128-bit XXH3 hash of `bytes` as 32 lowercase hex digits: stable
/// across runs, machines and Rust versions, and wide enough that distinct
/// programs or scripts never share a cache key in practice.
///
/// ```
/// let h = mlirrl_util::hash::content_hash(b"linalg.matmul");
/// assert_eq!(h, mlirrl_util::hash::content_hash(b"linalg.matmul"));
/// assert_ne!(h, mlirrl_util::hash::content_hash(b"linalg.matvec"));
/// ```
pub fn content_hash(bytes: &[u8]) -> String {
    format!("{:032x}", xxhash_rust::xxh3::xxh3_128(bytes))
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_hash_is_the_documented_function() {
        // XXH3-128 of the empty input, from the algorithm's specification.
        assert_eq!(super::content_hash(b""), "99aa06d3014798d86001c324468d497f");
    }
}
