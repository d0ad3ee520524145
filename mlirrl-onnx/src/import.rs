//! The ONNX graph walk and the linalg it becomes.

use crate::{OnnxError, onnx};
use onnx::{NodeProto, TensorProto};
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
                    format!("operation_{}", k - 1)
                })
            })
            .collect()
    }

    /// Total floating-point operations of one inference.
    pub fn flops(&self) -> u64 {
        self.stmts.iter().map(|s| s.flops).sum()
    }
}

// ---------------------------------------------------------------------------
// Reading ONNX

#[derive(Clone, Debug)]
enum Value {
    /// A tensor computed at run time (or a model input).
    Ssa(Val),
    /// A tensor known at import time.
    Const { shape: Vec<u64>, data: ConstData },
}

#[derive(Clone, Debug)]
enum ConstData {
    F32(Vec<f32>),
    I64(Vec<i64>),
}

impl Value {
    fn shape(&self) -> &[u64] {
        match self {
            Value::Ssa(v) => &v.shape,
            Value::Const { shape, .. } => shape,
        }
    }
}

/// Largest size of one dimension the importer accepts.
const MAX_DIM: i64 = 1 << 31;

/// Largest element count of one tensor the importer accepts (4 GiB of f32).
const MAX_ELEMENTS: i64 = 1 << 30;

/// The element count of `dims`, checked: no negative sizes, no overflow, at
/// most [`MAX_ELEMENTS`].
fn element_count(name: &str, dims: &[i64]) -> Result<i64, String> {
    let mut n: i64 = 1;
    for &d in dims {
        if d < 0 {
            return Err(format!("tensor `{name}` has a negative dimension ({dims:?})"));
        }
        n = n.checked_mul(d).filter(|&n| n <= MAX_ELEMENTS).ok_or_else(|| {
            format!("tensor `{name}` of shape {dims:?} has more than {MAX_ELEMENTS} elements")
        })?;
    }
    Ok(n)
}

fn tensor_data(t: &TensorProto) -> Result<ConstData, String> {
    use onnx::tensor_proto::DataType;
    let n: i64 = element_count(&t.name, &t.dims)?;
    let raw = |size: usize| -> Result<(), String> {
        if t.raw_data.len() != n as usize * size {
            return Err(format!(
                "tensor `{}` has {} raw bytes for {n} elements",
                t.name,
                t.raw_data.len()
            ));
        }
        Ok(())
    };
    if t.data_location == onnx::tensor_proto::DataLocation::External as i32 {
        return Err(format!("tensor `{}` keeps its data in an external file", t.name));
    }
    let data = match DataType::try_from(t.data_type) {
        Ok(DataType::Float) => {
            if t.raw_data.is_empty() {
                ConstData::F32(t.float_data.clone())
            } else {
                raw(4)?;
                ConstData::F32(
                    t.raw_data
                        .chunks_exact(4)
                        .map(|c| f32::from_le_bytes([c[0], c[1], c[2], c[3]]))
                        .collect(),
                )
            }
        }
        Ok(DataType::Int64) => {
            if t.raw_data.is_empty() {
                ConstData::I64(t.int64_data.clone())
            } else {
                raw(8)?;
                ConstData::I64(
                    t.raw_data
                        .chunks_exact(8)
                        .map(|c| i64::from_le_bytes(c.try_into().unwrap_or([0; 8])))
                        .collect(),
                )
            }
        }
        Ok(DataType::Int32) => {
            if t.raw_data.is_empty() {
                ConstData::I64(t.int32_data.iter().map(|&x| x as i64).collect())
            } else {
                raw(4)?;
                ConstData::I64(
                    t.raw_data
                        .chunks_exact(4)
                        .map(|c| i32::from_le_bytes([c[0], c[1], c[2], c[3]]) as i64)
                        .collect(),
                )
            }
        }
        _ => {
            return Err(format!(
                "tensor `{}` has element type {} (only float32 and integer shapes are supported)",
                t.name,
                DataType::try_from(t.data_type).map_or("unknown".into(), |d| format!("{d:?}"))
            ));
        }
    };
    let len = match &data {
        ConstData::F32(v) => v.len(),
        ConstData::I64(v) => v.len(),
    };
    if len as i64 != n {
        return Err(format!("tensor `{}` has {len} values for shape {:?}", t.name, t.dims));
    }
    Ok(data)
}

fn attr<'a>(node: &'a NodeProto, name: &str) -> Option<&'a onnx::AttributeProto> {
    node.attribute.iter().find(|a| a.name == name)
}
fn attr_i(node: &NodeProto, name: &str, default: i64) -> i64 {
    attr(node, name).map_or(default, |a| a.i)
}
fn attr_f(node: &NodeProto, name: &str, default: f32) -> f32 {
    attr(node, name).map_or(default, |a| a.f)
}
fn attr_ints(node: &NodeProto, name: &str) -> Option<Vec<i64>> {
    attr(node, name).map(|a| a.ints.clone())
}
fn attr_s(node: &NodeProto, name: &str) -> Option<String> {
    attr(node, name).map(|a| String::from_utf8_lossy(&a.s).to_string())
}

/// Display name of a node.
fn node_name(node: &NodeProto, index: usize) -> String {
    if node.name.is_empty() { format!("#{index}") } else { node.name.clone() }
}

// ---------------------------------------------------------------------------
// Emission

/// f32 literal as MLIR hex (exact, and valid for infinities).
fn lit(x: f32) -> String {
    format!("0x{:08X}", x.to_bits())
}

fn dense_i64(v: &[u64]) -> String {
    let items: Vec<String> = v.iter().map(|x| x.to_string()).collect();
    format!("dense<[{}]> : tensor<{}xi64>", items.join(", "), v.len())
}

/// Map from `rank` loop dims to the given result expressions.
fn amap(rank: usize, results: &[String]) -> String {
    let dims: Vec<String> = (0..rank).map(|i| format!("d{i}")).collect();
    format!("affine_map<({}) -> ({})>", dims.join(", "), results.join(", "))
}

/// Numpy-style broadcast of `shape` into an output of rank `out.len()`.
fn bcast_map(shape: &[u64], out: &[u64]) -> String {
    let off = out.len() - shape.len();
    let res: Vec<String> = shape
        .iter()
        .enumerate()
        .map(
            |(i, &s)| {
                if s == 1 && out[off + i] != 1 { "0".into() } else { format!("d{}", off + i) }
            },
        )
        .collect();
    amap(out.len(), &res)
}

