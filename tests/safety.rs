//! Nothing lost, nothing written where it should not be (issue #11): each test is a
//! regression case of a defect found by feeding ozyq bad and hostile input.

mod common;

use common::Fixture;
use std::path::Path;

/// Every file under `root` with its bytes, `.git`-like noise included.
fn snapshot(root: &Path) -> Vec<(String, Vec<u8>)> {
    let mut out: Vec<(String, Vec<u8>)> = walkdir::WalkDir::new(root)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|i| i.file_type().is_file())
        .map(|i| {
            let rel = i.path().strip_prefix(root).unwrap();
            (
                rel.to_string_lossy().into_owned(),
                std::fs::read(i.path()).unwrap(),
            )
        })
        .collect();
    out.sort();
    out
}

#[test]
fn output_option_never_deletes_the_sites_own_files() {
    let f = Fixture::valid();
    f.write(".git/HEAD", "ref: refs/heads/main\n");
    f.write("themes/mine/templates/x.html", "x");
    let before = snapshot(f.root());
    for target in [
        ".",
        "content",
        "content/new",
        "config.yaml",
        "data",
        ".git",
        "..",
    ] {
        let (ok, _, err) = f.run(&["build", "--output", target]);
        assert!(!ok, "--output {target} must be refused");
        assert!(
            err.contains("the output folder") || err.contains("the output path"),
            "--output {target}: {err}"
        );
        assert!(err.contains("hint:"), "{err}");
        assert!(!err.contains("panicked"), "{err}");
        // --force overrides only the marker check, never this one.
        let (ok, _, _) = f.run(&["build", "--output", target, "--force"]);
        assert!(!ok, "--output {target} --force must be refused");
        assert_eq!(snapshot(f.root()), before, "after --output {target}");
    }
}

#[test]
fn output_folder_with_foreign_files_needs_force_and_gets_a_marker() {
    let f = Fixture::valid();
    let other = tempfile::tempdir().unwrap();
    let out = other.path().join("site");
    std::fs::create_dir_all(&out).unwrap();
    std::fs::write(out.join("thesis.docx"), "mine").unwrap();
    let out_s = out.to_str().unwrap();
    let (ok, _, err) = f.run(&["build", "--output", out_s]);
    assert!(!ok);
    assert!(err.contains("not made by ozyq"), "{err}");
    assert!(err.contains("--force"), "{err}");
    assert_eq!(
        std::fs::read_to_string(out.join("thesis.docx")).unwrap(),
        "mine"
    );

    let (ok, _, err) = f.run(&["build", "--output", out_s, "--force"]);
    assert!(ok, "{err}");
    assert!(!out.join("thesis.docx").exists());
    assert!(out.join(".ozyq-output").is_file());
    assert!(out.join("index.html").is_file());
    // Made by ozyq now: no --force needed to build into it again.
    let (ok, _, err) = f.run(&["build", "--output", out_s]);
    assert!(ok, "{err}");
    // The default output/ also carries the marker.
    f.build_ok();
    assert!(f.path("output/.ozyq-output").is_file());
}

#[test]
fn folders_of_builds_that_died_are_cleared_by_the_next_build() {
    let f = Fixture::valid();
    f.build_ok();
    // What a build killed half way leaves beside output/: its staging folder (no
    // process holds its lock any more) and the files it had moved aside.
    f.write(".output.building-4000000/seminars/x.html", "half");
    f.write(".output.building-4000000.lock", "");
    f.write(".output.replaced-4000000/index.html", "old");
    f.write(".output.building-4000001/index.html", "half, no lock file");
    f.write(
        ".output.replaced-4000002/index.html",
        "moved aside, then killed",
    );
    f.build_ok();
    let left: Vec<String> = std::fs::read_dir(f.root())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(".output."))
        .collect();
    assert!(left.is_empty(), "left behind: {left:?}");
}

