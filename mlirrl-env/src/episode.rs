//! The one episode driver: plays whole episodes of an [`Env`] in-process,
//! with any way of choosing actions (a policy, random legal choices, a
//! search's mutations, a schedule being replayed). The policy, the
//! baselines and the tuner all play their episodes through [`play`] and
//! [`replay`]; the measurements, if any, happen wherever the environment's
//! measurer sends them ([`Unmeasured`] for planning without measuring).
//!
//! ```
//! use mlirrl_env::{ActionSpace, Benchmark, Env, EnvConfig, episode::{self, Unmeasured}};
//!
//! let config = EnvConfig::default();
//! let spec = ActionSpace::new(config.actions.clone()).spec();
//! let mut env = Env::new(config, Box::new(Unmeasured));
//! let bench = Benchmark { name: "mm".into(), source: mlirrl_ir::builders::matmul(64, 64, 64, "f32") };
//! // A chooser that takes the first legal choice of every part of the mask.
//! let first_legal = |turn: &episode::Turn<'_>| {
//!     let mask = &turn.observation.mask;
//!     let mut raw = vec![(0..spec.selection).find(|&i| mask[i]).ok_or("nothing legal")?];
//!     let mut offset = spec.selection;
//!     for head in &spec.heads {
//!         for row in 0..head.rows {
//!             let start = offset + row * head.choices;
//!             raw.push((0..head.choices).find(|&c| mask[start + c]).unwrap_or(0));
//!         }
//!         offset += head.rows * head.choices;
//!     }
//!     Ok::<_, &str>(raw)
//! };
//! let played = episode::play(&mut env, &bench, first_legal).unwrap();
//! assert!(!played.schedule.ops.is_empty());
//! assert!(played.actions.len() >= played.schedule.ops.len());
//! ```

use std::collections::{HashMap, VecDeque};

use crate::{
    action::{Action, ActionKind},
    env::{Benchmark, Env, EnvError, Observation, Step},
    measure::{Failure, MeasureJob, Measurement, Measurer},
    schedule::Schedule,
};

/// The most steps an episode may take before the driver gives up (an
/// episode is a few steps per op, so only a chooser that never finishes
/// reaches it).
pub const MAX_STEPS: usize = 1000;

/// How often the driver asks again after the environment refused an action
/// (masked or malformed) in one step.
pub const MAX_RETRIES: usize = 3;

/// A measurer that measures nothing: for episodes whose schedules are
/// measured later, in a batch, or not at all (every answer is a "not
/// measured" failure).
pub struct Unmeasured;

impl Measurer for Unmeasured {
    fn measure(&self, job: &MeasureJob) -> Measurement {
        Measurement::failed(Failure::NotMeasured("schedule sampling".into()), job.config.threads)
    }
}

/// What a chooser sees at each step.
#[derive(Debug)]
pub struct Turn<'a> {
    /// Steps taken so far in this episode.
    pub step: usize,
    /// How many actions the environment refused at this step so far (0 on
    /// the first ask).
    pub retry: usize,
    /// The current observation (features, legality mask, op tag).
    pub observation: &'a Observation,
}

/// An episode played to its end.
#[derive(Clone, Debug)]
pub struct Played {
    /// The raw actions the environment accepted, in order.
    pub actions: Vec<Vec<usize>>,
    /// The schedule the episode built.
    pub schedule: Schedule,
    /// The last step (its reward and info hold the episode's measurement).
    pub last: Step,
}

