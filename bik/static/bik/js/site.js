/* Better Internet for Kids — progressive enhancement only.
   Everything works without this file: <details class="disclosure"> opens and closes natively.
   This adds: Escape closes an open disclosure (focus returns to its <summary>), and a click or
   focus outside an open disclosure closes it. No dependencies, no eval, no inline styles. */
(function () {
  "use strict";

  var SELECTOR = "details.disclosure[open]";

  function openDisclosures() {
    return Array.prototype.slice.call(document.querySelectorAll(SELECTOR));
  }

  function summaryOf(details) {
    var first = details.firstElementChild;
    return first && first.tagName === "SUMMARY" ? first : details.querySelector("summary");
  }

  function close(details, returnFocus) {
    details.removeAttribute("open");
    if (returnFocus) {
      var summary = summaryOf(details);
      if (summary) summary.focus();
    }
  }

  function closeAllExcept(target) {
    openDisclosures().forEach(function (details) {
      if (!(target instanceof Node) || !details.contains(target)) close(details, false);
    });
  }

  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape" && event.key !== "Esc") return;
    var open = openDisclosures();
    if (!open.length) return;
    var active = document.activeElement;
    // Prefer the disclosure that holds focus; otherwise close the innermost (last) open one.
    var current = null;
    for (var i = open.length - 1; i >= 0; i--) {
      if (active && open[i].contains(active)) { current = open[i]; break; }
    }
    if (!current) current = open[open.length - 1];
    close(current, true);
    event.preventDefault();
  });

  document.addEventListener("click", function (event) {
    closeAllExcept(event.target);
  });

  // Keyboard users tabbing past the end of the panel should not leave it covering the page.
  document.addEventListener("focusin", function (event) {
    closeAllExcept(event.target);
  });
})();
