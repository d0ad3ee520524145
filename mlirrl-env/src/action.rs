//! The action space: what the agent may do to one op, how a multi-discrete
//! network output decodes into an [`Action`], and the legality masks.
//!
//! Layout (L = `max_loops`, M = `num_tile_sizes`):
//!
//! | head | choices | meaning |
//! |---|---|---|
//! | selection | 6 | `NT, T, TP, TPF, I, V` |
//! | tiling `T` | L rows of M+1 | per loop: 0 = untiled, p ≥ 1 = tile size 2^(p-1) |
//! | `TP` | L rows of M+1 | same, parallel tiling (`scf.forall`) |
//! | `TPF` | L rows of M+1 | same, parallel tiling with the producer fused in |
//! | interchange `I` | L | level pointer: which loop goes to the next position |
//!
//! A raw action is `[selection, T params (L), TP params (L), TPF params (L),
//! I pointer]` (length 3L+2); only the selected action's parameters count.
//! Interchange takes one policy step per loop position ("level pointers"), so
//! every permutation, the identity included, is reachable.
//!
//! To add an action (unrolling, padding, ...): add an [`ActionKind`], its
//! parameter head in [`ActionSpace::spec`], its mask and decoding here, and its
//! script in `script.rs`. The PPO crate only sees the sizes in
//! [`ActionSpaceSpec`].

use serde::{Deserialize, Serialize};
use std::fmt;

/// The kinds of action, in selection-head order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ActionKind {
    /// Leave the op as it is (terminal).
    NoTransformation,
    /// `tile_using_for`.
    Tiling,
    /// `tile_using_forall` on parallel loops, `tile_using_for` on reductions.
    TiledParallelization,
    /// Like `TiledParallelization`, with the op's producer fused into the
    /// parallel loop.
    TiledFusion,
    /// Loop interchange (one level pointer per step).
    Interchange,
    /// `structured.vectorize` (with decomposition of 2-D windows first; terminal).
    Vectorization,
    /// `structured.convert_conv2d_to_img2col`: a convolution becomes an
    /// im2col gather plus a matmul-like contraction, which the op's later
    /// actions schedule. Chosen by the agent as an op's first action when
    /// [`ActionSpaceConfig::img2col_action`] is on; the environment can also
    /// apply it to every convolution before scheduling
    /// ([`crate::EnvConfig::img2col`]).
    Img2col,
}

impl ActionKind {
    /// The kinds the agent selects from, in selection-head order.
    pub const ALL: [ActionKind; 6] = [
        Self::NoTransformation,
        Self::Tiling,
        Self::TiledParallelization,
        Self::TiledFusion,
        Self::Interchange,
        Self::Vectorization,
    ];

    /// Index in the selection head. [`ActionKind::Img2col`] comes after
    /// [`ActionKind::ALL`] (index 6), in spaces that offer it.
    pub fn index(self) -> usize {
        Self::ALL.iter().position(|&k| k == self).unwrap_or(Self::ALL.len())
    }

    /// The short symbol used in canonical schedules and order rules.
    pub fn symbol(self) -> &'static str {
        match self {
            Self::NoTransformation => "NT",
            Self::Tiling => "T",
            Self::TiledParallelization => "TP",
            Self::TiledFusion => "TPF",
            Self::Interchange => "I",
            Self::Vectorization => "V",
            Self::Img2col => "IC",
        }
    }

    /// Parses a symbol (`NT`, `T`, ...).
    pub fn from_symbol(s: &str) -> Option<Self> {
        Self::ALL.into_iter().chain([Self::Img2col]).find(|k| k.symbol() == s)
    }

    /// Whether choosing it ends the op's schedule.
    pub fn is_terminal(self) -> bool {
        matches!(self, Self::NoTransformation | Self::Vectorization)
    }

    /// Whether it is one of the tiling kinds.
    pub fn is_tiling(self) -> bool {
        matches!(self, Self::Tiling | Self::TiledParallelization | Self::TiledFusion)
    }
}

