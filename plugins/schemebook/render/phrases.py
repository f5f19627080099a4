"""Small pieces of English the page templates build sentences from, by inflect and Babel: plurals, articles, lists."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import TYPE_CHECKING

import typeguard
from babel.lists import format_list

from schemebook.model import Cost, Meetings, Pay, Role
from schemebook.model.types import Span
from schemebook.when.timeline import worded_order

if TYPE_CHECKING:
    import inflect

_FORMATS = {"in-person": ["in-person"], "online": ["online"], "either": ["in-person", "online"]}
_MODES = {"in-person": "in person", "online": "online", "phone": "by phone", "email": "by email"}


def _unchecked(target: object = None, **_: object) -> object:
    return target if target is not None else _unchecked


def _engine() -> inflect.engine:
    """inflect's engine, imported without typeguard's run-time argument checks.

    typeguard instruments inflect's 23 checked methods as the module is imported, which takes 4.5 s of processor
    time at every build, preview and command start (0.03 s without). The calls here pass plain strings, which
    the checks would only confirm.
    """
    checked = typeguard.typechecked
    typeguard.typechecked = _unchecked  # inflect binds the name as it is imported
    try:
        import inflect
    finally:
        typeguard.typechecked = checked
    return inflect.engine()


_ENGLISH = _engine()
_LOCALE = "en_GB"
_ALTERNATIVES = re.compile(r"(\s*[|/]\s*)")
_PAIR = re.compile(r"(\w+) (or|and) (\w+)")


def _lowered(word: str) -> bool:
    # inflect takes capitalised words for proper nouns ("Ally" -> "Allys"), so those are inflected in lower case.
    return len(word) > 1 and word[0].isupper() and word[1:] == word[1:].lower()


def plural_name(name: str) -> str:
    """A name made plural at its head noun: "Chief of staff" -> "Chiefs of staff", "Person" -> "People";
    each of the names a `|` or `/` separates: "Mentor | coach" -> "Mentors | coaches"."""
    head, bracket, rest = name.partition(" (")
    pair = _PAIR.fullmatch(head)
    if pair:  # "Parent or guardian": two nouns, each made plural; "Teaching and learning lead" is one noun
        return f"{_plural_words(pair[1])} {pair[2]} {_plural_words(pair[3])}" + bracket + rest
    parts = _ALTERNATIVES.split(head)
    if len(parts) > 1:
        return "".join(p if i % 2 else _plural_words(p) for i, p in enumerate(parts)) + bracket + rest
    return _plural_words(head) + bracket + rest


_ACRONYM = re.compile(r"[A-Z]{2,}")


@lru_cache(maxsize=4096)  # inflect reads its word lists on every call; a site has a few dozen nouns
def _plural_words(head: str) -> str:
    before, of, after = head.partition(" of ")
    if of and before:  # "Board member of a local Verein": the head noun comes before "of", the rest stays as written
        return _plural_words(before) + of + after
    words = head.split(" ")
    if _ACRONYM.fullmatch(words[-1]):  # "Mentee CSO" -> "Mentee CSOs": inflect reads "CSO" as a word ("CSOES")
        return " ".join([*words[:-1], words[-1] + "s"])
    capitals = [_lowered(w) for w in words]
    said = _ENGLISH.plural_noun(" ".join(w.lower() if c else w for w, c in zip(words, capitals, strict=True)))
    out = said.split(" ")
    if len(out) == len(words):
        out = [w[:1].upper() + w[1:] if c else w for w, c in zip(out, capitals, strict=True)]
    return " ".join(out)


def plural(role: Role | str) -> str:
    """A role's plural name: its own `plural`, or its name made plural; a plain name made plural."""
    if isinstance(role, str):
        return plural_name(role)
    return role.plural or plural_name(role.name)


@lru_cache(maxsize=4096)
def article(word: str) -> str:
    """ "a" or "an" for the word that follows, by its sound: "an MP", "a university", "an 8-week course"."""
    digits = word[: len(word) - len(word.lstrip("0123456789"))]
    # A number is said from its first group of up to three digits ("eleven thousand"), whatever its length.
    spoken = _ENGLISH.number_to_words(int(digits[: len(digits) % 3 or 3])) if digits else word
    return str(_ENGLISH.a(spoken)).partition(" ")[0]


