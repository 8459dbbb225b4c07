#!/usr/bin/env python3
"""TinyDeploy template `host`: runs the model as a native process on this computer.

The device is build/tinydeploy_runner, which serves TinyDeploy's device protocol on a pty
(its "serial port"); with project_type=host_driven it is TVM's CRT RPC server (microTVM RPC) on
that pty instead. Project API server: python3 microtvm_api_server.py --read-fd N --write-fd M
"""

import pathlib
import shutil
import sys

_HERE = pathlib.Path(__file__).resolve().parent
# In a generated project the library sits beside this file; in the template, in ../common.
sys.path.insert(0, str(_HERE if (_HERE / "tdserver").is_dir() else _HERE.parent / "common"))

from tdserver import device, main  # noqa: E402
from tdserver.flashing import host as host_flasher, recipe as flash_recipe  # noqa: E402
from tdserver.template import COMMON_DIR, TemplateHandler  # noqa: E402


class HostHandler(TemplateHandler):
    platform_name = "host"
    default_optimization = "O2"
    compiler = "cc"
    compiler_package = "gcc"
    supports_host_driven = True

    def environment_problems(self, for_flash=False):
        problems = []
        if shutil.which("cc") is None and shutil.which("gcc") is None:
            problems.append("cc not found: install gcc")
        if shutil.which("make") is None:
            problems.append("make not found: install make")
        return problems

    def copy_platform_files(self, project_dir, settings):
        platform = project_dir / "runtime" / "platform"
        platform.mkdir()
        for source in (COMMON_DIR / "runtime" / "platform").glob("*posix*"):
            shutil.copy2(source, platform)

    def copy_host_driven_files(self, project_dir, settings):
        platform = project_dir / "runtime" / "platform"
        platform.mkdir()
        for source in (COMMON_DIR / "runtime" / "platform").glob("td_platform_posix.*"):
            shutil.copy2(source, platform)
        shutil.copy2(_HERE / "hostdriven" / "td_hostdriven_posix.c", project_dir / "hostdriven")

    def host_driven_problems(self):
        if shutil.which("c++") is None and shutil.which("g++") is None:
            return ["g++ not found: install g++"]
        return []

    def make_variables(self, settings):
        return {
            "CC": "cc" if shutil.which("cc") else "gcc",
            "CXX": "c++" if shutil.which("c++") else "g++",
        }

    def flash_recipe(self, settings):
        return flash_recipe.make(
            self.platform_name,
            "host",
            {"emulated": True, "flash": {"methods": ["host"]}},
            {"runner": self.server_dir / "build" / "tinydeploy_runner"},
            self.server_dir,
            self.project_type(),
        )

    def start_device(self, settings):
        runner = self.server_dir / "build" / "tinydeploy_runner"
        if not runner.is_file():
            raise device.ServerError("The project is not built yet: run build first.")
        port_file = self.server_dir / "run" / "serial_port"
        return device.start_device(
            self.server_dir, host_flasher.argv_for(runner, port_file), port_file=port_file
        )


if __name__ == "__main__":
    main(HostHandler(_HERE))
