//! Swapping layers: train with op features written here instead of the
//! seed features, on a benchmark family also written here, everything else
//! unchanged.
//!
//! `LoopShape` describes an op by the shape of its loop nest: per loop the
//! log trip count, whether it is parallel, and how many operands it indexes
//! (a loop that indexes every operand is a reuse dimension); per op the log
//! of its iteration count and its operand counts. The environments live in
//! this binary's worker processes, so they are served with the same
//! extractor (`Worker::with_extractor`), and the model sizes its input
//! layer (and, for the transformer, its loop tokens) from it.
//!
//! `SkinnyMatmul` is a generator family of its own (matmuls with few rows,
//! as in batch-1 transformer decoding), registered beside the built-in
//! families; its programs become the training suite.
//!
//! Run: `cargo run --release --example custom_features [-- --iterations N --out DIR]`
//! (default 2 iterations of 4 episodes into `results/custom_features`).

use mlirrl::{
    agent::{Policy, Search},
    bench::{BenchmarkGenerator, Budget, Generated, Generators, generate::Sampler},
    env::{Benchmark, EnvConfig, ExtractorFactory, SharedExtractor, WorkerCommand},
    ir::{FeatureError, FeatureExtractor, IteratorKind, LinalgOp, LoopTokens, Program},
    models::{EncoderConfig, ModelConfig},
    train::{TrainConfig, run_training_with},
    worker::Worker,
};
use std::{path::PathBuf, sync::Arc};

/// Loops described per op.
const LOOPS: usize = 8;
/// Values per loop.
const PER_LOOP: usize = 3;
/// Values per op.
const PER_OP: usize = 3;

/// Loop-nest shape features (see the module docs).
struct LoopShape;

impl FeatureExtractor for LoopShape {
    fn dim(&self) -> usize {
        PER_OP + LOOPS * PER_LOOP
    }

    fn check(&self, op: &LinalgOp) -> Result<(), FeatureError> {
        if op.num_loops() > LOOPS {
            return Err(FeatureError::TooManyLoops {
                tag: op.tag.clone(),
                name: op.name.clone(),
                loops: op.num_loops(),
                max: LOOPS,
            });
        }
        Ok(())
    }

    fn extract_into(
        &self,
        program: &Program,
        index: usize,
        out: &mut [f32],
    ) -> Result<(), FeatureError> {
        let op = program
            .ops
            .get(index)
            .ok_or(FeatureError::NoSuchOp { index, len: program.ops.len() })?;
        self.check(op)?;
        out.fill(0.0);
        let iterations: f64 = op.loops.iter().map(|l| l.trip_count.max(1) as f64).product();
        out[0] = iterations.log2() as f32 / 32.0;
        out[1] = op.inputs().count() as f32;
        out[2] = op.inits().count() as f32;
        for (i, l) in op.loops.iter().enumerate() {
            let indexing = op
                .operands
                .iter()
                .filter(|o| {
                    o.access.dims.iter().any(|d| d.coefficients.get(i).is_some_and(|&c| c != 0))
                })
                .count();
            let base = PER_OP + i * PER_LOOP;
            out[base] = (l.trip_count.max(1) as f32).log2() / 16.0;
            out[base + 1] = (l.iterator == IteratorKind::Parallel) as u8 as f32;
            out[base + 2] = indexing as f32;
        }
        Ok(())
    }

    /// One token per loop: its three values and the op's three.
    fn loop_tokens(&self) -> Option<LoopTokens> {
        let mut indices = Vec::new();
        for i in 0..LOOPS {
            indices.extend((0..PER_LOOP).map(|j| PER_OP + i * PER_LOOP + j));
            indices.extend(0..PER_OP);
        }
        Some(LoopTokens { loops: LOOPS, width: PER_LOOP + PER_OP, indices })
    }
}

/// Matmuls with 1 to 16 rows and wide, non-power-of-two columns.
struct SkinnyMatmul;

impl BenchmarkGenerator for SkinnyMatmul {
    fn family(&self) -> &str {
        "skinny_matmul"
    }

    fn sample(&self, s: &mut Sampler, budget: &Budget) -> Option<Generated> {
        let m = s.pick(&[1, 2, 4, 8, 16]);
        let n = 32 * s.range(2, 24);
        let k = 32 * s.range(2, 24);
        if 2 * m * n * k > budget.max_flops {
            return None;
        }
        Some(Generated {
            name: format!("skinny_matmul_{m}_{n}_{k}"),
            family: self.family().into(),
            source: mlirrl::ir::builders::matmul(m, n, k, "f32"),
        })
    }
}

fn loop_shape(_: &EnvConfig) -> SharedExtractor {
    Arc::new(LoopShape)
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    // Worker processes of this binary host environments with `LoopShape`.
    Worker::with_extractor(loop_shape).serve_if_requested();
    let args: Vec<String> = std::env::args().collect();
    let flag =
        |name: &str| args.iter().position(|a| a == name).and_then(|i| args.get(i + 1)).cloned();
    let out = PathBuf::from(flag("--out").unwrap_or_else(|| "results/custom_features".into()));

    // The custom family, registered beside the built-in ones, written as a
    // dataset (manifest and split) that training reads.
    let mut generators = Generators::builtin();
    generators.register(SkinnyMatmul)?;
    let programs = generators.generate("skinny_matmul", 12, 5, &Budget::default())?;
    let data = out.join("data");
    mlirrl::bench::write_dataset(&data, &programs, 5, None)?;

    let mut config = TrainConfig::default();
    config.train.suite = Some(data);
    config.train.iterations = flag("--iterations").and_then(|v| v.parse().ok()).unwrap_or(2);
    config.train.episodes_per_iteration = 4;
    config.ppo.minibatch = 16;
    config.model = ModelConfig {
        encoder: EncoderConfig::Transformer {
            d_model: 32,
            heads: 2,
            layers: 1,
            ffn: 64,
            dropout: 0.0,
            loop_heads: true,
            learned_embeddings: true,
        },
        width: 32,
        backbone_layers: 1,
        seed: 0,
    };
    config.env.measure.runs = 2;
    let extractors: ExtractorFactory = Arc::new(loop_shape);
    let (trainer, metrics) =
        run_training_with(&config, &out, WorkerCommand::current_exe()?, &extractors, true)?;
    for m in &metrics {
        println!(
            "iteration {}: mean return {:.3}, geomean speedup {}",
            m.iteration,
            m.mean_return,
            m.geomean_speedup.map_or("-".into(), |g| format!("{g:.2}x"))
        );
    }
    println!(
        "model input: {} values per observation",
        mlirrl::ppo::ActorCritic::obs_dim(&trainer.model)
    );

    // The trained policy, loaded with the same features, schedules a shape
    // it never saw.
    let policy = Policy::load_with(&out.join("checkpoint.safetensors"), &extractors)?;
    let benchmark = Benchmark {
        name: "matmul_200_96_160".into(),
        source: mlirrl::ir::builders::matmul(200, 96, 160, "f32"),
    };
    let schedule = policy.schedule(&benchmark, Search::Greedy, None, 0)?;
    println!("{}: {}", benchmark.name, schedule.canonical());
    Ok(())
}
