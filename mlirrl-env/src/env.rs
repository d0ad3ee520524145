//! The gymnasium-style environment: `reset(benchmark)`, `step(action)`,
//! `action_mask()`.
//!
//! An episode schedules every op of one program, consumers first (the last
//! op in program order first). Each step applies the chosen action to the real
//! IR at once; the next observation is read from the transformed program. At
//! the end the whole schedule is measured and the reward is
//! `log10(baseline / optimised)`; a failed transformation costs
//! `transform_failure` on its step, a failed or wrong run `run_failure`.
//!
//! Observation layout (F = feature size, T = truncate, L = max loops,
//! M = tile sizes): `[op features (F), producer features (F), tiling history
//! T·L·(M+1) for each of T, TP, TPF, interchange history T·L·L, loop count]`;
//! the legality mask is separate ([`Observation::mask`]).

use crate::{
    action::{
        Action, ActionKind, ActionSpace, ActionSpaceConfig, ActionSpaceSpec, Decoded, OpProgress,
        OpView,
    },
    measure::{Candidate, Failure, MeasureConfig, MeasureJob, Measurement, Measurer},
    schedule::Schedule,
    script::fused_tag,
    session::Session,
};
use mlirrl_ir::{
    FeatureConfig, FeatureExtractor, IrError, IteratorKind, LoopTokens, Program, SeedFeatures,
};
use serde::{Deserialize, Serialize};
use std::sync::Arc;

/// Reward settings.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct RewardConfig {
    /// Reward of a step whose transformation failed.
    pub transform_failure: f64,
    /// Reward of an episode whose program failed to run or gave a wrong result.
    pub run_failure: f64,
    /// Measure after every code-changing step and reward the log speedup of
    /// that step (the rewards of an episode then sum to its log speedup).
    pub every_step: bool,
}

impl Default for RewardConfig {
    fn default() -> Self {
        Self { transform_failure: -5.0, run_failure: -20.0, every_step: false }
    }
}

/// Everything that defines an environment.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct EnvConfig {
    /// Action space.
    pub actions: ActionSpaceConfig,
    /// Op features.
    pub features: FeatureConfig,
    /// Measurement.
    pub measure: MeasureConfig,
    /// Rewrite supported convolutions as im2col + contraction before
    /// scheduling (as the original system did at load time). The baseline
    /// stays the original program, so the rewrite is part of the schedule and
    /// of the measured speedup.
    pub img2col: bool,
    /// Rewards.
    pub reward: RewardConfig,
}

/// `value` within `[lo, hi]`, else an error naming `key` (configuration
/// checks of this crate; `mlirrl_ppo::check` is the same for the MLIR-free
/// crates, which this one does not depend on).
pub(crate) fn in_range<T: PartialOrd + std::fmt::Display + Copy>(
    key: &str,
    value: T,
    lo: T,
    hi: T,
) -> Result<(), String> {
    if value < lo || value > hi {
        return Err(format!("{key} = {value} is outside [{lo}, {hi}]"));
    }
    Ok(())
}

/// [`in_range`] for a number that must also be finite.
pub(crate) fn finite_in(key: &str, value: f64, lo: f64, hi: f64) -> Result<(), String> {
    if !value.is_finite() {
        return Err(format!("{key} = {value} is not a finite number"));
    }
    in_range(key, value, lo, hi)
}

