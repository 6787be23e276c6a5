"""Differences between two texts at the level a reader sees: a run of digits (with its decimal
point) and a Latin word change as a whole, Chinese text character by character, so that
550 → 600 reads as one number replaced, never as "55600" with a struck-through part."""

from __future__ import annotations

import difflib
import itertools
import re

_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|[A-Za-z]+|.", re.S)
Opcode = tuple[str, int, int, int, int]


def _tokens(text: str) -> tuple[list[str], list[int]]:
    tokens = _TOKEN.findall(text)
    return tokens, [0, *itertools.accumulate(len(t) for t in tokens)]


def opcodes(old: str, new: str) -> list[Opcode]:
    """``difflib`` opcodes (offsets into the texts) over whole numbers, words and characters."""
    a, at = _tokens(old)
    b, bt = _tokens(new)
    return [(tag, at[i1], at[i2], bt[j1], bt[j2])
            for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes()]
