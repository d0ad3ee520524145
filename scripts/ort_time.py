#!/usr/bin/env python3
"""Times an ONNX model with ONNX Runtime, for `mlirrl eval-model`.

Usage: ort_time.py MODEL.onnx INPUT.bin OUTPUT.bin --threads N --runs R [--warmup W]

INPUT.bin holds the model's single input as raw little-endian float32 values
(the shape is read from the model, a symbolic batch dimension taking whatever
the file's size implies). The first output is written to OUTPUT.bin the same
way. One JSON object goes to stdout: per-run times in nanoseconds, the
median, the ONNX Runtime version and the thread settings. Exit status 3 when
onnxruntime is not installed.
"""
import argparse
import json
import sys
import time

try:
    import numpy as np
    import onnxruntime as ort
except ImportError as e:  # the caller reports "not installed"
    print(json.dumps({"error": f"onnxruntime not available: {e}"}))
    sys.exit(3)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("model")
    p.add_argument("input")
    p.add_argument("output")
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--runs", type=int, default=10)
    p.add_argument("--warmup", type=int, default=2)
    a = p.parse_args()

    so = ort.SessionOptions()
    so.intra_op_num_threads = a.threads
    so.inter_op_num_threads = 1
    so.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
    so.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
    sess = ort.InferenceSession(a.model, so, providers=["CPUExecutionProvider"])
    inp = sess.get_inputs()[0]
    data = np.fromfile(a.input, dtype="<f4")
    dims = list(inp.shape)
    known = 1
    for d in dims[1:]:
        if not isinstance(d, int):
            raise SystemExit(f"input {inp.name} has a symbolic non-batch dimension: {dims}")
        known *= d
    dims[0] = data.size // known
    x = data.reshape(dims)
    feed = {inp.name: x}
    for _ in range(a.warmup):
        sess.run(None, feed)
    times = []
    out = None
    for _ in range(max(a.runs, 1)):
        t0 = time.perf_counter_ns()
        out = sess.run(None, feed)
        times.append(time.perf_counter_ns() - t0)
    np.asarray(out[0], dtype="<f4").tofile(a.output)
    times_sorted = sorted(times)
    print(json.dumps({
        "runs_ns": times,
        "median_ns": times_sorted[len(times_sorted) // 2],
        "onnxruntime": ort.__version__,
        "intra_op_num_threads": a.threads,
    }))


if __name__ == "__main__":
    main()
