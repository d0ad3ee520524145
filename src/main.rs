//! The `mlirrl` command-line tool. Each subcommand lives in `cli/`; this file
//! parses arguments and turns any error into one message on stderr and a
//! non-zero exit code.

mod cli;

use clap::{Parser, Subcommand};
use std::process::ExitCode;

/// Learns to optimise MLIR linalg programs with reinforcement learning.
#[derive(Parser)]
#[command(name = "mlirrl", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
    /// More log output on stderr (-v: info, -vv: debug); RUST_LOG overrides.
    #[arg(short, long, global = true, action = clap::ArgAction::Count)]
    verbose: u8,
    /// Only errors on stderr (and no progress bar).
    #[arg(short, long, global = true, conflicts_with = "verbose")]
    quiet: bool,
}

/// Installs the log subscriber: warnings by default, `-v`/`-vv`/`-q` or
/// `RUST_LOG` (e.g. `RUST_LOG=mlirrl_nats=debug`) to change it. Logs go to
/// stderr, so stdout stays the command's own output.
fn install_logging(verbose: u8, quiet: bool) {
    let level = match (quiet, verbose) {
        (true, _) => "error",
        (false, 0) => "warn",
        (false, 1) => "info",
        _ => "debug",
    };
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new(level));
    use std::io::IsTerminal;
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_ansi(std::io::stderr().is_terminal())
        .with_writer(std::io::stderr)
        .with_target(false)
        .try_init();
}

#[derive(Subcommand)]
enum Command {
    /// Print the program model of a .mlir file: ops, loops, trip counts,
    /// accesses, graph (and features with --features).
    Inspect(cli::inspect::Args),
    /// Measure a .mlir file, untransformed or with a schedule or Transform
    /// script, checked against the untransformed program.
    Measure(cli::measure::Args),
    /// Generate a benchmark dataset (programs, manifest, split, baselines).
    Generate(cli::generate::Args),
    /// Evaluate baselines (and a trained policy) on a suite: report.md,
    /// report.csv, plots.
    Eval(cli::eval::Args),
    /// Train a policy (PPO) from a TOML configuration; resumes an existing run.
    Train(cli::train::Args),
    /// Optimise a .mlir file with a trained policy: schedule, Transform
    /// script, optimised program, measured speedup.
    Optimize(cli::optimize::Args),
    /// Search for the fastest schedule of a .mlir file with N measurements
    /// (evolutionary search over the action space, seeded by the heuristic
    /// and, with --checkpoint, a policy).
    Tune(cli::tune::Args),
    /// Import an ONNX model: whole-network linalg module with weights as
    /// arguments, per-op and per-block benchmark files.
    Import(cli::import::Args),
    /// Optimise a whole ONNX network with a trained policy and run it end to
    /// end: untransformed vs optimised vs ONNX Runtime, per-layer speedups.
    EvalModel(cli::eval_model::Args),
    /// Serve measurement and environment requests on stdin/stdout (started
    /// by worker pools; not for interactive use).
    Worker(mlirrl::worker::WorkerArgs),
}

fn main() -> ExitCode {
    // A bug must still end in one clear line, not a panic message and backtrace.
    std::panic::set_hook(Box::new(|info| {
        let message = info
            .payload()
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| info.payload().downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "unknown panic".into());
        let at =
            info.location().map(|l| format!(" at {}:{}", l.file(), l.line())).unwrap_or_default();
        eprintln!("error: internal error: {message}{at} (please report this)");
    }));
    let cli = Cli::parse();
    install_logging(cli.verbose, cli.quiet);
    let result = match cli.command {
        Command::Inspect(args) => cli::inspect::run(args),
        Command::Measure(args) => cli::measure::run(args),
        Command::Worker(args) => mlirrl::worker::Worker::default().run(args),
        Command::Generate(args) => cli::generate::run(args),
        Command::Eval(args) => cli::eval::run(args),
        Command::Train(args) => cli::train::run(args, cli.quiet),
        Command::Optimize(args) => cli::optimize::run(args),
        Command::Tune(args) => cli::tune::run(args),
        Command::Import(args) => cli::import::run(args),
        Command::EvalModel(args) => cli::eval_model::run(args),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            let message = error.to_string();
            eprintln!("error: {message}");
            let mut source = error.source();
            while let Some(cause) = source {
                let cause_text = cause.to_string();
                if !message.contains(&cause_text) {
                    eprintln!("  caused by: {cause_text}");
                }
                source = cause.source();
            }
            match error.downcast_ref::<cli::Exit>() {
                Some(exit) => ExitCode::from(exit.code),
                None => ExitCode::FAILURE,
            }
        }
    }
}
