//! `mlirrl inspect FILE.mlir [--json] [--features]`

use super::Error;
use mlirrl::ir::{self, FeatureExtractor, Program, SeedFeatures};
use std::{fmt::Write, path::PathBuf};

/// Arguments of `mlirrl inspect`.
#[derive(clap::Args)]
pub struct Args {
    /// The .mlir file.
    file: PathBuf,
    /// Print one JSON object on stdout.
    #[arg(long)]
    json: bool,
    /// Include the default feature vector of every op.
    #[arg(long)]
    features: bool,
    /// Skip asking MLIR's vectoriser about every op.
    #[arg(long)]
    no_vectorize_check: bool,
}

/// Runs the subcommand.
pub fn run(args: Args) -> Result<(), Error> {
    let options =
        ir::ParseOptions { check_vectorizable: !args.no_vectorize_check, ..Default::default() };
    let program = ir::parse_file_with(&args.file, &options)?;
    let extractor = SeedFeatures::default();
    if args.json {
        println!(
            "{}",
            serde_json::to_string_pretty(&mlirrl::api::inspect_json(
                &program,
                args.features.then_some(&extractor)
            ))?
        );
    } else {
        print!("{}", to_text(&program, args.features.then_some(&extractor)));
    }
    Ok(())
}

/// The human-readable form.
pub fn to_text(program: &Program, features: Option<&SeedFeatures>) -> String {
    let mut s = String::new();
    let _ = writeln!(s, "{}: {} linalg op(s)", program.name, program.ops.len());
    for (i, op) in program.ops.iter().enumerate() {
        let line = op.line.map(|l| format!(" (line {l})")).unwrap_or_default();
        let _ = writeln!(s, "\n{}  {}{line}", op.tag, op.name);
        let loops: Vec<String> = op
            .loops
            .iter()
            .enumerate()
            .map(|(j, l)| format!("d{j}={} {}", l.trip_count, l.iterator))
            .collect();
        let _ = writeln!(s, "  loops:    {}", loops.join(", "));
        for (j, o) in op.operands.iter().enumerate() {
            let shape: Vec<String> = o.shape.iter().map(u64::to_string).collect();
            let ty = if o.shape.is_empty() {
                format!("scalar {}", o.element_type)
            } else {
                let kind = if o.is_tensor { "tensor" } else { "memref" };
                format!("{kind}<{}x{}>", shape.join("x"), o.element_type)
            };
            let role = match o.role {
                ir::OperandRole::Input => "in  ",
                ir::OperandRole::Init => "init",
            };
            let _ = writeln!(s, "  operand {j} {role} {ty:<28} {}", o.access.to_affine_string());
        }
        let b = &op.body;
        let _ = writeln!(
            s,
            "  body:     + {} - {} * {} / {} exp {} max {} min {} cmp {} select {} math {} other {}",
            b.add, b.sub, b.mul, b.div, b.exp, b.max, b.min, b.cmp, b.select, b.math_other, b.other
        );
        let vec = match op.vectorizable {
            Some(true) => "yes",
            Some(false) => "no",
            None => "not checked",
        };
        let _ =
            writeln!(s, "  vectorizable: {vec}   flops: {}   bytes: {}", op.flops(), op.bytes());
        let describe = |producers: bool| {
            let v: Vec<String> = program
                .edges
                .iter()
                .filter(|e| if producers { e.consumer == i } else { e.producer == i })
                .map(|e| {
                    let other = if producers { e.producer } else { e.consumer };
                    format!(
                        "{} (result {} -> operand {})",
                        program.ops[other].tag, e.result, e.operand
                    )
                })
                .collect();
            if v.is_empty() { "-".to_string() } else { v.join(", ") }
        };
        let _ = writeln!(s, "  producers: {}", describe(true));
        let _ = writeln!(s, "  consumers: {}", describe(false));
        if let Some(x) = features {
            match x.extract(program, i) {
                Ok(f) => {
                    let nonzero = f.iter().filter(|v| **v != 0.0).count();
                    let _ =
                        writeln!(s, "  features: {} values, {nonzero} non-zero: {:?}", f.len(), f);
                }
                Err(e) => {
                    let _ = writeln!(s, "  features: {e}");
                }
            }
        }
    }
    s
}
