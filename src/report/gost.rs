//! Bibliographic lines for the year's publications in the style Kazakh and Russian
//! colleges report them (ГОСТ 7.1): «Әбенова Г. С. Тақырып // Журнал. — 2025. —
//! № 3. — Б. 12–15.». Up to three authors: the first in the heading and all after
//! a slash; four or more: the title first and three names «[и др.]».

use crate::lang::Lang;
use crate::site::fields::FieldValue;
use crate::site::{Entry, Site};

/// A name as a bibliography writes it: «Әбенова Гүлнар Серікқызы» → «Әбенова Г. С.»,
/// and with `initials_first` «Г. С. Әбенова». Names already written with initials,
/// or of one word, are kept as written.
pub fn short_name(full: &str, initials_first: bool) -> String {
    let parts: Vec<&str> = full.split_whitespace().collect();
    let Some((surname, given)) = parts.split_first() else {
        return String::new();
    };
    if given.is_empty() || given.iter().any(|p| p.ends_with('.')) {
        return full.split_whitespace().collect::<Vec<_>>().join(" ");
    }
    let initials: Vec<String> = given
        .iter()
        .filter_map(|p| p.chars().next())
        .map(|c| format!("{c}."))
        .collect();
    let initials = initials.join(" ");
    if initials_first {
        format!("{initials} {surname}")
    } else {
        format!("{surname} {initials}")
    }
}

/// «и др.» and the abbreviation of «pages» in `lang`.
fn words(lang: Lang) -> (&'static str, &'static str) {
    match lang {
        Lang::Kk => ("және т.б.", "Б."),
        Lang::Ru => ("и др.", "С."),
        Lang::En => ("et al.", "P."),
    }
}

/// The text of the entry's field `name`, if it has it.
fn text(site: &Site, e: &Entry, name: &str) -> Option<String> {
    let f = site.config.field(name)?;
    e.fields
        .iter()
        .find(|v| v.field == f)
        .and_then(|v| match &v.value {
            FieldValue::Text(t) | FieldValue::Url(t) => Some(t.clone()),
            FieldValue::Year(y) => Some(y.to_string()),
            FieldValue::Number(n) => Some(n.0.to_string()),
            _ => None,
        })
}

/// The beginnings of the words that say what kind of publication a work is, in
/// each language a site writes: a title holding one already says it. Only words
/// that mean nothing else («құрал» is also a tool, «разработка» any making).
const GENRE_WORDS: &[&str] = &[
    "нұсқау",
    "ұсыным",
    "әзірлеме",
    "бюллетень",
    "указани",
    "рекомендаци",
    "пособи",
    "сборник",
    "бюллетен",
    "guideline",
    "guide",
    "handbook",
    "recommendation",
    "bulletin",
];

/// Whether `title` says what kind of publication it is: it holds `kind`, the
/// kind's name, or a word like «нұсқау» or «указания».
fn names_its_genre(title: &str, kind: &str) -> bool {
    let title = title.to_lowercase();
    title.contains(kind)
        || (title.split(|c: char| !c.is_alphanumeric()))
            .any(|w| GENRE_WORDS.iter().any(|g| w.starts_with(g)))
}

/// A journal's name as a bibliography gives it: the name in quotes when the
/// front matter says more («Кәсіптік білім» журналы, журнал «Педагог»), without
/// the quotes.
fn journal_name(j: &str) -> &str {
    let j = j.trim();
    if let Some((_, rest)) = j.split_once('«')
        && let Some((name, _)) = rest.split_once('»')
        && !name.trim().is_empty()
    {
        return name.trim();
    }
    j.trim_start_matches(['«', '"', '“'])
        .trim_end_matches(['»', '"', '”', '.'])
        .trim()
}

