//! MLIR text emission: literals, affine maps, broadcasting, window
//! arithmetic, and the [`Emitter`] that appends statements to the body.

use super::proto::{ConstData, Value, attr_ints, attr_s};
use super::{Layout, NodeResult, Stmt, Val, Weight, ty};
use crate::onnx::NodeProto;
use std::collections::{HashMap, HashSet};

/// The permutation from NCHW to NHWC.
pub(super) const NCHW_TO_NHWC: [usize; 4] = [0, 2, 3, 1];
/// The permutation from NHWC to NCHW.
pub(super) const NHWC_TO_NCHW: [usize; 4] = [0, 3, 1, 2];

/// `data` of an NCHW tensor of `shape` rearranged as NHWC (the shape then
/// is `[n, h, w, c]`).
pub(super) fn nchw_to_nhwc(shape: [u64; 4], data: &[f32]) -> Vec<f32> {
    let [n, c, h, w] = shape.map(|d| d as usize);
    let mut out = vec![0.0; data.len()];
    for ni in 0..n {
        for ci in 0..c {
            for hi in 0..h {
                for wi in 0..w {
                    out[((ni * h + hi) * w + wi) * c + ci] =
                        data[((ni * c + ci) * h + hi) * w + wi];
                }
            }
        }
    }
    out
}

/// f32 literal as MLIR hex (exact, and valid for infinities).
pub(super) fn lit(x: f32) -> String {
    format!("0x{:08X}", x.to_bits())
}

pub(super) fn dense_i64(v: &[u64]) -> String {
    let items: Vec<String> = v.iter().map(|x| x.to_string()).collect();
    format!("dense<[{}]> : tensor<{}xi64>", items.join(", "), v.len())
}

/// Map from `rank` loop dims to the given result expressions.
pub(super) fn amap(rank: usize, results: &[String]) -> String {
    let dims: Vec<String> = (0..rank).map(|i| format!("d{i}")).collect();
    format!("affine_map<({}) -> ({})>", dims.join(", "), results.join(", "))
}

/// Numpy-style broadcast of `shape` into an output of rank `out.len()`.
pub(super) fn bcast_map(shape: &[u64], out: &[u64]) -> String {
    let off = out.len() - shape.len();
    let res: Vec<String> = shape
        .iter()
        .enumerate()
        .map(
            |(i, &s)| {
                if s == 1 && out[off + i] != 1 { "0".into() } else { format!("d{}", off + i) }
            },
        )
        .collect();
    amap(out.len(), &res)
}

pub(super) fn broadcast_shapes(a: &[u64], b: &[u64]) -> Result<Vec<u64>, String> {
    let r = a.len().max(b.len());
    let get = |s: &[u64], i: usize| if i + s.len() >= r { s[i + s.len() - r] } else { 1 };
    (0..r)
        .map(|i| match (get(a, i), get(b, i)) {
            (x, y) if x == y => Ok(x),
            (1, y) => Ok(y),
            (x, 1) => Ok(x),
            (x, y) => Err(format!("shapes {a:?} and {b:?} do not broadcast ({x} vs {y})")),
        })
        .collect()
}

/// Numpy broadcast of any number of shapes ([`broadcast_shapes`] in turn).
pub(super) fn broadcast_all(shapes: &[&[u64]]) -> Result<Vec<u64>, String> {
    shapes.iter().try_fold(Vec::new(), |out, s| broadcast_shapes(&out, s))
}

pub(super) fn numel(shape: &[u64]) -> u64 {
    shape.iter().product()
}

/// A point to return to after a failed conversion ([`Emitter::checkpoint`]).
pub(super) struct Checkpoint {
    stmts: usize,
    weights: usize,
    folds: usize,
    nhwc: HashMap<String, Val>,
}

/// A pad folded into the op producing its input ([`Emitter::pad_nhwc`]):
/// the filled tensor was inserted at `fill_at`, where `producer` (as it was
/// before it wrote into that tensor) stood; kept to undo the fold.
pub(super) struct Fold {
    fill_at: usize,
    producer: Stmt,
}

