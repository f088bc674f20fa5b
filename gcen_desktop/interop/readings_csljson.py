"""Reading lists as CSL-JSON (Zotero's "CSL JSON" export, citeproc), read and written with orjson."""

from __future__ import annotations

from typing import Any

import orjson

from ..domain.errors import UserError
from . import names
from .readings import (
    GENRE_OF_KIND,
    BadRecord,
    ParseResult,
    ReadingRecord,
    base_kind,
    clean_doi,
    join_tags,
    kind_from,
    parse_year,
    split_tags,
)
from .readings_zotero import NOT_READINGS, from_zotero_item, is_zotero_item, unwrap

_BASE_OF_TYPE = {
    "article": "article", "article-journal": "article", "article-magazine": "article",
    "article-newspaper": "article", "paper-conference": "article", "review": "article",
    "report": "report", "thesis": "report", "manuscript": "report", "legislation": "report",
    "book": "book", "chapter": "book", "classic": "book",
    "webpage": "web_page", "post": "web_page", "post-weblog": "web_page", "software": "web_page",
    "dataset": "report", "document": "report",
}
_TYPE_OF_BASE = {"article": "article-journal", "report": "report", "book": "book", "web_page": "webpage"}


def _load(text: str) -> Any:
    """The JSON of the file, or a UserError naming the line (and column) where it breaks."""
    try:
        return orjson.loads(text)
    except orjson.JSONDecodeError as exc:
        line = getattr(exc, "lineno", None) or text.count("\n", 0, getattr(exc, "pos", 0) or 0) + 1
        col = getattr(exc, "colno", None)
        if col:
            raise UserError(
                "The file is not valid JSON (line %(line)s, column %(column)s: %(reason)s); export the CSL JSON "
                "again or fix that spot.",
                line=line,
                column=col,
                reason=str(getattr(exc, "msg", exc)),
            ) from None
        raise UserError(
            "The file is not valid JSON (line %(line)s: %(reason)s); export the CSL JSON again or fix that spot.",
            line=line,
            reason=str(getattr(exc, "msg", exc)),
        ) from None


def _items(data: Any) -> list:
    """The items of a CSL-JSON file: a list, one item alone, or {"items": [...]}."""
    if isinstance(data, dict) and isinstance(data.get("items"), list):
        items = data["items"]
    elif isinstance(data, dict) and ("title" in data or "type" in data):
        items = [data]
    elif isinstance(data, list):
        items = data
    else:
        raise UserError("The JSON file is not CSL-JSON: it should be a list of items with 'type' and 'title'.")
    if not items:
        raise UserError("The file holds no readings: the CSL-JSON list is empty.")
    return items


def _read_item(number: int, item: Any, zotero: bool) -> ReadingRecord | BadRecord | None:
    """The reading of one item, a BadRecord saying why it cannot be read, or None for a Zotero note or file."""
    if not isinstance(item, dict):
        return BadRecord(number, None, "is not a JSON object")
    if zotero and str(unwrap(item).get("itemType")) in NOT_READINGS:
        return None  # a note or file the web API lists beside its item
    try:
        rec = from_zotero_item(item) if zotero else _from_item(item)
    except (TypeError, ValueError, AttributeError, KeyError) as exc:
        return BadRecord(number, None, f"has a field of the wrong shape ({exc})")
    if not rec.title:
        return BadRecord(number, None, "has no title")
    label = item.get("key") if zotero else item.get("id")
    rec.source = f"record {number}" + (f" (id {label})" if isinstance(label, str | int) else "")
    rec.number = number
    return rec


def parse_csljson(text: str) -> ParseResult:
    items = _items(_load(text))
    # Zotero's own JSON (Better BibTeX, the web API) names its fields otherwise: read it as such
    zotero = sum(map(is_zotero_item, items)) * 2 > len(items)
    records, bad = [], []
    for number, item in enumerate(items, 1):
        read = _read_item(number, item, zotero)
        if isinstance(read, BadRecord):
            bad.append(read)
        elif read is not None:
            records.append(read)
    return ParseResult(records, bad)


