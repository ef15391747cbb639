"""Safe YAML loading that keeps the line and column of every value.

Rule files are untrusted: only plain YAML types are built (no tags, no
Python objects), and size, nesting depth and alias expansion are bounded
so an alias bomb or a huge file is refused quickly with a clear message.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

MAX_BYTES = 2 * 1024 * 1024
MAX_DEPTH = 64
MAX_NODES = 100_000

KeyPath = tuple  # of str | int
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
"""libyaml's safe loader when PyYAML was built with it (several times faster), else the pure-Python one."""


@dataclass
class RuleError(Exception):
    """A problem in a rule file, located by line, column and key path."""

    file: str
    line: int
    column: int
    key: str
    reason: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}:{self.column}"
        return f"{where}: {self.key}: {self.reason}" if self.key else f"{where}: {self.reason}"


_ASCII_DIGITS = frozenset("0123456789")


def ascii_int(value: Any) -> "int | None":
    """A whole number written in a rule file: an int, or text of ASCII digits only; None otherwise.

    ``str.isdigit()`` is also true for '²', '٣' or '①', which ``int()`` rejects
    or reads differently; rule grammar means ASCII digits.
    """
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value and len(value) <= 18 and set(value) <= _ASCII_DIGITS:
        return int(value)
    return None


def did_you_mean(word: str, choices) -> str:
    """`` (did you mean 'x'?)`` when a close choice exists, else ''."""
    from rapidfuzz import process

    best = process.extractOne(str(word), list(choices), score_cutoff=60)
    return f" (did you mean {best[0]!r}?)" if best else ""


def format_key(path: KeyPath) -> str:
    """Render a key path as ``facts[3].tolerance``."""
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + str(part)
    return out


@dataclass
class Marked:
    """A loaded YAML document with the source position of every key path."""

    file: str
    data: Any
    marks: dict
    layer: int = 0
    """Which layer of the rule set the file belongs to (later layers override earlier ones)."""

    def where(self, path: KeyPath) -> tuple[int, int]:
        """1-based line and column of the value at ``path`` (or its nearest parent)."""
        path = tuple(path)
        while path not in self.marks and path:
            path = path[:-1]
        return self.marks.get(path, (1, 1))

    def error(self, path: KeyPath, reason: str) -> RuleError:
        """A RuleError pointing at ``path`` in this file."""
        line, col = self.where(path)
        return RuleError(self.file, line, col, format_key(path), reason)


def load_marked(path: Path | str, text: str | None = None) -> Marked:
    """Parse one YAML file safely, raising RuleError on any problem."""
    name = str(path)
    if text is None:
        try:
            size = Path(path).stat().st_size
            if size > MAX_BYTES:
                raise RuleError(name, 1, 1, "", f"file is {size} bytes; rule files are limited to {MAX_BYTES}")
            raw = Path(path).read_bytes()
        except OSError as exc:
            raise RuleError(name, 1, 1, "", f"cannot read: {exc.strerror or exc}") from None
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise RuleError(name, 1, 1, "", f"not UTF-8 (byte {exc.start})") from None
    elif len(text) > MAX_BYTES:
        raise RuleError(name, 1, 1, "", f"rule text is longer than {MAX_BYTES} characters")
    if "\t" in text:
        for n, line in enumerate(text.splitlines(), 1):
            indent = line[: len(line) - len(line.lstrip())]
            if "\t" in indent:
                return _raise(RuleError(name, n, indent.index("\t") + 1, "", "tab used for indentation; YAML needs spaces"))
    if _flow_depth(text) > MAX_DEPTH:
        raise RuleError(name, 1, 1, "", f"nesting deeper than {MAX_DEPTH} levels; refused")
    try:
        node = yaml.compose(text, Loader=_LOADER)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        raise RuleError(name, line, col, "", f"YAML syntax: {exc.problem or exc.context}") from None
    except yaml.YAMLError as exc:
        raise RuleError(name, 1, 1, "", f"YAML error: {exc}") from None
    except RecursionError:
        raise RuleError(name, 1, 1, "", f"nesting deeper than {MAX_DEPTH} levels") from None
    marks: dict = {}
    if node is None:
        return Marked(name, None, marks)
    builder = _Builder(name, marks)
    data = builder.build(node, (), 0)
    return Marked(name, data, marks)


_QUOTED_OR_COMMENT = re.compile(r"'[^'\n]*'|\"(?:[^\"\\\n]|\\.)*\"|#[^\n]*")
_BRACKET = re.compile(r"[\[\]{}]")


def _flow_depth(text: str) -> int:
    """How deep flow collections (``[ ]``, ``{ }``) nest, outside quotes and comments.

    Checked before parsing, so a deeply nested file gets factcheck's own
    message whatever limit the installed YAML parser has.
    """
    depth = deepest = 0
    for m in _BRACKET.finditer(_QUOTED_OR_COMMENT.sub("", text)):
        depth = depth + 1 if m.group() in "[{" else max(depth - 1, 0)
        deepest = max(deepest, depth)
    return deepest


def _raise(err: RuleError):
    raise err


class _Builder:
    """Turns a composed node tree into plain Python values, recording marks."""

    def __init__(self, file: str, marks: dict):
        self.file = file
        self.marks = marks
        self.count = 0
        self.constructor = yaml.constructor.SafeConstructor()

    def fail(self, node, path, reason):
        raise RuleError(self.file, node.start_mark.line + 1, node.start_mark.column + 1, format_key(path), reason)

    def build(self, node, path: KeyPath, depth: int):
        self.count += 1
        if self.count > MAX_NODES:
            self.fail(node, path, f"more than {MAX_NODES} values (alias expansion?); refused")
        if depth > MAX_DEPTH:
            self.fail(node, path, f"nesting deeper than {MAX_DEPTH} levels; refused")
        self.marks.setdefault(path, (node.start_mark.line + 1, node.start_mark.column + 1))
        if isinstance(node, yaml.ScalarNode):
            if not node.tag.startswith("tag:yaml.org,2002:") or node.tag.endswith(("binary", "omap", "pairs", "set")):
                self.fail(node, path, f"tag {node.tag!r} is not allowed in rule files")
            try:
                value = self.constructor.construct_object(node, deep=True)
            except yaml.YAMLError as exc:
                self.fail(node, path, f"bad value: {getattr(exc, 'problem', exc)}")
            return value.isoformat() if hasattr(value, "isoformat") else value
        if isinstance(node, yaml.SequenceNode):
            return [self.build(item, path + (i,), depth + 1) for i, item in enumerate(node.value)]
        if isinstance(node, yaml.MappingNode):
            out: dict = {}
            for key_node, value_node in node.value:
                if not isinstance(key_node, yaml.ScalarNode):
                    self.fail(key_node, path, "keys must be plain strings")
                key = key_node.value
                if key == "<<":
                    self.fail(key_node, path, "merge keys (<<) are not supported in rule files")
                if key in out:
                    self.fail(key_node, path + (key,), f"duplicate key {key!r}")
                self.marks[path + (key,)] = (key_node.start_mark.line + 1, key_node.start_mark.column + 1)
                out[key] = self.build(value_node, path + (key,), depth + 1)
            return out
        self.fail(node, path, "unsupported YAML node")

