"""The Python package as a user runs it: the Gymnasium API, masks, the
commands' dicts against the CLI's JSON, and crash isolation."""

import json
import os
import subprocess
import sys
from pathlib import Path

import gymnasium
import numpy as np
import pytest

import mlirrl

ROOT = Path(__file__).resolve().parents[2]

# A kernel that really crashes (shared with the CLI tests).
CRASHING_KERNEL = (ROOT / "tests" / "fixtures" / "crashing_kernel.mlir").read_text()

QUICK = {"measure": {"runs": 1, "warmup": 0, "threads": 1}}


def small_env():
    return mlirrl.Env(
        [("mm_32_48_16", mlirrl.matmul(32, 48, 16)), ("mm_16_16_64", mlirrl.matmul(16, 16, 64))],
        config=QUICK,
    )


def per_dimension(space, flat_mask):
    """The flat mask as one boolean array per MultiDiscrete entry."""
    out, start = [], 0
    for n in space.nvec:
        out.append(flat_mask[start : start + n].astype(np.int8))
        start += n
    assert start == len(flat_mask)
    return tuple(out)


def test_gymnasium_env_checker_passes():
    from gymnasium.utils.env_checker import check_env

    env = small_env()
    check_env(env, skip_render_check=True)


def test_spaces_match_the_rust_action_space():
    env = small_env()
    assert isinstance(env.action_space, gymnasium.spaces.MultiDiscrete)
    obs, info = env.reset(seed=1)
    assert obs.shape == env.observation_space.shape and obs.dtype == np.float32
    assert info["action_mask"].shape == (int(env.action_space.nvec.sum()),)
    # The default layout: the transformations, then 3 tiling heads of 7
    # loops and one interchange pointer (one row).
    nvec = env.action_space.nvec
    assert len(nvec) == 1 + 3 * 7 + 1 and nvec[0] >= 6
    assert obs.shape[0] == env.spec_info["obs_dim"]


def test_a_random_masked_policy_never_takes_an_illegal_action():
    env = small_env()
    env.action_space.seed(0)
    for episode in range(3):
        obs, info = env.reset(seed=episode)
        for _ in range(200):
            mask = per_dimension(env.action_space, info["action_mask"])
            action = env.action_space.sample(mask=mask)
            assert env.legal(action), "a masked sample is legal"
            obs, reward, terminated, truncated, info = env.step(action)
            assert "illegal_action" not in info, info
            assert np.isfinite(reward)
            if terminated:
                assert info["schedule"] is not None
                assert info["speedup"] is not None and info["speedup"] > 0
                break
        else:
            pytest.fail("the episode did not end")


def test_an_illegal_action_is_refused_without_ending_the_episode():
    env = small_env()
    obs, info = env.reset(seed=0)
    illegal = int(np.flatnonzero(~info["action_mask"][: env.action_space.nvec[0]])[0])
    action = np.zeros(len(env.action_space.nvec), dtype=np.int64)
    action[0] = illegal
    obs2, reward, terminated, truncated, info2 = env.step(action)
    assert "illegal_action" in info2 and reward < 0 and not terminated
    assert np.array_equal(obs, obs2)


def test_the_matmul_suite_is_registered():
    env = gymnasium.make("mlirrl/Matmul-v0", config=QUICK)
    obs, info = env.reset(seed=0)
    assert info["benchmark"].startswith("matmul_")
    env.close()


def cli():
    exe = os.environ.get("MLIRRL_BIN") or str(ROOT / "target" / "debug" / "mlirrl")
    if not Path(exe).exists():
        pytest.skip(f"no mlirrl binary at {exe} (set MLIRRL_BIN)")
    return exe


def test_measure_equals_the_cli_json(tmp_path):
    path = tmp_path / "mm.mlir"
    path.write_text(mlirrl.matmul(64, 64, 64))
    schedule = "operation_0:TP(16,32,0)T(4,16,1)V()"
    ours = mlirrl.measure(str(path), schedule=schedule, runs=1, threads=1)
    out = subprocess.run(
        [cli(), "measure", str(path), "--schedule", "/dev/stdin", "--runs", "1", "--threads", "1", "--json"],
        input=schedule,
        capture_output=True,
        text=True,
        check=True,
    )
    theirs = json.loads(out.stdout)
    assert set(ours) == set(theirs)
    for key in ["file", "flops", "correct", "threads", "fingerprint", "failure"]:
        assert ours[key] == theirs[key], key
    assert ours["correct"] and ours["speedup"] > 0


def test_inspect_equals_the_cli_json(tmp_path):
    path = tmp_path / "mm.mlir"
    path.write_text(mlirrl.matmul(32, 16, 8))
    ours = mlirrl.inspect(str(path))
    out = subprocess.run(
        [cli(), "inspect", str(path), "--json", "--no-vectorize-check"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert ours == json.loads(out.stdout)


def test_a_crashing_kernel_raises_and_the_interpreter_lives_on():
    with pytest.raises(mlirrl.MeasurementError) as caught:
        mlirrl.measure(CRASHING_KERNEL, runs=1, threads=1, timeout=60)
    message, code, result = caught.value.args
    assert "crashed" in message and code == 5
    assert json.loads(result)["correct"] is False
    # Still here, and still measuring.
    assert mlirrl.measure(mlirrl.matmul(16, 16, 16), runs=1, threads=1)["correct"]


def test_errors_are_python_exceptions_with_the_tools_messages():
    with pytest.raises(mlirrl.MlirrlError) as caught:
        mlirrl.inspect("func.func @f( {")
    assert "program" in str(caught.value)
    with pytest.raises(mlirrl.MlirrlError, match="unknown family"):
        mlirrl.generate("fft")
    with pytest.raises(mlirrl.MlirrlError, match="env.measure.runs"):
        mlirrl.Env([mlirrl.matmul(8, 8, 8)], config={"measure": {"runs": 0}})


def test_generate_and_optimize(tmp_path):
    programs = mlirrl.generate("matmul", count=2, seed=3, out=str(tmp_path / "data"))
    assert len(programs) == 2 and all(p["family"] == "matmul" for p in programs)
    assert (tmp_path / "data" / "manifest.json").exists()
    # Without a checkpoint: the policy shipped in the package.
    assert os.path.getsize(mlirrl.default_checkpoint()) > 1_000_000
    result = mlirrl.optimize(mlirrl.matmul(64, 64, 64), threads=1, out=str(tmp_path / "opt"))
    assert result["correct"] and result["speedup"] > 0
    assert (tmp_path / "opt" / "schedule.transform.mlir").exists()
    with pytest.raises(mlirrl.MlirrlError, match="missing.safetensors"):
        mlirrl.optimize(mlirrl.matmul(8, 8, 8), checkpoint=str(tmp_path / "missing.safetensors"))
