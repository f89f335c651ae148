# Translations: the .ts sources, the .qm files built from them, the catalogue's translations.
