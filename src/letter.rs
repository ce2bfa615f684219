//! The formal letter as structured blocks, and its plain-text layout.
//!
//! The letter template writes the words once, in blocks that start with a marker line:
//!
//! ```text
//! @@ recipient right
//! MegaTel Ltd
//! @@ text
//! Dear Sir or Madam,
//! ```
//!
//! [`parse`] turns the rendered template into [`Block`]s; [`to_text`] lays them out as plain
//! text and the PDF module lays the same blocks out on paper, so the two can never say
//! different things.

/// What a block is; it decides the type style (the title and subject are bold) and the space
/// around it (the signature leaves room to sign).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Sender,
    Recipient,
    Date,
    Title,
    Subject,
    Text,
    Signature,
    /// Paper only: the page number line, with `{page}` and `{pages}` filled in.
    Footer,
    /// Paper only: the heading over an attached image, with `{number}` and `{description}`.
    Enclosure,
}

impl Kind {
    const NAMES: [(&'static str, Kind); 9] = [
        ("sender", Kind::Sender),
        ("recipient", Kind::Recipient),
        ("date", Kind::Date),
        ("title", Kind::Title),
        ("subject", Kind::Subject),
        ("text", Kind::Text),
        ("signature", Kind::Signature),
        ("footer", Kind::Footer),
        ("enclosure", Kind::Enclosure),
    ];

    pub fn is_bold(self) -> bool {
        matches!(self, Kind::Title | Kind::Subject | Kind::Enclosure)
    }

    /// Whether the block belongs on paper only (page numbers, image headings).
    pub fn is_paper_only(self) -> bool {
        matches!(self, Kind::Footer | Kind::Enclosure)
    }
}

/// Where a block's lines stand. `Start` and `End` follow the letter's direction; `Left` and
/// `Right` are sides of the paper whatever the direction.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    /// Against the margin where lines begin: the left one in English, the right one in Hebrew.
    /// The default.
    Start,
    /// Against the other margin: the date in the top left corner of a Hebrew letter. The
    /// block's lines begin together, as far from that margin as the widest of them.
    End,
    /// Against the left margin.
    Left,
    /// In the right half of the page, lines beginning on their usual side (the Russian
    /// addressee block).
    Right,
    /// Centred.
    Center,
}

impl Align {
    /// The alignment with `Left` said as `Start` or `End` for a letter written in `direction`,
    /// so layouts deal with `Start`, `End`, `Right` and `Center` only.
    pub fn resolve(self, direction: Direction) -> Align {
        match (self, direction) {
            (Align::Left, Direction::Ltr) => Align::Start,
            (Align::Left, Direction::Rtl) => Align::End,
            (other, _) => other,
        }
    }
}

/// The direction a letter is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    /// Left to right: English, Russian.
    Ltr,
    /// Right to left: Hebrew.
    Rtl,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    pub kind: Kind,
    pub align: Align,
    /// The block's lines; an empty string is a blank line between paragraphs. Never starts or
    /// ends with one, and never holds two in a row.
    pub lines: Vec<String>,
}

/// Parses a rendered letter template. Text before the first marker is a `text` block.
pub fn parse(rendered: &str) -> Vec<Block> {
    let rendered = single_stops(rendered);
    let mut blocks: Vec<Block> = Vec::new();
    let mut current = Block {
        kind: Kind::Text,
        align: Align::Start,
        lines: Vec::new(),
    };
    for raw in lines(&rendered) {
        if let Some((kind, align)) = marker(raw) {
            finish(
                &mut blocks,
                std::mem::replace(
                    &mut current,
                    Block {
                        kind,
                        align,
                        lines: Vec::new(),
                    },
                ),
            );
            continue;
        }
        let line = raw.trim_end();
        // An escaped line of the person's own text that starts with `@@`.
        let line = match line.strip_prefix(ESCAPE) {
            Some(rest) if rest.starts_with("@@") => rest,
            _ => line,
        };
        if line.trim().is_empty() {
            if current.lines.last().is_some_and(|l| !l.is_empty()) {
                current.lines.push(String::new());
            }
        } else {
            current.lines.push(line.to_owned());
        }
    }
    finish(&mut blocks, current);
    blocks
}

fn finish(blocks: &mut Vec<Block>, mut block: Block) {
    while block.lines.last().is_some_and(String::is_empty) {
        block.lines.pop();
    }
    if !block.lines.is_empty() {
        blocks.push(block);
    }
}

