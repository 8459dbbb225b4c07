#!/usr/bin/env python3
"""gzip -9n: compresses INPUT to OUTPUT with no file name and no time stamp, as Debian wants
(the same input gives the same bytes)."""

import gzip
import sys

if len(sys.argv) != 3:
    sys.exit("usage: gzip_n.py INPUT OUTPUT")
with open(sys.argv[1], "rb") as source, open(sys.argv[2], "wb") as raw:
    with gzip.GzipFile(filename="", mode="wb", fileobj=raw, compresslevel=9, mtime=0) as out:
        out.write(source.read())
