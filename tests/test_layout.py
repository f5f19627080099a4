"""The package's folders say what it does: imports run one way, from the adapter and commands down to the model."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "plugins" / "schemebook"
LAYERS = {
    "model": 0,
    "sanitise": 1,
    "escaping": -1,
    "when": 1,
    "read": 2,
    "checks": 3,
    "project": 4,
    "render": 5,
    "adapter": 6,
    "commands": 6,
}
"""A module may import from its own part and from parts of a lower layer only."""


def _imports(path: Path) -> set[str]:
    """The absolute module names `path` imports."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and not node.level:
            found |= {node.module} | {f"{node.module}.{a.name}" for a in node.names}
        elif isinstance(node, ast.Import):
            found |= {a.name for a in node.names}
    return found


def _part(path: Path) -> str:
    return path.relative_to(PACKAGE).parts[0].removesuffix(".py")


def _modules() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if p.name != "__init__.py" or p.parent != PACKAGE)


def test_every_part_has_a_layer_and_few_modules_stand_alone() -> None:
    parts = {_part(p) for p in _modules()}
    assert parts <= set(LAYERS), f"a new part needs a place in LAYERS: {parts - set(LAYERS)}"
    assert len([p for p in PACKAGE.glob("*.py")]) <= 8


def test_imports_run_downward_only() -> None:
    wrong = []
    for path in _modules():
        part = _part(path)
        for name in _imports(path):
            pieces = name.split(".")
            if pieces[0] == "mkdocs" and part != "adapter":
                wrong.append(f"{path.relative_to(PACKAGE)} imports {name}: only adapter/ knows MkDocs")
            if pieces[0] == "schemebook" and len(pieces) > 1 and pieces[1] in LAYERS:
                target = pieces[1]
                if target != part and LAYERS[target] >= LAYERS[part]:
                    wrong.append(f"{path.relative_to(PACKAGE)} ({part}) imports {name} ({target})")
    assert not wrong, "\n".join(wrong)
