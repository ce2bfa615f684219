//! The walk's prompts on a real terminal, with dialoguer.

use std::io;

use dialoguer::console::{Term, measure_text_width, style};
use dialoguer::theme::{ColorfulTheme, Theme};
use dialoguer::{Input, Select};

use crate::walk::{Prompter, Question};

/// dialoguer's plain theme, without the English "error:" before a refused answer's reason
/// (the reason itself is in the interface language), and without a colon after a question
/// that already ends in its own punctuation.
struct Plain;

impl Theme for Plain {
    fn format_error(&self, f: &mut dyn std::fmt::Write, err: &str) -> std::fmt::Result {
        write!(f, "{err}")
    }

    fn format_prompt(&self, f: &mut dyn std::fmt::Write, prompt: &str) -> std::fmt::Result {
        write!(f, "{prompt}{}", colon(prompt))
    }

    fn format_input_prompt(
        &self,
        f: &mut dyn std::fmt::Write,
        prompt: &str,
        default: Option<&str>,
    ) -> std::fmt::Result {
        match default {
            Some(default) => write!(f, "{prompt} [{default}]{} ", colon(prompt)),
            None => write!(f, "{prompt}{} ", colon(prompt)),
        }
    }

    fn format_input_prompt_selection(
        &self,
        f: &mut dyn std::fmt::Write,
        prompt: &str,
        sel: &str,
    ) -> std::fmt::Result {
        write!(f, "{prompt}{} {sel}", colon(prompt))
    }
}

/// The colon after a prompt, unless the question ends in its own mark (`?`, `:`, and their
/// full-width and Arabic-script forms) before any default shown in brackets after it.
fn colon(prompt: &str) -> &'static str {
    let question = prompt.trim_end();
    let question = match question.strip_suffix(')') {
        Some(rest) => rest.rfind(" (").map_or(question, |i| &rest[..i]),
        None => question,
    };
    if question
        .trim_end()
        .ends_with(['?', ':', '\u{061F}', '\u{FF1F}', '\u{FF1A}', '\u{037E}'])
    {
        ""
    } else {
        ":"
    }
}

/// Prompts on standard error, so standard output stays for data.
pub struct Terminal {
    term: Term,
    theme: Box<dyn Theme>,
}

impl Terminal {
    /// Colour as `--color` says: by default only when the terminal takes it and `NO_COLOR`
    /// is not set.
    pub fn new() -> Terminal {
        let term = Term::stderr();
        let colour = match anstream::ColorChoice::global() {
            anstream::ColorChoice::Never => false,
            anstream::ColorChoice::Always | anstream::ColorChoice::AlwaysAnsi => true,
            anstream::ColorChoice::Auto => {
                std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                    && term.features().colors_supported()
            }
        };
        dialoguer::console::set_colors_enabled_stderr(colour);
        let theme: Box<dyn Theme> = if colour {
            Box::new(ColorfulTheme::default())
        } else {
            Box::new(Plain)
        };
        Terminal { term, theme }
    }

    fn hint(&self, hint: &str) {
        // A failed write to the terminal shows up at the prompt that follows.
        let hint = safe(hint);
        let _ = self.term.write_line(&format!("  {}", style(hint).dim()));
    }

    /// Leaves one line for an answered question: the prompt and the answer. A long answer
    /// wraps over several rows and the prompt clears only the last of them, so the rows above
    /// are cleared here before the line is written.
    fn settle(&self, prompt: &str, typed: &str, answer: &str) -> io::Result<()> {
        let width = usize::from(self.term.size().1).max(1);
        let mut shown = String::new();
        let _ = self.theme.format_input_prompt(&mut shown, prompt, None);
        let used = measure_text_width(&shown) + measure_text_width(typed);
        let rows = used.saturating_sub(1) / width + 1;
        if rows > 1 {
            self.term.clear_last_lines(rows - 1)?;
        }
        let mut line = String::new();
        let answer = crate::mask::for_terminal(answer);
        let _ = self
            .theme
            .format_input_prompt_selection(&mut line, prompt, &answer);
        self.term.write_line(&line)
    }

    /// Puts the cursor back after an interrupted prompt (a list hides it).
    pub fn restore(&self) {
        let _ = self.term.show_cursor();
    }
}

impl Default for Terminal {
    fn default() -> Self {
        Terminal::new()
    }
}

