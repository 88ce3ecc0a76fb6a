//! What to say of a link to a file that is not there, when more can be said
//! than «check the path»: a place on the methodist's own computer
//! (`C:\Users\…\foto.jpg`). A Windows path written with `\`, or a name whose
//! letters differ only in case, is told by [`crate::paths::missing_hint`],
//! which front matter's file names share.

/// The file's name, when `dest` is a place on the computer the site is written
/// on (`C:\Users\…\foto.jpg`, `\\server\share\…`, `file:///…`), which no
/// visitor can open.
pub(super) fn on_this_computer(dest: &str) -> Option<String> {
    let b = dest.as_bytes();
    let drive =
        b.len() > 2 && b[0].is_ascii_alphabetic() && b[1] == b':' && matches!(b[2], b'\\' | b'/');
    let share = dest.starts_with("\\\\");
    let file = dest
        .get(..5)
        .is_some_and(|s| s.eq_ignore_ascii_case("file:"));
    (drive || share || file).then(|| {
        let name = dest.rsplit(['\\', '/']).next().unwrap_or(dest);
        percent_encoding::percent_decode_str(name)
            .decode_utf8_lossy()
            .into_owned()
    })
}
