//! Subcommands of the `mlirrl` tool.

pub mod eval;
pub mod eval_model;
pub mod generate;
pub mod import;
pub mod inspect;
pub mod measure;
pub mod optimize;
pub mod train;
pub mod worker;

/// The error every subcommand returns; printed once by `main`.
pub type Error = Box<dyn std::error::Error + Send + Sync>;
