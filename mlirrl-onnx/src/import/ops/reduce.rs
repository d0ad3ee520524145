//! Reductions and normalisations: `ReduceMean`, `ReduceSum`, `ReduceMax`,
//! `ReduceMin`, `GlobalMaxPool`, `LayerNormalization` and `LRN`.

use crate::import::emit::{Emitter, amap, lit, numel};
use crate::import::fold::{axis as norm_axis, reduce_axes};
use crate::import::proto::{attr_f, attr_i, input, need, out0};
use crate::import::{NodeResult, Val};
use crate::onnx::NodeProto;

/// Reduces `x` over `axes` with `combine` (`arith.addf`, `arith.maximumf`,
/// ...) from `init`; the result drops the reduced dimensions.
pub(crate) fn reduce(em: &mut Emitter, x: &Val, axes: &[usize], combine: &str, init: f32) -> Val {
    let r = x.shape.len();
    let kept: Vec<usize> = (0..r).filter(|i| !axes.contains(i)).collect();
    let out: Vec<u64> = kept.iter().map(|&i| x.shape[i]).collect();
    // Loops: the kept dims first, then the reduced ones.
    let mut loops = kept.clone();
    loops.extend(axes.iter().copied().filter(|a| !kept.contains(a)));
    let x_map: Vec<String> =
        (0..r).map(|i| format!("d{}", loops.iter().position(|&l| l == i).unwrap_or(0))).collect();
    let out_map: Vec<String> = (0..kept.len()).map(|i| format!("d{i}")).collect();
    let mut its = vec!["parallel"; kept.len()];
    its.extend(vec!["reduction"; r - kept.len()]);
    let acc = em.fill(&out, init);
    let combine = combine.to_string();
    let v = em.generic(
        &[(x.clone(), amap(r, &x_map))],
        &out,
        &its,
        amap(r, &out_map),
        Some(acc),
        &move |b| (vec![format!("%y = {combine} {}, {} : f32", b[0], b[1])], "%y".into()),
        0,
    );
    if let Some(s) = em.stmts.last_mut() {
        s.flops = numel(&x.shape);
    }
    v
}

/// Multiplies every element of `x` by `k`.
fn scale(em: &mut Emitter, x: Val, k: f32) -> NodeResult<Val> {
    em.elementwise(
        &[x],
        &move |a| {
            (
                vec![
                    format!("%k = arith.constant {} : f32", lit(k)),
                    format!("%y = arith.mulf {}, %k : f32", a[0]),
                ],
                "%y".into(),
            )
        },
        1,
    )
}

/// `ReduceMean`, `ReduceSum`, `ReduceMax`, `ReduceMin`, `ReduceL2` and
/// `ReduceSumSquare` (axes an attribute until opset 17, an input from 18;
/// for `ReduceSum` from 13).
pub(crate) fn reduce_node(em: &mut Emitter, node: &NodeProto) -> NodeResult<()> {
    let out = out0(node)?.to_string();
    let x = em.ssa(need(node, 0)?)?;
    let r = x.shape.len();
    let Some(axes) = reduce_axes(em, node, r)? else {
        em.define(&out, x);
        return Ok(());
    };
    let keep = attr_i(node, "keepdims", 1) != 0;
    let count: u64 = axes.iter().map(|&a| x.shape[a]).product();
    let src = if matches!(node.op_type.as_str(), "ReduceL2" | "ReduceSumSquare") {
        em.elementwise(
            std::slice::from_ref(&x),
            &|a| (vec![format!("%y = arith.mulf {}, {} : f32", a[0], a[0])], "%y".into()),
            1,
        )?
    } else {
        x.clone()
    };
    let mut v = match node.op_type.as_str() {
        "ReduceMax" => reduce(em, &src, &axes, "arith.maximumf", f32::NEG_INFINITY),
        "ReduceMin" => reduce(em, &src, &axes, "arith.minimumf", f32::INFINITY),
        _ => reduce(em, &src, &axes, "arith.addf", 0.0),
    };
    if node.op_type == "ReduceMean" {
        v = scale(em, v, 1.0 / count as f32)?;
    } else if node.op_type == "ReduceL2" {
        v = em.elementwise(
            &[v],
            &|a| (vec![format!("%y = math.sqrt {} : f32", a[0])], "%y".into()),
            1,
        )?;
    }
    if keep {
        let shape: Vec<u64> = x
            .shape
            .iter()
            .enumerate()
            .map(|(i, &d)| if axes.contains(&i) { 1 } else { d })
            .collect();
        v = em.reshape(&v, &shape);
    }
    em.define(&out, v);
    Ok(())
}

