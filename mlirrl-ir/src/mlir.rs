//! Small, safe helpers over melior and the MLIR C API that the other crates
//! share: a context with every dialect loaded, diagnostics captured as text,
//! parsing with MLIR's own messages, and the Transform-dialect interpreter.
//!
//! melior types are neither `Send` nor `Sync`: create one [`Context`] per
//! thread (see [`new_context`]).

use melior::{
    Context,
    dialect::DialectRegistry,
    ir::{Location, Module, operation::OperationLike},
    utility::{register_all_dialects, register_all_llvm_translations, register_all_passes},
};
use mlir_sys::MlirOperation;
use std::{cell::RefCell, rc::Rc, sync::Once};

static REGISTER_PASSES: Once = Once::new();

/// Creates a context with every upstream dialect and extension registered and
/// loaded, LLVM translations registered, and MLIR's own thread pool disabled
/// (mlirrl parallelises across processes, not inside one compilation).
pub fn new_context() -> Context {
    REGISTER_PASSES.call_once(register_all_passes);
    let registry = DialectRegistry::new();
    register_all_dialects(&registry);
    let context = Context::new_with_registry(&registry, false);
    context.load_all_available_dialects();
    register_all_llvm_translations(&context);
    context
}

/// Renders a location as `line L, column C` when it is a file location,
/// otherwise as MLIR prints it.
pub fn describe_location(location: Location<'_>) -> String {
    match line_col(location) {
        Some((line, col)) => format!("line {line}, column {col}"),
        None => location.to_string(),
    }
}

/// Line and column of a file location (looking through name and call-site
/// locations), if any.
pub fn line_col(location: Location<'_>) -> Option<(usize, usize)> {
    if location.is_file_line_col_range() {
        Some((
            location.file_line_col_range_start_line(),
            location.file_line_col_range_start_column(),
        ))
    } else if location.is_name() {
        line_col(location.name_child_location())
    } else if location.is_call_site() {
        line_col(location.call_site_callee())
    } else {
        None
    }
}

/// Collects the context's error diagnostics (with notes) as text while alive.
pub struct DiagnosticCapture<'c> {
    context: &'c Context,
    id: Option<melior::diagnostic::DiagnosticHandlerId>,
    messages: Rc<RefCell<Vec<String>>>,
}

impl<'c> DiagnosticCapture<'c> {
    /// Starts capturing diagnostics of `context`.
    pub fn new(context: &'c Context) -> Self {
        let messages = Rc::new(RefCell::new(Vec::new()));
        let sink = messages.clone();
        let id = context.attach_diagnostic_handler(move |diagnostic| {
            let mut text = format!("{}: {}", describe_location(diagnostic.location()), diagnostic);
            for index in 0..diagnostic.note_count() {
                if let Ok(note) = diagnostic.note(index) {
                    let note = note.to_string();
                    // MLIR attaches a dump of the failing op; it drowns the message.
                    if !note.starts_with("see current operation") {
                        text.push_str(&format!(" (note: {note})"));
                    }
                }
            }
            sink.borrow_mut().push(text);
            true
        });
        Self { context, id: Some(id), messages }
    }

    /// The messages captured so far, leaving the capture running.
    pub fn take(&self) -> Vec<String> {
        std::mem::take(&mut *self.messages.borrow_mut())
    }
}

impl Drop for DiagnosticCapture<'_> {
    fn drop(&mut self) {
        if let Some(id) = self.id.take() {
            self.context.detach_diagnostic_handler(id);
        }
    }
}

/// Parses MLIR text into a module, returning MLIR's diagnostics on failure.
pub fn parse_module<'c>(context: &'c Context, source: &str) -> Result<Module<'c>, Vec<String>> {
    let capture = DiagnosticCapture::new(context);
    match Module::parse(context, source) {
        Some(module) => Ok(module),
        None => {
            let mut messages = capture.take();
            if messages.is_empty() {
                messages.push("MLIR could not parse the text (no diagnostic given)".into());
            }
            Err(messages)
        }
    }
}

