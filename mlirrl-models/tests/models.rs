//! The networks: sizes equal to the original system's, deterministic
//! initialisation and eval mode, masks respected, gradients reaching every
//! parameter, and checkpoints through the PPO trainer; the fused kernels
//! against candle's own operations, values and gradients.

use candle_core::{Device, Tensor};
use mlirrl_models::{EncoderConfig, Model, ModelConfig, ObsLayout};
use mlirrl_ppo::{ActionHeads, ActorCritic, Head, Mode, PpoConfig, Rng, Trainer, dist};

use mlirrl_models::synthetic::{seed_layout, seed_loop_tokens, seed_op_features, seed_spec};

fn small_layout() -> ObsLayout {
    ObsLayout {
        op_features: seed_op_features(3, 2, 2),
        history: 12,
        loop_tokens: Some(seed_loop_tokens(3, 2, 2)),
    }
}

fn small_spec() -> ActionHeads {
    ActionHeads {
        selection: 3,
        heads: vec![Head { rows: 3, choices: 4 }, Head { rows: 1, choices: 3 }],
        head_of_selection: vec![None, Some(0), Some(1)],
    }
}

/// A transformer encoder: `new` turns on both per-loop heads and learned
/// token embeddings (what `train_general` trains), off is the original form.
fn transformer(
    d_model: usize,
    heads: usize,
    layers: usize,
    ffn: usize,
    dropout: f64,
    new: bool,
) -> EncoderConfig {
    EncoderConfig::Transformer {
        d_model,
        heads,
        layers,
        ffn,
        dropout,
        loop_heads: new,
        learned_embeddings: new,
    }
}

fn random_obs(layout: &ObsLayout, b: usize, seed: u64) -> Tensor {
    let mut rng = Rng::new(seed);
    let mut v = Vec::new();
    for _ in 0..b {
        for i in 0..layout.total() {
            v.push(if i == layout.total() - 1 { 2.0 } else { rng.uniform(-1.0, 1.0) });
        }
    }
    Tensor::from_vec(v, (b, layout.total()), &Device::Cpu).unwrap()
}

#[test]
fn lstm_model_has_the_original_parameter_count() {
    let model = Model::new(ModelConfig::default(), seed_layout(), seed_spec()).unwrap();
    // Policy 4,845,809 + value 3,440,189: the original system's layer formulas
    // (its value network has exactly 3,440,189; its policy differs only by the
    // interchange head: 7 level pointers here instead of 15 swaps).
    assert_eq!(model.num_parameters(), 4_845_809 + 3_440_189);
}

#[test]
fn transformer_small_parameter_count_matches_its_formula() {
    let config = ModelConfig { encoder: EncoderConfig::transformer_small(), ..Default::default() };
    let model = Model::new(config, seed_layout(), seed_spec()).unwrap();
    let (d, ffn, l, f) = (64usize, 128usize, 7usize, 711usize);
    let tok = 2 + 2 * 49 + 11;
    let encoder = (f * d + d + d * d + d)
        + (tok * d + d + d * d + d)
        + d
        + 3 * d
        + 3 * d
        + (l + 1) * d
        + 2 * (2 * 2 * d + 4 * (d * d + d) + (d * ffn + ffn) + (ffn * d + d))
        + 2 * d;
    let backbone = ((d + 1085) * 512 + 512) + 2 * (512 * 512 + 512);
    let heads = 5 * (512 * 512 + 512) + (512 * 6 + 6) + 3 * (512 * 56 + 56) + (512 * 7 + 7);
    let value = encoder + backbone + 513;
    assert_eq!(model.num_parameters(), encoder + backbone + heads + value);
}

