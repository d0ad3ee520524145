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

/// The default of every `--threads`: the cores this process may use
/// (shared among the worker processes where a command has `--workers`).
pub fn default_threads() -> usize {
    mlirrl::api::default_threads()
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

pub use mlirrl::api::write_schedule_files;

/// An error with its own exit code (see [`mlirrl::api::exit`]).
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
/// code of its kind of failure ([`mlirrl::api::candidate_failure`]).
pub fn candidate_error(name: &str, failure: &mlirrl::env::Failure) -> Error {
    match mlirrl::api::candidate_failure(name, failure) {
        (1, message) => message.into(),
        (code, message) => Box::new(Exit { code, message }),
    }
}
