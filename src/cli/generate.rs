//! `mlirrl generate --family NAME --count N --seed S --out DIR [--baseline]`

use super::Error;
use mlirrl::{
    bench::{self, Budget, Generated},
    env::{MeasureConfig, WorkerCommand, WorkerPool},
};
use std::path::PathBuf;

/// Arguments of `mlirrl generate`.
#[derive(clap::Args)]
pub struct Args {
    /// Op family (`matmul`, `conv2d_nchw`, ..., `all`) or network suite
    /// (`resnet18`, `vgg16`, `mobilenetv2`).
    #[arg(long, value_parser = family_name)]
    family: String,
    /// Programs per family (ignored for network suites).
    #[arg(long, default_value_t = 10)]
    count: usize,
    /// Seed of shapes and split.
    #[arg(long, default_value_t = 0)]
    seed: u64,
    /// Output directory.
    #[arg(long)]
    out: PathBuf,
    /// Measure every program's baseline into the manifest.
    #[arg(long)]
    baseline: bool,
    /// OpenMP threads for baselines (default: the available cores shared among the
    /// worker processes).
    #[arg(long)]
    threads: Option<usize>,
    /// Worker processes for baselines.
    #[arg(long, default_value_t = 1)]
    workers: usize,
    /// Most arithmetic operations per program.
    #[arg(long, default_value_t = 1 << 30)]
    max_flops: u64,
}

/// Checks `--family` when the command line is read: a built-in family, a
/// network suite or `all`.
fn family_name(name: &str) -> Result<String, String> {
    let builtin = bench::Generators::builtin();
    let mut known: Vec<&str> = builtin.families();
    known.extend(bench::suites::SUITES);
    known.push("all");
    if known.contains(&name) {
        Ok(name.to_string())
    } else {
        Err(format!("unknown family `{name}` (known: {})", known.join(", ")))
    }
}

/// Runs the subcommand.
pub fn run(args: Args) -> Result<(), Error> {
    let budget = Budget { max_flops: args.max_flops, ..Budget::default() };
    let programs: Vec<Generated> =
        mlirrl::api::generate_programs(&args.family, args.count, args.seed, &budget)?;
    let config = MeasureConfig {
        threads: args
            .threads
            .unwrap_or_else(|| super::default_threads() / args.workers.max(1))
            .max(1),
        ..MeasureConfig::default()
    };
    let pool;
    let measure = if args.baseline {
        let mut command = WorkerCommand::current_exe()?;
        command.threads = config.threads;
        pool = WorkerPool::new(command, args.workers);
        Some((&pool as &dyn mlirrl::env::Measurer, &config))
    } else {
        None
    };
    let manifest = bench::write_dataset(&args.out, &programs, args.seed, measure)?;
    let failed = manifest.benchmarks.iter().filter(|b| b.error.is_some()).count();
    println!(
        "{}: {} programs ({} failed), manifest {}",
        args.out.display(),
        manifest.benchmarks.len(),
        failed,
        args.out.join("manifest.json").display()
    );
    for b in manifest.benchmarks.iter().filter(|b| b.error.is_some()) {
        eprintln!("warning: {}: {}", b.name, b.error.as_deref().unwrap_or(""));
    }
    Ok(())
}