_DETERMINER = re.compile(r"(?:the|a|an|its|their|our|this|one of)\b", re.I)


def with_article(word: str) -> str:
    """The word after its article: "an LGBTQ+ ally"; a phrase that has its own ("the federation of ...") as given."""
    return word if _DETERMINER.match(word) else f"{article(word)} {word}"


_COMMON_HEADS = {"programme", "program", "scheme", "network", "project", "pilot", "initiative", "partnership",
                 "study", "service", "pathway", "circle", "course", "collaborative", "team"}  # fmt: skip
"""Nouns that make a title a description ("the Reverse Mentoring Programme") rather than a name ("Pivot")."""


def the(title: str) -> str:
    """ "the" for a title that describes (its head noun is common: "Mentoring Programme for Staff", "Pilot with
    Students"); empty for a name ("Pivot: a scheme for staff", "Interact", "Transformation West Midlands")."""
    name = re.sub(r"\s*\([^)]*\)", "", title).split(":")[0]
    head = re.split(r" (?:for|with|in|at|between|across)\b ", name)[0].split()
    return "the" if head and head[-1].lower() in _COMMON_HEADS and head[0].lower() != "the" else ""


def listed(items: Iterable[str], style: str = "standard") -> str:
    """Items as an English list: "A, B and C" (or "A, B or C" with style "or")."""
    return format_list([str(i) for i in items], style=style, locale=_LOCALE)  # type: ignore[arg-type]


def number(count: int) -> str:
    """A count as English writes it in running text: words up to nine ("six"), digits above ("12")."""
    return str(_ENGLISH.number_to_words(count)) if 0 <= count < 10 else str(count)


@lru_cache(maxsize=4096)
def counted(count: int, noun: str) -> str:
    """A count and its noun, made plural when the count is not one: "one meeting", "three themes", "12 weeks"."""
    return f"{number(count)} {_ENGLISH.plural_noun(noun, count)}"


def how_many(count: int | str, noun: str) -> str:
    """A count given as a number or as the source words it, with its noun: "six meetings", "up to 6 meetings";
    words that do not end in a number ("6 recommended", "max 9 participants") are kept as they are."""
    if isinstance(count, int):
        return counted(count, noun)
    return f"{count} {_ENGLISH.plural_noun(noun)}" if count[-1:].isdigit() else count


def span(length: Span) -> str:
    """A length of time: an exact one in words ("six months", "one hour", "1.5 hours"), any other as the file
    writes it ("about 90 minutes", "45 to 60 minutes", "up to 2 hours")."""
    if length.exact and length.low == int(length.low) and length.low >= 0:
        return counted(int(length.low), length.unit)
    return str(length)


def spoken(value: object) -> object:
    """What a template prints for a value: a length of time in words, anything else as it is."""
    return span(value) if isinstance(value, Span) else value


_JOINED = {
    "application": "apply",
    "registration": "register",
    "expression-of-interest": "express their interest",
    "invitation": "join by invitation",
    "nomination": "are nominated",
    "membership": "take part as members",
    "recruitment": "are recruited",
    "appointment": "are appointed",
    "referral": "are referred",
    "automatic": "take part automatically",
    "contact": "get in touch directly",
}
_BY = {"invitation": "from"}
_GROUP = {"membership": "Members of", "automatic": "Everyone in"}
_THEN = {
    "application": "then apply",
    "registration": "then register",
    "expression-of-interest": "then express their interest",
    "invitation": "then are invited",
    "nomination": "then are nominated",
    "membership": "then take part as members",
    "recruitment": "then are recruited",
    "appointment": "then are appointed",
    "referral": "then are referred",
    "automatic": "then take part automatically",
    "contact": "then get in touch directly",
}
_SHORT = {
    "registration": "by registration",
    "expression-of-interest": "by expressing interest",
    "invitation": "by invitation",
    "nomination": "by nomination",
    "membership": "as members",
    "recruitment": "recruited",
    "appointment": "appointed",
    "referral": "by referral",
    "automatic": "automatically",
    "contact": "by getting in touch directly",
}


