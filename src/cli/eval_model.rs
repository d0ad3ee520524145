//! `mlirrl eval-model MODEL.onnx [--checkpoint CKPT] --out DIR`: the command
//! line of [`mlirrl::eval_model`].

use super::Error;
use mlirrl::{
    agent::Search,
    eval_model::{EvalModelOptions, run as evaluate},
};
use std::path::PathBuf;

/// Arguments of `mlirrl eval-model`.
#[derive(clap::Args)]
pub struct Args {
    /// The ONNX model (opsets 7 to 21).
    model: PathBuf,
    /// Trained policy (default: the shipped general policy).
    #[arg(long)]
    checkpoint: Option<PathBuf>,
    /// Output directory (report.md, report.json, per_layer_speedup.png
    /// unless --schedule, model.mlir, optimized.mlir, schedule.json).
    #[arg(long)]
    out: PathBuf,
    /// Batch size for a symbolic leading input dimension.
    #[arg(long)]
    batch: Option<u64>,
    /// Layout of the 4-D activations inside the module: `nhwc` (channels
    /// last end to end, filters rearranged at import, transposes only at the
    /// edges; 1.3 to 1.8 times faster on ResNet-18 and MobileNetV2) or `nchw`
    /// (as the file has them); inputs and outputs stay NCHW.
    #[arg(long, default_value = "nhwc")]
    layout: mlirrl::onnx::Layout,
    /// `greedy`, `sample:K`, `beam:K` or `budget:N` per block.
    #[arg(long, default_value = "greedy")]
    search: Search,
    /// OpenMP threads (and ONNX Runtime intra-op threads).
    #[arg(long, default_value_t = super::default_threads())]
    threads: usize,
    /// Ops per fusion block (blocks partition the network).
    #[arg(long, default_value_t = 3)]
    window: usize,
    /// Timed end-to-end runs (after one warm-up run).
    #[arg(long, default_value_t = 5)]
    runs: usize,
    /// Rewrite convolutions as im2col + contraction before scheduling (the
    /// environment option `img2col`), whatever the checkpoint was trained
    /// with: a policy trained on matmuls then schedules the contraction.
    #[arg(long)]
    img2col: bool,
    /// Also measure the heuristic schedules of each block (see `mlirrl eval`)
    /// and keep whichever of policy, heuristic and untransformed is fastest;
    /// the report names the winner of each block.
    #[arg(long)]
    heuristic: bool,
    /// Skip ONNX Runtime even when it is installed.
    #[arg(long)]
    no_ort: bool,
    /// The Python interpreter for the ONNX Runtime script.
    #[arg(long, default_value = "python3")]
    python: String,
    /// The ONNX Runtime timing script (default: the copy of
    /// scripts/ort_time.py built into the binary).
    #[arg(long)]
    ort_script: Option<PathBuf>,
    /// Run this whole-module schedule (JSON, e.g. the `schedule.json` of an
    /// earlier run with the same `--layout` and `--batch`, or canonical
    /// text) instead of optimising block by block: the end-to-end timing and
    /// ONNX Runtime without the per-block search.
    #[arg(long, conflicts_with_all = ["checkpoint", "search", "heuristic", "img2col", "window"])]
    schedule: Option<PathBuf>,
}

impl TryFrom<Args> for EvalModelOptions {
    type Error = Error;

    fn try_from(a: Args) -> Result<Self, Error> {
        let schedule = a.schedule.as_deref().map(super::measure::read_schedule).transpose()?;
        Ok(Self {
            model: a.model,
            checkpoint: a.checkpoint,
            out: a.out,
            batch: a.batch,
            layout: a.layout,
            search: a.search,
            threads: a.threads,
            window: a.window,
            runs: a.runs,
            img2col: a.img2col,
            heuristic: a.heuristic,
            no_ort: a.no_ort,
            python: a.python,
            ort_script: a.ort_script,
            schedule,
        })
    }
}

/// Runs the subcommand: the report on stdout, progress on stderr, an error
/// (after the report) when the optimised network's output differs.
pub fn run(args: Args) -> Result<(), Error> {
    let options = EvalModelOptions::try_from(args)?;
    let evaluated = evaluate(&options, &mut |line| eprintln!("{line}"))?;
    print!("{}", evaluated.markdown);
    if !evaluated.outputs_match {
        return Err(format!(
            "the optimised network's output differs from the untransformed one (max abs error {:.3e})",
            evaluated.max_abs_error
        )
        .into());
    }
    Ok(())
}
