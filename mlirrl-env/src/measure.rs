//! Measurement: baseline and candidate compiled and timed the same way, the
//! candidate's outputs checked against the baseline's.

use crate::{
    exec::{self, Buffers, Compiled, ExecError},
    schedule::Schedule,
    session::Session,
};
use mlirrl_util::hash::content_hash;
use serde::{Deserialize, Serialize};
use std::{
    collections::HashMap,
    sync::{Mutex, OnceLock},
    time::Instant,
};

/// How to measure.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct MeasureConfig {
    /// Timed runs (the median is reported).
    pub runs: usize,
    /// Untimed runs first.
    pub warmup: usize,
    /// OpenMP threads for parallel loops.
    pub threads: usize,
    /// Stop timing after this many milliseconds once at least one run is done.
    pub budget_ms: u64,
    /// Wall-clock limit of one whole job (transform, compile, runs), enforced
    /// by the worker pool, which kills and restarts a worker that exceeds it.
    pub timeout_ms: u64,
    /// Seed of the input values.
    pub seed: u64,
    /// Relative tolerance of the output check.
    pub rtol: f64,
    /// Absolute tolerance of the output check.
    pub atol: f64,
}

impl Default for MeasureConfig {
    fn default() -> Self {
        Self {
            runs: 5,
            warmup: 1,
            threads: 2,
            budget_ms: 2_000,
            timeout_ms: 60_000,
            seed: 42,
            rtol: 1e-3,
            atol: 1e-4,
        }
    }
}

impl MeasureConfig {
    /// Checks every value against its range (keys as in `[env.measure]`).
    pub fn validate(&self) -> Result<(), String> {
        use crate::env::{finite_in, in_range};
        in_range("env.measure.runs", self.runs, 1, 100_000)?;
        in_range("env.measure.warmup", self.warmup, 0, 100_000)?;
        in_range("env.measure.threads", self.threads, 1, 4096)?;
        in_range("env.measure.budget_ms", self.budget_ms, 0, 86_400_000)?;
        in_range("env.measure.timeout_ms", self.timeout_ms, 1, 86_400_000)?;
        finite_in("env.measure.rtol", self.rtol, 0.0, 1.0)?;
        finite_in("env.measure.atol", self.atol, 0.0, 1.0)
    }

    /// The part of the config that changes timings, for cache keys.
    pub fn key(&self) -> String {
        format!(
            "runs={},warmup={},threads={},seed={}",
            self.runs, self.warmup, self.threads, self.seed
        )
    }
}

/// Where measurements run: in the local worker processes, or on workers
/// behind a NATS JetStream broker. Written as a string wherever it is
/// configured (`"local"`, or the broker's `nats://HOST:PORT` or
/// `tls://HOST:PORT` URL), checked when it is read, so a typo is an error,
/// never a silent fall-back to local measurement.
///
/// ```
/// use mlirrl_env::MeasureBackend;
/// let nats: MeasureBackend = "nats://127.0.0.1:4222".parse().unwrap();
/// assert_eq!(nats, MeasureBackend::Nats { url: "nats://127.0.0.1:4222".into() });
/// assert_eq!("local".parse::<MeasureBackend>().unwrap(), MeasureBackend::Local);
/// assert!("nats:/oops".parse::<MeasureBackend>().is_err());
/// // Credentials never show in messages.
/// let secret: MeasureBackend = "nats://me:hunter2@broker:4222".parse().unwrap();
/// assert!(secret.has_credentials() && !format!("{secret:?}").contains("hunter2"));
/// assert!(!"nats:me:hunter2@x".parse::<MeasureBackend>().unwrap_err().contains("hunter2"));
/// ```
#[derive(Clone, Default, PartialEq, Eq, Hash)]
pub enum MeasureBackend {
    /// In-process measurement in this machine's worker processes.
    #[default]
    Local,
    /// Jobs go to `mlirrl worker --nats URL` processes through the broker.
    Nats {
        /// Broker URL (credentials, if any, travel separately).
        url: String,
    },
}

