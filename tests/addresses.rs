//! Addresses that never break: an entry's address is its file's name; renamed,
//! moved, retitled and deleted entries keep every address a build published
//! (redirects and withdrawn pages, from `published.yaml`); the catalogue's QR
//! codes all resolve; updated dates come from git.

mod common;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;

use common::Fixture;
use ozyq::catalogue::{Catalogue, Paper, typst};
use ozyq::site::published::Record;

const BASE: &str = "https://college.example/otm/";

/// Where the page at `address` (site-relative) of `out` leads: itself, or, for a
/// redirect, the page its refresh names (which must exist). `None` when nothing
/// answers at the address.
fn resolve(out: &Path, address: &str) -> Option<(String, String)> {
    let rel = if address.is_empty() || address.ends_with('/') {
        format!("{address}index.html")
    } else {
        address.to_string()
    };
    let html = std::fs::read_to_string(out.join(&rel)).ok()?;
    let Some(i) = html.find("http-equiv=\"refresh\" content=\"0; url=") else {
        return Some((rel, html));
    };
    let rest = &html[i + "http-equiv=\"refresh\" content=\"0; url=".len()..];
    let target = &rest[..rest.find('"')?];
    // Relative to the redirect's folder.
    let mut parts: Vec<&str> = rel.split('/').collect();
    parts.pop();
    for seg in target.split('/') {
        match seg {
            ".." => {
                parts.pop();
            }
            "." | "" => {}
            s => parts.push(s),
        }
    }
    let file = parts.join("/");
    let body = std::fs::read_to_string(out.join(&file)).ok()?;
    assert!(
        !body.contains("http-equiv=\"refresh\""),
        "{address}: a redirect to a redirect ({file})"
    );
    Some((file, body))
}

/// The URLs the catalogues of the built site in `root` print as QR codes, read
/// from the Typst input the PDFs are made from.
fn qr_urls(root: &Path) -> BTreeSet<String> {
    let (loaded, diags) = ozyq::pipeline::load(root, false);
    let loaded = loaded.unwrap_or_else(|| panic!("{diags:?}"));
    let mut urls = BTreeSet::new();
    for year in &loaded.site.index.by_year {
        let cat = Catalogue::new(&loaded.site, &loaded.look.strings, year.year);
        let layouts = ozyq::catalogue::layout::Layouts::builtin();
        for f in typst::markup(&cat, &layouts, Paper::A5, true).files {
            if let typst::FileData::QrCode(url) = f.data {
                urls.insert(url);
            }
        }
    }
    urls
}

fn record(f: &Fixture) -> Record {
    let mut diags = Vec::new();
    let r = Record::read(f.root(), &mut diags);
    assert!(diags.is_empty(), "{diags:?}");
    r
}

fn rename(f: &Fixture, from: &str, to: &str) {
    std::fs::create_dir_all(f.path(to).parent().unwrap()).unwrap();
    std::fs::rename(f.path(from), f.path(to)).unwrap();
}

