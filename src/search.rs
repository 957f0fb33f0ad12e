//! Client-side search, built at build time: one small index per language.
//!
//! Words are found with ICU4X's dictionary word segmenter, so Khmer and Lao, written without
//! spaces between words, are split into real words (Pagefind, for comparison, finds nothing
//! inside a Khmer phrase). Latin diacritics are folded (`traité` matches `traite`) with the same
//! rule the browser script applies to queries, so French and Dutch searches forgive accents.
//! The index is fetched only when a reader starts a search; without JavaScript the search page
//! is a complete index of the site in that language.

use rustc_hash::{FxHashMap, FxHashSet};

use icu_segmenter::WordSegmenter;
use icu_segmenter::options::WordBreakInvariantOptions;
use serde::Serialize;
use unicode_normalization::UnicodeNormalization;

use crate::model::SiteModel;
use crate::render::Output;

/// Characters of body text kept per page for result snippets.
const EXCERPT_CHARS: usize = 1200;

/// Folds a word for matching: lower case, Latin/Greek/Cyrillic diacritics removed (U+0300–U+036F
/// only, so the vowel signs of Khmer, Lao and Arabic are kept), NFC. `homeward.js` applies the
/// same rule to queries.
pub fn fold(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    fold_into(word, &mut out);
    out
}

/// [`fold`], appending to `out`: indexing folds every distinct word of every page, and
/// writing them all into one buffer spares an allocation per word.
fn fold_into(word: &str, out: &mut String) {
    let start = out.len();
    if word.is_ascii() {
        out.push_str(word);
        out[start..].make_ascii_lowercase();
        return;
    }
    if !fold_latin(word, out) {
        out.truncate(start);
        if !fold_uncased(word, out) {
            fold_general(word, out);
        }
    }
}

/// [`fold`] for words of Thai, Lao and Khmer (ASCII letters among them are lower-cased):
/// the identity when [`crate::caseless::is_in_canonical_order`] holds. False (nothing
/// written) for any other word.
fn fold_uncased(word: &str, out: &mut String) -> bool {
    if !crate::caseless::is_in_canonical_order(word) {
        return false;
    }
    let start = out.len();
    out.push_str(word);
    out[start..].make_ascii_lowercase();
    true
}

/// First and last characters of the Latin-1 Supplement and Latin Extended-A blocks, which hold
/// the accented letters of French, Dutch and German.
const LATIN_FIRST: char = '\u{00C0}';
const LATIN_LAST: char = '\u{017F}';

/// [`fold`] for words of ASCII and Latin-1/Extended-A letters, a character at a time from a
/// table made by the general rule. Every letter there is a starter that decomposes to at most
/// a base letter and marks, so folding a word is folding each letter. False for other words
/// (`out` then holds a partial fold the caller drops).
fn fold_latin(word: &str, out: &mut String) -> bool {
    static TABLE: std::sync::OnceLock<Vec<Option<char>>> = std::sync::OnceLock::new();
    let table = TABLE.get_or_init(|| {
        (LATIN_FIRST..=LATIN_LAST)
            .map(|c| {
                let mut folded = String::new();
                fold_general(c.encode_utf8(&mut [0; 4]), &mut folded);
                let mut chars = folded.chars();
                match (chars.next(), chars.next()) {
                    (Some(one), None) => Some(one),
                    _ => None,
                }
            })
            .collect()
    });
    for c in word.chars() {
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else if (LATIN_FIRST..=LATIN_LAST).contains(&c) {
            match table[c as usize - LATIN_FIRST as usize] {
                Some(folded) => out.push(folded),
                None => return false,
            }
        } else {
            return false;
        }
    }
    true
}

/// [`fold`] by the rule itself: decompose, drop the marks, compose, lower-case.
fn fold_general(word: &str, out: &mut String) {
    out.extend(
        word.nfd()
            .filter(|c| !('\u{0300}'..='\u{036f}').contains(c))
            .nfc()
            .flat_map(char::to_lowercase),
    );
}

