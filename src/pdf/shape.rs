//! Text measured in a face as it is drawn: advances, kerning by shaping (rustybuzz), and
//! characters the face lacks.

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};

use rustybuzz::ttf_parser::{GlyphId, Tag};
use rustybuzz::{Direction, Script, UnicodeBuffer};
use unicode_script::UnicodeScript;

use super::bidi::is_direction_mark;
use super::fonts::{Face, Fonts, Style, Weight};

/// Measures text in one of the two faces, remembering each character's advance, and replaces
/// characters the font lacks with `?`, with one warning per character.
pub(super) struct Shaper<'a> {
    pub(super) fonts: &'a Fonts,
    /// The advances of the characters below [`TABLED`] (Latin, Cyrillic, Hebrew and their
    /// punctuation) in ems, regular then bold, read without hashing: NaN if not looked up
    /// yet, negative if the face has no glyph for it.
    tabled: [Vec<f32>; 2],
    /// The same for every other character: `None` if the face has no glyph for it.
    advances: HashMap<(Weight, char), Option<f32>>,
    pub(super) reported: HashSet<char>,
    pub(super) warnings: Vec<String>,
}

/// Characters below this code point have their advances in a table (see [`Shaper`]).
const TABLED: usize = 0x800;

/// What a character the font lacks is drawn as.
pub(super) const REPLACEMENT: char = '?';

impl<'a> Shaper<'a> {
    pub(super) fn new(fonts: &'a Fonts) -> Shaper<'a> {
        Shaper {
            fonts,
            tabled: [vec![f32::NAN; TABLED], vec![f32::NAN; TABLED]],
            advances: HashMap::new(),
            reported: HashSet::new(),
            warnings: Vec::new(),
        }
    }

    /// The advance of `c` in ems, or `None` if the face has no glyph for it (glyph 0 is
    /// `.notdef`, the empty box). Direction marks have no width: they steer the order of the
    /// text and are not drawn.
    pub(super) fn em_advance(&mut self, weight: Weight, c: char) -> Option<f32> {
        if is_direction_mark(c) {
            return Some(0.0);
        }
        let face = self.fonts.face(weight);
        let slot = usize::try_from(u32::from(c)).unwrap_or(usize::MAX);
        if slot < TABLED {
            let table = &mut self.tabled[weight as usize];
            if table[slot].is_nan() {
                table[slot] = glyph_advance(face, c).unwrap_or(-1.0);
            }
            return Some(table[slot]).filter(|&a| a >= 0.0);
        }
        *self
            .advances
            .entry((weight, c))
            .or_insert_with(|| glyph_advance(face, c))
    }

    /// `text` with tabs made spaces and every other character the face cannot draw replaced
    /// by [`REPLACEMENT`].
    pub(super) fn drawable<'t>(&mut self, weight: Weight, text: &'t str) -> Cow<'t, str> {
        if text.chars().all(|c| self.em_advance(weight, c).is_some()) {
            return Cow::Borrowed(text);
        }
        let mut out = String::with_capacity(text.len());
        for c in text.chars() {
            if c == '\t' {
                out.push(' ');
                continue;
            }
            if self.em_advance(weight, c).is_some() {
                out.push(c);
                continue;
            }
            if self.reported.insert(c) {
                self.warnings.push(format!(
                    "the font has no glyph for {c:?} (U+{:04X}); it is shown as '{REPLACEMENT}'",
                    u32::from(c)
                ));
            }
            out.push(REPLACEMENT);
        }
        Cow::Owned(out)
    }

    /// The advance of a drawable character, in points.
    pub(super) fn advance(&mut self, style: Style, c: char) -> f32 {
        self.em_advance(style.weight, c).unwrap_or(0.0) * style.size
    }

    /// The width of drawable text, in points, kerned as it is drawn.
    pub(super) fn width(&mut self, style: Style, text: &str) -> f32 {
        let nominal: f32 = text
            .chars()
            .map(|c| self.em_advance(style.weight, c).unwrap_or(0.0))
            .sum();
        let kerning: f32 = kerning(self.fonts, style.weight, text)
            .iter()
            .map(|k| k.1)
            .sum();
        (nominal + kerning) * style.size
    }
}

