"""What each page of a scheme holds, in the words a link to it uses: made from the data the page is made from, so
that a link never promises what its page lacks."""

from __future__ import annotations

from schemebook.model import Scheme
from schemebook.project.evaluation import Result
from schemebook.render.phrases import counted, listed
from schemebook.when.timeline import Dated, worded_order


def _said(parts: dict[str, object]) -> str:
    return listed(phrase for phrase, given in parts.items() if given)


def timeline(events: list[Dated], kind: str = "") -> str:
    """The timeline counted from its events' `start` and `when` (when it names a month or year), with "times" and
    "places" only as far as they are given: "three dates, with times and places", "two events without a date";
    `kind` names what the events are ("training": "two training dates")."""
    noun = f"{kind} " if kind else ""
    dated = [d for d in events if d.start or worded_order(d.event.when or "")]
    undated = len(events) - len(dated)
    extras = _said({"times": any(d.start and d.start.clock for d in events), "places": any(d.location for d in events)})
    parts = [counted(len(dated), f"{noun}date") + (f", with {extras}" if extras else "")] if dated else []
    parts += [counted(undated, f"{noun}event") + " without a date"] if undated else []
    return " and ".join(parts)


def training(events: list[Dated]) -> str:
    """The timeline's training events counted as `timeline` counts (kind `training`, or tied to a `training`): "one
    training date"; empty when it has none, so that a kick-off is never counted as training."""
    return timeline([d for d in events if d.event.kind == "training" or d.event.training], "training")


def theme_details(model: Scheme) -> str:
    """What the themes page adds to a theme's title, from `themes[].prompts`, `icebreakers` and `description`:
    "questions to discuss and ice-breakers", or "descriptions"; empty when it adds nothing."""
    themes = model.themes
    return _said(
        {
            "questions to discuss": any(t.prompts for t in themes),
            "ice-breakers": any(t.icebreakers for t in themes),
            "descriptions": not any(t.prompts or t.icebreakers for t in themes) and any(t.description for t in themes),
        }
    )


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
            "how the scheme was evaluated": e.method,
            "who responded": e.responses or e.reflective_chats,
            "the results": results,
            "what was found": e.findings,
            "recommendations": e.recommendations,
        }
    )
