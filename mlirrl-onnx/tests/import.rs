//! Imports built-in and hand-made ONNX models, runs the generated MLIR with
//! the real weights through mlirrl's JIT, and compares every output with an
//! independent evaluator (candle-onnx, plus plain-loop padded pooling).

use mlirrl_env::exec;
use mlirrl_ir::mlir::{OwnedModule, new_context};
use mlirrl_onnx::{
    ImportOptions, Network, OnnxError,
    builder::{GraphBuilder, int, ints, models},
    import,
    onnx::ModelProto,
    reference::{HostTensor, evaluate},
};
use proptest::prelude::*;

fn random(n: usize, seed: u64) -> Vec<f32> {
    let mut rng = exec::input_rng(seed);
    (0..n).map(|_| (rng.next_f64() * 2.0 - 1.0) as f32).collect()
}

fn bytes(v: &[f32]) -> Vec<u8> {
    v.iter().flat_map(|x| x.to_ne_bytes()).collect()
}

/// Runs the whole-network module on `inputs` and the network's weights.
fn run_mlir(net: &Network, inputs: &[Vec<f32>]) -> Vec<Vec<f32>> {
    let context = new_context();
    let module = OwnedModule::parse(&context, &net.module)
        .unwrap_or_else(|e| panic!("module does not parse: {e:?}\n{}", net.module));
    let compiled = exec::compile(&context, &module)
        .unwrap_or_else(|e| panic!("does not compile: {e}\n{}", net.module));
    let mut args: Vec<Vec<u8>> = inputs.iter().map(|v| bytes(v)).collect();
    args.extend(net.weights.iter().map(|w| bytes(&w.data)));
    let refs: Vec<&[u8]> = args.iter().map(|a| a.as_slice()).collect();
    let run = compiled.run_with(&refs, 0, 1, 2).expect("runs");
    run.outputs
        .iter()
        .map(|b| b.chunks_exact(4).map(|c| f32::from_ne_bytes([c[0], c[1], c[2], c[3]])).collect())
        .collect()
}

/// Imports `model`, runs it both ways on seeded inputs and compares.
fn check_against_reference(model: &ModelProto, seed: u64) -> Network {
    let net = import(model, &ImportOptions::default()).expect("imports");
    assert!(net.skipped.is_empty(), "skipped: {:?}", net.skipped);
    let inputs: Vec<Vec<f32>> = net
        .inputs
        .iter()
        .enumerate()
        .map(|(i, t)| random(t.shape.iter().product::<u64>() as usize, seed + i as u64))
        .collect();
    let named: Vec<(String, HostTensor)> = net
        .inputs
        .iter()
        .zip(&inputs)
        .map(|(t, d)| {
            (
                t.name.clone(),
                HostTensor {
                    shape: t.shape.iter().map(|&s| s as usize).collect(),
                    data: d.clone(),
                },
            )
        })
        .collect();
    let expected = evaluate(model, &named).expect("reference evaluates");
    let got = run_mlir(&net, &inputs);
    assert_eq!(got.len(), expected.len());
    for ((name, want), have) in expected.iter().zip(&got) {
        assert_eq!(want.data.len(), have.len(), "output {name}");
        let scale =
            want.data.iter().filter(|x| x.is_finite()).fold(0f32, |m, x| m.max(x.abs())).max(1e-3);
        for (i, (a, b)) in want.data.iter().zip(have).enumerate() {
            assert!(
                a == b || (a - b).abs() <= 1e-4 * scale + 1e-3 * a.abs(),
                "{}: output {name}[{i}] = {b}, reference {a} (max |ref| {scale})",
                net.name
            );
        }
    }
    net
}

#[test]
fn mlp_matches_reference() {
    let net = check_against_reference(&models::mlp(4), 1);
    let ops: Vec<&str> = net.stmts.iter().map(|s| s.op_type.as_str()).collect();
    for op in ["Reshape", "Gemm", "Relu", "Sigmoid", "MatMul", "Add", "Sub", "Softmax"] {
        assert!(ops.contains(&op), "{op} missing from {ops:?}");
    }
}

#[test]
fn small_cnn_matches_reference() {
    let net = check_against_reference(&models::small_cnn(2), 2);
    // The first BatchNormalization follows a Conv and is folded into it; the
    // one after the Concat is lowered to a scale and shift.
    assert_eq!(net.stmts.iter().filter(|s| s.op_type == "BatchNormalization").count(), 1);
    assert!(net.module.contains("linalg.conv_2d_ngchw_gfchw"), "grouped conv");
    assert!(net.module.contains("tensor.insert_slice"), "concat");
}

