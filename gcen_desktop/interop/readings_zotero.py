"""Zotero's own item JSON (not CSL-JSON): what Better BibTeX's "BetterBibTeX JSON" export and the
Zotero web API give, with `itemType`, `creators` and `date`. Read with the CSL-JSON reader's file
handling; only the item mapping differs."""

from __future__ import annotations

import html
import re
from typing import Any

from . import names
from .readings import ReadingRecord, clean_doi, kind_from, parse_year

_BASE_OF_TYPE = {
    "journalArticle": "article", "magazineArticle": "article", "newspaperArticle": "article",
    "conferencePaper": "article", "preprint": "article", "encyclopediaArticle": "article",
    "dictionaryEntry": "article", "letter": "article", "interview": "article",
    "report": "report", "thesis": "report", "manuscript": "report", "document": "report",
    "presentation": "report", "statute": "report", "bill": "report", "case": "report", "dataset": "report",
    "book": "book", "bookSection": "book",
    "webpage": "web_page", "blogPost": "web_page", "forumPost": "web_page", "computerProgram": "web_page",
}
# item types that are not works: a note or a file attached to one, listed beside them by the web API
NOT_READINGS = frozenset({"note", "attachment", "annotation"})
_CONTAINERS = ("publicationTitle", "bookTitle", "proceedingsTitle", "websiteTitle", "blogTitle",
               "encyclopediaTitle", "dictionaryTitle", "forumTitle", "programTitle")
_PUBLISHERS = ("publisher", "institution", "university", "company", "label", "network", "studio")
_AUTHOR_ROLES = ("author", "presenter", "programmer", "director", "podcaster", "interviewee")


def is_zotero_item(item: object) -> bool:
    """A Zotero item as Better BibTeX or the web API writes it (the API wraps it in `data`)."""
    if not isinstance(item, dict):
        return False
    inner = item.get("data") if isinstance(item.get("data"), dict) else item
    return "itemType" in inner


def unwrap(item: dict) -> dict:
    return item["data"] if isinstance(item.get("data"), dict) else item


def _text(value: Any) -> str:
    if value is None:
        return ""
    if not isinstance(value, str | int | float):
        raise TypeError("a field should be text")
    return str(value).strip()


def _chosen_creators(value: Any) -> list[dict]:
    """The creators that stand for the authors: authors (and the like), else the editors."""
    if value is None:
        return []
    if not isinstance(value, list):
        raise TypeError("'creators' should be a list")
    people = [c for c in value if isinstance(c, dict)]
    chosen = [c for c in people if c.get("creatorType", "author") in _AUTHOR_ROLES]
    if not chosen:  # a book with editors only: as the other formats do, the editors stand in
        chosen = [c for c in people if c.get("creatorType") == "editor"]
    return chosen


def _creator_name(c: dict) -> names.Name:
    if c.get("name") or c.get("fieldMode") == 1:  # one-field mode: an organisation or a single name
        return names.literal(_text(c.get("name") or c.get("lastName")))
    return names.person(_text(c.get("lastName")), _text(c.get("firstName")))


def _creators(value: Any) -> list[str]:
    out = []
    for c in _chosen_creators(value):
        name = _creator_name(c)
        if name.literal or name.family:
            out.append(names.to_stored(name))
    return out


def _notes(item: dict) -> str:
    out = []
    notes = item.get("notes")
    for n in notes if isinstance(notes, list) else []:
        text = n.get("note") if isinstance(n, dict) else n
        if isinstance(text, str) and text.strip():
            text = re.sub(r"(?i)<br\s*/?>|</p>", "\n", text)
            out.append(html.unescape(re.sub(r"<[^>]+>", "", text)).strip())
    return "\n\n".join(t for t in out if t)


def _tags(item: dict) -> list[str]:
    tags = []
    raw_tags = item.get("tags")
    for t in raw_tags if isinstance(raw_tags, list) else []:
        tag = t.get("tag") if isinstance(t, dict) else t
        if isinstance(tag, str) and tag.strip():
            tags.append(tag.strip())
    return tags


def _first_text(item: dict, keys: tuple[str, ...]) -> str:
    """The first of these fields that holds text."""
    return next((_text(item[k]) for k in keys if _text(item.get(k))), "")


def from_zotero_item(item: dict) -> ReadingRecord:
    item = unwrap(item)
    tags = _tags(item)
    base = _BASE_OF_TYPE.get(_text(item.get("itemType")), "article")
    genre = _text(item.get("reportType") or item.get("thesisType") or item.get("genre"))
    return ReadingRecord(
        title=" ".join(_text(item.get("title")).split()),
        authors=_creators(item.get("creators")),
        year=parse_year(_text(item.get("date"))),
        kind=kind_from(base, genre, tags),
        publisher=_first_text(item, _PUBLISHERS),
        container=_first_text(item, _CONTAINERS),
        doi=clean_doi(_text(item.get("DOI"))),
        url=_text(item.get("url")),
        abstract=_text(item.get("abstractNote")),
        tags=list(dict.fromkeys(tags)),
        notes=_notes(item),
        language=_text(item.get("language")),
    )
