//! Lowering, JIT compilation and execution of a (transformed) program.
//!
//! The program's entry function (`@main`, or its only public function) may
//! take and return any number of static-shape tensors or memrefs. mlirrl adds
//! a wrapper `@mlirrl_entry` that takes one memref per argument plus one per
//! tensor result, calls the entry between two reads of a monotonic clock, and
//! copies results into the caller's buffers after the second read: the time
//! returned is the computation alone. Everything is then bufferised, lowered
//! to the LLVM dialect and compiled by MLIR's ExecutionEngine at O3.

use half::{bf16, f16};
use melior::ir::operation::OperationLike;
use mlir_sys::{MlirExecutionEngine, MlirOperation, MlirStringRef, MlirType};
use mlirrl_ir::{
    ElementType,
    mlir::{DiagnosticCapture, OwnedModule},
};
use serde::{Deserialize, Serialize};
use std::{
    alloc::{Layout, alloc_zeroed, dealloc},
    ffi::c_void,
    fmt::Write,
    sync::OnceLock,
    time::Instant,
};

/// File name of the OpenMP runtime the JIT loads for `scf.forall` loops,
/// under the LLVM installation's `lib/` ([`mlirrl_ir::llvm::library`]).
pub const LIBOMP: &str = "libomp.so";

/// File name of MLIR's C runner utilities, which the JIT loads for
/// `memrefCopy` (strided copies, e.g. from `tensor.pad` into a padded buffer).
pub const LIBRUNNER: &str = "libmlir_c_runner_utils.so";

/// The path of a runtime library of the LLVM installation, NUL-terminated
/// for the C API (melior's own path arguments lack the terminator).
fn runtime_library(name: &str) -> Result<String, ExecError> {
    let path = mlirrl_ir::llvm::library(name).map_err(|e| ExecError::Runtime(e.to_string()))?;
    Ok(format!("{}\0", path.display()))
}

/// Why a program could not be compiled or run.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, Serialize, Deserialize)]
pub enum ExecError {
    /// No usable entry function.
    #[error("no entry function: {0}")]
    NoEntry(String),
    /// The entry signature has a type mlirrl cannot pass.
    #[error("unsupported entry signature: {0}")]
    Signature(String),
    /// Lowering to the LLVM dialect failed.
    #[error("lowering failed: {0}")]
    Lowering(String),
    /// LLVM translation or JIT compilation failed.
    #[error("JIT compilation failed: {0}")]
    Jit(String),
    /// The lowered program needs something outside mlirrl's runtime (an
    /// external function, inline assembly, an indirect call).
    #[error("refused: {0}")]
    Refused(String),
    /// The program's buffers cannot be allocated (too large, or the memory
    /// is not there).
    #[error("memory: {0}")]
    Memory(String),
    /// A runtime library of the LLVM installation (OpenMP, runner
    /// utilities) was not found.
    #[error("{0}")]
    Runtime(String),
}

/// One argument or result of the entry function.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BufferType {
    /// Static shape.
    pub shape: Vec<u64>,
    /// Element type.
    pub element: ElementType,
    /// Tensor (value) or memref (buffer).
    pub is_tensor: bool,
}

impl BufferType {
    /// Number of elements.
    pub fn len(&self) -> usize {
        mlirrl_ir::saturating_product(self.shape.iter().copied()) as usize
    }

    /// Whether it has no elements.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Size in bytes (saturating: a size that does not fit is `usize::MAX`,
    /// which no allocation accepts).
    pub fn bytes(&self) -> usize {
        self.len().saturating_mul(self.element.size_bytes())
    }

    fn memref(&self) -> String {
        let dims: String = self.shape.iter().map(|d| format!("{d}x")).collect();
        format!("memref<{dims}{}>", self.element.mlir_name())
    }

    fn tensor(&self) -> String {
        let dims: String = self.shape.iter().map(|d| format!("{d}x")).collect();
        format!("tensor<{dims}{}>", self.element.mlir_name())
    }

    fn mlir(&self) -> String {
        if self.is_tensor { self.tensor() } else { self.memref() }
    }
}

/// The entry function's name and types.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Signature {
    /// Function name (without `@`).
    pub name: String,
    /// Arguments.
    pub args: Vec<BufferType>,
    /// Results.
    pub results: Vec<BufferType>,
}

impl Signature {
    /// Buffers the wrapper takes: arguments, then results.
    pub fn buffers(&self) -> impl Iterator<Item = &BufferType> {
        self.args.iter().chain(&self.results)
    }
}

fn string_ref(s: &str) -> MlirStringRef {
    MlirStringRef { data: s.as_ptr() as *const _, length: s.len() }
}

