//! The treaty parts of template contexts: countries, agreements, their parties, and the route
//! answers, with statuses computed here so templates only lay them out.

use tera::Value;

use crate::agreement::{Agreement, PartyStatus};
use crate::config::Language;
use crate::context::{LangShared, date_value, obj, strings};
use crate::country::REGIONS;
use crate::map::{self, Relation};
use crate::model::{Page, SiteModel};
use crate::route::{Instrument, RouteStatus};
use crate::slug::encode_path;

/// The agreement's title and page address in `lang`, and the language of that title when
/// its page falls back to another ([`crate::context::text_lang`]).
fn agreement_title(model: &SiteModel, a: &Agreement, lang: &Language) -> (String, String, Value) {
    match model.by_identity.get(&a.page) {
        Some(&i) => {
            let v = model.version_for(&model.pages[i], &lang.code);
            (
                v.title.clone(),
                model.encoded_url(i, &lang.code).to_string(),
                crate::context::text_lang(&model.config, &v.lang, &lang.code),
            )
        }
        None => (a.id.clone(), String::new(), Value::none()),
    }
}

/// What lists say of an agreement as a whole: the furthest it has got between two parties
/// ([`RouteStatus::of_agreement`]), or "not-route" for a memorandum, which no status makes
/// usable.
fn status_summary(a: &Agreement) -> &'static str {
    match RouteStatus::of_agreement(a) {
        Some((status, _)) => status.as_str(),
        None if a.kind.is_transfer_route() => "not-yet",
        None => "not-route",
    }
}

fn summary_map(model: &SiteModel, a: &Agreement, lang: &Language) -> tera::Map {
    let s = strings(model, lang);
    let (title, url, title_lang) = agreement_title(model, a, lang);
    let status = status_summary(a);
    let mut map = tera::Map::default();
    for (key, value) in [
        ("id", Value::from(a.id.as_str())),
        ("title", Value::from(title)),
        ("text_lang", title_lang),
        ("url", Value::from(url)),
        ("kind", Value::from(a.kind.as_str())),
        ("is_transfer_route", Value::from(a.kind.is_transfer_route())),
        ("signed", date_value(s, a.signed)),
        ("status_summary", Value::from(status)),
        ("status", Value::from(status)),
        (
            "usable_from",
            date_value(s, RouteStatus::of_agreement(a).and_then(|(_, from)| from)),
        ),
        ("party_count", Value::from(a.parties.len())),
    ] {
        map.insert(key.into(), value);
    }
    map
}

/// `{id, title, url, kind, is_transfer_route, signed, status_summary, usable_from, party_count}`.
pub fn agreement_summary(model: &SiteModel, a: &Agreement, lang: &Language) -> Value {
    Value::from(summary_map(model, a, lang))
}

/// Every agreement, transfer instruments first, then by title.
pub fn agreements_list(model: &SiteModel, lang: &Language) -> Value {
    let mut list: Vec<((bool, String), Value)> = model
        .agreements
        .iter()
        .map(|a| {
            let title = agreement_title(model, a, lang).0.to_lowercase();
            (
                (!a.kind.is_transfer_route(), title),
                agreement_summary(model, a, lang),
            )
        })
        .collect();
    list.sort_by(|a, b| a.0.cmp(&b.0));
    Value::from(list.into_iter().map(|(_, v)| v).collect::<Vec<_>>())
}

/// The template value of an instrument of a route (see [`LangShared::instrument`], which
/// keeps them).
pub fn make_instrument_value(model: &SiteModel, i: &Instrument, lang: &Language) -> Value {
    let (title, url, title_lang, kind, checked) = match model.agreement(&i.agreement) {
        Some(a) => {
            let (t, u, l) = agreement_title(model, a, lang);
            (t, u, l, a.kind.as_str(), a.checked)
        }
        None => (
            i.agreement.clone(),
            String::new(),
            Value::none(),
            "other",
            None,
        ),
    };
    obj! { "id": i.agreement.as_str(), "title": title, "text_lang": title_lang, "url": url, "kind": kind,
    "status": i.status.as_str(), "unverified": i.unverified, "from": date_value(strings(model, lang), i.from),
    "checked": date_value(strings(model, lang), checked) }
}

