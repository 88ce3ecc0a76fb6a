//! `ozyq theme list | show | eject` and `ozyq new`'s skeletons and bundles, run
//! as a user runs them, on fixture sites.

mod common;

use common::Fixture;

/// Every output file under `output/`, by path, with its bytes.
fn tree(f: &Fixture) -> std::collections::BTreeMap<String, Vec<u8>> {
    let out = f.path("output");
    walkdir::WalkDir::new(&out)
        .into_iter()
        .flatten()
        .filter(|e| e.file_type().is_file())
        .filter(|e| !e.file_name().to_string_lossy().starts_with('.'))
        .map(|e| {
            let rel = e.path().strip_prefix(&out).unwrap();
            (
                rel.to_string_lossy().into_owned(),
                std::fs::read(e.path()).unwrap(),
            )
        })
        .collect()
}

#[test]
fn an_ejected_copy_makes_the_same_site_and_is_never_written_over() {
    let f = Fixture::valid();
    f.build_ok();
    let before = tree(&f);
    let (ok, out, err) = f.run(&[
        "theme",
        "eject",
        "base.html",
        "partials/card.html",
        "style.css",
        "sitemap.xml",
        "catalogue.typ",
    ]);
    assert!(ok, "{err}");
    for rel in [
        "templates/base.html",
        "templates/partials/card.html",
        "static/style.css",
        "templates/sitemap.xml",
        "print/catalogue.typ",
    ] {
        assert!(out.contains(rel), "{rel} named in: {out}");
        let (_, theirs, _) = f.run(&["theme", "show", rel]);
        let copy = f.read(rel);
        let (first, rest) = copy.split_once('\n').unwrap();
        assert!(first.contains(&format!("ozyq-ejected {rel} ")), "{first}");
        assert_eq!(
            rest, theirs,
            "{rel} is the theme's file under its first line"
        );
    }
    // The marker line is taken off: every output byte is the same as before, the
    // sitemap's XML declaration still first.
    let built = f.build_ok();
    assert!(built.contains(" 0 warnings"), "{built}");
    assert_eq!(tree(&f), before);
    assert!(f.read("output/sitemap.xml").starts_with("<?xml"));
    // The site's own file stays as it is.
    let mine = f.read("templates/base.html");
    let (ok, _, err) = f.run(&["theme", "eject", "style.css", "base.html"]);
    assert!(
        !ok && err.contains("is already the site's own copy"),
        "{err}"
    );
    assert!(
        err.contains("hint: edit it; to start again from the theme's, delete it first"),
        "{err}"
    );
    assert_eq!(f.read("templates/base.html"), mine);
    // Among others, the site's own copy is kept and the others are copied.
    let (ok, out, err) = f.run(&["theme", "eject", "base.html", "entry.html"]);
    assert!(ok, "{err}");
    assert!(
        out.contains("templates/base.html is the site's own copy already: left as it is")
            && out.contains("copied ")
            && out.contains("entry.html"),
        "{out}"
    );
    assert!(f.path("templates/entry.html").exists());
    assert_eq!(f.read("templates/base.html"), mine);
}

#[test]
fn a_build_warns_when_the_theme_changed_under_an_ejected_copy() {
    let f = Fixture::valid();
    let (ok, _, err) = f.run(&["theme", "eject", "list.html", "search.js"]);
    assert!(ok, "{err}");
    // As if the copy had been made by an older ozyq: its recorded hash differs.
    let copy = f.read("templates/list.html");
    let (first, rest) = copy.split_once('\n').unwrap();
    let hash = first
        .split_whitespace()
        .nth(3)
        .unwrap()
        .trim_end_matches(':');
    let old = first.replace(hash, "0123456789abcdef");
    f.write("templates/list.html", &format!("{old}\n{rest}"));
    let (ok, out, err) = f.run(&["build"]);
    assert!(ok, "a warning does not stop the build: {err}");
    assert!(out.contains(" 1 warning"), "{out}");
    assert!(
        err.contains("warning: templates/list.html:1:1: this copy of the theme's templates/list.html is older than the theme's file"),
        "{err}"
    );
    assert!(
        err.contains(&format!("write {hash} in place of 0123456789abcdef")),
        "{err}"
    );
    assert!(
        !err.contains("search.js"),
        "an unchanged copy is no warning: {err}"
    );
    // A copy of a file the theme no longer has.
    f.write(
        "templates/gone.html",
        "{# ozyq-ejected templates/gone.html 0123456789abcdef: a copy #}\n<p></p>\n",
    );
    let (_, _, err) = f.run(&["build"]);
    assert!(
        err.contains("templates/gone.html:1:1: this file was copied from the theme's templates/gone.html, which the theme no longer has"),
        "{err}"
    );
}

