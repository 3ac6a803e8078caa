"""Where a grading kernel runs: its user, its view of the files, its limits, what is left after.

These run real kernels in the real sandbox (bubblewrap, a grading user, control groups). On a
machine without those pieces the tests that need them are skipped, except in CI (``CI=1``),
where the machine must give all of them.
"""

from __future__ import annotations

import os
import pwd
import signal
import socket
import threading
import time
from pathlib import Path

import pytest
from nbformat.v4 import new_code_cell, new_notebook

from rapport.grading.execute import Limits, run_notebook
from rapport.grading.kernel import HEADROOM_MB, Kernel, Sandbox
from rapport.grading.sandbox import capabilities, processes_of

from .rapport_cli import rapport

pytestmark = pytest.mark.nbgrader
CAPS = capabilities("auto")
FULL = bool(CAPS.bwrap and CAPS.users and CAPS.cgroup)
needs_full = pytest.mark.skipif(
    not FULL and not os.environ.get("CI"), reason="needs bubblewrap, root and cgroups"
)
LIMITS = Limits(cell_timeout=120, total_timeout=240, memory_mb=200)
REPO = Path(__file__).resolve().parents[1]
SOLUTIONS = REPO / "solutions" / "01-first-look" / "01-first-look.ipynb"


def test_ci_machines_give_every_piece_of_isolation():
    if not os.environ.get("CI"):
        pytest.skip("checked in CI, where the machine must allow it all")
    assert CAPS.bwrap, CAPS.missing
    assert CAPS.users, CAPS.missing
    assert CAPS.cgroup, CAPS.missing


@pytest.fixture(scope="module")
def sandbox():
    box = Sandbox(("pandas",), "auto", memory_mb=LIMITS.memory_mb)
    yield box
    box.close()


def run(box: Sandbox, *sources: str, limits: Limits = LIMITS):
    nb = new_notebook(cells=[new_code_cell(s) for s in sources])
    kernel = Kernel(box, limits.memory_mb)
    execution = run_notebook(nb, kernel, limits)
    text = "".join(o.get("text", "") for c in nb.cells for o in c.get("outputs", []))
    return nb, execution, text


@needs_full
def test_kernel_runs_as_the_workers_user_without_the_graders_files_or_network(sandbox, tmp_path):
    secret = tmp_path / "solutions.ipynb"
    secret.write_text("hidden tests")
    server = socket.create_server(("127.0.0.1", 0))
    port = server.getsockname()[1]
    probe = f"""
import os, socket
print("UID", os.getuid())
for path in ({str(secret)!r}, {str(SOLUTIONS)!r}, {str(REPO / "README.md")!r}, "/etc/shadow"):
    try:
        os.listdir(path) if os.path.isdir(path) else open(path).read()
        print("READ", path)
    except OSError:
        pass
try:
    socket.create_connection(("127.0.0.1", {port}), timeout=3)
    print("NETWORK")
except OSError:
    pass
print("PROCS", sorted(int(p) for p in os.listdir("/proc") if p.isdigit()))
print("HOME", os.environ["HOME"], os.getcwd(), os.access("/tmp", os.W_OK))
"""
    try:
        _, _, text = run(sandbox, probe)
    finally:
        server.close()
    assert int(text.split("UID ")[1].split()[0]) == pwd.getpwnam(sandbox.user).pw_uid != 0
    assert "READ" not in text
    assert "NETWORK" not in text
    assert max(eval(text.split("PROCS ")[1].splitlines()[0])) < 50  # its own process tree only
    home, cwd, tmp_writable = text.split("HOME ")[1].split()[:3]
    assert home == cwd
    assert tmp_writable == "False"


@needs_full
def test_every_process_a_submission_started_is_killed_when_it_is_done(sandbox):
    started = """
import os, subprocess, sys
subprocess.Popen([sys.executable, "-c", "import time; time.sleep(600)"], start_new_session=True)
if os.fork() == 0:
    os.setsid()
    if os.fork() == 0:
        import time
        time.sleep(600)
    os._exit(0)
"""
    _, execution, _ = run(sandbox, started, "import time; time.sleep(0.5)")
    assert execution.stray_processes >= 2
    assert processes_of(sandbox.uid) == []


@needs_full
def test_memory_cap_covers_the_kernel_and_all_its_children_together(sandbox):
    children = """
import subprocess, sys
grab = "b = b'x' * (700 * 1024 * 1024)\\nimport time\\ntime.sleep(60)"
kids = [subprocess.Popen([sys.executable, "-c", grab]) for _ in range(3)]
import time
deadline = time.monotonic() + 100
while time.monotonic() < deadline and all(k.poll() is None for k in kids):
    time.sleep(0.2)
print("EXITS", [k.poll() for k in kids])
"""
    _, execution, text = run(sandbox, children)
    cap = LIMITS.memory_mb + HEADROOM_MB
    assert 0 < execution.peak_memory_mb <= cap + 1
    assert "-9" in text.split("EXITS ")[1]  # at least one child was stopped at the cap


@needs_full
def test_a_kernel_killed_while_it_starts_is_started_again(sandbox):
    kernel = Kernel(sandbox, LIMITS.memory_mb)
    killed = []

    def kill_the_first_kernel():
        deadline = time.monotonic() + 60
        while not killed and time.monotonic() < deadline:
            for pid in kernel.group.pids():
                os.kill(pid, signal.SIGKILL)
                killed.append(pid)
            time.sleep(0.001)

    killer = threading.Thread(target=kill_the_first_kernel)
    killer.start()
    nb = new_notebook(cells=[new_code_cell("print('ran', 6 * 7)")])
    execution = run_notebook(nb, kernel, LIMITS)
    killer.join()
    assert killed
    assert execution.restarts == 1
    assert nb.cells[0].outputs[0]["text"] == "ran 42\n"


def test_a_dead_kernels_last_output_is_kept_for_the_instructor(sandbox):
    crash = "import os\nos.write(2, b'native library says: out of cheese\\n')\nos._exit(3)"
    nb, execution, _ = run(sandbox, crash, "print('after')")
    assert any("out of cheese" in d for d in execution.diagnostics), execution.diagnostics
    assert "the kernel exited with status 3" in execution.faults[0]
    assert nb.cells[1].outputs[0]["text"] == "after\n"


def test_strict_isolation_refuses_to_run_without_bubblewrap(tmp_path):
    env = {**os.environ, "PATH": str(tmp_path)}  # no bwrap, no useradd on this PATH
    result = rapport(
        "grade", "01-first-look", "submitted", "--course", str(tmp_path), "--isolation", "strict",
        env=env, timeout=120,
    )  # fmt: skip
    assert result.returncode == 2
    assert "bubblewrap is not available" in result.stderr
    assert "Traceback" not in result.stderr
