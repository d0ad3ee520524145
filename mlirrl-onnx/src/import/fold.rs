//! Constant folding at import time.
//!
//! Exporters compute shapes with small sub-graphs (`Shape -> Gather ->
//! Unsqueeze -> Concat -> Reshape`), build masks with `ConstantOfShape`,
//! `Range` and comparisons, and leave arithmetic on weights in the graph.
//! Every node whose inputs are all known at import time (and `Shape`, whose
//! input only needs a static shape) is evaluated here, so none of it reaches
//! the generated module.

use super::NodeResult;
use super::emit::{Emitter, broadcast_all};
use super::proto::{ConstData, Value, attr, attr_i, attr_ints, input, tensor_data};
use crate::onnx::NodeProto;

/// Largest tensor the folder creates (256 MiB of f32).
const MAX_FOLDED: u64 = 1 << 26;

/// The op types the folder evaluates when all their inputs are constants.
const FOLDABLE: &[&str] = &[
    "Identity",
    "Cast",
    "CastLike",
    "ConstantOfShape",
    "Unsqueeze",
    "Squeeze",
    "Concat",
    "Gather",
    "Slice",
    "Reshape",
    "Flatten",
    "Transpose",
    "Expand",
    "Range",
    "Where",
    "Add",
    "Sub",
    "Mul",
    "Div",
    "Pow",
    "Max",
    "Min",
    "Sum",
    "Mod",
    "Equal",
    "Less",
    "LessOrEqual",
    "Greater",
    "GreaterOrEqual",
    "And",
    "Or",
    "Not",
    "Neg",
    "Abs",
    "Sqrt",
    "Reciprocal",
    "Floor",
    "Ceil",
    "ReduceProd",
    "ReduceSum",
];

/// A tensor known at import time.
#[derive(Clone, Debug)]
pub(super) struct Const {
    pub(super) shape: Vec<u64>,
    pub(super) data: ConstData,
}

impl Const {
    fn len(&self) -> usize {
        match &self.data {
            ConstData::F32(v) => v.len(),
            ConstData::I64(v) => v.len(),
        }
    }
    fn ints(&self) -> Vec<i64> {
        match &self.data {
            ConstData::I64(v) => v.clone(),
            ConstData::F32(v) => v.iter().map(|&x| x as i64).collect(),
        }
    }
    fn floats(&self) -> Vec<f32> {
        match &self.data {
            ConstData::F32(v) => v.clone(),
            ConstData::I64(v) => v.iter().map(|&x| x as f32).collect(),
        }
    }
    fn value(self) -> Value {
        Value::Const { shape: self.shape, data: self.data }
    }
    /// Picks elements by flat index.
    fn gather(&self, idx: &[usize], shape: Vec<u64>) -> Const {
        let data = match &self.data {
            ConstData::F32(v) => ConstData::F32(idx.iter().map(|&i| v[i]).collect()),
            ConstData::I64(v) => ConstData::I64(idx.iter().map(|&i| v[i]).collect()),
        };
        Const { shape, data }
    }
}

fn numel(shape: &[u64]) -> u64 {
    shape.iter().product()
}

fn checked_size(shape: &[u64]) -> NodeResult<u64> {
    let mut n: u64 = 1;
    for &d in shape {
        n = n.checked_mul(d).filter(|&n| n <= MAX_FOLDED).ok_or_else(|| {
            format!("a constant of shape {shape:?} is larger than {MAX_FOLDED} elements")
        })?;
    }
    Ok(n)
}

/// Row-major strides.
fn strides(shape: &[u64]) -> Vec<u64> {
    let mut s = vec![1; shape.len()];
    for i in (0..shape.len().saturating_sub(1)).rev() {
        s[i] = s[i + 1] * shape[i + 1];
    }
    s
}

/// For each element of `out` (row-major), the flat index of the element of
/// a tensor of `shape` broadcast to it.
fn broadcast_index(shape: &[u64], out: &[u64]) -> Vec<usize> {
    let n = numel(out) as usize;
    let off = out.len() - shape.len();
    let src = strides(shape);
    let dst = strides(out);
    (0..n as u64)
        .map(|f| {
            let mut idx = 0;
            for (i, &d) in shape.iter().enumerate() {
                let coord = (f / dst[off + i]) % out[off + i];
                if d != 1 {
                    idx += coord * src[i];
                }
            }
            idx as usize
        })
        .collect()
}

/// A normalised axis in `0..rank`.
pub(super) fn axis(a: i64, rank: usize) -> NodeResult<usize> {
    let r = rank as i64;
    let x = if a < 0 { a + r } else { a };
    if (0..r).contains(&x) {
        Ok(x as usize)
    } else {
        Err(format!("axis {a} out of range for rank {rank}"))
    }
}

/// An integer list given as an attribute before `moved_in` and as input
/// `index` from that opset on (`axes`, `split`, `pads`, ...).
pub(super) fn ints_arg(
    em: &Emitter,
    node: &NodeProto,
    index: usize,
    name: &str,
    moved_in: i64,
) -> NodeResult<Option<Vec<i64>>> {
    if em.opset >= moved_in {
        input(node, index).map(|n| em.const_i64(n)).transpose()
    } else {
        Ok(attr_ints(node, name))
    }
}

