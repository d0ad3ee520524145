#!/bin/bash
# usage: run.sh payload.mlir out_prefix [script.mlir ...]
# Applies each script in its own --transform-interpreter run (as mlirrl applies one
# script per action), lowers with mlirrl's CPU pipeline (mlirrl-env/src/exec.rs,
# without OpenMP), JIT-runs @main with mlir-runner and prints its output.
# FINALIZE_TWICE=1 adds finalize-memref-to-llvm after convert-vector-to-llvm (needed when
# out-of-bounds 1-D transfers reach convert-vector-to-llvm: it creates memref.dim ops).
B=/usr/lib/llvm-22/bin
V="convert-vector-to-llvm"
[ -n "$FINALIZE_TWICE" ] && V="convert-vector-to-llvm,finalize-memref-to-llvm"
P="builtin.module(canonicalize,cse,one-shot-bufferize{bufferize-function-boundaries function-boundary-type-conversion=identity-layout-map},buffer-deallocation-pipeline,convert-bufferization-to-memref,convert-linalg-to-loops,convert-vector-to-scf{full-unroll=true},expand-strided-metadata,lower-affine,finalize-memref-to-llvm,convert-scf-to-cf,$V,convert-math-to-llvm,convert-arith-to-llvm,convert-index-to-llvm,convert-func-to-llvm,convert-cf-to-llvm,convert-ub-to-llvm,reconcile-unrealized-casts)"
set -e
in=$1; out=$2; shift 2
cp "$in" "$out.0.mlir"
cur=$out.0.mlir; n=0
for s in "$@"; do n=$((n+1)); $B/mlir-opt "$cur" --transform-preload-library=transform-library-paths="$s" --transform-interpreter -o "$out.$n.mlir"; cur=$out.$n.mlir; done
$B/mlir-opt "$cur" --pass-pipeline="$P" -o "$out.ll.mlir"
$B/mlir-runner "$out.ll.mlir" -e main -entry-point-result=void -O3 -shared-libs=$B/../lib/libmlir_c_runner_utils.so,$B/../lib/libmlir_runner_utils.so
