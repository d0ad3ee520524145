//! An evaluator of ONNX models independent of the MLIR path: candle-onnx's
//! interpreter, node by node, with convolutions, padded and ceil-mode
//! pooling and global average pooling computed by plain loops here (candle
//! lacks the pooling variants, and its convolution gave wrong results for a
//! 16-channel 3x3 convolution on a 16x16 image, which ONNX Runtime and
//! mlirrl agree on). Used to check imports.

use crate::onnx::{self, ModelProto, NodeProto};
use candle_core::{Device, Tensor};
use std::collections::HashMap;

/// A host tensor: shape and row-major f32 values.
#[derive(Clone, Debug, PartialEq)]
pub struct HostTensor {
    /// Shape.
    pub shape: Vec<usize>,
    /// Values.
    pub data: Vec<f32>,
}

fn attr_ints(node: &NodeProto, name: &str) -> Option<Vec<i64>> {
    node.attribute.iter().find(|a| a.name == name).map(|a| a.ints.clone())
}
fn attr_i(node: &NodeProto, name: &str) -> i64 {
    node.attribute.iter().find(|a| a.name == name).map_or(0, |a| a.i)
}

fn needs_own_pooling(node: &NodeProto) -> bool {
    (node.op_type == "MaxPool" || node.op_type == "AveragePool")
        && (attr_ints(node, "pads").is_some_and(|p| p.iter().any(|&x| x != 0))
            || attr_i(node, "ceil_mode") != 0)
}

/// 2-D convolution on NCHW with groups, strides, pads and dilations.
fn conv(
    node: &NodeProto,
    x: &HostTensor,
    w: &HostTensor,
    b: Option<&HostTensor>,
) -> Result<HostTensor, String> {
    let s = attr_ints(node, "strides").unwrap_or(vec![1, 1]);
    let d = attr_ints(node, "dilations").unwrap_or(vec![1, 1]);
    let p = attr_ints(node, "pads").unwrap_or(vec![0; 4]);
    let g = node.attribute.iter().find(|a| a.name == "group").map_or(1, |a| a.i.max(1)) as usize;
    if node.attribute.iter().any(|a| a.name == "auto_pad" && a.s != b"NOTSET" && a.s != b"VALID") {
        return Err("the reference handles auto_pad NOTSET and VALID only".into());
    }
    let [n, c, h, wd] = x.shape[..] else { return Err("rank-4 input expected".into()) };
    let [f, cg, kh, kw] = w.shape[..] else { return Err("rank-4 weight expected".into()) };
    let size = |len: usize, k: usize, i: usize| {
        ((len as i64 + p[i] + p[i + 2] - d[i] * (k as i64 - 1) - 1) / s[i] + 1) as usize
    };
    let (oh, ow) = (size(h, kh, 0), size(wd, kw, 1));
    let fg = f / g;
    let mut out = vec![0f32; n * f * oh * ow];
    for b_ in 0..n {
        for o in 0..f {
            let grp = o / fg;
            for i in 0..oh {
                for j in 0..ow {
                    let mut acc = b.map_or(0.0, |b| b.data[o]);
                    for ci in 0..cg {
                        let ch = grp * cg + ci;
                        for ki in 0..kh {
                            let y = i as i64 * s[0] + ki as i64 * d[0] - p[0];
                            if y < 0 || y >= h as i64 {
                                continue;
                            }
                            for kj in 0..kw {
                                let z = j as i64 * s[1] + kj as i64 * d[1] - p[1];
                                if z < 0 || z >= wd as i64 {
                                    continue;
                                }
                                acc += x.data[((b_ * c + ch) * h + y as usize) * wd + z as usize]
                                    * w.data[((o * cg + ci) * kh + ki) * kw + kj];
                            }
                        }
                    }
                    out[((b_ * f + o) * oh + i) * ow + j] = acc;
                }
            }
        }
    }
    Ok(HostTensor { shape: vec![n, f, oh, ow], data: out })
}

