//! Every message in every language, with the same variables; every id the code
//! names exists.

use super::*;

#[test]
fn every_message_is_in_every_language_with_the_same_variables() {
    let en = ids(Lang::En);
    assert!(!en.is_empty());
    for lang in [Lang::Kk, Lang::Ru] {
        let other = ids(lang);
        for (id, vars) in &en {
            let Some((_, theirs)) = other.iter().find(|(i, _)| i == id) else {
                panic!("{id} is missing in {}", lang.code());
            };
            assert_eq!(theirs, vars, "{id} in {} uses other variables", lang.code());
        }
        for (id, _) in &other {
            assert!(
                en.iter().any(|(i, _)| i == id),
                "{id} in {} is not in en",
                lang.code()
            );
        }
    }
}

/// The ids of `t!("…")` in the sources under `src/`.
fn ids_in_code() -> Vec<(String, String)> {
    let mut out = Vec::new();
    let src = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    for f in walkdir::WalkDir::new(src).into_iter().flatten() {
        if f.path().extension().is_none_or(|e| e != "rs") {
            continue;
        }
        let text = std::fs::read_to_string(f.path()).unwrap();
        for (i, _) in text.match_indices("t!(\"") {
            let before = text[..i].chars().next_back();
            if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                continue;
            }
            let rest = &text[i + 4..];
            let id = &rest[..rest.find('"').unwrap()];
            if !id.is_empty()
                && id
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c == '-' || c.is_ascii_digit())
            {
                out.push((id.to_string(), f.path().display().to_string()));
            }
        }
    }
    out
}

#[test]
fn every_id_the_code_names_has_a_message() {
    let en = ids(Lang::En);
    let named = ids_in_code();
    assert!(named.len() > 10);
    for (id, file) in named {
        assert!(
            en.iter().any(|(i, _)| *i == id),
            "{id} (in {file}) has no message"
        );
    }
}

#[test]
fn plurals_follow_each_language() {
    let t = |n: usize| crate::t!("summary-warnings", count = n);
    assert_eq!(t(1).render(Lang::En), "1 warning");
    assert_eq!(t(2).render(Lang::En), "2 warnings");
    assert_eq!(t(1).render(Lang::Ru), "1 предупреждение");
    assert_eq!(t(3).render(Lang::Ru), "3 предупреждения");
    assert_eq!(t(5).render(Lang::Ru), "5 предупреждений");
    assert_eq!(t(21).render(Lang::Ru), "21 предупреждение");
    assert_eq!(t(5).render(Lang::Kk), "5 ескерту");
}

#[test]
fn locales_name_languages() {
    assert_eq!(from_locale("kk_KZ.UTF-8"), Some(Lang::Kk));
    assert_eq!(from_locale("ru-RU"), Some(Lang::Ru));
    assert_eq!(from_locale("C"), None);
}

#[test]
fn os_errors_are_said_in_the_language_or_in_the_os_words() {
    let gone = std::io::Error::from(std::io::ErrorKind::NotFound);
    let said = crate::t!("content-source-cannot-read-file", e = &gone);
    assert_eq!(
        said.render(Lang::Kk),
        "файлды оқу мүмкін болмады: мұндай файл не қалта жоқ"
    );
    assert_eq!(
        said.render(Lang::En),
        "cannot read the file: there is no such file or folder"
    );
    // A kind ozyq has no words for keeps the OS's own.
    let odd = std::io::Error::other("disk on fire");
    assert_eq!(
        io_error(&odd).render(Lang::Ru),
        "сообщение системы: disk on fire"
    );
    assert_eq!(io_error(&odd).render(Lang::En), "disk on fire");
}