/// One transformation of one op, with its parameters.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "action", rename_all = "snake_case")]
pub enum Action {
    /// Leave the op as it is.
    NoTransformation,
    /// Tile every loop with a non-zero size (`scf.for`).
    Tiling {
        /// Tile size per loop; 0 = not tiled.
        sizes: Vec<u64>,
    },
    /// Tile parallel loops with `scf.forall` (OpenMP) and reduction loops with `scf.for`.
    TiledParallelization {
        /// Tile size per loop; 0 = not tiled.
        sizes: Vec<u64>,
    },
    /// Parallel tiling with the op's producer fused into the `scf.forall`.
    TiledFusion {
        /// Tile size per loop; 0 = not tiled.
        sizes: Vec<u64>,
        /// Tag of the producer that is fused.
        producer: String,
    },
    /// Permute the loops: new loop `i` is old loop `permutation[i]`.
    Interchange {
        /// The permutation.
        permutation: Vec<usize>,
    },
    /// Vectorise the op.
    Vectorization,
    /// Rewrite a convolution as im2col + contraction (see [`ActionKind::Img2col`]).
    Img2col,
}

impl Action {
    /// The kind.
    pub fn kind(&self) -> ActionKind {
        match self {
            Self::NoTransformation => ActionKind::NoTransformation,
            Self::Tiling { .. } => ActionKind::Tiling,
            Self::TiledParallelization { .. } => ActionKind::TiledParallelization,
            Self::TiledFusion { .. } => ActionKind::TiledFusion,
            Self::Interchange { .. } => ActionKind::Interchange,
            Self::Vectorization => ActionKind::Vectorization,
            Self::Img2col => ActionKind::Img2col,
        }
    }

    /// Tile sizes of a tiling action.
    pub fn tile_sizes(&self) -> Option<&[u64]> {
        match self {
            Self::Tiling { sizes }
            | Self::TiledParallelization { sizes }
            | Self::TiledFusion { sizes, .. } => Some(sizes),
            _ => None,
        }
    }
}

impl fmt::Display for Action {
    /// The canonical form: `T(32,0,64)`, `TPF(operation_0;16,32,0)`, `I(1,0,2)`, `V()`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let join = |v: &mut dyn Iterator<Item = String>| v.collect::<Vec<_>>().join(",");
        match self {
            Self::NoTransformation => write!(f, "NT()"),
            Self::Vectorization => write!(f, "V()"),
            Self::Img2col => write!(f, "IC()"),
            Self::Tiling { sizes } => {
                write!(f, "T({})", join(&mut sizes.iter().map(u64::to_string)))
            }
            Self::TiledParallelization { sizes } => {
                write!(f, "TP({})", join(&mut sizes.iter().map(u64::to_string)))
            }
            Self::TiledFusion { sizes, producer } => {
                write!(f, "TPF({producer};{})", join(&mut sizes.iter().map(u64::to_string)))
            }
            Self::Interchange { permutation } => {
                write!(f, "I({})", join(&mut permutation.iter().map(usize::to_string)))
            }
        }
    }
}

/// Error parsing the canonical text of an action.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("invalid action `{text}`: {reason}")]
pub struct ParseActionError {
    /// The text.
    pub text: String,
    /// Why.
    pub reason: String,
}

impl std::str::FromStr for Action {
    type Err = ParseActionError;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let err = |reason: &str| ParseActionError { text: text.into(), reason: reason.into() };
        let open = text.find('(').ok_or_else(|| err("missing `(`"))?;
        let body = text[open + 1..].strip_suffix(')').ok_or_else(|| err("missing `)`"))?;
        let kind =
            ActionKind::from_symbol(&text[..open]).ok_or_else(|| err("unknown action symbol"))?;
        let numbers = |s: &str| -> Result<Vec<u64>, ParseActionError> {
            if s.is_empty() {
                return Ok(Vec::new());
            }
            s.split(',').map(|n| n.trim().parse::<u64>().map_err(|_| err("bad number"))).collect()
        };
        Ok(match kind {
            ActionKind::NoTransformation if body.is_empty() => Self::NoTransformation,
            ActionKind::Vectorization if body.is_empty() => Self::Vectorization,
            ActionKind::Img2col if body.is_empty() => Self::Img2col,
            ActionKind::NoTransformation | ActionKind::Vectorization | ActionKind::Img2col => {
                return Err(err("takes no parameters"));
            }
            ActionKind::Tiling => Self::Tiling { sizes: numbers(body)? },
            ActionKind::TiledParallelization => {
                Self::TiledParallelization { sizes: numbers(body)? }
            }
            ActionKind::TiledFusion => {
                let (producer, sizes) =
                    body.split_once(';').ok_or_else(|| err("expected `producer;sizes`"))?;
                if producer.is_empty() {
                    return Err(err("empty producer tag"));
                }
                Self::TiledFusion { sizes: numbers(sizes)?, producer: producer.into() }
            }
            ActionKind::Interchange => {
                let permutation: Vec<usize> =
                    numbers(body)?.into_iter().map(|n| n as usize).collect();
                let mut seen = vec![false; permutation.len()];
                for &p in &permutation {
                    if p >= seen.len() || std::mem::replace(&mut seen[p], true) {
                        return Err(err("not a permutation"));
                    }
                }
                Self::Interchange { permutation }
            }
        })
    }
}

