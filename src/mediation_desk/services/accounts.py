"""Local accounts on the shared laptop (issue 8): the first chair, signing in and out, the
idle lock's password check, and the chair's management of the others.

* Until the first account exists the store has an owner (principal role None) who may do
  everything: set-up, the demo, the CLI and the tests of a store without accounts. The first
  account is a chair (``create_first_chair``); from then on everyone signs in.
* A wrong password says only "login or password wrong", never whether the login exists (an
  unknown login costs the same hashing time). Five wrong in a row lock the account for five
  minutes. Every sign-in, failure, lock and change is in the event log, failures under the
  login that was tried; no password (nor its hash) is ever logged.
* The slow hashing runs outside write transactions, so a sign-in never holds the database's
  write lock for the 0.4 s it costs."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from mediation_desk.bootstrap import CHINA_TZ, AppContext
from mediation_desk.domain import account_rules as rules
from mediation_desk.domain.account_views import UserView
from mediation_desk.domain.errors import DomainError, NotFound, ValidationErrors
from mediation_desk.domain.permissions import ROLE_PERMISSIONS, Permission, Principal, Role
from mediation_desk.services import authz
from mediation_desk.store import accounts_repo, passwords, repos
from mediation_desk.store.tables import Mediator, UserAccount
from mediation_desk.store.uow import UnitOfWork

ENTITY = "user_account"
# Roles that can manage accounts: one of them must always remain, or nobody could.
MANAGER_ROLES = tuple(r.value for r in Role if Permission.USERS_MANAGE in ROLE_PERMISSIONS[r])


def view(a: UserAccount) -> UserView:
    return UserView(id=a.id, login=a.login, display_name=a.display_name, role=a.role,
                    mediator_id=a.mediator_id, created_at=a.created_at,
                    last_login_at=a.last_login_at, disabled=a.disabled_at is not None,
                    locked_until=a.locked_until, must_change_password=a.must_change_password)


def principal_of(a: UserAccount | UserView) -> Principal:
    return Principal(login=a.login, display_name=a.display_name, role=Role(a.role),
                     user_id=a.id)


def accounts_exist(ctx: AppContext) -> bool:
    with ctx.uow() as uow:
        return accounts_repo.count(uow.session) > 0


def current_user(ctx: AppContext) -> UserView | None:
    """The signed-in person's account; None for the owner of a store without accounts."""
    user_id = ctx.principal.user_id
    if user_id is None:
        return None
    with ctx.uow() as uow:
        a = accounts_repo.by_id(uow.session, user_id)
        return view(a) if a is not None else None


# --- first run, signing in and out ---------------------------------------------------------

def create_first_chair(ctx: AppContext, login: str, display_name: str,
                       password: str) -> UserView:
    """The first account, a chair, made while the store has none; then signed in."""
    login = _checked_new(login, display_name, password)
    digest = passwords.hash_password(password)
    with _uow_as(ctx, login) as uow:
        if accounts_repo.count(uow.session) > 0:
            raise DomainError("auth.accounts_exist", None)
        a = _new_account(uow, login, display_name.strip(), Role.CHAIR.value, digest, None)
        a.last_login_at = uow.now
        uow.log("user.first_chair", ENTITY, a.id, after=_public(a))
        uow.commit()
        result = view(a)
    ctx.act_as(principal_of(result))
    return result


def sign_in(ctx: AppContext, login: str, password: str) -> UserView:
    """Check the password and act as this account from now on.

    Raises ``auth.bad_credentials`` (field ``password``), ``auth.locked`` (with ``until``
    as Beijing time and ``minutes``) or ``auth.disabled``."""
    result = _authenticate(ctx, login, password, "auth.sign_in")
    ctx.act_as(principal_of(result))
    return result


def verify_password(ctx: AppContext, password: str) -> None:
    """The idle lock: is this the signed-in person? Failures count and lock like at
    sign-in. Raises ``auth.not_signed_in`` when nobody is."""
    principal = ctx.principal
    if principal.user_id is None:
        raise DomainError("auth.not_signed_in", None)
    _authenticate(ctx, principal.login, password, "auth.unlock")


def sign_out(ctx: AppContext) -> None:
    """Nobody is signed in afterwards: the context may do nothing restricted."""
    principal = ctx.principal
    if principal.user_id is not None:
        with ctx.uow(write=True) as uow:
            uow.log("auth.sign_out", ENTITY, principal.user_id)
            uow.commit()
    ctx.act_as(rules.SIGNED_OUT)


