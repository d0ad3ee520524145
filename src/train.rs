//! Training runs: one TOML file configures the suite, PPO, the model, the
//! action space and measurement; `mlirrl train` and the `train_matmul`
//! example both run [`run_training`].
//!
//! ```toml
//! [train]
//! iterations = 100
//! episodes_per_iteration = 32
//! suite = "data/matmul"        # a dataset directory (its train split), or
//! embedded = "matmul"          # the embedded matmul suite
//! validate_every = 10          # greedy policy on the validation split
//! validation_limit = 24        # (at most this many programs)
//! imitation_epochs = 0         # warm start: clone the heuristic first
//! imitation_lr = 0.001
//!
//! [ppo]
//! epochs = 4
//!
//! [model]
//! width = 128
//! [model.encoder]
//! kind = "lstm"
//! embed = 128
//! hidden = 128
//! dropout = 0.1
//!
//! [env.measure]
//! runs = 3
//! ```
//! Every section and key is optional; unknown keys are rejected by name.

use crate::{
    agent::{ENV_KEY, MODEL_KEY, Policy, PoolEnv, model_for_extractor},
    bench::{Split, load_suite},
    env::{
        Benchmark, Candidate, EnvConfig, EnvPool, ExtractorFactory, MeasureBackend, MeasureConfig,
        MeasureJob, Measurer, WorkerCommand, WorkerPool, worker::seed_extractors,
    },
    models::{EncoderConfig, ModelConfig},
    ppo::{IterationMetrics, PpoConfig, RunOptions, Trainer, run, run_validated},
};
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

/// The `[train]` section.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct RunSection {
    /// Iterations to reach.
    pub iterations: u64,
    /// Episodes (benchmarks) per iteration.
    pub episodes_per_iteration: usize,
    /// Worker processes.
    pub workers: usize,
    /// Checkpoint period.
    pub checkpoint_every: u64,
    /// Dataset directory whose train split is used.
    pub suite: Option<PathBuf>,
    /// An embedded suite (`matmul`) when no directory is given.
    pub embedded: Option<String>,
    /// Share measurements between runs through `OUT/cache`.
    pub cache: bool,
    /// Where measurements run: `"local"` (the default), or a NATS broker's
    /// URL (`nats://HOST:PORT`) whose workers measure instead of the local
    /// environment workers.
    pub measure: MeasureBackend,
    /// Every this many iterations, the greedy policy is measured on the
    /// suite's validation split; the score goes into `metrics.jsonl` and the
    /// best-scoring checkpoint is kept as `best.safetensors` (0: never).
    pub validate_every: u64,
    /// Most validation programs (taken in turn from each family).
    pub validation_limit: usize,
    /// Before the first iteration of a new run, passes of behaviour
    /// cloning on the heuristic's schedules of the training programs (a
    /// warm start; 0: none). Statistics go to `OUT/imitation.json`.
    pub imitation_epochs: usize,
    /// Adam's learning rate while cloning (PPO's own is usually smaller).
    pub imitation_lr: f64,
}

impl Default for RunSection {
    fn default() -> Self {
        Self {
            iterations: 100,
            episodes_per_iteration: 32,
            workers: 1,
            checkpoint_every: 5,
            suite: None,
            embedded: Some("matmul".into()),
            cache: true,
            measure: MeasureBackend::Local,
            validate_every: 0,
            validation_limit: 24,
            imitation_epochs: 0,
            imitation_lr: 1e-3,
        }
    }
}

/// A whole training configuration.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct TrainConfig {
    /// Run settings.
    pub train: RunSection,
    /// PPO.
    pub ppo: PpoConfig,
    /// Networks.
    pub model: ModelConfig,
    /// Environment: action space, features, measurement, rewards.
    pub env: EnvConfig,
}

impl Default for TrainConfig {
    fn default() -> Self {
        Self {
            train: RunSection::default(),
            ppo: PpoConfig { minibatch: 64, entropy_coef: 0.02, ..PpoConfig::default() },
            model: ModelConfig {
                encoder: EncoderConfig::Lstm { embed: 64, hidden: 64, dropout: 0.0 },
                width: 64,
                backbone_layers: 2,
                seed: 0,
            },
            env: EnvConfig {
                measure: MeasureConfig {
                    runs: 3,
                    warmup: 1,
                    threads: 2,
                    budget_ms: 1000,
                    ..MeasureConfig::default()
                },
                ..EnvConfig::default()
            },
        }
    }
}

