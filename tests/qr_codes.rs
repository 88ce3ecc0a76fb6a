//! The QR codes the PDFs print, read back as a phone would: each page rendered by
//! poppler's `pdftoppm` and its codes decoded by rqrr. Every code must open the
//! page of the work printed beside it.

mod common;

use std::collections::BTreeSet;
use std::path::Path;
use std::process::Command;

use common::Fixture;

const BASE: &str = "https://college.example/otm/";

/// Three works of 2025–2026; Әбенова wrote two of them.
fn site() -> Fixture {
    let f = Fixture::new();
    f.write(
        "content/seminars/s.md",
        "---\ntitle: Семинар баяндамасы\nsummary: Қысқаша.\ndate: 2025-11-02\nauthors: [abenova-g]\nlevel: облыстық\n---\nМәтін.\n",
    );
    f.write(
        "content/open-lessons/o.md",
        "---\ntitle: Ашық сабақ — ғ қ ң ө ұ ү һ і\nsummary: Қысқаша.\ndate: 2025-10-14\nauthors: [abenova-g, omarov-n]\n---\nМәтін.\n",
    );
    f.write(
        "content/articles/a.md",
        "---\ntitle: Статья о цифровой грамотности\nsummary: Кратко.\ndate: 2026-02-01\nauthors: [omarov-n]\nlang: ru\n---\nТекст.\n",
    );
    f
}

/// Every QR code on every page of `pdf`, decoded.
fn decoded(pdf: &Path) -> Vec<String> {
    let dir = tempfile::tempdir().unwrap();
    let out = Command::new("pdftoppm")
        .args(["-r", "200", "-gray", "-png"])
        .arg(pdf)
        .arg(dir.path().join("page"))
        .output()
        .expect("pdftoppm (poppler-utils) runs");
    assert!(out.status.success(), "pdftoppm {}", pdf.display());
    let mut pages: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    pages.sort();
    assert!(!pages.is_empty(), "no pages in {}", pdf.display());
    let mut urls = Vec::new();
    for page in pages {
        let img = image::open(&page).unwrap().to_luma8();
        let mut prepared = rqrr::PreparedImage::prepare_from_greyscale(
            img.width() as usize,
            img.height() as usize,
            |x, y| img.get_pixel(x as u32, y as u32).0[0],
        );
        for grid in prepared.detect_grids() {
            let (_, text) = grid
                .decode()
                .unwrap_or_else(|e| panic!("a QR code on {} does not read: {e:?}", page.display()));
            urls.push(text);
        }
    }
    urls
}

/// The title of the entry page a printed URL opens in the built site.
fn title_at(f: &Fixture, url: &str) -> String {
    let rel = url
        .strip_prefix(BASE)
        .unwrap_or_else(|| panic!("{url} is not of this site"));
    let page = f.read(&format!("output/{rel}index.html"));
    let title = page
        .split("<title>")
        .nth(1)
        .and_then(|t| t.split("</title>").next());
    title
        .unwrap_or_else(|| panic!("no title at {url}"))
        .to_string()
}

#[test]
fn every_printed_qr_code_reads_back_as_its_works_page() {
    let f = site();
    f.build_ok();
    let works = [
        "Семинар баяндамасы",
        "Ашық сабақ — ғ қ ң ө ұ ү һ і",
        "Статья о цифровой грамотности",
    ];
    for (pdf, expected) in [
        ("output/catalogue/2025-2026/catalogue.pdf", &works[..]),
        ("output/catalogue/2025-2026/labels.pdf", &works[..]),
        ("output/authors/abenova-g/portfolio.pdf", &works[..2]),
        ("output/authors/omarov-n/portfolio.pdf", &works[1..]),
    ] {
        let urls = decoded(&f.path(pdf));
        assert_eq!(urls.len(), expected.len(), "{pdf}: {urls:?}");
        let titles: BTreeSet<String> = urls.iter().map(|u| title_at(&f, u)).collect();
        for work in expected {
            assert!(
                titles.iter().any(|t| t.starts_with(work)),
                "{pdf}: no code opens «{work}»; they open {titles:?}"
            );
        }
    }
}
