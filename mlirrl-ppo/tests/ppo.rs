//! PPO without MLIR: the masked distribution against hand-computed values,
//! learning on a small synthetic environment (and not learning with a zero
//! learning rate), determinism, and checkpoints.

use candle_core::{Device, Result, Tensor, Var};
use mlirrl_ppo::{
    ActionHeads, ActorCritic, EnvObs, EnvStep, Head, Mode, PpoConfig, Rng, Trainer, VecEnv,
    dist::{self, HeadLogits, Masks},
};

fn spec() -> ActionHeads {
    ActionHeads {
        selection: 3,
        heads: vec![Head { rows: 2, choices: 4 }, Head { rows: 1, choices: 3 }],
        head_of_selection: vec![None, Some(0), Some(1)],
    }
}

#[test]
fn masked_log_prob_entropy_and_gradients_match_hand_computation() {
    let device = Device::Cpu;
    let spec = spec();
    // One sample. Selection logits [1, 2, 3] with choice 2 masked.
    let sel = Var::from_vec(vec![1f32, 2.0, 3.0], (1, 3), &device).unwrap();
    let h0 =
        Var::from_vec(vec![0f32, 1.0, 2.0, 3.0, 0.5, 0.5, 0.5, 0.5], (1, 2, 4), &device).unwrap();
    let h1 = Var::from_vec(vec![1f32, 1.0, 1.0], (1, 1, 3), &device).unwrap();
    let mut mask = vec![true, true, false];
    mask.extend([true, true, true, false, true, true, true, true]); // head 0 row 0: choice 3 masked
    mask.extend([true, true, true]);
    let masks = Masks::from_flat(&spec, &[mask], &device).unwrap();
    let logits = HeadLogits {
        selection: sel.as_tensor().clone(),
        heads: vec![h0.as_tensor().clone(), h1.as_tensor().clone()],
    };
    // Action: selection 1 (uses head 0), head 0 params [2, 1], head 1 param 0 (ignored).
    let action = Tensor::from_vec(vec![1u32, 2, 1, 0], (1, 4), &device).unwrap();
    let (logp, ent) = dist::log_prob_entropy(&spec, &logits, &masks, &action).unwrap();

    let lse = |xs: &[f64]| xs.iter().map(|x| x.exp()).sum::<f64>().ln();
    let sel_lse = lse(&[1.0, 2.0]);
    let row0_lse = lse(&[0.0, 1.0, 2.0]);
    let row1_lse = lse(&[0.5; 4]);
    let expected_logp = (2.0 - sel_lse) + (2.0 - row0_lse) + (0.5 - row1_lse);
    let h = |xs: &[f64]| {
        let l = lse(xs);
        -xs.iter().map(|x| (x - l).exp() * (x - l)).sum::<f64>()
    };
    let expected_ent = h(&[1.0, 2.0]) + h(&[0.0, 1.0, 2.0]) + h(&[0.5; 4]);
    let logp_v = logp.to_vec1::<f32>().unwrap()[0] as f64;
    let ent_v = ent.to_vec1::<f32>().unwrap()[0] as f64;
    assert!((logp_v - expected_logp).abs() < 1e-5, "{logp_v} vs {expected_logp}");
    assert!((ent_v - expected_ent).abs() < 1e-5, "{ent_v} vs {expected_ent}");

    // Gradient of log p w.r.t. selection logits: onehot - softmax (masked
    // entries get exactly zero gradient).
    let grads = logp.sum_all().unwrap().backward().unwrap();
    let g: Vec<f32> = grads.get(sel.as_tensor()).unwrap().flatten_all().unwrap().to_vec1().unwrap();
    let p1 = (1.0 - sel_lse).exp();
    let p2 = (2.0 - sel_lse).exp();
    assert!((g[0] as f64 - (0.0 - p1)).abs() < 1e-5);
    assert!((g[1] as f64 - (1.0 - p2)).abs() < 1e-5);
    assert_eq!(g[2], 0.0);
    let g0: Vec<f32> = grads.get(h0.as_tensor()).unwrap().flatten_all().unwrap().to_vec1().unwrap();
    assert_eq!(g0[3], 0.0, "masked tile choice has no gradient");
    assert!(g0.iter().all(|x| x.is_finite()));
    // Head 1 is not used by selection 1: no gradient.
    let g1: Vec<f32> = grads.get(h1.as_tensor()).unwrap().flatten_all().unwrap().to_vec1().unwrap();
    assert!(g1.iter().all(|&x| x == 0.0));

    // Entropy gradients are finite despite -inf logits.
    let grads = ent.sum_all().unwrap().backward().unwrap();
    for v in [&sel, &h0, &h1] {
        let g: Vec<f32> =
            grads.get(v.as_tensor()).unwrap().flatten_all().unwrap().to_vec1().unwrap();
        assert!(g.iter().all(|x| x.is_finite()), "{g:?}");
    }
}

