//! Cutting an imported network into benchmark files: one per linalg op, and
//! one per block (a window of ops along a consumer-producer path).

use crate::import::{Network, Stmt, Val, function_text};
use serde::{Deserialize, Serialize};
use std::collections::{HashMap, HashSet};

/// A standalone benchmark cut out of a network.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct BenchFile {
    /// File stem (`007_conv_layer1.0.conv1`).
    pub name: String,
    /// The module (`@main` with the operands as arguments), with SSA names
    /// renumbered so that equal computations have equal text.
    pub source: String,
    /// Statement indices (into [`Network::stmts`]) it holds, in order.
    pub stmts: Vec<usize>,
    /// Family for datasets: the op kind (`conv_2d_nchw_fchw`, `generic`,
    /// ...) for op files, `block` for block files.
    pub family: String,
    /// For the k-th linalg op of the file (its `operation_<k>`), the tag of
    /// the same op in the whole-network module.
    pub tags: Vec<String>,
}

/// A window of ops along a consumer-producer path.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Block {
    /// The main linalg statements of the window, in program order.
    pub ops: Vec<usize>,
    /// Every statement the block holds (the ops, their accumulator
    /// initialisations and the pads or reshapes between them), in order.
    pub stmts: Vec<usize>,
}

/// Renames every SSA value (`%name`) to `%x<n>` in order of first appearance.
fn canonical_names(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut map: HashMap<String, String> = HashMap::new();
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let mut j = i + 1;
            while j < bytes.len() && (bytes[j].is_ascii_alphanumeric() || bytes[j] == b'_') {
                j += 1;
            }
            if j > i + 1 {
                let n = map.len();
                let new = map.entry(text[i..j].to_string()).or_insert_with(|| format!("%x{n}"));
                out.push_str(new);
                i = j;
                continue;
            }
        }
        out.push(bytes[i] as char);
        i += 1;
    }
    out
}

fn sanitize(s: &str) -> String {
    let t: String = s
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() || c == '.' || c == '-' { c } else { '_' })
        .collect();
    t.trim_matches('_').chars().take(48).collect()
}

impl Network {
    /// Which statement defines each SSA name.
    fn definers(&self) -> HashMap<&str, usize> {
        self.stmts.iter().enumerate().map(|(i, s)| (s.result.name.as_str(), i)).collect()
    }

    /// Pads folded into the op producing their input (a [`Stmt::pad`] that
    /// is not a linalg op: the producer wrote straight into the filled
    /// tensor, and the pad only marks the padded value), mapped to that
    /// producer.
    fn folded_pads(&self) -> HashMap<usize, usize> {
        let def = self.definers();
        self.stmts
            .iter()
            .enumerate()
            .filter_map(|(i, s)| {
                if !s.pad || s.linalg {
                    return None;
                }
                let p = *def.get(s.uses.first()?.name.as_str())?;
                self.stmts[p].linalg.then_some((i, p))
            })
            .collect()
    }

    /// Statement indices of linalg ops that only initialise another op's
    /// accumulator (a fill or a broadcast bias read as `outs` by exactly one
    /// op, the filled tensor of one pad, or the filled tensor a producer
    /// writes its padded result into), mapped to that op.
    fn init_of(&self) -> HashMap<usize, usize> {
        let folded = self.folded_pads();
        let def = self.definers();
        let mut users: HashMap<usize, Vec<usize>> = HashMap::new();
        for (i, s) in self.stmts.iter().enumerate() {
            for u in &s.uses {
                if let Some(&d) = def.get(u.name.as_str()) {
                    users.entry(d).or_default().push(i);
                }
            }
        }
        let outputs: HashSet<&str> = self.returned_names();
        let mut map = HashMap::new();
        for (d, us) in users {
            let s = &self.stmts[d];
            if !s.linalg || outputs.contains(s.result.name.as_str()) {
                continue;
            }
            // The filled tensor of a folded pad: read by its producer and
            // by the pad.
            if let [a, b] = us.as_slice() {
                let fold = |pad: usize, op: usize| {
                    folded.get(&pad) == Some(&op)
                        && self.stmts[pad].uses.get(1).is_some_and(|u| u.name == s.result.name)
                };
                if fold(*b, *a) {
                    map.insert(d, *a);
                } else if fold(*a, *b) {
                    map.insert(d, *b);
                }
                continue;
            }
            if us.len() != 1 {
                continue;
            }
            let user = &self.stmts[us[0]];
            let pattern = format!("outs({} :", s.result.name);
            // The filled tensor of a folded pad whose pad is gone (nothing
            // read it): still the producer's output buffer.
            let slice = format!("tensor.extract_slice {}[", s.result.name);
            if user.linalg && user.lines.first().is_some_and(|l| l.contains(&slice)) {
                map.insert(d, us[0]);
                continue;
            }
            let padded = user.pad && user.uses.get(1).is_some_and(|u| u.name == s.result.name);
            if padded || (user.linalg && user.lines.iter().any(|l| l.contains(&pattern))) {
                map.insert(d, us[0]);
            }
        }
        map
    }

