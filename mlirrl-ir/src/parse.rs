//! Reading MLIR text into a [`Program`] with melior and the MLIR C API.

use crate::{
    error::IrError,
    mlir::{self, OwnedModule},
    model::{
        AccessDim, AccessMap, BodyOps, Edge, ElementType, IteratorKind, LinalgOp, Loop, OpKind,
        Operand, OperandRole, Program,
    },
};
use melior::{
    Context,
    ir::{
        AffineExpr, AffineMap, BlockLike, OperationRef, RegionLike,
        operation::{OperationLike, WalkOrder, WalkResult},
    },
};
use mlir_sys::{MlirAttribute, MlirOperation, MlirType, MlirValue};
use std::{collections::HashMap, path::Path};

/// Most ops per module whose vectorisability [`ParseOptions::check_vectorizable`]
/// asks MLIR about.
pub const MAX_VECTORIZABLE_CHECKS: usize = 256;

/// Options for [`parse_str_with`], [`parse_file_with`] and [`extract`].
#[derive(Clone, Debug)]
pub struct ParseOptions {
    /// Ask MLIR's vectoriser whether each op vectorises as it is (applies
    /// `transform.structured.vectorize` to a copy of the module per op). The
    /// check costs a module copy per op, so modules of more than
    /// [`MAX_VECTORIZABLE_CHECKS`] ops are not checked (`vectorizable` stays
    /// unknown).
    pub check_vectorizable: bool,
    /// Keep `tag` attributes already on ops (after transformations); ops
    /// without one get a fresh tag. When false every op is re-tagged
    /// `operation_<k>` in program order.
    pub keep_tags: bool,
}

impl Default for ParseOptions {
    fn default() -> Self {
        Self { check_vectorizable: true, keep_tags: false }
    }
}

/// Parses MLIR text; `name` names the input in errors and in
/// [`Program::name`].
///
/// ```
/// let src = r#"
/// func.func @main(%a: tensor<128x768xf32>, %b: tensor<768x64xf32>, %c: tensor<128x64xf32>) -> tensor<128x64xf32> {
///   %r = linalg.matmul ins(%a, %b : tensor<128x768xf32>, tensor<768x64xf32>) outs(%c : tensor<128x64xf32>) -> tensor<128x64xf32>
///   return %r : tensor<128x64xf32>
/// }"#;
/// let program = mlirrl_ir::parse_str(src, "example").unwrap();
/// let trips: Vec<u64> = program.ops[0].loops.iter().map(|l| l.trip_count).collect();
/// assert_eq!(trips, [128, 64, 768]);
/// ```
pub fn parse_str(source: &str, name: &str) -> Result<Program, IrError> {
    parse_str_with(source, name, &ParseOptions::default())
}

/// Reads and parses a `.mlir` file.
pub fn parse_file(path: impl AsRef<Path>) -> Result<Program, IrError> {
    parse_file_with(path, &ParseOptions::default())
}

/// [`parse_file`] with options.
pub fn parse_file_with(path: impl AsRef<Path>, options: &ParseOptions) -> Result<Program, IrError> {
    let path = path.as_ref();
    let bytes =
        std::fs::read(path).map_err(|source| IrError::Io { path: path.to_path_buf(), source })?;
    let name = path.display().to_string();
    let text = std::str::from_utf8(&bytes)
        .map_err(|e| IrError::NotText { input: name.clone(), offset: e.valid_up_to() })?;
    parse_str_with(text, &name, options)
}

/// [`parse_str`] with options.
pub fn parse_str_with(
    source: &str,
    name: &str,
    options: &ParseOptions,
) -> Result<Program, IrError> {
    let context = mlir::new_context();
    let module = parse_untrusted(&context, source, name)?;
    extract(&context, &module, name, options)
}

