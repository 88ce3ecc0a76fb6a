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
    let mut out = String::with_capacity(json.len() + 32);
    for c in json.chars() {
        match c {
            '<' => out.push_str("\\u003c"),
            '>' => out.push_str("\\u003e"),
            '&' => out.push_str("\\u0026"),
            '\u{2028}' => out.push_str("\\u2028"),
            '\u{2029}' => out.push_str("\\u2029"),
            c => out.push(c),
        }
    }
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
