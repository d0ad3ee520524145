"""The Gymnasium environment: mlirrl's ``Env`` (``reset``, ``step``, the
legality mask) with the observation as a ``Box`` and the action as a
``MultiDiscrete`` of the same layout as the Rust action space."""

from __future__ import annotations

import json
from typing import Any, Dict, List, Optional, Sequence, Union

import gymnasium as gym
import numpy as np

from . import _native, worker_command


class Env(gym.Env):
    """Schedules the ops of MLIR programs, one transformation per step.

    ``benchmarks`` are MLIR texts, ``{"name", "source"}`` dicts, or
    ``(name, source)`` pairs; ``reset`` takes them in turn (or the one named
    by ``options={"benchmark": name}``; ``seed`` shuffles the order). The
    action is one ``MultiDiscrete`` vector: the transformation, then one
    entry per parameter row of every head (only the chosen transformation's
    rows count). ``info["action_mask"]`` holds the legality mask with one
    flag per choice of every entry, concatenated in the same order (the
    convention of sb3-contrib's ``MaskablePPO``). At the end of an episode
    the whole schedule is measured in a worker process and checked against
    the untransformed program; the reward is ``log10`` of the speedup,
    ``info["speedup"]`` and ``info["schedule"]`` say what was found.

    ``config`` is an environment configuration as a dict (the ``[env]``
    section of a training configuration: ``actions``, ``features``,
    ``measure``, ``reward``, ``img2col``). ``cache`` is a directory where
    measurements are kept and shared (between runs, and with ``mlirrl``
    runs given the same directory): a schedule measured once is not
    measured again on the same machine.
    """

    metadata = {"render_modes": []}

    def __init__(
        self,
        benchmarks: Sequence[Union[str, Dict[str, str], Sequence[str]]],
        config: Optional[Dict[str, Any]] = None,
        cache: Optional[str] = None,
    ):
        super().__init__()
        self.benchmarks = [_benchmark(b, i) for i, b in enumerate(benchmarks)]
        if not self.benchmarks:
            raise ValueError("Env needs at least one benchmark")
        command = worker_command()
        self._native = _native.Env(
            command[0], command[1:], None if config is None else json.dumps(config), cache
        )
        spec = json.loads(self._native.spec())
        self.spec_info = spec
        self.observation_space = gym.spaces.Box(
            low=-np.inf, high=np.inf, shape=(spec["obs_dim"],), dtype=np.float32
        )
        self.action_space = gym.spaces.MultiDiscrete(np.array(spec["nvec"], dtype=np.int64))
        self._order = list(range(len(self.benchmarks)))
        self._next = 0
        self._mask = np.zeros(spec["mask_len"], dtype=bool)
        self._last_obs = np.zeros(spec["obs_dim"], dtype=np.float32)

    def reset(self, *, seed: Optional[int] = None, options: Optional[Dict[str, Any]] = None):
        super().reset(seed=seed)
        if seed is not None:
            self._order = list(self.np_random.permutation(len(self.benchmarks)))
            self._next = 0
        name = (options or {}).get("benchmark")
        if name is not None:
            matches = [b for b in self.benchmarks if b["name"] == name]
            if not matches:
                raise KeyError(f"no benchmark named {name!r}")
            bench = matches[0]
        else:
            bench = self.benchmarks[self._order[self._next % len(self._order)]]
            self._next += 1
        obs, mask, op = self._native.reset(bench["name"], bench["source"])
        self._mask = np.asarray(mask, dtype=bool)
        self._last_obs = np.asarray(obs, dtype=np.float32)
        return self._last_obs.copy(), {
            "action_mask": self._mask.copy(),
            "op": op,
            "benchmark": bench["name"],
        }

    def legal(self, action) -> bool:
        """Whether ``action`` is legal under the current mask: its
        transformation, and each parameter row of that transformation."""
        raw = [int(a) for a in np.asarray(action).reshape(-1)]
        spec, mask = self.spec_info, self._mask
        if len(raw) != len(spec["nvec"]) or any(a < 0 or a >= n for a, n in zip(raw, spec["nvec"])):
            return False
        selection = len(mask) - sum(h["rows"] * h["choices"] for h in spec["heads"])
        if not mask[raw[0]]:
            return False
        head = spec["head_of_selection"][raw[0]]
        if head is None:
            return True
        position = 1 + sum(h["rows"] for h in spec["heads"][:head])
        offset = selection + sum(h["rows"] * h["choices"] for h in spec["heads"][:head])
        h = spec["heads"][head]
        return all(mask[offset + r * h["choices"] + raw[position + r]] for r in range(h["rows"]))

    def step(self, action):
        raw = [int(a) for a in np.asarray(action).reshape(-1)]
        if not self.legal(raw):
            # Refused without touching the episode: the transformation-failure
            # reward, the same state (masked policies never get here).
            penalty = float(self.spec_info["config"]["reward"]["transform_failure"])
            return self._last_obs.copy(), penalty, False, False, {
                "action_mask": self._mask.copy(),
                "illegal_action": f"action {raw} is masked out",
            }
        obs, mask, reward, done, info_json = self._native.step(raw)
        info = json.loads(info_json)
        self._mask = np.asarray(mask, dtype=bool)
        info["action_mask"] = self._mask.copy()
        if info.get("schedule") is not None:
            info["schedule"] = _canonical(info["schedule"])
        self._last_obs = np.asarray(obs, dtype=np.float32)
        return self._last_obs.copy(), float(reward), bool(done), False, info

    def action_masks(self) -> np.ndarray:
        """The current legality mask (the method sb3-contrib's
        ``MaskablePPO`` calls)."""
        return self._mask.copy()


def _benchmark(b, i: int) -> Dict[str, str]:
    if isinstance(b, str):
        return {"name": f"benchmark_{i}", "source": b}
    if isinstance(b, dict):
        return {"name": str(b.get("name", f"benchmark_{i}")), "source": b["source"]}
    name, source = b
    return {"name": str(name), "source": source}


def _canonical(schedule: Dict[str, Any]) -> str:
    """The canonical text of a schedule (as ``mlirrl`` prints it)."""
    return _native.canonical_schedule(json.dumps(schedule))


def matmul_env(config: Optional[Dict[str, Any]] = None, cache: Optional[str] = None) -> Env:
    """``mlirrl/Matmul-v0``: the embedded matmul training suite."""
    from . import matmul_suite

    return Env(matmul_suite(), config=config, cache=cache)
