"""Integration tests of our templates' failure paths and device lifetime, through the real
launch convention (tests/integration/minimal_tvm_client.py): a project folder that exists, a
rebuild, a model that does not fit the board's RAM, a missing compiler, a device that stops
when its project is removed or nothing uses its serial port, a device that ends with the
transport session of the server that started it (close_transport, the server exiting or being
killed) but is kept when another server only borrows it, and a build stopped when its client
goes away.

Run: python3 -m unittest discover -s tests/integration -p 'test_template_projects.py'
"""

import json
import os
import pathlib
import shutil
import signal
import sys
import tempfile
import time
import unittest

HERE = pathlib.Path(__file__).resolve().parent
SOURCE_DIR = HERE.parents[1]
sys.path.insert(0, str(HERE))

import minimal_tvm_client as client_lib  # noqa: E402

TEMPLATES = SOURCE_DIR / "firmware_templates"
SINE = pathlib.Path(
    os.environ.get("TINYDEPLOY_SHARED_DIR", SOURCE_DIR.parent / "shared")
) / "mlf-samples" / "linaro_sine_v5.tar"
HAVE_ARM = shutil.which("arm-none-eabi-gcc") is not None


@unittest.skipUnless(SINE.is_file(), f"the sample {SINE} is missing")
class TemplateProjects(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory(prefix="td-templates-")
        self.work = pathlib.Path(self.tmp.name)
        self.clients = []

    def tearDown(self):
        for client in self.clients:
            try:
                client.shutdown()
            except Exception:
                pass
        for project in self.work.glob("*"):
            if (project / "tdserver").is_dir():
                sys.path.insert(0, str(project))
        from tdserver import device  # the library of the source tree

        for project in self.work.glob("*"):
            device.stop_device(project)
        self.tmp.cleanup()

    def client(self, directory, env=None):
        saved = dict(os.environ)
        if env:
            os.environ.update(env)
        try:
            client = client_lib.Client(directory)
        finally:
            os.environ.clear()
            os.environ.update(saved)
        self.clients.append(client)
        return client

    def generate(self, template, name, **user):
        client = self.client(TEMPLATES / template)
        info = client.call("server_info_query", tvm_version="0.18.0")
        options = client_lib.fill_options(info, user)
        project = self.work / name
        client.call("generate_project", model_library_format_path=str(SINE),
                    standalone_crt_dir=str(self.work), project_dir=str(project), options=options)
        return client, project, options

    def test_existing_project_dir_is_refused(self):
        client, project, options = self.generate("host", "p")
        with self.assertRaises(client_lib.ProjectAPIError) as caught:
            client.call("generate_project", model_library_format_path=str(SINE),
                        standalone_crt_dir=str(self.work), project_dir=str(project),
                        options=options)
        self.assertIn("-32000: The project folder", str(caught.exception))
        self.assertIn("already exists", str(caught.exception))

    def test_host_rebuild_and_device_lifetime(self):
        _, project, options = self.generate("host", "p")
        server = self.client(project, env={"TINYDEPLOY_DEVICE_IDLE_SEC": "2"})
        built = server.call("build", options=options)
        server.call("build", options=options)  # no FileExistsError on rebuild
        self.assertTrue((project / "build" / "tinydeploy_runner").is_file())
        # The versions of what built it, for the deployment record.
        self.assertIn("make", built["tools"])
        self.assertTrue(built["tools"]["make"].startswith("GNU Make"), built["tools"])

        # Nobody opens the serial port: the device stops by itself after the idle time.
        port = server.call("flash", options=options)["serial_port"]
        state = json.loads((project / "run" / "device.json").read_text())
        self.assertEqual(client_lib.wait_gone([state["child_pid"]]), [], port)
        self.assertIn("nothing used the serial port",
                      (project / "run" / "device.log").read_text())

        # A second flash replaces the first device.
        server.call("flash", options=options)
        first = json.loads((project / "run" / "device.json").read_text())
        server.call("flash", options=options)
        second = json.loads((project / "run" / "device.json").read_text())
        self.assertNotEqual(first["child_pid"], second["child_pid"])
        self.assertEqual(client_lib.wait_gone([first["child_pid"]]), [])
        self.assertTrue(client_lib.alive(second["child_pid"]))

        # The server exiting leaves the device (it belongs to the project: this server opened no
        # transport on it, our own client reaches it over the serial port); removing the
        # project stops it.
        server.shutdown()
        self.assertTrue(client_lib.alive(second["child_pid"]))
        shutil.rmtree(project)
        # Both go, the device first and its supervisor after it: wait for each.
        self.assertEqual(
            client_lib.wait_gone([second["child_pid"], second["supervisor_pid"]]), [])

    def device_state(self, project):
        return json.loads((project / "run" / "device.json").read_text())

    @unittest.skipUnless(HAVE_ARM and shutil.which("qemu-system-arm"),
                         "arm-none-eabi-gcc or qemu-system-arm is not installed")
    def test_qemu_pty_is_held_open_by_its_supervisor(self):
        # QEMU hears a pty's client only once it notices the client, once a second while the
        # guest is idle; the supervisor holds the pty open from the start, so the first client
        # is heard at once. Holding it is not using it: the idle stop still comes.
        _, project, options = self.generate("qemu-cortex-m", "q")
        server = self.client(project, env={"TINYDEPLOY_DEVICE_IDLE_SEC": "2"})
        server.call("build", options=options)
        port = server.call("flash", options=options)["serial_port"]
        state = self.device_state(project)
        fd_dir = pathlib.Path(f"/proc/{state['supervisor_pid']}/fd")
        held = [fd for fd in fd_dir.iterdir() if os.path.realpath(fd) == os.path.realpath(port)]
        self.assertEqual(len(held), 1, port)
        self.assertEqual(client_lib.wait_gone([state["child_pid"], state["supervisor_pid"]]), [])
        self.assertIn("nothing used the serial port",
                      (project / "run" / "device.log").read_text())

    def test_transport_session_owns_the_device_it_started(self):
        # What TVM's client does: flash, open_transport, close_transport, exit.
        _, project, options = self.generate("host", "p")
        server = self.client(project)
        server.call("build", options=options)
        server.call("flash", options=options)
        flashed = self.device_state(project)
        server.call("open_transport", options=options)
        self.assertEqual(self.device_state(project)["session_owner"]["pid"], server.process.pid)
        server.call("close_transport")
        # close_transport answers once the device is stopped: no wait for the idle timeout.
        self.assertEqual(
            client_lib.wait_gone([flashed["child_pid"], flashed["supervisor_pid"]]), [])
        self.assertFalse((project / "run" / "device.json").exists())
        self.assertIn("device stopped: asked to stop", (project / "run" / "device.log").read_text())

        # The same server opens the transport again: a fresh device, which ends with the server
        # (no close_transport) too.
        server.call("open_transport", options=options)
        second = self.device_state(project)
        self.assertNotEqual(second["child_pid"], flashed["child_pid"])
        self.assertEqual(server.shutdown(), 0)
        self.assertEqual(
            client_lib.wait_gone([second["child_pid"], second["supervisor_pid"]]), [])

    def test_killed_server_ends_its_transport_session(self):
        # A server that dies without a word (SIGKILL): its supervisor sees the session's owner
        # gone and stops the device, long before the idle timeout (900 s here).
        _, project, options = self.generate("host", "p")
        server = self.client(project)
        server.call("build", options=options)
        server.call("open_transport", options=options)  # starts the device itself
        state = self.device_state(project)
        os.kill(server.process.pid, signal.SIGKILL)
        server.process.wait(timeout=30)
        self.assertEqual(client_lib.wait_gone([state["child_pid"], state["supervisor_pid"]]), [])
        self.assertIn("the server that held its transport session exited",
                      (project / "run" / "device.log").read_text())

    def test_borrowed_device_is_kept(self):
        # One server flashes and exits (TinyDeploy's flash step); another opens the transport on
        # that device and closes it: the device was not that server's, it runs on.
        _, project, options = self.generate("host", "p")
        flasher = self.client(project)
        flasher.call("build", options=options)
        flasher.call("flash", options=options)
        self.assertEqual(flasher.shutdown(), 0)
        state = self.device_state(project)
        borrower = self.client(project)
        borrower.call("open_transport", options=options)
        self.assertNotIn("session_owner", self.device_state(project))
        borrower.call("close_transport")
        self.assertEqual(borrower.shutdown(), 0)
        self.assertTrue(client_lib.alive(state["child_pid"]))
        self.assertEqual(self.device_state(project)["supervisor_pid"], state["supervisor_pid"])

    def test_build_stops_when_the_client_goes(self):
        # A client that exits in the middle of a build (its pipes close): the server stops make
        # and the compiler, which run in a process group of their own, and exits.
        _, project, options = self.generate("host", "p")
        bin_dir = self.work / "slowbin"
        bin_dir.mkdir()
        started = self.work / "compiler.pids"
        wrapper = bin_dir / "cc"
        wrapper.write_text(f'#!/bin/sh\necho $$ >> "{started}"\nsleep 600\n')
        wrapper.chmod(0o755)
        server = self.client(project, env={"PATH": f"{bin_dir}:{os.environ['PATH']}"})
        request = {"jsonrpc": "2.0", "method": "build", "params": {"options": options}, "id": 1}
        server.writer.write((json.dumps(request) + "\n").encode())
        deadline = time.monotonic() + 120
        while not (started.exists() and started.read_text().strip()):
            self.assertLess(time.monotonic(), deadline, "the build never reached the compiler")
            self.assertIsNone(server.process.poll(), "the server ended before the compiler ran")
            time.sleep(0.1)
        compilers = [int(pid) for pid in started.read_text().split()]
        self.assertTrue(all(client_lib.alive(pid) for pid in compilers))
        self.clients.remove(server)
        server.writer.close()
        server.reader.close()
        self.assertEqual(server.process.wait(timeout=60), 1)
        self.assertEqual(client_lib.wait_gone(compilers), [])

    def test_transport_errors(self):
        _, project, options = self.generate("host", "p")
        server = self.client(project)
        with self.assertRaises(client_lib.ProjectAPIError) as caught:
            server.call("read_transport", n=4, timeout_sec=0.1)
        self.assertIn("-32000: TransportClosedError", str(caught.exception))
        server.call("close_transport")  # nothing open: a no-op
        with self.assertRaises(client_lib.ProjectAPIError) as caught:
            server.call("flash", options=options)
        self.assertIn("not built yet", str(caught.exception))
        server.call("build", options=options)
        server.call("open_transport", options=options)  # starts the device when needed
        with self.assertRaises(client_lib.ProjectAPIError) as caught:
            server.call("read_transport", n=4, timeout_sec=0.2)
        self.assertIn("-32000: IoTimeoutError", str(caught.exception))
        server.call("close_transport")

    @unittest.skipUnless(HAVE_ARM, "arm-none-eabi-gcc is not installed")
    def test_model_too_big_for_ram(self):
        _, project, options = self.generate("qemu-cortex-m", "big",
                                            workspace_size_bytes=8 * 1024 * 1024)
        server = self.client(project)
        with self.assertRaises(client_lib.ProjectAPIError) as caught:
            server.call("build", options=options)
        message = str(caught.exception).splitlines()[0]
        self.assertRegex(message,
                         r"-32000: The model does not fit: RAM overflows by \d+ KiB on "
                         r"mps2-an385 \(4 MiB\): choose a board with more memory or a "
                         r"smaller model\.$")
        self.assertIn("overflowed by", str(caught.exception).splitlines()[-2] +
                      str(caught.exception))

    def test_missing_cross_compiler(self):
        _, project, options = self.generate("qemu-cortex-m", "nocc")
        # A PATH with python but without the ARM toolchain.
        bin_dir = self.work / "bin"
        bin_dir.mkdir()
        for tool in ("make",):
            if shutil.which(tool):
                os.symlink(shutil.which(tool), bin_dir / tool)
        server = self.client(project, env={"PATH": str(bin_dir)})
        info = server.call("server_info_query", tvm_version="0.18.0")
        self.assertEqual(info["environment"]["ok"], False)
        self.assertIn("arm-none-eabi-gcc not found: install gcc-arm-none-eabi",
                      info["environment"]["problems"])
        with self.assertRaises(client_lib.ProjectAPIError) as caught:
            server.call("build", options=options)
        self.assertIn("-32000: arm-none-eabi-gcc not found: install gcc-arm-none-eabi.",
                      str(caught.exception))


if __name__ == "__main__":
    unittest.main()


SAMPLES = SOURCE_DIR / "resources" / "samples"
TVM_CRT = pathlib.Path(
    os.environ.get("TINYDEPLOY_SHARED_DIR", SOURCE_DIR.parent / "shared")
) / "tvm-crt"


class HostDrivenGenerate(unittest.TestCase):
    """generate_project with project_type=host_driven: where the CRT comes from, and the
    archives that cannot be driven over microTVM RPC (no build: the end-to-end runs are the
    template_*_hostdriven_* tests)."""

    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory(prefix="td-hostdriven-")
        self.work = pathlib.Path(self.tmp.name)
        self.empty = self.work / "empty_crt"
        self.empty.mkdir()
        self.clients = []

    def tearDown(self):
        for client in self.clients:
            try:
                client.shutdown()
            except Exception:
                pass
        self.tmp.cleanup()

    def generate(self, template, archive, standalone=None, **user):
        client = client_lib.Client(TEMPLATES / template)
        self.clients.append(client)
        info = client.call("server_info_query", tvm_version="0.18.0")
        options = client_lib.fill_options(info, user)
        project = self.work / f"p{len(self.clients)}"
        client.call("generate_project", model_library_format_path=str(SAMPLES / archive),
                    standalone_crt_dir=str(standalone or self.empty), project_dir=str(project),
                    options=options)
        return project

    def assert_refused(self, texts, template, archive, **kwargs):
        with self.assertRaises(client_lib.ProjectAPIError) as caught:
            self.generate(template, archive, **kwargs)
        message = str(caught.exception).splitlines()[0]
        for text in texts:
            self.assertIn(text, message)
        self.assertEqual([p.name for p in self.work.glob("p*")], [], "half-made project left")
        return message

    def test_project_type_is_declared(self):
        for template in ("host", "qemu-cortex-m"):
            client = client_lib.Client(TEMPLATES / template)
            self.clients.append(client)
            info = client.call("server_info_query", tvm_version="0.18.0")
            options = {o["name"]: o for o in info["project_options"]}
            self.assertEqual(options["project_type"]["choices"], ["standalone", "host_driven"])
            self.assertEqual(options["project_type"]["default"], "standalone")
            self.assertEqual(options["project_type"]["optional"],
                             ["generate_project", "build", "flash", "open_transport"])
            self.assertEqual(options["crt_dir"]["optional"], ["generate_project"])

    def test_no_crt_anywhere(self):
        for template in ("host", "qemu-cortex-m"):
            message = self.assert_refused(
                ["standalone_crt_dir", "runtime/", "crt_dir", str(self.empty)],
                template, "digits_int8_graph.tar", project_type="host_driven")
            self.assertIn("pass TVM's standalone_crt folder", message)

    def test_crt_dir_option_not_a_crt(self):
        self.assert_refused(["crt_dir option (/nonexistent/crt)"], "host",
                            "digits_int8_graph.tar", project_type="host_driven",
                            crt_dir="/nonexistent/crt")

    def test_unpacked_aot_archive(self):
        for template in ("host", "qemu-cortex-m"):
            self.assert_refused(
                ["unpacked C interface", "cannot be driven over microTVM RPC",
                 "digits_int8_graph.tar", "project_type=standalone"],
                template, "digits_int8.tar", standalone=TVM_CRT, project_type="host_driven")

    def test_graph_archive_standalone(self):
        self.assert_refused(["graph executor", "project_type=host_driven"], "host",
                            "digits_int8_graph.tar")

    @unittest.skipUnless((TVM_CRT / "include").is_dir(), f"TVM's CRT {TVM_CRT} is missing")
    def test_crt_from_each_place(self):
        project = self.generate("host", "digits_int8_graph.tar", standalone=TVM_CRT,
                                project_type="host_driven")
        settings = json.loads((project / "project.json").read_text())
        self.assertEqual(settings["crt"]["found_in"], "standalone_crt_dir")
        self.assertEqual(settings["model"]["executor"], "graph")
        self.assertEqual(settings["model"]["inputs"][0]["name"], "serving_default_input_1:0")
        self.assertTrue((project / "crt" / "src" / "runtime" / "crt" / "microtvm_rpc_server"
                         / "rpc_server.cc").is_file())
        self.assertIn("TVM_CRT_MAX_PACKET_SIZE_BYTES 2048",
                      (project / "crt_config" / "crt_config.h").read_text())
        project = self.generate("qemu-cortex-m", "digits_int8_graph.tar",
                                project_type="host_driven", crt_dir=str(TVM_CRT))
        settings = json.loads((project / "project.json").read_text())
        self.assertEqual(settings["crt"]["found_in"], "crt_dir option")
        # A generated project reports its type as the option's default.
        client = client_lib.Client(project)
        self.clients.append(client)
        info = client.call("server_info_query", tvm_version="0.18.0")
        options = {o["name"]: o for o in info["project_options"]}
        self.assertEqual(options["project_type"]["default"], "host_driven")
