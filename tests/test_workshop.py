"""The workshop hub's parts that need no running hub: roster, settings, logins, role config.

The hub itself, with real accounts and a real browser, is tested in tests/browser/test_hub.py.
"""

from __future__ import annotations

import csv
import http.cookiejar
import os
import re
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from traitlets.config import Config

from rapport.cli import main
from rapport.workshop.accounts import write_role_config
from rapport.workshop.logins import prepare_logins, readable_password
from rapport.workshop.roster import RosterEntry, read_roster
from rapport.workshop.settings import Workshop, WorkshopError, username_pattern

from .browser.hub import ROOT_REQUIRED, running_hub

REPO = Path(__file__).resolve().parent.parent


def workshop(tmp_path: Path, **kwargs) -> Workshop:
    return Workshop(kit=REPO, state=tmp_path / "state", **kwargs)


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_a_roster_gives_lower_case_names_and_optional_passwords(tmp_path):
    roster = write(
        tmp_path / "class.csv",
        "\ufeffUsername,Password,Email\nAna,,ana@example.org\n\nben.okoro,own-pass-1,\n",
    )
    assert read_roster(roster, "rapport-") == [
        RosterEntry("ana", ""),
        RosterEntry("ben.okoro", "own-pass-1"),
    ]


def test_every_unusable_roster_row_is_listed_and_none_dropped(tmp_path):
    roster = write(
        tmp_path / "class.csv",
        "username\nana\nAna Lopez\nana\n,\n" + "x" * 40 + "\nroot\n",
    )
    with pytest.raises(WorkshopError) as caught:
        read_roster(roster, "rapport-")
    message = str(caught.value)
    assert "3 row(s)" in message
    assert "row 3: 'Ana Lopez' must start with a lower-case letter" in message
    assert "row 4: 'ana' appears twice" in message
    assert "row 6:" in message
    assert "too long" in message
    assert "'root'" not in message  # a fine name: it becomes the account rapport-root


def test_a_roster_without_a_username_column_says_what_the_header_must_be(tmp_path):
    roster = write(tmp_path / "class.csv", "name,email\nAna,ana@example.org\n")
    with pytest.raises(WorkshopError, match=r"no 'username' column.*found: name, email"):
        read_roster(roster, "rapport-")


def test_the_cli_reports_a_bad_roster_in_one_message_without_a_traceback(tmp_path, capsys):
    roster = write(tmp_path / "class.csv", "username\nAna Lopez\n")
    code = main(["workshop", "start", "--roster", str(roster), "--state-dir", str(tmp_path)])
    err = capsys.readouterr().err
    assert code == 1
    assert err.startswith("rapport workshop: 1 row(s) of")
    assert "Traceback" not in err


def test_stopping_a_workshop_that_never_started_says_so(tmp_path, capsys):
    assert main(["workshop", "stop", "--state-dir", str(tmp_path / "nothing")]) == 1
    assert "no workshop was started" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"login": "accounts"}, "need a roster"),
        ({"prefix": "Root-"}, "must start with a lower-case letter"),
        ({"instructor": "Dr Who"}, "instructor name"),
        ({"port": 0}, "between 1 and 65535"),
        ({"roster": ("ana", "instructor")}, "the roster names 'instructor'"),
    ],
)
def test_settings_refuse_what_would_break_the_hub(tmp_path, kwargs, message):
    with pytest.raises(WorkshopError, match=message):
        workshop(tmp_path, **kwargs)


def test_settings_survive_a_save_and_load(tmp_path):
    original = workshop(tmp_path, roster=("ana", "ben"), login="accounts", port=8123)
    original.state.mkdir()
    original.save()
    assert Workshop.load(original.state) == original


def test_login_names_that_fit_an_os_account_name_with_the_prefix():
    pattern = re.compile(username_pattern("rapport-"))
    assert pattern.match("ana")
    assert pattern.match("ben.okoro")
    assert pattern.match("a" * 23)
    assert not pattern.match("a" * 24)  # rapport- + 24 letters is over 31 characters
    assert not pattern.match("../etc")
    assert not pattern.match("Ana")


def test_role_config_gives_formgrader_to_the_instructor_only(tmp_path):
    hub = workshop(tmp_path)
    folders = write_role_config(hub)
    learner = (folders["learner"] / "jupyter_server_config.json").read_text()
    instructor = (folders["instructor"] / "jupyter_server_config.json").read_text()
    assert '"nbgrader.server_extensions.formgrader": false' in learner
    assert '"nbgrader.server_extensions.formgrader": true' in instructor
    disabled = (folders["learner"] / "labconfig" / "page_config.json").read_text()
    assert "@jupyter/nbgrader:formgrader" in disabled
    assert "@jupyter/nbgrader:assignment-list" not in disabled
    for role, folder in folders.items():
        config = Config()
        exec((folder / "nbgrader_config.py").read_text(), {"get_config": lambda c=config: c})
        assert config.Exchange.root == str(hub.exchange)
        assert config.CourseDirectory.course_id == "rapport"
        if role == "instructor":
            assert config.CourseDirectory.root == str(hub.course_root)
        else:
            assert "root" not in config.CourseDirectory


