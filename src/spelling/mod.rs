//! `ozyq check --spelling`: the Kazakh, Russian and English words of what will be
//! printed (titles, summaries, texts of entries, pages, the home page and the
//! catalogues' forewords) looked up in Hunspell dictionaries read at run time.
//! Unknown words are warnings, located like a build's problems.

pub mod dictionaries;
pub mod words;

use rayon::prelude::*;
use std::collections::BTreeMap;
use std::path::Path;

use crate::diagnostics::{Diagnostic, Location};
use crate::lang::Lang;
use crate::site::{Doc, Site};
use crate::t;
use dictionaries::Dictionaries;
use words::Word;

/// Distinct unknown words that get suggestions: finding them is slow, and a site
/// with more unknown words needs its word list more than suggestions.
const SUGGESTED: usize = 300;

/// What a word is written in, as far as the check is concerned.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Script {
    Cyrillic,
    Latin,
    Other,
}

fn script(word: &str) -> Script {
    let first = word.chars().next().unwrap_or(' ');
    if ('\u{0400}'..='\u{04FF}').contains(&first) {
        Script::Cyrillic
    } else if first.is_ascii_alphabetic() || ('\u{00C0}'..='\u{024F}').contains(&first) {
        Script::Latin
    } else {
        Script::Other
    }
}

/// Words no dictionary is asked about: one letter, and abbreviations (ИКТ, STEM).
fn exempt(word: &str) -> bool {
    let mut letters = word.chars().filter(|c| c.is_alphabetic());
    let Some(first) = letters.next() else {
        return true;
    };
    let mut upper = first.is_uppercase();
    let mut count = 1;
    for c in letters {
        count += 1;
        upper &= c.is_uppercase();
    }
    count < 2 || upper
}

/// Whether `word`, in a text in `lang`, is spelled as a dictionary knows it; `None`
/// when no dictionary can tell.
fn known(dicts: &Dictionaries, lang: Lang, word: &str) -> Option<bool> {
    let dict = match (script(word), lang) {
        (Script::Cyrillic, Lang::Kk | Lang::Ru) => dicts.get(lang)?,
        (Script::Latin, _) => dicts.get(Lang::En)?,
        _ => return None,
    };
    let whole = |w: &str| {
        dict.check(w) || dicts.other_has(lang, w) || (lang == Lang::Kk && inflected(dict, w))
    };
    Some(whole(word) || (word.contains('-') && word.split('-').all(|p| exempt(p) || whole(p))))
}

/// Whether `word`, Kazakh, is a word `dict` knows with inflectional endings
/// it does not list: `мектебінің` is `мектеп` with -і and -нің. The
/// dictionary lacks many such forms (the school's own name, «Озық тәжірибе
/// мектебі», among them); the search's stemmer takes the endings off, one by
/// one, so a slip inside an ending leaves no known stem.
fn inflected(dict: &spellbook::Dictionary, word: &str) -> bool {
    let lower = word.to_lowercase();
    let stem = crate::search::stem::kazakh(&lower);
    if stem.len() >= lower.len() {
        return false;
    }
    // A name keeps its capital (Астана in «Астанадағы»).
    let capital = || {
        let mut chars = stem.chars();
        let first = chars.next()?;
        Some(first.to_uppercase().chain(chars).collect::<String>())
    };
    dict.check(&stem)
        || (word.starts_with(char::is_uppercase) && capital().is_some_and(|s| dict.check(&s)))
}

/// A file's words the dictionaries do not know.
struct Unknown {
    path: std::path::PathBuf,
    lang: Lang,
    words: Vec<Word>,
}

fn unknown_in(doc: &Doc, lang: Lang, dicts: &Dictionaries) -> Option<Unknown> {
    // Read as the build reads it: BOM, line ends, encoding, composed letters.
    let text = crate::source::read_text(&doc.source).unwrap_or_default();
    let mut words = words::of_front_matter(&text);
    words.extend(words::of_markdown(&doc.body, doc.body_line));
    words.retain(|w| !exempt(&w.text) && known(dicts, lang, &w.text) == Some(false));
    (!words.is_empty()).then(|| Unknown {
        path: doc.source.clone(),
        lang,
        words,
    })
}

/// The dictionary's name, for messages.
fn lang_name(lang: Lang) -> crate::messages::Text {
    match lang {
        Lang::Kk => t!("spelling-kazakh-dictionary"),
        Lang::Ru => t!("spelling-russian-dictionary"),
        Lang::En => t!("spelling-english-dictionary"),
    }
}

