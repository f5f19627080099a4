"""Publishing: the GitHub and GitLab Pages examples build with `make site` daily, and `mkdocs gh-deploy` works."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from schemebook.read.loading import parse_text
from tests.conftest import REPO


def yaml_file(path: Path) -> Any:
    """A YAML file read by the 1.2 rules, so GitHub's `on:` key stays a word."""
    doc, problems = parse_text(path.name, path.read_text(encoding="utf-8"))
    assert doc is not None, problems
    return doc.data


def is_daily(cron: str) -> bool:
    minute, hour, *rest = cron.split()
    return minute.isdigit() and hour.isdigit() and rest == ["*", "*", "*"]


def test_github_workflow_builds_daily_and_deploys_with_the_pages_actions() -> None:
    workflow = yaml_file(REPO / ".github" / "workflows" / "publish.yml")
    assert any(is_daily(entry["cron"]) for entry in workflow["on"]["schedule"])
    assert workflow["on"]["push"]["branches"] == ["main"]
    assert workflow["permissions"] == {"contents": "read", "pages": "write", "id-token": "write"}
    build = workflow["jobs"]["build"]["steps"]
    assert [step["run"] for step in build if "run" in step] == ["make site"]
    upload = next(step for step in build if step.get("uses", "").startswith("actions/upload-pages-artifact@"))
    assert upload["with"]["path"] == "site"
    deploy = workflow["jobs"]["deploy"]
    assert deploy["needs"] == "build" and deploy["steps"][0]["uses"].startswith("actions/deploy-pages@")


def test_gitlab_pages_job_publishes_the_built_site() -> None:
    job = yaml_file(REPO / ".gitlab-ci.yml")["pages"]
    assert job["script"] == ["make site", "rm -rf public && mv site public"]
    assert job["artifacts"]["paths"] == ["public"]
    assert "Pipeline schedules" in (REPO / ".gitlab-ci.yml").read_text(encoding="utf-8")


def git(*arguments: str, cwd: Path) -> str:
    identity = {"GIT_AUTHOR_NAME": "Test", "GIT_AUTHOR_EMAIL": "test@example.org"}
    env = {**os.environ, **identity, "GIT_COMMITTER_NAME": "Test", "GIT_COMMITTER_EMAIL": "test@example.org"}
    result = subprocess.run(["git", *arguments], cwd=cwd, env=env, capture_output=True, text=True, check=True)
    return result.stdout


def test_gh_deploy_pushes_the_built_site_to_gh_pages(small_site: Path) -> None:
    root = small_site.parent
    remote = root.parent / f"{root.name}-remote.git"
    git("init", "-q", "--bare", str(remote), cwd=root.parent)
    git("init", "-q", cwd=root)
    git("add", "content", "schemes", "mkdocs.yml", cwd=root)
    git("commit", "-qm", "site", cwd=root)
    git("remote", "add", "origin", str(remote), cwd=root)
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "GIT_AUTHOR_NAME": "Test", "GIT_AUTHOR_EMAIL": "t@example.org"}
    env |= {"GIT_COMMITTER_NAME": "Test", "GIT_COMMITTER_EMAIL": "t@example.org"}
    deployed = subprocess.run(
        [sys.executable, "-m", "mkdocs", "gh-deploy", "--force"], cwd=root, env=env, capture_output=True, text=True
    )
    assert deployed.returncode == 0, deployed.stderr
    published = git("ls-tree", "-r", "--name-only", "gh-pages", cwd=remote).split()
    for page in ("index.html", "schemes/test-scheme/index.html", "reference/index.html", ".nojekyll"):
        assert page in published
    assert (root / "site" / "schemes" / "test-scheme" / "index.html").is_file()


def test_github_tests_run_make_test_on_every_push_and_pull_request() -> None:
    workflow = yaml_file(REPO / ".github" / "workflows" / "test.yml")
    assert "push" in workflow["on"] and "pull_request" in workflow["on"]
    assert workflow["on"]["push"] is None and workflow["on"]["pull_request"] is None, "no branch filter"
    steps = workflow["jobs"]["test"]["steps"]
    assert [step["run"] for step in steps if "run" in step][-1] == "make test"


def test_gitlab_tests_run_make_test_on_pushes_and_merge_requests() -> None:
    jobs = yaml_file(REPO / ".gitlab-ci.yml")
    assert jobs["test"]["script"][-1] == "make test"
    conditions = [rule["if"] for rule in jobs["test"]["rules"] if rule.get("when") != "never"]
    assert '$CI_PIPELINE_SOURCE == "merge_request_event"' in conditions and "$CI_COMMIT_BRANCH" in conditions
    assert jobs["pages"]["needs"] == [], "publishing does not wait for the tests, as before"
