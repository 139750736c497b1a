"""Package layout glue: the top-level ``api/``, ``rules/`` and ``models/`` folders ship
inside the ``riskcheck`` namespace (``riskcheck.api``, ``riskcheck.packs``,
``riskcheck.models``) so no bare ``api`` package leaks into site-packages, while the
repository keeps the layout editors and reviewers expect. Everything else is in
pyproject.toml."""

from setuptools import find_namespace_packages
from setuptools import find_packages
from setuptools import setup

MOUNTED = {"riskcheck.api": "api", "riskcheck.packs": "rules", "riskcheck.models": "models"}

packages = find_packages(include=["riskcheck", "riskcheck.*"])
package_dir = {"riskcheck": "riskcheck"}
for name, folder in MOUNTED.items():
    packages.append(name)
    package_dir[name] = folder
    # Data-only subfolders (models/toxicity, models/topics) are listed too, so their files ship
    # as package data without setuptools' "would be ignored" warning.
    packages += [f"{name}.{sub}" for sub in find_namespace_packages(folder, exclude=["__pycache__*"])]

setup(packages=packages, package_dir=package_dir)