/// The word-like segments of a text by ICU4X's dictionary segmenter (UAX #29, with
/// dictionaries for Khmer, Lao, Thai...), in order.
pub fn icu_words(text: &str) -> Vec<&str> {
    static SEGMENTER: std::sync::OnceLock<icu_segmenter::WordSegmenterBorrowed<'static>> =
        std::sync::OnceLock::new();
    let segmenter = SEGMENTER
        .get_or_init(|| WordSegmenter::new_dictionary(WordBreakInvariantOptions::default()));
    let mut out = Vec::new();
    let mut iter = segmenter.segment_str(text);
    let mut last = 0;
    while let Some(boundary) = iter.next() {
        if boundary > last && iter.is_word_like() {
            out.push(&text[last..boundary]);
        }
        last = boundary;
    }
    out
}

/// The distinct words of a text, segmented (Latin-script text by [`crate::latin_words`], the
/// rest by ICU), folded and sorted.
pub fn words(text: &str) -> Vec<String> {
    let mut out: Vec<String> = folded_words(text).iter().map(str::to_string).collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// The folded words of a page, in no order, in one buffer: a page has hundreds of distinct
/// words, and one allocation for all of them keeps indexing off the allocator.
#[derive(Clone)]
struct FoldedWords {
    text: String,
    /// Where each word ends in `text`.
    ends: Vec<usize>,
}

impl FoldedWords {
    fn iter(&self) -> impl Iterator<Item = &str> {
        let starts = std::iter::once(0).chain(self.ends.iter().copied());
        starts
            .zip(self.ends.iter().copied())
            .map(|(start, end)| &self.text[start..end])
    }
}

/// The words of a text, folded. A word occurs many times in a page: each distinct spelling
/// is folded once, so a word is repeated only when two spellings fold alike (`Traité`,
/// `traite`); the index keeps a page once per word anyway.
fn folded_words(text: &str) -> FoldedWords {
    // The distinct phrases ICU must segment, one after another in the order they first occur.
    let mut complex = String::new();
    let mut spellings: FxHashSet<&str> = FxHashSet::default();
    match crate::latin_words::split(text) {
        Some(found) => spellings.extend(found),
        None => {
            // Khmer and Lao put spaces between phrases, and a page repeats its phrases: each
            // distinct phrase is segmented once (ICU's dictionary segmenter is the costliest
            // step of indexing), and the Latin-script ones without ICU. The others are
            // segmented together, in one call: every phrase but the text's last ends with a
            // space and every one but its first starts a segment, so they split exactly as
            // they do apart, without ICU's set-up once per phrase.
            let mut phrases: FxHashSet<&str> = FxHashSet::default();
            let mut last: Option<&str> = None;
            for phrase in phrases_of(text) {
                if phrases.insert(phrase) {
                    match crate::latin_words::split(phrase) {
                        Some(found) => spellings.extend(found),
                        None if phrase.ends_with([' ', '\n']) => complex.push_str(phrase),
                        // Only the text's last phrase has no space after it: kept last.
                        None => last = Some(phrase),
                    }
                }
            }
            complex.push_str(last.unwrap_or(""));
            spellings.extend(icu_words(&complex));
        }
    }
    let mut out = FoldedWords {
        text: String::with_capacity(spellings.iter().map(|w| w.len()).sum()),
        ends: Vec::with_capacity(spellings.len()),
    };
    for spelling in spellings {
        let start = out.text.len();
        fold_into(spelling, &mut out.text);
        if out.text.len() > start {
            out.ends.push(out.text.len());
        }
    }
    out
}

/// The text cut at runs of spaces where no word can straddle the cut: Unicode's word rules
/// (UAX #29) always break on both sides of a space, unless a combining mark, format character
/// or joiner follows it (WB4 attaches those to the space). So the cut is made only before a
/// character known to start a segment of its own, and segmenting each piece finds exactly
/// the words of the whole text (a property test checks this against ICU).
fn phrases_of(text: &str) -> impl Iterator<Item = &str> {
    let mut rest = text;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let mut search_from = 0;
        loop {
            let Some(space) = rest[search_from..]
                .find([' ', '\n'])
                .map(|i| i + search_from)
            else {
                let phrase = rest;
                rest = "";
                return Some(phrase);
            };
            let after_spaces = rest[space..].trim_start_matches([' ', '\n']);
            let next = rest.len() - after_spaces.len();
            match after_spaces.chars().next() {
                Some(c) if starts_a_segment(c) => {
                    // The phrase keeps one space: ICU gives the last segment of a text a
                    // different status when it ends in a joiner, and a following space keeps
                    // the segment as it is in the whole text.
                    let phrase = &rest[..space + 1];
                    rest = after_spaces;
                    return Some(phrase);
                }
                Some(_) => search_from = next,
                None => {
                    let phrase = rest;
                    rest = "";
                    return Some(phrase);
                }
            }
        }
    })
}