fn buffer_type(ty: MlirType) -> Result<BufferType, String> {
    let text = || unsafe { melior::ir::Type::from_raw(ty) }.to_string();
    // SAFETY: `ty` is a live type; shaped accessors only on shaped types.
    unsafe {
        if !(mlir_sys::mlirTypeIsARankedTensor(ty) || mlir_sys::mlirTypeIsAMemRef(ty)) {
            return Err(format!("{} is not a ranked tensor or memref", text()));
        }
        if !mlir_sys::mlirShapedTypeHasStaticShape(ty) {
            return Err(format!("{} has a dynamic shape", text()));
        }
        if mlir_sys::mlirTypeIsAMemRef(ty) {
            let layout = mlir_sys::mlirMemRefTypeGetLayout(ty);
            if !layout.ptr.is_null() && !mlir_sys::mlirAttributeIsAAffineMap(layout) {
                return Err(format!("{} has a non-identity layout", text()));
            }
        }
        let elem_ty = mlir_sys::mlirShapedTypeGetElementType(ty);
        let element = if mlir_sys::mlirTypeIsAF32(elem_ty) {
            ElementType::F32
        } else if mlir_sys::mlirTypeIsAF64(elem_ty) {
            ElementType::F64
        } else if mlir_sys::mlirTypeIsAF16(elem_ty) {
            ElementType::F16
        } else if mlir_sys::mlirTypeIsABF16(elem_ty) {
            ElementType::Bf16
        } else if mlir_sys::mlirTypeIsAInteger(elem_ty)
            && mlir_sys::mlirIntegerTypeIsSignless(elem_ty)
        {
            match mlir_sys::mlirIntegerTypeGetWidth(elem_ty) {
                8 => ElementType::I8,
                16 => ElementType::I16,
                32 => ElementType::I32,
                64 => ElementType::I64,
                _ => return Err(format!("{} has an unsupported element type", text())),
            }
        } else {
            return Err(format!("{} has an unsupported element type", text()));
        };
        let rank = mlir_sys::mlirShapedTypeGetRank(ty);
        let shape =
            (0..rank).map(|i| mlir_sys::mlirShapedTypeGetDimSize(ty, i as isize) as u64).collect();
        Ok(BufferType { shape, element, is_tensor: mlir_sys::mlirTypeIsATensor(ty) })
    }
}

/// Finds the entry function (`@main`, else the only public `func.func` with a
/// body) and reads its signature.
pub fn entry_signature(module_op: MlirOperation) -> Result<Signature, ExecError> {
    let mut funcs = Vec::new();
    // SAFETY: the module op is live; we only read its top-level ops.
    unsafe {
        let region = mlir_sys::mlirOperationGetRegion(module_op, 0);
        let block = mlir_sys::mlirRegionGetFirstBlock(region);
        let mut op = mlir_sys::mlirBlockGetFirstOperation(block);
        while !op.ptr.is_null() {
            let name = melior::ir::OperationRef::from_raw(op)
                .name()
                .as_string_ref()
                .as_str()
                .unwrap_or("")
                .to_string();
            if name == "func.func" {
                let sym = mlirrl_ir::string_attr(op, "sym_name").unwrap_or_default();
                let private =
                    mlirrl_ir::string_attr(op, "sym_visibility").is_some_and(|v| v == "private");
                let body =
                    mlir_sys::mlirRegionGetFirstBlock(mlir_sys::mlirOperationGetRegion(op, 0));
                let has_body = !body.ptr.is_null()
                    && !mlir_sys::mlirBlockGetFirstOperation(body).ptr.is_null();
                if has_body {
                    funcs.push((sym, private, op));
                }
            }
            op = mlir_sys::mlirOperationGetNextInBlock(op);
        }
    }
    let chosen = funcs.iter().find(|(n, _, _)| n == "main").or_else(|| {
        let public: Vec<_> = funcs.iter().filter(|(_, private, _)| !private).collect();
        if public.len() == 1 { Some(public[0]) } else { None }
    });
    let Some((name, _, op)) = chosen else {
        return Err(ExecError::NoEntry(format!(
            "expected `func.func @main` or exactly one public function, found {}",
            funcs.len()
        )));
    };
    // SAFETY: func.func has a `function_type` type attribute.
    unsafe {
        let attr = mlir_sys::mlirOperationGetAttributeByName(*op, string_ref("function_type"));
        if attr.ptr.is_null() {
            return Err(ExecError::NoEntry(format!("@{name} has no function type")));
        }
        let fty = mlir_sys::mlirTypeAttrGetValue(attr);
        let args = (0..mlir_sys::mlirFunctionTypeGetNumInputs(fty))
            .map(|i| buffer_type(mlir_sys::mlirFunctionTypeGetInput(fty, i)))
            .collect::<Result<Vec<_>, _>>()
            .map_err(|e| ExecError::Signature(format!("@{name} argument: {e}")))?;
        let results = (0..mlir_sys::mlirFunctionTypeGetNumResults(fty))
            .map(|i| buffer_type(mlir_sys::mlirFunctionTypeGetResult(fty, i)))
            .collect::<Result<Vec<_>, _>>()
            .map_err(|e| ExecError::Signature(format!("@{name} result: {e}")))?;
        Ok(Signature { name: name.clone(), args, results })
    }
}

/// MLIR text of the timing wrapper for `sig`.
pub fn wrapper_text(sig: &Signature) -> String {
    let mut s = String::new();
    let _ = writeln!(s, "  func.func private @mlirrl_now_ns() -> i64");
    let mut params = Vec::new();
    for (i, a) in sig.args.iter().enumerate() {
        params.push(format!("%a{i}: {}", a.memref()));
    }
    for (i, r) in sig.results.iter().enumerate() {
        params.push(format!("%o{i}: {}", r.memref()));
    }
    let _ = writeln!(
        s,
        "  func.func @mlirrl_entry({}) -> i64 attributes {{llvm.emit_c_interface}} {{",
        params.join(", ")
    );
    let mut call_args = Vec::new();
    for (i, a) in sig.args.iter().enumerate() {
        if a.is_tensor {
            let _ = writeln!(
                s,
                "    %t{i} = bufferization.to_tensor %a{i} restrict writable : {} to {}",
                a.memref(),
                a.tensor()
            );
            call_args.push(format!("%t{i}"));
        } else {
            call_args.push(format!("%a{i}"));
        }
    }
    let arg_types: Vec<String> = sig.args.iter().map(BufferType::mlir).collect();
    let res_types: Vec<String> = sig.results.iter().map(BufferType::mlir).collect();
    let _ = writeln!(s, "    %start = func.call @mlirrl_now_ns() : () -> i64");
    let call = format!(
        "func.call @{}({}) : ({}) -> ({})",
        sig.name,
        call_args.join(", "),
        arg_types.join(", "),
        res_types.join(", ")
    );
    if sig.results.is_empty() {
        let _ = writeln!(s, "    {call}");
    } else {
        let _ = writeln!(s, "    %r:{} = {call}", sig.results.len());
    }
    let _ = writeln!(s, "    %end = func.call @mlirrl_now_ns() : () -> i64");
    for (i, r) in sig.results.iter().enumerate() {
        if r.is_tensor {
            let _ = writeln!(
                s,
                "    bufferization.materialize_in_destination %r#{i} in restrict writable %o{i} : ({}, {}) -> ()",
                r.tensor(),
                r.memref()
            );
        } else {
            let _ = writeln!(s, "    memref.copy %r#{i}, %o{i} : {} to {}", r.memref(), r.memref());
        }
    }
    let _ = writeln!(s, "    %d = arith.subi %end, %start : i64");
    let _ = writeln!(s, "    return %d : i64");
    let _ = writeln!(s, "  }}");
    s
}

