//! Evaluation reports: per benchmark, the untransformed, policy, heuristic,
//! random-search and library times; speedups and GFLOP/s; geometric means per
//! family and overall with the failure count beside them. Failures count as
//! speedup 1.0 and are never dropped. Written as `report.md`, `report.csv`
//! and PNG plots.

use crate::{
    baselines,
    dataset::{Split, SuiteItem},
};
use mlirrl_env::{
    Benchmark, Candidate, EnvConfig, MeasureConfig, MeasureJob, Measurement, Measurer, Schedule,
};
use serde::{Deserialize, Serialize};
use std::{collections::BTreeMap, fmt::Write, path::Path};

/// One method's result on one benchmark.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Outcome {
    /// Median time, when it ran correctly.
    pub time_ns: Option<u64>,
    /// Speedup over the untransformed program (1.0 on failure).
    pub speedup: f64,
    /// Why it failed, if it did.
    pub failure: Option<String>,
    /// The schedule (canonical text).
    pub schedule: String,
}

impl Outcome {
    fn from_measurement(schedule: &Schedule, m: &Measurement) -> Self {
        match (&m.candidate, m.speedup()) {
            (Ok(t), Some(s)) => Self {
                time_ns: Some(t.median_ns),
                speedup: s,
                failure: None,
                schedule: schedule.canonical(),
            },
            (Err(f), _) => Self {
                time_ns: None,
                speedup: 1.0,
                failure: Some(f.to_string()),
                schedule: schedule.canonical(),
            },
            (Ok(_), None) => Self {
                time_ns: None,
                speedup: 1.0,
                failure: Some("no baseline".into()),
                schedule: schedule.canonical(),
            },
        }
    }

    fn failed(reason: String) -> Self {
        Self { time_ns: None, speedup: 1.0, failure: Some(reason), schedule: String::new() }
    }
}

/// One benchmark's row.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Row {
    /// Benchmark.
    pub name: String,
    /// Family.
    pub family: String,
    /// Split.
    pub split: Split,
    /// Arithmetic operations.
    pub flops: u64,
    /// Untransformed time.
    pub baseline_ns: Option<u64>,
    /// The policy (when one was evaluated).
    pub policy: Option<Outcome>,
    /// The heuristic schedule.
    pub heuristic: Option<Outcome>,
    /// The best of the random schedules.
    pub random: Option<Outcome>,
    /// Random schedules measured.
    pub random_samples: usize,
    /// Library GEMM time (matmul-like ops).
    pub library_ns: Option<u64>,
    /// ONNX Runtime's time on the equivalent single-node model (see
    /// [`crate::ort`]), when it ran.
    #[serde(default)]
    pub ort_ns: Option<u64>,
    /// Why the benchmark could not be evaluated at all.
    pub error: Option<String>,
}

/// A whole report.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Report {
    /// Rows in suite order.
    pub rows: Vec<Row>,
    /// OpenMP threads.
    pub threads: usize,
    /// Machine fingerprint.
    pub fingerprint: String,
    /// Random schedules per benchmark.
    pub random_k: usize,
}

/// Evaluation settings.
#[derive(Clone, Debug)]
pub struct EvalOptions {
    /// Measurement settings.
    pub measure: MeasureConfig,
    /// Environment (action space) for random search.
    pub env: EnvConfig,
    /// Random schedules per benchmark (0 disables random search).
    pub random_k: usize,
    /// Seed of random search.
    pub seed: u64,
    /// Evaluate the heuristic.
    pub heuristic: bool,
    /// Splits to evaluate (all when `None`).
    pub splits: Option<Vec<Split>>,
    /// Time each op with ONNX Runtime through this Python interpreter
    /// (skipped, with a note, when onnxruntime is not importable).
    pub ort_python: Option<String>,
}

/// A policy: a schedule for a benchmark.
pub type Policy<'a> = dyn FnMut(&Benchmark) -> Result<Schedule, String> + 'a;

