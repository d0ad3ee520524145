//! `mlirrl._native`: the compiled half of the `mlirrl` Python package.
//!
//! Everything here is thin: environments, measurement and the commands'
//! jobs are mlirrl's own (`mlirrl::env::EnvPool`, `mlirrl::api`), and
//! results cross into Python as JSON text that the pure-Python half
//! (`python/mlirrl`) turns into dicts and NumPy arrays. Environments and
//! measurements live in worker processes (`python -m mlirrl.worker`), so a
//! crashing kernel or a failing transformation costs one sample and never
//! the interpreter.

use mlirrl::{
    agent::{Policy, Search},
    api,
    bench::{self, Budget},
    env::{
        ActionSpace, Benchmark, Candidate, EnvConfig, EnvPool, MeasureConfig, MeasureJob, Measurer,
        Schedule, WorkerCommand, WorkerPool,
    },
    ir::SeedFeatures,
};
use pyo3::{create_exception, exceptions::PyException, prelude::*};
use std::path::{Path, PathBuf};

create_exception!(
    _native,
    MlirrlError,
    PyException,
    "An mlirrl error: refused or unusable input, a bad setting, a failed run."
);
create_exception!(
    _native,
    MeasurementError,
    MlirrlError,
    "A candidate that did not measure correctly (failed to transform or compile, wrong \
     result, crashed or hung); args are (message, exit code, result JSON)."
);

fn error(e: impl std::fmt::Display) -> PyErr {
    MlirrlError::new_err(e.to_string())
}

/// How workers are started: this interpreter running `mlirrl.worker`.
fn worker_command(program: &str, args: &[String], threads: usize) -> WorkerCommand {
    let mut command = WorkerCommand::new(program);
    command.args = args.to_vec();
    command.threads = threads.max(1);
    // The worker's interpreter skips what only the parent needs.
    command.env.push(("MLIRRL_WORKER".into(), "1".into()));
    command
}

fn env_config(config_json: Option<&str>) -> PyResult<EnvConfig> {
    let config: EnvConfig = match config_json {
        Some(text) => serde_json::from_str(text).map_err(|e| error(format!("config: {e}")))?,
        None => EnvConfig::default(),
    };
    config.validate().map_err(|e| error(format!("config: {e}")))?;
    Ok(config)
}

/// A step as Python receives it: observation, mask, reward, done, info JSON.
type Stepped = (Vec<f32>, Vec<bool>, f64, bool, String);

/// One environment, hosted in a worker process.
#[pyclass(module = "mlirrl._native")]
struct Env {
    pool: EnvPool,
    spec_json: String,
}

#[pymethods]
impl Env {
    /// An environment with `config_json` (the JSON of an `EnvConfig`;
    /// defaults when `None`) in a worker started as `program args...`,
    /// sharing measurements through the cache in `cache_dir` when given.
    #[new]
    #[pyo3(signature = (worker_program, worker_args, config_json=None, cache_dir=None))]
    fn new(
        worker_program: &str,
        worker_args: Vec<String>,
        config_json: Option<&str>,
        cache_dir: Option<PathBuf>,
    ) -> PyResult<Self> {
        let config = env_config(config_json)?;
        let mut command = worker_command(worker_program, &worker_args, config.measure.threads);
        command.cache_dir = cache_dir;
        let space = ActionSpace::new(config.actions.clone()).spec();
        let obs = mlirrl::env::env::observation_spec(&config);
        let nvec: Vec<usize> = std::iter::once(space.selection)
            .chain(space.heads.iter().flat_map(|h| std::iter::repeat_n(h.choices, h.rows)))
            .collect();
        let spec_json = serde_json::json!({
            "nvec": nvec,
            "heads": space.heads.iter().map(|h| serde_json::json!({"rows": h.rows, "choices": h.choices})).collect::<Vec<_>>(),
            "head_of_selection": space.head_of_selection,
            "obs_dim": obs.total,
            "mask_len": obs.mask,
            "op_features": obs.op_features,
            "history": obs.history,
            "config": config,
        })
        .to_string();
        Ok(Self { pool: EnvPool::new(command, 1, 1, config), spec_json })
    }

