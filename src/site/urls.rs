//! The site-relative folders of the model's listings: where a kind, a year, a
//! department, a tag, an author or a year's catalogue is published. Pages, the
//! sitemap and the catalogue all link through these.

use crate::config::kinds::KindId;
use crate::lang::dates::AcademicYear;

use super::{AuthorId, DepartmentId, LangId, Site, TagId, YearId};

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

/// The top folder of the site's part a page in `dir` belongs to, within its
/// language's `prefix`: `ru/seminars/` for `ru/seminars/slug/`, `""` for the home
/// page. Themes mark the menu's current item by it: one comparison per item
/// instead of a prefix test, on every page.
pub fn section_of<'d>(prefix: &str, dir: &'d str) -> &'d str {
    let within = dir.strip_prefix(prefix).map_or(0, |_| prefix.len());
    match dir[within..].find('/') {
        Some(end) => &dir[..within + end + 1],
        None => &dir[..within],
    }
}

/// `seminars/` (`ru/seminars/` in Russian): the listing of kind `k` in language `l`.
pub fn kind_dir(site: &Site, l: LangId, k: KindId) -> String {
    format!("{}{}/", site.prefix(l), site.config.kinds[k].folder)
}

/// `years/2025-2026/`: the listing of academic year `y` of language `l`.
pub fn year_dir(site: &Site, l: LangId, y: YearId) -> String {
    let year = site.index_in(l).by_year[y].year.slug();
    format!("{}years/{year}/", site.prefix(l))
}

/// `departments/<id>/`.
pub fn department_dir(site: &Site, l: LangId, d: DepartmentId) -> String {
    format!("{}departments/{}/", site.prefix(l), site.departments[d].id)
}

/// `tags/<slug>/`.
pub fn tag_dir(site: &Site, l: LangId, t: TagId) -> String {
    format!("{}tags/{}/", site.prefix(l), site.tags[t].slug)
}

/// `authors/<id>/`: an author's portfolio.
pub fn author_dir(site: &Site, l: LangId, a: AuthorId) -> String {
    // An author language `l` hides has the page of the site's first language.
    let l = if site.author_shown_in(l, a) {
        l
    } else {
        super::tongues::MAIN
    };
    format!("{}authors/{}/", site.prefix(l), site.authors[a].id)
}

/// The file name of an author's portfolio as a PDF, in their portfolio's folder.
pub const PORTFOLIO_PDF: &str = "portfolio.pdf";

/// `catalogue/2025-2026/`: a year's exhibition catalogue.
pub fn catalogue_dir(year: AcademicYear) -> String {
    format!("catalogue/{}/", year.slug())
}

/// `plan/2025-2026/`: a year's work plan.
pub fn plan_dir(year: AcademicYear) -> String {
    format!("plan/{}/", year.slug())
}

/// `report/2025-2026/`: a year's report.
pub fn report_dir(year: AcademicYear) -> String {
    format!("report/{}/", year.slug())
}

#[cfg(test)]
mod tests {
    use super::section_of;

    #[test]
    fn a_pages_section_is_its_top_folder_within_its_language() {
        assert_eq!(section_of("", ""), "");
        assert_eq!(section_of("", "seminars/"), "seminars/");
        assert_eq!(section_of("", "seminars/slug/"), "seminars/");
        assert_eq!(section_of("", "tags/page/2/"), "tags/");
        assert_eq!(section_of("ru/", "ru/"), "ru/");
        assert_eq!(section_of("ru/", "ru/seminars/slug/"), "ru/seminars/");
        // Pages every language shares live outside the prefix.
        assert_eq!(section_of("ru/", "catalogue/2025-2026/"), "catalogue/");
    }
}
