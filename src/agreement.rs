//! Transfer agreements: typed, validated data about who signed what and when.
//!
//! An agreement comes from the `[agreement]` table of a page in `content/agreements/`. This
//! module turns that table into an [`Agreement`] and checks it (known country codes, each party
//! once, two parties for a bilateral treaty, dates in order, nothing in force in the future,
//! memoranda never routes). It knows nothing about HTML.

use std::path::Path;

use crate::country::CountryRegistry;
use crate::diagnostic::{Diagnostic, closest};
use crate::frontmatter::{RawAgreement, RawParty, date};
use crate::locale::Date;

/// What sort of instrument an agreement is. Only some kinds are routes a family can use.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Kind {
    /// A multilateral convention (the Council of Europe Convention...).
    Multilateral,
    /// A treaty between two states.
    Bilateral,
    /// An EU instrument (Framework Decision 2008/909/JHA).
    EuInstrument,
    /// A memorandum of understanding: cooperation, not a transfer route.
    Memorandum,
    /// Anything else that is not a transfer route (one-off arrangements).
    Other,
}

impl Kind {
    /// All kinds with their names in front matter.
    pub const ALL: &[(&'static str, Kind)] = &[
        ("multilateral", Kind::Multilateral),
        ("bilateral", Kind::Bilateral),
        ("eu-instrument", Kind::EuInstrument),
        ("memorandum", Kind::Memorandum),
        ("other", Kind::Other),
    ];

    /// The name used in front matter, templates and open data.
    pub fn as_str(self) -> &'static str {
        Kind::ALL
            .iter()
            .find(|(_, k)| *k == self)
            .map_or("other", |(s, _)| s)
    }

    /// True when a family can apply for a transfer under this kind of instrument.
    pub fn is_transfer_route(self) -> bool {
        matches!(
            self,
            Kind::Multilateral | Kind::Bilateral | Kind::EuInstrument
        )
    }
}

/// Whether a transfer under an instrument needs the sentenced person's consent. Pages said
/// "the person can ask to serve the sentence at home" of every agreement, which is false of those
/// that allow a transfer without consent: what families read must follow the instrument.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Consent {
    /// The sentenced person must agree.
    Required,
    /// In the cases the instrument sets out, a transfer can be made without consent.
    NotRequired,
    /// Our sources do not say (the default: never assume either way).
    Unknown,
}

impl Consent {
    /// All values with their names in front matter.
    pub const ALL: &[(&'static str, Consent)] = &[
        ("required", Consent::Required),
        ("not-required", Consent::NotRequired),
        ("unknown", Consent::Unknown),
    ];

    /// The name used in front matter and templates.
    pub fn as_str(self) -> &'static str {
        Consent::ALL
            .iter()
            .find(|(_, c)| *c == self)
            .map_or("unknown", |(s, _)| s)
    }
}

/// Where one party stands with an agreement.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Party {
    /// ISO 3166-1 alpha-2 code.
    pub country: String,
    /// Signature.
    pub signed: Option<Date>,
    /// Ratification, approval, accession.
    pub ratified: Option<Date>,
    /// Entry into force for this party.
    pub in_force: Option<Date>,
    /// Denunciation taking effect.
    pub denounced: Option<Date>,
    /// Reservations, declarations, doubts.
    pub notes: Option<String>,
    /// The data rests on an unverified source.
    pub unverified: bool,
    /// A source says it is in force for this party, without a date.
    pub reported_in_force: bool,
    /// Our sources do not say whether it has entered into force for this party: a family
    /// must be told to ask, never that a transfer is impossible (nor that it is possible).
    pub in_force_unknown: bool,
    /// An announced entry into force after the build's "today": not yet usable, and usable
    /// from that date on without anyone editing the file again (the date moves to `in_force`
    /// when the build's today reaches it).
    pub in_force_from: Option<Date>,
    /// Where this party's standing was read, when not the agreement's source.
    pub source: Option<String>,
}

/// A party's standing, from strongest to weakest. Only data makes a party "in force": a date
/// that has passed, or an explicit, sourced `reported_in_force`. A party listed with nothing
/// known about it is [`PartyStatus::Unknown`]: a family is told to ask, never told it applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum PartyStatus {
    /// In force for this party since a date that has passed.
    InForce,
    /// A named source reports it in force for this party, without a date (always shown as
    /// not verified).
    Reported,
    /// Nothing says whether it is in force for this party: signed with `in_force_unknown`, or
    /// listed with no date and no report.
    Unknown,
    /// Enters into force for this party on an announced date after the build's today.
    Pending,
    /// Signed or ratified, not in force.
    Signed,
    /// Denounced.
    Denounced,
}

