//! Crash isolation: MLIR work runs in worker processes that speak a small
//! length-prefixed JSON protocol over pipes.
//!
//! The parent starts a worker with pipes on its stdin and stdout; the worker
//! first moves them to private descriptors ([`take_protocol_streams`]), so
//! that native code (a kernel calling `puts`, `transform.print`, MLIR's own
//! diagnostics) writes to stderr and can never corrupt or stall the
//! protocol. A worker also watches its parent and exits when the parent is
//! gone, so killing a parent never leaves a worker measuring.
//!
//! A frame is a little-endian `u32` byte length followed by that many bytes
//! of JSON ([`Request`] to the worker, [`Response`] back). A worker handles
//! one request at a time. When a worker dies (segfault, abort) or exceeds a
//! request's time limit, the [`WorkerProcess`] reports the failure for that
//! request only, kills what is left and starts a fresh process on the next
//! request.
//!
//! [`WorkerPool`] spreads measurement batches over N workers and implements
//! [`Measurer`]; [`EnvPool`] hosts environments in workers for PPO rollouts
//! and replays the surviving episodes of a worker that died.

use crate::{
    cache::{Cache, CachedMeasurer},
    env::{Benchmark, Env, EnvConfig, Observation, SharedExtractor, Step, StepInfo},
    measure::{Failure, LocalMeasurer, MeasureBackend, MeasureJob, Measurement, Measurer},
};
use serde::{Deserialize, Serialize, de::DeserializeOwned};
use std::{
    collections::HashMap,
    io::{self, BufReader, BufWriter, Read, Write},
    path::PathBuf,
    process::{Child, ChildStdin, Command, Stdio},
    sync::{
        Arc, Mutex,
        mpsc::{self, Receiver, RecvTimeoutError},
    },
    thread,
    time::Duration,
};

/// Largest frame accepted (guards against garbage lengths).
pub const MAX_FRAME: usize = 1 << 30;

/// A request to a worker.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Request {
    /// Liveness check.
    Ping,
    /// Measure one job.
    Measure(MeasureJob),
    /// Create (or replace) environment `slot` with `config`.
    EnvCreate {
        /// Slot number.
        slot: usize,
        /// Configuration.
        config: Box<EnvConfig>,
    },
    /// Reset environment `slot`.
    EnvReset {
        /// Slot number.
        slot: usize,
        /// Benchmark.
        benchmark: Benchmark,
    },
    /// Step environment `slot`.
    EnvStep {
        /// Slot number.
        slot: usize,
        /// Raw multi-discrete action.
        action: Vec<usize>,
    },
}

/// A worker's answer.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Response {
    /// Answer to `Ping`.
    Pong {
        /// Worker process id.
        pid: u32,
        /// Machine fingerprint.
        fingerprint: String,
    },
    /// Answer to `Measure`.
    Measured(Measurement),
    /// Answer to `EnvCreate`.
    Created,
    /// Answer to `EnvReset`.
    Reset(Observation),
    /// Answer to `EnvStep`.
    Stepped(Box<Step>),
    /// The request failed without killing the worker.
    Error(String),
}

/// Writes one frame.
pub fn write_frame<T: Serialize>(w: &mut impl Write, value: &T) -> io::Result<()> {
    let bytes = serde_json::to_vec(value).map_err(io::Error::other)?;
    if bytes.len() > MAX_FRAME {
        return Err(io::Error::new(io::ErrorKind::InvalidData, "frame too large"));
    }
    w.write_all(&(bytes.len() as u32).to_le_bytes())?;
    w.write_all(&bytes)?;
    w.flush()
}

/// Reads one frame; `Ok(None)` at a clean end of stream.
pub fn read_frame<T: DeserializeOwned>(r: &mut impl Read) -> io::Result<Option<T>> {
    let mut len = [0u8; 4];
    match r.read_exact(&mut len) {
        Ok(()) => {}
        Err(e) if e.kind() == io::ErrorKind::UnexpectedEof => return Ok(None),
        Err(e) => return Err(e),
    }
    let len = u32::from_le_bytes(len) as usize;
    if len > MAX_FRAME {
        return Err(io::Error::new(io::ErrorKind::InvalidData, format!("frame of {len} bytes")));
    }
    let mut buf = vec![0u8; len];
    r.read_exact(&mut buf)?;
    serde_json::from_slice(&buf)
        .map(Some)
        .map_err(|e| io::Error::new(io::ErrorKind::InvalidData, e))
}

