// Värn's own progressive enhancement. Everything works without it; with it, destructive
// forms ask for confirmation and htmx requests carry the CSRF token of the page.
(function () {
  "use strict";
  document.addEventListener("submit", function (event) {
    var form = event.target;
    var question = form && form.getAttribute && form.getAttribute("data-confirm");
    if (question && !window.confirm(question)) {
      event.preventDefault();
    }
  }, true);
  document.addEventListener("htmx:configRequest", function (event) {
    var token = document.querySelector("input[name=csrf]");
    if (token) {
      event.detail.headers["x-csrf-token"] = token.value;
    }
  });
  // Move focus to a problem list when a page arrives with one, so screen readers hear it.
  document.addEventListener("DOMContentLoaded", function () {
    var problems = document.getElementById("problems");
    if (problems) { problems.focus(); }
    // Print buttons stay hidden until this script can run them (the page prints anyway).
    var buttons = document.querySelectorAll("[data-print]");
    for (var i = 0; i < buttons.length; i++) {
      buttons[i].hidden = false;
      buttons[i].addEventListener("click", function () { window.print(); });
    }
    // Copy buttons copy the text of the element they name, and say so where a screen
    // reader hears it.
    var copies = document.querySelectorAll("[data-copy]");
    for (var j = 0; j < copies.length; j++) {
      if (!navigator.clipboard) { break; }
      copies[j].hidden = false;
      copies[j].addEventListener("click", function (event) {
        var button = event.currentTarget;
        var source = document.getElementById(button.getAttribute("data-copy"));
        var said = document.getElementById(button.getAttribute("data-copied"));
        navigator.clipboard.writeText(source.textContent.trim()).then(function () {
          if (said) { said.textContent = said.getAttribute("data-text"); }
        });
      });
    }
    // A list of units grouped by administration follows the administration chosen in the
    // select it names, so a city's two hundred units shrink to one administration's.
    var narrowed = document.querySelectorAll("select[data-follows]");
    for (var k = 0; k < narrowed.length; k++) {
      (function (units) {
        var chooser = document.getElementById(units.getAttribute("data-follows"));
        if (!chooser) { return; }
        var follow = function () {
          var groups = units.querySelectorAll("optgroup");
          for (var g = 0; g < groups.length; g++) {
            var other = chooser.value !== "" && groups[g].getAttribute("data-administration") !== chooser.value;
            groups[g].hidden = other;
            groups[g].disabled = other;
          }
          var chosen = units.options[units.selectedIndex];
          if (chosen && chosen.parentNode.disabled) { units.value = ""; }
        };
        chooser.addEventListener("change", follow);
        follow();
      })(narrowed[k]);
    }
  });
})();
