//! The walk's prompts on a real terminal, with dialoguer.

use std::io;

use dialoguer::console::{Term, style};
use dialoguer::theme::{ColorfulTheme, Theme};
use dialoguer::{Input, Select};

use crate::walk::{Prompter, Question};

/// dialoguer's plain theme, without the English "error:" before a refused answer's reason
/// (the reason itself is in the interface language).
struct Plain;

impl Theme for Plain {
    fn format_error(&self, f: &mut dyn std::fmt::Write, err: &str) -> std::fmt::Result {
        write!(f, "{err}")
    }
}

/// Prompts on standard error, so standard output stays for data.
pub struct Terminal {
    term: Term,
    theme: Box<dyn Theme>,
}

impl Terminal {
    /// Colour only when the terminal takes it and `NO_COLOR` is not set.
    pub fn new() -> Terminal {
        let term = Term::stderr();
        let colour = std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
        if !colour {
            dialoguer::console::set_colors_enabled_stderr(false);
        }
        let theme: Box<dyn Theme> = if colour && term.features().colors_supported() {
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
        let mut input = Input::<String>::with_theme(self.theme.as_ref())
            .with_prompt(safe(&q.prompt))
            .allow_empty(true)
            .validate_with(|answer: &String| check(answer.trim()));
        if let Some(d) = default.filter(|d| !d.is_empty()) {
            // A default may come from a case file: shown safely, kept as typed.
            input = input
                .default(d.to_owned())
                .show_default(false)
                .with_prompt(format!("{} ({})", safe(&q.prompt), safe(d)));
        }
        input.interact_text_on(&self.term).map_err(io_error)
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
