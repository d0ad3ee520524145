//! Baselines every report compares against: a fixed heuristic schedule,
//! random search over the action space, and a library GEMM for matmul-like
//! ops.

use mlirrl_env::{
    Action, ActionSpace, Benchmark, Env, EnvConfig, Failure, MeasureJob, Measurement, Measurer,
    Schedule,
};
use mlirrl_ir::{IteratorKind, OpKind, Program};

/// Largest power of two `<= cap` that divides `trip` and is smaller than it
/// (0 when none): the tile sizes the action space allows.
fn tile(trip: u64, cap: u64) -> u64 {
    let mut t = cap.min(64);
    while t >= 1 {
        if t < trip && trip.is_multiple_of(t) {
            return t;
        }
        t /= 2;
    }
    0
}

/// What a reasonable engineer writes, per op (consumers first).
///
/// - Contractions (reduction work of at least 64 per output element): parallel
///   tiles of up to 64 on the parallel loops and 64 on reductions (`TP`),
///   keeping at least `threads` parallel tasks; then register tiles of 8 x 32
///   on the two innermost parallel loops and 1 on reductions (`T`); then
///   vectorisation.
/// - Everything else (elementwise, pooling, small reductions): one coarse
///   parallel tile per thread on the outermost parallel loop that splits
///   evenly, then tiles of 1 on every other loop but a vector of up to 64 on
///   the innermost parallel loop, then vectorisation.
/// - Ops with fewer than 65,536 iterations are not parallelised (the thread
///   team would cost more than it saves).
///
/// Falls back to shorter prefixes if MLIR rejects a step (see
/// [`heuristic_candidates`]).
pub fn heuristic_schedule(program: &Program, threads: usize) -> Schedule {
    heuristic_candidates(program, threads).into_iter().next().unwrap_or_default()
}

/// Largest divisor of `trip` that leaves at least `parts` pieces, if any is
/// smaller than `trip`.
fn coarse(trip: u64, parts: u64) -> u64 {
    let target = trip / parts.max(1);
    (1..=target).rev().find(|d| trip.is_multiple_of(*d) && *d < trip).unwrap_or(0)
}

