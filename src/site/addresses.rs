//! Addresses that keep working. An entry's or page's old addresses lead to where
//! it is now: those written in its `aliases:`, and those the record of what was
//! published ([`super::published`]) remembers for its file, or for the file it was
//! renamed or moved from. The address of a removed file shows a page saying the
//! material was withdrawn. Two files claiming one address is an error.

use crate::messages::Text;
use crate::t;
use std::collections::{BTreeSet, HashMap};
use std::path::{Path, PathBuf};

use typed_index_collections::{TiSlice, TiVec};

use crate::config::Config;
use crate::diagnostics::{Diagnostic, Location};
use crate::lang::slug::{slugify, slugify_short};

use super::published::{Published, Record};
use super::{Doc, Entry, EntryId, Page, PageId};

typed_id!(
    /// A redirect's place in [`super::Site::redirects`].
    RedirectId
);
typed_id!(
    /// A withdrawn address's place in [`super::Site::withdrawn`].
    WithdrawnId
);

/// What an old address leads to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Target {
    /// An entry's page.
    Entry(EntryId),
    /// A page of `content/pages/`.
    Page(PageId),
}

/// An old address of a page, which leads to the page.
#[derive(Debug, Clone)]
pub struct Redirect {
    /// The old address, site-relative (`seminars/old-name/`).
    pub address: String,
    /// The page it leads to.
    pub to: Target,
}

/// The address of a removed entry or page.
#[derive(Debug, Clone)]
pub struct Withdrawn {
    /// The address, site-relative.
    pub address: String,
    /// The title the material had.
    pub title: String,
}

/// A change of addresses this build made, said once, in the build that makes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    /// An old address now leads to `to`, the new address of `file`.
    Moved {
        /// The old address.
        from: String,
        /// The new one.
        to: String,
        /// The file it belongs to now.
        file: PathBuf,
    },
    /// The file of `address` is gone, or no longer published (a draft): the
    /// address says the material was withdrawn.
    Withdrawn {
        /// The address.
        address: String,
        /// The file it belonged to, relative to the site's folder.
        file: String,
        /// The file is still there, left out of the site (`draft: true`).
        unpublished: bool,
    },
}

impl Change {
    /// The change with its file's path relative to `root`.
    pub fn relative_to(&self, root: &Path) -> Change {
        match self {
            Change::Moved { from, to, file } => Change::Moved {
                from: from.clone(),
                to: to.clone(),
                file: file.strip_prefix(root).unwrap_or(file).to_path_buf(),
            },
            other => other.clone(),
        }
    }
}

impl Change {
    /// The change as the build reports it.
    pub fn text(&self) -> Text {
        match self {
            Change::Moved { from, to, file } => t!(
                "address-moved",
                from = from.as_str(),
                to = to.as_str(),
                file = file.as_path()
            ),
            Change::Withdrawn {
                address,
                file,
                unpublished,
            } if *unpublished => t!(
                "address-withdrawn-unpublished",
                address = address.as_str(),
                file = file.as_str()
            ),
            Change::Withdrawn { address, file, .. } => t!(
                "address-withdrawn",
                address = address.as_str(),
                file = file.as_str()
            ),
        }
    }
}

impl std::fmt::Display for Change {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text().render(crate::lang::Lang::En))
    }
}

/// The site-relative file an address is published as: `seminars/x/` →
/// `seminars/x/index.html`, `old.html` as it is.
pub fn file_of(address: &str) -> String {
    if address.is_empty() || address.ends_with('/') {
        format!("{address}index.html")
    } else {
        address.to_string()
    }
}

/// Top folders of the site that ozyq's own pages fill.
const RESERVED: [&str; 7] = [
    "authors",
    "years",
    "departments",
    "tags",
    "search",
    "catalogue",
    "static",
];

/// Files at the site's top that ozyq makes.
const RESERVED_FILES: [&str; 5] = [
    "index.html",
    "404.html",
    "atom.xml",
    "sitemap.xml",
    "robots.txt",
];

/// Whether `address` (site-relative) is used by ozyq's own pages: a listing, the
/// search page, the static files, … An entry's `seminars/x/` is not.
pub fn is_reserved(config: &Config, address: &str) -> bool {
    let mut parts = address.split('/');
    let first = parts.next().unwrap_or("");
    let second = parts.next().unwrap_or("");
    let kind_listing =
        config.kinds.iter().any(|k| k.folder == first) && (second.is_empty() || second == "page");
    RESERVED.contains(&first) || RESERVED_FILES.contains(&address) || kind_listing
}

