//! `complaint render`: every rendering of many cases, in parallel, each case into a folder
//! of its own. One bad case never stops the batch (unless `--fail-fast`).

use std::collections::HashSet;
use std::io::IsTerminal;
use std::num::NonZeroUsize;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::mpsc;
use std::time::Instant;

use super::{
    Remarks, Settings, error_line, letter_pdf_from_blocks, note, quiet, read_source, renderer,
};
use crate::cli::PdfArgs;
use crate::error::{Error, Exit};
use crate::fsio;
use crate::letter;
use crate::load;
use crate::locale;
use crate::paths::CaseSource;
use crate::pdf;
use crate::render::{self, Renderer};
use crate::t;

/// What `complaint render` was given.
pub(crate) struct RenderArgs {
    pub cases: Vec<String>,
    pub out_dir: PathBuf,
    pub text: bool,
    pub pdf: bool,
    pub recursive: bool,
    pub jobs: Option<NonZeroUsize>,
    pub fail_fast: bool,
    pub force: bool,
    pub pdf_args: PdfArgs,
}

/// One case to render, and the folder name its outputs get.
struct Job {
    source: CaseSource,
    name: String,
}

/// Shared by every worker: parsed once per run.
struct Shared<'a> {
    renderer: &'a Renderer,
    fonts: Option<&'a pdf::Fonts>,
    settings: &'a Settings,
    args: &'a RenderArgs,
    stdin: Option<&'a [u8]>,
    /// Whether any letter cites a jurisdiction's law.
    cites_law: AtomicBool,
}

pub(crate) fn render(
    args: RenderArgs,
    templates: Option<&Path>,
    settings: &Settings,
) -> Result<Exit, Error> {
    let started = Instant::now();
    let renderer = renderer(templates)?;
    let fonts = args.pdf.then(pdf::Fonts::embedded);
    let jobs = plan(&args)?;
    if jobs.is_empty() {
        return Err(Error::Usage(format!(
            "{}{}",
            t!("batch-none", places = args.cases.join(", ")),
            if args.recursive {
                String::new()
            } else {
                t!("batch-none-recursive")
            }
        )));
    }
    let outputs = outputs(&args);
    let shown_out_dir = args.out_dir.clone();
    refuse_existing(&jobs, &outputs, &args.out_dir, args.force)?;
    fsio::create_private_dir(&args.out_dir)?;
    // One run at a time writes into a folder; what a killed run left there is removed.
    let _lock = fsio::lock_folder(&args.out_dir)?;
    fsio::sweep_folder(&args.out_dir);
    // An absolute folder spares every write a look-up of the working directory.
    let args = RenderArgs {
        out_dir: std::fs::canonicalize(&args.out_dir).unwrap_or(args.out_dir),
        ..args
    };
    let stdin = if jobs.iter().any(|j| j.source == CaseSource::Stdin) {
        Some(read_source(&CaseSource::Stdin)?)
    } else {
        None
    };
    let shared = Shared {
        renderer: &renderer,
        fonts: fonts.as_ref(),
        settings,
        args: &args,
        stdin: stdin.as_deref(),
        cites_law: AtomicBool::new(false),
    };

    let workers = args
        .jobs
        .or_else(|| std::thread::available_parallelism().ok())
        .map_or(1, NonZeroUsize::get)
        .min(jobs.len());
    let progress = progress_bar(jobs.len());
    let next = AtomicUsize::new(0);
    let stop = AtomicBool::new(false);
    let (tx, rx) = mpsc::channel();
    let (mut rendered, mut failed) = (0usize, 0usize);
    // The most serious failure decides the status: a broken template (1) over a file
    // that could not be read or written (74) over an invalid case (65).
    let mut worst: Option<Exit> = None;
    std::thread::scope(|scope| {
        for _ in 0..workers {
            let tx = tx.clone();
            let (jobs, next, stop, shared) = (&jobs, &next, &stop, &shared);
            scope.spawn(move || {
                // Results go to the printing thread a few at a time, a failure at once:
                // waking it for every case cost as much as writing the case's files.
                let mut done = Vec::with_capacity(RESULTS_AT_ONCE);
                while !stop.load(Ordering::Relaxed) {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(job) = jobs.get(i) else { break };
                    let result = render_one(job, shared);
                    let failed = result.is_err();
                    if failed && shared.args.fail_fast {
                        stop.store(true, Ordering::Relaxed);
                    }
                    done.push((i, result));
                    if (failed || done.len() == RESULTS_AT_ONCE)
                        && tx.send(std::mem::take(&mut done)).is_err()
                    {
                        return;
                    }
                }
                if !done.is_empty() {
                    let _ = tx.send(done);
                }
            });
        }
        drop(tx);
        // Messages are printed here, on one thread, in the order cases finish.
        for (i, result) in rx.into_iter().flatten() {
            let prefix = format!("{}: ", jobs[i].source.display_name());
            progress.suspend(|| match &result {
                Ok(remarks) => remarks.print(&prefix),
                Err(Error::Invalid(e)) => e.lines().for_each(|line| error_line(&line)),
                Err(e) => format!("{prefix}{e}").lines().for_each(error_line),
            });
            match result {
                Ok(_) => rendered += 1,
                Err(e) => {
                    failed += 1;
                    let rank = |x: Exit| match x {
                        Exit::Other => 3,
                        Exit::Io => 2,
                        _ => 1,
                    };
                    if worst.is_none_or(|w| rank(e.exit()) > rank(w)) {
                        worst = Some(e.exit());
                    }
                }
            }
            progress.inc(1);
        }
    });
    progress.finish_and_clear();
    // Each output was renamed into place whole; one flush puts them all on disk.
    fsio::sync_filesystem(&args.out_dir)?;

    let skipped = jobs.len() - rendered - failed;
    let mut summary = t!(
        "batch-summary",
        cases = t!("cases", n = rendered),
        folder = shown_out_dir.display().to_string(),
        failed = failed
    );
    if skipped > 0 {
        summary.push_str(&t!("batch-not-started", n = skipped));
    }
    // Whole seconds and hundredths apart: each language writes its own decimal separator.
    let hundredths = started.elapsed().as_millis() / 10;
    summary.push_str(&t!(
        "batch-time",
        whole = (hundredths / 100).to_string(),
        hundredths = format!("{:02}", hundredths % 100)
    ));
    note(&summary);
    if shared.cites_law.load(Ordering::Relaxed) {
        note(&t!("batch-law-note"));
    }
    Ok(worst.unwrap_or(Exit::Success))
}

