//! The walk's prompts on a real terminal, with dialoguer.

use std::io;

use dialoguer::console::{Term, style};
use dialoguer::theme::{ColorfulTheme, SimpleTheme, Theme};
use dialoguer::{Confirm, Input, Select};

use crate::walk::{Prompter, Question};

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
            Box::new(SimpleTheme)
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
    fn text(&mut self, q: Question, default: Option<&str>) -> io::Result<String> {
        self.hint(q.hint);
        let mut input = Input::<String>::with_theme(self.theme.as_ref())
            .with_prompt(safe(q.prompt))
            .allow_empty(true);
        if let Some(d) = default.filter(|d| !d.is_empty()) {
            // A default may come from a case file: shown safely, kept as typed.
            input = input
                .default(d.to_owned())
                .show_default(false)
                .with_prompt(format!("{} ({})", safe(q.prompt), safe(d)));
        }
        input.interact_text_on(&self.term).map_err(io_error)
    }

    fn choose(&mut self, q: Question, options: &[&str], default: usize) -> io::Result<usize> {
        self.hint(q.hint);
        let options: Vec<_> = options.iter().map(|o| safe(o)).collect();
        Select::with_theme(self.theme.as_ref())
            .with_prompt(safe(q.prompt))
            .items(&options)
            .default(default)
            .interact_on(&self.term)
            .map_err(io_error)
    }

    fn yes_no(&mut self, prompt: &str, default: bool) -> io::Result<bool> {
        Confirm::with_theme(self.theme.as_ref())
            .with_prompt(safe(prompt))
            .default(default)
            .wait_for_newline(true)
            .interact_on(&self.term)
            .map_err(io_error)
    }

    fn say(&mut self, line: &str) {
        let _ = self
            .term
            .write_line(&format!("{}", style(safe(line)).yellow()));
    }

    fn section(&mut self, title: &str) {
        let _ = self.term.write_line("");
        let _ = self
            .term
            .write_line(&format!("{}", style(safe(title)).bold().underlined()));
    }
}
