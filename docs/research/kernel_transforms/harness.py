#!/usr/bin/env python3
"""Generate a payload module: @kern (tagged op), @ref (same op, untagged),
@main that fills inputs deterministically, runs both and prints max |diff|."""
import sys
def fill(name, shape, seed):
    r = len(shape)
    dims = ", ".join(f"d{i}" for i in range(r))
    t = f"tensor<{'x'.join(map(str, shape))}xf32>"
    idx = "\n".join(f"      %i{i} = linalg.index {i} : index" for i in range(r))
    # v = ((sum (i_k * p_k) + seed) mod 17 - 8) / 8
    primes = [3, 5, 7, 11, 13, 17, 19]
    acc = [f"      %c{seed}_s = arith.constant {seed} : index", f"      %a0 = arith.addi %c{seed}_s, %c{seed}_s : index"]
    prev = "%a0"
    for i in range(r):
        acc.append(f"      %p{i} = arith.constant {primes[i]} : index")
        acc.append(f"      %m{i} = arith.muli %i{i}, %p{i} : index")
        acc.append(f"      %a{i+1} = arith.addi {prev}, %m{i} : index")
        prev = f"%a{i+1}"
    acc.append("      %c17 = arith.constant 17 : index")
    acc.append(f"      %r = arith.remui {prev}, %c17 : index")
    acc.append("      %ri = arith.index_cast %r : index to i32")
    acc.append("      %rf = arith.sitofp %ri : i32 to f32")
    acc.append("      %c8 = arith.constant 8.0 : f32")
    acc.append("      %rs = arith.subf %rf, %c8 : f32")
    acc.append("      %v = arith.divf %rs, %c8 : f32")
    return f"""    %e_{name} = tensor.empty() : {t}
    %{name} = linalg.generic {{indexing_maps = [affine_map<({dims}) -> ({dims})>], iterator_types = [{", ".join(['"parallel"']*r)}]}} outs(%e_{name} : {t}) {{
    ^bb0(%o: f32):
{idx}
{chr(10).join(acc)}
      linalg.yield %v : f32
    }} -> {t}
"""

def tt(s): return f"tensor<{'x'.join(map(str, s))}xf32>"

def module(opname, ins, out, attrs=""):
    # ins: list of shapes; out: shape
    args = ", ".join(f"%x{i}: {tt(s)}" for i, s in enumerate(ins))
    ins_v = ", ".join(f"%x{i}" for i in range(len(ins)))
    ins_t = ", ".join(tt(s) for s in ins)
    a = f" {attrs}" if attrs else ""
    def fn(name, tag):
        inner = [x for x in [attrs, 'tag = "operation_0"' if tag else ""] if x]
        tg = (" {" + ", ".join(inner) + "}") if inner else ""
        return f"""func.func @{name}({args}, %o: {tt(out)}) -> {tt(out)} {{
  %r = {opname}{tg} ins({ins_v} : {ins_t}) outs(%o : {tt(out)}) -> {tt(out)}
  return %r : {tt(out)}
}}
"""
    fills = "".join(fill(f"in{i}", s, 3 + i) for i, s in enumerate(ins)) + fill("init", out, 9)
    call_args = ", ".join(f"%in{i}" for i in range(len(ins)))
    r = len(out)
    dims = ", ".join(f"d{i}" for i in range(r))
    main = f"""func.func @main() {{
{fills}
    %k = call @kern({call_args}, %init) : ({ins_t}, {tt(out)}) -> {tt(out)}
    %f = call @ref({call_args}, %init) : ({ins_t}, {tt(out)}) -> {tt(out)}
    %z = arith.constant 0.0 : f32
    %e0 = tensor.empty() : tensor<f32>
    %z0 = linalg.fill ins(%z : f32) outs(%e0 : tensor<f32>) -> tensor<f32>
    %m = linalg.generic {{indexing_maps = [affine_map<({dims}) -> ({dims})>, affine_map<({dims}) -> ({dims})>, affine_map<({dims}) -> ()>], iterator_types = [{", ".join(['"reduction"']*r)}]}} ins(%k, %f : {tt(out)}, {tt(out)}) outs(%z0 : tensor<f32>) {{
    ^bb0(%a: f32, %b: f32, %c: f32):
      %d = arith.subf %a, %b : f32
      %ad = math.absf %d : f32
      %mx = arith.maximumf %ad, %c : f32
      linalg.yield %mx : f32
    }} -> tensor<f32>
    %s = tensor.extract %m[] : tensor<f32>
    vector.print str "maxdiff "
    vector.print %s : f32
    %s1 = tensor.extract %k[{", ".join(["%c1i"]*r)}] : {tt(out)}
    return
  }}
"""
    main = main.replace(f"    %s1 = tensor.extract %k[{', '.join(['%c1i']*r)}] : {tt(out)}\n", "")
    return fn("kern", True) + fn("ref", False) + main

if __name__ == "__main__":
    import json
    spec = json.loads(sys.argv[1])
    print(module(spec["op"], spec["ins"], spec["out"], spec.get("attrs", "")))
