//! What a `CASE` argument names: standard input, a file, or a saved case found by its name, a
//! unique beginning of its name, or its company's name; and the near misses to suggest.

use std::path::PathBuf;

use crate::error::Error;
use crate::paths::{self, CaseSource};
use crate::store::{self, slug};

/// Resolves a `CASE` argument. A path (it exists, holds a `/` or ends in `.json`) is taken as
/// it is; a plain word is looked up among the saved cases.
pub fn resolve(arg: &str) -> Result<CaseSource, Error> {
    if arg == "-" {
        return Ok(CaseSource::Stdin);
    }
    let path = PathBuf::from(arg);
    if path.exists() || arg.contains(['/', '\\']) || arg.ends_with(".json") || arg.is_empty() {
        return Ok(CaseSource::File(path));
    }
    let Some(dir) = paths::cases_dir() else {
        return Ok(CaseSource::File(path));
    };
    let exact = dir.join(format!("{arg}.json"));
    if exact.is_file() {
        return Ok(CaseSource::File(exact));
    }
    let names = store::names()?;
    // Saved names are lower case: "PureGym" is the beginning of "puregym-2026-12-02".
    let lower = arg.to_lowercase();
    let by_prefix: Vec<&String> = names.iter().filter(|n| n.starts_with(&lower)).collect();
    let found = match by_prefix.as_slice() {
        [one] => Some((*one).clone()),
        [] => by_company(arg)?,
        many => return Err(ambiguous(arg, many.iter().map(|n| n.as_str()))),
    };
    match found {
        Some(name) => Ok(CaseSource::File(dir.join(format!("{name}.json")))),
        None => Err(Error::NoSuchCase {
            name: arg.to_owned(),
            suggestion: near_miss(arg)?,
        }),
    }
}

/// The one saved case whose company's name holds the words of `arg` ("megatel" finds
/// "ООО «МегаТел»"), if exactly one does.
fn by_company(arg: &str) -> Result<Option<String>, Error> {
    let wanted = slug(arg);
    if wanted.is_empty() {
        return Ok(None);
    }
    let wanted = format!("-{wanted}-");
    let matches: Vec<String> = store::list()?
        .into_iter()
        .filter_map(|s| {
            let company = slug(&s.case.ok()?.company.name);
            format!("-{company}-").contains(&wanted).then_some(s.name)
        })
        .collect();
    match matches.as_slice() {
        [] => Ok(None),
        [one] => Ok(Some(one.clone())),
        many => Err(ambiguous(arg, many.iter().map(String::as_str))),
    }
}

fn ambiguous<'a>(arg: &str, names: impl Iterator<Item = &'a str>) -> Error {
    Error::Usage(crate::messages::ambiguous_case(
        arg,
        &names.collect::<Vec<_>>(),
    ))
}

/// The saved case `arg` was most likely meant to name: a small typo in its name, the
/// beginning of its name or its company's name.
fn near_miss(arg: &str) -> Result<Option<String>, Error> {
    let arg = arg.to_lowercase();
    let allowed = (arg.chars().count() / 4).clamp(1, 3);
    let mut best: Option<(usize, String)> = None;
    for saved in store::list()? {
        let head: String = saved.name.chars().take(arg.chars().count()).collect();
        let mut distance =
            strsim::osa_distance(&arg, &saved.name).min(strsim::osa_distance(&arg, &head));
        if let Ok(case) = &saved.case {
            distance = distance.min(company_distance(&slug(&arg), &slug(&case.company.name)));
        }
        if distance <= allowed && best.as_ref().is_none_or(|(d, _)| distance < *d) {
            best = Some((distance, saved.name));
        }
    }
    Ok(best.map(|(_, name)| name))
}

/// How far `wanted` is from the company's name or from any run of as many of its words
/// ("megatl" is 1 from the "megatel" in "ooo-megatel").
fn company_distance(wanted: &str, company: &str) -> usize {
    let words: Vec<&str> = company.split('-').collect();
    let size = wanted.split('-').count();
    words
        .windows(size.min(words.len()).max(1))
        .map(|run| strsim::osa_distance(wanted, &run.join("-")))
        .chain([strsim::osa_distance(wanted, company)])
        .min()
        .unwrap_or(usize::MAX)
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_near_miss_of_a_word_of_the_company_is_near() {
        assert_eq!(super::company_distance("megatl", "ooo-megatel"), 1);
        assert_eq!(super::company_distance("ooo-megatel", "ooo-megatel"), 0);
    }

    #[test]
    fn paths_and_stdin_are_taken_as_they_are() {
        use super::*;
        assert_eq!(resolve("-").unwrap(), CaseSource::Stdin);
        assert_eq!(
            resolve("some/where.json").unwrap(),
            CaseSource::File("some/where.json".into())
        );
    }
}
