//! A site in Kazakh and Russian: translations are one work, each language has its
//! listings under its own folder, the switch and `hreflang` lead to the same page
//! in the other language, and a site in one language is as before.

mod common;

use common::Fixture;

const LANGUAGES: &str = "languages:\n  kk:\n  ru:\n    title: Тестовый сайт\n";

/// A Kazakh lesson with its Russian translation (a bundle with a shared file), a
/// Kazakh seminar without one, and a Russian article without one.
fn bilingual(extra_config: &str) -> Fixture {
    let f = Fixture::new();
    f.write(
        "config.yaml",
        &format!("{}{LANGUAGES}{extra_config}", common::CONFIG),
    );
    f.write(
        "content/_index.md",
        "---\ntitle: Басты бет\n---\nОТМ туралы.\n",
    );
    f.write("content/_index.ru.md", "---\ntitle: Главная\n---\nО ШПО.\n");
    let lesson = "date: 2025-10-14\nauthors: abenova-g\nattachments: [plan.pdf]\n";
    f.write(
        "content/open-lessons/sabaq/index.md",
        &format!("---\ntitle: Қазақ тілі сабағы\n{lesson}tags: [сабақ]\n---\nСабақтың жоспары.\n"),
    );
    f.write(
        "content/open-lessons/sabaq/index.ru.md",
        &format!("---\ntitle: Урок казахского языка\n{lesson}tags: [урок]\n---\nПлан урока казахского языка.\n"),
    );
    f.write_bytes("content/open-lessons/sabaq/plan.pdf", b"%PDF-1.4\n%%EOF\n");
    f.write(
        "content/seminars/sem.md",
        "---\ntitle: Сыни ойлау семинары\ndate: 2025-11-02\nauthors: omarov-n\n---\nСеминар мәтіні.\n",
    );
    f.write(
        "content/articles/statya.md",
        "---\ntitle: Читательская грамотность\ndate: 2025-12-01\nauthors: omarov-n\nlang: ru\n---\nТекст статьи о грамотности.\n",
    );
    f.write(
        "content/pages/about.md",
        "---\ntitle: Сайт туралы\nslug: about\nmenu: 1\n---\nМәтін.\n",
    );
    f.write(
        "content/pages/about.ru.md",
        "---\ntitle: О сайте\nslug: about\nmenu: 1\n---\nТекст.\n",
    );
    f
}

/// The `href`s of the `hreflang` links in a page's head, by language.
fn hreflang(html: &str) -> Vec<(String, String)> {
    html.match_indices("<link rel=\"alternate\" hreflang=\"")
        .map(|(i, m)| {
            let rest = &html[i + m.len()..];
            let code = &rest[..rest.find('"').unwrap()];
            let href = rest.split("href=\"").nth(1).unwrap();
            (
                code.to_string(),
                href[..href.find('"').unwrap()].to_string(),
            )
        })
        .collect()
}

/// The language switch of a page: (code, href).
fn switch(html: &str) -> Vec<(String, String)> {
    let nav = &html[html
        .find("<nav class=\"lang-switch\"")
        .expect("a language switch")..];
    let nav = &nav[..nav.find("</nav>").unwrap()];
    nav.split("<a href=\"")
        .skip(1)
        .map(|a| {
            let href = &a[..a.find('"').unwrap()];
            let code = a.split("lang=\"").nth(1).unwrap();
            (
                code[..code.find('"').unwrap()].to_string(),
                href.to_string(),
            )
        })
        .collect()
}