pub(super) struct Emitter {
    pub(super) stmts: Vec<Stmt>,
    pub(super) next: usize,
    pub(super) weights: Vec<Weight>,
    pub(super) weight_args: HashMap<String, Val>,
    pub(super) values: HashMap<String, Value>,
    pub(super) node: String,
    pub(super) op_type: String,
    /// The model's default-domain opset: attributes and inputs are read
    /// with that opset's semantics.
    pub(super) opset: i64,
    /// The layout of 4-D activations in the module.
    pub(super) layout: Layout,
    /// The channels-last form of 4-D values (by ONNX name), where one
    /// exists. `values` always has the NCHW form; when an op produced the
    /// NHWC one, the NCHW form is a transpose of it that the import drops
    /// again if nothing reads it.
    pub(super) nhwc: HashMap<String, Val>,
    /// Names the import made up for channels-last operands (never names
    /// of the graph).
    pub(super) derived: HashSet<String>,
    /// Every tensor name of the graph (initializers, inputs, node outputs):
    /// a made-up name must not be one of them.
    pub(super) graph_names: HashSet<String>,
    /// Pads folded into their producers, in order (undone by
    /// [`Emitter::rollback`]).
    pub(super) folds: Vec<Fold>,
}

/// Builds a `linalg.generic` body from its block arguments: the lines and
/// the yielded value.
pub(super) type Body = dyn Fn(&[String]) -> (Vec<String>, String);

impl Emitter {
    pub(super) fn fresh(&mut self, prefix: &str) -> String {
        self.next += 1;
        format!("%{prefix}{}", self.next)
    }

    pub(super) fn push(
        &mut self,
        lines: Vec<String>,
        uses: Vec<Val>,
        result: Val,
        linalg: bool,
        flops: u64,
    ) {
        let mut seen = HashSet::new();
        let uses = uses.into_iter().filter(|u| seen.insert(u.name.clone())).collect();
        self.stmts.push(Stmt {
            node: self.node.clone(),
            op_type: self.op_type.clone(),
            lines,
            uses,
            result,
            linalg,
            flops,
            pad: false,
        });
    }

    pub(super) fn value(&self, name: &str) -> NodeResult<&Value> {
        self.values.get(name).ok_or_else(|| format!("input `{name}` is not defined"))
    }

    /// A runtime value for `name`; constants become weight arguments.
    pub(super) fn ssa(&mut self, name: &str) -> NodeResult<Val> {
        match self.value(name)?.clone() {
            Value::Ssa(v) => Ok(v),
            Value::Const { shape, data: ConstData::F32(data) } => {
                Ok(self.weight(name.to_string(), shape, data))
            }
            Value::Const { data: ConstData::I64(_), .. } => {
                Err(format!("integer tensor `{name}` used as data (only f32 data is supported)"))
            }
        }
    }

    /// A weight argument (one per distinct name).
    pub(super) fn weight(&mut self, name: String, shape: Vec<u64>, data: Vec<f32>) -> Val {
        if let Some(v) = self.weight_args.get(&name) {
            return v.clone();
        }
        let v = Val { name: format!("%w{}", self.weights.len()), shape: shape.clone() };
        self.weights.push(Weight { name: name.clone(), shape, data });
        self.weight_args.insert(name, v.clone());
        v
    }

    pub(super) fn const_f32(&self, name: &str) -> NodeResult<(Vec<u64>, Vec<f32>)> {
        match self.value(name)? {
            Value::Const { shape, data: ConstData::F32(d) } => Ok((shape.clone(), d.clone())),
            Value::Const { shape, data: ConstData::I64(d) } => {
                Ok((shape.clone(), d.iter().map(|&x| x as f32).collect()))
            }
            Value::Ssa(_) => Err(format!("`{name}` must be a constant (an initializer)")),
        }
    }

    pub(super) fn const_i64(&self, name: &str) -> NodeResult<Vec<i64>> {
        match self.value(name)? {
            Value::Const { data: ConstData::I64(d), .. } => Ok(d.clone()),
            Value::Const { data: ConstData::F32(d), .. } => {
                Ok(d.iter().map(|&x| x as i64).collect())
            }
            Value::Ssa(_) => Err(format!("`{name}` must be a constant (an initializer)")),
        }
    }