#[test]
fn residual_block_matches_reference() {
    let net = check_against_reference(&models::residual_block(1), 3);
    assert_eq!(net.module.matches("linalg.conv_2d_nchw_fchw").count(), 3);
}

#[test]
fn mobilenet_block_matches_reference() {
    let net = check_against_reference(&models::mobilenet_block(1), 4);
    assert_eq!(net.module.matches("linalg.depthwise_conv_2d_nchw_chw").count(), 1);
}

#[test]
fn resnet18_matches_reference_at_real_shapes() {
    let model = models::resnet18(1);
    let net = check_against_reference(&model, 5);
    let params: usize = net.weights.iter().map(|w| w.data.len()).sum();
    // torchvision's ResNet-18: 11,689,512 parameters; the 9,600 batch-norm
    // statistics fold away into 4,800 conv biases.
    assert!((11_600_000..11_800_000).contains(&params), "{params} parameters");
    assert_eq!(net.module.matches("linalg.conv_2d_nchw_fchw").count(), 20);
    assert_eq!(net.outputs[0].shape, vec![1, 1000]);
    let gflop = net.flops() as f64 / 1e9;
    assert!((3.5..3.8).contains(&gflop), "{gflop} GFLOP");
}

fn pooling_model(
    op: &str,
    kernel: i64,
    stride: i64,
    pad: i64,
    ceil: bool,
    include_pad: bool,
) -> ModelProto {
    let mut g = GraphBuilder::new("pool", 9);
    let x = g.input("x", &[1, 3, 9, 11]);
    let mut attrs = vec![
        ints("kernel_shape", &[kernel, kernel]),
        ints("strides", &[stride, stride]),
        ints("pads", &[pad, pad, pad, pad]),
        int("ceil_mode", ceil as i64),
    ];
    if op == "AveragePool" {
        attrs.push(int("count_include_pad", include_pad as i64));
    }
    let y = g.node(op, &[&x], attrs);
    g.output(&y, &[1, 3, -1, -1]);
    g.finish()
}

#[test]
fn padded_and_ceil_mode_pooling_match_reference() {
    for (op, k, s, p, ceil, inc) in [
        ("MaxPool", 3, 2, 1, false, false),
        ("MaxPool", 3, 2, 0, true, false),
        ("MaxPool", 2, 2, 1, true, false),
        ("AveragePool", 3, 2, 1, false, false),
        ("AveragePool", 3, 2, 1, false, true),
        ("AveragePool", 3, 1, 1, false, false),
    ] {
        check_against_reference(&pooling_model(op, k, s, p, ceil, inc), 11);
    }
}

fn conv_model(
    cin: i64,
    cout: i64,
    k: i64,
    stride: i64,
    pad: [i64; 4],
    dil: i64,
    groups: i64,
) -> ModelProto {
    let mut g = GraphBuilder::new("conv", 10);
    let x = g.input("x", &[1, cin, 10, 9]);
    let w = g.weight("w", &[cout, cin / groups, k, k], 0.5);
    let b = g.weight("b", &[cout], 0.5);
    let y = g.node(
        "Conv",
        &[&x, &w, &b],
        vec![
            ints("kernel_shape", &[k, k]),
            ints("strides", &[stride, stride]),
            ints("pads", &pad),
            ints("dilations", &[dil, dil]),
            int("group", groups),
        ],
    );
    g.output(&y, &[1, cout, -1, -1]);
    g.finish()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 10, ..ProptestConfig::default() })]
    /// Any stride, padding (asymmetric too), dilation and group count gives
    /// the reference's result.
    #[test]
    fn convolutions_match_reference(
        k in 1i64..4,
        stride in 1i64..3,
        pads in proptest::array::uniform4(0i64..3),
        dil in 1i64..3,
        groups_kind in 0usize..3,
    ) {
        let (cin, cout, groups) = [(4, 6, 1), (6, 6, 6), (4, 6, 2)][groups_kind];
        check_against_reference(&conv_model(cin, cout, k, stride, pads, dil, groups), 7);
    }
}

#[test]
fn batch_option_sets_the_symbolic_leading_dimension() {
    let mut g = GraphBuilder::new("batched", 1);
    let x = g.input("x", &[-1, 8]);
    let y = g.linear(&x, 8, 4);
    g.output(&y, &[-1, 4]);
    let model = g.finish();
    let net = import(&model, &ImportOptions { batch: Some(6) }).unwrap();
    assert_eq!(net.inputs[0].shape, vec![6, 8]);
    assert_eq!(net.outputs[0].shape, vec![6, 4]);
    let net1 = import(&model, &ImportOptions::default()).unwrap();
    assert_eq!(net1.inputs[0].shape, vec![1, 8]);
}

