//! Which pack and which rule a case gets, and what the letter says from them.

use chrono::NaiveDate;
use serde::Serialize;

use super::{Body, Pack, Rule, When, words};
use crate::case::{Case, Jurisdiction, Language, Money, Purchase};
use crate::locale;
use crate::wording;

/// The jurisdiction a case relies on: its own, else the one of its language (the config's
/// default is filled into the case before this is asked).
pub fn jurisdiction(case: &Case) -> Jurisdiction {
    case.jurisdiction
        .unwrap_or_else(|| Jurisdiction::for_language(case.language()))
}

/// A pack applied to one case.
#[derive(Debug, Clone)]
pub struct Applied<'a> {
    pub jurisdiction: Jurisdiction,
    pub pack: &'a Pack,
    /// The rule for the case's demand, when the pack has one.
    pub rule: Option<&'a Rule>,
    /// The day the rule was chosen for: the letter's date.
    pub on: NaiveDate,
    /// Whether the consumer withdrew from the contract before, as [`withdrawn`] reads it.
    pub withdrawn: bool,
}

/// The rule for `case` in `pack` on the day `on`: the first whose goals and purchase fit.
pub fn applied<'a>(
    case: &Case,
    jurisdiction: Jurisdiction,
    pack: &'a Pack,
    on: NaiveDate,
) -> Applied<'a> {
    let purchase = case.purchase.clone().unwrap_or_default();
    // Money taken after the consumer withdrew from the contract, or twice for one thing.
    let told = told(case);
    let withdrawn = cancelled_on(case) || told.cancelled;
    let unfounded = withdrawn || told.twice;
    let rule = case.goal.kind.and_then(|goal| {
        pack.demands.iter().find(|r| {
            r.goals.contains(&goal)
                && fits(&r.when(), &purchase)
                && (!r.refund_price || purchase.price.is_some())
                && r.unfounded.is_none_or(|u| u == unfounded)
                && r.withdrawn.is_none_or(|w| w == withdrawn)
                && r.held_days.is_none_or(|days| {
                    held_until(pack, &purchase, days).is_some_and(|until| until < on)
                })
                && r.after_days.is_none_or(|days| past(&purchase, days, on))
        })
    });
    Applied {
        jurisdiction,
        pack,
        rule,
        on,
        withdrawn,
    }
}

/// Whether the case says the consumer withdrew from the contract before: `purchase.cancelled`
/// gives the day, or the account tells it ("подписку, которую я отменил").
pub fn withdrawn(case: &Case) -> bool {
    cancelled_on(case) || told(case).cancelled
}

/// Whether the case gives the day the consumer withdrew from the contract.
fn cancelled_on(case: &Case) -> bool {
    case.purchase
        .as_ref()
        .is_some_and(|p| p.cancelled.is_some())
}

/// What the case's account (summary and details) tells.
fn told(case: &Case) -> wording::Told {
    let texts = std::iter::once(case.event.summary.as_str()).chain(case.event.details.as_deref());
    wording::told(case.language(), texts)
}

/// Whether the purchase (for goods: their receipt) is more than `days` before `on`: a window
/// the law counts from it has closed. A purchase with no date has no closed window.
fn past(purchase: &Purchase, days: u32, on: NaiveDate) -> bool {
    purchase
        .date
        .is_some_and(|d| (on - d.0).num_days() > i64::from(days))
}

/// The bodies a complaint about `case` can go to, in the pack's order, each with how a letter
/// in `lang` addresses it (its office for the case, see [`Body::office`]): the first is the
/// one `escalate` writes to.
pub fn addressees<'a>(pack: &'a Pack, case: &Case, lang: Language) -> Vec<(&'a Body, &'a str)> {
    let purchase = case.purchase.clone().unwrap_or_default();
    pack.bodies
        .iter()
        .filter(|b| fits(&b.when(), &purchase))
        .filter_map(|b| b.addressee(lang, case).map(|to| (b, to)))
        .collect()
}

/// The last day of the law's longest repair term for goods handed over for repair: `days`
/// after the hand-over, moved past a day off (ст. 191, 193 ГК РФ).
fn held_until(pack: &Pack, purchase: &Purchase, days: u32) -> Option<NaiveDate> {
    let end = purchase.handed_over?.0 + chrono::Days::new(u64::from(days));
    Some(pack.days_off.as_ref().map_or(end, |off| off.last_day(end)))
}

