//! Layers built from candle primitives and the fused ops of [`crate::fused`]
//! (linear layers and the LSTM cell), with deterministic initialisation from
//! a seeded [`Rng`] (PyTorch's defaults: linear and LSTM weights uniform in
//! ±1/√fan-in; embeddings normal with standard deviation 0.02).

use crate::fused::{Activation, linear, lstm_cell};
use candle_core::{D, Device, Result, Tensor, Var, bail};
use mlirrl_ppo::{Mode, Rng};

/// Creates and records named variables.
pub struct ParamBuilder<'a> {
    vars: &'a mut Vec<(String, Var)>,
    rng: &'a mut Rng,
    device: &'a Device,
    prefix: String,
}

impl<'a> ParamBuilder<'a> {
    /// A builder writing into `vars`.
    pub fn new(vars: &'a mut Vec<(String, Var)>, rng: &'a mut Rng, device: &'a Device) -> Self {
        Self { vars, rng, device, prefix: String::new() }
    }

    /// A builder whose names are prefixed with `name.`.
    pub fn sub(&mut self, name: &str) -> ParamBuilder<'_> {
        let prefix = if self.prefix.is_empty() {
            name.to_string()
        } else {
            format!("{}.{name}", self.prefix)
        };
        ParamBuilder { vars: self.vars, rng: self.rng, device: self.device, prefix }
    }

    fn var(
        &mut self,
        name: &str,
        shape: &[usize],
        init: impl FnMut(&mut Rng) -> f32,
    ) -> Result<Tensor> {
        let mut init = init;
        let n: usize = shape.iter().product();
        let values: Vec<f32> = (0..n).map(|_| init(self.rng)).collect();
        let var = Var::from_vec(values, shape, self.device)?;
        let full = if self.prefix.is_empty() {
            name.to_string()
        } else {
            format!("{}.{name}", self.prefix)
        };
        let t = var.as_tensor().clone();
        self.vars.push((full, var));
        Ok(t)
    }

    /// Uniform in ±bound.
    pub fn uniform(&mut self, name: &str, shape: &[usize], bound: f32) -> Result<Tensor> {
        self.var(name, shape, |r| r.uniform(-bound, bound))
    }

    /// Normal with standard deviation `std`.
    pub fn normal(&mut self, name: &str, shape: &[usize], std: f32) -> Result<Tensor> {
        self.var(name, shape, |r| r.normal() * std)
    }

    /// Constant.
    pub fn constant(&mut self, name: &str, shape: &[usize], value: f32) -> Result<Tensor> {
        self.var(name, shape, |_| value)
    }
}

/// `y = x W + b`, with `W` stored as `[input, output]` so the forward and
/// backward matrix products run on contiguous operands.
#[derive(Clone, Debug)]
pub struct Linear {
    w: Tensor,
    b: Tensor,
}

impl Linear {
    /// A layer `input -> output` named `name`.
    pub fn new(p: &mut ParamBuilder<'_>, name: &str, input: usize, output: usize) -> Result<Self> {
        let mut layer = Self::without_bias(p, name, input, output)?;
        let bound = 1.0 / (input as f32).sqrt();
        layer.b = p.sub(name).uniform("bias", &[output], bound)?;
        Ok(layer)
    }

    /// A layer `input -> output` named `name` without a bias (a fixed zero
    /// one, not trained): for outputs whose common offset means nothing,
    /// such as logits that a softmax compares with each other.
    pub fn without_bias(
        p: &mut ParamBuilder<'_>,
        name: &str,
        input: usize,
        output: usize,
    ) -> Result<Self> {
        let bound = 1.0 / (input as f32).sqrt();
        let device = p.device.clone();
        let mut p = p.sub(name);
        Ok(Self {
            w: p.uniform("weight", &[input, output], bound)?,
            b: Tensor::zeros(output, candle_core::DType::F32, &device)?,
        })
    }

    /// Applies the layer to `[.., input]`.
    pub fn forward(&self, x: &Tensor) -> Result<Tensor> {
        self.forward_act(x, Activation::Identity)
    }

    /// Applies the layer and `activation` to `[.., input]` in one fused op.
    pub fn forward_act(&self, x: &Tensor, activation: Activation) -> Result<Tensor> {
        let dims = x.dims().to_vec();
        let input = *dims.last().unwrap_or(&0);
        let rows: usize = dims[..dims.len().saturating_sub(1)].iter().product();
        let x2 = if dims.len() == 2 { x.clone() } else { x.reshape((rows, input))? };
        let y = linear(&x2, &self.w, &self.b, activation)?;
        let mut out = dims;
        if let Some(last) = out.last_mut() {
            *last = self.w.dim(1)?;
        }
        y.reshape(out)
    }
}

/// Inverted dropout driven by the trainer's generator; identity in eval mode.
pub fn dropout(x: &Tensor, p: f64, mode: Mode, rng: &mut Rng) -> Result<Tensor> {
    if mode == Mode::Eval || p <= 0.0 {
        return Ok(x.clone());
    }
    let keep = 1.0 - p as f32;
    let n = x.elem_count();
    let mask: Vec<f32> =
        (0..n).map(|_| if rng.next_f32() < keep { 1.0 / keep } else { 0.0 }).collect();
    x * Tensor::from_vec(mask, x.shape(), x.device())?
}

