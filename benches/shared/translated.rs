//! Copies of the generated archive in Kazakh and Russian. One gives 30 % of its works
//! a Russian translation (`x.ru.md` beside a Kazakh `x.md`); the other has the same
//! languages and no translation, so that the two differ only by the translations.
//! The copies hard-link the archive's files; each config.yaml is its own.

use std::path::{Path, PathBuf};
use std::process::Command;

/// One work in this many gets a translation: 3 in 10.
const TRANSLATED: (usize, usize) = (3, 10);

/// A copy of `site` named `name` beside it, files hard-linked, with config.yaml
/// its own and set to Kazakh and Russian; made once.
fn two_language_copy(site: &Path, name: &str) -> PathBuf {
    let copy = site.with_file_name(name);
    if !copy.join("content").is_dir() {
        let st = Command::new("cp")
            .args(["-al"])
            .arg(site)
            .arg(&copy)
            .status()
            .expect("run cp");
        assert!(st.success(), "cp -al failed");
    }
    let config = copy.join("config.yaml");
    let _ = std::fs::remove_file(&config);
    let text = std::fs::read_to_string(site.join("config.yaml")).expect("config.yaml");
    std::fs::write(&config, format!("{text}languages: [kk, ru]\n")).expect("write config.yaml");
    copy
}

/// A copy of `site` in Kazakh and Russian without any translation: the same works
/// as `site`, listed in both languages.
#[allow(dead_code)] // the serve bench uses only the translated copy
pub fn untranslated_copy(site: &Path) -> PathBuf {
    two_language_copy(site, "ozyq-languages-untranslated")
}

/// A copy of `site` in Kazakh and Russian, with a Russian translation of 30 % of
/// its works, all Kazakh ones.
/// Returns the copy's folder and how many translations it has.
pub fn translated_copy(site: &Path) -> (PathBuf, usize) {
    let copy = two_language_copy(site, "ozyq-languages");
    let mut files: Vec<PathBuf> = walkdir::WalkDir::new(copy.join("content"))
        .into_iter()
        .filter_map(Result::ok)
        .map(walkdir::DirEntry::into_path)
        .filter(|p| p.extension().is_some_and(|x| x == "md"))
        .filter(|p| {
            let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
            !name.starts_with('_') && name.matches('.').count() == 1
        })
        .collect();
    files.sort();
    let total = files.len();
    let mut made = 0;
    for (n, p) in files.iter().enumerate() {
        if made * TRANSLATED.1 >= total * TRANSLATED.0 {
            break;
        }
        let text = std::fs::read_to_string(p).expect("read an entry");
        if text.contains("\nlang: ru") || n % 2 == 1 {
            continue;
        }
        let title = text
            .lines()
            .find(|l| l.starts_with("title: "))
            .unwrap_or("title: ");
        let value = &title["title: ".len()..];
        let translated = match value.strip_prefix('"') {
            Some(rest) => format!("title: \"Перевод. {rest}"),
            None => format!("title: Перевод. {value}"),
        };
        let body = text
            .replacen(title, &translated, 1)
            .replacen("\nlang: kk", "", 1);
        std::fs::write(p.with_extension("ru.md"), body).expect("write a translation");
        made += 1;
    }
    (copy, made)
}
