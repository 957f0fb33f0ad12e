/* Homeward default theme. Progressive enhancement only: every page works without this file.
   All visible words come from data-* attributes written by the templates (i18n). */
(function () {
  "use strict";
  var root = document.documentElement;
  root.className += (root.className ? " " : "") + "js";

  var form = document.getElementById("finder");
  if (!form || !form.getAttribute("data-routes-url") || !window.fetch) return;
  var selDetained = document.getElementById("finder-detained");
  var selNational = document.getElementById("finder-national");
  var out = document.getElementById("finder-answer");
  if (!selDetained || !selNational || !out) return;

  var data = { routes: {}, names: null }; // routes: {"KH>BE": route}, filled per country
  var loaded = {};

  function text(name) { return form.getAttribute("data-" + name) || ""; }
  function el(tag, cls, content) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (content) e.textContent = content;
    return e;
  }
  function getJSON(url) {
    return fetch(url, { credentials: "same-origin" }).then(function (r) {
      if (!r.ok) throw new Error(r.status);
      return r.json();
    });
  }
  /* Loads only the routes of the chosen country of detention (a few kilobytes), and the names
     of countries and agreements in the page's language once. */
  function load(det) {
    var routesUrl = form.getAttribute("data-routes-url").replace("{code}", det.toLowerCase());
    var namesUrl = form.getAttribute("data-names-url");
    return Promise.all([
      loaded[det] ? Promise.resolve(null) : getJSON(routesUrl),
      data.names ? Promise.resolve(data.names) : namesUrl ? getJSON(namesUrl).catch(function () { return {}; }) : Promise.resolve({})
    ]).then(function (res) {
      var list = (res[0] && res[0].routes) || [];
      for (var i = 0; i < list.length; i++) {
        data.routes[list[i].sentencing + ">" + list[i].nationality] = list[i];
      }
      loaded[det] = true;
      data.names = res[1] || {};
      return data;
    });
  }
  function optionName(sel) {
    var o = sel.options[sel.selectedIndex];
    return o ? o.text : "";
  }
  function countryName(code, sel) {
    var c = data.names.countries;
    return (c && c[code]) || optionName(sel);
  }
  /* An answer's badge, in the words of the i18n files; a not-yet answer with an announced day
     names it, written as the page's language writes dates (names.*.json). */
  function badge(status, from) {
    var words = text("status-" + status);
    var dates = (data.names && data.names.dates) || {};
    if (status === "not-yet" && from && dates[from]) {
      words = text("status-not-yet-from").replace("{date}", dates[from]);
    }
    return el("span", "badge status-" + status, words);
  }
  function detailsUrl(nat) {
    var o = selDetained.options[selDetained.selectedIndex];
    var url = o && o.getAttribute("data-url");
    return url ? url + "#" + nat.toLowerCase() : "";
  }
  function reveal() {
    if (out.scrollIntoView) out.scrollIntoView({ block: "nearest" });
  }
  function clear() { while (out.firstChild) out.removeChild(out.firstChild); }

  function show(det, nat) {
    clear();
    var title = text("answer-title")
      .replace("{detained}", countryName(det, selDetained))
      .replace("{national}", countryName(nat, selNational));
    out.appendChild(el("p", "statement-title", title));
    if (det === nat) {
      out.appendChild(el("p", "", text("same")));
      reveal();
      return;
    }
    var route = data.routes[det + ">" + nat];
    var status = route ? route.status : "none";
    var p = el("p");
    p.appendChild(badge(status, route && route.from));
    if (route && route.unverified) {
      p.appendChild(document.createTextNode(" "));
      p.appendChild(badge("unverified"));
    }
    out.appendChild(p);
    /* Every answer says in one line what its words mean, then what to do. */
    out.appendChild(el("p", "meta", text("explain-" + status)));
    if (route && route.unverified) out.appendChild(el("p", "meta", text("explain-unverified")));
    out.appendChild(el("p", "", text("next-" + status)));
    var instruments = (route && route.instruments) || [];
    if (instruments.length) {
      out.appendChild(el("p", "", text("instruments")));
      var ul = el("ul", "instruments");
      var agreements = data.names.agreements || {};
      for (var i = 0; i < instruments.length; i++) {
        var ins = instruments[i];
        var info = agreements[ins.id];
        var li = el("li");
        if (info && info.url) {
          var a = el("a", "", info.title || ins.id);
          a.href = info.url;
          if (info.lang) { a.lang = info.lang; a.dir = info.dir || "ltr"; }
          li.appendChild(a);
        } else {
          li.appendChild(document.createTextNode((info && info.title) || ins.id));
        }
        if (ins.status && ins.status !== status) {
          li.appendChild(document.createTextNode(" "));
          li.appendChild(badge(ins.status, ins.from));
        }
        if (info && info.checked) {
          var when = el("time", "", info.checked.display);
          when.setAttribute("datetime", info.checked.iso);
          var checked = el("span", "meta checked", " (" + text("checked") + " ");
          checked.appendChild(when);
          checked.appendChild(document.createTextNode(")"));
          li.appendChild(document.createTextNode(" "));
          li.appendChild(checked);
        }
        ul.appendChild(li);
      }
      out.appendChild(ul);
    }
    var more = detailsUrl(nat);
    if (more) {
      var link = el("a", "", text("more"));
      link.href = more;
      var mp = el("p");
      mp.appendChild(link);
      out.appendChild(mp);
    }
    out.appendChild(whoToWrite(det, nat));
    reveal();
  }

  /* Who to write to: every answer ends with the central authority and consular contacts of
     both countries, or says plainly that we know none and how to find one. All countries'
     contacts are one small file per language, fetched once, with the first answer. */
  var contacts = null;
  function loadContacts() {
    var url = form.getAttribute("data-contacts-url");
    if (!contacts) contacts = url ? getJSON(url).catch(function () { return {}; }) : Promise.resolve({});
    return contacts;
  }
  function marked(tag, cls, words, lang, dir) {
    var e = el(tag, cls, words);
    if (lang) { e.lang = lang; e.dir = dir || "ltr"; }
    return e;
  }
  function contactCard(c, role) {
    var box = el("div", "contact contact-" + role);
    box.appendChild(marked("h5", "contact-name", c.name, c.name_lang, c.name_dir));
    if (c.name_local) box.appendChild(marked("p", "contact-local", c.name_local, c.name_local_lang, c.name_local_dir));
    box.appendChild(el("p", "meta", text("role-" + role)));
    var dl = el("dl");
    function row(label, dd) { dl.appendChild(el("dt", "", text(label))); dl.appendChild(dd); }
    function link(href, words) {
      var a = el("a", "", words);
      a.href = href;
      a.dir = "ltr";
      var dd = el("dd");
      dd.appendChild(a);
      return dd;
    }
    if (c.address) row("contact-address", marked("dd", "address", c.address, c.address_lang, c.address_dir));
    if (c.email) row("contact-email", link("mailto:" + c.email, c.email));
    if (c.phone) row("contact-phone", link("tel:" + c.phone.replace("(0)", "").replace(/[^+0-9]/g, ""), c.phone));
    if (c.url) row("contact-website", link(c.url, c.url.length > 60 ? c.url.slice(0, 60) + "\u2026" : c.url));
    var when = el("dd", "contact-checked");
    var time = el("time", "", c.checked.display);
    time.setAttribute("datetime", c.checked.iso);
    when.appendChild(time);
    when.appendChild(document.createTextNode(" \u00b7 "));
    var source = el("a", "contact-source", c.source_title ? text("contact-source-named").replace("{title}", c.source_title) : text("contact-source"));
    source.href = c.source;
    when.appendChild(source);
    row("checked", when);
    box.appendChild(dl);
    if (c.notes) {
      var note = el("p", "contact-notes");
      note.appendChild(el("strong", "", text("contact-notes")));
      note.appendChild(document.createTextNode(" "));
      note.appendChild(marked("span", "", c.notes, c.notes_lang, c.notes_dir));
      box.appendChild(note);
    }
    return box;
  }
  function contactsOf(code, name, place, known) {
    var part = el("div", "contacts-of");
    part.setAttribute("data-country", code);
    part.appendChild(el("h4", "", name));
    var roles = known[code] || {};
    ["central-authority", "consular"].forEach(function (role) {
      var list = roles[role] || [];
      for (var i = 0; i < list.length; i++) part.appendChild(contactCard(list[i], role));
      if (list.length) return;
      var none = role === "consular" && !place ? text("none-consular-home")
        : text("none-" + role).replace("{place}", place);
      part.appendChild(el("p", "contacts-none", none.replace("{country}", name)));
    });
    return part;
  }
  function whoToWrite(det, nat) {
    var box = el("section", "contacts who-to-write");
    box.appendChild(el("h3", "", text("contacts-title")));
    box.appendChild(el("p", "", text("contacts-intro")));
    loadContacts().then(function (all) {
      var known = (all && all.countries) || {};
      var detName = countryName(det, selDetained);
      box.appendChild(contactsOf(det, detName, "", known));
      box.appendChild(contactsOf(nat, countryName(nat, selNational), detName, known));
      box.setAttribute("data-ready", "true");
    });
    return box;
  }

  /* The question in the address (?detained=TH&national=FR): a family can share or bookmark an
     answer, and the home page's form, sent before this script ran, is answered here. */
  function remember(det, nat) {
    if (!window.history || !history.replaceState || !window.URLSearchParams) return;
    var q = new URLSearchParams(window.location.search);
    q.set("detained", det);
    q.set("national", nat);
    history.replaceState(null, "", window.location.pathname + "?" + q.toString());
  }
  function choose(sel, code) {
    for (var i = 0; i < sel.options.length; i++) {
      if (code && sel.options[i].value === code) { sel.selectedIndex = i; return true; }
    }
    return false;
  }

  function answer(det, nat) {
    clear();
    out.appendChild(el("p", "", text("loading")));
    load(det).then(function () { show(det, nat); }, function () {
      clear();
      out.appendChild(el("p", "", text("error")));
      var more = detailsUrl(nat);
      if (more) window.location.href = more;
    });
  }

  form.addEventListener("submit", function (ev) {
    ev.preventDefault();
    var det = selDetained.value, nat = selNational.value;
    if (!det || !nat) {
      (det ? selNational : selDetained).focus();
      return;
    }
    remember(det, nat);
    answer(det, nat);
  });

  if (window.URLSearchParams) {
    var asked = new URLSearchParams(window.location.search);
    var det = (asked.get("detained") || "").toUpperCase();
    var nat = (asked.get("national") || "").toUpperCase();
    if (choose(selDetained, det)) {
      if (choose(selNational, nat)) answer(det, nat);
      else selNational.focus();
    }
  }
})();

