"""Search excerpts: Markdown removed, every hit found where the text really has it, cut at words."""

from __future__ import annotations

from gcen_desktop.domain.views import Snippet
from gcen_desktop.store.snippets import find_hits, make_snippet, markdown_plain


def test_markdown_syntax_is_removed_and_its_words_kept():
    text = ("## Goals\n\n> **Retain** _new_ teachers: see [the guide](https://x.org/a) and ![chart](c.png).\n\n"
            "- [ ] ask `HR`\n1. snake_case_name stays\n\n| a | b |\n|---|---|\n| 1 | 2 |")
    plain = markdown_plain(text)
    for syntax in ("##", "**", "](", "![", "`", "[ ]", "|---"):
        assert syntax not in plain, syntax
    for word in ("Goals", "Retain", "new", "the guide", "chart", "ask HR", "snake_case_name"):
        assert word in plain, word


def test_every_hit_is_marked_at_word_starts_and_through_folding():
    snippet = make_snippet("Straße, STRASSE and strasse; not Abstrasse. Élève eleve", "strasse eleve")
    assert [snippet.text[s:e] for s, e in snippet.hits] == ["Straße", "STRASSE", "strasse", "Élève", "eleve"]
    assert Snippet("a b", ((2, 3),)).marked() == "a [b]"
    assert find_hits("教师发展，新教师", "教师") == ((0, 2), (6, 8))
    assert find_hits("", "x") == () and find_hits("text", "") == ()


def test_excerpts_are_cut_at_words_and_cjk_at_characters():
    words = " ".join(f"word{i}" for i in range(60))
    snippet = make_snippet(words + " target " + words, "target")
    inner = snippet.text.strip("…")
    assert snippet.text.startswith("…") and snippet.text.endswith("…")
    assert all(w.startswith("word") or w == "target" for w in inner.split(" "))
    assert inner.split(" ")[0] in words.split(" ") and inner.split(" ")[-1] in words.split(" ")
    zh = make_snippet("优秀教师的培养需要时间。" * 30, "需要")
    assert len(zh.hits) >= 5 and all(zh.text[s:e] == "需要" for s, e in zh.hits)


def test_a_hostile_body_is_cleaned_in_a_window_around_the_hit():
    body = "**" * 200_000 + " needle " + "_" * 200_000  # unmatched markup everywhere
    snippet = make_snippet(body, "needle", markdown=True)
    assert [snippet.text[s:e] for s, e in snippet.hits] == ["needle"]
    assert len(snippet.text) < 200