/// An alias as written, made a site-relative address: `/seminars/old/`, a full
/// URL under `base_url` or `seminars/old` all give `seminars/old/`; `old.html`
/// stays a file. The error says what is wrong and how to write it.
pub fn alias_address(raw: &str, base_url: Option<&str>) -> Result<String, (Text, Text)> {
    let how = || t!("site-addresses-alias-how-hint");
    let mut s = raw.trim();
    if s.contains("://") {
        match base_url.and_then(|b| s.strip_prefix(b)) {
            Some(rest) => s = rest,
            None => {
                return Err((t!("site-addresses-alias-not-this-site", raw = raw), how()));
            }
        }
    } else if let Some(rest) = s.strip_prefix('/') {
        // Under a sub-path, an address from the domain's root starts with it.
        let sub = base_url
            .and_then(|b| b.split_once("://"))
            .and_then(|(_, rest)| rest.find('/').map(|i| &rest[i + 1..]))
            .unwrap_or("");
        s = if !sub.is_empty() {
            rest.strip_prefix(sub).unwrap_or(rest)
        } else {
            rest
        };
    }
    if s.contains(['?', '#', '\\']) {
        return Err((t!("site-addresses-alias-query", raw = raw), how()));
    }
    let segments: Vec<&str> = s.split('/').collect();
    let last = segments.len() - 1;
    for (i, seg) in segments.iter().enumerate() {
        if seg.is_empty() && i != last {
            return Err((t!("site-addresses-alias-empty-part", raw = raw), how()));
        }
        if *seg == "." || *seg == ".." {
            return Err((t!("site-addresses-alias-outside", raw = raw), how()));
        }
        // A `%` escape is decoded by a web server before it looks for the folder:
        // a folder named `%D1%81…` could never be reached.
        let ok = |c: char| c.is_ascii_alphanumeric() || "-_.~".contains(c);
        if !seg.chars().all(ok) {
            let hint = if seg.contains('%') {
                t!("site-addresses-alias-percent-hint")
            } else {
                t!("site-addresses-alias-characters-hint")
            };
            return Err((t!("site-addresses-alias-characters", raw = raw), hint));
        }
        // `aux/`, `con.html`: no folder or file on Windows can be named so.
        let name = seg.split('.').next().unwrap_or("").to_ascii_lowercase();
        if crate::lang::slug::names_a_device(&name) {
            return Err((
                t!("site-addresses-alias-device", raw = raw, part = *seg),
                how(),
            ));
        }
    }
    if s.is_empty() {
        return Err((t!("site-addresses-alias-home-page"), how()));
    }
    let is_file = segments[last].ends_with(".html") || segments[last].ends_with(".htm");
    Ok(if is_file || s.ends_with('/') {
        s.to_string()
    } else {
        format!("{s}/")
    })
}

/// Who holds each address: a page (by its place in the live pages) and where it
/// claims it (`None`: its file, by its name or `slug:`; made only for an error).
// foldhash: serve settles the addresses of every page on each full round.
type Claims = HashMap<String, (usize, Option<Location>), foldhash::fast::RandomState>;

/// Where page `n` of `live` claims an address: `at`, or else its file.
fn claim_location(live: &[Live], n: usize, at: &Option<Location>) -> Location {
    at.clone()
        .unwrap_or_else(|| Location::file(&live[n].doc.source))
}

/// What [`settle`] decided.
#[derive(Debug, Default)]
pub struct Settled {
    /// Old addresses and where they lead, sorted by address.
    pub redirects: TiVec<RedirectId, Redirect>,
    /// Addresses of removed files, sorted.
    pub withdrawn: TiVec<WithdrawnId, Withdrawn>,
    /// The record as it is after this build.
    pub record: Record,
    /// What this build changed, to say so.
    pub changes: Vec<Change>,
}

/// A page that has an address now.
struct Live<'a> {
    target: Target,
    doc: &'a Doc,
    address: &'a str,
    /// Its file, relative to the site's folder, with `/`.
    file: String,
    /// The academic year whose catalogue prints its address, if any.
    printed: Option<crate::lang::dates::AcademicYear>,
}

