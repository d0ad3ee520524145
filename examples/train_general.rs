//! Train the general policy: one PPO agent over every op family, the layers
//! of the network suites and the ops of the built-in ONNX networks, with
//! MobileNetV2 and a BERT encoder layer left out (test only). It starts by
//! cloning the heuristic's schedules (behaviour cloning), then PPO improves
//! on them with measured rewards. The greedy
//! policy is validated every few iterations; the best-validation checkpoint
//! is exported (weights only) and evaluated on the test split against the
//! heuristic, random search with ten times its measurements and ONNX
//! Runtime.
//!
//! Run: `cargo run --release --example train_general [-- OPTIONS]`
//!
//! Options (all optional):
//! - `--out DIR` (default `results/train_general`); re-running resumes.
//! - `--iterations N` (default 150), `--episodes N` per iteration (32).
//! - `--per-family N` generated programs per op family (12).
//! - `--seed N` of the data split and of training (0).
//! - `--encoder transformer|lstm` (transformer).
//! - `--workers N` environment workers (1; more with a NATS broker).
//! - `--measure nats://HOST:PORT` to measure through NATS workers.
//! - `--validate-every N` (10); `--validation N` programs per validation
//!   (48: the whole validation split of the default set, 38 programs).
//! - `--imitation N` epochs of cloning the heuristic before PPO (60; 0: none).
//! - `--self-imitation N` passes over the best episode found so far on each
//!   training program after every update (1; 0: off; a resumed run keeps the
//!   value it started with, as every setting stored in its checkpoint).
//! - `--random K` random schedules per test program (10).
//! - `--no-ort` skip ONNX Runtime; `--no-eval` train and export only.
//! - `--evaluate FILE` no training: evaluate the checkpoint FILE (e.g.
//!   `checkpoints/general.safetensors` on another machine) on the test
//!   split of the same set, with the same report and summary (its
//!   `training` settings `null`; the training options are ignored).
//!
//! Writes `DIR/suite/` (the data set), `DIR/checkpoint.safetensors`
//! (latest, resumable), `DIR/best.safetensors` (best validation),
//! `DIR/general.safetensors` (the best one's weights: the file to ship as
//! `checkpoints/general.safetensors`), `DIR/metrics.jsonl`,
//! `DIR/report/{report.md,report.csv,*.png}` and `DIR/summary.json`.

