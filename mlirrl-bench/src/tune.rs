//! Measured search over the action space (`mlirrl tune`): how fast a program
//! can get with the transformations mlirrl has, independent of any policy.
//!
//! An evolutionary search whose individuals are whole episodes of the
//! environment (the raw actions, step by step), so every schedule it measures
//! is one the agent could choose, legal under every mask:
//!
//! 1. the seeds (the untransformed program, the heuristic schedules, a
//!    policy's schedules when one is given) and random legal episodes are
//!    measured first;
//! 2. then, generation by generation, children of the fastest schedules so
//!    far: a child replays its parent up to a random step, changes that
//!    step a little (one tile size, or the transformation), and follows the
//!    parent's later steps where they are still legal (random legal steps
//!    where not);
//! 3. every distinct schedule is measured once, in batches, until the budget
//!    is spent; the fastest correct one wins.
//!
//! Local changes around good schedules are what uniform random sampling
//! lacks: most random schedules are slow, and the fast region (a parallel
//! tile, a register tile, vectorisation) is narrow.

use crate::{baselines::random_action, generate::Sampler};
use mlirrl_env::{
    ActionSpace, Benchmark, Env, EnvConfig, MeasureJob, Measurement, Measurer, Schedule,
    episode::{self, Unmeasured},
};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// Settings of [`tune`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TuneOptions {
    /// Measurements to spend (each distinct schedule is measured once).
    pub budget: usize,
    /// Seed of every random choice.
    pub seed: u64,
    /// Schedules measured per generation.
    pub batch: usize,
    /// Parents are drawn from this many fastest schedules.
    pub elite: usize,
}

impl Default for TuneOptions {
    fn default() -> Self {
        Self { budget: 200, seed: 0, batch: 8, elite: 6 }
    }
}

/// One measured schedule.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Trial {
    /// The schedule (canonical text).
    pub schedule: String,
    /// Its speedup over the untransformed program (`None`: failed or wrong).
    pub speedup: Option<f64>,
    /// Where it came from: `seed`, `random` or `mutation`.
    pub origin: String,
}

/// What [`tune`] found.
#[derive(Clone, Debug)]
pub struct TuneResult {
    /// The fastest correct schedule (the empty schedule when none was faster).
    pub best: Schedule,
    /// Its measurement (`None` only when nothing could be measured).
    pub measurement: Option<Measurement>,
    /// Every measured schedule, in measurement order.
    pub trials: Vec<Trial>,
    /// The schedules of `trials`, in the same order.
    pub schedules: Vec<Schedule>,
    /// The best speedup after each measurement (1.0 before any success).
    pub best_so_far: Vec<f64>,
}

/// An episode: its raw actions and the schedule they built.
#[derive(Clone, Debug)]
struct Episode {
    raw: Vec<Vec<usize>>,
    schedule: Schedule,
}

/// A schedule to measure, its episode (when expressible) and its origin.
type Candidate3 = (Schedule, Option<Episode>, &'static str);

/// Plays one episode; `choose(step, mask)` proposes each raw action, and
/// a missing or refused proposal is replaced by a random legal one.
fn play(
    env: &mut Env,
    space: &ActionSpace,
    benchmark: &Benchmark,
    rng: &mut Sampler,
    mut choose: impl FnMut(usize, &[bool], &mut Sampler) -> Option<Vec<usize>>,
) -> Option<Episode> {
    // Whether this step's first answer was a proposal (then one random
    // legal action may replace it) or already random (then a refusal ends
    // the episode).
    let mut proposed = false;
    let chooser = |turn: &episode::Turn<'_>| -> Result<Vec<usize>, ()> {
        let mask = &turn.observation.mask;
        if turn.retry == 0 {
            let proposal = choose(turn.step, mask, rng);
            proposed = proposal.is_some();
            return Ok(proposal.unwrap_or_else(|| random_action(space, mask, rng)));
        }
        if turn.retry == 1 && proposed {
            return Ok(random_action(space, mask, rng));
        }
        Err(())
    };
    let played = episode::play(env, benchmark, chooser).ok()?;
    Some(Episode { raw: played.actions, schedule: played.schedule })
}

