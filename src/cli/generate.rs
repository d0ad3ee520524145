//! `mlirrl generate --family NAME --count N --seed S --out DIR [--baseline]`
//!
//! `--family general` writes the general training set (`mlirrl::general`):
//! every op family, the networks named by `--networks` (layer suites and
//! built-in ONNX networks), with the `--left-out` networks' layers in the
//! test split only.

use super::Error;
use mlirrl::{
    bench::{self, Budget, Generated, Split},
    env::{MeasureConfig, WorkerCommand, WorkerPool},
    general::{self, GeneralOptions},
};
use std::path::PathBuf;

/// Arguments of `mlirrl generate`.
#[derive(clap::Args)]
pub struct Args {
    /// Op family (`matmul`, `conv2d_nchw`, ..., `all`), network suite
    /// (`resnet18`, `vgg16`, `mobilenetv2`) or `general` (the mixed set of
    /// `train_general`).
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
    /// With `--family general`: the networks (layer suites and built-in ONNX
    /// networks, comma-separated; default all of them).
    #[arg(long, value_delimiter = ',')]
    networks: Option<Vec<String>>,
    /// With `--family general`: networks whose layers are test-only
    /// (comma-separated; default `mobilenetv2,bert_layer`).
    #[arg(long, value_delimiter = ',')]
    left_out: Option<Vec<String>>,
}

/// Checks `--family` when the command line is read: a built-in family, a
/// network suite or `all`.
fn family_name(name: &str) -> Result<String, String> {
    let builtin = bench::Generators::builtin();
    let mut known: Vec<&str> = builtin.families();
    known.extend(bench::suites::SUITES);
    known.push("all");
    known.push("general");
    if known.contains(&name) {
        Ok(name.to_string())
    } else {
        Err(format!("unknown family `{name}` (known: {})", known.join(", ")))
    }
}

/// Runs the subcommand.
pub fn run(args: Args) -> Result<(), Error> {
    let budget = Budget { max_flops: args.max_flops, ..Budget::default() };
    let (programs, splits): (Vec<Generated>, Option<Vec<Split>>) = if args.family == "general" {
        let options = general_options(&args)?;
        let programs = general::general_programs(&options)?;
        let splits = general::general_splits(&programs, &options);
        (programs, Some(splits))
    } else {
        if args.networks.is_some() || args.left_out.is_some() {
            return Err("--networks and --left-out go with --family general".into());
        }
        (mlirrl::api::generate_programs(&args.family, args.count, args.seed, &budget)?, None)
    };
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
    let manifest = match splits {
        Some(splits) => {
            bench::write_dataset_with_splits(&args.out, &programs, &splits, args.seed, measure)?
        }
        None => bench::write_dataset(&args.out, &programs, args.seed, measure)?,
    };
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

/// The general set's options from the command line: every network name must
/// be a layer suite or a built-in ONNX network.
fn general_options(args: &Args) -> Result<GeneralOptions, Error> {
    let defaults = GeneralOptions::default();
    let known = |name: &str| {
        bench::suites::SUITES.contains(&name) || general::ONNX_NETWORKS.contains(&name)
    };
    let names = || {
        let mut all: Vec<&str> = bench::suites::SUITES.to_vec();
        all.extend(general::ONNX_NETWORKS.iter().filter(|n| !bench::suites::SUITES.contains(n)));
        all.join(", ")
    };
    for n in args.networks.iter().chain(&args.left_out).flatten() {
        if !known(n) {
            return Err(format!("unknown network `{n}` (known: {})", names()).into());
        }
    }
    let networks = args.networks.clone();
    let pick = |all: &[&str]| -> Vec<String> {
        all.iter()
            .filter(|n| networks.as_ref().is_none_or(|list| list.iter().any(|l| l == *n)))
            .map(|n| n.to_string())
            .collect()
    };
    Ok(GeneralOptions {
        per_family: args.count,
        seed: args.seed,
        max_flops: args.max_flops,
        suites: pick(bench::suites::SUITES),
        onnx: pick(general::ONNX_NETWORKS),
        left_out: args.left_out.clone().unwrap_or(defaults.left_out),
        ..defaults
    })
}