#[test]
fn translations_are_one_work_in_two_languages() {
    let f = bilingual("");
    // The summary counts works, and their translations apart.
    let out = f.build_ok();
    assert!(
        out.starts_with("built 3 entries and 1 translation, "),
        "{out}"
    );
    let kk = f.read("output/open-lessons/sabaq/index.html");
    let ru = f.read("output/ru/open-lessons/sabaq/index.html");
    assert!(kk.contains("<html lang=\"kk\"") && kk.contains("Қазақ тілі сабағы"));
    assert!(ru.contains("<html lang=\"ru\"") && ru.contains("Урок казахского языка"));
    // The Russian page's chrome is Russian, and its title the Russian site's.
    assert!(ru.contains("Тестовый сайт"), "{ru}");

    // hreflang: both pages name both, absolute, the same way round.
    let expected = vec![
        (
            "kk".to_string(),
            "https://college.example/otm/open-lessons/sabaq/".to_string(),
        ),
        (
            "ru".to_string(),
            "https://college.example/otm/ru/open-lessons/sabaq/".to_string(),
        ),
    ];
    assert_eq!(hreflang(&kk), expected);
    assert_eq!(hreflang(&ru), expected);

    // The switch leads to the translation.
    assert_eq!(
        switch(&kk)[1],
        ("ru".into(), "../../ru/open-lessons/sabaq/index.html".into())
    );
    assert_eq!(
        switch(&ru)[0],
        ("kk".into(), "../../../open-lessons/sabaq/index.html".into())
    );

    // The bundle's file is copied once and both pages link to it.
    assert!(f.path("output/open-lessons/sabaq/plan.pdf").is_file());
    assert!(!f.path("output/ru/open-lessons/sabaq/plan.pdf").exists());
    assert!(
        ru.contains("href=\"../../../open-lessons/sabaq/plan.pdf\""),
        "{ru}"
    );

    // Counted once: the site has three works, in each language.
    for home in ["output/index.html", "output/ru/index.html"] {
        let html = f.read(home);
        assert!(html.contains("<strong>3</strong>"), "{home}: {html}");
    }
    // The sitemap pairs them too.
    let sitemap = f.read("output/sitemap.xml");
    assert!(sitemap.contains("xmlns:xhtml=\"http://www.w3.org/1999/xhtml\""));
    let line = (sitemap.lines())
        .find(|l| l.contains("<loc>https://college.example/otm/ru/open-lessons/sabaq/</loc>"))
        .expect("the translation in the sitemap");
    assert!(line.contains("<xhtml:link rel=\"alternate\" hreflang=\"kk\" href=\"https://college.example/otm/open-lessons/sabaq/\"/><xhtml:link rel=\"alternate\" hreflang=\"ru\" href=\"https://college.example/otm/ru/open-lessons/sabaq/\"/>"), "{line}");
    // The catalogue shows the work once.
    let catalogue = f.read("output/catalogue/2025-2026/index.html");
    assert_eq!(
        catalogue.matches("Қазақ тілі сабағы").count(),
        1,
        "{catalogue}"
    );
    // … with its Russian title beside.
    assert_eq!(
        catalogue.matches("Урок казахского языка").count(),
        1,
        "{catalogue}"
    );
    assert!(catalogue.contains("Орысша атауы"), "{catalogue}");
}

#[test]
fn each_language_has_its_listings_with_the_untranslated_works_marked() {
    let f = bilingual("");
    f.build_ok();
    for page in [
        "ru/index.html",
        "ru/open-lessons/index.html",
        "ru/years/2025-2026/index.html",
        "ru/authors/omarov-n/index.html",
        "ru/authors/index.html",
        "ru/tags/index.html",
        "ru/tags/urok/index.html",
        "ru/404.html",
        "ru/atom.xml",
        "ru/search/index.html",
        "ru/search/index.js",
        "ru/about/index.html",
    ] {
        assert!(f.path(&format!("output/{page}")).is_file(), "{page}");
    }
    // A server shows the main language's 404 page at `ru/…` too: it speaks Russian
    // as well, and leads to the Russian home page.
    let missing = f.read("output/404.html");
    assert!(
        missing.contains(
            "<p class=\"not-found-elsewhere\" lang=\"ru\">Страница не найдена. <a href=\""
        ) && missing.contains("ru/index.html\" hreflang=\"ru\">Вернуться на главную</a></p>"),
        "{missing}"
    );
    assert!(
        !f.read("output/ru/404.html")
            .contains("class=\"not-found-elsewhere\"")
    );
    // A Kazakh tag on the Russian pages is marked as Kazakh.
    f.write(
        "content/seminars/sem.md",
        "---\ntitle: Сыни ойлау семинары\ndate: 2025-11-02\nauthors: omarov-n\ntags: [әдістеме]\n---\nСеминар мәтіні.\n",
    );
    f.build_ok();
    let tags = f.read("output/ru/tags/index.html");
    assert!(tags.contains("<span lang=\"kk\">әдістеме</span>"), "{tags}");
    assert!(!tags.contains("lang=\"kk\">урок"), "{tags}");
    let tag = f.read("output/ru/tags/adisteme/index.html");
    assert!(tag.contains("<h1 lang=\"kk\">#әдістеме</h1>"), "{tag}");
    let kk = f.read("output/seminars/sem/index.html");
    assert!(
        kk.contains(">#әдістеме</a>") && !kk.contains("lang=\"kk\">#"),
        "{kk}"
    );
    // The Russian listing of seminars shows the Kazakh seminar, marked.
    let ru_sem = f.read("output/ru/seminars/index.html");
    assert!(ru_sem.contains("Сыни ойлау семинары"));
    assert!(
        ru_sem.contains("<span class=\"lang-mark\" title=\"Қазақша\">KK</span>"),
        "{ru_sem}"
    );
    // Its page stays in Kazakh, and its switch leads to the Russian home.
    let sem = f.read("output/seminars/sem/index.html");
    assert_eq!(switch(&sem)[1], ("ru".into(), "../../ru/index.html".into()));
    assert!(
        sem.contains("Русский<small class=\"lang-home\" lang=\"kk\">(басты бет)</small></a>"),
        "the switch says it leads to the home page: {sem}"
    );
    let translated = f.read("output/index.html");
    assert!(!translated.contains("lang-home"), "{translated}");
    assert!(
        hreflang(&sem).is_empty(),
        "a page without a translation has no hreflang"
    );
    // The Russian article lives under ru/ and is listed, marked, in Kazakh.
    assert!(f.path("output/ru/articles/statya/index.html").is_file());
    let kk_art = f.read("output/articles/index.html");
    assert!(kk_art.contains("ru/articles/statya/index.html"), "{kk_art}");
    assert!(kk_art.contains("title=\"Русский\">RU</span>"));
    // A translation appears in its own language's listings, not in the other's.
    let kk_lessons = f.read("output/open-lessons/index.html");
    assert!(kk_lessons.contains("Қазақ тілі сабағы") && !kk_lessons.contains("Урок казахского"));
    let ru_lessons = f.read("output/ru/open-lessons/index.html");
    assert!(ru_lessons.contains("Урок казахского") && !ru_lessons.contains("Қазақ тілі сабағы"));
    // The catalogue and the report are made in Kazakh only: a Russian page's
    // links to them say so, and the Kazakh pages' do not.
    let mark = "<span class=\"lang-mark\" title=\"Қазақша\">KK</span></a>";
    let ru_home = f.read("output/ru/index.html");
    for dir in ["catalogue", "report"] {
        let link = format!("<a href=\"../{dir}/2025-2026/index.html\" hreflang=\"kk\">");
        let at = ru_home
            .find(&link)
            .unwrap_or_else(|| panic!("{link}\n{ru_home}"));
        let end = at + ru_home[at..].find("</a>").unwrap() + 4;
        assert!(ru_home[at..end].ends_with(mark), "{}", &ru_home[at..end]);
    }
    assert!(
        !f.read("output/index.html")
            .contains("class=\"lang-mark\" title=\"Қазақша\"")
    );
    // Menus show the page in their language.
    assert!(f.read("output/ru/index.html").contains(">О сайте</a>"));
    assert!(f.read("output/index.html").contains(">Сайт туралы</a>"));
    // Each language's search shows its own files of the works.
    let js = f.read("output/ru/search/index.js");
    assert!(js.contains("\"shown\":["), "{js}");
    assert!(js.contains("\"lang\":\"ru\""));
    // The home page's text is the language's own.
    assert!(f.read("output/ru/index.html").contains("О ШПО."));
    // A portfolio names its kinds in its language.
    let ru_author = f.read("output/ru/authors/omarov-n/index.html");
    assert!(ru_author.contains("Семинары") && !ru_author.contains("Семинарлар"));
    assert!(
        f.read("output/authors/omarov-n/index.html")
            .contains("Семинарлар")
    );
}

