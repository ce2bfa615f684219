//! Paragraphs broken into lines that fit their column, where the Unicode line breaking
//! algorithm (UAX #14) allows a break.

use unicode_linebreak::linebreaks;

use super::fonts::Style;
use super::geometry::EPSILON;
use super::shape::Shaper;

/// Breaks a drawable paragraph into lines no wider than `first` (the first line) and `rest`
/// (the others), with their widths.
///
/// Lines break only where UAX #14 allows (after a space, after a hyphen between words, never
/// at a no-break space U+00A0 or U+202F, so "10 000 ₽" or "№ 5" stay whole). Spaces at a
/// break are dropped, and runs of spaces count as one. A piece longer than a whole line (a URL,
/// an IBAN) breaks at the character where it no longer fits.
pub(super) fn wrap(
    shaper: &mut Shaper,
    style: Style,
    text: &str,
    first: f32,
    rest: f32,
) -> Vec<(String, f32)> {
    let space = shaper.advance(style, ' ');
    let mut lines = Vec::new();
    let mut line = String::new();
    let mut width = 0.0;
    let mut room = first;
    // Whether the piece before the next one ended in a space.
    let mut spaced = false;
    for piece in pieces(text) {
        let word = piece.trim_end_matches(' ');
        let gap = if spaced { space } else { 0.0 };
        spaced = word.len() < piece.len();
        if word.is_empty() {
            continue;
        }
        let word_width = shaper.width(style, word);
        if !line.is_empty() {
            if width + gap + word_width <= room + EPSILON {
                if gap > 0.0 {
                    line.push(' ');
                }
                line.push_str(word);
                width += gap + word_width;
                continue;
            }
            lines.push(finish(shaper, style, &mut line));
            (width, room) = (0.0, rest);
        }
        if word_width <= room + EPSILON {
            line.push_str(word);
            width = word_width;
            continue;
        }
        for c in word.chars() {
            let advance = shaper.advance(style, c);
            // At least one character per line, however narrow the column.
            if width + advance > room + EPSILON && !line.is_empty() {
                lines.push(finish(shaper, style, &mut line));
                (width, room) = (0.0, rest);
            }
            line.push(c);
            width += advance;
        }
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(finish(shaper, style, &mut line));
    }
    lines
}

/// The pieces of `text` between two break opportunities, each with the spaces after it.
fn pieces(text: &str) -> impl Iterator<Item = &str> {
    let mut start = 0;
    linebreaks(text).map(move |(end, _)| {
        let piece = &text[start..end];
        start = end;
        piece
    })
}

/// The line taken out of `line`, with its width as drawn (kerning included).
fn finish(shaper: &mut Shaper, style: Style, line: &mut String) -> (String, f32) {
    let text = std::mem::take(line);
    let width = shaper.width(style, &text);
    (text, width)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::letter::Kind;
    use crate::pdf::fonts::Fonts;

    fn lines(text: &str, room: f32) -> Vec<String> {
        let fonts = Fonts::embedded();
        let mut shaper = Shaper::new(&fonts);
        let style = Style::of(Kind::Text);
        wrap(&mut shaper, style, text, room, room)
            .into_iter()
            .map(|(line, width)| {
                assert!(width <= room + EPSILON || !line.contains(' '), "{line:?}");
                line
            })
            .collect()
    }

    #[test]
    fn a_no_break_space_holds_and_a_space_breaks() {
        let fonts = Fonts::embedded();
        let mut shaper = Shaper::new(&fonts);
        let style = Style::of(Kind::Text);
        let room = shaper.width(style, "Amount: 10");
        // With a plain space "10 000" may part; with a no-break space it may not.
        assert_eq!(lines("Amount: 10 000 RUB", room), ["Amount: 10", "000 RUB"]);
        assert_eq!(
            lines("Amount: 10\u{a0}000 RUB", room),
            ["Amount:", "10\u{a0}000", "RUB"]
        );
    }

    #[test]
    fn lines_break_after_a_hyphen_and_spaces_collapse() {
        let fonts = Fonts::embedded();
        let mut shaper = Shaper::new(&fonts);
        let style = Style::of(Kind::Text);
        let room = shaper.width(style, "long-distance");
        assert_eq!(
            lines("long-distance  operator-assisted", room),
            ["long-distance", "operator-", "assisted"]
        );
        assert_eq!(lines("  one   two  ", 500.0), ["one two"]);
        assert_eq!(lines("", 500.0), [""]);
    }
}