#[test]
fn every_address_a_build_published_still_answers_after_renames_moves_and_deletes() {
    let f = Fixture::valid();
    f.write(
        "content/articles/eski-atau.md",
        "---\ntitle: Ескі тақырып\ndate: 2025-10-01\nauthors: abenova-g\nsummary: Мақала.\ndepartment: it\n---\nМәтін.\n",
    );
    let out = f.path("output");
    f.build_ok();
    let first = record(&f);
    let qr = qr_urls(f.root());
    // The addresses are the files' names.
    for a in [
        "open-lessons/qazaq/",
        "seminars/sem/",
        "articles/maqala/",
        "articles/b/",
        "articles/eski-atau/",
        "regulation/",
    ] {
        assert!(first.addresses.contains_key(a), "{a} is not recorded");
    }
    assert!(
        qr.contains(&format!("{BASE}articles/b/")),
        "the QR codes: {qr:?}"
    );
    assert!(qr.len() >= 4, "{qr:?}");

    // A rename, a move to another kind, a retitle, a new slug and a deletion.
    rename(&f, "content/articles/b.md", "content/articles/birinshi.md");
    rename(&f, "content/seminars/sem.md", "content/conferences/sem.md");
    let text = f.read("content/open-lessons/qazaq.md");
    f.write(
        "content/open-lessons/qazaq.md",
        &text
            .replace("Қазақ тілі ашық сабағы", "Қазақ тілі — ашық сабақ")
            // A link to a moved file is an error until it is corrected.
            .replace("../seminars/sem.md", "../conferences/sem.md"),
    );
    let text = f.read("content/articles/eski-atau.md");
    f.write(
        "content/articles/eski-atau.md",
        &text.replace("title:", "slug: zhana-atau\ntitle:"),
    );
    std::fs::remove_dir_all(f.path("content/articles/maqala")).unwrap();
    let said = f.build_ok();
    for line in [
        "moved: articles/b/ now leads to articles/birinshi/",
        "moved: seminars/sem/ now leads to conferences/sem/",
        "moved: articles/eski-atau/ now leads to articles/zhana-atau/",
        "withdrawn: articles/maqala/",
    ] {
        assert!(said.contains(line), "not said: {line}\n{said}");
    }
    assert_eq!(said.matches("moved:").count(), 3, "{said}");

    // Every address of the first build answers: a page, or a redirect to one.
    for address in first.addresses.keys() {
        let (file, body) = resolve(&out, address).unwrap_or_else(|| panic!("{address} is gone"));
        assert!(body.contains("<h1"), "{address} → {file}: {body}");
    }
    let (file, _) = resolve(&out, "articles/b/").unwrap();
    assert_eq!(file, "articles/birinshi/index.html");
    let (file, _) = resolve(&out, "seminars/sem/").unwrap();
    assert_eq!(file, "conferences/sem/index.html");
    let (file, _) = resolve(&out, "open-lessons/qazaq/").unwrap();
    assert_eq!(
        file, "open-lessons/qazaq/index.html",
        "a new title keeps the address"
    );
    let (file, _) = resolve(&out, "articles/eski-atau/").unwrap();
    assert_eq!(file, "articles/zhana-atau/index.html");
    let (_, body) = resolve(&out, "articles/maqala/").unwrap();
    assert!(body.contains("Материал жарияланымнан алынды"), "{body}");
    assert!(body.contains("«Мақала»"), "{body}");
    // Every QR code printed by the first build's catalogues still answers.
    for url in &qr {
        let address = url.strip_prefix(BASE).expect("a QR code of this site");
        let (_, body) = resolve(&out, address).unwrap_or_else(|| panic!("QR code {url} is dead"));
        assert!(body.contains("<h1"), "{url}");
    }
    // A redirect has a canonical link, a refresh and a visible link; old
    // addresses are in neither the sitemap nor the search index.
    let redirect = std::fs::read_to_string(out.join("articles/b/index.html")).unwrap();
    assert!(redirect.contains(&format!(
        "<link rel=\"canonical\" href=\"{BASE}articles/birinshi/\">"
    )));
    assert!(redirect.contains("<a href=\"../../articles/birinshi/index.html\">Бірінші мақала</a>"));
    let sitemap = std::fs::read_to_string(out.join("sitemap.xml")).unwrap();
    let search: String = walkdir::WalkDir::new(out.join("search"))
        .into_iter()
        .map(|e| e.unwrap())
        .filter(|e| e.file_type().is_file())
        .map(|e| std::fs::read_to_string(e.path()).unwrap())
        .collect();
    assert!(
        search.contains("\"articles/birinshi/\""),
        "the new address is in search"
    );
    for old in [
        "articles/b/",
        "seminars/sem/",
        "articles/maqala/",
        "articles/eski-atau/",
    ] {
        assert!(
            !sitemap.contains(&format!("{BASE}{old}<")),
            "{old} in the sitemap"
        );
        assert!(!search.contains(&format!("\"{old}\"")), "{old} in search");
    }

    // The record keeps them all; a third build says nothing new and changes nothing.
    let second = record(&f);
    for a in first.addresses.keys() {
        assert!(second.addresses.contains_key(a), "{a} left the record");
    }
    assert!(second.addresses["articles/maqala/"].withdrawn);
    assert_eq!(
        second.addresses["articles/b/"].file,
        "content/articles/birinshi.md"
    );
    let yaml = f.read("published.yaml");
    let said = f.build_ok();
    assert!(
        !said.contains("moved:") && !said.contains("withdrawn:"),
        "{said}"
    );
    assert_eq!(f.read("published.yaml"), yaml);
}

