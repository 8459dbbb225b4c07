"""Reading gdb-multiarch's MI2 output: stream records (~ console, @ target, & log) become text
for the log; the rest (+download, *stopped, =thread-...) stays machine records."""

_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", '"': '"', "\\": "\\", "e": "\x1b", "a": "\a"}


def _unquote(text):
    """The value of an MI c-string (without its quotes, escapes resolved)."""
    out = []
    i = 0
    while i < len(text):
        char = text[i]
        if char == "\\" and i + 1 < len(text):
            nxt = text[i + 1]
            if nxt in "01234567":
                digits = text[i + 1 : i + 4]
                end = 0
                while end < len(digits) and digits[end] in "01234567":
                    end += 1
                out.append(chr(int(digits[:end], 8)))
                i += 1 + end
                continue
            out.append(_ESCAPES.get(nxt, nxt))
            i += 2
            continue
        out.append(char)
        i += 1
    return "".join(out)


def stream(line):
    """(kind, text) for a stream record: kind is "console", "target" or "log"; else None."""
    kinds = {"~": "console", "@": "target", "&": "log"}
    if len(line) >= 2 and line[0] in kinds and line[1] == '"':
        body = line[2:-1] if line.endswith('"') else line[2:]
        return kinds[line[0]], _unquote(body)
    return None


class Transcript:
    """What one gdb run said, sorted by stream; feed() it each output line."""

    def __init__(self):
        self.console = []
        self.target = []
        self.log = []
        self.records = []
        self.ordered = []

    def feed(self, line):
        """Returns the text to show in the log for this line (None: nothing to show)."""
        record = stream(line)
        if record is None:
            self.records.append(line)
            return None
        kind, text = record
        getattr(self, kind).append(text)
        self.ordered.append(text)
        shown = text.rstrip("\r\n")
        return shown or None

    def text(self, kind):
        return "".join(getattr(self, kind))

    def all_lines(self):
        return "".join(self.ordered).splitlines()
