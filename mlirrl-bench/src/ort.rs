//! ONNX Runtime as the per-op reference of reports: each benchmark's op is
//! rebuilt as the equivalent single-node ONNX model (MatMul, Conv, grouped
//! Conv for depthwise, MaxPool/AveragePool, elementwise, Relu; weights as
//! initializers, as in a network) and timed by ONNX Runtime on the same
//! thread count, through a Python script built into the crate
//! ([`SCRIPT`]). Reports then give each method's speed as a fraction of
//! ONNX Runtime's.
//!
//! NHWC convolutions and pooling are timed as ONNX's NCHW ops of the same
//! sizes (ONNX has no NHWC Conv); sum pooling as average pooling (the same
//! work).

use mlirrl_ir::{ConvLayout, ElementwiseKind, LinalgOp, OpKind, PoolingKind, Program};
use serde_json::{Value, json};
use std::{collections::HashMap, io::Write, process::Command};

/// The timing script (reads specs as JSON on stdin, prints times).
pub const SCRIPT: &str = include_str!("ort_ops.py");

/// The coefficient of loop `l` in dimension `d` of operand `o`'s access.
fn coeff(op: &LinalgOp, o: usize, d: usize, l: usize) -> Option<i64> {
    op.operands.get(o)?.access.dims.get(d)?.coefficients.get(l).copied()
}

fn shape(op: &LinalgOp, o: usize) -> Option<Vec<u64>> {
    op.operands.get(o).map(|x| x.shape.clone())
}

/// The ONNX equivalent of a single-op program, as the spec the script
/// reads; `None` for programs of several ops or ops without an ONNX
/// counterpart. `family` names generic ops (`relu`).
pub fn op_spec(program: &Program, family: &str) -> Option<Value> {
    let ops: Vec<&LinalgOp> =
        program.ops.iter().filter(|o| !matches!(o.kind, OpKind::Fill | OpKind::Copy)).collect();
    let [op] = ops.as_slice() else { return None };
    let trips: Vec<u64> = op.loops.iter().map(|l| l.trip_count).collect();
    let stride_dilation = |d: usize, oh: usize, kh: usize| -> Option<(i64, i64)> {
        Some((coeff(op, 0, d, oh)?, coeff(op, 0, d, kh)?))
    };
    match (&op.kind, trips.as_slice()) {
        (OpKind::Matmul, [m, n, k]) => Some(json!({"op": "matmul", "m": m, "n": n, "k": k})),
        (OpKind::BatchMatmul, [b, m, n, k]) => {
            Some(json!({"op": "batch_matmul", "b": b, "m": m, "n": n, "k": k}))
        }
        (OpKind::Conv2d { layout }, _) => {
            let x = shape(op, 0)?;
            let w = shape(op, 1)?;
            let (n, c, h, wd, f, kh, kw, (s, d)) = match layout {
                ConvLayout::NchwFchw => {
                    (x[0], x[1], x[2], x[3], w[0], w[2], w[3], stride_dilation(2, 2, 5)?)
                }
                ConvLayout::NhwcHwcf => {
                    (x[0], x[3], x[1], x[2], w[3], w[0], w[1], stride_dilation(1, 1, 4)?)
                }
                ConvLayout::NhwcFhwc => {
                    (x[0], x[3], x[1], x[2], w[0], w[1], w[2], stride_dilation(1, 1, 4)?)
                }
                _ => return None,
            };
            Some(json!({"op": "conv", "n": n, "c": c, "h": h, "w": wd, "f": f, "kh": kh,
                        "kw": kw, "stride": s, "dilation": d}))
        }
        (OpKind::DepthwiseConv { layout }, _) => {
            let x = shape(op, 0)?;
            let w = shape(op, 1)?;
            let (n, c, h, wd, kh, kw, (s, d)) = match layout {
                ConvLayout::Nhwc => (x[0], x[3], x[1], x[2], w[0], w[1], stride_dilation(1, 1, 4)?),
                // depthwise_conv_2d_nchw_chw iterates (n, oh, ow, c, kh, kw).
                ConvLayout::Nchw => (x[0], x[1], x[2], x[3], w[1], w[2], stride_dilation(2, 1, 4)?),
                _ => return None,
            };
            Some(json!({"op": "conv", "n": n, "c": c, "h": h, "w": wd, "f": c, "kh": kh,
                        "kw": kw, "stride": s, "dilation": d, "group": c}))
        }
        (OpKind::Pooling { kind, layout }, [_, _, _, _, kh, kw]) => {
            let x = shape(op, 0)?;
            let (n, c, h, wd, s) = match layout {
                ConvLayout::Nchw => (x[0], x[1], x[2], x[3], coeff(op, 0, 2, 2)?),
                ConvLayout::Nhwc => (x[0], x[3], x[1], x[2], coeff(op, 0, 1, 1)?),
                _ => return None,
            };
            let name = match kind {
                PoolingKind::Sum => "avgpool",
                _ => "maxpool",
            };
            Some(json!({"op": name, "n": n, "c": c, "h": h, "w": wd, "kh": kh, "kw": kw,
                        "stride": s}))
        }
        (OpKind::Elementwise { op: e }, _) => {
            let name = match e {
                ElementwiseKind::Add => "Add",
                ElementwiseKind::Sub => "Sub",
                ElementwiseKind::Mul => "Mul",
                ElementwiseKind::Div => "Div",
                ElementwiseKind::Max => "Max",
                ElementwiseKind::Min => "Min",
                _ => return None,
            };
            Some(json!({"op": name, "shape": shape(op, 0)?}))
        }
        (OpKind::Generic, _) if family.contains("relu") => {
            Some(json!({"op": "Relu", "shape": op.operands.last()?.shape.clone()}))
        }
        _ => None,
    }
}

