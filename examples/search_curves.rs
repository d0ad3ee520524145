//! Best speedup found against measurements spent, on layers of the networks
//! the general policy never saw in training: the policy alone (its greedy
//! schedule and distinct samples, `optimize --search sample:K`),
//! policy-guided search (`optimize --budget N`, the same search as
//! `mlirrl tune --budget N`: the heuristic's and the policy's schedules seed
//! the tuner's evolutionary search), uniform random search, and the tuner's
//! own search (`mlirrl tune --no-policy --budget N`, seeded by the heuristic
//! only). All use the policy's action space and the same measurement
//! settings, one worker, in one run.
//!
//! Run: `cargo run --release --example search_curves [-- OPTIONS]`
//!
//! Options (all optional):
//! - `--suite DIR` the general set (default `results/train_general/suite`,
//!   as `train_general` or `mlirrl generate --family general` write it).
//! - `--checkpoint FILE` (default: the shipped general policy).
//! - `--programs N` left-out test programs, spread over the left-out
//!   networks' families (8).
//! - `--policy N` (32: the policy's samples and `optimize --budget`),
//!   `--random N` (32), `--tune N` (200, `tune --no-policy`): measurements.
//! - `--out DIR` (default `results/search_curves`).
//!
//! Writes `DIR/curves.csv` (program, method, measurement, best so far),
//! `DIR/best_so_far.png` (geometric mean over the programs) and
//! `DIR/summary.json`, and prints a table.

use mlirrl::{
    agent::{Policy, Search},
    bench::{
        self,
        baselines::random_schedules,
        tune::{TuneOptions, tune},
    },
    env::{
        Benchmark, Cache, CachedMeasurer, Candidate, MeasureJob, WorkerCommand, WorkerPool,
        measure::measure_schedules,
    },
    general::{LEFT_OUT_NETWORKS, is_left_out},
};
use serde_json::json;
use std::{collections::BTreeMap, fmt::Write as _, path::PathBuf, time::Instant};

