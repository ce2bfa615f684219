//! The two embedded faces of DejaVu Sans, and a face at a size.

use std::collections::{BTreeMap, HashMap};
use std::sync::atomic::{AtomicU16, Ordering};
use std::sync::{Arc, Mutex};

use rustybuzz::{Direction, Feature, Script, ShapePlan, ttf_parser::Tag};

use super::geometry::{BODY_SIZE, FOOTER_SIZE, LINE_HEIGHT, TITLE_SIZE};
use crate::letter::Kind;

pub(super) const REGULAR_TTF: &[u8] = include_bytes!("../../fonts/DejaVuSans.ttf");
pub(super) const BOLD_TTF: &[u8] = include_bytes!("../../fonts/DejaVuSans-Bold.ttf");

/// The regular and bold faces of DejaVu Sans, parsed once and reused for every letter.
pub struct Fonts {
    pub(super) regular: Face,
    pub(super) bold: Face,
}

/// One parsed face and the vertical metrics the layout needs, in ems.
pub(super) struct Face {
    /// The font file, of which each PDF embeds the glyphs it draws (see [`super::embed`]).
    pub(super) bytes: &'static [u8],
    /// For shaping and metrics (rustybuzz reads the tables in place, so this costs next
    /// to nothing).
    pub(super) shaping: rustybuzz::Face<'static>,
    /// The glyph ids of the characters below [`GLYPHS_TABLED`], each looked up in the
    /// font's `cmap` the first time it is drawn ([`UNKNOWN`] until then).
    glyphs: Box<[AtomicU16]>,
    /// The font programs made so far (see [`super::embed`]), by the glyphs they hold:
    /// letters in one language mostly draw the same glyphs.
    pub(super) programs: Mutex<Vec<Arc<Program>>>,
    /// A shaping plan per script met so far; making one costs far more than using it.
    plans: Mutex<Vec<(Script, Arc<ShapePlan>)>>,
    /// Each word shaped so far, with its kerning (see [`super::shape::kerning`]).
    words: Mutex<HashMap<Box<str>, Kerning>>,
    pub(super) units_per_em: f32,
    pub(super) ascent: f32,
    pub(super) descent: f32,
}

impl Face {
    fn parse(bytes: &'static [u8], name: &str) -> Face {
        let shaping = rustybuzz::Face::from_slice(bytes, 0)
            .unwrap_or_else(|| panic!("the font committed at fonts/{name} does not parse"));
        let units_per_em = f32::from(shaping.tables().head.units_per_em.max(1));
        let hhea = shaping.tables().hhea;
        Face {
            bytes,
            shaping,
            glyphs: (0..GLYPHS_TABLED)
                .map(|_| AtomicU16::new(UNKNOWN))
                .collect(),
            programs: Mutex::new(Vec::new()),
            plans: Mutex::new(Vec::new()),
            words: Mutex::new(HashMap::new()),
            units_per_em,
            ascent: f32::from(hhea.ascender) / units_per_em,
            descent: -f32::from(hhea.descender) / units_per_em,
        }
    }
}

/// Characters below this (Latin, Cyrillic, Hebrew, and the punctuation at U+2000 to
/// U+20FF) have their glyph ids kept in a table.
const GLYPHS_TABLED: usize = 0x2100;

/// A glyph id not looked up yet (no glyph of these faces has it).
const UNKNOWN: u16 = u16::MAX;

impl Face {
    /// The glyph id of `c`, 0 (`.notdef`) if the face has none.
    pub(super) fn glyph(&self, c: char) -> u16 {
        let lookup = |c| self.shaping.glyph_index(c).map_or(0, |g| g.0);
        let Some(slot) = self.glyphs.get(c as usize) else {
            return lookup(c);
        };
        match slot.load(Ordering::Relaxed) {
            UNKNOWN => {
                let gid = lookup(c);
                slot.store(gid, Ordering::Relaxed);
                gid
            }
            gid => gid,
        }
    }
}

/// Shaping features turned off: a ligature would draw two characters as one glyph, which
/// the text extraction of a PDF could no longer split back.
const OFF: [&[u8; 4]; 3] = [b"liga", b"clig", b"dlig"];

/// A face as a PDF embeds it (see [`super::embed`]), made once for many letters.
pub(super) struct Program {
    /// The glyphs it holds, each with the character it draws.
    pub(super) chars: BTreeMap<u16, char>,
    /// The subset tag (`ABCDEF+`).
    pub(super) tag: String,
    /// The font file, `/W` and `/ToUnicode`, ready to add to a document.
    pub(super) file: lopdf::Stream,
    pub(super) widths: Vec<lopdf::Object>,
    pub(super) to_unicode: lopdf::Stream,
}

/// The most font programs a face keeps; past that it starts afresh.
const PROGRAMS_KEPT: usize = 200;

/// The most glyphs a letter's font program may hold that the letter does not draw: a
/// program made for one letter serves the next ones that draw no other glyph, and each
/// extra glyph costs some 150 bytes.
const SPARE_GLYPHS: usize = 16;

