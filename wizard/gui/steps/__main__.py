"""Show one step's page alone: ``python -m wizard.gui.steps STEP [SAMPLE] [--png OUT.png] [--width PX]``.

The Export step with its slide preview rendered: ``python -m wizard.gui.export``.
"""

from __future__ import annotations

import sys

from wizard.gui import harness
from wizard.steps import STEP_IDS


def main(argv: list[str]) -> int:
    args = harness.parser("python -m wizard.gui.steps", STEP_IDS).parse_args(argv)
    if args.step == "review":
        from wizard.gui.review.__main__ import make_review

        return harness.run(make_review, args)
    from wizard.gui.window.pages import make_page

    return harness.run(lambda doc: make_page(args.step, doc), args)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
