"""The cue sounds in assets/sounds are the ones backcoach.tools.sounds makes."""

from __future__ import annotations

import struct
import wave

import pytest

from backcoach.core.resources import asset
from backcoach.tools import sounds


@pytest.mark.parametrize("name", sorted(sounds.SOUNDS))
def test_the_committed_sound_is_what_the_script_makes(name):
    with wave.open(str(asset("sounds", name)), "rb") as stored:
        assert (stored.getnchannels(), stored.getsampwidth(), stored.getframerate()) == (
            1,
            2,
            sounds.RATE,
        )
        frames = stored.readframes(stored.getnframes())
    committed = struct.unpack(f"<{len(frames) // 2}h", frames)
    made = struct.unpack(f"<{len(frames) // 2}h", sounds.wav_bytes(sounds.SOUNDS[name]()))
    assert len(committed) == len(made)
    # The last bit may differ with another maths library; nothing audible may.
    assert max(abs(a - b) for a, b in zip(committed, made, strict=True)) <= 1


def test_a_soft_short_tick_and_a_longer_chime():
    tick, chime = sounds.tick_samples(), sounds.chime_samples()
    assert len(tick) / sounds.RATE < 0.1 < 0.5 < len(chime) / sounds.RATE
    assert max(map(abs, tick)) < max(map(abs, chime)) <= 1.0
    assert abs(tick[0]) < 0.01 and abs(chime[0]) < 0.01  # no click at the start


def test_the_script_writes_both_files(tmp_path, capsys):
    assert sounds.main([str(tmp_path)]) == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["chime.wav", "tick.wav"]
