"""Which translations are finished: the translation tests assert "no unfinished entry" and
the clipping walk runs only for the languages listed here. Add a language once its .ts is
complete (resources/translations/conversion_gui_<code>.ts)."""

COMPLETE: tuple[str, ...] = ("de", "fr", "es", "pt_BR", "ja")
