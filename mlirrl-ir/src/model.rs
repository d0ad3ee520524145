//! The owned program model: what mlirrl knows about a module's `linalg` ops.
//!
//! Everything here is plain data (no MLIR handles), serde-serialisable, `Send`
//! and cheap to clone, so it can cross process and thread boundaries.

use serde::{Deserialize, Serialize};
use std::fmt;

/// Element type of a tensor or memref operand.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ElementType {
    /// 16-bit IEEE float.
    F16,
    /// 16-bit brain float.
    Bf16,
    /// 32-bit IEEE float.
    F32,
    /// 64-bit IEEE float.
    F64,
    /// 8-bit signless integer.
    I8,
    /// 16-bit signless integer.
    I16,
    /// 32-bit signless integer.
    I32,
    /// 64-bit signless integer.
    I64,
}

impl ElementType {
    /// The zero of the type as an MLIR attribute (`0.0 : f32`, `0 : i32`),
    /// the value padding fills with.
    pub fn zero_attribute(self) -> String {
        if self.is_float() {
            format!("0.0 : {}", self.mlir_name())
        } else {
            format!("0 : {}", self.mlir_name())
        }
    }

    /// Size of one element in bytes.
    pub fn size_bytes(self) -> usize {
        match self {
            Self::I8 => 1,
            Self::F16 | Self::Bf16 | Self::I16 => 2,
            Self::F32 | Self::I32 => 4,
            Self::F64 | Self::I64 => 8,
        }
    }

    /// Whether this is a floating-point type.
    pub fn is_float(self) -> bool {
        matches!(self, Self::F16 | Self::Bf16 | Self::F32 | Self::F64)
    }

    /// The MLIR spelling (`f32`, `i8`, ...).
    pub fn mlir_name(self) -> &'static str {
        match self {
            Self::F16 => "f16",
            Self::Bf16 => "bf16",
            Self::F32 => "f32",
            Self::F64 => "f64",
            Self::I8 => "i8",
            Self::I16 => "i16",
            Self::I32 => "i32",
            Self::I64 => "i64",
        }
    }
}

impl fmt::Display for ElementType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.mlir_name())
    }
}

/// Kind of loop of an op's iteration space.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum IteratorKind {
    /// Iterations are independent.
    Parallel,
    /// Iterations accumulate into the same output element.
    Reduction,
}

impl fmt::Display for IteratorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Parallel => "parallel",
            Self::Reduction => "reduction",
        })
    }
}

/// One loop of an op's iteration space.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Loop {
    /// Static number of iterations.
    pub trip_count: u64,
    /// Parallel or reduction.
    pub iterator: IteratorKind,
}

/// One result dimension of an indexing map, as an affine form of the loops:
/// `sum(coefficients[l] * d_l) + offset`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccessDim {
    /// Coefficient of each loop variable (`d0`, `d1`, ...), one per loop.
    pub coefficients: Vec<i64>,
    /// Constant term.
    pub offset: i64,
    /// False when the expression contains `mod`, `floordiv`, `ceildiv`,
    /// symbols or products of loop variables; coefficients then hold only the
    /// linear part that could be read.
    pub linear: bool,
}

/// An operand's indexing map as an integer access matrix: one row per operand
/// dimension, one column per loop, plus a constant offset per row.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccessMap {
    /// Rows, one per dimension of the operand.
    pub dims: Vec<AccessDim>,
}

impl AccessMap {
    /// Number of operand dimensions (rows).
    pub fn rank(&self) -> usize {
        self.dims.len()
    }

    /// Renders the map in MLIR's notation, e.g. `(d0, d2)` or `(d1 * 2 + d4)`.
    pub fn to_affine_string(&self) -> String {
        let rows: Vec<String> = self
            .dims
            .iter()
            .map(|dim| {
                let mut terms = Vec::new();
                for (loop_index, &c) in dim.coefficients.iter().enumerate() {
                    let sign = if c < 0 { "-" } else { "" };
                    match c.abs() {
                        0 => {}
                        1 => terms.push(format!("{sign}d{loop_index}")),
                        m => terms.push(format!("{sign}d{loop_index} * {m}")),
                    }
                }
                if dim.offset != 0 || terms.is_empty() {
                    terms.push(dim.offset.to_string());
                }
                let text = terms.join(" + ").replace("+ -", "- ");
                if dim.linear { text } else { format!("{text} (non-linear)") }
            })
            .collect();
        format!("({})", rows.join(", "))
    }
}