/// A single-layer LSTM (PyTorch gate order i, f, g, o).
#[derive(Clone, Debug)]
pub struct Lstm {
    w_ih: Tensor,
    w_hh: Tensor,
    b_ih: Tensor,
    b_hh: Tensor,
}

impl Lstm {
    /// An LSTM `input -> hidden`.
    pub fn new(p: &mut ParamBuilder<'_>, name: &str, input: usize, hidden: usize) -> Result<Self> {
        let bound = 1.0 / (hidden as f32).sqrt();
        let mut p = p.sub(name);
        Ok(Self {
            w_ih: p.uniform("weight_ih", &[input, 4 * hidden], bound)?,
            w_hh: p.uniform("weight_hh", &[hidden, 4 * hidden], bound)?,
            b_ih: p.uniform("bias_ih", &[4 * hidden], bound)?,
            b_hh: p.uniform("bias_hh", &[4 * hidden], bound)?,
        })
    }

    /// Runs over a time-major sequence `[T, B, input]` from a zero state;
    /// returns the last hidden state `[B, hidden]`. The input projections of
    /// all steps are one product, and the first step skips the products with
    /// the zero state.
    pub fn last_hidden(&self, seq: &Tensor) -> Result<Tensor> {
        let (steps, batch, input) = seq.dims3()?;
        if steps == 0 {
            bail!("an LSTM needs at least one step");
        }
        let bias = (&self.b_ih + &self.b_hh)?;
        let hidden = self.w_hh.dim(0)?;
        let projected =
            linear(&seq.reshape((steps * batch, input))?, &self.w_ih, &bias, Activation::Identity)?;
        let step = |t: usize| projected.narrow(0, t * batch, batch);
        let split = |out: Tensor| -> Result<(Tensor, Tensor)> {
            Ok((out.narrow(1, 0, hidden)?, out.narrow(1, hidden, hidden)?))
        };
        let zero = Tensor::zeros((batch, hidden), seq.dtype(), seq.device())?;
        let (mut h, mut c) = split(lstm_cell(&step(0)?, &zero)?)?;
        let no_bias = Tensor::zeros(4 * hidden, seq.dtype(), seq.device())?;
        for t in 1..steps {
            let recurrent = linear(&h, &self.w_hh, &no_bias, Activation::Identity)?;
            (h, c) = split(lstm_cell(&(step(t)? + recurrent)?, &c)?)?;
        }
        Ok(h)
    }
}

/// Layer normalisation over the last dimension.
#[derive(Clone, Debug)]
pub struct LayerNorm {
    gamma: Tensor,
    beta: Tensor,
}

impl LayerNorm {
    /// Over `dim` features.
    pub fn new(p: &mut ParamBuilder<'_>, name: &str, dim: usize) -> Result<Self> {
        let mut p = p.sub(name);
        Ok(Self {
            gamma: p.constant("weight", &[dim], 1.0)?,
            beta: p.constant("bias", &[dim], 0.0)?,
        })
    }

    /// Normalises `[.., dim]`.
    pub fn forward(&self, x: &Tensor) -> Result<Tensor> {
        let mean = x.mean_keepdim(D::Minus1)?;
        let centered = x.broadcast_sub(&mean)?;
        let var = centered.sqr()?.mean_keepdim(D::Minus1)?;
        let normed = centered.broadcast_div(&(var + 1e-5)?.sqrt()?)?;
        normed.broadcast_mul(&self.gamma)?.broadcast_add(&self.beta)
    }
}

/// Multi-head self-attention with a key-padding mask.
#[derive(Clone, Debug)]
pub struct SelfAttention {
    q: Linear,
    k: Linear,
    v: Linear,
    out: Linear,
    heads: usize,
}

impl SelfAttention {
    /// `heads` heads over `dim` features (`dim` divisible by `heads`).
    pub fn new(p: &mut ParamBuilder<'_>, name: &str, dim: usize, heads: usize) -> Result<Self> {
        let mut p = p.sub(name);
        Ok(Self {
            q: Linear::new(&mut p, "q", dim, dim)?,
            k: Linear::new(&mut p, "k", dim, dim)?,
            v: Linear::new(&mut p, "v", dim, dim)?,
            out: Linear::new(&mut p, "out", dim, dim)?,
            heads,
        })
    }

    /// `x`: `[B, T, dim]`; `key_bias`: `[B, 1, 1, T]`, 0 for valid keys and a
    /// large negative number for padding.
    pub fn forward(&self, x: &Tensor, key_bias: &Tensor) -> Result<Tensor> {
        let (b, t, d) = x.dims3()?;
        let dh = d / self.heads;
        let split = |y: Tensor| y.reshape((b, t, self.heads, dh))?.transpose(1, 2)?.contiguous();
        let q = split(self.q.forward(x)?)?;
        let k = split(self.k.forward(x)?)?;
        let v = split(self.v.forward(x)?)?;
        let scores =
            (q.matmul(&k.t()?.contiguous()?)? / (dh as f64).sqrt())?.broadcast_add(key_bias)?;
        let max = scores.max_keepdim(D::Minus1)?;
        let e = scores.broadcast_sub(&max)?.exp()?;
        let attn = e.broadcast_div(&e.sum_keepdim(D::Minus1)?)?;
        let y = attn.matmul(&v)?.transpose(1, 2)?.contiguous()?.reshape((b, t, d))?;
        self.out.forward(&y)
    }
}
