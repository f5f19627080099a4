/* schemebook: keeps sign-up blocks true to the reader's clock. No library, no network.
   Each [data-signup-state] block carries ISO instants in data-opens and data-closes; the page was
   built at one moment and may be read long after. Once closed, the form link is removed. */
(function () {
  "use strict";

  function stateAt(block, now) {
    var state = block.getAttribute("data-signup-state");
    if (state === "invitation") return state;
    var opens = Date.parse(block.getAttribute("data-opens") || "");
    var closes = Date.parse(block.getAttribute("data-closes") || "");
    if (!isNaN(closes) && now >= closes) return "closed";
    if (!isNaN(opens) && now < opens) return "upcoming";
    if (state === "upcoming" && isNaN(opens)) return "upcoming";
    return "open";
  }

  function timeLeft(ms) {
    var hours = Math.floor(ms / 3600000), days = Math.floor(ms / 86400000);
    if (days >= 2) return days + " days left";
    if (hours >= 2) return hours + " hours left";
    return hours < 1 ? "less than an hour left" : "1 hour left";
  }

  function show(block, selector, visible) {
    block.querySelectorAll(selector).forEach(function (part) { part.hidden = !visible; });
  }

  function apply(block, state) {
    if (state === "open") {
      var template = block.querySelector("template.sb-open-template");
      if (template && !block.querySelector(".sb-open")) {
        block.insertBefore(template.content.cloneNode(true), template);
      }
    } else {
      block.querySelectorAll(".sb-open, template.sb-open-template").forEach(function (part) { part.remove(); });
    }
    show(block, ".sb-upcoming", state === "upcoming");
    show(block, ".sb-closed", state === "closed");
    block.setAttribute("data-signup-state", state);
  }

  function update() {
    var now = Date.now();
    document.querySelectorAll("[data-signup-state]").forEach(function (block) {
      var state = stateAt(block, now);
      if (state !== block.getAttribute("data-signup-state")) apply(block, state);
      var closes = Date.parse(block.getAttribute("data-closes") || "");
      block.querySelectorAll(".sb-left").forEach(function (left) {
        if (!isNaN(closes)) left.textContent = timeLeft(closes - now);
      });
    });
    document.querySelectorAll("[data-scheme-state]").forEach(function (status) {
      var closes = Date.parse(status.getAttribute("data-closes") || "");
      var state = status.getAttribute("data-scheme-state");
      if (state === "open" && !isNaN(closes) && now >= closes) {
        status.setAttribute("data-scheme-state", "closed");
        status.textContent = status.getAttribute("data-closed-label") || "Applications closed";
      }
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", update);
  } else {
    update();
  }
  window.setInterval(update, 60000);
})();