/// Whether an operand is read (DPS input) or written (DPS init).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum OperandRole {
    /// A DPS input (`ins`).
    Input,
    /// A DPS init (`outs`): read-modify-written.
    Init,
}

/// One operand of a linalg op.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Operand {
    /// Input or init.
    pub role: OperandRole,
    /// Static shape; empty for a scalar (e.g. the value of `linalg.fill`).
    pub shape: Vec<u64>,
    /// Element type.
    pub element_type: ElementType,
    /// True for tensors, false for memrefs and scalars.
    pub is_tensor: bool,
    /// Access matrix from loops to operand dimensions.
    pub access: AccessMap,
}

impl Operand {
    /// Number of elements of the operand (saturating at `u64::MAX`).
    pub fn num_elements(&self) -> u64 {
        saturating_product(self.shape.iter().copied())
    }

    /// Size in bytes (saturating).
    pub fn size_bytes(&self) -> u64 {
        self.num_elements().saturating_mul(self.element_type.size_bytes() as u64)
    }
}

/// Data layout of a convolution or pooling op.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ConvLayout {
    /// Input NCHW, filter FCHW.
    NchwFchw,
    /// Input NHWC, filter HWCF.
    NhwcHwcf,
    /// Input NHWC, filter FHWC.
    NhwcFhwc,
    /// Input NCHW (pooling, depthwise).
    Nchw,
    /// Input NHWC (pooling, depthwise).
    Nhwc,
    /// Any other layout (named by the op itself).
    Other,
}

/// Pooling reduction.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum PoolingKind {
    /// Maximum over the window.
    Max,
    /// Minimum over the window.
    Min,
    /// Sum over the window.
    Sum,
}

/// Elementwise named op (`linalg.add` and friends).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ElementwiseKind {
    /// `linalg.add`
    Add,
    /// `linalg.sub`
    Sub,
    /// `linalg.mul`
    Mul,
    /// `linalg.div` / `linalg.div_unsigned`
    Div,
    /// `linalg.max`
    Max,
    /// `linalg.min`
    Min,
    /// Any other unary or binary named elementwise op (`linalg.exp`, ...).
    Other,
}

/// What kind of linalg op this is. Ops mlirrl does not recognise by name but
/// that are structured `linalg` ops are [`OpKind::Other`], never guessed.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "family")]
pub enum OpKind {
    /// `linalg.matmul`
    Matmul,
    /// `linalg.batch_matmul`
    BatchMatmul,
    /// `linalg.matvec` / `linalg.vecmat` / `linalg.batch_matvec`
    Matvec,
    /// `linalg.dot`
    Dot,
    /// `linalg.conv_2d_*` (not depthwise).
    Conv2d {
        /// Data layout.
        layout: ConvLayout,
    },
    /// `linalg.depthwise_conv_*`
    DepthwiseConv {
        /// Data layout.
        layout: ConvLayout,
    },
    /// Other convolutions (`conv_1d`, `conv_3d`, ...).
    ConvOther,
    /// `linalg.pooling_*`
    Pooling {
        /// Reduction.
        kind: PoolingKind,
        /// Data layout.
        layout: ConvLayout,
    },
    /// Named elementwise ops.
    Elementwise {
        /// Which one.
        op: ElementwiseKind,
    },
    /// `linalg.fill`
    Fill,
    /// `linalg.copy`
    Copy,
    /// `linalg.transpose`
    Transpose,
    /// `linalg.broadcast`
    Broadcast,
    /// `linalg.reduce`
    Reduce,
    /// `linalg.map`
    Map,
    /// `linalg.generic`
    Generic,
    /// A structured linalg op without a specific kind here (its name is in
    /// [`LinalgOp::name`]).
    Other,
}