fn broadcast_shapes(a: &[u64], b: &[u64]) -> Result<Vec<u64>, String> {
    let r = a.len().max(b.len());
    let get = |s: &[u64], i: usize| if i + s.len() >= r { s[i + s.len() - r] } else { 1 };
    (0..r)
        .map(|i| match (get(a, i), get(b, i)) {
            (x, y) if x == y => Ok(x),
            (1, y) => Ok(y),
            (x, 1) => Ok(x),
            (x, y) => Err(format!("shapes {a:?} and {b:?} do not broadcast ({x} vs {y})")),
        })
        .collect()
}

fn numel(shape: &[u64]) -> u64 {
    shape.iter().product()
}

struct Emitter {
    stmts: Vec<Stmt>,
    next: usize,
    weights: Vec<Weight>,
    weight_args: HashMap<String, Val>,
    values: HashMap<String, Value>,
    node: String,
    op_type: String,
}

type NodeResult<T> = Result<T, String>;

/// Builds a `linalg.generic` body from its block arguments: the lines and
/// the yielded value.
type Body = dyn Fn(&[String]) -> (Vec<String>, String);

impl Emitter {
    fn fresh(&mut self, prefix: &str) -> String {
        self.next += 1;
        format!("%{prefix}{}", self.next)
    }

    fn push(&mut self, lines: Vec<String>, uses: Vec<Val>, result: Val, linalg: bool, flops: u64) {
        let mut seen = HashSet::new();
        let uses = uses.into_iter().filter(|u| seen.insert(u.name.clone())).collect();
        self.stmts.push(Stmt {
            node: self.node.clone(),
            op_type: self.op_type.clone(),
            lines,
            uses,
            result,
            linalg,
            flops,
        });
    }

    fn value(&self, name: &str) -> NodeResult<&Value> {
        self.values.get(name).ok_or_else(|| format!("input `{name}` is not defined"))
    }

    /// A runtime value for `name`; constants become weight arguments.
    fn ssa(&mut self, name: &str) -> NodeResult<Val> {
        match self.value(name)?.clone() {
            Value::Ssa(v) => Ok(v),
            Value::Const { shape, data: ConstData::F32(data) } => {
                Ok(self.weight(name.to_string(), shape, data))
            }
            Value::Const { data: ConstData::I64(_), .. } => {
                Err(format!("integer tensor `{name}` used as data (only f32 data is supported)"))
            }
        }
    }

    /// A weight argument (one per distinct name).
    fn weight(&mut self, name: String, shape: Vec<u64>, data: Vec<f32>) -> Val {
        if let Some(v) = self.weight_args.get(&name) {
            return v.clone();
        }
        let v = Val { name: format!("%w{}", self.weights.len()), shape: shape.clone() };
        self.weights.push(Weight { name: name.clone(), shape, data });
        self.weight_args.insert(name, v.clone());
        v
    }

    fn const_f32(&self, name: &str) -> NodeResult<(Vec<u64>, Vec<f32>)> {
        match self.value(name)? {
            Value::Const { shape, data: ConstData::F32(d) } => Ok((shape.clone(), d.clone())),
            Value::Const { shape, data: ConstData::I64(d) } => {
                Ok((shape.clone(), d.iter().map(|&x| x as f32).collect()))
            }
            Value::Ssa(_) => Err(format!("`{name}` must be a constant (an initializer)")),
        }
    }

    fn const_i64(&self, name: &str) -> NodeResult<Vec<i64>> {
        match self.value(name)? {
            Value::Const { data: ConstData::I64(d), .. } => Ok(d.clone()),
            Value::Const { data: ConstData::F32(d), .. } => {
                Ok(d.iter().map(|&x| x as i64).collect())
            }
            Value::Ssa(_) => Err(format!("`{name}` must be a constant (an initializer)")),
        }
    }

    fn define(&mut self, name: &str, v: Val) {
        self.values.insert(name.to_string(), Value::Ssa(v));
    }

    /// `linalg.fill` of a fresh tensor.
    fn fill(&mut self, shape: &[u64], x: f32) -> Val {
        let (c, e, r) = (self.fresh("c"), self.fresh("e"), self.fresh("v"));
        let t = ty(shape);
        let lines = vec![
            format!("{c} = arith.constant {} : f32", lit(x)),
            format!("{e} = tensor.empty() : {t}"),
            format!("{r} = linalg.fill ins({c} : f32) outs({e} : {t}) -> {t}"),
        ];
        let result = Val { name: r, shape: shape.to_vec() };
        self.push(lines, vec![], result.clone(), true, 0);
        result
    }

    /// A `linalg.generic` over the output's index space. `inputs` come with
    /// their indexing maps; `body` turns the block arguments (inputs then the
    /// output) into lines and the yielded value. `init` is the output operand
    /// (a fresh empty tensor when `None`).
    #[allow(clippy::too_many_arguments)]
    fn generic(
        &mut self,
        inputs: &[(Val, String)],
        out: &[u64],
        iterators: &[&str],
        out_map: String,
        init: Option<Val>,
        body: &Body,
        flops_per_point: u64,
    ) -> Val {
        let mut lines = Vec::new();
        let mut uses: Vec<Val> = inputs.iter().map(|(v, _)| v.clone()).collect();
        let init = match init {
            Some(v) => {
                uses.push(v.clone());
                v.name
            }
            None => {
                let e = self.fresh("e");
                lines.push(format!("{e} = tensor.empty() : {}", ty(out)));
                e
            }
        };
        let r = self.fresh("v");
        let mut maps: Vec<String> = inputs.iter().map(|(_, m)| m.clone()).collect();
        maps.push(out_map);
        let its: Vec<String> = iterators.iter().map(|i| format!("\"{i}\"")).collect();
        let ins: Vec<String> = inputs.iter().map(|(v, _)| v.name.clone()).collect();
        let in_tys: Vec<String> = inputs.iter().map(|(v, _)| v.ty()).collect();
        let ins_text = if inputs.is_empty() {
            String::new()
        } else {
            format!(" ins({} : {})", ins.join(", "), in_tys.join(", "))
        };
        let out_ty = ty(out);
        lines.push(format!(
            "{r} = linalg.generic {{indexing_maps = [{}], iterator_types = [{}]}}{ins_text} outs({init} : {out_ty}) {{",
            maps.join(", "),
            its.join(", "),
        ));
        let args: Vec<String> = (0..=inputs.len()).map(|i| format!("%b{i}")).collect();
        let decl: Vec<String> = args.iter().map(|a| format!("{a}: f32")).collect();
        lines.push(format!("^bb0({}):", decl.join(", ")));
        let (body_lines, y) = body(&args);
        for l in body_lines {
            lines.push(format!("  {l}"));
        }
        lines.push(format!("  linalg.yield {y} : f32"));
        lines.push(format!("}} -> {out_ty}"));
        let result = Val { name: r, shape: out.to_vec() };
        self.push(lines, uses, result.clone(), true, numel(out) * flops_per_point);
        result
    }

