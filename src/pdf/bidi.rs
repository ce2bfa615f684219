//! Reading direction and drawing order: the Unicode bidirectional algorithm, line by line.

use std::borrow::Cow;

use unicode_bidi::{BidiClass, BidiInfo, Level, bidi_class};

use crate::letter::Direction;

/// Whether a paragraph of a letter written in `direction` reads right to left, which decides
/// where its neutral characters (spaces, punctuation, digits between words) go.
///
/// In a right-to-left letter every paragraph with a right-to-left letter in it does, even one
/// that begins with a Latin name ("HOT חייבה אותי פעמיים"), so the first-strong-character rule
/// of plain text would get it wrong; a paragraph with no Hebrew at all (an e-mail address, a
/// phone number "+972 54-123-4567") reads left to right, or its "+" and its dots would move to
/// the other end. In a left-to-right letter only a paragraph written wholly in a right-to-left
/// script does. Where a line stands is not decided here but by the letter's direction, so an
/// e-mail address in a Hebrew sender block still stands against the right margin.
pub(super) fn reads_right_to_left(text: &str, direction: Direction) -> bool {
    let (mut rtl, mut ltr) = (false, false);
    for c in text.chars() {
        match bidi_class(c) {
            BidiClass::R | BidiClass::AL => rtl = true,
            BidiClass::L => ltr = true,
            _ => {}
        }
    }
    rtl && (direction == Direction::Rtl || !ltr)
}

/// The characters that only steer the bidirectional algorithm (marks, embeddings, overrides,
/// isolates). They are measured as nothing and never drawn.
pub(super) fn is_direction_mark(c: char) -> bool {
    matches!(
        c,
        '\u{200E}' | '\u{200F}' | '\u{061C}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'
    )
}

/// The glyph a character is drawn with in right-to-left text: brackets and the like turn round,
/// so "(כולל מע״מ)" opens on the right (rule L4 of the bidirectional algorithm; the common
/// pairs of the Bidi_Mirroring_Glyph property).
pub(super) fn mirrored(c: char) -> Option<char> {
    const PAIRS: [(char, char); 8] = [
        ('(', ')'),
        ('[', ']'),
        ('{', '}'),
        ('<', '>'),
        ('«', '»'),
        ('‹', '›'),
        ('≤', '≥'),
        ('⁅', '⁆'),
    ];
    PAIRS.iter().find_map(|&(a, b)| {
        if c == a {
            Some(b)
        } else if c == b {
            Some(a)
        } else {
            None
        }
    })
}

/// A piece of a line in drawing order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Stretch<'a> {
    /// What is drawn, left to right.
    pub text: Cow<'a, str>,
    /// What the drawn text stands for when that differs (a mirrored bracket), so text
    /// extraction reads the character as written.
    pub actual: Option<char>,
}

