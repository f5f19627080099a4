"""The build reads the settings as `schemebook check` does, and names the settings file it was given."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import MKDOCS_YML
from tests.engine import ENGINE, run_build


def _moved(small_site: Path, extra: str = "      {}\n", site_url: bool = True) -> Path:
    """The small site's settings as other.yml, with `extra` added to the plugin's options."""
    text = small_site.read_text(encoding="utf-8").replace("  - schemebook\n", f"  - schemebook:\n{extra}")
    other = small_site.with_name("other.yml")
    other.write_text(text if site_url else text.replace("site_url: https://example.org/\n", ""), encoding="utf-8")
    small_site.unlink()
    return other


def test_settings_errors_name_the_file_given(small_site: Path) -> None:
    result = run_build(_moved(small_site, "      privacy:\n        emial: dpo@uni.test\n"))
    assert result.returncode == 1
    line = 1 + MKDOCS_YML.splitlines().index("  - schemebook") + 2
    assert f"other.yml:{line}:9: error: plugins: schemebook: unknown field `privacy.emial`" in result.stderr
    assert "    did you mean `email`?" in result.stderr
    assert "mkdocs.yml" not in result.stderr and "Traceback" not in result.stderr


def test_a_bad_now_stands_at_its_line(small_site: Path) -> None:
    result = run_build(_moved(small_site, "      now: tomorrow\n"))
    assert result.returncode == 1 and "Traceback" not in result.stderr
    line = 1 + MKDOCS_YML.splitlines().index("  - schemebook") + 1
    assert f"other.yml:{line}:12: error: plugins: schemebook: `now: tomorrow` is not a date and time" in result.stderr


def test_a_missing_site_url_is_a_warning_saying_what_it_costs(small_site: Path) -> None:
    result = run_build(_moved(small_site, site_url=False), "--strict")
    assert result.returncode == 1
    assert (
        "other.yml:1:1: warning: no `site_url` is set: calendars get no webcal:// subscription links" in result.stderr
    )


def test_builds_in_this_process_run_under_the_chosen_engine() -> None:
    import mkdocs

    assert mkdocs.__name__ == ("properdocs" if ENGINE == "properdocs" else "mkdocs")
