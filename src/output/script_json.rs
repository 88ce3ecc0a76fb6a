//! JSON to put inside a `<script>` element (JSON-LD, the search index).

/// `value` as JSON that cannot end or change its `<script>` element, whatever its
/// strings hold: `<`, `>` and `&` are written as `\u003c`, `\u003e` and `\u0026`
/// (so no `</script>`, `<!--` or `<script` reaches the HTML parser), and the line
/// separators older parsers take for line ends as `\u2028` and `\u2029`.
pub fn script_json(value: &impl serde::Serialize) -> String {
    let json = serde_json::to_string(value).unwrap_or_else(|_| "null".into());
    // Each of the five begins with a byte of its own: `<`, `>`, `&`, or 0xE2, the
    // first of the three of U+2028 and U+2029. Bytes are scanned, not chars: the
    // search index is megabytes long, and every entry page has its JSON-LD.
    let bytes = json.as_bytes();
    if !bytes
        .iter()
        .any(|&b| matches!(b, b'<' | b'>' | b'&' | 0xE2))
    {
        return json;
    }
    let mut out = String::with_capacity(json.len() + 32);
    let mut from = 0;
    for (i, &b) in bytes.iter().enumerate() {
        let (escaped, len) = match b {
            b'<' => ("\\u003c", 1),
            b'>' => ("\\u003e", 1),
            b'&' => ("\\u0026", 1),
            0xE2 if bytes[i + 1..].starts_with(&[0x80, 0xA8]) => ("\\u2028", 3),
            0xE2 if bytes[i + 1..].starts_with(&[0x80, 0xA9]) => ("\\u2029", 3),
            _ => continue,
        };
        // `i` begins a character, and `from` follows one.
        out.push_str(&json[from..i]);
        out.push_str(escaped);
        from = i + len;
    }
    out.push_str(&json[from..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nothing_in_a_string_can_leave_the_script() {
        let v = serde_json::json!({"t": "<!--<script></script> & \u{2028}\u{2029} ₸ ⁂ қ"});
        let s = script_json(&v);
        assert!(!s.contains(['<', '>', '&', '\u{2028}', '\u{2029}']), "{s}");
        assert!(
            s.contains("₸ ⁂ қ"),
            "other characters stay as they are: {s}"
        );
        let back: serde_json::Value = serde_json::from_str(&s).unwrap();
        assert_eq!(back, v);
    }
}
