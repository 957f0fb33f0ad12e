//! What a build changes in the answers families get.
//!
//! One wrong date in an agreement's front matter can turn "signed, not in force" into "in force"
//! for hundreds of pairs of countries, and a family acts on that answer. A content error check
//! cannot catch it: the file is valid, only the fact is wrong. So `build` and `check` compare the
//! route answers of the new site with those of the site already in the output folder (its
//! `data/routes.json`) and list every answer that appears, disappears or changes, in plain
//! words, for the editor to confirm before the site goes out.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::model::SiteModel;

/// The answer for one pair of countries, as the route finder gives it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Answer {
    /// `in-force`, `unknown` or `not-yet` (as in `routes.json`; sites built before the name
    /// changed wrote `signed` for `not-yet`, and are read as saying it).
    pub status: String,
    /// Whether the data behind it is marked unverified.
    pub unverified: bool,
    /// For a not-yet answer, the announced day it becomes usable (ISO).
    pub from: Option<String>,
}

/// Answers by (country of detention, nationality), ISO codes.
pub type Answers = BTreeMap<(String, String), Answer>;

/// One answer that differs between the published site and the new one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AnswerChange {
    /// Country that gave the sentence (where the person is detained).
    pub sentencing: String,
    /// Country of nationality.
    pub nationality: String,
    /// The published answer; `None` when the published site said "no agreement".
    pub before: Option<Answer>,
    /// The new answer; `None` when the new site says "no agreement".
    pub after: Option<Answer>,
}

/// What `build` or `check` tells the editor: the changed answers, one line each, and the
/// folder of the site they were compared with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Report {
    /// The output folder whose `data/routes.json` was the "before".
    pub compared_with: PathBuf,
    /// One line per changed answer, from [`describe`].
    pub lines: Vec<String>,
}

/// How many changed answers a terminal report lists before it only counts the rest.
const SHOWN: usize = 40;

/// The report for a terminal: `{count} route answers {headline}; check each one against its
/// source:` and the first changes, one per line; empty when no answer changed.
pub fn render_human(report: &Report, headline: &str) -> String {
    let count = report.lines.len();
    if count == 0 {
        return String::new();
    }
    let answers = if count == 1 { "answer" } else { "answers" };
    let mut out = format!(
        "{count} route {answers} {headline} {}; check each one against its source:\n",
        report.compared_with.display()
    );
    for line in report.lines.iter().take(SHOWN) {
        out.push_str(&format!("  {line}\n"));
    }
    if count > SHOWN {
        out.push_str(&format!(
            "  ... and {} more (every answer is in data/routes.json)\n",
            count - SHOWN
        ));
    }
    out
}

/// How the answers of `model` differ from those of the site in `compared_with`, described with
/// the countries' English names (like every message of the tool); `None` when there is no
/// site there to compare with.
pub fn report(model: &SiteModel, compared_with: PathBuf) -> Option<Report> {
    let before = published(&compared_with)?;
    let name = |code: &str| {
        model
            .registry
            .get(code)
            .map_or_else(|| code.to_string(), |c| c.english_name.clone())
    };
    let lines = changes(&before, &current(model))
        .iter()
        .map(|c| describe(c, &name))
        .collect();
    Some(Report {
        compared_with,
        lines,
    })
}

/// The answers of the site published in `out`, or `None` when there is none to compare with
/// (a first build, or a folder that is not a Homeward site): then nothing is reported.
pub fn published(out: &Path) -> Option<Answers> {
    let bytes = std::fs::read(out.join("data/routes.json")).ok()?;
    let json: serde_json::Value = serde_json::from_slice(&bytes).ok()?;
    let mut answers = Answers::new();
    for route in json.get("routes")?.as_array()? {
        let field = |name: &str| route.get(name).and_then(|v| v.as_str()).map(str::to_string);
        answers.insert(
            (field("sentencing")?, field("nationality")?),
            Answer {
                status: field("status").map(|s| match s.as_str() {
                    "signed" => "not-yet".to_string(),
                    _ => s,
                })?,
                unverified: route
                    .get("unverified")
                    .and_then(|v| v.as_bool())
                    .unwrap_or(false),
                from: field("from"),
            },
        );
    }
    Some(answers)
}

