"""Tools that make the project's own files, each run as `python -m backcoach.tools.NAME`.

demo           a realistic history in a data folder, for screenshots, demos and benchmarks
illustrations  the pose illustrations of docs/illustrations
sounds         the cue sounds of assets/sounds
"""
