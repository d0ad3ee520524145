//! What mlirrl agrees to compile and run: the program policy.
//!
//! mlirrl JIT-compiles and executes the programs it is given, so every input
//! program is untrusted. Before anything is compiled (and before MLIR's
//! transformations touch it) a program must pass these checks:
//!
//! - **Text** ([`check_text`]): bounded size and bracket nesting, so MLIR's
//!   recursive-descent parser cannot overflow the stack.
//! - **Ops** ([`check_module`]): only the dialects mlirrl understands
//!   (`linalg`, `tensor`, `arith`, `math`, `memref`, `scf`, `affine`,
//!   `bufferization`, `index`, `func` and the module itself); no external
//!   function declarations, calls only to functions defined in the module,
//!   and no recursion. Printing and other side effects are not in those
//!   dialects, so they are refused with the op named.
//! - **Shapes**: every shaped value has no zero-sized dimension and a byte
//!   size (checked arithmetic) within [`Limits::max_buffer_bytes`].
//! - **Tags**: a `tag` attribute already in the input may sit only on a
//!   linalg op, must be unique, and may hold only letters, digits and `_`
//!   (tags are spliced into Transform scripts).
//!
//! The lowered, LLVM-dialect side of the same promise (the JIT resolves only
//! mlirrl's own runtime symbols) is checked by `mlirrl-env` before the
//! execution engine is created.
//!
//! ```
//! let bad = "llvm.func @system(!llvm.ptr) -> i32\n";
//! let err = mlirrl_ir::parse_str(bad, "bad").unwrap_err().to_string();
//! assert!(err.contains("llvm.func"), "{err}");
//! ```

use crate::{error::IrError, mlir::line_col};
use melior::ir::{
    BlockLike, OperationRef, RegionLike, ValueLike,
    attribute::AttributeLike,
    operation::{OperationLike, WalkOrder, WalkResult},
    r#type::TypeLike,
};
use mlir_sys::MlirType;
use std::collections::{HashMap, HashSet};

/// Dialects whose ops an input program may contain.
pub const ALLOWED_DIALECTS: &[&str] = &[
    "builtin",
    "func",
    "linalg",
    "tensor",
    "arith",
    "math",
    "memref",
    "scf",
    "affine",
    "bufferization",
    "index",
    "ub",
];

/// Ops of allowed dialects that are still refused.
const REFUSED_OPS: &[(&str, &str)] = &[
    ("func.call_indirect", "indirect calls are not allowed"),
    ("func.constant", "function references are not allowed"),
    ("builtin.unrealized_conversion_cast", "unrealized casts are not allowed in input programs"),
    ("memref.reinterpret_cast", "raw pointer arithmetic is not allowed"),
    ("memref.extract_aligned_pointer_as_index", "raw pointers are not allowed"),
    ("memref.dealloc", "input programs may not free memory"),
];

/// Attributes an input program may not carry: they change how functions
/// are linked or called once lowered (e.g. `llvm.linkage` can make the JIT
/// bind a function to a symbol of the process).
fn refused_attribute(name: &str) -> bool {
    (name.starts_with("llvm.") && name != "llvm.emit_c_interface")
        || matches!(name, "passthrough" | "library_call")
}

/// Longest run of minus signs (whitespace between them allowed) accepted.
const MAX_MINUS_RUN: usize = 64;

/// Size limits checked before anything is compiled or allocated.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limits {
    /// Largest accepted program text, in bytes.
    pub max_text_bytes: usize,
    /// Deepest accepted bracket nesting (`(`, `[`, `{`, `<`).
    pub max_nesting: usize,
    /// Largest accepted shaped value (tensor or memref), in bytes.
    pub max_buffer_bytes: u64,
}

impl Default for Limits {
    fn default() -> Self {
        Self { max_text_bytes: 256 << 20, max_nesting: 200, max_buffer_bytes: 4 << 30 }
    }
}

