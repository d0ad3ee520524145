//! Channels-last operands for the ops that do not care about layout.
//!
//! An elementwise op computes the same function on NHWC tensors as on NCHW
//! ones, provided every operand is rearranged the same way. When an input
//! of such an op has an NHWC form (see [`Emitter::nhwc`]), the op is
//! converted on the NHWC forms of its operands (constants rearranged at
//! import time, scalars unchanged) and its result is NHWC too; otherwise it
//! stays NCHW.

use crate::import::NodeResult;
use crate::import::emit::{Emitter, nchw_to_nhwc, numel};
use crate::import::proto::{ConstData, Value};
use crate::onnx::NodeProto;

/// A converter of one node.
pub(crate) type Convert = fn(&mut Emitter, &NodeProto) -> NodeResult<()>;

/// Converts `node` with `convert`, channels last when an input is, NCHW
/// otherwise, or when the channels-last form fails (e.g. a converter that
/// special-cases an operand of the NCHW shape): what that attempt emitted
/// is undone first.
pub(crate) fn layout_free(em: &mut Emitter, node: &NodeProto, convert: Convert) -> NodeResult<()> {
    let before = em.checkpoint();
    match channels_last(em, node, convert) {
        Some(Ok(())) => Ok(()),
        Some(Err(_)) => {
            em.rollback(before);
            convert(em, node)
        }
        None => convert(em, node),
    }
}

/// `node` converted on the NHWC forms of its operands, or `None` when it
/// should stay NCHW: no input has an NHWC form, or an operand has no
/// rearrangement (rank above 4, a vector, an integer tensor, a computed
/// tensor of lower rank that is not a scalar).
fn channels_last(em: &mut Emitter, node: &NodeProto, convert: Convert) -> Option<NodeResult<()>> {
    if !em.channels_last() || !node.input.iter().any(|i| em.nhwc.contains_key(i)) {
        return None;
    }
    let outputs: Vec<&String> = node.output.iter().filter(|o| !o.is_empty()).collect();
    let [out] = outputs.as_slice() else { return None };
    let derived = |em: &Emitter, name: &str| {
        let d = format!("{name}.nhwc");
        (!em.graph_names.contains(&d) && (!em.values.contains_key(&d) || em.derived.contains(&d)))
            .then_some(d)
    };
    // Plan first, so that an op that stays NCHW for its operands emits
    // nothing here.
    enum Operand {
        Same,
        Nhwc,
        Const(Vec<u64>, Vec<f32>),
    }
    let mut plan = Vec::new();
    for name in &node.input {
        let operand = match em.values.get(name) {
            _ if name.is_empty() => Operand::Same,
            _ if em.nhwc.contains_key(name) => Operand::Nhwc,
            Some(Value::Const { shape, .. }) if numel(shape) == 1 && shape.len() <= 4 => {
                Operand::Same
            }
            // A vector constant stays NCHW: PRelu reads a rank-1 slope as
            // per channel, which no rearrangement of it expresses.
            Some(Value::Const { shape, .. }) if shape.len() == 1 => return None,
            Some(Value::Const { shape, data: ConstData::F32(d) }) if shape.len() <= 4 => {
                let mut s4 = vec![1; 4 - shape.len()];
                s4.extend(shape);
                let s4 = [s4[0], s4[1], s4[2], s4[3]];
                Operand::Const(vec![s4[0], s4[2], s4[3], s4[1]], nchw_to_nhwc(s4, d))
            }
            Some(Value::Ssa(v)) if v.shape.len() == 4 => Operand::Nhwc,
            Some(Value::Ssa(v)) if numel(&v.shape) == 1 && v.shape.len() <= 4 => Operand::Same,
            _ => return None,
        };
        plan.push(operand);
    }
    let mut renamed = node.clone();
    for (name, operand) in renamed.input.iter_mut().zip(plan) {
        let value = match operand {
            Operand::Same => continue,
            Operand::Nhwc => match em.nhwc_of(name) {
                Ok(v) => Value::Ssa(v),
                Err(e) => return Some(Err(e)),
            },
            Operand::Const(shape, data) => Value::Const { shape, data: ConstData::F32(data) },
        };
        let d = derived(em, name)?;
        em.values.insert(d.clone(), value);
        em.derived.insert(d.clone());
        *name = d;
    }
    let out_d = derived(em, out)?;
    em.derived.insert(out_d.clone());
    for o in renamed.output.iter_mut().filter(|o| !o.is_empty()) {
        *o = out_d.clone();
    }
    if let Err(e) = convert(em, &renamed) {
        return Some(Err(e));
    }
    match em.values.get(&out_d) {
        Some(Value::Ssa(v)) if v.shape.len() == 4 => {
            let v = v.clone();
            em.define_nhwc(out, v);
            Some(Ok(()))
        }
        _ => Some(Err(format!("the channels-last form of `{out}` is not a 4-D tensor"))),
    }
}
