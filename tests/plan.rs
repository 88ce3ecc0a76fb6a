//! The School's work plan: items read from content/plan/YEAR.yaml, recorded by
//! entries, their status on a fixed day, the fulfilment figures, the links to the
//! plan page, and every bad item or link reported at its place.

mod common;

use common::Fixture;

/// The day the tests build on: in the middle of the 2025–2026 academic year.
const TODAY: &str = "2026-01-15";

const PLAN: &str = "\
- id: sem
  title: Сандық сауаттылық семинары
  form: seminar
  when: қазан
  responsible: [abenova-g]
  department: it
- id: cons
  title: Жас мамандарға кеңес
  form: консультация
  when: қараша–желтоқсан
  responsible: omarov-n
  department: lang
  audience: жас педагогтар
- id: lec
  title: Дәріс
  form: lecture
  when: март
  department: it
- id: away
  title: Дөңгелек үстел
  form: round table
  when: I полугодие
  status: moved
  reason: келесі жылға
- id: off
  title: Шеберлік сыныбы
  form: master-class
  when: 2025-11-20
  status: cancelled
  reason: жүргізуші ауырды
- id: meet
  title: ОТМ отырысы
  form: meeting
  when: қыркүйек
  status: done
  reason: хаттама №1
- id: later
  title: Көшірілген семинар
  form: seminars
  when: ақпан
  status: moved
  to: мамыр
  department: lang
";

fn site() -> Fixture {
    let f = Fixture::new();
    f.write("content/plan/2025-2026.yaml", PLAN);
    f.write(
        "content/seminars/sem.md",
        "---\ntitle: Семинар жазбасы\ndate: 2025-10-14\nauthors: abenova-g\nsummary: Қысқаша.\nplan: sem\n---\nМәтін.\n",
    );
    f.write(
        "content/seminars/other.md",
        "---\ntitle: Басқа семинар\ndate: 2025-10-20\nauthors: omarov-n\nsummary: Қысқаша.\n---\nМәтін.\n",
    );
    f
}

/// The row of item `id` on a plan page.
fn row<'a>(html: &'a str, id: &str) -> &'a str {
    let start = html
        .find(&format!("<tr id=\"item-{id}\">"))
        .unwrap_or_else(|| panic!("no row for {id}"));
    let end = html[start..].find("</tr>").expect("row end") + start;
    &html[start..end]
}

#[test]
fn statuses_and_figures_on_a_fixed_day() {
    let f = site();
    let (ok, _, err) = f.run_on(Some(TODAY), &["build"]);
    assert!(ok, "{err}");
    let html = f.read("output/plan/2025-2026/index.html");
    let status = |id: &str| {
        let r = row(&html, id);
        let at = r.find("class=\"status status-").expect("a status") + 21;
        r[at..].split('"').next().unwrap().to_string()
    };
    assert_eq!(status("sem"), "done");
    assert_eq!(status("cons"), "overdue");
    assert_eq!(status("lec"), "due");
    assert_eq!(status("away"), "moved");
    assert_eq!(status("off"), "cancelled");
    assert_eq!(status("meet"), "done");
    assert_eq!(status("later"), "due");
    // The entry that records an item is linked from its row.
    assert!(
        row(&html, "sem").contains("href=\"../../seminars/sem/index.html\">Семинар жазбасы</a>")
    );
    assert!(row(&html, "later").contains("ақпан → мамыр"));
    assert!(row(&html, "off").contains("жүргізуші ауырды"));
    // Planned: all but the moved-away and the cancelled one (5); done: 2.
    assert!(html.contains("<strong>40%</strong>"), "{html}");
    assert!(html.contains("Орындалды: 2 / Жоспарланған: 5"));
    // By form: each form's planned items, the cancelled form left out.
    assert!(html.contains("Оқу-әдістемелік семинар баяндамасы</th><td>1 / 2 "));
    assert!(!html.contains("Шеберлік сыныбы</th>"));
    // By department: it has sem (done) and lec (due); lang cons and later; the
    // meeting has no department and comes last.
    let it = html
        .find("Ақпараттық технологиялар бөлімі</a></th><td>1 / 2 ")
        .expect("it row");
    let lang = html
        .find("Тілдер бөлімі</a></th><td>0 / 2 ")
        .expect("lang row");
    let none = html
        .find("Бөлімі көрсетілмеген</th><td>1 / 1 ")
        .expect("no department row");
    assert!(it < none && lang < none);
    // Groups by month in the year's order; terms and ranges after their last month.
    let heads: Vec<&str> = html
        .match_indices("<h2 id=\"group-")
        .map(|(i, _)| {
            let s = &html[i..];
            let a = s.find('>').unwrap() + 1;
            &s[a..s.find("</h2>").unwrap()]
        })
        .collect();
    assert_eq!(
        heads,
        [
            "Қыркүйек 2025",
            "Қазан 2025",
            "Қараша 2025",
            // Said in the site's language, whatever the plan's («I полугодие»).
            "Қараша–желтоқсан 2025",
            "I жартыжылдық",
            "Наурыз 2026",
            "Мамыр 2026"
        ],
        "an item moved within the year is under its new month"
    );
}

