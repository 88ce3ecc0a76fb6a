//! The quick way through a rebuild: entries edited in place.
//!
//! Most saves while writing change an entry's text, title or summary and leave its
//! place in the site alone: the same URL, kind, date and files, and the same
//! neighbours in the order of entries. Then the model is patched instead of
//! rebuilt: the entries are read and resolved again, their cards remade, and
//! exactly the pages that show them are rendered. An entry given other authors,
//! department or tags (new to the site or not), or another date, is patched too,
//! and its round goes on as a full one ([`super::renamed`]). Everything else (a
//! new, deleted or renamed file, a changed address, an error, a change outside
//! content/) takes the full way, which gives the same files.

use std::cmp::Ordering;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

use crate::content::walk::{SourceKind, is_hidden};
use crate::diagnostics::Diagnostic;
use crate::paths::normalize;
use crate::pipeline::keys::{EntryKeys, Model, Names, page_key, related_hash};
use crate::pipeline::{make, select};
use crate::render::context::Renderer;
use crate::site::copies;
use crate::site::entry::{Names as EntryNames, make_entry, resolve_names};
use crate::site::load::entry_order;
use crate::site::resolve::Registry;
use crate::site::{Entry, EntryId};

use super::after::Later;
use super::files::{Writer, record};
use super::renamed::{FirstNames, Relisted, listed_under, new_names_alone};
use super::{Cached, Changes, Engine, Round, State, bodies};

/// Above this many files changed at once, the full way is as quick.
const MAX_EDITS: usize = 32;

/// One entry read again: its place in the model, its file's new record and the
/// entry as it now is.
pub(super) struct Edit {
    index: EntryId,
    /// Whether its authors, department or tags changed.
    renamed: bool,
    /// Whether it writes the names the model keeps as first written otherwise.
    rewrites: bool,
    /// Whether its date changed.
    redated: bool,
    /// Whether it may move among the entries: no translation (which is warned of
    /// when its date differs from its original's) and no plan item recorded (a
    /// plan lists its entries newest first and checks their dates).
    movable: bool,
    path: PathBuf,
    cached: Cached,
    entry: Entry,
    warnings: Vec<Diagnostic>,
}

pub(super) struct EntryEdit {
    edits: Vec<Edit>,
    /// Whether an entry's authors, department or tags changed (one entry then).
    renamed: bool,
    /// Whether the entry's date changed or it moved among the others (one
    /// entry then).
    moved: bool,
    /// The model's registry with the names new to the site the entry gives
    /// (one entry then).
    names: Option<Registry>,
}

/// Whether `entry`, the new state of entry `index`, or its old state has
/// another work's title: titles shared between works are warned of across
/// entries, which an edit in place does not see (it keeps the file's own
/// warnings only).
fn has_twin(site: &crate::site::Site, entry: &Entry, index: EntryId) -> bool {
    let twin = |e: &Entry| copies::has_twin(&site.entries.raw, e, usize::from(index));
    twin(entry) || twin(&site.entries[index])
}

/// The fields that give an entry its place in the site, except the names it is
/// listed under ([`listed_under`]) and its date.
fn place(e: &Entry) -> impl PartialEq + '_ {
    (
        e.kind,
        &e.slug,
        &e.dir,
        // Settling the addresses warns of a printed work that left its catalogue.
        e.exhibit,
        // Which languages list it, and its page's.
        e.lang,
        // The sitemap shows the day it was updated.
        e.doc.updated,
        &e.doc.aliases,
        // Plan pages list the entries that record their items.
        e.plan.iter().map(|l| &l.id.value).collect::<Vec<_>>(),
    )
}

/// Gives a translation its original's address part, and one that names no
/// authors its original's, as assembling the model does; `before` is the
/// entry as it was.
fn inherit_names(
    names: &mut EntryNames,
    parsed: &crate::site::load::Parsed,
    before: &Entry,
    site: &crate::site::Site,
) {
    let original =
        (before.translations.iter()).find(|&&t| site.entries[t].doc.translation.is_none());
    let Some(o) = original.map(|&o| &site.entries[o]) else {
        return;
    };
    names.take_slug(parsed, &o.slug);
    if EntryNames::inherits(parsed) {
        names.inherit(&o.authors, o.department, parsed.fm.department.is_some());
    }
}

