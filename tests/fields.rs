//! The fields of each kind and a site's own: shown on entry pages, printed in the
//! catalogue, offered as search filters, written by `ozyq new`, and every bad value
//! reported at its place.

mod common;

use common::{CONFIG, Fixture};
use lopdf::Document;

/// Two fields of the site's own: a required number for seminars and open lessons,
/// and a choice for every kind; and a people field. Kinds are named as `ozyq new`
/// takes them: by id, hyphenated or by name.
const OWN_FIELDS: &str = "\
fields:
  - name: hours
    label: {kk: Сағат саны, ru: Количество часов, en: Hours}
    type: number
    kinds: [seminar, open-lesson]
    required: true
  - name: format
    label: {kk: Өткізу түрі, ru: Формат}
    type: choice
    choices:
      - {id: online, label: {kk: Онлайн, ru: Онлайн}, words: [zoom]}
      - {id: offline, label: {kk: Күндізгі, ru: Очно}}
  - name: mentor
    label: {kk: Тәлімгер}
    type: people
    kinds: [Ашық сабақ]
";

fn entry(f: &Fixture, rel: &str, fields: &str) {
    f.write(
        rel,
        &format!("---\ntitle: {rel}\ndate: 2025-11-{:02}\nauthors: abenova-g\nsummary: Қысқаша.\n{fields}---\nМәтін.\n", 1 + rel.len() % 27),
    );
}

/// A site with an entry of every kind, each with all its fields.
fn site() -> Fixture {
    let f = Fixture::new();
    f.write("config.yaml", &format!("{CONFIG}{OWN_FIELDS}"));
    entry(
        &f,
        "content/seminars/s/index.md",
        "event: Облыстық семинар\nlevel: облыстық\nvenue: Павлодар\norganiser: Білім басқармасы\nrole: баяндамашы\nparticipants: 46\nprogramme: bagdarlama.pdf\nhours: 4\nformat: zoom\nfeatured: true\n",
    );
    f.write("content/seminars/s/bagdarlama.pdf", "%PDF-1.4\n%%EOF\n");
    entry(
        &f,
        "content/conferences/c.md",
        "event: Халықаралық конференция\nlevel: international\nrole: participant\nformat: Күндізгі\n",
    );
    entry(
        &f,
        "content/competitions/o.md",
        "event: Олимпиада\nlevel: республиканский\nparticipant: студенттер\nstudents: [\"Серікбай Ә.\", \"Петрова А.\"]\ngroup: ИС-23\nresult: диплом I степени\n",
    );
    entry(
        &f,
        "content/articles/a.md",
        "journal: «Кәсіптік білім»\nissue: \"4\"\nyear: 2025\npages: \"23-27\"\nissn: \"2305-8110\"\nisbn: \"978-601-00-0000-1\"\ndoi: \"10.1000/182\"\nurl: https://example.kz/a\n",
    );
    entry(
        &f,
        "content/guidelines/g.md",
        "reviewers: [\"Жұмабаева С. К.\"]\napproved_by: Әдістемелік кеңес\nminutes: \"№ 3\"\nminutes_date: 15.01.2026\n",
    );
    entry(
        &f,
        "content/bulletins/b.md",
        "number: 2\neditors: [Оссербаева М., Ілиясова Д.]\n",
    );
    entry(
        &f,
        "content/open-lessons/l/index.md",
        "group: ПО-21\ntechnology: Кейс-стади\nobservers: [ОТМ жетекшісі]\nanalysis: taldau.pdf\nhours: 2\nmentor: omarov-n\n",
    );
    f.write(
        "content/open-lessons/l/taldau.pdf",
        "%PDF-1.4\n% analysis\n%%EOF\n",
    );
    entry(
        &f,
        "content/self-education/e.md",
        "topic: Жобалық оқыту\nperiod: \"2023–2026\"\ndefended: 2026-05-14\ndefended_at: Әдістемелік кеңес\nminutes: \"4\"\n",
    );
    f
}

