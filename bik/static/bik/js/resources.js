// Resource gallery: submit the filter form as soon as a facet checkbox changes. Without this script the
// "Show resources" button does the same; the focus is restored to the same checkbox after the reload.
(function () {
  "use strict";
  var form = document.querySelector("form[data-resource-filters]");
  if (!form || !window.sessionStorage) {
    return;
  }
  var key = "bik-resources-focus";
  var focusId = window.sessionStorage.getItem(key);
  if (focusId) {
    window.sessionStorage.removeItem(key);
    var target = document.getElementById(focusId);
    if (target) {
      var panel = target.closest("details");
      if (panel) {
        panel.open = true;  // on phones the filters sit in a closed panel
      }
      target.focus();
    }
  }
  form.addEventListener("change", function (event) {
    var input = event.target;
    if (input && input.type === "checkbox") {
      window.sessionStorage.setItem(key, input.id);
      var page = form.querySelector("input[name=page]");
      if (page) {
        page.remove();
      }
      form.submit();
    }
  });
})();
