# Homeward Standard-Theme: Texte der Oberfläche (Deutsch).

## Layout
skip-link = Zum Hauptinhalt springen
nav-main = Hauptmenü
nav-languages = Sprachen
nav-breadcrumbs = Sie sind hier
toc-title = Auf dieser Seite
footer-disclaimer = Diese Website gibt allgemeine Informationen. Sie ist keine Rechtsberatung.
fallback-notice = Diese Seite ist noch nicht übersetzt. Sie wird in der Originalsprache angezeigt ({ $language }).
machine-translation-notice = Diese Seite wurde mit Hilfe einer Maschine übersetzt. Sie kann Fehler enthalten.
not-translated = Noch nicht übersetzt
sources-title = Quellen
date-published = Veröffentlicht am
date-updated = Aktualisiert am
date-checked = Zuletzt geprüft am
date-place-separator = { ", " }
date-denounced = Ausgetreten am
no-date = Kein Datum
feed-subscribe = Nachrichten abonnieren (Atom-Feed)
section-empty = Hier gibt es noch nichts.

## Startseite
home-start-title = Hier beginnen
home-pages-title = Weitere Seiten

## Seiten
related-title = Siehe auch
related-countries = Länder
related-agreements = Abkommen

## Status und Arten
status-in-force = In Kraft
status-unknown = Unbekannt: bitte nachfragen
status-signed = Unterzeichnet, nicht in Kraft
status-none = Kein Abkommen
status-not-route = Kein Weg zur Überstellung
status-denounced = Ausgetreten
status-unverified = Nicht überprüft
kind-multilateral = Mehrseitiges Übereinkommen
kind-bilateral = Zweiseitiger Vertrag
kind-eu-instrument = EU-Recht
kind-memorandum = Absichtserklärung
kind-other = Anderes Dokument
not-a-route-short = Kein Weg für eine Überstellung

## Tabellenköpfe
col-agreement = Abkommen
col-kind = Art
col-signed = Unterzeichnet
col-ratified = Ratifiziert
col-in-force = In Kraft
col-status = Status
col-parties = Vertragsstaaten
col-country = Land
col-partner = Anderes Land
col-outbound = Staatsangehörige dieses Landes, die dort in Haft sind
col-inbound = Staatsangehörige des anderen Landes, die hier in Haft sind
col-national-of = Staatsangehörigkeit
col-instruments = Abkommen
col-next-step = Nächster Schritt

## Länderverzeichnis
regions-title = Regionen
countries-count = { $count ->
    [one] { $count } Land
   *[other] { $count } Länder
}
in-force-count = { $count ->
    [0] Kein Abkommen in Kraft
    [one] { $count } Abkommen in Kraft
   *[other] { $count } Abkommen in Kraft
}
unknown-count = { $count ->
   *[other] { $count } nicht bestätigt
}
signed-count = { $count ->
    [one] { $count } unterzeichnet, nicht in Kraft
   *[other] { $count } unterzeichnet, nicht in Kraft
}
country-routes-link = Wege zur Überstellung
countries-empty = Noch keine Länder aufgeführt.

## Länderseite
country-region = Region:
country-agreements-title = Abkommen
country-agreements-caption = { $country }: unterzeichnete oder beigetretene Abkommen
country-no-agreements = Wir kennen kein Überstellungsabkommen für dieses Land.
country-partners-title = Länder mit einem Überstellungsabkommen
country-partners-intro = Eine Überstellung ist nur zwischen zwei Ländern möglich, für die ein gemeinsames Abkommen in Kraft ist.
country-partners-caption = { $count ->
    [one] { $country }: { $count } Land mit einem Überstellungsabkommen, in Kraft oder nicht
   *[other] { $country }: { $count } Länder mit einem Überstellungsabkommen, in Kraft oder nicht
}
country-no-partners = Wir kennen keinen Weg zur Überstellung mit einem anderen Land.
apply-title = Wie man eine Überstellung beantragt
apply-detained-here-title = Für Menschen, die in diesem Land in Haft sind
apply-detained-here-text = Prüfen Sie zuerst, ob das Land der Person ein Abkommen mit diesem Land hat, das in Kraft ist. Der Antrag geht meist an das Gefängnis oder an die zentrale Behörde. Die Person muss der Überstellung meist zustimmen.
apply-detained-here-link = Antworten für Menschen, die in diesem Land in Haft sind
apply-nationals-title = Für Staatsangehörige dieses Landes, die in einem anderen Land in Haft sind
apply-nationals-text = Suchen Sie das Land, in dem die Person in Haft ist. Wenn ein Abkommen in Kraft ist, fragen Sie das Gefängnis oder das Konsulat dieses Landes, wie man beginnt.
apply-nationals-link = Zur Tabelle der Länder
apply-finder-link = Suche nach Überstellungswegen öffnen
apply-guides-link = Die Anleitungen Schritt für Schritt lesen
map-title = Karte
map-caption = Karte der Länder, mit denen dieses Land einen Weg zur Überstellung hat.
map-same-as-table = Die Tabelle oben enthält dieselben Informationen als Text.
contacts-title = Kontakte
contact-role-central-authority = Zentrale Behörde für Überstellungen
contact-role-consular = Konsulat oder Botschaft
contact-role-other = Anderer Kontakt
contact-website = Website
contact-email = E-Mail
contact-phone = Telefon
contact-address = Adresse
contact-source = Quelle

