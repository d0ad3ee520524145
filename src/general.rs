//! The general training set: programs of every generator family, the layers
//! of the network suites and the ops of the built-in ONNX networks, with
//! train / validation / test splits by family and whole networks left out.
//!
//! A left-out network's layers are test programs only: neither they nor any
//! program with the same text (the same layer shape reached through another
//! suite) is trained or validated on, so its figures measure a policy on
//! programs it never saw. Programs are deduplicated by text, left-out ones
//! first.
//!
//! ```no_run
//! let options = mlirrl::general::GeneralOptions::default();
//! let programs = mlirrl::general::general_programs(&options)?;
//! let splits = mlirrl::general::general_splits(&programs, &options);
//! mlirrl::bench::write_dataset_with_splits(
//!     std::path::Path::new("data/general"),
//!     &programs,
//!     &splits,
//!     options.seed,
//!     None,
//! )?;
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use crate::bench::{self, Budget, Generated, Split};
use std::collections::{BTreeMap, HashSet};

/// Networks whose layers are only ever tested on, by default: a mobile CNN
/// (depthwise-separable blocks) and a transformer encoder layer.
pub const LEFT_OUT_NETWORKS: &[&str] = &["mobilenetv2", "bert_layer"];

/// The built-in ONNX networks whose ops join the set (`onnx_<name>`
/// families): all of [`crate::onnx::builder::models::NAMES`].
pub const ONNX_NETWORKS: &[&str] = &crate::onnx::builder::models::NAMES;

/// Prefix of the families of imported ONNX ops.
pub const ONNX_PREFIX: &str = "onnx_";

/// What goes into the general set.
#[derive(Clone, Debug, PartialEq)]
pub struct GeneralOptions {
    /// Programs per generator family.
    pub per_family: usize,
    /// Seed of generation and split.
    pub seed: u64,
    /// Most arithmetic operations of a trained or validated program (test
    /// programs of left-out networks are kept whatever their size).
    pub max_flops: u64,
    /// Generator families (all built-in ones when empty).
    pub families: Vec<String>,
    /// Network layer suites (`resnet18`, `vgg16`, `mobilenetv2`).
    pub suites: Vec<String>,
    /// Built-in ONNX networks whose ops are imported.
    pub onnx: Vec<String>,
    /// Networks (suite or ONNX names) whose layers are test-only.
    pub left_out: Vec<String>,
}

impl Default for GeneralOptions {
    fn default() -> Self {
        Self {
            per_family: 12,
            seed: 0,
            max_flops: 1 << 28,
            families: Vec::new(),
            suites: bench::suites::SUITES.iter().map(|s| s.to_string()).collect(),
            onnx: ONNX_NETWORKS.iter().map(|s| s.to_string()).collect(),
            left_out: LEFT_OUT_NETWORKS.iter().map(|s| s.to_string()).collect(),
        }
    }
}

/// The network a family belongs to: a suite's own name, or the model name
/// of an `onnx_<model>` family; `None` for generator families.
pub fn network_of(family: &str) -> Option<&str> {
    if let Some(model) = family.strip_prefix(ONNX_PREFIX) {
        return Some(model);
    }
    bench::suites::SUITES.contains(&family).then_some(family)
}

/// Whether `family` belongs to one of the `left_out` networks.
pub fn is_left_out(family: &str, left_out: &[String]) -> bool {
    network_of(family).is_some_and(|n| left_out.iter().any(|l| l == n))
}

/// The per-op programs of a built-in ONNX network, family `onnx_<model>`,
/// named `onnx_<model>_<op file>`.
pub fn onnx_programs(model: &str) -> Result<Vec<Generated>, String> {
    let proto = crate::onnx::builder::models::by_name(model, 1).ok_or_else(|| {
        format!(
            "unknown built-in ONNX network `{model}` (known: {})",
            crate::onnx::builder::models::NAMES.join(", ")
        )
    })?;
    let net = crate::onnx::import(
        &proto,
        &crate::onnx::ImportOptions { batch: Some(1), ..Default::default() },
    )
    .map_err(|e| format!("{model}: {e}"))?;
    Ok(net
        .op_files()
        .into_iter()
        .map(|f| Generated {
            name: format!("{ONNX_PREFIX}{model}_{}", f.name),
            family: format!("{ONNX_PREFIX}{model}"),
            source: f.source,
        })
        .collect())
}

