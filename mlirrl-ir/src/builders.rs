//! MLIR text for single-op programs of every supported family, with static
//! shapes. Used by tests, benchmarks and benchmark generators.
//!
//! Each function returns a whole module with one `func.func @main` whose
//! arguments are the op's operands (inputs, then inits) and whose results are
//! the op's tensor results (none for memrefs).
//!
//! ```
//! let text = mlirrl_ir::builders::matmul(128, 64, 768, "f32");
//! let program = mlirrl_ir::parse_str(&text, "matmul").unwrap();
//! assert_eq!(program.ops[0].name, "linalg.matmul");
//! ```

use std::fmt::Write;

/// Memory form of the generated program.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Storage {
    /// Value semantics: tensors in, tensor out.
    Tensor,
    /// Buffers: memrefs in, written in place, nothing returned.
    Memref,
}

fn shaped(storage: Storage, shape: &[u64], elem: &str) -> String {
    let dims: String = shape.iter().map(|d| format!("{d}x")).collect();
    match storage {
        Storage::Tensor => format!("tensor<{dims}{elem}>"),
        Storage::Memref => format!("memref<{dims}{elem}>"),
    }
}

/// A module with one function around one linalg op.
///
/// `op` is the op's name plus attributes (e.g. `linalg.matmul` or
/// `linalg.conv_2d_nchw_fchw {strides = ...}`), `inputs` and `inits` the
/// operand types, `tail` extra text after `outs(...)` (e.g. a permutation or a
/// region).
pub fn single_op(
    storage: Storage,
    op: &str,
    inputs: &[String],
    inits: &[String],
    tail: &str,
) -> String {
    render(storage, op, inputs, inits, tail, true)
}

/// Like [`single_op`]; `result_types` says whether the op's syntax spells its
/// result types (`-> tensor<...>`); `linalg.transpose` and `linalg.reduce`
/// infer them.
fn render(
    storage: Storage,
    op: &str,
    inputs: &[String],
    inits: &[String],
    tail: &str,
    result_types: bool,
) -> String {
    let mut args = Vec::new();
    for (i, t) in inputs.iter().chain(inits).enumerate() {
        args.push(format!("%arg{i}: {t}"));
    }
    let ins: Vec<String> = (0..inputs.len()).map(|i| format!("%arg{i}")).collect();
    let outs: Vec<String> =
        (inputs.len()..inputs.len() + inits.len()).map(|i| format!("%arg{i}")).collect();
    let mut s = String::new();
    let results = match storage {
        Storage::Tensor => format!(" -> ({})", inits.join(", ")),
        Storage::Memref => String::new(),
    };
    let _ = writeln!(s, "module {{");
    let _ = writeln!(s, "  func.func @main({}){results} {{", args.join(", "));
    let ins_part = if inputs.is_empty() {
        String::new()
    } else {
        format!("ins({} : {}) ", ins.join(", "), inputs.join(", "))
    };
    let outs_part = format!("outs({} : {})", outs.join(", "), inits.join(", "));
    match storage {
        Storage::Tensor => {
            let names: Vec<String> = (0..inits.len()).map(|i| format!("%r#{i}")).collect();
            let types =
                if result_types { format!(" -> {}", inits.join(", ")) } else { String::new() };
            let _ = writeln!(s, "    %r:{} = {op} {ins_part}{outs_part}{tail}{types}", inits.len());
            let _ = writeln!(s, "    return {} : {}", names.join(", "), inits.join(", "));
        }
        Storage::Memref => {
            let _ = writeln!(s, "    {op} {ins_part}{outs_part}{tail}");
            let _ = writeln!(s, "    return");
        }
    }
    let _ = writeln!(s, "  }}");
    let _ = writeln!(s, "}}");
    s
}

/// `linalg.matmul`: (m x k) * (k x n) -> (m x n).
pub fn matmul(m: u64, n: u64, k: u64, elem: &str) -> String {
    matmul_in(Storage::Tensor, m, n, k, elem)
}

/// `linalg.matmul` on tensors or memrefs.
pub fn matmul_in(storage: Storage, m: u64, n: u64, k: u64, elem: &str) -> String {
    single_op(
        storage,
        "linalg.matmul",
        &[shaped(storage, &[m, k], elem), shaped(storage, &[k, n], elem)],
        &[shaped(storage, &[m, n], elem)],
        "",
    )
}

/// `linalg.batch_matmul`: (b x m x k) * (b x k x n) -> (b x m x n).
pub fn batch_matmul(b: u64, m: u64, n: u64, k: u64, elem: &str) -> String {
    let st = Storage::Tensor;
    single_op(
        st,
        "linalg.batch_matmul",
        &[shaped(st, &[b, m, k], elem), shaped(st, &[b, k, n], elem)],
        &[shaped(st, &[b, m, n], elem)],
        "",
    )
}

