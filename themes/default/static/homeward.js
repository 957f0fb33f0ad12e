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

  var data = null; // { routes: {"KH>BE": route}, names: {...} }

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
  function load() {
    if (data) return Promise.resolve(data);
    var namesUrl = form.getAttribute("data-names-url");
    return Promise.all([
      getJSON(form.getAttribute("data-routes-url")),
      namesUrl ? getJSON(namesUrl).catch(function () { return {}; }) : Promise.resolve({})
    ]).then(function (res) {
      var index = {};
      var list = (res[0] && res[0].routes) || [];
      for (var i = 0; i < list.length; i++) {
        index[list[i].sentencing + ">" + list[i].nationality] = list[i];
      }
      data = { routes: index, names: res[1] || {} };
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
  function badge(status) {
    return el("span", "badge status-" + status, text("status-" + status));
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
    p.appendChild(badge(status));
    if (route && route.unverified) {
      p.appendChild(document.createTextNode(" "));
      p.appendChild(badge("unverified"));
    }
    out.appendChild(p);
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
          li.appendChild(a);
        } else {
          li.appendChild(document.createTextNode((info && info.title) || ins.id));
        }
        if (ins.status && ins.status !== status) {
          li.appendChild(document.createTextNode(" "));
          li.appendChild(badge(ins.status));
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
    reveal();
  }

  form.addEventListener("submit", function (ev) {
    ev.preventDefault();
    var det = selDetained.value, nat = selNational.value;
    if (!det || !nat) {
      (det ? selNational : selDetained).focus();
      return;
    }
    clear();
    out.appendChild(el("p", "", text("loading")));
    load().then(function () { show(det, nat); }, function () {
      clear();
      out.appendChild(el("p", "", text("error")));
      var more = detailsUrl(nat);
      if (more) window.location.href = more;
    });
  });
})();
