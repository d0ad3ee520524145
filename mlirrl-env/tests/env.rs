//! The environment against real MLIR: schedules per op family that apply,
//! run and match the untransformed program; wrong results caught; failed
//! transforms leave the program untouched; episodes; the cache under
//! concurrent writers and kill -9.

use mlirrl_env::{
    Action, ActionSpace, Benchmark, Cache, CachedMeasurer, Candidate, Env, EnvConfig, Failure,
    LocalMeasurer, MeasureConfig, MeasureJob, Measurement, Measurer, Schedule, Session,
    action::ActionKind, exec,
};
use mlirrl_ir::builders::{self, Conv2d, ConvForm, PoolForm};
use std::{path::PathBuf, sync::Arc};

fn quick() -> MeasureConfig {
    MeasureConfig { runs: 1, warmup: 0, threads: 2, ..MeasureConfig::default() }
}

fn job(program: &str, schedule: &str) -> MeasureJob {
    MeasureJob {
        name: "test".into(),
        program: program.into(),
        candidate: Candidate::Schedule(schedule.parse().unwrap()),
        config: quick(),
    }
}

fn assert_correct(m: &Measurement, what: &str) {
    assert!(m.baseline.is_some(), "{what}: baseline failed: {:?}", m.candidate);
    assert!(m.candidate.is_ok(), "{what}: {:?}", m.candidate);
}

/// Applies a schedule in a session and returns the transformed module text.
fn transformed(program: &str, schedule: &str) -> String {
    let mut s = Session::new(program, "t").unwrap();
    s.apply_schedule(&schedule.parse().unwrap()).unwrap_or_else(|e| panic!("{schedule}: {e}"));
    s.module_text()
}

#[test]
fn matmul_schedule_is_parallel_vectorized_and_correct() {
    let program = builders::matmul(256, 256, 256, "f32");
    let schedule = "operation_0:TP(64,64,64)T(8,32,1)V()";
    let text = transformed(&program, schedule);
    assert!(text.contains("scf.forall") && text.contains("vector.fma"), "{text}");
    let m = LocalMeasurer::new().measure(&job(&program, schedule));
    assert_correct(&m, schedule);
    assert_eq!(m.threads, 2);
}

#[test]
fn every_op_family_has_a_schedule_that_applies_and_runs_correctly() {
    let conv = Conv2d { n: 1, c: 8, h: 18, w: 18, f: 16, kh: 3, kw: 3, stride: 1, dilation: 1 };
    let cases: Vec<(&str, String, &str)> = vec![
        ("matmul", builders::matmul(128, 64, 96, "f32"), "operation_0:TP(32,32,0)T(8,16,1)V()"),
        (
            "batch_matmul",
            builders::batch_matmul(4, 64, 64, 32, "f32"),
            "operation_0:TP(1,32,32,0)T(1,8,16,1)V()",
        ),
        ("matvec", builders::matvec(256, 128, "f32"), "operation_0:TP(32,0)T(8,8)V()"),
        (
            "conv_nchw",
            builders::conv_2d(ConvForm::NchwFchw, conv, "f32"),
            "operation_0:TP(1,8,8,0,0,0,0)T(1,8,1,16,1,1,1)V()",
        ),
        (
            "conv_nhwc_hwcf",
            builders::conv_2d(ConvForm::NhwcHwcf, conv, "f32"),
            "operation_0:TP(1,8,0,8,0,0,0)T(1,1,16,8,1,1,1)V()",
        ),
        (
            "conv_nhwc_fhwc",
            builders::conv_2d(ConvForm::NhwcFhwc, conv, "f32"),
            "operation_0:TP(1,8,0,8,0,0,0)V()",
        ),
        (
            "depthwise",
            builders::depthwise_conv_2d(Conv2d { f: 8, ..conv }, "f32"),
            "operation_0:TP(1,8,0,0,0,0)T(1,1,16,8,1,1)V()",
        ),
        (
            "pool_nchw_max",
            builders::pooling(PoolForm::Nchw, "max", conv, "f32"),
            "operation_0:TP(1,4,0,0,0,0)T(1,1,1,16,1,1)V()",
        ),
        (
            "pool_nchw_sum",
            builders::pooling(PoolForm::Nchw, "sum", conv, "f32"),
            "operation_0:TP(1,4,0,0,0,0)V()",
        ),
        (
            "pool_nhwc_max",
            builders::pooling(PoolForm::Nhwc, "max", conv, "f32"),
            "operation_0:TP(1,8,0,0,0,0)T(1,1,16,8,1,1)V()",
        ),
        (
            "pool_nhwc_min",
            builders::pooling(PoolForm::Nhwc, "min", conv, "f32"),
            "operation_0:TP(1,8,0,0,0,0)V()",
        ),
        ("add", builders::elementwise("add", &[64, 256], "f32"), "operation_0:TP(32,0)T(1,64)V()"),
        ("sub", builders::elementwise("sub", &[64, 256], "f32"), "operation_0:TP(32,0)T(1,64)V()"),
        ("mul", builders::elementwise("mul", &[64, 256], "f32"), "operation_0:TP(32,0)T(1,64)V()"),
        ("div", builders::elementwise("div", &[64, 256], "f32"), "operation_0:TP(32,0)T(1,64)V()"),
        ("max", builders::elementwise("max", &[64, 256], "f32"), "operation_0:TP(32,0)T(1,64)V()"),
        ("relu", builders::relu(&[8, 16, 32], "f32"), "operation_0:TP(4,0,0)T(1,1,32)V()"),
        ("fill", builders::fill(&[64, 256], "f32"), "operation_0:TP(32,0)T(1,64)V()"),
        (
            "transpose",
            builders::transpose(&[64, 128], &[1, 0], "f32"),
            "operation_0:TP(32,0)T(8,8)V()",
        ),
        ("reduce", builders::reduce_sum(&[64, 256], &[1], "f32"), "operation_0:TP(32,0)T(8,0)V()"),
        ("f64 matmul", builders::matmul(64, 64, 64, "f64"), "operation_0:T(16,16,16)V()"),
        ("i32 add", builders::elementwise("add", &[64, 64], "i32"), "operation_0:T(8,0)V()"),
    ];
    let measurer = LocalMeasurer::new();
    for (what, program, schedule) in cases {
        let m = measurer.measure(&job(&program, schedule));
        assert_correct(&m, what);
        let text = transformed(&program, schedule);
        assert!(text.contains("vector."), "{what}: not vectorized:\n{text}");
    }
}

