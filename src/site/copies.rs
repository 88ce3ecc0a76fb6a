//! Two works of one kind and academic year, in one language, with the same
//! title: most often a file copied to start a new work and not yet retitled, or
//! one work saved twice under two names. The year's catalogue would show it
//! twice and its certificates name it twice, so it is warned of.

use std::collections::HashMap;

use rayon::prelude::*;

use crate::config::Config;
use crate::diagnostics::{Diagnostic, Location};
use crate::t;

use super::Entry;

/// What two works must share to be taken for copies: kind, year, language and
/// title (in any case, however spaced).
fn key(e: &Entry) -> impl Eq + std::hash::Hash + '_ {
    let mut title = String::with_capacity(e.doc.title.len());
    for word in e.doc.title.split_whitespace() {
        if !title.is_empty() {
            title.push(' ');
        }
        title.push_str(&word.to_lowercase());
    }
    (e.kind, e.year, e.lang, title)
}

/// Warns of each entry whose title an earlier one of `entries` (in file order)
/// of the same kind, year and language has.
pub fn warn(config: &Config, entries: &[Entry], diags: &mut Vec<Diagnostic>) {
    // Only the works whose key another shares are put in file order: a sort of
    // every entry's path took most of this check's time.
    let keys: Vec<_> = entries.par_iter().map(key).collect();
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
    let k = key(e);
    (entries.iter().enumerate()).any(|(i, other)| i != except && alike(other) && key(other) == k)
}
