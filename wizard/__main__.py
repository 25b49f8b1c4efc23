"""``python -m wizard``: the same as the ``citypitch`` command."""

import sys

from wizard.cli import main

sys.exit(main())