def test_a_shared_password_is_kept_across_restarts_and_must_be_long_enough(tmp_path):
    hub = workshop(tmp_path)
    first = prepare_logins(hub, [])
    assert re.fullmatch(r"[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}", first.learner_password)
    assert len(first.instructor_password) >= 32
    again = prepare_logins(hub, [])
    assert again == first
    assert (hub.secrets / "learner-password").stat().st_mode & 0o077 == 0
    with pytest.raises(WorkshopError, match="at least 8 characters"):
        prepare_logins(hub, [], password="short")


# NativeAuthenticator's own code calls a deprecated locale function; not ours to fix.
@pytest.mark.filterwarnings("ignore:'locale.getdefaultlocale' is deprecated:DeprecationWarning")
def test_roster_accounts_are_made_once_with_nativeauthenticator(tmp_path):
    from jupyterhub import orm
    from nativeauthenticator.orm import UserInfo

    hub = workshop(tmp_path, login="accounts", roster=("ana", "ben"))
    roster = [RosterEntry("ana", "anas-own-pass"), RosterEntry("ben")]
    logins = prepare_logins(hub, roster)
    assert sorted(logins.created) == ["ana", "ben", "instructor"]
    with logins.accounts_file.open() as handle:
        sheet = {row["username"]: row["password"] for row in csv.DictReader(handle)}
    assert sheet["ana"] == "anas-own-pass"
    assert logins.accounts_file.stat().st_mode & 0o077 == 0
    session = orm.new_session_factory(f"sqlite:///{hub.secrets / 'jupyterhub.sqlite'}")()
    try:
        for name, password in sheet.items():
            info = UserInfo.find(session, name)
            assert info.is_authorized
            assert info.is_valid_password(password)
            assert not info.is_valid_password(password + "x")
    finally:
        session.close()
    # A restart makes nothing twice and keeps every password.
    again = prepare_logins(hub, roster)
    assert again.created == ()
    assert logins.accounts_file.read_text() == again.accounts_file.read_text()


def test_generated_passwords_avoid_look_alike_characters():
    for _ in range(50):
        assert not set(readable_password()) & set("01iloIO")


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def hub_login(url: str, username: str, password: str) -> int:
    """POST JupyterHub's login form as a browser would; return the status (302 = logged in)."""
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), NoRedirect)
    page = opener.open(f"{url}/hub/login", timeout=60).read().decode()
    xsrf = re.search(r'name="_xsrf" value="([^"]+)"', page).group(1)
    form = urllib.parse.urlencode({"username": username, "password": password, "_xsrf": xsrf})
    try:
        return opener.open(f"{url}/hub/login", data=form.encode(), timeout=60).status
    except urllib.error.HTTPError as answer:
        return answer.code


def test_a_shared_password_hub_lets_learners_in_and_keeps_the_instructor_apart():
    if os.geteuid() != 0:
        if os.environ.get("CI"):
            pytest.fail(ROOT_REQUIRED, pytrace=False)
        pytest.skip(ROOT_REQUIRED)
    with running_hub({"dana": "", "eli": ""}, login="shared") as hub:
        assert "Learners log in with a name from the class list" in hub.start_output
        assert "workshop-pass-42" in hub.start_output
        admin = (hub.workshop.secrets / "instructor-password").read_text().strip()
        assert hub_login(hub.url, "dana", "workshop-pass-42") == 302
        assert hub_login(hub.url, "dana", "wrong-password") == 403
        assert hub_login(hub.url, "zed", "workshop-pass-42") == 403  # not on the roster
        assert hub_login(hub.url, "instructor", "workshop-pass-42") == 403
        assert hub_login(hub.url, "instructor", admin) == 302
        # The login page tells the room how to log in.
        with urllib.request.urlopen(f"{hub.url}/hub/login", timeout=60) as page:
            assert "name on the class list and the workshop password" in page.read().decode()


@pytest.mark.skipif(os.geteuid() != 0, reason=ROOT_REQUIRED)
def test_a_learners_process_left_after_the_hub_stops_is_ended():
    import subprocess
    import time

    from rapport.workshop.accounts import ensure_account, remove_accounts
    from rapport.workshop.hub import _end_processes_of, _pids_of

    prefix = f"rwt-{os.getpid() % 10000:04d}-"
    account = ensure_account(prefix + "ana")
    try:
        # a kernel its server left behind: it ignores nothing, it just keeps running
        left = subprocess.Popen(["sleep", "300"], user=account.pw_uid, start_new_session=True)
        deadline = time.monotonic() + 5
        while left.pid not in _pids_of({account.pw_uid}) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert left.pid in _pids_of({account.pw_uid})
        _end_processes_of({account.pw_uid}, timeout=5)
        assert left.wait(timeout=5) is not None
        assert _pids_of({account.pw_uid}) == []
    finally:
        remove_accounts(prefix)