/// Makes the feature extractor of each environment a worker hosts, from
/// the environment's configuration. A binary that trains with its own
/// extractor serves its workers with a factory that makes it (see
/// `mlirrl::worker::Worker`).
pub type ExtractorFactory = Arc<dyn Fn(&EnvConfig) -> SharedExtractor + Send + Sync>;

/// The factory of the seed features ([`crate::env::seed_extractor`]).
pub fn seed_extractors() -> ExtractorFactory {
    Arc::new(crate::env::seed_extractor)
}

/// Options of a serving worker.
#[derive(Clone)]
pub struct ServeOptions {
    /// Measurement cache directory, if any.
    pub cache_dir: Option<PathBuf>,
    /// The feature extractor of hosted environments.
    pub extractor: ExtractorFactory,
}

impl Default for ServeOptions {
    fn default() -> Self {
        Self { cache_dir: None, extractor: seed_extractors() }
    }
}

impl std::fmt::Debug for ServeOptions {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ServeOptions").field("cache_dir", &self.cache_dir).finish_non_exhaustive()
    }
}

/// The local measurer of a worker: in-process measurement, through the
/// cache in `cache_dir` when given.
pub fn local_measurer(
    cache_dir: Option<&std::path::Path>,
) -> io::Result<Arc<dyn Measurer + Send + Sync>> {
    Ok(match cache_dir {
        Some(dir) => Arc::new(CachedMeasurer::new(LocalMeasurer::new(), Cache::open(dir)?)),
        None => Arc::new(LocalMeasurer::new()),
    })
}

/// Serves requests from `input` until it closes, measuring locally.
pub fn serve(input: impl Read, output: impl Write, options: &ServeOptions) -> io::Result<()> {
    let measurer = local_measurer(options.cache_dir.as_deref())?;
    serve_with(input, output, measurer, options)
}

/// [`serve`] with a given measurer (e.g. one that sends jobs to remote
/// workers) for measurement requests and the environments' rewards; the
/// cache directory of `options` is not used (wrap the measurer instead).
pub fn serve_with(
    input: impl Read,
    output: impl Write,
    measurer: Arc<dyn Measurer + Send + Sync>,
    options: &ServeOptions,
) -> io::Result<()> {
    let mut input = BufReader::new(input);
    let mut output = BufWriter::new(output);
    let mut envs: HashMap<usize, Env> = HashMap::new();
    while let Some(request) = read_frame::<Request>(&mut input)? {
        let response = match request {
            Request::Ping => Response::Pong {
                pid: std::process::id(),
                fingerprint: crate::measure::machine_fingerprint(),
            },
            // Jobs are untrusted: settings are range-checked here, and the
            // program policy runs when the program is parsed.
            Request::Measure(job) => match job.config.validate() {
                Ok(()) => Response::Measured(measurer.measure(&job)),
                Err(e) => Response::Error(format!("invalid job: {e}")),
            },
            Request::EnvCreate { slot, config } => match config.validate() {
                Ok(()) => {
                    let extractor = (options.extractor)(&config);
                    let measurer = Box::new(measurer.clone());
                    envs.insert(slot, Env::with_extractor(*config, extractor, measurer));
                    Response::Created
                }
                Err(e) => Response::Error(format!("invalid environment: {e}")),
            },
            Request::EnvReset { slot, benchmark } => match envs.get_mut(&slot) {
                Some(env) => match env.reset(&benchmark) {
                    Ok(obs) => Response::Reset(obs),
                    Err(e) => Response::Error(e.to_string()),
                },
                None => Response::Error(format!("no environment in slot {slot}")),
            },
            Request::EnvStep { slot, action } => match envs.get_mut(&slot) {
                Some(env) => match env.step(&action) {
                    Ok(step) => Response::Stepped(Box::new(step)),
                    Err(e) => Response::Error(e.to_string()),
                },
                None => Response::Error(format!("no environment in slot {slot}")),
            },
        };
        write_frame(&mut output, &response)?;
    }
    Ok(())
}

/// The environment variable through which a parent tells a worker its pid;
/// the worker exits when its parent changes (see [`watch_parent`]).
pub const PARENT_PID_VAR: &str = "MLIRRL_PARENT_PID";

