//! The `mlirrl` command line as a user runs it: exit codes, stdout JSON
//! contract, and one clear stderr message per bad input.

use serde_json::Value;
use std::{
    path::{Path, PathBuf},
    process::{Command, Output},
};

fn mlirrl(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_mlirrl")).args(args).output().expect("the binary runs")
}

fn repo(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(path)
}

fn temp_file(name: &str, text: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("mlirrl-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path
}

fn inspect_json(path: &Path) -> Value {
    let out = mlirrl(&["inspect", path.to_str().unwrap(), "--json"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).expect("stdout is one JSON object")
}

#[test]
fn inspect_json_contract_for_matmul() {
    let path = temp_file("mm.mlir", &mlirrl::ir::builders::matmul(128, 64, 768, "f32"));
    let v = inspect_json(&path);
    let op = &v["ops"][0];
    assert_eq!(op["name"], "linalg.matmul");
    assert_eq!(op["tag"], "operation_0");
    let loops: Vec<(u64, String)> = op["loops"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| (l["trip_count"].as_u64().unwrap(), l["iterator"].as_str().unwrap().to_string()))
        .collect();
    assert_eq!(
        loops,
        [(128, "parallel".into()), (64, "parallel".into()), (768, "reduction".into())]
    );
    let access: Vec<&str> =
        op["operands"].as_array().unwrap().iter().map(|o| o["access"].as_str().unwrap()).collect();
    assert_eq!(access, ["(d0, d2)", "(d2, d1)", "(d0, d1)"]);
    assert_eq!(op["operands"][0]["shape"], serde_json::json!([128, 768]));
    assert_eq!(op["operands"][0]["element_type"], "f32");
    assert_eq!(op["producers"], serde_json::json!([]));
    assert_eq!(op["consumers"], serde_json::json!([]));
}

#[test]
fn inspect_json_graph_and_features() {
    let text = r#"
func.func @main(%a: tensor<32x64xf32>, %b: tensor<64x16xf32>, %c: tensor<32x16xf32>) -> tensor<32x16xf32> {
  %zero = arith.constant 0.0 : f32
  %f = linalg.fill ins(%zero : f32) outs(%c : tensor<32x16xf32>) -> tensor<32x16xf32>
  %m = linalg.matmul ins(%a, %b : tensor<32x64xf32>, tensor<64x16xf32>) outs(%f : tensor<32x16xf32>) -> tensor<32x16xf32>
  return %m : tensor<32x16xf32>
}"#;
    let path = temp_file("chain.mlir", text);
    let out = mlirrl(&["inspect", path.to_str().unwrap(), "--json", "--features"]);
    assert!(out.status.success());
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["ops"][0]["consumers"][0]["tag"], "operation_1");
    assert_eq!(v["ops"][1]["producers"][0]["tag"], "operation_0");
    assert_eq!(v["ops"][1]["producers"][0]["operand"], 2);
    assert_eq!(v["ops"][1]["features"].as_array().unwrap().len(), 711);

    let text_out = mlirrl(&["inspect", path.to_str().unwrap()]);
    let s = String::from_utf8(text_out.stdout).unwrap();
    assert!(s.contains("operation_1  linalg.matmul"), "{s}");
    assert!(s.contains("d2=64 reduction"), "{s}");
}

#[test]
fn inspect_json_conv_stride() {
    let shape = mlirrl::ir::builders::Conv2d {
        n: 1,
        c: 3,
        h: 32,
        w: 32,
        f: 8,
        kh: 3,
        kw: 3,
        stride: 2,
        dilation: 1,
    };
    let path = temp_file(
        "conv.mlir",
        &mlirrl::ir::builders::conv_2d(mlirrl::ir::builders::ConvForm::NchwFchw, shape, "f32"),
    );
    let v = inspect_json(&path);
    assert_eq!(v["ops"][0]["operands"][0]["access"], "(d0, d4, d2 * 2 + d5, d3 * 2 + d6)");
}

#[test]
fn every_malformed_input_is_one_clear_error() {
    let cases = [
        ("truncated.mlir", "parse error"),
        ("wrong_types.mlir", "expected type of operand"),
        ("bool_elements.mlir", "unsupported element type i1"),
        ("dynamic_shapes.mlir", "dynamic shape"),
        ("no_linalg.mlir", "no linalg op"),
        ("empty.mlir", "empty"),
        ("binary.mlir", "not MLIR text"),
        ("unsupported_op.mlir", "unsupported op `linalg.softmax`"),
        ("missing_file.mlir", "cannot read file"),
    ];
    for (name, expected) in cases {
        let path = repo("tests/malformed").join(name);
        let out = mlirrl(&["inspect", path.to_str().unwrap()]);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{name}: {stderr}");
        assert!(out.stdout.is_empty(), "{name}");
        assert!(stderr.starts_with("error: "), "{name}: {stderr}");
        assert!(stderr.contains(name), "{name}: message must name the file: {stderr}");
        assert!(stderr.contains(expected), "{name}: {stderr}");
        assert!(
            !stderr.contains("panicked") && !stderr.contains("RUST_BACKTRACE"),
            "{name}: {stderr}"
        );
    }
}

#[test]
fn ten_megabyte_file_is_a_clear_error() {
    let mut text = mlirrl::ir::builders::matmul(8, 8, 8, "f32");
    while text.len() < 10 * 1024 * 1024 {
        text.push_str("  %x = garbage ((( ]]] {{{ \n");
    }
    let path = temp_file("big.mlir", &text);
    let out = mlirrl(&["inspect", path.to_str().unwrap()]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("big.mlir") && stderr.contains("parse error"), "{stderr}");
}

#[test]
fn bad_arguments_are_usage_errors() {
    let out = mlirrl(&["inspect"]);
    assert_eq!(out.status.code(), Some(2));
    let out = mlirrl(&["frobnicate"]);
    assert_eq!(out.status.code(), Some(2));
}

// ---------------------------------------------------------------------------
// Measurement through worker processes: crash and hang isolation.

use mlirrl::env::{
    Benchmark, Candidate, EnvConfig, EnvPool, Failure, MeasureConfig, MeasureJob, Measurer,
    Schedule, WorkerCommand, WorkerPool,
};

/// A kernel that really crashes: it reads 4 TB past its input.
const CRASHING_KERNEL: &str = include_str!("fixtures/crashing_kernel.mlir");

/// A kernel that really hangs: it counts up in floating point until the
/// value is NaN, which never happens (it saturates at +inf).
const HANGING_KERNEL: &str = r#"
#id = affine_map<(d0) -> (d0)>
func.func @main(%o: tensor<16xf32>) -> tensor<16xf32> {
  %r = linalg.generic {indexing_maps = [#id], iterator_types = ["parallel"]} outs(%o : tensor<16xf32>) {
  ^bb0(%out: f32):
    %one = arith.constant 1.0e30 : f32
    %w = scf.while (%x = %out) : (f32) -> f32 {
      %c = arith.cmpf ord, %x, %x : f32
      scf.condition(%c) %x : f32
    } do {
    ^bb1(%y: f32):
      %n = arith.addf %y, %one : f32
      scf.yield %n : f32
    }
    linalg.yield %w : f32
  } -> tensor<16xf32>
  return %r : tensor<16xf32>
}"#;

fn worker_command() -> WorkerCommand {
    let mut c = WorkerCommand::new(env!("CARGO_BIN_EXE_mlirrl"));
    c.threads = 2;
    c
}

fn quick(timeout_ms: u64) -> MeasureConfig {
    MeasureConfig { runs: 1, warmup: 0, timeout_ms, ..MeasureConfig::default() }
}

fn measure_job(program: &str, schedule: &str, timeout_ms: u64) -> MeasureJob {
    MeasureJob {
        name: "job".into(),
        program: program.into(),
        candidate: Candidate::Schedule(schedule.parse().unwrap()),
        config: quick(timeout_ms),
    }
}

#[test]
fn a_crashing_kernel_costs_one_sample_and_the_worker_restarts() {
    let pool = WorkerPool::new(worker_command(), 1);
    let m = pool.measure(&measure_job(CRASHING_KERNEL, "", 60_000));
    match &m.candidate {
        Err(Failure::Crashed(why)) => {
            assert!(why.contains("SIGSEGV") || why.contains("SIGBUS"), "{why}")
        }
        other => panic!("expected a crash, got {other:?}"),
    }
    let ok = pool.measure(&measure_job(
        &mlirrl::ir::builders::matmul(32, 32, 32, "f32"),
        "operation_0:T(8,8,8)V()",
        60_000,
    ));
    assert!(ok.correct(), "{:?}", ok.candidate);
    assert_eq!(pool.starts(), 2, "one restart after the crash");
}

#[test]
fn a_hanging_kernel_times_out_and_the_worker_restarts() {
    let pool = WorkerPool::new(worker_command(), 1);
    let started = std::time::Instant::now();
    let m = pool.measure(&measure_job(HANGING_KERNEL, "", 3_000));
    assert_eq!(m.candidate, Err(Failure::Timeout(3_000)));
    assert!(
        started.elapsed() < std::time::Duration::from_secs(60),
        "the pool must not wait forever"
    );
    let ok = pool.measure(&measure_job(
        &mlirrl::ir::builders::fill(&[64, 64], "f32"),
        "operation_0:T(8,0)V()",
        60_000,
    ));
    assert!(ok.correct(), "{:?}", ok.candidate);
}

#[test]
fn a_batch_spreads_over_workers_and_a_crash_costs_only_its_sample() {
    let pool = WorkerPool::new(worker_command(), 2);
    let mm = mlirrl::ir::builders::matmul(64, 64, 64, "f32");
    let jobs = vec![
        measure_job(&mm, "operation_0:TP(32,32,0)T(8,8,1)V()", 60_000),
        measure_job(CRASHING_KERNEL, "", 60_000),
        measure_job(&mm, "operation_0:T(16,16,16)V()", 60_000),
        measure_job(&mm, "", 60_000),
        measure_job(&mlirrl::ir::builders::relu(&[32, 64], "f32"), "operation_0:T(4,0)V()", 60_000),
    ];
    let results = pool.measure_batch(&jobs);
    assert_eq!(results.len(), 5);
    for (i, m) in results.iter().enumerate() {
        if i == 1 {
            assert!(matches!(m.candidate, Err(Failure::Crashed(_))), "{:?}", m.candidate);
        } else {
            assert!(m.correct(), "job {i}: {:?}", m.candidate);
        }
    }
    assert_eq!(results[3].speedup(), Some(1.0), "the empty schedule is the baseline");
}

#[test]
fn env_pool_loses_only_the_episode_whose_worker_crashed() {
    let config = EnvConfig { measure: quick(60_000), ..EnvConfig::default() };
    let pool = EnvPool::new(worker_command(), 1, 3, config.clone());
    let mm =
        Benchmark { name: "mm".into(), source: mlirrl::ir::builders::matmul(64, 64, 64, "f32") };
    let crash = Benchmark { name: "crash".into(), source: CRASHING_KERNEL.into() };
    let resets = pool.reset(&[(0, mm.clone()), (1, crash), (2, mm)]);
    assert!(resets.iter().all(|r| r.is_ok()), "{resets:?}");
    let space = mlirrl::env::ActionSpace::new(config.actions.clone());
    let raw = |text: &str| space.encode(&text.parse().unwrap());
    // Slots 0 and 2: interchange then tiling; slot 1: a one-loop op.
    for step in raw("I(0,1,2)") {
        let r = pool.step(&[(0, step.clone()), (2, step)]);
        assert!(r.iter().all(|s| s.as_ref().is_ok_and(|s| !s.done)));
    }
    let r = pool.step(&[(1, raw("I(0)")[0].clone())]);
    assert!(!r[0].as_ref().unwrap().done);
    // Vectorising ends slot 1's episode: the final measurement crashes the worker.
    let r = pool.step(&[(1, raw("V()")[0].clone())]);
    let crashed = r[0].as_ref().unwrap();
    assert!(crashed.done);
    assert_eq!(crashed.reward, config.reward.run_failure);
    assert!(
        crashed.info.failure.as_deref().unwrap_or("").contains("SIGSEGV"),
        "{:?}",
        crashed.info
    );
    // Slots 0 and 2 lived in the same worker and carry on where they were.
    let t = raw("T(8,8,8)")[0].clone();
    let v = raw("V()")[0].clone();
    let r = pool.step(&[(0, t.clone()), (2, t)]);
    assert!(r.iter().all(|s| s.as_ref().is_ok_and(|s| !s.done)), "{r:?}");
    let r = pool.step(&[(0, v.clone()), (2, v)]);
    for s in r {
        let s = s.unwrap();
        assert!(s.done);
        assert!(s.info.measurement.as_ref().unwrap().correct(), "{:?}", s.info);
        assert_eq!(s.info.schedule.unwrap().canonical(), "operation_0:I(0,1,2)T(8,8,8)V()");
    }
    assert_eq!(pool.starts(), 2);
}

#[test]
fn measure_json_contract_and_export_applies_with_mlir_opt() {
    // A divisible matmul, and an odd one whose partial tiles are padded.
    let cases = [
        ("mm", (128, 128, 128), "operation_0:TP(32,32,32)T(8,16,1)V()", false),
        ("odd", (127, 257, 61), "operation_0:TP(64,64,0)T(8,32,1)V()", true),
    ];
    for (name, (m, n, k), sched, padded) in cases {
        let program = temp_file(
            &format!("measure_{name}.mlir"),
            &mlirrl::ir::builders::matmul(m, n, k, "f32"),
        );
        let schedule = temp_file(&format!("measure_{name}.sched"), sched);
        let dir = std::env::temp_dir().join(format!("mlirrl-export-{name}-{}", std::process::id()));
        let out = mlirrl(&[
            "measure",
            program.to_str().unwrap(),
            "--schedule",
            schedule.to_str().unwrap(),
            "--runs",
            "3",
            "--threads",
            "2",
            "--json",
            "--export",
            dir.to_str().unwrap(),
        ]);
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        let v: Value = serde_json::from_slice(&out.stdout).unwrap();
        for key in ["baseline_ns", "time_ns", "speedup", "gflops"] {
            assert!(v[key].as_f64().is_some_and(|x| x > 0.0), "{key}: {v}");
        }
        assert_eq!(v["correct"], true);
        assert_eq!(v["threads"], 2);
        assert_eq!(v["flops"], 2 * m * n * k);

        // The exported script applies to the tagged program with mlir-opt.
        let applied = Command::new(mlirrl::ir::llvm::tool("mlir-opt").expect("LLVM 22 found"))
            .arg(dir.join("program.tagged.mlir"))
            .arg(format!(
                "--transform-preload-library=transform-library-paths={}",
                dir.join("schedule.transform.mlir").display()
            ))
            .arg("--transform-interpreter")
            .output()
            .expect("mlir-opt runs");
        assert!(applied.status.success(), "{}", String::from_utf8_lossy(&applied.stderr));
        let text = String::from_utf8_lossy(&applied.stdout);
        assert!(text.contains("scf.forall") && text.contains("vector.fma"), "{text}");
        assert_eq!(text.contains("linalg.copy"), padded, "{name}: padding copies\n{text}");

        // The same script through --transform gives a correct result too.
        let out = mlirrl(&[
            "measure",
            program.to_str().unwrap(),
            "--transform",
            dir.join("schedule.transform.mlir").to_str().unwrap(),
            "--runs",
            "1",
            "--json",
        ]);
        let v: Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(v["correct"], true, "{name}: {v}");
    }
}

#[test]
fn measure_reports_bad_schedules_and_crashes_clearly() {
    let program = temp_file("measure_bad.mlir", &mlirrl::ir::builders::matmul(16, 16, 16, "f32"));
    let bad = temp_file("bad.sched", "operation_0:Q(1)");
    let out = mlirrl(&["measure", program.to_str().unwrap(), "--schedule", bad.to_str().unwrap()]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr.contains("bad.sched") && stderr.contains("unknown action"), "{stderr}");

    let illegal = temp_file("illegal.sched", "operation_0:T(8,8,8,8)");
    let out = mlirrl(&[
        "measure",
        program.to_str().unwrap(),
        "--schedule",
        illegal.to_str().unwrap(),
        "--json",
    ]);
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["correct"], false);
    assert!(v["failure"].as_str().unwrap().contains("transform failed"), "{v}");
    // Exit code 3: the candidate failed to transform (documented).
    assert_eq!(out.status.code(), Some(3), "{v}");

    let crash = temp_file("crash.mlir", CRASHING_KERNEL);
    let out = mlirrl(&["measure", crash.to_str().unwrap()]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    // Exit code 5: the measurement itself failed (documented).
    assert_eq!(out.status.code(), Some(5));
    assert!(stderr.contains("crash.mlir") && stderr.contains("crashed"), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
}

#[test]
fn empty_schedule_measures_the_baseline() {
    let s = Schedule::empty();
    assert!(s.is_noop());
}

// ---------------------------------------------------------------------------
// Datasets, training, optimisation and evaluation through the CLI.

fn run_ok(args: &[&str]) -> Output {
    let out = mlirrl(args);
    assert!(
        out.status.success(),
        "mlirrl {}: {}\n{}",
        args.join(" "),
        String::from_utf8_lossy(&out.stderr),
        String::from_utf8_lossy(&out.stdout)
    );
    out
}

const TINY_TRAIN: &str = r#"
[train]
iterations = 2
episodes_per_iteration = 2
checkpoint_every = 1

[ppo]
epochs = 1
minibatch = 8

[model]
width = 16
backbone_layers = 1
seed = 3
[model.encoder]
kind = "lstm"
embed = 16
hidden = 8
dropout = 0.0

[env.measure]
runs = 1
warmup = 0
"#;

#[test]
fn train_rejects_unknown_configuration_keys() {
    let config = temp_file("bad_train.toml", "[ppo]\nlearning_rat = 0.1\n");
    let out = mlirrl(&[
        "train",
        "--config",
        config.to_str().unwrap(),
        "--out",
        "/tmp/never-written",
        "--quiet",
    ]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr.contains("bad_train.toml") && stderr.contains("learning_rat"), "{stderr}");
}

#[test]
fn generate_train_resume_optimize_and_eval() {
    let base = std::env::temp_dir().join(format!("mlirrl-e2e-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&base);
    let suite = base.join("suite");
    run_ok(&[
        "generate",
        "--family",
        "matmul",
        "--count",
        "4",
        "--seed",
        "2",
        "--max-flops",
        "4000000",
        "--out",
        suite.to_str().unwrap(),
    ]);
    let manifest: Value =
        serde_json::from_str(&std::fs::read_to_string(suite.join("manifest.json")).unwrap())
            .unwrap();
    assert_eq!(manifest["benchmarks"].as_array().unwrap().len(), 4);

    let config_text = format!("{TINY_TRAIN}\n[train.suite_dir_marker]\n")
        .replace("[train.suite_dir_marker]\n", "");
    let config_text = config_text.replace(
        "checkpoint_every = 1",
        &format!("checkpoint_every = 1\nsuite = \"{}\"\nembedded = \"matmul\"", suite.display()),
    );
    let config = base.join("train.toml");
    std::fs::write(&config, config_text).unwrap();
    let run_dir = base.join("run");
    run_ok(&[
        "train",
        "--config",
        config.to_str().unwrap(),
        "--out",
        run_dir.to_str().unwrap(),
        "--quiet",
    ]);
    let lines = |p: &Path| std::fs::read_to_string(p).unwrap().lines().count();
    assert_eq!(lines(&run_dir.join("metrics.jsonl")), 2);
    // Resuming continues from the checkpoint.
    run_ok(&[
        "train",
        "--config",
        config.to_str().unwrap(),
        "--out",
        run_dir.to_str().unwrap(),
        "--iterations",
        "3",
        "--quiet",
    ]);
    assert_eq!(lines(&run_dir.join("metrics.jsonl")), 3);
    let ckpt = run_dir.join("checkpoint.safetensors");

    // Optimise a file with two ops, one of which has more loops than the policy handles.
    let program = r#"
#m8 = affine_map<(d0, d1, d2, d3, d4, d5, d6, d7) -> (d0, d1, d2, d3, d4, d5, d6, d7)>
func.func @main(%a: tensor<32x32xf32>, %b: tensor<32x32xf32>, %c: tensor<32x32xf32>, %x: tensor<2x2x2x2x2x2x2x2xf32>) -> (tensor<32x32xf32>, tensor<2x2x2x2x2x2x2x2xf32>) {
  %r = linalg.matmul ins(%a, %b : tensor<32x32xf32>, tensor<32x32xf32>) outs(%c : tensor<32x32xf32>) -> tensor<32x32xf32>
  %y = linalg.generic {indexing_maps = [#m8], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel", "parallel", "parallel", "parallel"]} outs(%x : tensor<2x2x2x2x2x2x2x2xf32>) {
  ^bb0(%o: f32):
    %t = arith.addf %o, %o : f32
    linalg.yield %t : f32
  } -> tensor<2x2x2x2x2x2x2x2xf32>
  return %r, %y : tensor<32x32xf32>, tensor<2x2x2x2x2x2x2x2xf32>
}"#;
    let file = base.join("two_ops.mlir");
    std::fs::write(&file, program).unwrap();
    let opt_dir = base.join("opt");
    let out = run_ok(&[
        "optimize",
        file.to_str().unwrap(),
        "--checkpoint",
        ckpt.to_str().unwrap(),
        "--search",
        "sample:2",
        "--out",
        opt_dir.to_str().unwrap(),
        "--json",
    ]);
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["correct"], true, "{v}");
    assert!(v["speedup"].as_f64().is_some());
    assert!(v["schedule"].is_string());
    let skipped = v["skipped_ops"].as_array().unwrap();
    assert_eq!(skipped.len(), 1, "{v}");
    assert_eq!(skipped[0]["name"], "linalg.generic");
    for f in ["schedule.json", "schedule.transform.mlir", "program.tagged.mlir", "optimized.mlir"] {
        assert!(opt_dir.join(f).exists(), "{f}");
    }
    let applied = Command::new(mlirrl::ir::llvm::tool("mlir-opt").expect("LLVM 22 found"))
        .arg(opt_dir.join("program.tagged.mlir"))
        .arg(format!(
            "--transform-preload-library=transform-library-paths={}",
            opt_dir.join("schedule.transform.mlir").display()
        ))
        .arg("--transform-interpreter")
        .output()
        .unwrap();
    assert!(applied.status.success(), "{}", String::from_utf8_lossy(&applied.stderr));

    // Evaluation with the policy.
    let report_dir = base.join("report");
    run_ok(&[
        "eval",
        "--suite",
        suite.to_str().unwrap(),
        "--checkpoint",
        ckpt.to_str().unwrap(),
        "--random",
        "2",
        "--runs",
        "1",
        "--out",
        report_dir.to_str().unwrap(),
    ]);
    let md = std::fs::read_to_string(report_dir.join("report.md")).unwrap();
    assert!(md.contains("policy (failures)") && md.contains("heuristic (failures)"), "{md}");
    assert!(report_dir.join("training_curve.png").exists());
    let csv = std::fs::read_to_string(report_dir.join("report.csv")).unwrap();
    assert_eq!(csv.lines().count(), 5);
    // ONNX Runtime is the per-op reference wherever it is installed.
    let ort_installed = Command::new("python3")
        .args(["-c", "import onnxruntime, onnx"])
        .output()
        .is_ok_and(|o| o.status.success());
    let json: Value =
        serde_json::from_str(&std::fs::read_to_string(report_dir.join("report.json")).unwrap())
            .unwrap();
    let timed = json["rows"].as_array().unwrap().iter().filter(|r| r["ort_ns"].is_u64()).count();
    if ort_installed {
        assert_eq!(timed, 4, "every matmul timed by ONNX Runtime");
        assert!(md.contains("fraction of ONNX Runtime"), "{md}");
    } else {
        assert_eq!(timed, 0);
    }
    let _ = std::fs::remove_dir_all(&base);
}

/// The general agent's pipeline on a tiny mixed set: generate (op families
/// plus two ONNX networks, one left out), train with validation, resume, and
/// serve the shipped policy without `--checkpoint`.
#[test]
fn a_tiny_general_set_trains_validates_resumes_and_the_shipped_policy_serves() {
    let base = std::env::temp_dir().join(format!("mlirrl-general-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&base);
    let suite = base.join("suite");
    run_ok(&[
        "generate",
        "--family",
        "general",
        "--count",
        "3",
        "--seed",
        "1",
        "--max-flops",
        "3000000",
        "--networks",
        "mlp,small_cnn",
        "--left-out",
        "mlp",
        "--out",
        suite.to_str().unwrap(),
    ]);
    let manifest: Value =
        serde_json::from_str(&std::fs::read_to_string(suite.join("manifest.json")).unwrap())
            .unwrap();
    let entries = manifest["benchmarks"].as_array().unwrap();
    let family_split = |e: &Value| {
        (e["family"].as_str().unwrap().to_string(), e["split"].as_str().unwrap().to_string())
    };
    let pairs: Vec<(String, String)> = entries.iter().map(family_split).collect();
    assert!(pairs.iter().any(|(f, _)| f == "onnx_mlp"), "{pairs:?}");
    assert!(pairs.iter().filter(|(f, _)| f == "onnx_mlp").all(|(_, s)| s == "test"), "{pairs:?}");
    for family in ["matmul", "conv2d_nchw", "depthwise", "onnx_small_cnn"] {
        assert!(pairs.iter().any(|(f, s)| f == family && s == "train"), "{family}: {pairs:?}");
    }
    assert!(pairs.iter().any(|(_, s)| s == "validation"));
    // A network that is neither a suite nor a built-in ONNX model is refused.
    let out =
        mlirrl(&["generate", "--family", "general", "--networks", "lenet", "--out", "/tmp/x"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success() && stderr.contains("unknown network `lenet`"), "{stderr}");

    let config_text = TINY_TRAIN.replace(
        "checkpoint_every = 1",
        &format!(
            "checkpoint_every = 1\nsuite = \"{}\"\nvalidate_every = 1\nvalidation_limit = 2\n\
             imitation_epochs = 2",
            suite.display()
        ),
    );
    let config = base.join("train.toml");
    std::fs::write(&config, config_text).unwrap();
    let run_dir = base.join("run");
    let train = |iterations: &str| {
        run_ok(&[
            "train",
            "--config",
            config.to_str().unwrap(),
            "--out",
            run_dir.to_str().unwrap(),
            "--iterations",
            iterations,
            "--quiet",
        ])
    };
    train("2");
    // The run started by cloning the heuristic on the programs it can replay.
    let imitation: Value =
        serde_json::from_str(&std::fs::read_to_string(run_dir.join("imitation.json")).unwrap())
            .unwrap();
    assert!(imitation["programs"].as_u64().unwrap() > 0, "{imitation}");
    assert!(imitation["stats"]["samples"].as_u64().unwrap() > 0, "{imitation}");
    let metrics = |dir: &Path| -> Vec<Value> {
        std::fs::read_to_string(dir.join("metrics.jsonl"))
            .unwrap()
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect()
    };
    let lines = metrics(&run_dir);
    assert_eq!(lines.len(), 2);
    for l in &lines {
        assert!(l["validation_geomean"].as_f64().is_some_and(|g| g > 0.0), "{l}");
        assert!(l["entropy"].is_f64() && l["approx_kl"].is_f64() && l["entropy_coef"].is_f64());
    }
    let best = run_dir.join("best.safetensors");
    assert!(best.exists());
    train("3");
    assert_eq!(metrics(&run_dir).len(), 3);
    // The best file holds the best score of the cloned policy and of every
    // validation since.
    let best_meta = mlirrl::ppo::checkpoint::read_metadata(&best).unwrap();
    let best_score: f64 = best_meta["extra.best_validation"].parse().unwrap();
    let mut scores: Vec<f64> =
        metrics(&run_dir).iter().map(|l| l["validation_geomean"].as_f64().unwrap()).collect();
    scores.push(imitation["validation_geomean"].as_f64().unwrap());
    let top = scores.iter().copied().fold(f64::MIN, f64::max);
    assert!((best_score - top).abs() <= 1e-12 * top, "{best_score} vs {scores:?}");

    // The shipped policy: optimize and eval without --checkpoint.
    let file = base.join("mm.mlir");
    std::fs::write(&file, mlirrl::ir::builders::matmul(48, 40, 32, "f32")).unwrap();
    let out = run_ok(&[
        "optimize",
        file.to_str().unwrap(),
        "--out",
        base.join("opt").to_str().unwrap(),
        "--json",
    ]);
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["correct"], true, "{v}");
    assert_eq!(v["measurements"], 1, "greedy: one schedule measured");
    let greedy = v["trials"][0]["schedule"].as_str().unwrap().to_string();
    // Policy-guided search: at most N schedules, best-so-far never falls.
    let out = run_ok(&[
        "optimize",
        file.to_str().unwrap(),
        "--budget",
        "3",
        "--out",
        base.join("opt3").to_str().unwrap(),
        "--json",
    ]);
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["correct"], true, "{v}");
    assert_eq!(v["search"], "budget:3");
    let n = v["measurements"].as_u64().unwrap();
    let curve: Vec<f64> =
        v["best_so_far"].as_array().unwrap().iter().map(|x| x.as_f64().unwrap()).collect();
    assert!((1..=3).contains(&n) && curve.len() as u64 == n, "{v}");
    // The chosen schedule is the fastest measured trial, or the
    // untransformed program when no trial beat it.
    let trials = v["trials"].as_array().unwrap();
    assert_eq!(trials.len() as u64, n);
    // The untransformed program is measured first, the policy's greedy
    // schedule next (a small budget still measures the policy).
    assert_eq!(trials[0]["schedule"], "", "{v}");
    if !greedy.is_empty() {
        assert_eq!(trials[1]["schedule"], greedy.as_str(), "{v}");
    }
    let fastest = trials
        .iter()
        .filter_map(|t| t["speedup"].as_f64().map(|s| (s, t["schedule"].as_str().unwrap())))
        .max_by(|a, b| a.0.total_cmp(&b.0));
    let chosen = v["schedule"].as_str().unwrap();
    assert!(chosen.is_empty() || fastest.is_some_and(|(_, s)| s == chosen), "{v}");
    assert_eq!(*curve.last().unwrap(), fastest.map_or(1.0, |(s, _)| s.max(1.0)), "{v}");
    let report_dir = base.join("report");
    run_ok(&[
        "eval",
        "--suite",
        suite.to_str().unwrap(),
        "--split",
        "test",
        "--random",
        "1",
        "--runs",
        "1",
        "--no-ort",
        "--out",
        report_dir.to_str().unwrap(),
    ]);
    let json: Value =
        serde_json::from_str(&std::fs::read_to_string(report_dir.join("report.json")).unwrap())
            .unwrap();
    let rows = json["rows"].as_array().unwrap();
    assert!(!rows.is_empty());
    assert!(rows.iter().all(|r| r["split"] == "test"));
    assert!(rows.iter().any(|r| r["policy"].is_object()), "the shipped policy was evaluated");
    let _ = std::fs::remove_dir_all(&base);
}

// ---------------------------------------------------------------------------
// Measurement workers behind NATS JetStream (a real nats-server on loopback).

struct Broker {
    child: std::process::Child,
    port: u16,
    store: PathBuf,
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

impl Broker {
    fn start(port: u16, store: PathBuf) -> Self {
        Self::start_with(port, store, &[])
    }

    fn start_with(port: u16, store: PathBuf, extra: &[&str]) -> Self {
        let child = Command::new("nats-server")
            .args(["-a", "127.0.0.1", "-p", &port.to_string(), "-js", "-sd"])
            .arg(&store)
            .args(extra)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .expect("nats-server is installed by scripts/install-deps.sh");
        let started = std::time::Instant::now();
        while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(
                started.elapsed() < std::time::Duration::from_secs(20),
                "nats-server did not start"
            );
            std::thread::sleep(std::time::Duration::from_millis(50));
        }
        Broker { child, port, store }
    }

    fn url(&self) -> String {
        format!("nats://127.0.0.1:{}", self.port)
    }

    fn restart(mut self) -> Self {
        let _ = self.child.kill();
        let _ = self.child.wait();
        std::thread::sleep(std::time::Duration::from_millis(300));
        Broker::start(self.port, self.store.clone())
    }
}

impl Drop for Broker {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

struct NatsWorker(std::process::Child);

impl NatsWorker {
    /// A worker with extra arguments and environment, its stderr captured.
    fn spawn_env(url: &str, extra: &[&str], env: &[(&str, &str)]) -> Self {
        NatsWorker(
            Command::new(env!("CARGO_BIN_EXE_mlirrl"))
                .args(["worker", "--nats", url, "--threads", "1"])
                .args(extra)
                .envs(env.iter().copied())
                .stdout(std::process::Stdio::null())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .unwrap(),
        )
    }

    /// Waits for the worker to exit on its own; its exit code and stderr.
    fn exit_within(mut self, seconds: u64) -> (Option<i32>, String) {
        let started = std::time::Instant::now();
        loop {
            if let Some(status) = self.0.try_wait().unwrap() {
                let mut err = String::new();
                use std::io::Read;
                let _ = self.0.stderr.take().unwrap().read_to_string(&mut err);
                return (status.code(), err);
            }
            assert!(started.elapsed().as_secs() < seconds, "the worker did not exit");
            std::thread::sleep(std::time::Duration::from_millis(50));
        }
    }

    fn start(url: &str, ack_wait: u64) -> Self {
        Self::spawn(url, &["--ack-wait", &ack_wait.to_string()])
    }

    fn spawn(url: &str, extra: &[&str]) -> Self {
        NatsWorker(
            Command::new(env!("CARGO_BIN_EXE_mlirrl"))
                .args(["worker", "--nats", url, "--threads", "1"])
                .args(extra)
                .stdout(std::process::Stdio::null())
                .stderr(std::process::Stdio::null())
                .spawn()
                .unwrap(),
        )
    }

    /// Waits until a worker holds a job, then kills this one (SIGKILL: no
    /// ack, no result).
    fn kill_once_busy(mut self, url: &str) {
        let started = std::time::Instant::now();
        while mlirrl::nats::queue_status(url).unwrap().in_progress == 0 {
            assert!(started.elapsed() < std::time::Duration::from_secs(60), "no worker took a job");
            std::thread::sleep(std::time::Duration::from_millis(20));
        }
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

impl Drop for NatsWorker {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn nats_store(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("mlirrl-nats-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    d
}

fn nats_jobs(n: usize, runs: usize) -> Vec<MeasureJob> {
    (0..n)
        .map(|i| MeasureJob {
            name: format!("job{i}"),
            program: mlirrl::ir::builders::matmul(64 + 32 * i as u64, 64, 64, "f32"),
            candidate: Candidate::Schedule(if i % 2 == 0 {
                Schedule::empty()
            } else {
                "operation_0:T(16,16,16)V()".parse().unwrap()
            }),
            config: MeasureConfig {
                runs,
                warmup: 0,
                threads: 1,
                timeout_ms: 60_000,
                ..MeasureConfig::default()
            },
        })
        .collect()
}

fn nats_measurer(url: &str) -> mlirrl::nats::NatsMeasurer {
    let mut config = mlirrl::nats::NatsConfig::new(url);
    config.batch_slack = std::time::Duration::from_secs(60);
    mlirrl::nats::NatsMeasurer::connect(config).unwrap()
}

#[test]
fn nats_two_workers_measure_a_batch_exactly_once() {
    let broker = Broker::start(free_port(), nats_store("two"));
    let _a = NatsWorker::start(&broker.url(), 30);
    let _b = NatsWorker::start(&broker.url(), 30);
    let measurer = nats_measurer(&broker.url());
    let jobs = nats_jobs(6, 1);
    let results = measurer.measure_batch(&jobs);
    assert_eq!(results.len(), 6);
    for (j, m) in jobs.iter().zip(&results) {
        assert!(m.correct(), "{}: {:?}", j.name, m.candidate);
    }
    assert!(measurer.fingerprint().is_some());
    assert_eq!(measurer.fingerprint_mismatches(), 0);
}

#[test]
fn nats_a_killed_worker_loses_no_job() {
    let broker = Broker::start(free_port(), nats_store("kill"));
    let url = broker.url();
    let victim = NatsWorker::start(&url, 8);
    // Slow jobs (about 5 s each: timing runs fill a 2.5 s budget twice): the
    // victim is inside the first when it dies.
    let jobs: Vec<MeasureJob> = nats_jobs(3, 1000)
        .into_iter()
        .map(|mut j| {
            j.program = mlirrl::ir::builders::matmul(256, 256, 256, "f32");
            j.config.budget_ms = 2500;
            j
        })
        .collect();
    let learner = {
        let url = url.clone();
        let jobs = jobs.clone();
        std::thread::spawn(move || nats_measurer(&url).measure_batch(&jobs))
    };
    victim.kill_once_busy(&url);
    let _survivor = NatsWorker::start(&url, 30);
    let results = learner.join().unwrap();
    assert_eq!(results.len(), 3);
    for (j, m) in jobs.iter().zip(&results) {
        assert!(m.correct(), "{}: {:?}", j.name, m.candidate);
    }
}

#[test]
fn nats_a_broker_restart_mid_batch_loses_nothing() {
    let broker = Broker::start(free_port(), nats_store("restart"));
    let url = broker.url();
    let jobs = nats_jobs(4, 1);
    let learner = {
        let url = url.clone();
        let jobs = jobs.clone();
        std::thread::spawn(move || nats_measurer(&url).measure_batch(&jobs))
    };
    // The jobs are queued with no worker running; the broker restarts.
    std::thread::sleep(std::time::Duration::from_millis(1500));
    let broker = broker.restart();
    let _worker = NatsWorker::start(&broker.url(), 30);
    let results = learner.join().unwrap();
    for (j, m) in jobs.iter().zip(&results) {
        assert!(m.correct(), "{}: {:?}", j.name, m.candidate);
    }
}

#[test]
fn nats_a_job_that_keeps_killing_workers_is_reported_failed() {
    let broker = Broker::start(free_port(), nats_store("poison"));
    let url = broker.url();
    let start = |url: &str| NatsWorker::spawn(url, &["--ack-wait", "2", "--max-deliver", "2"]);
    let victim = start(&url);
    let mut job = nats_jobs(1, 1000).remove(0);
    job.program = mlirrl::ir::builders::matmul(256, 256, 256, "f32");
    job.config.budget_ms = 5000;
    let learner = {
        let (url, job) = (url.clone(), job.clone());
        std::thread::spawn(move || nats_measurer(&url).measure(&job))
    };
    victim.kill_once_busy(&url);
    // The second delivery is the last: the survivor reports it instead of dying too.
    let _survivor = start(&url);
    let m = learner.join().unwrap();
    match &m.candidate {
        Err(Failure::Crashed(why)) => assert!(why.contains("delivered 2 times"), "{why}"),
        other => panic!("expected a reported failure, got {other:?}"),
    }
}

#[test]
fn train_measures_through_nats_workers() {
    // A broker that requires a password; the learner gets it in the URL.
    let broker = Broker::start_with(
        free_port(),
        nats_store("train"),
        &["--user", "mlirrl", "--pass", "s3cret-pw"],
    );
    let env = [("MLIRRL_NATS_USER", "mlirrl"), ("MLIRRL_NATS_PASSWORD", "s3cret-pw")];
    let _worker = NatsWorker::spawn_env(&broker.url(), &["--ack-wait", "30"], &env);
    let url_with_password = format!("nats://mlirrl:s3cret-pw@127.0.0.1:{}", broker.port);
    let base = std::env::temp_dir().join(format!("mlirrl-nats-train-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&base);
    let suite = base.join("suite");
    run_ok(&[
        "generate",
        "--family",
        "matmul",
        "--count",
        "3",
        "--seed",
        "5",
        "--max-flops",
        "4000000",
        "--out",
        suite.to_str().unwrap(),
    ]);
    let config = base.join("train.toml");
    let text = TINY_TRAIN.replace("iterations = 2", "iterations = 1").replace(
        "checkpoint_every = 1",
        &format!("checkpoint_every = 1\nsuite = \"{}\"\ncache = false", suite.display()),
    );
    std::fs::write(&config, text).unwrap();
    let run_dir = base.join("run");
    run_ok(&[
        "train",
        "--config",
        config.to_str().unwrap(),
        "--out",
        run_dir.to_str().unwrap(),
        "--quiet",
        "--measure",
        &url_with_password,
    ]);
    // The password reached the workers, but not the stored configuration.
    let stored = std::fs::read_to_string(run_dir.join("config.toml")).unwrap();
    assert!(!stored.contains("s3cret-pw"), "{stored}");
    assert!(stored.contains(&format!("nats://127.0.0.1:{}", broker.port)), "{stored}");
    let metrics = std::fs::read_to_string(run_dir.join("metrics.jsonl")).unwrap();
    let v: Value = serde_json::from_str(metrics.lines().next().unwrap()).unwrap();
    assert_eq!(v["episodes"], 2);
    assert!(v["measurements"].as_u64().unwrap() >= 2, "{v}");
    assert!(
        v["geomean_speedup"].as_f64().is_some(),
        "the episodes were measured by the NATS worker: {v}"
    );
    let _ = std::fs::remove_dir_all(&base);
}

fn onnx_file(name: &str, model: &mlirrl::onnx::onnx::ModelProto) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("mlirrl-cli-onnx-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, mlirrl::onnx::encode_model(model)).unwrap();
    path
}

#[test]
fn import_writes_the_module_weights_and_two_suites() {
    use mlirrl::onnx::builder::models;
    let model = onnx_file("mobilenet_block.onnx", &models::mobilenet_block(-1));
    let out = std::env::temp_dir().join(format!("mlirrl-cli-import-{}", std::process::id()));
    let o = run_ok(&[
        "import",
        model.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
        "--batch",
        "2",
        "--layout",
        "nchw",
        "--json",
    ]);
    let v: Value = serde_json::from_slice(&o.stdout).expect("one JSON object");
    assert_eq!(v["inputs"][0]["shape"], serde_json::json!([2, 32, 28, 28]));
    assert_eq!(v["skipped"], serde_json::json!([]));
    let params = v["parameters"].as_u64().unwrap();
    let weights = std::fs::metadata(out.join("weights.bin")).unwrap().len();
    assert_eq!(weights, 4 * params);
    let module = std::fs::read_to_string(out.join("model.mlir")).unwrap();
    assert!(module.contains("linalg.depthwise_conv_2d_nchw_chw"), "{module}");
    let program = mlirrl::ir::parse_str(&module, "model").expect("the whole module parses");
    assert_eq!(program.ops.len(), v["linalg_ops"].as_array().unwrap().len());
    for dir in ["ops", "blocks"] {
        let (manifest, items) = mlirrl::bench::load_suite(&out.join(dir)).unwrap();
        assert!(manifest.is_some(), "{dir} has a manifest");
        assert!(!items.is_empty());
        for item in items {
            let source = item.source.unwrap();
            mlirrl::ir::parse_str(&source, &item.entry.name).expect("each file parses");
        }
    }
    // Channels last, the default: the same network with NHWC convolutions,
    // NCHW at the edges, and suites that parse.
    let nhwc = out.join("nhwc");
    run_ok(&["import", model.to_str().unwrap(), "--out", nhwc.to_str().unwrap()]);
    let module = std::fs::read_to_string(nhwc.join("model.mlir")).unwrap();
    assert!(module.contains("linalg.depthwise_conv_2d_nhwc_hwc"), "{module}");
    assert!(!module.contains("nchw"), "{module}");
    assert!(module.starts_with("func.func @main(%in0: tensor<1x32x28x28xf32>"), "{module}");
    mlirrl::ir::parse_str(&module, "model").expect("the whole module parses");
    let (_, items) = mlirrl::bench::load_suite(&nhwc.join("blocks")).unwrap();
    for item in items {
        mlirrl::ir::parse_str(&item.source.unwrap(), &item.entry.name).expect("each block parses");
    }
    let o = mlirrl(&[
        "import",
        model.to_str().unwrap(),
        "--out",
        nhwc.to_str().unwrap(),
        "--layout",
        "nchw16c",
    ]);
    assert!(!o.status.success());
    assert!(String::from_utf8_lossy(&o.stderr).contains("unknown layout `nchw16c`"));
    let _ = std::fs::remove_dir_all(&out);
}

#[test]
fn import_names_unsupported_nodes_and_rejects_bad_files() {
    use mlirrl::onnx::builder::GraphBuilder;
    let mut g = GraphBuilder::new("partial", 1);
    let x = g.input("x", &[1, 16]);
    let h = g.linear(&x, 16, 16);
    let e = g.node("TopK", &[&h], vec![]);
    g.output(&e, &[1, 16]);
    let model = onnx_file("partial.onnx", &g.finish());
    let out = std::env::temp_dir().join(format!("mlirrl-cli-partial-{}", std::process::id()));
    let o = run_ok(&["import", model.to_str().unwrap(), "--out", out.to_str().unwrap()]);
    let text = String::from_utf8_lossy(&o.stdout);
    assert!(text.contains("skipped    1 node of 1 op type could not be converted"), "{text}");
    assert!(text.contains(&format!("TopK x1 (`{e}`)")), "{text}");
    assert!(text.contains(&format!("outputs lost: `{e}`")), "{text}");
    // eval-model needs the whole network.
    let o = mlirrl(&[
        "eval-model",
        model.to_str().unwrap(),
        "--checkpoint",
        repo("checkpoints/train_matmul.safetensors").to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
    ]);
    assert!(!o.status.success());
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains(&e) && err.contains("could not be converted"), "{err}");
    // Missing and corrupt files.
    let o = mlirrl(&["import", "/nonexistent/model.onnx", "--out", out.to_str().unwrap()]);
    assert!(!o.status.success());
    assert!(String::from_utf8_lossy(&o.stderr).contains("/nonexistent/model.onnx: cannot read"));
    let bad = temp_file("bad.onnx", "this is not protobuf \u{1}\u{2}");
    let o = mlirrl(&["import", bad.to_str().unwrap(), "--out", out.to_str().unwrap()]);
    assert!(!o.status.success());
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("bad.onnx") && err.contains("not an ONNX model"), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
    let _ = std::fs::remove_dir_all(&out);
}

#[test]
fn eval_model_runs_a_network_end_to_end_and_reports() {
    use mlirrl::onnx::builder::models;
    let model = onnx_file("residual_block.onnx", &models::residual_block(1));
    let out = std::env::temp_dir().join(format!("mlirrl-cli-evalmodel-{}", std::process::id()));
    let checkpoint = repo("checkpoints/train_matmul.safetensors");
    run_ok(&[
        "eval-model",
        model.to_str().unwrap(),
        "--checkpoint",
        checkpoint.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
        "--runs",
        "2",
    ]);
    let v: Value =
        serde_json::from_str(&std::fs::read_to_string(out.join("report.json")).unwrap()).unwrap();
    let e2e = &v["end_to_end"];
    assert_eq!(e2e["outputs_match"], true);
    assert!(e2e["untransformed_ms"].as_f64().unwrap() > 0.0);
    assert!(e2e["optimized_ms"].as_f64().unwrap() > 0.0);
    let layers = v["layers"].as_array().unwrap();
    assert!(layers.len() >= 2);
    // Every block was measured and says which candidate won (timings are
    // not asserted: tests run beside each other on a shared machine).
    for l in layers {
        assert!(l["baseline_ms"].as_f64().is_some_and(|t| t > 0.0), "{l}");
        assert!(l["speedup"].as_f64().is_some_and(|s| s.is_finite() && s > 0.0), "{l}");
        let chosen = l["chosen"].as_str().unwrap();
        assert!(["policy", "untransformed"].contains(&chosen), "{l}");
    }
    assert!(out.join("per_layer_speedup.png").exists());
    assert!(out.join("optimized.mlir").exists());
    let md = std::fs::read_to_string(out.join("report.md")).unwrap();
    assert!(md.contains("| untransformed MLIR |") && md.contains("| mlirrl (policy) |"), "{md}");
    let ort_installed = Command::new("python3")
        .args(["-c", "import onnxruntime"])
        .output()
        .is_ok_and(|o| o.status.success());
    if ort_installed {
        // ONNX Runtime computed the same function on the same input.
        let err = v["onnxruntime"]["max_abs_error_vs_mlir"].as_f64().expect("ORT output compared");
        assert!(err < 1e-3, "ONNX Runtime differs from mlirrl's untransformed module by {err}");
        // Timed in three processes; the reference is the fastest median.
        let medians: Vec<f64> = v["onnxruntime"]["process_medians_ms"]
            .as_array()
            .unwrap()
            .iter()
            .map(|m| m.as_f64().unwrap())
            .collect();
        assert_eq!(medians.len(), mlirrl::eval_model::ORT_PROCESSES);
        let fastest = medians.iter().copied().fold(f64::INFINITY, f64::min);
        assert!(fastest > 0.0);
        assert_eq!(v["onnxruntime"]["median_ms"].as_f64().unwrap(), fastest);
    } else {
        assert!(v["onnxruntime"].is_null());
        assert!(md.contains("not run"), "{md}");
    }

    // The schedule it wrote, run again without the per-block search: the
    // same optimised module, checked against the untransformed one.
    let again = out.join("again");
    let schedule = out.join("schedule.json");
    let args = [
        "eval-model",
        model.to_str().unwrap(),
        "--schedule",
        schedule.to_str().unwrap(),
        "--out",
        again.to_str().unwrap(),
        "--runs",
        "2",
        "--no-ort",
    ];
    run_ok(&args);
    let v: Value =
        serde_json::from_str(&std::fs::read_to_string(again.join("report.json")).unwrap()).unwrap();
    assert_eq!(v["end_to_end"]["outputs_match"], true);
    assert!(v["layers"].as_array().unwrap().is_empty());
    assert_eq!(
        std::fs::read_to_string(again.join("optimized.mlir")).unwrap(),
        std::fs::read_to_string(out.join("optimized.mlir")).unwrap()
    );
    let md = std::fs::read_to_string(again.join("report.md")).unwrap();
    assert!(md.contains("given with `--schedule`") && !md.contains("## Per fusion block"), "{md}");
    assert!(
        md.contains("| mlirrl (given schedule) |") && !again.join("per_layer_speedup.png").exists()
    );
    assert_eq!(v["search"], Value::Null);
    assert!(v["schedule"].as_str().is_some_and(|s| s.contains("operation_")), "{}", v["schedule"]);
    // A schedule naming an op the network does not have is refused.
    std::fs::write(&schedule, "operation_999:T(4,4)").unwrap();
    let refused = mlirrl(&args);
    let stderr = String::from_utf8_lossy(&refused.stderr);
    assert_eq!(refused.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("error: the given schedule does not apply to residual_block"),
        "{stderr}"
    );
    assert!(!stderr.contains("panicked"), "{stderr}");
    let _ = std::fs::remove_dir_all(&out);
}

/// One clean refusal: exit code 1, one `error:` line naming the file and the
/// reason, no panic, no signal.
fn assert_refused(args: &[&str], file: &str, reason: &str) {
    let out = mlirrl(args);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{args:?}: {stderr}");
    assert!(stderr.starts_with("error: "), "{args:?}: {stderr}");
    assert!(stderr.contains(file) && stderr.contains(reason), "{args:?}: {stderr}");
    assert!(!stderr.contains("panicked") && !stderr.contains("internal error"), "{stderr}");
}

#[test]
fn hostile_programs_are_refused_before_anything_runs() {
    let marker = Path::new("/tmp/mlirrl-pwned");
    let _ = std::fs::remove_file(marker);
    let cases = [
        ("llvm_system.mlir", "op `llvm.func` is not allowed"),
        ("func_private_system.mlir", "external function declaration `@system`"),
        ("call_in_generic.mlir", "external function declaration `@putchar`"),
        ("recursive.mlir", "recursive call involving `@grow`"),
        ("vector_print.mlir", "op `vector.print` is not allowed"),
        ("zero_dim.mlir", "a dimension of size 0"),
        ("huge_shape.mlir", "overflows 64 bits"),
        ("foreign_tag.mlir", "tags address linalg ops only"),
        ("duplicate_tags.mlir", "is on more than one op"),
        ("script_injection_tag.mlir", "tags may hold only letters, digits and `_`"),
        ("linkage_attribute.mlir", "attribute `llvm.linkage`"),
        ("pointer_cast.mlir", "op `memref.reinterpret_cast`"),
    ];
    let out_dir = std::env::temp_dir().join(format!("mlirrl-hostile-{}", std::process::id()));
    let ckpt = repo("checkpoints/train_matmul.safetensors");
    for (file, reason) in cases {
        let path = repo("tests/hostile").join(file);
        let p = path.to_str().unwrap();
        assert_refused(&["inspect", p], file, reason);
        assert_refused(&["measure", p, "--json"], file, reason);
        let export = out_dir.join("export");
        assert_refused(&["measure", p, "--export", export.to_str().unwrap()], file, reason);
        let opt = out_dir.join(file);
        let args = ["optimize", p, "--checkpoint", ckpt.to_str().unwrap(), "--out"];
        assert_refused(&[&args[..], &[opt.to_str().unwrap()]].concat(), file, reason);
    }
    assert!(!marker.exists(), "a hostile program ran native code");

    // Brackets nested far deeper than any program: refused before the parser
    // can overflow its stack.
    let mut deep = String::from("module {\n");
    deep.push_str(&"(".repeat(200_000));
    let path = temp_file("deep.mlir", &deep);
    assert_refused(&["inspect", path.to_str().unwrap()], "deep.mlir", "nested more than 200");
    assert_refused(&["measure", path.to_str().unwrap()], "deep.mlir", "nested more than 200");
    // Unary minus is parsed recursively too.
    let minus = format!(
        "#m = affine_map<(d0) -> ({}d0)>\n{}",
        "-".repeat(1_000_000),
        mlirrl::ir::builders::matmul(8, 8, 8, "f32")
    );
    let path = temp_file("minus.mlir", &minus);
    assert_refused(&["inspect", path.to_str().unwrap()], "minus.mlir", "minus signs in a row");

    // Transform scripts are untrusted too: no arbitrary passes (this one
    // writes a file), no linkage annotations.
    let program = temp_file("script_mm.mlir", &mlirrl::ir::builders::matmul(16, 16, 16, "f32"));
    for (script, reason) in [
        ("registered_pass_transform.mlir", "`transform.apply_registered_pass` is not allowed"),
        ("linkage_annotation_transform.mlir", "may only set `tag`, not `llvm.linkage`"),
    ] {
        let script = repo("tests/hostile").join(script);
        let out = mlirrl(&[
            "measure",
            program.to_str().unwrap(),
            "--transform",
            script.to_str().unwrap(),
            "--json",
        ]);
        let v: Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(out.status.code(), Some(3), "{v}");
        assert!(v["failure"].as_str().unwrap().contains(reason), "{v}");
    }
    assert!(!marker.exists(), "a hostile script wrote a file");
    let _ = std::fs::remove_dir_all(&out_dir);
}

#[test]
fn races_are_refused_by_masks_and_output_checks() {
    // A reduction labelled "parallel" is a reduction: a parallel tiling of
    // both loops parallelises only the rows and the result is right.
    let path = repo("tests/hostile/mislabelled_parallel.mlir");
    let v = inspect_json(&path);
    let iterators: Vec<&str> = v["ops"][0]["loops"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["iterator"].as_str().unwrap())
        .collect();
    assert_eq!(iterators, ["parallel", "reduction"], "{v}");
    let sched = temp_file("rowsum.sched", "operation_0:TP(8,64)");
    let out = mlirrl(&[
        "measure",
        path.to_str().unwrap(),
        "--schedule",
        sched.to_str().unwrap(),
        "--json",
    ]);
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!((out.status.code(), v["correct"].as_bool()), (Some(0), Some(true)), "{v}");

    // A hand-written script that parallelises a matmul's reduction races;
    // whenever the race shows in either input set the candidate is refused
    // as wrong (exit 4). Never a crash, never a hang.
    let program = temp_file("race_mm.mlir", &mlirrl::ir::builders::matmul(256, 256, 256, "f32"));
    let script = repo("tests/hostile/racy_transform.mlir");
    let out = mlirrl(&[
        "measure",
        program.to_str().unwrap(),
        "--transform",
        script.to_str().unwrap(),
        "--json",
    ]);
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    match out.status.code() {
        Some(0) => assert_eq!(v["correct"], true, "{v}"),
        Some(4) => assert!(v["failure"].as_str().unwrap().contains("wrong result"), "{v}"),
        other => panic!("exit {other:?}: {v}"),
    }
}

#[test]
fn native_output_cannot_corrupt_the_worker_protocol() {
    // `transform.print` writes the whole payload to the worker's stdout; the
    // protocol runs on a private descriptor, so the measurement is intact.
    let program = temp_file("print_mm.mlir", &mlirrl::ir::builders::matmul(64, 64, 64, "f32"));
    let script = repo("tests/hostile/print_transform.mlir");
    let out = mlirrl(&[
        "measure",
        program.to_str().unwrap(),
        "--transform",
        script.to_str().unwrap(),
        "--json",
    ]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    let v: Value = serde_json::from_slice(&out.stdout).expect("stdout is only the JSON object");
    assert_eq!(v["correct"], true, "{v}");
}

/// The pids of the processes whose parent is `pid`.
fn children_of(pid: u32) -> Vec<u32> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir("/proc").unwrap().flatten() {
        let Ok(child) = entry.file_name().to_string_lossy().parse::<u32>() else { continue };
        let Ok(stat) = std::fs::read_to_string(entry.path().join("stat")) else { continue };
        // Fields after the command name (which is in parentheses).
        let rest = stat.rsplit_once(')').map(|(_, r)| r).unwrap_or("");
        if rest.split_whitespace().nth(1).and_then(|p| p.parse::<u32>().ok()) == Some(pid) {
            out.push(child);
        }
    }
    out
}

#[test]
fn a_killed_parent_leaves_no_worker_behind() {
    // A slow untransformed matmul keeps the measuring worker busy.
    let program = temp_file("slow_mm.mlir", &mlirrl::ir::builders::matmul(1024, 1024, 1024, "f32"));
    let mut parent = Command::new(env!("CARGO_BIN_EXE_mlirrl"))
        .args(["measure", program.to_str().unwrap(), "--runs", "50"])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let started = std::time::Instant::now();
    let worker = loop {
        if let Some(&w) = children_of(parent.id()).first() {
            break w;
        }
        assert!(started.elapsed().as_secs() < 60, "no worker started");
        std::thread::sleep(std::time::Duration::from_millis(20));
    };
    std::thread::sleep(std::time::Duration::from_millis(300));
    // The worker runs under a seccomp filter (no execve).
    let status = std::fs::read_to_string(format!("/proc/{worker}/status")).unwrap_or_default();
    assert!(
        status.lines().any(|l| l.starts_with("Seccomp:") && l.trim_end().ends_with('2')),
        "{status}"
    );
    parent.kill().unwrap();
    parent.wait().unwrap();
    let killed = std::time::Instant::now();
    while Path::new(&format!("/proc/{worker}")).exists()
        && std::fs::read_to_string(format!("/proc/{worker}/stat"))
            .map(|s| !s.rsplit_once(')').is_some_and(|(_, r)| r.trim_start().starts_with('Z')))
            .unwrap_or(false)
    {
        assert!(killed.elapsed().as_secs() < 10, "worker {worker} outlived its parent");
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
}

#[test]
fn hostile_configs_and_checkpoints_name_the_key_or_file() {
    let out_dir = std::env::temp_dir().join(format!("mlirrl-hostile-cfg-{}", std::process::id()));
    for (name, toml, key) in [
        ("nan_lr", "[ppo.adam]\nlr = nan\n", "ppo.adam.lr = NaN is not a finite number"),
        ("gamma", "[ppo]\ngamma = -5.0\n", "ppo.gamma = -5 is outside [0, 1]"),
        ("lambda", "[ppo]\ngae_lambda = 7.0\n", "ppo.gae_lambda = 7 is outside [0, 1]"),
        ("width", "[model]\nwidth = 200000\n", "model.width = 200000 is outside"),
        (
            "episodes",
            "[train]\nepisodes_per_iteration = 100000000000\n",
            "train.episodes_per_iteration = 100000000000 is outside",
        ),
        ("threads", "[env.measure]\nthreads = 0\n", "env.measure.threads = 0 is outside"),
    ] {
        let config = temp_file(&format!("{name}.toml"), toml);
        let out = mlirrl(&[
            "train",
            "--config",
            config.to_str().unwrap(),
            "--out",
            out_dir.join(name).to_str().unwrap(),
        ]);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{name}: {stderr}");
        assert!(stderr.contains(key), "{name}: {stderr}");
    }

    // A checkpoint with a NaN weight, and one whose stored model width is
    // absurd: errors naming the file, before anything is built.
    let program = temp_file("ckpt_mm.mlir", &mlirrl::ir::builders::matmul(64, 64, 64, "f32"));
    let original = repo("checkpoints/train_matmul.safetensors");
    let (mut tensors, metadata) =
        mlirrl::ppo::checkpoint::read(&original, &candle_core::Device::Cpu).unwrap();
    let name = tensors.keys().find(|k| k.starts_with("param.")).unwrap().clone();
    let t = &tensors[&name];
    let mut values: Vec<f32> = t.flatten_all().unwrap().to_vec1().unwrap();
    values[0] = f32::NAN;
    let nan = candle_core::Tensor::from_vec(values, t.shape(), &candle_core::Device::Cpu).unwrap();
    tensors.insert(name.clone(), nan);
    // `write_atomic` refuses non-finite weights, so write the file by hand.
    let bytes = {
        let data: Vec<(String, Vec<u8>, Vec<usize>)> = tensors
            .iter()
            .map(|(n, t)| {
                let v: Vec<f32> = t.flatten_all().unwrap().to_vec1().unwrap();
                (n.clone(), v.iter().flat_map(|x| x.to_le_bytes()).collect(), t.dims().to_vec())
            })
            .collect();
        let views: Vec<(String, safetensors::tensor::TensorView<'_>)> = data
            .iter()
            .map(|(n, b, s)| {
                let view =
                    safetensors::tensor::TensorView::new(safetensors::Dtype::F32, s.clone(), b);
                (n.clone(), view.unwrap())
            })
            .collect();
        safetensors::serialize(views, Some(metadata.clone())).unwrap()
    };
    let nan_ckpt = out_dir.join("nan.safetensors");
    std::fs::create_dir_all(&out_dir).unwrap();
    std::fs::write(&nan_ckpt, bytes).unwrap();
    let optimize = |ckpt: &Path, out: &Path| {
        [
            "optimize".to_string(),
            program.display().to_string(),
            "--checkpoint".into(),
            ckpt.display().to_string(),
            "--out".into(),
            out.display().to_string(),
        ]
    };
    let args = optimize(&nan_ckpt, &out_dir.join("o1"));
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    assert_refused(&args, "nan.safetensors", "non-finite");

    let (tensors, mut metadata) =
        mlirrl::ppo::checkpoint::read(&original, &candle_core::Device::Cpu).unwrap();
    let key = "extra.model_config";
    let mut model: Value = serde_json::from_str(&metadata[key]).unwrap();
    model["width"] = 200_000.into();
    metadata.insert(key.into(), model.to_string());
    let wide = out_dir.join("wide.safetensors");
    let list: Vec<(String, candle_core::Tensor)> = tensors.into_iter().collect();
    mlirrl::ppo::checkpoint::write_atomic(&wide, &list, metadata).unwrap();
    let args = optimize(&wide, &out_dir.join("o2"));
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    assert_refused(&args, "wide.safetensors", "model.width");

    // An output directory that cannot be written is refused before any work.
    let blocker = temp_file("not_a_dir", "");
    let args = optimize(&original, &blocker.join("sub"));
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    assert_refused(&args, "not_a_dir", "output directory");
    let _ = std::fs::remove_dir_all(&out_dir);
}

#[test]
fn nats_with_authentication_required_refuses_clients_without_credentials() {
    let broker = Broker::start_with(
        free_port(),
        nats_store("auth"),
        &["--user", "mlirrl", "--pass", "pa55"],
    );
    let url = broker.url();
    // No credentials: refused at once with a clear reason (not a timeout).
    let started = std::time::Instant::now();
    let (code, err) = NatsWorker::spawn_env(&url, &[], &[]).exit_within(20);
    assert_eq!(code, Some(1), "{err}");
    assert!(err.contains("requires authentication"), "{err}");
    assert!(started.elapsed() < std::time::Duration::from_secs(10));
    // A wrong password: refused, and the password is not echoed.
    let env = [("MLIRRL_NATS_USER", "mlirrl"), ("MLIRRL_NATS_PASSWORD", "wrong-pw")];
    let (code, err) = NatsWorker::spawn_env(&url, &[], &env).exit_within(20);
    assert_eq!(code, Some(1), "{err}");
    assert!(err.contains("refused the credentials") && !err.contains("wrong-pw"), "{err}");
    // --require-auth without credentials: refused before connecting.
    let (code, err) = NatsWorker::spawn_env(&url, &["--require-auth"], &[]).exit_within(20);
    assert_eq!(code, Some(1), "{err}");
    assert!(err.contains("no credentials are configured"), "{err}");
    // The right credentials: jobs are measured.
    let env = [("MLIRRL_NATS_USER", "mlirrl"), ("MLIRRL_NATS_PASSWORD", "pa55")];
    let _worker = NatsWorker::spawn_env(&url, &["--require-auth"], &env);
    let mut config =
        mlirrl::nats::NatsConfig::new(format!("nats://mlirrl:pa55@127.0.0.1:{}", broker.port));
    config.batch_slack = std::time::Duration::from_secs(60);
    let measurer = mlirrl::nats::NatsMeasurer::connect(config).unwrap();
    for m in measurer.measure_batch(&nats_jobs(2, 1)) {
        assert!(m.correct(), "{:?}", m.candidate);
    }
}

#[test]
fn nats_a_job_that_outlives_the_ack_wait_is_measured_once() {
    let broker = Broker::start(free_port(), nats_store("slow"));
    let url = broker.url();
    // Two workers, an ack wait of 1 s, a job of several seconds: without
    // in-progress acknowledgements the job would be redelivered to the
    // other worker.
    let _a = NatsWorker::start(&url, 1);
    let _b = NatsWorker::start(&url, 1);
    let mut job = nats_jobs(1, 1000).remove(0);
    job.program = mlirrl::ir::builders::matmul(256, 256, 256, "f32");
    job.config.budget_ms = 4000;
    let m = nats_measurer(&url).measure(&job);
    assert!(m.correct(), "{:?}", m.candidate);
    let status = mlirrl::nats::queue_status(&url).unwrap();
    assert_eq!((status.delivered, status.deliveries), (1, 1), "{status:?}");
}

#[test]
fn nats_a_later_worker_updates_the_shared_consumer_settings() {
    let broker = Broker::start(free_port(), nats_store("settings"));
    let url = broker.url();
    let _a = NatsWorker::spawn(&url, &["--ack-wait", "30", "--max-deliver", "3"]);
    let wait_for = |ack: u64, max: i64| {
        let started = std::time::Instant::now();
        loop {
            let s = mlirrl::nats::queue_status(&url).unwrap();
            if s.ack_wait == std::time::Duration::from_secs(ack) && s.max_deliver == max {
                break;
            }
            assert!(started.elapsed().as_secs() < 30, "settings stayed {s:?}");
            std::thread::sleep(std::time::Duration::from_millis(100));
        }
    };
    wait_for(30, 3);
    let _b = NatsWorker::spawn(&url, &["--ack-wait", "7", "--max-deliver", "5"]);
    wait_for(7, 5);
}

/// A CA and a server certificate for 127.0.0.1, made with openssl.
fn tls_files(dir: &Path) -> (PathBuf, PathBuf, PathBuf) {
    std::fs::create_dir_all(dir).unwrap();
    let run = |args: &[&str]| {
        let out =
            Command::new("openssl").args(args).current_dir(dir).output().expect("openssl runs");
        assert!(out.status.success(), "openssl {args:?}: {}", String::from_utf8_lossy(&out.stderr));
    };
    run(&[
        "req",
        "-x509",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-keyout",
        "ca.key",
        "-out",
        "ca.pem",
        "-days",
        "2",
        "-subj",
        "/CN=mlirrl test CA",
    ]);
    run(&[
        "req",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-keyout",
        "server.key",
        "-out",
        "server.csr",
        "-subj",
        "/CN=127.0.0.1",
    ]);
    std::fs::write(dir.join("ext.cnf"), "subjectAltName=IP:127.0.0.1\n").unwrap();
    run(&[
        "x509",
        "-req",
        "-in",
        "server.csr",
        "-CA",
        "ca.pem",
        "-CAkey",
        "ca.key",
        "-CAcreateserial",
        "-out",
        "server.pem",
        "-days",
        "2",
        "-extfile",
        "ext.cnf",
    ]);
    (dir.join("ca.pem"), dir.join("server.pem"), dir.join("server.key"))
}

#[test]
fn nats_over_tls_with_token_authentication() {
    let dir = std::env::temp_dir().join(format!("mlirrl-tls-{}", std::process::id()));
    let (ca, cert, key) = tls_files(&dir);
    let broker = Broker::start_with(
        free_port(),
        nats_store("tls"),
        &[
            "--tls",
            "--tlscert",
            cert.to_str().unwrap(),
            "--tlskey",
            key.to_str().unwrap(),
            "--auth",
            "t0ken",
        ],
    );
    let url = format!("tls://127.0.0.1:{}", broker.port);
    // Without the CA the server's certificate is not trusted.
    let (code, err) =
        NatsWorker::spawn_env(&url, &[], &[("MLIRRL_NATS_TOKEN", "t0ken")]).exit_within(30);
    assert_eq!(code, Some(1), "{err}");
    assert!(err.contains("NATS"), "{err}");
    let _worker = NatsWorker::spawn_env(
        &url,
        &["--nats-tls-ca", ca.to_str().unwrap(), "--require-auth"],
        &[("MLIRRL_NATS_TOKEN", "t0ken")],
    );
    let mut config = mlirrl::nats::NatsConfig::new(url.clone());
    config.auth.token = Some("t0ken".into());
    config.auth.tls_ca = Some(ca.clone());
    config.batch_slack = std::time::Duration::from_secs(60);
    let measurer = mlirrl::nats::NatsMeasurer::connect(config).unwrap();
    for m in measurer.measure_batch(&nats_jobs(2, 1)) {
        assert!(m.correct(), "{:?}", m.candidate);
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_worker_over_its_memory_limit_fails_the_job_not_the_machine() {
    // Three 512 MiB buffers under a 1 GiB address-space limit.
    let mut command = worker_command();
    command.memory_limit = Some(1 << 30);
    let pool = WorkerPool::new(command, 1);
    let m = pool.measure(&measure_job(
        &mlirrl::ir::builders::matmul(16384, 8192, 8192, "f32"),
        "",
        60_000,
    ));
    match &m.candidate {
        Err(Failure::Program(why)) => assert!(why.contains("cannot allocate"), "{why}"),
        Err(Failure::Crashed(_)) => {} // the allocation failed inside MLIR's own code
        other => panic!("expected a refused allocation, got {other:?}"),
    }
    // The same pool goes on with a job that fits.
    let ok =
        pool.measure(&measure_job(&mlirrl::ir::builders::matmul(32, 32, 32, "f32"), "", 60_000));
    assert!(ok.correct(), "{:?}", ok.candidate);
}

#[test]
fn tune_searches_the_action_space_and_writes_the_optimize_files() {
    let program = temp_file("tune_mm.mlir", &mlirrl::ir::builders::matmul(64, 64, 64, "f32"));
    let out = std::env::temp_dir().join(format!("mlirrl-tune-{}", std::process::id()));
    let o = run_ok(&[
        "tune",
        program.to_str().unwrap(),
        "--no-policy",
        "--budget",
        "14",
        "--runs",
        "1",
        "--out",
        out.to_str().unwrap(),
        "--json",
    ]);
    let v: Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["correct"], true, "{v}");
    // The untransformed program is always measured, so the result is never slower.
    assert!(v["speedup"].as_f64().unwrap() >= 1.0, "{v}");
    let n = v["measurements"].as_u64().unwrap();
    assert!((2..=14).contains(&n), "{v}");
    for f in ["schedule.json", "schedule.transform.mlir", "program.tagged.mlir", "optimized.mlir"] {
        assert!(out.join(f).exists(), "{f}");
    }
    let log: Value =
        serde_json::from_str(&std::fs::read_to_string(out.join("tune.json")).unwrap()).unwrap();
    let trials = log["trials"].as_array().unwrap();
    assert_eq!(trials.len() as u64, n);
    let origins: Vec<&str> = trials.iter().map(|t| t["origin"].as_str().unwrap()).collect();
    assert_eq!(origins[0], "seed", "the untransformed program first");
    assert!(origins.contains(&"mutation"), "children of measured schedules: {origins:?}");
    // Best-so-far never decreases and ends at the reported speedup.
    let curve: Vec<f64> =
        log["best_so_far"].as_array().unwrap().iter().map(|x| x.as_f64().unwrap()).collect();
    assert!(curve.windows(2).all(|w| w[1] >= w[0]), "{curve:?}");
    assert!((curve.last().unwrap() - v["speedup"].as_f64().unwrap()).abs() < 1e-9);
    // Every schedule it measured is distinct.
    let mut names: Vec<&str> = trials.iter().map(|t| t["schedule"].as_str().unwrap()).collect();
    names.sort_unstable();
    names.dedup();
    assert_eq!(names.len(), trials.len());
    let _ = std::fs::remove_dir_all(&out);
}

// ---------------------------------------------------------------------------
// The feature seam: a second extractor, written here, drives training.

/// Deliberately unlike the seed features: per loop only the log trip count
/// and the parallel flag, six loops, no access matrices, no loop tokens.
struct TripsOnly;

impl mlirrl::ir::FeatureExtractor for TripsOnly {
    fn dim(&self) -> usize {
        12
    }

    fn check(&self, op: &mlirrl::ir::LinalgOp) -> Result<(), mlirrl::ir::FeatureError> {
        if op.num_loops() > 6 {
            return Err(mlirrl::ir::FeatureError::TooManyLoops {
                tag: op.tag.clone(),
                name: op.name.clone(),
                loops: op.num_loops(),
                max: 6,
            });
        }
        Ok(())
    }

    fn extract_into(
        &self,
        program: &mlirrl::ir::Program,
        index: usize,
        out: &mut [f32],
    ) -> Result<(), mlirrl::ir::FeatureError> {
        let op = &program.ops[index];
        self.check(op)?;
        out.fill(0.0);
        for (i, l) in op.loops.iter().enumerate() {
            out[2 * i] = (l.trip_count as f32).log2();
            out[2 * i + 1] = (l.iterator == mlirrl::ir::IteratorKind::Parallel) as u8 as f32;
        }
        Ok(())
    }
}

#[test]
fn training_runs_with_a_different_feature_extractor() {
    use mlirrl::{
        agent::{LocalEnvs, model_for_extractor},
        env::{Benchmark, Env, EnvConfig, SharedExtractor, WorkerPool},
        models::{EncoderConfig, ModelConfig},
        ppo::{ActorCritic, PpoConfig, RunOptions, Trainer},
    };
    use std::sync::Arc;
    let config = EnvConfig { measure: quick(60_000), ..EnvConfig::default() };
    let extractor: SharedExtractor = Arc::new(TripsOnly);
    let benchmarks: Vec<Benchmark> = [(64, 48, 32), (32, 64, 16)]
        .iter()
        .map(|&(m, n, k)| Benchmark {
            name: format!("mm{m}"),
            source: mlirrl::ir::builders::matmul(m, n, k, "f32"),
        })
        .collect();

    // The environment observes through the extractor: the op's features
    // are its output, the observation is sized from its dimension.
    let pool = Arc::new(WorkerPool::new(worker_command(), 1));
    let envs: Vec<Env> = (0..2)
        .map(|_| Env::with_extractor(config.clone(), extractor.clone(), Box::new(pool.clone())))
        .collect();
    let mut probe = Env::with_extractor(config.clone(), extractor.clone(), Box::new(pool.clone()));
    let obs = probe.reset(&benchmarks[0]).unwrap();
    assert_eq!(&obs.features[..6], &[6.0, 1.0, 48f32.log2(), 1.0, 5.0, 0.0]);
    let spec = probe.observation_spec();
    assert_eq!((spec.op_features, spec.loop_tokens), (12, None));
    assert_eq!(obs.features.len(), spec.total);

    // The transformer needs loop tokens, which these features do not have.
    let transformer =
        ModelConfig { encoder: EncoderConfig::transformer_small(), ..Default::default() };
    let e = model_for_extractor(&config, &extractor, transformer).err().unwrap();
    assert!(e.to_string().contains("needs loop tokens"), "{e}");

    let model_config = ModelConfig {
        encoder: EncoderConfig::Lstm { embed: 16, hidden: 16, dropout: 0.0 },
        width: 16,
        backbone_layers: 1,
        seed: 3,
    };
    let model = model_for_extractor(&config, &extractor, model_config).unwrap();
    assert_eq!(model.obs_dim(), spec.total);
    let ppo = PpoConfig { minibatch: 8, epochs: 1, ..PpoConfig::default() };
    let mut trainer = Trainer::new(model, ppo).unwrap();
    let out = std::env::temp_dir().join(format!("mlirrl-custom-features-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&out);
    let options = RunOptions {
        iterations: 2,
        out_dir: out.clone(),
        checkpoint_every: 1,
        progress: false,
        validate_every: 0,
    };
    let mut vec_env = LocalEnvs::new(envs, benchmarks);
    let metrics = mlirrl::ppo::run(&mut trainer, &mut vec_env, &options).unwrap();
    assert_eq!(metrics.len(), 2);
    assert!(metrics.iter().all(|m| m.episodes == 2 && m.steps >= 2), "{metrics:?}");
    assert!(metrics[1].measurements >= 4, "every episode is measured: {metrics:?}");
    assert!(out.join("checkpoint.safetensors").exists());
    let _ = std::fs::remove_dir_all(&out);
}
