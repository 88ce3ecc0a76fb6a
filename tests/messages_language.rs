//! A Kazakh or Russian user meets no English sentence: a site with many kinds of
//! bad input, built with `OZYQ_LANG=kk` and `ru`, reports the same problems at the
//! same places as in English, each said in the user's language.

mod common;

use common::Fixture;
use std::process::Command;

/// The stderr of `ozyq build` in the site, the user's language being `lang`.
fn build_in(f: &Fixture, lang: &str) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_ozyq"))
        .arg("build")
        .current_dir(f.root())
        .env("NO_COLOR", "1")
        .env("OZYQ_LANG", lang)
        .env_remove("OZYQ_TODAY")
        .output()
        .expect("run ozyq");
    assert!(!out.status.success(), "the build should fail");
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// The labels a diagnostic line starts with, and the hint's, in each language.
fn labels(lang: &str) -> (&'static [&'static str], &'static str) {
    match lang {
        "kk" => (&["қате: ", "ескерту: "], "  кеңес: "),
        "ru" => (&["ошибка: ", "предупреждение: "], "  совет: "),
        _ => (&["error: ", "warning: "], "  hint: "),
    }
}

/// Each diagnostic of `stderr`: its place (`file:line:col`) and its message,
/// with the hint when there is one.
fn diagnostics(stderr: &str, lang: &str) -> Vec<(String, String)> {
    let (heads, hint) = labels(lang);
    let mut out: Vec<(String, String)> = Vec::new();
    for line in stderr.lines() {
        if let Some(h) = line.strip_prefix(hint) {
            let last = out.last_mut().expect("a hint follows its diagnostic");
            last.1.push('\n');
            last.1.push_str(h);
        } else if let Some(rest) = heads.iter().find_map(|p| line.strip_prefix(p)) {
            let (place, message) = split_place(rest);
            out.push((place.to_string(), message.to_string()));
        }
    }
    out
}

/// `content/a.md:3:7: message` as its place and its message.
fn split_place(rest: &str) -> (&str, &str) {
    rest.split_once(": ").expect("a place, then the message")
}

/// Whether `place` is `file:line:column`, both numbers.
fn is_file_line_column(place: &str) -> bool {
    let mut parts = place.rsplitn(3, ':');
    let numbers = parts.by_ref().take(2).all(|n| n.parse::<usize>().is_ok());
    numbers && parts.next().is_some_and(|file| !file.is_empty())
}

/// Text that is quoted, or is a path, a URL or a name of the site's files: the
/// user's own words and ozyq's keys, which stay as written in every language.
fn unquoted(text: &str) -> String {
    let mut s = text.to_string();
    for (open, close) in [('`', '`'), ('«', '»'), ('"', '"'), ('\'', '\'')] {
        let mut out = String::new();
        let mut inside = false;
        for c in s.chars() {
            if inside {
                inside = c != close;
            } else if c == open {
                inside = true;
            } else {
                out.push(c);
            }
        }
        s = out;
    }
    s.split_whitespace()
        .filter(|w| !w.contains(['/', '\\', '@']) && !is_file_name(w))
        .collect::<Vec<_>>()
        .join(" ")
}

/// `config.yaml`, `slides.pdf`, `2025-10-14`: a word with a dot or digits inside.
fn is_file_name(word: &str) -> bool {
    let w = word.trim_matches(|c: char| !c.is_alphanumeric());
    w.contains('.') || w.chars().any(|c| c.is_ascii_digit())
}

/// Names of menu items of programs that show them in English whatever the
/// user's language, which a hint quotes as the user will see them.
const MENU_ITEMS: [&str; 1] = ["Save with Encoding"];

/// The first run of three words of Latin letters, one after another with only
/// spaces between them: an English phrase (a list of names has commas).
fn english_phrase(text: &str) -> Option<String> {
    let mut text = unquoted(text);
    for item in MENU_ITEMS {
        text = text.replace(item, "");
    }
    let mut run: Vec<&str> = Vec::new();
    for token in text.split_whitespace() {
        let word = token.trim_start_matches(['(', '[']);
        let ends = word.ends_with(|c: char| !c.is_ascii_alphabetic());
        let word = word.trim_end_matches(|c: char| !c.is_ascii_alphabetic());
        if !word.is_empty() && word.chars().all(|c| c.is_ascii_alphabetic()) {
            run.push(word);
            if run.len() >= 3 {
                return Some(run.join(" "));
            }
            if ends {
                run.clear();
            }
        } else {
            run.clear();
        }
    }
    None
}