/// Moves the protocol off the standard streams: returns private duplicates
/// of stdin and stdout (close-on-exec), then points fd 0 at `/dev/null` and
/// fd 1 at stderr. Anything native code prints afterwards goes to stderr;
/// nothing can read or write the protocol but the returned files.
pub fn take_protocol_streams() -> io::Result<(std::fs::File, std::fs::File)> {
    use std::os::fd::FromRawFd;
    // SAFETY: plain descriptor calls; each returned descriptor is owned by
    // exactly one File below.
    unsafe {
        let input = libc::fcntl(0, libc::F_DUPFD_CLOEXEC, 3);
        if input < 0 {
            return Err(io::Error::last_os_error());
        }
        let output = libc::fcntl(1, libc::F_DUPFD_CLOEXEC, 3);
        if output < 0 {
            let e = io::Error::last_os_error();
            libc::close(input);
            return Err(e);
        }
        let (input, output) =
            (std::fs::File::from_raw_fd(input), std::fs::File::from_raw_fd(output));
        let null = libc::open(c"/dev/null".as_ptr(), libc::O_RDONLY | libc::O_CLOEXEC);
        if null < 0 || libc::dup2(null, 0) < 0 {
            return Err(io::Error::last_os_error());
        }
        libc::close(null);
        // If stderr is not usable, stdout must still leave the protocol pipe.
        if libc::dup2(2, 1) < 0 {
            let null = libc::open(c"/dev/null".as_ptr(), libc::O_WRONLY | libc::O_CLOEXEC);
            if null < 0 || libc::dup2(null, 1) < 0 {
                return Err(io::Error::last_os_error());
            }
            libc::close(null);
        }
        Ok((input, output))
    }
}

