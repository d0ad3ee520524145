//! The ONNX graph walk and the linalg it becomes.

mod emit;
mod ops;
mod proto;

use crate::{OnnxError, onnx};
use emit::Emitter;
use onnx::NodeProto;
use ops::{
    batch_norm, binary, clip, concat, conv, flatten, gemm, global_average_pool, matmul, pool, relu,
    reshape, sigmoid, softmax, tanh, transpose,
};
use proto::{ConstData, MAX_DIM, Value, need, node_name, out0, tensor_data};
use serde::{Deserialize, Serialize};
use std::collections::{HashMap, HashSet};

/// Import settings.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct ImportOptions {
    /// Batch size substituted for symbolic (named or unknown) leading input
    /// dimensions; 1 when not given.
    pub batch: Option<u64>,
}

/// An SSA value of the generated module with its static shape (f32).
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Val {
    /// SSA name with `%`.
    pub name: String,
    /// Static shape.
    pub shape: Vec<u64>,
}

impl Val {
    /// The MLIR tensor type.
    pub fn ty(&self) -> String {
        ty(&self.shape)
    }
}

/// The MLIR type of an f32 tensor of `shape`.
pub(crate) fn ty(shape: &[u64]) -> String {
    let dims: String = shape.iter().map(|d| format!("{d}x")).collect();
    format!("tensor<{dims}f32>")
}

/// One statement of the generated function: at most one linalg op with the
/// non-linalg ops (`tensor.empty`, constants) it alone needs.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Stmt {
    /// The ONNX node it implements.
    pub node: String,
    /// The node's op type.
    pub op_type: String,
    /// MLIR lines, in order.
    pub lines: Vec<String>,
    /// Values defined outside the statement that it reads.
    pub uses: Vec<Val>,
    /// The value it defines.
    pub result: Val,
    /// Whether it holds a linalg op (the op's tag in the whole module is
    /// `operation_<k>` for the k-th such statement).
    pub linalg: bool,
    /// Floating-point operations of the linalg op (multiply-add = 2).
    pub flops: u64,
}

/// A model input.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct TensorInfo {
    /// ONNX name.
    pub name: String,
    /// Static shape.
    pub shape: Vec<u64>,
}

/// A weight: an ONNX initializer (possibly transformed at import time, e.g.
/// with a batch normalisation folded in) that the module takes as an argument.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Weight {
    /// ONNX name (with a suffix when the import derived it).
    pub name: String,
    /// Static shape.
    pub shape: Vec<u64>,
    /// Values, row-major.
    #[serde(skip)]
    pub data: Vec<f32>,
}

/// A node that was not converted.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Skipped {
    /// Node name.
    pub node: String,
    /// Op type.
    pub op_type: String,
    /// Why.
    pub reason: String,
}

/// An imported network.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Network {
    /// Graph name.
    pub name: String,
    /// The whole-network module (`@main(inputs..., weights...) -> outputs`).
    pub module: String,
    /// The model inputs, in argument order.
    pub inputs: Vec<TensorInfo>,
    /// The weights, in argument order after the inputs.
    pub weights: Vec<Weight>,
    /// The returned values: (ONNX name, shape).
    pub outputs: Vec<TensorInfo>,
    /// The function body, in order.
    pub stmts: Vec<Stmt>,
    /// Nodes left out (with their dependents); their inputs became outputs.
    pub skipped: Vec<Skipped>,
}

impl Network {
    /// Number of linalg ops in [`Network::module`].
    pub fn num_linalg_ops(&self) -> usize {
        self.stmts.iter().filter(|s| s.linalg).count()
    }

    /// The tag (`operation_<k>`) of each statement holding a linalg op, by
    /// statement index.
    pub fn tags(&self) -> Vec<Option<String>> {
        let mut k = 0;
        self.stmts
            .iter()
            .map(|s| {
                s.linalg.then(|| {
                    k += 1;
                    mlirrl_util::tags::op_tag(k - 1)
                })
            })
            .collect()
    }

    /// Total floating-point operations of one inference.
    pub fn flops(&self) -> u64 {
        self.stmts.iter().map(|s| s.flops).sum()
    }
}

type NodeResult<T> = Result<T, String>;

