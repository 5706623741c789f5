"""Find every user-visible string of the app and update the catalogues (``make translations``).

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/i18n_catalogue.py          # update + compile
    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/i18n_catalogue.py --check  # exit 1 if any
                                                                                # is untranslated

Two sources, joined:
1. the code: string literals given to the calls that put text on screen (``QAction("...")``,
   ``addMenu``, ``setText``, ``QLabel``, ``QMessageBox.warning``, ``ActionSpec``, the
   window's ``_action``, ``translate`` ...), found with Python's ``ast`` in the Qt parts of
   the package (not ``model/``, ``layout/``, ``io/``, ``cli/``: no window shows them as such);
2. the running window: the real main window with the workshop map, every menu (dynamic ones
   filled as when opened), and the dialogs listed in :func:`open_dialogs`, walked with the
   same code that translates them (:func:`mindmap_app.i18n.widget_translator.texts_of`).
   This finds the strings that tables of data put on screen.

Then, for each language: ``src/mindmap_app/i18n/mindmap_LANG.ts`` keeps its translations,
gains the new strings (unfinished) and marks the ones no longer found as vanished;
``pyside6-lrelease`` compiles it to ``mindmap_LANG.qm``. Strings built with f-strings cannot
be looked up and are listed with ``--report``.
"""

from __future__ import annotations

import argparse
import ast
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "src" / "mindmap_app"
if str(ROOT / "src") not in sys.path:
    sys.path.insert(0, str(ROOT / "src"))

from mindmap_app.i18n import FOLDER, ts_file  # noqa: E402

LANGUAGES = ("de",)
#: packages without windows: only the calls in MESSAGE_CALLS are looked at there
PLAIN_PACKAGES = ("model", "layout", "io", "cli")
#: call name -> which positional arguments are texts (None: every string argument)
UI_CALLS: dict[str, tuple[int, ...] | None] = {
    name: None for name in (
        "QAction", "addMenu", "addAction", "setText", "setWindowTitle", "setToolTip",
        "setStatusTip", "setWhatsThis", "setPlaceholderText", "setTitle", "QLabel",
        "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QToolButton", "QDockWidget",
        "QToolBar", "addItems", "setItemText", "addRow",
        "setHeaderLabels", "setHorizontalHeaderLabels", "showMessage", "information",
        "warning", "critical", "question", "about", "setInformativeText", "setDetailedText",
        "translate", "tr", "getText", "getItem", "getInt", "getDouble", "setLabelText",
        "setSpecialValueText", "setSuffix", "setPrefix", "addButton", "setButtonText",
        "createUndoAction", "createRedoAction", "QMessageBox", "setWindowIconText",
        "getSaveFileName", "getOpenFileName", "getOpenFileNames", "getExistingDirectory",
        "message", "emit", "setAccessibleName", "setAccessibleDescription")
}
UI_CALLS.update({"addItem": (0,), "insertItem": (1,), "_action": (1,), "ActionSpec": (1,),
                 "addTab": (1,), "insertTab": (2,), "setTabText": (1,), "setTabToolTip": (),
                 # undo step names (Document.run, MapEditor._run, run_with, commands)
                 "run": (1,), "_run": (1,), "run_with": (2,), "beginMacro": (0,),
                 "InboxTakeCommand": (2,), "_add": (1,), "_apply": (3,),
                 "show_error": (0, 1), "_t": None, "_heads": None,
                 # the app's own helpers that put a text on screen
                 "_popup": (2,), "PopupEntry": (1,), "confirm": (0,), "_fail": (0,),
                 "_status": (0,), "ask_save_failed": (0,), "set_status": (0,)})
#: the calls whose texts reach the user from the Qt-free packages: errors and the command
#: line's output (translated by mindmap_app.i18n.messages when shown)
MESSAGE_CALLS: dict[str, tuple[int, ...] | None] = {
    "MapFormatError": (0,), "EditError": (0,), "InvariantError": (0,), "fail": (0,),
    "_type_error": (2,), "CommandError": (1,), "error": (0,), "say": None, "message": None,
    "progress": (0,), "help": None, "subcommand": (1,), "arg": ()}
