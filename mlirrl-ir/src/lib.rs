//! `mlirrl-ir`: reading MLIR `linalg` programs into an owned model, and
//! turning ops into fixed-size feature vectors.
//!
//! - [`parse_str`] / [`parse_file`] parse MLIR text with melior (MLIR 22) and
//!   build a [`Program`]: every linalg op (named ops on tensors or memrefs, and
//!   `linalg.generic`) with its loops and trip counts, iterator types, operand
//!   shapes and element types, indexing maps as integer access matrices, body
//!   arithmetic counts, whether MLIR's vectoriser accepts it, and the
//!   producer/consumer graph. Ops are tagged `operation_<k>` in program order;
//!   [`Program::tagged_source`] is the module with those tags, the handle every
//!   Transform-dialect script uses.
//! - [`FeatureExtractor`] turns one op into an `f32` observation;
//!   [`SeedFeatures`] is the default layout.
//! - [`mlir`] holds the MLIR helpers the other crates share (context,
//!   diagnostics, Transform interpreter).
//! - [`builders`] writes single-op modules of every family.
//! - [`llvm`] finds the LLVM/MLIR 22 installation (build and run time).
//!
//! Errors are [`IrError`] (input) and [`FeatureError`] (extraction), each
//! naming the input and the problem.
//!
//! ```
//! use mlirrl_ir::{FeatureExtractor, SeedFeatures};
//! let program = mlirrl_ir::parse_str(&mlirrl_ir::builders::matmul(128, 64, 768, "f32"), "mm").unwrap();
//! let features = SeedFeatures::default().extract(&program, 0).unwrap();
//! assert_eq!(features.len(), 711);
//! ```

#![warn(missing_docs)]

pub mod builders;
mod error;
mod features;
pub mod llvm;
pub mod mlir;
mod model;
mod parse;
pub mod policy;
pub use mlirrl_util::tags;

pub use error::{FeatureError, IrError};
pub use features::{
    BoundNorm, FeatureConfig, FeatureExtractor, LoopTokens, OP_COUNTS, OP_TYPES, SeedFeatures,
    op_type_index,
};
pub use model::*;
pub use parse::{
    MAX_VECTORIZABLE_CHECKS, ParseOptions, collect_linalg_ops, extract, parse_file,
    parse_file_with, parse_str, parse_str_with, parse_untrusted, string_attr,
};

/// The code blocks of the crate's README, compiled and run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
