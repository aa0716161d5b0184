"""The build step that makes the package's run-time resources (icons, compiled translations).

Everything else is in pyproject.toml. Runs scripts/build_resources.py before the package's
files are collected, for ``pip install .``, ``pip install -e .`` and wheels alike.
"""

import importlib.util
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent


class BuildWithResources(build_py):
    """build_py that first compiles resources/translations/*.ts and copies the icons."""

    def finalize_options(self) -> None:
        # Before build_py lists the package data, so the generated files are in it.
        spec = importlib.util.spec_from_file_location(
            "build_resources", ROOT / "scripts" / "build_resources.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        module.build()
        super().finalize_options()


setup(cmdclass={"build_py": BuildWithResources})
