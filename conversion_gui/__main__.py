import sys

from conversion_gui.cli import main

sys.exit(main())
