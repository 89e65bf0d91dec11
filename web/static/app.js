// rasid web UI: small keyboard helpers. The pages work without script.
(function () {
  "use strict";
  // "/" moves the focus to the search box, as in many search pages.
  document.addEventListener("keydown", function (e) {
    if (e.key !== "/" || e.ctrlKey || e.metaKey || e.altKey) return;
    var t = e.target;
    if (t && (t.tagName === "INPUT" || t.tagName === "TEXTAREA" || t.isContentEditable)) return;
    var q = document.getElementById("q");
    if (q) {
      e.preventDefault();
      q.focus();
      q.select();
    }
  });
  // Ctrl+Enter in the analysis box submits the form.
  var text = document.getElementById("text");
  if (text && text.tagName === "TEXTAREA") {
    text.addEventListener("keydown", function (e) {
      if (e.key === "Enter" && (e.ctrlKey || e.metaKey) && text.form) {
        e.preventDefault();
        text.form.requestSubmit();
      }
    });
  }
})();
