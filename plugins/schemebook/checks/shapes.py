"""Checks of how roles join, match and meet, and of documents: the choices real schemes need, each misuse located."""

from __future__ import annotations

from pathlib import Path

from schemebook.checks.checker import Checker
from schemebook.model import Cohort, Role, SignUp, Strand
from schemebook.model.matching import Matching
from schemebook.model.roles import Join
from schemebook.read.errors import Level
from schemebook.read.loading import Loc
from schemebook.read.old_fields import MODES, old_fields, value_at

DOCUMENT_TYPES = frozenset(
    [
        "pdf",
        "doc",
        "docx",
        "odt",
        "rtf",
        "txt",
        "csv",
        "xls",
        "xlsx",
        "ods",
        "ppt",
        "pptx",
        "odp",
        "png",
        "jpg",
        "jpeg",
        "gif",
        "webp",
    ]
)
"""File types a document may be: ones a browser shows or downloads but never runs (no HTML, SVG or script)."""
_TAKES_BY = ("invitation", "nomination", "recruitment", "appointment", "referral")
"""Ways of joining that someone else starts, whose `by` names who."""
_CHOICES = (
    "application, registration, expression-of-interest, invitation, nomination, membership, recruitment, appointment,"
    " referral, automatic, contact"
)


def check_shape(c: Checker, scheme_dir: Path | None) -> None:
    """Joining, matching, documents and cohort changes refer to what exists and say what their choice needs."""
    scheme = c.scheme
    for i, role in enumerate(scheme.roles):
        _check_role(c, ("roles", i), role)
    for loc in old_fields(c.doc):
        hint = f"write `modes: {MODES[str(value_at(c.doc, loc))]}`; `schemebook migrate` rewrites it, keeping comments"
        if (*loc[:-1], "modes") in c.doc.keys:
            c.error(loc, "give either `format` or `modes`, not both", "remove `format`")
        else:
            c.error(loc, "`format` is the old name of `modes`", hint, Level.WARNING)
    if scheme.matching:
        _check_matching(c, ("matching",), scheme.matching)
    document_ids = [d.id for d in scheme.documents]
    c.unique(("documents",), document_ids, "document")
    names = [Path(d.file).name for d in scheme.documents if d.file]
    for i, document in enumerate(scheme.documents):
        if document.file and names.count(Path(document.file).name) > 1:
            c.error(("documents", i, "file"), "two document files have this name", "rename one of the files")
        dloc = ("documents", i)
        c.refers_all((*dloc, "roles"), document.roles, c.role_ids, "role")
        if document.url and document.file:
            c.error((*dloc, "file"), "give either `url` or `file`, not both", "remove one of them")
        if document.published is False and (document.url or document.file):
            hint = "remove `published: false`, or the address"
            c.error((*dloc, "published"), "`published: false` says it has no address, but one is given", hint)
        if document.file:
            _check_file(c, (*dloc, "file"), document.file, scheme_dir)
    for i, cohort in enumerate(scheme.cohorts):
        _check_cohort(c, ("cohorts", i), cohort, document_ids)
    c.unique(("strands",), (strand.id for strand in scheme.strands), "strand")
    for i, strand in enumerate(scheme.strands):
        _check_part(c, ("strands", i), strand)
    if c.scheme.sign_up is not None:
        _check_sign_up(c, ("sign_up",), c.scheme.sign_up, document_ids)


def _check_role(c: Checker, loc: Loc, role: Role) -> None:
    levels = role.eligibility.levels
    if levels and not (levels.lowest or levels.highest):
        c.error((*loc, "eligibility", "levels"), "a range of levels needs `lowest`, `highest` or both")
    if len(role.sides) == 1:
        c.error((*loc, "sides"), "a role with sides has two", "name both sides, or remove `sides`")
    if role.represented_by and role.participant != "organisation":
        c.error((*loc, "represented_by"), "`represented_by` is for an organisation", "add `participant: organisation`")
    c.refers_all((*loc, "mentors"), role.mentors, c.role_ids, "role")
    if role.id in role.mentors:
        index = role.mentors.index(role.id)
        c.error((*loc, "mentors", index), f"`{role.id}` is this role's own id", "name only the roles it mentors")
    _check_join(c, (*loc, "join"), role.join)


