//! A site in several languages: which files are one work in two languages
//! (`lesson.md` and `lesson.ru.md`), and what each language's listings show. The
//! first language's view is `Site::index`; the others' are [`Tongue`]s.

use crate::t;
use std::path::{Path, PathBuf};

use typed_index_collections::TiVec;

use crate::config::Config;
use crate::config::kinds::KindId;
use crate::config::languages::Untranslated;
use crate::content::walk::original_name;
use crate::diagnostics::{Diagnostic, Location};
use crate::lang::Lang;
use crate::paths::PathMap;

use super::{Doc, Entry, EntryId, Indexes, Page, PageId};

typed_id!(
    /// A language's place in `Config::languages`: 0 is the site's main language.
    LangId
);

/// The text of a home page or of a kind's introduction in another language than
/// the main one (`content/_index.ru.md`).
#[derive(Debug)]
pub struct Intro {
    /// Its language.
    pub lang: Lang,
    /// The kind it introduces; `None` for the home page.
    pub kind: Option<KindId>,
    /// Its Markdown file.
    pub doc: Doc,
}

/// The main language, at the site's root.
pub const MAIN: LangId = LangId(0);

/// One language of the site, and what its listings show.
#[derive(Debug)]
pub struct Tongue {
    /// The language.
    pub lang: Lang,
    /// The folder its pages are under: empty for the main language, `ru/` for another.
    pub prefix: String,
    /// Its listings (empty for the main language, whose are `Site::index`).
    pub index: Indexes,
    /// Its home page's text (`content/_index.ru.md`); the main one's is `Site::home`.
    pub home: Option<Doc>,
    /// Its kinds' introductions; the main one's are `Site::kind_intros`.
    pub kind_intros: TiVec<KindId, Option<Doc>>,
    /// Which entries its listings show, by entry.
    pub listed: TiVec<EntryId, bool>,
    /// Which static pages its menu shows, by page.
    pub pages: TiVec<PageId, bool>,
}

/// The place of `lang` among the site's languages, or the main one's for a
/// language the site is not published in (its files live with the main language).
pub fn tongue_of(config: &Config, lang: Lang) -> LangId {
    LangId::from(
        config
            .languages
            .iter()
            .position(|&l| l == lang)
            .unwrap_or(0),
    )
}

/// The folder the pages in `lang` are under: empty for the main language.
pub fn prefix_of(config: &Config, lang: Lang) -> String {
    match usize::from(tongue_of(config, lang)) {
        0 => String::new(),
        _ => format!("{}/", lang.code()),
    }
}

/// The file a translation translates (`lesson.ru.md` → `lesson.md`); the file
/// itself when it is not a translation.
pub fn work_of(doc: &Doc) -> PathBuf {
    match doc.translation {
        Some(_) => work_of_path(&doc.source),
        None => doc.source.clone(),
    }
}

/// The file the translation at `path` translates (`lesson.ru.md` → `lesson.md`).
pub fn work_of_path(path: &Path) -> PathBuf {
    match path.file_name().and_then(|n| n.to_str()) {
        Some(name) => path.with_file_name(original_name(name)),
        None => path.to_path_buf(),
    }
}

/// The files of each work with more than one, in the order of `docs`: each
/// group lists the places of its files.
fn works<'d>(docs: impl Iterator<Item = &'d Doc>) -> Vec<Vec<usize>> {
    let mut by_work: PathMap<PathBuf, usize> = PathMap::default();
    let mut groups: Vec<Vec<usize>> = Vec::new();
    for (i, d) in docs.enumerate() {
        let w = crate::paths::normalize(&work_of(d));
        match by_work.get(&w) {
            Some(&g) => groups[g].push(i),
            None => {
                by_work.insert(w, groups.len());
                groups.push(vec![i]);
            }
        }
    }
    groups
}

/// The original of entry `i` when it is a translation: the file of its work
/// without a language in its name.
pub fn original_of(entries: &TiVec<EntryId, Entry>, i: EntryId) -> Option<EntryId> {
    let e = &entries[i];
    e.doc.translation?;
    (e.translations.iter().copied()).find(|&t| entries[t].doc.translation.is_none())
}

