// BIK Youth: show meeting times in the visitor's own time zone, with its name. Without JavaScript the
// server's text (the space's time zone, named) stays, so nothing depends on this file; so does it where the
// browser cannot write dates in the page's language (Irish, Maltese or Icelandic in some builds), which it would
// otherwise write as "2026 M12 16, Wed".
(function () {
  "use strict";
  var zone;
  var lang = document.documentElement.lang || "en";
  try {
    zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (Intl.DateTimeFormat.supportedLocalesOf([lang]).length === 0) { return; }
  } catch (error) {
    return;
  }
  document.querySelectorAll("time.js-local-time[datetime]").forEach(function (element) {
    var when = new Date(element.getAttribute("datetime"));
    if (isNaN(when.getTime())) { return; }
    var text = new Intl.DateTimeFormat(lang, { dateStyle: "full", timeStyle: "short", timeZone: zone }).format(when);
    element.textContent = text + " (" + zone + ")";
  });
})();