/// Arithmetic operations of a program (`None` when it does not parse: such
/// programs are left out of the set).
fn flops(p: &Generated) -> Option<u64> {
    let options = crate::ir::ParseOptions { check_vectorizable: false, ..Default::default() };
    crate::ir::parse_str_with(&p.source, &p.name, &options).ok().map(|prog| prog.flops())
}

/// Every program of the set, left-out networks first, deduplicated by text;
/// programs that do not parse, and trained or validated ones above
/// `max_flops`, are dropped.
pub fn general_programs(options: &GeneralOptions) -> Result<Vec<Generated>, String> {
    let budget = Budget { max_flops: options.max_flops, ..Budget::default() };
    let generators = bench::Generators::builtin();
    let families: Vec<String> = if options.families.is_empty() {
        generators.families().iter().map(|f| f.to_string()).collect()
    } else {
        options.families.clone()
    };
    let mut all = Vec::new();
    for (i, family) in families.iter().enumerate() {
        all.extend(
            generators
                .generate(
                    family,
                    options.per_family,
                    options.seed.wrapping_add(i as u64 * 7919),
                    &budget,
                )
                .map_err(|e| e.to_string())?,
        );
    }
    for suite in &options.suites {
        all.extend(
            bench::suites::suite(suite)
                .ok_or_else(|| format!("unknown network suite `{suite}`"))?,
        );
    }
    for model in &options.onnx {
        all.extend(onnx_programs(model)?);
    }
    // Left-out programs first, so a shared text stays with the test side.
    let (mut ordered, rest): (Vec<Generated>, Vec<Generated>) =
        all.into_iter().partition(|p| is_left_out(&p.family, &options.left_out));
    ordered.extend(rest);
    let mut seen = HashSet::new();
    let mut names = HashSet::new();
    let mut out = Vec::new();
    for p in ordered {
        let left_out = is_left_out(&p.family, &options.left_out);
        let Some(work) = flops(&p) else { continue };
        if !left_out && work > options.max_flops {
            continue;
        }
        if seen.contains(&p.source) {
            continue;
        }
        if !names.insert(p.name.clone()) {
            return Err(format!("two different programs are named `{}`", p.name));
        }
        seen.insert(p.source.clone());
        out.push(p);
    }
    Ok(out)
}

/// The split of each program: left-out networks' programs are `Test`; the
/// others are split 70 / 15 / 15 within their family
/// ([`bench::dataset::stratified_split`]).
pub fn general_splits(programs: &[Generated], options: &GeneralOptions) -> Vec<Split> {
    let families: Vec<String> = programs.iter().map(|p| p.family.clone()).collect();
    let stratified = bench::dataset::stratified_split(&families, options.seed);
    programs
        .iter()
        .zip(stratified)
        .map(|(p, s)| if is_left_out(&p.family, &options.left_out) { Split::Test } else { s })
        .collect()
}

