//! What each output shows, as keys: a key is a hash of the parts of the model an
//! output shows (its entry, the cards of its neighbours and related entries, the
//! cards of a listing page's slice, …), so it changes exactly when the output
//! would. Site-wide values (the `site` every template sees) are compared apart,
//! by [`value_diff`]. Body texts are known by hash only, through a [`Bodies`].

use rayon::prelude::*;
use std::collections::HashSet;
use std::hash::{BuildHasher, Hash, Hasher};
use std::path::Path;

use typed_index_collections::{TiSlice, TiVec};

use crate::config::kinds::KindId;
use crate::render::context::RELATED;
use crate::render::page::Page;
use crate::site::addresses::Target;
use crate::site::photos::PhotoId;
use crate::site::{AuthorId, DepartmentId, Doc, EntryId, Neighbours, Site, TagId};

/// The hash of each source file's Markdown body, by its path (0 when unknown).
pub type Bodies<'a> = &'a (dyn Fn(&Path) -> u64 + Sync);

/// A hasher of keys: the same in every round of a process (keys are never kept
/// longer), and quicker than SipHash, which took a third of the keys' time.
pub(crate) fn hasher() -> foldhash::quality::FoldHasher<'static> {
    foldhash::quality::FixedState::with_seed(0x6f7a_7971).build_hasher()
}

/// A 64-bit hash of a value.
pub fn h64(v: impl Hash) -> u64 {
    let mut h = hasher();
    v.hash(&mut h);
    h.finish()
}

/// Keys of the parts of the model pages show.
#[derive(Debug, Default, PartialEq)]
pub struct Sigs {
    /// What listings show of each entry (its card).
    pub card: TiVec<EntryId, u64>,
    /// What each entry's own page shows of it.
    pub full: TiVec<EntryId, u64>,
}

/// The key of a Markdown document shown whole (a kind's introduction).
pub fn doc_sig(doc: &Doc, bodies: Bodies) -> u64 {
    let body = bodies(&doc.source);
    h64((&doc.source, &doc.title, body, doc.body_line, doc.lang))
}

/// The key of each kind's introductions, in every language (a kind's listing in
/// one language shows its introduction in that language; the few pages an edit
/// of another language's makes again cost less than a key per language).
pub fn intro_sigs(site: &Site, bodies: Bodies) -> TiVec<KindId, u64> {
    site.config
        .kinds
        .keys()
        .map(|k| {
            let sigs: Vec<u64> = (site.tongues.keys())
                .map(|l| site.kind_intro_in(l, k).map_or(0, |d| doc_sig(d, bodies)))
                .collect();
            h64(sigs)
        })
        .collect()
}

/// The keys of one entry, as [`Sigs`] holds them for all.
#[derive(Debug, Clone, Copy)]
pub struct EntryKeys {
    /// What listings show of it (its card).
    pub card: u64,
    /// What its own page shows of it.
    pub full: u64,
}

/// Keys of the authors, departments and tags, which entries' keys are made of.
#[derive(Debug, PartialEq, Default)]
pub struct Names {
    /// Each photo's source, place and size, which cards and covers show.
    photos: TiVec<PhotoId, u64>,
    dept: TiVec<DepartmentId, u64>,
    dept_pages: TiVec<DepartmentId, u64>,
    authors: TiVec<AuthorId, u64>,
    tags: TiVec<TagId, u64>,
}

impl Names {
    /// Hashes every department, author and tag of `site`.
    pub fn new(site: &Site) -> Self {
        let dept: TiVec<DepartmentId, u64> = site
            .departments
            .iter()
            .map(|d| h64((&d.id, &d.name, &d.name_ru, &d.name_en)))
            .collect();
        // Whether it has a page in each language: an entry's card links it only
        // then (with `untranslated: hide`, one without works in a language has
        // none). Apart from `dept`, which authors' keys hold too.
        let dept_pages: TiVec<DepartmentId, u64> = (site.departments.keys())
            .map(|d| {
                let pages = site
                    .tongues
                    .keys()
                    .map(|l| site.index_in(l).by_department[d].is_empty());
                h64(pages.collect::<Vec<_>>())
            })
            .collect();
        let authors: TiVec<AuthorId, u64> = site
            .authors
            .iter_enumerated()
            .map(|(i, a)| {
                // Which languages give the author a page: links lead to the
                // first language's where one does not (`untranslated: hide`).
                let pages: Vec<bool> = (site.tongues.keys())
                    .map(|l| site.author_shown_in(l, i))
                    .collect();
                h64((
                    pages,
                    &a.id,
                    &a.name,
                    &a.names,
                    a.category.map(crate::data::Category::id),
                    a.department.map(|d| dept[d]),
                    &a.position,
                    a.photo
                        .as_ref()
                        .map(|p| (&p.url, p.copies.map(|i| &site.photos.list[i]))),
                    a.known,
                ))
            })
            .collect();
        let tags: TiVec<TagId, u64> = site.tags.iter().map(|t| h64((&t.name, &t.slug))).collect();
        let photos = site.photos.list.iter().map(h64).collect();
        Names {
            photos,
            dept,
            dept_pages,
            authors,
            tags,
        }
    }

