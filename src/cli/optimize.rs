//! `mlirrl optimize FILE.mlir [--checkpoint CKPT] [--search greedy|sample:K|beam:K|budget:N | --budget N] --out DIR [--json]`

use super::Error;
use mlirrl::{
    agent::{Policy, Search},
    env::{WorkerCommand, WorkerPool},
};
use std::path::PathBuf;

/// Arguments of `mlirrl optimize`.
#[derive(clap::Args)]
pub struct Args {
    /// The .mlir file.
    file: PathBuf,
    /// Trained policy (default: the shipped general policy,
    /// `checkpoints/general.safetensors`).
    #[arg(long)]
    checkpoint: Option<PathBuf>,
    /// `greedy`, `sample:K`, `beam:K` or `budget:N`.
    #[arg(long, default_value = "greedy")]
    search: Search,
    /// Policy-guided search (`--search budget:N`) with N measurements: the
    /// heuristic's and the policy's schedules seed the tuner's evolutionary
    /// search (as `mlirrl tune --budget N` runs it); the fastest correct
    /// schedule (or the untransformed program) wins.
    #[arg(long, conflicts_with = "search",
          value_parser = clap::value_parser!(u64).range(1..=mlirrl::agent::MAX_SEARCH as u64))]
    budget: Option<u64>,
    /// Output directory.
    #[arg(long)]
    out: PathBuf,
    /// OpenMP threads.
    #[arg(long, default_value_t = super::default_threads())]
    threads: usize,
    /// Print one JSON object on stdout.
    #[arg(long)]
    json: bool,
}

/// Runs the subcommand.
pub fn run(args: Args) -> Result<(), Error> {
    let name = args.file.display().to_string();
    let source = std::fs::read_to_string(&args.file)
        .map_err(|e| format!("{name}: cannot read file: {e}"))?;
    let program = mlirrl::api::parse_program(&source, &name)?;
    let search = match args.budget {
        Some(n) => Search::Budget(n as usize),
        None => args.search,
    };
    super::prepare_out_dir(&args.out)?;
    let mut policy = Policy::load_or_shipped(args.checkpoint.as_deref())?;
    policy.env.measure.threads = args.threads.max(1);
    let mut command = WorkerCommand::current_exe()?;
    command.threads = policy.env.measure.threads;
    let pool = WorkerPool::new(command, 1);
    let optimized =
        mlirrl::api::optimize(&program, &name, &policy, search, &pool, Some(&args.out))?;
    let (schedule, m, skipped) = (&optimized.schedule, &optimized.measurement, &optimized.skipped);
    let baseline_ns = m.baseline.as_ref().map(|t| t.median_ns);
    let time_ns = m.candidate.as_ref().ok().map(|t| t.median_ns);
    if args.json {
        println!("{}", serde_json::to_string_pretty(&optimized.json)?);
    } else {
        let ms =
            |ns: Option<u64>| ns.map_or("-".to_string(), |n| format!("{:.3} ms", n as f64 / 1e6));
        println!("{name}");
        println!(
            "  schedule   {}",
            if schedule.is_noop() {
                "(none: the untransformed program is fastest)".into()
            } else {
                schedule.canonical()
            }
        );
        if let Some(n) = optimized.json["measurements"].as_u64().filter(|&n| n > 1) {
            println!("  search     {search}: {n} schedules measured");
        }
        println!("  baseline   {}", ms(baseline_ns));
        println!("  optimized  {}", ms(time_ns));
        println!(
            "  speedup    {}   correct: {}",
            m.speedup().map_or("-".into(), |s| format!("{s:.2}x")),
            if m.correct() { "yes" } else { "no" }
        );
        for s in skipped {
            println!("  left as is: {} ({}): {}", s["tag"], s["name"], s["reason"]);
        }
        println!("  written    {}", args.out.display());
    }
    if let Err(failure) = &m.candidate {
        return Err(super::candidate_error(&name, failure));
    }
    Ok(())
}
