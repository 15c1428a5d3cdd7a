/* Better Internet for Kids — progressive enhancement only.
   Everything works without this file: <details class="disclosure"> opens and closes natively.
   This adds: Escape closes an open disclosure (focus returns to its <summary>), and a click or
   focus outside an open disclosure closes it; and a form sent back with errors has its first error brought
   into view and focused (on a phone it may be far below the top of the page, where the reload starts).
   No dependencies, no eval, no inline styles. */
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

  // A form sent back with errors: focus its first error (the field, whose label and message a screen reader
  // then reads, or the form's own message), unless the address points somewhere on the page already.
  function focusFirstError() {
    if (window.location.hash) return;
    var first = document.querySelector("form .field--error, form .notice--error");
    if (!first) return;
    var target = first.classList.contains("field--error")
      ? first.querySelector("input:not([type=hidden]), select, textarea")
      : first;
    if (!target) return;
    if (target === first) target.setAttribute("tabindex", "-1");
    target.focus();
    if (target.scrollIntoView) target.scrollIntoView({ block: "center" });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", focusFirstError);
  } else {
    focusFirstError();
  }
})();