/// Whether one of the case's attachments is named with one of the word starts `named`.
fn names_enclosure(case: &Case, named: &[String]) -> bool {
    case.attachments.iter().any(|a| {
        a.description
            .iter()
            .chain(a.path.iter())
            .flat_map(|t| t.split(|c: char| !c.is_alphanumeric()))
            .map(str::to_lowercase)
            .any(|w| named.iter().any(|n| w.starts_with(n.as_str())))
    })
}

/// Whether a purchase is one the conditions are for. A condition the case cannot answer
/// (no kind given) does not fit; an unsaid `distance` or `telecom` is "no".
pub fn fits(when: &When, p: &Purchase) -> bool {
    when.subject.is_none_or(|s| p.kind == Some(s))
        && when
            .distance
            .is_none_or(|d| p.distance.unwrap_or(false) == d)
        && when.telecom.is_none_or(|t| p.telecom.unwrap_or(false) == t)
        && when.defect.is_none_or(|d| p.defect.is_some() == d)
        && when
            .failed_repairs
            .is_none_or(|n| p.failed_repairs.unwrap_or(0) >= n)
}

/// Fills a pack text's placeholders for one letter: `{days}`, and for goods kept for repair
/// `{handed_over}`, `{held_until}` (the repair term's last day), `{held_from}`, `{held_to}`
/// and `{held_count}` (the days of delay since, up to the letter's date).
struct Filler {
    lang: Language,
    days: u32,
    /// The day the goods were handed over and the repair term's last day.
    held: Option<(NaiveDate, NaiveDate)>,
    /// The letter's date: the repair term's penalty runs to the day the consumer demands
    /// something else instead.
    on: NaiveDate,
}

impl Filler {
    /// The text of `w` in the letter's language, filled in.
    fn own(&self, w: &super::Words) -> Option<String> {
        w.get(self.lang.code()).map(|text| self.fill(text))
    }

    fn fill(&self, text: &str) -> String {
        let lang = self.lang;
        let text = text.replace("{days}", &locale::days(lang, self.days));
        let (Some((from, until)), Some(delay)) = (self.held, self.delay()) else {
            return text;
        };
        let text = text
            .replace("{handed_over}", &locale::date(lang, from))
            .replace("{held_until}", &locale::date(lang, until))
            .replace(
                "{held_from}",
                &locale::date(lang, until + chrono::Days::new(1)),
            )
            .replace("{held_to}", &locale::date(lang, self.on))
            .replace(
                "{held_count}",
                &locale::days(lang, u32::try_from(delay).unwrap_or(0)),
            );
        wording::prepositions(lang, &text)
    }

    /// The days from the repair term's end to the letter's date.
    fn delay(&self) -> Option<i64> {
        self.held
            .map(|(_, until)| (self.on - until).num_days().max(0))
    }

    /// The demand for the penalty for goods kept past the repair term: worked out when the
    /// price is known (`{held_sum}`, `{held_price}`), else at its rate.
    fn claim_held(&self, rule: &Rule, price: Option<&Money>) -> Option<String> {
        let priced = price
            .zip(self.delay())
            .zip(rule.penalty_percent_per_day)
            .and_then(|((price, days), percent)| {
                let sum = super::penalty(price, percent, days);
                self.own(&rule.claim_held_sum).map(|text| {
                    text.replace("{held_sum}", &locale::money(self.lang, &sum))
                        .replace("{held_price}", &locale::money(self.lang, price))
                })
            });
        priced.or_else(|| self.own(&rule.claim_held))
    }
}

/// A note `check` and the other commands show about a case's law: a statement of the law, or
/// practical advice (`tip`), which is labelled apart so it is never taken for the law.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Note {
    pub text: String,
    pub tip: bool,
}

impl Note {
    /// A statement of the law.
    pub fn law(text: String) -> Note {
        Note { text, tip: false }
    }

    /// The label it is shown under: "law", or "practical tip".
    pub fn label(&self) -> String {
        if self.tip {
            crate::t!("kind-tip")
        } else {
            crate::t!("kind-law")
        }
    }
}

