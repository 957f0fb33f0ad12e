//! URL slugs that keep the page's own script.
//!
//! A Khmer title gives a Khmer slug, an Arabic title an Arabic one: readable to the people the
//! page is for, unlike ASCII transliteration. Slugs are NFC, lower case, with letters, digits and
//! combining marks kept and everything else turned into single `-`.

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// Longest slug in bytes. File systems limit a name to 255 bytes, and a Khmer or Lao letter takes
/// three: a long title must not make a page that cannot be written.
pub const MAX_SLUG_BYTES: usize = 180;

/// Makes a slug from a title, cut at a word boundary if it would be too long for a file name.
pub fn slugify(title: &str) -> String {
    let full = slugify_whole(title);
    if full.len() <= MAX_SLUG_BYTES {
        return full;
    }
    let mut end = MAX_SLUG_BYTES;
    while !full.is_char_boundary(end) {
        end -= 1;
    }
    let cut = &full[..end];
    // Prefer the last `-` (a word boundary); else keep whole characters.
    match cut.rfind('-') {
        Some(dash) if dash > MAX_SLUG_BYTES / 3 => cut[..dash].to_string(),
        _ => cut.trim_end_matches('-').to_string(),
    }
}

fn slugify_whole(title: &str) -> String {
    use unicode_normalization::{IsNormalized, is_nfc_quick};
    if title.is_ascii() {
        return slugify_ascii(title);
    }
    // Khmer, Lao and Thai titles (with ASCII words among them) are NFC, caseless and stay
    // NFC once cut: no normalisation pass, no case tables.
    if crate::caseless::is_in_canonical_order(title) {
        return dash_join_uncased(title);
    }
    // Most titles are typed NFC already: normalising them would only copy them.
    if is_nfc_quick(title.chars()) == IsNormalized::Yes {
        dash_join(title.chars())
    } else {
        dash_join(title.nfc())
    }
}

/// Lower-cases NFC characters, keeps letters, digits and marks, and joins the runs with single
/// `-`; the result is NFC.
fn dash_join(chars: impl Iterator<Item = char>) -> String {
    use unicode_normalization::{IsNormalized, is_nfc_quick};
    let out = join_kept(chars.flat_map(char::to_lowercase), 0);
    // Lower-casing can leave a combining mark out of canonical order (`İ` becomes `i` and a
    // dot above).
    if is_nfc_quick(out.chars()) == IsNormalized::Yes {
        out
    } else {
        out.nfc().collect()
    }
}

/// [`dash_join`] for a title that passes
/// [`crate::caseless::is_in_canonical_order`]: only its ASCII letters change case, and
/// keeping characters in order (runs of dropped ones become one `-`, a class-0 character)
/// never puts a mark before one of a lower class, so the slug is NFC as it is.
fn dash_join_uncased(title: &str) -> String {
    join_kept(title.chars().map(|c| c.to_ascii_lowercase()), title.len())
}

/// Keeps letters, digits and marks, and joins the runs with single `-`.
fn join_kept(chars: impl Iterator<Item = char>, capacity: usize) -> String {
    let mut out = String::with_capacity(capacity);
    let mut pending_dash = false;
    for c in chars {
        // Khmer and Lao vowel signs and subscript marks are not alphabetic in Unicode's sense
        // (they are spacing or non-spacing marks), but dropping them would corrupt the word.
        let keep = is_kept(c);
        if keep {
            if pending_dash && !out.is_empty() {
                out.push('-');
            }
            pending_dash = false;
            out.push(c);
        } else {
            pending_dash = true;
        }
    }
    out
}

/// [`slugify_whole`] for ASCII titles (headings and most Latin-script titles): no
/// normalisation, no case tables.
fn slugify_ascii(title: &str) -> String {
    let mut out = String::with_capacity(title.len());
    let mut pending_dash = false;
    for b in title.bytes() {
        if b.is_ascii_alphanumeric() {
            if pending_dash && !out.is_empty() {
                out.push('-');
            }
            pending_dash = false;
            out.push(char::from(b.to_ascii_lowercase()));
        } else {
            pending_dash = true;
        }
    }
    out
}

/// Characters below U+1800 (Latin, Greek, Cyrillic, Arabic, Thai, Lao, Khmer...): the
/// letters, digits and marks of nearly every title.
const TABLE_END: u32 = 0x1800;

/// Whether a slug keeps `c`: letters, digits, combining marks and the script marks below.
/// Asked for every character of every heading, so for the common scripts the answer comes from
/// a bit table made once from the rule itself (Unicode's alphabetic and numeric tables take a
/// search per character).
fn is_kept(c: char) -> bool {
    static TABLE: std::sync::OnceLock<Vec<u64>> = std::sync::OnceLock::new();
    let n = c as u32;
    if n >= TABLE_END {
        return is_kept_by_rule(c);
    }
    let table = TABLE.get_or_init(|| {
        let mut bits = vec![0u64; (TABLE_END / 64) as usize];
        for (code, c) in (0..TABLE_END).filter_map(|n| Some((n, char::from_u32(n)?))) {
            if is_kept_by_rule(c) {
                bits[(code / 64) as usize] |= 1 << (code % 64);
            }
        }
        bits
    });
    table[(n / 64) as usize] & (1 << (n % 64)) != 0
}

/// The rule [`is_kept`] answers from its table.
fn is_kept_by_rule(c: char) -> bool {
    c.is_alphanumeric() || is_combining_mark(c) || is_script_mark(c)
}

/// Spacing marks of Southeast Asian scripts that `is_combining_mark` may not cover.
fn is_script_mark(c: char) -> bool {
    matches!(c, '\u{17B4}'..='\u{17D3}' | '\u{17DD}' | '\u{0EB1}'..='\u{0ECD}' | '\u{0E31}'..='\u{0E4E}')
}