/// The order in which a line's characters are drawn, left to right: the one place that turns
/// logical order into visual order.
///
/// Each already-wrapped line goes through the Unicode bidirectional algorithm with its
/// paragraph's direction ([`unicode_bidi::BidiInfo`]): runs of the other direction are
/// reversed in place, so "הזמנה A-12345 חויבה" draws its Hebrew words reversed and right to
/// left while "A-12345", digits, e-mail addresses and amounts keep their order. Within a
/// reversed run a letter keeps its combining marks after it (rule L3), brackets are mirrored
/// (rule L4) and direction marks are dropped.
///
/// Text extractors read right-to-left text back from the glyphs' positions (poppler's
/// `pdftotext` reverses the right-to-left runs it finds), so glyphs drawn in visual order come
/// back in logical order. The mirrored brackets are the exception: each is drawn in a
/// marked-content span whose `/ActualText` is the bracket as written.
pub(super) fn visual_order(text: &str, rtl: bool) -> Vec<Stretch<'_>> {
    let plain = !rtl
        && text.chars().all(|c| {
            // The right-to-left scripts begin at U+0590: below, no look-up is needed.
            c < '\u{590}'
                || !is_direction_mark(c) && !matches!(bidi_class(c), BidiClass::R | BidiClass::AL)
        });
    if plain {
        return vec![Stretch {
            text: Cow::Borrowed(text),
            actual: None,
        }];
    }
    let level = if rtl { Level::rtl() } else { Level::ltr() };
    let info = BidiInfo::new(text, Some(level));
    let mut stretches: Vec<Stretch> = Vec::new();
    let mut drawn = String::new();
    fn flush(drawn: &mut String, stretches: &mut Vec<Stretch>) {
        if !drawn.is_empty() {
            stretches.push(Stretch {
                text: Cow::Owned(std::mem::take(drawn)),
                actual: None,
            });
        }
    }
    for para in &info.paragraphs {
        let (levels, runs) = info.visual_runs(para, para.range.clone());
        for run in runs {
            let rtl = levels[run.start].is_rtl();
            let run = &text[run];
            if !rtl {
                drawn.extend(run.chars().filter(|&c| !is_direction_mark(c)));
                continue;
            }
            // Clusters (a letter and the marks that follow it), last first.
            let mut clusters: Vec<&str> = Vec::new();
            let mut start = 0;
            for (i, c) in run.char_indices().skip(1) {
                if bidi_class(c) != BidiClass::NSM {
                    clusters.push(&run[start..i]);
                    start = i;
                }
            }
            clusters.push(&run[start..]);
            for cluster in clusters.into_iter().rev() {
                for c in cluster.chars().filter(|&c| !is_direction_mark(c)) {
                    match mirrored(c) {
                        Some(m) => {
                            flush(&mut drawn, &mut stretches);
                            stretches.push(Stretch {
                                text: Cow::Owned(m.to_string()),
                                actual: Some(c),
                            });
                        }
                        None => drawn.push(c),
                    }
                }
            }
        }
    }
    flush(&mut drawn, &mut stretches);
    stretches
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::letter::Kind;
    use crate::pdf::fonts::{Fonts, Style, Weight};
    use crate::pdf::shape::Shaper;

    /// A Hebrew word as it is drawn: its letters left to right, so last first.
    fn rev(word: &str) -> String {
        word.chars().rev().collect()
    }

    /// What is drawn, left to right, and the characters drawn mirrored with what they stand for.
    fn drawn(text: &str, rtl: bool) -> (String, Vec<(String, char)>) {
        let stretches = visual_order(text, rtl);
        let text = stretches.iter().map(|s| s.text.as_ref()).collect();
        let mirrored = stretches
            .iter()
            .filter_map(|s| s.actual.map(|c| (s.text.to_string(), c)))
            .collect();
        (text, mirrored)
    }

    #[test]
    fn hebrew_lines_are_drawn_in_visual_order_with_latin_and_digits_kept() {
        let (text, mirrored) = drawn("הזמנה A-12345 חויבה פעמיים ב-3 באוקטובר", true);
        assert_eq!(
            text,
            format!(
                "{} 3-{} {} {} A-12345 {}",
                rev("באוקטובר"),
                rev("ב"),
                rev("פעמיים"),
                rev("חויבה"),
                rev("הזמנה")
            )
        );
        assert!(mirrored.is_empty());

        // An e-mail address keeps its order; the colon after the Hebrew word stays with it,
        // and the full stop that ends the sentence goes to the left end.
        let (text, _) = drawn("לפרטים: dana.cohen@example.co.il.", true);
        assert_eq!(
            text,
            format!(".dana.cohen@example.co.il :{}", rev("לפרטים"))
        );

        // A date and an amount in shekels.
        let (text, _) = drawn("עד ליום 6 בדצמבר 2026 סך של 1,290.00\u{a0}ש״ח", true);
        assert_eq!(
            text,
            format!(
                "{}\u{a0}1,290.00 {} {} 2026 {} 6 {} {}",
                rev("ש״ח"),
                rev("של"),
                rev("סך"),
                rev("בדצמבר"),
                rev("ליום"),
                rev("עד")
            )
        );
        // A sign before the number stays before it.
        let (text, _) = drawn("סך של ₪1,290.00", true);
        assert_eq!(text, format!("₪1,290.00 {} {}", rev("של"), rev("סך")));
    }

    #[test]
    fn brackets_in_hebrew_turn_round_and_say_what_they_stand_for() {
        let (text, mirrored) = drawn("סך של 129.90 ש״ח (כולל מע״מ).", true);
        assert_eq!(
            text,
            format!(
                ".({} {}) {} 129.90 {} {}",
                rev("מע״מ"),
                rev("כולל"),
                rev("ש״ח"),
                rev("של"),
                rev("סך")
            )
        );
        // The "(" drawn at the left end is the ")" that closes the remark, and the other way.
        assert_eq!(mirrored, [("(".into(), ')'), (")".into(), '(')]);

        // A list item: the number on the right with its full stop to its left, a file name
        // in brackets at the end of the line.
        let (text, mirrored) = drawn("1. חשבונית (קובץ bill-10.pdf).", true);
        assert_eq!(
            text,
            format!(".(bill-10.pdf {}) {} .1", rev("קובץ"), rev("חשבונית"))
        );
        assert_eq!(mirrored.len(), 2);

        // Brackets in a left-to-right run stay as they are.
        let (text, mirrored) = drawn("ראו f(x) בנספח", true);
        assert_eq!(text, format!("{} f(x) {}", rev("בנספח"), rev("ראו")));
        assert!(mirrored.is_empty());
    }

    #[test]
    fn left_to_right_lines_are_left_alone() {
        for text in [
            "dana.cohen@example.co.il",
            "+972 54-123-4567",
            "Page (1) of 2",
        ] {
            let stretches = visual_order(text, false);
            assert_eq!(stretches.len(), 1);
            assert!(matches!(stretches[0].text, Cow::Borrowed(t) if t == text));
        }
        // A Hebrew name inside an English sentence is reversed in place.
        let (text, _) = drawn("Customer שלום כהן (new)", false);
        assert_eq!(
            text,
            format!("Customer {} {} (new)", rev("כהן"), rev("שלום"))
        );
    }

    #[test]
    fn direction_marks_steer_and_vanish_and_points_stay_on_their_letters() {
        // RLM and LRM are zero-width: measured as nothing, never drawn. An LRM before "+972"
        // keeps the "+" with the number in a Hebrew line.
        let (text, _) = drawn("טלפון: \u{200E}+972 54-123-4567\u{200F}", true);
        assert_eq!(text, format!("+972 54-123-4567 :{}", rev("טלפון")));
        let fonts = Fonts::embedded();
        let mut shaper = Shaper::new(&fonts);
        let style = Style::of(Kind::Text);
        assert_eq!(
            shaper.drawable(Weight::Regular, "\u{2067}א\u{2069}"),
            "\u{2067}א\u{2069}"
        );
        assert!(shaper.warnings.is_empty());
        assert_eq!(shaper.width(style, "\u{200F}א"), shaper.width(style, "א"));

        // "שָׁלוֹם" with its points: each letter keeps its marks after it.
        let (text, _) = drawn("ש\u{5c1}\u{5b8}לו\u{5b9}ם", true);
        assert_eq!(text, "םו\u{5b9}לש\u{5c1}\u{5b8}");
    }

    #[test]
    fn paragraphs_read_right_to_left_by_the_letter_and_their_letters() {
        let rtl = |t| reads_right_to_left(t, Direction::Rtl);
        let ltr = |t| reads_right_to_left(t, Direction::Ltr);
        assert!(rtl("שלום רב,"));
        assert!(rtl("HOT חייבה אותי פעמיים"));
        assert!(!rtl("dana.cohen@example.co.il"));
        assert!(!rtl("+972 54-123-4567"));
        assert!(!rtl(""));
        assert!(ltr("שלום רב"));
        assert!(!ltr("Dear Dana, שלום"));
        assert!(!ltr("Anna Petrova"));
    }
}