/// Every local link and source of every HTML page of `out`: those that lead to no file.
fn broken_links(out: &std::path::Path) -> Vec<String> {
    let mut broken = Vec::new();
    for f in walkdir::WalkDir::new(out)
        .into_iter()
        .filter_map(Result::ok)
    {
        let p = f.path();
        if p.extension().is_none_or(|x| x != "html") {
            continue;
        }
        let html = std::fs::read_to_string(p).unwrap();
        for attr in ["href=\"", "src=\""] {
            for part in html.split(attr).skip(1) {
                let link = &part[..part.find('"').unwrap()];
                let link = link.split(['#', '?']).next().unwrap();
                if link.is_empty() || link.contains(':') || link.starts_with('/') {
                    continue;
                }
                let target = p.parent().unwrap().join(link);
                let target = if link.ends_with('/') {
                    target.join("index.html")
                } else {
                    target
                };
                if !target.exists() {
                    broken.push(format!(
                        "{}: {link}",
                        p.strip_prefix(out).unwrap().display()
                    ));
                }
            }
        }
    }
    broken
}

#[test]
fn every_link_of_both_languages_leads_to_a_file() {
    let f = bilingual("");
    f.build_ok();
    let portfolio = f.read("output/ru/authors/abenova-g/index.html");
    assert!(portfolio.contains("portfolio.pdf"), "{portfolio}");
    assert_eq!(broken_links(&f.path("output")), Vec::<String>::new());
    // A year's catalogue and report, in the main language only, lead a Russian
    // reader to the Russian home page, saying so.
    for page in ["catalogue", "report"] {
        let dir = std::fs::read_dir(f.path(&format!("output/{page}"))).unwrap();
        let year = dir
            .map(|d| d.unwrap().file_name())
            .find(|n| n != "index.html")
            .unwrap();
        let html = f.read(&format!(
            "output/{page}/{}/index.html",
            year.to_string_lossy()
        ));
        assert!(
            html.contains("<a href=\"../../ru/index.html\" lang=\"ru\" hreflang=\"ru\">Русский<small class=\"lang-home\""),
            "{page}: {html}"
        );
    }
    let f = bilingual("untranslated: hide\n");
    f.build_ok();
    assert_eq!(broken_links(&f.path("output")), Vec::<String>::new());
    // A teacher whose works are none of them Russian has no Russian page
    // (links there lead to the Kazakh one); one with no works yet has.
    let statya = "content/articles/statya.md";
    f.write(statya, &f.read(statya).replace("lang: ru\n", ""));
    f.build_ok();
    assert_eq!(broken_links(&f.path("output")), Vec::<String>::new());
    assert!(!f.path("output/ru/authors/omarov-n").exists());
    assert!(f.path("output/ru/authors/kasymova-a/index.html").is_file());
    let authors = f.read("output/ru/authors/index.html");
    assert!(
        !authors.contains("omarov-n") && authors.contains("abenova-g"),
        "{authors}"
    );
    assert!(
        f.read("output/ru/index.html")
            .contains("<strong>2</strong>")
    );
    // A department without Russian works has no Russian page: its teacher's
    // Russian page names it without a link.
    f.write(
        "content/bulletins/vestnik.ru.md",
        "---\ntitle: Вестник\ndate: 2025-11-05\nauthors: omarov-n\ndepartment: it\nnumber: 1\n---\nТекст.\n",
    );
    f.build_ok();
    assert_eq!(broken_links(&f.path("output")), Vec::<String>::new());
    assert!(!f.path("output/ru/departments/lang/index.html").exists());
    let page = f.read("output/ru/authors/omarov-n/index.html");
    assert!(page.contains("<dd>Тілдер бөлімі</dd>"), "{page}");
}

