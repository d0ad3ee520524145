//! Proximal policy optimisation, every step in one place:
//!
//! 1. **Rollout**: every environment plays one episode; all still-running
//!    environments act together in one batch per step. Each transition keeps
//!    the observation, mask, action, behaviour log-probability and value.
//! 2. **Advantages**: GAE(γ, λ) per episode, `A_t = δ_t + γλ A_{t+1}` with
//!    `δ_t = r_t + γ V(s_{t+1}) - V(s_t)` (0 after the last step); value targets
//!    `R_t = A_t + V(s_t)`.
//! 3. **Update**: for `epochs` passes over shuffled minibatches: advantages
//!    normalised per minibatch; ratio `r = exp(log π(a|s) - log π_behaviour(a|s))`;
//!    clipped surrogate `max(-A r, -A clip(r, 1±ε))`; value loss
//!    `½ (V - R)²` (optionally clipped around the old value); entropy bonus;
//!    global gradient-norm clipping; Adam. Diagnostics: approximate KL
//!    (`E[(r - 1) - log r]`) and clip fraction; optional early stop when the
//!    KL exceeds a target.
//! 4. **Schedule**: the learning rate decays linearly when configured.
//! 5. **Self-imitation** (when `self_imitation_epochs` > 0): the best
//!    episode played so far from each start state (each first observation:
//!    programs whose first op looks the same share one), if it beat the
//!    untransformed program without a failed step, is kept; after the
//!    update, the policy is cloned towards those episodes' actions for a few
//!    passes. What sampling found once is not forgotten when later samples
//!    miss it.

use crate::{
    Rng,
    adam::{Adam, AdamConfig},
    agent::{ActorCritic, EnvObs, EnvStep, Mode, VecEnv},
    dist::Masks,
};
use candle_core::{DType, Tensor, backprop::GradStore};
use serde::{Deserialize, Serialize};
use std::time::Instant;

/// PPO settings (defaults follow the original system: γ = 1, λ = 0.95,
/// ε = 0.2, 4 epochs, minibatch 64, Adam 1e-3, entropy 0.01, value 0.5,
/// gradient norm 0.5).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct PpoConfig {
    /// Discount.
    pub gamma: f64,
    /// GAE λ.
    pub gae_lambda: f64,
    /// Surrogate clip ε.
    pub clip: f64,
    /// Clip the value loss around the old value by the same ε.
    pub clip_value: bool,
    /// Passes over the rollout per update.
    pub epochs: usize,
    /// Minibatch size.
    pub minibatch: usize,
    /// Entropy bonus coefficient.
    pub entropy_coef: f64,
    /// Value loss coefficient.
    pub value_coef: f64,
    /// Global gradient-norm limit.
    pub max_grad_norm: f64,
    /// Normalise advantages per minibatch.
    pub normalize_advantages: bool,
    /// Stop the epochs of an update once the approximate KL exceeds this.
    pub target_kl: Option<f64>,
    /// Optimiser.
    pub adam: AdamConfig,
    /// Decay the learning rate linearly to `lr × lr_final_fraction` over
    /// `total_iterations` (when set).
    pub lr_final_fraction: Option<f64>,
    /// Iterations the schedule spans.
    pub total_iterations: u64,
    /// Seed of every random choice.
    pub seed: u64,
    /// Guard against entropy collapse: when an update's mean entropy falls
    /// below this floor, the entropy bonus of the next updates is doubled
    /// (up to [`MAX_ENTROPY_SCALE`] times `entropy_coef`), and it is halved
    /// back towards `entropy_coef` while the entropy stays above it. `None`
    /// keeps the coefficient fixed.
    pub entropy_floor: Option<f64>,
    /// Self-imitation: passes of behaviour cloning, after each update and at
    /// its learning rate, over the best measured episode of each start
    /// state seen so far (only episodes faster than the untransformed
    /// program, with no step of negative reward). 0 turns it off. The kept episodes
    /// live in memory: a resumed run starts collecting them again. A kept
    /// episode is replaced only by a better return, so one lucky timing
    /// stays until beaten.
    #[serde(skip_serializing_if = "is_zero")]
    pub self_imitation_epochs: usize,
}

/// The most the entropy guard multiplies `entropy_coef` by.
pub const MAX_ENTROPY_SCALE: f64 = 16.0;