/// Settings of the action space.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct ActionSpaceConfig {
    /// L: loops per op the heads cover (ops with more loops are not scheduled).
    pub max_loops: usize,
    /// M: tile sizes 1, 2, 4, ..., 2^(M-1).
    pub num_tile_sizes: usize,
    /// Vectorisation is allowed only when the product of the op's current
    /// trip counts is at most this.
    pub vect_size_limit: u64,
    /// Most recorded actions per op (interchange sub-steps count as one).
    pub truncate: usize,
    /// Allowed kinds per step index, as symbols. An empty list allows all; a
    /// list starting with `!` allows all but the listed. Steps beyond the list
    /// allow all.
    pub order: Vec<Vec<String>>,
    /// Tile sizes must divide the loop's trip count. When off, `T` and `TP`
    /// also offer powers of two that do not divide a loop, on the loops whose
    /// partial last tile padding can make whole
    /// ([`mlirrl_ir::LinalgOp::paddable_loops`]: parallel loops that every
    /// operand indexes by that loop alone); the tiled op is then padded with
    /// zeros to whole tiles (`transform.structured.pad`), so odd sizes
    /// (primes, 7x7 feature maps) still get full-width vectors. Offered on
    /// contractions only (a reduction loop and a multiply: an elementwise
    /// op gains nothing from padding its single read). Reduction
    /// loops and tiled fusion always need divisors. Off by default; stored
    /// configurations written with `true` keep the seed's divisor-only rule.
    pub require_divisible_tiles: bool,
    /// Offer im2col (`IC`) as an op's first action on the 2-D convolutions
    /// it helps (NCHW/FCHW, NHWC/HWCF, NHWC/FHWC): a seventh selection.
    /// On by default; a configuration or checkpoint written without this
    /// key keeps its six-way selection head (the key defaults to off there).
    #[serde(default = "off")]
    pub img2col_action: bool,
}

fn off() -> bool {
    false
}

impl Default for ActionSpaceConfig {
    fn default() -> Self {
        let s = |v: &[&str]| v.iter().map(|x| x.to_string()).collect::<Vec<_>>();
        Self {
            max_loops: 7,
            num_tile_sizes: 7,
            vect_size_limit: 512,
            truncate: 5,
            order: vec![s(&["I"]), s(&["!", "I", "NT"]), s(&["!", "I"]), s(&["V", "NT"])],
            require_divisible_tiles: false,
            img2col_action: true,
        }
    }
}

/// One parameter head: `rows` independent categoricals of `choices` each.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ParamHead {
    /// Name (`T`, `TP`, ...).
    pub name: String,
    /// Independent categoricals.
    pub rows: usize,
    /// Choices per categorical.
    pub choices: usize,
}

/// Sizes of the multi-discrete action space, as plain numbers for the model
/// and PPO crates.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ActionSpaceSpec {
    /// Choices of the selection head.
    pub selection: usize,
    /// Parameter heads.
    pub heads: Vec<ParamHead>,
    /// For each selection choice, the parameter head that counts (if any).
    pub head_of_selection: Vec<Option<usize>>,
}

impl ActionSpaceSpec {
    /// Length of the mask: selection plus every head's rows × choices.
    pub fn mask_len(&self) -> usize {
        self.selection + self.heads.iter().map(|h| h.rows * h.choices).sum::<usize>()
    }

    /// Length of a raw action: selection plus every head's rows.
    pub fn raw_len(&self) -> usize {
        1 + self.heads.iter().map(|h| h.rows).sum::<usize>()
    }
}

/// What the mask needs to know about the op being scheduled.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OpView {
    /// Current trip counts.
    pub trip_counts: Vec<u64>,
    /// Parallel flag per loop.
    pub parallel: Vec<bool>,
    /// Tag of the producer that tiled fusion would fuse, if any.
    pub producer: Option<String>,
    /// Whether im2col applies to the op (a supported 2-D convolution).
    pub im2col: bool,
    /// Whether the op may be tiled: false when an access map is non-linear
    /// (`floordiv`/`mod`), for which MLIR computes wrong tile slices.
    pub tileable: bool,
    /// Per loop, whether the agent may leave a partial tile to be padded to
    /// a whole one ([`mlirrl_ir::LinalgOp::paddable_loops`]; the environment
    /// offers it on contractions only, where the copies pay back).
    pub paddable: Vec<bool>,
}

