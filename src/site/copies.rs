//! Two works of one kind and academic year, in one language, with the same
//! title: most often a file copied to start a new work and not yet retitled, or
//! one work saved twice under two names. The year's catalogue would show it
//! twice and its certificates name it twice, so it is warned of.

use std::collections::HashMap;

use crate::config::Config;
use crate::diagnostics::{Diagnostic, Location};
use crate::t;

use super::Entry;

/// A title as works are compared by it: in lower case, however spaced. Worked
/// out where files are parsed ([`super::entry::OwnChecks`]): lower-casing every
/// title took most of each `ozyq serve` round's time for this check.
pub fn title_key(title: &str) -> String {
    let mut key = String::with_capacity(title.len());
    for word in title.split_whitespace() {
        if !key.is_empty() {
            key.push(' ');
        }
        key.push_str(&word.to_lowercase());
    }
    key
}

/// What two works must share to be taken for copies: kind, year, language and
/// title key ([`title_key`]).
fn key<'e>(e: &Entry, title: &'e str) -> impl Eq + std::hash::Hash + use<'e> {
    (e.kind, e.year, e.lang, title)
}

/// Warns of each entry whose title an earlier one of `entries` (in file order)
/// of the same kind, year and language has; `titles` holds their
/// [`title_key`]s, in the same order.
pub fn warn(config: &Config, entries: &[Entry], titles: &[&str], diags: &mut Vec<Diagnostic>) {
    // Only the works whose key another shares are put in file order: a sort of
    // every entry's path took most of this check's time.
    debug_assert_eq!(entries.len(), titles.len());
    let keys: Vec<_> = (entries.iter().zip(titles))
        .map(|(e, t)| key(e, t))
        .collect();
    let mut shared: HashMap<_, usize> = HashMap::with_capacity(keys.len());
    for k in &keys {
        *shared.entry(k).or_default() += 1;
    }
    let mut order: Vec<(&Entry, _)> = (entries.iter().zip(&keys))
        .filter(|(_, k)| shared[k] > 1)
        .collect();
    order.sort_by(|a, b| a.0.doc.source.cmp(&b.0.doc.source));
    let mut first = HashMap::new();
    for (e, k) in order {
        let Some(other) = first.get(k).copied() else {
            first.insert(k, e);
            continue;
        };
        let other: &Entry = other;
        let relative = |p: &std::path::Path| {
            p.strip_prefix(&config.root)
                .unwrap_or(p)
                .display()
                .to_string()
        };
        diags.push(
            Diagnostic::warning(
                Location::file(&e.doc.source),
                t!(
                    "site-copies-same-title",
                    title = crate::lang::quotes::inside_guillemets(&e.doc.title),
                    other = relative(&other.doc.source)
                ),
            )
            .with_hint(t!("site-copies-same-title-hint")),
        );
    }
}

/// Whether `e` has the title of another of `entries` (`except`, its own
/// place, left out) as [`warn`] compares them. Asked on each save in `ozyq
/// serve`: titles are compared only among works of its kind, year and language.
pub fn has_twin(entries: &[Entry], e: &Entry, except: usize) -> bool {
    let alike = |o: &Entry| o.kind == e.kind && o.year == e.year && o.lang == e.lang;
    let k = title_key(&e.doc.title);
    (entries.iter().enumerate())
        .any(|(i, other)| i != except && alike(other) && title_key(&other.doc.title) == k)
}
