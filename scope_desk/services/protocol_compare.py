"""Comparing two protocol versions article by article, and searching one version's text."""

from __future__ import annotations

from scope_desk.protocol_text import normalise
from scope_desk.services.protocol_types import ArticleChange, ProtocolDocument, SearchHit, VersionDiff
from scope_desk.text_search import find_all

EXCERPT_CONTEXT = 40


def diff_documents(old: ProtocolDocument, new: ProtocolDocument) -> VersionDiff:
    """Added, changed and removed articles (and changed section introductions), in reading order:
    the new version's order, a removed article right after the article that preceded it in the old one."""
    new_codes = {a.code for a in new.articles}
    old_articles = {a.code: a for a in old.articles}
    old_intros = {s.code: s.intro for s in old.sections}
    keyed: list[tuple[float, ArticleChange]] = []
    rank: dict[str, float] = {}
    unchanged = 0
    position = 0.0
    for section in new.sections:
        position += 1
        before = old_intros.get(section.code, "")
        if normalise(before) != normalise(section.intro):
            kind = "added" if not before else ("removed" if not section.intro else "changed")
            keyed.append((position, ArticleChange(section.code, kind, before, section.intro, what="intro")))
        for article in section.articles:
            position += 1
            rank[article.code] = position
            previous = old_articles.get(article.code)
            if previous is None:
                keyed.append((position, ArticleChange(article.code, "added", "", article.text)))
            elif normalise(previous.text) != normalise(article.text):
                keyed.append((position, ArticleChange(article.code, "changed", previous.text, article.text)))
            else:
                unchanged += 1
    # A removed article goes after the last surviving article before it in its own section (or at the
    # top of that section); when its whole section is gone, after the section that preceded it.
    section_start = {}
    section_end = {}
    running = 0.0
    for section in new.sections:
        running += 1
        section_start[section.code] = running
        running += len(section.articles)
        section_end[section.code] = running
    anchor, step, last_section = 0.0, 0.0, ""
    for article in old.articles:
        if article.code in new_codes:
            anchor, step = rank[article.code], 0.0
            last_section = article.section_code
            continue
        if article.section_code in section_start:
            same = [rank[a.code] for a in old.articles[:old.articles.index(article)]
                    if a.section_code == article.section_code and a.code in new_codes]
            base = same[-1] if same else section_start[article.section_code]
        else:
            base = section_end.get(last_section, anchor)
        step += 0.001
        keyed.append((base + step, ArticleChange(article.code, "removed", article.text, "")))
    new_sections = {s.code for s in new.sections}
    for section in old.sections:
        if section.code not in new_sections and section.intro:
            keyed.append((position + 1, ArticleChange(section.code, "removed", section.intro, "", what="intro")))
    keyed.sort(key=lambda pair: pair[0])
    return VersionDiff(old=old.version, new=new.version, changes=tuple(c for _, c in keyed), unchanged=unchanged)


def search_document(document: ProtocolDocument, query: str) -> list[SearchHit]:
    """Every occurrence of ``query`` (case- and accent-insensitive) in titles, introductions and articles."""
    hits: list[SearchHit] = []
    for section in document.sections:
        for where, text in (("title", section.title), ("intro", section.intro)):
            hits += [SearchHit(section.code, where, s, e, _excerpt(text, s, e)) for s, e in find_all(text, query)]
        for article in section.articles:
            hits += [SearchHit(article.code, "article", s, e, _excerpt(article.text, s, e))
                     for s, e in find_all(article.text, query)]
    return hits


def _excerpt(text: str, start: int, end: int) -> str:
    left = max(0, start - EXCERPT_CONTEXT)
    right = min(len(text), end + EXCERPT_CONTEXT)
    return ("…" if left else "") + " ".join(text[left:right].split()) + ("…" if right < len(text) else "")
