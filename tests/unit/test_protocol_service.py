"""ProtocolService: bundled version, versions in force, import (good and bad files), diff, search, cite."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from scope_desk.errors import ImportRejected, InvalidInput, NotAllowed
from scope_desk.models.audit import AuditEvent
from scope_desk.models.protocol import ProtocolArticle, ProtocolSection, ProtocolVersion
from scope_desk.models.user import Role
from scope_desk.protocol_text import to_notation
from scope_desk.services.events import Changes
from scope_desk.services.protocol import ProtocolService, bundled_protocol

REVISED = """# Protocol Sociale Media

## U. Uitgangspunten

U.1 SCOPE maakt gebruik van sociale media met het doel om positieve informatie te verspreiden
over de (activiteiten) van de school of organisatie;

U.2 Scope gebruikt sociale media en de ouderapp om op de hoogte te blijven.

## A. Sociale media in de school — Voor alle gebruikers

A.7 Alle betrokkenen nemen de fatsoensnormen in acht.

A.8 Nieuw artikel over kunstmatige intelligentie.
"""


@pytest.fixture
def service(store):
    return ProtocolService(store, Changes())


def counts(store):
    with store.transaction() as s:
        return tuple(s.scalar(select(func.count()).select_from(t)) for t in (ProtocolVersion, ProtocolSection, ProtocolArticle))


def test_bundled_version_is_installed_once(service, store, system_actor):
    versions = service.list_versions(system_actor)
    assert [(v.label, v.effective_on, v.article_count) for v in versions] == [("2012", date(2012, 11, 1), 23)]
    before = counts(store)
    assert ProtocolService(store, Changes()).list_versions(system_actor) == versions  # a second service, same store
    assert counts(store) == before == (1, 7, 23)  # six sections and the closing


def test_document_has_sections_articles_and_closing(service, system_actor):
    document = service.document(system_actor)
    assert [s.code for s in document.sections] == ["I", "U", "D", "A", "B", "S"]
    assert document.article("A.7").text.startswith("Alle betrokkenen nemen de fatsoensnormen in acht.")
    assert document.sections[3].part == "Sociale media in de school"
    assert len(document.sections[0].intro_paragraphs) == 5
    assert document.closing == "Alphen aan den Rijn, november 2012."


def test_cite(service, system_actor):
    version = service.list_versions(system_actor)[0]
    assert service.cite(system_actor, "A.7", version.id) == \
        "SCOPE Protocol Sociale Media (versie 2012, 1 november 2012), artikel A.7"
    assert service.cite(system_actor, "B.5", on=date(2020, 3, 1)).endswith("artikel B.5")


def test_search_finds_every_occurrence_ignoring_case_and_accents(service, system_actor):
    hits = service.search(system_actor, "FATSOENSNORMEN")
    assert [(h.code, h.where) for h in hits] == [("I", "intro"), ("U.5", "article"), ("A.7", "article"), ("A.7", "article")]
    assert [h.code for h in service.search(system_actor, "prive")] == ["D.2", "A.6", "B.1", "B.1"]
    assert service.search(system_actor, "   ") == []


def test_import_and_version_in_force(service, store, system_actor, tmp_path):
    path = tmp_path / "protocol-2027.md"
    path.write_text(REVISED, encoding="utf-8")
    new = service.import_version(system_actor, path, date(2027, 8, 1), label="2027")
    assert (new.label, new.article_count) == ("2027", 4)
    old = service.list_versions(system_actor)[1]
    assert service.version_in_force(system_actor, date(2012, 10, 31)) is None
    assert service.version_in_force(system_actor, date(2012, 11, 1)).id == old.id
    assert service.version_in_force(system_actor, date(2027, 7, 31)).id == old.id
    assert service.version_in_force(system_actor, date(2027, 8, 1)).id == new.id
    assert [a.code for a in service.articles_in_force(system_actor, date(2030, 1, 1))] == ["U.1", "U.2", "A.7", "A.8"]
    assert len(service.articles_in_force(system_actor, date(2026, 1, 1))) == 23
    assert service.articles_in_force(system_actor, date(2000, 1, 1)) == ()
    with store.transaction() as s:
        event = s.scalars(select(AuditEvent).where(AuditEvent.action == "protocol.import")).one()
        assert event.entity_id == new.id


def test_diff_lists_added_changed_and_removed_in_reading_order(service, system_actor):
    old = service.list_versions(system_actor)[0]
    new = service.import_version(system_actor, REVISED.encode(), date(2027, 8, 1), label="2027")
    diff = service.diff(system_actor, old.id, new.id)
    articles = [(c.code, c.kind) for c in diff.changes if c.what == "article"]
    assert articles == [("U.2", "changed"), ("U.3", "removed"), ("U.4", "removed"), ("U.5", "removed"),
                        ("U.6", "removed"), ("D.1", "removed"), ("D.2", "removed"), ("A.1", "removed"),
                        ("A.2", "removed"), ("A.3", "removed"), ("A.4", "removed"), ("A.5", "removed"),
                        ("A.6", "removed"), ("A.7", "changed"), ("A.8", "added"), ("B.1", "removed"),
                        ("B.2", "removed"), ("B.3", "removed"), ("B.4", "removed"), ("B.5", "removed"),
                        ("S.1", "removed"), ("S.2", "removed"), ("S.3", "removed")]
    assert diff.unchanged == 1  # U.1
    changed = next(c for c in diff.changes if c.code == "U.2")
    assert changed.old_text.startswith("Scope gebruikt sociale media om") and "ouderapp" in changed.new_text
    assert ("I", "removed", "intro") in [(c.code, c.kind, c.what) for c in diff.changes]
    reverse = service.diff(system_actor, new.id, old.id)
    assert ("A.8", "removed") in [(c.code, c.kind) for c in reverse.changes]


def test_diff_of_a_version_with_itself_is_empty(service, system_actor):
    version = service.list_versions(system_actor)[0]
    diff = service.diff(system_actor, version.id, version.id)
    assert diff.changes == () and diff.unchanged == 23


def test_bundled_text_round_trips_through_import(service, system_actor):
    text = to_notation(bundled_protocol()).replace("Geldig vanaf: 2012-11-01", "Geldig vanaf: 2030-01-01")
    version = service.import_version(system_actor, text.encode(), label="2030")
    assert version.effective_on == date(2030, 1, 1)
    assert service.diff(system_actor, service.list_versions(system_actor)[1].id, version.id).changes == ()


@pytest.mark.parametrize("content, message", [
    (b"# Protocol\n\nAlleen tekst, geen artikelen.\n", "geen artikelen"),
    (b"## A. Een\nA.1 Eerste.\nA.1 Dubbel.\n", "A.1 komt twee keer voor"),
    ("## A. Één\nA.1 Tekst.\n".encode("cp1252"), "geen leesbare UTF-8"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00", "geen leesbare UTF-8|binaire"),
])
def test_bad_files_are_refused_and_nothing_is_stored(service, store, system_actor, tmp_path, content, message):
    service.list_versions(system_actor)
    before = counts(store)
    path = tmp_path / "nieuw.md"
    path.write_bytes(content)
    with pytest.raises(ImportRejected, match=message) as caught:
        service.import_version(system_actor, path, date(2027, 8, 1))
    assert str(caught.value).count(". ") <= 1 and "\n" not in str(caught.value)
    assert counts(store) == before


def test_effective_date_or_label_taken_is_refused(service, store, system_actor):
    service.list_versions(system_actor)
    before = counts(store)
    with pytest.raises(ImportRejected, match="Op 1 november 2012 gaat al versie 2012 in"):
        service.import_version(system_actor, REVISED.encode(), date(2012, 11, 1))
    with pytest.raises(ImportRejected, match="label '2012'"):
        service.import_version(system_actor, REVISED.encode(), date(2013, 1, 1), label="2012")
    assert counts(store) == before
    assert service.import_version(system_actor, REVISED.encode(), date(2012, 12, 1)).label == "2012-12-01"


def test_missing_file_and_missing_date(service, system_actor, tmp_path):
    with pytest.raises(ImportRejected, match="kan niet worden gelezen"):
        service.import_version(system_actor, tmp_path / "weg.md", date(2027, 8, 1))
    with pytest.raises(InvalidInput, match="ingangsdatum"):
        service.import_version(system_actor, REVISED.encode())


def test_permissions(service, make_actor, system_actor):
    teacher = make_actor(Role.LEERKRACHT, 1)
    assert service.list_versions(teacher)  # everyone reads the protocol
    with pytest.raises(NotAllowed):
        service.import_version(teacher, REVISED.encode(), date(2027, 8, 1))
    with pytest.raises(NotAllowed):  # a school's beheerder does not change the board's protocol
        service.import_version(make_actor(Role.BEHEERDER, 1), REVISED.encode(), date(2027, 8, 1))
    with pytest.raises(NotAllowed):
        service.list_versions(type(teacher)(user_id=None, name="Niemand"))


def test_organisation_on_the_printed_protocol(service, store, system_actor, make_actor):
    from scope_desk.errors import NotFound
    from scope_desk.models.school import School
    from scope_desk.services.access import Actor, Grant

    with store.transaction(write=True) as s:
        first, second = School(brin="01AB", name="De Noordster"), School(brin="02CD", name="'t Klaverblad")
        s.add_all([first, second])
        s.flush()
        ids = first.id, second.id
    assert service.organisation(system_actor) == "SCOPE"  # board-wide
    assert service.organisation(make_actor(Role.LEERKRACHT, ids[0])) == "De Noordster"
    two = Actor(None, "Invaller", (Grant(Role.LEERKRACHT, ids[0]), Grant(Role.LEERKRACHT, ids[1])))
    assert service.organisation(two) == "SCOPE"
    assert service.organisation(system_actor, "02cd") == "'t Klaverblad"
    assert service.organisation(system_actor, "de noordster") == "De Noordster"
    with pytest.raises(NotFound):
        service.organisation(system_actor, "99ZZ")
