//! Cutting a Markdown body into the blocks a translator translates one at a time (headings,
//! paragraphs, list items, table cells), with inline markup (links, emphasis, code, `@/` links,
//! inline HTML) kept apart as placeholders so it can be protected.
//!
//! Every block keeps its byte range in the body and its parts cover that range exactly, so
//! putting a block's parts back together gives back the very bytes it came from: that is what
//! makes an untouched round trip byte-identical. pulldown-cmark (the parser the build uses)
//! finds the blocks and inline markup; no Markdown library gives a source-preserving
//! "translatable text with placeholders" view, so that part is written here.

use std::ops::Range;

use pulldown_cmark::{Event, LinkType, Options, Parser, Tag, TagEnd};

/// What kind of block a segment comes from (shown to translators, and compared to align a
/// translation with its original).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// `# ...`
    Heading,
    /// A paragraph.
    Paragraph,
    /// A list item.
    Item,
    /// A table cell.
    Cell,
}

impl Kind {
    /// The name used in segment ids and notes.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Heading => "heading",
            Kind::Paragraph => "paragraph",
            Kind::Item => "item",
            Kind::Cell => "cell",
        }
    }
}

/// A piece of a segment: words to translate, or markup to keep.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Part {
    /// Translatable text, exactly as written (escapes included).
    Text(String),
    /// Markup a translator must keep (`[`, `](@/guides/x.md)`, `**`, `` `code` ``).
    Ph(String),
}

/// One translatable block of a body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    /// What it is.
    pub kind: Kind,
    /// Its bytes in the body.
    pub range: Range<usize>,
    /// Its text and placeholders, covering `range` exactly.
    pub parts: Vec<Part>,
}

/// The Markdown extensions the build enables (see `markdown.rs`): a table or footnote must be
/// read here as the build reads it.
fn options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_SMART_PUNCTUATION
        | Options::ENABLE_HEADING_ATTRIBUTES
}

/// Joins parts back into Markdown.
pub fn join(parts: &[Part]) -> String {
    parts
        .iter()
        .map(|p| match p {
            Part::Text(t) | Part::Ph(t) => t.as_str(),
        })
        .collect()
}

/// The markup of a segment's placeholders, in order.
pub fn placeholders(parts: &[Part]) -> Vec<&str> {
    parts
        .iter()
        .filter_map(|p| match p {
            Part::Ph(m) => Some(m.as_str()),
            Part::Text(_) => None,
        })
        .collect()
}

/// Text with white space runs made one space and the ends trimmed: what counts as "the same
/// words" for provenance, so reflowing a paragraph changes nothing.
pub fn normalise(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[derive(Default)]
struct Leaf {
    kind: Option<Kind>,
    start: usize,
    end: usize,
    phs: Vec<Range<usize>>,
    has_text: bool,
}

/// An inline container being read: where it starts and ends, and whether its opening marker
/// is still to be cut (at its first child).
struct Open {
    start: usize,
    pending: bool,
}

struct Cutter<'a> {
    body: &'a str,
    blocks: Vec<Block>,
    leaf: Leaf,
    /// Enclosing blocks: `true` for a list item (a tight item's text is its own leaf).
    stack: Vec<bool>,
    inline: Vec<Open>,
    last_end: usize,
    /// Inside an image or autolink, kept whole: the depth of tags to skip.
    skip: usize,
}

/// Cuts a body into blocks; ranges are byte offsets in `body`.
pub fn blocks(body: &str) -> Vec<Block> {
    let mut c = Cutter {
        body,
        blocks: Vec::new(),
        leaf: Leaf::default(),
        stack: Vec::new(),
        inline: Vec::new(),
        last_end: 0,
        skip: 0,
    };
    for (event, range) in Parser::new_ext(body, options()).into_offset_iter() {
        c.event(event, range);
    }
    c.close();
    c.blocks
}

