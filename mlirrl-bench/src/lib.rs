//! `mlirrl-bench`: benchmark suites, datasets, baselines and reports.
//!
//! - [`generate`](mod@generate): trait [`BenchmarkGenerator`] and seeded generators per op
//!   family (matmul, batch matmul, convolutions in NCHW and NHWC with strides,
//!   kernels and dilations, depthwise, max and sum pooling, elementwise add,
//!   mul and ReLU of rank 1 to 4, and fusion blocks);
//! - [`suites`]: layer suites of ResNet-18, VGG-16 and MobileNetV2 from their
//!   published shapes;
//! - [`dataset`]: datasets on disk (`.mlir` files plus `manifest.json` with
//!   baselines, machine fingerprint and a seeded split stratified by family);
//! - [`baselines`]: the heuristic schedule, random search and a library GEMM;
//! - [`ort`]: ONNX Runtime as the per-op reference of reports;
//! - [`tune`]: measured evolutionary search over the action space (`mlirrl tune`);
//! - [`report`]: evaluation of a suite into `report.md`, `report.csv` and
//!   PNG plots ([`plot`]), with failures counted, never dropped.

#![warn(missing_docs)]

pub mod baselines;
pub mod dataset;
pub mod generate;
pub mod ort;
pub mod plot;
pub mod report;
pub mod suites;
pub mod tune;

pub use dataset::{
    Entry, Manifest, Split, SuiteItem, load_suite, write_dataset, write_dataset_with_splits,
};
pub use generate::{
    BenchmarkGenerator, Budget, Generated, Generators, all_generators, generate, generate_with,
};
pub use report::{EvalOptions, Outcome, Report, Row, evaluate};

/// The code blocks of the crate's README, compiled and run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
