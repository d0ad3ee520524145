//! Load a trained checkpoint and optimise one `.mlir` file with it: prints the
//! schedule, the measured speedup, and writes the Transform script, the tagged
//! program and the optimised program.
//!
//! Run: `cargo run --release --example optimize_file -- FILE.mlir [CHECKPOINT] [OUT_DIR]`
//! (defaults: the shipped general policy, also chosen by `-` as CHECKPOINT, and
//! `results/optimize_file`).

use mlirrl::{
    agent::{Policy, Search},
    env::{Benchmark, Candidate, MeasureJob, Measurer, Session, WorkerCommand, WorkerPool},
};
use std::path::PathBuf;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    mlirrl::worker::serve_if_requested();
    let args: Vec<String> = std::env::args().collect();
    let file = args.get(1).ok_or("usage: optimize_file FILE.mlir [CHECKPOINT] [OUT_DIR]")?;
    let checkpoint = args.get(2).filter(|a| a.as_str() != "-").map(PathBuf::from);
    let out = PathBuf::from(args.get(3).map_or("results/optimize_file", String::as_str));
    let source = std::fs::read_to_string(file).map_err(|e| format!("{file}: {e}"))?;
    let policy = Policy::load_or_shipped(checkpoint.as_deref())?;
    let mut command = WorkerCommand::current_exe()?;
    command.threads = policy.env.measure.threads;
    let pool = WorkerPool::new(command, 1);
    let benchmark = Benchmark { name: file.clone(), source: source.clone() };
    // Best of the greedy schedule, 4 sampled ones and the untransformed program.
    let schedule = policy.schedule(&benchmark, Search::Sample(4), Some(&pool), 0)?;
    let m = pool.measure(&MeasureJob {
        name: file.clone(),
        program: source.clone(),
        candidate: Candidate::Schedule(schedule.clone()),
        config: policy.env.measure.clone(),
    });
    let mut session = Session::new(&source, file)?;
    let tagged = session.program().tagged_source.clone();
    session.apply_schedule(&schedule)?;
    std::fs::create_dir_all(&out)?;
    std::fs::write(out.join("schedule.json"), serde_json::to_string_pretty(&schedule)?)?;
    std::fs::write(out.join("schedule.transform.mlir"), session.exported_script())?;
    std::fs::write(out.join("program.tagged.mlir"), tagged)?;
    std::fs::write(out.join("optimized.mlir"), session.module_text())?;
    println!(
        "{file}: {}",
        if schedule.is_noop() {
            "no transformation helps".to_string()
        } else {
            schedule.canonical()
        }
    );
    match m.speedup() {
        Some(s) => println!("speedup {s:.2}x over the untransformed program, output checked"),
        None => println!("measurement failed: {:?}", m.candidate.err()),
    }
    println!("written to {}", out.display());
    Ok(())
}
