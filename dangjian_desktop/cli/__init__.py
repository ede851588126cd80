"""Command line: start the app (default) or run a sub-command.

    dangjian-desktop [--db PATH|URL] [Qt options]
    python -m dangjian_desktop demo --db PATH [--members N] [--years Y] [--seed S]
    python -m dangjian_desktop import-members --db PATH FILE [--dry-run] [--skip-bad]
    python -m dangjian_desktop export-package --db PATH [--branch NAME] --out FILE.zip
    python -m dangjian_desktop import-package --db PATH FILE.zip...
    python -m dangjian_desktop copy-db --from PATH|URL --to PATH|URL
    python -m dangjian_desktop party-stats --db PATH --year YYYY [--branch NAME] --out FILE.xlsx

The first word that is not an option names the sub-command; an unknown word is an error (exit 2, with
the commands and the nearest one), never a window. Without a word the window opens; options starting
with "-" other than --db are left to Qt (``-style fusion``).
"""

from __future__ import annotations

import argparse
import difflib
import os
import sys
from collections.abc import Callable

from dangjian_desktop import APP_NAME, __version__
from dangjian_desktop.cli.common import add_db_option
from dangjian_desktop.errors import UserError

# sub-command name → (module, function that adds its arguments and returns the handler)
_COMMANDS: dict[str, tuple[str, str]] = {
    "demo": ("dangjian_desktop.cli.demo", "register"),
    "import-members": ("dangjian_desktop.cli.people", "register_import"),
    "export-members": ("dangjian_desktop.cli.people", "register_export"),
    "dues-report": ("dangjian_desktop.cli.dues", "register"),
    "cases": ("dangjian_desktop.cli.cases", "register_list"), "print-case": ("dangjian_desktop.cli.cases", "register_print"),
    "print-meeting": ("dangjian_desktop.cli.meetings", "register_print"),
    "sign-in-sheet": ("dangjian_desktop.cli.meetings", "register_sign_in"),
    "check-year": ("dangjian_desktop.cli.selfcheck", "register"),
    "export": ("dangjian_desktop.cli.archive", "register_export"),
    "verify": ("dangjian_desktop.cli.archive", "register_verify"),
    "backup": ("dangjian_desktop.cli.backup", "register_backup"),
    "restore": ("dangjian_desktop.cli.backup", "register_restore"),
    "check": ("dangjian_desktop.cli.backup", "register_check"),
    "copy-db": ("dangjian_desktop.cli.copy_db", "register"),
    "export-package": ("dangjian_desktop.cli.exchange", "register_export"),
    "import-package": ("dangjian_desktop.cli.exchange", "register_import"),
    "party-stats": ("dangjian_desktop.cli.party_stats", "register"),
    "add-user": ("dangjian_desktop.cli.users", "register_add"),
    "township-report": ("dangjian_desktop.cli.township", "register"),
}


def build_parser() -> tuple[argparse.ArgumentParser, dict[str, Callable[[argparse.Namespace], int]]]:
    import importlib

    parser = argparse.ArgumentParser(prog="dangjian-desktop", description=f"{APP_NAME} {__version__}")
    add_db_option(parser)
    parser.add_argument("--version", action="version", version=__version__)
    sub = parser.add_subparsers(dest="command")
    handlers: dict[str, Callable[[argparse.Namespace], int]] = {}
    for name, (module, func) in _COMMANDS.items():
        handlers[name] = getattr(importlib.import_module(module), func)(sub)
    return parser, handlers


def _first_word(argv: list[str]) -> int | None:
    """Where the first argument that is neither --db nor its value is: the sub-command, or an option for Qt."""
    i = 0
    while i < len(argv):
        if argv[i] == "--db":
            i += 2
        elif argv[i].startswith("--db="):
            i += 1
        else:
            return i
    return None


def unknown_command(word: str) -> int:
    """Say that ``word`` is not a command, which one was probably meant, and what the commands are."""
    close = difflib.get_close_matches(word, list(_COMMANDS), n=1, cutoff=0.5)
    print(f"错误：没有“{word}”这个命令。", file=sys.stderr)
    if close:
        print(f"是不是想用：{close[0]}", file=sys.stderr)
    print("可用的命令：" + "、".join(_COMMANDS), file=sys.stderr)
    print("不带命令运行时打开软件窗口；用 --help 查看各命令的说明。", file=sys.stderr)
    return 2


def warn_missing_glyphs() -> None:
    """Characters a PDF had to print as 〓 (no font on this computer has them): say so."""
    if "dangjian_desktop.export.pdf_fonts" in sys.modules:
        from dangjian_desktop.export.pdf_fonts import missing_message, take_missing

        missing = take_missing()
        if missing:
            print(missing_message(missing), file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    wants_help = any(a in ("-h", "--help", "--version") for a in argv)
    at = _first_word(argv)
    word = None if at is None else argv[at]
    if word is not None and not word.startswith("-") and word not in _COMMANDS:
        return unknown_command(word)
    if not wants_help and (word is None or word.startswith("-")):
        # no sub-command: start the window; what is not --db is for Qt
        from dangjian_desktop.app import run_gui

        parser = argparse.ArgumentParser(prog="dangjian-desktop")
        add_db_option(parser)
        args, qt_args = parser.parse_known_args(argv)
        return run_gui(getattr(args, "db", None), qt_args)
    parser, handlers = build_parser()
    if at and word in _COMMANDS:
        argv.insert(0, argv.pop(at))  # "--db X import-members FILE" → "import-members --db X FILE"
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 0
    try:
        code = handlers[args.command](args)
        warn_missing_glyphs()
        return code
    except UserError as exc:
        print(f"错误：{exc.message}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # output piped into e.g. head, which stopped reading
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
