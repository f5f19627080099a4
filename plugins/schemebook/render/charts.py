"""Before-and-after charts as SVG, made at build: no script, no outside request, readable in greyscale. Text and
marks are drawn in `currentColor`, so they follow the page's text colour, dark palette and forced colours."""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from xml.sax.saxutils import escape

from schemebook.project.evaluation import Result

WIDTH, LEFT, RIGHT, ROW, TOP = 640, 250, 40, 44, 56
LINE, LABEL_CHARS, LABEL_LINES = 16, 32, 3


def _x(value: float, low: int, high: int) -> float:
    return LEFT + (value - low) / (high - low) * (WIDTH - LEFT - RIGHT)


def _lines(text: str) -> list[str]:
    """The statement wrapped to fit left of the chart; the table below the chart always has it whole."""
    lines = textwrap.wrap(text, LABEL_CHARS) or [""]
    if len(lines) > LABEL_LINES:
        lines = [
            *lines[: LABEL_LINES - 1],
            textwrap.shorten(" ".join(lines[LABEL_LINES - 1 :]), LABEL_CHARS, placeholder="…"),
        ]
    return lines


def _label(lines: list[str], y: float) -> str:
    first = y + 4 - (len(lines) - 1) * LINE / 2
    spans = "".join(
        f'<tspan x="{LEFT - 12}" y="{first + LINE * index:.1f}">{escape(line)}</tspan>'
        for index, line in enumerate(lines)
    )
    return f'<text text-anchor="end">{spans}</text>'


def before_after(chart_id: str, title: str, results: Sequence[Result]) -> str:
    """A dot chart: a hollow circle before, a filled square after, joined by a line, values written beside them."""
    low, high = min(r.scale_min for r in results), max(r.scale_max for r in results)
    labels = [_lines(r.text) for r in results]
    rows = [max(ROW, LINE * len(lines) + 16) for lines in labels]
    height = TOP + sum(rows) + 40
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {height}" width="{WIDTH}" height="{height}" '
        f'role="img" aria-labelledby="{chart_id}-title" class="sb-chart">',
        # Named by its title alone: the table below it gives every value, so a description would be read twice.
        f'<title id="{chart_id}-title">{escape(title)}</title>',
        '<g font-family="sans-serif" font-size="13" fill="currentColor">',
        f'<circle cx="{LEFT}" cy="20" r="6" class="sb-hollow" fill="#fff" stroke="currentColor" stroke-width="2"/>'
        f'<text x="{LEFT + 12}" y="24">Before</text>',
        f'<rect x="{LEFT + 90}" y="14" width="12" height="12" fill="currentColor"/>',
        f'<text x="{LEFT + 108}" y="24">After</text>',
    ]
    for tick in range(low, high + 1):
        x = _x(tick, low, high)
        parts.append(
            f'<line x1="{x:.1f}" y1="{TOP - 12}" x2="{x:.1f}" y2="{height - 34}" class="sb-grid" stroke="#bbb" '
            'stroke-dasharray="3 3"/>'
        )
        parts.append(f'<text x="{x:.1f}" y="{height - 16}" text-anchor="middle">{tick}</text>')
    above = TOP
    for index, result in enumerate(results):
        y = above + rows[index] / 2
        above += rows[index]
        pre, post = _x(result.pre_mean, low, high), _x(result.post_mean, low, high)
        parts += [
            _label(labels[index], y),
            f'<line x1="{pre:.1f}" y1="{y:.1f}" x2="{post:.1f}" y2="{y:.1f}" stroke="currentColor" stroke-width="2"/>',
            f'<circle cx="{pre:.1f}" cy="{y:.1f}" r="6" class="sb-hollow" fill="#fff" stroke="currentColor" '
            'stroke-width="2"/>',
            f'<rect x="{post - 6:.1f}" y="{y - 6:.1f}" width="12" height="12" fill="currentColor"/>',
            f'<text x="{min(pre, post) - 10:.1f}" y="{y - 10:.1f}" text-anchor="end">{result.pre_mean:.2f}</text>'
            if result.post_mean >= result.pre_mean
            else f'<text x="{pre + 10:.1f}" y="{y - 10:.1f}">{result.pre_mean:.2f}</text>',
            f'<text x="{max(pre, post) + 10:.1f}" y="{y - 10:.1f}">{result.post_mean:.2f}</text>'
            if result.post_mean >= result.pre_mean
            else f'<text x="{post - 10:.1f}" y="{y - 10:.1f}" text-anchor="end">{result.post_mean:.2f}</text>',
        ]
    parts += ["</g>", "</svg>"]
    return "".join(parts)
