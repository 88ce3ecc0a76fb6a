//! The pages of old addresses: a redirect to where the material is now, and the
//! page of a withdrawn one. Both work from any static host and from `file://`:
//! a redirect is a `<meta http-equiv="refresh">` with a visible link.

use tera::Context;

use crate::site::addresses::Target;
use crate::site::{RedirectId, WithdrawnId};

use super::context::Renderer;
use super::value::Obj;

impl Renderer<'_> {
    /// Where the redirect `r` leads: the page's folder and title.
    fn target(&self, r: RedirectId) -> (&str, &str) {
        let site = self.site;
        match site.redirects[r].to {
            Target::Entry(i) => (&site.entries[i].dir, &site.entries[i].doc.title),
            Target::Page(i) => (&site.pages[i].dir, &site.pages[i].doc.title),
        }
    }

    pub(super) fn redirect_page(&self, ctx: &mut Context, r: RedirectId) {
        let (dir, title) = self.target(r);
        ctx.insert_value(
            "redirect",
            Obj::new()
                .set("url", format!("{dir}index.html"))
                .set("title", title)
                .set("canonical", self.canonical(dir))
                .build(),
        );
    }

    pub(super) fn withdrawn_page(&self, ctx: &mut Context, w: WithdrawnId, dir: &str) {
        let title = self.t("withdrawn");
        let page = self
            .page_info(title, dir, vec![])
            .set("canonical", tera::Value::none());
        ctx.insert_value("page", page.build());
        ctx.insert_value(
            "withdrawn",
            Obj::new()
                .set("title", self.site.withdrawn[w].title.as_str())
                .build(),
        );
    }
}
