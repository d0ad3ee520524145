//! Benchmark generators: seeded programs per op family, with shapes drawn
//! from pools like the original system's generator, filtered by a work and
//! memory budget so every baseline runs in a fraction of a second on a small
//! machine.

use mlirrl_ir::builders::{self, Conv2d, ConvForm, PoolForm};
use serde::{Deserialize, Serialize};
use std::fmt::Write;

/// A generated program.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Generated {
    /// Unique name (family plus shape).
    pub name: String,
    /// Family.
    pub family: String,
    /// MLIR text.
    pub source: String,
}

/// The generators' random state: the workspace's one generator
/// (`mlirrl_util::rng::Rng`, SplitMix64) on the generators' stream, so a
/// seed gives the same programs as it always has. It dereferences to the
/// generator (`range`, `pick`, `below`, `next_u64`, ...).
#[derive(Clone, Debug)]
pub struct Sampler(mlirrl_util::rng::Rng);

impl Sampler {
    /// The generators' sampler for `seed`.
    pub fn new(seed: u64) -> Self {
        Self(mlirrl_util::rng::Rng::seeded(seed, mlirrl_util::rng::Stream::Generators))
    }
}

impl std::ops::Deref for Sampler {
    type Target = mlirrl_util::rng::Rng;
    fn deref(&self) -> &Self::Target {
        &self.0
    }
}

impl std::ops::DerefMut for Sampler {
    fn deref_mut(&mut self) -> &mut Self::Target {
        &mut self.0
    }
}

/// Limits on what a generator may produce.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Budget {
    /// Most arithmetic operations of a program.
    pub max_flops: u64,
    /// Most elements of any one tensor.
    pub max_elements: u64,
}

impl Default for Budget {
    fn default() -> Self {
        Self { max_flops: 1 << 30, max_elements: 1 << 23 }
    }
}

/// Produces benchmark programs of one family. Implement it for a family
/// of your own and [`Generators::register`] it (or call
/// [`generate_with`]); datasets, `eval` and training take its programs like
/// the built-in ones.
pub trait BenchmarkGenerator {
    /// Family name (`matmul`, `conv2d_nchw`, ...).
    fn family(&self) -> &str;

    /// One program from the sampler's state, or `None` if the drawn shape does
    /// not fit the budget (the caller draws again).
    fn sample(&self, s: &mut Sampler, budget: &Budget) -> Option<Generated>;
}

/// Shape pools (the original generator's pools, cut to sizes that run here).
pub mod pools {
    /// Matrix sizes; non-powers of two included.
    pub const SIZES: &[u64] = &[64, 96, 128, 192, 256, 384, 512, 640, 768, 1024];
    /// Batch sizes.
    pub const BATCH: &[u64] = &[1, 2, 4, 8];
    /// Image heights.
    pub const HEIGHTS: &[u64] = &[7, 14, 28, 32, 56, 64, 112];
    /// Channels.
    pub const CHANNELS: &[u64] = &[3, 16, 32, 64, 96, 128, 256];
    /// Kernels.
    pub const KERNELS: &[u64] = &[1, 3, 5, 7];
    /// Strides.
    pub const STRIDES: &[u64] = &[1, 2];
    /// Dilations.
    pub const DILATIONS: &[u64] = &[1, 2];
}

fn fits(budget: &Budget, flops: u64, tensors: &[u64]) -> bool {
    flops <= budget.max_flops && tensors.iter().all(|&t| t <= budget.max_elements)
}

/// `linalg.matmul` M x K by K x N.
pub struct Matmul;

impl BenchmarkGenerator for Matmul {
    fn family(&self) -> &str {
        "matmul"
    }
    fn sample(&self, s: &mut Sampler, budget: &Budget) -> Option<Generated> {
        let (m, n, k) = (s.pick(pools::SIZES), s.pick(pools::SIZES), s.pick(pools::SIZES));
        fits(budget, 2 * m * n * k, &[m * k, k * n, m * n]).then(|| Generated {
            name: format!("matmul_{m}_{n}_{k}"),
            family: self.family().into(),
            source: builders::matmul(m, n, k, "f32"),
        })
    }
}

/// `linalg.batch_matmul`.
pub struct BatchMatmul;