/// The advance of `c` in `face`, in ems, or `None` if the face has no glyph for it (glyph 0
/// is `.notdef`, the empty box).
fn glyph_advance(face: &Face, c: char) -> Option<f32> {
    let id = face.shaping.glyph_index(c).filter(|g| g.0 != 0)?;
    Some(f32::from(face.shaping.glyph_hor_advance(id)?) / face.units_per_em)
}

/// How shaping moves the glyphs of drawable `text` from where their advances alone would put
/// them: for each cluster (a letter and its marks) whose shaped advance differs from its
/// advance in the font's metrics, the byte offset where the cluster ends and the difference in
/// ems (negative: the next glyph moves closer, as "V" does after "A").
///
/// Text is shaped a word at a time (the pieces between spaces, which the line breaker
/// measures and which no kerning crosses in these faces), and each word's result is kept for
/// the rest of the process (see [`Face::kerning`]): the words of letters recur, and shaping
/// costs far more than looking a word up.
pub(super) fn kerning(fonts: &Fonts, weight: Weight, text: &str) -> Vec<(usize, f32)> {
    let face = fonts.face(weight);
    let mut out = Vec::new();
    let mut start = 0;
    for word in text.split(' ') {
        if !word.is_empty() {
            face.kerning(word, shape_word, |at, ems| out.push((start + at, ems)));
        }
        start += word.len() + 1;
    }
    out
}

/// What [`kerning`] says about one word, shaped by rustybuzz left to right, in drawing order,
/// one run per script (the plan, and the font's kerning table, depend on the script), with
/// ligatures off (see [`super::fonts`]). Glyphs without an advance of their own (marks,
/// direction marks) are left where they are.
fn shape_word(face: &Face, word: &str) -> Vec<(usize, f32)> {
    let (text, offsets) = with_look_alikes(word);
    let mut out = Vec::new();
    for (start, run, script) in script_runs(&text) {
        let mut buffer = UnicodeBuffer::new();
        buffer.push_str(run);
        buffer.set_direction(Direction::LeftToRight);
        buffer.set_script(script);
        let glyphs = rustybuzz::shape_with_plan(&face.shaping, &face.plan(script), buffer);
        let infos = glyphs.glyph_infos();
        for (i, (info, position)) in infos.iter().zip(glyphs.glyph_positions()).enumerate() {
            let id = GlyphId(u16::try_from(info.glyph_id).unwrap_or(0));
            let nominal = i32::from(face.shaping.glyph_hor_advance(id).unwrap_or(0));
            let delta = position.x_advance - nominal;
            if nominal == 0 || position.x_advance == 0 || delta == 0 {
                continue;
            }
            // The cluster ends where the next cluster begins.
            let end = infos[i + 1..]
                .iter()
                .map(|next| next.cluster as usize)
                .find(|&c| c > info.cluster as usize)
                .unwrap_or(run.len());
            out.push((offsets[start + end], delta as f32 / face.units_per_em));
        }
    }
    out
}

/// Cyrillic letters that DejaVu Sans draws exactly as a Latin one (the same outline and
/// advance), paired with it. The face kerns Latin pairs only, so these letters are shaped as
/// their Latin twins: "Ту" and "АV" close up as "Ty" and "AV" do.
const LOOK_ALIKES: [(char, char); 20] = [
    ('А', 'A'),
    ('В', 'B'),
    ('Е', 'E'),
    ('М', 'M'),
    ('Н', 'H'),
    ('О', 'O'),
    ('Р', 'P'),
    ('С', 'C'),
    ('Т', 'T'),
    ('Х', 'X'),
    ('а', 'a'),
    ('е', 'e'),
    ('о', 'o'),
    ('р', 'p'),
    ('с', 'c'),
    ('у', 'y'),
    ('х', 'x'),
    ('і', 'i'),
    ('ј', 'j'),
    ('ѕ', 's'),
];

