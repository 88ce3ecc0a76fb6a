//! What ozyq says to people — diagnostics, hints, summaries — in Kazakh, Russian or
//! English, from Project Fluent message files (`src/messages/ftl/<lang>/*.ftl`),
//! with each language's plural rules.
//!
//! Code names a message by its id with [`t!`](crate::t) and gives its values; the
//! English text is made at once (it is what the library's `Display` and the tests
//! read), and the binary renders the message again in the user's language.

use std::borrow::Cow;
use std::path::Path;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use include_dir::{Dir, include_dir};

mod lang;

pub use lang::Lang;

/// The message files, a folder per language.
static FTL: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/src/messages/ftl");

/// A message by id, with the values of its variables.
#[derive(Debug, Clone, PartialEq)]
pub struct Text {
    /// The message's id in the `.ftl` files.
    pub id: &'static str,
    /// Its variables' values, by name.
    pub args: Vec<(&'static str, Arg)>,
}

/// A message variable's value: text, or a number (which plural rules read).
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    /// Text, shown as it is.
    Str(String),
    /// A number, which selects plural forms.
    Num(f64),
    /// Another message, said in the same language: a word or phrase that
    /// varies (`an attachment`, `a cover`) inside a sentence.
    Text(Box<Text>),
}

/// Values a message variable takes.
pub trait IntoArg {
    /// The value as a message argument.
    fn into_arg(self) -> Arg;
}

macro_rules! text_args {
    ($($t:ty),*) => {$(
        impl IntoArg for $t {
            fn into_arg(self) -> Arg {
                Arg::Str(self.to_string())
            }
        }
    )*};
}
macro_rules! number_args {
    ($($t:ty),*) => {$(
        impl IntoArg for $t {
            fn into_arg(self) -> Arg {
                Arg::Num(self as f64)
            }
        }
    )*};
}
text_args!(&str, String, &String, char, Cow<'_, str>, &Cow<'_, str>);
number_args!(usize, u64, u32, u16, u8, i64, i32, f64, f32);

impl IntoArg for Arg {
    fn into_arg(self) -> Arg {
        self
    }
}

impl IntoArg for Text {
    fn into_arg(self) -> Arg {
        Arg::Text(Box::new(self))
    }
}

impl IntoArg for &Text {
    fn into_arg(self) -> Arg {
        Arg::Text(Box::new(self.clone()))
    }
}

impl IntoArg for &Path {
    fn into_arg(self) -> Arg {
        Arg::Str(self.display().to_string())
    }
}

impl IntoArg for &std::path::PathBuf {
    fn into_arg(self) -> Arg {
        Arg::Str(self.display().to_string())
    }
}

impl IntoArg for &&str {
    fn into_arg(self) -> Arg {
        Arg::Str((*self).to_string())
    }
}

/// An OS error, said in the user's language by its kind; the OS's own words
/// (which are English, or the system's language) only when the kind is one ozyq
/// has no message for.
impl IntoArg for &std::io::Error {
    fn into_arg(self) -> Arg {
        Arg::Text(Box::new(io_error(self)))
    }
}

/// What went wrong in an OS error, as a message: `there is no such file or
/// folder` rather than `No such file or directory (os error 2)`.
pub fn io_error(e: &std::io::Error) -> Text {
    // A loop of symbolic links has a kind of its own only in unstable Rust.
    #[cfg(unix)]
    if e.raw_os_error() == Some(libc::ELOOP) {
        return crate::t!("io-link-loop");
    }
    io_error_kind(e.kind(), &e.to_string())
}

/// [`io_error`] of an error kept as its kind and its words (`os_words`, said
/// only when ozyq has no message for the kind).
pub fn io_error_kind(kind: std::io::ErrorKind, os_words: &str) -> Text {
    use crate::t;
    use std::io::ErrorKind as K;
    match kind {
        K::NotFound => t!("io-not-found"),
        K::PermissionDenied => t!("io-permission-denied"),
        K::AlreadyExists => t!("io-already-exists"),
        K::StorageFull => t!("io-storage-full"),
        K::ReadOnlyFilesystem => t!("io-read-only"),
        K::IsADirectory => t!("io-is-a-directory"),
        K::NotADirectory => t!("io-not-a-directory"),
        K::DirectoryNotEmpty => t!("io-directory-not-empty"),
        K::InvalidData => t!("io-invalid-data"),
        K::InvalidInput => t!("io-invalid-input"),
        K::InvalidFilename => t!("io-invalid-filename"),
        K::TimedOut => t!("io-timed-out"),
        K::ConnectionRefused => t!("io-connection-refused"),
        K::ConnectionReset => t!("io-connection-reset"),
        K::ConnectionAborted => t!("io-connection-aborted"),
        K::NotConnected => t!("io-not-connected"),
        K::HostUnreachable => t!("io-host-unreachable"),
        K::NetworkUnreachable => t!("io-network-unreachable"),
        K::NetworkDown => t!("io-network-down"),
        K::AddrInUse => t!("io-addr-in-use"),
        K::AddrNotAvailable => t!("io-addr-not-available"),
        K::BrokenPipe => t!("io-broken-pipe"),
        K::UnexpectedEof => t!("io-unexpected-eof"),
        K::FileTooLarge => t!("io-file-too-large"),
        K::CrossesDevices => t!("io-crosses-devices"),
        K::ResourceBusy | K::ExecutableFileBusy => t!("io-resource-busy"),
        K::StaleNetworkFileHandle => t!("io-stale-network-file"),
        K::TooManyLinks => t!("io-too-many-links"),
        K::OutOfMemory => t!("io-out-of-memory"),
        K::WriteZero => t!("io-write-zero"),
        K::Interrupted => t!("io-interrupted"),
        K::WouldBlock => t!("io-would-block"),
        K::Unsupported => t!("io-unsupported"),
        _ => t!("io-other", message = os_words),
    }
}

