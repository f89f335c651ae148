"""`backcoach --handout ROUTINE FILE` and `--report FILE [--from] [--to]`: a PDF written, bad
input refused with exit 2 and a clear message, an unwritable target exit 1, and the data folder
left exactly as it was."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from backcoach.app import main
from backcoach.tools.demo import generate


@pytest.fixture
def history(store, clock):
    generate(store, years=0.25, today=clock.now().date(), seed=3)
    return store.folder


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def _run(args, data_dir, clock, capsys):
    status = main(["--data-dir", str(data_dir), *args], clock=clock)
    out, err = capsys.readouterr()
    return status, out, err


def test_the_handout_is_written_by_id_or_name(qapp, history, clock, tmp_path, capsys):
    before = _snapshot(history)
    target = tmp_path / "handout.pdf"
    status, out, _ = _run(
        ["--handout", "Quick break between meetings", str(target)], history, clock, capsys
    )
    assert status == 0 and target.read_bytes().startswith(b"%PDF")
    assert f"Wrote {target} (3 pages)." in out
    status, _, _ = _run(["--handout", "DESK_STRETCH", str(target)], history, clock, capsys)
    assert status == 0
    # As a person types it: spaces for underscores, without the word "routine".
    status, _, _ = _run(["--handout", "full floor", str(target)], history, clock, capsys)
    assert status == 0
    assert _snapshot(history) == before


def test_the_report_is_written_for_the_last_four_weeks_or_the_dates_given(
    qapp, history, clock, tmp_path, capsys
):
    before = _snapshot(history)
    target = tmp_path / "report.pdf"
    status, out, _ = _run(["--report", str(target)], history, clock, capsys)
    assert status == 0 and target.read_bytes().startswith(b"%PDF") and "Wrote" in out
    status, _, _ = _run(
        ["--report", str(target), "--from", "2026-01-01", "--to", "2026-02-28"],
        history,
        clock,
        capsys,
    )
    assert status == 0
    assert _snapshot(history) == before


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["--handout", "nope", "{out}"], "There is no routine called 'nope'. Routines: full_floor"),
        (["--report", "{out}", "--from", "2026-02-30"], "--from '2026-02-30' is not a date"),
        (["--report", "{out}", "--to", "yesterday"], "--to 'yesterday' is not a date"),
        (
            ["--report", "{out}", "--from", "2026-02-20", "--to", "2026-02-01"],
            "starts (2026-02-20) after",
        ),
        (
            ["--report", "{out}", "--from", "2025-01-01", "--to", "2025-02-01"],
            "There is no session",
        ),
        (["--from", "2026-01-01"], "--from and --to go with --report FILE"),
        (["--report", "{data}/report.pdf"], "is inside the data folder"),
        (["--handout", "full_floor", "{tmp}"], "is a folder: give a file name"),
    ],
)
def test_bad_input_is_refused_with_exit_2_and_a_message(
    qapp, history, clock, tmp_path, capsys, args, says
):
    before = _snapshot(history)
    out = tmp_path / "out.pdf"
    filled = [a.format(out=out, data=history, tmp=tmp_path) for a in args]
    status, _, err = _run(filled, history, clock, capsys)
    assert status == 2
    assert says in err and err.startswith("backcoach: ")
    assert not out.exists()
    assert _snapshot(history) == before


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into a read-only folder")
def test_a_target_that_cannot_be_written_fails_with_exit_1(qapp, history, clock, tmp_path, capsys):
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        status, _, err = _run(["--report", str(locked / "r.pdf")], history, clock, capsys)
    finally:
        locked.chmod(0o700)
    assert status == 1 and "could not be written" in err


def test_a_target_in_a_missing_folder_fails_with_exit_1(qapp, history, clock, tmp_path, capsys):
    target = tmp_path / "no such folder" / "h.pdf"
    status, _, err = _run(["--handout", "full_floor", str(target)], history, clock, capsys)
    assert status == 1
    assert f"{target} could not be written: No such file or directory." in err


def test_the_report_is_in_the_command_line_s_language(
    qapp, history, clock, tmp_path, capsys, monkeypatch
):
    from PySide6.QtCore import QLocale

    from backcoach.core.i18n import use_language
    from tests.ui.paper.pdf_text import text_of

    monkeypatch.setenv("LANGUAGE", "de")
    locale = QLocale()
    target = tmp_path / "bericht.pdf"
    try:
        status, out, _ = _run(["--report", str(target)], history, clock, capsys)
    finally:
        use_language("en")
        QLocale.setDefault(locale)
    assert status == 0 and "geschrieben" in out
    words = " ".join(text_of(target).split())
    # The page's headings (Qt's), its sentences (the core's) and the exercises (the catalogue's).
    for german in ("Fortschrittsbericht", "Jede Übung", "Sitzungen", "Brücke", "Knie zur Brust"):
        assert german in words
    for english in ("Progress report", "Each exercise", "Bridge", "none"):
        assert english not in words
    # The translators are gone with the command: the next one speaks English again.
    assert qapp.translate("PaperText", "Progress report") == "Progress report"