impl PartyStatus {
    /// The name used in templates and open data.
    pub fn as_str(self) -> &'static str {
        match self {
            PartyStatus::InForce | PartyStatus::Reported => "in-force",
            PartyStatus::Unknown => "unknown",
            PartyStatus::Pending => "pending",
            PartyStatus::Signed => "signed",
            PartyStatus::Denounced => "denounced",
        }
    }
}

impl Party {
    /// This party's standing, from its data alone.
    pub fn status(&self) -> PartyStatus {
        if self.denounced.is_some() {
            PartyStatus::Denounced
        } else if self.in_force.is_some() {
            PartyStatus::InForce
        } else if self.in_force_from.is_some() {
            PartyStatus::Pending
        } else if self.reported_in_force {
            PartyStatus::Reported
        } else if self.in_force_unknown {
            PartyStatus::Unknown
        } else if self.signed.is_some() || self.ratified.is_some() {
            PartyStatus::Signed
        } else {
            PartyStatus::Unknown
        }
    }

    /// True when the party's standing rests on a report or a doubtful source rather than on
    /// a dated, checked fact.
    pub fn is_unverified(&self) -> bool {
        self.unverified || self.status() == PartyStatus::Reported
    }
}

/// A validated agreement.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Agreement {
    /// Stable id (`be-kh-2026`).
    pub id: String,
    /// Kind of instrument.
    pub kind: Kind,
    /// Identity of the page that describes it (`agreements/belgium-cambodia`).
    pub page: String,
    /// Place of signature.
    pub signed_place: Option<String>,
    /// Date of signature or opening for signature.
    pub signed: Option<Date>,
    /// General entry into force.
    pub in_force: Option<Date>,
    /// Official text.
    pub text_url: Option<String>,
    /// False when the list of parties is known to be partial.
    pub parties_complete: bool,
    /// When the data was last checked.
    pub checked: Option<Date>,
    /// Where the data comes from.
    pub source: Option<String>,
    /// The source's name.
    pub source_title: Option<String>,
    /// Whether the sentenced person must agree to a transfer.
    pub consent: Consent,
    /// Parties, in the order written.
    pub parties: Vec<Party>,
}

impl Agreement {
    /// The party row of a country, if it is a party.
    pub fn party(&self, country: &str) -> Option<&Party> {
        self.parties.iter().find(|p| p.country == country)
    }
}

/// Everything needed to point a diagnostic into the file the agreement came from.
pub struct SourceRef<'a> {
    /// File as shown in messages.
    pub file: &'a Path,
    /// Its whole text.
    pub text: &'a str,
    /// Offset of the front matter in the text (TOML spans are relative to it).
    pub base: usize,
}

impl SourceRef<'_> {
    fn span(&self, s: std::ops::Range<usize>) -> std::ops::Range<usize> {
        self.base + s.start..self.base + s.end
    }

    fn date(
        &self,
        value: &Option<toml::Spanned<toml::value::Datetime>>,
        out: &mut Vec<Diagnostic>,
    ) -> Option<Date> {
        let value = value.as_ref()?;
        match date(value, self.file, self.text, self.base) {
            Ok(d) => Some(d),
            Err(e) => {
                out.push(e);
                None
            }
        }
    }
}

