//! What each page's template sees. Values shared by many pages (the site summary,
//! UI strings, entry cards) are built once; a page's context holds handles to them.

use crate::lang::dates::{AcademicYear, DateFormatter};
use tera::{Context, Tera, Value};
use typed_index_collections::TiVec;

use crate::diagnostics::Diagnostic;
use crate::lang::Lang;
use crate::lang::strings::Strings;
use crate::markdown::{self, Links};
use crate::paths::root_prefix;
use crate::site::urls::{self, page_count, paged_dir};
use crate::site::{Doc, Entry, EntryId, Indexes, LangId, PageId, Site};

use super::figures::FiguresBlocks;
use super::page::Page;
use super::prepared::{Prepared, link};
use super::ui;
use super::value::{Obj, list, safe};

/// Related entries shown on an entry page.
pub const RELATED: usize = 5;
/// Entries on the home page.
const LATEST: usize = 6;
/// Highlights of the current academic year on the home page.
const HIGHLIGHTS: usize = 3;
/// At most this many entries marked `featured: true` on the home page.
const FEATURED: usize = 6;

/// A page as the sitemap lists it.
#[derive(Debug, Clone)]
pub struct SitemapPage {
    /// Its site-relative folder.
    pub dir: String,
    /// The date it last changed, when known.
    pub lastmod: Option<String>,
    /// Its versions in each language (code, folder), itself included; empty
    /// when it has none in another.
    pub alternates: Vec<(Lang, String)>,
}

/// Makes the template context of each page of a site.
pub struct Renderer<'a> {
    /// The model the pages show.
    pub site: &'a Site,
    /// The UI strings in the site's language.
    pub strings: &'a Strings,
    /// Values shared by many pages, built once.
    pub prepared: Prepared,
    /// What the search index keeps of each entry, made as entry pages are
    /// rendered when [`Renderer::search`] is set.
    pub(super) search_docs: TiVec<EntryId, std::sync::OnceLock<crate::search::SearchDoc>>,
    /// The search index's words and bodies, when this renderer feeds the index.
    pub search: Option<std::sync::Arc<crate::search::State>>,
    /// Dates in the renderer's language.
    pub(super) dates: DateFormatter,
    /// The language of the pages this renderer makes.
    pub tongue: LangId,
    /// The renderers of the site's other languages (on the main one only).
    others: Vec<Renderer<'a>>,
}

impl<'a> Renderer<'a> {
    /// A renderer of the pages in language `l` (`strings` are that language's)
    /// that prepares the shared values of `site` afresh.
    pub fn new(site: &'a Site, strings: &'a Strings, tera: Tera, l: LangId) -> Self {
        Self::with(site, strings, Prepared::new(site, strings, tera, l))
    }

    /// The renderer of every language of `site`: `strings` in the main language,
    /// `others` in the others, in order.
    pub fn for_site(
        site: &'a Site,
        strings: &'a Strings,
        others: &'a [Strings],
        tera: Tera,
    ) -> Self {
        let mut main = Self::new(site, strings, tera.clone(), crate::site::tongues::MAIN);
        main.others = (others.iter().enumerate())
            .map(|(n, s)| Self::new(site, s, tera.clone(), LangId::from(n + 1)))
            .collect();
        main
    }

    /// The renderer of every language over values prepared from this same model
    /// earlier ([`Self::into_prepared`]).
    pub fn for_site_with(
        site: &'a Site,
        strings: &'a Strings,
        others: &'a [Strings],
        mut prepared: Vec<Prepared>,
    ) -> Self {
        let rest = prepared.split_off(1);
        let main = prepared.pop().expect("the main language's values");
        let mut r = Self::with(site, strings, main);
        r.others = (others.iter().zip(rest))
            .map(|(s, p)| Self::with(site, s, p))
            .collect();
        r
    }