/// A site with one of each of many mistakes a methodist makes.
fn bad_site() -> Fixture {
    let f = Fixture::valid();
    let a = "content/articles";
    f.write_bytes(
        &format!("{a}/cp.md"),
        b"---\ntitle: \xd3\xf0\xee\xea\ndate: 2025-01-01\n---\n",
    );
    for (name, text) in [
        ("unclosed", "---\ntitle: Ашық\ndate: 2025-01-01\n\nМәтін\n"),
        ("no-front-matter", "# Тақырып\n"),
        ("colon", "---\ntitle: Ашық: сабақ\ndate: 2025-01-01\n---\n"),
        ("bracket", "---\ntitle: [\n---\n"),
        ("tab", "---\ntitle: a\n\tdate: 2025-01-01\n---\n"),
        (
            "brace",
            "---\ntitle: a\ndate: 2025-01-01\nauthors: {a: 1\n---\n",
        ),
        ("at", "---\ntitle: @x\ndate: 2025-01-01\n---\n"),
        (
            "quoted",
            "---\ntitle: \"Абай\" жолы\ndate: 2025-01-01\n---\n",
        ),
        ("anchor", "---\ntitle: *a\ndate: 2025-01-01\n---\n"),
        (
            "escape",
            "---\ntitle: \"C:\\qfiles\"\ndate: 2025-01-01\n---\n",
        ),
        ("list", "---\n- title: a\n- date: 2025-01-01\n---\n"),
        (
            "map",
            "---\ntitle: a\ndate: 2025-01-01\ntags: {a: 1}\n---\n",
        ),
        (
            "date",
            "---\ntitle: Күн\ndate: 31.02.2025\nsumary: x\n---\n",
        ),
        ("no-title", "---\ndate: 2025-01-01\n---\n"),
        ("no-date", "---\ntitle: Күнсіз\n---\n"),
        (
            "people",
            "---\ntitle: A\ndate: 2025-01-01\nauthors: [abenova-q]\ndepartment: itt\n---\n",
        ),
        (
            "numbers",
            "---\ntitle: a\ndate: 2025-01-01\nattachments: 5\n---\n[x](%zz.md)\n",
        ),
        ("far", "---\ntitle: a\ndate: 99999-01-01\nmenu: x\n---\n"),
        ("tagged", "---\ntitle: !tag {a: 1}\ndate: 2025-01-01\n---\n"),
        (
            "twice",
            "---\ntitle: Б\ndate: 2025-01-01\nsummary: x\ntitle: Екі\n---\n",
        ),
        (
            "alias",
            "---\ntitle: Ескі\ndate: 2025-01-01\naliases: [\"a?b\"]\n---\n",
        ),
        (
            "figures",
            "---\ntitle: Сандар\ndate: 2025-01-01\n---\n```figures\nby: kind\ncolour: blue\n```\n\n```figures\n- by: kind\n```\n",
        ),
    ] {
        f.write(&format!("{a}/{name}.md"), text);
    }
    f.write(
        "content/seminarz/x.md",
        "---\ntitle: Түр\ndate: 2025-01-01\n---\n",
    );
    f.write(
        "content/bulletins/k.md",
        "---\ntitle: Түр\ndate: 2025-01-01\nkind: artcle\n---\n",
    );
    f.write(
        "content/open-lessons/b/index.md",
        "---\ntitle: Файл\ndate: 2025-01-01\nattachments:\n  - file: slides.pdf\n  - ../../../../../etc/passwd\n---\n",
    );
    f.write(
        "content/bulletins/links.md",
        "---\ntitle: Сілтеме\ndate: 2025-01-01\n---\n\nМәтін [жоқ](../seminars/none.md). ![x](nope.png)\n",
    );
    for (name, date) in [("a1", "2025-01-01"), ("a2", "2025-02-01")] {
        f.write(
            &format!("content/bulletins/{name}.md"),
            &format!("---\ntitle: Бірдей\nslug: birdei\ndate: {date}\n---\n"),
        );
    }
    f.write(
        "content/articles/photo/index.md",
        "---\ntitle: Фото\ndate: 2025-01-01\n---\n![a](fake.jpg)\n",
    );
    f.write(
        "content/articles/photo/fake.jpg",
        "this is text, not a photo",
    );
    f.write(
        "content/plan/2025-2026.yaml",
        "- id: bad\n  title: Қате\n  form: seminar\n  when: октяб\n- id: [x]\n  title: Тізім\n  form: seminar\n  when: қазан\n",
    );
    f.write(
        "data/authors.yaml",
        &format!(
            "{}- id: bad-type\n  name: [X]\n- id: bad-field\n  name: Y\n  categry: master\n",
            common::AUTHORS
        ),
    );
    #[cfg(unix)]
    std::os::unix::fs::symlink(
        f.path("no-such-file.md"),
        f.path("content/articles/gone.md"),
    )
    .unwrap();
    // Two links that lead to each other: the system's words are English.
    #[cfg(unix)]
    for (link, to) in [("loop-a.md", "loop-b.md"), ("loop-b.md", "loop-a.md")] {
        std::os::unix::fs::symlink(to, f.path(&format!("content/articles/{link}"))).unwrap();
    }
    f
}