def applications(role: Role) -> str:
    """What a role's sign-ups are called: "applications", "registrations" or "expressions of interest"."""
    return {"registration": "registrations", "expression-of-interest": "expressions of interest"}.get(
        role.join.method or "", "applications"
    )


def joined(role: Role) -> str:
    """How a role joins, as a sentence without its full stop, saying only what the file gives: "Mentees are
    nominated by a referral partner, then apply"; empty when the file says nothing."""
    join = role.join
    if not join.stated:
        return ""
    words = [plural(role)]
    if join.method is None:
        words.append("join")
    else:
        words.append(_JOINED[join.method])
        if join.by and join.method not in _GROUP:
            words.append(f"{_BY.get(join.method, 'by')} {join.by}")
    named_again = join.through and names_itself(join.through, join.method)
    if join.through and not _restates(join.through, join.method) and not named_again:
        words.append(f"{'with' if join.method == 'contact' else 'through'} {join.through}")
    sentence = " ".join(words)
    if named_again and not _restates(join.through or "", join.method):
        sentence = f"{sentence}. How: {join.through}"
    sentence = f"{sentence}, {_THEN[join.then]}" if join.then else sentence
    # a label, not "as members of ...": `of` may name an organisation or a group of people, and only a label
    # reads right for both
    return f"{sentence}. {_GROUP[join.method]}: {join.of}" if join.of and join.method in _GROUP else sentence


def _restates(through: str, method: str | None) -> bool:
    """Whether `through` only names the way of joining again ("registration" for registration)."""
    said = re.sub(r"^(?:the|an?|your)\s+", "", through.strip().lower())
    return method is not None and said.rstrip("s") == method.replace("-", " ")


def _bare(words: str) -> str:
    return " ".join(re.sub(r"^(?:the|an?)\s+|[^\w\s]", " ", words.lower()).split())


def repeats(label: str, words: str) -> bool:
    """Whether a label says nothing the words after it do not ("2025-2026 academic year" before "the 2025-2026
    academic year"): it is then left out."""
    return bool(label) and _bare(label) in _bare(words)


def names_itself(through: str, method: str | None) -> bool:
    """Whether a way in begins by naming the way of joining ("registration as a mentor" for registration), so that
    "register through registration as a mentor" would name it twice."""
    first = re.sub(r"^(?:the|an?|your)\s+", "", through.strip().lower()).split(" ", 1)[0]
    verbs = [w[:5] for w in _JOINED.get(method or "", "join").split() if len(w) >= 5]
    return len(first) >= 5 and first[:5] in verbs


def joined_short(role: Role) -> str:
    """A few words on how a role joins, for a list: "by invitation"; empty for applications or when not stated."""
    return _SHORT.get(role.join.method or "application", "")


def meeting_facts(plan: Meetings) -> list[tuple[str, str]]:
    """A meeting plan as labelled facts, each in the file's words: ("", "6 meetings, monthly, 1 hour each") for the
    meetings themselves, then ("Meeting period", "six months"), ("Meetings arranged by", "each pair"), ("Ways to meet",
    "in person or online"), ("Also by phone", "by agreement"), ("Joint sessions", "three times a term"). A
    period or a condition slotted into "over ..." reads wrongly whenever the source words it otherwise, and a
    label inside a sentence reads as a slip: each is a fact of its own."""
    parts = []
    if plan.count:
        parts.append(how_many(plan.count, "meeting"))
    if plan.frequency:
        parts.append(plan.frequency)
    if plan.duration:
        parts.append(f"{spoken(plan.duration)} each" if plan.count != 1 else str(spoken(plan.duration)))
    facts = [("", ", ".join(parts))] if parts else []
    if plan.period:
        facts.append(("Meeting period", str(spoken(plan.period))))
    if plan.place:
        facts.append(("Where they meet", plan.place))
    if plan.arranged_by:
        facts.append(("Meetings arranged by", plan.arranged_by))
    modes = plan.modes or _FORMATS.get(plan.format or "", [])
    if modes:
        facts.append(("Ways to meet", listed((_MODES[m] for m in modes), "or")))
    facts.extend((f"Also {_MODES[other.mode]}", other.when) for other in plan.also)
    if plan.together:
        facts.append(("Joint sessions", plan.together))
    return facts