/// The state of the op's schedule that masks depend on.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct OpProgress {
    /// Completed actions on this op.
    pub actions: Vec<Action>,
    /// Level pointers chosen so far for an interchange in progress.
    pub pending_interchange: Vec<usize>,
}

impl OpProgress {
    /// Whether any tiling kind was applied.
    pub fn tiled(&self) -> bool {
        self.actions.iter().any(|a| a.kind().is_tiling())
    }
}

/// The action space: config plus the derived sizes.
#[derive(Clone, Debug, PartialEq)]
pub struct ActionSpace {
    /// Settings.
    pub config: ActionSpaceConfig,
}

/// Why a raw action could not be decoded.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DecodeError {
    /// Wrong length.
    #[error("raw action has {got} entries, expected {expected}")]
    Length {
        /// Got.
        got: usize,
        /// Expected.
        expected: usize,
    },
    /// The selection or a parameter is masked out.
    #[error("illegal action: {0}")]
    Illegal(String),
}

/// Result of decoding one policy step.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Decoded {
    /// A complete action.
    Action(Action),
    /// One more interchange level pointer; the permutation is not complete.
    InterchangeStep(usize),
}

impl ActionSpace {
    /// A space with the given settings.
    pub fn new(config: ActionSpaceConfig) -> Self {
        Self { config }
    }

    /// The head sizes.
    pub fn spec(&self) -> ActionSpaceSpec {
        let (l, m) = (self.config.max_loops, self.config.num_tile_sizes);
        let tiling = |name: &str| ParamHead { name: name.into(), rows: l, choices: m + 1 };
        let mut head_of_selection = vec![None, Some(0), Some(1), Some(2), Some(3), None];
        if self.config.img2col_action {
            head_of_selection.push(None);
        }
        ActionSpaceSpec {
            selection: self.kinds().len(),
            heads: vec![
                tiling("T"),
                tiling("TP"),
                tiling("TPF"),
                ParamHead { name: "I".into(), rows: 1, choices: l },
            ],
            head_of_selection,
        }
    }

    /// The kinds of the selection head, in order: [`ActionKind::ALL`], then
    /// [`ActionKind::Img2col`] when offered.
    pub fn kinds(&self) -> Vec<ActionKind> {
        let mut kinds = ActionKind::ALL.to_vec();
        if self.config.img2col_action {
            kinds.push(ActionKind::Img2col);
        }
        kinds
    }

    /// Tile size of parameter index `p` (0 = untiled).
    pub fn tile_size(p: usize) -> u64 {
        if p == 0 { 0 } else { 1u64 << (p - 1) }
    }

    /// Parameter index of a tile size, if representable.
    pub fn tile_index(&self, size: u64) -> Option<usize> {
        if size == 0 {
            return Some(0);
        }
        (size.is_power_of_two() && (size.trailing_zeros() as usize) < self.config.num_tile_sizes)
            .then(|| size.trailing_zeros() as usize + 1)
    }

    /// Whether tile size index `p` is legal for a loop of `trip` iterations;
    /// `paddable` says whether a partial last tile on this loop can be
    /// padded to a whole one (see [`ActionSpaceConfig::require_divisible_tiles`]).
    fn tile_allowed(&self, p: usize, trip: u64, paddable: bool) -> bool {
        if p == 0 {
            return true;
        }
        let size = Self::tile_size(p);
        if size >= trip {
            return false;
        }
        // The seed's rule: powers of two that divide the bound, stopping
        // at the first that does not.
        let divides =
            (1..=p).all(|q| trip.is_multiple_of(Self::tile_size(q)) && Self::tile_size(q) < trip);
        divides || (paddable && !self.config.require_divisible_tiles)
    }

    fn kind_allowed_by_order(&self, kind: ActionKind, step: usize) -> bool {
        let Some(rule) = self.config.order.get(step) else { return true };
        if rule.is_empty() {
            return true;
        }
        if rule[0] == "!" {
            !rule[1..].iter().any(|s| s == kind.symbol())
        } else {
            rule.iter().any(|s| s == kind.symbol())
        }
    }