#[test]
fn a_site_can_list_only_what_is_written_in_each_language() {
    let f = bilingual("untranslated: hide\n");
    f.build_ok();
    let kk_art = f.read("output/articles/index.html");
    assert!(!kk_art.contains("statya"), "{kk_art}");
    let ru_sem = f.read("output/ru/seminars/index.html");
    assert!(!ru_sem.contains("Сыни ойлау"), "{ru_sem}");
}

/// `strings:` changes the main language's words; each language's own go under
/// it in `languages:`.
#[test]
fn each_language_may_change_its_own_ui_strings() {
    let f = bilingual("");
    f.write(
        "config.yaml",
        &format!(
            "{}strings:\n  latest: Жаңалары\nlanguages:\n  kk:\n  ru:\n    strings:\n      latest: Свежее\n",
            common::CONFIG
        ),
    );
    f.build_ok();
    assert!(f.read("output/index.html").contains("Жаңалары"));
    let ru = f.read("output/ru/index.html");
    assert!(ru.contains("Свежее") && !ru.contains("Жаңалары"), "{ru}");
}

#[test]
fn one_language_sites_read_language_suffixes_as_before() {
    let f = Fixture::valid();
    f.write(
        "content/seminars/sem.ru.md",
        "---\ntitle: Семинар\ndate: 2024-11-03\nauthors: omarov-n\n---\nТекст.\n",
    );
    f.build_ok();
    assert!(f.path("output/seminars/sem-ru/index.html").is_file());
    assert!(!f.path("output/ru").exists());
    let html = f.read("output/seminars/sem/index.html");
    assert!(!html.contains("lang-switch") && !html.contains("hreflang"));
    // The home page's and an entry folder's translations, left when `ru` was
    // taken out of `languages:`, are left out with the warning that says so.
    f.write("content/_index.md", "---\ntitle: Басты\n---\nМәтін.\n");
    f.write("content/_index.ru.md", "---\ntitle: Главная\n---\nТекст.\n");
    f.write(
        "content/seminars/bum/index.md",
        "---\ntitle: Бума\ndate: 2024-11-03\nauthors: omarov-n\n---\nМәтін.\n",
    );
    f.write(
        "content/seminars/bum/index.ru.md",
        "---\ntitle: Пакет\ndate: 2024-11-03\n---\nТекст.\n",
    );
    let (ok, _, err) = f.run(&["build"]);
    assert!(ok, "{err}");
    for file in ["content/_index.ru.md", "content/seminars/bum/index.ru.md"] {
        assert!(
            err.contains(&format!(
                "warning: {file}:1:1: a translation into `ru`, which the site is not published in"
            )),
            "{err}"
        );
    }
    assert!(!f.read("output/index.html").contains("Главная"));
    // Written in capitals, as Windows lets a file be named, they are the same.
    std::fs::remove_file(f.path("content/seminars/bum/index.ru.md")).unwrap();
    f.write(
        "content/seminars/bum/Index.RU.md",
        "---\ntitle: Пакет\ndate: 2024-11-03\n---\nТекст.\n",
    );
    let (ok, _, err) = f.run(&["build"]);
    assert!(ok, "{err}");
    assert!(
        err.contains("warning: content/seminars/bum/Index.RU.md:1:1: a translation into `ru`"),
        "{err}"
    );
    std::fs::remove_file(f.path("content/seminars/bum/Index.RU.md")).unwrap();
    // `sem.ru.md`, a work of its own here, removed: its address says it was
    // withdrawn, and does not lead to `sem.md`, another work.
    std::fs::remove_file(f.path("content/seminars/sem.ru.md")).unwrap();
    let (ok, out, err) = f.run(&["build"]);
    assert!(ok, "{err}");
    assert!(out.contains("withdrawn: seminars/sem-ru/"), "{out}");
    assert!(!out.contains("moved:"), "{out}");
}

