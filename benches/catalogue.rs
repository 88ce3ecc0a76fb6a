//! Benchmark: the exhibition catalogue of a year with 500 exhibits. Prints the time
//! to make the model, the markup and the PDF (and a second, cached run), the page
//! count and the size, then the time of the year's exhibit labels and
//! certificates, and of the portfolios of the site's 100 teachers. Not a test: it
//! asserts nothing about speed.
//!
//!     cargo bench --bench catalogue            # 500 exhibits
//!     cargo bench --bench catalogue -- 2000    # another size

use std::path::Path;
use std::time::Instant;

use rayon::prelude::*;

use ozyq::catalogue::{self, Catalogue, PdfOptions};

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

const KINDS: [(&str, &str); 8] = [
    ("seminars", "event: Облыстық семинар\nlevel: regional\n"),
    (
        "conferences",
        "event: Республикалық конференция\nlevel: republican\n",
    ),
    (
        "competitions",
        "event: Кәсіби шеберлік байқауы\nresult: I орын\n",
    ),
    (
        "articles",
        "journal: «Кәсіптік білім»\nissue: \"3\"\npages: \"12-15\"\n",
    ),
    ("guidelines", ""),
    ("bulletins", "number: \"2\"\n"),
    ("open-lessons", "group: ПО-21\ntechnology: Кейс-стади\n"),
    ("self-education", ""),
];

const WORDS: [&str; 16] = [
    "оқыту",
    "әдістемесі",
    "сыни",
    "тұрғыдан",
    "ойлау",
    "цифрлық",
    "сауаттылық",
    "жобалық",
    "қызмет",
    "ағылшын",
    "тілі",
    "өңірлік",
    "құзыреттілік",
    "үздік",
    "тәжірибе",
    "інжу",
];

fn write(root: &Path, rel: &str, text: &str) {
    let p = root.join(rel);
    std::fs::create_dir_all(p.parent().expect("a parent")).expect("mkdir");
    std::fs::write(p, text).expect("write");
}

/// How many teachers the generated site has: a portfolio each.
const AUTHORS: usize = 100;

/// A site with `n` entries, all in the academic year 2025–2026.
fn corpus(root: &Path, n: usize) {
    write(
        root,
        "config.yaml",
        "title: Озық тәжірибе мектебі\ncollege: Бенчмарк колледжі\ncity: Петропавл\nbase_url: https://college.example/otm/\n",
    );
    let mut authors = String::new();
    let cats = [
        "master",
        "researcher",
        "expert",
        "moderator",
        "highest",
        "first",
        "second",
        "none",
    ];
    let surnames = [
        "Әбенова",
        "Қасымова",
        "Омаров",
        "Үсенов",
        "Ілиясова",
        "Нұрланов",
        "Ғабитов",
        "Сейітова",
        "Жұмабаев",
        "Шәріпова",
    ];
    for i in 0..AUTHORS {
        authors.push_str(&format!(
            "- id: a{i}\n  name: {} Айгүл {i}\n  category: {}\n  department: d{}\n",
            surnames[i % surnames.len()],
            cats[i % cats.len()],
            i % 5
        ));
    }
    write(root, "data/authors.yaml", &authors);
    let mut deps = String::new();
    for d in 0..5 {
        deps.push_str(&format!(
            "- id: d{d}\n  name: {d}-бөлім (ақпараттық технологиялар)\n"
        ));
    }
    write(root, "data/departments.yaml", &deps);
    for i in 0..n {
        let (folder, extra) = KINDS[i % KINDS.len()];
        let title: Vec<&str> = (0..6)
            .map(|k| WORDS[(i * 7 + k * 3) % WORDS.len()])
            .collect();
        let month = [9, 10, 11, 12, 1, 2, 3, 4, 5][i % 9];
        let year = if month >= 9 { 2025 } else { 2026 };
        write(
            root,
            &format!("content/{folder}/e{i}.md"),
            &format!(
                "---\ntitle: \"{} №{i}\"\ndate: {year}-{month:02}-{:02}\nauthors: [a{}, a{}]\nsummary: {}\n{extra}---\nМәтін.\n",
                title.join(" "),
                1 + i % 28,
                i % AUTHORS,
                (i * 13) % AUTHORS,
                WORDS
                    .iter()
                    .cycle()
                    .skip(i)
                    .take(24)
                    .copied()
                    .collect::<Vec<_>>()
                    .join(" ")
            ),
        );
    }
}