/// Gives a translation read again its original's fields, as assembling the
/// model does; false for an original whose fields changed, which its
/// translations show (the full way remakes them).
fn same_facts(
    entry: &mut Entry,
    index: EntryId,
    site: &crate::site::Site,
    config: &crate::config::Config,
) -> bool {
    let before = &site.entries[index];
    match crate::site::tongues::original_of(&site.entries, index) {
        Some(o) if site.entries[o].kind == entry.kind => {
            let kind = &config.kinds[entry.kind];
            crate::site::fields::inherit(&mut entry.fields, &site.entries[o].fields, kind);
            true
        }
        Some(_) => true,
        None => before.translations.is_empty() || facts(&entry.fields) == facts(&before.fields),
    }
}

/// An entry's fields but the files, which are placed later (and a changed one
/// takes the full way already).
fn facts(fields: &[crate::site::fields::FieldEntry]) -> Vec<&crate::site::fields::FieldEntry> {
    use crate::site::fields::FieldValue;
    (fields.iter())
        .filter(|f| !matches!(f.value, FieldValue::File(_)))
        .collect()
}

/// Gives an entry read again what assembling the model settled for it before:
/// its translations, its placed files (when it names as many as before) and its
/// plan items.
fn keep_settled(entry: &mut Entry, before: &Entry) -> Option<()> {
    use crate::site::fields::{FieldValue, files_of, place_files};
    entry.translations = before.translations.clone();
    entry.attachments = before.attachments.clone();
    if files_of(&entry.fields).count() != files_of(&before.fields).count() {
        return None;
    }
    // The same files, written the same (`file_fields`), in the same order.
    let mut placed = before.fields.iter().filter_map(|f| match &f.value {
        FieldValue::File(v) => Some(v.file.clone()),
        _ => None,
    });
    place_files(&mut entry.fields, |_| placed.next().flatten());
    entry.cover = before.cover.clone();
    entry.plan = before.plan.clone();
    Some(())
}

/// The fields of a front matter that name files, as written: a change in one
/// takes the full way, which places files.
fn file_fields<'f>(
    fm: &'f crate::content::front_matter::FrontMatter,
    config: &crate::config::Config,
) -> Vec<(&'f str, Option<String>)> {
    let is_file = |name: &str| {
        config
            .field(name)
            .is_some_and(|f| config.fields[f].ty == crate::config::fields::FieldType::File)
    };
    fm.fields
        .iter()
        .filter(|f| is_file(&f.key.value))
        .map(|f| (f.key.value.as_str(), crate::yaml::scalar_text(&f.value)))
        .collect()
}

/// A changed path the walk leaves out (hidden files, editors' backups).
fn ignored(content: &Path, p: &Path) -> bool {
    p.strip_prefix(content)
        .map(|rel| {
            rel.components()
                .any(|c| is_hidden(&c.as_os_str().to_string_lossy()))
        })
        .unwrap_or(true)
}

impl Engine {
    /// Reads the changed entries and checks that they kept their place; `None` when
    /// the change must take the full way. Changes nothing.
    pub(super) fn plan_entry_edit(&self, changes: &Changes) -> Option<EntryEdit> {
        if changes.all || changes.config || changes.theme || changes.data {
            return None;
        }
        let State::Built { look, site, .. } = &self.state else {
            return None;
        };
        if !self.failed.is_empty() {
            return None;
        }
        let data = &self.data.as_ref()?.data;
        let content = look.config.content_dir();

        let mut paths: Vec<&PathBuf> = changes.content.iter().collect();
        paths.sort();
        paths.dedup();
        let mut targets = Vec::new();
        for p in paths {
            match self.cache.get(p) {
                Some(c) if c.is_entry && p.is_file() => targets.push((p, c)),
                Some(_) => return None,
                None if ignored(&content, p) => {}
                // A new file or folder.
                None if p.exists() => return None,
                None => {
                    // Gone: a file of the site, or a temporary one that came and went.
                    let n = normalize(p);
                    let known = site.assets.iter().any(|a| a.source.starts_with(p))
                        || site.photos.list.iter().any(|ph| ph.source.starts_with(p))
                        || site.asset_dest.contains_key(&n)
                        || self.cache.keys().any(|k| k.starts_with(p));
                    if known {
                        return None;
                    }
                }
            }
        }
        if targets.len() > MAX_EDITS {
            return None;
        }

        let mut reg = Registry::of_site(data, site)?;
        let sizes = reg.sizes();
        let mut edits = Vec::with_capacity(targets.len());
        for (p, old) in targets {
            edits.push(self.read_edit(p, old, &mut reg, &sizes)?);
        }

        // Whether each one still sorts between its neighbours.
        let at = |j: usize| {
            let j = EntryId::from(j);
            edits
                .iter()
                .find(|e| e.index == j)
                .map_or(&site.entries[j], |e| &e.entry)
        };
        let n = site.entries.len();
        let out_of_order = |e: &Edit| {
            let i = usize::from(e.index);
            (i > 0 && entry_order(at(i - 1), at(i)) != Ordering::Less)
                || (i + 1 < n && entry_order(at(i), at(i + 1)) != Ordering::Less)
        };
        let moved = edits.iter().any(|e| e.redated || out_of_order(e));
        let renamed = edits.iter().any(|e| e.renamed);
        // Each edit was checked against the others as they were: one that names
        // or writes its names otherwise, or moves, must be the only one.
        if edits.len() > 1 && (moved || edits.iter().any(|e| e.renamed || e.rewrites)) {
            return None;
        }
        if moved && !edits[0].movable {
            return None;
        }
        let grown = reg.sizes() != sizes;
        if grown && edits.len() > 1 {
            return None;
        }
        Some(EntryEdit {
            edits,
            renamed,
            moved,
            names: grown.then_some(reg),
        })
    }