/// A reader that stops reading (`ozyq theme list | head -1`) ends the command
/// quietly: it panicked on the closed pipe.
#[test]
fn output_read_only_in_part_ends_the_command_quietly() {
    let f = Fixture::valid();
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_ozyq"))
        .args(["theme", "list"])
        .current_dir(f.root())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success() && err.is_empty(),
        "{:?} {err}",
        out.status
    );
}

#[test]
fn theme_names_are_found_and_a_typo_is_answered_with_the_nearest() {
    let f = Fixture::valid();
    let (ok, out, _) = f.run(&["theme", "list"]);
    assert!(ok);
    let names: Vec<&str> = out.lines().collect();
    assert!(names.contains(&"templates/base.html"), "{out}");
    assert!(names.contains(&"print/catalogue.typ"), "{out}");
    assert!(
        names.iter().all(|n| ["templates/", "static/", "print/"]
            .iter()
            .any(|p| n.starts_with(p))),
        "only what a site can have its own copy of: {out}"
    );
    let (ok, _, err) = f.run(&["theme", "eject", "bse.html", "list.html"]);
    assert!(!ok);
    assert!(err.contains("the theme has no file `bse.html`"), "{err}");
    assert!(err.contains("did you mean `base.html`?"), "{err}");
    assert!(
        !f.path("templates/list.html").exists(),
        "nothing is copied when one name is wrong"
    );
    // Without names, the command says what it can copy.
    let (ok, out, _) = f.run(&["theme", "eject"]);
    assert!(ok && out.contains("templates/entry.html"), "{out}");
    assert!(!f.path("templates").exists());
}

#[test]
fn new_writes_each_kinds_sections_in_the_titles_language() {
    let f = Fixture::valid();
    for (kind, title, file, lang, heading) in [
        (
            "open-lesson",
            "Бөлшектерді қосу",
            "content/open-lessons/bolshekterdi-qosu.md",
            "kk",
            "## Сабақтың барысы\n",
        ),
        (
            "open-lesson",
            "Сложение дробей",
            "content/open-lessons/slozhenie-drobei.md",
            "ru",
            "## Ход урока\n",
        ),
        (
            "article",
            "Цифровая грамотность",
            "content/articles/tsifrovaia-gramotnost.md",
            "ru",
            "## Список литературы\n",
        ),
        (
            "self-education",
            "Сыни тұрғыдан ойлау",
            "content/self-education/syni-turgydan-oilau.md",
            "kk",
            "## Жұмыс кезеңдері\n",
        ),
        (
            "seminar",
            "Жаңа семинар",
            "content/seminars/zhana-seminar.md",
            "kk",
            "## Күн тәртібі\n",
        ),
        // A kind's name typed on a Russian keyboard.
        (
            "ашык сабак",
            "Көбейту кестесі",
            "content/open-lessons/kobeitu-kestesi.md",
            "kk",
            "## Сабақтың барысы\n",
        ),
    ] {
        let (ok, out, err) = f.run(&["new", kind, title, "--date", "2025-10-14"]);
        assert!(ok, "{err}");
        assert!(out.contains(file), "the path written is printed: {out}");
        let text = f.read(file);
        assert!(text.contains(&format!("\nlang: {lang}\n")), "{text}");
        assert!(text.contains(heading), "{kind} in {lang}: {text}");
    }
    // An author's id data/authors.yaml does not have is refused with the
    // nearest, and nothing is written; a name or a known id is taken.
    let args = ["new", "seminar", "Авторлы семинар", "--date", "2025-10-14"];
    let (ok, _, err) = f.run(&[&args[..], &["--author", "abenova"]].concat());
    assert!(
        !ok && err.contains("`abenova`") && err.contains("abenova-g"),
        "{err}"
    );
    assert!(!f.path("content/seminars/avtorly-seminar.md").exists());
    let (ok, _, err) = f.run(
        &[
            &args[..],
            &[
                "--author",
                "abenova-g",
                "--author",
                "Сейітова Жанар",
                "--author",
                "омаров",
            ],
        ]
        .concat(),
    );
    assert!(ok, "{err}");
    // A surname alone, typed on a Russian keyboard, is written as the one
    // teacher's id it names (a build would take it for a guest's name); a name
    // no teacher has, as it is.
    let text = f.read("content/seminars/avtorly-seminar.md");
    assert!(
        text.contains("authors: [\"abenova-g\", \"Сейітова Жанар\", \"omarov-n\"]"),
        "{text}"
    );
    // A title typed without quotes is one title all the same.
    let (ok, _, err) = f.run(&["new", "seminar", "Тема", "урока", "--date", "2025-10-14"]);
    assert!(ok, "{err}");
    let text = f.read("content/seminars/tema-uroka.md");
    assert!(text.contains("title: \"Тема урока\"\n"), "{text}");
    // --lang wins over the guess.
    let (ok, _, err) = f.run(&[
        "new",
        "article",
        "Тест",
        "--lang",
        "en",
        "--date",
        "2025-10-14",
    ]);
    assert!(ok, "{err}");
    let text = f.read("content/articles/test.md");
    assert!(
        text.contains("\nlang: en\n") && text.contains("## Abstract\n"),
        "{text}"
    );
    // But not over a Kazakh title: `--lang ru` is also the language of messages.
    let (ok, _, err) = f.run(&[
        "--lang",
        "ru",
        "new",
        "seminar",
        "Сабақтағы жұптық жұмыс",
        "--date",
        "2025-10-14",
    ]);
    assert!(ok, "{err}");
    let text = f.read("content/seminars/sabaqtagy-zhuptyq-zhumys.md");
    assert!(text.contains("\nlang: kk\n"), "{text}");
    // A Latin title on a Kazakh site takes --lang.
    let (ok, _, err) = f.run(&[
        "new",
        "article",
        "Critical thinking",
        "--lang",
        "en",
        "--date",
        "2025-10-14",
    ]);
    assert!(ok, "{err}");
    let text = f.read("content/articles/critical-thinking.md");
    assert!(text.contains("\nlang: en\n"), "{text}");
}

