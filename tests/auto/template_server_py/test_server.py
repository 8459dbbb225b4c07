"""Unit tests of TinyDeploy's Project API server library (firmware_templates/common/tdserver):
the request validation and error table of spec 2.3-2.4, framing, Base85, option coercion, safe
extraction and model glue generation.

Run: python3 -m unittest discover -s tests/auto/template_server_py
"""

import base64
import io
import json
import logging
import os
import pathlib
import subprocess
import sys
import tarfile
import tempfile
import unittest

SOURCE_DIR = pathlib.Path(__file__).resolve().parents[3]
COMMON = SOURCE_DIR / "firmware_templates" / "common"
sys.path.insert(0, str(COMMON))

from tdserver import errors, extract, glue as tdglue, mlf, options, server  # noqa: E402

logging.disable(logging.CRITICAL)  # the server logs every failure; the tests provoke many

REQUIRE_SHARED = os.environ.get("TINYDEPLOY_REQUIRE_SHARED") == "1"
SINE = pathlib.Path(
    os.environ.get("TINYDEPLOY_SHARED_DIR", SOURCE_DIR.parent / "shared")
) / "mlf-samples" / "linaro_sine_v5.tar"


class FakeHandler(server.ProjectAPIHandler):
    def __init__(self):
        self.calls = []
        self.raise_on = {}
        self.written = b""

    def _record(self, name, *args):
        self.calls.append((name, args))
        if name in self.raise_on:
            raise self.raise_on[name]

    def server_info_query(self, tvm_version):
        self._record("server_info_query", tvm_version)
        return server.ServerInfo(
            platform_name="fake",
            is_template=True,
            model_library_format_path="",
            project_options=[
                server.project_option("verbose", "bool", "Verbose.", default=False,
                                      optional=["build"])
            ],
        )

    def generate_project(self, model_library_format_path, standalone_crt_dir, project_dir, options):
        self._record("generate_project", model_library_format_path, standalone_crt_dir,
                     project_dir, options)

    def build(self, options):
        self._record("build", options)

    def flash(self, options):
        self._record("flash", options)
        return {"serial_port": "/dev/pts/9"}

    def open_transport(self, options):
        self._record("open_transport", options)
        return server.TransportTimeouts(1.0, 2.0, 3.0)

    def close_transport(self):
        self._record("close_transport")

    def read_transport(self, n, timeout_sec):
        self._record("read_transport", n, timeout_sec)
        return bytes([0xFF, 0xFD])[:n]

    def write_transport(self, data, timeout_sec):
        self._record("write_transport", data, timeout_sec)
        self.written += data


def serve(lines, handler=None):
    """Feeds request lines to a server; returns (replies, keeps_running per request)."""
    handler = handler or FakeHandler()
    reader = io.StringIO("".join(lines), newline=None)
    writer = io.StringIO()
    srv = server.ProjectAPIServer(reader, writer, handler)
    results = []
    for _ in lines:
        results.append(srv.serve_one_request())
        if not results[-1]:
            break
    replies = [json.loads(line) for line in writer.getvalue().splitlines()]
    return replies, results, handler


def request(method, params, request_id=1, **extra):
    message = {"jsonrpc": "2.0", "method": method, "params": params, "id": request_id}
    message.update(extra)
    return json.dumps(message) + "\n"


