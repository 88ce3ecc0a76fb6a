//! Images in Markdown: photos shown from their copies with `srcset`, an image
//! alone in its paragraph with a title (`![alt](photo.jpg "caption")`) shown as
//! a figure with its caption, a paragraph of photos shown as a gallery whose
//! pictures open full-size, and a warning for every image without alt text.

use crate::t;
use std::ops::Range;

use pulldown_cmark::{CowStr, Event, Tag, TagEnd, html};

use super::{Doc, html_escape, script_scheme};
use crate::diagnostics::{Diagnostic, Location};
use crate::paths::{escape_path, relative_url};
use crate::site::photos::Photo;

/// How wide photos are shown, for browsers choosing from `srcset`: the page's
/// text column, or the whole screen of a phone.
const SIZES: &str = "(max-width: 48rem) 100vw, 46rem";

/// How wide a gallery's pictures are shown: two to a row on a phone, about
/// four in the text column.
const GALLERY_SIZES: &str = "(max-width: 30rem) 50vw, 12rem";

/// What a document has seen of its images so far.
#[derive(Default)]
pub(super) struct Pictures<'p> {
    /// The image of a photo being read.
    open: Option<OpenImage<'p>>,
    /// Photos written so far: the first is loaded at once, the rest when
    /// scrolled to.
    shown: usize,
    /// The image being read, for its alt text.
    alt: Option<AltCheck>,
    /// Where the paragraph being read starts among the events.
    paragraph: Option<usize>,
    /// The photos of that paragraph, by the event each was written as.
    placed: Vec<Placed<'p>>,
}

/// An image of a photo being read: its alt text comes as the events inside it.
struct OpenImage<'p> {
    photo: &'p Photo,
    title: String,
    alt: String,
}

/// A photo written in the paragraph being read.
struct Placed<'p> {
    /// Its event.
    at: usize,
    image: OpenImage<'p>,
    /// Whether it is loaded at once rather than when scrolled to.
    eager: bool,
}

/// An image being read: where it starts, its address, and whether it has alt
/// text so far.
struct AltCheck {
    at: usize,
    dest: String,
    described: bool,
}

/// One image of a paragraph that holds nothing else.
enum Alone<'a, 'p> {
    Photo(&'a Placed<'p>),
    /// Any other image: its events, from its start to its end.
    Other(Range<usize>),
}

impl<'m, 'l> Doc<'m, 'l> {
    /// Warns of an image without alt text, which people who cannot see it (and
    /// search engines) would miss.
    pub(super) fn check_alt(
        &mut self,
        event: &Event,
        range: &Range<usize>,
        diags: &mut Vec<Diagnostic>,
    ) {
        match event {
            Event::Start(Tag::Image { dest_url, .. }) => {
                self.pictures.alt = Some(AltCheck {
                    at: range.start,
                    dest: dest_url.to_string(),
                    described: false,
                });
            }
            Event::Text(t) | Event::Code(t) if !t.trim().is_empty() => {
                if let Some(alt) = &mut self.pictures.alt {
                    alt.described = true;
                }
            }
            Event::End(TagEnd::Image) => {
                if let Some(alt) = self.pictures.alt.take().filter(|a| !a.described) {
                    diags.push(
                        Diagnostic::warning(
                            Location::at_offset(
                                self.links.source,
                                self.md,
                                alt.at,
                                self.first_line,
                            ),
                            t!(
                                "markdown-pictures-image-has-no-description",
                                dest = (alt.dest).to_string()
                            ),
                        )
                        .with_hint(t!("markdown-pictures-say-what-shows-between-hint")),
                    );
                }
            }
            _ => {}
        }
    }

    /// Reads an image of a photo and writes it as an `<img>` with the photo's
    /// copies; false for every other event.
    pub(super) fn take_image(&mut self, event: &Event) -> bool {
        match (event, &mut self.pictures.open) {
            (
                Event::Start(Tag::Image {
                    dest_url, title, ..
                }),
                None,
            ) => {
                let Some(photo) = self.photo(dest_url) else {
                    return false;
                };
                self.pictures.open = Some(OpenImage {
                    photo,
                    title: title.to_string(),
                    alt: String::new(),
                });
            }
            (Event::Text(t) | Event::Code(t), Some(open)) => open.alt.push_str(t),
            (Event::End(TagEnd::Image), Some(_)) => {
                let image = self.pictures.open.take().expect("an image is open");
                let eager = self.pictures.shown == 0;
                self.pictures.shown += 1;
                let html = self.img(&image, eager, SIZES, true);
                self.pictures.placed.push(Placed {
                    at: self.events.len(),
                    image,
                    eager,
                });
                self.events.push(Event::InlineHtml(html.into()));
            }
            // Emphasis and the like inside alt text: only their text counts.
            (_, Some(_)) => {}
            _ => return false,
        }
        true
    }

    /// Notes where a paragraph starts, before its event is written.
    pub(super) fn open_paragraph(&mut self) {
        self.pictures.paragraph = Some(self.events.len());
        self.pictures.placed.clear();
    }

    /// After a paragraph's end is written: a paragraph holding only images
    /// becomes a gallery (two or more photos) or a figure (one image with a
    /// title, which becomes its caption).
    pub(super) fn close_paragraph(&mut self) {
        let Some(start) = self.pictures.paragraph.take() else {
            return;
        };
        let html = match self.alone_images(start).as_deref() {
            Some([one]) => self.figure(one),
            Some(many @ [_, _, ..]) => self.gallery(many),
            _ => None,
        };
        self.pictures.placed.clear();
        if let Some(html) = html {
            self.events.truncate(start);
            self.events.push(Event::Html(html.into()));
        }
    }

