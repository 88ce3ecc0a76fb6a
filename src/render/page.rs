//! The pages made from templates: what each one is about, the template it is
//! rendered with and the file it is written to. The pipeline (`crate::pipeline`)
//! decides which of them a build makes.

use crate::config::kinds::KindId;
use crate::site::addresses::file_of;
use crate::site::plan::PlanId;
use crate::site::urls::{
    author_dir, department_dir, kind_dir, paged_dir, plan_dir, tag_dir, year_dir,
};
use crate::site::{
    AuthorId, DepartmentId, EntryId, PageId, RedirectId, Site, TagId, WithdrawnId, YearId,
};

/// One page rendered from a template. Listing pages count from 1.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Page {
    /// The home page.
    Home,
    /// An entry's page.
    Entry(EntryId),
    /// A page of a kind's listing.
    Kind(KindId, usize),
    /// A page of an academic year's listing.
    Year(YearId, usize),
    /// A page of a department's listing.
    Department(DepartmentId, usize),
    /// A page of a tag's listing.
    Tag(TagId, usize),
    /// An author's portfolio.
    Author(AuthorId),
    /// The list of authors.
    Authors,
    /// The list of academic years.
    Years,
    /// The list of departments.
    Departments,
    /// The list of tags.
    Tags,
    /// A page of `content/pages/`.
    Static(PageId),
    /// A year's work plan.
    Plan(PlanId),
    /// The page web servers show for a missing address.
    NotFound,
    /// The Atom feed.
    Feed,
    /// `robots.txt`.
    Robots,
    /// The search page.
    Search,
    /// An old address of an entry or page, leading to it.
    Redirect(RedirectId),
    /// The address of a removed entry or page.
    Withdrawn(WithdrawnId),
}

/// The pages about the site as a whole, one of each.
pub const SITE_WIDE: [Page; 9] = [
    Page::Home,
    Page::Authors,
    Page::Years,
    Page::Departments,
    Page::Tags,
    Page::NotFound,
    Page::Feed,
    Page::Robots,
    Page::Search,
];

impl Page {
    /// The template the page is rendered with.
    pub fn template(self) -> &'static str {
        match self {
            Page::Home => "index.html",
            Page::Entry(_) => "entry.html",
            Page::Kind(..) | Page::Year(..) | Page::Department(..) | Page::Tag(..) => "list.html",
            Page::Author(_) => "author.html",
            Page::Authors => "authors.html",
            Page::Years | Page::Departments | Page::Tags => "terms.html",
            Page::Static(_) => "page.html",
            Page::Plan(_) => "plan.html",
            Page::NotFound => "404.html",
            Page::Feed => "atom.xml",
            Page::Robots => "robots.txt",
            Page::Search => "search.html",
            Page::Redirect(_) => "redirect.html",
            Page::Withdrawn(_) => "withdrawn.html",
        }
    }

    /// The file the page is written to, site-relative.
    pub fn path(self, site: &Site) -> String {
        let listing = |base: String, p: usize| format!("{}index.html", paged_dir(&base, p));
        match self {
            Page::Home => "index.html".into(),
            Page::Entry(i) => format!("{}index.html", site.entries[i].dir),
            Page::Kind(k, p) => listing(kind_dir(site, k), p),
            Page::Year(y, p) => listing(year_dir(site, y), p),
            Page::Department(d, p) => listing(department_dir(site, d), p),
            Page::Tag(t, p) => listing(tag_dir(site, t), p),
            Page::Author(a) => format!("{}index.html", author_dir(site, a)),
            Page::Authors => "authors/index.html".into(),
            Page::Years => "years/index.html".into(),
            Page::Departments => "departments/index.html".into(),
            Page::Tags => "tags/index.html".into(),
            Page::Static(i) => format!("{}index.html", site.pages[i].dir),
            Page::Plan(p) => format!("{}index.html", plan_dir(site.plans[p].year)),
            Page::NotFound => "404.html".into(),
            Page::Feed => "atom.xml".into(),
            Page::Robots => "robots.txt".into(),
            Page::Search => "search/index.html".into(),
            Page::Redirect(r) => file_of(&site.redirects[r].address),
            Page::Withdrawn(w) => file_of(&site.withdrawn[w].address),
        }
    }

    /// Whether the page belongs in the sitemap (pages people read, not the
    /// feed, robots.txt, the 404 page or old addresses).
    pub fn in_sitemap(self) -> bool {
        !matches!(
            self,
            Page::NotFound | Page::Feed | Page::Robots | Page::Redirect(_) | Page::Withdrawn(_)
        )
    }
}
