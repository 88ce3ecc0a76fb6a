//! Markdown to HTML: GitHub-style extensions, heading anchors, a table of contents,
//! and links between content files turned into links between pages.

use crate::t;
use linkify::{LinkFinder, LinkKind};
use percent_encoding::percent_decode_str;
use pulldown_cmark::{
    CodeBlockKind, CowStr, Event, HeadingLevel, LinkType, Options, Parser, Tag, TagEnd,
    TextMergeWithOffset, html,
};
use std::collections::{HashMap, HashSet};
use std::ops::Range;
use std::path::{Path, PathBuf};

use crate::diagnostics::{Diagnostic, Location};
use crate::lang::slug::anchor;
use crate::paths::{
    PathMap, PathSet, escape_path, is_external, normalize, relative_url, split_fragment,
};
use crate::site::photos::Photos;

mod missing;
mod pictures;
mod unlinked;

/// A heading of a document, as listed in its table of contents.
#[derive(Debug, Clone, serde::Serialize)]
pub struct TocItem {
    /// The heading's level, 1 to 6.
    pub level: u8,
    /// The heading's anchor, unique within the document.
    pub id: String,
    /// The heading's text, without markup.
    pub title: String,
}

/// A rendered Markdown document.
#[derive(Debug, Default)]
pub struct Rendered {
    /// The body as HTML, links rewritten to the pages and files they point at.
    pub html: String,
    /// Every heading, in document order.
    pub toc: Vec<TocItem>,
    /// The body as plain text, up to the requested length, for search and summaries.
    pub text: String,
}

/// What a document needs to know to rewrite its links.
pub struct Links<'a> {
    /// The Markdown file being rendered.
    pub source: &'a Path,
    /// Site-relative folder of the page it becomes (`seminars/x/`).
    pub page_dir: &'a str,
    /// Site-relative folder of the page each Markdown file becomes, by normalized path.
    pub page_of_source: &'a PathMap<PathBuf, String>,
    /// Site-relative path each copied file is written to, by normalized path.
    pub asset_dest: &'a PathMap<PathBuf, String>,
    /// Files whose own errors were reported; links to them are not errors again.
    pub failed_sources: &'a PathSet<PathBuf>,
    /// Accessible name of scrollable table regions.
    pub table_label: &'a str,
    /// Accessible name of a ticked task list checkbox.
    pub task_done: &'a str,
    /// Accessible name of a task list checkbox that is not ticked.
    pub task_todo: &'a str,
    /// Accessible name of the footnotes section.
    pub footnotes: &'a str,
    /// Accessible name of the links from a footnote back to the text.
    pub footnote_back: &'a str,
    /// Whether HTML in the body is published as HTML; when not, it is shown as text.
    pub raw_html: bool,
    /// Fenced blocks shown as something other than code (figures), if any.
    pub blocks: Option<&'a dyn Blocks>,
    /// The site's photos: an image of one is shown from its copies, with `srcset`.
    pub photos: Option<&'a Photos>,
}

/// Fenced blocks whose info string names what they show, made into HTML by a
/// higher layer (the figures of `render::figures`).
pub trait Blocks: Sync {
    /// Whether a fenced block with this info string is one of them.
    fn renders(&self, info: &str) -> bool;
    /// The HTML of a block whose text, `body`, starts on line `line` of `source`.
    fn render(&self, body: &str, source: &Path, line: usize, diags: &mut Vec<Diagnostic>)
    -> String;
}

/// A fenced block being read that [`Links::blocks`] renders.
struct OpenBlock {
    /// Where its fence starts in the Markdown.
    start: usize,
    /// Its text so far.
    body: String,
}

/// The Markdown extensions a body is read with: GitHub's tables, footnotes,
/// strikethrough and task lists, and `{#id}` after a heading.
pub fn options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_HEADING_ATTRIBUTES
}

fn level_num(l: HeadingLevel) -> u8 {
    l as u8
}

/// Renders `md`, which starts on line `first_line` of its file.
pub fn render(
    md: &str,
    first_line: usize,
    links: &Links,
    text_limit: usize,
    diags: &mut Vec<Diagnostic>,
) -> Rendered {
    let mut doc = Doc {
        md,
        first_line,
        links,
        base: links.source.parent().unwrap_or(Path::new("")),
        events: Vec::new(),
        open_heading: None,
        headings: Vec::new(),
        notes: Footnotes::default(),
        quiet: Quiet::default(),
        text: String::new(),
        text_limit,
        block: None,
        pictures: pictures::Pictures::default(),
    };
    // Text comes in one piece per run, so that an address is never split in two.
    let parser = TextMergeWithOffset::new(Parser::new_ext(md, options()).into_offset_iter());
    for (event, range) in parser {
        doc.take(event, range, diags);
    }
    doc.finish(diags)
}

/// A document being read: its events as they will be written, and what is
/// learnt on the way.
struct Doc<'m, 'l> {
    md: &'m str,
    first_line: usize,
    links: &'l Links<'l>,
    /// The folder relative links start from.
    base: &'l Path,
    events: Vec<Event<'m>>,
    /// The heading being read: the index of its start event, and its source.
    open_heading: Option<(usize, Range<usize>)>,
    /// Each heading's start event and source, in document order.
    headings: Vec<(usize, Range<usize>)>,
    notes: Footnotes,
    /// Whether bare addresses are made links here.
    quiet: Quiet,
    /// The plain text, up to about `text_limit` bytes.
    text: String,
    text_limit: usize,
    /// The block of [`Links::blocks`] being read.
    block: Option<OpenBlock>,
    /// The images read so far.
    pictures: pictures::Pictures<'l>,
}