#[test]
fn forward_shapes_eval_determinism_and_dropout() {
    for encoder in [
        EncoderConfig::Lstm { embed: 32, hidden: 16, dropout: 0.5 },
        transformer(16, 2, 2, 32, 0.5, false),
        transformer(16, 2, 2, 32, 0.5, true),
    ] {
        let config = ModelConfig { encoder, width: 32, backbone_layers: 2, seed: 3 };
        let model = Model::new(config, small_layout(), small_spec()).unwrap();
        let obs = random_obs(&small_layout(), 5, 1);
        let mut rng = Rng::new(0);
        let (logits, values) = model.forward(&obs, Mode::Eval, &mut rng).unwrap();
        assert_eq!(logits.selection.dims(), &[5, 3]);
        assert_eq!(logits.heads[0].dims(), &[5, 3, 4]);
        assert_eq!(logits.heads[1].dims(), &[5, 1, 3]);
        assert_eq!(values.dims(), &[5]);
        let (again, _) = model.forward(&obs, Mode::Eval, &mut Rng::new(123)).unwrap();
        let a: Vec<f32> = logits.selection.flatten_all().unwrap().to_vec1().unwrap();
        let b: Vec<f32> = again.selection.flatten_all().unwrap().to_vec1().unwrap();
        assert_eq!(a, b, "eval mode is deterministic");
        let (train, _) = model.forward(&obs, Mode::Train, &mut rng).unwrap();
        let c: Vec<f32> = train.selection.flatten_all().unwrap().to_vec1().unwrap();
        assert_ne!(a, c, "train mode applies dropout");
    }
}

#[test]
fn same_seed_same_weights() {
    let a = Model::new(ModelConfig { seed: 9, ..Default::default() }, small_layout(), small_spec())
        .unwrap();
    let b = Model::new(ModelConfig { seed: 9, ..Default::default() }, small_layout(), small_spec())
        .unwrap();
    let c =
        Model::new(ModelConfig { seed: 10, ..Default::default() }, small_layout(), small_spec())
            .unwrap();
    let first =
        |m: &Model| m.variables()[0].1.as_tensor().flatten_all().unwrap().to_vec1::<f32>().unwrap();
    assert_eq!(first(&a), first(&b));
    assert_ne!(first(&a), first(&c));
}

#[test]
fn gradients_reach_every_parameter_and_masks_hold() {
    for encoder in [
        EncoderConfig::Lstm { embed: 32, hidden: 16, dropout: 0.0 },
        transformer(16, 4, 1, 32, 0.0, false),
        transformer(16, 4, 1, 32, 0.0, true),
    ] {
        let config = ModelConfig { encoder, width: 32, backbone_layers: 2, seed: 4 };
        let model = Model::new(config, small_layout(), small_spec()).unwrap();
        let spec = small_spec();
        let b = 6;
        let obs = random_obs(&small_layout(), b, 2);
        let mut mask = vec![true; spec.mask_len()];
        mask[0] = false; // selection 0 illegal
        let masks = dist::Masks::from_flat(&spec, &vec![mask; b], &Device::Cpu).unwrap();
        let actions: Vec<u32> = (0..b).flat_map(|i| [1 + (i % 2) as u32, 1, 2, 3, 0]).collect();
        let actions = Tensor::from_vec(actions, (b, spec.action_len()), &Device::Cpu).unwrap();
        let (logp, ent, values) =
            model.evaluate(&obs, &masks, &actions, Mode::Train, &mut Rng::new(0)).unwrap();
        let loss = ((logp.sum_all().unwrap() + ent.sum_all().unwrap()).unwrap()
            + values.sqr().unwrap().sum_all().unwrap())
        .unwrap();
        let grads = loss.backward().unwrap();
        for (name, var) in model.variables() {
            let g = grads.get(var.as_tensor()).unwrap_or_else(|| panic!("no gradient for {name}"));
            let norm: f32 = g.sqr().unwrap().sum_all().unwrap().to_scalar().unwrap();
            assert!(norm.is_finite(), "{name}");
            assert!(norm > 0.0, "zero gradient for {name}");
        }
        let acted = model
            .act(
                &vec![vec![0.5; small_layout().total()]; 50],
                &vec![
                    {
                        let mut m = vec![true; spec.mask_len()];
                        m[0] = false;
                        m
                    };
                    50
                ],
                false,
                Mode::Train,
                &mut Rng::new(1),
            )
            .unwrap();
        assert!(acted.actions.iter().all(|a| a[0] != 0), "a masked selection was sampled");
    }
}

