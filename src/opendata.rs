//! Open data: the site's agreements, countries and routes as files a ministry can hand to a
//! journalist, with a JSON Schema and a licence.
//!
//! Ids are stable (agreement ids from front matter, ISO country codes), order is sorted, so two
//! builds give identical files and a diff shows what changed in the data.

use std::fmt::Write as _;

use serde_json::{Value, json};

use crate::model::SiteModel;
use crate::render::Output;

fn date(d: Option<crate::locale::Date>) -> Value {
    d.map_or(Value::Null, |d| json!(d.to_string()))
}

fn json_output(path: &str, value: &Value) -> Output {
    // Serialising a `Value` built from strings, numbers and maps cannot fail.
    let mut text = serde_json::to_string_pretty(value).unwrap_or_default();
    text.push('\n');
    Output {
        path: path.to_string(),
        bytes: text.into_bytes(),
    }
}

/// All open-data files.
pub fn outputs(model: &SiteModel) -> Vec<Output> {
    let default = &model.config.default_language;
    let agreements: Vec<Value> = model
        .agreements
        .iter()
        .map(|a| {
            let (title, url) =
                model
                    .by_identity
                    .get(&a.page)
                    .map_or((a.id.clone(), String::new()), |&i| {
                        (
                            model.pages[i].versions[default].title.clone(),
                            model.absolute_page_url(i, default),
                        )
                    });
            json!({
                "id": a.id,
                "kind": a.kind.as_str(),
                "is_transfer_route": a.kind.is_transfer_route(),
                "title": title,
                "url": url,
                "signed_place": a.signed_place,
                "signed": date(a.signed),
                "in_force": date(a.in_force),
                "text_url": a.text_url,
                "parties_complete": a.parties_complete,
                "source": a.source,
                "source_title": a.source_title,
                "checked": date(a.checked),
                "consent": a.consent.as_str(),
                "parties": a.parties.iter().map(|p| json!({
                    "country": p.country,
                    "signed": date(p.signed),
                    "ratified": date(p.ratified),
                    "in_force": date(p.in_force.or(p.in_force_from)),
                    "denounced": date(p.denounced),
                    "status": p.status().as_str(),
                    "unverified": p.is_unverified(),
                    "notes": p.notes,
                })).collect::<Vec<_>>(),
            })
        })
        .collect();
    let countries: Vec<Value> = model
        .countries_with_agreements
        .iter()
        .map(|code| {
            let info = model.registry.get(code);
            json!({
                "code": code,
                "numeric": info.map(|i| i.numeric.clone()),
                "region": info.map(|i| i.region.clone()),
                "names": model.config.languages.iter().map(|l| (l.code.clone(), json!(model.locale[&l.code].country(code)))).collect::<serde_json::Map<_, _>>(),
                "page": model.country_url(code, default).map(|u| model.absolute_url(u)),
                "agreements": model.agreements_of(code).map(|(a, _)| a.id.clone()).collect::<Vec<_>>(),
            })
        })
        .collect();
    let mut csv = String::from(
        "sentencing_state,nationality_state,status,agreement,agreement_status,unverified\n",
    );
    let mut routes = Vec::new();
    for (a, b, instruments) in model.routes.pairs() {
        for i in instruments {
            let _ = writeln!(
                csv,
                "{a},{b},{},{},{},{}",
                instruments[0].status.as_str(),
                i.agreement,
                i.status.as_str(),
                i.unverified
            );
        }
        routes.push(json!({
            "sentencing": a,
            "nationality": b,
            "status": instruments[0].status.as_str(),
            "unverified": instruments[0].unverified,
            "from": date(instruments[0].from),
            "instruments": instruments.iter().map(|i| json!({ "id": i.agreement, "status": i.status.as_str(), "unverified": i.unverified, "from": date(i.from) })).collect::<Vec<_>>(),
        }));
    }
    let about = json!({
        "licence": "CC-BY-4.0",
        "licence_url": "https://creativecommons.org/licenses/by/4.0/",
        "publisher": model.config.default_lang().title,
        "note": "Statuses are derived from the agreements' party data only: 'in-force' (a transfer can be requested now) needs an entry-into-force date that has passed or a sourced report; 'not-yet' is signed but not in force, or in force only from the date in 'from'; 'unknown' means our data does not say: ask. 'unverified' marks data resting on a report or an unconfirmed source: check with the authorities before acting.",
    });
    // One small file per country of detention, for the route finder on slow connections.
    let mut per_country: std::collections::BTreeMap<String, Vec<Value>> =
        std::collections::BTreeMap::new();
    for r in &routes {
        if let Some(code) = r["sentencing"].as_str() {
            per_country
                .entry(code.to_lowercase())
                .or_default()
                .push(r.clone());
        }
    }
    let mut outputs = vec![
        json_output(
            "data/agreements.json",
            &json!({ "about": about, "agreements": agreements }),
        ),
        json_output(
            "data/countries.json",
            &json!({ "about": about, "countries": countries }),
        ),
        json_output(
            "data/routes.json",
            &json!({ "about": about, "routes": routes }),
        ),
        Output {
            path: "data/routes.csv".into(),
            bytes: csv.into_bytes(),
        },
        json_output("data/schema/agreements.schema.json", &agreements_schema()),
        json_output("data/schema/routes.schema.json", &routes_schema()),
        json_output("data/schema/countries.schema.json", &countries_schema()),
        Output {
            path: "data/LICENSE.txt".into(),
            bytes: LICENCE.as_bytes().to_vec(),
        },
    ];
    for (code, list) in per_country {
        let text = serde_json::to_string(&json!({ "routes": list })).unwrap_or_default();
        outputs.push(Output {
            path: format!("data/routes/{code}.json"),
            bytes: text.into_bytes(),
        });
    }
    for lang in &model.config.languages {
        let names: serde_json::Map<String, Value> = model
            .countries_with_agreements
            .iter()
            .map(|c| (c.clone(), json!(model.locale[&lang.code].country(c))))
            .collect();
        let agreement_names: serde_json::Map<String, Value> = model
            .agreements
            .iter()
            .map(|a| {
                let v = model.by_identity.get(&a.page).map_or(json!({ "title": a.id, "url": "" }), |&i| {
                    let version = model.version_for(&model.pages[i], &lang.code);
                    let mut v = json!({ "title": version.title, "url": model.encoded_url(i, &lang.code).to_string() });
                    // The finder's answer says when each status was last checked, as pages do.
                    if let Some(checked) = a.checked {
                        v["checked"] = json!({ "iso": checked.to_string(), "display": model.locale[&lang.code].date(checked) });
                    }
                    // A title that falls back to another language says which, for the finder
                    // to mark it (`lang`, `dir`) as the server-rendered pages do.
                    if let Some(title_lang) = crate::context::other_language(&model.config, &version.lang, &lang.code) {
                        v["lang"] = json!(title_lang.code);
                        v["dir"] = json!(title_lang.dir.as_str());
                    }
                    v
                });
                (a.id.clone(), v)
            })
            .collect();
        // The days not-yet routes become usable, written as this language writes dates.
        let dates: serde_json::Map<String, Value> = model
            .routes
            .instruments()
            .filter_map(|i| i.from)
            .map(|d| (d.to_string(), json!(model.locale[&lang.code].date(d))))
            .collect();
        outputs.push(json_output(
            &format!("data/names.{}.json", lang.code),
            &json!({ "countries": names, "agreements": agreement_names, "dates": dates }),
        ));
    }
    for lang in &model.config.languages {
        outputs.push(contacts_file(model, &lang.code));
    }
    outputs
}