impl<'m, 'l> Doc<'m, 'l> {
    fn take(&mut self, event: Event<'m>, range: Range<usize>, diags: &mut Vec<Diagnostic>) {
        if self.take_block(&event, &range, diags) {
            return;
        }
        self.quiet.see(&event);
        self.check_alt(&event, &range, diags);
        if self.take_image(&event) {
            return;
        }
        if let Event::Text(_) = &event
            && !self.quiet.is_quiet()
        {
            self.check_spaced_address(&range, diags);
        }
        let event = match event {
            Event::Text(text) if !self.quiet.is_quiet() => match autolinked(&text) {
                Some(events) => {
                    // The plain text stays as written, without the links' ends.
                    self.add_text(&Event::Text(text));
                    return self.events.extend(events);
                }
                None => Event::Text(text),
            },
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                title,
                id,
            }) => Event::Start(Tag::Link {
                // An e-mail autolink's destination is an address, not a path; the
                // HTML writer puts `mailto:` before it.
                dest_url: match link_type {
                    LinkType::Email => dest_url,
                    _ => self.rewrite(dest_url, false, range.start, diags),
                },
                link_type,
                title,
                id,
            }),
            Event::Start(Tag::Image {
                link_type,
                dest_url,
                title,
                id,
            }) => Event::Start(Tag::Image {
                dest_url: self.rewrite(dest_url, true, range.start, diags),
                link_type,
                title,
                id,
            }),
            // Written HTML shown as text: an HTML block becomes a paragraph of it.
            Event::Html(html) | Event::InlineHtml(html) if !self.links.raw_html => {
                Event::Text(html)
            }
            Event::Start(Tag::HtmlBlock) if !self.links.raw_html => Event::Start(Tag::Paragraph),
            Event::End(TagEnd::HtmlBlock) if !self.links.raw_html => Event::End(TagEnd::Paragraph),
            Event::Start(Tag::Heading { .. }) => {
                self.open_heading = Some((self.events.len(), range));
                event
            }
            Event::End(TagEnd::Heading(_)) => {
                self.headings.extend(self.open_heading.take());
                event
            }
            // A checkbox needs an accessible name; the item's text follows it, so the
            // name says only whether the task is done.
            Event::TaskListMarker(done) => Event::InlineHtml(
                format!(
                    "<input type=\"checkbox\" disabled{} aria-label=\"{}\"> ",
                    if done { " checked" } else { "" },
                    html_escape(if done {
                        self.links.task_done
                    } else {
                        self.links.task_todo
                    })
                )
                .into(),
            ),
            Event::FootnoteReference(label) => self.notes.reference(&label),
            Event::Start(Tag::FootnoteDefinition(ref label)) => {
                self.notes.open(label, self.events.len());
                event
            }
            Event::End(TagEnd::FootnoteDefinition) => {
                self.notes.close(self.events.len());
                event
            }
            Event::Start(Tag::Table(_)) => {
                self.events.push(Event::Html(
                    format!("<div class=\"table-wrap\" tabindex=\"0\" role=\"region\" aria-label=\"{}\">", html_escape(self.links.table_label)).into(),
                ));
                event
            }
            Event::End(TagEnd::Table) => {
                self.events.push(event);
                Event::Html("</div>".into())
            }
            Event::Start(Tag::Paragraph) => {
                self.open_paragraph();
                event
            }
            Event::End(TagEnd::Paragraph) => {
                self.push(event);
                return self.close_paragraph();
            }
            other => other,
        };
        self.push(event);
    }

    /// Reads the fenced blocks [`Links::blocks`] renders, and puts their HTML in
    /// their place; false for every other event.
    fn take_block(
        &mut self,
        event: &Event,
        range: &Range<usize>,
        diags: &mut Vec<Diagnostic>,
    ) -> bool {
        let Some(blocks) = self.links.blocks else {
            return false;
        };
        match (event, &mut self.block) {
            (Event::Start(Tag::CodeBlock(CodeBlockKind::Fenced(info))), None)
                if blocks.renders(info.split_whitespace().next().unwrap_or("")) =>
            {
                self.block = Some(OpenBlock {
                    start: range.start,
                    body: String::new(),
                });
            }
            (Event::Text(t), Some(open)) => open.body.push_str(t),
            (Event::End(TagEnd::CodeBlock), Some(_)) => {
                let open = self.block.take().expect("a block is open");
                let fence_line = self.first_line + self.md[..open.start].matches('\n').count();
                let html = blocks.render(&open.body, self.links.source, fence_line + 1, diags);
                self.events.push(Event::Html(html.into()));
            }
            _ => return false,
        }
        true
    }

    fn push(&mut self, event: Event<'m>) {
        self.add_text(&event);
        self.events.push(event);
    }

    /// Adds what `event` shows to the plain text: blocks (paragraphs, headings,
    /// list items, table rows) each on a line of their own, so that search
    /// snippets never run a heading into the text after it.
    fn add_text(&mut self, event: &Event) {
        if self.text.len() >= self.text_limit {
            return;
        }
        let gap = match event {
            Event::Text(t) | Event::Code(t) => {
                self.text.push_str(t);
                return;
            }
            // A row's cells are set apart, so that a snippet of a table reads
            // «Кіріспе · Қыркүйек – қазан · …», not as one run-on sentence.
            Event::Start(Tag::TableCell) => {
                if !matches!(self.text.chars().last(), None | Some('\n')) {
                    self.text.truncate(self.text.trim_end_matches(' ').len());
                    self.text.push_str(" · ");
                }
                return;
            }
            Event::SoftBreak | Event::HardBreak | Event::End(TagEnd::TableCell) => ' ',
            Event::End(
                TagEnd::Paragraph
                | TagEnd::Heading(_)
                | TagEnd::Item
                | TagEnd::TableRow
                | TagEnd::TableHead
                | TagEnd::CodeBlock
                | TagEnd::BlockQuote(_)
                | TagEnd::FootnoteDefinition
                | TagEnd::DefinitionListTitle
                | TagEnd::DefinitionListDefinition,
            ) => '\n',
            _ => return,
        };
        match self.text.chars().last() {
            None | Some('\n') => {}
            Some(' ') if gap == '\n' => {
                self.text.pop();
                self.text.push('\n');
            }
            Some(' ') => {}
            Some(_) => self.text.push(gap),
        }
    }

    fn finish(mut self, diags: &mut Vec<Diagnostic>) -> Rendered {
        let mut out = Rendered {
            toc: self.heading_ids(diags),
            ..Rendered::default()
        };
        let mut text = std::mem::take(&mut self.text);
        if text.len() > self.text_limit {
            let mut cut = self.text_limit;
            while !text.is_char_boundary(cut) {
                cut -= 1;
            }
            text.truncate(cut);
        }
        text.truncate(text.trim_end().len());
        out.text = text;
        out.html.reserve(self.md.len() * 3 / 2);
        let events = self.notes.at_the_end(self.events, self.links);
        html::push_html(&mut out.html, events.into_iter());
        out
    }

    /// Gives every heading its id and lists it in the table of contents. An explicit
    /// id (`{#id}`) is kept as written; automatic ones, made from the text, avoid
    /// every explicit id and footnote id, so that one heading's `{#id}` never
    /// renames another.
    fn heading_ids(&mut self, diags: &mut Vec<Diagnostic>) -> Vec<TocItem> {
        let footnote_ids = self.notes.ids();
        let mut taken = footnote_ids.clone();
        let titles: Vec<String> = (self.headings.iter())
            .map(|(start, _)| heading_title(&self.events[start + 1..]))
            .collect();
        // What each heading asks for, and the ids given so far.
        let mut wanted = Vec::with_capacity(titles.len());
        let mut given: Vec<Option<String>> = vec![None; titles.len()];
        // Explicit ids that cannot be had: (heading, the heading that has it).
        let mut refused: Vec<(usize, Option<usize>)> = Vec::new();
        let mut owners: HashMap<String, usize> = HashMap::new();
        for (i, (start, _)) in self.headings.iter().enumerate() {
            let explicit = match &self.events[*start] {
                Event::Start(Tag::Heading { id: Some(id), .. }) if !id.is_empty() => id,
                _ => {
                    wanted.push(match anchor(&titles[i]) {
                        s if s.is_empty() => "section".to_string(),
                        s => s,
                    });
                    continue;
                }
            };
            wanted.push(explicit.to_string());
            if footnote_ids.contains(explicit.as_ref()) {
                refused.push((i, None));
            } else if let Some(&first) = owners.get(explicit.as_ref()) {
                refused.push((i, Some(first)));
            } else {
                owners.insert(explicit.to_string(), i);
                taken.insert(explicit.to_string());
                given[i] = Some(explicit.to_string());
            }
        }
        for (i, id) in given.iter_mut().enumerate() {
            id.get_or_insert_with(|| unique(&wanted[i], &mut taken));
        }
        for (i, first) in refused {
            diags.push(self.refused_id(i, first, &wanted[i], given[i].as_deref()));
        }
        let mut toc = Vec::with_capacity(titles.len());
        for ((i, title), id) in titles.into_iter().enumerate().zip(given) {
            let id = id.unwrap_or_default();
            if let Event::Start(Tag::Heading {
                id: slot, level, ..
            }) = &mut self.events[self.headings[i].0]
            {
                *slot = Some(id.clone().into());
                toc.push(TocItem {
                    level: level_num(*level),
                    id,
                    title,
                });
            }
        }
        toc
    }

    /// The warning for heading `i`, whose explicit id `id` is `first`'s or a
    /// footnote's, located at the id as written.
    fn refused_id(
        &self,
        i: usize,
        first: Option<usize>,
        id: &str,
        got: Option<&str>,
    ) -> Diagnostic {
        let got = got.unwrap_or_default();
        let place = |h: usize| {
            let range = &self.headings[h].1;
            let at = self.md[range.clone()]
                .rfind(&format!("#{id}"))
                .map_or(range.start, |k| range.start + k);
            Location::at_offset(self.links.source, self.md, at, self.first_line)
        };
        let message = match first {
            Some(first) => t!(
                "markdown-heading-id-taken",
                id = id,
                line = place(first).line,
                got = got
            ),
            None => t!("markdown-heading-id-footnote", id = id, got = got),
        };
        Diagnostic::warning(place(i), message).with_hint(t!("markdown-give-each-heading-id-hint"))
    }

    /// `dest` rewritten to the page or file it points at, or as written.
    fn rewrite(
        &self,
        dest: CowStr<'m>,
        image: bool,
        offset: usize,
        diags: &mut Vec<Diagnostic>,
    ) -> CowStr<'m> {
        let (md, line) = (self.md, self.first_line);
        match rewrite(&dest, image, self.base, self.links, md, offset, line, diags) {
            Some(url) => url.into(),
            None => dest,
        }
    }
}