/// `text` with each [`LOOK_ALIKES`] letter replaced by its Latin twin, and for each byte
/// offset of the result that begins or ends a character, the offset in `text`.
fn with_look_alikes(text: &str) -> (Cow<'_, str>, Vec<usize>) {
    let twin = |c: char| LOOK_ALIKES.iter().find(|(cyr, _)| *cyr == c).map(|p| p.1);
    if !text.chars().any(|c| twin(c).is_some()) {
        return (Cow::Borrowed(text), (0..=text.len()).collect());
    }
    let mut out = String::with_capacity(text.len());
    let mut offsets = Vec::with_capacity(text.len() + 1);
    for (i, c) in text.char_indices() {
        let drawn = twin(c).unwrap_or(c);
        offsets.extend(std::iter::repeat_n(i, drawn.len_utf8()));
        out.push(drawn);
    }
    offsets.push(text.len());
    (Cow::Owned(out), offsets)
}

/// `text` cut where its script changes, as (byte offset, run, script): characters common to
/// all scripts (spaces, digits, punctuation) and marks stay in the run they stand in.
fn script_runs(text: &str) -> Vec<(usize, &str, Script)> {
    let mut runs = Vec::new();
    let (mut start, mut current) = (0, None);
    for (i, c) in text.char_indices() {
        let script = c.script();
        if matches!(
            script,
            unicode_script::Script::Common
                | unicode_script::Script::Inherited
                | unicode_script::Script::Unknown
        ) {
            continue;
        }
        match current {
            None => current = Some(script),
            Some(s) if s != script => {
                runs.push((start, &text[start..i], to_shaping(s)));
                (start, current) = (i, Some(script));
            }
            Some(_) => {}
        }
    }
    if start < text.len() {
        let script = current.map_or(rustybuzz::script::COMMON, to_shaping);
        runs.push((start, &text[start..], script));
    }
    runs
}

/// The shaper's name for a script, by its ISO 15924 code.
fn to_shaping(script: unicode_script::Script) -> Script {
    let tag = Tag::from_bytes_lossy(script.short_name().as_bytes());
    Script::from_iso15924_tag(tag).unwrap_or(rustybuzz::script::COMMON)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::letter::Kind;

    #[test]
    fn kerning_pulls_latin_and_cyrillic_pairs_together() {
        let fonts = Fonts::embedded();
        let mut shaper = Shaper::new(&fonts);
        for weight in [Weight::Regular, Weight::Bold] {
            let style = Style {
                weight,
                ..Style::of(Kind::Text)
            };
            for pair in ["AV", "To", "Ту", "Yo"] {
                let apart: f32 = pair.chars().map(|c| shaper.advance(style, c)).sum();
                assert!(shaper.width(style, pair) < apart - 0.2, "{pair} {weight:?}");
                // The adjustment comes after the first letter, in bytes of the text as given.
                let kerns = kerning(&fonts, weight, pair);
                let first = pair.chars().next().unwrap().len_utf8();
                assert_eq!(kerns.len(), 1, "{pair}");
                assert_eq!(kerns[0].0, first, "{pair}");
            }
            // No pair, no kerning; and Hebrew, which the face does not kern, is left alone.
            assert!(kerning(&fonts, weight, "mm").is_empty());
            assert!(kerning(&fonts, weight, "שלום").is_empty());
        }
    }

    #[test]
    fn look_alikes_are_drawn_alike_in_both_faces() {
        let fonts = Fonts::embedded();
        for weight in [Weight::Regular, Weight::Bold] {
            let face = &fonts.face(weight).shaping;
            for (cyrillic, latin) in LOOK_ALIKES {
                let metrics = |c: char| {
                    let id = face.glyph_index(c).unwrap();
                    (face.glyph_hor_advance(id), face.glyph_bounding_box(id))
                };
                assert_eq!(metrics(cyrillic), metrics(latin), "{cyrillic} {weight:?}");
            }
        }
    }

    #[test]
    fn text_is_cut_where_the_script_changes() {
        let runs: Vec<(usize, &str)> = script_runs("Order A-12 שלום Ту")
            .into_iter()
            .map(|(start, run, _)| (start, run))
            .collect();
        assert_eq!(runs, [(0, "Order A-12 "), (11, "שלום "), (20, "Ту")]);
        assert_eq!(script_runs("12 345").len(), 1);
        assert!(script_runs("").is_empty());
    }

    #[test]
    fn direction_marks_have_no_width() {
        let fonts = Fonts::embedded();
        let mut shaper = Shaper::new(&fonts);
        let style = Style::of(Kind::Text);
        assert_eq!(shaper.width(style, "\u{200F}א"), shaper.width(style, "א"));
    }
}
