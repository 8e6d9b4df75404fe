"""Translatable text without Qt.

Strings that the domain, services and exports show to people are marked with
``QT_TRANSLATE_NOOP(context, text)`` so Qt's lupdate collects them, and are
translated at the edge by a plain callable the caller hands in (the UI passes
Qt's translator; tests and headless commands pass ``identity``).
"""

from __future__ import annotations

from collections.abc import Callable

Translate = Callable[[str], str]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    del context
    return text


def identity(text: str) -> str:
    return text