def change_own_password(ctx: AppContext, old: str, new: str) -> UserView:
    principal = ctx.principal
    if principal.user_id is None:
        raise DomainError("auth.not_signed_in", None)
    with ctx.uow() as uow:
        a = _account(uow, principal.user_id)
        stored, login = a.password_hash, a.login
    if not passwords.verify(old, stored):
        raise DomainError("auth.bad_password", "old_password")
    rules.check_password(new, login, "new_password")
    if passwords.verify(new, stored):
        raise DomainError("auth.same_password", "new_password")
    digest = passwords.hash_password(new)
    with ctx.uow(write=True) as uow:
        a = _account(uow, principal.user_id)
        a.password_hash, a.password_changed_at = digest, uow.now
        a.must_change_password = False
        uow.log("user.password_changed", ENTITY, a.id)
        uow.commit()
        return view(a)


# --- the chair's management ----------------------------------------------------------------

def list_users(ctx: AppContext) -> list[UserView]:
    authz.require(ctx, Permission.USERS_MANAGE)
    with ctx.uow() as uow:
        return [view(a) for a in accounts_repo.all_accounts(uow.session)]


def add_user(ctx: AppContext, login: str, display_name: str, role: str, password: str,
             mediator_id: str | None = None) -> UserView:
    """A new account; its holder is asked to choose their own password at first sign-in."""
    authz.require(ctx, Permission.USERS_MANAGE)
    role = _role(role)
    login = _checked_new(login, display_name, password)
    digest = passwords.hash_password(password)
    with ctx.uow(write=True) as uow:
        # The first account must be a chair (create_first_chair): a store whose only
        # accounts cannot manage accounts would lock everyone out of that for good.
        if accounts_repo.count(uow.session) == 0:
            raise DomainError("auth.no_chair_yet", None)
        if mediator_id and repos.get(uow.session, Mediator, mediator_id) is None:
            raise NotFound("mediator", mediator_id, "mediator_id")
        a = _new_account(uow, login, display_name.strip(), role, digest, mediator_id or None)
        a.must_change_password = True
        uow.log("user.add", ENTITY, a.id, after=_public(a))
        uow.commit()
        return view(a)


def set_role(ctx: AppContext, user_id: str, role: str) -> UserView:
    authz.require(ctx, Permission.USERS_MANAGE)
    role = _role(role)
    with ctx.uow(write=True) as uow:
        a = _account(uow, user_id)
        before = a.role
        if before != role:
            if role not in MANAGER_ROLES:
                _keep_a_manager(uow, a)
            a.role = role
            uow.log("user.role", ENTITY, a.id, before={"role": before}, after={"role": role})
        uow.commit()
        result = view(a)
    if result.id == ctx.principal.user_id:
        ctx.act_as(principal_of(result))
    return result


def reset_password(ctx: AppContext, user_id: str, new_password: str) -> UserView:
    """A forgotten password: the chair sets a temporary one, to be changed at next sign-in.
    It also lifts a lock."""
    authz.require(ctx, Permission.USERS_MANAGE)
    with ctx.uow() as uow:
        login = _account(uow, user_id).login
    rules.check_password(new_password, login, "password")
    digest = passwords.hash_password(new_password)
    with ctx.uow(write=True) as uow:
        a = _account(uow, user_id)
        a.password_hash, a.password_changed_at = digest, uow.now
        a.must_change_password = True
        a.failed_logins, a.locked_until = 0, None
        uow.log("user.password_reset", ENTITY, a.id)
        uow.commit()
        return view(a)


def disable_user(ctx: AppContext, user_id: str) -> UserView:
    """The account can no longer sign in; it stays, with its history (the log names it)."""
    authz.require(ctx, Permission.USERS_MANAGE)
    if user_id == ctx.principal.user_id:
        raise DomainError("auth.disable_self", None)
    with ctx.uow(write=True) as uow:
        a = _account(uow, user_id)
        if a.disabled_at is None:
            _keep_a_manager(uow, a)
            a.disabled_at = uow.now
            uow.log("user.disable", ENTITY, a.id, after={"login": a.login})
        uow.commit()
        return view(a)


def enable_user(ctx: AppContext, user_id: str) -> UserView:
    authz.require(ctx, Permission.USERS_MANAGE)
    with ctx.uow(write=True) as uow:
        a = _account(uow, user_id)
        if a.disabled_at is not None:
            a.disabled_at = None
            a.failed_logins, a.locked_until = 0, None
            uow.log("user.enable", ENTITY, a.id, after={"login": a.login})
        uow.commit()
        return view(a)


def find_user(ctx: AppContext, ref: str) -> UserView:
    """An account by id or login (the CLI names accounts by login)."""
    authz.require(ctx, Permission.USERS_MANAGE)
    with ctx.uow() as uow:
        a = accounts_repo.by_id(uow.session, ref) or \
            accounts_repo.by_login(uow.session, rules.login_key(ref))
        if a is None:
            raise NotFound("user", ref, "login")
        return view(a)


# --- helpers -------------------------------------------------------------------------------

