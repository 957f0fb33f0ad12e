#!/usr/bin/env python3
"""Generate a synthetic Homeward site, and the same content as a Hugo site, for benchmarks.

    bench/generate.py --pages 10000 --out /tmp/site-10k [--langs en,fr,nl,de,km] [--seed 1]

writes

    OUT/homeward/  site.toml, content/, themes -> the repository's themes/
    OUT/homeward-minimal/  the same site (content -> ../homeward/content) rendered with
                   bench/minimal-theme/: templates that show what Hugo's minimal layouts show
    OUT/hugo/      hugo.toml, content/ (same Markdown bodies), layouts/ (minimal templates)

`--pages` counts Markdown files (every translation is a page): N files make N / L logical pages,
each translated into all L languages. The sections are those of the real site: countries/ (with
[country] tables, real ISO codes from data/countries.tsv), agreements/ (with [agreement] tables:
bilateral, a few multilateral, an EU instrument and memoranda), news/ (dated), guides/, routes/
(its _index.md only: Homeward derives the route pages) and the home page. Bodies have headings,
paragraphs, lists, tables and `@/section/file.md` links between pages; the Hugo copy has the same
bodies with those links turned into plain root-relative links. Words come from bench/words.json
(taken from the real site's text in each language), so Khmer pages are in Khmer script.

The output is deterministic for a given seed, page count and language list.
"""

import argparse
import datetime as dt
import json
import os
import random
import re
import shutil
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
TODAY = dt.date.today()

LANG_INFO = {
    "en": ("English", "Homeward: serving a sentence closer to home"),
    "fr": ("Français", "Homeward : purger sa peine plus près des siens"),
    "nl": ("Nederlands", "Homeward: je straf uitzitten dichter bij huis"),
    "de": ("Deutsch", "Homeward: die Strafe näher an der Heimat verbüßen"),
    "km": ("ខ្មែរ", "Homeward៖ ការជាប់ទោសនៅជិតផ្ទះ"),
    "lo": ("ລາວ", "Homeward: ຮັບໂທດຢູ່ໃກ້ບ້ານ"),
    "ar": ("العربية", "Homeward"),
}

# Section titles, per language.
SECTIONS = {
    "countries": {"en": "Countries", "fr": "Pays", "nl": "Landen", "de": "Länder", "km": "ប្រទេស"},
    "agreements": {"en": "Agreements", "fr": "Accords", "nl": "Verdragen", "de": "Abkommen", "km": "កិច្ចព្រមព្រៀង"},
    "news": {"en": "News", "fr": "Actualités", "nl": "Nieuws", "de": "Aktuelles", "km": "ព័ត៌មាន"},
    "guides": {"en": "Guides", "fr": "Guides", "nl": "Gidsen", "de": "Leitfäden", "km": "មគ្គុទ្ទេសក៍"},
    "routes": {"en": "Route finder", "fr": "Trouver une voie", "nl": "Routezoeker", "de": "Wegfinder", "km": "ឧបករណ៍ស្វែងរកផ្លូវ"},
}
HOME = {"en": "Home", "fr": "Accueil", "nl": "Home", "de": "Startseite", "km": "ទំព័រដើម"}