/// Finds the `transform.named_sequence @__transform_main` op of a transform
/// module.
fn find_transform_main(transform_module: &Module<'_>) -> Option<MlirOperation> {
    let mut found = None;
    transform_module.as_operation().walk(melior::ir::operation::WalkOrder::PreOrder, |op| {
        if op.name().as_string_ref().as_str() == Ok("transform.named_sequence")
            && op
                .attribute("sym_name")
                .ok()
                .and_then(|a| melior::ir::attribute::StringAttribute::try_from(a).ok())
                .is_some_and(|s| s.value() == "__transform_main")
        {
            found = Some(op.to_raw());
            return melior::ir::operation::WalkResult::Interrupt;
        }
        melior::ir::operation::WalkResult::Advance
    });
    found
}

/// Applies a Transform-dialect script (a module with
/// `transform.named_sequence @__transform_main`) to `payload` in place,
/// through MLIR's Transform interpreter. On failure returns MLIR's
/// diagnostics; the payload may then be partially transformed.
pub fn apply_transform(
    context: &Context,
    payload: MlirOperation,
    script: &str,
) -> Result<(), Vec<String>> {
    let transform_module = parse_module(context, script)?;
    let Some(main) = find_transform_main(&transform_module) else {
        return Err(vec!["transform script has no `@__transform_main` named sequence".into()]);
    };
    let capture = DiagnosticCapture::new(context);
    // SAFETY: all handles belong to `context` and stay alive for the call;
    // the options are created and destroyed here.
    let ok = unsafe {
        let options = mlir_sys::mlirTransformOptionsCreate();
        let result = mlir_sys::mlirTransformApplyNamedSequence(
            payload,
            main,
            transform_module.as_operation().to_raw(),
            options,
        );
        mlir_sys::mlirTransformOptionsDestroy(options);
        result.value != 0
    };
    if ok {
        Ok(())
    } else {
        let mut messages = capture.take();
        if messages.is_empty() {
            messages.push("the transform interpreter failed (no diagnostic given)".into());
        }
        Err(messages)
    }
}

/// An owned `builtin.module`, destroyed on drop. Unlike melior's `Module`
/// it carries no lifetime, so it can live next to its [`Context`] in one
/// struct: declare it before the context so it is dropped first.
pub struct OwnedModule(mlir_sys::MlirModule);

impl OwnedModule {
    /// Parses MLIR text into an owned module, returning MLIR's diagnostics on
    /// failure.
    pub fn parse(context: &Context, source: &str) -> Result<Self, Vec<String>> {
        let module = parse_module(context, source)?;
        let raw = module.to_raw();
        std::mem::forget(module);
        Ok(Self(raw))
    }

    /// The module's operation.
    pub fn op(&self) -> MlirOperation {
        // SAFETY: the module is live.
        unsafe { mlir_sys::mlirModuleGetOperation(self.0) }
    }

    /// A deep copy.
    pub fn deep_clone(&self) -> Self {
        // SAFETY: the module op is live; the clone is a new, unparented module op.
        unsafe { Self(mlir_sys::mlirModuleFromOperation(mlir_sys::mlirOperationClone(self.op()))) }
    }

    /// The module as MLIR text.
    pub fn to_text(&self) -> String {
        print_op(self.op())
    }
}

impl Drop for OwnedModule {
    fn drop(&mut self) {
        // SAFETY: owned by this value, destroyed once.
        unsafe { mlir_sys::mlirModuleDestroy(self.0) }
    }
}

/// Prints an operation (generic-free, MLIR's default form) to a string.
pub fn print_op(op: MlirOperation) -> String {
    // SAFETY: `op` is a live operation.
    unsafe { melior::ir::OperationRef::from_raw(op) }.to_string()
}
