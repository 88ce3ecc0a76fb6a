//! The exhibition catalogue: its web page and its PDF, checked with lopdf.

mod common;

use common::Fixture;
use lopdf::{Document, Object};

const YEAR: &str = "2025-2026";

/// A site whose 2025–2026 catalogue has five exhibits of three kinds, one entry left
/// out with `exhibit: false`, and titles that would be markup if not escaped.
fn site() -> Fixture {
    let f = Fixture::new();
    f.write(
        "content/open-lessons/a.md",
        "---\ntitle: \"Әріптер: ғ қ ң ө ұ ү һ і — ӘҒҚҢӨҰҮҺІ\"\ndate: 14.10.2025\nauthors: omarov-n\ngroup: ПО-21\ntechnology: Кейс-стади\nsummary: \"Қысқаша #set page(width: 1pt) $x$ *b* _i_ ] \\\\ \\\" <l> @r\"\n---\nМәтін.\n",
    );
    f.write(
        "content/open-lessons/b.md",
        "---\ntitle: \"#show: x => [] Екінші сабақ ]]\"\ndate: 12.09.2025\nauthors: [kasymova-a, abenova-g]\n---\nМәтін.\n",
    );
    f.write(
        "content/seminars/s.md",
        "---\ntitle: Семинар баяндамасы\ndate: 2025-11-02\nauthors: [abenova-g]\nlevel: облыстық\nevent: Облыстық семинар\n---\nМәтін.\n",
    );
    f.write(
        "content/articles/r.md",
        "---\ntitle: Статья о цифровой грамотности\ndate: 2026-02-01\nauthors: [omarov-n, \"Сейітова Жанар\"]\nlang: ru\njournal: «Кәсіптік білім»\n---\nТекст.\n",
    );
    f.write(
        "content/articles/hidden.md",
        "---\ntitle: Көрмеге қойылмайтын мақала\ndate: 2026-03-01\nauthors: abenova-g\nexhibit: false\n---\nМәтін.\n",
    );
    f.write(
        "content/articles/old.md",
        "---\ntitle: Өткен жылғы мақала\ndate: 2025-03-01\nauthors: abenova-g\n---\nМәтін.\n",
    );
    f.write(
        "content/catalogue/2025-2026.md",
        "---\ntitle: Алғы сөз\n---\n## Алғы сөз\n\nҚұрметті әріптестер! Көрмеге *қош* келдіңіздер. #strong[x]\n",
    );
    f
}

fn pdf_text(doc: &Document) -> String {
    let pages: Vec<u32> = doc.get_pages().keys().copied().collect();
    doc.extract_text(&pages).unwrap_or_default()
}

/// Where each line of text on page `n` of `pdf` starts, from the top (poppler's
/// `pdftotext -bbox-layout`), in points as printed.
fn line_tops(pdf: &std::path::Path, n: u32) -> Vec<String> {
    let page = n.to_string();
    let out = std::process::Command::new("pdftotext")
        .args(["-f", &page, "-l", &page, "-bbox-layout"])
        .arg(pdf)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils) runs");
    assert!(
        out.status.success(),
        "pdftotext -bbox-layout {}",
        pdf.display()
    );
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    (text.split("<line ").skip(1))
        .filter_map(|l| l.split("yMin=\"").nth(1)?.split('"').next())
        .map(str::to_string)
        .collect()
}

/// Every font the PDF uses: its name and whether its program is embedded.
fn fonts(doc: &Document) -> Vec<(String, bool)> {
    let mut out = Vec::new();
    for (_, obj) in doc.objects.iter() {
        let Ok(dict) = obj.as_dict() else { continue };
        if dict.get(b"Type").and_then(Object::as_name).ok() != Some(b"FontDescriptor") {
            continue;
        }
        let name = dict
            .get(b"FontName")
            .and_then(Object::as_name)
            .map(|n| String::from_utf8_lossy(n).into_owned())
            .unwrap_or_default();
        let embedded = [&b"FontFile"[..], b"FontFile2", b"FontFile3"]
            .iter()
            .any(|k| dict.has(k));
        out.push((name, embedded));
    }
    out
}

#[test]
fn build_makes_page_and_pdf_for_each_year() {
    let f = site();
    f.build_ok();
    for year in ["2024-2025", YEAR] {
        assert!(
            f.path(&format!("output/catalogue/{year}/index.html"))
                .is_file(),
            "{year} page"
        );
        let pdf =
            std::fs::read(f.path(&format!("output/catalogue/{year}/catalogue.pdf"))).expect("pdf");
        assert!(pdf.starts_with(b"%PDF-"));
    }

    let doc = Document::load(f.path(&format!("output/catalogue/{YEAR}/catalogue.pdf"))).unwrap();
    let pages = doc.get_pages().len();
    // Cover, imprint, contents, foreword, figures, exhibits, author index.
    assert!((6..=14).contains(&pages), "{pages} pages");
    let fonts = fonts(&doc);
    assert!(!fonts.is_empty());
    for (name, embedded) in &fonts {
        assert!(name.contains("PTSerif"), "unexpected font {name}");
        assert!(embedded, "{name} is not embedded");
    }
    let text = pdf_text(&doc);
    for want in [
        "ӘҒҚҢӨҰҮҺІ",
        "Екінші сабақ",
        "Семинар баяндамасы",
        "Статья о цифровой грамотности",
        "Әдістемелік көрме каталогы",
        "Құрметті әріптестер",
        "strong[x]",
        "№",
    ] {
        assert!(text.contains(want), "the PDF text lacks {want:?}:\n{text}");
    }
    assert!(
        !text.contains("Көрмеге қойылмайтын"),
        "exhibit: false is shown"
    );
    for n in 1..=4 {
        assert!(
            text.contains(&format!("№ {n}")) || text.contains(&format!("№\u{a0}{n}")),
            "№ {n}"
        );
    }

    // The web page: every exhibit, numbered in kind order, and the author index.
    let html = f.read(&format!("output/catalogue/{YEAR}/index.html"));
    let pos = |s: &str| {
        html.find(s)
            .unwrap_or_else(|| panic!("the page lacks {s:?}"))
    };
    // Seminars come before articles, which come before open lessons (the regulation's
    // order); within a kind the oldest first.
    assert!(pos("id=\"exhibit-1\"") < pos("Семинар баяндамасы"));
    assert!(pos("Семинар баяндамасы") < pos("id=\"exhibit-2\""));
    assert!(pos("Статья о цифровой") < pos("id=\"exhibit-3\""));
    assert!(pos("id=\"exhibit-3\"") < pos("Екінші сабақ"));
    assert!(pos("Екінші сабақ") < pos("id=\"exhibit-4\""));
    assert!(html.contains("id=\"exhibit-4\""));
    assert!(!html.contains("id=\"exhibit-5\""));
    assert!(!html.contains("Көрмеге қойылмайтын"));
    assert!(html.contains("catalogue.pdf"));
    assert!(html.contains("<svg class=\"chart\""));
    // With no table beside it, a chart's figures are in the name a screen
    // reader reads.
    assert!(
        html.contains("role=\"img\" aria-label=\"Жұмыс түрлері бойынша: Семинарлар 1, Мақалалар 1, Ашық сабақтар 2\""),
        "{html}"
    );
    // Kazakh order: Ә after А, Қ after К and before О (not code point order).
    let index = &html[pos("id=\"author-index\"")..];
    let at = |s: &str| index.find(s).unwrap_or_else(|| panic!("index lacks {s}"));
    assert!(at("Әбенова") < at("Қасымова"));
    assert!(at("Қасымова") < at("Омаров"));
    assert!(at("Омаров") < at("Сейітова"));
    // The home page and the footer link to the catalogue.
    assert!(
        f.read("output/index.html")
            .contains(&format!("catalogue/{YEAR}/index.html"))
    );
}

