//! `mlirrl-ppo`: proximal policy optimisation over masked multi-discrete
//! actions, independent of MLIR.
//!
//! - [`ActionHeads`]: the sizes of the action space (a selection head plus
//!   parameter heads, of which only the selected one counts);
//! - [`dist`]: log-probabilities, entropies and sampling of masked
//!   multi-discrete actions (masked choices have probability exactly zero);
//! - [`ActorCritic`] and [`VecEnv`]: what a model and an environment must offer;
//! - [`Trainer`] with [`PpoConfig`]: rollouts, GAE, the clipped surrogate,
//!   value loss, entropy bonus, gradient clipping and Adam, all in
//!   [`ppo`]; checkpoints in [`checkpoint`]; the resumable training loop
//!   with metrics (`metrics.jsonl`) and a progress bar in [`run`](mod@run).
//!
//! Every random choice comes from one seeded [`Rng`], so a run on one thread
//! is reproducible from its seed, and a checkpoint resumes it exactly.

#![warn(missing_docs)]

pub mod adam;
pub mod agent;
pub mod check;
pub mod checkpoint;
pub mod dist;
pub mod ppo;
mod rng;
pub mod run;
pub mod spec;

pub use adam::{Adam, AdamConfig};
pub use agent::{Acted, ActorCritic, EnvCounters, EnvObs, EnvStep, Mode, VecEnv};
pub use ppo::{
    Demonstration, ImitationStats, IterationMetrics, PpoConfig, PpoError, Rollout, Trainer,
    UpdateStats, append_metrics, geomean,
};
pub use rng::Rng;
pub use run::{
    BEST_VALIDATION_KEY, RunOptions, Validator, best_checkpoint_path, checkpoint_path,
    metrics_path, run, run_validated, validate_and_keep_best,
};
pub use spec::{ActionHeads, Head};

/// The code blocks of the crate's README, compiled and run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
