//! Site search: the data file `search/index.js` that the search page loads with a
//! plain `<script>` (so that it works from `file://` too), and the Kazakh folding
//! shared by the index and the query.
//!
//! The build ships a compact list of documents; the browser indexes it with the
//! vendored MiniSearch (`static/vendor/minisearch.js`) when the search page opens.
//! Shipping MiniSearch's own serialized index was measured to be larger on disk
//! and no faster to load (see `tests/search/bench.mjs`).
//!
//! The folding table lives here only: it is written into `index.js`, and
//! `static/search.js` folds both the index and the query with it.

use serde_json::{Value, json};
use typed_index_collections::{TiSlice, TiVec};

use crate::config::fields::{FieldId, FieldType};
use crate::site::fields::FieldValue;

use crate::lang::strings::Strings;
use crate::site::{EntryId, Site};

use crate::render::SEARCH_TEXT_LIMIT;

/// Letters folded so that a visitor typing on a Russian keyboard finds Kazakh
/// words: each pair is (letter, what it folds to). Applied after lower-casing,
/// to the index and to the query alike; the exact spelling still ranks first
/// because both forms are indexed.
pub const FOLD: &[(char, char)] = &[
    ('ә', 'а'),
    ('ғ', 'г'),
    ('қ', 'к'),
    ('ң', 'н'),
    ('ө', 'о'),
    ('ұ', 'у'),
    ('ү', 'у'),
    ('һ', 'х'),
    ('і', 'и'),
    ('ё', 'е'),
];

/// Latin `i` typed inside a Cyrillic word (a common stand-in for Kazakh `і`)
/// folds to `и` as well; in a word with no Cyrillic letter it is left alone.
pub const LATIN_I_IN_CYRILLIC: (char, char) = ('i', 'и');

fn is_cyrillic(c: char) -> bool {
    ('\u{0400}'..='\u{04FF}').contains(&c)
}

/// The folded form of one lower-cased word, as `search.js` computes it.
pub fn fold(word: &str) -> String {
    let cyrillic = word.chars().any(is_cyrillic);
    word.chars()
        .map(|c| {
            if let Some(&(_, to)) = FOLD.iter().find(|(from, _)| *from == c) {
                to
            } else if cyrillic && c == LATIN_I_IN_CYRILLIC.0 {
                LATIN_I_IN_CYRILLIC.1
            } else {
                c
            }
        })
        .collect()
}

/// UI strings the script needs (the page's static words come from the template).
const SCRIPT_STRINGS: &[&str] = &[
    "search_found",
    "search_none",
    "search_prompt",
    "search_more",
    "search_all_kinds",
    "search_all_years",
    "search_all_departments",
    "search_all_authors",
    "search_any",
];

/// Cuts `s` to at most `limit` bytes on a character boundary.
fn cut(s: &str, limit: usize) -> &str {
    if s.len() <= limit {
        return s;
    }
    let mut end = limit;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}

/// Ids as the numbers the script looks them up by.
fn ids<I: Copy + Into<usize>>(list: &[I]) -> Vec<usize> {
    list.iter().map(|&i| i.into()).collect()
}

/// The JavaScript file written to `search/index.js`, loaded by a plain `<script>`.
///
/// It sets `window.OZYQ_SEARCH` to:
/// - `fold`: the folding table as `[[from, to], …]`, and `latin_i`;
/// - `t`: the UI strings the script shows;
/// - `kinds`: `[id, plural, label]`, `years`: `[slug, label]` (newest first),
///   `departments` and `authors`: `[id, name]`, `tags`: names;
/// - `fields`: the choice fields some entry has, `[name, label, [[id, label], …]]`;
/// - `docs`, one per entry in site order (newest first):
///   `[title, dir, kind, year, [authors], department or -1, [tags], summary, body,
///   [[field, choice], …], the words of its fields]`, where the numbers index the
///   tables above and the page is `{dir}index.html`.
pub fn index_js(site: &Site, body_texts: &TiSlice<EntryId, String>, strings: &Strings) -> String {
    let lang = site.config.language;
    let kinds: Vec<Value> = site
        .config
        .kinds
        .iter()
        .map(|k| json!([k.id, k.plural.get(lang), k.label.get(lang)]))
        .collect();
    let years: Vec<Value> = site
        .index
        .by_year
        .iter()
        .map(|y| json!([y.year.slug(), y.year.label()]))
        .collect();
    let departments: Vec<Value> = site
        .departments
        .iter()
        .map(|d| json!([d.id, d.name_in(lang)]))
        .collect();
    let authors: Vec<Value> = site.authors.iter().map(|a| json!([a.id, a.name])).collect();
    let tags: Vec<Value> = site.tags.iter().map(|t| json!(t.name)).collect();
    let (fields, field_of) = choice_fields(site);
    let docs: Vec<Value> = site
        .entries
        .iter_enumerated()
        .map(|(i, e)| {
            let year = site.index.year_index(e.year).map_or(0, usize::from);
            let body = body_texts.get(i).map(String::as_str).unwrap_or("");
            json!([
                e.doc.title,
                e.dir,
                usize::from(e.kind),
                year,
                ids(&e.authors),
                e.department.map_or(-1, |d| usize::from(d) as i64),
                ids(&e.tags),
                e.summary.as_deref().unwrap_or(""),
                cut(body, SEARCH_TEXT_LIMIT),
                e.fields
                    .iter()
                    .filter_map(|f| match (&f.value, field_of[f.field]) {
                        (FieldValue::Choice(c), Some(i)) => Some(json!([i, c])),
                        _ => None,
                    })
                    .collect::<Vec<Value>>(),
                field_words(site, &e.fields),
            ])
        })
        .collect();
    let t: serde_json::Map<String, Value> = SCRIPT_STRINGS
        .iter()
        .map(|&k| {
            (
                k.to_string(),
                Value::from(strings.get(k).map(String::as_str).unwrap_or(k)),
            )
        })
        .collect();
    let fold: Vec<Value> = FOLD
        .iter()
        .map(|(a, b)| json!([a.to_string(), b.to_string()]))
        .collect();
    let data = json!({
        "v": 1,
        "lang": lang.code(),
        "fold": fold,
        "latin_i": [LATIN_I_IN_CYRILLIC.0.to_string(), LATIN_I_IN_CYRILLIC.1.to_string()],
        "t": t,
        "kinds": kinds,
        "years": years,
        "departments": departments,
        "authors": authors,
        "tags": tags,
        "fields": fields,
        "docs": docs,
    });
    let json = crate::render::script_json::script_json(&data);
    let mut out = String::with_capacity(json.len() + 96);
    out.push_str(
        "/* The site's search data, made by ozyq (src/search.rs). */\nwindow.OZYQ_SEARCH = ",
    );
    out.push_str(&json);
    out.push_str(";\n");
    out
}