    /// Reads entry file `p` (cached as `old`) again, resolving its names through
    /// `reg` (the model's, of `sizes`); `None` unless it can be patched in place.
    fn read_edit(
        &self,
        p: &PathBuf,
        old: &Cached,
        reg: &mut Registry,
        sizes: &crate::site::resolve::Sizes,
    ) -> Option<Edit> {
        let State::Built {
            look, site, snap, ..
        } = &self.state
        else {
            return None;
        };
        let data = &self.data.as_ref()?.data;
        let old_parsed = old.doc.parsed()?;
        let SourceKind::Entry { kind, .. } = old_parsed.file.kind else {
            return None;
        };
        let index = *snap.entry_index.get(p)?;
        let cached = Cached::read(&old_parsed.file, self.history.as_ref()?);
        let parsed = cached.doc.parsed()?;
        let same_files = parsed.fm.cover.as_ref().map(|c| &c.value)
            == old_parsed.fm.cover.as_ref().map(|c| &c.value)
            && parsed.fm.attachments.len() == old_parsed.fm.attachments.len()
            && parsed
                .fm
                .attachments
                .iter()
                .zip(&old_parsed.fm.attachments)
                .all(|(a, b)| a.file == b.file && a.title == b.title)
            && file_fields(&parsed.fm, &look.config) == file_fields(&old_parsed.fm, &look.config);
        if cached.diags.iter().any(Diagnostic::is_error) || parsed.fm.draft || !same_files {
            return None;
        }
        let (old_text, new_text) = (old_parsed.body.file_text(), parsed.body.file_text());
        if crate::site::unlinked::may_change_links(site, old_text, new_text) {
            return None;
        }
        let walked = self.walked.as_ref()?;
        let position = |q: &Path| walked.position(q);
        let firsts = FirstNames {
            site,
            data,
            reg,
            cache: &self.cache,
            at: (index, walked.position(p)?),
            position: &position,
        };
        if firsts.moved(old_parsed, parsed) {
            return None;
        }
        let rewrites = firsts.rewrites(old_parsed, parsed);
        // What it alone met first is said again, as a full round would.
        let mut diags = Vec::new();
        firsts.warn_of_guests(parsed, &mut diags);
        let mut names = resolve_names(parsed, reg, &mut diags);
        let before = &site.entries[index];
        inherit_names(&mut names, parsed, before, site);
        let mut entry = make_entry(parsed, kind, &look.config, reg, &names, &mut diags)?;
        // Names new to the site are taken in when a full round would number
        // them alike wherever first met.
        if diags.iter().any(Diagnostic::is_error) || !new_names_alone(reg, sizes) {
            return None;
        }
        if !same_facts(&mut entry, index, site, &look.config) {
            return None;
        }
        if place(&entry) != place(before) {
            return None;
        }
        let renamed = listed_under(&entry) != listed_under(before);
        let redated = (entry.date, entry.year) != (before.date, before.year);
        // A translation takes its original's authors, and is warned of when its
        // date differs from its original's: the full round sees both.
        if (renamed || redated) && !before.translations.is_empty() {
            return None;
        }
        let movable = before.translations.is_empty() && entry.plan.is_empty();
        if has_twin(site, &entry, index) {
            return None;
        }
        keep_settled(&mut entry, before)?;
        entry.picture = site.photos.picture_of(&entry);
        Some(Edit {
            renamed,
            rewrites,
            redated,
            movable,
            index,
            path: p.clone(),
            warnings: cached.diags.iter().cloned().chain(diags).collect(),
            cached,
            entry,
        })
    }

