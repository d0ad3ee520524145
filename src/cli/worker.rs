//! `mlirrl worker [--cache DIR]`: serve measurement and environment requests
//! on stdin/stdout (the length-prefixed protocol of `mlirrl_env::worker`).

use super::Error;
use std::path::PathBuf;

/// Arguments of `mlirrl worker`.
#[derive(clap::Args)]
pub struct Args {
    /// Measurement cache directory shared with other workers.
    #[arg(long)]
    cache: Option<PathBuf>,
}

/// Runs the subcommand.
pub fn run(args: Args) -> Result<(), Error> {
    let options = mlirrl::env::worker::ServeOptions { cache_dir: args.cache };
    mlirrl::env::worker::serve(std::io::stdin().lock(), std::io::stdout().lock(), &options)?;
    Ok(())
}
