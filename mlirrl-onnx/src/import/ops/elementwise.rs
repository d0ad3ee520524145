//! Elementwise ops: activations and broadcasting arithmetic.

use crate::import::emit::{Emitter, bcast_map, broadcast_all, lit, numel};
use crate::import::fold::is_float_type;
use crate::import::proto::{ConstData, Value, attr_f, attr_i, attr_s, input, need, out0};
use crate::import::{NodeResult, Val};
use crate::onnx::NodeProto;

/// `Relu`.
pub(crate) fn relu(em: &mut Emitter, node: &NodeProto) -> NodeResult<()> {
    unary(
        em,
        node,
        &[&format!("%z = arith.constant {} : f32", lit(0.0)), "%y = arith.maximumf {x}, %z : f32"],
        1,
    )
}

/// `Clip`, with constant bounds.
pub(crate) fn clip(em: &mut Emitter, node: &NodeProto) -> NodeResult<()> {
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
    let (lo, hi) = if em.opset < 11 {
        // Opsets 6 to 10: the bounds are attributes.
        (attr_f(node, "min", f32::MIN), attr_f(node, "max", f32::MAX))
    } else {
        (bound(1, f32::NEG_INFINITY)?, bound(2, f32::INFINITY)?)
    };
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
    )
}

/// `Sigmoid`.
pub(crate) fn sigmoid(em: &mut Emitter, node: &NodeProto) -> NodeResult<()> {
    unary(
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
    )
}

/// `Tanh`: tanh(x) = 1 - 2 / (exp(2x) + 1): exact at both infinities.
pub(crate) fn tanh(em: &mut Emitter, node: &NodeProto) -> NodeResult<()> {
    unary(
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
    )
}

/// `Add`, `Sub`, `Mul` and `Div`, with broadcasting; `Max`, `Min`, `Sum`
/// and `Mean` over any number of broadcast inputs.
pub(crate) fn binary(em: &mut Emitter, node: &NodeProto) -> NodeResult<()> {
    let out = out0(node)?.to_string();
    let op = match node.op_type.as_str() {
        "Add" | "Sum" | "Mean" => "arith.addf",
        "Sub" => "arith.subf",
        "Mul" => "arith.mulf",
        "Max" => "arith.maximumf",
        "Min" => "arith.minimumf",
        _ => "arith.divf",
    };
    // Scalar constants become literals of the body rather than arguments.
    // (A one-element constant of rank 1 is inlined only where another input
    // has a rank, so that the output's rank stays the same.)
    let names: Vec<&String> = node.input.iter().filter(|i| !i.is_empty()).collect();
    let scalar = |v: &Value| matches!(v, Value::Const { shape, .. } if numel(shape) == 1 && shape.len() <= 1);
    let mut max_rank = 0;
    for i in &names {
        let v = em.value(i)?;
        if !scalar(v) {
            max_rank = max_rank.max(v.shape().len());
        }
    }
    let mut operands: Vec<Result<usize, f32>> = Vec::new();
    let mut xs: Vec<Val> = Vec::new();
    for i in names {
        match em.value(i)? {
            Value::Const { shape, data } if numel(shape) == 1 && shape.len() <= max_rank.min(1) => {
                let x = match data {
                    ConstData::F32(v) => v[0],
                    ConstData::I64(v) => v[0] as f32,
                };
                operands.push(Err(x));
            }
            _ => {
                operands.push(Ok(xs.len()));
                xs.push(em.ssa(i)?);
            }
        }
    }
    let n = operands.len();
    if n == 0 || (n < 2 && matches!(node.op_type.as_str(), "Add" | "Sub" | "Mul" | "Div")) {
        return Err(format!("{} with {n} inputs", node.op_type));
    }
    if xs.is_empty() {
        return Err("every input is a constant (nothing to compute at run time)".into());
    }
    let mean = node.op_type == "Mean";
    let inv = 1.0 / n as f32;
    let v = em.elementwise(
        &xs,
        &move |x| {
            let mut lines = Vec::new();
            let args: Vec<String> = operands
                .iter()
                .enumerate()
                .map(|(k, o)| match o {
                    Ok(i) => x[*i].clone(),
                    Err(c) => {
                        lines.push(format!("%k{k} = arith.constant {} : f32", lit(*c)));
                        format!("%k{k}")
                    }
                })
                .collect();
            let mut acc = args[0].clone();
            for (k, b) in args[1..].iter().enumerate() {
                lines.push(format!("%y{k} = {op} {acc}, {b} : f32"));
                acc = format!("%y{k}");
            }
            if mean {
                lines.push(format!("%inv = arith.constant {} : f32", lit(inv)));
                lines.push(format!("%mean = arith.mulf {acc}, %inv : f32"));
                acc = "%mean".into();
            }
            (lines, acc)
        },
        (n as u64 - 1).max(1),
    )?;
    em.define(&out, v);
    Ok(())
}

