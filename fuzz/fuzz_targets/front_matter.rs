//! The front-matter splitter and parser on arbitrary input: never a panic, never a hang, and
//! every error points inside the file.
#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let file = Path::new("content/fuzz.md");
    match homeward::frontmatter::split(&text, file) {
        Ok(split) => {
            assert!(split.front_matter.end <= split.body.start && split.body.end == text.len());
            if let Err(d) = homeward::frontmatter::parse(&text, &split, file) {
                let line = d.location.map_or(0, |l| l.line);
                assert!(line <= text.lines().count() + 1);
            }
        }
        Err(d) => assert!(!d.message.is_empty()),
    }
});
