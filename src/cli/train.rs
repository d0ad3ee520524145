//! `mlirrl train [--config C.toml] --out DIR`

use super::Error;
use mlirrl::train::{TrainConfig, run_training};
use std::path::PathBuf;

/// Arguments of `mlirrl train`.
#[derive(clap::Args)]
pub struct Args {
    /// Training configuration (TOML); defaults when absent.
    #[arg(long)]
    config: Option<PathBuf>,
    /// Run directory: checkpoint, metrics.jsonl, cache. An existing run there
    /// is resumed.
    #[arg(long)]
    out: PathBuf,
    /// Override the number of iterations.
    #[arg(long)]
    iterations: Option<u64>,
    /// Where to measure: `local`, or NATS workers (`nats://HOST:PORT` or
    /// `tls://HOST:PORT`). Credentials come from the MLIRRL_NATS_* environment
    /// variables (see docs/distributed.md).
    #[arg(long)]
    measure: Option<mlirrl::env::MeasureBackend>,
}

/// Runs the subcommand.
/// `quiet` (the global `-q`) also turns the progress bar off.
pub fn run(args: Args, quiet: bool) -> Result<(), Error> {
    let mut config = match &args.config {
        Some(path) => {
            let text = std::fs::read_to_string(path)
                .map_err(|e| format!("{}: cannot read file: {e}", path.display()))?;
            TrainConfig::from_toml(&text).map_err(|e| format!("{}: {e}", path.display()))?
        }
        None => TrainConfig::default(),
    };
    if let Some(n) = args.iterations {
        config.train.iterations = n;
    }
    if let Some(backend) = args.measure {
        if let mlirrl::env::MeasureBackend::Nats { url } = &backend {
            mlirrl::nats::auth::split_url(url)?;
        }
        config.train.measure = backend;
    }
    let worker = mlirrl::env::WorkerCommand::current_exe()?;
    let (trainer, metrics) = run_training(&config, &args.out, worker, !quiet)?;
    if let Some(last) = metrics.last() {
        println!(
            "iteration {}: mean return {:.3}, geomean speedup {}, checkpoint {}",
            last.iteration,
            last.mean_return,
            last.geomean_speedup.map_or("-".into(), |g| format!("{g:.2}x")),
            args.out.join("checkpoint.safetensors").display()
        );
    } else {
        println!("already at iteration {}", trainer.iteration());
    }
    Ok(())
}
