//! Baselines every report compares against: a fixed heuristic schedule,
//! random search over the action space, and a library GEMM for matmul-like
//! ops.

use mlirrl_env::{
    Action, ActionSpace, Benchmark, Env, EnvConfig, Failure, MeasureJob, Measurement, Measurer,
    Schedule, Session, VectorUnit, env::EnvError, episode,
};
use mlirrl_ir::{IteratorKind, LinalgOp, OpKind, Program};

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

/// What a reasonable engineer writes, per op (consumers first), for this
/// machine's vector unit ([`VectorUnit::detect`]).
///
/// - Contractions (reduction work of at least 16 per output element):
///   parallel tiles of up to 64 on the parallel loops and blocks of up to 64
///   on reductions (`TP`), keeping at least `threads` parallel tasks; then a register tile
///   sized to the vector registers on the two innermost parallel loops
///   (8 x 32 with AVX-512, 4 x 16 with AVX2) and 1 on reductions (`T`); then
///   vectorisation, which keeps the accumulator in registers. A parallel
///   loop that no such tile divides (a prime size, a 7x7 feature map after
///   im2col) gets a tile that padding rounds up instead, when the loop can
///   be padded and the padding wastes at most a quarter of it; the plan
///   with divisors only is kept as another candidate. Parallel tiles take
///   half that size when it pads less.
/// - 2-D convolutions that MLIR's im2col supports (NCHW/FCHW, NHWC/HWCF,
///   NHWC/FHWC; not depthwise, where im2col gives a matrix-vector product)
///   are also tried as im2col (`IC`) followed by the contraction plan.
/// - Everything else (elementwise, pooling, small reductions): one coarse
///   parallel tile per thread on the outermost parallel loop that splits
///   evenly, then tiles of 1 on every other loop but a vector of up to 64 on
///   the innermost parallel loop, then vectorisation.
/// - Ops with fewer than 65,536 iterations are not parallelised (the thread
///   team would cost more than it saves); ops with non-linear accesses (an
///   im2col gather) are not tiled.
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

/// A tile of up to `cap` on a loop that padding may round up
/// ([`mlirrl_ir::LinalgOp::paddable_loops`]): the largest power of two below
/// `trip` whose padded loop wastes at most a quarter of its iterations,
/// unless a divisor at least half as large exists (it wastes nothing).
/// 49 with a cap of 32 gives 32 (padded to 64: full-width vectors on a 7x7
/// feature map); 127 with 64 gives 64.
fn padded_tile(trip: u64, cap: u64) -> u64 {
    let divisor = tile(trip, cap);
    let mut t = if cap == 0 { 0 } else { 1u64 << (63 - cap.min(64).leading_zeros()) };
    while t > 1 && t > divisor {
        if t < trip && 2 * divisor < t && 4 * trip >= 3 * trip.div_ceil(t) * t {
            return t;
        }
        t /= 2;
    }
    divisor
}

/// A parallel (cache-level) tile of up to `cap` that padding may round up:
/// [`padded_tile`], or half of it when that pads less (196 with 64 pads to
/// 256, with 32 to 224). Vector width does not depend on it, so less
/// padding is all that counts.
fn parallel_padded_tile(trip: u64, cap: u64) -> u64 {
    let t = padded_tile(trip, cap);
    let padded = |t: u64| trip.div_ceil(t) * t;
    if t >= 32 && !trip.is_multiple_of(t) && padded(t / 2) < padded(t) { t / 2 } else { t }
}

/// A tile of `want` on a loop of `trip`: none (0) when the loop is no longer
/// than `want` already, else the largest allowed tile up to `want` (a
/// padded one where `pad`).
fn register(trip: u64, want: u64, pad: bool) -> u64 {
    match (trip <= want, pad) {
        (true, _) => 0,
        (false, true) => padded_tile(trip, want),
        (false, false) => tile(trip, want),
    }
}