/// The axes a Reduce node reduces, sorted (an attribute before opset 13
/// for ReduceSum and 18 for the others, an input from then on; all axes
/// when none are given), or `None` when `noop_with_empty_axes` makes it the
/// identity.
pub(super) fn reduce_axes(
    em: &Emitter,
    node: &NodeProto,
    rank: usize,
) -> NodeResult<Option<Vec<usize>>> {
    let moved = if node.op_type == "ReduceSum" { 13 } else { 18 };
    match ints_arg(em, node, 1, "axes", moved)? {
        Some(a) if !a.is_empty() => {
            let mut v: Vec<usize> = a.iter().map(|&i| axis(i, rank)).collect::<Result<_, _>>()?;
            v.sort();
            v.dedup();
            Ok(Some(v))
        }
        _ if em.opset >= moved && attr_i(node, "noop_with_empty_axes", 0) != 0 => Ok(None),
        _ => Ok(Some((0..rank).collect())),
    }
}

/// The shape after `Unsqueeze` with `axes`.
pub(super) fn unsqueezed(shape: &[u64], axes: &[i64]) -> NodeResult<Vec<u64>> {
    let r = shape.len() + axes.len();
    let mut ax: Vec<usize> = axes.iter().map(|&a| axis(a, r)).collect::<Result<_, _>>()?;
    ax.sort();
    if ax.windows(2).any(|w| w[0] == w[1]) {
        return Err(format!("axes {axes:?} repeat"));
    }
    let mut it = shape.iter();
    Ok((0..r).map(|i| if ax.contains(&i) { 1 } else { *it.next().unwrap_or(&1) }).collect())
}

/// The shape after `Squeeze` with `axes` (all size-1 dims when `None`).
pub(super) fn squeezed(shape: &[u64], axes: Option<&[i64]>) -> NodeResult<Vec<u64>> {
    match axes {
        None => Ok(shape.iter().copied().filter(|&d| d != 1).collect()),
        Some(axes) => {
            let ax: Vec<usize> =
                axes.iter().map(|&a| axis(a, shape.len())).collect::<Result<_, _>>()?;
            if let Some(&a) = ax.iter().find(|&&a| shape[a] != 1) {
                return Err(format!("cannot squeeze axis {a} of size {}", shape[a]));
            }
            Ok(shape.iter().enumerate().filter(|(i, _)| !ax.contains(i)).map(|(_, &d)| d).collect())
        }
    }
}

/// One axis of a `Slice`: start, step and element count.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct SliceAxis {
    pub(super) start: u64,
    pub(super) step: i64,
    pub(super) len: u64,
}

/// The `Slice` of a tensor of `shape`, per axis, with ONNX's clamping of
/// out-of-range starts and ends (for either sign of step).
pub(super) fn slice_axes(
    em: &Emitter,
    node: &NodeProto,
    shape: &[u64],
) -> NodeResult<Vec<SliceAxis>> {
    let (starts, ends, axes, steps) = if em.opset >= 10 {
        let get = |i: usize| input(node, i).map(|n| em.const_i64(n)).transpose();
        (
            get(1)?.ok_or("Slice without starts")?,
            get(2)?.ok_or("Slice without ends")?,
            get(3)?,
            get(4)?,
        )
    } else {
        (
            attr_ints(node, "starts").ok_or("Slice without starts")?,
            attr_ints(node, "ends").ok_or("Slice without ends")?,
            attr_ints(node, "axes"),
            None,
        )
    };
    let r = shape.len();
    let axes = axes.unwrap_or_else(|| (0..starts.len() as i64).collect());
    let steps = steps.unwrap_or_else(|| vec![1; starts.len()]);
    if ends.len() != starts.len() || axes.len() != starts.len() || steps.len() != starts.len() {
        return Err("starts, ends, axes and steps differ in length".into());
    }
    let mut out: Vec<SliceAxis> =
        shape.iter().map(|&d| SliceAxis { start: 0, step: 1, len: d }).collect();
    for i in 0..starts.len() {
        let a = axis(axes[i], r)?;
        let dim = shape[a] as i64;
        let step = steps[i];
        if step == 0 {
            return Err("Slice step 0".into());
        }
        let norm = |x: i64| if x < 0 { x.saturating_add(dim) } else { x };
        let (s, e) = (norm(starts[i]), norm(ends[i]));
        let (s, e) = if step > 0 {
            (s.clamp(0, dim), e.clamp(0, dim))
        } else {
            (s.clamp(0, dim - 1), e.clamp(-1, dim - 1))
        };
        let len = if step > 0 {
            if e > s { (e - s + step - 1) / step } else { 0 }
        } else if s > e {
            (s - e + (-step) - 1) / (-step)
        } else {
            0
        };
        if len == 0 {
            return Err(format!(
                "Slice of axis {a} is empty (zero-size tensors are not supported)"
            ));
        }
        out[a] = SliceAxis { start: s.max(0) as u64, step, len: len as u64 };
    }
    Ok(out)
}