#: errors whose text a user reads (a dialog, the status bar, the command line), everywhere
ERROR_CALLS: dict[str, tuple[int, ...] | None] = {
    name: (0,) for name in ("MapFormatError", "EditError", "UnknownFormatError", "ExportError",
                            "ExportOptionError", "ReportError", "JoinCodeError",
                            "VoteRefusedError")}
#: where a plain ValueError carries a message for the user (a bad value in a file, a refused
#: option); elsewhere it is a programming error
VALUE_ERROR_PLACES = ("render/", "model/", "facilitation/", "themes.py")
#: keyword arguments that hold a text (in both kinds of call)
TEXT_KEYWORDS = ("text", "title", "help", "description")
LETTER = re.compile(r"[A-Za-z]")
NOT_TEXT = re.compile(r"^(#[0-9a-fA-F]{3,8}|[A-Za-z]?\d+[A-Za-z]?|"
                      r"[\w.-]+\.(yaml|yml|png|svg|pdf|md|txt|json)|"
                      r"[a-z_]+(\.[a-z_]+)+|\w+:\w+)$")


def is_text(value: str) -> bool:
    """A string a person reads (not a colour, file name, setting key or identifier)."""
    value = value.strip()
    return bool(LETTER.search(value)) and not NOT_TEXT.match(value) and not (
        value.isidentifier() and value.islower() and "_" in value)


def is_path(value: str) -> bool:
    """A file path or address alone (the recent files menu): not translated."""
    return bool(re.fullmatch(r"\S*/\S*", value.strip()))


def _call_name(node: ast.Call) -> str:
    func = node.func
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")


def _strings(node: ast.AST) -> Iterator[ast.AST]:
    """String constants (and f-strings) in an argument: itself, or inside a list/tuple."""
    if isinstance(node, (ast.List, ast.Tuple)):
        for item in node.elts:
            yield from _strings(item)
    elif isinstance(node, ast.Constant) and isinstance(node.value, str):
        yield node
    elif isinstance(node, ast.JoinedStr):
        yield node
    elif isinstance(node, ast.IfExp):
        yield from _strings(node.body)
        yield from _strings(node.orelse)
    elif isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        yield from _strings(node.left)     # "Fold" + suffix: the text part
        yield from _strings(node.right)


def _is_logging(node: ast.Call) -> bool:
    """``log.warning(...)``, ``logger.info(...)``: for the log file, not the screen."""
    owner = node.func.value if isinstance(node.func, ast.Attribute) else None
    return isinstance(owner, ast.Name) and owner.id in ("log", "logger", "logging", "LOG")


def _placeholder_name(expr: ast.AST) -> str:
    """What a value of an f-string is called in its template: ``{tag}`` for ``{tag}``,
    ``{path}`` for ``{self.path}``, ``{plural}`` for ``{_plural(n, 'node')}``."""
    while isinstance(expr, ast.Subscript):
        expr = expr.value
    if isinstance(expr, ast.Call):
        expr = expr.func
    if isinstance(expr, ast.Attribute):
        return expr.attr.strip("_") or "value"
    if isinstance(expr, ast.Name):
        return expr.id.strip("_") or "value"
    return "value"


def template(node: ast.JoinedStr) -> str | None:
    """The catalogue's text for an f-string: each value becomes ``{name}``; None when the
    text cannot be matched back (no words of its own, or two values side by side)."""
    parts: list[str] = []
    names: dict[str, str] = {}      # expression -> name
    previous_value = False
    for value in node.values:
        if isinstance(value, ast.Constant):
            parts.append(str(value.value))
            previous_value = False
            continue
        if previous_value:
            return None
        expr = ast.unparse(value.value)
        if expr not in names:
            name = _placeholder_name(value.value)
            taken = set(names.values())
            base, i = name, 2
            while name in taken:
                name, i = f"{base}{i}", i + 1
            names[expr] = name
        parts.append("{" + names[expr] + "}")
        previous_value = True
    text = "".join(parts)
    literal = re.sub(r"\{\w+\}", "", text)
    return text if is_text(literal) else None


