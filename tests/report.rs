//! The yearly report: figures that add up across kinds and levels, the same
//! figures as the catalogue, competition results, publications as ГОСТ lines,
//! the plan's fulfilment and who took part most, linked from the year and home.

mod common;

use common::Fixture;

fn site() -> Fixture {
    let f = Fixture::new();
    f.write(
        "config.yaml",
        &format!("{}city: Петропавл\n", common::CONFIG),
    );
    let entry = |rel: &str, front: &str| {
        f.write(
            rel,
            &format!("---\n{front}summary: Қысқаша.\n---\nМәтін.\n"),
        );
    };
    entry(
        "content/articles/a.md",
        "title: Оқу сауаттылығы\ndate: 2025-11-03\nauthors: [abenova-g]\njournal: «Кәсіптік білім»\nissue: \"4\"\nyear: 2025\npages: \"23-27\"\nplan: art\n",
    );
    entry(
        "content/articles/b.md",
        "title: Статья четырёх авторов\ndate: 2026-02-01\nlang: ru\nauthors: [omarov-n, abenova-g, kasymova-a, \"Сейітова Жанар Аманқызы\"]\njournal: Вестник\nissue: \"1\"\npages: \"7\"\ndoi: \"10.1000/182\"\n",
    );
    entry(
        "content/guidelines/g.md",
        "title: Сабақ жоспары\ndate: 2025-12-10\nauthors: [kasymova-a]\n",
    );
    entry(
        "content/competitions/o.md",
        "title: Олимпиада\ndate: 2026-03-01\nauthors: [kasymova-a]\nlevel: республикалық\nresult: I орын\nevent: Информатикадан республикалық олимпиада\n",
    );
    entry(
        "content/competitions/p.md",
        "title: Байқау\ndate: 2026-04-01\nauthors: [omarov-n]\nlevel: облыстық\nresult: алғыс хат\n",
    );
    entry(
        "content/seminars/s.md",
        "title: Семинар\ndate: 2025-10-01\nauthors: [abenova-g]\nlevel: облыстық\nexhibit: false\n",
    );
    f.write(
        "content/plan/2025-2026.yaml",
        "- id: art\n  title: Мақала\n  form: article\n  when: қараша\n- id: lec\n  title: Дәріс\n  form: lecture\n  when: қазан\n",
    );
    f
}

/// A Russian work names its publisher as the Russian pages name the college.
#[test]
fn a_russian_works_publisher_is_named_in_russian() {
    let f = site();
    f.write(
        "config.yaml",
        &format!(
            "{}city: Петропавл\nlanguages:\n  kk:\n  ru:\n    college: Тестовый колледж\n",
            common::CONFIG
        ),
    );
    f.write(
        "content/guidelines/r.md",
        "---\ntitle: Методика урока\ndate: 2025-12-11\nlang: ru\nauthors: [kasymova-a]\nsummary: Кратко.\n---\nТекст.\n",
    );
    f.write(
        "content/guidelines/k.md",
        "---\ntitle: Жобалау әдісі бойынша әдістемелік нұсқау\ndate: 2025-12-12\nauthors: [kasymova-a]\nsummary: Қысқаша.\n---\nМәтін.\n",
    );
    let (ok, _, err) = f.run_on(Some("2026-06-01"), &["build"]);
    assert!(ok, "{err}");
    let html = f.read("output/report/2025-2026/index.html");
    // A title that says what the work is is not followed by its kind again.
    assert!(
        html.contains("Жобалау әдісі бойынша әдістемелік нұсқау / А. Қасымова."),
        "{html}"
    );
    assert!(
        html.contains("— Петропавл : Тестовый колледж, 2025."),
        "{html}"
    );
    assert!(
        html.contains("— Петропавл : Тест колледжі, 2025."),
        "{html}"
    );
    // A Russian line names a teacher by the Russian form of her name, which the
    // data file gives; a Kazakh line by the Kazakh one.
    f.write(
        "data/authors.yaml",
        &common::AUTHORS.replace(
            "  name: Қасымова Айгерім\n",
            "  name: {kk: Қасымова Айгерім, ru: Касымова Айгерим}\n",
        ),
    );
    let (ok, _, err) = f.run_on(Some("2026-06-01"), &["build"]);
    assert!(ok, "{err}");
    let html = f.read("output/report/2025-2026/index.html");
    assert!(
        html.contains("Касымова А. Методика урока : методические рекомендации / А. Касымова."),
        "{html}"
    );
    assert!(html.contains("нұсқау / А. Қасымова."), "{html}");
}

