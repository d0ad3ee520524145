//! The glue between the layers: environment sizes to model and PPO sizes,
//! the environment pool as a PPO [`VecEnv`], and a trained policy that
//! schedules programs.

use crate::{
    bench::baselines::Unmeasured,
    env::{
        ActionSpaceSpec, Benchmark, Candidate, Env, EnvConfig, EnvPool, MeasureJob, Measurer,
        Schedule,
    },
    models::{Model, ModelConfig, ObsLayout},
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

/// The model's view of the environment's observations.
pub fn obs_layout(config: &EnvConfig) -> ObsLayout {
    let spec = crate::env::env::observation_spec(config);
    ObsLayout {
        op_features: spec.op_features,
        history: spec.history,
        max_loops: config.features.max_loops,
        max_accesses: config.features.max_accesses,
        max_access_rank: config.features.max_access_rank,
    }
}

/// A model sized for an environment configuration.
pub fn model_for(env: &EnvConfig, model: ModelConfig) -> Result<Model, crate::models::ModelError> {
    let space = crate::env::ActionSpace::new(env.actions.clone());
    Model::new(model, obs_layout(env), action_heads(&space.spec()))
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

impl VecEnv for PoolEnv {
    fn num_envs(&self) -> usize {
        self.pool.slots()
    }

    fn reset(&mut self, rng: &mut Rng) -> Result<Vec<EnvObs>, String> {
        let n = self.pool.slots();
        let mut order: Vec<usize> = Vec::new();
        while order.len() < n {
            let mut all: Vec<usize> = (0..self.benchmarks.len()).collect();
            rng.shuffle(&mut all);
            order.extend(all);
        }
        let requests: Vec<(usize, Benchmark)> =
            (0..n).map(|i| (i, self.benchmarks[order[i]].clone())).collect();
        self.pool
            .reset(&requests)
            .into_iter()
            .zip(&requests)
            .map(|(r, (_, b))| r.map(to_obs).map_err(|e| format!("{}: {e}", b.name)))
            .collect()
    }

    fn step(&mut self, actions: &[(usize, Vec<u32>)]) -> Result<Vec<EnvStep>, String> {
        let requests: Vec<(usize, Vec<usize>)> =
            actions.iter().map(|(i, a)| (*i, a.iter().map(|&x| x as usize).collect())).collect();
        let mut out = Vec::with_capacity(requests.len());
        for r in self.pool.step(&requests) {
            let step = r.map_err(|e| e.to_string())?;
            if let Some(m) = &step.info.measurement {
                self.counters.measurements += 1;
                self.counters.cache_hits += m.cached as u64;
            }
            out.push(EnvStep {
                obs: to_obs(step.observation),
                reward: step.reward as f32,
                done: step.done,
                speedup: step.info.speedup,
                discard: step.info.dropped,
            });
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
}

impl Policy {
    /// Loads a checkpoint written by `mlirrl train`.
    pub fn load(path: &Path) -> Result<Self, String> {
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
        let model =
            model_for(&env, model_config).map_err(|e| format!("{}: {e}", path.display()))?;
        let mut trainer = crate::ppo::Trainer::new(model, crate::ppo::PpoConfig::default())
            .map_err(|e| e.to_string())?;
        trainer.load(path).map_err(|e| e.to_string())?;
        Ok(Self { model: trainer.model, env })
    }

    /// Plays one episode in-process (no measurement), choosing with
    /// `greedy` or by sampling.
    pub fn rollout(
        &self,
        benchmark: &Benchmark,
        greedy: bool,
        rng: &mut Rng,
    ) -> Result<Schedule, String> {
        let mut env = Env::new(self.env.clone(), Box::new(Unmeasured));
        let mut obs = env.reset(benchmark).map_err(|e| e.to_string())?;
        for _ in 0..10_000 {
            let acted = self
                .model
                .act(&[obs.features.clone()], &[obs.mask.clone()], greedy, Mode::Eval, rng)
                .map_err(|e| e.to_string())?;
            let raw: Vec<usize> = acted.actions[0].iter().map(|&x| x as usize).collect();
            let step = env.step(&raw).map_err(|e| e.to_string())?;
            if step.done {
                return step
                    .info
                    .schedule
                    .ok_or_else(|| "episode ended without a schedule".to_string());
            }
            obs = step.observation;
        }
        Err("episode did not end".into())
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
        for _ in 0..200 {
            let mut next: Vec<Beam> = Vec::new();
            for (actions, score) in &beams {
                let mut env = Env::new(self.env.clone(), Box::new(Unmeasured));
                let mut obs = env.reset(benchmark).map_err(|e| e.to_string())?;
                let mut done = false;
                for a in actions {
                    let step = env.step(a).map_err(|e| e.to_string())?;
                    obs = step.observation;
                    if step.done {
                        if let Some(s) = step.info.schedule
                            && !finished.contains(&s)
                        {
                            finished.push(s);
                        }
                        done = true;
                    }
                }
                if done {
                    continue;
                }
                let mut seen: Vec<Vec<usize>> = Vec::new();
                let greedy = self.model.act(
                    &[obs.features.clone()],
                    &[obs.mask.clone()],
                    true,
                    Mode::Eval,
                    rng,
                );
                let mut candidates = vec![greedy.map_err(|e| e.to_string())?];
                for _ in 0..2 * k {
                    candidates.push(
                        self.model
                            .act(
                                &[obs.features.clone()],
                                &[obs.mask.clone()],
                                false,
                                Mode::Eval,
                                rng,
                            )
                            .map_err(|e| e.to_string())?,
                    );
                }
                for c in candidates {
                    let raw: Vec<usize> = c.actions[0].iter().map(|&x| x as usize).collect();
                    if seen.contains(&raw) {
                        continue;
                    }
                    seen.push(raw.clone());
                    let mut seq = actions.clone();
                    seq.push(raw);
                    next.push((seq, score + c.log_probs[0] as f64));
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
