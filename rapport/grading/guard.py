"""The tamper guard: installed in every grading kernel before any learner code runs.

Test cells and the answers they check share one Python process, so a determined answer can
change how the tests run: hide errors (``set_custom_exc``), rewrite the cells about to run
(input transformers), replace the check helpers, or reach the test's own variables through frame
objects. nbgrader is fooled by all of these. The guard makes them fail or shows them:

* **Alarms.** An audit hook (``sys.addaudithook``: it cannot be removed) watches for learner code
  reaching into the interpreter: frames (``sys._getframe``, ``tb_frame``...), tracing, the
  garbage collector's object lists, ctypes, new code objects, code compiled under a library's
  file name, signals to other processes, ``/proc/*/mem``. It writes an alarm at once, before the
  call returns, so nothing the answer does afterwards can take it back.
* **Probes.** Before and after each test cell the grader runs a probe. The guard compares the
  shell, the kernel, ``sys`` hooks, builtins and :mod:`rapport.checks` with how they were at
  start, and the names the course's cells defined (``check_equal``, ``connections``...) with their
  values after those cells ran. Whatever changed is put back before the test runs, and reported.
  A probe that does not answer means the cell was rewritten on its way in.

Reports go to the grader over a pipe only this process holds, each line signed with a key given
at start (HMAC-SHA256); a probe's nonce is a function of that key, so a forged probe call cannot
move the guard's state. The grader decides what the reports cost (:mod:`rapport.grading.execute`).
"""

from __future__ import annotations

import builtins
import contextlib
import hashlib
import hmac
import json
import os
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from types import FrameType

#: Audited events that reach into the interpreter's machinery when learner code raises them.
WATCHED = frozenset(
    {
        "sys._getframe",
        "sys._current_frames",
        "sys.settrace",
        "sys.setprofile",
        "sys.addaudithook",
        "gc.get_objects",
        "gc.get_referrers",
        "gc.get_referents",
        "code.__new__",
        "marshal.loads",
        "function.__new__",
        "object.__setattr__",
        "object.__getattr__",
        "os.kill",
        "os.killpg",
        "signal.pthread_kill",
        "compile",
        "open",
        "os.listdir",
        "os.scandir",
    }
)
FRAME_ATTRIBUTES = frozenset({"tb_frame", "gi_frame", "cr_frame", "ag_frame"})
#: Events that attack other processes rather than the checks: reported, but they do not make
#: the checks untrustworthy (in the sandbox they also fail).
HOSTILE = frozenset({"os.kill", "os.killpg", "signal.pthread_kill"})
#: Library modules that only hand frames on to their caller (inspect.stack(), for one), so the
#: event is charged to the code that called them. Tracebacks are formatted by traceback.py and
#: IPython, which read ``tb_frame`` for their own use: those reads are not charged.
PASS_THROUGH = ("inspect.py", "traceback.py", "threading.py", "functools.py", "contextlib.py")
PASS_THROUGH_TB = ("inspect.py",)
#: Shell and kernel methods whose replacement changes how a cell runs or how errors show.
SHELL_METHODS = (
    "run_cell", "run_cell_async", "_run_cell", "run_ast_nodes", "run_code", "transform_cell",
    "transform_ast", "showtraceback", "_showtraceback", "showsyntaxerror", "get_exception_only",
    "CustomTB", "custom_exceptions", "displayhook", "display_pub", "compile", "should_run_async",
    "input_transformer_manager", "input_transformers_post", "ast_transformers", "events",
    "user_ns", "user_global_ns",
)  # fmt: skip
TRANSFORMER_METHODS = (
    "cleanup_transforms", "line_transforms", "token_transformers", "transform_cell",
    "do_token_transforms", "do_one_token_transform",
)  # fmt: skip
#: Builtins IPython and ipykernel set for each cell themselves (or that hold the last output).
MANAGED_BUILTINS = frozenset(
    {"exit", "quit", "get_ipython", "input", "raw_input", "display", "_", "__", "___"}
)
KERNEL_METHODS = ("do_execute", "execute_request", "dispatch_shell", "send_response")
SESSION_METHODS = ("send", "sign", "serialize")