/* Search: the index of the page's language is fetched only when the reader searches. Queries
   are split into words with Intl.Segmenter (Khmer and Lao have no spaces) and folded like the
   build folds the index (lower case, Latin accents removed). A query also matches when its
   letters appear together in the text, because the browser and the build do not always cut
   Khmer words at the same places. */
(function () {
  "use strict";
  var form = document.getElementById("search-form");
  var input = document.getElementById("search-q");
  var out = document.getElementById("search-results");
  if (!form || !input || !out || !window.fetch) return;
  var lang = form.getAttribute("data-lang") || "en";
  var loading = null;

  function fold(s) {
    return s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").normalize("NFC").toLowerCase();
  }
  function words(q) {
    if (window.Intl && Intl.Segmenter) {
      var list = [];
      var parts = new Intl.Segmenter(lang, { granularity: "word" }).segment(q);
      for (var it = parts[Symbol.iterator](), p = it.next(); !p.done; p = it.next()) {
        if (p.value.isWordLike) list.push(fold(p.value.segment));
      }
      return list;
    }
    return fold(q).split(/\s+/).filter(Boolean);
  }
  function load() {
    if (!loading) {
      loading = fetch(form.getAttribute("data-index-url")).then(function (r) {
        if (!r.ok) throw new Error(r.status);
        return r.json();
      });
    }
    return loading;
  }
  /* Folds text character by character, keeping where each folded character came from, so a
     match found in folded text can be highlighted in the original. */
  function foldWithMap(text) {
    var folded = "", map = [];
    for (var i = 0; i < text.length; i++) {
      var f = fold(text[i]);
      for (var j = 0; j < f.length; j++) { folded += f[j]; map.push(i); }
    }
    return { folded: folded, map: map };
  }
  function search(index, q) {
    var ws = words(q);
    var compact = fold(q).replace(/\s+/g, "");
    var terms = Object.keys(index.terms);
    var hits = index.docs.map(function () { return 0; });
    ws.forEach(function (w) {
      var seen = {};
      terms.forEach(function (t) {
        if (t.indexOf(w) === 0) index.terms[t].forEach(function (d) { seen[d] = true; });
      });
      Object.keys(seen).forEach(function (d) { hits[d] += 1; });
    });
    var results = [];
    index.docs.forEach(function (doc, i) {
      var all = ws.length > 0 && hits[i] >= ws.length;
      var together = compact.length > 1 && fold(doc.t + doc.x).replace(/\s+/g, "").indexOf(compact) >= 0;
      if (!all && !together) return;
      var inTitle = ws.some(function (w) { return fold(doc.t).indexOf(w) >= 0; });
      results.push({ doc: doc, score: hits[i] + (together ? 1 : 0) + (inTitle ? 3 : 0) });
    });
    results.sort(function (a, b) { return b.score - a.score; });
    return { results: results.slice(0, 30), words: ws.concat([compact]) };
  }
  /* Finds the first query word in `text` (compared folded) and returns [from, to] in the
     original text, or null. */
  function findMatch(text, ws) {
    var m = foldWithMap(text);
    for (var i = 0; i < ws.length; i++) {
      var at = ws[i] ? m.folded.indexOf(ws[i]) : -1;
      if (at >= 0) return [m.map[at], m.map[Math.min(at + ws[i].length, m.map.length) - 1] + 1];
    }
    return null;
  }
  /* Writes `text` into `into`, the match wrapped in <mark>, cut to a window around it when
     `around` is given. */
  function highlight(into, text, ws, around) {
    var hit = findMatch(text, ws);
    if (!hit) {
      into.textContent = around && text.length > around * 2 ? text.slice(0, around * 2) + "…" : text;
      return false;
    }
    var a = around ? Math.max(0, hit[0] - around) : 0;
    var b = around ? Math.min(text.length, hit[1] + around) : text.length;
    into.appendChild(document.createTextNode((a > 0 ? "…" : "") + text.slice(a, hit[0])));
    var mark = document.createElement("mark");
    mark.textContent = text.slice(hit[0], hit[1]);
    into.appendChild(mark);
    into.appendChild(document.createTextNode(text.slice(hit[1], b) + (b < text.length ? "…" : "")));
    return true;
  }
  function status(key) {
    out.textContent = "";
    var p = document.createElement("p");
    p.textContent = form.getAttribute(key);
    out.appendChild(p);
  }
  function show(q) {
    if (!q.trim()) { out.textContent = ""; return; }
    status("data-loading");
    load().then(function (index) {
      var found = search(index, q);
      out.textContent = "";
      if (!found.results.length) { status("data-no-results"); return; }
      var h = document.createElement("h2");
      h.textContent = form.getAttribute("data-results-title");
      out.appendChild(h);
      var ol = document.createElement("ol");
      found.results.forEach(function (r) {
        var li = document.createElement("li");
        var a = document.createElement("a");
        a.href = r.doc.u;
        highlight(a, r.doc.t, found.words, 0);
        li.appendChild(a);
        if (r.doc.s) {
          var s = document.createElement("span");
          s.className = "section";
          s.textContent = r.doc.s;
          li.appendChild(s);
        }
        var p = document.createElement("p");
        if (r.doc.l && r.doc.l !== lang) p.lang = r.doc.l;
        highlight(p, r.doc.x || "", found.words, 80);
        li.appendChild(p);
        ol.appendChild(li);
      });
      out.appendChild(ol);
    }, function () { status("data-error"); });
  }
  var timer = null;
  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(function () { show(input.value); }, 150);
  });
  form.addEventListener("submit", function (e) {
    e.preventDefault();
    show(input.value);
    if (history.replaceState) history.replaceState(null, "", "?q=" + encodeURIComponent(input.value));
  });
  var q = new URLSearchParams(window.location.search).get("q");
  if (q) { input.value = q; show(q); }
})();
