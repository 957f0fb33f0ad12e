//! Transfer routes, derived from agreements and never typed by hand.
//!
//! A route answers "someone sentenced in A is a national of B: under which instruments can they
//! ask to serve the sentence in B, and are those instruments usable?". It is computed for every
//! ordered pair of countries that share a transfer instrument. Memoranda and other arrangements
//! never make a route. The computation is linear in the number of (agreement, party pair)
//! combinations: no pass over all countries per country.

use std::collections::BTreeMap;

use rustc_hash::FxHashMap;

use crate::agreement::{Agreement, Party, PartyStatus};
use crate::locale::Date;

/// How usable an instrument is between two countries: the three plain answers a family is
/// given, defined here once (their words are in the theme's i18n, under `status-*`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum RouteStatus {
    /// In force for both: a transfer can be requested now.
    InForce,
    /// For at least one of the two, our data does not say whether it is in force: we do not
    /// know, the family is told to ask.
    Unknown,
    /// Signed but not in force for both, or in force only from an announced date: not yet.
    NotYet,
}

impl RouteStatus {
    /// The name used in templates and open data.
    pub fn as_str(self) -> &'static str {
        match self {
            RouteStatus::InForce => "in-force",
            RouteStatus::Unknown => "unknown",
            RouteStatus::NotYet => "not-yet",
        }
    }

    /// What an instrument gives between two of its parties; `None` when either has left it.
    pub fn between_parties(a: PartyStatus, b: PartyStatus) -> Option<RouteStatus> {
        let usable = |s| matches!(s, PartyStatus::InForce | PartyStatus::Reported);
        let not_yet = |s| matches!(s, PartyStatus::Signed | PartyStatus::Pending);
        if a == PartyStatus::Denounced || b == PartyStatus::Denounced {
            None
        } else if usable(a) && usable(b) {
            Some(RouteStatus::InForce)
        } else if not_yet(a) || not_yet(b) {
            Some(RouteStatus::NotYet)
        } else {
            Some(RouteStatus::Unknown)
        }
    }

    /// The furthest an agreement has got between any two of its parties, which is what its
    /// page and lists say of it as a whole (so they never contradict its routes), with the
    /// announced date from which it applies when it is not yet in force; `None` for an
    /// instrument that is no transfer route, or has fewer than two parties left.
    pub fn of_agreement(agreement: &Agreement) -> Option<(RouteStatus, Option<Date>)> {
        if !agreement.kind.is_transfer_route() {
            return None;
        }
        let mut parties: Vec<&Party> = agreement
            .parties
            .iter()
            .filter(|p| p.status() != PartyStatus::Denounced)
            .collect();
        parties.sort_by_key(|p| p.status());
        match parties.as_slice() {
            [a, b, ..] => RouteStatus::between_parties(a.status(), b.status())
                .map(|status| (status, usable_from(status, a, b))),
            _ => None,
        }
    }
}

/// The day a not-yet route becomes usable: known only when every one of the two parties that is
/// not in force yet has an announced date; the later of those dates.
pub fn usable_from(status: RouteStatus, a: &Party, b: &Party) -> Option<Date> {
    if status != RouteStatus::NotYet {
        return None;
    }
    let mut from = None;
    for p in [a, b] {
        match p.status() {
            PartyStatus::InForce | PartyStatus::Reported => {}
            PartyStatus::Pending => from = from.max(p.in_force_from),
            _ => return None,
        }
    }
    from
}

/// One instrument between a pair of countries.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Instrument {
    /// Agreement id.
    pub agreement: String,
    /// Its status between the two.
    pub status: RouteStatus,
    /// True when either party's data is unverified.
    pub unverified: bool,
    /// For a not-yet route, the announced day it becomes usable, when known.
    pub from: Option<Date>,
}

/// Instruments by state of nationality, for one sentencing state.
type ByNationality = FxHashMap<String, Vec<Instrument>>;

/// All routes, by (sentencing state, state of nationality).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Routes {
    /// Nested rather than keyed by a pair of strings, and hashed: a route page asks for every
    /// pair of its country, and a lookup by two `&str` needs no allocation.
    by_pair: FxHashMap<String, ByNationality>,
    partners: BTreeMap<String, Vec<String>>,
}

