//! Write mlirrl's built-in ONNX models (random weights, real layer shapes) to
//! a directory, for `mlirrl import` and `mlirrl eval-model`: an MLP, a small
//! CNN, a ResNet basic block, a MobileNetV2 block, ResNet-18 and MobileNetV2
//! at 1x3x224x224, and a BERT-base encoder layer at sequence length 128.
//!
//! Run: `cargo run --release --example onnx_models -- [OUT_DIR] [BATCH]`
//! (defaults: `results/onnx_models`, 1).

use mlirrl::onnx::builder::models;
use std::path::PathBuf;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    let out = PathBuf::from(args.get(1).map_or("results/onnx_models", String::as_str));
    let batch: i64 = args.get(2).map_or(Ok(1), |b| b.parse())?;
    std::fs::create_dir_all(&out)?;
    for name in models::NAMES {
        let model = models::by_name(name, batch).ok_or("unknown model")?;
        let path = out.join(format!("{name}.onnx"));
        let bytes = mlirrl::onnx::encode_model(&model);
        std::fs::write(&path, &bytes)?;
        println!("{:<60} {:>10} bytes", path.display(), bytes.len());
    }
    Ok(())
}
