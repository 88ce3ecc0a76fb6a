//! Charts of figures as inline SVG, for the web pages that show figures (the
//! catalogue's, the report's, and figures blocks in Markdown).

use std::fmt::Write;

use crate::site::figures::Figure;

pub(crate) fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// A horizontal bar chart as inline SVG: each row its label, then its bar and count;
/// the labels and counts are text in it. A screen reader reads it as one image
/// (`role="img"`), named by its title and, unless a table of the same figures
/// is beside it (`table_beside`), the figures too: «Title: Seminars 2, …».
pub fn bar_chart(title: &str, items: &[Figure], table_beside: bool) -> String {
    const W: u32 = 480;
    const ROW: u32 = 38;
    const BAR: u32 = 420;
    let h = ROW * items.len().max(1) as u32;
    let max = items.iter().map(|f| f.count).max().unwrap_or(1).max(1);
    let mut s = String::new();
    let spoken = if table_beside || items.is_empty() {
        title.to_string()
    } else {
        let figures: Vec<String> = (items.iter())
            .map(|f| format!("{} {}", f.label, f.count))
            .collect();
        format!("{title}: {}", figures.join(", "))
    };
    let _ = write!(
        s,
        r#"<svg class="chart" viewBox="0 0 {W} {h}" width="100%" role="img" aria-label="{l}" xmlns="http://www.w3.org/2000/svg"><title>{t}</title>"#,
        l = esc(&spoken),
        t = esc(title)
    );
    for (i, f) in items.iter().enumerate() {
        let y = i as u32 * ROW;
        let w = ((f.count as f64 / max as f64) * BAR as f64)
            .round()
            .max(2.0) as u32;
        let _ = write!(
            s,
            r##"<g><title>{label}: {n}</title><text x="0" y="{ty}" font-size="13" fill="currentColor">{label}</text><rect class="bar" x="0" y="{by}" width="{w}" height="12" rx="2" fill="#2f5d8a"/><text x="{nx}" y="{ny}" font-size="13" fill="currentColor">{n}</text></g>"##,
            label = esc(&f.label),
            ty = y + 13,
            by = y + 19,
            nx = w + 6,
            ny = y + 30,
            n = f.count,
        );
    }
    s.push_str("</svg>");
    s
}