/// Evaluates a suite. A benchmark that cannot be parsed or whose baseline
/// fails gets a row with its error; the rest go on.
pub fn evaluate(
    items: &[SuiteItem],
    measurer: &dyn Measurer,
    mut policy: Option<&mut Policy<'_>>,
    options: &EvalOptions,
    mut progress: impl FnMut(usize, usize, &str),
) -> Report {
    let threads = options.measure.threads;
    let mut report = Report {
        rows: Vec::new(),
        threads,
        fingerprint: mlirrl_env::measure::machine_fingerprint(),
        random_k: options.random_k,
    };
    let selected: Vec<&SuiteItem> = items
        .iter()
        .filter(|i| options.splits.as_ref().is_none_or(|s| s.contains(&i.entry.split)))
        .collect();
    let mut ort_specs: Vec<(String, serde_json::Value)> = Vec::new();
    for (index, item) in selected.iter().enumerate() {
        let e = &item.entry;
        progress(index, selected.len(), &e.name);
        let mut row = Row {
            name: e.name.clone(),
            family: e.family.clone(),
            split: e.split,
            flops: e.flops,
            baseline_ns: None,
            policy: None,
            heuristic: None,
            random: None,
            random_samples: 0,
            library_ns: None,
            ort_ns: None,
            error: None,
        };
        let source = match &item.source {
            Ok(s) => s.clone(),
            Err(err) => {
                row.error = Some(err.clone());
                report.rows.push(row);
                continue;
            }
        };
        let parse = mlirrl_ir::ParseOptions { check_vectorizable: false, ..Default::default() };
        let program = match mlirrl_ir::parse_str_with(&source, &e.file, &parse) {
            Ok(p) => p,
            Err(err) => {
                row.error = Some(err.to_string());
                report.rows.push(row);
                continue;
            }
        };
        row.flops = program.flops();
        if let Some(spec) = crate::ort::op_spec(&program, &e.family) {
            ort_specs.push((e.name.clone(), spec));
        }
        let job = MeasureJob {
            name: e.name.clone(),
            program: source.clone(),
            candidate: Candidate::Schedule(Schedule::empty()),
            config: options.measure.clone(),
        };
        let base = measurer.measure(&job);
        match &base.baseline {
            Some(t) => row.baseline_ns = Some(t.median_ns),
            None => {
                row.error = Some(
                    base.candidate
                        .err()
                        .map(|f| f.to_string())
                        .unwrap_or_else(|| "baseline failed".into()),
                );
                report.rows.push(row);
                continue;
            }
        }
        let benchmark = Benchmark { name: e.name.clone(), source: source.clone() };
        if options.heuristic {
            let (s, m) = baselines::measure_heuristic(measurer, &program, &job, threads);
            row.heuristic = Some(Outcome::from_measurement(&s, &m));
        }
        if options.random_k > 0 {
            let (s, m, n) = baselines::random_search(
                measurer,
                &benchmark,
                &job,
                &options.env,
                options.random_k,
                options.seed,
            );
            row.random_samples = n;
            row.random = Some(match m {
                Some(m) => Outcome::from_measurement(&s, &m),
                None => Outcome {
                    time_ns: row.baseline_ns,
                    speedup: 1.0,
                    failure: Some("no random schedule ran correctly".into()),
                    schedule: String::new(),
                },
            });
        }
        if let Some(p) = policy.as_deref_mut() {
            row.policy = Some(match p(&benchmark) {
                Ok(s) => {
                    let m = measurer.measure(&MeasureJob {
                        candidate: Candidate::Schedule(s.clone()),
                        ..job.clone()
                    });
                    Outcome::from_measurement(&s, &m)
                }
                Err(err) => Outcome::failed(err),
            });
        }
        row.library_ns = baselines::library_gemm_ns(&program, threads, options.measure.runs);
        report.rows.push(row);
    }
    if let Some(python) = &options.ort_python {
        match crate::ort::time_ops(&ort_specs, threads, options.measure.runs.max(5), python) {
            Ok(Some(times)) => {
                for row in &mut report.rows {
                    row.ort_ns = times.get(&row.name).copied();
                }
            }
            Ok(None) => eprintln!(
                "note: onnxruntime is not importable by {python} (pip install onnxruntime \
                 onnx); the ONNX Runtime columns are left out"
            ),
            Err(e) => eprintln!("note: {e}; the ONNX Runtime columns are left out"),
        }
    }
    report
}