def _check_matching(c: Checker, loc: Loc, matching: Matching) -> None:
    c.refers((*loc, "chosen_by"), matching.chosen_by, c.role_ids, "role")
    for name in ("requested_by", "accepted_by", "ranked_by"):
        c.refers_all((*loc, name), getattr(matching, name), c.role_ids, "role")


def _check_join(c: Checker, loc: Loc, join: Join) -> None:
    if join.method is None and (join.by or join.of or join.then):
        c.error((*loc, "method"), "say how people join before who or what", f"add `method:`, one of {_CHOICES}")
    if join.of and join.method not in ("membership", "automatic"):
        hint = "use `by` for who invites or nominates"
        c.error((*loc, "of"), "`of` names the group for `method: membership` or `automatic`", hint)
    if join.method == "membership" and not join.of:
        c.error((*loc, "of"), "say whose members take part", 'add `of:`, e.g. "the Civil Service Leadership Group"')
    if join.by and join.method and join.method not in _TAKES_BY and join.then not in _TAKES_BY:
        hint = "use `through` for the way in (e.g. your line manager), or change `method`"
        c.error(
            (*loc, "by"),
            f"`by` says who invites, nominates, recruits, appoints or refers; this role joins by {join.method}",
            hint,
        )


def _check_file(c: Checker, loc: Loc, name: str, scheme_dir: Path | None) -> None:
    suffix = Path(name).suffix.lower().lstrip(".")
    if suffix not in DOCUMENT_TYPES:
        kinds = ", ".join(sorted(DOCUMENT_TYPES))
        shown = f"a `.{suffix}` file" if suffix else "a file without a type (such as `.pdf`)"
        c.error(
            loc,
            f"{shown} cannot be published as a document",
            f"publish it as one of: {kinds}; or link to it with `url:`",
        )
    if scheme_dir is None:
        return
    found = (scheme_dir / name).resolve()
    if not found.is_relative_to(scheme_dir.resolve()):
        c.error(
            loc,
            "the file is outside the schemes folder",
            "keep documents beside the scheme file, e.g. `files/agreement.pdf`",
        )
    elif not found.is_file():
        c.error(
            loc,
            f"there is no file `{name}` beside the scheme file",
            "check the name, or use `url:` for a published document",
        )


def _check_cohort(c: Checker, loc: Loc, cohort: Cohort, document_ids: list[str]) -> None:
    if cohort.when and (cohort.start or cohort.end):
        c.error((*loc, "when"), "give either `when` (as the source words it) or `start`/`end`", "remove one of them")
    _check_part(c, loc, cohort)
    for j, event in enumerate(cohort.events):
        if event.when and (event.start or event.relative_to or event.options):
            hint = "remove `when`, or the dates"
            c.error((*loc, "events", j, "when"), "give either `when` (as the source words it) or dates", hint)
    if cohort.sign_up is not None:
        _check_sign_up(c, (*loc, "sign_up"), cohort.sign_up, document_ids)


def _check_part(c: Checker, loc: Loc, part: Cohort | Strand) -> None:
    """What a cohort or a strand gives in place of the scheme's: its roles, their joining, its matching."""
    c.unique((*loc, "roles"), (r.id for r in part.roles), "role")
    for j, change in enumerate(part.roles):
        c.refers((*loc, "roles", j, "id"), change.id, c.role_ids, "role")
        if change.join:
            _check_join(c, (*loc, "roles", j, "join"), change.join)
    if part.matching:
        _check_matching(c, (*loc, "matching"), part.matching)
    if part.meetings:
        c.refers_all((*loc, "meetings", "roles"), part.meetings.roles, c.role_ids, "role")


def _check_sign_up(c: Checker, sloc: Loc, sign_up: SignUp, document_ids: list[str]) -> None:
    for role_id, application in sign_up.roles.items():
        c.refers_all((*sloc, "roles", role_id, "documents"), application.documents, document_ids, "document")
    for j, change in enumerate(sign_up.history):
        if change.when and (change.on or change.until):
            hint = "keep `when` only for a date that cannot be written in full (no year)"
            c.error((*sloc, "history", j, "when"), "give either `when` or `on`/`until`", hint)
