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
}

impl std::fmt::Display for Search {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Greedy => f.write_str("greedy"),
            Self::Sample(k) => write!(f, "sample:{k}"),
            Self::Beam(k) => write!(f, "beam:{k}"),
        }
    }
}

impl std::str::FromStr for Search {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        let k = |v: &str| {
            v.parse::<usize>().ok().filter(|&k| k > 0).ok_or_else(|| format!("bad K in `{s}`"))
        };
        match s.split_once(':') {
            None if s == "greedy" => Ok(Self::Greedy),
            Some(("sample", v)) => Ok(Self::Sample(k(v)?)),
            Some(("beam", v)) => Ok(Self::Beam(k(v)?)),
            _ => Err(format!("unknown search `{s}` (greedy, sample:K or beam:K)")),
        }
    }
}

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
    /// Loads a checkpoint written by `mlirrl train` (seed features).
    pub fn load(path: &Path) -> Result<Self, String> {
        Self::load_with(path, &crate::env::worker::seed_extractors())
    }

    /// Loads a checkpoint trained with the features that `extractors` makes
    /// from the stored environment configuration.
    pub fn load_with(
        path: &Path,
        extractors: &crate::env::ExtractorFactory,
    ) -> Result<Self, String> {
        let meta = checkpoint::read_metadata(path).map_err(|e| e.to_string())?;
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
        let mut trainer = crate::ppo::Trainer::new(model, crate::ppo::PpoConfig::default())
            .map_err(|e| e.to_string())?;
        trainer.load(path).map_err(|e| e.to_string())?;
        Ok(Self { model: trainer.model, env, extractor })
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
        let mut rng = Rng::new(seed);
        let greedy = self.rollout(benchmark, true, &mut rng)?;
        let mut candidates = vec![greedy];
        match search {
            Search::Greedy => {}
            Search::Sample(k) => {
                for _ in 0..k {
                    let s = self.rollout(benchmark, false, &mut rng)?;
                    if !candidates.contains(&s) {
                        candidates.push(s);
                    }
                }
            }
            Search::Beam(k) => {
                for s in self.beam(benchmark, k, &mut rng)? {
                    if !candidates.contains(&s) {
                        candidates.push(s);
                    }
                }
            }
        }
        let Some(measurer) = measurer else { return Ok(candidates.remove(0)) };
        candidates.push(Schedule::empty());
        let job = MeasureJob {
            name: benchmark.name.clone(),
            program: benchmark.source.clone(),
            candidate: Candidate::Schedule(Schedule::empty()),
            config: self.env.measure.clone(),
        };
        let (best, _) = crate::env::measure::fastest_correct(measurer, &job, candidates);
        Ok(best.map(|(s, _)| s).unwrap_or_default())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
