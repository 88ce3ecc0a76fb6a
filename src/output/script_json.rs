//! JSON to put inside a `<script>` element (JSON-LD, the search index).

/// `value` as JSON that cannot end or change its `<script>` element, whatever its
/// strings hold: `<`, `>` and `&` are written as `\u003c`, `\u003e` and `\u0026`
/// (so no `</script>`, `<!--` or `<script` reaches the HTML parser), and the line
/// separators older parsers take for line ends as `\u2028` and `\u2029`.
pub fn script_json(value: &impl serde::Serialize) -> String {
    let json = serde_json::to_string(value).unwrap_or_else(|_| "null".into());
    if !json.contains(['<', '>', '&', '\u{2028}', '\u{2029}']) {
        return json;
    }
    // Copied in slices between the characters replaced (the search index is
    // megabytes long).
    let mut out = String::with_capacity(json.len() + 32);
    let mut from = 0;
    for (i, c) in json.match_indices(['<', '>', '&', '\u{2028}', '\u{2029}']) {
        out.push_str(&json[from..i]);
        out.push_str(match c {
            "<" => "\\u003c",
            ">" => "\\u003e",
            "&" => "\\u0026",
            "\u{2028}" => "\\u2028",
            _ => "\\u2029",
        });
        from = i + c.len();
    }
    out.push_str(&json[from..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nothing_in_a_string_can_leave_the_script() {
        let v = serde_json::json!({"t": "<!--<script></script> & \u{2028}"});
        let s = script_json(&v);
        assert!(!s.contains(['<', '>', '&', '\u{2028}']), "{s}");
        let back: serde_json::Value = serde_json::from_str(&s).unwrap();
        assert_eq!(back, v);
    }
}