/// The entropy guard's next scale of the entropy coefficient: doubled
/// (at most [`MAX_ENTROPY_SCALE`]) when `entropy` is below `floor`, halved
/// (at least 1) otherwise; always 1 without a floor.
///
/// ```
/// use mlirrl_ppo::ppo::entropy_scale_after;
/// assert_eq!(entropy_scale_after(1.0, 0.1, Some(0.5)), 2.0);
/// assert_eq!(entropy_scale_after(4.0, 0.9, Some(0.5)), 2.0);
/// assert_eq!(entropy_scale_after(4.0, 0.1, None), 1.0);
/// ```
pub fn entropy_scale_after(scale: f64, entropy: f64, floor: Option<f64>) -> f64 {
    match floor {
        None => 1.0,
        Some(f) if entropy < f => (scale * 2.0).min(MAX_ENTROPY_SCALE),
        Some(_) => (scale / 2.0).max(1.0),
    }
}

impl Default for PpoConfig {
    fn default() -> Self {
        Self {
            gamma: 1.0,
            gae_lambda: 0.95,
            clip: 0.2,
            clip_value: false,
            epochs: 4,
            minibatch: 64,
            entropy_coef: 0.01,
            value_coef: 0.5,
            max_grad_norm: 0.5,
            normalize_advantages: true,
            target_kl: None,
            adam: AdamConfig::default(),
            lr_final_fraction: None,
            total_iterations: 100,
            seed: 0,
            entropy_floor: None,
            self_imitation_epochs: 0,
        }
    }
}

impl PpoConfig {
    /// Checks every value against its range; the error names the key
    /// (as in the `[ppo]` section of a training configuration).
    pub fn validate(&self) -> Result<(), String> {
        use crate::check::{float, int, positive};
        float("ppo.gamma", self.gamma, 0.0, 1.0)?;
        float("ppo.gae_lambda", self.gae_lambda, 0.0, 1.0)?;
        positive("ppo.clip", self.clip, 10.0)?;
        int("ppo.epochs", self.epochs, 1, 1000)?;
        int("ppo.minibatch", self.minibatch, 1, 1 << 20)?;
        float("ppo.entropy_coef", self.entropy_coef, 0.0, 100.0)?;
        float("ppo.value_coef", self.value_coef, 0.0, 100.0)?;
        positive("ppo.max_grad_norm", self.max_grad_norm, 1e9)?;
        if let Some(kl) = self.target_kl {
            positive("ppo.target_kl", kl, 1e3)?;
        }
        if let Some(f) = self.lr_final_fraction {
            float("ppo.lr_final_fraction", f, 0.0, 1.0)?;
        }
        int("ppo.total_iterations", self.total_iterations, 0, 100_000_000)?;
        if let Some(f) = self.entropy_floor {
            float("ppo.entropy_floor", f, 0.0, 1e3)?;
        }
        int("ppo.self_imitation_epochs", self.self_imitation_epochs, 0, 1000)?;
        self.adam.validate()
    }
}

/// Errors of training.
#[derive(Debug, thiserror::Error)]
pub enum PpoError {
    /// A configuration value is out of range.
    #[error("invalid configuration: {0}")]
    Config(String),
    /// A tensor operation failed.
    #[error("tensor error: {0}")]
    Candle(#[from] candle_core::Error),
    /// The environment failed.
    #[error("environment error: {0}")]
    Env(String),
    /// A checkpoint could not be written or read.
    #[error("{path}: {reason}")]
    Checkpoint {
        /// The file.
        path: String,
        /// What is wrong.
        reason: String,
    },
}

/// Transitions of one rollout, flattened over environments.
#[derive(Clone, Debug, Default)]
pub struct Rollout {
    /// Observations.
    pub obs: Vec<Vec<f32>>,
    /// Masks.
    pub masks: Vec<Vec<bool>>,
    /// Actions.
    pub actions: Vec<Vec<u32>>,
    /// Behaviour log-probabilities.
    pub log_probs: Vec<f32>,
    /// Values at collection time.
    pub values: Vec<f32>,
    /// GAE advantages.
    pub advantages: Vec<f32>,
    /// Value targets.
    pub returns: Vec<f32>,
    /// Return (sum of rewards) of each episode.
    pub episode_returns: Vec<f64>,
    /// Speedup of each episode that reported one.
    pub speedups: Vec<f64>,
    /// Episode length of each episode.
    pub episode_lengths: Vec<usize>,
    /// Episodes left out because their measurement failed outside the
    /// policy's control (see [`crate::EnvStep::discard`]).
    pub dropped_episodes: usize,
}

/// Diagnostics of one update.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct UpdateStats {
    /// Mean policy loss.
    pub policy_loss: f64,
    /// Mean value loss.
    pub value_loss: f64,
    /// Mean entropy.
    pub entropy: f64,
    /// Mean approximate KL (last epoch).
    pub approx_kl: f64,
    /// Fraction of clipped ratios.
    pub clip_fraction: f64,
    /// Mean gradient norm before clipping.
    pub grad_norm: f64,
    /// Epochs run (fewer than configured after a KL early stop).
    pub epochs: usize,
    /// Learning rate used.
    pub lr: f64,
    /// Entropy coefficient used (`entropy_coef` times the entropy guard's
    /// scale).
    #[serde(default)]
    pub entropy_coef: f64,
}

