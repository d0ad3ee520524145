//! Transform-dialect scripts for actions. Ops are addressed by their `tag`
//! attribute; every script is a module with
//! `transform.named_sequence @__transform_main`, so
//! `mlir-opt-22 --transform-preload-library=transform-library-paths=T.mlir
//! --transform-interpreter` applies it to the tagged program.

use crate::action::Action;
use mlirrl_ir::{ConvLayout, OpKind};
use std::fmt::Write;

/// What emission needs to know about the op an action targets.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OpInfo {
    /// The op's tag.
    pub tag: String,
    /// Its kind (as re-read from the current IR: a generalised op is `Generic`).
    pub kind: OpKind,
    /// Full op name.
    pub name: String,
    /// Parallel flag per loop, in the current loop order.
    pub parallel: Vec<bool>,
    /// Trip count per loop, in the current loop order.
    pub trip_counts: Vec<u64>,
    /// The zero of each operand's element type (`0.0 : f32`), in operand
    /// order: what padding a partial tile fills with.
    pub padding_values: Vec<String>,
}

impl OpInfo {
    /// The loops a tiling with `sizes` leaves partial tiles on: tiled, by a
    /// size that does not divide the trip count. Padding makes them whole.
    pub fn partial_loops(&self, sizes: &[u64]) -> Vec<usize> {
        sizes
            .iter()
            .zip(&self.trip_counts)
            .enumerate()
            .filter(|(_, (s, t))| **s != 0 && !t.is_multiple_of(**s))
            .map(|(i, _)| i)
            .collect()
    }
}

/// Tag given to the im2col gather created from the convolution `tag`; the
/// contraction keeps `tag`.
pub fn im2col_tag(tag: &str) -> String {
    format!("{tag}_im2col")
}

/// Whether MLIR's img2col rewrite supports an op kind.
pub fn img2col_supported(kind: &OpKind) -> bool {
    matches!(
        kind,
        OpKind::Conv2d {
            layout: ConvLayout::NchwFchw | ConvLayout::NhwcHwcf | ConvLayout::NhwcFhwc
        } | OpKind::DepthwiseConv { layout: ConvLayout::Nhwc }
    )
}

/// Whether im2col is offered to the agent on an op kind: 2-D convolutions
/// whose contraction it improves. Not depthwise convolutions, which it
/// turns into a matrix-vector product with no register reuse.
pub fn img2col_offered(kind: &OpKind) -> bool {
    matches!(
        kind,
        OpKind::Conv2d {
            layout: ConvLayout::NchwFchw | ConvLayout::NhwcHwcf | ConvLayout::NhwcFhwc
        }
    )
}

/// Tag given to a producer fused into `consumer`'s loop.
pub fn fused_tag(producer: &str, consumer: &str) -> String {
    mlirrl_ir::tags::fused_tag(producer, consumer)
}

/// Version of what the actions' scripts do. A schedule's canonical text
/// names the actions, not the code they produce, so measurements cached
/// under a schedule are keyed with this too: raise it whenever an action's
/// script changes what it generates (2: partial tiles are padded; 3: NCHW
/// depthwise convolutions vectorise along output rows).
pub const SCRIPT_VERSION: u32 = 3;

const ANY: &str = "!transform.any_op";

fn list(values: &[u64]) -> String {
    values.iter().map(u64::to_string).collect::<Vec<_>>().join(", ")
}

fn match_tag(out: &mut String, name: &str, tag: &str) {
    let _ = writeln!(
        out,
        "    {name} = transform.structured.match attributes{{tag = \"{tag}\"}} in %root : ({ANY}) -> {ANY}"
    );
}

/// `tile_using_for` of handle `op` with `sizes`; returns the tiled op's handle.
fn tile_for(out: &mut String, p: &str, op: &str, sizes: &[u64]) -> String {
    let n = sizes.iter().filter(|&&s| s != 0).count();
    if n == 0 {
        return op.to_string();
    }
    let loops = vec![ANY; n].join(", ");
    let _ = writeln!(
        out,
        "    {p}_t, {p}_loops:{n} = transform.structured.tile_using_for {op} tile_sizes [{}] : ({ANY}) -> ({ANY}, {loops})",
        list(sizes)
    );
    format!("{p}_t")
}

