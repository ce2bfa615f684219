//! The faces as a PDF embeds them: for each, a TrueType program that holds only the glyphs
//! the document draws, each at its own glyph id (so the codes in the text are the font's
//! glyph ids and no renumbering is needed), with their widths and the map back to Unicode
//! that text extraction reads.
//!
//! printpdf can do this too, but it parses the face again for every document and subsets
//! it through a general-purpose library: that was a third of the cost of a letter.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

use lopdf::{Dictionary, Document, Object, ObjectId, Stream};

use super::fonts::{Face, Program};

/// The glyphs one face draws in a document, each with the character it stands for.
#[derive(Debug, Default)]
pub(super) struct Used(BTreeMap<u16, char>);

impl Used {
    /// The two-byte code of `c` in `face` (its glyph id), noting it as used.
    pub(super) fn code(&mut self, face: &Face, c: char) -> [u8; 2] {
        let gid = face.glyph(c);
        self.0.entry(gid).or_insert(c);
        gid.to_be_bytes()
    }

    pub(super) fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// Tables copied as they are: what a TrueType program in a PDF needs besides the ones
/// rebuilt here (ISO 32000-1, 9.9). `cmap`, `name`, `GSUB` and the like serve text
/// layout, which the PDF has done already.
const COPIED: [&[u8; 4]; 4] = [b"OS/2", b"cvt ", b"fpgm", b"prep"];

/// Adds `face`, with the glyphs in `used`, as a Type 0 font named `name` (`DejaVuSans`);
/// returns the font dictionary's id.
pub(super) fn add_font(doc: &mut Document, face: &Face, name: &str, used: &Used) -> ObjectId {
    let program = face.program(&used.0, |chars| make_program(face, chars));
    let tagged = format!("{}+{name}", program.tag);
    let scale = 1000.0 / face.units_per_em;
    let font = &face.shaping;
    let em = |v: i16| (f32::from(v) * scale).round() as i64;
    let file = doc.add_object(program.file.clone());
    let to_unicode = doc.add_object(program.to_unicode.clone());

    let bbox = font.global_bounding_box();
    let hhea = font.tables().hhea;
    let weight = f32::from(font.weight().to_number());
    let descriptor = doc.add_object(Dictionary::from_iter([
        ("Type", Object::Name(b"FontDescriptor".to_vec())),
        ("FontName", Object::Name(tagged.clone().into_bytes())),
        ("Ascent", Object::Integer(em(hhea.ascender))),
        ("Descent", Object::Integer(em(hhea.descender))),
        (
            "CapHeight",
            Object::Integer(em(font.capital_height().unwrap_or(hhea.ascender))),
        ),
        ("ItalicAngle", Object::Integer(0)),
        // Non-symbolic: the glyphs are those of the standard Latin character set and more.
        ("Flags", Object::Integer(1 << 5)),
        // The stem width as producers estimate it from the weight class.
        (
            "StemV",
            Object::Integer(50 + (weight / 65.0).powi(2).round() as i64),
        ),
        (
            "FontBBox",
            Object::Array(
                [bbox.x_min, bbox.y_min, bbox.x_max, bbox.y_max]
                    .map(|v| Object::Integer(em(v)))
                    .to_vec(),
            ),
        ),
        ("FontFile2", Object::Reference(file)),
    ]));
    let descendant = Dictionary::from_iter([
        ("Type", Object::Name(b"Font".to_vec())),
        ("Subtype", Object::Name(b"CIDFontType2".to_vec())),
        ("BaseFont", Object::Name(tagged.clone().into_bytes())),
        (
            "CIDSystemInfo",
            Object::Dictionary(Dictionary::from_iter([
                ("Registry", Object::string_literal("Adobe")),
                ("Ordering", Object::string_literal("Identity")),
                ("Supplement", Object::Integer(0)),
            ])),
        ),
        ("W", Object::Array(program.widths.clone())),
        ("DW", Object::Integer(1000)),
        ("FontDescriptor", Object::Reference(descriptor)),
        ("CIDToGIDMap", Object::Name(b"Identity".to_vec())),
    ]);
    doc.add_object(Dictionary::from_iter([
        ("Type", Object::Name(b"Font".to_vec())),
        ("Subtype", Object::Name(b"Type0".to_vec())),
        ("BaseFont", Object::Name(tagged.into_bytes())),
        ("Encoding", Object::Name(b"Identity-H".to_vec())),
        ("ToUnicode", Object::Reference(to_unicode)),
        (
            "DescendantFonts",
            Object::Array(vec![Object::Dictionary(descendant)]),
        ),
    ]))
}

/// The font program, widths and `/ToUnicode` of `face` for the glyphs `chars`.
fn make_program(face: &Face, chars: BTreeMap<u16, char>) -> Program {
    let bytes = subset(face.bytes, chars.keys().copied()).unwrap_or_default();
    let length = Object::Integer(bytes.len() as i64);
    let mut file = Stream::new(Dictionary::from_iter([("Length1", length)]), bytes);
    let mut to_unicode = Stream::new(Dictionary::new(), to_unicode(&chars).into_bytes());
    for stream in [&mut file, &mut to_unicode] {
        if let Some(compressed) = super::draw::deflate(&stream.content) {
            stream.dict.set("Filter", "FlateDecode");
            stream.set_content(compressed);
        }
    }
    Program {
        tag: tag(&chars),
        widths: widths(face, &chars),
        file,
        to_unicode,
        chars,
    }
}

/// The subset tag (ISO 32000-1, 9.6.4): six capital letters, here taken from the glyphs
/// kept, so the same letter always gives the same file.
fn tag(used: &BTreeMap<u16, char>) -> String {
    // FNV-1a over the glyph ids.
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for gid in used.keys() {
        for byte in gid.to_be_bytes() {
            hash = (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3);
        }
    }
    (0..6)
        .map(|i| char::from(b'A' + ((hash >> (i * 8)) % 26) as u8))
        .collect()
}

/// `/W`: the widths of the glyphs, in thousandths of an em, in runs of consecutive ids.
fn widths(face: &Face, used: &BTreeMap<u16, char>) -> Vec<Object> {
    let scale = 1000.0 / face.units_per_em;
    let mut out = Vec::new();
    let mut run: Vec<Object> = Vec::new();
    let mut next = None;
    for &gid in used.keys() {
        if next != Some(gid) && !run.is_empty() {
            out.push(Object::Array(std::mem::take(&mut run)));
        }
        if run.is_empty() {
            out.push(Object::Integer(i64::from(gid)));
        }
        let advance = face
            .shaping
            .glyph_hor_advance(rustybuzz::ttf_parser::GlyphId(gid))
            .unwrap_or(0);
        // Truncated, as PDF writers commonly do.
        run.push(Object::Integer((f32::from(advance) * scale) as i64));
        next = gid.checked_add(1);
    }
    if !run.is_empty() {
        out.push(Object::Array(run));
    }
    out
}

/// The `/ToUnicode` CMap: each glyph id to the character it was drawn for.
fn to_unicode(used: &BTreeMap<u16, char>) -> String {
    let mut out = String::from(
        "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n\
         /CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n\
         /CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n\
         1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n",
    );
    let pairs: Vec<(&u16, &char)> = used.iter().collect();
    for chunk in pairs.chunks(100) {
        let _ = writeln!(out, "{} beginbfchar", chunk.len());
        for (gid, c) in chunk {
            let _ = write!(out, "<{gid:04X}> <");
            let mut units = [0u16; 2];
            for unit in c.encode_utf16(&mut units) {
                let _ = write!(out, "{unit:04X}");
            }
            out.push_str(">\n");
        }
        out.push_str("endbfchar\n");
    }
    out.push_str("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
    out
}

/// The tables of a TrueType font, by tag.
struct Tables<'a>(BTreeMap<[u8; 4], &'a [u8]>);

impl<'a> Tables<'a> {
    fn read(font: &'a [u8]) -> Option<Tables<'a>> {
        let count = usize::from(u16_at(font, 4)?);
        let mut tables = BTreeMap::new();
        for i in 0..count {
            let record = font.get(12 + 16 * i..28 + 16 * i)?;
            let tag: [u8; 4] = record[..4].try_into().ok()?;
            let offset = u32_at(record, 8)? as usize;
            let length = u32_at(record, 12)? as usize;
            tables.insert(tag, font.get(offset..offset.checked_add(length)?)?);
        }
        Some(Tables(tables))
    }

    fn get(&self, tag: &[u8; 4]) -> Option<&'a [u8]> {
        self.0.get(tag).copied()
    }
}

fn u16_at(data: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_be_bytes(data.get(at..at + 2)?.try_into().ok()?))
}

