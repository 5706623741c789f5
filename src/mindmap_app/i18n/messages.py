"""Messages in the user's language without Qt: for the command line, and for the texts the
app builds at run time (undo step names, status messages, errors from ``io/`` and
``model/``, which raise plain English and never import Qt).

:func:`message` looks a finished English text up in the catalogue (``mindmap_LANG.ts``, read
once with the standard library): first as it is; then against the catalogue's *templates*,
texts with ``{name}`` placeholders that ``tools/i18n_catalogue.py`` takes from the code's
f-strings (``f"Delete {_plural(count, 'node')}"`` gives ``Delete {_plural}``). A template
that matches gives its translation with the values put back; a value that is itself a text
of the interface ("3 nodes", "the central node") is translated the same way, so a message
made of pieces comes out whole in the language. Values in quotes (tags, ids, node texts)
and numbers stay as they are. A text that matches nothing comes back unchanged, so English
is always the fallback, never an error.

The language: :func:`set_language`, which the window calls when it installs its
translators, and the command line with :func:`language_from_environment`: ``MINDMAP_LANG``
(``--language``), the setting ``ui/language`` (read from Qt's settings file without Qt), the
system locale (``LC_ALL``, ``LC_MESSAGES``, ``LANG``). English until one is set.
"""

from __future__ import annotations

import os
import re
from functools import cache
from pathlib import Path

from . import ENV, FOLDER, SOURCE_LANGUAGE

_language: str | None = None
#: a placeholder in a template: ``{name}``
PLACEHOLDER = re.compile(r"\{(\w+)\}")
#: placeholders that hold a number (matched as one, so "{n} ideas" never eats words)
NUMERIC = frozenset({"n", "count", "number", "total", "len", "votes", "online", "width",
                     "height", "round", "minutes", "seconds", "percent", "limit", "size"})
#: "national.yaml:12:5: ..." (a file, then where in it) in front of an error's text
_WHERE = re.compile(r"^(?P<where>[^\s:]?[^:]*?[./\\>][^:]*?(?::\d+){0,2}): (?P<rest>.+)$",
                    re.DOTALL)
_QUOTES = "'\"“„‘‚«»`"
_QUOTED = re.compile(rf"^\s*[{_QUOTES}]")


def set_language(language: str) -> None:
    """The language the app's window installed (``en`` turns translation off)."""
    global _language
    _language = language


def language() -> str:
    """The language in force: the one set (English until then)."""
    return _language or SOURCE_LANGUAGE


def language_from_environment(environ: dict[str, str] | None = None) -> str:
    """The command line's language: ``MINDMAP_LANG`` (``--language``), else the setting,
    else the system locale; English when there is no catalogue for it."""
    env = os.environ if environ is None else environ
    wanted = env.get(ENV) or _setting(env) or next(
        (env[k] for k in ("LC_ALL", "LC_MESSAGES", "LANG") if env.get(k)), "")
    wanted = wanted.split("_")[0].split(".")[0].split("@")[0].lower()
    if wanted and wanted != SOURCE_LANGUAGE and _catalogue_file(wanted).exists():
        return wanted
    return SOURCE_LANGUAGE


def _setting(env: dict[str, str]) -> str:
    """``ui/language`` from the file QSettings("mindmap-app", "mindmap-app") writes."""
    import configparser

    home = env.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    path = Path(home) / "mindmap-app" / "mindmap-app.conf"
    parser = configparser.ConfigParser(interpolation=None, strict=False)
    try:
        parser.read(path, encoding="utf-8")
        return parser.get("ui", "language", fallback="").strip()
    except (OSError, configparser.Error, UnicodeDecodeError):
        return ""


def _catalogue_file(language: str) -> Path:
    return FOLDER / f"mindmap_{language}.ts"


@cache
def catalogue(language: str) -> dict[str, str]:
    """English source -> translation, the finished entries of ``mindmap_LANG.ts``."""
    from . import ts_file

    return {source: entry.translation
            for source, entry in ts_file.read_ts(_catalogue_file(language)).items()
            if entry.finished}


@cache
@cache
def _compiled(pattern: str) -> re.Pattern[str]:
    """A template's pattern, compiled when a text first gets past its quick check."""
    return re.compile(pattern, re.DOTALL)


def templates(language: str) -> list[tuple[str, str, str, str,
                                           tuple[tuple[str, bool], ...]]]:
    """(text before the first value, text after the last, pattern, translation, (placeholder
    name, kept as written)) for each template, the longest first (the most specific wins).
    A value in quotes or a number is kept as written; any other is translated in turn."""
    found = []
    for source, translation in catalogue(language).items():
        names = tuple(PLACEHOLDER.findall(source))
        if not names:
            continue
        pattern, last, verbatim = "", 0, set()
        for match in PLACEHOLDER.finditer(source):
            pattern += re.escape(source[last:match.start()])
            pattern += r"(-?\d[\d,.]*)" if match[1] in NUMERIC else r"(.+?)"
            if match.start() and source[match.start() - 1] in _QUOTES:
                verbatim.add(match[1])          # 'tag': what the user wrote, as written
            last = match.end()
        pattern += re.escape(source[last:])
        literal = len(PLACEHOLDER.sub("", source))
        first, last_match = PLACEHOLDER.search(source), list(PLACEHOLDER.finditer(source))[-1]
        found.append((literal, source[:first.start()], source[last_match.end():],
                      pattern + "$", translation,
                      tuple((name, name in verbatim or name in NUMERIC) for name in names)))
    found.sort(key=lambda item: -item[0])
    return [item[1:] for item in found]


def message(text: str, language: str | None = None) -> str:
    """``text`` in the language (itself when the catalogue has nothing for it)."""
    language = language or globals()["language"]()
    if language == SOURCE_LANGUAGE or not text:
        return text
    return _translate(text, language, 0)


def _translate(text: str, language: str, depth: int) -> str:
    table = catalogue(language)
    found = table.get(text)
    if found is not None:
        return found
    if depth > 4 or len(text) > 2000:
        return text
    stripped = text.strip()
    if stripped != text and stripped:
        inner = _translate(stripped, language, depth + 1)
        if inner != stripped:
            return text.replace(stripped, inner, 1)
    for prefix, suffix, pattern, translation, names in templates(language):
        if not (text.startswith(prefix) and text.endswith(suffix)):
            continue
        match = _compiled(pattern).match(text)
        if match is None:
            continue
        values = {}
        for (name, as_written), value in zip(names, match.groups(), strict=True):
            if name not in values:
                values[name] = value if as_written or _QUOTED.match(value) else \
                    _translate(value, language, depth + 1)
        return PLACEHOLDER.sub(lambda m, v=values: v.get(m[1], m[0]), translation)
    if text[:1].isupper() and text[1:2].islower():          # "The central node ..."
        lower = text[0].lower() + text[1:]
        inner = _translate(lower, language, depth + 1)
        if inner != lower:
            return inner[:1].upper() + inner[1:]
    where = _WHERE.match(text)
    if where is not None:                       # "file.yaml:3:1: not valid YAML: ..."
        rest = _translate(where["rest"], language, depth + 1)
        if rest != where["rest"]:
            return f"{where['where']}: {rest}"
    return text


def error_text(exc: BaseException) -> str:
    """The one line a user reads for ``exc`` (a MapFormatError names the file), in the
    language."""
    inner = getattr(exc, "message", None)
    if isinstance(inner, str) and hasattr(exc, "path"):
        shown = str(exc)
        head = shown[: len(shown) - len(inner)] if shown.endswith(inner) else ""
        return head + message(inner) if head else message(shown)
    return message(str(exc))
