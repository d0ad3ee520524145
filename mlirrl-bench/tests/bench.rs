//! Generators, suites, datasets, baselines and reports against real MLIR.

use mlirrl_bench::{
    Budget, EvalOptions, Split, all_generators, baselines, evaluate, generate, load_suite,
    report::{Outcome, Report, Row},
    suites, write_dataset,
};
use mlirrl_env::{
    Candidate, EnvConfig, LocalMeasurer, MeasureConfig, MeasureJob, Measurer, Schedule,
};

fn small() -> Budget {
    Budget { max_flops: 1 << 24, max_elements: 1 << 18 }
}

fn quick() -> MeasureConfig {
    MeasureConfig { runs: 1, warmup: 0, threads: 2, ..MeasureConfig::default() }
}

fn temp(name: &str) -> std::path::PathBuf {
    let d = std::env::temp_dir().join(format!("mlirrl-bench-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    d
}

#[test]
fn every_family_generates_programs_that_run_correctly_with_the_heuristic() {
    let measurer = LocalMeasurer::new();
    for g in all_generators() {
        let programs = generate(g.family(), 2, 3, &small()).unwrap();
        assert!(!programs.is_empty(), "{}: nothing generated", g.family());
        for p in &programs {
            let parsed = mlirrl_ir::parse_str(&p.source, &p.name)
                .unwrap_or_else(|e| panic!("{}: {e}", p.name));
            let job = MeasureJob {
                name: p.name.clone(),
                program: p.source.clone(),
                candidate: Candidate::Schedule(Schedule::empty()),
                config: quick(),
            };
            let (schedule, m) = baselines::measure_heuristic(&measurer, &parsed, &job, 2);
            assert!(m.baseline.is_some(), "{}: baseline failed: {:?}", p.name, m.candidate);
            assert!(m.correct(), "{}: {} -> {:?}", p.name, schedule.canonical(), m.candidate);
        }
    }
}

#[test]
fn generation_is_deterministic_and_unknown_families_are_errors() {
    let a = generate("conv2d_nchw", 5, 42, &Budget::default()).unwrap();
    let b = generate("conv2d_nchw", 5, 42, &Budget::default()).unwrap();
    let c = generate("conv2d_nchw", 5, 43, &Budget::default()).unwrap();
    assert_eq!(a, b);
    assert_ne!(a, c);
    assert_eq!(a.len(), 5);
    let names: std::collections::HashSet<_> = a.iter().map(|g| &g.name).collect();
    assert_eq!(names.len(), 5, "distinct programs");
    assert!(generate("fft", 1, 0, &Budget::default()).unwrap_err().contains("unknown family"));
    // Non-powers of two appear in the matmul pool.
    let mm = generate("matmul", 30, 1, &Budget::default()).unwrap();
    assert!(
        mm.iter().any(|g| g
            .name
            .split('_')
            .skip(1)
            .any(|d| !d.parse::<u64>().unwrap().is_power_of_two()))
    );
}

#[test]
fn network_suites_parse_with_the_expected_layers() {
    for (name, expected) in [("resnet18", 13), ("vgg16", 14), ("mobilenetv2", 23)] {
        let layers = suites::suite(name).unwrap();
        assert_eq!(layers.len(), expected, "{name}");
        for l in &layers {
            let p = mlirrl_ir::parse_str_with(
                &l.source,
                &l.name,
                &mlirrl_ir::ParseOptions { check_vectorizable: false, ..Default::default() },
            )
            .unwrap_or_else(|e| panic!("{}: {e}", l.name));
            assert_eq!(p.ops.len(), 1);
        }
    }
    // ResNet-18's first convolution: 7x7, stride 2, 3 -> 64 channels, 112x112 output.
    let conv1 = &suites::resnet18()[0];
    let p = mlirrl_ir::parse_str_with(
        &conv1.source,
        "c",
        &mlirrl_ir::ParseOptions { check_vectorizable: false, ..Default::default() },
    )
    .unwrap();
    let trips: Vec<u64> = p.ops[0].loops.iter().map(|l| l.trip_count).collect();
    assert_eq!(trips, [1, 64, 112, 112, 3, 7, 7]);
}

#[test]
fn splits_are_stratified_by_family() {
    let families: Vec<String> = (0..40)
        .map(|i| {
            if i < 20 {
                "a".into()
            } else if i < 38 {
                "b".into()
            } else {
                "c".into()
            }
        })
        .collect();
    let splits = mlirrl_bench::dataset::stratified_split(&families, 7);
    for fam in ["a", "b", "c"] {
        let of: Vec<Split> =
            families.iter().zip(&splits).filter(|(f, _)| *f == fam).map(|(_, s)| *s).collect();
        assert!(of.contains(&Split::Test), "{fam} has test benchmarks");
    }
    let a_test = splits[..20].iter().filter(|&&s| s == Split::Test).count();
    assert_eq!(a_test, 3, "15% of 20");
    assert_eq!(splits, mlirrl_bench::dataset::stratified_split(&families, 7), "seeded");
}

#[test]
fn datasets_round_trip_and_broken_files_are_reported_not_fatal() {
    let dir = temp("dataset");
    let programs = generate("add", 3, 1, &small()).unwrap();
    let measurer = LocalMeasurer::new();
    let config = quick();
    let manifest = write_dataset(&dir, &programs, 1, Some((&measurer, &config))).unwrap();
    assert_eq!(manifest.benchmarks.len(), 3);
    assert!(manifest.benchmarks.iter().all(|b| b.baseline_ns.is_some() && b.flops > 0));
    let (loaded, items) = load_suite(&dir).unwrap();
    assert_eq!(loaded.unwrap(), manifest);
    assert_eq!(items.len(), 3);

    // A plain directory with one good and two bad files.
    let plain = temp("plain");
    std::fs::create_dir_all(&plain).unwrap();
    std::fs::write(plain.join("good.mlir"), mlirrl_ir::builders::matmul(32, 32, 32, "f32"))
        .unwrap();
    std::fs::write(plain.join("broken.mlir"), "func.func @main( {").unwrap();
    std::fs::write(
        plain.join("dynamic.mlir"),
        std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../tests/malformed/dynamic_shapes.mlir"
        ))
        .unwrap(),
    )
    .unwrap();
    let (none, items) = load_suite(&plain).unwrap();
    assert!(none.is_none());
    let options = EvalOptions {
        measure: quick(),
        env: EnvConfig { measure: quick(), ..Default::default() },
        random_k: 3,
        seed: 0,
        heuristic: true,
        splits: None,
        ort_python: None,
    };
    let report = evaluate(&items, &measurer, None, &options, |_, _, _| {});
    assert_eq!(report.rows.len(), 3);
    let by = |n: &str| report.rows.iter().find(|r| r.name == n).unwrap();
    assert!(by("broken").error.as_deref().unwrap().contains("parse error"));
    assert!(by("dynamic").error.as_deref().unwrap().contains("dynamic shape"));
    let good = by("good");
    assert!(good.error.is_none());
    assert!(good.heuristic.as_ref().unwrap().failure.is_none());
    assert!(good.random_samples > 0);
    assert!(good.library_ns.is_some());
    // Failures are counted as 1.0x, never dropped.
    let all = report.aggregate("heuristic", None);
    assert_eq!((all.count, all.failures), (3, 2));

    let out = temp("report");
    report.write(&out, "test").unwrap();
    let csv = std::fs::read_to_string(out.join("report.csv")).unwrap();
    assert_eq!(csv.lines().count(), 4);
    assert!(csv.lines().next().unwrap().starts_with("name,family,split"));
    let md = std::fs::read_to_string(out.join("report.md")).unwrap();
    assert!(md.contains("| **all** | 3 |") && md.contains("error:"), "{md}");
    for png in ["speedup_by_family.png", "speedup_by_benchmark.png"] {
        let bytes = std::fs::read(out.join(png)).unwrap();
        assert_eq!(&bytes[..4], b"\x89PNG", "{png}");
    }
    for d in [dir, plain, out] {
        let _ = std::fs::remove_dir_all(d);
    }
}

