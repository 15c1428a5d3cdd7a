// Live progress of a bulletin mailing: polls the JSON endpoint and updates the figures in place.
// Without JavaScript the page refreshes itself (a <noscript> meta refresh) and shows the same figures.
(function () {
  "use strict";
  var root = document.querySelector("[data-bulletin-progress]");
  if (!root || !window.fetch) { return; }
  var url = root.getAttribute("data-bulletin-progress");
  var field = function (name) { return root.querySelector('[data-field="' + name + '"]'); };
  var lastStatus = null;

  function show(data) {
    ["status_label", "total", "sent", "failed", "skipped", "remaining", "rate", "bounces", "unsubscribes"].forEach(function (name) {
      var el = field(name);
      if (el) { el.textContent = String(data[name]); }
    });
    var eta = field("eta_seconds");
    if (eta) { eta.textContent = data.eta_seconds === null ? "–" : String(data.eta_seconds); }
    var bar = field("percent");
    if (bar) { bar.value = data.percent; bar.textContent = data.percent + "%"; }
    var text = field("percent-text");
    if (text) { text.textContent = data.percent + "%"; }
    if (data.status !== lastStatus) {
      var announce = field("announce");
      if (announce) { announce.textContent = data.status_label; }
      lastStatus = data.status;
    }
    return data.status === "sending" || data.status === "scheduled";
  }

  function poll() {
    fetch(url, { credentials: "same-origin", headers: { "Accept": "application/json" } })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (data) {
        if (data === null || show(data)) { window.setTimeout(poll, 1000); }
      })
      .catch(function () { window.setTimeout(poll, 5000); });
  }
  poll();
})();