class RequestValidation(unittest.TestCase):
    def check_fatal(self, line, message_start):
        replies, results, _ = serve([line])
        self.assertEqual(results, [False])
        self.assertEqual(len(replies), 1)
        self.assertEqual(replies[0]["id"], None)
        self.assertEqual(replies[0]["error"]["code"], -32600)
        self.assertTrue(replies[0]["error"]["message"].startswith(message_start),
                        replies[0]["error"]["message"])
        self.assertIn("data", replies[0]["error"])

    def test_eof_exits_without_reply(self):
        replies, results, _ = serve([""])
        self.assertEqual((replies, results), ([], [False]))

    def test_invalid_json_exits_without_reply(self):
        replies, results, _ = serve(['{"jsonrpc": "2.0", \n'])
        self.assertEqual((replies, results), ([], [False]))

    def test_not_an_object(self):
        self.check_fatal("[1, 2]\n", "request: want dict; got [1, 2]")

    def test_wrong_jsonrpc(self):
        self.check_fatal(request("build", {"options": {}}, jsonrpc="1.0"),
                         'request["jsonrpc"]: want "2.0"; got')

    def test_method_not_a_string(self):
        self.check_fatal('{"jsonrpc": "2.0", "method": 5, "params": {}, "id": 1}\n',
                         'request["method"]')

    def test_method_bad_characters(self):
        self.check_fatal(request("build-it", {}), 'request["method"]')

    def test_params_missing_or_list(self):
        self.check_fatal('{"jsonrpc": "2.0", "method": "build", "id": 1}\n',
                         'request["params"]: want dict; got <class \'NoneType\'>')
        self.check_fatal(request("build", [1]), 'request["params"]: want dict; got <class \'list\'>')

    def test_id_of_wrong_type(self):
        self.check_fatal(request("build", {"options": {}}, request_id=1.5), 'request["id"]')

    def test_unknown_method_keeps_running(self):
        replies, results, _ = serve([request("frobnicate", {}, 7), request("close_transport", {}, 8)])
        self.assertEqual(results, [True, True])
        self.assertEqual(replies[0]["id"], 7)
        self.assertEqual(replies[0]["error"]["code"], -32601)
        self.assertEqual(replies[0]["error"]["message"], "frobnicate: no such method")
        self.assertEqual(replies[1], {"jsonrpc": "2.0", "id": 8, "result": None})

    def test_missing_parameter(self):
        replies, results, _ = serve([request("read_transport", {"n": 2}, 3)])
        self.assertEqual(results, [True])
        self.assertEqual(replies[0]["error"]["code"], -32602)
        self.assertEqual(replies[0]["error"]["message"],
                         "method read_transport: parameter timeout_sec not given")
        self.assertEqual(replies[0]["id"], 3)

    def test_extra_parameters(self):
        replies, _, _ = serve([request("close_transport", {"b": 1, "a": 2})])
        self.assertEqual(replies[0]["error"]["code"], -32602)
        self.assertEqual(replies[0]["error"]["message"], "close_transport: extra parameters: a, b")

    def test_wrong_parameter_type_only_checked_for_build_flash(self):
        replies, results, _ = serve([request("build", {"options": [1]})])
        self.assertEqual(results, [True])
        self.assertEqual(replies[0]["error"]["message"],
                         "method build: parameter options: want <class 'dict'>, got <class 'list'>")
        # server_info_query has a pre-processor: its types are not checked.
        replies, _, handler = serve([request("server_info_query", {"tvm_version": 1})])
        self.assertIn("result", replies[0])
        self.assertEqual(handler.calls[0], ("server_info_query", (1,)))

    def test_string_id_is_echoed(self):
        replies, _, _ = serve([request("close_transport", {}, "abc")])
        self.assertEqual(replies[0], {"jsonrpc": "2.0", "id": "abc", "result": None})

    def test_request_without_id_runs_then_fails(self):
        line = '{"jsonrpc": "2.0", "method": "build", "params": {"options": {}}}\n'
        replies, results, handler = serve([line])
        self.assertEqual(results, [True])
        self.assertEqual(handler.calls, [("build", ({},))])
        self.assertEqual(replies[0]["id"], None)
        self.assertEqual(replies[0]["error"]["code"], -32000)
        self.assertEqual(replies[0]["error"]["message"], "calling method build")

    def test_universal_newlines(self):
        lines = [request("close_transport", {}, 1).replace("\n", "\r\n"),
                 request("close_transport", {}, 2)]
        replies, results, _ = serve(lines)
        self.assertEqual([r["id"] for r in replies], [1, 2])