#[test]
fn translation_mistakes_are_reported_at_their_files() {
    let f = bilingual("");
    // A language the site is not published in.
    f.write(
        "content/seminars/sem.en.md",
        "---\ntitle: Seminar\ndate: 2025-11-02\nauthors: omarov-n\n---\nText.\n",
    );
    // A translation dated otherwise than its original.
    f.write(
        "content/seminars/sem.ru.md",
        "---\ntitle: Семинар\ndate: 2025-11-05\nauthors: omarov-n\n---\nТекст.\n",
    );
    let out = f.build_ok();
    let (_, _, err) = f.run(&["check"]);
    let all = format!("{out}{err}");
    assert!(
        all.contains("sem.en.md") && all.contains("`en`, which the site is not published in"),
        "{all}"
    );
    assert!(
        all.contains(
            "sem.ru.md:1:1: this translation's date differs from that of content/seminars/sem.md"
        ),
        "{all}"
    );
    assert!(!f.path("output/en").exists());

    // `lang:` saying otherwise than the file's name: the name wins, and says so.
    f.write(
        "content/articles/statya.ru.md",
        "---\ntitle: Сауаттылық\ndate: 2025-12-01\nauthors: omarov-n\nlang: kk\n---\nМәтін.\n",
    );
    let (_, _, err) = f.run(&["build"]);
    assert!(
        err.contains("content/articles/statya.ru.md:5:1: `lang: kk` is ignored: the file's name says it is the `ru` version"),
        "{err}"
    );
    std::fs::remove_file(f.path("content/articles/statya.ru.md")).unwrap();
    // A file's name may spell the language as `lang:` may (`rus`, `kz`): the
    // file is the seminar's Russian version, not a work of its own.
    std::fs::rename(
        f.path("content/seminars/sem.ru.md"),
        f.path("content/seminars/sem.rus.md"),
    )
    .unwrap();
    f.build_ok();
    assert!(f.path("output/ru/seminars/sem/index.html").is_file());
    assert!(!f.path("output/ru/seminars/sem-rus").exists());
    std::fs::rename(
        f.path("content/seminars/sem.rus.md"),
        f.path("content/seminars/sem.ru.md"),
    )
    .unwrap();

    // Two Russian files of one work.
    f.write(
        "content/seminars/sem.md",
        "---\ntitle: Семинар по-русски\ndate: 2025-11-02\nauthors: omarov-n\nlang: ru\n---\nТекст.\n",
    );
    let err = f.build_fails();
    assert!(
        err.contains("is also the `ru` version of this work"),
        "{err}"
    );

    // An unknown language in config.yaml, located.
    f.write(
        "config.yaml",
        &format!("{}languages: [kk, fr]\n", common::CONFIG),
    );
    let err = f.build_fails();
    assert!(
        err.contains("config.yaml:5") && err.contains("unknown language `fr`"),
        "{err}"
    );
}

/// A translation that does not repeat `authors:` is by its original's authors, in
/// their department: its page names them, and it is among their works in its
/// language; a kind that requires authors takes them as written.
#[test]
fn a_translation_without_authors_is_by_its_original_s() {
    let f = bilingual("");
    let config = f.read("config.yaml");
    f.write(
        "config.yaml",
        &format!("{config}kinds:\n  - id: open_lesson\n  - id: seminar\n    required: [authors]\n  - id: article\n"),
    );
    f.write(
        "content/seminars/sem.ru.md",
        "---\ntitle: Семинар о критическом мышлении\ndate: 2025-11-02\nexhibit: true\nsummary: О семинаре.\n---\nТекст семинара.\n",
    );
    let out = f.build_ok();
    assert!(!out.contains("sem.ru.md"), "{out}");
    let page = f.read("output/ru/seminars/sem/index.html");
    assert!(page.contains("ru/authors/omarov-n/"), "{page}");
    assert!(page.contains("ru/departments/lang/"), "{page}");
    let author = f.read("output/ru/authors/omarov-n/index.html");
    assert!(
        author.contains("Семинар о критическом мышлении"),
        "{author}"
    );
}

/// A translation whose front matter has an error is checked as text in the same
/// build: a broken link in it is reported, and the file it shares with its
/// original's folder is not called missing.
#[test]
fn a_translation_with_a_front_matter_error_has_its_text_checked() {
    let f = bilingual("");
    f.write(
        "content/open-lessons/sabaq/index.ru.md",
        "---\ntitle: Урок казахского языка\ndate: 99.10.2025\nauthors: abenova-g\n---\n[План](plan.pdf), [нет](net.pdf)\n",
    );
    let err = f.build_fails();
    let errors: Vec<&str> = err.lines().filter(|l| l.starts_with("error: ")).collect();
    let index = "error: content/open-lessons/sabaq/index.ru.md";
    assert!(
        errors.contains(&format!("{index}:3:7: `99.10.2025` is not a valid date").as_str()),
        "{err}"
    );
    assert!(
        errors.contains(
            &format!("{index}:6:19: the link `net.pdf` points to a file that does not exist")
                .as_str()
        ),
        "{err}"
    );
    assert_eq!(errors.len(), 2, "{err}");
    assert!(!err.contains("no page links to"), "{err}");
}

