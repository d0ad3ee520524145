//! The original system's sizes and synthetic data at those sizes, for
//! benchmarks and tests that exercise the networks without MLIR, and
//! [`SyntheticEnv`], a small learnable task with the same sizes.
//!
//! ```
//! use mlirrl_models::{Model, ModelConfig, synthetic};
//! use mlirrl_ppo::Rng;
//! let (layout, spec) = (synthetic::seed_layout(), synthetic::seed_spec());
//! assert_eq!((layout.total(), spec.mask_len()), (2508, 181));
//! let (obs, masks) = synthetic::batch(&layout, &spec, 2, &mut Rng::new(0));
//! assert_eq!((obs[1].len(), masks[1].len()), (2508, 181));
//! ```

use crate::{LoopTokenLayout, Model, ObsLayout};
use mlirrl_ppo::{ActionHeads, ActorCritic, EnvObs, EnvStep, Head, Mode, Rng, Rollout, VecEnv};

/// The original system's observation layout (L = LS = LSD = 7, an action
/// history of 1,085 values): 2,508 values in all, with the loop tokens of
/// the seed features (`mlirrl_ir::SeedFeatures`, which the workspace's
/// tests check this against).
pub fn seed_layout() -> ObsLayout {
    ObsLayout { op_features: 711, history: 1085, loop_tokens: Some(seed_loop_tokens(7, 7, 7)) }
}

/// The loop tokens of the seed op features with L loops, LS accesses and
/// access rank LSD: `[op type (6), trip counts (L), iterator flags (L),
/// loads (LS·LSD·L), stores (LS·LSD·L), op counts (5)]`, one token per loop
/// holding its trip count, its iterator flag, its column of every access
/// matrix, the op type and the op counts. For models and benchmarks that
/// run without MLIR; environments take the layout from their extractor.
pub fn seed_loop_tokens(l: usize, ls: usize, lsd: usize) -> LoopTokenLayout {
    let block = ls * lsd * l;
    let (loads, stores) = (6 + 2 * l, 6 + 2 * l + block);
    let counts = stores + block;
    let mut indices = Vec::new();
    for loop_index in 0..l {
        indices.push((6 + loop_index) as u32);
        indices.push((6 + l + loop_index) as u32);
        for base in [loads, stores] {
            for a in 0..ls {
                for d in 0..lsd {
                    indices.push((base + a * lsd * l + d * l + loop_index) as u32);
                }
            }
        }
        indices.extend(0..6u32);
        indices.extend((counts as u32)..(counts as u32 + 5));
    }
    LoopTokenLayout { loops: l, width: 2 + 2 * ls * lsd + 11, indices }
}

/// Length of the seed op features with L loops, LS accesses and rank LSD.
pub fn seed_op_features(l: usize, ls: usize, lsd: usize) -> usize {
    6 + 2 * l + 2 * ls * lsd * l + 5
}

/// The original system's action heads: 6 transformations, three tiling
/// heads of 7 loops x 8 sizes, one interchange head of 7 choices (a
/// 181-entry mask).
pub fn seed_spec() -> ActionHeads {
    let tiling = Head { rows: 7, choices: 8 };
    ActionHeads {
        selection: 6,
        heads: vec![tiling.clone(), tiling.clone(), tiling, Head { rows: 1, choices: 7 }],
        head_of_selection: vec![None, Some(0), Some(1), Some(2), Some(3), None],
    }
}

/// `n` observations uniform in [0, 1) and masks with each choice legal
/// with probability 0.7.
pub fn batch(
    layout: &ObsLayout,
    spec: &ActionHeads,
    n: usize,
    rng: &mut Rng,
) -> (Vec<Vec<f32>>, Vec<Vec<bool>>) {
    let obs =
        (0..n).map(|_| (0..layout.total()).map(|_| rng.uniform(0.0, 1.0)).collect()).collect();
    let masks =
        (0..n).map(|_| (0..spec.mask_len()).map(|_| rng.next_f32() < 0.7).collect()).collect();
    (obs, masks)
}

