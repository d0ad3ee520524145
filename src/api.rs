//! The commands' results as data: the JSON objects that `inspect`,
//! `measure` and `optimize` print with `--json`, built here so that every
//! front end (the command line, the Python package) returns the same
//! objects for the same input.

use crate::{
    agent::{Policy, Search},
    env::{Benchmark, Candidate, MeasureJob, Measurement, Measurer, Schedule, Session},
    ir::{self, FeatureExtractor, Program, SeedFeatures},
};
use serde_json::{Value, json};
use std::path::Path;

/// The error of a command.
pub type Error = Box<dyn std::error::Error + Send + Sync>;

/// The default number of OpenMP threads of a measurement: the cores this
/// process may use.
pub fn default_threads() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
}

/// Writes `bytes` to `path` atomically ([`crate::util::fs::write_atomic`]),
/// the error naming the file.
pub fn write_file(path: &Path, bytes: &[u8]) -> Result<(), Error> {
    crate::util::fs::write_atomic(path, bytes).map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(())
}

/// A schedule given as JSON (as `optimize` writes it) or in the canonical
/// text form (`operation_0:TP(64,64,64)T(8,32,1)V()`).
pub fn parse_schedule(text: &str) -> Result<Schedule, String> {
    let trimmed = text.trim();
    if trimmed.starts_with('{') {
        Schedule::from_json(trimmed).map_err(|e| format!("invalid schedule JSON: {e}"))
    } else {
        trimmed.parse().map_err(|e| format!("{e}"))
    }
}

/// The programs `generate` writes for `family`: a network suite's layers,
/// `count` of every built-in family (`all`), or `count` of one family.
pub fn generate_programs(
    family: &str,
    count: usize,
    seed: u64,
    budget: &crate::bench::Budget,
) -> Result<Vec<crate::bench::Generated>, Error> {
    let generators = crate::bench::Generators::builtin();
    Ok(if let Some(layers) = crate::bench::suites::suite(family) {
        layers
    } else if family == "all" {
        generators.generate_all(count, seed, budget)
    } else {
        generators.generate(family, count, seed, budget)?
    })
}

/// Parses an untrusted program the way the commands do (refused input is
/// an error naming `name`; MLIR's vectoriser is not asked about each op).
pub fn parse_program(source: &str, name: &str) -> Result<Program, Error> {
    let options = ir::ParseOptions { check_vectorizable: false, ..Default::default() };
    Ok(ir::parse_str_with(source, name, &options)?)
}

/// The heuristic's candidate schedules of a benchmark for `threads`
/// threads (`bench::baselines::heuristic_candidates`); none when the
/// program does not parse. The seeds of `tune` and of policy-guided search.
pub fn heuristic_schedules(benchmark: &Benchmark, threads: usize) -> Vec<Schedule> {
    parse_program(&benchmark.source, &benchmark.name)
        .map(|p| crate::bench::baselines::heuristic_candidates(&p, threads))
        .unwrap_or_default()
}

fn links(program: &Program, index: usize, producers: bool) -> Vec<Value> {
    program
        .edges
        .iter()
        .filter(|e| if producers { e.consumer == index } else { e.producer == index })
        .map(|e| {
            let other = if producers { e.producer } else { e.consumer };
            json!({
                "op": other,
                "tag": program.ops[other].tag,
                "result": e.result,
                "operand": e.operand,
            })
        })
        .collect()
}

