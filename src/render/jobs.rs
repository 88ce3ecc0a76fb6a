//! The list of files a build writes, each an independent job.

use crate::site::Site;

/// One output file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Job {
    Home,
    Entry(usize),
    /// A page of a kind's listing (pages count from 1).
    Kind(usize, usize),
    Year(usize, usize),
    Department(usize, usize),
    Tag(usize, usize),
    Author(usize),
    Authors,
    Years,
    Departments,
    Tags,
    Page(usize),
    NotFound,
    Feed,
    Sitemap,
    Robots,
    Search,
}

/// How many pages a listing of `n` entries takes.
pub fn page_count(n: usize, size: usize) -> usize {
    n.div_ceil(size).max(1)
}

/// The site-relative folder of page `page` of the listing at `base` (`seminars/`).
pub fn paged_dir(base: &str, page: usize) -> String {
    if page <= 1 {
        base.to_string()
    } else {
        format!("{base}page/{page}/")
    }
}

/// The pages about the site as a whole, one of each.
pub const SITE_WIDE: [Job; 10] = [
    Job::Home,
    Job::Authors,
    Job::Years,
    Job::Departments,
    Job::Tags,
    Job::NotFound,
    Job::Feed,
    Job::Sitemap,
    Job::Robots,
    Job::Search,
];

pub fn all_jobs(site: &Site) -> Vec<Job> {
    let size = site.config.page_size;
    let ix = &site.index;
    let mut jobs = SITE_WIDE.to_vec();
    jobs.extend((0..site.entries.len()).map(Job::Entry));
    for (k, list) in ix.by_kind.iter().enumerate() {
        jobs.extend((1..=page_count(list.len(), size)).map(|p| Job::Kind(k, p)));
    }
    for (y, (_, list)) in ix.by_year.iter().enumerate() {
        jobs.extend((1..=page_count(list.len(), size)).map(|p| Job::Year(y, p)));
    }
    for (d, list) in ix.by_department.iter().enumerate() {
        if !list.is_empty() {
            jobs.extend((1..=page_count(list.len(), size)).map(|p| Job::Department(d, p)));
        }
    }
    for (t, list) in ix.by_tag.iter().enumerate() {
        jobs.extend((1..=page_count(list.len(), size)).map(|p| Job::Tag(t, p)));
    }
    jobs.extend((0..site.authors.len()).map(Job::Author));
    jobs.extend((0..site.pages.len()).map(Job::Page));
    jobs
}

/// Site-relative URL paths of the listings.
pub fn kind_dir(site: &Site, k: usize) -> String {
    format!("{}/", site.config.kinds[k].folder)
}

pub fn year_dir(site: &Site, y: usize) -> String {
    format!("years/{}/", site.index.by_year[y].0.slug())
}

pub fn department_dir(site: &Site, d: usize) -> String {
    format!("departments/{}/", site.departments[d].id)
}

pub fn tag_dir(site: &Site, t: usize) -> String {
    format!("tags/{}/", site.tags[t].slug)
}

pub fn author_dir(site: &Site, a: usize) -> String {
    format!("authors/{}/", site.authors[a].id)
}

/// The output file a job writes, site-relative.
pub fn output_path(site: &Site, job: Job) -> String {
    match job {
        Job::Home => "index.html".into(),
        Job::Entry(i) => format!("{}index.html", site.entries[i].dir),
        Job::Kind(k, p) => format!("{}index.html", paged_dir(&kind_dir(site, k), p)),
        Job::Year(y, p) => format!("{}index.html", paged_dir(&year_dir(site, y), p)),
        Job::Department(d, p) => format!("{}index.html", paged_dir(&department_dir(site, d), p)),
        Job::Tag(t, p) => format!("{}index.html", paged_dir(&tag_dir(site, t), p)),
        Job::Author(a) => format!("{}index.html", author_dir(site, a)),
        Job::Authors => "authors/index.html".into(),
        Job::Years => "years/index.html".into(),
        Job::Departments => "departments/index.html".into(),
        Job::Tags => "tags/index.html".into(),
        Job::Page(i) => format!("{}index.html", site.pages[i].dir),
        Job::NotFound => "404.html".into(),
        Job::Feed => "atom.xml".into(),
        Job::Sitemap => "sitemap.xml".into(),
        Job::Robots => "robots.txt".into(),
        Job::Search => "search/index.html".into(),
    }
}
