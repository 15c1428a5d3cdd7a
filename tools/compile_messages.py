"""Compile a gettext .po file to .mo with polib, so a fresh machine needs no GNU gettext."""

import sys
from pathlib import Path

import polib  # type: ignore[import-untyped]

for name in sys.argv[1:]:
    po_path = Path(name)
    polib.pofile(str(po_path)).save_as_mofile(str(po_path.with_suffix(".mo")))