/// A plan written in Russian on a Kazakh site: its own words (titles, times,
/// notes) are marked `lang="ru"`, the page's (headings, statuses) are not; a
/// plan in the site's language has no marks.
#[test]
fn a_plan_in_another_language_than_the_site_s_is_marked_so() {
    let f = Fixture::new();
    f.write(
        "content/plan/2025-2026.yaml",
        "- id: sem\n  title: Семинар по цифровой грамотности\n  form: seminar\n  when: в октябре\n  responsible: [abenova-g]\n  audience: молодые педагоги\n- id: les\n  title: Открытый урок\n  form: open lesson\n  when: ноябрь\n",
    );
    let (ok, _, err) = f.run_on(Some(TODAY), &["build"]);
    assert!(ok, "{err}");
    let html = f.read("output/plan/2025-2026/index.html");
    let sem = row(&html, "sem");
    assert!(
        sem.contains("<strong lang=\"ru\">Семинар по цифровой грамотности</strong>"),
        "{sem}"
    );
    assert!(sem.contains("<span lang=\"ru\">в октябре</span>"), "{sem}");
    assert!(
        sem.contains("<span lang=\"ru\">молодые педагоги</span>"),
        "{sem}"
    );
    assert!(html.contains("<html lang=\"kk\">"));
    let kazakh = site();
    let (ok, _, err) = kazakh.run_on(Some(TODAY), &["build"]);
    assert!(ok, "{err}");
    assert!(
        !kazakh
            .read("output/plan/2025-2026/index.html")
            .contains("lang=\"ru\">")
    );
}

/// An entry naming a numbered item the plan does not have is told the items,
/// not a number one key away.
#[test]
fn a_missing_numbered_item_is_answered_with_the_plan_s_items() {
    let f = Fixture::new();
    f.write(
        "content/plan/2025-2026.yaml",
        "- id: \"1\"\n  title: Семинар\n  form: seminar\n  when: қазан\n- id: \"2\"\n  title: Ашық сабақ\n  form: open lesson\n  when: қараша\n",
    );
    f.write(
        "content/seminars/s.md",
        "---\ntitle: Семинар\ndate: 2025-10-14\nplan: \"9\"\n---\nМәтін.\n",
    );
    let (ok, _, err) = f.run_on(Some(TODAY), &["build"]);
    assert!(!ok, "{err}");
    assert!(
        err.contains("the plan of 2025–2026 has no item `9`\n  hint: the plan's items are: 1, 2"),
        "{err}"
    );
}

/// An entry that records an item the plan says was cancelled, or moved out of
/// the year: it counts as done, and the build says to mend one or the other.
#[test]
fn a_cancelled_or_moved_item_an_entry_records_is_told() {
    let f = site();
    f.write(
        "content/seminars/held.md",
        "---\ntitle: Өткен шеберлік сыныбы\ndate: 2025-11-20\nauthors: abenova-g\nsummary: Қысқаша.\nplan: [off, away]\n---\nМәтін.\n",
    );
    let (ok, _, err) = f.run_on(Some(TODAY), &["build"]);
    assert!(ok, "{err}");
    assert!(
        err.contains("the plan item `off` is cancelled, but content/seminars/held.md records it: it counts as done\n  hint: if it took place, remove its `status:` and `reason:`; if not, remove `plan:` from the entry"),
        "{err}"
    );
    assert!(
        err.contains(
            "the plan item `away` is moved out of the year, but content/seminars/held.md records it"
        ),
        "{err}"
    );
    assert_eq!(
        err.matches("records it: it counts as done").count(),
        2,
        "{err}"
    );
}