def code_strings(package: Path = PACKAGE) -> tuple[dict[str, str], list[str]]:
    """(text -> first place it is written, places of f-strings on screen that cannot be
    made into a template). An f-string gives a template: ``Delete {plural}``."""
    found: dict[str, str] = {}
    dynamic: list[str] = []
    for path in sorted(package.rglob("*.py")):
        relative = path.relative_to(package)
        calls = {**(MESSAGE_CALLS if relative.parts[0] in PLAIN_PACKAGES else UI_CALLS),
                 **ERROR_CALLS}
        if relative.as_posix().startswith(VALUE_ERROR_PLACES):
            calls["ValueError"] = (0,)
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = _call_name(node)
            if name not in calls or _is_logging(node):
                continue
            positions = calls[name]
            args = [a for i, a in enumerate(node.args) if positions is None or i in positions]
            args += [k.value for k in node.keywords if k.arg in TEXT_KEYWORDS]
            for arg in args:
                for item in _strings(arg):
                    where = f"{relative}:{item.lineno}"
                    if isinstance(item, ast.JoinedStr):
                        text = template(item)
                        if text is None:
                            dynamic.append(where)
                        else:
                            found.setdefault(text, where)
                    elif is_text(item.value):
                        found.setdefault(item.value, where)
    return found, dynamic


# ----------------------------------------------------------------------- the running window
def user_content() -> set[str]:
    """Texts of the shipped maps (titles, node texts): content, not the interface."""
    from mindmap_app.io.yaml_format import load_map
    from mindmap_app.package_data import sample_map

    texts = set()
    for path in sample_map().parent.glob("*.yaml"):
        mind_map = load_map(path)
        texts.add(mind_map.title or "")
        for node_id, _parent, attrs in mind_map.records():
            texts.add(str(attrs.get("text", "")))
            texts.add(node_id)
            texts.update(str(tag) for tag in attrs.get("tags") or ())
    return texts


def open_dialogs(window) -> list:  # noqa: ANN001
    """The dialogs a user can open from the window, opened (not modal) for walking. Add a
    feature's dialog here so the catalogue and the translation test see it."""
    from mindmap_app.app.export_dialog import ExportDialog
    from mindmap_app.app.facilitation_forms import (
        ActionForm,
        StartVotingForm,
        TopForm,
        ViewNameForm,
    )
    from mindmap_app.app.help_menu import ProblemReport, UserGuide
    from mindmap_app.app.room_panel import RoomPanel
    from mindmap_app.app.share_room import JoinDialog, ShareDialog
    from mindmap_app.app.shortcuts_dialog import ShortcutsDialog

    def nothing(*_args) -> None:  # noqa: ANN002
        return None

    editor = window.editor()
    for panel in ("outline", "legend", "idea_panel"):   # the panels, shown
        action = window.actions_by_name.get(panel)
        if action is not None and action.isCheckable() and not action.isChecked():
            action.trigger()
    for name in ("phone_inbox", "filter"):            # panels and bars shown by an action
        action = window.actions_by_name.get(name)
        if action is not None:
            action.trigger()
    dialogs = [ShortcutsDialog(window), ProblemReport(window), UserGuide(window),
               StartVotingForm(window, nothing), ActionForm(window, "", "", True, nothing,
                                                            nothing),
               ViewNameForm(window, "", nothing), TopForm(window, nothing, True),
               ShareDialog(window), JoinDialog(window), RoomPanel(window)]
    if editor is not None:
        dialogs.append(ExportDialog(editor.mind_map, parent=window))
    window.show_find()
    for dialog in dialogs:
        dialog.show()
    return dialogs


