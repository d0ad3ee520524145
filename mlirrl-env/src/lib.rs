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
//! - [`heap`]: the allocator of compiled programs (freed blocks reused run
//!   after run, no page faults after the first);
//! - [`measure`]: the [`Measurer`] trait and in-process measurement with
//!   output checks against the untransformed program;
//! - [`cache`]: the persistent, atomic measurement cache;
//! - [`env`](mod@env): the gymnasium-style [`Env`] (`reset`, `step`, `action_mask`);
//! - [`episode`]: the one driver that plays whole episodes in-process;
//! - [`worker`]: worker processes (crash and hang isolation), the measuring
//!   [`worker::WorkerPool`] and the batched [`worker::EnvPool`].

#![warn(missing_docs)]

pub mod action;
pub mod cache;
pub mod env;
pub mod episode;
pub mod exec;
pub mod heap;
pub mod measure;
pub mod schedule;
pub mod script;
pub mod session;
pub mod worker;

pub use action::{Action, ActionKind, ActionSpace, ActionSpaceConfig, ActionSpaceSpec};
pub use cache::{Cache, CachedMeasurer};
pub use env::{
    Benchmark, Env, EnvConfig, Observation, ObservationSpec, RewardConfig, SharedExtractor, Step,
    StepInfo, seed_extractor,
};
pub use measure::{
    Candidate, Failure, LocalMeasurer, MeasureBackend, MeasureConfig, MeasureJob, Measurement,
    Measurer, Timing, VectorUnit,
};
pub use schedule::{OpSchedule, Schedule};
pub use session::{ApplyError, Session};
pub use worker::{EnvPool, ExtractorFactory, ServeOptions, WorkerCommand, WorkerPool};

/// The code blocks of the crate's README, compiled and run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