def nonce(key: bytes, sequence: int) -> str:
    """Return the nonce of the grader's ``sequence``-th probe (only key holders can)."""
    return hmac.new(key, f"probe {sequence}".encode(), hashlib.sha256).hexdigest()[:32]


def sign(key: bytes, payload: str) -> str:
    """Return the signed report line for ``payload``."""
    return hmac.new(key, payload.encode(), hashlib.sha256).hexdigest() + " " + payload


def verify(key: bytes, line: str) -> dict | None:
    """Return the report in a signed line, or None if the signature is wrong."""
    mac, _, payload = line.partition(" ")
    good = hmac.new(key, payload.encode(), hashlib.sha256).hexdigest()
    if not hmac.compare_digest(mac, good):
        return None
    try:
        return json.loads(payload)
    except ValueError:
        return None


def same(a: object, b: object) -> bool:
    """Whether ``a`` and ``b`` are the same object, or sequences of the same objects.

    Identity only: an object may define ``__eq__`` to claim it equals anything.
    """
    if a is b:
        return True
    if type(a) in (list, tuple) and type(b) in (list, tuple):
        assert isinstance(a, (list, tuple))  # the exact types checked above
        assert isinstance(b, (list, tuple))
        return len(a) == len(b) and all(x is y for x, y in zip(a, b, strict=True))
    return False


def _attributes(obj: object, names: tuple[str, ...]) -> dict[str, tuple[object, object]]:
    """Where each attribute of ``obj`` comes from: the instance's dict, else its class's."""
    found: dict[str, tuple[object, object]] = {}
    own = getattr(obj, "__dict__", {})
    for name in names:
        if name in own:
            found[name] = ("instance", own[name])
            continue
        for cls in type(obj).__mro__:
            if name in cls.__dict__:
                found[name] = (cls, cls.__dict__[name])
                break
    return found


class _Watched:
    """One object whose listed attributes must stay as they were."""

    def __init__(self, label: str, obj: object, names: tuple[str, ...]) -> None:
        self.label, self.obj, self.names = label, obj, names
        self.pristine = _attributes(obj, names)

    def check(self) -> list[str]:
        found = []
        now = _attributes(self.obj, self.names)
        for name in self.names:
            was, is_ = self.pristine.get(name), now.get(name)
            if (was is None and is_ is None) or (
                was is not None and is_ is not None and was[0] is is_[0] and was[1] is is_[1]
            ):
                continue
            found.append(f"{self.label}.{name}")
            if is_ and is_[0] == "instance" and (not was or was[0] != "instance"):
                vars(self.obj).pop(name, None)
            if was:
                where, value = was
                setattr(self.obj if where == "instance" else where, name, value)
        return found