/// What a letter in `lang` takes from the pack (templates see it as `law`).
#[derive(Debug, Clone, Serialize)]
pub struct Demand {
    /// "ru", "il", ...
    pub jurisdiction: &'static str,
    /// The law cited for the demand, e.g. "ст. 18, 22 Закона РФ «О защите прав потребителей»".
    pub cite: Option<String>,
    /// The term in words, e.g. "10 дней со дня получения настоящей претензии".
    pub term: Option<String>,
    /// What the company must do within the term, when it is not simply to meet the demand.
    pub ask: Option<String>,
    /// The statement made before the demand (the withdrawal from the contract).
    pub notice: Option<String>,
    /// The price to pay back, formatted, when the demand is the price paid.
    pub price: Option<String>,
    /// What the letter adds after the demand.
    pub after: Option<String>,
    /// What the facts add about goods kept by the seller (the repair term it broke).
    pub fact: Option<String>,
    /// A further numbered demand for goods kept past the repair term (its penalty).
    pub claim: Option<String>,
    /// Which term the penalty is for, when the rule names it.
    pub late: Option<String>,
    /// What a follow-up threatens to recover besides moral damages and the fine, when it
    /// is not the penalty.
    pub recover: Option<String>,
    /// The sentence naming the breach in a complaint to the regulator, when not the citation.
    pub breach: Option<String>,
    /// Whether the notice withdraws from the contract.
    pub withdraws: bool,
    /// Whether `ask` already says the term, so the letter does not add it again.
    pub ask_timed: bool,
    /// The deadline is the consumer's own (the case's `response_days`, or a rule with no
    /// term): the letter states it as theirs, never as the cited article's.
    pub own_term: bool,
    /// Whether the term counts from the day the company receives the letter.
    pub from_receipt: bool,
    /// The penalty the letter may mention.
    pub penalty: Option<String>,
    /// The demand the law gives instead of the case's own (a replacement or the price back
    /// after failed repairs).
    pub remedy: Option<String>,
    /// The facts and the law the demand rests on, as whole sentences (`{times}` left for the
    /// template to fill with the number of failed repairs).
    pub ground: Option<String>,
    /// What the complaint to the body a follow-up turns to asks of it, when that body has
    /// its own request.
    pub request: Option<String>,
    /// The closing paragraph.
    pub consequence: Option<String>,
    /// The step the consumer will take if the deadline passes, for one sentence with it.
    pub threat: Option<String>,
    /// How the letter says the consumer will turn to the body that fits the case.
    pub turn: Option<String>,
    /// A document the law wants with the claim that no attachment names yet: the letter
    /// lists it last among its enclosures.
    pub enclosure: Option<String>,
}