fn main() {
    ozyq::memory::small_pages();
    let n: usize = std::env::args()
        .skip(1)
        .find_map(|a| a.parse().ok())
        .unwrap_or(500);
    let dir = std::env::temp_dir().join(format!("ozyq-catalogue-bench-{n}-{AUTHORS}"));
    if !dir.join("content").is_dir() {
        corpus(&dir, n);
    }
    let (loaded, diags) = ozyq::pipeline::load(&dir, false);
    let p = loaded.expect("the generated site loads");
    assert!(
        !diags
            .iter()
            .any(|d| d.severity == ozyq::diagnostics::Severity::Error),
        "{diags:?}"
    );
    let year = ozyq::lang::dates::AcademicYear(2025);
    let cache_dir = dir.join(".ozyq-cache");
    let _ = std::fs::remove_dir_all(&cache_dir);
    let cache = catalogue::pdf::Cache::in_site(&dir);

    let layouts = catalogue::layout::Layouts::builtin();
    let t = Instant::now();
    let cat = Catalogue::new(&p.site, &p.look.strings, year);
    let model = t.elapsed();
    let t = Instant::now();
    let markup = catalogue::typst::markup(&cat, &layouts, catalogue::Paper::A5, true);
    let markup_time = t.elapsed();
    let t = Instant::now();
    let made =
        catalogue::produce(&cat, &layouts, PdfOptions::default(), Some(&cache)).expect("the PDF");
    let pdf_time = t.elapsed();
    let t = Instant::now();
    let again =
        catalogue::produce(&cat, &layouts, PdfOptions::default(), Some(&cache)).expect("the PDF");
    let cached_time = t.elapsed();
    assert!(again.cached);
    let pages = ozyq::catalogue::pdf::compile(&markup)
        .map(|p| p.pages)
        .unwrap_or(0);
    println!(
        "catalogue of {} exhibits: model {:.3} s, markup {:.3} s ({} KB), PDF {:.2} s \
         ({pages} A5 pages, {:.1} MB); cached run {:.3} s",
        cat.len(),
        model.as_secs_f64(),
        markup_time.as_secs_f64(),
        markup.source.len() / 1024,
        pdf_time.as_secs_f64(),
        made.bytes.len() as f64 / (1024.0 * 1024.0),
        cached_time.as_secs_f64(),
    );
    // The exhibition's other prints, made from the same model.
    let sheet = catalogue::labels::Sheet::DEFAULT;
    for (what, markup) in [
        (
            "labels (2 × 4 to an A4 sheet)",
            catalogue::labels::markup(&cat, &layouts, sheet),
        ),
        (
            "certificates",
            catalogue::certificates::markup(
                &cat,
                &layouts,
                catalogue::certificates::Whom::All,
                catalogue::certificates::Letter::Certificate,
            ),
        ),
    ] {
        let t = Instant::now();
        let pdf = catalogue::pdf::compile(&markup).expect("the PDF");
        println!(
            "{what}: PDF {:.2} s ({} pages, {:.1} MB)",
            t.elapsed().as_secs_f64(),
            pdf.pages,
            pdf.bytes.len() as f64 / (1024.0 * 1024.0)
        );
    }
    // Every teacher's portfolio, compiled side by side as a build does.
    let site = &p.site;
    let t = Instant::now();
    let pdfs: Vec<catalogue::pdf::Pdf> = site
        .authors
        .keys()
        .collect::<Vec<_>>()
        .par_iter()
        .filter_map(|&author| {
            let portfolio = ozyq::portfolio::Portfolio {
                site,
                strings: &p.look.strings,
                tongue: ozyq::site::tongues::MAIN,
                author,
                span: None,
            };
            portfolio.markup(&layouts)
        })
        .map(|m| catalogue::pdf::compile(&m).expect("the PDF"))
        .collect();
    println!(
        "{} portfolios: PDF {:.2} s ({} pages, {:.1} MB)",
        pdfs.len(),
        t.elapsed().as_secs_f64(),
        pdfs.iter().map(|p| p.pages).sum::<usize>(),
        pdfs.iter().map(|p| p.bytes.len()).sum::<usize>() as f64 / (1024.0 * 1024.0)
    );
}
