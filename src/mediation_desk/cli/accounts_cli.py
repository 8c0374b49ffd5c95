"""Accounts from the command line, and signing in before every command once the store has
accounts (issue 8):

    user setup --login L --name N            the first chair (only while there is no account)
    user add --login L --name N --role R [--mediator ID]
    user list | role LOGIN ROLE | disable LOGIN | enable LOGIN
    user passwd [LOGIN]                      own password, or (chair) reset LOGIN's

Passwords never travel as options (they would show in the process list and the shell
history): they come from ``MEDIATION_DESK_PASSWORD`` (the signed-in person's, and the first
chair's) and ``MEDIATION_DESK_NEW_PASSWORD`` (a new one), or are asked for when standard
input is a terminal."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable

from mediation_desk.bootstrap import CHINA_TZ, AppContext
from mediation_desk.cli.output import Output
from mediation_desk.domain.account_views import UserView
from mediation_desk.domain.errors import DomainError
from mediation_desk.domain.permissions import Role
from mediation_desk.services import accounts
from mediation_desk.wording.catalog_accounts import role_label

Handler = Callable[[AppContext, argparse.Namespace, Output], int]
PASSWORD_ENV = "MEDIATION_DESK_PASSWORD"
NEW_PASSWORD_ENV = "MEDIATION_DESK_NEW_PASSWORD"
ROLES = [r.value for r in Role]


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    user = sub.add_parser("user", parents=[common], help="accounts and roles on this computer")
    us = user.add_subparsers(dest="user_command", metavar="USER_COMMAND", required=True)
    setup = us.add_parser("setup", parents=[common],
                          help=f"create the first account, a chair (password: ${PASSWORD_ENV} "
                               "or asked)")
    setup.add_argument("--login", required=True)
    setup.add_argument("--name", required=True, help="the person's name, e.g. 王主任")
    add = us.add_parser("add", parents=[common],
                        help=f"add an account (its password: ${NEW_PASSWORD_ENV} or asked)")
    add.add_argument("--login", required=True)
    add.add_argument("--name", required=True)
    add.add_argument("--role", required=True, choices=ROLES)
    add.add_argument("--mediator", default=None, help="the roster entry's id, if any")
    us.add_parser("list", parents=[common], help="every account")
    pw = us.add_parser("passwd", parents=[common],
                       help=f"change your password (new: ${NEW_PASSWORD_ENV} or asked); "
                            "with LOGIN, a chair sets a temporary one")
    pw.add_argument("login", nargs="?", default=None)
    role = us.add_parser("role", parents=[common], help="change an account's role")
    role.add_argument("login")
    role.add_argument("role", choices=ROLES)
    for name, text in (("disable", "stop an account signing in"),
                       ("enable", "let a disabled account sign in again")):
        p = us.add_parser(name, parents=[common], help=text)
        p.add_argument("login")


def sign_in_if_needed(ctx: AppContext, args: argparse.Namespace, lang: str) -> None:
    """Once the store has accounts every command signs in first (``--user`` and the
    password); without accounts nothing changes."""
    if not accounts.accounts_exist(ctx):
        return
    login = (getattr(args, "user", None) or "").strip()
    if not login:
        raise DomainError("auth.login_required", "login")
    user = accounts.sign_in(ctx, login, read_password(PASSWORD_ENV, lang, "password"))
    changing_own = getattr(args, "command", None) == "user" and \
        getattr(args, "user_command", None) == "passwd" and not getattr(args, "login", None)
    if user.must_change_password and not changing_own:
        raise DomainError("auth.must_change_password", None)


def read_password(env: str, lang: str, field: str, *, twice: bool = False) -> str:
    """From ``env``, else asked at the terminal (twice for a new password); never echoed."""
    value = os.environ.get(env)
    if value:
        return value
    if not sys.stdin.isatty():
        raise DomainError("auth.password_required", field, env=env)
    zh = lang == "zh"
    first = getpass.getpass(("新密码：" if zh else "New password: ") if twice
                            else ("密码：" if zh else "Password: "))
    if twice and getpass.getpass("再输入一次：" if zh else "Again: ") != first:
        raise DomainError("auth.passwords_differ", f"{field}_again")
    return first


def cmd_user(ctx: AppContext, args: argparse.Namespace, out: Output) -> int:
    command, lang = args.user_command, out.lang
    if command == "setup":
        user = accounts.create_first_chair(
            ctx, args.login, args.name, read_password(PASSWORD_ENV, lang, "password",
                                                      twice=True))
    elif command == "add":
        user = accounts.add_user(ctx, args.login, args.name, args.role,
                                 read_password(NEW_PASSWORD_ENV, lang, "password", twice=True),
                                 mediator_id=args.mediator)
    elif command == "list":
        users = accounts.list_users(ctx)
        out.data([u.to_dict() for u in users], users_text(users, lang))
        return 0
    elif command == "passwd" and not args.login:
        user = accounts.change_own_password(
            ctx, read_password(PASSWORD_ENV, lang, "old_password"),
            read_password(NEW_PASSWORD_ENV, lang, "new_password", twice=True))
    else:
        target = accounts.find_user(ctx, args.login)
        if command == "passwd":
            user = accounts.reset_password(ctx, target.id, read_password(
                NEW_PASSWORD_ENV, lang, "password", twice=True))
        elif command == "role":
            user = accounts.set_role(ctx, target.id, args.role)
        elif command == "disable":
            user = accounts.disable_user(ctx, target.id)
        else:
            user = accounts.enable_user(ctx, target.id)
    out.data(user.to_dict(), users_text([user], lang))
    return 0


def _when(user: UserView, lang: str) -> str:
    if user.last_login_at is None:
        return "从未登录" if lang == "zh" else "never signed in"
    return user.last_login_at.astimezone(CHINA_TZ).strftime("%Y-%m-%d %H:%M")


def users_text(users: list[UserView], lang: str) -> str:
    zh = lang == "zh"
    if not users:
        return "还没有账户。" if zh else "No accounts yet."
    lines = []
    for u in users:
        state = [("已停用" if zh else "disabled") if u.disabled else
                 ("可用" if zh else "active")]
        if u.must_change_password:
            state.append("需改密码" if zh else "must change password")
        lines.append(f"{u.login}  {u.display_name}  {role_label(u.role, lang)}  "
                     f"{_when(u, lang)}  {'，'.join(state) if zh else ', '.join(state)}")
    return "\n".join(lines)


HANDLERS: dict[str, Handler] = {"user": cmd_user}
