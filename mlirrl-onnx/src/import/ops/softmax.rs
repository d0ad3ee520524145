//! `Softmax` and `LogSoftmax`: along one axis from opset 13, over the
//! dims from `axis` on (the input coerced to 2-D) before it.

use crate::import::emit::{Emitter, amap, numel};
use crate::import::proto::{attr_i, need, out0};
use crate::import::{NodeResult, Val};
use crate::onnx::NodeProto;

pub(crate) fn softmax(em: &mut Emitter, node: &NodeProto) -> NodeResult<()> {
    let out = out0(node)?.to_string();
    let x = em.ssa(need(node, 0)?)?;
    let r = x.shape.len();
    let log = node.op_type == "LogSoftmax";
    let old = em.opset < 13;
    let mut axis = attr_i(node, "axis", if old { 1 } else { -1 });
    if axis < 0 {
        axis += r as i64;
    }
    if !(0..r as i64).contains(&axis) {
        return Err(format!("axis {axis} out of range for rank {r}"));
    }
    let a = axis as usize;
    let y = if old && a + 1 != r {
        let x2 = em.reshape(&x, &[numel(&x.shape[..a]), numel(&x.shape[a..])]);
        let y2 = softmax_along(em, &x2, 1, log);
        em.reshape(&y2, &x.shape)
    } else {
        softmax_along(em, &x, a, log)
    };
    em.define(&out, y);
    Ok(())
}

/// Softmax (or log-softmax) of `x` along axis `a`.
fn softmax_along(em: &mut Emitter, x: &Val, a: usize, log: bool) -> Val {
    let r = x.shape.len();
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
        &[(x.clone(), id.clone()), (mx.clone(), dm.clone())],
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
    let y = if log {
        // x - max - log(sum)
        em.generic(
            &[(x.clone(), id.clone()), (mx, dm.clone()), (sum, dm)],
            &x.shape,
            &par,
            id,
            None,
            &|b| {
                (
                    vec![
                        format!("%s = arith.subf {}, {} : f32", b[0], b[1]),
                        format!("%l = math.log {} : f32", b[2]),
                        "%y = arith.subf %s, %l : f32".into(),
                    ],
                    "%y".into(),
                )
            },
            3,
        )
    } else {
        em.generic(
            &[(e, id.clone()), (sum, dm)],
            &x.shape,
            &par,
            id,
            None,
            &|b| (vec![format!("%y = arith.divf {}, {} : f32", b[0], b[1])], "%y".into()),
            1,
        )
    };
    let n = numel(&x.shape);
    if let Some(s) = em.stmts.last_mut() {
        s.flops = 4 * n;
    }
    y
}