    /// Entry `i`'s card key (what listings show of it) and full key (its page).
    pub fn entry(&self, site: &Site, i: EntryId, bodies: Bodies) -> EntryKeys {
        let e = &site.entries[i];
        let mut h = hasher();
        (
            &e.doc.source,
            &e.doc.title,
            e.doc.lang,
            e.kind,
            &e.slug,
            &e.dir,
        )
            .hash(&mut h);
        // Another language's listings show a work's translation instead of it, and
        // its related works follow: a translation gained or lost changes the card.
        for &j in &e.translations {
            site.entries[j].doc.source.hash(&mut h);
        }
        // What the shown dates are made of (the offset too, which a date-time's own
        // hash leaves out).
        let time = (e.date.time).map(|t| (t.naive_utc(), t.offset().local_minus_utc()));
        (e.date.date, time, e.year).hash(&mut h);
        for &a in &e.authors {
            self.authors[a].hash(&mut h);
        }
        for (_, name) in &e.former_names {
            name.hash(&mut h);
        }
        e.department
            .map(|d| (self.dept[d], self.dept_pages[d]))
            .hash(&mut h);
        for &t in &e.tags {
            self.tags[t].hash(&mut h);
        }
        (
            &e.subject, &e.summary, e.lang, e.exhibit, e.featured, &e.cover, &e.fields, &e.plan,
        )
            .hash(&mut h);
        for a in &e.attachments {
            (&a.title, &a.url, &a.format, a.size).hash(&mut h);
        }
        // Its picture's and cover's sizes are shown too (`width`, `height`, copies).
        e.picture.map(|p| self.photos[p]).hash(&mut h);
        (e.cover.as_deref())
            .and_then(|u| site.photos.at(u))
            .map(h64)
            .hash(&mut h);
        // A teacher named in a people field is shown by name and portfolio, which
        // data/authors.yaml may change without moving the id.
        for f in &e.fields {
            if let crate::site::fields::FieldValue::People(people) = &f.value {
                for &a in people {
                    self.authors[a].hash(&mut h);
                }
            }
        }
        let card = h.finish();
        let body = bodies(&e.doc.source);
        EntryKeys {
            card,
            full: h64((card, body, e.doc.body_line, e.updated_after())),
        }
    }
}

/// The card and full keys of every entry.
pub fn sigs(site: &Site, bodies: Bodies) -> Sigs {
    sigs_keeping(site, &Names::new(site), bodies, &|_| None)
}

/// The card and full keys of every entry, of the site's `names`, but those
/// `kept` gives (an entry whose file and names are as they were keeps its keys).
pub fn sigs_keeping(
    site: &Site,
    names: &Names,
    bodies: Bodies,
    kept: &(dyn Fn(EntryId) -> Option<EntryKeys> + Sync),
) -> Sigs {
    let (card, full): (Vec<u64>, Vec<u64>) = (0..site.entries.len())
        .into_par_iter()
        .map(|i| {
            let i = EntryId::from(i);
            let k = kept(i).unwrap_or_else(|| names.entry(site, i, bodies));
            (k.card, k.full)
        })
        .unzip();
    Sigs {
        card: card.into(),
        full: full.into(),
    }
}

/// An author or a tag, by the id that stays the same from one model to the next
/// (their places in the model's lists do not).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Person {
    /// An author, by id.
    Author(String),
    /// A tag, by slug.
    Tag(String),
    /// On a site in several languages, the entry's language and its translations:
    /// they decide which languages list it, and so whose related works it may be.
    Tongue(u64),
}