/// `tile_using_forall` of handle `op`; returns (tiled op, forall) handles.
fn tile_forall(out: &mut String, p: &str, op: &str, sizes: &[u64]) -> Option<(String, String)> {
    if sizes.iter().all(|&s| s == 0) {
        return None;
    }
    let _ = writeln!(
        out,
        "    {p}_pt, {p}_forall = transform.structured.tile_using_forall {op} tile_sizes [{}] : ({ANY}) -> ({ANY}, {ANY})",
        list(sizes)
    );
    Some((format!("{p}_pt"), format!("{p}_forall")))
}

/// Pads the op `op`, before it is tiled by `sizes`, so that every loop the
/// sizes do not divide grows to a multiple of its tile
/// (`transform.structured.pad` with the operands' zeros): every tile is
/// then whole and static, so later tiling and vectorisation see the same op
/// in every tile. The operands are copied once into padded buffers (not
/// once per tile); the padded lanes compute values the copy back drops.
/// Emits nothing when every size divides its loop.
fn pad_partial(out: &mut String, p: &str, op: &str, info: &OpInfo, sizes: &[u64]) -> String {
    let loops = info.partial_loops(sizes);
    if loops.is_empty() {
        return op.to_string();
    }
    let dims = loops.iter().map(usize::to_string).collect::<Vec<_>>().join(", ");
    let multiples = loops.iter().map(|&l| sizes[l].to_string()).collect::<Vec<_>>().join(", ");
    let values = info.padding_values.join(", ");
    let _ = writeln!(
        out,
        "    {p}_padded, {p}_pad, {p}_copy = transform.structured.pad {op} pad_to_multiple_of [{multiples}] {{padding_values = [{values}], padding_dimensions = [{dims}], copy_back_op = \"linalg.copy\"}} : ({ANY}) -> ({ANY}, {ANY}, {ANY})"
    );
    // Each padded operand gets its buffer now, filled with zeros and the
    // operand copied in by `linalg.copy` (loops that LLVM vectorises): left
    // to bufferization, the copies into the strided interior would be
    // `memref.copy`, an element-by-element runtime call.
    let _ = writeln!(out, "    transform.foreach {p}_pad : {ANY} {{");
    let _ = writeln!(out, "    ^bb0({p}_one: {ANY}):");
    let _ = writeln!(
        out,
        "      {p}_buf, {p}_alloc = transform.structured.bufferize_to_allocation {p}_one {{memcpy_op = \"linalg.copy\"}} : {ANY}"
    );
    let _ = writeln!(out, "    }}");
    format!("{p}_padded")
}

fn annotate(out: &mut String, p: &str, handle: &str, tag: &str) {
    let _ =
        writeln!(out, "    {p}_name = transform.param.constant \"{tag}\" -> !transform.any_param");
    let _ = writeln!(
        out,
        "    transform.annotate {handle} \"tag\" = {p}_name : {ANY}, !transform.any_param"
    );
}

/// Splits tile sizes into (parallel-loop sizes, reduction-loop sizes).
fn split(sizes: &[u64], parallel: &[bool]) -> (Vec<u64>, Vec<u64>) {
    let par =
        sizes.iter().enumerate().map(|(i, &s)| if parallel.get(i) == Some(&true) { s } else { 0 });
    let red =
        sizes.iter().enumerate().map(|(i, &s)| if parallel.get(i) == Some(&true) { 0 } else { s });
    (par.collect(), red.collect())
}

/// Loop positions of the output row and the kernel row of a 2-D window op,
/// which are tiled to 1 so `structured.decompose` can turn it into a 1-D op.
fn window_rows(kind: &OpKind) -> Option<(usize, usize)> {
    match kind {
        // n, f, oh, ow, c, kh, kw
        OpKind::Conv2d { layout: ConvLayout::NchwFchw } => Some((2, 5)),
        // n, oh, ow, f, kh, kw, c
        OpKind::Conv2d { layout: ConvLayout::NhwcHwcf } => Some((1, 4)),
        // n, oh, ow, c, kh, kw
        OpKind::DepthwiseConv { layout: ConvLayout::Nhwc } => Some((1, 4)),
        // n, c, oh, ow, kh, kw
        OpKind::Pooling { layout: ConvLayout::Nchw, .. } => Some((2, 4)),
        // n, oh, ow, c, kh, kw
        OpKind::Pooling { layout: ConvLayout::Nhwc, .. } => Some((1, 4)),
        _ => None,
    }
}

