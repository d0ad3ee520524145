//! Times one PPO update of the original system's LSTM agent (64 episodes x
//! 20 steps, 4 epochs of minibatches of 64) on synthetic data, without
//! linking MLIR: a quick way to compare builds or machines. Prints the
//! median of `N` updates (default 3) after one warm-up, in seconds.
//!
//! Run: `cargo run --release -p mlirrl-models --example ppo_update -- [N]`

use mlirrl_models::{Model, ModelConfig, synthetic};
use mlirrl_ppo::{PpoConfig, Rng, Trainer};
use std::time::Instant;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let runs: usize = match std::env::args().nth(1) {
        Some(n) => n.parse().map_err(|e| format!("runs must be a number: {e}"))?,
        None => 3,
    };
    let model =
        Model::new(ModelConfig::default(), synthetic::seed_layout(), synthetic::seed_spec())?;
    let rollout = synthetic::rollout(&model, 64 * 20, &mut Rng::new(2))?;
    let mut trainer =
        Trainer::new(model, PpoConfig { epochs: 4, minibatch: 64, ..PpoConfig::default() })?;
    trainer.update(&rollout)?;
    let mut seconds: Vec<f64> = (0..runs.max(1))
        .map(|_| {
            let started = Instant::now();
            trainer.update(&rollout).map(|_| started.elapsed().as_secs_f64())
        })
        .collect::<Result<_, _>>()?;
    seconds.sort_by(f64::total_cmp);
    println!("{:.3}", seconds[seconds.len() / 2]);
    Ok(())
}