    pub(super) fn define(&mut self, name: &str, v: Val) {
        self.values.insert(name.to_string(), Value::Ssa(v));
    }

    /// `linalg.fill` of a fresh tensor.
    pub(super) fn fill(&mut self, shape: &[u64], x: f32) -> Val {
        let (c, e, r) = (self.fresh("c"), self.fresh("e"), self.fresh("v"));
        let t = ty(shape);
        let lines = vec![
            format!("{c} = arith.constant {} : f32", lit(x)),
            format!("{e} = tensor.empty() : {t}"),
            format!("{r} = linalg.fill ins({c} : f32) outs({e} : {t}) -> {t}"),
        ];
        let result = Val { name: r, shape: shape.to_vec() };
        self.push(lines, vec![], result.clone(), true, 0);
        result
    }

    /// A `linalg.generic` over the output's index space. `inputs` come with
    /// their indexing maps; `body` turns the block arguments (inputs then the
    /// output) into lines and the yielded value. `init` is the output operand
    /// (a fresh empty tensor when `None`).
    #[allow(clippy::too_many_arguments)]
    pub(super) fn generic(
        &mut self,
        inputs: &[(Val, String)],
        out: &[u64],
        iterators: &[&str],
        out_map: String,
        init: Option<Val>,
        body: &Body,
        flops_per_point: u64,
    ) -> Val {
        let mut lines = Vec::new();
        let mut uses: Vec<Val> = inputs.iter().map(|(v, _)| v.clone()).collect();
        let init = match init {
            Some(v) => {
                uses.push(v.clone());
                v.name
            }
            None => {
                let e = self.fresh("e");
                lines.push(format!("{e} = tensor.empty() : {}", ty(out)));
                e
            }
        };
        let r = self.fresh("v");
        let mut maps: Vec<String> = inputs.iter().map(|(_, m)| m.clone()).collect();
        maps.push(out_map);
        let its: Vec<String> = iterators.iter().map(|i| format!("\"{i}\"")).collect();
        let ins: Vec<String> = inputs.iter().map(|(v, _)| v.name.clone()).collect();
        let in_tys: Vec<String> = inputs.iter().map(|(v, _)| v.ty()).collect();
        let ins_text = if inputs.is_empty() {
            String::new()
        } else {
            format!(" ins({} : {})", ins.join(", "), in_tys.join(", "))
        };
        let out_ty = ty(out);
        lines.push(format!(
            "{r} = linalg.generic {{indexing_maps = [{}], iterator_types = [{}]}}{ins_text} outs({init} : {out_ty}) {{",
            maps.join(", "),
            its.join(", "),
        ));
        let args: Vec<String> = (0..=inputs.len()).map(|i| format!("%b{i}")).collect();
        let decl: Vec<String> = args.iter().map(|a| format!("{a}: f32")).collect();
        lines.push(format!("^bb0({}):", decl.join(", ")));
        let (body_lines, y) = body(&args);
        for l in expand_exp(body_lines) {
            lines.push(format!("  {l}"));
        }
        lines.push(format!("  linalg.yield {y} : f32"));
        lines.push(format!("}} -> {out_ty}"));
        let result = Val { name: r, shape: out.to_vec() };
        self.push(lines, uses, result.clone(), true, numel(out) * flops_per_point);
        result
    }

    /// Elementwise op with numpy broadcasting over `inputs`.
    pub(super) fn elementwise(
        &mut self,
        inputs: &[Val],
        body: &Body,
        flops: u64,
    ) -> NodeResult<Val> {
        let mut out = inputs[0].shape.clone();
        for v in &inputs[1..] {
            out = broadcast_shapes(&out, &v.shape)?;
        }
        let ins: Vec<(Val, String)> =
            inputs.iter().map(|v| (v.clone(), bcast_map(&v.shape, &out))).collect();
        let its = vec!["parallel"; out.len()];
        let id = amap(out.len(), &(0..out.len()).map(|i| format!("d{i}")).collect::<Vec<_>>());
        Ok(self.generic(&ins, &out, &its, id, None, body, flops))
    }