/// NCHW depthwise convolutions (loops n, oh, ow, c, kh, kw), which MLIR
/// does not decompose to 1-D ones: the output row, the channel and the
/// window are tiled to 1, leaving a multiply-add of an input row into the
/// output row; generalised and with its unit dims folded (patterns applied
/// within its own innermost loop only, so no other op is rewritten), it
/// vectorises along the row. Strided rows (stride 2) have no vector read,
/// and vectorisation then fails as it did before. Returns the handle of the
/// 1-D op.
fn depthwise_nchw_rows(out: &mut String, p: &str, op: &str) -> String {
    // Every size is 1, even on a loop of 1 already: the innermost loop is
    // what the patterns are scoped to.
    let tiled = tile_for(out, &format!("{p}_dw"), op, &[0, 1, 0, 1, 1, 1]);
    let _ =
        writeln!(out, "    {p}_dwg = transform.structured.generalize {tiled} : ({ANY}) -> {ANY}");
    let _ = writeln!(
        out,
        "    {p}_dwl = transform.get_parent_op {p}_dwg {{op_name = \"scf.for\"}} : ({ANY}) -> {ANY}"
    );
    let _ = writeln!(out, "    transform.apply_patterns to {p}_dwl {{");
    let _ = writeln!(out, "      transform.apply_patterns.linalg.fold_unit_extent_dims_via_slices");
    let _ = writeln!(out, "    }} : {ANY}");
    let _ = writeln!(
        out,
        "    {p}_dw1 = transform.structured.match ops{{[\"linalg.generic\"]}} in {p}_dwl : ({ANY}) -> {ANY}"
    );
    format!("{p}_dw1")
}

/// The first stage of vector lowering, right after `vectorize`: fold
/// multiply-reduce chains into `vector.contract` and permutations into
/// transfers. Leaves `{p}_funcs` bound to the module's functions.
fn vector_contract_patterns(out: &mut String, p: &str) {
    let _ = writeln!(
        out,
        "    {p}_funcs = transform.structured.match ops{{[\"func.func\"]}} in %root : ({ANY}) -> {ANY}"
    );
    let _ = writeln!(out, "    transform.apply_patterns to {p}_funcs {{");
    for pattern in [
        "transform.apply_patterns.vector.reduction_to_contract",
        "transform.apply_patterns.vector.transfer_permutation_patterns",
    ] {
        let _ = writeln!(out, "      {pattern}");
    }
    let _ = writeln!(out, "    }} : {ANY}");
}

/// The second stage: contractions to outer products (FMAs), reductions and
/// transfers to 1-D, then canonicalization. Needs `{p}_funcs`.
fn vector_final_patterns(out: &mut String, p: &str) {
    let _ = writeln!(out, "    transform.apply_patterns to {p}_funcs {{");
    for pattern in [
        "transform.apply_patterns.vector.lower_contraction lowering_strategy = \"outerproduct\"",
        "transform.apply_patterns.vector.transfer_permutation_patterns",
        "transform.apply_patterns.vector.lower_multi_reduction lowering_strategy = \"innerparallel\"",
        "transform.apply_patterns.vector.lower_transfer max_transfer_rank = 1",
        "transform.apply_patterns.vector.lower_outerproduct",
        "transform.apply_patterns.canonicalization",
    ] {
        let _ = writeln!(out, "      {pattern}");
    }
    let _ = writeln!(out, "    }} : {ANY}");
}

/// The vector lowering patterns applied after vectorisation: first fold
/// multiply-reduce chains into `vector.contract`, then lower contractions to
/// outer products (FMAs) and transfers to 1-D.
pub fn vector_lowering(out: &mut String, p: &str) {
    vector_contract_patterns(out, p);
    vector_final_patterns(out, p);
}

/// Most enclosing `scf.for` loops whose accumulators the vectorisation
/// hoists (tilings at three levels of a 7-loop op, plus the window loops).
const MAX_HOIST_LOOPS: usize = 24;

/// Canonicalizes every function: folds 1-trip loops, whose induction
/// variables would otherwise keep an accumulator's slice from being hoisted.
/// Run before any loop handle exists (folding a loop a live handle points
/// to fails) and before the op is matched (it may re-create the op).
fn canonicalize_funcs(out: &mut String, p: &str) {
    let _ = writeln!(
        out,
        "    {p}_cf = transform.structured.match ops{{[\"func.func\"]}} in %root : ({ANY}) -> {ANY}"
    );
    let _ = writeln!(out, "    transform.apply_patterns to {p}_cf {{");
    let _ = writeln!(out, "      transform.apply_patterns.canonicalization");
    let _ = writeln!(out, "    }} : {ANY}");
}

