// Declares libc's system() in the LLVM dialect and calls it before a matmul.
module {
  llvm.func @system(!llvm.ptr) -> i32
  llvm.mlir.global internal constant @cmd("touch /tmp/mlirrl-pwned\00") {addr_space = 0 : i32}
  func.func @main(%a: tensor<16x16xf32>, %b: tensor<16x16xf32>, %c: tensor<16x16xf32>) -> tensor<16x16xf32> {
    %p = llvm.mlir.addressof @cmd : !llvm.ptr
    %r = llvm.call @system(%p) : (!llvm.ptr) -> i32
    %0 = linalg.matmul ins(%a, %b : tensor<16x16xf32>, tensor<16x16xf32>) outs(%c : tensor<16x16xf32>) -> tensor<16x16xf32>
    return %0 : tensor<16x16xf32>
  }
}
