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
    /// Seconds a worker may go without news before its job is redelivered
    /// (with --nats; workers acknowledge progress while measuring, so only a
    /// dead or disconnected worker loses its job).
    #[arg(long, default_value_t = 120)]
    ack_wait: u64,
    /// NATS `.creds` file (JWT and nkey seed). Secrets are never taken on
    /// the command line: tokens and passwords come from MLIRRL_NATS_TOKEN(_FILE),
    /// MLIRRL_NATS_USER and MLIRRL_NATS_PASSWORD(_FILE).
    #[arg(long)]
    nats_creds: Option<PathBuf>,
    /// File holding an nkey seed.
    #[arg(long)]
    nats_nkey: Option<PathBuf>,
    /// CA certificate(s) that sign the broker's TLS certificate (PEM).
    #[arg(long)]
    nats_tls_ca: Option<PathBuf>,
    /// Client certificate for TLS (PEM; with --nats-tls-key).
    #[arg(long)]
    nats_tls_cert: Option<PathBuf>,
    /// Client key for TLS (PEM).
    #[arg(long)]
    nats_tls_key: Option<PathBuf>,
    /// Refuse to run without credentials (the recommended setting on shared
    /// networks; see docs/distributed.md).
    #[arg(long)]
    require_auth: bool,
}

/// The NATS settings of `url` with the environment's credentials and the
/// command line's files.
fn nats_config(url: &str, args: &Args) -> Result<mlirrl::nats::NatsConfig, Error> {
    let mut config = mlirrl::nats::NatsConfig::from_env(url)?;
    let auth = &mut config.auth;
    let set = |slot: &mut Option<PathBuf>, value: &Option<PathBuf>| {
        if let Some(v) = value {
            *slot = Some(v.clone());
        }
    };
    set(&mut auth.creds_file, &args.nats_creds);
    set(&mut auth.nkey_file, &args.nats_nkey);
    set(&mut auth.tls_ca, &args.nats_tls_ca);
    set(&mut auth.tls_cert, &args.nats_tls_cert);
    set(&mut auth.tls_key, &args.nats_tls_key);
    auth.require_auth |= args.require_auth;
    auth.check()?;
    Ok(config)
}

/// Runs the subcommand.
pub fn run(args: Args) -> Result<(), Error> {
    if let Some(url) = &args.nats {
        if args.max_deliver < 1 {
            return Err(format!("--max-deliver {} must be at least 1", args.max_deliver).into());
        }
        let mut config = nats_config(url, &args)?;
        config.max_deliver = args.max_deliver;
        config.ack_wait = std::time::Duration::from_secs(args.ack_wait.max(1));
        let mut isolate = mlirrl::env::WorkerCommand::current_exe()?;
        isolate.threads = args.threads.max(1);
        isolate.cache_dir = args.cache.clone();
        mlirrl::nats::serve(&config, isolate, &|| false)?;
        return Ok(());
    }
    if let Some(url) = &args.measure {
        let measurer = mlirrl::nats::NatsMeasurer::connect(nats_config(url, &args)?)?;
        let measurer: Arc<dyn mlirrl::env::Measurer + Send + Sync> = match &args.cache {
            Some(dir) => {
                Arc::new(mlirrl::env::CachedMeasurer::new(measurer, mlirrl::env::Cache::open(dir)?))
            }
            None => Arc::new(measurer),
        };
        mlirrl::env::worker::watch_parent();
        let (input, output) = mlirrl::env::worker::take_protocol_streams()?;
        mlirrl::env::worker::lock_down();
        mlirrl::env::worker::serve_with(input, output, measurer)?;
        return Ok(());
    }
    let options = mlirrl::env::worker::ServeOptions { cache_dir: args.cache };
    mlirrl::env::worker::watch_parent();
    let (input, output) = mlirrl::env::worker::take_protocol_streams()?;
    mlirrl::env::worker::lock_down();
    mlirrl::env::worker::serve(input, output, &options)?;
    Ok(())
}