/// The pass pipeline from tensors (or memrefs) with `scf.forall` to the LLVM
/// dialect. `openmp` adds the OpenMP conversion of parallel loops.
///
/// Empty tensors become `bufferization.alloc_tensor` before
/// common-subexpression elimination: on tensors CSE would merge equal
/// `tensor.empty` ops and then the equal fills written into them (the padded
/// buffers of two convolutions with the same shape, say), and bufferization
/// would have to copy the shared buffer for every writer. In a whole
/// ResNet-18 that was 24 full-activation copies per inference, most of them
/// element by element through the runtime's strided `memrefCopy`. CSE never
/// merges allocations, so each fill keeps a buffer of its own.
pub fn pipeline(openmp: bool) -> String {
    let mut passes = vec![
        "inline",
        "canonicalize",
        "empty-tensor-to-alloc-tensor",
        "cse",
        "one-shot-bufferize{bufferize-function-boundaries function-boundary-type-conversion=identity-layout-map}",
        "buffer-deallocation-pipeline",
        "convert-bufferization-to-memref",
        "convert-linalg-to-loops",
    ];
    if openmp {
        passes.extend(["scf-forall-to-parallel", "convert-scf-to-openmp"]);
    }
    passes.extend([
        "convert-vector-to-scf{full-unroll=true}",
        "expand-strided-metadata",
        "lower-affine",
        "finalize-memref-to-llvm",
        "convert-scf-to-cf",
        "convert-vector-to-llvm",
        "convert-math-to-llvm",
        "convert-arith-to-llvm",
        "convert-index-to-llvm",
        "convert-func-to-llvm",
        "convert-cf-to-llvm",
    ]);
    if openmp {
        passes.push("convert-openmp-to-llvm");
    }
    passes.extend(["convert-ub-to-llvm", "reconcile-unrealized-casts"]);
    format!("builtin.module({})", passes.join(","))
}

fn contains_op(module_op: MlirOperation, name: &str) -> bool {
    let mut found = false;
    use melior::ir::operation::{WalkOrder, WalkResult};
    // SAFETY: the module op is live for the walk.
    unsafe { melior::ir::OperationRef::from_raw(module_op) }.walk(WalkOrder::PreOrder, |op| {
        if op.name().as_string_ref().as_str() == Ok(name) {
            found = true;
            WalkResult::Interrupt
        } else {
            WalkResult::Advance
        }
    });
    found
}

/// Runs a textual pass pipeline on a module op.
pub fn run_pipeline(
    context: &melior::Context,
    module_op: MlirOperation,
    pipeline: &str,
) -> Result<(), String> {
    let capture = DiagnosticCapture::new(context);
    let mut parse_error = String::new();
    unsafe extern "C" fn collect(s: MlirStringRef, data: *mut c_void) {
        // SAFETY: `data` is the `String` passed below; `s` is valid for the call.
        unsafe {
            let out = &mut *(data as *mut String);
            let bytes = std::slice::from_raw_parts(s.data as *const u8, s.length);
            out.push_str(&String::from_utf8_lossy(bytes));
        }
    }
    // SAFETY: the pass manager is created and destroyed here; the module op
    // belongs to `context`.
    unsafe {
        let pm = mlir_sys::mlirPassManagerCreate(context.to_raw());
        let parsed = mlir_sys::mlirParsePassPipeline(
            mlir_sys::mlirPassManagerGetAsOpPassManager(pm),
            string_ref(pipeline),
            Some(collect),
            &mut parse_error as *mut String as *mut c_void,
        );
        if parsed.value == 0 {
            mlir_sys::mlirPassManagerDestroy(pm);
            return Err(format!("invalid pipeline: {parse_error}"));
        }
        let ok = mlir_sys::mlirPassManagerRunOnOp(pm, module_op).value != 0;
        mlir_sys::mlirPassManagerDestroy(pm);
        if ok {
            Ok(())
        } else {
            let messages = capture.take();
            Err(if messages.is_empty() { "a pass failed".into() } else { messages.join("; ") })
        }
    }
}

fn clock_epoch() -> &'static Instant {
    static EPOCH: OnceLock<Instant> = OnceLock::new();
    EPOCH.get_or_init(Instant::now)
}

extern "C" fn mlirrl_now_ns() -> i64 {
    clock_epoch().elapsed().as_nanos() as i64
}

/// A compiled program, ready to run.
pub struct Compiled {
    engine: MlirExecutionEngine,
    entry: unsafe extern "C" fn(*mut *mut c_void),
    /// The entry's signature.
    pub signature: Signature,
    /// Whether the program uses OpenMP.
    pub parallel: bool,
    /// Seconds spent lowering and compiling.
    pub compile_seconds: f64,
}