/// The texts of a page's data tables as a language shows them: in the words its translation
/// gives (`[[texts]]`), or else in the original's, marked with the original's language so a
/// screen reader reads them with the right voice and an Arabic page lays them out left to right.
struct DataTexts<'a> {
    translation: Option<&'a crate::model::Version>,
    original_lang: Value,
}

impl<'a> DataTexts<'a> {
    /// The texts of the page `identity` (an agreement's or a country's) in `lang`.
    fn of(model: &'a SiteModel, identity: &str, lang: &Language) -> DataTexts<'a> {
        let default = &model.config.default_language;
        DataTexts {
            translation: model
                .by_identity
                .get(identity)
                .and_then(|&i| model.pages[i].versions.get(&lang.code))
                .filter(|v| &v.lang != default),
            original_lang: crate::context::text_lang(&model.config, default, &lang.code),
        }
    }

    /// `(words, lang marking)` of one text, for a template's `x` and `x_lang`.
    fn text(&self, original: &str) -> (String, Value) {
        match self.translation.and_then(|v| v.translated(original)) {
            Some(words) => (words.to_string(), Value::none()),
            None => (original.to_string(), self.original_lang.clone()),
        }
    }

    /// Inserts `key` and `key_lang` for an optional text.
    fn insert(&self, map: &mut tera::Map, key: &'static str, original: Option<&str>) {
        let (words, lang) = match original {
            Some(o) => {
                let (w, l) = self.text(o);
                (Value::from(w), l)
            }
            None => (Value::none(), Value::none()),
        };
        map.insert(key.into(), words);
        map.insert(format!("{key}_lang").into(), lang);
    }
}

/// A party's row. Its status is "not-route" under a memorandum: "signed, not in force" would
/// suggest it may one day be used for a transfer.
fn party_value(
    s: &crate::locale::LocaleStrings,
    a: &Agreement,
    p: &crate::agreement::Party,
    texts: &DataTexts,
) -> tera::Map {
    let status = match p.status() {
        PartyStatus::Denounced => "denounced",
        _ if !a.kind.is_transfer_route() => "not-route",
        other => other.as_str(),
    };
    let mut map = tera::Map::default();
    for (key, value) in [
        ("signed", date_value(s, p.signed)),
        ("ratified", date_value(s, p.ratified)),
        ("in_force", date_value(s, p.in_force)),
        ("in_force_from", date_value(s, p.in_force_from)),
        ("denounced", date_value(s, p.denounced)),
        ("unverified", Value::from(p.is_unverified())),
        ("status", Value::from(status)),
    ] {
        map.insert(key.into(), value);
    }
    texts.insert(&mut map, "notes", p.notes.as_deref());
    map
}

/// The `country` object of a country page.
pub fn country_context(
    model: &SiteModel,
    shared: &LangShared,
    page: &Page,
    code: &str,
    lang: &Language,
) -> Value {
    let s = strings(model, lang);
    let region = model
        .registry
        .get(code)
        .map(|c| c.region.clone())
        .unwrap_or_default();
    let page_texts = DataTexts::of(model, &page.identity, lang);
    let contacts: Vec<Value> = page
        .contacts
        .iter()
        .map(|c| contact_value(s, &page_texts, c, lang))
        .collect();
    let agreements: Vec<Value> = model
        .agreements_of(code)
        .map(|(a, p)| {
            let mut v = summary_map(model, a, lang);
            let texts = DataTexts::of(model, &a.page, lang);
            v.insert("party".into(), Value::from(party_value(s, a, p, &texts)));
            Value::from(v)
        })
        .collect();
    let mut routes: Vec<(String, Value)> = Vec::new();
    let mut highlights = vec![(code.to_string(), Relation::This)];
    for partner in model.routes.partners_of(code) {
        let instruments = |from: &str, to: &str| -> Vec<Value> {
            model
                .routes
                .between(from, to)
                .iter()
                .map(|i| shared.instrument(model, i, lang))
                .collect()
        };
        let best = [
            model.routes.best(partner, code),
            model.routes.best(code, partner),
        ]
        .into_iter()
        .flatten()
        .min_by_key(|i| (i.status, i.unverified));
        let Some(best) = best else { continue };
        highlights.push((
            partner.to_string(),
            match best.status {
                RouteStatus::InForce => Relation::InForce,
                RouteStatus::Unknown => Relation::Unknown,
                RouteStatus::NotYet => Relation::Signed,
            },
        ));
        routes.push((
            s.country(partner),
            obj! {
                "partner": shared.country_ref(model, partner, lang),
                "status": best.status.as_str(),
                "unverified": best.unverified,
                "from": date_value(s, best.from),
                "outbound": instruments(partner, code),
                "inbound": instruments(code, partner),
            },
        ));
    }
    routes.sort_by(|a, b| a.0.cmp(&b.0));
    let name = s.country(code);
    obj! {
        "code": code,
        "name": name.as_str(),
        "region": obj! { "code": region.as_str(), "name": s.region_names.get(&region).cloned().unwrap_or_default() },
        "contacts": contacts,
        "who_to_write_to": contacts_block(model, shared, code, lang),
        "agreements": agreements,
        "routes": routes.into_iter().map(|(_, v)| v).collect::<Vec<_>>(),
        "route_page_url": encode_path(&model.route_page_url(code, &lang.code)),
        "map": obj! { "svg": map::country_map(&highlights, &name), "legend_id": "map-legend" },
    }
}

/// The `agreement` object of an agreement page.
pub fn agreement_context(
    model: &SiteModel,
    shared: &LangShared,
    a: &Agreement,
    lang: &Language,
) -> Value {
    let s = strings(model, lang);
    let (title, url, _) = agreement_title(model, a, lang);
    let texts = DataTexts::of(model, &a.page, lang);
    let mut parties: Vec<(String, Value)> = a
        .parties
        .iter()
        .map(|p| {
            let mut v = party_value(s, a, p, &texts);
            v.insert(
                "country".into(),
                shared.country_ref(model, &p.country, lang),
            );
            (s.country(&p.country), Value::from(v))
        })
        .collect();
    parties.sort_by(|x, y| x.0.cmp(&y.0));
    // Counted as routes count them: a party reported in force without a date is in force
    // (and shown unverified), so the page's summary never contradicts its own table.
    let in_force_count = a
        .parties
        .iter()
        .filter(|p| matches!(p.status(), PartyStatus::InForce | PartyStatus::Reported))
        .count();
    let unknown_count = a
        .parties
        .iter()
        .filter(|p| p.status() == PartyStatus::Unknown)
        .count();
    let mut v = obj! {
        "id": a.id.as_str(), "title": title, "url": url, "kind": a.kind.as_str(),
        "is_transfer_route": a.kind.is_transfer_route(),
        "standing": status_summary(a),
        "consent": a.consent.as_str(),
        "usable_from": date_value(s, RouteStatus::of_agreement(a).and_then(|(_, from)| from)),
        "signed": date_value(s, a.signed), "in_force": date_value(s, a.in_force),
        "text_url": a.text_url.clone(), "source": a.source.clone(),
        "checked": date_value(s, a.checked),
        "parties_complete": a.parties_complete,
        "parties": parties.into_iter().map(|(_, v)| v).collect::<Vec<_>>(),
        "party_count": a.parties.len(),
        "in_force_count": in_force_count,
        "unknown_count": unknown_count,
    }
    .into_map()
    .unwrap_or_default();
    texts.insert(&mut v, "signed_place", a.signed_place.as_deref());
    texts.insert(&mut v, "source_title", a.source_title.as_deref());
    Value::from(v)
}

/// The countries directory: regions with their countries and route counts.
pub fn regions_context(model: &SiteModel, shared: &LangShared, lang: &Language) -> Value {
    let s = strings(model, lang);
    let mut regions = Vec::new();
    for region in REGIONS {
        let countries: Vec<Value> = shared
            .countries_by_name
            .iter()
            .filter(|c| model.registry.get(c).is_some_and(|i| i.region == *region))
            .map(|code| {
                let mut in_force = 0;
                let mut unknown = 0;
                let mut signed = 0;
                for p in model.routes.partners_of(code) {
                    let best = [model.routes.best(p, code), model.routes.best(code, p)]
                        .into_iter()
                        .flatten()
                        .map(|i| i.status)
                        .min();
                    match best {
                        Some(RouteStatus::InForce) => in_force += 1,
                        Some(RouteStatus::Unknown) => unknown += 1,
                        Some(RouteStatus::NotYet) => signed += 1,
                        None => {}
                    }
                }
                let mut v = shared
                    .country_ref(model, code, lang)
                    .into_map()
                    .unwrap_or_default();
                v.insert("in_force_count".into(), Value::from(in_force));
                v.insert("unknown_count".into(), Value::from(unknown));
                v.insert("signed_count".into(), Value::from(signed));
                v.insert(
                    "route_page_url".into(),
                    Value::from(encode_path(&model.route_page_url(code, &lang.code))),
                );
                Value::from(v)
            })
            .collect();
        if countries.is_empty() {
            continue;
        }
        regions.push(obj! { "code": *region, "name": s.region_names.get(*region).cloned().unwrap_or_default(), "countries": countries });
    }
    Value::from(regions)
}

/// The `route` object of the answers page for people detained in `code`: one answer per
/// nationality that has an agreement with it, then the nationalities that have none.
pub fn route_context(model: &SiteModel, shared: &LangShared, code: &str, lang: &Language) -> Value {
    let mut answers = Vec::new();
    let mut no_agreement = Vec::new();
    for other in &shared.countries_by_name {
        if other == code {
            continue;
        }
        let instruments = model.routes.between(code, other);
        let national_of = shared.country_ref(model, other, lang);
        match instruments.first() {
            Some(best) => answers.push(obj! {
                "national_of": national_of,
                "status": best.status.as_str(),
                "unverified": best.unverified,
                "from": date_value(strings(model, lang), best.from),
                "instruments": instruments.iter().map(|i| shared.instrument(model, i, lang)).collect::<Vec<_>>(),
            }),
            None => no_agreement.push(national_of),
        }
    }
    let listed: Vec<&str> = shared
        .countries_by_name
        .iter()
        .map(String::as_str)
        .filter(|&other| other != code)
        .collect();
    obj! {
        "detained_in": shared.country_ref(model, code, lang),
        "answers": answers,
        "no_agreement": no_agreement,
        "contacts": route_contacts(model, shared, code, &listed, lang),
    }
}

/// `{code, dir}` of a language a contact's text is written in (any CLDR language, not only
/// the site's), or none when it is the page's own.
fn written_in(code: Option<&str>, lang: &Language) -> Value {
    match code {
        Some(c) if c != lang.code => {
            obj! { "code": c, "dir": crate::locale::default_direction(c).as_str() }
        }
        _ => Value::none(),
    }
}

/// One contact as templates show it: the translatable texts (name, address, notes) in the
/// page's language where a translation gives them, each marked with the language it is in.
fn contact_value(
    s: &crate::locale::LocaleStrings,
    texts: &DataTexts,
    c: &crate::contact::Contact,
    lang: &Language,
) -> Value {
    // "+44 (0)20 ..." is dialled "+4420...": the trunk prefix in brackets is left out.
    let phone_href: Option<String> = c.phone.as_ref().map(|p| {
        p.replace("(0)", "")
            .chars()
            .filter(|ch| ch.is_ascii_digit() || *ch == '+')
            .collect()
    });
    let mut v = obj! {
        "role": c.role.as_str(), "url": c.url.clone(), "email": c.email.clone(),
        "phone": c.phone.clone(), "phone_href": phone_href,
        "name_local": c.name_local.clone(), "name_local_lang": written_in(c.name_local_lang.as_deref(), lang),
        "source": c.source.clone(), "source_title": c.source_title.clone(),
        "checked": s.date_value(c.checked)
    }
    .into_map()
    .unwrap_or_default();
    texts.insert(&mut v, "name", Some(&c.name));
    texts.insert(&mut v, "address", c.address.as_deref());
    if c.address_lang.is_some() {
        v.insert(
            "address_lang".into(),
            written_in(c.address_lang.as_deref(), lang),
        );
    }
    texts.insert(&mut v, "notes", c.notes.as_deref());
    Value::from(v)
}

/// Who to write to in one country, for the end of every route answer and the top of its
/// country page: `{country, central_authority, consular, others}`, each a list of contacts.
/// An empty list is the template's cue to say that the site knows no contact, and how to
/// find one.
pub fn contacts_block(
    model: &SiteModel,
    shared: &LangShared,
    code: &str,
    lang: &Language,
) -> Value {
    let s = strings(model, lang);
    let identity = model
        .country_pages
        .get(code)
        .map(|&i| model.pages[i].identity.as_str())
        .unwrap_or_default();
    let texts = DataTexts::of(model, identity, lang);
    let of = |keep: &dyn Fn(crate::contact::ContactRole) -> bool| -> Vec<Value> {
        model
            .contacts_of(code)
            .iter()
            .filter(|c| keep(c.role))
            .map(|c| contact_value(s, &texts, c, lang))
            .collect()
    };
    use crate::contact::ContactRole as R;
    obj! {
        "country": shared.country_ref(model, code, lang),
        "has_contacts": model.contacts_of(code).iter().any(|c| c.role.in_answers()),
        "central_authority": of(&|r| r == R::CentralAuthority),
        "consular": of(&|r| r == R::Consular),
        "others": of(&|r| !r.in_answers()),
    }
}

/// The `contacts` of a route answers page: the country of detention's block, then the block
/// of every nationality listed whose country has a contact (`known_codes`); one sentence
/// stands for all the others, rather than the same paragraph forty times.
pub fn route_contacts(
    model: &SiteModel,
    shared: &LangShared,
    code: &str,
    nationalities: &[&str],
    lang: &Language,
) -> Value {
    let known: Vec<&str> = nationalities
        .iter()
        .copied()
        .filter(|&other| model.contacts_of(other).iter().any(|c| c.role.in_answers()))
        .collect();
    let place = strings(model, lang).country(code);
    obj! {
        "detained_in": contacts_block(model, shared, code, lang),
        "nationals_html": known.iter().filter_map(|&c| shared.national_contacts_html(c, &place)).collect::<Vec<_>>(),
        "has_unknown": known.len() < nationalities.len(),
        "known_codes": known,
    }
}

/// The sentence a status shortcode stands for, as HTML in `lang`: the agreement's title, its
/// answer in the vocabulary's words (with the announced day when it is not yet in force), and
/// the date it was checked. Written from the data on every build, so it can never go stale.
pub fn status_sentence(
    model: &SiteModel,
    i18n: &crate::i18n::I18n,
    a: &Agreement,
    lang: &Language,
) -> String {
    use crate::i18n::Arg;
    let s = strings(model, lang);
    let (status, from) = match RouteStatus::of_agreement(a) {
        Some((status, from)) => (status.as_str(), from),
        None if a.kind.is_transfer_route() => ("not-yet", None),
        None => ("not-route", None),
    };
    let translate = |key: &str, args: &[(String, Arg)]| {
        i18n.translate(&lang.code, key, args).unwrap_or_default()
    };
    let answer = match from {
        Some(d) if status == "not-yet" => translate(
            "answer-not-yet-from",
            &[("date".to_string(), Arg::Text(s.date(d)))],
        ),
        _ => translate(&format!("answer-{status}"), &[]),
    };
    let title = Arg::Text(agreement_title(model, a, lang).0);
    let mut args = vec![
        ("title".to_string(), title),
        ("answer".to_string(), Arg::Text(answer)),
    ];
    let key = match a.checked {
        Some(checked) => {
            args.push(("date".to_string(), Arg::Text(s.date(checked))));
            "shortcode-status"
        }
        None => "shortcode-status-undated",
    };
    format!(
        "<strong class=\"status-sentence status-{status}\" data-agreement=\"{}\">{}</strong>",
        a.id,
        crate::html::escape(&translate(key, &args))
    )
}

/// What stands for the country of detention in a pre-rendered contacts block (a private-use
/// character pair no text of the site contains), replaced on each route page.
pub const PLACE_MARK: &str = "\u{F8FE}place\u{F8FF}";

/// The contacts block of every country that has contacts for answers, rendered in `lang` with
/// the theme's `partials/contacts-national.html` (empty when the theme has no such partial or
/// a render fails: the route page then lists no national blocks, and the theme's own test
/// shows it).
pub fn national_contacts(
    model: &SiteModel,
    theme: &crate::theme::Theme,
    shared: &LangShared,
    lang: &Language,
) -> rustc_hash::FxHashMap<String, String> {
    const PARTIAL: &str = "partials/contacts-national.html";
    if !theme.has(PARTIAL) {
        return Default::default();
    }
    model
        .country_pages
        .keys()
        .filter(|code| model.contacts_of(code).iter().any(|c| c.role.in_answers()))
        .filter_map(|code| {
            let mut context = tera::Context::new();
            context.insert("lang_code", &lang.code);
            context.insert("block", &contacts_block(model, shared, code, lang));
            context.insert("place", PLACE_MARK);
            let html = theme.tera.render(PARTIAL, &context).ok()?;
            Some((code.to_string(), html))
        })
        .collect()
}