    /// Sizes: `nvec` of the multi-discrete action, `obs_dim`, `mask_len`,
    /// and the configuration (JSON).
    fn spec(&self) -> String {
        self.spec_json.clone()
    }

    /// Starts an episode on a program: (observation, mask, op tag).
    fn reset(
        &self,
        py: Python<'_>,
        name: String,
        source: String,
    ) -> PyResult<(Vec<f32>, Vec<bool>, String)> {
        let benchmark = Benchmark { name, source };
        let result = py.detach(|| self.pool.reset(&[(0, benchmark)]).pop());
        match result {
            Some(Ok(o)) => Ok((o.features, o.mask, o.op)),
            Some(Err(e)) => Err(error(e)),
            None => Err(error("the environment pool returned nothing")),
        }
    }

    /// One raw multi-discrete action: (observation, mask, reward, done,
    /// info JSON).
    fn step(&self, py: Python<'_>, action: Vec<usize>) -> PyResult<Stepped> {
        let result = py.detach(|| self.pool.step(&[(0, action)]).pop());
        match result {
            Some(Ok(s)) => {
                let info = serde_json::to_string(&s.info).map_err(error)?;
                Ok((s.observation.features, s.observation.mask, s.reward, s.done, info))
            }
            Some(Err(e)) => Err(error(e)),
            None => Err(error("the environment pool returned nothing")),
        }
    }
}

/// The object of `mlirrl inspect --json` for a program's text.
#[pyfunction]
#[pyo3(signature = (source, name, features=false))]
fn inspect(source: &str, name: &str, features: bool) -> PyResult<String> {
    let program = api::parse_program(source, name).map_err(error)?;
    let extractor = SeedFeatures::default();
    Ok(api::inspect_json(&program, features.then_some(&extractor)).to_string())
}

/// Measures a program, untransformed or with a schedule (canonical text or
/// JSON) or a Transform script: the object of `mlirrl measure --json`,
/// raised inside a `MeasurementError` when the candidate did not measure
/// correctly.
#[pyfunction]
#[pyo3(signature = (source, name, worker_program, worker_args, schedule=None, transform=None, runs=5, threads=1, timeout=120))]
#[allow(clippy::too_many_arguments)]
fn measure(
    py: Python<'_>,
    source: &str,
    name: &str,
    worker_program: &str,
    worker_args: Vec<String>,
    schedule: Option<&str>,
    transform: Option<&str>,
    runs: usize,
    threads: usize,
    timeout: u64,
) -> PyResult<String> {
    let program = api::parse_program(source, name).map_err(error)?;
    let candidate = match (schedule, transform) {
        (Some(_), Some(_)) => return Err(error("give a schedule or a transform, not both")),
        (Some(text), None) => Candidate::Schedule(api::parse_schedule(text).map_err(error)?),
        (None, Some(script)) => Candidate::Script(script.to_string()),
        (None, None) => Candidate::Schedule(Schedule::empty()),
    };
    let config = MeasureConfig {
        runs: runs.max(1),
        threads: threads.max(1),
        timeout_ms: timeout.saturating_mul(1000),
        ..MeasureConfig::default()
    };
    config.validate().map_err(error)?;
    let pool = WorkerPool::new(worker_command(worker_program, &worker_args, config.threads), 1);
    let job = MeasureJob {
        name: name.to_string(),
        program: program.tagged_source.clone(),
        candidate,
        config,
    };
    let m = py.detach(|| pool.measure(&job));
    let json = api::measurement_json(name, program.flops(), &m).to_string();
    match &m.candidate {
        Ok(_) => Ok(json),
        Err(failure) => Err(failed(name, failure, json)),
    }
}

fn failed(name: &str, failure: &mlirrl::env::Failure, json: String) -> PyErr {
    let (code, message) = api::candidate_failure(name, failure);
    MeasurementError::new_err((message, code, json))
}