/// The lines of `text`, split at each "\n" as `str::split` splits them, found by one
/// vectorised search over the whole text: the line-by-line passes over each rendering
/// started a search for every line, a twentieth of a batch's time.
pub fn lines(text: &str) -> impl Iterator<Item = &str> {
    let mut start = 0;
    memchr::memchr_iter(b'\n', text.as_bytes())
        .chain(std::iter::once(text.len()))
        .map(move |end| {
            let line = &text[start..end];
            start = end + 1;
            line
        })
}

/// One full stop where a template's stop follows a value that ends in its own: "2 декабря
/// 2026 г." + "." gives "г.", not "г..". An ellipsis ("...") is left alone. Two stops are
/// never apart on two lines, so a whole text is done at once.
pub fn single_stops(text: &str) -> std::borrow::Cow<'_, str> {
    static TWO: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
        std::sync::LazyLock::new(|| memchr::memmem::Finder::new(".."));
    let bytes = text.as_bytes();
    // Each ".." after a letter and before anything but a third stop loses its second stop.
    let doubled = TWO.find_iter(bytes).filter(|&at| {
        bytes.get(at + 2) != Some(&b'.')
            && text[..at]
                .chars()
                .next_back()
                .is_some_and(char::is_alphabetic)
    });
    let mut out = String::new();
    let mut copied = 0;
    for at in doubled {
        out.push_str(&text[copied..=at]);
        copied = at + 2;
    }
    match copied {
        0 => std::borrow::Cow::Borrowed(text),
        _ => {
            out.push_str(&text[copied..]);
            std::borrow::Cow::Owned(out)
        }
    }
}

/// A user's text made safe to put into a letter template: a line of it that starts with
/// `@@` gets another `@@` in front, so it is never read as a marker; [`parse`] takes the
/// extra `@@` off again.
pub fn escape(text: &str) -> std::borrow::Cow<'_, str> {
    if !lines(text).any(|l| l.starts_with("@@")) {
        return std::borrow::Cow::Borrowed(text);
    }
    let lines: Vec<String> = text
        .split('\n')
        .map(|l| match l.starts_with("@@") {
            true => format!("{ESCAPE}{l}"),
            false => l.to_owned(),
        })
        .collect();
    std::borrow::Cow::Owned(lines.join("\n"))
}

/// What [`escape`] puts before a line of text that starts like a marker.
const ESCAPE: &str = "@@";

/// `@@ kind [align]`, where kind is one of the [`Kind`] names.
fn marker(line: &str) -> Option<(Kind, Align)> {
    let mut words = line.strip_prefix("@@")?.split_whitespace();
    let name = words.next()?;
    let kind = Kind::NAMES.iter().find(|(n, _)| *n == name)?.1;
    let align = match words.next() {
        None | Some("start") => Align::Start,
        Some("end") => Align::End,
        Some("left") => Align::Left,
        Some("right") => Align::Right,
        Some("center") => Align::Center,
        Some(_) => return None,
    };
    words.next().is_none().then_some((kind, align))
}

/// The marker of a list item and the text after it: `1. Bill` gives `("1.", "Bill")`,
/// `- Bill` gives `("-", "Bill")`. Wrapped lines of the item hang under its text.
pub fn list_item(line: &str) -> Option<(&str, &str)> {
    let (head, rest) = line.split_once(' ')?;
    let numbered = match head.as_bytes() {
        [digits @ .., b'.' | b')'] => {
            (1..=3).contains(&digits.len()) && digits.iter().all(u8::is_ascii_digit)
        }
        _ => false,
    };
    (numbered || matches!(head, "-" | "•" | "*")).then_some((head, rest.trim_start()))
}

/// A line that introduces what follows ("Enclosures:") and must not end a page.
pub fn keeps_with_next(line: &str) -> bool {
    line.ends_with(':')
}

/// The width of the plain-text letter, in columns.
pub const TEXT_WIDTH: usize = 72;
/// Where a right-aligned block starts in the plain-text letter.
const RIGHT_COLUMN: usize = 36;

