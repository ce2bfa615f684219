//! The wording of the command line's own notes and errors about names, outputs and contacts,
//! gathered here so the words live in one place.

/// A saved-case name that matches several cases.
pub fn ambiguous_case(arg: &str, names: &[&str]) -> String {
    format!(
        "`{arg}` could be any of {} saved cases: {}; give more of the name",
        names.len(),
        names.join(", ")
    )
}

pub fn no_such_case(name: &str) -> String {
    format!("there is no file {name}, nor a saved case of that name")
}

pub fn no_such_case_hint(suggestion: Option<&str>) -> String {
    match suggestion {
        Some(s) => format!("did you mean `{s}`? `complaint list` shows your saved cases"),
        None => "`complaint list` shows your saved cases".into(),
    }
}

/// `--format` and the extension of `-o` disagree.
pub fn format_conflict(format: &str, path: &str, implied: &str) -> String {
    format!(
        "--format {format} does not match {path}, which names a {implied} file: drop --format, or change the file name"
    )
}

/// A contact number that the case does not have.
pub fn no_such_contact(number: usize, count: usize) -> String {
    match count {
        0 => format!("there is no contact {number}: the case has no contacts yet"),
        1 => format!("there is no contact {number}: the case has 1 contact"),
        n => format!("there is no contact {number}: the case has {n} contacts, 1 to {n}"),
    }
}

pub fn no_contacts(name: &str) -> String {
    format!("{name} has no contacts yet; add one with `complaint log {name} --channel phone`")
}

pub fn contact_added(number: usize, name: &str) -> String {
    format!("added contact {number} to {name}")
}

pub fn contact_corrected(number: usize, name: &str) -> String {
    format!("corrected contact {number} of {name}")
}

pub fn contact_removed(number: usize, name: &str, left: usize) -> String {
    format!("removed contact {number} from {name}; {left} left")
}

pub const NOTHING_TO_CORRECT: &str = "say what to correct: give --date, --channel, --reference, --operator or --summary with --correct (on a terminal, `complaint log CASE --correct N` asks)";

/// `validate`: an attachment the letter would list, but that is not there.
pub fn missing_attachment(number: usize, path: &str) -> String {
    format!(
        "attachments[{}]: {path} is not there; the letter lists it as enclosure {number}",
        number - 1
    )
}
