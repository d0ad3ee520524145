//! Adam with decoupled weight decay, and global gradient-norm clipping.
//!
//! Written here (rather than using candle-nn's optimiser) so that its state
//! (moments and step) can be checkpointed and a resumed run continues exactly.

use candle_core::{Result, Tensor, Var, backprop::GradStore};
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
                let g: Vec<f32> = g.flatten_all()?.to_vec1()?;
                total += g.iter().map(|x| (*x as f64) * (*x as f64)).sum::<f64>();
            }
        }
        Ok(total.sqrt())
    }

    /// One update with gradients scaled so their global norm is at most
    /// `max_grad_norm` (when given). Returns the norm before clipping.
    ///
    /// The arithmetic runs in one fused loop per variable over plain slices
    /// (a chain of tensor operations would allocate a copy of every
    /// parameter per operation).
    pub fn step(&mut self, grads: &GradStore, lr: f64, max_grad_norm: Option<f64>) -> Result<f64> {
        let mut collected: Vec<Option<Vec<f32>>> = Vec::with_capacity(self.vars.len());
        let mut total = 0f64;
        for (_, v, _, _) in &self.vars {
            match grads.get(v.as_tensor()) {
                Some(g) => {
                    let g: Vec<f32> = g.flatten_all()?.to_vec1()?;
                    total += g.iter().map(|x| (*x as f64) * (*x as f64)).sum::<f64>();
                    collected.push(Some(g));
                }
                None => collected.push(None),
            }
        }
        let norm = total.sqrt();
        let scale = match max_grad_norm {
            Some(max) if norm > max && norm > 0.0 => (max / norm) as f32,
            _ => 1.0,
        };
        self.step += 1;
        let c = &self.config;
        let (b1, b2) = (c.beta1 as f32, c.beta2 as f32);
        let bias1 = 1.0 - c.beta1.powi(self.step as i32);
        let bias2 = 1.0 - c.beta2.powi(self.step as i32);
        let step_size = (lr / bias1) as f32;
        let inv_sqrt_bias2 = (1.0 / bias2.sqrt()) as f32;
        let (eps, decay) = (c.eps as f32, (1.0 - lr * c.weight_decay) as f32);
        for ((_, v, mv, sv), g) in self.vars.iter_mut().zip(collected) {
            let Some(g) = g else { continue };
            let mut p: Vec<f32> = v.as_tensor().flatten_all()?.to_vec1()?;
            for i in 0..p.len() {
                let gi = g[i] * scale;
                mv[i] = b1 * mv[i] + (1.0 - b1) * gi;
                sv[i] = b2 * sv[i] + (1.0 - b2) * gi * gi;
                let denom = sv[i].sqrt() * inv_sqrt_bias2 + eps;
                p[i] = p[i] * decay - step_size * mv[i] / denom;
            }
            v.set(&Tensor::from_vec(p, v.shape().clone(), v.device())?)?;
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
