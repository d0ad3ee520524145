//! `mlirrl-ppo`: proximal policy optimisation, independent of MLIR.
//!
//! Purpose: train any policy that implements its traits on any vectorised
//! environment. It will own
//! - trait `ActorCritic`: observations and masks in, per-head logits and
//!   values out; sampling, greedy choice, log-probabilities and entropies of
//!   masked multi-discrete actions;
//! - trait `VecEnv`: a batch of environments stepped together;
//! - `PpoConfig` and `Trainer`: rollouts, GAE, the clipped surrogate, value
//!   loss, entropy bonus, gradient clipping, checkpoints and metrics.
//!
//! Nothing is implemented here yet; see the project's issue tracker.