#[test]
fn new_bundle_makes_a_folder_for_the_entrys_files() {
    let f = Fixture::valid();
    let (ok, out, err) = f.run(&[
        "new",
        "open-lesson",
        "Жаңа сабақ",
        "--bundle",
        "--date",
        "2025-10-14",
    ]);
    assert!(ok, "{err}");
    assert!(out.contains("open-lessons/zhana-sabaq/index.md"), "{out}");
    assert!(out.contains("photos and files"), "{out}");
    f.write_bytes("content/open-lessons/zhana-sabaq/plan.pdf", b"%PDF-1.4\n");
    let page = f
        .read("content/open-lessons/zhana-sabaq/index.md")
        .replace("technology:  ", "technology: Кейс")
        + "[Жоспар](plan.pdf)\n";
    f.write("content/open-lessons/zhana-sabaq/index.md", &page);
    f.build_ok();
    assert!(
        f.path("output/open-lessons/zhana-sabaq/index.html")
            .is_file()
    );
    assert!(f.path("output/open-lessons/zhana-sabaq/plan.pdf").is_file());
    // A second entry of that name, as a file or a folder, is refused.
    for extra in [&["--bundle"][..], &[]] {
        let mut args = vec!["new", "open-lesson", "Жаңа сабақ", "--date", "2025-10-14"];
        args.extend_from_slice(extra);
        let (ok, _, err) = f.run(&args);
        assert!(!ok && err.contains("already exists"), "{err}");
    }
    assert!(!f.path("content/open-lessons/zhana-sabaq.md").exists());
    // A year in two digits is year 25: refused at once, with the year in full.
    let (ok, _, err) = f.run(&["new", "seminar", "Семинар", "--date", "14.10.25"]);
    assert!(!ok, "{err}");
    assert!(
        err.contains("`14.10.25` is not a date") && err.contains("--date 14.10.2025"),
        "{err}"
    );
    assert!(!f.path("content/seminars/seminar.md").exists());
}

#[test]
fn new_outside_a_site_says_where_a_site_is() {
    let dir = tempfile::tempdir().unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_ozyq"))
        .env("OZYQ_LANG", "en")
        .args(["new", "article", "Мақала"])
        .current_dir(dir.path())
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success());
    assert!(!err.contains("error: error"), "{err}");
    assert!(err.contains("config.yaml"), "{err}");
    assert!(err.contains("ozyq init"), "{err}");
}

/// Line `n` (1-based) of `text` replaced by `line`.
fn with_line(text: &str, n: usize, line: &str) -> String {
    let mut lines: Vec<&str> = text.lines().collect();
    lines[n - 1] = line;
    lines.join("\n") + "\n"
}

