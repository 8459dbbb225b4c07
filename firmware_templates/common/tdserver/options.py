"""Lenient reading of project options.

TVM's Python API sends JSON-typed values (and nulls for options without a default), tvmc sends
every value as a string ("true", "1024"), and older clients leave options out. These helpers
accept all of them and raise a ServerError with one clear sentence for a value that makes no
sense.
"""

import shlex

from .server import ServerError

_TRUE = {"1", "true", "yes", "on", "y", "t"}
_FALSE = {"0", "false", "no", "off", "n", "f", ""}


def get_bool(options, name, default=False):
    value = (options or {}).get(name)
    if value is None:
        return default
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)):
        return value != 0
    text = str(value).strip().lower()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise ServerError(f"Option {name} must be true or false, not {value!r}.")


def get_int(options, name, default=None, minimum=None):
    value = (options or {}).get(name)
    if value is None or (isinstance(value, str) and not value.strip()):
        return default
    if isinstance(value, bool):
        raise ServerError(f"Option {name} must be a whole number, not {value!r}.")
    try:
        if isinstance(value, float):
            if not value.is_integer():
                raise ValueError
            result = int(value)
        else:
            text = str(value).strip().replace("_", "")
            # Accept a unit suffix users type naturally: 256K, 1M, 1KiB.
            multiplier = 1
            for suffix, factor in (("kib", 1024), ("mib", 1 << 20), ("k", 1024), ("m", 1 << 20)):
                if text.lower().endswith(suffix):
                    multiplier = factor
                    text = text[: -len(suffix)]
                    break
            result = int(text, 0) * multiplier
    except ValueError:
        raise ServerError(f"Option {name} must be a whole number, not {value!r}.") from None
    if minimum is not None and result < minimum:
        raise ServerError(f"Option {name} must be at least {minimum}, not {result}.")
    return result


def get_str(options, name, default=None, choices=None):
    value = (options or {}).get(name)
    if value is None or value == "":
        return default
    text = str(value).strip()
    if choices is not None and text not in choices:
        raise ServerError(
            f"Option {name} must be one of {', '.join(choices)}, not {value!r}."
        )
    return text


def get_list(options, name):
    """A list of strings: accepts a JSON list or a string (split on ';', ',' or newlines)."""
    value = (options or {}).get(name)
    if value is None:
        return []
    if isinstance(value, (list, tuple)):
        return [str(item).strip() for item in value if str(item).strip()]
    text = str(value)
    for separator in ("\n", ";", ","):
        text = text.replace(separator, "\0")
    return [item.strip() for item in text.split("\0") if item.strip()]


def make_word(text):
    """text as one word of a command line in a generated Makefile: the shell that runs the
    recipe passes it to the tool exactly as given, with nothing expanded by make ($, #) or
    by the shell (spaces, quotes, $(...), backticks)."""
    return shlex.quote(text).replace("$", "$$").replace("#", "\\#")


def check_printable(name, value):
    """Refuses a control character (NUL, newline, escape...) in a value that goes into a
    generated file: no tool reads it as intended."""
    for char in value:
        if ord(char) < 0x20 or ord(char) == 0x7F:
            raise ServerError(
                f"Option {name}: {value[:80]!r} holds the control character {char!r}; "
                "give printable text only."
            )
    return value
