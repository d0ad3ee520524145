//! The original system's sizes and synthetic data at those sizes, for
//! benchmarks and tests that exercise the networks without an environment.
//!
//! ```
//! use mlirrl_models::{Model, ModelConfig, synthetic};
//! use mlirrl_ppo::Rng;
//! let (layout, spec) = (synthetic::seed_layout(), synthetic::seed_spec());
//! assert_eq!((layout.total(), spec.mask_len()), (2508, 181));
//! let (obs, masks) = synthetic::batch(&layout, &spec, 2, &mut Rng::new(0));
//! assert_eq!((obs[1].len(), masks[1].len()), (2508, 181));
//! ```

use crate::{Model, ObsLayout};
use mlirrl_ppo::{ActionHeads, ActorCritic, Head, Mode, Rng, Rollout};

/// The original system's observation layout (L = LS = LSD = 7, an action
/// history of 1,085 values): 2,508 values in all.
pub fn seed_layout() -> ObsLayout {
    ObsLayout { op_features: 711, history: 1085, max_loops: 7, max_accesses: 7, max_access_rank: 7 }
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