    /// Elementwise op with numpy broadcasting over `inputs`.
    fn elementwise(&mut self, inputs: &[Val], body: &Body, flops: u64) -> NodeResult<Val> {
        let mut out = inputs[0].shape.clone();
        for v in &inputs[1..] {
            out = broadcast_shapes(&out, &v.shape)?;
        }
        let ins: Vec<(Val, String)> =
            inputs.iter().map(|v| (v.clone(), bcast_map(&v.shape, &out))).collect();
        let its = vec!["parallel"; out.len()];
        let id = amap(out.len(), &(0..out.len()).map(|i| format!("d{i}")).collect::<Vec<_>>());
        Ok(self.generic(&ins, &out, &its, id, None, body, flops))
    }

    /// Copies `x` broadcast into a fresh tensor of shape `out` (used as the
    /// accumulator of convolutions and matmuls with a bias).
    fn broadcast_into(&mut self, x: &Val, out: &[u64], map: String) -> Val {
        let its = vec!["parallel"; out.len()];
        let id = amap(out.len(), &(0..out.len()).map(|i| format!("d{i}")).collect::<Vec<_>>());
        self.generic(&[(x.clone(), map)], out, &its, id, None, &|a| (vec![], a[0].clone()), 0)
    }

    /// `tensor.pad` of the two spatial dims of an NCHW tensor.
    fn pad_nchw(&mut self, x: &Val, pads: [u64; 4], value: f32) -> Val {
        if pads == [0; 4] {
            return x.clone();
        }
        let [top, left, bottom, right] = pads;
        let s = &x.shape;
        let out = vec![s[0], s[1], s[2] + top + bottom, s[3] + left + right];
        let (c, r) = (self.fresh("c"), self.fresh("v"));
        let lines = vec![
            format!("{c} = arith.constant {} : f32", lit(value)),
            format!(
                "{r} = tensor.pad {} low[0, 0, {top}, {left}] high[0, 0, {bottom}, {right}] {{",
                x.name
            ),
            "^bb0(%p0: index, %p1: index, %p2: index, %p3: index):".into(),
            format!("  tensor.yield {c} : f32"),
            format!("}} : {} to {}", x.ty(), ty(&out)),
        ];
        let result = Val { name: r, shape: out };
        self.push(lines, vec![x.clone()], result.clone(), false, 0);
        result
    }

    fn reshape(&mut self, x: &Val, shape: &[u64]) -> Val {
        if x.shape == shape {
            return x.clone();
        }
        let mut cur = x.clone();
        if cur.shape.len() != 1 {
            let r = self.fresh("v");
            let all: Vec<String> = (0..cur.shape.len()).map(|i| i.to_string()).collect();
            let flat = vec![numel(&cur.shape)];
            let line = if cur.shape.is_empty() {
                format!(
                    "{r} = tensor.expand_shape {} [] output_shape [1] : {} into {}",
                    cur.name,
                    cur.ty(),
                    ty(&flat)
                )
            } else {
                format!(
                    "{r} = tensor.collapse_shape {} [[{}]] : {} into {}",
                    cur.name,
                    all.join(", "),
                    cur.ty(),
                    ty(&flat)
                )
            };
            let v = Val { name: r, shape: flat };
            self.push(vec![line], vec![cur.clone()], v.clone(), false, 0);
            cur = v;
        }
        if shape.len() == 1 {
            return cur;
        }
        let r = self.fresh("v");
        let line = if shape.is_empty() {
            format!("{r} = tensor.collapse_shape {} [] : {} into {}", cur.name, cur.ty(), ty(shape))
        } else {
            let all: Vec<String> = (0..shape.len()).map(|i| i.to_string()).collect();
            let dims: Vec<String> = shape.iter().map(|d| d.to_string()).collect();
            format!(
                "{r} = tensor.expand_shape {} [[{}]] output_shape [{}] : {} into {}",
                cur.name,
                all.join(", "),
                dims.join(", "),
                cur.ty(),
                ty(shape)
            )
        };
        let v = Val { name: r, shape: shape.to_vec() };
        self.push(vec![line], vec![cur], v.clone(), false, 0);
        v
    }

    fn transpose(&mut self, x: &Val, perm: &[usize]) -> Val {
        let out: Vec<u64> = perm.iter().map(|&p| x.shape[p]).collect();
        let (e, r) = (self.fresh("e"), self.fresh("v"));
        let p: Vec<String> = perm.iter().map(|d| d.to_string()).collect();
        let lines = vec![
            format!("{e} = tensor.empty() : {}", ty(&out)),
            format!(
                "{r} = linalg.transpose ins({} : {}) outs({e} : {}) permutation = [{}]",
                x.name,
                x.ty(),
                ty(&out),
                p.join(", ")
            ),
        ];
        let v = Val { name: r, shape: out };
        self.push(lines, vec![x.clone()], v.clone(), true, 0);
        v
    }
}

fn transpose_data(data: &[f32], rows: usize, cols: usize) -> Vec<f32> {
    let mut out = vec![0.0; data.len()];
    for r in 0..rows {
        for c in 0..cols {
            out[c * rows + r] = data[r * cols + c];
        }
    }
    out
}

/// Spatial pads `[top, left, bottom, right]` of a 2-D window op.
fn window_pads(
    node: &NodeProto,
    input: &[u64],
    kernel: [u64; 2],
    strides: [u64; 2],
    dilations: [u64; 2],
) -> NodeResult<[u64; 4]> {
    let auto = attr_s(node, "auto_pad").unwrap_or_else(|| "NOTSET".into());
    match auto.as_str() {
        "NOTSET" => {
            let p = attr_ints(node, "pads").unwrap_or_else(|| vec![0; 4]);
            if p.len() != 4 || p.iter().any(|&x| x < 0) {
                return Err(format!("pads {p:?}: four non-negative values expected"));
            }
            Ok([p[0] as u64, p[1] as u64, p[2] as u64, p[3] as u64])
        }
        "VALID" => Ok([0; 4]),
        "SAME_UPPER" | "SAME_LOWER" => {
            let mut pads = [0u64; 4];
            for i in 0..2 {
                let inp = input[2 + i];
                let out = inp.div_ceil(strides[i]);
                let eff = dilations[i] * (kernel[i] - 1) + 1;
                let total = ((out - 1) * strides[i] + eff).saturating_sub(inp);
                let (small, big) = (total / 2, total - total / 2);
                if auto == "SAME_UPPER" {
                    pads[i] = small;
                    pads[i + 2] = big;
                } else {
                    pads[i] = big;
                    pads[i + 2] = small;
                }
            }
            Ok(pads)
        }
        other => Err(format!("auto_pad `{other}` is not supported")),
    }
}