#[test]
fn memref_programs_measure_and_compare_their_buffers() {
    let program = builders::matmul_in(builders::Storage::Memref, 64, 64, 64, "f32");
    let m = LocalMeasurer::new().measure(&job(&program, "operation_0:T(16,16,16)T(8,8,1)V()"));
    assert_correct(&m, "memref matmul");
}

#[test]
fn wrong_results_are_failures() {
    let program = builders::matmul(32, 32, 32, "f32");
    // Same signature, different computation: A * A instead of A * B.
    let wrong = program.replace("ins(%arg0, %arg1", "ins(%arg0, %arg0");
    assert_ne!(wrong, program);
    let m = LocalMeasurer::new().measure(&MeasureJob {
        name: "wrong".into(),
        program: program.clone(),
        candidate: Candidate::Module(wrong),
        config: quick(),
    });
    assert!(matches!(m.candidate, Err(Failure::WrongResult { .. })), "{:?}", m.candidate);
    assert!(!m.correct());
    // And the real thing passes the same check.
    let m = LocalMeasurer::new().measure(&MeasureJob {
        name: "right".into(),
        program: program.clone(),
        candidate: Candidate::Module(program),
        config: quick(),
    });
    assert!(m.correct());
}

#[test]
fn output_comparison_tolerates_reassociation_only() {
    let ty =
        exec::BufferType { shape: vec![3], element: mlirrl_ir::ElementType::F32, is_tensor: true };
    let bytes = |v: [f32; 3]| v.iter().flat_map(|x| x.to_ne_bytes()).collect::<Vec<u8>>();
    let r = vec![bytes([1.0, 100.0, f32::NAN])];
    let close = vec![bytes([1.0000001, 100.00002, f32::NAN])];
    let far = vec![bytes([1.0, 100.5, f32::NAN])];
    assert!(exec::compare(&r, &close, std::slice::from_ref(&ty), 1e-3, 1e-4).ok);
    let c = exec::compare(&r, &far, std::slice::from_ref(&ty), 1e-3, 1e-4);
    assert!(!c.ok);
    assert_eq!(c.first_mismatch, Some((0, 1)));
    // Outputs in the hundreds from a long reduction: an element that happens
    // to be near zero carries the absolute rounding error of its neighbours
    // (about 1e-3 here) and passes; an error of a few units does not.
    let r = vec![bytes([200.0, -150.0, 0.0001])];
    let rounded = vec![bytes([200.0002, -150.0001, 0.0008])];
    let lost_term = vec![bytes([200.0, -150.0, 3.0])];
    assert!(exec::compare(&r, &rounded, std::slice::from_ref(&ty), 1e-3, 1e-4).ok);
    let c = exec::compare(&r, &lost_term, std::slice::from_ref(&ty), 1e-3, 1e-4);
    assert!(!c.ok);
    assert_eq!(c.first_mismatch, Some((0, 2)));
    // Infinities (a tensor padded with -inf for a max pool) match their
    // equals only, and an infinite error survives the worker protocol.
    let r = vec![bytes([f32::NEG_INFINITY, 1.0, f32::INFINITY])];
    assert!(exec::compare(&r, &r, std::slice::from_ref(&ty), 1e-3, 1e-4).ok);
    let flipped = vec![bytes([f32::INFINITY, 1.0, f32::INFINITY])];
    let c = exec::compare(&r, &flipped, std::slice::from_ref(&ty), 1e-3, 1e-4);
    assert!(!c.ok && c.first_mismatch == Some((0, 0)));
    let finite = vec![bytes([0.0, 1.0, f32::INFINITY])];
    let c = exec::compare(&r, &finite, std::slice::from_ref(&ty), 1e-3, 1e-4);
    assert!(!c.ok && c.max_abs_error.is_infinite());
    let failure = Failure::WrongResult { max_abs_error: c.max_abs_error, buffer: 0, element: 0 };
    let text = serde_json::to_string(&failure).unwrap();
    let back: Failure = serde_json::from_str(&text).unwrap();
    assert!(
        matches!(back, Failure::WrongResult { max_abs_error, .. } if max_abs_error == f64::INFINITY),
        "{text}"
    );
}