#[test]
fn every_problem_is_said_in_kazakh_and_russian_at_its_place() {
    let f = bad_site();
    let en = diagnostics(&build_in(&f, "en"), "en");
    assert!(en.len() >= 35, "{en:#?}");
    let places: Vec<&str> = en.iter().map(|(p, _)| p.as_str()).collect();
    for lang in ["kk", "ru"] {
        let stderr = build_in(&f, lang);
        let said = diagnostics(&stderr, lang);
        let theirs: Vec<&str> = said.iter().map(|(p, _)| p.as_str()).collect();
        assert_eq!(theirs, places, "{lang}:\n{stderr}");
        for (place, message) in &said {
            assert!(is_file_line_column(place), "{lang}: {place}");
            if let Some(phrase) = english_phrase(message) {
                panic!("{lang}: English left at {place}: «{phrase}» in\n{message}");
            }
        }
    }
    let kk = build_in(&f, "kk");
    // The parser's words and serde's, in the user's language.
    assert!(
        kk.contains(
            "content/articles/colon.md:2:12: YAML қатесі: бұл жерде «кілт: мән» жұбы жазылмайды"
        ),
        "{kk}"
    );
    assert!(
        kk.contains("data/authors.yaml:17:3: 5-тармақ: `categry` — белгісіз өріс"),
        "{kk}"
    );
    assert!(
        kk.contains("файл UTF-8 мәтіні емес: Windows-1251 (кирилл) кодтауына ұқсайды"),
        "{kk}"
    );
    #[cfg(unix)]
    assert!(
        kk.contains("content/articles/gone.md:1:1: сілтеме (symlink) ешқайда апармайды: мұндай файл не қалта жоқ"),
        "the OS's «not found» in Kazakh:\n{kk}"
    );
    let ru = build_in(&f, "ru");
    // At the brace left open, not the line the parser stopped on.
    assert!(
        ru.contains("content/articles/brace.md:4:10: ошибка в YAML: здесь ожидалась «,» или «}»: возможно, фигурная скобка не закрыта"),
        "{ru}"
    );
    assert!(
        ru.contains(
            "data/authors.yaml:14:9: элемент 4: здесь ожидается текст или текст на каждом языке"
        ),
        "{ru}"
    );
}

/// A settings file that cannot be read stops the build at once; the OS's reason
/// is said in the user's language too.
#[test]
fn an_unreadable_config_is_said_in_the_user_s_language() {
    let f = Fixture::valid();
    std::fs::remove_file(f.path("config.yaml")).unwrap();
    std::fs::create_dir(f.path("config.yaml")).unwrap();
    let kk = build_in(&f, "kk");
    assert!(
        kk.contains(
            "қате: config.yaml:1:1: сайттың баптауларын оқу мүмкін болмады: бұл файл емес, қалта"
        ),
        "{kk}"
    );
    let ru = build_in(&f, "ru");
    assert!(
        ru.contains(
            "ошибка: config.yaml:1:1: не удаётся прочитать настройки сайта: это папка, а не файл"
        ),
        "{ru}"
    );
}

#[test]
fn the_english_phrase_check_finds_phrases_and_spares_names() {
    assert_eq!(
        english_phrase("YAML қатесі: mapping values are not allowed").as_deref(),
        Some("mapping values are")
    );
    assert_eq!(
        english_phrase("түрлері: seminar, conference, article"),
        None
    );
    assert_eq!(english_phrase("`exhibit: false` деп жазыңыз"), None);
    assert_eq!(english_phrase("«Ашық сабақ: the first one» атауы"), None);
    assert_eq!(english_phrase("мына жерде: /tmp/a b c/slides.pdf"), None);
}

/// A config.yaml that is not valid YAML still says the site's language on its
/// `language:` line: its error is said in that language, not the system's.
#[test]
fn a_broken_config_is_said_in_the_language_it_names() {
    let f = Fixture::valid();
    f.write(
        "config.yaml",
        "title: \"Тест сайты\nlanguage: ru\nbase_url: https://college.example/otm/\n",
    );
    let out = Command::new(env!("CARGO_BIN_EXE_ozyq"))
        .arg("build")
        .current_dir(f.root())
        .env("NO_COLOR", "1")
        .env("LANG", "C")
        .env("LC_ALL", "C")
        .env_remove("OZYQ_LANG")
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success());
    assert!(err.contains("ошибка: config.yaml:1:8:"), "{err}");
}