#[test]
fn catalogue_output_never_overwrites_a_source() {
    let f = Fixture::valid();
    let before = snapshot(f.root());
    for target in [
        "config.yaml",
        "content/seminars/sem.md",
        "data",
        "content/x.pdf",
    ] {
        let (ok, _, err) = f.run(&["catalogue", "2025-2026", "--output", target]);
        assert!(!ok, "--output {target} must be refused");
        assert!(err.contains("hint:"), "{err}");
        assert_eq!(snapshot(f.root()), before, "after --output {target}");
    }
    let elsewhere = tempfile::tempdir().unwrap();
    let notes = elsewhere.path().join("notes.txt");
    std::fs::write(&notes, "mine").unwrap();
    let (ok, _, _) = f.run(&[
        "catalogue",
        "2025-2026",
        "--output",
        notes.to_str().unwrap(),
    ]);
    assert!(!ok);
    assert_eq!(std::fs::read_to_string(&notes).unwrap(), "mine");
}

/// `output/` or `.ozyq-cache/` made a link to a folder elsewhere (another site,
/// the user's files, the site's own `content/`): nothing there is deleted or
/// written over, by a build or by the commands that write into the output.
#[cfg(unix)]
#[test]
fn an_output_or_cache_linked_elsewhere_is_checked_as_any_other_folder() {
    let f = Fixture::valid();
    let elsewhere = tempfile::tempdir().unwrap();
    let notes = elsewhere.path().join("notes.txt");
    std::fs::write(&notes, "mine").unwrap();
    std::os::unix::fs::symlink(elsewhere.path(), f.path("output")).unwrap();
    let err = f.build_fails();
    assert!(
        err.contains("error: output: the output folder has files in it and was not made by ozyq"),
        "{err}"
    );
    assert_eq!(std::fs::read_to_string(&notes).unwrap(), "mine");
    // With the user's say-so, as for any folder.
    let (ok, _, err) = f.run(&["build", "--force"]);
    assert!(ok, "{err}");

    std::fs::remove_file(f.path("output")).unwrap();
    std::os::unix::fs::symlink(f.path("content"), f.path("output")).unwrap();
    let before = snapshot(&f.path("content"));
    for args in [
        &["catalogue", "2025-2026"][..],
        &["certificates", "2025-2026", "--thanks"],
        &["portfolio", "abenova-g"],
        &["build"],
    ] {
        let (ok, _, err) = f.run(args);
        assert!(!ok, "{args:?} must be refused");
        assert!(
            err.contains("the output folder holds the site's own"),
            "{args:?}: {err}"
        );
        assert_eq!(snapshot(&f.path("content")), before, "after {args:?}");
    }
    std::fs::remove_file(f.path("output")).unwrap();

    std::fs::remove_dir_all(f.path(".ozyq-cache")).unwrap();
    std::os::unix::fs::symlink(f.path("content"), f.path(".ozyq-cache")).unwrap();
    let err = f.build_fails();
    assert!(
        err.contains(
            "error: .ozyq-cache:1:1: the cache folder .ozyq-cache leads to the site's own"
        ),
        "{err}"
    );
    assert_eq!(snapshot(&f.path("content")), before);
}

/// What Windows and editors leave in a site's own `static/` (Thumbs.db,
/// desktop.ini, Word's `~$` lock files, hidden folders) is not published, as in
/// content/; `.well-known/` (security.txt) is, though its name starts with a dot.
#[test]
fn files_systems_and_editors_leave_in_static_are_not_published() {
    let f = Fixture::valid();
    for rel in [
        "static/logo.svg",
        "static/Thumbs.db",
        "static/img/desktop.ini",
        "static/~$plan.docx",
        "static/.git/HEAD",
        "content/.well-known/security.txt",
    ] {
        f.write(rel, "x");
    }
    f.build_ok();
    assert!(f.path("output/static/logo.svg").is_file());
    // Published on purpose, hidden or not, where the web looks for it.
    assert!(f.path("output/.well-known/security.txt").is_file());
    for rel in ["Thumbs.db", "img/desktop.ini", "~$plan.docx", ".git/HEAD"] {
        assert!(!f.path(&format!("output/static/{rel}")).exists(), "{rel}");
    }
}