#[test]
fn errors_in_ejected_copies_name_the_lines_the_files_have() {
    let f = Fixture::valid();
    let (ok, _, err) = f.run(&["theme", "eject", "list.html", "catalogue.typ"]);
    assert!(ok, "{err}");
    // The copies' first lines are ozyq's marker; the errors are further down.
    let list = f.read("templates/list.html");
    f.write("templates/list.html", &with_line(&list, 3, "{% if %}"));
    let (ok, _, err) = f.run(&["build"]);
    assert!(!ok);
    assert!(err.contains("templates/list.html:3:"), "{err}");
    assert!(!err.contains("never closed"), "{err}");
    // A block left open is told where it opens, not at the end of the file.
    f.write(
        "templates/list.html",
        &with_line(&list, 5, "{% if site.title %}"),
    );
    let (ok, _, err) = f.run(&["build"]);
    assert!(!ok);
    assert!(
        err.contains("templates/list.html:5:1: `{% if %}` is never closed: the template ends before its `{% endif %}`"),
        "{err}"
    );
    f.write("templates/list.html", &list);
    // The card, rendered apart from the pages that show it, is told at its own
    // line, with Tera's message on one line.
    let (ok, _, err) = f.run(&["theme", "eject", "partials/card.html"]);
    assert!(ok, "{err}");
    let card = f.read("templates/partials/card.html");
    f.write(
        "templates/partials/card.html",
        &with_line(&card, 3, "<span>{{ page.title }}</span>"),
    );
    let (ok, _, err) = f.run(&["build"]);
    assert!(!ok);
    assert!(
        err.contains("error: templates/partials/card.html:3:10: "),
        "{err}"
    );
    assert!(
        !err.contains("(built-in theme)") && !err.contains("\\n"),
        "{err}"
    );
    f.write("templates/partials/card.html", &card);
    // Tera 1's macros are Tera 2's components: the hint says so.
    f.write(
        "templates/macros.html",
        "{% macro badge(text) %}{{ text }}{% endmacro badge %}\n",
    );
    let (ok, _, err) = f.run(&["build"]);
    assert!(!ok);
    assert!(
        err.contains("templates/macros.html:1:")
            && err.contains("which has components instead of macros"),
        "{err}"
    );
    std::fs::remove_file(f.path("templates/macros.html")).unwrap();
    let layout = f.read("print/catalogue.typ");
    let n = layout.lines().count() - 1;
    let last = layout.lines().nth(n - 1).unwrap();
    f.write(
        "print/catalogue.typ",
        &with_line(&layout, n, &format!("{last} #no-such-function()")),
    );
    let (ok, _, err) = f.run(&["build"]);
    assert!(!ok);
    assert!(err.contains(&format!("print/catalogue.typ:{n}:")), "{err}");
}

/// `ozyq new` takes a kind by its name as well as its id, and offers the
/// items of its year's plan of that kind (not those done or cancelled) in a
/// comment beside an empty `plan:`, which a build reads as no item.
#[test]
fn new_takes_a_kinds_name_and_offers_its_years_plan_items() {
    let f = Fixture::new();
    f.write(
        "content/plan/2025-2026.yaml",
        "- id: 3\n  title: «Сандық сауаттылық» семинары\n  form: семинар\n  when: қазан\n\
         - id: 4\n  title: Өткен семинар\n  form: seminar\n  when: қыркүйек\n  status: done\n\
         - id: 5\n  title: Дәріс\n  form: lecture\n  when: қазан\n\
         - id: 6\n  title: |\n    Көшірілген\n    семинар\n  form: seminar\n  when: қазан\n  status: moved\n  to: қараша\n  reason: ауру\n",
    );
    let (ok, out, err) = f.run(&[
        "new",
        "Оқу-әдістемелік семинар баяндамасы",
        "Жаңа баяндама",
        "--date",
        "2025-10-14",
    ]);
    assert!(ok, "{err}");
    assert!(out.contains("content/seminars/zhana-baiandama.md"), "{out}");
    let text = f.read("content/seminars/zhana-baiandama.md");
    assert!(
        text.contains("\nplan: []               # 2025–2026 жоспарындағы осы түрдің тармақтары, id бойынша: 3 «„Сандық сауаттылық“ семинары», 6 «Көшірілген семинар»\n"),
        "{text}"
    );
    // Another year's entry, with no plan: no line. The kind as a plan's
    // `form:` may write it («семинар»).
    let (ok, _, err) = f.run(&["new", "семинар", "Басқа баяндама", "--date", "2024-10-14"]);
    assert!(ok, "{err}");
    assert!(
        !f.read("content/seminars/basqa-baiandama.md")
            .contains("plan:")
    );
    // The empty `plan:` is no item, and no mistake.
    let (ok, _, err) = f.run(&["check"]);
    assert!(ok && !err.contains("error"), "{err}");
}

/// A kind's folder made a link to another folder: `ozyq new` writes nothing
/// there (the build would not read it, and the file would be outside the site).
#[cfg(unix)]
#[test]
fn new_writes_nothing_through_a_linked_kind_folder() {
    let f = Fixture::valid();
    let elsewhere = tempfile::tempdir().unwrap();
    std::fs::remove_dir_all(f.path("content/open-lessons")).unwrap();
    std::os::unix::fs::symlink(elsewhere.path(), f.path("content/open-lessons")).unwrap();
    let (ok, _, err) = f.run(&["new", "open-lesson", "Жаңа сабақ"]);
    assert!(!ok);
    assert!(
        err.contains("content/open-lessons is a link to another folder"),
        "{err}"
    );
    assert_eq!(std::fs::read_dir(elsewhere.path()).unwrap().count(), 0);
}