/// Everything this module shows passes here: the one sanitiser for the terminal.
fn safe(text: &str) -> std::borrow::Cow<'_, str> {
    crate::mask::for_terminal(text)
}

fn io_error(e: dialoguer::Error) -> io::Error {
    match e {
        dialoguer::Error::IO(e) => e,
    }
}

impl Prompter for Terminal {
    fn text(&mut self, q: &Question, default: Option<&str>) -> io::Result<String> {
        self.text_checked(q, default, &mut |_| Ok(()))
    }

    /// A refused answer is explained under the prompt and typed again there: it is never
    /// echoed as if accepted.
    fn text_checked(
        &mut self,
        q: &Question,
        default: Option<&str>,
        check: &mut dyn FnMut(&str) -> Result<(), String>,
    ) -> io::Result<String> {
        self.hint(&q.hint);
        let default = default.filter(|d| !d.is_empty());
        // A default may come from a case file: shown safely, kept as typed.
        let prompt = match default {
            Some(d) => format!("{} ({})", safe(&q.prompt), safe(d)),
            None => safe(&q.prompt).into_owned(),
        };
        let mut input = Input::<String>::with_theme(self.theme.as_ref())
            .with_prompt(&prompt)
            .allow_empty(true)
            .report(false)
            .validate_with(|answer: &String| check(answer.trim()));
        if let Some(d) = default {
            input = input.default(d.to_owned()).show_default(false);
        }
        let answer = input.interact_text_on(&self.term).map_err(io_error)?;
        let typed = if Some(answer.as_str()) == default {
            ""
        } else {
            &answer
        };
        self.settle(&prompt, typed, &answer)?;
        Ok(answer)
    }

    fn choose(&mut self, q: &Question, options: &[String], default: usize) -> io::Result<usize> {
        self.hint(&q.hint);
        let options: Vec<_> = options.iter().map(|o| safe(o)).collect();
        Select::with_theme(self.theme.as_ref())
            .with_prompt(safe(&q.prompt))
            .items(&options)
            .default(default)
            .interact_on(&self.term)
            .map_err(io_error)
    }

    /// A choice of the two words in the interface language, not `[y/n]`: letters that a
    /// Russian or Hebrew keyboard layout does not type.
    fn yes_no(&mut self, prompt: &str, default: bool) -> io::Result<bool> {
        let options = [crate::t!("yes"), crate::t!("no")];
        Select::with_theme(self.theme.as_ref())
            .with_prompt(safe(prompt))
            .items(&options)
            .default(if default { 0 } else { 1 })
            .interact_on(&self.term)
            .map(|i| i == 0)
            .map_err(io_error)
    }

    fn say(&mut self, line: &str) {
        let _ = self
            .term
            .write_line(&format!("{}", style(safe(line)).yellow()));
    }

    fn show(&mut self, text: &str) {
        let text = crate::mask::for_terminal(text);
        for line in text.lines() {
            let _ = self.term.write_line(line);
        }
    }

    fn section(&mut self, title: &str) {
        let _ = self.term.write_line("");
        let _ = self
            .term
            .write_line(&format!("{}", style(safe(title)).bold().underlined()));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shown(prompt: &str) -> String {
        let mut out = String::new();
        Plain.format_input_prompt(&mut out, prompt, None).unwrap();
        Plain
            .format_input_prompt_selection(&mut out, prompt, "x")
            .unwrap();
        Plain.format_select_prompt(&mut out, prompt).unwrap();
        out
    }

    #[test]
    fn a_question_with_its_own_mark_gets_no_colon() {
        assert_eq!(
            shown("Как вас зовут?"),
            "Как вас зовут? Как вас зовут? xКак вас зовут?"
        );
        assert_eq!(shown("מה שמכם?"), "מה שמכם? מה שמכם? xמה שמכם?");
        assert_eq!(shown("Сумма:"), "Сумма: Сумма: xСумма:");
        assert_eq!(
            shown("Как вас зовут? (Анна)"),
            "Как вас зовут? (Анна) Как вас зовут? (Анна) xКак вас зовут? (Анна)"
        );
        assert_eq!(shown("Your name"), "Your name: Your name: xYour name:");
        assert_eq!(
            shown("Amount (in pounds)"),
            "Amount (in pounds): Amount (in pounds): xAmount (in pounds):"
        );
    }
}
