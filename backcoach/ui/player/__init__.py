"""The exercise player: the start page, the session page and its countdown, "this hurts", the
summary, and the cues (sound and voice) that let a person follow it by ear."""