/// Parses an input program under the program policy ([`crate::policy`]):
/// empty input, NUL bytes, oversized or too deeply nested text are refused
/// before MLIR sees it, and the parsed module must contain only allowed ops,
/// no external functions or recursion, and no degenerate or oversized
/// shapes. Every entry point that reads a program from outside goes through
/// here.
pub fn parse_untrusted(
    context: &Context,
    source: &str,
    name: &str,
) -> Result<OwnedModule, IrError> {
    if source.trim().is_empty() {
        return Err(IrError::Empty { input: name.into() });
    }
    if let Some(offset) = source.find('\0') {
        return Err(IrError::NotText { input: name.into(), offset });
    }
    let limits = crate::policy::Limits::default();
    crate::policy::check_text(source, name, &limits)?;
    let module = OwnedModule::parse(context, source)
        .map_err(|diagnostics| IrError::Parse { input: name.into(), diagnostics })?;
    crate::policy::check_module(module.op(), name, &limits)?;
    Ok(module)
}

/// Builds the program model from an already parsed module, tagging its linalg
/// ops in place (see [`ParseOptions::keep_tags`]). This is how environments
/// re-read a module after transforming it.
pub fn extract(
    context: &Context,
    module: &OwnedModule,
    name: &str,
    options: &ParseOptions,
) -> Result<Program, IrError> {
    let raw_ops = collect_linalg_ops(module.op());
    if raw_ops.is_empty() {
        return Err(IrError::NoLinalgOp { input: name.into() });
    }
    let index_of: HashMap<*const std::ffi::c_void, usize> =
        raw_ops.iter().enumerate().map(|(i, op)| (op.ptr as *const _, i)).collect();

    let existing: Vec<Option<String>> = raw_ops
        .iter()
        .map(|&raw| if options.keep_tags { string_attr(raw, "tag") } else { None })
        .collect();
    let mut used: std::collections::HashSet<String> = existing.iter().flatten().cloned().collect();
    let mut next = 0;
    let mut ops = Vec::with_capacity(raw_ops.len());
    for (k, &raw) in raw_ops.iter().enumerate() {
        let tag = match &existing[k] {
            Some(tag) => tag.clone(),
            None => {
                let mut candidate = crate::tags::op_tag(k);
                while options.keep_tags && used.contains(&candidate) {
                    candidate = crate::tags::fresh_tag(next);
                    next += 1;
                }
                used.insert(candidate.clone());
                set_string_attr(context, raw, "tag", &candidate);
                candidate
            }
        };
        ops.push(read_op(raw, tag, name)?);
    }

    let edges = build_edges(&raw_ops, &index_of);

    if options.check_vectorizable && ops.len() <= MAX_VECTORIZABLE_CHECKS {
        for op in &mut ops {
            op.vectorizable = Some(vectorizes(context, module, &op.tag));
        }
    }

    Ok(Program { name: name.into(), ops, edges, tagged_source: module.to_text() })
}

/// Linalg ops in program (pre-)order, not descending into linalg bodies.
pub fn collect_linalg_ops(module_op: MlirOperation) -> Vec<MlirOperation> {
    let mut found = Vec::new();
    op_ref(module_op).walk(WalkOrder::PreOrder, |op| {
        let is_linalg = op.name().as_string_ref().as_str().is_ok_and(|n| n.starts_with("linalg."));
        if is_linalg {
            found.push(op.to_raw());
            WalkResult::Skip
        } else {
            WalkResult::Advance
        }
    });
    found
}

fn op_ref<'a>(raw: MlirOperation) -> OperationRef<'static, 'a> {
    // SAFETY: callers only pass live operations of a module that outlives the
    // returned reference's use.
    unsafe { OperationRef::from_raw(raw) }
}

fn op_name(raw: MlirOperation) -> String {
    op_ref(raw).name().as_string_ref().as_str().unwrap_or("<non-utf8>").to_string()
}

fn op_line(raw: MlirOperation) -> Option<usize> {
    mlir::line_col(op_ref(raw).location()).map(|(line, _)| line)
}

