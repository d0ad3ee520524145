//! The `mlirrl` command line as a user runs it: exit codes, stdout JSON
//! contract, and one clear stderr message per bad input.

use serde_json::Value;
use std::{
    path::{Path, PathBuf},
    process::{Command, Output},
};

fn mlirrl(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_mlirrl")).args(args).output().expect("the binary runs")
}

fn repo(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(path)
}

fn temp_file(name: &str, text: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("mlirrl-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path
}

fn inspect_json(path: &Path) -> Value {
    let out = mlirrl(&["inspect", path.to_str().unwrap(), "--json"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).expect("stdout is one JSON object")
}

#[test]
fn inspect_json_contract_for_matmul() {
    let path = temp_file("mm.mlir", &mlirrl::ir::builders::matmul(128, 64, 768, "f32"));
    let v = inspect_json(&path);
    let op = &v["ops"][0];
    assert_eq!(op["name"], "linalg.matmul");
    assert_eq!(op["tag"], "operation_0");
    let loops: Vec<(u64, String)> = op["loops"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| (l["trip_count"].as_u64().unwrap(), l["iterator"].as_str().unwrap().to_string()))
        .collect();
    assert_eq!(
        loops,
        [(128, "parallel".into()), (64, "parallel".into()), (768, "reduction".into())]
    );
    let access: Vec<&str> =
        op["operands"].as_array().unwrap().iter().map(|o| o["access"].as_str().unwrap()).collect();
    assert_eq!(access, ["(d0, d2)", "(d2, d1)", "(d0, d1)"]);
    assert_eq!(op["operands"][0]["shape"], serde_json::json!([128, 768]));
    assert_eq!(op["operands"][0]["element_type"], "f32");
    assert_eq!(op["producers"], serde_json::json!([]));
    assert_eq!(op["consumers"], serde_json::json!([]));
}

#[test]
fn inspect_json_graph_and_features() {
    let text = r#"
func.func @main(%a: tensor<32x64xf32>, %b: tensor<64x16xf32>, %c: tensor<32x16xf32>) -> tensor<32x16xf32> {
  %zero = arith.constant 0.0 : f32
  %f = linalg.fill ins(%zero : f32) outs(%c : tensor<32x16xf32>) -> tensor<32x16xf32>
  %m = linalg.matmul ins(%a, %b : tensor<32x64xf32>, tensor<64x16xf32>) outs(%f : tensor<32x16xf32>) -> tensor<32x16xf32>
  return %m : tensor<32x16xf32>
}"#;
    let path = temp_file("chain.mlir", text);
    let out = mlirrl(&["inspect", path.to_str().unwrap(), "--json", "--features"]);
    assert!(out.status.success());
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["ops"][0]["consumers"][0]["tag"], "operation_1");
    assert_eq!(v["ops"][1]["producers"][0]["tag"], "operation_0");
    assert_eq!(v["ops"][1]["producers"][0]["operand"], 2);
    assert_eq!(v["ops"][1]["features"].as_array().unwrap().len(), 711);

    let text_out = mlirrl(&["inspect", path.to_str().unwrap()]);
    let s = String::from_utf8(text_out.stdout).unwrap();
    assert!(s.contains("operation_1  linalg.matmul"), "{s}");
    assert!(s.contains("d2=64 reduction"), "{s}");
}

#[test]
fn inspect_json_conv_stride() {
    let shape = mlirrl::ir::builders::Conv2d {
        n: 1,
        c: 3,
        h: 32,
        w: 32,
        f: 8,
        kh: 3,
        kw: 3,
        stride: 2,
        dilation: 1,
    };
    let path = temp_file(
        "conv.mlir",
        &mlirrl::ir::builders::conv_2d(mlirrl::ir::builders::ConvForm::NchwFchw, shape, "f32"),
    );
    let v = inspect_json(&path);
    assert_eq!(v["ops"][0]["operands"][0]["access"], "(d0, d4, d2 * 2 + d5, d3 * 2 + d6)");
}

#[test]
fn every_malformed_input_is_one_clear_error() {
    let cases = [
        ("truncated.mlir", "parse error"),
        ("wrong_types.mlir", "expected type of operand"),
        ("bool_elements.mlir", "unsupported element type i1"),
        ("dynamic_shapes.mlir", "dynamic shape"),
        ("no_linalg.mlir", "no linalg op"),
        ("empty.mlir", "empty"),
        ("binary.mlir", "not MLIR text"),
        ("unsupported_op.mlir", "unsupported op `linalg.softmax`"),
        ("missing_file.mlir", "cannot read file"),
    ];
    for (name, expected) in cases {
        let path = repo("tests/malformed").join(name);
        let out = mlirrl(&["inspect", path.to_str().unwrap()]);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{name}: {stderr}");
        assert!(out.stdout.is_empty(), "{name}");
        assert!(stderr.starts_with("error: "), "{name}: {stderr}");
        assert!(stderr.contains(name), "{name}: message must name the file: {stderr}");
        assert!(stderr.contains(expected), "{name}: {stderr}");
        assert!(
            !stderr.contains("panicked") && !stderr.contains("RUST_BACKTRACE"),
            "{name}: {stderr}"
        );
    }
}

#[test]
fn ten_megabyte_file_is_a_clear_error() {
    let mut text = mlirrl::ir::builders::matmul(8, 8, 8, "f32");
    while text.len() < 10 * 1024 * 1024 {
        text.push_str("  %x = garbage ((( ]]] {{{ \n");
    }
    let path = temp_file("big.mlir", &text);
    let out = mlirrl(&["inspect", path.to_str().unwrap()]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("big.mlir") && stderr.contains("parse error"), "{stderr}");
}

#[test]
fn bad_arguments_are_usage_errors() {
    let out = mlirrl(&["inspect"]);
    assert_eq!(out.status.code(), Some(2));
    let out = mlirrl(&["frobnicate"]);
    assert_eq!(out.status.code(), Some(2));
}
