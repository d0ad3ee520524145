//! What a project depending on mlirrl's published crates does: measure a
//! schedule on a matmul in an isolated worker process (this binary is its own
//! worker), and run one PPO iteration on the synthetic environment.

use mlirrl::worker::serve_if_requested;
use mlirrl_env::{Candidate, MeasureConfig, MeasureJob, Measurer, WorkerCommand, WorkerPool};
use mlirrl_models::{EncoderConfig, Model, ModelConfig, synthetic::SyntheticEnv};
use mlirrl_ppo::{PpoConfig, Trainer};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    // A worker started by the pool below runs this same binary.
    serve_if_requested();

    let job = MeasureJob {
        name: "matmul_256".into(),
        program: mlirrl_ir::builders::matmul(256, 256, 256, "f32"),
        candidate: Candidate::Schedule("operation_0:TP(64,64,0)T(8,32,1)V()".parse()?),
        config: MeasureConfig { runs: 3, threads: 2, ..MeasureConfig::default() },
    };
    let pool = WorkerPool::new(WorkerCommand::current_exe()?, 1);
    let m = pool.measure(&job);
    let timing = m.candidate.as_ref().map_err(|f| format!("measurement failed: {f}"))?;
    let speedup = m.speedup().ok_or("no speedup")?;
    println!("matmul 256^3: {} ns, {speedup:.1}x over untransformed, correct", timing.median_ns);
    if speedup <= 1.0 {
        return Err(format!("a tiled, vectorised matmul was not faster ({speedup:.2}x)").into());
    }

    let mut env = SyntheticEnv::new(4, 2);
    let config = ModelConfig {
        encoder: EncoderConfig::Lstm { embed: 16, hidden: 16, dropout: 0.0 },
        width: 32,
        backbone_layers: 1,
        seed: 1,
    };
    let model = Model::new(config, env.layout().clone(), env.spec().clone())?;
    let mut trainer = Trainer::new(model, PpoConfig { minibatch: 8, ..PpoConfig::default() })?;
    let metrics = trainer.iterate(&mut env)?;
    println!(
        "one PPO iteration: {} episodes, {} steps, mean return {:.3}, policy loss {:.4}",
        metrics.episodes, metrics.steps, metrics.mean_return, metrics.update.policy_loss
    );
    if metrics.episodes != 4 || metrics.steps != 8 || !metrics.update.policy_loss.is_finite() {
        return Err("the PPO iteration did not run as configured".into());
    }
    Ok(())
}
