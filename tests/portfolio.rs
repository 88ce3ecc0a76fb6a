//! Teachers' portfolios for attestation (the web page, `portfolio.pdf` and `ozyq
//! portfolio`), letters of thanks, the layouts a site overrides, and PDF/A: every
//! PDF read back with poppler's `pdftotext` and `pdffonts`.

mod common;

use std::process::Command;

use common::Fixture;

/// A site where Әбенова has works over three academic years, with the facts an
/// attestation asks about; Омаров has one; Қасымова none.
fn site() -> Fixture {
    let f = Fixture::new();
    f.write(
        "content/seminars/s.md",
        "---\ntitle: Облыстық семинардағы баяндама\ndate: 2025-11-02\nauthors: [abenova-g]\nlevel: облыстық\nevent: Цифрлық дәуірдегі кәсіптік білім\n---\nМәтін.\n",
    );
    f.write(
        "content/competitions/c.md",
        "---\ntitle: Республикалық олимпиада\ndate: 2025-04-10\nauthors: [abenova-g]\nlevel: республикалық\nresult: бірінші орын\nevent: Кәсіби шеберлік олимпиадасы\n---\nМәтін.\n",
    );
    f.write(
        "content/articles/a.md",
        "---\ntitle: Статья о проектном обучении\ndate: 2024-02-01\nauthors: [abenova-g, omarov-n]\nlang: ru\njournal: «Кәсіптік білім»\nissue: \"4\"\npages: \"23-27\"\n---\nТекст.\n",
    );
    f.write(
        "content/open-lessons/o.md",
        "---\ntitle: Ашық сабақ → нәтиже ∑\ndate: 2025-10-14\nauthors: [abenova-g]\n---\nМәтін.\n",
    );
    f
}

