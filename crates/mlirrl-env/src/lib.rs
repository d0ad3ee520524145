//! `mlirrl-env`: the transformation environment.
//!
//! Purpose: turn an agent's choices into real, measured programs. It will own
//! - `Action` and `Schedule`: the action space (no transformation, tiling,
//!   tiled parallelisation, tiled fusion, interchange, vectorisation), its
//!   legality masks, and per-op ordered schedules with a canonical text form;
//! - emission of schedules as Transform-dialect scripts addressed by op tags,
//!   applied in-process with MLIR's Transform interpreter;
//! - lowering, JIT compilation and timing behind the `Measurer` trait, with
//!   output checks against the untransformed program, crash-isolating worker
//!   processes and a persistent measurement cache;
//! - `Env`, a gymnasium-style `reset` / `step` / `action_mask` interface.
//!
//! Nothing is implemented here yet; see the project's issue tracker.
