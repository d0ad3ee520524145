//! Measurements per second through NATS JetStream (1 and 2 workers) against
//! the local process pool (1 and 2 workers), in one run, on the same jobs.
//! Starts its own `nats-server` on a free loopback port.
//!
//! Run: `cargo run --release --example nats_throughput [-- --jobs N]`

use mlirrl::{
    env::{Candidate, MeasureConfig, MeasureJob, Measurer, Schedule, WorkerCommand, WorkerPool},
    nats::{NatsConfig, NatsMeasurer},
};
use std::{process::Command, time::Instant};

fn jobs(n: usize, salt: u64) -> Vec<MeasureJob> {
    (0..n)
        .map(|i| {
            let m = 64 + 16 * ((i as u64 + salt * 97) % 24);
            MeasureJob {
                name: format!("mm{i}"),
                program: mlirrl::ir::builders::matmul(m, 128, 128, "f32"),
                candidate: Candidate::Schedule(
                    ["operation_0:T(16,16,16)V()", "operation_0:T(8,32,1)V()", ""][i % 3]
                        .parse::<Schedule>()
                        .unwrap(),
                ),
                config: MeasureConfig {
                    runs: 3,
                    warmup: 1,
                    threads: 1,
                    ..MeasureConfig::default()
                },
            }
        })
        .collect()
}

fn rate(measurer: &dyn Measurer, jobs: &[MeasureJob]) -> f64 {
    let started = Instant::now();
    let results = measurer.measure_batch(jobs);
    let seconds = started.elapsed().as_secs_f64();
    assert!(results.iter().all(|m| m.correct()), "every job must be correct");
    jobs.len() as f64 / seconds
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    // This executable is also its own NATS worker (`worker --nats URL`) and
    // its own isolated measuring child (`worker`).
    mlirrl::worker::serve_if_requested();
    let args: Vec<String> = std::env::args().collect();
    let n: usize = args
        .iter()
        .position(|a| a == "--jobs")
        .and_then(|i| args.get(i + 1))
        .and_then(|v| v.parse().ok())
        .unwrap_or(48);
    let exe = std::env::current_exe()?;
    let port = std::net::TcpListener::bind("127.0.0.1:0")?.local_addr()?.port();
    let store = std::env::temp_dir().join(format!("mlirrl-nats-throughput-{}", std::process::id()));
    let mut server = Command::new("nats-server")
        .args(["-a", "127.0.0.1", "-p", &port.to_string(), "-js", "-sd"])
        .arg(&store)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()?;
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    let url = format!("nats://127.0.0.1:{port}");
    let mut rows = Vec::new();
    for workers in [1usize, 2] {
        let mut command = WorkerCommand::new(&exe);
        command.threads = 1;
        let pool = WorkerPool::new(command, workers);
        rows.push((
            format!("local pool, {workers} worker(s)"),
            rate(&pool, &jobs(n, workers as u64)),
        ));
    }
    for workers in [1usize, 2] {
        let children: Vec<_> = (0..workers)
            .map(|_| Command::new(&exe).args(["worker", "--nats", &url, "--threads", "1"]).spawn())
            .collect::<Result<_, _>>()?;
        let measurer = NatsMeasurer::connect(NatsConfig::new(url.clone()))?;
        rows.push((
            format!("NATS, {workers} worker(s)"),
            rate(&measurer, &jobs(n, 10 + workers as u64)),
        ));
        for mut c in children {
            let _ = c.kill();
            let _ = c.wait();
        }
    }
    let _ = server.kill();
    let _ = server.wait();
    let _ = std::fs::remove_dir_all(&store);
    println!("{n} distinct measurement jobs (matmul, 3 timed runs, 1 thread each), no cache\n");
    println!("| measurer | measurements per second |");
    println!("|---|---|");
    for (name, r) in rows {
        println!("| {name} | {r:.2} |");
    }
    Ok(())
}
