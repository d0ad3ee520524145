#!/usr/bin/env python3
"""Writes ONNX models the way older exporters wrote them, for checking
`mlirrl import` and `mlirrl eval-model` against ONNX Runtime.

Usage: old_opset_models.py OUT_DIR [--resnet18 models/resnet18.onnx]

Each model uses the operators, attributes and idioms of its opset (7 to 11)
as model-zoo files and PyTorch 1.x / Caffe2 exports have them: LRN and
grouped convolutions (AlexNet), inception branches joined by Concat with
padded pooling (GoogLeNet), BatchNormalization with `spatial` before a
convolution and PyTorch's `Shape -> Gather -> Unsqueeze -> Concat ->
Reshape` flatten (DenseNet), Upsample with Sum and Clip attributes
(a segmentation head), and a transformer encoder layer at opset 11 with
decomposed LayerNorm, Erf-based GELU, Split and a Where mask. Weights are
seeded random values at reduced sizes so that a whole evaluation runs in
minutes on 2 cores.

With --builtin DIR (the directory `cargo run --example onnx_models -- DIR`
writes), the project's ResNet-18, MobileNetV2 and BERT-base encoder layer
are also rewritten as opset-9 files: their operators mean the same at
opset 9 except Clip, whose bounds become attributes (onnx.version_converter
has no downward adapter for BatchNormalization 15).
"""
import argparse
import os

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

RNG = np.random.default_rng(7)


