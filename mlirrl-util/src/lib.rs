//! `mlirrl-util`: the small pieces every mlirrl crate shares (op tags,
//! atomic writes, content hashes, geometric means, the seeded generator), free of LLVM and
//! candle so that every crate, MLIR-free ones included, can use them.

#![warn(missing_docs)]

pub mod fs;
pub mod hash;
pub mod rng;
pub mod stats;
pub mod tags;

/// The code blocks of the crate's README, compiled and run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
