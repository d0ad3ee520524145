//! The glue between the layers: environment sizes to model and PPO sizes,
//! the environment pool as a PPO [`VecEnv`], and a trained policy that
//! schedules programs.

use crate::{
    env::episode::Unmeasured,
    env::{
        ActionSpaceSpec, Benchmark, Candidate, Env, EnvConfig, EnvPool, MeasureJob, Measurer,
        ObservationSpec, Schedule, SharedExtractor, episode, seed_extractor,
    },
    models::{LoopTokenLayout, Model, ModelConfig, ObsLayout},
    ppo::{
        ActionHeads, ActorCritic, EnvCounters, EnvObs, EnvStep, Head, Mode, Rng, VecEnv, checkpoint,
    },
};
use std::path::Path;

/// PPO's view of the environment's action space.
pub fn action_heads(spec: &ActionSpaceSpec) -> ActionHeads {
    ActionHeads {
        selection: spec.selection,
        heads: spec.heads.iter().map(|h| Head { rows: h.rows, choices: h.choices }).collect(),
        head_of_selection: spec.head_of_selection.clone(),
    }
}

/// The model's view of the environment's observations (sizes and loop
/// tokens from the extractor that produced them).
pub fn obs_layout(spec: &ObservationSpec) -> ObsLayout {
    ObsLayout {
        op_features: spec.op_features,
        history: spec.history,
        loop_tokens: spec.loop_tokens.as_ref().map(|t| LoopTokenLayout {
            loops: t.loops,
            width: t.width,
            indices: t.indices.iter().map(|&i| i as u32).collect(),
        }),
    }
}

/// A model sized for an environment configuration with the seed features.
pub fn model_for(env: &EnvConfig, model: ModelConfig) -> Result<Model, crate::models::ModelError> {
    model_for_extractor(env, &seed_extractor(env), model)
}

/// A model sized for an environment configuration observed through
/// `extractor`.
pub fn model_for_extractor(
    env: &EnvConfig,
    extractor: &SharedExtractor,
    model: ModelConfig,
) -> Result<Model, crate::models::ModelError> {
    let space = crate::env::ActionSpace::new(env.actions.clone());
    let spec = crate::env::env::observation_spec_with(env, extractor.as_ref());
    if let Some(tokens) = &spec.loop_tokens {
        tokens.validate(spec.op_features).map_err(|e| {
            crate::models::ModelError::Config(format!("the extractor's loop tokens: {e}"))
        })?;
    }
    Model::new(model, obs_layout(&spec), action_heads(&space.spec()))
}

/// Metadata key under which checkpoints store the environment configuration.
pub const ENV_KEY: &str = "env";
/// Metadata key of the model configuration (as given by the user).
pub const MODEL_KEY: &str = "model_config";

/// Environments in worker processes as a PPO [`VecEnv`]: each reset draws
/// `slots` benchmarks (without replacement while possible) from the training
/// set.
pub struct PoolEnv {
    pool: EnvPool,
    benchmarks: Vec<Benchmark>,
    counters: EnvCounters,
}

impl PoolEnv {
    /// A pool of `slots` environments over `workers` processes.
    pub fn new(pool: EnvPool, benchmarks: Vec<Benchmark>) -> Self {
        Self { pool, benchmarks, counters: EnvCounters::default() }
    }
}

fn to_obs(o: crate::env::Observation) -> EnvObs {
    EnvObs { obs: o.features, mask: o.mask }
}

/// The benchmarks of the next `n` episodes: every benchmark once in a
/// random order, then again, so each is drawn equally often.
fn draw(n: usize, benchmarks: usize, rng: &mut Rng) -> Vec<usize> {
    let mut order: Vec<usize> = Vec::new();
    while order.len() < n && benchmarks > 0 {
        let mut all: Vec<usize> = (0..benchmarks).collect();
        rng.shuffle(&mut all);
        order.extend(all);
    }
    order.truncate(n);
    order
}