/// A rollout of `n` samples for `model`: synthetic observations and masks,
/// actions, log-probabilities and values from the model itself (in
/// minibatches of 64), and advantages uniform in [-1, 1).
pub fn rollout(model: &Model, n: usize, rng: &mut Rng) -> candle_core::Result<Rollout> {
    let (obs, masks) = batch(model.layout(), model.spec(), n, rng);
    let (mut actions, mut log_probs, mut values) = (Vec::new(), Vec::new(), Vec::new());
    for start in (0..n).step_by(64) {
        let range = start..(start + 64).min(n);
        let acted = model.act(&obs[range.clone()], &masks[range], false, Mode::Train, rng)?;
        actions.extend(acted.actions);
        log_probs.extend(acted.log_probs);
        values.extend(acted.values);
    }
    let advantages: Vec<f32> = (0..n).map(|_| rng.uniform(-1.0, 1.0)).collect();
    let returns = advantages.iter().zip(&values).map(|(a, v)| a + v).collect();
    Ok(Rollout {
        obs,
        masks,
        actions,
        log_probs,
        values,
        advantages,
        returns,
        ..Default::default()
    })
}

/// A [`VecEnv`] at the original system's sizes that needs no MLIR: every
/// step shows one fixed random observation whose first two values are the
/// one-hot of a context bit drawn per step (where real observations hold the
/// op type), with random legal masks in which selection `1 + context` is
/// always legal; a step pays 1 when that selection is chosen, else 0. A policy can learn it, so one PPO iteration on it
/// exercises the whole training path of a library user's build.
///
/// ```
/// use mlirrl_models::synthetic::SyntheticEnv;
/// use mlirrl_ppo::{Rng, VecEnv};
/// let mut env = SyntheticEnv::new(4, 3);
/// let obs = env.reset(&mut Rng::new(1)).unwrap();
/// assert_eq!((obs.len(), obs[0].obs.len(), obs[0].mask.len()), (4, 2508, 181));
/// ```
#[derive(Clone, Debug)]
pub struct SyntheticEnv {
    layout: ObsLayout,
    spec: ActionHeads,
    steps: usize,
    rng: Rng,
    base: Vec<f32>,
    current: Vec<(EnvObs, usize)>,
}

impl SyntheticEnv {
    /// `n` environments, `steps` steps per episode (at least 1).
    pub fn new(n: usize, steps: usize) -> Self {
        Self {
            layout: seed_layout(),
            spec: seed_spec(),
            steps: steps.max(1),
            rng: Rng::new(0),
            base: batch(&seed_layout(), &seed_spec(), 1, &mut Rng::new(0)).0.remove(0),
            current: vec![(EnvObs { obs: vec![], mask: vec![] }, 0); n],
        }
    }

    /// The observation layout (the original system's).
    pub fn layout(&self) -> &ObsLayout {
        &self.layout
    }

    /// The action heads (the original system's).
    pub fn spec(&self) -> &ActionHeads {
        &self.spec
    }

    fn observe(&mut self) -> EnvObs {
        let (_, mut masks) = batch(&self.layout, &self.spec, 1, &mut self.rng);
        let mut obs = self.base.clone();
        let context = self.rng.below(2);
        obs[0] = (context == 0) as u8 as f32;
        obs[1] = (context == 1) as u8 as f32;
        let mut mask = masks.pop().unwrap_or_default();
        mask[Self::target(&obs)] = true;
        EnvObs { obs, mask }
    }

    /// The selection that pays in this observation.
    fn target(obs: &[f32]) -> usize {
        1 + obs[1] as usize
    }
}

impl VecEnv for SyntheticEnv {
    fn num_envs(&self) -> usize {
        self.current.len()
    }

    fn reset(&mut self, rng: &mut Rng) -> Result<Vec<EnvObs>, String> {
        self.rng = Rng::new(rng.next_u64());
        for i in 0..self.current.len() {
            self.current[i] = (self.observe(), 0);
        }
        Ok(self.current.iter().map(|(o, _)| o.clone()).collect())
    }

    fn step(&mut self, actions: &[(usize, Vec<u32>)]) -> Result<Vec<EnvStep>, String> {
        let mut out = Vec::with_capacity(actions.len());
        for (i, action) in actions {
            let i = *i;
            let Some((obs, step)) = self.current.get(i).cloned() else {
                return Err(format!("no environment {i}"));
            };
            let selection = *action.first().ok_or("empty action")? as usize;
            if !obs.mask.get(selection).copied().unwrap_or(false) {
                return Err(format!("illegal action: selection {selection} is masked"));
            }
            let reward = (selection == Self::target(&obs.obs)) as u8 as f32;
            let done = step + 1 == self.steps;
            let next = if done { obs.clone() } else { self.observe() };
            self.current[i] = (next.clone(), step + 1);
            out.push(EnvStep { obs: next, reward, done, speedup: None, discard: false });
        }
        Ok(out)
    }
}