impl Cutter<'_> {
    fn event(&mut self, event: Event<'_>, r: Range<usize>) {
        if self.skip > 0 {
            match event {
                Event::Start(_) => self.skip += 1,
                Event::End(_) => self.skip -= 1,
                _ => {}
            }
            if self.skip == 0 {
                self.last_end = r.end;
            }
            return;
        }
        match event {
            Event::Start(Tag::Paragraph) => {
                let kind = match self.stack.last() {
                    Some(true) => Kind::Item,
                    _ => Kind::Paragraph,
                };
                self.close();
                self.open(kind);
                self.stack.push(false);
            }
            Event::Start(Tag::Heading { .. }) => self.open_block(Kind::Heading),
            Event::Start(Tag::TableCell) => self.open_block(Kind::Cell),
            Event::End(TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::TableCell) => {
                self.close();
                self.stack.pop();
            }
            Event::Start(Tag::Item) => {
                self.close();
                self.stack.push(true);
            }
            Event::Start(tag) if is_inline(&tag) => self.start_inline(&tag, r),
            Event::End(tag) if is_inline_end(tag) => self.end_inline(r),
            Event::Start(_) => {
                self.close();
                self.stack.push(false);
            }
            Event::End(_) => {
                self.close();
                self.stack.pop();
            }
            Event::Text(_) | Event::SoftBreak => self.inline_event(r, false),
            Event::Html(_) => {} // an HTML block: not translated
            _ => self.inline_event(r, true),
        }
    }

    fn open_block(&mut self, kind: Kind) {
        self.close();
        self.open(kind);
        self.stack.push(false);
    }

    fn open(&mut self, kind: Kind) {
        self.leaf = Leaf {
            kind: Some(kind),
            start: usize::MAX,
            ..Leaf::default()
        };
        self.inline.clear();
    }

    /// Notes an inline event at `r`; a tight list item's text opens its leaf here.
    fn touch(&mut self, r: &Range<usize>) -> bool {
        if self.leaf.kind.is_none() {
            if self.stack.last() != Some(&true) {
                return false;
            }
            self.open(Kind::Item);
        }
        if let Some(open) = self.inline.last_mut()
            && open.pending
        {
            open.pending = false;
            let marker = open.start..r.start;
            if !marker.is_empty() {
                self.leaf.phs.push(marker);
            }
        }
        self.leaf.start = self.leaf.start.min(r.start);
        self.leaf.end = self.leaf.end.max(r.end);
        true
    }

    fn inline_event(&mut self, r: Range<usize>, placeholder: bool) {
        if !self.touch(&r) {
            return;
        }
        if placeholder {
            self.leaf.phs.push(r.clone());
        } else if !self.body[r.clone()].trim().is_empty() {
            self.leaf.has_text = true;
        }
        self.last_end = r.end;
    }

    fn start_inline(&mut self, tag: &Tag<'_>, r: Range<usize>) {
        if !self.touch(&r) {
            return;
        }
        let whole = match tag {
            Tag::Image { .. } => true,
            Tag::Link { link_type, .. } => {
                matches!(link_type, LinkType::Autolink | LinkType::Email)
            }
            _ => false,
        };
        if whole {
            self.leaf.phs.push(r.clone());
            self.skip = 1;
            return;
        }
        self.inline.push(Open {
            start: r.start,
            pending: true,
        });
        self.last_end = r.start;
    }

    fn end_inline(&mut self, r: Range<usize>) {
        let Some(open) = self.inline.pop() else {
            return;
        };
        let marker = if open.pending {
            open.start..r.end
        } else {
            self.last_end..r.end
        };
        if !marker.is_empty() {
            self.leaf.phs.push(marker);
        }
        self.leaf.end = self.leaf.end.max(r.end);
        self.last_end = r.end;
    }

    fn close(&mut self) {
        let leaf = std::mem::take(&mut self.leaf);
        self.inline.clear();
        let Some(kind) = leaf.kind else { return };
        if !leaf.has_text || leaf.start >= leaf.end {
            return;
        }
        let mut phs = leaf.phs;
        phs.sort_by_key(|r| r.start);
        let mut parts = Vec::new();
        let mut at = leaf.start;
        for ph in phs {
            if ph.start > at {
                parts.push(Part::Text(self.body[at..ph.start].to_string()));
            }
            let from = ph.start.max(at);
            if ph.end > from {
                parts.push(Part::Ph(self.body[from..ph.end].to_string()));
                at = ph.end;
            }
        }
        if at < leaf.end {
            parts.push(Part::Text(self.body[at..leaf.end].to_string()));
        }
        self.blocks.push(Block {
            kind,
            range: leaf.start..leaf.end,
            parts,
        });
    }
}