/// `url` with any user information (`user:password@`) replaced by `***@`.
fn redact_url(url: &str) -> String {
    match url.split_once("://") {
        Some((scheme, rest)) => {
            let authority_end = rest.find('/').unwrap_or(rest.len());
            match rest[..authority_end].rfind('@') {
                Some(at) => format!("{scheme}://***@{}", &rest[at + 1..]),
                None => url.to_string(),
            }
        }
        None if url.contains('@') => "***".into(),
        None => url.to_string(),
    }
}

impl MeasureBackend {
    /// Whether the broker URL carries credentials (`user:password@host`),
    /// which must be moved into the environment before the URL is passed
    /// to another process.
    pub fn has_credentials(&self) -> bool {
        matches!(self, Self::Nats { url } if redact_url(url) != *url)
    }

    /// The backend as text with credentials hidden (for messages and logs).
    pub fn redacted(&self) -> String {
        redact_url(&self.to_string())
    }
}

impl std::fmt::Debug for MeasureBackend {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Local => f.write_str("Local"),
            Self::Nats { url } => f.debug_struct("Nats").field("url", &redact_url(url)).finish(),
        }
    }
}

impl std::str::FromStr for MeasureBackend {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        let s = s.trim();
        if s == "local" {
            return Ok(Self::Local);
        }
        match s.split_once("://") {
            Some(("nats" | "tls", rest)) if !rest.is_empty() => Ok(Self::Nats { url: s.into() }),
            _ => Err(format!(
                "unknown measurement backend `{}` (use `local`, `nats://HOST:PORT` or \
                 `tls://HOST:PORT`)",
                redact_url(s)
            )),
        }
    }
}

impl std::fmt::Display for MeasureBackend {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Local => f.write_str("local"),
            Self::Nats { url } => f.write_str(url),
        }
    }
}

impl Serialize for MeasureBackend {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for MeasureBackend {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

/// What is measured against the untransformed program.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Candidate {
    /// The program with a schedule applied.
    Schedule(Schedule),
    /// The program with a Transform-dialect script applied.
    Script(String),
    /// Another module with the same entry signature (e.g. a hand-written
    /// version).
    Module(String),
}

impl Candidate {
    /// A stable text for cache keys.
    pub fn key(&self) -> String {
        match self {
            Self::Schedule(s) => {
                format!("schedule:v{}:{}", crate::script::SCRIPT_VERSION, s.canonical())
            }
            Self::Script(s) => format!("script:{}", content_hash(s.as_bytes())),
            Self::Module(s) => format!("module:{}", content_hash(s.as_bytes())),
        }
    }
}

/// One measurement request.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MeasureJob {
    /// Name of the program (for messages).
    pub name: String,
    /// The program (MLIR text; tagged or not).
    pub program: String,
    /// What to measure.
    pub candidate: Candidate,
    /// How.
    pub config: MeasureConfig,
}