/// Lays the blocks out as plain text, wrapped at [`TEXT_WIDTH`] columns.
///
/// The text stays in logical (reading) order whatever the direction: terminals and editors
/// arrange right-to-left lines for display. Spaces pad a line at its logical start, which a
/// right-to-left display shows on the right, so the same padding puts an `End` block against
/// the left margin there. A `Right` block in a right-to-left letter needs no indent: its lines
/// already begin at the right margin.
pub fn to_text(blocks: &[Block], direction: Direction) -> String {
    // The text, with room for the indents and line ends the layout adds.
    let size: usize = blocks.iter().flat_map(|b| &b.lines).map(String::len).sum();
    let mut out = String::with_capacity(size + size / 8 + 256);
    // The lines of one block as laid out; `None` is a blank line.
    let mut laid: Vec<Option<Laid>> = Vec::new();
    for (i, block) in blocks
        .iter()
        .filter(|b| !b.kind.is_paper_only())
        .enumerate()
    {
        if i > 0 {
            out.push('\n');
        }
        let align = block.align.resolve(direction);
        let (indent, width) = match (align, direction) {
            (Align::Right, Direction::Ltr) => (RIGHT_COLUMN, TEXT_WIDTH - RIGHT_COLUMN),
            (Align::Right, Direction::Rtl) => (0, TEXT_WIDTH - RIGHT_COLUMN),
            _ => (0, TEXT_WIDTH),
        };
        laid.clear();
        for line in &block.lines {
            match line.is_empty() {
                true => laid.push(None),
                false => wrap_into(line, width, &mut laid),
            }
        }
        // An `End` block's lines begin together, as far from the margin as its widest line.
        let widest = match align {
            Align::End => laid.iter().flatten().map(Laid::columns).max(),
            _ => None,
        }
        .unwrap_or(0);
        for line in &laid {
            let Some(line) = line else {
                // Room to sign by hand above the printed name.
                out.push_str(if block.kind == Kind::Signature {
                    "\n\n\n"
                } else {
                    "\n"
                });
                continue;
            };
            let pad = match align {
                Align::Center => TEXT_WIDTH.saturating_sub(line.columns()) / 2,
                Align::End => TEXT_WIDTH.saturating_sub(widest),
                _ => indent,
            };
            out.extend(std::iter::repeat_n(' ', pad + line.hang));
            out.push_str(line.text);
            out.push('\n');
        }
    }
    out
}

/// One line of the text layout: part of a block's line, after `hang` spaces that put a list
/// item's continuation under its text.
struct Laid<'a> {
    text: &'a str,
    hang: usize,
}

impl Laid<'_> {
    fn columns(&self) -> usize {
        self.hang + columns(self.text)
    }
}

/// Wraps one line at its spaces, first fit, hanging a list item's continuation lines under
/// its text; a word wider than a line is cut where the line ends. Only spaces break a line,
/// so "77-001234" and "A-12345" are read out whole.
///
/// Written out rather than taken from `textwrap`: that crate measured every word through
/// its terminal-escape parser, and the text layout of a letter cost as much as the rest of
/// its rendering; the rules here are the same first fit.
fn wrap_into<'a>(line: &'a str, width: usize, lines: &mut Vec<Option<Laid<'a>>>) {
    let hang = list_item(line).map_or(0, |(marker, _)| columns(marker) + 1);
    let rest = width.saturating_sub(hang);
    let mut laid = |text: &'a str, first: bool| {
        let hang = if first { 0 } else { hang };
        lines.push(Some(Laid { text, hang }));
    };
    // The output line being filled: where its text begins and ends, and its columns.
    let (mut start, mut end, mut used) = (0, 0, 0);
    let (mut filled, mut first) = (false, true);
    pieces(line, rest, |piece| {
        let room = if first { width } else { rest };
        if filled && used + piece.columns > room {
            laid(&line[start..end], first);
            (start, used, first) = (piece.text.start, 0, false);
        } else if !filled {
            (start, filled) = (piece.text.start, true);
        }
        end = piece.text.end;
        used += piece.columns + (piece.space_end - piece.text.end);
    });
    laid(&line[start..end], first);
}

/// A word of a line, or part of one too wide for a line, with the spaces after it.
struct Piece {
    text: std::ops::Range<usize>,
    space_end: usize,
    columns: usize,
}

/// The words of `line`, each with the spaces after it (leading spaces follow an empty
/// word), and a word wider than `width` cut into pieces that fit, each handed to `each` in
/// turn: a word at a time, a character at a time only in a word too wide for a line.
fn pieces(line: &str, width: usize, mut each: impl FnMut(Piece)) {
    let bytes = line.as_bytes();
    let mut start = 0;
    while start < line.len() {
        let end = memchr::memchr(b' ', &bytes[start..]).map_or(line.len(), |k| start + k);
        let space_end = bytes[end..]
            .iter()
            .position(|&b| b != b' ')
            .map_or(line.len(), |k| end + k);
        let word = &line[start..end];
        let columns = columns(word);
        if columns <= width {
            each(Piece {
                text: start..end,
                space_end,
                columns,
            });
        } else {
            cut(word, start, space_end, width, &mut each);
        }
        start = space_end;
    }
}

