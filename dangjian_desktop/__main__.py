"""``python -m dangjian_desktop`` and the ``dangjian-desktop`` executable."""

from __future__ import annotations

import sys


def main() -> int:
    from dangjian_desktop.cli import main as cli_main

    return cli_main()


if __name__ == "__main__":
    sys.exit(main())