/// Serde for an `f64` that may be infinite or NaN: JSON has no such
/// numbers (serde_json writes `null`, which does not read back as a number),
/// so those travel as the strings `"inf"`, `"-inf"` and `"NaN"`.
mod any_f64 {
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(x: &f64, s: S) -> Result<S::Ok, S::Error> {
        match *x {
            x if x.is_finite() => s.serialize_f64(x),
            x if x.is_nan() => s.serialize_str("NaN"),
            x if x > 0.0 => s.serialize_str("inf"),
            _ => s.serialize_str("-inf"),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<f64, D::Error> {
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Repr {
            Number(f64),
            Text(String),
        }
        match Repr::deserialize(d)? {
            Repr::Number(x) => Ok(x),
            Repr::Text(t) => match t.as_str() {
                "inf" => Ok(f64::INFINITY),
                "-inf" => Ok(f64::NEG_INFINITY),
                "NaN" => Ok(f64::NAN),
                other => Err(serde::de::Error::custom(format!("not a number: {other}"))),
            },
        }
    }
}

impl MeasureJob {
    /// The cache key: program hash (128-bit), candidate, measurement
    /// settings, LLVM version, lowering pipeline, the programs' allocator
    /// and machine fingerprint.
    pub fn key(&self) -> String {
        format!(
            "{}|{}|{}|llvm={}|pipeline={}|heap={}|{}",
            content_hash(self.program.as_bytes()),
            self.candidate.key(),
            self.config.key(),
            llvm_version(),
            &content_hash(crate::exec::pipeline(true).as_bytes())[..8],
            crate::heap::cache_key(),
            machine_fingerprint()
        )
    }
}

/// Timing of repeated runs.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Timing {
    /// Median run time.
    pub median_ns: u64,
    /// Fastest run.
    pub min_ns: u64,
    /// Slowest run.
    pub max_ns: u64,
    /// Every timed run.
    pub runs_ns: Vec<u64>,
    /// Seconds spent lowering and JIT-compiling.
    pub compile_seconds: f64,
}

impl Timing {
    /// Summarises run times (the median of an even count is the mean of the
    /// middle two).
    pub fn from_runs(mut runs: Vec<u64>, compile_seconds: f64) -> Self {
        runs.sort_unstable();
        let median = if runs.is_empty() {
            0
        } else if runs.len() % 2 == 1 {
            runs[runs.len() / 2]
        } else {
            (runs[runs.len() / 2 - 1] + runs[runs.len() / 2]) / 2
        };
        Self {
            median_ns: median,
            min_ns: runs.first().copied().unwrap_or(0),
            max_ns: runs.last().copied().unwrap_or(0),
            runs_ns: runs,
            compile_seconds,
        }
    }
}

/// Why a candidate has no valid time.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, thiserror::Error)]
#[serde(rename_all = "snake_case", tag = "failure", content = "detail")]
pub enum Failure {
    /// The program itself could not be read or compiled (baseline failed).
    #[error("program unusable: {0}")]
    Program(String),
    /// A transformation failed.
    #[error("transform failed: {0}")]
    Transform(String),
    /// Lowering or JIT compilation of the candidate failed.
    #[error("compilation failed: {0}")]
    Compile(String),
    /// The candidate's outputs differ from the baseline's.
    #[error(
        "wrong result: max abs error {max_abs_error:e} (first mismatch: buffer {buffer}, element {element})"
    )]
    WrongResult {
        /// Largest absolute error (infinite when one side is infinite or
        /// NaN and the other is not the same).
        #[serde(with = "any_f64")]
        max_abs_error: f64,
        /// Buffer of the first mismatch.
        buffer: usize,
        /// Element of the first mismatch.
        element: usize,
    },
    /// The worker died (signal or abort) while handling the job.
    #[error("worker crashed: {0}")]
    Crashed(String),
    /// The job exceeded its time limit; the worker was killed.
    #[error("timed out after {0} ms")]
    Timeout(u64),
    /// The measurement infrastructure failed: no worker could be reached or
    /// answered in time, the broker went away, or the result came from
    /// another machine. Says nothing about the schedule (see
    /// [`Failure::is_infrastructure`]).
    #[error("worker error: {0}")]
    Worker(String),
    /// Nothing was measured on purpose (an environment that only plays
    /// episodes, whose schedules are measured later in a batch).
    #[error("not measured: {0}")]
    NotMeasured(String),
}

impl Failure {
    /// Whether the failure is the infrastructure's, not the schedule's: such
    /// a measurement is retried and, failing that, its episode is dropped,
    /// never scored as a bad schedule.
    pub fn is_infrastructure(&self) -> bool {
        matches!(self, Self::Worker(_))
    }
}

/// The outcome of a [`MeasureJob`].
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Measurement {
    /// The untransformed program's timing (absent when it could not run).
    pub baseline: Option<Timing>,
    /// The candidate's timing, or why there is none.
    pub candidate: Result<Timing, Failure>,
    /// OpenMP threads used.
    pub threads: usize,
    /// Machine fingerprint of the process that measured.
    pub fingerprint: String,
    /// Whether this came from the cache.
    pub cached: bool,
}

impl Measurement {
    /// A measurement that failed before anything ran.
    pub fn failed(failure: Failure, threads: usize) -> Self {
        Self {
            baseline: None,
            candidate: Err(failure),
            threads,
            fingerprint: machine_fingerprint(),
            cached: false,
        }
    }

