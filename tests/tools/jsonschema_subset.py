#!/usr/bin/env python3
"""Validates a JSON document against a JSON Schema (draft 2020-12), standard library only.

Supports the subset docs/report-schema.json uses: type, enum, const, properties, required,
additionalProperties, items, minimum, pattern, oneOf, anyOf and $ref to "#/$defs/<name>".
A schema keyword outside that subset is an error, so the schema cannot silently use one this
validator ignores. Usage: jsonschema_subset.py SCHEMA DOCUMENT; exit 0 when valid, 1 with one
line per violation ("<json pointer>: <what>") otherwise, 2 on bad usage or unreadable files.
"""

import json
import re
import sys

ANNOTATIONS = {"$schema", "$id", "$defs", "title", "description"}
KEYWORDS = {"type", "enum", "const", "properties", "required", "additionalProperties", "items",
            "minimum", "pattern", "oneOf", "anyOf", "$ref"} | ANNOTATIONS


def type_ok(value, name):
    if name == "null":
        return value is None
    if name == "boolean":
        return isinstance(value, bool)
    if name == "object":
        return isinstance(value, dict)
    if name == "array":
        return isinstance(value, list)
    if name == "string":
        return isinstance(value, str)
    if name == "number":
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if name == "integer":
        return (isinstance(value, int) and not isinstance(value, bool)) or (
            isinstance(value, float) and value.is_integer())
    raise ValueError(f"unknown type {name!r}")


class Validator:
    def __init__(self, root):
        self.root = root

    def resolve(self, ref):
        if not ref.startswith("#/$defs/"):
            raise ValueError(f"unsupported $ref {ref!r}")
        return self.root["$defs"][ref[len("#/$defs/"):]]

    def errors(self, schema, value, path="$"):
        unknown = set(schema) - KEYWORDS
        if unknown:
            raise ValueError(f"{path}: schema keywords outside the supported subset: {sorted(unknown)}")
        found = []
        if "$ref" in schema:
            found += self.errors(self.resolve(schema["$ref"]), value, path)
        if "type" in schema:
            names = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
            if not any(type_ok(value, name) for name in names):
                return found + [f"{path}: expected {' or '.join(names)}, found {json.dumps(value)[:60]}"]
        if "const" in schema and value != schema["const"]:
            found.append(f"{path}: must be {json.dumps(schema['const'])}")
        if "enum" in schema and value not in schema["enum"]:
            found.append(f"{path}: {json.dumps(value)[:60]} is not one of {schema['enum']}")
        if "minimum" in schema and type_ok(value, "number") and value < schema["minimum"]:
            found.append(f"{path}: {value} is below the minimum {schema['minimum']}")
        if "pattern" in schema and isinstance(value, str) and not re.search(schema["pattern"], value):
            found.append(f"{path}: {value[:60]!r} does not match {schema['pattern']}")
        if isinstance(value, dict):
            for name in schema.get("required", []):
                if name not in value:
                    found.append(f"{path}: missing required member {name!r}")
            properties = schema.get("properties", {})
            for name, member in value.items():
                if name in properties:
                    found += self.errors(properties[name], member, f"{path}.{name}")
                elif "additionalProperties" in schema:
                    extra = schema["additionalProperties"]
                    if extra is False:
                        found.append(f"{path}: unexpected member {name!r}")
                    elif isinstance(extra, dict):
                        found += self.errors(extra, member, f"{path}.{name}")
        if isinstance(value, list) and "items" in schema:
            for index, item in enumerate(value):
                found += self.errors(schema["items"], item, f"{path}[{index}]")
        if "oneOf" in schema:
            matching = [s for s in schema["oneOf"] if not self.errors(s, value, path)]
            if len(matching) != 1:
                found.append(f"{path}: matches {len(matching)} of the oneOf alternatives, not exactly one")
        if "anyOf" in schema:
            if not any(not self.errors(s, value, path) for s in schema["anyOf"]):
                found.append(f"{path}: matches none of the anyOf alternatives")
        return found


def main(argv):
    if len(argv) != 3:
        print(__doc__.strip().splitlines()[-1], file=sys.stderr)
        return 2
    try:
        with open(argv[1], encoding="utf-8") as stream:
            schema = json.load(stream)
        with open(argv[2], encoding="utf-8") as stream:
            document = json.load(stream)
    except (OSError, ValueError) as error:
        print(f"jsonschema_subset: {error}", file=sys.stderr)
        return 2
    try:
        problems = Validator(schema).errors(schema, document)
    except ValueError as error:
        print(f"jsonschema_subset: the schema: {error}", file=sys.stderr)
        return 2
    for problem in problems:
        print(problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