/// Times `specs` (id, spec) with ONNX Runtime through `python`: `Ok(None)`
/// when onnxruntime (or Python) is not available, else the median time per
/// id (ids whose model failed are missing, with a note on stderr).
pub fn time_ops(
    specs: &[(String, Value)],
    threads: usize,
    runs: usize,
    python: &str,
) -> Result<Option<HashMap<String, u64>>, String> {
    if specs.is_empty() {
        return Ok(Some(HashMap::new()));
    }
    let input: Vec<Value> = specs
        .iter()
        .map(|(id, spec)| {
            let mut s = spec.clone();
            s["id"] = json!(id);
            s
        })
        .collect();
    let child = Command::new(python)
        .args(["-c", SCRIPT, "--threads", &threads.to_string(), "--runs", &runs.to_string()])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn();
    let mut child = match child {
        Ok(c) => c,
        Err(_) => return Ok(None),
    };
    let payload = serde_json::to_vec(&input).map_err(|e| e.to_string())?;
    if let Some(mut stdin) = child.stdin.take() {
        stdin.write_all(&payload).map_err(|e| format!("ONNX Runtime script: {e}"))?;
    }
    let out = child.wait_with_output().map_err(|e| format!("ONNX Runtime script: {e}"))?;
    if out.status.code() == Some(3) {
        return Ok(None);
    }
    if !out.status.success() {
        return Err(format!(
            "ONNX Runtime script failed: {}",
            String::from_utf8_lossy(&out.stderr).trim()
        ));
    }
    let results: Vec<Value> = serde_json::from_slice(&out.stdout)
        .map_err(|e| format!("ONNX Runtime script: unreadable output: {e}"))?;
    let mut times = HashMap::new();
    for r in results {
        let id = r["id"].as_str().unwrap_or_default().to_string();
        match r["median_ns"].as_u64() {
            Some(ns) => {
                times.insert(id, ns);
            }
            None => eprintln!("note: ONNX Runtime could not run {id}: {}", r["error"]),
        }
    }
    Ok(Some(times))
}
