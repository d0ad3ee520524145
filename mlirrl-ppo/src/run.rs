//! The training loop around a [`Trainer`]: resume from the run directory,
//! iterate, append metrics, show progress, checkpoint.
//!
//! A run directory holds `checkpoint.safetensors` (written atomically every
//! `checkpoint_every` iterations and at the end) and `metrics.jsonl` (one
//! line per iteration). Restarting the same command after a kill resumes
//! from the last checkpoint; metrics lines of iterations after it are
//! dropped so the file matches the resumed run.
//!
//! With a validator ([`run_validated`]), every `validate_every` iterations
//! the policy is written to `validating.safetensors` and scored (the
//! geometric-mean speedup of the greedy policy on validation programs), the
//! score goes into that iteration's metrics line, and the best-scoring
//! policy is kept as `best.safetensors` beside the latest checkpoint, which
//! is written after the metrics line as on every other iteration.

use crate::{
    agent::{ActorCritic, VecEnv},
    ppo::{IterationMetrics, PpoError, Trainer, append_metrics},
};
use indicatif::{ProgressBar, ProgressStyle};
use std::path::{Path, PathBuf};

/// Options of [`run`].
#[derive(Clone, Debug)]
pub struct RunOptions {
    /// Iterations to reach (a resumed run continues up to this).
    pub iterations: u64,
    /// Run directory.
    pub out_dir: PathBuf,
    /// Checkpoint period in iterations.
    pub checkpoint_every: u64,
    /// Draw a progress bar on stderr.
    pub progress: bool,
    /// Validation period in iterations (0: never); used by [`run_validated`].
    pub validate_every: u64,
}

/// Scores a checkpoint file (higher is better), e.g. the greedy policy's
/// geometric-mean speedup on validation programs.
pub type Validator<'a> = dyn FnMut(&Path) -> Result<f64, String> + 'a;

/// The trainer metadata key of the best validation score so far (stored in
/// checkpoints, so a resumed run keeps comparing against it).
pub const BEST_VALIDATION_KEY: &str = "best_validation";

/// The checkpoint file of a run directory.
pub fn checkpoint_path(dir: &Path) -> PathBuf {
    dir.join("checkpoint.safetensors")
}

/// The best-validation checkpoint of a run directory.
pub fn best_checkpoint_path(dir: &Path) -> PathBuf {
    dir.join("best.safetensors")
}

/// The metrics file of a run directory.
pub fn metrics_path(dir: &Path) -> PathBuf {
    dir.join("metrics.jsonl")
}

/// Keeps the metrics lines of iterations up to `iteration`.
fn truncate_metrics(path: &Path, iteration: u64) -> std::io::Result<()> {
    let Ok(text) = std::fs::read_to_string(path) else { return Ok(()) };
    let kept: Vec<&str> = text
        .lines()
        .filter(|l| {
            serde_json::from_str::<IterationMetrics>(l)
                .map(|m| m.iteration <= iteration)
                .unwrap_or(false)
        })
        .collect();
    let mut out = kept.join("\n");
    if !out.is_empty() {
        out.push('\n');
    }
    mlirrl_util::fs::write_atomic(path, out.as_bytes())
}

/// Trains until `options.iterations`, resuming from the run directory's
/// checkpoint if there is one. Returns the metrics of the iterations run now.
pub fn run<M: ActorCritic>(
    trainer: &mut Trainer<M>,
    env: &mut dyn VecEnv,
    options: &RunOptions,
) -> Result<Vec<IterationMetrics>, PpoError> {
    run_validated(trainer, env, options, None)
}

/// Scores the trainer's current policy with `validator` and keeps it as
/// `best.safetensors` in `dir` when the score beats the best so far (stored
/// under [`BEST_VALIDATION_KEY`] in the trainer's metadata). The policy is
/// scored from a file of its own (`validating.safetensors`, removed after):
/// the run's checkpoint is not touched, so a kill while scoring replays the
/// iteration. Returns the score, or the validator's error (which costs the
/// score only); `Err` only when a file cannot be written.
pub fn validate_and_keep_best<M: ActorCritic>(
    trainer: &mut Trainer<M>,
    dir: &Path,
    validator: &mut Validator<'_>,
) -> Result<Result<f64, String>, PpoError> {
    let scored = dir.join("validating.safetensors");
    trainer.save(&scored)?;
    let result = validator(&scored);
    let _ = std::fs::remove_file(&scored);
    if let Ok(score) = result {
        let best = trainer.metadata.get(BEST_VALIDATION_KEY).and_then(|v| v.parse::<f64>().ok());
        if best.is_none_or(|b| score > b) {
            trainer.metadata.insert(BEST_VALIDATION_KEY.into(), score.to_string());
            trainer.save(&best_checkpoint_path(dir))?;
        }
    }
    Ok(result)
}