fn slice_const(c: &Const, axes: &[SliceAxis]) -> Const {
    let shape: Vec<u64> = axes.iter().map(|a| a.len).collect();
    let src = strides(&c.shape);
    let dst = strides(&shape);
    let idx: Vec<usize> = (0..numel(&shape))
        .map(|f| {
            let mut i = 0i64;
            for (d, a) in axes.iter().enumerate() {
                let coord = ((f / dst[d]) % shape[d]) as i64;
                i += (a.start as i64 + coord * a.step) * src[d] as i64;
            }
            i as usize
        })
        .collect();
    c.gather(&idx, shape)
}

fn transpose_const(c: &Const, perm: &[usize]) -> Const {
    let shape: Vec<u64> = perm.iter().map(|&p| c.shape[p]).collect();
    let src = strides(&c.shape);
    let dst = strides(&shape);
    let idx: Vec<usize> = (0..numel(&shape))
        .map(|f| {
            perm.iter().enumerate().map(|(d, &p)| ((f / dst[d]) % shape[d]) * src[p]).sum::<u64>()
                as usize
        })
        .collect();
    c.gather(&idx, shape)
}

/// Elementwise over broadcast inputs: `fi` when every input is integer,
/// `ff` otherwise; `bool_out` marks comparisons (integer 0/1 results).
fn nary(
    xs: &[Const],
    fi: &dyn Fn(&[i64]) -> NodeResult<i64>,
    ff: &dyn Fn(&[f32]) -> f32,
    bool_out: bool,
    ints_only: bool,
) -> NodeResult<Const> {
    let shapes: Vec<&[u64]> = xs.iter().map(|x| x.shape.as_slice()).collect();
    let out = broadcast_all(&shapes)?;
    checked_size(&out)?;
    let idx: Vec<Vec<usize>> = xs.iter().map(|x| broadcast_index(&x.shape, &out)).collect();
    let n = numel(&out) as usize;
    let all_int = xs.iter().all(|x| matches!(x.data, ConstData::I64(_)));
    if all_int || ints_only {
        let vals: Vec<Vec<i64>> = xs.iter().map(|x| x.ints()).collect();
        let mut data = Vec::with_capacity(n);
        let mut args = vec![0; xs.len()];
        for f in 0..n {
            for (k, v) in vals.iter().enumerate() {
                args[k] = v[idx[k][f]];
            }
            data.push(fi(&args)?);
        }
        return Ok(Const { shape: out, data: ConstData::I64(data) });
    }
    let vals: Vec<Vec<f32>> = xs.iter().map(|x| x.floats()).collect();
    let mut args = vec![0.0; xs.len()];
    let data: Vec<f32> = (0..n)
        .map(|f| {
            for (k, v) in vals.iter().enumerate() {
                args[k] = v[idx[k][f]];
            }
            ff(&args)
        })
        .collect();
    Ok(if bool_out {
        Const {
            shape: out,
            data: ConstData::I64(data.iter().map(|&x| (x != 0.0) as i64).collect()),
        }
    } else {
        Const { shape: out, data: ConstData::F32(data) }
    })
}

/// An elementwise binary op on integers and on floats, and whether its
/// result is a 0/1 comparison.
type BinaryFns = (fn(i64, i64) -> NodeResult<i64>, fn(f32, f32) -> f32, bool);

fn binary_fns(op: &str) -> Option<BinaryFns> {
    fn div(a: i64, b: i64) -> NodeResult<i64> {
        a.checked_div(b).ok_or_else(|| "integer division by zero".to_string())
    }
    fn rem(a: i64, b: i64) -> NodeResult<i64> {
        // ONNX Mod with fmod = 0: the sign of the divisor (Python's %).
        a.checked_rem(b)
            .map(|r| if r != 0 && (r < 0) != (b < 0) { r + b } else { r })
            .ok_or_else(|| "integer modulo by zero".to_string())
    }
    fn pow(a: i64, b: i64) -> NodeResult<i64> {
        u32::try_from(b)
            .ok()
            .and_then(|b| a.checked_pow(b))
            .ok_or_else(|| format!("integer power {a}^{b} out of range"))
    }
    fn b(x: bool) -> f32 {
        x as i32 as f32
    }
    Some(match op {
        "Add" => (|a, b| Ok(a.wrapping_add(b)), |a, b| a + b, false),
        "Sub" => (|a, b| Ok(a.wrapping_sub(b)), |a, b| a - b, false),
        "Mul" => (|a, b| Ok(a.wrapping_mul(b)), |a, b| a * b, false),
        "Div" => (div, |a, b| a / b, false),
        "Mod" => (rem, |a, b| a - b * (a / b).floor(), false),
        "Pow" => (pow, f32::powf, false),
        "Max" => (|a, b| Ok(a.max(b)), f32::max, false),
        "Min" => (|a, b| Ok(a.min(b)), f32::min, false),
        "Sum" => (|a, b| Ok(a.wrapping_add(b)), |a, b| a + b, false),
        "Equal" => (|a, b| Ok((a == b) as i64), |a, c| b(a == c), true),
        "Less" => (|a, b| Ok((a < b) as i64), |a, c| b(a < c), true),
        "LessOrEqual" => (|a, b| Ok((a <= b) as i64), |a, c| b(a <= c), true),
        "Greater" => (|a, b| Ok((a > b) as i64), |a, c| b(a > c), true),
        "GreaterOrEqual" => (|a, b| Ok((a >= b) as i64), |a, c| b(a >= c), true),
        "And" => (|a, b| Ok((a != 0 && b != 0) as i64), |a, c| b(a != 0.0 && c != 0.0), true),
        "Or" => (|a, b| Ok((a != 0 || b != 0) as i64), |a, c| b(a != 0.0 || c != 0.0), true),
        _ => return None,
    })
}

