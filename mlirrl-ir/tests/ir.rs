//! Parsing and extraction against real MLIR: known answers per op family, the
//! producer/consumer graph, the malformed-input corpus, and property tests.

use mlirrl_ir::{
    FeatureExtractor, IrError, IteratorKind, OpKind, OperandRole, ParseOptions, Program,
    SeedFeatures,
    builders::{self, Conv2d, ConvForm, PoolForm, Storage},
    parse_file, parse_str, parse_str_with,
};
use proptest::prelude::*;
use std::path::PathBuf;

use IteratorKind::{Parallel as P, Reduction as R};

fn parse(text: &str) -> Program {
    parse_str(text, "test").unwrap_or_else(|e| panic!("{e}\n{text}"))
}

fn fast(text: &str) -> Program {
    parse_str_with(text, "test", &ParseOptions { check_vectorizable: false, ..Default::default() })
        .unwrap_or_else(|e| panic!("{e}\n{text}"))
}

fn trips(p: &Program) -> Vec<u64> {
    p.ops[0].loops.iter().map(|l| l.trip_count).collect()
}

fn iters(p: &Program) -> Vec<IteratorKind> {
    p.ops[0].loops.iter().map(|l| l.iterator).collect()
}

fn maps(p: &Program) -> Vec<String> {
    p.ops[0].operands.iter().map(|o| o.access.to_affine_string()).collect()
}