/// A theme is a folder of `themes/`, named: a path in `theme:` (absolute, or
/// leading out with `..`) would take any folder's files into the output.
#[test]
fn a_theme_is_named_never_a_path_out_of_the_site() {
    let f = Fixture::valid();
    let elsewhere = tempfile::tempdir().unwrap();
    let theme = elsewhere.path().join("evtheme");
    f.write("themes/mine/templates/x.html", "x");
    std::fs::create_dir_all(theme.join("static")).unwrap();
    std::fs::write(theme.join("static/leak.txt"), "secret").unwrap();
    for named in [
        theme.display().to_string(),
        "../../x".into(),
        "mine/..".into(),
    ] {
        f.write(
            "config.yaml",
            &format!("{}theme: \"{named}\"\n", common::CONFIG),
        );
        let err = f.build_fails();
        assert!(err.contains("config.yaml:5:"), "{named}: {err}");
        assert!(err.contains("does not exist"), "{named}: {err}");
        assert!(err.contains("default, mine"), "the themes there are: {err}");
    }
    assert!(!f.path("output/static/leak.txt").exists());
}

/// Builds and asserts the build failed with `needle` in its messages and left the
/// earlier output as it was (build it before breaking the site).
fn fails_safely(f: &Fixture, needle: &str) -> String {
    let before = snapshot(&f.path("output"));
    let err = f.build_fails();
    assert!(err.contains(needle), "expected «{needle}» in:\n{err}");
    assert!(!err.contains("panicked"), "{err}");
    assert_eq!(snapshot(&f.path("output")), before, "output/ changed");
    err
}

#[test]
fn a_title_without_letters_takes_the_files_name_or_is_an_error() {
    let f = Fixture::valid();
    f.write("content/pages/soz.md", "---\ntitle: \"!!!\"\n---\nМәтін.\n");
    f.write(
        "content/seminars/kuldirgi/index.md",
        "---\ntitle: \"😀\"\ndate: 2025-10-01\n---\nМәтін.\n",
    );
    f.build_ok();
    assert!(f.path("output/soz/index.html").is_file());
    assert!(f.path("output/seminars/kuldirgi/index.html").is_file());
    // Neither a title nor a name to make an address of.
    f.write("content/pages/!!!.md", "---\ntitle: \"???\"\n---\nМәтін.\n");
    let err = fails_safely(&f, "content/pages/!!!.md:2:");
    assert!(err.contains("slug:"), "{err}");
}

#[test]
fn ids_and_kind_folders_cannot_lead_out_of_the_output() {
    let escape = tempfile::tempdir().unwrap();
    let evil = format!("../../../../../../../..{}/x", escape.path().display());
    let f = Fixture::valid();
    f.build_ok();
    f.write(
        "data/authors.yaml",
        &format!("{}- id: \"{evil}\"\n  name: Зұлым\n", common::AUTHORS),
    );
    let err = fails_safely(&f, "cannot be part of an address");
    assert!(err.contains("data/authors.yaml:"), "{err}");
    f.write("data/authors.yaml", common::AUTHORS);
    f.write(
        "data/departments.yaml",
        &format!("{}- id: a/b\n  name: Бөлім\n", common::DEPARTMENTS),
    );
    fails_safely(&f, "department id `a/b`");
    f.write("data/departments.yaml", common::DEPARTMENTS);
    f.write(
        "config.yaml",
        &format!(
            "{}kinds:\n  - id: seminar\n    folder: \"{evil}\"\n",
            common::CONFIG
        ),
    );
    let err = fails_safely(&f, "cannot be a folder name");
    assert!(err.contains("config.yaml:"), "{err}");
    assert_eq!(std::fs::read_dir(escape.path()).unwrap().count(), 0);
}