fn set_string_attr(context: &Context, raw: MlirOperation, name: &str, value: &str) {
    // SAFETY: `raw` is live and belongs to `context`; string refs point to
    // data alive for the calls.
    unsafe {
        let attr = mlir_sys::mlirStringAttrGet(context.to_raw(), string_ref(value));
        mlir_sys::mlirOperationSetDiscardableAttributeByName(raw, string_ref(name), attr);
    }
}

fn string_ref(s: &str) -> mlir_sys::MlirStringRef {
    mlir_sys::MlirStringRef { data: s.as_ptr() as *const _, length: s.len() }
}

fn attribute(raw: MlirOperation, name: &str) -> Option<MlirAttribute> {
    // SAFETY: `raw` is live; a missing attribute is a null handle.
    let attr = unsafe { mlir_sys::mlirOperationGetAttributeByName(raw, string_ref(name)) };
    (!attr.ptr.is_null()).then_some(attr)
}

/// The value of a string attribute of an op, if present.
pub fn string_attr(raw: MlirOperation, name: &str) -> Option<String> {
    let attr = attribute(raw, name)?;
    // SAFETY: `attr` is live; only string attributes are read as strings.
    unsafe {
        if !mlir_sys::mlirAttributeIsAString(attr) {
            return None;
        }
        let s = mlir_sys::mlirStringAttrGetValue(attr);
        let bytes = std::slice::from_raw_parts(s.data as *const u8, s.length);
        std::str::from_utf8(bytes).ok().map(str::to_string)
    }
}

fn attr_to_string(attr: MlirAttribute) -> String {
    // SAFETY: `attr` is a live, non-null attribute.
    unsafe { melior::ir::Attribute::from_raw(attr) }.to_string()
}

fn type_to_string(ty: MlirType) -> String {
    // SAFETY: `ty` is a live type.
    unsafe { melior::ir::Type::from_raw(ty) }.to_string()
}

/// Number of DPS inputs and inits.
fn dps_split(raw: MlirOperation, name: &str, num_operands: usize) -> (usize, usize) {
    if let Some(attr) = attribute(raw, "operandSegmentSizes") {
        // SAFETY: linalg's segment sizes are a dense i32 array.
        unsafe {
            if mlir_sys::mlirAttributeIsADenseI32Array(attr)
                && mlir_sys::mlirDenseArrayGetNumElements(attr) == 2
            {
                let ins = mlir_sys::mlirDenseI32ArrayGetElement(attr, 0).max(0) as usize;
                let outs = mlir_sys::mlirDenseI32ArrayGetElement(attr, 1).max(0) as usize;
                if ins + outs == num_operands {
                    return (ins, outs);
                }
            }
        }
    }
    let _ = name;
    (num_operands.saturating_sub(1), num_operands.min(1))
}

fn element_type(ty: MlirType) -> Option<ElementType> {
    // SAFETY: `ty` is a live type; the predicates only inspect it.
    unsafe {
        if mlir_sys::mlirTypeIsAF32(ty) {
            Some(ElementType::F32)
        } else if mlir_sys::mlirTypeIsAF64(ty) {
            Some(ElementType::F64)
        } else if mlir_sys::mlirTypeIsAF16(ty) {
            Some(ElementType::F16)
        } else if mlir_sys::mlirTypeIsABF16(ty) {
            Some(ElementType::Bf16)
        } else if mlir_sys::mlirTypeIsAInteger(ty) && mlir_sys::mlirIntegerTypeIsSignless(ty) {
            match mlir_sys::mlirIntegerTypeGetWidth(ty) {
                8 => Some(ElementType::I8),
                16 => Some(ElementType::I16),
                32 => Some(ElementType::I32),
                64 => Some(ElementType::I64),
                _ => None,
            }
        } else {
            None
        }
    }
}

