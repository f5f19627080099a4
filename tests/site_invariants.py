"""What the pages of a scheme must be as a whole, whatever the scheme says: no page contradicts another, every
promise a link or heading makes is met by the page it names, every list called ordered is in order, no Markdown
leaks into the text, no empty value, no "None", no doubled word or full stop, no sentence said twice under one
heading of a how to join page, no digit where English wants a word, and no word about paying (nor "free") for a
scheme whose file gives no cost.

The pages are the render core's Markdown turned into HTML as the site turns it; `source` is the text of the scheme
file (and its data), so that a slip the author wrote is told apart from one the templates made."""

from __future__ import annotations

import re
from itertools import pairwise
from posixpath import dirname, normpath
from urllib.parse import urlsplit

from icalendar import Calendar

from schemebook.render import Output
from schemebook.render.phrases import plural_name
from tests.page_blocks import Block, Page, pages_of

_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december"]  # fmt: skip
_SEASONS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}


def _words(text: str) -> str:
    return " ".join(text.split()).lower()


# Text: what no sentence may look like, unless the scheme file wrote it so.
_LEAKS = [
    (re.compile(r"\]\("), "a Markdown link leaked"),
    (re.compile(r"\*\*"), "Markdown bold leaked"),
    (re.compile(r"(?:^|\s)- \S"), 'a list mark "- " leaked into a sentence'),
    (re.compile(r"\bNone\b"), '"None" printed'),
    (re.compile(r"\(\s*\)|\(\s*,|,\s*\)|,\s*,|: [.,;]|\s[.,;:](?:\s|$)"), "an empty value"),
    (re.compile(r"\b(\w+) \1\b", re.IGNORECASE), "a doubled word"),
    (re.compile(r"[^.]\.\.(?!\.)|\w[?!]\.(?!\.)"), "a doubled full stop"),
    (re.compile(r"\b[a-z]+ [1-9] (?!(?:am|pm|to|or|and)\b)[a-z]+\b"),
     "a small number in digits"),
    (re.compile(r"\b(\w{5,}?)\w* (?:through|by|via) (?:the |an? |your )?\1", re.IGNORECASE),
     "a way named after itself"),
    # not a list of names ("Hokkaido University, University College Cork"): the second name goes on capitalised
    (re.compile(r"\b([a-z]+(?: [a-z]+)?), \1\b(?! [A-Z])", re.IGNORECASE), "a name followed by its own role"),
    (re.compile(r"\b((?:[A-Z][a-z]+ )?(?:\d{1,2} )?(?:[A-Z][a-z]+ )?(?:19|20)\d\d) (?:to|until|-|–) \1\b"),
     "a range whose two ends are the same"),
    (re.compile(r"\b(?:planned|upcoming|current)\b[^.;]*\bas the source words it", re.I),
     "the source's words for a time called a plan or a state"),
    (re.compile(r"To apply, contact"), "a contact for questions given as the way to apply"),
    (re.compile(r"pages do not say", re.I), "a claim about what the pages hold"),
    (re.compile(r"\b(?:a|an) (?:the|a|an|its|their|our)\b", re.I), "an article before an article"),
    (re.compile(r"\((?:no year given|as the source gives it[^)]*)\) \((?:as the|roles:|no year)"),
     "two notes of the site's in two pairs of brackets"),
]  # fmt: skip
_MONTH_WORDS = "|".join(m.capitalize() for m in _MONTHS)


def _digit_is_a_date(text: str, match: re.Match[str]) -> bool:
    after = text[match.start() : match.start() + 14]
    return bool(re.match(rf"[1-9] (?:{_MONTH_WORDS})\b", after))


