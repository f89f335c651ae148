"""One instance per data folder: a second start hands its request to the first, which answers;
the lock is the system's (a dead holder's is free at once, a reused process id blocks nothing);
the socket is in the user's own runtime folder; a silent connection never holds the window."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from backcoach.core.hand_over import Reply, Request, send
from backcoach.core.storage.instance_lock import InstanceLock, lock_path
from backcoach.ui.shell import single_instance
from backcoach.ui.shell.single_instance import SingleInstance

ROOT = Path(__file__).resolve().parents[3]


def _in_a_thread(qtbot, call):
    """Run a blocking call (a second start's) beside the event loop that answers it."""
    result: list = []
    thread = threading.Thread(target=lambda: result.append(call()))
    thread.start()
    qtbot.waitUntil(lambda: not thread.is_alive(), timeout=10_000)
    thread.join()
    return result[0]


def _recording(answers: list[Request], reply: Reply):
    def handler(request: Request) -> Reply:
        answers.append(request)
        return reply

    return handler


def test_a_second_start_hands_its_request_over_and_gets_the_answer(qtbot, tmp_path: Path):
    first = SingleInstance(tmp_path, "dev")
    assert first.claim()
    seen: list[Request] = []
    first.serve(_recording(seen, Reply("done", "brought forward")))
    second = SingleInstance(tmp_path, "dev")
    assert not second.claim()
    assert second.holder == os.getpid()
    reply = _in_a_thread(qtbot, lambda: second.hand_over(Request("show")))
    assert reply == Reply("done", "brought forward") and seen == [Request("show")]
    first.release()
    assert InstanceLock(tmp_path, "dev").holder() is None
    third = SingleInstance(tmp_path, "dev")
    assert third.claim(), "free again once the first has quit"
    third.release()


def test_the_socket_is_in_the_users_own_runtime_folder(tmp_path: Path):
    instance = SingleInstance(tmp_path, "dev")
    assert instance.claim()
    try:
        runtime = os.environ["XDG_RUNTIME_DIR"]
        assert instance.address is not None and instance.address.startswith(runtime + os.sep)
        assert Path(instance.address).is_socket()
    finally:
        instance.release()


def test_a_runtime_folder_others_may_enter_is_not_used(tmp_path: Path, monkeypatch):
    from backcoach.core import hand_over

    shared = tmp_path / "shared"
    shared.mkdir(mode=0o777)
    shared.chmod(0o777)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(shared))
    monkeypatch.setattr(hand_over.tempfile, "gettempdir", lambda: str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()
    where = hand_over.address(tmp_path / "data", "dev")
    assert where is not None and where.startswith(
        str(tmp_path / "tmp" / f"backcoach-{os.getuid()}")
    )
    # A fallback folder someone else made (or made open to all) is refused outright.
    (tmp_path / "tmp" / f"backcoach-{os.getuid()}").chmod(0o755)
    assert hand_over.address(tmp_path / "data", "dev") is None


def test_other_folders_do_not_block_but_another_device_on_the_folder_does(qtbot, tmp_path: Path):
    # The lock is the folder's (issue 15): two device ids on one folder never write at once.
    first = SingleInstance(tmp_path / "a", "dev")
    assert first.claim()
    other_folder = SingleInstance(tmp_path / "b", "dev")
    other_device = SingleInstance(tmp_path / "a", "laptop")
    assert other_folder.claim() and not other_device.claim()
    assert other_device.lock.holder_device() == "dev"
    for instance in (first, other_folder, other_device):
        instance.release()


def test_a_lock_naming_another_live_program_does_not_block(tmp_path: Path):
    # The pid in the file now belongs to another program (here: this test's parent, alive):
    # only the system's lock counts, and nobody holds it.
    path = lock_path(tmp_path)
    path.write_text(f"{os.getppid()}\nBackCoach\n{socket.gethostname()}\n")
    instance = SingleInstance(tmp_path, "dev")
    assert instance.claim()
    assert path.read_text().split("\n")[0] == str(os.getpid())
    instance.release()


HOLDER = """
import sys, time
from PySide6.QtCore import QCoreApplication
app = QCoreApplication([])
from backcoach.ui.shell.single_instance import SingleInstance
instance = SingleInstance(sys.argv[1], "dev")
print("claimed" if instance.claim() else "refused", flush=True)
time.sleep(60)
"""


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_the_lock_of_a_killed_instance_is_taken_over_at_once(qtbot, tmp_path: Path):
    child = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(tmp_path)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    try:
        assert child.stdout.readline().strip() == "claimed"
        assert InstanceLock(tmp_path, "dev").holder() == child.pid
        assert not InstanceLock(tmp_path, "dev").acquire(), "held while it lives"
    finally:
        child.kill()
        child.wait()
        child.stdout.close()
    assert lock_path(tmp_path).exists(), "the killed process left its lock file behind"
    instance = SingleInstance(tmp_path, "dev")
    assert instance.claim(), "a dead holder's lock is free at once, whatever its file says"
    assert instance.server is not None, "and the socket it left is replaced"
    instance.release()


def test_a_silent_connection_never_holds_the_window(qtbot, tmp_path: Path, monkeypatch):
    monkeypatch.setattr(single_instance, "IDLE_MS", 200)
    first = SingleInstance(tmp_path, "dev")
    assert first.claim()
    seen: list[Request] = []
    first.serve(_recording(seen, Reply("done", "ok")))
    assert first.address is not None
    silent = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    silent.connect(first.address)
    silent.sendall(b'{"command": "sh')  # half a request, then nothing
    qtbot.wait(20)
    # The window goes on: another start is answered while the silent one is still connected.
    reply = _in_a_thread(qtbot, lambda: send(first.address, Request("show")))
    assert reply == Reply("done", "ok") and seen == [Request("show")]
    # And the silent one is closed once it has been idle long enough.
    silent.settimeout(5)
    assert _in_a_thread(qtbot, lambda: silent.recv(100)) == b""
    silent.close()
    first.release()


@pytest.mark.parametrize(
    "line",
    [b"nonsense\n", b'{"command": "rm -rf"}\n', b'{"command": "routine", "path": "rel.json"}\n'],
)
def test_a_request_that_is_not_one_is_answered_as_failed(qtbot, tmp_path: Path, line: bytes):
    first = SingleInstance(tmp_path, "dev")
    assert first.claim()
    seen: list[Request] = []
    first.serve(_recording(seen, Reply("done", "ok")))

    def raw() -> bytes:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as connection:
            connection.settimeout(5)
            connection.connect(first.address)
            connection.sendall(line)
            return connection.recv(1000)

    answer = _in_a_thread(qtbot, raw)
    assert Reply.decode(answer.strip()).status == "failed" and seen == []
    first.release()


def test_the_cli_import_hands_the_file_to_the_running_window(qtbot, tmp_path: Path, capsys):
    from backcoach.app import main

    instance = SingleInstance(tmp_path, "test-device")
    assert instance.claim()
    seen: list[Request] = []
    instance.serve(_recording(seen, Reply("refused", "Nothing was imported: x.json is empty.")))
    archive = tmp_path / "x.json"
    try:
        argv = ["--data-dir", str(tmp_path), "--import-all", str(archive)]
        status = _in_a_thread(qtbot, lambda: main(argv))
    finally:
        instance.release()
    assert seen == [Request("import-all", str(archive))]
    assert status == 2, "the window refused the file: the exit status says so"
    assert "x.json is empty" in capsys.readouterr().err


def test_a_holder_that_does_not_answer_is_said(tmp_path: Path, capsys):
    from backcoach.app import main

    lock = InstanceLock(tmp_path, "test-device")  # held, but nothing listens (as --import-all)
    assert lock.acquire()
    try:
        status = main(["--data-dir", str(tmp_path), "--import-all", str(tmp_path / "x.json")])
    finally:
        lock.release()
    assert status == 1
    assert f"(process {os.getpid()})" in capsys.readouterr().err
