// BIK Youth: show meeting times in the visitor's own time zone, with its name. Without JavaScript the
// server's text (the space's time zone, named) stays, so nothing depends on this file.
(function () {
  "use strict";
  var zone;
  try {
    zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  } catch (error) {
    return;
  }
  var lang = document.documentElement.lang || undefined;
  document.querySelectorAll("time.js-local-time[datetime]").forEach(function (element) {
    var when = new Date(element.getAttribute("datetime"));
    if (isNaN(when.getTime())) { return; }
    var text = new Intl.DateTimeFormat(lang, { dateStyle: "full", timeStyle: "short", timeZone: zone }).format(when);
    element.textContent = text + " (" + zone + ")";
  });
})();