def text_problems(page: Page, source: str) -> list[str]:
    """The slips in a page's text that the scheme file did not write."""
    found = []
    said = _words(source)
    for block in page.blocks:
        if block.code:
            continue
        own = block.text
        for pattern, name in _LEAKS:
            for match in pattern.finditer(own):
                snippet = match.group(0).strip()
                if name == "a small number in digits" and _digit_is_a_date(own, match):
                    continue
                if snippet and _words(snippet) in said:
                    continue
                if name == "a small number in digits" and _digits_in_source(snippet, said):
                    continue
                if name == "an empty value" and _empty_in_source(own, match, said):
                    continue
                found.append(f"{page.uri}: {name}: {snippet!r} in {own[:120]!r}")
        found += [f"{page.uri}: {slip}" for slip in _yearless_given(own)]
        # an item that ends in a colon is empty, unless the file wrote it so
        if block.tag in ("li", "dd", "td") and not block.nested and re.search(r":\s*$", own) and own not in source:
            found.append(f"{page.uri}: an empty value: {own[:120]!r}")
        if block.tag == "p" and block.strong and own.endswith(".") and own == " ".join(block.strong):
            found.append(f"{page.uri}: a label with nothing after it: {own[:120]!r}")
    found.extend(_bare_labels(page))
    found.extend(_unmet_conditions(page))
    return found


def _is_label(block: Block) -> bool:
    return block.tag == "p" and bool(block.strong) and block.text == " ".join(block.strong)


def _bare_labels(page: Page) -> list[str]:
    """Labels (a paragraph that is all bold, "Mentees in this cohort") followed directly by another label, a heading
    or the end of the page: the label's content is missing."""
    blocks = page.blocks
    found = []
    for block, after in zip(blocks, [*blocks[1:], None], strict=True):
        if not _is_label(block) or block.text.endswith("."):
            continue
        if after is None or _is_label(after) or (after.tag[0] == "h" and after.tag[1:].isdigit()):
            found.append(f"{page.uri}: a label with nothing after it: {block.text[:120]!r}")
    return found


_GIVEN = re.compile(r"\(as the source gives it\)")
_MONTH = re.compile(rf"\b(?:{'|'.join(m.capitalize() for m in _MONTHS)})\b")


def _yearless_given(text: str) -> list[str]:
    """A date the site prints "as the source gives it" that names a month but no year, without "no year given": read
    in a later year, "until Monday, 22 December" looks like a deadline to come."""
    found = []
    for match in _GIVEN.finditer(text):
        before = re.split(r"[.;:]\s", text[max(0, match.start() - 120) : match.start()])[-1]
        if "no year given" in before:
            continue
        before = re.sub(r"\([^()]*\)", "", before)
        if _MONTH.search(before) and not re.search(r"\b(?:19|20)\d\d\b", before):
            found.append(f"a date with no year, not said to have none: {text[:120]!r}")
    return found


_CONDITIONS = re.compile(r"(?:All of these conditions|This condition) must also be met")


def _unmet_conditions(page: Page) -> list[str]:
    """Conditions said to "also hold" where no list of groups comes directly before them: "also" would add them
    to nothing."""
    found = []
    blocks = page.blocks
    for i, block in enumerate(blocks):
        if block.tag == "li" or not _CONDITIONS.match(block.text):
            continue
        before = next((b for b in reversed(blocks[:i]) if b.tag != "li"), None)
        if before is None or not before.text.startswith(("Open to people in", "Open to organisations in")):
            found.append(f"{page.uri}: conditions said to also hold, after no groups: {block.text[:120]!r}")
    return found


def _digits_in_source(snippet: str, said: str) -> bool:
    before, digit, after = snippet.split(" ")
    return f"{before} {digit}".lower() in said or f"{digit} {after}".lower() in said


def _empty_in_source(text: str, match: re.Match[str], said: str) -> bool:
    around = _words(text[max(0, match.start() - 12) : match.end() + 12])
    return any(part.strip() and part.strip() in said for part in (around, around[:16], around[-16:]))


_COUNTS = r"one|two|three|four|five|six|seven|eight|nine|\d+"

