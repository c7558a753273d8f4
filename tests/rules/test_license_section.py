"""license-section: hand-made cases."""

from __future__ import annotations

import pytest
from conftest import fixed, lint, places

NOOP = [
    "# Awesome Tea\n\n## Contributing\n\nOpen a pull request.\n",
    # sections about licences, listing things: not the list's own licence
    "## Licenses\n\n- [choosealicense](https://choosealicense.com) - Pick one.\n",
    "## List of Licenses\n\n- `MIT` - Permissive.\n",
    "## License Management\n\n- [FOSSA](https://fossa.example) - Scans dependencies.\n",
    "## Software Licenses\n",
    "### License Legends\n\n- `💲` - Paid.\n",
    # the word in prose, in an entry, in code, in a comment or in HTML
    "Released under the MIT License.\n",
    "- [License](https://license.example) - A licence checker.\n",
    "```\n## License\n```\n",
    "<!-- ## License -->\n",
    "<h2>License</h2>\n",
]


@pytest.mark.parametrize("text", NOOP)
def test_no_finding(text: str) -> None:
    assert lint("license-section", text) == []


@pytest.mark.parametrize(
    "heading",
    [
        "## License",
        "## Licence",
        "### LICENSE",
        "#### license",
        "## 📄 License",
        "## License 📄",
        "## License:",
        "## **License**",
        "## [License](LICENSE)",
        "## License <!-- omit in toc -->",
    ],
)
def test_license_heading_is_reported_at_the_heading(heading: str) -> None:
    text = f"# Awesome Tea\n\n- [Leaf](https://leaf.example) - Tea.\n\n{heading}\n\nCC0\n"
    (finding,) = lint("license-section", text)
    assert places("license-section", text) == [(5, 1, heading)]
    assert finding.fix is None
    assert fixed("license-section", text, unsafe=True) == text


def test_setext_heading_and_every_one_of_several() -> None:
    text = "License\n-------\n\nMIT\n\n## Tea\n\n### Licence\n"
    assert places("license-section", text) == [(1, 1, "License\n-------"), (8, 1, "### Licence")]
