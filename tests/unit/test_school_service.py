"""SchoolService: the letterhead of a school, validated, version-checked and audited."""

from __future__ import annotations

import json
from io import BytesIO

import pytest
from PIL import Image
from sqlalchemy import select

from scope_desk.errors import InvalidInput, NotAllowed, StaleRecord
from scope_desk.models.audit import AuditEvent
from scope_desk.models.school import School
from scope_desk.services.access import Role
from scope_desk.services.container import Services


def image_bytes(width: int, height: int, kind: str = "PNG") -> bytes:
    out = BytesIO()
    Image.new("RGB", (width, height), (20, 80, 120)).save(out, kind)
    return out.getvalue()


@pytest.fixture
def two_schools(store):
    with store.transaction() as s:
        a = School(brin="11AA", name="De Regenboog", street="Dorpsstraat 1", postcode="1234 AB", city="Utrecht")
        b = School(brin="22BB", name="Het Kompas")
        s.add_all([a, b])
        s.flush()
        return a.id, b.id


def test_update_normalises_saves_audits_and_emits(store, two_schools, make_actor):
    services = Services.over(store)
    a, _ = two_schools
    actor = make_actor(Role.BEHEERDER, a)
    seen = []
    services.changes.connect(seen.append)
    head = services.schools.letterhead(actor, a)
    saved = services.schools.update_letterhead(actor, head.changed(
        street=" Kerkplein 7 ", postcode="3511xz", city="Utrecht", email="info@regenboog.nl"))
    assert (saved.street, saved.postcode, saved.email) == ("Kerkplein 7", "3511 XZ", "info@regenboog.nl")
    assert saved.version == head.version + 1
    assert services.schools.letterhead(actor, a) == saved
    assert [c.schools for c in seen] == [frozenset({a})]
    with store.transaction(write=False) as s:
        event = s.execute(select(AuditEvent).where(AuditEvent.action == "school.update")).scalar_one()
        assert (event.entity_id, event.school_id) == (a, a)
        assert json.loads(event.detail) == {"fields": ["email", "postcode", "street"]}
        assert "Kerkplein" not in event.detail


@pytest.mark.parametrize("changes, words", [
    ({"name": "  "}, "naam van de school"),
    ({"postcode": "12345"}, "postcode"),
    ({"postcode": "0123 AB"}, "postcode"),
    ({"email": "info@school"}, "e-mailadres"),
    ({"logo": b"GIF89a not really"}, "PNG"),
    ({"logo": image_bytes(40, 20, "GIF")}, "PNG- of JPEG"),
])
def test_bad_input_is_one_sentence_and_changes_nothing(store, two_schools, make_actor, changes, words):
    services = Services.over(store)
    a, _ = two_schools
    actor = make_actor(Role.BEHEERDER, a)
    head = services.schools.letterhead(actor, a)
    with pytest.raises(InvalidInput) as caught:
        services.schools.update_letterhead(actor, head.changed(**changes))
    message = str(caught.value)
    assert words in message and message.endswith(".") and message.count(". ") == 0
    assert services.schools.letterhead(actor, a) == head


def test_logo_over_one_megabyte_is_refused(store, two_schools, make_actor):
    services = Services.over(store)
    a, _ = two_schools
    actor = make_actor(Role.BEHEERDER, a)
    head = services.schools.letterhead(actor, a)
    noisy = Image.frombytes("RGB", (700, 700), bytes(range(256)) * (700 * 700 * 3 // 256) + bytes(700 * 700 * 3 % 256))
    big = BytesIO()
    noisy.save(big, "PNG", compress_level=0)
    assert len(big.getvalue()) > 1024 * 1024
    with pytest.raises(InvalidInput, match="1 MB"):
        services.schools.update_letterhead(actor, head.changed(logo=big.getvalue()))


@pytest.mark.parametrize("kind", ["PNG", "JPEG"])
def test_wide_logo_is_scaled_to_600_px_keeping_format_and_aspect(store, two_schools, make_actor, kind):
    services = Services.over(store)
    a, _ = two_schools
    actor = make_actor(Role.DIRECTEUR, a)
    head = services.schools.letterhead(actor, a)
    saved = services.schools.update_letterhead(actor, head.changed(logo=image_bytes(1500, 500, kind)))
    with Image.open(BytesIO(saved.logo)) as logo:
        assert (logo.format, logo.size) == (kind, (600, 200))
    small = image_bytes(300, 100)
    saved = services.schools.update_letterhead(actor, saved.changed(logo=small))
    assert saved.logo == small
    saved = services.schools.update_letterhead(actor, saved.changed(logo=None))
    assert services.schools.letterhead(actor, a).logo is None


def test_stale_save_is_refused(store, two_schools, make_actor):
    services = Services.over(store)
    a, _ = two_schools
    actor = make_actor(Role.BEHEERDER, a)
    mine = services.schools.letterhead(actor, a)
    theirs = services.schools.update_letterhead(actor, mine.changed(city="Amersfoort"))
    with pytest.raises(StaleRecord, match="door iemand anders gewijzigd"):
        services.schools.update_letterhead(actor, mine.changed(street="Andere straat 2"))
    assert services.schools.letterhead(actor, a) == theirs


def test_only_own_schools_are_listed_and_editable(store, two_schools, make_actor):
    services = Services.over(store)
    a, b = two_schools
    admin_a = make_actor(Role.BEHEERDER, a)
    assert [c.brin for c in services.schools.manageable(admin_a)] == ["11AA"]
    assert [c.name for c in services.schools.manageable(make_actor(Role.BEHEERDER, None))] == ["De Regenboog", "Het Kompas"]
    assert services.schools.manageable(make_actor(Role.LEERKRACHT, a)) == []
    with pytest.raises(NotAllowed):
        services.schools.letterhead(admin_a, b)
    head_b = services.schools.letterhead(make_actor(Role.BEHEERDER, None), b)
    with pytest.raises(NotAllowed):
        services.schools.update_letterhead(admin_a, head_b.changed(name="Overgenomen"))
    with pytest.raises(NotAllowed):
        services.schools.letterhead(make_actor(Role.ANTI_PEST, a), a)