#[test]
fn aliases_lead_to_the_entry_and_bad_ones_are_located_errors() {
    let f = Fixture::valid();
    let text = f.read("content/articles/b.md");
    f.write(
        "content/articles/b.md",
        &text.replace(
            "title:",
            "aliases: [/otm/old/maqala/, \"https://college.example/otm/eski.html\", articles/birinshi-maqala]\ntitle:",
        ),
    );
    f.build_ok();
    let out = f.path("output");
    for old in ["old/maqala/", "eski.html", "articles/birinshi-maqala/"] {
        let (file, _) = resolve(&out, old).unwrap_or_else(|| panic!("{old}"));
        assert_eq!(file, "articles/b/index.html", "{old}");
    }
    // From a file at the top, the link climbs nothing.
    assert!(
        f.read("output/eski.html")
            .contains("url=./articles/b/index.html")
    );

    f.write(
        "content/articles/b.md",
        &text.replace(
            "title:",
            "aliases:\n  - seminars/sem/\n  - ../up/\n  - static/style.css\n  - https://other.example/x/\n  - old/AUX.html\ntitle:",
        ),
    );
    let err = f.build_fails();
    for want in [
        "content/articles/b.md:3:5: `seminars/sem/` is the address of content/seminars/sem.md:1",
        "content/articles/b.md:4:5: `../up/` leads outside the site's own addresses",
        "content/articles/b.md:5:5: the alias `static/style.css` is an address ozyq uses itself",
        "content/articles/b.md:6:5: `https://other.example/x/` is not an address of this site",
        "content/articles/b.md:7:5: the alias `old/AUX.html` has `AUX.html`, a name Windows keeps for a device",
    ] {
        assert!(err.contains(want), "missing: {want}\n{err}");
    }
}

#[test]
fn two_files_with_one_address_name_both() {
    let f = Fixture::valid();
    f.write(
        "content/articles/2024/tarih.md",
        "---\ntitle: Бір\ndate: 2024-10-01\n---\nМәтін.\n",
    );
    f.write(
        "content/articles/2025/tarih.md",
        "---\ntitle: Екі\ndate: 2025-10-01\n---\nМәтін.\n",
    );
    let err = f.build_fails();
    assert!(
        err.contains("content/articles/2025/tarih.md:1:1: the address `articles/tarih/` is also that of content/articles/2024/tarih.md:1:1")
            || err.contains("content/articles/2024/tarih.md:1:1: the address `articles/tarih/` is also that of content/articles/2025/tarih.md:1:1"),
        "{err}"
    );
}

#[test]
fn no_address_is_a_name_windows_keeps_for_a_device() {
    let f = Fixture::valid();
    f.write(
        "content/articles/con.md",
        "---\ntitle: Бір\ndate: 2024-10-01\ntags: [Нұл]\n---\nМәтін.\n",
    );
    f.write(
        "content/articles/eki.md",
        "---\ntitle: Екі\nslug: AUX\ndate: 2024-10-02\n---\nМәтін.\n",
    );
    let (ok, _, out) = f.run(&["build"]);
    assert!(
        ok && out.contains("content/articles/eki.md:3:7")
            && out.contains("`AUX` is a name Windows keeps for a device")
            && out.contains("the address is `aux-1`"),
        "{out}"
    );
    for page in [
        "output/articles/con-1/index.html",
        "output/articles/aux-1/index.html",
        "output/tags/nul-1/index.html",
    ] {
        assert!(f.path(page).is_file(), "{page}");
    }
    for folder in ["con", "aux", "nul"] {
        let found: Vec<_> = walkdir::WalkDir::new(f.path("output"))
            .into_iter()
            .filter_map(Result::ok)
            .filter(|e| e.file_name() == folder)
            .map(|e| e.path().display().to_string())
            .collect();
        assert!(found.is_empty(), "{found:?}");
    }
}

