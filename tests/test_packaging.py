"""The packaging files are well-formed and agree with each other, without building anything.

The real build (PyInstaller, .deb, clean-root install) is packaging/build-linux.sh: it takes
minutes and is not part of the ordinary test run.
"""

from __future__ import annotations

import ast
import configparser
import contextlib
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
SPEC = PACKAGING / "bulletin-editor.spec"
APP_ID = "cn.xingcheng.BulletinEditor"
DESKTOP = PACKAGING / "linux" / f"{APP_ID}.desktop"
METAINFO = PACKAGING / "linux" / f"{APP_ID}.metainfo.xml"
ISS = PACKAGING / "windows" / "bulletin-editor.iss"
SVG = ROOT / "resources" / "icons" / "bulletin-editor.svg"

sys.path.insert(0, str(PACKAGING))
from version import numeric_version, project_version  # noqa: E402


def spec_constants() -> dict[str, object]:
    """The simple constants assigned at the top level of the spec (literals only)."""
    constants: dict[str, object] = {}
    for node in ast.parse(SPEC.read_text(encoding="utf-8"), filename=str(SPEC)).body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            with contextlib.suppress(ValueError):  # not a literal
                constants[node.targets[0].id] = ast.literal_eval(node.value)
    return constants


def pyproject_version() -> str:
    tomllib = pytest.importorskip("tomllib")  # Python 3.11+
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


def test_version_comes_from_pyproject():
    assert project_version() == pyproject_version()
    assert numeric_version("0.1.0") == (0, 1, 0, 0)
    assert numeric_version("1.2rc3") == (1, 2, 3, 0)
    assert numeric_version("2.0.1+local.7") == (2, 0, 1, 0)


def test_version_without_tomllib(monkeypatch, tmp_path):
    """Python 3.10 has no tomllib: the fallback reads [project] version, not another table's."""
    monkeypatch.setitem(sys.modules, "tomllib", None)
    pyproject = tmp_path / "pyproject.toml"
    pyproject.write_text('[tool.x]\nversion = "9.9"\n\n[project]\nname = "a"\nversion = "1.2.3"\n',
                         encoding="utf-8")
    assert project_version(pyproject) == "1.2.3"


def test_spec_is_python_and_names_the_qt_modules_the_app_imports():
    constants = spec_constants()
    assert constants["APP_ID"] == APP_ID
    used, unused = constants["QT_USED"], constants["QT_UNUSED"]
    assert used == {"QtCore", "QtGui", "QtWidgets", "QtPrintSupport"}
    assert isinstance(used, set) and isinstance(unused, list)
    imported = set()
    for path in (ROOT / "src").rglob("*.py"):
        imported |= set(re.findall(r"\bPySide6\.(Qt\w+)", path.read_text(encoding="utf-8")))
    assert imported <= used, f"the spec leaves out {imported - used}: add them to QT_USED and QT_UNUSED"
    assert not used & set(unused)


def test_spec_collects_the_data_the_app_needs():
    text = SPEC.read_text(encoding="utf-8")
    for needed in ('collect_data_files("docx")', 'collect_data_files("opencc")',
                   'collect_data_files("pypinyin")', 'copy_metadata("editor_app")',
                   '"editor_app/resources"', '"editor_app/issue_templates"'):
        assert needed in text
    for script in ("entry/bulletin_editor.py", "entry/bulletin.py", "hooks/rth_child_env.py"):
        assert (PACKAGING / script).is_file()


def test_desktop_entry():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = lambda optionstr: optionstr  # keys are case-sensitive
    entry.read(DESKTOP, encoding="utf-8")
    group = entry["Desktop Entry"]
    assert group["Type"] == "Application"
    assert group["Name"] == "双碳资讯编辑器"
    assert group["Exec"].split()[0] == "bulletin-editor"
    assert group["Icon"] == APP_ID
    assert group["Terminal"] == "false"
    assert group["Categories"].endswith(";")
    assert "MimeType" not in group  # issue files are plain .yaml: no MIME type claimed
    if shutil.which("desktop-file-validate"):
        result = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True)
        assert result.returncode == 0 and not result.stdout.strip(), result.stdout


