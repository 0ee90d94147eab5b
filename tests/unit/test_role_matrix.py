"""Every role × every permission × own school / other school, against a table written out by hand.

Columns: beheerder, directeur, anti-pestcoördinator/vertrouwenspersoon, leerkracht, bestuur.
"x" = allowed in the school of the grant. Nothing is ever allowed in another school.
"""

from __future__ import annotations

import pytest

from scope_desk.errors import NotAllowed
from scope_desk.models.user import Role
from scope_desk.services.access import (
    ROLE_PERMISSIONS, Actor, Grant, Permission, require, require_class, require_everywhere,
)

ROLES = (Role.BEHEERDER, Role.DIRECTEUR, Role.ANTI_PEST, Role.LEERKRACHT, Role.BESTUUR)

EXPECTED = {
    #                                      B D A L S
    Permission.VIEW_DASHBOARD:            "x x x x x",
    Permission.VIEW_PROTOCOL:             "x x x x x",
    Permission.CONFIRM_PROTOCOL_READ:     "x x x x x",
    Permission.MANAGE_PROTOCOL:           "x x . . .",
    Permission.VIEW_PUPILS:               "x x x . .",
    Permission.IMPORT_PUPILS:             "x x . . .",
    Permission.VIEW_CONSENT:              "x x . . .",
    Permission.VIEW_CLASS_SHEET:          "x x . x .",
    Permission.RECORD_CONSENT:            "x x . . .",
    Permission.MANAGE_ROUNDS:             "x x . . .",
    Permission.PRINT_LETTERS:             "x x . . .",
    Permission.EXPORT_PERSONAL_DATA:      "x x . . .",
    Permission.VIEW_INCIDENTS:            ". x x . .",
    Permission.WRITE_INCIDENTS:           ". x x . .",
    Permission.VIEW_ANONYMISED_REPORTS:   ". x . . x",
    Permission.MANAGE_SCHOOLS:            "x x . . .",
    Permission.MANAGE_ACCOUNTS:           "x x . . .",
    Permission.VIEW_AUDIT:                "x x . . .",
    Permission.MANAGE_RETENTION:          "x x . . .",
    Permission.MANAGE_STORE:              "x . . . .",
    Permission.MANAGE_SUBJECT_ACCESS:     "x x . . .",
}

OWN, OTHER, OWN_CLASS, OTHER_CLASS = 1, 2, 10, 11


def _actor(role: Role, school_id: int | None) -> Actor:
    class_id = OWN_CLASS if role is Role.LEERKRACHT else None
    return Actor(user_id=1, name=f"test-{role.value}", grants=(Grant(role, school_id, class_id),))


def test_table_covers_every_permission():
    assert set(EXPECTED) == set(Permission)


CASES = [(role, perm, EXPECTED[perm].split()[i] == "x") for perm in Permission for i, role in enumerate(ROLES)]


@pytest.mark.parametrize(("role", "permission", "allowed"), CASES,
                         ids=[f"{r.value}-{p.value}" for r, p, _ in CASES])
def test_role_permission_own_and_other_school(role, permission, allowed):
    actor = _actor(role, OWN)
    assert (permission in ROLE_PERMISSIONS[role]) is allowed
    assert actor.can(permission, OWN) is allowed
    assert actor.can(permission, OTHER) is False
    if allowed:
        require(actor, permission, OWN)
    else:
        with pytest.raises(NotAllowed):
            require(actor, permission, OWN)
    with pytest.raises(NotAllowed):
        require(actor, permission, OTHER)
    # a per-school grant never counts for the whole board at once
    with pytest.raises(NotAllowed):
        require_everywhere(actor, permission)


# a leerkracht is always tied to a school and a class (see the class test)
BOARD_CASES = [case for case in CASES if case[0] is not Role.LEERKRACHT]


@pytest.mark.parametrize(("role", "permission", "allowed"), BOARD_CASES,
                         ids=[f"board-{r.value}-{p.value}" for r, p, _ in BOARD_CASES])
def test_board_wide_grant_covers_every_school(role, permission, allowed):
    actor = _actor(role, None)
    assert actor.can(permission, OWN) is allowed
    assert actor.can(permission, OTHER) is allowed
    assert actor.can_everywhere(permission) is allowed


def test_leerkracht_reads_only_the_sheet_of_own_class():
    teacher = _actor(Role.LEERKRACHT, OWN)
    assert teacher.can_class(Permission.VIEW_CLASS_SHEET, OWN, OWN_CLASS)
    assert not teacher.can_class(Permission.VIEW_CLASS_SHEET, OWN, OTHER_CLASS)
    assert not teacher.can_class(Permission.VIEW_CLASS_SHEET, OTHER, OWN_CLASS)
    assert not teacher.can_class(Permission.RECORD_CONSENT, OWN, OWN_CLASS)
    assert teacher.class_ids(Permission.VIEW_CLASS_SHEET, OWN) == {OWN_CLASS}
    assert teacher.class_ids(Permission.VIEW_CLASS_SHEET, OTHER) == set()
    with pytest.raises(NotAllowed):
        require_class(teacher, Permission.VIEW_CLASS_SHEET, OWN, OTHER_CLASS)
    director = _actor(Role.DIRECTEUR, OWN)
    assert director.class_ids(Permission.VIEW_CLASS_SHEET, OWN) is None  # every class of the school
    assert director.can_class(Permission.VIEW_CLASS_SHEET, OWN, OTHER_CLASS)


def test_no_grants_means_nothing():
    nobody = Actor(user_id=None, name="niemand")
    assert not any(nobody.can(p, OWN) or nobody.can(p) for p in Permission)