/// `linalg.matvec`: (m x k) * (k) -> (m).
pub fn matvec(m: u64, k: u64, elem: &str) -> String {
    let st = Storage::Tensor;
    single_op(
        st,
        "linalg.matvec",
        &[shaped(st, &[m, k], elem), shaped(st, &[k], elem)],
        &[shaped(st, &[m], elem)],
        "",
    )
}

/// Output extent of a window of `kernel` with `stride` and `dilation` over `size`.
pub fn window_out(size: u64, kernel: u64, stride: u64, dilation: u64) -> u64 {
    (size - dilation * (kernel - 1) - 1) / stride + 1
}

/// Shape of a 2-D convolution or pooling.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Conv2d {
    /// Batch.
    pub n: u64,
    /// Input channels.
    pub c: u64,
    /// Input height.
    pub h: u64,
    /// Input width.
    pub w: u64,
    /// Output channels (filters); ignored by pooling and depthwise.
    pub f: u64,
    /// Kernel height.
    pub kh: u64,
    /// Kernel width.
    pub kw: u64,
    /// Stride (both dimensions).
    pub stride: u64,
    /// Dilation (both dimensions).
    pub dilation: u64,
}

impl Conv2d {
    /// Output height.
    pub fn oh(&self) -> u64 {
        window_out(self.h, self.kh, self.stride, self.dilation)
    }

    /// Output width.
    pub fn ow(&self) -> u64 {
        window_out(self.w, self.kw, self.stride, self.dilation)
    }

    fn attrs(&self) -> String {
        format!(
            "{{dilations = dense<{}> : tensor<2xi64>, strides = dense<{}> : tensor<2xi64>}}",
            self.dilation, self.stride
        )
    }
}

/// Layouts for [`conv_2d`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ConvForm {
    /// `linalg.conv_2d_nchw_fchw`
    NchwFchw,
    /// `linalg.conv_2d_nhwc_hwcf`
    NhwcHwcf,
    /// `linalg.conv_2d_nhwc_fhwc`
    NhwcFhwc,
}

/// A 2-D convolution in the given layout.
pub fn conv_2d(form: ConvForm, s: Conv2d, elem: &str) -> String {
    let st = Storage::Tensor;
    let (oh, ow) = (s.oh(), s.ow());
    let (name, input, filter, output) = match form {
        ConvForm::NchwFchw => {
            ("nchw_fchw", [s.n, s.c, s.h, s.w], [s.f, s.c, s.kh, s.kw], [s.n, s.f, oh, ow])
        }
        ConvForm::NhwcHwcf => {
            ("nhwc_hwcf", [s.n, s.h, s.w, s.c], [s.kh, s.kw, s.c, s.f], [s.n, oh, ow, s.f])
        }
        ConvForm::NhwcFhwc => {
            ("nhwc_fhwc", [s.n, s.h, s.w, s.c], [s.f, s.kh, s.kw, s.c], [s.n, oh, ow, s.f])
        }
    };
    single_op(
        st,
        &format!("linalg.conv_2d_{name} {}", s.attrs()),
        &[shaped(st, &input, elem), shaped(st, &filter, elem)],
        &[shaped(st, &output, elem)],
        "",
    )
}

/// `linalg.depthwise_conv_2d_nhwc_hwc` (channel multiplier 1).
pub fn depthwise_conv_2d(s: Conv2d, elem: &str) -> String {
    let st = Storage::Tensor;
    single_op(
        st,
        &format!("linalg.depthwise_conv_2d_nhwc_hwc {}", s.attrs()),
        &[shaped(st, &[s.n, s.h, s.w, s.c], elem), shaped(st, &[s.kh, s.kw, s.c], elem)],
        &[shaped(st, &[s.n, s.oh(), s.ow(), s.c], elem)],
        "",
    )
}

/// Pooling layouts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PoolForm {
    /// `linalg.pooling_nchw_*`
    Nchw,
    /// `linalg.pooling_nhwc_*`
    Nhwc,
}

/// `linalg.pooling_<layout>_<kind>` where `kind` is `max`, `sum` or `min`
/// (`min` exists for NHWC only in MLIR).
pub fn pooling(form: PoolForm, kind: &str, s: Conv2d, elem: &str) -> String {
    let st = Storage::Tensor;
    let (layout, input, output) = match form {
        PoolForm::Nchw => ("nchw", [s.n, s.c, s.h, s.w], [s.n, s.c, s.oh(), s.ow()]),
        PoolForm::Nhwc => ("nhwc", [s.n, s.h, s.w, s.c], [s.n, s.oh(), s.ow(), s.c]),
    };
    single_op(
        st,
        &format!("linalg.pooling_{layout}_{kind} {}", s.attrs()),
        &[shaped(st, &input, elem), shaped(st, &[s.kh, s.kw], elem)],
        &[shaped(st, &output, elem)],
        "",
    )
}