/// What poppler reads from a PDF, with its whitespace made single spaces.
fn pdftotext(path: &std::path::Path) -> String {
    let out = Command::new("pdftotext")
        .args([path.as_os_str(), "-".as_ref()])
        .output()
        .expect("pdftotext (poppler-utils) runs");
    assert!(out.status.success(), "pdftotext {}", path.display());
    String::from_utf8_lossy(&out.stdout)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// The fonts `pdffonts` lists: each line's name and whether it is embedded.
fn pdffonts(path: &std::path::Path) -> Vec<(String, bool)> {
    let out = Command::new("pdffonts")
        .arg(path)
        .output()
        .expect("pdffonts (poppler-utils) runs");
    assert!(out.status.success(), "pdffonts {}", path.display());
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    // name type encoding emb sub uni object ID: `emb` is the fourth column
    // from the right (emb sub uni obj gen).
    text.lines()
        .skip(2)
        .map(|l| {
            let cols: Vec<&str> = l.split_whitespace().collect();
            let emb = cols.len() >= 5 && cols[cols.len() - 5] == "yes";
            (cols.first().unwrap_or(&"").to_string(), emb)
        })
        .collect()
}

/// Whether the PDF says it is PDF/A-2b in its XMP metadata.
fn is_pdf_a_2b(path: &std::path::Path) -> bool {
    let bytes = std::fs::read(path).unwrap();
    let text = String::from_utf8_lossy(&bytes);
    text.contains("<pdfaid:part>2</pdfaid:part>")
        && text.contains("<pdfaid:conformance>B</pdfaid:conformance>")
}

#[test]
fn a_portfolio_shows_each_work_with_its_facts_on_the_web_and_in_its_pdf() {
    let f = site();
    f.build_ok();
    let page = f.read("output/authors/abenova-g/index.html");
    for needle in [
        "authors/abenova-g/portfolio.pdf\" download",
        // The count by kind and level, levels in their order, with the places
        // a narrow column may break them.
        "<th scope=\"col\">Об\u{AD}лыс\u{AD}тық</th><th scope=\"col\">Рес\u{AD}пуб\u{AD}ли\u{AD}ка\u{AD}лық</th>",
        // Each work's facts, in words.
        "<span class=\"muted\">Іс-шара:</span> Цифрлық дәуірдегі кәсіптік білім",
        "<span class=\"muted\">Деңгейі:</span> Облыстық",
        "<span class=\"muted\">Нәтижесі:</span>",
        "<span class=\"muted\">Журнал, жинақ:</span> «Кәсіптік білім»",
        // A joint work names the others who wrote it, as the PDF does.
        "<span class=\"muted\">Бірлескен авторлар:</span> <a href=\"../../authors/omarov-n/index.html\">Омаров Нұрлан</a>",
    ] {
        assert!(page.contains(needle), "{needle}\n{page}");
    }
    // Омаров's page names her on the same work.
    let his = f.read("output/authors/omarov-n/index.html");
    assert!(his.contains("Бірлескен авторлар:</span> <a href=\"../../authors/abenova-g/index.html\">Әбенова Гүлнар</a>"), "{his}");
    let pdf = f.path("output/authors/abenova-g/portfolio.pdf");
    let text = pdftotext(&pdf);
    for needle in [
        "Әбенова Гүлнар",
        "Педагог-шебер",
        "Оқытушы",
        "Ақпараттық технологиялар бөлімі",
        // The years it covers: from the first work's to the last's.
        "2023–2026",
        "2025–2026 оқу жылы",
        "2023–2024 оқу жылы",
        "Облыстық семинардағы баяндама",
        "Іс-шара: Цифрлық дәуірдегі кәсіптік білім",
        "Деңгейі: Республикалық",
        "Журнал, жинақ: «Кәсіптік білім»",
        "Статья о проектном обучении",
        // Where an article was published, as an attestation checks it.
        "Нөмірі: 4",
        "Беттері: 23–27",
        // A joint work names the others who wrote it.
        "Бірлескен авторлар: Омаров Нұрлан",
        "Ашық сабақ → нәтиже ∑",
        "Жұмыстар түрі мен деңгейі бойынша",
    ] {
        assert!(text.contains(needle), "{needle}\n{text}");
    }
    // Newest first: this year's seminar before last year's olympiad.
    assert!(
        text.find("Облыстық семинардағы").unwrap() < text.find("Республикалық олимпиада").unwrap()
    );
    // Its QR codes are read back in tests/qr_codes.rs; on a screen each opens
    // its page as a link.
    let raw = std::fs::read(&pdf).unwrap();
    let uri = b"/S/URI/URI(https://college.example/otm/seminars/s/)";
    assert!(
        raw.windows(uri.len()).any(|w| w == uri),
        "no link to the seminar"
    );
    let fonts = pdffonts(&pdf);
    assert!(
        !fonts.is_empty() && fonts.iter().all(|(_, emb)| *emb),
        "{fonts:?}"
    );
    // The arrow and the sum sign come from the fallback font: still PDF/A.
    assert!(is_pdf_a_2b(&pdf));
    // Омаров has one work; Қасымова none: no PDF and no link.
    assert!(f.path("output/authors/omarov-n/portfolio.pdf").is_file());
    // Typed without quotes, first name first: the words of one author's name.
    let (ok, out, err) = f.run(&["portfolio", "Нұрлан", "Омаров", "--years", "2023-2024"]);
    assert!(ok, "{err}");
    assert!(out.contains("Омаров Нұрлан"), "{out}");
    assert!(!f.path("output/authors/kasymova-a/portfolio.pdf").exists());
    assert!(
        !f.read("output/authors/kasymova-a/index.html")
            .contains("portfolio.pdf")
    );
}

/// A title, an event or a co-author's name pasted by mistake (33,000 letters)
/// is cut in the portfolio as in the catalogue: the PDF is made, and stays
/// PDF/A (the PDF writer stopped on a text run over 64 KB).
#[test]
fn a_text_pasted_by_mistake_is_cut_in_the_portfolio() {
    let f = site();
    let long = "Ы".repeat(33_000);
    f.write(
        "content/seminars/long.md",
        &format!("---\ntitle: \"Ұзақ {long}\"\ndate: 2025-11-03\nauthors: [abenova-g, \"{long}\"]\nevent: \"{long}\"\n---\nМәтін.\n"),
    );
    let (ok, _, err) = f.run(&["build"]);
    assert!(ok, "{}", &err[..err.len().min(2000)]);
    assert!(!err.contains("panicked"));
    let pdf = f.path("output/authors/abenova-g/portfolio.pdf");
    let text = pdftotext(&pdf);
    assert!(
        text.contains("Ұзақ ЫЫЫ"),
        "{}",
        &text[..text.len().min(2000)]
    );
    assert!(text.len() < 20_000, "cut: {} bytes", text.len());
    assert!(is_pdf_a_2b(&pdf));
}

/// An emoji in a title or an event has no glyph in the print fonts: the PDFs
/// leave it out and stay PDF/A, and every build says so at its place, in the
/// user's language (it was an English «not PDF/A» at `content:1:1`, once).
#[test]
fn characters_the_print_fonts_lack_are_told_at_their_place_and_left_out() {
    let f = site();
    f.write(
        "content/seminars/e.md",
        "---\ntitle: Сабақ өтті 👍🎉\ndate: 2025-11-04\nauthors: [abenova-g]\nevent: Байқау ✅\n---\nМәтін.\n",
    );
    for _ in 0..2 {
        let (ok, _, err) = f.run(&["build"]);
        assert!(ok, "{err}");
        assert!(
            err.contains("warning: content/seminars/e.md:2:19: `title` has 👍 🎉, which the fonts of the printed documents do not have"),
            "{err}"
        );
        assert!(
            err.contains("content/seminars/e.md:5:15: `event` has ✅"),
            "{err}"
        );
        assert!(!err.contains("PDF/A"), "{err}");
    }
    let pdf = f.path("output/authors/abenova-g/portfolio.pdf");
    assert!(is_pdf_a_2b(&pdf));
    assert!(pdftotext(&pdf).contains("Сабақ өтті"));
}

#[test]
fn the_portfolio_command_takes_years_and_refuses_what_it_cannot_make() {
    let f = site();
    let (ok, out, err) = f.run(&["portfolio", "abenova-g", "--years", "2025-2026"]);
    assert!(ok, "{err}");
    assert!(out.contains("2 works"), "{out}");
    // A file the build does not make is said to be gone after the next one.
    assert!(
        out.contains("note: the next `ozyq build` remakes output/ without"),
        "{out}"
    );
    let pdf = f.path("output/authors/abenova-g/portfolio-2025-2026.pdf");
    let text = pdftotext(&pdf);
    assert!(text.contains("Облыстық семинардағы баяндама"), "{text}");
    assert!(!text.contains("Республикалық олимпиада"), "{text}");
    assert!(text.contains("2025–2026"), "{text}");
    // By full name, in any case, over every year: the build's file.
    let (ok, out, err) = f.run(&["portfolio", "омаров нұрлан"]);
    assert!(ok, "{err}");
    assert!(!out.contains("note:"), "{out}");
    assert!(f.path("output/authors/omarov-n/portfolio.pdf").is_file());
    // Typed on a Russian keyboard (у for ұ): the same teacher.
    let (ok, _, err) = f.run(&["portfolio", "Омаров Нурлан"]);
    assert!(ok, "{err}");

    // A warning of the site's (an unknown field) is the build's to say, not
    // the command's when it is asked wrongly.
    f.write(
        "content/articles/w.md",
        "---\ntitle: Мақала\ndate: 2024-03-01\nauthors: [omarov-n]\nrating: 5\n---\nМәтін.\n",
    );
    // Part of a double surname names its bearer.
    f.write(
        "data/authors.yaml",
        &format!(
            "{}- id: hasenova-g\n  name: Һасенова-Мұхаметжанова Гүлжаһан\n",
            common::AUTHORS
        ),
    );
    let fails = |args: &[&str], needles: &[&str]| {
        let (ok, _, err) = f.run(args);
        assert!(!ok, "{args:?} should fail");
        assert!(!err.contains("warning"), "{err}");
        for n in needles {
            assert!(err.contains(n), "{n}\n{err}");
        }
    };
    fails(
        &["portfolio", "Һасенова"],
        &["Һасенова-Мұхаметжанова Гүлжаһан has no works on the site"],
    );
    fails(
        &["portfolio", "abenova"],
        &["there is no author `abenova`", "did you mean `abenova-g`?"],
    );
    // An id typed in Cyrillic is near its Latin spelling.
    fails(
        &["portfolio", "абенова-ж"],
        &[
            "there is no author `абенова-ж`",
            "did you mean `abenova-g`?",
        ],
    );
    // A name typed with a slip, or one word short or long.
    fails(
        &["portfolio", "Әбенва Гүлнар"],
        &[
            "there is no author `Әбенва Гүлнар`",
            "did you mean `Әбенова Гүлнар (abenova-g)`?",
        ],
    );
    fails(
        &["portfolio", "Абенова Гулнара"],
        &["did you mean `Әбенова Гүлнар (abenova-g)`?"],
    );
    fails(
        &["portfolio", "abenova-g", "--years", "2019-2021"],
        &[
            "Әбенова Гүлнар has no works in the academic years 2019–2021",
            "their works are in 2025-2026, 2024-2025, 2023-2024",
        ],
    );
    fails(
        &["portfolio", "kasymova-a"],
        &["Қасымова Айгерім has no works on the site"],
    );
    fails(
        &["portfolio", "abenova-g", "--years", "2026-2025"],
        &["`2026-2025` is not a span of academic years"],
    );
    assert!(
        !f.path("output/authors/abenova-g/portfolio-2019-2021.pdf")
            .exists()
    );
    assert!(!f.path("output/authors/kasymova-a/portfolio.pdf").exists());
    // `--in` names the PDF's language, one of the site's.
    fails(
        &["portfolio", "abenova-g", "--in", "ru"],
        &[
            "the site is not published in `ru`",
            "the site's languages (`languages:` in config.yaml): kk",
        ],
    );
    // `--lang` is only the language ozyq speaks in.
    let (ok, out, err) = f.run(&["--lang", "ru", "portfolio", "abenova-g"]);
    assert!(ok, "{err}");
    assert!(out.contains("portfolio.pdf"), "{out}");
}

#[test]
fn a_portfolio_is_made_in_another_language_of_the_site_with_its_translations() {
    let f = site();
    f.write(
        "config.yaml",
        &format!(
            "{}languages:\n  kk:\n  ru:\n    college: Тестовый колледж\n",
            common::CONFIG
        ),
    );
    f.write(
        "content/seminars/s.ru.md",
        "---\ntitle: Доклад на областном семинаре\ndate: 2025-11-02\nauthors: [abenova-g]\nevent: Профессиональное образование в цифровую эпоху\n---\nТекст.\n",
    );
    let (ok, out, err) = f.run(&["portfolio", "abenova-g", "--in", "ru"]);
    assert!(ok, "{err}");
    // Where the build puts it too: beside the author's page in Russian.
    let pdf = f.path("output/ru/authors/abenova-g/portfolio.pdf");
    assert!(out.contains("ru/authors/abenova-g/portfolio.pdf"), "{out}");
    let russian = |text: &str| {
        for said in [
            "ПОРТФОЛИО ПЕДАГОГА",
            "Тестовый колледж",
            // The translated work by its translation (with the facts it gives,
            // and the original's level); the others as written.
            "Доклад на областном семинаре",
            "Профессиональное образование в цифровую эпоху",
            "Областной",
            "Республикалық олимпиада",
            "2025–2026 учебный год",
        ] {
            assert!(text.contains(said), "no «{said}» in {text}");
        }
        assert!(!text.contains("Облыстық семинардағы баяндама"), "{text}");
        assert!(!text.contains("Цифрлық дәуірдегі"), "{text}");
    };
    russian(&pdftotext(&pdf));
    // A build makes each teacher's portfolio in each language, and each page
    // links its own.
    let (ok, _, err) = f.run(&["build"]);
    assert!(ok, "{err}");
    russian(&pdftotext(&pdf));
    let kazakh = pdftotext(&f.path("output/authors/abenova-g/portfolio.pdf"));
    assert!(kazakh.contains("ПЕДАГОГТІҢ ПОРТФОЛИОСЫ"), "{kazakh}");
    assert!(kazakh.contains("Облыстық семинардағы баяндама"), "{kazakh}");
    let page = f.read("output/ru/authors/abenova-g/index.html");
    // The page says what the PDF says.
    for said in ["Профессиональное образование в цифровую эпоху", "Областной"]
    {
        assert!(page.contains(said), "no «{said}» in {page}");
    }
    assert!(
        page.contains("href=\"../../../ru/authors/abenova-g/portfolio.pdf\""),
        "{page}"
    );
    // The PDF cache keeps every language's portfolios: the next build compiles
    // none of them again, and prunes none.
    let cached = || -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(f.path(".ozyq-cache/catalogue"))
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n.starts_with("portfolio-a4-") && n.ends_with(".pdf"))
            .collect();
        names.sort();
        names
    };
    let before = cached();
    // Әбенова and Омаров, in Kazakh and in Russian.
    assert_eq!(before.len(), 4, "{before:?}");
    let (ok, _, err) = f.run(&["build"]);
    assert!(ok, "{err}");
    assert_eq!(cached(), before);
}