    /// Copies `x` broadcast into a fresh tensor of shape `out` (used as the
    /// accumulator of convolutions and matmuls with a bias).
    pub(super) fn broadcast_into(&mut self, x: &Val, out: &[u64], map: String) -> Val {
        let its = vec!["parallel"; out.len()];
        let id = amap(out.len(), &(0..out.len()).map(|i| format!("d{i}")).collect::<Vec<_>>());
        self.generic(&[(x.clone(), map)], out, &its, id, None, &|a| (vec![], a[0].clone()), 0)
    }

    /// The two spatial dims of an NCHW tensor padded (see [`Emitter::pad`]).
    pub(super) fn pad_nchw(&mut self, x: &Val, pads: [u64; 4], value: f32) -> Val {
        let [top, left, bottom, right] = pads;
        self.pad(x, &[0, 0, top, left], &[0, 0, bottom, right], value)
    }

    /// The two spatial dims of an NHWC tensor padded with `value`: a tensor
    /// filled with `value`, and `x` copied into its interior by a
    /// `linalg.copy` that writes a slice of it in place (a statement with
    /// [`Stmt::pad`] set).
    ///
    /// Not `tensor.pad` (nor an identity `linalg.generic`, which
    /// canonicalisation folds back into the same thing): those bufferize to
    /// a `memref.copy` into a strided view, which the JIT runs through the
    /// generic element-by-element runtime copy (4.2 ms against 2.0 ms for a
    /// padded 1x112x112x32 activation and the depthwise convolution reading
    /// it, untransformed), and no schedule reaches it. The copy is a linalg
    /// op that schedules tile, parallelise and vectorise.
    ///
    /// When the op producing `x` writes a fresh tensor of its own (an
    /// elementwise activation, a transpose), the pad is folded into it
    /// instead: the filled tensor comes first, the op writes its result
    /// straight into the interior, and the pad is only the `insert_slice`
    /// that bufferizes to nothing ([`Emitter::fold_pad`]). No copy is left
    /// to run at all.
    ///
    /// NCHW tensors keep `tensor.pad` ([`Emitter::pad`]).
    pub(super) fn pad_nhwc(&mut self, x: &Val, pads: [u64; 4], value: f32) -> Val {
        let [top, left, bottom, right] = pads;
        let (low, high) = ([0, top, left, 0], [0, bottom, right, 0]);
        if pads == [0; 4] {
            return x.clone();
        }
        let out: Vec<u64> =
            x.shape.iter().zip(low.iter().zip(&high)).map(|(s, (l, h))| s + l + h).collect();
        let list = |v: &[u64]| v.iter().map(|p| p.to_string()).collect::<Vec<_>>().join(", ");
        let window = format!("[{}] [{}] [1, 1, 1, 1]", list(&low), list(&x.shape));
        if let Some(padded) = self.fold_pad(x, &out, &window, value) {
            return padded;
        }
        let filled = self.fill(&out, value);
        let (slice, copy, r) = (self.fresh("s"), self.fresh("v"), self.fresh("v"));
        let (xt, ot) = (x.ty(), ty(&out));
        let lines = vec![
            format!("{slice} = tensor.extract_slice {}{window} : {ot} to {xt}", filled.name),
            format!("{copy} = linalg.copy ins({} : {xt}) outs({slice} : {xt}) -> {xt}", x.name),
            format!(
                "{r} = tensor.insert_slice {copy} into {}{window} : {xt} into {ot}",
                filled.name
            ),
        ];
        let result = Val { name: r, shape: out };
        self.push(lines, vec![x.clone(), filled], result.clone(), true, 0);
        if let Some(s) = self.stmts.last_mut() {
            s.pad = true;
        }
        result
    }

