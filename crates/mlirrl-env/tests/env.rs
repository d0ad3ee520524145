use mlirrl_env::*;
use mlirrl_ir::builders;

fn sched(text: &str) -> Schedule {
    text.parse().unwrap()
}

#[test]
fn scratch_matmul() {
    let program = builders::matmul(512, 512, 512, "f32");
    let m = LocalMeasurer::new();
    for s in [
        "",
        "operation_0:TP(64,64,64)T(8,32,1)V()",
        "operation_0:T(64,64,64)T(8,32,1)V()",
        "operation_0:TP(32,64,64)T(8,32,1)V()",
    ] {
        let job = MeasureJob {
            name: "mm".into(),
            program: program.clone(),
            candidate: Candidate::Schedule(sched(s)),
            config: MeasureConfig::default(),
        };
        let r = m.measure(&job);
        eprintln!(
            "{s}: {:?} speedup {:?} base {:?} cand {:?}",
            r.candidate.as_ref().err(),
            r.speedup(),
            r.baseline.as_ref().map(|t| t.median_ns),
            r.candidate.as_ref().map(|t| (t.median_ns, t.compile_seconds)).ok()
        );
    }
}
