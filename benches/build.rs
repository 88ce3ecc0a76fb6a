//! Benchmark: builds a generated archive and prints wall time, CPU time, pages per
//! second and peak memory, beside the physical floor of the same build measured in
//! the same run. Not a test: it prints figures and asserts nothing about speed.
//!
//!     cargo bench --bench build                     # 10,000 entries
//!     cargo bench --bench build -- 2000             # another size
//!     OZYQ_BENCH_OUT=/dev/shm cargo bench --bench build   # output on tmpfs
//!
//! The floor walks the content, reads every Markdown file, drops its front matter,
//! renders it with pulldown-cmark and writes one HTML file per entry, in parallel:
//! what any generator must do, with no templates and no model. ozyq's time is shown
//! as a ratio to it. The catalogue PDFs come from the warm cache after the first run
//! (delete `.ozyq-cache/` in the corpus for a cold build; a run that compiled
//! PDFs says so). Each run's peak memory is its own: the count starts again
//! before it.
//!
//! After the first run, the runs alternate between a build that renders every page
//! (the record of the pages made, `.ozyq-cache/pages/`, deleted first: what a
//! build does after a change that every page shows, such as a template's) and one
//! that keeps the pages that show nothing changed (here: all of them, as after a
//! build that changed nothing).
//!
//! The corpus comes from ../shared/bench/gen_corpus.py (or $OZYQ_GEN_CORPUS).

use rayon::prelude::*;
use std::path::{Path, PathBuf};
use std::time::Instant;

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[path = "shared/corpus.rs"]
mod corpus;
use corpus::corpus;

fn status_kib(field: &str) -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with(field))
                .and_then(|l| l.split_whitespace().nth(1)?.parse::<f64>().ok())
        })
        .unwrap_or(f64::NAN)
}

/// Starts this process's peak-memory count (`VmHWM`) again from what it holds
/// now, so that each run prints its own peak, not the highest of every run so
/// far (a first run that compiles PDFs peaks far above a warm one).
fn reset_peak() {
    // Linux since 4.0; elsewhere the peak stays the process's.
    let _ = std::fs::write("/proc/self/clear_refs", "5");
}

/// How many PDFs the site's PDF cache gained since `since`: those a run compiled.
fn pdfs_compiled(site: &Path, since: std::time::SystemTime) -> usize {
    let Ok(dir) = std::fs::read_dir(site.join(".ozyq-cache/catalogue")) else {
        return 0;
    };
    dir.filter_map(Result::ok)
        .filter(|e| e.path().extension().is_some_and(|x| x == "pdf"))
        .filter(|e| {
            e.metadata()
                .and_then(|m| m.modified())
                .is_ok_and(|t| t >= since)
        })
        .count()
}

/// CPU seconds (user + system) this process has used so far.
fn cpu_seconds() -> f64 {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    // The fields after the command name, which is in parentheses.
    let rest = stat.rsplit_once(')').map_or("", |(_, r)| r);
    let f: Vec<f64> = rest
        .split_whitespace()
        .map(|x| x.parse().unwrap_or(0.0))
        .collect();
    // utime and stime are fields 14 and 15 of the whole line: 12 and 13 here.
    let ticks = f.get(11).copied().unwrap_or(0.0) + f.get(12).copied().unwrap_or(0.0);
    ticks / 100.0
}