/// The heuristic schedule followed by its fallbacks: without vectorisation,
/// parallel tiling only, and the empty schedule.
pub fn heuristic_candidates(program: &Program, threads: usize) -> Vec<Schedule> {
    let mut full = Schedule::empty();
    let mut no_vec = Schedule::empty();
    let mut par_only = Schedule::empty();
    for op in program.ops.iter().rev() {
        if op.num_loops() == 0 {
            continue;
        }
        let n = op.num_loops();
        let trips: Vec<u64> = op.loops.iter().map(|l| l.trip_count).collect();
        let parallel: Vec<bool> =
            op.loops.iter().map(|l| l.iterator == IteratorKind::Parallel).collect();
        let reduction_work: u64 = mlirrl_ir::saturating_product(
            trips.iter().zip(&parallel).filter(|(_, p)| !**p).map(|(t, _)| *t),
        );
        let contraction = reduction_work >= 64 && op.body.mul > 0;
        let parallelise = op.iterations() >= 65_536 && threads > 1;
        let mut tp = vec![0u64; n];
        if parallelise && contraction {
            tp = trips.iter().map(|&t| tile(t, 64)).collect();
            let tasks = |tp: &[u64]| -> u64 {
                trips
                    .iter()
                    .zip(tp)
                    .zip(&parallel)
                    .filter(|(_, p)| **p)
                    .map(|((&t, &s), _)| t.checked_div(s).unwrap_or(1))
                    .product()
            };
            if let Some(first) = (0..n).find(|&i| parallel[i] && tp[i] > 0) {
                while tasks(&tp) < threads as u64 && tp[first] > 1 {
                    tp[first] = tile(trips[first], tp[first] / 2);
                    if tp[first] == 0 {
                        break;
                    }
                }
            }
        } else if parallelise
            && let Some(i) = (0..n).find(|&i| parallel[i] && coarse(trips[i], threads as u64) > 0)
        {
            tp[i] = coarse(trips[i], threads as u64);
        }
        let after_tp: Vec<u64> =
            trips.iter().zip(&tp).map(|(&t, &s)| if s > 0 { s } else { t }).collect();
        let par_loops: Vec<usize> = (0..n).filter(|&i| parallel[i]).collect();
        let mut inner = vec![0u64; n];
        for (rank, &i) in par_loops.iter().rev().enumerate() {
            inner[i] = match (contraction, rank) {
                (true, 0) => tile(after_tp[i], 32),
                (true, 1) => tile(after_tp[i], 8),
                (false, 0) => tile(after_tp[i], 64),
                _ => tile(after_tp[i], 1),
            };
        }
        for i in 0..n {
            if !parallel[i] {
                inner[i] = tile(after_tp[i], 1);
            }
        }
        let final_trips: Vec<u64> =
            after_tp.iter().zip(&inner).map(|(&t, &s)| if s > 0 { s } else { t }).collect();
        let small = mlirrl_ir::saturating_product(final_trips.iter().copied()) <= 4096;
        if tp.iter().any(|&s| s > 0) {
            for s in [&mut full, &mut no_vec, &mut par_only] {
                s.push(&op.tag, Action::TiledParallelization { sizes: tp.clone() });
            }
        }
        if inner.iter().any(|&s| s > 0) {
            full.push(&op.tag, Action::Tiling { sizes: inner.clone() });
            no_vec.push(&op.tag, Action::Tiling { sizes: inner.clone() });
        }
        if small {
            full.push(&op.tag, Action::Vectorization);
        }
    }
    let mut out = vec![full, no_vec, par_only, Schedule::empty()];
    out.dedup();
    out
}

/// Measures the heuristic: the first candidate that runs correctly.
pub fn measure_heuristic(
    measurer: &dyn Measurer,
    program: &Program,
    job: &MeasureJob,
    threads: usize,
) -> (Schedule, Measurement) {
    let candidates = heuristic_candidates(program, threads);
    let jobs: Vec<MeasureJob> = candidates
        .iter()
        .map(|s| MeasureJob {
            candidate: mlirrl_env::Candidate::Schedule(s.clone()),
            ..job.clone()
        })
        .collect();
    let results = measurer.measure_batch(&jobs);
    for (s, m) in candidates.iter().zip(&results) {
        if m.correct() {
            return (s.clone(), m.clone());
        }
    }
    (
        Schedule::empty(),
        results
            .into_iter()
            .last()
            .unwrap_or_else(|| Measurement::failed(Failure::Worker("no result".into()), threads)),
    )
}

/// A measurer that measures nothing: used to play episodes whose schedules
/// are measured later, in a batch (every answer is a "not measured" failure).
pub struct Unmeasured;

impl Measurer for Unmeasured {
    fn measure(&self, job: &MeasureJob) -> Measurement {
        Measurement::failed(Failure::NotMeasured("schedule sampling".into()), job.config.threads)
    }
}

/// Picks a uniformly random legal raw action from a flat mask.
pub fn random_action(
    space: &ActionSpace,
    mask: &[bool],
    rng: &mut crate::generate::Sampler,
) -> Vec<usize> {
    let spec = space.spec();
    let pick = |range: std::ops::Range<usize>, rng: &mut crate::generate::Sampler| -> usize {
        let legal: Vec<usize> =
            range.clone().filter(|&i| mask[i]).map(|i| i - range.start).collect();
        if legal.is_empty() { 0 } else { legal[(rng.next_u64() % legal.len() as u64) as usize] }
    };
    let mut raw = vec![pick(0..spec.selection, rng)];
    let mut off = spec.selection;
    for head in &spec.heads {
        for r in 0..head.rows {
            raw.push(pick(off + r * head.choices..off + (r + 1) * head.choices, rng));
        }
        off += head.rows * head.choices;
    }
    raw
}