/// Characters that are never Extend, Format or ZWJ in UAX #29: ASCII, Khmer consonants and
/// independent vowels, Lao consonants.
fn starts_a_segment(c: char) -> bool {
    c.is_ascii() || matches!(c, '\u{1780}'..='\u{17B3}' | '\u{0E81}'..='\u{0EB0}')
}

/// The entities the Markdown renderer writes, decoded for the index.
const ENTITIES: [(&str, char); 6] = [
    ("&lt;", '<'),
    ("&gt;", '>'),
    ("&quot;", '"'),
    ("&#39;", '\''),
    ("&nbsp;", ' '),
    ("&amp;", '&'),
];

/// The text of rendered HTML: tags dropped, common entities decoded, whitespace collapsed.
/// Reads bytes: tags and entities are found with `memchr`, and runs of text are copied a word
/// at a time (every page of every language goes through here).
pub fn plain_text(html: &str) -> String {
    let bytes = html.as_bytes();
    let mut out = String::with_capacity(html.len() / 2);
    let mut pending_space = false;
    let mut at = 0;
    while at < bytes.len() {
        let special = memchr::memchr2(b'<', b'&', &bytes[at..]).map_or(bytes.len(), |i| at + i);
        // `<` and `&` are ASCII, so `special` is a character boundary.
        push_text(&mut out, &mut pending_space, &html[at..special]);
        if special == bytes.len() {
            break;
        }
        let rest = &html[special..];
        if bytes[special] == b'<' {
            pending_space = true;
            match memchr::memchr(b'>', rest.as_bytes()) {
                Some(end) => at = special + end + 1,
                // An unclosed tag hides the rest.
                None => break,
            }
        } else {
            match ENTITIES.iter().find(|(name, _)| rest.starts_with(name)) {
                Some((name, decoded)) => {
                    let mut buf = [0; 4];
                    push_text(&mut out, &mut pending_space, decoded.encode_utf8(&mut buf));
                    at = special + name.len();
                }
                None => {
                    push_text(&mut out, &mut pending_space, "&");
                    at = special + 1;
                }
            }
        }
    }
    out
}

/// What a byte says about whitespace (`char::is_whitespace`): `1` for ASCII whitespace, `2`
/// for the lead byte of a character that may be a non-ASCII space (U+0085 and U+00A0 start
/// with C2, U+1680 with E1, U+2000 to U+205F with E2, U+3000 with E3), `0` for any other
/// byte, which is never part of a space (continuation bytes are 80 to BF).
const SPACE_BYTES: [u8; 256] = {
    let mut table = [0; 256];
    let mut b = 0;
    while b < 128 {
        if (b as u8).is_ascii_whitespace() || b == 0x0B {
            table[b] = 1;
        }
        b += 1;
    }
    table[0xC2] = 2;
    table[0xE1] = 2;
    table[0xE2] = 2;
    table[0xE3] = 2;
    table
};

