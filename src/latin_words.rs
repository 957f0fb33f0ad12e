//! Word boundaries of Latin-script text, without ICU.
//!
//! Indexing a 10,000-page site spent a tenth of its time in ICU4X's general word segmenter on
//! English, French, Dutch and German text, which needs only a handful of the Unicode word
//! boundary rules (UAX #29). This module applies exactly those rules, and only to text made of
//! characters whose word-break class it knows: anything else (another script, combining marks,
//! soft hyphens, `_`) returns `None` and the caller uses ICU. A property test checks that both
//! agree on every text this module accepts, since the browser splits queries with
//! `Intl.Segmenter` (the same rules) and a different split would miss words.

/// Word-break classes of the accepted characters (UAX #29 names).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Class {
    /// ALetter.
    Letter,
    /// Numeric.
    Digit,
    /// MidLetter: joins letters (`a:b`, `a·b`).
    MidLetter,
    /// MidNum: joins digits (`1,000`).
    MidNum,
    /// MidNumLet and Single_Quote: join letters or digits (`l'école`, `l’école`, `3.5`).
    MidNumLet,
    /// Spaces and punctuation that never join.
    Other,
}

/// Classes of the ASCII characters, looked up instead of matched: most characters of the
/// indexed text are ASCII.
const ASCII_CLASSES: [Option<Class>; 128] = {
    let mut table = [None; 128];
    let mut i = 0;
    while i < 128 {
        table[i] = class_of(i as u8 as char);
        i += 1;
    }
    table
};

const fn class_of(c: char) -> Option<Class> {
    Some(match c {
        'a'..='z' | 'A'..='Z' => Class::Letter,
        '0'..='9' => Class::Digit,
        ':' | '\u{00B7}' => Class::MidLetter,
        ',' | ';' => Class::MidNum,
        '.' | '\'' | '\u{2018}' | '\u{2019}' => Class::MidNumLet,
        // Latin-1 Supplement and Latin Extended-A/B letters, but not × and ÷.
        '\u{00C0}'..='\u{024F}' if c != '\u{00D7}' && c != '\u{00F7}' => Class::Letter,
        // `_` (ExtendNumLet) and the other ASCII controls or symbols with rules of their own
        // are left to ICU; the rest of printable ASCII and common typography never joins.
        ' ' | '\t' | '\n' | '!' | '"' | '#' | '$' | '%' | '&' | '(' | ')' | '*' | '+' | '-'
        | '/' | '<' | '=' | '>' | '?' | '@' | '[' | '\\' | ']' | '^' | '`' | '{' | '|' | '}'
        | '~' => Class::Other,
        '\u{00A0}' | '\u{00AB}' | '\u{00BB}' | '\u{2013}' | '\u{2014}' | '\u{201C}'
        | '\u{201D}' | '\u{2026}' => Class::Other,
        _ => return None,
    })
}

/// The word-like segments of `text` (runs of letters and digits, joined as UAX #29 joins
/// them), or `None` when the text has a character this module does not classify.
pub fn split(text: &str) -> Option<Vec<&str>> {
    let bytes = text.as_bytes();
    // The class and length of the character at byte `at` (always a character boundary).
    let class_at = |at: usize| -> Option<(Class, usize)> {
        let b = bytes[at];
        if b < 0x80 {
            return ASCII_CLASSES[b as usize].map(|k| (k, 1));
        }
        let c = text[at..].chars().next()?;
        class_of(c).map(|k| (k, c.len_utf8()))
    };
    let is_word = |k: Class| matches!(k, Class::Letter | Class::Digit);
    // Every character is classified once on its own (by the outer or the inner loop), so an
    // unknown one anywhere makes the whole text `None`, as the rules require.
    let mut words = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let (kind, len) = class_at(i)?;
        if !is_word(kind) {
            i += len;
            continue;
        }
        let start = i;
        let mut last = kind;
        let mut j = i + len;
        while j < bytes.len() {
            let (next, len) = class_at(j)?;
            if is_word(next) {
                last = next;
                j += len;
                continue;
            }
            // A middle character joins only when the characters on both sides fit it.
            let after = match j + len < bytes.len() {
                true => Some(class_at(j + len)?.0),
                false => None,
            };
            let joins = matches!(
                (next, last, after),
                (
                    Class::MidLetter | Class::MidNumLet,
                    Class::Letter,
                    Some(Class::Letter)
                ) | (
                    Class::MidNum | Class::MidNumLet,
                    Class::Digit,
                    Some(Class::Digit)
                )
            );
            if !joins {
                break;
            }
            j += len;
        }
        words.push(&text[start..j]);
        i = j;
    }
    Some(words)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::icu_words as icu;
    use proptest::prelude::*;

    #[test]
    fn joins_like_unicode() {
        let text = "L’accord du 3.5.2026: 1,000 détenus, e.g. U.S.A. a:b l'école « déjà » 12ab a.1";
        assert_eq!(split(text).unwrap(), icu(text));
        assert_eq!(
            split("l’école, 1,5").unwrap(),
            ["l’école", "1,5"],
            "apostrophes and decimal commas stay inside words"
        );
    }

    #[test]
    fn leaves_other_texts_to_icu() {
        assert!(split("ការផ្ទេរ").is_none());
        assert!(split("snake_case").is_none());
        assert!(split("e\u{0301}cole").is_none(), "combining marks");
        assert!(split("co\u{00AD}operation").is_none(), "soft hyphen");
    }

    proptest! {
        #[test]
        fn agrees_with_icu(text in "[a-zA-Z0-9éèëüßÀÿŒœ ,.;:'’‘·!?()«»\u{00A0}\u{2013}\u{2014}\u{201C}\u{201D}\u{2026}\n-]{0,40}") {
            let fast = split(&text).expect("every character of this alphabet is classified");
            prop_assert_eq!(fast, icu(&text));
        }
    }

    proptest! {
        /// The split is made while reading: a character it cannot classify, wherever it
        /// stands (inside a word, after a middle character, at the end), still hands the
        /// whole text to ICU.
        #[test]
        fn one_unknown_character_anywhere_gives_none(
            before in "[a-z1 .,'’:]{0,20}",
            odd in "[_\u{0301}\u{00AD}ក]",
            after in "[a-z1 .,'’:]{0,20}",
        ) {
            let text = format!("{before}{odd}{after}");
            prop_assert!(split(&text).is_none());
        }
    }
}