    /// Baseline median / candidate median, when both exist.
    pub fn speedup(&self) -> Option<f64> {
        let b = self.baseline.as_ref()?;
        let c = self.candidate.as_ref().ok()?;
        Some(b.median_ns as f64 / c.median_ns.max(1) as f64)
    }

    /// Whether the candidate ran and matched the baseline.
    pub fn correct(&self) -> bool {
        self.candidate.is_ok()
    }
}

/// Anything that measures jobs: in-process, a pool of worker processes, or a
/// remote queue.
pub trait Measurer {
    /// Measures one job.
    fn measure(&self, job: &MeasureJob) -> Measurement;

    /// Measures several jobs (in parallel where the implementation can).
    fn measure_batch(&self, jobs: &[MeasureJob]) -> Vec<Measurement> {
        jobs.iter().map(|j| self.measure(j)).collect()
    }
}

/// A shared measurer measures as the one it points to (so several
/// environments can send their jobs to one worker pool).
impl<M: Measurer + ?Sized> Measurer for std::sync::Arc<M> {
    fn measure(&self, job: &MeasureJob) -> Measurement {
        (**self).measure(job)
    }
    fn measure_batch(&self, jobs: &[MeasureJob]) -> Vec<Measurement> {
        (**self).measure_batch(jobs)
    }
}

/// Measures `schedules` of `job`'s program (its name, source and
/// settings; its own candidate is ignored) as one batch, one measurement
/// per schedule, in order.
pub fn measure_schedules(
    measurer: &dyn Measurer,
    job: &MeasureJob,
    schedules: &[Schedule],
) -> Vec<Measurement> {
    let jobs: Vec<MeasureJob> = schedules
        .iter()
        .map(|s| MeasureJob { candidate: Candidate::Schedule(s.clone()), ..job.clone() })
        .collect();
    measurer.measure_batch(&jobs)
}

/// Measures `schedules` of `job`'s program as one batch and returns the
/// fastest one that ran correctly, with its measurement (`None` when none
/// did), and how many were measured.
pub fn fastest_correct(
    measurer: &dyn Measurer,
    job: &MeasureJob,
    schedules: Vec<Schedule>,
) -> (Option<(Schedule, Measurement)>, usize) {
    let results = measure_schedules(measurer, job, &schedules);
    let n = results.len();
    let best = schedules
        .into_iter()
        .zip(results)
        .filter(|(_, m)| m.correct())
        .max_by(|a, b| a.1.speedup().unwrap_or(0.0).total_cmp(&b.1.speedup().unwrap_or(0.0)));
    (best, n)
}

/// The LLVM version the JIT uses: the MLIR mlirrl was built and statically
/// linked against.
pub fn llvm_version() -> &'static str {
    mlirrl_ir::llvm::BUILD_VERSION
}

/// A short description of this machine: CPU model, logical cores and a hash
/// of the CPU feature flags. Results from different fingerprints are never
/// mixed in one reward.
pub fn machine_fingerprint() -> String {
    static FP: OnceLock<String> = OnceLock::new();
    FP.get_or_init(|| {
        let model = cpuinfo_field("model name");
        let flags = cpuinfo_field("flags");
        let cores = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1);
        format!(
            "{} x{} flags:{:08x}",
            if model.is_empty() { std::env::consts::ARCH.to_string() } else { model },
            cores,
            mlirrl_ir::fnv1a(flags.as_bytes()) as u32
        )
    })
    .clone()
}

/// The value of the first `name : value` line of `/proc/cpuinfo` (empty
/// when absent); the file is read once.
fn cpuinfo_field(name: &str) -> String {
    static INFO: OnceLock<String> = OnceLock::new();
    let info = INFO.get_or_init(|| std::fs::read_to_string("/proc/cpuinfo").unwrap_or_default());
    info.lines()
        .find(|l| l.starts_with(name))
        .and_then(|l| l.split_once(':'))
        .map(|(_, v)| v.trim().to_string())
        .unwrap_or_default()
}