/// The words the site's own data spells: its people's and departments' names.
fn names(site: &Site) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    for a in &site.authors {
        names.push(a.name.clone());
        names.extend(Lang::ALL.iter().map(|&l| a.name_in(l).to_string()));
    }
    for d in &site.departments {
        names.push(d.name.clone());
        names.extend(d.name_ru.iter().chain(&d.name_en).cloned());
    }
    names
}

/// Checks the spelling of everything the site prints; returns a warning for each
/// unknown word and for each language without a dictionary.
pub fn check(site: &Site) -> Vec<Diagnostic> {
    let docs: Vec<(&Doc, Lang)> = site
        .entries
        .iter()
        .map(|e| (&e.doc, e.lang))
        .chain(site.pages.iter().map(|p| (&p.doc, p.lang)))
        .chain(site.home.iter().map(|d| (d, doc_lang(site, d))))
        .chain(
            site.forewords
                .iter()
                .map(|f| (&f.doc, doc_lang(site, &f.doc))),
        )
        .collect();
    let mut langs: Vec<Lang> = docs.iter().map(|&(_, l)| l).collect();
    langs.sort_by_key(|l| l.code());
    langs.dedup();
    let mut diags = Vec::new();
    let dicts = Dictionaries::load(&site.config, &langs, &names(site), &mut diags);
    let unknown: Vec<Unknown> = docs
        .par_iter()
        .filter_map(|&(doc, lang)| unknown_in(doc, lang, &dicts))
        .collect();
    let suggestions = suggest(&dicts, &unknown);
    for u in &unknown {
        // A word once a file, where it is first, with how often the file has it.
        let mut seen: BTreeMap<&str, (&Word, usize)> = BTreeMap::new();
        for w in &u.words {
            seen.entry(w.text.as_str()).or_insert((w, 0)).1 += 1;
        }
        let mut firsts: Vec<(&Word, usize)> = seen.into_values().collect();
        firsts.sort_by_key(|(w, _)| (w.line, w.column));
        for (w, times) in firsts {
            let s = suggestions.get(&(u.lang, w.text.as_str()));
            diags.push(warning(&u.path, u.lang, w, times, s));
        }
    }
    diags
}

fn doc_lang(site: &Site, doc: &Doc) -> Lang {
    doc.translation.or(doc.lang).unwrap_or(site.config.language)
}

/// Suggestions for the first [`SUGGESTED`] distinct unknown words, in parallel.
fn suggest<'a>(
    dicts: &Dictionaries,
    unknown: &'a [Unknown],
) -> BTreeMap<(Lang, &'a str), Vec<String>> {
    let mut distinct: Vec<(Lang, &str)> = unknown
        .iter()
        .flat_map(|u| u.words.iter().map(move |w| (u.lang, w.text.as_str())))
        .collect();
    distinct.sort_by(|a, b| (a.0.code(), a.1).cmp(&(b.0.code(), b.1)));
    distinct.dedup();
    distinct.truncate(SUGGESTED);
    distinct
        .into_par_iter()
        .filter_map(|(lang, word)| {
            let dict = match script(word) {
                Script::Latin => dicts.get(Lang::En)?,
                _ => dicts.get(lang)?,
            };
            let mut out = Vec::new();
            // Without n-gram suggestions: they take a tenth of a second a word with
            // the Kazakh dictionary's affixes, and add little to edits of one letter.
            dict.suggester()
                .with_ngram_suggestions(false)
                .suggest(word, &mut out);
            // «мек тебінің» for «мектебінің»: a word cut in two is no spelling.
            out.retain(|s| !s.contains(' '));
            out.truncate(3);
            Some(((lang, word), out))
        })
        .collect()
}

fn warning(
    path: &Path,
    lang: Lang,
    w: &Word,
    times: usize,
    suggested: Option<&Vec<String>>,
) -> Diagnostic {
    let dict = match script(&w.text) {
        Script::Latin => lang_name(Lang::En),
        _ => lang_name(lang),
    };
    let hint = match suggested {
        Some(s) if !s.is_empty() => t!(
            "spelling-suggest-hint",
            words = s.join(", "),
            file = dictionaries::WORDS_FILE
        ),
        _ => t!("spelling-keep-hint", file = dictionaries::WORDS_FILE),
    };
    Diagnostic::warning(
        Location::new(path, w.line, w.column),
        t!(
            "spelling-unknown-word",
            word = w.text.as_str(),
            dictionary = dict,
            times = times
        ),
    )
    .with_hint(hint)
}
