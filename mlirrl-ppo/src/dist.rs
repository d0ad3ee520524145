//! The masked multi-discrete action distribution.
//!
//! An action is one *selection* (which transformation) plus, for every
//! parameter head, one choice per row (e.g. a tile size per loop). Only the
//! parameter head that belongs to the selected transformation counts:
//!
//! - `log p(a) = log p(sel) + Σ_rows log p(param_row | head(sel))`
//! - `H = H(sel) + Σ_rows H(row of head(sel))`
//!
//! Masked choices get logit `-inf`, hence probability exactly zero: they are
//! never sampled and contribute nothing to entropies or gradients.

use crate::{Rng, spec::ActionHeads};
use candle_core::{D, DType, Device, Result, Tensor};

/// Logits of every head for a batch.
#[derive(Clone, Debug)]
pub struct HeadLogits {
    /// Selection logits, `[B, selection]`.
    pub selection: Tensor,
    /// Per parameter head, `[B, rows, choices]`.
    pub heads: Vec<Tensor>,
}

/// A batch of masks as `u8` tensors (1 = legal), split like the logits.
#[derive(Clone, Debug)]
pub struct Masks {
    /// `[B, selection]`.
    pub selection: Tensor,
    /// Per head `[B, rows, choices]`.
    pub heads: Vec<Tensor>,
}

/// Makes every row of a flat mask have at least one legal choice (rows of
/// heads that cannot be selected may be all-false; their first choice is
/// allowed so their distributions stay defined — they never count).
pub fn sanitize_mask(spec: &ActionHeads, mask: &[bool]) -> Vec<bool> {
    let mut m = mask.to_vec();
    m.resize(spec.mask_len(), false);
    if !m[..spec.selection].iter().any(|&b| b) {
        m[0] = true;
    }
    let mut off = spec.selection;
    for h in &spec.heads {
        for r in 0..h.rows {
            let row = &mut m[off + r * h.choices..off + (r + 1) * h.choices];
            if !row.iter().any(|&b| b) {
                row[0] = true;
            }
        }
        off += h.rows * h.choices;
    }
    m
}

impl Masks {
    /// Builds masks for a batch of flat boolean masks (sanitised).
    pub fn from_flat(spec: &ActionHeads, masks: &[Vec<bool>], device: &Device) -> Result<Self> {
        let b = masks.len();
        let flat: Vec<Vec<bool>> = masks.iter().map(|m| sanitize_mask(spec, m)).collect();
        let take = |start: usize, len: usize| -> Vec<u8> {
            flat.iter().flat_map(|m| m[start..start + len].iter().map(|&x| x as u8)).collect()
        };
        let selection = Tensor::from_vec(take(0, spec.selection), (b, spec.selection), device)?;
        let mut heads = Vec::new();
        let mut off = spec.selection;
        for h in &spec.heads {
            let n = h.rows * h.choices;
            heads.push(Tensor::from_vec(take(off, n), (b, h.rows, h.choices), device)?);
            off += n;
        }
        Ok(Self { selection, heads })
    }

    /// Rows `indices` of the batch.
    pub fn select(&self, indices: &Tensor) -> Result<Self> {
        Ok(Self {
            selection: self.selection.index_select(indices, 0)?,
            heads: self.heads.iter().map(|h| h.index_select(indices, 0)).collect::<Result<_>>()?,
        })
    }
}

/// `log_softmax` of `logits` with masked entries at `-inf`, and the matching
/// probabilities (exactly 0 where masked).
pub fn masked_log_softmax(logits: &Tensor, mask: &Tensor) -> Result<(Tensor, Tensor)> {
    let neg_inf = Tensor::full(f32::NEG_INFINITY, logits.shape(), logits.device())?;
    let masked = mask.where_cond(logits, &neg_inf)?;
    let max = masked.max_keepdim(D::Minus1)?;
    let shifted = masked.broadcast_sub(&max)?;
    let lse = shifted.exp()?.sum_keepdim(D::Minus1)?.log()?;
    let logp = shifted.broadcast_sub(&lse)?;
    let p = logp.exp()?;
    Ok((logp, p))
}

/// Entropy `-Σ p log p` over the last dimension, counting masked entries as 0.
/// The `-inf` log-probabilities are replaced before the product, so neither
/// the value nor its gradient ever sees `0 · -inf`.
fn entropy(logp: &Tensor, p: &Tensor, mask: &Tensor) -> Result<Tensor> {
    let zeros = logp.zeros_like()?;
    let safe = mask.where_cond(logp, &zeros)?;
    (p * safe)?.sum(D::Minus1)?.neg()
}

