//! Whole networks end to end (the pipeline of `mlirrl eval-model`):
//! imports an ONNX network, optimises each fusion block with a policy (or
//! takes a whole-module schedule given with `--schedule`), runs the network
//! untransformed and optimised on its real weights, checks the outputs, and
//! compares with ONNX Runtime where it is installed.

use crate::api::write_file as write_atomic;
use crate::{
    agent::{Policy, Search},
    env::{Benchmark, Candidate, MeasureJob, Schedule, Session, WorkerCommand, WorkerPool, exec},
    onnx::{self, BenchFile, Network},
};
use serde::Serialize;
use std::{
    collections::HashMap,
    path::{Path, PathBuf},
    process::Command,
};

/// The error of an evaluation.
pub type Error = Box<dyn std::error::Error + Send + Sync>;

/// Reads an ONNX file and imports it (`options.batch` fixes a symbolic
/// leading input dimension).
pub fn load(
    model: &Path,
    options: &onnx::ImportOptions,
) -> Result<(onnx::onnx::ModelProto, Network), Error> {
    let proto = onnx::read_model(model)?;
    let net = onnx::import(&proto, options).map_err(|e| format!("{}: {e}", model.display()))?;
    Ok((proto, net))
}

/// What to evaluate and how (the options of `mlirrl eval-model`).
#[derive(Clone, Debug)]
pub struct EvalModelOptions {
    /// The ONNX model (opsets 7 to 21).
    pub model: PathBuf,
    /// Trained policy (`None`: the shipped general policy).
    pub checkpoint: Option<PathBuf>,
    /// Output directory (report.md, report.json, per_layer_speedup.png,
    /// optimized.mlir, schedule.json).
    pub out: PathBuf,
    /// Batch size for a symbolic leading input dimension.
    pub batch: Option<u64>,
    /// The layout of the network's 4-D activations in the module.
    pub layout: onnx::Layout,
    /// `greedy`, `sample:K`, `beam:K` or `budget:N` per block.
    pub search: Search,
    /// OpenMP threads (and ONNX Runtime intra-op threads).
    pub threads: usize,
    /// Ops per fusion block (blocks partition the network).
    pub window: usize,
    /// Timed end-to-end runs (after one warm-up run).
    pub runs: usize,
    /// Rewrite convolutions as im2col + contraction before scheduling (the
    /// environment option `img2col`), whatever the checkpoint was trained
    /// with: a policy trained on matmuls then schedules the contraction.
    pub img2col: bool,
    /// Also measure the heuristic schedules of each block (see `mlirrl eval`)
    /// and keep whichever of policy, heuristic and untransformed is fastest;
    /// the report names the winner of each block.
    pub heuristic: bool,
    /// Skip ONNX Runtime even when it is installed.
    pub no_ort: bool,
    /// The Python interpreter for the ONNX Runtime script.
    pub python: String,
    /// The ONNX Runtime timing script (default: the copy of
    /// scripts/ort_time.py built into the binary).
    pub ort_script: Option<PathBuf>,
    /// A whole-module schedule to run instead of optimising block by block
    /// (`schedule.json` of an earlier run, in the import's tags): the
    /// per-block search and table are skipped, the end-to-end timing and
    /// ONNX Runtime are not.
    pub schedule: Option<Schedule>,
}

impl EvalModelOptions {
    /// The defaults of `mlirrl eval-model` for `model`, `checkpoint` and `out`.
    pub fn new(model: PathBuf, checkpoint: Option<PathBuf>, out: PathBuf) -> Self {
        Self {
            model,
            checkpoint,
            out,
            batch: None,
            layout: onnx::Layout::default(),
            search: Search::Greedy,
            threads: crate::api::default_threads(),
            window: 3,
            runs: 5,
            img2col: false,
            heuristic: false,
            no_ort: false,
            python: "python3".into(),
            ort_script: None,
            schedule: None,
        }
    }
}

/// What [`run`] produced (besides the files in the output directory).
#[derive(Clone, Debug)]
pub struct Evaluated {
    /// The Markdown report (also `report.md`).
    pub markdown: String,
    /// Whether the optimised network's output matched the untransformed one.
    pub outputs_match: bool,
    /// The largest absolute difference between the two outputs.
    pub max_abs_error: f64,
}

