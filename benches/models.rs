//! The agent's cost at the original system's sizes (observation 2508,
//! 181-entry mask): forward, backward and optimiser step for a minibatch of
//! 64 with the LSTM and the small transformer, and one full PPO update (64
//! episodes of 20 steps, 4 epochs, minibatch 64) of the LSTM model.
//!
//! After the criterion groups it prints the medians as a table, then times
//! the same PPO update in PyTorch (`scripts/torch_ppo_update.py`, the
//! original system's framework) in the same run when an interpreter with
//! PyTorch is found (`python3`, or the one named by `MLIRRL_PYTHON`), and
//! prints the ratio.
//!
//! Run: `cargo bench --bench models`

use candle_core::{Device, Tensor};
use criterion::{Criterion, criterion_group};
use mlirrl::{
    models::{EncoderConfig, Model, ModelConfig, ObsLayout, synthetic},
    ppo::{ActionHeads, ActorCritic, Adam, AdamConfig, Mode, PpoConfig, Rng, Trainer, dist::Masks},
};
use std::hint::black_box;

fn layout() -> ObsLayout {
    synthetic::seed_layout()
}

fn spec() -> ActionHeads {
    synthetic::seed_spec()
}

fn bench(c: &mut Criterion) {
    let mut group = c.benchmark_group("models");
    group.sample_size(10);
    for (name, encoder) in
        [("lstm", EncoderConfig::lstm()), ("transformer_small", EncoderConfig::transformer_small())]
    {
        let model =
            Model::new(ModelConfig { encoder, ..Default::default() }, layout(), spec()).unwrap();
        let mut rng = Rng::new(1);
        let (obs, masks) = synthetic::batch(&layout(), &spec(), 64, &mut rng);
        let acted = model.act(&obs, &masks, false, Mode::Train, &mut rng).unwrap();
        let obs_t = Tensor::from_vec(
            obs.iter().flatten().copied().collect::<Vec<f32>>(),
            (64, layout().total()),
            &Device::Cpu,
        )
        .unwrap();
        let masks_t = Masks::from_flat(&spec(), &masks, &Device::Cpu).unwrap();
        let actions = Tensor::from_vec(
            acted.actions.iter().flatten().copied().collect::<Vec<u32>>(),
            (64, spec().action_len()),
            &Device::Cpu,
        )
        .unwrap();
        group.bench_function(format!("{name}_forward_64"), |b| {
            b.iter(|| black_box(model.forward(&obs_t, Mode::Eval, &mut rng).unwrap()))
        });
        let mut adam = Adam::new(model.variables(), AdamConfig::default()).unwrap();
        group.bench_function(format!("{name}_forward_backward_step_64"), |b| {
            b.iter(|| {
                let (logp, ent, values) =
                    model.evaluate(&obs_t, &masks_t, &actions, Mode::Train, &mut rng).unwrap();
                let loss = ((logp.mean_all().unwrap() + ent.mean_all().unwrap()).unwrap()
                    + values.sqr().unwrap().mean_all().unwrap())
                .unwrap();
                let grads = loss.backward().unwrap();
                black_box(adam.step(&grads, 1e-3, Some(0.5)).unwrap())
            })
        });
    }

    // One full PPO update of the LSTM model on 64 episodes x 20 steps.
    let model = Model::new(ModelConfig::default(), layout(), spec()).unwrap();
    let rollout = synthetic::rollout(&model, 64 * 20, &mut Rng::new(2)).unwrap();
    let mut trainer =
        Trainer::new(model, PpoConfig { epochs: 4, minibatch: 64, ..PpoConfig::default() })
            .unwrap();
    group.bench_function("lstm_ppo_update_64x20_4_epochs", |b| {
        b.iter(|| black_box(trainer.update(&rollout).unwrap()))
    });
    group.finish();
}

/// Where criterion writes its results: `CRITERION_HOME`, else
/// `$CARGO_TARGET_DIR/criterion`, else the package's `target/criterion`.
fn criterion_home() -> std::path::PathBuf {
    let manifest = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    if let Some(home) = std::env::var_os("CRITERION_HOME") {
        return home.into();
    }
    match std::env::var_os("CARGO_TARGET_DIR") {
        Some(dir) => manifest.join(dir).join("criterion"),
        None => manifest.join("target").join("criterion"),
    }
}

/// Criterion's median for one benchmark of this run, in seconds.
fn median_s(id: &str) -> Option<f64> {
    let path = criterion_home().join(format!("models/{id}/new/estimates.json"));
    let text = std::fs::read_to_string(path).ok()?;
    let v: serde_json::Value = serde_json::from_str(&text).ok()?;
    v["median"]["point_estimate"].as_f64().map(|ns| ns / 1e9)
}

/// Prints the medians of this run as a table, then times the PyTorch
/// reference and prints the ratio of the two PPO updates.
fn summary() {
    println!("\nmachine: {}", mlirrl::env::measure::machine_fingerprint());
    println!("| what | median |\n|---|---|");
    for (id, what) in [
        ("lstm_forward_64", "LSTM: forward, minibatch 64"),
        ("lstm_forward_backward_step_64", "LSTM: forward + backward + Adam step, minibatch 64"),
        ("transformer_small_forward_64", "small transformer: forward, minibatch 64"),
        (
            "transformer_small_forward_backward_step_64",
            "small transformer: forward + backward + Adam step, minibatch 64",
        ),
        ("lstm_ppo_update_64x20_4_epochs", "LSTM: one PPO update, 64 x 20 steps, 4 epochs"),
    ] {
        match median_s(id) {
            Some(s) if s >= 1.0 => println!("| {what} | {s:.2} s |"),
            Some(s) => println!("| {what} | {:.1} ms |", s * 1e3),
            None => println!("| {what} | (not run) |"),
        }
    }
    let python = std::env::var("MLIRRL_PYTHON").unwrap_or_else(|_| "python3".into());
    let out = std::process::Command::new(&python)
        .arg(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("scripts/torch_ppo_update.py"))
        .args(["--threads", "2", "--repeats", "5"])
        .output();
    let out = match out {
        Ok(out) if out.status.success() => out,
        Ok(out) if out.status.code() == Some(3) => {
            println!("PyTorch reference skipped: {python} has no torch (set MLIRRL_PYTHON)");
            return;
        }
        Ok(out) => {
            println!("PyTorch reference failed: {}", String::from_utf8_lossy(&out.stderr));
            return;
        }
        Err(e) => {
            println!("PyTorch reference skipped: cannot run {python}: {e}");
            return;
        }
    };
    let report: serde_json::Value = match serde_json::from_slice(&out.stdout) {
        Ok(v) => v,
        Err(e) => {
            println!("PyTorch reference printed no JSON: {e}");
            return;
        }
    };
    let torch_s = report["median_s"].as_f64().unwrap_or(f64::NAN);
    println!(
        "PyTorch {} (same model, same update, 2 threads): median {torch_s:.2} s",
        report["torch"].as_str().unwrap_or("?")
    );
    if let Some(ours) = median_s("lstm_ppo_update_64x20_4_epochs") {
        println!("mlirrl's update takes {:.2}x PyTorch's time", ours / torch_s);
    }
}

criterion_group!(benches, bench);

fn main() {
    benches();
    Criterion::default().configure_from_args().final_summary();
    summary();
}