impl TrainConfig {
    /// Parses TOML; unknown keys and out-of-range values are errors naming
    /// the key.
    pub fn from_toml(text: &str) -> Result<Self, String> {
        let config: Self = toml::from_str(text).map_err(|e| e.to_string())?;
        config.validate()?;
        Ok(config)
    }

    /// Checks every value against its range, naming the key.
    pub fn validate(&self) -> Result<(), String> {
        use crate::ppo::check::int;
        let t = &self.train;
        int("train.iterations", t.iterations, 0, 10_000_000)?;
        int("train.episodes_per_iteration", t.episodes_per_iteration, 1, 100_000)?;
        int("train.workers", t.workers, 1, 4096)?;
        int("train.checkpoint_every", t.checkpoint_every, 1, 10_000_000)?;
        int("train.validate_every", t.validate_every, 0, 10_000_000)?;
        int("train.validation_limit", t.validation_limit, 1, 100_000)?;
        int("train.imitation_epochs", t.imitation_epochs, 0, 10_000)?;
        crate::ppo::check::positive("train.imitation_lr", t.imitation_lr, 1.0)?;
        if t.validate_every > 0 && t.suite.is_none() {
            return Err("train.validate_every needs train.suite (a dataset with a validation \
                        split)"
                .into());
        }
        self.ppo.validate()?;
        self.model.validate()?;
        self.env.validate()
    }
}

/// Matmul training shapes (M, N, K): from 64 to 1024, non-powers of two included.
pub const MATMUL_TRAIN: &[(u64, u64, u64)] = &[
    (64, 64, 64),
    (128, 96, 256),
    (192, 192, 192),
    (256, 256, 256),
    (384, 256, 128),
    (320, 320, 320),
    (512, 512, 512),
    (768, 256, 512),
    (1024, 128, 256),
    (480, 640, 320),
    (96, 1024, 96),
    (640, 384, 192),
    (200, 200, 200),
    (1000, 96, 64),
    (256, 768, 384),
    (160, 160, 640),
];

/// Matmul shapes never trained on.
pub const MATMUL_HELD_OUT: &[(u64, u64, u64)] = &[
    (224, 224, 224),
    (448, 384, 256),
    (960, 160, 320),
    (576, 576, 576),
    (128, 1024, 512),
    (320, 640, 160),
];

/// Benchmarks for a list of matmul shapes.
pub fn matmul_suite(shapes: &[(u64, u64, u64)]) -> Vec<Benchmark> {
    shapes
        .iter()
        .map(|&(m, n, k)| Benchmark {
            name: format!("matmul_{m}_{n}_{k}"),
            source: crate::ir::builders::matmul(m, n, k, "f32"),
        })
        .collect()
}

/// The training benchmarks a configuration names.
pub fn training_benchmarks(section: &RunSection) -> Result<Vec<Benchmark>, String> {
    if let Some(dir) = &section.suite {
        let (_, items) = load_suite(dir).map_err(|e| e.to_string())?;
        let out: Vec<Benchmark> = items
            .into_iter()
            .filter(|i| i.entry.split == Split::Train && i.entry.error.is_none())
            .filter_map(|i| i.source.ok().map(|s| Benchmark { name: i.entry.name, source: s }))
            .collect();
        if out.is_empty() {
            return Err(format!("{}: no usable training benchmarks", dir.display()));
        }
        return Ok(out);
    }
    match section.embedded.as_deref() {
        Some("matmul") | None => Ok(matmul_suite(MATMUL_TRAIN)),
        Some(other) => Err(format!("unknown embedded suite `{other}` (known: matmul)")),
    }
}

/// Up to `limit` validation programs of a dataset directory, taken in turn
/// from each family so that every family is represented.
pub fn validation_benchmarks(dir: &Path, limit: usize) -> Result<Vec<Benchmark>, String> {
    let (_, items) = load_suite(dir).map_err(|e| e.to_string())?;
    let mut by_family: std::collections::BTreeMap<String, Vec<Benchmark>> = Default::default();
    for i in items {
        if i.entry.split == Split::Validation
            && i.entry.error.is_none()
            && let Ok(source) = i.source
        {
            by_family
                .entry(i.entry.family)
                .or_default()
                .push(Benchmark { name: i.entry.name, source });
        }
    }
    let mut out = Vec::new();
    let mut queues: Vec<std::vec::IntoIter<Benchmark>> =
        by_family.into_values().map(|v| v.into_iter()).collect();
    while out.len() < limit {
        let before = out.len();
        for q in &mut queues {
            if out.len() < limit
                && let Some(b) = q.next()
            {
                out.push(b);
            }
        }
        if out.len() == before {
            break;
        }
    }
    if out.is_empty() {
        return Err(format!("{}: no usable validation benchmarks", dir.display()));
    }
    Ok(out)
}