/// Writes the general set into `dir` (programs and manifest; no baselines:
/// training and evaluation measure them) and returns the number of programs
/// per split.
pub fn write_general_dataset(
    dir: &std::path::Path,
    options: &GeneralOptions,
) -> Result<BTreeMap<Split, usize>, String> {
    let programs = general_programs(options)?;
    let splits = general_splits(&programs, options);
    bench::write_dataset_with_splits(dir, &programs, &splits, options.seed, None)
        .map_err(|e| e.to_string())?;
    let mut counts = BTreeMap::new();
    for s in splits {
        *counts.entry(s).or_default() += 1;
    }
    Ok(counts)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn program(name: &str, family: &str, text: &str) -> Generated {
        Generated { name: name.into(), family: family.into(), source: text.into() }
    }

    #[test]
    fn networks_are_named_by_suite_or_onnx_model() {
        assert_eq!(network_of("mobilenetv2"), Some("mobilenetv2"));
        assert_eq!(network_of("onnx_mobilenetv2"), Some("mobilenetv2"));
        assert_eq!(network_of("onnx_bert_layer"), Some("bert_layer"));
        assert_eq!(network_of("conv2d_nchw"), None);
        let left = vec!["mobilenetv2".to_string()];
        assert!(is_left_out("onnx_mobilenetv2", &left) && is_left_out("mobilenetv2", &left));
        assert!(!is_left_out("resnet18", &left) && !is_left_out("depthwise", &left));
    }

    #[test]
    fn a_layer_shared_with_a_left_out_network_is_never_trained_on() {
        // MobileNetV2's layer suite and its ONNX import, with the one-block
        // ONNX model and the depthwise generator beside them.
        let options = GeneralOptions {
            per_family: 3,
            families: vec!["depthwise".into(), "matmul".into()],
            suites: vec!["mobilenetv2".into(), "resnet18".into()],
            onnx: vec!["mobilenet_block".into(), "mobilenetv2".into()],
            left_out: vec!["mobilenetv2".into()],
            ..GeneralOptions::default()
        };
        let programs = general_programs(&options).unwrap();
        let splits = general_splits(&programs, &options);
        let left_out: HashSet<&str> = programs
            .iter()
            .filter(|p| is_left_out(&p.family, &options.left_out))
            .map(|p| p.source.as_str())
            .collect();
        assert!(left_out.len() > 20, "MobileNetV2's layers and ops: {}", left_out.len());
        let mut trained = 0;
        for (p, s) in programs.iter().zip(&splits) {
            if *s != Split::Test {
                trained += 1;
                assert!(!is_left_out(&p.family, &options.left_out), "{}", p.name);
                assert!(!left_out.contains(p.source.as_str()), "{} is a left-out layer", p.name);
            }
        }
        assert!(trained > 10, "{trained}");
        let texts: HashSet<&str> = programs.iter().map(|p| p.source.as_str()).collect();
        assert_eq!(texts.len(), programs.len(), "deduplicated by text");
        // The one-block model's ops are MobileNetV2 layers: the dedup drops
        // those, and whatever is left of it is trained on.
        let block = onnx_programs("mobilenet_block").unwrap();
        assert!(!block.is_empty());
        for p in &block {
            let kept = programs.iter().any(|q| q.name == p.name);
            assert_eq!(kept, !left_out.contains(p.source.as_str()), "{}", p.name);
        }
        // Trained programs respect the work budget; left-out ones may not.
        for (p, s) in programs.iter().zip(&splits) {
            if *s != Split::Test {
                assert!(flops(p).unwrap() <= options.max_flops, "{}", p.name);
            }
        }
    }

    proptest! {
        /// Whatever the families and seed, no program of a left-out network
        /// is trained or validated on, and every family of two or more
        /// programs keeps a test program.
        #[test]
        fn left_out_networks_are_only_tested(
            families in proptest::collection::vec(0usize..6, 1..60),
            seed in any::<u64>(),
        ) {
            let names =
                ["matmul", "depthwise", "resnet18", "mobilenetv2", "onnx_bert_layer", "onnx_mlp"];
            let programs: Vec<Generated> = families
                .iter()
                .enumerate()
                .map(|(i, &f)| program(&format!("p{i}"), names[f], &format!("text {i}")))
                .collect();
            let options = GeneralOptions { seed, ..GeneralOptions::default() };
            let splits = general_splits(&programs, &options);
            for (p, s) in programs.iter().zip(&splits) {
                if is_left_out(&p.family, &options.left_out) {
                    prop_assert_eq!(*s, Split::Test, "{} is left out", &p.family);
                }
            }
            for f in names {
                let of: Vec<Split> = programs
                    .iter()
                    .zip(&splits)
                    .filter(|(p, _)| p.family == f)
                    .map(|(_, s)| *s)
                    .collect();
                if of.len() >= 2 {
                    prop_assert!(of.contains(&Split::Test), "{f}: {of:?}");
                }
            }
        }
    }
}
