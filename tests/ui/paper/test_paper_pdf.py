"""The handout and the report as PDF files, read back with poppler: the pages they should have,
every exercise and side, the report's numbers, nothing cut at a page's foot; the paper size by
locale; and the pictures' arrows and highlight still apart when printed in grey."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QColor, QImage, QPageSize

from backcoach.core.handout import handout
from backcoach.core.library_document import library_from_store_data
from backcoach.core.pose.library import load_pose_library
from backcoach.core.report import progress_report
from backcoach.core.report_words import adherence_lines, exercise_cells
from backcoach.core.routine import load_builtin_routines
from backcoach.tools.demo import generate
from backcoach.ui.paper.paper_style import MARGIN_MM, PAPER, page_size_for, paper_palette
from backcoach.ui.paper.pdf_files import write_handout, write_report
from backcoach.ui.widgets.pose_colours import contrast, pose_colours
from backcoach.ui.widgets.pose_painter import render_pose
from tests.factories import make_record
from tests.ui.paper.pdf_text import (
    needs_poppler,
    page_count,
    page_size,
    pages_text,
    render_png,
    text_of,
    word_boxes,
)

TODAY = date(2026, 3, 29)
POINTS_PER_MM = 72 / 25.4


@pytest.fixture(scope="module")
def library(catalogue_module):
    return library_from_store_data(catalogue_module, load_builtin_routines(catalogue_module), {})[0]


@pytest.fixture(scope="module")
def catalogue_module():
    from backcoach.core.catalogue import load_catalogue

    return load_catalogue()


def _within_pages(pdf) -> None:
    """No word runs off the page: the text stops above the bottom margin, where only the
    footer sits, well above the paper's edge."""
    for page, bottom, height, word in word_boxes(pdf):
        assert bottom <= height - (MARGIN_MM - 5) * POINTS_PER_MM, (page, word)


@needs_poppler
@pytest.mark.parametrize(
    ("routine_id", "pages"), [("full_floor", 4), ("quick_break", 3), ("desk_stretch", 2)]
)
def test_the_handout_of_each_built_in_routine(qapp, tmp_path, library, routine_id, pages):
    routine = library.routine(routine_id)
    made = handout(routine, library.catalogue, load_pose_library())
    pdf = tmp_path / f"{routine_id}.pdf"
    assert write_handout(pdf, made, TODAY) == pages
    assert page_count(pdf) == pages
    text = text_of(pdf)
    assert routine.name in text and "Safety first" in text and "Two weeks on paper" in text
    for exercise in made.exercises:
        assert f"{exercise.number}. {exercise.name}" in text
        assert exercise.dose in text and exercise.safety in text
        for figure in exercise.figures:
            assert figure.caption in text
    for title, advice in made.safety:
        assert f"{title}. {advice}" in text
    # The tick-box table: a row for each of the 14 days, a box for each exercise.
    last_page = pages_text(pdf)[-1]
    assert last_page.count("☐") == 14 * len(made.exercises)
    _within_pages(pdf)
    assert len(render_png(pdf, tmp_path)) == pages


@needs_poppler
def test_every_side_is_drawn_where_it_matters(qapp, tmp_path, library):
    made = handout(library.routine("full_floor"), library.catalogue, load_pose_library())
    pdf = tmp_path / "h.pdf"
    write_handout(pdf, made, TODAY)
    text = text_of(pdf)
    for side in ("left leg", "right leg", "left knee", "right knee"):
        assert side in text


@pytest.fixture
def three_months(store):
    _, rest = generate(store, years=0.25, today=TODAY, seed=5)
    return store.load_sessions(), rest


def _report(sessions, library, rest, first, last=TODAY):
    return progress_report(
        sessions, library, first, last, TODAY, day_start_hour=3, rest_days=rest, weekly_goal_days=4
    )


@needs_poppler
def test_a_report_of_three_months_fits_two_pages_and_says_the_core_s_numbers(
    qapp, tmp_path, library, three_months
):
    sessions, rest = three_months
    report = _report(sessions, library, rest, TODAY - timedelta(days=90))
    pdf = tmp_path / "report.pdf"
    assert write_report(pdf, report, TODAY) == page_count(pdf) == 2
    text = text_of(pdf)
    for line in adherence_lines(report):
        assert line in text
    for row in report.exercises:
        assert " ".join(exercise_cells(row)) in text
    for note in report.notes:
        assert note.text in text
    assert "Pain before sessions came down" in text
    assert "rest or flare-up days:" in text
    assert "The routine as prescribed" in text and "Full floor routine (" in text
    _within_pages(pdf)