    /// Folds a pad of `x` into the statement producing it, when that is a
    /// linalg op writing a fresh `tensor.empty` of its own (and nothing else
    /// reads that empty tensor): a filled tensor of shape `out` is inserted
    /// before it, the op's output becomes the `window` of it, and the pad is
    /// an `insert_slice` of the op's result back into the same window (a
    /// [`Stmt::pad`] that is not a linalg op). Values that named `x` in
    /// channels last name the interior of the padded tensor from then on.
    /// Returns the padded value, or
    /// `None` (nothing changed) when `x` has no such producer, for instance
    /// because a first pad already took its output.
    fn fold_pad(&mut self, x: &Val, out: &[u64], window: &str, value: f32) -> Option<Val> {
        let at = self.stmts.iter().rposition(|s| s.result.name == x.name)?;
        let producer = &self.stmts[at];
        if !producer.linalg || producer.pad {
            return None;
        }
        let xt = x.ty();
        let empty_suffix = format!(" = tensor.empty() : {xt}");
        let empty_line = producer.lines.iter().find(|l| l.ends_with(&empty_suffix))?.clone();
        let empty = empty_line.trim_end_matches(&empty_suffix).to_string();
        let init = format!("outs({empty} : {xt})");
        let mentions = |l: &String| {
            l.split(|c: char| !(c.is_alphanumeric() || c == '%' || c == '_')).any(|w| w == empty)
        };
        // The empty tensor must be the output of the line defining `x`.
        let defines_x = format!("{} = ", x.name);
        let (defs, inits) = (
            producer.lines.iter().filter(|l| mentions(l)).count(),
            producer
                .lines
                .iter()
                .filter(|l| l.contains(&init) && l.trim_start().starts_with(&defines_x))
                .count(),
        );
        if defs != 2 || inits != 1 {
            return None;
        }
        let original = producer.clone();
        let filled = self.fill(out, value);
        let fill = self.stmts.pop()?;
        self.stmts.insert(at, fill);
        let slice = self.fresh("s");
        let ot = ty(out);
        let s = &mut self.stmts[at + 1];
        s.lines.retain(|l| *l != empty_line);
        for l in &mut s.lines {
            *l = l.replace(&init, &format!("outs({slice} : {xt})"));
        }
        s.lines.insert(
            0,
            format!("{slice} = tensor.extract_slice {}{window} : {ot} to {xt}", filled.name),
        );
        s.uses.push(filled.clone());
        self.folds.push(Fold { fill_at: at, producer: original });
        let r = self.fresh("v");
        let line = format!(
            "{r} = tensor.insert_slice {} into {}{window} : {xt} into {ot}",
            x.name, filled.name
        );
        let result = Val { name: r, shape: out.to_vec() };
        self.push(vec![line], vec![x.clone(), filled], result.clone(), false, 0);
        if let Some(s) = self.stmts.last_mut() {
            s.pad = true;
        }
        // Later readers of `x` read the interior of the padded tensor: a
        // read of the producer's own result after the pad would count, for
        // bufferization, as a read after a write to the same buffer, and
        // each such reader would get a copy.
        let view = Val { name: self.fresh("v"), shape: x.shape.clone() };
        let line =
            format!("{} = tensor.extract_slice {}{window} : {ot} to {xt}", view.name, result.name);
        self.push(vec![line], vec![result.clone()], view.clone(), false, 0);
        for v in self.nhwc.values_mut() {
            if v.name == x.name {
                *v = view.clone();
            }
        }
        Some(result)
    }

    /// `tensor.pad` with `low` and `high` padding per dimension.
    pub(super) fn pad(&mut self, x: &Val, low: &[u64], high: &[u64], value: f32) -> Val {
        if low.iter().chain(high).all(|&p| p == 0) {
            return x.clone();
        }
        let out: Vec<u64> =
            x.shape.iter().zip(low.iter().zip(high)).map(|(s, (l, h))| s + l + h).collect();
        let (c, r) = (self.fresh("c"), self.fresh("v"));
        let list = |v: &[u64]| v.iter().map(|p| p.to_string()).collect::<Vec<_>>().join(", ");
        let idx: Vec<String> = (0..x.shape.len()).map(|i| format!("%p{i}: index")).collect();
        let lines = vec![
            format!("{c} = arith.constant {} : f32", lit(value)),
            format!("{r} = tensor.pad {} low[{}] high[{}] {{", x.name, list(low), list(high)),
            format!("^bb0({}):", idx.join(", ")),
            format!("  tensor.yield {c} : f32"),
            format!("}} : {} to {}", x.ty(), ty(&out)),
        ];
        let result = Val { name: r, shape: out };
        self.push(lines, vec![x.clone()], result.clone(), false, 0);
        result
    }