/// With `untranslated: hide` each language's page lists only the works written
/// in it, and its PDF lists the same: a teacher without works in a language has
/// no PDF in it, and the command says why.
#[test]
fn a_portfolio_lists_what_its_page_lists_when_untranslated_works_are_hidden() {
    let f = site();
    f.write(
        "config.yaml",
        &format!(
            "{}languages: [kk, ru]\nuntranslated: hide\n",
            common::CONFIG
        ),
    );
    f.write(
        "content/seminars/s.ru.md",
        "---\ntitle: Доклад на областном семинаре\ndate: 2025-11-02\nauthors: [abenova-g]\n---\nТекст.\n",
    );
    f.build_ok();
    let ru = pdftotext(&f.path("output/ru/authors/abenova-g/portfolio.pdf"));
    let page = f.read("output/ru/authors/abenova-g/index.html");
    for shown in [&ru, &page] {
        // The translation and the article written in Russian; not the works
        // written in Kazakh only.
        assert!(shown.contains("Доклад на областном семинаре"), "{shown}");
        assert!(shown.contains("Статья о проектном обучении"), "{shown}");
        assert!(!shown.contains("Республикалық олимпиада"), "{shown}");
        assert!(!shown.contains("Ашық сабақ"), "{shown}");
    }
    let kk = pdftotext(&f.path("output/authors/abenova-g/portfolio.pdf"));
    assert!(kk.contains("Республикалық олимпиада"), "{kk}");
    assert!(!kk.contains("Статья о проектном обучении"), "{kk}");
    // Омаров's one work is in Russian: a Russian portfolio, and none in Kazakh,
    // whose page links none.
    let omarov = pdftotext(&f.path("output/ru/authors/omarov-n/portfolio.pdf"));
    assert!(omarov.contains("Статья о проектном обучении"), "{omarov}");
    assert!(!f.path("output/authors/omarov-n/portfolio.pdf").exists());
    let page = f.read("output/authors/omarov-n/index.html");
    assert!(!page.contains("portfolio.pdf"), "{page}");
    let (ok, _, err) = f.run(&["portfolio", "omarov-n"]);
    assert!(!ok);
    for said in [
        "Омаров Нұрлан has no works in `kk`",
        "`untranslated: hide`",
        "(`--in ru`)",
    ] {
        assert!(err.contains(said), "no «{said}» in {err}");
    }
    let (ok, _, err) = f.run(&["portfolio", "omarov-n", "--in", "ru"]);
    assert!(ok, "{err}");
    // Works in Russian, though not in those years: the years are the matter.
    let (ok, _, err) = f.run(&[
        "portfolio",
        "abenova-g",
        "--in",
        "ru",
        "--years",
        "2024-2025",
    ]);
    assert!(!ok);
    assert!(
        err.contains("has no works in the academic year 2024–2025"),
        "{err}"
    );
    assert!(
        err.contains("their works are in 2025-2026, 2023-2024"),
        "{err}"
    );
}

