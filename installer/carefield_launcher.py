"""The frozen build's entry point: the same ``main`` as the ``carefield`` console script."""

import sys

from ui.main import main

if __name__ == "__main__":
    sys.exit(main())
