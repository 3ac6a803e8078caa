"""`make lab` serves the learner's workspace and prints a URL that opens the start notebook."""

import json
import os
import re
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def get(url: str, wait: float = 60):
    deadline = time.monotonic() + wait
    while True:
        try:
            return urllib.request.urlopen(url, timeout=30)
        except urllib.error.URLError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.25)


def test_make_lab_prints_a_url_that_opens_the_start_notebook(tmp_path):
    port = free_port()
    env = {
        **os.environ,
        "JUPYTER_RUNTIME_DIR": str(tmp_path / "runtime"),
        "JUPYTER_CONFIG_DIR": str(tmp_path / "config"),
        "RAPPORT_DATA_DIR": str(tmp_path / "data"),
    }
    args = f"--no-browser --port={port} --ServerApp.port_retries=0 --ServerApp.ip=127.0.0.1"
    process = subprocess.Popen(
        ["make", "--no-print-directory", "lab", f"LAB_ARGS={args}"],
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,
    )
    try:
        url, seen = None, []
        deadline = time.monotonic() + 90
        while url is None and time.monotonic() < deadline:
            line = process.stdout.readline()
            if not line:
                break
            seen.append(line)
            match = re.search(rf"(http://127\.0\.0\.1:{port}/\S+)", line)
            url = match.group(1) if match else None
        assert url, "no URL printed:\n" + "".join(seen[-30:])
        assert url.startswith(
            f"http://127.0.0.1:{port}/lab/tree/workbook/00-start-here.ipynb?token="
        )
        token = url.split("token=")[1]
        # The URL is printed a moment before the server accepts connections.
        assert get(url).status == 200
        api = f"http://127.0.0.1:{port}/api/contents/workbook/00-start-here.ipynb?token={token}"
        assert json.loads(get(api).read())["type"] == "notebook"
        # It serves the learner's own copies, in their data folder, not the kit's files.
        root = json.loads(get(f"http://127.0.0.1:{port}/api/contents?token={token}").read())
        assert sorted(item["name"] for item in root["content"]) == ["exercises", "workbook"]
        assert (tmp_path / "data" / "workspace" / "workbook" / "00-start-here.ipynb").is_file()
        # ... with the "Jupyter news?" prompt switched off in the page's configuration.
        page = get(f"http://127.0.0.1:{port}/lab?token={token}").read().decode()
        found = re.search(r'id="jupyter-config-data"[^>]*>(.*?)</script>', page, re.S)
        config = json.loads(found[1])
        assert "@jupyterlab/apputils-extension:announcements" in config["disabledExtensions"]
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
