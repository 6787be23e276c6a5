"""A finding: what validation (``validation``) and the checks across issues (``sequence``,
``archive.checks``) report, with its severity, place and message.

The message is a Chinese template with ``{name}`` fields and their values: the command line
prints it filled in, the editor looks the template up in its catalogues first. Templates are
string literals in calls of ``error_at``/``warning_at`` (``tools/core_texts.py`` collects them
and ``tests/issue/test_finding_texts.py`` checks each is translated).

A few arguments (``PHRASES``) hold a phrase rather than a value: a template of its own, chosen
from literals marked with ``phrase`` (the carbon checks' verdicts, say), filled from the same
arguments and translated like the message."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from enum import Enum

import msgspec

from .places import Place, Translate, describe


class Severity(str, Enum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"  # an acknowledged warning: shown with its note, no longer counted

    @property
    def label(self) -> str:
        return {"error": "错误", "warning": "警告", "info": "已确认"}[self.value]


# Arguments whose values are phrases (``phrase``), filled in this order before the message.
PHRASES = ("slip", "verdict", "unverified", "warning")


def phrase(template: str) -> str:
    """Marks a phrase template for ``tools/core_texts.py``, which collects it for translation."""
    return template


def fill(template: str, arguments: Mapping[str, str],
         translate: Callable[[str], str] = lambda text: text) -> str:
    """``template`` filled with ``arguments``, the phrases among them first; ``translate`` puts
    each template and phrase into the interface language."""
    values = dict(arguments)
    for name in PHRASES:
        if values.get(name):
            values[name] = translate(values[name]).format(**values)
    return translate(template).format(**values)


class Finding(msgspec.Struct, frozen=True):
    severity: Severity
    path: Place
    template: str  # the Chinese message with {name} fields, a key of the editor's catalogues
    arguments: tuple[tuple[str, str], ...] = ()  # the fields' values; ``metric`` is a metric's label
    fix: str | None = None  # the text tool that fixes it for certain, if one does
    check: str | None = None  # the carbon check that found it: a warning that can be acknowledged
    figures: str = ""  # the figures that check was given (``carbon.figures``), kept when acknowledged

    @property
    def message(self) -> str:
        """The message in Chinese."""
        return fill(self.template, dict(self.arguments))

    def place_in(self, section_titles: Mapping[str, str], translate: Translate | None = None) -> str:
        """The place in words, sections named by the layout profile's ``section_titles``,
        the other words put into the interface language by ``translate`` (default Chinese)."""
        if translate is None:
            return describe(self.path, section_titles)
        return describe(self.path, section_titles, translate)

    def line(self, file: object, section_titles: Mapping[str, str]) -> str:
        """The command line's report of it: ``file:place: 错误: message``."""
        return f"{file}:{self.place_in(section_titles)}: {self.severity.label}: {self.message}"


# A value the user typed, quoted in a message beyond this many characters (a 5,000-digit
# number pasted into a field), is shown by its start and end: the message stays one short line.
LONGEST_QUOTED = 40


def quoted(text: str) -> str:
    """``text`` as a message quotes what the user typed."""
    if len(text) <= LONGEST_QUOTED:
        return text
    return f"{text[:20]}……{text[-8:]}（共 {len(text)} 字）"


def arguments_of(values: Mapping[str, object]) -> tuple[tuple[str, str], ...]:
    return tuple((name, str(value)) for name, value in values.items())


def error_at(path: Place, template: str, fix: str | None = None, **arguments: object) -> Finding:
    return Finding(Severity.ERROR, path, template, arguments_of(arguments), fix)


def warning_at(path: Place, template: str, fix: str | None = None, **arguments: object) -> Finding:
    return Finding(Severity.WARNING, path, template, arguments_of(arguments), fix)
