//! Cost of one measured environment step, a cache hit, and the same work
//! through `mlir-opt-22` and `mlir-runner` subprocesses, in one run.
//!
//! Run: `cargo bench --bench env`

use criterion::{Criterion, criterion_group, criterion_main};
use mlirrl::env::{
    Cache, CachedMeasurer, Candidate, LocalMeasurer, MeasureConfig, MeasureJob, Measurer, Schedule,
    Session,
};
use std::{hint::black_box, io::Write, process::Command};

const SCHEDULE: &str = "operation_0:TP(64,64,64)T(8,32,1)V()";

fn job(program: &str) -> MeasureJob {
    MeasureJob {
        name: "mm256".into(),
        program: program.into(),
        candidate: Candidate::Schedule(SCHEDULE.parse::<Schedule>().unwrap()),
        config: MeasureConfig { runs: 5, warmup: 1, threads: 2, ..MeasureConfig::default() },
    }
}

/// The same computation with a `@runner_main` that allocates inputs and runs
/// the kernel 6 times (1 warm-up + 5), for `mlir-runner`.
fn runner_program(tagged: &str) -> String {
    let end = tagged.rfind('}').unwrap();
    let main = r#"
  func.func @runner_main() {
    %one = arith.constant 1.0 : f32
    %a = tensor.empty() : tensor<256x256xf32>
    %fa = linalg.fill ins(%one : f32) outs(%a : tensor<256x256xf32>) -> tensor<256x256xf32>
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %c6 = arith.constant 6 : index
    scf.for %i = %c0 to %c6 step %c1 {
      %r = func.call @main(%fa, %fa, %fa) : (tensor<256x256xf32>, tensor<256x256xf32>, tensor<256x256xf32>) -> tensor<256x256xf32>
    }
    return
  }
"#;
    format!("{}{}}}\n", &tagged[..end], main)
}

fn bench(c: &mut Criterion) {
    let program = mlirrl::ir::builders::matmul(256, 256, 256, "f32");
    let j = job(&program);
    let mut group = c.benchmark_group("env");
    group.sample_size(20);

    let measurer = LocalMeasurer::new();
    assert!(measurer.measure(&j).correct(), "the schedule must be correct");
    group.bench_function("measured_step_matmul256", |b| {
        b.iter(|| black_box(measurer.measure(black_box(&j))))
    });

    let dir = std::env::temp_dir().join(format!("mlirrl-bench-cache-{}", std::process::id()));
    let cached = CachedMeasurer::new(LocalMeasurer::new(), Cache::open(&dir).unwrap());
    cached.measure(&j);
    group.bench_function("cache_hit_matmul256", |b| {
        b.iter(|| {
            let m = cached.measure(black_box(&j));
            assert!(m.cached);
            black_box(m)
        })
    });

    // The subprocess route: mlir-opt-22 (transform + lowering) | mlir-runner (JIT + runs).
    let mut session = Session::new(&program, "mm256").unwrap();
    let tagged = session.program().tagged_source.clone();
    session.apply_schedule(&SCHEDULE.parse().unwrap()).unwrap();
    let work = std::env::temp_dir().join(format!("mlirrl-bench-sub-{}", std::process::id()));
    std::fs::create_dir_all(&work).unwrap();
    let prog_path = work.join("program.mlir");
    let script_path = work.join("schedule.transform.mlir");
    std::fs::write(&prog_path, runner_program(&tagged)).unwrap();
    std::fs::write(&script_path, session.exported_script()).unwrap();
    // The transform interpreter first, then mlirrl's own lowering pipeline.
    let pipeline = mlirrl::env::exec::pipeline(true).replacen(
        "builtin.module(",
        &format!(
            "builtin.module(transform-preload-library{{transform-library-paths={}}},transform-interpreter,",
            script_path.display()
        ),
        1,
    );
    let mlir_opt = mlirrl::ir::llvm::tool("mlir-opt").expect("LLVM 22 found");
    let mlir_runner = mlirrl::ir::llvm::tool("mlir-runner").expect("LLVM 22 found");
    let omp = mlirrl::ir::llvm::library("libomp.so").expect("LLVM 22 found");
    let subprocess = || {
        let opt = Command::new(&mlir_opt)
            .arg(&prog_path)
            .arg(format!("--pass-pipeline={pipeline}"))
            .output()
            .expect("mlir-opt runs");
        assert!(opt.status.success(), "{}", String::from_utf8_lossy(&opt.stderr));
        let mut runner = Command::new(&mlir_runner)
            .args(["-e", "runner_main", "-entry-point-result=void", "-O3"])
            .arg(format!("-shared-libs={}", omp.display()))
            .env("OMP_NUM_THREADS", "2")
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::null())
            .spawn()
            .expect("mlir-runner runs");
        runner.stdin.take().unwrap().write_all(&opt.stdout).unwrap();
        assert!(runner.wait().unwrap().success());
    };
    subprocess();
    group.bench_function("subprocess_mlir_opt_runner_matmul256", |b| b.iter(subprocess));
    group.finish();
    let _ = std::fs::remove_dir_all(&dir);
    let _ = std::fs::remove_dir_all(&work);
}

criterion_group!(benches, bench);
criterion_main!(benches);
