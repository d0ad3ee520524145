//! `mlirrl-env`: the transformation environment.
//!
//! - [`action`]: the action space (no transformation, tiling, tiled
//!   parallelisation, tiled fusion, interchange by level pointers,
//!   vectorisation), multi-discrete decoding and legality masks;
//! - [`schedule`]: per-op ordered actions with a canonical text form;
//! - [`script`]: Transform-dialect scripts addressed by op tags;
//! - [`session`]: a program transformed in-process, action by action, through
//!   MLIR's Transform interpreter, with the program model re-read after each;
//! - [`exec`]: lowering, JIT compilation (ExecutionEngine, O3) and timed runs;
//! - [`measure`]: the [`Measurer`] trait and in-process measurement with
//!   output checks against the untransformed program.

pub mod action;
pub mod exec;
pub mod measure;
pub mod schedule;
pub mod script;
pub mod session;

pub use action::{Action, ActionKind, ActionSpace, ActionSpaceConfig, ActionSpaceSpec};
pub use measure::{
    Candidate, Failure, LocalMeasurer, MeasureConfig, MeasureJob, Measurement, Measurer, Timing,
};
pub use schedule::{OpSchedule, Schedule};
pub use session::{ApplyError, Session};
