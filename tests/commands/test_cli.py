"""The schemebook command: check and schema."""

from __future__ import annotations

import json
from collections.abc import Callable
from importlib.metadata import version
from pathlib import Path

import pytest

from schemebook.checks.recommended import missing_parts
from schemebook.commands.cli import main
from schemebook.model import Scheme
from schemebook.project.site import load_scheme
from schemebook.render.schema import schema_text
from tests.conftest import MINIMAL


def test_check_passes_a_valid_file(write_scheme: Callable[..., Path], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(write_scheme())]) == 0
    assert "OK: 1 scheme file checked" in capsys.readouterr().out


def test_check_fails_with_located_errors(write_scheme: Callable[..., Path], capsys: pytest.CaptureFixture[str]) -> None:
    path = write_scheme(MINIMAL.replace("title:", "titel:"))
    assert main(["check", str(path.parent)]) == 1
    err = capsys.readouterr().err
    assert "test-scheme.yml:1:1: error: unknown field `titel`\n    did you mean `title`?" in err
    assert "error" in err.splitlines()[-1]


def test_strict_turns_warnings_into_failure(write_scheme: Callable[..., Path]) -> None:
    placeholder = MINIMAL.replace("title: Test scheme", "title: Test scheme  # replace")
    assert main(["check", str(write_scheme(placeholder))]) == 0
    assert main(["check", "--strict", str(write_scheme(placeholder))]) == 1


def test_missing_path(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "no/such/place"]) == 1
    assert "no/such/place:1:1: error: no such file or folder" in capsys.readouterr().err


def test_schema_command_prints_the_model_schema(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema"]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed["properties"].keys() == Scheme.model_json_schema()["properties"].keys()


def test_committed_schema_is_current() -> None:
    committed = (Path(__file__).parents[2] / "schemes" / "scheme.schema.json").read_text(encoding="utf-8")
    assert committed == schema_text(), "run `make schema` to regenerate schemes/scheme.schema.json"


def test_missing_recommended_parts_get_one_line_even_when_strict(
    write_scheme: Callable[..., Path], capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_scheme()
    loaded, _ = load_scheme(path, "x.yml")
    assert loaded is not None
    count = len(missing_parts(loaded.model))
    for strict in ([], ["--strict"]):
        assert main(["check", *strict, str(path)]) == 0
        out, err = capsys.readouterr()
        assert "recommended part missing" not in err
        assert f"{count} recommended parts missing across 1 scheme; `schemebook check --report` lists them" in out


def test_strict_check_fails_on_missing_parts_where_the_site_asks(
    host_site: Callable[[str], Path], capsys: pytest.CaptureFixture[str]
) -> None:
    config = host_site("      form_hosts: [forms.uni.test]\n      recommended: warning\n")
    assert main(["check", "-f", str(config)]) == 0
    assert main(["check", "--strict", "-f", str(config)]) == 1
    assert "warning: recommended part missing: a no-fault ending" in capsys.readouterr().err


@pytest.fixture
def host_site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Callable[[str], Path]:
    """Makes, and moves into, a site whose schemes are in data/schemes, with these settings in other.yml."""
    monkeypatch.chdir(tmp_path)
    return lambda settings: _host_site(tmp_path, settings)


def _host_site(root: Path, settings: str) -> Path:
    """A site whose schemes are in data/schemes, with its settings in other.yml."""
    (root / "data" / "schemes").mkdir(parents=True)
    scheme = MINIMAL.replace("forms.office.com/r/TEST", "forms.uni.test/apply")
    (root / "data" / "schemes" / "test-scheme.yml").write_text(scheme, encoding="utf-8")
    config = root / "other.yml"
    config.write_text(
        f"site_name: Host\nplugins:\n  - schemebook:\n      schemes_dir: data/schemes\n{settings}", "utf-8"
    )
    return config


def test_check_reads_the_build_settings(host_site: Callable[[str], Path], capsys: pytest.CaptureFixture[str]) -> None:
    config = host_site("      form_hosts: [forms.uni.test]\n")
    assert main(["check", "-f", str(config)]) == 0
    out, err = capsys.readouterr()
    assert "OK: 1 scheme file checked" in out and "not a known form provider" not in err
    assert "other.yml:1:1: warning: no `site_url` is set: calendars get no webcal:// subscription links" in err


def test_check_names_the_settings_file_used(
    host_site: Callable[[str], Path], capsys: pytest.CaptureFixture[str]
) -> None:
    config = host_site("      privacy:\n        emial: dpo@uni.test\n")
    assert main(["check", "-f", str(config)]) == 1
    err = capsys.readouterr().err
    assert "other.yml:6:9: error: plugins: schemebook: unknown field `privacy.emial`\n    did you mean `email`?" in err
    assert "mkdocs.yml" not in err


def test_settings_errors_stand_at_their_line_with_their_full_path(
    host_site: Callable[[str], Path], capsys: pytest.CaptureFixture[str]
) -> None:
    settings = "      recommended: warning\n      institution:\n        name: Uni\n        emial: x@uni.test\n"
    settings += "      brand:\n        primary: red\n"
    config = host_site(settings)
    assert main(["check", "-f", str(config)]) == 1
    out, err = capsys.readouterr()
    assert "other.yml:8:9: error: plugins: schemebook: unknown field `institution.emial`" in err, err
    assert "other.yml:10:18: error: plugins: schemebook: `brand.primary`" in err, err
    assert (
        out.splitlines()[-1]
        == "FAILED: the settings in other.yml have problems; 1 scheme file checked, none with problems"
    )


def test_a_bad_now_stands_at_its_line(host_site: Callable[[str], Path], capsys: pytest.CaptureFixture[str]) -> None:
    config = host_site("      now: tomorrow\n")
    assert main(["check", "-f", str(config)]) == 1
    err = capsys.readouterr().err
    assert "other.yml:5:12: error: plugins: schemebook: `now: tomorrow` is not a date and time like" in err, err


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["--version"])
    assert stop.value.code == 0 and capsys.readouterr().out == f"schemebook {version('schemebook')}\n"


def test_check_reads_mkdocs_yml_in_the_working_folder(
    host_site: Callable[[str], Path], capsys: pytest.CaptureFixture[str]
) -> None:
    config = host_site("      form_hosts: [forms.uni.test]\n")
    config.rename(config.parent / "mkdocs.yml")
    assert main(["check"]) == 0
    out, err = capsys.readouterr()
    assert "OK: 1 scheme file checked" in out and "not a known form provider" not in err
    assert "mkdocs.yml:1:1: warning: no `site_url` is set" in err
