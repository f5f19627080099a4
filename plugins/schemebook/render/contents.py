"""What each page of a scheme holds, in the words a link to it uses: made from the data the page is made from, so
that a link never promises what its page lacks."""

from __future__ import annotations

from schemebook.model import Role, Scheme
from schemebook.project.evaluation import Result
from schemebook.render.facts import shown_place
from schemebook.render.phrases import counted, listed, number
from schemebook.when.timeline import Dated, worded_order


def _said(parts: dict[str, object]) -> str:
    return listed(phrase for phrase, given in parts.items() if given)


def _details(total: int, have: dict[tuple[str, str], frozenset[int]]) -> str:
    """The details of `total` things, by (plural, singular) noun and which of them have it: those all have merged
    ("with times and places", "with a time and a place" for one thing), those the same few have merged ("one with a
    time and a place"), the rest counted ("one with a time, two with places")."""
    groups: dict[frozenset[int], list[tuple[str, str]]] = {}
    for nouns, which in have.items():
        if which:
            groups.setdefault(which, []).append(nouns)
    parts = []
    for which, nouns in groups.items():
        many = len(which) > 1
        said = listed(plural if many else one for plural, one in nouns)
        parts.append(f"with {said}" if len(which) == total else f"{number(len(which))} with {said}")
    parts.sort(key=lambda part: not part.startswith("with "))  # what all have first
    return "".join(f", {part}" for part in parts)


def timeline(events: list[Dated], kind: str = "") -> str:
    """The timeline counted from its events' `start` and `when` (when it names a month or year), with "times" and
    "places" only as far as they are given: "three dates, with times and places", "three dates, one with a time",
    "two events without a date", "one event dated in the source's words"; `kind` names what the events are
    ("training": "two training dates")."""
    noun = f"{kind} " if kind else ""
    dated = [d for d in events if d.start or worded_order(d.event.when or "")]
    worded = sum(1 for d in events if not (d.start or worded_order(d.event.when or "")) and d.event.when)
    undated = len(events) - len(dated) - worded
    extras = _details(
        len(dated),
        {
            ("times", "a time"): frozenset(i for i, d in enumerate(dated) if d.start and d.start.clock),
            ("places", "a place"): frozenset(i for i, d in enumerate(dated) if shown_place(d)),
        },
    )
    parts = [counted(len(dated), f"{noun}date") + extras] if dated else []
    # words the site cannot place ("Op 28 augustus") are still the source's date: never "without a date"
    parts += [counted(worded, f"{noun}event") + " dated in the source's words"] if worded else []
    parts += [counted(undated, f"{noun}event") + " without a date"] if undated else []
    return " and ".join(parts)


def training(events: list[Dated]) -> str:
    """The timeline's training events counted as `timeline` counts (kind `training`, or tied to a `training`): "one
    training date"; empty when it has none, so that a kick-off is never counted as training."""
    return timeline([d for d in events if d.event.kind == "training" or d.event.training], "training")


def theme_details(model: Scheme) -> str:
    """What the themes page adds to the themes' titles, from `themes[].description`, `prompts` and `icebreakers`,
    counted where only some themes have it: "questions to discuss for every theme", "descriptions for 3 of the 7
    themes"; empty when it adds nothing."""
    themes, total = model.themes, len(model.themes)
    counts = {
        "descriptions" if total > 1 else "a description": sum(bool(t.description) for t in themes),
        "questions to discuss": sum(bool(t.prompts) for t in themes),
        "ice-breakers": sum(bool(t.icebreakers) for t in themes),
    }
    full = [noun for noun, have in counts.items() if have and have == total]
    some = [
        f"{noun} for {number(have)} of the {counted(total, 'theme')}"
        for noun, have in counts.items()
        if 0 < have < total
    ]
    every = " for every theme" if total > 1 else ""
    return listed(([listed(full) + every] if full else []) + some)


def themes(model: Scheme, topics: bool) -> str:
    """The themes page from `themes` (and their details), `reflection.log` and earlier cohorts' topics."""
    details = theme_details(model)
    return _said(
        {
            "what to talk about" + (f" (with {details})" if details else ""): model.themes,
            "how to reflect": model.reflection and model.reflection.log,
            "what earlier cohorts talked about": topics,
        }
    )


def evaluation(model: Scheme, results: tuple[Result, ...]) -> str:
    """The evaluation page from `evaluation.method`, `responses`, the results files, `findings` and
    `recommendations`; empty when it gives none of them."""
    e = model.evaluation
    if e is None:
        return ""
    return _said(
        {
            ("how the scheme was evaluated" if e.done else "the evaluation method"): e.method,
            "who responded": e.responses or e.reflective_chats,
            "the results": results,
            "what was found": e.findings,
            "recommendations": e.recommendations,
        }
    )


def handbook(role: Role) -> str:
    """A role's handbook from the role's fields its sections are made from: "what the role involves" only with a
    `description` (or `sides`, or an organisation taking part), then pay, benefits, who can take part and training;
    empty when it gives none of them."""
    return _said(
        {
            "what the role involves": role.description or role.participant == "organisation" or role.sides,
            "pay": role.pay,
            "benefits": role.benefits,
            "who can take part": role.eligibility.model_dump(exclude_defaults=True),
            "training": role.training,
        }
    )
