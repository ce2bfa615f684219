//! What a `CASE` argument names: standard input, a file, or a saved case found by its name, a
//! unique beginning of its name, or its company's name; and the near misses to suggest.

use std::path::PathBuf;

use crate::error::Error;
use crate::paths::{self, CaseSource};
use crate::store::{self, Saved, slug};

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
    let Some(exact) = paths::saved_case(arg) else {
        return Ok(CaseSource::File(path));
    };
    if exact.is_file() {
        return Ok(CaseSource::File(exact));
    }
    let mut matches = matching(arg)?;
    match matches.len() {
        1 => Ok(CaseSource::File(matches.remove(0).path)),
        0 => Err(Error::NoSuchCase {
            name: arg.to_owned(),
            suggestion: near_miss(arg)?,
        }),
        _ => Err(Error::Usage(crate::t!(
            "case-ambiguous",
            arg = arg,
            n = matches.len(),
            names = matches
                .iter()
                .map(|s| s.name.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        ))),
    }
}

/// The saved cases `arg` may name, sorted: those whose name begins with it (in any case:
/// "PureGym" begins "puregym-2026-12-02"), and those whose company's name holds its words
/// ("megatel" finds "ООО «МегаТел»").
fn matching(arg: &str) -> Result<Vec<Saved>, Error> {
    let lower = arg.to_lowercase();
    let words = slug(arg);
    let wanted = format!("-{words}-");
    let mut found: Vec<Saved> = store::list()?
        .into_iter()
        .filter(|s| {
            s.name.starts_with(&lower)
                || !words.is_empty()
                    && s.case
                        .as_ref()
                        .is_ok_and(|c| format!("-{}-", slug(&c.company.name)).contains(&wanted))
        })
        .collect();
    found.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(found)
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
