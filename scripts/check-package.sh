#!/usr/bin/env bash
# Packaging check, run by .ci/run: every crate of the workspace packages
# (`cargo package --workspace`), the crates that do not link MLIR have no
# MLIR in their dependency tree, and a throwaway crate outside the
# repository, built against the unpacked `.crate` files the way a user's
# project would depend on them, measures a matmul and runs a PPO iteration.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"
say() { printf 'check-package: %s\n' "$*"; }

# 1. The MLIR-free crates stay MLIR-free.
for crate in mlirrl-util mlirrl-ppo mlirrl-models mlirrl-onnx; do
  if cargo tree -q -p "$crate" -e normal,build --prefix none | grep -Eq '^(mlir-sys|melior|mlirrl-ir|mlirrl-env) '; then
    say "error: $crate depends on MLIR:"; cargo tree -p "$crate" -e normal,build -i mlir-sys || true
    exit 1
  fi
done
say "mlirrl-util, mlirrl-ppo, mlirrl-models and mlirrl-onnx build without LLVM"

# 2. Package every crate. Verification builds each package from its own
#    contents; the out-of-tree build below then uses them as a user would.
cargo package --workspace --allow-dirty --no-verify -q
say "packaged: $(cd target/package && ls ./*.crate | tr '\n' ' ')"

# 3. A crate outside the workspace that depends on the packaged crates.
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/crates" "$work/user/src"
for f in target/package/*.crate; do tar -xzf "$f" -C "$work/crates"; done
cp scripts/out-of-tree/src/main.rs "$work/user/src/main.rs"
{
  cat scripts/out-of-tree/Cargo.toml.in
  for d in "$work"/crates/*/; do
    name="$(basename "$d")"; name="${name%-*}"
    printf '%s = { path = "%s" }\n' "$name" "${d%/}"
  done
} > "$work/user/Cargo.toml"
# As the README's "Use as a library" says: the LLVM prefix through the
# environment (a dependent project does not see this repository's
# .cargo/config.toml).
prefix="${MLIR_SYS_220_PREFIX:-/usr/lib/llvm-22}"
(
  cd "$work/user"
  cp "$root/Cargo.lock" Cargo.lock
  MLIR_SYS_220_PREFIX="$prefix" TABLEGEN_220_PREFIX="${TABLEGEN_220_PREFIX:-$prefix}" \
    CARGO_TARGET_DIR="$root/target" cargo run -q
)
say "the out-of-tree crate measured a matmul and ran a PPO iteration"