def open_menus(window) -> None:  # noqa: ANN001
    """Open and close every menu, the submenus too (filled and translated as a user sees
    them)."""
    from PySide6.QtWidgets import QMenu

    def walk(menu: QMenu) -> None:
        menu.popup(window.mapToGlobal(window.rect().center()))   # aboutToShow, Show
        menu.hide()
        for action in menu.actions():
            if action.menu() is not None:
                walk(action.menu())

    for action in window.menuBar().actions():
        if action.menu() is not None:
            walk(action.menu())


def window_texts(window, dialogs) -> set[str]:  # noqa: ANN001
    from mindmap_app.i18n.widget_translator import texts_of

    content = user_content()
    texts = set()
    for root in [window, *dialogs]:
        for _obj, _name, source, _shown in texts_of(root):
            if is_text(source) and source not in content and not is_path(source):
                texts.add(source)
    return texts


def running_window_strings() -> set[str]:
    from PySide6.QtWidgets import QApplication

    from mindmap_app.app.main import build_window

    app = QApplication.instance() or QApplication(sys.argv[:1])
    window = build_window()
    window.show()
    open_menus(window)
    dialogs = open_dialogs(window)
    app.processEvents()
    texts = window_texts(window, dialogs)
    for dialog in dialogs:
        dialog.close()
    window.ask_save = lambda document: "discard"
    window.close()
    return texts


# ------------------------------------------------------------------------------ catalogues
def all_sources() -> set[str]:
    """The code's strings and the running window's, less the window's texts filled in from
    a template of the code ("887 × 561 pixels" from "{width} × {height} pixels")."""
    code, _dynamic = code_strings()
    templates = [re.compile(re.sub(r"\\\{\w+\\\}", ".+", re.escape(text)) + "$")
                 for text in code if re.search(r"\{\w+\}", text)]
    shown = {text for text in running_window_strings()
             if text in code or not any(t.match(text) for t in templates)}
    sources = set(code) | shown | table_strings() | cli_strings()
    return {text for text in sources if not _text_with_keys(text, sources)}


#: what keys look like in a tooltip: "Ctrl+Shift+C", "F2", "Delete", "Alt+Enter, Ctrl+click"
_KEYS = re.compile(r"^[A-Z][\w=+-]*(\+\S+)?( ?[,/] ?[A-Z][\w=+-]*(\+\S+)?)*$")


def _text_with_keys(text: str, sources: set[str]) -> bool:
    """A tooltip "Colour (Ctrl+Shift+C)" whose text is a source already: the widget
    translator translates the text and keeps the keys (which Qt writes in the language)."""
    from mindmap_app.i18n.widget_translator import _WITH_KEYS

    match = _WITH_KEYS.match(text)
    if not match or not _KEYS.match(match["keys"]):
        return False
    plain = match["text"].replace("&", "").removesuffix("...")
    return any(plain == other.replace("&", "").removesuffix("...") for other in sources
               if other != text)


