//! Imports built-in and hand-made ONNX models, runs the generated MLIR with
//! the real weights through mlirrl's JIT, and compares every output with an
//! independent evaluator (candle-onnx, plus plain-loop padded pooling).

use mlirrl_env::exec;
use mlirrl_ir::mlir::{OwnedModule, new_context};
use mlirrl_onnx::{
    ImportOptions, Layout, Network, OnnxError,
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
    check_equivalent(model, model, seed)
}

/// Imports `model` and runs it; evaluates `reference` (the same function,
/// written with other operators or another opset's semantics) with the
/// independent evaluator on the same inputs, and compares.
fn check_equivalent(model: &ModelProto, reference: &ModelProto, seed: u64) -> Network {
    check_equivalent_in(model, reference, seed, Layout::Nchw)
}

/// [`check_equivalent`] with the module's activations in `layout`.
fn check_equivalent_in(
    model: &ModelProto,
    reference: &ModelProto,
    seed: u64,
    layout: Layout,
) -> Network {
    let net = import(model, &ImportOptions { layout, ..Default::default() })
        .unwrap_or_else(|e| panic!("{}: does not import: {e}", model.graph.as_ref().unwrap().name));
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
    let expected = evaluate(reference, &named).expect("reference evaluates");
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

/// A pooling node; after a 1x1 convolution when `conv_first` (the
/// convolution makes the activations channels last in an NHWC import).
fn pooling_model(
    op: &str,
    kernel: i64,
    stride: i64,
    pad: i64,
    ceil: bool,
    include_pad: bool,
    conv_first: bool,
) -> ModelProto {
    let mut g = GraphBuilder::new("pool", 9);
    let mut x = g.input("x", &[1, 3, 9, 11]);
    if conv_first {
        let w = g.weight("w", &[3, 3, 1, 1], 0.5);
        x = g.node("Conv", &[&x, &w], vec![]);
    }
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
        check_against_reference(&pooling_model(op, k, s, p, ceil, inc, false), 11);
        let after_conv = pooling_model(op, k, s, p, ceil, inc, true);
        for layout in [Layout::Nchw, Layout::Nhwc] {
            let net = check_equivalent_in(&after_conv, &after_conv, 12, layout);
            let nhwc = net.module.contains("linalg.pooling_nhwc_");
            assert_eq!(nhwc, layout == Layout::Nhwc, "{op} in {layout}:\n{}", net.module);
        }
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
        let model = conv_model(cin, cout, k, stride, pads, dil, groups);
        check_against_reference(&model, 7);
        // Channels last: plain and depthwise convolutions take their NHWC
        // form; other grouped ones stay NCHW.
        let net = check_equivalent_in(&model, &model, 7, Layout::Nhwc);
        prop_assert_eq!(net.module.contains("_nhwc_"), groups_kind < 2);
    }
}

