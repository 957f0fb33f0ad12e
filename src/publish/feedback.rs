//! "Something wrong on this page?": the link every page shows when `[feedback]` is set, with
//! the page's address and language filled in, so the person who answers knows which page and
//! which translation the reader means without asking back.

use tera::{Kwargs, State, Tera};

use super::settings::Feedback;

/// The link for one page: a `mailto:` whose subject names the page and language, or the form's
/// address with `page` and `lang` query parameters. Empty when there is no address.
pub fn href(feedback: &Feedback, page_url: &str, lang: &str, subject: &str) -> String {
    match feedback {
        Feedback::Email(address) => {
            let subject = format!("{subject}: {page_url} ({lang})");
            let body = format!("{page_url}\n{lang}\n\n");
            format!(
                "mailto:{address}?subject={}&body={}",
                encode(&subject),
                encode(&body)
            )
        }
        Feedback::Url(url) => {
            let join = if url.contains('?') { '&' } else { '?' };
            format!("{url}{join}page={}&lang={}", encode(page_url), encode(lang))
        }
        Feedback::Missing | Feedback::Pending(_) => String::new(),
    }
}

/// Percent-encodes everything but RFC 3986's unreserved characters (a page address already
/// percent-encoded gets `%25`, so the reader's mail program shows it exactly).
pub fn encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 3);
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Registers `feedback_link(url=page.canonical, subject=...)` for templates: the link, or ""
/// when the site has no `[feedback]` address (the template then shows nothing). The language is
/// the page's own (`lang_code`).
pub fn register(tera: &mut Tera, feedback: Feedback) {
    tera.register_function(
        "feedback_link",
        move |kwargs: Kwargs, state: &State| -> tera::TeraResult<tera::Value> {
            let url: &str = kwargs.must_get("url")?;
            let subject: &str = kwargs.get("subject")?.unwrap_or("");
            let lang: Option<tera::Value> = state.get::<tera::Value>("lang_code")?;
            let lang = lang.as_ref().and_then(|l| l.as_str()).unwrap_or("");
            Ok(tera::Value::from(href(&feedback, url, lang, subject)))
        },
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mail_subject_names_page_and_language() {
        let f = Feedback::Email("corrections@ministry.example".into());
        let h = href(&f, "https://t.example/fr/guides/a%C3%A9/", "fr", "Erreur");
        assert_eq!(
            h,
            "mailto:corrections@ministry.example?subject=Erreur%3A%20https%3A%2F%2Ft.example%2Ffr%2Fguides%2Fa%25C3%25A9%2F%20%28fr%29&body=https%3A%2F%2Ft.example%2Ffr%2Fguides%2Fa%25C3%25A9%2F%0Afr%0A%0A"
        );
    }

    #[test]
    fn form_gets_query_parameters() {
        let f = Feedback::Url("https://ministry.example/report?site=homeward".into());
        assert_eq!(
            href(&f, "https://t.example/", "km", ""),
            "https://ministry.example/report?site=homeward&page=https%3A%2F%2Ft.example%2F&lang=km"
        );
        assert_eq!(href(&Feedback::Pending("x".into()), "u", "en", ""), "");
    }
}
