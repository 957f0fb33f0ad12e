# Standaardthema van Homeward: teksten van de interface (Nederlands).

## Opmaak
skip-link = Naar de hoofdinhoud
nav-main = Hoofdmenu
nav-languages = Talen
nav-breadcrumbs = U bent hier
toc-title = Op deze pagina
footer-disclaimer = Deze site geeft algemene informatie. Het is geen juridisch advies.
fallback-notice = Deze pagina is nog niet vertaald. Ze wordt getoond in de oorspronkelijke taal ({ $language }).
machine-translation-notice = Deze pagina is vertaald met hulp van een machine. Er kunnen fouten in staan.
not-translated = Nog niet vertaald
sources-title = Bronnen
date-published = Gepubliceerd op
date-updated = Bijgewerkt op
date-checked = Laatst gecontroleerd op
date-place-separator = { ", " }
date-denounced = Opgezegd op
no-date = Geen datum
feed-subscribe = Het nieuws volgen (Atom-feed)
section-empty = Hier staat nog niets.

## Startpagina
home-start-title = Begin hier
home-pages-title = Meer pagina's

## Pagina's
related-title = Zie ook
related-countries = Landen
related-agreements = Verdragen

## Status en soorten
status-in-force = Van kracht
status-unknown = Onbekend: vraag het na
status-signed = Ondertekend, niet van kracht
status-none = Geen verdrag
status-not-route = Geen weg voor overbrenging
status-denounced = Opgezegd
status-unverified = Niet gecontroleerd
kind-multilateral = Multilateraal verdrag
kind-bilateral = Bilateraal verdrag
kind-eu-instrument = EU-recht
kind-memorandum = Memorandum
kind-other = Ander document
not-a-route-short = Geen weg voor overbrenging

## Tabelkoppen
col-agreement = Verdrag
col-kind = Soort
col-signed = Ondertekend
col-ratified = Geratificeerd
col-in-force = Van kracht
col-status = Status
col-parties = Partijen
col-country = Land
col-partner = Ander land
col-outbound = Onderdanen van dit land die daar vastzitten
col-inbound = Onderdanen van het andere land die hier vastzitten
col-national-of = Nationaliteit
col-instruments = Verdragen
col-next-step = Volgende stap

## Landenlijst
regions-title = Regio's
countries-count = { $count ->
    [one] { $count } land
   *[other] { $count } landen
}
in-force-count = { $count ->
    [0] Geen verdrag van kracht
    [one] { $count } verdrag van kracht
   *[other] { $count } verdragen van kracht
}
unknown-count = { $count ->
   *[other] { $count } niet bevestigd
}
signed-count = { $count ->
    [one] { $count } ondertekend, niet van kracht
   *[other] { $count } ondertekend, niet van kracht
}
country-routes-link = Wegen voor overbrenging
countries-empty = Er staan nog geen landen in de lijst.

