//! Building fixture sites and inspecting the pages they produce.

mod common;
use common::Fixture;

#[test]
fn builds_every_kind_of_page() {
    let f = Fixture::valid();
    let out = f.build_ok();
    assert!(out.starts_with("built 4 entries, "), "{out}");
    assert!(out.contains("1 draft left out"), "{out}");
    for page in [
        "index.html",
        "404.html",
        "atom.xml",
        "sitemap.xml",
        "robots.txt",
        "open-lessons/index.html",
        "open-lessons/qazaq/index.html",
        "seminars/sem/index.html",
        "articles/maqala/index.html",
        "articles/maqala/plan.pdf",
        "articles/maqala/cover.svg",
        "years/index.html",
        "years/2025-2026/index.html",
        "years/2024-2025/index.html",
        "authors/index.html",
        "authors/abenova-g/index.html",
        "authors/seiitova-zhanar/index.html",
        "departments/it/index.html",
        "tags/tsifrlyq/index.html",
        "regulation/index.html",
        "static/style.css",
    ] {
        assert!(
            f.path(&format!("output/{page}")).is_file(),
            "missing output/{page}"
        );
    }
    // The draft is left out, and nothing links to it.
    assert!(!f.path("output/articles/ekinshi-maqala").exists());
}

#[test]
fn entry_page_shows_fields_and_resolved_links() {
    let f = Fixture::valid();
    f.build_ok();
    let html = f.read("output/open-lessons/qazaq/index.html");
    assert!(html.contains(">Қазақ тілі ашық сабағы</h1>"), "{html}");
    assert!(html.contains("href=\"../../seminars/sem/index.html\""));
    assert!(html.contains("<h2 id=\"maqsaty\">Мақсаты</h2>"));
    assert!(html.contains("href=\"#barysy\""), "table of contents");
    assert!(html.contains("ПО-21") && html.contains("Кейс-стади"));
    assert!(html.contains("href=\"../../authors/abenova-g/index.html\""));
    assert!(html.contains("Педагог-шебер"));
    assert!(
        html.contains("<time datetime=\"2025-10-14\">2025\u{202f}ж. 14 қазан</time>"),
        "Kazakh date"
    );
    assert!(html.contains("class=\"table-wrap\""));
    assert!(html.contains(
        "<link rel=\"canonical\" href=\"https://college.example/otm/open-lessons/qazaq/\">"
    ));
    assert!(html.contains("\"@type\":\"LearningResource\""));
    // All links stay relative, so the site works from file:// and under a sub-path.
    assert!(!html.contains("href=\"/"), "no root-absolute links");
}

/// Printed without `base_url`, an attachment's address is its file's name as
/// written, not percent-encoded.
#[test]
fn an_attachment_prints_its_file_name_without_a_base_url() {
    let f = Fixture::valid();
    f.write(
        "config.yaml",
        &common::CONFIG.replace("base_url: https://college.example/otm/\n", ""),
    );
    f.write(
        "content/articles/jospar/index.md",
        "---\ntitle: Жоспар\ndate: 2025-03-02\nauthors: abenova-g\nattachments: [\"оқу жоспары #2.pdf\"]\n---\nМәтін.\n",
    );
    f.write(
        "content/articles/jospar/оқу жоспары #2.pdf",
        "%PDF-1.4\n%%EOF\n",
    );
    f.build_ok();
    let html = f.read("output/articles/jospar/index.html");
    assert!(
        html.contains("<span class=\"print-only print-url\">оқу жоспары #2.pdf</span>"),
        "{html}"
    );
}

#[test]
fn article_has_attachments_cover_and_scholar_meta() {
    let f = Fixture::valid();
    f.build_ok();
    let html = f.read("output/articles/maqala/index.html");
    assert!(html.contains("<html lang=\"ru\">"));
    assert!(
        html.contains("href=\"../../articles/maqala/plan.pdf\" download>Жоспар</a>"),
        "{html}"
    );
    assert!(html.contains("PDF, 1 КБ"));
    assert!(html.contains("<img src=\"../../articles/maqala/cover.svg\""));
    assert!(
        html.contains("<img src=\"../../articles/maqala/cover.svg\" alt=\"сурет\""),
        "body image rewritten"
    );
    assert!(html.contains("<meta name=\"citation_title\" content=\"Мақала\">"));
    assert!(html.contains("<meta name=\"citation_author\" content=\"Қасымова Айгерім\">"));
    assert!(html.contains("<meta name=\"citation_firstpage\" content=\"12\">"));
    assert!(html.contains("<meta name=\"citation_lastpage\" content=\"15\">"));
    assert!(html.contains("\"@type\":\"ScholarlyArticle\""));
}