def _text(value: Any, name: str) -> str:
    if value is None:
        return ""
    if isinstance(value, list):  # some tools write one-element lists for strings
        value = value[0] if value else ""
    if not isinstance(value, str | int | float):
        raise TypeError(f"'{name}' should be text")
    return str(value).strip()


def _names(value: Any) -> list[str]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise TypeError("'author' should be a list of names")
    out = []
    for n in value:
        if isinstance(n, str):
            out.append(names.to_stored(names.from_ris(n)))
            continue
        if not isinstance(n, dict):
            raise TypeError("each author should be an object with 'family' and 'given'")
        name = names.from_csl(n)
        if name.literal or name.family:
            out.append(names.to_stored(name))
    return out


def _year(issued: Any) -> int | None:
    if issued is None:
        return None
    if isinstance(issued, dict):
        parts = issued.get("date-parts")
        if parts:
            if not isinstance(parts, list) or not isinstance(parts[0], list) or not parts[0]:
                raise ValueError("'issued.date-parts' should be [[year, month, day]]")
            return parse_year(parts[0][0])
        return parse_year(issued.get("raw") or issued.get("literal") or issued.get("year"))
    return parse_year(issued)


def _from_item(item: dict) -> ReadingRecord:
    tags = split_tags(_text(item.get("keyword"), "keyword"))
    extra_tags = item.get("tags")
    if isinstance(extra_tags, list):
        tags += [str(t.get("tag") if isinstance(t, dict) else t).strip() for t in extra_tags]
    tags = list(dict.fromkeys(t for t in tags if t))
    base = _BASE_OF_TYPE.get(_text(item.get("type"), "type").lower(), "article")
    return ReadingRecord(
        title=" ".join(_text(item.get("title"), "title").split()),
        authors=_names(item.get("author") or item.get("editor")),
        year=_year(item.get("issued")),
        kind=kind_from(base, _text(item.get("genre"), "genre"), tags),
        publisher=_text(item.get("publisher"), "publisher"),
        container=_text(item.get("container-title"), "container-title"),
        doi=clean_doi(_text(item.get("DOI"), "DOI")),
        url=_text(item.get("URL"), "URL"),
        abstract=_text(item.get("abstract"), "abstract"),
        tags=tags,
        notes=_text(item.get("note"), "note"),
        language=_text(item.get("language"), "language"),
    )


def _csl_item(r: ReadingRecord, item_id: str) -> dict[str, Any]:
    """The record as a CSL item: what it is, then its details."""
    base = base_kind(r.kind)
    item: dict[str, Any] = {
        "id": item_id,
        "type": "chapter" if base == "book" and r.container else _TYPE_OF_BASE.get(base, "document"),
        "title": r.title,
    }
    if r.authors:
        item["author"] = [names.to_csl(names.from_stored(a)) for a in r.authors]
    if r.year:
        item["issued"] = {"date-parts": [[r.year]]}
    if r.kind in GENRE_OF_KIND:
        item["genre"] = GENRE_OF_KIND[r.kind]
    if r.container:
        item["container-title"] = r.container
    _add_details(item, r)
    return item


def _add_details(item: dict[str, Any], r: ReadingRecord) -> None:
    if r.publisher:
        item["publisher"] = r.publisher
    if r.doi:
        item["DOI"] = r.doi
    if r.url:
        item["URL"] = r.url
    if r.abstract:
        item["abstract"] = r.abstract
    if r.tags:
        item["keyword"] = join_tags(r.tags)
    if r.notes:
        item["note"] = r.notes  # Zotero keeps this as the item's Extra field
    if r.language:
        item["language"] = r.language


def write_csljson(records: list[ReadingRecord], ids: list[str] | None = None) -> bytes:
    items = [_csl_item(r, ids[n] if ids else f"item-{n + 1}") for n, r in enumerate(records)]
    return orjson.dumps(items, option=orjson.OPT_INDENT_2) + b"\n"
