"""A JupyterLab server under test and the page helpers that drive it with Playwright.

The launch arguments, server flags and selectors are the team's tested recipes (TESTING.md).
"""

from __future__ import annotations

import json
import os
import re
import secrets
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from playwright.sync_api import Locator, Page, expect
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

CHROMIUM = "/usr/bin/chromium"
# Headless Chromium as root, with nothing reaching out to the network on its own.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
]
MISSING_CHROMIUM_IN_CI = "chromium is required in CI; .ci/run installs it"
MISSING_CHROMIUM_LOCALLY = (
    "chromium not found (looked for /usr/bin/chromium and `chromium` on PATH); "
    "install it with `apt-get install -y chromium` to run the browser tests"
)

# Kernels start cold, and a first Run All imports pandas and altair: be generous.
SERVER_START_TIMEOUT_S = 60
KERNEL_TIMEOUT_MS = 60_000
RUN_ALL_TIMEOUT_MS = 180_000
UI_TIMEOUT_MS = 30_000

NOTEBOOK_PANEL = ".jp-NotebookPanel:not(.lm-mod-hidden)"
KERNEL_STATUS = ".jp-StatusBar-TextItem"
# JupyterLab 4 renders an `error` output through the stderr renderer (its mime bundle holds
# application/vnd.jupyter.error, which has no renderer, and application/vnd.jupyter.stderr with
# the joined traceback), so in the DOM it looks exactly like a stream written to stderr:
#   <div class="lm-Widget jp-RenderedText jp-mod-trusted jp-OutputArea-output"
#        data-mime-type="application/vnd.jupyter.stderr"><pre>...traceback...</pre></div>
# The same markup appears inside an ipywidgets Output. Errors are told from warnings by text.
STDERR_OUTPUT = '.jp-OutputArea-output[data-mime-type="application/vnd.jupyter.stderr"]'
# A Python traceback header, or an exception line such as "SyntaxError: invalid syntax" (IPython
# prints syntax errors without the "Traceback" header) or "KeyError: 'x'".
ERROR_TEXT = re.compile(
    r"Traceback \(most recent call last\)"
    r"|^[A-Za-z_][\w.]*(?:Error|Exception|Interrupt|Exit)\b(?::.*)?$",
    re.MULTILINE,
)
ANSI_ESCAPE = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")
# Rapport's widgets show errors raised in their callbacks in this panel (widgets/errors.py);
# ipywidgets itself would only log them to the kernel's log, where no test sees them.
ERROR_PANEL = ".rapport-error"


def find_chromium() -> str | None:
    """Return the path of the system Chromium, or None when it is not installed."""
    if os.access(CHROMIUM, os.X_OK):
        return CHROMIUM
    return shutil.which("chromium")


# ------------------------------------------------------------------------------------------------
# The server


@dataclass(frozen=True)
class Lab:
    """A running JupyterLab server: where it listens and what it serves."""

    base_url: str
    token: str
    root_dir: Path
    log_path: Path
    # RAPPORT_DATA_DIR of the server and its kernels: where notebooks save the learner's files.
    data_dir: Path | None = None

    def url(self, path: str) -> str:
        """Return the full URL that opens ``path`` (relative to root_dir) in a fresh workspace."""
        return f"{self.base_url}/lab/tree/{quote(path)}?token={self.token}&reset"

    def log_tail(self, lines: int = 40) -> str:
        """Return the last lines of the server log."""
        return log_tail(self.log_path, lines)


def log_tail(path: Path, lines: int = 40) -> str:
    """Return the last ``lines`` lines of a server log (a note if there is none yet)."""
    try:
        text = path.read_text(errors="replace")
    except FileNotFoundError:
        return "(no server log)"
    return "\n".join(text.splitlines()[-lines:])