fn is_inline(tag: &Tag<'_>) -> bool {
    matches!(
        tag,
        Tag::Emphasis
            | Tag::Strong
            | Tag::Strikethrough
            | Tag::Superscript
            | Tag::Subscript
            | Tag::Link { .. }
            | Tag::Image { .. }
    )
}

fn is_inline_end(tag: TagEnd) -> bool {
    matches!(
        tag,
        TagEnd::Emphasis
            | TagEnd::Strong
            | TagEnd::Strikethrough
            | TagEnd::Superscript
            | TagEnd::Subscript
            | TagEnd::Link
            | TagEnd::Image
    )
}

/// The body with some blocks' texts replaced: `(block range, new text)`, ranges not
/// overlapping. Everything between blocks is kept byte for byte.
pub fn replace(body: &str, mut edits: Vec<(Range<usize>, String)>) -> String {
    edits.sort_by_key(|(r, _)| r.start);
    let mut out = String::with_capacity(body.len());
    let mut at = 0;
    for (r, text) in edits {
        out.push_str(&body[at..r.start]);
        out.push_str(&text);
        at = r.end;
    }
    out.push_str(&body[at..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(body: &str) -> Vec<(Kind, String)> {
        blocks(body)
            .into_iter()
            .map(|b| (b.kind, join(&b.parts)))
            .collect()
    }

    #[test]
    fn blocks_of_each_kind() {
        let body = "# Title {#t}\n\nA *para*\nwrapped.\n\n- one\n- two [link](@/a.md#x)\n\n| a | b |\n|---|---|\n| c | `d` e |\n\n```\ncode\n```\n";
        let got = texts(body);
        assert_eq!(
            got,
            vec![
                (Kind::Heading, "Title".into()),
                (Kind::Paragraph, "A *para*\nwrapped.".into()),
                (Kind::Item, "one".into()),
                (Kind::Item, "two [link](@/a.md#x)".into()),
                (Kind::Cell, "a".into()),
                (Kind::Cell, "b".into()),
                (Kind::Cell, "c".into()),
                (Kind::Cell, "`d` e".into()),
            ]
        );
    }

    #[test]
    fn inline_markup_is_placeholders() {
        let b = &blocks("See **the [treaty](@/agreements/x.md)** and `code`.\n")[0];
        assert_eq!(
            b.parts,
            vec![
                Part::Text("See ".into()),
                Part::Ph("**".into()),
                Part::Text("the ".into()),
                Part::Ph("[".into()),
                Part::Text("treaty".into()),
                Part::Ph("](@/agreements/x.md)".into()),
                Part::Ph("**".into()),
                Part::Text(" and ".into()),
                Part::Ph("`code`".into()),
                Part::Text(".".into()),
            ]
        );
    }

    #[test]
    fn nested_lists_and_loose_items() {
        let got = texts("- a\n  - b\n- c\n\n  more\n");
        assert_eq!(got.len(), 4, "{got:?}");
        assert_eq!(got[1].1, "b");
    }

    proptest::proptest! {
        /// Every block's parts give back its bytes, and replacing each block by itself gives
        /// back the body: the base of the round-trip law.
        #[test]
        fn blocks_rebuild_their_bytes(body in "([-#*_`|\\[\\]()@/a-z .\n>0-9]{0,12}\n?){0,12}") {
            let found = blocks(&body);
            let mut last = 0;
            for b in &found {
                proptest::prop_assert_eq!(join(&b.parts), &body[b.range.clone()]);
                proptest::prop_assert!(b.range.start >= last);
                last = b.range.end;
            }
            let edits = found.iter().map(|b| (b.range.clone(), join(&b.parts))).collect();
            proptest::prop_assert_eq!(replace(&body, edits), body.clone());
        }
    }
}