/// Restricts this worker process with a seccomp filter (Linux, x86-64):
/// `execve`, `execveat` and `ptrace` fail with `EPERM`, so even a kernel that
/// corrupted its own memory cannot start another program. Called by serving
/// workers after everything that needs a subprocess (the LLVM lookup) has
/// run. A no-op elsewhere, or when the kernel refuses filters.
pub fn lock_down() {
    // Resolve the LLVM installation first: the lookup may run llvm-config.
    let _ = mlirrl_ir::llvm::installation();
    #[cfg(all(target_os = "linux", target_arch = "x86_64"))]
    {
        const LD_W_ABS: u16 = 0x20;
        const JEQ_K: u16 = 0x15;
        const RET_K: u16 = 0x06;
        const ARCH_X86_64: u32 = 0xC000_003E;
        const ALLOW: u32 = 0x7fff_0000;
        const ERRNO_EPERM: u32 = 0x0005_0000 | libc::EPERM as u32;
        let f = |code: u16, jt: u8, jf: u8, k: u32| libc::sock_filter { code, jt, jf, k };
        let filter = [
            f(LD_W_ABS, 0, 0, 4), // arch
            f(JEQ_K, 1, 0, ARCH_X86_64),
            f(RET_K, 0, 0, ERRNO_EPERM),
            f(LD_W_ABS, 0, 0, 0), // syscall number
            f(JEQ_K, 3, 0, libc::SYS_execve as u32),
            f(JEQ_K, 2, 0, libc::SYS_execveat as u32),
            f(JEQ_K, 1, 0, libc::SYS_ptrace as u32),
            f(RET_K, 0, 0, ALLOW),
            f(RET_K, 0, 0, ERRNO_EPERM),
        ];
        let program =
            libc::sock_fprog { len: filter.len() as u16, filter: filter.as_ptr() as *mut _ };
        // SAFETY: prctl with a valid, live filter program; failure leaves the
        // process as it was (reported, not fatal).
        unsafe {
            if libc::prctl(libc::PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0
                || libc::prctl(
                    libc::PR_SET_SECCOMP,
                    libc::SECCOMP_MODE_FILTER,
                    &program as *const libc::sock_fprog,
                ) != 0
            {
                tracing::warn!(
                    "worker: seccomp filter not installed: {}",
                    io::Error::last_os_error()
                );
            }
        }
    }
}

/// When this process was started by a worker pool ([`PARENT_PID_VAR`] is
/// set), a background thread ends the process as soon as the parent is gone
/// (re-parented), even in the middle of a kernel. A no-op otherwise.
pub fn watch_parent() {
    let Some(parent) = std::env::var(PARENT_PID_VAR).ok().and_then(|p| p.parse::<i32>().ok())
    else {
        return;
    };
    let gone = move || {
        // SAFETY: getppid has no preconditions.
        unsafe { libc::getppid() != parent }
    };
    if gone() {
        // SAFETY: exiting at once is the point; nothing needs flushing.
        unsafe { libc::_exit(3) };
    }
    thread::spawn(move || {
        loop {
            thread::sleep(Duration::from_millis(100));
            if gone() {
                // SAFETY: as above.
                unsafe { libc::_exit(3) };
            }
        }
    });
}

/// The first argument that makes a binary act as a worker (the `mlirrl`
/// binary's `worker` subcommand; `mlirrl::worker::serve_if_requested` for
/// examples and other binaries that are their own workers).
pub const WORKER_ARG: &str = "worker";

/// How to start a worker process (`Debug` shows environment variable names,
/// not their values, which may be credentials).
#[derive(Clone)]
pub struct WorkerCommand {
    /// Executable.
    pub program: PathBuf,
    /// Arguments (must make it serve, e.g. `["worker"]`).
    pub args: Vec<String>,
    /// OpenMP threads of the worker (`OMP_NUM_THREADS`).
    pub threads: usize,
    /// Measurement cache directory shared by the workers.
    pub cache_dir: Option<PathBuf>,
    /// Where the workers' environments send their measurements.
    pub backend: MeasureBackend,
    /// Address-space limit of each worker process in bytes (`RLIMIT_AS`),
    /// so a runaway program fails its own job instead of exhausting the
    /// machine; `None` for no limit. Defaults to [`default_memory_limit`].
    pub memory_limit: Option<u64>,
    /// Extra environment variables of the worker (e.g. credentials, which
    /// must never travel in its arguments).
    pub env: Vec<(String, String)>,
}

/// The environment variable that sets the workers' memory limit in MiB
/// (`0` for none).
pub const MEMORY_LIMIT_VAR: &str = "MLIRRL_WORKER_MEMORY_MB";

/// The default address-space limit of a worker: [`MEMORY_LIMIT_VAR`] when
/// set, else half of the machine's memory (at least 2 GiB).
pub fn default_memory_limit() -> Option<u64> {
    if let Ok(v) = std::env::var(MEMORY_LIMIT_VAR) {
        return match v.trim().parse::<u64>() {
            Ok(0) => None,
            Ok(mb) => Some(mb.saturating_mul(1 << 20)),
            Err(_) => {
                tracing::warn!("{MEMORY_LIMIT_VAR}={v} is not a number of MiB; using the default");
                machine_memory().map(|m| (m / 2).max(2 << 30))
            }
        };
    }
    machine_memory().map(|m| (m / 2).max(2 << 30))
}

/// Total memory of this machine in bytes (from `/proc/meminfo`).
pub fn machine_memory() -> Option<u64> {
    let info = std::fs::read_to_string("/proc/meminfo").ok()?;
    let line = info.lines().find(|l| l.starts_with("MemTotal:"))?;
    let kb: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    kb.checked_mul(1024)
}

impl std::fmt::Debug for WorkerCommand {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let env: Vec<&str> = self.env.iter().map(|(k, _)| k.as_str()).collect();
        f.debug_struct("WorkerCommand")
            .field("program", &self.program)
            .field("args", &self.args)
            .field("threads", &self.threads)
            .field("cache_dir", &self.cache_dir)
            .field("backend", &self.backend)
            .field("memory_limit", &self.memory_limit)
            .field("env", &env)
            .finish()
    }
}

impl WorkerCommand {
    /// `program worker`.
    pub fn new(program: impl Into<PathBuf>) -> Self {
        Self {
            program: program.into(),
            args: vec![WORKER_ARG.into()],
            threads: 1,
            cache_dir: None,
            backend: MeasureBackend::Local,
            memory_limit: default_memory_limit(),
            env: Vec::new(),
        }
    }

    /// This executable as its own worker (it must call
    /// `mlirrl::worker::serve_if_requested` at start, as the examples do; the
    /// `mlirrl` binary has the `worker` subcommand).
    pub fn current_exe() -> io::Result<Self> {
        Ok(Self::new(std::env::current_exe()?))
    }