/// One iteration's metrics (a line of `metrics.jsonl`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct IterationMetrics {
    /// Iteration number (1-based, after the update).
    pub iteration: u64,
    /// Update diagnostics.
    #[serde(flatten)]
    pub update: UpdateStats,
    /// Mean episode return.
    pub mean_return: f64,
    /// Geometric-mean speedup of the episodes (failures count as 1.0).
    pub geomean_speedup: Option<f64>,
    /// Episodes played.
    pub episodes: usize,
    /// Transitions collected.
    pub steps: usize,
    /// Measurements the environments made (cumulative).
    pub measurements: u64,
    /// Of which from the cache (cumulative).
    pub cache_hits: u64,
    /// Seconds spent collecting.
    pub collect_seconds: f64,
    /// Seconds spent updating.
    pub update_seconds: f64,
    /// Episodes dropped from this iteration's rollout because their
    /// measurement failed outside the policy's control.
    #[serde(default)]
    pub dropped_episodes: usize,
    /// Geometric-mean speedup of the greedy policy on the validation
    /// benchmarks, on the iterations that ran a validation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub validation_geomean: Option<f64>,
    /// The self-imitation pass of this iteration (see
    /// [`PpoConfig::self_imitation_epochs`]): its samples are the kept
    /// episodes' steps.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub self_imitation: Option<ImitationStats>,
    /// Start states with a kept best episode (self-imitation).
    #[serde(default, skip_serializing_if = "is_zero")]
    pub elite_episodes: usize,
}

fn is_zero(n: &usize) -> bool {
    *n == 0
}

/// The best episode played from one start state (self-imitation).
#[derive(Clone, Debug)]
struct Elite {
    /// Its return.
    ret: f64,
    /// Its steps.
    steps: Vec<Demonstration>,
}

/// The key of an episode's start state: a hash of its first observation
/// (the same program always starts with the same observation).
fn start_key(obs: &[f32]) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    for x in obs {
        x.to_bits().hash(&mut h);
    }
    h.finish()
}

pub use mlirrl_util::stats::geomean;

/// One step of one environment in a rollout.
struct Transition {
    obs: Vec<f32>,
    mask: Vec<bool>,
    action: Vec<u32>,
    log_prob: f32,
    value: f32,
    reward: f32,
}

/// The trainer: a model, its optimiser, the random state and the iteration.
pub struct Trainer<M> {
    /// Settings.
    pub config: PpoConfig,
    /// The model.
    pub model: M,
    pub(crate) optimizer: Adam,
    pub(crate) rng: Rng,
    pub(crate) iteration: u64,
    /// The entropy guard's multiplier of `config.entropy_coef`.
    pub(crate) entropy_scale: f64,
    /// Extra metadata stored in checkpoints (e.g. the environment's
    /// configuration), restored by `load`.
    pub metadata: std::collections::HashMap<String, String>,
    /// Self-imitation's best episode per start state.
    elite: std::collections::BTreeMap<u64, Elite>,
}

