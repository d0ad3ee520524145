// Pointer arithmetic: a view of arbitrary memory.
module {
  func.func @main(%a: memref<16xf32>, %o: memref<16xf32>) {
    %v = memref.reinterpret_cast %a to offset: [1000000], sizes: [16], strides: [1] : memref<16xf32> to memref<16xf32, strided<[1], offset: 1000000>>
    linalg.copy ins(%v : memref<16xf32, strided<[1], offset: 1000000>>) outs(%o : memref<16xf32>)
    return
  }
}
