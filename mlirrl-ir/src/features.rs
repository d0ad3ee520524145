//! Feature extraction: one op of a [`Program`] to a fixed-size `f32` vector.
//!
//! [`SeedFeatures`] follows the layout of the original research system's op
//! features, with its sizes as configuration:
//!
//! | part | size |
//! |---|---|
//! | op-type one-hot `[generic, matmul, conv, pooling, add, other]` | 6 |
//! | loop trip counts, normalised, zero-padded | L |
//! | iterator flags (1 parallel, 0 reduction or padding) | L |
//! | load access tensor `[LS][LSD][L]` (coefficient of loop l in dim d of input a) | LS·LSD·L |
//! | store access tensor, same shape, for inits | LS·LSD·L |
//! | body op counts `+ - * / exp` (raw) | 5 |
//!
//! With L = LS = LSD = 7 that is 711 values, as in the seed. Unlike the seed,
//! coefficients are read from MLIR's affine expressions, so `d0 - 1` gives
//! coefficient +1 (and offset -1) and `2 * d1` gives 2; and limits are errors,
//! never silent truncation.

use crate::{
    error::FeatureError,
    model::{ElementwiseKind, LinalgOp, OpKind, OperandRole, Program},
};
use serde::{Deserialize, Serialize};

/// Turns one op of a program into a fixed-size observation.
///
/// This is the seam for researchers who want different op features: the
/// environment asks the extractor which ops it can describe ([`check`]),
/// reads the features of the op being scheduled and of its producer
/// ([`extract_into`]), and the models size their input layer from
/// [`dim`] and, for encoders that attend over loops, [`loop_tokens`].
///
/// ```
/// use mlirrl_ir::{FeatureError, FeatureExtractor, Program, parse_str};
///
/// /// Trip counts of the first four loops, log-scaled.
/// struct TripCounts;
///
/// impl FeatureExtractor for TripCounts {
///     fn dim(&self) -> usize {
///         4
///     }
///     fn extract_into(&self, p: &Program, op: usize, out: &mut [f32]) -> Result<(), FeatureError> {
///         let op = p.ops.get(op).ok_or(FeatureError::NoSuchOp { index: op, len: p.ops.len() })?;
///         out.fill(0.0);
///         for (o, l) in out.iter_mut().zip(&op.loops) {
///             *o = (l.trip_count as f32).log2();
///         }
///         Ok(())
///     }
/// }
///
/// let program = parse_str(&mlirrl_ir::builders::matmul(64, 32, 16, "f32"), "mm").unwrap();
/// assert_eq!(TripCounts.extract(&program, 0).unwrap(), vec![6.0, 5.0, 4.0, 0.0]);
/// ```
///
/// [`check`]: FeatureExtractor::check
/// [`extract_into`]: FeatureExtractor::extract_into
/// [`dim`]: FeatureExtractor::dim
/// [`loop_tokens`]: FeatureExtractor::loop_tokens
pub trait FeatureExtractor {
    /// Length of every vector this extractor produces.
    fn dim(&self) -> usize;

    /// Writes the features of `program.ops[op]` into `out` (`out.len() == dim()`).
    fn extract_into(
        &self,
        program: &Program,
        op: usize,
        out: &mut [f32],
    ) -> Result<(), FeatureError>;

    /// Whether this extractor can describe `op` (the environment schedules
    /// only ops that pass); the error says which limit the op exceeds.
    /// Extractors without limits keep the default, which accepts every op.
    fn check(&self, op: &LinalgOp) -> Result<(), FeatureError> {
        let _ = op;
        Ok(())
    }

    /// How one op's features split into per-loop tokens, for encoders that
    /// attend over loops (the transformer); `None` (the default) when the
    /// vector has no such structure, and only the LSTM encoder can read it.
    fn loop_tokens(&self) -> Option<LoopTokens> {
        None
    }