impl OpKind {
    /// Classifies an op by its full name (`linalg.matmul`, ...). Returns `None`
    /// for names outside the `linalg` dialect.
    pub fn from_name(name: &str) -> Option<Self> {
        let short = name.strip_prefix("linalg.")?;
        let layout = |s: &str| {
            if s.contains("nchw_fchw") {
                ConvLayout::NchwFchw
            } else if s.contains("nhwc_hwcf") {
                ConvLayout::NhwcHwcf
            } else if s.contains("nhwc_fhwc") {
                ConvLayout::NhwcFhwc
            } else if s.contains("nchw") {
                ConvLayout::Nchw
            } else if s.contains("nhwc") {
                ConvLayout::Nhwc
            } else {
                ConvLayout::Other
            }
        };
        Some(match short {
            "matmul" => Self::Matmul,
            "batch_matmul" => Self::BatchMatmul,
            "matvec" | "vecmat" | "batch_matvec" | "batch_vecmat" => Self::Matvec,
            "dot" => Self::Dot,
            "fill" => Self::Fill,
            "copy" => Self::Copy,
            "transpose" => Self::Transpose,
            "broadcast" => Self::Broadcast,
            "reduce" => Self::Reduce,
            "map" => Self::Map,
            "generic" => Self::Generic,
            "add" => Self::Elementwise { op: ElementwiseKind::Add },
            "sub" => Self::Elementwise { op: ElementwiseKind::Sub },
            "mul" => Self::Elementwise { op: ElementwiseKind::Mul },
            "div" | "div_unsigned" => Self::Elementwise { op: ElementwiseKind::Div },
            "max" => Self::Elementwise { op: ElementwiseKind::Max },
            "min" => Self::Elementwise { op: ElementwiseKind::Min },
            "exp" | "log" | "abs" | "ceil" | "floor" | "negf" | "reciprocal" | "round" | "sqrt"
            | "rsqrt" | "square" | "tanh" | "erf" | "powf" | "select" => {
                Self::Elementwise { op: ElementwiseKind::Other }
            }
            s if s.starts_with("depthwise_conv_") => Self::DepthwiseConv { layout: layout(s) },
            s if s.starts_with("conv_2d") => Self::Conv2d { layout: layout(s) },
            s if s.starts_with("conv_") => Self::ConvOther,
            s if s.starts_with("pooling_") => {
                let kind = if s.contains("_max") {
                    PoolingKind::Max
                } else if s.contains("_min") {
                    PoolingKind::Min
                } else {
                    PoolingKind::Sum
                };
                Self::Pooling { kind, layout: layout(s) }
            }
            _ => Self::Other,
        })
    }
}

/// Counts of the arithmetic ops in an op's body (one iteration).
///
/// The first five are the seed's features (`+ - * / exp`); the rest make the
/// list complete enough to estimate FLOPs of any body.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct BodyOps {
    /// `arith.addf` / `arith.addi`
    pub add: u32,
    /// `arith.subf` / `arith.subi`
    pub sub: u32,
    /// `arith.mulf` / `arith.muli`
    pub mul: u32,
    /// `arith.divf` / `arith.divsi` / `arith.divui`
    pub div: u32,
    /// `math.exp`
    pub exp: u32,
    /// Maximum (`arith.maximumf`, `arith.maxnumf`, `arith.maxsi`, ...).
    pub max: u32,
    /// Minimum (`arith.minimumf`, ...).
    pub min: u32,
    /// Comparisons (`arith.cmpf`, `arith.cmpi`).
    pub cmp: u32,
    /// `arith.select`
    pub select: u32,
    /// Other `math.*` ops (`sqrt`, `tanh`, `log`, ...).
    pub math_other: u32,
    /// Other arithmetic ops (casts, negation, bit ops, ...).
    pub other: u32,
}

impl BodyOps {
    /// Records one body op by name; `linalg.yield`, `linalg.index` and
    /// constants count as nothing.
    pub fn record(&mut self, name: &str) {
        match name {
            "arith.addf" | "arith.addi" => self.add += 1,
            "arith.subf" | "arith.subi" => self.sub += 1,
            "arith.mulf" | "arith.muli" => self.mul += 1,
            "arith.divf" | "arith.divsi" | "arith.divui" => self.div += 1,
            "math.exp" => self.exp += 1,
            "arith.maximumf" | "arith.maxnumf" | "arith.maxsi" | "arith.maxui" => self.max += 1,
            "arith.minimumf" | "arith.minnumf" | "arith.minsi" | "arith.minui" => self.min += 1,
            "arith.cmpf" | "arith.cmpi" => self.cmp += 1,
            "arith.select" => self.select += 1,
            "linalg.yield" | "linalg.index" | "arith.constant" => {}
            n if n.starts_with("math.") => self.math_other += 1,
            _ => self.other += 1,
        }
    }

    /// Arithmetic operations per iteration (everything counted).
    pub fn total(&self) -> u32 {
        self.add
            + self.sub
            + self.mul
            + self.div
            + self.exp
            + self.max
            + self.min
            + self.cmp
            + self.select
            + self.math_other
            + self.other
    }
}