use mlirrl::{
    agent::{Policy, Search},
    bench::{self, EvalOptions, Report, Split},
    env::{Benchmark, Cache, CachedMeasurer, MeasureBackend, Measurer, WorkerCommand, WorkerPool},
    general::{GeneralOptions, is_left_out, write_general_dataset},
    models::EncoderConfig,
    ppo::best_checkpoint_path,
    train::{TrainConfig, run_training},
};
use serde_json::json;
use std::{path::PathBuf, time::Instant};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    mlirrl::worker::serve_if_requested();
    let args: Vec<String> = std::env::args().collect();
    let flag =
        |name: &str| args.iter().position(|a| a == name).and_then(|i| args.get(i + 1)).cloned();
    let number = |name: &str, default: u64| -> Result<u64, String> {
        flag(name).map_or(Ok(default), |v| v.parse().map_err(|_| format!("{name}: not a number")))
    };
    let has = |name: &str| args.iter().any(|a| a == name);
    let out = PathBuf::from(flag("--out").unwrap_or_else(|| "results/train_general".into()));
    let seed = number("--seed", 0)?;
    let started = Instant::now();

    // 1. The data set (kept on resume, so the split never changes mid-run).
    let suite = out.join("suite");
    let options = GeneralOptions {
        per_family: number("--per-family", 12)? as usize,
        seed,
        ..GeneralOptions::default()
    };
    if !suite.join("manifest.json").exists() {
        let counts = write_general_dataset(&suite, &options)?;
        eprintln!("data set {}: {counts:?}", suite.display());
    }

    // 2. Training.
    let mut config = TrainConfig::default();
    config.train.iterations = number("--iterations", 150)?;
    config.train.episodes_per_iteration = number("--episodes", 32)? as usize;
    config.train.workers = number("--workers", 1)? as usize;
    config.train.suite = Some(suite.clone());
    config.train.validate_every = number("--validate-every", 10)?;
    config.train.validation_limit = number("--validation", 48)? as usize;
    // Warm start: clone the heuristic's schedules before PPO.
    config.train.imitation_epochs = number("--imitation", 60)? as usize;
    config.train.imitation_lr = 1e-3;
    if let Some(url) = flag("--measure") {
        config.train.measure = MeasureBackend::Nats { url };
    }
    config.ppo.seed = seed;
    // Fine-tuning a cloned policy: smaller steps than from scratch (a
    // learning rate of 1e-3 and 4 full epochs moved it by a KL of 0.03 to
    // 0.1 per update and lost the heuristic's quality within 30 iterations).
    config.ppo.adam.lr = 3e-4;
    config.ppo.target_kl = Some(0.02);
    config.ppo.entropy_coef = 0.01;
    config.ppo.entropy_floor = Some(0.15);
    config.ppo.lr_final_fraction = Some(0.1);
    // Self-imitation: passes over the best episode found on each program.
    config.ppo.self_imitation_epochs = number("--self-imitation", 1)? as usize;
    config.model.seed = seed;
    config.model.encoder = match flag("--encoder").as_deref() {
        Some("lstm") => EncoderConfig::Lstm { embed: 64, hidden: 64, dropout: 0.0 },
        // The default: it validated higher than the LSTM on the same data
        // and budget (docs/train_general, "Encoders").
        None | Some("transformer") => EncoderConfig::Transformer {
            d_model: 64,
            heads: 4,
            layers: 2,
            ffn: 128,
            dropout: 0.0,
            loop_heads: true,
            learned_embeddings: true,
        },
        Some(other) => return Err(format!("--encoder {other}: lstm or transformer").into()),
    };
    // Vectors stay at most 512 elements (the default): wider ones let a
    // random episode vectorise a whole untiled op, whose LLVM compile then
    // takes a minute (measured: 4096 made compiles 84% of training time).
    config.validate()?;
    let evaluate = flag("--evaluate");
    let (shipped, train_seconds, iterations_this_run) = match &evaluate {
        // No training: a given checkpoint (e.g. the shipped one, on
        // another machine) is evaluated on the same test split.
        Some(file) => (PathBuf::from(file), 0.0, 0),
        None => {
            let (_, metrics) = run_training(&config, &out, WorkerCommand::current_exe()?, true)?;
            let train_seconds = started.elapsed().as_secs_f64();
            // 3. The file to ship: the best validation checkpoint's weights.
            let best = best_checkpoint_path(&out);
            let source = if best.exists() { best } else { out.join("checkpoint.safetensors") };
            let shipped = out.join("general.safetensors");
            mlirrl::ppo::checkpoint::export_weights(&source, &shipped)?;
            (shipped, train_seconds, metrics.len())
        }
    };
    let best_meta = mlirrl::ppo::checkpoint::read_metadata(&shipped)?;
    eprintln!(
        "{} (iteration {}, validation geomean {})",
        shipped.display(),
        best_meta.get("iteration").map_or("-", String::as_str),
        best_meta.get("extra.best_validation").map_or("-", String::as_str)
    );
    if has("--no-eval") {
        return Ok(());
    }

    // 4. Test split: the greedy policy against the baselines.
    let policy = Policy::load(&shipped)?;
    let mut command = WorkerCommand::current_exe()?;
    command.threads = config.env.measure.threads;
    let measurer =
        CachedMeasurer::new(WorkerPool::new(command, 1), Cache::open(out.join("cache"))?);
    let (_, items) = bench::load_suite(&suite)?;
    let random_k = number("--random", 10)? as usize;
    let eval = EvalOptions {
        measure: config.env.measure.clone(),
        env: policy.env.clone(),
        random_k,
        seed: 1,
        heuristic: true,
        splits: Some(vec![Split::Test]),
        ort_python: (!has("--no-ort")).then(|| "python3".to_string()),
    };
    let mut policy_fn =
        |b: &Benchmark| policy.schedule(b, Search::Greedy, Some(&measurer as &dyn Measurer), 0);
    let report = bench::evaluate(&items, &measurer, Some(&mut policy_fn), &eval, |i, n, name| {
        eprintln!("evaluating [{}/{n}] {name}", i + 1)
    });
    let dir = out.join("report");
    report.write(&dir, "train_general: greedy policy vs baselines (test split)")?;
    if evaluate.is_none() {
        let _ = bench::plot::training_curve(
            &out.join("metrics.jsonl"),
            &dir.join("training_curve.png"),
        );
    }

    // 5. Summary: per family, and over the left-out networks' layers.
    let is_conv = |name: &str| {
        items.iter().any(|i| {
            i.entry.name == name
                && i.source
                    .as_ref()
                    .is_ok_and(|s| s.contains("linalg.conv") || s.contains("linalg.depthwise_conv"))
        })
    };
    let subset = |keep: &dyn Fn(&bench::Row) -> bool| Report {
        rows: report.rows.iter().filter(|r| keep(r)).cloned().collect(),
        ..report.clone()
    };
    let left_out = subset(&|r| is_left_out(&r.family, &options.left_out));
    let left_out_convs = subset(&|r| is_left_out(&r.family, &options.left_out) && is_conv(&r.name));
    let seen = subset(&|r| !is_left_out(&r.family, &options.left_out));
    let row = |label: &str, r: &Report| {
        let g = |m: &str| r.aggregate(m, None).geomean;
        json!({
            "group": label,
            "programs": r.rows.len(),
            "policy": g("policy"),
            "heuristic": g("heuristic"),
            "random": g("random"),
            "policy_failures": r.aggregate("policy", None).failures,
            "policy_vs_ort": r.ort_fraction("policy", None),
            "heuristic_vs_ort": r.ort_fraction("heuristic", None),
            "slower_than_untransformed": r.rows.iter()
                .filter(|x| x.policy.as_ref().is_some_and(|p| p.speedup < 0.98)).count(),
        })
    };
    let mut groups = Vec::new();
    for family in report.families() {
        groups.push(row(&family, &subset(&|r| r.family == family)));
    }
    groups.push(row("seen families (test split)", &seen));
    groups.push(row("left-out networks", &left_out));
    groups.push(row("left-out networks: convolutions", &left_out_convs));
    // The training settings, when this run trained the evaluated file.
    let trained_here = evaluate.is_none().then(|| {
        json!({
            "iterations": config.train.iterations,
            "episodes_per_iteration": config.train.episodes_per_iteration,
            "encoder": format!("{:?}", config.model.encoder),
            "seed": seed,
            "imitation_epochs": config.train.imitation_epochs,
            "self_imitation_epochs": config.ppo.self_imitation_epochs,
            "validation_limit": config.train.validation_limit,
        })
    });
    let summary = json!({
        "fingerprint": report.fingerprint,
        "threads": report.threads,
        "random_k": random_k,
        "training": trained_here,
        "shipped_iteration": best_meta.get("iteration"),
        "best_validation": best_meta.get("extra.best_validation"),
        "train_seconds_this_run": train_seconds,
        "iterations_this_run": iterations_this_run,
        "evaluated": shipped.display().to_string(),
        "total_seconds_this_run": started.elapsed().as_secs_f64(),
        "groups": groups,
    });
    mlirrl::util::fs::write_atomic(
        &out.join("summary.json"),
        serde_json::to_string_pretty(&summary)?.as_bytes(),
    )?;
    let f = |v: &serde_json::Value| v.as_f64().map_or("-".into(), |x| format!("{x:.2}"));
    println!(
        "\n{} (2 threads), test split; geomean speedup over untransformed",
        report.fingerprint
    );
    println!(
        "| group | programs | policy | heuristic | random ({random_k}) | policy / ORT | heuristic / ORT |"
    );
    println!("|---|---|---|---|---|---|---|");
    for g in summary["groups"].as_array().into_iter().flatten() {
        println!(
            "| {} | {} | {} | {} | {} | {} | {} |",
            g["group"].as_str().unwrap_or(""),
            g["programs"],
            f(&g["policy"]),
            f(&g["heuristic"]),
            f(&g["random"]),
            f(&g["policy_vs_ort"]),
            f(&g["heuristic_vs_ort"])
        );
    }
    println!("report: {}", dir.join("report.md").display());
    Ok(())
}