/// Tags that make one address take `-2` in alphabetical order: a work added
/// elsewhere, naming the second first, moves neither.
#[test]
fn tags_that_make_one_address_keep_theirs() {
    let f = Fixture::valid();
    f.write(
        "content/articles/m1.md",
        "---\ntitle: Бір\ndate: 2024-10-01\ntags: [сән]\n---\nМәтін.\n",
    );
    f.write(
        "content/articles/m2.md",
        "---\ntitle: Екі\ndate: 2024-10-02\ntags: [сан]\n---\nМәтін.\n",
    );
    let heading = |f: &Fixture, dir: &str| {
        let html = f.read(&format!("output/tags/{dir}/index.html"));
        let h1 = &html[html.find("<h1").unwrap()..];
        h1[..h1.find("</h1>").unwrap()].to_string()
    };
    f.build_ok();
    assert!(heading(&f, "san").contains("сан"), "{}", heading(&f, "san"));
    assert!(heading(&f, "san-2").contains("сән"));
    f.write(
        "content/articles/m0.md",
        "---\ntitle: Нөл\ndate: 2024-09-30\ntags: [сән]\n---\nМәтін.\n",
    );
    f.write(
        "content/articles/m2.md",
        "---\ntitle: Екі\ndate: 2024-10-02\ntags: [сән, сан]\n---\nМәтін.\n",
    );
    f.build_ok();
    assert!(heading(&f, "san").contains("сан"), "{}", heading(&f, "san"));
    assert!(heading(&f, "san-2").contains("сән"));
}

/// A tag written with a hyphen and with a space is one tag, at one address, not
/// `stem-bilim` and `stem-bilim-2`.
#[test]
fn a_tag_with_a_hyphen_or_a_space_is_one() {
    let f = Fixture::valid();
    f.write(
        "content/articles/m1.md",
        "---\ntitle: Бір\ndate: 2024-10-01\ntags: [STEM-білім]\n---\nМәтін.\n",
    );
    f.write(
        "content/articles/m2.md",
        "---\ntitle: Екі\ndate: 2024-10-02\ntags: [stem білім]\n---\nМәтін.\n",
    );
    f.build_ok();
    assert!(!f.path("output/tags/stem-bilim-2").exists());
    let html = f.read("output/tags/stem-bilim/index.html");
    assert!(html.contains("Бір") && html.contains("Екі"), "{html}");
}

/// A printed work whose date is changed to another academic year is warned
/// of at its date: that year's catalogue made again would leave it out.
#[test]
fn a_printed_work_dated_into_another_year_is_warned_of() {
    let f = Fixture::valid();
    f.build_ok();
    f.write(
        "content/articles/b.md",
        "---\ntitle: Бірінші мақала\ndate: 2026-09-10\nauthors: abenova-g\nsummary: Мақала туралы.\n---\nМәтін.\n",
    );
    let (ok, _, err) = f.run_on(Some("2026-10-01"), &["build"]);
    assert!(ok, "{err}");
    assert!(
        err.contains("warning: content/articles/b.md:3:7: this work is in the 2025–2026 catalogue, printed; its date now puts it in 2026–2027"),
        "{err}"
    );
}