#[test]
fn a_site_overrides_a_layout_and_an_error_in_it_is_located() {
    let f = site();
    let builtin = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("themes/default/print/portfolio.typ"),
    )
    .unwrap();
    f.write(
        "print/portfolio.typ",
        &builtin.replace(
            "text(size: 9.5pt, fill: muted, college)",
            "text(size: 9.5pt, [Біздің колледж белгісі])",
        ),
    );
    f.build_ok();
    let text = pdftotext(&f.path("output/authors/abenova-g/portfolio.pdf"));
    assert!(text.contains("Біздің колледж белгісі"), "{text}");
    // The catalogue keeps the built-in layout.
    assert!(!pdftotext(&f.path("output/catalogue/2025-2026/catalogue.pdf")).contains("белгісі"));

    // A mistake on line 3 of the site's layout: located there, the build
    // fails and the last good output stays.
    f.write(
        "print/portfolio.typ",
        &format!("// біздің\n\n#let broken = (1 + \"a\")\n{builtin}"),
    );
    let err = f.build_fails();
    assert!(err.contains("print/portfolio.typ:3:"), "{err}");
    assert!(err.contains("the layout has an error"), "{err}");
    assert!(err.contains("cannot add integer and string"), "{err}");
    assert!(f.path("output/authors/abenova-g/portfolio.pdf").is_file());
}