/// `erf(x)` as arithmetic (Abramowitz and Stegun 7.1.26, absolute error
/// below 1.5e-7), defining `{p}y`.
fn erf_lines(x: &str, p: &str) -> Vec<String> {
    let c = |name: &str, v: f32| format!("{p}{name} = arith.constant {} : f32", lit(v));
    vec![
        c("one", 1.0),
        c("p", 0.327_591_1),
        c("a1", 0.254_829_6),
        c("a2", -0.284_496_74),
        c("a3", 1.421_413_7),
        c("a4", -1.453_152_1),
        c("a5", 1.061_405_4),
        format!("{p}ax = math.absf {x} : f32"),
        format!("{p}px = arith.mulf {p}p, {p}ax : f32"),
        format!("{p}den = arith.addf {p}one, {p}px : f32"),
        format!("{p}t = arith.divf {p}one, {p}den : f32"),
        format!("{p}h1 = arith.mulf {p}a5, {p}t : f32"),
        format!("{p}h2 = arith.addf {p}h1, {p}a4 : f32"),
        format!("{p}h3 = arith.mulf {p}h2, {p}t : f32"),
        format!("{p}h4 = arith.addf {p}h3, {p}a3 : f32"),
        format!("{p}h5 = arith.mulf {p}h4, {p}t : f32"),
        format!("{p}h6 = arith.addf {p}h5, {p}a2 : f32"),
        format!("{p}h7 = arith.mulf {p}h6, {p}t : f32"),
        format!("{p}h8 = arith.addf {p}h7, {p}a1 : f32"),
        format!("{p}poly = arith.mulf {p}h8, {p}t : f32"),
        format!("{p}sq = arith.mulf {p}ax, {p}ax : f32"),
        format!("{p}nsq = arith.negf {p}sq : f32"),
        format!("{p}e = math.exp {p}nsq : f32"),
        format!("{p}pe = arith.mulf {p}poly, {p}e : f32"),
        format!("{p}m = arith.subf {p}one, {p}pe : f32"),
        format!("{p}y = math.copysign {p}m, {x} : f32"),
    ]
}

