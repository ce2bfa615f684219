//! The case model: format version 1 of the case file, as `PRODUCT.md` defines it.
//!
//! Everything here is plain data. The value types (`Date`, `Amount`, `Required`, ...)
//! check themselves while they are deserialized, so a bad value is reported by the loader
//! with the position serde_json knows, and a `Case` that exists is valid.

use std::borrow::Cow;
use std::fmt;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::de::{self, Deserializer, Visitor};
use serde::{Deserialize, Serialize, Serializer};

/// The only case-file format this version reads and writes.
pub const SCHEMA_VERSION: u32 = 1;

/// One consumer's case against one company.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "complaint case file", extend("$id" = "https://complaint.invalid/case-v1.json"))]
pub struct Case {
    /// Format version of this file. Always 1.
    pub schema_version: SchemaVersion,
    /// Language of every rendering: selects the templates, the date and money formats, and the
    /// default number of days to respond.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<Language>,
    /// A short title for the case, shown in lists.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// You, the consumer. Only the letter shows these details.
    pub consumer: Consumer,
    /// The company the complaint is against.
    pub company: Company,
    /// Numbers that identify you as a customer: read them out when asked.
    #[serde(default, skip_serializing_if = "Identifiers::is_empty")]
    pub identifiers: Identifiers,
    /// What happened.
    pub event: Event,
    /// What you want the company to do.
    pub goal: Goal,
    /// An outcome you would also accept.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fallback: Option<String>,
    /// What follows for the company if it is not resolved. It need not be hostile.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub consequence: Option<Consequence>,
    /// Evidence to attach: photos, screenshots, documents.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub attachments: Vec<Attachment>,
    /// Earlier contacts with the company, oldest first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub contacts: Vec<Contact>,
    /// Days the company has to respond to the letter (1 to 365). Default: the law's term for
    /// the demand when the jurisdiction has one, else 14, or 10 for Russian.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub response_days: Option<ResponseDays>,
    /// Whose consumer law the letter relies on: ru, il, gb, eu, us, or none for a letter that
    /// cites no law. Default: the config's, else from the language (ru -> ru, he -> il).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub jurisdiction: Option<Jurisdiction>,
    /// What was bought, when and for how much: what the law needs to pick its rule.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub purchase: Option<Purchase>,
}

/// A jurisdiction whose consumer law a letter can rely on, or `none`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Jurisdiction {
    /// Russia
    Ru,
    /// Israel
    Il,
    /// The United Kingdom
    Gb,
    /// The European Union baseline
    Eu,
    /// The United States, federal baseline
    Us,
    /// No jurisdiction: the generic letter, citing no law
    None,
}

impl Jurisdiction {
    /// Every jurisdiction with a pack.
    pub const PACKS: [Jurisdiction; 5] = [
        Jurisdiction::Ru,
        Jurisdiction::Il,
        Jurisdiction::Gb,
        Jurisdiction::Eu,
        Jurisdiction::Us,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Jurisdiction::Ru => "ru",
            Jurisdiction::Il => "il",
            Jurisdiction::Gb => "gb",
            Jurisdiction::Eu => "eu",
            Jurisdiction::Us => "us",
            Jurisdiction::None => "none",
        }
    }

    /// The jurisdiction a common other name stands for: "uk" is "gb", "israel" is "il".
    pub fn alias(name: &str) -> Option<Jurisdiction> {
        match name.trim().to_lowercase().as_str() {
            "uk" | "england" | "scotland" | "wales" | "britain" => Some(Jurisdiction::Gb),
            "israel" | "isr" => Some(Jurisdiction::Il),
            "russia" | "rus" | "rf" => Some(Jurisdiction::Ru),
            "usa" | "america" => Some(Jurisdiction::Us),
            "europe" => Some(Jurisdiction::Eu),
            _ => None,
        }
    }

    /// The jurisdiction a case in `lang` gets when neither it nor the config names one.
    pub fn for_language(lang: Language) -> Jurisdiction {
        match lang {
            Language::Ru => Jurisdiction::Ru,
            Language::He => Jurisdiction::Il,
            Language::En => Jurisdiction::None,
        }
    }
}