/// How many finished cases a worker hands over together.
const RESULTS_AT_ONCE: usize = 16;

/// The output files of one case, in its folder.
fn outputs(args: &RenderArgs) -> Vec<&'static str> {
    let mut names = Vec::new();
    if args.text {
        names.extend(["opener.txt", "brief.txt", "message.txt", "letter.txt"]);
    }
    if args.pdf {
        names.push("letter.pdf");
    }
    names
}

/// Every case to render, in the order given, with unique folder names.
fn plan(args: &RenderArgs) -> Result<Vec<Job>, Error> {
    let mut sources = Vec::new();
    for arg in &args.cases {
        let path = Path::new(arg);
        if arg != "-" && path.is_dir() {
            collect_dir(path, args.recursive, &mut sources)?;
        } else {
            sources.push(crate::lookup::resolve(arg)?);
        }
    }
    let mut taken = HashSet::new();
    Ok(sources
        .into_iter()
        .map(|source| {
            let stem = match &source {
                CaseSource::Stdin => "stdin".to_owned(),
                CaseSource::File(p) => folder_name(p),
            };
            let mut name = stem.clone();
            let mut n = 2;
            while !taken.insert(name.clone()) {
                name = format!("{stem}-{n}");
                n += 1;
            }
            Job { source, name }
        })
        .collect())
}

/// The folder name for a case file: its name without `.json`, made one plain name that
/// stays inside the output folder: never empty, hidden, `.` or `..`, and with no path
/// separators or control characters.
fn folder_name(path: &Path) -> String {
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let plain: String = stem
        .chars()
        .map(|c| match c {
            '/' | '\\' | ':' => '-',
            c if c.is_control() => '-',
            c => c,
        })
        .collect();
    let plain = plain.trim_start_matches('.').trim();
    if plain.is_empty() {
        "case".to_owned()
    } else {
        plain.to_owned()
    }
}

/// The `*.json` files of a folder, sorted; its sub-folders' too with `recursive`. Links are
/// followed, but a link back to a folder being walked (`loop -> .`) is skipped.
fn collect_dir(dir: &Path, recursive: bool, out: &mut Vec<CaseSource>) -> Result<(), Error> {
    let walk = walkdir::WalkDir::new(dir)
        .follow_links(true)
        .max_depth(if recursive { usize::MAX } else { 1 })
        .sort_by_file_name();
    for entry in walk {
        let entry = match entry {
            Ok(entry) => entry,
            Err(e) if e.loop_ancestor().is_some() => continue,
            Err(e) => {
                let path = e.path().unwrap_or(dir).to_path_buf();
                let source = e
                    .into_io_error()
                    .unwrap_or_else(|| std::io::Error::other("cannot walk it"));
                return Err(Error::Read { path, source });
            }
        };
        if entry.file_type().is_file() && entry.path().extension().is_some_and(|e| e == "json") {
            out.push(CaseSource::File(entry.into_path()));
        }
    }
    Ok(())
}

