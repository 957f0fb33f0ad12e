//! The Markdown stage with internal links and raw-HTML checks on arbitrary input: never a
//! panic, and links always resolve to something.
#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let mut diagnostics = Vec::new();
    let rendered = homeward::markdown::render(&text, 0, Path::new("content/fuzz.md"), false, &mut diagnostics);
    let html = rendered.resolve_links(|i| format!("/resolved/{i}/"));
    assert!(!html.contains("homeward-link:") || text.contains("homeward-link:"));
    for h in &rendered.headings {
        assert!(!h.id.is_empty());
    }
});