impl<M: ActorCritic> Trainer<M> {
    /// A trainer at iteration 0.
    pub fn new(model: M, config: PpoConfig) -> Result<Self, PpoError> {
        config.validate().map_err(PpoError::Config)?;
        let optimizer = Adam::new(model.variables(), config.adam.clone())?;
        let rng = Rng::new(config.seed);
        Ok(Self {
            config,
            model,
            optimizer,
            rng,
            iteration: 0,
            entropy_scale: 1.0,
            metadata: Default::default(),
            elite: Default::default(),
        })
    }

    /// Iterations completed.
    pub fn iteration(&self) -> u64 {
        self.iteration
    }

    /// The trainer's random generator (for callers that sample with it).
    pub fn rng_mut(&mut self) -> &mut Rng {
        &mut self.rng
    }

    /// Learning rate at the current iteration.
    pub fn learning_rate(&self) -> f64 {
        let lr = self.config.adam.lr;
        match self.config.lr_final_fraction {
            Some(f) => {
                let t =
                    (self.iteration as f64 / self.config.total_iterations.max(1) as f64).min(1.0);
                lr * (1.0 - t * (1.0 - f))
            }
            None => lr,
        }
    }

    /// The one rollout loop: plays one episode in every environment of
    /// `env`, in lockstep, choosing greedily or by sampling, and hands every
    /// transition to `record(environment, transition, step)`. `collect` and
    /// `evaluate_greedy` are this loop with different bookkeeping.
    fn play_episodes(
        &mut self,
        env: &mut dyn VecEnv,
        greedy: bool,
        mode: Mode,
        mut record: impl FnMut(usize, Transition, &EnvStep),
    ) -> Result<(), PpoError> {
        let n = env.num_envs();
        let mut current: Vec<Option<EnvObs>> =
            env.reset(&mut self.rng).map_err(PpoError::Env)?.into_iter().map(Some).collect();
        if current.len() != n {
            return Err(PpoError::Env(format!(
                "reset returned {} observations for {n} environments",
                current.len()
            )));
        }
        while current.iter().any(Option::is_some) {
            let active: Vec<usize> = (0..n).filter(|&i| current[i].is_some()).collect();
            let (obs, masks): (Vec<Vec<f32>>, Vec<Vec<bool>>) = active
                .iter()
                .map(|&i| current[i].take().map(|o| (o.obs, o.mask)).unwrap_or_default())
                .unzip();
            let acted = self.model.act(&obs, &masks, greedy, mode, &mut self.rng)?;
            let requests: Vec<(usize, Vec<u32>)> =
                active.iter().copied().zip(acted.actions.iter().cloned()).collect();
            let steps = env.step(&requests).map_err(PpoError::Env)?;
            if steps.len() != active.len() {
                return Err(PpoError::Env(format!(
                    "step returned {} results for {} actions",
                    steps.len(),
                    active.len()
                )));
            }
            let transitions = obs.into_iter().zip(masks).zip(acted.actions).enumerate();
            for ((k, ((obs, mask), action)), (&i, step)) in
                transitions.zip(active.iter().zip(steps))
            {
                let transition = Transition {
                    obs,
                    mask,
                    action,
                    log_prob: acted.log_probs[k],
                    value: acted.values[k],
                    reward: step.reward,
                };
                record(i, transition, &step);
                if !step.done {
                    current[i] = Some(step.obs);
                }
            }
        }
        Ok(())
    }

