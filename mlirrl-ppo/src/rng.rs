//! The seeded generator of training: every random choice (initialisation,
//! sampling, shuffling, dropout) comes from one [`Rng`], so a run is
//! reproducible from its seed. It is the workspace's one generator,
//! `mlirrl_util::rng::Rng` (SplitMix64); checkpoints store its state.

pub use mlirrl_util::rng::Rng;
