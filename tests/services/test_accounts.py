"""Local accounts: the first chair, signing in (wrong passwords, lock-out, disabled), the
chair's management, password rules, and the event log of it all."""

from __future__ import annotations

from datetime import timedelta
from types import SimpleNamespace

import pytest
from sqlmodel import select

from mediation_desk.bootstrap import AppContext
from mediation_desk.domain.account_rules import SignedOut
from mediation_desk.domain.errors import DomainError, ValidationErrors
from mediation_desk.domain.permissions import Permission, Role
from mediation_desk.services import accounts, authz
from mediation_desk.store import passwords
from mediation_desk.store.tables import EventLog, UserAccount
from tests.conftest import FakeClock

CHAIR_PW = "qingshi-2026"
MED_PW = "tiaojie-8899"


def chair(ctx: AppContext) -> str:
    return accounts.create_first_chair(ctx, "wangzr", "王主任", CHAIR_PW).id


def events(ctx: AppContext, prefix: str = "") -> list[SimpleNamespace]:
    with ctx.uow() as uow:
        rows = uow.session.scalars(select(EventLog).order_by(EventLog.change_seq)).all()
        return [SimpleNamespace(action=r.action, actor=r.actor, before=r.before,
                                after=r.after, entity_id=r.entity_id)
                for r in rows if r.action.startswith(prefix)]


def refused(code: str, fn, *args, **kwargs) -> DomainError:  # type: ignore[no-untyped-def]
    with pytest.raises(DomainError) as info:
        fn(*args, **kwargs)
    assert info.value.code == code, info.value
    return info.value


def test_first_chair_only_while_no_account_exists(village: AppContext) -> None:
    assert not accounts.accounts_exist(village)
    assert village.principal.role is None  # the owner of a store without accounts
    made = accounts.create_first_chair(village, "wangzr", "王主任", CHAIR_PW)
    assert made.role == "chair" and not made.must_change_password
    assert accounts.accounts_exist(village)
    assert village.principal.login == "wangzr" and village.principal.role is Role.CHAIR
    assert village.actor == "wangzr"
    refused("auth.accounts_exist", accounts.create_first_chair, village, "li4", "李四",
            "another-pass")
    [entry] = events(village, "user.first_chair")
    assert entry.actor == "wangzr" and "hash" not in str(entry.after)


def test_sign_in_sets_the_principal_and_logs(village: AppContext) -> None:
    chair(village)
    accounts.sign_out(village)
    assert isinstance(village.principal, SignedOut)
    user = accounts.sign_in(village, "WangZR", CHAIR_PW)  # capitals do not count
    assert user.login == "wangzr" and user.last_login_at is not None
    assert village.principal.user_id == user.id and village.principal.role is Role.CHAIR
    actions = [e.action for e in events(village, "auth.")]
    assert actions == ["auth.sign_out", "auth.sign_in"]


def test_wrong_password_and_unknown_login_read_the_same(village: AppContext) -> None:
    chair(village)
    wrong = refused("auth.bad_credentials", accounts.sign_in, village, "wangzr", "nope-nope")
    unknown = refused("auth.bad_credentials", accounts.sign_in, village, "nobody", "nope-nope")
    assert wrong.to_dict() == unknown.to_dict()
    failed = events(village, "auth.sign_in_failed")
    assert [e.actor for e in failed] == ["wangzr", "nobody"]
    assert [e.after["reason"] for e in failed] == ["bad_password", "unknown_login"]
    assert all("nope-nope" not in str(e.before) + str(e.after) for e in events(village))