/// [`run`], validating every `options.validate_every` iterations with
/// `validator` (see the module documentation). A validator error is
/// logged and that validation skipped: it costs a score, not the run.
pub fn run_validated<M: ActorCritic>(
    trainer: &mut Trainer<M>,
    env: &mut dyn VecEnv,
    options: &RunOptions,
    mut validator: Option<&mut Validator<'_>>,
) -> Result<Vec<IterationMetrics>, PpoError> {
    let dir = &options.out_dir;
    std::fs::create_dir_all(dir).map_err(|e| PpoError::Checkpoint {
        path: dir.display().to_string(),
        reason: format!("cannot create: {e}"),
    })?;
    let ckpt = checkpoint_path(dir);
    if ckpt.exists() {
        trainer.load(&ckpt)?;
        tracing::info!(iteration = trainer.iteration(), "resumed from {}", ckpt.display());
    }
    truncate_metrics(&metrics_path(dir), trainer.iteration()).map_err(|e| {
        PpoError::Checkpoint {
            path: metrics_path(dir).display().to_string(),
            reason: e.to_string(),
        }
    })?;
    let bar =
        if options.progress { ProgressBar::new(options.iterations) } else { ProgressBar::hidden() };
    bar.set_style(
        ProgressStyle::with_template("{elapsed_precise} [{bar:30}] {pos}/{len} {msg}")
            .unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    bar.set_position(trainer.iteration());
    let started = std::time::Instant::now();
    let first_measurements = env.counters().measurements;
    let mut all = Vec::new();
    // A kill between writing the best file and the next checkpoint leaves
    // the best file's score ahead of the checkpoint's: take the larger.
    let best_path = best_checkpoint_path(dir);
    let score_in = |meta: Option<&String>| meta.and_then(|v| v.parse::<f64>().ok());
    if let Ok(meta) = crate::checkpoint::read_metadata(&best_path)
        && let Some(file_best) = score_in(meta.get(&format!("extra.{BEST_VALIDATION_KEY}")))
        && score_in(trainer.metadata.get(BEST_VALIDATION_KEY)).is_none_or(|b| file_best > b)
    {
        trainer.metadata.insert(BEST_VALIDATION_KEY.into(), file_best.to_string());
    }
    let mut last_validation: Option<f64> = None;
    while trainer.iteration() < options.iterations {
        let mut m = trainer.iterate(env)?;
        let validate = validator.is_some()
            && options.validate_every > 0
            && (trainer.iteration().is_multiple_of(options.validate_every)
                || trainer.iteration() == options.iterations);
        if let (true, Some(score_of)) = (validate, validator.as_mut()) {
            match validate_and_keep_best(trainer, dir, *score_of)? {
                Ok(score) => {
                    m.validation_geomean = Some(score);
                    last_validation = Some(score);
                }
                Err(e) => tracing::warn!(iteration = trainer.iteration(), "validation failed: {e}"),
            }
        }
        append_metrics(&metrics_path(dir), &m).map_err(|e| PpoError::Checkpoint {
            path: metrics_path(dir).display().to_string(),
            reason: e.to_string(),
        })?;
        let rate = (m.measurements - first_measurements) as f64
            / started.elapsed().as_secs_f64().max(1e-9);
        let hit_rate =
            if m.measurements > 0 { m.cache_hits as f64 / m.measurements as f64 } else { 0.0 };
        let validation = match (last_validation, trainer.metadata.get(BEST_VALIDATION_KEY)) {
            (Some(v), Some(best)) => {
                let best = best.parse::<f64>().unwrap_or(v);
                format!("  validation {v:.2}x (best {best:.2}x)")
            }
            _ => String::new(),
        };
        bar.set_message(format!(
            "reward {:.3}  geomean {}  entropy {:.2}  kl {:.4}{validation}  {:.1} meas/s  cache {:.0}%",
            m.mean_return,
            m.geomean_speedup.map_or("-".into(), |g| format!("{g:.2}x")),
            m.update.entropy,
            m.update.approx_kl,
            rate,
            hit_rate * 100.0
        ));
        bar.set_position(trainer.iteration());
        if validate
            || trainer.iteration().is_multiple_of(options.checkpoint_every.max(1))
            || trainer.iteration() == options.iterations
        {
            trainer.save(&ckpt)?;
        }
        all.push(m);
    }
    bar.finish();
    Ok(all)
}