impl EnvConfig {
    /// Checks every value against its range; the error names the key as in
    /// the `[env]` section of a training configuration. Sizes are bounded so
    /// that no setting can make an observation or mask absurdly large.
    pub fn validate(&self) -> Result<(), String> {
        let a = &self.actions;
        in_range("env.actions.max_loops", a.max_loops, 1, 16)?;
        in_range("env.actions.num_tile_sizes", a.num_tile_sizes, 1, 16)?;
        in_range("env.actions.vect_size_limit", a.vect_size_limit, 1, 1 << 32)?;
        in_range("env.actions.truncate", a.truncate, 1, 64)?;
        let f = &self.features;
        in_range("env.features.max_loops", f.max_loops, 1, 16)?;
        in_range("env.features.max_accesses", f.max_accesses, 1, 16)?;
        in_range("env.features.max_access_rank", f.max_access_rank, 1, 16)?;
        if let mlirrl_ir::BoundNorm::Max(scale) = f.bound_norm {
            finite_in("env.features.bound_norm", scale as f64, 1e-6, 1e12)?;
        }
        self.measure.validate()?;
        let r = &self.reward;
        finite_in("env.reward.transform_failure", r.transform_failure, -1e6, 0.0)?;
        finite_in("env.reward.run_failure", r.run_failure, -1e6, 0.0)
    }
}

/// Extra attempts at a measurement whose infrastructure failed.
pub const INFRASTRUCTURE_RETRIES: usize = 2;

/// Sizes of observations, for models.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ObservationSpec {
    /// Features of one op (F).
    pub op_features: usize,
    /// How the op features split into per-loop tokens (from the extractor).
    pub loop_tokens: Option<LoopTokens>,
    /// Length of the action history block.
    pub history: usize,
    /// Total length: 2F + history + 1.
    pub total: usize,
    /// Length of the mask.
    pub mask: usize,
}

/// A program to optimise.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Benchmark {
    /// Name.
    pub name: String,
    /// MLIR text.
    pub source: String,
}

/// What the agent sees.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Observation {
    /// The observation vector ([`ObservationSpec::total`] values).
    pub features: Vec<f32>,
    /// Legality mask ([`ObservationSpec::mask`] values).
    pub mask: Vec<bool>,
    /// Tag of the op being scheduled.
    pub op: String,
}

/// Extra information about a step.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct StepInfo {
    /// The op the action applied to.
    pub op: String,
    /// The completed action, if this step completed one.
    pub action: Option<Action>,
    /// Why the action failed, if it did.
    pub failure: Option<String>,
    /// Final (or per-step) measurement.
    pub measurement: Option<Measurement>,
    /// Speedup of the whole program at the end of the episode (1.0 when the
    /// run failed: failures count as no speedup).
    pub speedup: Option<f64>,
    /// The schedule, at the end of the episode.
    pub schedule: Option<Schedule>,
    /// The episode's measurement failed for reasons that say nothing about
    /// the schedule (no worker answered, the broker went away, a result came
    /// from another machine), even after retries: the episode must not be
    /// learned from. Its reward carries no failure penalty.
    #[serde(default)]
    pub dropped: bool,
}

/// The result of [`Env::step`].
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Step {
    /// The next observation (all-false mask when done).
    pub observation: Observation,
    /// Reward of this step.
    pub reward: f64,
    /// Whether the episode ended.
    pub done: bool,
    /// Details.
    pub info: StepInfo,
}

