// TransitionLab: small progressive enhancements. The site works without this file; it only filters
// experiment lists in place (search is search.js). No inline handlers, so a strict CSP works.
(function () {
  "use strict";

  function matches(selects, valuesOf) {
    var ok = true;
    selects.forEach(function (select) {
      if (select.value && valuesOf(select.name).indexOf(select.value) < 0) ok = false;
    });
    return ok;
  }

  function filterExperiments(form) {
    var list = document.querySelector("[data-filter-list]");
    if (!list) return;
    var selects = form.querySelectorAll("select");
    var count = form.querySelector("[data-filter-count]");
    // A paginated list holds one page; the whole catalogue, with each experiment's facet codes, is in /zoekindex.json.
    var paginated = list.hasAttribute("data-paginated");
    var original = list.innerHTML;
    var pagination = document.querySelector(".pagination");
    var index = null;

    function applyInPlace() {
      var shown = 0;
      list.querySelectorAll("li").forEach(function (item) {
        var visible = matches(selects, function (name) { return (item.getAttribute("data-" + name) || "").split(" "); });
        item.hidden = !visible;
        if (visible) shown++;
      });
      if (count) count.textContent = String(shown);
    }

    function applyFromIndex() {
      var any = Array.prototype.some.call(selects, function (select) { return select.value; });
      if (pagination) pagination.hidden = any;
      if (!any) {
        list.innerHTML = original;
        if (count) count.textContent = count.getAttribute("data-total") || count.textContent;
        return;
      }
      var hits = index.filter(function (item) {
        return item.facets && matches(selects, function (name) { return item.facets[name] || []; });
      });
      list.textContent = "";
      hits.forEach(function (item) {
        var li = document.createElement("li");
        li.className = "card";
        var h3 = document.createElement("h3");
        var a = document.createElement("a");
        a.href = item.url;
        a.textContent = item.title;
        h3.appendChild(a);
        var p = document.createElement("p");
        p.textContent = item.summary;
        li.appendChild(h3);
        li.appendChild(p);
        list.appendChild(li);
      });
      if (count) count.textContent = String(hits.length);
    }

    function apply() {
      if (!paginated) return applyInPlace();
      if (index) return applyFromIndex();
      fetch("/zoekindex.json").then(function (r) { return r.json(); }).then(function (data) {
        index = data;
        applyFromIndex();
      });
    }
    if (count) count.setAttribute("data-total", count.textContent);
    form.hidden = false;
    form.addEventListener("change", apply);
    form.addEventListener("submit", function (event) { event.preventDefault(); apply(); });
  }

  document.addEventListener("DOMContentLoaded", function () {
    var filter = document.querySelector("[data-filter-form]");
    if (filter) filterExperiments(filter);
  });
})();