fn pair(node: &NodeProto, name: &str, default: u64) -> NodeResult<[u64; 2]> {
    match attr_ints(node, name) {
        None => Ok([default; 2]),
        Some(v) if v.len() == 2 && v.iter().all(|&x| x > 0) => Ok([v[0] as u64, v[1] as u64]),
        Some(v) => Err(format!("{name} {v:?}: two positive values expected (2-D only)")),
    }
}

fn out_size(
    inp: u64,
    pad: u64,
    kernel: u64,
    stride: u64,
    dilation: u64,
    ceil: bool,
) -> NodeResult<u64> {
    let eff = dilation * (kernel - 1) + 1;
    let span = inp + pad;
    if span < eff {
        return Err(format!("window {eff} larger than the padded input {span}"));
    }
    Ok(if ceil { (span - eff).div_ceil(stride) + 1 } else { (span - eff) / stride + 1 })
}

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

fn input(node: &NodeProto, i: usize) -> Option<&str> {
    node.input.get(i).map(String::as_str).filter(|s| !s.is_empty())
}

fn need(node: &NodeProto, i: usize) -> NodeResult<&str> {
    input(node, i).ok_or_else(|| format!("input {i} is missing"))
}

fn out0(node: &NodeProto) -> NodeResult<&str> {
    node.output.first().map(String::as_str).ok_or_else(|| "the node has no output".to_string())
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
        "Relu" => unary(
            em,
            node,
            &[
                &format!("%z = arith.constant {} : f32", lit(0.0)),
                "%y = arith.maximumf {x}, %z : f32",
            ],
            1,
        )?,
        "Clip" => {
            let bound = |i: usize, d: f32| -> NodeResult<f32> {
                match input(node, i) {
                    None => Ok(d),
                    Some(n) => {
                        let (shape, data) = em.const_f32(n)?;
                        if numel(&shape) != 1 {
                            return Err(format!("Clip bound `{n}` is not a scalar"));
                        }
                        Ok(data[0])
                    }
                }
            };
            let (lo, hi) = (bound(1, f32::NEG_INFINITY)?, bound(2, f32::INFINITY)?);
            unary(
                em,
                node,
                &[
                    &format!("%lo = arith.constant {} : f32", lit(lo)),
                    &format!("%hi = arith.constant {} : f32", lit(hi)),
                    "%t = arith.maximumf {x}, %lo : f32",
                    "%y = arith.minimumf %t, %hi : f32",
                ],
                2,
            )?
        }
        "Sigmoid" => unary(
            em,
            node,
            &[
                &format!("%one = arith.constant {} : f32", lit(1.0)),
                "%n = arith.negf {x} : f32",
                "%e = math.exp %n : f32",
                "%d = arith.addf %one, %e : f32",
                "%y = arith.divf %one, %d : f32",
            ],
            4,
        )?,
        // tanh(x) = 1 - 2 / (exp(2x) + 1): exact at both infinities.
        "Tanh" => unary(
            em,
            node,
            &[
                &format!("%one = arith.constant {} : f32", lit(1.0)),
                &format!("%two = arith.constant {} : f32", lit(2.0)),
                "%x2 = arith.mulf {x}, %two : f32",
                "%e = math.exp %x2 : f32",
                "%d = arith.addf %e, %one : f32",
                "%q = arith.divf %two, %d : f32",
                "%y = arith.subf %one, %q : f32",
            ],
            6,
        )?,
        "Add" | "Sub" | "Mul" | "Div" => {
            let op = match node.op_type.as_str() {
                "Add" => "addf",
                "Sub" => "subf",
                "Mul" => "mulf",
                _ => "divf",
            };
            let a = em.ssa(need(node, 0)?)?;
            let b = em.ssa(need(node, 1)?)?;
            let v = em.elementwise(
                &[a, b],
                &move |x| (vec![format!("%y = arith.{op} {}, {} : f32", x[0], x[1])], "%y".into()),
                1,
            )?;
            em.define(&out, v);
        }
        "MaxPool" | "AveragePool" => pool(em, node)?,
        "GlobalAveragePool" => {
            let x = em.ssa(need(node, 0)?)?;
            if x.shape.len() != 4 {
                return Err(format!("input rank {} (NCHW expected)", x.shape.len()));
            }
            let (h, w) = (x.shape[2], x.shape[3]);
            let sum = pooling(em, &x, "sum", [h, w], [1, 1], [1, 1], 0.0)?;
            let inv = 1.0 / (h * w) as f32;
            let v = em.elementwise(
                &[sum],
                &move |a| {
                    (
                        vec![
                            format!("%s = arith.constant {} : f32", lit(inv)),
                            format!("%y = arith.mulf {}, %s : f32", a[0]),
                        ],
                        "%y".into(),
                    )
                },
                1,
            )?;
            em.define(&out, v);
        }
        "Flatten" => {
            let x = em.ssa(need(node, 0)?)?;
            let r = x.shape.len() as i64;
            let mut axis = attr_i(node, "axis", 1);
            if axis < 0 {
                axis += r;
            }
            if !(0..=r).contains(&axis) {
                return Err(format!("axis {axis} out of range for rank {r}"));
            }
            let a = axis as usize;
            let shape = vec![numel(&x.shape[..a]), numel(&x.shape[a..])];
            let v = em.reshape(&x, &shape);
            em.define(&out, v);
        }
        "Reshape" => {
            if attr_i(node, "allowzero", 0) != 0 {
                return Err("allowzero = 1 is not supported".into());
            }
            let target = em.const_i64(need(node, 1)?)?;
            let x = em.value(need(node, 0)?)?.clone();
            let shape = reshape_target(x.shape(), &target)?;
            match x {
                Value::Const { data, .. } => {
                    em.values.insert(out, Value::Const { shape, data });
                }
                Value::Ssa(v) => {
                    let v = em.reshape(&v, &shape);
                    em.define(&out, v);
                }
            }
        }
        "Transpose" => {
            let x = em.ssa(need(node, 0)?)?;
            let r = x.shape.len();
            let perm: Vec<usize> = match attr_ints(node, "perm") {
                Some(p) => p.iter().map(|&i| i as usize).collect(),
                None => (0..r).rev().collect(),
            };
            let mut sorted = perm.clone();
            sorted.sort();
            if sorted != (0..r).collect::<Vec<_>>() {
                return Err(format!("perm {perm:?} is not a permutation of 0..{r}"));
            }
            let v = em.transpose(&x, &perm);
            em.define(&out, v);
        }
        "Softmax" => softmax(em, node)?,
        "Concat" => concat(em, node)?,
        other => return Err(format!("op type `{other}` is not supported")),
    }
    Ok(())
}