class Guard:
    """The state of the guard in one kernel."""

    def __init__(self, fd: int, key: bytes, trusted: list[str]) -> None:
        from IPython import get_ipython

        self.fd, self.key = fd, key
        self.trusted = (*trusted, "<frozen ")
        self.sequence = 0
        self.test: str | None = None
        self.busy = False
        self.alarms = 0
        shell = get_ipython()
        self.shell = shell
        self.lists = {
            "input_transformers_cleanup": shell.input_transformers_cleanup,
            "input_transformers_post": shell.input_transformers_post,
            "ast_transformers": shell.ast_transformers,
            "line_transforms": shell.input_transformer_manager.line_transforms,
            "token_transformers": shell.input_transformer_manager.token_transformers,
            "sys.meta_path": sys.meta_path,
            "sys.path_hooks": sys.path_hooks,
        }
        self.pristine_lists = {name: list(items) for name, items in self.lists.items()}
        self.events = {name: list(cbs) for name, cbs in shell.events.callbacks.items()}
        self.watched = [
            _Watched("shell", shell, SHELL_METHODS),
            _Watched("transformers", shell.input_transformer_manager, TRANSFORMER_METHODS),
            _Watched("kernel", shell.kernel, KERNEL_METHODS),
            _Watched("session", shell.kernel.session, SESSION_METHODS),
            _Watched("sys", sys, ("stdout", "stderr", "audit")),
        ]
        self.builtins = {k: v for k, v in vars(builtins).items() if k not in MANAGED_BUILTINS}
        self.modules = {name: self._module_state(name) for name in ("rapport.checks",)}
        self.names: dict[str, object] = {}

    # -- reports ----------------------------------------------------------------------------
    def write(self, **report: object) -> None:
        """Send one signed report line to the grader (a lost line shows as a missing report)."""
        line = sign(self.key, json.dumps(report, default=str)) + "\n"
        with contextlib.suppress(OSError):
            os.write(self.fd, line.encode())

    # -- alarms -----------------------------------------------------------------------------
    def learner_frame(self, passing: tuple[str, ...] = PASS_THROUGH):
        """Return the frame of the code that raised the current event, if it is learner code."""
        frame: FrameType | None = sys._getframe(2)  # this <- hook <- the code that raised the event
        while frame is not None and frame.f_code.co_filename.endswith(passing):
            frame = frame.f_back
        if frame is None or frame.f_code.co_filename.startswith(self.trusted):
            return None
        return frame

    def hook(self, event: str, args: tuple) -> None:
        """Handle an audit event: a probe from the grader, or learner code reaching in."""
        if event == "rapport.guard":
            try:
                self.probe(*args)
            except Exception:
                self.alarms += 1
                self.write(alarm="a forged grader probe", test=self.test, where="")
            return
        if self.busy or (event not in WATCHED and not event.startswith("ctypes.")):
            return
        if not self._suspicious(event, args):
            return
        self.busy = True
        try:
            passing = PASS_THROUGH_TB if event == "object.__getattr__" else PASS_THROUGH
            frame = self.learner_frame(passing)
            if frame is not None:
                self.alarms += 1
                where = f"{os.path.basename(frame.f_code.co_filename)}:{frame.f_lineno}"
                kind = "hostile" if event in HOSTILE else "tamper"
                self.write(alarm=_describe(event, args), kind=kind, test=self.test, where=where)
        finally:
            self.busy = False

    def _suspicious(self, event: str, args: tuple) -> bool:
        if event == "object.__getattr__":
            return args[1] in FRAME_ATTRIBUTES
        if event == "object.__setattr__":
            return args[1] in {"__code__", "__globals__", "__defaults__", "__kwdefaults__"}
        if event in {"os.kill", "os.killpg", "signal.pthread_kill"}:
            return args[0] not in (os.getpid(), 0) or event != "os.kill"
        if event == "compile":
            return isinstance(args[1], str) and args[1].startswith(self.trusted)
        if event == "open":
            path = str(args[0])
            return path.startswith("/proc/") and path.endswith(("/mem", "/environ", "/maps"))
        if event in {"os.listdir", "os.scandir"}:
            return str(args[0]).startswith("/proc/") and str(args[0]).rstrip("/").endswith("/fd")
        return True

    # -- probes -----------------------------------------------------------------------------
    def probe(self, given: str, phase: str, names: str = "") -> None:
        """Handle the grader's probe (raised as the audit event ``rapport.guard``)."""
        self.sequence += 1
        if not hmac.compare_digest(str(given), nonce(self.key, self.sequence)):
            self.sequence -= 1
            self.alarms += 1
            self.write(alarm="a forged grader probe", test=self.test, where="")
            return
        self.busy = True
        try:
            found = self.restore()
            if phase == "snapshot":
                space = self.shell.user_ns
                self.names.update({n: space[n] for n in json.loads(names) if n in space})
            elif phase == "before":
                found += self.restore_names()
                self.test = names
            elif phase == "after":
                self.test = None
            self.write(nonce=given, phase=phase, found=found, alarms=self.alarms)
        finally:
            self.busy = False

    def restore(self) -> list[str]:
        """Put back what changed in the shell, kernel, sys, builtins and check helpers."""
        found = []
        shell = self.shell
        for name, items in self.lists.items():
            if not same(list(items), self.pristine_lists[name]):
                found.append(name)
                items[:] = self.pristine_lists[name]
        for name, callbacks in shell.events.callbacks.items():
            if not same(list(callbacks), self.events.get(name, [])):
                found.append(f"events.{name}")
                callbacks[:] = self.events.get(name, [])
        for watched in self.watched:
            found += watched.check()
        if sys.gettrace() is not None or sys.getprofile() is not None:
            found.append("sys.settrace/setprofile")
            sys.settrace(None)
            sys.setprofile(None)
        space = vars(builtins)
        for name, value in self.builtins.items():
            if space.get(name) is not value:
                found.append(f"builtins.{name}")
                space[name] = value
        for name, state in self.modules.items():
            found += self._restore_module(name, state)
        return found

    def restore_names(self) -> list[str]:
        """Bind the names the course's cells defined to their values after those cells ran."""
        space, found = self.shell.user_ns, []
        for name, value in self.names.items():
            if space.get(name) is not value:
                found.append(name)
                space[name] = value
        return [f"the name {n}" for n in found]

    def _module_state(self, name: str) -> dict:
        module = sys.modules.get(name)
        if module is None:
            return {}
        members = {k: v for k, v in vars(module).items() if callable(v)}
        code = {
            k: (v.__code__, v.__defaults__, v.__kwdefaults__)
            for k, v in members.items()
            if hasattr(v, "__code__")
        }
        classes = {k: dict(vars(v)) for k, v in members.items() if isinstance(v, type)}
        return {"module": module, "members": members, "code": code, "classes": classes}

    def _restore_module(self, name: str, state: dict) -> list[str]:
        if not state:
            return []
        found = []
        if sys.modules.get(name) is not state["module"]:
            found.append(f"sys.modules[{name!r}]")
            sys.modules[name] = state["module"]
        space = vars(state["module"])
        for member, value in state["members"].items():
            if space.get(member) is not value:
                found.append(f"{name}.{member}")
                bad = space.get(member)
                self.names.update({n: value for n, v in self.names.items() if v is bad})
                space[member] = value
        for member, (code, defaults, kwdefaults) in state["code"].items():
            function = state["members"][member]
            now = (function.__code__, function.__defaults__, function.__kwdefaults__)
            if not same(now, (code, defaults, kwdefaults)):
                found.append(f"{name}.{member}.__code__")
                function.__code__, function.__defaults__ = code, defaults
                function.__kwdefaults__ = kwdefaults
        for member, attributes in state["classes"].items():
            cls = state["members"][member]
            if vars(cls).keys() != attributes.keys() or not same(
                list(vars(cls).values()), list(attributes.values())
            ):
                found.append(f"{name}.{member} (class)")
                for attribute in set(vars(cls)) - set(attributes):
                    delattr(cls, attribute)
                for attribute, value in attributes.items():
                    if vars(cls).get(attribute) is not value and attribute not in {
                        "__dict__", "__weakref__",
                    }:  # fmt: skip
                        setattr(cls, attribute, value)
        return found


def _describe(event: str, args: tuple) -> str:
    if event in {"object.__getattr__", "object.__setattr__"}:
        return f"{event} {args[1]}"
    if event in {"open", "os.listdir", "os.scandir", "compile"}:
        return f"{event} {str(args[0] if event != 'compile' else args[1])[:80]}"
    return event


_INSTALLED: list[bool] = []


def install(fd: int, key: bytes, trusted: list[str]) -> None:
    """Start guarding this kernel (called once, before the kernel serves any request).

    Parameters
    ----------
    fd
        The write end of the report pipe.
    key
        The HMAC key reports are signed with.
    trusted
        Folders whose code is the system's, Python's or the course's (not the learner's).
    """
    if _INSTALLED:
        return
    _INSTALLED.append(True)  # the guard itself is kept only by the hook: no name reaches it
    sys.addaudithook(Guard(fd, key, trusted).hook)


def probe_code(key: bytes, sequence: int, phase: str, names: str = "") -> str:
    """Return the code of the grader's probe number ``sequence`` (phase before/after/snapshot)."""
    arguments = f"{nonce(key, sequence)!r}, {phase!r}, {names!r}"
    return f"__import__('sys').audit('rapport.guard', {arguments})"