/// Up to `k` distinct random legal schedules (uniform over legal choices at
/// every step), played in-process through the environment without measuring.
pub fn random_schedules(
    benchmark: &Benchmark,
    config: &EnvConfig,
    k: usize,
    seed: u64,
) -> Vec<Schedule> {
    let mut env = Env::new(config.clone(), Box::new(Unmeasured));
    let space = ActionSpace::new(config.actions.clone());
    let mut rng = crate::generate::Sampler::new(seed);
    let mut out: Vec<Schedule> = Vec::new();
    for _ in 0..k * 3 {
        if out.len() >= k {
            break;
        }
        let Ok(mut obs) = env.reset(benchmark) else { break };
        let mut schedule = None;
        for _ in 0..1000 {
            let raw = random_action(&space, &obs.mask, &mut rng);
            match env.step(&raw) {
                Ok(step) => {
                    if step.done {
                        schedule = step.info.schedule;
                        break;
                    }
                    obs = step.observation;
                }
                Err(_) => break,
            }
        }
        if let Some(s) = schedule
            && !out.contains(&s)
        {
            out.push(s);
        }
    }
    out
}

/// Random search: `k` random schedules measured as one batch; the best
/// correct one (the empty schedule when none is).
pub fn random_search(
    measurer: &dyn Measurer,
    benchmark: &Benchmark,
    job: &MeasureJob,
    config: &EnvConfig,
    k: usize,
    seed: u64,
) -> (Schedule, Option<Measurement>, usize) {
    let schedules = random_schedules(benchmark, config, k, seed);
    match mlirrl_env::measure::fastest_correct(measurer, job, schedules) {
        (Some((s, m)), n) => (s, Some(m), n),
        (None, n) => (Schedule::empty(), None, n),
    }
}

/// Median time of a library GEMM (the `gemm` crate, `threads` threads) on
/// the shape of a matmul or batch matmul program; `None` for other programs.
pub fn library_gemm_ns(program: &Program, threads: usize, runs: usize) -> Option<u64> {
    if program.ops.len() != 1 {
        return None;
    }
    let op = &program.ops[0];
    let trips: Vec<u64> = op.loops.iter().map(|l| l.trip_count).collect();
    let (batch, m, n, k) = match (&op.kind, trips.as_slice()) {
        (OpKind::Matmul, [m, n, k]) => (1, *m as usize, *n as usize, *k as usize),
        (OpKind::BatchMatmul, [b, m, n, k]) => (*b as usize, *m as usize, *n as usize, *k as usize),
        _ => return None,
    };
    if op.operands.iter().any(|o| o.element_type != mlirrl_ir::ElementType::F32) {
        return None;
    }
    let a = vec![0.5f32; m * k];
    let b = vec![0.25f32; k * n];
    let mut c = vec![0f32; m * n];
    let parallelism =
        if threads > 1 { gemm::Parallelism::Rayon(threads) } else { gemm::Parallelism::None };
    let run = |c: &mut [f32]| {
        // SAFETY: row-major buffers of exactly m*k, k*n and m*n elements with
        // the strides given; no aliasing between inputs and output.
        unsafe {
            gemm::gemm(
                m,
                n,
                k,
                c.as_mut_ptr(),
                1,
                n as isize,
                true,
                a.as_ptr(),
                1,
                k as isize,
                b.as_ptr(),
                1,
                n as isize,
                0.0,
                1.0,
                false,
                false,
                false,
                parallelism,
            )
        }
    };
    run(&mut c);
    let mut times: Vec<u64> = (0..runs.max(1))
        .map(|_| {
            let t = std::time::Instant::now();
            for _ in 0..batch {
                run(&mut c);
            }
            t.elapsed().as_nanos() as u64
        })
        .collect();
    times.sort_unstable();
    Some(times[times.len() / 2])
}
