//! Keys of the parts of the model each page shows: a page is rendered again when
//! its key changes.

use rayon::prelude::*;
use std::collections::{HashMap, HashSet};
use std::hash::{DefaultHasher, Hash, Hasher};
use std::path::PathBuf;

use crate::render::jobs::Job;
use crate::site::{Doc, Entry, Site};

use super::Cached;
use crate::render::context::RELATED;

pub(super) fn h64(v: impl Hash) -> u64 {
    let mut h = DefaultHasher::new();
    v.hash(&mut h);
    h.finish()
}

/// Keys of the parts of the model pages show.
#[derive(Default)]
pub(super) struct Sigs {
    pub(super) card: Vec<u64>,
    pub(super) full: Vec<u64>,
}

pub(super) fn doc_sig(doc: &Doc, cache: &HashMap<PathBuf, Cached>) -> u64 {
    let body = cache.get(&doc.source).map_or(0, |c| c.body_hash);
    h64((&doc.source, &doc.title, body, doc.body_line, doc.lang))
}

/// Keys of the authors, departments and tags, which entries' keys are made of.
pub(super) struct Names {
    dept: Vec<u64>,
    authors: Vec<u64>,
    tags: Vec<u64>,
}

impl Names {
    pub(super) fn new(site: &Site) -> Self {
        let dept: Vec<u64> = site
            .departments
            .iter()
            .map(|d| h64((&d.id, &d.name, &d.name_ru, &d.name_en)))
            .collect();
        let authors: Vec<u64> = site
            .authors
            .iter()
            .map(|a| {
                h64((
                    &a.id,
                    &a.name,
                    a.category.id(),
                    a.department.map(|d| dept[d]),
                    &a.position,
                    a.photo.as_ref().map(|p| &p.1),
                    a.known,
                ))
            })
            .collect();
        let tags: Vec<u64> = site.tags.iter().map(|t| h64((&t.name, &t.slug))).collect();
        Names {
            dept,
            authors,
            tags,
        }
    }

    /// An entry's card key (what listings show of it) and full key (its page).
    pub(super) fn entry(&self, e: &Entry, cache: &HashMap<PathBuf, Cached>) -> (u64, u64) {
        let mut h = DefaultHasher::new();
        (
            &e.doc.source,
            &e.doc.title,
            e.doc.lang,
            e.kind,
            &e.slug,
            &e.dir,
        )
            .hash(&mut h);
        (e.date.rfc3339(), e.date.iso_date(), e.year.slug()).hash(&mut h);
        for &a in &e.authors {
            self.authors[a].hash(&mut h);
        }
        e.department.map(|d| self.dept[d]).hash(&mut h);
        for &t in &e.tags {
            self.tags[t].hash(&mut h);
        }
        (
            &e.subject, &e.summary, e.lang, e.exhibit, &e.cover, &e.details,
        )
            .hash(&mut h);
        for a in &e.attachments {
            (&a.title, &a.url, &a.format, a.size).hash(&mut h);
        }
        let card = h.finish();
        let body = cache.get(&e.doc.source).map_or(0, |c| c.body_hash);
        (card, h64((card, body, e.doc.body_line)))
    }
}

pub(super) fn sigs(site: &Site, cache: &HashMap<PathBuf, Cached>) -> Sigs {
    let names = Names::new(site);
    let (card, full) = site
        .entries
        .par_iter()
        .map(|e| names.entry(e, cache))
        .unzip();
    Sigs { card, full }
}

pub(super) fn people(site: &Site, i: usize) -> Vec<String> {
    let e = &site.entries[i];
    let mut v: Vec<String> = e
        .authors
        .iter()
        .map(|&a| format!("a:{}", site.authors[a].id))
        .collect();
    v.extend(e.tags.iter().map(|&t| format!("t:{}", site.tags[t].slug)));
    v
}

pub(super) fn related_of(site: &Site, i: usize) -> Vec<usize> {
    site.index.related(&site.entries, i, RELATED)
}

pub(super) fn related_hash(sigs: &Sigs, list: &[usize]) -> u64 {
    h64(list.iter().map(|&j| sigs.card[j]).collect::<Vec<_>>())
}