/// Works out the old addresses of the site's `entries` and `pages` from their
/// aliases and the `old` record; `printing` when the catalogue prints QR codes.
pub fn settle(
    config: &Config,
    entries: &TiSlice<EntryId, Entry>,
    pages: &TiSlice<PageId, Page>,
    old: &Record,
    keep_record: bool,
    diags: &mut Vec<Diagnostic>,
) -> Settled {
    let root = &config.root;
    let live = live_all(config, entries, pages);
    let by_file: HashMap<&str, usize, foldhash::fast::RandomState> = live
        .iter()
        .enumerate()
        .map(|(n, l)| (l.file.as_str(), n))
        .collect();

    // Who holds each address: pages by their own address, then their aliases.
    let mut claims: Claims = live
        .iter()
        .enumerate()
        .map(|(n, l)| (l.address.to_string(), (n, None)))
        .collect();
    let mut out = Settled::default();
    let mut redirects: Vec<Redirect> = Vec::new();
    add_aliases(config, &live, &mut claims, &mut redirects, diags);
    if old.addresses.is_empty() {
        add_title_addresses(config, &live, &mut claims, &mut redirects);
    }

    let renamed = renames(&live, &by_file, old);
    if config.multilingual() {
        left_behind(config, &live, &by_file, &renamed, old, diags);
    }
    for (address, p) in &old.addresses {
        let holder = by_file
            .get(p.file.as_str())
            .or_else(|| renamed.get(p.file.as_str()))
            .copied();
        let claim = claims.get(address);
        let holder = holder.or_else(|| {
            original_of(&by_file, address, p, config.multilingual()).filter(|_| claim.is_none())
        });
        let at = |(c, at): &(usize, Option<Location>)| claim_location(&live, *c, at);
        if let Some(h) = holder {
            left_its_catalogue(&live[h], p, diags);
        }
        match (holder, claim) {
            // Its own address, or an alias of its own.
            (Some(h), Some((c, _))) if *c == h => {}
            // A translation back at its own address, which led to its original
            // while it was gone (below).
            (Some(h), Some((c, None))) if work_file(&live[*c].file) == live[h].file => {}
            (Some(h), Some(cl)) => {
                let c = &live[cl.0];
                diags.push(published_for(old, address, p, &at(cl), &live[h], c))
            }
            (Some(h), None) => {
                let l = &live[h];
                if p.file != l.file || !old.addresses.contains_key(l.address) {
                    out.changes.push(Change::Moved {
                        from: address.clone(),
                        to: l.address.to_string(),
                        file: l.doc.source.clone(),
                    });
                }
                claims.insert(address.clone(), (h, Some(old.location(root, address))));
                redirects.push(Redirect {
                    address: address.clone(),
                    to: l.target,
                });
            }
            // A withdrawn address a file names in its `aliases:`: the same
            // material, renamed and retitled at once (what the build's
            // «withdrawn» line tells to do).
            (None, Some((c, Some(_)))) => {
                if p.withdrawn || p.file != live[*c].file {
                    out.changes.push(Change::Moved {
                        from: address.clone(),
                        to: live[*c].address.to_string(),
                        file: live[*c].doc.source.clone(),
                    });
                }
            }
            (None, Some(cl)) => diags.push(withdrawn_taken(old, address, p, &at(cl))),
            (None, None) => {
                if !p.withdrawn {
                    out.changes.push(Change::Withdrawn {
                        address: address.clone(),
                        file: p.file.clone(),
                        unpublished: root.join(&p.file).is_file(),
                    });
                }
                out.withdrawn.push(Withdrawn {
                    address: address.clone(),
                    title: p.title.clone(),
                });
            }
        }
    }
    redirects.sort_by(|a, b| a.address.cmp(&b.address));
    out.redirects = redirects.into();
    if keep_record {
        out.record = new_record(&live, &claims, old, &out.withdrawn);
    }
    out
}

/// The site's entries and pages as the addresses see them.
fn live_all<'a>(
    config: &Config,
    entries: &'a TiSlice<EntryId, Entry>,
    pages: &'a TiSlice<PageId, Page>,
) -> Vec<Live<'a>> {
    let root = &config.root;
    let printing = config.base_url.is_some();
    entries
        .iter_enumerated()
        .map(|(i, e)| {
            let printed = (printing && e.exhibit).then_some(e.year);
            live_of(root, Target::Entry(i), &e.doc, &e.dir, printed)
        })
        .chain(
            pages
                .iter_enumerated()
                .map(|(i, p)| live_of(root, Target::Page(i), &p.doc, &p.dir, None)),
        )
        .collect()
}