impl fmt::Display for Jurisdiction {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// What was bought: the facts a jurisdiction's rules depend on.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Purchase {
    /// Goods or a service.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<PurchaseKind>,
    /// Bought at a distance: online, by phone, by post.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub distance: Option<bool>,
    /// A telecom service: mobile, internet, landline, TV.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub telecom: Option<bool>,
    /// When it was bought (for goods: when you received them).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<Date>,
    /// The price paid.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub price: Option<Money>,
    /// How the money should be paid back: "to the card I paid with", bank details.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refund_to: Option<String>,
    /// What was bought, as the receipt names it: name, model, serial number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub item: Option<String>,
    /// What is wrong with it, when it has a defect. Left out: nothing is wrong with the
    /// thing itself (the consumer changed their mind, or the dispute is about money).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub defect: Option<String>,
    /// When the defect was found.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub defect_found: Option<Date>,
    /// How many times it was repaired, or a technician came, without the defect being put
    /// right. After repeated failed repairs a letter asks for a replacement or the price
    /// back, not for one more repair.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub failed_repairs: Option<u32>,
    /// When the goods were handed to the seller (or its service centre) for repair or a
    /// quality check, while they are still there: the letter then says so instead of
    /// offering them for a check, and the law may count its repair term from that day.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub handed_over: Option<Date>,
    /// When the consumer told the company they were withdrawing from the contract (ending a
    /// subscription or a service). Money taken after that was not owed: the letter names the
    /// day and the law that let the consumer withdraw.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cancelled: Option<Date>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum PurchaseKind {
    Goods,
    Service,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Consumer {
    /// Your full name, as it should appear under the signature.
    pub name: Required,
    /// Postal address for the company's written reply.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Company {
    /// The company's name, as on the contract or the receipt.
    pub name: Required,
    /// The department the letter is addressed to, e.g. "Customer Relations".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub department: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub support_phone: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Identifiers {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order_number: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contract_number: Option<String>,
    /// The phone number the account or contract is registered to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone_number: Option<String>,
    /// Any other reference: customer ID, ticket, invoice, IMEI...
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub other: Vec<OtherIdentifier>,
}

impl Identifiers {
    pub fn is_empty(&self) -> bool {
        self.order_number.is_none()
            && self.contract_number.is_none()
            && self.phone_number.is_none()
            && self.other.is_empty()
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct OtherIdentifier {
    /// What the number is, e.g. "Customer ID".
    pub label: Required,
    pub value: Required,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Event {
    /// One sentence: what happened.
    pub summary: Required,
    /// The details, for the second line and the letter.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub details: Option<String>,
    /// When it happened.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<Date>,
    /// The amount involved, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount: Option<Money>,
    /// For technical problems: device, system and version.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub environment: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Goal {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<GoalKind>,
    /// What exactly you want, as an action: "Refund the duplicate charge to my card".
    pub summary: Required,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount: Option<Money>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum GoalKind {
    Refund,
    Replacement,
    Repair,
    Cancellation,
    Compensation,
    Correction,
    Other,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Consequence {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<ConsequenceKind>,
    /// What you will do: "I will complain to the communications ombudsman".
    pub summary: Required,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ConsequenceKind {
    Regulator,
    SwitchProvider,
    Court,
    Chargeback,
    PublicReview,
    Other,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Attachment {
    /// The file, relative to the case file's folder.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    /// What it shows.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<Date>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub channel: Option<Channel>,
    /// The ticket or call reference you were given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reference: Option<String>,
    /// The name of the person you spoke to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub operator: Option<String>,
    /// What was said or promised.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    /// For a letter: the day the company received it. The law's deadlines count from it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delivered: Option<Date>,
    /// For a letter: how it was sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sent_by: Option<SentBy>,
    /// For a posted letter: the tracking number, in capitals without spaces.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tracking: Option<Tracking>,
    /// How high the contact reached inside the company.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub level: Option<Level>,
    /// For a letter: the PDF exactly as sent, kept next to the case file (relative to its
    /// folder). Later steps refer to it instead of making the letter again.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub letter_file: Option<String>,
}

impl Contact {
    /// A contact with nothing recorded yet.
    pub fn empty() -> Contact {
        Contact {
            date: None,
            channel: None,
            reference: None,
            operator: None,
            summary: None,
            delivered: None,
            sent_by: None,
            tracking: None,
            level: None,
            letter_file: None,
        }
    }
}

/// How a letter was sent.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema, clap::ValueEnum,
)]
#[serde(rename_all = "snake_case")]
pub enum SentBy {
    /// Handed over in person, with a receiving mark on your copy
    Hand,
    /// Registered mail with a notice of delivery
    RegisteredMail,
    /// Recorded or signed-for delivery
    RecordedDelivery,
    /// E-mail
    Email,
}

impl SentBy {
    /// A letter handed over or e-mailed arrives the day it is sent; a posted one later.
    pub fn is_posted(self) -> bool {
        matches!(self, SentBy::RegisteredMail | SentBy::RecordedDelivery)
    }

    pub fn code(self) -> &'static str {
        match self {
            SentBy::Hand => "hand",
            SentBy::RegisteredMail => "registered_mail",
            SentBy::RecordedDelivery => "recorded_delivery",
            SentBy::Email => "email",
        }
    }
}

/// How high a contact reached.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    JsonSchema,
    clap::ValueEnum,
)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    /// The operator who answers
    FirstLine,
    /// A specialist or a supervisor
    SecondLine,
    /// A head of department, the director, the head office
    Management,
}

/// A postal tracking number: capital letters and digits, 4 to 40 of them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tracking(String);

impl Tracking {
    pub fn parse(text: &str) -> Result<Tracking, String> {
        let squeezed: String = text.chars().filter(|c| !c.is_whitespace()).collect();
        let hint = squeezed.to_uppercase();
        if text.chars().any(char::is_whitespace) {
            Err(crate::t!("tracking-spaces", text = text, hint = hint))
        } else if text.chars().any(char::is_lowercase) {
            Err(crate::t!(
                "tracking-small-letters",
                text = text,
                hint = hint
            ))
        } else if !(4..=40).contains(&text.len())
            || !text
                .bytes()
                .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
        {
            Err(crate::t!("tracking-invalid", text = text))
        } else {
            Ok(Tracking(text.to_owned()))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Tracking {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl Serialize for Tracking {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for Tracking {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        Tracking::parse(&text).map_err(de::Error::custom)
    }
}

impl JsonSchema for Tracking {
    fn schema_name() -> Cow<'static, str> {
        "Tracking".into()
    }
    fn inline_schema() -> bool {
        true
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({ "type": "string", "pattern": "^[A-Z0-9]{4,40}$", "examples": ["RA123456785RU"] })
    }
}

/// How a contact with the company went.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema, clap::ValueEnum,
)]
#[serde(rename_all = "snake_case")]
pub enum Channel {
    /// A phone call
    Phone,
    /// A chat on the website or in the app
    Chat,
    /// E-mail
    Email,
    /// A messenger
    Messenger,
    /// Social media
    Social,
    /// A letter
    Letter,
    /// A visit in person
    Visit,
    /// Anything else
    Other,
}

/// A language the renderings are written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Language {
    /// English
    En,
    /// Russian
    Ru,
    /// Hebrew, written right to left
    He,
}

impl Language {
    pub const ALL: [Language; 3] = [Language::En, Language::Ru, Language::He];

    pub fn code(self) -> &'static str {
        crate::languages::info(self).code
    }

    /// The language's own name: for a choice in a list.
    pub fn name(self) -> &'static str {
        crate::languages::info(self).native_name
    }