#[test]
fn masked_choices_are_never_sampled() {
    let device = Device::Cpu;
    let spec = spec();
    let logits = HeadLogits {
        selection: Tensor::from_vec(vec![0f32, 10.0, 0.0], (1, 3), &device).unwrap(),
        heads: vec![
            Tensor::from_vec(vec![0f32, 0.0, 0.0, 9.0, 0.0, 0.0, 0.0, 9.0], (1, 2, 4), &device)
                .unwrap(),
            Tensor::zeros((1, 1, 3), candle_core::DType::F32, &device).unwrap(),
        ],
    };
    let mut mask = vec![true, false, true];
    mask.extend([true, true, true, false, true, true, true, false]);
    mask.extend([true, true, true]);
    let masks = Masks::from_flat(&spec, &[mask], &device).unwrap();
    let mut rng = Rng::new(1);
    for _ in 0..500 {
        let a = dist::sample(&spec, &logits, &masks, &mut rng, false).unwrap().remove(0);
        assert_ne!(a[0], 1);
        assert_ne!(a[1], 3);
        assert_ne!(a[2], 3);
    }
    let g = dist::sample(&spec, &logits, &masks, &mut rng, true).unwrap().remove(0);
    assert_ne!(g[0], 1, "greedy respects the mask too");
}

// ---------------------------------------------------------------------------
// A small model and a synthetic environment.

struct Tiny {
    spec: ActionHeads,
    vars: Vec<(String, Var)>,
    device: Device,
}

impl Tiny {
    fn new(obs_dim: usize, seed: u64) -> Self {
        let device = Device::Cpu;
        let mut rng = Rng::new(seed);
        let spec = spec();
        let mut vars = Vec::new();
        let mut linear = |name: &str, i: usize, o: usize| {
            let bound = 1.0 / (i as f32).sqrt();
            let w: Vec<f32> = (0..i * o).map(|_| rng.uniform(-bound, bound)).collect();
            vars.push((format!("{name}.weight"), Var::from_vec(w, (o, i), &device).unwrap()));
            vars.push((
                format!("{name}.bias"),
                Var::zeros(o, candle_core::DType::F32, &device).unwrap(),
            ));
        };
        let outs = spec.mask_len();
        linear("hidden", obs_dim, 64);
        linear("policy", 64, outs);
        linear("value", 64, 1);
        Self { spec, vars, device }
    }

    fn get(&self, name: &str) -> &Tensor {
        self.vars.iter().find(|(n, _)| n == name).map(|(_, v)| v.as_tensor()).unwrap()
    }

    fn lin(&self, x: &Tensor, name: &str) -> Result<Tensor> {
        x.matmul(&self.get(&format!("{name}.weight")).t()?)?
            .broadcast_add(self.get(&format!("{name}.bias")))
    }
}

impl ActorCritic for Tiny {
    fn spec(&self) -> &ActionHeads {
        &self.spec
    }
    fn obs_dim(&self) -> usize {
        self.get("hidden.weight").dim(1).unwrap()
    }
    fn device(&self) -> &Device {
        &self.device
    }
    fn forward(&self, obs: &Tensor, _mode: Mode, _rng: &mut Rng) -> Result<(HeadLogits, Tensor)> {
        let h = self.lin(obs, "hidden")?.tanh()?;
        let out = self.lin(&h, "policy")?;
        let b = obs.dim(0)?;
        let selection = out.narrow(1, 0, 3)?;
        let h0 = out.narrow(1, 3, 8)?.reshape((b, 2, 4))?;
        let h1 = out.narrow(1, 11, 3)?.reshape((b, 1, 3))?;
        let value = self.lin(&h, "value")?.squeeze(1)?;
        Ok((HeadLogits { selection, heads: vec![h0, h1] }, value))
    }
    fn variables(&self) -> Vec<(String, Var)> {
        self.vars.clone()
    }
    fn config_json(&self) -> String {
        format!("{{\"tiny\":{}}}", self.obs_dim())
    }
}

/// Two steps per episode, a context bit drawn at reset. Step 0 wants
/// selection 1 with tile params [3 - c, 1 + c] (choice 3 of row 0 masked when
/// c = 1), step 1 wants selection 2 with param [2c]. Each step pays 0.5 for
/// the right selection and up to 0.5 for the right parameters of the selected
/// head. The optimal return is 2.
struct Synthetic {
    n: usize,
    contexts: Vec<usize>,
    steps: Vec<usize>,
}

impl Synthetic {
    fn obs(&self, i: usize) -> EnvObs {
        let mut obs = vec![0f32; 4];
        obs[self.steps[i] * 2 + self.contexts[i]] = 1.0;
        let mut mask = vec![true; spec().mask_len()];
        if self.contexts[i] == 1 {
            mask[3 + 3] = false;
        }
        EnvObs { obs, mask }
    }
}