/// Names, departments, dates and order follow the page's language: an author whose
/// Kazakh name begins with Ө comes after «Оспанов» on Kazakh pages (Ө follows О) and
/// before him on Russian ones, where her name is «Омирбекова».
#[test]
fn names_dates_and_order_follow_each_language() {
    let f = bilingual("");
    f.write(
        "data/authors.yaml",
        &format!(
            "{}- id: omirbekova-d\n  name: {{kk: Өмірбекова Дана, ru: Омирбекова Дана}}\n  department: it\n  position: {{kk: Информатика оқытушысы, ru: Преподаватель информатики}}\n- id: ospanov-e\n  name: Оспанов Ерлан\n  department: it\n  position: Физика оқытушысы\n",
            common::AUTHORS
        ),
    );
    for (file, author) in [("a.md", "omirbekova-d"), ("b.md", "ospanov-e")] {
        f.write(
            &format!("content/seminars/{file}"),
            &format!(
                "---\ntitle: Семинар {author}\ndate: 2025-11-02\nauthors: {author}\n---\nМәтін.\n"
            ),
        );
    }
    f.write(
        "content/articles/c.md",
        "---\ntitle: Статья\ndate: 2025-11-02\nauthors: ospanov-e\nlang: ru\n---\nТекст.\n",
    );
    f.build_ok();
    let order = |page: &str, first: &str, second: &str| {
        let html = f.read(page);
        let (a, b) = (html.find(first), html.find(second));
        assert!(
            a.is_some() && b.is_some() && a < b,
            "{page}: {first} before {second}\n{html}"
        );
    };
    order("output/authors/index.html", "Оспанов", "Өмірбекова");
    // A job title in each language shows in each; one given in Kazakh only says
    // so on the Russian page (its words are read out as Kazakh).
    let dd = |page: &str, text: &str| {
        let html = f.read(page);
        let at = html
            .find(&format!(">{text}</dd>"))
            .unwrap_or_else(|| panic!("{page}: {text}\n{html}"));
        let open = html[..at].rfind("<dd").unwrap();
        html[open..at].to_string()
    };
    assert_eq!(
        dd(
            "output/ru/authors/omirbekova-d/index.html",
            "Преподаватель информатики"
        ),
        "<dd"
    );
    assert_eq!(
        dd(
            "output/authors/omirbekova-d/index.html",
            "Информатика оқытушысы"
        ),
        "<dd"
    );
    assert_eq!(
        dd("output/ru/authors/ospanov-e/index.html", "Физика оқытушысы"),
        "<dd lang=\"kk\""
    );
    assert_eq!(
        dd("output/authors/ospanov-e/index.html", "Физика оқытушысы"),
        "<dd"
    );
    order("output/ru/authors/index.html", "Омирбекова", "Оспанов");
    assert!(
        !f.read("output/ru/authors/index.html")
            .contains("Өмірбекова")
    );
    // Her Russian page names her department in Russian, her Kazakh one in Kazakh.
    let ru = f.read("output/ru/authors/omirbekova-d/index.html");
    assert!(
        ru.contains("Омирбекова Дана") && ru.contains("Отделение ИТ"),
        "{ru}"
    );
    let kk = f.read("output/authors/omirbekova-d/index.html");
    assert!(
        kk.contains("Өмірбекова Дана") && kk.contains("Ақпараттық технологиялар бөлімі"),
        "{kk}"
    );
    // Dates in each language's words.
    let time = |page: &str| {
        let html = f.read(page);
        let at = html
            .find("<time datetime=\"2025-11-02\">")
            .expect("the entry's date");
        let rest = &html[at..];
        rest[rest.find('>').unwrap() + 1..rest.find("</time>").unwrap()].to_string()
    };
    assert!(time("output/seminars/a/index.html").contains("қараша"));
    assert!(time("output/ru/articles/c/index.html").contains("ноября"));
}

