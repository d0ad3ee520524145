//! Reading ONNX protobuf values: tensors known at import time, node
//! attributes, and a node's inputs and outputs.

use super::{NodeResult, Val};
use crate::onnx;
use onnx::{NodeProto, TensorProto};

#[derive(Clone, Debug)]
pub(super) enum Value {
    /// A tensor computed at run time (or a model input).
    Ssa(Val),
    /// A tensor known at import time.
    Const { shape: Vec<u64>, data: ConstData },
}

#[derive(Clone, Debug)]
pub(super) enum ConstData {
    F32(Vec<f32>),
    I64(Vec<i64>),
}

impl Value {
    pub(super) fn shape(&self) -> &[u64] {
        match self {
            Value::Ssa(v) => &v.shape,
            Value::Const { shape, .. } => shape,
        }
    }
}

/// Largest size of one dimension the importer accepts.
pub(super) const MAX_DIM: i64 = 1 << 31;

/// Largest element count of one tensor the importer accepts (4 GiB of f32).
const MAX_ELEMENTS: i64 = 1 << 30;

/// The element count of `dims`, checked: no negative sizes, no overflow, at
/// most [`MAX_ELEMENTS`].
fn element_count(name: &str, dims: &[i64]) -> Result<i64, String> {
    let mut n: i64 = 1;
    for &d in dims {
        if d < 0 {
            return Err(format!("tensor `{name}` has a negative dimension ({dims:?})"));
        }
        n = n.checked_mul(d).filter(|&n| n <= MAX_ELEMENTS).ok_or_else(|| {
            format!("tensor `{name}` of shape {dims:?} has more than {MAX_ELEMENTS} elements")
        })?;
    }
    Ok(n)
}

pub(super) fn tensor_data(t: &TensorProto) -> Result<ConstData, String> {
    use onnx::tensor_proto::DataType;
    let n: i64 = element_count(&t.name, &t.dims)?;
    let raw = |size: usize| -> Result<(), String> {
        if t.raw_data.len() != n as usize * size {
            return Err(format!(
                "tensor `{}` has {} raw bytes for {n} elements",
                t.name,
                t.raw_data.len()
            ));
        }
        Ok(())
    };
    if t.data_location == onnx::tensor_proto::DataLocation::External as i32 {
        return Err(format!("tensor `{}` keeps its data in an external file", t.name));
    }
    let data = match DataType::try_from(t.data_type) {
        Ok(DataType::Float) => {
            if t.raw_data.is_empty() {
                ConstData::F32(t.float_data.clone())
            } else {
                raw(4)?;
                ConstData::F32(
                    t.raw_data
                        .chunks_exact(4)
                        .map(|c| f32::from_le_bytes([c[0], c[1], c[2], c[3]]))
                        .collect(),
                )
            }
        }
        Ok(DataType::Int64) => {
            if t.raw_data.is_empty() {
                ConstData::I64(t.int64_data.clone())
            } else {
                raw(8)?;
                ConstData::I64(
                    t.raw_data
                        .chunks_exact(8)
                        .map(|c| i64::from_le_bytes(c.try_into().unwrap_or([0; 8])))
                        .collect(),
                )
            }
        }
        Ok(DataType::Int32) => {
            if t.raw_data.is_empty() {
                ConstData::I64(t.int32_data.iter().map(|&x| x as i64).collect())
            } else {
                raw(4)?;
                ConstData::I64(
                    t.raw_data
                        .chunks_exact(4)
                        .map(|c| i32::from_le_bytes([c[0], c[1], c[2], c[3]]) as i64)
                        .collect(),
                )
            }
        }
        _ => {
            return Err(format!(
                "tensor `{}` has element type {} (only float32 and integer shapes are supported)",
                t.name,
                DataType::try_from(t.data_type).map_or("unknown".into(), |d| format!("{d:?}"))
            ));
        }
    };
    let len = match &data {
        ConstData::F32(v) => v.len(),
        ConstData::I64(v) => v.len(),
    };
    if len as i64 != n {
        return Err(format!("tensor `{}` has {len} values for shape {:?}", t.name, t.dims));
    }
    Ok(data)
}

pub(super) fn attr<'a>(node: &'a NodeProto, name: &str) -> Option<&'a onnx::AttributeProto> {
    node.attribute.iter().find(|a| a.name == name)
}
pub(super) fn attr_i(node: &NodeProto, name: &str, default: i64) -> i64 {
    attr(node, name).map_or(default, |a| a.i)
}
pub(super) fn attr_f(node: &NodeProto, name: &str, default: f32) -> f32 {
    attr(node, name).map_or(default, |a| a.f)
}
pub(super) fn attr_ints(node: &NodeProto, name: &str) -> Option<Vec<i64>> {
    attr(node, name).map(|a| a.ints.clone())
}
pub(super) fn attr_s(node: &NodeProto, name: &str) -> Option<String> {
    attr(node, name).map(|a| String::from_utf8_lossy(&a.s).to_string())
}

/// Display name of a node.
pub(super) fn node_name(node: &NodeProto, index: usize) -> String {
    if node.name.is_empty() { format!("#{index}") } else { node.name.clone() }
}

pub(super) fn input(node: &NodeProto, i: usize) -> Option<&str> {
    node.input.get(i).map(String::as_str).filter(|s| !s.is_empty())
}

pub(super) fn need(node: &NodeProto, i: usize) -> NodeResult<&str> {
    input(node, i).ok_or_else(|| format!("input {i} is missing"))
}

pub(super) fn out0(node: &NodeProto) -> NodeResult<&str> {
    node.output.first().map(String::as_str).ok_or_else(|| "the node has no output".to_string())
}

pub(super) fn pair(node: &NodeProto, name: &str, default: u64) -> NodeResult<[u64; 2]> {
    match attr_ints(node, name) {
        None => Ok([default; 2]),
        Some(v) if v.len() == 2 && v.iter().all(|&x| x > 0) => Ok([v[0] as u64, v[1] as u64]),
        Some(v) => Err(format!("{name} {v:?}: two positive values expected (2-D only)")),
    }
}
