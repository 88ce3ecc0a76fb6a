//! The `card(item=…, level=…)` function of templates: an entry's card as
//! `partials/card.html` renders it, made once per language and heading level and
//! then reused on every page that lists the entry. An entry is listed on about ten
//! pages (its kind, year, department, tags, authors, related works, home), and
//! rendering the card each time was a fifth of a listing page's cost.
//!
//! A reused card sees `item`, `root`, `card_h` (the level, when given), `site` and
//! `t`, and nothing else of the page: that is what makes it the same on every page.
//! `root` differs from page to page, so the card is kept in pieces between the
//! places it is written, and joined with the page's own `root`.

use std::sync::{Arc, OnceLock};

use tera::{Context, Kwargs, State, Tera, TeraResult, Value};
use typed_index_collections::TiVec;

use crate::site::EntryId;

/// The template a card is rendered from.
pub const CARD_TEMPLATE: &str = "partials/card.html";

/// Stands for `root` while a card is rendered once for all pages: control
/// characters never reach a card's text (sources lose them when read, YAML refuses
/// them), so it cannot be mistaken for one.
const ROOT_MARK: &str = "\u{1}root\u{1}";

/// Heading levels a card may be asked for: none (the template's default), 1–6.
const LEVELS: usize = 7;

/// A card's HTML split where `root` goes.
type Pieces = Box<[Box<str>]>;

/// One entry's card and its HTML at each heading level, made on first use.
struct Slot {
    card: Value,
    html: [OnceLock<Result<Pieces, String>>; LEVELS],
}

/// Every card of one language, found by the card value a template passes in.
struct Cards {
    /// The language's templates, with its `site` and `t`.
    tera: Tera,
    /// The card map's address → its slot: a template passes the very value the
    /// listing holds, so its address names it without hashing its text.
    by_address: foldhash::HashMap<usize, EntryId>,
    slots: TiVec<EntryId, Slot>,
}

fn address(card: &Value) -> Option<usize> {
    card.as_map().map(|m| std::ptr::from_ref(m) as usize)
}

/// Registers `card()` in `tera` (which holds the language's `site` and `t`) over
/// `cards`, the language's cards by entry. A card made again later (`ozyq serve`
/// after an edit) is a new value: it is rendered on each use, as any value that is
/// not one of `cards` is, until the function is registered again.
pub fn register(tera: &mut Tera, cards: &TiVec<EntryId, Value>) {
    let mut by_address =
        foldhash::HashMap::with_capacity_and_hasher(cards.len(), Default::default());
    let slots = cards
        .iter_enumerated()
        .map(|(i, card)| {
            if let Some(a) = address(card) {
                by_address.insert(a, i);
            }
            Slot {
                card: card.clone(),
                html: Default::default(),
            }
        })
        .collect();
    let made = Arc::new(Cards {
        tera: tera.clone(),
        by_address,
        slots,
    });
    tera.register_function("card", move |kwargs: Kwargs, state: &State| {
        made.call(&kwargs, state)
    });
}

/// Registers a `card()` that only says it cannot be used, so that templates that
/// call it pass the check at load time; [`register`] replaces it before any page is
/// rendered.
pub fn register_placeholder(tera: &mut Tera) {
    tera.register_function("card", |_: Kwargs, _: &State| -> TeraResult<Value> {
        Err(tera::Error::message(
            "card() is available on the site's pages only",
        ))
    });
}

impl Cards {
    fn call(&self, kwargs: &Kwargs, state: &State) -> TeraResult<Value> {
        let item: Value = kwargs.must_get("item")?;
        let level: Option<u8> = kwargs.get("level")?;
        let slot = match level {
            None => 0,
            Some(l @ 1..=6) => usize::from(l),
            Some(l) => {
                return Err(tera::Error::message(format!(
                    "card(): level must be a heading level from 1 to 6, not {l}"
                )));
            }
        };
        let root: Value = state.get("root")?.unwrap_or_else(|| Value::from(""));
        let root = state.escape_if_needed(&root)?;
        let found = address(&item)
            .and_then(|a| self.by_address.get(&a))
            .map(|&i| &self.slots[i]);
        let html = match found {
            Some(s) => match s.html[slot].get_or_init(|| self.pieces(&s.card, level)) {
                Ok(pieces) => pieces.join(root.as_str()),
                Err(e) => return Err(tera::Error::message(e)),
            },
            None => (self.pieces(&item, level).map_err(tera::Error::message)?).join(root.as_str()),
        };
        Ok(Value::safe_string(&html))
    }

