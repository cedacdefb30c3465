// Starts Pagefind's search interface on the search page. Loaded as a file, so a strict
// content security policy (script-src 'self') holds: the site has no inline script.
window.addEventListener("DOMContentLoaded", function () {
  var element = document.getElementById("search");
  if (!element || typeof PagefindUI === "undefined") return;
  new PagefindUI({
    element: "#search",
    bundlePath: element.dataset.bundle,
    baseUrl: element.dataset.baseUrl,
    showSubResults: true,
    showImages: false,
    resetStyles: false
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
