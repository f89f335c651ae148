# The assets folder is installed as the package backcoach.assets (see pyproject.toml), so that
# importlib.resources finds it the same way in a wheel, an editable install and a bundle.