# Promises: what a sentence that points at another page says that page holds.
PROMISES = [
    (re.compile(rf"every date|\b(?:{_COUNTS}) dates?\b", re.I), "dates", lambda p: _dated(p)),
    (re.compile(r"\btimes\b", re.I), "times of day", lambda p: any("T" in t for b in p.blocks for t in b.times)),
    (re.compile(r"\bplaces\b", re.I), "places", lambda p: _placed(p)),
    (re.compile(r"ice-breakers", re.I), "ice-breakers", lambda p: any("Ice-breakers" in h for h in p.headings())),
    (re.compile(r"questions (?:and ice-breakers|to discuss)", re.I), "questions to discuss",
     lambda p: any("Questions" in h for h in p.headings())),
    (re.compile(r"\breflect", re.I), "reflection", lambda p: any("Reflecti" in h for h in p.headings())),
    (re.compile(r"what was found|findings|results", re.I), "findings",
     lambda p: any(h in ("Findings", "Results") for h in p.headings())),
    (re.compile(r"evaluation method", re.I), "a method",
     lambda p: bool({"Evaluation method", "How it was evaluated"} & set(p.headings()))),
    (re.compile(r"what the role involves", re.I), "what the role involves",
     lambda p: "What the role involves" in p.headings()),
    (re.compile(r"who can take part", re.I), "who can take part", lambda p: "Who can take part" in p.headings()),
    (re.compile(r"\bdescriptions\b", re.I), "descriptions", lambda p: len(p.headings()) > 1),
    (re.compile(r"how to apply", re.I), "a way to apply", lambda p: bool(_APPLY.search(p.text))),
    (re.compile(r"when applications closed", re.I), "a closing date", lambda p: "closed on" in p.text),
]  # fmt: skip


_APPLY = re.compile(r"\b(?:apply|applications are made|Or apply)\b[^.]*(?:by email|through|form)", re.I)


def _dated(page: Page) -> bool:
    return any(b.times for b in page.blocks) or bool(re.search(rf"\b(?:{_MONTH_WORDS}|\d{{4}})\b", page.text))


def _placed(page: Page) -> bool:
    # After an event's time or title: its length in brackets if given, then ", <place>".
    return any(re.match(r"(?: \([^)]*\))*, (?!online\b)\S", after) for b in page.blocks for after in b.trailing)


def _target(page: Page, href: str) -> str | None:
    url = urlsplit(href)
    if url.scheme or url.netloc or not url.path or not url.path.endswith((".md", "/")):
        return None
    path = normpath(f"{dirname(page.uri)}/{url.path}").removesuffix("index.md").removesuffix("/")
    return f"{path}/"


def promise_problems(pages: dict[str, Page]) -> list[str]:
    """Each sentence that links to a page and says what it holds, where that page does not hold it."""
    found = []
    for page in pages.values():
        for block in page.blocks:
            for href in block.links:
                address = _target(page, href)
                if address is None or address not in pages or address == page.uri.removesuffix("index.md"):
                    continue
                if block.tag == "li" and ":" in block.text:
                    said = block.text.split(":", 1)[1]
                elif re.search(r"\b(?:is|are) on the\b|\bpage (?:says|gives|lists|has)\b", block.text):
                    said = block.text
                else:
                    continue
                for pattern, what, holds in PROMISES:
                    if pattern.search(said) and not holds(pages[address]):
                        found.append(f"{page.uri}: promises {what} on {address}, which has none: {block.text[:120]!r}")
    return found


_CARRIED_OUT = ("Results", "Findings", "Who responded", "Recommendations")


def evaluation_problems(pages: dict[str, Page]) -> list[str]:
    """An evaluation page that calls a cohort evaluated, or says how it was evaluated, with nothing that says the
    evaluation was carried out (results, responses, findings or recommendations): a method alone is a plan."""
    found = []
    for page in pages.values():
        claims = "Cohort evaluated:" in page.text or "How it was evaluated" in page.headings()
        if claims and not any(h in _CARRIED_OUT for h in page.headings()):
            found.append(f"{page.uri}: an evaluation said to be carried out, with no results or findings")
    return found


# Order: a list said to be in order is in order, by the dates its items give.
def date_key(block: Block) -> tuple[int, ...] | None:
    """How far along the year an item's date is, as far as it says: (year, month, day), shorter when it says less."""
    if block.times:
        parts = re.match(r"(\d{4})(?:-(\d\d))?(?:-(\d\d))?", block.times[0])
        return tuple(int(p) for p in parts.groups() if p) if parts else None
    head = block.text.split(":", 1)[0].lower()
    year = re.search(r"\b(\d{4})(?:[/-](\d{2,4}))?\b", head)
    month = next((i + 1 for i, m in enumerate(_MONTHS) if re.search(rf"\b{m}\b", head)), None)
    month = month or next((n for s, n in _SEASONS.items() if re.search(rf"\b{s}\b", head)), None)
    day = re.search(r"\b(\d{1,2})(?:st|nd|rd|th)?\b", head.replace(year.group(0), "") if year else head)
    if not year:  # a date worded without its year still has its place in the year
        return (0, month, int(day.group(1)) if day else 0) if month else None
    if year.group(2) and not month:  # an academic year, 2023/24, starts in the autumn of its first year
        return (int(year.group(1)), 9)
    return (int(year.group(1)), month) if month else (int(year.group(1)),)