    /// Patches the model with the planned entries and renders the pages that show them.
    pub(super) fn apply_entry_edit(
        &mut self,
        plan: EntryEdit,
        changes: &Changes,
        on_fast: impl FnOnce(&Round),
    ) -> Round {
        let mut round = Round {
            patched: true,
            ..Round::default()
        };
        let State::Built {
            look,
            mut site,
            mut snap,
            mut prepared,
        } = std::mem::replace(&mut self.state, State::Cold)
        else {
            unreachable!("an edit is planned only on a built site");
        };

        let mut edited = Vec::with_capacity(plan.edits.len());
        let mut now = HashMap::new();
        let first = plan.edits[0].path.clone();
        for e in plan.edits {
            site.entries[e.index] = e.entry;
            self.cache.insert(e.path.clone(), e.cached);
            // Settling the addresses told these; a moved entry settles them again.
            let settled = (self.warnings.get(&e.path).into_iter().flatten())
                .filter(|w| crate::site::addresses::told_settling(w))
                .cloned();
            now.insert(e.path, e.warnings.into_iter().chain(settled).collect());
            edited.push(e.index);
        }
        if plan.renamed || plan.moved || plan.names.is_some() {
            let (built, last) = ((look, site), (snap, prepared));
            let edit = Relisted {
                now,
                edited: (edited[0], first),
                moved: plan.moved,
                names: plan.names,
            };
            return self.remake_relisted(built, last, edit, round, changes, on_fast);
        }
        round.new_warnings = self.renew_warnings(now, false);
        round.warnings = self.warnings.values().map(Vec::len).sum();

        // New keys; cards that changed are made again.
        let names = Names::new(&site);
        let mut card_changed = Vec::new();
        for &i in &edited {
            let EntryKeys { card, full } = names.entry(&site, i, &bodies(&self.cache));
            if card != snap.sigs.card[i] {
                card_changed.push(i);
                prepared.iter_mut().for_each(|p| p.refresh_card(&site, i));
            }
            snap.sigs.card[i] = card;
            snap.sigs.full[i] = full;
        }

        // The pages that show the entries.
        for (j, list) in snap.related.iter_enumerated() {
            if list.iter().any(|k| card_changed.contains(k)) {
                snap.related_hashes[j] = related_hash(&snap.sigs, list);
            }
        }
        let pages = select::pages_showing(&site, &edited, &card_changed, &snap.related);
        let model = Model {
            sigs: &snap.sigs,
            related: &snap.related_hashes,
            intro_sig: &snap.intro_sig,
        };
        for &page in &pages {
            if let Some(k) = page_key(&site, model, page) {
                snap.keys.insert(page.path(&site), k);
            }
        }

        // Make them, then let browsers reload.
        let mut renderer = Renderer::for_site_with(&site, &look.strings, &look.others, prepared);
        renderer.set_search(Some(self.search.clone()));
        let writer = Writer::new(&self.files, &self.out);
        let mut errors = make::pages(&renderer, &look.theme, &pages, &writer);
        #[cfg(test)]
        super::panic_if_marked(&site);
        round.rendered = pages.len();
        let made = writer.into_made();
        record(&mut self.files, &mut self.failed, &mut round, made);
        let mut fast_round = round.clone();
        fast_round.errors = self.relative(errors.clone());
        on_fast(&fast_round);

        // A catalogue shows what an entry's card shows (not its text).
        let mut years: Vec<_> = (card_changed.iter())
            .flat_map(|&i| select::years_showing_card(&site, i))
            .collect();
        years.sort_unstable();
        years.dedup();
        let later = Later {
            pages: &[],
            outputs: &[],
            sitemap: false,
            catalogues: select::catalogue_years(&site, years),
        };
        let prepared = self.after_reload(&site, renderer, &look, later, &mut round, &mut errors);
        self.end_round(site, look, snap, prepared, round, errors)
    }
}
