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
    let ints = |size: usize, f: &dyn Fn(&[u8]) -> i64| -> Result<ConstData, String> {
        raw(size)?;
        Ok(ConstData::I64(t.raw_data.chunks_exact(size).map(f).collect()))
    };
    let halves = |f: fn(u16) -> f32| -> Result<ConstData, String> {
        if t.raw_data.is_empty() {
            // Stored one per int32 value, in its low 16 bits.
            Ok(ConstData::F32(t.int32_data.iter().map(|&x| f(x as u16)).collect()))
        } else {
            raw(2)?;
            Ok(ConstData::F32(
                t.raw_data.chunks_exact(2).map(|c| f(u16::from_le_bytes([c[0], c[1]]))).collect(),
            ))
        }
    };
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
        Ok(DataType::Float16) => halves(f16_to_f32)?,
        Ok(DataType::Bfloat16) => halves(|h| f32::from_bits((h as u32) << 16))?,
        Ok(DataType::Double) => {
            if t.raw_data.is_empty() {
                ConstData::F32(t.double_data.iter().map(|&x| x as f32).collect())
            } else {
                raw(8)?;
                ConstData::F32(
                    t.raw_data
                        .chunks_exact(8)
                        .map(|c| f64::from_le_bytes(c.try_into().unwrap_or([0; 8])) as f32)
                        .collect(),
                )
            }
        }
        Ok(DataType::Int64) => {
            if t.raw_data.is_empty() {
                ConstData::I64(t.int64_data.clone())
            } else {
                ints(8, &|c| i64::from_le_bytes(c.try_into().unwrap_or([0; 8])))?
            }
        }
        Ok(DataType::Uint64) => {
            if t.raw_data.is_empty() {
                ConstData::I64(
                    t.uint64_data.iter().map(|&x| x.min(i64::MAX as u64) as i64).collect(),
                )
            } else {
                ints(8, &|c| {
                    u64::from_le_bytes(c.try_into().unwrap_or([0; 8])).min(i64::MAX as u64) as i64
                })?
            }
        }
        Ok(
            d @ (DataType::Int32
            | DataType::Int16
            | DataType::Int8
            | DataType::Uint32
            | DataType::Uint16
            | DataType::Uint8
            | DataType::Bool),
        ) => {
            if t.raw_data.is_empty() {
                // Every type narrower than 64 bits but uint32 is stored in
                // int32_data; uint32 in uint64_data.
                if d == DataType::Uint32 {
                    ConstData::I64(t.uint64_data.iter().map(|&x| x as i64).collect())
                } else {
                    ConstData::I64(t.int32_data.iter().map(|&x| x as i64).collect())
                }
            } else {
                match d {
                    DataType::Int32 => {
                        ints(4, &|c| i32::from_le_bytes([c[0], c[1], c[2], c[3]]) as i64)?
                    }
                    DataType::Uint32 => {
                        ints(4, &|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]) as i64)?
                    }
                    DataType::Int16 => ints(2, &|c| i16::from_le_bytes([c[0], c[1]]) as i64)?,
                    DataType::Uint16 => ints(2, &|c| u16::from_le_bytes([c[0], c[1]]) as i64)?,
                    DataType::Int8 => ints(1, &|c| c[0] as i8 as i64)?,
                    _ => ints(1, &|c| c[0] as i64)?,
                }
            }
        }
        _ => {
            return Err(format!(
                "tensor `{}` has element type {} (float, double, float16, bfloat16, integer and bool tensors are supported)",
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

/// IEEE half precision to single precision (exact: every f16 is an f32).
pub(crate) fn f16_to_f32(h: u16) -> f32 {
    let sign = ((h >> 15) as u32) << 31;
    let exp = ((h >> 10) & 0x1f) as u32;
    let frac = (h & 0x3ff) as u32;
    let bits = match (exp, frac) {
        (0, 0) => sign,
        (0, f) => {
            // Subnormal: value f * 2^-24, normalised for f32.
            let shift = f.leading_zeros() - 21; // places to the hidden bit
            let f = (f << shift) & 0x3ff;
            sign | ((127 - 15 + 1 - shift) << 23) | (f << 13)
        }
        (0x1f, f) => sign | 0x7f80_0000 | (f << 13),
        (e, f) => sign | ((e + 127 - 15) << 23) | (f << 13),
    };
    f32::from_bits(bits)
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