/// Appends the words of `text`, one space between them, a space first if one is pending and
/// `out` is not empty; leaves a space pending if `text` ends with whitespace.
fn push_text(out: &mut String, pending_space: &mut bool, text: &str) {
    fn push_word(out: &mut String, pending_space: &mut bool, word: &str) {
        if !word.is_empty() {
            if *pending_space && !out.is_empty() {
                out.push(' ');
            }
            *pending_space = false;
            out.push_str(word);
        }
    }
    let bytes = text.as_bytes();
    let mut word_start = 0;
    let mut i = 0;
    while i < bytes.len() {
        let space_len = match SPACE_BYTES[bytes[i] as usize] {
            0 => {
                i += 1;
                continue;
            }
            // A single space between two words is copied with them: most text needs no
            // collapsing, and copying runs rather than words is most of the saving.
            1 if bytes[i] == b' '
                && i > word_start
                && bytes
                    .get(i + 1)
                    .is_some_and(|&next| SPACE_BYTES[next as usize] == 0) =>
            {
                i += 2;
                continue;
            }
            1 => 1,
            // A lead byte stands on a character boundary.
            _ => match text[i..].chars().next() {
                Some(c) if c.is_whitespace() => c.len_utf8(),
                _ => {
                    i += 1;
                    continue;
                }
            },
        };
        push_word(out, pending_space, &text[word_start..i]);
        *pending_space = true;
        i += space_len;
        word_start = i;
    }
    push_word(out, pending_space, &text[word_start..]);
}

/// URL of the search page of a language.
pub fn page_url(model: &SiteModel, lang: &str) -> String {
    format!("{}search/", model.config.language_prefix(lang))
}

/// URL of the index file of a language.
pub fn index_url(model: &SiteModel, lang: &str) -> String {
    format!("{}search/index.json", model.config.language_prefix(lang))
}

/// One search result as the browser script reads it (names kept short: the index is
/// downloaded by readers on slow connections).
#[derive(Serialize)]
struct Doc {
    /// Language of the text shown (differs from the index's for a fallback page).
    l: String,
    /// Section title.
    s: String,
    /// Page title.
    t: String,
    /// URL, percent-encoded.
    u: String,
    /// The start of the text, for the result's snippet.
    x: String,
}

/// Every word with the documents it occurs in, sorted by word.
struct Terms(Vec<(String, Vec<u32>)>);

impl Serialize for Terms {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (word, docs) in &self.0 {
            map.serialize_entry(word, docs)?;
        }
        map.end()
    }
}

/// A language's index file: `{ docs: [{l, s, t, u, x}], lang, terms: { word: [doc, ...] } }`.
#[derive(Serialize)]
struct Index<'a> {
    docs: Vec<Doc>,
    lang: &'a str,
    terms: Terms,
}

/// What indexing finds in one version of a page, the same in every index that shows it: the
/// start of its text, for the snippet, and its distinct folded words.
struct Found {
    excerpt: String,
    words: FoldedWords,
}

fn found_in(version: &crate::model::Version) -> Found {
    // Link placeholders live in attributes, which plain_text drops.
    let text = plain_text(&version.body.html);
    let searchable = format!("{} {} {}", version.title, version.description, text);
    Found {
        words: folded_words(&searchable),
        excerpt: text[..text
            .char_indices()
            .nth(EXCERPT_CHARS)
            .map_or(text.len(), |(end, _)| end)]
            .to_string(),
    }
}

/// A page's entry in one language's index: its result, and its words (shared with the
/// default-language index when the page falls back to it).
type Entry<'a> = (Doc, std::borrow::Cow<'a, FoldedWords>);

/// Says whether to give up an index half made (`serve` does when a new save is waiting).
pub type GiveWay<'a> = &'a (dyn Fn() -> bool + Sync);

