"""Flash recipes: what flashing a built project needs, without its server, its template or a
compiler (TinyDeploy's deployment packages carry one; see docs/package-format.md).

A template of ours writes build/flash_recipe.json after every successful build:

    {"recipe_format": 1, "platform": "qemu-cortex-m", "board_name": "mps2-an385",
     "board": {...the board's boards.json entry: "emulated", "usb", "flash", "qemu"...},
     "flasher": "auto", "project_type": "standalone",
     "artifacts": {"elf": "build/firmware.elf"}}

Artifact paths are relative to the project folder (or to the unpacked package, which keeps the
same layout). `python3 -m tdserver.flashing --recipe FILE` (__main__.py) flashes it.
"""

import json
import os
import pathlib

from ..errors import ServerError

RECIPE_FORMAT = 1
RECIPE_FILE = "build/flash_recipe.json"
ARTIFACT_KINDS = ("elf", "bin", "hex", "uf2", "runner")


def make(platform, board_name, board, artifacts, project_dir, project_type="standalone"):
    """The recipe of a build: @p artifacts ({kind: Path}) are made relative to @p project_dir;
    the ones that were not built are left out."""
    project_dir = pathlib.Path(project_dir).resolve()
    relative = {}
    for kind, path in artifacts.items():
        path = pathlib.Path(path)
        if path.is_file():
            relative[kind] = path.resolve().relative_to(project_dir).as_posix()
    return {
        "recipe_format": RECIPE_FORMAT,
        "platform": platform,
        "board_name": board_name,
        "board": board,
        "flasher": "auto",
        "project_type": project_type,
        "artifacts": relative,
    }


def write(project_dir, recipe):
    path = pathlib.Path(project_dir) / RECIPE_FILE
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(path.name + f".tmp{os.getpid()}")
    temporary.write_text(json.dumps(recipe, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    os.replace(temporary, path)
    return path


def _bad(path, what):
    return ServerError(
        f"The flash recipe {path} is not usable: {what}. Make the package (or build the "
        "project) again with this version of TinyDeploy."
    )


def check(recipe, path="flash_recipe.json"):
    """Validates a loaded recipe; returns it. Raises ServerError naming what is wrong."""
    if not isinstance(recipe, dict):
        raise _bad(path, "it is not a JSON object")
    version = recipe.get("recipe_format")
    if version != RECIPE_FORMAT:
        raise _bad(path, f"recipe_format is {version!r}, this TinyDeploy reads {RECIPE_FORMAT}")
    for key in ("platform", "board_name", "flasher"):
        if not isinstance(recipe.get(key), str) or not recipe[key]:
            raise _bad(path, f"{key} must be a non-empty string")
    if not isinstance(recipe.get("board"), dict):
        raise _bad(path, "board must be an object")
    artifacts = recipe.get("artifacts")
    if not isinstance(artifacts, dict) or not artifacts:
        raise _bad(path, "artifacts must name at least one file")
    for kind, name in artifacts.items():
        if kind not in ARTIFACT_KINDS:
            raise _bad(path, f"artifact kind {kind!r} is unknown")
        parts = pathlib.PurePosixPath(name).parts if isinstance(name, str) else ()
        if not parts or name.startswith("/") or ".." in parts:
            raise _bad(path, f"artifact {kind} must be a relative path inside the package")
    return recipe


def load(path):
    path = pathlib.Path(path)
    try:
        recipe = json.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise ServerError(f"The flash recipe {path} cannot be read: {error.strerror}.") from error
    except ValueError as error:
        raise _bad(path, f"it is not valid JSON ({error})") from error
    return check(recipe, path)