#[test]
fn seminar_level_is_normalised_and_translated() {
    let f = Fixture::valid();
    f.build_ok();
    let html = f.read("output/seminars/sem/index.html");
    assert!(html.contains("<dd>Облыстық</dd>"), "{html}");
    assert!(html.contains("\"@type\":\"Event\""));
    // The footnote is gathered at the end, linked both ways, its names in Kazakh.
    assert!(
        html.contains(
            "<section class=\"footnotes\" aria-label=\"Ескертпелер\"><ol><li id=\"fn-1\" value=\"1\">"
        ),
        "{html}"
    );
    assert!(html.contains("<a href=\"#fn-1\">1</a>"));
    assert!(
        html.contains("href=\"#fnref-1\" class=\"footnote-back\" aria-label=\"Мәтінге оралу\"")
    );
}

#[test]
fn listings_are_paginated_newest_first() {
    let f = Fixture::valid();
    f.build_ok();
    let list = f.read("output/articles/index.html");
    let first = list
        .find("Бірінші мақала")
        .expect("newest article on page 1");
    let second = list.find(">Мақала</a>").expect("older article on page 1");
    assert!(first < second, "newest first");
    f.write(
        "config.yaml",
        &common::CONFIG.replace("page_size: 2", "page_size: 1"),
    );
    f.build_ok();
    let list = f.read("output/articles/index.html");
    assert!(
        list.contains("href=\"../articles/page/2/index.html\""),
        "{list}"
    );
    let page2 = f.read("output/articles/page/2/index.html");
    assert!(page2.contains(">Мақала</a>") && !page2.contains("Бірінші мақала"));
    // A year's, a department's and a tag's listing lead back to their lists.
    let crumbs = |path: &str| {
        let html = f.read(path);
        let start = html.find("<nav class=\"breadcrumbs").expect("breadcrumbs");
        let end = start + html[start..].find("</nav>").unwrap();
        html[start..end].to_string()
    };
    let year = crumbs("output/years/2025-2026/page/2/index.html");
    assert!(
        year.contains("href=\"../../../../years/index.html\">Оқу жылдары</a>"),
        "{year}"
    );
    let tag = crumbs("output/tags/syni-oilau/index.html");
    assert!(tag.contains(">Тегтер</a>"), "{tag}");
    let department = crumbs("output/departments/it/index.html");
    assert!(department.contains(">Бөлімдер</a>"), "{department}");
    assert!(!crumbs("output/articles/index.html").contains("index.html\">Оқу"));
}

#[test]
fn authors_are_in_kazakh_alphabetical_order() {
    let f = Fixture::valid();
    f.build_ok();
    let html = f.read("output/authors/index.html");
    let pos = |name: &str| html.find(name).unwrap_or_else(|| panic!("{name} missing"));
    // Ә after А-words would come first in code-point order; Kazakh order: Ә, К, Қ, О, С.
    assert!(pos("Әбенова") < pos("Қасымова"));
    assert!(pos("Қасымова") < pos("Омаров"));
    assert!(pos("Омаров") < pos("Сейітова"));
    let portfolio = f.read("output/authors/abenova-g/index.html");
    let (newer, older) = (
        portfolio.find("2025–2026").unwrap(),
        portfolio.find("2024–2025").unwrap(),
    );
    assert!(
        newer < older,
        "portfolio groups works by year, newest first"
    );
    assert!(portfolio.contains("Ашық сабақтар") && portfolio.contains("Мақалалар"));
}

