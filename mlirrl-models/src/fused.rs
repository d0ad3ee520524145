//! Fused CPU kernels as candle custom ops: a linear layer with its bias and
//! activation in one pass, and an LSTM cell.
//!
//! candle composes these layers from generic operations, each of which
//! allocates its result and records a node whose backward pass allocates
//! again (a zero gradient, then the sum into it). At the original system's
//! sizes that bookkeeping costs more than the matrix products. The ops here
//! run the products through the `gemm` crate on the operands' own strides
//! (so a column slice of the observation is not copied), apply the bias and
//! the activation in the same pass, and compute their gradients directly,
//! skipping the input gradient when the input is a constant.

use candle_core::{CpuStorage, CustomOp2, CustomOp3, Layout, Result, Shape, Storage, Tensor, bail};
use gemm::Parallelism;
use rayon::prelude::*;

/// An activation fused into [`linear`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Activation {
    /// None: `y = x W + b`.
    Identity,
    /// `max(0, ·)`.
    Relu,
    /// ELU with α = 1: `x` for positive `x`, `eᵡ − 1` otherwise.
    Elu,
}

impl Activation {
    fn apply(self, x: f32) -> f32 {
        match self {
            Self::Identity => x,
            Self::Relu => x.max(0.0),
            Self::Elu => {
                // exp(x) − 1 rather than exp_m1: its absolute error (about
                // 1e-7) is below f32 resolution at 1, and it vectorises.
                if x > 0.0 { x } else { exp(x) - 1.0 }
            }
        }
    }
}

/// `activation(x W + b)` for `x: [M, K]` (any strides), `w: [K, N]`,
/// `b: [N]`, as one differentiable op.
///
/// ```
/// use candle_core::{Device, Tensor};
/// use mlirrl_models::fused::{Activation, linear};
/// let x = Tensor::new(&[[1f32, -2.0]], &Device::Cpu)?;
/// let w = Tensor::new(&[[1f32, 0.0], [0.0, 1.0]], &Device::Cpu)?;
/// let b = Tensor::new(&[0f32, 1.0], &Device::Cpu)?;
/// let y = linear(&x, &w, &b, Activation::Relu)?;
/// assert_eq!(y.to_vec2::<f32>()?, vec![vec![1.0, 0.0]]);
/// # Ok::<(), candle_core::Error>(())
/// ```
pub fn linear(x: &Tensor, w: &Tensor, b: &Tensor, activation: Activation) -> Result<Tensor> {
    x.apply_op3(w, b, LinearOp { activation })
}

struct LinearOp {
    activation: Activation,
}

/// A matrix view: data, offset, rows, columns, row stride, column stride.
#[derive(Clone, Copy)]
struct View<'a> {
    data: &'a [f32],
    offset: usize,
    rows: usize,
    cols: usize,
    rs: isize,
    cs: isize,
}

impl<'a> View<'a> {
    fn of(storage: &'a CpuStorage, layout: &Layout, what: &str) -> Result<Self> {
        let CpuStorage::F32(data) = storage else {
            bail!("fused linear: {what} must be f32");
        };
        let (rows, cols) = layout.shape().dims2()?;
        let stride = layout.stride();
        let view = Self {
            data,
            offset: layout.start_offset(),
            rows,
            cols,
            rs: stride[0] as isize,
            cs: stride[1] as isize,
        };
        // The last element must lie inside the buffer.
        if rows > 0 && cols > 0 {
            let last = view.offset + (rows - 1) * stride[0] + (cols - 1) * stride[1];
            if last >= data.len() {
                bail!("fused linear: {what} layout runs past its storage");
            }
        }
        Ok(view)
    }

    fn t(self) -> Self {
        Self { rows: self.cols, cols: self.rows, rs: self.cs, cs: self.rs, ..self }
    }

    fn ptr(&self) -> *const f32 {
        self.data[self.offset..].as_ptr()
    }
}

fn parallelism() -> Parallelism {
    let threads = candle_core::utils::get_num_threads();
    if threads > 1 { Parallelism::Rayon(threads) } else { Parallelism::None }
}

/// How a product's result is laid out in memory while it is computed.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Order {
    /// Row-major, as the result is returned.
    Rows,
    /// Column-major in a scratch buffer, transposed afterwards. For a short
    /// `a` (a minibatch of rows) times a large `b` (a weight matrix) this
    /// lets the kernel pack the short operand rather than the weights.
    Columns,
}