    /// The UI strings of each language, the main one first.
    pub fn all_strings(&self) -> Vec<&'a Strings> {
        std::iter::once(self.strings)
            .chain(self.others.iter().map(|o| o.strings))
            .collect()
    }

    /// The renderer of language `l`.
    pub fn of(&self, l: LangId) -> &Renderer<'a> {
        match usize::from(l).checked_sub(1) {
            Some(n) if l != self.tongue => &self.others[n],
            _ => self,
        }
    }

    /// The renderer of the language `page` is in.
    pub fn of_page(&self, page: Page) -> &Renderer<'a> {
        self.of(page.tongue(self.site))
    }

    /// Sets the search index's state that entry pages feed, in every language.
    pub fn set_search(&mut self, state: Option<std::sync::Arc<crate::search::State>>) {
        for o in &mut self.others {
            o.search.clone_from(&state);
        }
        self.search = state;
    }

    /// A renderer over values prepared from this same model earlier.
    pub fn with(site: &'a Site, strings: &'a Strings, prepared: Prepared) -> Self {
        let tongue = prepared.tongue;
        Renderer {
            others: Vec::new(),
            tongue,
            site,
            strings,
            prepared,
            search_docs: site
                .entries
                .iter()
                .map(|_| std::sync::OnceLock::new())
                .collect(),
            search: None,
            dates: DateFormatter::new(site.tongues[tongue].lang),
        }
    }

    /// The renderer's language.
    pub fn lang(&self) -> Lang {
        self.site.tongues[self.tongue].lang
    }

    /// The listings of the renderer's language.
    pub fn ix(&self) -> &'a Indexes {
        self.site.index_in(self.tongue)
    }

    /// Whether the renderer's listings show entry `i`.
    pub fn listed(&self, i: EntryId) -> bool {
        self.site.tongues[self.tongue].listed[i]
    }

    /// `path` under the renderer's language's folder.
    pub fn at(&self, path: &str) -> String {
        format!("{}{path}", self.site.prefix(self.tongue))
    }

    /// Gives back the prepared values of each language, for `ozyq serve` to keep
    /// for the next rebuild.
    pub fn into_prepared(self) -> Vec<Prepared> {
        let mut all = vec![self.prepared];
        all.extend(self.others.into_iter().map(|o| o.prepared));
        all
    }

    /// The prepared values of each language, to refresh in place.
    pub fn prepared_mut(&mut self) -> impl Iterator<Item = &mut Prepared> {
        std::iter::once(&mut self.prepared).chain(self.others.iter_mut().map(|o| &mut o.prepared))
    }

    /// What shows fields in the site's language.
    pub fn field_words(&self) -> super::fields::FieldWords<'_> {
        super::fields::FieldWords {
            site: self.site,
            strings: self.strings,
            lang: self.lang(),
            dates: &self.dates,
            tongue: self.tongue,
        }
    }

    /// The templates pages are rendered with.
    pub fn tera(&self) -> &Tera {
        &self.prepared.tera
    }

    pub(super) fn t<'s>(&'s self, key: &'s str) -> &'s str {
        ui(self.strings, key)
    }

    pub(super) fn canonical(&self, dir: &str) -> Value {
        match &self.site.config.base_url {
            Some(b) => Value::from(format!("{b}{dir}")),
            None => Value::none(),
        }
    }

    /// The `page` value of a page titled `title` in `dir`, under `crumbs`.
    pub fn page_info(&self, title: &str, dir: &str, crumbs: Vec<Value>) -> Obj {
        Obj::new()
            .set("title", title)
            .set("dir", dir)
            .set(
                "section",
                urls::section_of(self.site.prefix(self.tongue), dir),
            )
            .set("canonical", self.canonical(dir))
            .set("breadcrumbs", list(crumbs))
    }

    /// The breadcrumb of the home page.
    pub fn home_crumb(&self) -> Value {
        link(self.t("home"), self.at("index.html"))
    }

    /// What the search index keeps of each entry: `None` for the entries whose
    /// page was not rendered by this renderer (or all, without [`Self::search`]).
    pub fn search_docs(&mut self) -> TiVec<EntryId, Option<crate::search::SearchDoc>> {
        let mut docs: TiVec<EntryId, Option<crate::search::SearchDoc>> = self
            .search_docs
            .iter_mut()
            .map(std::sync::OnceLock::take)
            .collect();
        // Each entry's page is made by its own language's renderer.
        for o in &mut self.others {
            for (d, mine) in docs.iter_mut().zip(o.search_docs.iter_mut()) {
                if let Some(doc) = mine.take() {
                    *d = Some(doc);
                }
            }
        }
        docs
    }

    pub(super) fn render_doc(
        &self,
        doc: &Doc,
        dir: &str,
        diags: &mut Vec<Diagnostic>,
    ) -> markdown::Rendered {
        self.render_doc_text(doc, dir, None, 0, diags)
    }

    /// A Markdown document as HTML for a page in `dir`, its links rewritten; its
    /// figures blocks count `year` unless they name one (all years when `None`).
    pub fn render_markdown(
        &self,
        doc: &Doc,
        dir: &str,
        year: Option<AcademicYear>,
        diags: &mut Vec<Diagnostic>,
    ) -> String {
        self.render_doc_text(doc, dir, year, 0, diags).html
    }

    pub(super) fn render_doc_text(
        &self,
        doc: &Doc,
        dir: &str,
        year: Option<AcademicYear>,
        text_limit: usize,
        diags: &mut Vec<Diagnostic>,
    ) -> markdown::Rendered {
        let blocks = FiguresBlocks {
            site: self.site,
            strings: self.strings,
            year,
        };
        let links = Links {
            source: &doc.source,
            page_dir: dir,
            page_of_source: &self.site.page_of_source,
            asset_dest: &self.site.asset_dest,
            failed_sources: &self.site.failed_sources,
            table_label: self.t("table"),
            task_done: self.t("task_done"),
            task_todo: self.t("task_todo"),
            footnotes: self.t("footnotes"),
            footnote_back: self.t("footnote_back"),
            raw_html: self.site.config.markdown.raw_html,
            blocks: doc.figures.then_some(&blocks as &dyn markdown::Blocks),
            photos: Some(&self.site.photos),
        };
        markdown::render(&doc.body, doc.body_line, &links, text_limit, diags)
    }

    /// The template and context of one job.
    pub fn context(&self, job: Page, diags: &mut Vec<Diagnostic>) -> (&'static str, Context) {
        let site = self.site;
        let ix = self.ix();
        let mut ctx = Context::new();
        let path = job.path(site);
        let dir = path
            .rsplit_once('/')
            .map(|(d, _)| format!("{d}/"))
            .unwrap_or_default();
        ctx.insert("root", &root_prefix(&dir));
        let template = match job {
            Page::Home(_) => {
                self.home(&mut ctx, diags);
                "index.html"
            }
            Page::Entry(i) => {
                self.entry_page(&mut ctx, i, diags);
                "entry.html"
            }
            Page::Kind(..) | Page::Year(..) | Page::Department(..) | Page::Tag(..) => {
                self.listing_page(&mut ctx, job, &dir, diags);
                "list.html"
            }
            Page::Author(_, a) => {
                ctx.insert_value(
                    "page",
                    self.page_info(
                        site.authors[a].name_in(self.lang()),
                        &dir,
                        vec![
                            self.home_crumb(),
                            link(self.t("authors"), self.at("authors/index.html")),
                        ],
                    )
                    .build(),
                );
                ctx.insert_value("author", self.author_value(a));
                "author.html"
            }
            Page::Authors(_) => {
                ctx.insert_value(
                    "page",
                    self.page_info(self.t("authors"), &dir, vec![self.home_crumb()])
                        .build(),
                );
                ctx.insert_value("groups", self.author_groups());
                "authors.html"
            }
            Page::Years(_) => {
                let items = list(self.prepared.year_refs.iter().cloned());
                self.terms(&mut ctx, self.t("years"), &dir, items);
                "terms.html"
            }
            Page::Departments(_) => {
                let items = list(
                    self.prepared
                        .department_refs
                        .iter_enumerated()
                        .filter(|(d, _)| !ix.by_department[*d].is_empty())
                        .map(|(_, v)| v.clone()),
                );
                self.terms(&mut ctx, self.t("departments"), &dir, items);
                "terms.html"
            }
            Page::Tags(_) => {
                let items = self.tag_terms();
                self.terms(&mut ctx, self.t("tags"), &dir, items);
                "terms.html"
            }
            Page::Static(i) => {
                self.static_page(&mut ctx, i, diags);
                "page.html"
            }
            Page::Plan(p) => {
                self.plan_page(&mut ctx, p, &dir);
                "plan.html"
            }
            Page::NotFound(_) => {
                self.not_found_page(&mut ctx);
                "404.html"
            }
            Page::Feed(_) => {
                self.feed(&mut ctx);
                "atom.xml"
            }
            Page::Robots => "robots.txt",
            Page::Redirect(r) => {
                self.redirect_page(&mut ctx, r);
                "redirect.html"
            }
            Page::Withdrawn(w) => {
                self.withdrawn_page(&mut ctx, w, &dir);
                "withdrawn.html"
            }
            Page::Search(_) => {
                ctx.insert_value(
                    "page",
                    self.page_info(self.t("search"), &dir, vec![self.home_crumb()])
                        .build(),
                );
                "search.html"
            }
        };
        if site.config.multilingual() {
            ctx.insert_value("languages", self.languages_value(job));
        }
        (template, ctx)
    }

    /// The values of the 404 page.
    fn not_found_page(&self, ctx: &mut Context) {
        let site = self.site;
        // Web servers show this page at any missing URL, however deep: its
        // links are resolved from the site's own path.
        let page = self
            .page_info(self.t("not_found"), "", vec![])
            .set("canonical", Value::none());
        ctx.insert_value("page", page.build());
        if let Some(path) = site.config.base_url.as_deref().map(url_path) {
            ctx.insert("root", &path);
        }
        ctx.insert("in_root", &self.at(""));
        // A server shows the main language's page at every missing URL,
        // `ru/…` too: it says so in the other languages as well.
        let elsewhere = self.others.iter().map(|o| {
            Obj::new()
                .set("code", o.lang().code())
                .set("not_found", o.t("not_found"))
                .set("back_home", o.t("back_home"))
                .set("url", o.at("index.html"))
                .build()
        });
        ctx.insert_value("elsewhere", list(elsewhere));
    }

    /// The tags with entries in the renderer's language, in its alphabetical order.
    fn tag_terms(&self) -> Value {
        let (site, ix, l) = (self.site, self.ix(), self.tongue);
        let mut order: Vec<_> = site.tags.iter_enumerated().collect();
        if l != crate::site::tongues::MAIN {
            let c = crate::lang::collation::KazakhCollator::of(self.lang());
            order.sort_by(|a, b| c.compare(&a.1.name, &b.1.name));
        }
        list(
            (order.into_iter())
                .filter(|(t, _)| !ix.by_tag[*t].is_empty())
                .map(|(t, tag)| {
                    Obj::new()
                        .set("title", tag.name.as_str())
                        .set_opt("lang", super::prepared::other_lang(&tag.name, self.lang()))
                        .set("url", format!("{}index.html", urls::tag_dir(site, l, t)))
                        .set("count", ix.by_tag[t].len())
                        .build()
                }),
        )
    }

    /// An entry's page: its place under its kind, and the entry.
    fn entry_page(&self, ctx: &mut Context, i: EntryId, diags: &mut Vec<Diagnostic>) {
        let site = self.site;
        let e = &site.entries[i];
        let crumbs = vec![
            self.home_crumb(),
            link(
                site.kind(e).plural.get(self.lang()),
                format!("{}index.html", urls::kind_dir(site, self.tongue, e.kind)),
            ),
        ];
        let mut info = self
            .page_info(&e.doc.title, &e.dir, crumbs)
            .set("lang", e.lang.code());
        if let Some(s) = &e.summary {
            info = info.set("description", s.as_str());
        }
        ctx.insert_value("page", info.build());
        ctx.insert_value("entry", self.entry_value(i, e, diags));
    }

    /// The home page: the site's introduction, the current year's highlights and the
    /// latest entries.
    fn home(&self, ctx: &mut Context, diags: &mut Vec<Diagnostic>) {
        let site = self.site;
        let ix = self.ix();
        // Entries the methodist marked `featured: true`, newest first; without
        // them, the current year's range: the newest exhibit of each kind.
        let mut highlights: Vec<EntryId> = site
            .entries
            .iter_enumerated()
            .filter(|(i, e)| e.featured && self.listed(*i))
            .map(|(i, _)| i)
            .take(FEATURED)
            .collect();
        let featured = !highlights.is_empty();
        if let (false, Some(current)) = (featured, ix.by_year.first()) {
            for &i in current.entries.iter().filter(|&&i| site.entries[i].exhibit) {
                if highlights.len() < HIGHLIGHTS
                    && highlights
                        .iter()
                        .all(|&h| site.entries[h].kind != site.entries[i].kind)
                {
                    highlights.push(i);
                }
            }
        }
        let latest = list(
            site.entries
                .keys()
                .filter(|&i| self.listed(i) && !highlights.contains(&i))
                .take(LATEST)
                .map(|i| self.prepared.cards[i].clone()),
        );
        let current = ix.by_year.first_key_value().map(|(y, current)| {
            Obj::new()
                .set("title", current.year.label())
                .set(
                    "url",
                    format!("{}index.html", urls::year_dir(site, self.tongue, y)),
                )
                .set("count", current.entries.len())
                .build()
        });
        let highlights = list(highlights.iter().map(|&i| self.prepared.cards[i].clone()));
        let home = site.home_in(self.tongue);
        let dir = self.at("");
        let intro = home.map(|d| safe(&self.render_doc(d, &dir, diags).html));
        let title = home
            .map(|d| d.title.as_str())
            .unwrap_or(site.config.title_in(self.lang()));
        ctx.insert_value("page", self.page_info(title, &dir, vec![]).build());
        ctx.insert_value(
            "home",
            Obj::new()
                .set_opt("intro", intro)
                .set("latest", latest)
                .set("featured", featured)
                .set("highlights", highlights)
                .set_opt("current_year", current)
                .build(),
        );
    }

    /// The Atom feed: the newest entries.
    fn feed(&self, ctx: &mut Context) {
        let site = self.site;
        let dir = self.at("");
        ctx.insert_value(
            "page",
            (self.page_info(site.config.title_in(self.lang()), &dir, vec![])).build(),
        );
        let n = site.config.feed_size;
        let newest = || {
            (site.entries.iter_enumerated())
                .filter(|(i, _)| self.listed(*i))
                .take(n)
        };
        let items = newest().map(|(i, e)| {
            let card = self.prepared.cards[i].clone();
            Obj::new()
                .set("card", card)
                .set("published", e.date.rfc3339())
                .set("updated", feed_time(e))
                .set("canonical", self.canonical(&e.dir))
                .build()
        });
        ctx.insert_value("items", list(items));
        // The feed changed when its newest item did.
        let updated = newest()
            .map(|(_, e)| e)
            .max_by_key(|e| (e.last_change(), e.date.time))
            .map(feed_time)
            .unwrap_or_else(|| "1970-01-01T00:00:00Z".into());
        ctx.insert("updated", &updated);
    }

    /// A page of `content/pages/`.
    fn static_page(&self, ctx: &mut Context, i: PageId, diags: &mut Vec<Diagnostic>) {
        let site = self.site;
        let p = &site.pages[i];
        let r = self.render_doc(&p.doc, &p.dir, diags);
        ctx.insert_value(
            "page",
            self.page_info(&p.doc.title, &p.dir, vec![self.home_crumb()])
                .set("lang", p.lang.code())
                .build(),
        );
        ctx.insert_value(
            "doc",
            Obj::new()
                .set("title", p.doc.title.as_str())
                .set("body", safe(&r.html))
                .set("toc", toc_value(&r.toc))
                .build(),
        );
    }

    /// A page of a kind's, a year's, a department's or a tag's listing.
    fn listing_page(&self, ctx: &mut Context, page: Page, dir: &str, diags: &mut Vec<Diagnostic>) {
        let site = self.site;
        let ix = self.ix();
        let l = self.tongue;
        match page {
            Page::Kind(_, k, p) => {
                let title = site.config.kinds[k].plural.get(self.lang());
                let intro =
                    (site.kind_intro_in(l, k)).map(|d| safe(&self.render_doc(d, dir, diags).html));
                let base = urls::kind_dir(site, l, k);
                self.listing(ctx, title, None, &base, &ix.by_kind[k], p, None, intro);
            }
            Page::Year(_, y, p) => {
                let year = &ix.by_year[y];
                let title = format!("{} {}", year.year.label(), self.t("academic_year"));
                let base = urls::year_dir(site, l, y);
                // The year's plan and report are found by its slug.
                let slug = Some(year.year.slug());
                let up = Some(self.up("years"));
                self.listing(ctx, &title, up, &base, &year.entries, p, slug, None);
            }
            Page::Department(_, d, p) => {
                let title = site.departments[d].name_in(self.lang());
                let base = urls::department_dir(site, l, d);
                let up = Some(self.up("departments"));
                self.listing(ctx, title, up, &base, &ix.by_department[d], p, None, None);
            }
            Page::Tag(_, t, p) => {
                let title = format!("#{}", site.tags[t].name);
                let base = urls::tag_dir(site, l, t);
                let up = Some(self.up("tags"));
                self.listing(ctx, &title, up, &base, &ix.by_tag[t], p, None, None);
                if let Some(code) = super::prepared::other_lang(&site.tags[t].name, self.lang()) {
                    ctx.insert("title_lang", code);
                }
            }
            _ => unreachable!("only listing pages are listings"),
        }
    }

    /// The context of `sitemap.xml`: the site-relative folders of the pages it lists,
    /// each with the date it last changed when known. Empty without `base_url`.
    pub fn sitemap(&self, pages: &[SitemapPage]) -> Context {
        let mut ctx = Context::new();
        ctx.insert("root", &root_prefix(""));
        let urls = match self.site.config.base_url {
            Some(_) => list(pages.iter().map(|p| {
                Obj::new()
                    .set("loc", self.canonical(&p.dir))
                    .set_opt("lastmod", p.lastmod.clone())
                    .set(
                        "alternates",
                        list(p.alternates.iter().map(|(l, dir)| {
                            (Obj::new().set("code", l.code()))
                                .set("loc", self.canonical(dir))
                                .build()
                        })),
                    )
                    .build()
            })),
            None => list(std::iter::empty()),
        };
        ctx.insert_value("urls", urls);
        ctx.insert("multilingual", &self.site.config.multilingual());
        ctx
    }

    /// The breadcrumb of the site-wide list `name` (`years`, `tags`, …), whose
    /// page is `<name>/index.html` and whose title is the UI string `name`.
    fn up(&self, name: &str) -> Value {
        link(self.t(name), self.at(&format!("{name}/index.html")))
    }

    /// A page of a listing titled `title`, under the home page and the list
    /// it is one of (`up`: the years', the departments', the tags').
    #[allow(clippy::too_many_arguments)]
    pub(super) fn listing(
        &self,
        ctx: &mut Context,
        title: &str,
        up: Option<Value>,
        base: &str,
        entries: &[EntryId],
        page: usize,
        year: Option<String>,
        intro: Option<Value>,
    ) {
        let size = self.site.config.page_size;
        let total = page_count(entries.len(), size);
        let items = list(
            entries
                .iter()
                .skip((page - 1) * size)
                .take(size)
                .map(|&i| self.prepared.cards[i].clone()),
        );
        let url = |p: usize| format!("{}index.html", paged_dir(base, p));
        let pagination = Obj::new()
            .set("current", page)
            .set("total", total)
            .set_opt("prev", (page > 1).then(|| url(page - 1)))
            .set_opt("next", (page < total).then(|| url(page + 1)))
            .set(
                "pages",
                list(pages_window(page, total).into_iter().map(|p| {
                    match p {
                        Some(p) => Obj::new()
                            .set("number", p)
                            .set("url", url(p))
                            .set("current", p == page)
                            .build(),
                        None => Value::none(),
                    }
                })),
            )
            .build();
        let shown_title = if page > 1 {
            format!("{title} — {} {page}", self.t("page"))
        } else {
            title.to_string()
        };
        ctx.insert_value(
            "page",
            self.page_info(
                &shown_title,
                &paged_dir(base, page),
                std::iter::once(self.home_crumb()).chain(up).collect(),
            )
            .build(),
        );
        ctx.insert_value(
            "list",
            Obj::new()
                .set("title", title)
                .set_opt("year", year)
                .set_opt("intro", intro)
                .set("count", entries.len())
                .set("items", items)
                .set("pagination", pagination)
                .build(),
        );
    }

    pub(super) fn terms(&self, ctx: &mut Context, title: &str, dir: &str, items: Value) {
        ctx.insert_value(
            "page",
            self.page_info(title, dir, vec![self.home_crumb()]).build(),
        );
        ctx.insert_value(
            "terms",
            Obj::new().set("title", title).set("items", items).build(),
        );
    }
}

pub(super) fn toc_value(toc: &[markdown::TocItem]) -> Value {
    list(toc.iter().map(|t| {
        Obj::new()
            .set("level", t.level as u64)
            .set("id", t.id.as_str())
            .set("title", t.title.as_str())
            .build()
    }))
}

/// Page numbers to show: the first, the last, and two around the current; `None` is a gap.
fn pages_window(current: usize, total: usize) -> Vec<Option<usize>> {
    let mut out = Vec::new();
    let mut last = 0;
    for p in 1..=total {
        if p == 1 || p == total || p.abs_diff(current) <= 2 {
            if p > last + 1 {
                out.push(None);
            }
            out.push(Some(p));
            last = p;
        }
    }
    out
}

/// The path of a URL: `/otm/` for `https://college.example/otm/`.
pub fn url_path(url: &str) -> String {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    match rest.find('/') {
        Some(i) => rest[i..].to_string(),
        None => "/".to_string(),
    }
}

/// An entry's `updated` time in the feed: its date as written, or the start of
/// the day it was last changed when that is later.
fn feed_time(e: &Entry) -> String {
    match e.updated_after() {
        Some(d) => format!("{}T00:00:00Z", d.format("%Y-%m-%d")),
        None => e.date.rfc3339(),
    }
}