/// Log-probability and entropy of given actions under masked logits.
///
/// `actions` is `[B, 1 + Σ rows]` (u32): selection, then each head's rows.
/// Returns `(log_prob [B], entropy [B])`.
pub fn log_prob_entropy(
    spec: &ActionHeads,
    logits: &HeadLogits,
    masks: &Masks,
    actions: &Tensor,
) -> Result<(Tensor, Tensor)> {
    let b = actions.dim(0)?;
    let (sel_logp, sel_p) = masked_log_softmax(&logits.selection, &masks.selection)?;
    let sel = actions.narrow(1, 0, 1)?.contiguous()?;
    let mut log_prob = sel_logp.gather(&sel, 1)?.squeeze(1)?;
    let mut ent = entropy(&sel_logp, &sel_p, &masks.selection)?;
    // one-hot of the selection, [B, selection]
    let sel_onehot = one_hot(&sel.squeeze(1)?, spec.selection, logits.selection.device())?;
    let mut col = 1;
    for (h, head) in spec.heads.iter().enumerate() {
        let (logp, p) = masked_log_softmax(&logits.heads[h], &masks.heads[h])?;
        let chosen = actions.narrow(1, col, head.rows)?.contiguous()?.unsqueeze(2)?;
        let head_logp = logp.gather(&chosen, 2)?.squeeze(2)?.sum(1)?;
        let head_ent = entropy(&logp, &p, &masks.heads[h])?.sum(1)?;
        // weight = 1 where the selection uses head h
        let uses: Vec<f32> = (0..spec.selection)
            .map(|s| (spec.head_of_selection[s] == Some(h)) as u8 as f32)
            .collect();
        let uses = Tensor::from_vec(uses, (spec.selection, 1), logits.selection.device())?;
        let w = sel_onehot.matmul(&uses)?.squeeze(1)?;
        log_prob = (log_prob + (head_logp * &w)?)?;
        ent = (ent + (head_ent * &w)?)?;
        col += head.rows;
    }
    debug_assert_eq!(log_prob.dims(), &[b]);
    Ok((log_prob, ent))
}

fn one_hot(indices: &Tensor, n: usize, device: &Device) -> Result<Tensor> {
    let idx: Vec<u32> = indices.to_vec1()?;
    let mut v = vec![0f32; idx.len() * n];
    for (i, &k) in idx.iter().enumerate() {
        v[i * n + k as usize] = 1.0;
    }
    Tensor::from_vec(v, (idx.len(), n), device)
}

fn sample_row(p: &[f32], rng: &mut Rng, greedy: bool) -> usize {
    if greedy {
        let mut best = 0;
        for (i, &x) in p.iter().enumerate() {
            if x > p[best] {
                best = i;
            }
        }
        return best;
    }
    let u = rng.next_f32();
    let mut acc = 0.0;
    let mut last_legal = 0;
    for (i, &x) in p.iter().enumerate() {
        if x > 0.0 {
            last_legal = i;
            acc += x;
            if u < acc {
                return i;
            }
        }
    }
    last_legal
}

/// Samples (or takes the arg-max of, when `greedy`) every head of every row
/// of the batch. Returns one action vector (`1 + Σ rows` entries) per sample.
pub fn sample(
    spec: &ActionHeads,
    logits: &HeadLogits,
    masks: &Masks,
    rng: &mut Rng,
    greedy: bool,
) -> Result<Vec<Vec<u32>>> {
    let (_, sel_p) = masked_log_softmax(&logits.selection, &masks.selection)?;
    let sel_p: Vec<Vec<f32>> = sel_p.to_dtype(DType::F32)?.to_vec2()?;
    let head_p: Vec<Vec<Vec<Vec<f32>>>> = logits
        .heads
        .iter()
        .zip(&masks.heads)
        .map(|(l, m)| masked_log_softmax(l, m).and_then(|(_, p)| p.to_vec3()))
        .collect::<Result<_>>()?;
    let mut out = Vec::with_capacity(sel_p.len());
    for (i, sp) in sel_p.iter().enumerate() {
        let mut a = vec![sample_row(sp, rng, greedy) as u32];
        for (h, head) in spec.heads.iter().enumerate() {
            for row in head_p[h][i].iter().take(head.rows) {
                a.push(sample_row(row, rng, greedy) as u32);
            }
        }
        out.push(a);
    }
    Ok(out)
}