impl Doc<'_, '_> {
    /// Warns of a link shown as text because its address has a space.
    fn check_spaced_address(&self, range: &Range<usize>, diags: &mut Vec<Diagnostic>) {
        let Some(src) = self.md.get(range.clone()) else {
            return;
        };
        if let Some((at, fixed)) = unlinked::spaced_address(src) {
            diags.push(
                Diagnostic::warning(
                    Location::at_offset(
                        self.links.source,
                        self.md,
                        range.start + at,
                        self.first_line,
                    ),
                    t!("markdown-link-address-has-space"),
                )
                .with_hint(t!("markdown-link-address-has-space-hint", fixed = fixed)),
            );
        }
    }
}

/// Where bare addresses stay text: inside links and images (made of Markdown or of
/// HTML), and in code.
#[derive(Default)]
struct Quiet {
    /// Markdown links, images and code blocks being read.
    markdown: usize,
    /// HTML `<a>`, `<code>` and `<pre>` elements opened in the paragraph being read.
    html: usize,
}

impl Quiet {
    fn see(&mut self, event: &Event) {
        match event {
            Event::Start(Tag::Link { .. } | Tag::Image { .. } | Tag::CodeBlock(_)) => {
                self.markdown += 1
            }
            Event::End(TagEnd::Link | TagEnd::Image | TagEnd::CodeBlock) => {
                self.markdown = self.markdown.saturating_sub(1)
            }
            Event::InlineHtml(tag) => {
                let tag = tag.to_ascii_lowercase();
                let named = |rest: &str| {
                    ["a", "code", "pre"].iter().any(|n| {
                        rest.strip_prefix(n).is_some_and(|r| {
                            r.starts_with(|c: char| c == '>' || c.is_ascii_whitespace())
                        })
                    })
                };
                if let Some(rest) = tag.strip_prefix("</") {
                    if named(rest) {
                        self.html = self.html.saturating_sub(1);
                    }
                } else if let Some(rest) = tag.strip_prefix('<')
                    && named(rest)
                {
                    self.html += 1;
                }
            }
            // Inline HTML ends with its block, closed or not.
            Event::End(TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::TableCell) => self.html = 0,
            _ => {}
        }
    }

    fn is_quiet(&self) -> bool {
        self.markdown > 0 || self.html > 0
    }
}

/// `text` with its bare web and e-mail addresses made links, as GitHub shows them,
/// or `None` when it has none. Only `http(s)://`, `ftp://` and `www.` count as web
/// addresses: `index.md` or `college.kz` alone are too often meant as names.
fn autolinked(text: &str) -> Option<Vec<Event<'static>>> {
    if !may_hold_address(text) {
        return None;
    }
    let mut finder = LinkFinder::new();
    finder.url_must_have_scheme(false);
    let mut events = Vec::new();
    let mut plain = String::new();
    for span in finder.spans(text) {
        let s = span.as_str();
        let link = match span.kind() {
            Some(LinkKind::Email) => Some((LinkType::Email, s.to_string())),
            Some(LinkKind::Url) => web_address(s).map(|url| (LinkType::Autolink, url)),
            _ => None,
        };
        let Some((link_type, dest)) = link else {
            plain.push_str(s);
            continue;
        };
        if !plain.is_empty() {
            events.push(Event::Text(std::mem::take(&mut plain).into()));
        }
        events.push(Event::Start(Tag::Link {
            link_type,
            dest_url: dest.into(),
            title: "".into(),
            id: "".into(),
        }));
        events.push(Event::Text(s.to_string().into()));
        events.push(Event::End(TagEnd::Link));
    }
    if events.is_empty() {
        return None;
    }
    if !plain.is_empty() {
        events.push(Event::Text(plain.into()));
    }
    Some(events)
}