## Landpagina
country-region = Regio:
country-agreements-title = Verdragen
country-agreements-caption = { $country }: ondertekende of aanvaarde verdragen
country-no-agreements = We kennen geen verdrag over overbrenging voor dit land.
country-partners-title = Landen met een verdrag over overbrenging
country-partners-intro = Overbrenging kan alleen tussen twee landen die een verdrag hebben dat van kracht is.
country-partners-caption = { $count ->
    [one] { $country }: { $count } land met een verdrag over overbrenging, van kracht of niet
   *[other] { $country }: { $count } landen met een verdrag over overbrenging, van kracht of niet
}
country-no-partners = We kennen geen weg voor overbrenging met een ander land.
apply-title = Hoe vraagt u een overbrenging aan?
apply-detained-here-title = Voor mensen die in dit land vastzitten
apply-detained-here-text = Kijk eerst of het land van de persoon een verdrag met dit land heeft dat van kracht is. De aanvraag gaat meestal naar de gevangenis of naar de centrale autoriteit. De persoon moet meestal instemmen met de overbrenging.
apply-detained-here-link = Antwoorden voor mensen die in dit land vastzitten
apply-nationals-title = Voor onderdanen van dit land die in een ander land vastzitten
apply-nationals-text = Zoek het land waar de persoon vastzit. Is er een verdrag van kracht? Vraag dan aan de gevangenis of aan het consulaat van dit land hoe u begint.
apply-nationals-link = Naar de tabel met landen
apply-finder-link = De zoekhulp voor overbrenging openen
apply-guides-link = De stap-voor-stapgidsen lezen
map-title = Kaart
map-caption = Kaart van de landen die een weg voor overbrenging hebben met dit land.
map-same-as-table = De tabel hierboven geeft dezelfde informatie als tekst.
contacts-title = Contacten
contact-role-central-authority = Centrale autoriteit voor overbrenging
contact-role-consular = Consulaat of ambassade
contact-role-other = Ander contact
contact-website = Website
contact-email = E-mail
contact-phone = Telefoon
contact-address = Adres
contact-source = Bron

## Verdragen
agreements-routes-title = Verdragen die overbrenging mogelijk maken
agreements-other-title = Andere documenten
agreements-other-intro = Deze documenten zijn geen weg voor overbrenging. Niemand kan op basis daarvan een overbrenging aanvragen.
agreements-count = { $count ->
    [one] { $count } verdrag
   *[other] { $count } verdragen
}
agreements-empty = Er staan nog geen verdragen in de lijst.
agreement-is-route-title = Dit verdrag is een weg voor overbrenging
agreement-route-once-in-force-title = Wat dit verdrag toelaat zodra het van kracht is
agreement-allows-label = Wat het toelaat:
agreement-allows-text = Het laat de landen die partij zijn toe iemand die in een van hen werd veroordeeld over te brengen naar een ander land dat partij is, meestal het eigen land, om daar de rest van de straf uit te zitten. Dat kan alleen als het verdrag voor beide landen van kracht is.
agreement-not-allows-label = Wat het niet toelaat:
agreement-not-allows-text = Het geeft geen recht op overbrenging: beide landen beslissen per geval. Een overbrenging maakt geen einde aan de straf: het eigen land voert ze verder uit volgens zijn eigen recht. Afhankelijk van het verdrag kan dat land de straf aanpassen of omzetten, gelden zijn eigen regels over vervroegde vrijlating, en blijft gratie mogelijk. Lees het verdrag en onze gids over wat er na een overbrenging gebeurt.
# What the sentenced person's consent means under this instrument; chosen by the agreement's `consent` data
# ("required" | "not-required" | "unknown") once the engine reads it.
agreement-consent-required = Instemming: de veroordeelde moet met de overbrenging instemmen.
agreement-consent-not-required = Instemming: in de gevallen die dit verdrag bepaalt, kan iemand zonder zijn instemming worden overgebracht. Zijn mening moet soms wel worden gehoord.
agreement-consent-unknown = Instemming: we weten niet of dit verdrag de instemming van de veroordeelde eist. Vraag het aan de centrale autoriteit van een van beide landen.
agreement-not-route-title = Dit is GEEN weg om een overbrenging aan te vragen.
agreement-not-route-text = Dit document helpt landen samen te werken, maar niemand kan op basis daarvan een overbrenging aanvragen. Zoek in de plaats een verdrag dat van kracht is.
agreement-signed-not-in-force = Ondertekend op { $date }, maar nog niet van kracht. Zolang het niet van kracht is, kan er geen overbrenging op basis van dit verdrag gebeuren.
agreement-in-force-unknown-notice = Onze bronnen zeggen niet of dit verdrag in werking is getreden. Misschien kan het al gebruikt worden. Vraag het de centrale autoriteit van een van beide landen voordat u erop rekent.
agreement-facts-title = De belangrijkste feiten
agreement-signed = Ondertekend
agreement-in-force = Van kracht sinds
agreement-not-in-force = Nog niet van kracht
agreement-in-force-unknown = Niet bevestigd: misschien van kracht
agreement-in-force-undated = Van kracht (datum niet bekend: zie de partijen hieronder)
agreement-text = Officiële tekst
agreement-text-link = De officiële tekst lezen
parties-title = Partijen
parties-caption = Landen die als partij vermeld zijn: { $count }
parties-count = { $count ->
    [one] { $count } partij
   *[other] { $count } partijen
}
parties-in-force-count = { $count ->
    [0] voor geen enkele van kracht
    [one] voor { $count } van kracht
   *[other] voor { $count } van kracht
}
parties-partial = Deze lijst is niet volledig. Een land dat hier ontbreekt, kan toch partij zijn.
parties-none = Er staan nog geen partijen in de lijst.