impl Routes {
    /// Derives every route from a set of agreements.
    pub fn derive(agreements: &[Agreement]) -> Routes {
        let mut by_pair: FxHashMap<String, ByNationality> = FxHashMap::default();
        for agreement in agreements.iter().filter(|a| a.kind.is_transfer_route()) {
            for a in &agreement.parties {
                for b in &agreement.parties {
                    if a.country == b.country {
                        continue;
                    }
                    let Some(status) = RouteStatus::between_parties(a.status(), b.status()) else {
                        continue;
                    };
                    by_pair
                        .entry(a.country.clone())
                        .or_default()
                        .entry(b.country.clone())
                        .or_default()
                        .push(Instrument {
                            agreement: agreement.id.clone(),
                            status,
                            unverified: a.is_unverified() || b.is_unverified(),
                            from: usable_from(status, a, b),
                        });
                }
            }
        }
        for list in by_pair.values_mut().flat_map(|others| others.values_mut()) {
            list.sort_by(|x, y| {
                x.status
                    .cmp(&y.status)
                    .then(x.unverified.cmp(&y.unverified))
                    .then(x.agreement.cmp(&y.agreement))
            });
        }
        let partners: BTreeMap<String, Vec<String>> = by_pair
            .iter()
            .map(|(a, others)| {
                let mut list: Vec<String> = others.keys().cloned().collect();
                list.sort_unstable();
                (a.clone(), list)
            })
            .collect();
        Routes { by_pair, partners }
    }

    /// Instruments for someone sentenced in `sentencing` who is a national of `nationality`;
    /// empty when there is no route.
    pub fn between(&self, sentencing: &str, nationality: &str) -> &[Instrument] {
        self.by_pair
            .get(sentencing)
            .and_then(|others| others.get(nationality))
            .map_or(&[], Vec::as_slice)
    }

    /// The best status of a pair: in force beats signed; verified beats unverified.
    pub fn best(&self, sentencing: &str, nationality: &str) -> Option<&Instrument> {
        self.between(sentencing, nationality).first()
    }

    /// Every pair with at least one instrument, sorted.
    pub fn pairs(&self) -> Vec<(&str, &str, &[Instrument])> {
        let mut pairs: Vec<(&str, &str, &[Instrument])> = self
            .by_pair
            .iter()
            .flat_map(|(a, others)| {
                others
                    .iter()
                    .map(move |(b, v)| (a.as_str(), b.as_str(), v.as_slice()))
            })
            .collect();
        pairs.sort_unstable_by(|x, y| (x.0, x.1).cmp(&(y.0, y.1)));
        pairs
    }

    /// Every instrument of every route, in no order.
    pub fn instruments(&self) -> impl Iterator<Item = &Instrument> {
        self.by_pair.values().flat_map(|by| by.values()).flatten()
    }

