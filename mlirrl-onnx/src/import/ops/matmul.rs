//! Matrix products: `Gemm` and `MatMul`.

use crate::import::emit::{Emitter, bcast_map, broadcast_shapes, matmul_op, numel, transpose_data};
use crate::import::proto::{ConstData, Value, attr_f, attr_i, input, need, out0};
use crate::import::{NodeResult, Val};
use crate::onnx::NodeProto;

pub(crate) fn gemm(em: &mut Emitter, node: &NodeProto) -> NodeResult<()> {
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

pub(crate) fn matmul(em: &mut Emitter, node: &NodeProto) -> NodeResult<()> {
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
        (1, _) | (_, 1) => {
            // A vector operand is a matrix of one row (A) or one column (B)
            // whose unit dim is dropped from the result.
            let a2 = if ra == 1 { em.reshape(&a, &[1, a.shape[0]]) } else { a.clone() };
            let b2 = if rb == 1 { em.reshape(&b, &[b.shape[0], 1]) } else { b.clone() };
            let y = batched(em, &a2, &b2)?;
            let mut shape = y.shape.clone();
            let r = shape.len();
            if rb == 1 {
                shape.remove(r - 1);
            }
            if ra == 1 {
                shape.remove(r - 2);
            }
            em.reshape(&y, &shape)
        }
        _ => batched(em, &a, &b)?,
    };
    em.define(&out, v);
    Ok(())
}

/// `[..., M, K] x [..., K, N]` with numpy broadcasting of the batch dims:
/// operands are broadcast to the common batch shape (a copy only where they
/// differ from it), folded to one batch dim, and multiplied with
/// `linalg.batch_matmul`.
fn batched(em: &mut Emitter, a: &Val, b: &Val) -> NodeResult<Val> {
    let (ra, rb) = (a.shape.len(), b.shape.len());
    if ra == 2 && rb == 2 {
        let (m, k, n) = (a.shape[0], a.shape[1], b.shape[1]);
        if b.shape[0] != k {
            return Err(format!("{:?} x {:?} do not multiply", a.shape, b.shape));
        }
        let init = em.fill(&[m, n], 0.0);
        return Ok(matmul_op(em, "linalg.matmul", a, b, init, 2 * m * n * k));
    }
    let (m, k, n) = (a.shape[ra - 2], a.shape[ra - 1], b.shape[rb - 1]);
    if b.shape[rb - 2] != k {
        return Err(format!("{:?} x {:?} do not multiply", a.shape, b.shape));
    }
    let batch = broadcast_shapes(&a.shape[..ra - 2], &b.shape[..rb - 2])?;
    let bt = numel(&batch);
    let expand = |em: &mut Emitter, x: &Val, rows: u64, cols: u64| -> Val {
        let mut full = batch.clone();
        full.extend([rows, cols]);
        let x = if x.shape == full {
            x.clone()
        } else {
            let map = bcast_map(&x.shape, &full);
            em.broadcast_into(x, &full, map)
        };
        em.reshape(&x, &[bt, rows, cols])
    };
    let a3 = expand(em, a, m, k);
    let b3 = expand(em, b, k, n);
    let init = em.fill(&[bt, m, n], 0.0);
    let y = matmul_op(em, "linalg.batch_matmul", &a3, &b3, init, 2 * bt * m * n * k);
    let mut shape = batch;
    shape.extend([m, n]);
    Ok(em.reshape(&y, &shape))
}
