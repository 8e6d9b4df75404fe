"""Give every "%n thing(s)" message its English singular and plural forms.

Source strings say "(s)" so the code reads naturally; English needs a
translation file all the same, so that "1 row" and "3 rows" print right.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET


def forms(source: str) -> tuple[str, str]:
    singular = source.replace("(s)", "").replace("(es)", "")
    plural = source.replace("(s)", "s").replace("(es)", "es")
    return singular, plural


def main(path: str) -> None:
    tree = ET.parse(path)
    for message in tree.iter("message"):
        if message.get("numerus") != "yes":
            continue
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        for child in list(translation):
            translation.remove(child)
        translation.attrib.pop("type", None)
        translation.text = None
        for text in forms(source):
            ET.SubElement(translation, "numerusform").text = text
    tree.write(path, encoding="utf-8", xml_declaration=True)


if __name__ == "__main__":
    main(sys.argv[1])