impl BenchmarkGenerator for BatchMatmul {
    fn family(&self) -> &str {
        "batch_matmul"
    }
    fn sample(&self, s: &mut Sampler, budget: &Budget) -> Option<Generated> {
        let b = s.pick(pools::BATCH);
        let (m, n, k) =
            (s.pick(&pools::SIZES[..6]), s.pick(&pools::SIZES[..6]), s.pick(&pools::SIZES[..6]));
        fits(budget, 2 * b * m * n * k, &[b * m * k, b * k * n, b * m * n]).then(|| Generated {
            name: format!("batch_matmul_{b}_{m}_{n}_{k}"),
            family: self.family().into(),
            source: builders::batch_matmul(b, m, n, k, "f32"),
        })
    }
}

fn conv_shape(s: &mut Sampler, depthwise: bool) -> Option<Conv2d> {
    let h = s.pick(pools::HEIGHTS);
    let kernel = s.pick(pools::KERNELS);
    let dilation = s.pick(pools::DILATIONS);
    let stride = s.pick(pools::STRIDES);
    if dilation * (kernel - 1) + 1 > h {
        return None;
    }
    let c = s.pick(pools::CHANNELS);
    let f = if depthwise { c } else { s.pick(pools::CHANNELS) };
    Some(Conv2d {
        n: s.pick(&pools::BATCH[..2]),
        c,
        h,
        w: h,
        f,
        kh: kernel,
        kw: kernel,
        stride,
        dilation,
    })
}

/// `linalg.conv_2d_*` in one layout.
pub struct Conv(pub ConvForm);

impl BenchmarkGenerator for Conv {
    fn family(&self) -> &str {
        match self.0 {
            ConvForm::NchwFchw => "conv2d_nchw",
            ConvForm::NhwcHwcf => "conv2d_nhwc",
            ConvForm::NhwcFhwc => "conv2d_nhwc_fhwc",
        }
    }
    fn sample(&self, s: &mut Sampler, budget: &Budget) -> Option<Generated> {
        let c = conv_shape(s, false)?;
        let flops = 2 * c.n * c.f * c.oh() * c.ow() * c.c * c.kh * c.kw;
        fits(
            budget,
            flops,
            &[c.n * c.c * c.h * c.w, c.f * c.c * c.kh * c.kw, c.n * c.f * c.oh() * c.ow()],
        )
        .then(|| Generated {
            name: format!(
                "{}_{}_{}_{}_{}_{}_{}x{}_s{}_d{}",
                self.family(),
                c.n,
                c.c,
                c.h,
                c.w,
                c.f,
                c.kh,
                c.kw,
                c.stride,
                c.dilation
            ),
            family: self.family().into(),
            source: builders::conv_2d(self.0, c, "f32"),
        })
    }
}

/// `linalg.depthwise_conv_2d_nhwc_hwc`.
pub struct Depthwise;

impl BenchmarkGenerator for Depthwise {
    fn family(&self) -> &str {
        "depthwise"
    }
    fn sample(&self, s: &mut Sampler, budget: &Budget) -> Option<Generated> {
        let c = conv_shape(s, true)?;
        let flops = 2 * c.n * c.c * c.oh() * c.ow() * c.kh * c.kw;
        fits(budget, flops, &[c.n * c.c * c.h * c.w]).then(|| Generated {
            name: format!(
                "depthwise_{}_{}_{}_{}_{}_s{}_d{}",
                c.n, c.h, c.w, c.c, c.kh, c.stride, c.dilation
            ),
            family: self.family().into(),
            source: builders::depthwise_conv_2d(c, "f32"),
        })
    }
}

/// `linalg.pooling_*` (max or sum, NCHW or NHWC).
pub struct Pooling {
    /// `max` or `sum`.
    pub kind: &'static str,
}

