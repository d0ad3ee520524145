//! Adam with decoupled weight decay, and global gradient-norm clipping.
//!
//! Written here (rather than using candle-nn's optimiser) so that its state
//! (moments and step) can be checkpointed and a resumed run continues exactly.

use candle_core::{
    CpuStorage, InplaceOp2, Layout, Result, Storage, Tensor, Var, backprop::GradStore,
};
use rayon::prelude::*;
use serde::{Deserialize, Serialize};

/// Adam settings.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct AdamConfig {
    /// Learning rate (the trainer may override it per step).
    pub lr: f64,
    /// First-moment decay.
    pub beta1: f64,
    /// Second-moment decay.
    pub beta2: f64,
    /// Denominator epsilon.
    pub eps: f64,
    /// Decoupled weight decay.
    pub weight_decay: f64,
}

impl Default for AdamConfig {
    fn default() -> Self {
        Self { lr: 1e-3, beta1: 0.9, beta2: 0.999, eps: 1e-8, weight_decay: 0.0 }
    }
}

impl AdamConfig {
    /// Checks every value against its range (keys as in `[ppo.adam]`).
    pub fn validate(&self) -> std::result::Result<(), String> {
        use crate::check::{float, positive};
        float("ppo.adam.lr", self.lr, 0.0, 10.0)?;
        float("ppo.adam.beta1", self.beta1, 0.0, 0.999_999)?;
        float("ppo.adam.beta2", self.beta2, 0.0, 0.999_999_999)?;
        positive("ppo.adam.eps", self.eps, 1.0)?;
        float("ppo.adam.weight_decay", self.weight_decay, 0.0, 1.0)
    }
}

/// The optimiser: named variables with their first and second moments
/// (plain vectors: they never take part in autodiff).
pub struct Adam {
    /// Settings.
    pub config: AdamConfig,
    vars: Vec<(String, Var, Vec<f32>, Vec<f32>)>,
    step: u64,
}

impl Adam {
    /// An optimiser over `vars` (name, variable), in a stable order.
    pub fn new(mut vars: Vec<(String, Var)>, config: AdamConfig) -> Result<Self> {
        vars.sort_by(|a, b| a.0.cmp(&b.0));
        let vars = vars
            .into_iter()
            .map(|(n, v)| {
                let len = v.elem_count();
                (n, v, vec![0f32; len], vec![0f32; len])
            })
            .collect();
        Ok(Self { config, vars, step: 0 })
    }

    /// Steps taken.
    pub fn step_count(&self) -> u64 {
        self.step
    }

    /// The global L2 norm of the gradients of all variables.
    pub fn grad_norm(&self, grads: &GradStore) -> Result<f64> {
        let mut total = 0f64;
        for (_, v, _, _) in &self.vars {
            if let Some(g) = grads.get(v.as_tensor()) {
                total += with_f32_slice(g, sum_of_squares)?;
            }
        }
        Ok(total.sqrt())
    }

    /// One update with gradients scaled so their global norm is at most
    /// `max_grad_norm` (when given). Returns the norm before clipping.
    ///
    /// The arithmetic runs in one fused pass per variable, written into the
    /// variable's own storage and split over the thread pool in fixed-size
    /// chunks (a chain of tensor operations would allocate a copy of every
    /// parameter per operation). The result does not depend on the number of
    /// threads: every element is updated on its own, and the norm's partial
    /// sums are added in chunk order.
    pub fn step(&mut self, grads: &GradStore, lr: f64, max_grad_norm: Option<f64>) -> Result<f64> {
        let norm = self.grad_norm(grads)?;
        let scale = match max_grad_norm {
            Some(max) if norm > max && norm > 0.0 => (max / norm) as f32,
            _ => 1.0,
        };
        self.step += 1;
        let c = &self.config;
        let bias1 = 1.0 - c.beta1.powi(self.step as i32);
        let bias2 = 1.0 - c.beta2.powi(self.step as i32);
        let coeffs = Coeffs {
            scale,
            b1: c.beta1 as f32,
            b2: c.beta2 as f32,
            step_size: (lr / bias1) as f32,
            inv_sqrt_bias2: (1.0 / bias2.sqrt()) as f32,
            eps: c.eps as f32,
            decay: (1.0 - lr * c.weight_decay) as f32,
        };
        for (_, v, m, s) in &mut self.vars {
            let Some(g) = grads.get(v.as_tensor()) else { continue };
            if g.shape() != v.shape() {
                candle_core::bail!(
                    "gradient of shape {:?} for a variable of shape {:?}",
                    g.dims(),
                    v.dims()
                );
            }
            let g = g.contiguous()?;
            let update = AdamUpdate { coeffs, moments: std::sync::Mutex::new((m, s)) };
            v.as_tensor().inplace_op2(&g, &update)?;
        }
        Ok(norm)
    }