/// The words of an entry's fields a visitor may search for: texts, names, and
/// choices in the site's language (an event's name, a journal, «Облыстық»).
fn field_words(site: &Site, fields: &[crate::site::fields::FieldEntry]) -> String {
    let lang = site.config.language;
    let mut out: Vec<&str> = Vec::new();
    for f in fields {
        match &f.value {
            FieldValue::Text(t) => out.push(t),
            FieldValue::Names(names) => out.extend(names.iter().map(String::as_str)),
            FieldValue::Choice(c) => {
                out.push(site.config.fields[f.field].choices[*c].label.get(lang));
            }
            FieldValue::People(people) => {
                out.extend(people.iter().map(|&a| site.authors[a].name.as_str()));
            }
            _ => {}
        }
    }
    out.join(" · ")
}

/// The choice fields some entry has, as the index lists them, and each field's
/// place in that list.
fn choice_fields(site: &Site) -> (Vec<Value>, TiVec<FieldId, Option<usize>>) {
    let lang = site.config.language;
    let mut used: TiVec<FieldId, bool> = site.config.fields.iter().map(|_| false).collect();
    for e in &site.entries {
        for f in &e.fields {
            if matches!(f.value, FieldValue::Choice(_)) {
                used[f.field] = true;
            }
        }
    }
    let mut list = Vec::new();
    let mut place: TiVec<FieldId, Option<usize>> =
        site.config.fields.iter().map(|_| None).collect();
    for (id, field) in site.config.fields.iter_enumerated() {
        if field.ty == FieldType::Choice && used[id] {
            place[id] = Some(list.len());
            let choices: Vec<Value> = field
                .choices
                .iter()
                .map(|c| json!([c.id, c.label.get(lang)]))
                .collect();
            list.push(json!([field.name, field.label.get(lang), choices]));
        }
    }
    (list, place)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Config;
    use crate::site::load::{LoadOptions, load};
    use typed_index_collections::TiVec;

    #[test]
    fn folds_kazakh_letters_to_russian_keyboard_ones() {
        assert_eq!(fold("қазақ"), "казак");
        assert_eq!(fold("оқушы"), "окушы");
        assert_eq!(fold("әдістеме"), "адистеме");
        assert_eq!(fold("ғылыми"), "гылыми");
        assert_eq!(fold("саңырау"), "санырау");
        assert_eq!(fold("өнер"), "онер");
        assert_eq!(fold("ұстаз"), "устаз");
        assert_eq!(fold("үздік"), "уздик");
        assert_eq!(fold("һижра"), "хижра");
        assert_eq!(fold("ёлка"), "елка");
        // Latin i inside a Cyrillic word is taken for Kazakh і.
        assert_eq!(fold("бiлiм"), "билим");
        assert_eq!(fold("білім"), fold("бiлiм"));
        // Words without those letters, and Latin words, stay as they are.
        assert_eq!(fold("семинар"), "семинар");
        assert_eq!(fold("digital"), "digital");
        assert_eq!(fold("python3"), "python3");
    }

    #[test]
    fn folding_is_idempotent_and_keeps_length() {
        for w in ["қазақ", "оқушылардың", "бiлiм", "ёжик", "mixed-і"] {
            let f = fold(w);
            assert_eq!(fold(&f), f);
            assert_eq!(f.chars().count(), w.chars().count());
        }
        for (from, to) in FOLD {
            assert!(
                !FOLD.iter().any(|(f, _)| f == to),
                "{from} → {to} folds again"
            );
        }
    }

    #[test]
    fn cuts_on_char_boundaries() {
        assert_eq!(cut("қазақ", 3), "қ");
        assert_eq!(cut("abc", 10), "abc");
    }

    fn sample_site() -> (tempfile::TempDir, Site) {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        std::fs::write(root.join("config.yaml"), "title: Test </script> site\n").unwrap();
        let seminars = root.join("content/seminars");
        std::fs::create_dir_all(&seminars).unwrap();
        std::fs::write(
            seminars.join("qazaq-tili.md"),
            "---\ntitle: \"Қазақ тілі </script><!-- сабағы\"\ndate: 2025-10-14\n\
             authors: [\"Абенова Гүлнар\"]\ntags: [тіл, оқушы]\nsummary: \"Оқушылармен жұмыс\"\n---\n\nМәтін.\n",
        )
        .unwrap();
        std::fs::write(
            seminars.join("ekinshi.md"),
            "---\ntitle: Екінші\ndate: 2024-03-01\n---\n\nBody.\n",
        )
        .unwrap();
        let config = Config::load(root).unwrap();
        let (site, _) = load(
            config,
            LoadOptions {
                drafts: false,
                record: false,
            },
        );
        (dir, site)
    }

    #[test]
    fn index_js_is_a_script_that_sets_the_data() {
        let (_dir, site) = sample_site();
        assert_eq!(site.entries.len(), 2);
        let mut strings = Strings::new();
        strings.insert("search_found".into(), "Табылды: {n}".into());
        let long = "сөз ".repeat(SEARCH_TEXT_LIMIT);
        let bodies: TiVec<EntryId, String> = vec!["Мәтін.".to_string(), long].into();
        let js = index_js(&site, &bodies, &strings);

        assert!(js.starts_with("/* The site's search data"));
        assert!(!js.contains("</script"), "{js}");
        assert!(!js.contains("<!--"), "{js}");
        let json = js
            .split_once("window.OZYQ_SEARCH = ")
            .unwrap()
            .1
            .trim_end()
            .strip_suffix(';')
            .unwrap();
        let v: Value = serde_json::from_str(json).unwrap();
        assert_eq!(v["v"], 1);
        assert_eq!(v["fold"][2], json!(["қ", "к"]));
        assert_eq!(v["latin_i"], json!(["i", "и"]));
        assert_eq!(v["t"]["search_found"], "Табылды: {n}");
        // Missing strings fall back to their keys, as everywhere in the theme.
        assert_eq!(v["t"]["search_none"], "search_none");
        assert_eq!(v["kinds"][0][0], "seminar");
        assert_eq!(
            v["years"],
            json!([["2025-2026", "2025–2026"], ["2023-2024", "2023–2024"]])
        );

        let docs = v["docs"].as_array().unwrap();
        assert_eq!(docs.len(), 2);
        let d = docs[0].as_array().unwrap();
        assert_eq!(d.len(), 11);
        // The escaped `<` reads back as itself.
        assert_eq!(d[0], "Қазақ тілі </script><!-- сабағы");
        assert_eq!(d[1].as_str().unwrap(), site.entries[EntryId::from(0)].dir);
        assert!(d[1].as_str().unwrap().starts_with("seminars/"));
        assert_eq!(d[2], 0);
        assert_eq!(d[3], 0);
        let author = d[4][0].as_u64().unwrap() as usize;
        assert_eq!(v["authors"][author][1], "Абенова Гүлнар");
        assert_eq!(d[5], -1);
        let tag_names: Vec<&str> = d[6]
            .as_array()
            .unwrap()
            .iter()
            .map(|t| v["tags"][t.as_u64().unwrap() as usize].as_str().unwrap())
            .collect();
        assert_eq!(tag_names, ["тіл", "оқушы"]);
        assert_eq!(d[7], "Оқушылармен жұмыс");
        assert_eq!(d[8], "Мәтін.");
        // No choice field has a value: no filters, no choices.
        assert_eq!(v["fields"], json!([]));
        assert_eq!(d[9], json!([]));
        assert_eq!(d[10], "");
        let second = docs[1].as_array().unwrap();
        assert_eq!(second[3], 1);
        assert!(second[8].as_str().unwrap().len() <= SEARCH_TEXT_LIMIT);
    }

    #[test]
    fn the_theme_has_every_string_the_script_uses() {
        for lang in ["kk", "ru", "en"] {
            let path = format!(
                "{}/themes/default/i18n/{lang}.yaml",
                env!("CARGO_MANIFEST_DIR")
            );
            let text = std::fs::read_to_string(&path).unwrap();
            let strings = crate::lang::strings::load(&text, path.as_ref()).unwrap();
            for key in SCRIPT_STRINGS {
                assert!(strings.contains_key(*key), "{lang}.yaml has no `{key}`");
            }
            assert!(strings["search_found"].contains("{n}"), "{lang}.yaml");
        }
    }
}
