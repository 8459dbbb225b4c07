#!/usr/bin/env python3
"""faulty_device.py: a fault-injecting serial line between a pty and a real device (test code).

    faulty_device.py -- DEVICE_COMMAND [ARGS...]

Starts DEVICE_COMMAND (a device that speaks on stdin/stdout, e.g. fake_device --stdio or
crt_device --stdio), creates a pty for the client, prints "ready /dev/pts/N" on stdout and
relays bytes both ways until told otherwise. The pty is raw and its slave end stays open here,
so the client reads no end-of-file before it opens the port or between two opens.

Faults are armed one command line at a time on stdin; each is answered "armed KIND" on stdout.
DIR is "host" (bytes from the device to the client) or "device" (from the client to the
device); AT counts bytes in that direction from the moment the fault is armed:

    flip DIR AT [MASK]      xor the byte at AT with MASK (default 0x10)
    drop DIR AT COUNT       drop COUNT bytes from AT on
    garbage DIR AT HEX      insert the bytes HEX before the byte at AT
    stall DIR AT MS         hold everything from AT on for MS milliseconds, then deliver it
    reset DIR AT            forward up to AT, lose the rest of that chunk, kill the device and
                            start it again (a board reset mid-frame: it boots and, if its
                            protocol says so, says hello again)
    vanish DIR AT           forward up to AT, then close the pty and exit (the board is gone)

When a fault fires, "fired KIND DIR" is printed; a reset also prints "boot N". If the device
exits by itself, "device exited STATUS" is printed and the pty is closed (like a vanished
board). The relay ends at end of input on stdin, on SIGTERM, or after vanish.
Python standard library only.
"""

import os
import select
import signal
import subprocess
import sys
import termios
import time
import tty

# FAULTY_DEVICE_TRACE=FILE: every delivered chunk, in hex, for debugging a scenario.
TRACE = open(os.environ["FAULTY_DEVICE_TRACE"], "a") if os.environ.get("FAULTY_DEVICE_TRACE") else None


def say(text):
    sys.stdout.write(text + "\n")
    sys.stdout.flush()


def write_all(fd, data):
    view = memoryview(data)
    while view:
        try:
            n = os.write(fd, view)
        except BlockingIOError:
            select.select([], [fd], [], 1.0)
            continue
        view = view[n:]


class Fault:
    def __init__(self, kind, direction, at, arg):
        self.kind = kind
        self.direction = direction
        self.at = at
        self.arg = arg