## Zoekhulp
finder-form-title = Een weg zoeken
finder-detained-in = Land van detentie
finder-national-of = Nationaliteit
finder-choose = Kies een land
finder-submit = Toon het antwoord
finder-not-listed = Staat een land niet in de lijst? Dan hebben we er geen verdrag over overbrenging voor gevonden. Onze lijst kan onvolledig zijn.
finder-list-title = Waar zit de persoon vast?
finder-list-intro = Kies het land van detentie om het antwoord voor elke nationaliteit te zien.
finder-answer-title = Land van detentie: { $detained }. Nationaliteit: { $national }.
finder-same-country = De persoon zit vast in het eigen land. Overbrenging is niet nodig.
finder-more = Het volledige antwoord bekijken
finder-error = Het antwoord kon niet worden geladen. Open in de plaats de pagina van het land van detentie.
finder-loading = Laden…

## Antwoorden
route-key-title = Wat de antwoorden betekenen
route-explain-in-force = Er is een verdrag van kracht voor beide landen. U kunt een overbrenging aanvragen.
route-explain-unknown = Onze gegevens zeggen niet of er een verdrag voor beide landen van kracht is. Misschien kan het al gebruikt worden. Vraag het de centrale autoriteit voordat u ervan uitgaat dat het wel of niet kan.
route-explain-none = We hebben geen verdrag tussen de twee landen gevonden. Onze lijst kan onvolledig zijn, dus dat bewijst niet dat er geen is: vraag het consulaat of de centrale autoriteit.
route-explain-unverified = Een deel van deze informatie komt uit een bron die we niet konden controleren. Laat ze bevestigen door de overheid.
route-answers-title = Antwoorden per nationaliteit
route-answers-caption = Land van detentie: { $country }. Antwoorden per nationaliteit.
route-none-title = Land van detentie: { $country }. Geen verdrag gevonden
route-none-text = We hebben geen verdrag gevonden tussen het land van detentie ({ $country }) en de landen hieronder. Onze lijst kan onvolledig zijn: vraag het consulaat voordat u besluit dat overbrenging onmogelijk is.
route-none-country-link = Landpagina: { $country }
next-step-in-force = Vraag overbrenging aan bij de gevangenis of de centrale autoriteit.
next-step-unknown = Vraag de centrale autoriteit of het verdrag van kracht is voordat u een aanvraag doet.
next-step-none = Vraag het consulaat om advies.

## Pagina niet gevonden
not-found-title = Pagina niet gevonden
not-found-text = Deze pagina bestaat niet of is verplaatst. Probeer een van deze links.
not-found-home = Startpagina

## Search
search-title = Zoeken
search-label = Zoeken op deze site
search-button = Zoeken
search-loading = Zoekindex wordt geladen…
search-no-results = Geen pagina past bij uw zoekopdracht. Probeer een ander woord, of bekijk alle pagina’s hieronder.
search-error = Het zoeken kon niet worden geladen. Bekijk alle pagina’s hieronder.
search-results-title = Resultaten
search-index-title = Alle pagina’s

