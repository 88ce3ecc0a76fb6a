//! Site search, made by the build for a page that works from `file://` as well
//! as over HTTP: every file is a plain `<script>` (no `fetch` of local files).
//!
//! - `search/index.js` ([`meta`]): tables, filters' facets, and where the rest is;
//! - `search/s/<key>.js` ([`shards`]): the inverted index of every word of every
//!   entry (title, summary, tags, authors, fields, the whole body), cut by the
//!   words' first letters, so a query loads only the shards of its words;
//! - `search/t/<n>.js` ([`texts`]): titles and compressed bodies for the results
//!   shown and their snippets.
//!
//! Words are indexed by stem ([`stem`]: Snowball for Russian, a light suffix
//! stripper for Kazakh) and folded for Russian keyboards ([`fold`]). The page
//! (`static/search.js`) ranks: title over summary, tags, authors and fields over
//! the body; the word as typed (any form of it) over folded, prefix and one typo.

pub mod doc;
pub mod meta;
pub mod shards;
pub mod stem;
pub mod texts;

pub use crate::lang::fold::fold;
pub use doc::{Bodies, Lexicon, SearchDoc, Texts};

use rayon::prelude::*;

use crate::lang::strings::Strings;
use crate::site::Site;

/// What lasts between builds of a site's index: the words seen and the bodies
/// compressed. `ozyq serve` keeps one for its life; a build loads the bodies
/// from the cache and saves them after.
#[derive(Default)]
pub struct State {
    /// The stems and forms.
    pub lexicon: Lexicon,
    /// The compressed bodies.
    pub bodies: Bodies,
}

impl State {
    /// The state of the site at `root`, with the bodies its cache holds.
    pub fn load(root: &std::path::Path) -> State {
        State {
            lexicon: Lexicon::default(),
            bodies: Bodies::load(&Self::cache_file(root)),
        }
    }

    /// Keeps the bodies used for the next build (a cache that cannot be written
    /// only makes the next build slower).
    pub fn save(&self, root: &std::path::Path) {
        let _ = self.bodies.save(&Self::cache_file(root));
    }

    fn cache_file(root: &std::path::Path) -> std::path::PathBuf {
        root.join(".ozyq-cache").join("search").join("bodies.pack")
    }
}

/// Whether the site-relative `path` is in a folder only the index writes to.
pub fn owns(path: &str) -> bool {
    path.starts_with("search/s/") || path.starts_with("search/t/")
}

/// A short hash of a file's text, which the page adds to its address
/// (`?v=…`), so that a browser never mixes a cached file with a newer index.
fn version(text: &str) -> String {
    format!("{:08x}", xxhash_rust::xxh3::xxh3_64(text.as_bytes()) as u32)
}