    fn spawn(&self) -> io::Result<Child> {
        let mut command = Command::new(&self.program);
        command.args(&self.args);
        if let Some(dir) = &self.cache_dir {
            command.arg("--cache").arg(dir);
        }
        if let MeasureBackend::Nats { url } = &self.backend {
            // Arguments are visible to every user of the machine.
            if self.backend.has_credentials() {
                return Err(io::Error::new(
                    io::ErrorKind::InvalidInput,
                    format!(
                        "worker backend {}: credentials in the URL would show in the worker's \
                         arguments; give them in the MLIRRL_NATS_* environment variables",
                        self.backend.redacted()
                    ),
                ));
            }
            command.arg("--measure").arg(url);
        }
        if let Some(limit) = self.memory_limit {
            use std::os::unix::process::CommandExt;
            let rlimit = libc::rlimit { rlim_cur: limit, rlim_max: limit };
            // SAFETY: the closure only calls setrlimit (a plain system call
            // on Linux, safe between fork and exec) on its own copy of the
            // limit.
            unsafe {
                command.pre_exec(move || {
                    if libc::setrlimit(libc::RLIMIT_AS, &rlimit) != 0 {
                        return Err(io::Error::last_os_error());
                    }
                    Ok(())
                });
            }
        }
        command
            .envs(self.env.iter().map(|(k, v)| (k, v)))
            .env("OMP_NUM_THREADS", self.threads.max(1).to_string())
            .env(PARENT_PID_VAR, std::process::id().to_string())
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
    }
}

struct Running {
    child: Child,
    stdin: BufWriter<ChildStdin>,
    responses: Receiver<io::Result<Option<Response>>>,
    stderr: Arc<Mutex<String>>,
}

/// Why a request got no answer.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum WorkerError {
    /// The worker died while handling the request.
    #[error("worker died: {0}")]
    Crashed(String),
    /// The request exceeded its time limit; the worker was killed.
    #[error("worker timed out after {0} ms")]
    Timeout(u64),
    /// The worker could not be started or spoke garbage.
    #[error("worker unusable: {0}")]
    Io(String),
}

/// One worker process, restarted on demand.
pub struct WorkerProcess {
    command: WorkerCommand,
    running: Option<Running>,
    restarts: usize,
}

fn describe_exit(status: std::process::ExitStatus) -> String {
    use std::os::unix::process::ExitStatusExt;
    match status.signal() {
        Some(sig) => {
            let name = match sig {
                libc::SIGSEGV => "SIGSEGV",
                libc::SIGABRT => "SIGABRT",
                libc::SIGBUS => "SIGBUS",
                libc::SIGILL => "SIGILL",
                libc::SIGFPE => "SIGFPE",
                libc::SIGKILL => "SIGKILL",
                _ => "signal",
            };
            format!("killed by {name} ({sig})")
        }
        None => format!("exited with {status}"),
    }
}

impl WorkerProcess {
    /// A worker that starts on first use.
    pub fn new(command: WorkerCommand) -> Self {
        Self { command, running: None, restarts: 0 }
    }

    /// How many times the process was (re)started.
    pub fn starts(&self) -> usize {
        self.restarts
    }

    fn start(&mut self) -> Result<&mut Running, WorkerError> {
        if self.running.is_none() {
            let mut child = self.command.spawn().map_err(|e| {
                WorkerError::Io(format!("cannot start {}: {e}", self.command.program.display()))
            })?;
            let stdin = child.stdin.take().ok_or_else(|| WorkerError::Io("no stdin".into()))?;
            let mut stdout =
                child.stdout.take().ok_or_else(|| WorkerError::Io("no stdout".into()))?;
            let mut stderr_pipe =
                child.stderr.take().ok_or_else(|| WorkerError::Io("no stderr".into()))?;
            let (tx, rx) = mpsc::channel();
            thread::spawn(move || {
                let mut reader = BufReader::new(&mut stdout);
                loop {
                    let frame = read_frame::<Response>(&mut reader);
                    let end = !matches!(frame, Ok(Some(_)));
                    if tx.send(frame).is_err() || end {
                        break;
                    }
                }
            });
            let stderr = Arc::new(Mutex::new(String::new()));
            let sink = stderr.clone();
            thread::spawn(move || {
                let mut buf = [0u8; 4096];
                while let Ok(n) = stderr_pipe.read(&mut buf) {
                    if n == 0 {
                        break;
                    }
                    if let Ok(mut s) = sink.lock() {
                        s.push_str(&String::from_utf8_lossy(&buf[..n]));
                        if s.len() > 8192 {
                            let cut = s.len() - 4096;
                            let cut = (cut..s.len()).find(|&i| s.is_char_boundary(i)).unwrap_or(0);
                            s.replace_range(..cut, "");
                        }
                    }
                }
            });
            self.restarts += 1;
            self.running =
                Some(Running { child, stdin: BufWriter::new(stdin), responses: rx, stderr });
        }
        self.running.as_mut().ok_or_else(|| WorkerError::Io("not running".into()))
    }

