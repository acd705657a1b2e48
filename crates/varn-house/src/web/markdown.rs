//! Markdown written by coordinators (plan sections, the picture's narrative) as HTML for a
//! page: tables and strike-through allowed, raw HTML shown as text, and links only to the
//! web, mail or this site.

/// Renders a section's Markdown to HTML: headings, lists, links, tables, emphasis. Raw HTML
/// in the text is shown as text, and only http(s), mailto and relative links are kept.
pub fn render_markdown(text: &str) -> String {
    use pulldown_cmark::{html, CowStr, Event, Options, Parser, Tag};
    let options = Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH;
    let safe_url = |url: &CowStr| {
        let u = url.trim().to_lowercase();
        u.starts_with("http://")
            || u.starts_with("https://")
            || u.starts_with("mailto:")
            || u.starts_with('/')
            || u.starts_with('#')
    };
    let events = Parser::new_ext(text, options).map(|event| match event {
        Event::Html(raw) | Event::InlineHtml(raw) => Event::Text(raw),
        Event::Start(Tag::Link {
            link_type,
            dest_url,
            title,
            id,
        }) => {
            let dest_url = if safe_url(&dest_url) {
                dest_url
            } else {
                CowStr::from("#")
            };
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                title,
                id,
            })
        }
        Event::Start(Tag::Image { dest_url, .. }) => Event::Text(dest_url),
        Event::End(pulldown_cmark::TagEnd::Image) => Event::Text(CowStr::from("")),
        other => other,
    });
    let mut out = String::new();
    html::push_html(&mut out, events);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_keeps_structure_and_drops_raw_html() {
        let html = render_markdown(
            "## Rubrik\n\n- en\n- två\n\n[länk](https://example.se) [x](javascript:alert(1))\n\n<script>alert(1)</script>\n\n| a | b |\n|---|---|\n| 1 | 2 |\n",
        );
        assert!(html.contains("<h2>Rubrik</h2>"));
        assert!(html.contains("<li>två</li>"));
        assert!(html.contains("href=\"https://example.se\""));
        assert!(!html.contains("javascript:"));
        assert!(!html.contains("<script>"));
        assert!(html.contains("&lt;script&gt;"));
        assert!(html.contains("<table>"));
    }
}
