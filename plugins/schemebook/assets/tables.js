/* schemebook: a table too wide for the screen scrolls sideways inside Material's wrapper, and a chart
   inside its figure (it keeps a legible size rather than shrink). While one does, this makes its
   wrapper a named region that takes keyboard focus, so it can be scrolled without a mouse
   (WCAG 2.1.1); one that fits adds no stop to the tab order. No network. */
(function () {
  "use strict";

  function name(wrap) {
    var chart = wrap.querySelector("svg > title");
    if (chart) return "Chart: " + chart.textContent.trim();
    var caption = wrap.querySelector("caption");
    if (caption) return caption.textContent.trim();
    for (var el = wrap.previousElementSibling; el; el = el.previousElementSibling) {
      if (/^H[1-6]$/.test(el.tagName)) return "Table: " + el.textContent.replace("\u00b6", "").trim();
    }
    return "Table";
  }

  function update() {
    var wraps = document.querySelectorAll(".md-typeset__scrollwrap, .sb-figure");
    for (var i = 0; i < wraps.length; i++) {
      var wrap = wraps[i];
      if (wrap.scrollWidth > wrap.clientWidth + 1) {
        wrap.setAttribute("tabindex", "0");
        wrap.setAttribute("role", "region");
        wrap.setAttribute("aria-label", name(wrap));
      } else {
        wrap.removeAttribute("tabindex");
        wrap.removeAttribute("role");
        wrap.removeAttribute("aria-label");
      }
    }
  }

  // Material wraps tables as it loads each page; document$ announces every page, instant loading included.
  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(update);
  } else {
    document.addEventListener("DOMContentLoaded", update);
  }
  window.addEventListener("resize", update);
})();
