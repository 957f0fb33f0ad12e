//! The accessibility and privacy statements, linked from every page's footer: public-sector
//! sites must make the accessibility statement reachable from every page (the UK's 2018
//! regulations, the EU's model statement), and a family must find what the site does with
//! their visit without looking for it.

use tera::Value;

use crate::context::{obj, text_lang};
use crate::model::SiteModel;

/// The content pages that are statements, by identity (`content/accessibility.md`,
/// `content/privacy.md`), in the order the footer lists them.
pub const STATEMENTS: &[&str] = &["accessibility", "privacy"];

/// `{title, text_lang, url}` of each statement the site has, in the reader's language (or the
/// default language's text, marked, where it is not translated).
pub fn links(model: &SiteModel, lang: &str) -> Vec<Value> {
    STATEMENTS
        .iter()
        .filter_map(|id| model.by_identity.get(*id).copied())
        .map(|i| {
            let v = model.version_for(&model.pages[i], lang);
            obj! {
                "title": v.title.as_str(),
                "text_lang": text_lang(&model.config, &v.lang, lang),
                "url": model.encoded_url(i, lang).to_string(),
            }
        })
        .collect()
}
