//! Benchmark: builds a generated archive and prints wall time, pages per second and
//! peak memory. Not a test: it prints figures and asserts nothing about speed.
//!
//!     cargo bench --bench build                     # 10,000 entries
//!     cargo bench --bench build -- 2000             # another size
//!
//! The corpus comes from ../shared/bench/gen_corpus.py (or $OZYQ_GEN_CORPUS).

use std::time::Instant;

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn peak_rss_mib() -> f64 {
    // VmHWM: the peak resident set size of this process.
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1)?.parse::<f64>().ok())
        })
        .map_or(f64::NAN, |kib| kib / 1024.0)
}

#[path = "shared/corpus.rs"]
mod corpus;
use corpus::corpus;

fn main() {
    let n = corpus::size_from_args();
    let site = corpus(n);
    let out = std::env::temp_dir().join(format!("ozyq-bench-{n}-output"));
    let threads = rayon::current_num_threads();
    println!(
        "ozyq build benchmark: {n} entries in {}, {threads} threads",
        site.display()
    );
    let mut best = f64::MAX;
    for run in 1..=3 {
        let t = Instant::now();
        let report = ozyq::build::build(&ozyq::build::BuildOptions {
            root: site.clone(),
            output: Some(out.clone()),
            drafts: false,
            check_only: false,
        })
        .unwrap_or_else(|d| {
            panic!(
                "the build failed: {:#?}",
                d.sorted().into_iter().take(10).collect::<Vec<_>>()
            )
        });
        let secs = t.elapsed().as_secs_f64();
        best = best.min(secs);
        println!(
            "run {run}: {:.3} s wall, {} entries, {} pages, {} files, {:.0} pages/s, peak RSS {:.0} MiB",
            secs,
            report.entries,
            report.pages,
            report.files,
            report.pages as f64 / secs,
            peak_rss_mib()
        );
    }
    println!("best: {best:.3} s");
}