/// The vector unit of this machine, as far as schedules care: f32 lanes
/// per vector register and the number of vector registers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct VectorUnit {
    /// f32 lanes per register: 16 with AVX-512, 8 with AVX/AVX2, 4 otherwise.
    pub f32_lanes: usize,
    /// Architectural vector registers: 32 with AVX-512, 16 otherwise.
    pub registers: usize,
    /// A short name: `avx512`, `avx2`, `avx` or `baseline`.
    pub name: &'static str,
}

impl VectorUnit {
    /// Reads the CPU flags (`/proc/cpuinfo`); cached.
    pub fn detect() -> Self {
        static UNIT: OnceLock<VectorUnit> = OnceLock::new();
        *UNIT.get_or_init(|| {
            let flags = cpuinfo_field("flags");
            Self::from_flags(&flags.split_whitespace().collect::<Vec<_>>())
        })
    }

    /// The unit for a list of CPU flags.
    pub fn from_flags(flags: &[&str]) -> Self {
        let has = |f: &str| flags.contains(&f);
        if has("avx512f") {
            Self { f32_lanes: 16, registers: 32, name: "avx512" }
        } else if has("avx2") {
            Self { f32_lanes: 8, registers: 16, name: "avx2" }
        } else if has("avx") {
            Self { f32_lanes: 8, registers: 16, name: "avx" }
        } else {
            Self { f32_lanes: 4, registers: 16, name: "baseline" }
        }
    }

    /// A register tile (rows, columns) of an f32 contraction whose
    /// accumulator fits the register file with room for the operands: 8 x 32
    /// with AVX-512 (16 zmm), 4 x 16 with AVX2 (8 ymm; 8 x 16 spills), 4 x 8
    /// otherwise.
    pub fn register_tile(&self) -> (u64, u64) {
        match self.f32_lanes {
            16 => (8, 32),
            8 => (4, 16),
            _ => (4, 8),
        }
    }
}

struct Reference {
    /// Outputs per input set (see [`check_seeds`]).
    outputs: Vec<Vec<Vec<u8>>>,
    types: Vec<crate::exec::BufferType>,
    timing: Timing,
}

/// Buffers, outputs per input set, and output types of [`LocalMeasurer::run_checked`].
type Checked = (Buffers, Vec<Vec<Vec<u8>>>, Vec<crate::exec::BufferType>);

/// The seeds of the input sets every candidate's outputs are checked on:
/// the configured seed (whose inputs are also timed) and a second one, so a
/// race or a wrong schedule that happens to match on one input set is still
/// caught.
pub fn check_seeds(config: &MeasureConfig) -> [u64; 2] {
    [config.seed, config.seed ^ 0x9e37_79b9_7f4a_7c15]
}

/// Measures in the calling process. A kernel that crashes or hangs takes the
/// process with it: use it inside worker processes (`mlirrl worker`), not in
/// a training loop directly.
#[derive(Default)]
pub struct LocalMeasurer {
    references: Mutex<HashMap<String, std::sync::Arc<Reference>>>,
}

impl LocalMeasurer {
    /// A measurer with an empty baseline memo.
    pub fn new() -> Self {
        Self::default()
    }

    fn time(compiled: &Compiled, buffers: &mut Buffers, config: &MeasureConfig) -> Vec<u64> {
        if compiled.parallel {
            exec::set_omp_threads(config.threads.max(1));
        }
        for _ in 0..config.warmup {
            compiled.run(buffers);
        }
        let started = Instant::now();
        let mut runs = Vec::with_capacity(config.runs);
        for _ in 0..config.runs.max(1) {
            runs.push(compiled.run(buffers));
            if started.elapsed().as_millis() as u64 > config.budget_ms {
                break;
            }
        }
        runs
    }

    /// Runs once on each input set of [`check_seeds`], returning the outputs
    /// of each, and the buffers refilled with the first set for timing.
    fn run_checked(compiled: &Compiled, config: &MeasureConfig) -> Result<Checked, ExecError> {
        if compiled.parallel {
            exec::set_omp_threads(config.threads.max(1));
        }
        let seeds = check_seeds(config);
        let mut buffers = Buffers::new(&compiled.signature, seeds[0])?;
        let (mut outputs, mut types) = (Vec::new(), Vec::new());
        for (k, &seed) in seeds.iter().enumerate() {
            if k > 0 {
                buffers.reset(seed);
            }
            compiled.run(&mut buffers);
            let (o, t) = buffers.outputs();
            outputs.push(o);
            types = t;
        }
        buffers.reset(seeds[0]);
        Ok((buffers, outputs, types))
    }