#[test]
fn batch_option_sets_the_symbolic_leading_dimension() {
    let mut g = GraphBuilder::new("batched", 1);
    let x = g.input("x", &[-1, 8]);
    let y = g.linear(&x, 8, 4);
    g.output(&y, &[-1, 4]);
    let model = g.finish();
    let net = import(&model, &ImportOptions { batch: Some(6), ..Default::default() }).unwrap();
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
    let e = g.node("NonZero", &[&h], vec![]);
    let y = g.node("Relu", &[&e], vec![]);
    g.output(&y, &[1, 16]);
    let net = import(&g.finish(), &ImportOptions::default()).unwrap();
    assert_eq!(net.skipped.len(), 2);
    assert_eq!(net.skipped[0].node, e);
    assert!(
        net.skipped[0].reason.contains("`NonZero` is not supported"),
        "{}",
        net.skipped[0].reason
    );
    assert!(net.skipped[1].reason.contains("depends on"), "{}", net.skipped[1].reason);
    // The NonZero's input is what the module returns.
    assert_eq!(net.outputs[0].name, h);
    // And it still runs.
    let out = run_mlir(&net, &[random(16, 1)]);
    assert!(out[0].iter().all(|v| *v >= 0.0));

    let mut g = GraphBuilder::new("nothing", 1);
    let x = g.input("x", &[1, 16]);
    let y = g.node("NonMaxSuppression", &[&x], vec![]);
    g.output(&y, &[1, 16]);
    let err = import(&g.finish(), &ImportOptions::default()).unwrap_err();
    assert!(matches!(err, OnnxError::NothingConverted(_)), "{err}");
    assert!(err.to_string().contains("NonMaxSuppression"), "{err}");
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

    // Opsets outside 7..=21.
    for v in [6, 22] {
        let mut model = g_relu();
        model.opset_import[0].version = v;
        let err = import(&model, &ImportOptions::default()).unwrap_err().to_string();
        assert!(err.contains(&format!("opset {v}")) && err.contains("7 to 21"), "{err}");
    }

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

/// Each file parses, has one tag per linalg op, and each tag names an op of
/// the same kind in the whole module.
fn files_map_to_whole_module(files: &[mlirrl_onnx::BenchFile], whole: &mlirrl_ir::Program) {
    for f in files {
        let p = mlirrl_ir::parse_str(&f.source, &f.name)
            .unwrap_or_else(|e| panic!("{}: {e}\n{}", f.name, f.source));
        assert_eq!(p.ops.len(), f.tags.len(), "{}", f.name);
        for (j, tag) in f.tags.iter().enumerate() {
            let k: usize = tag.trim_start_matches("operation_").parse().unwrap();
            assert_eq!(whole.ops[k].name, p.ops[j].name, "{}", f.name);
        }
    }
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
    // One op each (so one tag), the same op as in the whole module.
    assert!(ops.iter().all(|f| f.tags.len() == 1));
    files_map_to_whole_module(&ops, &whole);
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
    // Channels last, a pad is folded into the op producing its input when
    // that op writes a fresh tensor (the op writes into the interior of a
    // filled tensor; the pad is an insert_slice, not a linalg op), else a
    // copy into a filled tensor (two linalg ops). Neither has an op file of
    // its own: a folded pad travels with its producer, a copy with the op
    // that reads it.
    let nhwc = import(
        &models::residual_block(1),
        &ImportOptions { layout: Layout::Nhwc, ..Default::default() },
    )
    .unwrap();
    let pads: Vec<usize> = (0..nhwc.stmts.len()).filter(|&i| nhwc.stmts[i].pad).collect();
    let (copies, folded): (Vec<usize>, Vec<usize>) =
        pads.iter().partition(|&&i| nhwc.stmts[i].linalg);
    assert!(!folded.is_empty(), "the ReLU before the second conv writes its padded tensor");
    assert!(!nhwc.module.contains("tensor.pad"), "pads are copies or folded, not tensor.pad");
    let convs = nhwc.module.matches("linalg.conv_2d").count();
    assert_eq!(
        nhwc.op_files().len(),
        nhwc.num_linalg_ops() - convs - 2 * copies.len() - folded.len()
    );
    let nhwc_whole = mlirrl_ir::parse_str(&nhwc.module, "nhwc").expect("whole module parses");
    files_map_to_whole_module(&nhwc.op_files(), &nhwc_whole);
    let nhwc_part = nhwc.blocks(3, 3);
    for &p in &pads {
        let pad = &nhwc.stmts[p];
        let reader = nhwc.stmts.iter().position(|s| s.uses.contains(&pad.result)).unwrap();
        let producer = nhwc.stmts.iter().position(|s| s.result.name == pad.uses[0].name).unwrap();
        let owner = if pad.linalg { reader } else { producer };
        assert!(nhwc_part.iter().any(|b| b.stmts.contains(&p) && b.ops.contains(&owner)));
        assert_eq!(nhwc_part.iter().filter(|b| b.stmts.contains(&p)).count(), 1);
        assert!(!nhwc_part.iter().any(|b| b.ops.contains(&p)), "a pad is never a block's op");
        if !pad.linalg {
            // The producer writes into the filled tensor the pad reads.
            let fill = &pad.uses[1].name;
            assert!(nhwc.stmts[producer].uses.iter().any(|u| &u.name == fill));
            assert!(
                nhwc.stmts[producer].lines[0].contains(&format!("tensor.extract_slice {fill}[")),
                "{:?}",
                nhwc.stmts[producer].lines
            );
            // Its op file holds the filled tensor and the pad, and returns
            // only the padded value.
            let file = nhwc.op_files().into_iter().find(|f| f.stmts.contains(&producer)).unwrap();
            assert!(file.stmts.contains(&p), "{}", file.source);
            assert_eq!(file.stmts.len(), 3, "{}", file.source);
            let ret = file.source.lines().find(|l| l.trim_start().starts_with("return ")).unwrap();
            assert!(!ret.contains(','), "{ret}");
            assert!(ret.ends_with(&pad.result.ty()), "{ret}");
        }
    }
    files_map_to_whole_module(&nhwc.block_files(3, 3), &nhwc_whole);
    files_map_to_whole_module(&net.block_files(5, 3), &whole);
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
    let options = ImportOptions { batch: Some(0), ..Default::default() };
    let err = import(&models::mlp(-1), &options).unwrap_err().to_string();
    assert!(err.contains("batch size 0"), "{err}");
}

// ---------------------------------------------------------------------------
// Operators of exported CNNs and transformer encoders, each opset's
// semantics, constant folding, f16 weights and the error summary.
// ---------------------------------------------------------------------------

use mlirrl_onnx::builder::{float, string, tensor};
use mlirrl_onnx::onnx::{TensorProto, tensor_proto::DataType};

fn i64_scalar(g: &mut GraphBuilder, name: &str, v: i64) -> String {
    g.initializer(TensorProto {
        name: name.into(),
        dims: vec![],
        data_type: DataType::Int64 as i32,
        int64_data: vec![v],
        ..Default::default()
    })
}

fn f32_scalar(g: &mut GraphBuilder, name: &str, v: f32) -> String {
    g.constant(name, &[], vec![v])
}

/// No node of these types is left in the generated module's statements.
fn assert_folded(net: &Network, types: &[&str]) {
    for s in &net.stmts {
        assert!(!types.contains(&s.op_type.as_str()), "{} was not folded", s.op_type);
    }
}

#[test]
fn transformer_encoder_operators_match_reference() {
    // An encoder layer's operators on small shapes: batched MatMul with a
    // broadcast operand, Softmax, Erf, Pow, Sqrt, ReduceMean,
    // ReduceSum, Split, Slice, Squeeze/Unsqueeze, Expand, Where with a mask
    // built from constants, Cast, LogSoftmax, Transpose.
    let mut g = GraphBuilder::new("encoder_ops", 11);
    let x = g.input("x", &[1, 4, 6, 8]);
    let w = g.weight("w", &[8, 8], 0.5);
    let q = g.node("MatMul", &[&x, &w], vec![]);
    let kt = g.node("Transpose", &[&q], vec![ints("perm", &[0, 1, 3, 2])]);
    let s = g.node("MatMul", &[&q, &kt], vec![]); // [1, 4, 6, 6]
    // A causal mask: Range, Unsqueeze, Less, Where, folded at import.
    let (start, limit, delta) =
        (i64_scalar(&mut g, "r0", 0), i64_scalar(&mut g, "r1", 6), i64_scalar(&mut g, "r2", 1));
    let r = g.node("Range", &[&start, &limit, &delta], vec![]);
    let ax0 = g.constant_i64("ax0", &[0]);
    let ax1 = g.constant_i64("ax1", &[1]);
    let row = g.node("Unsqueeze", &[&r, &ax1], vec![]); // [6, 1]
    let col = g.node("Unsqueeze", &[&r, &ax0], vec![]); // [1, 6]
    let future = g.node("Less", &[&row, &col], vec![]);
    let neg = f32_scalar(&mut g, "neg", -1e4);
    let masked = g.node("Where", &[&future, &neg, &s], vec![]);
    let sm = g.node("Softmax", &[&masked], vec![int("axis", -1)]);
    let two = f32_scalar(&mut g, "two", 2.0);
    let sq = g.node("Pow", &[&sm, &two], vec![]);
    let mean = g.node("ReduceMean", &[&sq], vec![ints("axes", &[-1]), int("keepdims", 1)]);
    let root = g.node("Sqrt", &[&mean], vec![]);
    let e = g.node("Erf", &[&q], vec![]);
    let prod = g.node("Mul", &[&e, &q], vec![]);
    let split = g.constant_i64("split", &[3, 5]);
    let parts = g.node_n("Split", &[&prod, &split], vec![int("axis", -1)], 2);
    let (st, en, axs, stp) = (
        g.constant_i64("st", &[1]),
        g.constant_i64("en", &[6]),
        g.constant_i64("axs", &[3]),
        g.constant_i64("stp", &[2]),
    );
    let sl = g.node("Slice", &[&parts[1], &st, &en, &axs, &stp], vec![]); // [1, 4, 6, 2]
    let sum = g.node("ReduceSum", &[&sl, &ax0], vec![int("keepdims", 0)]); // [4, 6, 2]
    let un = g.node("Unsqueeze", &[&sum, &ax0], vec![]);
    let sqz = g.node("Squeeze", &[&un, &ax0], vec![]);
    let shp = g.constant_i64("shp", &[2, 4, 6, 2]);
    let ex = g.node("Expand", &[&sqz, &shp], vec![]);
    let c = g.node("Cast", &[&ex], vec![int("to", DataType::Float as i64)]);
    let ls = g.node("LogSoftmax", &[&c], vec![int("axis", 1)]);
    g.output(&root, &[1, 4, 6, 1]);
    g.output(&ls, &[2, 4, 6, 2]);
    g.output(&parts[0], &[1, 4, 6, 3]);
    let net = check_against_reference(&g.finish(), 21);
    assert_folded(&net, &["Range", "Less"]);
    assert!(net.module.contains("linalg.batch_matmul"), "{}", net.module);
}

/// LayerNormalization as opsets before 17 wrote it.
fn layer_norm_decomposed(g: &mut GraphBuilder, x: &str, scale: &str, bias: &str) -> String {
    let axes = vec![ints("axes", &[-1])];
    let mean = g.node("ReduceMean", &[x], axes.clone());
    let d = g.node("Sub", &[x, &mean], vec![]);
    let two = f32_scalar(g, "ln_two", 2.0);
    let sq = g.node("Pow", &[&d, &two], vec![]);
    let var = g.node("ReduceMean", &[&sq], axes);
    let eps = f32_scalar(g, "ln_eps", 1e-5);
    let ve = g.node("Add", &[&var, &eps], vec![]);
    let sd = g.node("Sqrt", &[&ve], vec![]);
    let n = g.node("Div", &[&d, &sd], vec![]);
    let m = g.node("Mul", &[&n, scale], vec![]);
    g.node("Add", &[&m, bias], vec![])
}

#[test]
fn layer_normalization_matches_its_decomposition() {
    let build = |fused: bool| {
        let mut g = GraphBuilder::new("layernorm", 12);
        let x = g.input("x", &[2, 5, 16]);
        let s = g.weight("scale", &[16], 1.0);
        let b = g.weight("bias", &[16], 1.0);
        let y = if fused {
            g.node(
                "LayerNormalization",
                &[&x, &s, &b],
                vec![int("axis", -1), float("epsilon", 1e-5)],
            )
        } else {
            layer_norm_decomposed(&mut g, &x, &s, &b)
        };
        g.output(&y, &[2, 5, 16]);
        g.finish()
    };
    check_equivalent(&build(true), &build(false), 22);
    // The decomposed form imports as well (opsets before 17).
    check_against_reference(&build(false), 23);
}

#[test]
fn cnn_operators_match_reference() {
    // LRN against its definition written with Conv (a band of ones sums the
    // squares across channels), GlobalMaxPool against ReduceMax, variadic
    // Sum/Mean/Max against Add/Div/Where, Pad, PRelu and LeakyRelu. Then the
    // same after a convolution, imported channels last: elementwise ops
    // whose operands are partly NHWC, partly NCHW and partly constants.
    let build = |fused: bool, conv_first: bool| {
        let mut g = GraphBuilder::new("cnn_ops", 13);
        let mut x = g.input("x", &[1, 6, 5, 5]);
        if conv_first {
            let w = g.weight("w0", &[6, 6, 1, 1], 0.5);
            x = g.node("Conv", &[&x, &w], vec![]);
        }
        let (size, alpha, beta, bias) = (3i64, 2e-2f32, 0.75f32, 1.5f32);
        let lrn = if fused {
            g.node(
                "LRN",
                &[&x],
                vec![
                    int("size", size),
                    float("alpha", alpha),
                    float("beta", beta),
                    float("bias", bias),
                ],
            )
        } else {
            let sq = g.node("Mul", &[&x, &x], vec![]);
            let mut band = vec![0f32; 36];
            for o in 0..6i64 {
                for i in 0..6i64 {
                    if (i - o) >= -(size - 1) / 2 && (i - o) <= size - 1 - (size - 1) / 2 {
                        band[(o * 6 + i) as usize] = 1.0;
                    }
                }
            }
            let w = g.constant("band", &[6, 6, 1, 1], band);
            let win = g.node("Conv", &[&sq, &w], vec![]);
            let k = f32_scalar(&mut g, "k", alpha / size as f32);
            let kw = g.node("Mul", &[&win, &k], vec![]);
            let b = f32_scalar(&mut g, "b", bias);
            let base = g.node("Add", &[&kw, &b], vec![]);
            let be = f32_scalar(&mut g, "be", beta);
            let p = g.node("Pow", &[&base, &be], vec![]);
            g.node("Div", &[&x, &p], vec![])
        };
        let gmp = if fused {
            g.node("GlobalMaxPool", &[&lrn], vec![])
        } else {
            g.node("ReduceMax", &[&lrn], vec![ints("axes", &[2, 3]), int("keepdims", 1)])
        };
        let c = g.weight("c", &[1, 6, 1, 1], 1.0);
        let (sum, mean, max) = if fused {
            (
                g.node("Sum", &[&x, &gmp, &c], vec![]),
                g.node("Mean", &[&x, &gmp, &c], vec![]),
                g.node("Max", &[&x, &c], vec![]),
            )
        } else {
            let s1 = g.node("Add", &[&x, &gmp], vec![]);
            let s = g.node("Add", &[&s1, &c], vec![]);
            let three = f32_scalar(&mut g, "three", 3.0);
            let m = g.node("Div", &[&s, &three], vec![]);
            let gt = g.node("Greater", &[&x, &c], vec![]);
            let mx = g.node("Where", &[&gt, &x, &c], vec![]);
            (s, m, mx)
        };
        let pads = g.constant_i64("pads", &[0, 0, 1, 2, 0, 0, 2, 1]);
        let pv = f32_scalar(&mut g, "pv", 0.25);
        let padded = if fused {
            g.node("Pad", &[&sum, &pads, &pv], vec![])
        } else {
            // Padding with 0.25 is padding with 0 shifted by 0.25.
            let s = g.node("Sub", &[&sum, &pv], vec![]);
            let p = g.node("Pad", &[&s, &pads], vec![]);
            g.node("Add", &[&p, &pv], vec![])
        };
        let slope = g.weight("slope", &[6, 1, 1], 1.0);
        let pr = g.node("PRelu", &[&mean, &slope], vec![]);
        let lr = g.node("LeakyRelu", &[&max], vec![float("alpha", 0.3)]);
        g.output(&padded, &[1, 6, 8, 8]);
        g.output(&pr, &[1, 6, 5, 5]);
        g.output(&lr, &[1, 6, 5, 5]);
        g.finish()
    };
    check_equivalent(&build(true, false), &build(false, false), 24);
    let net = check_equivalent_in(&build(true, true), &build(false, true), 25, Layout::Nhwc);
    for (op, nhwc) in [("Sum", true), ("Mean", true), ("PRelu", true), ("LRN", false)] {
        let shapes: Vec<&[u64]> = net
            .stmts
            .iter()
            .filter(|s| s.op_type == op && s.linalg)
            .map(|s| s.result.shape.as_slice())
            .collect();
        assert_eq!(shapes.contains(&[1, 5, 5, 6].as_slice()), nhwc, "{op}: {shapes:?}");
    }
}

#[test]
fn gelu_matches_reference() {
    let mut g = GraphBuilder::new("gelu", 1);
    g.opset(20);
    let x = g.input("x", &[4, 33]);
    let y = g.node("Gelu", &[&x], vec![]);
    g.output(&y, &[4, 33]);
    check_against_reference(&g.finish(), 20);
}

#[test]
fn activations_match_their_formulas() {
    // Checked against the formulas evaluated here in f64.
    type Case = (&'static str, Vec<mlirrl_onnx::onnx::AttributeProto>, fn(f64) -> f64);
    let cases: Vec<Case> = vec![
        ("Elu", vec![float("alpha", 1.0)], |x| if x < 0.0 { x.exp() - 1.0 } else { x }),
        ("HardSigmoid", vec![], |x| (0.2 * x + 0.5).clamp(0.0, 1.0)),
        ("HardSwish", vec![], |x| x * (x / 6.0 + 0.5).clamp(0.0, 1.0)),
        ("Softplus", vec![], |x| (1.0 + x.exp()).ln()),
        ("Reciprocal", vec![], |x| 1.0 / x),
        ("Exp", vec![], f64::exp),
        ("Neg", vec![], |x| -x),
        ("Abs", vec![], f64::abs),
        ("Floor", vec![], f64::floor),
        ("Gelu", vec![string("approximate", "tanh")], |x| {
            0.5 * x
                * (1.0 + ((2.0 / std::f64::consts::PI).sqrt() * (x + 0.044715 * x.powi(3))).tanh())
        }),
    ];
    for (op, attrs, f) in cases {
        let mut g = GraphBuilder::new(op, 1);
        let x = g.input("x", &[3, 20]);
        let y = g.node(op, &[&x], attrs);
        g.output(&y, &[3, 20]);
        let mut model = g.finish();
        model.opset_import[0].version = 20;
        let net = import(&model, &ImportOptions::default()).unwrap();
        let input: Vec<f32> = random(60, 7).iter().map(|v| v * 6.0 + 0.01).collect();
        let got = &run_mlir(&net, std::slice::from_ref(&input))[0];
        for (a, b) in input.iter().zip(got) {
            let want = f(*a as f64);
            assert!(
                (want - *b as f64).abs() <= 1e-5 * want.abs().max(1.0),
                "{op}({a}) = {b}, want {want}"
            );
        }
    }
}

#[test]
fn nearest_resize_and_upsample_repeat_pixels() {
    // Resize (opset 13, half-pixel, scales), Resize (sizes, asymmetric
    // floor) and Upsample (opset 9) all give out[i][j] = in[i / 2][j / 3].
    let models: Vec<ModelProto> = (0..3)
        .map(|k| {
            let mut g = GraphBuilder::new("resize", 1);
            let x = g.input("x", &[1, 2, 3, 4]);
            let y = match k {
                0 => {
                    let roi = g.constant("roi", &[0], vec![]);
                    let sc = g.constant("scales", &[4], vec![1.0, 1.0, 2.0, 3.0]);
                    g.node("Resize", &[&x, &roi, &sc], vec![string("mode", "nearest")])
                }
                1 => {
                    let sizes = g.constant_i64("sizes", &[1, 2, 6, 12]);
                    g.node(
                        "Resize",
                        &[&x, "", "", &sizes],
                        vec![
                            string("mode", "nearest"),
                            string("coordinate_transformation_mode", "asymmetric"),
                            string("nearest_mode", "floor"),
                        ],
                    )
                }
                _ => {
                    g.opset(9);
                    let sc = g.constant("scales", &[4], vec![1.0, 1.0, 2.0, 3.0]);
                    g.node("Upsample", &[&x, &sc], vec![string("mode", "nearest")])
                }
            };
            g.output(&y, &[1, 2, 6, 12]);
            g.finish()
        })
        .collect();
    let input = random(24, 3);
    for m in &models {
        let net = import(m, &ImportOptions::default()).unwrap();
        let got = &run_mlir(&net, std::slice::from_ref(&input))[0];
        for c in 0..2 {
            for i in 0..6 {
                for j in 0..12 {
                    assert_eq!(got[(c * 6 + i) * 12 + j], input[(c * 3 + i / 2) * 4 + j / 3]);
                }
            }
        }
    }
    // Other modes are refused by name.
    let mut g = GraphBuilder::new("linear", 1);
    let x = g.input("x", &[1, 2, 3, 4]);
    let sc = g.constant("scales", &[4], vec![1.0, 1.0, 2.0, 2.0]);
    let y = g.node("Resize", &[&x, "", &sc], vec![string("mode", "linear")]);
    let z = g.node("Relu", &[&x], vec![]);
    g.output(&y, &[1, 2, 6, 8]);
    g.output(&z, &[1, 2, 3, 4]);
    let net = import(&g.finish(), &ImportOptions::default()).unwrap();
    assert!(net.skipped[0].reason.contains("mode `linear`"), "{:?}", net.skipped);
}

/// Pairs of models computing the same function: one written with an old
/// opset's semantics (attributes where later opsets take inputs, Softmax
/// over the flattened trailing dims), the other at opset 17.
fn old_and_new(case: &str) -> (ModelProto, ModelProto) {
    let build = |opset: i64| {
        let mut g = GraphBuilder::new(case, 5);
        g.opset(opset);
        let old = opset < 13;
        let x = g.input("x", &[2, 3, 4, 5]);
        let (y, shape): (String, Vec<i64>) = match case {
            "softmax" => {
                if old {
                    (g.node("Softmax", &[&x], vec![int("axis", 1)]), vec![2, 3, 4, 5])
                } else {
                    let s2 = g.constant_i64("s2", &[2, 60]);
                    let f = g.node("Reshape", &[&x, &s2], vec![]);
                    let s = g.node("Softmax", &[&f], vec![int("axis", -1)]);
                    let s4 = g.constant_i64("s4", &[2, 3, 4, 5]);
                    (g.node("Reshape", &[&s, &s4], vec![]), vec![2, 3, 4, 5])
                }
            }
            "clip" => {
                if old {
                    (
                        g.node("Clip", &[&x], vec![float("min", -0.3), float("max", 0.4)]),
                        vec![2, 3, 4, 5],
                    )
                } else {
                    let lo = f32_scalar(&mut g, "lo", -0.3);
                    let hi = f32_scalar(&mut g, "hi", 0.4);
                    (g.node("Clip", &[&x, &lo, &hi], vec![]), vec![2, 3, 4, 5])
                }
            }
            "squeeze" => {
                let u = if old {
                    g.node("Unsqueeze", &[&x], vec![ints("axes", &[0, 3])])
                } else {
                    let a = g.constant_i64("ua", &[0, 3]);
                    g.node("Unsqueeze", &[&x, &a], vec![])
                };
                let r = g.node("Relu", &[&u], vec![]);
                let s = if old {
                    g.node("Squeeze", &[&r], vec![ints("axes", &[3])])
                } else {
                    let a = g.constant_i64("sa", &[3]);
                    g.node("Squeeze", &[&r, &a], vec![])
                };
                (s, vec![1, 2, 3, 4, 5])
            }
            "slice" => {
                let s = if old {
                    g.node(
                        "Slice",
                        &[&x],
                        vec![
                            ints("starts", &[1, -4]),
                            ints("ends", &[3, 100]),
                            ints("axes", &[1, 3]),
                        ],
                    )
                } else {
                    let st = g.constant_i64("st", &[1, -4]);
                    let en = g.constant_i64("en", &[3, 100]);
                    let ax = g.constant_i64("ax", &[1, 3]);
                    g.node("Slice", &[&x, &st, &en, &ax], vec![])
                };
                (g.node("Relu", &[&s], vec![]), vec![2, 2, 4, 4])
            }
            "pad" => {
                let p = if old {
                    g.node(
                        "Pad",
                        &[&x],
                        vec![ints("pads", &[0, 1, 0, 2, 0, 0, 3, 1]), float("value", 0.5)],
                    )
                } else {
                    let pads = g.constant_i64("pads", &[0, 1, 0, 2, 0, 0, 3, 1]);
                    let v = f32_scalar(&mut g, "v", 0.5);
                    let s = g.node("Sub", &[&x, &v], vec![]);
                    let p = g.node("Pad", &[&s, &pads], vec![]);
                    g.node("Add", &[&p, &v], vec![])
                };
                (g.node("Relu", &[&p], vec![]), vec![2, 4, 7, 8])
            }
            "split" => {
                let parts = if old {
                    g.node_n("Split", &[&x], vec![int("axis", 3), ints("split", &[2, 3])], 2)
                } else {
                    let s = g.constant_i64("sp", &[2, 3]);
                    g.node_n("Split", &[&x, &s], vec![int("axis", 3)], 2)
                };
                (g.node("Relu", &[&parts[1]], vec![]), vec![2, 3, 4, 3])
            }
            "dropout_bn" => {
                // Dropout with a ratio attribute, BatchNormalization with
                // opset 7's `spatial` and its training outputs listed.
                let d = if old {
                    g.node("Dropout", &[&x], vec![float("ratio", 0.5)])
                } else {
                    g.node("Dropout", &[&x], vec![])
                };
                let sc = g.weight_in("bn_s", &[3], 0.5, 1.5);
                let b = g.weight("bn_b", &[3], 1.0);
                let m = g.weight("bn_m", &[3], 1.0);
                let v = g.weight_in("bn_v", &[3], 0.5, 1.5);
                let y = if old {
                    g.node_n(
                        "BatchNormalization",
                        &[&d, &sc, &b, &m, &v],
                        vec![int("spatial", 1)],
                        1,
                    )
                    .remove(0)
                } else {
                    g.node("BatchNormalization", &[&d, &sc, &b, &m, &v], vec![])
                };
                (y, vec![2, 3, 4, 5])
            }
            "flatten_idiom" => {
                // PyTorch's old `x.view(x.size(0), -1)`: Shape, Gather,
                // Unsqueeze, Concat, Reshape, all folded.
                if old {
                    let sh = g.node("Shape", &[&x], vec![]);
                    let zero = i64_scalar(&mut g, "zero", 0);
                    let n = g.node("Gather", &[&sh, &zero], vec![int("axis", 0)]);
                    let un = g.node("Unsqueeze", &[&n], vec![ints("axes", &[0])]);
                    let m1 = g.constant_i64("m1", &[-1]);
                    let cat = g.node("Concat", &[&un, &m1], vec![int("axis", 0)]);
                    let r = g.node("Reshape", &[&x, &cat], vec![]);
                    (g.node("Relu", &[&r], vec![]), vec![2, 60])
                } else {
                    let f = g.node("Flatten", &[&x], vec![int("axis", 1)]);
                    (g.node("Relu", &[&f], vec![]), vec![2, 60])
                }
            }
            "reduce" => {
                let r =
                    g.node("ReduceMean", &[&x], vec![ints("axes", &[1, -1]), int("keepdims", 0)]);
                (g.node("Relu", &[&r], vec![]), vec![2, 4])
            }
            other => panic!("no case {other}"),
        };
        g.output(&y, &shape);
        g.finish()
    };
    (build(9), build(17))
}

#[test]
fn old_opsets_keep_their_own_semantics() {
    for (i, case) in [
        "softmax",
        "clip",
        "squeeze",
        "slice",
        "pad",
        "split",
        "dropout_bn",
        "flatten_idiom",
        "reduce",
    ]
    .iter()
    .enumerate()
    {
        let (old, new) = old_and_new(case);
        let net = check_equivalent(&old, &new, 30 + i as u64);
        if *case == "flatten_idiom" {
            assert_folded(&net, &["Shape", "Gather", "Unsqueeze", "Concat"]);
            assert_eq!(net.num_linalg_ops(), 1, "{}", net.module);
        }
    }
    // Opset 7 and opset 21 read too.
    for v in [7, 21] {
        let (mut m, _) = old_and_new("clip");
        m.opset_import[0].version = v;
        assert!(import(&m, &ImportOptions::default()).is_ok(), "opset {v}");
    }
}

#[test]
fn constant_subgraphs_fold_at_import() {
    // ConstantOfShape, Shape, Gather, Concat, Cast, arithmetic on
    // constants, and Transpose of a weight: nothing of it reaches the
    // module. The reference computes the same function with the folded
    // value written out (3.0 = 0.5 * the size of dim 1).
    let build = |fold: bool| {
        let mut g = GraphBuilder::new("folding", 3);
        let x = g.input("x", &[2, 6]);
        let scaled = if fold {
            let sh = g.node("Shape", &[&x], vec![]);
            let one = i64_scalar(&mut g, "one", 1);
            let d1 = g.node("Gather", &[&sh, &one], vec![int("axis", 0)]);
            let d1f = g.node("Cast", &[&d1], vec![int("to", DataType::Float as i64)]);
            let two = g.constant_i64("two", &[2]);
            let six = g.constant_i64("six", &[6]);
            let shape6 = g.node("Concat", &[&two, &six], vec![int("axis", 0)]);
            let half = g.node(
                "ConstantOfShape",
                &[&shape6],
                vec![tensor(
                    "value",
                    TensorProto {
                        dims: vec![1],
                        data_type: DataType::Float as i32,
                        float_data: vec![0.5],
                        ..Default::default()
                    },
                )],
            );
            g.node("Mul", &[&half, &d1f], vec![])
        } else {
            g.constant("three", &[2, 6], vec![3.0; 12])
        };
        let wt = g.weight("wt", &[4, 6], 1.0);
        let w = g.node("Transpose", &[&wt], vec![ints("perm", &[1, 0])]);
        let y0 = g.node("Add", &[&x, &scaled], vec![]);
        let y = g.node("MatMul", &[&y0, &w], vec![]);
        g.output(&y, &[2, 4]);
        g.finish()
    };
    let net = check_equivalent(&build(true), &build(false), 40);
    assert_folded(&net, &["Shape", "Gather", "Cast", "Concat", "ConstantOfShape", "Transpose"]);
    assert_eq!(net.num_linalg_ops(), 3, "add, fill, matmul: {}", net.module);
}

#[test]
fn half_precision_weights_become_f32() {
    // f16 bit patterns of 1, -2, 0.5 and 0.333251953125 (the nearest f16 to
    // 1/3), in raw_data; the reference model holds the same values as f32.
    let bits: [u16; 4] = [0x3c00, 0xc000, 0x3800, 0x3555];
    let values = [1.0f32, -2.0, 0.5, 0.333_251_95];
    let build = |half: bool| {
        let mut g = GraphBuilder::new("f16", 1);
        let x = g.input("x", &[3, 4]);
        let w = if half {
            g.initializer(TensorProto {
                name: "w".into(),
                dims: vec![4, 1],
                data_type: DataType::Float16 as i32,
                raw_data: bits.iter().flat_map(|b| b.to_le_bytes()).collect(),
                ..Default::default()
            })
        } else {
            g.constant("w", &[4, 1], values.to_vec())
        };
        let y = g.node("MatMul", &[&x, &w], vec![]);
        g.output(&y, &[3, 1]);
        g.finish()
    };
    let net = check_equivalent(&build(true), &build(false), 41);
    assert_eq!(net.weights[0].data, values.to_vec());
}

#[test]
fn unsupported_graphs_are_summarised_in_a_few_lines() {
    // Three unconvertible nodes of two types, each followed by a long chain
    // of dependents, and a lost output: the error names the types with
    // counts and a few node names, counts the dependents, names the lost
    // outputs, and stays short.
    let mut g = GraphBuilder::new("zoo", 1);
    let x = g.input("x", &[1, 16]);
    let mut outs = Vec::new();
    for op in ["NonZero", "TopK", "NonZero"] {
        let mut h = g.node(op, &[&x], vec![]);
        for _ in 0..100 {
            h = g.node("Relu", &[&h], vec![]);
        }
        outs.push(h);
    }
    for o in &outs {
        g.output(o, &[1, 16]);
    }
    let err = import(&g.finish(), &ImportOptions::default()).unwrap_err().to_string();
    assert!(err.lines().count() <= 5, "{err}");
    assert!(err.len() < 800, "{} bytes: {err}", err.len());
    assert!(err.contains("NonZero x2"), "{err}");
    assert!(err.contains("TopK x1"), "{err}");
    assert!(err.contains("300 nodes depend"), "{err}");
    assert!(err.contains("outputs lost"), "{err}");

    // With something converted, the network carries the same report.
    let mut g = GraphBuilder::new("partly", 1);
    let x = g.input("x", &[1, 16]);
    let r = g.node("Relu", &[&x], vec![]);
    let t = g.node("TopK", &[&r], vec![]);
    let t2 = g.node("Relu", &[&t], vec![]);
    g.output(&t2, &[1, 16]);
    let net = import(&g.finish(), &ImportOptions::default()).unwrap();
    let report = net.skip_report();
    assert_eq!(report.unsupported.len(), 1);
    assert_eq!(report.unsupported[0].count, 1);
    assert_eq!(report.dependents, 1);
    assert_eq!(report.lost_outputs, vec![t2]);
    // ConvTranspose is refused by name, with the reason.
    let mut g = GraphBuilder::new("deconv", 1);
    let x = g.input("x", &[1, 2, 4, 4]);
    let w = g.weight("w", &[2, 2, 3, 3], 1.0);
    let r = g.node("Relu", &[&x], vec![]);
    let y = g.node("ConvTranspose", &[&r, &w], vec![]);
    g.output(&y, &[1, 2, 6, 6]);
    let net = import(&g.finish(), &ImportOptions::default()).unwrap();
    assert!(net.skip_report().to_string().contains("ConvTranspose x1"), "{}", net.skip_report());
}

#[test]
fn mobilenetv2_matches_reference_at_real_shapes() {
    let net = check_against_reference(&models::mobilenetv2(1), 50);
    let params: usize = net.weights.iter().map(|w| w.data.len()).sum();
    // torchvision's MobileNetV2 has 3,504,872 parameters; here every batch
    // normalisation folds into its convolution's bias.
    assert!((3_400_000..3_600_000).contains(&params), "{params} parameters");
    assert_eq!(net.module.matches("linalg.depthwise_conv_2d_nchw_chw").count(), 17);
    assert_eq!(net.outputs[0].shape, vec![1, 1000]);
}

#[test]
fn channels_last_networks_match_reference() {
    // Every convolution, pooling and elementwise op between them runs on
    // NHWC tensors; the only transposes left are the two edges (the input,
    // and the pooled features before the classifier).
    for (model, convs, seed) in [
        (
            models::mobilenetv2(1),
            [("linalg.conv_2d_nhwc_hwcf", 35), ("depthwise_conv_2d_nhwc_hwc", 17)],
            51,
        ),
        (
            models::resnet18(1),
            [("linalg.conv_2d_nhwc_hwcf", 20), ("linalg.pooling_nhwc_max", 1)],
            52,
        ),
    ] {
        let net = check_equivalent_in(&model, &model, seed, Layout::Nhwc);
        for (op, n) in convs {
            assert_eq!(net.module.matches(op).count(), n, "{op} in {}", net.name);
        }
        assert!(!net.module.contains("nchw"), "{}: an NCHW op is left", net.name);
        assert_eq!(net.module.matches("linalg.transpose").count(), 2, "{}", net.name);
        assert_eq!(net.outputs[0].shape, vec![1, 1000]);
        let nchw = import(&model, &ImportOptions::default()).unwrap();
        assert_eq!(net.flops(), nchw.flops());
    }
    // Small networks: grouped (not depthwise) convolutions and concat stay
    // NCHW, and the values they read are transposed back.
    for (model, seed) in [
        (models::small_cnn(2), 53),
        (models::residual_block(1), 54),
        (models::mobilenet_block(1), 55),
    ] {
        check_equivalent_in(&model, &model, seed, Layout::Nhwc);
    }
}

#[test]
fn bert_layer_matches_reference_at_real_shapes() {
    let net = check_against_reference(&models::bert_layer(1), 51);
    let params: usize = net.weights.iter().map(|w| w.data.len()).sum();
    // 4 x (768 x 768 + 768) + 2 x 768 x 3072 + 3072 + 768 + 2 x 2 x 768.
    assert_eq!(params, 4 * (768 * 768 + 768) + 2 * 768 * 3072 + 3072 + 768 + 4 * 768);
    // Scalar constants (the score scale, epsilon, GELU's factors) are
    // literals of their ops, not arguments.
    assert!(net.weights.iter().all(|w| !w.shape.is_empty()), "scalar weights");
    assert_eq!(net.module.matches("linalg.batch_matmul").count(), 2);
    assert_eq!(net.outputs[0].shape, vec![1, 128, 768]);
    let gflop = net.flops() as f64 / 1e9;
    assert!((1.8..2.0).contains(&gflop), "{gflop} GFLOP");
}

#[test]
fn gather_of_computed_tensors_with_constant_indices() {
    // x[:, 0] (a scalar index drops the axis), a run, and a scattered
    // selection with a negative index.
    let mut g = GraphBuilder::new("gather", 1);
    let x = g.input("x", &[2, 5, 3]);
    let r = g.node("Relu", &[&x], vec![]);
    let zero = i64_scalar(&mut g, "zero", 0);
    let cls = g.node("Gather", &[&r, &zero], vec![int("axis", 1)]);
    let sel = g.constant_i64("sel", &[4, 1, 2, -1]);
    let picked = g.node("Gather", &[&r, &sel], vec![int("axis", 1)]);
    g.output(&cls, &[2, 3]);
    g.output(&picked, &[2, 4, 3]);
    check_against_reference(&g.finish(), 52);
}

#[test]
fn exp_is_accurate_over_the_float_range() {
    // Exp (and every op built on it) is arithmetic that vectorises; check it
    // against f64 over the whole finite range, and its clamping outside.
    let mut g = GraphBuilder::new("exp", 1);
    let x = g.input("x", &[1, 400]);
    let y = g.node("Exp", &[&x], vec![]);
    g.output(&y, &[1, 400]);
    let net = import(&g.finish(), &ImportOptions::default()).unwrap();
    assert!(!net.module.contains("math.exp"), "{}", net.module);
    let mut input: Vec<f32> = (0..396).map(|i| -87.0 + i as f32 * (175.0 / 395.0)).collect();
    input.extend([-1000.0, -87.3, 0.0, 1e-8]);
    let got = &run_mlir(&net, std::slice::from_ref(&input))[0];
    for (a, b) in input.iter().zip(got) {
        let want = (*a as f64).exp();
        if *a < -87.3 {
            assert!(*b >= 0.0 && *b < 1e-37, "exp({a}) = {b}");
        } else {
            assert!(((*b as f64) - want).abs() <= 3e-7 * want, "exp({a}) = {b}, want {want}");
        }
    }
}