/// Whether `text` has what every address linked here has: `://`, `@` or `www.`
/// in any case. Most text has none, and then the link finder (which looks at
/// every dotted word) is not asked.
fn may_hold_address(text: &str) -> bool {
    let b = text.as_bytes();
    text.contains("://")
        || text.contains('@')
        || text
            .match_indices('.')
            .any(|(i, _)| i >= 3 && b[i - 3..i].eq_ignore_ascii_case(b"www"))
}

/// The URL a bare web address found in text stands for, if it is one.
fn web_address(s: &str) -> Option<String> {
    let head = s.chars().take(8).collect::<String>().to_ascii_lowercase();
    if ["http://", "https://", "ftp://"]
        .iter()
        .any(|p| head.starts_with(p))
    {
        Some(s.to_string())
    } else if head.starts_with("www.") && s.len() > 4 {
        Some(format!("https://{s}"))
    } else {
        None
    }
}

/// `wanted`, or the first of `wanted-1`, `wanted-2`… not yet `taken`, now taken.
fn unique(wanted: &str, taken: &mut HashSet<String>) -> String {
    let mut id = wanted.to_string();
    let mut n = 1;
    while !taken.insert(id.clone()) {
        id = format!("{wanted}-{n}");
        n += 1;
    }
    id
}

/// The text of a heading whose events follow its start event.
fn heading_title(events: &[Event]) -> String {
    let mut title = String::new();
    for e in events {
        match e {
            Event::Text(t) | Event::Code(t) => title.push_str(t),
            // A line break inside a heading separates words like a space.
            Event::SoftBreak | Event::HardBreak => title.push(' '),
            Event::End(TagEnd::Heading(_)) => break,
            _ => {}
        }
    }
    title
}

/// Footnotes, numbered in the order they are first referred to and gathered at the
/// end of the text wherever their definitions are written.
#[derive(Default)]
struct Footnotes {
    /// Label (in lower case, as labels match) → number, and how many times it has
    /// been referred to.
    numbers: HashMap<String, (usize, usize)>,
    /// Each definition's label and range of events (its start and end tags
    /// included), and whether it is written inside another definition.
    defs: Vec<Def>,
    /// The definitions being read (one may hold another, in a list or a quote).
    open: Vec<usize>,
}

struct Def {
    label: String,
    start: usize,
    end: usize,
    nested: bool,
}

impl Footnotes {
    fn reference(&mut self, label: &str) -> Event<'static> {
        let next = self.numbers.len() + 1;
        let (n, times) = self
            .numbers
            .entry(label.to_lowercase())
            .or_insert((next, 0));
        *times += 1;
        let id = if *times == 1 {
            format!("fnref-{n}")
        } else {
            format!("fnref-{n}-{times}")
        };
        Event::InlineHtml(
            format!(
                "<sup class=\"footnote-reference\" id=\"{id}\"><a href=\"#fn-{n}\">{n}</a></sup>"
            )
            .into(),
        )
    }

    /// The ids that footnotes take in the page: `fn-N` for the notes, `fnref-N` and
    /// `fnref-N-K` for the references, and the label of a definition left inside
    /// another, which the HTML writer uses as its id.
    fn ids(&self) -> HashSet<String> {
        let unreferenced: HashSet<&str> = (self.defs.iter())
            .map(|d| d.label.as_str())
            .filter(|l| !self.numbers.contains_key(*l))
            .collect();
        let count = self.numbers.len() + unreferenced.len();
        let mut ids: HashSet<String> = (1..=count).map(|n| format!("fn-{n}")).collect();
        for &(n, times) in self.numbers.values() {
            ids.insert(format!("fnref-{n}"));
            ids.extend((2..=times).map(|k| format!("fnref-{n}-{k}")));
        }
        ids.extend(
            self.defs
                .iter()
                .filter(|d| d.nested)
                .map(|d| d.label.clone()),
        );
        ids
    }

    fn open(&mut self, label: &str, at: usize) {
        self.open.push(self.defs.len());
        self.defs.push(Def {
            label: label.to_lowercase(),
            start: at,
            end: at,
            nested: self.open.len() > 1,
        });
    }

    fn close(&mut self, at: usize) {
        if let Some(d) = self.open.pop() {
            // The end tag is pushed after this call.
            self.defs[d].end = at + 1;
        }
    }

    fn at_the_end<'e>(mut self, events: Vec<Event<'e>>, links: &Links) -> Vec<Event<'e>> {
        // Only whole definitions that stand on their own are moved; one written inside
        // another stays where it is.
        self.defs.retain(|d| !d.nested && d.end >= d.start + 2);
        if self.defs.is_empty() {
            return events;
        }
        // Definitions nobody refers to come last.
        for d in &self.defs {
            let next = self.numbers.len() + 1;
            self.numbers.entry(d.label.clone()).or_insert((next, 0));
        }
        let mut slots: Vec<Option<Event<'e>>> = events.into_iter().map(Some).collect();
        // (number, times referred to, events), the first definition of a label only.
        let mut notes: Vec<(usize, usize, Vec<Event<'e>>)> = Vec::new();
        let mut seen = HashSet::new();
        for d in &self.defs {
            let inner: Vec<Event<'e>> = slots[d.start + 1..d.end - 1]
                .iter_mut()
                .filter_map(Option::take)
                .collect();
            slots[d.start] = None;
            slots[d.end - 1] = None;
            if seen.insert(d.label.clone()) {
                let (n, times) = self.numbers[&d.label];
                notes.push((n, times, inner));
            }
        }
        notes.sort_by_key(|(n, ..)| *n);
        let mut out = vec![Event::Html(
            format!(
                "<section class=\"footnotes\" aria-label=\"{}\"><ol>",
                html_escape(links.footnotes)
            )
            .into(),
        )];
        for (n, times, mut inner) in notes {
            out.push(Event::Html(
                format!("<li id=\"fn-{n}\" value=\"{n}\">").into(),
            ));
            // The link back to the text ends the last paragraph.
            let closing = match inner.last() {
                Some(Event::End(TagEnd::Paragraph)) => inner.pop(),
                _ => None,
            };
            out.extend(inner);
            if times > 0 {
                out.push(Event::InlineHtml(
                    format!(
                        " <a href=\"#fnref-{n}\" class=\"footnote-back\" aria-label=\"{}\">↩</a>",
                        html_escape(links.footnote_back)
                    )
                    .into(),
                ));
            }
            out.extend(closing);
            out.push(Event::Html("</li>".into()));
        }
        out.push(Event::Html("</ol></section>".into()));
        slots.into_iter().flatten().chain(out).collect()
    }
}