/// A unary elementwise node: `body` lines (`{x}` stands for the input
/// element) computing `%y`.
fn unary(em: &mut Emitter, node: &NodeProto, body: &[&str], flops: u64) -> NodeResult<()> {
    let out = out0(node)?.to_string();
    let x = em.ssa(need(node, 0)?)?;
    let body: Vec<String> = body.iter().map(|l| l.to_string()).collect();
    let v = em.elementwise(
        &[x],
        &move |a| (body.iter().map(|l| l.replace("{x}", &a[0])).collect(), "%y".into()),
        flops,
    )?;
    em.define(&out, v);
    Ok(())
}

fn reshape_target(input: &[u64], target: &[i64]) -> NodeResult<Vec<u64>> {
    let total = numel(input);
    let mut shape: Vec<u64> = Vec::new();
    let mut infer = None;
    for (i, &t) in target.iter().enumerate() {
        match t {
            0 => shape.push(
                *input
                    .get(i)
                    .ok_or_else(|| format!("shape {target:?}: 0 at {i} beyond the input rank"))?,
            ),
            -1 if infer.is_none() => {
                infer = Some(i);
                shape.push(1);
            }
            t if t > 0 => shape.push(t as u64),
            _ => return Err(format!("shape {target:?} is invalid")),
        }
    }
    let known = numel(&shape);
    if let Some(i) = infer {
        if known == 0 || !total.is_multiple_of(known) {
            return Err(format!("shape {target:?} does not fit {total} elements"));
        }
        shape[i] = total / known;
    }
    if numel(&shape) != total {
        return Err(format!("shape {target:?} does not fit input shape {input:?}"));
    }
    Ok(shape)
}

/// Per-channel `(scale, shift)` of an inference batch normalisation.
fn bn_affine(em: &Emitter, node: &NodeProto) -> NodeResult<(Vec<f32>, Vec<f32>)> {
    if attr_i(node, "training_mode", 0) != 0 {
        return Err("training_mode = 1 is not supported (inference only)".into());
    }
    let eps = attr_f(node, "epsilon", 1e-5);
    let (_, gamma) = em.const_f32(need(node, 1)?)?;
    let (_, beta) = em.const_f32(need(node, 2)?)?;
    let (_, mean) = em.const_f32(need(node, 3)?)?;
    let (_, var) = em.const_f32(need(node, 4)?)?;
    let c = gamma.len();
    if [beta.len(), mean.len(), var.len()].iter().any(|&l| l != c) {
        return Err("scale, bias, mean and var differ in length".into());
    }
    let scale: Vec<f32> = (0..c).map(|i| gamma[i] / (var[i] + eps).sqrt()).collect();
    let shift: Vec<f32> = (0..c).map(|i| beta[i] - mean[i] * scale[i]).collect();
    Ok((scale, shift))
}

fn batch_norm(em: &mut Emitter, node: &NodeProto) -> NodeResult<()> {
    let out = out0(node)?.to_string();
    let (scale, shift) = bn_affine(em, node)?;
    let x = em.ssa(need(node, 0)?)?;
    if x.shape.len() < 2 || x.shape[1] as usize != scale.len() {
        return Err(format!("input shape {:?} does not have {} channels", x.shape, scale.len()));
    }
    let c = scale.len() as u64;
    let mut bshape = vec![c];
    bshape.extend(std::iter::repeat_n(1, x.shape.len() - 2));
    let s = em.weight(format!("{}.bn_scale", node.input[1]), bshape.clone(), scale);
    let b = em.weight(format!("{}.bn_shift", node.input[2]), bshape, shift);
    let v = em.elementwise(
        &[x, s, b],
        &|a| {
            (
                vec![
                    format!("%m = arith.mulf {}, {} : f32", a[0], a[1]),
                    format!("%y = arith.addf %m, {} : f32", a[2]),
                ],
                "%y".into(),
            )
        },
        2,
    )?;
    em.define(&out, v);
    Ok(())
}