impl VecEnv for Synthetic {
    fn num_envs(&self) -> usize {
        self.n
    }
    fn reset(&mut self, rng: &mut Rng) -> std::result::Result<Vec<EnvObs>, String> {
        self.contexts = (0..self.n).map(|i| (i + rng.below(2)) % 2).collect();
        self.steps = vec![0; self.n];
        Ok((0..self.n).map(|i| self.obs(i)).collect())
    }
    fn step(&mut self, actions: &[(usize, Vec<u32>)]) -> std::result::Result<Vec<EnvStep>, String> {
        Ok(actions
            .iter()
            .map(|(i, a)| {
                let (i, c) = (*i, self.contexts[*i] as u32);
                let reward = if self.steps[i] == 0 {
                    if a[0] == 1 {
                        0.5 + 0.25 * ((a[1] == 3 - c) as u8 + (a[2] == 1 + c) as u8) as f32
                    } else {
                        0.0
                    }
                } else if a[0] == 2 {
                    0.5 + 0.5 * (a[3] == 2 * c) as u8 as f32
                } else {
                    0.0
                };
                self.steps[i] += 1;
                let done = self.steps[i] == 2;
                EnvStep {
                    obs: if done {
                        EnvObs { obs: vec![0.0; 4], mask: vec![false; 17] }
                    } else {
                        self.obs(i)
                    },
                    reward,
                    done,
                    speedup: None,
                    discard: false,
                }
            })
            .collect())
    }
}

fn synthetic() -> Synthetic {
    Synthetic { n: 16, contexts: vec![], steps: vec![] }
}

fn config(seed: u64, lr: f64) -> PpoConfig {
    let mut c = PpoConfig { seed, minibatch: 16, gamma: 0.99, ..PpoConfig::default() };
    c.adam.lr = lr;
    c
}

fn greedy_returns(trainer: &mut Trainer<Tiny>) -> Vec<f64> {
    let mut env = synthetic();
    trainer.evaluate_greedy(&mut env).unwrap().into_iter().map(|(r, _)| r).collect()
}

#[test]
fn ppo_learns_the_optimal_policy_and_not_with_zero_learning_rate() {
    for seed in [1u64, 2, 3] {
        let mut trainer = Trainer::new(Tiny::new(4, seed), config(seed, 3e-3)).unwrap();
        let mut env = synthetic();
        let mut solved_at = None;
        for it in 0..300 {
            trainer.iterate(&mut env).unwrap();
            if it % 10 == 9 && greedy_returns(&mut trainer).iter().all(|&r| (r - 2.0).abs() < 1e-6)
            {
                solved_at = Some(it + 1);
                break;
            }
        }
        assert!(solved_at.is_some(), "seed {seed}: greedy policy not optimal after 300 updates");

        let mut frozen = Trainer::new(Tiny::new(4, seed), config(seed, 0.0)).unwrap();
        let mut env = synthetic();
        for _ in 0..solved_at.unwrap() {
            frozen.iterate(&mut env).unwrap();
        }
        let returns = greedy_returns(&mut frozen);
        assert!(
            returns.iter().any(|&r| r < 1.99),
            "seed {seed}: lr 0 must not solve it: {returns:?}"
        );
    }
}

#[test]
fn training_is_deterministic_for_a_seed() {
    let run = || {
        let mut trainer = Trainer::new(Tiny::new(4, 7), config(7, 1e-3)).unwrap();
        let mut env = synthetic();
        (0..3).map(|_| trainer.iterate(&mut env).unwrap().update).collect::<Vec<_>>()
    };
    assert_eq!(run(), run());
}

fn temp(name: &str) -> std::path::PathBuf {
    std::env::temp_dir().join(format!("mlirrl-ppo-{}-{name}", std::process::id()))
}

#[test]
fn a_resumed_run_continues_exactly() {
    let path = temp("resume.safetensors");
    let mut a = Trainer::new(Tiny::new(4, 5), config(5, 1e-3)).unwrap();
    let mut env = synthetic();
    for _ in 0..3 {
        a.iterate(&mut env).unwrap();
    }
    a.save(&path).unwrap();
    let next_uninterrupted = a.iterate(&mut env).unwrap();

    // A fresh trainer with other weights and another seed, loaded from the file.
    let mut b = Trainer::new(Tiny::new(4, 99), config(99, 0.5)).unwrap();
    b.load(&path).unwrap();
    assert_eq!(b.iteration(), 3);
    let next_resumed = b.iterate(&mut synthetic()).unwrap();
    assert_eq!(next_uninterrupted.update, next_resumed.update);
    assert_eq!(next_uninterrupted.iteration, next_resumed.iteration);
    let _ = std::fs::remove_file(&path);
}