def free_port() -> int:
    """Return a TCP port on the loopback interface that nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _write_lab_config(config_dir: Path) -> None:
    """Disable the "Jupyter news?" announcements plugin for this server only."""
    labconfig = config_dir / "labconfig"
    labconfig.mkdir(parents=True, exist_ok=True)
    page_config = {"disabledExtensions": {"@jupyterlab/apputils-extension:announcements": True}}
    (labconfig / "page_config.json").write_text(json.dumps(page_config, indent=2))


def _status_answers(lab: Lab) -> bool:
    try:
        with urllib.request.urlopen(
            f"{lab.base_url}/api/status?token={lab.token}", timeout=2
        ) as response:
            return response.status == 200
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return False


def _stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)


@contextmanager
def _serve(
    command: list[str], cwd: Path, env: dict[str, str], log_path: Path
) -> Iterator[subprocess.Popen]:
    """Start a server process logging to ``log_path``; stop it on exit, whatever happened."""
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            command,
            cwd=cwd,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # a Ctrl-C in pytest reaches the fixture teardown first
        )
    try:
        yield process
    finally:
        _stop(process)


@contextmanager
def running_lab(
    workdir: Path,
    sources: Sequence[Path],
    *,
    root: Path | None = None,
    extra_args: Sequence[str] = (),
    extra_env: Mapping[str, str] | None = None,
) -> Iterator[Lab]:
    """Serve copies of ``sources`` from a fresh JupyterLab under ``workdir``; stop it on exit.

    Each source folder is copied to ``workdir/root/<name>``: JupyterLab autosaves notebooks,
    and the originals must never get outputs. Jupyter's config and runtime folders are
    temporary, and RAPPORT_DATA_DIR points at an empty folder, so notebooks use the bundled
    sample data and never a developer's own.

    ``root`` serves that (already temporary) folder instead, as the server's root and working
    directory, e.g. an nbgrader course, whose ``nbgrader_config.py`` formgrader reads from there.
    ``extra_args`` are added to the server's command line, ``extra_env`` to its environment.
    """
    if root is None:
        root = workdir / "root"
        root.mkdir(parents=True)
    workdir.mkdir(parents=True, exist_ok=True)
    for source in sources:
        shutil.copytree(
            source,
            root / source.name,
            ignore=shutil.ignore_patterns(".ipynb_checkpoints", "__pycache__"),
        )
    config_dir, runtime_dir, data_dir = (workdir / n for n in ("config", "runtime", "data"))
    for folder in (config_dir, runtime_dir, data_dir):
        folder.mkdir()
    _write_lab_config(config_dir)
    env = {
        **os.environ,
        "JUPYTER_CONFIG_DIR": str(config_dir),
        "JUPYTER_RUNTIME_DIR": str(runtime_dir),
        "RAPPORT_DATA_DIR": str(data_dir),
        **(extra_env or {}),
    }
    env.pop("JUPYTER_TOKEN", None)
    token = secrets.token_hex(24)
    log_path = workdir / "jupyterlab.log"
    port = free_port()
    lab = Lab(f"http://127.0.0.1:{port}", token, root, log_path, data_dir)
    command = [
        sys.executable,
        "-m",
        "jupyterlab",
        "--no-browser",
        "--allow-root",
        f"--port={port}",
        "--ServerApp.port_retries=0",
        f"--IdentityProvider.token={token}",
        "--ServerApp.ip=127.0.0.1",
        f"--ServerApp.root_dir={root}",
        "--LabApp.news_url=None",
        "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
        *extra_args,
    ]
    with _serve(command, root, env, log_path) as process:
        _wait_until_ready(
            lambda: _status_answers(lab), process, "JupyterLab", f"{lab.base_url}/api/status",
            log_path, lab.log_tail,
        )  # fmt: skip
        yield lab


def write_notebook(lab: Lab, path: str, cells: Sequence[str]) -> str:
    """Write a notebook of code ``cells`` to ``path`` under the server root; return ``path``.

    The notebook names the ``python3`` kernel, so JupyterLab starts it without asking.
    """
    import nbformat  # only the tests that write notebooks need it

    notebook = nbformat.v4.new_notebook()
    notebook.metadata["kernelspec"] = {
        "display_name": "Python 3 (ipykernel)",
        "language": "python",
        "name": "python3",
    }
    notebook.metadata["language_info"] = {"name": "python"}
    notebook.cells = [nbformat.v4.new_code_cell(source) for source in cells]
    target = lab.root_dir / path
    target.parent.mkdir(parents=True, exist_ok=True)
    nbformat.write(notebook, target)
    return path


# ------------------------------------------------------------------------------------------------
# Page helpers


def notebook_panel(page: Page) -> Locator:
    """Return the notebook panel the user sees (JupyterLab keeps hidden ones in the DOM)."""
    return page.locator(NOTEBOOK_PANEL)


def wait_kernel_idle(page: Page, timeout: float = KERNEL_TIMEOUT_MS) -> None:
    """Wait until the status bar says the kernel is idle and no cell is queued or running."""
    # The status bar, not the toolbar indicator: that one says idle before the kernel is ready.
    expect(page.locator(KERNEL_STATUS).filter(has_text="| Idle")).to_be_visible(timeout=timeout)
    expect(notebook_panel(page).locator(".jp-InputPrompt").filter(has_text="[*]")).to_have_count(
        0, timeout=timeout
    )


def open_notebook(page: Page, lab: Lab, path: str) -> Locator:
    """Open ``path`` (relative to the server root) and wait for its kernel; return the panel."""
    if not (lab.root_dir / path).is_file():
        raise AssertionError(
            f"notebook {path} does not exist (the server serves a copy of it from {lab.root_dir})"
        )
    page.goto(lab.url(path))
    panel = notebook_panel(page)
    expect(panel).to_have_count(1, timeout=KERNEL_TIMEOUT_MS)
    expect(panel.locator(".jp-Notebook .jp-Cell").first).to_be_visible(timeout=KERNEL_TIMEOUT_MS)
    # A dialog instead of a kernel (e.g. "Select Kernel" for a notebook without a kernelspec)
    # would block every later step: say so now rather than time out on the status bar.
    idle = page.locator(KERNEL_STATUS).filter(has_text="| Idle")
    dialog = page.locator(".jp-Dialog")
    expect(idle.or_(dialog).first).to_be_visible(timeout=KERNEL_TIMEOUT_MS)
    if dialog.count():
        text = " | ".join(t.strip() for t in dialog.all_inner_texts())
        raise AssertionError(
            f"JupyterLab showed a dialog on opening {path} instead of starting its kernel: "
            f"{text!r} (does the notebook lack a python3 kernelspec? `make clean-nbs` sets it)"
        )
    wait_kernel_idle(page)
    return panel


def _menu(page: Page, menu: str, item: str) -> None:
    page.locator(".lm-MenuBar-itemLabel").filter(has_text=re.compile(rf"^{menu}$")).click()
    page.locator(".lm-Menu-itemLabel").filter(has_text=re.compile(rf"^{item}$")).click()


# Installed before Run All: remembers whether any cell went to "[*]" (running or queued), so the
# wait below cannot mistake the idle state *before* the run for the end of it.
_WATCH_RUN = """panel => {
  const state = {sawRunning: false};
  const check = () => {
    if ([...panel.querySelectorAll('.jp-InputPrompt')].some(p => p.textContent.includes('[*]')))
      state.sawRunning = true;
  };
  state.observer = new MutationObserver(check);
  state.observer.observe(panel, {subtree: true, childList: true, characterData: true});
  window.__rapportRunAll = state;
}"""
_RUN_FINISHED = """panel => {
  const state = window.__rapportRunAll;
  const busy = [...panel.querySelectorAll('.jp-InputPrompt')].some(
    p => p.textContent.includes('[*]'));
  const idle = [...document.querySelectorAll('.jp-StatusBar-TextItem')].some(
    e => e.textContent.includes('| Idle'));
  const done = state.sawRunning && !busy && idle;
  if (done) state.observer.disconnect();
  return done;
}"""


def run_all_cells(page: Page, timeout: float = RUN_ALL_TIMEOUT_MS) -> None:
    """Run All Cells from the Run menu, wait until the kernel is done, and check for errors."""
    panel = notebook_panel(page)
    code_cells = panel.locator(".jp-CodeCell")
    if code_cells.count() == 0:
        return
    panel.evaluate(_WATCH_RUN)
    _menu(page, "Run", "Run All Cells")
    _wait_for_run(page, "Run All Cells", timeout)


def restart_kernel_and_run_all(page: Page, timeout: float = RUN_ALL_TIMEOUT_MS) -> None:
    """Restart the kernel and run all cells (Kernel menu, confirming the dialog); check errors."""
    panel = notebook_panel(page)
    panel.evaluate(_WATCH_RUN)
    _menu(page, "Kernel", re.escape("Restart Kernel and Run All Cells…"))
    dialog = page.locator(".jp-Dialog")
    expect(dialog).to_contain_text("Restart", timeout=UI_TIMEOUT_MS)
    dialog.locator("button.jp-mod-accept").click()
    expect(dialog).to_have_count(0, timeout=UI_TIMEOUT_MS)
    _wait_for_run(page, "Restart Kernel and Run All Cells", timeout)


def _wait_for_run(page: Page, what: str, timeout: float) -> None:
    """Wait for a run started after _WATCH_RUN to end; fail on errors or saying where it stopped."""
    try:
        page.wait_for_function(
            f"({_RUN_FINISHED})(document.querySelector({json.dumps(NOTEBOOK_PANEL)}))",
            timeout=timeout,
            polling=250,
        )
    except PlaywrightTimeoutError as exc:  # say where it stopped
        code_cells = notebook_panel(page).locator(".jp-CodeCell")
        prompts = code_cells.locator(".jp-InputPrompt").all_text_contents()
        status = page.locator(KERNEL_STATUS).all_text_contents()
        assert_no_error_outputs(page)
        raise AssertionError(
            f"{what} did not finish within {timeout / 1000:.0f} s; "
            f"prompts {prompts}, status bar {status}"
        ) from exc
    assert_no_error_outputs(page)


def error_outputs(page: Page) -> list[str]:
    """Return the text of every error shown in the visible notebook.

    That is error outputs of cells and of ipywidgets Outputs, and errors that Rapport's widgets
    caught in a callback and show in their error panel (``widgets.errors.ErrorPanel``).
    """
    panel = notebook_panel(page)
    texts = panel.locator(STDERR_OUTPUT).all_text_contents()
    errors = [t for t in (ANSI_ESCAPE.sub("", t) for t in texts) if ERROR_TEXT.search(t)]
    caught = panel.locator(ERROR_PANEL).all_text_contents()
    return errors + [f"(shown by a widget) {t}" for t in caught if t.strip()]


def assert_no_error_outputs(page: Page) -> None:
    """Fail, quoting them, if any cell or widget output in the visible notebook is an error."""
    errors = error_outputs(page)
    if errors:
        shown = "\n\n".join(e.strip()[-2000:] for e in errors)
        raise AssertionError(f"{len(errors)} error output(s) in the notebook:\n{shown}")


def expect_tagger_at(page: Page, tagger: Locator, card: int, total: int, tagged: int) -> None:
    """Wait until the Tagger shows the ``card``-th of ``total`` with ``tagged`` tagged."""
    try:
        expect(tagger).to_contain_text(f"{card} of {total} in this list", timeout=UI_TIMEOUT_MS)
        expect(tagger.locator(".rapport-progress")).to_have_text(
            f"{tagged} of {total} tagged", timeout=UI_TIMEOUT_MS
        )
    except AssertionError:
        assert_no_error_outputs(page)  # a failing callback explains the miss better
        raise


# Texts of a chart drawn as SVG, inline (<svg>) or as JupyterLab renders image/svg+xml outputs
# (an <img> with a data: URI).
_SVG_TEXT = """container => {
  const texts = [...container.querySelectorAll('svg')].map(s => s.textContent);
  for (const img of container.querySelectorAll('img[src^="data:image/svg+xml"]')) {
    const src = img.getAttribute('src');
    const body = src.slice(src.indexOf(',') + 1);
    const xml = src.slice(0, src.indexOf(',')).endsWith(';base64')
      ? atob(body) : decodeURIComponent(body);
    const doc = new DOMParser().parseFromString(xml, 'image/svg+xml');
    texts.push(doc.documentElement.textContent);
  }
  return texts;
}"""


def svg_texts(container: Locator) -> list[str]:
    """Return the text of each SVG drawing inside ``container`` (inline or data-URI image)."""
    return container.evaluate(_SVG_TEXT)


def expect_svg_text(container: Locator, text: str, timeout: float = UI_TIMEOUT_MS) -> None:
    """Wait until an SVG drawing inside ``container`` contains ``text``."""
    deadline = time.monotonic() + timeout / 1000
    while True:
        texts = svg_texts(container) if container.count() else []
        if any(text in t for t in texts):
            return
        if time.monotonic() > deadline:
            raise AssertionError(
                f"no SVG containing {text!r} after {timeout / 1000:.0f} s; SVG texts: {texts}"
            )
        time.sleep(0.25)


# The accessible labels vega gives an SVG's marks, e.g. "at_least: 3; label: 2 real conversation":
# the data behind each bar, which the drawing's text (axes, titles) does not show.
_SVG_ARIA_LABELS = """container => {
  const labels = el =>
    [...el.querySelectorAll('[aria-label]')].map(e => e.getAttribute('aria-label'));
  const found = [...container.querySelectorAll('svg')].flatMap(labels);
  for (const img of container.querySelectorAll('img[src^="data:image/svg+xml"]')) {
    const src = img.getAttribute('src');
    const body = src.slice(src.indexOf(',') + 1);
    const xml = src.slice(0, src.indexOf(',')).endsWith(';base64')
      ? atob(body) : decodeURIComponent(body);
    found.push(...labels(new DOMParser().parseFromString(xml, 'image/svg+xml')));
  }
  return found;
}"""


def svg_aria_labels(container: Locator) -> list[str]:
    """Return the aria-label of every element of the SVG drawings inside ``container``."""
    return container.evaluate(_SVG_ARIA_LABELS)


def expect_svg_aria_label(
    container: Locator, pattern: str | re.Pattern[str], timeout: float = UI_TIMEOUT_MS
) -> None:
    """Wait until an element of an SVG drawing inside ``container`` has a matching aria-label.

    A string must appear in the label; a pattern is searched for in it.
    """
    regex = pattern if isinstance(pattern, re.Pattern) else re.compile(re.escape(pattern))
    deadline = time.monotonic() + timeout / 1000
    while True:
        labels = svg_aria_labels(container) if container.count() else []
        if any(regex.search(label) for label in labels):
            return
        if time.monotonic() > deadline:
            raise AssertionError(
                f"no SVG element labelled like {regex.pattern!r} after {timeout / 1000:.0f} s; "
                f"labels: {labels}"
            )
        time.sleep(0.25)


# ------------------------------------------------------------------------------------------------
# Voilà


@dataclass(frozen=True)
class VoilaApp:
    """A running Voilà server rendering one notebook as an app."""

    base_url: str
    data_dir: Path
    log_path: Path

    def log_tail(self, lines: int = 40) -> str:
        """Return the last lines of the server log."""
        return log_tail(self.log_path, lines)


def _port_answers(port: int) -> bool:
    # Only a TCP connect: a GET of the app itself would start a kernel and run the notebook.
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.settimeout(1)
        return sock.connect_ex(("127.0.0.1", port)) == 0


@contextmanager
def running_voila(notebook: Path, workdir: Path) -> Iterator[VoilaApp]:
    """Serve a copy of ``notebook`` with Voilà from ``workdir``; stop the server on exit.

    Jupyter's config and runtime folders are temporary and RAPPORT_DATA_DIR is an empty folder
    (``workdir/data``). Tracebacks are sent to the page, so a test can see and report them.
    """
    workdir.mkdir(parents=True, exist_ok=True)
    app_dir, config_dir, runtime_dir, data_dir = (
        workdir / n for n in ("app", "config", "runtime", "data")
    )
    for folder in (app_dir, config_dir, runtime_dir, data_dir):
        folder.mkdir()
    copy = app_dir / notebook.name
    shutil.copy(notebook, copy)
    env = {
        **os.environ,
        "JUPYTER_CONFIG_DIR": str(config_dir),
        "JUPYTER_RUNTIME_DIR": str(runtime_dir),
        "RAPPORT_DATA_DIR": str(data_dir),
    }
    env.pop("JUPYTER_TOKEN", None)
    port = free_port()
    log_path = workdir / "voila.log"
    app = VoilaApp(f"http://127.0.0.1:{port}", data_dir, log_path)
    command = [
        sys.executable,
        "-m",
        "voila",
        str(copy),
        "--no-browser",
        f"--port={port}",
        "--Voila.ip=127.0.0.1",
        "--show_tracebacks=True",
    ]
    with _serve(command, app_dir, env, log_path) as process:
        _wait_until_ready(
            lambda: _port_answers(port), process, "Voilà", app.base_url, log_path, app.log_tail
        )
        yield app


def _wait_until_ready(
    ready: Callable[[], bool],
    process: subprocess.Popen,
    name: str,
    address: str,
    log_path: Path,
    log_tail: Callable[[], str],
) -> None:
    """Poll ``ready`` until it is true; fail with the log's tail if the server exits or is slow."""
    deadline = time.monotonic() + SERVER_START_TIMEOUT_S
    while not ready():
        if process.poll() is not None:
            raise RuntimeError(
                f"{name} exited with code {process.returncode} before answering {address}; "
                f"log {log_path}:\n{log_tail()}"
            )
        if time.monotonic() > deadline:
            raise RuntimeError(
                f"{name} did not answer {address} within {SERVER_START_TIMEOUT_S} s; "
                f"log {log_path}:\n{log_tail()}"
            )
        time.sleep(0.25)