    /// Pads ([`Stmt::pad`]) that travel with the op reading them: those
    /// read by exactly one statement, a linalg op that is not an
    /// accumulator initialisation, and not returned. Any other pad is an op
    /// of its own.
    fn lone_pads(&self, inits: &HashMap<usize, usize>) -> HashSet<usize> {
        let outputs = self.returned_names();
        (0..self.stmts.len())
            .filter(|&i| {
                let s = &self.stmts[i];
                let readers: Vec<usize> = (0..self.stmts.len())
                    .filter(|&j| self.stmts[j].uses.iter().any(|u| u.name == s.result.name))
                    .collect();
                s.pad
                    && s.linalg
                    && !outputs.contains(s.result.name.as_str())
                    && matches!(readers.as_slice(), [r] if self.stmts[*r].linalg
                        && !self.stmts[*r].pad
                        && !inits.contains_key(r))
            })
            .collect()
    }

    fn returned_names(&self) -> HashSet<&str> {
        // The module's return line names the returned values.
        let mut names = HashSet::new();
        if let Some(line) =
            self.module.lines().rev().find(|l| l.trim_start().starts_with("return "))
        {
            let list = line.trim_start().trim_start_matches("return ");
            let list = list.split(':').next().unwrap_or("");
            for n in list.split(',') {
                if let Some(s) = self.stmts.iter().find(|s| s.result.name == n.trim()) {
                    names.insert(s.result.name.as_str());
                }
            }
        }
        names
    }

    /// The module for a set of statements: arguments are the values they read
    /// from outside, results the values read outside (or returned by the
    /// network), plus the last statement's.
    fn cut(&self, name: String, family: String, stmts: Vec<usize>) -> BenchFile {
        let inside: HashSet<&str> =
            stmts.iter().map(|&i| self.stmts[i].result.name.as_str()).collect();
        let mut args: Vec<Val> = Vec::new();
        for &i in &stmts {
            for u in &self.stmts[i].uses {
                if !inside.contains(u.name.as_str()) && !args.contains(u) {
                    args.push(u.clone());
                }
            }
        }
        let set: HashSet<usize> = stmts.iter().copied().collect();
        let outputs = self.returned_names();
        // A result padded by a folded pad inside is part of the padded
        // value returned instead (returning the unpadded view would only add
        // a copy).
        let folded: HashSet<usize> = self
            .folded_pads()
            .into_iter()
            .filter(|(pad, _)| set.contains(pad))
            .map(|(_, op)| op)
            .collect();
        let mut returned: Vec<Val> = Vec::new();
        for &i in &stmts {
            let r = &self.stmts[i].result;
            if folded.contains(&i) && Some(&i) != stmts.last() && !outputs.contains(r.name.as_str())
            {
                continue;
            }
            let read_outside = self
                .stmts
                .iter()
                .enumerate()
                .any(|(j, s)| !set.contains(&j) && s.uses.iter().any(|u| u.name == r.name));
            if read_outside || outputs.contains(r.name.as_str()) || Some(&i) == stmts.last() {
                returned.push(r.clone());
            }
        }
        let arg_text: Vec<String> =
            args.iter().map(|a| format!("{}: {}", a.name, a.ty())).collect();
        let body: Vec<Stmt> = stmts.iter().map(|&i| self.stmts[i].clone()).collect();
        let source = canonical_names(&function_text("main", &arg_text, &body, &returned));
        let all_tags = self.tags();
        let tags = stmts.iter().filter_map(|&i| all_tags[i].clone()).collect();
        BenchFile { name, source, family, stmts, tags }
    }

    /// One benchmark per linalg op, its operands as arguments. Ops that only
    /// initialise another op's accumulator (fills, bias broadcasts) and pads
    /// read by one op have no file of their own: they are an argument of the
    /// op they feed. The one exception: an op that writes into a padded
    /// tensor (a folded pad) has the fill and the pad in its file, which
    /// returns the padded tensor (so its file holds two linalg ops).
    pub fn op_files(&self) -> Vec<BenchFile> {
        let inits = self.init_of();
        let lone = self.lone_pads(&inits);
        let folded = self.folded_pads();
        let mut files = Vec::new();
        let mut k = 0;
        for (i, s) in self.stmts.iter().enumerate() {
            if !s.linalg || lone.contains(&i) || inits.contains_key(&i) {
                continue;
            }
            // An op writing its result into a padded tensor: the file holds
            // the filled tensor and the pad too, and returns the padded value.
            let mut set = vec![i];
            for (&pad, _) in folded.iter().filter(|&(_, &op)| op == i) {
                set.push(pad);
                set.extend(inits.iter().filter(|&(_, &c)| c == i).map(|(&d, _)| d));
            }
            set.sort();
            set.dedup();
            let kind = s.lines.iter().find_map(|l| {
                l.split(" = ")
                    .nth(1)
                    .and_then(|r| r.split_whitespace().next())
                    .filter(|op| op.starts_with("linalg."))
            });
            let kind = kind.map_or("op".into(), |k| k.trim_start_matches("linalg.").to_string());
            files.push(self.cut(format!("{k:03}_{kind}_{}", sanitize(&s.node)), kind, set));
            k += 1;
        }
        files
    }

