//! A persistent measurement cache on disk.
//!
//! One JSON file per key under `DIR/<2 hex>/<32 hex>.json` (the key's
//! 128-bit content hash), holding the full key (so a collision, or a record
//! of an older format, is a miss, never a wrong hit) and the measurement.
//! Writes are atomic ([`mlirrl_util::fs::write_atomic`]): readers see the
//! old record or the new one, never a torn one, with any number of
//! concurrent writers (threads or processes), and a process killed
//! mid-write leaves only a stray temporary file that readers ignore. Caches
//! written before keys were 128-bit hold files under other names, which are
//! never read.
//!
//! Keys come from [`crate::MeasureJob::key`]: program hash, candidate,
//! measurement settings, LLVM version, lowering pipeline, the programs'
//! allocator ([`crate::heap::cache_key`]) and machine fingerprint.

use crate::measure::{Failure, MeasureJob, Measurement, Measurer};
use serde::{Deserialize, Serialize};
use std::{
    fs, io,
    path::{Path, PathBuf},
    sync::atomic::{AtomicU64, Ordering},
};

#[derive(Serialize, Deserialize)]
struct Record {
    key: String,
    measurement: Measurement,
}

/// The on-disk cache.
#[derive(Debug)]
pub struct Cache {
    dir: PathBuf,
    hits: AtomicU64,
    misses: AtomicU64,
}

impl Cache {
    /// Opens (creating if needed) a cache directory.
    pub fn open(dir: impl AsRef<Path>) -> io::Result<Self> {
        fs::create_dir_all(dir.as_ref())?;
        Ok(Self {
            dir: dir.as_ref().to_path_buf(),
            hits: AtomicU64::new(0),
            misses: AtomicU64::new(0),
        })
    }

    /// The directory.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    fn path(&self, key: &str) -> PathBuf {
        let hash = mlirrl_util::hash::content_hash(key.as_bytes());
        self.dir.join(&hash[..2]).join(format!("{hash}.json"))
    }

    /// The cached measurement for `key`, if a complete record with exactly
    /// this key exists. Unreadable or foreign records count as misses.
    pub fn get(&self, key: &str) -> Option<Measurement> {
        let found = fs::read(self.path(key))
            .ok()
            .and_then(|bytes| serde_json::from_slice::<Record>(&bytes).ok())
            .filter(|r| r.key == key)
            .map(|r| r.measurement);
        match found {
            Some(_) => self.hits.fetch_add(1, Ordering::Relaxed),
            None => self.misses.fetch_add(1, Ordering::Relaxed),
        };
        found
    }

    /// Stores a measurement atomically.
    pub fn put(&self, key: &str, measurement: &Measurement) -> io::Result<()> {
        let record = Record { key: key.into(), measurement: measurement.clone() };
        let bytes = serde_json::to_vec(&record).map_err(io::Error::other)?;
        mlirrl_util::fs::write_atomic(&self.path(key), &bytes)
    }

    /// (hits, misses) since opening.
    pub fn stats(&self) -> (u64, u64) {
        (self.hits.load(Ordering::Relaxed), self.misses.load(Ordering::Relaxed))
    }
}

/// Whether a measurement is worth caching: outcomes that depend on the
/// program and schedule alone. Crashes, timeouts and worker errors may be
/// transient and are measured again.
pub fn cacheable(m: &Measurement) -> bool {
    !matches!(
        m.candidate,
        Err(Failure::Crashed(_)
            | Failure::Timeout(_)
            | Failure::Worker(_)
            | Failure::NotMeasured(_))
    )
}

/// A measurer that looks in a [`Cache`] first and stores what it measures.
pub struct CachedMeasurer<M> {
    inner: M,
    cache: Cache,
}

impl<M: Measurer> CachedMeasurer<M> {
    /// Wraps `inner` with `cache`.
    pub fn new(inner: M, cache: Cache) -> Self {
        Self { inner, cache }
    }

    /// The cache.
    pub fn cache(&self) -> &Cache {
        &self.cache
    }

    /// The wrapped measurer.
    pub fn inner(&self) -> &M {
        &self.inner
    }
}

impl<M: Measurer> Measurer for CachedMeasurer<M> {
    fn measure(&self, job: &MeasureJob) -> Measurement {
        self.measure_batch(std::slice::from_ref(job)).pop().unwrap_or_else(|| {
            Measurement::failed(Failure::Worker("no result".into()), job.config.threads)
        })
    }

    fn measure_batch(&self, jobs: &[MeasureJob]) -> Vec<Measurement> {
        let keys: Vec<String> = jobs.iter().map(MeasureJob::key).collect();
        let mut results: Vec<Option<Measurement>> = keys
            .iter()
            .map(|k| {
                self.cache.get(k).map(|mut m| {
                    m.cached = true;
                    m
                })
            })
            .collect();
        let missing: Vec<usize> = (0..jobs.len()).filter(|&i| results[i].is_none()).collect();
        let todo: Vec<MeasureJob> = missing.iter().map(|&i| jobs[i].clone()).collect();
        for (i, m) in missing.into_iter().zip(self.inner.measure_batch(&todo)) {
            if cacheable(&m) {
                let _ = self.cache.put(&keys[i], &m);
            }
            results[i] = Some(m);
        }
        results
            .into_iter()
            .map(|m| {
                m.unwrap_or_else(|| Measurement::failed(Failure::Worker("no result".into()), 0))
            })
            .collect()
    }
}
