"""Single-file PPO with action masking on mlirrl's Gymnasium environment.

Every step of the algorithm is in this file, in the order it runs: rollout
with masked sampling, generalised advantage estimation, the clipped
surrogate with an entropy bonus, the value loss, and Adam. The policy is
linear in the observation (one softmax per action entry, masked choices
at probability zero), so it needs nothing but NumPy; its gradients are
written out by hand.

Run (after ``pip install ./mlirrl-py``):

    python mlirrl-py/examples/ppo_cleanrl.py --iterations 20 --episodes 8

It trains on the embedded matmul suite (``mlirrl/Matmul-v0``, the suite of
``cargo run --release --example train_matmul``), prints one line per
iteration and, at the end, the greedy policy's speedup on every training
shape, each measured against the untransformed program in a worker
process.
"""

from __future__ import annotations

import argparse
import json
import math
import time

import gymnasium
import numpy as np

import mlirrl  # registers mlirrl/Matmul-v0


def parse_args():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--iterations", type=int, default=20)
    p.add_argument("--episodes", type=int, default=8, help="episodes per iteration")
    p.add_argument("--epochs", type=int, default=4)
    p.add_argument("--lr", type=float, default=3e-3)
    p.add_argument("--clip", type=float, default=0.2)
    p.add_argument("--entropy", type=float, default=0.02)
    p.add_argument("--gamma", type=float, default=1.0)
    p.add_argument("--lam", type=float, default=0.95)
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--threads", type=int, default=2, help="OpenMP threads of measurements")
    p.add_argument("--json", type=str, default=None, help="write the results here")
    p.add_argument("--cache", type=str, default=None, help="measurement cache directory")
    return p.parse_args()


class Adam:
    """Adam over a dict of arrays."""

    def __init__(self, params, lr, b1=0.9, b2=0.999, eps=1e-8):
        self.lr, self.b1, self.b2, self.eps, self.t = lr, b1, b2, eps, 0
        self.m = {k: np.zeros_like(v) for k, v in params.items()}
        self.v = {k: np.zeros_like(v) for k, v in params.items()}

    def step(self, params, grads):
        self.t += 1
        for k in params:
            g = grads[k]
            self.m[k] = self.b1 * self.m[k] + (1 - self.b1) * g
            self.v[k] = self.b2 * self.v[k] + (1 - self.b2) * g * g
            m_hat = self.m[k] / (1 - self.b1**self.t)
            v_hat = self.v[k] / (1 - self.b2**self.t)
            params[k] += self.lr * m_hat / (np.sqrt(v_hat) + self.eps)  # ascent


class Policy:
    """A linear policy and value: logits of entry d are ``x @ W[d] + b[d]``
    (masked), the value is ``x @ v + c``. Only the transformation entry and
    the rows of the chosen transformation's parameter head count, as in the
    Rust agent."""

    def __init__(self, env, rng):
        spec = env.unwrapped.spec_info
        self.nvec = [int(n) for n in spec["nvec"]]
        self.heads = spec["heads"]
        self.head_of_selection = spec["head_of_selection"]
        dim = spec["obs_dim"]
        self.starts = np.cumsum([0] + self.nvec)
        self.params = {
            "W": rng.normal(0, 0.01, (dim, int(self.starts[-1]))),
            "b": np.zeros(int(self.starts[-1])),
            "v": np.zeros(dim),
            "c": np.zeros(1),
        }

    def entries(self, selection):
        """The action entries that count when ``selection`` is chosen."""
        head = self.head_of_selection[selection]
        if head is None:
            return [0]
        first = 1 + sum(h["rows"] for h in self.heads[:head])
        return [0] + list(range(first, first + self.heads[head]["rows"]))

    def distributions(self, x, mask):
        """Per entry: masked softmax probabilities."""
        logits = x @ self.params["W"] + self.params["b"]
        out = []
        for d in range(len(self.nvec)):
            lo, hi = self.starts[d], self.starts[d + 1]
            z = np.where(mask[lo:hi], logits[lo:hi], -np.inf)
            if not np.isfinite(z).any():  # nothing legal: entry ignored
                z = np.zeros(hi - lo)
            z = z - z.max()
            p = np.exp(z)
            out.append(p / p.sum())
        return out

    def act(self, x, mask, rng, greedy=False):
        probs = self.distributions(x, mask)
        action = [int(np.argmax(p)) if greedy else int(rng.choice(len(p), p=p)) for p in probs]
        logp = sum(math.log(max(probs[d][action[d]], 1e-12)) for d in self.entries(action[0]))
        return np.array(action), logp

    def value(self, x):
        return float(x @ self.params["v"] + self.params["c"][0])

    def gradients(self, batch, clip, entropy_coef):
        """Gradients (for ascent) of the clipped surrogate + entropy bonus -
        half the squared value error, averaged over the batch."""
        g = {k: np.zeros_like(v) for k, v in self.params.items()}
        n = len(batch)
        stats = {"clipped": 0, "kl": 0.0, "entropy": 0.0}
        for x, mask, action, old_logp, adv, ret in batch:
            probs = self.distributions(x, mask)
            entries = self.entries(int(action[0]))
            logp = sum(math.log(max(probs[d][action[d]], 1e-12)) for d in entries)
            ratio = math.exp(logp - old_logp)
            stats["kl"] += (ratio - 1) - (logp - old_logp)
            unclipped = not ((adv > 0 and ratio > 1 + clip) or (adv < 0 and ratio < 1 - clip))
            stats["clipped"] += not unclipped
            for d in entries:
                lo, hi = self.starts[d], self.starts[d + 1]
                p = probs[d]
                # d log p(a) / d logits = onehot(a) - p.
                dlogits = -p.copy()
                dlogits[action[d]] += 1
                coef = ratio * adv if unclipped else 0.0
                # Entropy H = -sum p log p; dH/dlogits = -p (log p + H).
                logp_d = np.log(np.maximum(p, 1e-12))
                h = -(p * logp_d).sum()
                stats["entropy"] += h / len(entries)
                dh = -p * (logp_d + h)
                total = coef * dlogits + entropy_coef * dh
                g["W"][:, lo:hi] += np.outer(x, total)
                g["b"][lo:hi] += total
            err = ret - self.value(x)
            g["v"] += err * x
            g["c"] += err
        for k in g:
            g[k] /= n
        return g, {k: v / n for k, v in stats.items()}


