# Thème Homeward par défaut : textes de l’interface (français).

## Mise en page
skip-link = Aller au contenu principal
nav-main = Menu principal
nav-languages = Langues
nav-breadcrumbs = Vous êtes ici
toc-title = Sur cette page
footer-disclaimer = Ce site donne des informations générales. Ce n’est pas un conseil juridique.
fallback-notice = Cette page n’est pas encore traduite. Elle est affichée dans sa langue d’origine ({ $language }).
machine-translation-notice = Cette page a été traduite avec l’aide d’une machine. Elle peut contenir des erreurs.
not-translated = Pas encore traduit
sources-title = Sources
date-published = Publié le
date-updated = Mis à jour le
date-checked = Vérifié le
date-place-separator = { ", " }
date-denounced = Retrait le
no-date = Pas de date
feed-subscribe = Suivre les actualités (flux Atom)
section-empty = Il n’y a encore rien ici.

## Page d’accueil
home-start-title = Par où commencer
home-pages-title = Autres pages

## Pages
related-title = Voir aussi
related-countries = Pays
related-agreements = Accords

## Statuts et types
status-in-force = En vigueur
status-unknown = Inconnu : renseignez-vous
status-signed = Signé, pas en vigueur
status-none = Aucun accord
status-not-route = Pas une voie de transfèrement
status-denounced = Retiré
status-unverified = Non vérifié
kind-multilateral = Convention multilatérale
kind-bilateral = Traité bilatéral
kind-eu-instrument = Droit de l’UE
kind-memorandum = Mémorandum
kind-other = Autre document
not-a-route-short = Ne permet pas de demander un transfèrement

## En-têtes de tableaux
col-agreement = Accord
col-kind = Type
col-signed = Signature
col-ratified = Ratification
col-in-force = Entrée en vigueur
col-status = Statut
col-parties = Parties
col-country = Pays
col-partner = Autre pays
col-outbound = Ressortissants de ce pays détenus là-bas
col-inbound = Ressortissants de l’autre pays détenus ici
col-national-of = Nationalité
col-instruments = Accords
col-next-step = Que faire

## Liste des pays
regions-title = Régions
countries-count = { $count ->
    [one] { $count } pays
   *[other] { $count } pays
}
in-force-count = { $count ->
    [0] Aucun accord en vigueur
    [one] { $count } accord en vigueur
   *[other] { $count } accords en vigueur
}
unknown-count = { $count ->
    [one] { $count } non confirmé
   *[other] { $count } non confirmés
}
signed-count = { $count ->
    [one] { $count } signé, pas en vigueur
   *[other] { $count } signés, pas en vigueur
}
country-routes-link = Voies de transfèrement
countries-empty = Aucun pays n’est encore listé.

## Page d’un pays
country-region = Région :
country-agreements-title = Accords
country-agreements-caption = { $country } : accords signés ou rejoints
country-no-agreements = Nous ne connaissons aucun accord de transfèrement pour ce pays.
country-partners-title = Pays liés par un accord de transfèrement
country-partners-intro = Un transfèrement n’est possible qu’entre deux pays liés par un accord en vigueur.
country-partners-caption = { $count ->
    [one] { $country } : { $count } pays lié par un accord de transfèrement, en vigueur ou non
   *[other] { $country } : { $count } pays liés par un accord de transfèrement, en vigueur ou non
}
country-no-partners = Nous ne connaissons aucune voie de transfèrement avec un autre pays.
apply-title = Comment demander un transfèrement
apply-detained-here-title = Pour les personnes détenues dans ce pays
apply-detained-here-text = Vérifiez d’abord que le pays de la personne a un accord en vigueur avec ce pays. La demande se fait en général auprès de la prison ou de l’autorité centrale. La personne doit en général être d’accord avec le transfèrement.
apply-detained-here-link = Réponses pour les personnes détenues dans ce pays
apply-nationals-title = Pour ses ressortissants détenus dans un autre pays
apply-nationals-text = Cherchez le pays où la personne est détenue. Si un accord est en vigueur, demandez à la prison ou au consulat de ce pays comment commencer.
apply-nationals-link = Voir le tableau des pays
apply-finder-link = Ouvrir le moteur de recherche des voies de transfèrement
apply-guides-link = Lire les guides étape par étape
map-title = Carte
map-caption = Carte des pays qui ont une voie de transfèrement avec ce pays.
map-same-as-table = Le tableau ci-dessus donne les mêmes informations sous forme de texte.
contacts-title = Contacts
contact-role-central-authority = Autorité centrale pour les transfèrements
contact-role-consular = Consulat ou ambassade
contact-role-other = Autre contact
contact-website = Site web
contact-email = Courriel
contact-phone = Téléphone
contact-address = Adresse
contact-source = Source