def _backwards(known: list[tuple[tuple[int, ...], Block]]) -> list[tuple[Block, Block]]:
    """Consecutive dated items that go back in time. Dates without a year go back only within a month, or when the
    months wrap round a second time (one wrap is a run across the new year: October, December, February)."""
    found, wraps = [], 0
    for (a, first), (b, second) in pairwise(known):
        if (a[0] == 0) != (b[0] == 0):  # a year and no year: not comparable
            continue
        size = min(len(a), len(b))
        if a[0] == 0 and a[1] > b[1]:
            wraps += 1
            if wraps == 1:
                continue
        if a[:size] > b[:size]:
            found.append((first, second))
    return found


def order_problems(page: Page) -> list[str]:
    """Lists on a page that calls them ordered whose dates go backwards."""
    found = []
    for items in page.lists:
        known = [(key, item) for item in items if (key := date_key(item))]
        found += [
            f"{page.uri}: a list called ordered goes back from {first.text[:60]!r} to {second.text[:60]!r}"
            for first, second in _backwards(known)
        ]
    return found


# Contradiction: a thing said to have no date on one page is given a date on another.
_NO_DATE = re.compile(r"no dates? (?:is |are )?given", re.I)


def _subject(block: Block) -> str:
    """What a dated or undated line is about: its bold title, or what stands before its colon, or its heading."""
    head, _, rest = block.text.partition(":")
    if not rest:
        return block.section if _NO_DATE.fullmatch(head.strip(". ")) else ""
    if _NO_DATE.search(head) or date_key(block) or block.times:
        return block.strong[-1] if block.strong else ""
    for label in block.strong:
        head = head.removeprefix(label).strip()
    return re.sub(r"\s*\([^)]*\)$", "", head).strip(" .").lower()


def contradiction_problems(pages: dict[str, Page]) -> list[str]:
    """Things with no date on one page and a date on another (or the same) page."""
    cohorts = {h for page in pages.values() if page.uri.endswith("/timeline/index.md") for h in page.headings()}
    dated: dict[str, list[tuple[str, str]]] = {}
    for page in pages.values():
        for block in page.blocks:
            if (block.times or date_key(block)) and not _NO_DATE.search(block.text) and (subject := _subject(block)):
                where = block.section if block.section in cohorts else ""
                dated.setdefault(subject.lower(), []).append((where, f"{page.uri}: {block.text[:80]!r}"))
    found = []
    for page in pages.values():
        for block in page.blocks:
            if _NO_DATE.search(block.text) and (subject := _subject(block)):
                where = block.section if block.section in cohorts else ""
                found += [
                    f"{page.uri}: {block.text[:80]!r} yet {there}"
                    for other, there in dated.get(subject.lower(), [])
                    if not where or not other or where == other
                ]
    return found


def calendar_problems(outputs: list[Output], pages: dict[str, Page]) -> list[str]:
    """Links to calendars with no event in them (the files stay, empty, so that a subscribed feed never breaks)."""
    empty = set()
    for output in outputs:
        if output.uri.endswith(".ics"):
            raw = output.content if isinstance(output.content, bytes) else output.content.encode()
            if not Calendar.from_ical(raw).walk("VEVENT"):
                empty.add(output.uri)
    found = []
    for page in pages.values():
        for block in page.blocks:
            for href in block.links:
                target = normpath(f"{dirname(page.uri)}/{urlsplit(href).path}")
                if target in empty:
                    found.append(f"{page.uri}: links to the empty calendar {target}")
    return found


_PRICE = re.compile(r"\b(?:cost|costs|free|fee|fees|price|charge|paid|payment)\b|[£$€]", re.IGNORECASE)
_COST_KEY = re.compile(r"^\s*(?:- )?cost:", re.MULTILINE)


