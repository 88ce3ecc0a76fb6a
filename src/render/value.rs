//! Building template values directly, so that values shared by many pages (entry
//! cards, the site summary) are made once and shared by reference-counted handles
//! instead of being serialised again for every page.

use tera::{Map, Value};

/// An ordered map value under construction.
#[derive(Default)]
pub struct Obj(Map);

impl Obj {
    /// An empty map.
    pub fn new() -> Self {
        Obj(Map::default())
    }

    /// Adds `key`; keys keep the order they are set in.
    pub fn set(mut self, key: &'static str, value: impl Into<Value>) -> Self {
        self.0.insert(key.into(), value.into());
        self
    }

    /// Adds `key`, set to null when `value` is `None`.
    pub fn set_opt<T: Into<Value>>(self, key: &'static str, value: Option<T>) -> Self {
        match value {
            Some(v) => self.set(key, v),
            None => self.set(key, Value::none()),
        }
    }

    /// The finished map as a template value.
    pub fn build(self) -> Value {
        Value::from(self.0)
    }
}

/// A list of already built values; cloning a `Value` only bumps a reference count.
pub fn list(items: impl IntoIterator<Item = Value>) -> Value {
    Value::from(items.into_iter().collect::<Vec<Value>>())
}

/// HTML that templates print as is.
pub fn safe(html: &str) -> Value {
    Value::safe_string(html)
}