/// A withdrawn address that another file takes: an error when a catalogue
/// printed it (its QR code would show other material), else a warning.
fn withdrawn_taken(old: &Record, address: &str, p: &Published, at: &Location) -> Diagnostic {
    if !p.printed.is_empty() {
        return printed_taken(old, address, p, at);
    }
    Diagnostic::warning(
        at.clone(),
        t!(
            "site-addresses-led-which-was-withdrawn",
            address = address.to_string(),
            title = crate::lang::quotes::inside_guillemets(&p.title)
        ),
    )
    .with_hint(t!("site-addresses-links-old-material-now-hint"))
}

/// Adds each page's `aliases:` to `claims` and `redirects`; those that are not
/// addresses of this site, or are another's, are errors.
fn add_aliases(
    config: &Config,
    live: &[Live],
    claims: &mut Claims,
    redirects: &mut Vec<Redirect>,
    diags: &mut Vec<Diagnostic>,
) {
    let root = &config.root;
    for (n, l) in live.iter().enumerate() {
        for alias in &l.doc.aliases {
            let at = &alias.location;
            let a = match alias_address(&alias.value, config.base_url.as_deref()) {
                Ok(a) => a,
                Err((msg, hint)) => {
                    diags.push(Diagnostic::error(at.clone(), msg).with_hint(hint));
                    continue;
                }
            };
            if a == l.address {
                diags.push(
                    Diagnostic::warning(
                        at.clone(),
                        t!("site-addresses-page-s-own-address", a = a.to_string()),
                    )
                    .with_hint(t!("site-addresses-alias-old-address-remove-hint")),
                );
            } else if is_reserved(config, &a) {
                diags.push(
                    Diagnostic::error(
                        at.clone(),
                        t!(
                            "site-addresses-alias-address-ozyq-uses",
                            value = (alias.value).to_string()
                        ),
                    )
                    .with_hint(t!("site-addresses-aliases-are-old-addresses-hint")),
                );
            } else if let Some((m, other)) = claims.get(&a) {
                if *m != n {
                    let other = claim_location(live, *m, other);
                    let other = Location {
                        file: other
                            .file
                            .strip_prefix(root)
                            .unwrap_or(&other.file)
                            .to_path_buf(),
                        ..other.clone()
                    };
                    diags.push(taken(at, &a, &other, live[*m].address));
                }
            } else {
                claims.insert(a.clone(), (n, Some(at.clone())));
                redirects.push(Redirect {
                    address: a,
                    to: l.target,
                });
            }
        }
    }
}

/// Before there was a record, ozyq made addresses from titles. On the first build
/// with a record, each page's title-made address that the last build in `output/`
/// published is kept as an old address of the page, so that upgrading breaks no
/// link printed before.
fn add_title_addresses(
    config: &Config,
    live: &[Live],
    claims: &mut Claims,
    redirects: &mut Vec<Redirect>,
) {
    let last = config.root.join("output");
    if !last.is_dir() {
        return;
    }
    for (n, l) in live.iter().enumerate() {
        let address = match (l.target, l.address.split_once('/')) {
            (Target::Entry(_), Some((folder, _))) => {
                format!("{folder}/{}/", slugify_short(&l.doc.title, 80))
            }
            (Target::Page(_), _) => format!("{}/", slugify_short(&l.doc.title, 60)),
            _ => continue,
        };
        if address.ends_with("//")
            || claims.contains_key(&address)
            || !last.join(file_of(&address)).is_file()
        {
            continue;
        }
        claims.insert(address.clone(), (n, None));
        redirects.push(Redirect {
            address,
            to: l.target,
        });
    }
}

fn live_of<'a>(
    root: &Path,
    target: Target,
    doc: &'a Doc,
    address: &'a str,
    printed: Option<crate::lang::dates::AcademicYear>,
) -> Live<'a> {
    let file = site_file(root, &doc.source);
    Live {
        target,
        doc,
        address,
        file,
        printed,
    }
}

/// `path` relative to the site's folder, with `/`.
fn site_file(root: &Path, path: &Path) -> String {
    let rel = path.strip_prefix(root).unwrap_or(path).to_string_lossy();
    if std::path::MAIN_SEPARATOR == '/' {
        rel.into_owned()
    } else {
        rel.replace(std::path::MAIN_SEPARATOR, "/")
    }
}