#[test]
fn the_plan_is_linked_from_entries_the_year_and_home() {
    let f = site();
    let (ok, _, err) = f.run_on(Some(TODAY), &["build"]);
    assert!(ok, "{err}");
    let entry = f.read("output/seminars/sem/index.html");
    assert!(entry.contains("<dt>Жоспар бойынша</dt><dd><a href=\"../../plan/2025-2026/index.html#item-sem\">Сандық сауаттылық семинары</a>"), "{entry}");
    let year = f.read("output/years/2025-2026/index.html");
    assert!(year.contains("href=\"../../plan/2025-2026/index.html\">Жұмыс жоспары 2025–2026</a>"));
    let home = f.read("output/index.html");
    assert!(home.contains("href=\"./plan/2025-2026/index.html\"><span>Жұмыс жоспары, <span class=\"nowrap\">2025–2026</span></span></a>"));
    let sitemap = f.read("output/sitemap.xml");
    assert!(sitemap.contains("https://college.example/otm/plan/2025-2026/"));
}

#[test]
fn check_lists_overdue_items_and_build_stays_quiet() {
    let f = site();
    let (ok, out, err) = f.run_on(Some(TODAY), &["check"]);
    assert!(ok, "{err}");
    assert!(
        err.contains("content/plan/2025-2026.yaml:7:1: the plan item `cons` («Жас мамандарға кеңес») was due by 31.12.2025 and no entry records it"),
        "{err}"
    );
    // A moved item without a reason: the plan is a record reported from.
    assert!(
        err.contains("content/plan/2025-2026.yaml:41:")
            && err.contains("the item `later` is moved without a reason"),
        "{err}"
    );
    assert!(out.contains("2 warnings"), "{out}{err}");
    // A day before the item's end it is not overdue yet.
    let (_, _, err) = f.run_on(Some("2025-12-31"), &["check"]);
    assert!(!err.contains("`cons`"), "{err}");
    let (ok, out, err) = f.run_on(Some(TODAY), &["build"]);
    assert!(ok && !err.contains("was due"), "{out}{err}");
    // The entry that records `cons`, left out for an error in another field:
    // the item is not said to be unrecorded beside that error.
    f.write(
        "content/seminars/cons.md",
        "---\ntitle: Кеңес\ndate: 2025-12-01\nauthors: [abenova-g]\nplan: cons\nlevel: облыстыкк\n---\nМәтін.\n",
    );
    let (ok, _, err) = f.run_on(Some(TODAY), &["check"]);
    assert!(!ok && err.contains("content/seminars/cons.md:6:"), "{err}");
    assert!(!err.contains("was due"), "{err}");
}