/// The authors and tags of an entry, which its related entries are found by.
pub fn people(site: &Site, i: EntryId) -> Vec<Person> {
    let e = &site.entries[i];
    let authors = e
        .authors
        .iter()
        .map(|&a| Person::Author(site.authors[a].id.clone()));
    let tags = e
        .tags
        .iter()
        .map(|&t| Person::Tag(site.tags[t].slug.clone()));
    let tongue = site.config.multilingual().then(|| {
        let sources: Vec<&std::path::Path> = (e.translations.iter())
            .map(|&j| site.entries[j].doc.source.as_path())
            .collect();
        Person::Tongue(h64((e.lang, sources)))
    });
    authors.chain(tags).chain(tongue).collect()
}

/// The entries shown as related on entry `i`'s page.
pub fn related_of(site: &Site, i: EntryId) -> Vec<EntryId> {
    (site.index_in(site.entry_tongue(i))).related(&site.entries, i, RELATED)
}

/// The key of a list of related entries: their cards.
pub fn related_hash(sigs: &Sigs, list: &[EntryId]) -> u64 {
    h64(list.iter().map(|&j| sigs.card[j]).collect::<Vec<_>>())
}

/// The keys of every entry's related list.
pub fn related_hashes(sigs: &Sigs, lists: &TiSlice<EntryId, Vec<EntryId>>) -> TiVec<EntryId, u64> {
    let hashes: Vec<u64> = lists
        .raw
        .par_iter()
        .map(|l| related_hash(sigs, l))
        .collect();
    hashes.into()
}

/// What a listing page shows besides its entries: its heading, address and
/// introduction.
#[derive(Hash)]
enum Listing<'a> {
    /// A kind's listing, with the key of its introduction.
    Kind(KindId, u64),
    /// A year's listing, by the year's slug.
    Year(String),
    /// A department's listing: its id and names.
    Department {
        id: &'a str,
        name: &'a str,
        name_ru: Option<&'a str>,
        name_en: Option<&'a str>,
    },
    /// A tag's listing.
    Tag { name: &'a str, slug: &'a str },
}

/// The key of page `page` of a listing of `list`.
fn listing_key(sigs: &Sigs, what: Listing, list: &[EntryId], page: usize, size: usize) -> u64 {
    let slice: Vec<u64> = list
        .iter()
        .skip((page - 1) * size)
        .take(size)
        .map(|&i| sigs.card[i])
        .collect();
    h64((what, list.len(), page, slice))
}

/// A value of `site` that differs: the top-level field it is in and its own name.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct SiteField {
    /// The top-level field: `kinds` when a kind's count changed.
    pub top: String,
    /// The value's own name: `count` when a kind's count changed; the same as
    /// `top` for a top-level field.
    pub name: String,
}

/// The fields that differ between two values of `site`.
pub fn value_diff(
    a: &serde_json::Value,
    b: &serde_json::Value,
    at: Option<&SiteField>,
    out: &mut HashSet<SiteField>,
) {
    use serde_json::Value as V;
    if a == b {
        return;
    }
    match (a, b) {
        (V::Object(x), V::Object(y)) => {
            let inner = |k: &str| SiteField {
                top: at.map_or(k, |f| f.top.as_str()).to_string(),
                name: k.to_string(),
            };
            for (k, v) in x {
                value_diff(v, y.get(k).unwrap_or(&V::Null), Some(&inner(k)), out);
            }
            for (k, v) in y {
                if !x.contains_key(k) {
                    value_diff(&V::Null, v, Some(&inner(k)), out);
                }
            }
        }
        (V::Array(x), V::Array(y)) if x.len() == y.len() => {
            for (v, w) in x.iter().zip(y) {
                value_diff(v, w, at, out);
            }
        }
        _ => {
            out.insert(at.cloned().unwrap_or_else(|| SiteField {
                top: "site".into(),
                name: "site".into(),
            }));
        }
    }
}

/// The keys a page's key is made of.
#[derive(Clone, Copy)]
pub struct Model<'a> {
    /// Each entry's keys.
    pub sigs: &'a Sigs,
    /// Each entry's related list, as a key.
    pub related: &'a TiSlice<EntryId, u64>,
    /// Each kind's introduction, as a key.
    pub intro_sig: &'a TiSlice<KindId, u64>,
}