## Accords
agreements-routes-title = Accords qui permettent un transfèrement
agreements-other-title = Autres documents
agreements-other-intro = Ces documents ne sont pas des voies de transfèrement. Personne ne peut demander un transfèrement sur cette base.
agreements-count = { $count ->
    [one] { $count } accord
   *[other] { $count } accords
}
agreements-empty = Aucun accord n’est encore listé.
agreement-is-route-title = Cet accord est une voie de transfèrement
agreement-route-once-in-force-title = Ce que cet accord permettra une fois en vigueur
agreement-allows-label = Ce qu’il permet :
agreement-allows-text = Il permet aux pays parties de transférer une personne condamnée dans l’un d’eux vers un autre pays partie, en général le sien, pour y purger le reste de sa peine. Cela ne fonctionne que si l’accord est en vigueur pour les deux pays.
agreement-not-allows-label = Ce qu’il ne permet pas :
agreement-not-allows-text = Il ne donne aucun droit à être transféré : les deux pays décident au cas par cas. Le transfèrement ne met pas fin à la peine : le pays d’origine continue à l’exécuter selon son propre droit. Selon l’accord, ce pays peut adapter ou convertir la peine, ses propres règles de libération anticipée s’appliquent, et une grâce reste possible. Lisez l’accord et notre guide sur ce qui se passe après un transfèrement.
# What the sentenced person's consent means under this instrument; chosen by the agreement's `consent` data
# ("required" | "not-required" | "unknown") once the engine reads it.
agreement-consent-required = Consentement : la personne condamnée doit accepter le transfèrement.
agreement-consent-not-required = Consentement : dans les cas que prévoit cet accord, un transfèrement peut avoir lieu sans le consentement de la personne condamnée. Son avis peut devoir être entendu.
agreement-consent-unknown = Consentement : nous ne savons pas si cet accord exige le consentement de la personne condamnée. Demandez-le à l’autorité centrale de l’un des deux pays.
agreement-not-route-title = Ce document ne permet PAS de demander un transfèrement.
agreement-not-route-text = Ce document aide les pays à coopérer, mais personne ne peut demander un transfèrement sur cette base. Cherchez plutôt un traité ou une convention en vigueur.
agreement-signed-not-in-force = Signé le { $date }, mais pas encore en vigueur. Aucun transfèrement n’est possible sur cette base tant qu’il n’est pas en vigueur.
agreement-in-force-unknown-notice = Nos sources ne disent pas si cet accord est entré en vigueur. Il est peut-être déjà utilisable. Renseignez-vous auprès de l’autorité centrale de l’un des deux pays avant de vous y fier.
agreement-facts-title = L’essentiel
agreement-signed = Signature
agreement-in-force = En vigueur depuis le
agreement-not-in-force = Pas encore en vigueur
agreement-in-force-unknown = Non confirmé : il est peut-être en vigueur
agreement-in-force-undated = En vigueur (date non relevée : voir les parties ci-dessous)
agreement-text = Texte officiel
agreement-text-link = Lire le texte officiel
parties-title = Parties
parties-caption = Pays listés comme parties : { $count }
parties-count = { $count ->
    [one] { $count } partie
   *[other] { $count } parties
}
parties-in-force-count = { $count ->
    [0] en vigueur pour aucune
    [one] en vigueur pour { $count }
   *[other] en vigueur pour { $count }
}
parties-partial = Cette liste n’est pas complète. Un pays absent ici peut quand même être partie.
parties-none = Aucune partie n’est encore listée.

## Recherche de voie de transfèrement
finder-form-title = Trouver une voie de transfèrement
finder-detained-in = Pays de détention
finder-national-of = Nationalité
finder-choose = Choisir un pays
finder-submit = Voir la réponse
finder-not-listed = Si un pays n’est pas dans la liste, nous n’avons trouvé aucun accord de transfèrement pour lui. Notre liste peut être incomplète.
finder-list-title = Où la personne est-elle détenue ?
finder-list-intro = Choisissez le pays de détention pour voir la réponse pour chaque nationalité.
finder-answer-title = Pays de détention : { $detained }. Nationalité : { $national }.
finder-same-country = La personne est détenue dans son propre pays. Aucun transfèrement n’est nécessaire.
finder-more = Voir la réponse complète
finder-error = La réponse n’a pas pu être chargée. Ouvrez plutôt la page du pays de détention.
finder-loading = Chargement…

## Réponses
route-key-title = Ce que veulent dire les réponses
route-explain-in-force = Un accord est en vigueur pour les deux pays. Vous pouvez demander un transfèrement.
route-explain-unknown = Nos données ne disent pas si un accord est en vigueur pour les deux pays. Il est peut-être déjà utilisable. Renseignez-vous auprès de l’autorité centrale avant de vous y fier, dans un sens comme dans l’autre.
route-explain-none = Nous n’avons trouvé aucun accord entre les deux pays. Notre liste peut être incomplète, cela ne prouve donc pas qu’il n’en existe aucun : demandez au consulat ou à l’autorité centrale.
route-explain-unverified = Une partie de cette information vient d’une source que nous n’avons pas pu vérifier. Faites-la confirmer par les autorités.
route-answers-title = Réponses par nationalité
route-answers-caption = Pays de détention : { $country }. Réponses par nationalité.
route-none-title = Pays de détention : { $country }. Aucun accord trouvé
route-none-text = Nous n’avons trouvé aucun accord entre le pays de détention ({ $country }) et les pays ci-dessous. Notre liste peut être incomplète : demandez au consulat avant de conclure qu’aucun transfèrement n’est possible.
route-none-country-link = Ce que nous savons de ce pays : { $country }
next-step-in-force = Demander un transfèrement à la prison ou à l’autorité centrale.
next-step-unknown = Demander à l’autorité centrale si l’accord est en vigueur avant de faire la demande.
next-step-none = Demander conseil au consulat.