#[test]
fn geomeans_count_failures_as_one() {
    let row = |name: &str, s: f64, failed: bool| Row {
        name: name.into(),
        family: "f".into(),
        split: Split::Test,
        flops: 1,
        baseline_ns: Some(100),
        policy: Some(Outcome {
            time_ns: Some(1),
            speedup: s,
            failure: failed.then(|| "x".into()),
            schedule: String::new(),
        }),
        heuristic: None,
        random: None,
        random_samples: 0,
        library_ns: None,
        ort_ns: Some(50),
        error: None,
    };
    let report = Report {
        rows: vec![row("a", 4.0, false), row("b", 1.0, true), row("c", 16.0, false)],
        ..Default::default()
    };
    let a = report.aggregate("policy", Some("f"));
    assert_eq!(a.count, 3);
    assert_eq!(a.failures, 1);
    assert!((a.geomean.unwrap() - 4.0).abs() < 1e-9);
    // As a fraction of ONNX Runtime's speed (50 ns): 50x, the failure at the
    // untransformed program's 100 ns (0.5x), 50x.
    let f = report.ort_fraction("policy", None).unwrap();
    assert!((f - (50.0f64 * 0.5 * 50.0).cbrt()).abs() < 1e-9, "{f}");
    assert!(report.to_markdown("t").contains("fraction of ONNX Runtime"));
    assert!(report.to_csv().lines().next().unwrap().contains("policy_fraction_of_ort"));

    // Names and messages with commas, quotes and newlines stay one field.
    let mut odd = row("conv, 3x3 \"same\"", 2.0, true);
    odd.policy.as_mut().unwrap().failure = Some("line one\nline \"two\", three".into());
    let text = Report { rows: vec![odd], ..Default::default() }.to_csv();
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let headers = reader.headers().unwrap().clone();
    let records: Vec<csv::StringRecord> = reader.records().map(|r| r.unwrap()).collect();
    assert_eq!(records.len(), 1);
    let field = |name: &str| {
        let i = headers.iter().position(|h| h == name).unwrap();
        records[0][i].to_string()
    };
    assert_eq!(field("name"), "conv, 3x3 \"same\"");
    assert_eq!(field("policy_failure"), "line one\nline \"two\", three");
    assert_eq!(records[0].len(), headers.len());
}

