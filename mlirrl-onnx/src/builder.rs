//! Building ONNX models in code, with seeded random weights: the test models
//! (an MLP, a small CNN, a residual block, a depthwise-separable block) and
//! ResNet-18 at its real layer shapes. Nothing is downloaded.
//!
//! ```
//! use mlirrl_onnx::builder::{GraphBuilder, models};
//! let model = models::mlp(2);
//! let net = mlirrl_onnx::import(&model, &Default::default()).unwrap();
//! assert!(net.num_linalg_ops() > 3);
//!
//! let mut g = GraphBuilder::new("tiny", 7);
//! let x = g.input("x", &[1, 8]);
//! let y = g.node("Relu", &[&x], vec![]);
//! g.output(&y, &[1, 8]);
//! let tiny = g.finish();
//! assert_eq!(tiny.graph.unwrap().node.len(), 1);
//! ```

use crate::onnx::{
    AttributeProto, GraphProto, ModelProto, NodeProto, OperatorSetIdProto, TensorProto,
    TensorShapeProto, TypeProto, ValueInfoProto, attribute_proto::AttributeType,
    tensor_proto::DataType, tensor_shape_proto::Dimension,
};

/// An integer-list attribute.
pub fn ints(name: &str, v: &[i64]) -> AttributeProto {
    AttributeProto {
        name: name.into(),
        r#type: AttributeType::Ints as i32,
        ints: v.to_vec(),
        ..Default::default()
    }
}
/// An integer attribute.
pub fn int(name: &str, v: i64) -> AttributeProto {
    AttributeProto {
        name: name.into(),
        r#type: AttributeType::Int as i32,
        i: v,
        ..Default::default()
    }
}
/// A float attribute.
pub fn float(name: &str, v: f32) -> AttributeProto {
    AttributeProto {
        name: name.into(),
        r#type: AttributeType::Float as i32,
        f: v,
        ..Default::default()
    }
}
/// A float-list attribute.
pub fn floats(name: &str, v: &[f32]) -> AttributeProto {
    AttributeProto {
        name: name.into(),
        r#type: AttributeType::Floats as i32,
        floats: v.to_vec(),
        ..Default::default()
    }
}
/// A tensor attribute.
pub fn tensor(name: &str, t: TensorProto) -> AttributeProto {
    AttributeProto {
        name: name.into(),
        r#type: AttributeType::Tensor as i32,
        t: Some(t),
        ..Default::default()
    }
}
/// A string attribute.
pub fn string(name: &str, v: &str) -> AttributeProto {
    AttributeProto {
        name: name.into(),
        r#type: AttributeType::String as i32,
        s: v.as_bytes().to_vec(),
        ..Default::default()
    }
}

fn value_info(name: &str, shape: &[i64]) -> ValueInfoProto {
    use crate::onnx::tensor_shape_proto::dimension::Value as D;
    let dim = shape
        .iter()
        .map(|&d| Dimension {
            value: Some(if d < 0 { D::DimParam("N".into()) } else { D::DimValue(d) }),
            ..Default::default()
        })
        .collect();
    ValueInfoProto {
        name: name.into(),
        r#type: Some(TypeProto {
            value: Some(crate::onnx::type_proto::Value::TensorType(
                crate::onnx::type_proto::Tensor {
                    elem_type: DataType::Float as i32,
                    shape: Some(TensorShapeProto { dim }),
                },
            )),
            ..Default::default()
        }),
        ..Default::default()
    }
}

/// Builds one ONNX graph (opset 17 unless [`GraphBuilder::opset`] says
/// otherwise).
pub struct GraphBuilder {
    name: String,
    nodes: Vec<NodeProto>,
    initializers: Vec<TensorProto>,
    inputs: Vec<ValueInfoProto>,
    outputs: Vec<ValueInfoProto>,
    state: u64,
    count: usize,
    opset: i64,
}

impl GraphBuilder {
    /// An empty graph; `seed` drives the random weights.
    pub fn new(name: &str, seed: u64) -> Self {
        Self {
            name: name.into(),
            nodes: Vec::new(),
            initializers: Vec::new(),
            inputs: Vec::new(),
            outputs: Vec::new(),
            state: seed ^ 0x6a09_e667_f3bc_c908,
            count: 0,
            opset: 17,
        }
    }

