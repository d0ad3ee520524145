//! `mlirrl eval --suite DIR --out DIR [--checkpoint CKPT | --no-policy] [--search greedy|sample:K] [--random K]`

use super::Error;
use mlirrl::{
    agent::{Policy, Search},
    bench::{self, EvalOptions, Split},
    env::{Cache, CachedMeasurer, EnvConfig, MeasureConfig, Measurer, WorkerCommand, WorkerPool},
};
use std::path::PathBuf;

/// Arguments of `mlirrl eval`.
#[derive(clap::Args)]
pub struct Args {
    /// Suite directory (with `manifest.json`, or any directory of `.mlir` files).
    #[arg(long)]
    suite: PathBuf,
    /// Output directory for `report.md`, `report.csv` and plots.
    #[arg(long)]
    out: PathBuf,
    /// Trained policy to evaluate (default: the shipped general policy).
    #[arg(long)]
    checkpoint: Option<PathBuf>,
    /// Evaluate the baselines only, no policy.
    #[arg(long, conflicts_with = "checkpoint")]
    no_policy: bool,
    /// How the policy chooses: `greedy`, `sample:K` (best of K) or `beam:K`.
    #[arg(long, default_value = "greedy")]
    search: Search,
    /// Random schedules per benchmark for the random-search baseline (0: none).
    #[arg(long, default_value_t = 20)]
    random: usize,
    /// Skip the heuristic baseline.
    #[arg(long)]
    no_heuristic: bool,
    /// Only this split (`train`, `validation`, `test`).
    #[arg(long)]
    split: Option<Split>,
    /// OpenMP threads (default: the available cores shared among the
    /// worker processes).
    #[arg(long)]
    threads: Option<usize>,
    /// Timed runs per measurement.
    #[arg(long, default_value_t = 5)]
    runs: usize,
    /// Worker processes.
    #[arg(long, default_value_t = 1)]
    workers: usize,
    /// Measurement cache directory.
    #[arg(long)]
    cache: Option<PathBuf>,
    /// Seed of random search and sampling.
    #[arg(long, default_value_t = 0)]
    seed: u64,
    /// Skip ONNX Runtime (by default each op is also timed as a one-node
    /// ONNX model when `import onnxruntime` works).
    #[arg(long)]
    no_ort: bool,
    /// The Python interpreter for ONNX Runtime.
    #[arg(long, default_value = "python3")]
    python: String,
}

/// Runs the subcommand.
pub fn run(args: Args) -> Result<(), Error> {
    let (_, items) = bench::load_suite(&args.suite)?;
    if items.is_empty() {
        return Err(format!("{}: no benchmarks found", args.suite.display()).into());
    }
    let search = args.search;
    let policy = if args.no_policy {
        None
    } else {
        Some(Policy::load_or_shipped(args.checkpoint.as_deref())?)
    };
    let mut env = policy.as_ref().map(|p| p.env.clone()).unwrap_or_else(EnvConfig::default);
    env.measure = MeasureConfig {
        threads: args
            .threads
            .unwrap_or_else(|| super::default_threads() / args.workers.max(1))
            .max(1),
        runs: args.runs.max(1),
        ..env.measure.clone()
    };
    let mut command = WorkerCommand::current_exe()?;
    command.threads = env.measure.threads;
    let pool = WorkerPool::new(command, args.workers);
    let cached;
    let measurer: &dyn Measurer = match &args.cache {
        Some(dir) => {
            cached = CachedMeasurer::new(pool, Cache::open(dir)?);
            &cached
        }
        None => &pool,
    };
    let splits = args.split.map(|s| vec![s]);
    let options = EvalOptions {
        measure: env.measure.clone(),
        env: env.clone(),
        random_k: args.random,
        seed: args.seed,
        heuristic: !args.no_heuristic,
        splits,
        ort_python: (!args.no_ort).then(|| args.python.clone()),
    };
    let mut policy_fn = policy.as_ref().map(|p| {
        move |b: &mlirrl::env::Benchmark| p.schedule(b, search, Some(measurer), args.seed)
    });
    let report = bench::evaluate(
        &items,
        measurer,
        policy_fn.as_mut().map(|f| f as &mut bench::report::Policy<'_>),
        &options,
        |i, n, name| eprintln!("[{}/{n}] {name}", i + 1),
    );
    let title = format!("mlirrl evaluation of {}", args.suite.display());
    let warnings = report.write(&args.out, &title)?;
    for w in warnings {
        eprintln!("warning: {w}");
    }
    if let Some(ckpt) = &args.checkpoint {
        let metrics = ckpt.parent().map(|d| d.join("metrics.jsonl"));
        if let Some(m) = metrics.filter(|m| m.exists())
            && let Err(e) = bench::plot::training_curve(&m, &args.out.join("training_curve.png"))
        {
            eprintln!("warning: training_curve.png: {e}");
        }
    }
    print!("{}", report.to_markdown(&title).split("\n## Per benchmark").next().unwrap_or(""));
    println!("\nwritten: {}", args.out.join("report.md").display());
    Ok(())
}