def test_metainfo(tmp_path):
    component = ET.parse(METAINFO).getroot()
    assert component.tag == "component" and component.get("type") == "desktop-application"
    assert component.findtext("id") == APP_ID
    assert component.findtext("launchable") == DESKTOP.name
    assert {b.text for b in component.iter("binary")} == {"bulletin", "bulletin-editor"}
    release = component.find("releases/release")
    assert release is not None and release.get("version") == "@VERSION@"  # filled in by the build
    if shutil.which("appstreamcli"):
        filled = tmp_path / METAINFO.name
        filled.write_text(METAINFO.read_text(encoding="utf-8")
                          .replace("@VERSION@", pyproject_version()).replace("@DATE@", "2023-09-25"),
                          encoding="utf-8")
        result = subprocess.run(["appstreamcli", "validate", "--no-net", str(filled)],
                                capture_output=True, text=True)
        assert result.returncode == 0, result.stdout + result.stderr


def test_icon_svg_and_generated_icons(qapp, tmp_path):
    root = ET.parse(SVG).getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert root.get("viewBox") == "0 0 256 256"
    sys.path.insert(0, str(PACKAGING / "icons"))
    try:
        from make_icons import make_icons
    finally:
        sys.path.remove(str(PACKAGING / "icons"))
    written = make_icons(tmp_path)
    assert (tmp_path / "png" / "48x48" / "bulletin-editor.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    ico = (tmp_path / "bulletin-editor.ico").read_bytes()
    assert ico[:4] == b"\x00\x00\x01\x00" and int.from_bytes(ico[4:6], "little") == 7
    icns = (tmp_path / "bulletin-editor.icns").read_bytes()
    assert icns[:4] == b"icns" and int.from_bytes(icns[4:8], "big") == len(icns)
    assert len(written) == 11


def test_inno_setup_script():
    raw = ISS.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "Inno Setup reads non-ASCII text correctly only with a BOM"
    text = raw.decode("utf-8-sig")
    assert "#ifndef AppVersion" in text  # the version is passed from pyproject, not written here
    assert re.search(r"^AppId=\{\{[0-9A-F-]{36}\}\r?$", text, re.M)
    bundle = spec_constants()["BUNDLE_DIR"]
    assert f'#define BundleDir "..\\dist\\{bundle}"' in text
    assert '#define AppExe "bulletin-editor.exe"' in text
    sections = re.findall(r"^\[(\w+)\]", text, re.M)
    assert sections[:2] == ["Setup", "Languages"] and "Files" in sections and "Code" in sections


@pytest.mark.parametrize("script", ["build-linux.sh", "smoke-test.sh", "clean-root-readme.sh"])
def test_shell_scripts_parse(script):
    if not shutil.which("bash"):
        pytest.skip("no bash")
    subprocess.run(["bash", "-n", str(PACKAGING / script)], check=True)


def test_one_application_id_everywhere():
    for path in (PACKAGING / "build-linux.sh", PACKAGING / "entry" / "bulletin_editor.py"):
        assert APP_ID in path.read_text(encoding="utf-8"), path


def test_build_outputs_are_ignored():
    ignored = (ROOT / ".gitignore").read_text(encoding="utf-8").split()
    for pattern in ("/packaging/build/", "/packaging/dist/", "*.deb"):
        assert pattern in ignored


def test_readme_gives_the_commands_and_the_figures():
    readme = (PACKAGING / "README.md").read_text(encoding="utf-8")
    for command in ("sudo packaging/build-linux.sh", "iscc /DAppVersion=", "xcrun notarytool submit",
                    "-m PyInstaller --noconfirm", "sudo packaging/clean-root-readme.sh"):
        assert command in readme, command
    for figure in ("PyInstaller build", "Bundle size", ".deb` size", "Cold start"):
        assert figure in readme, figure
    assert "FIGURES" not in readme  # the placeholder is replaced by measured figures


def test_the_readme_gives_what_the_clean_root_check_runs():
    """packaging/clean-root-readme.sh runs the README's launch command and apt line: the README
    must give them in the form it reads (one line each)."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    launch = re.findall(r"^python3 -m venv \.venv && .*$", readme, re.M)
    assert launch == ["python3 -m venv .venv && .venv/bin/pip install -e . && "
                      ".venv/bin/bulletin-editor issue_templates/bulletin-2023-09-25.yaml"]
    packages = re.findall(r"`sudo apt-get install ([^`]*)`", readme)
    assert len(packages) == 1 and {"libglib2.0-0", "libxcb-cursor0", "fonts-noto-cjk"} <= set(
        packages[0].split())