fn conv(em: &mut Emitter, node: &NodeProto, fold: &HashMap<String, &NodeProto>) -> NodeResult<()> {
    let out_name = out0(node)?.to_string();
    let x = em.ssa(need(node, 0)?)?;
    let w_name = need(node, 1)?;
    let w_shape = em.value(w_name)?.shape().to_vec();
    if x.shape.len() != 4 || w_shape.len() != 4 {
        return Err(format!(
            "only 2-D convolutions (rank-4 NCHW) are supported, got input {:?}",
            x.shape
        ));
    }
    let groups = attr_i(node, "group", 1).max(1) as u64;
    let strides = pair(node, "strides", 1)?;
    let dilations = pair(node, "dilations", 1)?;
    let kernel = [w_shape[2], w_shape[3]];
    let (n, c, f) = (x.shape[0], x.shape[1], w_shape[0]);
    if c != w_shape[1] * groups || f % groups != 0 {
        return Err(format!(
            "weight {w_shape:?} does not fit input {:?} with {groups} groups",
            x.shape
        ));
    }
    let pads = window_pads(node, &x.shape, kernel, strides, dilations)?;
    let oh = out_size(x.shape[2], pads[0] + pads[2], kernel[0], strides[0], dilations[0], false)?;
    let ow = out_size(x.shape[3], pads[1] + pads[3], kernel[1], strides[1], dilations[1], false)?;
    let out_shape = vec![n, f, oh, ow];

    // Weights and bias, with a following batch normalisation folded in.
    let bias_name = input(node, 2);
    let folded = fold.get(&out_name).copied();
    let w_data = if folded.is_some() || groups > 1 { Some(em.const_f32(w_name)?.1) } else { None };
    let mut bias: Option<Vec<f32>> = match bias_name {
        Some(b) if folded.is_some() => Some(em.const_f32(b)?.1),
        _ => None,
    };
    let (w_key, w_val) = if let Some(bn) = folded {
        let (scale, shift) = bn_affine(em, bn)?;
        if scale.len() as u64 != f {
            return Err("batch normalisation channels differ from the convolution's".into());
        }
        let per = (w_shape[1] * kernel[0] * kernel[1]) as usize;
        let mut wd = w_data.clone().unwrap_or_default();
        for (i, v) in wd.iter_mut().enumerate() {
            *v *= scale[i / per];
        }
        let b0 = bias.take().unwrap_or_else(|| vec![0.0; f as usize]);
        bias = Some((0..f as usize).map(|i| b0[i] * scale[i] + shift[i]).collect());
        (format!("{w_name}.folded"), Some(wd))
    } else {
        (w_name.to_string(), w_data)
    };
    let depthwise = groups > 1 && groups == c && f == c;
    let (w, out_shape_op) = if groups == 1 {
        let w = match w_val {
            Some(d) => em.weight(w_key, w_shape.clone(), d),
            None => em.ssa(w_name)?,
        };
        (w, out_shape.clone())
    } else if depthwise {
        let d = w_val.ok_or("depthwise weights must be an initializer")?;
        (em.weight(format!("{w_key}.chw"), vec![c, kernel[0], kernel[1]], d), out_shape.clone())
    } else {
        let d = w_val.ok_or("grouped weights must be an initializer")?;
        let fg = f / groups;
        (
            em.weight(
                format!("{w_key}.gfchw"),
                vec![groups, fg, w_shape[1], kernel[0], kernel[1]],
                d,
            ),
            vec![n, groups, fg, oh, ow],
        )
    };
    let bias_val = match (bias, bias_name) {
        (Some(b), _) => {
            Some(em.weight(format!("{}.folded", bias_name.unwrap_or(&out_name)), vec![f], b))
        }
        (None, Some(b)) => Some(em.ssa(b)?),
        (None, None) => None,
    };
    let xp = em.pad_nchw(&x, pads, 0.0);
    let xin = if groups > 1 && !depthwise {
        let cg = c / groups;
        let shape = vec![n, groups, cg, xp.shape[2], xp.shape[3]];
        let r = em.fresh("v");
        let line = format!(
            "{r} = tensor.expand_shape {} [[0], [1, 2], [3], [4]] output_shape [{}, {}, {}, {}, {}] : {} into {}",
            xp.name,
            shape[0],
            shape[1],
            shape[2],
            shape[3],
            shape[4],
            xp.ty(),
            ty(&shape)
        );
        let v = Val { name: r, shape };
        em.push(vec![line], vec![xp.clone()], v.clone(), false, 0);
        v
    } else {
        xp
    };
    let init = match &bias_val {
        Some(b) => {
            if b.shape != [f] {
                return Err(format!("bias shape {:?}, expected [{f}]", b.shape));
            }
            if out_shape_op.len() == 5 {
                let fg = f / groups;
                let b2 = em.reshape(b, &[groups, fg]);
                em.broadcast_into(&b2, &out_shape_op, amap(5, &["d1".into(), "d2".into()]))
            } else {
                em.broadcast_into(b, &out_shape_op, amap(4, &["d1".into()]))
            }
        }
        None => em.fill(&out_shape_op, 0.0),
    };
    let attrs =
        format!("{{dilations = {}, strides = {}}}", dense_i64(&dilations), dense_i64(&strides));
    let name = if groups == 1 {
        "linalg.conv_2d_nchw_fchw"
    } else if depthwise {
        "linalg.depthwise_conv_2d_nchw_chw"
    } else {
        "linalg.conv_2d_ngchw_gfchw"
    };
    let r = em.fresh("v");
    let t = ty(&out_shape_op);
    let line = format!(
        "{r} = {name} {attrs} ins({}, {} : {}, {}) outs({} : {t}) -> {t}",
        xin.name,
        w.name,
        xin.ty(),
        w.ty(),
        init.name
    );
    let flops = 2 * numel(&out_shape) * (c / groups) * kernel[0] * kernel[1];
    let v = Val { name: r, shape: out_shape_op.clone() };
    em.push(vec![line], vec![xin, w, init], v.clone(), true, flops);
    let v = if out_shape_op.len() == 5 {
        let r = em.fresh("v");
        let line = format!(
            "{r} = tensor.collapse_shape {} [[0], [1, 2], [3], [4]] : {} into {}",
            v.name,
            v.ty(),
            ty(&out_shape)
        );
        let c = Val { name: r, shape: out_shape.clone() };
        em.push(vec![line], vec![v], c.clone(), false, 0);
        c
    } else {
        v
    };
    match folded {
        Some(bn) => em.define(out0(bn)?, v),
        None => em.define(&out_name, v),
    }
    Ok(())
}

fn gemm(em: &mut Emitter, node: &NodeProto) -> NodeResult<()> {
    let out = out0(node)?.to_string();
    let (ta, tb) = (attr_i(node, "transA", 0) != 0, attr_i(node, "transB", 0) != 0);
    let (alpha, beta) = (attr_f(node, "alpha", 1.0), attr_f(node, "beta", 1.0));
    let operand = |em: &mut Emitter, name: &str, trans: bool, scale: f32| -> NodeResult<Val> {
        match em.value(name)?.clone() {
            Value::Const { shape, data: ConstData::F32(d) }
                if shape.len() == 2 && (trans || scale != 1.0) =>
            {
                let (r, c) = (shape[0] as usize, shape[1] as usize);
                let mut d = if trans { transpose_data(&d, r, c) } else { d };
                d.iter_mut().for_each(|x| *x *= scale);
                let s = if trans { vec![shape[1], shape[0]] } else { shape };
                Ok(em.weight(format!("{name}{}", if trans { ".T" } else { ".scaled" }), s, d))
            }
            _ => {
                let v = em.ssa(name)?;
                if v.shape.len() != 2 {
                    return Err(format!(
                        "Gemm operand `{name}` has rank {} (2 expected)",
                        v.shape.len()
                    ));
                }
                if scale != 1.0 {
                    return Err("alpha != 1 with a non-constant B is not supported".into());
                }
                Ok(if trans { em.transpose(&v, &[1, 0]) } else { v })
            }
        }
    };
    let a = operand(em, need(node, 0)?, ta, 1.0)?;
    let b = operand(em, need(node, 1)?, tb, alpha)?;
    let (m, k, n) = (a.shape[0], a.shape[1], b.shape[1]);
    if b.shape[0] != k {
        return Err(format!("A {:?} and B {:?} do not multiply", a.shape, b.shape));
    }
    let init = match input(node, 2) {
        Some(c) if beta != 0.0 => {
            let cv = match em.value(c)?.clone() {
                Value::Const { shape, data: ConstData::F32(d) } if beta != 1.0 => {
                    em.weight(format!("{c}.scaled"), shape, d.iter().map(|x| x * beta).collect())
                }
                _ if beta != 1.0 => {
                    return Err("beta != 1 with a non-constant C is not supported".into());
                }
                _ => em.ssa(c)?,
            };
            broadcast_shapes(&cv.shape, &[m, n])
                .ok()
                .filter(|s| s == &[m, n])
                .ok_or_else(|| format!("C {:?} does not broadcast to [{m}, {n}]", cv.shape))?;
            let map = bcast_map(&cv.shape, &[m, n]);
            em.broadcast_into(&cv, &[m, n], map)
        }
        _ => em.fill(&[m, n], 0.0),
    };
    let v = matmul_op(em, "linalg.matmul", &a, &b, init, 2 * m * n * k);
    em.define(&out, v);
    Ok(())
}