class HandlerErrors(unittest.TestCase):
    def test_arbitrary_exception(self):
        handler = FakeHandler()
        handler.raise_on["flash"] = FileExistsError(17, "File exists")
        replies, results, _ = serve([request("flash", {"options": {}}, 4)], handler)
        self.assertEqual(results, [True])
        error = replies[0]["error"]
        self.assertEqual((replies[0]["id"], error["code"], error["message"]),
                         (4, -32000, "calling method flash"))
        traceback = error["data"]["traceback"]
        self.assertIn("  # <--- Outermost server-side stack frame", traceback)
        self.assertTrue(traceback.rstrip().endswith("FileExistsError: [Errno 17] File exists"))

    def test_server_error_message_and_details(self):
        handler = FakeHandler()
        handler.raise_on["build"] = server.ServerError(
            "Compilation failed: see the log.", "cc: error: foo.c: No such file")
        replies, _, _ = serve([request("build", {"options": {}})], handler)
        error = replies[0]["error"]
        self.assertEqual(error["message"], "Compilation failed: see the log.")
        self.assertTrue(error["data"]["traceback"].rstrip().endswith("No such file"))

    def test_named_subclasses(self):
        for cls in (server.TransportClosedError, server.IoTimeoutError,
                    server.UnsupportedTVMVersionError):
            handler = FakeHandler()
            handler.raise_on["read_transport"] = cls("details for the log")
            replies, results, _ = serve(
                [request("read_transport", {"n": 1, "timeout_sec": None})], handler)
            self.assertEqual(results, [True])
            self.assertEqual(replies[0]["error"]["code"], -32000)
            self.assertEqual(replies[0]["error"]["message"], cls.__name__)
            self.assertIn("details for the log", replies[0]["error"]["data"]["traceback"])


class Methods(unittest.TestCase):
    def test_server_info_shape(self):
        replies, _, _ = serve([request("server_info_query", {"tvm_version": "0.18.0"})])
        result = replies[0]["result"]
        self.assertEqual(list(result), ["platform_name", "is_template",
                                        "model_library_format_path", "project_options",
                                        "protocol_version"])
        self.assertEqual(result["protocol_version"], 1)
        self.assertEqual(list(result["project_options"][0]),
                         ["name", "choices", "default", "type", "required", "optional", "help"])

    def test_transport_base85(self):
        replies, _, handler = serve([
            request("open_transport", {"options": {}}, 1),
            request("read_transport", {"n": 8, "timeout_sec": 0.5}, 2),
            request("write_transport", {"data": "|NQ", "timeout_sec": None}, 3),
        ])
        self.assertEqual(replies[0]["result"], {"timeouts": {
            "session_start_retry_timeout_sec": 1.0, "session_start_timeout_sec": 2.0,
            "session_established_timeout_sec": 3.0}})
        self.assertEqual(replies[1]["result"], {"data": "|NQ"})
        self.assertEqual(replies[2]["result"], None)
        self.assertEqual(handler.written, b"\xff\xfd")

    def test_flash_result_passes_through(self):
        replies, _, _ = serve([request("flash", {"options": {}})])
        self.assertEqual(replies[0]["result"], {"serial_port": "/dev/pts/9"})

    def test_generate_project_gets_paths(self):
        _, _, handler = serve([request("generate_project", {
            "model_library_format_path": "/m.tar", "standalone_crt_dir": "/crt",
            "project_dir": "/p", "options": {}})])
        self.assertEqual(handler.calls[0][1][:3],
                         (pathlib.Path("/m.tar"), pathlib.Path("/crt"), pathlib.Path("/p")))

    def test_reply_uses_python_default_separators(self):
        reader = io.StringIO(request("close_transport", {}, 1))
        writer = io.StringIO()
        server.ProjectAPIServer(reader, writer, FakeHandler()).serve_one_request()
        self.assertEqual(writer.getvalue(), '{"jsonrpc": "2.0", "id": 1, "result": null}\n')

    def test_base85_vectors(self):
        vectors = {b"\xff\xfd": "|NQ", b"\x13\xcd": "6U_", b"": "", b"\x00": "00",
                   b"foo\x1b": "W^ZpB", bytes(range(8)): "009C61O)~M"}
        for raw, text in vectors.items():
            self.assertEqual(base64.b85encode(raw).decode(), text)


