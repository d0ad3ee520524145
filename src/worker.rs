//! The one worker entry point: `mlirrl worker`, and every other binary
//! that is its own worker (the examples, a researcher's training program),
//! serve through [`Worker`].
//!
//! A worker serves one of three ways, chosen by its arguments:
//!
//! - `worker [--cache DIR]`: measurement and environment requests on its
//!   (private) standard streams, measured in-process — what worker pools
//!   start;
//! - `worker --measure nats://URL [--cache DIR]`: the same requests, with
//!   measurements sent to NATS workers ([`MeasureBackend::Nats`] in a
//!   [`WorkerCommand`] starts workers this way);
//! - `worker --nats nats://URL [--threads N]`: pulls measurement jobs from
//!   the broker and measures each in an isolated child of the same binary.
//!
//! The first thing in `main` of such a binary:
//!
//! ```no_run
//! // Serves and exits when started as a worker; returns at once otherwise.
//! mlirrl::worker::serve_if_requested();
//! // ... the program itself, which may start workers with
//! // `WorkerCommand::current_exe()`.
//! ```
//!
//! [`MeasureBackend::Nats`]: crate::env::MeasureBackend::Nats
//! [`WorkerCommand`]: crate::env::WorkerCommand

use crate::env::{
    Cache, CachedMeasurer, EnvConfig, MeasureBackend, Measurer, SharedExtractor, WorkerCommand,
    worker::{self as env_worker, ExtractorFactory, ServeOptions},
};
use std::{path::PathBuf, sync::Arc};

/// The error of a worker that could not serve.
pub type Error = Box<dyn std::error::Error + Send + Sync>;

/// Arguments of a worker (`mlirrl worker --help` shows them; `Default`
/// gives the command line's defaults).
#[derive(Clone, Debug, clap::Args)]
pub struct WorkerArgs {
    /// Measurement cache directory shared with other workers.
    #[arg(long)]
    pub cache: Option<PathBuf>,
    /// Pull jobs from this NATS broker (JetStream) instead of stdin.
    #[arg(long)]
    pub nats: Option<String>,
    /// Serve stdin/stdout but send measurements to NATS workers at this URL
    /// (`local`: measure here, the default).
    #[arg(long)]
    pub measure: Option<MeasureBackend>,
    /// OpenMP threads of the measuring child (with --nats).
    #[arg(long, default_value_t = 1)]
    pub threads: usize,
    /// Deliveries of a job before it is reported failed (with --nats).
    #[arg(long, default_value_t = 3)]
    pub max_deliver: i64,
    /// Seconds a worker may go without news before its job is redelivered
    /// (with --nats; workers acknowledge progress while measuring, so only a
    /// dead or disconnected worker loses its job).
    #[arg(long, default_value_t = 120)]
    pub ack_wait: u64,
    /// NATS `.creds` file (JWT and nkey seed). Secrets are never taken on
    /// the command line: tokens and passwords come from MLIRRL_NATS_TOKEN(_FILE),
    /// MLIRRL_NATS_USER and MLIRRL_NATS_PASSWORD(_FILE).
    #[arg(long)]
    pub nats_creds: Option<PathBuf>,
    /// File holding an nkey seed.
    #[arg(long)]
    pub nats_nkey: Option<PathBuf>,
    /// CA certificate(s) that sign the broker's TLS certificate (PEM).
    #[arg(long)]
    pub nats_tls_ca: Option<PathBuf>,
    /// Client certificate for TLS (PEM; with --nats-tls-key).
    #[arg(long)]
    pub nats_tls_cert: Option<PathBuf>,
    /// Client key for TLS (PEM).
    #[arg(long)]
    pub nats_tls_key: Option<PathBuf>,
    /// Refuse to run without credentials (the recommended setting on shared
    /// networks; see docs/distributed.md).
    #[arg(long)]
    pub require_auth: bool,
}

impl Default for WorkerArgs {
    fn default() -> Self {
        Self {
            cache: None,
            nats: None,
            measure: None,
            threads: 1,
            max_deliver: 3,
            ack_wait: 120,
            nats_creds: None,
            nats_nkey: None,
            nats_tls_ca: None,
            nats_tls_cert: None,
            nats_tls_key: None,
            require_auth: false,
        }
    }
}

/// The command line of a binary started as a worker (`BINARY worker ...`).
#[derive(clap::Parser)]
#[command(name = "worker", about = "Serve mlirrl measurement and environment requests")]
struct WorkerCli {
    #[command(flatten)]
    args: WorkerArgs,
}