#[test]
fn every_pdf_is_pdf_a_with_its_fonts_embedded_and_thanks_are_letters_of_their_own() {
    let f = site();
    f.build_ok();
    let (ok, out, err) = f.run(&["certificates", "2025-2026", "--thanks"]);
    assert!(ok, "{err}");
    assert!(out.contains(" of thanks of 2025-2026"), "{out}");
    let thanks = f.path("output/catalogue/2025-2026/thanks.pdf");
    let text = pdftotext(&thanks);
    assert!(text.replace(' ', "").contains("АЛҒЫСХАТ"), "{text}");
    assert!(text.contains("алғыс білдіреміз"), "{text}");
    for rel in [
        "catalogue/2025-2026/catalogue.pdf",
        "catalogue/2025-2026/labels.pdf",
        "catalogue/2025-2026/certificates.pdf",
        "catalogue/2025-2026/thanks.pdf",
        "report/2025-2026/report.pdf",
        "authors/abenova-g/portfolio.pdf",
    ] {
        let path = f.path(&format!("output/{rel}"));
        assert!(is_pdf_a_2b(&path), "{rel} is PDF/A-2b");
        let fonts = pdffonts(&path);
        assert!(
            !fonts.is_empty() && fonts.iter().all(|(_, emb)| *emb),
            "{rel}: {fonts:?}"
        );
    }
    // A character no bundled font has: left out of the PDF, which stays PDF/A,
    // and the build says where it is written.
    f.write(
        "content/open-lessons/z.md",
        "---\ntitle: 漢字 сабағы\ndate: 2025-10-20\nauthors: [omarov-n]\n---\nМәтін.\n",
    );
    let (ok, _, err) = f.run(&["build"]);
    assert!(ok, "{err}");
    assert!(
        err.contains("content/open-lessons/z.md:2:8: `title` has 漢 字"),
        "{err}"
    );
    assert!(!err.contains("not PDF/A"), "{err}");
    let path = f.path("output/authors/omarov-n/portfolio.pdf");
    assert!(is_pdf_a_2b(&path));
    assert!(pdftotext(&path).contains("сабағы"));
}