/// One fusion block of the report.
#[derive(Serialize)]
struct LayerRow {
    name: String,
    nodes: Vec<String>,
    tags: Vec<String>,
    gflop: f64,
    baseline_ms: Option<f64>,
    optimized_ms: Option<f64>,
    speedup: Option<f64>,
    schedule: String,
    chosen: String,
    note: Option<String>,
}

/// End-to-end figures.
#[derive(Serialize)]
struct EndToEnd {
    untransformed_ms: f64,
    optimized_ms: f64,
    speedup: f64,
    untransformed_runs_ms: Vec<f64>,
    optimized_runs_ms: Vec<f64>,
    outputs_match: bool,
    max_abs_error: f64,
    compile_seconds_untransformed: f64,
    compile_seconds_optimized: f64,
}

#[derive(Serialize)]
struct OrtFigures {
    /// The fastest of the processes' medians.
    median_ms: f64,
    /// Each process's median.
    process_medians_ms: Vec<f64>,
    /// Every timed run, process after process.
    runs_ms: Vec<f64>,
    version: String,
    max_abs_error_vs_mlir: Option<f64>,
}

fn median_ms(runs: &[u64]) -> f64 {
    crate::env::Timing::from_runs(runs.to_vec(), 0.0).median_ns as f64 / 1e6
}

/// `schedule` (tags of a block file) in the whole module's tags.
fn retag(schedule: &Schedule, file: &BenchFile) -> Result<Schedule, String> {
    schedule.retag(|tag| {
        crate::ir::tags::renumber(tag, |k| file.tags.get(k).cloned())
            .map_err(|e| format!("{e} in a block schedule"))
    })
}

fn seeded_input(n: usize, seed: u64) -> Vec<f32> {
    let mut rng = exec::input_rng(seed);
    (0..n).map(|_| (rng.next_f64() * 2.0 - 1.0) as f32).collect()
}

fn as_f32(bytes: &[u8]) -> Vec<f32> {
    bytes.chunks_exact(4).map(|c| f32::from_ne_bytes([c[0], c[1], c[2], c[3]])).collect()
}

/// Compiles the imported module with `schedule` applied (the input passes
/// the program policy; the transformed module is compiled as it stands) and
/// runs it on the network's input and weights.
fn run_module(
    text: &str,
    schedule: &Schedule,
    name: &str,
    args: &[&[u8]],
    runs: usize,
    threads: usize,
) -> Result<(exec::Execution, f64), Error> {
    let mut session = Session::new(text, name).map_err(|e| format!("{name}: {e}"))?;
    session.apply_schedule(schedule).map_err(|e| format!("{name}: {e}"))?;
    let compiled =
        exec::compile(session.context(), session.module()).map_err(|e| format!("{name}: {e}"))?;
    let run = compiled.run_with(args, 1, runs, threads).map_err(|e| format!("{name}: {e}"))?;
    Ok((run, compiled.compile_seconds))
}

/// `scripts/ort_time.py`, built in so the binary needs no repository.
const ORT_SCRIPT: &str = include_str!("../scripts/ort_time.py");

/// The script to run: `--ort-script` when given, else the built-in copy
/// written into `scratch`.
fn ort_script(args: &EvalModelOptions, scratch: &Path) -> Result<PathBuf, Error> {
    match &args.ort_script {
        Some(path) => Ok(path.clone()),
        None => {
            let path = scratch.join("ort_time.py");
            write_atomic(&path, ORT_SCRIPT.as_bytes())?;
            Ok(path)
        }
    }
}

/// ONNX Runtime processes timed per evaluation. Its time on one model
/// differs from process to process on the machines mlirrl runs on (5.6 ms
/// and 8.3 ms for MobileNetV2 in two consecutive processes, each stable
/// within itself), so it is timed in several and the fastest process's
/// median is the reference: mlirrl is compared with ONNX Runtime at its best.
pub const ORT_PROCESSES: usize = 3;