    /// Uniform in [-1, 1).
    fn uniform(&mut self) -> f32 {
        self.state = self.state.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.state;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^= z >> 31;
        ((z >> 40) as f32 / (1u64 << 24) as f32) * 2.0 - 1.0
    }

    fn fresh(&mut self, prefix: &str) -> String {
        self.count += 1;
        format!("{prefix}_{}", self.count)
    }

    /// Sets the default-domain opset the model declares (17 when not set).
    pub fn opset(&mut self, version: i64) -> &mut Self {
        self.opset = version;
        self
    }

    /// A node with `outputs` outputs; returns their names.
    pub fn node_n(
        &mut self,
        op_type: &str,
        inputs: &[&str],
        attribute: Vec<AttributeProto>,
        outputs: usize,
    ) -> Vec<String> {
        let base = self.fresh(&op_type.to_lowercase());
        let names: Vec<String> = (0..outputs).map(|i| format!("{base}_{i}")).collect();
        self.nodes.push(NodeProto {
            name: base,
            op_type: op_type.into(),
            input: inputs.iter().map(|s| s.to_string()).collect(),
            output: names.clone(),
            attribute,
            ..Default::default()
        });
        names
    }

    /// An initializer given as a whole tensor (any element type).
    pub fn initializer(&mut self, tensor: TensorProto) -> String {
        let name = tensor.name.clone();
        self.initializers.push(tensor);
        name
    }

    /// A graph input; a negative leading dimension is symbolic (`N`).
    pub fn input(&mut self, name: &str, shape: &[i64]) -> String {
        self.inputs.push(value_info(name, shape));
        name.into()
    }

    /// A constant f32 initializer.
    pub fn constant(&mut self, name: &str, shape: &[i64], data: Vec<f32>) -> String {
        self.initializers.push(TensorProto {
            name: name.into(),
            dims: shape.to_vec(),
            data_type: DataType::Float as i32,
            raw_data: data.iter().flat_map(|x| x.to_le_bytes()).collect(),
            ..Default::default()
        });
        name.into()
    }

    /// A constant int64 initializer (shapes, for `Reshape`).
    pub fn constant_i64(&mut self, name: &str, data: &[i64]) -> String {
        self.initializers.push(TensorProto {
            name: name.into(),
            dims: vec![data.len() as i64],
            data_type: DataType::Int64 as i32,
            int64_data: data.to_vec(),
            ..Default::default()
        });
        name.into()
    }

    /// A weight uniform in [-scale, scale).
    pub fn weight(&mut self, name: &str, shape: &[i64], scale: f32) -> String {
        let n: i64 = shape.iter().product();
        let data = (0..n).map(|_| self.uniform() * scale).collect();
        self.constant(name, shape, data)
    }

    /// A weight uniform in [lo, hi).
    pub fn weight_in(&mut self, name: &str, shape: &[i64], lo: f32, hi: f32) -> String {
        let n: i64 = shape.iter().product();
        let data = (0..n).map(|_| lo + (self.uniform() + 1.0) * 0.5 * (hi - lo)).collect();
        self.constant(name, shape, data)
    }

    /// A node with one output (named after the op); returns the output name.
    pub fn node(
        &mut self,
        op_type: &str,
        inputs: &[&str],
        attribute: Vec<AttributeProto>,
    ) -> String {
        let out = self.fresh(&op_type.to_lowercase());
        self.nodes.push(NodeProto {
            name: out.clone(),
            op_type: op_type.into(),
            input: inputs.iter().map(|s| s.to_string()).collect(),
            output: vec![out.clone()],
            attribute,
            ..Default::default()
        });
        out
    }

    /// Marks a value as a graph output.
    pub fn output(&mut self, name: &str, shape: &[i64]) {
        self.outputs.push(value_info(name, shape));
    }

    /// A 2-D convolution with bias (weights scaled to keep activations near 1).
    #[allow(clippy::too_many_arguments)]
    pub fn conv(
        &mut self,
        x: &str,
        cin: i64,
        cout: i64,
        kernel: i64,
        stride: i64,
        pad: i64,
        groups: i64,
    ) -> String {
        let fan_in = (cin / groups * kernel * kernel) as f32;
        let w = self.fresh("w");
        let w = self.weight(&w, &[cout, cin / groups, kernel, kernel], (3.0 / fan_in).sqrt());
        let b = self.fresh("b");
        let b = self.weight(&b, &[cout], 0.1);
        self.node(
            "Conv",
            &[x, &w, &b],
            vec![
                ints("kernel_shape", &[kernel, kernel]),
                ints("strides", &[stride, stride]),
                ints("pads", &[pad, pad, pad, pad]),
                ints("dilations", &[1, 1]),
                int("group", groups),
            ],
        )
    }

