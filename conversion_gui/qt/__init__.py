"""The Qt face of the app: PySide6 is imported here and nowhere in core/."""
