//! Where LLVM/MLIR 22 lives, found rather than assumed.
//!
//! At build time (`build.rs`) and at run time the same rules apply:
//! `MLIR_SYS_220_PREFIX` when set, else `llvm-config-22` or `llvm-config` on
//! `PATH`, else Debian's `/usr/lib/llvm-22`. At run time the prefix the crate
//! was built against comes right after the environment variable, so a binary
//! finds the OpenMP runtime and MLIR's runner utilities of the LLVM it was
//! linked with. When nothing is found the error names every place tried.
//!
//! ```no_run
//! let omp = mlirrl_ir::llvm::library("libomp.so").unwrap();
//! assert!(omp.ends_with("lib/libomp.so"));
//! ```

#[path = "llvm_locate.rs"]
mod locate_rules;

pub use locate_rules::{
    DEBIAN_DEFAULT, LLVM_MAJOR, Located, NotFound, PREFIX_VAR, SearchInputs, locate,
};
use std::{
    path::{Path, PathBuf},
    sync::OnceLock,
};

/// The prefix of the LLVM this crate was built against.
pub const BUILD_PREFIX: &str = env!("MLIRRL_LLVM_BUILD_PREFIX");

/// The full version of the LLVM/MLIR this crate was built (and statically
/// linked) against, e.g. `22.1.8`. Cache keys use it.
pub const BUILD_VERSION: &str = env!("MLIRRL_LLVM_BUILD_VERSION");

/// The installation used at run time (looked up once per process).
pub fn installation() -> Result<&'static Located, NotFound> {
    static FOUND: OnceLock<Result<Located, NotFound>> = OnceLock::new();
    FOUND
        .get_or_init(|| {
            let prefix_var = std::env::var_os(PREFIX_VAR);
            let path_var = std::env::var_os("PATH");
            let at_build = Path::new(BUILD_PREFIX);
            if prefix_var.as_ref().is_none_or(|v| v.is_empty()) {
                // The LLVM the binary was linked with, if it is still there.
                let inputs = SearchInputs {
                    prefix_var: Some(at_build.as_os_str()),
                    path_var: None,
                    default_prefix: at_build,
                };
                if let Ok(mut found) = locate(&inputs) {
                    found.found_by = "the prefix mlirrl was built against".into();
                    return Ok(found);
                }
            }
            locate(&SearchInputs {
                prefix_var: prefix_var.as_deref(),
                path_var: path_var.as_deref(),
                default_prefix: Path::new(DEBIAN_DEFAULT),
            })
        })
        .as_ref()
        .map_err(Clone::clone)
}

/// A file under the installation's `lib/`, e.g. `libomp.so`; an error when
/// LLVM is not found or the file is missing.
pub fn library(name: &str) -> Result<PathBuf, NotFound> {
    file_under("lib", name)
}

/// A program under the installation's `bin/`, e.g. `mlir-opt`.
pub fn tool(name: &str) -> Result<PathBuf, NotFound> {
    file_under("bin", name)
}

fn file_under(dir: &str, name: &str) -> Result<PathBuf, NotFound> {
    let found = installation()?;
    let path = found.prefix.join(dir).join(name);
    if path.is_file() {
        return Ok(path);
    }
    Err(NotFound {
        tried: vec![format!(
            "{} (found by {}) has no {dir}/{name}",
            found.prefix.display(),
            found.found_by
        )],
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::ffi::OsStr;

    #[test]
    fn unfindable_llvm_names_every_place_tried() {
        let dir = std::env::temp_dir().join(format!("mlirrl-no-llvm-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let empty_path = dir.as_os_str();
        let nowhere = dir.join("llvm-22");
        let err = locate(&SearchInputs {
            prefix_var: None,
            path_var: Some(empty_path),
            default_prefix: &nowhere,
        })
        .unwrap_err();
        let text = err.to_string();
        assert_eq!(err.tried.len(), 4, "{text}");
        assert!(text.contains("MLIR_SYS_220_PREFIX: not set"), "{text}");
        assert!(text.contains("llvm-config-22 on PATH: not found"), "{text}");
        assert!(text.contains("llvm-config on PATH: not found"), "{text}");
        assert!(text.contains(&format!("{}: ", nowhere.display())), "{text}");
        assert!(text.contains("scripts/install-deps.sh"), "{text}");
    }

    #[test]
    fn a_wrong_prefix_variable_is_an_error_not_a_fallback() {
        let err = locate(&SearchInputs {
            prefix_var: Some(OsStr::new("/nonexistent/llvm")),
            path_var: None,
            default_prefix: Path::new(BUILD_PREFIX),
        })
        .unwrap_err();
        assert_eq!(err.tried.len(), 1);
        assert!(err.to_string().contains("MLIR_SYS_220_PREFIX=/nonexistent/llvm"), "{err}");
    }

    #[test]
    fn an_llvm_config_of_another_version_is_refused() {
        let dir = std::env::temp_dir().join(format!("mlirrl-fake-llvm-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let fake = dir.join("llvm-config");
        std::fs::write(&fake, "#!/bin/sh\necho 14.0.6\n").unwrap();
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(&fake, std::fs::Permissions::from_mode(0o755)).unwrap();
        }
        let err = locate(&SearchInputs {
            prefix_var: None,
            path_var: Some(dir.as_os_str()),
            default_prefix: &dir.join("none"),
        })
        .unwrap_err();
        assert!(err.to_string().contains("is version 14.0.6, not 22"), "{err}");
    }

    #[test]
    fn the_build_prefix_is_found_by_every_rule() {
        // The installation the crate was built against passes the same checks.
        let found = locate(&SearchInputs {
            prefix_var: None,
            path_var: None,
            default_prefix: Path::new(BUILD_PREFIX),
        })
        .unwrap();
        assert_eq!(found.version, BUILD_VERSION);
        assert!(library("libomp.so").unwrap().is_file());
        assert!(tool("mlir-opt").unwrap().is_file());
    }
}