/// Checks an `[agreement]` table and turns it into an [`Agreement`]. Problems go to
/// `diagnostics`; `None` when the agreement is unusable.
pub fn from_raw(
    raw: &RawAgreement,
    page: &str,
    src: &SourceRef,
    registry: &CountryRegistry,
    today: Date,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<Agreement> {
    let start = diagnostics.len();
    let id = raw.id.get_ref().clone();
    if id.is_empty()
        || !id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
    {
        diagnostics.push(
            Diagnostic::error("E0210", format!("agreement id `{id}` is not a valid id"))
                .at(src.file, src.text, src.span(raw.id.span()))
                .with_help("use lower-case letters, digits and `-`, e.g. `be-kh-2026`"),
        );
    }
    let kind = match Kind::ALL.iter().find(|(s, _)| *s == raw.kind.get_ref()) {
        Some((_, k)) => *k,
        None => {
            let names = Kind::ALL.iter().map(|(s, _)| *s);
            let help = match closest(raw.kind.get_ref(), names) {
                Some(s) => format!("did you mean `{s}`?"),
                None => "use one of: multilateral, bilateral, eu-instrument, memorandum, other"
                    .to_string(),
            };
            diagnostics.push(
                Diagnostic::error(
                    "E0211",
                    format!("unknown agreement kind `{}`", raw.kind.get_ref()),
                )
                .at(src.file, src.text, src.span(raw.kind.span()))
                .with_help(help),
            );
            Kind::Other
        }
    };
    if let Some(route) = &raw.transfer_route
        && *route.get_ref()
        && !kind.is_transfer_route()
    {
        diagnostics.push(
            Diagnostic::error(
                "E0208",
                format!("a {} cannot be marked as a transfer route", kind.as_str()),
            )
            .at(src.file, src.text, src.span(route.span()))
            .with_help("memoranda and other arrangements do not let anyone apply for a transfer; remove `transfer_route`, or correct `kind` if this really is a treaty"),
        );
    }
    let consent = consent_from_raw(raw, src, diagnostics);
    let signed = src.date(&raw.signed, diagnostics);
    let in_force = src.date(&raw.in_force, diagnostics);
    let checked = src.date(&raw.checked, diagnostics);
    if let (Some(s), Some(f), Some(raw_f)) = (signed, in_force, &raw.in_force)
        && f < s
    {
        diagnostics.push(
            Diagnostic::error(
                "E0204",
                format!("in force ({f}) before it was signed ({s})"),
            )
            .at(src.file, src.text, src.span(raw_f.span()))
            .with_help("check both dates against the source"),
        );
    }
    let mut parties: Vec<Party> = Vec::new();
    for raw_party in &raw.parties {
        let has_source = raw.source.is_some();
        if let Some(p) = party_from_raw(raw_party, src, registry, today, has_source, diagnostics) {
            if parties.iter().any(|q| q.country == p.country) {
                diagnostics.push(
                    Diagnostic::error("E0202", format!("{} is listed twice as a party", p.country))
                        .at(src.file, src.text, src.span(raw_party.country.span()))
                        .with_help("keep one [[agreement.parties]] entry per country"),
                );
                continue;
            }
            parties.push(p);
        }
    }
    if kind == Kind::Bilateral && raw.parties.len() != 2 {
        diagnostics.push(
            Diagnostic::error(
                "E0203",
                format!(
                    "a bilateral treaty has exactly two parties, this one has {}",
                    raw.parties.len()
                ),
            )
            .at(src.file, src.text, src.span(raw.kind.span()))
            .with_help("list both states as [[agreement.parties]], or use kind = \"multilateral\""),
        );
    }
    if diagnostics[start..].iter().any(Diagnostic::is_error) {
        return None;
    }
    Some(Agreement {
        id,
        kind,
        page: page.to_string(),
        signed_place: raw.signed_place.clone(),
        signed,
        in_force,
        text_url: raw.text_url.clone(),
        parties_complete: raw.parties_complete,
        checked,
        source: raw.source.clone(),
        source_title: raw.source_title.clone(),
        consent,
        parties,
    })
}

fn consent_from_raw(
    raw: &RawAgreement,
    src: &SourceRef,
    diagnostics: &mut Vec<Diagnostic>,
) -> Consent {
    let Some(value) = &raw.consent else {
        return Consent::Unknown;
    };
    match Consent::ALL.iter().find(|(s, _)| s == value.get_ref()) {
        Some((_, c)) => *c,
        None => {
            let names = Consent::ALL.iter().map(|(s, _)| *s);
            let help = match closest(value.get_ref(), names) {
                Some(s) => format!("did you mean `{s}`?"),
                None => "use `required`, `not-required` or `unknown`".to_string(),
            };
            diagnostics.push(
                Diagnostic::error(
                    "E0216",
                    format!("unknown consent value `{}`", value.get_ref()),
                )
                .at(src.file, src.text, src.span(value.span()))
                .with_help(help),
            );
            Consent::Unknown
        }
    }
}

fn party_from_raw(
    raw: &RawParty,
    src: &SourceRef,
    registry: &CountryRegistry,
    today: Date,
    agreement_has_source: bool,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<Party> {
    let code = raw.country.get_ref();
    if registry.get(code).is_none() {
        let mut d = Diagnostic::error("E0201", format!("unknown country code `{code}`")).at(
            src.file,
            src.text,
            src.span(raw.country.span()),
        );
        d = match registry.suggest(code) {
            Some(hint) => d.with_help(hint),
            None => d.with_help("use an ISO 3166-1 alpha-2 code such as `BE` or `KH`"),
        };
        diagnostics.push(d);
        return None;
    }
    let signed = src.date(&raw.signed, diagnostics);
    let ratified = src.date(&raw.ratified, diagnostics);
    let in_force = src.date(&raw.in_force, diagnostics);
    let denounced = src.date(&raw.denounced, diagnostics);
    check_reported_has_source(raw, src, agreement_has_source, diagnostics);
    let in_force_unknown = raw
        .in_force_unknown
        .as_ref()
        .is_some_and(|flag| *flag.get_ref());
    if let Some(flag) = &raw.in_force_unknown
        && in_force_unknown
        && (raw.in_force.is_some() || raw.reported_in_force)
    {
        let known = if raw.in_force.is_some() {
            "an `in_force` date"
        } else {
            "`reported_in_force`"
        };
        diagnostics.push(
            Diagnostic::error(
                "E0214",
                format!("{code}: `in_force_unknown` contradicts {known}"),
            )
            .at(src.file, src.text, src.span(flag.span()))
            .with_help("keep `in_force_unknown = true` only while no source says whether the agreement is in force for this party; once one does, remove it"),
        );
    }
    let earliest = [signed, ratified].into_iter().flatten().min();
    if let (Some(s), Some(f), Some(raw_f)) = (earliest, in_force, &raw.in_force)
        && f < s
    {
        diagnostics.push(
            Diagnostic::error(
                "E0204",
                format!("{code}: in force ({f}) before it was signed or ratified ({s})"),
            )
            .at(src.file, src.text, src.span(raw_f.span()))
            .with_help("check both dates against the source"),
        );
    }
    // An announced date is kept apart until the build's today reaches it.
    let (in_force, in_force_from) = match in_force {
        Some(d) if d > today => (None, Some(d)),
        other => (other, None),
    };
    Some(Party {
        country: code.clone(),
        signed,
        ratified,
        in_force,
        denounced,
        notes: raw.notes.clone(),
        unverified: raw.unverified,
        reported_in_force: raw.reported_in_force,
        in_force_unknown,
        in_force_from,
        source: raw.source.clone(),
    })
}

/// "In force" without a date must say who says so: a party's `reported_in_force` needs its own
/// `source` or the agreement's. The source is written in the party's row, next to the claim.
fn check_reported_has_source(
    raw: &RawParty,
    src: &SourceRef,
    agreement_has_source: bool,
    diagnostics: &mut Vec<Diagnostic>,
) {
    if raw.reported_in_force && raw.source.is_none() && !agreement_has_source {
        diagnostics.push(
            Diagnostic::error(
                "E0220",
                format!(
                    "{}: `reported_in_force` needs a source",
                    raw.country.get_ref()
                ),
            )
            .at(src.file, src.text, src.span(raw.country.span()))
            .with_help("add `source = \"https://...\"` to this party (the page that reports it in force), or give the agreement a `source`; without one, remove `reported_in_force` and families will be told to ask"),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::frontmatter::{parse, split};

    fn check(agreement_toml: &str) -> (Option<Agreement>, Vec<Diagnostic>) {
        let text = format!("+++\ntitle = \"T\"\n{agreement_toml}\n+++\n");
        let file = Path::new("content/agreements/x.md");
        let s = split(&text, file).unwrap();
        let fm = parse(&text, &s, file).unwrap();
        let raw = fm.agreement.unwrap().into_inner();
        let src = SourceRef {
            file,
            text: &text,
            base: s.front_matter.start,
        };
        let mut d = Vec::new();
        let today = Date::new(2026, 11, 23).unwrap();
        let a = from_raw(
            &raw,
            "agreements/x",
            &src,
            &CountryRegistry::builtin(),
            today,
            &mut d,
        );
        (a, d)
    }

    const BE_KH: &str = "[agreement]\nid = \"be-kh-2026\"\nkind = \"bilateral\"\nsigned = 2026-01-23\n[[agreement.parties]]\ncountry = \"BE\"\nsigned = 2026-01-23\n[[agreement.parties]]\ncountry = \"KH\"\nsigned = 2026-01-23\n";

    #[test]
    fn valid_bilateral_is_signed_not_in_force() {
        let (a, d) = check(BE_KH);
        assert!(d.is_empty(), "{d:?}");
        let a = a.unwrap();
        assert_eq!(a.parties.len(), 2);
        assert!(a.parties.iter().all(|p| p.status() == PartyStatus::Signed));
    }

    fn codes(agreement_toml: &str) -> Vec<(&'static str, usize)> {
        check(agreement_toml)
            .1
            .iter()
            .map(|d| (d.code, d.location.as_ref().map_or(0, |l| l.line)))
            .collect()
    }

    #[test]
    fn each_validation_error() {
        assert_eq!(codes(&BE_KH.replace("\"KH\"", "\"KX\"")), [("E0201", 11)]);
        assert_eq!(codes(&BE_KH.replace("\"KH\"", "\"BE\"")), [("E0202", 11)]);
        let three = format!("{BE_KH}[[agreement.parties]]\ncountry = \"LA\"\n");
        assert_eq!(codes(&three), [("E0203", 5)]);
        let early = BE_KH.replacen(
            "country = \"BE\"\nsigned = 2026-01-23",
            "country = \"BE\"\nsigned = 2026-01-23\nin_force = 2025-01-01",
            1,
        );
        assert_eq!(codes(&early), [("E0204", 10)]);
        let future = BE_KH.replacen(
            "country = \"BE\"\nsigned = 2026-01-23",
            "country = \"BE\"\nsigned = 2026-01-23\nin_force = 2027-01-01",
            1,
        );
        // An announced date is accepted, and not yet in force before it.
        let (a, d) = check(&future);
        assert!(d.is_empty(), "{d:?}");
        let be = a.unwrap().party("BE").unwrap().clone();
        assert_eq!(be.status(), PartyStatus::Pending);
        assert_eq!(be.in_force, None);
        assert_eq!(be.in_force_from, Some(Date::new(2027, 1, 1).unwrap()));
        // "In force" without a date must name who says so.
        let reported = BE_KH.replacen(
            "country = \"BE\"\nsigned = 2026-01-23",
            "country = \"BE\"\nsigned = 2026-01-23\nreported_in_force = true",
            1,
        );
        assert_eq!(codes(&reported), [("E0220", 8)]);
        let sourced = reported.replacen(
            "reported_in_force = true",
            "reported_in_force = true\nsource = \"https://example.org/list\"",
            1,
        );
        assert_eq!(codes(&sourced), []);
        let mou = BE_KH.replace("bilateral", "memorandum") + "";
        let mou = mou.replacen(
            "signed = 2026-01-23\n",
            "signed = 2026-01-23\ntransfer_route = true\n",
            1,
        );
        assert_eq!(codes(&mou), [("E0208", 7)]);
        assert_eq!(
            codes(&BE_KH.replace("bilateral", "bilaterl")),
            [("E0211", 5)]
        );
        assert_eq!(codes(&BE_KH.replace("be-kh-2026", "BE KH")), [("E0210", 4)]);
    }

    #[test]
    fn entry_into_force_not_known_is_its_own_status_and_never_beside_a_date() {
        let unknown = BE_KH.replace(
            "country = \"KH\"\nsigned = 2026-01-23\n",
            "country = \"KH\"\nsigned = 2026-01-23\nin_force_unknown = true\n",
        );
        let (a, d) = check(&unknown);
        assert!(d.is_empty(), "{d:?}");
        let a = a.unwrap();
        assert_eq!(a.party("KH").unwrap().status(), PartyStatus::Unknown);
        assert_eq!(a.party("BE").unwrap().status(), PartyStatus::Signed);
        assert_eq!(PartyStatus::Unknown.as_str(), "unknown");
        // `false` says nothing.
        let (a, _) = check(&unknown.replace("= true", "= false"));
        assert_eq!(
            a.unwrap().party("KH").unwrap().status(),
            PartyStatus::Signed
        );
        // Contradicted by a date of entry into force, or by a source reporting it in force.
        let dated = unknown.replace(
            "in_force_unknown = true\n",
            "in_force = 2026-03-01\nin_force_unknown = true\n",
        );
        assert_eq!(codes(&dated), [("E0214", 14)]);
        let reported = unknown.replace(
            "in_force_unknown = true\n",
            "reported_in_force = true\nsource = \"https://example.org/list\"\nin_force_unknown = true\n",
        );
        assert_eq!(codes(&reported), [("E0214", 15)]);
    }
}