/// `data/contacts.LANG.json`: the central authority and consular contacts of every country
/// that has any, for the finder to end each answer with who to write to. One small file per
/// language (a few kilobytes), fetched with the first answer, not with every page.
pub fn contacts_file(model: &SiteModel, lang: &str) -> Output {
    let mut countries = serde_json::Map::new();
    for (code, &page) in &model.country_pages {
        let mut roles = serde_json::Map::new();
        for c in model
            .contacts_of(code)
            .iter()
            .filter(|c| c.role.in_answers())
        {
            let list = roles.entry(c.role.as_str()).or_insert_with(|| json!([]));
            if let Value::Array(list) = list {
                list.push(contact_json(model, page, c, lang));
            }
        }
        if !roles.is_empty() {
            countries.insert(code.clone(), Value::Object(roles));
        }
    }
    let text = serde_json::to_string(&json!({ "countries": countries })).unwrap_or_default();
    Output {
        path: format!("data/contacts.{lang}.json"),
        bytes: text.into_bytes(),
    }
}

/// One contact for the finder, its texts in `lang` where the country page's translation gives
/// them; a text left in another language names it (`name_lang`...), as the pages mark it.
fn contact_json(model: &SiteModel, page: usize, c: &crate::contact::Contact, lang: &str) -> Value {
    let default = &model.config.default_language;
    let translation = model.pages[page]
        .versions
        .get(lang)
        .filter(|v| &v.lang != default);
    let mut v = json!({
        "source": c.source,
        "checked": { "iso": c.checked.to_string(), "display": model.locale[lang].date(c.checked) },
    });
    let mut text = |key: &str, original: Option<&str>, written_in: Option<&str>| {
        let Some(original) = original else { return };
        let (words, in_lang) = match translation.and_then(|t| t.translated(original)) {
            Some(words) => (words, None),
            None => (original, Some(written_in.unwrap_or(default))),
        };
        v[key] = json!(words);
        if let Some(l) = in_lang.filter(|&l| l != lang) {
            v[format!("{key}_lang")] = json!(l);
            v[format!("{key}_dir")] = json!(crate::locale::default_direction(l).as_str());
        }
    };
    text("name", Some(&c.name), None);
    text("address", c.address.as_deref(), c.address_lang.as_deref());
    text("notes", c.notes.as_deref(), None);
    text("source_title", c.source_title.as_deref(), None);
    if let Some(local) = &c.name_local {
        v["name_local"] = json!(local);
        if let Some(l) = c.name_local_lang.as_deref().filter(|&l| l != lang) {
            v["name_local_lang"] = json!(l);
            v["name_local_dir"] = json!(crate::locale::default_direction(l).as_str());
        }
    }
    for (key, value) in [("email", &c.email), ("phone", &c.phone), ("url", &c.url)] {
        if let Some(value) = value {
            v[key] = json!(value);
        }
    }
    v
}

