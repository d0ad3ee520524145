//! Convolutions and batch normalisations (folded into the convolution
//! before them, or lowered to a per-channel scale and shift).

use crate::import::emit::{Emitter, amap, dense_i64, numel, out_size, transpose_data, window_pads};
use crate::import::proto::{attr_f, attr_i, input, need, out0, pair};
use crate::import::{NodeResult, Val, ty};
use crate::onnx::NodeProto;
use std::collections::HashMap;

/// Per-channel `(scale, shift)` of an inference batch normalisation.
fn bn_affine(em: &Emitter, node: &NodeProto) -> NodeResult<(Vec<f32>, Vec<f32>)> {
    if attr_i(node, "training_mode", 0) != 0 {
        return Err("training_mode = 1 is not supported (inference only)".into());
    }
    // Opsets 7 and 8: `spatial = 0` normalises per element, not per channel.
    if attr_i(node, "spatial", 1) == 0 {
        return Err("spatial = 0 is not supported".into());
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

pub(crate) fn batch_norm(em: &mut Emitter, node: &NodeProto) -> NodeResult<()> {
    let out = out0(node)?.to_string();
    let (scale, shift) = bn_affine(em, node)?;
    let x = em.ssa(need(node, 0)?)?;
    if x.shape.len() < 2 || x.shape[1] as usize != scale.len() {
        return Err(format!("input shape {:?} does not have {} channels", x.shape, scale.len()));
    }
    let c = scale.len() as u64;
    // A channels-last input keeps its layout: the per-channel vectors then
    // broadcast along the last dim.
    let nhwc = em.channels_last() && em.nhwc.contains_key(need(node, 0)?);
    let (x, bshape) = if nhwc {
        (em.nhwc_of(need(node, 0)?)?, vec![c])
    } else {
        let mut bshape = vec![c];
        bshape.extend(std::iter::repeat_n(1, x.shape.len() - 2));
        (x, bshape)
    };
    let suffix = if nhwc { ".c" } else { "" };
    let s = em.weight(format!("{}.bn_scale{suffix}", node.input[1]), bshape.clone(), scale);
    let b = em.weight(format!("{}.bn_shift{suffix}", node.input[2]), bshape, shift);
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
    em.define_in(&out, v, nhwc);
    Ok(())
}

pub(crate) fn conv(
    em: &mut Emitter,
    node: &NodeProto,
    fold: &HashMap<String, &NodeProto>,
) -> NodeResult<()> {
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
    let depthwise = groups > 1 && groups == c && f == c;
    // Channels last where the op has that form and its filter is known at
    // import time (it is rearranged then).
    let nhwc = em.channels_last() && (groups == 1 || depthwise) && em.const_f32(w_name).is_ok();
    let w_data =
        if folded.is_some() || groups > 1 || nhwc { Some(em.const_f32(w_name)?.1) } else { None };
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
    let (w, out_shape_op) = if nhwc {
        let d = w_val.ok_or("channels-last convolutions need their filter")?;
        let (kh, kw) = (kernel[0], kernel[1]);
        if depthwise {
            let hwc = transpose_data(&d, c as usize, (kh * kw) as usize);
            (em.weight(format!("{w_key}.hwc"), vec![kh, kw, c], hwc), vec![n, oh, ow, f])
        } else {
            let hwcf = fchw_to_hwcf([f, c, kh, kw], &d);
            (em.weight(format!("{w_key}.hwcf"), vec![kh, kw, c, f], hwcf), vec![n, oh, ow, f])
        }
    } else if groups == 1 {
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
    let xp = if nhwc {
        let x = em.nhwc_of(need(node, 0)?)?;
        em.pad_nhwc(&x, pads, 0.0)
    } else {
        em.pad_nchw(&x, pads, 0.0)
    };
    let xin = if groups > 1 && !depthwise && !nhwc {
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
                let channel = if nhwc { "d3" } else { "d1" };
                em.broadcast_into(b, &out_shape_op, amap(4, &[channel.into()]))
            }
        }
        None => em.fill(&out_shape_op, 0.0),
    };
    let attrs =
        format!("{{dilations = {}, strides = {}}}", dense_i64(&dilations), dense_i64(&strides));
    let name = if nhwc && depthwise {
        "linalg.depthwise_conv_2d_nhwc_hwc"
    } else if nhwc {
        "linalg.conv_2d_nhwc_hwcf"
    } else if groups == 1 {
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
    let defined = match folded {
        Some(bn) => out0(bn)?,
        None => &out_name,
    };
    em.define_in(defined, v, nhwc);
    Ok(())
}

/// An ONNX filter `[f, c, kh, kw]` rearranged as `[kh, kw, c, f]` (the
/// filter of `linalg.conv_2d_nhwc_hwcf`).
fn fchw_to_hwcf(shape: [u64; 4], data: &[f32]) -> Vec<f32> {
    let [f, c, kh, kw] = shape.map(|d| d as usize);
    let mut out = vec![0.0; data.len()];
    for fi in 0..f {
        for ci in 0..c {
            for y in 0..kh {
                for x in 0..kw {
                    out[((y * kw + x) * c + ci) * f + fi] = data[((fi * c + ci) * kh + y) * kw + x];
                }
            }
        }
    }
    out
}