#[test]
fn library_gemm_only_for_matmul_like_ops() {
    let mm = mlirrl_ir::parse_str(&mlirrl_ir::builders::matmul(64, 64, 64, "f32"), "mm").unwrap();
    assert!(baselines::library_gemm_ns(&mm, 2, 3).is_some_and(|ns| ns > 0));
    let add =
        mlirrl_ir::parse_str(&mlirrl_ir::builders::elementwise("add", &[64, 64], "f32"), "add")
            .unwrap();
    assert!(baselines::library_gemm_ns(&add, 2, 3).is_none());
}

#[test]
fn random_schedules_are_legal_and_distinct() {
    let b = mlirrl_env::Benchmark {
        name: "mm".into(),
        source: mlirrl_ir::builders::matmul(64, 128, 32, "f32"),
    };
    let config = EnvConfig { measure: quick(), ..Default::default() };
    let schedules = baselines::random_schedules(&b, &config, 8, 5);
    assert!(schedules.len() >= 4);
    let measurer = LocalMeasurer::new();
    for s in schedules.iter().take(3) {
        let m = measurer.measure(&MeasureJob {
            name: "mm".into(),
            program: b.source.clone(),
            candidate: Candidate::Schedule(s.clone()),
            config: quick(),
        });
        assert!(m.correct(), "{}: {:?}", s.canonical(), m.candidate);
    }
}