/// `GlobalMaxPool`: the maximum over every dimension after the channels.
pub(crate) fn global_max_pool(em: &mut Emitter, node: &NodeProto) -> NodeResult<()> {
    let out = out0(node)?.to_string();
    let x = em.ssa(need(node, 0)?)?;
    if x.shape.len() < 3 {
        return Err(format!("input rank {} (N, C and spatial dims expected)", x.shape.len()));
    }
    let axes: Vec<usize> = (2..x.shape.len()).collect();
    let v = reduce(em, &x, &axes, "arith.maximumf", f32::NEG_INFINITY);
    let mut shape = x.shape[..2].to_vec();
    shape.extend(vec![1; x.shape.len() - 2]);
    let v = em.reshape(&v, &shape);
    em.define(&out, v);
    Ok(())
}

/// `LayerNormalization` (opset 17) over the dims from `axis` on, with an
/// optional bias. Only the first output (the normalised tensor) is made.
pub(crate) fn layer_norm(em: &mut Emitter, node: &NodeProto) -> NodeResult<()> {
    let out = out0(node)?.to_string();
    if node.output.iter().skip(1).any(|o| !o.is_empty()) {
        return Err("the Mean and InvStdDev outputs of LayerNormalization are not supported".into());
    }
    let x = em.ssa(need(node, 0)?)?;
    let r = x.shape.len();
    let a = norm_axis(attr_i(node, "axis", -1), r)?;
    let eps = attr_f(node, "epsilon", 1e-5);
    let (p, q) = (numel(&x.shape[..a]), numel(&x.shape[a..]));
    let x2 = em.reshape(&x, &[p, q]);
    let sum = reduce(em, &x2, &[1], "arith.addf", 0.0);
    let inv_q = 1.0 / q as f32;
    let row = amap(2, &["d0".into()]);
    let id2 = amap(2, &["d0".into(), "d1".into()]);
    let par = ["parallel", "parallel"];
    let centered = em.generic(
        &[(x2.clone(), id2.clone()), (sum, row.clone())],
        &[p, q],
        &par,
        id2.clone(),
        None,
        &move |b| {
            (
                vec![
                    format!("%iq = arith.constant {} : f32", lit(inv_q)),
                    format!("%m = arith.mulf {}, %iq : f32", b[1]),
                    format!("%y = arith.subf {}, %m : f32", b[0]),
                ],
                "%y".into(),
            )
        },
        2,
    );
    let sq = em.elementwise(
        std::slice::from_ref(&centered),
        &|b| (vec![format!("%y = arith.mulf {}, {} : f32", b[0], b[0])], "%y".into()),
        1,
    )?;
    let ss = reduce(em, &sq, &[1], "arith.addf", 0.0);
    let normed = em.generic(
        &[(centered, id2.clone()), (ss, row)],
        &[p, q],
        &par,
        id2,
        None,
        &move |b| {
            (
                vec![
                    format!("%iq = arith.constant {} : f32", lit(inv_q)),
                    format!("%eps = arith.constant {} : f32", lit(eps)),
                    format!("%var = arith.mulf {}, %iq : f32", b[1]),
                    "%ve = arith.addf %var, %eps : f32".into(),
                    "%sd = math.sqrt %ve : f32".into(),
                    format!("%y = arith.divf {}, %sd : f32", b[0]),
                ],
                "%y".into(),
            )
        },
        4,
    );
    let normed = em.reshape(&normed, &x.shape);
    let s = em.ssa(need(node, 1)?)?;
    let mut ins = vec![normed, s];
    if let Some(b) = input(node, 2) {
        ins.push(em.ssa(b)?);
    }
    let with_bias = ins.len() == 3;
    let v = em.elementwise(
        &ins,
        &move |b| {
            let mut l = vec![format!("%sc = arith.mulf {}, {} : f32", b[0], b[1])];
            if with_bias {
                l.push(format!("%y = arith.addf %sc, {} : f32", b[2]));
                (l, "%y".into())
            } else {
                (l, "%sc".into())
            }
        },
        2,
    )?;
    if v.shape != x.shape {
        return Err(format!("scale or bias do not broadcast to {:?}", x.shape));
    }
    em.define(&out, v);
    Ok(())
}

