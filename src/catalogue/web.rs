//! The catalogue's web page: the context of the theme's `catalogue.html`.

use tera::{Context, Value};

use crate::diagnostics::Diagnostic;
use crate::paths::root_prefix;
use crate::render::chart::bar_chart;
use crate::render::context::Renderer;
use crate::render::prepared::photo;
use crate::render::value::{Obj, list, safe};
use crate::site::urls::{catalogue_dir, section_of};
use crate::site::{AuthorId, Site};

use super::model::{Catalogue, Exhibit};

/// Leaves out a first heading of `html` that repeats `title` (a foreword that starts
/// with «## Алғы сөз» under the page's own «Алғы сөз»).
fn without_repeated_heading(html: &str, title: &str) -> String {
    let t = html.trim_start();
    if t.starts_with("<h")
        && let Some(end) = t.find("</h")
        && let Some(close) = t[end..].find('>')
    {
        let inner = &t[..end];
        let text: String = {
            let mut out = String::new();
            let mut tag = false;
            for c in inner.chars() {
                match c {
                    '<' => tag = true,
                    '>' => tag = false,
                    c if !tag => out.push(c),
                    _ => {}
                }
            }
            out
        };
        if text.trim().to_lowercase() == title.trim().to_lowercase() {
            return t[end + close + 1..].to_string();
        }
    }
    html.to_string()
}

/// Where an author's portfolio is, from the catalogue's page.
fn author_url(site: &Site, a: AuthorId) -> String {
    format!("authors/{}/index.html", site.authors[a].id)
}

/// One exhibit as the catalogue page's template sees it.
fn exhibit(site: &Site, ex: &Exhibit) -> Value {
    let e = &site.entries[ex.entry];
    Obj::new()
        .set("number", ex.number)
        .set("title", ex.title.as_str())
        .set("url", ex.page.as_str())
        .set_opt("link", ex.url.as_deref())
        .set("lang", ex.lang.code())
        .set(
            "authors",
            list(ex.authors.iter().map(|a| {
                Obj::new()
                    .set("name", a.name.as_str())
                    .set("url", author_url(site, a.index))
                    .set_opt("category", a.category.as_deref())
                    .build()
            })),
        )
        .set_opt("department", ex.department.as_deref())
        .set("date", ex.date.as_str())
        .set("date_iso", e.date.iso_date())
        .set(
            "details",
            list(ex.details.iter().map(|d| {
                Obj::new()
                    .set("label", d.label.as_str())
                    .set("value", d.value.as_str())
                    .build()
            })),
        )
        .set_opt("summary", ex.summary.as_deref())
        .set_opt("cover", e.cover.as_deref().map(crate::paths::escape_path))
        .set_opt("cover_photo", ex.cover_photo.as_ref().map(photo))
        .build()
}

/// The template context of a year's catalogue page.
pub fn context(r: &Renderer, cat: &Catalogue, diags: &mut Vec<Diagnostic>) -> Context {
    let site = cat.site;
    let cfg = &site.config;
    let dir = catalogue_dir(cat.year);
    let root = root_prefix(&dir);
    let mut ctx = Context::new();
    ctx.insert("root", &root);
    let title = format!("{} {}", cat.title(), cat.year.label());
    if let Some(languages) = r.languages_of_own(&dir) {
        ctx.insert_value("languages", languages);
    }
    ctx.insert_value(
        "page",
        Obj::new()
            .set("title", title.as_str())
            .set("dir", dir.as_str())
            .set("section", section_of(site.prefix(r.tongue), &dir))
            .set(
                "canonical",
                match &cfg.base_url {
                    Some(b) => Value::from(format!("{b}{dir}")),
                    None => Value::none(),
                },
            )
            .set(
                "breadcrumbs",
                list([Obj::new()
                    .set("title", cat.t("home"))
                    .set("url", "index.html")
                    .build()]),
            )
            .build(),
    );
    let foreword = cat.foreword.map(|d| {
        safe(&without_repeated_heading(
            &r.render_markdown(d, &dir, Some(cat.year), diags),
            cat.t("catalogue_foreword"),
        ))
    });
    let groups = list(cat.groups.iter().map(|g| {
        Obj::new()
            .set("id", g.id.as_str())
            .set("title", g.title.as_str())
            .set("count", g.exhibits.len())
            .set(
                "exhibits",
                list(g.exhibits.iter().map(|ex| exhibit(site, ex))),
            )
            .build()
    }));
    let f = &cat.figures;
    let charts = list(f.charts().into_iter().map(|(key, items)| {
        let t = cat.t(key);
        Obj::new()
            .set("title", t)
            .set("svg", safe(&bar_chart(t, items, false)))
            .build()
    }));
    let index = list(cat.author_index.iter().map(|a| {
        Obj::new()
            .set("name", a.name.as_str())
            .set("url", author_url(site, a.author))
            .set("numbers", list(a.numbers.iter().map(|&n| Value::from(n))))
            .build()
    }));
    let years = list(site.index.by_year.iter().map(|y| {
        Obj::new()
            .set("title", y.year.label())
            .set("url", format!("{}index.html", catalogue_dir(y.year)))
            .set("current", y.year == cat.year)
            .build()
    }));
    ctx.insert_value(
        "catalogue",
        Obj::new()
            .set("title", cat.title())
            .set("year", cat.year.label())
            .set("slug", cat.year.slug())
            .set_opt("approved_by", cfg.catalogue.approved_by.as_deref())
            .set("pdf", "catalogue.pdf")
            .set_opt("labels", (!cat.is_empty()).then_some("labels.pdf"))
            .set_opt(
                "certificates",
                (!cat.is_empty()).then_some("certificates.pdf"),
            )
            .set_opt("foreword", foreword)
            .set("count", cat.len())
            .set("authors_count", f.authors)
            .set("charts", charts)
            .set("groups", groups)
            .set("author_index", index)
            .set("years", years)
            .build(),
    );
    ctx
}
