//! `search/index.js`: what the search page needs before any word is typed (the
//! folding tables, UI strings, the filters' tables and each entry's facets, and
//! where the shards and texts are).

use serde_json::{Value, json};
use typed_index_collections::TiVec;

use crate::config::fields::{FieldId, FieldType};
use crate::lang::Lang;
use crate::lang::strings::Strings;
use crate::site::fields::FieldValue;
use crate::site::{LangId, Site};

use super::stem::VOICED;
use crate::lang::fold::{FOLD, LATIN_I_IN_CYRILLIC};

/// UI strings the script needs (the page's static words come from the template).
pub(super) const SCRIPT_STRINGS: &[&str] = &[
    "search_found",
    "search_none",
    "search_broken",
    "search_prompt",
    "search_wordless",
    "search_more",
    "search_all_kinds",
    "search_all_years",
    "search_all_departments",
    "search_all_authors",
    "search_any",
];

/// Ids as the numbers the script looks them up by.
fn ids<I: Copy + Into<usize>>(list: &[I]) -> Vec<usize> {
    list.iter().map(|&i| i.into()).collect()
}

/// The other files of the index, as `index.js` names them.
pub struct Files<'a> {
    /// The shards' keys.
    pub shards: Vec<&'a str>,
    /// A hash of each shard's text.
    pub shard_versions: Vec<String>,
    /// The first entry of each text file.
    pub chunks: Vec<usize>,
    /// A hash of each text file's text.
    pub chunk_versions: Vec<String>,
}

/// The JavaScript file written to `search/index.js`, loaded by a plain `<script>`.
///
/// It sets `window.OZYQ_SEARCH` to:
/// - `v`: 2, the format;
/// - `fold`: the folding table as `[[from, to], …]`, `latin_i`, and `voiced`:
///   the final consonants a Kazakh ending voices (see [`super::stem::VOICED`]);
/// - `t`: the UI strings the script shows;
/// - `kinds`: `[id, plural, label]`, `years`: `[slug, label]` (newest first),
///   `departments` and `authors`: `[id, name]`, `tags`: names;
/// - `department_order` and `author_order`: their places in the page
///   language's alphabetical order;
/// - `fields`: the choice fields some entry has, `[name, label, [[id, label], …]]`;
/// - `docs`, one per entry in site order (newest first), what the filters need:
///   `[kind, year, [authors], department or -1, [[field, choice], …]]`, where the
///   numbers index the tables above, and the entry's language code after them
///   when it is not the page's (its title and text are marked with it);
/// - `shards`: the keys of the shard files (`s/<key>.js`, see [`super::shards`]),
///   and `shard_versions`, a hash of each;
/// - `chunks`: the first entry of each text file (`t/<n>.js`, see
///   [`super::texts`]), and `chunk_versions`.
pub fn index_js(site: &Site, files: &Files, strings: &Strings, l: LangId) -> String {
    let lang = site.tongues[l].lang;
    let ix = site.index_in(l);
    let kinds: Vec<Value> = site
        .config
        .kinds
        .iter()
        .map(|k| json!([k.id, k.plural.get(lang), k.label.get(lang)]))
        .collect();
    let years: Vec<Value> = ix
        .by_year
        .iter()
        .map(|y| json!([y.year.slug(), y.year.label()]))
        .collect();
    let departments: Vec<Value> = site
        .departments
        .iter()
        .map(|d| json!([d.id, d.name_in(lang)]))
        .collect();
    let authors: Vec<Value> = site
        .authors
        .iter()
        .map(|a| json!([a.id, a.name_in(lang)]))
        .collect();
    // The filters list names in this language's alphabetical order; the
    // tables stay in the site's, which `docs` index.
    let collator = crate::lang::collation::KazakhCollator::of(lang);
    let order = |names: Vec<&str>| -> Vec<usize> {
        let mut at: Vec<usize> = (0..names.len()).collect();
        at.sort_by(|&a, &b| collator.compare(names[a], names[b]));
        at
    };
    let author_order = order(site.authors.iter().map(|a| a.name_in(lang)).collect());
    let department_order = order(site.departments.iter().map(|d| d.name_in(lang)).collect());
    let tags: Vec<Value> = site.tags.iter().map(|t| json!(t.name)).collect();
    let (fields, field_of) = choice_fields(site, lang);
    let docs: Vec<Value> = site
        .entries
        .iter_enumerated()
        .map(|(i, e)| {
            let year = ix.year_index(e.year).map_or(0, usize::from);
            let mut doc = json!([
                usize::from(e.kind),
                year,
                ids(&e.authors),
                e.department.map_or(-1, |d| usize::from(d) as i64),
                e.fields
                    .iter()
                    .filter_map(|f| match (&f.value, field_of[f.field]) {
                        (FieldValue::Choice(c), Some(i)) => Some(json!([i, c])),
                        _ => None,
                    })
                    .collect::<Vec<Value>>(),
            ]);
            // Marked only where this language's search shows it.
            let shown = !site.config.multilingual() || site.tongues[l].listed[i];
            if e.lang != lang
                && shown
                && let Some(list) = doc.as_array_mut()
            {
                list.push(json!(e.lang.code()));
            }
            doc
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
    let pairs = |list: &[(char, char)]| -> Vec<Value> {
        list.iter()
            .map(|(a, b)| json!([a.to_string(), b.to_string()]))
            .collect()
    };
    let mut data = json!({
        "v": 2,
        "lang": lang.code(),
        "fold": pairs(FOLD),
        "latin_i": [LATIN_I_IN_CYRILLIC.0.to_string(), LATIN_I_IN_CYRILLIC.1.to_string()],
        "voiced": pairs(VOICED),
        "t": t,
        "kinds": kinds,
        "years": years,
        "departments": departments,
        "authors": authors,
        "author_order": author_order,
        "department_order": department_order,
        "tags": tags,
        "fields": fields,
        "docs": docs,
        "shards": files.shards,
        "shard_versions": files.shard_versions,
        "chunks": files.chunks,
        "chunk_versions": files.chunk_versions,
    });
    // On a site in several languages, one index holds every file: each
    // language's search shows those its listings show.
    if site.config.multilingual() {
        let listed = &site.tongues[l].listed;
        let shown: Vec<usize> = (listed.iter_enumerated())
            .filter(|(_, shown)| **shown)
            .map(|(i, _)| usize::from(i))
            .collect();
        data["shown"] = json!(shown);
    }
    let json = crate::output::script_json::script_json(&data);
    let mut out = String::with_capacity(json.len() + 96);
    out.push_str(
        "/* The site's search data, made by ozyq (src/search/). */\nwindow.OZYQ_SEARCH = ",
    );
    out.push_str(&json);
    out.push_str(";\n");
    out
}

/// The words of an entry's fields a visitor may search for: texts, names, and
/// choices in `lang` (an event's name, a journal, «Облыстық»).
pub fn field_words<'s>(
    site: &'s Site,
    lang: Lang,
    fields: &'s [crate::site::fields::FieldEntry],
) -> Vec<&'s str> {
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
    out
}

/// The choice fields some entry has, as the index lists them, and each field's
/// place in that list.
fn choice_fields(site: &Site, lang: Lang) -> (Vec<Value>, TiVec<FieldId, Option<usize>>) {
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
