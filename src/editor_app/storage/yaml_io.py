"""YAML text to and from data, for issue files and layout profiles.

Safe loading only, no aliases, no deep nesting, dates left as text.

libyaml (PyYAML's C extension) scans, parses and writes where it can: five times quicker
than PyYAML's pure-Python code (a 400-page issue loads in 35 ms instead of 155 and saves in
25 ms instead of 130, which autosave does on the interface's thread). PyYAML's Python code
takes over whenever libyaml fails, so that

* what libyaml refuses but PyYAML reads still loads (a lone surrogate written as the escape
  ``"\\ud800"``), and an issue holding one still saves (libyaml cannot write it);
* a character beyond the BMP (a rare hanzi such as 𠮷, an emoji) is saved as itself:
  libyaml would write an escape (``"\\U00020BB7"``); likewise where libyaml writes a key in
  the complex form (``? "\\r"``) or ends the document with ``...``, PyYAML writes instead;
* a broken file gets PyYAML's message and place, the same whichever reader failed first.

Both write the same text (but for an empty key: ``'': …`` where PyYAML writes ``? ''``),
and both read back what the editor writes as it was (``tests/storage/test_yaml_io.py``). In a few
corners of hand-made YAML libyaml keeps closer to the YAML spec: a tab after a quoted value,
or ``|#``, now loads, and a bare ``!`` reads as empty text rather than as nothing.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml
from yaml.composer import Composer
from yaml.constructor import ConstructorError, SafeConstructor
from yaml.resolver import Resolver

from ..errors import UserFacingError, yaml_message, yaml_place
from .bounded import FileRefused, read_bounded, size_text
from .data_cache import cached_yaml

try:
    from yaml._yaml import CParser
except ImportError:  # PyYAML built without libyaml: its pure-Python code does it all
    CParser = None

# Dates stay text: the model parses them, so that an impossible date is a field error.
_RESOLVERS = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in Resolver.yaml_implicit_resolvers.items()
}


class _SafeComposer(Composer):
    """A composer that refuses aliases (``*name``: no alias bombs) and deep nesting.

    Composing is recursive: without a limit, ``[[[[…`` ten thousand deep ended in a
    RecursionError instead of a message. An issue file nests eight nodes deep (down to a
    project's metric value).
    """

    MAX_DEPTH = 50
    _depth = 0

    if TYPE_CHECKING:  # from the parser each loader mixes in (PyYAML's or libyaml's)
        def check_event(self, *choices: type[yaml.Event]) -> bool: ...
        def peek_event(self) -> yaml.Event: ...

    def compose_node(self, parent: Any, index: Any) -> Any:
        if self.check_event(yaml.AliasEvent):
            self._refuse("不允许使用 YAML 别名（*引用）；请把内容直接写出")
        if self._depth >= self.MAX_DEPTH:
            self._refuse(f"嵌套超过 {self.MAX_DEPTH} 层；请检查括号和缩进")
        self._depth += 1
        try:
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1

    def _refuse(self, problem: str) -> None:
        raise yaml.MarkedYAMLError(problem=problem, problem_mark=self.peek_event().start_mark)


class _CheckedConstructor(SafeConstructor):
    """PyYAML's safe constructor, with a placed message where it raised a bare exception.

    An integer of more digits than Python converts (``sys.get_int_max_str_digits()``, 4300)
    raised ValueError from deep inside; so did a value under an explicit tag it does not fit
    (``!!int abc``, ``!!bool x``, ``!!timestamp x``). The limit is kept, not raised: no issue
    holds such a number.
    """

    def construct_object(self, node: yaml.Node, deep: bool = False) -> Any:
        try:
            value = super().construct_object(node, deep=deep)
        except (ValueError, KeyError, AttributeError, TypeError) as exc:
            raise ConstructorError(problem=_unfit_problem(node), problem_mark=node.start_mark) from exc
        # int() limits only decimal text; 0x…, 0b…, 017… and 1:20:30 are caught here.
        if type(value) is int and _INT_LIMIT and abs(value) >= _INT_LIMIT:
            raise ConstructorError(problem=_too_long(), problem_mark=node.start_mark)
        return value

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict:
        """Refuse a key written twice: PyYAML kept the last value and dropped the first
        without a word, which in a hand-edited file is an edit lost."""
        seen: dict[Any, yaml.Node] = {}
        for key_node, _value in node.value:
            if not isinstance(key_node, yaml.ScalarNode) or key_node.tag.endswith(":merge"):
                continue
            key = self.construct_object(key_node)
            try:
                first = seen.setdefault(key, key_node)
            except TypeError:  # an unhashable key: the constructor says so in its own words
                break
            if first is not key_node:
                raise ConstructorError(
                    problem=f"键“{str(key)[:40]}”重复（第 {first.start_mark.line + 1} 行已有）；"
                            "请删除或合并其中一个，否则前一个的内容会丢失",
                    problem_mark=key_node.start_mark)
        return super().construct_mapping(node, deep=deep)


MAX_DIGITS = sys.get_int_max_str_digits()
_INT_LIMIT = 10**MAX_DIGITS if MAX_DIGITS else 0


def _too_long() -> str:
    return f"数字过长（超过 {MAX_DIGITS} 位）；请检查此处的数字"


def _unfit_problem(node: yaml.Node) -> str:
    value = node.value if isinstance(node, yaml.ScalarNode) else ""
    if node.tag.endswith(":int") and MAX_DIGITS and sum(ch.isdigit() for ch in value) > MAX_DIGITS:
        return _too_long()
    tag = node.tag.rsplit(":", 1)[-1]
    return f"“{value[:20]}”不是 !!{tag} 类型的值；请删除 !!{tag} 标签或改正此值"


class _PureLoader(_SafeComposer, yaml.SafeLoader, _CheckedConstructor):
    yaml_implicit_resolvers = _RESOLVERS


class _PureDumper(yaml.SafeDumper):
    """Readable output: Chinese as is, long lines unfolded, multi-line text as blocks."""


_YAML_BREAKS = frozenset("\r\x85\u2028\u2029")  # line breaks to YAML: kept only when escaped


def _represent_str(dumper: yaml.representer.SafeRepresenter, text: str) -> yaml.Node:
    """Multi-line text as a block (``|``), unless it holds a character a block cannot."""
    if not _YAML_BREAKS.isdisjoint(text):
        style = '"'
    elif "\n" in text and text.replace("\n", "").isprintable():
        style = "|"
    else:
        style = None
    return dumper.represent_scalar("tag:yaml.org,2002:str", text, style=style)


_PureDumper.add_representer(str, _represent_str)

if CParser is not None:

    class _FastLoader(_SafeComposer, yaml.CSafeLoader, _CheckedConstructor):
        """libyaml's scanner and parser under the same composer, constructor and resolvers
        (as in _PureLoader, the checked constructor comes before the safe one it refines)."""

        yaml_implicit_resolvers = _RESOLVERS

        def __init__(self, stream: str) -> None:
            yaml.CSafeLoader.__init__(self, stream)  # parser, constructor, resolver
            _SafeComposer.__init__(self)

    class _FastDumper(yaml.CSafeDumper):
        """The same output as _PureDumper, written by libyaml."""

    _FastDumper.add_representer(str, _represent_str)
else:
    _FastLoader = _FastDumper = None  # pyright: ignore[reportAssignmentType]  # callers test for None

_COMPLEX_KEY = re.compile(r"^[ -]*\? ", re.M)  # also a key opening a list entry: `- ? key`


def _not_as_pyyaml_writes(text: str) -> bool:
    """Where libyaml's text differs from PyYAML's: it escapes all beyond the BMP (𠮷, emoji),
    writes some keys PyYAML writes plainly (``"\\r"``) in the complex form (``? key``), and
    after a text kept with its trailing newlines (``|+``) may end the document with ``...``."""
    return ("\\U" in text or text.endswith("\n...\n")
            or ("? " in text and _COMPLEX_KEY.search(text) is not None))


_DUMP_OPTIONS = {"allow_unicode": True, "sort_keys": False, "width": 2**31 - 1, "indent": 2}


def load_yaml(text: str) -> Any:
    """The data of one YAML document; raises yaml.YAMLError as PyYAML's own reader would,
    with a place (``problem_mark``) also for a character YAML refuses."""
    _refuse_separators(text)
    refused: yaml.YAMLError | None = None
    if _FastLoader is not None:
        try:
            return yaml.load(text, Loader=_FastLoader)
        except yaml.YAMLError as exc:
            refused = exc  # PyYAML reads it, or says what is wrong and where, in its own words
        except UnicodeEncodeError:
            pass
    try:
        return yaml.load(text, Loader=_PureLoader)
    except yaml.reader.ReaderError as exc:  # a character YAML refuses: its index, not its line
        exc.problem_mark = _mark(text, exc.position)  # type: ignore[attr-defined]
        raise
    except ValueError as exc:  # PyYAML's own failure on an escape beyond U+10FFFF ("\U00110000")
        if refused is not None:  # libyaml's error says where
            raise refused from exc
        beyond = next((m for m in _LONG_ESCAPE.finditer(text) if int(m[1], 16) > sys.maxunicode), None)
        raise yaml.MarkedYAMLError(problem="found invalid Unicode character escape code",
                                   problem_mark=_mark(text, beyond.start(1)) if beyond else None) from exc


_LONG_ESCAPE = re.compile(r"\\U([0-9A-Fa-f]{8})")
_SEPARATORS = {"\u2028": "U+2028 LINE SEPARATOR（行分隔符）", "\u2029": "U+2029 PARAGRAPH SEPARATOR（段分隔符）"}


def _refuse_separators(text: str) -> None:
    """Refuse a line or paragraph separator written as itself (pasted into a hand-edited
    file). YAML takes it for a line break: a file failed with “could not find expected ':'” at
    a line its editor does not show. It is refused also inside quotes, where it loads; the
    editor writes it as an escape (``"\\u2028"``)."""
    found = [index for index in map(text.find, _SEPARATORS) if index >= 0]
    if found:
        index = min(found)
        raise yaml.MarkedYAMLError(problem=f"含有 {_SEPARATORS[text[index]]}；请换成普通换行或删除它",
                                   problem_mark=_mark(text, index))


def _mark(text: str, index: int) -> yaml.Mark:
    """The place of ``text[index]`` as PyYAML marks one (lines counted at ``\\n``)."""
    line_start = text.rfind("\n", 0, index) + 1
    return yaml.Mark("<unicode string>", index, text.count("\n", 0, index), index - line_start, None, 0)


def has_comments(text: str) -> bool:
    """Whether ``text`` holds a ``#`` comment: a ``#`` outside every scalar and tag token
    (the scanner drops comments, so they are what lies between the tokens). False for text
    that does not scan: it does not load either."""
    if "#" not in text:
        return False
    spans: list[tuple[int, int]] = []
    try:
        for token in yaml.scan(text, Loader=_FastLoader or _PureLoader):
            if isinstance(token, (yaml.ScalarToken, yaml.TagToken, yaml.DirectiveToken)):
                spans.append((token.start_mark.index, token.end_mark.index))
    except (yaml.YAMLError, UnicodeEncodeError):
        return False
    hashes = [n for n, ch in enumerate(text) if ch == "#"]
    ends = iter(spans)
    span = next(ends, None)
    for index in hashes:  # both ascending
        while span is not None and span[1] <= index:
            span = next(ends, None)
        if span is None or index < span[0]:
            return True
    return False


def dump_yaml(data: Any) -> str:
    """Readable YAML text of ``data`` (plain values, lists and dicts)."""
    if _FastDumper is not None:
        try:
            text = yaml.dump(data, Dumper=_FastDumper, **_DUMP_OPTIONS)
        except UnicodeEncodeError:
            pass  # a lone surrogate: libyaml cannot write it, PyYAML escapes it
        else:
            if not _not_as_pyyaml_writes(text):
                return text
    return yaml.dump(data, Dumper=_PureDumper, **_DUMP_OPTIONS)


def load_data_file(path: Path, limit: int, error: type[UserFacingError], what: str,
                   missing: Callable[[], str]) -> Any:
    """A small YAML data file of the program's (a layout profile, a factor catalogue): a regular
    file of at most ``limit`` bytes, UTF-8, safely loaded. Each failure is one ``error`` line
    naming the file as ``what`` (版式文件 …); ``missing()`` says what to do when it is not there.
    The parsed data is cached between runs (``data_cache``)."""
    try:
        raw = read_bounded(path, limit)
        return cached_yaml(path, raw, lambda: load_yaml(raw.decode("utf-8-sig")))
    except FileNotFoundError as exc:
        raise error(path, missing()) from exc
    except FileRefused as exc:
        raise error(path, f"{exc}；{what}应为不超过 {size_text(limit)} 的 YAML 文件") from exc
    except yaml.YAMLError as exc:
        raise error(path, f"{what}有误：{yaml_message(exc, what, '文本和数字')}", yaml_place(exc)) from exc
    except UnicodeDecodeError as exc:
        raise error(path, f"不是 UTF-8 编码的文本文件；{what}应为 UTF-8 编码的 YAML") from exc
    except OSError as exc:
        raise error(path, f"无法读取{what}（{exc.strerror or exc}）") from exc