fn html_escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
}

/// The scheme of a link that would run a script when followed (`javascript:`,
/// `vbscript:`) or carry a whole document (`data:`; an image may be a `data:image/`),
/// read as browsers read it: case and the tabs and line ends inside ignored.
fn script_scheme(dest: &str, image: bool) -> Option<&'static str> {
    let plain: String = dest
        .chars()
        .filter(|c| !c.is_ascii_whitespace() && !c.is_control())
        .take(16)
        .flat_map(char::to_lowercase)
        .collect();
    ["javascript:", "vbscript:", "data:"]
        .into_iter()
        .find(|s| plain.starts_with(s))
        .filter(|&s| !(image && s == "data:" && plain.starts_with("data:image/")))
}

/// The page-relative URL for a link written in Markdown, or `None` to keep it as written.
#[allow(clippy::too_many_arguments)]
fn rewrite(
    dest: &str,
    image: bool,
    base: &Path,
    links: &Links,
    md: &str,
    offset: usize,
    first_line: usize,
    diags: &mut Vec<Diagnostic>,
) -> Option<String> {
    if let Some(scheme) = script_scheme(dest, image) {
        diags.push(
            Diagnostic::error(
                Location::at_offset(links.source, md, offset, first_line),
                t!("markdown-link-runs-code-hides", scheme = scheme.to_string()),
            )
            .with_hint(t!("markdown-link-page-file-site-hint")),
        );
        return Some("#".into());
    }
    let here = || Location::at_offset(links.source, md, offset, first_line);
    if let Some(name) = missing::on_this_computer(dest) {
        diags.push(
            Diagnostic::error(
                here(),
                t!("markdown-link-on-computer", dest = dest.to_string()),
            )
            .with_hint(t!("markdown-link-on-computer-hint", name = name)),
        );
        return None;
    }
    if dest.starts_with('/') && !dest.starts_with("//") {
        diags.push(
            Diagnostic::warning(
                here(),
                t!("markdown-link-from-server-root", dest = dest.to_string()),
            )
            .with_hint(t!("markdown-link-from-server-root-hint")),
        );
        return None;
    }
    if dest.is_empty() || is_external(dest) {
        return None;
    }
    let (path_part, fragment) = split_fragment(dest);
    let (path_part, query) = match path_part.split_once('?') {
        Some((path, query)) => (path, Some(query)),
        None => (path_part, None),
    };
    if path_part.is_empty() {
        return None;
    }
    // A `%` that starts no escape (`100%-дық.pdf`) stands for itself, as browsers read it.
    let decoded = percent_decode_str(path_part).decode_utf8_lossy();
    let target = normalize(&base.join(decoded.as_ref()));
    // The query and fragment are the author's, already in URL form.
    let query = query.map(|q| format!("?{q}")).unwrap_or_default();
    let frag = fragment.map(|f| format!("#{f}")).unwrap_or_default();
    let is_md = Path::new(decoded.as_ref())
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("md"));
    let found = if is_md {
        links
            .page_of_source
            .get(&target)
            .map(|dir| format!("{dir}index.html"))
    } else {
        links.asset_dest.get(&target).cloned()
    };
    match found {
        Some(url) => {
            if let Some(format) = crate::images::is_unshowable(&target).filter(|_| image) {
                // Published as a file, but no browser but Safari draws it.
                diags.push(
                    Diagnostic::error(
                        Location::at_offset(links.source, md, offset, first_line),
                        t!("images-unsupported", format = format),
                    )
                    .with_hint(t!("images-save-as-jpeg-hint")),
                );
            }
            let url = relative_url(links.page_dir, &escape_path(&url));
            Some(format!("{url}{query}{frag}"))
        }
        None if links.failed_sources.contains(&target) => None,
        None => {
            // As written, its fragment too: a `#` may belong to the file's name.
            let written = format!("{decoded}{frag}");
            let decoded = written.as_str();
            let (what, hint) = if is_md {
                (
                    t!("markdown-what-content-file"),
                    crate::paths::missing_hint(decoded, &target, base, links.page_of_source)
                        .unwrap_or_else(|| t!("markdown-check-path-content-file-hint")),
                )
            } else {
                (
                    t!("markdown-what-file"),
                    crate::paths::missing_hint(decoded, &target, base, links.asset_dest)
                        .unwrap_or_else(|| t!("markdown-check-path-file-hint")),
                )
            };
            diags.push(
                Diagnostic::error(
                    Location::at_offset(links.source, md, offset, first_line),
                    t!(
                        "markdown-link-points-does-not",
                        dest = dest.to_string(),
                        what = what
                    ),
                )
                .with_hint(hint),
            );
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostics::Severity;

    static NO_FAILED: std::sync::LazyLock<PathSet<PathBuf>> =
        std::sync::LazyLock::new(PathSet::default);

    fn links<'a>(
        pages: &'a PathMap<PathBuf, String>,
        assets: &'a PathMap<PathBuf, String>,
    ) -> Links<'a> {
        Links {
            source: Path::new("/s/content/articles/a.md"),
            page_dir: "articles/a/",
            page_of_source: pages,
            asset_dest: assets,
            failed_sources: &NO_FAILED,
            table_label: "Кесте",
            task_done: "done",
            task_todo: "to do",
            footnotes: "Footnotes",
            footnote_back: "Back to the text",
            raw_html: true,
            blocks: None,
            photos: None,
        }
    }

    #[test]
    fn a_place_on_the_computer_is_an_error_and_the_servers_root_a_warning() {
        let (p, a) = (PathMap::default(), PathMap::default());
        let md = "![a](C:\\Users\\metod\\Desktop\\foto.jpg) [b](file:///home/m/%D0%B0.pdf)\n\n\
                  [c](/seminars/sem/) ![d](/nope.png) [e](//cdn.example.kz/x.js)\n";
        let mut d = Vec::new();
        let r = render(md, 1, &links(&p, &a), 0, &mut d);
        let said: Vec<(bool, String, String)> = (d.iter())
            .map(|x| {
                (
                    x.is_error(),
                    x.message.to_string(),
                    x.hint.as_ref().map(ToString::to_string).unwrap_or_default(),
                )
            })
            .collect();
        assert_eq!(said.len(), 4, "{said:#?}");
        assert!(
            said[0].0
                && said[0].1.contains("a place on this computer")
                && said[0].2.ends_with(": foto.jpg"),
            "{said:#?}"
        );
        assert!(said[1].0 && said[1].2.ends_with(": а.pdf"), "{said:#?}");
        assert!(
            !said[2].0 && said[2].1.contains("`/seminars/sem/` starts with /"),
            "{said:#?}"
        );
        assert!(!said[3].0 && said[3].1.contains("`/nope.png`"), "{said:#?}");
        assert!(
            r.html.contains("href=\"//cdn.example.kz/x.js\""),
            "{}",
            r.html
        );
    }

    #[test]
    fn links_that_run_scripts_are_refused_in_any_spelling() {
        let (p, a) = (PathMap::default(), PathMap::default());
        let md = "[a](javascript:alert(1)) [b](JavaScript:x) [c](&#106;avascript:x)\n\n\
                  [d](<java\tscript:x>) [e](vbscript:x) [f](data:text/html,<script>x</script>)\n\n\
                  ![ok](data:image/png;base64,AAAA) ![bad](data:text/html,x) [fine](https://x.kz)\n";
        let mut d = Vec::new();
        let r = render(md, 1, &links(&p, &a), 0, &mut d);
        let html = r.html.to_lowercase();
        assert!(!html.contains("script:"), "{html}");
        assert!(!html.contains("data:text"), "{html}");
        assert!(
            html.contains("src=\"data:image/png;base64,aaaa\""),
            "{html}"
        );
        assert!(html.contains("href=\"https://x.kz\""), "{html}");
        assert_eq!(d.iter().filter(|x| x.is_error()).count(), 7, "{d:#?}");
        assert!(
            d[0].message.contains("`javascript:` link"),
            "{}",
            d[0].message
        );
    }

    #[test]
    fn a_missing_file_s_hint_names_a_backslash_or_the_file_in_other_case() {
        let p = PathMap::default();
        let mut a = PathMap::default();
        a.insert(
            PathBuf::from("/s/content/articles/taqta.jpg"),
            "articles/a/taqta.jpg".to_string(),
        );
        a.insert(
            PathBuf::from("/s/content/articles/IMG_1.HEIC"),
            "articles/a/IMG_1.HEIC".to_string(),
        );
        let mut d = Vec::new();
        render(
            "![a](IMG_1.HEIC) [b](IMG_1.HEIC)\n",
            1,
            &links(&p, &a),
            0,
            &mut d,
        );
        assert_eq!(d.len(), 1, "{d:#?}");
        assert_eq!(d[0].message, "HEIC images cannot be shown on the site");
        let md = "[a](Taqta.JPG) [b](..\\img\\x.jpg) [c](nope.pdf)\n";
        let mut d = Vec::new();
        render(md, 1, &links(&p, &a), 0, &mut d);
        let hints: Vec<_> = d.iter().map(|d| d.hint.as_deref().unwrap_or("")).collect();
        assert_eq!(hints.len(), 3, "{d:#?}");
        assert_eq!(
            hints[0],
            "the file is named `taqta.jpg`: capital and small letters must match, as the web server reads them"
        );
        assert_eq!(
            hints[1],
            "write the path with / instead of \\: ../img/x.jpg"
        );
        assert!(!hints[2].contains("named"), "{}", hints[2]);
    }

    #[test]
    fn a_link_whose_address_has_a_space_warns_where_the_address_is() {
        let (p, a) = (PathMap::default(), PathMap::default());
        let md = "Кіріспе.\n\nҚараңыз: [Сабақ жоспары](Сабақ жоспары.pdf) және `[a](b c)`.\n";
        let mut d = Vec::new();
        let r = render(md, 5, &links(&p, &a), 0, &mut d);
        assert!(
            r.html.contains("[Сабақ жоспары](Сабақ жоспары.pdf)"),
            "{}",
            r.html
        );
        assert_eq!(d.len(), 1, "{d:#?}");
        assert_eq!(d[0].severity, Severity::Warning);
        assert_eq!((d[0].location.line, d[0].location.column), (7, 26));
        assert_eq!(
            d[0].hint.as_deref(),
            Some(
                "put the address in angle brackets, (<Сабақ жоспары.pdf>), or name the file without spaces"
            )
        );
    }

    #[test]
    fn raw_html_is_published_or_shown_as_text_as_the_site_says() {
        let (p, a) = (PathMap::default(), PathMap::default());
        let md = "<div class=\"x\">\n<script>alert(1)</script>\n</div>\n\nText <img src=x onerror=alert(1)> end.\n";
        let mut d = Vec::new();
        let on = render(md, 1, &links(&p, &a), 0, &mut d);
        assert!(on.html.contains("<script>alert(1)</script>"), "{}", on.html);
        assert!(
            on.html.contains("<img src=x onerror=alert(1)>"),
            "{}",
            on.html
        );
        let off = Links {
            raw_html: false,
            ..links(&p, &a)
        };
        let off = render(md, 1, &off, 0, &mut d);
        assert!(
            !off.html.contains("<script") && !off.html.contains("<img"),
            "{}",
            off.html
        );
        assert!(
            off.html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"),
            "{}",
            off.html
        );
        assert!(
            off.html.contains("<p>&lt;div class=\"x\"&gt;"),
            "{}",
            off.html
        );
        assert!(
            off.html
                .contains("Text &lt;img src=x onerror=alert(1)&gt; end."),
            "{}",
            off.html
        );
        assert!(d.is_empty(), "{d:#?}");
    }

    #[test]
    fn headings_get_unique_ids_and_a_toc() {
        let (p, a) = (PathMap::default(), PathMap::default());
        let mut d = Vec::new();
        let r = render(
            "## Мақсаты\n\ntext\n\n## Мақсаты\n\n### Бөлім {#own}\n",
            5,
            &links(&p, &a),
            100,
            &mut d,
        );
        assert!(r.html.contains("<h2 id=\"maqsaty\">"), "{}", r.html);
        assert!(r.html.contains("<h2 id=\"maqsaty-1\">"));
        assert!(r.html.contains("<h3 id=\"own\">"));
        assert_eq!(r.toc.len(), 3);
        assert!(d.is_empty());
    }

    #[test]
    fn heading_ids_read_line_breaks_as_spaces_and_yield_to_explicit_and_footnote_ids() {
        let (p, a) = (PathMap::default(), PathMap::default());
        let md = "Бірінші\nжол\n===\n\n## fn-1\n\nМәтін[^a].\n\n## Foo\n\n## Бөлім {#foo}\n\n\
                  ## Екі {#own}\n\n## Үш {#own}\n\n## Төрт {#fnref-1}\n\n[^a]: Ескерту.\n";
        let mut d = Vec::new();
        let r = render(md, 10, &links(&p, &a), 0, &mut d);
        let toc: Vec<(&str, &str)> = r
            .toc
            .iter()
            .map(|t| (t.id.as_str(), t.title.as_str()))
            .collect();
        assert_eq!(
            toc,
            [
                ("birinshi-zhol", "Бірінші жол"),
                ("fn-1-1", "fn-1"),
                ("foo-1", "Foo"),
                ("foo", "Бөлім"),
                ("own", "Екі"),
                ("own-1", "Үш"),
                ("fnref-1-1", "Төрт"),
            ]
        );
        let h = &r.html;
        assert_eq!(h.matches("id=\"fn-1\"").count(), 1, "{h}");
        assert_eq!(h.matches("id=\"fnref-1\"").count(), 1, "{h}");
        assert_eq!(h.matches("id=\"foo\"").count(), 1, "{h}");
        let warnings: Vec<_> = d
            .iter()
            .map(|d| {
                (
                    d.severity,
                    d.location.line,
                    d.location.column,
                    d.message.as_str(),
                )
            })
            .collect();
        assert_eq!(
            warnings,
            [
                (
                    Severity::Warning,
                    24,
                    8,
                    "the heading id `own` is already that of the heading on line 22; this heading's is `own-1`"
                ),
                (
                    Severity::Warning,
                    26,
                    10,
                    "the heading id `fnref-1` is that of a footnote; this heading's is `fnref-1-1`"
                ),
            ]
        );
    }

    #[test]
    fn links_to_content_files_become_page_links() {
        let mut p = PathMap::default();
        p.insert(
            PathBuf::from("/s/content/seminars/b.md"),
            "seminars/b-slug/".to_string(),
        );
        let a = PathMap::default();
        let mut d = Vec::new();
        let r = render(
            "See [b](../seminars/b.md#x) and [c](c.md).\n",
            7,
            &links(&p, &a),
            100,
            &mut d,
        );
        assert!(
            r.html
                .contains("href=\"../../seminars/b-slug/index.html#x\""),
            "{}",
            r.html
        );
        assert_eq!(d.len(), 1);
        assert_eq!((d[0].location.line, d[0].location.column), (7, 33));
    }

    #[test]
    fn footnotes_are_numbered_in_order_of_reference_and_gathered_at_the_end() {
        let (p, a) = (PathMap::default(), PathMap::default());
        let md = "Бірінші[^b] және екінші[^a], қайта[^b].\n\n[^a]: А ескерту.\n\n[^b]: Б ескерту.\n\nСоңғы абзац.\n";
        let r = render(md, 1, &links(&p, &a), 0, &mut Vec::new());
        let h = &r.html.replace('\n', "");
        let last = h.find("Соңғы абзац").unwrap();
        let notes = h.find("<section class=\"footnotes\"").unwrap();
        assert!(last < notes, "the notes come after all the text: {h}");
        assert!(h.contains("id=\"fnref-1\"><a href=\"#fn-1\">1</a>"), "{h}");
        assert!(h.contains("id=\"fnref-2\"><a href=\"#fn-2\">2</a>"), "{h}");
        assert!(
            h.contains("id=\"fnref-1-2\"><a href=\"#fn-1\">1</a>"),
            "{h}"
        );
        // [^b] was referred to first, so it is note 1.
        let one = h
            .find("<li id=\"fn-1\" value=\"1\"><p>Б ескерту.")
            .expect(h);
        let two = h
            .find("<li id=\"fn-2\" value=\"2\"><p>А ескерту.")
            .expect(h);
        assert!(one < two);
        assert!(h.contains("<a href=\"#fnref-1\" class=\"footnote-back\" aria-label=\"Back to the text\">↩</a></p></li>"), "{h}");
    }

    #[test]
    fn odd_footnotes_neither_panic_nor_break_links() {
        let (p, a) = (PathMap::default(), PathMap::default());
        for md in [
            "[^a]: > [^b]: ішкі\n\nМәтін[^a].\n",
            "[^a]:\n    - [^b]: x\n",
            "Мәтін[^Note].\n\n[^note]: Бір.\n",
            "Мәтін[^a].\n\n[^a]: Бірінші.\n\n[^a]: Екінші.\n",
            "[^a]: Ешкім сілтемейді.\n",
            "[^a]:\n",
        ] {
            let r = render(md, 1, &links(&p, &a), 0, &mut Vec::new());
            let h = r.html.replace('\n', "");
            for (i, _) in h.match_indices("href=\"#fn-") {
                let n: String = h[i + 10..]
                    .chars()
                    .take_while(char::is_ascii_digit)
                    .collect();
                assert!(h.contains(&format!("id=\"fn-{n}\"")), "{md:?}: {h}");
            }
            for (i, _) in h.match_indices("href=\"#fnref-") {
                let n: String = h[i + 13..]
                    .chars()
                    .take_while(char::is_ascii_digit)
                    .collect();
                assert!(h.contains(&format!("id=\"fnref-{n}\"")), "{md:?}: {h}");
            }
            assert!(h.matches("id=\"fn-1\"").count() <= 1, "{md:?}: {h}");
        }
    }

    #[test]
    fn a_percent_sign_before_a_letter_is_not_an_escape() {
        let p = PathMap::default();
        let mut a = PathMap::default();
        a.insert(
            PathBuf::from("/s/content/articles/100%-дық.pdf"),
            "articles/a/100%-дық.pdf".to_string(),
        );
        let mut d = Vec::new();
        let r = render(
            "[x](a%1ә.pdf) [y](100%-дық.pdf) [z](%D0%B0%zz.pdf)\n",
            1,
            &links(&p, &a),
            0,
            &mut d,
        );
        assert!(r.html.contains("href=\"a%1%D3%99.pdf\""), "{}", r.html);
        assert_eq!(d.len(), 2, "{d:?}");
        assert!(d[0].message.contains("`a%1ә.pdf`"), "{d:?}");
        assert!(d[1].message.contains("`%D0%B0%zz.pdf`"), "{d:?}");
    }

    #[test]
    fn email_autolinks_are_mailto_links_not_paths() {
        let p = PathMap::default();
        let mut a = PathMap::default();
        let md = "Жазыңыз: <info@college.kz>.\n";
        let mut d = Vec::new();
        let r = render(md, 1, &links(&p, &a), 0, &mut d);
        assert!(
            r.html
                .contains("<a href=\"mailto:info@college.kz\">info@college.kz</a>"),
            "{}",
            r.html
        );
        assert!(d.is_empty(), "{d:?}");
        // Even beside a file of that name the address stays an address.
        a.insert(
            PathBuf::from("/s/content/articles/info@college.kz"),
            "articles/a/info@college.kz".to_string(),
        );
        let r = render(md, 1, &links(&p, &a), 0, &mut d);
        assert!(
            r.html.contains("href=\"mailto:info@college.kz\""),
            "{}",
            r.html
        );
        assert!(d.is_empty(), "{d:?}");
    }

    #[test]
    fn rewritten_links_are_percent_encoded_and_keep_their_query() {
        let mut p = PathMap::default();
        p.insert(
            PathBuf::from("/s/content/articles/page.md"),
            "articles/page/".to_string(),
        );
        let mut a = PathMap::default();
        for name in ["x#y.pdf", "a b?.pdf", "100%-дық.pdf"] {
            a.insert(
                PathBuf::from(format!("/s/content/articles/{name}")),
                format!("articles/a/{name}"),
            );
        }
        let mut d = Vec::new();
        let r = render(
            "[a](x%23y.pdf) [b](a%20b%3F.pdf) [c](<a b%3F.pdf>) [d](100%25-дық.pdf) [e](100%-дық.pdf#p=2) [q](page.md?x=1#frag) [r](page.md?y)\n",
            1,
            &links(&p, &a),
            0,
            &mut d,
        );
        assert!(d.is_empty(), "{d:?}");
        for href in [
            "../../articles/a/x%23y.pdf",
            "../../articles/a/a%20b%3F.pdf\">c",
            "../../articles/a/100%25-%D0%B4%D1%8B%D2%9B.pdf\">d",
            "../../articles/a/100%25-%D0%B4%D1%8B%D2%9B.pdf#p=2\">e",
            "../../articles/page/index.html?x=1#frag",
            "../../articles/page/index.html?y\"",
        ] {
            assert!(
                r.html.contains(&format!("href=\"{href}")),
                "{href}: {}",
                r.html
            );
        }
    }

    #[test]
    fn bare_addresses_become_links_outside_code_and_links() {
        let (p, a) = (PathMap::default(), PathMap::default());
        let md = "Сайт: https://college.kz/otm/?a=1&b=2, www.college.kz және info@college.kz.\n\
                  \n\
                  `https://in.code` [https://in.link](https://x.kz) <https://auto.kz> \
                  <a href=\"https://y.kz\">https://in.html</a> ![www.in.image](i.png)\n\
                  \n\
                  \x20   https://in.block\n\
                  \n\
                  # Бөлім www.heading.kz\n\
                  \n\
                  index.md мен example.com сілтеме емес, (https://paren.kz/a_(b)).\n";
        let mut d = Vec::new();
        let r = render(md, 1, &links(&p, &a), 1000, &mut d);
        let h = &r.html;
        for link in [
            "<a href=\"https://college.kz/otm/?a=1&amp;b=2\">https://college.kz/otm/?a=1&amp;b=2</a>, ",
            "<a href=\"https://www.college.kz\">www.college.kz</a> ",
            "<a href=\"mailto:info@college.kz\">info@college.kz</a>.",
            "<code>https://in.code</code>",
            "<a href=\"https://x.kz\">https://in.link</a>",
            "<a href=\"https://auto.kz\">https://auto.kz</a>",
            "<a href=\"https://y.kz\">https://in.html</a>",
            "alt=\"www.in.image\"",
            "<pre><code>https://in.block",
            ">Бөлім <a href=\"https://www.heading.kz\">www.heading.kz</a></h1>",
            "(<a href=\"https://paren.kz/a_(b)\">https://paren.kz/a_(b)</a>).",
        ] {
            assert!(h.contains(link), "{link}: {h}");
        }
        assert_eq!(h.matches("<a ").count(), 8, "{h}");
        assert_eq!(r.toc[0].id, "bolim-www-heading-kz");
        assert!(
            r.text.contains("info@college.kz.\nhttps://in.code"),
            "{}",
            r.text
        );
        assert_eq!(d.len(), 1, "only the missing image: {d:?}");
    }

    #[test]
    fn the_plain_text_has_every_block_on_a_line_of_its_own() {
        let (p, a) = (PathMap::default(), PathMap::default());
        let r = render(
            "# Тақырып\n\nМәтін *бір* сөз[^1].\n\n- бірінші\n- екінші\n\n> дәйексөз\n\n[^1]: ескерту сөзі\n",
            1,
            &links(&p, &a),
            usize::MAX,
            &mut Vec::new(),
        );
        // Headings, paragraphs, items, quotes and footnotes: each a line, so that
        // a search snippet never runs a heading into the text after it.
        for line in ["Тақырып", "бірінші", "екінші", "дәйексөз", "ескерту сөзі"]
        {
            assert!(r.text.lines().any(|l| l == line), "{line}: {:?}", r.text);
        }
        assert!(
            r.text.lines().any(|l| l.starts_with("Мәтін бір сөз")),
            "{:?}",
            r.text
        );
    }

    #[test]
    fn tables_scroll_in_a_focusable_region() {
        let (p, a) = (PathMap::default(), PathMap::default());
        let r = render(
            "|a|b|\n|-|-|\n|1|2|\n",
            1,
            &links(&p, &a),
            100,
            &mut Vec::new(),
        );
        assert!(
            r.html
                .starts_with("<div class=\"table-wrap\" tabindex=\"0\""),
            "{}",
            r.html
        );
        // Rows on lines of their own, cells set apart.
        assert_eq!(r.text, "a · b\n1 · 2");
    }

    #[test]
    fn images_without_alt_text_are_warned_of_at_their_place() {
        let (p, a) = (PathMap::default(), PathMap::default());
        let md = "Мәтін.\n\n![](https://x.kz/a.png) ![ ](https://x.kz/b.png)\n\n![Сурет](https://x.kz/c.png) ![*бар*](https://x.kz/d.png)\n";
        let mut d = Vec::new();
        render(md, 5, &links(&p, &a), 0, &mut d);
        let at: Vec<(usize, usize, &str)> = d
            .iter()
            .map(|x| (x.location.line, x.location.column, x.message.as_str()))
            .collect();
        assert_eq!(
            at,
            [
                (
                    7,
                    1,
                    "the image `https://x.kz/a.png` has no description (alt text)"
                ),
                (
                    7,
                    25,
                    "the image `https://x.kz/b.png` has no description (alt text)"
                ),
            ]
        );
        assert!(d.iter().all(|x| !x.is_error()));
    }
}
