//! `complaint`: prepare a consumer's complaint against a company.
//!
//! One module per job:
//! - [`case`]: the case model (format version 1);
//! - [`coach`]: advice on the person's own words (tone, vagueness), from the lists in `coach/`;
//! - [`load`]: bytes to a valid case, or every problem with its position and field path;
//! - [`render`]: the tera templates and the view of a case they receive;
//! - [`letter`]: the letter as blocks, and its plain-text layout;
//! - [`ladder`]: where a case stands on the escalation ladder, and the next step;
//!   [`standing`]: that position as one record, for `status` and `--json`;
//!   [`followup`]: the facts after the letter, for the follow-up and the next body;
//!   [`remind`]: the calendar (.ics); [`email`]: the e-mail (.eml);
//! - [`languages`]: the one registry of languages; [`i18n`]: the interface's messages (Fluent)
//!   and which language speaks; [`input`]: dates and money as people type them;
//! - [`law`]: jurisdiction packs (the law a letter cites, its terms, where it leads), from
//!   the data files in `jurisdictions/`;
//! - [`locale`]: dates, money and plurals per language;
//! - [`wording`]: how the person put a goal, and the amounts and dates a text already gives;
//! - [`mask`]: card numbers masked in everything shown; [`card`]: which numbers are cards;
//! - [`paths`]: where files live; [`lookup`]: what a `CASE` argument names (a file, or a
//!   saved case by name, beginning of a name or company) and the near misses to suggest;
//! - [`fsio`]: atomic writes;
//! - [`pdf`]: the letter's page layout; [`typeset`]: no-break spaces and left-to-right marks
//!   put into the letter before layout; [`attach`]: the attachments' images for it, within
//!   the case's folder and a pixel budget;
//! - [`rehearse`]: practising the call, on a terminal or as a printed sheet;
//! - [`walk`]: the interactive walk of `prepare`, behind a prompting trait; [`prompt`]: that
//!   trait on a real terminal (dialoguer); [`store`]: saved cases and the walk's draft;
//! - [`config`]: the config file (your details and defaults); [`docs`]: completions, man page;
//! - [`cli`]: the clap types; [`app`]: the commands; [`error`]: errors and exit codes.

pub mod app;
pub mod attach;
pub mod card;
pub mod case;
pub mod cli;
pub mod coach;
pub mod config;
pub mod docs;
pub mod email;
pub mod error;
pub mod followup;
pub mod fsio;
pub mod i18n;
pub mod input;
pub mod ladder;
pub mod languages;
pub mod law;
pub mod letter;
pub mod load;
pub mod locale;
pub mod lookup;
pub mod mask;
pub mod paths;
pub mod pdf;
pub mod prompt;
pub mod rehearse;
pub mod remind;
pub mod render;
pub mod standing;
pub mod store;
pub mod typeset;
pub mod walk;
pub mod wording;