    /// Plays one episode in every environment (train-mode sampling).
    pub fn collect(&mut self, env: &mut dyn VecEnv) -> Result<Rollout, PpoError> {
        let n = env.num_envs();
        let mut trajectories: Vec<Vec<Transition>> = (0..n).map(|_| Vec::new()).collect();
        let mut discarded = vec![false; n];
        let mut faster = vec![false; n];
        let mut speedups = Vec::new();
        self.play_episodes(env, false, Mode::Train, |i, transition, step| {
            trajectories[i].push(transition);
            if step.done {
                if step.discard {
                    discarded[i] = true;
                } else if let Some(s) = step.speedup {
                    speedups.push(s);
                    faster[i] = s > 1.0;
                }
            }
        })?;
        let dropped = discarded.iter().filter(|&&d| d).count();
        if dropped > 0 {
            tracing::warn!(
                "{dropped} episode(s) dropped: their measurement failed outside the policy"
            );
        }
        let mut rollout = Rollout { speedups, dropped_episodes: dropped, ..Default::default() };
        let (gamma, lambda) = (self.config.gamma as f32, self.config.gae_lambda as f32);
        let kept = trajectories.into_iter().zip(discarded).zip(faster).filter(|((_, d), _)| !d);
        for ((trajectory, _), faster) in kept {
            let ret: f64 = trajectory.iter().map(|t| t.reward as f64).sum();
            // Kept: faster than untransformed, and no step with a negative
            // reward (a failed transform; with per-step rewards, also a
            // step that slowed the program down).
            let clean = trajectory.iter().all(|t| t.reward >= 0.0);
            if self.config.self_imitation_epochs > 0 && faster && clean && ret > 0.0 {
                self.keep_if_best(&trajectory, ret);
            }
            // GAE backwards over one episode; the state after the last step is terminal.
            let len = trajectory.len();
            let mut advantages = vec![0f32; len];
            let mut next_value = 0f32;
            let mut next_advantage = 0f32;
            for t in (0..len).rev() {
                let Transition { value, reward, .. } = trajectory[t];
                let delta = reward + gamma * next_value - value;
                next_advantage = delta + gamma * lambda * next_advantage;
                advantages[t] = next_advantage;
                next_value = value;
            }
            rollout.episode_returns.push(ret);
            rollout.episode_lengths.push(len);
            for (t, tr) in trajectory.into_iter().enumerate() {
                rollout.returns.push(advantages[t] + tr.value);
                rollout.advantages.push(advantages[t]);
                rollout.obs.push(tr.obs);
                rollout.masks.push(tr.mask);
                rollout.actions.push(tr.action);
                rollout.log_probs.push(tr.log_prob);
                rollout.values.push(tr.value);
            }
        }
        Ok(rollout)
    }

    /// Self-imitation: keeps `trajectory` as its start state's best episode
    /// if its return beats the one kept.
    fn keep_if_best(&mut self, trajectory: &[Transition], ret: f64) {
        let Some(first) = trajectory.first() else { return };
        let key = start_key(&first.obs);
        if self.elite.get(&key).is_some_and(|e| e.ret >= ret) {
            return;
        }
        let steps = trajectory
            .iter()
            .map(|t| Demonstration {
                obs: t.obs.clone(),
                mask: t.mask.clone(),
                action: t.action.clone(),
            })
            .collect();
        self.elite.insert(key, Elite { ret, steps });
    }