/// What a document's figures blocks show: they may count any entry, so every
/// card; nothing for a document without them.
fn figures_key(sigs: &Sigs, doc: &Doc) -> Option<u64> {
    doc.figures.then(|| h64(&sigs.card.raw))
}

/// The key of a page: it changes whenever anything the page shows changes. `None`
/// for the few cheap pages that are rendered every time.
pub fn page_key(site: &Site, m: Model, page: Page) -> Option<u64> {
    let ix = site.index_in(page.tongue(site));
    let size = site.config.page_size;
    let sigs = m.sigs;
    let key = match page {
        Page::Entry(i) => {
            let Neighbours { newer, older } = ix.neighbours(&site.entries, i);
            // Its translations' addresses: the language switch and `hreflang`.
            let translations: Vec<&str> = (site.entries[i].translations.iter())
                .map(|&j| site.entries[j].dir.as_str())
                .collect();
            h64((
                translations,
                sigs.full[i],
                newer.map(|j| sigs.card[j]),
                older.map(|j| sigs.card[j]),
                m.related[i],
                figures_key(sigs, &site.entries[i].doc),
            ))
        }
        Page::Kind(l, k, p) => {
            let intro = site.kind_intro_in(l, k);
            let what = Listing::Kind(k, m.intro_sig[k]);
            h64((
                listing_key(sigs, what, &ix.by_kind[k], p, size),
                intro.map(|d| figures_key(sigs, d)),
            ))
        }
        Page::Year(_, y, p) => {
            let year = &ix.by_year[y];
            let what = Listing::Year(year.year.slug());
            listing_key(sigs, what, &year.entries, p, size)
        }
        Page::Department(_, d, p) => {
            let dep = &site.departments[d];
            let what = Listing::Department {
                id: &dep.id,
                name: &dep.name,
                name_ru: dep.name_ru.as_deref(),
                name_en: dep.name_en.as_deref(),
            };
            listing_key(sigs, what, &ix.by_department[d], p, size)
        }
        Page::Tag(_, t, p) => {
            let tag = &site.tags[t];
            let what = Listing::Tag {
                name: &tag.name,
                slug: &tag.slug,
            };
            listing_key(sigs, what, &ix.by_tag[t], p, size)
        }
        Page::Author(l, a) => {
            let au = &site.authors[a];
            let cards: Vec<u64> = ix.by_author[a].iter().map(|&i| sigs.card[i]).collect();
            // A translation's facts and level fall back to its original's, which
            // its card does not show (an original's are its own, in its card).
            let facts: Vec<_> = (ix.by_author[a].iter())
                .filter(|&&i| site.entries[i].doc.translation.is_some())
                .map(|&i| crate::site::portfolio::facts(site, i))
                .collect();
            let dept = au.department.map(|d| &site.departments[d]);
            h64((
                &au.id,
                (&au.name, &au.names),
                au.category.map(crate::data::Category::id),
                dept.map(|d| (&d.id, &d.name, &d.name_ru, &d.name_en)),
                // Its link, when it has a page in this language.
                au.department.map(|d| ix.by_department[d].is_empty()),
                // The link to the portfolio PDF in the page's language, none for
                // a guest beside the described teachers.
                site.has_portfolio(l, a),
                &au.position,
                au.photo
                    .as_ref()
                    .map(|p| (&p.url, p.copies.map(|i| &site.photos.list[i]))),
                au.known,
                cards,
                facts,
            ))
        }
        Page::Redirect(r) => {
            let red = &site.redirects[r];
            match red.to {
                Target::Entry(i) => h64((
                    &red.address,
                    &site.entries[i].dir,
                    &site.entries[i].doc.title,
                )),
                Target::Page(i) => {
                    h64((&red.address, &site.pages[i].dir, &site.pages[i].doc.title))
                }
            }
        }
        Page::Withdrawn(w) => {
            let w = &site.withdrawn[w];
            h64((&w.address, &w.title))
        }
        // Few and cheap: always rendered.
        _ => return None,
    };
    // The language switch leads to the same page in each other language when
    // that language has it (a listing may have fewer pages there).
    Some(if site.config.multilingual() {
        h64((key, crate::render::alternates::alternates(site, page)))
    } else {
        key
    })
}