/// The Russian form a noun takes after `n`: 1, 21 материал; 2–4 материала;
/// 5–20, 0 материалов.
fn russian_form(n: u64, [one, few, many]: [&'static str; 3]) -> &'static str {
    match (n % 10, n % 100) {
        (1, m) if m != 11 => one,
        (2..=4, m) if !(12..=14).contains(&m) => few,
        _ => many,
    }
}

#[test]
fn russian_pages_say_each_count_with_the_noun_in_its_form() {
    let f = bilingual("");
    for i in 0..21 {
        f.write(
            &format!("content/articles/r{i}.md"),
            &format!("---\ntitle: Статья {i}\ndate: 2025-11-02\nauthors: omarov-n\nlang: ru\n---\nТекст.\n"),
        );
    }
    f.build_ok();
    let materials = ["материал", "материала", "материалов"];
    // The home page's figures, a kind's listing, and the counts only screen
    // readers hear beside each kind, tag and year.
    let home = f.read("output/ru/index.html");
    let mut checked = 0;
    for (at, _) in home.match_indices("</strong> <span>") {
        let n: u64 = home[home[..at].rfind('>').unwrap() + 1..at]
            .parse()
            .unwrap();
        let rest = &home[at + "</strong> <span>".len()..];
        let word = &rest[..rest.find('<').unwrap()];
        let forms = match word {
            w if w.contains("автор") => ["автор", "автора", "авторов"],
            w if w.contains("учебн") => ["учебный год", "учебных года", "учебных лет"],
            _ => materials,
        };
        assert_eq!(
            word,
            russian_form(n, forms),
            "«{n} {word}» on the home page"
        );
        checked += 1;
    }
    assert_eq!(checked, 3, "{home}");
    // 23 Russian works and the seminar not translated, listed in Russian too.
    assert!(
        home.contains("<strong>24</strong> <span>материала</span>"),
        "{home}"
    );
    let list = f.read("output/ru/articles/index.html");
    assert!(list.contains("22 материала"), "{list}");
    let tags = f.read("output/ru/tags/index.html");
    assert!(
        tags.contains("1<span class=\"visually-hidden\"> материал</span>"),
        "{tags}"
    );
    // Kazakh keeps one form.
    assert!(f.read("output/index.html").contains("материал</span>"));
}

/// A Kazakh translation of a Russian original takes the facts it does not
/// write (the journal, its issue, the pages) from it: on its page, in the
/// catalogue (which prints the work by its file in the site's first language)
/// and in the portfolio.
#[test]
fn a_translation_takes_the_facts_it_does_not_write_from_its_original() {
    let f = bilingual("");
    f.write(
        "content/articles/statya.md",
        "---\ntitle: Читательская грамотность\ndate: 2025-12-01\nauthors: omarov-n\nlang: ru\n\
         journal: Русский язык в школе\nissue: \"6\"\npages: 31-35\n---\nТекст статьи.\n",
    );
    f.write(
        "content/articles/statya.kk.md",
        "---\ntitle: Оқу сауаттылығы\ndate: 2025-12-01\nissue: \"7\"\n---\nМақала мәтіні.\n",
    );
    f.build_ok();
    let kk = f.read("output/articles/statya/index.html");
    let ru = f.read("output/ru/articles/statya/index.html");
    for (page, issue) in [(&kk, "7"), (&ru, "6")] {
        assert!(page.contains("Русский язык в школе"), "{page}");
        assert!(page.contains("31-35") || page.contains("31–35"), "{page}");
        assert!(page.contains(&format!(">{issue}<")), "{page}");
    }
    let catalogue = f.read("output/catalogue/2025-2026/index.html");
    assert!(catalogue.contains("Оқу сауаттылығы"), "{catalogue}");
    assert!(catalogue.contains("Русский язык в школе"), "{catalogue}");
    // The report cites the work as it was published: the Russian original, with
    // its issue, not the Kazakh translation the Kazakh listings show.
    let report = f.read("output/report/2025-2026/index.html");
    assert!(
        report.contains("Омаров Н. Читательская грамотность / Н. Омаров // Русский язык в школе. — 2025. — № 6. — С. 31–35."),
        "{report}"
    );
    assert!(!report.contains("Оқу сауаттылығы"), "{report}");
    // The translation removed, its address leads to the original (under ru/),
    // as a removed Russian translation's leads to its Kazakh original.
    std::fs::remove_file(f.path("content/articles/statya.kk.md")).unwrap();
    let out = f.build_ok();
    assert!(
        out.contains("moved: articles/statya/ now leads to ru/articles/statya/"),
        "{out}"
    );
    let page = f.read("output/articles/statya/index.html");
    assert!(
        page.contains(
            "http-equiv=\"refresh\" content=\"0; url=../../ru/articles/statya/index.html\""
        ),
        "{page}"
    );
}

/// A translation that writes no `slug:` is at its original's address in its
/// language's folder, the original's `slug:` included; one that writes its
/// own is there.
#[test]
fn a_translation_is_at_its_original_s_slug_unless_it_has_its_own() {
    let f = bilingual("");
    f.write(
        "content/seminars/sem.md",
        "---\ntitle: Сыни ойлау семинары\ndate: 2025-11-02\nauthors: omarov-n\nslug: syni-oilau\n---\nСеминар мәтіні.\n",
    );
    f.write(
        "content/seminars/sem.ru.md",
        "---\ntitle: Семинар\ndate: 2025-11-02\n---\nТекст.\n",
    );
    f.write(
        "content/articles/statya.kk.md",
        "---\ntitle: Оқу сауаттылығы\ndate: 2025-12-01\nslug: oqu\n---\nМақала мәтіні.\n",
    );
    f.build_ok();
    for page in [
        "output/seminars/syni-oilau/index.html",
        "output/ru/seminars/syni-oilau/index.html",
        "output/ru/articles/statya/index.html",
        "output/articles/oqu/index.html",
    ] {
        assert!(f.path(page).is_file(), "{page}");
    }
    assert!(!f.path("output/ru/seminars/sem").exists());
}

/// An original renamed while its translation keeps the old name: the
/// translation, now a work of its own, is warned of with the name to give it.
#[test]
fn a_translation_left_behind_by_its_renamed_original_is_told() {
    let f = bilingual("");
    f.write(
        "content/seminars/sem.ru.md",
        "---\ntitle: Семинар\ndate: 2025-11-02\n---\nТекст.\n",
    );
    f.build_ok();
    std::fs::rename(
        f.path("content/seminars/sem.md"),
        f.path("content/seminars/syni-oilau.md"),
    )
    .unwrap();
    let (ok, _, err) = f.run(&["build"]);
    assert!(ok, "{err}");
    assert!(
        err.contains("warning: content/seminars/sem.ru.md:1:1: content/seminars/sem.md, which this file translates, was renamed content/seminars/syni-oilau.md")
            && err.contains("hint: rename it as well: content/seminars/syni-oilau.ru.md"),
        "{err}"
    );
    // Said again in the next build, until it is mended.
    let (ok, _, again) = f.run(&["build"]);
    assert!(
        ok && again.contains("which this file translates, was renamed"),
        "{again}"
    );
    std::fs::rename(
        f.path("content/seminars/sem.ru.md"),
        f.path("content/seminars/syni-oilau.ru.md"),
    )
    .unwrap();
    let (ok, _, err) = f.run(&["build"]);
    assert!(ok && !err.contains("which this file translates"), "{err}");
}

/// The college's name and city, and the footer, in each language: in the
/// header, the footer (ended as a sentence) and the structured data; a text
/// config.yaml does not know is told at its own line.
#[test]
fn the_college_is_named_in_each_language() {
    let f = Fixture::new();
    let languages = "languages:\n  kk:\n  ru:\n    title: Тестовый сайт\n    college: Тестовый колледж\n    city: Петропавловск\n    footer: г. Петропавловск\n";
    f.write(
        "config.yaml",
        &format!("{}city: Петропавл\n{languages}", common::CONFIG),
    );
    f.write(
        "content/articles/statya.md",
        "---\ntitle: Статья\ndate: 2025-12-01\nauthors: omarov-n\nlang: ru\n---\nТекст.\n",
    );
    f.build_ok();
    let ru = f.read("output/ru/articles/statya/index.html");
    assert!(ru.contains("Тестовый колледж, Петропавловск"), "{ru}");
    assert!(ru.contains("г. Петропавловск. "), "{ru}");
    assert!(
        ru.contains(
            "\"publisher\":{\"@type\":\"EducationalOrganization\",\"name\":\"Тестовый колледж\"}"
        ),
        "{ru}"
    );
    let kk = f.read("output/index.html");
    assert!(kk.contains("Тест колледжі, Петропавл"), "{kk}");
    f.write(
        "config.yaml",
        &format!("{}{languages}    town: Петропавловск\n", common::CONFIG),
    );
    let err = f.build_fails();
    let line = common::CONFIG.lines().count() + languages.lines().count() + 1;
    assert!(err.contains(&format!("config.yaml:{line}:")), "{err}");
}

/// The Russian authors' list groups Ё with Е, as Russian sorts it: one «Е»
/// between «Д» and «Ж», not «Е Ё Е».
#[test]
fn russian_pages_group_yo_with_ye() {
    let f = bilingual("");
    let people = [
        ("egorova", "Егорова Анна"),
        ("yolkina", "Ёлкина Елена"),
        ("ershova", "Ершова Ольга"),
    ];
    let mut authors = common::AUTHORS.to_string();
    for (id, ru) in people {
        authors.push_str(&format!(
            "- id: {id}\n  name: {{kk: {ru}, ru: {ru}}}\n  department: it\n"
        ));
        f.write(
            &format!("content/seminars/{id}.md"),
            &format!("---\ntitle: Семинар {id}\ndate: 2025-11-02\nauthors: {id}\n---\nМәтін.\n"),
        );
    }
    f.write("data/authors.yaml", &authors);
    f.build_ok();
    let page = f.read("output/ru/authors/index.html");
    let bar = &page[page.find("<nav class=\"letters\"").unwrap()..];
    let bar = &bar[..bar.find("</nav>").unwrap()];
    assert_eq!(bar.matches(">Е<").count(), 1, "{bar}");
    assert!(!bar.contains(">Ё<"), "{bar}");
    let (e, y, r) = (
        page.find("Егорова").unwrap(),
        page.find("Ёлкина").unwrap(),
        page.find("Ершова").unwrap(),
    );
    assert!(e < y && y < r, "{page}");
}