/// Every page's entry in `lang`'s index (pages in parallel), or `None` if `give_way` said so
/// first. A page without a `lang` version shows its default-language one, taken from
/// `fallbacks` when found there already.
fn entries<'a>(
    model: &SiteModel,
    lang: &str,
    fallbacks: &'a [Option<Found>],
    give_way: GiveWay,
) -> Option<Vec<Entry<'a>>> {
    use rayon::prelude::*;
    use std::borrow::Cow;
    model
        .pages
        .par_iter()
        .enumerate()
        .map(|(i, page)| {
            if give_way() {
                return None;
            }
            let version = model.version_for(page, lang);
            let kept = match page.versions.get(lang) {
                Some(_) => None,
                None => fallbacks.get(i).and_then(Option::as_ref),
            };
            let (excerpt, words) = match kept {
                Some(found) => (found.excerpt.clone(), Cow::Borrowed(&found.words)),
                None => {
                    let found = found_in(version);
                    (found.excerpt, Cow::Owned(found.words))
                }
            };
            let doc = Doc {
                l: version.lang.clone(),
                s: section_title(model, i, lang),
                t: version.title.clone(),
                u: model.encoded_url(i, lang).to_string(),
                x: excerpt,
            };
            Some((doc, words))
        })
        .collect()
}

/// One index per language, each handed over as soon as it is done: memory holds one index,
/// not six, and only the default-language finds that other languages fall back to (each
/// found once, not once per language that shows it).
pub fn indexes(model: &SiteModel, put: &mut dyn FnMut(Output)) {
    let default = &model.config.default_language;
    let languages = &model.config.languages;
    let never = || false;
    // Without a way to give up, every index is made.
    let Some(found) = entries(model, default, &[], &never) else {
        return;
    };
    let fallbacks: Vec<Option<Found>> = found
        .iter()
        .zip(&model.pages)
        .map(|((doc, words), page)| {
            let shown_elsewhere = languages
                .iter()
                .any(|l| !page.versions.contains_key(&l.code));
            shown_elsewhere.then(|| Found {
                excerpt: doc.x.clone(),
                words: words.clone().into_owned(),
            })
        })
        .collect();
    put(assemble(model, default, found));
    for lang in languages.iter().filter(|l| &l.code != default) {
        if let Some(entries) = entries(model, &lang.code, &fallbacks, &never) {
            put(assemble(model, &lang.code, entries));
        }
    }
}

/// The languages whose index shows the `lang` version of page `page`: its own, and every
/// language that falls back to it. `serve` refreshes these after an edit to that version.
pub fn languages_showing(model: &SiteModel, page: usize, lang: &str) -> Vec<String> {
    let page = &model.pages[page];
    model
        .config
        .languages
        .iter()
        .filter(|l| model.version_for(page, &l.code).lang == lang)
        .map(|l| l.code.clone())
        .collect()
}

/// The index file of one language, or `None` if `give_way` said to stop before it was made.
pub fn index(model: &SiteModel, lang: &str, give_way: GiveWay) -> Option<Output> {
    Some(assemble(model, lang, entries(model, lang, &[], give_way)?))
}

/// The index file of `lang` from every page's entry in it.
fn assemble(model: &SiteModel, lang: &str, entries: Vec<Entry>) -> Output {
    use rayon::prelude::*;
    let mut docs = Vec::with_capacity(entries.len());
    let mut by_word: FxHashMap<String, Vec<u32>> = FxHashMap::default();
    for (id, (doc, words)) in (0u32..).zip(entries) {
        for word in words.iter() {
            match by_word.get_mut(word) {
                // A word twice in a page (two spellings folded alike) lists it once.
                Some(docs) => {
                    if docs.last() != Some(&id) {
                        docs.push(id);
                    }
                }
                None => {
                    by_word.insert(word.to_string(), vec![id]);
                }
            }
        }
        docs.push(doc);
    }
    // Sorting the distinct words, not every occurrence.
    let mut terms: Vec<(String, Vec<u32>)> = by_word.into_iter().collect();
    terms.par_sort_unstable_by(|a, b| a.0.cmp(&b.0));
    let index = Index {
        docs,
        lang,
        terms: Terms(terms),
    };
    // Serialising strings, numbers and maps with string keys cannot fail.
    let bytes = serde_json::to_vec(&index).unwrap_or_default();
    Output {
        path: index_url(model, lang).trim_start_matches('/').to_string(),
        bytes,
    }
}