/// The heuristic's tilings of one op: (parallel tiles, inner tiles, whether
/// to vectorise). With `pad`, a contraction's parallel loops that padding
/// can round up get tiles that need not divide them ([`padded_tile`]).
fn plan_op(
    op: &LinalgOp,
    threads: usize,
    unit: &VectorUnit,
    pad: bool,
) -> (Vec<u64>, Vec<u64>, bool) {
    let n = op.num_loops();
    let paddable = op.paddable_loops();
    let trips: Vec<u64> = op.loops.iter().map(|l| l.trip_count).collect();
    let parallel: Vec<bool> =
        op.loops.iter().map(|l| l.iterator == IteratorKind::Parallel).collect();
    if !op.has_linear_accesses() {
        return (vec![0; n], vec![0; n], false);
    }
    let reduction_work: u64 = mlirrl_ir::saturating_product(
        trips.iter().zip(&parallel).filter(|(_, p)| !**p).map(|(t, _)| *t),
    );
    let contraction = reduction_work >= 16 && op.body.mul > 0;
    // Padding copies the operands once: worth it for a contraction's reuse,
    // not for an elementwise op that reads each element once anyway.
    let pad_loop = |i: usize| pad && contraction && paddable[i];
    let parallelise = op.iterations() >= 65_536 && threads > 1;
    let mut tp = vec![0u64; n];
    if parallelise && contraction {
        // Reductions are blocked by 64 too: a long reduction otherwise
        // streams its operands through the register tile from memory.
        // (Not by less than 16: a short block only adds loop overhead.)
        tp = (0..n)
            .map(|i| match (parallel[i], tile(trips[i], 64)) {
                (false, b) if b < 16 => 0,
                (true, _) if pad_loop(i) => parallel_padded_tile(trips[i], 64),
                (_, b) => b,
            })
            .collect();
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
                tp[first] = if pad_loop(first) {
                    parallel_padded_tile(trips[first], tp[first] / 2)
                } else {
                    tile(trips[first], tp[first] / 2)
                };
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
    let mut par_loops: Vec<usize> = (0..n).filter(|&i| parallel[i]).collect();
    // An NCHW depthwise convolution (loops n, oh, ow, c, kh, kw) vectorises
    // along its output row, not along the channels (see the environment's
    // script): the row takes the innermost place.
    if matches!(op.kind, OpKind::DepthwiseConv { layout: mlirrl_ir::ConvLayout::Nchw }) && n == 6 {
        par_loops.retain(|&i| i != 2);
        par_loops.push(2);
    }
    let (rows, cols) = unit.register_tile();
    let mut inner = vec![0u64; n];
    for (rank, &i) in par_loops.iter().rev().enumerate() {
        inner[i] = match (contraction, rank) {
            (true, 0) => register(after_tp[i], cols, pad_loop(i)),
            (true, 1) => register(after_tp[i], rows, pad_loop(i)),
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
    (tp, inner, small)
}

/// The heuristic schedule followed by its fallbacks: the im2col variant for
/// programs with convolutions, the direct one, without vectorisation,
/// parallel tiling only, and the empty schedule.
pub fn heuristic_candidates(program: &Program, threads: usize) -> Vec<Schedule> {
    heuristic_candidates_for(program, threads, &VectorUnit::detect())
}

/// [`heuristic_candidates`] for a given vector unit.
pub fn heuristic_candidates_for(
    program: &Program,
    threads: usize,
    unit: &VectorUnit,
) -> Vec<Schedule> {
    let mut full = Schedule::empty();
    let mut divisors = Schedule::empty();
    let mut no_vec = Schedule::empty();
    let mut par_only = Schedule::empty();
    for op in program.ops.iter().rev() {
        if op.num_loops() == 0 {
            continue;
        }
        let (tp, inner, vectorise) = plan_op(op, threads, unit, true);
        push_plan(&mut full, &op.tag, &tp, &inner, vectorise);
        let (tp, inner, vectorise) = plan_op(op, threads, unit, false);
        push_plan(&mut divisors, &op.tag, &tp, &inner, vectorise);
        push_plan(&mut no_vec, &op.tag, &tp, &inner, false);
        push_plan(&mut par_only, &op.tag, &tp, &[], false);
    }
    let mut out = Vec::new();
    for pad in [true, false] {
        if let Some(s) = im2col_variant(program, threads, unit, pad) {
            out.push(s);
        }
    }
    out.extend([full, divisors, no_vec, par_only, Schedule::empty()]);
    let mut seen = std::collections::HashSet::new();
    out.retain(|s| seen.insert(s.to_string()));
    out
}

/// The im2col variant: each supported convolution rewritten (in a scratch
/// session, to read the contraction it becomes) and planned as that
/// contraction; other ops as in the direct plan. `None` without
/// convolutions.
fn im2col_variant(
    program: &Program,
    threads: usize,
    unit: &VectorUnit,
    pad: bool,
) -> Option<Schedule> {
    if !program.ops.iter().any(|o| mlirrl_env::script::img2col_offered(&o.kind)) {
        return None;
    }
    let mut session = Session::new(&program.tagged_source, &program.name).ok()?;
    let mut converted = Vec::new();
    for op in &program.ops {
        if mlirrl_env::script::img2col_offered(&op.kind)
            && session.apply(&op.tag, &Action::Img2col).is_ok()
        {
            converted.push(op.tag.clone());
        }
    }
    if converted.is_empty() {
        return None;
    }
    let rewritten = session.program();
    let mut schedule = Schedule::empty();
    for op in rewritten.ops.iter().rev() {
        if op.num_loops() == 0 {
            continue;
        }
        if converted.contains(&op.tag) {
            schedule.push(&op.tag, Action::Img2col);
        }
        let (tp, inner, vectorise) = plan_op(op, threads, unit, pad);
        push_plan(&mut schedule, &op.tag, &tp, &inner, vectorise);
    }
    Some(schedule)
}

/// Appends an op's plan to `schedule`: the parallel tiling and the inner
/// tiling where they tile anything, then vectorisation when asked.
fn push_plan(schedule: &mut Schedule, tag: &str, tp: &[u64], inner: &[u64], vectorise: bool) {
    if tp.iter().any(|&s| s > 0) {
        schedule.push(tag, Action::TiledParallelization { sizes: tp.to_vec() });
    }
    if inner.iter().any(|&s| s > 0) {
        schedule.push(tag, Action::Tiling { sizes: inner.to_vec() });
    }
    if vectorise {
        schedule.push(tag, Action::Vectorization);
    }
}

/// Measures the heuristic's candidates and keeps the fastest correct one
/// (the untransformed program is among them, so it never loses to it).
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
    let best = candidates
        .iter()
        .zip(&results)
        .filter(|(_, m)| m.correct())
        .max_by(|a, b| a.1.speedup().unwrap_or(0.0).total_cmp(&b.1.speedup().unwrap_or(0.0)));
    if let Some((s, m)) = best {
        return (s.clone(), m.clone());
    }
    (
        Schedule::empty(),
        results
            .into_iter()
            .last()
            .unwrap_or_else(|| Measurement::failed(Failure::Worker("no result".into()), threads)),
    )
}

pub use mlirrl_env::episode::Unmeasured;

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
        if legal.is_empty() { 0 } else { legal[rng.below(legal.len())] }
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
        let chooser = |turn: &episode::Turn<'_>| {
            if turn.retry > 0 {
                // A uniformly chosen legal action is never refused; if it
                // is, this episode is given up.
                return Err("refused");
            }
            Ok(random_action(&space, &turn.observation.mask, &mut rng))
        };
        match episode::play(&mut env, benchmark, chooser) {
            Ok(played) => {
                if !out.contains(&played.schedule) {
                    out.push(played.schedule);
                }
            }
            // The benchmark cannot be used at all: no schedules.
            Err(episode::PlayError::Env(EnvError::Ir(_) | EnvError::NothingToSchedule(_))) => {
                break;
            }
            Err(_) => {}
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn divisor_tiles_stop_below_the_bound() {
        assert_eq!(tile(512, 64), 64);
        assert_eq!(tile(48, 32), 16);
        assert_eq!(tile(49, 32), 1);
        assert_eq!(tile(64, 64), 32);
        assert_eq!(tile(1, 8), 0);
    }

    #[test]
    fn padded_tiles_trade_a_little_waste_for_full_vectors() {
        // 7x7 feature map after im2col: 49 lanes padded to 64.
        assert_eq!(padded_tile(49, 32), 32);
        // Primes: padded to the next multiple.
        assert_eq!(padded_tile(127, 64), 64);
        assert_eq!(padded_tile(257, 64), 64);
        assert_eq!(padded_tile(61, 8), 8);
        // A divisor at least half as large wins: no waste.
        assert_eq!(padded_tile(48, 32), 16);
        assert_eq!(padded_tile(512, 32), 32);
        // Too much waste: 33 padded to 64 or 48 wastes over a quarter.
        assert_eq!(padded_tile(33, 32), 8);
        // Never a tile as large as the loop.
        assert_eq!(padded_tile(16, 32), 8);
        assert_eq!(padded_tile(1, 8), 0);
        for trip in 1..300u64 {
            for cap in [1u64, 4, 8, 16, 32, 64] {
                let t = padded_tile(trip, cap);
                assert!(
                    t == 0 || (t.is_power_of_two() && t < trip && t <= cap),
                    "{trip} {cap} {t}"
                );
                if t > 0 && !trip.is_multiple_of(t) {
                    assert!(4 * trip >= 3 * trip.div_ceil(t) * t, "{trip} {cap} {t}");
                }
            }
        }
    }

    #[test]
    fn parallel_tiles_prefer_less_padding() {
        assert_eq!(parallel_padded_tile(196, 64), 32);
        assert_eq!(parallel_padded_tile(257, 64), 32);
        assert_eq!(parallel_padded_tile(127, 64), 64);
        assert_eq!(parallel_padded_tile(49, 64), 32);
        assert_eq!(parallel_padded_tile(512, 64), 64);
    }

    #[test]
    fn register_tiles_pad_only_where_asked() {
        assert_eq!(register(49, 32, true), 32);
        assert_eq!(register(49, 32, false), 1);
        assert_eq!(register(32, 32, true), 0);
    }

    #[test]
    fn nchw_depthwise_tiles_vectorise_the_output_row() {
        let src = r#"func.func @main(%x: tensor<1x32x114x114xf32>, %w: tensor<32x3x3xf32>, %o: tensor<1x32x112x112xf32>) -> tensor<1x32x112x112xf32> {
  %r = linalg.depthwise_conv_2d_nchw_chw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%x, %w : tensor<1x32x114x114xf32>, tensor<32x3x3xf32>) outs(%o : tensor<1x32x112x112xf32>) -> tensor<1x32x112x112xf32>
  return %r : tensor<1x32x112x112xf32>
}"#;
        let program = mlirrl_ir::parse_str(src, "dw").unwrap();
        let unit = VectorUnit::from_flags(&["avx2", "fma"]);
        let (_, inner, vectorise) = plan_op(&program.ops[0], 2, &unit, true);
        // Loops n, oh, ow, c, kh, kw: the row (ow) keeps a long tile, the
        // channel is tiled to 1.
        assert_eq!(inner[2], 16, "{inner:?}");
        assert_eq!(inner[3], 1, "{inner:?}");
        assert!(vectorise);
    }
}