/// Geometric-mean speedup of `policy`'s greedy schedules over the
/// untransformed programs, one measurement each; a schedule that fails, or
/// an episode the policy cannot finish, counts as 1.0 (the untransformed
/// program would be kept).
pub fn greedy_geomean(
    policy: &Policy,
    benchmarks: &[Benchmark],
    measurer: &dyn Measurer,
) -> Result<f64, String> {
    let mut rng = crate::ppo::Rng::new(0);
    let mut jobs = Vec::new();
    let mut refused = 0;
    for b in benchmarks {
        // A program the policy cannot finish counts as 1.0 (it would be
        // left untransformed), not as a failed validation.
        let schedule = match policy.rollout(b, true, &mut rng) {
            Ok(s) => s,
            Err(e) => {
                tracing::warn!("validation: {}: {e}", b.name);
                refused += 1;
                continue;
            }
        };
        jobs.push(MeasureJob {
            name: b.name.clone(),
            program: b.source.clone(),
            candidate: Candidate::Schedule(schedule),
            config: policy.env.measure.clone(),
        });
    }
    let mut speedups: Vec<f64> = measurer
        .measure_batch(&jobs)
        .iter()
        .filter(|m| m.baseline.is_some())
        .map(|m| m.speedup().unwrap_or(1.0))
        .collect();
    speedups.extend(std::iter::repeat_n(1.0, refused));
    crate::ppo::geomean(&speedups).ok_or_else(|| "no validation program could be measured".into())
}

/// The benchmarks an environment of `env` can start an episode on; the
/// others are named in a warning (an error when none is left).
fn schedulable(
    benchmarks: Vec<Benchmark>,
    env: &EnvConfig,
    extractor: &crate::env::SharedExtractor,
    what: &str,
) -> Result<Vec<Benchmark>, String> {
    let probe = crate::env::Env::with_extractor(
        env.clone(),
        extractor.clone(),
        Box::new(crate::env::episode::Unmeasured),
    );
    let (kept, dropped): (Vec<_>, Vec<_>) = benchmarks
        .into_iter()
        .map(|b| (probe.check_schedulable(&b), b))
        .partition(|(r, _)| r.is_ok());
    for (reason, _) in &dropped {
        if let Err(e) = reason {
            tracing::warn!("{what} set: left out: {e}");
        }
    }
    if kept.is_empty() {
        return Err(format!("no {what} benchmark can be scheduled ({} left out)", dropped.len()));
    }
    Ok(kept.into_iter().map(|(_, b)| b).collect())
}

/// The heuristic's schedules as demonstrations ([`heuristic_demonstrations`]).
#[derive(Clone, Debug, Default)]
pub struct HeuristicDemonstrations {
    /// Every step of every replayed schedule.
    pub steps: Vec<crate::ppo::Demonstration>,
    /// How many benchmarks gave demonstrations.
    pub programs: usize,
    /// Of those, how many needed tile sizes fitted to the action space.
    pub fitted: usize,
    /// The benchmarks that gave none, with why.
    pub skipped: Vec<(String, String)>,
}

/// Demonstrations of the heuristic on each benchmark: the steps of the
/// episode that plays its schedule (observation, mask, action), for
/// [`Trainer::imitate`]. The schedule is played with
/// [`crate::env::episode::play_schedule`]: identity interchanges where the
/// action order asks for one, tile sizes the agent cannot choose replaced by
/// the nearest it can. Benchmarks whose schedule still cannot be played are
/// skipped, with the reason.
pub fn heuristic_demonstrations(
    benchmarks: &[Benchmark],
    env: &EnvConfig,
    extractor: &crate::env::SharedExtractor,
) -> HeuristicDemonstrations {
    use crate::env::episode::{self, TileFit};
    let mut probe = crate::env::Env::with_extractor(
        env.clone(),
        extractor.clone(),
        Box::new(episode::Unmeasured),
    );
    let mut out = HeuristicDemonstrations::default();
    for b in benchmarks {
        let program = match crate::api::parse_program(&b.source, &b.name) {
            Ok(p) => p,
            Err(e) => {
                out.skipped.push((b.name.clone(), e.to_string()));
                continue;
            }
        };
        let schedule = crate::bench::baselines::heuristic_schedule(&program, env.measure.threads);
        let played = episode::play_schedule(&mut probe, b, &schedule, TileFit::Exact)
            .map(|e| (e, false))
            .or_else(|_| {
                episode::play_schedule(&mut probe, b, &schedule, TileFit::Nearest)
                    .map(|e| (e, true))
            });
        match played {
            Ok((e, fitted)) => {
                out.programs += 1;
                out.fitted += usize::from(fitted);
                out.steps.extend(e.steps.into_iter().map(|s| crate::ppo::Demonstration {
                    obs: s.observation.features,
                    mask: s.observation.mask,
                    action: s.raw.iter().map(|&x| x as u32).collect(),
                }));
            }
            Err(e) => out.skipped.push((b.name.clone(), e.to_string())),
        }
    }
    out
}