## Page introuvable
not-found-title = Page introuvable
not-found-text = Cette page n’existe pas ou a été déplacée. Essayez l’un de ces liens.
not-found-home = Page d’accueil

## Search
search-title = Recherche
search-label = Rechercher sur ce site
search-button = Rechercher
search-loading = Chargement de l’index de recherche…
search-no-results = Aucune page ne correspond à votre recherche. Essayez un autre mot, ou parcourez toutes les pages ci-dessous.
search-error = La recherche n’a pas pu être chargée. Parcourez toutes les pages ci-dessous.
search-results-title = Résultats
search-index-title = Toutes les pages

## The three answers a family gets, and the words that must not contradict them
answer-in-force = Un transfèrement peut être demandé maintenant
answer-not-yet = Pas encore
answer-not-yet-from = Pas encore : possible à partir du { $date }
answer-unknown = Nous ne savons pas : renseignez-vous
answer-none = Aucun accord connu
answer-not-route = Pas une voie de transfèrement
route-explain-not-yet = Signé, mais pas encore en vigueur pour les deux pays, ou en vigueur seulement à partir d’une date annoncée. Aucun transfèrement ne peut être demandé sur cette base avant cette date.
next-step-not-yet = Pas encore possible. Demander au consulat.
status-pending = En vigueur à partir du { $date }
agreement-in-force-from-notice = Entrée en vigueur annoncée pour le { $date }. Aucun transfèrement ne peut être demandé sur cette base avant cette date.
agreement-now-notice = En vigueur : un transfèrement peut être demandé maintenant entre les pays pour lesquels il est en vigueur (voir les parties ci-dessous).
shortcode-status = { $title } : { $answer } (vérifié le { $date }).
shortcode-status-undated = { $title } : { $answer }.
status-phrases-in-force = est en vigueur | est entré en vigueur le | est entrée en vigueur le | peut être utilisé pour des transfèrements
status-phrases-not-yet = pas encore en vigueur | n’est pas en vigueur | ne peut pas encore être utilisé | signé, pas en vigueur

## Translations (issue 26): the notices of stale and reviewed translations.
translation-stale-notice = L’original de cette page a été mis à jour le { $date }, après cette traduction. La traduction n’est peut-être plus à jour.
translation-stale-notice-undated = L’original de cette page a été mis à jour après cette traduction. La traduction n’est peut-être plus à jour.
translation-stale-link = Lire l’original mis à jour
translation-reviewed-notice = Cette traduction a été relue par une personne, mais n’est pas encore approuvée comme définitive.

## Publishing: report a mistake, statements in the footer (issue 25)
feedback-link = Une erreur sur cette page ?
feedback-subject = Erreur sur une page
nav-statements = Déclarations

## À qui écrire (ticket 21) : contacts en haut des pages de pays et à la fin de chaque réponse,
## et que faire quand le site ne connaît aucun contact.
contacts-answer-title = À qui écrire
contacts-answer-intro = Écrivez aux deux pays. L’autorité centrale reçoit les demandes de transfèrement et en décide ; le service consulaire (ambassade ou consulat) aide votre proche et peut transmettre une demande. Chaque contact indique où et quand nous l’avons lu.
contacts-answer-link = À qui écrire
contacts-none-central-authority = Nous n’avons pas de contact vérifié pour l’autorité centrale de ce pays : { $country }. Demandez à son ambassade ou à son consulat, ou à la prison, quel service reçoit les demandes de transfèrement, ou consultez le site de son ministère de la Justice.
contacts-none-consular = Nous n’avons pas de contact consulaire vérifié pour ce pays : { $country }. Adressez-vous à son ambassade ou à son consulat dans le pays de détention ({ $place }) ; le site de son ministère des Affaires étrangères en donne la liste.
contacts-none-consular-home = Nous n’avons pas de contact consulaire vérifié pour ce pays : { $country }. Le site de son ministère des Affaires étrangères donne la liste de ses ambassades et consulats.
contacts-none-others = Pour les autres nationalités de cette page, nous n’avons pas encore de contact vérifié. Adressez-vous à l’ambassade ou au consulat du pays de votre proche dans le pays de détention ({ $place }), ou consultez le site du ministère des Affaires étrangères de ce pays.
contact-role-prison-service = Administration pénitentiaire
contact-role-support = Soutien aux familles
contact-notes = À savoir :
contact-source-named = Source : { $title }
