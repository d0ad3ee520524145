//! The networks: sizes equal to the original system's, deterministic
//! initialisation and eval mode, masks respected, gradients reaching every
//! parameter, and checkpoints through the PPO trainer.

use candle_core::{Device, Tensor};
use mlirrl_models::{EncoderConfig, Model, ModelConfig, ObsLayout};
use mlirrl_ppo::{ActionHeads, ActorCritic, Head, Mode, PpoConfig, Rng, Trainer, dist};

/// The seed's layout with L = LS = LSD = 7, truncate 5, 7 tile sizes.
fn seed_layout() -> ObsLayout {
    ObsLayout { op_features: 711, history: 1085, max_loops: 7, max_accesses: 7, max_access_rank: 7 }
}

fn seed_spec() -> ActionHeads {
    let tiling = Head { rows: 7, choices: 8 };
    ActionHeads {
        selection: 6,
        heads: vec![tiling.clone(), tiling.clone(), tiling, Head { rows: 1, choices: 7 }],
        head_of_selection: vec![None, Some(0), Some(1), Some(2), Some(3), None],
    }
}

fn small_layout() -> ObsLayout {
    ObsLayout {
        op_features: 6 + 2 * 3 + 2 * 2 * 2 * 3 + 5,
        history: 12,
        max_loops: 3,
        max_accesses: 2,
        max_access_rank: 2,
    }
}

fn small_spec() -> ActionHeads {
    ActionHeads {
        selection: 3,
        heads: vec![Head { rows: 3, choices: 4 }, Head { rows: 1, choices: 3 }],
        head_of_selection: vec![None, Some(0), Some(1)],
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
        EncoderConfig::Transformer { d_model: 16, heads: 2, layers: 2, ffn: 32, dropout: 0.5 },
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
        EncoderConfig::Transformer { d_model: 16, heads: 4, layers: 1, ffn: 32, dropout: 0.0 },
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
    for encoder in [
        EncoderConfig::Lstm { embed: 16, hidden: 8, dropout: 0.1 },
        EncoderConfig::Transformer { d_model: 8, heads: 2, layers: 1, ffn: 16, dropout: 0.1 },
    ] {
        let config =
            ModelConfig { encoder: encoder.clone(), width: 16, backbone_layers: 1, seed: 5 };
        let trainer = Trainer::new(
            Model::new(config.clone(), small_layout(), small_spec()).unwrap(),
            PpoConfig::default(),
        )
        .unwrap();
        let path = std::env::temp_dir().join(format!(
            "mlirrl-models-{}-{:?}.safetensors",
            std::process::id(),
            std::mem::discriminant(&encoder)
        ));
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
        let _ = std::fs::remove_file(&path);
    }
}

#[test]
fn bad_configurations_are_errors() {
    let mut layout = small_layout();
    layout.op_features += 1;
    let e = Model::new(ModelConfig::default(), layout, small_spec()).err().unwrap();
    assert!(e.to_string().contains("op_features"), "{e}");
    let config = ModelConfig {
        encoder: EncoderConfig::Transformer {
            d_model: 10,
            heads: 3,
            layers: 1,
            ffn: 8,
            dropout: 0.0,
        },
        ..Default::default()
    };
    assert!(Model::new(config, small_layout(), small_spec()).is_err());
}
