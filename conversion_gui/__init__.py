"""conversion-gui: report conversions to the Vonage Conversion API."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("conversion-gui")
except PackageNotFoundError:  # running from a source tree or a bundle without metadata
    __version__ = "0.1.0"
