//! The operators: one module per group of ONNX op types, each function
//! converting one node into statements and defining its outputs.

mod conv;
mod elementwise;
mod layout;
mod matmul;
mod pool;
mod reduce;
mod shape;
mod softmax;

pub(super) use conv::{batch_norm, conv};
pub(super) use elementwise::{
    binary, cast, clip, expand, math, pow, prelu, relu, sigmoid, tanh, where_,
};
pub(super) use layout::layout_free;
pub(super) use matmul::{gemm, matmul};
pub(super) use pool::{global_average_pool, pool, resize};
pub(super) use reduce::{global_max_pool, layer_norm, lrn, reduce_node};
pub(super) use shape::{
    concat, concat_shape, flatten, gather, pad, reshape, reshape_target, slice, split, squeeze,
    transpose,
};
pub(super) use softmax::softmax;
