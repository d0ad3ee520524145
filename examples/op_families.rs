//! For every op family: candidate schedules from the action space, measured
//! against the untransformed program through isolated workers; prints the
//! best correct one per family as a Markdown table (speedup, GFLOP/s, GB/s).
//!
//! Run: `cargo run --release --example op_families [-- --threads N --runs N]`

use mlirrl::{
    env::{Candidate, MeasureConfig, MeasureJob, Measurer, WorkerCommand, WorkerPool},
    ir::builders::{self, Conv2d, ConvForm, PoolForm},
};

fn main() {
    mlirrl::worker::serve_if_requested();
    let args: Vec<String> = std::env::args().collect();
    let flag = |name: &str, default: usize| {
        args.iter()
            .position(|a| a == name)
            .and_then(|i| args.get(i + 1))
            .and_then(|v| v.parse().ok())
            .unwrap_or(default)
    };
    let threads = flag("--threads", 2);
    let runs = flag("--runs", 5);

    let conv = Conv2d { n: 1, c: 64, h: 58, w: 58, f: 64, kh: 3, kw: 3, stride: 1, dilation: 1 };
    let pool_shape =
        Conv2d { n: 1, c: 64, h: 114, w: 114, f: 64, kh: 3, kw: 3, stride: 2, dilation: 1 };
    let dw = Conv2d { n: 1, c: 128, h: 58, w: 58, f: 128, kh: 3, kw: 3, stride: 1, dilation: 1 };
    let families: Vec<(&str, String, Vec<&str>)> = vec![
        (
            "matmul 512x512x512",
            builders::matmul(512, 512, 512, "f32"),
            vec!["operation_0:TP(64,64,64)T(8,32,1)V()", "operation_0:TP(32,64,64)T(8,32,1)V()"],
        ),
        (
            "batch_matmul 8x256x256x256",
            builders::batch_matmul(8, 256, 256, 256, "f32"),
            vec![
                "operation_0:TP(1,64,64,64)T(1,8,32,1)V()",
                "operation_0:TP(4,64,0,64)T(1,8,32,1)V()",
            ],
        ),
        (
            "matvec 2048x2048",
            builders::matvec(2048, 2048, "f32"),
            vec![
                "operation_0:TP(256,0)T(8,64)V()",
                "operation_0:TP(256,256)T(16,16)V()",
                "operation_0:TP(128,0)T(1,64)V()",
            ],
        ),
        (
            "conv_2d_nchw_fchw 1x64x58x58, 64x3x3",
            builders::conv_2d(ConvForm::NchwFchw, conv, "f32"),
            vec![
                "operation_0:TP(0,32,28,0,0,0,0)T(0,8,1,8,1,1,1)V()",
                "operation_0:TP(0,32,28,0,0,0,0)T(0,16,1,8,1,1,1)V()",
                "operation_0:TP(0,32,28,0,0,0,0)T(0,8,1,56,1,1,3)V()",
            ],
        ),
        (
            "conv_2d_nhwc_hwcf 1x58x58x64, 3x3x64",
            builders::conv_2d(ConvForm::NhwcHwcf, conv, "f32"),
            vec![
                "operation_0:TP(0,28,0,32,0,0,0)T(0,1,8,32,1,1,1)V()",
                "operation_0:TP(0,28,0,32,0,0,0)T(0,1,8,16,1,1,1)V()",
                "operation_0:IC()TP(0,64,32,64)T(0,8,16,1)V()",
            ],
        ),
        (
            "conv_2d_nhwc_fhwc 1x58x58x64, 64x3x3",
            builders::conv_2d(ConvForm::NhwcFhwc, conv, "f32"),
            vec![
                "operation_0:TP(0,28,0,32,0,0,0)T(0,1,8,32,1,1,1)V()",
                "operation_0:TP(0,28,0,32,0,0,0)V()",
            ],
        ),
        (
            "depthwise_conv_2d_nhwc_hwc 1x58x58x128, 3x3",
            builders::depthwise_conv_2d(dw, "f32"),
            vec![
                "operation_0:TP(0,28,0,64,0,0)T(0,1,8,32,1,1)V()",
                "operation_0:TP(0,28,0,64,0,0)T(0,1,4,64,1,1)V()",
                "operation_0:TP(0,28,0,0,0,0)",
                "operation_0:TP(0,28,0,0,0,0)T(0,1,8,128,1,1)V()",
            ],
        ),
        (
            "pooling_nchw_max 1x64x114x114, 3x3/2",
            builders::pooling(PoolForm::Nchw, "max", pool_shape, "f32"),
            vec![
                "operation_0:TP(0,32,0,0,0,0)T(0,1,1,8,1,1)V()",
                "operation_0:TP(0,32,0,0,0,0)V()",
                "operation_0:TP(0,32,0,0,0,0)",
                "operation_0:TP(0,8,28,0,0,0)",
            ],
        ),
        (
            "pooling_nchw_sum 1x64x114x114, 3x3/2",
            builders::pooling(PoolForm::Nchw, "sum", pool_shape, "f32"),
            vec![
                "operation_0:TP(0,32,0,0,0,0)T(0,1,1,8,1,1)V()",
                "operation_0:TP(0,32,0,0,0,0)",
                "operation_0:TP(0,8,28,0,0,0)",
            ],
        ),
        (
            "pooling_nhwc_max 1x114x114x64, 3x3/2",
            builders::pooling(PoolForm::Nhwc, "max", pool_shape, "f32"),
            vec![
                "operation_0:TP(0,28,0,0,0,0)T(0,1,8,64,1,1)V()",
                "operation_0:TP(0,28,0,0,0,0)T(0,1,4,64,1,1)V()",
            ],
        ),
        (
            "pooling_nhwc_min 1x114x114x64, 3x3/2",
            builders::pooling(PoolForm::Nhwc, "min", pool_shape, "f32"),
            vec!["operation_0:TP(0,28,0,0,0,0)T(0,1,8,64,1,1)V()"],
        ),
        (
            "add 1024x1024",
            builders::elementwise("add", &[1024, 1024], "f32"),
            vec![
                "operation_0:TP(512,0)T(1,64)V()",
                "operation_0:TP(512,0)T(1,256)V()",
                "operation_0:TP(512,0)T(4,64)V()",
            ],
        ),
        (
            "mul 1024x1024",
            builders::elementwise("mul", &[1024, 1024], "f32"),
            vec!["operation_0:TP(512,0)T(1,64)V()", "operation_0:TP(512,0)T(1,256)V()"],
        ),
        (
            "relu (generic) 64x64x56x56",
            builders::relu(&[64, 64, 56, 56], "f32"),
            vec![
                "operation_0:TP(32,0,0,0)T(1,1,1,56)V()",
                "operation_0:TP(32,0,0,0)T(1,1,8,56)V()",
            ],
        ),
        (
            "fill 1024x1024",
            builders::fill(&[1024, 1024], "f32"),
            vec!["operation_0:TP(512,0)T(1,64)V()", "operation_0:TP(512,0)T(1,256)V()"],
        ),
        (
            "transpose 1024x1024",
            builders::transpose(&[1024, 1024], &[1, 0], "f32"),
            vec![
                "operation_0:TP(512,0)T(8,8)V()",
                "operation_0:TP(512,0)T(16,16)V()",
                "operation_0:TP(0,512)T(8,8)V()",
            ],
        ),
        (
            "reduce (sum over rows) 1024x1024",
            builders::reduce_sum(&[1024, 1024], &[1], "f32"),
            vec![
                "operation_0:TP(512,0)T(8,0)V()",
                "operation_0:TP(512,0)T(8,64)V()",
                "operation_0:TP(512,0)T(16,0)V()",
            ],
        ),
    ];

    let mut command = WorkerCommand::current_exe().expect("own executable");
    command.threads = threads;
    let pool = WorkerPool::new(command, 1);
    let config = MeasureConfig { runs, threads, ..MeasureConfig::default() };

    println!(
        "threads: {threads}, runs: {runs} (median), machine: {}\n",
        mlirrl::env::measure::machine_fingerprint()
    );
    println!("| family | schedule | baseline ms | optimised ms | speedup | GFLOP/s | GB/s |");
    println!("|---|---|---|---|---|---|---|");
    for (family, program, schedules) in families {
        let parsed = mlirrl::ir::parse_str_with(
            &program,
            family,
            &mlirrl::ir::ParseOptions { check_vectorizable: false, ..Default::default() },
        )
        .expect("builders write valid MLIR");
        let (flops, bytes) = (parsed.flops(), parsed.ops.iter().map(|o| o.bytes()).sum::<u64>());
        let mut best: Option<(String, mlirrl::env::Measurement)> = None;
        for s in schedules {
            let job = MeasureJob {
                name: family.into(),
                program: program.clone(),
                candidate: Candidate::Schedule(s.parse().expect("valid schedule text")),
                config: config.clone(),
            };
            let m = pool.measure(&job);
            if let Err(f) = &m.candidate {
                eprintln!("{family}: {s}: {f}");
                continue;
            }
            if best.as_ref().is_none_or(|(_, b)| m.speedup() > b.speedup()) {
                best = Some((s.to_string(), m));
            }
        }
        match best {
            Some((s, m)) => {
                let (b, t) = (
                    m.baseline.as_ref().unwrap().median_ns,
                    m.candidate.as_ref().unwrap().median_ns,
                );
                println!(
                    "| {family} | `{s}` | {:.3} | {:.3} | {:.2}x | {:.2} | {:.2} |",
                    b as f64 / 1e6,
                    t as f64 / 1e6,
                    m.speedup().unwrap_or(0.0),
                    flops as f64 / t.max(1) as f64,
                    bytes as f64 / t.max(1) as f64
                );
            }
            None => println!("| {family} | (no correct schedule) | | | | | |"),
        }
    }
}
