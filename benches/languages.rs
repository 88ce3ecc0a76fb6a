//! Benchmark: the cost of a second language and of translations. Builds the
//! generated archive as it is (one language); a copy of it in Kazakh and Russian
//! without translations (every work listed in both languages); and a copy in Kazakh
//! and Russian where 30 % of the works have a translation (`x.ru.md` beside a Kazakh
//! `x.md`). Prints the times, the pages made, and the translated site's time as a
//! ratio to each of the other two. Not a test: it asserts nothing about speed.
//!
//!     OZYQ_BENCH_OUT=/dev/shm cargo bench --bench languages          # 10,000 entries
//!     OZYQ_BENCH_OUT=/dev/shm cargo bench --bench languages -- 2000
//!
//! Each build runs five times, in turn; the first of the translated copy compiles
//! its catalogues afresh (their exhibits show the other titles). The best and the
//! median of each are compared.

use std::path::{Path, PathBuf};
use std::time::Instant;

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[path = "shared/corpus.rs"]
mod corpus;
#[path = "shared/translated.rs"]
mod translated;
use translated::{translated_copy, untranslated_copy};

/// Builds `root` into `out`, rendering every page: the record of the pages the last
/// build made is deleted first, so that no page is kept from it.
fn build(root: &Path, out: &Path) -> (f64, ozyq::build::BuildReport) {
    let _ = std::fs::remove_dir_all(root.join(".ozyq-cache/pages"));
    let t = Instant::now();
    let report = ozyq::build::build(&ozyq::build::BuildOptions {
        root: root.to_path_buf(),
        output: Some(out.to_path_buf()),
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
    (t.elapsed().as_secs_f64(), report)
}

fn main() {
    ozyq::memory::small_pages();
    let n = corpus::size_from_args();
    let site = corpus::corpus(n);
    let plain = untranslated_copy(&site);
    let (copy, translated) = translated_copy(&site);
    let base = std::env::var_os("OZYQ_BENCH_OUT")
        .map(PathBuf::from)
        .unwrap_or_else(std::env::temp_dir);
    let outs = [
        base.join(format!("ozyq-bench-{n}-one-language")),
        base.join(format!("ozyq-bench-{n}-two-languages")),
        base.join(format!("ozyq-bench-{n}-translated")),
    ];
    println!(
        "ozyq languages benchmark: {n} entries, {translated} of them translated into Russian, output in {}",
        base.display()
    );
    let mut times: [Vec<f64>; 3] = Default::default();
    for run in 1..=5 {
        let sites = [
            ("one language", &site),
            ("kk + ru, no translation", &plain),
            ("kk + ru, 30 % translated", &copy),
        ];
        for (i, (name, root)) in sites.into_iter().enumerate() {
            let (secs, r) = build(root, &outs[i]);
            times[i].push(secs);
            println!(
                "run {run}, {name}: {secs:.3} s, {} entries, {} pages, {} files",
                r.entries, r.pages, r.files
            );
        }
    }
    for out in outs {
        let _ = std::fs::remove_dir_all(out);
    }
    for t in &mut times {
        t.sort_by(f64::total_cmp);
    }
    let (best, median) = (|i: usize| times[i][0], |i: usize| times[i][2]);
    println!(
        "best: one language {:.3} s, kk + ru {:.3} s, translated {:.3} s; median: {:.3} s, {:.3} s, {:.3} s",
        best(0),
        best(1),
        best(2),
        median(0),
        median(1),
        median(2)
    );
    println!(
        "translated as a ratio to kk + ru without translations: best {:.2}×, median {:.2}×",
        best(2) / best(1),
        median(2) / median(1)
    );
    println!(
        "translated as a ratio to one language: best {:.2}×, median {:.2}×",
        best(2) / best(0),
        median(2) / median(0)
    );
}
