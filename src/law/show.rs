//! A pack in words, for `complaint law` and for the law's part of `next`.
//!
//! The frame and the explanations speak the interface's language (the message files, and
//! the pack's words in that language); the law's own words, what a letter cites and asks,
//! are shown in every language the pack writes letters in.

use super::{Applied, Pack, Source, When, Words, words};
use crate::case::{GoalKind, Jurisdiction, Language, PurchaseKind};
use crate::t;

/// Every language's words of `w`, the interface's first: a letter under the law may be
/// written in any of them.
fn all(w: &Words, lang: Language) -> String {
    let mut parts: Vec<&str> = w.get(lang.code()).map(String::as_str).into_iter().collect();
    parts.extend(
        w.iter()
            .filter(|(k, _)| *k != lang.code())
            .map(|(_, v)| v.as_str()),
    );
    parts.join("\n      ")
}

fn sourced(s: Source) -> String {
    format!(
        "      {}",
        t!("law-source", source = s.source, checked = s.checked)
    )
}

fn goal_name(g: GoalKind) -> String {
    t!(match g {
        GoalKind::Refund => "law-goal-refund",
        GoalKind::Replacement => "law-goal-replacement",
        GoalKind::Repair => "law-goal-repair",
        GoalKind::Cancellation => "law-goal-cancellation",
        GoalKind::Compensation => "law-goal-compensation",
        GoalKind::Correction => "law-goal-correction",
        GoalKind::Other => "law-goal-other",
    })
}

/// The conditions of a rule or a body, in words: " (goods, bought at a distance)".
fn when(w: &When) -> String {
    when_and(w, Vec::new())
}

/// The conditions, then `more` of them.
fn when_and(w: &When, more: Vec<String>) -> String {
    let yes_no =
        |v: Option<bool>, yes: &'static str, no: &'static str| v.map(|v| if v { yes } else { no });
    let ids = [
        w.subject.map(|s| match s {
            PurchaseKind::Goods => "law-when-goods",
            PurchaseKind::Service => "law-when-service",
        }),
        yes_no(w.distance, "law-when-distance", "law-when-not-distance"),
        yes_no(w.telecom, "law-when-telecom", "law-when-not-telecom"),
        yes_no(w.defect, "law-when-defect", "law-when-no-defect"),
    ];
    let mut parts: Vec<String> = ids.into_iter().flatten().map(|id| t!(id)).collect();
    parts.extend(
        w.failed_repairs
            .map(|n| t!("law-when-failed-repairs", n = n)),
    );
    parts.extend(more);
    if parts.is_empty() {
        String::new()
    } else {
        format!(" ({})", parts.join(", "))
    }
}

/// One demand rule: its goals and conditions, what it cites, its term and its source.
fn demand(pack: &Pack, d: &super::Rule, lang: Language, line: &mut dyn FnMut(&str)) {
    let goals: Vec<String> = d.goals.iter().map(|g| goal_name(*g)).collect();
    // The conditions only a demand has: money taken without a ground, goods kept for repair.
    let own: Vec<String> = [
        match (d.unfounded, d.withdrawn) {
            (Some(true), Some(true)) => Some(t!("law-when-withdrawn")),
            (Some(true), Some(false)) => Some(t!("law-when-twice")),
            (Some(true), None) => Some(t!("law-when-unfounded")),
            _ => None,
        },
        d.held_days
            .map(|n| t!("law-when-held", days = t!("days", n = n))),
        d.after_days
            .map(|n| t!("law-when-after", days = t!("days", n = n))),
    ]
    .into_iter()
    .flatten()
    .collect();
    line(&format!(
        "  - {}{}:",
        goals.join(", "),
        when_and(&d.when(), own)
    ));
    line(&format!(
        "      {}",
        t!("law-cites", text = all(&d.cite, lang))
    ));
    let from = d.from.as_ref().and_then(|f| pack.counts_from.get(f));
    let term = match (d.days, from) {
        (Some(days), Some(from)) => t!(
            "law-term",
            days = t!("days", n = days),
            from = words(from, lang).unwrap_or("")
        ),
        (Some(days), None) => t!("law-term-days", days = t!("days", n = days)),
        (None, _) => t!("law-term-none"),
    };
    line(&format!("      {term}"));
    for what in [&d.remedy, &d.ask] {
        if !what.is_empty() {
            line(&format!("      {}", t!("law-must", text = all(what, lang))));
        }
    }
    if !d.penalty.is_empty() {
        line(&format!(
            "      {}",
            t!("law-penalty", text = all(&d.penalty, lang))
        ));
    }
    if let Some(note) = words(&d.note, lang) {
        line(&format!("      {}", t!("law-rule-note", text = note)));
    }
    line(&sourced(d.source()));
}