/// A word wider than `width`, beginning at byte `start` of its line, cut where a line ends.
fn cut(word: &str, start: usize, space_end: usize, width: usize, each: &mut impl FnMut(Piece)) {
    let (mut from, mut columns) = (0, 0);
    for (i, c) in word.char_indices() {
        let w = char_columns(c);
        if columns > 0 && columns + w > width {
            each(Piece {
                text: start + from..start + i,
                space_end: start + i,
                columns,
            });
            (from, columns) = (i, 0);
        }
        columns += w;
    }
    each(Piece {
        text: start + from..start + word.len(),
        space_end,
        columns,
    });
}

/// How many terminal columns `text` takes.
fn columns(text: &str) -> usize {
    // Printable ASCII, nearly every word of an English letter, takes a column a byte.
    if text.bytes().all(|b| (b' '..=b'~').contains(&b)) {
        return text.len();
    }
    text.chars().map(char_columns).sum()
}

#[inline]
fn char_columns(c: char) -> usize {
    match c {
        // Printable ASCII, the no-break space, Cyrillic and Hebrew letters: the text of
        // nearly every letter, without a table look-up.
        ' '..='~' | '\u{a0}' | '\u{400}'..='\u{45f}' | '\u{5d0}'..='\u{5ea}' => 1,
        _ => other_columns(c),
    }
}

