//! Escaping text for HTML written by hand (not by a template, which escapes by itself).

/// Escapes text for an HTML element or a double-quoted attribute: the map's labels, the
/// Markdown tables' column names, and the messages `serve` shows over a page.
pub fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

#[cfg(test)]
mod tests {
    #[test]
    fn escapes_what_could_open_a_tag_an_entity_or_end_an_attribute() {
        assert_eq!(
            super::escape(r#"<b a="1">&</b>"#),
            "&lt;b a=&quot;1&quot;&gt;&amp;&lt;/b&gt;"
        );
    }
}