    pub(super) fn reshape(&mut self, x: &Val, shape: &[u64]) -> Val {
        if x.shape == shape {
            return x.clone();
        }
        let mut cur = x.clone();
        if cur.shape.len() != 1 {
            let r = self.fresh("v");
            let all: Vec<String> = (0..cur.shape.len()).map(|i| i.to_string()).collect();
            let flat = vec![numel(&cur.shape)];
            let line = if cur.shape.is_empty() {
                format!(
                    "{r} = tensor.expand_shape {} [] output_shape [1] : {} into {}",
                    cur.name,
                    cur.ty(),
                    ty(&flat)
                )
            } else {
                format!(
                    "{r} = tensor.collapse_shape {} [[{}]] : {} into {}",
                    cur.name,
                    all.join(", "),
                    cur.ty(),
                    ty(&flat)
                )
            };
            let v = Val { name: r, shape: flat };
            self.push(vec![line], vec![cur.clone()], v.clone(), false, 0);
            cur = v;
        }
        if shape.len() == 1 {
            return cur;
        }
        let r = self.fresh("v");
        let line = if shape.is_empty() {
            format!("{r} = tensor.collapse_shape {} [] : {} into {}", cur.name, cur.ty(), ty(shape))
        } else {
            let all: Vec<String> = (0..shape.len()).map(|i| i.to_string()).collect();
            let dims: Vec<String> = shape.iter().map(|d| d.to_string()).collect();
            format!(
                "{r} = tensor.expand_shape {} [[{}]] output_shape [{}] : {} into {}",
                cur.name,
                all.join(", "),
                dims.join(", "),
                cur.ty(),
                ty(shape)
            )
        };
        let v = Val { name: r, shape: shape.to_vec() };
        self.push(vec![line], vec![cur], v.clone(), false, 0);
        v
    }

    /// Whether ops with a channels-last form should use it.
    pub(super) fn channels_last(&self) -> bool {
        self.layout == Layout::Nhwc
    }

    /// The NHWC form of the 4-D value `name`: the one an op produced, or a
    /// transpose of the NCHW value (made once per value).
    pub(super) fn nhwc_of(&mut self, name: &str) -> NodeResult<Val> {
        if let Some(v) = self.nhwc.get(name) {
            return Ok(v.clone());
        }
        let x = self.ssa(name)?;
        if x.shape.len() != 4 {
            return Err(format!("`{name}` has rank {}, not 4 (NCHW)", x.shape.len()));
        }
        let v = self.transpose(&x, &NCHW_TO_NHWC);
        self.nhwc.insert(name.to_string(), v.clone());
        Ok(v)
    }

    /// What the emitter holds now, for [`Emitter::rollback`].
    pub(super) fn checkpoint(&self) -> Checkpoint {
        Checkpoint {
            stmts: self.stmts.len(),
            weights: self.weights.len(),
            folds: self.folds.len(),
            nhwc: self.nhwc.clone(),
        }
    }

    /// Undoes what was emitted since `at`: statements, pads folded into
    /// earlier producers, weight arguments and channels-last forms (a
    /// conversion that failed part-way).
    pub(super) fn rollback(&mut self, at: Checkpoint) {
        // Latest fold first: each one's insertion shifted the later ones.
        while self.folds.len() > at.folds {
            let Some(fold) = self.folds.pop() else { break };
            self.stmts.remove(fold.fill_at);
            self.stmts[fold.fill_at] = fold.producer;
        }
        self.stmts.truncate(at.stmts);
        for w in self.weights.drain(at.weights..) {
            self.weight_args.remove(&w.name);
        }
        self.nhwc = at.nhwc;
    }

    /// Defines `name` from `v`, which is its NHWC form when `nhwc` (see
    /// [`Emitter::define_nhwc`]) and its NCHW one otherwise.
    pub(super) fn define_in(&mut self, name: &str, v: Val, nhwc: bool) {
        if nhwc {
            self.define_nhwc(name, v);
        } else {
            self.define(name, v);
        }
    }