    /// The legality mask: `mask_len()` booleans (selection, then each head).
    /// An op with no legal choice gets only `NoTransformation`.
    pub fn mask(&self, op: &OpView, progress: &OpProgress) -> Vec<bool> {
        let spec = self.spec();
        let (l, m) = (self.config.max_loops, self.config.num_tile_sizes);
        let n = op.trip_counts.len();
        let mut mask = vec![false; spec.mask_len()];
        let mut offsets = Vec::new();
        let mut off = spec.selection;
        for h in &spec.heads {
            offsets.push(off);
            off += h.rows * h.choices;
        }

        let step = progress.actions.len();
        if !progress.pending_interchange.is_empty() {
            mask[ActionKind::Interchange.index()] = true;
        } else {
            if self.config.img2col_action {
                // An op's first action, outside the order rules: the op it
                // leaves (the contraction) starts its own schedule.
                mask[ActionKind::Img2col.index()] = op.im2col && progress.actions.is_empty();
            }
            for kind in ActionKind::ALL {
                let allowed = self.kind_allowed_by_order(kind, step)
                    && match kind {
                        ActionKind::NoTransformation => true,
                        ActionKind::Tiling => n > 0 && op.tileable,
                        ActionKind::TiledParallelization => {
                            !progress.tiled() && op.tileable && op.parallel.iter().any(|&p| p)
                        }
                        ActionKind::TiledFusion => {
                            !progress.tiled()
                                && op.tileable
                                && op.producer.is_some()
                                && op.parallel.iter().any(|&p| p)
                        }
                        ActionKind::Interchange => n > 0,
                        ActionKind::Vectorization => {
                            mlirrl_ir::saturating_product(op.trip_counts.iter().copied())
                                <= self.config.vect_size_limit
                        }
                        ActionKind::Img2col => false,
                    };
                mask[kind.index()] = allowed;
            }
        }
        if !mask[..spec.selection].iter().any(|&b| b) {
            mask[ActionKind::NoTransformation.index()] = true;
        }
        // Tiling heads.
        // Partial tiles are padded, which tiled fusion cannot do (its fused
        // producer's tile would stay partial).
        for (head, &offset) in offsets.iter().take(3).enumerate() {
            for row in 0..l {
                let base = offset + row * (m + 1);
                mask[base] = true;
                if row < n {
                    let paddable = head < 2 && op.paddable.get(row).copied().unwrap_or(false);
                    for p in 1..=m {
                        mask[base + p] = self.tile_allowed(p, op.trip_counts[row], paddable);
                    }
                }
            }
        }
        // Interchange pointers: loops not chosen yet.
        for loop_index in 0..n.min(l) {
            mask[offsets[3] + loop_index] = !progress.pending_interchange.contains(&loop_index);
        }
        mask
    }

    /// Decodes a raw multi-discrete action (`[selection, T (L), TP (L),
    /// TPF (L), I (1)]`), checking it against the mask.
    pub fn decode(
        &self,
        raw: &[usize],
        op: &OpView,
        progress: &OpProgress,
    ) -> Result<Decoded, DecodeError> {
        let spec = self.spec();
        if raw.len() != spec.raw_len() {
            return Err(DecodeError::Length { got: raw.len(), expected: spec.raw_len() });
        }
        let mask = self.mask(op, progress);
        let sel = raw[0];
        if sel >= spec.selection || !mask[sel] {
            return Err(DecodeError::Illegal(format!("selection {sel} is masked")));
        }
        let kind = self.kinds()[sel];
        let (l, m) = (self.config.max_loops, self.config.num_tile_sizes);
        let n = op.trip_counts.len();
        let sizes = |head: usize| -> Result<Vec<u64>, DecodeError> {
            let params = &raw[1 + head * l..1 + (head + 1) * l];
            let base = spec.selection + head * l * (m + 1);
            let mut sizes = Vec::with_capacity(n);
            for (row, &p) in params.iter().enumerate() {
                if p > m || !mask[base + row * (m + 1) + p] {
                    return Err(DecodeError::Illegal(format!(
                        "tile choice {p} for loop {row} is masked"
                    )));
                }
                if row < n {
                    sizes.push(Self::tile_size(p));
                }
            }
            Ok(sizes)
        };
        Ok(Decoded::Action(match kind {
            ActionKind::NoTransformation => Action::NoTransformation,
            ActionKind::Img2col => Action::Img2col,
            ActionKind::Vectorization => Action::Vectorization,
            ActionKind::Tiling => Action::Tiling { sizes: sizes(0)? },
            ActionKind::TiledParallelization => Action::TiledParallelization { sizes: sizes(1)? },
            ActionKind::TiledFusion => Action::TiledFusion {
                sizes: sizes(2)?,
                producer: op.producer.clone().unwrap_or_default(),
            },
            ActionKind::Interchange => {
                let pointer = raw[1 + 3 * l];
                if pointer >= l || !mask[spec.selection + 3 * l * (m + 1) + pointer] {
                    return Err(DecodeError::Illegal(format!(
                        "interchange pointer {pointer} is masked"
                    )));
                }
                if progress.pending_interchange.len() + 1 < n {
                    return Ok(Decoded::InterchangeStep(pointer));
                }
                let mut permutation = progress.pending_interchange.clone();
                permutation.push(pointer);
                Action::Interchange { permutation }
            }
        }))
    }