/// A guest author (named in full, not in data/authors.yaml) has a page, but no
/// portfolio printed under the college's name.
#[test]
fn a_guest_author_has_a_page_but_no_portfolio() {
    let f = site();
    f.write(
        "content/articles/g.md",
        "---\ntitle: Бірлескен мақала\ndate: 2025-12-01\nauthors: [abenova-g, \"Сейітова Жанар Аманқызы\"]\n---\nМәтін.\n",
    );
    f.build_ok();
    let dir = std::fs::read_dir(f.path("output/authors"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.to_string_lossy().contains("zhanar"))
        .expect("the guest's page");
    let page = std::fs::read_to_string(dir.join("index.html")).unwrap();
    assert!(page.contains("Бірлескен мақала"), "{page}");
    assert!(!page.contains("portfolio.pdf"), "{page}");
    assert!(!dir.join("portfolio.pdf").exists());
    assert!(f.path("output/authors/abenova-g/portfolio.pdf").is_file());
    let (ok, _, err) = f.run(&["portfolio", "Сейітова", "Жанар"]);
    assert!(!ok);
    assert!(
        err.contains("is a guest author, not one of the college's teachers"),
        "{err}"
    );
    // A site without data/authors.yaml: everyone it names is its own teacher.
    std::fs::remove_file(f.path("data/authors.yaml")).unwrap();
    f.build_ok();
    let page = std::fs::read_to_string(dir.join("index.html")).unwrap();
    assert!(page.contains("portfolio.pdf"), "{page}");
    assert!(dir.join("portfolio.pdf").is_file());
}
