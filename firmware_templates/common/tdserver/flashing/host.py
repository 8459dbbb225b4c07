"""The host template's "board": this computer. "Flashing" starts the native runner
(build/tinydeploy_runner) under the project's device supervisor (device.start_device); the
runner writes the path of the pty it serves into run/serial_port."""

from .. import device


def argv_for(runner, port_file):
    return [str(runner), "--pty", str(port_file)]


def flash(job):
    runner = job.artifact("runner")
    port_file = job.work_dir / "run" / "serial_port"
    job.progress.stage("Starting the host runner", 10)
    port = device.start_device(job.work_dir, argv_for(runner, port_file), port_file=port_file)
    return {"firmware": runner, "verified": False, "serial_port": port}
