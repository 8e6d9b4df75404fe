"""The compiled kernels this install has (internal).

The installers ship them built ahead of time (``installers/build_kernels.py``: an
extension module that needs only numpy, so numba and LLVM stay out of the bundle); a
source install compiles the same source with numba at run time and caches it. Both
are the same functions of the same arrays, so the search cannot tell them apart.
"""

from __future__ import annotations

from functools import cache
from types import ModuleType, SimpleNamespace
from typing import Any


@cache
def ahead_of_time() -> ModuleType | None:
    """The module built ahead of time, when this install has it (looked for once: a failed
    import is not remembered by Python, and the rotation search asks on every cycle)."""
    try:
        from cafedesk.planning import _cafedesk_kernels  # type: ignore[attr-defined]
    except ImportError:
        return None
    return _cafedesk_kernels  # type: ignore[no-any-return]


def placement() -> Any:
    return placement_of(ahead_of_time())


def rotation() -> Any:
    return rotation_of(ahead_of_time())


def placement_of(built: ModuleType | None) -> Any:
    """The placement kernels of ``built``, or numba's when there is none."""
    if built is not None:
        return SimpleNamespace(
            anneal=built.placement_anneal,
            insert_leftovers=built.placement_insert_leftovers,
            slot_overflow=built.placement_slot_overflow,
        )
    from cafedesk.planning import placement_kernels

    return placement_kernels


def rotation_of(built: ModuleType | None) -> Any:
    if built is not None:
        return SimpleNamespace(anneal_swaps=built.rotation_anneal_swaps)
    from cafedesk.planning import rotation_kernels

    return rotation_kernels
