//! A list item whose next `- ` line is indented deeper than its own dash.
//! YAML reads the deeper line as the item's continuation, so
//! `- один` over `   - два` is one item «один - два», valid and silent. The
//! source lines show what was meant.

/// One item joined from several `- ` lines.
#[derive(Debug, PartialEq)]
pub struct Joined {
    /// The items meant: the text of the item's own line, then of each deeper one.
    pub parts: Vec<String>,
    /// The first deeper line, counted from the field's name (its line is 0).
    pub deeper_line: usize,
    /// The column of that line's dash (from 1).
    pub deeper_column: usize,
}

impl Joined {
    /// The one item YAML makes of the lines: a plain value's lines are folded
    /// with a space, so the deeper dash stays inside it.
    pub fn as_read(&self) -> String {
        self.parts.join(" - ")
    }
}

/// The items of a block list field joined from deeper `- ` lines. `lines`
/// starts at the field's own line.
pub fn joined_items<'a>(mut lines: impl Iterator<Item = &'a str>) -> Vec<Joined> {
    if lines.next().is_none_or(|l| !l.trim_end().ends_with(':')) {
        return Vec::new();
    }
    let mut top = None;
    let mut out: Vec<Joined> = Vec::new();
    let mut current: Option<Joined> = None;
    // A list may begin at the name's own indentation (`tags:` over `- a`).
    let block = lines.take_while(|l| l.starts_with([' ', '\t', '-']));
    for (i, line) in block.enumerate() {
        let text = line.trim_start_matches([' ', '\t']);
        let indent = line.len() - text.len();
        let Some(item) = text.strip_prefix("- ") else {
            // Any other line (a comment, a folded line) makes the guess unsafe.
            current = None;
            continue;
        };
        let item = item.trim().to_string();
        let top = *top.get_or_insert(indent);
        if indent == top {
            out.extend(current.take().filter(|j| j.parts.len() > 1));
            current = Some(Joined {
                parts: vec![item],
                deeper_line: 0,
                deeper_column: 0,
            });
        } else if let Some(j) = current.as_mut().filter(|_| indent > top) {
            if j.parts.len() == 1 {
                j.deeper_line = i + 1;
                j.deeper_column = line[..indent].chars().count() + 1;
            }
            j.parts.push(item);
        }
    }
    out.extend(current.filter(|j| j.parts.len() > 1));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn joined(front: &str) -> Vec<(Vec<String>, usize)> {
        let all = joined_items(front.lines());
        all.into_iter().map(|j| (j.parts, j.deeper_line)).collect()
    }

    #[test]
    fn a_deeper_dash_is_told_with_the_items_meant() {
        let found = joined("tags:\n  - один\n     - два\n  - үш\n");
        assert_eq!(found, [(vec!["один".to_string(), "два".to_string()], 2)]);
        let found = joined("tags:\n- а\n  - ә\n  - б\n");
        assert_eq!(found[0].0, ["а", "ә", "б"]);
        assert_eq!(found[0].1, 2);
    }

    #[test]
    fn lists_in_line_and_other_lines_are_left_alone() {
        assert!(joined("tags:\n  - один\n  - два\n").is_empty());
        assert!(joined("tags: [один, два]\n").is_empty());
        assert!(joined("tags:\n  - один\n    әрі\n    - два\n").is_empty());
        // The next field ends the list.
        assert!(joined("tags:\n  - один\ntitle: - два\n").is_empty());
    }

    #[test]
    fn the_item_as_read_is_what_yaml_makes_of_it() {
        let front = "tags:\n  - один\n     - два\n";
        let map: serde_yaml::Mapping = serde_yaml::from_str(front).unwrap();
        let read = map["tags"][0].as_str().unwrap();
        assert_eq!(joined_items(front.lines())[0].as_read(), read);
    }
}
