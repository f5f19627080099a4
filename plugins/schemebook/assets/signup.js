/* schemebook: keeps sign-up blocks true to the reader's clock. No library, no network.
   Each [data-signup-state] block carries ISO instants in data-opens and data-closes; the page was
   built at one moment and may be read long after. Once closed, the form link is removed. A change while the
   page is open is announced in a polite live region, once for all the blocks that changed together, each named
   by its role and in the words the page now shows; focus on a removed link moves to the new state's text. */
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

  var region = null;

  function announce(message) {
    if (!region) return;
    // Emptied first, so the same words said twice are still read.
    region.textContent = "";
    window.setTimeout(function () { region.textContent = message; }, 50);
  }

  function visibleText(block) {
    var parts = [];
    block.querySelectorAll(":scope > div:not([hidden]) p, :scope > p").forEach(function (p) {
      parts.push(p.textContent.replace(/\s+/g, " ").trim());
    });
    return parts.join(" ");
  }

  function apply(block, state, announced) {
    var focused = document.activeElement;
    var hadFocus = focused && focused !== document.body && block.contains(focused);
    if (state === "open") {
      var template = block.querySelector("template.sb-open-template");
      if (template && !block.querySelector(".sb-open")) {
        block.insertBefore(template.content.cloneNode(true), template);
      }
    } else {
      var open = block.querySelector(".sb-open");
      if (open && !block.querySelector("template.sb-open-template")) {
        // Kept for the page's own clock to reopen it, as a page built before opening does.
        var keep = document.createElement("template");
        keep.className = "sb-open-template";
        keep.content.appendChild(open.cloneNode(true));
        block.insertBefore(keep, open.nextSibling);
      }
      block.querySelectorAll(".sb-open").forEach(function (part) { part.remove(); });
      if (state === "closed") {
        block.querySelectorAll("template.sb-open-template").forEach(function (part) { part.remove(); });
      }
    }
    show(block, ".sb-upcoming", state === "upcoming");
    show(block, ".sb-closed", state === "closed");
    block.setAttribute("data-signup-state", state);
    if (!announced) return;
    if (hadFocus && !block.contains(focused)) {
      var target = block.querySelector(":scope > div:not([hidden]) p");
      if (target) {
        target.setAttribute("tabindex", "-1");
        target.focus();
      }
    }
  }

  function updateStatus(status, now) {
    var opens = Date.parse(status.getAttribute("data-opens") || "");
    var closes = Date.parse(status.getAttribute("data-closes") || "");
    var state = status.getAttribute("data-scheme-state");
    var next = state;
    if ((state === "upcoming" || state === "open") && !isNaN(closes) && now >= closes) next = "closed";
    else if (state === "upcoming" && !isNaN(opens) && now >= opens) next = "open";
    if (next === state) return;
    var label = status.getAttribute("data-" + next + "-label");
    status.setAttribute("data-scheme-state", next);
    if (label) status.textContent = label;
  }

  function update(announced) {
    var now = Date.now();
    var changes = [];
    document.querySelectorAll("[data-signup-state]").forEach(function (block) {
      var state = stateAt(block, now);
      var changed = state !== block.getAttribute("data-signup-state");
      if (changed) apply(block, state, announced);
      // The time left is counted at the reader's clock before the block is read out.
      var closes = Date.parse(block.getAttribute("data-closes") || "");
      block.querySelectorAll(".sb-left").forEach(function (left) {
        if (!isNaN(closes)) left.textContent = timeLeft(closes - now);
      });
      if (changed && announced) changes.push(block.getAttribute("data-role-name") + ": " + visibleText(block));
    });
    // Two messages written at once would leave only the second to be read.
    if (changes.length) announce(changes.join(" "));
    document.querySelectorAll("[data-scheme-state]").forEach(function (status) { updateStatus(status, now); });
    // A next date that has passed is no longer next.
    document.querySelectorAll(".sb-next").forEach(function (next) {
      var time = next.querySelector("time[datetime]");
      var at = Date.parse(time ? time.getAttribute("datetime") : "");
      next.hidden = !isNaN(at) && now >= at;
    });
  }

  function start() {
    if (document.querySelector("[data-signup-state], [data-scheme-state]")) {
      region = document.createElement("div");
      region.className = "sb-announce";
      region.setAttribute("role", "status");
      region.setAttribute("aria-live", "polite");
      document.body.appendChild(region);
    }
    update(false);
    window.setInterval(function () { update(true); }, 60000);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
