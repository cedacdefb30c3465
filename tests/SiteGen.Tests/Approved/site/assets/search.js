// Starts Pagefind's search interface on the search page. Loaded as a file, so a strict
// content security policy (script-src 'self') holds: the site has no inline script.
function escapeText(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

window.addEventListener("DOMContentLoaded", function () {
  var element = document.getElementById("search");
  if (!element || typeof PagefindUI === "undefined") return;
  new PagefindUI({
    element: "#search",
    bundlePath: element.dataset.bundle,
    baseUrl: element.dataset.baseUrl,
    // One result per article, its excerpt led by its date and topics (sub-results would hide that excerpt).
    showSubResults: false,
    showImages: false,
    resetStyles: false,
    // Each result says when it was published and what it is about, from the metadata and filters the pages carry.
    processResult: function (result) {
      var parts = [];
      var date = result.meta && result.meta.date ? new Date(result.meta.date + "T12:00:00") : null;
      if (date && !isNaN(date.getTime()))
        parts.push(date.toLocaleDateString(document.documentElement.lang, { year: "numeric", month: "long", day: "numeric" }));
      if (result.filters && result.filters.topic && result.filters.topic.length) parts.push(result.filters.topic.join(", "));
      if (parts.length) result.excerpt = '<span class="result-meta">' + escapeText(parts.join(" · ")) + "</span> " + result.excerpt;
      return result;
    }
  });
  // The page's heading is the search field's visible label.
  var label = function () {
    var input = element.querySelector("input");
    if (!input) return false;
    input.setAttribute("aria-labelledby", "search-title");
    input.removeAttribute("title");
    return true;
  };
  if (!label()) {
    var watcher = new MutationObserver(function () { if (label()) watcher.disconnect(); });
    watcher.observe(element, { childList: true, subtree: true });
  }
});