#[test]
fn a_failing_transform_leaves_the_program_unchanged() {
    let program = builders::matmul(64, 64, 64, "f32");
    let mut session = Session::new(&program, "t").unwrap();
    let before = session.module_text();
    // Four tile sizes for a three-loop op: MLIR rejects it.
    let err =
        session.apply("operation_0", &Action::Tiling { sizes: vec![8, 8, 8, 8] }).unwrap_err();
    assert!(err.to_string().contains("transform failed"), "{err}");
    assert_eq!(session.module_text(), before);
    assert!(session.apply("operation_9", &Action::Vectorization).is_err());
    // The session still works afterwards.
    session.apply("operation_0", &Action::Tiling { sizes: vec![8, 8, 8] }).unwrap();
    assert_eq!(
        session.program().ops[0].loops.iter().map(|l| l.trip_count).collect::<Vec<_>>(),
        [8, 8, 8]
    );
}

#[test]
fn interchange_is_applied_and_keeps_the_tag() {
    let program = builders::matmul(64, 32, 16, "f32");
    let mut session = Session::new(&program, "t").unwrap();
    session.apply("operation_0", &Action::Interchange { permutation: vec![2, 0, 1] }).unwrap();
    let op = &session.program().ops[0];
    assert_eq!(op.tag, "operation_0");
    assert_eq!(op.name, "linalg.generic");
    assert_eq!(op.loops.iter().map(|l| l.trip_count).collect::<Vec<_>>(), [16, 64, 32]);
}

fn env(config: EnvConfig) -> Env {
    Env::new(config, Box::new(LocalMeasurer::new()))
}

fn quick_env_config() -> EnvConfig {
    EnvConfig { measure: quick(), ..EnvConfig::default() }
}

/// Plays `actions` (canonical text per op, in scheduling order) through the
/// env's raw action interface.
fn play(env: &mut Env, actions: &[&str]) -> Vec<mlirrl_env::Step> {
    let space = ActionSpace::new(env.config().actions.clone());
    let mut steps = Vec::new();
    for text in actions {
        let action: Action = text.parse().unwrap();
        for raw in space.encode(&action) {
            let step = env.step(&raw).unwrap_or_else(|e| panic!("{text}: {e}"));
            steps.push(step);
        }
    }
    steps
}

#[test]
fn an_episode_runs_from_reset_to_a_measured_reward() {
    let mut env = env(quick_env_config());
    let spec = env.observation_spec();
    // The seed's sizes, plus the seventh selection (im2col).
    assert_eq!((spec.op_features, spec.history, spec.total, spec.mask), (711, 1085, 2508, 182));
    let benchmark = Benchmark { name: "mm".into(), source: builders::matmul(128, 128, 128, "f32") };
    let obs = env.reset(&benchmark).unwrap();
    assert_eq!(obs.features.len(), spec.total);
    assert_eq!(obs.op, "operation_0");
    assert_eq!(
        &obs.mask[..7],
        &[false, false, false, false, true, false, false],
        "the seed's order: interchange first (no im2col on a matmul)"
    );
    let steps = play(&mut env, &["I(0,1,2)", "TP(32,32,32)", "T(8,16,1)", "V()"]);
    // Interchange takes one step per loop position.
    assert_eq!(steps.len(), 3 + 3);
    assert!(steps[..5].iter().all(|s| !s.done && s.reward == 0.0));
    let last = steps.last().unwrap();
    assert!(last.done);
    let speedup = last.info.speedup.unwrap();
    assert!(
        (last.reward - speedup.log10()).abs() < 1e-9,
        "reward {} speedup {speedup}",
        last.reward
    );
    assert!(last.info.measurement.as_ref().unwrap().correct());
    assert_eq!(
        last.info.schedule.as_ref().unwrap().canonical(),
        "operation_0:I(0,1,2)TP(32,32,32)T(8,16,1)V()"
    );
    assert!(last.observation.mask.iter().all(|&b| !b));
    assert!(env.step(&[0; 23]).is_err(), "stepping a finished episode is an error");
    // The loop count in the observation tracks the re-read IR after tiling.
    assert_eq!(steps[3].observation.features[spec.total - 1], 3.0);
    assert_eq!(steps[3].observation.features[6..9], [32.0 / 4096.0; 3]);
    assert_eq!(steps[4].observation.features[6..9], [8.0 / 4096.0, 16.0 / 4096.0, 1.0 / 4096.0]);
}

