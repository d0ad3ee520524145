//! `mlirrl-bench`: benchmark suites, datasets, baselines and reports.
//!
//! Purpose: everything needed to train and evaluate on real workloads. It will
//! own
//! - trait `BenchmarkGenerator`: seeded generators per op family and layer
//!   suites from well-known networks;
//! - `Suite`: datasets on disk (MLIR files plus a manifest with baselines and
//!   a stratified split);
//! - baselines (untransformed, heuristic schedule, random search, a library
//!   GEMM) and `Report`: tables, CSV and plots.
//!
//! Nothing is implemented here yet; see the project's issue tracker.