/// `LRN` across channels of an NCHW tensor:
/// `x / (bias + alpha / size * sum of squares in the window) ^ beta`.
pub(crate) fn lrn(em: &mut Emitter, node: &NodeProto) -> NodeResult<()> {
    let out = out0(node)?.to_string();
    let x = em.ssa(need(node, 0)?)?;
    if x.shape.len() != 4 {
        return Err(format!("input rank {} (NCHW expected)", x.shape.len()));
    }
    let size = attr_i(node, "size", 0);
    if size < 1 {
        return Err(format!("size {size} must be positive"));
    }
    let size = size as u64;
    let (alpha, beta, bias) =
        (attr_f(node, "alpha", 1e-4), attr_f(node, "beta", 0.75), attr_f(node, "bias", 1.0));
    let sq = em.elementwise(
        std::slice::from_ref(&x),
        &|b| (vec![format!("%y = arith.mulf {}, {} : f32", b[0], b[0])], "%y".into()),
        1,
    )?;
    let (lo, hi) = ((size - 1) / 2, size - 1 - (size - 1) / 2);
    let padded = em.pad(&sq, &[0, lo, 0, 0], &[0, hi, 0, 0], 0.0);
    let acc = em.fill(&x.shape, 0.0);
    // A shape-only operand gives the window loop its extent.
    let e = em.fresh("e");
    let window = Val { name: e.clone(), shape: vec![size] };
    em.push(
        vec![format!("{e} = tensor.empty() : {}", window.ty())],
        vec![],
        window.clone(),
        false,
        0,
    );
    let win = em.generic(
        &[
            (padded, amap(5, &["d0".into(), "d1 + d4".into(), "d2".into(), "d3".into()])),
            (window, amap(5, &["d4".into()])),
        ],
        &x.shape.clone(),
        &["parallel", "parallel", "parallel", "parallel", "reduction"],
        amap(5, &["d0".into(), "d1".into(), "d2".into(), "d3".into()]),
        Some(acc),
        &|b| (vec![format!("%y = arith.addf {}, {} : f32", b[0], b[2])], "%y".into()),
        0,
    );
    if let Some(s) = em.stmts.last_mut() {
        s.flops = numel(&x.shape) * size;
    }
    let k = alpha / size as f32;
    let v = em.elementwise(
        &[x, win],
        &move |b| {
            (
                vec![
                    format!("%k = arith.constant {} : f32", lit(k)),
                    format!("%bias = arith.constant {} : f32", lit(bias)),
                    format!("%nb = arith.constant {} : f32", lit(-beta)),
                    format!("%ks = arith.mulf {}, %k : f32", b[1]),
                    "%base = arith.addf %ks, %bias : f32".into(),
                    "%lg = math.log %base : f32".into(),
                    "%pl = arith.mulf %lg, %nb : f32".into(),
                    "%f = math.exp %pl : f32".into(),
                    format!("%y = arith.mulf {}, %f : f32", b[0]),
                ],
                "%y".into(),
            )
        },
        6,
    )?;
    em.define(&out, v);
    Ok(())
}