#: texts the app builds from pieces that the code scan cannot see as one string: the pieces
#: (and their templates) that :func:`mindmap_app.i18n.messages.message` puts together
COMPOSED = (
    # what a screen reader says about the map and the idea selected (canvas/accessibility.py)
    "Mind map", "Mind map: no idea selected", "level {n}", "floating", "tags {tags}",
    "1 child", "{n} children", "1 child, folded", "{n} children, folded", "has a note",
    "links to {link}",
    # the voting counter (facilitation/voting.py: counter_text)
    "Voting: 1 dot placed ({each} each)", "Voting: {placed} dots placed ({each} each)",
    "Voting: 1 dot placed, {left} left", "Voting: {placed} dots placed, {left} left",
    "(mixed)", "this anonymous participant", "{step} ({n} ideas)", "1 node", "{n} nodes",
    "1 branch", "{n} branches",
    "1 subtree", "{n} subtrees", "1 action", "{n} actions", "Add Vote", "Remove Vote",
    "Colour {color}",
    "Branch Colour {color}", "Clear Colour", "Clear Branch Colour", "Fill {color}",
    "Branch Fill {color}", "Clear Fill", "Clear Branch Fill", "Add Tag '{tag}'",
    "Remove Tag '{tag}'", "Set Votes to {votes}", "Tag Colour '{tag}'",
    "Default Tag Colour '{tag}'", "Set Tags", "Set Votes", "Add Child", "Add Floating Idea",
    "Map Title '{title}'", "Clear Map Title",
    "Add Sibling", "Add Sibling Before", "Insert Parent", "Delete 1 node", "Delete {n} nodes",
    "Move 1 node", "Move {n} nodes",
    # layouts and themes, as the undo steps "Layout: radial" and "Theme: dark" name them
    "right", "left", "balanced", "down", "radial", "light", "dark", "projector",
    # what an operating system says about a file (OSError.strerror)
    "No such file or directory", "Permission denied", "Is a directory",
    "Not a directory", "File exists", "No space left on device", "Read-only file system",
    "File name too long",
    # what io/yaml_validate.py says a file holds (found())
    "a mapping", "a list", "an empty list", "nothing", "nothing (null)", "a date",
    "text {text}", "the list [{items}]", "{raw} (YAML reads it as {kind})",
    "the boolean true", "the boolean false", "the number {number}",
    "node {node} (line {line})", "the node at line {line}", "the central node",
    # PyYAML's and libyaml's words for a file that is not YAML (io/yaml_format.py)
    '{message}; YAML is indented with spaces, not tabs',
    "{message}; an unquoted # starts a comment: write '#b03a2e' in quotes",
    '{problem} (while parsing a block mapping)',
    '{problem} (while parsing a block collection)',
    '{problem} (while parsing a flow sequence)',
    '{problem} (while parsing a flow mapping)',
    '{problem} (while parsing a flow node)',
    '{problem} (while parsing a block node)',
    '{problem} (while parsing a node)',
    '{problem} (while parsing a tag)',
    '{problem} (while scanning a simple key)',
    '{problem} (while scanning a quoted scalar)',
    '{problem} (while scanning a plain scalar)',
    '{problem} (while scanning a block scalar)',
    '{problem} (while scanning an anchor)',
    '{problem} (while scanning an alias)',
    '{problem} (while scanning a tag)',
    '{problem} (while scanning a directive)',
    '{problem} (while scanning for the next token)',
    '{problem} (while composing a mapping)',
    '{problem} (while constructing a mapping)',
    "did not find expected ',' or ']'",
    "did not find expected ',' or '}'",
    'did not find expected key',
    "did not find expected '-' indicator",
    'did not find expected node content',
    'did not find expected <document start>',
    'did not find expected comment or line break',
    "could not find expected ':'",
    'mapping values are not allowed here',
    'mapping values are not allowed in this context',
    'block sequence entries are not allowed in this context',
    'found character that cannot start any token',
    'found character {character} that cannot start any token',
    'found a tab character that violates indentation',
    'found a tab character where an indentation space is expected',
    'found unexpected end of stream',
    'found unexpected document indicator',
    'found unexpected document separator',
    'found undefined alias',
    'found undefined alias {alias}',
    'found unknown escape character',
    'found duplicate key',
    'expected <block end>, but found {found}',
    'expected the node content, but found {found}',
    'expected a single document in the stream',
    'cannot read',
    "style {name} of {who} must be text, found {what}",
    "style {name} of {who} must be text, found {what}: put it in quotes",
    "style {name} of {who} must be text, found {what}: write the value in quotes, e.g. "
    "color: '#b03a2e' (an unquoted # starts a comment)",
)


#: the command line's words that its parser does not hold: argparse's own (looked up through
#: gettext's ``_``, which cli/__init__.py points at the catalogue) and ``info``'s labels
CLI_WORDS = (
    "usage: ", "positional arguments", "options", "show this help message and exit",
    "show program's version number and exit", "the following arguments are required: %s",
    "unrecognized arguments: %s", "%(prog)s: error: %(message)s\n",
    "invalid choice: %(value)r (choose from %(choices)s)", "expected one argument",
    "invalid %(type)s value: %(value)r", "ambiguous option: %(option)s could match %(matches)s",
    "not allowed with argument %s", "one of the arguments %s is required",
    "file", "title", "layout", "theme", "nodes", "depth", "floating", "links", "map links",
    "(none)", "none", "{len} ({labelled} labelled)", "1 subtree", "{n} subtrees",
    "wrote {target} ({label}, {scope}, {what})", "branch {branch}", "{n} nodes",
)