impl BenchmarkGenerator for Pooling {
    fn family(&self) -> &str {
        if self.kind == "max" { "pool_max" } else { "pool_sum" }
    }
    fn sample(&self, s: &mut Sampler, budget: &Budget) -> Option<Generated> {
        let mut c = conv_shape(s, true)?;
        c.kh = s.pick(&[2, 3]);
        c.kw = c.kh;
        c.dilation = 1;
        if c.kh > c.h {
            return None;
        }
        let form = s.pick(&[PoolForm::Nchw, PoolForm::Nhwc]);
        let layout = if form == PoolForm::Nchw { "nchw" } else { "nhwc" };
        let flops = c.n * c.c * c.oh() * c.ow() * c.kh * c.kw;
        fits(budget, flops, &[c.n * c.c * c.h * c.w]).then(|| Generated {
            name: format!(
                "pool_{}_{layout}_{}_{}_{}_{}_k{}_s{}",
                self.kind, c.n, c.c, c.h, c.w, c.kh, c.stride
            ),
            family: self.family().into(),
            source: builders::pooling(form, self.kind, c, "f32"),
        })
    }
}

fn elementwise_shape(s: &mut Sampler) -> Vec<u64> {
    let rank = s.range(1, 4) as usize;
    let pool: &[u64] = match rank {
        1 => &[4096, 16384, 65536, 262144, 1000000],
        2 => &[64, 128, 256, 500, 1024, 2048],
        3 => &[16, 32, 56, 64, 128, 256],
        _ => &[1, 8, 16, 32, 56, 64],
    };
    (0..rank).map(|_| s.pick(pool)).collect()
}

/// Elementwise `linalg.add` / `linalg.mul`, or ReLU as `linalg.generic`, of rank 1 to 4.
pub struct Elementwise {
    /// `add`, `mul` or `relu`.
    pub op: &'static str,
}

impl BenchmarkGenerator for Elementwise {
    fn family(&self) -> &str {
        self.op
    }
    fn sample(&self, s: &mut Sampler, budget: &Budget) -> Option<Generated> {
        let shape = elementwise_shape(s);
        let n: u64 = shape.iter().product();
        let dims: Vec<String> = shape.iter().map(u64::to_string).collect();
        fits(budget, n, &[n]).then(|| Generated {
            name: format!("{}_{}", self.op, dims.join("x")),
            family: self.family().into(),
            source: if self.op == "relu" {
                builders::relu(&shape, "f32")
            } else {
                builders::elementwise(self.op, &shape, "f32")
            },
        })
    }
}

/// Multi-op blocks where fusion matters.
pub struct Block {
    /// `matmul_bias_relu`, `conv_relu` or `elementwise_chain`.
    pub kind: &'static str,
}

fn relu_generic(out: &mut String, input: &str, init: &str, ty: &str, rank: usize, result: &str) {
    let dims: Vec<String> = (0..rank).map(|i| format!("d{i}")).collect();
    let map = format!("affine_map<({}) -> ({})>", dims.join(", "), dims.join(", "));
    let iters = vec!["\"parallel\""; rank].join(", ");
    let _ = writeln!(
        out,
        "  {result} = linalg.generic {{indexing_maps = [{map}, {map}], iterator_types = [{iters}]}} ins({input} : {ty}) outs({init} : {ty}) {{\n  ^bb0(%relu_in: f32, %relu_out: f32):\n    %relu_zero = arith.constant 0.0 : f32\n    %relu_max = arith.maximumf %relu_in, %relu_zero : f32\n    linalg.yield %relu_max : f32\n  }} -> {ty}"
    );
}

