"""The language server, driven over stdio with real LSP messages, as an editor would."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("pygls", reason="the lsp extra (pygls) is not installed")

LIST = "# Tea \U0001f600\n\n- [Pots](#pot)\n\n## Pots\n"


class Client:
    """A minimal LSP client: Content-Length framed JSON-RPC over the server's pipes."""

    def __init__(self) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "awesome_lint", "lsp"],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        )
        self.next_id = 0

    def send(self, method: str, params: dict[str, Any], *, request: bool = False) -> int:
        message: dict[str, Any] = {"jsonrpc": "2.0", "method": method, "params": params}
        if request:
            self.next_id += 1
            message["id"] = self.next_id
        body = json.dumps(message).encode()
        assert self.process.stdin is not None
        self.process.stdin.write(f"Content-Length: {len(body)}\r\n\r\n".encode() + body)
        self.process.stdin.flush()
        return self.next_id

    def receive(self) -> dict[str, Any]:
        assert self.process.stdout is not None
        length = 0
        while (line := self.process.stdout.readline().strip()):
            name, _, value = line.decode().partition(":")
            if name.lower() == "content-length":
                length = int(value)
        return json.loads(self.process.stdout.read(length))  # type: ignore[no-any-return]

    def wait_for(self, *, method: str = "", id_: int = 0) -> dict[str, Any]:
        for _ in range(50):
            message = self.receive()
            if (method and message.get("method") == method) or (id_ and message.get("id") == id_):
                return message
        raise AssertionError(f"no {method or id_} from the server")

    def close(self) -> None:
        shutdown = self.send("shutdown", {}, request=True)
        self.wait_for(id_=shutdown)
        self.send("exit", {})
        self.process.wait(timeout=10)


@pytest.fixture
def client(tmp_path: Path) -> Any:
    lsp = Client()
    started = lsp.send("initialize", {"processId": None, "rootUri": tmp_path.as_uri(),
                                      "capabilities": {}}, request=True)
    answer = lsp.wait_for(id_=started)
    assert answer["result"]["capabilities"]["codeActionProvider"]
    lsp.send("initialized", {})
    yield lsp
    lsp.close()


def test_diagnostics_on_open_and_change_and_a_quick_fix(client: Client, tmp_path: Path) -> None:
    uri = (tmp_path / "README.md").as_uri()
    client.send("textDocument/didOpen", {"textDocument": {
        "uri": uri, "languageId": "markdown", "version": 1, "text": LIST}})
    published = client.wait_for(method="textDocument/publishDiagnostics")["params"]
    (diagnostic,) = [d for d in published["diagnostics"] if d["code"] == "broken-anchor"]
    assert diagnostic["range"]["start"] == {"line": 2, "character": 2}
    assert diagnostic["source"] == "awesome-lint" and diagnostic["severity"] == 1

    asked = client.send("textDocument/codeAction", {
        "textDocument": {"uri": uri}, "range": diagnostic["range"],
        "context": {"diagnostics": [diagnostic]}}, request=True)
    actions = client.wait_for(id_=asked)["result"]
    fix = next(a for a in actions if "broken-anchor" in a["title"])
    (edit,) = fix["edit"]["changes"][uri]
    assert edit["newText"] == "#pots" and fix["kind"] == "quickfix"

    client.send("textDocument/didChange", {
        "textDocument": {"uri": uri, "version": 2},
        "contentChanges": [{"text": LIST.replace("#pot)", "#pots)")}]})
    published = client.wait_for(method="textDocument/publishDiagnostics")["params"]
    assert not [d for d in published["diagnostics"] if d["code"] == "broken-anchor"]


def test_columns_are_utf16_code_units(client: Client, tmp_path: Path) -> None:
    """After an emoji (two UTF-16 code units), a link starts one character later in LSP
    positions than in code points."""
    uri = (tmp_path / "README.md").as_uri()
    text = "# Tea\n\n\U0001f600 [Pots](#pot)\n"
    client.send("textDocument/didOpen", {"textDocument": {
        "uri": uri, "languageId": "markdown", "version": 1, "text": text}})
    published = client.wait_for(method="textDocument/publishDiagnostics")["params"]
    (diagnostic,) = [d for d in published["diagnostics"] if d["code"] == "broken-anchor"]
    assert diagnostic["range"]["start"] == {"line": 2, "character": 3}
