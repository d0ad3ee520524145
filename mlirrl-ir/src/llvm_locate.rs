// Finding LLVM/MLIR 22: shared word for word by `build.rs` (which records
// the prefix and version the crate is built against) and by the library at
// run time (`mlirrl_ir::llvm`), so both look in the same places in the same
// order. It uses only `std`, because a build script cannot use the crate.

use std::{
    ffi::OsStr,
    fmt,
    path::{Path, PathBuf},
    process::Command,
};

/// The LLVM major version mlirrl is written against (melior 0.27, mlir-sys 220).
pub const LLVM_MAJOR: u32 = 22;

/// The environment variable that names the LLVM prefix (the one mlir-sys reads).
pub const PREFIX_VAR: &str = "MLIR_SYS_220_PREFIX";

/// Where Debian's and Ubuntu's `llvm-22` packages install LLVM.
pub const DEBIAN_DEFAULT: &str = "/usr/lib/llvm-22";

/// An LLVM/MLIR installation that was found, and how.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Located {
    /// The installation prefix (holds `bin/llvm-config` and `lib/`).
    pub prefix: PathBuf,
    /// The full version `llvm-config --version` printed, e.g. `22.1.8`.
    pub version: String,
    /// Which rule found it, e.g. `MLIR_SYS_220_PREFIX` or `llvm-config-22 on PATH`.
    pub found_by: String,
}

/// No usable LLVM/MLIR 22 was found; `tried` lists every place looked at
/// and why it was not taken.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NotFound {
    /// One entry per candidate, in the order they were tried.
    pub tried: Vec<String>,
}

impl fmt::Display for NotFound {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "LLVM/MLIR {LLVM_MAJOR} not found; tried: {}. ", self.tried.join("; "))?;
        write!(
            f,
            "Install it with scripts/install-deps.sh (Debian/Ubuntu) or set {PREFIX_VAR} to the \
             prefix of an LLVM {LLVM_MAJOR} build with MLIR"
        )
    }
}

impl std::error::Error for NotFound {}

/// What the search looks at: the value of [`PREFIX_VAR`], the `PATH`
/// variable and the Debian default prefix. Tests pass their own.
#[derive(Debug, Clone)]
pub struct SearchInputs<'a> {
    /// The value of `MLIR_SYS_220_PREFIX`, if set (an empty value counts as unset).
    pub prefix_var: Option<&'a OsStr>,
    /// The value of `PATH`, if set.
    pub path_var: Option<&'a OsStr>,
    /// The last resort, normally [`DEBIAN_DEFAULT`].
    pub default_prefix: &'a Path,
}

/// Runs `llvm-config --version` and `--prefix`; `Ok((version, prefix))` for
/// an LLVM of the right major version.
fn query(llvm_config: &Path) -> Result<(String, PathBuf), String> {
    let run = |arg: &str| -> Result<String, String> {
        // A program written a moment ago can be briefly "busy" (ETXTBSY)
        // while another thread of this process forks with the file still
        // open for writing in the child; such a start is retried (up to 20
        // times, about 2 s in all).
        let mut attempt = 0;
        let out = loop {
            match Command::new(llvm_config).arg(arg).output() {
                Err(e) if e.kind() == std::io::ErrorKind::ExecutableFileBusy && attempt < 20 => {
                    attempt += 1;
                    std::thread::sleep(std::time::Duration::from_millis(10 * attempt));
                }
                other => {
                    break other.map_err(|e| {
                        format!("{} could not be run ({e})", llvm_config.display())
                    })?;
                }
            }
        };
        if !out.status.success() {
            return Err(format!("{} {arg} failed ({})", llvm_config.display(), out.status));
        }
        Ok(String::from_utf8_lossy(&out.stdout).trim().to_string())
    };
    let version = run("--version")?;
    if version.split('.').next() != Some(&LLVM_MAJOR.to_string()) {
        return Err(format!("{} is version {version}, not {LLVM_MAJOR}", llvm_config.display()));
    }
    Ok((version, PathBuf::from(run("--prefix")?)))
}

/// Checks a candidate prefix: `bin/llvm-config` of the right version and the
/// MLIR libraries under `lib/`.
fn check_prefix(prefix: &Path) -> Result<String, String> {
    let config = prefix.join("bin").join("llvm-config");
    if !config.is_file() {
        return Err(format!("{} has no bin/llvm-config", prefix.display()));
    }
    let (version, _) = query(&config)?;
    let lib = prefix.join("lib");
    let has_mlir = std::fs::read_dir(&lib)
        .map(|entries| {
            entries.flatten().any(|e| e.file_name().to_string_lossy().starts_with("libMLIR"))
        })
        .unwrap_or(false);
    if !has_mlir {
        return Err(format!("{} has no MLIR libraries (libMLIR*)", lib.display()));
    }
    Ok(version)
}

/// Looks for LLVM/MLIR 22: `MLIR_SYS_220_PREFIX` when set (and then only
/// there: a wrong value is an error, not a reason to look elsewhere), else
/// `llvm-config-22` or `llvm-config` on `PATH`, else the Debian default.
pub fn locate(inputs: &SearchInputs<'_>) -> Result<Located, NotFound> {
    let mut tried = Vec::new();
    if let Some(value) = inputs.prefix_var.filter(|v| !v.is_empty()) {
        let prefix = PathBuf::from(value);
        return match check_prefix(&prefix) {
            Ok(version) => Ok(Located { prefix, version, found_by: PREFIX_VAR.to_string() }),
            Err(why) => {
                Err(NotFound { tried: vec![format!("{PREFIX_VAR}={}: {why}", prefix.display())] })
            }
        };
    }
    tried.push(format!("{PREFIX_VAR}: not set"));
    for name in [format!("llvm-config-{LLVM_MAJOR}"), "llvm-config".to_string()] {
        let found = inputs
            .path_var
            .map(|p| std::env::split_paths(p).map(|dir| dir.join(&name)).find(|c| c.is_file()));
        match found.flatten() {
            None => tried.push(format!("{name} on PATH: not found")),
            Some(config) => match query(&config) {
                Ok((version, prefix)) => match check_prefix(&prefix) {
                    Ok(_) => {
                        return Ok(Located {
                            prefix,
                            version,
                            found_by: format!("{name} on PATH"),
                        });
                    }
                    Err(why) => tried.push(format!("{name} on PATH: {why}")),
                },
                Err(why) => tried.push(format!("{name} on PATH: {why}")),
            },
        }
    }
    match check_prefix(inputs.default_prefix) {
        Ok(version) => Ok(Located {
            prefix: inputs.default_prefix.to_path_buf(),
            version,
            found_by: "the Debian default".to_string(),
        }),
        Err(why) => {
            tried.push(format!("{}: {why}", inputs.default_prefix.display()));
            Err(NotFound { tried })
        }
    }
}