#[test]
fn feeds_and_sitemap_use_base_url() {
    let f = Fixture::valid();
    f.write(
        "content/bulletins/nobody.md",
        "---\ntitle: Бюллетень\ndate: 01.02.2025\nnumber: 3\n---\nМәтін\n",
    );
    f.build_ok();
    let atom = f.read("output/atom.xml");
    // A work without authors has the feed's (RFC 4287 wants one or the other),
    // and each entry the day it was published as well as the day it changed.
    let head = &atom[..atom.find("<entry>").unwrap()];
    assert!(head.contains("<author><name>"), "{head}");
    let entry = atom
        .split("<entry>")
        .find(|e| e.contains("nobody"))
        .unwrap();
    assert!(entry.contains("<published>2025-02-01T"), "{entry}");
    assert!(!entry.contains("<author>"), "{entry}");
    assert!(
        atom.contains("<id>https://college.example/otm/articles/b-rinsh-maqala/</id>")
            || atom.contains("https://college.example/otm/articles/b/"),
        "{atom}"
    );
    let sitemap = f.read("output/sitemap.xml");
    assert!(sitemap.contains("<loc>https://college.example/otm/</loc>"));
    assert!(sitemap.contains("<loc>https://college.example/otm/regulation/</loc>"));
    assert!(
        f.read("output/robots.txt")
            .contains("Sitemap: https://college.example/otm/sitemap.xml")
    );
}

#[test]
fn bom_and_crlf_files_are_accepted() {
    let f = Fixture::valid();
    f.write_bytes(
        "content/bulletins/win.md",
        "\u{feff}---\r\ntitle: Бюллетень\r\ndate: 01.02.2025\r\nnumber: 3\r\n---\r\nМәтін\r\n"
            .as_bytes(),
    );
    f.build_ok();
    let html = f.read("output/bulletins/win/index.html");
    assert!(html.contains(">Бюллетень</h1>"));
}

#[test]
fn check_writes_nothing() {
    let f = Fixture::valid();
    let (ok, out, err) = f.run(&["check"]);
    assert!(ok, "{err}");
    assert!(out.starts_with("checked 4 entries"), "{out}");
    assert!(!f.path("output").exists());
}

#[test]
fn site_templates_override_the_theme() {
    let f = Fixture::valid();
    f.write(
        "templates/404.html",
        "{% extends \"base.html\" %}{% block content %}<p>Жоқ бет</p>{% endblock content %}",
    );
    f.build_ok();
    assert!(f.read("output/404.html").contains("<p>Жоқ бет</p>"));
}

/// A `themes/default/` holding only a changed template replaces the whole
/// built-in theme: that is said first, with the way to change one file.
#[test]
fn a_default_theme_folder_with_a_few_files_is_told_apart() {
    let f = Fixture::valid();
    f.write(
        "themes/default/templates/base.html",
        "<!doctype html><title>x</title>{% block content %}{% endblock content %}",
    );
    let (ok, _, err) = f.run(&["build"]);
    assert!(!ok, "the theme's other files are missing");
    assert!(
        err.contains("themes/default/ takes the place of the theme built into ozyq, and lacks "),
        "{err}"
    );
    assert!(err.contains("and delete themes/default/"), "{err}");
}

#[test]
fn ui_language_and_string_overrides() {
    let f = Fixture::valid();
    f.write(
        "config.yaml",
        &format!(
            "{}language: ru\nstrings:\n  authors: Преподаватели\n",
            common::CONFIG
        ),
    );
    f.build_ok();
    let html = f.read("output/open-lessons/qazaq/index.html");
    assert!(html.contains("14 октября 2025\u{202f}г."), "Russian date");
    assert!(f.read("output/index.html").contains("Преподаватели"));
}

#[test]
fn renamed_and_added_kinds_from_config() {
    let f = Fixture::valid();
    f.write(
        "config.yaml",
        &format!(
            "{}kinds:\n  - id: open_lesson\n    folder: open-lessons\n    required: [technology]\n  - id: seminar\n  - id: article\n  - id: plan\n    folder: plans\n    label: {{kk: Жұмыс жоспары, ru: План работы}}\n",
            common::CONFIG
        ),
    );
    f.write(
        "content/plans/p.md",
        "---\ntitle: Жоспар 2025\ndate: 2025-09-01\n---\n",
    );
    f.build_ok();
    assert!(f.path("output/plans/p/index.html").is_file());
    assert!(f.read("output/plans/index.html").contains("Жұмыс жоспары"));
}