/// Imports an ONNX model. Unsupported nodes are skipped together with every
/// node that depends on them; their computed inputs become outputs, and the
/// skipped nodes are listed in [`Network::skipped`]. An error is returned when
/// nothing can be converted or the model itself is unusable.
pub fn import(model: &onnx::ModelProto, options: &ImportOptions) -> Result<Network, OnnxError> {
    let graph = model
        .graph
        .as_ref()
        .ok_or_else(|| OnnxError::Unsupported("the model has no graph".into()))?;
    let opset = model
        .opset_import
        .iter()
        .find(|o| o.domain.is_empty() || o.domain == "ai.onnx")
        .map(|o| o.version)
        .unwrap_or(0);
    if opset < 13 {
        return Err(OnnxError::Unsupported(format!(
            "opset {opset}: mlirrl imports opset 13 and later (convert the model with onnx.version_converter)"
        )));
    }
    let batch = options.batch.unwrap_or(1);
    if batch == 0 || batch > MAX_DIM as u64 {
        return Err(OnnxError::Unsupported(format!(
            "batch size {batch} is outside [1, {MAX_DIM}]"
        )));
    }
    let mut em = Emitter {
        stmts: Vec::new(),
        next: 0,
        weights: Vec::new(),
        weight_args: HashMap::new(),
        values: HashMap::new(),
        node: String::new(),
        op_type: String::new(),
    };
    for t in &graph.initializer {
        let data = tensor_data(t).map_err(OnnxError::Unsupported)?;
        if t.dims.iter().any(|&d| d < 0) {
            return Err(OnnxError::Unsupported(format!(
                "initializer `{}` has a negative dimension",
                t.name
            )));
        }
        let shape = t.dims.iter().map(|&d| d as u64).collect();
        em.values.insert(t.name.clone(), Value::Const { shape, data });
    }
    let mut inputs = Vec::new();
    for (i, vi) in graph.input.iter().enumerate() {
        if em.values.contains_key(&vi.name) {
            continue; // an initializer listed as an input (old exporters)
        }
        let tensor = match vi.r#type.as_ref().and_then(|t| t.value.as_ref()) {
            Some(onnx::type_proto::Value::TensorType(t)) => t,
            _ => {
                return Err(OnnxError::Unsupported(format!("input `{}` is not a tensor", vi.name)));
            }
        };
        if tensor.elem_type != onnx::tensor_proto::DataType::Float as i32 {
            return Err(OnnxError::Unsupported(format!(
                "input `{}` has element type {}; only float32 inputs are supported",
                vi.name,
                onnx::tensor_proto::DataType::try_from(tensor.elem_type)
                    .map_or("unknown".into(), |d| format!("{d:?}"))
            )));
        }
        let dims = tensor.shape.as_ref().map(|s| s.dim.clone()).unwrap_or_default();
        let mut shape = Vec::new();
        for (d, dim) in dims.iter().enumerate() {
            use onnx::tensor_shape_proto::dimension::Value as D;
            match &dim.value {
                Some(D::DimValue(v)) if *v > 0 && *v <= MAX_DIM => shape.push(*v as u64),
                Some(D::DimValue(v)) if *v > MAX_DIM => {
                    return Err(OnnxError::Unsupported(format!(
                        "input `{}` has dimension {d} of size {v}, more than {MAX_DIM}",
                        vi.name
                    )));
                }
                Some(D::DimValue(v)) => {
                    return Err(OnnxError::Unsupported(format!(
                        "input `{}` has dimension {d} of size {v}; sizes must be positive",
                        vi.name
                    )));
                }
                _ if d == 0 => shape.push(batch),
                _ => {
                    return Err(OnnxError::Unsupported(format!(
                        "input `{}` has a dynamic dimension {d}; only the leading (batch) dimension may be symbolic",
                        vi.name
                    )));
                }
            }
        }
        let v = Val { name: format!("%in{i}"), shape: shape.clone() };
        em.values.insert(vi.name.clone(), Value::Ssa(v));
        inputs.push(TensorInfo { name: vi.name.clone(), shape });
    }
    if inputs.is_empty() {
        return Err(OnnxError::Unsupported("the graph has no runtime input".into()));
    }

    // Batch normalisations folded into the convolution before them.
    let mut uses: HashMap<&str, usize> = HashMap::new();
    for n in &graph.node {
        for i in &n.input {
            *uses.entry(i.as_str()).or_default() += 1;
        }
    }
    for o in &graph.output {
        *uses.entry(o.name.as_str()).or_default() += 1;
    }
    let producer: HashMap<&str, &NodeProto> =
        graph.node.iter().flat_map(|n| n.output.iter().map(move |o| (o.as_str(), n))).collect();
    let mut fold: HashMap<String, &NodeProto> = HashMap::new(); // conv output -> bn node
    for n in &graph.node {
        if n.op_type == "BatchNormalization"
            && n.input.len() == 5
            && uses.get(n.input[0].as_str()) == Some(&1)
            && let Some(p) = producer.get(n.input[0].as_str())
            && p.op_type == "Conv"
            && p.input.iter().skip(1).all(|w| graph.initializer.iter().any(|t| &t.name == w))
            && n.input.iter().skip(1).all(|w| graph.initializer.iter().any(|t| &t.name == w))
        {
            fold.insert(n.input[0].clone(), n);
        }
    }

    let mut skipped: Vec<Skipped> = Vec::new();
    let mut dead: HashSet<String> = HashSet::new();
    let mut cut: Vec<String> = Vec::new(); // live values read by skipped nodes
    for (index, node) in graph.node.iter().enumerate() {
        em.node = node_name(node, index);
        em.op_type = node.op_type.clone();
        let name = em.node.clone();
        if let Some(d) = node.input.iter().find(|i| dead.contains(*i)) {
            skipped.push(Skipped {
                node: name,
                op_type: node.op_type.clone(),
                reason: format!("depends on `{d}`, which was not converted"),
            });
            dead.extend(node.output.iter().cloned());
            continue;
        }
        if node.op_type == "BatchNormalization" && fold.values().any(|bn| std::ptr::eq(*bn, node)) {
            continue; // folded into the convolution before it
        }
        let before = (em.stmts.len(), em.next, em.weights.len());
        if let Err(reason) = convert(&mut em, node, &fold) {
            em.stmts.truncate(before.0);
            for w in em.weights.drain(before.2..) {
                em.weight_args.remove(&w.name);
            }
            for i in &node.input {
                if matches!(em.values.get(i), Some(Value::Ssa(_))) && !cut.contains(i) {
                    cut.push(i.clone());
                }
            }
            skipped.push(Skipped { node: name, op_type: node.op_type.clone(), reason });
            dead.extend(node.output.iter().cloned());
        }
    }

    let mut outputs: Vec<TensorInfo> = Vec::new();
    let mut returned: Vec<Val> = Vec::new();
    let graph_outputs: Vec<String> = graph.output.iter().map(|o| o.name.clone()).collect();
    for o in graph_outputs.iter().cloned().chain(cut) {
        if dead.contains(&o) || outputs.iter().any(|x| x.name == o) {
            continue;
        }
        let computed =
            matches!(em.values.get(&o), Some(Value::Ssa(v)) if !v.name.starts_with("%in"));
        if !computed && !graph_outputs.contains(&o) {
            continue; // a skipped node read an input or a constant directly
        }
        match em.values.get(&o) {
            Some(Value::Ssa(v)) if !v.name.starts_with("%in") => {
                outputs.push(TensorInfo { name: o.clone(), shape: v.shape.clone() });
                returned.push(v.clone());
            }
            Some(Value::Ssa(_)) | Some(Value::Const { .. }) => {
                return Err(OnnxError::Unsupported(format!(
                    "output `{o}` is an input or a constant; nothing to compute"
                )));
            }
            None => return Err(OnnxError::Unsupported(format!("output `{o}` is never computed"))),
        }
    }
    if returned.is_empty() || em.stmts.iter().all(|s| !s.linalg) {
        let names: Vec<String> =
            skipped.iter().map(|s| format!("`{}` ({})", s.node, s.op_type)).collect();
        return Err(OnnxError::NothingConverted(names.join(", ")));
    }
    // Drop statements nothing returned depends on (e.g. the part of a graph
    // before a skipped node that only fed it).
    let mut live: HashSet<String> = returned.iter().map(|v| v.name.clone()).collect();
    let mut keep = vec![false; em.stmts.len()];
    for (i, s) in em.stmts.iter().enumerate().rev() {
        if live.contains(&s.result.name) {
            keep[i] = true;
            live.extend(s.uses.iter().map(|u| u.name.clone()));
        }
    }
    let stmts: Vec<Stmt> =
        em.stmts.into_iter().zip(keep).filter(|(_, k)| *k).map(|(s, _)| s).collect();

    let mut args: Vec<String> = inputs
        .iter()
        .enumerate()
        .map(|(i, t)| {
            format!(
                "%in{}: {}",
                graph.input.iter().position(|g| g.name == t.name).unwrap_or(i),
                ty(&t.shape)
            )
        })
        .collect();
    args.extend(em.weights.iter().enumerate().map(|(i, w)| format!("%w{i}: {}", ty(&w.shape))));
    let module = function_text("main", &args, &stmts, &returned);
    Ok(Network {
        name: if graph.name.is_empty() { "model".into() } else { graph.name.clone() },
        module,
        inputs,
        weights: em.weights,
        outputs,
        stmts,
        skipped,
    })
}

