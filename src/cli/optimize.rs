//! `mlirrl optimize FILE.mlir --checkpoint CKPT [--search greedy|sample:K|beam:K] --out DIR [--json]`

use super::Error;
use mlirrl::{
    agent::{Policy, Search},
    env::{Benchmark, Candidate, MeasureJob, Measurer, WorkerCommand, WorkerPool},
    ir::{FeatureExtractor, SeedFeatures},
};
use serde_json::json;
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
    let program = mlirrl::ir::parse_str_with(
        &source,
        &name,
        &mlirrl::ir::ParseOptions { check_vectorizable: false, ..Default::default() },
    )?;
    let search = args.search;
    super::prepare_out_dir(&args.out)?;
    let mut policy = Policy::load(&args.checkpoint)?;
    policy.env.measure.threads = args.threads.max(1);
    // Ops the policy cannot schedule are left as they are, and named.
    let extractor = SeedFeatures::new(policy.env.features.clone());
    let skipped: Vec<serde_json::Value> = program
        .ops
        .iter()
        .filter_map(|op| {
            let reason = if op.num_loops() > policy.env.actions.max_loops {
                Some(format!(
                    "{} loops, more than the policy's {}",
                    op.num_loops(),
                    policy.env.actions.max_loops
                ))
            } else {
                extractor.check(op).err().map(|e| e.to_string())
            };
            reason.map(|r| json!({"tag": op.tag, "name": op.name, "reason": r}))
        })
        .collect();
    let _ = extractor.dim();
    let mut command = WorkerCommand::current_exe()?;
    command.threads = policy.env.measure.threads;
    let pool = WorkerPool::new(command, 1);
    // The tagged program throughout, so the policy, the measurement and the
    // exported script address ops by the same tags.
    let source = program.tagged_source.clone();
    let benchmark = Benchmark { name: name.clone(), source: source.clone() };
    let schedule = if skipped.len() == program.ops.len() {
        mlirrl::env::Schedule::empty()
    } else {
        policy.schedule(&benchmark, search, Some(&pool), 0)?
    };
    let m = pool.measure(&MeasureJob {
        name: name.clone(),
        program: source.clone(),
        candidate: Candidate::Schedule(schedule.clone()),
        config: policy.env.measure.clone(),
    });
    super::write_schedule_files(&args.out, &name, &program.tagged_source, &schedule)?;
    let baseline_ns = m.baseline.as_ref().map(|t| t.median_ns);
    let time_ns = m.candidate.as_ref().ok().map(|t| t.median_ns);
    if args.json {
        let v = json!({
            "file": name,
            "baseline_ns": baseline_ns,
            "time_ns": time_ns,
            "speedup": m.speedup(),
            "correct": m.correct(),
            "schedule": schedule.canonical(),
            "skipped_ops": skipped,
            "out": args.out,
        });
        println!("{}", serde_json::to_string_pretty(&v)?);
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
        for s in &skipped {
            println!("  left as is: {} ({}): {}", s["tag"], s["name"], s["reason"]);
        }
        println!("  written    {}", args.out.display());
    }
    if let Err(failure) = &m.candidate {
        return Err(super::candidate_error(&name, failure));
    }
    Ok(())
}