def cost_problems(pages: dict[str, Page], source: str) -> list[str]:
    """Words about paying on a page of a scheme whose file gives no `cost`, unless the file wrote those words."""
    if _COST_KEY.search(source):
        return []
    said = _words(source)
    return [
        f"{page.uri}: a cost the scheme file does not give: {match.group(0)!r} in {block.text[:120]!r}"
        for page in pages.values()
        for block in page.blocks
        if not block.code
        for match in _PRICE.finditer(block.text)
        if _words(match.group(0)) not in said
    ]


def _role_names(pages: dict[str, Page]) -> set[str]:
    """The role names a site's handbooks are titled with ("Young person handbook"), singular and plural, where the
    first letter is a capital and the next a small one (a capital that is wrong mid-sentence unless a name's own)."""
    heads = (h for page in pages.values() for h in page.headings())
    names = {m[1] for h in heads if (m := re.fullmatch(r"(.+) handbook(?:: .*)?", h))}
    return {form for n in names if re.match(r"[A-Z][a-z]", n) for form in (n, plural_name(n))}


def role_name_problems(pages: dict[str, Page], source: str) -> list[str]:
    """Each role name the templates put mid-sentence after a small word ("Who can be a Young person?"), where its
    capital reads wrong; a list ("Mentors and Mentees") and what the scheme file wrote are left alone."""
    said = _words(source)
    titles = {h for page in pages.values() for h in page.headings()}
    # A scheme titled as one of its roles ("Part of Zorvex Quill") names the scheme there, not the role; so does a
    # name the file also gives as another field's value (a telephone "Zorvex Quill").
    schemes = {page.headings()[0] for uri, page in pages.items() if re.fullmatch(r"schemes/[^/]+/", uri)}
    elsewhere = {n for n in _role_names(pages) if source.count(n) > len(re.findall(rf"name: {re.escape(n)}\b", source))}
    found = []
    for name in _role_names(pages) - schemes - elsewhere:
        # not a longer proper name ("by Mentor Lithuania") nor a title a heading gives ("the Peer Mentor program")
        mid = re.compile(rf"\b(?!(?:and|or)\b)[a-z]+ ({re.escape(name)})\b(?! [A-Z])")
        for page in pages.values():
            for block in page.blocks:
                for match in mid.finditer(block.text):
                    titled = any(len(t) > len(name) and block.text.startswith(t, match.start(1)) for t in titles)
                    if not titled and _words(match.group(0)) not in said:
                        found.append(
                            f"{page.uri}: a role name mid-sentence: {match.group(0)!r} in {block.text[:120]!r}"
                        )
    return found


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")


def repeat_problems(page: Page, source: str) -> list[str]:
    """On a how to join page, a sentence of five words or more that the scheme file did not write said twice under
    one heading (hidden parts that a page's clock may show count too: the text is there for whoever reads it
    without the script). Handbooks and questions still repeat a training or a contact under one heading, so they
    are not held to it yet."""
    if not page.uri.endswith("/sign-up/index.md"):
        return []
    said = _words(source)
    seen: dict[tuple[str, str], int] = {}
    for block in page.blocks:
        if block.code or (block.tag[0] == "h" and block.tag[1:].isdigit()):
            continue
        for sentence in _SENTENCE_END.split(block.text):
            if len(sentence.split()) >= 5 and _words(sentence) not in said:
                key = (block.section, sentence.strip().lower())
                seen[key] = seen.get(key, 0) + 1
    return [f"{page.uri}: said {n} times under {section!r}: {said!r}" for (section, said), n in seen.items() if n > 1]


def site_problems(outputs: list[Output], source: str) -> list[str]:
    """Every invariant the outputs break, by address."""
    pages = pages_of(outputs)
    found = [p for page in pages.values() for p in text_problems(page, source) + order_problems(page)]
    found += [p for page in pages.values() for p in repeat_problems(page, source)]
    found += cost_problems(pages, source) + role_name_problems(pages, source)
    found += evaluation_problems(pages)
    return found + promise_problems(pages) + contradiction_problems(pages) + calendar_problems(outputs, pages)
