// BIK Youth: show meeting times in the visitor's own time zone too, with its name. Without JavaScript the
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
    var planned = element.getAttribute("data-zone");
    // In the space's own zone the time is written in the language's words; elsewhere the visitor's time follows
    // the space's, so the hour a coordinator planned reads the same on every page and in the form.
    element.textContent = (planned && planned !== zone ? element.textContent + " · " : "") + text + " (" + zone + ")";
  });
})();