#[test]
fn bad_plans_and_links_are_reported_together_at_their_place() {
    let f = site();
    let (ok, _, err) = f.run_on(Some(TODAY), &["build"]);
    assert!(ok, "{err}");
    let before = f.read("output/plan/2025-2026/index.html");
    f.write(
        "content/plan/2025-2026.yaml",
        &format!(
            "{PLAN}\
- id: sem
  title: Екінші рет
  form: seminar
  when: қазан
- id: bad
  title: Қате
  form: seminr
  when: октяб
  responsible: [abenova, omarov-n]
  department: itt
- id: term
  title: Үшінші жартыжылдық
  form: lecture
  when: III жартыжылдық
- id: outside
  title: Келесі жыл
  form: lecture
  when: 2026-10-01
- id: st
  title: Күй
  form: lecture
  when: қазан
  status: finished
- id: dep
  title: Бөлім
  form: lecture
  when: қазан
  department: Педагогика бөлімдері
- id: short
  title: Жылы қысқа
  form: lecture
  when: 14.10.25
- id: nowhen
  title: Уақыты жоқ
  form: lecture
- id: noform
  title: Формасы жоқ
  when: қазан
- id: words
  title: Олимпиада
  form: олимпиада
  when: қазан
- id: typo
  title: Қате жазылған семинар
  form: семенар
  when: қазан
- id: dne
  title: Қате күй
  form: lecture
  when: қазан
  status: dne
- id: keys
  title: Екі кілт қате
  form: lecture
  when: қазан
  responsibl: omarov-n
  stauts: done
- titl: Бірінші кілт қате
  id: firstkey
  form: lecture
  when: қазан
  stauts: done
"
        ),
    );
    f.write(
        "content/catalogue/2025-2026.md",
        "---\ntitle: Алғы сөз\napproved: 20.05.26\n---\nМәтін.\n",
    );
    f.write(
        "content/plan/2024-2025.yaml",
        "- id: old\n  title: Өткен жыл\n  form: seminar\n  when: қазан\n",
    );
    f.write(
        "content/seminars/other.md",
        "---\ntitle: Басқа семинар\ndate: 2025-10-20\nauthors: omarov-n\nplan: [sme, old]\n---\nМәтін.\n",
    );
    f.write(
        "content/seminars/past.md",
        "---\ntitle: Өткен жылдың семинары\ndate: 2025-03-20\nauthors: omarov-n\nplan: sem\n---\nМәтін.\n",
    );
    f.write("content/plan/notes.yaml", "- id: x\n");
    let (ok, _, err) = f.run_on(Some(TODAY), &["build"]);
    assert!(!ok, "{err}");
    let plan = "content/plan/2025-2026.yaml";
    assert!(!err.contains("`олимпиада`"), "{err}");
    for needle in [
        format!("{plan}:44:7: the plan item id `sem` is used twice"),
        format!("{plan}:50:9: unknown form of work `seminr`"),
        "hint: did you mean `seminar`?".to_string(),
        format!("{plan}:51:9: cannot read `октяб` as a time of the plan"),
        "hint: did you mean `октябрь`? A time is a date".to_string(),
        "a month (қазан, октябрь, October, 2025-10)".to_string(),
        format!("{plan}:52:17: `abenova` is not a teacher of data/authors.yaml"),
        "hint: did you mean `abenova-g`?".to_string(),
        format!("{plan}:53:15: no department is called `itt`"),
        format!("{plan}:57:9: cannot read `III жартыжылдық` as a time of the plan"),
        format!("{plan}:61:9: `2026-10-01` is not in the academic year 2025–2026"),
        format!("{plan}:66:11: unknown status `finished`"),
        format!("{plan}:94:11: unknown status `dne`\n  hint: did you mean `done`?"),
        format!("{plan}:71:15: no department is called `Педагогика бөлімдері`"),
        // A year of two digits is the year 25, not 2025: said so, with the fix.
        format!("{plan}:75:9: `14.10.25` is not in the academic year 2025–2026"),
        "hint: write the year in full: when: 14.10.2025".to_string(),
        // A required field left out is named, with what to write.
        format!("{plan}:76:1: the plan item has no `when`\n  hint: write a date (2025-10-15"),
        // The site's own kinds, and the other forms, in full.
        format!("{plan}:79:1: the plan item has no `form`\n  hint: write a kind of the site or another form: seminar, "),
        ", open_lesson, ".to_string(),
        ", consultation, ".to_string(),
        // An everyday word for a kind is read; one mistyped gets the word.
        format!("{plan}:88:9: unknown form of work `семенар`\n  hint: did you mean `семинар`?"),
        // Both mistyped keys of one item, each at its line.
        format!("{plan}:99:3: item 20: unknown field `responsibl`"),
        "hint: did you mean `responsible`?".to_string(),
        format!("{plan}:100:3: item 20: unknown field `stauts`"),
        // The item's first key mistyped too: both told.
        format!("{plan}:101:3: item 21: unknown field `titl`"),
        format!("{plan}:105:3: item 21: unknown field `stauts`"),
        "content/catalogue/2025-2026.md:3:11:".to_string(),
        "hint: write the year in full: approved: 20.05.2026".to_string(),
        "content/seminars/other.md:5:8: the plan of 2025–2026 has no item `sme`".to_string(),
        "hint: did you mean `sem`?".to_string(),
        "content/seminars/other.md:5:13: the plan item `old` is in the plan of 2024–2025, but this entry's date falls in 2025–2026".to_string(),
        "content/seminars/past.md:5:7: the plan item `sem` is in the plan of 2025–2026, but this entry's date falls in 2024–2025".to_string(),
        "content/plan/notes.yaml:1:1: a plan file is named after its academic year".to_string(),
    ] {
        assert!(err.contains(&needle), "no «{needle}» in\n{err}");
    }
    assert_eq!(
        f.read("output/plan/2025-2026/index.html"),
        before,
        "the previous output stays"
    );
}