/// Fails, before anything is written, when an output exists already (unless `force`), or
/// a case's folder is a link or a file (always: nothing is written through a link).
fn refuse_existing(
    jobs: &[Job],
    outputs: &[&str],
    out_dir: &Path,
    force: bool,
) -> Result<(), Error> {
    // What the folder holds, from one listing rather than a look-up for each case: the type
    // of an entry as the listing gives it (a link is not followed).
    let held: std::collections::HashMap<std::ffi::OsString, bool> = std::fs::read_dir(out_dir)
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| (e.file_name(), e.file_type().is_ok_and(|t| t.is_dir())))
        .collect();
    for job in jobs {
        if held.get(std::ffi::OsStr::new(&job.name)) == Some(&false) {
            return Err(Error::Write {
                path: out_dir.join(&job.name),
                source: std::io::Error::other(t!("reason-output-folder-not-folder")),
            });
        }
    }
    if force {
        return Ok(());
    }
    let existing: Vec<PathBuf> = jobs
        .iter()
        .filter(|job| held.contains_key(std::ffi::OsStr::new(&job.name)))
        .flat_map(|job| outputs.iter().map(move |o| out_dir.join(&job.name).join(o)))
        .filter(|p| std::fs::symlink_metadata(p).is_ok())
        .collect();
    match existing.first() {
        None => Ok(()),
        Some(first) => Err(Error::Exists {
            path: first.clone(),
            more: existing.len() - 1,
        }),
    }
}

/// Reads, checks and renders one case into its folder.
fn render_one(job: &Job, shared: &Shared) -> Result<Remarks, Error> {
    let bytes = match (&job.source, shared.stdin) {
        (CaseSource::Stdin, Some(bytes)) => bytes.to_vec(),
        (source, _) => read_source(source)?,
    };
    let mut case = load::parse(&job.source.display_name(), &bytes)?;
    shared.settings.config.fill(&mut case);
    // Everything is rendered before anything is written, so a template that fails leaves
    // no case half done; the letter's blocks serve both the text and the PDF.
    let options = render::Options {
        sheets: match shared.fonts {
            Some(_) => super::evidence_sheets(&case, &job.source, shared.args.pdf_args),
            None => std::collections::BTreeMap::new(),
        },
        ..shared.settings.render_options()
    };
    if shared
        .renderer
        .pack(crate::law::jurisdiction(&case))
        .is_some()
    {
        shared.cites_law.store(true, Ordering::Relaxed);
    }
    let all = shared.renderer.all(&case, &options, shared.args.text)?;
    let blocks = all.letter;
    let mut outputs: Vec<(String, Vec<u8>)> = Vec::new();
    if shared.args.text {
        for (what, text) in all.plain {
            outputs.push((format!("{}.txt", what.name()), text.into_bytes()));
        }
        let lang = options.lang.unwrap_or_else(|| case.language());
        let text = letter::to_text(&blocks, locale::direction(lang));
        outputs.push(("letter.txt".into(), text.into_bytes()));
    }
    let mut remarks = Remarks::default();
    if let Some(fonts) = shared.fonts {
        let (bytes, r) = letter_pdf_from_blocks(
            &blocks,
            fonts,
            &case,
            &job.source,
            shared.settings,
            shared.args.pdf_args,
        );
        outputs.push(("letter.pdf".into(), bytes));
        remarks = r;
    }
    // The case's outputs appear together, or not at all.
    fsio::write_folder(&shared.args.out_dir, &job.name, &outputs, shared.args.force)?;
    Ok(remarks)
}

/// Cases a second as a person reads it: whole numbers, a decimal only below 10.
fn rate(per_sec: f64) -> String {
    if per_sec >= 10.0 || per_sec == 0.0 {
        format!("{per_sec:.0} cases/s")
    } else {
        format!("{per_sec:.1} cases/s")
    }
}

/// A progress bar on a terminal; nothing otherwise.
fn progress_bar(len: usize) -> indicatif::ProgressBar {
    if quiet() || !std::io::stderr().is_terminal() {
        return indicatif::ProgressBar::hidden();
    }
    let bar = indicatif::ProgressBar::new(len as u64);
    if let Ok(style) =
        indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} cases, {rate}, {eta} left")
    {
        bar.set_style(style.with_key(
            "rate",
            |state: &indicatif::ProgressState, w: &mut dyn std::fmt::Write| {
                let _ = w.write_str(&rate(state.per_sec()));
            },
        ));
    }
    bar
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_rate_reads_as_a_person_would_say_it() {
        assert_eq!(super::rate(371.1817), "371 cases/s");
        assert_eq!(super::rate(2.345), "2.3 cases/s");
        assert_eq!(super::rate(0.0), "0 cases/s");
    }
}