@needs_poppler
def test_a_month_fits_a_page_or_two(qapp, tmp_path, library, three_months):
    sessions, rest = three_months
    pdf = tmp_path / "month.pdf"
    write_report(pdf, _report(sessions, library, rest, date(2026, 3, 2)), TODAY)
    assert 1 <= page_count(pdf) <= 2


@needs_poppler
def test_a_long_report_runs_over_pages_without_losing_a_line(qapp, tmp_path, library, store):
    # Two sessions a day for 12 weeks, each with a long note: the notes fill pages.
    long_note = "Stiff after the drive, the bridges helped; " * 6
    sessions = [make_record(n, note=f"{long_note}note {n:03d}.") for n in range(0, 84)]
    report = progress_report(sessions, library, date(2026, 1, 5), date(2026, 3, 29), TODAY)
    pdf = tmp_path / "long.pdf"
    pages = write_report(pdf, report, TODAY)
    assert pages >= 4
    text = text_of(pdf)
    for n in range(0, 84):
        assert f"note {n:03d}." in text
    _within_pages(pdf)
    # The notes table's header comes back on each page it runs over.
    assert all("Date Routine Note" in page for page in pages_text(pdf)[-2:])


@pytest.mark.parametrize(
    ("locale", "size"),
    [
        (
            QLocale(QLocale.Language.English, QLocale.Country.UnitedStates),
            QPageSize.PageSizeId.Letter,
        ),
        (QLocale(QLocale.Language.French, QLocale.Country.Canada), QPageSize.PageSizeId.Letter),
        (QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom), QPageSize.PageSizeId.A4),
        (QLocale(QLocale.Language.German, QLocale.Country.Germany), QPageSize.PageSizeId.A4),
    ],
)
def test_the_paper_is_letter_or_a4_by_locale(locale, size):
    assert page_size_for(locale).id() == size


@needs_poppler
def test_the_pdf_has_the_chosen_paper_size(qapp, tmp_path, library):
    from backcoach.ui.paper.pdf_files import handout_painter, write_pdf

    made = handout(library.routine("desk_stretch"), library.catalogue, load_pose_library())
    pdf = tmp_path / "letter.pdf"
    write_pdf(pdf, handout_painter(made, TODAY), QPageSize(QPageSize.PageSizeId.Letter))
    assert "(letter)" in page_size(pdf)


def _grey(colour: QColor) -> QColor:
    """The colour as a black-and-white printer gets it: Qt's own greyscale conversion."""
    image = QImage(1, 1, QImage.Format.Format_RGB32)
    image.setPixelColor(0, 0, colour)
    value = image.convertToFormat(QImage.Format.Format_Grayscale8).pixelColor(0, 0).red()
    return QColor(value, value, value)


def test_arrows_and_highlight_survive_greyscale(qapp, library):
    """Drawn as on paper, then made grey: the arrow stands 3:1 from the paper and the figure,
    the highlight 3:1 from the figure, measured on the pixels drawn in each colour."""
    colours = pose_colours(paper_palette(), PAPER)
    poses = load_pose_library()
    image = render_pose(poses.get("bridge"), 640, 400, paper_palette(), background=PAPER)
    grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
    found: dict[str, list[int]] = {"arrow": [], "highlight": [], "body": [], "paper": []}
    wanted = {
        "arrow": colours.arrow.rgb(),
        "highlight": colours.highlight.rgb(),
        "body": colours.body.rgb(),
        "paper": PAPER.rgb(),
    }
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            pixel = image.pixel(x, y) & 0xFFFFFF
            for name, rgb in wanted.items():
                if pixel == rgb & 0xFFFFFF:
                    found[name].append(grey.pixelColor(x, y).red())
    assert all(len(values) > 20 for values in found.values()), {k: len(v) for k, v in found.items()}
    shade = {name: QColor(values[0], values[0], values[0]) for name, values in found.items()}
    assert shade["arrow"] == _grey(colours.arrow)
    assert contrast(shade["arrow"], shade["paper"]) >= 3
    assert contrast(shade["arrow"], shade["body"]) >= 3
    assert contrast(shade["highlight"], shade["body"]) >= 3
