//! Finds LLVM/MLIR 22 with the same rules the library uses at run time
//! (`src/llvm_locate.rs`) and records the prefix and version it found, so a
//! missing LLVM is one clear error naming every place that was tried.

#[allow(dead_code)]
#[path = "src/llvm_locate.rs"]
mod llvm_locate;

use llvm_locate::{DEBIAN_DEFAULT, PREFIX_VAR, SearchInputs, locate};
use std::path::Path;

fn main() {
    println!("cargo:rerun-if-changed=src/llvm_locate.rs");
    println!("cargo:rerun-if-env-changed={PREFIX_VAR}");
    let prefix_var = std::env::var_os(PREFIX_VAR);
    let path_var = std::env::var_os("PATH");
    let inputs = SearchInputs {
        prefix_var: prefix_var.as_deref(),
        path_var: path_var.as_deref(),
        default_prefix: Path::new(DEBIAN_DEFAULT),
    };
    match locate(&inputs) {
        Ok(found) => {
            println!("cargo:rustc-env=MLIRRL_LLVM_BUILD_PREFIX={}", found.prefix.display());
            println!("cargo:rustc-env=MLIRRL_LLVM_BUILD_VERSION={}", found.version);
        }
        Err(not_found) => {
            eprintln!("error: {not_found}");
            std::process::exit(1);
        }
    }
}