/// Padded 2-D pooling on NCHW (max, or average with or without the padding
/// counted), with ceil mode.
fn pool(node: &NodeProto, x: &HostTensor) -> Result<HostTensor, String> {
    let k = attr_ints(node, "kernel_shape").ok_or("kernel_shape missing")?;
    let s = attr_ints(node, "strides").unwrap_or(vec![1, 1]);
    let p = attr_ints(node, "pads").unwrap_or(vec![0; 4]);
    let ceil = attr_i(node, "ceil_mode") != 0;
    let include = attr_i(node, "count_include_pad") != 0;
    let max = node.op_type == "MaxPool";
    let [n, c, h, w] = x.shape[..] else { return Err("rank-4 input expected".into()) };
    let size = |len: usize, i: usize| {
        let span = len as i64 + p[i] + p[i + 2] - k[i];
        (if ceil { (span + s[i] - 1) / s[i] } else { span / s[i] } + 1) as usize
    };
    let (mut oh, mut ow) = (size(h, 0), size(w, 1));
    if ceil {
        // The last window starts inside the input or the low padding.
        if (oh as i64 - 1) * s[0] >= h as i64 + p[0] {
            oh -= 1;
        }
        if (ow as i64 - 1) * s[1] >= w as i64 + p[1] {
            ow -= 1;
        }
    }
    let mut out = vec![0f32; n * c * oh * ow];
    for b in 0..n * c {
        for i in 0..oh {
            for j in 0..ow {
                let mut acc = if max { f32::NEG_INFINITY } else { 0.0 };
                let mut count = 0;
                let mut padded = 0;
                for ki in 0..k[0] {
                    for kj in 0..k[1] {
                        let y = i as i64 * s[0] + ki - p[0];
                        let z = j as i64 * s[1] + kj - p[1];
                        let inside_pads = y < h as i64 + p[2] && z < w as i64 + p[3];
                        if y < 0 || z < 0 || y >= h as i64 || z >= w as i64 {
                            if inside_pads {
                                padded += 1;
                            }
                            continue;
                        }
                        let v = x.data[(b * h + y as usize) * w + z as usize];
                        acc = if max { acc.max(v) } else { acc + v };
                        count += 1;
                    }
                }
                out[(b * oh + i) * ow + j] = if max {
                    acc
                } else {
                    acc / if include { count + padded } else { count }.max(1) as f32
                };
            }
        }
    }
    Ok(HostTensor { shape: vec![n, c, oh, ow], data: out })
}

/// Constant-mode `Pad` of any rank (pads and value from inputs, opset 11
/// on; candle has only the reflect mode).
fn pad_constant(x: &HostTensor, pads: &[i64], value: f32) -> Result<HostTensor, String> {
    let r = x.shape.len();
    if pads.len() != 2 * r || pads.iter().any(|&p| p < 0) {
        return Err(format!("pads {pads:?} for rank {r}"));
    }
    let shape: Vec<usize> =
        (0..r).map(|i| x.shape[i] + pads[i] as usize + pads[i + r] as usize).collect();
    let n: usize = shape.iter().product();
    let mut out = vec![value; n];
    let mut idx = vec![0usize; r];
    for &v in &x.data {
        let mut o = 0;
        for i in 0..r {
            o = o * shape[i] + idx[i] + pads[i] as usize;
        }
        out[o] = v;
        for i in (0..r).rev() {
            idx[i] += 1;
            if idx[i] < x.shape[i] {
                break;
            }
            idx[i] = 0;
        }
    }
    Ok(HostTensor { shape, data: out })
}

/// Input `i` of `node` as a host tensor (`None` where the input is absent).
fn input_host(
    values: &HashMap<String, Tensor>,
    node: &NodeProto,
    i: usize,
) -> Result<Option<HostTensor>, String> {
    match node.input.get(i).filter(|s| !s.is_empty()) {
        None => Ok(None),
        Some(name) => {
            let t = values.get(name).ok_or_else(|| format!("`{name}` missing"))?;
            Ok(Some(to_host(t)?))
        }
    }
}

fn to_host(t: &Tensor) -> Result<HostTensor, String> {
    let t = t.to_dtype(candle_core::DType::F32).map_err(|e| e.to_string())?;
    Ok(HostTensor {
        shape: t.dims().to_vec(),
        data: t.flatten_all().and_then(|f| f.to_vec1::<f32>()).map_err(|e| e.to_string())?,
    })
}