def test_five_failures_lock_the_account_for_five_minutes(village: AppContext,
                                                         clock: FakeClock) -> None:
    chair(village)
    for _ in range(4):
        refused("auth.bad_credentials", accounts.sign_in, village, "wangzr", "wrong-pass")
    locked = refused("auth.locked", accounts.sign_in, village, "wangzr", "wrong-pass")
    assert locked.params == {"until": "10:05", "minutes": 5}  # FakeClock: 10:00 Beijing
    # While locked even the right password waits.
    refused("auth.locked", accounts.sign_in, village, "wangzr", CHAIR_PW)
    clock.now += timedelta(minutes=5, seconds=1)
    assert accounts.sign_in(village, "wangzr", CHAIR_PW).login == "wangzr"
    with village.uow() as uow:
        row = uow.session.scalars(select(UserAccount)).one()
        assert row.failed_logins == 0 and row.locked_until is None
    assert events(village, "auth.sign_in_failed")[-2].after["locked"] is True


def test_success_resets_the_failure_count(village: AppContext) -> None:
    chair(village)
    for _ in range(4):
        refused("auth.bad_credentials", accounts.sign_in, village, "wangzr", "wrong-pass")
    accounts.sign_in(village, "wangzr", CHAIR_PW)
    refused("auth.bad_credentials", accounts.sign_in, village, "wangzr", "wrong-pass")


def test_disabled_account_cannot_sign_in(village: AppContext) -> None:
    chair(village)
    med = accounts.add_user(village, "zhang3", "张三", "mediator", MED_PW)
    accounts.disable_user(village, med.id)
    refused("auth.disabled", accounts.sign_in, village, "zhang3", MED_PW)
    # Without the password nobody learns that the account is disabled.
    refused("auth.bad_credentials", accounts.sign_in, village, "zhang3", "wrong-pass")
    accounts.enable_user(village, med.id)
    assert accounts.sign_in(village, "zhang3", MED_PW).role == "mediator"


def test_password_rules(village: AppContext) -> None:
    chair(village)
    for pw, reason in (("short7!", "too_short"), ("aaaaaaaaaa", "one_character"),
                       ("Zhang3zhang3", None), ("zhang3ab", None)):
        if reason is None:
            continue
        err = refused("auth.weak_password", accounts.add_user, village, "zhang3", "张三",
                      "mediator", pw)
        assert err.params["reason"] == reason and err.field == "password"
    err = refused("auth.weak_password", accounts.add_user, village, "zhangsan8", "张三",
                  "mediator", "ZhangSan8")
    assert err.params["reason"] == "is_login"


def test_login_rules_and_uniqueness(village: AppContext) -> None:
    chair(village)
    for bad in ("a", "has space", "x" * 33, "semi;colon"):
        refused("auth.login_format", accounts.add_user, village, bad, "某人", "mediator",
                MED_PW)
    made = accounts.add_user(village, "ｌｉ４", "李四", "mediator", MED_PW)  # full width
    assert made.login == "li4"
    refused("auth.login_taken", accounts.add_user, village, "LI4", "李四", "mediator", MED_PW)
    assert accounts.add_user(village, "张三", "张三", "mediator", MED_PW).login == "张三"
    with pytest.raises(ValidationErrors) as several:
        accounts.add_user(village, "!", "", "mediator", "x")
    assert {e.field for e in several.value.errors} == {"login", "display_name", "password"}


def test_new_and_reset_accounts_must_change_their_password(village: AppContext) -> None:
    chair(village)
    med = accounts.add_user(village, "zhang3", "张三", "mediator", MED_PW)
    assert med.must_change_password
    user = accounts.sign_in(village, "zhang3", MED_PW)
    assert user.must_change_password
    refused("auth.bad_password", accounts.change_own_password, village, "wrong", "new-pass-1")
    refused("auth.same_password", accounts.change_own_password, village, MED_PW, MED_PW)
    changed = accounts.change_own_password(village, MED_PW, "my-own-pass")
    assert not changed.must_change_password
    accounts.sign_in(village, "wangzr", CHAIR_PW)
    reset = accounts.reset_password(village, med.id, "temp-pass-1")
    assert reset.must_change_password
    assert accounts.sign_in(village, "zhang3", "temp-pass-1").must_change_password