#[test]
fn bad_checkpoints_are_clear_errors() {
    let path = temp("bad.safetensors");
    let trainer = Trainer::new(Tiny::new(4, 1), config(1, 1e-3)).unwrap();
    trainer.save(&path).unwrap();

    // Another model shape.
    let mut other = Trainer::new(Tiny::new(6, 1), config(1, 1e-3)).unwrap();
    let e = other.load(&path).unwrap_err().to_string();
    assert!(e.contains("bad.safetensors") && e.contains("mismatch"), "{e}");

    // Truncated file.
    let bytes = std::fs::read(&path).unwrap();
    std::fs::write(&path, &bytes[..bytes.len() / 2]).unwrap();
    let mut same = Trainer::new(Tiny::new(4, 1), config(1, 1e-3)).unwrap();
    let e = same.load(&path).unwrap_err().to_string();
    assert!(
        e.contains("bad.safetensors") && (e.contains("corrupt") || e.contains("truncated")),
        "{e}"
    );

    // Garbage and missing files.
    std::fs::write(&path, b"not a checkpoint at all").unwrap();
    assert!(same.load(&path).unwrap_err().to_string().contains("not a checkpoint"));
    std::fs::remove_file(&path).unwrap();
    assert!(same.load(&path).unwrap_err().to_string().contains("cannot read"));
}

#[test]
fn an_interrupted_run_resumes_from_its_last_checkpoint() {
    use mlirrl_ppo::{RunOptions, metrics_path, run};
    let dir = temp("rundir");
    let _ = std::fs::remove_dir_all(&dir);
    let options = |iterations| RunOptions {
        iterations,
        out_dir: dir.clone(),
        checkpoint_every: 2,
        progress: false,
        validate_every: 0,
    };

    // Uninterrupted reference: 5 iterations.
    let reference_dir = temp("rundir-ref");
    let _ = std::fs::remove_dir_all(&reference_dir);
    let mut reference = Trainer::new(Tiny::new(4, 11), config(11, 1e-3)).unwrap();
    let full = run(
        &mut reference,
        &mut synthetic(),
        &RunOptions { out_dir: reference_dir.clone(), ..options(5) },
    )
    .unwrap();

    // Killed after iteration 3, whose metrics line was written but whose
    // checkpoint was not: the last checkpoint is from iteration 2.
    let mut first = Trainer::new(Tiny::new(4, 11), config(11, 1e-3)).unwrap();
    run(&mut first, &mut synthetic(), &options(2)).unwrap();
    let line3 = std::fs::read_to_string(metrics_path(&reference_dir))
        .unwrap()
        .lines()
        .nth(2)
        .unwrap()
        .to_string();
    let mut metrics = std::fs::read_to_string(metrics_path(&dir)).unwrap();
    metrics.push_str(&line3);
    metrics.push('\n');
    std::fs::write(metrics_path(&dir), metrics).unwrap();

    // A new process (fresh trainer, other seed) resumes and finishes.
    let mut resumed = Trainer::new(Tiny::new(4, 11), config(42, 1e-3)).unwrap();
    let rest = run(&mut resumed, &mut synthetic(), &options(5)).unwrap();
    assert_eq!(rest.len(), 3, "iterations 3, 4, 5 run again");
    for (a, b) in full[2..].iter().zip(&rest) {
        assert_eq!(a.iteration, b.iteration);
        assert_eq!(a.update, b.update);
    }
    let lines = std::fs::read_to_string(metrics_path(&dir)).unwrap();
    let iterations: Vec<u64> = lines
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).unwrap()["iteration"].as_u64().unwrap()
        })
        .collect();
    assert_eq!(iterations, [1, 2, 3, 4, 5]);
    for d in [dir, reference_dir] {
        let _ = std::fs::remove_dir_all(d);
    }
}

/// Two loss terms differentiated on two threads and summed give the
/// gradients of their sum, also for a weight that both terms reach.
#[test]
fn backward_sum_equals_the_gradient_of_the_sum() {
    let dev = Device::Cpu;
    let shared = Var::from_vec(vec![0.5f32, -1.0, 2.0], 3, &dev).unwrap();
    let only_a = Var::from_vec(vec![1.5f32, 0.25, -0.75], 3, &dev).unwrap();
    let only_b = Var::from_vec(vec![-2.0f32, 3.0, 0.5], 3, &dev).unwrap();
    let a = (shared.as_tensor() * only_a.as_tensor()).unwrap().sqr().unwrap().sum_all().unwrap();
    let b = (shared.as_tensor().exp().unwrap() * only_b.as_tensor()).unwrap().sum_all().unwrap();
    let together = (&a + &b).unwrap().backward().unwrap();
    let split = mlirrl_ppo::ppo::backward_sum(&a, &b).unwrap();
    for v in [&shared, &only_a, &only_b] {
        let x: Vec<f32> = together.get(v.as_tensor()).unwrap().to_vec1().unwrap();
        let y: Vec<f32> = split.get(v.as_tensor()).unwrap().to_vec1().unwrap();
        for (x, y) in x.iter().zip(&y) {
            assert!((x - y).abs() <= 1e-6 * x.abs().max(1.0), "{x} vs {y}");
        }
    }
    // The shared weight's gradient really has both parts.
    let only_a_part: Vec<f32> =
        a.backward().unwrap().get(shared.as_tensor()).unwrap().to_vec1().unwrap();
    let both: Vec<f32> = split.get(shared.as_tensor()).unwrap().to_vec1().unwrap();
    assert!(only_a_part.iter().zip(&both).any(|(p, q)| (p - q).abs() > 1e-3));
}