    /// Days a company gets to answer a letter when the case does not say.
    pub fn default_response_days(self) -> u32 {
        crate::languages::info(self).response_days
    }
}

impl fmt::Display for Language {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl Case {
    /// The language the case asks for (English when it does not say).
    pub fn language(&self) -> Language {
        self.language.unwrap_or(Language::En)
    }
}

// ---------------------------------------------------------------------------------------
// Value types that check themselves while deserializing.

/// `schema_version`: only [`SCHEMA_VERSION`] is accepted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SchemaVersion;

impl Serialize for SchemaVersion {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_u32(SCHEMA_VERSION)
    }
}

impl<'de> Deserialize<'de> for SchemaVersion {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl Visitor<'_> for V {
            type Value = SchemaVersion;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str(&crate::t!("json-schema-version", n = SCHEMA_VERSION))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<SchemaVersion, E> {
                if v == u64::from(SCHEMA_VERSION) {
                    Ok(SchemaVersion)
                } else {
                    Err(E::custom(crate::t!(
                        "load-version",
                        version = v,
                        supported = SCHEMA_VERSION
                    )))
                }
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<SchemaVersion, E> {
                Err(E::custom(crate::t!(
                    "load-version",
                    version = v,
                    supported = SCHEMA_VERSION
                )))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<SchemaVersion, E> {
                Err(E::custom(crate::t!(
                    "load-version-text",
                    text = v,
                    supported = SCHEMA_VERSION
                )))
            }
        }
        d.deserialize_any(V)
    }
}

impl JsonSchema for SchemaVersion {
    fn schema_name() -> Cow<'static, str> {
        "SchemaVersion".into()
    }
    fn inline_schema() -> bool {
        true
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({ "type": "integer", "const": SCHEMA_VERSION })
    }
}