/// The details panel of an entry page.
fn facts(html: &str) -> &str {
    let start = html.find("<dl class=\"facts\">").expect("a details panel");
    let end = html[start..].find("</dl>").expect("its end") + start;
    &html[start..end]
}

fn has_fact(html: &str, label: &str, value: &str) {
    let needle = format!("<dt>{label}</dt><dd>{value}");
    assert!(
        facts(html).contains(&needle),
        "no «{needle}» in\n{}",
        facts(html)
    );
}

/// A kind no one has, named by a field, is told at the line that names it.
#[test]
fn a_field_naming_a_kind_no_one_has_is_told_where() {
    let f = Fixture::new();
    f.write(
        "config.yaml",
        &format!("{CONFIG}fields:\n  - name: hours\n    type: number\n    kinds:\n      - seminar\n      - lesson\n"),
    );
    let line = CONFIG.lines().count() + 6;
    let (ok, _, err) = f.run(&["build"]);
    assert!(!ok);
    assert!(
        err.contains(&format!(
            "config.yaml:{line}:9: the field `hours` names the kind `lesson`"
        )),
        "{err}"
    );
}

#[test]
fn every_kind_shows_its_fields_and_the_sites_own() {
    let f = site();
    let out = f.build_ok();
    assert!(out.contains("0 warnings"), "{out}");
    let s = f.read("output/seminars/s/index.html");
    has_fact(&s, "Іс-шара", "Облыстық семинар");
    has_fact(&s, "Деңгейі", "Облыстық");
    has_fact(&s, "Өткізілген орны", "Павлодар");
    has_fact(&s, "Рөлі", "Баяндамашы");
    has_fact(&s, "Қатысушылар саны", "46");
    has_fact(
        &s,
        "Бағдарламасы",
        "<a href=\"../../seminars/s/bagdarlama.pdf\">bagdarlama.pdf</a> <span class=\"muted\">(PDF,",
    );
    has_fact(&s, "Сағат саны", "4");
    has_fact(&s, "Өткізу түрі", "Онлайн");
    // The kind's order, then the site's own fields.
    let order = [
        "Іс-шара",
        "Деңгейі",
        "Рөлі",
        "Бағдарламасы",
        "Сағат саны",
        "Өткізу түрі",
    ];
    let at: Vec<usize> = order
        .iter()
        .map(|l| s.find(&format!("<dt>{l}</dt>")).unwrap())
        .collect();
    assert!(at.windows(2).all(|w| w[0] < w[1]), "{at:?}");

    let c = f.read("output/conferences/c/index.html");
    has_fact(&c, "Рөлі", "Қатысушы");
    // Search engines read the fields too (JSON-LD).
    assert!(
        s.contains(r#""location":{"@type":"Place","name":"Павлодар"}"#),
        "{s}"
    );
    assert!(s.contains(r#""organizer":{"@type":"Organization","name":"Білім басқармасы"}"#));
    has_fact(&c, "Өткізу түрі", "Күндізгі");
    let o = f.read("output/competitions/o/index.html");
    has_fact(&o, "Деңгейі", "Республикалық");
    has_fact(&o, "Кім қатысты", "Студенттер");
    has_fact(&o, "Студенттер", "Серікбай Ә., Петрова А.");
    has_fact(&o, "Нәтижесі", "I орын");
    let a = f.read("output/articles/a/index.html");
    has_fact(&a, "Жылы", "2025");
    has_fact(&a, "ISSN", "2305-8110");
    // Written with a hyphen, shown with a dash; the metadata keeps the hyphen.
    has_fact(&a, "Беттері", "23–27");
    has_fact(&a, "ISBN", "978-601-00-0000-1");
    has_fact(
        &a,
        "Сілтеме",
        "<a href=\"https://example.kz/a\" rel=\"noopener\">",
    );
    assert!(a.contains("<meta name=\"citation_issn\" content=\"2305-8110\">"));
    assert!(a.contains("<meta name=\"citation_firstpage\" content=\"23\">"));
    assert!(
        a.contains(
            r#""isPartOf":{"@type":"Periodical","issn":"2305-8110","name":"«Кәсіптік білім»"}"#
        ),
        "{a}"
    );
    assert!(a.contains(r#""pagination":"23-27""#));
    let g = f.read("output/guidelines/g/index.html");
    has_fact(&g, "Пікір жазғандар", "Жұмабаева С. К.");
    // Written «№ 3», shown without the label's № again.
    has_fact(&g, "Хаттама №", "3");
    assert!(facts(&g).contains("15 қаңтар"), "{}", facts(&g));
    let b = f.read("output/bulletins/b/index.html");
    has_fact(&b, "Шығарылым нөмірі", "2");
    has_fact(&b, "Редакторлар", "Оссербаева М., Ілиясова Д.");
    let l = f.read("output/open-lessons/l/index.html");
    has_fact(&l, "Сабаққа қатысқандар", "ОТМ жетекшісі");
    has_fact(
        &l,
        "Сабақ талдауы",
        "<a href=\"../../open-lessons/l/taldau.pdf\">taldau.pdf</a>",
    );
    has_fact(
        &l,
        "Тәлімгер",
        "<a href=\"../../authors/omarov-n/index.html\">Омаров Нұрлан</a>",
    );
    assert!(f.path("output/open-lessons/l/taldau.pdf").exists());
    let e = f.read("output/self-education/e/index.html");
    has_fact(&e, "Тақырыбы", "Жобалық оқыту");
    assert!(facts(&e).contains("<dt>Қорғалған күні</dt><dd>2026"));
    assert!(facts(&e).contains("14 мамыр"));

    // Featured: the home page shows it under a neutral heading.
    let home = f.read("output/index.html");
    assert!(home.contains("Ұсынылған жұмыстар"), "featured heading");
    assert!(
        !home.contains("үздік"),
        "no «best works» chosen by a program"
    );
}

#[test]
fn the_catalogue_prints_fields_and_counts_levels_and_results() {
    let f = site();
    f.build_ok();
    let doc = Document::load(f.path("output/catalogue/2025-2026/catalogue.pdf")).expect("the PDF");
    let pages: Vec<u32> = doc.get_pages().keys().copied().collect();
    let text = doc
        .extract_text(&pages)
        .unwrap_or_default()
        .replace('\n', " ");
    for words in [
        "Қатысушылар саны",
        "Өткізу түрі",
        "Онлайн",
        "Тәлімгер  : Омаров Нұрлан",
        "Хаттама күні",
        "2305-8110",
        "Іс-шара деңгейі бойынша",
        "нәтижелері",
    ] {
        assert!(text.contains(words), "the PDF lacks «{words}»:\n{text}");
    }
    let web = f.read("output/catalogue/2025-2026/index.html");
    assert!(web.contains("Іс-шара деңгейі бойынша"), "a chart by level");
    assert!(
        web.contains("Байқаулар мен олимпиадалардың нәтижелері"),
        "a chart of results"
    );
    assert!(web.contains("<dt>Нәтижесі</dt><dd>I орын</dd>"));
}

#[test]
fn choice_fields_are_search_filters() {
    let f = site();
    f.build_ok();
    let js = f.read("output/search/index.js");
    let json = js
        .trim()
        .trim_start_matches(|c| c != '=')
        .trim_start_matches('=')
        .trim_end_matches(';');
    let data: serde_json::Value = serde_json::from_str(json.trim()).expect("index.js holds JSON");
    let fields: Vec<&str> = data["fields"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f[0].as_str().unwrap())
        .collect();
    assert_eq!(fields, ["level", "role", "participant", "result", "format"]);
    let format = &data["fields"][4];
    assert_eq!(format[1], "Өткізу түрі");
    assert_eq!(
        format[2],
        serde_json::json!([["online", "Онлайн"], ["offline", "Күндізгі"]])
    );
    // The seminar: regional level (choice 2), speaker (0), online (0). Its place
    // in the list is its place in the result texts.
    let all = f.search_files();
    let texts = all
        .split("OZYQ_TEXT(0,")
        .nth(1)
        .expect("the first result texts")
        .split(");\n")
        .next()
        .unwrap();
    let rows: serde_json::Value = serde_json::from_str(texts).unwrap();
    let at = rows
        .as_array()
        .unwrap()
        .iter()
        .position(|r| r[1] == "seminars/s/")
        .expect("the seminar");
    assert_eq!(
        data["docs"][at][4],
        serde_json::json!([[0, 2], [1, 0], [4, 0]])
    );
    // The words of its fields are searched too: the city, the organiser.
    for stem in ["\"павлодар\"", "\"басқарма"] {
        assert!(all.contains(stem), "{stem} in the index");
    }
}

#[test]
fn new_writes_the_kinds_fields_with_comments_in_the_entrys_language() {
    let f = site();
    let (ok, out, err) = f.run(&[
        "new",
        "seminar",
        "Цифрлық сауаттылық",
        "--date",
        "2025-10-14",
    ]);
    assert!(ok, "{out}{err}");
    let text = f.read("content/seminars/tsifrlyq-sauattylyq.md");
    assert!(text.contains("lang: kk\n"), "{text}");
    assert!(text.contains("level:                 # Деңгейі — біреуі: Колледжішілік, Қалалық, Облыстық, Республикалық, Халықаралық\n"), "{text}");
    assert!(
        text.contains("hours:                 # Сағат саны — сан (міндетті)\n"),
        "{text}"
    );
    assert!(
        text.contains("programme:             # Бағдарламасы — жазбаның қасындағы файл\n"),
        "{text}"
    );
    assert!(text.contains("## Семинардың мақсаты"), "{text}");
    let (ok, _, err) = f.run(&[
        "new",
        "article",
        "Цифровая грамотность",
        "--date",
        "2025-10-14",
    ]);
    assert!(ok, "{err}");
    let text = f.read("content/articles/tsifrovaia-gramotnost.md");
    assert!(text.contains("lang: ru\n"), "{text}");
    assert!(
        text.contains("year:                  # Год — год: 2025\n"),
        "{text}"
    );
    assert!(text.contains("## Аннотация"), "{text}");
    // The written file builds once its required field is filled in.
    let filled = f
        .read("content/seminars/tsifrlyq-sauattylyq.md")
        .replace("hours:  ", "hours: 3");
    f.write("content/seminars/tsifrlyq-sauattylyq.md", &filled);
    let out = f.build_ok();
    assert!(out.contains("built 10 entries"), "{out}");
}

#[test]
fn bad_values_are_reported_together_at_their_places() {
    let f = site();
    f.build_ok();
    let before = f.read("output/index.html");
    f.write(
        "content/seminars/bad.md",
        "---\ntitle: Қате\ndate: 2025-10-01\nauthors: abenova-g\nparticipants: 2025-10-14\nlevel: облыстк\nformat: онлайнн\njournal: «Журнал»\nprogramme: [a.pdf]\nfavourite: yes\n---\nМәтін.\n",
    );
    f.write(
        "content/open-lessons/bad.md",
        "---\ntitle: Қате сабақ\ndate: 2025-10-02\nauthors: abenova-g\nhours: 1\nmentor: abenova-q\n---\nМәтін.\n",
    );
    f.write(
        "content/guidelines/bad.md",
        "---\ntitle: Қате нұсқау\ndate: 2025-10-03\nauthors: abenova-g\nminutes_date: 31.02.2026\n---\nМәтін.\n",
    );
    f.write(
        "content/articles/bad.md",
        "---\ntitle: Қате мақала\ndate: 2025-10-04\nauthors: abenova-g\nurl: example.kz/a\nyear: 20255\nissn: 2305-8111\n---\nМәтін.\n",
    );
    f.write(
        "content/guidelines/short.md",
        "---\ntitle: Қысқа жыл\ndate: 2025-10-05\nauthors: abenova-g\nminutes_date: 20.05.26\n---\nМәтін.\n",
    );
    // A count is a whole number, 0 or more; a number (`hours`) may have a fraction.
    f.write(
        "content/seminars/minus.md",
        "---\ntitle: Теріс сан\ndate: 2025-10-06\nauthors: abenova-g\nhours: 1.5\nparticipants: -5\n---\nМәтін.\n",
    );
    f.write(
        "content/seminars/half.md",
        "---\ntitle: Жарты адам\ndate: 2025-10-07\nauthors: abenova-g\nhours: 2,5\nparticipants: 4,5\n---\nМәтін.\n",
    );
    let err = f.build_fails();
    let expected = [
        "error: content/seminars/bad.md:5:15: `participants` must be a whole number, 0 or more, found «2025-10-14»\n  hint: write it like participants: 25",
        "error: content/seminars/minus.md:6:15: `participants` must be a whole number, 0 or more, found -5\n  hint: write it like participants: 25",
        "error: content/seminars/half.md:6:15: `participants` must be a whole number, 0 or more, found «4,5»\n  hint: write it like participants: 25",
        "error: content/seminars/bad.md:6:8: `облыстк` is not one of the choices of `level`\n  hint: did you mean `Облыстық`? The choices are: Колледжішілік, Қалалық, Облыстық, Республикалық, Халықаралық",
        "error: content/seminars/bad.md:7:9: `онлайнн` is not one of the choices of `format`\n  hint: did you mean `Онлайн`? The choices are: Онлайн, Күндізгі",
        "warning: content/seminars/bad.md:8:10: the field `journal` belongs to the kind `article`, not to `seminar`; it is ignored",
        "error: content/seminars/bad.md:9:12: `programme` must be a file name, found a list\n  hint: write it like programme: programme.pdf",
        "warning: content/seminars/bad.md:10:1: unknown field `favourite` is ignored\n  hint: define it under `fields:` in config.yaml to keep it",
        "error: content/seminars/bad.md:2:1: the field `hours` is required for entries of kind `seminar`",
        "error: content/open-lessons/bad.md:6:9: `abenova-q` is not a teacher of data/authors.yaml\n  hint: did you mean `abenova-g`?",
        "error: content/guidelines/bad.md:5:15: `minutes_date` must be a date, found «31.02.2026»\n  hint: write it like minutes_date: 2025-10-14 (or 14.10.2025)",
        // A year of two digits: the hint writes it in full, as for `date:`.
        "error: content/guidelines/short.md:5:15: `minutes_date` must be a date, found «20.05.26»\n  hint: write the year in full: minutes_date: 20.05.2026",
        "error: content/articles/bad.md:5:6: `url` must be a web address, found «example.kz/a»\n  hint: write it in full, starting with https://",
        "error: content/articles/bad.md:6:7: `year` must be a year, found 20255\n  hint: write it like year: 2025",
        "warning: content/articles/bad.md:7:7: the ISSN «2305-8111» is not a valid number: a digit is wrong or missing\n  hint: copy it from the journal or book again; an ISSN has 8 digits, the last a check digit: 2305-8110",
    ];
    for e in expected {
        assert!(err.contains(e), "missing:\n{e}\n\nin:\n{err}");
    }
    assert!(err.contains("build failed: 12 errors"), "{err}");
    assert!(!err.contains("`hours` must be"), "{err}");
    assert_eq!(
        f.read("output/index.html"),
        before,
        "the previous output stays"
    );
}

#[test]
fn config_errors_in_fields_are_located_and_reported_together() {
    let f = Fixture::new();
    f.write(
        "config.yaml",
        &format!(
            "{CONFIG}kinds:\n  - id: seminar\n    required: [hours, summary]\n  - id: article\n    fields: [journal, jurnal]\nfields:\n  - name: format\n    type: chioce\n  - name: mode\n    type: choice\n  - name: tags\n  - name: level\n    type: text\n  - name: hours\n    type: number\n    kinds: [seminar, lesson]\n"
        ),
    );
    let err = f.build_fails();
    let expected = [
        "error: config.yaml:11:5: the field `format` has an unknown type `chioce`\n  hint: did you mean `choice`?",
        "error: config.yaml:13:5: the choice field `mode` has no choices\n  hint: list them under it",
        "error: config.yaml:15:5: `tags` is a field every entry has; it cannot be defined again",
        "error: config.yaml:16:5: `level` is a built-in field of the type `choice`; its type and choices cannot be changed",
        "error: config.yaml:20:22: the field `hours` names the kind `lesson`, which the site does not have\n  hint: kinds are: seminar, article",
        "error: config.yaml:8:5: the kind `article` lists the field `jurnal`, which is not defined\n  hint: did you mean `journal`?",
    ];
    for e in expected {
        assert!(err.contains(e), "missing:\n{e}\n\nin:\n{err}");
    }
    // `hours` is defined (for seminars, through `kinds:`), so requiring it is fine.
    assert!(!err.contains("defined twice"), "{err}");
    assert!(!err.contains("requires the field `hours`"), "{err}");
    f.write(
        "config.yaml",
        &format!("{CONFIG}fields:\n  - name: hours\n  - name: mode\n  - name: hours\n"),
    );
    let err = f.build_fails();
    assert!(
        err.contains("error: config.yaml:8:5: the field `hours` is defined twice"),
        "the second definition is pointed at: {err}"
    );
    f.write(
        "config.yaml",
        &format!("{CONFIG}kinds:\n  - id: seminar\n    required: [hours]\n"),
    );
    let err = f.build_fails();
    assert!(
        err.contains("error: config.yaml:6:5: the kind `seminar` requires the field `hours`, which is not defined\n  hint: define it under `fields:`"),
        "{err}"
    );
}

#[test]
fn a_russian_site_lists_choices_and_labels_in_russian() {
    let f = Fixture::new();
    f.write("config.yaml", &format!("{CONFIG}language: ru\n"));
    entry(&f, "content/seminars/a.md", "level: областнй\n");
    let err = f.build_fails();
    assert!(
        err.contains("error: content/seminars/a.md:6:8: `областнй` is not one of the choices of `level`\n  hint: did you mean `Областной`? The choices are: Внутриколледжный, Городской, Областной, Республиканский, Международный"),
        "{err}"
    );
    entry(
        &f,
        "content/seminars/a.md",
        "level: областной\nrole: докладчик\n",
    );
    f.build_ok();
    let html = f.read("output/seminars/a/index.html");
    has_fact(&html, "Уровень", "Областной");
    has_fact(&html, "Роль", "Докладчик");
}

#[test]
fn every_unknown_person_of_a_list_is_reported() {
    let f = site();
    entry(
        &f,
        "content/open-lessons/l/index.md",
        "hours: 2\nmentor: [abenova-q, omarov-n, \"Белгісіз Адам\"]\n",
    );
    let err = f.build_fails();
    assert!(
        err.contains(
            "`abenova-q` is not a teacher of data/authors.yaml\n  hint: did you mean `abenova-g`?"
        ),
        "{err}"
    );
    assert!(
        err.contains("`Белгісіз Адам` is not a teacher of data/authors.yaml"),
        "{err}"
    );
    assert!(err.contains("build failed: 2 errors"), "{err}");
}