    /// The moments as named tensors (`m.<name>`, `v.<name>`), for checkpoints.
    pub fn state(&self) -> Vec<(String, Tensor)> {
        let mut out = Vec::new();
        for (n, v, m, s) in &self.vars {
            for (key, data) in [(format!("adam.m.{n}"), m), (format!("adam.v.{n}"), s)] {
                if let Ok(t) = Tensor::from_vec(data.clone(), v.shape().clone(), v.device()) {
                    out.push((key, t));
                }
            }
        }
        out
    }

    /// Restores moments and the step count.
    pub fn load_state(
        &mut self,
        tensors: &std::collections::HashMap<String, Tensor>,
        step: u64,
    ) -> std::result::Result<(), String> {
        for (n, v, m, s) in &mut self.vars {
            for (key, data) in [(format!("adam.m.{n}"), m), (format!("adam.v.{n}"), s)] {
                let t =
                    tensors.get(&key).ok_or_else(|| format!("missing optimiser state `{key}`"))?;
                if t.shape() != v.shape() {
                    return Err(format!(
                        "optimiser state `{key}` has shape {:?}, expected {:?}",
                        t.dims(),
                        v.dims()
                    ));
                }
                *data = t.flatten_all().and_then(|t| t.to_vec1()).map_err(|e| e.to_string())?;
            }
        }
        self.step = step;
        Ok(())
    }
}

/// Elements per parallel work item: large enough to amortise scheduling,
/// fixed so that partial sums are added in the same order on any pool.
const CHUNK: usize = 1 << 15;

/// Runs `f` on the contiguous `f32` data of `t` without copying it.
fn with_f32_slice<R>(t: &Tensor, f: impl FnOnce(&[f32]) -> R) -> Result<R> {
    let t = t.contiguous()?;
    let (storage, layout) = t.storage_and_layout();
    let Storage::Cpu(CpuStorage::F32(data)) = &*storage else {
        candle_core::bail!("the optimiser handles f32 tensors on the CPU only");
    };
    let start = layout.start_offset();
    Ok(f(&data[start..start + t.elem_count()]))
}

/// Σ x², in f64, chunk by chunk in a fixed order.
fn sum_of_squares(x: &[f32]) -> f64 {
    let partial: Vec<f64> = x.par_chunks(CHUNK).map(chunk_sum_of_squares).collect();
    partial.iter().sum()
}

/// Σ x² over one chunk in eight interleaved f64 lanes, so that the additions
/// are independent and vectorise (a single running sum is one long chain).
fn chunk_sum_of_squares(x: &[f32]) -> f64 {
    #[cfg(target_arch = "x86_64")]
    if std::arch::is_x86_feature_detected!("avx512f") {
        // SAFETY: the processor supports AVX-512F, checked just above.
        return unsafe { chunk_sum_of_squares_avx512(x) };
    }
    chunk_sum_of_squares_portable(x)
}

#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx512f")]
fn chunk_sum_of_squares_avx512(x: &[f32]) -> f64 {
    chunk_sum_of_squares_portable(x)
}

#[inline(always)]
fn chunk_sum_of_squares_portable(x: &[f32]) -> f64 {
    let mut lanes = [0f64; 8];
    let mut groups = x.chunks_exact(8);
    for group in &mut groups {
        for (lane, v) in lanes.iter_mut().zip(group) {
            *lane += (*v as f64) * (*v as f64);
        }
    }
    let tail: f64 = groups.remainder().iter().map(|v| (*v as f64) * (*v as f64)).sum();
    lanes.iter().sum::<f64>() + tail
}

/// The Adam update of one chunk of a variable, with 512-bit vectors where
/// the processor has them (square roots and divisions dominate; both are
/// correctly rounded at any width, so the result is the same bit for bit).
fn adam_chunk(c: &Coeffs, p: &mut [f32], g: &[f32], m: &mut [f32], v: &mut [f32]) {
    #[cfg(target_arch = "x86_64")]
    if std::arch::is_x86_feature_detected!("avx512f") {
        // SAFETY: the processor supports AVX-512F, checked just above.
        unsafe { adam_chunk_avx512(c, p, g, m, v) };
        return;
    }
    adam_chunk_portable(c, p, g, m, v);
}

#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx512f")]
fn adam_chunk_avx512(c: &Coeffs, p: &mut [f32], g: &[f32], m: &mut [f32], v: &mut [f32]) {
    adam_chunk_portable(c, p, g, m, v);
}

#[inline(always)]
fn adam_chunk_portable(c: &Coeffs, p: &mut [f32], g: &[f32], m: &mut [f32], v: &mut [f32]) {
    for (((p, g), m), v) in p.iter_mut().zip(g).zip(m.iter_mut()).zip(v.iter_mut()) {
        let g = g * c.scale;
        *m = c.b1 * *m + (1.0 - c.b1) * g;
        *v = c.b2 * *v + (1.0 - c.b2) * g * g;
        let denom = v.sqrt() * c.inv_sqrt_bias2 + c.eps;
        *p = *p * c.decay - c.step_size * *m / denom;
    }
}

