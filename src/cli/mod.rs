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
pub mod worker;

/// The error every subcommand returns; printed once by `main`.
pub type Error = Box<dyn std::error::Error + Send + Sync>;

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