    /// An inference batch normalisation with random statistics.
    pub fn batch_norm(&mut self, x: &str, c: i64) -> String {
        let names: Vec<String> = (0..4).map(|_| self.fresh("bn")).collect();
        let g = self.weight_in(&names[0], &[c], 0.5, 1.5);
        let b = self.weight(&names[1], &[c], 0.1);
        let m = self.weight(&names[2], &[c], 0.1);
        let v = self.weight_in(&names[3], &[c], 0.5, 1.5);
        self.node("BatchNormalization", &[x, &g, &b, &m, &v], vec![float("epsilon", 1e-5)])
    }

    /// A fully connected layer (`Gemm` with `transB = 1`, as exporters write).
    pub fn linear(&mut self, x: &str, inp: i64, out: i64) -> String {
        let w = self.fresh("w");
        let w = self.weight(&w, &[out, inp], (3.0 / inp as f32).sqrt());
        let b = self.fresh("b");
        let b = self.weight(&b, &[out], 0.1);
        self.node("Gemm", &[x, &w, &b], vec![int("transB", 1)])
    }

    /// The model.
    pub fn finish(self) -> ModelProto {
        ModelProto {
            ir_version: 8,
            opset_import: vec![OperatorSetIdProto { domain: String::new(), version: self.opset }],
            producer_name: "mlirrl".into(),
            graph: Some(GraphProto {
                name: self.name,
                node: self.nodes,
                initializer: self.initializers,
                input: self.inputs,
                output: self.outputs,
                ..Default::default()
            }),
            ..Default::default()
        }
    }
}

/// The built-in models.
pub mod models {
    use super::*;

    /// Names accepted by [`by_name`].
    pub const NAMES: [&str; 7] = [
        "mlp",
        "small_cnn",
        "residual_block",
        "mobilenet_block",
        "resnet18",
        "mobilenetv2",
        "bert_layer",
    ];

    /// A built-in model by name, at batch size `batch`.
    pub fn by_name(name: &str, batch: i64) -> Option<ModelProto> {
        Some(match name {
            "mlp" => mlp(batch),
            "small_cnn" => small_cnn(batch),
            "residual_block" => residual_block(batch),
            "mobilenet_block" => mobilenet_block(batch),
            "resnet18" => resnet18(batch),
            "mobilenetv2" => mobilenetv2(batch),
            "bert_layer" => bert_layer(batch),
            _ => return None,
        })
    }

    /// Reshape, Gemm, Relu, MatMul + broadcast Add, Sigmoid, Sub, Softmax.
    pub fn mlp(batch: i64) -> ModelProto {
        let mut g = GraphBuilder::new("mlp", 1);
        let x = g.input("x", &[batch, 16, 16]);
        let shape = g.constant_i64("flat_shape", &[-1, 256]);
        let h = g.node("Reshape", &[&x, &shape], vec![]);
        let h = g.linear(&h, 256, 512);
        let h = g.node("Relu", &[&h], vec![]);
        let h = g.linear(&h, 512, 256);
        let h = g.node("Sigmoid", &[&h], vec![]);
        let w = g.weight("w_mm", &[256, 64], 0.1);
        let h = g.node("MatMul", &[&h, &w], vec![]);
        let b = g.weight("b_mm", &[64], 0.1);
        let h = g.node("Add", &[&h, &b], vec![]);
        let c = g.weight("center", &[1, 64], 0.1);
        let h = g.node("Sub", &[&h, &c], vec![]);
        let y = g.node("Softmax", &[&h], vec![int("axis", -1)]);
        g.output(&y, &[batch, 64]);
        g.finish()
    }

