//! Elementwise ops: activations and broadcasting arithmetic.

use crate::import::NodeResult;
use crate::import::emit::{Emitter, lit, numel};
use crate::import::proto::{input, need, out0};
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
    let (lo, hi) = (bound(1, f32::NEG_INFINITY)?, bound(2, f32::INFINITY)?);
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

/// `Add`, `Sub`, `Mul` and `Div`, with broadcasting.
pub(crate) fn binary(em: &mut Emitter, node: &NodeProto) -> NodeResult<()> {
    let out = out0(node)?.to_string();
    let op = match node.op_type.as_str() {
        "Add" => "addf",
        "Sub" => "subf",
        "Mul" => "mulf",
        _ => "divf",
    };
    let a = em.ssa(need(node, 0)?)?;
    let b = em.ssa(need(node, 1)?)?;
    let v = em.elementwise(
        &[a, b],
        &move |x| (vec![format!("%y = arith.{op} {}, {} : f32", x[0], x[1])], "%y".into()),
        1,
    )?;
    em.define(&out, v);
    Ok(())
}

/// A unary elementwise node: `body` lines (`{x}` stands for the input
/// element) computing `%y`.
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
