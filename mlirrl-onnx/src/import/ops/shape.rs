//! Shape ops: `Flatten`, `Reshape`, `Transpose` and `Concat`.

use crate::import::emit::{Emitter, numel};
use crate::import::proto::{Value, attr_i, attr_ints, need, out0};
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

pub(crate) fn concat(em: &mut Emitter, node: &NodeProto) -> NodeResult<()> {
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
