# Homeward default theme: interface strings (English).
# Every key here must exist in every other language file.

## Layout
skip-link = Skip to main content
nav-main = Main menu
nav-languages = Languages
nav-breadcrumbs = You are here
toc-title = On this page
footer-disclaimer = This site gives general information. It is not legal advice.
fallback-notice = This page is not translated yet. It is shown in its original language ({ $language }).
machine-translation-notice = This page was translated with the help of a machine. It may contain errors.
not-translated = Not translated yet
sources-title = Sources
date-published = Published
date-updated = Updated
date-checked = Last checked
date-place-separator = { ", " }
date-denounced = Withdrawn on
no-date = No date
feed-subscribe = Follow the news (Atom feed)
section-empty = There is nothing here yet.

## Home page
home-start-title = Start here
home-pages-title = More pages

## Pages
related-title = Related
related-countries = Countries
related-agreements = Agreements

## Statuses and kinds
status-in-force = In force
status-unknown = Not known: ask
status-signed = Signed, not in force
status-none = No agreement
status-not-route = Not a transfer route
status-denounced = Withdrawn
status-unverified = Not verified
kind-multilateral = Multilateral convention
kind-bilateral = Bilateral treaty
kind-eu-instrument = EU law
kind-memorandum = Memorandum
kind-other = Other document
not-a-route-short = Not a transfer route

## Table headings
col-agreement = Agreement
col-kind = Type
col-signed = Signed
col-ratified = Ratified
col-in-force = In force
col-status = Status
col-parties = Parties
col-country = Country
col-partner = Other country
col-outbound = Nationals of this country detained there
col-inbound = Nationals of that country detained here
col-national-of = Nationality
col-instruments = Agreements
col-next-step = Next step

## Countries directory
regions-title = Regions
countries-count = { $count ->
    [one] { $count } country
   *[other] { $count } countries
}
in-force-count = { $count ->
    [0] No agreement in force
    [one] { $count } agreement in force
   *[other] { $count } agreements in force
}
unknown-count = { $count ->
    [one] { $count } not confirmed
   *[other] { $count } not confirmed
}
signed-count = { $count ->
    [one] { $count } signed, not in force
   *[other] { $count } signed, not in force
}
country-routes-link = Transfer routes
countries-empty = No countries are listed yet.

## Country page
country-region = Region:
country-agreements-title = Agreements
country-agreements-caption = { $country }: agreements signed or joined
country-no-agreements = We know of no transfer agreement for this country.
country-partners-title = Countries with a transfer agreement
country-partners-intro = A transfer is only possible between two countries that share an agreement in force.
country-partners-caption = { $count ->
    [one] { $country }: { $count } country with a transfer agreement, in force or not
   *[other] { $country }: { $count } countries with a transfer agreement, in force or not
}
country-no-partners = We know of no transfer route with another country.
apply-title = How to ask for a transfer
apply-detained-here-title = For people detained in this country
apply-detained-here-text = Check first that the person's country has an agreement in force with this country. The request is usually made to the prison or to the central authority. The person usually has to agree to the transfer.
apply-detained-here-link = Answers for people detained in this country
apply-nationals-title = For its nationals detained in another country
apply-nationals-text = Look for the country where the person is detained. If an agreement is in force, ask the prison or this country's consulate how to start.
apply-nationals-link = See the table of countries
apply-finder-link = Open the route finder
apply-guides-link = Read the step-by-step guides
map-title = Map
map-caption = Map of the countries that have a transfer route with this country.
map-same-as-table = The table above gives the same information as text.
contacts-title = Contacts
contact-role-central-authority = Central authority for transfers
contact-role-consular = Consulate or embassy
contact-role-other = Other contact
contact-website = Website
contact-email = Email
contact-phone = Phone
contact-address = Address
contact-source = Source

## Agreements
agreements-routes-title = Agreements that allow transfers
agreements-other-title = Other documents
agreements-other-intro = These documents are not transfer routes. Nobody can ask for a transfer under them.
agreements-count = { $count ->
    [one] { $count } agreement
   *[other] { $count } agreements
}
agreements-empty = No agreements are listed yet.
agreement-is-route-title = This agreement is a route for transfers
agreement-route-once-in-force-title = What this agreement allows once it is in force
agreement-allows-label = What it allows:
agreement-allows-text = It lets the countries that are parties transfer a person sentenced in one of them to another party country, usually the person's own, to serve the rest of the sentence there. It only works when the agreement is in force for both countries.
agreement-not-allows-label = What it does not allow:
agreement-not-allows-text = It gives no right to be transferred: both countries decide each case. A transfer does not end the sentence: the home country carries it on under its own law. Depending on the agreement, the home country may adapt or convert the sentence, its own rules on early release apply, and a pardon may still be granted. Read the agreement and our guide to what happens after a transfer.
# What the sentenced person's consent means under this instrument; chosen by the agreement's `consent` data
# ("required" | "not-required" | "unknown") once the engine reads it.
agreement-consent-required = Consent: the sentenced person must agree to the transfer.
agreement-consent-not-required = Consent: in the cases this agreement sets out, a transfer can be made without the sentenced person's consent. The person's opinion may have to be heard.
agreement-consent-unknown = Consent: we do not know whether this agreement requires the sentenced person's consent. Ask the central authority of either country.
agreement-not-route-title = This is NOT a route to apply for a transfer.
agreement-not-route-text = This document helps countries work together, but nobody can ask for a transfer under it. Look for a treaty or convention that is in force instead.
agreement-signed-not-in-force = Signed on { $date }, but not in force yet. No transfer can be made under it until it is in force.
agreement-in-force-unknown-notice = Our sources do not say whether this agreement has entered into force. It may already be usable. Ask the central authority of either country before you rely on it.
agreement-facts-title = Key facts
agreement-signed = Signed
agreement-in-force = In force since
agreement-not-in-force = Not in force yet
agreement-in-force-unknown = Not confirmed: it may be in force
agreement-in-force-undated = In force (date not recorded: see the parties below)
agreement-text = Official text
agreement-text-link = Read the official text
parties-title = Parties
parties-caption = Countries listed as parties: { $count }
parties-count = { $count ->
    [one] { $count } party
   *[other] { $count } parties
}
parties-in-force-count = { $count ->
    [0] in force for none
    [one] in force for { $count }
   *[other] in force for { $count }
}
parties-partial = This list is not complete. A country missing here may still be a party.
parties-none = No parties are listed yet.