## Abkommen
agreements-routes-title = Abkommen, die eine Überstellung erlauben
agreements-other-title = Andere Dokumente
agreements-other-intro = Diese Dokumente sind keine Wege zur Überstellung. Niemand kann auf ihrer Grundlage eine Überstellung beantragen.
agreements-count = { $count ->
    [one] { $count } Abkommen
   *[other] { $count } Abkommen
}
agreements-empty = Noch keine Abkommen aufgeführt.
agreement-is-route-title = Dieses Abkommen ist ein Weg zur Überstellung
agreement-route-once-in-force-title = Was dieses Abkommen erlaubt, sobald es in Kraft ist
agreement-allows-label = Was es erlaubt:
agreement-allows-text = Es erlaubt den Vertragsstaaten, eine in einem von ihnen verurteilte Person in einen anderen Vertragsstaat zu überstellen, meist in ihr eigenes Land, damit sie dort den Rest der Strafe verbüßt. Das geht nur, wenn das Abkommen für beide Länder in Kraft ist.
agreement-not-allows-label = Was es nicht erlaubt:
agreement-not-allows-text = Es gibt kein Recht auf Überstellung: Beide Länder entscheiden jeden Fall einzeln. Die Überstellung beendet die Strafe nicht: Das Heimatland vollstreckt sie nach seinem eigenen Recht weiter. Je nach Abkommen kann es die Strafe anpassen oder umwandeln, es gelten seine eigenen Regeln zur vorzeitigen Entlassung, und eine Begnadigung bleibt möglich. Lesen Sie das Abkommen und unseren Leitfaden dazu, was nach einer Überstellung geschieht.
# What the sentenced person's consent means under this instrument; chosen by the agreement's `consent` data
# ("required" | "not-required" | "unknown") once the engine reads it.
agreement-consent-required = Zustimmung: Die verurteilte Person muss der Überstellung zustimmen.
agreement-consent-not-required = Zustimmung: In den Fällen, die dieses Abkommen vorsieht, ist eine Überstellung auch ohne Zustimmung der verurteilten Person möglich. Ihre Meinung muss unter Umständen angehört werden.
agreement-consent-unknown = Zustimmung: Wir wissen nicht, ob dieses Abkommen die Zustimmung der verurteilten Person verlangt. Fragen Sie die zentrale Behörde eines der beiden Länder.
agreement-not-route-title = Dies ist KEIN Weg, um eine Überstellung zu beantragen.
agreement-not-route-text = Dieses Dokument hilft Ländern bei der Zusammenarbeit, aber niemand kann auf seiner Grundlage eine Überstellung beantragen. Suchen Sie stattdessen einen Vertrag oder ein Übereinkommen, das in Kraft ist.
agreement-signed-not-in-force = Unterzeichnet am { $date }, aber noch nicht in Kraft. Solange es nicht in Kraft ist, ist keine Überstellung auf dieser Grundlage möglich.
agreement-in-force-unknown-notice = Unsere Quellen sagen nicht, ob dieses Abkommen in Kraft getreten ist. Vielleicht ist es schon anwendbar. Fragen Sie die zentrale Behörde eines der beiden Länder, bevor Sie sich darauf verlassen.
agreement-facts-title = Das Wichtigste
agreement-signed = Unterzeichnet
agreement-in-force = In Kraft seit
agreement-not-in-force = Noch nicht in Kraft
agreement-in-force-unknown = Nicht bestätigt: vielleicht in Kraft
agreement-in-force-undated = In Kraft (Datum nicht erfasst: siehe die Vertragsstaaten unten)
agreement-text = Amtlicher Text
agreement-text-link = Den amtlichen Text lesen
parties-title = Vertragsstaaten
parties-caption = Als Vertragsstaaten aufgeführte Länder: { $count }
parties-count = { $count ->
    [one] { $count } Vertragsstaat
   *[other] { $count } Vertragsstaaten
}
parties-in-force-count = { $count ->
    [0] für keinen in Kraft
    [one] für { $count } in Kraft
   *[other] für { $count } in Kraft
}
parties-partial = Diese Liste ist nicht vollständig. Ein Land, das hier fehlt, kann trotzdem Vertragsstaat sein.
parties-none = Noch keine Vertragsstaaten aufgeführt.