/// The physical floor: walk + read + strip front matter + Markdown + write.
fn floor(content: &Path, out: &Path) -> usize {
    let files: Vec<PathBuf> = walkdir::WalkDir::new(content)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file() && e.path().extension().is_some_and(|x| x == "md"))
        .map(walkdir::DirEntry::into_path)
        .collect();
    files
        .par_iter()
        .map(|p| {
            let text = std::fs::read_to_string(p).expect("read a Markdown file");
            let body = text
                .strip_prefix("---\n")
                .and_then(|r| r.split_once("\n---\n"))
                .map_or(text.as_str(), |(_, b)| b);
            let mut html = String::with_capacity(body.len() * 2);
            html.push_str("<!DOCTYPE html><html lang=\"kk\"><meta charset=\"utf-8\"><body>");
            let opts = pulldown_cmark::Options::ENABLE_TABLES;
            pulldown_cmark::html::push_html(&mut html, pulldown_cmark::Parser::new_ext(body, opts));
            html.push_str("</body></html>");
            let rel = p.strip_prefix(content).expect("inside content/");
            let dir = out.join(rel.with_extension(""));
            std::fs::create_dir_all(&dir).expect("make a folder");
            std::fs::write(dir.join("index.html"), &html).expect("write a page");
            1
        })
        .sum()
}

fn main() {
    ozyq::memory::small_pages();
    let n = corpus::size_from_args();
    let site = corpus(n);
    let base = std::env::var_os("OZYQ_BENCH_OUT")
        .map(PathBuf::from)
        .unwrap_or_else(std::env::temp_dir);
    let out = base.join(format!("ozyq-bench-{n}-output"));
    let floor_out = base.join(format!("ozyq-bench-{n}-floor"));
    let threads = rayon::current_num_threads();
    println!(
        "ozyq build benchmark: {n} entries in {}, output in {}, {threads} threads",
        site.display(),
        base.display()
    );
    // Best times: every page rendered, unchanged pages kept.
    let mut best = [f64::MAX; 2];
    let mut best_floor = f64::MAX;
    for run in 1..=5 {
        let keeping = run % 2 == 1;
        if !keeping {
            let _ = std::fs::remove_dir_all(site.join(".ozyq-cache/pages"));
        }
        // The last run's pages are removed before the clock starts: the floor
        // writes, it does not delete (until 5 December its time held the removal
        // of 10,000 folders, about 0.18 s).
        let _ = std::fs::remove_dir_all(&floor_out);
        let t = Instant::now();
        let written = floor(&site.join("content"), &floor_out);
        let floor_secs = t.elapsed().as_secs_f64();
        best_floor = best_floor.min(floor_secs);

        reset_peak();
        let started = std::time::SystemTime::now();
        let cpu = cpu_seconds();
        let t = Instant::now();
        let report = ozyq::build::build(&ozyq::build::BuildOptions {
            root: site.clone(),
            output: Some(out.clone()),
            drafts: false,
            check_only: false,
            spelling: false,
            force: true,
        })
        .unwrap_or_else(|d| {
            panic!(
                "the build failed: {:#?}",
                d.sorted().into_iter().take(10).collect::<Vec<_>>()
            )
        });
        let secs = t.elapsed().as_secs_f64();
        let cpu = cpu_seconds() - cpu;
        let compiled = match pdfs_compiled(&site, started) {
            0 => String::new(),
            n => format!(", {n} PDFs compiled (not a warm build)"),
        };
        if run > 1 {
            let b = &mut best[usize::from(keeping)];
            *b = b.min(secs);
        }
        println!(
            "run {run}: floor {floor_secs:.3} s ({written} files); ozyq {secs:.3} s wall, {cpu:.2} s cpu, \
             {:.2}× the floor, {} entries, {} pages ({} kept), {} files, {:.0} pages/s, peak RSS {:.0} MiB{compiled}",
            secs / floor_secs,
            report.entries,
            report.pages,
            report.pages_kept,
            report.files,
            report.pages as f64 / secs,
            status_kib("VmHWM:") / 1024.0
        );
    }
    let _ = std::fs::remove_dir_all(&floor_out);
    println!(
        "best: floor {best_floor:.3} s; ozyq, every page rendered {:.3} s, {:.2}× the floor; \
         ozyq, unchanged pages kept {:.3} s, {:.2}× the floor",
        best[0],
        best[0] / best_floor,
        best[1],
        best[1] / best_floor
    );
}