/// The unary activations and math functions beyond `Relu`, `Sigmoid` and
/// `Tanh`: `Erf`, `Gelu`, `Exp`, `Log`, `Sqrt`, `Neg`, `Abs`,
/// `Reciprocal`, `Floor`, `Ceil`, `LeakyRelu`, `Elu`, `HardSigmoid`,
/// `HardSwish`, `Softplus`.
pub(crate) fn math(em: &mut Emitter, node: &NodeProto) -> NodeResult<()> {
    let k = |name: &str, v: f32| format!("%{name} = arith.constant {} : f32", lit(v));
    let simple = |f: &str| vec![format!("%y = {f} {{x}} : f32")];
    let (lines, flops): (Vec<String>, u64) = match node.op_type.as_str() {
        "Exp" => (simple("math.exp"), 1),
        "Log" => (simple("math.log"), 1),
        "Sqrt" => (simple("math.sqrt"), 1),
        "Neg" => (simple("arith.negf"), 1),
        "Abs" => (simple("math.absf"), 1),
        "Floor" => (simple("math.floor"), 1),
        "Ceil" => (simple("math.ceil"), 1),
        "Reciprocal" => (vec![k("one", 1.0), "%y = arith.divf %one, {x} : f32".into()], 1),
        "Erf" => {
            let mut l = erf_lines("{x}", "%r");
            l.push("%y = arith.addf %ry, %rzero : f32".into());
            l.insert(0, k("rzero", 0.0));
            (l, 20)
        }
        "Gelu" => match attr_s(node, "approximate").as_deref().unwrap_or("none") {
            "none" => {
                // 0.5 x (1 + erf(x / sqrt 2))
                let mut l = vec![
                    k("isq2", std::f32::consts::FRAC_1_SQRT_2),
                    k("half", 0.5),
                    k("gone", 1.0),
                    "%s = arith.mulf {x}, %isq2 : f32".into(),
                ];
                l.extend(erf_lines("%s", "%r"));
                l.extend([
                    "%g1 = arith.addf %gone, %ry : f32".into(),
                    "%hx = arith.mulf {x}, %half : f32".into(),
                    "%y = arith.mulf %hx, %g1 : f32".into(),
                ]);
                (l, 24)
            }
            "tanh" => {
                // 0.5 x (1 + tanh(sqrt(2/pi) (x + 0.044715 x^3))), with
                // tanh(u) = 1 - 2 / (exp(2u) + 1).
                let l = vec![
                    k("k0", 0.797_884_6),
                    k("k1", 0.044_715),
                    k("half", 0.5),
                    k("one", 1.0),
                    k("two", 2.0),
                    "%x2 = arith.mulf {x}, {x} : f32".into(),
                    "%x3 = arith.mulf %x2, {x} : f32".into(),
                    "%cx3 = arith.mulf %x3, %k1 : f32".into(),
                    "%in = arith.addf {x}, %cx3 : f32".into(),
                    "%u = arith.mulf %in, %k0 : f32".into(),
                    "%u2 = arith.mulf %u, %two : f32".into(),
                    "%e = math.exp %u2 : f32".into(),
                    "%d = arith.addf %e, %one : f32".into(),
                    "%q = arith.divf %two, %d : f32".into(),
                    "%th = arith.subf %one, %q : f32".into(),
                    "%g1 = arith.addf %one, %th : f32".into(),
                    "%hx = arith.mulf {x}, %half : f32".into(),
                    "%y = arith.mulf %hx, %g1 : f32".into(),
                ];
                (l, 16)
            }
            other => return Err(format!("Gelu approximate = `{other}` is not supported")),
        },
        "LeakyRelu" => (
            vec![
                k("a", attr_f(node, "alpha", 0.01)),
                k("z", 0.0),
                "%ax = arith.mulf {x}, %a : f32".into(),
                "%neg = arith.cmpf olt, {x}, %z : f32".into(),
                "%y = arith.select %neg, %ax, {x} : f32".into(),
            ],
            2,
        ),
        "Elu" => (
            vec![
                k("a", attr_f(node, "alpha", 1.0)),
                k("z", 0.0),
                k("one", 1.0),
                "%e = math.exp {x} : f32".into(),
                "%em1 = arith.subf %e, %one : f32".into(),
                "%ae = arith.mulf %em1, %a : f32".into(),
                "%neg = arith.cmpf olt, {x}, %z : f32".into(),
                "%y = arith.select %neg, %ae, {x} : f32".into(),
            ],
            4,
        ),
        "HardSigmoid" | "HardSwish" => {
            let (a, b) = if node.op_type == "HardSwish" {
                (1.0 / 6.0, 0.5)
            } else {
                (attr_f(node, "alpha", 0.2), attr_f(node, "beta", 0.5))
            };
            let mut l = vec![
                k("a", a),
                k("b", b),
                k("z", 0.0),
                k("one", 1.0),
                "%ax = arith.mulf {x}, %a : f32".into(),
                "%l = arith.addf %ax, %b : f32".into(),
                "%lo = arith.maximumf %l, %z : f32".into(),
                "%hs = arith.minimumf %lo, %one : f32".into(),
            ];
            if node.op_type == "HardSwish" {
                l.push("%y = arith.mulf {x}, %hs : f32".into());
            } else {
                l.push("%y = arith.addf %hs, %z : f32".into());
            }
            (l, 4)
        }
        "Softplus" => (
            // log(1 + exp(x)), as max(x, 0) + log(1 + exp(-|x|)) so that it
            // does not overflow.
            vec![
                k("z", 0.0),
                k("one", 1.0),
                "%ax = math.absf {x} : f32".into(),
                "%nax = arith.negf %ax : f32".into(),
                "%e = math.exp %nax : f32".into(),
                "%ep1 = arith.addf %e, %one : f32".into(),
                "%lg = math.log %ep1 : f32".into(),
                "%mx = arith.maximumf {x}, %z : f32".into(),
                "%y = arith.addf %mx, %lg : f32".into(),
            ],
            5,
        ),
        other => return Err(format!("op type `{other}` is not supported")),
    };
    let refs: Vec<&str> = lines.iter().map(String::as_str).collect();
    unary(em, node, &refs, flops)
}