## Suche nach Überstellungswegen
finder-form-title = Einen Weg finden
finder-detained-in = Land der Haft
finder-national-of = Staatsangehörigkeit
finder-choose = Land wählen
finder-submit = Antwort zeigen
finder-not-listed = Wenn ein Land nicht in der Liste steht, haben wir kein Überstellungsabkommen dafür gefunden. Unsere Liste kann unvollständig sein.
finder-list-title = Wo ist die Person in Haft?
finder-list-intro = Wählen Sie das Land der Haft, um die Antwort für jede Staatsangehörigkeit zu sehen.
finder-answer-title = Land der Haft: { $detained }. Staatsangehörigkeit: { $national }.
finder-same-country = Die Person ist im eigenen Land in Haft. Eine Überstellung ist nicht nötig.
finder-more = Die vollständige Antwort ansehen
finder-error = Die Antwort konnte nicht geladen werden. Öffnen Sie stattdessen die Seite des Landes der Haft.
finder-loading = Wird geladen …

## Antworten
route-key-title = Was die Antworten bedeuten
route-explain-in-force = Ein Abkommen ist für beide Länder in Kraft. Sie können eine Überstellung beantragen.
route-explain-unknown = Unsere Daten sagen nicht, ob ein Abkommen für beide Länder in Kraft ist. Vielleicht ist es schon nutzbar. Fragen Sie die zentrale Behörde, bevor Sie sich in die eine oder andere Richtung darauf verlassen.
route-explain-none = Wir haben kein Abkommen zwischen den beiden Ländern gefunden. Unsere Liste kann unvollständig sein, das beweist also nicht, dass es keines gibt: Fragen Sie das Konsulat oder die zentrale Behörde.
route-explain-unverified = Ein Teil dieser Information stammt aus einer Quelle, die wir nicht prüfen konnten. Lassen Sie sie von den Behörden bestätigen.
route-answers-title = Antworten nach Staatsangehörigkeit
route-answers-caption = Land der Haft: { $country }. Antworten nach Staatsangehörigkeit.
route-none-title = Land der Haft: { $country }. Kein Abkommen gefunden
route-none-text = Für die Staatsangehörigkeiten unten haben wir kein Abkommen mit dem Land der Haft ({ $country }) gefunden. Unsere Liste kann unvollständig sein: Fragen Sie das Konsulat, bevor Sie annehmen, dass keine Überstellung möglich ist.
route-none-country-link = Länderseite: { $country }
next-step-in-force = Beim Gefängnis oder bei der zentralen Behörde eine Überstellung beantragen.
next-step-unknown = Vor dem Antrag bei der zentralen Behörde fragen, ob das Abkommen in Kraft ist.
next-step-none = Das Konsulat um Rat fragen.

## Seite nicht gefunden
not-found-title = Seite nicht gefunden
not-found-text = Diese Seite gibt es nicht oder sie wurde verschoben. Versuchen Sie einen dieser Links.
not-found-home = Startseite

## Search
search-title = Suche
search-label = Diese Website durchsuchen
search-button = Suchen
search-loading = Suchindex wird geladen…
search-no-results = Keine Seite passt zu Ihrer Suche. Versuchen Sie ein anderes Wort oder sehen Sie sich unten alle Seiten an.
search-error = Die Suche konnte nicht geladen werden. Unten finden Sie alle Seiten.
search-results-title = Ergebnisse
search-index-title = Alle Seiten