/// `func.func @name(args) -> results { stmts; return }` as a module.
pub(crate) fn function_text(
    name: &str,
    args: &[String],
    stmts: &[Stmt],
    returned: &[Val],
) -> String {
    let mut text = String::new();
    let rtys: Vec<String> = returned.iter().map(|v| v.ty()).collect();
    let result = if rtys.len() == 1 { rtys[0].clone() } else { format!("({})", rtys.join(", ")) };
    text.push_str(&format!("func.func @{name}({}) -> {result} {{\n", args.join(", ")));
    for s in stmts {
        for l in &s.lines {
            text.push_str("  ");
            text.push_str(l);
            text.push('\n');
        }
    }
    let names: Vec<String> = returned.iter().map(|v| v.name.clone()).collect();
    text.push_str(&format!("  return {} : {}\n}}\n", names.join(", "), rtys.join(", ")));
    text
}

/// Converts one node, defining its outputs.
fn convert(
    em: &mut Emitter,
    node: &NodeProto,
    fold: &HashMap<String, &NodeProto>,
) -> NodeResult<()> {
    if !(node.domain.is_empty() || node.domain == "ai.onnx") {
        return Err(format!("domain `{}` is not supported", node.domain));
    }
    let out = out0(node)?.to_string();
    match node.op_type.as_str() {
        "Identity" | "Dropout" => {
            let v = em.value(need(node, 0)?)?.clone();
            em.values.insert(out, v);
        }
        "Constant" => {
            let a = node.attribute.first().ok_or("Constant without a value")?;
            let value = match a.name.as_str() {
                "value" => {
                    let t = a.t.as_ref().ok_or("Constant `value` without a tensor")?;
                    let data = tensor_data(t)?;
                    Value::Const { shape: t.dims.iter().map(|&d| d as u64).collect(), data }
                }
                "value_float" => Value::Const { shape: vec![], data: ConstData::F32(vec![a.f]) },
                "value_floats" => Value::Const {
                    shape: vec![a.floats.len() as u64],
                    data: ConstData::F32(a.floats.clone()),
                },
                "value_int" => Value::Const { shape: vec![], data: ConstData::I64(vec![a.i]) },
                "value_ints" => Value::Const {
                    shape: vec![a.ints.len() as u64],
                    data: ConstData::I64(a.ints.clone()),
                },
                other => return Err(format!("Constant attribute `{other}` is not supported")),
            };
            em.values.insert(out, value);
        }
        "Conv" => conv(em, node, fold)?,
        "BatchNormalization" => batch_norm(em, node)?,
        "Gemm" => gemm(em, node)?,
        "MatMul" => matmul(em, node)?,
        "Relu" => relu(em, node)?,
        "Clip" => clip(em, node)?,
        "Sigmoid" => sigmoid(em, node)?,
        "Tanh" => tanh(em, node)?,
        "Add" | "Sub" | "Mul" | "Div" => binary(em, node)?,
        "MaxPool" | "AveragePool" => pool(em, node)?,
        "GlobalAveragePool" => global_average_pool(em, node)?,
        "Flatten" => flatten(em, node)?,
        "Reshape" => reshape(em, node)?,
        "Transpose" => transpose(em, node)?,
        "Softmax" => softmax(em, node)?,
        "Concat" => concat(em, node)?,
        other => return Err(format!("op type `{other}` is not supported")),
    }
    Ok(())
}
