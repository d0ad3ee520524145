// A Transform script that gives a function a linkage through annotate.
module attributes {transform.with_named_sequence} {
  transform.named_sequence @__transform_main(%root: !transform.any_op {transform.readonly}) {
    %f = transform.structured.match ops{["func.func"]} in %root : (!transform.any_op) -> !transform.any_op
    %p = transform.param.constant "available_externally" -> !transform.any_param
    transform.annotate %f "llvm.linkage" = %p : !transform.any_op, !transform.any_param
    transform.yield
  }
}