# Title patterns per language; {a}, {b}: country names, {n}: a number making the title unique.
# Khmer titles put the number first: Khmer takes three bytes a letter, so a long title's slug
# is cut at Homeward's 180-byte limit, and a number at the end would be cut off with it
# (two pages with one URL, which Homeward rightly refuses).
BILATERAL = {
    "en": "Treaty between {a} and {b} on the Transfer of Sentenced Persons (no. {n})",
    "fr": "Traité entre {a} et {b} sur le transfèrement des personnes condamnées (n° {n})",
    "nl": "Verdrag tussen {a} en {b} inzake de overbrenging van gevonniste personen (nr. {n})",
    "de": "Vertrag zwischen {a} und {b} über die Überstellung verurteilter Personen (Nr. {n})",
    "km": "សន្ធិសញ្ញាលេខ {n} រវាង {a} និង {b} ស្តីពីការផ្ទេរទណ្ឌិត",
}
MEMORANDUM = {
    "en": "Memorandum on prison cooperation between {a} and {b} (no. {n})",
    "fr": "Mémorandum de coopération pénitentiaire entre {a} et {b} (n° {n})",
    "nl": "Memorandum over samenwerking tussen gevangenisdiensten van {a} en {b} (nr. {n})",
    "de": "Absichtserklärung über Zusammenarbeit im Strafvollzug zwischen {a} und {b} (Nr. {n})",
    "km": "អនុស្សរណៈលេខ {n} ស្តីពីកិច្ចសហប្រតិបត្តិការពន្ធនាគាររវាង {a} និង {b}",
}
MULTILATERAL = {
    "en": "Convention on the Transfer of Sentenced Persons, regional instrument no. {n}",
    "fr": "Convention sur le transfèrement des personnes condamnées, instrument régional n° {n}",
    "nl": "Verdrag inzake de overbrenging van gevonniste personen, regionaal instrument nr. {n}",
    "de": "Übereinkommen über die Überstellung verurteilter Personen, regionales Instrument Nr. {n}",
    "km": "អនុសញ្ញាស្តីពីការផ្ទេរទណ្ឌិត ឧបករណ៍តំបន់លេខ {n}",
}
NEWS = {
    "en": "{a} and {b}: {w} (item {n})",
    "fr": "{a} et {b} : {w} (n° {n})",
    "nl": "{a} en {b}: {w} (nr. {n})",
    "de": "{a} und {b}: {w} (Nr. {n})",
    "km": "លេខ {n}៖ {a} និង {b}៖ {w}",
}
GUIDE = {
    "en": "Guide {n}: {w}",
    "fr": "Guide {n} : {w}",
    "nl": "Gids {n}: {w}",
    "de": "Leitfaden {n}: {w}",
    "km": "មគ្គុទ្ទេសក៍ទី {n}៖ {w}",
}
COUNTRY = {"en": "{a}", "fr": "{a}", "nl": "{a}", "de": "{a}", "km": "ប្រទេស {a}"}
SEE = {"en": "see", "fr": "voir", "nl": "zie", "de": "siehe", "km": "សូមមើល"}


def pattern(table, lang):
    return table.get(lang, table["en"])


def ascii_slug(text):
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def toml_str(s):
    return json.dumps(s, ensure_ascii=False)


def load_countries():
    rows = []
    with open(REPO / "data" / "countries.tsv", encoding="utf-8") as f:
        header = None
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            cells = line.rstrip("\n").split("\t")
            if header is None:
                header = cells
                continue
            row = dict(zip(header, cells))
            rows.append((row["alpha2"], row["english_name"]))
    return rows


class Text:
    """Random text in one language from a Zipf-weighted word list."""

    def __init__(self, rng, words):
        self.rng = rng
        self.words = {lang: ws for lang, ws in words.items()}
        self.weights = {lang: [1.0 / (i + 1) for i in range(len(ws))] for lang, ws in words.items()}

    def pick(self, lang, k):
        ws = self.words.get(lang) or self.words["en"]
        wt = self.weights.get(lang) or self.weights["en"]
        return self.rng.choices(ws, wt, k=k)

    def phrase(self, lang, lo, hi):
        return " ".join(self.pick(lang, self.rng.randint(lo, hi)))

    def sentence(self, lang):
        s = self.phrase(lang, 7, 18)
        if lang == "km":
            return s + "។"
        return s[:1].upper() + s[1:] + "."

    def heading(self, lang):
        s = self.phrase(lang, 2, 6)
        return s if lang == "km" else s[:1].upper() + s[1:]