/// Whether ONNX type code `to` is a floating-point type.
pub(super) fn is_float_type(to: i64) -> bool {
    use crate::onnx::tensor_proto::DataType as D;
    [D::Float, D::Float16, D::Double, D::Bfloat16].iter().any(|d| *d as i64 == to)
}

/// Folds `node` when it is foldable and its inputs are known; `None`
/// otherwise (the node is then converted to linalg).
pub(super) fn fold(em: &Emitter, node: &NodeProto) -> Option<NodeResult<Vec<Value>>> {
    let op = node.op_type.as_str();
    if op == "Shape" || op == "Size" {
        let x = em.values.get(input(node, 0)?)?;
        let shape: Vec<i64> = x.shape().iter().map(|&d| d as i64).collect();
        if op == "Size" {
            let n = shape.iter().product::<i64>();
            return Some(Ok(vec![Value::Const { shape: vec![], data: ConstData::I64(vec![n]) }]));
        }
        // Opset 15's start and end, clamped like Slice.
        let r = shape.len() as i64;
        let clamp = |x: i64| if x < 0 { (x + r).max(0) } else { x.min(r) };
        let (s, e) = (clamp(attr_i(node, "start", 0)), clamp(attr_i(node, "end", r)));
        let dims: Vec<i64> = shape[s as usize..e.max(s) as usize].to_vec();
        return Some(Ok(vec![Value::Const {
            shape: vec![dims.len() as u64],
            data: ConstData::I64(dims),
        }]));
    }
    if !FOLDABLE.contains(&op) {
        return None;
    }
    let mut xs: Vec<Option<Const>> = Vec::new();
    for name in &node.input {
        if name.is_empty() {
            xs.push(None);
            continue;
        }
        match em.values.get(name)? {
            Value::Const { shape, data } => {
                xs.push(Some(Const { shape: shape.clone(), data: data.clone() }))
            }
            Value::Ssa(_) => return None,
        }
    }
    if xs.is_empty() && op != "Range" {
        return None;
    }
    Some(fold_consts(em, node, &xs).map(|cs| cs.into_iter().map(Const::value).collect()))
}