/// A file's name (its folder's, for a bundle's `index.md`) made an address part.
fn name_of(file: &str) -> String {
    let mut parts = file.rsplit('/');
    let last = parts.next().unwrap_or("");
    let stem = last.rsplit_once('.').map_or(last, |(s, _)| s);
    if stem.eq_ignore_ascii_case("index") || stem == "_index" {
        slugify(parts.next().unwrap_or(""))
    } else {
        slugify(stem)
    }
}

/// For the address of a translation that is gone while its original stays,
/// the original's place: the address leads there, as a moved file's does,
/// until the translation comes back. Only under a language's folder, or on a
/// site in several languages (a `.kk.md` translation of a `lang: ru` original
/// is at the main language's address): on a site in one language `x.ru.md` is
/// a work of its own, at an address of the main language's.
fn original_of(
    by_file: &HashMap<&str, usize, foldhash::fast::RandomState>,
    address: &str,
    p: &Published,
    multilingual: bool,
) -> Option<usize> {
    let under_language = (address.split_once('/'))
        .is_some_and(|(first, _)| crate::lang::Lang::parse(first).is_some());
    if !under_language && !multilingual {
        return None;
    }
    let work = work_file(&p.file);
    (work != p.file)
        .then(|| by_file.get(work.as_str()).copied())
        .flatten()
}

/// The file the translation `file` (site-relative, with `/`) translates:
/// `content/a/b.ru.md` → `content/a/b.md`; any other file itself. On the
/// record's text, not a path (`tongues::work_of_path`), whose parts Windows
/// would join with `\`.
fn work_file(file: &str) -> String {
    let (dir, name) = file.rsplit_once('/').unwrap_or(("", file));
    let original = crate::content::walk::original_name(name);
    if dir.is_empty() {
        original
    } else {
        format!("{dir}/{original}")
    }
}

/// Files of the old record that are gone, each paired with the new file it
/// became: the only new file with the same name (moved to another kind or folder)
/// or the same title (renamed), when that new file has no other candidate either.
fn renames<'r>(
    live: &[Live],
    by_file: &HashMap<&str, usize, foldhash::fast::RandomState>,
    old: &'r Record,
) -> HashMap<&'r str, usize> {
    let mut gone: HashMap<&str, &Published> = HashMap::new();
    for p in old.addresses.values() {
        if !p.withdrawn && !by_file.contains_key(p.file.as_str()) {
            gone.insert(p.file.as_str(), p);
        }
    }
    // Most builds remove nothing.
    if gone.is_empty() {
        return HashMap::new();
    }
    let known: BTreeSet<&str> = old.addresses.values().map(|p| p.file.as_str()).collect();
    let fresh: Vec<usize> = (0..live.len())
        .filter(|&n| !known.contains(live[n].file.as_str()))
        .collect();
    if gone.is_empty() || fresh.is_empty() {
        return HashMap::new();
    }
    // Names are made only here: most builds rename nothing.
    let names: HashMap<usize, String> =
        fresh.iter().map(|&n| (n, name_of(&live[n].file))).collect();
    let alike = |p: &Published, n: usize| {
        let name = &names[&n];
        (!name.is_empty() && name_of(&p.file) == *name)
            || (!p.title.is_empty() && p.title == live[n].doc.title)
    };
    let mut found = HashMap::new();
    for (&file, p) in &gone {
        let mut cands = fresh.iter().filter(|&&n| alike(p, n));
        let (Some(&n), None) = (cands.next(), cands.next()) else {
            continue;
        };
        let rivals = gone.values().filter(|q| alike(q, n)).count();
        if rivals == 1 {
            found.insert(file, n);
        }
    }
    found
}

/// An alias on `at` naming `address`, which is `other`'s.
fn taken(at: &Location, address: &str, other: &Location, other_address: &str) -> Diagnostic {
    let whose = if other_address == address {
        t!("site-addresses-whose-address")
    } else {
        t!("site-addresses-whose-alias")
    };
    Diagnostic::error(
        at.clone(),
        t!(
            "site-addresses-message",
            address = address.to_string(),
            whose = whose,
            file = (other.file.display()).to_string(),
            line = (other.line).to_string()
        ),
    )
    .with_hint(t!("site-addresses-address-leads-one-page-hint"))
}

