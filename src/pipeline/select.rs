//! Which outputs a change requires making again: pure functions of what changed,
//! the keys of the outputs as last made and as they are now (see [`super::keys`]).
//! `ozyq serve` makes only what these pick; its randomized test checks that the
//! result is byte-identical to a clean build.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use crate::paths::PathMap;
use crate::render::page::Page;
use typed_index_collections::TiSlice;

use crate::lang::dates::AcademicYear;
use crate::site::addresses::Target;
use crate::site::urls::page_count;
use crate::site::{EntryId, Neighbours, Site};

typed_id!(
    /// A page's place in the pages of a round ([`Round::pages`]), which their
    /// paths, keys and links are listed alongside.
    RoundPageId
);

/// What a round of changes looks like from the pages' side.
pub struct Round<'a> {
    /// Everything is made again (the first build, a change of config.yaml).
    pub full: bool,
    /// The pages of the new model.
    pub pages: &'a TiSlice<RoundPageId, Page>,
    /// Their site-relative paths.
    pub paths: &'a TiSlice<RoundPageId, String>,
    /// Their keys in the new model; `None` for pages made every time.
    pub keys: &'a TiSlice<RoundPageId, Option<u64>>,
    /// The keys of the pages as last made, by path.
    pub made: &'a PathMap<String, u64>,
    /// Paths whose last making failed: made again.
    pub failed: &'a HashSet<String>,
    /// For each page, whether it shows a link whose target moved (a page or file
    /// that now has another address).
    pub relinked: &'a TiSlice<RoundPageId, bool>,
    /// Templates that changed, themselves or through what they include or extend.
    pub changed_templates: &'a HashSet<&'static str>,
    /// Templates that show a site-wide value that changed.
    pub showing_site_change: &'a HashSet<&'static str>,
}

/// The pages to make again, as ids in [`Round::pages`]: `now`, before
/// browsers reload (they show what changed), and `after` (they show it only
/// through site-wide values, such as counts).
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Selection {
    /// Pages that show the change.
    pub now: Vec<RoundPageId>,
    /// Pages that show it only through site-wide values.
    pub after: Vec<RoundPageId>,
}

/// Picks the pages a round must make.
pub fn pages(r: &Round) -> Selection {
    let mut out = Selection::default();
    for (j, &page) in r.pages.iter_enumerated() {
        let path = &r.paths[j];
        let key = r.keys[j];
        let before = r.made.get(path).copied();
        let template = page.template();
        let now = r.full
            || key.is_none()
            || key != before
            || r.relinked[j]
            || r.failed.contains(path)
            || r.changed_templates.contains(template);
        if now {
            out.now.push(j);
        } else if r.showing_site_change.contains(template) {
            out.after.push(j);
        }
    }
    out
}

/// The page of `list` (1-based) that shows entry `i`.
fn page_of(list: &[EntryId], i: EntryId, size: usize) -> Option<usize> {
    list.iter().position(|&j| j == i).map(|p| p / size + 1)
}

/// The pages that show entries edited in place (same address, kind, date, authors,
/// department, tags and files; see `serve`): the entries' own pages, the pages
/// listing as related an entry whose card changed, and the pages showing a changed
/// card (neighbours, the listing page it is on, its authors' portfolios, the plan
/// page of the items it records, the home page and the feed). Sorted, without repeats.
pub fn pages_showing(
    site: &Site,
    edited: &[EntryId],
    card_changed: &[EntryId],
    related: &TiSlice<EntryId, Vec<EntryId>>,
) -> Vec<Page> {
    let size = site.config.page_size;
    let mut pages: Vec<Page> = edited.iter().map(|&i| Page::Entry(i)).collect();
    for (j, list) in related.iter_enumerated() {
        if list.iter().any(|k| card_changed.contains(k)) {
            pages.push(Page::Entry(j));
        }
    }
    for &i in card_changed {
        let e = &site.entries[i];
        for (l, tongue) in site.tongues.iter_enumerated() {
            if !tongue.listed[i] {
                continue;
            }
            let ix = site.index_in(l);
            let Neighbours { newer, older } = ix.neighbours(&site.entries, i);
            pages.extend(newer.into_iter().chain(older).map(Page::Entry));
            let kind = page_of(&ix.by_kind[e.kind], i, size);
            pages.extend(kind.map(|p| Page::Kind(l, e.kind, p)));
            if let Some(y) = ix.year_index(e.year) {
                let year = page_of(&ix.by_year[y].entries, i, size);
                pages.extend(year.map(|p| Page::Year(l, y, p)));
            }
            if let Some(d) = e.department {
                let dep = page_of(&ix.by_department[d], i, size);
                pages.extend(dep.map(|p| Page::Department(l, d, p)));
            }
            for &t in &e.tags {
                pages.extend(page_of(&ix.by_tag[t], i, size).map(|p| Page::Tag(l, t, p)));
            }
            pages.extend(e.authors.iter().map(|&a| Page::Author(l, a)));
            // The home page and the feed show the newest cards.
            pages.extend([Page::Home(l), Page::Feed(l)]);
        }
        // A plan page shows the titles of the entries that record its items.
        pages.extend(
            e.plan
                .iter()
                .filter_map(|l| l.item)
                .map(|(p, _)| Page::Plan(p)),
        );
    }
    // Old addresses show the title of the entry they lead to.
    for (r, red) in site.redirects.iter_enumerated() {
        if matches!(red.to, Target::Entry(i) if card_changed.contains(&i)) {
            pages.push(Page::Redirect(r));
        }
    }
    // Figures blocks count the cards of any entry.
    if !card_changed.is_empty() {
        pages.extend(figures_pages(site));
    }
    // Nothing else about the site as a whole changes while entries keep their
    // places (nor does the sitemap).
    pages.sort_unstable();
    pages.dedup();
    pages
}