    /// Defines `name` from its NHWC form `v`: the NCHW form is a transpose,
    /// which the import drops if nothing reads it.
    pub(super) fn define_nhwc(&mut self, name: &str, v: Val) {
        let nchw = self.transpose(&v, &NHWC_TO_NCHW);
        self.nhwc.insert(name.to_string(), v);
        self.define(name, nchw);
    }

    pub(super) fn transpose(&mut self, x: &Val, perm: &[usize]) -> Val {
        let out: Vec<u64> = perm.iter().map(|&p| x.shape[p]).collect();
        let (e, r) = (self.fresh("e"), self.fresh("v"));
        let p: Vec<String> = perm.iter().map(|d| d.to_string()).collect();
        let lines = vec![
            format!("{e} = tensor.empty() : {}", ty(&out)),
            format!(
                "{r} = linalg.transpose ins({} : {}) outs({e} : {}) permutation = [{}]",
                x.name,
                x.ty(),
                ty(&out),
                p.join(", ")
            ),
        ];
        let v = Val { name: r, shape: out };
        self.push(lines, vec![x.clone()], v.clone(), true, 0);
        v
    }
}

/// Rewrites every `%r = math.exp %x : f32` line into arithmetic that
/// vectorises: LLVM lowers a vector `llvm.exp` to one libm call per lane,
/// which left exp-heavy ops (softmax, the erf of GELU, sigmoid) no faster
/// vectorised than scalar. exp(x) = 2^n * exp(r) with n = round(x log2 e)
/// and r = x - n ln 2 (in two parts), exp(r) by a degree-6 polynomial
/// (relative error about 1e-7), 2^n built in the exponent bits. The input is
/// clamped to [-87.3, 88]: results stay finite, and underflow gives 0.
pub(super) fn expand_exp(lines: Vec<String>) -> Vec<String> {
    let mut out = Vec::with_capacity(lines.len());
    for line in lines {
        let Some((res, rest)) = line.split_once(" = math.exp ") else {
            out.push(line);
            continue;
        };
        let Some(x) = rest.strip_suffix(" : f32") else {
            out.push(line);
            continue;
        };
        let r = res.trim();
        let p = format!("{r}_x");
        let c = |n: &str, v: f32| format!("{p}{n} = arith.constant {} : f32", lit(v));
        out.extend([
            c("hi", 88.0),
            c("lo", -87.3),
            c("l2e", std::f32::consts::LOG2_E),
            c("half", 0.5),
            c("ln2h", 0.693_359_4),
            c("ln2l", -2.121_944_4e-4),
            c("p0", 1.987_569_1e-4),
            c("p1", 1.398_199_9e-3),
            c("p2", 8.333_452e-3),
            c("p3", 4.166_579_6e-2),
            c("p4", 1.666_666_5e-1),
            c("p5", 0.5),
            c("one", 1.0),
            format!("{p}bias = arith.constant 127 : i32"),
            format!("{p}sh = arith.constant 23 : i32"),
            format!("{p}a = arith.minimumf {x}, {p}hi : f32"),
            format!("{p}b = arith.maximumf {p}a, {p}lo : f32"),
            format!("{p}f = arith.mulf {p}b, {p}l2e : f32"),
            format!("{p}fh = arith.addf {p}f, {p}half : f32"),
            format!("{p}n = math.floor {p}fh : f32"),
            format!("{p}m1 = arith.mulf {p}n, {p}ln2h : f32"),
            format!("{p}r1 = arith.subf {p}b, {p}m1 : f32"),
            format!("{p}m2 = arith.mulf {p}n, {p}ln2l : f32"),
            format!("{p}r = arith.subf {p}r1, {p}m2 : f32"),
            format!("{p}q0 = arith.mulf {p}p0, {p}r : f32"),
            format!("{p}q1 = arith.addf {p}q0, {p}p1 : f32"),
            format!("{p}q2 = arith.mulf {p}q1, {p}r : f32"),
            format!("{p}q3 = arith.addf {p}q2, {p}p2 : f32"),
            format!("{p}q4 = arith.mulf {p}q3, {p}r : f32"),
            format!("{p}q5 = arith.addf {p}q4, {p}p3 : f32"),
            format!("{p}q6 = arith.mulf {p}q5, {p}r : f32"),
            format!("{p}q7 = arith.addf {p}q6, {p}p4 : f32"),
            format!("{p}q8 = arith.mulf {p}q7, {p}r : f32"),
            format!("{p}q9 = arith.addf {p}q8, {p}p5 : f32"),
            format!("{p}rr = arith.mulf {p}r, {p}r : f32"),
            format!("{p}q10 = arith.mulf {p}q9, {p}rr : f32"),
            format!("{p}q11 = arith.addf {p}q10, {p}r : f32"),
            format!("{p}y = arith.addf {p}q11, {p}one : f32"),
            format!("{p}ni = arith.fptosi {p}n : f32 to i32"),
            format!("{p}eb = arith.addi {p}ni, {p}bias : i32"),
            format!("{p}bits = arith.shli {p}eb, {p}sh : i32"),
            format!("{p}p2n = arith.bitcast {p}bits : i32 to f32"),
            format!("{r} = arith.mulf {p}y, {p}p2n : f32"),
        ]);
    }
    out
}