    /// Runs the PPO update on a rollout.
    pub fn update(&mut self, rollout: &Rollout) -> Result<UpdateStats, PpoError> {
        let n = rollout.obs.len();
        let lr = self.learning_rate();
        let entropy_coef = self.config.entropy_coef * self.entropy_scale;
        let mut stats = UpdateStats { lr, entropy_coef, ..Default::default() };
        if n == 0 {
            return Ok(stats);
        }
        let device = self.model.device().clone();
        let spec = self.model.spec().clone();
        let d = self.model.obs_dim();
        let obs = Tensor::from_vec(
            rollout.obs.iter().flatten().copied().collect::<Vec<f32>>(),
            (n, d),
            &device,
        )?;
        let masks = Masks::from_flat(&spec, &rollout.masks, &device)?;
        let actions = Tensor::from_vec(
            rollout.actions.iter().flatten().copied().collect::<Vec<u32>>(),
            (n, spec.action_len()),
            &device,
        )?;
        let old_logp = Tensor::from_vec(rollout.log_probs.clone(), n, &device)?;
        let old_values = Tensor::from_vec(rollout.values.clone(), n, &device)?;
        let advantages = Tensor::from_vec(rollout.advantages.clone(), n, &device)?;
        let returns = Tensor::from_vec(rollout.returns.clone(), n, &device)?;
        let clip = self.config.clip;
        let mut batches = 0usize;
        let (mut pl, mut vl, mut en, mut gn) = (0f64, 0f64, 0f64, 0f64);
        for epoch in 0..self.config.epochs {
            let mut order: Vec<u32> = (0..n as u32).collect();
            self.rng.shuffle(&mut order);
            let (mut kl_sum, mut clipped, mut count) = (0f64, 0f64, 0usize);
            for chunk in order.chunks(self.config.minibatch.max(1)) {
                let idx = Tensor::from_vec(chunk.to_vec(), chunk.len(), &device)?;
                let mb_obs = obs.index_select(&idx, 0)?;
                let mb_masks = masks.select(&idx)?;
                let mb_actions = actions.index_select(&idx, 0)?;
                let mb_old = old_logp.index_select(&idx, 0)?;
                let mb_ret = returns.index_select(&idx, 0)?;
                let mut mb_adv = advantages.index_select(&idx, 0)?;
                if self.config.normalize_advantages && chunk.len() > 1 {
                    let mean = mb_adv.mean_all()?;
                    let centered = mb_adv.broadcast_sub(&mean)?;
                    let std = centered.sqr()?.mean_all()?.sqrt()?;
                    mb_adv = centered.broadcast_div(&(std + 1e-8)?)?;
                }
                let (new_logp, entropy, values) = self.model.evaluate(
                    &mb_obs,
                    &mb_masks,
                    &mb_actions,
                    Mode::Train,
                    &mut self.rng,
                )?;
                let log_ratio = (&new_logp - &mb_old)?;
                let ratio = log_ratio.exp()?;
                // Clipped surrogate.
                let surrogate1 = (&mb_adv * &ratio)?.neg()?;
                let surrogate2 = (&mb_adv * ratio.clamp(1.0 - clip, 1.0 + clip)?)?.neg()?;
                let policy_loss = surrogate1.maximum(&surrogate2)?.mean_all()?;
                // Value loss, optionally clipped around the old value.
                let value_loss = if self.config.clip_value {
                    let mb_old_v = old_values.index_select(&idx, 0)?;
                    let clipped_v = (&mb_old_v + (&values - &mb_old_v)?.clamp(-clip, clip)?)?;
                    let a = (&values - &mb_ret)?.sqr()?;
                    let b = (clipped_v - &mb_ret)?.sqr()?;
                    (a.maximum(&b)?.mean_all()? * 0.5)?
                } else {
                    ((&values - &mb_ret)?.sqr()?.mean_all()? * 0.5)?
                };
                let entropy_mean = entropy.mean_all()?;
                // loss = policy_loss + value_coef * value_loss - entropy_coef * entropy,
                // differentiated as two terms on two threads (see `backward_sum`).
                let policy_term = (&policy_loss - (&entropy_mean * entropy_coef)?)?;
                let value_term = (&value_loss * self.config.value_coef)?;
                let grads = backward_sum(&policy_term, &value_term)?;
                let norm = self.optimizer.step(&grads, lr, Some(self.config.max_grad_norm))?;
                // Diagnostics.
                let ratio_v: Vec<f32> = ratio.to_vec1()?;
                let log_ratio_v: Vec<f32> = log_ratio.to_vec1()?;
                for (r, lr_) in ratio_v.iter().zip(&log_ratio_v) {
                    kl_sum += ((r - 1.0) - lr_) as f64;
                    if (r - 1.0).abs() as f64 > clip {
                        clipped += 1.0;
                    }
                }
                count += chunk.len();
                pl += policy_loss.to_dtype(DType::F64)?.to_scalar::<f64>()?;
                vl += value_loss.to_dtype(DType::F64)?.to_scalar::<f64>()?;
                en += entropy_mean.to_dtype(DType::F64)?.to_scalar::<f64>()?;
                gn += norm;
                batches += 1;
            }
            stats.approx_kl = kl_sum / count.max(1) as f64;
            stats.clip_fraction = clipped / count.max(1) as f64;
            stats.epochs = epoch + 1;
            if self.config.target_kl.is_some_and(|t| stats.approx_kl > t) {
                break;
            }
        }
        let b = batches.max(1) as f64;
        stats.policy_loss = pl / b;
        stats.value_loss = vl / b;
        stats.entropy = en / b;
        stats.grad_norm = gn / b;
        Ok(stats)
    }

