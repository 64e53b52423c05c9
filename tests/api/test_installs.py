"""Reproducible installs: constraints.txt is current, the floors are above known advisories,
and every dependency is used."""

from __future__ import annotations

import ast
import importlib.metadata as metadata
import tomllib

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

from tests.shared import ROOT

PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
DEPENDENCIES = [Requirement(line) for line in PROJECT["dependencies"]]
TEST_EXTRAS = [Requirement(line) for line in PROJECT["optional-dependencies"]["test"]]


def pins() -> dict[str, Version]:
    found = {}
    for line in (ROOT / "constraints.txt").read_text().splitlines():
        if line.strip() and not line.startswith("#"):
            name, _, version = line.partition("==")
            found[canonicalize_name(name)] = Version(version.strip())
    return found


def needed(requirements, extras=()) -> set[str]:
    """Every distribution these requirements pull in, as installed here, transitively."""
    seen: set[str] = set()
    todo = list(requirements)
    while todo:
        requirement = todo.pop()
        if requirement.marker and not any(requirement.marker.evaluate({"extra": extra})
                                          for extra in (*extras, "")):
            continue
        name = canonicalize_name(requirement.name)
        if name in seen:
            continue
        seen.add(name)
        wanted = requirement.extras
        for line in metadata.requires(requirement.name) or []:
            sub = Requirement(line)
            if not sub.marker or sub.marker.evaluate({"extra": ""}) or any(
                    sub.marker.evaluate({"extra": extra}) for extra in wanted):
                todo.append(sub)
    return seen


def test_constraints_pin_every_dependency_of_the_service_and_its_tests():
    pinned = pins()
    missing = needed(DEPENDENCIES + TEST_EXTRAS) - set(pinned)
    assert not missing, f"not in constraints.txt: {sorted(missing)}; run scripts/lock"


@pytest.mark.parametrize("requirement", DEPENDENCIES + TEST_EXTRAS, ids=str)
def test_each_pin_satisfies_pyproject(requirement):
    pinned = pins()[canonicalize_name(requirement.name)]
    assert requirement.specifier.contains(pinned, prereleases=True), \
        f"constraints.txt pins {requirement.name}=={pinned}, outside {requirement}: scripts/lock"


def test_this_environment_was_installed_from_the_constraints():
    pinned = pins()
    for name in needed(DEPENDENCIES + TEST_EXTRAS):
        assert Version(metadata.version(name)) == pinned[name], name


@pytest.mark.parametrize("name, last_vulnerable, fixed, advisories", [
    # CVE-2024-6839, CVE-2024-6844, CVE-2024-6866: CORS rules matched on the wrong path;
    # every 5.x is affected, 6.0.0 fixed them.
    ("flask-cors", "5.0.1", "6.0.0", "GHSA-7rxf-gvfg-47g4, GHSA-8vgw-p6qm-5gr7, "
     "GHSA-43qf-4rqw-9q2g"),
    # Request smuggling: CVE-2024-1135 (fixed in 22.0.0), CVE-2024-6827 (fixed in 23.0.0).
    ("gunicorn", "22.0.0", "23.0.0", "GHSA-w3h3-4rj7-4ph4, GHSA-hc5x-x2vx-497g"),
])
def test_no_version_with_a_published_advisory_is_allowed(name, last_vulnerable, fixed,
                                                         advisories):
    requirement = next(r for r in DEPENDENCIES if canonicalize_name(r.name) == name)
    assert not requirement.specifier.contains(Version(last_vulnerable)), (requirement, advisories)
    assert requirement.specifier.contains(Version(fixed))


# Run, not imported: gunicorn serves the app (gunicorn.conf.py, scripts/serve, Dockerfile).
RUN_NOT_IMPORTED = {"gunicorn"}


def imported_modules() -> set[str]:
    names = set()
    for path in [*ROOT.joinpath("api").rglob("*.py"), ROOT / "gunicorn.conf.py"]:
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Import):
                names.update(alias.name.split(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                names.add(node.module.split(".")[0])
            elif isinstance(node, ast.Constant) and isinstance(node.value, str) and \
                    node.value.startswith("pythonjsonlogger."):
                names.add("pythonjsonlogger")  # named in gunicorn.conf.py's logging config
    return names


def test_every_dependency_is_imported_by_the_service():
    providers = metadata.packages_distributions()
    used = {canonicalize_name(dist) for module in imported_modules()
            for dist in providers.get(module, [])}
    unused = {canonicalize_name(r.name) for r in DEPENDENCIES} - used - RUN_NOT_IMPORTED
    assert not unused, f"declared in pyproject.toml but imported by no module: {sorted(unused)}"
