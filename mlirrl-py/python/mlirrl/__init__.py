"""mlirrl from Python: a Gymnasium environment over MLIR loop transformations
with real, checked, isolated measurement, and the tool's jobs as functions.

>>> import mlirrl
>>> report = mlirrl.inspect(mlirrl.matmul(64, 64, 64))
>>> report["ops"][-1]["name"]
'linalg.matmul'

Everything heavy runs in worker processes (``python -m mlirrl.worker``): a
kernel that crashes or hangs fails its own measurement, never this
interpreter.
"""

from __future__ import annotations

import json
import os
import sys
from typing import Any, Dict, List, Optional

from . import _native
from ._native import MeasurementError, MlirrlError

__all__ = [
    "Env",
    "MlirrlError",
    "MeasurementError",
    "inspect",
    "measure",
    "optimize",
    "default_checkpoint",
    "generate",
    "matmul",
    "matmul_suite",
    "fingerprint",
    "worker_command",
]


def worker_command() -> List[str]:
    """The command that starts a worker: this interpreter running
    ``mlirrl.worker`` (program first)."""
    return [sys.executable, "-m", "mlirrl.worker", "worker"]


def _worker():
    command = worker_command()
    return command[0], command[1:]


def _source(path_or_text: str) -> tuple:
    """(text, name) of a program given as MLIR text or as a file path."""
    if "\n" not in path_or_text and "{" not in path_or_text and os.path.exists(path_or_text):
        with open(path_or_text, encoding="utf-8") as f:
            return f.read(), path_or_text
    return path_or_text, "program"


def inspect(path_or_text: str, features: bool = False) -> Dict[str, Any]:
    """The program model (``mlirrl inspect --json``): ops, loops, trip
    counts, accesses, the producer/consumer graph, and each op's features
    when ``features`` is true."""
    text, name = _source(path_or_text)
    return json.loads(_native.inspect(text, name, features))


def measure(
    path_or_text: str,
    schedule: Optional[str] = None,
    transform: Optional[str] = None,
    runs: int = 5,
    threads: Optional[int] = None,
    timeout: int = 120,
) -> Dict[str, Any]:
    """Measures a program against its untransformed self
    (``mlirrl measure --json``): untransformed when neither ``schedule``
    (canonical text or JSON) nor ``transform`` (a Transform script) is
    given. Raises :class:`MeasurementError` (message, exit code, result)
    when the candidate fails, is wrong, crashes or hangs."""
    text, name = _source(path_or_text)
    program, args = _worker()
    threads = threads or os.cpu_count() or 1
    return json.loads(
        _native.measure(text, name, program, args, schedule, transform, runs, threads, timeout)
    )


def default_checkpoint() -> str:
    """The policy ``optimize`` uses when none is given: ``MLIRRL_CHECKPOINT``
    when set, else the general policy shipped in this package (the
    repository's ``checkpoints/general.safetensors``, trained by the
    ``train_general`` example on every op family and network layers)."""
    return os.environ.get("MLIRRL_CHECKPOINT") or os.path.join(
        os.path.dirname(__file__), "checkpoints", "general.safetensors"
    )


def optimize(
    path_or_text: str,
    checkpoint: Optional[str] = None,
    search: str = "greedy",
    threads: Optional[int] = None,
    out: Optional[str] = None,
) -> Dict[str, Any]:
    """Schedules a program with a trained policy and measures the result
    (``mlirrl optimize --json``). ``checkpoint`` (a file written by
    ``mlirrl train``) defaults to :func:`default_checkpoint`. ``search`` is
    ``greedy``, ``sample:K``, ``beam:K`` or ``budget:N``; the schedule files go to ``out``
    when given. Raises :class:`MeasurementError` when the chosen schedule
    does not measure correctly."""
    text, name = _source(path_or_text)
    program, args = _worker()
    threads = threads or os.cpu_count() or 1
    return json.loads(
        _native.optimize(
            text, name, checkpoint or default_checkpoint(), program, args, search, threads, out
        )
    )


def generate(
    family: str, count: int = 10, seed: int = 0, max_flops: int = 1 << 30, out: Optional[str] = None
) -> List[Dict[str, str]]:
    """Programs of a generator family (``matmul``, ``conv2d_nchw``, ...,
    ``all``) or network suite (``resnet18``, ``vgg16``, ``mobilenetv2``):
    a list of ``{name, family, source}``, also written as a dataset into
    ``out`` when given (as ``mlirrl generate`` does)."""
    return json.loads(_native.generate(family, count, seed, max_flops, out))


def matmul(m: int, n: int, k: int) -> str:
    """The MLIR text of an f32 ``linalg.matmul`` of M x K by K x N (a fill of
    the output, then the matmul), as mlirrl's own builders write it."""
    return _native.matmul(m, n, k)


def matmul_suite() -> List[Dict[str, str]]:
    """The embedded matmul training suite (``{name, source}`` each), the one
    ``mlirrl train`` and ``mlirrl/Matmul-v0`` use."""
    return json.loads(_native.matmul_suite())


def fingerprint() -> str:
    """This machine's fingerprint (CPU model, cores, CPU-flag hash), as every
    measurement records it."""
    return _native.fingerprint()


def __getattr__(name: str):
    # The environment pulls in Gymnasium and NumPy; workers never need them.
    if name == "Env":
        from .env import Env

        return Env
    raise AttributeError(name)


def _register() -> None:
    try:
        import gymnasium
    except ImportError:  # pragma: no cover - gymnasium is a dependency
        return
    if "mlirrl/Matmul-v0" not in gymnasium.registry:
        gymnasium.register(id="mlirrl/Matmul-v0", entry_point="mlirrl.env:matmul_env")


if os.environ.get("MLIRRL_WORKER") != "1":
    _register()