    /// One iteration: collect, update, count.
    pub fn iterate(&mut self, env: &mut dyn VecEnv) -> Result<IterationMetrics, PpoError> {
        let started = Instant::now();
        let rollout = self.collect(env)?;
        let collect_seconds = started.elapsed().as_secs_f64();
        let started = Instant::now();
        // Every episode dropped: nothing to learn from this time.
        let update =
            if rollout.obs.is_empty() { UpdateStats::default() } else { self.update(&rollout)? };
        if !rollout.obs.is_empty() {
            self.entropy_scale =
                entropy_scale_after(self.entropy_scale, update.entropy, self.config.entropy_floor);
        }
        // Self-imitation: back towards the best episodes found so far.
        let lr = self.learning_rate();
        let self_imitation =
            if self.config.self_imitation_epochs > 0 && !self.elite.is_empty() && lr > 0.0 {
                let demos: Vec<Demonstration> =
                    self.elite.values().flat_map(|e| e.steps.iter().cloned()).collect();
                Some(self.imitate(&demos, self.config.self_imitation_epochs, lr)?)
            } else {
                None
            };
        self.iteration += 1;
        let counters = env.counters();
        let metrics = IterationMetrics {
            iteration: self.iteration,
            update,
            mean_return: rollout.episode_returns.iter().sum::<f64>()
                / rollout.episode_returns.len().max(1) as f64,
            geomean_speedup: geomean(&rollout.speedups),
            episodes: rollout.episode_returns.len(),
            steps: rollout.obs.len(),
            measurements: counters.measurements,
            cache_hits: counters.cache_hits,
            collect_seconds,
            update_seconds: started.elapsed().as_secs_f64(),
            dropped_episodes: rollout.dropped_episodes,
            validation_geomean: None,
            self_imitation,
            elite_episodes: self.elite.len(),
        };
        tracing::info!(
            iteration = metrics.iteration,
            mean_return = metrics.mean_return,
            entropy = metrics.update.entropy,
            approx_kl = metrics.update.approx_kl,
            "ppo iteration"
        );
        Ok(metrics)
    }

    /// Greedy (eval-mode) episodes: returns each environment's episode return
    /// and speedup.
    pub fn evaluate_greedy(
        &mut self,
        env: &mut dyn VecEnv,
    ) -> Result<Vec<(f64, Option<f64>)>, PpoError> {
        let mut results = vec![(0f64, None); env.num_envs()];
        self.play_episodes(env, true, Mode::Eval, |i, transition, step| {
            results[i].0 += transition.reward as f64;
            if step.done {
                results[i].1 = step.speedup;
            }
        })?;
        Ok(results)
    }
}

/// One demonstrated step for [`Trainer::imitate`]: what the environment
/// showed and the action a teacher (e.g. a heuristic) took.
#[derive(Clone, Debug, PartialEq)]
pub struct Demonstration {
    /// Observation vector.
    pub obs: Vec<f32>,
    /// Legality mask.
    pub mask: Vec<bool>,
    /// The teacher's action (`1 + Σ rows` entries).
    pub action: Vec<u32>,
}

/// What [`Trainer::imitate`] did.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ImitationStats {
    /// Demonstrated steps.
    pub samples: usize,
    /// Passes over them.
    pub epochs: usize,
    /// Mean negative log-likelihood of the teacher's actions in the first
    /// and in the last epoch.
    pub first_loss: f64,
    /// See `first_loss`.
    pub last_loss: f64,
    /// Fraction of steps where the greedy policy now takes the teacher's
    /// action.
    pub accuracy: f64,
}