#[test]
fn two_files_for_one_address_are_an_error_naming_both() {
    let f = Fixture::valid();
    f.build_ok();
    f.write("static/a.css", "a{}");
    f.write("content/static/a.css", "b{}");
    let err = fails_safely(&f, "would both be written to static/a.css");
    assert!(err.contains("content/static/a.css"), "{err}");
    assert!(err.contains("static/a.css and "), "{err}");
    std::fs::remove_file(f.path("content/static/a.css")).unwrap();
    for (stray, page) in [
        ("content/index.html", "index.html"),
        ("content/sitemap.xml", "sitemap.xml"),
        (
            "content/articles/maqala/index.html",
            "articles/maqala/index.html",
        ),
    ] {
        f.write(stray, "<p>stray</p>");
        let err = fails_safely(&f, &format!("would both be written to {page}"));
        assert!(err.contains(stray), "{err}");
        std::fs::remove_file(f.path(stray)).unwrap();
    }
    // Said in the user's language, the page ozyq makes too.
    f.write("content/index.html", "<p>stray</p>");
    let (ok, _, err) = f.run(&["--lang", "ru", "build"]);
    assert!(
        !ok && err.contains(
            "и content/index.html, и собственная страница ozyq (index.html) попали бы в index.html"
        ),
        "{err}"
    );
    std::fs::remove_file(f.path("content/index.html")).unwrap();
    // A page at a listing's address is one error, with the hint to give it a slug.
    f.write(
        "content/pages/authors.md",
        "---\ntitle: Авторлар\n---\nМәтін.\n",
    );
    let err = fails_safely(
        &f,
        "content/pages/authors.md:1:1: the page's URL `authors/` is used by ozyq itself",
    );
    assert_eq!(err.matches("error:").count(), 1, "{err}");
    std::fs::remove_file(f.path("content/pages/authors.md")).unwrap();
    // The search index's folders take files whose names only the index knows.
    for stray in ["content/search/s/441.js", "content/search/t/0.js"] {
        f.write(stray, "alert(1)");
        let err = fails_safely(&f, "among the search index's files");
        assert!(err.contains(stray), "{err}");
        std::fs::remove_file(f.path(stray)).unwrap();
    }
    let left: Vec<String> = std::fs::read_dir(f.root())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(".output."))
        .collect();
    assert!(left.is_empty(), "{left:?}");
}

#[test]
fn a_title_or_date_without_a_value_is_an_error() {
    let f = Fixture::valid();
    f.build_ok();
    f.write(
        "content/seminars/no-date.md",
        "---\ntitle: Күнсіз\ndate:\n---\nМәтін.\n",
    );
    f.write(
        "content/seminars/no-title.md",
        "---\ntitle: ~\ndate: 2025-10-01\n---\nМәтін.\n",
    );
    f.write("content/pages/bos.md", "---\ntitle:\n---\nМәтін.\n");
    let err = fails_safely(&f, "content/seminars/no-date.md:3:6: the date has no value");
    assert!(
        err.contains("content/seminars/no-title.md:2:8: the title has no value"),
        "{err}"
    );
    assert!(
        err.contains("content/pages/bos.md:2:7: the title has no value"),
        "{err}"
    );
}

#[test]
fn implausible_years_are_errors_with_the_full_form_as_hint() {
    let f = Fixture::valid();
    f.build_ok();
    for (date, hint) in [
        ("14.10.25", "date: 14.10.2025"),
        ("0000-01-01", "years from 1900 to 2100"),
        ("+10000-01-01", ""),
        ("1899-12-31", "years from 1900 to 2100"),
    ] {
        f.write(
            "content/seminars/year.md",
            &format!("---\ntitle: Жыл\ndate: \"{date}\"\n---\nМәтін.\n"),
        );
        let err = fails_safely(&f, "content/seminars/year.md:3:");
        assert!(err.contains(hint), "{date}: {err}");
    }
    f.write(
        "content/seminars/year.md",
        "---\ntitle: Жыл\ndate: 31.12.2100\n---\nМәтін.\n",
    );
    f.build_ok();
}

