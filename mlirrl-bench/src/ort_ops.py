"""ONNX Runtime as the per-op reference of `mlirrl eval`.

Reads a JSON list of single-op specs on stdin, builds each op as a one-node
ONNX model (weights as initializers, as in a network), times it with ONNX
Runtime on the given thread count, and prints a JSON list of
{"id", "median_ns"} or {"id", "error"} on stdout. Exit code 3 when
onnxruntime or onnx is not importable.
"""
import json
import sys
import time

try:
    import numpy as np
    import onnx
    import onnxruntime as ort
    from onnx import TensorProto, helper
except ImportError as e:  # pragma: no cover - depends on the machine
    print(f"onnxruntime is not available: {e}", file=sys.stderr)
    sys.exit(3)


def rand(shape, rng):
    return rng.standard_normal(shape).astype(np.float32)


def init(name, shape, rng):
    return helper.make_tensor(name, TensorProto.FLOAT, shape, rand(shape, rng).ravel())


def io(name, shape):
    return helper.make_tensor_value_info(name, TensorProto.FLOAT, shape)


def build(spec, rng):
    """(model, feeds) for one spec."""
    op = spec["op"]
    inits, feeds = [], {}
    if op in ("matmul", "batch_matmul"):
        b = [spec["b"]] if op == "batch_matmul" else []
        m, n, k = spec["m"], spec["n"], spec["k"]
        a_shape, w_shape, y_shape = b + [m, k], b + [k, n], b + [m, n]
        inits.append(init("W", w_shape, rng))
        node = helper.make_node("MatMul", ["A", "W"], ["Y"])
        inputs, feeds["A"] = [io("A", a_shape)], rand(a_shape, rng)
    elif op == "conv":
        x_shape = [spec["n"], spec["c"], spec["h"], spec["w"]]
        g = spec.get("group", 1)
        w_shape = [spec["f"], spec["c"] // g, spec["kh"], spec["kw"]]
        inits.append(init("W", w_shape, rng))
        node = helper.make_node(
            "Conv", ["X", "W"], ["Y"], kernel_shape=[spec["kh"], spec["kw"]],
            strides=[spec["stride"]] * 2, dilations=[spec["dilation"]] * 2, group=g)
        inputs, feeds["X"] = [io("X", x_shape)], rand(x_shape, rng)
        y_shape = None
    elif op in ("maxpool", "avgpool"):
        x_shape = [spec["n"], spec["c"], spec["h"], spec["w"]]
        node = helper.make_node(
            "MaxPool" if op == "maxpool" else "AveragePool", ["X"], ["Y"],
            kernel_shape=[spec["kh"], spec["kw"]], strides=[spec["stride"]] * 2)
        inputs, feeds["X"] = [io("X", x_shape)], rand(x_shape, rng)
        y_shape = None
    elif op in ("Add", "Sub", "Mul", "Div", "Max", "Min"):
        shape = spec["shape"]
        node = helper.make_node(op, ["A", "B"], ["Y"])
        inputs = [io("A", shape), io("B", shape)]
        feeds["A"], feeds["B"] = rand(shape, rng), rand(shape, rng) + (3.0 if op == "Div" else 0.0)
        y_shape = shape
    elif op == "Relu":
        shape = spec["shape"]
        node = helper.make_node("Relu", ["A"], ["Y"])
        inputs, feeds["A"] = [io("A", shape)], rand(shape, rng)
        y_shape = shape
    else:
        raise ValueError(f"unknown op {op}")
    out = helper.make_tensor_value_info("Y", TensorProto.FLOAT, y_shape)
    graph = helper.make_graph([node], "op", inputs, [out], inits)
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 13)])
    model.ir_version = min(model.ir_version, 9)
    return model, feeds


def main():
    threads = int(sys.argv[sys.argv.index("--threads") + 1]) if "--threads" in sys.argv else 2
    runs = int(sys.argv[sys.argv.index("--runs") + 1]) if "--runs" in sys.argv else 10
    specs = json.load(sys.stdin)
    rng = np.random.default_rng(0)
    out = []
    for spec in specs:
        try:
            model, feeds = build(spec, rng)
            so = ort.SessionOptions()
            so.intra_op_num_threads = threads
            so.inter_op_num_threads = 1
            so.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
            sess = ort.InferenceSession(model.SerializeToString(), so,
                                        providers=["CPUExecutionProvider"])
            for _ in range(3):
                sess.run(None, feeds)
            times = []
            budget = time.perf_counter() + 2.0
            for i in range(max(runs, 1)):
                t = time.perf_counter_ns()
                sess.run(None, feeds)
                times.append(time.perf_counter_ns() - t)
                if i >= 2 and time.perf_counter() > budget:
                    break
            times.sort()
            n = len(times)
            median = times[n // 2] if n % 2 else (times[n // 2 - 1] + times[n // 2]) // 2
            out.append({"id": spec["id"], "median_ns": int(median)})
        except Exception as e:  # one bad spec costs its row only
            out.append({"id": spec["id"], "error": str(e)})
    json.dump(out, sys.stdout)


if __name__ == "__main__":
    main()