fn env_step(step: crate::env::Step, counters: &mut EnvCounters) -> EnvStep {
    if let Some(m) = &step.info.measurement {
        counters.measurements += 1;
        counters.cache_hits += m.cached as u64;
    }
    EnvStep {
        obs: to_obs(step.observation),
        reward: step.reward as f32,
        done: step.done,
        speedup: step.info.speedup,
        discard: step.info.dropped,
    }
}

fn raw_action(action: &[u32]) -> Vec<usize> {
    action.iter().map(|&x| x as usize).collect()
}

impl VecEnv for PoolEnv {
    fn num_envs(&self) -> usize {
        self.pool.slots()
    }

    fn reset(&mut self, rng: &mut Rng) -> Result<Vec<EnvObs>, String> {
        let order = draw(self.pool.slots(), self.benchmarks.len(), rng);
        let requests: Vec<(usize, Benchmark)> =
            order.iter().enumerate().map(|(i, &b)| (i, self.benchmarks[b].clone())).collect();
        self.pool
            .reset(&requests)
            .into_iter()
            .zip(&requests)
            .map(|(r, (_, b))| r.map(to_obs).map_err(|e| format!("{}: {e}", b.name)))
            .collect()
    }

    fn step(&mut self, actions: &[(usize, Vec<u32>)]) -> Result<Vec<EnvStep>, String> {
        let requests: Vec<(usize, Vec<usize>)> =
            actions.iter().map(|(i, a)| (*i, raw_action(a))).collect();
        let mut out = Vec::with_capacity(requests.len());
        for r in self.pool.step(&requests) {
            out.push(env_step(r.map_err(|e| e.to_string())?, &mut self.counters));
        }
        Ok(out)
    }

    fn counters(&self) -> EnvCounters {
        self.counters.clone()
    }
}

/// Environments in this process as a PPO [`VecEnv`]: transformations run
/// here (a crash in MLIR would take the process with it), measurements go
/// wherever each environment's measurer sends them, e.g. one shared
/// [`crate::env::WorkerPool`] of isolated worker processes. For programs
/// that cannot start themselves as workers (tests, notebooks, other
/// languages); training runs use [`PoolEnv`].
pub struct LocalEnvs {
    envs: Vec<Env>,
    benchmarks: Vec<Benchmark>,
    counters: EnvCounters,
}

impl LocalEnvs {
    /// `envs` environments (one episode each per rollout) over `benchmarks`.
    pub fn new(envs: Vec<Env>, benchmarks: Vec<Benchmark>) -> Self {
        Self { envs, benchmarks, counters: EnvCounters::default() }
    }
}

impl VecEnv for LocalEnvs {
    fn num_envs(&self) -> usize {
        self.envs.len()
    }

    fn reset(&mut self, rng: &mut Rng) -> Result<Vec<EnvObs>, String> {
        let order = draw(self.envs.len(), self.benchmarks.len(), rng);
        self.envs
            .iter_mut()
            .zip(order)
            .map(|(env, b)| {
                let b = &self.benchmarks[b];
                env.reset(b).map(to_obs).map_err(|e| format!("{}: {e}", b.name))
            })
            .collect()
    }

    fn step(&mut self, actions: &[(usize, Vec<u32>)]) -> Result<Vec<EnvStep>, String> {
        let mut out = Vec::with_capacity(actions.len());
        for (i, a) in actions {
            let env = self.envs.get_mut(*i).ok_or_else(|| format!("no environment {i}"))?;
            let step = env.step(&raw_action(a)).map_err(|e| e.to_string())?;
            out.push(env_step(step, &mut self.counters));
        }
        Ok(out)
    }

    fn counters(&self) -> EnvCounters {
        self.counters.clone()
    }
}

/// The most candidates (K or N) a [`Search`] may ask for.
pub const MAX_SEARCH: usize = 100_000;

