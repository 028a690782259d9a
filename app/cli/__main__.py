"""``python -m app.cli``: the same as the carefield-cli console script."""

import sys

from app.cli import main

sys.exit(main())