/// Reads a linear form `sum c_l d_l + offset` from an affine expression.
fn linearize(expr: AffineExpr<'_>, num_loops: usize) -> AccessDim {
    let nonlinear = || AccessDim { coefficients: vec![0; num_loops], offset: 0, linear: false };
    if expr.is_dim() {
        let mut coefficients = vec![0; num_loops];
        if let Some(c) = coefficients.get_mut(expr.dim_position()) {
            *c = 1;
        }
        AccessDim { coefficients, offset: 0, linear: true }
    } else if expr.is_constant() {
        AccessDim { coefficients: vec![0; num_loops], offset: expr.constant_value(), linear: true }
    } else if expr.is_add() {
        let (a, b) = (linearize(expr.lhs(), num_loops), linearize(expr.rhs(), num_loops));
        AccessDim {
            coefficients: a.coefficients.iter().zip(&b.coefficients).map(|(x, y)| x + y).collect(),
            offset: a.offset + b.offset,
            linear: a.linear && b.linear,
        }
    } else if expr.is_mul() {
        let (a, b) = (linearize(expr.lhs(), num_loops), linearize(expr.rhs(), num_loops));
        let is_const = |d: &AccessDim| d.linear && d.coefficients.iter().all(|&c| c == 0);
        let (scale, term) = if is_const(&b) {
            (b.offset, a)
        } else if is_const(&a) {
            (a.offset, b)
        } else {
            return nonlinear();
        };
        AccessDim {
            coefficients: term.coefficients.iter().map(|c| c * scale).collect(),
            offset: term.offset * scale,
            linear: term.linear,
        }
    } else {
        nonlinear()
    }
}

fn read_op(raw: MlirOperation, tag: String, input: &str) -> Result<LinalgOp, IrError> {
    let name = op_name(raw);
    let line = op_line(raw);
    let unsupported = |reason: &str| IrError::UnsupportedOp {
        input: input.into(),
        op: name.clone(),
        line: line.unwrap_or(0),
        reason: reason.into(),
    };
    let kind = OpKind::from_name(&name).ok_or_else(|| unsupported("not a linalg op"))?;

    // SAFETY: `raw` is a live op; a non-structured op yields a null attribute.
    let maps_attr = unsafe { mlir_sys::mlirLinalgGetIndexingMapsAttribute(raw) };
    if maps_attr.ptr.is_null() {
        return Err(unsupported("not a structured linalg op (it has no indexing maps)"));
    }
    // SAFETY: the indexing maps are an array of affine-map attributes.
    let maps: Vec<AffineMap<'_>> = unsafe {
        (0..mlir_sys::mlirArrayAttrGetNumElements(maps_attr))
            .map(|i| {
                AffineMap::from_raw(mlir_sys::mlirAffineMapAttrGetValue(
                    mlir_sys::mlirArrayAttrGetElement(maps_attr, i),
                ))
            })
            .collect()
    };
    let op = op_ref(raw);
    let num_operands = op.operand_count();
    if maps.len() != num_operands {
        return Err(unsupported(&format!(
            "{} indexing maps for {} operands",
            maps.len(),
            num_operands
        )));
    }
    let num_loops = maps.first().map_or(0, |m| m.dim_count());
    if num_loops == 0 {
        return Err(unsupported("the op has no loops"));
    }
    let (num_inputs, _) = dps_split(raw, &name, num_operands);

    let mut operands = Vec::with_capacity(num_operands);
    let mut on_tensors = false;
    for (index, map) in maps.iter().enumerate() {
        if map.symbol_count() != 0 {
            return Err(unsupported("indexing maps with symbols are not supported"));
        }
        // SAFETY: `index < num_operands`.
        let value: MlirValue = unsafe { mlir_sys::mlirOperationGetOperand(raw, index as isize) };
        let ty = unsafe { mlir_sys::mlirValueGetType(value) };
        let (shape, element, is_tensor) = operand_shape(ty).map_err(|problem| match problem {
            ShapeProblem::Dynamic => IrError::DynamicShape {
                input: input.into(),
                op: name.clone(),
                line: line.unwrap_or(0),
                operand: index,
                ty: type_to_string(ty),
            },
            ShapeProblem::Element(element_ty) => IrError::UnsupportedElementType {
                input: input.into(),
                op: name.clone(),
                line: line.unwrap_or(0),
                operand: index,
                ty: type_to_string(element_ty),
            },
        })?;
        on_tensors |= is_tensor;
        let dims: Vec<AccessDim> = (0..map.result_count())
            .filter_map(|r| map.result(r).ok())
            .map(|e| linearize(e, num_loops))
            .collect();
        if dims.len() != shape.len() {
            return Err(unsupported(&format!(
                "operand {index} has rank {} but its indexing map has {} results",
                shape.len(),
                dims.len()
            )));
        }
        operands.push(Operand {
            role: if index < num_inputs { OperandRole::Input } else { OperandRole::Init },
            shape,
            element_type: element,
            is_tensor,
            access: AccessMap { dims },
        });
    }

    let iterators = iterator_kinds(raw, num_loops, &operands);
    let mut loops = Vec::with_capacity(num_loops);
    for (l, iterator) in iterators.into_iter().enumerate() {
        let trip = operands.iter().find_map(|o| {
            o.access.dims.iter().zip(&o.shape).find_map(|(d, &size)| {
                let unit = d.linear
                    && d.offset == 0
                    && d.coefficients.iter().enumerate().all(|(j, &c)| c == i64::from(j == l));
                unit.then_some(size)
            })
        });
        let Some(trip_count) = trip else {
            return Err(unsupported(&format!("cannot infer the trip count of loop d{l}")));
        };
        loops.push(Loop { trip_count, iterator });
    }

    Ok(LinalgOp {
        name,
        kind,
        tag,
        loops,
        operands,
        body: body_ops(raw),
        vectorizable: None,
        on_tensors,
        line,
    })
}