    /// The images of the paragraph whose start event is `start`, if it holds
    /// nothing else but spaces and line breaks.
    fn alone_images(&self, start: usize) -> Option<Vec<Alone<'_, 'l>>> {
        let end = self.events.len() - 1;
        let mut found = Vec::new();
        let mut placed = self.pictures.placed.iter().peekable();
        let mut i = start + 1;
        while i < end {
            match &self.events[i] {
                Event::SoftBreak | Event::HardBreak => {}
                Event::Text(t) if t.trim().is_empty() => {}
                Event::InlineHtml(_) if placed.peek().is_some_and(|p| p.at == i) => {
                    found.push(Alone::Photo(placed.next()?));
                }
                Event::Start(Tag::Image { .. }) => {
                    let close =
                        (i..end).find(|&k| matches!(self.events[k], Event::End(TagEnd::Image)))?;
                    found.push(Alone::Other(i..close + 1));
                    i = close;
                }
                _ => return None,
            }
            i += 1;
        }
        Some(found)
    }

    /// A figure of one image with a title, its caption; `None` without a title.
    fn figure(&self, one: &Alone) -> Option<String> {
        let (img, caption) = match one {
            Alone::Photo(p) => (
                self.img(&p.image, p.eager, SIZES, false),
                p.image.title.clone(),
            ),
            Alone::Other(span) => {
                let Event::Start(Tag::Image {
                    link_type,
                    dest_url,
                    title,
                    id,
                }) = &self.events[span.start]
                else {
                    return None;
                };
                let mut events = vec![Event::Start(Tag::Image {
                    link_type: *link_type,
                    dest_url: dest_url.clone(),
                    title: CowStr::Borrowed(""),
                    id: id.clone(),
                })];
                events.extend(self.events[span.start + 1..span.end].iter().cloned());
                let mut img = String::new();
                html::push_html(&mut img, events.into_iter());
                (img, title.to_string())
            }
        };
        (!caption.trim().is_empty()).then(|| {
            format!(
                "<figure class=\"picture\">{img}<figcaption>{}</figcaption></figure>\n",
                html_escape(caption.trim())
            )
        })
    }

    /// A grid of photos, each a link to its widest copy (which a browser opens
    /// full-size without any script, from `file://` too), with its caption if
    /// it has a title; `None` unless every image is a photo.
    fn gallery(&self, many: &[Alone]) -> Option<String> {
        let mut html = String::from("<div class=\"gallery\">\n");
        for one in many {
            let Alone::Photo(p) = one else {
                return None;
            };
            let photo = p.image.photo;
            let widest = photo
                .probe
                .widths()
                .last()
                .copied()
                .unwrap_or(photo.probe.width);
            let href = relative_url(self.links.page_dir, &escape_path(&photo.url(widest)));
            let caption = p.image.title.trim();
            // A link is named by its picture's alt text; without one, by the caption
            // or the file, so that it is never a link without a name.
            let label = if p.image.alt.trim().is_empty() {
                let name = photo.source.file_name().map(|n| n.to_string_lossy());
                let name = if caption.is_empty() {
                    name.unwrap_or_default().into_owned()
                } else {
                    caption.to_string()
                };
                format!(" aria-label=\"{}\"", html_escape(&name))
            } else {
                String::new()
            };
            html.push_str(&format!(
                "<figure><a href=\"{}\"{label}>{}</a>{}</figure>\n",
                html_escape(&href),
                self.img(&p.image, p.eager, GALLERY_SIZES, false),
                if caption.is_empty() {
                    String::new()
                } else {
                    format!("<figcaption>{}</figcaption>", html_escape(caption))
                }
            ));
        }
        html.push_str("</div>\n");
        Some(html)
    }

    /// The photo an image's address points at, if it is one.
    fn photo(&self, dest: &str) -> Option<&'l Photo> {
        let photos = self.links.photos?;
        if script_scheme(dest, true).is_some() {
            return None;
        }
        photos.linked(dest, self.base).map(|id| &photos.list[id])
    }

    /// The `<img>` of a photo, with its copies in `srcset` and its size.
    fn img(&self, image: &OpenImage, eager: bool, sizes: &str, with_title: bool) -> String {
        let p = image.photo;
        let url = |w: u32| relative_url(self.links.page_dir, &escape_path(&p.url(w)));
        let srcset: Vec<String> = (p.probe.widths().iter())
            .map(|&w| format!("{} {w}w", url(w)))
            .collect();
        let w = p.probe.default_width();
        let title = if with_title && !image.title.is_empty() {
            format!(" title=\"{}\"", html_escape(&image.title))
        } else {
            String::new()
        };
        format!(
            "<img src=\"{}\" srcset=\"{}\" sizes=\"{sizes}\" width=\"{w}\" height=\"{}\" alt=\"{}\"{title}{}>",
            html_escape(&url(w)),
            html_escape(&srcset.join(", ")),
            p.probe.height_at(w),
            html_escape(&image.alt),
            if eager {
                " decoding=\"async\""
            } else {
                " loading=\"lazy\" decoding=\"async\""
            },
        )
    }
}
