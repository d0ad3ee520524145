#!/usr/bin/env python3
"""The reference for `cargo bench --bench models`' PPO update: the original
system's LSTM policy and value networks (SEED_SPEC §8.1, §8.3, §8.4) in
PyTorch, at the same sizes, doing the same PPO update (64 episodes x 20
steps, 4 epochs of shuffled minibatches of 64, clipped surrogate, value
loss, entropy bonus, global gradient-norm clipping, Adam) on random
observations and masks. Prints the median seconds per update as JSON.

Usage: python3 scripts/torch_ppo_update.py [--threads 2] [--repeats 3]
Exit code 3 when PyTorch is not installed.
"""
import argparse
import json
import sys
import time

try:
    import torch
    import torch.nn as nn
except ImportError:
    print("PyTorch is not installed (pip install torch)", file=sys.stderr)
    sys.exit(3)

OP_F, HIST, L, M1 = 711, 1085, 7, 8
OBS = 2 * OP_F + HIST + 1
SEL = 6
HEAD_OUTS = [SEL, L * M1, L * M1, L * M1, 7]


class Encoder(nn.Module):
    def __init__(self):
        super().__init__()
        self.embed = nn.Sequential(
            nn.Linear(OP_F, 512), nn.ELU(), nn.Dropout(0.225),
            nn.Linear(512, 512), nn.ELU(), nn.Dropout(0.225))
        self.lstm = nn.LSTM(512, 411, batch_first=True)

    def forward(self, obs):
        op = self.embed(obs[:, :OP_F])
        producer = self.embed(obs[:, OP_F:2 * OP_F])
        _, (h, _) = self.lstm(torch.stack([op, producer], 1))
        return torch.cat([h[-1], obs[:, 2 * OP_F:2 * OP_F + HIST]], 1)


def backbone():
    return nn.Sequential(
        nn.Linear(411 + HIST, 512), nn.ReLU(), nn.Linear(512, 512), nn.ReLU(),
        nn.Linear(512, 512), nn.ReLU())


class Model(nn.Module):
    def __init__(self):
        super().__init__()
        self.p_enc, self.p_back = Encoder(), backbone()
        self.heads = nn.ModuleList(
            nn.Sequential(nn.Linear(512, 512), nn.ReLU(), nn.Linear(512, o)) for o in HEAD_OUTS)
        self.v_enc, self.v_back = Encoder(), backbone()
        self.v_out = nn.Linear(512, 1)

    def evaluate(self, obs, masks, actions):
        x = self.p_back(self.p_enc(obs))
        logp, ent = 0, 0
        offset = 0
        for k, head in enumerate(self.heads):
            logits = head(x)
            rows = 1 if k in (0, 4) else L
            logits = logits.view(-1, rows, HEAD_OUTS[k] // rows)
            mask = masks[:, offset:offset + HEAD_OUTS[k]].view_as(logits)
            offset += HEAD_OUTS[k]
            logits = logits.masked_fill(~mask, float("-inf"))
            log_sm = torch.log_softmax(logits, -1)
            probs = log_sm.exp()
            e = -(probs * log_sm.masked_fill(~mask, 0)).sum(-1).sum(-1)
            chosen = log_sm.gather(-1, actions[:, k].view(-1, 1, 1).expand(-1, rows, 1)).sum(-1).sum(-1)
            # Only the selection head and the selected action's head count.
            weight = torch.ones_like(chosen) if k == 0 else (actions[:, 0] == k).float()
            logp = logp + weight * chosen
            ent = ent + weight * e
        v = self.v_out(self.v_back(self.v_enc(obs))).squeeze(1)
        return logp, ent, v


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--repeats", type=int, default=3)
    args = ap.parse_args()
    torch.set_num_threads(args.threads)
    torch.manual_seed(0)
    n = 64 * 20
    model = Model()
    obs = torch.rand(n, OBS)
    masks = torch.rand(n, sum(HEAD_OUTS)) < 0.7
    for k, o in enumerate(HEAD_OUTS):  # at least one legal choice per row
        start = sum(HEAD_OUTS[:k])
        rows = 1 if k in (0, 4) else L
        for r in range(rows):
            masks[:, start + r * (o // rows)] = True
    actions = torch.zeros(n, len(HEAD_OUTS), dtype=torch.long)
    actions[:, 0] = torch.randint(0, SEL, (n,))
    with torch.no_grad():
        old_logp, _, old_v = model.evaluate(obs, masks, actions)
    adv = torch.rand(n) * 2 - 1
    ret = adv + old_v
    opt = torch.optim.Adam(model.parameters(), lr=1e-3)

    def update():
        for _ in range(4):
            order = torch.randperm(n)
            for start in range(0, n, 64):
                idx = order[start:start + 64]
                logp, ent, v = model.evaluate(obs[idx], masks[idx], actions[idx])
                a = adv[idx]
                a = (a - a.mean()) / (a.std() + 1e-8)
                ratio = (logp - old_logp[idx]).exp()
                pl = torch.max(-a * ratio, -a * ratio.clamp(0.8, 1.2)).mean()
                vl = 0.5 * ((v - ret[idx]) ** 2).mean()
                loss = pl + 0.5 * vl - 0.01 * ent.mean()
                opt.zero_grad()
                loss.backward()
                nn.utils.clip_grad_norm_(model.parameters(), 0.5)
                opt.step()

    update()  # warm-up
    times = []
    for _ in range(args.repeats):
        t = time.perf_counter()
        update()
        times.append(time.perf_counter() - t)
    times.sort()
    params = sum(p.numel() for p in model.parameters())
    print(json.dumps({"torch": torch.__version__, "threads": args.threads, "parameters": params,
                      "median_s": times[len(times) // 2], "runs_s": times}))


if __name__ == "__main__":
    main()