class Site:
    def __init__(self, pages, langs, seed):
        self.rng = random.Random(seed)
        self.langs = langs
        self.text = Text(self.rng, json.loads((HERE / "words.json").read_text(encoding="utf-8")))
        self.countries = load_countries()
        self.name = dict(self.countries)
        logical = max(pages // len(langs), 12)
        rest = logical - 6  # home page and five section pages
        n_countries = min(len(self.countries), max(4, rest * 12 // 100))
        n_agreements = max(4, rest * 20 // 100)
        n_news = max(1, rest * 35 // 100)
        n_guides = max(1, rest - n_countries - n_agreements - n_news)
        self.plan = (n_countries, n_agreements, n_news, n_guides)
        # Pages: (section, stem, front matter by language, kind) filled in below.
        self.pages = []
        self.targets = []  # every linkable "section/stem" (default-language path)

    # ---- dates -------------------------------------------------------------
    def date(self, start=1985, end=2025):
        a = dt.date(start, 1, 1).toordinal()
        b = dt.date(end, 12, 31).toordinal()
        return dt.date.fromordinal(self.rng.randint(a, b))

    def later(self, d, max_days=900):
        limit = dt.date(2025, 12, 31)
        return min(limit, d + dt.timedelta(days=self.rng.randint(30, max_days)))

    # ---- content plan ------------------------------------------------------
    def build_plan(self):
        n_countries, n_agreements, n_news, n_guides = self.plan
        rng = self.rng
        codes = [c for c, _ in self.countries]
        chosen = rng.sample(self.countries, n_countries)
        self.country_pages = []
        for code, name in chosen:
            self.country_pages.append((ascii_slug(name) or code.lower(), code, name))
        self.agreements = []
        n_multi = min(max(2, n_agreements // 150), 12)
        n_memo = max(1, n_agreements // 25)
        for i in range(n_agreements):
            n = i + 1
            if i < n_multi:
                kind = "eu-instrument" if i == 1 else "multilateral"
                parties = rng.sample(codes, rng.randint(10, 60))
                stem = f"regional-convention-{n}"
                agr_id = f"regional-{n}"
            else:
                kind = "memorandum" if i < n_multi + n_memo else "bilateral"
                parties = rng.sample(codes, 2)
                a, b = (self.name[p] for p in parties)
                stem = f"{ascii_slug(a)}-{ascii_slug(b)}-{n}"
                agr_id = f"{parties[0].lower()}-{parties[1].lower()}-{n}"
            self.agreements.append((stem, agr_id, kind, parties, n))
        self.news = [f"item-{i + 1}" for i in range(n_news)]
        self.guides = [f"guide-{i + 1}" for i in range(n_guides)]
        self.targets = (
            ["countries/_index", "agreements/_index", "news/_index", "guides/_index", "routes/_index"]
            + [f"countries/{s}" for s, _, _ in self.country_pages]
            + [f"agreements/{a[0]}" for a in self.agreements]
            + [f"news/{s}" for s in self.news]
            + [f"guides/{s}" for s in self.guides]
        )

    # ---- bodies ------------------------------------------------------------
    def link(self, lang):
        target = self.rng.choice(self.targets)
        return f"[{self.text.phrase(lang, 1, 4)}](@/{target}.md)"

    def paragraph(self, lang, links):
        parts = [self.text.sentence(lang) for _ in range(self.rng.randint(2, 5))]
        for _ in range(links):
            i = self.rng.randrange(len(parts))
            parts[i] = parts[i] + f" ({SEE.get(lang, 'see')} {self.link(lang)})"
        if self.rng.random() < 0.4:
            i = self.rng.randrange(len(parts))
            parts[i] = f"**{parts[i]}**"
        # Wrap at about 100 columns, as the real content is.
        words, lines, line = " ".join(parts).split(" "), [], ""
        for w in words:
            if line and len(line) + 1 + len(w) > 100:
                lines.append(line)
                line = w
            else:
                line = f"{line} {w}" if line else w
        lines.append(line)
        return "\n".join(lines)

    def body(self, lang, heavy=False):
        rng, t = self.rng, self.text
        out = [self.paragraph(lang, 1)]
        for _ in range(rng.randint(2, 4) + (1 if heavy else 0)):
            out.append(f"## {t.heading(lang)}")
            out.append(self.paragraph(lang, rng.randint(0, 1)))
            r = rng.random()
            if r < 0.35:
                out.append("\n".join(f"- {t.phrase(lang, 3, 10)}" + (f" ({self.link(lang)})" if rng.random() < 0.2 else "")
                                     for _ in range(rng.randint(3, 6))))
            elif r < 0.5:
                out.append("\n".join(f"{k + 1}. {t.phrase(lang, 3, 10)}" for k in range(rng.randint(3, 5))))
            elif r < 0.65:
                cols = rng.randint(2, 4)
                rows = ["| " + " | ".join(t.phrase(lang, 1, 2) for _ in range(cols)) + " |",
                        "|" + "---|" * cols]
                for _ in range(rng.randint(2, 6)):
                    rows.append("| " + " | ".join(t.phrase(lang, 1, 4) for _ in range(cols)) + " |")
                out.append("\n".join(rows))
            if rng.random() < 0.5:
                out.append(f"### {t.heading(lang)}")
                out.append(self.paragraph(lang, rng.randint(0, 1)))
        return "\n\n".join(out) + "\n"

    def sources(self, k):
        lines = []
        for _ in range(k):
            n = self.rng.randint(1, 99999)
            lines += ["", "[[sources]]", f"title = {toml_str('Official source ' + str(n))}",
                      f'url = "https://example.org/sources/{n}"', f"checked = {self.checked()}"]
        return lines

    def title_words(self, lang, lo, hi):
        # A slug is one path component: keep it well under 255 bytes (Khmer is 3 bytes a letter).
        # Khmer words taken from the real text can be whole phrases: leave out the long ones.
        words = []
        while len(words) < self.rng.randint(lo, hi):
            w = self.text.pick(lang, 1)[0]
            if len(w.encode()) <= 45:
                words.append(w)
        while len(" ".join(words).encode()) > 90 and len(words) > 1:
            words.pop()
        return " ".join(words)

    def checked(self):
        # Homeward warns about statuses checked over a year ago: keep them within the year.
        return TODAY - dt.timedelta(days=self.rng.randint(1, 300))

    def describe(self, lang):
        return toml_str(self.text.sentence(lang))

    # ---- pages -------------------------------------------------------------
    def emit(self):
        """Yields (relative path without .md, lang, front matter lines, body, hugo extras)."""
        rng = self.rng
        default = self.langs[0]
        t = self.text

        def translated(section, stem, title_of, extra_default, heavy=False, weight=None, date=None):
            for lang in self.langs:
                fm = [f"title = {toml_str(title_of(lang))}", f"description = {self.describe(lang)}"]
                if lang == default:
                    if weight is not None:
                        fm.append(f"weight = {weight}")
                    if date is not None:
                        fm.append(f"date = {date}")
                    fm += extra_default()
                elif rng.random() < 0.5:
                    fm.append('translation = "machine"')
                if rng.random() < 0.3:
                    fm += self.sources(rng.randint(1, 3))
                path = f"{section}/{stem}" if section else stem
                yield path, lang, fm, self.body(lang, heavy), {"weight": weight, "date": date}

        # Home and section pages.
        yield from translated("", "_index", lambda l: pattern(HOME, l), lambda: [])
        for section, titles in SECTIONS.items():
            yield from translated(section, "_index", lambda l, ti=titles: ti.get(l, ti["en"]), lambda: [])

        for k, (stem, code, name) in enumerate(self.country_pages):
            def extra(code=code):
                lines = ["", "[country]", f'code = "{code}"']
                for _ in range(rng.randint(0, 2)):
                    role = rng.choice(["central-authority", "consular", "prison-service", "other"])
                    lines += ["", "[[country.contacts]]", f'role = "{role}"',
                              f"name = {toml_str('Ministry of Justice, office ' + str(rng.randint(1, 999)))}",
                              f'url = "https://justice.example.org/{code.lower()}/"',
                              f'email = "transfer@{code.lower()}.example.org"',
                              f'phone = "+{rng.randint(10, 999)} {rng.randint(1000000, 9999999)}"',
                              f'source = "https://example.org/contacts/{code.lower()}"',
                              f"checked = {self.checked()}"]
                return lines
            yield from translated("countries", stem, lambda l, a=name: pattern(COUNTRY, l).format(a=a),
                                  extra, heavy=True, weight=k + 1)

        for stem, agr_id, kind, parties, n in self.agreements:
            names = [self.name[p] for p in parties]
            if kind in ("multilateral", "eu-instrument"):
                title = lambda l, n=n: pattern(MULTILATERAL, l).format(n=n)
            elif kind == "memorandum":
                title = lambda l, a=names[0], b=names[1], n=n: pattern(MEMORANDUM, l).format(a=a, b=b, n=n)
            else:
                title = lambda l, a=names[0], b=names[1], n=n: pattern(BILATERAL, l).format(a=a, b=b, n=n)

            def extra(agr_id=agr_id, kind=kind, parties=parties):
                signed = self.date(1985, 2023)
                lines = ["", "[agreement]", f'id = "{agr_id}"', f'kind = "{kind}"',
                         f"signed_place = {toml_str(t.heading('en'))}", f"signed = {signed}"]
                in_force_all = kind != "memorandum" and rng.random() < 0.6
                general = self.later(signed, 1500)
                if in_force_all:
                    lines.append(f"in_force = {general}")
                if rng.random() < 0.5:
                    lines.append(f'text_url = "https://treaties.example.org/{agr_id}"')
                lines += [f"parties_complete = {'true' if rng.random() < 0.7 else 'false'}",
                          f"checked = {self.checked()}",
                          f'source = "https://treaties.example.org/status/{agr_id}"',
                          f"source_title = {toml_str('Treaty database: ' + agr_id)}"]
                for p in parties:
                    lines += ["", "[[agreement.parties]]", f'country = "{p}"']
                    ps = signed if kind != "multilateral" else self.later(signed, 3000)
                    lines.append(f"signed = {ps}")
                    if kind == "memorandum":
                        continue
                    r = rng.random()
                    if in_force_all or r < 0.5:
                        ratified = self.later(ps, 700)
                        in_force = self.later(ratified, 200)
                        lines.append(f"ratified = {ratified}")
                        lines.append(f"in_force = {in_force}")
                        if rng.random() < 0.03:
                            lines.append(f"denounced = {self.later(in_force, 3000)}")
                    elif r < 0.7:
                        lines.append(f"ratified = {self.later(ps, 700)}")
                    if rng.random() < 0.1:
                        lines.append("unverified = true")
                    if rng.random() < 0.2:
                        lines.append(f"notes = {toml_str(t.sentence('en'))}")
                return lines
            yield from translated("agreements", stem, title, extra, heavy=True, weight=n)

        for k, stem in enumerate(self.news):
            a, b = rng.sample([n for _, n in self.countries], 2)
            words = {l: self.title_words(l, 2, 5) for l in self.langs}
            date = self.date(2000, 2025)
            refs = rng.sample(self.agreements, min(2, len(self.agreements)))

            def extra(refs=refs):
                codes = sorted({p for r in refs for p in r[3][:2]})
                return [f"countries = [{', '.join(toml_str(c) for c in codes)}]",
                        f"agreements = [{', '.join(toml_str(r[1]) for r in refs)}]"]
            yield from translated("news", stem,
                                  lambda l, a=a, b=b, w=words, n=k + 1: pattern(NEWS, l).format(a=a, b=b, w=w[l], n=n),
                                  extra, date=date)

        for k, stem in enumerate(self.guides):
            words = {l: self.title_words(l, 2, 6) for l in self.langs}
            yield from translated("guides", stem,
                                  lambda l, w=words, n=k + 1: pattern(GUIDE, l).format(w=w[l], n=n),
                                  lambda: [], weight=k + 1)


# ---- writers ---------------------------------------------------------------

LINK = re.compile(r"\]\(@/([^)#]+)\.md(#[^)]*)?\)")


def hugo_link(lang, default):
    prefix = "" if lang == default else f"/{lang}"

    def sub(m):
        target = m.group(1)
        if target.endswith("/_index"):
            target = target[: -len("/_index")]
        return f"]({prefix}/{target}/{m.group(2) or ''})"
    return sub


def file_name(path, lang, default):
    return f"{path}.md" if lang == default else f"{path}.{lang}.md"


def write_hugo_config(root, langs):
    default = langs[0]
    lines = ['baseURL = "https://transfer.example.org/"', f'defaultContentLanguage = "{default}"',
             "defaultContentLanguageInSubdir = false",
             # Homeward has no taxonomies and its only feeds are the news feeds: Hugo's taxonomy,
             # term and RSS pages are left out so Hugo does no more (sitemap and robots.txt stay:
             # Homeward writes both).
             'disableKinds = ["taxonomy", "term", "RSS"]',
             "enableRobotsTXT = true", ""]
    for i, lang in enumerate(langs):
        name, title = LANG_INFO.get(lang, (lang, "Homeward"))
        lines += [f"[languages.{lang}]", f"languageName = {toml_str(name)}",
                  f"title = {toml_str(title)}", f"weight = {i + 1}", ""]
    lines += ["[markup.goldmark.renderer]", "unsafe = false", ""]
    (root / "hugo.toml").write_text("\n".join(lines), encoding="utf-8")
    layouts = root / "layouts" / "_default"
    layouts.mkdir(parents=True, exist_ok=True)
    (layouts / "baseof.html").write_text("""<!DOCTYPE html>
<html lang="{{ .Language.Lang }}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ .Title }} · {{ .Site.Title }}</title>
{{ with .Description }}<meta name="description" content="{{ . }}">{{ end }}
{{ range .AllTranslations }}<link rel="alternate" hreflang="{{ .Language.Lang }}" href="{{ .Permalink }}">
{{ end }}</head>
<body>
<header>
<a href="{{ .Site.Home.RelPermalink }}">{{ .Site.Title }}</a>
<nav aria-label="Languages"><ul>
{{ range .AllTranslations }}<li><a href="{{ .RelPermalink }}" hreflang="{{ .Language.Lang }}" lang="{{ .Language.Lang }}"{{ if eq .Language.Lang $.Language.Lang }} aria-current="true"{{ end }}>{{ .Language.LanguageName }}</a></li>
{{ end }}</ul></nav>
</header>
<main>
<h1>{{ .Title }}</h1>
{{ block "main" . }}{{ end }}
</main>
</body>
</html>
""", encoding="utf-8")
    (layouts / "single.html").write_text("""{{ define "main" }}
{{ with .Date }}{{ if not $.Date.IsZero }}<p><time datetime="{{ $.Date.Format "2006-01-02" }}">{{ $.Date.Format "2 January 2006" }}</time></p>{{ end }}{{ end }}
{{ .Content }}
{{ end }}
""", encoding="utf-8")
    list_html = """{{ define "main" }}
{{ .Content }}
<ul>
{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ with .Description }}: {{ . }}{{ end }}</li>
{{ end }}</ul>
{{ end }}
"""
    (layouts / "list.html").write_text(list_html, encoding="utf-8")
    (root / "layouts" / "index.html").write_text(
        '{{ define "main" }}\n{{ .Content }}\n<ul>\n{{ range .Site.Sections }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>\n{{ end }}</ul>\n{{ end }}\n',
        encoding="utf-8")
    (root / "layouts" / "404.html").write_text('{{ define "main" }}<p>404</p>{{ end }}\n', encoding="utf-8")


def write_homeward_config(root, langs, copy_themes=False):
    default = langs[0]
    lines = ['base_url = "https://transfer.example.org"', f'default_language = "{default}"',
             'theme = "default"', 'root = "default-language"', ""]
    for lang in [default] + sorted(l for l in langs if l != default):
        name, title = LANG_INFO.get(lang, (lang, "Homeward"))
        lines += [f"[languages.{lang}]", f"name = {toml_str(name)}", f"title = {toml_str(title)}", ""]
    (root / "site.toml").write_text("\n".join(lines), encoding="utf-8")
    # Copied, never linked: Homeward refuses a link out of the site root (E0124). The option is
    # kept so older command lines still work.
    del copy_themes
    shutil.copytree(REPO / "themes", root / "themes")


def write_homeward_minimal(root, langs):
    """The Homeward site again, rendered with bench/minimal-theme/ (the same page parts as the
    Hugo layouts above: title, description, hreflang links, a language switcher, the body, a
    date, the pages of a list), so the two engines can be compared doing the same work. The
    interface strings are the default theme's: the engine requires them for every language."""
    root.mkdir(parents=True)
    write_homeward_config(root, langs)
    shutil.rmtree(root / "themes")
    config = (root / "site.toml").read_text(encoding="utf-8")
    (root / "site.toml").write_text(config.replace('theme = "default"', 'theme = "minimal"'), encoding="utf-8")
    theme = root / "themes" / "minimal"
    shutil.copytree(HERE / "minimal-theme" / "templates", theme / "templates")
    shutil.copytree(REPO / "themes" / "default" / "i18n", theme / "i18n")
    # Hard links (the same files, no copy of the bytes): a symbolic link out of the site root is
    # refused (E0124).
    shutil.copytree(root.parent / "homeward" / "content", root / "content", copy_function=os.link)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pages", type=int, required=True, help="Markdown files to write (all languages)")
    ap.add_argument("--out", type=Path, required=True, help="folder to create (replaced if it exists)")
    ap.add_argument("--langs", default="en,fr,nl,de,km", help="language codes, default language first")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--no-hugo", action="store_true", help="do not write the Hugo copy")
    ap.add_argument("--copy-themes", action="store_true",
                    help="copy themes/ instead of symlinking it (a benchmark run then does not see "
                         "edits made to the theme while it runs)")
    args = ap.parse_args()
    langs = [l.strip() for l in args.langs.split(",") if l.strip()]
    for lang in langs:
        if lang not in LANG_INFO:
            sys.exit(f"unknown language {lang}: the default theme has {', '.join(LANG_INFO)}")

    out = args.out
    if out.exists():
        shutil.rmtree(out)
    hw = out / "homeward"
    hg = out / "hugo"
    (hw / "content").mkdir(parents=True)
    write_homeward_config(hw, langs, args.copy_themes)
    if not args.no_hugo:
        (hg / "content").mkdir(parents=True)
        write_hugo_config(hg, langs)

    site = Site(args.pages, langs, args.seed)
    site.build_plan()
    default = langs[0]
    count = 0
    made_dirs = set()
    for path, lang, fm, body, extras in site.emit():
        name = file_name(path, lang, default)
        text = "+++\n" + "\n".join(fm) + "\n+++\n\n" + body
        for root in ([hw] if args.no_hugo else [hw, hg]):
            target = root / "content" / name
            if target.parent not in made_dirs:
                target.parent.mkdir(parents=True, exist_ok=True)
                made_dirs.add(target.parent)
            if root is hg:
                # Hugo takes no field from the default-language file: give each translation
                # the date and weight Homeward would take from it.
                inherited = [f"{k} = {v}" for k, v in extras.items() if v is not None and lang != default]
                text_out = "+++\n" + "\n".join(inherited + fm) + "\n+++\n\n" + body
                text_out = LINK.sub(hugo_link(lang, default), text_out)
            else:
                text_out = text
            target.write_text(text_out, encoding="utf-8")
        count += 1
    write_homeward_minimal(out / "homeward-minimal", langs)
    n_countries, n_agreements, n_news, n_guides = site.plan
    print(json.dumps({"pages": count, "languages": langs, "countries": n_countries,
                      "agreements": n_agreements, "news": n_news, "guides": n_guides,
                      "homeward": str(hw), "homeward_minimal": str(out / "homeward-minimal"),
                      "hugo": None if args.no_hugo else str(hg)}))


if __name__ == "__main__":
    main()