/// Optimises a program with a trained policy (`checkpoint`, a file written
/// by `mlirrl train`): the object of `mlirrl optimize --json`; the schedule
/// files go to `out` when given.
#[pyfunction]
#[pyo3(signature = (source, name, checkpoint, worker_program, worker_args, search="greedy", threads=1, out=None))]
#[allow(clippy::too_many_arguments)]
fn optimize(
    py: Python<'_>,
    source: &str,
    name: &str,
    checkpoint: PathBuf,
    worker_program: &str,
    worker_args: Vec<String>,
    search: &str,
    threads: usize,
    out: Option<PathBuf>,
) -> PyResult<String> {
    let program = api::parse_program(source, name).map_err(error)?;
    let search: Search = search.parse().map_err(error)?;
    let mut policy = Policy::load(&checkpoint).map_err(error)?;
    policy.env.measure.threads = threads.max(1);
    if let Some(dir) = &out {
        std::fs::create_dir_all(dir).map_err(|e| error(format!("{}: {e}", dir.display())))?;
    }
    let pool = WorkerPool::new(worker_command(worker_program, &worker_args, threads), 1);
    let optimized = py
        .detach(|| api::optimize(&program, name, &policy, search, &pool, out.as_deref()))
        .map_err(error)?;
    let json = optimized.json.to_string();
    match &optimized.measurement.candidate {
        Ok(_) => Ok(json),
        Err(failure) => Err(failed(name, failure, json)),
    }
}

/// Programs of a generator family or network suite: a JSON list of
/// `{name, family, source}`; written as a dataset into `out` when given.
#[pyfunction]
#[pyo3(signature = (family, count=10, seed=0, max_flops=1 << 30, out=None))]
fn generate(
    family: &str,
    count: usize,
    seed: u64,
    max_flops: u64,
    out: Option<PathBuf>,
) -> PyResult<String> {
    let budget = Budget { max_flops, ..Budget::default() };
    let programs = api::generate_programs(family, count, seed, &budget).map_err(error)?;
    if let Some(dir) = out {
        bench::write_dataset(Path::new(&dir), &programs, seed, None).map_err(error)?;
    }
    serde_json::to_string(&programs).map_err(error)
}

/// The body of `python -m mlirrl.worker worker ...`: serves a parent's
/// requests on the private protocol streams and returns the exit status.
#[pyfunction]
fn worker_main(py: Python<'_>, args: Vec<String>) -> i32 {
    py.detach(|| {
        mlirrl::worker::Worker::default().main(args.into_iter().map(std::ffi::OsString::from))
    })
}

/// The MLIR text of an f32 `linalg.matmul` of M x K by K x N.
#[pyfunction]
fn matmul(m: u64, n: u64, k: u64) -> String {
    mlirrl::ir::builders::matmul(m, n, k, "f32")
}

/// The embedded matmul training suite (`mlirrl train`'s default): a JSON
/// list of `{name, source}`.
#[pyfunction]
fn matmul_suite() -> PyResult<String> {
    let suite = mlirrl::train::matmul_suite(mlirrl::train::MATMUL_TRAIN);
    serde_json::to_string(&suite).map_err(error)
}

/// The canonical text of a schedule given as JSON.
#[pyfunction]
fn canonical_schedule(schedule_json: &str) -> PyResult<String> {
    Ok(api::parse_schedule(schedule_json).map_err(error)?.canonical())
}

/// The machine fingerprint every measurement carries.
#[pyfunction]
fn fingerprint() -> String {
    mlirrl::env::measure::machine_fingerprint()
}

#[pymodule]
fn _native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<Env>()?;
    m.add_function(wrap_pyfunction!(inspect, m)?)?;
    m.add_function(wrap_pyfunction!(measure, m)?)?;
    m.add_function(wrap_pyfunction!(optimize, m)?)?;
    m.add_function(wrap_pyfunction!(generate, m)?)?;
    m.add_function(wrap_pyfunction!(worker_main, m)?)?;
    m.add_function(wrap_pyfunction!(fingerprint, m)?)?;
    m.add_function(wrap_pyfunction!(matmul, m)?)?;
    m.add_function(wrap_pyfunction!(matmul_suite, m)?)?;
    m.add_function(wrap_pyfunction!(canonical_schedule, m)?)?;
    m.add("MlirrlError", m.py().get_type::<MlirrlError>())?;
    m.add("MeasurementError", m.py().get_type::<MeasurementError>())?;
    Ok(())
}
