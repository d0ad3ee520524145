// A Transform script that runs an arbitrary pass (this one writes a file).
module attributes {transform.with_named_sequence} {
  transform.named_sequence @__transform_main(%root: !transform.any_op {transform.readonly}) {
    %f = transform.structured.match ops{["func.func"]} in %root : (!transform.any_op) -> !transform.any_op
    %g = transform.apply_registered_pass "snapshot-op-locations" with options = { "filename" = "/tmp/mlirrl-pwned" } to %f : (!transform.any_op) -> !transform.any_op
    transform.yield
  }
}