impl Drop for Compiled {
    fn drop(&mut self) {
        // SAFETY: the engine was created by us and is destroyed once.
        unsafe { mlir_sys::mlirExecutionEngineDestroy(self.engine) }
        // The blocks this program freed would only fit programs like it.
        crate::heap::release();
    }
}

/// Lowers a copy of `module` (transformed linalg on tensors or memrefs) and
/// JIT-compiles it.
pub fn compile(context: &melior::Context, module: &OwnedModule) -> Result<Compiled, ExecError> {
    let started = Instant::now();
    let signature = entry_signature(module.op())?;
    let text = module.to_text();
    let end = text
        .rfind('}')
        .ok_or_else(|| ExecError::Lowering("module text has no closing brace".into()))?;
    let wrapped = format!("{}{}}}\n", &text[..end], wrapper_text(&signature));
    let lowered = OwnedModule::parse(context, &wrapped)
        .map_err(|e| ExecError::Lowering(format!("wrapper did not parse: {}", e.join("; "))))?;
    let parallel =
        contains_op(lowered.op(), "scf.forall") || contains_op(lowered.op(), "scf.parallel");
    run_pipeline(context, lowered.op(), &pipeline(parallel)).map_err(ExecError::Lowering)?;
    check_lowered(lowered.op())?;

    let _ = clock_epoch();
    let omp = runtime_library(LIBOMP)?;
    let runner = runtime_library(LIBRUNNER)?;
    // The runner utilities always; OpenMP for parallel programs. Lengths
    // leave the terminating NUL out.
    let mut libs =
        vec![MlirStringRef { data: runner.as_ptr() as *const _, length: runner.len() - 1 }];
    if parallel {
        libs.push(MlirStringRef { data: omp.as_ptr() as *const _, length: omp.len() - 1 });
    }
    let capture = DiagnosticCapture::new(context);
    // SAFETY: the lowered module is LLVM dialect; the engine copies what it
    // needs and is null when translation fails (checked below).
    let engine = unsafe {
        mlir_sys::mlirExecutionEngineCreate(
            mlir_sys::mlirModuleFromOperation(lowered.op()),
            3,
            libs.len() as i32,
            libs.as_ptr(),
            false,
            false,
        )
    };
    if engine.ptr.is_null() {
        let messages = capture.take();
        return Err(ExecError::Jit(if messages.is_empty() {
            "the ExecutionEngine could not be created (LLVM translation failed)".into()
        } else {
            messages.join("; ")
        }));
    }
    // SAFETY: registering a plain extern "C" function and looking up the
    // packed entry of a function we generated.
    let entry = unsafe {
        mlir_sys::mlirExecutionEngineRegisterSymbol(
            engine,
            string_ref("mlirrl_now_ns"),
            mlirrl_now_ns as *mut c_void,
        );
        // The program's heap: freed blocks are reused run after run.
        let heap: [(&str, *mut c_void); 4] = [
            ("malloc", crate::heap::mlirrl_malloc as *mut c_void),
            ("aligned_alloc", crate::heap::mlirrl_aligned_alloc as *mut c_void),
            ("calloc", crate::heap::mlirrl_calloc as *mut c_void),
            ("free", crate::heap::mlirrl_free as *mut c_void),
        ];
        if crate::heap::enabled() {
            for (name, f) in heap {
                mlir_sys::mlirExecutionEngineRegisterSymbol(engine, string_ref(name), f);
            }
        }
        let f = mlir_sys::mlirExecutionEngineLookupPacked(
            engine,
            string_ref("_mlir_ciface_mlirrl_entry"),
        );
        if f.is_null() {
            mlir_sys::mlirExecutionEngineDestroy(engine);
            return Err(ExecError::Jit("entry wrapper not found after compilation".into()));
        }
        std::mem::transmute::<*mut c_void, unsafe extern "C" fn(*mut *mut c_void)>(f)
    };
    Ok(Compiled {
        engine,
        entry,
        signature,
        parallel,
        compile_seconds: started.elapsed().as_secs_f64(),
    })
}

/// External functions a lowered module may call: the allocator (which the
/// JIT resolves to mlirrl's [`heap`](crate::heap)), MLIR's runner utilities
/// (`memrefCopy`) that lowering itself introduces, the OpenMP runtime for
/// parallel loops, and mlirrl's clock. The JIT loads nothing else; see
/// [`check_lowered`].
pub const ALLOWED_EXTERNALS: &[&str] =
    &["malloc", "free", "aligned_alloc", "memrefCopy", "mlirrl_now_ns"];

/// Prefixes of allowed external functions (the OpenMP runtime).
pub const ALLOWED_EXTERNAL_PREFIXES: &[&str] = &["__kmpc_", "omp_"];