    /// The raw action that encodes `action` (for interchange: the pointer
    /// sequence, one raw action per position). Used to replay schedules and
    /// in tests. Kinds the space does not offer encode to nothing.
    pub fn encode(&self, action: &Action) -> Vec<Vec<usize>> {
        if !self.kinds().contains(&action.kind()) {
            return Vec::new();
        }
        let spec = self.spec();
        let l = self.config.max_loops;
        let mut raw = vec![0; spec.raw_len()];
        raw[0] = action.kind().index();
        let put = |raw: &mut Vec<usize>, head: usize, sizes: &[u64]| {
            for (row, &s) in sizes.iter().enumerate().take(l) {
                raw[1 + head * l + row] = self.tile_index(s).unwrap_or(0);
            }
        };
        match action {
            Action::Tiling { sizes } => put(&mut raw, 0, sizes),
            Action::TiledParallelization { sizes } => put(&mut raw, 1, sizes),
            Action::TiledFusion { sizes, .. } => put(&mut raw, 2, sizes),
            Action::Interchange { permutation } => {
                return permutation
                    .iter()
                    .map(|&p| {
                        let mut r = raw.clone();
                        r[1 + 3 * l] = p;
                        r
                    })
                    .collect();
            }
            Action::NoTransformation | Action::Vectorization | Action::Img2col => {}
        }
        vec![raw]
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn matmul_view() -> OpView {
        OpView {
            trip_counts: vec![512, 512, 512],
            parallel: vec![true, true, false],
            producer: None,
            im2col: false,
            tileable: true,
            paddable: vec![true, true, false],
        }
    }

    #[test]
    fn sizes_match_the_seed() {
        // The seed's layout: six selections.
        let seed = ActionSpaceConfig { img2col_action: false, ..Default::default() };
        let spec = ActionSpace::new(seed).spec();
        assert_eq!(spec.mask_len(), 181);
        assert_eq!(spec.raw_len(), 23);
        // With im2col offered: a seventh selection, no new parameters.
        let spec = ActionSpace::new(ActionSpaceConfig::default()).spec();
        assert_eq!((spec.selection, spec.mask_len(), spec.raw_len()), (7, 182, 23));
        // A configuration written before the key existed keeps six.
        let old: ActionSpaceConfig = serde_json::from_str(r#"{"max_loops": 7}"#).unwrap();
        assert!(!old.img2col_action);
    }

    #[test]
    fn im2col_is_offered_only_as_a_supported_convs_first_action() {
        let space = ActionSpace::new(ActionSpaceConfig::default());
        let ic = ActionKind::Img2col.index();
        let conv = OpView {
            trip_counts: vec![1, 64, 28, 28, 64, 3, 3],
            parallel: vec![true, true, true, true, false, false, false],
            producer: None,
            im2col: true,
            tileable: true,
            paddable: vec![true, true, false, false, false, false, false],
        };
        let mut progress = OpProgress::default();
        assert!(space.mask(&conv, &progress)[ic]);
        let mut raw = vec![0; space.spec().raw_len()];
        raw[0] = ic;
        assert_eq!(space.decode(&raw, &conv, &progress), Ok(Decoded::Action(Action::Img2col)));
        assert_eq!(space.encode(&Action::Img2col), vec![raw.clone()]);
        progress.actions.push(Action::Interchange { permutation: (0..7).collect() });
        assert!(!space.mask(&conv, &progress)[ic], "not after another action");
        assert!(!space.mask(&matmul_view(), &OpProgress::default())[ic], "not on a matmul");
        let seed =
            ActionSpace::new(ActionSpaceConfig { img2col_action: false, ..Default::default() });
        assert!(seed.encode(&Action::Img2col).is_empty());
        assert!(seed.decode(&raw, &conv, &OpProgress::default()).is_err());
    }

    #[test]
    fn ops_with_non_linear_accesses_are_never_tiled() {
        let space = ActionSpace::new(ActionSpaceConfig { order: vec![], ..Default::default() });
        let gather = OpView { tileable: false, ..matmul_view() };
        let mask = space.mask(&gather, &OpProgress::default());
        for kind in [ActionKind::Tiling, ActionKind::TiledParallelization, ActionKind::TiledFusion]
        {
            assert!(!mask[kind.index()], "{kind:?}");
        }
        assert!(mask[ActionKind::NoTransformation.index()]);
    }

    #[test]
    fn order_rules_apply() {
        let space = ActionSpace::new(ActionSpaceConfig::default());
        let mut progress = OpProgress::default();
        let mask = space.mask(&matmul_view(), &progress);
        assert_eq!(
            &mask[..6],
            &[false, false, false, false, true, false],
            "step 0 must interchange"
        );
        progress.actions.push(Action::Interchange { permutation: vec![0, 1, 2] });
        let mask = space.mask(&matmul_view(), &progress);
        // step 1: not I, not NT; no producer -> no TPF; 512^3 > 512 -> no V.
        assert_eq!(&mask[..6], &[false, true, true, false, false, false]);
        progress.actions.push(Action::TiledParallelization { sizes: vec![64, 64, 64] });
        let view = OpView { trip_counts: vec![8, 32, 1], ..matmul_view() };
        let mask = space.mask(&view, &progress);
        assert_eq!(&mask[..6], &[true, true, false, false, false, true], "TP only once; V fits");
    }

    #[test]
    fn tile_mask_follows_divisibility() {
        let space = ActionSpace::new(ActionSpaceConfig {
            order: vec![],
            require_divisible_tiles: true,
            ..Default::default()
        });
        let view = OpView {
            trip_counts: vec![12, 64, 1],
            parallel: vec![true; 3],
            producer: None,
            im2col: false,
            tileable: true,
            paddable: vec![true; 3],
        };
        let mask = space.mask(&view, &OpProgress::default());
        let sel = space.spec().selection;
        let row = |r: usize| mask[sel + r * 8..sel + (r + 1) * 8].to_vec();
        // 12: sizes 1, 2, 4 divide; 8 does not.
        assert_eq!(row(0), [true, true, true, true, false, false, false, false]);
        // 64: 1..32 allowed, 64 == bound is not.
        assert_eq!(row(1), [true, true, true, true, true, true, true, false]);
        assert_eq!(row(2), [true, false, false, false, false, false, false, false]);
        assert_eq!(
            row(5),
            [true, false, false, false, false, false, false, false],
            "padding loops"
        );
    }

    #[test]
    fn partial_tiles_are_offered_where_padding_makes_them_whole() {
        let space = ActionSpace::new(ActionSpaceConfig { order: vec![], ..Default::default() });
        // 127 x 257 x 61 matmul: M and N paddable, K a reduction.
        let view = OpView {
            trip_counts: vec![127, 257, 61],
            parallel: vec![true, true, false],
            producer: Some("operation_1".into()),
            im2col: false,
            tileable: true,
            paddable: vec![true, true, false],
        };
        let mask = space.mask(&view, &OpProgress::default());
        let sel = space.spec().selection;
        let row = |head: usize, r: usize| {
            let base = sel + head * 56 + r * 8;
            mask[base..base + 8].to_vec()
        };
        // T and TP: every power of two below the bound on M and N.
        for head in [0, 1] {
            assert_eq!(row(head, 0), [true; 8]);
            assert_eq!(row(head, 1), [true; 8]);
            // K = 61 is prime: only 1.
            assert_eq!(row(head, 2), [true, true, false, false, false, false, false, false]);
        }
        // TPF keeps divisors: 127 is prime.
        assert_eq!(row(2, 0), [true, true, false, false, false, false, false, false]);
        let mut raw = vec![0; space.spec().raw_len()];
        raw[0] = ActionKind::Tiling.index();
        raw[1] = 4; // 8
        raw[2] = 6; // 32
        assert_eq!(
            space.decode(&raw, &view, &OpProgress::default()),
            Ok(Decoded::Action(Action::Tiling { sizes: vec![8, 32, 0] }))
        );
    }

    #[test]
    fn decode_interchange_by_level_pointers() {
        let space = ActionSpace::new(ActionSpaceConfig::default());
        let view = matmul_view();
        let mut progress = OpProgress::default();
        let mut raw = vec![0; 23];
        raw[0] = ActionKind::Interchange.index();
        for (i, p) in [2usize, 0].into_iter().enumerate() {
            raw[22] = p;
            assert_eq!(
                space.decode(&raw, &view, &progress),
                Ok(Decoded::InterchangeStep(p)),
                "step {i}"
            );
            progress.pending_interchange.push(p);
        }
        raw[22] = 0;
        assert!(space.decode(&raw, &view, &progress).is_err(), "loop 0 already placed");
        raw[22] = 1;
        assert_eq!(
            space.decode(&raw, &view, &progress),
            Ok(Decoded::Action(Action::Interchange { permutation: vec![2, 0, 1] }))
        );
    }

    #[test]
    fn canonical_text_round_trips() {
        for a in [
            Action::NoTransformation,
            Action::Vectorization,
            Action::Tiling { sizes: vec![32, 0, 64] },
            Action::TiledParallelization { sizes: vec![8] },
            Action::TiledFusion { sizes: vec![16, 32, 0], producer: "operation_0".into() },
            Action::Interchange { permutation: vec![1, 0, 2] },
            Action::Img2col,
        ] {
            let text = a.to_string();
            assert_eq!(text.parse::<Action>(), Ok(a), "{text}");
        }
        assert!("I(0,0)".parse::<Action>().is_err());
        assert!("X()".parse::<Action>().is_err());
        assert!("T(1,a)".parse::<Action>().is_err());
    }

    proptest! {
        #[test]
        fn masks_have_spec_length_and_a_legal_choice(
            trips in proptest::collection::vec(1u64..2048, 1..8),
            step in 0usize..5,
        ) {
            let n = trips.len();
            let view = OpView { parallel: trips.iter().map(|t| t % 2 == 0).collect(), trip_counts: trips, producer: Some("operation_9".into()), im2col: false, tileable: true, paddable: (0..n).map(|i| i % 3 != 1).collect() };
            let progress = OpProgress { actions: vec![Action::NoTransformation; step], pending_interchange: vec![] };
            for divisible in [true, false] {
                let space = ActionSpace::new(ActionSpaceConfig { require_divisible_tiles: divisible, ..Default::default() });
                let mask = space.mask(&view, &progress);
                let sel = space.spec().selection;
                prop_assert_eq!(mask.len(), space.spec().mask_len());
                prop_assert!(mask[..sel].iter().any(|&b| b));
                // Every legal tile size is smaller than its loop, and divides
                // it unless the loop is paddable, padding is on and the head
                // is T or TP (never TPF); every such size is offered.
                for head in 0..3 {
                    for (row, &t) in view.trip_counts.iter().enumerate() {
                        for p in 1..=7 {
                            let s = ActionSpace::tile_size(p);
                            let divides = (1..=p).all(|q| t % ActionSpace::tile_size(q) == 0);
                            let pad = !divisible && head < 2 && view.paddable[row];
                            let legal = s < t && (divides || pad);
                            prop_assert_eq!(mask[sel + head * 56 + row * 8 + p], legal, "head {} row {} size {}", head, row, s);
                        }
                    }
                }
            }
        }

        #[test]
        fn encode_decode_round_trip(trips in proptest::collection::vec(2u64..256, 1..6), seed in 0u64..1000) {
            let space = ActionSpace::new(ActionSpaceConfig { order: vec![], ..Default::default() });
            let view = OpView { parallel: vec![true; trips.len()], trip_counts: trips.clone(), producer: None, im2col: false, tileable: true, paddable: vec![true; trips.len()] };
            let progress = OpProgress::default();
            let mask = space.mask(&view, &progress);
            let sel = space.spec().selection;
            // pick the largest legal tile per loop, rotated by seed
            let sizes: Vec<u64> = trips.iter().enumerate().map(|(row, _)| {
                let legal: Vec<usize> = (0..8).filter(|&p| mask[sel + row * 8 + p]).collect();
                ActionSpace::tile_size(legal[(seed as usize + row) % legal.len()])
            }).collect();
            let action = Action::Tiling { sizes };
            let raw = space.encode(&action);
            prop_assert_eq!(space.decode(&raw[0], &view, &progress), Ok(Decoded::Action(action)));
        }
    }
}