fn matmul_op(em: &mut Emitter, op: &str, a: &Val, b: &Val, init: Val, flops: u64) -> Val {
    let r = em.fresh("v");
    let t = init.ty();
    let line = format!(
        "{r} = {op} ins({}, {} : {}, {}) outs({} : {t}) -> {t}",
        a.name,
        b.name,
        a.ty(),
        b.ty(),
        init.name
    );
    let v = Val { name: r, shape: init.shape.clone() };
    em.push(vec![line], vec![a.clone(), b.clone(), init], v.clone(), true, flops);
    v
}

fn matmul(em: &mut Emitter, node: &NodeProto) -> NodeResult<()> {
    let out = out0(node)?.to_string();
    let a = em.ssa(need(node, 0)?)?;
    let b = em.ssa(need(node, 1)?)?;
    let (ra, rb) = (a.shape.len(), b.shape.len());
    let v = match (ra, rb) {
        (2, 2) => {
            let (m, k, n) = (a.shape[0], a.shape[1], b.shape[1]);
            if b.shape[0] != k {
                return Err(format!("{:?} x {:?} do not multiply", a.shape, b.shape));
            }
            let init = em.fill(&[m, n], 0.0);
            matmul_op(em, "linalg.matmul", &a, &b, init, 2 * m * n * k)
        }
        (r, 2) if r > 2 => {
            // [..., M, K] x [K, N]: fold the leading dims into M.
            let k = a.shape[r - 1];
            if b.shape[0] != k {
                return Err(format!("{:?} x {:?} do not multiply", a.shape, b.shape));
            }
            let rows = numel(&a.shape[..r - 1]);
            let n = b.shape[1];
            let a2 = em.reshape(&a, &[rows, k]);
            let init = em.fill(&[rows, n], 0.0);
            let y = matmul_op(em, "linalg.matmul", &a2, &b, init, 2 * rows * n * k);
            let mut shape = a.shape[..r - 1].to_vec();
            shape.push(n);
            em.reshape(&y, &shape)
        }
        (3, 3) if a.shape[0] == b.shape[0] && a.shape[2] == b.shape[1] => {
            let (bt, m, k, n) = (a.shape[0], a.shape[1], a.shape[2], b.shape[2]);
            let init = em.fill(&[bt, m, n], 0.0);
            matmul_op(em, "linalg.batch_matmul", &a, &b, init, 2 * bt * m * n * k)
        }
        _ => {
            return Err(format!("MatMul of shapes {:?} x {:?} is not supported", a.shape, b.shape));
        }
    };
    em.define(&out, v);
    Ok(())
}

/// `linalg.pooling_nchw_<kind>` over a (padded) input.
fn pooling(
    em: &mut Emitter,
    x: &Val,
    kind: &str,
    kernel: [u64; 2],
    strides: [u64; 2],
    dilations: [u64; 2],
    init: f32,
) -> NodeResult<Val> {
    let oh = out_size(x.shape[2], 0, kernel[0], strides[0], dilations[0], false)?;
    let ow = out_size(x.shape[3], 0, kernel[1], strides[1], dilations[1], false)?;
    let out = vec![x.shape[0], x.shape[1], oh, ow];
    let acc = em.fill(&out, init);
    let (k, r) = (em.fresh("e"), em.fresh("v"));
    let kt = ty(&kernel);
    let t = ty(&out);
    let lines = vec![
        format!("{k} = tensor.empty() : {kt}"),
        format!(
            "{r} = linalg.pooling_nchw_{kind} {{dilations = {}, strides = {}}} ins({}, {k} : {}, {kt}) outs({} : {t}) -> {t}",
            dense_i64(&dilations),
            dense_i64(&strides),
            x.name,
            x.ty(),
            acc.name
        ),
    ];
    let v = Val { name: r, shape: out.clone() };
    em.push(lines, vec![x.clone(), acc], v.clone(), true, numel(&out) * kernel[0] * kernel[1]);
    Ok(v)
}

fn pool(em: &mut Emitter, node: &NodeProto) -> NodeResult<()> {
    let out = out0(node)?.to_string();
    if node.output.len() > 1 && !node.output[1].is_empty() {
        return Err("the Indices output of MaxPool is not supported".into());
    }
    let x = em.ssa(need(node, 0)?)?;
    if x.shape.len() != 4 {
        return Err(format!("input rank {} (NCHW expected)", x.shape.len()));
    }
    let kernel = match attr_ints(node, "kernel_shape") {
        Some(k) if k.len() == 2 && k.iter().all(|&v| v > 0) => [k[0] as u64, k[1] as u64],
        k => return Err(format!("kernel_shape {k:?}: two positive values expected (2-D only)")),
    };
    let strides = pair(node, "strides", 1)?;
    let dilations = pair(node, "dilations", 1)?;
    let ceil = attr_i(node, "ceil_mode", 0) != 0;
    let mut pads = window_pads(node, &x.shape, kernel, strides, dilations)?;
    let max = node.op_type == "MaxPool";
    if attr_i(node, "storage_order", 0) != 0 {
        return Err("storage_order = 1 is not supported".into());
    }
    let mut oh =
        out_size(x.shape[2], pads[0] + pads[2], kernel[0], strides[0], dilations[0], ceil)?;
    let mut ow =
        out_size(x.shape[3], pads[1] + pads[3], kernel[1], strides[1], dilations[1], ceil)?;
    // In ceil mode the last window must start inside the input or the low
    // padding (as PyTorch and ONNX Runtime count it).
    if ceil {
        if (oh - 1) * strides[0] >= x.shape[2] + pads[0] {
            oh -= 1;
        }
        if (ow - 1) * strides[1] >= x.shape[3] + pads[1] {
            ow -= 1;
        }
    }
    // Extra high padding so that ceil mode's last windows exist.
    let need_h = (oh - 1) * strides[0] + dilations[0] * (kernel[0] - 1) + 1;
    let need_w = (ow - 1) * strides[1] + dilations[1] * (kernel[1] - 1) + 1;
    let extra_h = need_h.saturating_sub(x.shape[2] + pads[0] + pads[2]);
    let extra_w = need_w.saturating_sub(x.shape[3] + pads[1] + pads[3]);
    if !max && (extra_h > 0 || extra_w > 0) {
        return Err("AveragePool with ceil_mode = 1 is not supported".into());
    }
    pads[2] += extra_h;
    pads[3] += extra_w;
    let xp = em.pad_nchw(&x, pads, if max { f32::NEG_INFINITY } else { 0.0 });
    if max {
        let v = pooling(em, &xp, "max", kernel, strides, dilations, f32::NEG_INFINITY)?;
        em.define(&out, v);
        return Ok(());
    }
    let sum = pooling(em, &xp, "sum", kernel, strides, dilations, 0.0)?;
    let include_pad = attr_i(node, "count_include_pad", 0) != 0;
    let full = (kernel[0] * kernel[1]) as f32;
    let v = if include_pad || pads == [0; 4] {
        let inv = 1.0 / full;
        em.elementwise(
            &[sum],
            &move |a| {
                (
                    vec![
                        format!("%s = arith.constant {} : f32", lit(inv)),
                        format!("%y = arith.mulf {}, %s : f32", a[0]),
                    ],
                    "%y".into(),
                )
            },
            1,
        )?
    } else {
        // Windows overlapping the padding divide by their real element count.
        let count = |o: u64, i: usize, len: u64| -> f32 {
            (0..kernel[i])
                .filter(|&k| {
                    let p = o * strides[i] + k * dilations[i];
                    p >= pads[i] && p < pads[i] + len
                })
                .count() as f32
        };
        let mut inv = Vec::with_capacity((oh * ow) as usize);
        for i in 0..oh {
            for j in 0..ow {
                inv.push(1.0 / (count(i, 0, x.shape[2]) * count(j, 1, x.shape[3])).max(1.0));
            }
        }
        let d = em.weight(format!("{}.inv_count", em.node), vec![oh, ow], inv);
        em.elementwise(
            &[sum, d],
            &|a| (vec![format!("%y = arith.mulf {}, {} : f32", a[0], a[1])], "%y".into()),
            1,
        )?
    };
    em.define(&out, v);
    Ok(())
}

