// TransitionLab comparison on a static host: /vergelijk/?e=<slug>&e=<slug> has no server to read the query,
// so this script reads it, checks it by the rules of CompareRequest (2 to 4 distinct experiments that exist) and
// fills the page's table with the column each experiment's sheet carries in <template data-compare-column>:
// the same cells the API renders. Messages come from the page, so the Dutch stays in one place.
(function () {
  "use strict";

  var root = document.querySelector("[data-compare]");
  if (!root) return;
  var problem = root.querySelector("[data-compare-problem]");
  var SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

  var slugs = [];
  new URLSearchParams(window.location.search).getAll("e").forEach(function (value) {
    value = value.trim();
    if (value && slugs.indexOf(value) < 0) slugs.push(value);
  });
  if (slugs.length === 0) return;

  function fail(message) {
    problem.textContent = message;
    problem.setAttribute("role", "alert");
    problem.hidden = false;
  }

  if (slugs.length > Number(root.dataset.max)) return fail(root.dataset.tooMany);
  if (!slugs.every(function (s) { return SLUG.test(s); })) return fail(root.dataset.unknown);

  function column(slug) {
    return fetch("/experimenten/" + slug + "/blad/").then(function (response) {
      if (response.status === 404) throw new Error("unknown");
      if (!response.ok) throw new Error("unavailable");
      return response.text();
    }).then(function (html) {
      var template = new DOMParser().parseFromString(html, "text/html").querySelector("template[data-compare-column]");
      if (!template) throw new Error("unavailable");
      return template.content;
    });
  }

  Promise.all(slugs.map(column)).then(function (columns) {
    if (columns.length < Number(root.dataset.min)) return fail(root.dataset.tooFew);
    var frame = root.querySelector("template[data-compare-frame]").content.cloneNode(true);
    var head = frame.querySelector("[data-compare-head]");
    columns.forEach(function (part) {
      head.appendChild(document.importNode(part.querySelector("[data-compare-head] th"), true));
      part.querySelectorAll("tr[data-row]").forEach(function (row) {
        var target = frame.querySelector('tr[data-row="' + row.getAttribute("data-row") + '"]');
        if (target) target.appendChild(document.importNode(row.querySelector("td"), true));
      });
    });
    root.querySelector("[data-compare-result]").appendChild(frame);
  }).catch(function (error) {
    fail(error && error.message === "unknown" ? root.dataset.unknown : root.dataset.unavailable);
  });
})();
