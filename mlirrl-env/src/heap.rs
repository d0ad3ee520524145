//! The heap of compiled programs: freed blocks are kept and handed out again.
//!
//! A bufferised program allocates its intermediate tensors with `malloc` and
//! frees them before it returns. Left to the C library, large allocations
//! (from 128 KiB, a threshold glibc moves up as blocks are freed) are fresh
//! `mmap`s and their frees `munmap`s, or trim the heap, so each run of the
//! program touches its intermediates' pages for the first time again: one
//! page fault per 4 KiB. For a MobileNetV2 block of five
//! 56x56x144 tensors that was 90% of the measured time (2.3 ms of page
//! faults around 0.2 ms of work), and it made every measurement of a program
//! with large intermediates slower than the program is.
//!
//! The JIT resolves the program's `malloc`, `aligned_alloc`, `calloc` (which
//! LLVM makes of a `malloc` followed by a zero fill) and `free` to the
//! functions of this module instead. A freed block goes into a free list
//! keyed by its size and alignment, and the next allocation of that size
//! takes it back: from the second run on, a program whose allocations repeat
//! (every program run more than once) allocates nothing from the system and
//! faults no pages.
//!
//! Bounds: the lists hold at most [`MAX_CACHED_BYTES`] (a block freed beyond
//! that goes back to the C library). Keyed by exact size, they hold every
//! distinct intermediate a program freed, which can be more than its peak
//! live memory (as much as the sum of its intermediates); an allocation the
//! system refuses while blocks are cached gives them back and tries again;
//! [`release`] empties the lists (a compiled program does when it is
//! dropped, so a worker moving to the next program keeps nothing). Every
//! block comes from `posix_memalign`, and `free` of a pointer this heap did
//! not hand out goes to the C library's `free`, so memory never crosses
//! allocators wrongly. A second free of a block still in the free lists
//! aborts the process, as the C library's checks do (a worker's crash costs
//! its job, not the next job's memory).

use std::{
    collections::{BTreeMap, BTreeSet},
    ffi::c_void,
    sync::Mutex,
};

/// Version of the allocator's behaviour, part of the measurement cache key
/// (times measured with another allocator are not reused).
pub const VERSION: u32 = 1;

/// The environment variable that chooses the allocator of compiled
/// programs: `mlirrl` (the default) or `system` (the C library's, to compare
/// the two; measurements say which one they used through [`cache_key`]).
/// Worker processes inherit it.
pub const HEAP_VAR: &str = "MLIRRL_HEAP";

/// Whether compiled programs allocate from this heap: [`HEAP_VAR`] unset,
/// empty or `mlirrl`; `system` turns it off. Read once per process; another
/// value keeps the heap on with a warning.
pub fn enabled() -> bool {
    static ENABLED: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    *ENABLED.get_or_init(|| match std::env::var(HEAP_VAR).as_deref() {
        Ok("system") => false,
        Ok("mlirrl" | "") | Err(_) => true,
        Ok(other) => {
            tracing::warn!(
                "{HEAP_VAR}={other:?} is neither `mlirrl` nor `system`; using mlirrl's heap"
            );
            true
        }
    })
}

/// The allocator's part of a measurement cache key: `v1` (this heap's
/// version) or `system`.
pub fn cache_key() -> String {
    if enabled() { format!("v{VERSION}") } else { "system".into() }
}

/// Most bytes the free lists keep; a block freed beyond it is returned to
/// the C library.
pub const MAX_CACHED_BYTES: usize = 1 << 30;

/// Smallest alignment handed out, the cache line (and what MLIR asks for).
const MIN_ALIGN: usize = 64;

/// Counters of the allocator since the process started.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct HeapStats {
    /// Allocations served from a free list.
    pub reused: u64,
    /// Allocations that went to the C library.
    pub fresh: u64,
    /// Calls of `calloc` (made by LLVM of a `malloc` and a zero fill).
    pub calloc: u64,
    /// Bytes in the free lists now.
    pub cached_bytes: usize,
}

struct Pool {
    /// Free blocks by (length, alignment): their addresses.
    free: BTreeMap<(usize, usize), Vec<usize>>,
    /// The addresses in `free`, to tell a double free from a foreign pointer.
    cached: BTreeSet<usize>,
    /// Blocks handed out and not yet freed: address -> (length, alignment).
    live: BTreeMap<usize, (usize, usize)>,
    stats: HeapStats,
}

static POOL: Mutex<Pool> = Mutex::new(Pool {
    free: BTreeMap::new(),
    cached: BTreeSet::new(),
    live: BTreeMap::new(),
    stats: HeapStats { reused: 0, fresh: 0, calloc: 0, cached_bytes: 0 },
});

fn pool() -> std::sync::MutexGuard<'static, Pool> {
    // Nothing panics while holding the lock; a poisoned lock is still usable.
    POOL.lock().unwrap_or_else(|e| e.into_inner())
}

/// The allocator's counters.
pub fn stats() -> HeapStats {
    pool().stats
}

/// Returns every cached block to the C library (blocks still in use stay
/// with their programs).
pub fn release() {
    let blocks = {
        let mut p = pool();
        p.stats.cached_bytes = 0;
        p.cached.clear();
        std::mem::take(&mut p.free)
    };
    for block in blocks.into_values().flatten() {
        // SAFETY: every cached block came from `posix_memalign` and is owned
        // by the pool alone.
        unsafe { libc::free(block as *mut c_void) };
    }
}

