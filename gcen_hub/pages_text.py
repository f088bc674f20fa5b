"""The words of the hub's pages in the six languages of the network (the records' own field and
type names come from the desktop's catalogue), and the language a browser asks for."""

from __future__ import annotations

LANGUAGES = ("en", "fr", "es", "pt", "zh", "ko")

_TEXT: dict[str, dict[str, str]] = {
    "portfolio": {"en": "The network's portfolio", "fr": "Le portfolio du réseau", "es": "El portafolio de la red",
                  "pt": "O portfólio da rede", "zh": "网络成果集", "ko": "네트워크 포트폴리오"},
    "cities": {"en": "Cities", "fr": "Villes", "es": "Ciudades", "pt": "Cidades", "zh": "城市", "ko": "도시"},
    "by_group": {"en": "By working group", "fr": "Par groupe de travail", "es": "Por grupo de trabajo",
                 "pt": "Por grupo de trabalho", "zh": "按工作组", "ko": "작업 그룹별"},
    "search": {"en": "Search", "fr": "Rechercher", "es": "Buscar", "pt": "Pesquisar", "zh": "搜索", "ko": "검색"},
    "results": {"en": "Results for", "fr": "Résultats pour", "es": "Resultados para", "pt": "Resultados para",
                "zh": "搜索结果：", "ko": "검색 결과:"},
    "nothing": {"en": "Nothing published matches.", "fr": "Aucune publication ne correspond.",
                "es": "Ninguna publicación coincide.", "pt": "Nenhuma publicação corresponde.",
                "zh": "没有匹配的发布内容。", "ko": "일치하는 게시물이 없습니다."},
    "empty": {"en": "No city has published yet.", "fr": "Aucune ville n'a encore publié.",
              "es": "Ninguna ciudad ha publicado todavía.", "pt": "Nenhuma cidade publicou ainda.",
              "zh": "还没有城市发布内容。", "ko": "아직 게시한 도시가 없습니다."},
    "publications": {"en": "publications", "fr": "publications", "es": "publicaciones", "pt": "publicações",
                     "zh": "项发布", "ko": "개 게시물"},
    "published": {"en": "Published", "fr": "Publié le", "es": "Publicado el", "pt": "Publicado em",
                  "zh": "发布日期", "ko": "게시일"},
    "not_found": {"en": "Nothing is published here.", "fr": "Rien n'est publié ici.",
                  "es": "No hay nada publicado aquí.", "pt": "Nada está publicado aqui.",
                  "zh": "此处没有发布内容。", "ko": "여기에는 게시된 내용이 없습니다."},
    "home": {"en": "Home", "fr": "Accueil", "es": "Inicio", "pt": "Início", "zh": "首页", "ko": "홈"},
    "read_only": {"en": "Read-only pages of what the network's cities published.",
                  "fr": "Pages en lecture seule de ce que les villes du réseau ont publié.",
                  "es": "Páginas de solo lectura de lo que publicaron las ciudades de la red.",
                  "pt": "Páginas somente leitura do que as cidades da rede publicaram.",
                  "zh": "网络中各城市发布内容的只读页面。", "ko": "네트워크 도시들이 게시한 내용의 읽기 전용 페이지입니다."},
}


def words(language: str) -> dict[str, str]:
    return {key: by_language.get(language) or by_language["en"] for key, by_language in _TEXT.items()}


def language_of(accept: str | None, asked: str | None = None) -> str:
    """`?lang=` when it is one of the six, else the browser's first choice among them, else English."""
    if asked and asked.split("-")[0].lower() in LANGUAGES:
        return asked.split("-")[0].lower()
    choices: list[tuple[float, int, str]] = []
    for n, item in enumerate((accept or "").split(",")):
        name, _, params = item.strip().partition(";")
        q = 1.0
        if params.strip().startswith("q="):
            try:
                q = float(params.strip()[2:])
            except ValueError:
                q = 0.0
        code = name.strip().split("-")[0].lower()
        if code in LANGUAGES and q > 0:
            choices.append((-q, n, code))
    return min(choices)[2] if choices else "en"
