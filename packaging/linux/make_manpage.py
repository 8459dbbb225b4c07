#!/usr/bin/env python3
"""Writes a gzipped man page from a program's own --help output, so that it never goes stale.

    make_manpage.py PROGRAM OUTPUT.1.gz --name NAME --summary TEXT --version V --date YYYY-MM-DD
                    [--subcommands] [--see-also NAME(1) ...]

The help text is QCommandLineParser's layout ("Usage:", a description, "Options:",
"Arguments:"). With --subcommands the program's --help lists "Commands:" (two-space indent,
name, summary) and each "PROGRAM COMMAND --help" becomes a subsection of COMMANDS. The output is
gzip -9n (no name, no time stamp): the same input gives the same bytes.
"""

import argparse
import gzip
import os
import re
import subprocess
import sys


def run_help(program, args):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LC_ALL="C.UTF-8",
               QT_LOGGING_RULES="*.debug=false;qt.*=false")
    # The program's own name in the text, not the build-tree path it was run from.
    result = subprocess.run([program, *args, "--help"], capture_output=True, text=True,
                            env=env, timeout=60, check=False)
    if result.returncode != 0:
        sys.exit(f"make_manpage: '{program} {' '.join(args)} --help' exited with "
                 f"{result.returncode}: {result.stderr.strip()}")
    return result.stdout.replace(program, os.path.basename(program))


def roff(text):
    """Escapes plain text for roff: backslashes, leading dots and quotes, hyphens."""
    text = text.replace("\\", "\\e").replace("-", "\\-")
    if text.startswith((".", "'")):
        text = "\\&" + text
    return text


def parse(text):
    """Splits QCommandLineParser help into usage, description lines and named blocks."""
    usage, description, blocks, current = "", [], {}, None
    for line in text.splitlines():
        if line.startswith("Usage: "):
            usage = line[len("Usage: "):]
        elif re.fullmatch(r"[A-Z][A-Za-z ]*:", line):
            current = line[:-1]
            blocks[current] = []
        elif current is None:
            if line.strip():
                description.append(line.strip())
        else:
            blocks[current].append(line)
    return usage, description, blocks


def text_column(blocks):
    """Where the text column starts: Qt pads every term to one width, then a space."""
    starts = {}
    for lines in blocks.values():
        for line in lines:
            match = re.match(r"^  \S.*?\s{2,}(?=\S)", line)
            if match:
                starts[match.end()] = starts.get(match.end(), 0) + 1
    return max(starts, key=starts.get) if starts else None


def entries(lines, column):
    """Two-column entries. A term longer than its column is wrapped by Qt onto the next lines
    of the column (a full-width chunk is followed by its rest); the text wraps likewise."""
    result, previous_full = [], False
    for line in lines:
        if not line.startswith("  "):
            previous_full = False
            continue
        if column is None:
            match = re.match(r"^  (\S.*?)(?:\s{2,}(.*))?$", line)
            term, text = (match.group(1), match.group(2) or "") if match else ("", line)
            full = False
        else:
            chunk = line[2:column - 1]
            term, text = chunk.strip(), line[column:].strip()
            full = len(chunk) == column - 3 and not chunk.endswith(" ")
        if term and not (previous_full and result):
            result.append([term, text])
        elif result:
            result[-1][0] += term
            result[-1][1] = (result[-1][1] + " " + text).strip()
        previous_full = bool(term) and full
    return result


def tagged(items):
    out = []
    for term, text in items:
        out += [".TP", f"\\fB{roff(term)}\\fR", roff(text)]
    return out


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("program")
    parser.add_argument("output")
    parser.add_argument("--name", required=True)
    parser.add_argument("--summary", required=True)
    parser.add_argument("--version", required=True)
    parser.add_argument("--date", required=True)
    parser.add_argument("--subcommands", action="store_true")
    parser.add_argument("--see-also", nargs="*", default=[])
    args = parser.parse_args()

    usage, description, blocks = parse(run_help(args.program, []))
    column = text_column({k: v for k, v in blocks.items() if k != "Commands"})
    title = args.name.upper()
    page = [f'.TH {title} 1 "{args.date}" "TinyDeploy {args.version}" "User Commands"',
            ".SH NAME", f"{roff(args.name)} \\- {roff(args.summary)}",
            ".SH SYNOPSIS", f"\\fB{roff(usage)}\\fR",
            ".SH DESCRIPTION", roff(" ".join(description))]
    for block, lines in blocks.items():
        if block == "Commands" and args.subcommands:
            continue
        plain = [line.strip() for line in lines if line.strip()]
        items = entries(lines, column)
        page.append(f".SH {roff(block.upper())}")
        page += tagged(items) if items else [roff(" ".join(plain))]
    if args.subcommands:
        commands = entries(blocks.get("Commands", []), text_column(
            {"Commands": blocks.get("Commands", [])}))
        if not commands:
            sys.exit("make_manpage: no 'Commands:' in the program's --help")
        page.append(".SH COMMANDS")
        for name, summary in commands:
            sub_usage, sub_description, sub_blocks = parse(run_help(args.program, [name]))
            sub_column = text_column(sub_blocks)
            page += [f".SS {roff(name)}", f"\\fB{roff(sub_usage)}\\fR", ".PP",
                     roff(" ".join(sub_description) or summary)]
            for block, lines in sub_blocks.items():
                items = [item for item in entries(lines, sub_column)
                         if not item[0].startswith(("-h, --help", "--help-all"))]
                if items:
                    page += [".PP", f"\\fI{roff(block)}:\\fR", ".RS"] + tagged(items) + [".RE"]
        trailer = [line.strip() for line in blocks.get("Commands", [])
                   if line.strip() and not line.startswith("  ")]
        if trailer:
            page += [".SH NOTES"] + [roff(line) + "\n.br" for line in trailer]
    if args.see_also:
        page += [".SH SEE ALSO",
                 ", ".join(re.sub(r"^(.*)\((\d)\)$", r"\\fB\1\\fR(\2)", roff(name))
                           for name in args.see_also)]
    data = ("\n".join(page) + "\n").encode("utf-8")
    with open(args.output, "wb") as raw:
        with gzip.GzipFile(filename="", mode="wb", fileobj=raw, compresslevel=9, mtime=0) as out:
            out.write(data)


if __name__ == "__main__":
    main()