/// The NATS settings of `url` with the environment's credentials and the
/// command line's files.
fn nats_config(url: &str, args: &WorkerArgs) -> Result<crate::nats::NatsConfig, Error> {
    let mut config = crate::nats::NatsConfig::from_env(url)?;
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

/// A worker: how it builds the feature extractor of the environments it
/// hosts (the seed features unless told otherwise).
#[derive(Clone)]
pub struct Worker {
    extractor: ExtractorFactory,
}

impl Default for Worker {
    fn default() -> Self {
        Self { extractor: env_worker::seed_extractors() }
    }
}

impl Worker {
    /// A worker whose environments observe ops through the extractor that
    /// `make` builds from each environment's configuration. A program that
    /// trains with its own extractor serves its workers with this, so the
    /// environments in worker processes see what its model was sized for.
    pub fn with_extractor(
        make: impl Fn(&EnvConfig) -> SharedExtractor + Send + Sync + 'static,
    ) -> Self {
        Self { extractor: Arc::new(make) }
    }

    /// If this process was started as a worker (`argv[1] == "worker"`),
    /// serves with the rest of the arguments as [`WorkerArgs`] and exits
    /// (status 0 when its parent closed the protocol, 1 on an error, 2 on
    /// bad arguments); otherwise returns at once.
    pub fn serve_if_requested(&self) {
        let mut args = std::env::args_os().skip(1);
        if args.next().as_deref() != Some(std::ffi::OsStr::new(env_worker::WORKER_ARG)) {
            return;
        }
        std::process::exit(self.main(args));
    }

    /// Serves with `args` (the worker arguments, after `worker`) and returns
    /// the process exit status: 0 when the parent closed the protocol, 1 on
    /// an error (printed on stderr), 2 on bad arguments (with clap's
    /// message). For hosts that start workers their own way, e.g. an
    /// interpreter running `python -m mlirrl.worker worker ...`.
    pub fn main(&self, args: impl IntoIterator<Item = std::ffi::OsString>) -> i32 {
        let argv = std::iter::once(std::ffi::OsString::from(env_worker::WORKER_ARG)).chain(args);
        let cli = match <WorkerCli as clap::Parser>::try_parse_from(argv) {
            Ok(cli) => cli,
            Err(e) => {
                let _ = e.print();
                return e.exit_code();
            }
        };
        match self.run(cli.args) {
            Ok(()) => 0,
            Err(e) => {
                eprintln!("error: worker: {e}");
                1
            }
        }
    }

    /// Serves as `args` say until the parent (or, with `--nats`, the broker
    /// connection) goes away.
    pub fn run(&self, args: WorkerArgs) -> Result<(), Error> {
        if let Some(url) = &args.nats {
            if args.max_deliver < 1 {
                return Err(format!("--max-deliver {} must be at least 1", args.max_deliver).into());
            }
            let mut config = nats_config(url, &args)?;
            config.max_deliver = args.max_deliver;
            config.ack_wait = std::time::Duration::from_secs(args.ack_wait.max(1));
            let mut isolate = WorkerCommand::current_exe()?;
            isolate.threads = args.threads.max(1);
            isolate.cache_dir = args.cache.clone();
            crate::nats::serve(&config, isolate, &|| false)?;
            return Ok(());
        }
        let measurer: Arc<dyn Measurer + Send + Sync> = match &args.measure {
            Some(MeasureBackend::Nats { url }) => {
                let remote = crate::nats::NatsMeasurer::connect(nats_config(url, &args)?)?;
                match &args.cache {
                    Some(dir) => Arc::new(CachedMeasurer::new(remote, Cache::open(dir)?)),
                    None => Arc::new(remote),
                }
            }
            Some(MeasureBackend::Local) | None => {
                env_worker::local_measurer(args.cache.as_deref())?
            }
        };
        let options = ServeOptions { cache_dir: args.cache, extractor: self.extractor.clone() };
        env_worker::watch_parent();
        let (input, output) = env_worker::take_protocol_streams()?;
        env_worker::lock_down();
        env_worker::serve_with(input, output, measurer, &options)?;
        Ok(())
    }
}

/// [`Worker::serve_if_requested`] with the seed features: the first call of
/// every binary that starts itself as a worker.
pub fn serve_if_requested() {
    Worker::default().serve_if_requested();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_arguments_are_the_command_lines() {
        let parsed = <WorkerCli as clap::Parser>::try_parse_from(["worker"]).unwrap();
        assert_eq!(format!("{:?}", parsed.args), format!("{:?}", WorkerArgs::default()));
    }

    #[test]
    fn the_measurement_backend_is_checked_when_read() {
        let parsed =
            <WorkerCli as clap::Parser>::try_parse_from(["worker", "--measure", "nats://h:4222"])
                .unwrap();
        assert_eq!(parsed.args.measure, Some(MeasureBackend::Nats { url: "nats://h:4222".into() }));
        assert!(
            <WorkerCli as clap::Parser>::try_parse_from(["worker", "--measure", "http://h"])
                .is_err()
        );
    }
}