class Process(unittest.TestCase):
    """The real launch convention: pipes passed by fd number, cwd = the template."""

    def launch(self, *extra):
        script = SOURCE_DIR / "firmware_templates" / "host" / "microtvm_api_server.py"
        server_read, client_write = os.pipe()
        client_read, server_write = os.pipe()
        process = subprocess.Popen(
            [sys.executable, str(script), "--read-fd", str(server_read),
             "--write-fd", str(server_write), *extra],
            pass_fds=(server_read, server_write), cwd=str(script.parent),
            stderr=subprocess.PIPE)
        os.close(server_read)
        os.close(server_write)
        return process, os.fdopen(client_write, "wb", buffering=0), os.fdopen(client_read, "rb")

    def test_unknown_argument_exits_2(self):
        process, writer, reader = self.launch("--bogus")
        self.assertEqual(process.wait(timeout=30), 2)
        writer.close()
        reader.close()
        process.stderr.close()

    def test_info_then_invalid_json_exits_0(self):
        process, writer, reader = self.launch()
        writer.write(request("server_info_query", {"tvm_version": "0.18.0"}).encode())
        info = json.loads(reader.readline())["result"]
        self.assertEqual(info["platform_name"], "host")
        self.assertTrue(info["is_template"])
        self.assertEqual(info["model_library_format_path"], "")
        self.assertIn("environment", info)
        self.assertEqual(set(info["environment"]), {"ok", "problems"})
        writer.write(b"not json\n")
        self.assertEqual(reader.read(), b"")  # no reply, the server exits
        self.assertEqual(process.wait(timeout=30), 0)
        writer.close()
        reader.close()
        process.stderr.close()

    def test_eof_exits_0(self):
        process, writer, reader = self.launch()
        writer.close()
        self.assertEqual(process.wait(timeout=30), 0)
        reader.close()
        process.stderr.close()


class Options(unittest.TestCase):
    def test_bool(self):
        for value, expected in ((True, True), ("true", True), ("1", True), ("false", False),
                                ("0", False), (None, False), (0, False)):
            self.assertEqual(options.get_bool({"x": value}, "x"), expected, value)
        with self.assertRaises(server.ServerError):
            options.get_bool({"x": "maybe"}, "x")

    def test_int(self):
        self.assertEqual(options.get_int({"x": "1024"}, "x"), 1024)
        self.assertEqual(options.get_int({"x": 2048}, "x"), 2048)
        self.assertEqual(options.get_int({"x": "256K"}, "x"), 256 * 1024)
        self.assertEqual(options.get_int({"x": None}, "x", 7), 7)
        with self.assertRaises(server.ServerError):
            options.get_int({"x": "lots"}, "x")

    def test_str_choices_and_list(self):
        self.assertEqual(options.get_str({"o": "Os"}, "o", None, ["O2", "Os"]), "Os")
        with self.assertRaises(server.ServerError):
            options.get_str({"o": "O9"}, "o", None, ["O2", "Os"])
        self.assertEqual(options.get_list({"d": ["-DA=1", "B"]}, "d"), ["-DA=1", "B"])
        self.assertEqual(options.get_list({"d": "-DA=1;-DB"}, "d"), ["-DA=1", "-DB"])
        self.assertEqual(options.get_list({"d": None}, "d"), [])


def make_tar(path, members):
    """members: list of (TarInfo, bytes or None)."""
    with tarfile.open(path, "w") as archive:
        for info, data in members:
            if data is not None:
                info.size = len(data)
                archive.addfile(info, io.BytesIO(data))
            else:
                archive.addfile(info)


