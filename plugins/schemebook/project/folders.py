"""The site folder checked against the project's sources, before a build writes or deletes anything."""

from __future__ import annotations

from pathlib import Path


def site_dir_problem(site_dir: Path, sources: dict[str, Path]) -> str | None:
    """Why building into `site_dir` would delete or overwrite a source folder (named in `sources`), or None."""
    site = site_dir.resolve()
    for name, folder in sources.items():
        source = folder.resolve()
        if site == source:
            return f"`site_dir` ({site_dir}) is {name}, which every build would delete"
        if source.is_relative_to(site):
            return f"`site_dir` ({site_dir}) holds {name} ({folder}), which every build would delete"
        if name != "the project" and site.is_relative_to(source):
            return f"`site_dir` ({site_dir}) is inside {name} ({folder}), which would then hold the built site"
    return None


def source_folders(root: Path, docs_dir: str, schemes_dir: str, templates_dir: str) -> dict[str, Path]:
    """The folders a build reads, which it must never delete: the project, its pages, scheme files and templates."""
    return {
        "the project": root,
        "the pages folder": root / docs_dir,
        "the schemes folder": root / schemes_dir,
        "the template overrides": root / templates_dir,
    }
