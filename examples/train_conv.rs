//! Train a policy on a convolution and pooling suite (generated from a seed:
//! NCHW and NHWC convolutions, depthwise convolutions, max and sum pooling),
//! then evaluate it on the suite's test split against the heuristic and
//! random search.
//!
//! Run: `cargo run --release --example train_conv [-- --iterations N --out DIR]`
//! (default `results/train_conv`; re-running resumes).

use mlirrl::{
    agent::{Policy, Search},
    bench::{self, Budget, EvalOptions, Split},
    env::{Benchmark, Cache, CachedMeasurer, Measurer, WorkerCommand, WorkerPool},
    train::{TrainConfig, run_training},
};
use std::path::PathBuf;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    mlirrl::worker::serve_if_requested();
    let args: Vec<String> = std::env::args().collect();
    let flag =
        |name: &str| args.iter().position(|a| a == name).and_then(|i| args.get(i + 1)).cloned();
    let out = PathBuf::from(flag("--out").unwrap_or_else(|| "results/train_conv".into()));
    let suite_dir = out.join("suite");
    if !suite_dir.join("manifest.json").exists() {
        let budget = Budget { max_flops: 1 << 28, ..Budget::default() };
        let mut programs = Vec::new();
        for (i, family) in ["conv2d_nchw", "conv2d_nhwc", "depthwise", "pool_max", "pool_sum"]
            .into_iter()
            .enumerate()
        {
            programs.extend(bench::generate(family, 8, 100 + i as u64, &budget)?);
        }
        bench::write_dataset(&suite_dir, &programs, 7, None)?;
    }
    let mut config = TrainConfig::default();
    config.train.iterations = flag("--iterations").and_then(|v| v.parse().ok()).unwrap_or(60);
    config.train.suite = Some(suite_dir.clone());
    config.env.actions.vect_size_limit = 4096;
    run_training(&config, &out, WorkerCommand::current_exe()?, true)?;

    let policy = Policy::load(&out.join("checkpoint.safetensors"))?;
    let mut command = WorkerCommand::current_exe()?;
    command.threads = config.env.measure.threads;
    let measurer =
        CachedMeasurer::new(WorkerPool::new(command, 1), Cache::open(out.join("cache"))?);
    let (_, items) = bench::load_suite(&suite_dir)?;
    let options = EvalOptions {
        measure: config.env.measure.clone(),
        env: config.env.clone(),
        random_k: 10,
        seed: 1,
        heuristic: true,
        splits: Some(vec![Split::Test]),
        ort_python: Some("python3".into()),
    };
    let mut policy_fn =
        |b: &Benchmark| policy.schedule(b, Search::Greedy, Some(&measurer as &dyn Measurer), 0);
    let report =
        bench::evaluate(&items, &measurer, Some(&mut policy_fn), &options, |i, n, name| {
            eprintln!("evaluating [{}/{n}] {name}", i + 1)
        });
    report.write(&out.join("report"), "train_conv: greedy policy vs baselines (test split)")?;
    let _ = bench::plot::training_curve(
        &out.join("metrics.jsonl"),
        &out.join("report").join("training_curve.png"),
    );
    print!("{}", report.to_markdown("train_conv").split("\n## Per benchmark").next().unwrap_or(""));
    println!("report: {}", out.join("report").join("report.md").display());
    Ok(())
}