/// Runs (or resumes) training into `out`; `worker` is the command that
/// starts worker processes (the current executable for the CLI and examples).
pub fn run_training(
    config: &TrainConfig,
    out: &Path,
    worker: WorkerCommand,
    progress: bool,
) -> Result<(Trainer<crate::models::Model>, Vec<IterationMetrics>), String> {
    run_training_with(config, out, worker, &seed_extractors(), progress)
}

/// [`run_training`] with other op features: `extractors` makes the
/// extractor from the environment configuration, and the model is sized
/// for it. `worker` must start a binary that serves with the same factory
/// (`mlirrl::worker::Worker::with_extractor`), since the environments live
/// in the workers.
pub fn run_training_with(
    config: &TrainConfig,
    out: &Path,
    worker: WorkerCommand,
    extractors: &ExtractorFactory,
    progress: bool,
) -> Result<(Trainer<crate::models::Model>, Vec<IterationMetrics>), String> {
    config.validate()?;
    std::fs::create_dir_all(out).map_err(|e| format!("{}: {e}", out.display()))?;
    let benchmarks = training_benchmarks(&config.train)?;
    let mut command = worker;
    command.threads = config.env.measure.threads;
    if config.train.cache {
        command.cache_dir = Some(out.join("cache"));
    }
    let mut stored = config.clone();
    if let MeasureBackend::Nats { url } = &config.train.measure {
        // Credentials in the URL travel to the workers in their environment,
        // never in their arguments or in the stored configuration.
        let nats = crate::nats::NatsConfig::from_env(url.clone())
            .and_then(|c| c.with_url_credentials())
            .map_err(|e| e.to_string())?;
        let public = MeasureBackend::Nats { url: nats.url.clone() };
        command.env.extend(nats.auth.to_env().into_iter().map(|(k, v)| (k.to_string(), v)));
        // Fail now, with the broker's reason, rather than in every worker.
        crate::nats::NatsMeasurer::connect(nats).map_err(|e| e.to_string())?;
        command.backend = public.clone();
        stored.train.measure = public;
    }
    let extractor = extractors(&config.env);
    let benchmarks = schedulable(benchmarks, &config.env, &extractor, "training")?;
    let programs = benchmarks.len();
    // A new run may start by cloning the heuristic (see `imitation_epochs`).
    let fresh = !crate::ppo::checkpoint_path(out).exists();
    let demonstrations = (fresh && config.train.imitation_epochs > 0)
        .then(|| heuristic_demonstrations(&benchmarks, &config.env, &extractor));
    let command_for_validation = command.clone();
    let pool = EnvPool::new(
        command,
        config.train.workers.max(1),
        config.train.episodes_per_iteration.max(1),
        config.env.clone(),
    )
    .with_observation_spec(crate::env::env::observation_spec_with(&config.env, extractor.as_ref()));
    let mut env = PoolEnv::new(pool, benchmarks);
    let model = model_for_extractor(&config.env, &extractor, config.model.clone())
        .map_err(|e| e.to_string())?;
    let mut ppo = config.ppo.clone();
    ppo.total_iterations = config.train.iterations;
    let mut trainer = Trainer::new(model, ppo).map_err(|e| e.to_string())?;
    trainer
        .metadata
        .insert(ENV_KEY.into(), serde_json::to_string(&config.env).map_err(|e| e.to_string())?);
    trainer
        .metadata
        .insert(MODEL_KEY.into(), serde_json::to_string(&config.model).map_err(|e| e.to_string())?);
    let stored = toml::to_string(&stored).map_err(|e| e.to_string())?;
    mlirrl_util::fs::write_atomic(&out.join("config.toml"), stored.as_bytes())
        .map_err(|e| format!("{}: {e}", out.display()))?;
    let options = RunOptions {
        iterations: config.train.iterations,
        out_dir: out.to_path_buf(),
        checkpoint_every: config.train.checkpoint_every,
        progress,
        validate_every: config.train.validate_every,
    };
    // Validation: the greedy policy on the validation split, measured by
    // one local worker while the training workers wait between iterations.
    let validation = match (&config.train.suite, config.train.validate_every) {
        (Some(dir), every) if every > 0 => {
            let programs = schedulable(
                validation_benchmarks(dir, config.train.validation_limit)?,
                &config.env,
                &extractor,
                "validation",
            )?;
            let mut vcommand = command_for_validation;
            vcommand.backend = MeasureBackend::Local;
            Some((programs, WorkerPool::new(vcommand, 1)))
        }
        _ => None,
    };
    let mut score = |ckpt: &Path| -> Result<f64, String> {
        let (programs, pool) = validation.as_ref().ok_or("no validation split")?;
        let policy = Policy::load_with(ckpt, extractors)?;
        greedy_geomean(&policy, programs, pool)
    };
    if let Some(demos) = demonstrations {
        let stats = trainer
            .imitate(&demos.steps, config.train.imitation_epochs, config.train.imitation_lr)
            .map_err(|e| format!("imitation: {e}"))?;
        let used = demos.programs;
        tracing::info!(?stats, "cloned the heuristic on {used} of {programs} programs");
        for (name, why) in &demos.skipped {
            tracing::debug!("no demonstration on {name}: {why}");
        }
        let skipped: serde_json::Map<String, serde_json::Value> =
            demos.skipped.iter().map(|(n, w)| (n.clone(), serde_json::json!(w))).collect();
        let mut report = serde_json::json!({
            "programs": used,
            "of": programs,
            "fitted": demos.fitted,
            "steps": demos.steps.len(),
            "skipped": skipped,
            "stats": stats,
        });
        // The cloned policy is the first candidate for the best checkpoint:
        // PPO must beat it on validation to replace it.
        if validation.is_some() {
            match crate::ppo::validate_and_keep_best(&mut trainer, out, &mut score)
                .map_err(|e| e.to_string())?
            {
                Ok(v) => report["validation_geomean"] = serde_json::json!(v),
                Err(e) => tracing::warn!("validation of the cloned policy failed: {e}"),
            }
        }
        mlirrl_util::fs::write_atomic(&out.join("imitation.json"), report.to_string().as_bytes())
            .map_err(|e| format!("{}: {e}", out.display()))?;
    }
    let metrics = if validation.is_some() {
        run_validated(&mut trainer, &mut env, &options, Some(&mut score))
    } else {
        run(&mut trainer, &mut env, &options)
    }
    .map_err(|e| e.to_string())?;
    Ok((trainer, metrics))
}