/// A producer/consumer link: `producer`'s result number `result` is used as
/// operand number `operand` of `consumer` (indices into [`Program::ops`]).
///
/// For memrefs, the producer of an operand is the last earlier op in the same
/// block that wrote the same buffer (as an init), and `result` is that init's
/// position among the producer's inits.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Edge {
    /// Index of the producing op.
    pub producer: usize,
    /// Result (or init) number on the producer.
    pub result: usize,
    /// Index of the consuming op.
    pub consumer: usize,
    /// Operand number on the consumer.
    pub operand: usize,
}

/// One `linalg` op of a program.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LinalgOp {
    /// Full op name, e.g. `linalg.matmul`.
    pub name: String,
    /// Classification by name.
    pub kind: OpKind,
    /// Stable handle `operation_<k>` (k = position in program order); the
    /// `tag` attribute of the op in [`Program::tagged_source`].
    pub tag: String,
    /// Loops of the iteration space, in the order of the indexing maps' dims.
    pub loops: Vec<Loop>,
    /// Operands: DPS inputs first, then inits.
    pub operands: Vec<Operand>,
    /// Arithmetic in the body.
    pub body: BodyOps,
    /// Whether MLIR's vectoriser accepts the op as it is (no tiling), found by
    /// applying `transform.structured.vectorize` to a copy of the module.
    /// `None` when the check was not run.
    pub vectorizable: Option<bool>,
    /// `true` when the op works on tensors (value semantics), `false` for memrefs.
    pub on_tensors: bool,
    /// Source line of the op (1-based), where known.
    pub line: Option<usize>,
}

impl LinalgOp {
    /// Whether every operand access is affine-linear in the loops (no
    /// `floordiv`/`mod`, as in an im2col gather). MLIR's tiling computes a
    /// tile's input slices from the access maps, which is wrong for
    /// non-linear ones, so such ops are not tiled or fused.
    pub fn has_linear_accesses(&self) -> bool {
        self.operands.iter().all(|o| o.access.dims.iter().all(|d| d.linear))
    }

    /// Per loop, whether a tile that does not divide it can be padded back
    /// to a whole tile (`transform.structured.pad`): the op works on tensors,
    /// the loop is parallel, and every operand dimension that depends on the
    /// loop is exactly that loop (no window sums such as `oh + kh`, no
    /// strides, no offsets). The padded lanes compute values that are sliced
    /// away, so any body is correct; reduction loops are never padded (a
    /// padded `max` or `mul` would change the result).
    ///
    /// ```
    /// let p = mlirrl_ir::parse_str(
    ///     "func.func @f(%a: tensor<127x61xf32>, %b: tensor<61x257xf32>, %c: tensor<127x257xf32>) -> tensor<127x257xf32> {
    ///        %r = linalg.matmul ins(%a, %b : tensor<127x61xf32>, tensor<61x257xf32>) outs(%c : tensor<127x257xf32>) -> tensor<127x257xf32>
    ///        return %r : tensor<127x257xf32>
    ///      }", "mm").unwrap();
    /// assert_eq!(p.ops[0].paddable_loops(), vec![true, true, false]);
    /// ```
    pub fn paddable_loops(&self) -> Vec<bool> {
        (0..self.num_loops())
            .map(|l| {
                self.on_tensors
                    && self.loops[l].iterator == IteratorKind::Parallel
                    && self.operands.iter().all(|o| {
                        o.access.dims.iter().all(|d| {
                            let c = d.coefficients.get(l).copied().unwrap_or(0);
                            c == 0
                                || (d.linear
                                    && c == 1
                                    && d.offset == 0
                                    && d.coefficients.iter().filter(|&&x| x != 0).count() == 1)
                        })
                    })
            })
            .collect()
    }

    /// Number of loops.
    pub fn num_loops(&self) -> usize {
        self.loops.len()
    }

    /// Product of the trip counts (saturating at `u64::MAX`).
    pub fn iterations(&self) -> u64 {
        saturating_product(self.loops.iter().map(|l| l.trip_count))
    }

    /// DPS inputs.
    pub fn inputs(&self) -> impl Iterator<Item = &Operand> {
        self.operands.iter().filter(|o| o.role == OperandRole::Input)
    }