    /// Conv + BatchNorm + Relu, MaxPool, two branches joined by Concat, Clip,
    /// AveragePool, a grouped Conv, Tanh, GlobalAveragePool, Flatten, Gemm.
    pub fn small_cnn(batch: i64) -> ModelProto {
        let mut g = GraphBuilder::new("small_cnn", 2);
        let x = g.input("image", &[batch, 3, 32, 32]);
        let h = g.conv(&x, 3, 16, 3, 1, 1, 1);
        let h = g.batch_norm(&h, 16);
        let h = g.node("Relu", &[&h], vec![]);
        let h =
            g.node("MaxPool", &[&h], vec![ints("kernel_shape", &[2, 2]), ints("strides", &[2, 2])]);
        let a = g.conv(&h, 16, 16, 1, 1, 0, 1);
        let b = g.conv(&h, 16, 16, 3, 1, 1, 1);
        let h = g.node("Concat", &[&a, &b], vec![int("axis", 1)]);
        let h = g.batch_norm(&h, 32);
        let lo = g.constant("clip_lo", &[], vec![0.0]);
        let hi = g.constant("clip_hi", &[], vec![6.0]);
        let h = g.node("Clip", &[&h, &lo, &hi], vec![]);
        let h = g.node(
            "AveragePool",
            &[&h],
            vec![ints("kernel_shape", &[2, 2]), ints("strides", &[2, 2])],
        );
        let h = g.conv(&h, 32, 32, 3, 1, 1, 4);
        let h = g.node("Tanh", &[&h], vec![]);
        let h = g.node("GlobalAveragePool", &[&h], vec![]);
        let h = g.node("Flatten", &[&h], vec![int("axis", 1)]);
        let y = g.linear(&h, 32, 10);
        g.output(&y, &[batch, 10]);
        g.finish()
    }

    fn basic_block(g: &mut GraphBuilder, x: &str, cin: i64, cout: i64, stride: i64) -> String {
        let h = g.conv(x, cin, cout, 3, stride, 1, 1);
        let h = g.batch_norm(&h, cout);
        let h = g.node("Relu", &[&h], vec![]);
        let h = g.conv(&h, cout, cout, 3, 1, 1, 1);
        let h = g.batch_norm(&h, cout);
        let skip = if stride != 1 || cin != cout {
            let s = g.conv(x, cin, cout, 1, stride, 0, 1);
            g.batch_norm(&s, cout)
        } else {
            x.to_string()
        };
        let h = g.node("Add", &[&h, &skip], vec![]);
        g.node("Relu", &[&h], vec![])
    }

    /// A ResNet basic block with a downsampling shortcut, 64 -> 128 channels.
    pub fn residual_block(batch: i64) -> ModelProto {
        let mut g = GraphBuilder::new("residual_block", 3);
        let x = g.input("x", &[batch, 64, 28, 28]);
        let y = basic_block(&mut g, &x, 64, 128, 2);
        g.output(&y, &[batch, 128, 14, 14]);
        g.finish()
    }

    /// A MobileNetV2 inverted residual: 1x1 expand, ReLU6 (Clip), 3x3
    /// depthwise, ReLU6, 1x1 project, residual Add.
    pub fn mobilenet_block(batch: i64) -> ModelProto {
        let mut g = GraphBuilder::new("mobilenet_block", 4);
        let x = g.input("x", &[batch, 32, 28, 28]);
        let lo = g.constant("relu6_lo", &[], vec![0.0]);
        let hi = g.constant("relu6_hi", &[], vec![6.0]);
        let h = g.conv(&x, 32, 192, 1, 1, 0, 1);
        let h = g.batch_norm(&h, 192);
        let h = g.node("Clip", &[&h, &lo, &hi], vec![]);
        let h = g.conv(&h, 192, 192, 3, 1, 1, 192);
        let h = g.batch_norm(&h, 192);
        let h = g.node("Clip", &[&h, &lo, &hi], vec![]);
        let h = g.conv(&h, 192, 32, 1, 1, 0, 1);
        let h = g.batch_norm(&h, 32);
        let y = g.node("Add", &[&h, &x], vec![]);
        g.output(&y, &[batch, 32, 28, 28]);
        g.finish()
    }