/// The last line of defence before the execution engine exists: a lowered
/// (LLVM-dialect) module may declare only the external functions in
/// [`ALLOWED_EXTERNALS`] / [`ALLOWED_EXTERNAL_PREFIXES`], and may not
/// contain inline assembly, indirect calls or external globals. Whatever a
/// program or a Transform script managed to put in the module, the JIT then
/// resolves only mlirrl's own runtime symbols.
pub fn check_lowered(module_op: MlirOperation) -> Result<(), ExecError> {
    use melior::ir::{
        OperationRef, RegionLike,
        operation::{OperationLike, WalkOrder, WalkResult},
    };
    let mut refused: Option<String> = None;
    // SAFETY: the module op is live for the walk.
    unsafe { OperationRef::from_raw(module_op) }.walk(WalkOrder::PreOrder, |op| {
        let name = op.name().as_string_ref().as_str().unwrap_or("?").to_string();
        let symbol = |attr: &str| -> String {
            op.attribute(attr)
                .map(|a| a.to_string().trim_matches('"').to_string())
                .unwrap_or_default()
        };
        // Linkage that can make the JIT resolve a symbol from the process
        // even though the module holds a body or an initializer
        // (`available_externally` bodies are dropped, weak ones may be
        // replaced by the process's definition).
        let linkage = symbol("linkage");
        let resolving_linkage =
            ["available_externally", "extern_weak", "weak", "linkonce", "common"]
                .iter()
                .any(|l| linkage.contains(l));
        let why = match name.as_str() {
            "llvm.func" => {
                let empty = op.region(0).ok().and_then(|r| r.first_block()).is_none();
                let fname = symbol("sym_name");
                let allowed = ALLOWED_EXTERNALS.contains(&fname.as_str())
                    || ALLOWED_EXTERNAL_PREFIXES.iter().any(|p| fname.starts_with(p));
                if empty && !allowed {
                    Some(format!("external function `{fname}`"))
                } else if resolving_linkage {
                    Some(format!("function `{fname}` with linkage {linkage}"))
                } else {
                    None
                }
            }
            "llvm.inline_asm" => Some("inline assembly".to_string()),
            "llvm.call" if op.attribute("callee").is_err() => Some("an indirect call".to_string()),
            "llvm.mlir.global" => {
                let gname = symbol("sym_name");
                let local = linkage.contains("private") || linkage.contains("internal");
                let has_init = op.attribute("value").is_ok()
                    || op.region(0).ok().and_then(|r| r.first_block()).is_some();
                if resolving_linkage || (!local && !has_init) {
                    Some(format!("external global `{gname}`"))
                } else {
                    None
                }
            }
            _ => None,
        };
        match why {
            Some(w) => {
                refused = Some(w);
                WalkResult::Interrupt
            }
            None => WalkResult::Advance,
        }
    });
    match refused {
        None => Ok(()),
        Some(what) => Err(ExecError::Refused(format!(
            "the lowered program needs {what}, which mlirrl does not run: the JIT resolves only \
             the allocator, MLIR's runner utilities, the OpenMP runtime and mlirrl's clock"
        ))),
    }
}

/// Largest total size of an entry's arguments and results that mlirrl
/// allocates (16 GiB); checked before any allocation.
pub const MAX_BUFFER_BYTES: usize = 16 << 30;

/// A 64-byte aligned, zero-initialised byte buffer.
pub struct AlignedBuf {
    ptr: *mut u8,
    len: usize,
}

// SAFETY: the buffer is uniquely owned plain memory.
unsafe impl Send for AlignedBuf {}

impl AlignedBuf {
    /// A zeroed buffer of `len` bytes; an error (not an abort) when the
    /// memory is not there.
    pub fn zeroed(len: usize) -> Result<Self, ExecError> {
        let layout = Layout::from_size_align(len.max(1), 64)
            .map_err(|_| ExecError::Memory(format!("a buffer of {len} bytes is not possible")))?;
        // SAFETY: non-zero size layout.
        let ptr = unsafe { alloc_zeroed(layout) };
        if ptr.is_null() {
            return Err(ExecError::Memory(format!("cannot allocate a buffer of {len} bytes")));
        }
        Ok(Self { ptr, len })
    }

    /// The bytes.
    pub fn bytes(&self) -> &[u8] {
        // SAFETY: `ptr` points to `len` initialised bytes owned by us.
        unsafe { std::slice::from_raw_parts(self.ptr, self.len) }
    }

    /// The bytes, mutably.
    pub fn bytes_mut(&mut self) -> &mut [u8] {
        // SAFETY: as above, uniquely borrowed.
        unsafe { std::slice::from_raw_parts_mut(self.ptr, self.len) }
    }
}

impl Drop for AlignedBuf {
    fn drop(&mut self) {
        let layout =
            Layout::from_size_align(self.len.max(1), 64).expect("same layout as allocation");
        // SAFETY: allocated with this layout.
        unsafe { dealloc(self.ptr, layout) }
    }
}

/// The generator of input values for `seed` (the workspace's one
/// generator on its inputs stream); `2 * next_f64() - 1` gives the values
/// in [-1, 1) that [`fill_random`] writes.
pub fn input_rng(seed: u64) -> mlirrl_util::rng::Rng {
    mlirrl_util::rng::Rng::seeded(seed, mlirrl_util::rng::Stream::Inputs)
}

/// Fills a buffer of `ty` with seeded values: floats uniform in [-1, 1),
/// integers in [-8, 8).
pub fn fill_random(buf: &mut AlignedBuf, element: ElementType, seed: u64) {
    let mut rng = input_rng(seed);
    let bytes = buf.bytes_mut();
    let size = element.size_bytes();
    for chunk in bytes.chunks_exact_mut(size) {
        let x = 2.0 * rng.next_f64() - 1.0;
        let int = rng.below_u64(16) as i64 - 8;
        match element {
            ElementType::F32 => chunk.copy_from_slice(&(x as f32).to_ne_bytes()),
            ElementType::F64 => chunk.copy_from_slice(&x.to_ne_bytes()),
            ElementType::F16 => chunk.copy_from_slice(&f16::from_f64(x).to_ne_bytes()),
            ElementType::Bf16 => chunk.copy_from_slice(&bf16::from_f64(x).to_ne_bytes()),
            ElementType::I8 => chunk.copy_from_slice(&(int as i8).to_ne_bytes()),
            ElementType::I16 => chunk.copy_from_slice(&(int as i16).to_ne_bytes()),
            ElementType::I32 => chunk.copy_from_slice(&(int as i32).to_ne_bytes()),
            ElementType::I64 => chunk.copy_from_slice(&int.to_ne_bytes()),
        }
    }
}