#[test]
fn checkpoints_round_trip_for_both_encoders() {
    for (k, encoder) in [
        EncoderConfig::Lstm { embed: 16, hidden: 8, dropout: 0.1 },
        transformer(8, 2, 1, 16, 0.1, false),
        transformer(8, 2, 1, 16, 0.1, true),
    ]
    .into_iter()
    .enumerate()
    {
        let config =
            ModelConfig { encoder: encoder.clone(), width: 16, backbone_layers: 1, seed: 5 };
        let trainer = Trainer::new(
            Model::new(config.clone(), small_layout(), small_spec()).unwrap(),
            PpoConfig::default(),
        )
        .unwrap();
        let path = std::env::temp_dir()
            .join(format!("mlirrl-models-{}-{k}.safetensors", std::process::id()));
        trainer.save(&path).unwrap();
        let other = ModelConfig { seed: 6, ..config.clone() };
        let mut loaded = Trainer::new(
            Model::new(other, small_layout(), small_spec()).unwrap(),
            PpoConfig::default(),
        )
        .unwrap();
        // Different seed = different configuration: refused.
        assert!(loaded.load(&path).unwrap_err().to_string().contains("mismatch"));
        let mut loaded = Trainer::new(
            Model::new(config, small_layout(), small_spec()).unwrap(),
            PpoConfig::default(),
        )
        .unwrap();
        loaded.load(&path).unwrap();
        let obs = random_obs(&small_layout(), 3, 7);
        let (a, va) = trainer.model.forward(&obs, Mode::Eval, &mut Rng::new(0)).unwrap();
        let (b, vb) = loaded.model.forward(&obs, Mode::Eval, &mut Rng::new(0)).unwrap();
        assert_eq!(
            a.selection.flatten_all().unwrap().to_vec1::<f32>().unwrap(),
            b.selection.flatten_all().unwrap().to_vec1::<f32>().unwrap()
        );
        assert_eq!(va.to_vec1::<f32>().unwrap(), vb.to_vec1::<f32>().unwrap());
        for (ha, hb) in a.heads.iter().zip(&b.heads) {
            assert_eq!(
                ha.flatten_all().unwrap().to_vec1::<f32>().unwrap(),
                hb.flatten_all().unwrap().to_vec1::<f32>().unwrap()
            );
        }
        let _ = std::fs::remove_file(&path);
    }
}

#[test]
fn bad_configurations_are_errors() {
    // Loop tokens that point past the op features.
    let mut layout = small_layout();
    layout.op_features = 20;
    let e = Model::new(ModelConfig::default(), layout, small_spec()).err().unwrap();
    assert!(e.to_string().contains("outside the 20 op features"), "{e}");
    // The transformer needs loop tokens; the LSTM reads any feature vector.
    let opaque = ObsLayout { loop_tokens: None, ..small_layout() };
    let small = ModelConfig { encoder: EncoderConfig::transformer_small(), ..Default::default() };
    let e = Model::new(small, opaque.clone(), small_spec()).err().unwrap();
    assert!(e.to_string().contains("needs loop tokens"), "{e}");
    assert!(Model::new(ModelConfig::default(), opaque, small_spec()).is_ok());
    let config =
        ModelConfig { encoder: transformer(10, 3, 1, 8, 0.0, false), ..Default::default() };
    assert!(Model::new(config, small_layout(), small_spec()).is_err());
    // The heads read the backbone's width: at least one layer.
    let none = ModelConfig { backbone_layers: 0, ..Default::default() };
    let e = Model::new(none, small_layout(), small_spec()).err().unwrap();
    assert!(e.to_string().contains("backbone_layers"), "{e}");
}

