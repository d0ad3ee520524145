//! mlirrl learns to optimise MLIR `linalg` programs with reinforcement
//! learning: a PPO agent reads the ops of a program, chooses loop
//! transformations, MLIR's Transform dialect applies them, the result is
//! JIT-compiled and timed, and the measured speedup is the reward.
//!
//! This package holds the `mlirrl` command-line tool and re-exports the
//! workspace's crates so examples and users need one dependency:
//!
//! | module | crate | owns |
//! |---|---|---|
//! | [`ir`] | `mlirrl-ir` | parsing MLIR, the program model, features |
//! | [`env`](mod@env) | `mlirrl-env` | actions, schedules, transform scripts, measurement |
//! | [`ppo`] | `mlirrl-ppo` | the PPO algorithm |
//! | [`models`] | `mlirrl-models` | candle policy and value networks |
//! | [`bench`](mod@bench) | `mlirrl-bench` | benchmark suites, baselines, reports |
//! | [`nats`] | `mlirrl-nats` | measurement workers behind NATS JetStream |
//! | [`onnx`] | `mlirrl-onnx` | ONNX models to linalg, per-op and per-block files |
//! | [`util`] | `mlirrl-util` | op tags, atomic writes, content hashes, geomean |

#![warn(missing_docs)]

pub mod agent;
pub mod api;
pub mod eval_model;
pub mod general;
pub mod train;
pub mod worker;

pub use mlirrl_bench as bench;
pub use mlirrl_env as env;
pub use mlirrl_ir as ir;
pub use mlirrl_models as models;
pub use mlirrl_nats as nats;
pub use mlirrl_onnx as onnx;
pub use mlirrl_ppo as ppo;
pub use mlirrl_util as util;
