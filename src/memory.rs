//! How the process takes memory from the system: settings of the allocator
//! (mimalloc, in the `ozyq` command and the benches) and of Linux.

/// Asks Linux to back this process's memory with ordinary 4 KiB pages only, never
/// with transparent huge pages. mimalloc asks for huge pages where the system
/// allows them; each one is zeroed whole (2 MiB) on the first touch, which cost a
/// 10,000-entry build a fifth of its time: with small pages it ran 2.2 s → 1.8 s
/// and its system time 0.9 s → 0.3 s, peak memory 30 MB lower. Call it first in
/// `main`; it affects memory touched after the call. Elsewhere than Linux it
/// does nothing.
pub fn small_pages() {
    #[cfg(target_os = "linux")]
    // SAFETY: PR_SET_THP_DISABLE reads plain integers and touches no memory of ours;
    // on a kernel without it the call fails harmlessly and the result is ignored.
    unsafe {
        libc::prctl(
            libc::PR_SET_THP_DISABLE,
            1 as libc::c_ulong,
            0 as libc::c_ulong,
            0 as libc::c_ulong,
            0 as libc::c_ulong,
        );
    }
}

/// `mi_option_purge_delay` of mimalloc.h (v3), which libmimalloc-sys does not name.
const MI_OPTION_PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

/// Lets mimalloc keep freed memory for five minutes instead of one second before
/// giving it back to the system: a serve round then reuses the last round's memory
/// instead of faulting in fresh pages the kernel must zero first, which took a
/// fifth of a 10,000-entry round's time. Without mimalloc as the allocator this
/// changes nothing.
pub(crate) fn keep_freed_memory() {
    // SAFETY: sets one number among mimalloc's options, as its documentation allows
    // at any time.
    unsafe { libmimalloc_sys::mi_option_set(MI_OPTION_PURGE_DELAY, 300_000) }
}

/// Drops `value` on a thread of its own, so that the caller does not wait while a
/// large model is freed piece by piece: the 10,000-entry archive's model and the
/// files read for it took 0.05–0.1 s of a build's time on its one thread that way.
/// A process that ends first never frees it, and need not: the system takes the
/// memory back whole. Where no thread can be started, `value` is dropped here.
pub fn drop_aside<T: Send + 'static>(value: T) {
    let _ = std::thread::Builder::new()
        .name("ozyq-drop".into())
        .spawn(move || drop(value));
}