/// `claimer` (at `at`) takes `address`, which the record keeps for `holder`.
fn published_for(
    old: &Record,
    address: &str,
    p: &Published,
    at: &Location,
    holder: &Live,
    claimer: &Live,
) -> Diagnostic {
    let printed = printed_in(p);
    Diagnostic::error(
        at.clone(),
        t!(
            "site-addresses-was-published-now-cannot",
            address = address.to_string(),
            file = (holder.file).to_string(),
            address2 = (holder.address).to_string(),
            printed = printed,
            file2 = (claimer.file).to_string()
        ),
    )
    .with_hint(t!(
        "site-addresses-give-another-file-name-hint",
        file = (claimer.file).to_string(),
        address = address.to_string(),
        address2 = (old.line_ref(address)).to_string()
    ))
}

/// Warns of each translation whose original was renamed while it kept the old
/// name (`x.md` renamed `y.md`, `x.ru.md` left): it is now a work of its own,
/// counted twice in the catalogue and without its original's authors. Known
/// from the record, in every build until it is mended: the original's
/// address in another language's folder leads to another file now (or, in
/// the build that saw the rename, to the gone original).
fn left_behind(
    config: &Config,
    live: &[Live],
    by_file: &HashMap<&str, usize, foldhash::fast::RandomState>,
    renamed: &HashMap<&str, usize>,
    old: &Record,
    diags: &mut Vec<Diagnostic>,
) {
    for l in live {
        let work = work_file(&l.file);
        if work == l.file || by_file.contains_key(work.as_str()) {
            continue;
        }
        let Some(n) = same_address_elsewhere(config, l.address)
            .filter_map(|a| old.addresses.get(&a))
            .find_map(|p| match by_file.get(p.file.as_str()) {
                Some(&n) if work_file(&live[n].file) == live[n].file => Some(n),
                _ if p.file == work => renamed.get(work.as_str()).copied(),
                _ => None,
            })
        else {
            continue;
        };
        let new = &live[n].file;
        let suggested = renamed_translation(&l.file, &work, new);
        diags.push(
            Diagnostic::warning(
                Location::file(&l.doc.source),
                t!(
                    "site-addresses-translation-left-behind",
                    original = work.clone(),
                    new = new.clone()
                ),
            )
            .with_hint(t!(
                "site-addresses-translation-left-behind-hint",
                suggested = suggested
            )),
        );
    }
}

/// `address` in the site's other languages' folders: `ru/a/x/` is `a/x/` in
/// the first language, and `a/x/` is `ru/a/x/` in Russian.
fn same_address_elsewhere<'a>(
    config: &'a Config,
    address: &'a str,
) -> impl Iterator<Item = String> + 'a {
    let bare = (address.split_once('/'))
        .filter(|(first, _)| crate::lang::Lang::parse(first).is_some())
        .map_or(address, |(_, rest)| rest);
    std::iter::once(bare.to_string())
        .chain(
            config.languages[1..]
                .iter()
                .map(move |l| format!("{}/{bare}", l.code())),
        )
        .filter(move |a| a != address)
}

/// The name of translation `translation` of `original` renamed `new`:
/// `content/b/y.ru.md` for `content/a/x.ru.md` of `content/a/x.md`.
fn renamed_translation(translation: &str, original: &str, new: &str) -> String {
    fn name(f: &str) -> &str {
        f.rsplit('/').next().unwrap_or(f)
    }
    fn bare(f: &str) -> &str {
        f.rsplit_once('.').map_or(f, |(s, _)| s)
    }
    // What the translation's name adds to its original's: `.ru.md`.
    match name(translation).strip_prefix(bare(name(original))) {
        Some(added) => format!("{}{added}", bare(new)),
        None => translation.to_string(),
    }
}

/// Whether settling the addresses told warning `d` of a file (see [`settle`]):
/// `ozyq serve` keeps it through an edit that leaves the file's place alone.
pub fn told_settling(d: &Diagnostic) -> bool {
    d.text.as_ref().is_some_and(|t| {
        matches!(
            t.id,
            "site-addresses-printed-elsewhere"
                | "site-addresses-translation-left-behind"
                | "site-addresses-led-which-was-withdrawn"
                | "site-addresses-page-s-own-address"
        )
    })
}