/// The language of a locale name like `kk_KZ.UTF-8`, `ru-RU` or `en`.
pub fn from_locale(locale: &str) -> Option<Lang> {
    let code = locale
        .split(['_', '-', '.', '@'])
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    match code.as_str() {
        "kk" => Some(Lang::Kk),
        "ru" => Some(Lang::Ru),
        "en" => Some(Lang::En),
        _ => None,
    }
}

/// Converts a value for [`t!`](crate::t).
pub fn arg(v: impl IntoArg) -> Arg {
    v.into_arg()
}

/// A message by id with named values: `t!("summary-warnings", count = n)`.
#[macro_export]
macro_rules! t {
    ($id:literal $(, $k:ident = $v:expr)* $(,)?) => {
        $crate::messages::Text {
            id: $id,
            args: vec![$((stringify!($k), $crate::messages::arg($v))),*],
        }
    };
}

fn lang_id(lang: Lang) -> unic_langid::LanguageIdentifier {
    lang.code()
        .parse()
        .expect("kk, ru and en are language identifiers")
}

/// The messages of `lang`, read once.
fn bundle(lang: Lang) -> &'static FluentBundle<FluentResource> {
    static BUNDLES: [OnceLock<FluentBundle<FluentResource>>; 3] =
        [OnceLock::new(), OnceLock::new(), OnceLock::new()];
    let i = Lang::ALL.iter().position(|&l| l == lang).unwrap_or(0);
    BUNDLES[i].get_or_init(|| {
        let mut b = FluentBundle::new_concurrent(vec![lang_id(lang)]);
        // The terminal shows text left to right; Unicode isolation marks would only
        // be stray characters there.
        b.set_use_isolating(false);
        for file in resources(lang) {
            let _ = b.add_resource(file);
        }
        b
    })
}

/// The parsed message files of `lang`.
fn resources(lang: Lang) -> Vec<FluentResource> {
    let Some(dir) = FTL.get_dir(lang.code()) else {
        return Vec::new();
    };
    dir.files()
        .filter_map(|f| f.contents_utf8())
        .map(|text| FluentResource::try_new(text.to_string()).unwrap_or_else(|(r, _)| r))
        .collect()
}

impl Text {
    /// The message in `lang`; in English when `lang` lacks it, its id when no
    /// language has it.
    pub fn render(&self, lang: Lang) -> String {
        format(lang, self.id, &self.args)
            .or_else(|| format(Lang::En, self.id, &self.args))
            .unwrap_or_else(|| self.id.to_string())
    }
}

/// The message `id`, which has no variables, in `lang` (in English when `lang`
/// lacks it); `None` when no language has it. For ids made at run time, such
/// as the command line's help texts, one per command and argument.
pub fn lookup(lang: Lang, id: &str) -> Option<String> {
    format(lang, id, &[]).or_else(|| format(Lang::En, id, &[]))
}

/// The message `id` of `lang` with `values`; `None` when `lang` lacks it.
fn format(lang: Lang, id: &str, values: &[(&'static str, Arg)]) -> Option<String> {
    let bundle = bundle(lang);
    let pattern = bundle.get_message(id)?.value()?;
    let mut args = FluentArgs::new();
    for (k, v) in values {
        match v {
            Arg::Str(s) => args.set(*k, FluentValue::from(s.as_str())),
            Arg::Num(n) => args.set(*k, FluentValue::from(*n)),
            Arg::Text(t) => args.set(*k, FluentValue::from(t.render(lang))),
        }
    }
    let mut errors = Vec::new();
    Some(
        bundle
            .format_pattern(pattern, Some(&args), &mut errors)
            .into_owned(),
    )
}

/// Every message id of `lang`'s files, with the names of the variables it uses.
pub fn ids(lang: Lang) -> Vec<(String, Vec<String>)> {
    use fluent_syntax::ast;
    let mut out = Vec::new();
    for r in resources(lang) {
        for entry in r.entries() {
            if let ast::Entry::Message(m) = entry {
                let mut vars = Vec::new();
                if let Some(p) = &m.value {
                    pattern_vars(p, &mut vars);
                }
                vars.sort();
                vars.dedup();
                out.push((m.id.name.to_string(), vars));
            }
        }
    }
    out
}

fn pattern_vars(p: &fluent_syntax::ast::Pattern<&str>, out: &mut Vec<String>) {
    use fluent_syntax::ast::{Expression, InlineExpression, PatternElement};
    fn inline(e: &InlineExpression<&str>, out: &mut Vec<String>) {
        if let InlineExpression::VariableReference { id } = e {
            out.push(id.name.to_string());
        }
    }
    for el in &p.elements {
        if let PatternElement::Placeable { expression } = el {
            match expression {
                Expression::Inline(e) => inline(e, out),
                Expression::Select { selector, variants } => {
                    inline(selector, out);
                    for v in variants {
                        pattern_vars(&v.value, out);
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests;