impl<M: ActorCritic> Trainer<M> {
    /// Behaviour cloning: `epochs` passes of minibatch Adam steps at
    /// learning rate `lr` (the PPO configuration's minibatch and
    /// gradient-norm limit) that raise the policy's log-probability of each
    /// demonstrated action. A warm start for PPO: the policy begins where the
    /// teacher is instead of at uniform random schedules. The iteration
    /// count is not advanced.
    pub fn imitate(
        &mut self,
        demos: &[Demonstration],
        epochs: usize,
        lr: f64,
    ) -> Result<ImitationStats, PpoError> {
        if !(lr.is_finite() && lr > 0.0) {
            return Err(PpoError::Config(format!("imitation learning rate {lr} must be positive")));
        }
        let n = demos.len();
        let mut stats = ImitationStats { samples: n, epochs, ..Default::default() };
        if n == 0 || epochs == 0 {
            return Ok(stats);
        }
        let device = self.model.device().clone();
        let spec = self.model.spec().clone();
        let d = self.model.obs_dim();
        for (i, demo) in demos.iter().enumerate() {
            if demo.obs.len() != d || demo.action.len() != spec.action_len() {
                return Err(PpoError::Env(format!(
                    "demonstration {i}: observation of {} values and action of {}, the model \
                     takes {d} and {}",
                    demo.obs.len(),
                    demo.action.len(),
                    spec.action_len()
                )));
            }
        }
        let obs = Tensor::from_vec(
            demos.iter().flat_map(|x| x.obs.iter().copied()).collect::<Vec<f32>>(),
            (n, d),
            &device,
        )?;
        let masks_vec: Vec<Vec<bool>> = demos.iter().map(|x| x.mask.clone()).collect();
        let masks = Masks::from_flat(&spec, &masks_vec, &device)?;
        let actions = Tensor::from_vec(
            demos.iter().flat_map(|x| x.action.iter().copied()).collect::<Vec<u32>>(),
            (n, spec.action_len()),
            &device,
        )?;
        // An action its own mask forbids has probability zero: an infinite
        // loss that would ruin the weights. Refuse it by index.
        let (log_prob, _, _) =
            self.model.evaluate(&obs, &masks, &actions, Mode::Eval, &mut self.rng)?;
        if let Some(i) = log_prob.to_vec1::<f32>()?.iter().position(|l| !l.is_finite()) {
            return Err(PpoError::Env(format!(
                "demonstration {i}: the action is illegal under its own mask"
            )));
        }
        for epoch in 0..epochs {
            let mut order: Vec<u32> = (0..n as u32).collect();
            self.rng.shuffle(&mut order);
            let (mut total, mut batches) = (0f64, 0usize);
            for chunk in order.chunks(self.config.minibatch.max(1)) {
                let idx = Tensor::from_vec(chunk.to_vec(), chunk.len(), &device)?;
                let (log_prob, _, _) = self.model.evaluate(
                    &obs.index_select(&idx, 0)?,
                    &masks.select(&idx)?,
                    &actions.index_select(&idx, 0)?,
                    Mode::Train,
                    &mut self.rng,
                )?;
                let loss = log_prob.mean_all()?.neg()?;
                let grads = loss.backward()?;
                self.optimizer.step(&grads, lr, Some(self.config.max_grad_norm))?;
                total += loss.to_dtype(DType::F64)?.to_scalar::<f64>()?;
                batches += 1;
            }
            let mean = total / batches.max(1) as f64;
            if epoch == 0 {
                stats.first_loss = mean;
            }
            stats.last_loss = mean;
        }
        let acted = self.model.act(
            &demos.iter().map(|x| x.obs.clone()).collect::<Vec<_>>(),
            &masks_vec,
            true,
            Mode::Eval,
            &mut self.rng,
        )?;
        let same =
            acted.actions.iter().zip(demos).filter(|(a, x)| spec.same_choice(a, &x.action)).count();
        stats.accuracy = same as f64 / n as f64;
        Ok(stats)
    }
}

/// Appends one JSON line to a metrics file (created if missing).
pub fn append_metrics(path: &std::path::Path, metrics: &IterationMetrics) -> std::io::Result<()> {
    use std::io::Write;
    let mut f = std::fs::OpenOptions::new().create(true).append(true).open(path)?;
    let line = serde_json::to_string(metrics).map_err(std::io::Error::other)?;
    writeln!(f, "{line}")
}

/// The gradients of `a + b`, computed as two backward passes run side by
/// side and summed. candle walks one graph on one thread; an actor-critic
/// whose policy and value networks share no weights has a loss made of two
/// disjoint graphs, and their passes overlap on two cores. Weights that
/// both terms reach get the sum of both gradients, so the result equals
/// `(a + b).backward()` for any model.
pub fn backward_sum(a: &Tensor, b: &Tensor) -> candle_core::Result<GradStore> {
    let (ga, gb) = rayon::join(|| a.backward(), || b.backward());
    let (mut grads, other) = (ga?, gb?);
    let ids: Vec<_> = other.get_ids().copied().collect();
    for id in ids {
        let Some(g) = other.get_id(id) else { continue };
        let sum = match grads.get_id(id) {
            Some(existing) => (existing + g)?,
            None => g.clone(),
        };
        grads.insert_id(id, sum);
    }
    Ok(grads)
}