/// The per-step constants of the update.
#[derive(Clone, Copy)]
struct Coeffs {
    scale: f32,
    b1: f32,
    b2: f32,
    step_size: f32,
    inv_sqrt_bias2: f32,
    eps: f32,
    decay: f32,
}

/// The fused update of one variable, applied to its storage in place with
/// the gradient as the second operand.
struct AdamUpdate<'a> {
    coeffs: Coeffs,
    moments: std::sync::Mutex<(&'a mut Vec<f32>, &'a mut Vec<f32>)>,
}

impl InplaceOp2 for AdamUpdate<'_> {
    fn name(&self) -> &'static str {
        "adam-update"
    }

    fn cpu_fwd(
        &self,
        s1: &mut CpuStorage,
        l1: &Layout,
        s2: &CpuStorage,
        l2: &Layout,
    ) -> Result<()> {
        let (CpuStorage::F32(p), CpuStorage::F32(g)) = (s1, s2) else {
            candle_core::bail!("the optimiser handles f32 tensors only");
        };
        if !l1.is_contiguous() || !l2.is_contiguous() {
            candle_core::bail!("the optimiser needs contiguous parameters and gradients");
        }
        let n = l1.shape().elem_count();
        let p = &mut p[l1.start_offset()..l1.start_offset() + n];
        let g = &g[l2.start_offset()..l2.start_offset() + n];
        let mut guard = self
            .moments
            .lock()
            .map_err(|_| candle_core::Error::Msg("poisoned optimiser state".into()))?;
        let (m, v) = &mut *guard;
        if m.len() != n || v.len() != n {
            candle_core::bail!("optimiser state has {} values for a variable of {n}", m.len());
        }
        let c = self.coeffs;
        p.par_chunks_mut(CHUNK)
            .zip(g.par_chunks(CHUNK))
            .zip(m.par_chunks_mut(CHUNK))
            .zip(v.par_chunks_mut(CHUNK))
            .for_each(|(((p, g), m), v)| adam_chunk(&c, p, g, m, v));
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use candle_core::Device;

    /// Two steps over a variable longer than several chunks, against the
    /// textbook update written out element by element in f64, with clipping
    /// active in the first step.
    #[test]
    fn in_place_update_matches_the_textbook_formula() {
        let n = 3 * CHUNK + 17;
        let p0: Vec<f32> = (0..n).map(|i| ((i % 13) as f32 - 6.0) * 0.1).collect();
        let var = Var::from_vec(p0.clone(), n, &Device::Cpu).unwrap();
        let config = AdamConfig { lr: 0.01, weight_decay: 0.1, ..AdamConfig::default() };
        let mut adam = Adam::new(vec![("w".into(), var.clone())], config.clone()).unwrap();
        let (mut p, mut m, mut v) =
            (p0.iter().map(|x| *x as f64).collect::<Vec<_>>(), vec![0f64; n], vec![0f64; n]);
        for (step, (max_norm, gscale)) in
            [(Some(1.0), 1.0f32), (None, -0.5)].into_iter().enumerate()
        {
            let g: Vec<f32> = (0..n).map(|i| gscale * ((i % 7) as f32 - 3.0) * 0.01).collect();
            // f(w) = Σ w·g has gradient g.
            let gt = Tensor::from_vec(g.clone(), n, &Device::Cpu).unwrap();
            let grads = (var.as_tensor() * &gt).unwrap().sum_all().unwrap().backward().unwrap();
            let norm = adam.step(&grads, config.lr, max_norm).unwrap();
            let exact: f64 = g.iter().map(|x| (*x as f64).powi(2)).sum::<f64>().sqrt();
            assert!((norm - exact).abs() < 1e-9 * exact.max(1.0), "norm {norm} vs {exact}");
            let scale = match max_norm {
                Some(mx) if exact > mx => mx / exact,
                _ => 1.0,
            };
            let t = (step + 1) as i32;
            for i in 0..n {
                let gi = g[i] as f64 * scale;
                m[i] = 0.9 * m[i] + 0.1 * gi;
                v[i] = 0.999 * v[i] + 0.001 * gi * gi;
                let mh = m[i] / (1.0 - 0.9f64.powi(t));
                let vh = v[i] / (1.0 - 0.999f64.powi(t));
                p[i] = p[i] * (1.0 - config.lr * config.weight_decay)
                    - config.lr * mh / (vh.sqrt() + config.eps);
            }
        }
        let got: Vec<f32> = var.as_tensor().to_vec1().unwrap();
        for i in 0..n {
            assert!((got[i] as f64 - p[i]).abs() < 1e-5, "element {i}: {} vs {}", got[i], p[i]);
        }
        assert_eq!(adam.step_count(), 2);
    }
}