#[test]
fn the_report_counts_every_entry_of_the_year_and_lists_its_publications() {
    let f = site();
    let (ok, _, err) = f.run_on(Some("2026-06-01"), &["build"]);
    assert!(ok, "{err}");
    let html = f.read("output/report/2025-2026/index.html");
    // Every entry of the year, the one left out of the catalogue too.
    assert!(html.contains("<strong>6</strong> материал"), "{html}");
    // Kinds by level: columns for the levels that occur, then «no level».
    let table = &html[html
        .find("<caption>Жұмыс түрлері мен іс-шара деңгейлері")
        .unwrap()..];
    let table = &table[..table.find("</table>").unwrap()];
    // The levels with the places a phone's narrow column may break them.
    assert!(table.contains(">Об\u{AD}лыс\u{AD}тық<"), "{table}");
    let head: Vec<String> = table
        .match_indices("<th scope=\"col\" class=\"n\">")
        .map(|(i, m)| {
            let s = &table[i + m.len()..];
            s[..s.find('<').unwrap()].replace('\u{AD}', "")
        })
        .collect();
    assert_eq!(
        head,
        [
            "Облыстық",
            "Республикалық",
            "Деңгейі көрсетілмеген",
            "Барлығы"
        ]
    );
    let cells = |row: &str| -> Vec<usize> {
        let r = &table[table.find(row).unwrap()..];
        let r = &r[..r.find("</tr>").unwrap()];
        r.match_indices("<td class=\"n\">")
            .map(|(i, m)| {
                let s = &r[i + m.len()..];
                let s = s.trim_start_matches("<strong>");
                s[..s.find('<').unwrap()].parse().unwrap()
            })
            .collect()
    };
    assert_eq!(cells(">Семинарлар<"), [1, 0, 0, 1]);
    assert_eq!(cells(">Байқаулар мен олимпиадалар<"), [1, 1, 0, 2]);
    assert_eq!(cells(">Мақалалар<"), [0, 0, 2, 2]);
    // The totals add up, across and down.
    assert_eq!(cells("<tfoot>"), [2, 1, 3, 6]);
    // Results, first places first.
    let first = html
        .find("<td>I орын</td><td>Республикалық</td>")
        .expect("first place");
    let thanks = html
        .find("<td>Алғыс хат</td><td>Облыстық</td>")
        .expect("letter of thanks");
    assert!(first < thanks);
    // The event column names the event, or the work where none is given.
    assert!(
        html[first..].contains("index.html\">Информатикадан республикалық олимпиада</a>"),
        "{html}"
    );
    assert!(html[thanks..].contains("index.html\">Байқау</a>"), "{html}");
    // Publications as ГОСТ 7.1 lines, in Kazakh alphabetical order.
    for line in [
        "Әбенова Г. Оқу сауаттылығы / Г. Әбенова // Кәсіптік білім. — 2025. — № 4. — Б. 23–27.",
        "Қасымова А. Сабақ жоспары : әдістемелік нұсқау / А. Қасымова. — Петропавл : Тест колледжі, 2025.",
        "Статья четырёх авторов / Н. Омаров, Г. Әбенова, А. Қасымова [и др.] // Вестник. — 2026. — № 1. — С. 7. — DOI: 10.1000/182.",
    ] {
        assert!(html.contains(line), "no «{line}» in\n{html}");
    }
    let at = |s: &str| html.find(s).unwrap();
    assert!(
        at("Әбенова Г. Оқу") < at("Қасымова А. Сабақ")
            && at("Қасымова А. Сабақ") < at("Статья четырёх")
    );
    // The plan: the article done, the lecture overdue: 1 of 2.
    assert!(
        html.contains("Орындалды 1 / Жоспарланған 2 (50%)"),
        "{html}"
    );
    // Who took part most: Қасымова in three entries, then the others by name.
    let top = &html[html.find("id=\"top-h\"").unwrap()..];
    let k = top
        .find("Қасымова Айгерім</a></th><td class=\"n\">3</td>")
        .expect("top participant");
    let a = top
        .find("Әбенова Гүлнар</a></th><td class=\"n\">3</td>")
        .expect("second");
    let o = top
        .find("Омаров Нұрлан</a></th><td class=\"n\">2</td>")
        .expect("third");
    assert!(k < o && a < o, "ties in Kazakh order, then fewer");
    // Linked from the year's page and the home page, and in the sitemap.
    let year = f.read("output/years/2025-2026/index.html");
    assert!(
        year.contains("href=\"../../report/2025-2026/index.html\">ОТМ жұмысының жылдық есебі</a>")
    );
    let home = f.read("output/index.html");
    assert!(home.contains(
        "href=\"./report/2025-2026/index.html\"><span>ОТМ жұмысының жылдық есебі, <span class=\"nowrap\">2025–2026</span></span></a>"
    ));
    assert!(
        f.read("output/sitemap.xml")
            .contains("https://college.example/otm/report/2025-2026/")
    );
}