/// Makes every file of the search index of `site`, whose entries' docs are
/// `docs` (in site order; an entry without one is indexed empty), and hands each
/// to `emit` (site-relative path, text; called in parallel). Returns the paths.
pub fn files(
    site: &Site,
    docs: &[Option<&SearchDoc>],
    state: &State,
    strings: &[&Strings],
    emit: &(dyn Fn(&str, String) + Sync),
) -> Vec<String> {
    let empty = SearchDoc {
        terms: Box::new([]),
        words: Box::new([]),
        body: doc::Bodies::default().compressed(""),
    };
    let docs: Vec<&SearchDoc> = docs.iter().map(|d| d.unwrap_or(&empty)).collect();
    let entries: Vec<&crate::site::Entry> = site.entries.iter().collect();
    let shards = {
        let words = state.lexicon.words();
        shards::shards(&docs, &words)
    };
    let text_file = |n: usize| format!("search/t/{n}.js");
    let chunk_versions = std::sync::Mutex::new(Vec::new());
    let starts = texts::chunks(&entries, &docs, &|n, text| {
        let v = version(&text);
        chunk_versions
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .push((n, v));
        emit(&text_file(n), text)
    });
    let mut chunk_versions = chunk_versions
        .into_inner()
        .unwrap_or_else(|e| e.into_inner());
    chunk_versions.sort_unstable();
    let files = meta::Files {
        shards: shards.iter().map(|s| s.key.as_str()).collect(),
        shard_versions: shards.iter().map(|s| version(&s.js)).collect(),
        chunks: starts.clone(),
        chunk_versions: chunk_versions.into_iter().map(|(_, v)| v).collect(),
    };
    let mut paths = Vec::new();
    for (l, t) in site.tongues.iter_enumerated() {
        let path = format!("{}search/index.js", t.prefix);
        emit(
            &path,
            meta::index_js(site, &files, strings[usize::from(l)], l),
        );
        paths.push(path);
    }
    drop(files);
    let shard_paths: Vec<String> = shards
        .into_par_iter()
        .map(|s| {
            let path = format!("search/s/{}.js", shards::file_name(&s.key));
            emit(&path, s.js);
            path
        })
        .collect();
    paths.extend(shard_paths);
    paths.extend((0..starts.len()).map(text_file));
    paths
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Config;
    use crate::site::load::{LoadOptions, load};
    use serde_json::{Value, json};

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

    /// The value a script of the index hands over: `window.OZYQ_SEARCH = …;` or
    /// `NAME(key, …);`.
    fn script_value(js: &str) -> Value {
        let json = match js.split_once("window.OZYQ_SEARCH = ") {
            Some((_, rest)) => rest,
            None => js.split_once(',').unwrap().1,
        };
        let json = json.trim_end().strip_suffix(';').unwrap();
        let json = json.strip_suffix(')').unwrap_or(json);
        serde_json::from_str(json).unwrap()
    }

    #[test]
    fn the_index_is_scripts_with_every_word_of_every_entry() {
        let (_dir, site) = sample_site();
        assert_eq!(site.entries.len(), 2);
        let mut strings = Strings::new();
        strings.insert("search_found".into(), "Табылды: {n}".into());
        let state = State::default();
        // The second body is long: its last word is far past what a snippet shows.
        let long = format!("{}соңғы сөзі.", "сөз ".repeat(2000));
        let docs: Vec<SearchDoc> = site
            .entries
            .iter()
            .zip(["Мәтін.", long.as_str()])
            .map(|(e, body)| {
                let texts = Texts {
                    title: &e.doc.title,
                    meta: &[e.summary.as_deref().unwrap_or("")],
                    body,
                    lang: e.lang,
                };
                SearchDoc::new(&texts, &state.lexicon, &state.bodies)
            })
            .collect();
        let refs: Vec<Option<&SearchDoc>> = docs.iter().map(Some).collect();
        let made = std::sync::Mutex::new(Vec::new());
        let paths = files(&site, &refs, &state, &[&strings], &|p, t| {
            made.lock().unwrap().push((p.to_string(), t))
        });
        let mut files = made.into_inner().unwrap();
        assert_eq!(paths.len(), files.len());
        // In the order of `paths`: index.js, shards, texts.
        files.sort_by_key(|(p, _)| paths.iter().position(|x| x == p).unwrap());
        for (path, js) in &files {
            assert!(!js.contains("</script"), "{path}: {js}");
            assert!(!js.contains("<!--"), "{path}: {js}");
        }
        let (first, js) = &files[0];
        assert_eq!(first, "search/index.js");
        assert!(js.starts_with("/* The site's search data"));
        let v = script_value(js);
        assert_eq!(v["v"], 2);
        assert_eq!(v["fold"][2], json!(["қ", "к"]));
        assert_eq!(v["latin_i"], json!(["i", "и"]));
        assert_eq!(v["voiced"][0], json!(["ғ", "қ"]));
        assert_eq!(v["t"]["search_found"], "Табылды: {n}");
        // Missing strings fall back to their keys, as everywhere in the theme.
        assert_eq!(v["t"]["search_none"], "search_none");
        assert_eq!(v["kinds"][0][0], "seminar");
        assert_eq!(
            v["years"],
            json!([["2025-2026", "2025–2026"], ["2023-2024", "2023–2024"]])
        );
        // Facets: kind, year, authors, department, choices.
        let d = &v["docs"][0];
        assert_eq!(d[0], 0);
        assert_eq!(d[1], 0);
        assert_eq!(
            v["authors"][d[2][0].as_u64().unwrap() as usize][1],
            "Абенова Гүлнар"
        );
        assert_eq!(d[3], -1);
        assert_eq!(d[4], json!([]));
        assert_eq!(v["docs"][1][1], 1);
        assert_eq!(v["chunks"], json!([0]));
        // Each file's version is a hash of its text.
        let texts_js = &files.last().unwrap().1;
        assert_eq!(v["chunk_versions"], json!([version(texts_js)]));
        assert_eq!(
            v["shard_versions"].as_array().unwrap().len(),
            v["shards"].as_array().unwrap().len()
        );

        // Each shard named in index.js is a file, and the stem «сабақ» (from the
        // title's «сабағы») is in the one its first letter names.
        let keys: Vec<&str> = v["shards"]
            .as_array()
            .unwrap()
            .iter()
            .map(|k| k.as_str().unwrap())
            .collect();
        for k in &keys {
            let path = format!("search/s/{}.js", shards::file_name(k));
            assert!(files.iter().any(|(p, _)| *p == path), "{path}");
        }
        let shard = |key: &str| {
            let path = format!("search/s/{}.js", shards::file_name(key));
            let js = &files.iter().find(|(p, _)| *p == path).unwrap().1;
            assert!(js.starts_with(&format!("OZYQ_SHARD(\"{key}\",")));
            script_value(js)
        };
        let s = shard("с");
        let stems: Vec<&str> = s["s"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r[0].as_str().unwrap())
            .collect();
        assert!(stems.contains(&"сабақ"), "{stems:?}");
        // The long body's last word is indexed too.
        assert!(stems.contains(&"соңқ"), "{stems:?}");
        let forms: Vec<Vec<&str>> = s["f"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| {
                r.as_array()
                    .unwrap()
                    .iter()
                    .map(|x| x.as_str().unwrap())
                    .collect()
            })
            .collect();
        assert!(forms.contains(&vec!["сабағы", "сабақ"]), "{forms:?}");

        // The texts: title, page, summary and the body, compressed.
        let (path, js) = &files.last().unwrap();
        assert_eq!(path, "search/t/0.js");
        let rows = script_value(js);
        assert_eq!(rows[0][0], "Қазақ тілі </script><!-- сабағы");
        assert_eq!(
            rows[0][1].as_str().unwrap(),
            site.entries[crate::site::EntryId::from(0)].dir
        );
        assert_eq!(rows[0][2], "Оқушылармен жұмыс");
        use base64::Engine;
        use std::io::Read;
        let z = base64::engine::general_purpose::STANDARD
            .decode(rows[1][3].as_str().unwrap())
            .unwrap();
        let mut body = String::new();
        flate2::read::DeflateDecoder::new(&z[..])
            .read_to_string(&mut body)
            .unwrap();
        assert_eq!(body, long);
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
            for key in meta::SCRIPT_STRINGS {
                assert!(strings.contains_key(*key), "{lang}.yaml has no `{key}`");
            }
            assert!(strings["search_found"].contains("{n}"), "{lang}.yaml");
        }
    }
}