impl Applied<'_> {
    /// Days the company gets: the case's own, else the law's term, else the language's default.
    pub fn days(&self, case: &Case, lang: Language) -> u32 {
        case.response_days
            .map(|d| d.get())
            .or_else(|| self.rule.and_then(|r| r.days))
            .unwrap_or_else(|| lang.default_response_days())
    }

    /// The last day of the term that starts on `start`: moved to the next working day when
    /// it falls on a day off and the pack's law says so.
    pub fn deadline(&self, case: &Case, lang: Language, start: NaiveDate) -> NaiveDate {
        let start = if self.from_registration(case) {
            super::next_working_day(self.pack.days_off.as_ref(), start)
        } else {
            start
        };
        let end = start + chrono::Days::new(u64::from(self.days(case, lang)));
        self.pack
            .days_off
            .as_ref()
            .map_or(end, |off| off.last_day(end))
    }

    /// Whether the law's term counts from the claim's registration rather than its receipt
    /// (and the case keeps the law's term).
    pub fn from_registration(&self, case: &Case) -> bool {
        self.rule.is_some_and(|r| r.counts_from_registration()) && !self.own_term(case)
    }

    /// Whether the term is the consumer's own rather than the cited rule's.
    fn own_term(&self, case: &Case) -> bool {
        let law = self.rule.and_then(|r| r.days);
        law.is_none() || case.response_days.is_some_and(|d| Some(d.get()) != law)
    }

    /// The letter's share of the pack, or `None` when the pack has no words in `lang` (the
    /// letter is then the generic one).
    pub fn demand(&self, case: &Case, lang: Language) -> Option<Demand> {
        let purchase = case.purchase.clone().unwrap_or_default();
        let f = Filler {
            lang,
            days: self.days(case, lang),
            held: self.held(&purchase),
            on: self.on,
        };
        let own = |w: &super::Words| f.own(w);
        // The withdrawal, with its day when the case gives it.
        let cancelled = |r: &Rule| match purchase.cancelled {
            Some(day) => own(&r.fact_cancelled).map(|text| {
                let day = locale::date(lang, day.0);
                wording::prepositions(lang, &text.replace("{cancelled}", &day))
            }),
            None => own(&r.fact_cancelled_undated),
        };
        let (turn, request) = self.bodies_say(&f, &purchase);
        let rule = self.rule.filter(|r| r.cite.contains_key(lang.code()));
        let consequence = rule
            .and_then(|r| own(&r.consequence))
            .or_else(|| self.pack.consequence.as_ref().and_then(|c| own(&c.text)));
        if rule.is_none() && consequence.is_none() {
            return None;
        }
        let from = rule
            .and_then(|r| r.from.as_ref())
            .and_then(|key| self.pack.counts_from.get(key))
            .and_then(own);
        let own_term = self.own_term(case);
        let price = purchase.price.as_ref();
        let held = f.held.is_some();
        Some(Demand {
            jurisdiction: self.jurisdiction.code(),
            cite: rule.and_then(|r| own(&r.cite)),
            term: from
                .as_ref()
                .filter(|_| !own_term)
                .map(|from| format!("{} {from}", locale::days(lang, f.days))),
            ask: rule.and_then(|r| own(&r.ask)),
            ask_timed: rule
                .and_then(|r| r.ask.get(lang.code()))
                .is_some_and(|a| a.contains("{days}")),
            notice: rule.and_then(|r| own(&r.notice)),
            withdraws: rule.is_some_and(|r| r.withdraws),
            price: rule
                .filter(|r| r.refund_price)
                .and(price)
                .map(|m| locale::money(lang, m)),
            // Goods already with the seller are not handed over again: the facts say so.
            after: rule
                .filter(|r| !held || own(&r.fact_held).is_none())
                .and_then(|r| own(&r.after)),
            fact: rule
                .filter(|_| held)
                .and_then(|r| own(&r.fact_held))
                .or_else(|| rule.and_then(cancelled)),
            claim: rule
                .filter(|r| held && r.held_days.is_some())
                .and_then(|r| f.claim_held(r, price)),
            late: rule.and_then(|r| own(&r.late)),
            recover: rule.and_then(|r| own(&r.recover)),
            breach: rule.and_then(|r| own(&r.breach)),
            own_term,
            from_receipt: rule.and_then(|r| r.from.as_deref()) == Some("receipt"),
            penalty: rule.and_then(|r| own(&r.penalty)),
            remedy: rule.and_then(|r| own(&r.remedy)),
            ground: rule.and_then(|r| own(&r.ground)),
            request,
            consequence,
            threat: self.pack.consequence.as_ref().and_then(|c| own(&c.threat)),
            turn,
            enclosure: rule
                .filter(|r| !names_enclosure(case, &r.enclosure_named))
                .and_then(|r| own(&r.enclosure)),
        })
    }

    /// The day goods went to the seller for repair and the last day of the rule's repair
    /// term, when the rule has one and the case says they were handed over.
    fn held(&self, purchase: &Purchase) -> Option<(NaiveDate, NaiveDate)> {
        let days = self.rule?.held_days.unwrap_or(0);
        Some((
            purchase.handed_over?.0,
            held_until(self.pack, purchase, days)?,
        ))
    }

    /// How the letter says it will turn to the first body that fits the case, and what the
    /// complaint to the body `escalate` writes to asks of it: the first that fits and can be
    /// addressed in the letter's language (which of its offices does not matter here).
    fn bodies_say(&self, f: &Filler, purchase: &Purchase) -> (Option<String>, Option<String>) {
        let fitting = || {
            self.pack
                .bodies
                .iter()
                .filter(|b| fits(&b.when(), purchase))
        };
        let turn = fitting().find_map(|b| f.own(&b.turn));
        let request = fitting()
            .find(|b| b.addressable(f.lang))
            .and_then(|b| f.own(&b.request));
        (turn, request)
    }

    /// The legal risks for `case` on `today`, in `lang` (English where the pack has no words).
    pub fn risks(&self, case: &Case, lang: Language, today: NaiveDate) -> Vec<Note> {
        let purchase = case.purchase.clone().unwrap_or_default();
        let age = purchase.date.map(|d| (today - d.0).num_days());
        let held = self.rule.is_some_and(|r| r.held_days.is_some());
        let names_cancelled = self.rule.is_some_and(|r| !r.fact_cancelled.is_empty());
        self.pack
            .risks
            .iter()
            .filter(|r| r.goals.is_empty() || case.goal.kind.is_some_and(|g| r.goals.contains(&g)))
            .filter(|r| fits(&r.when(), &purchase))
            .filter(|r| {
                r.after_days
                    .is_none_or(|d| age.is_some_and(|a| a > i64::from(d)))
            })
            .filter(|r| r.held.is_none_or(|h| h == held))
            .filter(|r| {
                r.cancelled
                    .is_none_or(|c| names_cancelled && purchase.cancelled.is_some() == c)
            })
            .filter_map(|r| {
                words(&r.text, lang).map(|text| Note {
                    text: text.to_owned(),
                    tip: r.tip,
                })
            })
            .collect()
    }

    /// What `check` says when the pack has rules for the case's demand but none fits its
    /// facts, so the letter cites no article.
    pub fn fit_advice(&self, case: &Case) -> Option<Note> {
        // A case that says nothing of its purchase predates the packs: nothing to correct.
        case.purchase.as_ref()?;
        let goal = case.goal.kind?;
        let covered = self.pack.demands.iter().any(|r| r.goals.contains(&goal));
        (self.rule.is_none() && covered).then(|| Note {
            text: crate::t!("law-fit-advice"),
            tip: true,
        })
    }

    /// What `check` says about the case's own `response_days` against the law's term.
    pub fn days_advice(&self, case: &Case) -> Option<String> {
        let own = case.response_days?.get();
        let law = self.rule.and_then(|r| r.days);
        let days = |n: u32| crate::t!("days", n = n);
        match law {
            Some(law) if own > law => Some(crate::t!(
                "law-days-longer",
                own = days(own),
                law = days(law),
                extra = days(own - law)
            )),
            Some(law) if own < law => Some(crate::t!(
                "law-days-shorter",
                own = days(own),
                law = days(law)
            )),
            None if own < 7 => Some(crate::t!(
                "law-days-short",
                own = days(own),
                least = days(7)
            )),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::case::PurchaseKind;

    #[test]
    fn a_defect_condition_fits_only_a_purchase_that_has_or_lacks_one() {
        let defective = Purchase {
            defect: Some("does not switch on".into()),
            ..Purchase::default()
        };
        let no_defect = When {
            defect: Some(false),
            ..When::default()
        };
        let with_defect = When {
            defect: Some(true),
            ..When::default()
        };
        assert!(fits(&no_defect, &Purchase::default()));
        assert!(!fits(&no_defect, &defective));
        assert!(fits(&with_defect, &defective));
        assert!(!fits(&with_defect, &Purchase::default()));
    }

    fn purchase(kind: Option<PurchaseKind>, distance: Option<bool>) -> Purchase {
        Purchase {
            kind,
            distance,
            ..Purchase::default()
        }
    }

    #[test]
    fn a_condition_the_case_cannot_answer_does_not_fit() {
        let goods = When {
            subject: Some(PurchaseKind::Goods),
            ..When::default()
        };
        assert!(fits(&goods, &purchase(Some(PurchaseKind::Goods), None)));
        assert!(!fits(&goods, &purchase(None, None)));
        assert!(!fits(&goods, &purchase(Some(PurchaseKind::Service), None)));
        let distance = When {
            distance: Some(true),
            ..When::default()
        };
        assert!(!fits(&distance, &purchase(None, None)), "unsaid is no");
        assert!(fits(&distance, &purchase(None, Some(true))));
        let not_distance = When {
            distance: Some(false),
            ..When::default()
        };
        assert!(fits(&not_distance, &purchase(None, None)));
        assert!(fits(&When::default(), &purchase(None, None)));
    }
}