#[test]
fn matmul_known_answer() {
    let p = parse(&builders::matmul(128, 64, 768, "f32"));
    let op = &p.ops[0];
    assert_eq!(op.name, "linalg.matmul");
    assert_eq!(op.kind, OpKind::Matmul);
    assert_eq!(op.tag, "operation_0");
    assert_eq!(trips(&p), [128, 64, 768]);
    assert_eq!(iters(&p), [P, P, R]);
    assert_eq!(maps(&p), ["(d0, d2)", "(d2, d1)", "(d0, d1)"]);
    assert_eq!(op.operands[0].shape, [128, 768]);
    assert_eq!(op.operands[2].role, OperandRole::Init);
    assert_eq!((op.body.add, op.body.mul), (1, 1));
    assert_eq!(op.flops(), 2 * 128 * 64 * 768);
    assert_eq!(op.vectorizable, Some(true));
    assert!(op.on_tensors);
    assert!(p.tagged_source.contains(r#"tag = "operation_0""#), "{}", p.tagged_source);
}

#[test]
fn matmul_on_memrefs() {
    let p = parse(&builders::matmul_in(Storage::Memref, 32, 16, 8, "f64"));
    assert_eq!(trips(&p), [32, 16, 8]);
    assert!(!p.ops[0].on_tensors);
    assert_eq!(p.ops[0].operands[0].element_type, mlirrl_ir::ElementType::F64);
}

#[test]
fn batch_matmul_and_matvec() {
    let p = parse(&builders::batch_matmul(4, 32, 16, 8, "f32"));
    assert_eq!(p.ops[0].kind, OpKind::BatchMatmul);
    assert_eq!(trips(&p), [4, 32, 16, 8]);
    assert_eq!(iters(&p), [P, P, P, R]);
    assert_eq!(maps(&p), ["(d0, d1, d3)", "(d0, d3, d2)", "(d0, d1, d2)"]);
    let p = parse(&builders::matvec(64, 32, "f32"));
    assert_eq!(trips(&p), [64, 32]);
    assert_eq!(iters(&p), [P, R]);
    assert_eq!(maps(&p), ["(d0, d1)", "(d1)", "(d0)"]);
}

fn conv_shape(stride: u64, dilation: u64) -> Conv2d {
    Conv2d { n: 2, c: 3, h: 17, w: 19, f: 8, kh: 3, kw: 5, stride, dilation }
}

#[test]
fn conv_nchw_fchw_stride_two() {
    let s = conv_shape(2, 1);
    let p = parse(&builders::conv_2d(ConvForm::NchwFchw, s, "f32"));
    assert!(matches!(p.ops[0].kind, OpKind::Conv2d { layout: mlirrl_ir::ConvLayout::NchwFchw }));
    // loops: n, f, oh, ow, c, kh, kw
    assert_eq!(trips(&p), [2, 8, s.oh(), s.ow(), 3, 3, 5]);
    assert_eq!(iters(&p), [P, P, P, P, R, R, R]);
    // input access: the output-row loop d2 has coefficient 2 in the H dim.
    let input = &p.ops[0].operands[0].access;
    assert_eq!(input.dims[2].coefficients, [0, 0, 2, 0, 0, 1, 0]);
    assert_eq!(maps(&p)[0], "(d0, d4, d2 * 2 + d5, d3 * 2 + d6)");
    assert_eq!(maps(&p)[1], "(d1, d4, d5, d6)");
    assert_eq!(p.ops[0].vectorizable, Some(false), "2-D convolutions need decomposition first");
}

#[test]
fn conv_nhwc_layouts_and_dilation() {
    let s = conv_shape(1, 2);
    let p = parse(&builders::conv_2d(ConvForm::NhwcHwcf, s, "f32"));
    // loops: n, oh, ow, f, kh, kw, c
    assert_eq!(trips(&p), [2, s.oh(), s.ow(), 8, 3, 5, 3]);
    assert_eq!(maps(&p)[0], "(d0, d1 + d4 * 2, d2 + d5 * 2, d6)");
    let p = parse(&builders::conv_2d(ConvForm::NhwcFhwc, s, "f32"));
    assert!(matches!(p.ops[0].kind, OpKind::Conv2d { layout: mlirrl_ir::ConvLayout::NhwcFhwc }));
    assert_eq!(maps(&p)[1], "(d3, d4, d5, d6)");
}

#[test]
fn depthwise_conv() {
    let s = conv_shape(1, 1);
    let p = parse(&builders::depthwise_conv_2d(s, "f32"));
    assert!(matches!(p.ops[0].kind, OpKind::DepthwiseConv { .. }));
    // loops: n, oh, ow, c, kh, kw
    assert_eq!(trips(&p), [2, s.oh(), s.ow(), 3, 3, 5]);
    assert_eq!(iters(&p), [P, P, P, P, R, R]);
}

#[test]
fn pooling_families() {
    let s = conv_shape(2, 1);
    for (form, kind) in [
        (PoolForm::Nchw, "max"),
        (PoolForm::Nchw, "sum"),
        (PoolForm::Nhwc, "max"),
        (PoolForm::Nhwc, "sum"),
        (PoolForm::Nhwc, "min"),
    ] {
        let p = parse(&builders::pooling(form, kind, s, "f32"));
        let op = &p.ops[0];
        assert!(matches!(op.kind, OpKind::Pooling { .. }), "{}", op.name);
        assert_eq!(op.num_loops(), 6);
        assert_eq!(iters(&p), [P, P, P, P, R, R]);
        assert_eq!(&trips(&p)[4..], [3, 5]);
        assert_eq!(op.operands[1].access.to_affine_string(), "(d4, d5)");
        match kind {
            "max" => assert_eq!(op.body.max, 1),
            "min" => assert_eq!(op.body.min, 1),
            _ => assert_eq!(op.body.add, 1),
        }
    }
}

#[test]
fn elementwise_named_ops() {
    for (name, check) in [
        ("add", (1, 0, 0, 0, 0)),
        ("sub", (0, 1, 0, 0, 0)),
        ("mul", (0, 0, 1, 0, 0)),
        ("div", (0, 0, 0, 1, 0)),
        ("max", (0, 0, 0, 0, 1)),
    ] {
        let p = parse(&builders::elementwise(name, &[4, 8, 16], "f32"));
        let b = &p.ops[0].body;
        assert_eq!((b.add, b.sub, b.mul, b.div, b.max), check, "{name}");
        assert_eq!(trips(&p), [4, 8, 16]);
        assert_eq!(iters(&p), [P, P, P]);
        assert_eq!(p.ops[0].vectorizable, Some(true));
    }
}

#[test]
fn fill_transpose_reduce_generic() {
    let p = parse(&builders::fill(&[8, 16], "f32"));
    assert_eq!(p.ops[0].kind, OpKind::Fill);
    assert_eq!(trips(&p), [8, 16]);
    assert_eq!(p.ops[0].operands[0].shape, Vec::<u64>::new(), "fill's value is a scalar");

    let p = parse(&builders::transpose(&[8, 16, 4], &[2, 0, 1], "f32"));
    assert_eq!(p.ops[0].kind, OpKind::Transpose);
    assert_eq!(trips(&p), [4, 8, 16]);

    let p = parse(&builders::reduce_sum(&[8, 16, 4], &[1], "f32"));
    assert_eq!(p.ops[0].kind, OpKind::Reduce);
    assert_eq!(trips(&p), [8, 16, 4]);
    assert_eq!(iters(&p), [P, R, P]);

    let p = parse(&builders::relu(&[2, 3, 5, 7], "f32"));
    assert_eq!(p.ops[0].kind, OpKind::Generic);
    assert_eq!(trips(&p), [2, 3, 5, 7]);
    assert_eq!((p.ops[0].body.cmp, p.ops[0].body.select), (1, 1));

    let p = parse(&builders::generic_binary("mulf", &[6, 10], "f32"));
    assert_eq!(p.ops[0].body.mul, 1);
}

#[test]
fn constants_and_negative_terms_in_generic_maps() {
    let text = r#"
#in = affine_map<(d0, d1) -> (d0 + 1, d1 * 2 + 3, 30 - d1)>
#out = affine_map<(d0, d1) -> (d0, d1)>
func.func @main(%a: tensor<9x40x40xf32>, %b: tensor<8x16xf32>) -> tensor<8x16xf32> {
  %r = linalg.generic {indexing_maps = [#in, #out], iterator_types = ["parallel", "parallel"]}
      ins(%a : tensor<9x40x40xf32>) outs(%b : tensor<8x16xf32>) {
  ^bb0(%x: f32, %y: f32):
    %s = arith.addf %x, %y : f32
    linalg.yield %s : f32
  } -> tensor<8x16xf32>
  return %r : tensor<8x16xf32>
}"#;
    let p = parse(text);
    let dims = &p.ops[0].operands[0].access.dims;
    assert_eq!((dims[0].coefficients.clone(), dims[0].offset), (vec![1, 0], 1));
    assert_eq!((dims[1].coefficients.clone(), dims[1].offset), (vec![0, 2], 3));
    assert_eq!((dims[2].coefficients.clone(), dims[2].offset), (vec![0, -1], 30));
    assert_eq!(p.ops[0].operands[0].access.to_affine_string(), "(d0 + 1, d1 * 2 + 3, -d1 + 30)");
    assert_eq!(trips(&p), [8, 16]);
}

#[test]
fn producer_consumer_graph_on_tensors() {
    let text = r#"
#id = affine_map<(d0, d1) -> (d0, d1)>
func.func @main(%a: tensor<32x64xf32>, %b: tensor<64x16xf32>) -> tensor<32x16xf32> {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<32x16xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<32x16xf32>) -> tensor<32x16xf32>
  %m = linalg.matmul ins(%a, %b : tensor<32x64xf32>, tensor<64x16xf32>) outs(%f : tensor<32x16xf32>) -> tensor<32x16xf32>
  %r = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%m : tensor<32x16xf32>) outs(%e : tensor<32x16xf32>) {
  ^bb0(%x: f32, %y: f32):
    %c = arith.maximumf %x, %zero : f32
    linalg.yield %c : f32
  } -> tensor<32x16xf32>
  return %r : tensor<32x16xf32>
}"#;
    let p = parse(text);
    let names: Vec<&str> = p.ops.iter().map(|o| o.name.as_str()).collect();
    assert_eq!(names, ["linalg.fill", "linalg.matmul", "linalg.generic"]);
    let tags: Vec<&str> = p.ops.iter().map(|o| o.tag.as_str()).collect();
    assert_eq!(tags, ["operation_0", "operation_1", "operation_2"]);
    let edges: Vec<(usize, usize, usize, usize)> =
        p.edges.iter().map(|e| (e.producer, e.result, e.consumer, e.operand)).collect();
    assert_eq!(edges, [(0, 0, 1, 2), (1, 0, 2, 0)]);
    assert_eq!(p.producers_of(2).count(), 1);
    assert_eq!(p.consumers_of(0).count(), 1);
    assert_eq!(p.ops[2].body.max, 1);
}

#[test]
fn producer_consumer_graph_on_memrefs() {
    let text = r#"
func.func @main(%a: memref<32x64xf32>, %b: memref<64x16xf32>, %c: memref<32x16xf32>, %d: memref<32x16xf32>) {
  %zero = arith.constant 0.0 : f32
  linalg.fill ins(%zero : f32) outs(%c : memref<32x16xf32>)
  linalg.matmul ins(%a, %b : memref<32x64xf32>, memref<64x16xf32>) outs(%c : memref<32x16xf32>)
  linalg.add ins(%c, %c : memref<32x16xf32>, memref<32x16xf32>) outs(%d : memref<32x16xf32>)
  return
}"#;
    let p = parse(text);
    let edges: Vec<(usize, usize, usize, usize)> =
        p.edges.iter().map(|e| (e.producer, e.result, e.consumer, e.operand)).collect();
    assert_eq!(edges, [(0, 0, 1, 2), (1, 0, 2, 0), (1, 0, 2, 1)]);
}

#[test]
fn features_of_parsed_matmul_match_the_seed_example() {
    let p = parse(&builders::matmul(128, 64, 768, "f32"));
    let f = SeedFeatures::default().extract(&p, 0).unwrap();
    assert_eq!(f.len(), 711);
    assert_eq!(&f[..9], &[0., 1., 0., 0., 0., 0., 0.03125, 0.015625, 0.1875]);
    assert_eq!(&f[706..], &[1., 0., 1., 0., 0.]);
}

// ---------------------------------------------------------------------------
// Malformed inputs: each gives its own error, none panics.

fn corpus(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/malformed").join(name)
}

#[test]
fn malformed_corpus_gives_clear_errors() {
    let err = |name: &str| parse_file(corpus(name)).expect_err(name);
    let e = err("truncated.mlir");
    assert!(matches!(e, IrError::Parse { .. }), "{e}");
    assert!(e.to_string().contains("truncated.mlir") && e.to_string().contains("line 3"), "{e}");
    let e = err("wrong_types.mlir");
    assert!(matches!(e, IrError::Parse { .. }), "{e}");
    let e = err("bool_elements.mlir");
    assert!(matches!(e, IrError::UnsupportedElementType { .. }), "{e}");
    assert!(e.to_string().contains("i1"), "{e}");
    let e = err("dynamic_shapes.mlir");
    assert!(matches!(e, IrError::DynamicShape { operand: 0, .. }), "{e}");
    assert!(e.to_string().contains("tensor<?x768xf32>"), "{e}");
    assert!(matches!(err("no_linalg.mlir"), IrError::NoLinalgOp { .. }));
    assert!(matches!(err("empty.mlir"), IrError::Empty { .. }));
    assert!(matches!(err("binary.mlir"), IrError::NotText { .. }));
    let e = err("unsupported_op.mlir");
    assert!(matches!(&e, IrError::UnsupportedOp { op, .. } if op == "linalg.softmax"), "{e}");
    let e = err("does_not_exist.mlir");
    assert!(matches!(e, IrError::Io { .. }), "{e}");
    assert!(e.to_string().contains("does_not_exist.mlir"), "{e}");
}

#[test]
fn ten_megabyte_garbage_is_a_parse_error() {
    let mut text = builders::matmul(8, 8, 8, "f32");
    let line = "  %x = this is not mlir at all ((( ]]] \n";
    while text.len() < 10 * 1024 * 1024 {
        text.push_str(line);
    }
    let e = parse_str(&text, "big.mlir").unwrap_err();
    assert!(matches!(e, IrError::Parse { .. }), "{e}");
}

#[test]
fn feature_limits_are_errors_not_truncation() {
    let p = fast(&builders::conv_2d(ConvForm::NchwFchw, conv_shape(1, 1), "f32"));
    let small = SeedFeatures::new(mlirrl_ir::FeatureConfig { max_loops: 6, ..Default::default() });
    let e = small.extract(&p, 0).unwrap_err();
    assert!(e.to_string().contains("7 loops"), "{e}");
}

// ---------------------------------------------------------------------------
// Properties: random shapes of every family parse with the expected trip
// counts, and features always have the configured length and finite values.

fn check_features(p: &Program) {
    let x = SeedFeatures::default();
    for i in 0..p.ops.len() {
        let f = x.extract(p, i).unwrap();
        assert_eq!(f.len(), x.dim());
        assert!(f.iter().all(|v| v.is_finite()));
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    #[test]
    fn prop_matmul(m in 1u64..300, n in 1u64..300, k in 1u64..300) {
        let p = fast(&builders::matmul(m, n, k, "f32"));
        prop_assert_eq!(trips(&p), vec![m, n, k]);
        check_features(&p);
    }

    #[test]
    fn prop_batch_matmul(b in 1u64..9, m in 1u64..64, n in 1u64..64, k in 1u64..64) {
        let p = fast(&builders::batch_matmul(b, m, n, k, "f32"));
        prop_assert_eq!(trips(&p), vec![b, m, n, k]);
        check_features(&p);
    }

    #[test]
    fn prop_conv(n in 1u64..3, c in 1u64..8, h in 8u64..40, w in 8u64..40, f in 1u64..8,
                 kh in 1u64..4, kw in 1u64..4, stride in 1u64..3, dilation in 1u64..3, form in 0usize..3) {
        let s = Conv2d { n, c, h, w, f, kh, kw, stride, dilation };
        let form = [ConvForm::NchwFchw, ConvForm::NhwcHwcf, ConvForm::NhwcFhwc][form];
        let p = fast(&builders::conv_2d(form, s, "f32"));
        let mut t = trips(&p);
        let mut expected = vec![n, f, s.oh(), s.ow(), c, kh, kw];
        t.sort_unstable();
        expected.sort_unstable();
        prop_assert_eq!(t, expected);
        prop_assert_eq!(p.ops[0].flops(), 2 * n * f * s.oh() * s.ow() * c * kh * kw);
        check_features(&p);
    }

    #[test]
    fn prop_depthwise(n in 1u64..3, c in 1u64..16, h in 8u64..30, kh in 1u64..4, stride in 1u64..3) {
        let s = Conv2d { n, c, h, w: h, f: c, kh, kw: kh, stride, dilation: 1 };
        let p = fast(&builders::depthwise_conv_2d(s, "f32"));
        prop_assert_eq!(trips(&p), vec![n, s.oh(), s.ow(), c, kh, kh]);
        check_features(&p);
    }

    #[test]
    fn prop_pooling(n in 1u64..3, c in 1u64..16, h in 8u64..30, k in 1u64..4, stride in 1u64..3, which in 0usize..5) {
        let s = Conv2d { n, c, h, w: h, f: c, kh: k, kw: k, stride, dilation: 1 };
        let (form, kind) = [(PoolForm::Nchw, "max"), (PoolForm::Nchw, "sum"), (PoolForm::Nhwc, "max"),
                            (PoolForm::Nhwc, "sum"), (PoolForm::Nhwc, "min")][which];
        let p = fast(&builders::pooling(form, kind, s, "f32"));
        let expected = match form {
            PoolForm::Nchw => vec![n, c, s.oh(), s.ow(), k, k],
            PoolForm::Nhwc => vec![n, s.oh(), s.ow(), c, k, k],
        };
        prop_assert_eq!(trips(&p), expected);
        check_features(&p);
    }

    #[test]
    fn prop_elementwise(shape in proptest::collection::vec(1u64..24, 1..5), which in 0usize..6) {
        let p = match which {
            0..=4 => fast(&builders::elementwise(["add", "sub", "mul", "div", "max"][which], &shape, "f32")),
            _ => fast(&builders::relu(&shape, "f32")),
        };
        prop_assert_eq!(trips(&p), shape);
        check_features(&p);
    }

    #[test]
    fn prop_fill_transpose_reduce(shape in proptest::collection::vec(1u64..24, 2..5), seed in 0usize..1000) {
        let p = fast(&builders::fill(&shape, "f32"));
        prop_assert_eq!(trips(&p), shape.clone());
        let rank = shape.len();
        let mut perm: Vec<usize> = (0..rank).collect();
        perm.rotate_left(seed % rank);
        let p = fast(&builders::transpose(&shape, &perm, "f32"));
        let expected: Vec<u64> = perm.iter().map(|&i| shape[i]).collect();
        prop_assert_eq!(trips(&p), expected);
        let dim = seed % rank;
        let p = fast(&builders::reduce_sum(&shape, &[dim], "f32"));
        prop_assert_eq!(trips(&p), shape.clone());
        prop_assert_eq!(p.ops[0].loops[dim].iterator, R);
        check_features(&p);
    }
}