    /// ResNet-18 at 224x224 (11.7 M parameters, random weights), as
    /// torchvision exports it: 7x7/2 stem, padded 3x3/2 max pool, four stages
    /// of two basic blocks, global average pool, 1000-way Gemm.
    pub fn resnet18(batch: i64) -> ModelProto {
        let mut g = GraphBuilder::new("resnet18", 5);
        let x = g.input("input", &[batch, 3, 224, 224]);
        let h = g.conv(&x, 3, 64, 7, 2, 3, 1);
        let h = g.batch_norm(&h, 64);
        let h = g.node("Relu", &[&h], vec![]);
        let mut h = g.node(
            "MaxPool",
            &[&h],
            vec![
                ints("kernel_shape", &[3, 3]),
                ints("strides", &[2, 2]),
                ints("pads", &[1, 1, 1, 1]),
            ],
        );
        let mut cin = 64;
        for (stage, cout) in [64, 128, 256, 512].into_iter().enumerate() {
            for b in 0..2 {
                let stride = if stage > 0 && b == 0 { 2 } else { 1 };
                h = basic_block(&mut g, &h, cin, cout, stride);
                cin = cout;
            }
        }
        let h = g.node("GlobalAveragePool", &[&h], vec![]);
        let h = g.node("Flatten", &[&h], vec![int("axis", 1)]);
        let y = g.linear(&h, 512, 1000);
        g.output(&y, &[batch, 1000]);
        g.finish()
    }

    /// MobileNetV2 at 224x224 (3.5 M parameters, random weights), as
    /// torchvision exports it: a 3x3/2 stem, seventeen inverted residual
    /// blocks (1x1 expand, ReLU6, 3x3 depthwise, ReLU6, 1x1 project, residual
    /// Add where shapes allow), a 1x1 conv to 1280 channels, global average
    /// pool and a 1000-way Gemm. ReLU6 is `Clip(0, 6)`.
    pub fn mobilenetv2(batch: i64) -> ModelProto {
        let mut g = GraphBuilder::new("mobilenetv2", 6);
        let x = g.input("input", &[batch, 3, 224, 224]);
        let lo = g.constant("relu6_lo", &[], vec![0.0]);
        let hi = g.constant("relu6_hi", &[], vec![6.0]);
        let relu6 = |g: &mut GraphBuilder, h: &str| g.node("Clip", &[h, &lo, &hi], vec![]);
        let h = g.conv(&x, 3, 32, 3, 2, 1, 1);
        let h = g.batch_norm(&h, 32);
        let mut h = relu6(&mut g, &h);
        let mut cin = 32;
        for (t, c, n, s) in [
            (1, 16, 1, 1),
            (6, 24, 2, 2),
            (6, 32, 3, 2),
            (6, 64, 4, 2),
            (6, 96, 3, 1),
            (6, 160, 3, 2),
            (6, 320, 1, 1),
        ] {
            for i in 0..n {
                let stride = if i == 0 { s } else { 1 };
                let hidden = cin * t;
                let mut y = h.clone();
                if t != 1 {
                    y = g.conv(&y, cin, hidden, 1, 1, 0, 1);
                    y = g.batch_norm(&y, hidden);
                    y = relu6(&mut g, &y);
                }
                y = g.conv(&y, hidden, hidden, 3, stride, 1, hidden);
                y = g.batch_norm(&y, hidden);
                y = relu6(&mut g, &y);
                y = g.conv(&y, hidden, c, 1, 1, 0, 1);
                y = g.batch_norm(&y, c);
                h = if stride == 1 && cin == c { g.node("Add", &[&y, &h], vec![]) } else { y };
                cin = c;
            }
        }
        let h = g.conv(&h, 320, 1280, 1, 1, 0, 1);
        let h = g.batch_norm(&h, 1280);
        let h = relu6(&mut g, &h);
        let h = g.node("GlobalAveragePool", &[&h], vec![]);
        let h = g.node("Flatten", &[&h], vec![int("axis", 1)]);
        let y = g.linear(&h, 1280, 1000);
        g.output(&y, &[batch, 1000]);
        g.finish()
    }

