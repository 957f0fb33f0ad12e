//! The table of diagnostic codes: the only place a code is defined. Add a row here for every
//! new code (the registry test fails until you do), then regenerate docs/diagnostics.md with
//! `homeward explain --all > docs/diagnostics.md`.
//!
//! Exit class, decided per code: a mistake an editor fixes by editing a file of the site
//! (site.toml, content, translations, the theme) is `Content` (exit 1). A problem with the
//! machine rather than the words is `Environment` (exit 2): no site where the command was run,
//! a file that cannot be read, an output folder that is refused or cannot be written, an
//! address or port that cannot be used, and a bad command-line argument (usage).

use super::Code;
use super::ExitClass::{Content, Environment};
use crate::diagnostic::Severity::{Error, Warning};

/// Every code, in code order (a test checks the order and that no code is listed twice).
pub(super) const CODES: &[Code] = &[
    Code {
        code: "E0001",
        severity: Error,
        // Environment: the command was run where there is no site, or site.toml cannot be read.
        exit: Environment,
        title: "Cannot read site.toml",
        explanation: "Homeward looks for `site.toml` in the folder it is run in, or in the folder \
            given with `--root`. This file says what the site is called, its address and its \
            languages; without it there is no site to build. Run the command in the site's \
            folder, pass `--root` with the right folder, or check that you may read the file.",
        wrong: ("sh", "cd ~/Documents\nhomeward build"),
        right: ("sh", "homeward build --root ~/Documents/homeward-site"),
    },
    Code {
        code: "E0002",
        severity: Error,
        exit: Content,
        title: "site.toml cannot be read as TOML",
        explanation: "`site.toml` is written in TOML: `key = value` lines, text in double \
            quotes, tables in square brackets. This line breaks those rules, so the whole file \
            cannot be read. Often a quote is missing or a key is misspelt; the message points \
            at the place and, for a misspelt key, suggests the right one.",
        wrong: (
            "toml",
            "base_url = https://transfer.example.org\ndefault_langauge = \"en\"",
        ),
        right: (
            "toml",
            "base_url = \"https://transfer.example.org\"\ndefault_language = \"en\"",
        ),
    },
    Code {
        code: "E0003",
        severity: Error,
        exit: Content,
        title: "base_url is not an absolute web address",
        explanation: "`base_url` is the address the site will be published at. It is used in \
            feeds, the sitemap and links shared on social media, so it must be a whole address \
            starting with `http://` or `https://`.",
        wrong: ("toml", "base_url = \"transfer.example.org\""),
        right: ("toml", "base_url = \"https://transfer.example.org\""),
    },
    Code {
        code: "E0004",
        severity: Error,
        exit: Content,
        title: "Unknown language code in site.toml",
        explanation: "Each language of the site is a `[languages.CODE]` table, where CODE is a \
            standard (BCP 47) language code such as `en`, `fr`, `km` or `ar`. Homeward uses the \
            code to choose dates, numbers, text direction and fonts, so it must be a real one.",
        wrong: ("toml", "[languages.english]\nname = \"English\""),
        right: ("toml", "[languages.en]\nname = \"English\""),
    },
    Code {
        code: "E0005",
        severity: Error,
        exit: Content,
        title: "A language is configured twice",
        explanation: "Two `[languages.CODE]` tables in `site.toml` name the same language (for \
            example `fr` and `FR`, which are the same). Each language must have one table, or \
            the site would not know which title and settings to use.",
        wrong: (
            "toml",
            "[languages.fr]\nname = \"Français\"\n\n[languages.FR]\nname = \"French\"",
        ),
        right: ("toml", "[languages.fr]\nname = \"Français\""),
    },
    Code {
        code: "E0006",
        severity: Error,
        exit: Content,
        title: "The default language has no table",
        explanation: "`default_language` names the language the originals are written in. That \
            language also needs its own `[languages.CODE]` table in `site.toml`, with its name \
            and title.",
        wrong: (
            "toml",
            "default_language = \"en\"\n\n[languages.fr]\nname = \"Français\"",
        ),
        right: (
            "toml",
            "default_language = \"en\"\n\n[languages.en]\nname = \"English\"\n\n[languages.fr]\nname = \"Français\"",
        ),
    },
    Code {
        code: "E0007",
        severity: Error,
        exit: Content,
        title: "A language has no site title",
        explanation: "Every language shows the site's title at the top of each page and in the \
            browser tab. Give it in the language's table, or once at the top of `site.toml` for \
            all languages.",
        wrong: ("toml", "[languages.nl]\nname = \"Nederlands\""),
        right: (
            "toml",
            "[languages.nl]\nname = \"Nederlands\"\ntitle = \"Homeward: je straf uitzitten dichter bij huis\"",
        ),
    },
    Code {
        code: "E0008",
        severity: Error,
        exit: Content,
        title: "Unknown or mismatched locale",
        explanation: "`locale` chooses how dates and numbers are written for a language, such \
            as `en-GB` for \"23 January 2026\". It must be a valid BCP 47 locale, and a form of \
            the language of its table: `fr-BE` can go in `[languages.fr]`, but not in \
            `[languages.en]`.",
        wrong: ("toml", "[languages.en]\nlocale = \"fr-BE\""),
        right: ("toml", "[languages.en]\nlocale = \"en-GB\""),
    },
    Code {
        code: "E0009",
        severity: Error,
        // Environment: a bad command-line option or environment variable (usage).
        exit: Environment,
        title: "The date given as today cannot be read",
        explanation: "`--today` or the environment variable `HOMEWARD_TODAY` tells Homeward to \
            build as if it were another day (for tests and reproducible builds). The date must \
            be written year-month-day. Leave both unset to use the real date.",
        wrong: ("sh", "HOMEWARD_TODAY=08/12/2026 homeward build"),
        right: ("sh", "HOMEWARD_TODAY=2026-12-08 homeward build"),
    },
    Code {
        code: "E0010",
        severity: Error,
        exit: Content,
        title: "Unknown translation state in min_translation",
        explanation: "`min_translation` in `site.toml` says which translations are good enough \
            to publish: `machine` (all), `reviewed` (checked by a person) or `final`. Any other \
            word is refused so that no unreviewed text is published by mistake.",
        wrong: ("toml", "min_translation = \"checked\""),
        right: ("toml", "min_translation = \"reviewed\""),
    },
    Code {
        code: "E0011",
        severity: Error,
        // Environment: `homeward explain` was given an argument that names no code (usage).
        exit: Environment,
        title: "Not a diagnostic code",
        explanation: "`homeward explain` takes a code as Homeward prints it, such as `E0103` \
            in `error[E0103]`: the letter E (error) or W (warning) and four digits. The code \
            given is not written that way, or no diagnostic has it; the help line suggests the \
            closest code when there is one. `homeward explain --all` lists every code.",
        wrong: ("sh", "homeward explain 103"),
        right: ("sh", "homeward explain E0103"),
    },
    Code {
        code: "E0020",
        severity: Error,
        exit: Content,
        title: "The feedback table needs one way to report a mistake",
        explanation: "`[feedback]` in `site.toml` tells readers how to report a mistake on a \
            page. It takes exactly one of `email`, `url` or `pending`. `pending` is for the time \
            before anyone answers reports, and must say why, so the choice is written down.",
        wrong: ("toml", "[feedback]\npending = \"\""),
        right: (
            "toml",
            "[feedback]\npending = \"the ministry has not yet named who answers\"",
        ),
    },
    Code {
        code: "E0021",
        severity: Error,
        exit: Content,
        title: "The feedback address is not valid",
        explanation: "The `email` of `[feedback]` must be an e-mail address alone, and its `url` \
            a whole web address starting with `http://` or `https://`. Readers are sent there to \
            report a mistake, so a broken address would lose their reports.",
        wrong: (
            "toml",
            "[feedback]\nemail = \"Corrections <corrections at ministry.example>\"",
        ),
        right: (
            "toml",
            "[feedback]\nemail = \"corrections@ministry.example\"",
        ),
    },
    Code {
        code: "E0022",
        severity: Error,
        exit: Content,
        title: "A redirect is not written as an address",
        explanation: "Each line of `[redirects]` sends an old address to the page's new one. \
            The old address must be a path of this site starting with `/`, without spaces, `?`, \
            `#` or `*`; the new one a path of this site or a whole `http(s)://` address.",
        wrong: ("toml", "[redirects]\n\"guides/old name\" = \"new-name\""),
        right: (
            "toml",
            "[redirects]\n\"/guides/old-name/\" = \"/guides/new-name/\"",
        ),
    },
    Code {
        code: "E0023",
        severity: Error,
        exit: Content,
        title: "A redirect would hide a page",
        explanation: "A redirect is for an address that no longer has a page. This one starts \
            at an address where the build still writes a page, so readers could never reach \
            that page. Remove the redirect, or rename the page.",
        wrong: (
            "toml",
            "[redirects]\n\"/guides/how-to-apply/\" = \"/guides/apply/\"",
        ),
        right: (
            "toml",
            "[redirects]\n\"/guides/how-to-ask/\" = \"/guides/how-to-apply/\"",
        ),
    },
    Code {
        code: "E0100",
        severity: Error,
        // Environment: the folder layout is missing, usually because the command was pointed
        // at the wrong folder, as with E0001.
        exit: Environment,
        title: "There is no content folder",
        explanation: "The pages of a site live in a folder called `content/` next to \
            `site.toml`, with an `_index.md` for the home page. Homeward found `site.toml` but \
            no `content/` folder: check that you are in the right folder, or create it.",
        wrong: ("text", "my-site/\n  site.toml\n  pages/_index.md"),
        right: ("text", "my-site/\n  site.toml\n  content/_index.md"),
    },
    Code {
        code: "E0101",
        severity: Error,
        exit: Content,
        title: "The file is empty",
        explanation: "A page file must start with its front matter: a `+++` line, at least a \
            `title`, and another `+++` line, then the text. An empty file is most often an \
            accident (a file created and never written); write the page or delete the file.",
        wrong: ("markdown", ""),
        right: (
            "markdown",
            "+++\ntitle = \"Visiting a prisoner abroad\"\n+++\n\nWhat to know before you go.",
        ),
    },
    Code {
        code: "E0102",
        severity: Error,
        exit: Content,
        title: "The front matter is missing or not closed",
        explanation: "A page starts with front matter between two lines holding only `+++`. \
            The first line of the file must be `+++`, and the front matter must be closed by \
            another `+++` line before the text begins.",
        wrong: ("markdown", "title = \"About\"\n\nWho we are."),
        right: ("markdown", "+++\ntitle = \"About\"\n+++\n\nWho we are."),
    },
    Code {
        code: "E0103",
        severity: Error,
        exit: Content,
        title: "Unknown front-matter key",
        explanation: "Front matter takes a fixed list of keys (`title`, `description`, `date`, \
            `draft`, ...). A key that is not on the list is refused rather than ignored: a \
            misspelt key would otherwise silently do nothing, and the page would not say what \
            you meant. The help line suggests the key you probably meant.",
        wrong: ("markdown", "+++\ntitel = \"How to apply\"\n+++"),
        right: ("markdown", "+++\ntitle = \"How to apply\"\n+++"),
    },
    Code {
        code: "E0104",
        severity: Error,
        exit: Content,
        title: "The front matter cannot be read as TOML",
        explanation: "Front matter is written in TOML: `key = value` lines, text in double \
            quotes, dates as year-month-day without quotes, tables in square brackets. This \
            line breaks those rules. Check the quotes, `=` signs and brackets on the line \
            shown.",
        wrong: ("markdown", "+++\ntitle = How to apply\n+++"),
        right: ("markdown", "+++\ntitle = \"How to apply\"\n+++"),
    },
    Code {
        code: "E0105",
        severity: Error,
        exit: Content,
        title: "Not a valid date",
        explanation: "Dates are written year-month-day, such as `2026-01-23`, without quotes. \
            This one is a time rather than a date, or a day that does not exist (a 31 April or a \
            13th month).",
        wrong: ("toml", "date = 2026-04-31"),
        right: ("toml", "date = 2026-04-30"),
    },
    Code {
        code: "E0106",
        severity: Error,
        exit: Content,
        title: "The page has no title",
        explanation: "Every page needs a `title` in its front matter: it is the page's heading, \
            its name in the browser tab, in menus and in search results.",
        wrong: ("markdown", "+++\ndescription = \"What to bring.\"\n+++"),
        right: (
            "markdown",
            "+++\ntitle = \"Visiting\"\ndescription = \"What to bring.\"\n+++",
        ),
    },
    Code {
        code: "E0107",
        severity: Error,
        exit: Content,
        title: "A value has the wrong type",
        explanation: "Each key takes one kind of value: text in double quotes, dates without \
            quotes, `true` or `false` without quotes, numbers without quotes, lists in square \
            brackets. This value is of another kind than its key takes.",
        wrong: ("toml", "draft = \"yes\"\nweight = \"10\""),
        right: ("toml", "draft = true\nweight = 10"),
    },
    Code {
        code: "E0108",
        severity: Error,
        exit: Content,
        title: "Template placeholder text is still in the page",
        explanation: "`homeward new` starts a page with sentences for you to replace, such as \
            \"One sentence: what this agreement is and where it stands.\" They must never reach \
            readers, so a page that is not a draft but still holds one is refused. Replace the \
            sentence with the page's own words, or keep `draft = true` until it is written.",
        wrong: (
            "toml",
            "description = \"One sentence: what this agreement is and where it stands.\"",
        ),
        right: (
            "toml",
            "description = \"Treaty signed in Phnom Penh on 23 January 2026, not yet in force.\"",
        ),
    },
    Code {
        code: "E0110",
        severity: Error,
        exit: Content,
        title: "Unknown language in a file name",
        explanation: "A translation is named after its original with the language code before \
            `.md`: `about.fr.md` is the French `about.md`. The code in this file name is not a \
            language of `site.toml`. Correct the code, or add the language to `site.toml`.",
        wrong: ("text", "content/about.french.md"),
        right: ("text", "content/about.fr.md"),
    },
    Code {
        code: "E0111",
        severity: Error,
        exit: Content,
        title: "A translation has no original",
        explanation: "Every translation needs its original in the default language, with the \
            same name without the language code: `about.fr.md` needs `about.md`. The original \
            holds the facts (dates, parties, sources) that the translation shows.",
        wrong: (
            "text",
            "content/guides/visiting.fr.md   (no content/guides/visiting.md)",
        ),
        right: (
            "text",
            "content/guides/visiting.md\ncontent/guides/visiting.fr.md",
        ),
    },
    Code {
        code: "E0120",
        severity: Error,
        // Content: the loop is a link the editor placed inside content/, fixed by removing it.
        exit: Content,
        title: "A symbolic link loop in content",
        explanation: "A symbolic link (a shortcut) inside `content/` points back to one of its \
            own parent folders, so following it would never end. Remove the link.",
        wrong: ("sh", "ln -s ../.. content/guides/loop"),
        right: ("sh", "rm content/guides/loop"),
    },
    Code {
        code: "E0121",
        severity: Error,
        // Environment: the file exists but the machine will not let Homeward read it
        // (permissions, a disk error, a file removed while building).
        exit: Environment,
        title: "Cannot read a file",
        explanation: "Homeward could not read this file: it may have been removed during the \
            build, you may not have permission to read it, or the disk reported an error. The \
            message gives the system's reason. Check that the file exists and that you may read \
            it.",
        wrong: ("sh", "chmod 000 content/about.md\nhomeward build"),
        right: ("sh", "chmod 644 content/about.md\nhomeward build"),
    },
    Code {
        code: "E0122",
        severity: Error,
        // Content: a file put in content/ by mistake, fixed by changing content/.
        exit: Content,
        title: "A file is too large",
        explanation: "Homeward refuses a file bigger than `max_file_size` in `site.toml`: a \
            huge file is usually a video or an archive put in `content/` by mistake, and it \
            would slow every reader's download. Make the file smaller, put it elsewhere, or \
            raise the limit in `site.toml` if it really belongs to the site.",
        wrong: ("sh", "cp holiday-video.mp4 content/guides/"),
        right: (
            "toml",
            "# site.toml, only if the file really belongs to the site\nmax_file_size = 50_000_000",
        ),
    },
    Code {
        code: "E0123",
        severity: Error,
        exit: Content,
        title: "The file is not UTF-8 text",
        explanation: "Pages must be saved as UTF-8, the encoding that can hold every language \
            of the site. This file was saved in another encoding (often Windows-1252 or \
            Latin-1). In your editor, choose \"Save with encoding\" and pick UTF-8.",
        wrong: ("text", "about.md saved as Windows-1252"),
        right: ("text", "about.md saved as UTF-8"),
    },
    Code {
        code: "E0124",
        severity: Error,
        // Content: a link put among the site's files, fixed by changing them.
        exit: Content,
        title: "A symbolic link leads outside the site",
        explanation: "A file or folder in `content/`, `static/`, `templates/`, `themes/`, an \
            interface-strings file or `site.toml` is a symbolic link whose target is outside \
            the site's folder. Content often comes from contributors, and such a link could \
            publish a private file (a key, a password file). Homeward never reads or publishes \
            it. Copy the file into the site instead of linking to it; links that stay inside \
            the site's folder keep working.",
        wrong: ("sh", "ln -s ~/.ssh/id_rsa static/key.txt"),
        right: (
            "sh",
            "cp ~/documents/leaflet.pdf content/guides/leaflet.pdf",
        ),
    },
    Code {
        code: "E0130",
        severity: Error,
        exit: Content,
        title: "Two pages would have the same address",
        explanation: "Two pages, or a page and a static file, would be written to the same \
            address, and one would replace the other. This happens when two files have the same \
            name in different forms, or when a `slug` repeats another page's address. Rename \
            one file or change its `slug`.",
        wrong: (
            "text",
            "content/guides/visiting.md\ncontent/guides/visiting/_index.md",
        ),
        right: (
            "text",
            "content/guides/visiting.md\ncontent/guides/visits-abroad/_index.md",
        ),
    },
    Code {
        code: "E0131",
        severity: Error,
        exit: Content,
        title: "The slug cannot be used as an address",
        explanation: "`slug` sets the last part of a page's address. It becomes a folder name, \
            so it cannot be empty or contain `/`, `\\`, `..`, spaces, `?`, `#` or `%`, and it \
            must be short enough for a file name.",
        wrong: ("toml", "slug = \"how to apply?\""),
        right: ("toml", "slug = \"how-to-apply\""),
    },
    Code {
        code: "E0140",
        severity: Error,
        exit: Content,
        title: "A link to a page that does not exist",
        explanation: "A link starting with `@/` points at another file of `content/`, and that \
            file does not exist (it may have been renamed or moved). Links are checked so that \
            readers never reach a missing page. The help line suggests the closest file.",
        wrong: ("markdown", "Read the [checklist](@/guides/eligibilty.md)."),
        right: ("markdown", "Read the [checklist](@/guides/eligibility.md)."),
    },
    Code {
        code: "E0141",
        severity: Error,
        exit: Content,
        title: "A link to a heading that does not exist",
        explanation: "A link `@/page.md#name` points at a heading of that page, and the page \
            has no heading with that id. A heading's id is made from its words (`## Who can \
            apply` becomes `who-can-apply`); it changes when the heading is reworded.",
        wrong: (
            "markdown",
            "See [who can apply](@/guides/eligibility.md#who-may-apply).",
        ),
        right: (
            "markdown",
            "See [who can apply](@/guides/eligibility.md#who-can-apply).",
        ),
    },
    Code {
        code: "E0201",
        severity: Error,
        exit: Content,
        title: "Unknown country code",
        explanation: "Countries are written as their two-letter ISO 3166 code, in capitals: \
            `BE` for Belgium, `KH` for Cambodia, `TH` for Thailand. This code is not one of \
            them. The help line suggests the closest code, or the code of a country name you \
            wrote.",
        wrong: ("toml", "[[agreement.parties]]\ncountry = \"Cambodia\""),
        right: ("toml", "[[agreement.parties]]\ncountry = \"KH\""),
    },
    Code {
        code: "E0202",
        severity: Error,
        exit: Content,
        title: "A country is listed twice as a party",
        explanation: "Each country that signed or joined an agreement has one \
            `[[agreement.parties]]` entry, which holds all its dates. Two entries for the same \
            country would give two answers to \"is it in force for this country?\". Merge them \
            into one.",
        wrong: (
            "toml",
            "[[agreement.parties]]\ncountry = \"BE\"\nsigned = 2026-01-23\n\n[[agreement.parties]]\ncountry = \"BE\"\nratified = 2026-06-02",
        ),
        right: (
            "toml",
            "[[agreement.parties]]\ncountry = \"BE\"\nsigned = 2026-01-23\nratified = 2026-06-02",
        ),
    },
    Code {
        code: "E0203",
        severity: Error,
        exit: Content,
        title: "A bilateral agreement needs two parties",
        explanation: "An agreement of `kind = \"bilateral\"` is between exactly two countries, \
            so it has exactly two `[[agreement.parties]]` entries. Add the missing party, remove \
            the extra one, or correct `kind` (for example `multilateral`).",
        wrong: (
            "toml",
            "[agreement]\nkind = \"bilateral\"\n\n[[agreement.parties]]\ncountry = \"BE\"",
        ),
        right: (
            "toml",
            "[agreement]\nkind = \"bilateral\"\n\n[[agreement.parties]]\ncountry = \"BE\"\n\n[[agreement.parties]]\ncountry = \"KH\"",
        ),
    },
    Code {
        code: "E0204",
        severity: Error,
        exit: Content,
        title: "In force before it was signed",
        explanation: "An agreement cannot enter into force before it is signed, nor for a \
            country before that country signed or ratified it. One of the two dates is wrong, \
            often a typing slip in the year or a day and month swapped. Check both dates against \
            the source.",
        wrong: ("toml", "signed = 2026-01-23\nin_force = 2025-06-01"),
        right: ("toml", "signed = 2026-01-23\nin_force = 2026-06-01"),
    },
    Code {
        code: "E0206",
        severity: Error,
        exit: Content,
        title: "No agreement has this id",
        explanation: "The page's `agreements` list names an agreement by its `id`, and no \
            agreement page has that `id` in its `[agreement]` table. Check the spelling; the \
            help line suggests the closest id.",
        wrong: ("toml", "agreements = [\"be-kh-2025\"]"),
        right: ("toml", "agreements = [\"be-kh-2026\"]"),
    },
    Code {
        code: "E0207",
        severity: Error,
        exit: Content,
        title: "Unknown country in countries",
        explanation: "The page's `countries` list names countries by their two-letter ISO code \
            in capitals, and this one is not a known code.",
        wrong: ("toml", "countries = [\"UK\"]"),
        right: ("toml", "countries = [\"GB\"]"),
    },
    Code {
        code: "E0208",
        severity: Error,
        exit: Content,
        title: "Only a treaty can be a transfer route",
        explanation: "`transfer_route = true` tells families they can apply for a transfer \
            under this agreement. A memorandum of understanding or another arrangement does not \
            let anyone apply, so it cannot be marked as a route. Remove `transfer_route`, or \
            correct `kind` if this really is a treaty.",
        wrong: (
            "toml",
            "[agreement]\nkind = \"memorandum\"\ntransfer_route = true",
        ),
        right: ("toml", "[agreement]\nkind = \"memorandum\""),
    },
    Code {
        code: "E0209",
        severity: Error,
        exit: Content,
        title: "Two agreements have the same id",
        explanation: "Each agreement's `id` names it in links, lists and open data, so no two \
            agreement pages may share one. Give one of them a different `id`.",
        wrong: (
            "toml",
            "# belgium-cambodia.md\nid = \"be-kh-2026\"\n# belgium-cambodia-memorandum.md\nid = \"be-kh-2026\"",
        ),
        right: (
            "toml",
            "# belgium-cambodia.md\nid = \"be-kh-2026\"\n# belgium-cambodia-memorandum.md\nid = \"be-kh-mou-2024\"",
        ),
    },
    Code {
        code: "E0210",
        severity: Error,
        exit: Content,
        title: "Not a valid agreement id",
        explanation: "An agreement's `id` is used in addresses and data files, so it is written \
            with lower-case letters, digits and `-` only, such as `be-kh-2026`.",
        wrong: ("toml", "id = \"Belgium Cambodia 2026\""),
        right: ("toml", "id = \"be-kh-2026\""),
    },
    Code {
        code: "E0211",
        severity: Error,
        exit: Content,
        title: "Unknown kind of agreement",
        explanation: "`kind` says what an agreement is: `multilateral`, `bilateral`, \
            `eu-instrument`, `memorandum` or `other`. Pages explain each kind to families, so \
            only these words are understood.",
        wrong: ("toml", "kind = \"treaty\""),
        right: ("toml", "kind = \"bilateral\""),
    },
    Code {
        code: "E0212",
        severity: Error,
        exit: Content,
        title: "Two pages describe the same country",
        explanation: "Each country has one page, which its `[country]` table's `code` ties to \
            the country. Two pages with the same `code` would disagree about its contacts and \
            agreements. Keep one page, or correct the `code` of the other.",
        wrong: (
            "toml",
            "# belgium.md\ncode = \"BE\"\n# belgie.md\ncode = \"BE\"",
        ),
        right: ("toml", "# belgium.md\ncode = \"BE\""),
    },
    Code {
        code: "E0213",
        severity: Error,
        exit: Content,
        title: "Data belongs in the original, not in a translation",
        explanation: "A translation takes the facts (`[agreement]`, `[country]`, `date`) from \
            its original in the default language, so the two can never disagree. Write facts \
            only in the original; a translation gives its own words in `[[texts]]`.",
        wrong: (
            "markdown",
            "+++\n# belgium-cambodia.fr.md\ntitle = \"Traité Belgique–Cambodge\"\n\n[agreement]\nid = \"be-kh-2026\"\n+++",
        ),
        right: (
            "markdown",
            "+++\n# belgium-cambodia.fr.md\ntitle = \"Traité Belgique–Cambodge\"\n+++",
        ),
    },
    Code {
        code: "E0214",
        severity: Error,
        exit: Content,
        title: "in_force_unknown contradicts a known status",
        explanation: "`in_force_unknown = true` says that no source tells whether the agreement \
            is in force for this party. The same party also has an `in_force` date or \
            `reported_in_force`, which say that a source does. Once a source says it, remove \
            `in_force_unknown`.",
        wrong: (
            "toml",
            "[[agreement.parties]]\ncountry = \"TH\"\nin_force = 2026-06-01\nin_force_unknown = true",
        ),
        right: (
            "toml",
            "[[agreement.parties]]\ncountry = \"TH\"\nin_force = 2026-06-01",
        ),
    },
    Code {
        code: "E0215",
        severity: Error,
        exit: Content,
        title: "Data texts in an original",
        explanation: "`[[texts]]` belongs in translations only: it gives a translation's words \
            for the original's data texts (party notes, places, contact names). In the original, \
            write the words in the data table itself.",
        wrong: (
            "toml",
            "# content/agreements/be-kh.md (the original)\n[[texts]]\noriginal = \"Phnom Penh\"\ntext = \"Phnom Penh\"",
        ),
        right: (
            "toml",
            "# content/agreements/be-kh.fr.md (a translation)\n[[texts]]\noriginal = \"Signed by the ambassador.\"\ntext = \"Signé par l'ambassadeur.\"",
        ),
    },
    Code {
        code: "E0216",
        severity: Error,
        exit: Content,
        title: "Unknown consent value",
        explanation: "`consent` says whether the sentenced person must agree to the transfer: \
            `required`, `not-required` or `unknown`.",
        wrong: ("toml", "consent = \"yes\""),
        right: ("toml", "consent = \"required\""),
    },
    Code {
        code: "E0217",
        severity: Error,
        exit: Content,
        title: "Unknown translation state",
        explanation: "A translation's `translation` key says how far it was checked: `machine` \
            (machine-translated, not reviewed), `reviewed` (checked by a person) or `final`. \
            Pages show readers this state, so only these words are understood.",
        wrong: ("toml", "translation = \"human\""),
        right: ("toml", "translation = \"reviewed\""),
    },
    Code {
        code: "E0218",
        severity: Error,
        exit: Content,
        title: "The glossary cannot be read",
        explanation: "`glossary.toml` lists the agreed translation of key terms, as \
            `[[term]]` tables. It is written in TOML, and this line breaks its rules: check \
            quotes, `=` signs and brackets.",
        wrong: ("toml", "[[term]]\nen = sentenced person"),
        right: (
            "toml",
            "[[term]]\nen = \"sentenced person\"\nfr = \"personne condamnée\"",
        ),
    },
    Code {
        code: "E0219",
        severity: Error,
        exit: Content,
        title: "machine_translated is replaced by translation",
        explanation: "The old key `machine_translated = true` is replaced by `translation`, \
            which also says when a person has reviewed the text.",
        wrong: ("toml", "machine_translated = true"),
        right: ("toml", "translation = \"machine\""),
    },
    Code {
        code: "E0220",
        severity: Error,
        exit: Content,
        title: "\"In force\" without a date needs a source",
        explanation: "A party marked `reported_in_force = true` is shown to families as in force \
            (not verified), so it must name the page that reports it: the party's own `source`, \
            or the agreement's. Without one, remove `reported_in_force`: families are then told \
            \"we do not know: ask\", never that the agreement applies.",
        wrong: (
            "toml",
            "[[agreement.parties]]\ncountry = \"TH\"\nreported_in_force = true",
        ),
        right: (
            "toml",
            "[[agreement.parties]]\ncountry = \"TH\"\nreported_in_force = true\nsource = \"https://www.mfa.go.th/en/treaties\"",
        ),
    },
    Code {
        code: "E0230",
        severity: Error,
        exit: Content,
        title: "Unknown contact role",
        explanation: "A contact's `role` says what the office does for a family: \
            `central-authority` (decides transfer requests), `consular` (embassies and \
            consulates), `prison-service`, `support` (charities) or `other`. Route answers pick \
            offices by their role, so only these words are understood.",
        wrong: ("toml", "[[country.contacts]]\nrole = \"ministry\""),
        right: ("toml", "[[country.contacts]]\nrole = \"central-authority\""),
    },
    Code {
        code: "E0231",
        severity: Error,
        exit: Content,
        title: "A contact has no source web address",
        explanation: "Families write to these offices, so every contact names the web page it \
            was read on, in `source`, as a whole `https://` address. A contact nobody can check \
            is not published.",
        wrong: (
            "toml",
            "[[country.contacts]]\nrole = \"consular\"\nname = \"Consular service\"\nsource = \"the ministry's site\"",
        ),
        right: (
            "toml",
            "[[country.contacts]]\nrole = \"consular\"\nname = \"Consular service\"\nsource = \"https://diplomatie.belgium.be/en/help-abroad\"",
        ),
    },
    Code {
        code: "E0232",
        severity: Error,
        exit: Content,
        title: "A contact has no checked date",
        explanation: "Every contact says when it was last read on its source, in `checked`, \
            written year-month-day without quotes. Offices move; the date tells readers how \
            fresh the address is, and Homeward warns (W0030) when it is over a year old.",
        wrong: (
            "toml",
            "[[country.contacts]]\nrole = \"consular\"\nsource = \"https://diplomatie.belgium.be/en/help-abroad\"",
        ),
        right: (
            "toml",
            "[[country.contacts]]\nrole = \"consular\"\nsource = \"https://diplomatie.belgium.be/en/help-abroad\"\nchecked = 2026-12-08",
        ),
    },
    Code {
        code: "E0233",
        severity: Error,
        exit: Content,
        title: "A contact's language code is not valid",
        explanation: "`name_local_lang` and `address_lang` say which language a contact's local \
            name or address is written in, as a BCP 47 code such as `fr`, `nl` or `th`, so \
            browsers and screen readers read it correctly.",
        wrong: ("toml", "name_local_lang = \"French\""),
        right: ("toml", "name_local_lang = \"fr\""),
    },
    Code {
        code: "E0301",
        severity: Error,
        exit: Content,
        title: "A link or address that can run code",
        explanation: "A link or address starting with `javascript:` or `data:` (or another \
            address that runs code or embeds a page) could run a script in a reader's browser. \
            Content may only link to pages and web addresses. A site that really needs it can \
            opt in with `allow_unsafe_html = true` in `site.toml`.",
        wrong: ("markdown", "[Apply](javascript:openForm())"),
        right: ("markdown", "[Apply](@/guides/how-to-apply.md)"),
    },
    Code {
        code: "E0302",
        severity: Error,
        exit: Content,
        title: "An HTML element that is not allowed",
        explanation: "HTML written in a page may only use harmless elements (paragraphs, lists, \
            tables, emphasis, links, pictures, ...). Scripts, frames, forms, styles, `<meta>`, \
            SVG and the like are refused, because they could run code or change the page for \
            every reader. Write the content in Markdown, or use an allowed element.",
        wrong: (
            "markdown",
            "<iframe src=\"https://maps.example.org/embed\"></iframe>",
        ),
        right: ("markdown", "[See the map](https://maps.example.org/)"),
    },
    Code {
        code: "E0303",
        severity: Error,
        exit: Content,
        title: "An event handler attribute is not allowed",
        explanation: "Attributes starting with `on` (`onclick`, `onload`, ...) run a script \
            when the reader does something. They are refused in content: pages must work \
            without scripts from content, and a script there could be abused.",
        wrong: (
            "markdown",
            "<a href=\"/apply/\" onclick=\"track()\">Apply</a>",
        ),
        right: ("markdown", "<a href=\"/apply/\">Apply</a>"),
    },
    Code {
        code: "E0304",
        severity: Error,
        exit: Content,
        title: "An attribute is not allowed on this element",
        explanation: "Each allowed element takes a known list of harmless attributes (such as \
            `href` on `<a>`, `src` and `alt` on `<img>`, `lang` and `dir` everywhere). This \
            attribute is not on its element's list. Remove it.",
        wrong: (
            "markdown",
            "<img src=\"map.png\" alt=\"Map\" srcdoc=\"...\">",
        ),
        right: ("markdown", "<img src=\"map.png\" alt=\"Map\">"),
    },
    Code {
        code: "E0305",
        severity: Error,
        exit: Content,
        title: "A style that can load or run something",
        explanation: "A `style` attribute may hold plain properties such as `text-align: \
            center`. Styles that load from another site or run code (`url(`, `expression(`, \
            `@import`, backslashes, comments) are refused: they could track readers or change \
            the page.",
        wrong: (
            "markdown",
            "<p style=\"background: url(https://tracker.example/x.png)\">Note</p>",
        ),
        right: ("markdown", "<p style=\"text-align: center\">Note</p>"),
    },
    Code {
        code: "E0306",
        severity: Error,
        exit: Content,
        title: "HTML that is not closed",
        explanation: "A tag, attribute value or comment in the page's HTML is not finished, so \
            a browser would swallow the rest of the page into it. Close the tag, the quote or \
            the comment (`-->`).",
        wrong: ("markdown", "<a href=\"/apply/>Apply</a>\n\nMore text."),
        right: ("markdown", "<a href=\"/apply/\">Apply</a>\n\nMore text."),
    },
    Code {
        code: "E0307",
        severity: Error,
        exit: Content,
        title: "A file that runs in the browser",
        explanation: "Files next to the pages in `content/` are published as they are. An \
            HTML, JavaScript or similar file, or an SVG picture holding a script, would run in \
            the reader's browser from the site's own address. Publish documents as PDF or \
            Markdown and pictures as PNG, JPEG or an SVG without scripts.",
        wrong: ("text", "content/guides/form.html"),
        right: ("text", "content/guides/form.pdf"),
    },
    Code {
        code: "E0311",
        severity: Error,
        exit: Content,
        title: "A status shortcode cannot be read",
        explanation: "The status shortcode shows an agreement's current status inside a page's \
            text. It is written exactly as `{{ status(agreement=\"ID\") }}`, with the `id` of \
            the agreement in double quotes.",
        wrong: ("markdown", "Status: {{ status(be-kh-2026) }}"),
        right: ("markdown", "Status: {{ status(agreement=\"be-kh-2026\") }}"),
    },
    Code {
        code: "E0312",
        severity: Error,
        exit: Content,
        title: "The status shortcode names no agreement",
        explanation: "The status shortcode names an agreement by its `id`, and no agreement page \
            has that `id` in its `[agreement]` table. Check the spelling; the help line suggests \
            the closest id.",
        wrong: ("markdown", "Status: {{ status(agreement=\"be-kh-26\") }}"),
        right: ("markdown", "Status: {{ status(agreement=\"be-kh-2026\") }}"),
    },
    Code {
        code: "E0401",
        severity: Error,
        exit: Content,
        title: "Interface strings are missing in a language",
        explanation: "The words of the site's interface (menus, buttons, labels) are in one \
            Fluent file per language, such as `i18n/fr.ftl`. This language's file lacks keys \
            that the default language's file has, so those words would be missing from its \
            pages. Add each missing key, translated.",
        wrong: ("text", "# i18n/fr.ftl\nnav-home = Accueil"),
        right: (
            "text",
            "# i18n/fr.ftl\nnav-home = Accueil\nnav-search = Rechercher",
        ),
    },
    Code {
        code: "E0402",
        severity: Error,
        exit: Content,
        title: "No interface strings for a language",
        explanation: "Each language of `site.toml` needs a Fluent file of interface words, such \
            as `i18n/km.ftl`, with every key of the default language's file translated. Create \
            it by copying the default language's file and translating each line.",
        wrong: (
            "text",
            "i18n/en.ftl\ni18n/fr.ftl      (site.toml also has km)",
        ),
        right: ("text", "i18n/en.ftl\ni18n/fr.ftl\ni18n/km.ftl"),
    },
    Code {
        code: "E0403",
        severity: Error,
        exit: Content,
        title: "A Fluent file cannot be read",
        explanation: "Interface strings are written in Fluent: one `key = text` per message, \
            continuation lines indented, each key defined once per file. This line breaks \
            those rules. See https://projectfluent.org/fluent/guide/.",
        wrong: ("text", "nav-home: Accueil\nnav-home = Page d'accueil"),
        right: ("text", "nav-home = Accueil"),
    },
    Code {
        code: "E0500",
        severity: Error,
        exit: Content,
        title: "The theme is not found",
        explanation: "`theme` in `site.toml` names a folder under `themes/` that holds the \
            site's templates and styles. There is no such folder. Correct the name, or create \
            the folder.",
        wrong: ("toml", "theme = \"defualt\""),
        right: ("toml", "theme = \"default\""),
    },
    Code {
        code: "E0501",
        severity: Error,
        exit: Content,
        title: "A template does not exist",
        explanation: "A page's `template` key names a template file, and neither the theme nor \
            the site has it; or the theme lacks one of the templates every site needs \
            (`index.html`, `section.html`, `page.html`, `404.html`). Correct the name, or add \
            the template.",
        wrong: ("toml", "template = \"agrement.html\""),
        right: ("toml", "template = \"agreement.html\""),
    },
    Code {
        code: "E0502",
        severity: Error,
        exit: Content,
        title: "A template failed while making a page",
        explanation: "A template of the theme stopped with an error while it was filling in a \
            page: it used a value the page does not have, or a filter the wrong way. The \
            message names the template and the cause. This is usually fixed in the theme; if \
            the theme is not yours, report it with the message.",
        wrong: ("text", "{{ page.extra.subtitle | upper }}"),
        right: (
            "text",
            "{% if page.extra.subtitle %}{{ page.extra.subtitle | upper }}{% endif %}",
        ),
    },
    Code {
        code: "E0503",
        severity: Error,
        exit: Content,
        title: "A template cannot be read",
        explanation: "A template file of the theme breaks the Tera template language: a tag \
            not closed, a misspelt keyword, a bracket missing. The message points at the line. \
            Fix the template, or report it to whoever maintains the theme.",
        wrong: ("text", "{% if page.date %}{{ page.date }}"),
        right: ("text", "{% if page.date %}{{ page.date }}{% endif %}"),
    },
    Code {
        code: "E0601",
        severity: Error,
        // Environment: the output folder chosen is not one Homeward may replace.
        exit: Environment,
        title: "Refusing to write the site into this folder",
        explanation: "A build replaces its output folder whole. Homeward refuses a folder \
            where that would destroy something: the root of the disk, your home folder, a \
            folder holding the site's own sources (`content/`, `themes/`, ...), or a file. \
            Choose an output folder of its own, such as `public/` (the default), with \
            `--output` or `output_dir` in `site.toml`.",
        wrong: ("sh", "homeward build --output ."),
        right: ("sh", "homeward build --output public"),
    },
    Code {
        code: "E0602",
        severity: Error,
        // Environment: the output folder holds files Homeward did not make.
        exit: Environment,
        title: "The output folder was not made by Homeward",
        explanation: "The output folder already exists, is not empty, and has no sign that \
            Homeward made it. Since a build replaces it whole, its files would be lost. Choose \
            another folder, or, if you are sure, run again with `--force` to let Homeward \
            replace it.",
        wrong: ("sh", "homeward build --output ~/Documents"),
        right: ("sh", "homeward build --output public"),
    },
    Code {
        code: "E0603",
        severity: Error,
        // Environment: the write was stopped before touching anything outside the output.
        exit: Environment,
        title: "Refusing to write outside the output folder",
        explanation: "A file of the built site would have been written outside the output \
            folder (its path contains `..` or starts with `/`). Homeward stops rather than \
            write anywhere else on the disk. This is a bug in a theme or in Homeward: report \
            it with the message.",
        wrong: ("text", "an output path such as ../../etc/passwd"),
        right: ("text", "an output path such as guides/visiting/index.html"),
    },
    Code {
        code: "E0604",
        severity: Error,
        // Environment: the disk or permissions refused the write.
        exit: Environment,
        title: "Cannot write the output",
        explanation: "Homeward could not write a file of the built site: the disk may be full, \
            you may not have permission to write to the output folder, or a page's address is \
            too long for a file name. The previous site is left in place. The message gives the \
            system's reason.",
        wrong: (
            "sh",
            "homeward build --output /var/www/site   # a folder you may not write",
        ),
        right: ("sh", "homeward build --output public"),
    },
    Code {
        code: "E0700",
        severity: Error,
        // Environment: the network address cannot be used on this machine.
        exit: Environment,
        title: "The preview server cannot start",
        explanation: "`homeward serve` could not listen on the address and port, usually \
            because another program is using them or the address is not one of this machine's. \
            Stop the other program, or choose another `--port` or `--bind`.",
        wrong: ("sh", "homeward serve --bind 203.0.113.9"),
        right: ("sh", "homeward serve --bind 127.0.0.1 --port 1112"),
    },
    Code {
        code: "E0701",
        severity: Error,
        // Environment: a bad command-line argument (usage).
        exit: Environment,
        title: "Not an IP address",
        explanation: "`homeward serve --bind` takes an IP address, such as `127.0.0.1` (this \
            machine only, the default) or `0.0.0.0` (every network). A host name is not \
            accepted.",
        wrong: ("sh", "homeward serve --bind localhost"),
        right: ("sh", "homeward serve --bind 127.0.0.1"),
    },
    Code {
        code: "E0702",
        severity: Error,
        // Environment: the command needs a built site that is not there.
        exit: Environment,
        title: "There is no built site",
        explanation: "`homeward server-config` writes the web server's configuration from the \
            built site (it lists what the pages load), and the output folder holds no built \
            site. Run `homeward build` first, or pass `--output` with the folder that holds \
            it.",
        wrong: ("sh", "homeward server-config nginx"),
        right: ("sh", "homeward build\nhomeward server-config nginx"),
    },
    Code {
        code: "E0710",
        severity: Error,
        // Environment: the file to create is taken, or its folder cannot be written.
        exit: Environment,
        title: "Cannot create the new file",
        explanation: "`homeward new` never overwrites a file: a file with that name already \
            exists, or its folder cannot be written. Edit the existing file, or choose another \
            name.",
        wrong: ("sh", "homeward new page about"),
        right: ("sh", "homeward new page about-the-project"),
    },
    Code {
        code: "E0711",
        severity: Error,
        // Environment: a bad command-line argument (usage).
        exit: Environment,
        title: "Not a usable file name",
        explanation: "File names become addresses, so `homeward new` takes names of lower-case \
            letters, digits and `-`, without `.md`. For news, give the title in quotes and the \
            name is made from it.",
        wrong: ("sh", "homeward new page \"Guides/Visiting Abroad.md\""),
        right: ("sh", "homeward new page guides/visiting-abroad"),
    },
    Code {
        code: "E0712",
        severity: Error,
        // Environment: a bad command-line argument (usage).
        exit: Environment,
        title: "Unknown country code on the command line",
        explanation: "`homeward new` takes countries as their two-letter ISO 3166 code, such as \
            `BE`, `TH` or `MA`. The help line suggests the code of the country you probably \
            meant.",
        wrong: ("sh", "homeward new country morocco --code MOR"),
        right: ("sh", "homeward new country morocco --code MA"),
    },
    Code {
        code: "E0713",
        severity: Error,
        // Environment: a bad command-line argument (usage).
        exit: Environment,
        title: "Not a language to translate into",
        explanation: "The command was given a language that is not in `site.toml`, or the \
            default language, which is the language of the originals and is not translated \
            into. Give one of the other languages of `site.toml`.",
        wrong: ("sh", "homeward translations export --lang en"),
        right: ("sh", "homeward translations export --lang fr"),
    },
    Code {
        code: "E0714",
        severity: Error,
        // Environment: a bad command-line argument (usage) or an unreadable file.
        exit: Environment,
        title: "No original to translate",
        explanation: "`homeward new translation` takes the path of an original page in the \
            default language. The path given does not exist, cannot be read, or is itself a \
            translation (its name has a language code before `.md`).",
        wrong: (
            "sh",
            "homeward new translation content/about.fr.md --lang nl",
        ),
        right: ("sh", "homeward new translation content/about.md --lang nl"),
    },
    Code {
        code: "E0715",
        severity: Error,
        // Environment: a bad command-line argument (usage).
        exit: Environment,
        title: "The agreement's kind or parties cannot be used",
        explanation: "`homeward new agreement` takes `--kind` as one of `multilateral`, \
            `bilateral`, `eu-instrument`, `memorandum` or `other`, and `--parties` as country \
            codes separated by commas; a bilateral agreement has exactly two.",
        wrong: ("sh", "homeward new agreement belgium-cambodia --parties BE"),
        right: (
            "sh",
            "homeward new agreement belgium-cambodia --parties BE,KH",
        ),
    },
    Code {
        code: "E0716",
        severity: Error,
        // Environment: the command asks for what already exists (usage), as with E0710.
        exit: Environment,
        title: "The country already has a page",
        explanation: "Each country has one page, and a page already describes this country. \
            Edit that page instead of starting another.",
        wrong: ("sh", "homeward new country belgie --code BE"),
        right: ("sh", "$EDITOR content/countries/belgium.md"),
    },
    Code {
        code: "E0720",
        severity: Error,
        // Environment: a bad command-line argument (usage).
        exit: Environment,
        title: "Not a translation file",
        explanation: "`homeward translations mark-current` takes the paths of translations: \
            files whose name ends in a language code of `site.toml` before `.md`, next to their \
            original. The file given does not exist, is not a translation, or has no original.",
        wrong: (
            "sh",
            "homeward translations mark-current content/guides/how-to-apply.md",
        ),
        right: (
            "sh",
            "homeward translations mark-current content/guides/how-to-apply.fr.md",
        ),
    },
    Code {
        code: "E0721",
        severity: Error,
        // Environment: the file system refused a write.
        exit: Environment,
        title: "Cannot write a translation file",
        explanation: "Homeward could not write the export, a translation, or the translation \
            memory under `.homeward/`: the folder may not exist or may not be writable. Choose a \
            writable path, or check the folder's permissions.",
        wrong: (
            "sh",
            "homeward translations export --lang fr --output /no/such/folder/fr.xlf",
        ),
        right: (
            "sh",
            "homeward translations export --lang fr --output fr.xlf",
        ),
    },
    Code {
        code: "E0722",
        severity: Error,
        // Content: the translator's file does not fit the site, fixed by correcting it.
        exit: Content,
        title: "The translator's file cannot be imported",
        explanation: "`homeward translations import` takes an XLIFF or PO file exported by \
            `homeward translations export` for this site and filled in by a translator. This \
            file cannot be read, is not well-formed XML or PO, or translates into a language \
            that is not one of the site's. Restore the damaged part from the export.",
        wrong: ("text", "msgid \"Visiting\"\nmsgstr Visites"),
        right: ("text", "msgid \"Visiting\"\nmsgstr \"Visites\""),
    },
    Code {
        code: "E0723",
        severity: Error,
        // Content: the translation does not fit the pages as they are now.
        exit: Content,
        title: "A translated segment does not fit the page",
        explanation: "A segment of the imported file cannot be written back into its page: \
            the page changed since the export, the translator changed the segment's markup, or \
            a page without a translation was only partly translated. The message says which. \
            Export again, or translate every segment of such a page, then import again.",
        wrong: (
            "text",
            "source: Read the <pc id=\"1\">checklist</pc>\ntarget: Lisez la liste",
        ),
        right: (
            "text",
            "source: Read the <pc id=\"1\">checklist</pc>\ntarget: Lisez la <pc id=\"1\">liste</pc>",
        ),
    },
    Code {
        code: "W0001",
        severity: Warning,
        exit: Content,
        title: "An agreement's status was checked over a year ago",
        explanation: "An agreement's `checked` date says when its status was last compared \
            with its sources. Treaties enter into force and countries join or leave them; \
            families rely on the status, so a check over a year old is flagged. Check the \
            sources again and update `checked` (and any date that changed).",
        wrong: (
            "toml",
            "[agreement]\nid = \"be-kh-2026\"\nchecked = 2025-01-10",
        ),
        right: (
            "toml",
            "[agreement]\nid = \"be-kh-2026\"\nchecked = 2026-12-08",
        ),
    },
    Code {
        code: "W0002",
        severity: Warning,
        exit: Content,
        title: "A translation is older than its original",
        explanation: "The original's `updated` date is later than its translation's, so the \
            translation may miss what changed. Bring the translation up to date and set its \
            `updated` date.",
        wrong: (
            "toml",
            "# about.md\nupdated = 2026-11-20\n# about.fr.md\nupdated = 2026-03-02",
        ),
        right: (
            "toml",
            "# about.md\nupdated = 2026-11-20\n# about.fr.md\nupdated = 2026-11-25",
        ),
    },
    Code {
        code: "W0003",
        severity: Warning,
        exit: Content,
        title: "A page nobody can reach",
        explanation: "No page links to this page and no section lists it, so readers can only \
            find it through search. Add an `_index.md` to its folder so the section lists it, \
            or link to it from another page with `@/...`.",
        wrong: (
            "text",
            "content/guides/visiting.md   (no content/guides/_index.md, no link)",
        ),
        right: (
            "markdown",
            "Before you travel, read [Visiting](@/guides/visiting.md).",
        ),
    },
    Code {
        code: "W0004",
        severity: Warning,
        exit: Content,
        title: "A translated text whose original words are gone",
        explanation: "A translation's `[[texts]]` entry gives its words for a text of the \
            original's data (a place of signature, a source title, a note), quoted in \
            `original`. The original no longer has those words, usually because they were \
            reworded. Translate the new words and copy them exactly into `original`.",
        wrong: (
            "toml",
            "[[texts]]\noriginal = \"Phnom-Penh\"\ntext = \"Phnom Penh\"",
        ),
        right: (
            "toml",
            "[[texts]]\noriginal = \"Phnom Penh\"\ntext = \"Phnom Penh\"",
        ),
    },
    Code {
        code: "W0005",
        severity: Warning,
        exit: Content,
        title: "The text says another status than the data",
        explanation: "The page's description or text says a status (\"in force\", \"not yet in \
            force\", ...) that its agreement's data contradicts. Readers would be told two \
            different things. Correct the words, or use the status shortcode so the text \
            always follows the data.",
        wrong: ("markdown", "The treaty is in force."),
        right: ("markdown", "Status: {{ status(agreement=\"be-kh-2026\") }}"),
    },
    Code {
        code: "W0006",
        severity: Warning,
        exit: Content,
        title: "A final translation does not use the glossary's term",
        explanation: "`glossary.toml` gives the agreed translation of key legal terms. Where \
            the original uses a term, a translation marked `final` should use the glossary's \
            word for it, so every page says the same thing the same way. Use the term, or \
            correct the glossary.",
        wrong: (
            "text",
            "original: the sentencing State\nfinal French: l'État qui a condamné",
        ),
        right: (
            "text",
            "original: the sentencing State\nfinal French: l'État de condamnation",
        ),
    },
    Code {
        code: "W0007",
        severity: Warning,
        exit: Content,
        title: "A language's interface is mostly untranslated",
        explanation: "Most of this language's interface strings are the default language's \
            words, copied and not translated, so its readers would see menus and buttons in \
            another language. Translate its Fluent file.",
        wrong: ("text", "# fr.ftl\nnav-search = Search"),
        right: ("text", "# fr.ftl\nnav-search = Rechercher"),
    },
    Code {
        code: "W0008",
        severity: Warning,
        exit: Content,
        title: "A translation is of an older version of its original",
        explanation: "The translation records which version of its original it translates \
            (`translation_of`), and the original has changed since. The warning says how much \
            and where. Update the translation, then record it with `homeward translations \
            mark-current FILE`.",
        wrong: (
            "sh",
            "# edit content/about.md, leave content/about.fr.md as it was",
        ),
        right: (
            "sh",
            "# update content/about.fr.md, then:\nhomeward translations mark-current content/about.fr.md",
        ),
    },
    Code {
        code: "W0030",
        severity: Warning,
        exit: Content,
        title: "A contact was checked over a year ago",
        explanation: "A contact's `checked` date says when it was last read on its source. \
            Offices move and change their addresses; families write to them, so a contact not \
            checked for over a year is flagged. Read it again on its `source` and update \
            `checked`, or remove it if the office has moved.",
        wrong: (
            "toml",
            "[[country.contacts]]\nrole = \"consular\"\nchecked = 2025-02-01",
        ),
        right: (
            "toml",
            "[[country.contacts]]\nrole = \"consular\"\nchecked = 2026-12-08",
        ),
    },
    Code {
        code: "W0101",
        severity: Warning,
        exit: Content,
        title: "A link answers with an HTTP error",
        explanation: "`homeward check --external-links` requested this link to another site, \
            and the site answered with an error (such as 404, not found). The page may have \
            moved: find its new address, or cite an archived copy.",
        wrong: (
            "markdown",
            "[The treaty](https://treaties.example.org/old-page)",
        ),
        right: (
            "markdown",
            "[The treaty](https://treaties.example.org/treaty/185)",
        ),
    },
    Code {
        code: "W0102",
        severity: Warning,
        exit: Content,
        title: "A link could not be reached",
        explanation: "`homeward check --external-links` could not reach this link at all (no \
            answer, an unknown host, a certificate problem). Check the address; if the site is \
            only down for now, check again later.",
        wrong: (
            "markdown",
            "[Ministry](https://justice.example.gov.invalid/)",
        ),
        right: ("markdown", "[Ministry](https://justice.example.gov/)"),
    },
    Code {
        code: "W0103",
        severity: Warning,
        exit: Content,
        title: "A link's address is malformed",
        explanation: "This web address has a mistake that browsers may forgive but some \
            servers and readers copying it do not: a space, a missing `//`, no host, or a host \
            ending with a dot. Correct the address.",
        wrong: ("toml", "url = \"https://news.belgium.be./fr/accord\""),
        right: ("toml", "url = \"https://news.belgium.be/fr/accord\""),
    },
    Code {
        code: "W0201",
        severity: Warning,
        exit: Content,
        title: "Readers have no way to report a mistake",
        explanation: "`site.toml` has no `[feedback]` table, so pages cannot tell readers where \
            to report a mistake. Add one with an `email` or `url`; until someone answers \
            reports, write `pending` with the reason (no link is shown then).",
        wrong: ("toml", "# no [feedback] table"),
        right: (
            "toml",
            "[feedback]\nemail = \"corrections@ministry.example\"",
        ),
    },
    Code {
        code: "W0202",
        severity: Warning,
        exit: Content,
        title: "A redirect leads to no page",
        explanation: "A line of `[redirects]` sends readers to an address where this site has \
            no page, so they would land on \"page not found\". Point it at an address the build \
            writes (with its trailing `/`), or at a whole `https://` address.",
        wrong: (
            "toml",
            "[redirects]\n\"/guides/old-name/\" = \"/guides/new-nam/\"",
        ),
        right: (
            "toml",
            "[redirects]\n\"/guides/old-name/\" = \"/guides/new-name/\"",
        ),
    },
];