#[test]
fn a_printed_address_cannot_be_taken_and_a_broken_record_is_located() {
    let f = Fixture::valid();
    f.build_ok();
    // articles/b/ is printed in the 2025-2026 catalogue; another file takes it.
    std::fs::remove_file(f.path("content/articles/b.md")).unwrap();
    f.write(
        "content/articles/other.md",
        "---\ntitle: Басқа\nslug: b\ndate: 2025-10-01\n---\nМәтін.\n",
    );
    let before = f.read("output/articles/b/index.html");
    let (ok, _, err) = f.run(&["check"]);
    assert!(!ok, "check must fail: {err}");
    assert!(
        err.contains("content/articles/other.md:1:1: `articles/b/` (a QR code in the 2025–2026 catalogue) leads to «Бірінші мақала», which was withdrawn"),
        "{err}"
    );
    assert!(err.contains("published.yaml:"), "{err}");
    f.build_fails();
    assert_eq!(f.read("output/articles/b/index.html"), before);
    // The same work renamed and retitled at once: its new file names the old
    // address in `aliases:`, as the «withdrawn» line of a build says to do.
    f.write(
        "content/articles/other.md",
        "---\ntitle: Басқа\naliases: [articles/b/]\ndate: 2025-10-01\n---\nМәтін.\n",
    );
    let out = f.build_ok();
    assert!(
        out.contains("moved: articles/b/ now leads to articles/other/"),
        "{out}"
    );
    assert_eq!(
        resolve(&f.path("output"), "articles/b/").map(|(file, _)| file),
        Some("articles/other/index.html".to_string())
    );

    // A record broken by hand.
    std::fs::remove_file(f.path("content/articles/other.md")).unwrap();
    let yaml = f.read("published.yaml");
    let broken = yaml.replacen("articles/b/: {file:", "articles/b/: {fil:", 1);
    f.write("published.yaml", &broken);
    let err = f.build_fails();
    let line = broken
        .lines()
        .position(|l| l.starts_with("articles/b/:"))
        .unwrap()
        + 1;
    assert!(
        err.contains(&format!(
            "published.yaml:{line}:1: `articles/b/`: the `file:` it belongs to is missing"
        )),
        "{err}"
    );
    f.write("published.yaml", "a/: [1\n");
    let err = f.build_fails();
    assert!(err.contains("error: published.yaml:"), "{err}");
    assert!(err.contains("hint:"), "{err}");
}