/// The synthetic task, with every episode of an odd-numbered environment
/// marked to be discarded (as an environment does when its measurement
/// failed outside the policy's control).
struct HalfDiscarded(Synthetic);

impl VecEnv for HalfDiscarded {
    fn num_envs(&self) -> usize {
        self.0.num_envs()
    }
    fn reset(&mut self, rng: &mut Rng) -> std::result::Result<Vec<EnvObs>, String> {
        self.0.reset(rng)
    }
    fn step(&mut self, actions: &[(usize, Vec<u32>)]) -> std::result::Result<Vec<EnvStep>, String> {
        let mut steps = self.0.step(actions)?;
        for ((i, _), s) in actions.iter().zip(&mut steps) {
            s.discard = s.done && i % 2 == 1;
            if s.discard {
                s.reward = -20.0; // must never reach the update
            }
        }
        Ok(steps)
    }
}

#[test]
fn discarded_episodes_are_counted_and_never_learned_from() {
    let mut trainer = Trainer::new(Tiny::new(4, 1), config(1, 3e-3)).unwrap();
    let mut env = HalfDiscarded(synthetic());
    let rollout = trainer.collect(&mut env).unwrap();
    assert_eq!(rollout.dropped_episodes, 8);
    assert_eq!(rollout.episode_returns.len(), 8);
    assert_eq!(rollout.obs.len(), 16, "two steps of each of the 8 kept episodes");
    assert!(rollout.episode_returns.iter().all(|&r| r >= 0.0), "{:?}", rollout.episode_returns);
    let metrics = trainer.iterate(&mut env).unwrap();
    assert_eq!((metrics.dropped_episodes, metrics.episodes), (8, 8));

    // Every episode dropped: the iteration runs and learns nothing.
    struct AllDiscarded(Synthetic);
    impl VecEnv for AllDiscarded {
        fn num_envs(&self) -> usize {
            self.0.num_envs()
        }
        fn reset(&mut self, rng: &mut Rng) -> std::result::Result<Vec<EnvObs>, String> {
            self.0.reset(rng)
        }
        fn step(
            &mut self,
            actions: &[(usize, Vec<u32>)],
        ) -> std::result::Result<Vec<EnvStep>, String> {
            let mut steps = self.0.step(actions)?;
            steps.iter_mut().for_each(|s| s.discard = s.done);
            Ok(steps)
        }
    }
    let before: Vec<f32> =
        trainer.model.get("policy.weight").flatten_all().unwrap().to_vec1().unwrap();
    let metrics = trainer.iterate(&mut AllDiscarded(synthetic())).unwrap();
    assert_eq!((metrics.dropped_episodes, metrics.steps), (16, 0));
    let after: Vec<f32> =
        trainer.model.get("policy.weight").flatten_all().unwrap().to_vec1().unwrap();
    assert_eq!(before, after);
}

#[test]
fn out_of_range_settings_are_refused_by_name() {
    let mut c = config(1, 1e-3);
    c.gamma = -5.0;
    let err = Trainer::new(Tiny::new(4, 1), c).err().unwrap().to_string();
    assert!(err.contains("ppo.gamma = -5 is outside [0, 1]"), "{err}");
    let mut c = config(1, f64::NAN);
    c.gae_lambda = 0.9;
    let err = Trainer::new(Tiny::new(4, 1), c).err().unwrap().to_string();
    assert!(err.contains("ppo.adam.lr = NaN"), "{err}");
    let mut c = config(1, 1e-3);
    c.gae_lambda = 7.0;
    assert!(Trainer::new(Tiny::new(4, 1), c).is_err());
}