#[test]
fn unsupported_nodes_are_named_and_the_rest_converts() {
    let mut g = GraphBuilder::new("partial", 1);
    let x = g.input("x", &[1, 16]);
    let h = g.linear(&x, 16, 16);
    let h = g.node("Relu", &[&h], vec![]);
    let e = g.node("Erf", &[&h], vec![]);
    let y = g.node("Relu", &[&e], vec![]);
    g.output(&y, &[1, 16]);
    let net = import(&g.finish(), &ImportOptions::default()).unwrap();
    assert_eq!(net.skipped.len(), 2);
    assert_eq!(net.skipped[0].node, e);
    assert!(net.skipped[0].reason.contains("`Erf` is not supported"), "{}", net.skipped[0].reason);
    assert!(net.skipped[1].reason.contains("depends on"), "{}", net.skipped[1].reason);
    // The Erf's input is what the module returns.
    assert_eq!(net.outputs[0].name, h);
    // And it still runs.
    let out = run_mlir(&net, &[random(16, 1)]);
    assert!(out[0].iter().all(|v| *v >= 0.0));

    let mut g = GraphBuilder::new("nothing", 1);
    let x = g.input("x", &[1, 16]);
    let y = g.node("Erf", &[&x], vec![]);
    g.output(&y, &[1, 16]);
    let err = import(&g.finish(), &ImportOptions::default()).unwrap_err();
    assert!(matches!(err, OnnxError::NothingConverted(_)), "{err}");
    assert!(err.to_string().contains("Erf"), "{err}");
}

