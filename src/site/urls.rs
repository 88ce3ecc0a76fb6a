//! The site-relative folders of the model's listings: where a kind, a year, a
//! department, a tag, an author or a year's catalogue is published. Pages, the
//! sitemap and the catalogue all link through these.

use crate::config::kinds::KindId;
use crate::lang::dates::AcademicYear;

use super::{AuthorId, DepartmentId, Site, TagId, YearId};

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

/// `seminars/`: the listing of kind `k`.
pub fn kind_dir(site: &Site, k: KindId) -> String {
    format!("{}/", site.config.kinds[k].folder)
}

/// `years/2025-2026/`: the listing of academic year `y`.
pub fn year_dir(site: &Site, y: YearId) -> String {
    format!("years/{}/", site.index.by_year[y].year.slug())
}

/// `departments/<id>/`.
pub fn department_dir(site: &Site, d: DepartmentId) -> String {
    format!("departments/{}/", site.departments[d].id)
}

/// `tags/<slug>/`.
pub fn tag_dir(site: &Site, t: TagId) -> String {
    format!("tags/{}/", site.tags[t].slug)
}

/// `authors/<id>/`: an author's portfolio.
pub fn author_dir(site: &Site, a: AuthorId) -> String {
    format!("authors/{}/", site.authors[a].id)
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