/// An entry folder's file named `Index.md` or `INDEX.MD` (Windows keeps the
/// case as typed and does not tell it apart) is its `index.md`: the entry
/// takes the folder's name, with its photo beside it.
#[test]
fn an_entry_folder_s_index_md_is_found_in_any_case() {
    let f = Fixture::valid();
    let entry = "---\ntitle: Ашық сабақ\ndate: 2025-10-01\nauthors: abenova-g\nsummary: С.\n---\n![Тақта](board.svg)\n";
    f.write("content/open-lessons/b2/Index.md", entry);
    f.write(
        "content/open-lessons/b2/board.svg",
        "<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
    );
    let second = entry.replace("Ашық сабақ", "Екінші сабақ");
    f.write(
        "content/open-lessons/b3/INDEX.MD",
        second.split("![").next().unwrap(),
    );
    let (ok, _, err) = f.run(&["build"]);
    assert!(ok, "{err}");
    assert!(
        f.read("output/open-lessons/b2/index.html")
            .contains("board.svg")
    );
    assert!(f.path("output/open-lessons/b2/board.svg").is_file());
    assert!(
        f.read("output/open-lessons/b3/index.html")
            .contains("Екінші сабақ")
    );
    assert!(!f.path("output/open-lessons/index").exists());
    assert!(!err.contains("content/open-lessons/b2"), "{err}");
}

#[test]
fn a_new_site_s_title_keeps_its_quotes_and_backslashes() {
    let tmp = tempfile::tempdir().unwrap();
    let site = tmp.path().join("s");
    let title = r#"Колледж "Озық" \x мектебі"#;
    let run = |args: &[&std::ffi::OsStr], dir: &std::path::Path| {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_ozyq"))
            .env("OZYQ_LANG", "en")
            .args(args)
            .current_dir(dir)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    };
    run(
        &[
            "init".as_ref(),
            site.as_os_str(),
            "--title".as_ref(),
            title.as_ref(),
        ],
        tmp.path(),
    );
    run(&["build".as_ref()], &site);
    let config: serde_yaml::Value =
        serde_yaml::from_str(&std::fs::read_to_string(site.join("config.yaml")).unwrap()).unwrap();
    assert_eq!(config["title"].as_str(), Some(title));
    let home = std::fs::read_to_string(site.join("output/index.html")).unwrap();
    assert!(
        home.contains("Колледж &quot;Озық&quot; \\x мектебі"),
        "{home}"
    );
}

