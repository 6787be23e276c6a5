"""Search across the archive: the fields holding all the words of a query, as file + place.

Words of three characters or more are looked up in the trigram index (``MATCH``); shorter
ones, which trigrams cannot index and which Chinese words often are (碳汇, 光伏), as
``LIKE '%词%'`` on the same indexed text. Both sides are normalised alike
(``index.normalise``), so 風電 finds 风电.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from ..issue.places import Place, describe
from .index import ArchiveIndex, decode_place, normalise
from .listing import ArchiveError

TRIGRAM = 3
SNIPPET = 40  # characters of context each side of the first word


@dataclass(frozen=True)
class Hit:
    path: Path
    profile: str
    place: Place
    snippet: str

    def place_in(self, section_titles: Mapping[str, str]) -> str:
        return describe(self.place, section_titles)


def _snippet(shown: str, text: str, word: str) -> str:
    """The field around the first word, from the text as written where it lines up with
    the normalised one."""
    source = shown if len(shown) == len(text) else text
    at = max(text.find(word), 0)
    start, end = max(at - SNIPPET, 0), at + len(word) + SNIPPET
    line = " ".join(source[start:end].split())
    return ("…" if start else "") + line + ("…" if end < len(source) else "")


def _where(words: list[str]) -> tuple[str, list[str]]:
    """The SQL condition for all ``words`` and its parameters."""
    long = [w for w in words if len(w) >= TRIGRAM]
    clauses, params = [], []
    if long:
        clauses.append("fields MATCH ?")
        params.append(" AND ".join('"' + w.replace('"', '""') + '"' for w in long))
    for word in words:
        if len(word) < TRIGRAM:
            clauses.append(r"text LIKE ? ESCAPE '\'")
            params.append("%" + word.replace("\\", r"\\").replace("%", r"\%").replace("_", r"\_") + "%")
    return " AND ".join(clauses), params


class Hits(list[Hit]):
    """The first hits, how many fields hold the words in all (``total``), and why the index
    was built in memory when it was (``note``, ``ArchiveIndex.note``)."""

    def __init__(self, hits: list[Hit], total: int, note: str = "") -> None:
        super().__init__(hits)
        self.total = total
        self.note = note


def search(index: ArchiveIndex, query: str, limit: int = 50) -> Hits:
    """The fields of the (updated) ``index`` holding every word of ``query``, by file and place:
    the first ``limit``, and the total."""
    words = normalise(query).split()
    if not words:
        return Hits([], 0)
    condition, params = _where(words)
    # The condition is built of placeholders only; the words go in as parameters.
    where = f"FROM fields JOIN files ON files.name = fields.file WHERE {condition}"
    rows = index.db.execute(f"SELECT fields.text, shown, file, place, files.profile {where} "
                            "ORDER BY file, fields.rowid LIMIT ?", (*params, limit))
    hits = [Hit(index.folder / file, profile, decode_place(place), _snippet(shown, text, words[0]))
            for text, shown, file, place, profile in rows]
    total = len(hits) if len(hits) < limit else index.db.execute(f"SELECT count(*) {where}", params).fetchone()[0]
    return Hits(hits, total, index.note)


def search_archive(folder: Path, query: str, limit: int = 50) -> Hits:
    """Bring ``folder``'s index up to date, then ``search`` it."""
    index = ArchiveIndex(folder)
    try:
        index.update()
        try:
            return search(index, query, limit)
        except sqlite3.OperationalError as exc:
            raise ArchiveError(index.path, f"无法使用搜索索引（{exc}）；请稍后重试") from exc
        except sqlite3.DatabaseError:  # damaged since opened: build again, once
            index.db.close()
            index.path.unlink(missing_ok=True)
            index = ArchiveIndex(folder)
            index.update()
            return search(index, query, limit)
    finally:
        index.close()