/// How a trained policy turns into a schedule.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Search {
    /// The most likely action at every step.
    Greedy,
    /// The best of K sampled schedules (plus the greedy one).
    Sample(usize),
    /// Beam search over the policy's log-probabilities, K beams; every
    /// finished beam is measured and the best kept.
    Beam(usize),
    /// Policy-guided search with N measurements: the untransformed program,
    /// the heuristic's schedules and the policy's greedy and sampled
    /// schedules ([`Policy::search_seeds`]) seed the tuner's measured
    /// evolutionary search (`mlirrl tune`), which spends the rest of the N on
    /// changes around the fastest schedules so far; the fastest correct one
    /// wins. N is at most [`MAX_SEARCH`].
    Budget(usize),
}

impl std::fmt::Display for Search {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Greedy => f.write_str("greedy"),
            Self::Sample(k) => write!(f, "sample:{k}"),
            Self::Beam(k) => write!(f, "beam:{k}"),
            Self::Budget(n) => write!(f, "budget:{n}"),
        }
    }
}

impl std::str::FromStr for Search {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        let k = |v: &str| {
            v.parse::<usize>()
                .ok()
                .filter(|&k| (1..=MAX_SEARCH).contains(&k))
                .ok_or_else(|| format!("bad K in `{s}` (1 to {MAX_SEARCH})"))
        };
        match s.split_once(':') {
            None if s == "greedy" => Ok(Self::Greedy),
            Some(("sample", v)) => Ok(Self::Sample(k(v)?)),
            Some(("beam", v)) => Ok(Self::Beam(k(v)?)),
            Some(("budget", v)) => Ok(Self::Budget(k(v)?)),
            _ => Err(format!("unknown search `{s}` (greedy, sample:K, beam:K or budget:N)")),
        }
    }
}

/// Name of the shipped checkpoint in messages.
pub const SHIPPED_CHECKPOINT_NAME: &str = "checkpoints/general.safetensors (shipped)";

/// The bytes of `checkpoints/general.safetensors`: weights and
/// configurations of the general policy, no optimiser state.
pub static SHIPPED_CHECKPOINT: &[u8] =
    include_bytes!(concat!(env!("CARGO_MANIFEST_DIR"), "/checkpoints/general.safetensors"));

/// A trained policy with the environment configuration it was trained for.
pub struct Policy {
    /// The network.
    pub model: Model,
    /// The environment configuration.
    pub env: EnvConfig,
    /// The features the model reads.
    pub extractor: SharedExtractor,
}

impl Policy {
    /// Loads a checkpoint written by `mlirrl train` or `train_general` (a
    /// full or a weights-only one; seed features).
    pub fn load(path: &Path) -> Result<Self, String> {
        Self::load_with(path, &crate::env::worker::seed_extractors())
    }

    /// Loads a checkpoint trained with the features that `extractors` makes
    /// from the stored environment configuration.
    pub fn load_with(
        path: &Path,
        extractors: &crate::env::ExtractorFactory,
    ) -> Result<Self, String> {
        let bytes =
            std::fs::read(path).map_err(|e| format!("{}: cannot read: {e}", path.display()))?;
        Self::from_bytes(path, &bytes, extractors)
    }

    /// Loads checkpoint bytes (`path` names them in errors).
    pub fn from_bytes(
        path: &Path,
        bytes: &[u8],
        extractors: &crate::env::ExtractorFactory,
    ) -> Result<Self, String> {
        let meta = checkpoint::read_metadata_bytes(path, bytes).map_err(|e| e.to_string())?;
        let env: EnvConfig = meta
            .get(&format!("extra.{ENV_KEY}"))
            .and_then(|v| serde_json::from_str(v).ok())
            .ok_or_else(|| {
                format!("{}: the checkpoint has no environment configuration", path.display())
            })?;
        env.validate()
            .map_err(|e| format!("{}: stored environment configuration: {e}", path.display()))?;
        let model_config: ModelConfig = meta
            .get(&format!("extra.{MODEL_KEY}"))
            .and_then(|v| serde_json::from_str(v).ok())
            .ok_or_else(|| {
                format!("{}: the checkpoint has no model configuration", path.display())
            })?;
        let extractor = extractors(&env);
        let model = model_for_extractor(&env, &extractor, model_config)
            .map_err(|e| format!("{}: {e}", path.display()))?;
        let contents =
            checkpoint::read_bytes(path, bytes, model.device()).map_err(|e| e.to_string())?;
        checkpoint::load_weights(&model, &contents, path).map_err(|e| e.to_string())?;
        Ok(Self { model, env, extractor })
    }