/// The object of `inspect --json`: `{name, ops: [...], edges: [...]}`,
/// with each op's feature vector when `features` is given.
pub fn inspect_json(program: &Program, features: Option<&SeedFeatures>) -> Value {
    let ops: Vec<Value> = program
        .ops
        .iter()
        .enumerate()
        .map(|(i, op)| {
            let mut v = json!({
                "name": op.name,
                "tag": op.tag,
                "kind": op.kind,
                "line": op.line,
                "loops": op.loops.iter().map(|l| json!({"trip_count": l.trip_count, "iterator": l.iterator})).collect::<Vec<_>>(),
                "operands": op.operands.iter().map(|o| json!({
                    "role": o.role,
                    "shape": o.shape,
                    "element_type": o.element_type,
                    "is_tensor": o.is_tensor,
                    "access": o.access.to_affine_string(),
                    "access_matrix": o.access.dims.iter().map(|d| &d.coefficients).collect::<Vec<_>>(),
                    "access_offsets": o.access.dims.iter().map(|d| d.offset).collect::<Vec<_>>(),
                })).collect::<Vec<_>>(),
                "body": op.body,
                "vectorizable": op.vectorizable,
                "flops": op.flops(),
                "bytes": op.bytes(),
                "producers": links(program, i, true),
                "consumers": links(program, i, false),
            });
            if let Some(x) = features {
                v["features"] = match x.extract(program, i) {
                    Ok(f) => json!(f),
                    Err(e) => json!({"error": e.to_string()}),
                };
            }
            v
        })
        .collect();
    json!({
        "name": program.name,
        "ops": ops,
        "edges": program.edges,
    })
}

/// The object of `measure --json` for a measurement of program `name`
/// with `flops` arithmetic operations.
pub fn measurement_json(name: &str, flops: u64, m: &Measurement) -> Value {
    let baseline_ns = m.baseline.as_ref().map(|t| t.median_ns);
    let time_ns = m.candidate.as_ref().ok().map(|t| t.median_ns);
    let gflops =
        |ns: Option<u64>| ns.filter(|_| flops > 0).map(|ns| flops as f64 / ns.max(1) as f64);
    json!({
        "file": name,
        "baseline_ns": baseline_ns,
        "time_ns": time_ns,
        "speedup": m.speedup(),
        "correct": m.correct(),
        "threads": m.threads,
        "flops": flops,
        "gflops": gflops(time_ns),
        "baseline_gflops": gflops(baseline_ns),
        "runs_ns": m.candidate.as_ref().ok().map(|t| &t.runs_ns),
        "compile_seconds": m.candidate.as_ref().ok().map(|t| t.compile_seconds),
        "fingerprint": m.fingerprint,
        "failure": m.candidate.as_ref().err().map(|f| f.to_string()),
    })
}

/// Exit codes of `measure` and `optimize` beyond 0 (success) and 1 (an
/// error: unreadable or refused input, bad arguments, I/O), and 2 (command
/// line usage, from clap). Documented in the README.
pub mod exit {
    /// The candidate could not be transformed or compiled.
    pub const CANDIDATE_FAILED: u8 = 3;
    /// The candidate ran but its outputs differ from the untransformed
    /// program's.
    pub const WRONG_RESULT: u8 = 4;
    /// The measurement itself failed: the kernel crashed or hung, or a
    /// worker could not be reached.
    pub const MEASUREMENT_FAILED: u8 = 5;
}

/// The exit code and message of a candidate that did not measure
/// correctly (as `measure` and `optimize` report it): 3 when it could not
/// be transformed or compiled, 4 when its outputs are wrong, 5 when the
/// measurement failed (a crash, a hang, no worker); 1 when the
/// untransformed program itself cannot run.
pub fn candidate_failure(name: &str, failure: &crate::env::Failure) -> (u8, String) {
    use crate::env::Failure;
    let (code, what) = match failure {
        Failure::Program(why) => {
            return (1, format!("{name}: the untransformed program cannot run: {why}"));
        }
        Failure::Transform(_) | Failure::Compile(_) => {
            (exit::CANDIDATE_FAILED, "the candidate failed")
        }
        Failure::WrongResult { .. } => (exit::WRONG_RESULT, "the candidate is wrong"),
        Failure::Crashed(_)
        | Failure::Timeout(_)
        | Failure::Worker(_)
        | Failure::NotMeasured(_) => (exit::MEASUREMENT_FAILED, "measurement failed"),
    };
    (code, format!("{name}: {what}: {failure}"))
}