/// The bibliographic line of `e`, an article or a guideline, in the language of
/// the entry: the authors, the title, the journal or the kind of the work, the
/// year, the issue, the pages, a DOI or an address.
pub fn line(site: &Site, e: &Entry) -> String {
    let lang = e.lang;
    let (others, page_word) = words(lang);
    let names: Vec<&str> = e
        .authors
        .iter()
        // As published: a former name the entry writes (a surname changed since);
        // else each in the form of the work's language (Абдрахманова for
        // Әбдірахманова in a Russian line), when the data file gives one.
        .map(|&a| match e.former_names.iter().find(|(f, _)| *f == a) {
            Some((_, written)) => written.as_str(),
            None => site.authors[a].name_in(lang),
        })
        .collect();
    let mut s = String::new();
    if (1..=3).contains(&names.len()) {
        s.push_str(&short_name(names[0], false));
        s.push(' ');
    }
    s.push_str(e.doc.title.trim_end_matches('.'));
    let journal = text(site, e, "journal");
    if journal.is_none() {
        // A work of its own (guidelines, a bulletin): what it is, unless its
        // title says so (not «… әдістемелік нұсқау : әдістемелік нұсқау», nor
        // «Методические указания … : методические рекомендации»).
        let kind = site.kind(e).label.get(lang).to_lowercase();
        if !names_its_genre(&e.doc.title, &kind) {
            s.push_str(&format!(" : {kind}"));
        }
    }
    if !names.is_empty() {
        let shown: Vec<String> = names.iter().take(3).map(|n| short_name(n, true)).collect();
        s.push_str(&format!(" / {}", shown.join(", ")));
        if names.len() > 3 {
            s.push_str(&format!(" [{others}]"));
        }
    }
    let year = text(site, e, "year").unwrap_or_else(|| e.date.date.format("%Y").to_string());
    match journal {
        Some(j) => {
            s.push_str(&format!(" // {}. — {year}.", journal_name(&j)));
            if let Some(issue) = text(site, e, "issue") {
                s.push_str(&format!(" — № {}.", issue.trim_start_matches('№').trim()));
            }
        }
        None => {
            let cfg = &site.config;
            // The publisher named in the work's language, as its title is.
            let place = match (cfg.city_in(e.lang), cfg.college_in(e.lang)) {
                (Some(c), Some(p)) => format!("{c} : {p}, "),
                (Some(c), None) => format!("{c}, "),
                (None, Some(p)) => format!("{p}, "),
                (None, None) => String::new(),
            };
            s.push_str(&format!(". — {place}{year}."));
        }
    }
    if let Some(pages) = text(site, e, "pages") {
        s.push_str(&format!(
            " — {page_word} {}.",
            crate::lang::range::en_dashed(&pages)
        ));
    }
    if let Some(doi) = text(site, e, "doi") {
        s.push_str(&format!(" — DOI: {doi}."));
    } else if let Some(url) = text(site, e, "url") {
        s.push_str(&format!(" — URL: {url}"));
    }
    s
}

#[cfg(test)]
mod tests {
    use super::{journal_name, names_its_genre, short_name};

    #[test]
    fn a_title_that_says_what_the_work_is_needs_no_kind_after_it() {
        let kind = "методические рекомендации";
        assert!(names_its_genre("Методические указания по практике", kind));
        assert!(names_its_genre("Методические рекомендации к уроку", kind));
        assert!(names_its_genre(
            "Сабақ жоспарлау: әдістемелік нұсқаулық",
            "әдістемелік нұсқау"
        ));
        assert!(names_its_genre("Учебное пособие", kind));
        // Words that only look like one do not count: «құралдар» (tools),
        // «разработка сайтов» (making websites).
        assert!(!names_its_genre("Цифрлық құралдар", "әдістемелік нұсқау"));
        assert!(!names_its_genre("Разработка сайтов", kind));
        assert!(!names_its_genre("Жобалық оқыту", "әдістемелік нұсқау"));
        assert!(!names_its_genre("Проектное обучение на уроках", kind));
        assert!(!names_its_genre(
            "Guidance of pupils",
            "methodological guideline"
        ));
    }

    #[test]
    fn journals_are_named_without_their_quotes_and_words_round_them() {
        assert_eq!(journal_name("«Кәсіптік білім» журналы"), "Кәсіптік білім");
        assert_eq!(journal_name("журнал «Педагог»"), "Педагог");
        assert_eq!(journal_name("\"Вестник\""), "Вестник");
        assert_eq!(journal_name("Вестник КазНУ."), "Вестник КазНУ");
    }

    #[test]
    fn names_are_shortened_to_initials() {
        assert_eq!(
            short_name("Әбенова Гүлнар Серікқызы", false),
            "Әбенова Г. С."
        );
        assert_eq!(
            short_name("Әбенова Гүлнар Серікқызы", true),
            "Г. С. Әбенова"
        );
        assert_eq!(short_name("Ковалёва Ирина", false), "Ковалёва И.");
        assert_eq!(short_name("Сейітова Ж. А.", false), "Сейітова Ж. А.");
        assert_eq!(
            short_name("Ұзақбаев  Ерлан Болатұлы", true),
            "Е. Б. Ұзақбаев"
        );
        assert_eq!(short_name("Platon", false), "Platon");
    }
}
