//! Figures in Markdown: a ```figures block shows the counts the site makes
//! (the same as the catalogue's and the report's) as a table or a chart, on the
//! web and in the catalogue's PDF; a mistake in one is a located error.

mod common;

use std::collections::BTreeMap;

use common::Fixture;

/// Six entries in 2025-2026 (two articles, a guideline, two competitions, a
/// seminar; levels on three of them) and one in 2024-2025.
fn site() -> Fixture {
    let f = Fixture::new();
    let entry = |rel: &str, front: &str| {
        f.write(
            rel,
            &format!("---\n{front}summary: Қысқаша.\n---\nМәтін.\n"),
        );
    };
    entry(
        "content/articles/a.md",
        "title: Мақала\ndate: 2025-11-03\nauthors: [abenova-g]\n",
    );
    entry(
        "content/articles/b.md",
        "title: Екінші мақала\ndate: 2026-02-01\nauthors: [omarov-n]\n",
    );
    entry(
        "content/guidelines/g.md",
        "title: Нұсқау\ndate: 2025-12-10\nauthors: [kasymova-a]\n",
    );
    entry(
        "content/competitions/o.md",
        "title: Олимпиада\ndate: 2026-03-01\nauthors: [kasymova-a]\nlevel: республикалық\nresult: I орын\n",
    );
    entry(
        "content/competitions/p.md",
        "title: Байқау\ndate: 2026-04-01\nauthors: [omarov-n]\nlevel: облыстық\nresult: алғыс хат\n",
    );
    entry(
        "content/seminars/s.md",
        "title: Семинар\ndate: 2025-10-01\nauthors: [abenova-g]\nlevel: облыстық\n",
    );
    entry(
        "content/seminars/old.md",
        "title: Өткен жылғы семинар\ndate: 2024-10-01\nauthors: [abenova-g]\n",
    );
    f
}

/// The bulletin of 2025-2026 with `blocks` as its body.
fn bulletin(f: &Fixture, blocks: &str) {
    f.write(
        "content/bulletins/b.md",
        &format!("---\ntitle: Бюллетень\ndate: 2026-05-30\nauthors: [abenova-g]\n---\nКіріспе.\n\n{blocks}"),
    );
}

/// The rows of the `n`th figures table of `html`, as heading → cells (the
/// headings' soft hyphens left out).
fn rows(html: &str, n: usize) -> (Vec<String>, BTreeMap<String, Vec<String>>, Vec<String>) {
    let start = html
        .match_indices("<figure class=\"figures\">")
        .nth(n)
        .unwrap()
        .0;
    let fig = &html[start..];
    let fig = &fig[..fig.find("</figure>").unwrap()];
    let cells = |row: &str| -> Vec<String> {
        row.split(['<', '>'])
            .enumerate()
            .filter(|(i, _)| i % 2 == 0)
            .map(|(_, t)| t.replace('\u{AD}', ""))
            .filter(|t| !t.is_empty())
            .collect()
    };
    let section = |tag: &str| {
        let open = format!("<{tag}>");
        fig.find(&open).map(|i| {
            let s = &fig[i + open.len()..];
            s[..s.find(&format!("</{tag}>")).unwrap()].to_string()
        })
    };
    let head = cells(&section("thead").unwrap());
    let body = section("tbody")
        .unwrap()
        .split("</tr>")
        .filter(|r| !r.is_empty())
        .map(|r| {
            let c = cells(r);
            (c[0].clone(), c[1..].to_vec())
        })
        .collect();
    let foot = section("tfoot").map(|s| cells(&s)).unwrap_or_default();
    (head, body, foot)
}

fn map(pairs: &[(&str, &[&str])]) -> BTreeMap<String, Vec<String>> {
    pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.iter().map(|s| s.to_string()).collect()))
        .collect()
}