## The three answers a family gets, and the words that must not contradict them
answer-in-force = Eine Überstellung kann jetzt beantragt werden
answer-not-yet = Noch nicht
answer-not-yet-from = Noch nicht: möglich ab { $date }
answer-unknown = Das wissen wir nicht: bitte nachfragen
answer-none = Kein Abkommen bekannt
answer-not-route = Kein Weg für eine Überstellung
route-explain-not-yet = Unterzeichnet, aber noch nicht für beide Länder in Kraft, oder erst ab einem angekündigten Datum in Kraft. Vorher kann auf dieser Grundlage keine Überstellung beantragt werden.
next-step-not-yet = Noch nicht möglich. Das Konsulat fragen.
status-pending = In Kraft ab { $date }
agreement-in-force-from-notice = Das Inkrafttreten ist für den { $date } angekündigt. Vor diesem Tag kann auf dieser Grundlage keine Überstellung beantragt werden.
agreement-now-notice = In Kraft: Eine Überstellung kann jetzt zwischen den Ländern beantragt werden, für die es in Kraft ist (siehe die Vertragsparteien unten).
shortcode-status = { $title }: { $answer } (überprüft am { $date }).
shortcode-status-undated = { $title }: { $answer }.
status-phrases-in-force = ist in Kraft | ist in Kraft getreten | kann für Überstellungen genutzt werden
status-phrases-not-yet = noch nicht in Kraft | ist nicht in Kraft | kann noch nicht genutzt werden | unterzeichnet, nicht in Kraft

## Translations (issue 26): the notices of stale and reviewed translations.
translation-stale-notice = Das Original dieser Seite wurde am { $date } aktualisiert, nach dieser Übersetzung. Die Übersetzung ist möglicherweise nicht mehr aktuell.
translation-stale-notice-undated = Das Original dieser Seite wurde nach dieser Übersetzung aktualisiert. Die Übersetzung ist möglicherweise nicht mehr aktuell.
translation-stale-link = Das aktualisierte Original lesen
translation-reviewed-notice = Diese Übersetzung wurde von einem Menschen geprüft, ist aber noch nicht endgültig freigegeben.

## Publishing: report a mistake, statements in the footer (issue 25)
feedback-link = Stimmt etwas auf dieser Seite nicht?
feedback-subject = Fehler auf einer Seite
nav-statements = Erklärungen

## An wen Sie schreiben (Issue 21): Kontakte oben auf den Länderseiten und am Ende jeder
## Antwort, und was zu tun ist, wenn die Website keinen Kontakt kennt.
contacts-answer-title = An wen Sie schreiben
contacts-answer-intro = Schreiben Sie an beide Länder. Die zentrale Behörde nimmt Überstellungsanträge entgegen und entscheidet darüber; der konsularische Dienst (Botschaft oder Konsulat) hilft Ihrem Angehörigen und kann einen Antrag weiterleiten. Bei jedem Kontakt steht, wo und wann wir ihn gelesen haben.
contacts-answer-link = An wen Sie schreiben
contacts-none-central-authority = Für die zentrale Behörde dieses Landes haben wir keinen geprüften Kontakt: { $country }. Fragen Sie seine Botschaft oder sein Konsulat oder die Haftanstalt, welche Stelle Überstellungsanträge entgegennimmt, oder sehen Sie auf der Website seines Justizministeriums nach.
contacts-none-consular = Für den konsularischen Dienst dieses Landes haben wir keinen geprüften Kontakt: { $country }. Wenden Sie sich an seine Botschaft oder sein Konsulat im Haftland ({ $place }); die Website seines Außenministeriums nennt sie.
contacts-none-consular-home = Für den konsularischen Dienst dieses Landes haben wir keinen geprüften Kontakt: { $country }. Die Website seines Außenministeriums nennt seine Botschaften und Konsulate.
contacts-none-others = Für die übrigen Staatsangehörigkeiten auf dieser Seite haben wir noch keinen geprüften Kontakt. Wenden Sie sich an die Botschaft oder das Konsulat des Landes Ihres Angehörigen im Haftland ({ $place }) oder sehen Sie auf der Website des Außenministeriums dieses Landes nach.
contact-role-prison-service = Justizvollzug
contact-role-support = Hilfe für Angehörige
contact-notes = Bitte beachten:
contact-source-named = Quelle: { $title }