def normalise(obs):
    # Trip counts and op counts can be large; squash every feature.
    return np.sign(obs) * np.log1p(np.abs(obs))


def run_episode(env, policy, rng, greedy=False, options=None):
    obs, info = env.reset(options=options)
    steps, total = [], 0.0
    while True:
        x = normalise(obs)
        mask = info["action_mask"]
        action, logp = policy.act(x, mask, rng, greedy)
        value = policy.value(x)
        obs, reward, terminated, truncated, info = env.step(action)
        steps.append([x, mask, action, logp, value, reward])
        total += reward
        if terminated or truncated:
            return steps, info


def main():
    args = parse_args()
    rng = np.random.default_rng(args.seed)
    config = {"measure": {"runs": 3, "warmup": 1, "threads": args.threads, "budget_ms": 1000}}
    env = gymnasium.make("mlirrl/Matmul-v0", config=config, cache=args.cache)
    env.reset(seed=args.seed)
    policy = Policy(env, rng)
    adam = Adam(policy.params, args.lr)
    started = time.time()
    history = []
    for iteration in range(1, args.iterations + 1):
        # 1. Rollout: masked sampling, one episode per benchmark draw.
        batch, speedups = [], []
        for _ in range(args.episodes):
            steps, info = run_episode(env, policy, rng)
            speedups.append(info.get("speedup") or 1.0)
            # 2. GAE over the episode (the state after the last step is terminal).
            adv, next_value = 0.0, 0.0
            for x, mask, action, logp, value, reward in reversed(steps):
                delta = reward + args.gamma * next_value - value
                adv = delta + args.gamma * args.lam * adv
                batch.append((x, mask, action, logp, adv, adv + value))
                next_value = value
        advs = np.array([b[4] for b in batch])
        advs = (advs - advs.mean()) / (advs.std() + 1e-8)
        batch = [(x, m, a, lp, float(ad), ret) for (x, m, a, lp, _, ret), ad in zip(batch, advs)]
        # 3. Update: a few epochs of full-batch gradient ascent with Adam.
        for _ in range(args.epochs):
            grads, stats = policy.gradients(batch, args.clip, args.entropy)
            adam.step(policy.params, grads)
        geo = float(np.exp(np.mean(np.log(np.maximum(speedups, 1e-12)))))
        history.append({"iteration": iteration, "geomean_speedup": geo, **stats})
        print(
            f"iteration {iteration}: geomean speedup {geo:.2f}x, entropy {stats['entropy']:.3f}, "
            f"kl {stats['kl']:.4f}, clipped {stats['clipped']:.2f}, {time.time() - started:.0f}s",
            flush=True,
        )
    # 4. The greedy policy on every training shape (the untransformed program
    #    is measured against each schedule in the same job).
    results = []
    for bench in mlirrl.matmul_suite():
        _, info = run_episode(env, policy, rng, greedy=True, options={"benchmark": bench["name"]})
        results.append({"benchmark": bench["name"], "speedup": info.get("speedup"), "schedule": info.get("schedule")})
        print(f"{bench['name']}: {info.get('speedup') or 1.0:.2f}x  {info.get('schedule')}")
    geo = float(np.exp(np.mean([math.log(max(r["speedup"] or 1.0, 1e-12)) for r in results])))
    print(f"greedy geomean speedup over the suite: {geo:.2f}x ({mlirrl.fingerprint()})")
    if args.json:
        with open(args.json, "w") as f:
            json.dump(
                {
                    "fingerprint": mlirrl.fingerprint(),
                    "iterations": args.iterations,
                    "episodes_per_iteration": args.episodes,
                    "seconds": time.time() - started,
                    "history": history,
                    "greedy": results,
                    "greedy_geomean": geo,
                },
                f,
                indent=2,
            )


if __name__ == "__main__":
    main()