/// The pages whose Markdown shows figures blocks: entries, pages of `pages/`, each
/// language's home page, and every page of a kind whose introduction has one.
fn figures_pages(site: &Site) -> impl Iterator<Item = Page> + '_ {
    let entries = site
        .entries
        .iter_enumerated()
        .filter(|(_, e)| e.doc.figures)
        .map(|(i, _)| Page::Entry(i));
    let pages = site
        .pages
        .iter_enumerated()
        .filter(|(_, p)| p.doc.figures)
        .map(|(i, _)| Page::Static(i));
    let kinds = site.tongues.keys().flat_map(move |l| {
        (site.config.kinds.keys())
            .filter(move |&k| site.kind_intro_in(l, k).is_some_and(|d| d.figures))
            .flat_map(move |k| {
                let n = page_count(site.index_in(l).by_kind[k].len(), site.config.page_size);
                (1..=n).map(move |p| Page::Kind(l, k, p))
            })
    });
    let homes = (site.tongues.keys())
        .filter(|&l| site.home_in(l).is_some_and(|d| d.figures))
        .map(Page::Home);
    entries.chain(pages).chain(homes).chain(kinds)
}

/// The academic years whose catalogues show entry `i`'s card: its own, and its
/// translations' (a catalogue shows a work by its original, with the titles of its
/// translations).
pub fn years_showing_card(site: &Site, i: EntryId) -> impl Iterator<Item = AcademicYear> + '_ {
    std::iter::once(i)
        .chain(site.entries[i].translations.iter().copied())
        .map(|j| site.entries[j].year)
}

/// The years whose catalogues and reports show a change of the cards of
/// `years`' entries: those, or every year (`None`) when a catalogue's foreword
/// shows figures, which may count any year.
pub fn catalogue_years(site: &Site, years: Vec<AcademicYear>) -> Option<Vec<AcademicYear>> {
    let counts_any = site.forewords.iter().any(|f| f.doc.figures);
    (years.is_empty() || !counts_any).then_some(years)
}

/// The addresses a Markdown body links to on the site (not other sites, mail or
/// its own headings): a page whose document links to a source whose address
/// changed shows the new address.
pub fn link_dests(body: &str) -> Vec<String> {
    use pulldown_cmark::{Event, Options, Parser, Tag};
    let mut out = Vec::new();
    for ev in Parser::new_ext(body, Options::all()) {
        if let Event::Start(Tag::Link { dest_url, .. } | Tag::Image { dest_url, .. }) = ev
            && !dest_url.contains("://")
            && !dest_url.starts_with("mailto:")
            && !dest_url.starts_with('#')
        {
            out.push(dest_url.into_string());
        }
    }
    out
}

/// Whether links to `dests` may lead to one of the files named `moved`: a
/// percent-encoded link may name any of them.
pub fn links_to(dests: &[String], moved: &[String]) -> bool {
    (dests.iter()).any(|l| l.contains('%') || moved.iter().any(|t| l.contains(t.as_str())))
}

/// Where each file goes, with the size of each photo beside its address: pages
/// show a photo's size too, so a photo replaced by one of another size moves.
pub fn file_addresses(site: &Site) -> PathMap<PathBuf, String> {
    let mut out = site.asset_dest.clone();
    for (source, &id) in &site.photos.by_source {
        let p = &site.photos.list[id];
        if let Some(dest) = out.get_mut(source) {
            dest.push_str(&format!("#{}x{}", p.probe.width, p.probe.height));
        }
    }
    out
}