#[test]
fn masked_actions_are_rejected() {
    let mut env = env(quick_env_config());
    env.reset(&Benchmark { name: "mm".into(), source: builders::matmul(64, 64, 64, "f32") })
        .unwrap();
    let mut raw = vec![0; 23];
    raw[0] = ActionKind::Tiling.index(); // step 0 must be an interchange
    assert!(env.step(&raw).is_err());
    assert!(env.step(&[0, 1]).is_err(), "wrong length");
}

#[test]
fn fusion_schedules_the_fused_producer_next() {
    let source = r#"
func.func @main(%a: tensor<64x128xf32>, %b: tensor<128x96xf32>) -> tensor<64x96xf32> {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<64x96xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<64x96xf32>) -> tensor<64x96xf32>
  %m = linalg.matmul ins(%a, %b : tensor<64x128xf32>, tensor<128x96xf32>) outs(%f : tensor<64x96xf32>) -> tensor<64x96xf32>
  return %m : tensor<64x96xf32>
}"#;
    let mut env = env(quick_env_config());
    let obs = env.reset(&Benchmark { name: "fused".into(), source: source.into() }).unwrap();
    assert_eq!(obs.op, "operation_1", "consumers first");
    let steps = play(&mut env, &["I(0,1,2)", "TPF(operation_0;16,32,0)", "T(8,16,1)", "V()"]);
    let after = steps.last().unwrap();
    assert!(!after.done);
    assert_eq!(after.observation.op, "operation_0_operation_1", "the fused fill is next");
    let steps = play(&mut env, &["I(0,1)", "V()"]);
    let last = steps.last().unwrap();
    assert!(last.done, "the original fill was absorbed: nothing left");
    assert!(last.info.measurement.as_ref().unwrap().correct(), "{:?}", last.info);
    let text = env.module_text().unwrap();
    assert!(!text.contains("tag = \"operation_0\""), "{text}");
}

#[test]
fn failed_transforms_cost_the_penalty_and_end_the_op() {
    let config = EnvConfig {
        actions: mlirrl_env::ActionSpaceConfig {
            order: vec![],
            vect_size_limit: u64::MAX,
            ..Default::default()
        },
        ..quick_env_config()
    };
    let mut env = env(config);
    // A conv generalised by an interchange can no longer be decomposed: its
    // vectorisation fails, which keeps the code without penalty.
    let conv = Conv2d { n: 1, c: 4, h: 10, w: 10, f: 4, kh: 3, kw: 3, stride: 1, dilation: 1 };
    env.reset(&Benchmark {
        name: "conv".into(),
        source: builders::conv_2d(ConvForm::NchwFchw, conv, "f32"),
    })
    .unwrap();
    let steps = play(&mut env, &["I(1,0,2,3,4,5,6)", "V()"]);
    let last = steps.last().unwrap();
    assert!(last.info.failure.is_some());
    assert!(last.done);
    assert!(last.reward > -5.0, "vectorisation failures are free: {}", last.reward);
}

#[test]
fn every_step_rewards_sum_to_the_final_log_speedup() {
    let config = EnvConfig {
        reward: mlirrl_env::RewardConfig { every_step: true, ..Default::default() },
        ..quick_env_config()
    };
    let mut env = env(config);
    env.reset(&Benchmark { name: "mm".into(), source: builders::matmul(128, 128, 128, "f32") })
        .unwrap();
    let steps = play(&mut env, &["I(0,1,2)", "TP(32,32,32)", "T(8,16,1)", "V()"]);
    let total: f64 = steps.iter().map(|s| s.reward).sum();
    let speedup = steps.last().unwrap().info.speedup.unwrap();
    assert!((total - speedup.log10()).abs() < 1e-9, "{total} vs {}", speedup.log10());
    assert!(steps.iter().filter(|s| s.info.measurement.is_some()).count() >= 3);
}