/// A named binary elementwise op (`add`, `sub`, `mul`, `div`, `max`, `min`).
pub fn elementwise(op: &str, shape: &[u64], elem: &str) -> String {
    let st = Storage::Tensor;
    let t = shaped(st, shape, elem);
    single_op(st, &format!("linalg.{op}"), &[t.clone(), t.clone()], &[t], "")
}

/// `linalg.fill` of a tensor with zero.
pub fn fill(shape: &[u64], elem: &str) -> String {
    let t = shaped(Storage::Tensor, shape, elem);
    let zero = if elem.starts_with('f') || elem == "bf16" { "0.0" } else { "0" };
    format!(
        "module {{\n  func.func @main(%arg0: {t}) -> {t} {{\n    %cst = arith.constant {zero} : {elem}\n    %r = linalg.fill ins(%cst : {elem}) outs(%arg0 : {t}) -> {t}\n    return %r : {t}\n  }}\n}}\n"
    )
}

/// `linalg.transpose` of `shape` by `permutation`.
pub fn transpose(shape: &[u64], permutation: &[usize], elem: &str) -> String {
    let st = Storage::Tensor;
    let out: Vec<u64> = permutation.iter().map(|&p| shape[p]).collect();
    let perm: Vec<String> = permutation.iter().map(|p| p.to_string()).collect();
    render(
        st,
        "linalg.transpose",
        &[shaped(st, shape, elem)],
        &[shaped(st, &out, elem)],
        &format!(" permutation = [{}]", perm.join(", ")),
        false,
    )
}

/// `linalg.reduce` (sum) of `shape` over `dims`.
pub fn reduce_sum(shape: &[u64], dims: &[usize], elem: &str) -> String {
    let st = Storage::Tensor;
    let out: Vec<u64> =
        shape.iter().enumerate().filter(|(i, _)| !dims.contains(i)).map(|(_, &d)| d).collect();
    let d: Vec<String> = dims.iter().map(|x| x.to_string()).collect();
    let add = if elem.starts_with('f') || elem == "bf16" { "arith.addf" } else { "arith.addi" };
    let region = format!(
        " dimensions = [{}]\n      (%in: {elem}, %acc: {elem}) {{\n        %s = {add} %in, %acc : {elem}\n        linalg.yield %s : {elem}\n      }}",
        d.join(", ")
    );
    render(
        st,
        "linalg.reduce",
        &[shaped(st, shape, elem)],
        &[shaped(st, &out, elem)],
        &region,
        false,
    )
}

fn identity_map(rank: usize) -> String {
    let dims: Vec<String> = (0..rank).map(|i| format!("d{i}")).collect();
    format!("affine_map<({}) -> ({})>", dims.join(", "), dims.join(", "))
}

/// ReLU as a `linalg.generic` (`max(x, 0)` via compare and select) of any rank.
pub fn relu(shape: &[u64], elem: &str) -> String {
    let st = Storage::Tensor;
    let t = shaped(st, shape, elem);
    let map = identity_map(shape.len());
    let iters = vec!["\"parallel\""; shape.len()].join(", ");
    let op =
        format!("linalg.generic {{indexing_maps = [{map}, {map}], iterator_types = [{iters}]}}");
    let region = format!(
        " {{\n    ^bb0(%in: {elem}, %out: {elem}):\n      %zero = arith.constant 0.0 : {elem}\n      %c = arith.cmpf ugt, %in, %zero : {elem}\n      %s = arith.select %c, %in, %zero : {elem}\n      linalg.yield %s : {elem}\n    }}"
    );
    single_op(st, &op, std::slice::from_ref(&t), std::slice::from_ref(&t), &region)
}

/// A binary elementwise `linalg.generic` (`arith.<op>` on two inputs) of any
/// rank, e.g. `op = "addf"`.
pub fn generic_binary(op: &str, shape: &[u64], elem: &str) -> String {
    let st = Storage::Tensor;
    let t = shaped(st, shape, elem);
    let map = identity_map(shape.len());
    let iters = vec!["\"parallel\""; shape.len()].join(", ");
    let head = format!(
        "linalg.generic {{indexing_maps = [{map}, {map}, {map}], iterator_types = [{iters}]}}"
    );
    let region = format!(
        " {{\n    ^bb0(%a: {elem}, %b: {elem}, %out: {elem}):\n      %s = arith.{op} %a, %b : {elem}\n      linalg.yield %s : {elem}\n    }}"
    );
    single_op(st, &head, &[t.clone(), t.clone()], &[t], &region)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn window_arithmetic() {
        assert_eq!(window_out(224, 7, 2, 1), 109);
        assert_eq!(window_out(56, 3, 1, 1), 54);
        assert_eq!(window_out(56, 3, 1, 2), 52);
    }

    #[test]
    fn memref_form_returns_nothing() {
        let t = matmul_in(Storage::Memref, 4, 8, 16, "f32");
        assert!(t.contains("memref<4x16xf32>"));
        assert!(t.contains("    return\n"));
    }
}