#[test]
fn control_characters_are_removed_with_a_warning() {
    let f = Fixture::valid();
    f.write(
        "content/seminars/ctl.md",
        "---\ntitle: \"Бас\\x08қару\"\ndate: 2025-10-01\nsummary: \"a\\u0001b\"\n---\nМәтін\u{0}мұнда.\n",
    );
    let (ok, _, err) = f.run(&["build"]);
    assert!(ok, "{err}");
    assert!(
        err.contains("warning: content/seminars/ctl.md:2:8: removed 1"),
        "{err}"
    );
    assert!(
        err.contains("warning: content/seminars/ctl.md:6:6: removed 1"),
        "{err}"
    );
    assert!(err.contains("U+0008"), "{err}");
    assert!(err.contains("U+0000"), "{err}");
    let feed = f.read("output/atom.xml");
    assert!(
        feed.contains("Басқару"),
        "the title is kept, without the character"
    );
    assert!(!feed.contains('\u{8}') && !feed.contains('\u{1}'));
    let page = f.read("output/seminars/ctl/index.html");
    assert!(!page.contains('\u{0}') && page.contains("Мәтінмұнда"));
    // The feed is well-formed XML again.
    let xml = std::process::Command::new("xmllint")
        .args(["--noout", f.path("output/atom.xml").to_str().unwrap()])
        .status();
    if let Ok(status) = xml {
        assert!(status.success(), "atom.xml is not well-formed");
    }
}

#[test]
fn inline_json_cannot_open_a_comment_or_a_script() {
    let f = Fixture::valid();
    f.write(
        "content/seminars/inject.md",
        "---\ntitle: \"a <!--<script> & b\"\nslug: inject\ndate: 2025-10-01\n---\nМәтін.\n",
    );
    f.build_ok();
    let page = f.read("output/seminars/inject/index.html");
    let start = page.find("application/ld+json\">").expect("JSON-LD") + 21;
    let json = &page[start..start + page[start..].find("</script>").unwrap()];
    assert!(!json.contains(['<', '>', '&']), "{json}");
    assert!(
        json.contains("\\u003c!--\\u003cscript\\u003e \\u0026 b"),
        "{json}"
    );
    assert!(
        page[start..].contains("<article"),
        "the page goes on after the script"
    );
    let index = f.search_files();
    assert!(index.contains("OZYQ_TEXT("));
    assert!(!index.contains("<!--") && !index.contains("<script"));
}

#[cfg(unix)]
#[test]
fn links_and_odd_files_are_reported_never_followed_out_or_waited_on() {
    use std::os::unix::fs::symlink;
    let f = Fixture::valid();
    f.build_ok();
    let outside = tempfile::tempdir().unwrap();
    std::fs::write(outside.path().join("secret.txt"), "private").unwrap();
    symlink(
        outside.path().join("secret.txt"),
        f.path("content/articles/maqala/secret.txt"),
    )
    .unwrap();
    let err = fails_safely(
        &f,
        "content/articles/maqala/secret.txt:1:1: the link leads to a file outside",
    );
    assert!(!err.contains("panicked"));
    std::fs::remove_file(f.path("content/articles/maqala/secret.txt")).unwrap();

    // A loop, a link to a folder, and a FIFO named like an entry.
    symlink("loop.md", f.path("content/seminars/loop.md")).unwrap();
    fails_safely(&f, "content/seminars/loop.md:1:1: the link leads nowhere");
    std::fs::remove_file(f.path("content/seminars/loop.md")).unwrap();
    symlink(f.path("content/articles"), f.path("content/seminars/dir")).unwrap();
    let status = std::process::Command::new("mkfifo")
        .arg(f.path("content/seminars/fifo.md"))
        .status()
        .unwrap();
    assert!(status.success());
    for cmd in ["check", "build"] {
        let (ok, _, err) = f.run(&[cmd]);
        assert!(ok, "{cmd}: {err}");
        assert!(
            err.contains("content/seminars/dir:1:1: a link to a folder is not followed"),
            "{err}"
        );
        assert!(
            err.contains("content/seminars/fifo.md:1:1: this is not a regular file"),
            "{err}"
        );
    }
    // A link to a file inside the site is published like the file.
    std::fs::remove_file(f.path("content/seminars/dir")).unwrap();
    symlink(
        f.path("content/articles/maqala/plan.pdf"),
        f.path("content/articles/maqala/plan-copy.pdf"),
    )
    .unwrap();
    f.build_ok();
    assert!(f.path("output/articles/maqala/plan-copy.pdf").is_file());
}

