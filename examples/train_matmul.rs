//! The main job: train a policy on the embedded matmul suite, then evaluate it
//! against the untransformed programs, the heuristic schedule, random search
//! with ten times as many measurements, and a library GEMM, on the training
//! shapes and on shapes it never saw.
//!
//! Run: `cargo run --release --example train_matmul [-- --iterations N --out DIR]`
//!
//! Writes `DIR/checkpoint.safetensors`, `DIR/metrics.jsonl`,
//! `DIR/report/{report.md,report.csv,*.png}` (default `results/train_matmul`)
//! and prints a GFLOP/s table. Re-running resumes the run.

use mlirrl::{
    agent::{Policy, Search},
    bench::{self, Entry, EvalOptions, Split, SuiteItem},
    env::{Benchmark, Cache, CachedMeasurer, Measurer, WorkerCommand, WorkerPool},
    train::{MATMUL_HELD_OUT, MATMUL_TRAIN, TrainConfig, matmul_suite, run_training},
};
use std::{path::PathBuf, time::Instant};

fn items(benchmarks: &[Benchmark], split: Split) -> Vec<SuiteItem> {
    benchmarks
        .iter()
        .map(|b| SuiteItem {
            entry: Entry {
                name: b.name.clone(),
                file: format!("{}.mlir", b.name),
                family: if split == Split::Train {
                    "matmul (train)".into()
                } else {
                    "matmul (held out)".into()
                },
                split,
                flops: 0,
                bytes: 0,
                baseline_ns: None,
                error: None,
            },
            source: Ok(b.source.clone()),
        })
        .collect()
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    mlirrl::worker::serve_if_requested();
    let args: Vec<String> = std::env::args().collect();
    let flag =
        |name: &str| args.iter().position(|a| a == name).and_then(|i| args.get(i + 1)).cloned();
    let out = PathBuf::from(flag("--out").unwrap_or_else(|| "results/train_matmul".into()));
    let mut config = TrainConfig::default();
    config.train.iterations = flag("--iterations").and_then(|v| v.parse().ok()).unwrap_or(120);

    let started = Instant::now();
    let (_, metrics) = run_training(&config, &out, WorkerCommand::current_exe()?, true)?;
    let train_seconds = started.elapsed().as_secs_f64();
    let measurements = metrics.last().map_or(0, |m| m.measurements);
    let hits = metrics.last().map_or(0, |m| m.cache_hits);

    // Evaluate the greedy policy (the untransformed program is always a
    // candidate, so it is never slower) against the baselines.
    let policy = Policy::load(&out.join("checkpoint.safetensors"))?;
    let mut command = WorkerCommand::current_exe()?;
    command.threads = config.env.measure.threads;
    let measurer =
        CachedMeasurer::new(WorkerPool::new(command, 1), Cache::open(out.join("cache"))?);
    let mut suite = items(&matmul_suite(MATMUL_TRAIN), Split::Train);
    suite.extend(items(&matmul_suite(MATMUL_HELD_OUT), Split::Test));
    let options = EvalOptions {
        measure: config.env.measure.clone(),
        env: config.env.clone(),
        random_k: 20,
        seed: 1,
        heuristic: true,
        splits: None,
        ort_python: Some("python3".into()),
    };
    let mut policy_fn =
        |b: &Benchmark| policy.schedule(b, Search::Greedy, Some(&measurer as &dyn Measurer), 0);
    let report =
        bench::evaluate(&suite, &measurer, Some(&mut policy_fn), &options, |i, n, name| {
            eprintln!("evaluating [{}/{n}] {name}", i + 1)
        });
    let dir = out.join("report");
    report.write(&dir, "train_matmul: greedy policy vs baselines")?;
    let _ =
        bench::plot::training_curve(&out.join("metrics.jsonl"), &dir.join("training_curve.png"));

    println!(
        "\n| benchmark | split | baseline GFLOP/s | policy | heuristic | random search (20) | library |"
    );
    println!("|---|---|---|---|---|---|---|");
    for r in &report.rows {
        let gf = |ns: Option<u64>| {
            ns.filter(|_| r.flops > 0)
                .map_or("-".into(), |n| format!("{:.1}", r.flops as f64 / n.max(1) as f64))
        };
        let t = |o: &Option<bench::Outcome>| gf(o.as_ref().and_then(|o| o.time_ns));
        println!(
            "| {} | {:?} | {} | {} | {} | {} | {} |",
            r.name,
            r.split,
            gf(r.baseline_ns),
            t(&r.policy),
            t(&r.heuristic),
            t(&r.random),
            gf(r.library_ns)
        );
    }
    for family in report.families() {
        let p = report.aggregate("policy", Some(&family));
        let rs = report.aggregate("random", Some(&family));
        println!(
            "{family}: policy geomean {} ({} failures), random search {}",
            p.geomean.map_or("-".into(), |g| format!("{g:.2}x")),
            p.failures,
            rs.geomean.map_or("-".into(), |g| format!("{g:.2}x"))
        );
    }
    let slower =
        report.rows.iter().filter(|r| r.policy.as_ref().is_some_and(|p| p.speedup < 1.0)).count();
    println!(
        "training: {:.0} s, {} measurements ({:.2}/s), cache hit rate {:.0}%; benchmarks slower than untransformed: {slower}",
        train_seconds,
        measurements,
        measurements as f64 / train_seconds.max(1e-9),
        100.0 * hits as f64 / measurements.max(1) as f64
    );
    println!("report: {}", dir.join("report.md").display());
    Ok(())
}