fn u32_at(data: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_be_bytes(data.get(at..at + 4)?.try_into().ok()?))
}

/// The outlines of a font's glyphs, by glyph id.
struct Glyphs<'a> {
    glyf: &'a [u8],
    loca: &'a [u8],
    long: bool,
    count: u16,
}

impl<'a> Glyphs<'a> {
    fn new(tables: &Tables<'a>) -> Option<Glyphs<'a>> {
        Some(Glyphs {
            glyf: tables.get(b"glyf")?,
            loca: tables.get(b"loca")?,
            long: u16_at(tables.get(b"head")?, 50)? == 1,
            count: u16_at(tables.get(b"maxp")?, 4)?,
        })
    }

    fn get(&self, gid: u16) -> Option<&'a [u8]> {
        let i = usize::from(gid);
        let (start, end) = if self.long {
            (u32_at(self.loca, 4 * i)?, u32_at(self.loca, 4 * i + 4)?)
        } else {
            (
                u32::from(u16_at(self.loca, 2 * i)?) * 2,
                u32::from(u16_at(self.loca, 2 * i + 2)?) * 2,
            )
        };
        self.glyf.get(start as usize..end as usize)
    }

    /// The glyphs a composite glyph is built of.
    fn components(&self, gid: u16) -> Vec<u16> {
        let mut out = Vec::new();
        let Some(glyph) = self.get(gid) else {
            return out;
        };
        if glyph.len() < 10 || i16::from_be_bytes([glyph[0], glyph[1]]) >= 0 {
            return out;
        }
        let mut at = 10;
        while let (Some(flags), Some(component)) = (u16_at(glyph, at), u16_at(glyph, at + 2)) {
            out.push(component);
            at += 4 + if flags & 0x0001 != 0 { 4 } else { 2 };
            at += match flags {
                f if f & 0x0008 != 0 => 2,
                f if f & 0x0040 != 0 => 4,
                f if f & 0x0080 != 0 => 8,
                _ => 0,
            };
            if flags & 0x0020 == 0 {
                break;
            }
        }
        out
    }
}

