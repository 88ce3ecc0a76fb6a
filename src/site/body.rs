//! A document's Markdown: the part of its file after the front matter, kept in
//! the text as it was read, so that no body is copied when a file is loaded.

use std::sync::Arc;

/// The Markdown after a file's front matter; dereferences to it.
#[derive(Clone)]
pub struct Body {
    /// The whole text as read: moved here, not copied.
    text: Arc<String>,
    /// Where the body is in it.
    range: std::ops::Range<usize>,
}

impl Body {
    /// The body of `text` at `range` (see [`range_of`]).
    ///
    /// # Panics
    /// If `range` is not a slice of `text` between characters.
    pub fn new(text: String, range: std::ops::Range<usize>) -> Body {
        assert!(
            text.get(range.clone()).is_some(),
            "a body is a slice of its text"
        );
        Body {
            text: Arc::new(text),
            range,
        }
    }

    /// The whole text of the file the body is part of, front matter included.
    pub fn file_text(&self) -> &str {
        &self.text
    }
}

/// Where `part`, a slice of `text`, is in it; `None` if it is not a slice of it.
pub fn range_of(text: &str, part: &str) -> Option<std::ops::Range<usize>> {
    let start = (part.as_ptr() as usize).checked_sub(text.as_ptr() as usize)?;
    let range = start..start + part.len();
    (range.end <= text.len()).then_some(range)
}

impl std::ops::Deref for Body {
    type Target = str;

    fn deref(&self) -> &str {
        &self.text[self.range.clone()]
    }
}

impl std::fmt::Debug for Body {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Debug::fmt(&**self, f)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_body_is_the_text_after_its_start() {
        let text = "---\ntitle: Ә\n---\nМәтін\n".to_string();
        let at = text.find("Мәтін").expect("the body");
        let range = range_of(&text, &text[at..]).expect("a slice");
        let b = Body::new(text, range);
        assert_eq!(&*b, "Мәтін\n");
        assert_eq!(&*b.clone(), "Мәтін\n");
        assert_eq!(format!("{b:?}"), "\"Мәтін\\n\"");
        assert_eq!(&*Body::new("a".to_string(), 0..1), "a");
        assert_eq!(range_of("abc", "x"), None);
    }
}