/// The theme's folders of a site follow the same rules: a `static/` that is a
/// link to a folder elsewhere (`/etc`) is refused, not published, and a link in
/// it to a file outside the site is an error.
#[cfg(unix)]
#[test]
fn a_site_folder_linked_out_of_the_site_is_refused() {
    use std::os::unix::fs::symlink;
    let f = Fixture::valid();
    f.build_ok();
    let outside = tempfile::tempdir().unwrap();
    std::fs::write(outside.path().join("shadow"), "private").unwrap();
    symlink(outside.path(), f.path("static")).unwrap();
    let err = fails_safely(&f, "static: this folder is a link to a folder outside");
    assert!(!err.contains("panicked"), "{err}");
    std::fs::remove_file(f.path("static")).unwrap();
    std::fs::create_dir_all(f.path("static")).unwrap();
    symlink(outside.path().join("shadow"), f.path("static/shadow.txt")).unwrap();
    fails_safely(
        &f,
        "static/shadow.txt:1:1: the link leads to a file outside",
    );
    assert!(!f.path("output/shadow.txt").exists());
}

#[test]
fn markdown_inside_an_entry_folder_is_reported_not_published() {
    let f = Fixture::valid();
    f.write(
        "content/articles/maqala/draft.md",
        "---\ntitle: Жоба\n---\nЖарияланбаған.\n",
    );
    f.write(
        "content/articles/maqala/inner/index.md",
        "---\ntitle: Ішкі\ndate: 2025-10-01\n---\nМәтін.\n",
    );
    let out = f.build_ok();
    let (_, _, err) = f.run(&["build"]);
    assert!(out.contains("2 warnings"), "{out}");
    assert!(
        err.contains(
            "content/articles/maqala/draft.md:1:1: this Markdown file is inside the entry folder"
        ),
        "{err}"
    );
    assert!(
        err.contains("content/articles/maqala/inner/index.md:1:1"),
        "{err}"
    );
    assert!(!f.path("output/articles/maqala/draft.md").exists());
    assert!(!f.path("output/articles/maqala/inner/index.md").exists());
}

/// An `index.md` right in a kind's folder is told, not published at
/// `seminars/seminars/`: the introduction is `_index.md`, a work has a name.
#[test]
fn an_index_md_in_a_kind_s_folder_is_told_which_name_to_take() {
    let f = Fixture::valid();
    f.write(
        "content/seminars/index.md",
        "---\ntitle: Семинарлар\ndate: 2025-10-01\n---\nМәтін.\n",
    );
    let (ok, _, err) = f.run(&["build"]);
    assert!(ok, "{err}");
    assert!(
        err.contains("warning: content/seminars/index.md:1:1: an index.md right in seminars/ is neither a work nor the kind's introduction"),
        "{err}"
    );
    assert!(err.contains("name it _index.md"), "{err}");
    assert!(!f.path("output/seminars/seminars").exists());
}

#[test]
fn author_ids_without_authors_yaml_and_bare_exhibits_are_warned_about() {
    let f = Fixture::valid();
    std::fs::remove_file(f.path("data/authors.yaml")).unwrap();
    let (ok, _, err) = f.run(&["build"]);
    assert!(ok, "{err}");
    assert!(
        err.matches(
            "`abenova-g` looks like an author's id, but data/authors.yaml describes no teacher"
        )
        .count()
            == 1,
        "{err}"
    );
    // A full name is a guest author, as before: no warning.
    assert!(!err.contains("`Сейітова Жанар`"), "{err}");

    let f = Fixture::valid();
    let (ok, _, err) = f.run(&["new", "seminar", "Жаңа семинар", "--date", "2025-10-02"]);
    assert!(ok, "{err}");
    let (ok, _, err) = f.run(&["build"]);
    assert!(ok, "{err}");
    assert!(
        err.contains(
            "the exhibition catalogue prints this entry without its authors, summary, department"
        ),
        "{err}"
    );
    assert!(err.contains("`exhibit: false`"), "{err}");
}