#[test]
fn a_killed_writers_temporary_file_is_removed_by_the_next_save() {
    let dir = temp("stale-tmp");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("checkpoint.safetensors");
    // A pid that does not exist (above the kernel's maximum).
    let stale = dir.join(".checkpoint.safetensors.4194399.x1y2z3.tmp");
    std::fs::write(&stale, b"half a checkpoint").unwrap();
    // Written two hours ago (younger ones may be another host's writer).
    let old = std::time::SystemTime::now() - std::time::Duration::from_secs(7200);
    std::fs::File::options().write(true).open(&stale).unwrap().set_modified(old).unwrap();
    let trainer = Trainer::new(Tiny::new(4, 1), config(1, 1e-3)).unwrap();
    trainer.save(&path).unwrap();
    assert!(path.exists() && !stale.exists());
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn validation_keeps_the_best_checkpoint_across_a_resume() {
    use mlirrl_ppo::{BEST_VALIDATION_KEY, RunOptions, best_checkpoint_path, metrics_path};
    let dir = temp("validated");
    let _ = std::fs::remove_dir_all(&dir);
    let options = |iterations| RunOptions {
        iterations,
        out_dir: dir.clone(),
        checkpoint_every: 5,
        progress: false,
        validate_every: 2,
    };
    let iteration_of = |path: &std::path::Path| -> u64 {
        mlirrl_ppo::checkpoint::read_metadata(path).unwrap()["iteration"].parse().unwrap()
    };
    // Scores by validation: iteration 2 -> 1.0, 4 -> 3.0, 6 -> 2.0.
    let mut scores = vec![1.0, 3.0, 2.0].into_iter();
    let mut seen = Vec::new();
    let mut validator = |path: &std::path::Path| -> std::result::Result<f64, String> {
        seen.push(iteration_of(path));
        scores.next().ok_or_else(|| "no more scores".to_string())
    };
    let mut trainer = Trainer::new(Tiny::new(4, 3), config(3, 1e-3)).unwrap();
    mlirrl_ppo::run_validated(&mut trainer, &mut synthetic(), &options(6), Some(&mut validator))
        .unwrap();
    assert_eq!(seen, [2, 4, 6], "the checkpoint scored is the one just written");
    assert_eq!(iteration_of(&best_checkpoint_path(&dir)), 4, "the best score's checkpoint");
    let lines = std::fs::read_to_string(metrics_path(&dir)).unwrap();
    let validation: Vec<Option<f64>> = lines
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).unwrap()["validation_geomean"].as_f64()
        })
        .collect();
    assert_eq!(validation, [None, Some(1.0), None, Some(3.0), None, Some(2.0)]);

    // Resumed in a new process: a later score below the best keeps the old
    // best; a failing validation costs its score only.
    let mut resumed = Trainer::new(Tiny::new(4, 3), config(3, 1e-3)).unwrap();
    let mut calls = 0;
    let mut second = |_: &std::path::Path| -> std::result::Result<f64, String> {
        calls += 1;
        if calls == 1 { Ok(2.5) } else { Err("worker died".into()) }
    };
    let rest =
        mlirrl_ppo::run_validated(&mut resumed, &mut synthetic(), &options(10), Some(&mut second))
            .unwrap();
    assert_eq!(rest.len(), 4);
    assert_eq!(rest[1].validation_geomean, Some(2.5));
    assert_eq!(rest[3].validation_geomean, None);
    assert_eq!(iteration_of(&best_checkpoint_path(&dir)), 4);
    assert_eq!(resumed.metadata[BEST_VALIDATION_KEY], "3");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_weights_only_checkpoint_loads_for_inference_and_refuses_to_resume() {
    let full = temp("full.safetensors");
    let light = temp("light.safetensors");
    let mut trainer = Trainer::new(Tiny::new(4, 8), config(8, 1e-3)).unwrap();
    trainer.iterate(&mut synthetic()).unwrap();
    trainer.save(&full).unwrap();
    trainer.save_weights(&light).unwrap();
    let (full_size, light_size) =
        (std::fs::metadata(&full).unwrap().len(), std::fs::metadata(&light).unwrap().len());
    assert!(light_size * 2 < full_size, "no optimiser moments: {light_size} vs {full_size}");

    let fresh = Tiny::new(4, 99);
    let contents = mlirrl_ppo::checkpoint::read(&light, &Device::Cpu).unwrap();
    mlirrl_ppo::checkpoint::load_weights(&fresh, &contents, &light).unwrap();
    for ((_, a), (_, b)) in fresh.variables().iter().zip(trainer.model.variables().iter()) {
        let (a, b): (Vec<f32>, Vec<f32>) = (
            a.as_tensor().flatten_all().unwrap().to_vec1().unwrap(),
            b.as_tensor().flatten_all().unwrap().to_vec1().unwrap(),
        );
        assert_eq!(a, b);
    }
    let mut other = Trainer::new(Tiny::new(4, 1), config(1, 1e-3)).unwrap();
    let e = other.load(&light).unwrap_err().to_string();
    assert!(e.contains("weights-only") && e.contains("cannot resume"), "{e}");
    let _ = std::fs::remove_file(&full);
    let _ = std::fs::remove_file(&light);
}

#[test]
fn the_entropy_guard_raises_the_bonus_below_its_floor_and_resumes_with_it() {
    // A floor no policy reaches: the coefficient doubles each update up to
    // its cap; without a floor it stays put.
    let mut guarded =
        Trainer::new(Tiny::new(4, 2), PpoConfig { entropy_floor: Some(1e3), ..config(2, 1e-3) })
            .unwrap();
    let mut env = synthetic();
    let used: Vec<f64> =
        (0..7).map(|_| guarded.iterate(&mut env).unwrap().update.entropy_coef).collect();
    let base = PpoConfig::default().entropy_coef;
    let expected: Vec<f64> =
        [1.0, 2.0, 4.0, 8.0, 16.0, 16.0, 16.0].iter().map(|s| s * base).collect();
    assert_eq!(used, expected);
    let path = temp("guard.safetensors");
    guarded.save(&path).unwrap();
    let mut resumed = Trainer::new(Tiny::new(4, 2), config(2, 1e-3)).unwrap();
    resumed.load(&path).unwrap();
    assert_eq!(resumed.iterate(&mut synthetic()).unwrap().update.entropy_coef, 16.0 * base);
    let _ = std::fs::remove_file(&path);

    let mut plain = Trainer::new(Tiny::new(4, 2), config(2, 1e-3)).unwrap();
    for _ in 0..3 {
        assert_eq!(plain.iterate(&mut env).unwrap().update.entropy_coef, base);
    }
}