fn section_title(model: &SiteModel, page: usize, lang: &str) -> String {
    let Some(identity) = model.pages[page].parent_identity() else {
        return String::new();
    };
    model
        .by_identity
        .get(&identity)
        .map(|&i| model.version_for(&model.pages[i], lang).title.clone())
        .unwrap_or_default()
}

/// The no-JavaScript site index shown on the search page: sections and their pages.
pub fn site_index(model: &SiteModel, lang: &str) -> tera::Value {
    use crate::context::obj;
    let mut sections = Vec::new();
    let mut order: Vec<usize> = Vec::new();
    if let Some(&home) = model.by_identity.get("_index") {
        order.push(home);
    }
    order.extend(model.menu.iter().copied());
    for i in order {
        let page = &model.pages[i];
        let pages: Vec<tera::Value> = model
            .children
            .get(&i)
            .map(|c| {
                c.iter()
                    .filter(|&&ci| !model.pages[ci].is_index() || page.identity != "_index")
                    .filter(|&&ci| page.identity != "_index" || !model.menu.contains(&ci))
                    .map(|&ci| {
                        let v = model.version_for(&model.pages[ci], lang);
                        obj! { "title": v.title.as_str(), "url": model.encoded_url(ci, lang).to_string(), "description": v.description.as_str(),
                        "text_lang": crate::context::text_lang(&model.config, &v.lang, lang) }
                    })
                    .collect()
            })
            .unwrap_or_default();
        let v = model.version_for(page, lang);
        sections.push(
            obj! { "title": v.title.as_str(), "url": model.encoded_url(i, lang).to_string(), "pages": pages,
            "text_lang": crate::context::text_lang(&model.config, &v.lang, lang) },
        );
    }
    tera::Value::from(sections)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn khmer_and_lao_phrases_are_split_into_words() {
        let km = words("ការផ្ទេរអ្នកទោស");
        assert!(km.len() >= 2, "{km:?}");
        assert!(km.contains(&"អ្នកទោស".to_string()), "{km:?}");
        let lo = words("ການໂອນຍ້າຍນັກໂທດ");
        assert!(lo.len() >= 2, "{lo:?}");
    }

    proptest::proptest! {
        #[test]
        fn latin_letters_fold_like_the_general_rule(word in "[a-zA-Z\u{00C0}-\u{017F}]{1,12}") {
            let mut general = String::new();
            fold_general(&word, &mut general);
            proptest::prop_assert_eq!(fold(&word), general);
        }
    }

    proptest::proptest! {
        #[test]
        fn thai_lao_and_khmer_fold_like_the_general_rule(
            word in "[A-Za-z\u{0E00}-\u{0EFF}\u{1780}-\u{17FF}\u{19E0}-\u{19FF}]{1,10}"
        ) {
            let mut general = String::new();
            fold_general(&word, &mut general);
            proptest::prop_assert_eq!(fold(&word), general);
        }
    }

    #[test]
    fn accents_fold_but_other_scripts_keep_their_marks() {
        assert_eq!(fold("Traité"), "traite");
        assert_eq!(fold("BELGIË"), "belgie");
        assert_eq!(fold("កម្ពុជា"), "កម្ពុជា");
        assert_eq!(words("Le traité, signé! Le"), ["le", "signe", "traite"]);
        // The shortcut for Khmer and Lao still normalises: marks typed out of canonical order
        // (tone mark before vowel sign) are reordered.
        assert_eq!(fold("ກ\u{0EC8}\u{0EB8}"), "ກ\u{0EB8}\u{0EC8}");
        // The fast path takes the common words and leaves the reordering to the general rule.
        let mut out = String::new();
        assert!(fold_uncased("កម្ពុជា", &mut out));
        assert!(fold_uncased("ການໂອນ", &mut out));
        assert!(!fold_uncased("ກ\u{0EC8}\u{0EB8}", &mut out));
        assert_eq!(out, "កម្ពុជាການໂອນ");
    }

    /// The reference: the whole text through ICU, folded, sorted, distinct.
    fn words_by_icu_alone(text: &str) -> Vec<String> {
        let mut out: Vec<String> = icu_words(text)
            .into_iter()
            .map(fold)
            .filter(|w| !w.is_empty())
            .collect();
        out.sort_unstable();
        out.dedup();
        out
    }

    #[test]
    fn phrases_are_cut_only_where_a_word_cannot_straddle() {
        let pieces: Vec<&str> = phrases_of("ការផ្ទេរ  អ្នកទោស\nLe traité \u{0301}x ").collect();
        assert_eq!(pieces, ["ការផ្ទេរ ", "អ្នកទោស\n", "Le ", "traité \u{0301}x "]);
        assert_eq!(phrases_of("").count(), 0);
    }

    proptest::proptest! {
        #[test]
        fn words_of_phrases_are_the_words_of_the_whole_text(
            text in "(ការផ្ទេរ|អ្នកទោស|កម្ពុជា|ການໂອນຍ້າຍ|ນັກໂທດ|traité|Belgïe|l’école|1,5|\u{0301}|\u{17B6}|\u{200D}|\u{00AD}|[ \n.,:!a-z0-9_]){0,24}"
        ) {
            proptest::prop_assert_eq!(words(&text), words_by_icu_alone(&text));
        }
    }

    /// The first, character-by-character version of [`plain_text`], kept as its reference.
    fn plain_text_by_char(html: &str) -> String {
        let mut out = String::with_capacity(html.len() / 2);
        let mut in_tag = false;
        let mut pending_space = false;
        let mut rest = html;
        while let Some(c) = rest.chars().next() {
            let mut len = c.len_utf8();
            let shown = match c {
                '<' => {
                    in_tag = true;
                    pending_space = true;
                    None
                }
                '>' if in_tag => {
                    in_tag = false;
                    None
                }
                _ if in_tag => None,
                '&' => match ENTITIES.iter().find(|(name, _)| rest.starts_with(name)) {
                    Some((name, decoded)) => {
                        len = name.len();
                        Some(*decoded)
                    }
                    None => Some('&'),
                },
                c => Some(c),
            };
            rest = &rest[len..];
            match shown {
                Some(c) if c.is_whitespace() => pending_space = true,
                Some(c) => {
                    if pending_space && !out.is_empty() {
                        out.push(' ');
                    }
                    pending_space = false;
                    out.push(c);
                }
                None => {}
            }
        }
        out
    }

    proptest::proptest! {
        #[test]
        fn plain_text_agrees_with_the_reference(
            html in "(<p>|</p>|<a href=\"x&amp;y\">|&amp;|&lt;|&nbsp;|&#39;|&bogus;|&| |\n|\t|\u{0B}|\u{0C}|\r|\u{85}|\u{00A0}|\u{1680}|\u{2003}|\u{2028}|\u{202F}|\u{205F}|\u{3000}|\u{180E}|\u{200B}|>|<|a|é|ក|ᚠ|€|😀|\\.){0,40}"
        ) {
            proptest::prop_assert_eq!(plain_text(&html), plain_text_by_char(&html));
        }
    }

    #[test]
    fn plain_text_strips_tags_and_entities() {
        assert_eq!(plain_text("<p>A &amp; <b>B</b></p>\n<p>C</p>"), "A & B C");
    }
}