impl Face {
    /// A font program holding the glyphs `used` (each for the same character) and at most
    /// [`SPARE_GLYPHS`] more: one made before, or one made now by `make` from the glyphs
    /// it should hold.
    pub(super) fn program(
        &self,
        used: &BTreeMap<u16, char>,
        make: impl FnOnce(BTreeMap<u16, char>) -> Program,
    ) -> Arc<Program> {
        let programs = self.programs.lock().unwrap_or_else(|e| e.into_inner());
        let serves = |p: &Program| {
            p.chars.len() <= used.len() + SPARE_GLYPHS
                && used.iter().all(|(g, c)| p.chars.get(g) == Some(c))
        };
        let found = programs
            .iter()
            .filter(|p| serves(p))
            .min_by_key(|p| p.chars.len());
        if let Some(program) = found {
            return Arc::clone(program);
        }
        // The glyphs of the last program made, too, if there are few more: so programs
        // gather the glyphs letters have in common and serve more of them.
        let mut held = used.clone();
        if let Some(last) = programs.last() {
            let extra = last.chars.iter().filter(|(g, _)| !used.contains_key(g));
            if extra.clone().count() <= SPARE_GLYPHS / 2 {
                held.extend(extra);
            }
        }
        drop(programs);
        let program = Arc::new(make(held));
        let mut programs = self.programs.lock().unwrap_or_else(|e| e.into_inner());
        if programs.len() >= PROGRAMS_KEPT {
            programs.clear();
        }
        programs.push(Arc::clone(&program));
        program
    }
}

/// A word's kerning adjustments: (byte offset, ems).
type Kerning = Box<[(usize, f32)]>;

/// The most words a face keeps the kerning of; past that it starts afresh, so a batch of any
/// size runs in the same memory.
const WORDS_KEPT: usize = 50_000;

impl Face {
    /// Calls `each` with every kerning adjustment of `word` (byte offset, ems): as `shape`
    /// found it the first time the word was met.
    pub(super) fn kerning(
        &self,
        word: &str,
        shape: fn(&Face, &str) -> Vec<(usize, f32)>,
        mut each: impl FnMut(usize, f32),
    ) {
        let words = self.words.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(kerning) = words.get(word) {
            kerning.iter().for_each(|&(at, ems)| each(at, ems));
            return;
        }
        drop(words);
        let kerning = shape(self, word);
        kerning.iter().for_each(|&(at, ems)| each(at, ems));
        let mut words = self.words.lock().unwrap_or_else(|e| e.into_inner());
        if words.len() >= WORDS_KEPT {
            words.clear();
        }
        words.insert(word.into(), kerning.into());
    }

    /// The shaping plan for left-to-right runs of `script`: text is shaped in drawing order,
    /// after the bidirectional algorithm has put it there.
    pub(super) fn plan(&self, script: Script) -> Arc<ShapePlan> {
        let mut plans = self.plans.lock().unwrap_or_else(|e| e.into_inner());
        if let Some((_, plan)) = plans.iter().find(|(s, _)| *s == script) {
            return Arc::clone(plan);
        }
        let features: Vec<Feature> = OFF
            .iter()
            .map(|tag| Feature::new(Tag::from_bytes(tag), 0, ..))
            .collect();
        let plan = Arc::new(ShapePlan::new(
            &self.shaping,
            Direction::LeftToRight,
            Some(script),
            None,
            &features,
        ));
        plans.push((script, Arc::clone(&plan)));
        plan
    }
}

impl Fonts {
    /// The two faces embedded in the binary, read in place.
    pub fn embedded() -> Fonts {
        Fonts {
            regular: Face::parse(REGULAR_TTF, "DejaVuSans.ttf"),
            bold: Face::parse(BOLD_TTF, "DejaVuSans-Bold.ttf"),
        }
    }

    pub(super) fn face(&self, weight: Weight) -> &Face {
        match weight {
            Weight::Regular => &self.regular,
            Weight::Bold => &self.bold,
        }
    }
}

/// Regular or bold.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(super) enum Weight {
    Regular,
    Bold,
}

/// A face at a size.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) struct Style {
    pub(super) weight: Weight,
    pub(super) size: f32,
}

impl Style {
    pub(super) fn of(kind: Kind) -> Style {
        let weight = if kind.is_bold() {
            Weight::Bold
        } else {
            Weight::Regular
        };
        let size = match kind {
            Kind::Title => TITLE_SIZE,
            Kind::Footer => FOOTER_SIZE,
            _ => BODY_SIZE,
        };
        Style { weight, size }
    }

    pub(super) fn line_height(self) -> f32 {
        self.size * LINE_HEIGHT
    }

    /// From the top of a line's box to its baseline: the glyphs' ascent and descent centred
    /// in the line height.
    pub(super) fn baseline(self, fonts: &Fonts) -> f32 {
        let face = fonts.face(self.weight);
        let (ascent, descent) = (face.ascent * self.size, face.descent * self.size);
        (self.line_height() - ascent - descent) / 2.0 + ascent
    }
}
