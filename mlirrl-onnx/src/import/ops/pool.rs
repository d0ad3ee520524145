//! Pooling: `MaxPool`, `AveragePool` and `GlobalAveragePool`.

use crate::import::emit::{Emitter, dense_i64, lit, numel, out_size, window_pads};
use crate::import::proto::{attr_i, attr_ints, need, out0, pair};
use crate::import::{NodeResult, Val, ty};
use crate::onnx::NodeProto;

/// `linalg.pooling_nchw_<kind>` (or `pooling_nhwc_<kind>` when `nhwc`) over
/// a (padded) input.
#[allow(clippy::too_many_arguments)]
fn pooling(
    em: &mut Emitter,
    x: &Val,
    kind: &str,
    kernel: [u64; 2],
    strides: [u64; 2],
    dilations: [u64; 2],
    init: f32,
    nhwc: bool,
) -> NodeResult<Val> {
    let hw = if nhwc { 1 } else { 2 };
    let oh = out_size(x.shape[hw], 0, kernel[0], strides[0], dilations[0], false)?;
    let ow = out_size(x.shape[hw + 1], 0, kernel[1], strides[1], dilations[1], false)?;
    let out = if nhwc {
        vec![x.shape[0], oh, ow, x.shape[3]]
    } else {
        vec![x.shape[0], x.shape[1], oh, ow]
    };
    let layout = if nhwc { "nhwc" } else { "nchw" };
    let acc = em.fill(&out, init);
    let (k, r) = (em.fresh("e"), em.fresh("v"));
    let kt = ty(&kernel);
    let t = ty(&out);
    let lines = vec![
        format!("{k} = tensor.empty() : {kt}"),
        format!(
            "{r} = linalg.pooling_{layout}_{kind} {{dilations = {}, strides = {}}} ins({}, {k} : {}, {kt}) outs({} : {t}) -> {t}",
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
    let fill = if max { f32::NEG_INFINITY } else { 0.0 };
    // A channels-last input stays channels last.
    let nhwc = em.channels_last() && em.nhwc.contains_key(need(node, 0)?);
    let xp = if nhwc {
        let x = em.nhwc_of(need(node, 0)?)?;
        em.pad_nhwc(&x, pads, fill)
    } else {
        em.pad_nchw(&x, pads, fill)
    };
    if max {
        let v = pooling(em, &xp, "max", kernel, strides, dilations, f32::NEG_INFINITY, nhwc)?;
        em.define_in(&out, v, nhwc);
        return Ok(());
    }
    let sum = pooling(em, &xp, "sum", kernel, strides, dilations, 0.0, nhwc)?;
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
        // Channels last, the counts broadcast over the channels (the last dim).
        let shape = if nhwc { vec![oh, ow, 1] } else { vec![oh, ow] };
        let d = em.weight(format!("{}.inv_count", em.node), shape, inv);
        em.elementwise(
            &[sum, d],
            &|a| (vec![format!("%y = arith.mulf {}, {} : f32", a[0], a[1])], "%y".into()),
            1,
        )?
    };
    em.define_in(&out, v, nhwc);
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
    let nhwc = em.channels_last() && em.nhwc.contains_key(need(node, 0)?);
    let x = if nhwc { em.nhwc_of(need(node, 0)?)? } else { x };
    let sum = pooling(em, &x, "sum", [h, w], [1, 1], [1, 1], 0.0, nhwc)?;
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
    em.define_in(&out, v, nhwc);
    Ok(())
}

/// `Resize` (opsets 10 on) and `Upsample` (7 to 9) in nearest mode by
/// integer factors, where every output element reads input element
/// `floor(out / scale)`: asymmetric coordinates with floor rounding, or
/// half-pixel coordinates with rounding to the nearest (the two agree for
/// integer factors). Each scaled dim becomes a (dim, factor) pair of a
/// broadcast, collapsed back.
pub(crate) fn resize(em: &mut Emitter, node: &NodeProto) -> NodeResult<()> {
    use crate::import::emit::amap;
    use crate::import::proto::{attr_s, input};
    let out = out0(node)?.to_string();
    let x = em.ssa(need(node, 0)?)?;
    let r = x.shape.len();
    let mode = attr_s(node, "mode").unwrap_or_else(|| "nearest".into());
    if mode != "nearest" {
        return Err(format!("{} mode `{mode}` is not supported (only nearest)", node.op_type));
    }
    let upsample = node.op_type == "Upsample";
    if !upsample && em.opset >= 11 {
        let ctm =
            attr_s(node, "coordinate_transformation_mode").unwrap_or_else(|| "half_pixel".into());
        let nm = attr_s(node, "nearest_mode").unwrap_or_else(|| "round_prefer_floor".into());
        let ok = match ctm.as_str() {
            "asymmetric" => nm == "floor",
            "half_pixel" | "pytorch_half_pixel" => nm.starts_with("round_prefer"),
            _ => false,
        };
        if !ok {
            return Err(format!(
                "Resize with coordinate_transformation_mode `{ctm}` and nearest_mode `{nm}` is not supported"
            ));
        }
        // Opset 18: `axes` and an aspect-ratio policy other than stretching.
        let policy = attr_s(node, "keep_aspect_ratio_policy").unwrap_or_else(|| "stretch".into());
        if policy != "stretch" || attr_ints(node, "axes").is_some() {
            return Err(format!(
                "Resize with axes or keep_aspect_ratio_policy `{policy}` is not supported"
            ));
        }
    }
    // Scales: an attribute (Upsample 7), input 1 (Upsample 9, Resize 10),
    // input 2 or sizes at input 3 (Resize 11 on).
    let scales: Vec<f32> = if upsample && em.opset < 9 {
        crate::import::proto::attr(node, "scales")
            .map(|a| a.floats.clone())
            .ok_or("Upsample without scales")?
    } else if upsample || em.opset < 11 {
        em.const_f32(need(node, 1)?)?.1
    } else {
        match (input(node, 2), input(node, 3)) {
            (Some(s), _) if !em.const_f32(s)?.1.is_empty() => em.const_f32(s)?.1,
            (_, Some(sz)) => {
                let sizes = em.const_i64(sz)?;
                if sizes.len() != r {
                    return Err(format!("{} sizes for rank {r}", sizes.len()));
                }
                sizes
                    .iter()
                    .zip(&x.shape)
                    .map(|(&s, &d)| {
                        if s > 0 && (s as u64).is_multiple_of(d) {
                            Ok((s as u64 / d) as f32)
                        } else {
                            Err(format!("size {s} is not a multiple of {d}"))
                        }
                    })
                    .collect::<Result<_, String>>()?
            }
            _ => return Err("Resize without scales or sizes".into()),
        }
    };
    if scales.len() != r {
        return Err(format!("{} scales for rank {r}", scales.len()));
    }
    let factors: Vec<u64> = scales
        .iter()
        .map(|&s| {
            if s >= 1.0 && s.fract() == 0.0 && s <= 64.0 {
                Ok(s as u64)
            } else {
                Err(format!("scale {s} is not supported (only integer upscaling)"))
            }
        })
        .collect::<Result<_, String>>()?;
    // Output of the broadcast: each dim followed by its factor when > 1.
    let mut big = Vec::new();
    let mut in_map = Vec::new();
    let mut groups = Vec::new();
    let mut final_shape = Vec::new();
    for (&d, &f) in x.shape.iter().zip(&factors) {
        in_map.push(format!("d{}", big.len()));
        let mut g = vec![big.len()];
        big.push(d);
        if f > 1 {
            g.push(big.len());
            big.push(f);
        }
        groups.push(g);
        final_shape.push(d * f);
    }
    if big.len() == r {
        em.define(&out, x);
        return Ok(());
    }
    let b = em.broadcast_into(&x, &big, amap(big.len(), &in_map));
    let rr = em.fresh("v");
    let g: Vec<String> = groups
        .iter()
        .map(|g| format!("[{}]", g.iter().map(|i| i.to_string()).collect::<Vec<_>>().join(", ")))
        .collect();
    let line = format!(
        "{rr} = tensor.collapse_shape {} [{}] : {} into {}",
        b.name,
        g.join(", "),
        b.ty(),
        ty(&final_shape)
    );
    let v = Val { name: rr, shape: final_shape };
    em.push(vec![line], vec![b], v.clone(), false, 0);
    em.define(&out, v);
    Ok(())
}
