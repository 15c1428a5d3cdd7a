/* First-party counting without tracking (bik/analytics): one beacon per page view and per video played.
   Sends a token the server signed into the page; no cookie, no storage, no identifier. Nothing is sent when
   the browser asks not to be tracked (Do Not Track, Global Privacy Control). */
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script || !navigator.sendBeacon) return;
  var url = script.getAttribute("data-analytics-url");
  var refused = navigator.doNotTrack === "1" || window.doNotTrack === "1" || navigator.globalPrivacyControl === true;

  function send(token) {
    if (refused || !url || !token) return;
    var body = new URLSearchParams();
    body.set("t", token);
    navigator.sendBeacon(url, body);
  }

  window.bikAnalytics = { send: send };
  send(script.getAttribute("data-analytics-page"));
})();
