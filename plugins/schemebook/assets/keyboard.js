/* schemebook: real buttons for Material's menu, search and palette toggles, and whatever is closed or off screen kept
   out of the tab order (WCAG 2.4.3, 2.4.7): the navigation drawer below 1220 px while it is closed, and the
   search panel below 960 px while it is closed. No library, no network. */
(function () {
  "use strict";

  // Material's own breakpoints: the drawer is off canvas below 76.25em, the search panel below 60em.
  var drawerNarrow = window.matchMedia("(max-width: 76.234375em)");
  var searchNarrow = window.matchMedia("(max-width: 59.984375em)");

  function box(id) {
    return document.getElementById(id);
  }

  function isOpen(id) {
    var toggle = box(id);
    return !!(toggle && toggle.checked);
  }

  function update() {
    var sidebar = document.querySelector(".md-sidebar--primary");
    if (sidebar) {
      sidebar.id = sidebar.id || "sb-drawer";
      sidebar.inert = drawerNarrow.matches && !isOpen("__drawer");
    }
    var search = document.querySelector(".md-search__inner");
    if (search) search.inert = searchNarrow.matches && !isOpen("__search");
    document.querySelectorAll("[data-sb-toggle]").forEach(function (button) {
      button.hidden = false;
      button.setAttribute("aria-expanded", isOpen(button.getAttribute("data-sb-toggle")) ? "true" : "false");
    });
  }

  function focusFirst(selector) {
    var target = document.querySelector(selector);
    if (target) target.focus();
  }

  function press(button) {
    var id = button.getAttribute("data-sb-toggle");
    var toggle = box(id);
    if (!toggle) return;
    toggle.click();
    update();
    if (toggle.checked && id === "__drawer") focusFirst(".md-sidebar--primary a[href]");
    if (toggle.checked && id === "__search") focusFirst(".md-search__input");
  }

  function close(id) {
    if (!isOpen(id)) return;
    box(id).click();
    update();
    focusFirst('[data-sb-toggle="' + id + '"]');
  }

  // A palette button chooses the next palette through Material's own input; Material then shows that input's
  // button, which takes the focus. Enter is kept from Material's form handler, which would focus the hidden input.
  function choosePalette(button) {
    var input = box(button.getAttribute("data-sb-palette"));
    if (!input) return;
    input.click();
    var next = input.nextElementSibling;
    if (!next || !next.hasAttribute("data-sb-palette")) return;
    button.hidden = true;  // as Material does on the input's change, so the focus never waits on its scripts
    next.hidden = false;
    next.focus();
  }

  function start() {
    document.querySelectorAll("[data-sb-palette]").forEach(function (button) {
      button.addEventListener("click", function () { choosePalette(button); });
      button.addEventListener("keydown", function (event) {
        if (event.key === "Enter") event.stopPropagation();
      });
    });
    document.querySelectorAll("[data-sb-toggle]").forEach(function (button) {
      button.addEventListener("click", function () { press(button); });
    });
    ["__drawer", "__search"].forEach(function (id) {
      var toggle = box(id);
      if (toggle) toggle.addEventListener("change", update);
    });
    document.addEventListener("keydown", function (event) {
      if (event.key === "Escape") close("__drawer");
    });
    // Material closes the drawer and the search from its own scripts (overlay, links, Escape) without an event.
    document.addEventListener("click", function () { window.setTimeout(update, 0); });
    document.addEventListener("keyup", function () { window.setTimeout(update, 0); });
    drawerNarrow.addEventListener("change", update);
    searchNarrow.addEventListener("change", update);
    update();
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
