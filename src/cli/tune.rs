//! `mlirrl tune FILE.mlir --budget N [--checkpoint CKPT | --no-policy] --out DIR [--json]`:
//! measured search for the fastest schedule the action space can express
//! (see `mlirrl_bench::tune`), guided by a policy when one is given.

use super::Error;
use mlirrl::{
    agent::Policy,
    bench::tune::{TuneOptions, tune},
    env::{Benchmark, Candidate, EnvConfig, MeasureJob, WorkerCommand, WorkerPool},
};
use serde_json::json;
use std::path::PathBuf;

/// Arguments of `mlirrl tune`.
#[derive(clap::Args)]
pub struct Args {
    /// The .mlir file.
    file: PathBuf,
    /// Measurements to spend.
    #[arg(long, default_value_t = 200)]
    budget: usize,
    /// A trained policy: its sampled schedules seed the search, and its
    /// environment configuration (action space) is used (default: the
    /// shipped general policy).
    #[arg(long)]
    checkpoint: Option<PathBuf>,
    /// Search without a policy (heuristic and random seeds only).
    #[arg(long, conflicts_with = "checkpoint")]
    no_policy: bool,
    /// Output directory (the files of `optimize`, plus `tune.json`).
    #[arg(long)]
    out: PathBuf,
    /// OpenMP threads.
    #[arg(long, default_value_t = super::default_threads())]
    threads: usize,
    /// Timed runs per measurement (median).
    #[arg(long, default_value_t = 3)]
    runs: usize,
    /// Seed of the search.
    #[arg(long, default_value_t = 0)]
    seed: u64,
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
    super::prepare_out_dir(&args.out)?;
    if args.budget == 0 {
        return Err("--budget must be at least 1".into());
    }
    let mut policy = if args.no_policy {
        None
    } else {
        Some(Policy::load_or_shipped(args.checkpoint.as_deref())?)
    };
    let mut env: EnvConfig = policy.as_ref().map(|p| p.env.clone()).unwrap_or_default();
    env.measure.threads = args.threads.max(1);
    env.measure.runs = args.runs.max(1);
    env.validate()?;
    if let Some(policy) = &mut policy {
        // The policy's seeds are planned for the threads measured here.
        policy.env.measure = env.measure.clone();
    }
    let source = program.tagged_source.clone();
    let benchmark = Benchmark { name: name.clone(), source: source.clone() };

    // Seeds: the policy's greedy schedule, the heuristic's, the policy's
    // samples, as `optimize --budget` seeds the same search.
    let seeds = match &policy {
        Some(policy) => policy.search_seeds(&benchmark, args.budget, args.seed)?,
        None => mlirrl::bench::baselines::heuristic_candidates(&program, env.measure.threads),
    };
    let mut command = WorkerCommand::current_exe()?;
    command.threads = env.measure.threads;
    // One worker: measurements never share the cores with each other.
    let pool = WorkerPool::new(command, 1);
    let template = MeasureJob {
        name: name.clone(),
        program: source.clone(),
        candidate: Candidate::Schedule(Default::default()),
        config: env.measure.clone(),
    };
    let options = TuneOptions { budget: args.budget, seed: args.seed, ..TuneOptions::default() };
    let result = tune(&pool, &benchmark, &template, &env, seeds, &options);
    drop(pool);

    let schedule = result.best.clone();
    super::write_schedule_files(&args.out, &name, &source, &schedule)?;
    let m = result.measurement.clone();
    let baseline_ns = m.as_ref().and_then(|m| m.baseline.as_ref()).map(|t| t.median_ns);
    let time_ns = m.as_ref().and_then(|m| m.candidate.as_ref().ok()).map(|t| t.median_ns);
    let flops = program.flops();
    let gflops =
        |ns: Option<u64>| ns.filter(|_| flops > 0).map(|ns| flops as f64 / ns.max(1) as f64);
    let correct = m.as_ref().is_some_and(|m| m.correct());
    let summary = json!({
        "file": name,
        "baseline_ns": baseline_ns,
        "time_ns": time_ns,
        "speedup": m.as_ref().and_then(|m| m.speedup()),
        "gflops": gflops(time_ns),
        "correct": correct,
        "schedule": schedule.canonical(),
        "measurements": result.trials.len(),
        "fingerprint": mlirrl::env::measure::machine_fingerprint(),
        "out": args.out,
    });
    let log = json!({
        "summary": summary,
        "best_so_far": result.best_so_far,
        "trials": result.trials,
    });
    let path = args.out.join("tune.json");
    mlirrl::util::fs::write_atomic(&path, serde_json::to_string_pretty(&log)?.as_bytes())
        .map_err(|e| format!("{}: {e}", path.display()))?;
    if args.json {
        println!("{}", serde_json::to_string_pretty(&summary)?);
    } else {
        let ms =
            |ns: Option<u64>| ns.map_or("-".to_string(), |n| format!("{:.3} ms", n as f64 / 1e6));
        println!("{name}");
        println!(
            "  schedule     {}",
            if schedule.is_noop() { "(none)".into() } else { schedule.canonical() }
        );
        println!("  baseline     {}", ms(baseline_ns));
        println!(
            "  tuned        {}{}",
            ms(time_ns),
            gflops(time_ns).map_or(String::new(), |g| format!("  ({g:.1} GFLOP/s)"))
        );
        println!(
            "  speedup      {}   correct: {}   measurements: {}",
            m.as_ref().and_then(|m| m.speedup()).map_or("-".into(), |s| format!("{s:.2}x")),
            if correct { "yes" } else { "no" },
            result.trials.len()
        );
        println!("  written      {}", args.out.display());
    }
    if let Some(Err(failure)) = m.as_ref().map(|m| &m.candidate) {
        return Err(super::candidate_error(&name, failure));
    }
    Ok(())
}
