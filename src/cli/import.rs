//! `mlirrl import MODEL.onnx --out DIR [--batch N] [--layout L] [--window W] [--stride S]`

use super::Error;
use mlirrl::api::write_file as write_atomic;
use mlirrl::eval_model::load;
use mlirrl::{bench::Generated, onnx::Network};
use serde_json::json;
use std::path::PathBuf;

/// Arguments of `mlirrl import`.
#[derive(clap::Args)]
pub struct Args {
    /// The ONNX model (opsets 7 to 21).
    model: PathBuf,
    /// Output directory.
    #[arg(long)]
    out: PathBuf,
    /// Batch size for a symbolic leading input dimension.
    #[arg(long)]
    batch: Option<u64>,
    /// Layout of the 4-D activations inside the module: `nhwc` (channels
    /// last end to end, as `eval-model` runs it) or `nchw` (as the file has
    /// them); inputs and outputs stay NCHW.
    #[arg(long, default_value = "nhwc")]
    layout: mlirrl::onnx::Layout,
    /// Ops per block file.
    #[arg(long, default_value_t = 5)]
    window: usize,
    /// Ops between the starts of consecutive block files.
    #[arg(long, default_value_t = 3)]
    stride: usize,
    /// Print one JSON object on stdout.
    #[arg(long)]
    json: bool,
}

/// The model's weights as little-endian f32, in argument order.
pub fn weight_bytes(net: &Network) -> Vec<u8> {
    net.weights.iter().flat_map(|w| w.data.iter().flat_map(|x| x.to_le_bytes())).collect()
}

/// Runs the subcommand.
pub fn run(args: Args) -> Result<(), Error> {
    let options = mlirrl::onnx::ImportOptions { batch: args.batch, layout: args.layout };
    let (_, net) = load(&args.model, &options)?;
    let out = &args.out;
    for d in [out.clone(), out.join("ops"), out.join("blocks")] {
        std::fs::create_dir_all(&d).map_err(|e| format!("{}: {e}", d.display()))?;
    }
    write_atomic(&out.join("model.mlir"), net.module.as_bytes())?;
    write_atomic(&out.join("weights.bin"), &weight_bytes(&net))?;
    let ops = net.op_files();
    let blocks = net.block_files(args.window, args.stride);
    // Each directory is a dataset (manifest, seeded split by family) of the
    // distinct programs: repeated layers of one shape appear once.
    let mut distinct = Vec::new();
    for (dir, files) in [("ops", &ops), ("blocks", &blocks)] {
        let mut seen = std::collections::HashSet::new();
        let programs: Vec<Generated> = files
            .iter()
            .filter(|f| seen.insert(f.source.clone()))
            .map(|f| Generated {
                name: f.name.clone(),
                family: f.family.clone(),
                source: f.source.clone(),
            })
            .collect();
        distinct.push(programs.len());
        mlirrl::bench::write_dataset(&out.join(dir), &programs, 7, None)
            .map_err(|e| format!("{}: {e}", out.join(dir).display()))?;
    }
    let mut offset = 0u64;
    let weights: Vec<serde_json::Value> = net
        .weights
        .iter()
        .enumerate()
        .map(|(i, w)| {
            let v = json!({"arg": format!("%w{i}"), "name": w.name, "shape": w.shape, "offset_bytes": offset});
            offset += 4 * w.data.len() as u64;
            v
        })
        .collect();
    let tags = net.tags();
    let stmts: Vec<serde_json::Value> = net
        .stmts
        .iter()
        .zip(&tags)
        .filter_map(|(s, t)| {
            t.as_ref()
                .map(|t| json!({"tag": t, "node": s.node, "op_type": s.op_type, "flops": s.flops}))
        })
        .collect();
    let summary = json!({
        "model": args.model,
        "name": net.name,
        "inputs": net.inputs,
        "outputs": net.outputs,
        "weights": weights,
        "parameters": net.weights.iter().map(|w| w.data.len()).sum::<usize>(),
        "linalg_ops": stmts,
        "gflop": net.flops() as f64 / 1e9,
        "skipped": net.skipped,
        "skip_report": net.skip_report(),
        "op_files": distinct[0],
        "block_files": distinct[1],
        "window": args.window,
        "stride": args.stride,
        "out": out,
    });
    write_atomic(&out.join("import.json"), serde_json::to_string_pretty(&summary)?.as_bytes())?;
    if args.json {
        println!("{}", serde_json::to_string_pretty(&summary)?);
        return Ok(());
    }
    println!("{} ({})", args.model.display(), net.name);
    for i in &net.inputs {
        println!("  input      {} {:?}", i.name, i.shape);
    }
    for o in &net.outputs {
        println!("  output     {} {:?}", o.name, o.shape);
    }
    println!(
        "  converted  {} linalg ops, {:.3} GFLOP, {} weights ({} parameters)",
        net.num_linalg_ops(),
        net.flops() as f64 / 1e9,
        net.weights.len(),
        summary["parameters"]
    );
    let report = net.skip_report();
    if !report.is_empty() {
        println!("  skipped    {}", report.to_string().replace('\n', "\n           "));
    }
    println!("  written    {}/model.mlir, weights.bin, import.json", out.display());
    println!(
        "             ops/: {} distinct op files of {} ops; blocks/: {} distinct of {} blocks (window {}, stride {})",
        distinct[0],
        ops.len(),
        distinct[1],
        blocks.len(),
        args.window,
        args.stride
    );
    println!(
        "             (each a dataset with manifest.json: `mlirrl train` and `mlirrl eval --suite` read them)"
    );
    Ok(())
}