/// The job of a listing page, its base and its entries.
fn listing_key(sigs: &Sigs, what: u64, list: &[usize], page: usize, size: usize) -> u64 {
    let slice: Vec<u64> = list
        .iter()
        .skip((page - 1) * size)
        .take(size)
        .map(|&i| sigs.card[i])
        .collect();
    h64((what, list.len(), page, slice))
}

/// The fields that differ between two values of `site`, each as the top-level
/// field it is in and its own name (`("kinds", "count")` when a kind's count changed;
/// `("entries_count", "entries_count")` for a top-level field).
pub(super) fn value_diff(
    a: &serde_json::Value,
    b: &serde_json::Value,
    at: Option<(&str, &str)>,
    out: &mut HashSet<(String, String)>,
) {
    use serde_json::Value as V;
    if a == b {
        return;
    }
    match (a, b) {
        (V::Object(x), V::Object(y)) => {
            let inner = |k: &'_ str| -> (String, String) {
                (at.map_or(k, |(top, _)| top).to_string(), k.to_string())
            };
            for (k, v) in x {
                let (top, key) = inner(k);
                value_diff(v, y.get(k).unwrap_or(&V::Null), Some((&top, &key)), out);
            }
            for (k, v) in y {
                if !x.contains_key(k) {
                    let (top, key) = inner(k);
                    value_diff(&V::Null, v, Some((&top, &key)), out);
                }
            }
        }
        (V::Array(x), V::Array(y)) if x.len() == y.len() => {
            for (v, w) in x.iter().zip(y) {
                value_diff(v, w, at, out);
            }
        }
        _ => {
            let (top, key) = at.unwrap_or(("site", "site"));
            out.insert((top.to_string(), key.to_string()));
        }
    }
}

/// The keys a page's key is made of.
#[derive(Clone, Copy)]
pub(super) struct Model<'a> {
    pub(super) sigs: &'a Sigs,
    /// Each entry's related list, as a key.
    pub(super) related: &'a [u64],
    /// Each kind's introduction, as a key.
    pub(super) intro_sig: &'a [u64],
}

/// The key of a page: it changes whenever anything the page shows changes. `None`
/// for the few cheap pages that are rendered every time.
pub(super) fn job_key(site: &Site, m: Model, job: Job) -> Option<u64> {
    let ix = &site.index;
    let size = site.config.page_size;
    let sigs = m.sigs;
    Some(match job {
        Job::Entry(i) => {
            let (newer, older) = ix.neighbours(&site.entries, i);
            h64((
                sigs.full[i],
                newer.map(|j| sigs.card[j]),
                older.map(|j| sigs.card[j]),
                m.related[i],
            ))
        }
        Job::Kind(k, p) => {
            listing_key(sigs, h64(("k", k, m.intro_sig[k])), &ix.by_kind[k], p, size)
        }
        Job::Year(y, p) => {
            let (year, list) = &ix.by_year[y];
            listing_key(sigs, h64(("y", year.slug())), list, p, size)
        }
        Job::Department(d, p) => {
            let dep = &site.departments[d];
            let what = h64(("d", &dep.id, &dep.name, &dep.name_ru, &dep.name_en));
            listing_key(sigs, what, &ix.by_department[d], p, size)
        }
        Job::Tag(t, p) => {
            let tag = &site.tags[t];
            let what = h64(("t", &tag.name, &tag.slug));
            listing_key(sigs, what, &ix.by_tag[t], p, size)
        }
        Job::Author(a) => {
            let au = &site.authors[a];
            let cards: Vec<u64> = ix.by_author[a].iter().map(|&i| sigs.card[i]).collect();
            h64((
                &au.id,
                &au.name,
                au.category.id(),
                au.department.map(|d| &site.departments[d].id),
                au.department.map(|d| &site.departments[d].name),
                &au.position,
                au.photo.as_ref().map(|p| &p.1),
                au.known,
                cards,
            ))
        }
        // Few and cheap: always rendered.
        _ => return None,
    })
}