#[test]
fn the_report_pdf_holds_the_same_figures_in_kazakh() {
    let f = site();
    let (ok, _, err) = f.run_on(Some("2026-06-01"), &["build"]);
    assert!(ok, "{err}");
    let doc = lopdf::Document::load(f.path("output/report/2025-2026/report.pdf")).unwrap();
    let pages: Vec<u32> = doc.get_pages().keys().copied().collect();
    assert!((1..=4).contains(&pages.len()), "{} pages", pages.len());
    let text = doc.extract_text(&pages).unwrap_or_default();
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    for needle in [
        "ОТМ жұмысының жылдық есебі",
        "Жұмыс түрлері мен іс-шара деңгейлері",
        "Республикалық",
        "Әбенова Г. Оқу сауаттылығы / Г. Әбенова // Кәсіптік білім. — 2025. — № 4. — Б. 23–27.",
        "Жоспардың орындалуы",
        "Қасымова Айгерім",
    ] {
        assert!(flat.contains(needle), "no «{needle}» in the PDF:\n{flat}");
    }
    let html = f.read("output/report/2025-2026/index.html");
    assert!(html.contains("href=\"report.pdf\" download"));
}

#[test]
fn the_catalogue_and_the_report_count_alike() {
    let f = site();
    f.write(
        "content/seminars/s.md",
        "---\ntitle: Семинар\ndate: 2025-10-01\nauthors: [abenova-g]\nlevel: облыстық\nsummary: Қысқаша.\n---\nМәтін.\n",
    );
    let (ok, _, err) = f.run_on(Some("2026-06-01"), &["build"]);
    assert!(ok, "{err}");
    let chart = |html: &str, title: &str| -> String {
        let i = html
            // Its name holds its figures: «title: Семинарлар 1, …».
            .find(&format!("aria-label=\"{title}: "))
            .unwrap_or_else(|| panic!("{title}"));
        html[i..i + html[i..].find("</svg>").unwrap()].to_string()
    };
    let report = f.read("output/report/2025-2026/index.html");
    let catalogue = f.read("output/catalogue/2025-2026/index.html");
    for title in [
        "Жұмыс түрлері бойынша",
        "Бөлімдер бойынша",
        "Іс-шара деңгейі бойынша",
    ] {
        assert_eq!(chart(&report, title), chart(&catalogue, title), "{title}");
    }
}

/// The printed report ends with the signature of the catalogue's approver (the
/// deputy who keeps the plan): the post, a line and the name, and a line for
/// the day; a site that names no approver has no such foot.
#[test]
fn the_report_pdf_is_signed_by_the_approver() {
    let f = site();
    let text = |f: &Fixture| {
        let (ok, _, err) = f.run_on(Some("2026-06-01"), &["build"]);
        assert!(ok, "{err}");
        let doc = lopdf::Document::load(f.path("output/report/2025-2026/report.pdf")).unwrap();
        let pages: Vec<u32> = doc.get_pages().keys().copied().collect();
        let text = doc.extract_text(&pages).unwrap_or_default();
        text.split_whitespace().collect::<Vec<_>>().join(" ")
    };
    let unsigned = text(&f);
    assert!(!unsigned.contains("____"), "{unsigned}");
    f.write(
        "config.yaml",
        &format!(
            "{}city: Петропавл\ncatalogue:\n  approved_by: Директордың орынбасары Н. Ж. Сейтқали\n",
            common::CONFIG
        ),
    );
    let signed = text(&f);
    for needle in ["Директордың орынбасары", "Н. Ж. Сейтқали", "2026 ж."]
    {
        assert!(
            signed.contains(needle),
            "no «{needle}» in the PDF:\n{signed}"
        );
    }
    let post = signed.rfind("Директордың орынбасары").unwrap();
    assert!(signed[post..].contains("«___»"), "{signed}");
}
