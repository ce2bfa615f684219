//! Evidence that is itself a PDF, appended page by page after the letter (and its images):
//! each document's objects are renumbered past the letter's, its pages take the attributes
//! they inherited from their own page tree, and join the letter's page tree.

use lopdf::{Document, Object, ObjectId};

/// Attributes a page may inherit from its parent in the page tree (ISO 32000-1, 7.7.3.4).
const INHERITED: [&[u8]; 4] = [b"Resources", b"MediaBox", b"CropBox", b"Rotate"];

/// `letter` with every page of each of `pdfs` after its own; an evidence PDF that cannot be
/// read is left out and named in the returned warnings by its `label`.
pub fn append(letter: Vec<u8>, pdfs: &[(String, Vec<u8>)]) -> (Vec<u8>, Vec<String>) {
    if pdfs.is_empty() {
        return (letter, Vec::new());
    }
    let Ok(mut base) = Document::load_mem(&letter) else {
        return (letter, vec!["the letter's PDF could not be read back to append the PDF evidence; it is listed, not attached".into()]);
    };
    let mut warnings = Vec::new();
    for (label, bytes) in pdfs {
        if let Err(e) = append_one(&mut base, bytes) {
            warnings.push(format!(
                "{label} could not be read as a PDF ({e}); the letter lists it but does not attach it"
            ));
        }
    }
    let mut out = Vec::new();
    match base.save_to(&mut out) {
        Ok(()) => (out, warnings),
        Err(e) => {
            warnings.push(format!(
                "the PDF evidence could not be appended ({e}); the letter lists it but does not attach it"
            ));
            (letter, warnings)
        }
    }
}

fn append_one(base: &mut Document, bytes: &[u8]) -> Result<(), lopdf::Error> {
    let root = base.catalog()?.get(b"Pages")?.as_reference()?;
    let mut doc = Document::load_mem(bytes)?;
    doc.renumber_objects_with(base.max_id + 1);
    let pages: Vec<ObjectId> = doc.get_pages().into_values().collect();
    for &id in &pages {
        for key in INHERITED {
            if doc.get_dictionary(id)?.has(key) {
                continue;
            }
            if let Some(value) = inherited(&doc, id, key) {
                doc.get_dictionary_mut(id)?.set(key, value);
            }
        }
        doc.get_dictionary_mut(id)?.set("Parent", root);
    }
    let skip = |o: &Object| {
        o.as_dict()
            .ok()
            .and_then(|d| d.get(b"Type").ok())
            .and_then(|t| t.as_name().ok())
            .is_some_and(|t| t == b"Catalog" || t == b"Pages")
    };
    base.max_id = doc.max_id;
    for (id, object) in doc.objects {
        if !skip(&object) {
            base.objects.insert(id, object);
        }
    }
    let tree = base.get_dictionary_mut(root)?;
    let count = tree.get(b"Count").and_then(Object::as_i64).unwrap_or(0);
    tree.get_mut(b"Kids")?
        .as_array_mut()?
        .extend(pages.iter().map(|&id| Object::Reference(id)));
    tree.set("Count", count + pages.len() as i64);
    Ok(())
}

/// The value of `key` a page inherits from the nearest ancestor that has it.
fn inherited(doc: &Document, page: ObjectId, key: &[u8]) -> Option<Object> {
    let mut node = doc.get_dictionary(page).ok()?;
    for _ in 0..64 {
        let parent = node.get(b"Parent").ok()?.as_reference().ok()?;
        node = doc.get_dictionary(parent).ok()?;
        if let Ok(value) = node.get(key) {
            return Some(value.clone());
        }
    }
    None
}