/// A TrueType program with the outlines of `used` (and of the glyphs they are built of,
/// and `.notdef`) at their own ids, every other glyph empty: `None` if `font` is not a
/// TrueType font this can read.
pub(super) fn subset(font: &[u8], used: impl Iterator<Item = u16>) -> Option<Vec<u8>> {
    let tables = Tables::read(font)?;
    let glyphs = Glyphs::new(&tables)?;
    let mut kept: BTreeSet<u16> = BTreeSet::from([0]);
    let mut todo: Vec<u16> = used.filter(|&g| g < glyphs.count).collect();
    while let Some(gid) = todo.pop() {
        if kept.insert(gid) {
            todo.extend(
                glyphs
                    .components(gid)
                    .into_iter()
                    .filter(|&g| g < glyphs.count),
            );
        }
    }
    let count = kept.last().map_or(1, |&g| g + 1);

    let metrics = Metrics::new(&tables)?;
    let mut glyf = Vec::new();
    let mut loca = Vec::with_capacity(4 * (usize::from(count) + 1));
    let mut hmtx = vec![0u8; 4 * usize::from(count)];
    for gid in 0..count {
        loca.extend_from_slice(&(glyf.len() as u32).to_be_bytes());
        if kept.contains(&gid) {
            glyf.extend_from_slice(glyphs.get(gid)?);
            glyf.resize(glyf.len().next_multiple_of(4), 0);
            let at = 4 * usize::from(gid);
            hmtx[at..at + 4].copy_from_slice(&metrics.get(gid)?);
        }
    }
    loca.extend_from_slice(&(glyf.len() as u32).to_be_bytes());

    let mut head = tables.get(b"head")?.to_vec();
    head.get_mut(8..12)?.fill(0); // checkSumAdjustment, set below
    head.get_mut(50..52)?.copy_from_slice(&1u16.to_be_bytes()); // long offsets
    let mut hhea = tables.get(b"hhea")?.to_vec();
    hhea.get_mut(34..36)?.copy_from_slice(&count.to_be_bytes());
    let mut maxp = tables.get(b"maxp")?.to_vec();
    maxp.get_mut(4..6)?.copy_from_slice(&count.to_be_bytes());
    // Version 3: no glyph names.
    let mut post = tables.get(b"post")?.get(..32)?.to_vec();
    post[..4].copy_from_slice(&0x0003_0000u32.to_be_bytes());

    let mut out: BTreeMap<[u8; 4], Vec<u8>> = BTreeMap::new();
    for tag in COPIED {
        if let Some(table) = tables.get(tag) {
            out.insert(*tag, table.to_vec());
        }
    }
    out.extend([
        (*b"glyf", glyf),
        (*b"loca", loca),
        (*b"hmtx", hmtx),
        (*b"head", head),
        (*b"hhea", hhea),
        (*b"maxp", maxp),
        (*b"post", post),
    ]);
    Some(assemble(&out))
}

/// The horizontal metrics of a font's glyphs: (advance, left side bearing) by glyph id.
struct Metrics<'a> {
    hmtx: &'a [u8],
    long: u16,
}

