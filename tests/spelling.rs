//! `ozyq check --spelling` with Debian's real Hunspell dictionaries (hunspell-kk,
//! hunspell-ru; test.sh installs them), on fixture sites.

mod common;

use common::Fixture;

fn site() -> Fixture {
    let f = Fixture::new();
    f.write(
        "content/articles/kk.md",
        "---\ntitle: Оқушылардың кітапты оқиды\ndate: 2025-10-14\nauthors: abenova-g\nsummary: >\n  Мектеп кітапханасы\n  туралы кітапп\n---\n\nБалалар кітап оқиды.\n\nМектепте `кодтағысөзз` бар. кітапп пен [сілтеме](https://example.kz/жоқсөзз).\n\nӘбенова ИКТ мен STEM туралы айтты. Оптимизацияланған.\n",
    );
    f.write(
        "content/articles/ru.md",
        "---\ntitle: Читательская грамотность\ndate: 2025-10-15\nlang: ru\n---\n\nДети читают книги каждый день. Учитель прочитал книгу.\n\nОшибкка здесь.\n",
    );
    f
}

#[test]
fn unknown_words_are_located_once_a_file_with_suggestions() {
    let f = site();
    let (ok, out, err) = f.run(&["check", "--spelling"]);
    assert!(ok, "spelling is warnings, not errors: {err}");
    // The summary's second line: «кітапп» is there twice (line 7 and the body).
    assert!(
        err.contains("warning: content/articles/kk.md:7:10: «кітапп» is not in the Kazakh dictionary (2 times in this file)"),
        "{err}"
    );
    assert!(
        err.contains(
            "warning: content/articles/ru.md:9:1: «Ошибкка» is not in the Russian dictionary"
        ),
        "{err}"
    );
    assert!(
        err.contains("did you mean") && err.contains("Ошибка"),
        "{err}"
    );
    assert!(err.contains("data/words.txt"), "{err}");
    // Right words, code, addresses, abbreviations and the authors' names are no warnings.
    for fine in [
        "Оқушылардың",
        "кодтағысөзз",
        "жоқсөзз",
        "«Әбенова»",
        "ИКТ",
        "STEM",
        "читают",
        "прочитал",
    ] {
        assert!(!err.contains(fine), "{fine}: {err}");
    }
    assert!(out.contains("checked 2 entries"), "{out}");
    // Without --spelling, nothing is said about words.
    let (_, _, plain) = f.run(&["check"]);
    assert!(!plain.contains("dictionary"), "{plain}");
}

#[test]
fn the_sites_word_list_is_taken_as_right() {
    let f = site();
    f.write(
        "data/words.txt",
        "# Terms of the college\nОптимизацияланған\nкітапп\nОшибкка\n",
    );
    let (ok, _, err) = f.run(&["check", "--spelling"]);
    assert!(ok, "{err}");
    assert!(!err.contains("is not in the"), "{err}");
}

#[test]
fn a_missing_dictionary_is_a_hint_and_a_named_one_is_used() {
    let f = site();
    f.write(
        "config.yaml",
        &format!(
            "{}spelling:\n  dictionaries:\n    kk: dicts/kk_KZ\n",
            common::CONFIG
        ),
    );
    let (ok, _, err) = f.run(&["check", "--spelling"]);
    assert!(ok, "a missing dictionary does not fail the check: {err}");
    assert!(
        err.contains("config.yaml:7:9: there is no dictionary at dicts/kk_KZ (its .aff and .dic files): the kk texts were not checked for spelling"),
        "{err}"
    );
    assert!(err.contains("apt install hunspell-kk"), "{err}");
    assert!(!err.contains("Kazakh dictionary"), "{err}");
    assert!(
        err.contains("«Ошибкка»"),
        "the Russian texts are still checked: {err}"
    );
    // The dictionary put beside the site, as a Windows user would, with its
    // byte-order mark and CRLF lines as Debian ships kk_KZ.
    for ext in ["aff", "dic"] {
        let system = std::fs::read(format!("/usr/share/hunspell/kk_KZ.{ext}")).unwrap();
        f.write_bytes(&format!("dicts/kk_KZ.{ext}"), &system);
    }
    let (_, _, err) = f.run(&["check", "--spelling"]);
    assert!(!err.contains("no dictionary"), "{err}");
    assert!(
        err.contains("«кітапп» is not in the Kazakh dictionary"),
        "{err}"
    );
}

#[test]
fn the_headings_ozyq_new_writes_are_no_mistakes() {
    let f = site();
    for (kind, title) in [("article", "Жаңа мақала"), ("bulletin", "ОТМ бюллетені")]
    {
        let (ok, _, err) = f.run(&["new", kind, title, "--date", "2025-10-14"]);
        assert!(ok, "{err}");
    }
    let (ok, _, err) = f.run(&["check", "--spelling"]);
    assert!(ok, "{err}");
    for heading in ["Аңдатпа", "Жаңалықтар"] {
        assert!(!err.contains(heading), "{heading}: {err}");
    }
}

/// Kazakh words the dictionary knows only uninflected (`мектебінің`, the
/// school's own name, which `ozyq init` writes) are right; a slip inside an
/// ending is not. A Russian count is said with its noun's form.
#[test]
fn inflected_kazakh_words_of_known_stems_are_right() {
    let f = Fixture::new();
    f.write(
        "content/articles/kk.md",
        "---\ntitle: Озық тәжірибе мектебі\ndate: 2025-10-14\n---\n\nМектебінің материалдары. Мектебіне барды. Мектебінңнің.\n",
    );
    f.write(
        "content/articles/ru.md",
        "---\ntitle: Ошибкка\ndate: 2025-10-15\nlang: ru\n---\n\nОшибкка.\n",
    );
    let (ok, _, err) = f.run(&["check", "--spelling"]);
    assert!(ok, "{err}");
    for fine in ["мектебі»", "«Мектебінің", "«Мектебіне"] {
        assert!(!err.contains(fine), "{fine}: {err}");
    }
    assert!(err.contains("«Мектебінңнің»"), "{err}");
    let (_, _, ru) = f.run(&["--lang", "ru", "check", "--spelling"]);
    assert!(ru.contains("(в этом файле 2 раза)"), "{ru}");
    assert!(!ru.contains("мек тебі"), "{ru}");
}