    fn kill(&mut self) -> String {
        match self.running.take() {
            Some(mut r) => {
                let _ = r.child.kill();
                let status = r.child.wait().map(describe_exit).unwrap_or_else(|e| e.to_string());
                let tail = r.stderr.lock().map(|s| s.trim().to_string()).unwrap_or_default();
                if tail.is_empty() { status } else { format!("{status}; stderr: {tail}") }
            }
            None => "not running".into(),
        }
    }

    /// Sends a request and waits up to `timeout` for the answer.
    pub fn request(
        &mut self,
        request: &Request,
        timeout: Duration,
    ) -> Result<Response, WorkerError> {
        let running = self.start()?;
        if let Err(e) = write_frame(&mut running.stdin, request) {
            let status = self.kill();
            return Err(WorkerError::Crashed(format!("{status} (write failed: {e})")));
        }
        let running = self.running.as_mut().ok_or_else(|| WorkerError::Io("not running".into()))?;
        match running.responses.recv_timeout(timeout) {
            Ok(Ok(Some(response))) => Ok(response),
            Ok(Ok(None)) | Ok(Err(_)) | Err(RecvTimeoutError::Disconnected) => {
                // Give the stderr reader a moment to collect the last words.
                thread::sleep(Duration::from_millis(20));
                Err(WorkerError::Crashed(self.kill()))
            }
            Err(RecvTimeoutError::Timeout) => {
                self.kill();
                Err(WorkerError::Timeout(timeout.as_millis() as u64))
            }
        }
    }

    /// Sends a measurement job; every failure becomes a [`Measurement`].
    pub fn measure(&mut self, job: &MeasureJob) -> Measurement {
        let timeout = Duration::from_millis(job.config.timeout_ms.max(1));
        match self.request(&Request::Measure(job.clone()), timeout) {
            Ok(Response::Measured(m)) => m,
            Ok(Response::Error(e)) => Measurement::failed(Failure::Worker(e), job.config.threads),
            Ok(other) => Measurement::failed(
                Failure::Worker(format!("unexpected answer {other:?}")),
                job.config.threads,
            ),
            Err(WorkerError::Crashed(s)) => {
                Measurement::failed(Failure::Crashed(s), job.config.threads)
            }
            Err(WorkerError::Timeout(ms)) => {
                Measurement::failed(Failure::Timeout(ms), job.config.threads)
            }
            Err(WorkerError::Io(s)) => Measurement::failed(Failure::Worker(s), job.config.threads),
        }
    }
}

impl Drop for WorkerProcess {
    fn drop(&mut self) {
        if let Some(mut r) = self.running.take() {
            drop(r.stdin);
            // A worker exits when its stdin closes; don't wait on a stuck one.
            for _ in 0..50 {
                if let Ok(Some(_)) = r.child.try_wait() {
                    return;
                }
                thread::sleep(Duration::from_millis(10));
            }
            let _ = r.child.kill();
            let _ = r.child.wait();
        }
    }
}

/// A pool of worker processes measuring batches in parallel.
pub struct WorkerPool {
    workers: Vec<Mutex<WorkerProcess>>,
}

impl WorkerPool {
    /// `n` workers started from `command` (lazily).
    pub fn new(command: WorkerCommand, n: usize) -> Self {
        Self {
            workers: (0..n.max(1))
                .map(|_| Mutex::new(WorkerProcess::new(command.clone())))
                .collect(),
        }
    }

    /// Number of workers.
    pub fn len(&self) -> usize {
        self.workers.len()
    }

    /// Whether the pool has no workers (never: at least one is created).
    pub fn is_empty(&self) -> bool {
        self.workers.is_empty()
    }

    /// Total process starts (first starts plus restarts).
    pub fn starts(&self) -> usize {
        self.workers.iter().filter_map(|w| w.lock().ok().map(|w| w.starts())).sum()
    }
}

impl Measurer for WorkerPool {
    fn measure(&self, job: &MeasureJob) -> Measurement {
        self.measure_batch(std::slice::from_ref(job)).pop().unwrap_or_else(|| {
            Measurement::failed(Failure::Worker("no result".into()), job.config.threads)
        })
    }

