//! Thai, Lao and Khmer text that normalisation and lower-casing leave unchanged.
//!
//! These scripts have no case and no canonical compositions, so a text of their characters
//! (and ASCII) is NFC exactly when its combining marks are in canonical order. Search folding
//! and slugs both check that once, a table lookup per character, instead of running a
//! normalisation quick-check and the case tables over every Khmer word and title.

/// Blocks of scripts without case: Thai, Lao, Khmer, Khmer Symbols.
const BLOCKS: [(char, char); 3] = [
    ('\u{0E00}', '\u{0EFF}'),
    ('\u{1780}', '\u{17FF}'),
    ('\u{19E0}', '\u{19FF}'),
];

/// True when every character of `text` is ASCII or a character of [`BLOCKS`] that has no
/// canonical decomposition, no lower case of its own and is not a mark search folding drops
/// (U+0300–U+036F), and its combining marks are in canonical order. Such a text is NFC, and
/// lower-casing it changes only its ASCII letters.
pub fn is_in_canonical_order(text: &str) -> bool {
    /// Canonical combining class of each character of [`BLOCKS`], `None` for one that does
    /// not qualify. Made from the normalisation data; if any two characters of the blocks
    /// composed, no character would qualify.
    static TABLE: std::sync::OnceLock<Vec<Vec<Option<u8>>>> = std::sync::OnceLock::new();
    let table = TABLE.get_or_init(|| {
        use unicode_normalization::char as norm;
        let chars = || BLOCKS.iter().flat_map(|&(first, last)| first..=last);
        let composes = chars().any(|a| chars().any(|b| norm::compose(a, b).is_some()));
        BLOCKS
            .iter()
            .map(|&(first, last)| {
                (first..=last)
                    .map(|c| {
                        let mut decomposed = Vec::new();
                        norm::decompose_canonical(c, |d| decomposed.push(d));
                        let qualifies = !composes
                            && decomposed == [c]
                            && c.to_lowercase().eq([c])
                            && !('\u{0300}'..='\u{036f}').contains(&c);
                        qualifies.then(|| norm::canonical_combining_class(c))
                    })
                    .collect()
            })
            .collect()
    });
    let mut previous_class = 0;
    for c in text.chars() {
        let class = if c.is_ascii() {
            0
        } else {
            let Some(class) = BLOCKS
                .iter()
                .zip(table)
                .find(|((first, last), _)| (*first..=*last).contains(&c))
                .and_then(|((first, _), classes)| classes[c as usize - *first as usize])
            else {
                return false;
            };
            class
        };
        // Canonical order: a mark never follows a mark of a higher class.
        if class != 0 && previous_class > class {
            return false;
        }
        previous_class = class;
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn common_words_qualify_and_marks_out_of_order_do_not() {
        assert!(is_in_canonical_order("កម្ពុជា"));
        assert!(is_in_canonical_order("France និង ການໂອນ"));
        // Lao tone mark (class 122) before a vowel sign (class 118).
        assert!(!is_in_canonical_order("ກ\u{0EC8}\u{0EB8}"));
        assert!(
            !is_in_canonical_order("traité"),
            "other scripts are left to the general rules"
        );
    }
}