// ---------------------------------------------------------------------------
// Cache

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("mlirrl-env-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

fn fake_measurement(n: u64) -> Measurement {
    let timing = mlirrl_env::Timing {
        median_ns: n,
        min_ns: n,
        max_ns: n,
        runs_ns: vec![n; 50],
        compile_seconds: 0.0,
    };
    Measurement {
        baseline: Some(timing.clone()),
        candidate: Ok(timing),
        threads: 1,
        fingerprint: "x".into(),
        cached: false,
    }
}

#[test]
fn cache_round_trip_and_cached_measurer() {
    let dir = temp_dir("cache");
    let cache = Cache::open(&dir).unwrap();
    assert!(cache.get("k").is_none());
    cache.put("k", &fake_measurement(7)).unwrap();
    assert_eq!(cache.get("k").unwrap().baseline.unwrap().median_ns, 7);
    assert!(cache.get("other").is_none());

    let measurer = CachedMeasurer::new(LocalMeasurer::new(), Cache::open(&dir).unwrap());
    let j = job(&builders::matmul(32, 32, 32, "f32"), "operation_0:T(8,8,8)V()");
    let first = measurer.measure(&j);
    assert!(!first.cached && first.correct());
    let second = measurer.measure(&j);
    assert!(second.cached);
    assert_eq!(first.candidate, second.candidate);
    assert_eq!(measurer.cache().stats(), (1, 1));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn cache_survives_concurrent_writers() {
    let dir = temp_dir("concurrent");
    let cache = Arc::new(Cache::open(&dir).unwrap());
    std::thread::scope(|scope| {
        for t in 0..8u64 {
            let cache = cache.clone();
            scope.spawn(move || {
                for i in 0..200u64 {
                    // All threads fight over a few shared keys, plus their own.
                    let key =
                        if i % 2 == 0 { format!("shared{}", i % 6) } else { format!("own{t}-{i}") };
                    cache.put(&key, &fake_measurement(t * 1000 + i)).unwrap();
                    if let Some(m) = cache.get(&format!("shared{}", (i + t) % 6)) {
                        assert_eq!(m.runs(), 50, "a torn record was read");
                    }
                }
            });
        }
    });
    for k in 0..6 {
        assert!(cache.get(&format!("shared{k}")).is_some() || k % 2 == 1);
    }
    let _ = std::fs::remove_dir_all(&dir);
}

trait Runs {
    fn runs(&self) -> usize;
}
impl Runs for Measurement {
    fn runs(&self) -> usize {
        self.baseline.as_ref().map_or(0, |t| t.runs_ns.len())
    }
}

/// Not a test on its own: the child process of
/// `cache_survives_kill_9_mid_write`, writing large records in a loop until
/// it is killed.
#[test]
fn helper_cache_writer_process() {
    let Ok(dir) = std::env::var("MLIRRL_CACHE_WRITER_DIR") else { return };
    let cache = Cache::open(dir).unwrap();
    let mut big = fake_measurement(1);
    if let Some(t) = big.baseline.as_mut() {
        t.runs_ns = vec![1; 200_000];
    }
    for i in 0.. {
        cache.put(&format!("key{}", i % 4), &big).unwrap();
    }
}

#[test]
fn cache_survives_kill_9_mid_write() {
    let dir = temp_dir("kill9");
    std::fs::create_dir_all(&dir).unwrap();
    for round in 0..3 {
        let mut child = std::process::Command::new(std::env::current_exe().unwrap())
            .args(["--exact", "helper_cache_writer_process", "--nocapture", "--test-threads", "1"])
            .env("MLIRRL_CACHE_WRITER_DIR", &dir)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(std::time::Duration::from_millis(300 + 70 * round));
        // SIGKILL: no destructor, no flush.
        child.kill().unwrap();
        child.wait().unwrap();
    }
    let cache = Cache::open(&dir).unwrap();
    let mut found = 0;
    for k in 0..4 {
        if let Some(m) = cache.get(&format!("key{k}")) {
            assert_eq!(m.baseline.unwrap().runs_ns.len(), 200_000, "record must be whole");
            found += 1;
        }
    }
    assert!(found > 0, "the writer managed no complete record");
    // Every non-temporary file is a complete record.
    for entry in walk(&dir) {
        let name = entry.file_name().unwrap().to_string_lossy().to_string();
        if name.ends_with(".json") {
            let bytes = std::fs::read(&entry).unwrap();
            assert!(serde_json::from_slice::<serde_json::Value>(&bytes).is_ok(), "{name} is torn");
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
}

fn walk(dir: &std::path::Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        let p = e.path();
        if p.is_dir() { out.extend(walk(&p)) } else { out.push(p) }
    }
    out
}

#[test]
fn schedules_round_trip_through_json_files() {
    let s: Schedule =
        "operation_1:I(0,1,2)TPF(operation_0;16,32,0)V()|operation_0_operation_1:NT()"
            .parse()
            .unwrap();
    let json = serde_json::to_string_pretty(&s).unwrap();
    assert!(json.contains("\"tiled_fusion\""), "{json}");
    assert_eq!(Schedule::from_json(&json).unwrap(), s);
}

#[test]
fn img2col_rewrites_convolutions_before_scheduling() {
    let conv = Conv2d { n: 1, c: 8, h: 10, w: 10, f: 16, kh: 3, kw: 3, stride: 1, dilation: 1 };
    let source = builders::conv_2d(ConvForm::NhwcHwcf, conv, "f32");
    let config = EnvConfig { img2col: true, ..quick_env_config() };
    let mut env = env(config);
    let obs = env.reset(&Benchmark { name: "conv".into(), source: source.clone() }).unwrap();
    // The contraction keeps the conv's tag and is scheduled first (it consumes the gather).
    assert_eq!(obs.op, "operation_0");
    assert_eq!(env.schedule().unwrap().canonical(), "operation_0:IC()");
    let steps = play(&mut env, &["I(0,1,2,3)", "TP(0,32,8,0)", "T(0,8,4,1)", "V()"]);
    assert_eq!(steps.last().unwrap().observation.op, "operation_0_im2col");
    // The gather's accesses are non-linear (floordiv/mod): it is never tiled.
    let steps = play(&mut env, &["I(0,1,2)"]);
    let mask = &steps.last().unwrap().observation.mask;
    assert_eq!(&mask[..7], &[true, false, false, false, false, false, false], "{mask:?}");
    let steps = play(&mut env, &["NT()"]);
    let last = steps.last().unwrap();
    assert!(last.done);
    assert!(last.info.measurement.as_ref().unwrap().correct(), "{:?}", last.info);
    // The schedule replays on the original program.
    let m = LocalMeasurer::new().measure(&MeasureJob {
        name: "conv".into(),
        program: source,
        candidate: Candidate::Schedule(last.info.schedule.clone().unwrap()),
        config: quick(),
    });
    assert!(m.correct());
}

#[test]
fn the_agent_chooses_im2col_and_schedules_the_contraction() {
    let conv = Conv2d { n: 1, c: 16, h: 10, w: 10, f: 32, kh: 3, kw: 3, stride: 1, dilation: 1 };
    let source = builders::conv_2d(ConvForm::NchwFchw, conv, "f32");
    let mut env = env(quick_env_config());
    let obs = env.reset(&Benchmark { name: "conv".into(), source: source.clone() }).unwrap();
    let ic = mlirrl_env::ActionKind::Img2col.index();
    assert!(obs.mask[ic], "im2col is offered as the conv's first action");
    let steps = play(&mut env, &["IC()"]);
    let after = &steps[0].observation;
    assert_eq!(after.op, "operation_0");
    assert!(!after.mask[ic], "once only");
    // The contraction (n, f, oh*ow, c*kh*kw) starts its own schedule; the
    // gather it leaves behind cannot be tiled and is not queued.
    let steps = play(&mut env, &["I(0,1,2,3)", "TP(0,16,16,0)", "T(0,8,0,1)", "V()"]);
    let last = steps.last().unwrap();
    assert!(last.done);
    let schedule = last.info.schedule.clone().unwrap();
    assert!(
        schedule.canonical() == "operation_0:IC()I(0,1,2,3)TP(0,16,16,0)T(0,8,0,1)V()",
        "{}",
        schedule.canonical()
    );
    assert!(last.info.measurement.as_ref().unwrap().correct(), "{:?}", last.info);
}

#[test]
fn a_heuristic_schedule_plays_as_an_episode_with_the_order_s_interchanges() {
    use mlirrl_env::episode::{self, ScheduleReplayError, TileFit, Unmeasured};
    let conv = Conv2d { n: 1, c: 16, h: 10, w: 10, f: 32, kh: 3, kw: 3, stride: 1, dilation: 1 };
    let bench = Benchmark {
        name: "conv".into(),
        source: builders::conv_2d(ConvForm::NchwFchw, conv, "f32"),
    };
    let mut env = Env::new(quick_env_config(), Box::new(Unmeasured));
    // Written without the interchange the seed's order asks for first,
    // neither on the conv nor on the contraction im2col leaves.
    let schedule: Schedule = "operation_0:IC()TP(0,16,16,0)T(0,8,0,1)V()".parse().unwrap();
    let played = episode::play_schedule(&mut env, &bench, &schedule, TileFit::Exact).unwrap();
    assert_eq!(
        played.played.schedule.canonical(),
        "operation_0:IC()I(0,1,2,3)TP(0,16,16,0)T(0,8,0,1)V()"
    );
    // IC, four interchange pointers, TP, T, V; every step's observation is
    // the one its action was legal in.
    assert_eq!(played.steps.len(), 8);
    let spec = env.action_spec();
    for s in &played.steps {
        assert!(s.observation.mask[s.raw[0]], "{:?} taken where it is masked", s.raw);
        assert_eq!(s.raw.len(), spec.raw_len());
    }
    // The raw actions replay to the same schedule.
    match episode::replay(&mut env, &bench, &played.played.actions).unwrap() {
        episode::Replayed::Done(Some(s)) => assert_eq!(s, played.played.schedule),
        other => panic!("{other:?}"),
    }

    // A size the agent cannot choose: refused exactly, fitted when asked.
    let odd: Schedule = "operation_0:IC()TP(0,12,16,0)T(0,8,0,1)V()".parse().unwrap();
    let err = episode::play_schedule(&mut env, &bench, &odd, TileFit::Exact).unwrap_err();
    assert!(
        matches!(&err, ScheduleReplayError::Refused { reason, .. } if reason.contains("12")),
        "{err}"
    );
    let fitted = episode::play_schedule(&mut env, &bench, &odd, TileFit::Nearest).unwrap();
    // 12 becomes 8; the inner 8 then fills the 8-wide tile (illegal), so 4.
    assert_eq!(
        fitted.played.schedule.canonical(),
        "operation_0:IC()I(0,1,2,3)TP(0,8,16,0)T(0,4,0,1)V()"
    );

    // Actions for an op the episode never schedules are not silently lost.
    let extra: Schedule =
        "operation_0:IC()TP(0,16,16,0)T(0,8,0,1)V()|operation_7:V()".parse().unwrap();
    let err = episode::play_schedule(&mut env, &bench, &extra, TileFit::Exact).unwrap_err();
    assert!(
        matches!(&err, ScheduleReplayError::Unused { op, left: 1 } if op == "operation_7"),
        "{err}"
    );
    // An interchange of the wrong length is refused where it is, not later.
    let short: Schedule = "operation_0:I(1,0)V()".parse().unwrap();
    let err = episode::play_schedule(&mut env, &bench, &short, TileFit::Exact).unwrap_err();
    assert!(
        matches!(&err, ScheduleReplayError::Refused { reason, .. } if reason.contains("7 loops")),
        "{err}"
    );
    // IC where the order does not allow it (after a tiling).
    let late: Schedule = "operation_0:TP(0,16,2,2,0,0,0)IC()V()".parse().unwrap();
    let err = episode::play_schedule(&mut env, &bench, &late, TileFit::Exact).unwrap_err();
    assert!(matches!(err, ScheduleReplayError::Refused { .. }), "{err}");
}

#[test]
fn padded_tiles_are_offered_on_contractions_only() {
    let mut env = Env::new(quick_env_config(), Box::new(mlirrl_env::episode::Unmeasured));
    let spec = env.action_spec();
    let choices = spec.heads[0].choices;
    // The first tiling head's legal choices for loop `row`.
    let row = |mask: &[bool], row: usize| -> Vec<usize> {
        let start = spec.selection + row * choices;
        (0..choices).filter(|&p| mask[start + p]).collect()
    };
    let mut start = |source: String| env.reset(&Benchmark { name: "b".into(), source }).unwrap();
    // A 127-long loop: no power of two above 1 divides it.
    let add = start(builders::elementwise("add", &[8, 127], "f32"));
    assert_eq!(row(&add.mask, 1), [0, 1], "elementwise: divisors only");
    let mm = start(builders::matmul(127, 256, 64, "f32"));
    assert!(row(&mm.mask, 0).len() > 3, "matmul: padded tiles on M: {:?}", row(&mm.mask, 0));
}

/// Odd sizes (primes, a 7x7 feature map) that no power-of-two tile
/// divides, one per op family padding applies to.
fn odd_programs() -> Vec<(&'static str, String)> {
    let conv = Conv2d { n: 1, c: 8, h: 9, w: 9, f: 20, kh: 3, kw: 3, stride: 1, dilation: 1 };
    vec![
        ("matmul", builders::matmul(127, 257, 61, "f32")),
        ("batch_matmul", builders::batch_matmul(3, 33, 65, 17, "f32")),
        ("matvec", builders::matvec(100, 129, "f32")),
        ("conv_nchw", builders::conv_2d(ConvForm::NchwFchw, conv, "f32")),
        (
            "pool_nchw_max",
            builders::pooling(PoolForm::Nchw, "max", Conv2d { c: 20, ..conv }, "f32"),
        ),
        ("add", builders::elementwise("add", &[63, 100], "f32")),
        ("i32 add", builders::elementwise("add", &[20, 50], "i32")),
        ("fill", builders::fill(&[63, 100], "f32")),
        ("f64 matmul", builders::matmul(33, 35, 33, "f64")),
    ]
}

#[test]
fn partial_tiles_are_padded_to_whole_ones_and_give_correct_results() {
    let conv7 = Conv2d { n: 1, c: 16, h: 9, w: 9, f: 32, kh: 3, kw: 3, stride: 1, dilation: 1 };
    let programs: std::collections::HashMap<_, _> = odd_programs().into_iter().collect();
    let cases: Vec<(&str, String, &str)> = vec![
        ("matmul", programs["matmul"].clone(), "operation_0:TP(64,64,0)T(8,32,1)V()"),
        ("matmul", programs["matmul"].clone(), "operation_0:T(8,32,1)V()"),
        (
            "batch_matmul",
            programs["batch_matmul"].clone(),
            "operation_0:TP(1,16,32,0)T(1,8,16,1)V()",
        ),
        ("matvec", programs["matvec"].clone(), "operation_0:TP(32,0)T(8,0)V()"),
        (
            "conv_nchw (f = 20 padded to 32)",
            programs["conv_nchw"].clone(),
            "operation_0:TP(0,16,0,0,0,0,0)T(0,8,1,0,1,1,1)V()",
        ),
        (
            "im2col conv with a 7x7 output (49 padded to 64)",
            builders::conv_2d(ConvForm::NchwFchw, conv7, "f32"),
            "operation_0:IC()TP(0,16,32,0)T(0,8,0,1)V()",
        ),
        (
            "pool_nchw_max",
            programs["pool_nchw_max"].clone(),
            "operation_0:TP(0,16,0,0,0,0)T(0,1,1,0,1,1)V()",
        ),
        ("add", programs["add"].clone(), "operation_0:TP(32,0)T(1,64)V()"),
        ("i32 add", programs["i32 add"].clone(), "operation_0:T(8,32)V()"),
        ("fill", programs["fill"].clone(), "operation_0:T(8,64)V()"),
        ("f64 matmul", programs["f64 matmul"].clone(), "operation_0:T(16,16,1)V()"),
    ];
    let measurer = LocalMeasurer::new();
    for (what, program, schedule) in cases {
        let text = transformed(&program, schedule);
        // Padded once, copied with linalg.copy, and every tile static again.
        assert!(text.contains("linalg.copy"), "{what}: not padded:\n{text}");
        assert!(text.contains("vector."), "{what}: not vectorized:\n{text}");
        let m = measurer.measure(&job(&program, schedule));
        assert_correct(&m, what);
    }
}

#[test]
fn nchw_depthwise_convolutions_vectorise_along_output_rows() {
    // MLIR cannot decompose an NCHW depthwise convolution; the schedule
    // tiles it to rows and vectorises those (stride 1), with results checked
    // against the untransformed program.
    let program = r#"func.func @main(%x: tensor<1x16x18x34xf32>, %w: tensor<16x3x3xf32>, %o: tensor<1x16x16x32xf32>) -> tensor<1x16x16x32xf32> {
  %r = linalg.depthwise_conv_2d_nchw_chw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%x, %w : tensor<1x16x18x34xf32>, tensor<16x3x3xf32>) outs(%o : tensor<1x16x16x32xf32>) -> tensor<1x16x16x32xf32>
  return %r : tensor<1x16x16x32xf32>
}"#;
    let measurer = LocalMeasurer::new();
    for schedule in ["operation_0:V()", "operation_0:TP(0,8,0,8,0,0)V()"] {
        let text = transformed(program, schedule);
        assert!(
            text.contains("vector.fma") || text.contains("vector<32xf32>"),
            "{schedule}: not vectorized:\n{text}"
        );
        let m = measurer.measure(&job(program, schedule));
        assert_correct(&m, schedule);
    }
}

#[test]
fn masks_offer_partial_tiles_only_where_they_apply() {
    // Random legal episodes (every legal choice equally likely) on odd sizes:
    // no tiling the mask offers fails to apply, and partial tiles are
    // offered (and taken) on every family.
    let config = EnvConfig {
        actions: mlirrl_env::ActionSpaceConfig { order: vec![], ..Default::default() },
        ..quick_env_config()
    };
    let space = ActionSpace::new(config.actions.clone());
    let spec = space.spec();
    let mut env = Env::new(config, Box::new(mlirrl_env::episode::Unmeasured));
    let mut rng = mlirrl_util::rng::Rng::new(7);
    let mut padded = 0;
    for (what, source) in odd_programs() {
        for _ in 0..6 {
            let mut obs =
                env.reset(&Benchmark { name: what.into(), source: source.clone() }).unwrap();
            for _ in 0..40 {
                let pick = |range: std::ops::Range<usize>, rng: &mut mlirrl_util::rng::Rng| {
                    let legal: Vec<usize> =
                        range.clone().filter(|&i| obs.mask[i]).map(|i| i - range.start).collect();
                    if legal.is_empty() { 0 } else { legal[rng.below(legal.len())] }
                };
                let mut raw = vec![pick(0..spec.selection, &mut rng)];
                let mut off = spec.selection;
                for head in &spec.heads {
                    for r in 0..head.rows {
                        raw.push(pick(
                            off + r * head.choices..off + (r + 1) * head.choices,
                            &mut rng,
                        ));
                    }
                    off += head.rows * head.choices;
                }
                let step = env.step(&raw).unwrap();
                if let Some(action) = &step.info.action
                    && action.kind().is_tiling()
                {
                    // The episode's last step carries the (skipped)
                    // measurement's failure; nothing else may fail.
                    let failure = step.info.failure.as_deref().unwrap_or("");
                    assert!(
                        failure.is_empty() || failure.starts_with("not measured"),
                        "{what}: {action} failed: {failure}"
                    );
                }
                if step.done {
                    let schedule = step.info.schedule.clone().unwrap_or_default();
                    let mut session = Session::new(&source, what).unwrap();
                    session.apply_schedule(&schedule).unwrap();
                    padded += usize::from(session.module_text().contains("linalg.copy"));
                    break;
                }
                obs = step.observation;
            }
        }
    }
    assert!(padded >= 5, "partial tiles were chosen in only {padded} episodes");
}
