//! Op tags: every linalg op of a program carries a `tag` string attribute
//! that names it to schedules and Transform scripts. This module is their
//! one owner: the parser, the ONNX importer, the script emitter and block
//! retagging all spell tags through it.
//!
//! - an op the parser tags is `operation_<k>`, k its position in the
//!   program (`operation_new<n>` when a kept tag already has that name);
//! - the op that tiled fusion makes of a producer fused into a consumer is
//!   the two tags joined by `_` (`operation_3_operation_4`).
//!
//! ```
//! use mlirrl_util::tags;
//! assert_eq!(tags::op_tag(3), "operation_3");
//! assert_eq!(tags::op_number("operation_3"), Some(3));
//! let fused = tags::fused_tag(&tags::op_tag(3), &tags::op_tag(4));
//! assert_eq!(fused, "operation_3_operation_4");
//! // Renumbering maps every op number inside a tag, fused ones included.
//! let moved = tags::renumber(&fused, |k| Some(tags::op_tag(k + 10))).unwrap();
//! assert_eq!(moved, "operation_13_operation_14");
//! ```

/// The prefix of parser-made tags.
pub const PREFIX: &str = "operation_";

/// The tag of the op at position `k`.
pub fn op_tag(k: usize) -> String {
    format!("{PREFIX}{k}")
}

/// The `n`-th tag made when `op_tag(k)` is already taken by a kept tag.
pub fn fresh_tag(n: usize) -> String {
    format!("{PREFIX}new{n}")
}

/// The tag of the op that fusing `producer` into `consumer` makes.
pub fn fused_tag(producer: &str, consumer: &str) -> String {
    format!("{producer}_{consumer}")
}

/// `k` when `tag` is exactly `operation_<k>`.
pub fn op_number(tag: &str) -> Option<usize> {
    let digits = tag.strip_prefix(PREFIX)?;
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok()
}

/// `tag` with every `operation_<k>` in it replaced by `map(k)` (a fused
/// tag maps both of its halves). An error when the tag holds no op number
/// or `map` has no tag for one of them.
pub fn renumber(tag: &str, mut map: impl FnMut(usize) -> Option<String>) -> Result<String, String> {
    let mut out = String::new();
    let mut rest = tag;
    let mut found = false;
    while let Some(pos) = rest.find(PREFIX) {
        out.push_str(&rest[..pos]);
        let after = &rest[pos + PREFIX.len()..];
        let len = after.bytes().take_while(|b| b.is_ascii_digit()).count();
        let k: usize = after[..len].parse().map_err(|_| format!("unexpected tag `{tag}`"))?;
        out.push_str(&map(k).ok_or_else(|| format!("no op {k} for tag `{tag}`"))?);
        rest = &after[len..];
        found = true;
    }
    if !found {
        return Err(format!("unexpected tag `{tag}`"));
    }
    out.push_str(rest);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_round_trip_and_reject_other_tags() {
        for k in [0, 7, 12345] {
            assert_eq!(op_number(&op_tag(k)), Some(k));
        }
        for bad in
            ["operation_", "operation_x", "operation_1_operation_2", "op_1", "operation_new3"]
        {
            assert_eq!(op_number(bad), None, "{bad}");
        }
    }

    #[test]
    fn renumber_maps_each_half_and_reports_missing_ops() {
        let names = ["a", "b", "c"];
        let map = |k: usize| names.get(k).map(|s| s.to_string());
        assert_eq!(renumber("operation_2", map).unwrap(), "c");
        assert_eq!(renumber("operation_0_operation_1", map).unwrap(), "a_b");
        assert!(renumber("operation_3", map).unwrap_err().contains("no op 3"));
        assert!(renumber("custom", map).unwrap_err().contains("unexpected tag"));
    }
}