/// Why an episode could not be played.
#[derive(Debug, thiserror::Error)]
pub enum PlayError<E> {
    /// The environment failed (the benchmark cannot be used) or kept
    /// refusing the chooser's actions.
    #[error(transparent)]
    Env(#[from] EnvError),
    /// The chooser gave up.
    #[error("the chooser failed: {0}")]
    Chooser(E),
    /// The episode did not end within [`MAX_STEPS`].
    #[error("the episode did not end within {MAX_STEPS} steps")]
    TooLong,
    /// The episode ended without a schedule (an environment bug).
    #[error("the episode ended without a schedule")]
    NoSchedule,
}

/// Resets `env` on `benchmark` and steps it with the actions `choose`
/// returns until the episode ends. An action the environment refuses is
/// asked for again (with [`Turn::retry`] counting up, at most
/// [`MAX_RETRIES`] times).
pub fn play<E>(
    env: &mut Env,
    benchmark: &Benchmark,
    mut choose: impl FnMut(&Turn<'_>) -> Result<Vec<usize>, E>,
) -> Result<Played, PlayError<E>> {
    let mut observation = env.reset(benchmark)?;
    let mut actions = Vec::new();
    for step in 0..MAX_STEPS {
        let mut retry = 0;
        let (raw, result) = loop {
            let turn = Turn { step, retry, observation: &observation };
            let raw = choose(&turn).map_err(PlayError::Chooser)?;
            match env.step(&raw) {
                Ok(result) => break (raw, result),
                Err(EnvError::Decode(_)) if retry < MAX_RETRIES => retry += 1,
                Err(e) => return Err(e.into()),
            }
        };
        actions.push(raw);
        if result.done {
            let schedule = result.info.schedule.clone().ok_or(PlayError::NoSchedule)?;
            return Ok(Played { actions, schedule, last: result });
        }
        observation = result.observation;
    }
    Err(PlayError::TooLong)
}

/// Where [`replay`] left the environment.
#[derive(Clone, Debug)]
pub enum Replayed {
    /// The episode goes on from this observation.
    Running(Observation),
    /// The actions ended the episode, with this schedule (`None` only if
    /// the environment gave none).
    Done(Option<Schedule>),
}

/// Resets `env` on `benchmark` and takes `actions` (for search over action
/// prefixes, such as beam search): the observation after them, or the
/// schedule if they ended the episode.
pub fn replay(
    env: &mut Env,
    benchmark: &Benchmark,
    actions: &[Vec<usize>],
) -> Result<Replayed, EnvError> {
    let mut observation = env.reset(benchmark)?;
    for raw in actions {
        let step = env.step(raw)?;
        if step.done {
            return Ok(Replayed::Done(step.info.schedule));
        }
        observation = step.observation;
    }
    Ok(Replayed::Running(observation))
}

/// How [`play_schedule`] takes tile sizes the action space cannot take
/// where the schedule asks for them (not a power of two, above the largest
/// size, or masked on that loop).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TileFit {
    /// As they are: such a size makes the replay fail.
    Exact,
    /// Each such size becomes the largest legal tile below it (0, no
    /// tiling, when there is none): the episode plays the nearest schedule
    /// the action space expresses (for demonstrations of a heuristic that
    /// uses sizes the agent cannot choose).
    Nearest,
}

/// One step of a schedule played as an episode: what the environment
/// showed, and the raw action taken.
#[derive(Clone, Debug)]
pub struct ReplayStep {
    /// The observation the action was taken in.
    pub observation: Observation,
    /// The raw action.
    pub raw: Vec<usize>,
}

/// A schedule played as an episode ([`play_schedule`]).
#[derive(Clone, Debug)]
pub struct ScheduleEpisode {
    /// Every step, with its observation.
    pub steps: Vec<ReplayStep>,
    /// The episode (its raw actions, the schedule it built, its last step).
    pub played: Played,
}

/// Why a schedule is not an episode of an environment.
#[derive(Debug, thiserror::Error)]
pub enum ScheduleReplayError {
    /// The environment failed (the benchmark cannot be used).
    #[error(transparent)]
    Env(#[from] EnvError),
    /// The action space cannot take one of the schedule's actions where
    /// the schedule has it.
    #[error("{op}: the action space cannot take {action} here: {reason}")]
    Refused {
        /// The op being scheduled.
        op: String,
        /// The action, in schedule text.
        action: String,
        /// Why.
        reason: String,
    },
    /// The episode moved past an op (or ended) before all of its actions
    /// were taken: the action space's per-op limit, a transformation that
    /// failed, or ops the episode never reaches.
    #[error("{op}: {left} of the schedule's actions were never taken")]
    Unused {
        /// The op.
        op: String,
        /// How many actions were left.
        left: usize,
    },
    /// The episode built another schedule (a transformation failed, or an
    /// op's producer is not the schedule's).
    #[error("the episode built `{got}`, not `{expected}`")]
    Different {
        /// The schedule taken.
        expected: String,
        /// The schedule the environment built.
        got: String,
    },
    /// The episode did not end within [`MAX_STEPS`].
    #[error("the episode did not end within {MAX_STEPS} steps")]
    TooLong,
    /// The episode ended without a schedule (an environment bug).
    #[error("the episode ended without a schedule")]
    NoSchedule,
}

/// Plays `schedule` on `benchmark` as an episode of `env`: each step takes
/// the schedule's next action for the op the environment is at
/// ([`Action::NoTransformation`] once an op's actions are used up). Where
/// the action space's order rules ask for an interchange the schedule does
/// not have (the seed's order starts every op with one, also the
/// contraction an im2col leaves), the identity interchange is taken: it
/// keeps the loop order the schedule was written for. Tile sizes are
/// taken as `fit` says.
///
/// The result has every step's observation and raw action (a
/// demonstration for behaviour cloning, or a tuner's starting episode);
/// its schedule is `schedule` with those identity interchanges (and, with
/// [`TileFit::Nearest`], the fitted sizes).
pub fn play_schedule(
    env: &mut Env,
    benchmark: &Benchmark,
    schedule: &Schedule,
    fit: TileFit,
) -> Result<ScheduleEpisode, ScheduleReplayError> {
    let space = env.action_space().clone();
    let spec = space.spec();
    let kinds = space.kinds();
    let selection_of = |kind: ActionKind| kinds.iter().position(|&k| k == kind);
    // Where each head's rows start in the mask.
    let mut head_offsets = Vec::with_capacity(spec.heads.len());
    let mut offset = spec.selection;
    for head in &spec.heads {
        head_offsets.push(offset);
        offset += head.rows * head.choices;
    }
    let mut queues: HashMap<String, VecDeque<Action>> = HashMap::new();
    for op in &schedule.ops {
        queues.entry(op.tag.clone()).or_default().extend(op.actions.iter().cloned());
    }
    let mut expected = Schedule::empty();
    let mut steps = Vec::new();
    let mut pending: VecDeque<Vec<usize>> = VecDeque::new();
    let mut current = String::new();
    // Whether the last action taken was an identity interchange inserted
    // for the action now due (one is enough: if that action is still
    // masked, the schedule is not expressible).
    let mut after_identity = false;
    let mut observation = env.reset(benchmark)?;
    for _ in 0..MAX_STEPS {
        let op = observation.op.clone();
        if pending.is_empty() {
            let mask = &observation.mask;
            let allowed = |kind: ActionKind| selection_of(kind).is_some_and(|s| mask[s]);
            let queue = queues.entry(op.clone()).or_default();
            let mut action = queue.pop_front().unwrap_or(Action::NoTransformation);
            // The loops of the op, as the interchange pointers offer them
            // (all of them while no interchange is under way).
            let pointers = spec
                .head_of_selection
                .get(selection_of(ActionKind::Interchange).unwrap_or(usize::MAX))
                .copied()
                .flatten()
                .map_or(0, |h| {
                    let start = head_offsets[h];
                    mask[start..start + spec.heads[h].choices].iter().filter(|&&b| b).count()
                });
            let insert = !after_identity
                && !allowed(action.kind())
                && action.kind() != ActionKind::Interchange
                && allowed(ActionKind::Interchange);
            if insert {
                // The order asks for an interchange first: the identity.
                queue.push_front(action);
                action = Action::Interchange { permutation: (0..pointers).collect() };
            }
            after_identity = insert;
            let refused = |reason: String| ScheduleReplayError::Refused {
                op: op.clone(),
                action: action.to_string(),
                reason,
            };
            if !allowed(action.kind()) {
                return Err(refused(format!("{} is masked", action.kind().symbol())));
            }
            if let Action::Interchange { permutation } = &action {
                let mut sorted = permutation.clone();
                sorted.sort_unstable();
                if sorted != (0..pointers).collect::<Vec<_>>() {
                    return Err(refused(format!("not a permutation of the op's {pointers} loops")));
                }
            }
            let head = selection_of(action.kind())
                .and_then(|s| spec.head_of_selection.get(s).copied().flatten());
            let fitted = match (action.tile_sizes(), head) {
                (Some(sizes), Some(h)) => {
                    let (start, choices) = (head_offsets[h], spec.heads[h].choices);
                    // Nearest: one size per loop of the op (sizes beyond
                    // its loops dropped, missing ones 0).
                    let sizes: Vec<u64> = match fit {
                        TileFit::Exact => sizes.to_vec(),
                        TileFit::Nearest => {
                            (0..pointers).map(|i| sizes.get(i).copied().unwrap_or(0)).collect()
                        }
                    };
                    let mut fitted = Vec::with_capacity(sizes.len());
                    for (row, &size) in sizes.iter().enumerate() {
                        let legal =
                            |p: usize| row < spec.heads[h].rows && mask[start + row * choices + p];
                        let exact = space.tile_index(size).filter(|&p| p < choices && legal(p));
                        let p = match (exact, fit) {
                            (Some(p), _) => p,
                            (None, TileFit::Exact) => {
                                return Err(refused(format!(
                                    "tile size {size} on loop {row} is not a legal choice"
                                )));
                            }
                            (None, TileFit::Nearest) => (0..choices)
                                .rev()
                                .find(|&p| legal(p) && crate::ActionSpace::tile_size(p) <= size)
                                .unwrap_or(0),
                        };
                        fitted.push(crate::ActionSpace::tile_size(p));
                    }
                    match action.clone() {
                        Action::Tiling { .. } => Action::Tiling { sizes: fitted },
                        Action::TiledParallelization { .. } => {
                            Action::TiledParallelization { sizes: fitted }
                        }
                        Action::TiledFusion { producer, .. } => {
                            Action::TiledFusion { sizes: fitted, producer }
                        }
                        other => other,
                    }
                }
                _ => action.clone(),
            };
            pending = space.encode(&fitted).into();
            if pending.is_empty() {
                return Err(refused("the action space does not have it".into()));
            }
            expected.push(&op, fitted);
            current = op.clone();
        }
        let Some(raw) = pending.pop_front() else { break };
        let step = match env.step(&raw) {
            Ok(step) => step,
            Err(EnvError::Decode(e)) => {
                return Err(ScheduleReplayError::Refused {
                    op: current,
                    action: expected
                        .ops
                        .last()
                        .and_then(|o| o.actions.last())
                        .map(ToString::to_string)
                        .unwrap_or_default(),
                    reason: e.to_string(),
                });
            }
            Err(e) => return Err(e.into()),
        };
        if !pending.is_empty() && step.done {
            return Err(ScheduleReplayError::Unused { op: current, left: pending.len() });
        }
        let done = step.done;
        let next = step.observation.clone();
        steps.push(ReplayStep { observation, raw });
        if done {
            // In the schedule's order, so the error is always the same one.
            let unused = schedule.ops.iter().find_map(|o| {
                queues.get(&o.tag).filter(|q| !q.is_empty()).map(|q| (o.tag.clone(), q.len()))
            });
            if let Some((op, left)) = unused {
                return Err(ScheduleReplayError::Unused { op, left });
            }
            let built = step.info.schedule.clone().ok_or(ScheduleReplayError::NoSchedule)?;
            if built.canonical() != expected.canonical() {
                return Err(ScheduleReplayError::Different {
                    expected: expected.canonical(),
                    got: built.canonical(),
                });
            }
            let actions = steps.iter().map(|s| s.raw.clone()).collect();
            return Ok(ScheduleEpisode {
                steps,
                played: Played { actions, schedule: built, last: step },
            });
        }
        observation = next;
    }
    Err(ScheduleReplayError::TooLong)
}