    /// Windows of `window` ops along consumer-producer paths, starting every
    /// `stride` ops (the seed's block extraction uses 5 and 3). A statement's
    /// accumulator initialisation and the pads or reshapes feeding it travel
    /// with it. With `stride == window` the blocks partition the ops.
    pub fn blocks(&self, window: usize, stride: usize) -> Vec<Block> {
        let (window, stride) = (window.max(1), stride.max(1));
        let def = self.definers();
        let inits = self.init_of();
        let lone = self.lone_pads(&inits);
        let folded = self.folded_pads();
        let is_main =
            |i: usize| self.stmts[i].linalg && !lone.contains(&i) && !inits.contains_key(&i);
        // Attached statements and data producers of each main op.
        let mut attached: HashMap<usize, Vec<usize>> = HashMap::new();
        let mut producers: HashMap<usize, Vec<usize>> = HashMap::new();
        for (i, s) in self.stmts.iter().enumerate() {
            if !is_main(i) {
                continue;
            }
            let mut att: Vec<usize> =
                inits.iter().filter(|&(_, &c)| c == i).map(|(&d, _)| d).collect();
            // A pad folded into this op travels with it.
            att.extend(folded.iter().filter(|&(_, &op)| op == i).map(|(&pad, _)| pad));
            let mut prods = Vec::new();
            for u in &s.uses {
                let mut cur = def.get(u.name.as_str()).copied();
                while let Some(d) = cur {
                    let st = &self.stmts[d];
                    if is_main(d) {
                        prods.push(d);
                        break;
                    }
                    if let Some(&op) = folded.get(&d) {
                        prods.push(op);
                        break;
                    }
                    if lone.contains(&d) {
                        // The pad and its filled tensor; then what it pads.
                        att.push(d);
                        att.extend(inits.iter().filter(|&(_, &c)| c == d).map(|(&f, _)| f));
                        cur = def.get(st.uses[0].name.as_str()).copied();
                        continue;
                    }
                    if st.linalg || st.uses.len() != 1 {
                        break; // an init (handled above) or a join such as a concat
                    }
                    att.push(d);
                    cur = def.get(st.uses[0].name.as_str()).copied();
                }
            }
            att.sort();
            att.dedup();
            attached.insert(i, att);
            producers.insert(i, prods);
        }
        // Disjoint chains, consumers first, each following its first
        // unassigned producer.
        let mains: Vec<usize> = (0..self.stmts.len()).filter(|&i| is_main(i)).collect();
        let mut assigned: HashSet<usize> = HashSet::new();
        let mut chains: Vec<Vec<usize>> = Vec::new();
        for &start in mains.iter().rev() {
            if assigned.contains(&start) {
                continue;
            }
            let mut chain = vec![start];
            assigned.insert(start);
            let mut cur = start;
            while let Some(&p) = producers[&cur].iter().find(|p| !assigned.contains(p)) {
                chain.push(p);
                assigned.insert(p);
                cur = p;
            }
            chain.reverse();
            chains.push(chain);
        }
        chains.reverse();
        let mut blocks = Vec::new();
        for chain in chains {
            let mut start = 0;
            loop {
                let end = (start + window).min(chain.len());
                let ops: Vec<usize> = chain[start..end].to_vec();
                let mut stmts: Vec<usize> = ops.clone();
                for o in &ops {
                    stmts.extend(&attached[o]);
                }
                stmts.sort();
                stmts.dedup();
                blocks.push(Block { ops, stmts });
                if end == chain.len() {
                    break;
                }
                start += stride;
            }
        }
        blocks
    }

    /// Benchmark files of [`Network::blocks`].
    pub fn block_files(&self, window: usize, stride: usize) -> Vec<BenchFile> {
        self.files_of(&self.blocks(window, stride))
    }

    /// One benchmark file per block.
    pub fn files_of(&self, blocks: &[Block]) -> Vec<BenchFile> {
        blocks
            .iter()
            .enumerate()
            .map(|(k, b)| {
                let first = &self.stmts[b.ops[0]].node;
                let last = &self.stmts[*b.ops.last().unwrap_or(&b.ops[0])].node;
                let name = if first == last {
                    format!("block{k:03}_{}", sanitize(first))
                } else {
                    format!("block{k:03}_{}__{}", sanitize(first), sanitize(last))
                };
                self.cut(name, "block".into(), b.stmts.clone())
            })
            .collect()
    }
}