/// A method's speed as a fraction of ONNX Runtime's on one row: ORT's time
/// over the method's (a failure counts as the untransformed program). `None`
/// without an ORT time.
pub fn fraction_of_ort(row: &Row, outcome: Option<&Outcome>) -> Option<f64> {
    let ort = row.ort_ns? as f64;
    let ns =
        outcome.filter(|o| o.failure.is_none()).and_then(|o| o.time_ns).or(row.baseline_ns)? as f64;
    Some(ort / ns.max(1.0))
}

pub use mlirrl_util::stats::geomean;

/// Aggregates of one method over a group of rows.
#[derive(Clone, Debug, PartialEq)]
pub struct Aggregate {
    /// Rows counted.
    pub count: usize,
    /// Of which failed (counted as 1.0).
    pub failures: usize,
    /// Geometric-mean speedup.
    pub geomean: Option<f64>,
}

fn aggregate<'a>(
    rows: impl Iterator<Item = &'a Row>,
    pick: impl Fn(&Row) -> Option<&Outcome>,
) -> Aggregate {
    let mut speedups = Vec::new();
    let mut failures = 0;
    for r in rows {
        if r.error.is_some() {
            speedups.push(1.0);
            failures += 1;
            continue;
        }
        if let Some(o) = pick(r) {
            speedups.push(o.speedup);
            failures += o.failure.is_some() as usize;
        }
    }
    Aggregate { count: speedups.len(), failures, geomean: geomean(&speedups) }
}

type Picker = fn(&Row) -> Option<&Outcome>;

const METHODS: [(&str, Picker); 3] = [
    ("policy", |r| r.policy.as_ref()),
    ("heuristic", |r| r.heuristic.as_ref()),
    ("random", |r| r.random.as_ref()),
];

