// Safer Internet Day: turns the server-rendered "in N days" into a live days-and-hours countdown.
// The page says the same without JavaScript; this only refreshes it while the page stays open.
(function () {
  "use strict";
  var lang = document.documentElement.lang || "en";
  function update() {
    document.querySelectorAll("time[data-sid-countdown]").forEach(function (time) {
      var target = new Date(time.getAttribute("datetime") + "T00:00:00");
      var text = time.parentElement && time.parentElement.querySelector(".sid-countdown-text");
      if (!text || isNaN(target.getTime()) || typeof Intl.RelativeTimeFormat !== "function") return;
      // The server's words stay where the browser cannot write the page's language.
      if (Intl.RelativeTimeFormat.supportedLocalesOf([lang]).length === 0) return;
      var days = Math.ceil((target.getTime() - Date.now()) / 86400000);
      if (days <= 0) return;
      text.textContent = new Intl.RelativeTimeFormat(lang, { numeric: "auto" }).format(days, "day");
    });
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", update);
  else update();
  setInterval(update, 3600000);
})();