enum ShapeProblem {
    Dynamic,
    Element(MlirType),
}

/// Shape, element type and tensor-ness of an operand type.
fn operand_shape(ty: MlirType) -> Result<(Vec<u64>, ElementType, bool), ShapeProblem> {
    // SAFETY: `ty` is a live type; shaped-type accessors are only called on
    // shaped types.
    unsafe {
        if mlir_sys::mlirTypeIsAShaped(ty) {
            let is_tensor = mlir_sys::mlirTypeIsATensor(ty);
            if !mlir_sys::mlirShapedTypeHasRank(ty) || !mlir_sys::mlirShapedTypeHasStaticShape(ty) {
                return Err(ShapeProblem::Dynamic);
            }
            let element_ty = mlir_sys::mlirShapedTypeGetElementType(ty);
            let element = element_type(element_ty).ok_or(ShapeProblem::Element(element_ty))?;
            let rank = mlir_sys::mlirShapedTypeGetRank(ty);
            let shape = (0..rank)
                .map(|i| mlir_sys::mlirShapedTypeGetDimSize(ty, i as isize) as u64)
                .collect();
            Ok((shape, element, is_tensor))
        } else {
            let element = element_type(ty).ok_or(ShapeProblem::Element(ty))?;
            Ok((Vec::new(), element, false))
        }
    }
}

/// Iterator kinds, derived from the indexing maps: a loop is parallel only
/// when it indexes an init (output), since otherwise different iterations
/// write the same output element. The `iterator_types` attribute (on
/// `linalg.generic`) can only make a loop a reduction, never a parallel one:
/// a generic that labels a reduction loop "parallel" would otherwise let a
/// parallel tiling race on its output.
fn iterator_kinds(raw: MlirOperation, num_loops: usize, operands: &[Operand]) -> Vec<IteratorKind> {
    let labelled_reduction: Vec<bool> = attribute(raw, "iterator_types")
        .map(|attr| {
            // SAFETY: `attr` is live; only array attributes are indexed.
            unsafe {
                if mlir_sys::mlirAttributeIsAArray(attr) {
                    (0..mlir_sys::mlirArrayAttrGetNumElements(attr))
                        .map(|i| {
                            attr_to_string(mlir_sys::mlirArrayAttrGetElement(attr, i))
                                .contains("reduction")
                        })
                        .collect()
                } else {
                    Vec::new()
                }
            }
        })
        .filter(|kinds: &Vec<bool>| kinds.len() == num_loops)
        .unwrap_or_else(|| vec![false; num_loops]);
    (0..num_loops)
        .map(|l| {
            let indexes_init = operands
                .iter()
                .filter(|o| o.role == OperandRole::Init)
                .any(|o| o.access.dims.iter().any(|d| d.coefficients[l] != 0));
            if indexes_init && !labelled_reduction[l] {
                IteratorKind::Parallel
            } else {
                IteratorKind::Reduction
            }
        })
        .collect()
}

