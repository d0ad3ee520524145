//! The ONNX graph walk and the linalg it becomes.

mod emit;
mod fold;
mod ops;
mod proto;

use crate::{OnnxError, onnx};
use emit::Emitter;
use onnx::NodeProto;
use ops::{
    batch_norm, binary, cast, clip, concat, conv, expand, flatten, gather, gemm,
    global_average_pool, global_max_pool, layer_norm, layout_free, lrn, math, matmul, pad, pool,
    pow, prelu, reduce_node, relu, reshape, resize, sigmoid, slice, softmax, split, squeeze, tanh,
    transpose, where_,
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
    /// The data layout of the 4-D activations inside the module.
    #[serde(default)]
    pub layout: Layout,
}

/// The data layout of a network's 4-D activations inside the generated
/// module. The module's inputs and outputs keep ONNX's NCHW either way.
///
/// ```
/// use mlirrl_onnx::Layout;
/// assert_eq!("nhwc".parse::<Layout>().unwrap(), Layout::Nhwc);
/// assert_eq!(Layout::default(), Layout::Nchw);
/// assert!("nchw16c".parse::<Layout>().is_err());
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Layout {
    /// ONNX's own layout: channels before the spatial dims, as the file has
    /// it (`linalg.conv_2d_nchw_fchw`, `linalg.depthwise_conv_2d_nchw_chw`).
    #[default]
    Nchw,
    /// Channels last, end to end: convolutions, pooling, batch
    /// normalisations and elementwise ops between them run on NHWC tensors
    /// (`linalg.conv_2d_nhwc_hwcf`, `linalg.depthwise_conv_2d_nhwc_hwc`,
    /// `linalg.pooling_nhwc_*`) with filters rearranged at import time, so
    /// that channels, the dimension every layer vectorises along, are
    /// contiguous. A transpose is emitted only where an NCHW value meets an
    /// op that has no channels-last form (the network's input, a Reshape,
    /// a Flatten, ...), and only if that value is used.
    Nhwc,
}

impl std::fmt::Display for Layout {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Layout::Nchw => "nchw",
            Layout::Nhwc => "nhwc",
        })
    }
}

impl std::str::FromStr for Layout {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s.to_ascii_lowercase().as_str() {
            "nchw" => Ok(Layout::Nchw),
            "nhwc" => Ok(Layout::Nhwc),
            _ => Err(format!("unknown layout `{s}` (nchw or nhwc)")),
        }
    }
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
    /// Whether it pads its first use into the interior of its second, a
    /// filled tensor: either a `linalg.copy` (a linalg statement; a pad read
    /// by one op travels with it, in that op's block and never a file of
    /// its own, any other is an op of its own) or, when the first use's
    /// producer already wrote into that interior (a folded pad), only the
    /// `insert_slice` (not a linalg statement; it travels with the
    /// producer).
    #[serde(default)]
    pub pad: bool,
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

/// The ONNX opsets the importer reads, each with its own semantics.
pub const OPSETS: std::ops::RangeInclusive<i64> = 7..=21;

/// A node that was not converted.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Skipped {
    /// Node name.
    pub node: String,
    /// Op type.
    pub op_type: String,
    /// Why.
    pub reason: String,
    /// Whether it was left out only because an input of it was not
    /// converted (rather than being unconvertible itself).
    #[serde(default)]
    pub dependent: bool,
}

/// One op type among the nodes an import could not convert.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SkipGroup {
    /// The op type.
    pub op_type: String,
    /// How many nodes of it were not converted.
    pub count: usize,
    /// The first few of their names.
    pub nodes: Vec<String>,
    /// Why the first of them was not converted.
    pub reason: String,
}

/// What an import left out, summarised in a few lines: the unconvertible
/// nodes by op type, how many nodes depend on them, and which graph outputs
/// are lost.
///
/// ```
/// use mlirrl_onnx::{SkipReport, Skipped};
/// let skipped = vec![
///     Skipped { node: "a".into(), op_type: "Foo".into(), reason: "op type `Foo` is not supported".into(), dependent: false },
///     Skipped { node: "b".into(), op_type: "Relu".into(), reason: "depends on `a`, which was not converted".into(), dependent: true },
/// ];
/// let report = SkipReport::new(&skipped, vec!["y".into()]);
/// assert_eq!(report.unsupported[0].op_type, "Foo");
/// assert_eq!(report.dependents, 1);
/// assert!(report.to_string().contains("Foo x1"));
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SkipReport {
    /// Unconvertible nodes grouped by op type, most frequent first.
    pub unsupported: Vec<SkipGroup>,
    /// Nodes left out because they depend on an unconverted node.
    pub dependents: usize,
    /// Graph outputs the module does not compute.
    pub lost_outputs: Vec<String>,
}