#[test]
fn raw_html_setting_and_script_links() {
    let f = Fixture::valid();
    f.write(
        "content/seminars/html.md",
        "---\ntitle: HTML\nslug: html\ndate: 2025-10-01\nexhibit: false\n---\n<iframe src=\"https://video.example/1\"></iframe>\n\nA <b onclick=\"x()\">bold</b> word.\n",
    );
    f.build_ok();
    let page = f.read("output/seminars/html/index.html");
    assert!(
        page.contains("<iframe src=\"https://video.example/1\"></iframe>"),
        "trusted by default"
    );
    f.write(
        "config.yaml",
        &format!("{}markdown:\n  raw_html: false\n", common::CONFIG),
    );
    f.build_ok();
    let page = f.read("output/seminars/html/index.html");
    assert!(
        !page.contains("<iframe") && !page.contains("onclick=\"x()\">"),
        "{page}"
    );
    assert!(page.contains("&lt;iframe src="), "{page}");
    f.write(
        "content/seminars/html.md",
        "---\ntitle: HTML\nslug: html\ndate: 2025-10-01\nexhibit: false\n---\nClick [here](javascript:alert(document.cookie)).\n",
    );
    let err = fails_safely(
        &f,
        "content/seminars/html.md:7:7: a `javascript:` link runs code",
    );
    assert!(err.contains("hint:"), "{err}");
}

#[test]
fn a_problem_many_pages_meet_is_printed_and_counted_once() {
    let f = Fixture::valid();
    f.write("templates/partials/card.html", "{{ nosuch.value }}");
    let err = f.build_fails();
    let lines: Vec<&str> = err.lines().filter(|l| l.starts_with("error:")).collect();
    // One line per different message (the list of variables differs by page kind),
    // not one per page, and the count says what was printed.
    assert!(lines.len() <= 3, "{err}");
    assert!(
        err.contains(&format!("build failed: {} errors,", lines.len())),
        "{err}"
    );
}

/// Found by tests/fuzz.rs: a guest author's name of hundreds of characters made a
/// file name too long to write, which `build` failed on and `check` did not see.
#[test]
fn names_too_long_for_a_file_name_are_bounded_or_refused_alike() {
    let f = Fixture::valid();
    let long = "Ұзын ".repeat(80);
    f.write(
        "content/seminars/long.md",
        &format!(
            "---\ntitle: Ұзын\ndate: 2025-10-01\nauthors: [\"{long}x\"]\ntags: [\"{long}\"]\nexhibit: false\n---\nМәтін.\n"
        ),
    );
    let (ok, _, err) = f.run(&["check"]);
    assert!(ok, "{err}");
    f.build_ok();
    let authors: Vec<usize> = std::fs::read_dir(f.path("output/authors"))
        .unwrap()
        .map(|e| e.unwrap().file_name().len())
        .collect();
    assert!(authors.iter().all(|&n| n <= 60), "{authors:?}");

    f.write(
        "content/seminars/long.md",
        &format!(
            "---\ntitle: Ұзын\ndate: 2025-10-01\nslug: {}\nexhibit: false\n---\nМәтін.\n",
            "a".repeat(150)
        ),
    );
    for cmd in ["check", "build"] {
        let (ok, _, err) = f.run(&[cmd]);
        assert!(!ok, "{cmd}");
        assert!(
            err.contains("content/seminars/long.md:4:7: the slug is 150 characters long"),
            "{err}"
        );
    }
}
