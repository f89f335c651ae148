"""The catalogue holds every exercise, variation and safety note of the guide."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from backcoach.core.catalogue import CatalogueError, catalogue_from_json, load_catalogue
from backcoach.core.resources import load_asset_json
from backcoach.core.routine import load_builtin_routines

# The project's own copy of the guide: the source of every exercise, variation and safety note.
GUIDE = Path(__file__).resolve().parents[2] / "docs" / "guide" / "back-pain-relief-exercises.txt"


def guide_text() -> str:
    return GUIDE.read_text(encoding="utf-8")


def normalise(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def guide_bullets() -> list[str]:
    return [normalise(line.split("•", 1)[1]) for line in guide_text().splitlines() if "•" in line]


def traced_lines(catalogue) -> list[str]:
    lines = [normalise(g) for e in catalogue for g in (*e.guide, *e.safety_guide)]
    lines += [normalise(g) for note in catalogue.safety for g in note.guide]
    return lines


def test_every_bullet_of_the_guide_is_traced_to_an_exercise(catalogue):
    bullets = guide_bullets()
    assert len(bullets) == 11
    exercise_lines = {normalise(g) for e in catalogue for g in e.guide}
    missing = [b for b in bullets if b not in exercise_lines]
    assert missing == []


def test_every_traced_line_is_really_in_the_guide(catalogue):
    text = normalise(guide_text())
    for line in traced_lines(catalogue):
        assert line in text, line


@pytest.mark.parametrize(
    "advice",
    [
        "comfortable clothes",
        "without forcing it",
        "flat surface",
        "consult with your physician",
        "regularly",
        "physio-therapist",
    ],
)
def test_every_safety_advice_of_the_guide_is_a_safety_note(catalogue, advice):
    assert any(advice in g for note in catalogue.safety for g in note.guide)


def test_each_exercise_is_complete(catalogue):
    """Its numbers are checked against docs/exercises.md in tests/core/test_exercise_content.py."""
    for exercise in catalogue:
        assert exercise.id and exercise.name and exercise.instructions
        assert len(exercise.positions) >= 2, "a start and a held position"
        assert all(p.pose for p in exercise.positions)
        assert exercise.hold_cue and exercise.release_cue, "what to mind, how to come back"
        assert exercise.reps >= 1 and exercise.rest_seconds >= 0
        assert exercise.safety


def test_the_variations_point_at_exercises_that_exist(catalogue):
    variations = [e for e in catalogue if e.variation_of]
    assert {e.id for e in variations} >= {"bridge_arms_raised", "ball_position"}
    for exercise in variations:
        assert exercise.variation_of in catalogue


def test_knees_to_chest_is_an_exercise_of_its_own_not_a_bridge(catalogue):
    """The guide's "You can also pull both of your knees..." is a stretch, not a harder bridge:
    its variations (the ball, one knee) hang from it."""
    assert catalogue.get("knees_to_chest").variation_of is None
    assert catalogue.get("ball_position").variation_of == "knees_to_chest"
    assert catalogue.get("single_knee_to_chest").variation_of == "knees_to_chest"
    assert catalogue.get("bridge_arms_raised").variation_of == "bridge"


def test_exercises_for_one_leg_are_done_on_both_sides(catalogue):
    assert catalogue.get("single_knee_to_chest").per_side
    assert catalogue.get("standing_hip_stretch").per_side
    assert not catalogue.get("bridge").per_side


def test_ids_are_unique_and_a_duplicate_is_refused():
    data = load_asset_json("exercises.json")
    data["exercises"].append(data["exercises"][0])
    with pytest.raises(CatalogueError, match="twice"):
        catalogue_from_json(data)


def test_an_unknown_exercise_is_a_clear_error(catalogue):
    with pytest.raises(CatalogueError, match="no exercise"):
        catalogue.get("handstand")


def test_builtin_routines_use_every_exercise(catalogue):
    routines = load_builtin_routines(catalogue)
    assert len(routines) >= 2
    used = {item.exercise_id for r in routines for item in r.items}
    assert used == set(catalogue.exercises)


def test_load_catalogue_is_the_shipped_file():
    assert "bridge" in load_catalogue()