#[test]
fn new_and_init_make_working_files() {
    let tmp = tempfile::tempdir().unwrap();
    let site = tmp.path().join("менің сайтым");
    let st = std::process::Command::new(env!("CARGO_BIN_EXE_ozyq"))
        .env("OZYQ_LANG", "en")
        .arg("init")
        .arg(&site)
        .output()
        .unwrap();
    assert!(
        st.status.success(),
        "{}",
        String::from_utf8_lossy(&st.stderr)
    );
    // The next steps, one command a line (PowerShell 5.1 has no `&&`), the
    // folder with a space in quotes.
    let said = String::from_utf8_lossy(&st.stdout);
    let steps = format!(
        "next, one command at a time:\n  cd \"{}\"\n  ozyq new open-lesson \"Тақырып\"\n  ozyq build\n",
        site.display()
    );
    assert!(said.ends_with(&steps), "{said}");
    // The theme stays in ozyq (its fixes reach the site with each version); the
    // site has empty folders for its own files over it.
    assert!(!site.join("themes").exists());
    assert!(site.join("templates").is_dir() && site.join("static").is_dir());
    let config = std::fs::read_to_string(site.join("config.yaml")).unwrap();
    assert!(config.contains("\ntheme: default\n"), "{config}");
    // ozyq speaks English here, but the site is the college's, in Kazakh: so is
    // its home page's text (the config's comments are the reader's).
    assert!(config.contains("\nlanguage: kk\n"), "{config}");
    assert!(
        config.contains("\ntitle: \"Озық тәжірибе мектебі\"\n"),
        "{config}"
    );
    // In Russian, a Russian site with the School's Russian name.
    let ru = tmp.path().join("ru");
    let st = std::process::Command::new(env!("CARGO_BIN_EXE_ozyq"))
        .args(["--lang", "ru", "init"])
        .arg(&ru)
        .output()
        .unwrap();
    assert!(st.status.success());
    let config_ru = std::fs::read_to_string(ru.join("config.yaml")).unwrap();
    assert!(
        config_ru.contains("\ntitle: \"Школа передового опыта\"\n")
            && config_ru.contains("\nlanguage: ru\n"),
        "{config_ru}"
    );
    // A Kazakh title on a computer set to Russian makes a Kazakh site, and
    // says so.
    let kk = tmp.path().join("kk");
    let st = std::process::Command::new(env!("CARGO_BIN_EXE_ozyq"))
        .args(["--lang", "ru", "init"])
        .arg(&kk)
        .args(["--title", "Озық тәжірибе мектебі"])
        .output()
        .unwrap();
    assert!(st.status.success());
    let config_kk = std::fs::read_to_string(kk.join("config.yaml")).unwrap();
    assert!(config_kk.contains("\nlanguage: kk\n"), "{config_kk}");
    let said = String::from_utf8_lossy(&st.stdout);
    assert!(said.contains("язык сайта: kk"), "{said}");
    // A Cyrillic title without Kazakh letters does not make a Kazakh reader's
    // site Russian.
    let kk2 = tmp.path().join("kk2");
    let st = std::process::Command::new(env!("CARGO_BIN_EXE_ozyq"))
        .args(["--lang", "kk", "init"])
        .arg(&kk2)
        .args(["--title", "Колледж сайты"])
        .output()
        .unwrap();
    assert!(st.status.success());
    let config_kk2 = std::fs::read_to_string(kk2.join("config.yaml")).unwrap();
    assert!(config_kk2.contains("\nlanguage: kk\n"), "{config_kk2}");
    let home = std::fs::read_to_string(site.join("content/_index.md")).unwrap();
    assert!(
        home.contains("Озық педагогикалық тәжірибе мектебінің"),
        "{home}"
    );
    // Ready CI files for GitHub Pages and GitLab Pages: YAML that builds with
    // ozyq and publishes output/ (as public/ for GitLab).
    for (file, needles) in [
        (
            ".github/workflows/pages.yml",
            &[
                "ozyq build",
                "path: output",
                "deploy-pages",
                "fetch-depth: 0",
            ][..],
        ),
        (
            ".gitlab-ci.yml",
            &["ozyq build", "mv output public", "GIT_DEPTH: 0"][..],
        ),
    ] {
        let text = std::fs::read_to_string(site.join(file)).unwrap();
        let yaml: serde_yaml::Value =
            serde_yaml::from_str(&text).unwrap_or_else(|e| panic!("{file}: {e}"));
        assert!(yaml.is_mapping(), "{file}");
        for n in needles {
            assert!(text.contains(n), "{file}: {n}");
        }
        assert!(!text.contains("{ozyq_"), "{file}: every placeholder filled");
    }
    let st = std::process::Command::new(env!("CARGO_BIN_EXE_ozyq"))
        .env("OZYQ_LANG", "en")
        .args([
            "new",
            "open-lesson",
            "Бөлшектерді қосу",
            "--date",
            "2025-10-14",
            "--author",
            "Әбенова Гүлнар",
        ])
        .current_dir(&site)
        .output()
        .unwrap();
    assert!(
        st.status.success(),
        "{}",
        String::from_utf8_lossy(&st.stderr)
    );
    let made = site.join("content/open-lessons/bolshekterdi-qosu.md");
    let text = std::fs::read_to_string(&made).unwrap();
    assert!(
        text.contains("title: \"Бөлшектерді қосу\"")
            && text.contains("technology:")
            && text.contains("group:"),
        "{text}"
    );
    let st = std::process::Command::new(env!("CARGO_BIN_EXE_ozyq"))
        .env("OZYQ_LANG", "en")
        .arg("build")
        .current_dir(&site)
        .output()
        .unwrap();
    assert!(
        st.status.success(),
        "{}",
        String::from_utf8_lossy(&st.stderr)
    );
    assert!(
        site.join("output/open-lessons/bolshekterdi-qosu/index.html")
            .is_file()
    );
    // A new site's pages say nothing of the sample's invented data: the footer
    // holds only what `footer:` in config.yaml writes.
    let home = std::fs::read_to_string(site.join("output/index.html")).unwrap();
    assert!(!home.contains("үлгі ретінде"), "{home}");
    let config = std::fs::read_to_string(site.join("config.yaml")).unwrap();
    std::fs::write(
        site.join("config.yaml"),
        format!("{config}footer: Петропавл қ., Жамбыл к-сі, 2\n"),
    )
    .unwrap();
    let st = std::process::Command::new(env!("CARGO_BIN_EXE_ozyq"))
        .arg("build")
        .current_dir(&site)
        .output()
        .unwrap();
    assert!(st.status.success());
    let home = std::fs::read_to_string(site.join("output/index.html")).unwrap();
    assert!(
        home.contains("footer-note\">Петропавл қ., Жамбыл к-сі, 2. "),
        "{home}"
    );
}

