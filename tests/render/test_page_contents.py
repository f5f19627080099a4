"""What one page says another holds is counted from what that page shows, and left out when it shows nothing."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from tests.render.conftest import markdown_pages

SCHEME = """\
title: Claims scheme
summary: A scheme whose pages point at each other.
organisation: {name: A university}
roles:
  - id: mentor
    name: Mentor
  - id: mentee
    name: Mentee
    description: Meets a mentor each month.
themes:
  - {id: goals, title: Goals, description: What you want from the year.}
  - {id: careers, title: Careers}
  - {id: balance, title: Balance}
evaluation:
  cohort: "2031"
  method: An assessment will be conducted during the year.
cohorts:
  - id: "2031"
    start: 2031-09
    sign_up:
      history:
        - {state: open, on: 2031-02-15, roles: [mentor, mentee]}
    events:
      - {id: launch, title: Launch, start: 2031-09-01 18:00}
      - {id: middle, title: Middle, start: 2031-12-01}
      - {id: close, title: Close, start: 2032-05-01}
"""


def _pages(tmp_path: Path, scheme: str = SCHEME) -> dict[str, str]:
    path = tmp_path / "claims.yml"
    path.write_text(scheme, encoding="utf-8")
    return markdown_pages(path, datetime(2031, 3, 1, tzinfo=UTC))


def test_what_a_link_says_a_page_holds_is_what_it_holds(tmp_path: Path) -> None:
    pages = _pages(tmp_path)
    overview, mentee = pages[""], pages["mentee"]
    assert "- [Timeline](timeline/index.md): four dates, one with a time\n" in overview
    assert "(with descriptions for one of the three themes)" in overview
    assert "The [meeting themes page](../themes/index.md) gives descriptions for one of the three themes." in mentee
    assert "- [Mentor handbook](mentor/index.md)\n" in overview  # the mentor's handbook does not say what it involves
    assert "- [Mentee handbook](mentee/index.md): what the role involves\n" in overview
    assert "- [Evaluation](evaluation/index.md): the evaluation method\n" in overview
    assert "was evaluated" not in "".join(pages.values())


def test_no_way_to_apply_is_never_promised(tmp_path: Path) -> None:
    pages = _pages(tmp_path)
    assert "- [How to join](sign-up/index.md): when applications opened\n" in pages[""]
    assert "how to apply" not in pages[""] and "says how" not in pages["faq"]
    assert "No form or address to apply to is given." in pages["faq"]
    for name in ("sign-up", "mentor", "mentee"):
        assert "Before you apply" not in pages[name], name


def test_a_way_to_apply_is_pointed_to(tmp_path: Path) -> None:
    scheme = SCHEME.replace(
        "        - {state: open, on: 2031-02-15, roles: [mentor, mentee]}\n",
        "        - {state: open, on: 2031-02-15, roles: [mentor, mentee]}\n"
        "      roles:\n"
        "        mentee: {email: apply@university.test}\n"
        "        mentor: {email: apply@university.test}\n",
    )
    pages = _pages(tmp_path, scheme)
    assert "- [How to join](sign-up/index.md): how to apply\n" in pages[""]
    assert "The [how to join page](../sign-up/index.md) says how to apply." in pages["faq"]
    assert "Before you apply" in pages["sign-up"]


def test_words_the_site_cannot_place_are_still_a_date(tmp_path: Path) -> None:
    worded = SCHEME.replace(
        "      - {id: close, title: Close, start: 2032-05-01}\n",
        "      - {id: close, title: Close, when: Op 28 augustus}\n      - {id: party, title: Party}\n",
    )
    overview = _pages(tmp_path, worded)[""]
    assert (
        "- [Timeline](timeline/index.md): three dates, one with a time and one event dated in the source's words"
        " and one event without a date\n" in overview
    )


def test_details_the_same_dates_have_are_said_together_and_one_of_a_kind_in_the_singular(tmp_path: Path) -> None:
    placed = SCHEME.replace(
        "      - {id: launch, title: Launch, start: 2031-09-01 18:00}\n",
        "      - {id: launch, title: Launch, start: 2031-09-01 18:00, location: Hall}\n",
    )
    overview = _pages(tmp_path, placed)[""]
    assert "- [Timeline](timeline/index.md): four dates, one with a time and a place\n" in overview
    one = placed.replace("      - {id: middle, title: Middle, start: 2031-12-01}\n", "").replace(
        "      - {id: close, title: Close, start: 2032-05-01}\n", ""
    )
    one = one.replace("  - {id: careers, title: Careers}\n  - {id: balance, title: Balance}\n", "").replace(
        "    sign_up:\n      history:\n        - {state: open, on: 2031-02-15, roles: [mentor, mentee]}\n", ""
    )
    overview = _pages(tmp_path, one)[""]
    assert "- [Timeline](timeline/index.md): one date, with a time and a place\n" in overview
    assert "(with a description)" in overview
