"""`awesome-lint lsp`: a language server (needs the `lsp` extra, pygls).

It lints a Markdown document when the editor opens, changes or saves it, with the config
found from the document's folder, and publishes the findings as diagnostics; each fix
is offered as a quick fix (a code action), unsafe ones marked so. Positions are in
UTF-16 code units, as LSP counts them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from lsprotocol import types
from pygls.lsp.server import LanguageServer
from pygls.uris import to_fs_path

from awesome_lint import __version__
from awesome_lint.config import Config, find_config, load_config
from awesome_lint.engine import lint, make_rules
from awesome_lint.errors import InputError
from awesome_lint.fixes import Applicability, Finding, Severity
from awesome_lint.registry import Rule
from awesome_lint.source import Source

SOURCE = "awesome-lint"
server = LanguageServer("awesome-lint", __version__)
_findings: dict[str, tuple[Source, list[Finding]]] = {}  # the last lint of each document


_rules: dict[tuple[Path | None, int], list[Rule]] = {}  # by config file and its mtime


def _rules_for(path: str | None) -> list[Rule]:
    """The rules of the document's config, made again only when the config changed (not
    on every keystroke)."""
    found = find_config(Path(path).parent) if path else None
    key = (found, found.stat().st_mtime_ns if found else 0)
    if key not in _rules:
        _rules[key] = make_rules(load_config(found) if found else Config())
    return _rules[key]


def _position(source: Source, offset: int) -> types.Position:
    line = source.line_col(offset)[0]
    return types.Position(line=line - 1, character=source.utf16_column(offset) - 1)


def _range(source: Source, start: int, end: int) -> types.Range:
    return types.Range(start=_position(source, start), end=_position(source, end))


def _diagnostic(source: Source, finding: Finding) -> types.Diagnostic:
    error = finding.severity == Severity.ERROR
    return types.Diagnostic(
        range=_range(source, finding.span.start, finding.span.end),
        message=finding.message,
        severity=types.DiagnosticSeverity.Error if error else types.DiagnosticSeverity.Warning,
        code=finding.rule,
        source=SOURCE,
    )


def check(uri: str) -> None:
    """Lint the document as the editor holds it and publish the findings."""
    document = server.workspace.get_text_document(uri)
    path = to_fs_path(uri)
    source = Source(path or uri, document.source)
    try:
        findings = lint(source, _rules_for(path))
    except InputError as error:  # a broken config: say so where the user looks
        server.window_show_message(
            types.ShowMessageParams(type=types.MessageType.Error, message=str(error))
        )
        findings = []
    _findings[uri] = (source, findings)
    diagnostics = [_diagnostic(source, finding) for finding in findings]
    server.text_document_publish_diagnostics(
        types.PublishDiagnosticsParams(uri=uri, diagnostics=diagnostics, version=document.version)
    )


@server.feature(types.TEXT_DOCUMENT_DID_OPEN)
def did_open(params: types.DidOpenTextDocumentParams) -> None:
    check(params.text_document.uri)


@server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
def did_change(params: types.DidChangeTextDocumentParams) -> None:
    check(params.text_document.uri)


@server.feature(types.TEXT_DOCUMENT_DID_SAVE)
def did_save(params: types.DidSaveTextDocumentParams) -> None:
    check(params.text_document.uri)


@server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
def did_close(params: types.DidCloseTextDocumentParams) -> None:
    _findings.pop(params.text_document.uri, None)
    server.text_document_publish_diagnostics(
        types.PublishDiagnosticsParams(uri=params.text_document.uri, diagnostics=[])
    )


@server.feature(
    types.TEXT_DOCUMENT_CODE_ACTION,
    types.CodeActionOptions(code_action_kinds=[types.CodeActionKind.QuickFix]),
)
def code_actions(params: types.CodeActionParams) -> list[types.CodeAction]:
    """Each fix of a finding in the asked range, as a quick fix."""
    uri = params.text_document.uri
    source, findings = _findings.get(uri, (None, []))
    if source is None:
        return []
    wanted = params.range
    actions = []
    for finding in findings:
        if finding.fix is None:
            continue
        where = _range(source, finding.span.start, finding.span.end)
        if _before(where.end, wanted.start) or _before(wanted.end, where.start):
            continue
        edits = [
            types.TextEdit(range=_range(source, e.span.start, e.span.end), new_text=e.text)
            for e in finding.fix.edits
        ]
        unsafe = finding.fix.applicability == Applicability.UNSAFE
        actions.append(types.CodeAction(
            title=f"{finding.fix.description}{' (unsafe)' if unsafe else ''} [{finding.rule}]",
            kind=types.CodeActionKind.QuickFix,
            diagnostics=[_diagnostic(source, finding)],
            edit=types.WorkspaceEdit(changes={uri: edits}),
            is_preferred=not unsafe,
        ))
    return actions


def _before(one: types.Position, other: types.Position) -> bool:
    return (one.line, one.character) < (other.line, other.character)


def serve(**_options: Any) -> int:
    server.start_io()
    return 0
