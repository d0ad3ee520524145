//! ONNX models in, linalg on static-shape tensors out.
//!
//! [`import`] turns an ONNX graph (opsets 7 to 21, each read with its own
//! semantics) of the common inference ops into one MLIR module whose entry
//! `@main` takes the model's inputs followed by its weights as function
//! arguments, and returns the model's outputs. Nodes whose inputs are known
//! at import time (shape arithmetic, masks, transposed weights) are folded.
//! The import also keeps, for every linalg op, the ONNX node it came from,
//! so the whole network can be cut into per-op and per-block benchmark files
//! ([`Network::op_files`], [`Network::block_files`]) that train and evaluate
//! like any other suite. What it cannot convert is summarised by
//! [`Network::skip_report`].
//!
//! ```no_run
//! let model = mlirrl_onnx::read_model(std::path::Path::new("resnet18.onnx")).unwrap();
//! let net = mlirrl_onnx::import(&model, &mlirrl_onnx::ImportOptions::default()).unwrap();
//! println!("{} linalg ops, {} weights", net.num_linalg_ops(), net.weights.len());
//! std::fs::write("resnet18.mlir", &net.module).unwrap();
//! ```
//!
//! Supported: Conv, Gemm, MatMul (batched, broadcast), BatchNormalization,
//! LRN, MaxPool, AveragePool, GlobalAveragePool, GlobalMaxPool, Resize and
//! Upsample (nearest, integer factors), the common activations (Relu, Clip,
//! Sigmoid, Tanh, Erf, Gelu, LeakyRelu, PRelu, Elu, HardSigmoid, HardSwish,
//! Softplus), elementwise math and broadcasting arithmetic (Add, Sub, Mul,
//! Div, Pow, Sqrt, Exp, Log, Neg, Abs, Reciprocal, Floor, Ceil, Sum, Mean,
//! Max, Min, Where, Expand), Softmax, LogSoftmax, LayerNormalization, the
//! Reduce ops, and the shape ops (Flatten, Reshape, Transpose, Squeeze,
//! Unsqueeze, Split, Slice, Pad, Concat, Cast, Identity, Dropout, Constant).
//! Computation is f32; f16, bf16 and f64 weights are converted.

#![warn(missing_docs)]

mod blocks;
pub mod builder;
mod import;
pub mod reference;

pub use blocks::{BenchFile, Block};
pub use candle_onnx::onnx;
pub use import::{
    ImportOptions, Layout, Network, OPSETS, SkipGroup, SkipReport, Skipped, Stmt, TensorInfo, Val,
    Weight, import,
};

use std::path::{Path, PathBuf};

/// Errors of reading and importing ONNX models.
#[derive(Debug, thiserror::Error)]
pub enum OnnxError {
    /// The file could not be read.
    #[error("{path}: cannot read: {reason}")]
    Read {
        /// The file.
        path: PathBuf,
        /// Why.
        reason: String,
    },
    /// The bytes are not an ONNX model.
    #[error("{path}: not an ONNX model: {reason}")]
    Decode {
        /// The file.
        path: PathBuf,
        /// Why.
        reason: String,
    },
    /// The model is outside what the importer handles (no graph, old opset,
    /// dynamic shapes, non-f32 inputs, ...).
    #[error("{0}")]
    Unsupported(String),
    /// One node could not be converted.
    #[error("node `{node}` ({op_type}): {reason}")]
    Node {
        /// Node name (or `#index` when unnamed).
        node: String,
        /// ONNX op type.
        op_type: String,
        /// Why.
        reason: String,
    },
    /// Nothing of the graph could be converted.
    #[error("no output of the model could be converted: {0}")]
    NothingConverted(String),
}

/// Reads an ONNX model file.
pub fn read_model(path: &Path) -> Result<onnx::ModelProto, OnnxError> {
    let bytes = std::fs::read(path)
        .map_err(|e| OnnxError::Read { path: path.into(), reason: e.to_string() })?;
    decode_model(&bytes)
        .map_err(|reason| OnnxError::Decode { path: path.into(), reason: reason.to_string() })
}

/// Decodes an ONNX model from its protobuf bytes.
pub fn decode_model(bytes: &[u8]) -> Result<onnx::ModelProto, String> {
    use prost::Message;
    let model = onnx::ModelProto::decode(bytes).map_err(|e| e.to_string())?;
    if model.graph.is_none() {
        return Err("the protobuf holds no graph".into());
    }
    Ok(model)
}

/// Encodes an ONNX model to protobuf bytes.
pub fn encode_model(model: &onnx::ModelProto) -> Vec<u8> {
    use prost::Message;
    model.encode_to_vec()
}

/// The code blocks of the crate's README, compiled and run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