fn element_f64(bytes: &[u8], element: ElementType, i: usize) -> f64 {
    let s = element.size_bytes();
    let b = &bytes[i * s..(i + 1) * s];
    match element {
        ElementType::F32 => f32::from_ne_bytes(b.try_into().unwrap_or_default()) as f64,
        ElementType::F64 => f64::from_ne_bytes(b.try_into().unwrap_or_default()),
        ElementType::F16 => f16::from_ne_bytes(b.try_into().unwrap_or_default()).to_f64(),
        ElementType::Bf16 => bf16::from_ne_bytes(b.try_into().unwrap_or_default()).to_f64(),
        ElementType::I8 => i8::from_ne_bytes(b.try_into().unwrap_or_default()) as f64,
        ElementType::I16 => i16::from_ne_bytes(b.try_into().unwrap_or_default()) as f64,
        ElementType::I32 => i32::from_ne_bytes(b.try_into().unwrap_or_default()) as f64,
        ElementType::I64 => i64::from_ne_bytes(b.try_into().unwrap_or_default()) as f64,
    }
}

/// Result of comparing a candidate output with the reference.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Comparison {
    /// Every element within tolerance.
    pub ok: bool,
    /// Largest |candidate - reference|.
    pub max_abs_error: f64,
    /// First mismatching (buffer, element), if any.
    pub first_mismatch: Option<(usize, usize)>,
}

/// Compares output buffers elementwise: `|c - r| <= atol + rtol * max(|r|, s)`
/// where `s` is the root mean square of the reference buffer (both NaN
/// counts as equal; integers must match exactly).
///
/// The scale term matters for long reductions: a convolution summing 1,152
/// products whose outputs are in the hundreds legitimately differs by about
/// 1e-3 after its reduction is tiled or vectorised, and an output that
/// happens to be near zero cannot be held to `rtol * |r|`. A real
/// miscompilation (a lost or repeated term) moves outputs by a sizeable
/// fraction of `s` and is still caught.
pub fn compare(
    reference: &[Vec<u8>],
    candidate: &[Vec<u8>],
    types: &[BufferType],
    rtol: f64,
    atol: f64,
) -> Comparison {
    let mut result = Comparison { ok: true, max_abs_error: 0.0, first_mismatch: None };
    for (b, ((r, c), ty)) in reference.iter().zip(candidate).zip(types).enumerate() {
        if r.len() != c.len() {
            result.ok = false;
            result.first_mismatch.get_or_insert((b, 0));
            continue;
        }
        let (rt, at) = match ty.element {
            ElementType::F16 | ElementType::Bf16 => (rtol.max(2e-2), atol.max(2e-2)),
            e if !e.is_float() => (0.0, 0.0),
            _ => (rtol, atol),
        };
        let scale = if ty.element.is_float() && !ty.is_empty() {
            let (sum, n) = (0..ty.len())
                .map(|i| element_f64(r, ty.element, i))
                .filter(|v| v.is_finite())
                .fold((0.0, 0usize), |(s, n), v| (s + v * v, n + 1));
            if n > 0 { (sum / n as f64).sqrt() } else { 0.0 }
        } else {
            0.0
        };
        for i in 0..ty.len() {
            let (x, y) = (element_f64(c, ty.element, i), element_f64(r, ty.element, i));
            // Equal values match, infinities of the same sign included
            // (a tensor padded with -inf for a max pool).
            if (x.is_nan() && y.is_nan()) || x == y {
                continue;
            }
            let err = (x - y).abs();
            if !err.is_finite() || err > at + rt * y.abs().max(scale) {
                result.ok = false;
                result.first_mismatch.get_or_insert((b, i));
            }
            if err.is_finite() {
                result.max_abs_error = result.max_abs_error.max(err);
            } else {
                result.max_abs_error = f64::INFINITY;
            }
        }
    }
    result
}

/// Buffers and memref descriptors for one compiled program.
pub struct Buffers {
    /// One buffer per argument, then one per result.
    pub data: Vec<AlignedBuf>,
    descriptors: Vec<Vec<i64>>,
    types: Vec<BufferType>,
    num_args: usize,
}

impl Buffers {
    /// Allocates buffers for `sig` and fills the arguments from `seed`.
    pub fn new(sig: &Signature, seed: u64) -> Result<Self, ExecError> {
        let types: Vec<BufferType> = sig.buffers().cloned().collect();
        let total = types.iter().try_fold(0usize, |sum, t| sum.checked_add(t.bytes()));
        match total {
            Some(total) if total <= MAX_BUFFER_BYTES => {}
            _ => {
                return Err(ExecError::Memory(format!(
                    "the entry's arguments and results need {} bytes, more than the limit of \
                     {MAX_BUFFER_BYTES}",
                    total.map_or("more than 2^64".to_string(), |t| t.to_string())
                )));
            }
        }
        let data: Vec<AlignedBuf> =
            types.iter().map(|t| AlignedBuf::zeroed(t.bytes())).collect::<Result<_, _>>()?;
        let mut buffers = Self { data, descriptors: Vec::new(), types, num_args: sig.args.len() };
        buffers.reset(seed);
        buffers.descriptors = buffers
            .data
            .iter()
            .zip(&buffers.types)
            .map(|(buf, ty)| {
                let mut d = vec![buf.ptr as i64, buf.ptr as i64, 0];
                d.extend(ty.shape.iter().map(|&s| s as i64));
                let mut strides = vec![0i64; ty.shape.len()];
                let mut stride = 1i64;
                for (i, &s) in ty.shape.iter().enumerate().rev() {
                    strides[i] = stride;
                    stride *= s as i64;
                }
                d.extend(strides);
                d
            })
            .collect();
        Ok(buffers)
    }