    fn pieces(&self, item: &Value, level: Option<u8>) -> Result<Pieces, String> {
        let mut ctx = Context::new();
        ctx.insert_value("item", item.clone());
        ctx.insert("root", ROOT_MARK);
        if let Some(l) = level {
            ctx.insert("card_h", &l);
        }
        let html = self.tera.render(CARD_TEMPLATE, &ctx).map_err(|e| {
            // Tera's own report (`error: …` then ` --> partials/card.html:2:10`)
            // is kept whole, to be found at its line; another error says the
            // template it came from.
            let chain = error_chain(&e);
            if chain.starts_with("error: ") {
                chain
            } else {
                format!("{CARD_TEMPLATE}: {chain}")
            }
        })?;
        Ok(html.split(ROOT_MARK).map(Box::from).collect())
    }
}

/// An error and its causes, on one line.
fn error_chain(e: &tera::Error) -> String {
    let mut out = e.to_string();
    let mut cause = std::error::Error::source(e);
    while let Some(c) = cause {
        out.push_str(": ");
        out.push_str(&c.to_string());
        cause = c.source();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn card(title: &str, url: &str) -> Value {
        crate::render::value::Obj::new()
            .set("title", title)
            .set("url", url)
            .build()
    }

    fn tera(cards: &TiVec<EntryId, Value>) -> Tera {
        let mut tera = Tera::new();
        tera.autoescape_on(vec![".html"]);
        register_placeholder(&mut tera);
        tera.add_raw_templates([
            (
                CARD_TEMPLATE,
                r#"<a href="{{ root }}{{ item.url }}">{{ item.title }}</a>h{{ card_h | default(value=3) }}"#,
            ),
            (
                "list.html",
                "{% for item in items %}{{ card(item=item, level=2) }}|{% endfor %}",
            ),
            ("one.html", "{{ card(item=item) }}"),
            ("deep.html", "{{ card(item=item, level=9) }}"),
        ])
        .expect("templates");
        register(&mut tera, cards);
        tera
    }

    fn render(tera: &Tera, name: &str, root: &str, items: Vec<Value>) -> TeraResult<String> {
        let mut ctx = Context::new();
        ctx.insert("root", root);
        ctx.insert_value("item", items.first().cloned().unwrap_or(Value::none()));
        ctx.insert_value("items", Value::from(items));
        tera.render(name, &ctx)
    }

    #[test]
    fn a_card_made_once_takes_each_pages_root() {
        let cards: TiVec<EntryId, Value> =
            vec![card("Ә & Б", "a/index.html"), card("В", "b/index.html")].into();
        let tera = tera(&cards);
        let all = cards.iter().cloned().collect::<Vec<_>>();
        assert_eq!(
            render(&tera, "list.html", "../../", all.clone()).unwrap(),
            r#"<a href="../../a/index.html">Ә &amp; Б</a>h2|<a href="../../b/index.html">В</a>h2|"#
        );
        // The same cards again, from another depth and at the default level.
        assert_eq!(
            render(&tera, "list.html", "", all.clone()).unwrap(),
            r#"<a href="a/index.html">Ә &amp; Б</a>h2|<a href="b/index.html">В</a>h2|"#
        );
        assert_eq!(
            render(
                &tera,
                "one.html",
                "../",
                vec![cards[EntryId::from(1)].clone()]
            )
            .unwrap(),
            r#"<a href="../b/index.html">В</a>h3"#
        );
    }

    #[test]
    fn a_value_that_is_not_one_of_the_cards_is_rendered_as_it_is() {
        let cards: TiVec<EntryId, Value> = vec![card("Old", "a/index.html")].into();
        let tera = tera(&cards);
        // A card made again after an edit: same address in the site, new value.
        let fresh = card("New", "a/index.html");
        assert_eq!(
            render(&tera, "one.html", "../", vec![fresh]).unwrap(),
            r#"<a href="../a/index.html">New</a>h3"#
        );
    }

    #[test]
    fn a_level_that_is_no_heading_is_refused() {
        let cards: TiVec<EntryId, Value> = vec![card("A", "a/index.html")].into();
        let tera = tera(&cards);
        let e = render(&tera, "deep.html", "", cards.iter().cloned().collect()).unwrap_err();
        assert!(
            error_chain(&e).contains("from 1 to 6, not 9"),
            "{}",
            error_chain(&e)
        );
    }
}