    fn measure_batch(&self, jobs: &[MeasureJob]) -> Vec<Measurement> {
        let next = Mutex::new(0usize);
        let results: Vec<Mutex<Option<Measurement>>> =
            jobs.iter().map(|_| Mutex::new(None)).collect();
        thread::scope(|scope| {
            for worker in &self.workers {
                scope.spawn(|| {
                    let Ok(mut worker) = worker.lock() else { return };
                    loop {
                        let i = {
                            let Ok(mut n) = next.lock() else { return };
                            let i = *n;
                            *n += 1;
                            i
                        };
                        if i >= jobs.len() {
                            break;
                        }
                        let m = worker.measure(&jobs[i]);
                        if let Ok(mut slot) = results[i].lock() {
                            *slot = Some(m);
                        }
                    }
                });
            }
        });
        results
            .into_iter()
            .zip(jobs)
            .map(|(r, j)| {
                r.into_inner().ok().flatten().unwrap_or_else(|| {
                    Measurement::failed(
                        Failure::Worker("no worker handled the job".into()),
                        j.config.threads,
                    )
                })
            })
            .collect()
    }
}

struct SlotLog {
    benchmark: Benchmark,
    actions: Vec<Vec<usize>>,
    done: bool,
}

/// Environments hosted in worker processes, for batched rollouts.
///
/// Slot `i` lives in worker `i % workers`. Requests to different workers run
/// in parallel. When a worker dies or times out, the slot whose request was in
/// flight ends its episode with the run-failure reward; the worker is
/// restarted and every other episode it hosted is rebuilt by replaying its
/// reset and actions, so only that one episode is lost.
pub struct EnvPool {
    workers: Vec<Mutex<WorkerProcess>>,
    config: EnvConfig,
    observation: crate::env::ObservationSpec,
    slots: Vec<Mutex<Option<SlotLog>>>,
    timeout: Duration,
}

fn env_error(e: impl std::fmt::Display) -> io::Error {
    io::Error::other(e.to_string())
}

impl EnvPool {
    /// `slots` environments over `workers` processes.
    pub fn new(command: WorkerCommand, workers: usize, slots: usize, config: EnvConfig) -> Self {
        let timeout = Duration::from_millis(config.measure.timeout_ms.saturating_mul(2).max(1000));
        Self {
            workers: (0..workers.max(1))
                .map(|_| Mutex::new(WorkerProcess::new(command.clone())))
                .collect(),
            observation: crate::env::observation_spec(&config),
            config,
            slots: (0..slots).map(|_| Mutex::new(None)).collect(),
            timeout,
        }
    }

    /// The observation sizes of the workers' environments when they observe
    /// through another extractor than the seed features (the pool sizes the
    /// observations of episodes a dead worker ended with them).
    pub fn with_observation_spec(mut self, spec: crate::env::ObservationSpec) -> Self {
        self.observation = spec;
        self
    }

    /// Number of environment slots.
    pub fn slots(&self) -> usize {
        self.slots.len()
    }

    /// Total worker process starts (first starts plus restarts).
    pub fn starts(&self) -> usize {
        self.workers.iter().filter_map(|w| w.lock().ok().map(|w| w.starts())).sum()
    }

    fn worker_of(&self, slot: usize) -> usize {
        slot % self.workers.len()
    }

    /// Rebuilds every live episode of worker `w` except `skip` after a restart.
    fn replay(&self, worker: &mut WorkerProcess, w: usize, skip: usize) {
        for slot in (0..self.slots.len()).filter(|&s| self.worker_of(s) == w && s != skip) {
            let Ok(mut guard) = self.slots[slot].lock() else { continue };
            let Some(log) = guard.as_mut() else { continue };
            if log.done {
                continue;
            }
            let config = Box::new(self.config.clone());
            let mut ok = matches!(
                worker.request(&Request::EnvCreate { slot, config }, self.timeout),
                Ok(Response::Created)
            ) && matches!(
                worker.request(
                    &Request::EnvReset { slot, benchmark: log.benchmark.clone() },
                    self.timeout
                ),
                Ok(Response::Reset(_))
            );
            for action in &log.actions {
                if !ok {
                    break;
                }
                ok = matches!(
                    worker
                        .request(&Request::EnvStep { slot, action: action.clone() }, self.timeout),
                    Ok(Response::Stepped(_))
                );
            }
            if !ok {
                log.done = true;
            }
        }
    }