/// The value of a best-so-far curve after `m` measurements (its last value
/// once it has none left).
fn at(curve: &[f64], m: usize) -> f64 {
    curve.get(m.min(curve.len()).saturating_sub(1)).copied().unwrap_or(1.0)
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    mlirrl::worker::serve_if_requested();
    let args: Vec<String> = std::env::args().collect();
    let flag =
        |name: &str| args.iter().position(|a| a == name).and_then(|i| args.get(i + 1)).cloned();
    let number = |name: &str, default: usize| -> Result<usize, String> {
        flag(name).map_or(Ok(default), |v| v.parse().map_err(|_| format!("{name}: not a number")))
    };
    let suite = PathBuf::from(flag("--suite").unwrap_or("results/train_general/suite".into()));
    let out = PathBuf::from(flag("--out").unwrap_or("results/search_curves".into()));
    let (programs, policy_budget, random_budget, tune_budget) = (
        number("--programs", 8)?,
        number("--policy", 32)?.max(1),
        number("--random", 32)?.max(1),
        number("--tune", 200)?.max(1),
    );
    let policy = Policy::load_or_shipped(flag("--checkpoint").map(PathBuf::from).as_deref())?;
    let env = policy.env.clone();
    std::fs::create_dir_all(&out)?;

    // The left-out networks' test programs, evenly spread over each family
    // and taken in turn from the families.
    let left_out: Vec<String> = LEFT_OUT_NETWORKS.iter().map(|s| s.to_string()).collect();
    let (_, items) = bench::load_suite(&suite)?;
    let mut families: BTreeMap<String, Vec<Benchmark>> = BTreeMap::new();
    for item in items {
        if item.entry.split == bench::Split::Test
            && is_left_out(&item.entry.family, &left_out)
            && let Ok(source) = item.source
        {
            families
                .entry(item.entry.family)
                .or_default()
                .push(Benchmark { name: item.entry.name, source });
        }
    }
    if families.is_empty() {
        return Err(format!("{}: no test program of a left-out network", suite.display()).into());
    }
    let per_family = programs.div_ceil(families.len());
    let spread: Vec<Vec<Benchmark>> = families
        .into_values()
        .map(|v| {
            let q = per_family.min(v.len());
            (0..q).map(|i| v[i * v.len() / q].clone()).collect()
        })
        .collect();
    let mut chosen = Vec::new();
    for k in 0..per_family {
        for f in &spread {
            if let Some(b) = f.get(k)
                && chosen.len() < programs
            {
                chosen.push(b.clone());
            }
        }
    }

    let mut command = WorkerCommand::current_exe()?;
    command.threads = env.measure.threads;
    let measurer =
        CachedMeasurer::new(WorkerPool::new(command, 1), Cache::open(out.join("cache"))?);
    let fingerprint = mlirrl::env::measure::machine_fingerprint();
    let started = Instant::now();
    let mut csv = String::from("program,method,measurement,best_so_far\n");
    let mut curves: BTreeMap<&str, Vec<Vec<f64>>> = BTreeMap::new();
    for (i, b) in chosen.iter().enumerate() {
        eprintln!("[{}/{}] {}", i + 1, chosen.len(), b.name);
        let template = MeasureJob {
            name: b.name.clone(),
            program: b.source.clone(),
            candidate: Candidate::Schedule(Default::default()),
            config: env.measure.clone(),
        };
        // The policy alone: the greedy schedule, then distinct samples (as
        // `optimize --search sample:K` measures them).
        let samples = Search::Sample(policy_budget.saturating_sub(1).max(1));
        let curve_of = |search: Search| match policy.search(b, search, &measurer, 0) {
            Ok(t) => t.best_so_far(),
            Err(e) => {
                eprintln!("  {search} failed (counts 1.0): {e}");
                vec![1.0]
            }
        };
        let samples_curve = curve_of(samples);
        // Policy-guided search (`optimize --budget N`, `tune --checkpoint`):
        // the heuristic's and the policy's schedules seed the tuner.
        let policy_curve = curve_of(Search::Budget(policy_budget));
        // Uniform random legal schedules, measured in the order drawn.
        let randoms = random_schedules(b, &env, random_budget, 1);
        let random_curve = mlirrl::util::stats::best_so_far(
            measure_schedules(&measurer, &template, &randoms).iter().map(|m| m.speedup()),
        );
        // The tuner, seeded by the heuristic as `mlirrl tune --no-policy`.
        let seeds = mlirrl::api::heuristic_schedules(b, env.measure.threads);
        let options = TuneOptions { budget: tune_budget, ..TuneOptions::default() };
        let tune_curve = tune(&measurer, b, &template, &env, seeds, &options).best_so_far;
        for (method, curve) in [
            ("samples", samples_curve),
            ("policy", policy_curve),
            ("random", random_curve),
            ("tune", tune_curve),
        ] {
            for (k, v) in curve.iter().enumerate() {
                writeln!(csv, "{},{method},{},{v:.4}", b.name, k + 1)?;
            }
            eprintln!(
                "  {method}: {:.2}x after {} measurements",
                at(&curve, curve.len()),
                curve.len()
            );
            curves.entry(method).or_default().push(curve);
        }
    }
    mlirrl::util::fs::write_atomic(&out.join("curves.csv"), csv.as_bytes())?;

    // Geometric means over the programs, measurement by measurement.
    let horizon = policy_budget.max(random_budget).max(tune_budget);
    let geomean_at = |method: &str, m: usize| {
        let values: Vec<f64> = curves[method].iter().map(|c| at(c, m)).collect();
        mlirrl::util::stats::geomean(&values).unwrap_or(1.0)
    };
    let budgets = [
        ("policy samples", "samples", policy_budget),
        ("optimize --budget (policy-guided)", "policy", policy_budget),
        ("random", "random", random_budget),
        ("tune --no-policy", "tune", tune_budget),
    ];
    let series: Vec<(String, Vec<f64>)> = budgets
        .iter()
        .map(|&(label, m, n)| (label.to_string(), (1..=n).map(|k| geomean_at(m, k)).collect()))
        .collect();
    bench::plot::best_so_far(
        &out.join("best_so_far.png"),
        &format!("{} left-out layers: geomean best speedup", chosen.len()),
        &series,
    )?;
    let policy_final = geomean_at("policy", policy_budget);
    let samples_final = geomean_at("samples", policy_budget);
    let tune_final = geomean_at("tune", tune_budget);
    let summary = json!({
        "fingerprint": fingerprint,
        "threads": env.measure.threads,
        "programs": chosen.iter().map(|b| b.name.clone()).collect::<Vec<_>>(),
        "budgets": {"policy": policy_budget, "random": random_budget, "tune": tune_budget},
        "geomean": {
            "policy_greedy": geomean_at("samples", 1),
            "policy_samples": samples_final,
            "policy": policy_final,
            "random": geomean_at("random", random_budget),
            "tune": tune_final,
            "tune_at_policy_budget": geomean_at("tune", policy_budget),
        },
        "policy_over_tune": policy_final / tune_final,
        "policy_samples_over_tune": samples_final / tune_final,
        "horizon": horizon,
        "seconds": started.elapsed().as_secs_f64(),
    });
    mlirrl::util::fs::write_atomic(
        &out.join("summary.json"),
        serde_json::to_string_pretty(&summary)?.as_bytes(),
    )?;
    println!("\n{fingerprint}, {} threads, {} left-out layers", env.measure.threads, chosen.len());
    println!("| search | measurements | geomean best speedup |");
    println!("|---|---|---|");
    println!("| policy, greedy | 1 | {:.2} |", geomean_at("samples", 1));
    println!("| policy samples | {policy_budget} | {samples_final:.2} |");
    println!("| optimize --budget (policy-guided) | {policy_budget} | {policy_final:.2} |");
    println!("| random | {random_budget} | {:.2} |", geomean_at("random", random_budget));
    println!(
        "| tune (heuristic seeds) | {policy_budget} | {:.2} |",
        geomean_at("tune", policy_budget)
    );
    println!("| tune (heuristic seeds) | {tune_budget} | {tune_final:.2} |");
    println!(
        "policy-guided / tune: {:.3} (optimize --budget), {:.3} (policy samples only)",
        policy_final / tune_final,
        samples_final / tune_final
    );
    Ok(())
}
