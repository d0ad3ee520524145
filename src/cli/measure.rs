//! `mlirrl measure FILE.mlir [--schedule S.json | --transform T.mlir] [--runs N] [--threads N] [--json]`

use super::Error;
use mlirrl::env::{
    Candidate, MeasureConfig, MeasureJob, Measurer, Schedule, Session, WorkerCommand, WorkerPool,
};
use std::path::{Path, PathBuf};

/// Arguments of `mlirrl measure`.
#[derive(clap::Args)]
pub struct Args {
    /// The .mlir file.
    file: PathBuf,
    /// Schedule to apply: JSON (as written by `mlirrl optimize`) or the
    /// canonical text form, e.g. `operation_0:TP(64,64,64)T(8,32,1)V()`.
    #[arg(long, conflicts_with = "transform")]
    schedule: Option<PathBuf>,
    /// Transform-dialect script to apply (a module with `@__transform_main`).
    #[arg(long)]
    transform: Option<PathBuf>,
    /// Timed runs (median reported).
    #[arg(long, default_value_t = 5)]
    runs: usize,
    /// OpenMP threads for parallel loops.
    #[arg(long, default_value_t = super::default_threads())]
    threads: usize,
    /// Time limit of the whole measurement, in seconds.
    #[arg(long, default_value_t = 120)]
    timeout: u64,
    /// Write the schedule as a standalone Transform script and the tagged
    /// program into this directory.
    #[arg(long)]
    export: Option<PathBuf>,
    /// Print one JSON object on stdout.
    #[arg(long)]
    json: bool,
}

fn read(path: &Path) -> Result<String, Error> {
    std::fs::read_to_string(path)
        .map_err(|e| format!("{}: cannot read file: {e}", path.display()).into())
}

/// Reads a schedule file: JSON or canonical text.
pub fn read_schedule(path: &Path) -> Result<Schedule, Error> {
    let text = read(path)?;
    mlirrl::api::parse_schedule(&text).map_err(|e| format!("{}: {e}", path.display()).into())
}

/// Runs the subcommand.
pub fn run(args: Args) -> Result<(), Error> {
    let name = args.file.display().to_string();
    let source = read(&args.file)?;
    // Fail early, in this process, on input that is not a usable program.
    let program = mlirrl::api::parse_program(&source, &name)?;
    let candidate = match (&args.schedule, &args.transform) {
        (Some(path), _) => Candidate::Schedule(read_schedule(path)?),
        (None, Some(path)) => Candidate::Script(read(path)?),
        (None, None) => Candidate::Schedule(Schedule::empty()),
    };
    if let Some(dir) = &args.export {
        export(&program.tagged_source, &name, &candidate, dir)?;
    }
    let config = MeasureConfig {
        runs: args.runs.max(1),
        threads: args.threads.max(1),
        timeout_ms: args.timeout.saturating_mul(1000),
        ..MeasureConfig::default()
    };
    let mut command = WorkerCommand::current_exe()?;
    command.threads = config.threads;
    let pool = WorkerPool::new(command, 1);
    // The tagged program, so measurement addresses ops by the same tags as
    // the exported script.
    let job = MeasureJob {
        name: name.clone(),
        program: program.tagged_source.clone(),
        candidate,
        config,
    };
    let m = pool.measure(&job);
    let flops = program.flops();
    let baseline_ns = m.baseline.as_ref().map(|t| t.median_ns);
    let time_ns = m.candidate.as_ref().ok().map(|t| t.median_ns);
    let gflops =
        |ns: Option<u64>| ns.filter(|_| flops > 0).map(|ns| flops as f64 / ns.max(1) as f64);
    let failure = m.candidate.as_ref().err().map(|f| f.to_string());
    if args.json {
        let v = mlirrl::api::measurement_json(&name, flops, &m);
        println!("{}", serde_json::to_string_pretty(&v)?);
    } else {
        let ms =
            |ns: Option<u64>| ns.map_or("-".to_string(), |n| format!("{:.3} ms", n as f64 / 1e6));
        println!("{name}");
        println!(
            "  baseline   {}{}",
            ms(baseline_ns),
            gflops(baseline_ns).map_or(String::new(), |g| format!("  ({g:.2} GFLOP/s)"))
        );
        println!(
            "  candidate  {}{}",
            ms(time_ns),
            gflops(time_ns).map_or(String::new(), |g| format!("  ({g:.2} GFLOP/s)"))
        );
        match m.speedup() {
            Some(s) => println!("  speedup    {s:.2}x   correct: yes   threads: {}", m.threads),
            None => println!("  failed     {}", failure.unwrap_or_default()),
        }
    }
    match &m.candidate {
        Err(failure) => Err(super::candidate_error(&name, failure)),
        Ok(_) => Ok(()),
    }
}

/// Writes `DIR/schedule.transform.mlir` and `DIR/program.tagged.mlir`.
pub fn export(tagged: &str, name: &str, candidate: &Candidate, dir: &Path) -> Result<(), Error> {
    std::fs::create_dir_all(dir)
        .map_err(|e| format!("{}: cannot create directory: {e}", dir.display()))?;
    let script = match candidate {
        Candidate::Schedule(schedule) => {
            let mut session = Session::new(tagged, name)?;
            session.apply_schedule(schedule).map_err(|e| format!("{name}: {e}"))?;
            session.exported_script()
        }
        Candidate::Script(text) => text.clone(),
        Candidate::Module(_) => return Err("only schedules and scripts can be exported".into()),
    };
    mlirrl::util::fs::write_atomic(&dir.join("schedule.transform.mlir"), script.as_bytes())?;
    mlirrl::util::fs::write_atomic(&dir.join("program.tagged.mlir"), tagged.as_bytes())?;
    Ok(())
}