    fn reset_one(&self, slot: usize, benchmark: &Benchmark) -> io::Result<Observation> {
        let w = self.worker_of(slot);
        let mut worker = self.workers[w].lock().map_err(env_error)?;
        let config = Box::new(self.config.clone());
        let created = worker.request(&Request::EnvCreate { slot, config }, self.timeout);
        if created.is_err() {
            self.replay(&mut worker, w, slot);
        }
        match created {
            Ok(Response::Created) => {}
            Ok(other) => return Err(env_error(format!("unexpected answer {other:?}"))),
            Err(e) => return Err(env_error(e)),
        }
        let answer =
            worker.request(&Request::EnvReset { slot, benchmark: benchmark.clone() }, self.timeout);
        let crashed = answer.is_err();
        if crashed {
            self.replay(&mut worker, w, slot);
        }
        let obs = match answer {
            Ok(Response::Reset(obs)) => obs,
            Ok(Response::Error(e)) => return Err(env_error(e)),
            Ok(other) => return Err(env_error(format!("unexpected answer {other:?}"))),
            Err(e) => return Err(env_error(e)),
        };
        *self.slots[slot].lock().map_err(env_error)? =
            Some(SlotLog { benchmark: benchmark.clone(), actions: Vec::new(), done: false });
        Ok(obs)
    }

    /// Resets slot `i` with `benchmarks[i]` for every given pair, in parallel.
    pub fn reset(&self, requests: &[(usize, Benchmark)]) -> Vec<io::Result<Observation>> {
        self.parallel(requests, |(slot, _)| *slot, |(slot, b)| self.reset_one(*slot, b))
    }

    fn failed_step(&self, slot: usize, reason: String) -> Step {
        let spec = &self.observation;
        Step {
            observation: Observation {
                features: vec![0.0; spec.total],
                mask: vec![false; spec.mask],
                op: String::new(),
            },
            reward: self.config.reward.run_failure,
            done: true,
            info: StepInfo {
                failure: Some(reason),
                speedup: Some(1.0),
                op: format!("slot {slot}"),
                ..Default::default()
            },
        }
    }

    fn step_one(&self, slot: usize, action: &[usize]) -> io::Result<Step> {
        let w = self.worker_of(slot);
        let mut worker = self.workers[w].lock().map_err(env_error)?;
        let answer =
            worker.request(&Request::EnvStep { slot, action: action.to_vec() }, self.timeout);
        match answer {
            Ok(Response::Stepped(step)) => {
                let mut guard = self.slots[slot].lock().map_err(env_error)?;
                if let Some(log) = guard.as_mut() {
                    log.actions.push(action.to_vec());
                    log.done = step.done;
                }
                Ok(*step)
            }
            Ok(Response::Error(e)) => Err(env_error(e)),
            Ok(other) => Err(env_error(format!("unexpected answer {other:?}"))),
            Err(e) => {
                if let Ok(mut guard) = self.slots[slot].lock()
                    && let Some(log) = guard.as_mut()
                {
                    log.done = true;
                }
                self.replay(&mut worker, w, slot);
                Ok(self.failed_step(slot, e.to_string()))
            }
        }
    }

    /// Steps the given slots with their actions, in parallel across workers.
    /// A worker crash or timeout ends only the affected slot's episode (with
    /// the run-failure reward); misuse (illegal action, no episode) is an error.
    pub fn step(&self, actions: &[(usize, Vec<usize>)]) -> Vec<io::Result<Step>> {
        self.parallel(actions, |(slot, _)| *slot, |(slot, action)| self.step_one(*slot, action))
    }

    /// Runs `f` on every item, one thread per worker, each handling the items
    /// of the slots its worker hosts (in order).
    fn parallel<T: Sync, R: Send>(
        &self,
        items: &[T],
        slot_of: impl Fn(&T) -> usize + Sync,
        f: impl Fn(&T) -> io::Result<R> + Sync,
    ) -> Vec<io::Result<R>> {
        let results: Vec<Mutex<Option<io::Result<R>>>> =
            items.iter().map(|_| Mutex::new(None)).collect();
        thread::scope(|scope| {
            for w in 0..self.workers.len() {
                let (results, f, slot_of) = (&results, &f, &slot_of);
                scope.spawn(move || {
                    for (i, item) in items.iter().enumerate() {
                        if self.worker_of(slot_of(item)) == w {
                            let r = f(item);
                            if let Ok(mut slot) = results[i].lock() {
                                *slot = Some(r);
                            }
                        }
                    }
                });
            }
        });
        results
            .into_iter()
            .map(|r| {
                r.into_inner()
                    .ok()
                    .flatten()
                    .unwrap_or_else(|| Err(env_error("request not handled")))
            })
            .collect()
    }
}