def test_a_mediator_cannot_manage_accounts(village: AppContext) -> None:
    chair_id = chair(village)
    accounts.add_user(village, "zhang3", "张三", "mediator", MED_PW)
    accounts.sign_in(village, "zhang3", MED_PW)
    err = refused("auth.forbidden", accounts.add_user, village, "li4", "李四", "chair", MED_PW)
    assert err.params == {"permission": "users.manage", "role": "mediator",
                          "login": "zhang3"}
    refused("auth.forbidden", accounts.list_users, village)
    refused("auth.forbidden", accounts.set_role, village, chair_id, "mediator")
    refused("auth.forbidden", accounts.reset_password, village, chair_id, "takeover-1")


def test_the_last_chair_stays(village: AppContext) -> None:
    chair_id = chair(village)
    refused("auth.last_chair", accounts.set_role, village, chair_id, "mediator")
    refused("auth.disable_self", accounts.disable_user, village, chair_id)
    other = accounts.add_user(village, "li4", "李四", "chair", MED_PW)
    # With a second chair the first may step down; then the second is the last one.
    demoted = accounts.set_role(village, chair_id, "mediator")
    assert demoted.role == "mediator" and village.principal.role is Role.MEDIATOR
    accounts.sign_in(village, "li4", MED_PW)
    refused("auth.disable_self", accounts.disable_user, village, other.id)
    assert [u.role for u in accounts.list_users(village)] == ["chair", "mediator"]


def test_a_disabled_chair_does_not_count(village: AppContext) -> None:
    chair(village)
    other = accounts.add_user(village, "li4", "李四", "chair", MED_PW)
    accounts.disable_user(village, other.id)
    me = accounts.current_user(village)
    assert me is not None
    refused("auth.last_chair", accounts.set_role, village, me.id, "mediator")
    assert accounts.set_role(village, me.id, "township").role == "township"  # manages too


def test_signed_out_context_may_do_nothing_restricted(village: AppContext) -> None:
    chair(village)
    accounts.sign_out(village)
    for permission in Permission:
        assert not authz.can(village, permission)
    refused("auth.forbidden", authz.require, village, Permission.REVEAL_ID)


def test_idle_lock_checks_the_signed_in_password(village: AppContext) -> None:
    refused("auth.not_signed_in", accounts.verify_password, village, CHAIR_PW)
    chair(village)
    accounts.verify_password(village, CHAIR_PW)
    refused("auth.bad_credentials", accounts.verify_password, village, "wrong-pass")
    assert [e.action for e in events(village, "auth.unlock")] == ["auth.unlock",
                                                                  "auth.unlock_failed"]


def test_a_weaker_stored_hash_is_replaced_at_sign_in(village: AppContext) -> None:
    chair(village)
    weak = passwords.hash_password(CHAIR_PW, passwords.ScryptParams(log_n=10, r=8, p=1))
    with village.uow(write=True) as uow:
        row = uow.session.scalars(select(UserAccount)).one()
        row.password_hash = weak
        uow.commit()
    accounts.sign_in(village, "wangzr", CHAIR_PW)
    with village.uow() as uow:
        stored = uow.session.scalars(select(UserAccount)).one().password_hash
    assert stored.startswith("scrypt$17$8$1$") and passwords.verify(CHAIR_PW, stored)


def test_user_view_never_carries_the_hash(village: AppContext) -> None:
    chair(village)
    [user] = accounts.list_users(village)
    assert "password_hash" not in user.to_dict()
    assert "scrypt" not in str(user.to_dict())


def test_the_first_account_must_be_the_chairs(village: AppContext) -> None:
    """Adding a mediator to a store without accounts would leave nobody who can manage them."""
    with pytest.raises(DomainError) as err:
        accounts.add_user(village, "lixiao", "李晓", "mediator", "tiaojie-2026")
    assert err.value.code == "auth.no_chair_yet"
    assert not accounts.accounts_exist(village)
