"""Reads a gettext catalogue (.po) into its messages, for the checks in
build-aux that look at what a translation says."""
import re
from dataclasses import dataclass, field

_ESCAPES = {"n": "\n", "t": "\t", '"': '"', "\\": "\\"}


@dataclass
class Message:
    context: str | None
    msgid: str
    msgid_plural: str | None
    msgstrs: list[str] = field(default_factory=list)
    fuzzy: bool = False
    line: int = 0

    @property
    def key(self):
        """What gettext looks a message up by: its context and its text."""
        return (self.context, self.msgid)


def _unquote(text, path, number):
    match = re.fullmatch(r'"((?:[^"\\]|\\.)*)"', text.strip())
    if match is None:
        raise ValueError(f"{path}:{number}: not a quoted string: {text.strip()}")
    return re.sub(r"\\(.)", lambda m: _ESCAPES.get(m.group(1), m.group(1)), match.group(1))


def read(path):
    """The messages of the catalogue at path, without its header and its
    obsolete (#~) messages, in the order they are written."""
    messages = []
    fields = {}
    fuzzy = False
    start = 0
    current = None

    def finish():
        nonlocal fields, fuzzy, current
        if "msgid" in fields and fields["msgid"] != "":
            strs = [fields[k] for k in sorted(k for k in fields if k.startswith("msgstr"))]
            messages.append(Message(fields.get("msgctxt"), fields["msgid"],
                                    fields.get("msgid_plural"), strs, fuzzy, start))
        fields = {}
        fuzzy = False
        current = None

    with open(path, encoding="utf-8") as po:
        for number, line in enumerate(po, 1):
            line = line.rstrip("\n")
            if line.startswith("#~") or line.strip() == "":
                if fields:
                    finish()
                continue
            if line.startswith("#"):
                if fields:
                    finish()
                if line.startswith("#,") and "fuzzy" in [f.strip() for f in line[2:].split(",")]:
                    fuzzy = True
                continue
            keyword = re.match(r"(msgctxt|msgid_plural|msgid|msgstr(?:\[\d+\])?)\s+(.*)", line)
            if keyword:
                name, rest = keyword.groups()
                if name in ("msgctxt", "msgid") and any(k.startswith("msgstr") for k in fields):
                    finish()
                if not fields:
                    start = number
                current = name
                fields[current] = _unquote(rest, path, number)
            elif line.startswith('"') and current is not None:
                fields[current] += _unquote(line, path, number)
            else:
                raise ValueError(f"{path}:{number}: cannot read this line: {line}")
    if fields:
        finish()
    return messages