#[test]
fn pdf_is_remade_only_when_its_year_changes() {
    let f = site();
    f.build_ok();
    let cached = |f: &Fixture| -> Vec<String> {
        let mut v: Vec<String> = std::fs::read_dir(f.path(".ozyq-cache/catalogue"))
            .map(|d| {
                d.filter_map(Result::ok)
                    .map(|e| e.file_name().to_string_lossy().into_owned())
                    .filter(|n| n.ends_with(".pdf"))
                    // The yearly reports' PDFs, the exhibit labels, the
                    // certificates and the portfolios are cached beside the
                    // catalogues' (and kept in step with them alike).
                    .filter(|n| {
                        !["report-", "labels-", "certificates-", "portfolio-"]
                            .iter()
                            .any(|p| n.starts_with(p))
                    })
                    .collect()
            })
            .unwrap_or_default();
        v.sort();
        v
    };
    let first = cached(&f);
    assert_eq!(first.len(), 2, "{first:?}");
    // Each cached PDF has its size and hash beside it, and nothing else is kept.
    let all: Vec<String> = std::fs::read_dir(f.path(".ozyq-cache/catalogue"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    let (pdfs, records): (Vec<&String>, Vec<&String>) =
        all.iter().partition(|n| n.ends_with(".pdf"));
    assert_eq!(pdfs.len(), records.len(), "{all:?}");
    for pdf in &pdfs {
        let record = f.read(&format!(".ozyq-cache/catalogue/{pdf}.rec"));
        let size = std::fs::metadata(f.path(&format!(".ozyq-cache/catalogue/{pdf}")))
            .unwrap()
            .len();
        assert!(
            record.trim_end().ends_with(&format!(" {size}")),
            "{pdf}: {record}"
        );
    }
    let old_pdf = std::fs::read(f.path("output/catalogue/2024-2025/catalogue.pdf")).unwrap();
    f.build_ok();
    assert_eq!(cached(&f), first, "an unchanged site remakes no PDF");
    f.write(
        "content/seminars/s.md",
        "---\ntitle: Семинар баяндамасы (өзгертілген)\ndate: 2025-11-02\nauthors: [abenova-g]\n---\nМәтін.\n",
    );
    f.build_ok();
    let now = cached(&f);
    // The changed year's PDF replaces its old one; the other year's is kept.
    assert_eq!(now.len(), 2, "{now:?}");
    assert_eq!(
        now.iter().filter(|k| first.contains(k)).count(),
        1,
        "only the changed year is remade: {first:?} → {now:?}"
    );
    assert_eq!(
        std::fs::read(f.path("output/catalogue/2024-2025/catalogue.pdf")).unwrap(),
        old_pdf
    );
    // The labels of each year with exhibits, the changed year's made again.
    let labels = std::fs::read_dir(f.path(".ozyq-cache/catalogue"))
        .unwrap()
        .filter(|e| {
            let name = e
                .as_ref()
                .unwrap()
                .file_name()
                .to_string_lossy()
                .into_owned();
            name.starts_with("labels-2x4-") && name.ends_with(".pdf")
        })
        .count();
    assert_eq!(labels, 2);
}

#[test]
fn a_years_catalogue_leaves_out_other_years_warnings_and_names_its_year_as_a_folder() {
    let f = site();
    // A warning on last year's article and one on this year's lesson.
    f.write(
        "content/articles/old.md",
        "---\ntitle: Өткен жылғы мақала\ndate: 2025-03-01\nauthors: abenova-g\npages: 12\n---\nМәтін.\n",
    );
    f.write(
        "content/open-lessons/c.md",
        "---\ntitle: Үшінші сабақ\ndate: 2025-10-01\nauthors: omarov-n\nrating: 5\n---\nМәтін.\n",
    );
    let (ok, out, err) = f.run(&["catalogue", "2025/2026", "--output", "c.pdf"]);
    assert!(ok, "{err}");
    assert!(err.contains("content/open-lessons/c.md:5:1"), "{err}");
    assert!(!err.contains("old.md"), "{err}");
    assert!(
        err.contains("1 warning about another year's work is left out: `ozyq check` says them all"),
        "{err}"
    );
    assert!(out.contains("made the catalogue of 2025-2026:"), "{out}");
    let (ok, out, err) = f.run(&["certificates", "2025/2026", "--output", "c.pdf"]);
    assert!(ok, "{err}");
    assert!(out.contains("certificates of 2025-2026 →"), "{out}");
}

#[test]
fn catalogue_command_makes_a4_and_booklet() {
    let f = site();
    let (ok, out, err) = f.run(&["catalogue", YEAR, "--paper", "a4", "--output", "a4.pdf"]);
    assert!(ok, "{err}");
    assert!(out.contains("4 exhibits"), "{out}");
    let a4 = Document::load(f.path("a4.pdf")).unwrap();
    let media = |doc: &Document| -> (f32, f32) {
        let (_, &id) = doc.get_pages().iter().next().unwrap();
        let page = doc.get_dictionary(id).unwrap();
        let mb = page.get(b"MediaBox").unwrap().as_array().unwrap();
        let n = |o: &Object| {
            o.as_float()
                .or_else(|_| o.as_i64().map(|i| i as f32))
                .unwrap()
        };
        (n(&mb[2]) - n(&mb[0]), n(&mb[3]) - n(&mb[1]))
    };
    let (w, h) = media(&a4);
    assert!(
        (w - 595.3).abs() < 1.0 && (h - 841.9).abs() < 1.0,
        "{w}×{h}"
    );

    let (ok, _, err) = f.run(&["catalogue", YEAR, "--booklet", "--output", "booklet.pdf"]);
    assert!(ok, "{err}");
    let (ok, _, err) = f.run(&["catalogue", YEAR, "--output", "a5.pdf"]);
    assert!(ok, "{err}");
    let a5 = Document::load(f.path("a5.pdf")).unwrap().get_pages().len();
    let booklet = Document::load(f.path("booklet.pdf")).unwrap();
    assert_eq!(booklet.get_pages().len(), (a5 + 1).div_ceil(4) * 2);
    let (w, h) = media(&booklet);
    assert!(
        (w - 841.9).abs() < 1.0 && (h - 595.3).abs() < 1.0,
        "{w}×{h}"
    );

    let (ok, _, err) = f.run(&["catalogue", "2030-2031"]);
    assert!(!ok);
    assert!(
        err.contains("no entries in the academic year 2030-2031"),
        "{err}"
    );
}

#[test]
fn an_exhibit_longer_than_a_page_breaks_instead_of_running_off_it() {
    let f = site();
    // As long as an exhibit can be printed: every text at its limit (`lang::fit`).
    let words = |n: usize| "Ұзақ мәтін сөйлемі. ".repeat(n / 20);
    f.write(
        "content/open-lessons/long.md",
        &format!(
            "---\ntitle: \"Ұзын нұсқау {}\"\ndate: 2025-12-01\nauthors: abenova-g\n\
             group: \"{}\"\ntechnology: \"{}\"\nsummary: \"{}Соңғы сөз.\"\n---\nМәтін.\n",
            words(280),
            words(300),
            words(300),
            words(1_480)
        ),
    );
    let (ok, _, err) = f.run(&["catalogue", YEAR, "--output", "long.pdf"]);
    assert!(ok, "{err}");
    let doc = Document::load(f.path("long.pdf")).unwrap();
    // Compared without spaces: a justified line's words come out of the PDF
    // with spaces inside them («Со ңғы»).
    let page_of = |s: &str| {
        let s = s.replace(' ', "");
        doc.get_pages().keys().copied().find(|&p| {
            let text = doc.extract_text(&[p]).unwrap_or_default();
            text.replace(char::is_whitespace, "").contains(&s)
        })
    };
    let start = page_of("Ұзын нұсқау").expect("the title");
    let end = page_of("Соңғы сөз").expect("the end of the long summary");
    assert!(end > start, "the summary runs from page {start} to {end}");
}

/// An entry of 2025–2026 whose front matter has `field: "value"` on line 5.
fn with_long_field(f: &Fixture, field: &str, value: &str) {
    f.write(
        "content/guidelines/long.md",
        &format!(
            "---\ntitle: Ұзын нұсқау\ndate: 2025-12-01\nauthors: abenova-g\n{field}: \"{value}\"\nlang: ru\n---\nМәтін.\n"
        ),
    );
}

/// Builds with the binary, printing how long it took; returns stderr.
fn build_timed(f: &Fixture, what: &str) -> String {
    let start = std::time::Instant::now();
    let (ok, _, err) = f.run(&["build"]);
    println!("{what}: built in {:.2} s", start.elapsed().as_secs_f64());
    assert!(ok, "the build should succeed; stderr:\n{err}");
    err
}

fn catalogue_text(f: &Fixture) -> String {
    let doc = Document::load(f.path(&format!("output/catalogue/{YEAR}/catalogue.pdf")))
        .expect("the catalogue's PDF");
    pdf_text(&doc)
}

#[test]
fn a_summary_of_70000_letters_without_a_space_is_broken_and_the_pdf_made() {
    // Over 64 KiB of two-byte letters in one run made krilla panic and stop the build.
    let f = site();
    let run = "жә".repeat(35_000);
    with_long_field(&f, "summary", &run);
    let err = build_timed(&f, "70,000 letters without a space");
    assert!(
        err.contains(
            "warning: content/guidelines/long.md:5:10: the summary is too long for the printed \
             catalogue (70000 characters): the PDF has it cut to 1500 characters and broken \
             where it runs over 200 characters without a space; the web page keeps the whole text"
        ),
        "{err}"
    );
    let text = catalogue_text(&f);
    assert!(text.contains("жәжәжә"), "{text}");
    assert!(text.contains("Ұзын нұсқау"), "{text}");
    let page = f.read("output/guidelines/long/index.html");
    assert!(page.contains(&run), "the web page keeps the whole summary");
}

#[test]
fn an_80000_character_russian_summary_is_cut_and_warned() {
    // Laid out whole, it took many seconds (9 s here, 23 s on the report's machine).
    let f = site();
    let sentence = "Методическая разработка описывает опыт применения активных методов \
                    обучения на уроках. ";
    let mut summary: String = sentence.chars().cycle().take(79_990).collect();
    summary.push_str(" КОНЕЦТЕКСТА");
    with_long_field(&f, "summary", &summary);
    let err = build_timed(&f, "an 80,000-character summary");
    assert!(
        err.contains(
            "warning: content/guidelines/long.md:5:10: the summary is too long for the printed \
             catalogue (80002 characters): the PDF has it cut to 1500 characters; the web page \
             keeps the whole text"
        ),
        "{err}"
    );
    let text = catalogue_text(&f);
    assert!(text.contains("Методическая разработка"), "{text}");
    assert!(!text.contains("КОНЕЦТЕКСТА"), "the end is cut off");
    assert!(
        f.read("output/guidelines/long/index.html")
            .contains("КОНЕЦТЕКСТА")
    );
}

#[test]
fn a_10_mb_title_is_cut_and_warned() {
    // Typst never finished laying it out.
    let f = site();
    let title = "Ұзақ тақырып ".repeat(10_000_000 / "Ұзақ тақырып ".len());
    f.write(
        "content/guidelines/long.md",
        &format!(
            "---\ntitle: \"{title}\"\nslug: uzyn\ndate: 2025-12-01\nauthors: abenova-g\nsummary: Қысқа.\n---\nМәтін.\n"
        ),
    );
    let err = build_timed(&f, "a 10 MB title");
    assert!(
        err.contains(
            "warning: content/guidelines/long.md:2:8: the title is too long for the printed \
             catalogue"
        ),
        "{err}"
    );
    assert!(
        err.contains("cut to 300 characters; the web page keeps"),
        "{err}"
    );
    let text = catalogue_text(&f);
    assert!(text.contains("Ұзақ тақырып Ұзақ"), "{text}");
}

#[test]
fn a_long_foreword_is_cut_and_a_run_in_it_broken() {
    let f = site();
    let para = "Құрметті әріптестер, көрмеге қош келдіңіздер. ".repeat(10);
    let run = "ә".repeat(1_000);
    f.write(
        "content/catalogue/2025-2026.md",
        &format!(
            "---\ntitle: Алғы сөз\n---\n## Алғы сөз\n\nБасы *{run}*\n\n{}СОҢЫ\n",
            format!("{para}\n\n").repeat(40)
        ),
    );
    let err = build_timed(&f, "a long foreword");
    assert!(
        err.contains(
            "warning: content/catalogue/2025-2026.md:6:7: the foreword has a run of more than \
             200 characters without a space"
        ),
        "{err}"
    );
    assert!(
        err.contains("the foreword is too long for the printed catalogue"),
        "{err}"
    );
    let text = catalogue_text(&f);
    assert!(text.contains("Құрметті әріптестер"), "{text}");
    assert!(!text.contains("СОҢЫ"), "the end is cut off");
}

#[test]
fn a_foreword_nested_2000_deep_prints_at_the_deepest_level_allowed() {
    let f = site();
    f.write(
        "content/catalogue/2025-2026.md",
        &format!(
            "---\ntitle: Алғы сөз\n---\nБасы.\n\n{}ТЕРЕҢ\n\n> {}ДӘЙЕК\n",
            "- ".repeat(2000),
            "> ".repeat(2000)
        ),
    );
    // `check` makes the PDF too, and agrees with the build.
    let (ok, _, err) = f.run(&["check"]);
    assert!(ok, "{err}");
    let err = build_timed(&f, "a deep foreword");
    assert!(
        err.contains(
            "warning: content/catalogue/2025-2026.md:6:17: lists or quotes here are nested more than 8 deep"
        ),
        "{err}"
    );
    let text = catalogue_text(&f);
    assert!(text.contains("ТЕРЕҢ") && text.contains("ДӘЙЕК"), "{text}");
}

#[test]
fn without_base_url_there_is_no_qr_and_a_warning() {
    let f = site();
    f.write(
        "config.yaml",
        "title: Тест сайты\ncollege: Тест колледжі\npage_size: 2\n",
    );
    let (ok, _, err) = f.run(&["catalogue", YEAR, "--output", "c.pdf"]);
    assert!(ok, "{err}");
    assert!(err.contains("no QR codes"), "{err}");
}

#[test]
fn a_booklet_goes_to_its_own_file_and_the_sites_pdf_stays() {
    let f = site();
    f.build_ok();
    let own = f.path("output/catalogue/2025-2026/catalogue.pdf");
    let before = std::fs::read(&own).unwrap();
    // A booklet is of A5 pages: an A4 one is refused, not quietly made A5.
    let (ok, _, err) = f.run(&["catalogue", YEAR, "--paper", "a4", "--booklet"]);
    assert!(!ok && err.contains("`--paper a4` cannot be one"), "{err}");
    let (ok, out, err) = f.run(&["catalogue", YEAR, "--booklet"]);
    assert!(ok, "{err}");
    assert!(out.contains("catalogue-booklet.pdf"), "{out}");
    // A build does not make the booklet: the methodist is told it will go.
    assert!(
        out.contains("note: the next `ozyq build` remakes output/ without"),
        "{out}"
    );
    let (ok, out, err) = f.run(&["catalogue", YEAR]);
    assert!(ok, "{err}");
    assert!(!out.contains("note:"), "the site's own PDF stays: {out}");
    // Nor a file put into output/ by hand, under any name.
    let (ok, out, err) = f.run(&["catalogue", YEAR, "--output", "output/print.pdf"]);
    assert!(ok, "{err}");
    assert!(
        out.contains("note: the next `ozyq build` remakes output/ without"),
        "{out}"
    );
    assert_eq!(
        std::fs::read(&own).unwrap(),
        before,
        "the site's PDF was replaced"
    );
    let booklet =
        Document::load(f.path("output/catalogue/2025-2026/catalogue-booklet.pdf")).unwrap();
    let a5 = Document::load(&own).unwrap().get_pages().len();
    assert_eq!(booklet.get_pages().len(), (a5 + 1).div_ceil(4) * 2);
    let (ok, _, err) = f.run(&["catalogue", YEAR, "--paper", "a4"]);
    assert!(ok, "{err}");
    assert!(
        f.path("output/catalogue/2025-2026/catalogue-a4.pdf")
            .is_file()
    );
    assert_eq!(std::fs::read(&own).unwrap(), before);
}

#[test]
fn each_year_with_exhibits_gets_labels_to_print() {
    let f = site();
    f.build_ok();
    let labels = Document::load(f.path("output/catalogue/2025-2026/labels.pdf")).unwrap();
    // Four exhibits, eight labels to an A4 sheet: one page.
    assert_eq!(labels.get_pages().len(), 1);
    let text = pdf_text(&labels);
    for needle in [
        "№\u{a0}1",
        "№\u{a0}4",
        "Семинар баяндамасы",
        "Статья о цифровой грамотности",
        "Омаров Нұрлан, Сейітова Жанар",
        "Ақпараттық технологиялар бөлімі",
    ] {
        assert!(text.contains(needle), "{needle}: {text}");
    }
    assert!(!text.contains("Көрмеге қойылмайтын"), "{text}");
    assert!(fonts(&labels).iter().all(|(_, embedded)| *embedded));
    // A QR code per label: the catalogue's URLs.
    let page = f.read("output/catalogue/2025-2026/index.html");
    assert!(page.contains("href=\"labels.pdf\" download"), "{page}");

    // One label to an A6 page; a layout that cannot be is an error at its line.
    f.write(
        "config.yaml",
        &format!("{}catalogue:\n  labels: a6\n", common::CONFIG),
    );
    f.build_ok();
    let a6 = Document::load(f.path("output/catalogue/2025-2026/labels.pdf")).unwrap();
    assert_eq!(a6.get_pages().len(), 4);
    f.write(
        "config.yaml",
        &format!("{}catalogue:\n  labels: 9x9\n", common::CONFIG),
    );
    let err = f.build_fails();
    assert!(
        err.contains("config.yaml:6:11: unknown layout of exhibit labels `9x9`"),
        "{err}"
    );
}

#[test]
fn a_catalogue_made_alone_remakes_the_years_other_prints() {
    let f = site();
    f.build_ok();
    let year = |file: &str| f.path(&format!("output/catalogue/{YEAR}/{file}"));
    f.write(
        "content/seminars/s.md",
        "---\ntitle: Жаңа атаулы баяндама\ndate: 2025-11-02\nauthors: [abenova-g]\nlevel: облыстық\nevent: Облыстық семинар\n---\nМәтін.\n",
    );
    let (ok, _, err) = f.run(&["catalogue", YEAR]);
    assert!(ok, "{err}");
    for file in [
        "catalogue.pdf",
        "labels.pdf",
        "certificates.pdf",
        "index.html",
    ] {
        let text = if file.ends_with(".pdf") {
            pdf_text(&Document::load(year(file)).unwrap())
        } else {
            std::fs::read_to_string(year(file)).unwrap()
        };
        assert!(text.contains("Жаңа атаулы баяндама"), "{file}: {text}");
        assert!(!text.contains("Семинар баяндамасы"), "{file}: {text}");
    }
}

#[test]
fn the_imprint_page_prints_what_the_foreword_and_config_say() {
    let f = site();
    f.write(
        "config.yaml",
        &format!(
            "{}city: Петропавл\ncatalogue:\n  udc: \"377.1\"\n  bbk: \"74.57\"\n  compiler: Әдепкі құрастырушы\n",
            common::CONFIG
        ),
    );
    f.write(
        "content/catalogue/2025-2026.md",
        "---\ntitle: Алғы сөз\ncompiler: Н. Ж. Бекмұхамбетова\nreviewers: [Г. С. Әбенова, Д. М. Ілиясова]\n\
         approved: 2026-05-20\nminutes: 5\nannotation: Каталог оқытушыларға арналған.\n---\nМәтін.\n",
    );
    f.build_ok();
    let doc = Document::load(f.path("output/catalogue/2025-2026/catalogue.pdf")).unwrap();
    let pages = doc.get_pages().len();
    let imprint = doc.extract_text(&[2]).unwrap();
    let flat = imprint.split_whitespace().collect::<Vec<_>>().join(" ");
    for needle in [
        "УДК 377.1",
        "ББК 74.57",
        "Колледждің әдістемелік кеңесінің шешімімен баспаға ұсынылды (№ 5 хаттама, 2026 ж. 20 мамыр).",
        "Құрастырған: Н. Ж. Бекмұхамбетова",
        "Пікір жазғандар: Г. С. Әбенова Д. М. Ілиясова",
        "Каталог оқытушыларға арналған.",
        "Петропавл: Тест колледжі, 2026.",
    ] {
        assert!(flat.contains(needle), "{needle}\n{flat}");
    }
    assert!(
        flat.contains(&format!("— {pages} б.")),
        "{pages} pages: {flat}"
    );
    assert!(
        !flat.contains("Әдепкі"),
        "the foreword's compiler wins: {flat}"
    );

    // Another year without a foreword takes config's defaults and no approval.
    let other = Document::load(f.path("output/catalogue/2024-2025/catalogue.pdf")).unwrap();
    let flat = other
        .extract_text(&[2])
        .unwrap()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    assert!(flat.contains("Құрастырған: Әдепкі құрастырушы"), "{flat}");
    assert!(!flat.contains("хаттама"), "{flat}");

    // A date that is none, and a misspelt field, at their lines.
    f.write(
        "content/catalogue/2025-2026.md",
        "---\ntitle: Алғы сөз\napproved: 31.02.2026\nreviewer: Г. С. Әбенова\nminutes: [3, 4]\nudc: {code: 377}\n---\nМәтін.\n",
    );
    let err = f.build_fails();
    // A list or map where the imprint prints one line: not left out unsaid.
    assert!(
        err.contains("content/catalogue/2025-2026.md:5:10: `minutes` must be text, found a list\n  hint: write it on one line: minutes: 3"),
        "{err}"
    );
    assert!(
        err.contains("content/catalogue/2025-2026.md:6:6: `udc` must be text, found a map"),
        "{err}"
    );
    assert!(
        err.contains("content/catalogue/2025-2026.md:3:11: `approved` is not a date"),
        "{err}"
    );
    assert!(
        err.contains("content/catalogue/2025-2026.md:4:1: unknown field `reviewer` is ignored")
            && err.contains("did you mean `reviewers`?"),
        "{err}"
    );
}

/// A `w` × `h` JPEG of one colour.
fn jpeg(w: u32, h: u32) -> Vec<u8> {
    use image::ImageEncoder;
    let img = image::RgbImage::from_pixel(w, h, image::Rgb([40, 90, 140]));
    let mut out = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 85)
        .write_image(img.as_raw(), w, h, image::ExtendedColorType::Rgb8)
        .unwrap();
    out
}

/// The sizes of the images of a PDF's page `n`.
fn images_on(doc: &Document, n: u32) -> Vec<(i64, i64)> {
    let page = doc.get_pages()[&n];
    let (resources, ids) = doc.get_page_resources(page).unwrap();
    let mut dicts: Vec<&lopdf::Dictionary> = resources.into_iter().collect();
    dicts.extend(ids.iter().filter_map(|id| doc.get_dictionary(*id).ok()));
    let mut out = Vec::new();
    for d in dicts {
        let Ok(xobjects) = d.get(b"XObject").and_then(|x| match x {
            Object::Reference(id) => doc.get_dictionary(*id),
            o => o.as_dict(),
        }) else {
            continue;
        };
        for (_, o) in xobjects.iter() {
            let Ok(id) = o.as_reference() else { continue };
            let Ok(stream) = doc.get_object(id).and_then(Object::as_stream) else {
                continue;
            };
            let dim = |k: &[u8]| stream.dict.get(k).and_then(Object::as_i64).ok();
            if let (Some(w), Some(h)) = (dim(b"Width"), dim(b"Height")) {
                out.push((w, h));
            }
        }
    }
    out
}

#[test]
fn the_cover_prints_its_photo_and_a_picture_that_is_none_is_an_error_at_its_line() {
    let f = site();
    f.write_bytes("data/cover.jpg", &jpeg(3000, 2000));
    f.write(
        "config.yaml",
        &format!(
            "{}catalogue:\n  cover_photo: data/cover.jpg\n",
            common::CONFIG
        ),
    );
    f.build_ok();
    let doc = Document::load(f.path("output/catalogue/2025-2026/catalogue.pdf")).unwrap();
    // 118 mm of an A5 page at 300 dpi, not the 3000 px original.
    assert_eq!(images_on(&doc, 1), [(1394, 929)]);

    let before = f.read("output/catalogue/2025-2026/index.html");
    f.write_bytes("data/cover.jpg", b"not a photo at all");
    f.write(
        "config.yaml",
        &format!(
            "{}catalogue:\n  logo: data/missing.png\n  cover_photo: data/cover.jpg\n",
            common::CONFIG
        ),
    );
    let err = f.build_fails();
    assert!(
        err.contains("config.yaml:6:9: the catalogue's logo `data/missing.png` is not there"),
        "{err}"
    );
    assert!(
        err.contains("hint: put the picture at data/missing.png"),
        "{err}"
    );
    assert!(
        err.contains("config.yaml:7:16: the catalogue's cover_photo `data/cover.jpg`: this is not a JPEG image"),
        "{err}"
    );
    assert_eq!(f.read("output/catalogue/2025-2026/index.html"), before);
}

#[test]
fn each_exhibitor_gets_a_certificate_naming_their_works() {
    let f = site();
    f.write(
        "config.yaml",
        &format!(
            "{}city: Петропавл\ncatalogue:\n  signatures:\n    - name: А. Қ. Сейтқали\n      role: Колледж директоры\n",
            common::CONFIG
        ),
    );
    f.write(
        "content/catalogue/2025-2026.md",
        "---\ntitle: Алғы сөз\nexhibited: 2026-04-20\n---\nМәтін.\n",
    );
    f.build_ok();
    let doc = Document::load(f.path("output/catalogue/2025-2026/certificates.pdf")).unwrap();
    // Әбенова, Омаров, Қасымова and the guest Сейітова: one page each.
    assert_eq!(doc.get_pages().len(), 4);
    let page = |n: u32| {
        (doc.extract_text(&[n]).unwrap())
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    };
    let all: Vec<String> = (1..=4).map(page).collect();
    let omarov = all
        .iter()
        .find(|p| p.contains("Омаров Нұрлан"))
        .expect("Омаров's");
    // Its letters are spaced out, and read so.
    assert!(omarov.replace(' ', "").contains("СЕРТИФИКАТ"), "{omarov}");
    for needle in [
        "2025–2026 оқу жылындағы әдістемелік көрмеге қатысқаны үшін беріледі",
        "Көрмеге ұсынылған жұмыстар:",
        "Статья о цифровой грамотности",
        "Колледж директоры",
        "А. Қ. Сейтқали",
        // The place of the college's seal, by the head's signature.
        "М.О.",
        "Петропавл, 2026 ж. 20 сәуір",
    ] {
        assert!(omarov.contains(needle), "{needle}: {omarov}");
    }
    let guest = all
        .iter()
        .find(|p| p.contains("Сейітова Жанар"))
        .expect("the guest's");
    assert!(guest.contains("Көрмеге ұсынылған жұмыс:"), "{guest}");
    // One work or several, the title is printed at one height.
    let pdf = f.path("output/catalogue/2025-2026/certificates.pdf");
    let title_tops: Vec<String> = (1..=4).map(|n| line_tops(&pdf, n)[1].clone()).collect();
    assert!(
        title_tops.iter().all(|t| *t == title_tops[0]),
        "{title_tops:?}"
    );
    assert!(fonts(&doc).iter().all(|(_, embedded)| *embedded));
    let page = f.read("output/catalogue/2025-2026/index.html");
    assert!(
        page.contains("href=\"certificates.pdf\" download"),
        "{page}"
    );
}

#[test]
fn certificates_for_one_events_participants_go_to_a_file_of_their_own() {
    let f = site();
    f.build_ok();
    let (ok, out, err) = f.run(&["certificates", YEAR, "--event", "облыстық"]);
    assert!(ok, "{err}");
    assert!(out.contains("made 1 certificate of 2025-2026"), "{out}");
    assert!(
        out.contains("note: the next `ozyq build` remakes output/ without"),
        "{out}"
    );
    let (ok, out, err) = f.run(&["certificates", YEAR]);
    assert!(ok, "{err}");
    assert!(
        !out.contains("note:"),
        "a build makes certificates.pdf: {out}"
    );
    let path = f.path("output/catalogue/2025-2026/certificates-oblystyq.pdf");
    let doc = Document::load(&path).unwrap();
    assert_eq!(doc.get_pages().len(), 1);
    let text = pdf_text(&doc)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    assert!(
        text.contains("Облыстық семинар: іс-шараға қатысқаны үшін беріледі")
            && text.contains("Әбенова Гүлнар")
            && text.contains("Семинар баяндамасы"),
        "{text}"
    );
    // Dated the seminar's day (2 November 2025), not the academic year.
    assert!(text.contains("қараша"), "{text}");
    // The site's own certificates stay as the build made them.
    assert!(
        f.path("output/catalogue/2025-2026/certificates.pdf")
            .is_file()
    );
    // Typed on a Russian keyboard (к for қ, capitals): the same seminar.
    let (ok, out, err) = f.run(&["certificates", YEAR, "--event", "ОБЛЫСТЫК"]);
    assert!(ok, "{err}");
    assert!(out.contains("made 1 certificate of 2025-2026"), "{out}");
    let (ok, _, err) = f.run(&["certificates", YEAR, "--event", "жоқ іс-шара"]);
    assert!(!ok);
    assert!(
        err.contains("no exhibit of 2025-2026 has an event containing `жоқ іс-шара`"),
        "{err}"
    );
    let (ok, _, err) = f.run(&["certificates", YEAR, "--event", " «» "]);
    assert!(!ok && err.contains("`--event` names no event"), "{err}");

    // Words that two events have name neither: each certificate names its own.
    f.write(
        "content/competitions/b.md",
        "---\ntitle: Байқаудағы жұмыс\ndate: 2026-04-16\nauthors: [omarov-n]\nevent: «Шебер педагог» облыстық байқауы\n---\nМәтін.\n",
    );
    let (ok, _, err) = f.run(&["certificates", YEAR, "--event", "облыстық"]);
    assert!(!ok);
    assert!(
        err.contains("`облыстық` is in the names of 2 events of 2025-2026; certificates are for one")
            && err.contains("hint: write more of the name of the one meant: `Облыстық семинар`; `«Шебер педагог» облыстық байқауы`"),
        "{err}"
    );
    // More of it, or the whole name (quotes and case as they come), names one.
    let (ok, out, err) = f.run(&["certificates", YEAR, "--event", "облыстық семинар"]);
    assert!(ok && out.contains("made 1 certificate"), "{err}");
    let (ok, out, err) = f.run(&[
        "certificates",
        YEAR,
        "--event",
        "шебер педагог облыстық байқауы",
    ]);
    assert!(ok && out.contains("made 1 certificate"), "{err}");
    let path =
        f.path("output/catalogue/2025-2026/certificates-sheber-pedagog-oblystyq-baiqauy.pdf");
    let text = pdf_text(&Document::load(&path).unwrap());
    assert!(
        text.contains("Омаров") && !text.contains("Әбенова"),
        "{text}"
    );
}

/// The cover's approval: the post, the line signed on before the name, and the
/// line for the date.
#[test]
fn the_cover_is_approved_with_a_signature_before_the_name() {
    let f = site();
    f.write(
        "config.yaml",
        &format!(
            "{}catalogue:\n  approved_by: Директордың орынбасары Н. Ж. Сейтқали\n",
            common::CONFIG
        ),
    );
    f.build_ok();
    let doc = Document::load(f.path("output/catalogue/2025-2026/catalogue.pdf")).unwrap();
    let cover = doc.extract_text(&[1]).unwrap();
    let lines: Vec<&str> = cover.lines().map(str::trim).collect();
    let at = lines.iter().position(|l| *l == "БЕКІТЕМІН").expect(&cover);
    assert_eq!(lines[at + 1], "Директордың орынбасары", "{cover}");
    assert!(
        lines[at + 2].starts_with("____") && lines[at + 2].ends_with("Н.\u{A0}Ж.\u{A0}Сейтқали"),
        "{cover}"
    );
    assert_eq!(lines[at + 3], "«___» ____________ 2026 ж.", "{cover}");
}

/// A file field is printed as its format and size, there on the site: its
/// name (taldau.pdf) means nothing on paper.
#[test]
fn a_file_field_is_printed_without_its_file_name() {
    let f = site();
    f.write(
        "content/open-lessons/t/index.md",
        "---\ntitle: Талдауы бар сабақ\ndate: 2025-12-02\nauthors: omarov-n\nanalysis: taldau.pdf\n---\nМәтін.\n",
    );
    f.write_bytes("content/open-lessons/t/taldau.pdf", b"%PDF-1.4\n%%EOF\n");
    f.build_ok();
    let doc = Document::load(f.path("output/catalogue/2025-2026/catalogue.pdf")).unwrap();
    let text = pdf_text(&doc)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    assert!(
        text.contains("Сабақ талдауы : PDF, 1 КБ — сайтта"),
        "{text}"
    );
    assert!(!text.contains("taldau.pdf"), "{text}");
}

/// A certificate names a work in «…»; quotes of the title's own are „…“ inside
/// them, not a second «» (««Сыни ойлау» әдісі»).
#[test]
fn a_quoted_title_is_not_quoted_twice_on_a_certificate() {
    let f = site();
    f.write(
        "content/seminars/q.md",
        "---\ntitle: «Сыни ойлау» әдісі\ndate: 2025-12-02\nauthors: omarov-n\nevent: Қалалық семинар\n---\nМәтін.\n",
    );
    f.write(
        "content/seminars/w.md",
        "---\ntitle: «Ашық сабақ»\ndate: 2025-12-03\nauthors: omarov-n\nevent: Қалалық семинар\n---\nМәтін.\n",
    );
    f.build_ok();
    let (ok, _, err) = f.run(&["certificates", YEAR, "--event", "қалалық"]);
    assert!(ok, "{err}");
    let path = f.path("output/catalogue/2025-2026/certificates-qalalyq.pdf");
    let text = pdf_text(&Document::load(&path).unwrap())
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    assert!(text.contains("«„Сыни ойлау“ әдісі»"), "{text}");
    assert!(
        text.contains("«Ашық сабақ»") && !text.contains("««"),
        "{text}"
    );
}

/// A Russian site whose teacher has a name in each language: the printed
/// documents name her in Russian, as its pages do, and `ozyq portfolio` finds
/// her by either form.
#[test]
fn a_russian_sites_documents_name_teachers_in_russian() {
    let f = site();
    f.write("config.yaml", &format!("{}language: ru\n", common::CONFIG));
    f.write(
        "data/authors.yaml",
        &common::AUTHORS.replace(
            "name: Омаров Нұрлан",
            "name: {kk: Омаров Нұрлан Ерланұлы, ru: Омаров Нурлан Ерланович}",
        ),
    );
    f.build_ok();
    let doc = Document::load(f.path(&format!("output/catalogue/{YEAR}/catalogue.pdf"))).unwrap();
    let text = pdf_text(&doc);
    assert!(text.contains("Омаров Нурлан Ерланович"), "{text}");
    assert!(!text.contains("Нұрлан"), "{text}");
    let labels = Document::load(f.path(&format!("output/catalogue/{YEAR}/labels.pdf"))).unwrap();
    assert!(pdf_text(&labels).contains("Омаров Нурлан Ерланович"));
    for name in ["Омаров Нурлан Ерланович", "омаров нұрлан ерланұлы"]
    {
        let (ok, _, err) = f.run(&["portfolio", name]);
        assert!(ok, "{name}: {err}");
    }
}

/// An exhibit whose title is near the longest allowed and which has seven
/// authors: its label sets the title smaller and then names the first authors
/// with «т.б.», rather than running off the label.
#[test]
fn a_label_too_full_for_all_its_authors_names_the_first_with_and_others() {
    let f = site();
    let title = "Жалпы білім беретін пәндерді оқытуда студенттердің функционалдық сауаттылығын \
                 қалыптастыру: сын тұрғысынан ойлау технологиясы, жобалық оқыту, кейс-стади әдісі \
                 және цифрлық білім беру ресурстарын кіріктіре пайдаланудың әдістемелік негіздері \
                 мен тәжірибесі";
    // A dozen names fit, smaller; two dozen do not.
    let mut names = vec![
        "abenova-g".to_string(),
        "omarov-n".into(),
        "kasymova-a".into(),
    ];
    names.extend((1..=20).map(|i| format!("\"Қонақов{i} Ерлан Серікұлы\"")));
    names.push("\"Үсенов Ерлан Серікұлы\"".into());
    let authors = format!("[{}]", names.join(", "));
    f.write(
        "content/articles/long.md",
        &format!("---\ntitle: \"{title}\"\ndate: 2026-01-15\nauthors: {authors}\n---\nМәтін.\n"),
    );
    f.build_ok();
    let doc = Document::load(f.path(&format!("output/catalogue/{YEAR}/labels.pdf"))).unwrap();
    let text = pdf_text(&doc)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    assert!(text.contains("т.б."), "{text}");
    assert!(text.contains("Әбенова Гүлнар"), "{text}");
    assert!(!text.contains("Үсенов Ерлан"), "{text}");
}

/// The words poppler finds on each page of a PDF, with their boxes
/// (`pdftotext -bbox`): (page, word, x0, y0, x1, y1).
fn word_boxes(pdf: &std::path::Path) -> Vec<(usize, String, f64, f64, f64, f64)> {
    let out = std::process::Command::new("pdftotext")
        .args(["-bbox".as_ref(), pdf.as_os_str(), "-".as_ref()])
        .output()
        .expect("pdftotext (poppler-utils)");
    let html = String::from_utf8_lossy(&out.stdout);
    let mut words = Vec::new();
    for (page, text) in html.split("<page ").skip(1).enumerate() {
        for w in text.split("<word ").skip(1) {
            let num = |key: &str| -> f64 {
                let at = w.find(&format!("{key}=\"")).unwrap() + key.len() + 2;
                w[at..at + w[at..].find('"').unwrap()].parse().unwrap()
            };
            let word = &w[w.find('>').unwrap() + 1..w.find("</word>").unwrap()];
            let (x0, y0, x1, y1) = (num("xMin"), num("yMin"), num("xMax"), num("yMax"));
            words.push((page, word.to_string(), x0, y0, x1, y1));
        }
    }
    words
}

/// A title of the most the print keeps and a dozen authors with long double
/// names: the label names as many as it holds at its smallest, rather than
/// print the names over the department.
#[test]
fn a_label_with_no_room_even_for_one_name_cuts_its_title_and_nothing_overprints() {
    let f = site();
    let title = "Абайдың «Ғылым таппай мақтанба» өлеңі негізінде жоғары колледж студенттерінің \
                 сыни тұрғыдан ойлау, функционалдық сауаттылық, коммуникативтік және цифрлық \
                 құзыреттіліктерін кіріктірілген пәнаралық жобалық оқыту технологиясы арқылы \
                 кешенді дамытудың ғылыми-әдістемелік негіздері мен практикалық тәжірибесі";
    let names: Vec<String> = (1..=12)
        .map(|i| format!("\"Һасенова-Мұхаметжанова{i} Гүлжаһан Нұрмұхамбетқызы-Жұмабайқызы\""))
        .collect();
    f.write(
        "content/articles/long.md",
        &format!(
            "---\ntitle: \"{title}\"\ndate: 2026-01-15\nauthors: [{}]\ndepartment: it\n---\nМәтін.\n",
            names.join(", ")
        ),
    );
    f.build_ok();
    let words = word_boxes(&f.path(&format!("output/catalogue/{YEAR}/labels.pdf")));
    let text: Vec<&str> = words.iter().map(|w| w.1.as_str()).collect();
    let text = text.join(" ");
    assert!(text.contains("Һасенова-Мұхаметжанова1 Гүлжаһан"), "{text}");
    assert!(
        !text.contains("Мұхаметжанова12"),
        "the names are cut: {text}"
    );
    assert!(text.contains("т.б."), "{text}");
    assert_none_overprints(&words, "2x4");
}

/// Boxes span the fonts' ascent and descent, so that a big number's box reaches
/// into the line below it: words overprint when their boxes share width and over
/// a third of the lower one's height.
fn assert_none_overprints(words: &[(usize, String, f64, f64, f64, f64)], layout: &str) {
    for (i, a) in words.iter().enumerate() {
        for b in &words[i + 1..] {
            let wide = a.4.min(b.4) - a.2.max(b.2);
            let high = a.5.min(b.5) - a.3.max(b.3);
            let lower = (a.5 - a.3).min(b.5 - b.3);
            let over = a.0 == b.0 && wide > 0.5 && high > lower / 3.0;
            assert!(!over, "{layout}: «{}» is printed over «{}»", a.1, b.1);
        }
    }
}

/// Smaller cells hold the same labels: their text is smaller, cut short when it
/// must be, and never printed over itself.
#[test]
fn labels_of_every_sheet_hold_their_text() {
    let f = site();
    let title = "Жалпы білім беретін пәндерді оқытуда студенттердің функционалдық сауаттылығын \
                 қалыптастыру: сын тұрғысынан ойлау технологиясы, жобалық оқыту, кейс-стади әдісі \
                 және цифрлық білім беру ресурстарын кіріктіре пайдаланудың әдістемелік негіздері";
    f.write(
        "content/articles/long.md",
        &format!("---\ntitle: \"{title}\"\ndate: 2026-01-15\nauthors: [abenova-g, omarov-n, kasymova-a, \"Сейітова Жанар Қайратқызы\", \"Ғалымов Дәурен Қайратұлы\"]\ndepartment: it\n---\nМәтін.\n"),
    );
    for layout in ["3x8", "4x10"] {
        f.write(
            "config.yaml",
            &format!("{}catalogue:\n  labels: {layout}\n", common::CONFIG),
        );
        f.build_ok();
        let words = word_boxes(&f.path(&format!("output/catalogue/{YEAR}/labels.pdf")));
        assert!(words.iter().any(|w| w.1 == "Әбенова"), "{layout}");
        assert_none_overprints(&words, layout);
    }
}

/// A teacher the data file gives no category is not said to have none: «Санатсыз»
/// is a category of its own, written as `category: none`.
#[test]
fn an_unstated_category_is_not_printed_as_none() {
    let f = site();
    f.build_ok();
    let page = f.read(&format!("output/catalogue/{YEAR}/index.html"));
    let pdf = pdf_text(
        &Document::load(f.path(&format!("output/catalogue/{YEAR}/catalogue.pdf"))).unwrap(),
    );
    for text in [&page, &pdf] {
        assert!(!text.contains("Санатсыз"), "{text}");
        // Қасымова (no category in the file) and the guest Сейітова.
        assert!(text.contains("Санаты көрсетілмеген"), "{text}");
    }
    assert!(
        !f.read("output/authors/kasymova-a/index.html")
            .contains("Санатсыз")
    );

    f.write(
        "data/authors.yaml",
        &common::AUTHORS.replace(
            "- id: kasymova-a\n",
            "- id: kasymova-a\n  category: санатсыз\n",
        ),
    );
    f.build_ok();
    let page = f.read(&format!("output/catalogue/{YEAR}/index.html"));
    assert!(
        page.contains("Қасымова Айгерім</a> <span class=\"muted\">(Санатсыз)</span>"),
        "{page}"
    );
    let author = f.read("output/authors/kasymova-a/index.html");
    assert!(author.contains("<dd>Санатсыз</dd>"), "{author}");
}

/// `college: ""` and `city: ""`, as `ozyq init` writes them, are not written: the
/// cover and the imprint leave them out instead of printing «— : , 2026».
#[test]
fn an_empty_college_and_city_are_left_out_of_the_print() {
    let f = site();
    f.write(
        "config.yaml",
        "title: Тест сайты\ncollege: \"\"\ncity: \" \"\nbase_url: https://college.example/otm/\n",
    );
    f.build_ok();
    let text = catalogue_text(&f);
    assert!(
        text.contains("Әдістемелік көрме каталогы: 2025–2026 оқу жылы. — Тест сайты, 2026."),
        "{text}"
    );
    assert!(!text.contains(": ,") && !text.contains("— :"), "{text}");
}