pub(super) fn transpose_data(data: &[f32], rows: usize, cols: usize) -> Vec<f32> {
    let mut out = vec![0.0; data.len()];
    for r in 0..rows {
        for c in 0..cols {
            out[c * rows + r] = data[r * cols + c];
        }
    }
    out
}

/// Spatial pads `[top, left, bottom, right]` of a 2-D window op.
pub(super) fn window_pads(
    node: &NodeProto,
    input: &[u64],
    kernel: [u64; 2],
    strides: [u64; 2],
    dilations: [u64; 2],
) -> NodeResult<[u64; 4]> {
    let auto = attr_s(node, "auto_pad").unwrap_or_else(|| "NOTSET".into());
    match auto.as_str() {
        "NOTSET" => {
            let p = attr_ints(node, "pads").unwrap_or_else(|| vec![0; 4]);
            if p.len() != 4 || p.iter().any(|&x| x < 0) {
                return Err(format!("pads {p:?}: four non-negative values expected"));
            }
            Ok([p[0] as u64, p[1] as u64, p[2] as u64, p[3] as u64])
        }
        "VALID" => Ok([0; 4]),
        "SAME_UPPER" | "SAME_LOWER" => {
            let mut pads = [0u64; 4];
            for i in 0..2 {
                let inp = input[2 + i];
                let out = inp.div_ceil(strides[i]);
                let eff = dilations[i] * (kernel[i] - 1) + 1;
                let total = ((out - 1) * strides[i] + eff).saturating_sub(inp);
                let (small, big) = (total / 2, total - total / 2);
                if auto == "SAME_UPPER" {
                    pads[i] = small;
                    pads[i + 2] = big;
                } else {
                    pads[i] = big;
                    pads[i + 2] = small;
                }
            }
            Ok(pads)
        }
        other => Err(format!("auto_pad `{other}` is not supported")),
    }
}

pub(super) fn out_size(
    inp: u64,
    pad: u64,
    kernel: u64,
    stride: u64,
    dilation: u64,
    ceil: bool,
) -> NodeResult<u64> {
    let eff = dilation * (kernel - 1) + 1;
    let span = inp + pad;
    if span < eff {
        return Err(format!("window {eff} larger than the padded input {span}"));
    }
    Ok(if ceil { (span - eff).div_ceil(stride) + 1 } else { (span - eff) / stride + 1 })
}

pub(super) fn matmul_op(
    em: &mut Emitter,
    op: &str,
    a: &Val,
    b: &Val,
    init: Val,
    flops: u64,
) -> Val {
    let r = em.fresh("v");
    let t = init.ty();
    let line = format!(
        "{r} = {op} ins({}, {} : {}, {}) outs({} : {t}) -> {t}",
        a.name,
        b.name,
        a.ty(),
        b.ty(),
        init.name
    );
    let v = Val { name: r, shape: init.shape.clone() };
    em.push(vec![line], vec![a.clone(), b.clone(), init], v.clone(), true, flops);
    v
}
