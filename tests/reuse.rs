//! A build keeps the pages that show nothing changed since the last build into the
//! same folder, and the output is always what a clean build would make.

mod common;

use common::Fixture;
use ozyq::build::{BuildOptions, BuildReport, build};
use std::path::Path;

fn build_into(f: &Fixture, out: &Path) -> BuildReport {
    let mut opts = BuildOptions::new(f.root());
    opts.output = Some(out.to_path_buf());
    build(&opts).unwrap_or_else(|d| panic!("{:#?}", d.sorted()))
}

/// The files of a folder with their bytes, sorted by path.
fn tree(root: &Path) -> Vec<(String, Vec<u8>)> {
    let mut v: Vec<(String, Vec<u8>)> = walkdir::WalkDir::new(root)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            let rel = e.path().strip_prefix(root).unwrap();
            (
                rel.to_string_lossy().into_owned(),
                std::fs::read(e.path()).unwrap(),
            )
        })
        .collect();
    v.sort();
    v
}

/// Builds `f` into its `output/` and, afresh, into a new folder: the two agree.
fn build_and_compare(f: &Fixture) -> BuildReport {
    let report = build_into(f, &f.path("output"));
    let clean = tempfile::tempdir().unwrap();
    build_into(f, clean.path());
    let (kept, fresh) = (tree(&f.path("output")), tree(clean.path()));
    let paths = |t: &[(String, Vec<u8>)]| t.iter().map(|(p, _)| p.clone()).collect::<Vec<_>>();
    assert_eq!(paths(&kept), paths(&fresh));
    for ((path, a), (_, b)) in kept.iter().zip(&fresh) {
        assert!(
            a == b,
            "{path} differs from a clean build's:\n{}\n---\n{}",
            String::from_utf8_lossy(a),
            String::from_utf8_lossy(b)
        );
    }
    report
}

/// Lets file times move on, so that a file written now is newer than the record.
fn tick() {
    std::thread::sleep(std::time::Duration::from_millis(30));
}

#[test]
fn a_second_build_keeps_every_page_that_shows_nothing_new() {
    let f = Fixture::valid();
    let first = build_and_compare(&f);
    assert_eq!(first.pages_kept, 0, "a first build renders every page");
    tick();
    let second = build_and_compare(&f);
    assert!(
        second.pages_kept >= 10 && second.pages_kept < second.pages,
        "kept {} of {} pages",
        second.pages_kept,
        second.pages
    );
    let entry = std::fs::metadata(f.path("output/seminars/sem/index.html")).unwrap();
    tick();
    let third = build_and_compare(&f);
    assert_eq!(third.pages_kept, second.pages_kept);
    let again = std::fs::metadata(f.path("output/seminars/sem/index.html")).unwrap();
    assert_eq!(entry.modified().unwrap(), again.modified().unwrap());
}

#[test]
fn what_changed_is_made_again_and_the_output_equals_a_clean_build() {
    let f = Fixture::valid();
    build_and_compare(&f);
    let kept_all = build_and_compare(&f).pages_kept;
    tick();
    // An entry's text: its page and the search index are made again.
    f.write(
        "content/articles/b.md",
        "---\ntitle: Бірінші мақала\ndate: 2025-09-10\nauthors: abenova-g\nsummary: Мақала туралы.\n---\nЖаңа мәтін.\n",
    );
    let r = build_and_compare(&f);
    assert!(
        f.read("output/articles/b/index.html")
            .contains("Жаңа мәтін.")
    );
    assert!(f.search_files().contains("Бірінші мақала"));
    assert!(r.pages_kept < kept_all, "kept {}", r.pages_kept);
    tick();
    // A teacher's name, shown on many pages.
    let authors = f.read("data/authors.yaml");
    let (old, new) = ("Әбенова Гүлнар", "Әбенова Гүлнара");
    assert!(authors.contains(old), "{authors}");
    f.write("data/authors.yaml", &authors.replace(old, new));
    build_and_compare(&f);
    assert!(f.read("output/articles/b/index.html").contains(new));
    tick();
    // A template: every page is made again.
    f.write(
        "templates/entry.html",
        "{% extends \"base.html\" %}{% block content %}<p>Өз үлгісі: {{ entry.title }}</p>{% endblock content %}",
    );
    let r = build_and_compare(&f);
    assert_eq!(r.pages_kept, 0);
    assert!(f.read("output/articles/b/index.html").contains("Өз үлгісі"));
    tick();
    // A title: the listing and the neighbours that show it, the feed.
    f.write(
        "content/seminars/sem.md",
        &f.read("content/seminars/sem.md")
            .replace("цифрлық сауаттылық", "медиа сауаттылық"),
    );
    build_and_compare(&f);
    assert!(
        f.read("output/seminars/index.html")
            .contains("медиа сауаттылық")
    );
}

#[test]
fn a_page_changed_by_hand_or_with_warnings_is_made_again() {
    let f = Fixture::valid();
    // Two headings with one id: a warning, said by every build.
    f.write(
        "content/articles/d.md",
        "---\ntitle: Үшінші мақала\ndate: 2025-09-12\nauthors: abenova-g\n---\n## Бір {#x}\n\n## Екі {#x}\n",
    );
    let said = |r: &BuildReport| -> Vec<String> {
        let mut v: Vec<String> = r.warnings.iter().map(|d| d.message.clone()).collect();
        v.sort();
        v
    };
    let first = said(&build_and_compare(&f));
    assert!(first.iter().any(|m| m.contains("`x`")), "{first:#?}");
    tick();
    let page = "output/regulation/index.html";
    let good = f.read(page);
    f.write(page, &good.replacen("<title>", "<titlE>", 1));
    let second = said(&build_and_compare(&f));
    assert_eq!(first, second, "every build says the warnings");
    assert_eq!(f.read(page), good);
}
