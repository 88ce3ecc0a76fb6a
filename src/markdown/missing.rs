//! What to say of a link to a file that is not there, when more can be said
//! than «check the path»: a place on the methodist's own computer
//! (`C:\Users\…\foto.jpg`), a Windows path written with `\`, or a name whose
//! letters differ only in case (`Taqta.JPG` for `taqta.jpg`), which Windows
//! finds and the college's web server does not.

use std::path::Path;

use crate::messages::Text;
use crate::paths::PathMap;
use crate::t;

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

/// The hint for a link written `written` that was looked for at `target`
/// among `known` (the site's files or pages by source path), from `base`.
pub(crate) fn hint<V>(
    written: &str,
    target: &Path,
    base: &Path,
    known: &PathMap<std::path::PathBuf, V>,
) -> Option<Text> {
    if written.contains('\\') {
        return Some(t!(
            "markdown-link-backslash-hint",
            fixed = written.replace('\\', "/")
        ));
    }
    let wanted = target.to_string_lossy().to_lowercase();
    // Lengths first: a site has tens of thousands of files, and a build after
    // a folder was moved hundreds of broken links.
    let len = target.as_os_str().len();
    let found = known
        .keys()
        .filter(|k| k.as_os_str().len() == len)
        .find(|k| k.to_string_lossy().to_lowercase() == wanted)?;
    let name = found.strip_prefix(base).unwrap_or(found);
    Some(t!(
        "markdown-link-case-hint",
        name = name.to_string_lossy().into_owned()
    ))
}
