//! `mlirrl-models`: the policy and value networks, on candle.
//!
//! [`Model`] implements [`mlirrl_ppo::ActorCritic`] with the original
//! system's architecture: an encoder (the LSTM over op and producer
//! embeddings, or the transformer over loop tokens, see [`EncoderConfig`]),
//! a backbone, one masked head per action sub-space, and a separate value
//! network. Sizes come from plain structs ([`ObsLayout`],
//! [`mlirrl_ppo::ActionHeads`]), not from MLIR types. Every layer is built
//! from candle primitives in [`layers`], with deterministic initialisation;
//! the hot layers run as fused candle custom ops ([`fused`]).
//!
//! ```
//! use mlirrl_models::{Model, ModelConfig, EncoderConfig, ObsLayout};
//! use mlirrl_ppo::{ActionHeads, Head};
//! let layout = ObsLayout { op_features: 16, history: 10, loop_tokens: None };
//! let spec = ActionHeads { selection: 2, heads: vec![Head { rows: 2, choices: 3 }], head_of_selection: vec![None, Some(0)] };
//! let config = ModelConfig { encoder: EncoderConfig::Lstm { embed: 16, hidden: 8, dropout: 0.0 }, width: 16, backbone_layers: 1, seed: 1 };
//! let model = Model::new(config, layout, spec).unwrap();
//! assert!(model.num_parameters() > 0);
//! ```

#![warn(missing_docs)]

pub mod fused;
pub mod layers;
mod model;
pub mod synthetic;

pub use model::{EncoderConfig, LoopTokenLayout, Model, ModelConfig, ModelError, ObsLayout};

/// The code blocks of the crate's README, compiled and run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