#[test]
fn bad_models_give_clear_errors() {
    // Dynamic non-batch dimension.
    let mut g = GraphBuilder::new("dyn", 1);
    let x = g.input("x", &[1, 8]);
    let y = g.node("Relu", &[&x], vec![]);
    g.output(&y, &[1, 8]);
    let mut model = g.finish();
    let graph = model.graph.as_mut().unwrap();
    if let Some(mlirrl_onnx::onnx::type_proto::Value::TensorType(t)) =
        graph.input[0].r#type.as_mut().unwrap().value.as_mut()
    {
        t.shape.as_mut().unwrap().dim[1].value =
            Some(mlirrl_onnx::onnx::tensor_shape_proto::dimension::Value::DimParam("S".into()));
    }
    let err = import(&model, &ImportOptions::default()).unwrap_err().to_string();
    assert!(err.contains("dynamic dimension 1"), "{err}");

    // Integer input.
    let mut model = g_relu();
    if let Some(mlirrl_onnx::onnx::type_proto::Value::TensorType(t)) =
        model.graph.as_mut().unwrap().input[0].r#type.as_mut().unwrap().value.as_mut()
    {
        t.elem_type = mlirrl_onnx::onnx::tensor_proto::DataType::Int32 as i32;
    }
    let err = import(&model, &ImportOptions::default()).unwrap_err().to_string();
    assert!(err.contains("only float32"), "{err}");

    // Old opset.
    let mut model = g_relu();
    model.opset_import[0].version = 9;
    let err = import(&model, &ImportOptions::default()).unwrap_err().to_string();
    assert!(err.contains("opset 9"), "{err}");

    // Not protobuf, missing file.
    let dir = std::env::temp_dir().join(format!("mlirrl-onnx-bad-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let garbage = dir.join("garbage.onnx");
    std::fs::write(&garbage, b"\xff\xff\xff\xffnot a model").unwrap();
    let err = mlirrl_onnx::read_model(&garbage).unwrap_err().to_string();
    assert!(err.contains("garbage.onnx") && err.contains("not an ONNX model"), "{err}");
    let err = mlirrl_onnx::read_model(&dir.join("missing.onnx")).unwrap_err().to_string();
    assert!(err.contains("missing.onnx") && err.contains("cannot read"), "{err}");
    // A truncated real model.
    let bytes = mlirrl_onnx::encode_model(&models::mlp(1));
    let cut = dir.join("cut.onnx");
    std::fs::write(&cut, &bytes[..bytes.len() / 2]).unwrap();
    assert!(mlirrl_onnx::read_model(&cut).is_err());
    let _ = std::fs::remove_dir_all(&dir);
}

fn g_relu() -> ModelProto {
    let mut g = GraphBuilder::new("relu", 1);
    let x = g.input("x", &[1, 8]);
    let y = g.node("Relu", &[&x], vec![]);
    g.output(&y, &[1, 8]);
    g.finish()
}

#[test]
fn op_and_block_files_parse_and_map_to_whole_module_tags() {
    let net = import(&models::residual_block(1), &ImportOptions::default()).unwrap();
    let whole = mlirrl_ir::parse_str(&net.module, "whole").expect("whole module parses");
    assert_eq!(whole.ops.len(), net.num_linalg_ops());
    let ops = net.op_files();
    // Every linalg op but the accumulator initialisations (one per conv).
    let convs = net.module.matches("linalg.conv_2d").count();
    assert_eq!(ops.len(), net.num_linalg_ops() - convs);
    for f in &ops {
        let p = mlirrl_ir::parse_str(&f.source, &f.name)
            .unwrap_or_else(|e| panic!("{}: {e}\n{}", f.name, f.source));
        assert_eq!(p.ops.len(), 1);
        assert_eq!(f.tags.len(), 1);
        // Same op, same name, in the whole module.
        let k: usize = f.tags[0].trim_start_matches("operation_").parse().unwrap();
        assert_eq!(whole.ops[k].name, p.ops[0].name, "{}", f.name);
    }
    // Seed-style windows (5, stride 3) overlap; window == stride partitions.
    let windows = net.blocks(5, 3);
    let part = net.blocks(3, 3);
    let mut seen: Vec<usize> = part.iter().flat_map(|b| b.ops.clone()).collect();
    let n = seen.len();
    seen.sort();
    seen.dedup();
    assert_eq!(seen.len(), n, "a partition holds each op once");
    let covered: std::collections::HashSet<usize> =
        windows.iter().flat_map(|b| b.ops.clone()).collect();
    assert_eq!(covered.len(), n, "windows cover every op");
    assert!(part.iter().all(|b| b.ops.len() <= 3));
    for f in net.block_files(5, 3) {
        let p = mlirrl_ir::parse_str(&f.source, &f.name)
            .unwrap_or_else(|e| panic!("{}: {e}\n{}", f.name, f.source));
        assert_eq!(p.ops.len(), f.tags.len(), "{}", f.name);
        for (j, tag) in f.tags.iter().enumerate() {
            let k: usize = tag.trim_start_matches("operation_").parse().unwrap();
            assert_eq!(whole.ops[k].name, p.ops[j].name, "{}", f.name);
        }
    }
    // Equal computations get equal text whatever their SSA names: the two
    // ReLUs on 128x14x14 tensors.
    let relus: Vec<&str> =
        ops.iter().filter(|f| f.name.contains("_relu_")).map(|f| f.source.as_str()).collect();
    assert_eq!(relus.len(), 2);
    assert_eq!(relus[0], relus[1]);
}

#[test]
fn sixteen_channel_three_by_three_convolution_on_sixteen_by_sixteen() {
    // The case where candle-onnx's Conv disagreed with ONNX Runtime and
    // mlirrl (which agree): the reference computes convolutions itself.
    let mut g = GraphBuilder::new("conv16", 1);
    let x = g.input("x", &[2, 16, 16, 16]);
    let y = g.conv(&x, 16, 16, 3, 1, 1, 1);
    g.output(&y, &[2, 16, 16, 16]);
    check_against_reference(&g.finish(), 2);
}

#[test]
fn hostile_shapes_are_clear_errors() {
    // A zero-sized input dimension is an error, not a silent 1.
    let mut g = GraphBuilder::new("zero", 1);
    let x = g.input("x", &[0, 4]);
    let y = g.node("Relu", &[&x], vec![]);
    g.output(&y, &[0, 4]);
    let err = import(&g.finish(), &ImportOptions::default()).unwrap_err().to_string();
    assert!(err.contains("dimension 0 of size 0") && err.contains("positive"), "{err}");

    // An initializer whose element count overflows 64 bits.
    let mut g = GraphBuilder::new("huge", 1);
    let x = g.input("x", &[1, 4]);
    let mut model = {
        let y = g.node("Relu", &[&x], vec![]);
        g.output(&y, &[1, 4]);
        g.finish()
    };
    let graph = model.graph.as_mut().unwrap();
    graph.initializer.push(mlirrl_onnx::onnx::TensorProto {
        name: "w".into(),
        dims: vec![1 << 40, 1 << 40],
        data_type: mlirrl_onnx::onnx::tensor_proto::DataType::Float as i32,
        ..Default::default()
    });
    let err = import(&model, &ImportOptions::default()).unwrap_err().to_string();
    assert!(err.contains("tensor `w`") && err.contains("elements"), "{err}");

    // An absurd batch size.
    let options = ImportOptions { batch: Some(0) };
    let err = import(&models::mlp(-1), &options).unwrap_err().to_string();
    assert!(err.contains("batch size 0"), "{err}");
}
