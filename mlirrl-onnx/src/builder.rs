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

/// Builds one ONNX graph (opset 17).
pub struct GraphBuilder {
    name: String,
    nodes: Vec<NodeProto>,
    initializers: Vec<TensorProto>,
    inputs: Vec<ValueInfoProto>,
    outputs: Vec<ValueInfoProto>,
    state: u64,
    count: usize,
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
            opset_import: vec![OperatorSetIdProto { domain: String::new(), version: 17 }],
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
    pub const NAMES: [&str; 5] =
        ["mlp", "small_cnn", "residual_block", "mobilenet_block", "resnet18"];

    /// A built-in model by name, at batch size `batch`.
    pub fn by_name(name: &str, batch: i64) -> Option<ModelProto> {
        Some(match name {
            "mlp" => mlp(batch),
            "small_cnn" => small_cnn(batch),
            "residual_block" => residual_block(batch),
            "mobilenet_block" => mobilenet_block(batch),
            "resnet18" => resnet18(batch),
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
}