/// Handles on the `scf.for` loops around `target`, innermost first (empty
/// handles where there are fewer loops); returns their names.
fn enclosing_loops(out: &mut String, p: &str, target: &str, n: usize) -> Vec<String> {
    (1..=n)
        .map(|k| {
            let name = format!("{p}_l{k}");
            let _ = writeln!(
                out,
                "    {name} = transform.get_parent_op {target} {{op_name = \"scf.for\", nth_parent = {k}, allow_empty_results}} : ({ANY}) -> {ANY}"
            );
            name
        })
        .collect()
}

/// The body lines (inside `@__transform_main`, with `%root` the payload) that
/// apply `action` to the op described by `info`. `p` is a unique SSA prefix
/// such as `%s3`. Identity interchanges, all-zero tilings and
/// `NoTransformation` emit nothing.
pub fn action_body(action: &Action, info: &OpInfo, p: &str) -> String {
    let mut out = String::new();
    let op = format!("{p}_op");
    match action {
        Action::NoTransformation => {}
        Action::Tiling { sizes } => {
            if sizes.iter().any(|&s| s != 0) {
                match_tag(&mut out, &op, &info.tag);
                let padded = pad_partial(&mut out, p, &op, info, sizes);
                tile_for(&mut out, p, &padded, sizes);
            }
        }
        Action::TiledParallelization { sizes } => {
            let (par, red) = split(sizes, &info.parallel);
            if sizes.iter().any(|&s| s != 0) {
                match_tag(&mut out, &op, &info.tag);
                let padded = pad_partial(&mut out, p, &op, info, sizes);
                let tiled =
                    tile_forall(&mut out, p, &padded, &par).map_or(padded.clone(), |(t, _)| t);
                tile_for(&mut out, p, &tiled, &red);
            }
        }
        Action::TiledFusion { sizes, producer } => {
            let (par, red) = split(sizes, &info.parallel);
            match_tag(&mut out, &op, &info.tag);
            let tiled = match tile_forall(&mut out, p, &op, &par) {
                Some((tiled, forall)) => {
                    let prod = format!("{p}_prod");
                    match_tag(&mut out, &prod, producer);
                    let _ = writeln!(
                        out,
                        "    {p}_fused, {p}_new = transform.structured.fuse_into_containing_op {prod} into {forall} : ({ANY}, {ANY}) -> ({ANY}, {ANY})"
                    );
                    annotate(&mut out, p, &format!("{p}_fused"), &fused_tag(producer, &info.tag));
                    let _ = writeln!(
                        out,
                        "    {p}_dcef = transform.structured.match ops{{[\"func.func\"]}} in %root : ({ANY}) -> {ANY}"
                    );
                    let _ = writeln!(out, "    transform.apply_dce to {p}_dcef : {ANY}");
                    tiled
                }
                None => op.clone(),
            };
            tile_for(&mut out, p, &tiled, &red);
        }
        Action::Interchange { permutation } => {
            let identity = permutation.iter().enumerate().all(|(i, &v)| i == v);
            if !identity {
                match_tag(&mut out, &op, &info.tag);
                let perm: Vec<String> = permutation.iter().map(usize::to_string).collect();
                let _ = writeln!(
                    out,
                    "    {p}_gen = transform.structured.generalize {op} : ({ANY}) -> {ANY}"
                );
                let _ = writeln!(
                    out,
                    "    {p}_int = transform.structured.interchange {p}_gen iterator_interchange = [{}] : ({ANY}) -> {ANY}",
                    perm.join(", ")
                );
                annotate(&mut out, p, &format!("{p}_int"), &info.tag);
            }
        }
        Action::Img2col => {
            match_tag(&mut out, &op, &info.tag);
            // The second handle is the op that produces the result (a reshape
            // of the contraction's result); the contraction produces its operand.
            let _ = writeln!(
                out,
                "    {p}_im2col, {p}_res = transform.structured.convert_conv2d_to_img2col {op} : ({ANY}) -> ({ANY}, {ANY})"
            );
            let _ = writeln!(
                out,
                "    {p}_mm = transform.get_producer_of_operand {p}_res[0] : ({ANY}) -> {ANY}"
            );
            annotate(&mut out, &format!("{p}_a"), &format!("{p}_mm"), &info.tag);
            annotate(&mut out, &format!("{p}_b"), &format!("{p}_im2col"), &im2col_tag(&info.tag));
        }
        Action::Vectorization => {
            // Register tiling: the accumulator of the op's (register-sized)
            // tile stays in vector registers across every enclosing
            // reduction loop, instead of being loaded and stored each step.
            //   1. canonicalize (fold 1-trip loops), then match the op;
            //   2. windowed ops: tile the output and kernel rows to 1 where
            //      they are not 1 already, and decompose to a 1-D op;
            //   3. take handles on the enclosing loops, vectorize, fold to
            //      vector.contract;
            //   4. hoist loop-invariant subsets out of each loop, innermost
            //      first (the accumulator's read/write pair);
            //   5. lower to FMAs and 1-D transfers.
            canonicalize_funcs(&mut out, p);
            match_tag(&mut out, &op, &info.tag);
            let mut target = op.clone();
            let mut kind = info.kind.clone();
            if matches!(kind, OpKind::Conv2d { layout: ConvLayout::NhwcFhwc }) {
                let _ = writeln!(
                    out,
                    "    {p}_tr = transform.structured.transpose_conv2d {target} : ({ANY}) -> {ANY}"
                );
                target = format!("{p}_tr");
                kind = OpKind::Conv2d { layout: ConvLayout::NhwcHwcf };
            }
            if matches!(kind, OpKind::DepthwiseConv { layout: ConvLayout::Nchw })
                && info.parallel.len() == 6
            {
                target = depthwise_nchw_rows(&mut out, p, &target);
            }
            if let Some((oh, kh)) = window_rows(&kind) {
                let n = info.parallel.len();
                if oh < n && kh < n {
                    let mut sizes = vec![0u64; n];
                    for row in [oh, kh] {
                        if info.trip_counts.get(row).is_none_or(|&t| t > 1) {
                            sizes[row] = 1;
                        }
                    }
                    let tiled = tile_for(&mut out, &format!("{p}_w"), &target, &sizes);
                    let _ = writeln!(
                        out,
                        "    {p}_dec = transform.structured.decompose {tiled} : ({ANY}) -> {ANY}"
                    );
                    target = format!("{p}_dec");
                }
            }
            let depth = (3 * info.parallel.len() + 3).min(MAX_HOIST_LOOPS);
            let loops = enclosing_loops(&mut out, p, &target, depth);
            let _ = writeln!(out, "    transform.structured.vectorize {target} : {ANY}");
            vector_contract_patterns(&mut out, p);
            for l in &loops {
                let _ =
                    writeln!(out, "    transform.loop.hoist_loop_invariant_subsets {l} : {ANY}");
            }
            vector_final_patterns(&mut out, p);
        }
    }
    out
}

