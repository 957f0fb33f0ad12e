//! `site.toml` parsing on arbitrary input: never a panic.
#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let _ = homeward::config::parse(&text, Path::new("site.toml"));
});