fn softmax(em: &mut Emitter, node: &NodeProto) -> NodeResult<()> {
    let out = out0(node)?.to_string();
    let x = em.ssa(need(node, 0)?)?;
    let r = x.shape.len();
    let mut axis = attr_i(node, "axis", -1);
    if axis < 0 {
        axis += r as i64;
    }
    if !(0..r as i64).contains(&axis) {
        return Err(format!("axis {axis} out of range for rank {r}"));
    }
    let a = axis as usize;
    let red: Vec<u64> =
        x.shape.iter().enumerate().filter(|(i, _)| *i != a).map(|(_, &s)| s).collect();
    // Loops: the output dims with the reduced one moved last.
    let mut loops: Vec<usize> = (0..r).filter(|&i| i != a).collect();
    loops.push(a);
    let x_map: Vec<String> =
        (0..r).map(|i| format!("d{}", loops.iter().position(|&l| l == i).unwrap_or(0))).collect();
    let red_map: Vec<String> = (0..r - 1).map(|i| format!("d{i}")).collect();
    let mut its = vec!["parallel"; r - 1];
    its.push("reduction");
    let xm = amap(r, &x_map);
    let rm = amap(r, &red_map);
    let max_init = em.fill(&red, f32::NEG_INFINITY);
    let mx = em.generic(
        &[(x.clone(), xm.clone())],
        &red,
        &its,
        rm.clone(),
        Some(max_init),
        &|b| (vec![format!("%y = arith.maximumf {}, {} : f32", b[0], b[1])], "%y".into()),
        0,
    );
    let par = vec!["parallel"; r];
    let id = amap(r, &(0..r).map(|i| format!("d{i}")).collect::<Vec<_>>());
    let drop_a: Vec<String> = (0..r).filter(|&i| i != a).map(|i| format!("d{i}")).collect();
    let dm = amap(r, &drop_a);
    let e = em.generic(
        &[(x.clone(), id.clone()), (mx, dm.clone())],
        &x.shape,
        &par,
        id.clone(),
        None,
        &|b| {
            (
                vec![
                    format!("%s = arith.subf {}, {} : f32", b[0], b[1]),
                    "%y = math.exp %s : f32".into(),
                ],
                "%y".into(),
            )
        },
        2,
    );
    let sum_init = em.fill(&red, 0.0);
    let sum = em.generic(
        &[(e.clone(), xm)],
        &red,
        &its,
        rm,
        Some(sum_init),
        &|b| (vec![format!("%y = arith.addf {}, {} : f32", b[0], b[1])], "%y".into()),
        0,
    );
    let y = em.generic(
        &[(e, id.clone()), (sum, dm)],
        &x.shape,
        &par,
        id,
        None,
        &|b| (vec![format!("%y = arith.divf {}, {} : f32", b[0], b[1])], "%y".into()),
        1,
    );
    let n = numel(&x.shape);
    if let Some(s) = em.stmts.last_mut() {
        s.flops = 4 * n;
    }
    em.define(&out, y);
    Ok(())
}

fn concat(em: &mut Emitter, node: &NodeProto) -> NodeResult<()> {
    let out = out0(node)?.to_string();
    let xs: Vec<Val> =
        node.input.iter().filter(|i| !i.is_empty()).map(|i| em.ssa(i)).collect::<Result<_, _>>()?;
    let first = xs.first().ok_or("Concat without inputs")?.clone();
    let r = first.shape.len();
    let mut axis = attr_i(node, "axis", 0);
    if axis < 0 {
        axis += r as i64;
    }
    if !(0..r as i64).contains(&axis) {
        return Err(format!("axis {axis} out of range for rank {r}"));
    }
    let a = axis as usize;
    let mut shape = first.shape.clone();
    shape[a] = 0;
    for x in &xs {
        if x.shape.len() != r || (0..r).any(|i| i != a && x.shape[i] != first.shape[i]) {
            return Err(format!(
                "input shape {:?} does not match {:?} off axis {a}",
                x.shape, first.shape
            ));
        }
        shape[a] += x.shape[a];
    }
    let e = em.fresh("e");
    let mut lines = vec![format!("{e} = tensor.empty() : {}", ty(&shape))];
    let mut cur = e;
    let mut offset = 0;
    for x in &xs {
        let r2 = em.fresh("v");
        let offs: Vec<String> =
            (0..r).map(|i| if i == a { offset.to_string() } else { "0".into() }).collect();
        let sizes: Vec<String> = x.shape.iter().map(|s| s.to_string()).collect();
        let ones = vec!["1"; r];
        lines.push(format!(
            "{r2} = tensor.insert_slice {} into {cur}[{}] [{}] [{}] : {} into {}",
            x.name,
            offs.join(", "),
            sizes.join(", "),
            ones.join(", "),
            x.ty(),
            ty(&shape)
        ));
        cur = r2;
        offset += x.shape[a];
    }
    let v = Val { name: cur, shape };
    em.push(lines, xs, v.clone(), false, 0);
    em.define(&out, v);
    Ok(())
}