    /// One BERT-base encoder layer at sequence length 128 (hidden 768, 12
    /// heads of 64, feed-forward 3072; 7.1 M parameters, random weights), as
    /// PyTorch exports it before opset 17: separate Q, K and V projections
    /// (MatMul + Add), heads split with Reshape and Transpose, scaled
    /// scores, Softmax, the context merged back, LayerNorm written out
    /// (ReduceMean, Sub, Pow, Sqrt, Div, Mul, Add) and GELU through Erf.
    pub fn bert_layer(batch: i64) -> ModelProto {
        let (s, h, heads, ff) = (128i64, 768i64, 12i64, 3072i64);
        let d = h / heads;
        let mut g = GraphBuilder::new("bert_layer", 7);
        let x = g.input("hidden_states", &[batch, s, h]);
        let dense = |g: &mut GraphBuilder, v: &str, i: i64, o: i64| {
            let w = g.fresh("w");
            let w = g.weight(&w, &[i, o], (3.0 / i as f32).sqrt());
            let b = g.fresh("b");
            let b = g.weight(&b, &[o], 0.1);
            let m = g.node("MatMul", &[v, &w], vec![]);
            g.node("Add", &[&m, &b], vec![])
        };
        let split = g.constant_i64("heads_shape", &[0, s, heads, d]);
        let merge = g.constant_i64("merged_shape", &[0, s, h]);
        let q = dense(&mut g, &x, h, h);
        let k = dense(&mut g, &x, h, h);
        let v = dense(&mut g, &x, h, h);
        let q = g.node("Reshape", &[&q, &split], vec![]);
        let q = g.node("Transpose", &[&q], vec![ints("perm", &[0, 2, 1, 3])]);
        let k = g.node("Reshape", &[&k, &split], vec![]);
        let k = g.node("Transpose", &[&k], vec![ints("perm", &[0, 2, 3, 1])]);
        let v = g.node("Reshape", &[&v, &split], vec![]);
        let v = g.node("Transpose", &[&v], vec![ints("perm", &[0, 2, 1, 3])]);
        let scores = g.node("MatMul", &[&q, &k], vec![]);
        let scale = g.constant("attn_scale", &[], vec![(d as f32).sqrt()]);
        let scores = g.node("Div", &[&scores, &scale], vec![]);
        let probs = g.node("Softmax", &[&scores], vec![int("axis", -1)]);
        let ctx = g.node("MatMul", &[&probs, &v], vec![]);
        let ctx = g.node("Transpose", &[&ctx], vec![ints("perm", &[0, 2, 1, 3])]);
        let ctx = g.node("Reshape", &[&ctx, &merge], vec![]);
        let attn = dense(&mut g, &ctx, h, h);
        let r1 = g.node("Add", &[&attn, &x], vec![]);
        let two = g.constant("ln_two", &[], vec![2.0]);
        let eps = g.constant("ln_eps", &[], vec![1e-12]);
        let layer_norm = |g: &mut GraphBuilder, v: &str| {
            let axes = vec![ints("axes", &[-1])];
            let mean = g.node("ReduceMean", &[v], axes.clone());
            let c = g.node("Sub", &[v, &mean], vec![]);
            let sq = g.node("Pow", &[&c, &two], vec![]);
            let var = g.node("ReduceMean", &[&sq], axes);
            let ve = g.node("Add", &[&var, &eps], vec![]);
            let sd = g.node("Sqrt", &[&ve], vec![]);
            let n = g.node("Div", &[&c, &sd], vec![]);
            let gamma = g.fresh("ln_g");
            let gamma = g.weight_in(&gamma, &[h], 0.5, 1.5);
            let beta = g.fresh("ln_b");
            let beta = g.weight(&beta, &[h], 0.1);
            let m = g.node("Mul", &[&n, &gamma], vec![]);
            g.node("Add", &[&m, &beta], vec![])
        };
        let x1 = layer_norm(&mut g, &r1);
        let f = dense(&mut g, &x1, h, ff);
        let sqrt2 = g.constant("gelu_sqrt2", &[], vec![std::f32::consts::SQRT_2]);
        let one = g.constant("gelu_one", &[], vec![1.0]);
        let half = g.constant("gelu_half", &[], vec![0.5]);
        let e = g.node("Div", &[&f, &sqrt2], vec![]);
        let e = g.node("Erf", &[&e], vec![]);
        let e = g.node("Add", &[&e, &one], vec![]);
        let e = g.node("Mul", &[&f, &e], vec![]);
        let gelu = g.node("Mul", &[&e, &half], vec![]);
        let out = dense(&mut g, &gelu, ff, h);
        let r2 = g.node("Add", &[&out, &x1], vec![]);
        let y = layer_norm(&mut g, &r2);
        g.output(&y, &[batch, s, h]);
        g.finish()
    }
}
