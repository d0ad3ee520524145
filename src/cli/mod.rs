//! Subcommands of the `mlirrl` tool.

pub mod eval;
pub mod eval_model;
pub mod generate;
pub mod import;
pub mod inspect;
pub mod measure;
pub mod optimize;
pub mod train;
pub mod tune;

/// The default of every `--threads`: the cores this process may use.
pub fn default_threads() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
}

/// The error every subcommand returns; printed once by `main`.
pub type Error = Box<dyn std::error::Error + Send + Sync>;

/// Creates `dir` and checks that it can be written, so a bad `--out` fails
/// before any work is done.
pub fn prepare_out_dir(dir: &std::path::Path) -> Result<(), Error> {
    std::fs::create_dir_all(dir)
        .map_err(|e| format!("{}: cannot create the output directory: {e}", dir.display()))?;
    let probe = dir.join(format!(".mlirrl-write-test-{}", std::process::id()));
    std::fs::write(&probe, b"")
        .map_err(|e| format!("{}: the output directory is not writable: {e}", dir.display()))?;
    let _ = std::fs::remove_file(&probe);
    Ok(())
}

/// Writes the files of a chosen schedule into `dir` (as `optimize` and
/// `tune` do): `schedule.json`, `schedule.transform.mlir` with the tagged
/// program `program.tagged.mlir` it applies to, and `optimized.mlir`.
pub fn write_schedule_files(
    dir: &std::path::Path,
    name: &str,
    tagged_source: &str,
    schedule: &mlirrl::env::Schedule,
) -> Result<(), Error> {
    let mut session = mlirrl::env::Session::new(tagged_source, name)?;
    session.apply_schedule(schedule).map_err(|e| format!("{name}: {e}"))?;
    let write = |file: &str, text: &str| {
        std::fs::write(dir.join(file), text)
            .map_err(|e| format!("{}: {e}", dir.join(file).display()))
    };
    write("schedule.json", &serde_json::to_string_pretty(schedule)?)?;
    write("schedule.transform.mlir", &session.exported_script())?;
    write("program.tagged.mlir", tagged_source)?;
    write("optimized.mlir", &session.module_text())?;
    Ok(())
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

/// An error with its own exit code (see [`exit`]).
#[derive(Debug)]
pub struct Exit {
    /// The process exit code.
    pub code: u8,
    /// The message printed after `error: `.
    pub message: String,
}

impl std::fmt::Display for Exit {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Exit {}

/// The error for a candidate that did not measure correctly, with the exit
/// code of its kind of failure.
pub fn candidate_error(name: &str, failure: &mlirrl::env::Failure) -> Error {
    use mlirrl::env::Failure;
    let (code, what) = match failure {
        Failure::Program(why) => {
            return format!("{name}: the untransformed program cannot run: {why}").into();
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
    Box::new(Exit { code, message: format!("{name}: {what}: {failure}") })
}