/// `a [M, K] · b [K, N]`, returned row-major. The result is allocated
/// without being zeroed first: the kernel writes every element.
fn matmul(a: View<'_>, b: View<'_>, order: Order) -> Result<Vec<f32>> {
    let (m, k, n) = (a.rows, a.cols, b.cols);
    if k != b.rows {
        bail!("fused op: shapes {m}x{k} and {}x{n} do not multiply", b.rows);
    }
    if m == 0 || n == 0 || k == 0 {
        return Ok(vec![0f32; m * n]);
    }
    let mut out: Vec<f32> = Vec::with_capacity(m * n);
    let (cs, rs) = match order {
        Order::Rows => (1isize, n as isize),
        Order::Columns => (m as isize, 1isize),
    };
    // SAFETY: the views were checked to lie inside their buffers; `out` has
    // room for exactly M·N values at the given strides and nothing aliases
    // it; with `read_dst` false the kernel only writes the destination, and
    // it writes all M·N values (K > 0), so the length can then be set.
    unsafe {
        gemm::gemm(
            m,
            n,
            k,
            out.as_mut_ptr(),
            cs,
            rs,
            false,
            a.ptr(),
            a.cs,
            a.rs,
            b.ptr(),
            b.cs,
            b.rs,
            0.0,
            1.0,
            false,
            false,
            false,
            parallelism(),
        );
        out.set_len(m * n);
    }
    Ok(match order {
        Order::Rows => out,
        Order::Columns => transpose(&out, m, n),
    })
}

fn vector<'a>(storage: &'a CpuStorage, layout: &Layout, what: &str) -> Result<&'a [f32]> {
    let CpuStorage::F32(data) = storage else {
        bail!("fused op: {what} must be f32");
    };
    if !layout.is_contiguous() {
        bail!("fused op: {what} must be contiguous");
    }
    let n = layout.shape().elem_count();
    Ok(&data[layout.start_offset()..layout.start_offset() + n])
}

/// Runs `f` on a CPU tensor's storage and layout.
fn with_cpu<R>(t: &Tensor, f: impl FnOnce(&CpuStorage, &Layout) -> Result<R>) -> Result<R> {
    let (storage, layout) = t.storage_and_layout();
    match &*storage {
        Storage::Cpu(s) => f(s, layout),
        _ => bail!("fused ops run on the CPU only"),
    }
}

const ROWS_PER_TASK: usize = 16;

/// Elements per parallel task in elementwise passes.
const CHUNK: usize = 1 << 14;

/// `rows[i][j] = act(rows[i][j] + b[j])`, with the activation chosen outside
/// the loops so that each loop is branch-free and vectorises.
#[inline(never)]
fn bias_activation(rows: &mut [f32], b: &[f32], act: Activation) {
    let n = b.len();
    for row in rows.chunks_mut(n) {
        let pairs = row.iter_mut().zip(b);
        match act {
            Activation::Identity => pairs.for_each(|(v, b)| *v += b),
            Activation::Relu => pairs.for_each(|(v, b)| *v = (*v + b).max(0.0)),
            Activation::Elu => pairs.for_each(|(v, b)| *v = Activation::Elu.apply(*v + b)),
        }
    }
}

/// `g[i] *= act'(y[i])`.
#[inline(never)]
fn scale_by_derivative(g: &mut [f32], y: &[f32], act: Activation) {
    let pairs = g.iter_mut().zip(y);
    match act {
        Activation::Identity => {}
        Activation::Relu => pairs.for_each(|(g, y)| *g = if *y > 0.0 { *g } else { 0.0 }),
        Activation::Elu => pairs.for_each(|(g, y)| *g *= if *y > 0.0 { 1.0 } else { y + 1.0 }),
    }
}

/// The row-major copy of the column-major `src` (`m` rows, `n` columns),
/// a block of rows per task, written without zeroing first.
#[inline(never)]
fn transpose(src: &[f32], m: usize, n: usize) -> Vec<f32> {
    let mut dst: Vec<f32> = Vec::with_capacity(m * n);
    dst.spare_capacity_mut()[..m * n].par_chunks_mut(n * ROWS_PER_TASK).enumerate().for_each(
        |(block, rows)| {
            let first = block * ROWS_PER_TASK;
            for j in 0..n {
                let column = &src[j * m + first..];
                for (r, row) in rows.chunks_mut(n).enumerate() {
                    row[j].write(column[r]);
                }
            }
        },
    );
    // SAFETY: the chunks cover all M·N slots and every slot of every row was
    // written above.
    unsafe { dst.set_len(m * n) };
    dst
}