class G:
    """A small graph builder: nodes, random initializers, one input."""

    def __init__(self, name, opset):
        self.name, self.opset = name, opset
        self.nodes, self.inits, self.n = [], [], 0

    def fresh(self, p):
        self.n += 1
        return f"{p}_{self.n}"

    def w(self, shape, scale=None, lo=None, hi=None):
        name = self.fresh("w")
        if lo is not None:
            data = RNG.uniform(lo, hi, size=shape)
        else:
            fan = int(np.prod(shape[1:])) if len(shape) > 1 else shape[0]
            s = scale if scale is not None else 1.0 / np.sqrt(max(fan, 1))
            data = RNG.uniform(-s, s, size=shape)
        self.inits.append(numpy_helper.from_array(data.astype(np.float32), name))
        return name

    def c(self, value, dtype=np.int64):
        name = self.fresh("c")
        self.inits.append(numpy_helper.from_array(np.array(value, dtype=dtype), name))
        return name

    def op(self, op_type, inputs, outputs=1, **attrs):
        outs = [self.fresh(op_type.lower()) for _ in range(outputs)]
        self.nodes.append(helper.make_node(op_type, inputs, outs, name=outs[0], **attrs))
        return outs[0] if outputs == 1 else outs

    def conv(self, x, cin, cout, k, stride=1, pad=0, group=1, bias=True):
        ins = [x, self.w([cout, cin // group, k, k])]
        if bias:
            ins.append(self.w([cout], 0.1))
        return self.op("Conv", ins, kernel_shape=[k, k], strides=[stride, stride],
                       pads=[pad] * 4, group=group)

    def bn(self, x, c):
        ins = [x, self.w([c], lo=0.5, hi=1.5), self.w([c], 0.1), self.w([c], 0.1),
               self.w([c], lo=0.5, hi=1.5)]
        if self.opset < 9:
            return self.op("BatchNormalization", ins, epsilon=1e-5, spatial=1)
        return self.op("BatchNormalization", ins, epsilon=1e-5)

    def finish(self, x_name, x_shape, y, y_shape):
        graph = helper.make_graph(
            self.nodes, self.name,
            [helper.make_tensor_value_info(x_name, TensorProto.FLOAT, x_shape)],
            [helper.make_tensor_value_info(y, TensorProto.FLOAT, y_shape)],
            initializer=self.inits)
        m = helper.make_model(graph, opset_imports=[helper.make_opsetid("", self.opset)],
                              producer_name="mlirrl-old-opset-check")
        m.ir_version = 4 if self.opset <= 9 else 6
        onnx.checker.check_model(m)
        return m


def alexnet():
    """Opset 7: LRN, grouped convolution, Dropout with ratio, Softmax on 2-D."""
    g = G("alexnet_opset7", 7)
    x = g.conv("data", 3, 32, 11, stride=4, pad=2)
    x = g.op("Relu", [x])
    x = g.op("LRN", [x], size=5, alpha=1e-4, beta=0.75, bias=1.0)
    x = g.op("MaxPool", [x], kernel_shape=[3, 3], strides=[2, 2])
    x = g.op("Relu", [g.conv(x, 32, 64, 5, pad=2, group=2)])
    x = g.op("LRN", [x], size=5, alpha=1e-4, beta=0.75, bias=1.0)
    x = g.op("MaxPool", [x], kernel_shape=[3, 3], strides=[2, 2])
    x = g.op("Relu", [g.conv(x, 64, 96, 3, pad=1)])
    x = g.op("Relu", [g.conv(x, 96, 64, 3, pad=1, group=2)])
    x = g.op("MaxPool", [x], kernel_shape=[3, 3], strides=[2, 2])
    x = g.op("Reshape", [x, g.c([1, -1])])
    x = g.op("Gemm", [x, g.w([256, 64 * 3 * 3]), g.w([256], 0.1)], transB=1)
    x = g.op("Dropout", [g.op("Relu", [x])], ratio=0.5)
    x = g.op("Gemm", [x, g.w([100, 256], 8.0), g.w([100], 0.1)], transB=1)
    y = g.op("Softmax", [x])
    return g.finish("data", [1, 3, 127, 127], y, [1, 100])


def googlenet():
    """Opset 8: an inception module (four branches, padded max pooling,
    Concat), LRN, AveragePool, Dropout, Gemm and Softmax."""
    g = G("googlenet_opset8", 8)
    x = g.op("Relu", [g.conv("data", 3, 32, 7, stride=2, pad=3)])
    x = g.op("MaxPool", [x], kernel_shape=[3, 3], strides=[2, 2], pads=[0, 0, 1, 1])
    x = g.op("LRN", [x], size=5, alpha=1e-4, beta=0.75)
    b1 = g.op("Relu", [g.conv(x, 32, 16, 1)])
    b2 = g.op("Relu", [g.conv(g.op("Relu", [g.conv(x, 32, 24, 1)]), 24, 32, 3, pad=1)])
    b3 = g.op("Relu", [g.conv(g.op("Relu", [g.conv(x, 32, 8, 1)]), 8, 8, 5, pad=2)])
    p = g.op("MaxPool", [x], kernel_shape=[3, 3], strides=[1, 1], pads=[1, 1, 1, 1])
    b4 = g.op("Relu", [g.conv(p, 32, 8, 1)])
    x = g.op("Concat", [b1, b2, b3, b4], axis=1)
    x = g.op("AveragePool", [x], kernel_shape=[8, 8], strides=[1, 1])
    x = g.op("Dropout", [x], ratio=0.4)
    x = g.op("Flatten", [x], axis=1)
    x = g.op("Gemm", [x, g.w([64, 10], 4.0), g.w([10], 0.1)])
    y = g.op("Softmax", [x], axis=1)
    return g.finish("data", [1, 3, 32, 32], y, [1, 10])


def densenet():
    """Opset 9: BatchNormalization -> Relu -> Conv (pre-activation, so not
    folded), dense Concat, GlobalAveragePool and PyTorch 1.x's flatten
    through Shape, Gather, Unsqueeze, Concat and Reshape."""
    g = G("densenet_opset9", 9)
    x = g.conv("data", 3, 16, 3, pad=1, bias=False)
    for i in range(3):
        c = 16 + 8 * i
        h = g.op("Relu", [g.bn(x, c)])
        h = g.conv(h, c, 16, 1, bias=False)
        h = g.op("Relu", [g.bn(h, 16)])
        h = g.conv(h, 16, 8, 3, pad=1, bias=False)
        x = g.op("Concat", [x, h], axis=1)
    x = g.op("Relu", [g.bn(x, 40)])
    x = g.op("GlobalAveragePool", [x])
    shape = g.op("Shape", [x])
    n = g.op("Gather", [shape, g.c(0)], axis=0)
    n = g.op("Unsqueeze", [n], axes=[0])
    target = g.op("Concat", [n, g.c([-1])], axis=0)
    x = g.op("Reshape", [x, target])
    y = g.op("Gemm", [x, g.w([10, 40]), g.w([10], 0.1)], transB=1)
    return g.finish("data", [1, 3, 32, 32], y, [1, 10])


def segmentation():
    """Opset 9: Upsample (scales input), Sum of three inputs, Clip with
    min/max attributes (ReLU6), depthwise convolution, Pad with pads and
    value attributes, PRelu with a per-channel slope."""
    g = G("segmentation_opset9", 9)
    x = g.op("Clip", [g.conv("data", 3, 16, 3, stride=2, pad=1)], min=0.0, max=6.0)
    d = g.op("Clip", [g.conv(x, 16, 16, 3, pad=1, group=16)], min=0.0, max=6.0)
    s = g.op("Sum", [x, d, g.conv(x, 16, 16, 1)])
    up = g.op("Upsample", [s, g.c([1.0, 1.0, 2.0, 2.0], np.float32)], mode="nearest")
    p = g.op("Pad", [up], pads=[0, 0, 1, 1, 0, 0, 1, 1], value=0.0)
    h = g.conv(p, 16, 8, 3)
    y = g.op("PRelu", [h, g.w([8, 1, 1], lo=0.1, hi=0.3)])
    return g.finish("data", [1, 3, 32, 32], y, [1, 8, 32, 32])


def encoder():
    """Opset 11: a transformer encoder layer as PyTorch 1.x exported it
    (sequence 64, hidden 128, 4 heads): shapes computed with Shape/Gather/
    Unsqueeze/Concat, Split of a fused QKV projection, 4-D batched MatMul,
    a padding mask through Equal/Where, decomposed LayerNorm, GELU via Erf."""
    g = G("encoder_opset11", 11)
    s, h, heads = 64, 128, 4
    d = h // heads
    x = "data"

    def linear(v, i, o):
        return g.op("Add", [g.op("MatMul", [v, g.w([i, o])]), g.w([o], 0.1)])

    def layer_norm(v):
        mean = g.op("ReduceMean", [v], axes=[-1])
        c = g.op("Sub", [v, mean])
        var = g.op("ReduceMean", [g.op("Pow", [c, g.c(2.0, np.float32)])], axes=[-1])
        sd = g.op("Sqrt", [g.op("Add", [var, g.c(1e-12, np.float32)])])
        n = g.op("Div", [c, sd])
        return g.op("Add", [g.op("Mul", [n, g.w([h], lo=0.5, hi=1.5)]), g.w([h], 0.1)])

    shape = g.op("Shape", [x])
    bsz = g.op("Unsqueeze", [g.op("Gather", [shape, g.c(0)], axis=0)], axes=[0])
    seq = g.op("Unsqueeze", [g.op("Gather", [shape, g.c(1)], axis=0)], axes=[0])
    heads_shape = g.op("Concat", [bsz, seq, g.c([heads]), g.c([d])], axis=0)
    qkv = linear(x, h, 3 * h)
    q, k, v = g.op("Split", [qkv], outputs=3, axis=2, split=[h, h, h])

    def split_heads(t):
        return g.op("Transpose", [g.op("Reshape", [t, heads_shape])], perm=[0, 2, 1, 3])

    q, k, v = split_heads(q), split_heads(k), split_heads(v)
    kt = g.op("Transpose", [k], perm=[0, 1, 3, 2])
    scores = g.op("Div", [g.op("MatMul", [q, kt]), g.c(float(np.sqrt(d)), np.float32)])
    # The last 8 positions are padding: mask = (ids == 0), built from constants.
    ids = g.c([[1] * (s - 8) + [0] * 8])
    pad = g.op("Equal", [ids, g.c(0)])
    pad = g.op("Unsqueeze", [pad], axes=[1, 2])
    scores = g.op("Where", [pad, g.c(-1e4, np.float32), scores])
    probs = g.op("Softmax", [scores], axis=3)
    ctx = g.op("Transpose", [g.op("MatMul", [probs, v])], perm=[0, 2, 1, 3])
    ctx = g.op("Reshape", [ctx, g.op("Concat", [bsz, seq, g.c([h])], axis=0)])
    x1 = layer_norm(g.op("Add", [x, linear(ctx, h, h)]))
    f = linear(x1, h, 4 * h)
    erf = g.op("Erf", [g.op("Div", [f, g.c(float(np.sqrt(2.0)), np.float32)])])
    gelu = g.op("Mul", [g.op("Mul", [f, g.op("Add", [erf, g.c(1.0, np.float32)])]),
                        g.c(0.5, np.float32)])
    y = layer_norm(g.op("Add", [x1, linear(gelu, 4 * h, h)]))
    return g.finish("data", [1, s, h], y, [1, s, h])


SAME_AT_9 = {"Conv", "BatchNormalization", "Relu", "MaxPool", "Add", "GlobalAveragePool",
             "Flatten", "Gemm", "MatMul", "Reshape", "Transpose", "Div", "Sub", "Mul", "Pow",
             "Sqrt", "ReduceMean", "Erf", "Clip"}


def to_opset9(m):
    """An opset-17 model whose operators mean the same at opset 9, declared
    as opset 9; Clip's constant bound inputs become attributes, and Softmax
    is kept only on the last axis (where opset 9's 2-D coercion agrees)."""
    inits = {t.name: numpy_helper.to_array(t) for t in m.graph.initializer}
    nodes = []
    for n in m.graph.node:
        if n.op_type == "Softmax":
            axis = next((a.i for a in n.attribute if a.name == "axis"), -1)
            assert axis == -1, "Softmax off the last axis"
        elif n.op_type not in SAME_AT_9:
            raise ValueError(f"{n.op_type} differs at opset 9")
        if n.op_type == "Clip":
            lo, hi = (float(inits[i]) for i in n.input[1:3])
            n = helper.make_node("Clip", [n.input[0]], list(n.output), name=n.name, min=lo, max=hi)
        nodes.append(n)
    del m.graph.node[:]
    m.graph.node.extend(nodes)
    used = {i for n in nodes for i in n.input}
    keep = [t for t in m.graph.initializer if t.name in used]
    del m.graph.initializer[:]
    m.graph.initializer.extend(keep)
    del m.opset_import[:]
    m.opset_import.extend([helper.make_opsetid("", 9)])
    m.ir_version = 4
    onnx.checker.check_model(m)
    return m


def main():
    p = argparse.ArgumentParser()
    p.add_argument("out")
    p.add_argument("--builtin", help="directory of the project's built-in models")
    a = p.parse_args()
    os.makedirs(a.out, exist_ok=True)
    for build in (alexnet, googlenet, densenet, segmentation, encoder):
        m = build()
        path = os.path.join(a.out, m.graph.name + ".onnx")
        onnx.save(m, path)
        print(path)
    if a.builtin:
        for name in ("resnet18", "mobilenetv2", "bert_layer"):
            m = to_opset9(onnx.load(os.path.join(a.builtin, name + ".onnx")))
            m.graph.name = name + "_opset9"
            path = os.path.join(a.out, m.graph.name + ".onnx")
            onnx.save(m, path)
            print(path)


if __name__ == "__main__":
    main()