/// Evaluates `model` on `inputs` (by input name); returns the graph outputs
/// in order.
pub fn evaluate(
    model: &ModelProto,
    inputs: &[(String, HostTensor)],
) -> Result<Vec<(String, HostTensor)>, String> {
    let graph = model.graph.as_ref().ok_or("the model has no graph")?;
    let mut values: HashMap<String, Tensor> = HashMap::new();
    for t in &graph.initializer {
        values.insert(
            t.name.clone(),
            candle_onnx::eval::get_tensor(t, &t.name).map_err(|e| e.to_string())?,
        );
    }
    for (name, t) in inputs {
        let tensor = Tensor::from_vec(t.data.clone(), t.shape.clone(), &Device::Cpu)
            .map_err(|e| e.to_string())?;
        values.insert(name.clone(), tensor);
    }
    for node in &graph.node {
        if node.op_type == "GlobalAveragePool" {
            let x =
                values.get(&node.input[0]).ok_or_else(|| format!("`{}` missing", node.input[0]))?;
            let x = to_host(x)?;
            let [n, c, h, w] = x.shape[..] else {
                return Err("GlobalAveragePool: rank-4 input expected".into());
            };
            let data: Vec<f32> = (0..n * c)
                .map(|b| x.data[b * h * w..(b + 1) * h * w].iter().sum::<f32>() / (h * w) as f32)
                .collect();
            let t = Tensor::from_vec(data, vec![n, c, 1, 1], &Device::Cpu)
                .map_err(|e| e.to_string())?;
            values.insert(node.output[0].clone(), t);
            continue;
        }
        if node.op_type == "Conv" {
            let get = |i: usize| input_host(&values, node, i);
            let (x, w) =
                (get(0)?.ok_or("Conv input missing")?, get(1)?.ok_or("Conv weight missing")?);
            let y = conv(node, &x, &w, get(2)?.as_ref())?;
            let t = Tensor::from_vec(y.data, y.shape, &Device::Cpu).map_err(|e| e.to_string())?;
            values.insert(node.output[0].clone(), t);
            continue;
        }
        if node.op_type == "Pad"
            && node.attribute.iter().all(|a| a.name != "mode" || a.s == b"constant")
        {
            let get = |i: usize| input_host(&values, node, i);
            let x = get(0)?.ok_or("Pad input missing")?;
            let pads: Vec<i64> = match values.get(node.input.get(1).map_or("", String::as_str)) {
                Some(t) => t
                    .to_dtype(candle_core::DType::I64)
                    .and_then(|t| t.flatten_all())
                    .and_then(|t| t.to_vec1::<i64>())
                    .map_err(|e| e.to_string())?,
                None => attr_ints(node, "pads").ok_or("Pad without pads")?,
            };
            let value = match get(2)? {
                Some(v) => v.data[0],
                // Before opset 11 the value is an attribute.
                None => node.attribute.iter().find(|a| a.name == "value").map_or(0.0, |a| a.f),
            };
            let y = pad_constant(&x, &pads, value)?;
            let t = Tensor::from_vec(y.data, y.shape, &Device::Cpu).map_err(|e| e.to_string())?;
            values.insert(node.output[0].clone(), t);
            continue;
        }
        if needs_own_pooling(node) {
            let x =
                values.get(&node.input[0]).ok_or_else(|| format!("`{}` missing", node.input[0]))?;
            let y = pool(node, &to_host(x)?)?;
            let t = Tensor::from_vec(y.data, y.shape, &Device::Cpu).map_err(|e| e.to_string())?;
            values.insert(node.output[0].clone(), t);
            continue;
        }
        let single = ModelProto {
            graph: Some(onnx::GraphProto {
                node: vec![node.clone()],
                output: node
                    .output
                    .iter()
                    .filter(|o| !o.is_empty())
                    .map(|o| onnx::ValueInfoProto { name: o.clone(), ..Default::default() })
                    .collect(),
                ..Default::default()
            }),
            ..model.clone_without_graph()
        };
        let outs = candle_onnx::simple_eval(&single, values.clone()).map_err(|e| {
            let first = e.to_string().lines().next().unwrap_or_default().to_string();
            format!("node `{}` ({}): {first}", node.name, node.op_type)
        })?;
        values.extend(outs);
    }
    graph
        .output
        .iter()
        .map(|o| {
            let t =
                values.get(&o.name).ok_or_else(|| format!("output `{}` not computed", o.name))?;
            Ok((o.name.clone(), to_host(t)?))
        })
        .collect()
}

trait CloneWithoutGraph {
    fn clone_without_graph(&self) -> ModelProto;
}

impl CloneWithoutGraph for ModelProto {
    fn clone_without_graph(&self) -> ModelProto {
        ModelProto {
            opset_import: self.opset_import.clone(),
            ir_version: self.ir_version,
            ..Default::default()
        }
    }
}