/// Gives each translation its original's fields that it does not write (see
/// [`super::fields::inherit`]); a translation of another kind keeps its own,
/// as the kinds' fields differ (and the difference is warned of).
fn inherit_fields(config: &Config, entries: &mut TiVec<EntryId, Entry>) {
    for i in (0..entries.len()).map(EntryId::from) {
        let Some(o) = original_of(entries, i) else {
            continue;
        };
        let kind = entries[i].kind;
        if entries[o].kind != kind || entries[o].fields.is_empty() {
            continue;
        }
        let original = entries[o].fields.clone();
        super::fields::inherit(&mut entries[i].fields, &original, &config.kinds[kind]);
    }
}

/// Links each entry to its translations, and each static page to its own, and
/// reports two files written in one language for one work, and translations
/// whose kind or date differ from the original's; then gives translations
/// their originals' fields (see [`inherit_fields`]).
pub fn link(
    config: &Config,
    entries: &mut TiVec<EntryId, Entry>,
    pages: &mut TiVec<PageId, Page>,
    diags: &mut Vec<Diagnostic>,
) {
    let root = &config.root;
    let groups = works(entries.iter().map(|e| &e.doc));
    for g in groups.iter().filter(|g| g.len() > 1) {
        let ids: Vec<EntryId> = g.iter().map(|&i| EntryId::from(i)).collect();
        let ids = one_per_language(&ids, |i| (entries[i].lang, &entries[i].doc), diags);
        let original = ids
            .iter()
            .copied()
            .find(|&i| entries[i].doc.translation.is_none())
            .unwrap_or(ids[0]);
        for &i in &ids {
            let (o, e) = (&entries[original], &entries[i]);
            if i != original && (o.kind != e.kind || o.date.date != e.date.date) {
                let original = o.doc.source.strip_prefix(root).unwrap_or(&o.doc.source);
                diags.push(disagreement(&e.doc.source, original, o.kind == e.kind));
            }
            entries[i].translations = ids.iter().copied().filter(|&j| j != i).collect();
        }
    }
    let groups = works(pages.iter().map(|p| &p.doc));
    for g in groups.iter().filter(|g| g.len() > 1) {
        let ids: Vec<PageId> = g.iter().map(|&i| PageId::from(i)).collect();
        let ids = one_per_language(&ids, |i| (pages[i].lang, &pages[i].doc), diags);
        for &i in &ids {
            pages[i].translations = ids.iter().copied().filter(|&j| j != i).collect();
        }
    }
    inherit_fields(config, entries);
}

/// The files of one work, without a second file in a language (reported).
fn one_per_language<'a, I: Copy>(
    ids: &[I],
    of: impl Fn(I) -> (Lang, &'a Doc),
    diags: &mut Vec<Diagnostic>,
) -> Vec<I> {
    let mut kept: Vec<I> = Vec::new();
    for &i in ids {
        let (lang, doc) = of(i);
        match kept.iter().find(|&&k| of(k).0 == lang) {
            Some(&k) => diags.push(
                Diagnostic::error(
                    Location::file(&doc.source),
                    t!(
                        "site-tongues-also-version-work",
                        source = (Location::file(&of(k).1.source)).to_string(),
                        code = (lang.code()).to_string()
                    ),
                )
                .with_hint(t!("site-tongues-work-has-one-file-hint")),
            ),
            None => kept.push(i),
        }
    }
    kept
}

/// The warning for a translation whose date (`same_kind`) or kind differs from
/// its original's.
fn disagreement(translation: &Path, original: &Path, same_kind: bool) -> Diagnostic {
    let original = original.display().to_string();
    let (what, hint) = if same_kind {
        (
            t!("site-tongues-translation-s-date", original = original),
            t!("site-tongues-translation-same-work-give-hint"),
        )
    } else {
        (
            t!("site-tongues-translation-s-kind", original = original),
            t!("site-tongues-translation-same-folder-hint"),
        )
    };
    Diagnostic::warning(Location::file(translation), what).with_hint(hint)
}

