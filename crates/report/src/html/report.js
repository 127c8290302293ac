// crosscheck report: n / p focus the next / previous finding in the text,
// Escape closes the tooltip in focus. The page works without it.
(function () {
  "use strict";
  document.documentElement.setAttribute("data-script", "ran");
  var marks = Array.prototype.slice.call(document.querySelectorAll(".hl-finding[tabindex]"));
  document.addEventListener("keydown", function (event) {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    var target = event.target;
    if (target && target.tagName === "INPUT") return;
    if (event.key === "Escape") {
      if (document.activeElement && document.activeElement.blur) document.activeElement.blur();
      return;
    }
    if ((event.key !== "n" && event.key !== "p") || marks.length === 0) return;
    var current = document.activeElement && document.activeElement.closest
      ? document.activeElement.closest(".hl-finding[tabindex]") : null;
    var at = marks.indexOf(current);
    var next = event.key === "n"
      ? (at + 1) % marks.length
      : (at <= 0 ? marks.length - 1 : at - 1);
    marks[next].focus();
    marks[next].scrollIntoView({ block: "center" });
    event.preventDefault();
  });
})();