#[test]
fn sample_site_builds_cleanly() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let out = tempfile::tempdir().unwrap();
    let report = ozyq::build::build(&ozyq::build::BuildOptions {
        root: root.to_path_buf(),
        output: Some(out.path().join("site")),
        drafts: false,
        check_only: false,
        spelling: false,
        force: false,
    })
    .unwrap_or_else(|d| panic!("{:#?}", d.sorted()));
    assert!(
        report.entries >= 24,
        "the sample site has at least 24 entries"
    );
    assert_eq!(report.warnings.len(), 0, "{:#?}", report.warnings);
    let reg = std::fs::read_to_string(out.path().join("site/regulation/index.html")).unwrap();
    assert!(reg.contains("Озық тәжірибе мектебі"));
    // The sample articles' journals, as the yearly reports list them (ГОСТ 7.1).
    let reports: String = ["2024-2025", "2025-2026"]
        .iter()
        .map(|y| {
            std::fs::read_to_string(out.path().join(format!("site/report/{y}/index.html"))).unwrap()
        })
        .collect();
    for journal in [
        "// Кәсіптік білім. —",
        "// Педагогика және психология. —",
        "// Информатика негіздері. —",
    ] {
        assert!(reports.contains(journal), "no «{journal}» in the reports");
    }
    assert!(!reports.contains("» журналы"), "a journal keeps its quotes");
}

#[test]
fn rebuild_updates_changed_files_and_removes_stale_ones() {
    let f = Fixture::valid();
    f.build_ok();
    let entry = "output/seminars/sem/index.html";
    let untouched = "output/regulation/index.html";
    let mtime = |rel: &str| std::fs::metadata(f.path(rel)).unwrap().modified().unwrap();
    let before = mtime(untouched);
    std::thread::sleep(std::time::Duration::from_millis(20));
    // Delete one entry and a bundle, change another.
    std::fs::remove_file(f.path("content/articles/b.md")).unwrap();
    std::fs::remove_dir_all(f.path("content/articles/maqala")).unwrap();
    f.write(
        "content/seminars/sem.md",
        "---\ntitle: \"Семинар: цифрлық сауаттылық\"\ndate: 2024-11-02\nauthors: [omarov-n]\n---\nЖаңа мәтін.\n",
    );
    f.build_ok();
    assert!(
        f.read("output/articles/b/index.html")
            .contains("Материал жарияланымнан алынды"),
        "a deleted entry's address says the material was withdrawn"
    );
    assert!(
        !f.path("output/articles/maqala/plan.pdf").exists(),
        "a deleted bundle's files are removed"
    );
    assert!(f.read(entry).contains("Жаңа мәтін."));
    assert_eq!(
        mtime(untouched),
        before,
        "an unchanged page is not rewritten"
    );
    // A clean build of the same files gives the same tree.
    let clean = tempfile::tempdir().unwrap();
    let out = clean.path().join("site");
    let (ok, _, err) = f.run(&["build", "--output", out.to_str().unwrap()]);
    assert!(ok, "{err}");
    let list = |root: &std::path::Path| {
        let mut v: Vec<(String, Vec<u8>)> = walkdir::WalkDir::new(root)
            .into_iter()
            .filter_map(Result::ok)
            .filter(|e| e.file_type().is_file())
            .map(|e| {
                (
                    e.path()
                        .strip_prefix(root)
                        .unwrap()
                        .to_string_lossy()
                        .into_owned(),
                    std::fs::read(e.path()).unwrap(),
                )
            })
            .collect();
        v.sort();
        v
    };
    assert!(
        list(&f.path("output")) == list(&out),
        "the updated output equals a clean build"
    );
}