class Relay:
    def __init__(self, command):
        self.command = command
        self.device = None
        self.boots = 0
        self.master, self.slave = os.openpty()
        tty.setraw(self.slave, termios.TCSANOW)
        self.path = os.ttyname(self.slave)
        self.count = {"host": 0, "device": 0}
        self.faults = []
        # Stalled direction -> (release time, held bytes).
        self.held = {}
        self.stdin_buffer = b""
        self.done = False

    def start_device(self):
        self.device = subprocess.Popen(
            self.command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, bufsize=0)
        os.set_blocking(self.device.stdout.fileno(), False)
        self.boots += 1

    def stop_device(self):
        if self.device is None:
            return
        if self.device.poll() is None:
            self.device.kill()
        self.device.wait()
        for stream in (self.device.stdin, self.device.stdout):
            try:
                stream.close()
            except OSError:
                pass
        self.device = None

    def vanish(self):
        self.stop_device()
        for fd in (self.master, self.slave):
            try:
                os.close(fd)
            except OSError:
                pass
        self.master = self.slave = -1
        self.done = True

    def command_line(self, line):
        words = line.split()
        if not words:
            return
        kind = words[0]
        try:
            direction = words[1]
            if direction not in self.count:
                raise ValueError(direction)
            at = self.count[direction] + int(words[2], 0)
            if kind == "flip":
                arg = int(words[3], 0) if len(words) > 3 else 0x10
            elif kind == "drop":
                arg = int(words[3], 0)
            elif kind == "garbage":
                arg = bytes.fromhex(words[3])
            elif kind == "stall":
                arg = int(words[3], 0) / 1000.0
            elif kind in ("reset", "vanish"):
                arg = None
            else:
                raise ValueError(kind)
        except (IndexError, ValueError) as error:
            say("error %s: %s" % (line.strip(), error))
            return
        self.faults.append(Fault(kind, direction, at, arg))
        self.faults.sort(key=lambda f: f.at)
        say("armed " + kind)

    def deliver(self, direction, data):
        """Sends bytes already past the faults of their direction."""
        if not data:
            return
        if TRACE:
            TRACE.write("%s boot %d: %s\n" % (direction, self.boots, data.hex()))
            TRACE.flush()
        if direction == "host":
            if self.master >= 0:
                write_all(self.master, data)
        elif self.device is not None and self.device.poll() is None:
            try:
                write_all(self.device.stdin.fileno(), data)
            except (BrokenPipeError, OSError):
                pass

    def pump(self, direction, data):
        """Applies the armed faults of @direction to @data and delivers the result."""
        if direction in self.held:
            release, held = self.held[direction]
            self.held[direction] = (release, held + data)
            self.count[direction] += len(data)
            return
        out = bytearray()
        i = 0
        while i < len(data):
            pos = self.count[direction]
            pending = [f for f in self.faults if f.direction == direction]
            fault = pending[0] if pending else None
            if fault is None or fault.at >= pos + len(data) - i:
                out += data[i:]
                self.count[direction] += len(data) - i
                break
            n = max(0, fault.at - pos)
            out += data[i:i + n]
            i += n
            self.count[direction] += n
            self.faults.remove(fault)
            say("fired %s %s" % (fault.kind, direction))
            if fault.kind == "flip":
                out.append(data[i] ^ fault.arg)
                i += 1
                self.count[direction] += 1
            elif fault.kind == "drop":
                skip = min(fault.arg, len(data) - i)
                i += skip
                self.count[direction] += skip
                if skip < fault.arg:  # the rest of the drop continues in the next chunk
                    self.faults.append(Fault("drop", direction, self.count[direction],
                                             fault.arg - skip))
                    self.faults.sort(key=lambda f: f.at)
            elif fault.kind == "garbage":
                out += fault.arg
            elif fault.kind == "stall":
                self.deliver(direction, bytes(out))
                self.held[direction] = (time.monotonic() + fault.arg, bytes(data[i:]))
                self.count[direction] += len(data) - i
                return
            elif fault.kind == "reset":
                self.deliver(direction, bytes(out))
                self.count[direction] += len(data) - i
                self.stop_device()
                self.start_device()
                say("boot %d" % self.boots)
                return
            elif fault.kind == "vanish":
                self.deliver(direction, bytes(out))
                self.vanish()
                say("vanished")
                return
        self.deliver(direction, bytes(out))

    def release_stalls(self):
        now = time.monotonic()
        for direction, (release, held) in list(self.held.items()):
            if now >= release:
                del self.held[direction]
                self.deliver(direction, held)

    def run(self):
        self.start_device()
        say("ready " + self.path)
        stdin_open = True
        while not self.done:
            readers = []
            if stdin_open:
                readers.append(sys.stdin.fileno())
            if self.master >= 0:
                readers.append(self.master)
            if self.device is not None:
                readers.append(self.device.stdout.fileno())
            timeout = 0.5
            if self.held:
                timeout = max(0.0, min(r for r, _ in self.held.values()) - time.monotonic())
            ready, _, _ = select.select(readers, [], [], timeout)
            self.release_stalls()
            if sys.stdin.fileno() in ready:
                chunk = os.read(sys.stdin.fileno(), 4096)
                if not chunk:
                    stdin_open = False
                    break
                self.stdin_buffer += chunk
                while b"\n" in self.stdin_buffer:
                    line, self.stdin_buffer = self.stdin_buffer.split(b"\n", 1)
                    self.command_line(line.decode("utf-8", "replace"))
            if self.master >= 0 and self.master in ready:
                try:
                    chunk = os.read(self.master, 65536)
                except OSError:
                    chunk = b""
                if chunk:
                    self.pump("device", chunk)
            if self.device is not None and self.device.stdout.fileno() in ready:
                try:
                    chunk = os.read(self.device.stdout.fileno(), 65536)
                except BlockingIOError:
                    chunk = None
                if chunk:
                    self.pump("host", chunk)
                elif chunk == b"":
                    status = self.device.wait()
                    say("device exited %d" % status)
                    self.vanish()
        self.stop_device()


def main():
    argv = sys.argv[1:]
    if argv[:1] == ["--"]:
        argv = argv[1:]
    if not argv:
        sys.stderr.write(__doc__)
        return 2
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    relay = Relay(argv)
    try:
        relay.run()
    finally:
        relay.stop_device()
    return 0


if __name__ == "__main__":
    sys.exit(main())