#[test]
fn blocks_show_the_years_counts_as_tables_and_charts() {
    let f = site();
    bulletin(
        &f,
        "```figures\nby: kind\nas: both\n```\n\n\
         ```figures\nby: kind\nyear: all\ntitle: Барлық жылдар\n```\n\n\
         ```figures\nby: kind-level\n```\n\n\
         ~~~ figures\nby: result\nyear: 2025-2026\n~~~\n\n\
         ```figures\nby: category\n```\n",
    );
    f.build_ok();
    let html = f.read("output/bulletins/b/index.html");

    // The entry's own year by default: the bulletin itself counts too.
    let (head, body, foot) = rows(&html, 0);
    assert_eq!(head, ["Түрі", "Жұмыс саны"]);
    let kinds = map(&[
        ("Семинарлар", &["1"]),
        ("Байқаулар мен олимпиадалар", &["2"]),
        ("Мақалалар", &["2"]),
        ("Әдістемелік нұсқаулар", &["1"]),
        ("Бюллетеньдер", &["1"]),
    ]);
    assert_eq!(body, kinds);
    assert_eq!(foot, ["Барлығы", "7"]);
    assert!(html.contains("<figcaption>Жұмыс түрлері бойынша, 2025–2026</figcaption>"));
    let chart = &html[html.find("<svg class=\"chart\"").expect("a chart")..];
    let chart = &chart[..chart.find("</svg>").unwrap()];
    assert!(chart.contains("<title>Мақалалар: 2</title>"), "{chart}");
    // The table beside it says the figures: the chart's name is its caption.
    assert!(
        chart.contains("aria-label=\"Жұмыс түрлері бойынша, 2025–2026\""),
        "{chart}"
    );
    assert_eq!(chart.matches("<rect").count(), 5);

    // Every year, under the title given, without a chart.
    let (_, body, foot) = rows(&html, 1);
    assert_eq!(body["Семинарлар"], ["2"]);
    assert_eq!(foot, ["Барлығы", "8"]);
    assert!(html.contains("<figcaption>Барлық жылдар</figcaption>"));
    assert_eq!(html.matches("<svg class=\"chart\"").count(), 1);

    // Kinds by level: the rows and the columns add up to the same total.
    let (head, body, foot) = rows(&html, 2);
    assert_eq!(
        head,
        [
            "Түрі",
            "Облыстық",
            "Республикалық",
            "Деңгейі көрсетілмеген",
            "Барлығы"
        ]
    );
    // A phone's narrow columns break the levels between syllables.
    assert!(
        html.contains("<th scope=\"col\" class=\"num\">Рес\u{AD}пуб\u{AD}ли\u{AD}ка\u{AD}лық</th>"),
        "{html}"
    );
    assert_eq!(body["Байқаулар мен олимпиадалар"], ["1", "1", "0", "2"]);
    assert_eq!(body["Семинарлар"], ["1", "0", "0", "1"]);
    assert_eq!(foot, ["Барлығы", "2", "1", "4", "7"]);
    let sum = |col: usize| -> usize {
        body.values()
            .map(|r| r[col].parse::<usize>().unwrap())
            .sum()
    };
    for (col, total) in foot[1..].iter().enumerate() {
        assert_eq!(sum(col).to_string(), *total);
    }

    // Results, in the order of the results; no total, as not every entry has one.
    let (_, body, foot) = rows(&html, 3);
    assert_eq!(body, map(&[("I орын", &["1"]), ("Алғыс хат", &["1"])]));
    assert!(foot.is_empty());

    // Authors by category, each once however many works they have: the
    // figures add up to the year's 3 authors.
    let (head, body, foot) = rows(&html, 4);
    assert_eq!(head, ["Біліктілік санаты", "Авторлар"]);
    assert_eq!(
        body,
        map(&[
            ("Педагог-шебер", &["1"]),
            ("Бірінші санат", &["1"]),
            ("Санаты көрсетілмеген", &["1"]),
        ])
    );
    assert_eq!(foot, ["Барлығы", "3"]);

    // The same counts as the report of the year.
    let report = f.read("output/report/2025-2026/index.html");
    assert!(report.contains("<strong>7</strong> материал"), "{report}");
}

#[test]
fn mistakes_in_blocks_are_located_and_reported_together() {
    let f = site();
    bulletin(&f, "```figures\nby: kind\n```\n");
    f.build_ok();
    let before = f.read("output/bulletins/b/index.html");
    bulletin(
        &f,
        "```figures\nby: kinds\n```\n\n\
         ```figures\nby: kind\nyear: 2025\n```\n\n\
         ```figures\nby: kind\ncolour: blue\n```\n\n\
         ```figures\nby: kind-level\nas: chart\n```\n\n\
         ```figures\n```\n\n\
         ```figures\nby: kind\nas: graph\n```\n",
    );
    let err = f.build_fails();
    let file = "content/bulletins/b.md";
    for (line, needle) in [
        (9, "unknown `by: kinds`"),
        (14, "`2025` is not an academic year"),
        (19, "unknown field `colour`"),
        (24, "`by: kind-level` is a table"),
        (27, "the block is empty"),
        (32, "unknown `as: graph`"),
    ] {
        let at = format!("{file}:{line}:");
        assert!(
            err.lines().any(|l| l.contains(&at) && l.contains(needle)),
            "{needle} at {at}:\n{err}"
        );
    }
    assert!(err.contains("did you mean `kind`?"), "{err}");
    assert!(err.contains("2024-2025, or `all`"), "{err}");
    assert_eq!(f.read("output/bulletins/b/index.html"), before);
}

#[test]
fn a_catalogue_foreword_prints_its_figures_in_the_pdf() {
    let f = site();
    f.write(
        "content/catalogue/2025-2026.md",
        "---\ntitle: Алғы сөз\n---\nКөрмеде:\n\n```figures\nby: kind\ntitle: Көрмедегі жұмыстар\n```\n",
    );
    f.build_ok();
    let page = f.read("output/catalogue/2025-2026/index.html");
    assert!(
        page.contains("<figcaption>Көрмедегі жұмыстар</figcaption>"),
        "{page}"
    );
    let doc = lopdf::Document::load(f.path("output/catalogue/2025-2026/catalogue.pdf")).unwrap();
    let pages: Vec<u32> = doc.get_pages().keys().copied().collect();
    let text = doc.extract_text(&pages).unwrap_or_default();
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(flat.contains("Көрмедегі жұмыстар"), "{flat}");
    assert!(
        !flat.contains("by: kind"),
        "the block printed as code: {flat}"
    );
}