    /// The features of `program.ops[op]` as a new vector.
    fn extract(&self, program: &Program, op: usize) -> Result<Vec<f32>, FeatureError> {
        let mut out = vec![0.0; self.dim()];
        self.extract_into(program, op, &mut out)?;
        Ok(out)
    }
}

/// The per-loop token structure of an op's feature vector: token `i` of an
/// op is `features[indices[i * width + j]]` for `j < width`. Loop `i` of an
/// op with fewer than `loops` loops is padding (the models mask it).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LoopTokens {
    /// Token slots (the most loops an op can have).
    pub loops: usize,
    /// Values per token.
    pub width: usize,
    /// Indices into the feature vector, `loops × width`, row-major.
    pub indices: Vec<usize>,
}

impl LoopTokens {
    /// Checks the shape and that every index is below `dim`.
    pub fn validate(&self, dim: usize) -> Result<(), String> {
        if self.loops == 0 || self.width == 0 {
            return Err("loop tokens need at least one loop and one value".into());
        }
        if self.indices.len() != self.loops * self.width {
            return Err(format!(
                "{} token indices for {} loops of width {}",
                self.indices.len(),
                self.loops,
                self.width
            ));
        }
        if let Some(i) = self.indices.iter().find(|&&i| i >= dim) {
            return Err(format!("token index {i} is outside the {dim} features"));
        }
        Ok(())
    }
}

/// How trip counts are normalised.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BoundNorm {
    /// `trip / scale` (the seed used 4096).
    Max(f32),
    /// `log2(trip)`.
    Log2,
    /// Raw trip count.
    None,
}

/// Sizes of [`SeedFeatures`].
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FeatureConfig {
    /// L: loops per op.
    pub max_loops: usize,
    /// LS: inputs (and, separately, inits) per op.
    pub max_accesses: usize,
    /// LSD: rank of an operand.
    pub max_access_rank: usize,
    /// Trip-count normalisation.
    pub bound_norm: BoundNorm,
}

impl Default for FeatureConfig {
    fn default() -> Self {
        Self {
            max_loops: 7,
            max_accesses: 7,
            max_access_rank: 7,
            bound_norm: BoundNorm::Max(4096.0),
        }
    }
}

/// Number of op-type categories in the one-hot.
pub const OP_TYPES: usize = 6;
/// Number of body op counts.
pub const OP_COUNTS: usize = 5;

/// The seed's op-type category of an op: 0 generic, 1 matmul, 2 conv,
/// 3 pooling, 4 add, 5 other.
pub fn op_type_index(kind: &OpKind) -> usize {
    match kind {
        OpKind::Generic => 0,
        OpKind::Matmul | OpKind::BatchMatmul | OpKind::Matvec | OpKind::Dot => 1,
        OpKind::Conv2d { .. } | OpKind::DepthwiseConv { .. } | OpKind::ConvOther => 2,
        OpKind::Pooling { .. } => 3,
        OpKind::Elementwise { op: ElementwiseKind::Add } => 4,
        _ => 5,
    }
}

/// The default extractor (see the module docs for the layout).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SeedFeatures {
    /// Sizes and normalisation.
    pub config: FeatureConfig,
}

impl SeedFeatures {
    /// An extractor with the given sizes.
    pub fn new(config: FeatureConfig) -> Self {
        Self { config }
    }

    fn access_block(&self) -> usize {
        self.config.max_accesses * self.config.max_access_rank * self.config.max_loops
    }

    fn normalise(&self, trip: u64) -> f32 {
        match self.config.bound_norm {
            BoundNorm::Max(scale) => trip as f32 / scale,
            BoundNorm::Log2 => (trip.max(1) as f32).log2(),
            BoundNorm::None => trip as f32,
        }
    }
}

impl FeatureExtractor for SeedFeatures {
    fn dim(&self) -> usize {
        OP_TYPES + 2 * self.config.max_loops + 2 * self.access_block() + OP_COUNTS
    }