#[test]
fn an_exported_checkpoint_equals_the_trainers_own_weights_only_file() {
    let full = temp("export-full.safetensors");
    let exported = temp("export-out.safetensors");
    let direct = temp("export-direct.safetensors");
    let mut trainer = Trainer::new(Tiny::new(4, 6), config(6, 1e-3)).unwrap();
    trainer.metadata.insert("env".into(), "{\"a\":1}".into());
    trainer.iterate(&mut synthetic()).unwrap();
    trainer.save(&full).unwrap();
    trainer.save_weights(&direct).unwrap();
    mlirrl_ppo::checkpoint::export_weights(&full, &exported).unwrap();
    let (a, ma) = mlirrl_ppo::checkpoint::read(&exported, &Device::Cpu).unwrap();
    let (b, mb) = mlirrl_ppo::checkpoint::read(&direct, &Device::Cpu).unwrap();
    assert_eq!(ma, mb);
    assert_eq!(a.keys().collect::<std::collections::BTreeSet<_>>(), b.keys().collect());
    for (k, t) in &a {
        let (x, y): (Vec<f32>, Vec<f32>) = (
            t.flatten_all().unwrap().to_vec1().unwrap(),
            b[k].flatten_all().unwrap().to_vec1().unwrap(),
        );
        assert_eq!(x, y, "{k}");
    }
    for p in [full, exported, direct] {
        let _ = std::fs::remove_file(p);
    }
}

/// The synthetic environment's optimal actions, as a teacher shows them.
fn optimal_demonstrations() -> Vec<mlirrl_ppo::Demonstration> {
    let mut env = synthetic();
    env.contexts = vec![0, 1];
    env.n = 2;
    let mut demos = Vec::new();
    for step in 0..2 {
        env.steps = vec![step; 2];
        for i in 0..2 {
            let c = env.contexts[i] as u32;
            let EnvObs { obs, mask } = env.obs(i);
            let action = if step == 0 { vec![1, 3 - c, 1 + c, 0] } else { vec![2, 0, 0, 2 * c] };
            demos.push(mlirrl_ppo::Demonstration { obs, mask, action });
        }
    }
    demos
}

#[test]
fn imitation_clones_a_teacher_and_checks_its_demonstrations() {
    let demos = optimal_demonstrations();
    let mut trainer = Trainer::new(Tiny::new(4, 5), config(5, 1e-2)).unwrap();
    assert!(greedy_returns(&mut trainer).iter().any(|&r| r < 1.99), "not solved before");
    let stats = trainer.imitate(&demos, 150, 1e-2).unwrap();
    assert_eq!((stats.samples, stats.epochs), (4, 150));
    assert!(stats.last_loss < stats.first_loss / 4.0, "{stats:?}");
    assert_eq!(stats.accuracy, 1.0, "{stats:?}");
    assert!(greedy_returns(&mut trainer).iter().all(|&r| (r - 2.0).abs() < 1e-6));
    assert_eq!(trainer.iteration(), 0, "cloning is not a PPO iteration");

    // Zero epochs change nothing; a demonstration of the wrong size is an error.
    let before = trainer.model.variables()[0].1.as_tensor().flatten_all().unwrap().to_vec1::<f32>();
    trainer.imitate(&demos, 0, 1e-2).unwrap();
    let after = trainer.model.variables()[0].1.as_tensor().flatten_all().unwrap().to_vec1::<f32>();
    assert_eq!(before.unwrap(), after.unwrap());
    let mut bad = demos.clone();
    bad[1].action.pop();
    let e = trainer.imitate(&bad, 1, 1e-2).unwrap_err().to_string();
    assert!(e.contains("demonstration 1"), "{e}");
    assert!(trainer.imitate(&demos, 1, f64::NAN).is_err());
    // Context 1 masks choice 3 of the first parameter row.
    let mut masked = demos.clone();
    masked[1].action = vec![1, 3, 2, 0];
    let e = trainer.imitate(&masked, 1, 1e-2).unwrap_err().to_string();
    assert!(e.contains("demonstration 1") && e.contains("illegal"), "{e}");
}

#[test]
fn same_choice_compares_the_selection_and_its_own_head_only() {
    let s = spec();
    // Selection 1's head rows differ: different choices.
    assert!(!s.same_choice(&[1, 3, 2, 0], &[1, 2, 2, 0]));
    // Rows of a head the selection does not use are ignored.
    assert!(s.same_choice(&[1, 3, 2, 0], &[1, 3, 2, 5]));
    assert!(!s.same_choice(&[1, 3, 2, 0], &[2, 3, 2, 0]));
}

