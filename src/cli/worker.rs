//! `mlirrl worker [--cache DIR] [--measure nats://URL]` serves measurement and
//! environment requests on stdin/stdout (the length-prefixed protocol of
//! `mlirrl_env::worker`); `mlirrl worker --nats nats://URL [--threads N]`
//! pulls measurement jobs from a NATS JetStream queue instead.

use super::Error;
use std::{path::PathBuf, sync::Arc};

/// Arguments of `mlirrl worker`.
#[derive(clap::Args)]
pub struct Args {
    /// Measurement cache directory shared with other workers.
    #[arg(long)]
    cache: Option<PathBuf>,
    /// Pull jobs from this NATS broker (JetStream) instead of stdin.
    #[arg(long)]
    nats: Option<String>,
    /// Serve stdin/stdout but send measurements to NATS workers at this URL.
    #[arg(long)]
    measure: Option<String>,
    /// OpenMP threads of the measuring child (with --nats).
    #[arg(long, default_value_t = 1)]
    threads: usize,
    /// Deliveries of a job before it is reported failed (with --nats).
    #[arg(long, default_value_t = 3)]
    max_deliver: i64,
    /// Seconds a worker may hold a job before it is redelivered (with --nats).
    #[arg(long, default_value_t = 120)]
    ack_wait: u64,
}

/// Runs the subcommand.
pub fn run(args: Args) -> Result<(), Error> {
    if let Some(url) = &args.nats {
        let mut config = mlirrl::nats::NatsConfig::new(url.clone());
        config.max_deliver = args.max_deliver;
        config.ack_wait = std::time::Duration::from_secs(args.ack_wait.max(1));
        let mut isolate = mlirrl::env::WorkerCommand::current_exe()?;
        isolate.threads = args.threads.max(1);
        isolate.cache_dir = args.cache.clone();
        mlirrl::nats::serve(&config, isolate, &|| false)?;
        return Ok(());
    }
    if let Some(url) = &args.measure {
        let measurer =
            mlirrl::nats::NatsMeasurer::connect(mlirrl::nats::NatsConfig::new(url.clone()))?;
        let measurer: Arc<dyn mlirrl::env::Measurer + Send + Sync> = match &args.cache {
            Some(dir) => {
                Arc::new(mlirrl::env::CachedMeasurer::new(measurer, mlirrl::env::Cache::open(dir)?))
            }
            None => Arc::new(measurer),
        };
        mlirrl::env::worker::serve_with(
            std::io::stdin().lock(),
            std::io::stdout().lock(),
            measurer,
        )?;
        return Ok(());
    }
    let options = mlirrl::env::worker::ServeOptions { cache_dir: args.cache };
    mlirrl::env::worker::serve(std::io::stdin().lock(), std::io::stdout().lock(), &options)?;
    Ok(())
}