    /// Refills the arguments with the seeded values and zeroes the results.
    pub fn reset(&mut self, seed: u64) {
        for (i, (buf, ty)) in self.data.iter_mut().zip(&self.types).enumerate() {
            if i < self.num_args {
                fill_random(
                    buf,
                    ty.element,
                    seed.wrapping_add(i as u64).wrapping_mul(0x2545_f491_4f6c_dd1d),
                );
            } else {
                buf.bytes_mut().fill(0);
            }
        }
    }

    /// Copies of the output buffers: the results, plus every memref argument
    /// (programs on memrefs write their outputs into arguments).
    pub fn outputs(&self) -> (Vec<Vec<u8>>, Vec<BufferType>) {
        let mut data = Vec::new();
        let mut types = Vec::new();
        for (i, (buf, ty)) in self.data.iter().zip(&self.types).enumerate() {
            if i >= self.num_args || !ty.is_tensor {
                data.push(buf.bytes().to_vec());
                types.push(ty.clone());
            }
        }
        (data, types)
    }
}

impl Compiled {
    /// Runs the program once on `buffers`; returns the time of the
    /// computation in nanoseconds.
    pub fn run(&self, buffers: &mut Buffers) -> u64 {
        let mut descriptor_ptrs: Vec<*mut i64> =
            buffers.descriptors.iter_mut().map(|d| d.as_mut_ptr()).collect();
        let mut result: i64 = 0;
        let mut args: Vec<*mut c_void> =
            descriptor_ptrs.iter_mut().map(|p| p as *mut *mut i64 as *mut c_void).collect();
        args.push(&mut result as *mut i64 as *mut c_void);
        // SAFETY: the packed entry takes one pointer per argument (each
        // pointing to a memref descriptor pointer) and a pointer to the i64
        // result; descriptors point into live, correctly sized buffers.
        unsafe { (self.entry)(args.as_mut_ptr()) };
        result.max(0) as u64
    }
}

/// Outputs and timings of a program run on caller-given arguments.
#[derive(Clone, Debug)]
pub struct Execution {
    /// Output buffers (see [`Buffers::outputs`]).
    pub outputs: Vec<Vec<u8>>,
    /// Their types.
    pub types: Vec<BufferType>,
    /// Time of each timed run, in nanoseconds.
    pub times_ns: Vec<u64>,
}

impl Compiled {
    /// Runs the program on `args` (the bytes of each argument, in order and
    /// exactly as large as the signature says): `warmup` untimed runs, then
    /// `runs` timed ones on `threads` OpenMP threads. Outputs are those of
    /// the last run.
    ///
    /// The network importer uses this to run a whole model on its real
    /// weights rather than on seeded random ones.
    pub fn run_with(
        &self,
        args: &[&[u8]],
        warmup: usize,
        runs: usize,
        threads: usize,
    ) -> Result<Execution, ExecError> {
        if args.len() != self.signature.args.len() {
            return Err(ExecError::Signature(format!(
                "{} arguments given, the entry takes {}",
                args.len(),
                self.signature.args.len()
            )));
        }
        let mut buffers = Buffers::new(&self.signature, 0)?;
        for (i, (data, ty)) in args.iter().zip(&self.signature.args).enumerate() {
            if data.len() != ty.bytes() {
                return Err(ExecError::Signature(format!(
                    "argument {i} has {} bytes, its type {} needs {}",
                    data.len(),
                    ty.mlir(),
                    ty.bytes()
                )));
            }
            buffers.data[i].bytes_mut().copy_from_slice(data);
        }
        if self.parallel {
            set_omp_threads(threads.max(1));
        }
        for _ in 0..warmup {
            self.run(&mut buffers);
        }
        let times_ns = (0..runs.max(1)).map(|_| self.run(&mut buffers)).collect();
        let (outputs, types) = buffers.outputs();
        Ok(Execution { outputs, types, times_ns })
    }
}