/// Counts the arithmetic ops of the op's body (all nested ops of region 0).
fn body_ops(raw: MlirOperation) -> BodyOps {
    let mut counts = BodyOps::default();
    let op = op_ref(raw);
    if let Ok(region) = op.region(0) {
        let mut block = region.first_block();
        while let Some(b) = block {
            let mut next = b.first_operation();
            while let Some(inner) = next {
                inner.walk(WalkOrder::PreOrder, |nested| {
                    if let Ok(n) = nested.name().as_string_ref().as_str() {
                        counts.record(n);
                    }
                    WalkResult::Advance
                });
                next = inner.next_in_block();
            }
            block = b.next_in_region();
        }
    }
    counts
}

/// Producer/consumer edges: SSA results for tensors, last writer of the same
/// buffer for memrefs.
fn build_edges(
    raw_ops: &[MlirOperation],
    index_of: &HashMap<*const std::ffi::c_void, usize>,
) -> Vec<Edge> {
    let mut edges = Vec::new();
    let mut last_writer: HashMap<*const std::ffi::c_void, (usize, usize)> = HashMap::new();
    for (consumer, &raw) in raw_ops.iter().enumerate() {
        let num_operands = op_ref(raw).operand_count();
        let name = op_name(raw);
        let (num_inputs, _) = dps_split(raw, &name, num_operands);
        for operand in 0..num_operands {
            // SAFETY: `operand < num_operands`; owner handles are live ops.
            unsafe {
                let value = mlir_sys::mlirOperationGetOperand(raw, operand as isize);
                if mlir_sys::mlirValueIsAOpResult(value) {
                    let owner = mlir_sys::mlirOpResultGetOwner(value);
                    if let Some(&producer) = index_of.get(&(owner.ptr as *const _)) {
                        edges.push(Edge {
                            producer,
                            result: mlir_sys::mlirOpResultGetResultNumber(value) as usize,
                            consumer,
                            operand,
                        });
                        continue;
                    }
                }
                let ty = mlir_sys::mlirValueGetType(value);
                if mlir_sys::mlirTypeIsAMemRef(ty) {
                    let key = value.ptr as *const _;
                    if let Some(&(producer, result)) = last_writer.get(&key) {
                        edges.push(Edge { producer, result, consumer, operand });
                    }
                }
            }
        }
        for operand in num_inputs..num_operands {
            // SAFETY: as above.
            unsafe {
                let value = mlir_sys::mlirOperationGetOperand(raw, operand as isize);
                if mlir_sys::mlirTypeIsAMemRef(mlir_sys::mlirValueGetType(value)) {
                    last_writer.insert(value.ptr as *const _, (consumer, operand - num_inputs));
                }
            }
        }
    }
    edges
}

/// Whether `transform.structured.vectorize` succeeds on the op with `tag`, on a
/// copy of the module.
fn vectorizes(context: &Context, module: &OwnedModule, tag: &str) -> bool {
    let copy = module.deep_clone();
    let script = format!(
        r#"module attributes {{transform.with_named_sequence}} {{
  transform.named_sequence @__transform_main(%root: !transform.any_op {{transform.readonly}}) {{
    %op = transform.structured.match attributes{{tag = "{tag}"}} in %root : (!transform.any_op) -> !transform.any_op
    transform.structured.vectorize %op : !transform.any_op
    transform.yield
  }}
}}"#
    );
    mlir::apply_transform(context, copy.op(), &script).is_ok()
}
