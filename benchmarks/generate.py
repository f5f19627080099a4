"""Synthetic institutions for the benchmark: N schemes shaped like the seeds (roles, events, themes, FAQ)."""

from __future__ import annotations

import argparse
from pathlib import Path

import yaml

ROLES = ["mentor", "mentee", "coordinator"]


def scheme(index: int) -> dict:
    """One scheme of realistic size: 2-3 roles, about 10 events, 4-6 themes, 10 FAQ entries, support."""
    year = 2030 + index % 5
    roles = ROLES[: 2 + index % 2]
    return {
        "title": f"Reverse mentoring scheme {index}",
        "summary": f"Staff from under-represented groups mentor senior leaders in faculty {index}.",
        "organisation": {"name": "Example University", "unit": f"Faculty {index}"},
        "funders": [{"name": "Example Council", "programme": f"Programme {index % 7}"}],
        "purpose": "To give senior leaders insight into the experience of colleagues.\n\nAnd to change culture.",
        "aims": ["Increase understanding", "Change practice", "Build belonging"],
        "roles": [
            {
                "id": role,
                "name": f"Reverse {role}",
                "summary": f"Who takes the {role} role.",
                "description": f"What a {role} does, in a paragraph of **Markdown**.",
                "eligibility": {"groups": ["Disabled staff", "LGBTQ+ staff", "Carers"], "requirements": ["Staff"]},
                "training": [{"id": f"{role}-training", "title": "Training", "duration": "90 minutes"}],
            }
            for role in roles
        ],
        "cohorts": [
            {
                "id": str(year),
                "start": f"{year}-03",
                "length": "6 months",
                "sign_up": {
                    "opens": f"{year}-01-06",
                    "deadline": f"{year}-02-03 17:00",
                    "roles": {role: {"form": f"https://forms.office.com/r/bench-{index}-{role}"} for role in roles},
                    "contact": "coordinator",
                },
                "events": [
                    {
                        "id": "training",
                        "title": "Mentor training",
                        "kind": "training",
                        "roles": ["mentor"],
                        "options": [
                            {
                                "id": f"option-{n}",
                                "start": f"{year}-02-{10 + n} 10:00",
                                "end": "12:00",
                                "location": "Room 1",
                            }
                            for n in range(3)
                        ],
                    },
                    *[
                        {
                            "id": f"meeting-{n}",
                            "title": f"Meeting {n}",
                            "kind": "meeting",
                            "start": f"{year}-0{3 + n}-15",
                        }
                        for n in range(4)
                    ],
                    {
                        "id": "midpoint",
                        "title": "Reflection",
                        "kind": "reflection",
                        "relative_to": "start",
                        "offset": "3 months",
                    },
                    {"id": "close", "title": "Celebration", "kind": "celebration", "relative_to": "end"},
                ],
            }
        ],
        "meetings": {"count": 6, "frequency": "monthly", "duration": "1-1.5 hours", "period": "six months"},
        "themes": [
            {
                "id": f"theme-{n}",
                "title": f"Theme {n}",
                "prompts": ["What matters?", "Why?"],
                "icebreakers": ["A first question"],
            }
            for n in range(4 + index % 3)
        ],
        "support": {
            "confidentiality": "What is said stays between the pair.",
            "confidentiality_limits": ["If someone is at risk of harm"],
            "escalation": [{"action": "Talk to the coordinator", "contact": "coordinator"}],
            "wellbeing": [{"name": "Staff wellbeing service", "url": "https://example.ac.uk/wellbeing"}],
            "ending": "Either person can end the pairing without blame.",
        },
        "faq": [{"question": f"Question {n}?", "answer": f"Answer {n}, in **Markdown**."} for n in range(10)],
        "evaluation": {"method": "Questionnaires before and after."},
        "contacts": [
            {"id": "coordinator", "name": "Scheme coordinator", "email": "mentoring@example.ac.uk", "primary": True}
        ],
    }


def generate(folder: Path, count: int, config: str) -> None:
    """Write an institution of `count` schemes, its content and mkdocs.yml into `folder`."""
    (folder / "schemes").mkdir(parents=True, exist_ok=True)
    (folder / "content").mkdir(exist_ok=True)
    (folder / "content" / "index.md").write_text("# Schemes\n\n<!-- schemebook:schemes -->\n", encoding="utf-8")
    for index in range(count):
        text = yaml.safe_dump(scheme(index), sort_keys=False, allow_unicode=True)
        (folder / "schemes" / f"scheme-{index:04d}.yml").write_text(text, encoding="utf-8")
    (folder / "mkdocs.yml").write_text(config, encoding="utf-8")


def main() -> None:
    """Command line: generate.py FOLDER COUNT."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("folder", type=Path)
    parser.add_argument("count", type=int)
    arguments = parser.parse_args()
    config = (Path(__file__).parent.parent / "mkdocs.yml").read_text(encoding="utf-8")
    generate(arguments.folder, arguments.count, config)


if __name__ == "__main__":
    main()