/// The episode that encodes `schedule` (identity interchanges added where
/// the action space's order asks for them). `None` when the schedule is
/// not expressible (an action is masked or a tile size not offered).
fn replay(env: &mut Env, benchmark: &Benchmark, schedule: &Schedule) -> Option<Episode> {
    let e = episode::play_schedule(env, benchmark, schedule, episode::TileFit::Exact).ok()?;
    Some(Episode { raw: e.played.actions, schedule: e.played.schedule })
}

/// A raw action near `raw`: one row of the chosen transformation's
/// parameter head changed to another legal value, or (less often, or when
/// the transformation has no parameters) another legal transformation with
/// random legal parameters.
fn neighbour(space: &ActionSpace, mask: &[bool], raw: &[usize], rng: &mut Sampler) -> Vec<usize> {
    let spec = space.spec();
    let head = raw.first().and_then(|&sel| spec.head_of_selection.get(sel).copied().flatten());
    let (Some(head), false) =
        (head, raw.len() != spec.raw_len() || rng.next_u64().is_multiple_of(4))
    else {
        return random_action(space, mask, rng);
    };
    // The head's rows: positions in the raw action and offsets in the mask.
    let first_row = 1 + spec.heads[..head].iter().map(|h| h.rows).sum::<usize>();
    let mask_start =
        spec.selection + spec.heads[..head].iter().map(|h| h.rows * h.choices).sum::<usize>();
    let h = &spec.heads[head];
    let row = rng.below(h.rows);
    let (pos, start) = (first_row + row, mask_start + row * h.choices);
    let legal: Vec<usize> = (0..h.choices).filter(|&c| mask[start + c] && c != raw[pos]).collect();
    if legal.is_empty() {
        return random_action(space, mask, rng);
    }
    let mut out = raw.to_vec();
    out[pos] = legal[rng.below(legal.len())];
    out
}