#[cfg(test)]
mod tests {
    use super::TrainConfig;

    /// The TOML block of this module's documentation.
    fn doc_example() -> String {
        let source = include_str!("train.rs");
        let start = source.find("//! ```toml").expect("the docs hold a TOML example");
        source[start..]
            .lines()
            .skip(1)
            .take_while(|l| !l.starts_with("//! ```"))
            .map(|l| l.trim_start_matches("//!").strip_prefix(' ').unwrap_or(""))
            .collect::<Vec<_>>()
            .join("\n")
    }

    #[test]
    fn every_documented_configuration_parses() {
        let example = doc_example();
        let config = TrainConfig::from_toml(&example).unwrap_or_else(|e| panic!("{e}\n{example}"));
        assert_eq!(config.train.iterations, 100);
        assert_eq!(config.model.width, 128);
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        for file in ["docs/eval_model/train_resnet18_ops.toml", "docs/train_matmul/config.toml"] {
            let text = std::fs::read_to_string(root.join(file)).unwrap();
            TrainConfig::from_toml(&text).unwrap_or_else(|e| panic!("{file}: {e}"));
        }
    }

    #[test]
    fn out_of_range_values_name_their_key() {
        for (text, key) in [
            ("[ppo]\ngamma = 1.5\n", "ppo.gamma"),
            ("[model]\nwidth = 0\n", "model.width"),
            ("[env.measure]\nruns = 0\n", "env.measure.runs"),
            ("[env.actions]\nmax_loops = 99\n", "env.actions.max_loops"),
            ("[train]\nworkers = 0\n", "train.workers"),
        ] {
            let err = TrainConfig::from_toml(text).unwrap_err();
            assert!(err.contains(key), "{text}: {err}");
        }
    }
}
