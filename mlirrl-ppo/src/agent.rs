//! The two traits PPO needs: a policy-and-value model ([`ActorCritic`]) and a
//! batch of environments ([`VecEnv`]).

use crate::{
    Rng,
    dist::{self, HeadLogits, Masks},
    spec::ActionHeads,
};
use candle_core::{Device, Result, Tensor, Var};

/// Train mode (dropout active) or eval mode (deterministic).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// Dropout and other training-time noise on.
    Train,
    /// Everything deterministic.
    Eval,
}

/// The output of acting on a batch.
#[derive(Clone, Debug)]
pub struct Acted {
    /// One action vector per sample (`1 + Σ rows` entries).
    pub actions: Vec<Vec<u32>>,
    /// Log-probability of each action under the behaviour policy.
    pub log_probs: Vec<f32>,
    /// Value estimate of each observation.
    pub values: Vec<f32>,
}

/// A policy with a value estimate over masked multi-discrete actions.
pub trait ActorCritic {
    /// The action space.
    fn spec(&self) -> &ActionHeads;

    /// Length of an observation vector.
    fn obs_dim(&self) -> usize;

    /// Device of the parameters.
    fn device(&self) -> &Device;

    /// Logits of every head and the value, for observations `[B, obs_dim]`.
    /// In [`Mode::Train`] `rng` drives dropout; in [`Mode::Eval`] it is unused.
    fn forward(&self, obs: &Tensor, mode: Mode, rng: &mut Rng) -> Result<(HeadLogits, Tensor)>;

    /// Trainable variables with stable names (for the optimiser and checkpoints).
    fn variables(&self) -> Vec<(String, Var)>;

    /// The model's configuration as JSON, stored in checkpoints and compared
    /// on load.
    fn config_json(&self) -> String;

    /// Whether a checkpoint whose stored configuration is `stored` fits this
    /// model. The default is exact equality with [`config_json`]; a model
    /// whose configuration format changed accepts its older forms here.
    ///
    /// [`config_json`]: ActorCritic::config_json
    fn accepts_config(&self, stored: &str) -> bool {
        stored == self.config_json()
    }

    /// Samples (or, when `greedy`, takes the most likely) actions for a batch.
    fn act(
        &self,
        obs: &[Vec<f32>],
        masks: &[Vec<bool>],
        greedy: bool,
        mode: Mode,
        rng: &mut Rng,
    ) -> Result<Acted> {
        let b = obs.len();
        let flat: Vec<f32> = obs.iter().flatten().copied().collect();
        let obs_t = Tensor::from_vec(flat, (b, self.obs_dim()), self.device())?;
        let masks_t = Masks::from_flat(self.spec(), masks, self.device())?;
        let (logits, values) = self.forward(&obs_t, mode, rng)?;
        let actions = dist::sample(self.spec(), &logits, &masks_t, rng, greedy)?;
        let flat_actions: Vec<u32> = actions.iter().flatten().copied().collect();
        let actions_t =
            Tensor::from_vec(flat_actions, (b, self.spec().action_len()), self.device())?;
        let (log_probs, _) = dist::log_prob_entropy(self.spec(), &logits, &masks_t, &actions_t)?;
        Ok(Acted { actions, log_probs: log_probs.to_vec1()?, values: values.to_vec1()? })
    }

    /// Log-probabilities, entropies and values of given actions (all `[B]`).
    fn evaluate(
        &self,
        obs: &Tensor,
        masks: &Masks,
        actions: &Tensor,
        mode: Mode,
        rng: &mut Rng,
    ) -> Result<(Tensor, Tensor, Tensor)> {
        let (logits, values) = self.forward(obs, mode, rng)?;
        let (log_prob, entropy) = dist::log_prob_entropy(self.spec(), &logits, masks, actions)?;
        Ok((log_prob, entropy, values))
    }
}

/// What an environment shows: an observation and its legality mask.
#[derive(Clone, Debug, PartialEq)]
pub struct EnvObs {
    /// Observation vector.
    pub obs: Vec<f32>,
    /// Flat mask (selection, then each head's rows × choices).
    pub mask: Vec<bool>,
}

/// The result of one environment step.
#[derive(Clone, Debug, PartialEq)]
pub struct EnvStep {
    /// Next observation (ignored when `done`).
    pub obs: EnvObs,
    /// Reward.
    pub reward: f32,
    /// Whether the episode ended.
    pub done: bool,
    /// Speedup of the episode's program, when it ended and was measured.
    pub speedup: Option<f64>,
    /// When the episode ends: drop it from the rollout (its measurement
    /// failed for reasons outside the policy's control). The trainer counts
    /// dropped episodes in its metrics and learns nothing from them.
    pub discard: bool,
}

/// Counters an environment may report for metrics.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct EnvCounters {
    /// Measurements requested.
    pub measurements: u64,
    /// Of which answered from a cache.
    pub cache_hits: u64,
}

/// A batch of environments; each runs one episode per [`VecEnv::reset`].
pub trait VecEnv {
    /// Number of environments.
    fn num_envs(&self) -> usize;

    /// Starts a new episode in every environment (`rng` may pick the tasks).
    fn reset(&mut self, rng: &mut Rng) -> std::result::Result<Vec<EnvObs>, String>;

    /// Steps the listed environments (index, action); returns one result per
    /// entry, in order.
    fn step(&mut self, actions: &[(usize, Vec<u32>)]) -> std::result::Result<Vec<EnvStep>, String>;

    /// Cumulative counters.
    fn counters(&self) -> EnvCounters {
        EnvCounters::default()
    }
}