/// Searches for the fastest schedule of `benchmark` with `options.budget`
/// measurements (see the module docs). `template` gives the program, name
/// and measurement settings; `seeds` are measured first (the untransformed
/// program always is).
pub fn tune(
    measurer: &dyn Measurer,
    benchmark: &Benchmark,
    template: &MeasureJob,
    config: &EnvConfig,
    seeds: Vec<Schedule>,
    options: &TuneOptions,
) -> TuneResult {
    let mut env = Env::new(config.clone(), Box::new(Unmeasured));
    let space = ActionSpace::new(config.actions.clone());
    let mut rng = Sampler::new(options.seed);
    let budget = options.budget.max(1);
    let mut seen: HashMap<String, usize> = HashMap::new();
    let mut schedules: Vec<Schedule> = Vec::new();
    let mut trials: Vec<Trial> = Vec::new();
    let mut episodes: Vec<Option<Episode>> = Vec::new();
    let mut measurements: Vec<Measurement> = Vec::new();

    let record = |batch: Vec<Candidate3>,
                  schedules: &mut Vec<Schedule>,
                  trials: &mut Vec<Trial>,
                  episodes: &mut Vec<Option<Episode>>,
                  measurements: &mut Vec<Measurement>| {
        let list: Vec<Schedule> = batch.iter().map(|(s, _, _)| s.clone()).collect();
        let results = mlirrl_env::measure::measure_schedules(measurer, template, &list);
        for ((schedule, episode, origin), m) in batch.into_iter().zip(results) {
            let speedup = m.speedup();
            trials.push(Trial { schedule: schedule.canonical(), speedup, origin: origin.into() });
            schedules.push(schedule);
            episodes.push(episode);
            measurements.push(m);
        }
    };

    // Seeds first: the untransformed program, then the given schedules.
    let mut first: Vec<Candidate3> = Vec::new();
    for s in std::iter::once(Schedule::empty()).chain(seeds) {
        let key = s.canonical();
        if seen.contains_key(&key) || first.len() >= budget {
            continue;
        }
        seen.insert(key, seen.len());
        let episode = replay(&mut env, benchmark, &s);
        // Its episode's schedule (with the order's identity interchanges)
        // is the same schedule: a child equal to it is not new.
        if let Some(e) = &episode {
            let n = seen.len();
            seen.entry(e.schedule.canonical()).or_insert(n);
        }
        first.push((s, episode, "seed"));
    }
    // Random legal episodes, up to a quarter of the budget.
    let randoms = (budget / 4).max(options.batch).min(budget.saturating_sub(first.len()));
    let mut tries = 0;
    while first.len() < budget
        && first.iter().filter(|f| f.2 == "random").count() < randoms
        && tries < randoms * 5
    {
        tries += 1;
        let Some(e) = play(&mut env, &space, benchmark, &mut rng, |_, _, _| None) else { break };
        let key = e.schedule.canonical();
        if seen.contains_key(&key) {
            continue;
        }
        seen.insert(key, seen.len());
        first.push((e.schedule.clone(), Some(e), "random"));
    }
    record(first, &mut schedules, &mut trials, &mut episodes, &mut measurements);

    // Generations of mutations around the fastest schedules so far.
    let mut stale = 0;
    while trials.len() < budget && stale < 20 {
        let mut ranked: Vec<usize> = (0..trials.len())
            .filter(|&i| trials[i].speedup.is_some() && episodes[i].is_some())
            .collect();
        let speed = |i: usize| trials[i].speedup.unwrap_or(0.0);
        ranked.sort_by(|&a, &b| speed(b).total_cmp(&speed(a)));
        ranked.truncate(options.elite.max(1));
        let want = options.batch.max(1).min(budget - trials.len());
        let mut batch = Vec::new();
        let mut attempts = 0;
        while batch.len() < want && attempts < want * 20 {
            attempts += 1;
            let parent = if ranked.is_empty() {
                None
            } else {
                // Fitter parents more often: the better of two random ranks.
                let a = rng.below(ranked.len());
                let b = rng.below(ranked.len());
                episodes[ranked[a.min(b)]].clone()
            };
            let child = match parent {
                None => play(&mut env, &space, benchmark, &mut rng, |_, _, _| None),
                Some(parent) => {
                    let cut = rng.below(parent.raw.len());
                    play(&mut env, &space, benchmark, &mut rng, |step, mask, rng| {
                        let at = parent.raw.get(step);
                        match step.cmp(&cut) {
                            std::cmp::Ordering::Less => at.cloned(),
                            std::cmp::Ordering::Equal => {
                                let at = at.map_or(&[][..], |r| r.as_slice());
                                Some(neighbour(&space, mask, at, rng))
                            }
                            std::cmp::Ordering::Greater => at.cloned(),
                        }
                    })
                }
            };
            let Some(child) = child else { continue };
            let key = child.schedule.canonical();
            if seen.contains_key(&key) {
                continue;
            }
            seen.insert(key, seen.len());
            batch.push((child.schedule.clone(), Some(child), "mutation"));
        }
        if batch.is_empty() {
            stale += 1;
            continue;
        }
        stale = 0;
        record(batch, &mut schedules, &mut trials, &mut episodes, &mut measurements);
    }

    let winner = (0..trials.len()).filter(|&i| measurements[i].correct()).max_by(|&a, &b| {
        let s = |i: usize| measurements[i].speedup().unwrap_or(0.0);
        s(a).total_cmp(&s(b))
    });
    let (best, measurement) = match winner {
        Some(i) => (schedules[i].clone(), Some(measurements[i].clone())),
        None => (Schedule::empty(), measurements.into_iter().next()),
    };
    let best_so_far = mlirrl_util::stats::best_so_far(trials.iter().map(|t| t.speedup));
    TuneResult { best, measurement, trials, schedules, best_so_far }
}
