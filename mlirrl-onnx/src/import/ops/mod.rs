//! The operators: one module per group of ONNX op types, each function
//! converting one node into statements and defining its outputs.

mod conv;
mod elementwise;
mod matmul;
mod pool;
mod shape;
mod softmax;

pub(super) use conv::{batch_norm, conv};
pub(super) use elementwise::{binary, clip, relu, sigmoid, tanh};
pub(super) use matmul::{gemm, matmul};
pub(super) use pool::{global_average_pool, pool};
pub(super) use shape::{concat, flatten, reshape, transpose};
pub(super) use softmax::softmax;