/// A text that must not be empty.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Required(String);

impl Required {
    /// Trims `text`; `None` when nothing is left.
    pub fn new(text: &str) -> Option<Self> {
        let text = text.trim();
        (!text.is_empty()).then(|| Required(text.to_owned()))
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::ops::Deref for Required {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Required {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl Serialize for Required {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for Required {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        Required::new(&text).ok_or_else(|| de::Error::custom(crate::t!("load-empty-text")))
    }
}

impl JsonSchema for Required {
    fn schema_name() -> Cow<'static, str> {
        "Required".into()
    }
    fn inline_schema() -> bool {
        true
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({ "type": "string", "minLength": 1, "pattern": "\\S" })
    }
}

/// A calendar date, written `YYYY-MM-DD` in the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Date(pub chrono::NaiveDate);

impl Date {
    pub fn parse(text: &str) -> Option<Date> {
        // chrono alone would also take "2026-1-5"; the format is strict on purpose.
        let bytes = text.as_bytes();
        let shape_ok = bytes.len() == 10
            && bytes[4] == b'-'
            && bytes[7] == b'-'
            && bytes
                .iter()
                .enumerate()
                .all(|(i, b)| i == 4 || i == 7 || b.is_ascii_digit());
        if !shape_ok {
            return None;
        }
        chrono::NaiveDate::parse_from_str(text, "%Y-%m-%d")
            .ok()
            .map(Date)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0.format("%Y-%m-%d"))
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        Date::parse(&text)
            .ok_or_else(|| de::Error::custom(crate::t!("load-not-a-date", text = text.as_str())))
    }
}

impl JsonSchema for Date {
    fn schema_name() -> Cow<'static, str> {
        "Date".into()
    }
    fn inline_schema() -> bool {
        true
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({ "type": "string", "format": "date", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" })
    }
}

/// An amount of money: a decimal string and an ISO 4217 currency code.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Money {
    /// A decimal number in quotes, with a dot: "1290.00".
    pub value: Decimal,
    /// Three capital letters: "EUR", "GBP", "RUB".
    pub currency: Currency,
}

/// A non-negative decimal number kept exactly as written ("49.99"), never a float.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decimal {
    /// Digits before the point, without leading zeros (but at least one digit).
    pub units: String,
    /// Digits after the point, as written (may be empty).
    pub fraction: String,
}

impl Decimal {
    pub fn parse(text: &str) -> Result<Decimal, String> {
        let (units, fraction) = match text.split_once('.') {
            Some((u, f)) => (u, f),
            None => (text, ""),
        };
        let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
        if digits(units) && (fraction.is_empty() || digits(fraction)) && !text.ends_with('.') {
            let units = units.trim_start_matches('0');
            return Ok(Decimal {
                units: if units.is_empty() {
                    "0".into()
                } else {
                    units.into()
                },
                fraction: fraction.into(),
            });
        }
        let hint = if text.contains(',') && !text.contains('.') {
            "load-amount-comma"
        } else if text.contains(',') || text.contains(' ') {
            "load-amount-groups"
        } else if text.starts_with('-') {
            "load-amount-sign"
        } else {
            "load-amount-digits"
        };
        Err(crate::t!(
            "load-amount",
            text = text,
            hint = crate::t!(hint)
        ))
    }
}

impl fmt::Display for Decimal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.fraction.is_empty() {
            f.write_str(&self.units)
        } else {
            write!(f, "{}.{}", self.units, self.fraction)
        }
    }
}

