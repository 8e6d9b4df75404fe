"""Carry finished translations from other versions of a .ts file into one.

When two branches both added strings, their .ts files conflict. Take either
side, run `make translations` (which collects the strings of the merged code),
then run this with the other side's files to bring their translations back:

    git show other-branch:resources/translations/cafedesk_de.ts > /tmp/other.ts
    python tools/carry_translations.py resources/translations/cafedesk_de.ts /tmp/other.ts
    make translations   # compiles the .qm again

A message is matched by its context, source text and comment; only messages
that are unfinished in the target are filled.
"""

from __future__ import annotations

import copy
import sys
import xml.etree.ElementTree as ET

Key = tuple[str, str, str]


def _messages(tree: ET.ElementTree) -> list[tuple[Key, ET.Element]]:
    found = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            found.append((key, message))
    return found


def _finished(message: ET.Element) -> bool:
    translation = message.find("translation")
    if translation is None or translation.get("type") in {"unfinished", "vanished", "obsolete"}:
        return False
    return bool((translation.text or "").strip()) or len(translation) > 0


def carry(target_path: str, source_paths: list[str]) -> int:
    known: dict[Key, ET.Element] = {}
    for path in source_paths:
        for key, message in _messages(ET.parse(path)):
            if _finished(message):
                known.setdefault(key, message.find("translation"))  # type: ignore[arg-type]
    tree = ET.parse(target_path)
    filled = 0
    for key, message in _messages(tree):
        if _finished(message) or key not in known:
            continue
        old = message.find("translation")
        if old is not None:
            message.remove(old)
        message.append(copy.deepcopy(known[key]))
        filled += 1
    tree.write(target_path, encoding="utf-8", xml_declaration=True)
    return filled


if __name__ == "__main__":
    if len(sys.argv) < 3:
        sys.exit("usage: carry_translations.py TARGET.ts SOURCE.ts [SOURCE.ts ...]")
    print(f"{carry(sys.argv[1], sys.argv[2:])} translations carried")
