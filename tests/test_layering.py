"""wijkdesk.model is the domain layer: it imports no Qt and no UI (issue 2, point 1).

Opening and reading a project also stays free of SQLAlchemy, whose import alone costs more than
a bare Qt window's start-up; only creating (or migrating) a file may load it.
"""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
from pathlib import Path

import wijkdesk.model

ROOT = Path(__file__).resolve().parent.parent
MODEL_DIR = Path(wijkdesk.model.__file__).resolve().parent
FORBIDDEN = ("PySide6", "shiboken6", "wijkdesk.ui")


def _is_forbidden(name: str) -> bool:
    return any(name == f or name.startswith(f + ".") for f in FORBIDDEN)


def _run(code: str, tmp_path: Path, *args: str) -> dict:
    """Run code in a fresh interpreter; it prints one JSON object as its last line."""
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "WIJKDESK_DATA_DIR": str(tmp_path / "data"),
        "PYTHONPATH": str(ROOT),
    }
    proc = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, env=env, cwd=ROOT,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout.strip().splitlines()[-1])


IMPORT_ALL = """
import importlib, json, pkgutil, sys
import wijkdesk.model as m
names = []
for info in pkgutil.walk_packages(m.__path__, m.__name__ + "."):
    importlib.import_module(info.name)
    names.append(info.name)
print(json.dumps({"imported": names, "modules": sorted(sys.modules)}))
"""


def test_importing_every_model_module_loads_no_qt_and_no_ui(tmp_path):
    out = _run(IMPORT_ALL, tmp_path)
    expected = {
        "wijkdesk.model." + p.stem for p in MODEL_DIR.glob("*.py") if p.stem != "__init__"
    }
    # The walk really reached every module (a broken walk would prove nothing).
    assert expected <= set(out["imported"])
    assert "wijkdesk.model.project" in out["modules"]
    leaked = [name for name in out["modules"] if _is_forbidden(name)]
    assert leaked == []


def _imports_of(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: list[tuple[int, str]] = []
    package = "wijkdesk.model"
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - (node.level - 1)]
                module = ".".join([*base, node.module] if node.module else base)
            else:
                module = node.module or ""
            found.append((node.lineno, module))
            found += [(node.lineno, f"{module}.{alias.name}") for alias in node.names]
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute | ast.Name)
            and getattr(node.func, "attr", getattr(node.func, "id", "")) == "import_module"
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            found.append((node.lineno, node.args[0].value))
    return found


def test_model_sources_contain_no_qt_or_ui_import():
    files = sorted(MODEL_DIR.glob("*.py"))
    assert len(files) >= 8
    bad = [
        f"{path.name}:{line}: {name}"
        for path in files
        for line, name in _imports_of(path)
        if _is_forbidden(name)
    ]
    assert bad == []


def test_the_ast_scan_would_catch_a_qt_import(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text(
        "import os\nfrom PySide6.QtCore import QObject\nfrom ..ui import main_window\n",
        encoding="utf-8",
    )
    names = [name for _, name in _imports_of(sample) if _is_forbidden(name)]
    assert "PySide6.QtCore" in names
    assert "wijkdesk.ui" in names


OPEN_AND_READ = """
import json, sys
from wijkdesk.model import Project
with Project.open(sys.argv[1]) as p:
    n = len(p.all("insight")) + len(p.all("bijeenkomst")) + len(p.all("round"))
    p.add("insight", round_id=p.all("round")[0].id, text="nog een")
print(json.dumps({"records": n,
                  "sqlalchemy": sorted(m for m in sys.modules if m.startswith("sqlalchemy"))}))
"""


def test_opening_reading_and_editing_do_not_import_sqlalchemy(project, tmp_path):
    round_id = project.all("round")[0].id
    project.add("insight", round_id=round_id, text="Meer bankjes in het park")
    project.close()
    out = _run(OPEN_AND_READ, tmp_path, str(project.path))
    assert out["records"] == 3
    assert out["sqlalchemy"] == []


CREATE = """
import json, sys
from wijkdesk.model import Project
Project.create(sys.argv[1]).close()
with Project.open(sys.argv[1]) as p:
    print(json.dumps({"name": p.info().name}))
"""


def test_creating_a_project_works_in_a_fresh_process(tmp_path):
    target = tmp_path / "nieuw.wijkdesk"
    out = _run(CREATE, tmp_path, str(target))
    # Creating may load SQLAlchemy (the DDL comes from the typed schema); that is allowed.
    assert out["name"] == "Nieuw project"
    assert target.read_bytes().startswith(b"SQLite format 3\x00")