/// Every relative `href` of `html` (a page in `output/{dir}`) names a file that was written.
#[test]
fn files_changed_or_deleted_by_hand_in_the_output_are_made_again() {
    let f = Fixture::valid();
    f.build_ok();
    let record = f.read("output/.ozyq-manifest");
    assert!(record.starts_with("ozyq-manifest 1\n"), "{record}");
    assert!(record.contains(" regulation/index.html\n"), "{record}");
    // Same size, other bytes: the record alone would call it unchanged.
    let page = "output/regulation/index.html";
    let good = f.read(page);
    let spoiled = good.replacen("<title>", "<titlE>", 1);
    assert_eq!(spoiled.len(), good.len());
    std::thread::sleep(std::time::Duration::from_millis(20));
    f.write(page, &spoiled);
    std::fs::remove_file(f.path("output/index.html")).unwrap();
    f.build_ok();
    assert_eq!(f.read(page), good, "a page changed by hand is made again");
    assert!(
        f.path("output/index.html").is_file(),
        "a deleted page is made again"
    );
}

fn assert_links_resolve(f: &Fixture, dir: &str, html: &str) {
    for (i, _) in html.match_indices(" href=\"") {
        let href = &html[i + 7..];
        let href = &href[..href.find('"').unwrap()];
        if href.starts_with('#') || href.contains(':') {
            continue;
        }
        let path = href.split(['?', '#']).next().unwrap();
        let path = percent_encoding::percent_decode_str(path)
            .decode_utf8()
            .unwrap();
        let file = f.path(&format!("output/{dir}")).join(path.as_ref());
        let file = if path.ends_with('/') {
            file.join("index.html")
        } else {
            file
        };
        assert!(file.is_file(), "{href} → {} is missing", file.display());
    }
}

#[test]
fn body_links_to_odd_file_names_and_to_addresses() {
    let f = Fixture::valid();
    f.write(
        "content/articles/siltemeler/index.md",
        "---\ntitle: Сілтемелер\ndate: 2025-05-05\nauthors: abenova-g\n---\nХат: <info@college.kz>, сайт: www.college.kz, https://college.kz/otm/.\n\nФайлдар: [жоспар](x%23y.pdf), [кесте](100%25-дық.pdf), [ескі](100%-дық.pdf), [бет](../b.md?x=1#top).\n",
    );
    f.write("content/articles/siltemeler/x#y.pdf", "%PDF-1.4\n%%EOF\n");
    f.write(
        "content/articles/siltemeler/100%-дық.pdf",
        "%PDF-1.4\n%%EOF\n",
    );
    f.build_ok();
    let html = f.read("output/articles/siltemeler/index.html");
    assert!(
        html.contains("<a href=\"mailto:info@college.kz\">info@college.kz</a>"),
        "{html}"
    );
    assert!(html.contains("<a href=\"https://www.college.kz\">www.college.kz</a>, "));
    assert!(html.contains("<a href=\"https://college.kz/otm/\">https://college.kz/otm/</a>.</p>"));
    assert!(html.contains("href=\"../../articles/siltemeler/x%23y.pdf\""));
    assert!(html.contains("href=\"../../articles/b/index.html?x=1#top\""));
    assert_links_resolve(&f, "articles/siltemeler", &html);
}

#[test]
fn related_works_rank_by_what_they_share_then_by_nearness_in_days() {
    let f = Fixture::new();
    let entry = |file: &str, title: &str, date: &str, people: &str| {
        f.write(
            &format!("content/seminars/{file}.md"),
            &format!("---\ntitle: {title}\ndate: {date}\n{people}\n---\nМәтін.\n"),
        );
    };
    let (author, tag) = ("authors: abenova-g", "tags: [Тәжірибе]");
    entry("x", "Өзі", "2025-01-10", &format!("{author}\n{tag}"));
    // An author is worth 3, a tag 2; equal scores go nearest in days first, and of
    // two as near, the newer. Five are shown.
    entry("a", "Бірлескен", "2025-01-20", &format!("{author}\n{tag}"));
    entry("b", "Жаңа көрші", "2025-01-11", tag);
    entry("e", "Ескі көрші", "2025-01-09", tag);
    entry("c", "Авторы ортақ", "2025-01-05", author);
    // Two days before, behind three others in the list; three days after, with one
    // between: the nearer in days goes first.
    entry("p", "Екі күн бұрын", "2025-01-08", tag);
    for n in 1..=2 {
        entry(
            &format!("f{n}"),
            &format!("Бөгде {n}"),
            "2025-01-09",
            "authors: omarov-n",
        );
    }
    entry("q", "Үш күн кейін", "2025-01-13", tag);
    entry("d", "Алысырақ", "2024-12-01", tag);
    entry("g", "Ең алыс", "2024-11-01", tag);
    entry("h", "Ортағы жоқ", "2023-06-01", "authors: omarov-n");
    f.build_ok();
    let html = f.read("output/seminars/x/index.html");
    let related = &html[html.find("class=\"related\"").expect("a related section")..];
    let related = &related[..related.find("</section>").unwrap()];
    let order: Vec<usize> = [
        "Бірлескен",
        "Авторы ортақ",
        "Жаңа көрші",
        "Ескі көрші",
        "Екі күн бұрын",
    ]
    .iter()
    .map(|t| {
        related
            .find(&format!(">{t}<"))
            .unwrap_or_else(|| panic!("{t}: {related}"))
    })
    .collect();
    assert!(order.is_sorted(), "{order:?}\n{related}");
    for absent in ["Үш күн кейін", "Алысырақ", "Ең алыс", "Ортағы жоқ", "Өзі"]
    {
        assert!(
            !related.contains(&format!(">{absent}<")),
            "{absent}: {related}"
        );
    }
}