    /// The policy shipped with mlirrl (`checkpoints/general.safetensors`,
    /// embedded in the library): trained by the `train_general` example on
    /// every op family, the network suites and imported ONNX networks.
    pub fn shipped() -> Result<Self, String> {
        Self::from_bytes(
            Path::new(SHIPPED_CHECKPOINT_NAME),
            SHIPPED_CHECKPOINT,
            &crate::env::worker::seed_extractors(),
        )
    }

    /// The checkpoint at `path`, or the shipped policy when there is none.
    pub fn load_or_shipped(path: Option<&Path>) -> Result<Self, String> {
        match path {
            Some(p) => Self::load(p),
            None => Self::shipped(),
        }
    }

    /// An environment of this policy's configuration and features that
    /// measures nothing (for planning schedules).
    pub fn unmeasured_env(&self) -> Env {
        Env::with_extractor(self.env.clone(), self.extractor.clone(), Box::new(Unmeasured))
    }

    /// The policy's action for one observation (greedy or sampled): the raw
    /// action and its log-probability.
    fn act_one(
        &self,
        obs: &crate::env::Observation,
        greedy: bool,
        rng: &mut Rng,
    ) -> Result<(Vec<usize>, f32), String> {
        let acted = self
            .model
            .act(
                std::slice::from_ref(&obs.features),
                std::slice::from_ref(&obs.mask),
                greedy,
                Mode::Eval,
                rng,
            )
            .map_err(|e| e.to_string())?;
        Ok((acted.actions[0].iter().map(|&x| x as usize).collect(), acted.log_probs[0]))
    }

