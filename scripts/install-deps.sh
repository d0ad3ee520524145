#!/usr/bin/env bash
# Installs what mlirrl needs to build and run: LLVM/MLIR 22 and the system
# libraries its static link asks for, from Debian/Ubuntu packages.
# Idempotent: packages already present are left alone. Works as root or
# through sudo.
set -euo pipefail

PACKAGES=(
  llvm-22-dev libmlir-22-dev mlir-22-tools libpolly-22-dev libclang-22-dev libomp-22-dev
  libzstd-dev libz3-dev libxml2-dev zlib1g-dev
  pkg-config build-essential nats-server protobuf-compiler
)

say() { printf 'install-deps: %s\n' "$*"; }
die() { printf 'install-deps: error: %s\n' "$*" >&2; exit 1; }

[[ "$(uname -s)" == Linux ]] || die "only Linux (Debian or Ubuntu) is supported; found $(uname -s)"
command -v apt-get >/dev/null 2>&1 || die "apt-get not found: this script supports Debian and Ubuntu only"
if [[ -r /etc/os-release ]]; then
  # shellcheck disable=SC1091
  . /etc/os-release
  case " ${ID:-} ${ID_LIKE:-} " in
    *" debian "*|*" ubuntu "*) ;;
    *) die "unsupported distribution '${PRETTY_NAME:-unknown}': Debian or Ubuntu needed" ;;
  esac
fi

if [[ $(id -u) -eq 0 ]]; then
  SUDO=()
elif command -v sudo >/dev/null 2>&1; then
  SUDO=(sudo)
else
  die "run as root or install sudo"
fi

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if ((${#missing[@]} == 0)); then
  say "all packages already installed"
else
  say "installing: ${missing[*]}"
  "${SUDO[@]}" apt-get update -q
  # Read the policy into a variable first: `grep -q` closing the pipe early
  # would make apt-cache die of SIGPIPE, which pipefail reports as failure.
  policy="$(apt-cache policy libmlir-22-dev 2>/dev/null || true)"
  if [[ "$policy" != *"Candidate: "[0-9]* ]]; then
    die "libmlir-22-dev is not available from the configured apt sources; mlirrl needs LLVM/MLIR 22 packages (Debian 12 has them in bookworm-security/bookworm-backports; on Ubuntu add the LLVM apt repository for version 22)"
  fi
  "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

[[ -x /usr/lib/llvm-22/bin/mlir-opt ]] || die "/usr/lib/llvm-22/bin/mlir-opt missing after install"
[[ -f /usr/lib/llvm-22/lib/libMLIR.so || -f /usr/lib/llvm-22/lib/libMLIRIR.a ]] || die "MLIR libraries missing under /usr/lib/llvm-22/lib"
say "LLVM/MLIR $(/usr/lib/llvm-22/bin/llvm-config --version) ready under /usr/lib/llvm-22"
if ! command -v cargo >/dev/null 2>&1; then
  say "note: cargo not found; install Rust (rustup) to build mlirrl"
fi
