// TransitionLab search: answers /zoeken/?q=…&thema=…&gemeente=…&oordeel=…&soort=… from the index files under
// /zoeken/index/, downloading only the shards of the typed words and the results it shows. It mirrors the
// C# in site/Search (SearchText, DutchStemmer, SearchMatcher, Excerpt): the server answers without JavaScript
// the same way, and a browser test checks that both stem every indexed word alike.
(function () {
  "use strict";

  var BASE = "/zoeken/index/";
  var PAGE = 10;
  var TITLE_WEIGHT = 10, WHOLE_WORD = 3, PART_OF_WORD = 1, TYPO = 0.5, TYPO_MIN_LENGTH = 6, PART_MIN_LENGTH = 4;
  var EXCERPT_LENGTH = 30, EXCERPT_BEFORE = 8;
  var FILTERS = ["thema", "gemeente", "oordeel", "soort"];
  var LETTER = /[\p{L}\p{Nd}]/u;

  // --- Words: as SearchText.Words and Normalise -------------------------------------------------------
  function fold(c) {
    var lower = c.toLowerCase();
    if (lower.length !== 1) lower = c;
    if (lower.charCodeAt(0) < 128) return lower;
    var decomposed = lower.normalize("NFD");
    return decomposed.length > 0 && !/\p{Mn}/u.test(decomposed[0]) ? decomposed[0] : lower;
  }

  function words(text) {
    var list = [], start = -1, buffer = "";
    for (var i = 0; i <= text.length; i++) {
      if (i < text.length && LETTER.test(text[i])) {
        if (start < 0) start = i;
        buffer += fold(text[i]);
        continue;
      }
      if (start < 0) continue;
      list.push({ start: start, length: i - start, normalised: buffer });
      buffer = "";
      start = -1;
    }
    return list;
  }

  var stopWords = {};
  function counts(normalised) { return normalised.length >= 2 && !stopWords[normalised]; }

  // --- Stemming: Snowball's Dutch stemmer and DutchStemmer's z/v rule ----------------------------------
  function isVowel(c) { return c === "a" || c === "e" || c === "i" || c === "o" || c === "u" || c === "y"; }

  function snowball(word) {
    var w = word.split("");
    if (w[0] === "y") w[0] = "Y";
    for (var j = 0; j < w.length; j++) {
      if (!isVowel(w[j])) continue;
      if (w[j + 1] === "i" && isVowel(w[j + 2])) w[j + 1] = "I";
      else if (w[j + 1] === "y") w[j + 1] = "Y";
    }
    var s = w.join(""), n = s.length, p1 = n, p2 = n, i = 0;
    while (i < n && !isVowel(s[i])) i++;
    if (i < n) {
      i++;
      while (i < n && isVowel(s[i])) i++;
      if (i < n) {
        i++;
        p1 = i < 3 ? 3 : i;
        while (i < n && !isVowel(s[i])) i++;
        if (i < n) {
          i++;
          while (i < n && isVowel(s[i])) i++;
          if (i < n) p2 = i + 1;
        }
      }
    }
    var eFound = false;
    function ends(suffix) { return s.length >= suffix.length && s.slice(s.length - suffix.length) === suffix; }
    function nonVowelBefore(at) { return at > 0 && !isVowel(s[at - 1]); }
    function undouble() { if (ends("kk") || ends("dd") || ends("tt")) s = s.slice(0, -1); }
    function enEnding(at) {
      if (p1 > at || !nonVowelBefore(at) || (at >= 3 && s.slice(at - 3, at) === "gem")) return;
      s = s.slice(0, at);
      undouble();
    }
    function eEnding() {
      eFound = false;
      if (!ends("e")) return;
      var at = s.length - 1;
      if (p1 > at || !nonVowelBefore(at)) return;
      s = s.slice(0, at);
      eFound = true;
      undouble();
    }
    var at;
    if (ends("heden")) { at = s.length - 5; if (p1 <= at) s = s.slice(0, at) + "heid"; }
    else if (ends("ene")) enEnding(s.length - 3);
    else if (ends("en")) enEnding(s.length - 2);
    else if (ends("se") || ends("s")) {
      at = s.length - (ends("se") ? 2 : 1);
      if (p1 <= at && nonVowelBefore(at) && s[at - 1] !== "j") s = s.slice(0, at);
    }
    eEnding();
    if (ends("heid")) {
      at = s.length - 4;
      if (p2 <= at && !(at > 0 && s[at - 1] === "c")) {
        s = s.slice(0, at);
        if (ends("en")) enEnding(s.length - 2);
      }
    }
    if (ends("end") || ends("ing")) {
      at = s.length - 3;
      if (p2 <= at) {
        s = s.slice(0, at);
        if (ends("ig") && p2 <= s.length - 2 && !(s.length > 2 && s[s.length - 3] === "e")) s = s.slice(0, -2);
        else undouble();
      }
    } else if (ends("ig")) {
      at = s.length - 2;
      if (p2 <= at && !(at > 0 && s[at - 1] === "e")) s = s.slice(0, at);
    } else if (ends("lijk")) {
      at = s.length - 4;
      if (p2 <= at) { s = s.slice(0, at); eEnding(); }
    } else if (ends("baar")) {
      at = s.length - 4;
      if (p2 <= at) s = s.slice(0, at);
    } else if (ends("bar")) {
      at = s.length - 3;
      if (p2 <= at && eFound) s = s.slice(0, at);
    }
    n = s.length;
    if (n >= 4) {
      var d = s[n - 1], v = s[n - 2];
      if (!isVowel(d) && d !== "I" && s[n - 3] === v && "aeou".indexOf(v) >= 0 && !isVowel(s[n - 4])) s = s.slice(0, n - 2) + d;
    }
    return s.replace(/Y/g, "y").replace(/I/g, "i");
  }

  var stems = {};
  function stem(word) {
    if (stems[word]) return stems[word];
    var s = snowball(word);
    if (s.length > 2 && (s[s.length - 1] === "z" || s[s.length - 1] === "v")) s = s.slice(0, -1) + (s[s.length - 1] === "z" ? "s" : "f");
    return (stems[word] = s);
  }

  // --- The index files -----------------------------------------------------------------------------------
  var manifest = null, files = {};

  function load(path) {
    if (!files[path]) {
      files[path] = fetch(BASE + path + "?v=" + manifest.version).then(function (r) {
        if (!r.ok) throw new Error(path + ": " + r.status);
        return r.json();
      });
    }
    return files[path];
  }

  function loadManifest() {
    if (manifest) return Promise.resolve(manifest);
    return fetch(BASE + "manifest.json", { cache: "no-cache" }).then(function (r) {
      if (!r.ok) throw new Error("manifest: " + r.status);
      return r.json();
    }).then(function (m) {
      manifest = m;
      m.stop.forEach(function (w) { stopWords[w] = true; });
      return m;
    });
  }

  function shardKey(s) { return s.length <= 2 ? s : s.slice(0, 2); }

  function fileName(key) {
    if (/^[a-z0-9]+$/.test(key)) return key;
    return "_" + key.split("").map(function (c) { return ("000" + c.charCodeAt(0).toString(16)).slice(-4); }).join("");
  }

  function ids(text) {
    var list = [], at = 0;
    if (!text) return list;
    text.split(".").forEach(function (gap) { at += parseInt(gap, 36); list.push(at); });
    return list;
  }

  // --- Matching: as SearchMatcher ------------------------------------------------------------------------
  function oneEditApart(a, b) {
    if (Math.abs(a.length - b.length) > 1 || a === b) return false;
    var i = 0;
    while (i < a.length && i < b.length && a[i] === b[i]) i++;
    if (a.length === b.length)
      return a.slice(i + 1) === b.slice(i + 1) || (i + 1 < a.length && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2));
    return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
  }

  function weight(s, typedLength, term) {
    if (term === s) return WHOLE_WORD;
    if (s.length >= PART_MIN_LENGTH && term.indexOf(s) === 0) return PART_OF_WORD;
    if (typedLength >= TYPO_MIN_LENGTH && oneEditApart(s, term)) return TYPO;
    return 0;
  }

  function scoreWord(word, matched) {
    var s = stem(word), key = shardKey(s), scores = new Map();
    if (manifest.shards.indexOf(key) < 0) return Promise.resolve(scores);
    return load("t/" + fileName(key) + ".json").then(function (shard) {
      Object.keys(shard).forEach(function (term) {
        var w = weight(s, word.length, term);
        if (!w) return;
        matched[term] = true;
        function keep(id, score) { if (!(scores.get(id) >= score)) scores.set(id, score); }
        ids(shard[term][1]).forEach(function (id) { keep(id, w); });
        ids(shard[term][0]).forEach(function (id) { keep(id, w * TITLE_WEIGHT); });
      });
      return scores;
    });
  }

  function find(query) {
    var typed = [];
    words(query.q).forEach(function (w) { if (counts(w.normalised) && typed.indexOf(w.normalised) < 0) typed.push(w.normalised); });
    var chosen = FILTERS.filter(function (f) { return query[f]; });
    var matched = {};
    if (!typed.length && !chosen.length) return Promise.resolve({ documents: [], matched: matched });
    return Promise.all([
      Promise.all(typed.map(function (w) { return scoreWord(w, matched); })),
      Promise.all(chosen.map(function (f) { return load("f/" + f + "/" + query[f] + ".json").then(ids, function () { return []; }); })),
    ]).then(function (found) {
      var scores = null;
      found[0].forEach(function (wordScores) {
        if (!scores) { scores = wordScores; return; }
        var both = new Map();
        scores.forEach(function (score, id) { if (wordScores.has(id)) both.set(id, score + wordScores.get(id)); });
        scores = both;
      });
      if (!scores) {
        scores = new Map();
        for (var id = 0; id < manifest.documents; id++) scores.set(id, 0);
      }
      found[1].forEach(function (allowed) {
        var set = new Set(allowed);
        scores.forEach(function (_, id) { if (!set.has(id)) scores.delete(id); });
      });
      var ranked = Array.from(scores.keys()).sort(function (a, b) { return scores.get(b) - scores.get(a) || a - b; });
      return { documents: ranked, matched: matched };
    });
  }

  // --- Showing results -------------------------------------------------------------------------------------
  function countText(count, shown) {
    if (count === 0) return "Geen resultaten. Probeer een ander woord of minder filters.";
    if (count === 1) return "1 resultaat.";
    return shown < count ? count + " resultaten. Hieronder staan de eerste " + shown + "." : count + " resultaten.";
  }

  function excerpt(text, matched) {
    var list = words(text), pieces = [];
    if (!list.length) return pieces;
    function hit(w) { return counts(w.normalised) && matched[stem(w.normalised)] === true; }
    var first = -1;
    for (var k = 0; k < list.length; k++) if (hit(list[k])) { first = k; break; }
    var from = Math.max(0, first - EXCERPT_BEFORE), to = Math.min(list.length, from + EXCERPT_LENGTH);
    var at = from === 0 ? 0 : list[from].start;
    if (from > 0) pieces.push(["… ", false]);
    for (var i = from; i < to; i++) {
      if (!hit(list[i])) continue;
      if (list[i].start > at) pieces.push([text.slice(at, list[i].start), false]);
      pieces.push([text.substr(list[i].start, list[i].length), true]);
      at = list[i].start + list[i].length;
    }
    var end = to === list.length ? text.length : list[to - 1].start + list[to - 1].length;
    if (end > at) pieces.push([text.slice(at, end), false]);
    if (to < list.length) pieces.push([" …", false]);
    return pieces;
  }

  function element(name, className, text) {
    var node = document.createElement(name);
    if (className) node.className = className;
    if (text) node.textContent = text;
    return node;
  }

  function resultItem(doc, matched) {
    var li = element("li");
    var meta = element("p", "search-meta");
    meta.appendChild(element("span", "search-kind", doc.kind));
    if (doc.verdict) meta.appendChild(element("span", "search-verdict", "Oordeel: " + doc.verdict));
    var h3 = element("h3"), a = element("a", "", doc.title);
    a.href = doc.url;
    h3.appendChild(a);
    var p = element("p", "search-excerpt");
    excerpt(doc.text, matched).forEach(function (piece) {
      p.appendChild(piece[1] ? element("mark", "", piece[0]) : document.createTextNode(piece[0]));
    });
    li.appendChild(meta);
    li.appendChild(h3);
    li.appendChild(p);
    return li;
  }

  function readQuery(params) {
    var query = { q: (params.get("q") || "").slice(0, 200) };
    FILTERS.forEach(function (f) {
      var v = params.get(f) || "";
      query[f] = /^[a-z0-9-]{1,80}$/.test(v) ? v : "";
    });
    return query;
  }

  function start() {
    var form = document.querySelector("[data-search-form]");
    var input = form && form.querySelector("input[name=q]");
    var results = document.querySelector("[data-search-results]");
    var list = document.querySelector("[data-search-list]");
    var status = document.querySelector("[data-search-status]");
    var more = document.querySelector("[data-search-more]");
    var fallback = document.querySelector("[data-search-fallback]");
    if (!input || !results || !list || !status || !more) return;
    if (fallback) fallback.hidden = true;
    var current = null, shown = 0, run = 0;

    function showMore(focus) {
      var page = current.documents.slice(shown, shown + PAGE), mine = run;
      return Promise.all(page.map(function (id) { return load("d/" + id + ".json"); })).then(function (docs) {
        if (mine !== run) return;
        var firstNew = null;
        docs.forEach(function (doc) {
          var li = resultItem(doc, current.matched);
          if (!firstNew) firstNew = li;
          list.appendChild(li);
        });
        shown += docs.length;
        more.hidden = shown >= current.documents.length;
        status.textContent = countText(current.documents.length, shown);
        if (focus && firstNew) firstNew.querySelector("a").focus();
      });
    }

    function search(query) {
      var mine = ++run, started = performance.now();
      return loadManifest().then(function () { return find(query); }).then(function (found) {
        if (mine !== run) return;
        current = found;
        shown = 0;
        list.textContent = "";
        results.hidden = found.documents.length === 0;
        more.hidden = true;
        if (!found.documents.length) {
          status.textContent = (query.q || FILTERS.some(function (f) { return query[f]; })) ? countText(0, 0) : "";
          return;
        }
        return showMore(false);
      }).then(function () {
        // The answer time, from reading the query to the results drawn: bench/search.py reads it.
        if (mine === run) results.setAttribute("data-search-ms", String(Math.round(performance.now() - started)));
      }).catch(function () {
        if (mine === run) status.textContent = "Zoeken lukt nu niet. Probeer het later opnieuw, of blader via de lijsten hieronder.";
        if (fallback) fallback.hidden = false;
      });
    }

    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var params = new URLSearchParams();
      if (input.value.trim()) params.set("q", input.value.trim());
      FILTERS.forEach(function (f) {
        var select = form.querySelector("select[name=" + f + "]");
        if (select && select.value) params.set(f, select.value);
      });
      var text = params.toString();
      history.replaceState(null, "", text ? "?" + text : location.pathname);
      search(readQuery(params));
    });
    more.addEventListener("click", function () { if (current) showMore(true); });

    var query = readQuery(new URLSearchParams(location.search));
    // The server already answered this query in the page (the API serves the site): keep its results.
    if (results.hasAttribute("data-search-rendered")) return;
    input.value = query.q;
    FILTERS.forEach(function (f) {
      var select = form.querySelector("select[name=" + f + "]");
      if (select) select.value = query[f];
    });
    if (query.q || FILTERS.some(function (f) { return query[f]; })) search(query);
  }

  // For the browser test that holds this stemmer to the index's: the same stem for every indexed word.
  window.TransitionLabSearch = { stem: function (word) { return stem(word); }, words: words };

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
