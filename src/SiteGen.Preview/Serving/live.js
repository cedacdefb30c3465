// Serve mode only: reloads the page when the site is rebuilt, and shows the build's errors over
// the page until they are fixed. Loaded as a file; it adds no inline style or script.
(function () {
  var overlay = null;
  var lastBuild = null;

  function stylesheet() {
    if (document.querySelector("link[data-sitegen-live]")) return;
    var link = document.createElement("link");
    link.rel = "stylesheet";
    link.href = "/__sitegen/live.css";
    link.setAttribute("data-sitegen-live", "");
    document.head.appendChild(link);
  }

  function showErrors(errors) {
    stylesheet();
    if (!overlay) {
      overlay = document.createElement("section");
      overlay.className = "sitegen-overlay";
      overlay.setAttribute("role", "alert");
      overlay.setAttribute("aria-label", "Build errors");
      document.body.appendChild(overlay);
    }
    overlay.textContent = "";
    var title = document.createElement("h2");
    title.textContent = errors.length === 1 ? "1 error stops the build" : errors.length + " errors stop the build";
    overlay.appendChild(title);
    var list = document.createElement("ol");
    errors.forEach(function (error) {
      var item = document.createElement("li");
      var where = document.createElement("code");
      where.textContent = error.file + "(" + error.line + "," + error.column + ")";
      item.appendChild(where);
      item.appendChild(document.createTextNode(" " + error.id + ": " + error.message));
      list.appendChild(item);
    });
    overlay.appendChild(list);
  }

  var events = new EventSource("/__sitegen/events");
  // This page's address as the server names pages: /fr/articles/loi/ for /fr/articles/loi/index.html.
  function here() {
    return location.pathname.replace(/index\.html$/, "");
  }

  // A build's message names the pages it changed (none named: every page); a build missed while
  // the stream was down may have changed this one, so the page reloads then too.
  events.addEventListener("reload", function (event) {
    var build = JSON.parse(event.data);
    var missed = lastBuild !== null && build.build > lastBuild + 1;
    var changed = lastBuild !== null && build.build !== lastBuild && (!build.pages || missed || build.pages.indexOf(here()) >= 0);
    lastBuild = build.build;
    if (changed || overlay) location.reload();
  });
  events.addEventListener("errors", function (event) { showErrors(JSON.parse(event.data)); });
})();
