"""Command line: start the app (default) or run a sub-command.

    dangjian-desktop [--db PATH]
    python -m dangjian_desktop demo --db PATH [--members N] [--years Y] [--seed S]
    python -m dangjian_desktop import-members --db PATH FILE [--dry-run] [--skip-bad]
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from pathlib import Path

from dangjian_desktop import APP_NAME, __version__
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
}


def build_parser() -> tuple[argparse.ArgumentParser, dict[str, Callable[[argparse.Namespace], int]]]:
    import importlib

    parser = argparse.ArgumentParser(prog="dangjian-desktop", description=f"{APP_NAME} {__version__}")
    parser.add_argument("--db", type=Path, help="数据库文件（默认在用户数据目录）")
    parser.add_argument("--version", action="version", version=__version__)
    sub = parser.add_subparsers(dest="command")
    handlers: dict[str, Callable[[argparse.Namespace], int]] = {}
    for name, (module, func) in _COMMANDS.items():
        handlers[name] = getattr(importlib.import_module(module), func)(sub)
    return parser, handlers


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    wants_help = any(a in ("-h", "--help", "--version") for a in argv)
    if not wants_help and not any(a in _COMMANDS for a in argv):
        # no sub-command: start the window (only --db is understood)
        from dangjian_desktop.app import run_gui

        parser = argparse.ArgumentParser(prog="dangjian-desktop")
        parser.add_argument("--db", type=Path)
        args, qt_args = parser.parse_known_args(argv)
        return run_gui(args.db, qt_args)
    parser, handlers = build_parser()
    if argv[:1] == ["--db"] and len(argv) > 2 and argv[2] in _COMMANDS:
        argv = [argv[2], *argv[:2], *argv[3:]]  # "--db X import-members FILE" → "import-members --db X FILE"
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 0
    try:
        return handlers[args.command](args)
    except UserError as exc:
        print(f"错误：{exc.message}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # output piped into e.g. head, which stopped reading
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