/// Checks the raw text before MLIR parses it: size and bracket nesting
/// (outside string literals and `//` comments; `->`, `>=` and `<=` are not
/// brackets). Only properly matched nesting counts: at the first mismatched
/// closing bracket the parser stops anyway, so the check stops there too.
pub fn check_text(source: &str, name: &str, limits: &Limits) -> Result<(), IrError> {
    let refuse = |reason: String| IrError::Refused { input: name.into(), line: 0, reason };
    if source.len() > limits.max_text_bytes {
        return Err(refuse(format!(
            "the program is {} bytes, more than the limit of {}",
            source.len(),
            limits.max_text_bytes
        )));
    }
    let bytes = source.as_bytes();
    let (mut stack, mut line, mut i) = (Vec::<u8>::new(), 1usize, 0usize);
    let mut minus_run = 0usize;
    let (mut in_string, mut in_comment) = (false, false);
    while i < bytes.len() {
        let c = bytes[i];
        if c == b'\n' {
            line += 1;
            in_comment = false;
        } else if in_comment {
        } else if in_string {
            if c == b'\\' {
                i += 1;
            } else if c == b'"' {
                in_string = false;
            }
        } else {
            let next = bytes.get(i + 1).copied();
            let prev = if i > 0 { bytes[i - 1] } else { 0 };
            let close = |stack: &mut Vec<u8>, open: u8| stack.pop() == Some(open);
            let matched = match c {
                b'"' => {
                    in_string = true;
                    true
                }
                b'/' if next == Some(b'/') => {
                    in_comment = true;
                    true
                }
                b'(' | b'[' | b'{' => {
                    stack.push(c);
                    true
                }
                b'<' if next != Some(b'=') => {
                    stack.push(c);
                    true
                }
                b')' => close(&mut stack, b'('),
                b']' => close(&mut stack, b'['),
                b'}' => close(&mut stack, b'{'),
                b'>' if prev != b'-' && next != Some(b'=') => close(&mut stack, b'<'),
                _ => true,
            };
            if !matched {
                return Ok(());
            }
            // Unary minus is parsed recursively too (affine expressions).
            if c == b'-' {
                minus_run += 1;
                if minus_run > MAX_MINUS_RUN {
                    return Err(IrError::Refused {
                        input: name.into(),
                        line,
                        reason: format!(
                            "more than {MAX_MINUS_RUN} minus signs in a row; mlirrl refuses such \
                             input rather than risk the parser's stack"
                        ),
                    });
                }
            } else if !c.is_ascii_whitespace() {
                minus_run = 0;
            }
            if stack.len() > limits.max_nesting {
                return Err(IrError::Refused {
                    input: name.into(),
                    line,
                    reason: format!(
                        "brackets nested more than {} deep; mlirrl refuses such input rather than \
                         risk the parser's stack",
                        limits.max_nesting
                    ),
                });
            }
        }
        i += 1;
    }
    Ok(())
}

fn op_line(op: &OperationRef<'_, '_>) -> usize {
    line_col(op.location()).map_or(0, |(line, _)| line)
}

fn op_name(op: &OperationRef<'_, '_>) -> String {
    op.name().as_string_ref().as_str().unwrap_or("?").to_string()
}

fn symbol_name(op: &OperationRef<'_, '_>, attr: &str) -> Option<String> {
    let a = op.attribute(attr).ok()?.to_raw();
    // SAFETY: `a` is a live attribute of a live op; only symbol references
    // and strings are read as strings.
    unsafe {
        let s = if mlir_sys::mlirAttributeIsAFlatSymbolRef(a) {
            mlir_sys::mlirFlatSymbolRefAttrGetValue(a)
        } else if mlir_sys::mlirAttributeIsAString(a) {
            mlir_sys::mlirStringAttrGetValue(a)
        } else {
            return None;
        };
        let bytes = std::slice::from_raw_parts(s.data as *const u8, s.length);
        std::str::from_utf8(bytes).ok().map(str::to_string)
    }
}

/// Problems with one type: a zero-sized dimension or too many bytes.
fn check_type(ty: MlirType, limits: &Limits) -> Option<String> {
    // SAFETY: `ty` comes from a live value or op of the module.
    unsafe {
        if !mlir_sys::mlirTypeIsAShaped(ty) || !mlir_sys::mlirShapedTypeHasRank(ty) {
            return None;
        }
        let rank = mlir_sys::mlirShapedTypeGetRank(ty);
        let element = mlir_sys::mlirShapedTypeGetElementType(ty);
        let bits = if mlir_sys::mlirTypeIsAInteger(element) {
            mlir_sys::mlirIntegerTypeGetWidth(element) as u64
        } else if mlir_sys::mlirTypeIsAFloat(element) {
            mlir_sys::mlirFloatTypeGetWidth(element) as u64
        } else {
            64 // index, complex and others: counted as 8 bytes
        };
        let mut bytes: Option<u64> = Some(bits.div_ceil(8).max(1));
        for d in 0..rank {
            let size = mlir_sys::mlirShapedTypeGetDimSize(ty, d as isize);
            if mlir_sys::mlirShapedTypeIsDynamicSize(size) {
                continue;
            }
            if size == 0 {
                return Some("a dimension of size 0 (degenerate shapes are not supported)".into());
            }
            bytes = bytes.and_then(|b| b.checked_mul(size as u64));
        }
        match bytes {
            Some(b) if b <= limits.max_buffer_bytes => None,
            Some(b) => Some(format!(
                "{b} bytes, more than the limit of {} bytes per buffer",
                limits.max_buffer_bytes
            )),
            None => Some("a size that overflows 64 bits".into()),
        }
    }
}