/// Adds to `out` the file names of the sources whose address differs between
/// `old` and `new` (or that only one of them has): pages linking to them change.
pub fn moved<T: PartialEq>(
    old: &PathMap<PathBuf, T>,
    new: &PathMap<PathBuf, T>,
    out: &mut Vec<String>,
) {
    let name = |p: &Path| {
        (p.file_name())
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default()
    };
    let mut found = 0;
    for (k, v) in old {
        match new.get(k) {
            Some(w) if w == v => found += 1,
            w => {
                found += usize::from(w.is_some());
                out.push(name(k));
            }
        }
    }
    // Sources only `new` has, if it has any.
    if found < new.len() {
        out.extend(
            new.keys()
                .filter(|k| !old.contains_key(*k))
                .map(|k| name(k)),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::kinds::KindId;
    use crate::site::tongues::MAIN;
    use typed_index_collections::{TiVec, ti_vec};

    fn ids(places: &[usize]) -> Vec<RoundPageId> {
        places.iter().map(|&j| RoundPageId::from(j)).collect()
    }

    struct Fixture {
        pages: TiVec<RoundPageId, Page>,
        paths: TiVec<RoundPageId, String>,
        keys: TiVec<RoundPageId, Option<u64>>,
        made: PathMap<String, u64>,
        failed: HashSet<String>,
        relinked: TiVec<RoundPageId, bool>,
        changed: HashSet<&'static str>,
        site_change: HashSet<&'static str>,
    }

    /// Three entries, a kind listing, the home page and the feed, all made before.
    fn fixture() -> Fixture {
        let pages: TiVec<RoundPageId, Page> = ti_vec![
            Page::Entry(EntryId::from(0)),
            Page::Entry(EntryId::from(1)),
            Page::Entry(EntryId::from(2)),
            Page::Kind(MAIN, KindId::from(0), 1),
            Page::Home(MAIN),
            Page::Robots,
        ];
        let paths: TiVec<RoundPageId, String> = (0..pages.len())
            .map(|i| format!("p{i}/index.html"))
            .collect();
        let keys: TiVec<RoundPageId, Option<u64>> =
            ti_vec![Some(10), Some(11), Some(12), Some(20), Some(30), None];
        let made = paths
            .iter()
            .zip(&keys)
            .filter_map(|(p, k)| k.map(|k| (p.clone(), k)))
            .collect();
        Fixture {
            relinked: ti_vec![false; pages.len()],
            pages,
            paths,
            keys,
            made,
            failed: HashSet::new(),
            changed: HashSet::new(),
            site_change: HashSet::new(),
        }
    }

    fn select(f: &Fixture, full: bool) -> Selection {
        pages(&Round {
            full,
            pages: &f.pages,
            paths: &f.paths,
            keys: &f.keys,
            made: &f.made,
            failed: &f.failed,
            relinked: &f.relinked,
            changed_templates: &f.changed,
            showing_site_change: &f.site_change,
        })
    }

    #[test]
    fn nothing_changed_makes_only_the_pages_without_keys() {
        let f = fixture();
        assert_eq!(
            select(&f, false),
            Selection {
                now: ids(&[5]),
                after: ids(&[])
            }
        );
    }

    #[test]
    fn a_full_round_makes_everything_now() {
        let f = fixture();
        assert_eq!(select(&f, true).now, f.pages.keys().collect::<Vec<_>>());
    }

    #[test]
    fn a_changed_key_makes_that_page() {
        let mut f = fixture();
        f.keys[RoundPageId::from(1)] = Some(99);
        f.keys[RoundPageId::from(3)] = Some(98);
        assert_eq!(select(&f, false).now, ids(&[1, 3, 5]));
    }

    #[test]
    fn a_new_page_is_made() {
        let mut f = fixture();
        f.made.remove("p2/index.html");
        assert_eq!(select(&f, false).now, ids(&[2, 5]));
    }

    #[test]
    fn failed_and_relinked_pages_are_made_again() {
        let mut f = fixture();
        f.failed.insert("p0/index.html".into());
        f.relinked[RoundPageId::from(4)] = true;
        assert_eq!(select(&f, false).now, ids(&[0, 4, 5]));
    }

    #[test]
    fn a_changed_template_makes_all_its_pages() {
        let mut f = fixture();
        f.changed.insert("entry.html");
        assert_eq!(select(&f, false).now, ids(&[0, 1, 2, 5]));
    }

    #[test]
    fn site_wide_changes_wait_until_after_the_reload() {
        let mut f = fixture();
        f.site_change.insert("list.html");
        f.site_change.insert("index.html");
        f.keys[RoundPageId::from(4)] = Some(31);
        let s = select(&f, false);
        // The home page's own key changed: now, not after.
        assert_eq!(
            s,
            Selection {
                now: ids(&[4, 5]),
                after: ids(&[3])
            }
        );
    }
}