const LICENCE: &str = "The data files in this folder (agreements.json, countries.json, routes.json, routes.csv,\nnames.*.json) are published under the Creative Commons Attribution 4.0 International licence\n(CC BY 4.0): https://creativecommons.org/licenses/by/4.0/\n\nEach agreement names its source and the date its status was last checked. Treaty status changes:\ncheck with the authorities before acting on it. Country names come from the Unicode CLDR\n(Unicode licence).\n";

fn agreements_schema() -> Value {
    let date = json!({ "type": ["string", "null"], "format": "date" });
    json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "agreements.schema.json",
        "title": "Transfer agreements",
        "type": "object",
        "required": ["agreements"],
        "properties": {
            "about": { "type": "object" },
            "agreements": { "type": "array", "items": {
                "type": "object",
                "required": ["id", "kind", "is_transfer_route", "title", "parties"],
                "properties": {
                    "id": { "type": "string", "pattern": "^[a-z0-9-]+$" },
                    "kind": { "enum": ["multilateral", "bilateral", "eu-instrument", "memorandum", "other"] },
                    "is_transfer_route": { "type": "boolean" },
                    "title": { "type": "string" },
                    "url": { "type": "string" },
                    "signed_place": { "type": ["string", "null"] },
                    "signed": date, "in_force": date, "checked": date,
                    "text_url": { "type": ["string", "null"] },
                    "parties_complete": { "type": "boolean" },
                    "consent": { "enum": ["required", "not-required", "unknown"] },
                    "source": { "type": ["string", "null"] },
                    "source_title": { "type": ["string", "null"] },
                    "parties": { "type": "array", "items": {
                        "type": "object",
                        "required": ["country", "status", "unverified"],
                        "properties": {
                            "country": { "type": "string", "pattern": "^[A-Z]{2}$" },
                            "signed": date, "ratified": date, "in_force": date, "denounced": date,
                            "status": { "enum": ["in-force", "unknown", "pending", "signed", "denounced"] },
                            "unverified": { "type": "boolean" },
                            "notes": { "type": ["string", "null"] }
                        }
                    }}
                }
            }}
        }
    })
}

fn countries_schema() -> Value {
    json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "countries.schema.json",
        "title": "Countries that are party to at least one agreement",
        "type": "object",
        "required": ["countries"],
        "properties": {
            "about": { "type": "object" },
            "countries": { "type": "array", "items": {
                "type": "object",
                "required": ["code", "names", "agreements"],
                "properties": {
                    "code": { "type": "string", "pattern": "^[A-Z]{2}$" },
                    "numeric": { "type": ["string", "null"] },
                    "region": { "type": ["string", "null"], "description": "UN M49 region code" },
                    "names": { "type": "object", "additionalProperties": { "type": "string" }, "description": "CLDR name per site language" },
                    "page": { "type": ["string", "null"] },
                    "agreements": { "type": "array", "items": { "type": "string" } }
                }
            }}
        }
    })
}

fn routes_schema() -> Value {
    json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "routes.schema.json",
        "title": "Transfer routes between pairs of countries",
        "type": "object",
        "required": ["routes"],
        "properties": {
            "about": { "type": "object" },
            "routes": { "type": "array", "items": {
                "type": "object",
                "required": ["sentencing", "nationality", "status", "instruments"],
                "properties": {
                    "sentencing": { "type": "string", "pattern": "^[A-Z]{2}$" },
                    "nationality": { "type": "string", "pattern": "^[A-Z]{2}$" },
                    "status": { "enum": ["in-force", "unknown", "not-yet"] },
                    "unverified": { "type": "boolean" },
                    "from": { "type": ["string", "null"], "format": "date" },
                    "instruments": { "type": "array", "items": {
                        "type": "object",
                        "required": ["id", "status"],
                        "properties": {
                            "id": { "type": "string" },
                            "status": { "enum": ["in-force", "unknown", "not-yet"] },
                            "unverified": { "type": "boolean" },
                            "from": { "type": ["string", "null"], "format": "date" }
                        }
                    }}
                }
            }}
        }
    })
}