/// Runs ONNX Runtime on the same input in [`ORT_PROCESSES`] processes;
/// `Ok(None)` when it is not installed.
fn run_ort(
    args: &EvalModelOptions,
    input: &[f32],
    reference: &[f32],
    progress: &mut dyn FnMut(&str),
) -> Result<Option<OrtFigures>, Error> {
    // The input and ONNX Runtime's output travel through scratch files.
    let scratch = std::env::temp_dir().join(format!("mlirrl-ort-{}", std::process::id()));
    std::fs::create_dir_all(&scratch).map_err(|e| format!("{}: {e}", scratch.display()))?;
    let script = ort_script(args, &scratch)?;
    if !script.exists() {
        progress(&format!("note: {} not found; ONNX Runtime skipped", script.display()));
        return Ok(None);
    }
    let input_path = scratch.join("input.bin");
    let output_path = scratch.join("ort_output.bin");
    let bytes: Vec<u8> = input.iter().flat_map(|x| x.to_le_bytes()).collect();
    write_atomic(&input_path, &bytes)?;
    let mut process_medians_ms = Vec::new();
    let mut runs_ms = Vec::new();
    let mut version = String::from("?");
    for k in 0..ORT_PROCESSES {
        progress(&format!("running ONNX Runtime, process {} of {ORT_PROCESSES} ...", k + 1));
        // Only this process's output may be compared.
        let _ = std::fs::remove_file(&output_path);
        let out = Command::new(&args.python)
            .arg(&script)
            .arg(&args.model)
            .arg(&input_path)
            .arg(&output_path)
            .args(["--threads", &args.threads.to_string(), "--runs", &args.runs.max(3).to_string()])
            .output();
        let out = match out {
            Ok(o) => o,
            Err(e) => {
                progress(&format!("note: cannot run {}: {e}; ONNX Runtime skipped", args.python));
                return Ok(None);
            }
        };
        if out.status.code() == Some(3) {
            progress(
                "note: onnxruntime is not installed (pip install onnxruntime); ONNX Runtime skipped",
            );
            return Ok(None);
        }
        if !out.status.success() {
            return Err(format!(
                "{} failed: {}",
                script.display(),
                String::from_utf8_lossy(&out.stderr).trim()
            )
            .into());
        }
        let v: serde_json::Value = serde_json::from_slice(&out.stdout)
            .map_err(|e| format!("{}: unreadable output: {e}", script.display()))?;
        let median = v["median_ns"]
            .as_f64()
            .ok_or_else(|| format!("{}: no median in its output", script.display()))?;
        process_medians_ms.push(median / 1e6);
        runs_ms.extend(
            v["runs_ns"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(|x| x.as_f64())
                .map(|x| x / 1e6),
        );
        version = v["onnxruntime"].as_str().unwrap_or("?").to_string();
    }
    let ort_out = std::fs::read(&output_path).ok().map(|b| {
        b.chunks_exact(4)
            .map(|c| f32::from_le_bytes([c[0], c[1], c[2], c[3]]))
            .collect::<Vec<f32>>()
    });
    let err = ort_out
        .filter(|o| o.len() == reference.len())
        .map(|o| o.iter().zip(reference).map(|(a, b)| (a - b).abs() as f64).fold(0.0, f64::max));
    Ok(Some(OrtFigures {
        median_ms: process_medians_ms.iter().copied().fold(f64::INFINITY, f64::min),
        process_medians_ms,
        runs_ms,
        version,
        max_abs_error_vs_mlir: err,
    }))
}

/// Optimises each distinct block of `net` (policy, and with `--heuristic`
/// the heuristic's candidates, measured alone); returns the whole-module
/// schedule, the report's rows and each block's schedule in module tags.
fn optimise_blocks(
    args: &EvalModelOptions,
    policy: &Policy,
    net: &Network,
    progress: &mut dyn FnMut(&str),
) -> Result<(Schedule, Vec<LayerRow>, Vec<Schedule>), Error> {
    let search = args.search;
    let mut command = WorkerCommand::current_exe()?;
    command.threads = args.threads.max(1);
    let pool = WorkerPool::new(command, 1);
    let blocks = net.blocks(args.window, args.window);
    let files = net.files_of(&blocks);
    progress(&format!(
        "{}: {} linalg ops, {:.2} GFLOP, {} fusion blocks",
        net.name,
        net.num_linalg_ops(),
        net.flops() as f64 / 1e9,
        files.len()
    ));

    // Optimise each distinct block once.
    type Choice = (Schedule, Option<f64>, Option<f64>, String, Option<String>);
    let mut memo: HashMap<String, Choice> = HashMap::new();
    let mut combined = Schedule::empty();
    let mut block_schedules: Vec<Schedule> = Vec::new();
    let mut rows = Vec::new();
    for (i, file) in files.iter().enumerate() {
        let entry = if let Some(e) = memo.get(&file.source) {
            e.clone()
        } else {
            let e = optimise_block(args, policy, search, &pool, file, i as u64);
            memo.insert(file.source.clone(), e.clone());
            e
        };
        let (schedule, base, opt, chosen, note) = entry;
        progress(&format!(
            "  [{}/{}] {:<48} {:>9} -> {:>9}  {}",
            i + 1,
            files.len(),
            file.name,
            base.map_or("-".into(), |b| format!("{b:.3} ms")),
            opt.map_or("-".into(), |b| format!("{b:.3} ms")),
            if schedule.is_noop() {
                "(untransformed)".into()
            } else {
                format!("{chosen}: {schedule}")
            }
        ));
        let global = retag(&schedule, file)?;
        for op in &global.ops {
            for a in &op.actions {
                combined.push(&op.tag, a.clone());
            }
        }
        block_schedules.push(global.clone());
        let mut nodes: Vec<String> =
            file.stmts.iter().map(|&s| net.stmts[s].node.clone()).collect();
        nodes.dedup();
        rows.push(LayerRow {
            name: file.name.clone(),
            nodes,
            tags: file.tags.clone(),
            gflop: file.stmts.iter().map(|&s| net.stmts[s].flops).sum::<u64>() as f64 / 1e9,
            baseline_ms: base,
            optimized_ms: opt,
            speedup: base.zip(opt).map(|(b, o)| b / o.max(1e-9)),
            schedule: global.canonical(),
            chosen,
            note,
        });
    }
    drop(pool);
    Ok((combined, rows, block_schedules))
}

/// The schedule of one block: the policy's (plus, with `--heuristic`, the
/// heuristic's candidates), the untransformed block always a candidate.
/// Returns the schedule, untransformed and optimised medians (ms), which
/// candidate won and a note.
fn optimise_block(
    args: &EvalModelOptions,
    policy: &Policy,
    search: Search,
    pool: &WorkerPool,
    file: &BenchFile,
    seed: u64,
) -> (Schedule, Option<f64>, Option<f64>, String, Option<String>) {
    let bench = Benchmark { name: file.name.clone(), source: file.source.clone() };
    let job = MeasureJob {
        name: file.name.clone(),
        program: file.source.clone(),
        candidate: Candidate::Schedule(Schedule::empty()),
        config: policy.env.measure.clone(),
    };
    let (from_policy, mut note) = match policy.schedule(&bench, search, Some(pool), seed) {
        Ok(s) => (s, None),
        Err(e) => (Schedule::empty(), Some(format!("policy: {e}"))),
    };
    let mut candidates = vec![from_policy.clone()];
    if args.heuristic
        && let Ok(program) = crate::api::parse_program(&file.source, &file.name)
    {
        for s in crate::bench::baselines::heuristic_candidates(&program, args.threads) {
            if !candidates.contains(&s) {
                candidates.push(s);
            }
        }
    }
    if !candidates.contains(&Schedule::empty()) {
        candidates.push(Schedule::empty());
    }
    let (best, _) = crate::env::measure::fastest_correct(pool, &job, candidates);
    match best {
        Some((schedule, m)) => {
            let base = m.baseline.as_ref().map(|t| t.median_ns as f64 / 1e6);
            let opt = m.candidate.as_ref().ok().map(|t| t.median_ns as f64 / 1e6);
            let chosen = if schedule.is_noop() {
                "untransformed"
            } else if schedule == from_policy {
                "policy"
            } else {
                "heuristic"
            };
            (schedule, base, opt, chosen.into(), note)
        }
        None => {
            note.get_or_insert_with(|| "no candidate ran correctly".into());
            (Schedule::empty(), None, None, "untransformed".into(), note)
        }
    }
}

/// Evaluates `args.model` end to end, writing the report files into
/// `args.out`; `progress` receives progress lines and notes. Blocks are
/// measured in worker processes of the current executable, which must
/// serve them (`mlirrl::worker::serve_if_requested`).
pub fn run(args: &EvalModelOptions, progress: &mut dyn FnMut(&str)) -> Result<Evaluated, Error> {
    let (_, net) =
        load(&args.model, &onnx::ImportOptions { batch: args.batch, layout: args.layout })?;
    if !net.skipped.is_empty() {
        return Err(format!(
            "{}: the whole network must convert to run it end to end; {}",
            args.model.display(),
            net.skip_report()
        )
        .into());
    }
    if net.inputs.len() != 1 {
        return Err(format!(
            "{}: models with one input are supported, this one has {}",
            args.model.display(),
            net.inputs.len()
        )
        .into());
    }
    std::fs::create_dir_all(&args.out).map_err(|e| format!("{}: {e}", args.out.display()))?;

    let (mut combined, mut rows, block_schedules) = match &args.schedule {
        Some(schedule) => {
            progress(&format!(
                "{}: {} linalg ops, {:.2} GFLOP, the given schedule ({} ops scheduled)",
                net.name,
                net.num_linalg_ops(),
                net.flops() as f64 / 1e9,
                schedule.ops.len()
            ));
            (schedule.clone(), Vec::new(), Vec::new())
        }
        None => {
            let mut policy = Policy::load_or_shipped(args.checkpoint.as_deref())?;
            policy.env.measure.threads = args.threads.max(1);
            if args.img2col {
                policy.env.img2col = true;
            }
            optimise_blocks(args, &policy, &net, progress)?
        }
    };

    // The whole network with every block's schedule.
    let mut session = Session::new(&net.module, &net.name)?;
    if let Err(e) = session.apply_schedule(&combined) {
        if args.schedule.is_some() {
            return Err(format!("the given schedule does not apply to {}: {e}", net.name).into());
        }
        progress(&format!(
            "note: applying all schedules at once failed ({e}); applying block by block"
        ));
        // Grow the schedule one block at a time on the untransformed module
        // (so tags stay those of the import), leaving out blocks that fail.
        combined = Schedule::empty();
        session = Session::new(&net.module, &net.name)?;
        for (row, block) in rows.iter_mut().zip(&block_schedules) {
            let mut trial = combined.clone();
            trial.ops.extend(block.ops.iter().cloned());
            let mut s = Session::new(&net.module, &net.name)?;
            match s.apply_schedule(&trial) {
                Ok(()) => {
                    combined = trial;
                    session = s;
                }
                Err(e) => row.note = Some(format!("not applied in the whole network: {e}")),
            }
        }
    }
    let optimized = session.module_text();
    write_atomic(&args.out.join("optimized.mlir"), optimized.as_bytes())?;
    write_atomic(&args.out.join("model.mlir"), net.module.as_bytes())?;
    write_atomic(
        &args.out.join("schedule.json"),
        serde_json::to_string_pretty(&combined)?.as_bytes(),
    )?;

    // End to end on the real weights.
    let n_in: u64 = net.inputs[0].shape.iter().product();
    let input = seeded_input(n_in as usize, 7);
    let mut arg_bytes: Vec<Vec<u8>> = vec![input.iter().flat_map(|x| x.to_ne_bytes()).collect()];
    arg_bytes
        .extend(net.weights.iter().map(|w| w.data.iter().flat_map(|x| x.to_ne_bytes()).collect()));
    let refs: Vec<&[u8]> = arg_bytes.iter().map(|a| a.as_slice()).collect();
    progress(&format!("running {} end to end, untransformed ...", net.name));
    let (base, base_compile) =
        run_module(&net.module, &Schedule::empty(), &net.name, &refs, args.runs, args.threads)?;
    progress(&format!("running {} end to end, optimised ...", net.name));
    let (opt, opt_compile) =
        run_module(&net.module, &combined, &net.name, &refs, args.runs, args.threads)?;
    let reference = as_f32(&base.outputs[0]);
    let scale = reference.iter().fold(0f64, |m, x| m.max(x.abs() as f64)).max(1e-6);
    let cmp = exec::compare(&base.outputs, &opt.outputs, &base.types, 1e-3, 1e-3 * scale);
    let e2e = EndToEnd {
        untransformed_ms: median_ms(&base.times_ns),
        optimized_ms: median_ms(&opt.times_ns),
        speedup: median_ms(&base.times_ns) / median_ms(&opt.times_ns).max(1e-9),
        untransformed_runs_ms: base.times_ns.iter().map(|&t| t as f64 / 1e6).collect(),
        optimized_runs_ms: opt.times_ns.iter().map(|&t| t as f64 / 1e6).collect(),
        outputs_match: cmp.ok,
        max_abs_error: cmp.max_abs_error,
        compile_seconds_untransformed: base_compile,
        compile_seconds_optimized: opt_compile,
    };
    let ort = if args.no_ort { None } else { run_ort(args, &input, &reference, progress)? };

    // Report.
    let labels: Vec<String> = rows.iter().map(|r| r.name.clone()).collect();
    let speedups: Vec<f64> = rows.iter().map(|r| r.speedup.unwrap_or(1.0)).collect();
    let png = args.out.join("per_layer_speedup.png");
    let _ = std::fs::remove_file(&png);
    if rows.is_empty() {
        // A given schedule: no blocks measured, no plot.
    } else if let Err(e) = crate::bench::plot::speedup_bars(
        &png,
        &format!("{}: speedup per fusion block (mlirrl policy)", net.name),
        &labels,
        &[("mlirrl", speedups)],
    ) {
        progress(&format!("note: plot not written: {e}"));
    }
    let json = serde_json::json!({
        "model": args.model,
        "name": net.name,
        "input_shape": net.inputs[0].shape,
        "gflop": net.flops() as f64 / 1e9,
        "threads": args.threads,
        "schedule": args.schedule.as_ref().map(Schedule::canonical),
        "search": args.schedule.is_none().then(|| args.search.to_string()),
        "heuristic": args.schedule.is_none().then_some(args.heuristic),
        "window": args.schedule.is_none().then_some(args.window),
        "layout": args.layout.to_string(),
        "checkpoint": args.schedule.is_none().then_some(&args.checkpoint),
        "heap": crate::env::heap::cache_key(),
        "end_to_end": e2e,
        "onnxruntime": ort,
        "layers": rows,
        "fingerprint": crate::env::measure::machine_fingerprint(),
    });
    write_atomic(&args.out.join("report.json"), serde_json::to_string_pretty(&json)?.as_bytes())?;
    let md = markdown(args, &net, &e2e, ort.as_ref(), &rows);
    write_atomic(&args.out.join("report.md"), md.as_bytes())?;
    Ok(Evaluated {
        markdown: md,
        outputs_match: e2e.outputs_match,
        max_abs_error: e2e.max_abs_error,
    })
}

fn markdown(
    args: &EvalModelOptions,
    net: &Network,
    e: &EndToEnd,
    ort: Option<&OrtFigures>,
    rows: &[LayerRow],
) -> String {
    let mut s = String::new();
    let gflop = net.flops() as f64 / 1e9;
    s.push_str(&format!("# {}: end-to-end evaluation\n\n", net.name));
    let how = if args.schedule.is_some() {
        "the schedule given with `--schedule` (no per-block search)".to_string()
    } else {
        format!(
            "{} fusion blocks (window {}), policy `{}` with search `{}`",
            rows.len(),
            args.window,
            args.checkpoint
                .as_ref()
                .map_or(crate::agent::SHIPPED_CHECKPOINT_NAME.to_string(), |p| p
                    .display()
                    .to_string()),
            args.search,
        )
    };
    s.push_str(&format!(
        "Model `{}`, input {:?}, {:.3} GFLOP per inference, {} linalg ops, {how}, layout {}, {} \
         threads. Times are medians of {} runs after one warm-up, on the model's own weights{}.\n\n",
        args.model.display(),
        net.inputs[0].shape,
        gflop,
        net.num_linalg_ops(),
        args.layout,
        args.threads,
        args.runs,
        if ort.is_some() {
            format!("; ONNX Runtime's is the fastest of {ORT_PROCESSES} processes' medians")
        } else {
            String::new()
        },
    ));
    s.push_str("| | time (ms) | vs untransformed | GFLOP/s |\n|---|---:|---:|---:|\n");
    let line = |name: &str, ms: f64| {
        format!(
            "| {name} | {ms:.2} | {:.2}x | {:.2} |\n",
            e.untransformed_ms / ms.max(1e-9),
            gflop / (ms / 1e3).max(1e-12)
        )
    };
    s.push_str(&line("untransformed MLIR", e.untransformed_ms));
    let label = match (&args.schedule, args.heuristic) {
        (Some(_), _) => "mlirrl (given schedule)",
        (None, true) => "mlirrl (policy + heuristic)",
        (None, false) => "mlirrl (policy)",
    };
    s.push_str(&line(label, e.optimized_ms));
    match ort {
        Some(o) => s.push_str(&line(&format!("ONNX Runtime {}", o.version), o.median_ms)),
        None => s.push_str("| ONNX Runtime | not run (`pip install onnxruntime`) | | |\n"),
    }
    s.push_str(&format!(
        "\nOptimised output vs untransformed: {} (max abs error {:.3e}).",
        if e.outputs_match { "match" } else { "MISMATCH" },
        e.max_abs_error
    ));
    if let Some(err) = ort.and_then(|o| o.max_abs_error_vs_mlir) {
        s.push_str(&format!(" ONNX Runtime vs untransformed MLIR: max abs error {err:.3e}."));
    }
    if let Some(o) = ort {
        s.push_str(&format!(
            " mlirrl is {:.2}x {} ONNX Runtime.",
            if e.optimized_ms > o.median_ms {
                e.optimized_ms / o.median_ms
            } else {
                o.median_ms / e.optimized_ms
            },
            if e.optimized_ms > o.median_ms { "slower than" } else { "faster than" }
        ));
    }
    s.push_str(&format!(
        " Compile: {:.1} s untransformed, {:.1} s optimised.\n\n",
        e.compile_seconds_untransformed, e.compile_seconds_optimized
    ));
    if rows.is_empty() {
        return s;
    }
    let sum = |f: &dyn Fn(&LayerRow) -> Option<f64>| rows.iter().filter_map(f).sum::<f64>();
    s.push_str(&format!(
        "## Per fusion block\n\nEach block measured alone (its inputs as arguments): sum {:.2} ms \
         untransformed, {:.2} ms optimised.\n\n![per-block speedup](per_layer_speedup.png)\n\n",
        sum(&|r| r.baseline_ms),
        sum(&|r| r.optimized_ms)
    ));
    s.push_str("| block | ONNX nodes | GFLOP | untransformed (ms) | optimised (ms) | speedup | chosen | schedule |\n");
    s.push_str("|---|---|---:|---:|---:|---:|---|---|\n");
    for r in rows {
        s.push_str(&format!(
            "| {} | {} | {:.3} | {} | {} | {} | {} | `{}`{} |\n",
            r.name,
            r.nodes.join(", "),
            r.gflop,
            r.baseline_ms.map_or("-".into(), |v| format!("{v:.3}")),
            r.optimized_ms.map_or("-".into(), |v| format!("{v:.3}")),
            r.speedup.map_or("-".into(), |v| format!("{v:.2}x")),
            r.chosen,
            if r.schedule.is_empty() { "untransformed".into() } else { r.schedule.clone() },
            r.note.as_ref().map_or(String::new(), |n| format!(" ({n})")),
        ));
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn block_tags_map_to_whole_module_tags_fused_ones_included() {
        let file = BenchFile {
            name: "b".into(),
            source: String::new(),
            family: "block".into(),
            stmts: vec![],
            tags: vec!["operation_10".into(), "operation_11".into(), "operation_12".into()],
        };
        let s: Schedule =
            "operation_2:TPF(operation_1;8,0,0,0)|operation_1_operation_2:V()|operation_0:T(4,0)"
                .parse()
                .unwrap();
        let g = retag(&s, &file).unwrap();
        assert_eq!(
            g.canonical(),
            "operation_12:TPF(operation_11;8,0,0,0)|operation_11_operation_12:V()|operation_10:T(4,0)"
        );
        let bad: Schedule = "operation_7:T(4,0)".parse().unwrap();
        assert!(retag(&bad, &file).unwrap_err().contains("no op 7"));
    }
}