/// The answers the new site gives, as its `data/routes.json` will list them.
pub fn current(model: &SiteModel) -> Answers {
    model
        .routes
        .pairs()
        .into_iter()
        .filter_map(|(a, b, instruments)| {
            let best = instruments.first()?;
            Some((
                (a.to_string(), b.to_string()),
                Answer {
                    status: best.status.as_str().to_string(),
                    unverified: best.unverified,
                    from: best.from.map(|d| d.to_string()),
                },
            ))
        })
        .collect()
}

/// Every pair whose answer differs, sorted by country of detention, then nationality.
pub fn changes(before: &Answers, after: &Answers) -> Vec<AnswerChange> {
    let mut pairs: Vec<&(String, String)> = before.keys().chain(after.keys()).collect();
    pairs.sort_unstable();
    pairs.dedup();
    pairs
        .into_iter()
        .filter_map(|pair| {
            let (old, new) = (before.get(pair), after.get(pair));
            (old != new).then(|| AnswerChange {
                sentencing: pair.0.clone(),
                nationality: pair.1.clone(),
                before: old.cloned(),
                after: new.cloned(),
            })
        })
        .collect()
}

/// The answer in the words the route finder uses (in English, like every message of the tool).
fn words(answer: Option<&Answer>) -> String {
    let Some(answer) = answer else {
        return "no agreement".to_string();
    };
    let status = match (answer.status.as_str(), &answer.from) {
        ("in-force", _) => "a transfer can be requested now".to_string(),
        ("not-yet", Some(from)) => format!("not yet: from {from}"),
        ("not-yet", None) => "not yet: signed, not in force".to_string(),
        ("unknown", _) => "we do not know: ask".to_string(),
        (other, _) => other.to_string(),
    };
    if answer.unverified {
        format!("{status} (not verified)")
    } else {
        status
    }
}

/// One line per change: "detained in Thailand, national of France: no agreement → in force".
/// `name` gives a country's name from its code.
pub fn describe(change: &AnswerChange, name: &dyn Fn(&str) -> String) -> String {
    format!(
        "detained in {}, national of {}: {} → {}",
        name(&change.sentencing),
        name(&change.nationality),
        words(change.before.as_ref()),
        words(change.after.as_ref()),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answer(status: &str, unverified: bool) -> Answer {
        Answer {
            status: status.to_string(),
            unverified,
            from: None,
        }
    }

    fn pair(a: &str, b: &str) -> (String, String) {
        (a.to_string(), b.to_string())
    }

    #[test]
    fn lists_answers_that_appear_disappear_or_change_and_nothing_else() {
        let before = Answers::from([
            (pair("BE", "KH"), answer("not-yet", false)),
            (pair("BE", "FR"), answer("in-force", false)),
            (pair("TH", "US"), answer("in-force", true)),
        ]);
        let after = Answers::from([
            (pair("BE", "KH"), answer("in-force", false)),
            (pair("BE", "FR"), answer("in-force", false)),
            (pair("TH", "FR"), answer("in-force", true)),
        ]);
        let found = changes(&before, &after);
        let name = |code: &str| code.to_string();
        let lines: Vec<String> = found.iter().map(|c| describe(c, &name)).collect();
        assert_eq!(
            lines,
            [
                "detained in BE, national of KH: not yet: signed, not in force → a transfer can be requested now",
                "detained in TH, national of FR: no agreement → a transfer can be requested now (not verified)",
                "detained in TH, national of US: a transfer can be requested now (not verified) → no agreement",
            ]
        );
        assert!(changes(&after, &after).is_empty());
    }

    #[test]
    fn reads_a_published_routes_file_and_ignores_a_missing_or_broken_one() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(published(dir.path()), None, "no site there yet");
        std::fs::create_dir_all(dir.path().join("data")).unwrap();
        std::fs::write(dir.path().join("data/routes.json"), "{ not json").unwrap();
        assert_eq!(
            published(dir.path()),
            None,
            "a broken file compares with nothing"
        );
        std::fs::write(
            dir.path().join("data/routes.json"),
            r#"{"routes":[{"sentencing":"KH","nationality":"BE","status":"signed","unverified":false,"instruments":[]}]}"#,
        )
        .unwrap();
        assert_eq!(
            published(dir.path()),
            Some(Answers::from([(
                pair("KH", "BE"),
                answer("not-yet", false)
            )])),
            "the old name of not-yet is read as it"
        );
    }
}