#[test]
fn a_run_killed_while_validating_replays_that_iteration_without_a_hole() {
    use mlirrl_ppo::{RunOptions, metrics_path};
    let dir = temp("killed-validating");
    let _ = std::fs::remove_dir_all(&dir);
    let options = |iterations| RunOptions {
        iterations,
        out_dir: dir.clone(),
        checkpoint_every: 1,
        progress: false,
        validate_every: 2,
    };
    // The second validation (iteration 4) dies with the process.
    let mut calls = 0;
    let mut dies = |_: &std::path::Path| -> std::result::Result<f64, String> {
        calls += 1;
        if calls == 2 {
            panic!("killed while scoring");
        }
        Ok(1.5)
    };
    let mut trainer = Trainer::new(Tiny::new(4, 9), config(9, 1e-3)).unwrap();
    let killed = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        mlirrl_ppo::run_validated(&mut trainer, &mut synthetic(), &options(6), Some(&mut dies))
    }));
    assert!(killed.is_err());
    let iterations = || -> Vec<u64> {
        std::fs::read_to_string(metrics_path(&dir))
            .unwrap()
            .lines()
            .map(|l| {
                serde_json::from_str::<serde_json::Value>(l).unwrap()["iteration"].as_u64().unwrap()
            })
            .collect()
    };
    assert_eq!(iterations(), [1, 2, 3], "iteration 4's line was never written");
    let ckpt = mlirrl_ppo::checkpoint::read_metadata(&dir.join("checkpoint.safetensors")).unwrap();
    assert_eq!(ckpt["iteration"], "3", "nor was its checkpoint");

    let mut fine = |_: &std::path::Path| -> std::result::Result<f64, String> { Ok(2.0) };
    let mut resumed = Trainer::new(Tiny::new(4, 9), config(9, 1e-3)).unwrap();
    let rest =
        mlirrl_ppo::run_validated(&mut resumed, &mut synthetic(), &options(6), Some(&mut fine))
            .unwrap();
    assert_eq!(rest.iter().map(|m| m.iteration).collect::<Vec<_>>(), [4, 5, 6]);
    assert_eq!(rest[0].validation_geomean, Some(2.0), "iteration 4 validated again");
    assert_eq!(iterations(), [1, 2, 3, 4, 5, 6]);
    assert!(!dir.join("validating.safetensors").exists());
    let _ = std::fs::remove_dir_all(&dir);
}

/// The synthetic environment with a measured speedup at each episode's end
/// (`10^return`, as a log10-speedup reward gives).
struct Measured {
    inner: Synthetic,
    returns: Vec<f64>,
}

impl VecEnv for Measured {
    fn num_envs(&self) -> usize {
        self.inner.num_envs()
    }
    fn reset(&mut self, rng: &mut Rng) -> std::result::Result<Vec<EnvObs>, String> {
        self.returns = vec![0.0; self.inner.n];
        self.inner.reset(rng)
    }
    fn step(&mut self, actions: &[(usize, Vec<u32>)]) -> std::result::Result<Vec<EnvStep>, String> {
        let mut steps = self.inner.step(actions)?;
        for ((i, _), s) in actions.iter().zip(&mut steps) {
            self.returns[*i] += s.reward as f64;
            if s.done {
                s.speedup = Some(10f64.powf(self.returns[*i]));
            }
        }
        Ok(steps)
    }
}

#[test]
fn self_imitation_keeps_each_start_states_best_episode_and_clones_it() {
    let run = |epochs: usize| {
        let mut c = config(11, 1e-2);
        c.self_imitation_epochs = epochs;
        let mut trainer = Trainer::new(Tiny::new(4, 11), c).unwrap();
        let mut env = Measured { inner: synthetic(), returns: vec![] };
        (0..3).map(|_| trainer.iterate(&mut env).unwrap()).collect::<Vec<_>>()
    };
    // Off: nothing kept, no pass.
    let off = run(0);
    assert!(off.iter().all(|m| m.self_imitation.is_none() && m.elite_episodes == 0));
    // On: one kept episode per start state (the two contexts), two steps
    // each, cloned until the greedy policy takes every kept action.
    let on = run(60);
    let last = on.last().unwrap();
    assert_eq!(last.elite_episodes, 2, "{last:?}");
    let sil = last.self_imitation.clone().unwrap();
    assert_eq!((sil.samples, sil.epochs), (4, 60));
    assert_eq!(sil.accuracy, 1.0, "{sil:?}");
    let first = on[0].self_imitation.clone().unwrap();
    assert!(first.last_loss < first.first_loss, "cloning lowers the loss: {first:?}");
    // Deterministic for a seed (kept episodes in a fixed order).
    let again = run(60);
    let key = |m: &[mlirrl_ppo::IterationMetrics]| {
        m.iter().map(|m| (m.update.clone(), m.self_imitation.clone())).collect::<Vec<_>>()
    };
    assert_eq!(key(&on), key(&again));
}