def cli_strings() -> set[str]:
    """The command line's help: every description and argument help of its parser (built
    in English), and :data:`CLI_WORDS`."""
    import argparse

    from mindmap_app.cli import build_parser
    from mindmap_app.i18n import messages

    before = messages._language  # noqa: SLF001
    messages.set_language("en")
    try:
        parser = build_parser()
    finally:
        messages.set_language(before)
    found = set(CLI_WORDS)
    parsers = [parser]
    for action in parser._actions:  # noqa: SLF001
        if isinstance(action, argparse._SubParsersAction):  # noqa: SLF001
            parsers += action.choices.values()
            found.update(a.help for a in action._choices_actions if a.help)  # noqa: SLF001
    for each in parsers:
        if each.description:
            found.add(each.description)
        found.update(a.help for a in each._actions if a.help and a.help != argparse.SUPPRESS)  # noqa: SLF001
    return {text for text in found if "%(default)" not in text}


def table_strings() -> set[str]:
    """Texts that tables of data put on screen through :func:`translate` (the
    presentation's key descriptions in the shortcuts window), :data:`COMPOSED`, and the
    participants' phone page (:data:`mindmap_app.phones.page_texts.PAGE_TEXTS`)."""
    from mindmap_app.app.presentation_keys import PRESENTATION_KEYS
    from mindmap_app.app.shortcuts_dialog import presentation_description
    from mindmap_app.app.start_page import MOST_USED_KEYS
    from mindmap_app.io.formats import writable_formats
    from mindmap_app.phones.page_texts import PAGE_TEXTS

    return set(PAGE_TEXTS) | {presentation_description(row) for row in PRESENTATION_KEYS} | {
        fmt.label for fmt in writable_formats()} | set(COMPOSED) | {
        keys for keys, _action in MOST_USED_KEYS}


def lrelease() -> str:
    found = shutil.which("pyside6-lrelease") or str(Path(sys.executable).with_name(
        "pyside6-lrelease"))
    return found


def update(languages=LANGUAGES, compile_qm: bool = True) -> dict[str, list[str]]:  # noqa: ANN001
    """Update (and compile) each catalogue; returns language -> untranslated sources."""
    sources = all_sources()
    missing = {}
    for language in languages:
        path = FOLDER / f"mindmap_{language}.ts"
        entries = ts_file.merge(ts_file.read_ts(path), sources)
        ts_file.write_ts(path, language, entries)
        missing[language] = sorted(s for s, e in entries.items()
                                   if e.state != "vanished" and not e.finished)
        if compile_qm:
            subprocess.run([lrelease(), "-silent", str(path), "-qm",
                            str(path.with_suffix(".qm"))], check=True)
    return missing


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true",
                        help="only check: exit 1 when a string lacks a translation")
    parser.add_argument("--report", action="store_true",
                        help="also list the places that put f-strings on screen")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if args.check:
        sources = all_sources()
        missing = {lang: sorted(s for s in sources if not ts_file.read_ts(
            FOLDER / f"mindmap_{lang}.ts").get(s, ts_file.Entry(s)).finished)
            for lang in LANGUAGES}
    else:
        missing = update()
    status = 0
    for language, texts in missing.items():
        print(f"{language}: {len(texts)} untranslated")
        for text in texts:
            print(f"  {text!r}")
        status |= bool(texts)
    if args.report:
        for where in code_strings()[1]:
            print(f"f-string on screen that no template can match (two values side by "
                  f"side, or no words): {where}")
    return 1 if args.check and status else 0


if __name__ == "__main__":
    sys.exit(main())