class SafeExtract(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.dir = pathlib.Path(self.tmp.name)

    def tearDown(self):
        self.tmp.cleanup()

    def extract(self, members):
        make_tar(self.dir / "a.tar", members)
        extract.safe_extract(self.dir / "a.tar", self.dir / "out")

    def assert_refused(self, members, words):
        with self.assertRaises(server.ServerError) as caught:
            self.extract(members)
        self.assertIn(words, str(caught.exception))
        self.assertFalse((self.dir / "out").exists())
        self.assertEqual([p.name for p in self.dir.iterdir()], ["a.tar"])

    def test_normal(self):
        self.extract([(tarfile.TarInfo("./metadata.json"), b"{}"),
                      (tarfile.TarInfo("codegen/host/src/a.c"), b"int x;")])
        self.assertEqual((self.dir / "out" / "codegen/host/src/a.c").read_bytes(), b"int x;")

    def test_absolute(self):
        self.assert_refused([(tarfile.TarInfo("/etc/evil"), b"x")], "absolute")

    def test_dotdot(self):
        self.assert_refused([(tarfile.TarInfo("a/../../evil"), b"x")], "outside")

    def test_symlink_leaving(self):
        link = tarfile.TarInfo("link")
        link.type = tarfile.SYMTYPE
        link.linkname = "../../etc"
        self.assert_refused([(link, None)], "outside")

    def test_write_through_link(self):
        link = tarfile.TarInfo("d")
        link.type = tarfile.SYMTYPE
        link.linkname = "."
        self.extract([(link, None), (tarfile.TarInfo("d/f"), b"ok")])
        self.assertEqual((self.dir / "out" / "f").read_bytes(), b"ok")

    def test_device(self):
        node = tarfile.TarInfo("dev")
        node.type = tarfile.CHRTYPE
        self.assert_refused([(node, None)], "device")

    def test_not_a_tar(self):
        (self.dir / "a.tar").write_bytes(b"garbage" * 100)
        with self.assertRaises(server.ServerError):
            extract.safe_extract(self.dir / "a.tar", self.dir / "out")

    def test_data_filter_is_a_second_fence(self):
        # Where tarfile has PEP 706 filters, a member our own checks accept still goes through
        # filter="data": one it refuses stops the extraction.
        if not hasattr(tarfile, "data_filter"):
            self.skipTest("this Python's tarfile has no data_filter")
        seen = []

        def refuse_b(member, dest_path):
            seen.append(member.name)
            if member.name == "b":
                raise tarfile.FilterError("refused by the test")
            return tarfile.data_filter(member, dest_path)

        saved = extract._DATA_FILTER
        extract._DATA_FILTER = refuse_b
        try:
            self.assert_refused([(tarfile.TarInfo("a"), b"1"), (tarfile.TarInfo("b"), b"2")],
                                "refused")
        finally:
            extract._DATA_FILTER = saved
        self.assertEqual(seen, ["a", "b"])

    def test_data_filter_is_the_real_one(self):
        if hasattr(tarfile, "data_filter"):
            self.assertIs(extract._DATA_FILTER, tarfile.data_filter)
        else:
            self.assertIsNone(extract._DATA_FILTER)


class ErrorFamily(unittest.TestCase):
    def test_server_re_exports_the_errors(self):
        # Existing imports (from tdserver.server import ServerError) keep working.
        for name in ("ServerError", "TransportClosedError", "IoTimeoutError",
                     "UnsupportedTVMVersionError"):
            self.assertIs(getattr(server, name), getattr(errors, name))
        self.assertTrue(issubclass(errors.IoTimeoutError, errors.ServerError))

    def test_library_modules_do_not_need_the_rpc_module(self):
        for module in (extract, tdglue, mlf):
            self.assertIs(module.ServerError, errors.ServerError)


class ModelGlue(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.dir = pathlib.Path(self.tmp.name)

    def tearDown(self):
        self.tmp.cleanup()

    def test_relay_signature(self):
        params, returns, names = mlf.parse_relay_main(
            'def @main(%x: Tensor[(1, 8, 8, 1), float32] /* ty=Tensor[(1, 8, 8, 1), float32] */, '
            '%v_param_1: Tensor[(4), int8], output_tensor_names=["out:0"]) '
            '-> Tensor[(1, 10), int8] {\n  %0\n}')
        self.assertEqual(params, [("x", [1, 8, 8, 1], "float32"), ("v_param_1", [4], "int8")])
        self.assertEqual(returns, [([1, 10], "int8")])
        self.assertEqual(names, ["out:0"])

    # With TINYDEPLOY_REQUIRE_SHARED=1 (test.sh) a missing shared folder fails instead.
    @unittest.skipUnless(SINE.is_file() or REQUIRE_SHARED, f"{SINE} is missing")
    def test_sine_sample(self):
        extract.safe_extract(SINE, self.dir / "model")
        info = mlf.read_model(self.dir / "model")
        self.assertEqual(info.entry_point, "tvmgen_default_run")
        self.assertEqual([(t.name, t.dtype, t.nbytes, t.shape) for t in info.inputs],
                         [("dense_4_input", "float32", 4, [1, 1])])
        self.assertEqual([(t.name, t.dtype, t.nbytes) for t in info.outputs],
                         [("Identity", "float32", 4)])
        self.assertEqual(info.workspace_bytes, 1184)
        tdglue.generate_glue(info, self.dir / "glue.c")
        glue = (self.dir / "glue.c").read_text()
        self.assertIn(".dense_4_input = td_input_0", glue)
        self.assertIn(".Identity = td_output_0", glue)
        self.assertIn("return tvmgen_default_run(&inputs, &outputs);", glue)

    def write_model(self, lib0, header=None, metadata=None):
        model = self.dir / "model"
        (model / "codegen/host/src").mkdir(parents=True)
        (model / "codegen/host/src/default_lib0.c").write_text(lib0)
        if header:
            (model / "codegen/host/include").mkdir(parents=True)
            (model / "codegen/host/include/tvmgen_default.h").write_text(header)
        (model / "metadata.json").write_text(json.dumps(metadata or {
            "version": 7, "modules": {"default": {
                "executors": ["aot"], "style": "full-model",
                "memory": {"functions": {"main": [{
                    "device": 1, "workspace_size_bytes": 100, "io_size_bytes": 8,
                    "inputs": {"in:0": {"dtype": "int8", "size": 4}},
                    "outputs": {"out": {"dtype": "int8", "size": 4}}}]}}}}}))
        return model

    def test_late_2021_run_model(self):
        model = self.write_model(
            "TVM_DLL int32_t tvmgen_default_run_model(void* arg0,void* arg1) {\n  return 0;\n}\n",
            header="struct tvmgen_default_inputs { void* in_0; };\n"
                   "struct tvmgen_default_outputs { void* out; };\n"
                   "int32_t tvmgen_default_run(struct tvmgen_default_inputs* inputs,"
                   " struct tvmgen_default_outputs* outputs);\n")
        info = mlf.read_model(model)
        self.assertEqual((info.entry_point, info.entry_kind), ("tvmgen_default_run_model",
                                                               "run_model"))
        self.assertEqual(info.inputs[0].name, "in:0")
        tdglue.generate_glue(info, self.dir / "glue.c")
        glue = (self.dir / "glue.c").read_text()
        self.assertIn("return tvmgen_default_run_model(td_input_0, td_output_0);", glue)
        self.assertNotIn("tvmgen_default.h", glue)

    def test_graph_executor_refused(self):
        model = self.write_model("int x;", metadata={
            "version": 7, "modules": {"default": {"executors": ["graph"], "memory": {}}}})
        with self.assertRaises(server.ServerError) as caught:
            mlf.read_model(model)
        self.assertIn("graph executor", str(caught.exception))

    def test_no_entry_point(self):
        model = self.write_model("int x;")
        with self.assertRaises(server.ServerError) as caught:
            mlf.read_model(model)
        self.assertIn("tvmgen_default_run", str(caught.exception))


if __name__ == "__main__":
    unittest.main()