    fn check(&self, op: &LinalgOp) -> Result<(), FeatureError> {
        let c = &self.config;
        if op.num_loops() > c.max_loops {
            return Err(FeatureError::TooManyLoops {
                tag: op.tag.clone(),
                name: op.name.clone(),
                loops: op.num_loops(),
                max: c.max_loops,
            });
        }
        for (what, count) in [("loads", op.inputs().count()), ("stores", op.inits().count())] {
            if count > c.max_accesses {
                return Err(FeatureError::TooManyAccesses {
                    tag: op.tag.clone(),
                    name: op.name.clone(),
                    what,
                    count,
                    max: c.max_accesses,
                });
            }
        }
        if let Some(rank) =
            op.operands.iter().map(|o| o.access.rank()).find(|&r| r > c.max_access_rank)
        {
            return Err(FeatureError::AccessRankTooHigh {
                tag: op.tag.clone(),
                name: op.name.clone(),
                rank,
                max: c.max_access_rank,
            });
        }
        Ok(())
    }

    /// One token per loop: its trip count and iterator flag, its column
    /// of every load and store access matrix, the op-type one-hot and the
    /// body op counts.
    fn loop_tokens(&self) -> Option<LoopTokens> {
        let c = &self.config;
        let (l, ls, lsd) = (c.max_loops, c.max_accesses, c.max_access_rank);
        let loads = OP_TYPES + 2 * l;
        let stores = loads + self.access_block();
        let counts = stores + self.access_block();
        let mut indices = Vec::new();
        for loop_index in 0..l {
            indices.push(OP_TYPES + loop_index);
            indices.push(OP_TYPES + l + loop_index);
            for base in [loads, stores] {
                for a in 0..ls {
                    for d in 0..lsd {
                        indices.push(base + a * lsd * l + d * l + loop_index);
                    }
                }
            }
            indices.extend(0..OP_TYPES);
            indices.extend(counts..counts + OP_COUNTS);
        }
        let width = 2 + 2 * ls * lsd + OP_TYPES + OP_COUNTS;
        Some(LoopTokens { loops: l, width, indices })
    }

