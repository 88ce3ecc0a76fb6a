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
    // A template: every page is made again, and the search index, which shows no
    // template, is kept.
    let index = mtime(&f, "output/search/index.js");
    f.write(
        "templates/entry.html",
        "{% extends \"base.html\" %}{% block content %}<p>Өз үлгісі: {{ entry.title }}</p>{% endblock content %}",
    );
    let r = build_and_compare(&f);
    assert_eq!(r.pages_kept, 0);
    assert!(f.read("output/articles/b/index.html").contains("Өз үлгісі"));
    assert_eq!(mtime(&f, "output/search/index.js"), index);
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

/// The modification time of a built file.
fn mtime(f: &Fixture, rel: &str) -> std::time::SystemTime {
    std::fs::metadata(f.path(rel)).unwrap().modified().unwrap()
}

#[test]
fn an_entry_added_removed_or_moved_renders_the_pages_that_show_it() {
    let f = Fixture::valid();
    // An old seminar that links to an article it shares nothing else with.
    f.write(
        "content/seminars/old.md",
        "---\ntitle: Ескі семинар\ndate: 2023-01-20\nauthors: kasymova-a\n---\nҚараңыз: [мақала](../articles/b.md).\n",
    );
    build_and_compare(&f);
    let kept_all = build_and_compare(&f).pages_kept;
    let old = mtime(&f, "output/seminars/old/index.html");
    tick();
    // A new entry: its page, the listings, neighbours and feeds that show it.
    f.write(
        "content/articles/e.md",
        "---\ntitle: Жаңа мақала\ndate: 2025-09-20\nauthors: abenova-g\n---\nЖаңа.\n",
    );
    let added = build_and_compare(&f);
    assert!(
        added.pages_kept > 0 && added.pages_kept < kept_all,
        "kept {} of {}",
        added.pages_kept,
        added.pages
    );
    assert_eq!(mtime(&f, "output/seminars/old/index.html"), old);
    assert!(f.search_files().contains("Жаңа мақала"));
    tick();
    // Removed again.
    std::fs::remove_file(f.path("content/articles/e.md")).unwrap();
    let removed = build_and_compare(&f);
    assert!(removed.pages_kept > 0, "kept {}", removed.pages_kept);
    assert!(!f.read("output/articles/index.html").contains("Жаңа мақала"));
    assert_eq!(mtime(&f, "output/seminars/old/index.html"), old);
    tick();
    // The article the old seminar links to gets another address: the seminar's
    // page, which shows nothing else of it, leads to the new one.
    f.write(
        "content/articles/b.md",
        &f.read("content/articles/b.md")
            .replace("date: 2025-09-10\n", "date: 2025-09-10\nslug: birinshi\n"),
    );
    build_and_compare(&f);
    assert!(
        f.read("output/seminars/old/index.html")
            .contains("articles/birinshi/")
    );
}

#[test]
fn a_translation_added_or_removed_changes_the_language_switch_of_the_pages_it_concerns() {
    let f = Fixture::valid();
    f.write(
        "config.yaml",
        &format!(
            "{}languages:\n  kk:\n  ru:\n    title: Тестовый сайт\nuntranslated: hide\n",
            common::CONFIG
        ),
    );
    build_and_compare(&f);
    let kept_all = build_and_compare(&f).pages_kept;
    assert!(kept_all > 10, "kept {kept_all}");
    tick();
    // The Russian site's first work of 2024: its year, kind and author pages appear,
    // and the Kazakh ones' switches lead to them.
    f.write(
        "content/seminars/sem.ru.md",
        "---\ntitle: \"Семинар: цифровая грамотность\"\ndate: 2024-11-02\nauthors: [omarov-n, \"Сейітова Жанар\"]\nlevel: облыстық\nevent: Облыстық семинар\ntags: [цифрлық]\n---\nТекст.\n",
    );
    let added = build_and_compare(&f);
    assert!(added.pages_kept > 0, "kept {}", added.pages_kept);
    tick();
    std::fs::remove_file(f.path("content/seminars/sem.ru.md")).unwrap();
    let removed = build_and_compare(&f);
    assert!(removed.pages_kept > 0, "kept {}", removed.pages_kept);
    tick();
    // A Russian work without a translation, not listed on the Kazakh pages: the
    // Kazakh page of its tag shows the same cards, and now leads to the Russian one.
    f.write(
        "content/articles/novaya.md",
        "---\ntitle: Новая статья\ndate: 2025-09-15\nauthors: omarov-n\nlang: ru\ntags: [сыни ойлау]\n---\nТекст.\n",
    );
    build_and_compare(&f);
    assert!(
        f.read("output/tags/syni-oilau/index.html")
            .contains("ru/tags/syni-oilau/")
    );
}

#[test]
fn the_cache_keeps_the_records_of_the_last_eight_output_folders() {
    let f = Fixture::valid();
    let outs = tempfile::tempdir().unwrap();
    let records = || {
        std::fs::read_dir(f.path(".ozyq-cache/pages"))
            .unwrap()
            .count()
    };
    for n in 0..10 {
        build_into(&f, &outs.path().join(format!("out{n}")));
        tick();
    }
    assert_eq!(records(), 8);
    // The newest folder's record is among them: its next build keeps pages.
    let again = build_into(&f, &outs.path().join("out9"));
    assert!(again.pages_kept > 0);
    let first = build_into(&f, &outs.path().join("out0"));
    assert_eq!(first.pages_kept, 0, "out0's record went first");
    assert_eq!(records(), 8);
}
