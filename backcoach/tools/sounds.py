"""Makes the player's cue sounds (assets/sounds/*.wav) from a few lines of arithmetic.

The sounds are the project's own: `python -m backcoach.tools.sounds` writes them again, byte for
byte the same, so the committed files can be checked against this script
(tests/tools/test_sounds.py).
A soft tick marks the last seconds of a hold; a two-note chime marks every change of phase.
"""

from __future__ import annotations

import math
import struct
import sys
import wave
from collections.abc import Sequence
from pathlib import Path

RATE = 44_100


def tick_samples() -> list[float]:
    """A short, soft wooden tick: a 1.6 kHz tone with a fast exponential decay."""
    length = int(RATE * 0.06)
    return [
        0.35 * math.sin(2 * math.pi * 1600 * t) * math.exp(-t * 90) * _fade_in(t, 0.002)
        for t in (i / RATE for i in range(length))
    ]


def chime_samples() -> list[float]:
    """A gentle two-note chime (E5 then B5), each a bell-like tone with soft overtones."""
    length = int(RATE * 0.9)
    samples = [0.0] * length
    for start, frequency in ((0.0, 659.25), (0.16, 987.77)):
        offset = int(start * RATE)
        for i in range(length - offset):
            t = i / RATE
            tone = (
                math.sin(2 * math.pi * frequency * t)
                + 0.35 * math.sin(2 * math.pi * 2 * frequency * t) * math.exp(-t * 6)
                + 0.12 * math.sin(2 * math.pi * 3 * frequency * t) * math.exp(-t * 9)
            )
            samples[offset + i] += 0.28 * tone * math.exp(-t * 4.2) * _fade_in(t, 0.004)
    return samples


def _fade_in(t: float, seconds: float) -> float:
    # Without a few milliseconds of fade-in, a tone that starts at full level clicks.
    return min(1.0, t / seconds)


def wav_bytes(samples: Sequence[float]) -> bytes:
    """16-bit mono PCM frames, clipped to the legal range."""
    return b"".join(struct.pack("<h", int(round(max(-1.0, min(1.0, s)) * 32767))) for s in samples)


def write_wav(path: Path, samples: Sequence[float]) -> None:
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(wav_bytes(samples))


SOUNDS = {"tick.wav": tick_samples, "chime.wav": chime_samples}


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    folder = Path(args[0]) if args else Path(__file__).resolve().parents[2] / "assets" / "sounds"
    folder.mkdir(parents=True, exist_ok=True)
    for name, make in SOUNDS.items():
        write_wav(folder / name, make())
        print(f"wrote {folder / name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