/// `Pow`: small constant exponents become multiplications or a square
/// root; others use `math.powf`.
pub(crate) fn pow(em: &mut Emitter, node: &NodeProto) -> NodeResult<()> {
    let e = need(node, 1)?;
    let x_rank = em.value(need(node, 0)?)?.shape().len();
    if let Ok((shape, d)) = em.const_f32(e)
        && numel(&shape) == 1
        && shape.len() <= x_rank
    {
        let lines: Option<Vec<&str>> = match d[0] {
            1.0 => Some(vec!["%y = arith.addf {x}, %z : f32"]),
            2.0 => Some(vec!["%y = arith.mulf {x}, {x} : f32"]),
            3.0 => Some(vec!["%x2 = arith.mulf {x}, {x} : f32", "%y = arith.mulf %x2, {x} : f32"]),
            0.5 => Some(vec!["%y = math.sqrt {x} : f32"]),
            _ => None,
        };
        if let Some(l) = lines {
            let z = format!("%z = arith.constant {} : f32", lit(0.0));
            let mut all = vec![z.as_str()];
            all.extend(l);
            return unary(em, node, &all, 1);
        }
    }
    let out = out0(node)?.to_string();
    let a = em.ssa(need(node, 0)?)?;
    let b = em.ssa(e)?;
    let v = em.elementwise(
        &[a, b],
        &|x| (vec![format!("%y = math.powf {}, {} : f32", x[0], x[1])], "%y".into()),
        1,
    )?;
    em.define(&out, v);
    Ok(())
}

/// `PRelu`: `x < 0 ? slope * x : x`, the slope broadcast to `x`.
pub(crate) fn prelu(em: &mut Emitter, node: &NodeProto) -> NodeResult<()> {
    let out = out0(node)?.to_string();
    let x = em.ssa(need(node, 0)?)?;
    let mut slope = em.ssa(need(node, 1)?)?;
    // Opsets before 9 allowed a per-channel slope of shape [C] on NCHW.
    if slope.shape.len() == 1
        && x.shape.len() > 2
        && slope.shape[0] == x.shape[1]
        && slope.shape[0] != *x.shape.last().unwrap_or(&0)
    {
        let mut s = vec![slope.shape[0]];
        s.extend(std::iter::repeat_n(1, x.shape.len() - 2));
        slope = em.reshape(&slope, &s);
    }
    if broadcast_all(&[&slope.shape, &x.shape])? != x.shape {
        return Err(format!("slope {:?} does not broadcast to {:?}", slope.shape, x.shape));
    }
    let v = em.elementwise(
        &[x, slope],
        &|a| {
            (
                vec![
                    format!("%z = arith.constant {} : f32", lit(0.0)),
                    format!("%sx = arith.mulf {}, {} : f32", a[0], a[1]),
                    format!("%neg = arith.cmpf olt, {}, %z : f32", a[0]),
                    format!("%y = arith.select %neg, %sx, {} : f32", a[0]),
                ],
                "%y".into(),
            )
        },
        2,
    )?;
    em.define(&out, v);
    Ok(())
}