fn git(dir: &Path, args: &[&str], date: &str) {
    let out = Command::new("git")
        .args(["-c", "user.name=Test", "-c", "user.email=test@example.kz"])
        .args(args)
        .current_dir(dir)
        .env("GIT_AUTHOR_DATE", date)
        .env("GIT_COMMITTER_DATE", date)
        .output()
        .expect("git runs");
    assert!(
        out.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

fn lastmod(sitemap: &str, address: &str) -> Option<String> {
    let at = sitemap.find(&format!("<loc>{BASE}{address}</loc>"))?;
    let rest = &sitemap[at..];
    let end = rest.find("</url>")?;
    let item = &rest[..end];
    let i = item.find("<lastmod>")? + "<lastmod>".len();
    Some(item[i..i + 10].to_string())
}

#[test]
fn updated_dates_come_from_git_or_else_the_files_time() {
    let f = Fixture::valid();
    let root: PathBuf = f.root().to_path_buf();
    f.write(
        "content/articles/later.md",
        "---\ntitle: Кейін\ndate: 2026-06-01\n---\nМәтін.\n",
    );
    git(&root, &["init", "-q"], "2025-12-01T10:00:00+05:00");
    git(&root, &["add", "."], "2025-12-01T10:00:00+05:00");
    git(
        &root,
        &["commit", "-qm", "first"],
        "2025-12-01T10:00:00+05:00",
    );
    // An edit of one entry, and of a file of a bundle, later.
    let text = f.read("content/articles/b.md");
    f.write(
        "content/articles/b.md",
        &text.replace("Мәтін.", "Жаңа мәтін."),
    );
    git(&root, &["commit", "-qam", "b"], "2026-01-15T23:30:00+05:00");
    f.write(
        "content/articles/maqala/plan.pdf",
        "%PDF-1.4\n% v2\n%%EOF\n",
    );
    git(
        &root,
        &["commit", "-qam", "plan"],
        "2026-02-03T09:00:00+05:00",
    );
    f.build_ok();

    let b = f.read("output/articles/b/index.html");
    assert!(
        b.contains("<dt>Жаңартылды</dt><dd><time datetime=\"2026-01-15\">"),
        "the committer's own day: {b}"
    );
    let maqala = f.read("output/articles/maqala/index.html");
    assert!(
        maqala.contains("<time datetime=\"2026-02-03\">"),
        "a bundle's file counts"
    );
    let qazaq = f.read("output/open-lessons/qazaq/index.html");
    assert!(qazaq.contains("<time datetime=\"2025-12-01\">"));
    let sitemap = f.read("output/sitemap.xml");
    assert_eq!(
        lastmod(&sitemap, "articles/b/").as_deref(),
        Some("2026-01-15")
    );
    assert_eq!(
        lastmod(&sitemap, "articles/maqala/").as_deref(),
        Some("2026-02-03")
    );
    assert_eq!(
        lastmod(&sitemap, "seminars/sem/").as_deref(),
        Some("2025-12-01")
    );
    // Dated after its last commit: the date stands, and no "updated" is shown.
    assert_eq!(
        lastmod(&sitemap, "articles/later/").as_deref(),
        Some("2026-06-01")
    );
    assert!(
        !f.read("output/articles/later/index.html")
            .contains("Жаңартылды")
    );
    let atom = f.read("output/atom.xml");
    assert!(
        atom.contains("<updated>2026-02-03T00:00:00Z</updated>"),
        "{atom}"
    );

    // A file not committed yet: its own time, today.
    f.write(
        "content/articles/new.md",
        "---\ntitle: Жаңа\ndate: 2020-10-01\n---\nМәтін.\n",
    );
    f.build_ok();
    let today = chrono::Local::now().date_naive().to_string();
    let sitemap = f.read("output/sitemap.xml");
    assert_eq!(lastmod(&sitemap, "articles/new/"), Some(today));
}

#[test]
fn a_record_edited_by_hand_is_read_again_and_not_taken_from_the_cache() {
    let f = Fixture::valid();
    f.build_ok();
    // The first build wrote the record; the second read it and keeps a copy of
    // it in the cache.
    f.build_ok();
    assert!(f.path(".ozyq-cache/published.json").exists());
    assert!(!f.path("output/articles/ketken/index.html").exists());
    // An address of a file long gone, written in by hand: it shows a withdrawn page.
    let mut yaml = f.read("published.yaml");
    yaml.push_str("articles/ketken/: {file: \"content/articles/ketken.md\", title: \"Кеткен\"}\n");
    f.write("published.yaml", &yaml);
    f.build_ok();
    assert!(record(&f).addresses["articles/ketken/"].withdrawn);
    assert!(f.path("output/articles/ketken/index.html").exists());
    // A copy of the cache's that no longer matches is not read either.
    f.write(
        ".ozyq-cache/published.json",
        "{\"format\": \"ozyq-published 1\"}",
    );
    assert!(record(&f).addresses["articles/ketken/"].withdrawn);
}

/// A published work made a draft is withdrawn like a deleted one, and the build
/// says the file is still there but not published, not that it is gone.
#[test]
fn a_work_made_a_draft_is_said_to_be_unpublished_not_gone() {
    let f = Fixture::valid();
    let work = "content/articles/eski-atau.md";
    f.write(
        work,
        "---\ntitle: Ескі тақырып\ndate: 2025-10-01\nauthors: abenova-g\nsummary: Мақала.\n---\nМәтін.\n",
    );
    f.build_ok();
    f.write(work, &f.read(work).replace("title:", "draft: true\ntitle:"));
    let said = f.build_ok();
    let line = "withdrawn: articles/eski-atau/ now says the material was withdrawn: \
                content/articles/eski-atau.md is there, but not published (`draft: true`?)";
    assert!(said.contains(line), "{said}");
    assert!(!said.contains("is gone"), "{said}");
}

/// A translation removed while its original stays: its address leads to the
/// original's page instead of saying the material was withdrawn, and when the
/// translation comes back it takes its address back, without an error.
#[test]
fn a_removed_translation_leads_to_its_original_until_it_comes_back() {
    let f = Fixture::valid();
    f.write(
        "config.yaml",
        &format!("{}languages: [kk, ru]\n", common::CONFIG),
    );
    let ru = "content/articles/aud.ru.md";
    let text = "---\ntitle: Перевод\ndate: 2025-10-01\n---\nТекст.\n";
    f.write(
        "content/articles/aud.md",
        "---\ntitle: Аударма\ndate: 2025-10-01\nauthors: abenova-g\n---\nМәтін.\n",
    );
    f.write(ru, text);
    f.build_ok();
    assert!(record(&f).addresses.contains_key("ru/articles/aud/"));
    std::fs::remove_file(f.path(ru)).unwrap();
    let said = f.build_ok();
    assert!(
        said.contains("moved: ru/articles/aud/ now leads to articles/aud/"),
        "{said}"
    );
    assert!(!said.contains("withdrawn"), "{said}");
    let out = f.path("output");
    let (file, _) = resolve(&out, "ru/articles/aud/").unwrap();
    assert_eq!(file, "articles/aud/index.html");
    // The page at the old address speaks the language of its section.
    let moved = f.read("output/ru/articles/aud/index.html");
    assert!(moved.contains("<html lang=\"ru\">"), "{moved}");
    // Withdrawn with its original: said in Russian too.
    std::fs::remove_file(f.path("content/articles/aud.md")).unwrap();
    f.build_ok();
    let gone = f.read("output/ru/articles/aud/index.html");
    assert!(gone.contains("<html lang=\"ru\""), "{gone}");
    assert!(
        f.read("output/articles/aud/index.html")
            .contains("<html lang=\"kk\"")
    );
    f.write(
        "content/articles/aud.md",
        "---\ntitle: Аударма\ndate: 2025-10-01\nauthors: abenova-g\n---\nМәтін.\n",
    );
    f.build_ok();
    assert!(!record(&f).addresses["ru/articles/aud/"].withdrawn);
    // A build after it says nothing more of it.
    let said = f.build_ok();
    assert!(!said.contains("moved:"), "{said}");
    // Back: its own page again.
    f.write(ru, text);
    let said = f.build_ok();
    assert!(!said.contains("error"), "{said}");
    let (file, body) = resolve(&out, "ru/articles/aud/").unwrap();
    assert_eq!(file, "ru/articles/aud/index.html");
    assert!(body.contains("Перевод"), "{body}");
    assert_eq!(
        record(&f).addresses["ru/articles/aud/"].file,
        "content/articles/aud.ru.md"
    );
}

/// An address of published.yaml that no output can be written at (edited by
/// hand to lead out of the output) is told at its line there.
#[test]
fn an_old_address_that_leads_out_is_told_at_its_line() {
    let f = Fixture::valid();
    f.build_ok();
    let record = f.read("published.yaml");
    let line = record.lines().count() + 1;
    f.write(
        "published.yaml",
        &format!("{record}../../x/: {{file: \"content/articles/gone.md\", title: \"X\"}}\n"),
    );
    let err = f.build_fails();
    assert!(
        err.contains(&format!("error: published.yaml:{line}:1: ")),
        "{err}"
    );
    // A line break in an address (a quoted key, "a\nb/") would name a folder
    // no one can open.
    f.write(
        "published.yaml",
        &format!(
            "{record}\"seminars/a\\nb/\": {{file: \"content/articles/gone.md\", title: \"X\"}}\n"
        ),
    );
    let err = f.build_fails();
    assert!(
        err.contains(&format!("error: published.yaml:{line}:1: ")),
        "{err}"
    );
}
