//! Datasets on disk: a directory of `.mlir` files and `manifest.json` with
//! each benchmark's family, split, work, baseline time, and the machine
//! fingerprint the baselines were measured on.

use crate::generate::Generated;
use mlirrl_env::{Candidate, MeasureConfig, MeasureJob, Measurer, Schedule};
use serde::{Deserialize, Serialize};
use std::{
    collections::BTreeMap,
    path::{Path, PathBuf},
};

/// Train, validation or test.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, PartialOrd, Ord)]
#[serde(rename_all = "lowercase")]
pub enum Split {
    /// Used for training.
    Train,
    /// Used to pick checkpoints.
    Validation,
    /// Reported only.
    Test,
}

impl std::str::FromStr for Split {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "train" => Ok(Self::Train),
            "validation" => Ok(Self::Validation),
            "test" => Ok(Self::Test),
            other => Err(format!("unknown split `{other}` (train, validation, test)")),
        }
    }
}

/// One benchmark of a manifest.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Entry {
    /// Name.
    pub name: String,
    /// File, relative to the dataset directory.
    pub file: String,
    /// Family.
    pub family: String,
    /// Split.
    pub split: Split,
    /// Arithmetic operations (0 when unknown).
    pub flops: u64,
    /// Bytes of all operands (0 when unknown).
    pub bytes: u64,
    /// Median time of the untransformed program, when measured.
    pub baseline_ns: Option<u64>,
    /// Why the benchmark cannot be used, if so.
    pub error: Option<String>,
}

/// `manifest.json`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Manifest {
    /// Format tag.
    pub format: String,
    /// Machine fingerprint of the baselines.
    pub fingerprint: String,
    /// LLVM version of the baselines.
    pub llvm: String,
    /// Seed of generation and split.
    pub seed: u64,
    /// Measurement settings of the baselines.
    pub measure: MeasureConfig,
    /// Benchmarks.
    pub benchmarks: Vec<Entry>,
}

/// Format tag of manifests.
pub const MANIFEST_FORMAT: &str = "mlirrl-dataset-1";

/// Assigns splits per family: 70% train, 15% validation, 15% test (at least
/// one test benchmark per family of two or more), shuffled by `seed`.
pub fn stratified_split(families: &[String], seed: u64) -> Vec<Split> {
    let mut by_family: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (i, f) in families.iter().enumerate() {
        by_family.entry(f).or_default().push(i);
    }
    let mut splits = vec![Split::Train; families.len()];
    let mut s = crate::generate::Sampler::new(seed);
    for indices in by_family.values_mut() {
        s.shuffle(indices);
        let n = indices.len();
        let test = if n >= 2 { ((n as f64 * 0.15).round() as usize).max(1) } else { 0 };
        let validation = if n >= 3 { ((n as f64 * 0.15).round() as usize).max(1) } else { 0 };
        for (k, &i) in indices.iter().enumerate() {
            splits[i] = if k < test {
                Split::Test
            } else if k < test + validation {
                Split::Validation
            } else {
                Split::Train
            };
        }
    }
    splits
}

/// Why a dataset could not be written or read.
#[derive(Debug, thiserror::Error)]
pub enum DatasetError {
    /// File system error.
    #[error("{path}: {source}")]
    Io {
        /// Path.
        path: PathBuf,
        /// Cause.
        source: std::io::Error,
    },
    /// Bad manifest.
    #[error("{path}: invalid manifest: {reason}")]
    Manifest {
        /// Path.
        path: PathBuf,
        /// Why.
        reason: String,
    },
}

fn io(path: &Path) -> impl FnOnce(std::io::Error) -> DatasetError + '_ {
    move |source| DatasetError::Io { path: path.to_path_buf(), source }
}

/// Writes programs and a manifest into `dir`. When a measurer is given, each
/// program's baseline is measured (the untransformed program through the same
/// pipeline) and benchmarks whose baseline fails are kept with their error.
pub fn write_dataset(
    dir: &Path,
    programs: &[Generated],
    seed: u64,
    measure: Option<(&dyn Measurer, &MeasureConfig)>,
) -> Result<Manifest, DatasetError> {
    let families: Vec<String> = programs.iter().map(|p| p.family.clone()).collect();
    let splits = stratified_split(&families, seed);
    write_dataset_with_splits(dir, programs, &splits, seed, measure)
}

