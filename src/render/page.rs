//! The pages made from templates: what each one is about, the template it is
//! rendered with and the file it is written to. The pipeline (`crate::pipeline`)
//! decides which of them a build makes.

use crate::config::kinds::KindId;
use crate::site::addresses::file_of;
use crate::site::plan::PlanId;
use crate::site::tongues::MAIN;
use crate::site::urls::{
    author_dir, department_dir, kind_dir, paged_dir, plan_dir, tag_dir, year_dir,
};
use crate::site::{
    AuthorId, DepartmentId, EntryId, LangId, PageId, RedirectId, Site, TagId, WithdrawnId, YearId,
};

/// One page rendered from a template. Listing pages count from 1. The pages every
/// language has name theirs (`LangId`); an entry's or a static page's language is
/// its own, and the rest are the main language's.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Page {
    /// The home page.
    Home(LangId),
    /// An entry's page.
    Entry(EntryId),
    /// A page of a kind's listing.
    Kind(LangId, KindId, usize),
    /// A page of an academic year's listing.
    Year(LangId, YearId, usize),
    /// A page of a department's listing.
    Department(LangId, DepartmentId, usize),
    /// A page of a tag's listing.
    Tag(LangId, TagId, usize),
    /// An author's portfolio.
    Author(LangId, AuthorId),
    /// The list of authors.
    Authors(LangId),
    /// The list of academic years.
    Years(LangId),
    /// The list of departments.
    Departments(LangId),
    /// The list of tags.
    Tags(LangId),
    /// A page of `content/pages/`.
    Static(PageId),
    /// A year's work plan.
    Plan(PlanId),
    /// The page web servers show for a missing address.
    NotFound(LangId),
    /// The Atom feed.
    Feed(LangId),
    /// `robots.txt`.
    Robots,
    /// The search page.
    Search(LangId),
    /// An old address of an entry or page, leading to it.
    Redirect(RedirectId),
    /// The address of a removed entry or page.
    Withdrawn(WithdrawnId),
}

/// The pages about the site as a whole in language `l`, one of each.
pub fn site_wide(l: LangId) -> [Page; 8] {
    [
        Page::Home(l),
        Page::Authors(l),
        Page::Years(l),
        Page::Departments(l),
        Page::Tags(l),
        Page::NotFound(l),
        Page::Feed(l),
        Page::Search(l),
    ]
}

impl Page {
    /// The language the page is in.
    pub fn tongue(self, site: &Site) -> LangId {
        match self {
            Page::Home(l)
            | Page::Kind(l, ..)
            | Page::Year(l, ..)
            | Page::Department(l, ..)
            | Page::Tag(l, ..)
            | Page::Author(l, _)
            | Page::Authors(l)
            | Page::Years(l)
            | Page::Departments(l)
            | Page::Tags(l)
            | Page::NotFound(l)
            | Page::Feed(l)
            | Page::Search(l) => l,
            Page::Entry(i) => site.entry_tongue(i),
            Page::Static(i) => site.page_tongue(i),
            // An old address says where the work went, or that it was withdrawn,
            // in the language of the section it was in.
            Page::Redirect(r) => site.address_tongue(&site.redirects[r].address),
            Page::Withdrawn(w) => site.address_tongue(&site.withdrawn[w].address),
            Page::Plan(_) | Page::Robots => MAIN,
        }
    }

    /// The same page in language `l`, for the pages every language has.
    pub fn in_tongue(self, l: LangId) -> Option<Page> {
        Some(match self {
            Page::Home(_) => Page::Home(l),
            Page::Kind(_, k, p) => Page::Kind(l, k, p),
            Page::Year(_, y, p) => Page::Year(l, y, p),
            Page::Department(_, d, p) => Page::Department(l, d, p),
            Page::Tag(_, t, p) => Page::Tag(l, t, p),
            Page::Author(_, a) => Page::Author(l, a),
            Page::Authors(_) => Page::Authors(l),
            Page::Years(_) => Page::Years(l),
            Page::Departments(_) => Page::Departments(l),
            Page::Tags(_) => Page::Tags(l),
            Page::NotFound(_) => Page::NotFound(l),
            Page::Feed(_) => Page::Feed(l),
            Page::Search(_) => Page::Search(l),
            _ => return None,
        })
    }

    /// The template the page is rendered with.
    pub fn template(self) -> &'static str {
        match self {
            Page::Home(_) => "index.html",
            Page::Entry(_) => "entry.html",
            Page::Kind(..) | Page::Year(..) | Page::Department(..) | Page::Tag(..) => "list.html",
            Page::Author(..) => "author.html",
            Page::Authors(_) => "authors.html",
            Page::Years(_) | Page::Departments(_) | Page::Tags(_) => "terms.html",
            Page::Static(_) => "page.html",
            Page::Plan(_) => "plan.html",
            Page::NotFound(_) => "404.html",
            Page::Feed(_) => "atom.xml",
            Page::Robots => "robots.txt",
            Page::Search(_) => "search.html",
            Page::Redirect(_) => "redirect.html",
            Page::Withdrawn(_) => "withdrawn.html",
        }
    }

    /// The file the page is written to, site-relative.
    pub fn path(self, site: &Site) -> String {
        let listing = |base: String, p: usize| format!("{}index.html", paged_dir(&base, p));
        let at = |l: LangId, rest: &str| format!("{}{rest}", site.prefix(l));
        match self {
            Page::Home(l) => at(l, "index.html"),
            Page::Entry(i) => format!("{}index.html", site.entries[i].dir),
            Page::Kind(l, k, p) => listing(kind_dir(site, l, k), p),
            Page::Year(l, y, p) => listing(year_dir(site, l, y), p),
            Page::Department(l, d, p) => listing(department_dir(site, l, d), p),
            Page::Tag(l, t, p) => listing(tag_dir(site, l, t), p),
            Page::Author(l, a) => format!("{}index.html", author_dir(site, l, a)),
            Page::Authors(l) => at(l, "authors/index.html"),
            Page::Years(l) => at(l, "years/index.html"),
            Page::Departments(l) => at(l, "departments/index.html"),
            Page::Tags(l) => at(l, "tags/index.html"),
            Page::Static(i) => format!("{}index.html", site.pages[i].dir),
            Page::Plan(p) => format!("{}index.html", plan_dir(site.plans[p].year)),
            Page::NotFound(l) => at(l, "404.html"),
            Page::Feed(l) => at(l, "atom.xml"),
            Page::Robots => "robots.txt".into(),
            Page::Search(l) => at(l, "search/index.html"),
            Page::Redirect(r) => file_of(&site.redirects[r].address),
            Page::Withdrawn(w) => file_of(&site.withdrawn[w].address),
        }
    }

    /// Whether the page belongs in the sitemap (pages people read, not the
    /// feed, robots.txt, the 404 page or old addresses).
    pub fn in_sitemap(self) -> bool {
        !matches!(
            self,
            Page::NotFound(_)
                | Page::Feed(_)
                | Page::Robots
                | Page::Redirect(_)
                | Page::Withdrawn(_)
        )
    }
}