impl CustomOp3 for LinearOp {
    fn name(&self) -> &'static str {
        "fused-linear"
    }

    fn cpu_fwd(
        &self,
        s1: &CpuStorage,
        l1: &Layout,
        s2: &CpuStorage,
        l2: &Layout,
        s3: &CpuStorage,
        l3: &Layout,
    ) -> Result<(CpuStorage, Shape)> {
        let x = View::of(s1, l1, "input")?;
        let w = View::of(s2, l2, "weight")?;
        let b = vector(s3, l3, "bias")?;
        if b.len() != w.cols {
            bail!("fused linear: bias of {} for {} outputs", b.len(), w.cols);
        }
        let (m, n) = (x.rows, w.cols);
        let mut y = matmul(x, w, Order::Rows)?;
        let act = self.activation;
        if n > 0 {
            y.par_chunks_mut(n * ROWS_PER_TASK).for_each(|rows| bias_activation(rows, b, act));
        }
        Ok((CpuStorage::F32(y), Shape::from((m, n))))
    }

    fn bwd(
        &self,
        x: &Tensor,
        w: &Tensor,
        b: &Tensor,
        y: &Tensor,
        grad: &Tensor,
    ) -> Result<(Option<Tensor>, Option<Tensor>, Option<Tensor>)> {
        let (m, n) = y.dims2()?;
        let k = w.dim(0)?;
        let grad = grad.contiguous()?;
        // g = grad ⊙ activation'(y), from the output alone.
        let g: Vec<f32> = with_cpu(y, |sy, ly| {
            let yv = vector(sy, ly, "output")?;
            with_cpu(&grad, |sg, lg| {
                let gv = vector(sg, lg, "gradient")?;
                let mut g = gv.to_vec();
                let act = self.activation;
                if act != Activation::Identity {
                    g.par_chunks_mut(CHUNK)
                        .zip(yv.par_chunks(CHUNK))
                        .for_each(|(g, y)| scale_by_derivative(g, y, act));
                }
                Ok(g)
            })
        })?;
        let g_view = View { data: &g, offset: 0, rows: m, cols: n, rs: n as isize, cs: 1 };
        let device = y.device();
        let dx = if x.track_op() {
            let dx = with_cpu(w, |sw, lw| {
                matmul(g_view, View::of(sw, lw, "weight")?.t(), Order::Columns)
            })?;
            Some(Tensor::from_vec(dx, (m, k), device)?)
        } else {
            None
        };
        let dw = if w.track_op() {
            let dw =
                with_cpu(x, |sx, lx| matmul(View::of(sx, lx, "input")?.t(), g_view, Order::Rows))?;
            Some(Tensor::from_vec(dw, (k, n), device)?)
        } else {
            None
        };
        let db = if b.track_op() {
            let mut db = vec![0f32; n];
            for row in g.chunks(n.max(1)) {
                for (acc, v) in db.iter_mut().zip(row) {
                    *acc += v;
                }
            }
            Some(Tensor::from_vec(db, n, device)?)
        } else {
            None
        };
        Ok((dx, dw, db))
    }
}

/// `eˣ` to within about 2 ulp, branch-free so that loops over it vectorise
/// (the C library's `expf` is a scalar call). Inputs are clamped to the
/// finite range: below −87 the result is a tiny normal number, not 0.
#[inline]
pub fn exp(x: f32) -> f32 {
    let x = x.clamp(-87.0, 88.0);
    // x = n ln 2 + r with |r| <= ln 2 / 2; ln 2 split in two for accuracy.
    // Round to nearest by adding and subtracting 1.5·2²³ (no SSE4.1 needed).
    let n = (x * std::f32::consts::LOG2_E + 12_582_912.0) - 12_582_912.0;
    let r = x - n * 0.693_359_4 + n * 2.121_944_4e-4;
    let p = 1.987_569_1e-4_f32;
    let p = p * r + 1.398_199_9e-3;
    let p = p * r + 8.333_452e-3;
    let p = p * r + 4.166_579_6e-2;
    let p = p * r + 1.666_666_5e-1;
    let p = p * r + 0.5;
    let p = p * r * r + r + 1.0;
    p * f32::from_bits(((n as i32 + 127) as u32) << 23)
}

/// The logistic function with [`exp`].
#[inline]
pub fn sigmoid(x: f32) -> f32 {
    1.0 / (1.0 + exp(-x))
}

/// `tanh` with [`exp`], as `1 − 2 / (e²ˣ + 1)`: absolute error about 1e-7.
#[inline]
pub fn tanh(x: f32) -> f32 {
    1.0 - 2.0 / (exp(2.0 * x) + 1.0)
}