/// Whether a work's file `i` is the one `lang`'s listings (or menu) show: the file
/// written in `lang`, or else, unless the site hides untranslated works, the
/// original (the file without a language in its name, or the first language's).
/// `files` are the work's other files; `of` gives a file's language and whether
/// it is a translation.
fn shown<I: Copy + PartialEq>(
    config: &Config,
    lang: Lang,
    i: I,
    files: &[I],
    of: impl Fn(I) -> (Lang, bool),
) -> bool {
    if of(i).0 == lang {
        return true;
    }
    if config.untranslated == Untranslated::Hide && config.multilingual() {
        return false;
    }
    let work = || std::iter::once(i).chain(files.iter().copied());
    if work().any(|j| of(j).0 == lang) {
        return false;
    }
    let original = work()
        .find(|&j| !of(j).1)
        .or_else(|| work().min_by_key(|&j| tongue_of(config, of(j).0)));
    original == Some(i)
}

/// Whether `lang`'s listings show entry `i` (see [`shown`]).
pub fn shown_in(entries: &TiVec<EntryId, Entry>, config: &Config, lang: Lang, i: EntryId) -> bool {
    let of = |j: EntryId| (entries[j].lang, entries[j].doc.translation.is_some());
    shown(config, lang, i, &entries[i].translations, of)
}

/// Whether `lang`'s menu shows static page `i` (see [`shown`]).
fn page_shown_in(pages: &TiVec<PageId, Page>, config: &Config, lang: Lang, i: PageId) -> bool {
    let of = |j: PageId| (pages[j].lang, pages[j].doc.translation.is_some());
    shown(config, lang, i, &pages[i].translations, of)
}

/// Which entries `lang`'s listings show, by entry.
pub fn listed(
    config: &Config,
    entries: &TiVec<EntryId, Entry>,
    lang: Lang,
) -> TiVec<EntryId, bool> {
    entries
        .keys()
        .map(|i| shown_in(entries, config, lang, i))
        .collect()
}

/// Each language of the site: its listings over `entries` (already in order),
/// with the counts of kinds, authors, departments and tags; `main` is what the
/// main language lists (its index is `Site::index`, built already); `intros`
/// holds the other languages' home and kind texts.
pub fn tongues(
    config: &Config,
    entries: &TiVec<EntryId, Entry>,
    pages: &TiVec<PageId, Page>,
    counts: super::indexes::Counts,
    main: TiVec<EntryId, bool>,
    mut intros: Vec<Intro>,
) -> TiVec<LangId, Tongue> {
    let mut main = Some(main);
    config
        .languages
        .iter()
        .map(|&lang| {
            let (listed, index) = match main.take() {
                Some(listed) => (listed, Indexes::default()),
                None => {
                    let listed = listed(config, entries, lang);
                    let index = Indexes::build(entries, counts, &|i| listed[i]);
                    (listed, index)
                }
            };
            let mut home = None;
            let mut kind_intros: TiVec<KindId, Option<Doc>> =
                config.kinds.iter().map(|_| None).collect();
            for intro in intros.extract_if(.., |i| i.lang == lang) {
                match intro.kind {
                    Some(k) => kind_intros[k] = Some(intro.doc),
                    None => home = Some(intro.doc),
                }
            }
            Tongue {
                lang,
                prefix: prefix_of(config, lang),
                index,
                home,
                kind_intros,
                pages: pages
                    .keys()
                    .map(|i| page_shown_in(pages, config, lang, i))
                    .collect(),
                listed,
            }
        })
        .collect()
}

/// Builds every language's listings again over the entries as they are now, for
/// entries whose authors, department, tags or date changed in place (the same
/// entries, each listed in the same languages).
pub fn relist(site: &mut super::Site) {
    let counts = super::indexes::Counts {
        kinds: site.config.kinds.len(),
        authors: site.authors.len(),
        departments: site.departments.len(),
        tags: site.tags.len(),
    };
    let entries = &site.entries;
    for (id, t) in site.tongues.iter_mut_enumerated() {
        let index = Indexes::build(entries, counts, &|i| t.listed[i]);
        match id {
            MAIN => site.index = index,
            _ => t.index = index,
        }
    }
}