fn allocate(size: usize, align: usize) -> *mut c_void {
    if !align.is_power_of_two() {
        return std::ptr::null_mut();
    }
    let align = align.max(MIN_ALIGN);
    let Some(len) = size.max(1).checked_next_multiple_of(MIN_ALIGN) else {
        return std::ptr::null_mut();
    };
    let mut p = pool();
    let block = match p.free.get_mut(&(len, align)).and_then(Vec::pop) {
        Some(block) => {
            p.cached.remove(&block);
            p.stats.reused += 1;
            p.stats.cached_bytes -= len;
            block
        }
        None => {
            // The C library allocates without this heap's lock held.
            drop(p);
            let mut block = fresh(len, align);
            if block.is_none() && stats().cached_bytes > 0 {
                // Out of memory (or address space) with blocks cached: give
                // them back and try once more, so the cache never costs a
                // program the memory it would have had without it.
                release();
                block = fresh(len, align);
            }
            let Some(block) = block else { return std::ptr::null_mut() };
            p = pool();
            p.stats.fresh += 1;
            block
        }
    };
    p.live.insert(block, (len, align));
    block as *mut c_void
}

/// A block from the C library, or `None` when it has none.
fn fresh(len: usize, align: usize) -> Option<usize> {
    let mut block: *mut c_void = std::ptr::null_mut();
    // SAFETY: `align` is a power of two and a multiple of the pointer size;
    // `block` is a valid out-pointer.
    (unsafe { libc::posix_memalign(&mut block, align, len) } == 0).then_some(block as usize)
}

/// `malloc` of compiled programs.
pub(crate) extern "C" fn mlirrl_malloc(size: usize) -> *mut c_void {
    allocate(size, MIN_ALIGN)
}

/// `aligned_alloc` of compiled programs.
pub(crate) extern "C" fn mlirrl_aligned_alloc(align: usize, size: usize) -> *mut c_void {
    allocate(size, align)
}

/// `calloc` of compiled programs (LLVM turns a `malloc` followed by a
/// zero fill into one).
pub(crate) extern "C" fn mlirrl_calloc(count: usize, size: usize) -> *mut c_void {
    pool().stats.calloc += 1;
    let Some(bytes) = count.checked_mul(size) else { return std::ptr::null_mut() };
    let block = allocate(bytes, MIN_ALIGN);
    if !block.is_null() {
        // SAFETY: the block is at least `bytes` long.
        unsafe { std::ptr::write_bytes(block as *mut u8, 0, bytes) };
    }
    block
}

/// `free` of compiled programs: a block of this heap goes into its free
/// list; any other pointer (from an allocation function the JIT resolved
/// elsewhere) goes to the C library's `free`.
pub(crate) extern "C" fn mlirrl_free(ptr: *mut c_void) {
    if ptr.is_null() {
        return;
    }
    let foreign = {
        let mut p = pool();
        match p.live.remove(&(ptr as usize)) {
            Some((len, align)) if p.stats.cached_bytes + len <= MAX_CACHED_BYTES => {
                p.stats.cached_bytes += len;
                p.free.entry((len, align)).or_default().push(ptr as usize);
                p.cached.insert(ptr as usize);
                false
            }
            Some(_) => true,
            None if p.cached.contains(&(ptr as usize)) => {
                drop(p);
                eprintln!("mlirrl heap: double free of {ptr:p} by a compiled program");
                std::process::abort();
            }
            None => true,
        }
    };
    if foreign {
        // SAFETY: a pointer this heap did not hand out, or one it will not
        // keep; either way it came from the C library's allocator.
        unsafe { libc::free(ptr) };
    }
}

/// Serialises the tests that count this heap's allocations (the counters
/// and free lists are the process's).
#[cfg(test)]
pub(crate) static TEST_LOCK: Mutex<()> = Mutex::new(());

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_freed_block_is_handed_out_again_with_its_alignment() {
        let _serial = TEST_LOCK.lock().unwrap_or_else(|e| e.into_inner());
        let a = mlirrl_aligned_alloc(256, 1000);
        assert_eq!(a as usize % 256, 0);
        unsafe { std::ptr::write_bytes(a as *mut u8, 0xab, 1000) };
        mlirrl_free(a);
        let b = mlirrl_aligned_alloc(256, 1000);
        assert_eq!(a, b, "the same size and alignment reuse the freed block");
        let c = mlirrl_malloc(1000);
        assert_ne!(b, c);
        assert_eq!(c as usize % MIN_ALIGN, 0);
        mlirrl_free(b);
        mlirrl_free(c);
        mlirrl_free(std::ptr::null_mut());
        assert!(mlirrl_malloc(usize::MAX - 8).is_null());
        assert!(mlirrl_aligned_alloc(48, 8).is_null());
        assert!(mlirrl_calloc(usize::MAX / 2, 4).is_null());
        let zero = mlirrl_malloc(0);
        assert!(!zero.is_null());
        mlirrl_free(zero);
    }

    #[test]
    fn calloc_zeroes_a_reused_block_and_foreign_pointers_go_to_libc() {
        let _serial = TEST_LOCK.lock().unwrap_or_else(|e| e.into_inner());
        let dirty = mlirrl_malloc(4096);
        unsafe { std::ptr::write_bytes(dirty as *mut u8, 0xff, 4096) };
        mlirrl_free(dirty);
        let zeroed = mlirrl_calloc(1024, 4) as *const u8;
        assert_eq!(zeroed as usize, dirty as usize, "the freed block is reused");
        let bytes = unsafe { std::slice::from_raw_parts(zeroed, 4096) };
        assert!(bytes.iter().all(|&b| b == 0));
        mlirrl_free(zeroed as *mut c_void);
        // What the C library allocated (a call the JIT resolved there) is
        // freed by the C library, not cached: no abort, no reuse.
        let foreign = unsafe { libc::malloc(4096) };
        mlirrl_free(foreign);
        assert!(!pool().cached.contains(&(foreign as usize)));
        assert!(pool().free.values().flatten().all(|&b| b != foreign as usize));
    }
}