#[test]
fn per_loop_heads_share_weights_across_loops_and_old_configs_keep_pooled_heads() {
    let encoder = |new| transformer(16, 2, 1, 32, 0.0, new);
    let params = |loop_heads, spec: ActionHeads| {
        let config =
            ModelConfig { encoder: encoder(loop_heads), width: 32, backbone_layers: 1, seed: 1 };
        Model::new(config, small_layout(), spec).unwrap().num_parameters()
    };
    // Pooled: a head's last layer grows with rows x choices; per loop: one
    // row's worth of weights, [width + d_model] -> width -> choices, serves
    // all 3 loops (and the pointer head scores each loop with one logit).
    let (w, d) = (32, 16);
    let pooled = (w * w + w + w * 12 + 12) + (w * w + w + w * 3 + 3);
    let per_loop = ((w + d) * w + w + w * 4 + 4) + ((w + d) * w + w + w);
    assert_eq!(params(false, small_spec()) + per_loop, params(true, small_spec()) + pooled);
    // A one-row head whose choices are not the loops stays pooled.
    let odd = ActionHeads {
        selection: 3,
        heads: vec![Head { rows: 3, choices: 4 }, Head { rows: 1, choices: 5 }],
        head_of_selection: vec![None, Some(0), Some(1)],
    };
    let (pooled_tiles, per_loop_tiles) = (w * w + w + w * 12 + 12, (w + d) * w + w + w * 4 + 4);
    assert_eq!(params(false, odd.clone()) + per_loop_tiles, params(true, odd) + pooled_tiles);
    // Heads of more rows than loop tokens (or of different row counts)
    // cannot be per-loop: a configuration error, not a silent fallback.
    let too_many = ActionHeads {
        selection: 2,
        heads: vec![Head { rows: 4, choices: 2 }],
        head_of_selection: vec![None, Some(0)],
    };
    let config = ModelConfig { encoder: encoder(true), width: 32, backbone_layers: 1, seed: 1 };
    let e = Model::new(config.clone(), small_layout(), too_many.clone()).err().unwrap();
    assert!(e.to_string().contains("per-loop heads need"), "{e}");
    let pooled = ModelConfig { encoder: encoder(false), ..config.clone() };
    assert!(Model::new(pooled, small_layout(), too_many).is_ok());
    // Fewer rows than loop tokens: the first loops' tokens serve them.
    let fewer = ActionHeads {
        selection: 2,
        heads: vec![Head { rows: 2, choices: 3 }, Head { rows: 1, choices: 2 }],
        head_of_selection: vec![None, Some(0)],
    };
    let model = Model::new(config, small_layout(), fewer).unwrap();
    let (logits, _) =
        model.forward(&random_obs(&small_layout(), 3, 1), Mode::Eval, &mut Rng::new(0)).unwrap();
    assert_eq!((logits.heads[0].dims(), logits.heads[1].dims()), (&[3, 2, 3][..], &[3, 1, 2][..]));
    // Configurations and checkpoints written before the key: pooled heads,
    // and the pooled form still writes no key (their stored config matches).
    let old = r#"{"kind":"transformer","d_model":16,"heads":2,"layers":1,"ffn":32,"dropout":0.0}"#;
    assert_eq!(serde_json::from_str::<EncoderConfig>(old).unwrap(), encoder(false));
    assert_eq!(serde_json::to_string(&encoder(false)).unwrap(), old);
    assert!(serde_json::to_string(&encoder(true)).unwrap().contains(r#""loop_heads":true"#));
}

#[test]
fn learned_token_embeddings_take_effect_and_frozen_ones_keep_their_initial_values() {
    // Setting the role/type/depth tables (as an optimiser step or a loaded
    // checkpoint does) changes the output only with learned embeddings.
    for learned in [false, true] {
        let encoder = EncoderConfig::Transformer {
            d_model: 16,
            heads: 2,
            layers: 1,
            ffn: 32,
            dropout: 0.0,
            loop_heads: false,
            learned_embeddings: learned,
        };
        let config = ModelConfig { encoder, width: 32, backbone_layers: 1, seed: 8 };
        let model = Model::new(config, small_layout(), small_spec()).unwrap();
        let obs = random_obs(&small_layout(), 2, 4);
        let out = |m: &Model| -> Vec<f32> {
            let (logits, _) = m.forward(&obs, Mode::Eval, &mut Rng::new(0)).unwrap();
            logits.selection.flatten_all().unwrap().to_vec1().unwrap()
        };
        let before = out(&model);
        for (name, var) in model.variables() {
            if name.ends_with("encoder.depth") && name.starts_with("policy") {
                let t = ((var.as_tensor() * 0.0).unwrap() + 0.5).unwrap();
                var.set(&t).unwrap();
            }
        }
        assert_eq!(before != out(&model), learned, "learned embeddings: {learned}");
    }
}

// ---------------------------------------------------------------------------
// Fused kernels against the same computation written with candle operations.

use candle_core::Var;
use mlirrl_models::fused::{self, Activation};
use proptest::prelude::*;

fn uniform(rng: &mut Rng, shape: &[usize]) -> Vec<f32> {
    (0..shape.iter().product::<usize>()).map(|_| rng.uniform(-2.0, 2.0)).collect()
}

fn var(rng: &mut Rng, shape: &[usize]) -> Var {
    Var::from_vec(uniform(rng, shape), shape, &Device::Cpu).unwrap()
}

fn max_diff(a: &Tensor, b: &Tensor) -> f32 {
    (a - b).unwrap().abs().unwrap().flatten_all().unwrap().max(0).unwrap().to_scalar().unwrap()
}

fn reference_activation(y: &Tensor, act: Activation) -> Tensor {
    match act {
        Activation::Identity => y.clone(),
        Activation::Relu => y.relu().unwrap(),
        Activation::Elu => y.elu(1.0).unwrap(),
    }
}

/// Checks `linear` against `act(x.matmul(w) + b)`: outputs, and the
/// gradients of a weighted sum of the outputs with respect to x, w and b.
/// `x` is a column slice of a wider matrix, so its rows are strided.
fn check_linear(m: usize, k: usize, n: usize, act: Activation, seed: u64) {
    let mut rng = Rng::new(seed);
    let wide = var(&mut rng, &[m, k + 3]);
    let x = wide.as_tensor().narrow(1, 2, k).unwrap();
    let w = var(&mut rng, &[k, n]);
    let b = var(&mut rng, &[n]);
    let weights = Tensor::from_vec(uniform(&mut rng, &[m, n]), (m, n), &Device::Cpu).unwrap();
    let fused_y = fused::linear(&x, w.as_tensor(), b.as_tensor(), act).unwrap();
    let plain_y = reference_activation(
        &x.matmul(w.as_tensor()).unwrap().broadcast_add(b.as_tensor()).unwrap(),
        act,
    );
    let scale = 1e-4 * (k as f32).sqrt().max(1.0);
    assert!(max_diff(&fused_y, &plain_y) < scale * 10.0, "{act:?} {m}x{k}x{n}: outputs differ");
    let fused_g = (&fused_y * &weights).unwrap().sum_all().unwrap().backward().unwrap();
    let plain_g = (&plain_y * &weights).unwrap().sum_all().unwrap().backward().unwrap();
    for (name, t) in [("x", wide.as_tensor()), ("w", w.as_tensor()), ("b", b.as_tensor())] {
        let (f, p) = (fused_g.get(t).unwrap(), plain_g.get(t).unwrap());
        let tol = 1e-4
            * (1.0
                + p.abs()
                    .unwrap()
                    .max_keepdim(0)
                    .unwrap()
                    .flatten_all()
                    .unwrap()
                    .max(0)
                    .unwrap()
                    .to_scalar::<f32>()
                    .unwrap());
        assert!(max_diff(f, p) < tol * 10.0, "{act:?} {m}x{k}x{n}: gradient of {name} differs");
    }
}

#[test]
fn fused_linear_matches_candle_operations() {
    for act in [Activation::Identity, Activation::Relu, Activation::Elu] {
        check_linear(64, 711, 512, act, 1);
        check_linear(3, 5, 7, act, 2);
        check_linear(1, 1, 1, act, 3);
    }
}

#[test]
fn fused_linear_skips_gradients_of_constants_and_rejects_bad_shapes() {
    let mut rng = Rng::new(4);
    let x = Tensor::from_vec(uniform(&mut rng, &[4, 3]), (4, 3), &Device::Cpu).unwrap();
    let w = var(&mut rng, &[3, 2]);
    let b = Tensor::zeros(2, candle_core::DType::F32, &Device::Cpu).unwrap();
    let y = fused::linear(&x, w.as_tensor(), &b, Activation::Relu).unwrap();
    let grads = y.sum_all().unwrap().backward().unwrap();
    assert!(grads.get(&x).is_none(), "a constant input gets no gradient");
    assert!(grads.get(&b).is_none(), "a constant bias gets no gradient");
    assert!(grads.get(w.as_tensor()).is_some());
    // Mismatched inner sizes, a bias of the wrong length, a non-f32 input.
    let bad_w = Tensor::zeros((4, 2), candle_core::DType::F32, &Device::Cpu).unwrap();
    let err = fused::linear(&x, &bad_w, &b, Activation::Identity).unwrap_err().to_string();
    assert!(err.contains("do not multiply"), "{err}");
    let bad_b = Tensor::zeros(3, candle_core::DType::F32, &Device::Cpu).unwrap();
    let err =
        fused::linear(&x, w.as_tensor(), &bad_b, Activation::Identity).unwrap_err().to_string();
    assert!(err.contains("bias"), "{err}");
    let x64 = x.to_dtype(candle_core::DType::F64).unwrap();
    assert!(fused::linear(&x64, w.as_tensor(), &b, Activation::Identity).is_err());
}

/// The LSTM cell written with candle operations, returning `[h | c]`.
fn reference_lstm_cell(gates: &Tensor, c: &Tensor) -> Tensor {
    let sig = |t: &Tensor| candle_nn::ops::sigmoid(t).unwrap();
    let chunks = gates.chunk(4, 1).unwrap();
    let (i, f, g, o) =
        (sig(&chunks[0]), sig(&chunks[1]), chunks[2].tanh().unwrap(), sig(&chunks[3]));
    let c_new = ((f * c).unwrap() + (i * g).unwrap()).unwrap();
    let h_new = (o * c_new.tanh().unwrap()).unwrap();
    Tensor::cat(&[h_new, c_new], 1).unwrap()
}

#[test]
fn fused_lstm_cell_matches_candle_operations() {
    for (b, h, seed) in [(64, 411, 5u64), (2, 3, 6), (1, 1, 7)] {
        let mut rng = Rng::new(seed);
        let gates = var(&mut rng, &[b, 4 * h]);
        let c = var(&mut rng, &[b, h]);
        let weights =
            Tensor::from_vec(uniform(&mut rng, &[b, 2 * h]), (b, 2 * h), &Device::Cpu).unwrap();
        let fused_out = fused::lstm_cell(gates.as_tensor(), c.as_tensor()).unwrap();
        let plain_out = reference_lstm_cell(gates.as_tensor(), c.as_tensor());
        assert!(max_diff(&fused_out, &plain_out) < 1e-5, "{b}x{h}: outputs differ");
        let fused_g = (&fused_out * &weights).unwrap().sum_all().unwrap().backward().unwrap();
        let plain_g = (&plain_out * &weights).unwrap().sum_all().unwrap().backward().unwrap();
        for (name, t) in [("gates", gates.as_tensor()), ("c", c.as_tensor())] {
            let d = max_diff(fused_g.get(t).unwrap(), plain_g.get(t).unwrap());
            assert!(d < 1e-5, "{b}x{h}: gradient of {name} differs by {d}");
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// The vectorisable exp stays within 3e-7 relative error of the exact
    /// value over the finite range, and tanh and sigmoid within 3e-7.
    #[test]
    fn fast_math_is_accurate(x in -87.0f32..88.0) {
        let exact = (x as f64).exp();
        prop_assert!(((fused::exp(x) as f64 - exact) / exact).abs() < 3e-7);
        let t = x / 8.0;
        prop_assert!((fused::tanh(t) as f64 - (t as f64).tanh()).abs() < 3e-7);
        prop_assert!((fused::sigmoid(t) as f64 - 1.0 / (1.0 + (-(t as f64)).exp())).abs() < 3e-7);
    }

    /// Random shapes and activations: the fused linear layer agrees with
    /// candle's operations.
    #[test]
    fn fused_linear_agrees_on_random_shapes(
        m in 1usize..20, k in 1usize..40, n in 1usize..40, act in 0usize..3, seed in 0u64..1000,
    ) {
        let act = [Activation::Identity, Activation::Relu, Activation::Elu][act];
        check_linear(m, k, n, act, seed);
    }
}

/// A PPO update of the LSTM model in train mode (dropout on, policy and
/// value networks run side by side, their gradients computed on two
/// threads) gives bit-identical weights for the same seed, and different
/// ones for another seed.
#[test]
fn ppo_updates_are_deterministic_for_a_seed() {
    let layout = small_layout();
    let spec = small_spec();
    let n = 24;
    let mut rng = Rng::new(9);
    let obs: Vec<Vec<f32>> =
        (0..n).map(|_| (0..layout.total()).map(|_| rng.uniform(0.0, 1.0)).collect()).collect();
    let masks: Vec<Vec<bool>> = (0..n).map(|_| vec![true; spec.mask_len()]).collect();
    let run = |seed: u64| -> Vec<Vec<f32>> {
        let config = ModelConfig {
            encoder: EncoderConfig::Lstm { embed: 32, hidden: 16, dropout: 0.3 },
            width: 32,
            backbone_layers: 2,
            seed: 1,
        };
        let model = Model::new(config, layout.clone(), spec.clone()).unwrap();
        let mut act_rng = Rng::new(2);
        let acted = model.act(&obs, &masks, false, Mode::Train, &mut act_rng).unwrap();
        let advantages: Vec<f32> = (0..n).map(|i| (i as f32 - 12.0) / 6.0).collect();
        let returns: Vec<f32> = advantages.iter().zip(&acted.values).map(|(a, v)| a + v).collect();
        let rollout = mlirrl_ppo::Rollout {
            obs: obs.clone(),
            masks: masks.clone(),
            actions: acted.actions,
            log_probs: acted.log_probs,
            values: acted.values,
            advantages,
            returns,
            ..Default::default()
        };
        let ppo = PpoConfig { epochs: 2, minibatch: 8, seed, ..PpoConfig::default() };
        let mut trainer = Trainer::new(model, ppo).unwrap();
        trainer.update(&rollout).unwrap();
        trainer
            .model
            .variables()
            .iter()
            .map(|(_, v)| v.as_tensor().flatten_all().unwrap().to_vec1().unwrap())
            .collect()
    };
    let (a, b, c) = (run(5), run(5), run(6));
    assert_eq!(a, b, "same seed, same weights");
    assert_ne!(a, c, "another seed shuffles and drops out differently");
}

#[test]
fn ppo_learns_the_synthetic_environment() {
    // The MLIR-free environment a library user's first PPO run can use:
    // greedy returns rise from what the untrained policy earns (a fixed
    // choice, right about one step in ten) to most steps right.
    use mlirrl_models::synthetic::SyntheticEnv;
    let mut env = SyntheticEnv::new(16, 2);
    let config = ModelConfig {
        encoder: EncoderConfig::Lstm { embed: 16, hidden: 16, dropout: 0.0 },
        width: 32,
        backbone_layers: 1,
        seed: 3,
    };
    let model = Model::new(config, env.layout().clone(), env.spec().clone()).unwrap();
    let mut ppo = PpoConfig { minibatch: 16, seed: 3, ..PpoConfig::default() };
    ppo.adam.lr = 3e-4;
    let mut trainer = Trainer::new(model, ppo).unwrap();
    let mean = |t: &mut Trainer<Model>, env: &mut SyntheticEnv| {
        let r = t.evaluate_greedy(env).unwrap();
        r.iter().map(|(ret, _)| ret).sum::<f64>() / r.len() as f64
    };
    let before = mean(&mut trainer, &mut env);
    for _ in 0..60 {
        let m = trainer.iterate(&mut env).unwrap();
        assert!(m.update.policy_loss.is_finite());
    }
    let after = mean(&mut trainer, &mut env);
    assert!(after >= 1.2 && after >= before + 0.8, "greedy return {before:.2} -> {after:.2} of 2");
}

#[test]
fn checkpoints_with_the_older_layout_form_are_accepted_when_they_fit() {
    let config = ModelConfig {
        encoder: EncoderConfig::Lstm { embed: 8, hidden: 8, dropout: 0.0 },
        width: 8,
        backbone_layers: 1,
        seed: 0,
    };
    let model = Model::new(config, seed_layout(), seed_spec()).unwrap();
    let ours = model.config_json();
    assert!(model.accepts_config(&ours));
    // The form checkpoints had before layouts named their loop tokens.
    let legacy = |l: usize| {
        let mut v: serde_json::Value = serde_json::from_str(&ours).unwrap();
        v["layout"] = serde_json::json!({
            "op_features": 711, "history": 1085,
            "max_loops": l, "max_accesses": 7, "max_access_rank": 7,
        });
        v.to_string()
    };
    assert!(model.accepts_config(&legacy(7)));
    assert!(!model.accepts_config(&legacy(6)), "other sizes are another model");
    assert!(!model.accepts_config("not json"));
    // Other loop-token indices are another model, even at the same sizes.
    let mut other: serde_json::Value = serde_json::from_str(&ours).unwrap();
    other["layout"]["loop_tokens"]["indices"][0] = serde_json::json!(5);
    assert!(!model.accepts_config(&other.to_string()));
}