/// Errors of the environment API (misuse, or a benchmark that cannot be used).
#[derive(Debug, thiserror::Error)]
pub enum EnvError {
    /// The benchmark could not be read.
    #[error(transparent)]
    Ir(#[from] IrError),
    /// No op of the benchmark fits the action space and features.
    #[error("{0}: no op can be scheduled (all exceed the feature or loop limits)")]
    NothingToSchedule(String),
    /// `step` before `reset` or after the episode ended.
    #[error("no episode in progress: call reset first")]
    NoEpisode,
    /// The action is malformed or masked out.
    #[error(transparent)]
    Decode(#[from] crate::action::DecodeError),
}

struct Episode {
    benchmark: Benchmark,
    session: Session,
    queue: Vec<String>,
    current: String,
    progress: OpProgress,
    schedule: Schedule,
    last_time_ns: Option<u64>,
    done: bool,
}

/// A feature extractor that environments (and the models sized for them)
/// share.
pub type SharedExtractor = Arc<dyn FeatureExtractor + Send + Sync>;

/// The default extractor of a configuration: [`SeedFeatures`] with the
/// sizes of `config.features`.
pub fn seed_extractor(config: &EnvConfig) -> SharedExtractor {
    Arc::new(SeedFeatures::new(config.features.clone()))
}

/// The environment.
pub struct Env {
    config: EnvConfig,
    space: ActionSpace,
    extractor: SharedExtractor,
    measurer: Box<dyn Measurer>,
    episode: Option<Episode>,
}

impl Env {
    /// An environment with the seed features ([`seed_extractor`]) measuring
    /// with `measurer`.
    pub fn new(config: EnvConfig, measurer: Box<dyn Measurer>) -> Self {
        let extractor = seed_extractor(&config);
        Self::with_extractor(config, extractor, measurer)
    }

    /// An environment that observes ops through `extractor`: it schedules
    /// the ops the extractor accepts ([`FeatureExtractor::check`]) and its
    /// observations hold the extractor's features of the op and its
    /// producer. `config.features` is not used (it configures the seed
    /// extractor only).
    pub fn with_extractor(
        config: EnvConfig,
        extractor: SharedExtractor,
        measurer: Box<dyn Measurer>,
    ) -> Self {
        let space = ActionSpace::new(config.actions.clone());
        Self { config, space, extractor, measurer, episode: None }
    }

    /// The feature extractor.
    pub fn extractor(&self) -> &SharedExtractor {
        &self.extractor
    }

    /// The configuration.
    pub fn config(&self) -> &EnvConfig {
        &self.config
    }

    /// The action space (encoding and decoding of raw actions).
    pub fn action_space(&self) -> &ActionSpace {
        &self.space
    }

    /// Action-space sizes.
    pub fn action_spec(&self) -> ActionSpaceSpec {
        self.space.spec()
    }

    /// Observation sizes.
    pub fn observation_spec(&self) -> ObservationSpec {
        observation_spec_with(&self.config, self.extractor.as_ref())
    }

    fn schedulable(&self, program: &Program, index: usize) -> bool {
        let op = &program.ops[index];
        op.num_loops() > 0
            && op.num_loops() <= self.config.actions.max_loops
            && self.extractor.check(op).is_ok()
    }

    /// Whether an episode can start on `benchmark`: it parses and at least
    /// one op fits the action space and features (what [`Env::reset`]
    /// needs, without starting an episode). Lets a training set drop
    /// programs it cannot learn from before they cost an iteration.
    pub fn check_schedulable(&self, benchmark: &Benchmark) -> Result<(), EnvError> {
        let session = Session::new(&benchmark.source, &benchmark.name)?;
        let program = session.program();
        if (0..program.ops.len()).any(|i| self.schedulable(program, i)) {
            Ok(())
        } else {
            Err(EnvError::NothingToSchedule(benchmark.name.clone()))
        }
    }

    /// Starts an episode on `benchmark`.
    pub fn reset(&mut self, benchmark: &Benchmark) -> Result<Observation, EnvError> {
        let mut session = Session::new(&benchmark.source, &benchmark.name)?;
        let mut schedule = Schedule::empty();
        if self.config.img2col {
            let convs: Vec<String> = session
                .program()
                .ops
                .iter()
                .filter(|o| crate::script::img2col_supported(&o.kind))
                .map(|o| o.tag.clone())
                .collect();
            for tag in convs {
                // A convolution the rewrite rejects is scheduled as it is.
                if session.apply(&tag, &Action::Img2col).is_ok() {
                    schedule.push(&tag, Action::Img2col);
                }
            }
        }
        let program = session.program();
        let queue: Vec<String> = (0..program.ops.len())
            .filter(|&i| self.schedulable(program, i))
            .map(|i| program.ops[i].tag.clone())
            .collect();
        if queue.is_empty() {
            return Err(EnvError::NothingToSchedule(benchmark.name.clone()));
        }
        let mut episode = Episode {
            benchmark: benchmark.clone(),
            session,
            queue,
            current: String::new(),
            progress: OpProgress::default(),
            schedule,
            last_time_ns: None,
            done: false,
        };
        episode.current = episode.queue.pop().unwrap_or_default();
        self.episode = Some(episode);
        Ok(self.observation())
    }

    fn op_view(&self, episode: &Episode) -> OpView {
        let program = episode.session.program();
        let Some(index) = program.op_index(&episode.current) else {
            return OpView {
                trip_counts: vec![],
                parallel: vec![],
                producer: None,
                im2col: false,
                tileable: false,
                paddable: vec![],
            };
        };
        let op = &program.ops[index];
        // Fusion works on tensors, into the op's last producer, and only for
        // producers MLIR can tile (linear accesses).
        let producer = program
            .producers_of(index)
            .filter(|e| program.ops[e.producer].on_tensors && op.on_tensors)
            .filter(|e| program.ops[e.producer].has_linear_accesses())
            .last()
            .map(|e| program.ops[e.producer].tag.clone());
        // Padding copies each tile of the operands: it pays back only where
        // the op reads them many times (a contraction: a reduction loop and
        // a multiply). An elementwise op reads each element once; padded, a
        // clip over 96x112x112 ran 20x slower than untransformed.
        let contraction =
            op.loops.iter().any(|l| l.iterator != IteratorKind::Parallel) && op.body.mul > 0;
        OpView {
            trip_counts: op.loops.iter().map(|l| l.trip_count).collect(),
            parallel: op.loops.iter().map(|l| l.iterator == IteratorKind::Parallel).collect(),
            producer,
            im2col: crate::script::img2col_offered(&op.kind),
            tileable: op.has_linear_accesses(),
            paddable: if contraction { op.paddable_loops() } else { vec![false; op.num_loops()] },
        }
    }

    /// The legality mask of the current state (all false when no episode is
    /// running or it has ended).
    pub fn action_mask(&self) -> Vec<bool> {
        match &self.episode {
            Some(e) if !e.done => self.space.mask(&self.op_view(e), &e.progress),
            _ => vec![false; self.space.spec().mask_len()],
        }
    }

    fn history(&self, progress: &OpProgress, out: &mut [f32]) {
        let (l, m, t) = (
            self.config.actions.max_loops,
            self.config.actions.num_tile_sizes,
            self.config.actions.truncate,
        );
        let tiling_block = t * l * (m + 1);
        let mut actions: Vec<Action> = progress.actions.clone();
        if !progress.pending_interchange.is_empty() {
            actions.push(Action::Interchange { permutation: progress.pending_interchange.clone() });
        }
        for (i, action) in actions.iter().enumerate().take(t) {
            match action {
                Action::Interchange { permutation } => {
                    let base = 3 * tiling_block + i * l * l;
                    for (j, &p) in permutation.iter().enumerate().take(l) {
                        if p < l {
                            out[base + j * l + p] = 1.0;
                        }
                    }
                }
                a => {
                    if let Some(sizes) = a.tile_sizes() {
                        let class = match a.kind() {
                            ActionKind::Tiling => 0,
                            ActionKind::TiledParallelization => 1,
                            _ => 2,
                        };
                        let base = class * tiling_block + i * l * (m + 1);
                        for (j, &s) in sizes.iter().enumerate().take(l) {
                            let idx = self.space.tile_index(s).unwrap_or(0);
                            out[base + j * (m + 1) + idx] = 1.0;
                        }
                    }
                }
            }
        }
    }

    fn observation(&self) -> Observation {
        let spec = self.observation_spec();
        let mut features = vec![0.0f32; spec.total];
        let Some(episode) = &self.episode else {
            return Observation { features, mask: vec![false; spec.mask], op: String::new() };
        };
        let program = episode.session.program();
        let f = spec.op_features;
        if let Some(index) = program.op_index(&episode.current) {
            let _ = self.extractor.extract_into(program, index, &mut features[..f]);
            let view = self.op_view(episode);
            if let Some(p) = view.producer.as_ref().and_then(|t| program.op_index(t))
                && self.extractor.extract_into(program, p, &mut features[f..2 * f]).is_err()
            {
                features[f..2 * f].fill(0.0);
            }
            features[spec.total - 1] = program.ops[index].num_loops() as f32;
        }
        self.history(&episode.progress, &mut features[2 * f..2 * f + spec.history]);
        Observation { features, mask: self.action_mask(), op: episode.current.clone() }
    }

    fn measure_schedule(&self, episode: &Episode) -> Measurement {
        let job = MeasureJob {
            name: episode.benchmark.name.clone(),
            program: episode.benchmark.source.clone(),
            candidate: Candidate::Schedule(episode.schedule.clone()),
            config: self.config.measure.clone(),
        };
        // Infrastructure failures (no worker answered, broker gone) are
        // retried; only a measurement that keeps failing that way is
        // reported, and its episode dropped.
        let mut m = self.measurer.measure(&job);
        for _ in 0..INFRASTRUCTURE_RETRIES {
            if !m.candidate.as_ref().is_err_and(Failure::is_infrastructure) {
                break;
            }
            tracing::warn!("{}: {:?}; measuring again", job.name, m.candidate);
            m = self.measurer.measure(&job);
        }
        m
    }

    /// Applies one policy step (a raw multi-discrete action, see
    /// [`crate::action`]).
    pub fn step(&mut self, raw: &[usize]) -> Result<Step, EnvError> {
        let mut episode = self.episode.take().ok_or(EnvError::NoEpisode)?;
        if episode.done {
            self.episode = Some(episode);
            return Err(EnvError::NoEpisode);
        }
        let view = self.op_view(&episode);
        let decoded = match self.space.decode(raw, &view, &episode.progress) {
            Ok(d) => d,
            Err(e) => {
                self.episode = Some(episode);
                return Err(e.into());
            }
        };
        let mut info = StepInfo { op: episode.current.clone(), ..Default::default() };
        let mut reward = 0.0;
        let mut op_done = false;
        match decoded {
            Decoded::InterchangeStep(p) => episode.progress.pending_interchange.push(p),
            Decoded::Action(action) => {
                episode.progress.pending_interchange.clear();
                let tag = episode.current.clone();
                let result = match &action {
                    Action::NoTransformation => Ok(()),
                    a => episode.session.apply(&tag, a),
                };
                match result {
                    Ok(()) => {
                        if let Action::TiledFusion { producer, .. } = &action {
                            let fused = fused_tag(producer, &tag);
                            if episode.session.program().op_index(&fused).is_some() {
                                episode.queue.push(fused);
                            }
                        }
                        episode.schedule.push(&tag, action.clone());
                        if matches!(action, Action::Img2col) {
                            // The op is now the contraction: its schedule
                            // starts afresh (order rules from the first step).
                            episode.progress = OpProgress::default();
                        } else {
                            episode.progress.actions.push(action.clone());
                        }
                        op_done = action.kind().is_terminal();
                        if self.config.reward.every_step
                            && !matches!(action, Action::NoTransformation)
                        {
                            let m = self.measure_schedule(&episode);
                            match (m.candidate.as_ref(), &m.baseline) {
                                (Ok(t), Some(b)) => {
                                    let prev = episode.last_time_ns.unwrap_or(b.median_ns);
                                    reward +=
                                        (prev.max(1) as f64 / t.median_ns.max(1) as f64).log10();
                                    episode.last_time_ns = Some(t.median_ns);
                                }
                                (Err(f), _) if f.is_infrastructure() => info.dropped = true,
                                _ => reward += self.config.reward.run_failure,
                            }
                            info.measurement = Some(m);
                        }
                    }
                    Err(e) => {
                        info.failure = Some(e.to_string());
                        // A vectorisation that does not apply keeps the code
                        // as it was, without penalty.
                        if action.kind() != ActionKind::Vectorization {
                            reward += self.config.reward.transform_failure;
                        }
                        op_done = true;
                    }
                }
                info.action = Some(action);
                if episode.progress.actions.len() >= self.config.actions.truncate {
                    op_done = true;
                }
            }
        }
        if op_done {
            episode.progress = OpProgress::default();
            let program = episode.session.program();
            let next = loop {
                match episode.queue.pop() {
                    Some(tag) => {
                        if let Some(i) = program.op_index(&tag)
                            && self.schedulable(program, i)
                        {
                            break Some(tag);
                        }
                    }
                    None => break None,
                }
            };
            match next {
                Some(tag) => episode.current = tag,
                None => {
                    episode.done = true;
                    if !self.config.reward.every_step {
                        let m = self.measure_schedule(&episode);
                        if m.candidate.as_ref().is_err_and(Failure::is_infrastructure) {
                            info.dropped = true;
                            info.speedup = None;
                            if let Err(f) = &m.candidate {
                                info.failure.get_or_insert(f.to_string());
                            }
                            info.measurement = Some(m);
                            info.schedule = Some(episode.schedule.clone());
                            let done = episode.done;
                            self.episode = Some(episode);
                            let observation = self.observation();
                            return Ok(Step { observation, reward, done, info });
                        }
                        match m.speedup() {
                            Some(s) => {
                                reward += s.max(1e-12).log10();
                                info.speedup = Some(s);
                            }
                            None => {
                                reward += self.config.reward.run_failure;
                                info.speedup = Some(1.0);
                                if let Err(f) = &m.candidate {
                                    info.failure.get_or_insert(f.to_string());
                                }
                            }
                        }
                        info.measurement = Some(m);
                    } else if let Some(m) = &info.measurement {
                        info.speedup = Some(m.speedup().unwrap_or(1.0));
                    } else {
                        let m = self.measure_schedule(&episode);
                        info.speedup = Some(m.speedup().unwrap_or(1.0));
                        if m.candidate.is_err() {
                            reward += self.config.reward.run_failure;
                        }
                        info.measurement = Some(m);
                    }
                    info.schedule = Some(episode.schedule.clone());
                }
            }
        }
        let done = episode.done;
        self.episode = Some(episode);
        let observation = self.observation();
        Ok(Step { observation, reward, done, info })
    }

    /// The tag of the op the next action applies to (`None` when no episode
    /// is running or it has ended).
    pub fn current_op(&self) -> Option<&str> {
        self.episode.as_ref().filter(|e| !e.done).map(|e| e.current.as_str())
    }

    /// The schedule built so far in the current episode.
    pub fn schedule(&self) -> Option<&Schedule> {
        self.episode.as_ref().map(|e| &e.schedule)
    }

    /// The current transformed module as text.
    pub fn module_text(&self) -> Option<String> {
        self.episode.as_ref().map(|e| e.session.module_text())
    }

    /// The standalone Transform-dialect script of the actions applied so far.
    pub fn exported_script(&self) -> Option<String> {
        self.episode.as_ref().map(|e| e.session.exported_script())
    }
}

/// Observation sizes of a configuration with the seed features.
pub fn observation_spec(config: &EnvConfig) -> ObservationSpec {
    observation_spec_with(config, &SeedFeatures::new(config.features.clone()))
}

/// Observation sizes of a configuration observed through `extractor`.
pub fn observation_spec_with(
    config: &EnvConfig,
    extractor: &dyn FeatureExtractor,
) -> ObservationSpec {
    let f = extractor.dim();
    let (l, m, t) =
        (config.actions.max_loops, config.actions.num_tile_sizes, config.actions.truncate);
    let history = 3 * t * l * (m + 1) + t * l * l;
    ObservationSpec {
        op_features: f,
        loop_tokens: extractor.loop_tokens(),
        history,
        total: 2 * f + history + 1,
        mask: ActionSpace::new(config.actions.clone()).spec().mask_len(),
    }
}

/// Converts a failure into the reward it earns under `config`.
pub fn failure_reward(config: &RewardConfig, failure: &Failure) -> f64 {
    match failure {
        Failure::Transform(_) => config.transform_failure,
        _ => config.run_failure,
    }
}
