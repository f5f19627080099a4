/* schemebook: real buttons for Material's menu, search, palette and navigation panel toggles, and whatever is closed,
   off screen or behind another panel kept out of the tab order (WCAG 2.4.3, 2.4.7, 2.4.11): the navigation drawer
   below 1220 px while it is closed, its panels other than the one shown while it is open, and the search panel below
   960 px while it is closed. While the drawer is open, Tab and Shift+Tab go round inside it and Escape closes it,
   back to the Menu button. No library, no network. */
(function () {
  "use strict";

  // Material's own breakpoints: the drawer is off canvas below 76.25em, the search panel below 60em.
  var drawerNarrow = window.matchMedia("(max-width: 76.234375em)");
  var searchNarrow = window.matchMedia("(max-width: 59.984375em)");
  var FOCUSABLE = "a[href], button:not([disabled]), input:not([disabled]), [tabindex]";

  function box(id) {
    return document.getElementById(id);
  }

  function isOpen(id) {
    var toggle = box(id);
    return !!(toggle && toggle.checked);
  }

  function drawerOpen() {
    return drawerNarrow.matches && isOpen("__drawer");
  }

  function primaryNav() {
    return document.querySelector(".md-sidebar--primary .md-nav--primary");
  }

  function shown(element) {
    return element.getClientRects().length > 0;
  }

  // The panel on show in the open drawer: the deepest whose toggle is checked, as Material slides it in.
  function visiblePanel(root) {
    var panel = root;
    for (;;) {
      var next = null;
      panel.querySelectorAll(":scope > ul > li > input.md-nav__toggle:checked ~ .md-nav").forEach(function (nav) {
        if (!next && shown(nav)) next = nav;
      });
      if (!next) return panel;
      panel = next;
    }
  }

  // Everything in `node` but the way down to `panel` is inert, and so are the panels below `panel`, off screen.
  function hideAround(node, panel, hidden) {
    Array.prototype.forEach.call(node.children, function (child) {
      if (child === panel) return;
      if (child.contains(panel)) hideAround(child, panel, hidden);
      else hidden.push(child);
    });
  }

  function updatePanels() {
    document.querySelectorAll("[data-sb-covered]").forEach(function (element) {
      element.inert = false;
      element.removeAttribute("data-sb-covered");
    });
    var root = primaryNav();
    if (!root || !drawerOpen()) return;
    var panel = visiblePanel(root);
    var hidden = [];
    if (panel !== root) hideAround(root, panel, hidden);
    panel.querySelectorAll(".md-nav").forEach(function (nav) { hidden.push(nav); });
    hidden.forEach(function (element) {
      element.inert = true;
      element.setAttribute("data-sb-covered", "");
    });
  }

  // Material's panel controls are <label>s, which a keyboard cannot press. Below 1220 px every one becomes a button;
  // above, only those that open and close a part of the sidebar (a section title stays a label, as it is a title).
  // The `for` attribute stays, as Material's stylesheet places the controls by it.
  function retag(element, tag) {
    var other = document.createElement(tag);
    Array.prototype.forEach.call(element.attributes, function (attribute) {
      other.setAttribute(attribute.name, attribute.value);
    });
    while (element.firstChild) other.appendChild(element.firstChild);
    element.replaceWith(other);
    return other;
  }

  function panelTitle(control) {
    var item = control.closest(".md-nav__item");
    var text = control.classList.contains("md-nav__title") ? control : item && item.querySelector(".md-ellipsis");
    return text ? text.textContent.replace(/\s+/g, " ").trim() : "";
  }

  function updateControls() {
    var root = primaryNav();
    if (!root) return;
    root.querySelectorAll("label[for]:not([for='__drawer']), button[data-sb-panel]").forEach(function (control) {
      if (control.tagName === "LABEL" && control.getAttribute("tabindex") !== "0") {
        control.setAttribute("data-sb-section", "");
      }
      var wanted = drawerNarrow.matches || control.getAttribute("data-sb-section") === null ? "BUTTON" : "LABEL";
      if (control.tagName === wanted) return;
      if (wanted === "LABEL") {
        control.removeAttribute("type");
        control.removeAttribute("aria-label");
        control.removeAttribute("aria-expanded");
        control.removeAttribute("data-sb-panel");
        retag(control, "label");
        return;
      }
      var back = control.classList.contains("md-nav__title");
      var title = panelTitle(control);
      control.removeAttribute("tabindex");
      var button = retag(control, "button");
      button.type = "button";
      button.setAttribute("data-sb-panel", button.getAttribute("for"));
      button.setAttribute("aria-label", (back ? "Back from " : "Open ") + title);
    });
    root.querySelectorAll("button[data-sb-panel]:not(.md-nav__title)").forEach(function (button) {
      button.setAttribute("aria-expanded", isOpen(button.getAttribute("data-sb-panel")) ? "true" : "false");
    });
  }

  function focusables(container) {
    return Array.prototype.filter.call(container.querySelectorAll(FOCUSABLE), function (element) {
      return element.tabIndex >= 0 && !element.closest("[inert]") && shown(element);
    });
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
    updateControls();
    updatePanels();
  }

  function focusFirst(selector) {
    var target = document.querySelector(selector);
    if (target) target.focus();
  }

  function focusInPanel() {
    var root = primaryNav();
    var first = root && focusables(visiblePanel(root))[0];
    if (first) first.focus();
  }

  function press(button) {
    var id = button.getAttribute("data-sb-toggle");
    var toggle = box(id);
    if (!toggle) return;
    toggle.click();
    update();
    if (toggle.checked && id === "__drawer") focusInPanel();
    if (toggle.checked && id === "__search") focusFirst(".md-search__input");
  }

  // A panel button opens its panel (focus to the panel's first stop, its Back button) or goes back (focus to the
  // button that opened the panel).
  function pressPanel(button) {
    var id = button.getAttribute("data-sb-panel");
    var toggle = box(id);
    if (!toggle) return;
    toggle.click();
    update();
    if (!drawerOpen()) return;
    if (toggle.checked) focusInPanel();
    else focusFirst('button[data-sb-panel="' + id + '"]:not(.md-nav__title)');
  }

  function close(id) {
    if (!isOpen(id)) return;
    box(id).click();
    update();
    focusFirst('[data-sb-toggle="' + id + '"]');
  }

  // Tab from the drawer's last stop goes to its first, Shift+Tab from its first to its last.
  function keepInDrawer(event) {
    var sidebar = document.querySelector(".md-sidebar--primary");
    if (!sidebar || !drawerOpen()) return;
    var stops = focusables(sidebar);
    if (!stops.length) return;
    var first = stops[0], last = stops[stops.length - 1], at = document.activeElement;
    var inside = sidebar.contains(at);
    if (event.shiftKey && (at === first || !inside)) {
      last.focus();
      event.preventDefault();
    } else if (!event.shiftKey && (at === last || !inside)) {
      first.focus();
      event.preventDefault();
    }
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
    document.addEventListener("click", function (event) {
      var panel = event.target.closest && event.target.closest("button[data-sb-panel]");
      if (panel) {
        event.preventDefault();
        pressPanel(panel);
      }
    });
    document.addEventListener("keydown", function (event) {
      if (event.key === "Escape") close("__drawer");
      if (event.key === "Tab") keepInDrawer(event);
    });
    // Focus taken out of the open drawer some other way (a pointer, a screen reader) closes it.
    document.addEventListener("focusin", function (event) {
      var sidebar = document.querySelector(".md-sidebar--primary");
      var menu = document.querySelector('[data-sb-toggle="__drawer"]');
      if (drawerOpen() && sidebar && !sidebar.contains(event.target) && event.target !== menu) {
        box("__drawer").click();
        update();
      }
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