## The three answers a family gets, and the words that must not contradict them
answer-in-force = Een overbrenging kan nu worden aangevraagd
answer-not-yet = Nog niet
answer-not-yet-from = Nog niet: mogelijk vanaf { $date }
answer-unknown = Dat weten we niet: vraag het na
answer-none = Geen verdrag bekend
answer-not-route = Geen weg voor overbrenging
route-explain-not-yet = Ondertekend, maar nog niet voor beide landen van kracht, of pas van kracht vanaf een aangekondigde datum. Tot dan kan op basis daarvan geen overbrenging worden aangevraagd.
next-step-not-yet = Nog niet mogelijk. Vraag het consulaat.
status-pending = Van kracht vanaf { $date }
agreement-in-force-from-notice = Aangekondigd om op { $date } in werking te treden. Vóór die dag kan op basis daarvan geen overbrenging worden aangevraagd.
agreement-now-notice = Van kracht: een overbrenging kan nu worden aangevraagd tussen de landen waarvoor het van kracht is (zie de partijen hieronder).
shortcode-status = { $title }: { $answer } (gecontroleerd op { $date }).
shortcode-status-undated = { $title }: { $answer }.
status-phrases-in-force = is van kracht | is in werking getreden | kan worden gebruikt voor overbrenging
status-phrases-not-yet = nog niet van kracht | is niet van kracht | kan nog niet worden gebruikt | ondertekend, niet van kracht

## Translations (issue 26): the notices of stale and reviewed translations.
translation-stale-notice = Het origineel van deze pagina is op { $date } bijgewerkt, na deze vertaling. De vertaling is misschien niet meer actueel.
translation-stale-notice-undated = Het origineel van deze pagina is bijgewerkt na deze vertaling. De vertaling is misschien niet meer actueel.
translation-stale-link = Lees het bijgewerkte origineel
translation-reviewed-notice = Deze vertaling is door een mens nagelezen, maar nog niet als definitief goedgekeurd.

## Publishing: report a mistake, statements in the footer (issue 25)
feedback-link = Klopt er iets niet op deze pagina?
feedback-subject = Fout op een pagina
nav-statements = Verklaringen

## Naar wie schrijven (issue 21): contacten bovenaan de landenpagina's en aan het eind van elk
## antwoord, en wat te doen als de site geen contact kent.
contacts-answer-title = Naar wie schrijven
contacts-answer-intro = Schrijf naar beide landen. De centrale autoriteit ontvangt verzoeken om overbrenging en beslist erover; de consulaire dienst (ambassade of consulaat) helpt uw naaste en kan een verzoek doorsturen. Bij elk contact staat waar en wanneer wij het gelezen hebben.
contacts-answer-link = Naar wie schrijven
contacts-none-central-authority = Wij hebben geen gecontroleerd contact voor de centrale autoriteit van dit land: { $country }. Vraag de ambassade of het consulaat van dit land, of de gevangenis, welke dienst verzoeken om overbrenging ontvangt, of kijk op de website van het ministerie van Justitie.
contacts-none-consular = Wij hebben geen gecontroleerd consulair contact voor dit land: { $country }. Wend u tot de ambassade of het consulaat van dit land in het land van detentie ({ $place }); de website van het ministerie van Buitenlandse Zaken vermeldt ze.
contacts-none-consular-home = Wij hebben geen gecontroleerd consulair contact voor dit land: { $country }. De website van het ministerie van Buitenlandse Zaken vermeldt de ambassades en consulaten.
contacts-none-others = Voor de andere nationaliteiten op deze pagina hebben wij nog geen gecontroleerd contact. Wend u tot de ambassade of het consulaat van het land van uw naaste in het land van detentie ({ $place }), of kijk op de website van het ministerie van Buitenlandse Zaken van dat land.
contact-role-prison-service = Gevangeniswezen
contact-role-support = Steun voor families
contact-notes = Let op:
contact-source-named = Bron: { $title }
