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

/// The optimiser: named variables with their first and second moments.
pub struct Adam {
    /// Settings.
    pub config: AdamConfig,
    vars: Vec<(String, Var, Var, Var)>,
    step: u64,
}

impl Adam {
    /// An optimiser over `vars` (name, variable), in a stable order.
    pub fn new(mut vars: Vec<(String, Var)>, config: AdamConfig) -> Result<Self> {
        vars.sort_by(|a, b| a.0.cmp(&b.0));
        let vars = vars
            .into_iter()
            .map(|(n, v)| {
                let m = Var::zeros(v.shape(), v.dtype(), v.device())?;
                let s = Var::zeros(v.shape(), v.dtype(), v.device())?;
                Ok((n, v, m, s))
            })
            .collect::<Result<_>>()?;
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
                total += g.sqr()?.sum_all()?.to_scalar::<f32>()? as f64;
            }
        }
        Ok(total.sqrt())
    }

    /// One update with gradients scaled so their global norm is at most
    /// `max_grad_norm` (when given). Returns the norm before clipping.
    pub fn step(&mut self, grads: &GradStore, lr: f64, max_grad_norm: Option<f64>) -> Result<f64> {
        let norm = self.grad_norm(grads)?;
        let scale = match max_grad_norm {
            Some(max) if norm > max && norm > 0.0 => max / norm,
            _ => 1.0,
        };
        self.step += 1;
        let c = &self.config;
        let bias1 = 1.0 - c.beta1.powi(self.step as i32);
        let bias2 = 1.0 - c.beta2.powi(self.step as i32);
        for (_, v, m, s) in &self.vars {
            let Some(g) = grads.get(v.as_tensor()) else { continue };
            let g = (g * scale)?;
            let m_new = ((m.as_tensor() * c.beta1)? + (&g * (1.0 - c.beta1))?)?;
            let s_new = ((s.as_tensor() * c.beta2)? + (g.sqr()? * (1.0 - c.beta2))?)?;
            let m_hat = (&m_new / bias1)?;
            let s_hat = (&s_new / bias2)?;
            let update = (m_hat / (s_hat.sqrt()? + c.eps)?)?;
            let decayed = if c.weight_decay > 0.0 {
                (v.as_tensor() * (1.0 - lr * c.weight_decay))?
            } else {
                v.as_tensor().clone()
            };
            v.set(&(decayed - (update * lr)?)?)?;
            m.set(&m_new)?;
            s.set(&s_new)?;
        }
        Ok(norm)
    }

    /// The moments as named tensors (`m.<name>`, `v.<name>`), for checkpoints.
    pub fn state(&self) -> Vec<(String, Tensor)> {
        let mut out = Vec::new();
        for (n, _, m, s) in &self.vars {
            out.push((format!("adam.m.{n}"), m.as_tensor().clone()));
            out.push((format!("adam.v.{n}"), s.as_tensor().clone()));
        }
        out
    }

    /// Restores moments and the step count.
    pub fn load_state(
        &mut self,
        tensors: &std::collections::HashMap<String, Tensor>,
        step: u64,
    ) -> std::result::Result<(), String> {
        for (n, _, m, s) in &self.vars {
            for (key, var) in [(format!("adam.m.{n}"), m), (format!("adam.v.{n}"), s)] {
                let t =
                    tensors.get(&key).ok_or_else(|| format!("missing optimiser state `{key}`"))?;
                if t.shape() != var.shape() {
                    return Err(format!(
                        "optimiser state `{key}` has shape {:?}, expected {:?}",
                        t.dims(),
                        var.dims()
                    ));
                }
                var.set(t).map_err(|e| e.to_string())?;
            }
        }
        self.step = step;
        Ok(())
    }
}