#[test]
fn every_op_family_has_its_onnx_equivalent() {
    use mlirrl_bench::ort::op_spec;
    use mlirrl_ir::builders::{self, Conv2d, ConvForm, PoolForm};
    let parse = |text: &str| mlirrl_ir::parse_str(text, "t").unwrap();
    let spec = |text: &str, family: &str| op_spec(&parse(text), family).unwrap();

    let v = spec(&builders::matmul(128, 64, 256, "f32"), "matmul");
    assert_eq!(
        (v["op"].as_str(), v["m"].as_u64(), v["n"].as_u64(), v["k"].as_u64()),
        (Some("matmul"), Some(128), Some(64), Some(256))
    );
    let v = spec(&builders::batch_matmul(4, 32, 16, 8, "f32"), "batch_matmul");
    assert_eq!((v["b"].as_u64(), v["k"].as_u64()), (Some(4), Some(8)));

    let conv = Conv2d { n: 1, c: 16, h: 31, w: 31, f: 32, kh: 3, kw: 3, stride: 2, dilation: 1 };
    for form in [ConvForm::NchwFchw, ConvForm::NhwcHwcf, ConvForm::NhwcFhwc] {
        let v = spec(&builders::conv_2d(form, conv, "f32"), "conv");
        let got: Vec<u64> = ["n", "c", "h", "w", "f", "kh", "kw", "stride", "dilation"]
            .iter()
            .map(|k| v[*k].as_u64().unwrap())
            .collect();
        assert_eq!(got, [1, 16, 31, 31, 32, 3, 3, 2, 1], "{form:?}: {v}");
    }
    let dilated = Conv2d { stride: 1, dilation: 2, ..conv };
    assert_eq!(spec(&builders::conv_2d(ConvForm::NchwFchw, dilated, "f32"), "c")["dilation"], 2);
    let v = spec(&builders::depthwise_conv_2d(Conv2d { f: 16, ..conv }, "f32"), "depthwise");
    assert_eq!(
        (v["group"].as_u64(), v["f"].as_u64(), v["stride"].as_u64()),
        (Some(16), Some(16), Some(2))
    );
    // NCHW depthwise as the ONNX importer writes it (loops n, oh, ow, c, kh, kw).
    let nchw = "func.func @main(%x: tensor<1x96x114x114xf32>, %w: tensor<96x3x3xf32>, %o: tensor<1x96x56x56xf32>) -> tensor<1x96x56x56xf32> {\n  %r = linalg.depthwise_conv_2d_nchw_chw {dilations = dense<[1, 1]> : tensor<2xi64>, strides = dense<[2, 2]> : tensor<2xi64>} ins(%x, %w : tensor<1x96x114x114xf32>, tensor<96x3x3xf32>) outs(%o : tensor<1x96x56x56xf32>) -> tensor<1x96x56x56xf32>\n  return %r : tensor<1x96x56x56xf32>\n}";
    let v = spec(nchw, "depthwise");
    let got: Vec<u64> = ["c", "h", "w", "f", "kh", "stride", "dilation", "group"]
        .iter()
        .map(|k| v[*k].as_u64().unwrap())
        .collect();
    assert_eq!(got, [96, 114, 114, 96, 3, 2, 1, 96], "{v}");
    for (form, kind, op) in [(PoolForm::Nchw, "max", "maxpool"), (PoolForm::Nhwc, "sum", "avgpool")]
    {
        let v = spec(&builders::pooling(form, kind, conv, "f32"), "pool");
        assert_eq!(
            (v["op"].as_str(), v["c"].as_u64(), v["kh"].as_u64(), v["stride"].as_u64()),
            (Some(op), Some(16), Some(3), Some(2)),
            "{v}"
        );
    }
    let v = spec(&builders::elementwise("add", &[4, 64], "f32"), "add");
    assert_eq!((v["op"].as_str(), v["shape"].clone()), (Some("Add"), serde_json::json!([4, 64])));
    let v = spec(&builders::relu(&[2, 8, 8], "f32"), "relu");
    assert_eq!(v["op"], "Relu");
    // Several ops (a fusion block) have no single-node equivalent.
    let block = "func.func @main(%a: tensor<8xf32>, %o: tensor<8xf32>) -> tensor<8xf32> {\n  %0 = linalg.add ins(%a, %a : tensor<8xf32>, tensor<8xf32>) outs(%o : tensor<8xf32>) -> tensor<8xf32>\n  %1 = linalg.mul ins(%0, %0 : tensor<8xf32>, tensor<8xf32>) outs(%o : tensor<8xf32>) -> tensor<8xf32>\n  return %1 : tensor<8xf32>\n}";
    assert!(op_spec(&parse(block), "block").is_none());
}

#[test]
fn seeds_give_the_datasets_they_always_gave() {
    // The test split of docs/eval/generated_test (`mlirrl generate --family
    // all --count 5 --seed 1 --max-flops 536870912`): generators, bounded
    // draws and the split must keep their streams.
    let budget = Budget { max_flops: 536_870_912, ..Budget::default() };
    let programs = mlirrl_bench::Generators::builtin().generate_all(5, 1, &budget);
    let families: Vec<String> = programs.iter().map(|p| p.family.clone()).collect();
    let splits = mlirrl_bench::dataset::stratified_split(&families, 1);
    let test: Vec<&str> = programs
        .iter()
        .zip(&splits)
        .filter(|(_, s)| **s == Split::Test)
        .map(|(p, _)| p.name.as_str())
        .collect();
    assert_eq!(
        test,
        [
            "matmul_256_384_64",
            "batch_matmul_8_64_128_256",
            "conv2d_nchw_2_96_64_64_64_1x1_s2_d2",
            "conv2d_nhwc_1_64_112_112_16_7x7_s2_d1",
            "depthwise_1_56_56_16_1_s2_d1",
            "pool_max_nchw_2_96_32_32_k3_s2",
            "pool_sum_nchw_2_32_112_112_k3_s1",
            "add_64x500",
            "mul_4096",
            "relu_1000000",
            "matmul_bias_relu_192_256_384",
            "conv_relu_1_96_64_96_1_1_s2",
            "elementwise_chain_65536",
        ]
    );
}