/// What `complaint law JURISDICTION` prints: every rule with its source and date.
pub fn describe(j: Jurisdiction, pack: &Pack) -> String {
    let lang = crate::i18n::current();
    let own = |w: &Words| words(w, lang).unwrap_or("").to_owned();
    let mut out = String::new();
    let mut line = |t: &str| {
        out.push_str(t);
        out.push('\n');
    };
    let name = words(&pack.name, lang).unwrap_or(j.code());
    line(&t!("law-title", name = name, code = j.code()));
    if let Some(n) = words(&pack.not_advice, lang) {
        line(n);
    }
    if !pack.demands.is_empty() {
        line("");
        line(&t!("law-demands"));
    }
    for d in &pack.demands {
        demand(pack, d, lang, &mut line);
    }
    if let Some(c) = &pack.consequence {
        line("");
        line(&t!("law-closes"));
        if !c.threat.is_empty() {
            line(&format!("      {}", all(&c.threat, lang)));
        }
        line(&format!("      {}", all(&c.text, lang)));
        line(&sourced(c.source()));
    }
    if !pack.bodies.is_empty() {
        line("");
        line(&t!("law-bodies"));
        for b in &pack.bodies {
            line(&format!("  - {}{}", own(&b.name), when(&b.when())));
            line(&format!(
                "      {}",
                own(&b.needs).replace("{claims}", &own(&b.claims))
            ));
            line(&sourced(b.source()));
        }
    }
    if let Some(d) = &pack.delivery {
        line("");
        line(&t!("law-delivery"));
        line(&format!("      {}", own(&d.text)));
        line(&sourced(d.source()));
    }
    if !pack.risks.is_empty() {
        line("");
        line(&t!("law-risks"));
        for r in &pack.risks {
            line(&format!("  - {}", own(&r.text)));
            line(&sourced(r.source()));
        }
    }
    crate::i18n::for_interface(&out)
}

/// The law's part of `next`: how to send the letter, or who to turn to once its deadline
/// has passed.
pub fn next(applied: &Applied, case: &crate::case::Case, send: bool, overdue: bool) -> String {
    let purchase = case.purchase.clone().unwrap_or_default();
    let pack = applied.pack;
    // The interface's language: the loader makes sure the pack has words in it.
    let lang = crate::i18n::current();
    let mut out = String::new();
    let name = words(&pack.name, lang).unwrap_or(applied.jurisdiction.code());
    if send && let Some(d) = &pack.delivery {
        out.push_str(&crate::t!(
            "law-how-to-send",
            name = name,
            text = words(&d.text, lang).unwrap_or("")
        ));
        out.push('\n');
    }
    if overdue && !pack.bodies.is_empty() {
        out.push_str(&crate::t!("law-where-to-turn", name = name));
        out.push('\n');
        for b in pack
            .bodies
            .iter()
            .filter(|b| super::select::fits(&b.when(), &purchase))
        {
            // The needs on a line of their own, as `complaint law` shows them: a body's name
            // may itself end with a colon's worth of detail.
            out.push_str(&format!(
                "  - {}\n      {}\n",
                words(&b.name, lang).unwrap_or(""),
                b.needs_for(lang, applied.rule)
            ));
            // The office the complaint goes to, as `escalate` addresses it, in the letter's
            // language: its name is the same whatever language the interface speaks.
            if b.office(case).is_some()
                && let Some(to) = b.addressee(case.language(), case)
            {
                out.push_str(&format!("      {}\n", crate::t!("law-office", office = to)));
            }
        }
    }
    if !out.is_empty()
        && let Some(n) = words(&pack.not_advice, lang)
    {
        out.push_str(n);
        out.push('\n');
    }
    crate::i18n::for_interface(&out)
}