    fn extract_into(
        &self,
        program: &Program,
        index: usize,
        out: &mut [f32],
    ) -> Result<(), FeatureError> {
        let op = program
            .ops
            .get(index)
            .ok_or(FeatureError::NoSuchOp { index, len: program.ops.len() })?;
        self.check(op)?;
        assert_eq!(out.len(), self.dim(), "output slice must have length dim()");
        out.fill(0.0);
        let (l, lsd) = (self.config.max_loops, self.config.max_access_rank);

        out[op_type_index(&op.kind)] = 1.0;
        let bounds = OP_TYPES;
        let iters = bounds + l;
        for (i, lp) in op.loops.iter().enumerate() {
            out[bounds + i] = self.normalise(lp.trip_count);
            out[iters + i] = if lp.iterator == crate::IteratorKind::Parallel { 1.0 } else { 0.0 };
        }
        let loads = iters + l;
        let stores = loads + self.access_block();
        for (role, base) in [(OperandRole::Input, loads), (OperandRole::Init, stores)] {
            for (a, operand) in op.operands.iter().filter(|o| o.role == role).enumerate() {
                for (d, dim) in operand.access.dims.iter().enumerate() {
                    for (lp, &c) in dim.coefficients.iter().enumerate() {
                        out[base + a * lsd * l + d * l + lp] = c as f32;
                    }
                }
            }
        }
        let counts = stores + self.access_block();
        let b = &op.body;
        for (i, v) in [b.add, b.sub, b.mul, b.div, b.exp].into_iter().enumerate() {
            out[counts + i] = v as f32;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::*;

    fn dim(coefficients: Vec<i64>, offset: i64) -> AccessDim {
        AccessDim { coefficients, offset, linear: true }
    }

    fn matmul() -> Program {
        let operand = |role, shape: Vec<u64>, dims| Operand {
            role,
            shape,
            element_type: ElementType::F32,
            is_tensor: true,
            access: AccessMap { dims },
        };
        let op = LinalgOp {
            name: "linalg.matmul".into(),
            kind: OpKind::Matmul,
            tag: "operation_0".into(),
            loops: vec![
                Loop { trip_count: 128, iterator: IteratorKind::Parallel },
                Loop { trip_count: 64, iterator: IteratorKind::Parallel },
                Loop { trip_count: 768, iterator: IteratorKind::Reduction },
            ],
            operands: vec![
                operand(
                    OperandRole::Input,
                    vec![128, 768],
                    vec![dim(vec![1, 0, 0], 0), dim(vec![0, 0, 1], 0)],
                ),
                operand(
                    OperandRole::Input,
                    vec![768, 64],
                    vec![dim(vec![0, 0, 1], 0), dim(vec![0, 1, 0], 0)],
                ),
                operand(
                    OperandRole::Init,
                    vec![128, 64],
                    vec![dim(vec![1, 0, 0], 0), dim(vec![0, 1, 0], 0)],
                ),
            ],
            body: BodyOps { add: 1, mul: 1, ..Default::default() },
            vectorizable: Some(true),
            on_tensors: true,
            line: None,
        };
        Program { name: "t".into(), ops: vec![op], edges: vec![], tagged_source: String::new() }
    }

    #[test]
    fn seed_size_is_711() {
        assert_eq!(SeedFeatures::default().dim(), 711);
    }

    #[test]
    fn matmul_worked_example() {
        // The seed's worked example for a 128x768 by 768x64 matmul.
        let f = SeedFeatures::default().extract(&matmul(), 0).unwrap();
        assert_eq!(&f[..6], &[0., 1., 0., 0., 0., 0.]);
        assert_eq!(&f[6..9], &[0.03125, 0.015625, 0.1875]);
        assert_eq!(&f[13..16], &[1., 1., 0.]);
        let loads = 20;
        // load 0: row 0 -> d0, row 1 -> d2
        assert_eq!(f[loads], 1.0);
        assert_eq!(f[loads + 7 + 2], 1.0);
        // load 1: row 0 -> d2, row 1 -> d1
        assert_eq!(f[loads + 49 + 2], 1.0);
        assert_eq!(f[loads + 49 + 7 + 1], 1.0);
        let stores = loads + 343;
        assert_eq!(f[stores], 1.0);
        assert_eq!(f[stores + 7 + 1], 1.0);
        assert_eq!(&f[706..], &[1., 0., 1., 0., 0.]);
        let ones = f.iter().filter(|&&v| v == 1.0).count();
        assert_eq!(ones, 1 + 2 + 6 + 2);
    }

    #[test]
    fn negative_and_strided_coefficients() {
        let mut p = matmul();
        p.ops[0].operands[0].access.dims[0] = dim(vec![2, 0, -1], 3);
        let f = SeedFeatures::default().extract(&p, 0).unwrap();
        assert_eq!(f[20], 2.0);
        assert_eq!(f[22], -1.0);
    }

    #[test]
    fn limits_are_errors() {
        let small = SeedFeatures::new(FeatureConfig { max_loops: 2, ..Default::default() });
        assert!(matches!(
            small.extract(&matmul(), 0),
            Err(FeatureError::TooManyLoops { loops: 3, .. })
        ));
        let narrow = SeedFeatures::new(FeatureConfig { max_access_rank: 1, ..Default::default() });
        assert!(matches!(
            narrow.extract(&matmul(), 0),
            Err(FeatureError::AccessRankTooHigh { .. })
        ));
        let few = SeedFeatures::new(FeatureConfig { max_accesses: 1, ..Default::default() });
        assert!(matches!(
            few.extract(&matmul(), 0),
            Err(FeatureError::TooManyAccesses { what: "loads", .. })
        ));
        assert!(matches!(
            SeedFeatures::default().extract(&matmul(), 3),
            Err(FeatureError::NoSuchOp { .. })
        ));
    }
}