impl BenchmarkGenerator for Block {
    fn family(&self) -> &str {
        self.kind
    }
    fn sample(&self, s: &mut Sampler, budget: &Budget) -> Option<Generated> {
        let mut src = String::new();
        let name = match self.kind {
            "matmul_bias_relu" => {
                let (m, n, k) = (s.pick(pools::SIZES), s.pick(pools::SIZES), s.pick(pools::SIZES));
                if !fits(budget, 2 * m * n * k, &[m * k, k * n, m * n]) {
                    return None;
                }
                let t = format!("tensor<{m}x{n}xf32>");
                let _ = writeln!(
                    src,
                    "func.func @main(%a: tensor<{m}x{k}xf32>, %b: tensor<{k}x{n}xf32>, %bias: {t}) -> {t} {{"
                );
                let _ = writeln!(
                    src,
                    "  %zero = arith.constant 0.0 : f32\n  %e = tensor.empty() : {t}"
                );
                let _ = writeln!(src, "  %f = linalg.fill ins(%zero : f32) outs(%e : {t}) -> {t}");
                let _ = writeln!(
                    src,
                    "  %mm = linalg.matmul ins(%a, %b : tensor<{m}x{k}xf32>, tensor<{k}x{n}xf32>) outs(%f : {t}) -> {t}"
                );
                let _ = writeln!(
                    src,
                    "  %ad = linalg.add ins(%mm, %bias : {t}, {t}) outs(%e : {t}) -> {t}"
                );
                relu_generic(&mut src, "%ad", "%e", &t, 2, "%r");
                let _ = writeln!(src, "  return %r : {t}\n}}");
                format!("matmul_bias_relu_{m}_{n}_{k}")
            }
            "conv_relu" => {
                let c = conv_shape(s, false)?;
                let flops = 2 * c.n * c.f * c.oh() * c.ow() * c.c * c.kh * c.kw;
                if !fits(budget, flops, &[c.n * c.c * c.h * c.w, c.n * c.f * c.oh() * c.ow()]) {
                    return None;
                }
                let t = format!("tensor<{}x{}x{}x{}xf32>", c.n, c.f, c.oh(), c.ow());
                let input = format!("tensor<{}x{}x{}x{}xf32>", c.n, c.c, c.h, c.w);
                let filter = format!("tensor<{}x{}x{}x{}xf32>", c.f, c.c, c.kh, c.kw);
                let _ = writeln!(src, "func.func @main(%in: {input}, %w: {filter}) -> {t} {{");
                let _ = writeln!(
                    src,
                    "  %zero = arith.constant 0.0 : f32\n  %e = tensor.empty() : {t}"
                );
                let _ = writeln!(src, "  %f = linalg.fill ins(%zero : f32) outs(%e : {t}) -> {t}");
                let _ = writeln!(
                    src,
                    "  %cv = linalg.conv_2d_nchw_fchw {{dilations = dense<{}> : tensor<2xi64>, strides = dense<{}> : tensor<2xi64>}} ins(%in, %w : {input}, {filter}) outs(%f : {t}) -> {t}",
                    c.dilation, c.stride
                );
                relu_generic(&mut src, "%cv", "%e", &t, 4, "%r");
                let _ = writeln!(src, "  return %r : {t}\n}}");
                format!("conv_relu_{}_{}_{}_{}_{}_{}_s{}", c.n, c.c, c.h, c.f, c.kh, c.kw, c.stride)
            }
            _ => {
                let shape = elementwise_shape(s);
                let n: u64 = shape.iter().product();
                if !fits(budget, 3 * n, &[n]) {
                    return None;
                }
                let dims: Vec<String> = shape.iter().map(u64::to_string).collect();
                let t = format!("tensor<{}xf32>", dims.join("x"));
                let _ = writeln!(src, "func.func @main(%a: {t}, %b: {t}, %c: {t}) -> {t} {{");
                let _ = writeln!(src, "  %e = tensor.empty() : {t}");
                let _ =
                    writeln!(src, "  %x = linalg.add ins(%a, %b : {t}, {t}) outs(%e : {t}) -> {t}");
                let _ =
                    writeln!(src, "  %y = linalg.mul ins(%x, %c : {t}, {t}) outs(%e : {t}) -> {t}");
                relu_generic(&mut src, "%y", "%e", &t, shape.len(), "%r");
                let _ = writeln!(src, "  return %r : {t}\n}}");
                format!("elementwise_chain_{}", dims.join("x"))
            }
        };
        Some(Generated { name, family: self.family().into(), source: src })
    }
}

/// Every generator, by family name.
pub fn all_generators() -> Vec<Box<dyn BenchmarkGenerator>> {
    vec![
        Box::new(Matmul),
        Box::new(BatchMatmul),
        Box::new(Conv(ConvForm::NchwFchw)),
        Box::new(Conv(ConvForm::NhwcHwcf)),
        Box::new(Depthwise),
        Box::new(Pooling { kind: "max" }),
        Box::new(Pooling { kind: "sum" }),
        Box::new(Elementwise { op: "add" }),
        Box::new(Elementwise { op: "mul" }),
        Box::new(Elementwise { op: "relu" }),
        Box::new(Block { kind: "matmul_bias_relu" }),
        Box::new(Block { kind: "conv_relu" }),
        Box::new(Block { kind: "elementwise_chain" }),
    ]
}