/// Wraps body lines into a complete transform module.
pub fn wrap(body: &str) -> String {
    format!(
        "module attributes {{transform.with_named_sequence}} {{\n  transform.named_sequence @__transform_main(%root: {ANY} {{transform.readonly}}) {{\n{body}    transform.yield\n  }}\n}}\n"
    )
}

/// A complete script for one action.
pub fn action_script(action: &Action, info: &OpInfo) -> String {
    wrap(&action_body(action, info, "%s0"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn matmul() -> OpInfo {
        OpInfo {
            tag: "operation_0".into(),
            kind: OpKind::Matmul,
            name: "linalg.matmul".into(),
            parallel: vec![true, true, false],
            trip_counts: vec![128, 128, 128],
            padding_values: vec!["0.0 : f32".into(); 3],
        }
    }

    #[test]
    fn tiled_parallelization_splits_parallel_and_reduction_sizes() {
        let s = action_script(&Action::TiledParallelization { sizes: vec![64, 64, 64] }, &matmul());
        assert!(s.contains("tile_using_forall %s0_op tile_sizes [64, 64, 0]"), "{s}");
        assert!(s.contains("tile_using_for %s0_pt tile_sizes [0, 0, 64]"), "{s}");
    }

    #[test]
    fn partial_tiles_are_padded_to_whole_tiles() {
        let odd = OpInfo { trip_counts: vec![127, 256, 61], ..matmul() };
        let s = action_script(&Action::Tiling { sizes: vec![8, 32, 1] }, &odd);
        assert!(
            s.contains("transform.structured.pad %s0_op pad_to_multiple_of [8] {padding_values = [0.0 : f32, 0.0 : f32, 0.0 : f32], padding_dimensions = [0], copy_back_op = \"linalg.copy\"}"),
            "{s}"
        );
        // The op is padded once, then the padded op is tiled.
        assert!(s.contains("tile_using_for %s0_padded tile_sizes [8, 32, 1]"), "{s}");
        let s = action_script(&Action::TiledParallelization { sizes: vec![64, 64, 0] }, &odd);
        assert!(s.contains("transform.structured.pad %s0_op pad_to_multiple_of [64]"), "{s}");
        assert!(s.contains("tile_using_forall %s0_padded tile_sizes [64, 64, 0]"), "{s}");
        // Whole tiles are not padded.
        let s = action_script(&Action::Tiling { sizes: vec![8, 32, 1] }, &matmul());
        assert!(!s.contains("structured.pad"), "{s}");
    }

    #[test]
    fn identity_interchange_and_zero_tiling_emit_nothing() {
        let info = matmul();
        assert_eq!(
            action_body(&Action::Interchange { permutation: vec![0, 1, 2] }, &info, "%a"),
            ""
        );
        assert_eq!(action_body(&Action::Tiling { sizes: vec![0, 0, 0] }, &info, "%a"), "");
        assert_eq!(action_body(&Action::NoTransformation, &info, "%a"), "");
    }

    #[test]
    fn nchw_depthwise_vectorization_works_on_rows() {
        let info = OpInfo {
            tag: "operation_2".into(),
            kind: OpKind::DepthwiseConv { layout: ConvLayout::Nchw },
            name: "linalg.depthwise_conv_2d_nchw_chw".into(),
            parallel: vec![true, true, true, true, false, false],
            trip_counts: vec![1, 8, 16, 8, 3, 3],
            padding_values: vec!["0.0 : f32".into(); 3],
        };
        let s = action_script(&Action::Vectorization, &info);
        assert!(s.contains("tile_sizes [0, 1, 0, 1, 1, 1]"), "{s}");
        assert!(s.contains("fold_unit_extent_dims_via_slices"), "{s}");
        assert!(!s.contains("transform.structured.decompose"), "{s}");
    }

    #[test]
    fn conv_vectorization_decomposes_first() {
        let info = OpInfo {
            tag: "operation_3".into(),
            kind: OpKind::Conv2d { layout: ConvLayout::NchwFchw },
            name: "linalg.conv_2d_nchw_fchw".into(),
            parallel: vec![true, true, true, true, false, false, false],
            trip_counts: vec![1, 8, 4, 28, 8, 3, 3],
            padding_values: vec!["0.0 : f32".into(); 3],
        };
        let s = action_script(&Action::Vectorization, &info);
        assert!(s.contains("tile_sizes [0, 0, 1, 0, 0, 1, 0]"), "{s}");
        assert!(s.contains("transform.structured.decompose"), "{s}");
        // An output row already tiled to 1 is not tiled again: no loop
        // between the accumulator and the reduction loops.
        let mut one_row = info.clone();
        one_row.trip_counts[2] = 1;
        let s = action_script(&Action::Vectorization, &one_row);
        assert!(s.contains("tile_sizes [0, 0, 0, 0, 0, 1, 0]"), "{s}");
    }

    #[test]
    fn vectorization_hoists_the_accumulator_out_of_enclosing_loops() {
        let s = action_script(&Action::Vectorization, &matmul());
        let canon = s.find("transform.apply_patterns.canonicalization").unwrap();
        let matched = s.find("attributes{tag = \"operation_0\"}").unwrap();
        let vectorize = s.find("transform.structured.vectorize").unwrap();
        let hoist = s.find("hoist_loop_invariant_subsets %s0_l1").unwrap();
        let lower = s.find("lower_contraction").unwrap();
        // Canonicalize before matching; hoist between vectorizing and lowering.
        assert!(
            canon < matched && matched < vectorize && vectorize < hoist && hoist < lower,
            "{s}"
        );
        assert!(s.contains("nth_parent = 12"), "{s}");
    }
}
