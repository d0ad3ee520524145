//! `mlirrl optimize FILE.mlir --checkpoint CKPT [--search greedy|sample:K|beam:K] --out DIR [--json]`

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
    /// Trained policy.
    #[arg(long)]
    checkpoint: PathBuf,
    /// `greedy`, `sample:K` or `beam:K`.
    #[arg(long, default_value = "greedy")]
    search: Search,
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
    let search = args.search;
    super::prepare_out_dir(&args.out)?;
    let mut policy = Policy::load(&args.checkpoint)?;
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
