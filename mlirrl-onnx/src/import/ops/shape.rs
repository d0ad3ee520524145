//! Shape ops: `Flatten`, `Reshape`, `Transpose`, `Concat`, `Squeeze`,
//! `Unsqueeze`, `Split`, `Slice` and `Pad`.

use crate::import::emit::{Emitter, numel};
use crate::import::fold::{axis as norm_axis, ints_arg, slice_axes, squeezed, unsqueezed};
use crate::import::proto::{Value, attr_f, attr_i, attr_ints, attr_s, input, need, out0};
use crate::import::{NodeResult, Val, ty};
use crate::onnx::NodeProto;

/// `Flatten`.
pub(crate) fn flatten(em: &mut Emitter, node: &NodeProto) -> NodeResult<()> {
    let out = out0(node)?.to_string();
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
    Ok(())
}

/// `Reshape`.
pub(crate) fn reshape(em: &mut Emitter, node: &NodeProto) -> NodeResult<()> {
    let out = out0(node)?.to_string();
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
    Ok(())
}

/// `Transpose`.
pub(crate) fn transpose(em: &mut Emitter, node: &NodeProto) -> NodeResult<()> {
    let out = out0(node)?.to_string();
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
    Ok(())
}

pub(crate) fn reshape_target(input: &[u64], target: &[i64]) -> NodeResult<Vec<u64>> {
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

pub(crate) fn concat(em: &mut Emitter, node: &NodeProto) -> NodeResult<()> {
    let out = out0(node)?.to_string();
    let xs: Vec<Val> =
        node.input.iter().filter(|i| !i.is_empty()).map(|i| em.ssa(i)).collect::<Result<_, _>>()?;
    let first = xs.first().ok_or("Concat without inputs")?;
    let a = norm_axis(attr_i(node, "axis", 0), first.shape.len())?;
    let shapes: Vec<&[u64]> = xs.iter().map(|x| x.shape.as_slice()).collect();
    let shape = concat_shape(&shapes, a)?;
    let v = join(em, xs, a, shape);
    em.define(&out, v);
    Ok(())
}

/// The shape of `shapes` joined along axis `a`: they must agree off it.
pub(crate) fn concat_shape(shapes: &[&[u64]], a: usize) -> NodeResult<Vec<u64>> {
    let first = shapes.first().ok_or("Concat without inputs")?;
    let r = first.len();
    let mut shape = first.to_vec();
    shape[a] = 0;
    for s in shapes {
        if s.len() != r || (0..r).any(|i| i != a && s[i] != first[i]) {
            return Err(format!("input shape {s:?} does not match {first:?} off axis {a}"));
        }
        shape[a] += s[a];
    }
    Ok(shape)
}

/// `parts` joined along axis `a` into a tensor of `shape`
/// ([`concat_shape`]): `tensor.insert_slice`s into an empty tensor. One part
/// is itself.
fn join(em: &mut Emitter, mut parts: Vec<Val>, a: usize, shape: Vec<u64>) -> Val {
    if parts.len() == 1 {
        return parts.remove(0);
    }
    let r = shape.len();
    let e = em.fresh("e");
    let mut lines = vec![format!("{e} = tensor.empty() : {}", ty(&shape))];
    let mut cur = e;
    let mut offset = 0;
    for x in &parts {
        let r2 = em.fresh("v");
        let offs: Vec<String> =
            (0..r).map(|i| if i == a { offset.to_string() } else { "0".into() }).collect();
        let sizes: Vec<String> = x.shape.iter().map(|s| s.to_string()).collect();
        lines.push(format!(
            "{r2} = tensor.insert_slice {} into {cur}[{}] [{}] [{}] : {} into {}",
            x.name,
            offs.join(", "),
            sizes.join(", "),
            vec!["1"; r].join(", "),
            x.ty(),
            ty(&shape)
        ));
        cur = r2;
        offset += x.shape[a];
    }
    let v = Val { name: cur, shape };
    em.push(lines, parts, v.clone(), false, 0);
    v
}

/// `Squeeze` and `Unsqueeze` of a computed tensor (axes an attribute before
/// opset 13, an input from it on).
pub(crate) fn squeeze(em: &mut Emitter, node: &NodeProto) -> NodeResult<()> {
    let out = out0(node)?.to_string();
    let x = em.ssa(need(node, 0)?)?;
    let axes = ints_arg(em, node, 1, "axes", 13)?;
    let shape = if node.op_type == "Unsqueeze" {
        unsqueezed(&x.shape, &axes.ok_or("Unsqueeze without axes")?)?
    } else {
        squeezed(&x.shape, axes.as_deref())?
    };
    let v = em.reshape(&x, &shape);
    em.define(&out, v);
    Ok(())
}

/// `tensor.extract_slice` of `x` at `offsets` with `sizes` and `strides`.
fn extract(em: &mut Emitter, x: &Val, offsets: &[u64], sizes: &[u64], strides: &[u64]) -> Val {
    if offsets.iter().all(|&o| o == 0) && sizes == x.shape.as_slice() {
        return x.clone();
    }
    let r = em.fresh("v");
    let list = |v: &[u64]| v.iter().map(|x| x.to_string()).collect::<Vec<_>>().join(", ");
    let line = format!(
        "{r} = tensor.extract_slice {}[{}] [{}] [{}] : {} to {}",
        x.name,
        list(offsets),
        list(sizes),
        list(strides),
        x.ty(),
        ty(sizes)
    );
    let v = Val { name: r, shape: sizes.to_vec() };
    em.push(vec![line], vec![x.clone()], v.clone(), false, 0);
    v
}

/// `Split` along one axis: sizes from the `split` attribute (before opset
/// 13), the `split` input (from 13), `num_outputs` (from 18), or equal parts.
pub(crate) fn split(em: &mut Emitter, node: &NodeProto) -> NodeResult<()> {
    let x = em.ssa(need(node, 0)?)?;
    let a = norm_axis(attr_i(node, "axis", 0), x.shape.len())?;
    let dim = x.shape[a];
    let outs: Vec<&String> = node.output.iter().collect();
    let parts = ints_arg(em, node, 1, "split", 13)?;
    let sizes: Vec<u64> = match parts {
        Some(p) if !p.is_empty() => {
            if p.len() != outs.len()
                || p.iter().any(|&s| s < 1)
                || p.iter().sum::<i64>() != dim as i64
            {
                return Err(format!(
                    "split {p:?} does not cut size {dim} into {} parts",
                    outs.len()
                ));
            }
            p.iter().map(|&s| s as u64).collect()
        }
        _ => {
            let n = if em.opset >= 18 {
                attr_i(node, "num_outputs", outs.len() as i64)
            } else {
                outs.len() as i64
            };
            if n < 1 || n as usize != outs.len() {
                return Err(format!("num_outputs {n} differs from the {} outputs", outs.len()));
            }
            let n = n as u64;
            let chunk = dim.div_ceil(n);
            if chunk * (n - 1) >= dim {
                return Err(format!("size {dim} cannot be split into {n} non-empty parts"));
            }
            (0..n).map(|i| if i + 1 < n { chunk } else { dim - chunk * (n - 1) }).collect()
        }
    };
    let mut offset = 0;
    for (o, &len) in outs.iter().zip(&sizes) {
        let mut offs = vec![0; x.shape.len()];
        offs[a] = offset;
        let mut sz = x.shape.clone();
        sz[a] = len;
        let v = extract(em, &x, &offs, &sz, &vec![1; x.shape.len()]);
        offset += len;
        if !o.is_empty() {
            em.define(o, v);
        }
    }
    Ok(())
}

/// `Slice` of a computed tensor with positive steps (starts, ends, axes and
/// steps attributes before opset 10, inputs from it on).
pub(crate) fn slice(em: &mut Emitter, node: &NodeProto) -> NodeResult<()> {
    let out = out0(node)?.to_string();
    let x = em.ssa(need(node, 0)?)?;
    let axes = slice_axes(em, node, &x.shape)?;
    if axes.iter().any(|a| a.step < 0) {
        return Err("Slice with a negative step of a computed tensor is not supported".into());
    }
    let offs: Vec<u64> = axes.iter().map(|a| a.start).collect();
    let sizes: Vec<u64> = axes.iter().map(|a| a.len).collect();
    let strides: Vec<u64> = axes.iter().map(|a| a.step as u64).collect();
    let v = extract(em, &x, &offs, &sizes, &strides);
    em.define(&out, v);
    Ok(())
}

/// `Pad` in constant mode (pads and value attributes before opset 11,
/// inputs from it on; `axes` from 18).
pub(crate) fn pad(em: &mut Emitter, node: &NodeProto) -> NodeResult<()> {
    let out = out0(node)?.to_string();
    let x = em.ssa(need(node, 0)?)?;
    let r = x.shape.len();
    let mode = attr_s(node, "mode").unwrap_or_else(|| "constant".into());
    if mode != "constant" {
        return Err(format!("Pad mode `{mode}` is not supported (only constant)"));
    }
    let (pads, value, axes) = if em.opset < 11 {
        let p = attr_ints(node, "pads")
            .or_else(|| attr_ints(node, "paddings"))
            .ok_or("Pad without pads")?;
        (p, attr_f(node, "value", 0.0), None)
    } else {
        let p = em.const_i64(need(node, 1)?)?;
        let v = match input(node, 2) {
            Some(c) => {
                let (s, d) = em.const_f32(c)?;
                if numel(&s) != 1 {
                    return Err("Pad constant_value is not a scalar".into());
                }
                d[0]
            }
            None => 0.0,
        };
        let axes = if em.opset >= 18 {
            input(node, 3).map(|a| em.const_i64(a)).transpose()?
        } else {
            None
        };
        (p, v, axes)
    };
    let axes: Vec<usize> = match axes {
        Some(a) => a.iter().map(|&i| norm_axis(i, r)).collect::<Result<_, _>>()?,
        None => (0..r).collect(),
    };
    if pads.len() != 2 * axes.len() {
        return Err(format!("{} pads for {} axes", pads.len(), axes.len()));
    }
    if pads.iter().any(|&p| p < 0) {
        return Err("negative pads (cropping) are not supported".into());
    }
    let (mut low, mut high) = (vec![0u64; r], vec![0u64; r]);
    for (k, &a) in axes.iter().enumerate() {
        low[a] = pads[k] as u64;
        high[a] = pads[k + axes.len()] as u64;
    }
    let v = em.pad(&x, &low, &high, value);
    em.define(&out, v);
    Ok(())
}

/// `Gather` of a computed tensor with indices known at import time (a
/// token's row, `x[:, 0]`, a fixed selection of channels): runs of
/// consecutive indices become slices, joined along the axis.
pub(crate) fn gather(em: &mut Emitter, node: &NodeProto) -> NodeResult<()> {
    let out = out0(node)?.to_string();
    let x = em.ssa(need(node, 0)?)?;
    let idx_name = need(node, 1)?;
    let idx_shape = em.value(idx_name)?.shape().to_vec();
    let idx = em
        .const_i64(idx_name)
        .map_err(|_| "Gather with indices computed at run time is not supported".to_string())?;
    let r = x.shape.len();
    let a = norm_axis(attr_i(node, "axis", 0), r)?;
    let dim = x.shape[a] as i64;
    let picks: Vec<u64> = idx
        .iter()
        .map(|&i| {
            let j = if i < 0 { i + dim } else { i };
            if (0..dim).contains(&j) {
                Ok(j as u64)
            } else {
                Err(format!("Gather index {i} out of range for size {dim}"))
            }
        })
        .collect::<Result<_, String>>()?;
    if picks.is_empty() {
        return Err("Gather with no indices".into());
    }
    // Runs of consecutive indices.
    let mut runs: Vec<(u64, u64)> = Vec::new();
    for &p in &picks {
        match runs.last_mut() {
            Some((s, l)) if *s + *l == p => *l += 1,
            _ => runs.push((p, 1)),
        }
    }
    let ones = vec![1; r];
    let mut parts = Vec::new();
    for &(start, len) in &runs {
        let mut offs = vec![0; r];
        offs[a] = start;
        let mut sz = x.shape.clone();
        sz[a] = len;
        parts.push(extract(em, &x, &offs, &sz, &ones));
    }
    let mut joined_shape = x.shape.clone();
    joined_shape[a] = picks.len() as u64;
    let joined = join(em, parts, a, joined_shape);
    let mut shape: Vec<u64> = x.shape[..a].to_vec();
    shape.extend(&idx_shape);
    shape.extend(&x.shape[a + 1..]);
    let v = em.reshape(&joined, &shape);
    em.define(&out, v);
    Ok(())
}