impl SkipReport {
    /// Groups `skipped` nodes; `lost_outputs` are the graph outputs that are
    /// not computed.
    pub fn new(skipped: &[Skipped], lost_outputs: Vec<String>) -> Self {
        let mut groups: Vec<SkipGroup> = Vec::new();
        for s in skipped.iter().filter(|s| !s.dependent) {
            match groups.iter_mut().find(|g| g.op_type == s.op_type) {
                Some(g) => {
                    g.count += 1;
                    if g.nodes.len() < 3 {
                        g.nodes.push(s.node.clone());
                    }
                }
                None => groups.push(SkipGroup {
                    op_type: s.op_type.clone(),
                    count: 1,
                    nodes: vec![s.node.clone()],
                    reason: s.reason.clone(),
                }),
            }
        }
        groups.sort_by(|a, b| b.count.cmp(&a.count).then(a.op_type.cmp(&b.op_type)));
        SkipReport {
            unsupported: groups,
            dependents: skipped.iter().filter(|s| s.dependent).count(),
            lost_outputs,
        }
    }

    /// Whether nothing was left out.
    pub fn is_empty(&self) -> bool {
        self.unsupported.is_empty() && self.dependents == 0
    }
}

impl std::fmt::Display for SkipReport {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        const GROUPS: usize = 8;
        const REASON: usize = 160;
        let n: usize = self.unsupported.iter().map(|g| g.count).sum();
        write!(
            f,
            "{n} node{} of {} op type{} could not be converted, and {} node{} depend{} on them",
            if n == 1 { "" } else { "s" },
            self.unsupported.len(),
            if self.unsupported.len() == 1 { "" } else { "s" },
            self.dependents,
            if self.dependents == 1 { "" } else { "s" },
            if self.dependents == 1 { "s" } else { "" },
        )?;
        for g in self.unsupported.iter().take(GROUPS) {
            let names: Vec<String> = g.nodes.iter().map(|n| format!("`{n}`")).collect();
            let more = if g.count > g.nodes.len() { ", ..." } else { "" };
            let mut reason: String = g.reason.chars().take(REASON).collect();
            if g.reason.chars().count() > REASON {
                reason.push_str("...");
            }
            write!(f, "\n  {} x{} ({}{more}): {reason}", g.op_type, g.count, names.join(", "))?;
        }
        if self.unsupported.len() > GROUPS {
            let rest: Vec<&str> =
                self.unsupported[GROUPS..].iter().map(|g| g.op_type.as_str()).collect();
            write!(f, "\n  and {}", rest.join(", "))?;
        }
        if !self.lost_outputs.is_empty() {
            let names: Vec<String> =
                self.lost_outputs.iter().take(5).map(|n| format!("`{n}`")).collect();
            let more = if self.lost_outputs.len() > 5 { ", ..." } else { "" };
            write!(f, "\n  outputs lost: {}{more}", names.join(", "))?;
        }
        Ok(())
    }
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
    /// Graph outputs not computed because a node they depend on was left out.
    #[serde(default)]
    pub lost_outputs: Vec<String>,
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

    /// What the import left out, in a few lines.
    pub fn skip_report(&self) -> SkipReport {
        SkipReport::new(&self.skipped, self.lost_outputs.clone())
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
    if !OPSETS.contains(&opset) {
        return Err(OnnxError::Unsupported(format!(
            "opset {opset}: mlirrl imports opsets {} to {} (convert the model with onnx.version_converter)",
            OPSETS.start(),
            OPSETS.end()
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
        opset,
        layout: options.layout,
        nhwc: HashMap::new(),
        derived: HashSet::new(),
        graph_names: graph
            .initializer
            .iter()
            .map(|t| t.name.clone())
            .chain(graph.input.iter().map(|i| i.name.clone()))
            .chain(graph.node.iter().flat_map(|n| n.output.iter().cloned()))
            .collect(),
        folds: Vec::new(),
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
                dependent: true,
            });
            dead.extend(node.output.iter().cloned());
            continue;
        }
        if node.op_type == "BatchNormalization" && fold.values().any(|bn| std::ptr::eq(*bn, node)) {
            continue; // folded into the convolution before it
        }
        let before = em.checkpoint();
        if let Err(reason) = convert(&mut em, node, &fold) {
            em.rollback(before);
            for i in &node.input {
                if matches!(em.values.get(i), Some(Value::Ssa(_))) && !cut.contains(i) {
                    cut.push(i.clone());
                }
            }
            skipped.push(Skipped {
                node: name,
                op_type: node.op_type.clone(),
                reason,
                dependent: false,
            });
            dead.extend(node.output.iter().cloned());
        }
    }

    let mut outputs: Vec<TensorInfo> = Vec::new();
    let mut returned: Vec<Val> = Vec::new();
    let graph_outputs: Vec<String> = graph.output.iter().map(|o| o.name.clone()).collect();
    let lost_outputs: Vec<String> =
        graph_outputs.iter().filter(|o| dead.contains(*o)).cloned().collect();
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
        let report = SkipReport::new(&skipped, lost_outputs);
        if report.is_empty() {
            return Err(OnnxError::Unsupported(
                "the graph computes nothing mlirrl optimises (it has no convolution, matmul, elementwise or reduction op)".into(),
            ));
        }
        return Err(OnnxError::NothingConverted(report.to_string()));
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
        lost_outputs,
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
    if let Some(folded) = fold::fold(em, node) {
        let values = folded?;
        for (name, v) in node.output.iter().zip(values) {
            if !name.is_empty() {
                em.values.insert(name.clone(), v);
            }
        }
        return Ok(());
    }
    match node.op_type.as_str() {
        "Identity" | "Dropout" => {
            let x = need(node, 0)?;
            let v = em.value(x)?.clone();
            if let Some(nhwc) = em.nhwc.get(x).cloned() {
                em.nhwc.insert(out.clone(), nhwc);
            }
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
        "Relu" => layout_free(em, node, relu)?,
        "Clip" => layout_free(em, node, clip)?,
        "Sigmoid" => layout_free(em, node, sigmoid)?,
        "Tanh" => layout_free(em, node, tanh)?,
        "Add" | "Sub" | "Mul" | "Div" | "Sum" | "Mean" | "Max" | "Min" => {
            layout_free(em, node, binary)?
        }
        "Pow" => layout_free(em, node, pow)?,
        "PRelu" => layout_free(em, node, prelu)?,
        "Erf" | "Gelu" | "Exp" | "Log" | "Sqrt" | "Neg" | "Abs" | "Reciprocal" | "Floor"
        | "Ceil" | "LeakyRelu" | "Elu" | "HardSigmoid" | "HardSwish" | "Softplus" => {
            layout_free(em, node, math)?
        }
        "Where" => where_(em, node)?,
        "Expand" => expand(em, node)?,
        "Cast" => cast(em, node)?,
        "MaxPool" | "AveragePool" => pool(em, node)?,
        "GlobalAveragePool" => global_average_pool(em, node)?,
        "GlobalMaxPool" => global_max_pool(em, node)?,
        "ReduceMean" | "ReduceSum" | "ReduceMax" | "ReduceMin" | "ReduceL2" | "ReduceSumSquare" => {
            reduce_node(em, node)?
        }
        "LayerNormalization" => layer_norm(em, node)?,
        "LRN" => lrn(em, node)?,
        "Resize" | "Upsample" => resize(em, node)?,
        "Flatten" => flatten(em, node)?,
        "Reshape" => reshape(em, node)?,
        "Transpose" => transpose(em, node)?,
        "Squeeze" | "Unsqueeze" => squeeze(em, node)?,
        "Split" => split(em, node)?,
        "Slice" => slice(em, node)?,
        "Pad" => pad(em, node)?,
        "Softmax" | "LogSoftmax" => softmax(em, node)?,
        "Concat" => concat(em, node)?,
        "Gather" => gather(em, node)?,
        "Shape" | "Size" => {
            return Err(format!("input `{}` is not defined", need(node, 0)?));
        }
        "ConvTranspose" => {
            return Err("ConvTranspose is not supported: transposed convolutions have no lowering in mlirrl yet".into());
        }
        other => return Err(format!("op type `{other}` is not supported")),
    }
    Ok(())
}
