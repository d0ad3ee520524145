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

use crate::{
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