impl<'a> Metrics<'a> {
    fn new(tables: &Tables<'a>) -> Option<Metrics<'a>> {
        Some(Metrics {
            hmtx: tables.get(b"hmtx")?,
            long: u16_at(tables.get(b"hhea")?, 34)?.max(1),
        })
    }

    /// The four bytes of `gid`'s entry, as a table where every glyph has a long entry.
    fn get(&self, gid: u16) -> Option<[u8; 4]> {
        let long = usize::from(self.long);
        let i = usize::from(gid);
        let (advance, lsb) = if i < long {
            (4 * i, 4 * i + 2)
        } else {
            (4 * (long - 1), 4 * long + 2 * (i - long))
        };
        let mut entry = [0u8; 4];
        entry[..2].copy_from_slice(self.hmtx.get(advance..advance + 2)?);
        entry[2..].copy_from_slice(self.hmtx.get(lsb..lsb + 2)?);
        Some(entry)
    }
}

/// The font file of `tables`: the offset table, the table records and the tables, each
/// padded to four bytes, with their checksums and the whole file's adjustment in `head`.
fn assemble(tables: &BTreeMap<[u8; 4], Vec<u8>>) -> Vec<u8> {
    let count = tables.len() as u16;
    let selector = 15 - count.leading_zeros() as u16; // floor(log2(count))
    let range = 16u16 << selector;
    let mut out = Vec::new();
    out.extend_from_slice(&0x0001_0000u32.to_be_bytes());
    for value in [count, range, selector, count * 16 - range] {
        out.extend_from_slice(&value.to_be_bytes());
    }
    let mut offset = 12 + 16 * tables.len();
    let mut head_at = None;
    for (tag, table) in tables {
        out.extend_from_slice(tag);
        out.extend_from_slice(&checksum(table).to_be_bytes());
        out.extend_from_slice(&(offset as u32).to_be_bytes());
        out.extend_from_slice(&(table.len() as u32).to_be_bytes());
        if tag == b"head" {
            head_at = Some(offset);
        }
        offset += table.len().next_multiple_of(4);
    }
    for table in tables.values() {
        out.extend_from_slice(table);
        out.resize(out.len().next_multiple_of(4), 0);
    }
    if let Some(at) = head_at {
        let adjustment = 0xB1B0_AFBAu32.wrapping_sub(checksum(&out));
        out[at + 8..at + 12].copy_from_slice(&adjustment.to_be_bytes());
    }
    out
}

/// The sum of `data` as big-endian 32-bit words, the last one padded with zeros.
fn checksum(data: &[u8]) -> u32 {
    data.chunks(4).fold(0u32, |sum, chunk| {
        let mut word = [0u8; 4];
        word[..chunk.len()].copy_from_slice(chunk);
        sum.wrapping_add(u32::from_be_bytes(word))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pdf::fonts::Fonts;
    use rustybuzz::ttf_parser;

    #[test]
    fn a_subset_keeps_the_glyphs_drawn_at_their_ids_and_nothing_else() {
        let fonts = Fonts::embedded();
        let face = &fonts.regular;
        let gid = |c| face.shaping.glyph_index(c).unwrap().0;
        // "й" is built of "и" and a breve in this font.
        let used = ['A', 'V', 'й', 'ש'].map(gid);
        let program = subset(face.bytes, used.into_iter()).unwrap();
        assert!(
            program.len() < face.bytes.len() / 10,
            "{} bytes",
            program.len()
        );
        let parsed = ttf_parser::Face::parse(&program, 0).expect("the subset parses");
        for g in used {
            let id = ttf_parser::GlyphId(g);
            assert_eq!(
                parsed.glyph_hor_advance(id),
                face.shaping.glyph_hor_advance(id)
            );
            assert_eq!(
                parsed.glyph_bounding_box(id),
                face.shaping.glyph_bounding_box(id),
                "glyph {g}"
            );
        }
        assert!(
            parsed
                .glyph_bounding_box(ttf_parser::GlyphId(gid('B')))
                .is_none()
        );
        assert_eq!(
            checksum(&program),
            0xB1B0_AFBA,
            "the head adjustment balances the file"
        );
    }

    #[test]
    fn the_widths_come_in_runs_of_consecutive_glyphs() {
        let fonts = Fonts::embedded();
        let used = BTreeMap::from([(36, 'A'), (37, 'B'), (40, 'E')]);
        let w = widths(&fonts.regular, &used);
        let [
            Object::Integer(36),
            Object::Array(ab),
            Object::Integer(40),
            Object::Array(e),
        ] = &w[..]
        else {
            panic!("{w:?}")
        };
        assert_eq!((ab.len(), e.len()), (2, 1));
        assert!(to_unicode(&used).contains("<0024> <0041>"));
    }
}