impl Serialize for Decimal {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Decimal {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        fn quote_it<E: de::Error>(n: impl fmt::Display) -> E {
            E::custom(crate::t!("load-amount-quotes", n = n.to_string()))
        }
        impl Visitor<'_> for V {
            type Value = Decimal;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str(&crate::t!("json-amount"))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Decimal, E> {
                Decimal::parse(v).map_err(E::custom)
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Decimal, E> {
                Err(quote_it(v))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Decimal, E> {
                Err(quote_it(v))
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<Decimal, E> {
                Err(quote_it(v))
            }
        }
        d.deserialize_any(V)
    }
}

impl JsonSchema for Decimal {
    fn schema_name() -> Cow<'static, str> {
        "Decimal".into()
    }
    fn inline_schema() -> bool {
        true
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({ "type": "string", "pattern": "^[0-9]+(\\.[0-9]+)?$", "examples": ["49.99"] })
    }
}

/// An ISO 4217 currency code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Currency(String);

impl Currency {
    pub fn parse(text: &str) -> Result<Currency, String> {
        if text.len() == 3 && text.bytes().all(|b| b.is_ascii_uppercase()) {
            // The real ISO 4217 list, from a maintained crate: "XYZ" has the shape of a code
            // but is none.
            if iso_currency::Currency::from_code(text).is_none() {
                return Err(crate::t!("load-currency-unknown", text = text));
            }
            Ok(Currency(text.to_owned()))
        } else if text.len() == 3 && text.bytes().all(|b| b.is_ascii_alphabetic()) {
            Err(crate::t!(
                "load-currency-capitals",
                text = text,
                upper = text.to_ascii_uppercase()
            ))
        } else {
            Err(crate::t!("load-currency-shape", text = text))
        }
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl Serialize for Currency {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for Currency {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        Currency::parse(&text).map_err(de::Error::custom)
    }
}

impl JsonSchema for Currency {
    fn schema_name() -> Cow<'static, str> {
        "Currency".into()
    }
    fn inline_schema() -> bool {
        true
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({ "type": "string", "pattern": "^[A-Z]{3}$", "examples": ["EUR", "GBP", "RUB"] })
    }
}

/// Days to respond: 1 to 365.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ResponseDays(u32);

impl ResponseDays {
    pub const MAX: u32 = 365;
    pub fn new(days: u32) -> Option<Self> {
        (1..=Self::MAX)
            .contains(&days)
            .then_some(ResponseDays(days))
    }
    pub fn get(self) -> u32 {
        self.0
    }
}

impl Serialize for ResponseDays {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_u32(self.0)
    }
}

impl<'de> Deserialize<'de> for ResponseDays {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let days = i64::deserialize(d)?;
        u32::try_from(days)
            .ok()
            .and_then(ResponseDays::new)
            .ok_or_else(|| {
                de::Error::custom(format_args!(
                    "{days} days is out of range: give between 1 and {}",
                    Self::MAX
                ))
            })
    }
}

impl JsonSchema for ResponseDays {
    fn schema_name() -> Cow<'static, str> {
        "ResponseDays".into()
    }
    fn inline_schema() -> bool {
        true
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({ "type": "integer", "minimum": 1, "maximum": ResponseDays::MAX })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_strict() {
        assert!(Date::parse("2026-10-03").is_some());
        for bad in ["2026-13-40", "2026-1-5", "03.10.2026", "2026-02-30", ""] {
            assert!(Date::parse(bad).is_none(), "{bad}");
        }
    }

    #[test]
    fn decimals_keep_their_digits() {
        let d = Decimal::parse("0049.90").unwrap();
        assert_eq!((d.units.as_str(), d.fraction.as_str()), ("49", "90"));
        assert_eq!(Decimal::parse("0").unwrap().to_string(), "0");
        assert!(Decimal::parse("49,99").unwrap_err().contains("dot"));
        assert!(
            Decimal::parse("1,290.00")
                .unwrap_err()
                .contains("thousands")
        );
        assert!(Decimal::parse("-5").unwrap_err().contains("sign"));
        assert!(Decimal::parse("5.").is_err());
        assert!(Decimal::parse(".5").is_err());
    }

    #[test]
    fn currencies_are_iso_codes() {
        assert!(Currency::parse("GBP").is_ok());
        assert!(Currency::parse("gbp").unwrap_err().contains("\"GBP\""));
        assert!(Currency::parse("£").is_err());
    }
}