    /// Plays one episode in-process (no measurement), choosing with
    /// `greedy` or by sampling.
    pub fn rollout(
        &self,
        benchmark: &Benchmark,
        greedy: bool,
        rng: &mut Rng,
    ) -> Result<Schedule, String> {
        let mut env = self.unmeasured_env();
        let chooser = |turn: &episode::Turn<'_>| -> Result<Vec<usize>, String> {
            if turn.retry > 0 {
                return Err("the environment refused the policy's action".into());
            }
            Ok(self.act_one(turn.observation, greedy, rng)?.0)
        };
        let played = episode::play(&mut env, benchmark, chooser).map_err(|e| e.to_string())?;
        Ok(played.schedule)
    }

    /// Beam search: keeps the `k` most likely partial action sequences,
    /// expanding each with its `k` most likely actions (sampled candidates
    /// ranked by log-probability).
    fn beam(
        &self,
        benchmark: &Benchmark,
        k: usize,
        rng: &mut Rng,
    ) -> Result<Vec<Schedule>, String> {
        type Beam = (Vec<Vec<usize>>, f64);
        let mut beams: Vec<Beam> = vec![(Vec::new(), 0.0)];
        let mut finished: Vec<Schedule> = Vec::new();
        let mut env = self.unmeasured_env();
        for _ in 0..200 {
            let mut next: Vec<Beam> = Vec::new();
            for (actions, score) in &beams {
                let obs = match episode::replay(&mut env, benchmark, actions)
                    .map_err(|e| e.to_string())?
                {
                    episode::Replayed::Running(obs) => obs,
                    episode::Replayed::Done(s) => {
                        if let Some(s) = s
                            && !finished.contains(&s)
                        {
                            finished.push(s);
                        }
                        continue;
                    }
                };
                let mut seen: Vec<Vec<usize>> = Vec::new();
                let mut candidates = vec![self.act_one(&obs, true, rng)?];
                for _ in 0..2 * k {
                    candidates.push(self.act_one(&obs, false, rng)?);
                }
                for (raw, log_prob) in candidates {
                    if seen.contains(&raw) {
                        continue;
                    }
                    seen.push(raw.clone());
                    let mut seq = actions.clone();
                    seq.push(raw);
                    next.push((seq, score + log_prob as f64));
                }
            }
            if next.is_empty() {
                break;
            }
            next.sort_by(|a, b| b.1.total_cmp(&a.1));
            next.truncate(k);
            beams = next;
        }
        Ok(finished)
    }

    /// The candidate schedules `search` proposes, the greedy one first,
    /// without duplicates.
    pub fn candidates(
        &self,
        benchmark: &Benchmark,
        search: Search,
        seed: u64,
    ) -> Result<Vec<Schedule>, String> {
        if let Search::Budget(n) = search {
            // The seeds the search starts from (the greedy one first); the
            // tuner makes the rest.
            return self.search_seeds(benchmark, n, seed);
        }
        let mut rng = Rng::new(seed);
        let greedy = self.rollout(benchmark, true, &mut rng)?;
        let mut candidates = vec![greedy];
        let add = |s: Schedule, candidates: &mut Vec<Schedule>| {
            if !candidates.contains(&s) {
                candidates.push(s);
            }
        };
        match search {
            // (A budget returned its seeds above.)
            Search::Greedy | Search::Budget(_) => {}
            Search::Sample(k) => {
                for _ in 0..k {
                    add(self.rollout(benchmark, false, &mut rng)?, &mut candidates);
                }
            }
            Search::Beam(k) => {
                for s in self.beam(benchmark, k, &mut rng)? {
                    add(s, &mut candidates);
                }
            }
        }
        Ok(candidates)
    }

    /// The schedules a policy-guided search of `budget` measurements starts
    /// from, in the order measured (after the untransformed program): the
    /// policy's greedy schedule, the heuristic's schedules of the program
    /// (when it parses), then distinct samples of the policy, up to a quarter
    /// of the budget (1 to 64) of them. `mlirrl tune --checkpoint` seeds its
    /// search with the same list. An error when the greedy rollout fails.
    pub fn search_seeds(
        &self,
        benchmark: &Benchmark,
        budget: usize,
        seed: u64,
    ) -> Result<Vec<Schedule>, String> {
        let mut rng = Rng::new(seed);
        let mut seeds = vec![self.rollout(benchmark, true, &mut rng)?];
        for s in crate::api::heuristic_schedules(benchmark, self.env.measure.threads) {
            if !seeds.contains(&s) {
                seeds.push(s);
            }
        }
        // A confident policy repeats itself: up to four draws per wanted
        // sample, as drawing costs no measurement.
        let want = (budget / 4).clamp(1, 64);
        let (mut added, mut draws) = (0, 0);
        while added < want && draws < want * 4 {
            if let Ok(s) = self.rollout(benchmark, false, &mut rng)
                && !seeds.contains(&s)
            {
                seeds.push(s);
                added += 1;
            }
            draws += 1;
        }
        Ok(seeds)
    }

    /// Measures the candidates of `search` (plus the untransformed
    /// program, which is never slower than itself) and returns the fastest
    /// correct one with every trial in the order measured.
    pub fn search(
        &self,
        benchmark: &Benchmark,
        search: Search,
        measurer: &dyn Measurer,
        seed: u64,
    ) -> Result<SearchTrace, String> {
        let job = MeasureJob {
            name: benchmark.name.clone(),
            program: benchmark.source.clone(),
            candidate: Candidate::Schedule(Schedule::empty()),
            config: self.env.measure.clone(),
        };
        if let Search::Budget(n) = search {
            let seeds = self.search_seeds(benchmark, n, seed)?;
            let options = crate::bench::tune::TuneOptions {
                budget: n,
                seed,
                ..crate::bench::tune::TuneOptions::default()
            };
            let tuned =
                crate::bench::tune::tune(measurer, benchmark, &job, &self.env, seeds, &options);
            let trials = tuned
                .schedules
                .into_iter()
                .zip(&tuned.trials)
                .map(|(schedule, t)| Trial { schedule, speedup: t.speedup })
                .collect();
            return Ok(SearchTrace { schedule: tuned.best, trials });
        }
        let mut candidates = self.candidates(benchmark, search, seed)?;
        candidates.push(Schedule::empty());
        let mut results = crate::env::measure::measure_schedules(measurer, &job, &candidates);
        candidates.pop();
        let untransformed = results.pop();
        let trials: Vec<Trial> = candidates
            .into_iter()
            .zip(results)
            .map(|(schedule, m)| Trial { speedup: m.speedup(), schedule })
            .collect();
        let best = trials
            .iter()
            .filter_map(|t| t.speedup.map(|s| (s, &t.schedule)))
            .max_by(|a, b| a.0.total_cmp(&b.0));
        let untransformed_speedup =
            untransformed.as_ref().filter(|m| m.correct()).and_then(|m| m.speedup());
        // The untransformed program wins ties: a schedule must be faster.
        let schedule = match (best, untransformed_speedup) {
            (Some((s, schedule)), u) if s > u.unwrap_or(1.0) => schedule.clone(),
            _ => Schedule::empty(),
        };
        Ok(SearchTrace { schedule, trials })
    }

    /// The schedule chosen by `search`; candidates beyond the greedy one are
    /// measured with `measurer` and the fastest correct one is returned. The
    /// empty schedule is always a candidate, so the result is never slower
    /// than the untransformed program (when measured).
    pub fn schedule(
        &self,
        benchmark: &Benchmark,
        search: Search,
        measurer: Option<&dyn Measurer>,
        seed: u64,
    ) -> Result<Schedule, String> {
        match measurer {
            Some(m) => Ok(self.search(benchmark, search, m, seed)?.schedule),
            None => Ok(self.candidates(benchmark, search, seed)?.remove(0)),
        }
    }
}

