"""`gcen-hub serve`: read-only pages of what the cities published (Starlette and Jinja2, no
JavaScript): `/` the portfolio by city and working group, `/search?q=`, `/city/<workspace id>`,
`/record/<id>?ws=<workspace id>` (a plan or practice as the desktop's own HTML export, under the
hub's bar; record ids are the publisher's choice, so a link names the workspace too, and an id two
cities published, asked for without one, lists both). Every
user text is escaped (Jinja2's autoescape; the export escapes its own), in the browser's language
among the network's six."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, select_autoescape
from sqlalchemy import text
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import HTMLResponse
from starlette.routing import Route

from gcen_desktop.interop.labels import Labels
from gcen_desktop.store.network_library import Entry

from .documents import record_html
from .hub import Hub
from .pages_text import language_of, words

TEMPLATES = Path(__file__).parent / "templates"
GROUP_ITEMS = 30  # per working group on the home page
LIST_LIMIT = 200


def _day(ms: int) -> str:
    return dt.datetime.fromtimestamp(ms / 1000, dt.UTC).date().isoformat()


class Pages:
    def __init__(self, hub: Hub) -> None:
        self.hub = hub
        self.env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(default=True))
        self.hub_name = hub.name()

    def _render(self, request: Request, template: str, status: int = 200, **context: Any) -> HTMLResponse:
        lang = language_of(request.headers.get("accept-language"), request.query_params.get("lang"))
        labels = Labels(lang)
        for item in context.get("items") or context.get("entries") or []:
            item["kind"] = labels.type(item["type"])
        for _group, items in context.get("groups") or []:
            for item in items:
                item["kind"] = labels.type(item["type"])
        for city in context.get("cities") or []:
            city["by_type"] = [(labels.type(k), n) for k, n in city["by_type"]]
        document = context.pop("document", None)
        body = self.env.get_template(template).render(lang=lang, t=words(lang), hub_name=self.hub_name,
                                                      query=context.pop("query", None), **context)
        if document is not None:  # the desktop's export of the record, with the hub's bar on top
            body = record_html(document, lang).replace("<body>\n", "<body>\n" + body, 1)
        return HTMLResponse(body, status_code=status, headers={"Content-Language": lang})

    def index(self, request: Request) -> HTMLResponse:
        with self.hub.engine.connect() as conn:
            counts = conn.execute(text(
                "SELECT c.workspace_id, c.city, p.type, count(p.rec) FROM cities c JOIN publications p "
                "ON p.workspace_id = c.workspace_id AND NOT p.withdrawn GROUP BY 1, 2, 3 ORDER BY 2, 3")).all()
            grouped = conn.execute(text(
                "SELECT wg, rec, type, title, city, workspace_id FROM (SELECT p.body->'values'->>'working_group' AS wg, "
                "p.rec, p.type, p.title, c.city, p.workspace_id, row_number() OVER (PARTITION BY p.body->'values'->>'working_group' "
                "ORDER BY p.title) AS n FROM publications p JOIN cities c USING (workspace_id) WHERE NOT p.withdrawn "
                "AND p.body->'values'->>'working_group' <> '') g WHERE n <= :k ORDER BY wg, title"),
                {"k": GROUP_ITEMS}).all()
        cities: dict[str, dict[str, Any]] = {}
        for ws, city, type_, n in counts:
            c = cities.setdefault(ws, {"workspace_id": ws, "city": city, "total": 0, "by_type": []})
            c["total"] += n
            c["by_type"].append((type_, n))
        groups: dict[str, list[dict[str, Any]]] = {}
        for wg, rec, type_, title, city, ws in grouped:
            groups.setdefault(wg, []).append({"rec": rec, "type": type_, "title": title, "city": city, "ws": ws})
        return self._render(request, "index.html", title=words("en")["portfolio"], cities=list(cities.values()),
                            groups=list(groups.items()))

    def search(self, request: Request) -> HTMLResponse:
        query = request.query_params.get("q", "")
        hits = self.hub.search(query, city=request.query_params.get("city") or None,
                               type_=request.query_params.get("type") or None, limit=LIST_LIMIT)
        items = [{"rec": h.rec, "type": h.type, "title": h.title, "city": h.city, "workspace_id": h.workspace_id,
                  "ws": h.workspace_id, "date": _day(h.published_ms)} for h in hits]
        lang = language_of(request.headers.get("accept-language"), request.query_params.get("lang"))
        return self._render(request, "list.html", title=query, heading=f"{words(lang)['results']} “{query}”",
                            items=items, query=query)

    def city(self, request: Request) -> HTMLResponse:
        ws = request.path_params["workspace_id"]
        if "\x00" in ws:  # nothing is named with a NUL (PostgreSQL holds none)
            return self._not_found(request)
        with self.hub.engine.connect() as conn:
            city = conn.execute(text("SELECT city FROM cities WHERE workspace_id = :w"), {"w": ws}).scalar()
            rows = conn.execute(text(
                "SELECT rec, type, title, published_ms FROM publications WHERE workspace_id = :w AND NOT withdrawn "
                "ORDER BY type, title LIMIT :n"), {"w": ws, "n": LIST_LIMIT}).all()
        if city is None:
            return self._not_found(request)
        items = [{"rec": r.rec, "type": r.type, "title": r.title, "city": city, "workspace_id": "", "ws": ws,
                  "date": _day(r.published_ms)} for r in rows]
        return self._render(request, "list.html", title=city, heading=city, items=items)

    def record(self, request: Request) -> HTMLResponse:
        rec = request.path_params["rec"]
        ws = request.query_params.get("ws")
        if "\x00" in rec:
            return self._not_found(request)
        with self.hub.engine.connect() as conn:
            rows = conn.execute(text(
                "SELECT p.workspace_id, p.rec, p.type, p.counter, p.hlc, p.dot_replica, p.dot_seq, p.h, p.title, "
                "p.body, p.published_ms, c.city, c.team FROM publications p JOIN cities c USING (workspace_id) "
                "WHERE p.rec = :rec AND NOT p.withdrawn AND p.type <> 'goal' ORDER BY c.city, p.workspace_id"),
                {"rec": rec}).all()
        if ws is not None:
            rows = [r for r in rows if r.workspace_id == ws]
        if not rows:
            return self._not_found(request)
        if len(rows) > 1:  # one id published by two workspaces: neither page is the id's, each is listed
            items = [{"rec": r.rec, "type": r.type, "title": r.title, "city": r.city, "workspace_id": r.workspace_id,
                      "ws": r.workspace_id, "date": _day(r.published_ms)} for r in rows]
            return self._render(request, "list.html", title=rows[0].title, heading=rows[0].title, items=items)
        r = rows[0]
        e = Entry(r.workspace_id, r.rec, r.type, r.counter, r.hlc, (r.dot_replica, r.dot_seq), r.h, False,
                  r.title, r.body, r.published_ms, 0, r.city, r.team)
        entry = {"rec": e.rec, "type": e.type, "title": e.title, "city": e.city, "workspace_id": e.workspace_id,
                 "date": _day(e.published_ms)}
        return self._render(request, "record_bar.html", entries=[entry], document=e)

    def _not_found(self, request: Request) -> HTMLResponse:
        lang = language_of(request.headers.get("accept-language"), request.query_params.get("lang"))
        return self._render(request, "list.html", status=404, title=words(lang)["not_found"],
                            heading=words(lang)["not_found"], items=[])


def create_app(hub: Hub) -> Starlette:
    pages = Pages(hub)
    return Starlette(routes=[
        Route("/", pages.index),
        Route("/search", pages.search),
        Route("/city/{workspace_id}", pages.city),
        Route("/record/{rec}", pages.record),
    ])
