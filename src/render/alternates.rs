//! The same page in the site's other languages: what the language switch leads
//! to, and the `hreflang` links of a page's head and of the sitemap.

use tera::Value;

use super::context::Renderer;
use super::page::Page;
use super::value::{Obj, list};
use crate::lang::Lang;
use crate::site::urls::page_count;
use crate::site::{LangId, Site};

/// The page `page` is in language `l`, when that language has it: an entry's or
/// a static page's translation, or the same listing.
pub fn counterpart(site: &Site, page: Page, l: LangId) -> Option<Page> {
    let size = site.config.page_size;
    let has = |n: usize, p: usize| n > 0 && p <= page_count(n, size);
    match page {
        Page::Entry(i) => std::iter::once(i)
            .chain(site.entries[i].translations.iter().copied())
            .find(|&j| site.entry_tongue(j) == l)
            .map(Page::Entry),
        Page::Static(i) => std::iter::once(i)
            .chain(site.pages[i].translations.iter().copied())
            .find(|&j| site.page_tongue(j) == l)
            .map(Page::Static),
        Page::Year(from, y, p) => {
            let year = site.index_in(from).by_year[y].year;
            let ix = site.index_in(l);
            let y = ix.year_index(year)?;
            has(ix.by_year[y].entries.len(), p).then_some(Page::Year(l, y, p))
        }
        Page::Kind(_, k, p) => (p <= page_count(site.index_in(l).by_kind[k].len(), size))
            .then_some(Page::Kind(l, k, p)),
        Page::Department(_, d, p) => {
            has(site.index_in(l).by_department[d].len(), p).then_some(Page::Department(l, d, p))
        }
        Page::Tag(_, t, p) => {
            has(site.index_in(l).by_tag[t].len(), p).then_some(Page::Tag(l, t, p))
        }
        Page::Author(_, a) => site.author_shown_in(l, a).then_some(Page::Author(l, a)),
        _ => page.in_tongue(l),
    }
}

/// The folder of a page, as links name it (`ru/about/`), or its file when it is
/// not an `index.html`.
fn address(site: &Site, page: Page) -> String {
    let path = page.path(site);
    match path.strip_suffix("index.html") {
        Some(dir) => dir.to_string(),
        None => path,
    }
}

/// Each language's version of `page`, the page's own included, in the order of
/// the site's languages; empty on a site in one language.
pub fn alternates(site: &Site, page: Page) -> Vec<(Lang, String)> {
    if !site.config.multilingual() {
        return Vec::new();
    }
    (site.tongues.iter_enumerated())
        .filter_map(|(l, t)| Some((t.lang, address(site, counterpart(site, page, l)?))))
        .collect()
}

impl Renderer<'_> {
    /// The `languages` value of a page: the switch, each language with the page
    /// in it or else its home, and `alternates`, the page's versions for
    /// `hreflang` (only when there is more than the page itself).
    pub(super) fn languages_value(&self, page: Page) -> Value {
        let found = alternates(self.site, page);
        self.switch_value(&found, || address(self.site, page))
    }

    /// The `languages` value of a page the other languages have no version of
    /// (a year's catalogue or report), at `address`: each other language's
    /// switch leads to its home page. `None` on a site in one language.
    pub fn languages_of_own(&self, address: &str) -> Option<Value> {
        (self.site.config.multilingual()).then(|| self.switch_value(&[], || address.to_string()))
    }

    /// The switch to each language (`found`: the page in the languages that
    /// have it; `own`, its address) and the `hreflang` alternates.
    fn switch_value(&self, found: &[(Lang, String)], own: impl Fn() -> String) -> Value {
        let site = self.site;
        let switch = list(site.tongues.iter_enumerated().map(|(l, t)| {
            // The page's own language leads to the page itself, also where the
            // other languages have no version of it (a plan).
            // Elsewhere it leads to that language's home page, and says so.
            let (url, home) = match found.iter().find(|(lang, _)| *lang == t.lang) {
                Some((_, a)) => (a.clone(), false),
                None if l == self.tongue => (own(), false),
                None => (t.prefix.clone(), true),
            };
            Obj::new()
                .set("code", t.lang.code())
                .set("name", t.lang.autonym())
                .set("url", url)
                .set("current", l == self.tongue)
                .set("home", home)
                .build()
        }));
        let alternates = if found.len() > 1 {
            list(found.iter().map(|(lang, a)| {
                Obj::new()
                    .set("code", lang.code())
                    .set("url", a.as_str())
                    .set("canonical", self.canonical(a))
                    .build()
            }))
        } else {
            list(std::iter::empty())
        };
        Obj::new()
            .set("switch", switch)
            .set("alternates", alternates)
            .build()
    }
}
