//! A program being transformed in-process: one MLIR context, the current
//! module, and the program model re-read from it after every action.
//!
//! Each action is applied to a copy of the module through MLIR's Transform
//! interpreter; the copy replaces the module only when the interpreter
//! succeeds, so a failing action leaves the program as it was and is known at
//! the step that chose it.

use crate::{
    action::Action,
    schedule::Schedule,
    script::{self, OpInfo},
};
use melior::Context;
use mlirrl_ir::{IrError, IteratorKind, ParseOptions, Program, mlir::OwnedModule};

/// Why an action or script could not be applied.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ApplyError {
    /// The action names an op the program does not have (any more).
    #[error("no op tagged `{0}` in the program")]
    NoSuchOp(String),
    /// The Transform interpreter rejected the script.
    #[error("transform failed: {}", .0.join("; "))]
    Transform(Vec<String>),
    /// The transformed IR could not be read back (e.g. dynamic shapes from
    /// partial tiles).
    #[error("transformed IR unreadable: {0}")]
    Reread(String),
}

/// The program under transformation.
pub struct Session {
    // Declared before `context` so it is destroyed first.
    module: OwnedModule,
    context: Context,
    program: Program,
    name: String,
    script: String,
    steps: usize,
}

fn reread(context: &Context, module: &OwnedModule, name: &str) -> Result<Program, IrError> {
    let options = ParseOptions { check_vectorizable: false, keep_tags: true };
    match mlirrl_ir::extract(context, module, name, &options) {
        Err(IrError::NoLinalgOp { .. }) => Ok(Program {
            name: name.into(),
            ops: vec![],
            edges: vec![],
            tagged_source: module.to_text(),
        }),
        other => other,
    }
}

impl Session {
    /// Parses a program; its ops are tagged `operation_<k>` unless they carry
    /// tags already (a tagged program re-read keeps its tags).
    pub fn new(source: &str, name: &str) -> Result<Self, IrError> {
        let context = mlirrl_ir::mlir::new_context();
        let module = mlirrl_ir::parse_untrusted(&context, source, name)?;
        let options = ParseOptions { check_vectorizable: false, keep_tags: true };
        let program = mlirrl_ir::extract(&context, &module, name, &options)?;
        Ok(Self { module, context, program, name: name.into(), script: String::new(), steps: 0 })
    }

    /// The MLIR context.
    pub fn context(&self) -> &Context {
        &self.context
    }

    /// The current module.
    pub fn module(&self) -> &OwnedModule {
        &self.module
    }

    /// The program model of the current module.
    pub fn program(&self) -> &Program {
        &self.program
    }

    /// The current module as text.
    pub fn module_text(&self) -> String {
        self.module.to_text()
    }

    /// Emission info of the op tagged `tag` in the current IR.
    pub fn op_info(&self, tag: &str) -> Option<OpInfo> {
        let op = self.program.ops.iter().find(|o| o.tag == tag)?;
        Some(OpInfo {
            tag: tag.into(),
            kind: op.kind.clone(),
            name: op.name.clone(),
            parallel: op.loops.iter().map(|l| l.iterator == IteratorKind::Parallel).collect(),
            trip_counts: op.loops.iter().map(|l| l.trip_count).collect(),
            padding_values: op.operands.iter().map(|o| o.element_type.zero_attribute()).collect(),
        })
    }

    fn commit_script(&mut self, body: &str) -> Result<(), ApplyError> {
        if body.is_empty() {
            return Ok(());
        }
        let candidate = self.module.deep_clone();
        mlirrl_ir::mlir::apply_transform(&self.context, candidate.op(), &script::wrap(body))
            .map_err(ApplyError::Transform)?;
        let program = reread(&self.context, &candidate, &self.name)
            .map_err(|e| ApplyError::Reread(e.to_string()))?;
        self.module = candidate;
        self.program = program;
        self.script.push_str(body);
        Ok(())
    }

    /// Applies one action to the op tagged `tag`.
    pub fn apply(&mut self, tag: &str, action: &Action) -> Result<(), ApplyError> {
        let info = self.op_info(tag).ok_or_else(|| ApplyError::NoSuchOp(tag.into()))?;
        let prefix = format!("%s{}", self.steps);
        let body = script::action_body(action, &info, &prefix);
        self.commit_script(&body)?;
        self.steps += 1;
        Ok(())
    }

    /// Applies a whole schedule, op by op and action by action.
    pub fn apply_schedule(&mut self, schedule: &Schedule) -> Result<(), ApplyError> {
        for op in &schedule.ops {
            for action in &op.actions {
                self.apply(&op.tag, action)?;
            }
        }
        Ok(())
    }

    /// Applies a complete Transform-dialect script (a module with
    /// `@__transform_main`).
    pub fn apply_script(&mut self, script_text: &str) -> Result<(), ApplyError> {
        // A script is untrusted text too: bounded before MLIR parses it.
        mlirrl_ir::policy::check_text(script_text, "the Transform script", &Default::default())
            .map_err(|e| ApplyError::Transform(vec![e.to_string()]))?;
        {
            let parsed = mlirrl_ir::mlir::OwnedModule::parse(&self.context, script_text)
                .map_err(ApplyError::Transform)?;
            mlirrl_ir::policy::check_transform_script(parsed.op(), "the Transform script")
                .map_err(|e| ApplyError::Transform(vec![e.to_string()]))?;
        }
        let candidate = self.module.deep_clone();
        mlirrl_ir::mlir::apply_transform(&self.context, candidate.op(), script_text)
            .map_err(ApplyError::Transform)?;
        let program = reread(&self.context, &candidate, &self.name)
            .map_err(|e| ApplyError::Reread(e.to_string()))?;
        self.module = candidate;
        self.program = program;
        Ok(())
    }

    /// Everything applied so far as one standalone Transform-dialect script.
    pub fn exported_script(&self) -> String {
        script::wrap(&self.script)
    }
}