impl Report {
    /// Families in order of first appearance.
    pub fn families(&self) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for r in &self.rows {
            if !out.contains(&r.family) {
                out.push(r.family.clone());
            }
        }
        out
    }

    /// Aggregate of `method` (`policy`, `heuristic`, `random`) over rows of
    /// `family` (all when `None`).
    pub fn aggregate(&self, method: &str, family: Option<&str>) -> Aggregate {
        let pick = METHODS
            .iter()
            .find(|(m, _)| *m == method)
            .map(|(_, p)| *p)
            .unwrap_or(|r: &Row| r.policy.as_ref());
        aggregate(self.rows.iter().filter(|r| family.is_none_or(|f| r.family == f)), pick)
    }

    /// Geometric mean of `method`'s speed as a fraction of ONNX Runtime's,
    /// over the rows of `family` (all rows when `None`) that have an ORT time.
    pub fn ort_fraction(&self, method: &str, family: Option<&str>) -> Option<f64> {
        let pick = METHODS.iter().find(|(m, _)| *m == method).map(|(_, p)| *p)?;
        let values: Vec<f64> = self
            .rows
            .iter()
            .filter(|r| family.is_none_or(|f| r.family == f) && r.error.is_none())
            .filter_map(|r| fraction_of_ort(r, pick(r)))
            .collect();
        geomean(&values)
    }

    /// Whether any row has an ONNX Runtime time.
    pub fn has_ort(&self) -> bool {
        self.rows.iter().any(|r| r.ort_ns.is_some())
    }

    fn has(&self, method: &str) -> bool {
        self.rows.iter().any(|r| match method {
            "policy" => r.policy.is_some(),
            "heuristic" => r.heuristic.is_some(),
            _ => r.random.is_some(),
        })
    }

    /// The CSV table.
    pub fn to_csv(&self) -> String {
        const HEADER: [&str; 26] = [
            "name",
            "family",
            "split",
            "flops",
            "baseline_ns",
            "policy_ns",
            "policy_speedup",
            "policy_gflops",
            "policy_failure",
            "heuristic_ns",
            "heuristic_speedup",
            "heuristic_gflops",
            "heuristic_failure",
            "random_ns",
            "random_speedup",
            "random_gflops",
            "random_samples",
            "library_ns",
            "library_gflops",
            "policy_pct_of_library",
            "ort_ns",
            "ort_gflops",
            "policy_fraction_of_ort",
            "heuristic_fraction_of_ort",
            "random_fraction_of_ort",
            "error",
        ];
        let gf = |flops: u64, ns: Option<u64>| {
            ns.filter(|_| flops > 0)
                .map(|n| format!("{:.3}", flops as f64 / n.max(1) as f64))
                .unwrap_or_default()
        };
        let opt = |v: Option<u64>| v.map(|x| x.to_string()).unwrap_or_default();
        // Quoting and escaping are the csv writer's: names and messages may
        // hold commas, quotes or newlines.
        let mut w = csv::Writer::from_writer(Vec::new());
        let mut rows = vec![HEADER.iter().map(|h| h.to_string()).collect::<Vec<String>>()];
        for r in &self.rows {
            let cols = |x: Option<&Outcome>| -> [String; 4] {
                match x {
                    Some(o) => [
                        opt(o.time_ns),
                        format!("{:.4}", o.speedup),
                        gf(r.flops, o.time_ns),
                        o.failure.clone().unwrap_or_default(),
                    ],
                    None => Default::default(),
                }
            };
            let [pn, ps, pg, pf] = cols(r.policy.as_ref());
            let [hn, hs, hg, hf] = cols(r.heuristic.as_ref());
            let [rn, rs, rg, _] = cols(r.random.as_ref());
            let pct = match (r.library_ns, r.policy.as_ref().and_then(|p| p.time_ns)) {
                (Some(l), Some(p)) => format!("{:.1}", 100.0 * l as f64 / p.max(1) as f64),
                _ => String::new(),
            };
            let frac = |o: Option<&Outcome>| {
                fraction_of_ort(r, o).map(|f| format!("{f:.4}")).unwrap_or_default()
            };
            rows.push(vec![
                r.name.clone(),
                r.family.clone(),
                format!("{:?}", r.split),
                r.flops.to_string(),
                opt(r.baseline_ns),
                pn,
                ps,
                pg,
                pf,
                hn,
                hs,
                hg,
                hf,
                rn,
                rs,
                rg,
                r.random_samples.to_string(),
                opt(r.library_ns),
                gf(r.flops, r.library_ns),
                pct,
                opt(r.ort_ns),
                gf(r.flops, r.ort_ns),
                frac(r.policy.as_ref()),
                frac(r.heuristic.as_ref()),
                frac(r.random.as_ref()),
                r.error.clone().unwrap_or_default(),
            ]);
        }
        for row in rows {
            // Writing into memory cannot fail.
            let _ = w.write_record(&row);
        }
        let bytes = w.into_inner().unwrap_or_default();
        String::from_utf8(bytes).unwrap_or_default()
    }

    /// The Markdown report.
    pub fn to_markdown(&self, title: &str) -> String {
        let mut s = format!("# {title}\n\n");
        let _ = writeln!(
            s,
            "Machine: {}; OpenMP threads: {}; random search: {} schedules per benchmark. Speedups are over the untransformed program; failures count as 1.0x and are listed, never dropped.\n",
            self.fingerprint, self.threads, self.random_k
        );
        let methods: Vec<&str> =
            ["policy", "heuristic", "random"].into_iter().filter(|m| self.has(m)).collect();
        let _ = writeln!(s, "## Geometric-mean speedup\n");
        let header: Vec<String> = methods.iter().map(|m| format!("{m} (failures)")).collect();
        let _ = writeln!(s, "| family | benchmarks | {} |", header.join(" | "));
        let _ = writeln!(s, "|---|---|{}", "---|".repeat(methods.len()));
        let mut groups: Vec<Option<String>> = self.families().into_iter().map(Some).collect();
        groups.push(None);
        for fam in groups {
            let n =
                self.rows.iter().filter(|r| fam.as_ref().is_none_or(|f| &r.family == f)).count();
            let cells: Vec<String> = methods
                .iter()
                .map(|m| {
                    let a = self.aggregate(m, fam.as_deref());
                    format!(
                        "{} ({})",
                        a.geomean.map_or("-".into(), |g| format!("{g:.2}x")),
                        a.failures
                    )
                })
                .collect();
            let label = fam.map_or("**all**".to_string(), |f| f.clone());
            let _ = writeln!(s, "| {label} | {n} | {} |", cells.join(" | "));
        }
        if self.has_ort() {
            let _ = writeln!(
                s,
                "\n## Speed as a fraction of ONNX Runtime's (geometric mean; above 1: faster)\n"
            );
            let _ = writeln!(s, "| family | {} |", methods.join(" | "));
            let _ = writeln!(s, "|---|{}", "---|".repeat(methods.len()));
            let mut groups: Vec<Option<String>> = self.families().into_iter().map(Some).collect();
            groups.push(None);
            for fam in groups {
                let cells: Vec<String> = methods
                    .iter()
                    .map(|m| {
                        self.ort_fraction(m, fam.as_deref())
                            .map_or("-".into(), |f| format!("{f:.2}"))
                    })
                    .collect();
                let label = fam.map_or("**all**".to_string(), |f| f.clone());
                let _ = writeln!(s, "| {label} | {} |", cells.join(" | "));
            }
        }
        let _ = writeln!(s, "\n## Per benchmark\n");
        let _ = writeln!(
            s,
            "| benchmark | family | baseline ms | policy | heuristic | random | library GFLOP/s | best GFLOP/s | % of library | ONNX Runtime GFLOP/s | best / ONNX Runtime |"
        );
        let _ = writeln!(s, "|---|---|---|---|---|---|---|---|---|---|---|");
        for r in &self.rows {
            if let Some(e) = &r.error {
                let _ = writeln!(
                    s,
                    "| {} | {} | error: {} | | | | | | | | |",
                    r.name,
                    r.family,
                    e.replace('|', "/")
                );
                continue;
            }
            let cell = |o: &Option<Outcome>| match o {
                Some(o) if o.failure.is_none() => format!("{:.2}x", o.speedup),
                Some(o) => format!(
                    "failed: {}",
                    o.failure
                        .as_deref()
                        .unwrap_or("")
                        .chars()
                        .take(60)
                        .collect::<String>()
                        .replace('|', "/")
                ),
                None => "-".into(),
            };
            let best = [&r.policy, &r.heuristic, &r.random]
                .iter()
                .filter_map(|o| o.as_ref().and_then(|o| o.time_ns))
                .min();
            let gf = |ns: Option<u64>| {
                ns.filter(|_| r.flops > 0)
                    .map_or("-".into(), |n| format!("{:.1}", r.flops as f64 / n.max(1) as f64))
            };
            let pct = match (r.library_ns, best) {
                (Some(l), Some(b)) => format!("{:.0}%", 100.0 * l as f64 / b.max(1) as f64),
                _ => "-".into(),
            };
            let vs_ort = match (r.ort_ns, best) {
                (Some(o), Some(b)) => format!("{:.2}", o as f64 / b.max(1) as f64),
                _ => "-".into(),
            };
            let _ = writeln!(
                s,
                "| {} | {} | {:.3} | {} | {} | {} | {} | {} | {pct} | {} | {vs_ort} |",
                r.name,
                r.family,
                r.baseline_ns.unwrap_or(0) as f64 / 1e6,
                cell(&r.policy),
                cell(&r.heuristic),
                cell(&r.random),
                gf(r.library_ns),
                gf(best),
                gf(r.ort_ns),
            );
        }
        s
    }

    /// Writes `report.md`, `report.csv`, `report.json` and the plots into `dir`.
    pub fn write(&self, dir: &Path, title: &str) -> std::io::Result<Vec<String>> {
        std::fs::create_dir_all(dir)?;
        let write = mlirrl_util::fs::write_atomic;
        write(&dir.join("report.md"), self.to_markdown(title).as_bytes())?;
        write(&dir.join("report.csv"), self.to_csv().as_bytes())?;
        let json = serde_json::to_string_pretty(self).map_err(std::io::Error::other)?;
        write(&dir.join("report.json"), json.as_bytes())?;
        let mut warnings = Vec::new();
        if let Err(e) = crate::plot::family_speedups(self, &dir.join("speedup_by_family.png")) {
            warnings.push(format!("speedup_by_family.png: {e}"));
        }
        if let Err(e) = crate::plot::benchmark_speedups(self, &dir.join("speedup_by_benchmark.png"))
        {
            warnings.push(format!("speedup_by_benchmark.png: {e}"));
        }
        Ok(warnings)
    }
}

/// Per-family geomeans as a map (for callers that build their own tables).
pub fn family_geomeans(report: &Report, method: &str) -> BTreeMap<String, Aggregate> {
    report.families().into_iter().map(|f| (f.clone(), report.aggregate(method, Some(&f)))).collect()
}