/// One measured candidate of a policy-guided search.
#[derive(Clone, Debug, PartialEq)]
pub struct Trial {
    /// The schedule.
    pub schedule: Schedule,
    /// Its speedup over the untransformed program (`None`: it failed or
    /// ran incorrectly).
    pub speedup: Option<f64>,
}

/// The outcome of [`Policy::search`].
#[derive(Clone, Debug, PartialEq)]
pub struct SearchTrace {
    /// The fastest correct schedule (empty when nothing beat the
    /// untransformed program; for `budget:N` also when the untransformed
    /// program's own trial, timed against itself, came out fastest).
    pub schedule: Schedule,
    /// Every candidate in the order measured. For `budget:N` the
    /// untransformed program is the first of the N (its speedup is its
    /// time against itself, about 1.0); the other searches measure it
    /// beside their candidates, not counted here.
    pub trials: Vec<Trial>,
}

impl SearchTrace {
    /// The best speedup after each measurement, never below 1.0 (the
    /// untransformed program; for `budget:N` its own trial counts too).
    pub fn best_so_far(&self) -> Vec<f64> {
        crate::util::stats::best_so_far(self.trials.iter().map(|t| t.speedup))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn searches_parse_print_and_trace_the_best_so_far() {
        for text in ["greedy", "sample:4", "beam:2", "budget:32"] {
            assert_eq!(text.parse::<Search>().unwrap().to_string(), text);
        }
        for bad in ["budget:0", "budget:", "budget:x", "best:3", "budget:18446744073709551615"] {
            assert!(bad.parse::<Search>().is_err(), "{bad}");
        }
        let trial = |s: Option<f64>| Trial { schedule: Schedule::empty(), speedup: s };
        let trace = SearchTrace {
            schedule: Schedule::empty(),
            trials: vec![trial(Some(0.5)), trial(Some(2.0)), trial(None), trial(Some(1.5))],
        };
        assert_eq!(trace.best_so_far(), [1.0, 2.0, 2.0, 2.0]);
    }

    #[test]
    fn the_shipped_policy_loads_and_matches_todays_action_space() {
        let meta =
            checkpoint::read_metadata_bytes(Path::new(SHIPPED_CHECKPOINT_NAME), SHIPPED_CHECKPOINT)
                .unwrap();
        assert_eq!(
            meta.get(checkpoint::WEIGHTS_ONLY).map(String::as_str),
            Some("true"),
            "the shipped file holds weights only"
        );
        let policy = Policy::shipped().unwrap();
        // It is what `train_general` trains today: the transformer with
        // per-loop heads and learned token embeddings.
        assert!(matches!(
            policy.model.config().encoder,
            crate::models::EncoderConfig::Transformer {
                loop_heads: true,
                learned_embeddings: true,
                ..
            }
        ));
        // Loading already checked every weight's shape against a model built
        // for the stored configuration; the heads and observation must also
        // be today's for that configuration.
        let heads = action_heads(&crate::env::ActionSpace::new(policy.env.actions.clone()).spec());
        assert_eq!(policy.model.spec(), &heads);
        let spec = crate::env::env::observation_spec_with(&policy.env, policy.extractor.as_ref());
        assert_eq!(policy.model.obs_dim(), spec.total);
        // It plans schedules for a matmul and a convolution.
        let mut rng = Rng::new(0);
        for (name, source) in [
            ("matmul", crate::ir::builders::matmul(128, 96, 64, "f32")),
            (
                "conv",
                crate::ir::builders::conv_2d(
                    crate::ir::builders::ConvForm::NchwFchw,
                    crate::ir::builders::Conv2d {
                        n: 1,
                        c: 8,
                        h: 18,
                        w: 18,
                        f: 16,
                        kh: 3,
                        kw: 3,
                        stride: 1,
                        dilation: 1,
                    },
                    "f32",
                ),
            ),
        ] {
            let b = Benchmark { name: name.into(), source };
            policy.rollout(&b, true, &mut rng).unwrap_or_else(|e| panic!("{name}: {e}"));
        }
    }

    #[test]
    fn policy_guided_search_starts_from_the_policy_and_the_heuristic() {
        let policy = Policy::shipped().unwrap();
        let b = Benchmark {
            name: "matmul".into(),
            source: crate::ir::builders::matmul(128, 96, 64, "f32"),
        };
        let heuristic = crate::api::heuristic_schedules(&b, policy.env.measure.threads);
        assert!(!heuristic.is_empty());
        let greedy = policy.rollout(&b, true, &mut Rng::new(7)).unwrap();
        let mut samples_seen = 0;
        for (budget, most_samples) in [(1, 1), (32, 8), (128, 32)] {
            let seeds = policy.search_seeds(&b, budget, 0).unwrap();
            // Measured right after the untransformed program: the greedy
            // schedule, so even a budget of 2 measures the policy.
            assert_eq!(seeds[0], greedy, "budget {budget}");
            let rest: Vec<&Schedule> = heuristic.iter().filter(|s| **s != greedy).collect();
            assert_eq!(seeds[1..=rest.len()].iter().collect::<Vec<_>>(), rest);
            let samples = seeds.len() - 1 - rest.len();
            assert!(samples <= most_samples, "budget {budget}: {samples} samples");
            samples_seen = samples_seen.max(samples);
            for (i, s) in seeds.iter().enumerate() {
                assert!(!seeds[..i].contains(s), "{} twice", s.canonical());
            }
            if budget == 32 {
                assert_eq!(policy.candidates(&b, Search::Budget(budget), 0).unwrap(), seeds);
            }
        }
        assert!(samples_seen > 0, "the policy's samples add schedules of their own");
    }

    #[test]
    fn the_seed_features_give_the_synthetic_seed_layout() {
        // mlirrl-models keeps an MLIR-free copy of the seed layout for its
        // benchmarks and tests; it must be the extractor's, token by token.
        let spec = crate::env::env::observation_spec(&EnvConfig::default());
        let layout = obs_layout(&spec);
        assert_eq!(layout, crate::models::synthetic::seed_layout());
        assert_eq!(
            action_heads(&crate::env::ActionSpace::new(Default::default()).spec()).mask_len(),
            spec.mask
        );
    }
}