/// Sets the OpenMP thread count of this process (the runtime must already be
/// loaded, which compiling a parallel program does). Returns whether the
/// runtime was found.
pub fn set_omp_threads(threads: usize) -> bool {
    let Ok(lib) = runtime_library(LIBOMP) else { return false };
    // SAFETY: dlopen with RTLD_NOLOAD only returns an already loaded library;
    // `omp_set_num_threads` has the C signature `void(int)`.
    unsafe {
        let handle = libc::dlopen(lib.as_ptr() as *const _, libc::RTLD_NOW | libc::RTLD_NOLOAD);
        if handle.is_null() {
            return false;
        }
        let sym = libc::dlsym(handle, c"omp_set_num_threads".as_ptr());
        if sym.is_null() {
            return false;
        }
        let f: extern "C" fn(i32) = std::mem::transmute(sym);
        f(threads as i32);
        true
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_lowered_module_may_call_only_mlirrls_runtime() {
        let context = mlirrl_ir::mlir::new_context();
        let check = |text: &str| {
            let module = mlirrl_ir::mlir::OwnedModule::parse(&context, text).unwrap();
            super::check_lowered(module.op())
        };
        let ok = "llvm.func @malloc(i64) -> !llvm.ptr\nllvm.func @__kmpc_barrier(!llvm.ptr, i32)\n";
        assert!(check(ok).is_ok());
        let system = "llvm.func @system(!llvm.ptr) -> i32\n";
        let err = check(system).unwrap_err().to_string();
        assert!(err.contains("external function `system`"), "{err}");
        let asm = "llvm.func @f() {\n  llvm.inline_asm has_side_effects \"syscall\", \"\" : () -> ()\n  llvm.return\n}\n";
        assert!(check(asm).unwrap_err().to_string().contains("inline assembly"));
        let indirect = "llvm.func @f(%p: !llvm.ptr) {\n  llvm.call %p() : !llvm.ptr, () -> ()\n  llvm.return\n}\n";
        assert!(check(indirect).unwrap_err().to_string().contains("indirect call"));
        let global = "llvm.mlir.global external @environ() : !llvm.ptr\n";
        let err = check(global).unwrap_err().to_string();
        assert!(err.contains("external global `environ`"), "{err}");
        let weak = "llvm.mlir.global extern_weak @environ() : !llvm.ptr\n";
        assert!(check(weak).unwrap_err().to_string().contains("external global `environ`"));
        // A body that LLVM drops, so the JIT resolves libc's `system` instead.
        let dropped = "llvm.func available_externally @system(%p: !llvm.ptr) -> i32 {\n  %0 = llvm.mlir.constant(0 : i32) : i32\n  llvm.return %0 : i32\n}\n";
        let err = check(dropped).unwrap_err().to_string();
        assert!(err.contains("function `system` with linkage"), "{err}");
    }

    /// Runs `program` three times on seeded inputs; asserts that the
    /// first run took its blocks from the C library and the next two reused
    /// exactly those; returns the first argument, the last output and the
    /// heap's counters before and after.
    fn run_three_times(
        program: &str,
    ) -> (Vec<f32>, Vec<f32>, crate::heap::HeapStats, crate::heap::HeapStats) {
        let _serial = crate::heap::TEST_LOCK.lock().unwrap_or_else(|e| e.into_inner());
        let context = mlirrl_ir::mlir::new_context();
        let module = mlirrl_ir::mlir::OwnedModule::parse(&context, program).unwrap();
        let compiled = super::compile(&context, &module).unwrap();
        let mut buffers = super::Buffers::new(&compiled.signature, 7).unwrap();
        let before = crate::heap::stats();
        for _ in 0..3 {
            compiled.run(&mut buffers);
        }
        let after = crate::heap::stats();
        let fresh = after.fresh - before.fresh;
        assert!(fresh >= 1, "the first run allocates: {before:?} -> {after:?}");
        assert_eq!(after.reused - before.reused, 2 * fresh, "runs 2 and 3 reuse: {after:?}");
        let floats = |b: &[u8]| -> Vec<f32> {
            b.chunks_exact(4).map(|b| f32::from_ne_bytes(b.try_into().unwrap())).collect()
        };
        let (outputs, _) = buffers.outputs();
        let out = floats(outputs.last().unwrap());
        (floats(buffers.data[0].bytes()), out, before, after)
    }

    /// Two elementwise ops with a 1 MiB tensor between them: the
    /// intermediate is allocated and freed inside every run, and from the
    /// second run on it comes from mlirrl's heap, not the C library.
    #[test]
    fn intermediates_are_allocated_once_and_reused_run_after_run() {
        let program = r#"
#id = affine_map<(d0, d1) -> (d0, d1)>
func.func @main(%a: tensor<512x512xf32>) -> tensor<512x512xf32> {
  %e = tensor.empty() : tensor<512x512xf32>
  %t = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%a : tensor<512x512xf32>) outs(%e : tensor<512x512xf32>) {
  ^bb0(%x: f32, %o: f32):
    %y = arith.addf %x, %x : f32
    linalg.yield %y : f32
  } -> tensor<512x512xf32>
  %e2 = tensor.empty() : tensor<512x512xf32>
  %r = linalg.generic {indexing_maps = [#id, #id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%t, %a : tensor<512x512xf32>, tensor<512x512xf32>) outs(%e2 : tensor<512x512xf32>) {
  ^bb0(%x: f32, %z: f32, %o: f32):
    %y = arith.mulf %x, %z : f32
    linalg.yield %y : f32
  } -> tensor<512x512xf32>
  return %r : tensor<512x512xf32>
}
"#;
        let (a, out, _, _) = run_three_times(program);
        for (i, (&x, &y)) in a.iter().zip(&out).enumerate() {
            assert_eq!(y, 2.0 * x * x, "element {i}");
        }
    }

    /// An unaligned allocation filled with zeros: LLVM merges `malloc` and
    /// the fill into `calloc`, which comes from mlirrl's heap too (left to
    /// the C library it would be freed there, and never reused).
    #[test]
    fn calloc_that_llvm_introduces_is_served_by_the_same_heap() {
        let program = r#"
#id = affine_map<(d0, d1) -> (d0, d1)>
func.func @main(%a: memref<256x256xf32>, %out: memref<256x256xf32>) {
  %c0 = arith.constant 0.0 : f32
  %t = memref.alloc() : memref<256x256xf32>
  linalg.fill ins(%c0 : f32) outs(%t : memref<256x256xf32>)
  linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%a : memref<256x256xf32>) outs(%t : memref<256x256xf32>) {
  ^bb0(%x: f32, %o: f32):
    %s = arith.addf %x, %o : f32
    linalg.yield %s : f32
  }
  linalg.generic {indexing_maps = [#id, #id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%t, %a : memref<256x256xf32>, memref<256x256xf32>) outs(%out : memref<256x256xf32>) {
  ^bb0(%x: f32, %y: f32, %o: f32):
    %s = arith.mulf %x, %y : f32
    linalg.yield %s : f32
  }
  return
}
"#;
        let (a, out, before, after) = run_three_times(program);
        assert_eq!(after.calloc - before.calloc, 3, "one calloc per run: {after:?}");
        for (i, (&x, &y)) in a.iter().zip(&out).enumerate() {
            assert_eq!(y, x * x, "element {i}");
        }
    }
}
