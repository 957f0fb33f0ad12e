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
status-unknown = In Kraft? Nicht bestätigt
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
col-instruments = Geltende Abkommen
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
contact-role-ministry = Ministerium
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
agreement-allows-text = Eine Person, die in einem Vertragsstaat verurteilt wurde, kann beantragen, die Strafe in einem anderen Vertragsstaat zu verbüßen, meist im eigenen Land. Das geht nur, wenn das Abkommen für beide Länder in Kraft ist.
agreement-not-allows-label = Was es nicht erlaubt:
agreement-not-allows-text = Es gibt kein Recht auf Überstellung. Beide Länder entscheiden jeden Fall einzeln. Es hebt die Strafe nicht auf und verkürzt sie nicht.
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
route-explain-unknown = Beide Länder haben unterzeichnet, und das Abkommen ist vielleicht schon in Kraft, aber unsere Quellen bestätigen es nicht. Fragen Sie die zentrale Behörde, bevor Sie sich in die eine oder andere Richtung darauf verlassen.
route-explain-signed = Beide Länder haben unterzeichnet, aber das Abkommen ist noch nicht für beide in Kraft. Eine Überstellung auf dieser Grundlage ist noch nicht möglich.
route-explain-none = Wir haben kein Abkommen zwischen den beiden Ländern gefunden. Unsere Liste kann unvollständig sein, das beweist also nicht, dass es keines gibt: Fragen Sie das Konsulat oder die zentrale Behörde.
route-explain-unverified = Ein Teil dieser Information stammt aus einer Quelle, die wir nicht prüfen konnten. Lassen Sie sie von den Behörden bestätigen.
route-answers-title = Antworten nach Staatsangehörigkeit
route-answers-caption = Land der Haft: { $country }. Antworten nach Staatsangehörigkeit.
route-none-title = Land der Haft: { $country }. Kein Abkommen gefunden
route-none-text = Für die Staatsangehörigkeiten unten haben wir kein Abkommen mit dem Land der Haft ({ $country }) gefunden. Unsere Liste kann unvollständig sein: Fragen Sie das Konsulat, bevor Sie annehmen, dass keine Überstellung möglich ist.
route-none-country-link = Länderseite: { $country }
next-step-in-force = Beim Gefängnis oder bei der zentralen Behörde eine Überstellung beantragen.
next-step-unknown = Vor dem Antrag bei der zentralen Behörde fragen, ob das Abkommen in Kraft ist.
next-step-signed = Noch nicht möglich. Das Konsulat fragen.
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

## Publishing: report a mistake, statements in the footer (issue 25)
feedback-link = Stimmt etwas auf dieser Seite nicht?
feedback-subject = Fehler auf einer Seite
nav-statements = Erklärungen
