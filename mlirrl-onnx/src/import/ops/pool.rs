//! Pooling: `MaxPool`, `AveragePool` and `GlobalAveragePool`.

use crate::import::emit::{Emitter, dense_i64, lit, numel, out_size, window_pads};
use crate::import::proto::{attr_i, attr_ints, need, out0, pair};
use crate::import::{NodeResult, Val, ty};
use crate::onnx::NodeProto;

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

pub(crate) fn pool(em: &mut Emitter, node: &NodeProto) -> NodeResult<()> {
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

/// `GlobalAveragePool`.
pub(crate) fn global_average_pool(em: &mut Emitter, node: &NodeProto) -> NodeResult<()> {
    let out = out0(node)?.to_string();
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
    Ok(())
}