def meetings(plan: Meetings) -> str:
    """A meeting plan in one phrase, for data and conditions: "6 meetings, monthly, 1 hour each; meeting period:
    six months; arranged by: each pair"; empty when the plan gives only notes."""
    return "; ".join(f"{label.lower()}: {value}" if label else value for label, value in meeting_facts(plan))


_OPENING_ARTICLE = re.compile(r"^(A|An|The)(?= [a-z])")


def mid_sentence(words: str) -> str:
    """Words a file wrote as a sentence's start, to follow others: "A contract of ..." reads "a contract of ...";
    a name ("The Open University") keeps its capital."""
    return _OPENING_ARTICLE.sub(lambda m: m[1].lower(), words)


def cost(given: Cost) -> str:
    """A cost as a phrase to follow "Cost:", in the file's words only: "currently £150, paid by successful
    applicants", "free", "covered by your membership fee"; the payment's due date is left to the template."""
    if given.free:
        main = "free"
    elif given.amount:
        main = given.amount
    elif given.free is False:
        main = "a fee is charged; the amount is not given"
    else:
        main = ""
    if main and given.covers:
        main = f"{main} for {mid_sentence(given.covers)}"
    who = [f"paid by {mid_sentence(given.paid_by)}"] if given.paid_by else []
    who += [f"covered by {mid_sentence(given.covered_by)}"] if given.covered_by else []
    return ", ".join([main, *who] if main else who)


def pay(given: Pay) -> str:
    """What a role pays, as a phrase to follow "Pay:", in the file's words only: "a $500 yearly stipend", "none" (the
    source says the role is unpaid), "paid; the amount is not given"."""
    if given.amount:
        return given.amount
    return "none" if given.volunteer else "paid; the amount is not given" if given.volunteer is False else ""


def yearless(words: str) -> bool:
    """Whether words name a day of a month, a month or a season but no year ("Monday, 22 December", "autumn")."""
    # "may" in small letters is the verb ("you may apply"), not the month
    named = worded_order(re.sub(r"\bmay\b", "", words)) is not None
    return named and not re.search(r"\b(19|20)\d\d\b", words)


def worded_date(words: str) -> str:
    """A date as the source words it, saying so where it names a month or season but no year: "14 September (no
    year given)", so a reader in a later year does not take it as the next one; other words stay as they are."""
    return f"{words} (no year given)" if yearless(words) and "no year" not in words.lower() else words


def as_given(words: str, *more: str) -> str:
    """A date as the source words it, in a sentence of the site's: "Monday, 22 December (as the source gives it; no
    year given)", so that a deadline with no year is never read as the next one to come; `more` adds notes to the
    same brackets ("roles: Mentees") rather than a second pair after them."""
    said = yearless(words) and "no year" not in words.lower()
    notes = ["as the source gives it", *(["no year given"] if said else []), *filter(None, more)]
    return f"{words} ({'; '.join(notes)})"


# The file's own term only: a gloss ("the more junior person mentors the more senior") would be the site's words
# said of this scheme.
_PAIRING = {"one-to-one": "one-to-one", "reverse": "reverse mentoring", "reciprocal": "reciprocal mentoring",
            "peer": "peer mentoring", "group": "group mentoring", "team": "team mentoring"}  # fmt: skip


def pairing_term(term: str) -> str:
    """How a page names one way of pairing: "one-to-one", "reverse mentoring"."""
    return _PAIRING[term]


FILTERS = {
    "pairing_term": pairing_term,
    "plural": plural,
    "article": article,
    "with_article": with_article,
    "listed": listed,
    "counted": counted,
    "how_many": how_many,
    "number": number,
    "the": the,
    "span": span,
    "meetings": meetings,
    "meeting_facts": meeting_facts,
    "joined": joined,
    "names_itself": names_itself,
    "repeats": repeats,
    "applications": applications,
    "joined_short": joined_short,
    "cost": cost,
    "pay": pay,
    "worded_date": worded_date,
}