/// `Where` with a condition known at import time (masks are built from
/// constants and shapes); the condition becomes a 0/1 weight.
pub(crate) fn where_(em: &mut Emitter, node: &NodeProto) -> NodeResult<()> {
    let out = out0(node)?.to_string();
    let c = need(node, 0)?;
    let (shape, mask) = match em.value(c)? {
        Value::Const { shape, data } => (
            shape.clone(),
            match data {
                ConstData::I64(v) => v.iter().map(|&b| (b != 0) as i32 as f32).collect(),
                ConstData::F32(v) => v.iter().map(|&b| (b != 0.0) as i32 as f32).collect(),
            },
        ),
        Value::Ssa(_) => {
            return Err("a condition computed at run time is not supported (only conditions known at import time)".into());
        }
    };
    let m = em.weight(format!("{c}.mask"), shape, mask);
    let a = em.ssa(need(node, 1)?)?;
    let b = em.ssa(need(node, 2)?)?;
    let v = em.elementwise(
        &[m, a, b],
        &|x| {
            (
                vec![
                    format!("%z = arith.constant {} : f32", lit(0.0)),
                    format!("%c = arith.cmpf one, {}, %z : f32", x[0]),
                    format!("%y = arith.select %c, {}, {} : f32", x[1], x[2]),
                ],
                "%y".into(),
            )
        },
        1,
    )?;
    em.define(&out, v);
    Ok(())
}

/// `Expand` to a shape known at import time.
pub(crate) fn expand(em: &mut Emitter, node: &NodeProto) -> NodeResult<()> {
    let out = out0(node)?.to_string();
    let x = em.ssa(need(node, 0)?)?;
    let dims = em.const_i64(need(node, 1)?)?;
    if dims.iter().any(|&d| d < 1) {
        return Err(format!("Expand shape {dims:?} has a non-positive size"));
    }
    let target: Vec<u64> = dims.iter().map(|&d| d as u64).collect();
    let shape = broadcast_all(&[&x.shape, &target])?;
    let v = if shape == x.shape {
        x
    } else {
        let map = bcast_map(&x.shape, &shape);
        em.broadcast_into(&x, &shape, map)
    };
    em.define(&out, v);
    Ok(())
}

/// `Cast` of a computed tensor: between floating-point types it is the
/// identity (computation stays in f32); to integer types it is refused.
pub(crate) fn cast(em: &mut Emitter, node: &NodeProto) -> NodeResult<()> {
    let out = out0(node)?.to_string();
    let to = attr_i(node, "to", 0);
    if !is_float_type(to) {
        return Err(format!(
            "Cast of a computed tensor to {} is not supported (only between float types)",
            crate::onnx::tensor_proto::DataType::try_from(to as i32)
                .map_or("an unknown type".into(), |d| format!("{d:?}"))
        ));
    }
    let v = em.value(need(node, 0)?)?.clone();
    em.values.insert(out, v);
    Ok(())
}

/// A unary elementwise node: `body` lines (`{x}` stands for the input
/// element) computing `%y`. Body names must not look like the emitter's
/// (`%b0`, `%c1`, `%e2`, `%v3`, `%w4`: a letter of those and digits), which
/// share the function's namespace.
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