/// [`write_dataset`] with the split of each program given (one per
/// program, in order), for datasets split otherwise than by
/// [`stratified_split`] (e.g. whole networks left out for testing).
pub fn write_dataset_with_splits(
    dir: &Path,
    programs: &[Generated],
    splits: &[Split],
    seed: u64,
    measure: Option<(&dyn Measurer, &MeasureConfig)>,
) -> Result<Manifest, DatasetError> {
    if splits.len() != programs.len() {
        return Err(DatasetError::Manifest {
            path: dir.join("manifest.json"),
            reason: format!("{} splits for {} programs", splits.len(), programs.len()),
        });
    }
    std::fs::create_dir_all(dir).map_err(io(dir))?;
    let config = measure.map(|(_, c)| c.clone()).unwrap_or_default();
    let baselines: Vec<Option<Result<u64, String>>> = match measure {
        Some((m, c)) => {
            let jobs: Vec<MeasureJob> = programs
                .iter()
                .map(|p| MeasureJob {
                    name: p.name.clone(),
                    program: p.source.clone(),
                    candidate: Candidate::Schedule(Schedule::empty()),
                    config: c.clone(),
                })
                .collect();
            m.measure_batch(&jobs)
                .into_iter()
                .map(|r| {
                    Some(match (&r.baseline, &r.candidate) {
                        (Some(b), _) => Ok(b.median_ns),
                        (None, Err(f)) => Err(f.to_string()),
                        (None, Ok(_)) => Err("no baseline".into()),
                    })
                })
                .collect()
        }
        None => vec![None; programs.len()],
    };
    let mut entries = Vec::new();
    for ((p, &split), baseline) in programs.iter().zip(splits).zip(baselines) {
        let file = format!("{}.mlir", p.name);
        let path = dir.join(&file);
        mlirrl_util::fs::write_atomic(&path, p.source.as_bytes()).map_err(io(&path))?;
        let options = mlirrl_ir::ParseOptions { check_vectorizable: false, ..Default::default() };
        let (flops, bytes, parse_error) =
            match mlirrl_ir::parse_str_with(&p.source, &p.name, &options) {
                Ok(prog) => (prog.flops(), prog.ops.iter().map(|o| o.bytes()).sum(), None),
                Err(e) => (0, 0, Some(e.to_string())),
            };
        let (baseline_ns, error) = match baseline {
            Some(Ok(ns)) => (Some(ns), parse_error),
            Some(Err(e)) => (None, Some(parse_error.unwrap_or(e))),
            None => (None, parse_error),
        };
        entries.push(Entry {
            name: p.name.clone(),
            file,
            family: p.family.clone(),
            split,
            flops,
            bytes,
            baseline_ns,
            error,
        });
    }
    let manifest = Manifest {
        format: MANIFEST_FORMAT.into(),
        fingerprint: mlirrl_env::measure::machine_fingerprint(),
        llvm: mlirrl_env::measure::llvm_version().into(),
        seed,
        measure: config,
        benchmarks: entries,
    };
    let path = dir.join("manifest.json");
    let text = serde_json::to_string_pretty(&manifest)
        .map_err(|e| DatasetError::Manifest { path: path.clone(), reason: e.to_string() })?;
    mlirrl_util::fs::write_atomic(&path, text.as_bytes()).map_err(io(&path))?;
    Ok(manifest)
}

/// A benchmark loaded from a suite directory.
#[derive(Clone, Debug, PartialEq)]
pub struct SuiteItem {
    /// Manifest entry (synthesised for directories without a manifest).
    pub entry: Entry,
    /// Program text, or why it could not be read.
    pub source: Result<String, String>,
}

/// Loads a suite: the manifest's benchmarks, or every `.mlir` file of a
/// directory without a manifest (family `file`, split `test`). Unreadable
/// files become items with an error, so a report can name them.
pub fn load_suite(dir: &Path) -> Result<(Option<Manifest>, Vec<SuiteItem>), DatasetError> {
    let manifest_path = dir.join("manifest.json");
    if manifest_path.exists() {
        let text = std::fs::read_to_string(&manifest_path).map_err(io(&manifest_path))?;
        let manifest: Manifest = serde_json::from_str(&text).map_err(|e| {
            DatasetError::Manifest { path: manifest_path.clone(), reason: e.to_string() }
        })?;
        if manifest.format != MANIFEST_FORMAT {
            return Err(DatasetError::Manifest {
                path: manifest_path,
                reason: format!("unknown format `{}`", manifest.format),
            });
        }
        let items = manifest
            .benchmarks
            .iter()
            .map(|e| SuiteItem {
                entry: e.clone(),
                source: std::fs::read_to_string(dir.join(&e.file))
                    .map_err(|err| format!("{}: {err}", e.file)),
            })
            .collect();
        return Ok((Some(manifest), items));
    }
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(io(dir))?
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "mlir"))
        .collect();
    files.sort();
    let items = files
        .into_iter()
        .map(|p| {
            let name = p.file_stem().map(|s| s.to_string_lossy().to_string()).unwrap_or_default();
            let source = std::fs::read(&p)
                .map_err(|e| e.to_string())
                .and_then(|b| String::from_utf8(b).map_err(|_| "not UTF-8 text".to_string()));
            SuiteItem {
                entry: Entry {
                    name,
                    file: p
                        .file_name()
                        .map(|s| s.to_string_lossy().to_string())
                        .unwrap_or_default(),
                    family: "file".into(),
                    split: Split::Test,
                    flops: 0,
                    bytes: 0,
                    baseline_ns: None,
                    error: None,
                },
                source,
            }
        })
        .collect();
    Ok((None, items))
}
