"""The 版记 (distribution lines) of a bulletin typed or pasted as text, read by the profile's
labels (报：送：发：, 共印N份 …) however they were copied: with spaces, either colon, in any
order, several to a line, or run on after the closing text."""

from __future__ import annotations

import re
from itertools import islice

from ..issue.model import Distribution
from ..layout.profile import Profile
from .normalise import Normalised
from .options import ImportNotice

PRINT_COUNT = "print_count"
_SENTENCE_MARKS = "。！？!?"
_CLOSING = "”’」』）)"  # quotes and brackets that may follow the end of a sentence
_SEPARATORS = "；;，,、"  # between two entries on one line

Entry = tuple[str, int, int]  # key (a label's, or PRINT_COUNT) and the span of its value


def _ends_sentence(text: str, end: int) -> bool:
    """Whether ``text[:end]`` ends with a sentence, and the quotes and spaces after it."""
    while end and (text[end - 1].isspace() or text[end - 1] in _CLOSING):
        end -= 1
    return end > 0 and text[end - 1] in _SENTENCE_MARKS


def flexible(text: str) -> str:
    """A pattern for ``text`` with any spaces between its characters and either colon."""
    return r"\s*".join("[：:]" if char in "：:" else re.escape(char) for char in "".join(text.split()))


def template_parts(template: str, field: str) -> tuple[str, str]:
    """The text of a profile's ``template`` before and after its ``{field}`` (``共印{count}份``)."""
    before, _, after = template.partition(f"{{{field}}}")
    return before.replace("{{", "{").replace("}}", "}"), after.replace("{{", "{").replace("}}", "}")


def flexible_template(template: str, field: str, value: str) -> str:
    """A pattern for what ``template`` prints, ``value`` the pattern of its ``{field}``."""
    before, after = template_parts(template, field)
    return rf"{flexible(before)}\s*{value}\s*{flexible(after)}"


class Labels:
    """The profile's 版记 labels and print count, found in a line's normalised text."""

    def __init__(self, profile: Profile) -> None:
        # A label the profile leaves empty cannot be recognised (its line is the value alone).
        self.labels = {key: label for key, label in profile.texts.distribution.items() if label.strip()}
        self.print_count = profile.texts.print_count
        count = flexible_template(profile.texts.print_count, "count", r"(?P<count>\d+)")
        self.pattern = re.compile("|".join([*(f"(?P<{key}>{flexible(label)})" for key, label in self.labels.items()),
                                            f"(?P<{PRINT_COUNT}>{count})"]))

    def entries(self, text: str, start: int = 0) -> list[Entry] | None:
        """The entries ``text[start:]`` is wholly made of, each key once; None if it is no 版记."""
        most = len(self.labels) + 1  # each label and the print count once
        matches = list(islice(self.pattern.finditer(text, start), most + 1))
        if not matches or len(matches) > most or text[start:matches[0].start()].strip():
            return None
        entries: list[Entry] = []
        for match, following in zip(matches, [*matches[1:], None], strict=True):
            key = next(name for name in (*self.labels, PRINT_COUNT) if match[name] is not None)
            end = following.start() if following else len(text)
            if key == PRINT_COUNT:
                if text[match.end():end].strip():
                    return None  # words after the count: not a 版记 line
                entries.append((key, *match.span("count")))
            else:
                entries.append((key, match.end(), end))
        keys = [key for key, _, _ in entries]
        return entries if len(set(keys)) == len(keys) else None

    def tail(self, text: str) -> tuple[int, list[Entry]] | None:
        """Where a 版记 run on after the last sentence of ``text`` begins, and its entries."""
        for match in self.pattern.finditer(text):
            if _ends_sentence(text, match.start()) and (entries := self.entries(text, match.start())):
                return match.start(), entries
        return None

    def starts(self, text: str) -> bool:
        """Whether ``text`` opens with a label or the print count."""
        return bool(self.pattern.match(text.lstrip()))

    def fill(self, distribution: Distribution, line: Normalised, entries: list[Entry], number: int,
             warnings: list[ImportNotice]) -> None:
        """The entries of ``line`` into ``distribution``, values as kept; a repeated one is reported."""
        for key, start, end in entries:
            current = getattr(distribution, key)
            if current not in (None, ""):
                label = self.labels.get(key) or self.print_count.format(count=line.text[start:end])
                warnings.append(ImportNotice(f"版记中“{label}”出现了两次，只导入了第一处，请检查", number))
            elif key == PRINT_COUNT:
                distribution.print_count = int(line.text[start:end])
            else:
                setattr(distribution, key, line.kept_span(start, end).strip().rstrip(_SEPARATORS).strip())