fn type_text(ty: MlirType) -> String {
    // SAFETY: `ty` is a live type.
    unsafe { melior::ir::Type::from_raw(ty) }.to_string()
}

/// Checks a parsed input module against the program policy (see the module
/// docs). `name` names the input in errors.
pub fn check_module(
    module_op: mlir_sys::MlirOperation,
    name: &str,
    limits: &Limits,
) -> Result<(), IrError> {
    // SAFETY: the caller holds the module for the duration of the walk.
    let root = unsafe { OperationRef::from_raw(module_op) };
    let mut error: Option<IrError> = None;
    let mut defined: HashSet<String> = HashSet::new();
    let mut calls: Vec<(String, String, usize)> = Vec::new(); // (caller, callee, line)
    let mut tags: HashSet<String> = HashSet::new();
    root.walk(WalkOrder::PreOrder, |op| {
        let name_ = op_name(&op);
        let line = op_line(&op);
        let refuse = |reason: String| IrError::Refused { input: name.into(), line, reason };
        let dialect = name_.split('.').next().unwrap_or("");
        if !ALLOWED_DIALECTS.contains(&dialect) {
            error = Some(refuse(format!(
                "op `{name_}` is not allowed: mlirrl compiles and runs only ops of the dialects {} \
                 (no LLVM dialect, no external code)",
                ALLOWED_DIALECTS.join(", ")
            )));
            return WalkResult::Interrupt;
        }
        if let Some((_, why)) = REFUSED_OPS.iter().find(|(n, _)| *n == name_) {
            error = Some(refuse(format!("op `{name_}`: {why}")));
            return WalkResult::Interrupt;
        }
        // SAFETY: the op is live for the walk; attribute names are read as
        // UTF-8 text (lossily).
        let attribute_names: Vec<String> = unsafe {
            let raw = op.to_raw();
            (0..mlir_sys::mlirOperationGetNumAttributes(raw))
                .map(|i| {
                    let named = mlir_sys::mlirOperationGetAttribute(raw, i);
                    let s = mlir_sys::mlirIdentifierStr(named.name);
                    let bytes = std::slice::from_raw_parts(s.data as *const u8, s.length);
                    String::from_utf8_lossy(bytes).into_owned()
                })
                .collect()
        };
        if let Some(bad) = attribute_names.iter().find(|n| refused_attribute(n)) {
            error = Some(refuse(format!(
                "attribute `{bad}` on `{name_}` is not allowed (it changes how code is linked)"
            )));
            return WalkResult::Interrupt;
        }
        if let Some(tag) =
            symbol_name(&op, "tag").or_else(|| op.attribute("tag").ok().map(|a| a.to_string()))
        {
            let why = if dialect != "linalg" {
                Some(format!("a `tag` attribute on `{name_}`: tags address linalg ops only"))
            } else if tag.is_empty() || !tag.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
            {
                Some(format!(
                    "tag {tag:?} on `{name_}`: tags may hold only letters, digits and `_`"
                ))
            } else if !tags.insert(tag.clone()) {
                Some(format!("tag {tag:?} is on more than one op"))
            } else {
                None
            };
            if let Some(why) = why {
                error = Some(refuse(why));
                return WalkResult::Interrupt;
            }
        }
        if name_ == "func.func" {
            let fname = symbol_name(&op, "sym_name").unwrap_or_default();
            let has_body = op.region(0).ok().and_then(|r| r.first_block()).is_some();
            if !has_body {
                error = Some(refuse(format!(
                    "external function declaration `@{fname}`: input programs may call only \
                     functions they define"
                )));
                return WalkResult::Interrupt;
            }
            defined.insert(fname);
        }
        if name_ == "func.call" {
            let callee = symbol_name(&op, "callee").unwrap_or_default();
            let mut caller = String::new();
            let mut parent = op.parent_operation();
            while let Some(p) = parent {
                if op_name(&p) == "func.func" {
                    caller = symbol_name(&p, "sym_name").unwrap_or_default();
                    break;
                }
                parent = p.parent_operation();
            }
            calls.push((caller, callee, line));
        }
        // Every value the op defines: its results and its blocks' arguments.
        let mut defined_types = Vec::new();
        for i in 0..op.result_count() {
            if let Ok(r) = op.result(i) {
                defined_types.push((format!("result {i}"), r.r#type().to_raw()));
            }
        }
        for r in 0..op.region_count() {
            let Ok(region) = op.region(r) else { continue };
            let mut block = region.first_block();
            while let Some(b) = block {
                for a in 0..b.argument_count() {
                    if let Ok(arg) = b.argument(a) {
                        defined_types.push((format!("block argument {a}"), arg.r#type().to_raw()));
                    }
                }
                block = b.next_in_region();
            }
        }
        for (what, ty) in defined_types {
            if let Some(why) = check_type(ty, limits) {
                error =
                    Some(refuse(format!("`{name_}` {what} of type {} has {why}", type_text(ty))));
                return WalkResult::Interrupt;
            }
        }
        WalkResult::Advance
    });
    if let Some(e) = error {
        return Err(e);
    }
    for (_, callee, line) in &calls {
        if !defined.contains(callee) {
            return Err(IrError::Refused {
                input: name.into(),
                line: *line,
                reason: format!("call to `@{callee}`, which the module does not define"),
            });
        }
    }
    // Recursion: a cycle in the call graph.
    let mut graph: HashMap<&str, Vec<(&str, usize)>> = HashMap::new();
    for (caller, callee, line) in &calls {
        graph.entry(caller.as_str()).or_default().push((callee.as_str(), *line));
    }
    fn visit<'a>(
        f: &'a str,
        graph: &HashMap<&'a str, Vec<(&'a str, usize)>>,
        state: &mut HashMap<&'a str, u8>,
    ) -> Option<(String, usize)> {
        match state.get(f) {
            Some(1) => return Some((f.to_string(), 0)),
            Some(2) => return None,
            _ => {}
        }
        state.insert(f, 1);
        for &(g, line) in graph.get(f).map(Vec::as_slice).unwrap_or(&[]) {
            if let Some((cycle, l)) = visit(g, graph, state) {
                return Some((cycle, if l == 0 { line } else { l }));
            }
        }
        state.insert(f, 2);
        None
    }
    let mut state = HashMap::new();
    let mut callers: Vec<&str> = graph.keys().copied().collect();
    callers.sort_unstable();
    for f in callers {
        if let Some((cycle, line)) = visit(f, &graph, &mut state) {
            return Err(IrError::Refused {
                input: name.into(),
                line,
                reason: format!(
                    "recursive call involving `@{cycle}`: recursion is not allowed (unbounded \
                     stack and memory)"
                ),
            });
        }
    }
    Ok(())
}

/// Transform ops an untrusted Transform script may not use: running
/// arbitrary passes (some write files), inserting arbitrary IR, and
/// annotating anything but mlirrl's `tag` (an annotation such as
/// `llvm.linkage` changes how code is linked).
const REFUSED_TRANSFORM_OPS: &[&str] =
    &["transform.apply_registered_pass", "transform.structured.replace"];

/// Checks a parsed Transform script (untrusted, like programs): no
/// registered passes, no IR replacement, annotations only of `tag`.
pub fn check_transform_script(
    module_op: mlir_sys::MlirOperation,
    name: &str,
) -> Result<(), IrError> {
    // SAFETY: the caller holds the module for the duration of the walk.
    let root = unsafe { OperationRef::from_raw(module_op) };
    let mut error = None;
    root.walk(WalkOrder::PreOrder, |op| {
        let op_name_ = op_name(&op);
        let line = op_line(&op);
        let why = if REFUSED_TRANSFORM_OPS.contains(&op_name_.as_str()) {
            Some(format!("`{op_name_}` is not allowed in Transform scripts"))
        } else if op_name_ == "transform.annotate" {
            let attr = symbol_name(&op, "name").unwrap_or_default();
            (attr != "tag")
                .then(|| format!("`transform.annotate` may only set `tag`, not `{attr}`"))
        } else {
            None
        };
        match why {
            Some(reason) => {
                error = Some(IrError::Refused { input: name.into(), line, reason });
                WalkResult::Interrupt
            }
            None => WalkResult::Advance,
        }
    });
    error.map_or(Ok(()), Err)
}