/// Writes the files of a chosen schedule into `dir` (as `optimize` and
/// `tune` do): `schedule.json`, `schedule.transform.mlir` with the tagged
/// program `program.tagged.mlir` it applies to, and `optimized.mlir`.
pub fn write_schedule_files(
    dir: &Path,
    name: &str,
    tagged_source: &str,
    schedule: &Schedule,
) -> Result<(), Error> {
    let mut session = Session::new(tagged_source, name)?;
    session.apply_schedule(schedule).map_err(|e| format!("{name}: {e}"))?;
    let write = |file: &str, text: &str| write_file(&dir.join(file), text.as_bytes());
    write("schedule.json", &serde_json::to_string_pretty(schedule)?)?;
    write("schedule.transform.mlir", &session.exported_script())?;
    write("program.tagged.mlir", tagged_source)?;
    write("optimized.mlir", &session.module_text())?;
    Ok(())
}

/// What [`optimize`] chose and measured.
#[derive(Clone, Debug)]
pub struct Optimized {
    /// The object of `optimize --json`.
    pub json: Value,
    /// The chosen schedule.
    pub schedule: Schedule,
    /// Its measurement against the untransformed program.
    pub measurement: Measurement,
    /// Ops the policy could not schedule (left as they are): tag, name, reason.
    pub skipped: Vec<Value>,
}

/// Optimises `program` with `policy` (choosing by `search`), measures the
/// result with `measurer` and, when `out` is given, writes the schedule
/// files there (see [`write_schedule_files`]). A failed or wrong
/// measurement is reported in the result, not as an error.
pub fn optimize(
    program: &Program,
    name: &str,
    policy: &Policy,
    search: Search,
    measurer: &dyn Measurer,
    out: Option<&Path>,
) -> Result<Optimized, Error> {
    // Ops the policy cannot schedule are left as they are, and named.
    let extractor = &policy.extractor;
    let skipped: Vec<Value> = program
        .ops
        .iter()
        .filter_map(|op| {
            let reason = if op.num_loops() > policy.env.actions.max_loops {
                Some(format!(
                    "{} loops, more than the policy's {}",
                    op.num_loops(),
                    policy.env.actions.max_loops
                ))
            } else {
                extractor.check(op).err().map(|e| e.to_string())
            };
            reason.map(|r| json!({"tag": op.tag, "name": op.name, "reason": r}))
        })
        .collect();
    // The tagged program throughout, so the policy, the measurement and the
    // exported script address ops by the same tags.
    let source = program.tagged_source.clone();
    let benchmark = Benchmark { name: name.to_string(), source: source.clone() };
    let trace = if skipped.len() == program.ops.len() {
        crate::agent::SearchTrace { schedule: Schedule::empty(), trials: Vec::new() }
    } else {
        policy.search(&benchmark, search, measurer, 0)?
    };
    let schedule = trace.schedule.clone();
    let measurement = measurer.measure(&MeasureJob {
        name: name.to_string(),
        program: source,
        candidate: Candidate::Schedule(schedule.clone()),
        config: policy.env.measure.clone(),
    });
    if let Some(dir) = out {
        write_schedule_files(dir, name, &program.tagged_source, &schedule)?;
    }
    let json = json!({
        "file": name,
        "baseline_ns": measurement.baseline.as_ref().map(|t| t.median_ns),
        "time_ns": measurement.candidate.as_ref().ok().map(|t| t.median_ns),
        "speedup": measurement.speedup(),
        "correct": measurement.correct(),
        "schedule": schedule.canonical(),
        "search": search.to_string(),
        "measurements": trace.trials.len(),
        "best_so_far": trace.best_so_far(),
        "trials": trace.trials.iter().map(|t| json!({
            "schedule": t.schedule.canonical(),
            "speedup": t.speedup,
        })).collect::<Vec<_>>(),
        "skipped_ops": skipped,
        "out": out,
    });
    Ok(Optimized { json, schedule, measurement, skipped })
}