/// One LSTM cell step (PyTorch's gate order i, f, g, o) as one
/// differentiable op: from the pre-activation `gates: [B, 4H]` and the
/// previous cell state `c: [B, H]`, returns `[B, 2H]` holding the new hidden
/// state in its first `H` columns and the new cell state in the last `H`.
///
/// ```
/// use candle_core::{Device, Tensor};
/// use mlirrl_models::fused::lstm_cell;
/// let gates = Tensor::zeros((1, 4), candle_core::DType::F32, &Device::Cpu)?;
/// let c = Tensor::ones((1, 1), candle_core::DType::F32, &Device::Cpu)?;
/// let out = lstm_cell(&gates, &c)?.to_vec2::<f32>()?;
/// // f = σ(0) = 0.5 keeps half the cell; i·g = 0.5·tanh(0) = 0.
/// assert!((out[0][1] - 0.5).abs() < 1e-6);
/// assert!((out[0][0] - 0.5 * 0.5f32.tanh()).abs() < 1e-6);
/// # Ok::<(), candle_core::Error>(())
/// ```
pub fn lstm_cell(gates: &Tensor, c: &Tensor) -> Result<Tensor> {
    gates.contiguous()?.apply_op2(&c.contiguous()?, LstmCell)
}

struct LstmCell;

/// The gate activations of one row: (i, f, g, o) for hidden unit `j`.
fn gate_values(row: &[f32], hidden: usize, j: usize) -> (f32, f32, f32, f32) {
    (
        sigmoid(row[j]),
        sigmoid(row[hidden + j]),
        tanh(row[2 * hidden + j]),
        sigmoid(row[3 * hidden + j]),
    )
}

impl CustomOp2 for LstmCell {
    fn name(&self) -> &'static str {
        "fused-lstm-cell"
    }

    fn cpu_fwd(
        &self,
        s1: &CpuStorage,
        l1: &Layout,
        s2: &CpuStorage,
        l2: &Layout,
    ) -> Result<(CpuStorage, Shape)> {
        let gates = vector(s1, l1, "LSTM gates")?;
        let c = vector(s2, l2, "LSTM cell state")?;
        let (b, h) = l2.shape().dims2()?;
        if l1.shape().dims2()? != (b, 4 * h) {
            bail!("fused LSTM cell: gates {:?} for a state {:?}", l1.dims(), l2.dims());
        }
        let mut out = vec![0f32; b * 2 * h];
        if h > 0 {
            out.par_chunks_mut(2 * h).enumerate().for_each(|(r, out)| {
                let row = &gates[r * 4 * h..(r + 1) * 4 * h];
                let (hid, cell) = out.split_at_mut(h);
                for j in 0..h {
                    let (i, f, g, o) = gate_values(row, h, j);
                    let c_new = f * c[r * h + j] + i * g;
                    cell[j] = c_new;
                    hid[j] = o * tanh(c_new);
                }
            });
        }
        Ok((CpuStorage::F32(out), Shape::from((b, 2 * h))))
    }

    fn bwd(
        &self,
        gates: &Tensor,
        c: &Tensor,
        out: &Tensor,
        grad: &Tensor,
    ) -> Result<(Option<Tensor>, Option<Tensor>)> {
        let (b, h) = c.dims2()?;
        let (gates, c, out, grad) =
            (gates.contiguous()?, c.contiguous()?, out.contiguous()?, grad.contiguous()?);
        let mut d_gates = vec![0f32; b * 4 * h];
        let mut d_c = vec![0f32; b * h];
        with_cpu(&gates, |sg, lg| {
            let gates = vector(sg, lg, "LSTM gates")?;
            with_cpu(&c, |sc, lc| {
                let c = vector(sc, lc, "LSTM cell state")?;
                with_cpu(&out, |so, lo| {
                    let out = vector(so, lo, "LSTM output")?;
                    with_cpu(&grad, |sd, ld| {
                        let grad = vector(sd, ld, "LSTM gradient")?;
                        if h == 0 {
                            return Ok(());
                        }
                        d_gates
                            .par_chunks_mut(4 * h)
                            .zip(d_c.par_chunks_mut(h))
                            .enumerate()
                            .for_each(|(r, (dg, dc_prev))| {
                                let row = &gates[r * 4 * h..(r + 1) * 4 * h];
                                for j in 0..h {
                                    let (i, f, g, o) = gate_values(row, h, j);
                                    let c_new = out[r * 2 * h + h + j];
                                    let tc = tanh(c_new);
                                    let dh = grad[r * 2 * h + j];
                                    let dc = grad[r * 2 * h + h + j] + dh * o * (1.0 - tc * tc);
                                    let c_old = c[r * h + j];
                                    dg[j] = dc * g * i * (1.0 - i);
                                    dg[h + j] = dc * c_old * f * (1.0 - f);
                                    dg[2 * h + j] = dc * i * (1.0 - g * g);
                                    dg[3 * h + j] = dh * tc * o * (1.0 - o);
                                    dc_prev[j] = dc * f;
                                }
                            });
                        Ok(())
                    })
                })
            })
        })?;
        let device = gates.device();
        let d_c = if c.track_op() { Some(Tensor::from_vec(d_c, (b, h), device)?) } else { None };
        Ok((Some(Tensor::from_vec(d_gates, (b, 4 * h), device)?), d_c))
    }
}
