"""What a keyboard user sees at each Tab stop: shared by the tests that walk pages with Tab and Shift+Tab."""

from __future__ import annotations

from playwright.sync_api import Page

# The stop's first line box (a link can wrap), checked at its centre and just inside its top edge: the element
# there must be the stop itself, or the stop is covered (by the header, when the header is what is there).
STOP = """() => {
  const el = document.activeElement;
  if (!el || el === document.body) return null;
  const rects = [...el.getClientRects()].filter(r => r.width > 0 && r.height > 0);
  const name = (el.getAttribute("aria-label") || el.textContent || el.getAttribute("href") || el.tagName)
    .trim().replace(/\\s+/g, " ").slice(0, 50);
  const style = getComputedStyle(el);
  const stop = {name, tag: el.tagName, problems: []};
  if (!rects.length) { stop.problems.push("zero-size"); return stop; }
  const r = rects[0], w = innerWidth, h = innerHeight;
  if (r.right <= 0 || r.bottom <= 0 || r.left >= w || r.top >= h) { stop.problems.push("off screen"); return stop; }
  const x = Math.min(Math.max(r.left + r.width / 2, 0), w - 1);
  const header = document.querySelector(".md-header");
  // A region taller than a few lines (a wide table that scrolls) is seen if the middle of its visible part is.
  const top = Math.max(r.top, 0), bottom = Math.min(r.bottom, h);
  const points = r.height > 100 ? [(top + bottom) / 2] : [r.top + r.height / 2, r.top + Math.min(2, r.height / 2)];
  for (const y of points) {
    const hit = document.elementFromPoint(x, Math.min(Math.max(y, 0), h - 1));
    if (!hit || hit === el || el.contains(hit)) continue;
    const under = header && header.contains(hit) && !header.contains(el);
    stop.problems.push(under ? "under the header" : "covered by " + hit.tagName.toLowerCase() + "." + hit.className);
    break;
  }
  if (style.outlineStyle === "none" || parseFloat(style.outlineWidth) < 2) stop.problems.push("no focus ring");
  // The ring is a band round the element (outside it, or inside with a negative offset): some of it on screen.
  const box = el.getBoundingClientRect(), ow = parseFloat(style.outlineWidth) || 0;
  const off = parseFloat(style.outlineOffset) || 0, out = off + ow;
  const seen = (x1, x2, y1, y2) => Math.max(x1, 0) < Math.min(x2, w) && Math.max(y1, 0) < Math.min(y2, h);
  if (ow && !(seen(box.left - out, box.left - off, box.top - out, box.bottom + out)
      || seen(box.right + off, box.right + out, box.top - out, box.bottom + out)
      || seen(box.left - out, box.right + out, box.top - out, box.top - off)
      || seen(box.left - out, box.right + out, box.bottom + off, box.bottom + out))) {
    stop.problems.push("focus ring off screen");
  }
  return stop;
}"""

# A number for the focused element, the same each time it comes round (kept by the page, so it is cheap to ask).
IDENTITY = """() => { const el = document.activeElement, ids = window.sbStopIds = window.sbStopIds || new WeakMap();
  if (!ids.has(el)) ids.set(el, String(window.sbStopCount = (window.sbStopCount || 0) + 1));
  return ids.get(el); }"""


def walk(page: Page, key: str, limit: int) -> list[dict]:
    """Press `key` (Tab or Shift+Tab) until focus leaves the page or comes round again; each stop as STOP sees it."""
    stops: list[dict] = []
    seen: set[str] = set()
    for _ in range(limit):
        page.keyboard.press(key)
        stop = page.evaluate(STOP)
        if stop is None:
            break
        if stop["problems"]:
            # Material moves its sticky sidebars from a scroll handler: look again once layout has settled.
            page.evaluate("() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))")
            stop = page.evaluate(STOP) or stop
        identity = page.evaluate(IDENTITY)
        if identity in seen:
            break
        seen.add(identity)
        stops.append(stop)
    return stops
