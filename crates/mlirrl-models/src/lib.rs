//! `mlirrl-models`: policy and value networks on candle.
//!
//! Purpose: implement `mlirrl_ppo::ActorCritic` with the networks of the
//! original research system: an LSTM encoder over consumer and producer op
//! features and a transformer encoder over loop tokens, masked categorical
//! heads per action sub-space, and a separate value network. Sizes come from
//! plain configuration structs (observation and action-space sizes), not from
//! MLIR types.
//!
//! Nothing is implemented here yet; see the project's issue tracker.
