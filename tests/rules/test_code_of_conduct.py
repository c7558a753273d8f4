"""code-of-conduct: hand-made cases, each list saved as a README with the
files it names beside it.

Its findings are about the whole file: shown at 1:1 and never hidden by what the file
opens with; the message names the file (and line) to change.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import lint, lint_readme

from awesome_lint import lint_text
from awesome_lint.registry import all_rules


def test_empty_code_of_conduct_is_reported_under_a_leading_comment(tmp_path: Path) -> None:
    readme = tmp_path / "README.md"
    (tmp_path / "code-of-conduct.md").write_text("\n", encoding="utf-8")
    text = "<!-- lint, please -->\n# Awesome Tea\n"
    readme.write_text(text, encoding="utf-8")
    found = lint_text(text, [all_rules()["code-of-conduct"]()], path=str(readme))
    assert [f.message for f in found] == ["code-of-conduct.md is empty"]


def messages(tmp_path: Path, files: dict[str, str], readme: str = "README.md") -> list[str]:
    found = lint_readme("code-of-conduct", tmp_path, files, readme)
    assert all((f.rule, f.span.start, f.whole_file) == ("code-of-conduct", 0, True) for f in found)
    return [f.message for f in found]


@pytest.mark.parametrize(
    "files",
    [
        {},  # no code of conduct is fine: only a broken one is reported
        {"code-of-conduct.md": "# Code of Conduct\n\nWrite to tea-list@tea.example.\n"},
        {"CODE_OF_CONDUCT.md": "Be kind. Reach us at tea-list@tea.example.\n"},
        {".github/CODE_OF_CONDUCT.md": "Be kind.\n"},
        # his own address in his own repositories
        {"code-of-conduct.md": "Contact sindresorhus@gmail.com\n", "package.json": '{"author": "sindresorhus"}\n'},
        # other names are not a code of conduct
        {"codeofconduct.md": "\n", "CODE_OF_CONDUCT.txt": "\n", "docs/code-of-conduct.md": "\n"},
        # the folder's own file wins over .github's
        {"code-of-conduct.md": "Be kind.\n", ".github/code_of_conduct.md": "[INSERT EMAIL ADDRESS]\n"},
    ],
)
def test_no_finding(tmp_path: Path, files: dict[str, str]) -> None:
    assert messages(tmp_path, files) == []


@pytest.mark.parametrize(
    "files, message",
    [
        ({"code-of-conduct.md": "  \n\n"}, "code-of-conduct.md is empty"),
        ({".github/CODE_OF_CONDUCT.md": ""}, "CODE_OF_CONDUCT.md is empty"),
        (
            {"code-of-conduct.md": "# Code of Conduct\n\nReport to [INSERT EMAIL ADDRESS].\n"},
            "code-of-conduct.md:3 still says '[INSERT EMAIL ADDRESS]'",
        ),
        (
            {"CODE_OF_CONDUCT.md": "# Code of Conduct\n\n\nReport at [INSERT CONTACT METHOD].\n"},
            "CODE_OF_CONDUCT.md:4 still says '[INSERT CONTACT METHOD]'",
        ),
        (
            {"code_of_conduct.md": "Report at [insert_email].\n"},
            "code_of_conduct.md:1 still says '[insert_email]'",
        ),
        (
            {"code-of-conduct.md": "# Code of Conduct\nContact sindresorhus@gmail.com\n"},
            "code-of-conduct.md:2 still says 'sindresorhus@gmail.com'",
        ),
        (  # a package.json of somebody else
            {"code-of-conduct.md": "Contact sindresorhus@gmail.com\n", "package.json": '{"author": "tea"}\n'},
            "code-of-conduct.md:1 still says 'sindresorhus@gmail.com'",
        ),
    ],
)
def test_reported_once_at_the_top_naming_the_file_and_line(
    tmp_path: Path, files: dict[str, str], message: str
) -> None:
    (found,) = messages(tmp_path, files)
    assert found.startswith(message)


@pytest.mark.parametrize(
    "readme, coc",
    [
        ("readme.md", "code-of-conduct.md"),
        ("Readme.md", "code-of-conduct.md"),
        ("docs/README.md", "docs/code-of-conduct.md"),  # beside the README, wherever it is
    ],
)
def test_any_readme_is_checked(tmp_path: Path, readme: str, coc: str) -> None:
    assert messages(tmp_path, {coc: "\n"}, readme) == ["code-of-conduct.md is empty"]


def test_other_markdown_files_are_not_checked(tmp_path: Path) -> None:
    assert messages(tmp_path, {"code-of-conduct.md": "\n"}, "tea.md") == []
    assert lint("code-of-conduct", "# Awesome Tea\n") == []  # no file at all: standard input