    fn reference(&self, job: &MeasureJob) -> Result<std::sync::Arc<Reference>, Failure> {
        let key = format!("{}|{}", content_hash(job.program.as_bytes()), job.config.key());
        if let Some(r) =
            self.references.lock().map_err(|_| Failure::Worker("poisoned lock".into()))?.get(&key)
        {
            return Ok(r.clone());
        }
        let session =
            Session::new(&job.program, &job.name).map_err(|e| Failure::Program(e.to_string()))?;
        let compiled = exec::compile(session.context(), session.module())
            .map_err(|e| Failure::Program(e.to_string()))?;
        let (mut buffers, outputs, types) = Self::run_checked(&compiled, &job.config)
            .map_err(|e| Failure::Program(e.to_string()))?;
        let runs = Self::time(&compiled, &mut buffers, &job.config);
        let reference = std::sync::Arc::new(Reference {
            outputs,
            types,
            timing: Timing::from_runs(runs, compiled.compile_seconds),
        });
        let mut memo =
            self.references.lock().map_err(|_| Failure::Worker("poisoned lock".into()))?;
        if memo.len() > 64 {
            memo.clear();
        }
        memo.insert(key, reference.clone());
        Ok(reference)
    }

    fn candidate(&self, job: &MeasureJob, reference: &Reference) -> Result<Timing, Failure> {
        let session = match &job.candidate {
            Candidate::Module(text) => {
                Session::new(text, &job.name).map_err(|e| Failure::Compile(e.to_string()))?
            }
            Candidate::Schedule(schedule) => {
                let mut s = Session::new(&job.program, &job.name)
                    .map_err(|e| Failure::Program(e.to_string()))?;
                s.apply_schedule(schedule).map_err(|e| Failure::Transform(e.to_string()))?;
                s
            }
            Candidate::Script(script) => {
                let mut s = Session::new(&job.program, &job.name)
                    .map_err(|e| Failure::Program(e.to_string()))?;
                s.apply_script(script).map_err(|e| Failure::Transform(e.to_string()))?;
                s
            }
        };
        let compiled = exec::compile(session.context(), session.module()).map_err(|e| match e {
            ExecError::NoEntry(_) | ExecError::Signature(_) => Failure::Compile(e.to_string()),
            _ => Failure::Compile(e.to_string()),
        })?;
        let (mut buffers, outputs, _) = Self::run_checked(&compiled, &job.config)
            .map_err(|e| Failure::Compile(e.to_string()))?;
        for (expected, got) in reference.outputs.iter().zip(&outputs) {
            let cmp =
                exec::compare(expected, got, &reference.types, job.config.rtol, job.config.atol);
            if !cmp.ok || got.len() != expected.len() {
                let (buffer, element) = cmp.first_mismatch.unwrap_or((0, 0));
                return Err(Failure::WrongResult {
                    max_abs_error: cmp.max_abs_error,
                    buffer,
                    element,
                });
            }
        }
        let runs = Self::time(&compiled, &mut buffers, &job.config);
        Ok(Timing::from_runs(runs, compiled.compile_seconds))
    }
}

impl Measurer for LocalMeasurer {
    fn measure(&self, job: &MeasureJob) -> Measurement {
        let threads = job.config.threads;
        let reference = match self.reference(job) {
            Ok(r) => r,
            Err(f) => return Measurement::failed(f, threads),
        };
        let candidate = match &job.candidate {
            Candidate::Schedule(s) if s.is_noop() => Ok(reference.timing.clone()),
            _ => self.candidate(job, &reference),
        };
        Measurement {
            baseline: Some(reference.timing.clone()),
            candidate,
            threads,
            fingerprint: machine_fingerprint(),
            cached: false,
        }
    }
}