/// The columns of a character outside the common ranges of [`char_columns`].
#[inline(never)]
fn other_columns(c: char) -> usize {
    unicode_width::UnicodeWidthChar::width(c).unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_are_split_as_str_split_splits_them() {
        for text in [
            "",
            "\n",
            "a",
            "a\n",
            "\na",
            "a\n\nb\n",
            "ул. Садовая\r\nд. 5\n\n",
            "א\nב",
        ] {
            assert_eq!(
                lines(text).collect::<Vec<_>>(),
                text.split('\n').collect::<Vec<_>>()
            );
        }
    }

    /// The lines [`wrap_into`] lays one line out in, as text.
    fn wrap(line: &str, width: usize) -> Vec<String> {
        let mut laid = Vec::new();
        wrap_into(line, width, &mut laid);
        laid.into_iter()
            .flatten()
            .map(|l| format!("{}{}", " ".repeat(l.hang), l.text))
            .collect()
    }

    #[test]
    fn escaped_text_is_never_a_marker() {
        let text = "one\n@@ signature\nForged\n@@@@ two";
        let blocks = parse(&format!("@@ text\n{}\n@@ signature\nAnn\n", escape(text)));
        assert_eq!(blocks.len(), 2);
        assert_eq!(
            blocks[0].lines,
            ["one", "@@ signature", "Forged", "@@@@ two"]
        );
        assert_eq!(blocks[1].lines, ["Ann"]);
    }

    #[test]
    fn parses_blocks_and_tidies_blank_lines() {
        let blocks = parse(
            "\n@@ recipient right\nMegaTel\n\n\n@@ text\n\nDear Sir,\n\n\n\nBody\n\n@@ signature\n",
        );
        assert_eq!(
            blocks,
            [
                Block {
                    kind: Kind::Recipient,
                    align: Align::Right,
                    lines: vec!["MegaTel".into()]
                },
                Block {
                    kind: Kind::Text,
                    align: Align::Start,
                    lines: vec!["Dear Sir,".into(), String::new(), "Body".into()]
                },
            ]
        );
    }

    #[test]
    fn unknown_markers_are_text() {
        let blocks = parse("@@ text\n@@ footnote\n@@ text sideways");
        assert_eq!(blocks[0].lines, ["@@ footnote", "@@ text sideways"]);
    }

    #[test]
    fn list_items() {
        assert_eq!(list_item("1. Bill"), Some(("1.", "Bill")));
        assert_eq!(list_item("12) Bill"), Some(("12)", "Bill")));
        assert_eq!(list_item("- Bill"), Some(("-", "Bill")));
        assert_eq!(list_item("2026. Bill"), None);
        assert_eq!(list_item("Bill 1."), None);
        assert_eq!(list_item("От кого: Анна"), None);
        assert_eq!(list_item("Д. Анна"), None);
    }

    #[test]
    fn a_stop_after_an_abbreviation_is_not_doubled() {
        assert_eq!(
            single_stops("до 2 декабря 2026 г.."),
            "до 2 декабря 2026 г."
        );
        assert_eq!(single_stops("Wait... what"), "Wait... what");
        assert_eq!(single_stops("1.. 2"), "1.. 2");
        // A whole text at once: each line as it would be alone.
        assert_eq!(
            single_stops("руб..\nг...\nа....\n..\nул.. д..\nא.."),
            "руб.\nг...\nа....\n..\nул. д.\nא."
        );
    }

    #[test]
    fn text_layout_wraps_hangs_and_aligns() {
        let blocks = parse(&format!(
            "@@ recipient right\nMegaTel Ltd\n@@ title center\nCOMPLAINT\n@@ text\n1. {}\n",
            "word ".repeat(20)
        ));
        let text = to_text(&blocks, Direction::Ltr);
        assert!(!to_text(&parse("@@ footer\nPage {page}"), Direction::Ltr).contains("Page"));
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines[0], format!("{}MegaTel Ltd", " ".repeat(36)));
        assert_eq!(lines[2], format!("{}COMPLAINT", " ".repeat(31)));
        assert!(lines[4].starts_with("1. word"));
        assert!(lines[5].starts_with("   word"), "{text}");
        assert!(lines.iter().all(|l| l.chars().count() <= TEXT_WIDTH));
    }

    #[test]
    fn wrapping_is_first_fit_at_spaces_and_cuts_only_a_word_wider_than_a_line() {
        assert_eq!(wrap("aaa bbb ccc", 7), ["aaa bbb", "ccc"]);
        // The spaces inside a line are kept as typed, those at its end go.
        assert_eq!(wrap("aa  bb   ", 72), ["aa  bb"]);
        assert_eq!(wrap("  aa bb", 5), ["  aa", "bb"]);
        assert_eq!(wrap("abcdefghij k", 4), ["abcd", "efgh", "ij k"]);
        // Cyrillic and Hebrew letters are a column each, a wide character two.
        assert_eq!(wrap("где אבג 日本", 7), ["где אבג", "日本"]);
        assert_eq!(wrap("1. aaa bbb", 7), ["1. aaa", "   bbb"]);
        assert_eq!(columns("a\u{200e}б\u{a0}日"), 5);
    }

    #[test]
    fn references_are_not_split_at_their_hyphens() {
        let line = format!("{} contract number 77-001234", "x".repeat(60));
        let text = to_text(&parse(&line), Direction::Ltr);
        assert!(text.contains("77-001234"), "{text}");
    }

    #[test]
    fn alignment_words_follow_the_direction() {
        let blocks = parse(
            "@@ date end\n22\n@@ sender left\nA\n@@ text start\nB\n@@ recipient right\nC\n\
             @@ signature end\nRegards,\n\nAnn\n",
        );
        let aligns: Vec<Align> = blocks.iter().map(|b| b.align).collect();
        assert_eq!(
            aligns,
            [
                Align::End,
                Align::Left,
                Align::Start,
                Align::Right,
                Align::End
            ]
        );
        assert_eq!(Align::Left.resolve(Direction::Ltr), Align::Start);
        assert_eq!(Align::Left.resolve(Direction::Rtl), Align::End);
        assert_eq!(Align::Right.resolve(Direction::Rtl), Align::Right);

        // Plain text pads at the logical start: an `End` line ends at the last column in a
        // left-to-right letter, and stands at the left in a right-to-left display.
        let ltr = to_text(&blocks, Direction::Ltr);
        let lines: Vec<&str> = ltr.lines().collect();
        assert_eq!(lines[0], format!("{}22", " ".repeat(70)));
        assert_eq!(lines[2], "A");
        assert_eq!(lines[6], format!("{}C", " ".repeat(36)));
        // The signature's lines begin together.
        assert_eq!(lines[8], format!("{}Regards,", " ".repeat(64)));
        assert_eq!(lines[12], format!("{}Ann", " ".repeat(64)));
        let rtl = to_text(&blocks, Direction::Rtl);
        let lines: Vec<&str> = rtl.lines().collect();
        assert_eq!(lines[0], format!("{}22", " ".repeat(70)));
        assert_eq!(lines[2], format!("{}A", " ".repeat(71)));
        assert_eq!(lines[4], "B");
        assert_eq!(lines[6], "C");
    }
}
