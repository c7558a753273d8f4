"""Copy the rule pages from rules/ into the package so that `--explain` works from a wheel."""

from pathlib import Path
import shutil

from setuptools import setup
from setuptools.command.build_py import build_py


class BuildWithRulePages(build_py):
    def run(self) -> None:
        super().run()
        pages = Path(self.build_lib) / "awesome_lint" / "pages"
        pages.mkdir(parents=True, exist_ok=True)
        for page in sorted(Path(__file__).parent.joinpath("rules").glob("*.md")):
            shutil.copyfile(page, pages / page.name)


setup(cmdclass={"build_py": BuildWithRulePages})
