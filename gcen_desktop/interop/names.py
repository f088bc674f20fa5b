"""Personal names of a reading's authors: parts (family, given, particle, suffix) or one literal
name (an organisation), read from each format's way of writing them and kept in the reading's
`authors` text, in BibTeX's own comma form, so that every round trip gives the same parts back.

The `authors` text holds names separated by "; ". A name is one of
  - "Family, Given", "van der Family, Given" (lower-case leading words are the particle, as in
    BibTeX), or "Family, Jr., Given" (BibTeX's "von Last, Jr, First");
  - a literal name without a comma ("World Bank", "Plato");
  - a literal name in braces when it holds a comma or a semicolon ("{Office of Research, Boston}").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bibtexparser.customization import splitname

_SUFFIX = re.compile(r"(?i)(jr|sr|jun|sen|junior|senior)\.?|[IVX]{1,4}|\d+(st|nd|rd|th)")


@dataclass(frozen=True)
class Name:
    family: str = ""
    given: str = ""
    particle: str = ""  # "van der", "de la": written before the family name
    suffix: str = ""  # "Jr.", "III"
    literal: str = ""  # a name kept whole (an organisation); the other parts are then empty

    @property
    def is_person(self) -> bool:
        return not self.literal

    @property
    def full_family(self) -> str:
        return " ".join(p for p in (self.particle, self.family) if p)


def literal(text: str) -> Name:
    return Name(literal=" ".join(text.split()))


def person(family: str, given: str = "", particle: str = "", suffix: str = "") -> Name:
    """A person; lower-case leading words of `family` become the particle when none is given."""
    family, given, particle, suffix = (" ".join(s.split()) for s in (family, given, particle, suffix))
    if not particle:
        particle, family = _split_particle(family)
    if not family and not given:
        return literal(particle)
    if not family:  # only a given name ("Madonna"): kept whole
        return literal(" ".join(p for p in (given, particle) if p))
    return Name(family=family, given=given, particle=particle, suffix=suffix)


def _split_particle(family: str) -> tuple[str, str]:
    words = family.split(" ") if family else []
    n = 0
    while n < len(words) - 1 and words[n][:1].islower():
        n += 1
    return " ".join(words[:n]), " ".join(words[n:])


def is_suffix(text: str) -> bool:
    return bool(_SUFFIX.fullmatch(text.strip()))


# --- the stored form ------------------------------------------------------------------------------------


def to_stored(name: Name) -> str:
    if name.literal:
        # braces only where the plain text would read otherwise (a comma, a semicolon)
        plain = name.literal
        if re.search(r"[;{}]", plain) or ("," in plain and from_stored(plain) != name):
            return "{" + plain + "}"
        return plain
    if not name.given and not name.suffix:  # a family name alone reads the same as a literal one
        return to_stored(literal(name.full_family))
    if name.suffix:
        return f"{name.full_family}, {name.suffix}, {name.given}"
    return f"{name.full_family}, {name.given}"


def from_stored(text: str) -> Name:
    text = " ".join(text.split())
    if text.startswith("{") and text.endswith("}") and _balanced(text[1:-1]):
        return literal(text[1:-1])
    parts = [p.strip() for p in text.split(",")]
    if len(parts) == 1 or len(parts) > 3:
        return literal(text)
    if len(parts) == 2 and re.search(r"\sand\s|&", text, re.I):
        # what earlier versions stored for an organisation ("Boston Public Schools, Data and Accountability")
        return literal(text)
    if len(parts) == 2:
        return person(parts[0], parts[1]) if parts[0] else literal(text)
    return person(parts[0], parts[2], suffix=parts[1]) if parts[0] else literal(text)


def _balanced(text: str) -> bool:
    depth = 0
    for c in text:
        depth += {"{": 1, "}": -1}.get(c, 0)
        if depth < 0:
            return False
    return depth == 0


def split_stored(text: str) -> list[str]:
    """The stored authors text as one string per name: split at ';' outside braces."""
    names, depth, current = [], 0, []
    for c in text or "":
        if c == "{":
            depth += 1
        elif c == "}":
            depth = max(0, depth - 1)
        if c == ";" and depth == 0:
            names.append("".join(current))
            current = []
        else:
            current.append(c)
    names.append("".join(current))
    return [" ".join(n.split()) for n in names if n.strip()]


def join_stored(names: list[str]) -> str:
    return "; ".join(n.strip() for n in names if n.strip())


def display(name: Name) -> str:
    """The name as people write it: "Jan van der Berg Jr.", "World Bank"."""
    if name.literal:
        return name.literal
    return " ".join(p for p in (name.given, name.particle, name.family) if p) + (
        f" {name.suffix}" if name.suffix else "")


# --- how each format writes names ------------------------------------------------------------------------


def from_bibtex(raw: str, unescape) -> Name:
    """One BibTeX name, still in LaTeX (`unescape` decodes each part): "First von Last",
    "von Last, First", "von Last, Jr, First", or "{Organisation}" kept whole."""
    raw = " ".join(raw.split())
    if raw.startswith("{") and raw.endswith("}") and _balanced(raw[1:-1]):
        return literal(unescape(raw[1:-1]))
    parts = splitname(raw, strict_mode=False)
    if not parts:
        return literal(unescape(raw))

    def words(key: str) -> str:
        return unescape(" ".join(parts.get(key) or []))

    if not parts.get("first") and not parts.get("von") and not parts.get("jr") and len(parts.get("last", [])) == 1:
        return literal(words("last"))  # one word: a mononym or an organisation written without braces
    return person(words("last"), words("first"), particle=words("von"), suffix=words("jr"))


def from_ris(text: str) -> Name:
    """A RIS name: "Last, First", "Last, First, Suffix" (RIS order) or "Last, Jr., First";
    a name without a comma is kept whole, as Zotero reads it (its one-field names)."""
    parts = [p.strip() for p in " ".join(text.split()).split(",")]
    if len(parts) == 1 or not parts[0]:
        return literal(text)
    if len(parts) == 2:
        return person(parts[0], parts[1])
    if len(parts) == 3:
        if is_suffix(parts[1]) and not is_suffix(parts[2]):
            return person(parts[0], parts[2], suffix=parts[1])
        return person(parts[0], parts[1], suffix=parts[2])
    return literal(text)


def to_ris(name: Name) -> str:
    if name.literal:
        return name.literal
    return ", ".join(p for p in (name.full_family, name.given, name.suffix) if p)


def from_csl(item: dict) -> Name:
    if item.get("literal"):
        return literal(str(item["literal"]))
    family = str(item.get("family") or "").strip()
    given = str(item.get("given") or "").strip()
    particles = " ".join(str(item.get(k) or "").strip() for k in ("dropping-particle", "non-dropping-particle"))
    suffix = str(item.get("suffix") or "").strip()
    if not family:
        return literal(given) if given else literal("")
    return person(family, given, particle=" ".join(particles.split()), suffix=suffix)


def to_csl(name: Name) -> dict[str, str]:
    if name.literal:
        return {"literal": name.literal}
    out = {"family": name.family}
    if name.given:
        out["given"] = name.given
    if name.particle:
        out["non-dropping-particle"] = name.particle
    if name.suffix:
        out["suffix"] = name.suffix
    return out
