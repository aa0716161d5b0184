"""python -m conversion_gui: the same entry point as the conversion-gui command."""
import multiprocessing
import sys

from conversion_gui.cli import main

if __name__ == "__main__":
    # A frozen bundle starts its worker processes by running itself: this hands them over.
    multiprocessing.freeze_support()
    sys.exit(main())