## Route finder
finder-form-title = Find a route
finder-detained-in = Detained in
finder-national-of = Nationality
finder-choose = Choose a country
finder-submit = Show the answer
finder-not-listed = If a country is not in the list, we have no record of a transfer agreement for it. Our list may be incomplete.
finder-list-title = Where is the person detained?
finder-list-intro = Choose the country of detention to see the answer for every nationality.
finder-answer-title = Detained in: { $detained }. Nationality: { $national }.
finder-same-country = The person is detained in their own country. No transfer is needed.
finder-more = See the full answer
finder-error = The answer could not be loaded. Open the page for the country of detention instead.
finder-loading = Loading…

## Route answers
route-key-title = What the answers mean
route-explain-in-force = An agreement is in force for both countries. You can ask for a transfer.
route-explain-unknown = Our data does not say whether an agreement is in force for both countries. It may already be usable. Ask the central authority before you rely on it either way.
route-explain-none = We have no record of an agreement between the two countries. Our list may be incomplete, so this does not prove there is none: ask the consulate or the central authority.
route-explain-unverified = Part of this information comes from a source we could not check. Confirm it with the authorities.
route-answers-title = Answers by nationality
route-answers-caption = Country of detention: { $country }. Answers by nationality.
route-none-title = Country of detention: { $country }. No agreement on record
route-none-text = For the nationalities below, we have no record of an agreement with the country of detention ({ $country }). Our list may be incomplete: ask the consulate before you conclude that no transfer is possible.
route-none-country-link = Country page: { $country }
next-step-in-force = Ask the prison or the central authority for a transfer.
next-step-unknown = Ask the central authority whether it is in force before you apply.
next-step-none = Ask the consulate for advice.

## Not found
not-found-title = Page not found
not-found-text = This page does not exist or has moved. Try one of these links.
not-found-home = Home page

## Search
search-title = Search
search-label = Search this site
search-button = Search
search-loading = Loading the search index…
search-no-results = No page matches your search. Try another word, or browse all pages below.
search-error = The search could not be loaded. Browse all pages below.
search-results-title = Results
search-index-title = All pages

## The three answers a family gets, and the words that must not contradict them
answer-in-force = A transfer can be requested now
answer-not-yet = Not yet
answer-not-yet-from = Not yet: possible from { $date }
answer-unknown = We do not know: ask
answer-none = No agreement known
answer-not-route = Not a transfer route
route-explain-not-yet = Signed, but not in force for both countries yet, or in force only from an announced date. A transfer cannot be requested under it before then.
next-step-not-yet = Not possible yet. Ask the consulate.
status-pending = In force from { $date }
agreement-in-force-from-notice = Announced to enter into force on { $date }. No transfer can be requested under it before that day.
agreement-now-notice = In force: a transfer can be requested now between the countries for which it is in force (see the parties below).
shortcode-status = { $title }: { $answer } (checked { $date }).
shortcode-status-undated = { $title }: { $answer }.
status-phrases-in-force = is in force | entered into force on | can be used for transfers | is now in force
status-phrases-not-yet = not yet in force | is not in force | cannot yet be used | signed, not in force | not in force yet

## Translations (issue 26): the notices of stale and reviewed translations.
translation-stale-notice = The original of this page was updated on { $date }, after this translation was made. The translation may be out of date.
translation-stale-notice-undated = The original of this page was updated after this translation was made. The translation may be out of date.
translation-stale-link = Read the updated original
translation-reviewed-notice = This translation was reviewed by a person, but is not yet approved as final.

## Publishing: report a mistake, statements in the footer (issue 25)
feedback-link = Something wrong on this page?
feedback-subject = Mistake on a page
nav-statements = Statements

## Who to write to (issue 21): contacts at the top of country pages and at the end of every
## route answer, and what to do where the site knows no contact.
contacts-answer-title = Who to write to
contacts-answer-intro = Write to both countries. The central authority receives transfer requests and decides on them; the consular service (embassy or consulate) helps your relative and can pass on a request. Each contact says where we read it and when.
contacts-answer-link = Who to write to
contacts-none-central-authority = We have no checked contact for the central authority of this country: { $country }. Ask its embassy or consulate, or the prison, which office receives transfer requests, or see the website of its ministry of justice.
contacts-none-consular = We have no checked consular contact for this country: { $country }. Ask its embassy or consulate in the country of detention ({ $place }); the website of its ministry of foreign affairs lists them.
contacts-none-consular-home = We have no checked consular contact for this country: { $country }. The website of its ministry of foreign affairs lists its embassies and consulates.
contacts-none-others = For the other nationalities on this page we have no checked contact yet. Ask the embassy or consulate of your relative's country in the country of detention ({ $place }), or see the website of that country's ministry of foreign affairs.
contact-role-prison-service = Prison service
contact-role-support = Support for families
contact-notes = Please note:
contact-source-named = Source: { $title }