#[test]
fn a_build_started_in_a_folder_of_the_site_builds_the_site() {
    let f = Fixture::valid();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_ozyq"))
        .arg("build")
        .current_dir(f.path("content/articles"))
        .env("OZYQ_LANG", "en")
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(f.path("output/index.html").is_file());
    assert!(!f.path("content/articles/output").exists());
}

/// A teacher whose surname changed keeps her id and lists her former name:
/// works written under it are hers, on her page, with no guest of that name.
#[test]
fn a_former_name_names_the_same_teacher() {
    let f = Fixture::valid();
    f.write(
        "data/authors.yaml",
        &common::AUTHORS.replace(
            "- id: kasymova-a\n  name: Қасымова Айгерім\n",
            "- id: kasymova-a\n  name: Серікбаева Айгерім\n  former_names: [Қасымова Айгерім]\n",
        ),
    );
    f.write(
        "content/articles/eski.md",
        "---\ntitle: Ескі мақала\ndate: 2024-10-01\nauthors: [Қасымова Айгерім]\n---\nМәтін.\n",
    );
    let (ok, _, err) = f.run(&["build"]);
    assert!(ok, "{err}");
    assert!(!err.contains("Қасымова"), "{err}");
    let page = f.read("output/authors/kasymova-a/index.html");
    assert!(
        page.contains("Серікбаева Айгерім") && page.contains("Ескі мақала"),
        "{page}"
    );
    assert!(!f.path("output/authors/qasymova-aigerim").exists());
    // The year's report cites the work by the name it was published under.
    let report = f.read("output/report/2024-2025/index.html");
    assert!(
        report.contains("Қасымова А. Ескі мақала") && !report.contains("Серікбаева А. Ескі"),
        "{report}"
    );
}

/// An entry in Russian on a Kazakh site that writes no `lang:` would be listed,
/// hyphenated and cited as Kazakh: the build says to write it. A short Kazakh
/// title without Kazakh's own letters is no Russian text.
#[test]
fn a_text_in_the_other_language_without_lang_is_told() {
    let f = Fixture::valid();
    f.write(
        "content/articles/ru.md",
        "---\ntitle: Формирование функциональной грамотности\ndate: 2025-10-10\n---\n\
         В статье рассматривается опыт формирования функциональной грамотности студентов \
         колледжа на уроках математики. Описаны приёмы работы с текстом задачи.\n",
    );
    f.write(
        "content/articles/kk.md",
        "---\ntitle: Бастауыш сынып\ndate: 2025-10-11\n---\nБұл мақалада бастауыш сынып \
         оқушыларымен жұмыс тәжірибесі сипатталады. Топтық жұмыс пен рефлексия әдістері қолданылды.\n",
    );
    let (ok, _, err) = f.run(&["build"]);
    assert!(ok, "{err}");
    assert!(
        err.contains("warning: content/articles/ru.md:2:1: the text reads as Russian, but without `lang:` the entry is published as Kazakh")
            && err.contains("hint: write `lang: ru` in its front matter"),
        "{err}"
    );
    assert!(!err.contains("content/articles/kk.md:2:1"), "{err}");
}
