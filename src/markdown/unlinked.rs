//! Links Markdown shows as text because their address has a space in it:
//! `[Сабақ жоспары](Сабақ жоспары.pdf)` appears on the page as written,
//! brackets and all, and the file it names is never linked.

/// In `src`, the source of a run of text (a link that was read is never
/// text), the first `](address)` whose address has a space: the offset of the
/// address and the address in angle brackets, which Markdown reads whole.
pub(super) fn spaced_address(src: &str) -> Option<(usize, String)> {
    let mut from = 0;
    while let Some(i) = src[from..].find("](") {
        let at = from + i + 2;
        let close = closing_paren(&src[at..])?;
        let address = &src[at..at + close];
        let (path, title) = split_title(address.trim());
        if path.contains(char::is_whitespace) && !path.starts_with('<') && !address.contains('\n') {
            let lead = address.len() - address.trim_start().len();
            let title = title.map(|t| format!(" {t}")).unwrap_or_default();
            return Some((at + lead, format!("(<{path}>{title})")));
        }
        from = at;
    }
    None
}

/// The offset in `text` of the `)` that closes it, `(1)` inside an address
/// (Windows names a copy `жоспар (1).pdf`) counted out.
fn closing_paren(text: &str) -> Option<usize> {
    let mut depth = 0usize;
    for (i, b) in text.bytes().enumerate() {
        match b {
            b'(' => depth += 1,
            b')' if depth == 0 => return Some(i),
            b')' => depth -= 1,
            b'\n' => return None,
            _ => {}
        }
    }
    None
}

/// `address` without the title a link may end with (`a.pdf "Жоспар"`), and the title.
fn split_title(address: &str) -> (&str, Option<&str>) {
    let Some(q) = address.chars().last().filter(|c| matches!(c, '"' | '\'')) else {
        return (address, None);
    };
    let opening = address[..address.len() - 1]
        .match_indices(q)
        .find(|&(i, _)| address[..i].ends_with(char::is_whitespace));
    match opening {
        Some((i, _)) => (address[..i].trim_end(), Some(&address[i..])),
        None => (address, None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_address_with_a_space_is_found_and_bracketed() {
        let src = "Қараңыз: [Сабақ жоспары](Сабақ жоспары.pdf), бәрі осында.";
        let (at, fixed) = spaced_address(src).unwrap();
        assert!(src[at..].starts_with("Сабақ жоспары.pdf)"));
        assert_eq!(fixed, "(<Сабақ жоспары.pdf>)");
        // The second of two, when the first is not the problem.
        let src = "[a](b) және [c]( d e.jpg )";
        let (at, fixed) = spaced_address(src).unwrap();
        assert!(src[at..].starts_with("d e.jpg"));
        assert_eq!(fixed, "(<d e.jpg>)");
        let (_, fixed) = spaced_address("[Жоспар](Сабақ жоспары (1).pdf) бар").unwrap();
        assert_eq!(fixed, "(<Сабақ жоспары (1).pdf>)");
        let (_, fixed) = spaced_address("[a](сабақ жоспары.pdf \"Жоспар\")").unwrap();
        assert_eq!(fixed, "(<сабақ жоспары.pdf> \"Жоспар\")");
    }

    #[test]
    fn brackets_that_are_not_a_spaced_link_are_left() {
        for src in [
            "[a](b.pdf)",
            "[a](<b c.pdf>)",
            "f(x) = [0, 1](2)",
            "[a](b\nc)",
            "[a](/url \"title \"and\" title\")",
            "no link",
        ] {
            assert_eq!(spaced_address(src), None, "{src}");
        }
    }
}