/// Warns of a work a catalogue printed whose date now puts it in another
/// academic year: that year's catalogue, made again, would leave it out (a
/// year typed wrong, or a date moved by mistake), while the printed one has it.
fn left_its_catalogue(l: &Live, p: &Published, diags: &mut Vec<Diagnostic>) {
    let Some(year) = l.printed else {
        return;
    };
    if p.printed.is_empty() || p.printed.contains(&year) {
        return;
    }
    let text = l.doc.body.file_text();
    let front = text.split("\n---").next().unwrap_or(text);
    let at = crate::yaml::key_location(front, "date", &l.doc.source, 1);
    let printed: Vec<String> = p.printed.iter().map(|y| y.label()).collect();
    diags.push(
        Diagnostic::warning(
            at,
            t!(
                "site-addresses-printed-elsewhere",
                printed = printed.join(", "),
                year = year.label()
            ),
        )
        .with_hint(t!(
            "site-addresses-printed-elsewhere-hint",
            year = year.label()
        )),
    );
}

/// `address`, printed in a catalogue for a removed file, is taken by another.
fn printed_taken(old: &Record, address: &str, p: &Published, at: &Location) -> Diagnostic {
    Diagnostic::error(
        at.clone(),
        t!(
            "site-addresses-leads-which-was-withdrawn",
            address = address.to_string(),
            path = printed_in(p),
            title = crate::lang::quotes::inside_guillemets(&p.title)
        ),
    )
    .with_hint(t!(
        "site-addresses-give-file-another-file-hint",
        address = (old.line_ref(address)).to_string()
    ))
}

/// ` (a QR code in the 2025–2026 catalogue)`, or nothing when no catalogue printed it.
fn printed_in(p: &Published) -> crate::messages::Text {
    let years: Vec<String> = p.printed.iter().map(|y| y.label()).collect();
    if years.is_empty() {
        t!("site-addresses-not-printed")
    } else {
        t!("site-addresses-printed-in", years = years.join(", "))
    }
}

/// The record after this build: every address that leads somewhere, with the file
/// it leads to now, and the withdrawn ones.
fn new_record(
    live: &[Live],
    claims: &Claims,
    old: &Record,
    withdrawn: &TiSlice<WithdrawnId, Withdrawn>,
) -> Record {
    // The lines as published.yaml has them, to tell where an old address is.
    let mut record = Record {
        lines: old.lines.clone(),
        ..Record::default()
    };
    for (address, (n, _)) in claims {
        let l = &live[*n];
        let mut printed = old
            .addresses
            .get(address)
            .map(|p| p.printed.clone())
            .unwrap_or_default();
        if address == l.address {
            printed.extend(l.printed);
        }
        record.addresses.insert(
            address.clone(),
            Published {
                file: l.file.clone(),
                title: l.doc.title.clone(),
                printed,
                withdrawn: false,
            },
        );
    }
    for w in withdrawn {
        if let Some(p) = old.addresses.get(&w.address) {
            let mut p = p.clone();
            p.withdrawn = true;
            record.addresses.insert(w.address.clone(), p);
        }
    }
    record
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn aliases_are_made_site_addresses() {
        let base = Some("https://college.kz/otm/");
        let ok = |s| alias_address(s, base).unwrap();
        assert_eq!(ok("seminars/old"), "seminars/old/");
        assert_eq!(ok("/seminars/old/"), "seminars/old/");
        assert_eq!(ok("/otm/seminars/old/"), "seminars/old/");
        assert_eq!(ok("https://college.kz/otm/seminars/old/"), "seminars/old/");
        assert_eq!(ok("old-page.html"), "old-page.html");
        for bad in [
            "https://other.kz/seminars/x/",
            "../x/",
            "seminars/../../x",
            "a//b",
            "/",
            "seminars/x/?a=1",
            "сабақ/",
            "%D1%81%D0%B0/",
            "a\\b",
        ] {
            assert!(alias_address(bad, base).is_err(), "{bad}");
        }
    }

    #[test]
    fn addresses_are_files() {
        assert_eq!(file_of("seminars/x/"), "seminars/x/index.html");
        assert_eq!(file_of("x.html"), "x.html");
        assert_eq!(name_of("content/articles/python/index.md"), "python");
        assert_eq!(name_of("content/articles/Ашық сабақ.md"), "ashyq-sabaq");
    }
}