def _authenticate(ctx: AppContext, login: str, password: str, action: str) -> UserView:
    key = rules.login_key(login)
    tried = rules.normalise_login(login)[:64] or "?"
    with ctx.uow() as uow:
        found = accounts_repo.by_login(uow.session, key) if key else None
        snapshot = (found.id, found.password_hash, found.locked_until) if found else None
    if snapshot is None:
        passwords.burn_time(password)
        _log_failure(ctx, tried, "", "unknown_login", action)
        raise DomainError("auth.bad_credentials", "password")
    user_id, stored, locked_until = snapshot
    now = ctx.clock()
    if locked_until is not None and locked_until > now:
        _log_failure(ctx, tried, user_id, "locked", action)
        raise _locked(locked_until, now)
    ok = passwords.verify(password, stored)
    rehash = passwords.hash_password(password) if ok and passwords.needs_rehash(stored) \
        else None
    with _uow_as(ctx, tried) as uow:
        a = _account(uow, user_id)
        if not ok:
            a.failed_logins += 1
            locked = a.failed_logins >= rules.MAX_FAILURES
            if locked:
                a.failed_logins = 0
                a.locked_until = uow.now + timedelta(minutes=rules.LOCK_MINUTES)
            uow.log(f"{action}_failed", ENTITY, a.id,
                    after={"login": tried, "reason": "bad_password", "locked": locked})
            uow.commit()
            if locked:
                raise _locked(a.locked_until, uow.now)
            raise DomainError("auth.bad_credentials", "password")
        if a.disabled_at is not None:
            uow.log(f"{action}_failed", ENTITY, a.id,
                    after={"login": tried, "reason": "disabled"})
            uow.commit()
            raise DomainError("auth.disabled", "login", login=a.login)
        a.failed_logins, a.locked_until = 0, None
        if action == "auth.sign_in":
            a.last_login_at = uow.now
        if rehash is not None:
            a.password_hash = rehash
        uow.log(action, ENTITY, a.id, after={"login": a.login, "role": a.role})
        uow.commit()
        return view(a)


def _log_failure(ctx: AppContext, tried: str, user_id: str, reason: str,
                 action: str) -> None:
    with _uow_as(ctx, tried) as uow:
        uow.log(f"{action}_failed", ENTITY, user_id, after={"login": tried, "reason": reason})
        uow.commit()


def _locked(until: Any, now: Any) -> DomainError:
    minutes = max(1, -(-int((until - now).total_seconds()) // 60))
    return DomainError("auth.locked", "password",
                       until=until.astimezone(CHINA_TZ).strftime("%H:%M"), minutes=minutes)


def _uow_as(ctx: AppContext, actor: str) -> UnitOfWork:
    """A write unit of work whose log entries name ``actor`` (the login being tried): at a
    failed sign-in nobody is signed in, yet the log must say who was tried."""
    f = ctx.uow
    return UnitOfWork(f.engine, station_id=f.station_id, actor=actor, clock=f.clock,
                      write=True)


def _checked_new(login: str, display_name: str, password: str) -> str:
    """The normalised login; every problem of the three fields reported at once."""
    errors: list[DomainError] = []
    value = ""
    try:
        value = rules.check_login(login)
    except DomainError as exc:
        errors.append(exc)
    for check in (lambda: rules.check_display_name(display_name),
                  lambda: rules.check_password(password, login)):
        try:
            check()
        except DomainError as exc:
            errors.append(exc)
    if len(errors) == 1:
        raise errors[0]
    if errors:
        raise ValidationErrors(errors)
    return value


def _new_account(uow: UnitOfWork, login: str, display_name: str, role: str, digest: str,
                 mediator_id: str | None) -> UserAccount:
    if accounts_repo.by_login(uow.session, rules.login_key(login)) is not None:
        raise DomainError("auth.login_taken", "login", login=login)
    a = UserAccount(login=login, display_name=display_name, role=role, password_hash=digest,
                    mediator_id=mediator_id, created_at=uow.now, created_by=uow.actor,
                    password_changed_at=uow.now)
    uow.session.add(a)
    uow.session.flush()
    return a


def _account(uow: UnitOfWork, user_id: str) -> UserAccount:
    a = accounts_repo.by_id(uow.session, user_id)
    if a is None:
        raise NotFound("user", user_id, "login")
    return a


def _role(role: str) -> str:
    try:
        return Role(role).value
    except ValueError:
        raise DomainError("field.choice", "role", allowed=[r.value for r in Role]) from None


def _keep_a_manager(uow: UnitOfWork, a: UserAccount) -> None:
    """Refuse to demote or disable the last active account that can manage accounts."""
    if a.role not in MANAGER_ROLES or a.disabled_at is not None:
        return
    others = [m for m in accounts_repo.active_with_roles(uow.session, MANAGER_ROLES)
              if m.id != a.id]
    if not others:
        raise DomainError("auth.last_chair", None, login=a.login)


def _public(a: UserAccount) -> dict[str, Any]:
    return {"login": a.login, "display_name": a.display_name, "role": a.role,
            "mediator_id": a.mediator_id}