    /// Partners of a country (in either direction), sorted by code.
    pub fn partners_of(&self, country: &str) -> Vec<&str> {
        // Pairs are derived in both directions, so partners as sentencing state are all of them.
        self.partners
            .get(country)
            .map(|list| list.iter().map(String::as_str).collect())
            .unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::agreement::{Kind, Party};
    use crate::locale::Date;

    fn d(y: i32, m: u32, day: u32) -> Option<Date> {
        Some(Date::new(y, m, day).unwrap())
    }

    fn party(c: &str, signed: Option<Date>, in_force: Option<Date>) -> Party {
        Party {
            country: c.into(),
            signed,
            ratified: None,
            in_force,
            denounced: None,
            notes: None,
            unverified: false,
            reported_in_force: false,
            in_force_unknown: false,
            in_force_from: None,
            source: None,
        }
    }

    fn agreement(id: &str, kind: Kind, parties: Vec<Party>) -> Agreement {
        Agreement {
            id: id.into(),
            kind,
            page: format!("agreements/{id}"),
            signed_place: None,
            signed: None,
            in_force: None,
            text_url: None,
            parties_complete: true,
            checked: None,
            source: None,
            source_title: None,
            consent: crate::agreement::Consent::Unknown,
            parties,
        }
    }

    fn sample() -> Vec<Agreement> {
        vec![
            agreement(
                "be-kh",
                Kind::Bilateral,
                vec![
                    party("BE", d(2026, 1, 23), None),
                    party("KH", d(2026, 1, 23), None),
                ],
            ),
            agreement(
                "kh-la-mou",
                Kind::Memorandum,
                vec![
                    party("KH", d(2023, 12, 5), None),
                    party("LA", d(2023, 12, 5), None),
                ],
            ),
            agreement(
                "ets-112",
                Kind::Multilateral,
                vec![
                    party("BE", None, d(1990, 12, 1)),
                    party("FR", None, d(1985, 7, 1)),
                    party("NL", d(1983, 3, 21), None),
                ],
            ),
        ]
    }

    #[test]
    fn signed_bilateral_gives_signed_route_both_ways() {
        let r = Routes::derive(&sample());
        for (a, b) in [("BE", "KH"), ("KH", "BE")] {
            let i = r.between(a, b);
            assert_eq!(i.len(), 1);
            assert_eq!(i[0].agreement, "be-kh");
            assert_eq!(i[0].status, RouteStatus::NotYet);
        }
    }

    #[test]
    fn memorandum_is_never_a_route() {
        let r = Routes::derive(&sample());
        assert!(r.between("KH", "LA").is_empty());
        assert!(r.between("LA", "KH").is_empty());
    }

    #[test]
    fn multilateral_in_force_only_where_both_are() {
        let r = Routes::derive(&sample());
        assert_eq!(r.best("BE", "FR").unwrap().status, RouteStatus::InForce);
        assert_eq!(r.best("FR", "NL").unwrap().status, RouteStatus::NotYet);
        assert!(r.between("BE", "BE").is_empty());
        assert_eq!(r.partners_of("BE"), ["FR", "KH", "NL"]);
    }

    #[test]
    fn reported_in_force_without_a_date_is_in_force_but_unverified() {
        let mut a = sample();
        for p in &mut a[0].parties {
            p.reported_in_force = true;
        }
        let r = Routes::derive(&a);
        let be_kh = r.best("BE", "KH").unwrap();
        assert_eq!(be_kh.status, RouteStatus::InForce);
        assert!(be_kh.unverified);
    }

    #[test]
    fn entry_into_force_not_known_is_neither_in_force_nor_impossible() {
        let mut a = sample();
        a[0].parties[0].in_force_unknown = true;
        let r = Routes::derive(&a);
        // One side signed only: whatever the other, not usable yet.
        assert_eq!(r.best("BE", "KH").unwrap().status, RouteStatus::NotYet);
        a[0].parties[1].in_force_unknown = true;
        let r = Routes::derive(&a);
        assert_eq!(r.best("BE", "KH").unwrap().status, RouteStatus::Unknown);
        assert_eq!(
            RouteStatus::of_agreement(&a[0]),
            Some((RouteStatus::Unknown, None))
        );
        // In force on one side, not known on the other: still only "ask".
        a[0].parties[1].in_force = d(2027, 1, 1);
        let r = Routes::derive(&a);
        assert_eq!(r.best("KH", "BE").unwrap().status, RouteStatus::Unknown);
        // An agreement is as far as its furthest pair, and a memorandum is never a route.
        assert_eq!(
            RouteStatus::of_agreement(&a[2]),
            Some((RouteStatus::InForce, None))
        );
        assert_eq!(RouteStatus::of_agreement(&a[1]), None);
        a[2].parties[0].denounced = d(2020, 1, 1);
        assert_eq!(
            RouteStatus::of_agreement(&a[2]),
            Some((RouteStatus::NotYet, None))
        );
    }

    #[test]
    fn a_party_with_no_data_is_never_in_force() {
        let mut a = sample();
        a[2].parties.push(party("AT", None, None));
        let r = Routes::derive(&a);
        // Belgium is in force, Austria is only listed: we do not know, ask.
        assert_eq!(r.best("BE", "AT").unwrap().status, RouteStatus::Unknown);
        assert_eq!(r.best("AT", "BE").unwrap().status, RouteStatus::Unknown);
    }

    #[test]
    fn an_announced_date_is_not_yet_with_its_day() {
        let mut a = sample();
        // The date is kept apart from `in_force` while it is in the build's future.
        a[0].parties[0].in_force_from = d(2027, 3, 1);
        a[0].parties[1].in_force_from = d(2027, 5, 1);
        let r = Routes::derive(&a);
        let be_kh = r.best("BE", "KH").unwrap();
        assert_eq!(be_kh.status, RouteStatus::NotYet);
        assert_eq!(be_kh.from, d(2027, 5, 1), "usable once both are in force");
        assert_eq!(
            RouteStatus::of_agreement(&a[0]),
            Some((RouteStatus::NotYet, d(2027, 5, 1)))
        );
        // With one side only signed, no day can be given.
        a[0].parties[1].in_force_from = None;
        let r = Routes::derive(&a);
        assert_eq!(r.best("BE", "KH").unwrap().from, None);
    }

    #[test]
    fn denounced_party_has_no_route_and_unverified_is_flagged() {
        let mut a = sample();
        a[2].parties[1].denounced = d(2020, 1, 1);
        let mut at = party("AT", None, None);
        at.reported_in_force = true;
        a[2].parties.push(at);
        let r = Routes::derive(&a);
        assert!(r.between("BE", "FR").is_empty());
        let at = r.best("BE", "AT").unwrap();
        assert_eq!(at.status, RouteStatus::InForce);
        assert!(at.unverified);
    }
}
