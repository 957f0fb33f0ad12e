//! Prose that contradicts the data, and statuses about to change.
//!
//! A status is shown to families only from the data (badges, banners, the `status` shortcode).
//! But an editor may still write "not yet in force" in a description or a paragraph, and the day
//! the data changes that sentence becomes false. So `check` reads each agreement page, in every
//! language, for the status phrases the theme lists for that language (`status-phrases-in-force`
//! and `status-phrases-not-yet` in its i18n files) and warns where one contradicts the data.
//! A plain search gives false positives ("it is not in force for Russia"); a warning the editor
//! reads and dismisses by rewording costs less than a wrong answer.
//!
//! It also lists the status changes the data announces for the coming days, so nobody is
//! surprised when a build turns "not yet" into "a transfer can be requested now".

use crate::agreement::Agreement;
use crate::diagnostic::Diagnostic;
use crate::i18n::I18n;
use crate::locale::Date;
use crate::model::SiteModel;
use crate::route::RouteStatus;

/// How far ahead `check` looks for announced entries into force.
pub const DUE_DAYS: i64 = 90;

/// Warns (W0005) where an agreement page's description or body uses a status phrase that its
/// data contradicts.
pub fn warn_contradictions(model: &SiteModel, i18n: &I18n, diagnostics: &mut Vec<Diagnostic>) {
    use rayon::prelude::*;
    // Agreements side by side (a large site has thousands of agreement pages to read); the
    // warnings are kept in the agreements' order.
    let found: Vec<Vec<Diagnostic>> = model
        .agreements
        .par_iter()
        .map(|agreement| contradictions_of(model, i18n, agreement))
        .collect();
    diagnostics.extend(found.into_iter().flatten());
}

/// The W0005 warnings of one agreement's pages, one per language version at most.
fn contradictions_of(model: &SiteModel, i18n: &I18n, agreement: &Agreement) -> Vec<Diagnostic> {
    let mut found = Vec::new();
    let Some((status, _)) = RouteStatus::of_agreement(agreement) else {
        return found;
    };
    let Some(&index) = model.by_identity.get(&agreement.page) else {
        return found;
    };
    for version in model.pages[index].versions.values() {
        let file = &model.files[version.file];
        let phrases = |key: &str| phrase_list(i18n.fixed(&version.lang, key).unwrap_or(""));
        // The phrases that say the opposite of the data.
        let wrong = match status {
            RouteStatus::InForce => phrases("status-phrases-not-yet"),
            RouteStatus::NotYet => phrases("status-phrases-in-force"),
            RouteStatus::Unknown => [
                phrases("status-phrases-in-force"),
                phrases("status-phrases-not-yet"),
            ]
            .concat(),
        };
        if let Some((phrase, at)) = first_phrase(&file.text, &wrong) {
            found.push(contradiction(agreement, status, &phrase, file, at));
        }
    }
    found
}

/// The phrases of an i18n list (`a | b | c`), lower-cased.
fn phrase_list(list: &str) -> Vec<String> {
    list.split('|')
        .map(|p| p.trim().to_lowercase())
        .filter(|p| !p.is_empty())
        .collect()
}

/// The first of `phrases` in the description or the body of a page's text, and where it is.
/// Data notes in the front matter (a party's `notes`) are not prose shown as a status.
fn first_phrase(text: &str, phrases: &[String]) -> Option<(String, usize)> {
    let split = crate::frontmatter::split(text, std::path::Path::new("")).ok()?;
    let description = text[split.front_matter.clone()]
        .lines()
        .scan(split.front_matter.start, |offset, line| {
            let start = *offset;
            *offset += line.len() + 1;
            Some((start, line))
        })
        .find(|(_, line)| line.trim_start().starts_with("description"));
    let mut regions = vec![split.body.clone()];
    if let Some((start, line)) = description {
        regions.insert(0, start..start + line.len());
    }
    regions.into_iter().find_map(|region| {
        let lower = text[region.clone()].to_lowercase();
        // Lower-casing can change byte lengths outside ASCII: positions are only used when the
        // lengths agree, else the region's start is given.
        phrases.iter().find_map(|p| {
            lower.find(p.as_str()).map(|pos| {
                let at = if lower.len() == region.len() {
                    region.start + pos
                } else {
                    region.start
                };
                (p.clone(), at)
            })
        })
    })
}

fn contradiction(
    agreement: &Agreement,
    status: RouteStatus,
    phrase: &str,
    file: &crate::source::SourceFile,
    at: usize,
) -> Diagnostic {
    let data_says = match status {
        RouteStatus::InForce => "in force",
        RouteStatus::NotYet => "not yet in force",
        RouteStatus::Unknown => "not known to be in force or not",
    };
    Diagnostic::warning(
        "W0005",
        format!(
            "the text says \"{phrase}\", but the data of `{}` says it is {data_says}",
            agreement.id
        ),
    )
    .at(&file.display_path, &file.text, at..at + phrase.len())
    .with_help(format!(
        "do not state a status in prose: the page shows it from the data; where a sentence needs it, write {{{{ status(agreement=\"{}\") }}}}",
        agreement.id
    ))
}

/// One status change the data announces: an agreement entering into force for a party.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DueChange {
    /// The agreement's id.
    pub agreement: String,
    /// The party's ISO code.
    pub country: String,
    /// The announced day.
    pub date: Date,
}

/// The entries into force announced for the next [`DUE_DAYS`] days after `today`, soonest first.
pub fn due_changes(model: &SiteModel, today: Date) -> Vec<DueChange> {
    let mut due: Vec<DueChange> = model
        .agreements
        .iter()
        .flat_map(|a| {
            a.parties.iter().filter_map(|p| {
                let date = p.in_force_from?;
                (today.days_until(date) <= DUE_DAYS).then(|| DueChange {
                    agreement: a.id.clone(),
                    country: p.country.clone(),
                    date,
                })
            })
        })
        .collect();
    due.sort_by(|x, y| (x.date, &x.agreement, &x.country).cmp(&(y.date, &y.agreement, &y.country)));
    due
}

/// The terminal text for [`due_changes`]; empty when nothing is due.
pub fn render_due(due: &[DueChange], today: Date) -> String {
    if due.is_empty() {
        return String::new();
    }
    let mut out = format!("status changes due in the next {DUE_DAYS} days:\n");
    for d in due {
        out.push_str(&format!(
            "  {} enters into force for {} on {} (in {} days)\n",
            d.agreement,
            d.country,
            d.date,
            today.days_until(d.date)
        ));
    }
    out
}
