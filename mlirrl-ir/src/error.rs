//! Errors of parsing and feature extraction. Every variant names the input
//! (file path or caller-given name) and the problem.

use std::path::PathBuf;

/// Why a program could not be read into a [`crate::Program`].
#[derive(Debug, thiserror::Error)]
pub enum IrError {
    /// The file could not be read.
    #[error("{}: cannot read file: {source}", path.display())]
    Io {
        /// The file.
        path: PathBuf,
        /// The OS error.
        #[source]
        source: std::io::Error,
    },
    /// The input is empty (or only whitespace).
    #[error("{input}: the input is empty")]
    Empty {
        /// Input name.
        input: String,
    },
    /// The input is not UTF-8 text (binary data).
    #[error("{input}: not MLIR text (invalid UTF-8 at byte {offset})")]
    NotText {
        /// Input name.
        input: String,
        /// First invalid byte.
        offset: usize,
    },
    /// MLIR rejected the text; `diagnostics` holds MLIR's own messages with
    /// their locations.
    #[error("{input}: MLIR parse error: {}", diagnostics.join("; "))]
    Parse {
        /// Input name.
        input: String,
        /// MLIR diagnostics, each `line L, column C: message`.
        diagnostics: Vec<String>,
    },
    /// The module parsed but contains no linalg op.
    #[error("{input}: the module contains no linalg op")]
    NoLinalgOp {
        /// Input name.
        input: String,
    },
    /// A linalg op that is not a structured op mlirrl can model (e.g.
    /// `linalg.softmax`, `linalg.pack`).
    #[error("{input}: line {line}: unsupported op `{op}`: {reason}")]
    UnsupportedOp {
        /// Input name.
        input: String,
        /// Op name.
        op: String,
        /// Source line (0 when unknown).
        line: usize,
        /// Why.
        reason: String,
    },
    /// An operand has a dynamic (or unranked) shape.
    #[error(
        "{input}: line {line}: `{op}` operand {operand} has a dynamic shape ({ty}); only static shapes are supported"
    )]
    DynamicShape {
        /// Input name.
        input: String,
        /// Op name.
        op: String,
        /// Source line (0 when unknown).
        line: usize,
        /// Operand number.
        operand: usize,
        /// The operand type as MLIR prints it.
        ty: String,
    },
    /// The program breaks the program policy ([`crate::policy`]): an op
    /// outside the allowed dialects, an external function, recursion, a
    /// degenerate or oversized shape, or text nested too deeply.
    #[error("{input}: {}refused: {reason}", if *line > 0 { format!("line {line}: ") } else { String::new() })]
    Refused {
        /// Input name.
        input: String,
        /// Source line (0 when unknown).
        line: usize,
        /// What was refused and why.
        reason: String,
    },
    /// An operand's element type is not supported.
    #[error(
        "{input}: line {line}: `{op}` operand {operand} has unsupported element type {ty} (supported: f16, bf16, f32, f64, i8, i16, i32, i64)"
    )]
    UnsupportedElementType {
        /// Input name.
        input: String,
        /// Op name.
        op: String,
        /// Source line (0 when unknown).
        line: usize,
        /// Operand number.
        operand: usize,
        /// The element type as MLIR prints it.
        ty: String,
    },
}

/// Why a feature vector could not be built for an op.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FeatureError {
    /// The op index is out of range.
    #[error("op index {index} out of range (program has {len} ops)")]
    NoSuchOp {
        /// Requested index.
        index: usize,
        /// Number of ops.
        len: usize,
    },
    /// More loops than the extractor's `max_loops`.
    #[error("op {tag} ({name}) has {loops} loops, more than the extractor's limit of {max}")]
    TooManyLoops {
        /// Op tag.
        tag: String,
        /// Op name.
        name: String,
        /// Loops.
        loops: usize,
        /// Limit.
        max: usize,
    },
    /// More inputs or inits than the extractor's `max_accesses`.
    #[error("op {tag} ({name}) has {count} {what}, more than the extractor's limit of {max}")]
    TooManyAccesses {
        /// Op tag.
        tag: String,
        /// Op name.
        name: String,
        /// "loads" or "stores".
        what: &'static str,
        /// Count.
        count: usize,
        /// Limit.
        max: usize,
    },
    /// An operand of higher rank than the extractor's `max_access_rank`.
    #[error(
        "op {tag} ({name}) has an operand of rank {rank}, more than the extractor's limit of {max}"
    )]
    AccessRankTooHigh {
        /// Op tag.
        tag: String,
        /// Op name.
        name: String,
        /// Rank.
        rank: usize,
        /// Limit.
        max: usize,
    },
}
