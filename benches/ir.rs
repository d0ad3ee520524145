//! Parse-and-extract speed of `mlirrl-ir` on a 20-op module (a 5-layer MLP:
//! fill, matmul, bias add and ReLU per layer).
//!
//! Run: `cargo bench --bench ir`

use criterion::{Criterion, criterion_group, criterion_main};
use mlirrl::ir::{self, FeatureExtractor, ParseOptions, SeedFeatures};
use std::{fmt::Write, hint::black_box};

/// A 5-layer MLP on tensors: 20 linalg ops.
fn mlp_module() -> String {
    let widths = [256u64, 512, 384, 256, 128, 64];
    let batch = 64;
    let mut s = String::from("#id = affine_map<(d0, d1) -> (d0, d1)>\n");
    let mut args = vec![format!("%x: tensor<{batch}x{}xf32>", widths[0])];
    for l in 0..5 {
        args.push(format!("%w{l}: tensor<{}x{}xf32>", widths[l], widths[l + 1]));
        args.push(format!("%b{l}: tensor<{batch}x{}xf32>", widths[l + 1]));
    }
    let _ =
        writeln!(s, "func.func @main({}) -> tensor<{batch}x{}xf32> {{", args.join(", "), widths[5]);
    let _ = writeln!(s, "  %zero = arith.constant 0.0 : f32");
    let mut prev = "%x".to_string();
    for l in 0..5 {
        let (k, n) = (widths[l], widths[l + 1]);
        let t = format!("tensor<{batch}x{n}xf32>");
        let _ = writeln!(s, "  %e{l} = tensor.empty() : {t}");
        let _ = writeln!(s, "  %f{l} = linalg.fill ins(%zero : f32) outs(%e{l} : {t}) -> {t}");
        let _ = writeln!(
            s,
            "  %m{l} = linalg.matmul ins({prev}, %w{l} : tensor<{batch}x{k}xf32>, tensor<{k}x{n}xf32>) outs(%f{l} : {t}) -> {t}"
        );
        let _ = writeln!(
            s,
            "  %a{l} = linalg.add ins(%m{l}, %b{l} : {t}, {t}) outs(%e{l} : {t}) -> {t}"
        );
        let _ = writeln!(
            s,
            "  %r{l} = linalg.generic {{indexing_maps = [#id, #id], iterator_types = [\"parallel\", \"parallel\"]}} ins(%a{l} : {t}) outs(%e{l} : {t}) {{\n  ^bb0(%in: f32, %out: f32):\n    %c = arith.maximumf %in, %zero : f32\n    linalg.yield %c : f32\n  }} -> {t}"
        );
        prev = format!("%r{l}");
    }
    let _ = writeln!(s, "  return {prev} : tensor<{batch}x{}xf32>\n}}", widths[5]);
    s
}

fn bench(c: &mut Criterion) {
    let text = mlp_module();
    let check = ir::parse_str(&text, "mlp").expect("the bench module parses");
    assert_eq!(check.ops.len(), 20);
    let extractor = SeedFeatures::default();
    let mut group = c.benchmark_group("ir");
    group.sample_size(30);
    group.bench_function("parse_extract_20_ops", |b| {
        b.iter(|| {
            let options = ParseOptions { check_vectorizable: false, ..Default::default() };
            let p = ir::parse_str_with(black_box(&text), "mlp", &options).unwrap();
            let n: usize = (0..p.ops.len()).map(|i| extractor.extract(&p, i).unwrap().len()).sum();
            black_box(n)
        })
    });
    group.bench_function("parse_extract_20_ops_with_vectorize_check", |b| {
        b.iter(|| {
            let p = ir::parse_str(black_box(&text), "mlp").unwrap();
            let n: usize = (0..p.ops.len()).map(|i| extractor.extract(&p, i).unwrap().len()).sum();
            black_box(n)
        })
    });
    let parsed = ir::parse_str(&text, "mlp").unwrap();
    group.bench_function("extract_features_20_ops", |b| {
        b.iter(|| {
            let n: usize = (0..parsed.ops.len())
                .map(|i| extractor.extract(black_box(&parsed), i).unwrap().len())
                .sum();
            black_box(n)
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
