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

fn class(c: char) -> Option<Class> {
    if c.is_ascii() {
        ASCII_CLASSES[c as usize]
    } else {
        class_of(c)
    }
}

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
    let classes: Vec<(usize, Class)> = text
        .char_indices()
        .map(|(i, c)| class(c).map(|k| (i, k)))
        .collect::<Option<_>>()?;
    let mut words = Vec::new();
    let mut i = 0;
    while i < classes.len() {
        let (start, kind) = classes[i];
        if !matches!(kind, Class::Letter | Class::Digit) {
            i += 1;
            continue;
        }
        let mut last = kind;
        let mut j = i + 1;
        while j < classes.len() {
            let next = classes[j].1;
            if matches!(next, Class::Letter | Class::Digit) {
                last = next;
                j += 1;
                continue;
            }
            // A middle character joins only when the characters on both sides fit it.
            let after = classes.get(j + 1).map(|&(_, k)| k);
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
            j += 1;
        }
        let end = classes.get(j).map_or(text.len(), |&(b, _)| b);
        words.push(&text[start..end]);
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
}