/// A set of generators by family name: the built-in ones
/// ([`Generators::builtin`]) plus any a user registers.
///
/// ```
/// use mlirrl_bench::{BenchmarkGenerator, Budget, Generated, Generators, generate::Sampler};
///
/// /// Square matmuls of a size drawn from 32..=96.
/// struct SquareMatmul;
///
/// impl BenchmarkGenerator for SquareMatmul {
///     fn family(&self) -> &str {
///         "square_matmul"
///     }
///     fn sample(&self, s: &mut Sampler, _: &Budget) -> Option<Generated> {
///         let n = s.range(32, 96);
///         Some(Generated {
///             name: format!("square_matmul_{n}"),
///             family: self.family().into(),
///             source: mlirrl_ir::builders::matmul(n, n, n, "f32"),
///         })
///     }
/// }
///
/// let mut generators = Generators::builtin();
/// generators.register(SquareMatmul).unwrap();
/// let programs = generators.generate("square_matmul", 3, 7, &Budget::default()).unwrap();
/// assert_eq!(programs.len(), 3);
/// assert!(generators.register(SquareMatmul).is_err(), "one generator per family");
/// ```
pub struct Generators {
    list: Vec<Box<dyn BenchmarkGenerator>>,
}

impl Generators {
    /// The built-in families ([`all_generators`]).
    pub fn builtin() -> Self {
        Self { list: all_generators() }
    }

    /// No families.
    pub fn empty() -> Self {
        Self { list: Vec::new() }
    }

    /// Adds a family; an error if one of that name is already there.
    pub fn register(&mut self, generator: impl BenchmarkGenerator + 'static) -> Result<(), String> {
        if self.get(generator.family()).is_some() {
            return Err(format!("family `{}` is already registered", generator.family()));
        }
        self.list.push(Box::new(generator));
        Ok(())
    }

    /// The generator of `family`, if any.
    pub fn get(&self, family: &str) -> Option<&dyn BenchmarkGenerator> {
        self.list.iter().find(|g| g.family() == family).map(|g| g.as_ref())
    }

    /// Family names, in registration order.
    pub fn families(&self) -> Vec<&str> {
        self.list.iter().map(|g| g.family()).collect()
    }

    /// Draws `count` distinct programs of `family` from `seed`; an error
    /// names the known families when `family` is not one of them.
    pub fn generate(
        &self,
        family: &str,
        count: usize,
        seed: u64,
        budget: &Budget,
    ) -> Result<Vec<Generated>, String> {
        let generator = self.get(family).ok_or_else(|| {
            format!("unknown family `{family}` (known: {})", self.families().join(", "))
        })?;
        Ok(generate_with(generator, count, seed, budget))
    }

    /// `count` programs of every family, each family from its own seed
    /// derived from `seed` (as `mlirrl generate --family all` does).
    pub fn generate_all(&self, count: usize, seed: u64, budget: &Budget) -> Vec<Generated> {
        self.list
            .iter()
            .enumerate()
            .flat_map(|(i, g)| {
                generate_with(g.as_ref(), count, seed.wrapping_add(i as u64 * 7919), budget)
            })
            .collect()
    }
}

/// The built-in generator of `family`, if any.
pub fn generator(family: &str) -> Option<Box<dyn BenchmarkGenerator>> {
    all_generators().into_iter().find(|g| g.family() == family)
}

/// Draws `count` distinct programs of a built-in `family` from `seed`
/// ([`Generators::generate`] on [`Generators::builtin`]).
pub fn generate(
    family: &str,
    count: usize,
    seed: u64,
    budget: &Budget,
) -> Result<Vec<Generated>, String> {
    Generators::builtin().generate(family, count, seed, budget)
}

/// Draws `count` distinct programs from `generator` and `seed` (at most 50
/// draws per program, as the original generator retried; fewer programs
/// when the family has fewer distinct shapes within the budget).
pub fn generate_with(
    generator: &dyn BenchmarkGenerator,
    count: usize,
    seed: u64,
    budget: &Budget,
) -> Vec<Generated> {
    let mut s = Sampler::new(seed);
    let mut out: Vec<Generated> = Vec::new();
    let mut draws = 0;
    while out.len() < count && draws < 50 * count.max(1) {
        draws += 1;
        if let Some(g) = generator.sample(&mut s, budget)
            && !out.iter().any(|o| o.name == g.name)
        {
            out.push(g);
        }
    }
    out
}
