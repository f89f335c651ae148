"""Reading a file is linear in its size, whatever it holds (issue 16, item 9): the checks before
parsing and the salvage of a damaged file each pass over the text a bounded number of times.

These are checks of structure, not of time (the machine is shared): times are measured by
`python -m benchmarks.hostile_input`, outside the suite."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from backcoach.core.input_limits import DATA_FILE
from backcoach.core.storage import salvage
from backcoach.core.storage.files import STRING_TOKEN, FileProblem, parse_json

# Texts made of what makes string scanning hard: quotes, backslashes, line breaks, brackets.
tricky = st.text(alphabet='"\\\n{}[]a: ,', max_size=400)


@given(tricky)
@settings(max_examples=300, deadline=None)
def test_the_string_pattern_matches_at_every_quote(text: str):
    # The pre-check removes strings with one re.sub. A pattern that can fail at a quote (an
    # unterminated string) is tried again at every later quote, each time to the end of the text:
    # quadratic. This one never fails where a quote is, and its quantifiers are possessive (no
    # backtracking), so the whole substitution is one pass.
    for position, character in enumerate(text):
        if character == '"':
            match = STRING_TOKEN.match(text, position)
            assert match is not None and match.end() > position


def test_the_pattern_removes_strings_as_json_reads_them():
    text = json.dumps({"a": 'x"y\\z', "b": ["[", "{"], "c": "\\\\"})
    assert STRING_TOKEN.sub("", text) == "{: , : [, ], : }"


@pytest.mark.parametrize(
    "hostile",
    [
        '{"a": "' + '\\"' * 20_000,  # an unterminated string of \" (0.9 s at 10 kB before)
        '{"a": "' + "\\" * 40_001,
        '"' * 40_000,
        '{"a": [' * 5000,
        "[" + "1" * 40_000 + "]",
    ],
)
def test_hostile_text_is_refused_with_a_message(hostile: str):
    with pytest.raises(FileProblem):
        parse_json(hostile.encode(), "settings.json")


def _characters_decoded(text: str, monkeypatch) -> int:
    """How many characters the salvage's decoder was given, in all: its work, and the work of its
    error, which counts the lines of everything it was given up to the damage."""
    given = 0
    real = salvage._decoder

    class Counting:
        def raw_decode(self, piece: str, index: int = 0):
            nonlocal given
            given += len(piece) - index
            return real.raw_decode(piece, index)

    monkeypatch.setattr(salvage, "_decoder", Counting())
    salvage.salvage_records(text.encode(), "sessions")
    return given


@pytest.mark.parametrize(
    "record",
    [
        '{"a": [0, ',  # records nested in records, none closed
        '{"a": "',  # strings that end where the next record starts: a hundred thousand failures
        '{"id": "x", "n": 1} {',  # good records, then damage
    ],
)
def test_salvage_looks_at_each_character_a_bounded_number_of_times(record: str, monkeypatch):
    # Before, every "{" inside a record that failed to decode was tried again, each time given
    # the whole text (and its error counted the lines of it all): quadratic. Now each attempt
    # resumes where the last found the damage and is given only what it needs: twice the input,
    # twice the work.
    def work(count: int) -> int:
        return _characters_decoded('{"schema": 1, "sessions": [' + record * count, monkeypatch)

    small, large = work(2000), work(8000)
    assert large <= 4.5 * small, f"{large / small:.1f} times the work for 4 times the input"
    assert large <= 40 * len(record * 8000)


def test_salvage_skips_a_structure_too_deep_for_the_decoder(monkeypatch):
    def work(count: int) -> int:
        text = '{"schema": 1, "sessions": [' + '{"a": [' * count + '], {"id": "x"}]'
        return _characters_decoded(text, monkeypatch)

    assert work(40_000) <= 4.5 * work(10_000)


def test_salvage_never_converts_a_huge_number():
    digits = "9" * 100_000
    text = '{"sessions": [{"id": "a", "n": ' + digits + '}, {"id": "b", "n": 1}]}'
    records = salvage.salvage_records(text.encode(), "sessions")
    assert [r["id"] for r in records] == ["a", "b"] and records[0]["n"] is None
    assert DATA_FILE.max_number_digits < len(digits)


def test_salvage_gives_up_on_text_that_is_damage_all_through(monkeypatch):
    # A damaged BackCoach file has a few damaged spots; this has a hundred thousand. What was
    # found before the salvage gave up is kept; its time stays bounded whatever the size.
    good = ", ".join(json.dumps({"id": f"s{n}"}) for n in range(5))
    text = '{"schema": 1, "sessions": [' + good + ", " + '{"a": "' * 100_000
    attempts = 0
    real = salvage._decode

    def counting(*args):
        nonlocal attempts
        attempts += 1
        return real(*args)

    monkeypatch.setattr(salvage, "_decode", counting)
    records = salvage.salvage_records(text.encode(), "sessions")
    assert [r["id"] for r in records] == [f"s{n}" for n in range(5)]
    assert attempts <= salvage.MAX_FAILED_ATTEMPTS + 10
