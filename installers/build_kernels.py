"""Compile the placement and rotation kernels ahead of time into one extension module.

    python installers/build_kernels.py OUTDIR

The frozen app ships this module instead of numba and LLVM (about 170 MB): numba's
``pycc`` turns the same source the source install compiles at run time into a plain
extension that needs only numpy. The signatures are taken from the kernels themselves,
warmed up on a small problem, so they cannot drift from how the search calls them.
"""

from __future__ import annotations

import argparse
import sys
import threading
from pathlib import Path

MODULE = "_cafedesk_kernels"  # imported as cafedesk.planning._cafedesk_kernels
PLACEMENT = ("anneal", "insert_leftovers", "slot_overflow")
ROTATION = ("anneal_swaps",)


def _warm() -> None:
    from cafedesk.planning import placement_memetic, rotation_anneal

    if not placement_memetic.wait_ready(600):
        sys.exit("build_kernels: the placement kernels did not compile")
    rotation_anneal.warm_up()
    for thread in threading.enumerate():
        if thread.name == "rotation-compile":
            thread.join()


def exports() -> list[tuple[str, object, object]]:
    """(exported name, python function, signature) of every kernel the search calls."""
    from cafedesk.planning import placement_kernels, rotation_kernels

    found = []
    for module, prefix, names in (
        (placement_kernels, "placement_", PLACEMENT),
        (rotation_kernels, "rotation_", ROTATION),
    ):
        for name in names:
            dispatcher = getattr(module, name)
            signatures = dispatcher.nopython_signatures
            if len(signatures) != 1:
                sys.exit(f"build_kernels: {name} was compiled for {len(signatures)} signatures")
            found.append((prefix + name, dispatcher.py_func, signatures[0]))
    return found


def build(out: Path) -> Path:
    from numba.pycc import CC

    _warm()
    cc = CC(MODULE)
    cc.output_dir = str(out)
    cc.verbose = False
    for name, function, signature in exports():
        cc.export(name, signature)(function)
    cc.compile()
    built = sorted(out.glob(f"{MODULE}*"))
    if not built:
        sys.exit("build_kernels: nothing was built")
    return built[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    print(build(args.out))


if __name__ == "__main__":
    main()