fn fold_consts(em: &Emitter, node: &NodeProto, xs: &[Option<Const>]) -> NodeResult<Vec<Const>> {
    let op = node.op_type.as_str();
    let get = |i: usize| -> NodeResult<&Const> {
        xs.get(i).and_then(Option::as_ref).ok_or_else(|| format!("input {i} is missing"))
    };
    let x = get(0)?;
    let one = |c: Const| Ok(vec![c]);
    if op == "Mod" && attr_i(node, "fmod", 0) != 0 {
        // C's fmod: the sign of the dividend.
        let (a, b) = (get(0)?, get(1)?);
        return one(nary(
            &[a.clone(), b.clone()],
            &|v| v[0].checked_rem(v[1]).ok_or_else(|| "integer modulo by zero".to_string()),
            &|v| v[0] % v[1],
            false,
            false,
        )?);
    }
    if let Some((fi, ff, bool_out)) = binary_fns(op) {
        let ins: Vec<Const> = xs.iter().flatten().cloned().collect();
        if ins.len() < 2 && !matches!(op, "Max" | "Min" | "Sum") {
            return Err(format!("{op} needs two inputs"));
        }
        let mut acc = ins[0].clone();
        for b in &ins[1..] {
            acc =
                nary(&[acc, b.clone()], &|a| fi(a[0], a[1]), &|a| ff(a[0], a[1]), bool_out, false)?;
        }
        // Pow's result has the base's type: an integer base stays integer.
        if op == "Pow" && matches!(ins[0].data, ConstData::I64(_)) {
            acc.data = ConstData::I64(acc.ints());
        }
        return one(acc);
    }
    match op {
        "Identity" => one(x.clone()),
        "Cast" | "CastLike" => {
            let float = if op == "Cast" {
                is_float_type(attr_i(node, "to", 1))
            } else {
                matches!(get(1)?.data, ConstData::F32(_))
            };
            let data = if float {
                ConstData::F32(x.floats())
            } else {
                use crate::onnx::tensor_proto::DataType as D;
                // CastLike's target is known here only as integer: its
                // exact type (bool, a narrow int) is not kept.
                let to = if op == "Cast" { attr_i(node, "to", 0) } else { D::Int64 as i64 };
                let wrap = |i: i64| -> i64 {
                    match D::try_from(to as i32) {
                        Ok(D::Bool) => (i != 0) as i64,
                        Ok(D::Int8) => i as i8 as i64,
                        Ok(D::Uint8) => i as u8 as i64,
                        Ok(D::Int16) => i as i16 as i64,
                        Ok(D::Uint16) => i as u16 as i64,
                        Ok(D::Int32) => i as i32 as i64,
                        Ok(D::Uint32) => i as u32 as i64,
                        _ => i,
                    }
                };
                match &x.data {
                    ConstData::F32(v) if to == D::Bool as i64 => {
                        ConstData::I64(v.iter().map(|&f| (f != 0.0) as i64).collect())
                    }
                    ConstData::F32(v) => {
                        ConstData::I64(v.iter().map(|&f| wrap(f as i64)).collect())
                    }
                    ConstData::I64(v) => ConstData::I64(v.iter().map(|&i| wrap(i)).collect()),
                }
            };
            one(Const { shape: x.shape.clone(), data })
        }
        "ConstantOfShape" => {
            let dims = x.ints();
            if dims.iter().any(|&d| d < 0) {
                return Err(format!("shape {dims:?} has a negative size"));
            }
            let shape: Vec<u64> = dims.iter().map(|&d| d as u64).collect();
            let n = checked_size(&shape)? as usize;
            let data = match attr(node, "value").and_then(|a| a.t.as_ref()) {
                None => ConstData::F32(vec![0.0; n]),
                Some(t) => match tensor_data(t)? {
                    ConstData::F32(v) => ConstData::F32(vec![*v.first().ok_or("empty value")?; n]),
                    ConstData::I64(v) => ConstData::I64(vec![*v.first().ok_or("empty value")?; n]),
                },
            };
            one(Const { shape, data })
        }
        "Unsqueeze" => {
            let axes = ints_arg(em, node, 1, "axes", 13)?.ok_or("Unsqueeze without axes")?;
            one(Const { shape: unsqueezed(&x.shape, &axes)?, data: x.data.clone() })
        }
        "Squeeze" => {
            let axes = ints_arg(em, node, 1, "axes", 13)?;
            one(Const { shape: squeezed(&x.shape, axes.as_deref())?, data: x.data.clone() })
        }
        "Flatten" => {
            let a = attr_i(node, "axis", 1);
            let a = if a < 0 { a + x.shape.len() as i64 } else { a };
            if !(0..=x.shape.len() as i64).contains(&a) {
                return Err(format!("axis {a} out of range"));
            }
            let a = a as usize;
            one(Const {
                shape: vec![numel(&x.shape[..a]), numel(&x.shape[a..])],
                data: x.data.clone(),
            })
        }
        "Reshape" => {
            let target = get(1)?.ints();
            let shape = super::ops::reshape_target(&x.shape, &target)?;
            one(Const { shape, data: x.data.clone() })
        }
        "Concat" => {
            let ins: Vec<&Const> = xs.iter().flatten().collect();
            let r = x.shape.len();
            let a = axis(attr_i(node, "axis", 0), r.max(1))?;
            if r == 0 {
                return Err("Concat of scalars".into());
            }
            let float = ins.iter().any(|c| matches!(c.data, ConstData::F32(_)));
            let shapes: Vec<&[u64]> = ins.iter().map(|c| c.shape.as_slice()).collect();
            let shape = super::ops::concat_shape(&shapes, a)?;
            checked_size(&shape)?;
            let outer = numel(&shape[..a]) as usize;
            let mut fl: Vec<f32> = Vec::new();
            let mut il: Vec<i64> = Vec::new();
            let fvals: Vec<Vec<f32>> =
                if float { ins.iter().map(|c| c.floats()).collect() } else { Vec::new() };
            let ivals: Vec<Vec<i64>> =
                if float { Vec::new() } else { ins.iter().map(|c| c.ints()).collect() };
            for o in 0..outer {
                for (k, c) in ins.iter().enumerate() {
                    let chunk = numel(&c.shape[a..]) as usize;
                    if float {
                        fl.extend_from_slice(&fvals[k][o * chunk..(o + 1) * chunk]);
                    } else {
                        il.extend_from_slice(&ivals[k][o * chunk..(o + 1) * chunk]);
                    }
                }
            }
            let data = if float { ConstData::F32(fl) } else { ConstData::I64(il) };
            one(Const { shape, data })
        }
        "Gather" => {
            let idx = get(1)?;
            let r = x.shape.len();
            let a = axis(attr_i(node, "axis", 0), r)?;
            let dim = x.shape[a] as i64;
            let picks: Vec<u64> = idx
                .ints()
                .iter()
                .map(|&i| {
                    let j = if i < 0 { i + dim } else { i };
                    if (0..dim).contains(&j) {
                        Ok(j as u64)
                    } else {
                        Err(format!("Gather index {i} out of range for size {dim}"))
                    }
                })
                .collect::<Result<_, _>>()?;
            let mut shape: Vec<u64> = x.shape[..a].to_vec();
            shape.extend(&idx.shape);
            shape.extend(&x.shape[a + 1..]);
            checked_size(&shape)?;
            let inner = numel(&x.shape[a + 1..]);
            let outer = numel(&x.shape[..a]);
            let mut flat = Vec::new();
            for o in 0..outer {
                for &p in &picks {
                    let base = (o * x.shape[a] + p) * inner;
                    flat.extend((base..base + inner).map(|i| i as usize));
                }
            }
            one(x.gather(&flat, shape))
        }
        "Slice" => {
            let axes = slice_axes(em, node, &x.shape)?;
            one(slice_const(x, &axes))
        }
        "Transpose" => {
            let r = x.shape.len();
            let perm: Vec<usize> = match attr_ints(node, "perm") {
                Some(p) => p.iter().map(|&i| axis(i, r)).collect::<Result<_, _>>()?,
                None => (0..r).rev().collect(),
            };
            let mut sorted = perm.clone();
            sorted.sort();
            if sorted != (0..r).collect::<Vec<_>>() {
                return Err(format!("perm {perm:?} is not a permutation"));
            }
            one(transpose_const(x, &perm))
        }
        "Expand" => {
            let dims = get(1)?.ints();
            if dims.iter().any(|&d| d < 1) {
                return Err(format!("Expand shape {dims:?} has a non-positive size"));
            }
            let target: Vec<u64> = dims.iter().map(|&d| d as u64).collect();
            let out = broadcast_all(&[&x.shape, &target])?;
            checked_size(&out)?;
            let idx = broadcast_index(&x.shape, &out);
            one(x.gather(&idx, out))
        }
        "Where" => {
            let (c, a, b) = (get(0)?, get(1)?, get(2)?);
            one(nary(
                &[c.clone(), a.clone(), b.clone()],
                &|v| Ok(if v[0] != 0 { v[1] } else { v[2] }),
                &|v| if v[0] != 0.0 { v[1] } else { v[2] },
                false,
                false,
            )?)
        }
        "Range" => {
            let (s, l, d) = (get(0)?, get(1)?, get(2)?);
            let float = [s, l, d].iter().any(|c| matches!(c.data, ConstData::F32(_)));
            if float {
                let (s, l, d) = (s.floats()[0] as f64, l.floats()[0] as f64, d.floats()[0] as f64);
                let n = ((l - s) / d).ceil().max(0.0) as u64;
                checked_size(&[n])?;
                let data = (0..n).map(|i| (s + i as f64 * d) as f32).collect();
                one(Const { shape: vec![n], data: ConstData::F32(data) })
            } else {
                let (s, l, d) = (s.ints()[0], l.ints()[0], d.ints()[0]);
                if d == 0 {
                    return Err("Range delta 0".into());
                }
                let n = ((l - s) as f64 / d as f64).ceil().max(0.0) as u64;
                checked_size(&[n])?;
                let data = (0..n as i64).map(|i| s + i * d).collect();
                one(Const { shape: vec![n], data: ConstData::I64(data) })
            }
        }
        "Not" => {
            one(nary(std::slice::from_ref(x), &|v| Ok((v[0] == 0) as i64), &|_| 0.0, false, true)?)
        }
        "Neg" | "Abs" | "Sqrt" | "Reciprocal" | "Floor" | "Ceil" => {
            let f: fn(f32) -> f32 = match op {
                "Neg" => |v| -v,
                "Abs" => f32::abs,
                "Sqrt" => f32::sqrt,
                "Reciprocal" => |v| 1.0 / v,
                "Floor" => f32::floor,
                _ => f32::ceil,
            };
            let fi: fn(i64) -> i64 = match op {
                "Neg" => |v| v.wrapping_neg(),
                "Abs" => |v| v.wrapping_abs(),
                _ => |v| v,
            };
            if matches!(op, "Sqrt" | "Reciprocal") || matches!(x.data, ConstData::F32(_)) {
                one(nary(std::slice::from_ref(x), &|v| Ok(fi(v[0])), &|v| f(v[0]), false, false)
                    .map(|c| Const { data: ConstData::F32(c.floats()), ..c })?)
            } else {
                one(nary(std::slice::from_ref(x), &|v| Ok(fi(v[0])), &|v| f(v[0]), false, true)?)
            }
        }
        "ReduceProd" | "ReduceSum" => {
            let r = x.shape.len();
            let Some(axes) = reduce_axes(em, node, r)? else {
                return one(x.clone());
            };
            let keep = attr_i(node, "keepdims", 1) != 0;
            let red: Vec<u64> = x
                .shape
                .iter()
                .enumerate()
                .map(|(i, &d)| if axes.contains(&i) { 1 } else { d })
                .collect();
            let dst = strides(&red);
            let src = strides(&x.shape);
            let n = numel(&red) as usize;
            let float = matches!(x.data, ConstData::F32(_));
            let (fv, iv) = (x.floats(), x.ints());
            let mut facc = vec![if op == "ReduceSum" { 0.0f32 } else { 1.0 }; n];
            let mut iacc = vec![if op == "ReduceSum" { 0i64 } else { 1 }; n];
            for f in 0..numel(&x.shape) {
                let o: u64 =
                    (0..r)
                        .map(|d| {
                            if axes.contains(&d) { 0 } else { ((f / src[d]) % x.shape[d]) * dst[d] }
                        })
                        .sum();
                let o = o as usize;
                if float {
                    let v = fv[f as usize];
                    facc[o] = if op == "ReduceSum" { facc[o] + v } else { facc[o] * v };
                } else {
                    let v = iv[f as usize];
                    iacc[o] = if op == "ReduceSum" {
                        iacc[o].wrapping_add(v)
                    } else {
                        iacc[o].wrapping_mul(v)
                    };
                }
            }
            let shape = if keep {
                red
            } else {
                x.shape
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| !axes.contains(i))
                    .map(|(_, &d)| d)
                    .collect()
            };
            let data = if float { ConstData::F32(facc) } else { ConstData::I64(iacc) };
            one(Const { shape, data })
        }
        _ => Err(format!("`{op}` cannot be folded")),
    }
    .and_then(|v: Vec<Const>| {
        for c in &v {
            if c.len() as u64 != numel(&c.shape) {
                return Err(format!("folded {op} has {} values for shape {:?}", c.len(), c.shape));
            }
        }
        Ok(v)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn c(shape: &[u64], v: &[i64]) -> Const {
        Const { shape: shape.to_vec(), data: ConstData::I64(v.to_vec()) }
    }

    #[test]
    fn broadcasting_and_transposes_index_the_right_elements() {
        assert_eq!(broadcast_index(&[3, 1], &[3, 2]), vec![0, 0, 1, 1, 2, 2]);
        assert_eq!(broadcast_index(&[2], &[3, 2]), vec![0, 1, 0, 1, 0, 1]);
        let t = transpose_const(&c(&[2, 3], &[0, 1, 2, 3, 4, 5]), &[1, 0]);
        assert_eq!(t.shape, vec![3, 2]);
        assert_eq!(t.ints(), vec![0, 3, 1, 4, 2, 5]);
        let s =
            slice_const(&c(&[5], &[0, 1, 2, 3, 4]), &[SliceAxis { start: 4, step: -2, len: 3 }]);
        assert_eq!(s.ints(), vec![4, 2, 0]);
    }

    #[test]
    fn shapes_of_squeeze_and_unsqueeze() {
        assert_eq!(unsqueezed(&[3, 4], &[0, -1]).unwrap(), vec![1, 3, 4, 1]);
        assert_eq!(squeezed(&[1, 3, 1], None).unwrap(), vec![3]);
        assert_eq!(squeezed(&[1, 3, 1], Some(&[-1])).unwrap(), vec![1, 3]);
        assert!(squeezed(&[1, 3], Some(&[1])).is_err());
        assert!(unsqueezed(&[3], &[0, 0]).is_err());
    }

    /// An emitter holding int64 constants.
    fn emitter(consts: &[(&str, Vec<i64>)]) -> Emitter {
        let mut values = std::collections::HashMap::new();
        for (name, v) in consts {
            values.insert(
                name.to_string(),
                Value::Const { shape: vec![v.len() as u64], data: ConstData::I64(v.clone()) },
            );
        }
        Emitter {
            stmts: Vec::new(),
            next: 0,
            weights: Vec::new(),
            weight_args: Default::default(),
            values,
            node: String::new(),
            op_type: String::new(),
            opset: 17,
            layout: Default::default(),
            nhwc: Default::default(),
            derived: Default::default(),
            graph_names: Default::default(),
            folds: Vec::new(),
        }
    }

    fn node(op: &str, inputs: &[&str], attribute: Vec<crate::onnx::AttributeProto>) -> NodeProto {
        NodeProto {
            op_type: op.into(),
            input: inputs.iter().map(|s| s.to_string()).collect(),
            output: vec!["y".into()],
            attribute,
            ..Default::default()
        }
    }

    #[test]
    fn negative_steps_clamp_the_start_into_the_axis() {
        // x[-10::-1] on a size-5 axis is x[0] alone; x[10::-2] is 4, 2, 0.
        let slice = node("Slice", &["x", "s", "e", "a", "t"], vec![]);
        let em =
            emitter(&[("s", vec![-10]), ("e", vec![i64::MIN]), ("a", vec![0]), ("t", vec![-1])]);
        assert_eq!(
            slice_axes(&em, &slice, &[5]).unwrap(),
            vec![SliceAxis { start: 0, step: -1, len: 1 }]
        );
        let em =
            emitter(&[("s", vec![10]), ("e", vec![i64::MIN]), ("a", vec![0]), ("t", vec![-2])]);
        assert_eq!(
            slice_axes(&em, &slice, &[5]).unwrap(),
            vec![SliceAxis { start: 4, step: -2, len: 3 }]
        );
    }

    #[test]
    fn mod_follows_fmod() {
        let em = emitter(&[]);
        let a = Const { shape: vec![2], data: ConstData::F32(vec![-7.0, 7.0]) };
        let b = Const { shape: vec![1], data: ConstData::F32(vec![3.0]) };
        let fmod = |on: i64| {
            let n = node("Mod", &["a", "b"], vec![crate::builder::int("fmod", on)]);
            fold_consts(&em, &n, &[Some(a.clone()), Some(b.clone())]).unwrap().remove(0).floats()
        };
        assert_eq!(fmod(1), vec![-1.0, 1.0]);
        let ai = Const { shape: vec![1], data: ConstData::I64(vec![-7]) };
        let bi = Const { shape: vec![1], data: ConstData::I64(vec![3]) };
        let n = node("Mod", &["a", "b"], vec![crate::builder::int("fmod", 1)]);
        assert_eq!(
            fold_consts(&em, &n, &[Some(ai.clone()), Some(bi.clone())]).unwrap()[0].ints(),
            vec![-1]
        );
        let n = node("Mod", &["a", "b"], vec![]);
        assert_eq!(fold_consts(&em, &n, &[Some(ai), Some(bi)]).unwrap()[0].ints(), vec![2]);
    }

    #[test]
    fn casts_to_narrow_integers_wrap() {
        use crate::onnx::tensor_proto::DataType as D;
        let em = emitter(&[]);
        let x = Const { shape: vec![3], data: ConstData::I64(vec![300, -1, 5]) };
        let cast = |to: D| {
            let n = node("Cast", &["x"], vec![crate::builder::int("to", to as i64)]);
            fold_consts(&em, &n, &[Some(x.clone())]).unwrap().remove(0).ints()
        };
        assert_eq!(cast(D::Uint8), vec![44, 255, 5]);
        assert_eq!(cast(D::Bool), vec![1, 1, 1]);
        assert_eq!(cast(D::Int64), vec![300, -1, 5]);
    }

    #[test]
    fn integer_mod_follows_the_divisor_sign() {
        let (f, _, _) = binary_fns("Mod").unwrap();
        assert_eq!(f(-7, 3).unwrap(), 2);
        assert_eq!(f(7, -3).unwrap(), -2);
        assert!(f(1, 0).is_err());
        let (d, _, _) = binary_fns("Div").unwrap();
        assert!(d(1, 0).is_err());
    }

    #[test]
    fn a_pad_folds_into_its_producer_once_and_rolls_back() {
        use super::super::Val;
        let mut em = emitter(&[]);
        let x = Val { name: "%in0".into(), shape: vec![1, 4, 4, 8] };
        let relu = |a: &[String]| (vec![], a[0].clone());
        let y = em.elementwise(std::slice::from_ref(&x), &relu, 1).unwrap();
        em.nhwc.insert("y".into(), y.clone());
        let before: Vec<Vec<String>> = em.stmts.iter().map(|s| s.lines.clone()).collect();
        let at = em.checkpoint();
        let padded = em.pad_nhwc(&y, [1, 1, 1, 1], 0.0);
        assert_eq!(padded.shape, vec![1, 6, 6, 8]);
        // Fill, then the producer writing into its interior, then the pad,
        // then the interior as a view for later readers.
        assert_eq!(em.stmts.len(), 4);
        assert!(em.stmts[0].lines.iter().any(|l| l.contains("linalg.fill")));
        let producer = &em.stmts[1];
        assert_eq!(producer.result, y);
        assert!(producer.lines[0].contains("tensor.extract_slice"), "{:?}", producer.lines);
        assert!(!producer.lines.iter().any(|l| l.contains("tensor.empty")));
        assert!(producer.uses.iter().any(|u| u.name == em.stmts[0].result.name));
        let pad = &em.stmts[2];
        assert!(pad.pad && !pad.linalg);
        assert!(pad.lines[0].contains("tensor.insert_slice"), "{:?}", pad.lines);
        let view = &em.stmts[3];
        assert_eq!(view.uses, vec![padded.clone()]);
        assert!(view.lines[0].contains("tensor.extract_slice"), "{:?}", view.lines);
        assert_eq!(em.nhwc["y"], view.result, "later readers read the interior");
        // A second pad of the same value cannot take the output again: a copy.
        let again = em.pad_nhwc(&y, [1, 1, 1, 1], 0.0);
        assert_eq!(again.shape, vec![1, 6, 6, 8]);
        let last = em.stmts.last().unwrap();
        assert!(last.pad && last.linalg && last.lines.iter().any(|l| l.contains("linalg.copy")));
        // Undoing restores the producer as it was.
        em.rollback(at);
        let after: Vec<Vec<String>> = em.stmts.iter().map(|s| s.lines.clone()).collect();
        assert_eq!(after, before);
        assert!(em.folds.is_empty());
        assert_eq!(em.nhwc["y"], y);
        // Two folds after one checkpoint (the second insertion shifts the
        // first producer) are undone together.
        let z = em.elementwise(std::slice::from_ref(&y), &relu, 1).unwrap();
        let before: Vec<Vec<String>> = em.stmts.iter().map(|s| s.lines.clone()).collect();
        let at = em.checkpoint();
        em.pad_nhwc(&z, [1, 1, 1, 1], 0.0);
        em.pad_nhwc(&y, [2, 2, 2, 2], 0.0);
        assert_eq!(em.folds.len(), 2);
        assert_eq!(em.stmts.len(), before.len() + 6);
        em.rollback(at);
        let after: Vec<Vec<String>> = em.stmts.iter().map(|s| s.lines.clone()).collect();
        assert_eq!(after, before);
    }
}