/// Checks a slug written by hand in front matter; returns why it is unusable.
pub fn check_custom_slug(slug: &str) -> Result<(), &'static str> {
    if slug.is_empty() {
        return Err("the slug is empty");
    }
    if slug.contains('/') || slug.contains('\\') {
        return Err("a slug cannot contain `/` or `\\`");
    }
    if slug == "." || slug.contains("..") {
        return Err("a slug cannot contain `..`");
    }
    if slug.chars().any(char::is_control) {
        return Err("a slug cannot contain control characters");
    }
    if slug.chars().any(char::is_whitespace) {
        return Err("a slug cannot contain spaces");
    }
    if slug.contains(['?', '#', '%']) {
        return Err("a slug cannot contain `?`, `#` or `%`");
    }
    if slug.len() > MAX_SLUG_BYTES {
        return Err(
            "the slug is too long for a file name (at most 180 bytes; a Khmer or Lao letter takes 3)",
        );
    }
    Ok(())
}

/// Percent-encodes a root-relative path for use in an `href` (keeps `/` and ASCII unreserved).
pub fn encode_path(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for b in path.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'/' | b'-' | b'_' | b'.' | b'~' | b'#') {
            out.push(b as char);
        } else {
            const HEX: &[u8; 16] = b"0123456789ABCDEF";
            out.push('%');
            out.push(HEX[usize::from(b >> 4)] as char);
            out.push(HEX[usize::from(b & 0xF)] as char);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_are_percent_encoded_byte_by_byte() {
        assert_eq!(
            encode_path("/fr/pays/cambodge/#be"),
            "/fr/pays/cambodge/#be"
        );
        assert_eq!(encode_path("/de/überstellung/"), "/de/%C3%BCberstellung/");
        assert_eq!(encode_path("/km/ក/"), "/km/%E1%9E%80/");
        assert_eq!(encode_path("a b?c"), "a%20b%3Fc");
    }

    #[test]
    fn keeps_each_script() {
        assert_eq!(
            slugify("Élève à l'école: déjà vu"),
            "élève-à-l-école-déjà-vu"
        );
        assert_eq!(
            slugify("مرحبا بالعالم: دليل البدء"),
            "مرحبا-بالعالم-دليل-البدء"
        );
        assert_eq!(slugify("សួស្តីពិភពលោក ការណែនាំ"), "សួស្តីពិភពលោក-ការណែនាំ");
        assert_eq!(slugify("ສະບາຍດີໂລກ ຄູ່ມື"), "ສະບາຍດີໂລກ-ຄູ່ມື");
        assert_eq!(
            slugify("  Belgium–Cambodia  treaty! "),
            "belgium-cambodia-treaty"
        );
    }

    #[test]
    fn output_is_nfc() {
        let decomposed = "e\u{301}cole";
        assert_eq!(slugify(decomposed), "\u{e9}cole");
    }

    #[test]
    fn bad_custom_slugs_are_refused() {
        assert!(check_custom_slug("a/b").is_err());
        assert!(check_custom_slug("..").is_err());
        assert!(check_custom_slug("a\u{7}b").is_err());
        assert!(check_custom_slug("ok-slug").is_ok());
        assert!(check_custom_slug("កម្ពុជា").is_ok());
    }

    #[test]
    fn long_titles_give_slugs_that_fit_a_file_name() {
        let khmer = "ក្រសួងយុត្តិធម៌ក៏ជាអ្នកប្រកាសពីការចូលជាធរមាន ".repeat(12);
        let slug = slugify(&khmer);
        assert!(slug.len() <= MAX_SLUG_BYTES, "{}", slug.len());
        assert!(slug.len() > 100, "still a readable slug");
        assert!(!slug.ends_with('-'));
        assert!(check_custom_slug(&"a".repeat(200)).is_err());
        assert_eq!(slugify("short title"), "short-title");
    }

    #[test]
    fn khmer_titles_take_the_caseless_shortcut() {
        let title = "France និង Guadeloupe ការផ្ទេរ";
        assert!(crate::caseless::is_in_canonical_order(title));
        assert_eq!(slugify(title), "france-និង-guadeloupe-ការផ្ទេរ");
    }

    #[test]
    fn the_table_keeps_what_the_rule_keeps() {
        for c in (0..TABLE_END + 256).filter_map(char::from_u32) {
            assert_eq!(is_kept(c), is_kept_by_rule(c), "U+{:04X}", c as u32);
        }
    }

    proptest::proptest! {
        #[test]
        fn shortcuts_give_the_slug_of_the_general_rule(
            title in "([A-Za-z0-9 .,:'!?-]|é|e\u{0301}|İ|Ⅻ|ß|ក|ា|្|ລ|ໍ|٣|\u{00A0}){0,30}"
        ) {
            proptest::prop_assert_eq!(slugify_whole(&title), dash_join(title.nfc()));
        }

        #[test]
        fn thai_lao_and_khmer_titles_slug_like_the_general_rule(
            title in "([A-Za-z0-9 .-]|[\u{0E00}-\u{0EFF}]|[\u{1780}-\u{17FF}]|[\u{19E0}-\u{19FF}]){0,24}"
        ) {
            proptest::prop_assert_eq!(slugify_whole(&title), dash_join(title.nfc()));
        }

        #[test]
        fn slugs_are_path_safe(s in "\\PC*") {
            let slug = slugify(&s);
            proptest::prop_assert!(!slug.contains('/'));
            proptest::prop_assert!(!slug.contains(".."));
            proptest::prop_assert!(!slug.starts_with('-') && !slug.ends_with('-'));
            proptest::prop_assert!(slug.len() <= MAX_SLUG_BYTES);
        }
    }
}
