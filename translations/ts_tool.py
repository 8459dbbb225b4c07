#!/usr/bin/env python3
"""Moves messages between a Qt .ts file and JSON, for translating outside Qt Linguist.

  ts_tool.py export tinydeploy_de.ts [--all] > todo.json
      Lists the messages that still need a translation (all with --all) as JSON objects:
      {"context", "source", "comment", "numerus", "translation"}.
  ts_tool.py import tinydeploy_de.ts done.json
      Writes the JSON translations into the .ts file and marks them finished. A message is
      matched by context + source + comment; when the context is "*", by source alone (one
      translation for the same text everywhere). "translation" is a string, or a list of
      plural forms for numerus messages (German, Spanish, French: 2 forms; Chinese: 1).
  ts_tool.py stats tinydeploy_*.ts
      Prints translated / total per file (vanished and obsolete messages not counted).

Only the standard library; the .ts layout is reformatted by the next lupdate run anyway.
"""
import json
import sys
import xml.etree.ElementTree as ET

HEADER = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'


def messages(root):
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            yield name, message


def is_done(translation):
    if translation is None or translation.get("type") in ("unfinished",):
        return False
    forms = translation.findall("numerusform")
    texts = [f.text or "" for f in forms] if forms else [translation.text or ""]
    return all(t.strip() for t in texts)


def current(translation):
    return translation is not None and translation.get("type") not in ("vanished", "obsolete")


def export(path, everything):
    root = ET.parse(path).getroot()
    out = []
    for context, message in messages(root):
        translation = message.find("translation")
        if not current(translation) or (is_done(translation) and not everything):
            continue
        numerus = message.get("numerus") == "yes"
        forms = [f.text or "" for f in translation.findall("numerusform")]
        out.append({
            "context": context,
            "source": message.findtext("source", ""),
            "comment": message.findtext("comment", ""),
            "numerus": numerus,
            "translation": forms if numerus else (translation.text or ""),
        })
    json.dump(out, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")


def write(tree, path):
    body = ET.tostring(tree.getroot(), encoding="unicode")
    with open(path, "w", encoding="utf-8") as f:
        f.write(HEADER + body + "\n")


def import_(path, json_path):
    tree = ET.parse(path)
    with open(json_path, encoding="utf-8") as f:
        items = json.load(f)
    exact = {}
    by_source = {}
    for item in items:
        if item.get("context") == "*":
            by_source[item["source"]] = item["translation"]
        else:
            exact[(item["context"], item["source"], item.get("comment", ""))] = item["translation"]
    changed = 0
    for context, message in messages(tree.getroot()):
        source = message.findtext("source", "")
        key = (context, source, message.findtext("comment", ""))
        text = exact.get(key, by_source.get(source))
        translation = message.find("translation")
        if text is None or not current(translation):
            continue
        if message.get("numerus") == "yes":
            forms = text if isinstance(text, list) else [text]
            for old in translation.findall("numerusform"):
                translation.remove(old)
            translation.text = None
            for form in forms:
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = text if isinstance(text, str) else text[0]
        translation.attrib.pop("type", None)
        changed += 1
    write(tree, path)
    print(f"{path}: {changed} messages translated", file=sys.stderr)


def stats(paths):
    for path in paths:
        root = ET.parse(path).getroot()
        total = done = 0
        for _, message in messages(root):
            translation = message.find("translation")
            if not current(translation):
                continue
            total += 1
            done += is_done(translation)
        print(f"{path}: {done}/{total} ({100.0 * done / max(total, 1):.1f} %)")


def main(argv):
    if len(argv) >= 3 and argv[1] == "export":
        export(argv[2], "--all" in argv[3:])
    elif len(argv) == 4 and argv[1] == "import":
        import_(argv[2], argv[3])
    elif len(argv) >= 3 and argv[1] == "stats":
        stats(argv[2:])
    else:
        sys.stderr.write(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