    /// DPS inits.
    pub fn inits(&self) -> impl Iterator<Item = &Operand> {
        self.operands.iter().filter(|o| o.role == OperandRole::Init)
    }

    /// Arithmetic operations of the whole op: iterations times body ops.
    /// For `linalg.matmul` M x N x K this is 2·M·N·K.
    pub fn flops(&self) -> u64 {
        self.iterations().saturating_mul(u64::from(self.body.total()))
    }

    /// Bytes of all operands (each read or written once): the minimum traffic.
    pub fn bytes(&self) -> u64 {
        self.operands.iter().map(Operand::size_bytes).fold(0, u64::saturating_add)
    }
}

/// A parsed program: its linalg ops in program order with their graph.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Program {
    /// Where the program came from (file path or a caller-given name).
    pub name: String,
    /// Linalg ops in program order.
    pub ops: Vec<LinalgOp>,
    /// Producer/consumer edges between ops.
    pub edges: Vec<Edge>,
    /// The module re-printed with every linalg op carrying its `tag` attribute.
    pub tagged_source: String,
}

impl Program {
    /// Index of the op with the given tag.
    pub fn op_index(&self, tag: &str) -> Option<usize> {
        self.ops.iter().position(|op| op.tag == tag)
    }

    /// Edges whose consumer is op `index`.
    pub fn producers_of(&self, index: usize) -> impl Iterator<Item = &Edge> {
        self.edges.iter().filter(move |e| e.consumer == index)
    }

    /// Edges whose producer is op `index`.
    pub fn consumers_of(&self, index: usize) -> impl Iterator<Item = &Edge> {
        self.edges.iter().filter(move |e| e.producer == index)
    }

    /// Total arithmetic operations of all ops.
    pub fn flops(&self) -> u64 {
        self.ops.iter().map(LinalgOp::flops).fold(0, u64::saturating_add)
    }
}

/// Product that saturates at `u64::MAX` instead of overflowing (shapes of
/// hostile inputs can be huge).
pub fn saturating_product(values: impl IntoIterator<Item = u64>) -> u64 {
    values.into_iter().fold(1, u64::saturating_mul)
}

/// 64-bit FNV-1a: a small, stable, dependency-free hash (stable across Rust
/// versions, unlike `DefaultHasher`) for short identifiers such as the
/// machine fingerprint; cache keys use `mlirrl_util::hash::content_hash`.
pub fn fnv1a(bytes: &[u8]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        hash ^= u64::from(b);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    hash
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classifies_named_ops() {
        assert_eq!(OpKind::from_name("linalg.matmul"), Some(OpKind::Matmul));
        assert_eq!(
            OpKind::from_name("linalg.conv_2d_nhwc_fhwc"),
            Some(OpKind::Conv2d { layout: ConvLayout::NhwcFhwc })
        );
        assert_eq!(
            OpKind::from_name("linalg.depthwise_conv_2d_nhwc_hwc"),
            Some(OpKind::DepthwiseConv { layout: ConvLayout::Nhwc })
        );
        assert_eq!(
            OpKind::from_name("linalg.pooling_nchw_max"),
            Some(OpKind::Pooling { kind: PoolingKind::Max, layout: ConvLayout::Nchw })
        );
        assert_eq!(
            OpKind::from_name("linalg.pooling_nhwc_sum"),
            Some(OpKind::Pooling { kind: PoolingKind::Sum, layout: ConvLayout::Nhwc })
        );
        assert_eq!(OpKind::from_name("linalg.mmt4d"), Some(OpKind::Other));
        assert_eq!(OpKind::from_name("arith.addf"), None);
    }

    #[test]
    fn affine_rendering() {
        let map = AccessMap {
            dims: vec![
                AccessDim { coefficients: vec![0, 2, 0, 1], offset: 0, linear: true },
                AccessDim { coefficients: vec![1, 0, 0, 0], offset: -1, linear: true },
                AccessDim { coefficients: vec![0, 0, 0, 0], offset: 0, linear: true },
            ],
        };
        assert_eq!(map.to_affine_string(), "(d1 * 2 + d3, d0 - 1, 0)");
    }

    #[test]
    fn body_counts() {
        let mut b = BodyOps::default();
        for n in ["arith.mulf", "arith.addf", "linalg.yield", "math.tanh", "arith.extf"] {
            b.record(n);
        }
        assert_eq!((b.add, b.mul, b.math_other, b.other, b.total()), (1, 1, 1, 1, 4));
    }
}
