"""Printing results for people (Chinese by default) or for scripts (``--json``)."""

from __future__ import annotations

import json
import sys
from typing import Any, TextIO

from pydantic import BaseModel

from mediation_desk.cli.hints import HINTS
from mediation_desk.wording import messages


def to_jsonable(value: Any) -> Any:
    if isinstance(value, BaseModel):
        return value.model_dump(mode="json")
    if isinstance(value, list | tuple):
        return [to_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {k: to_jsonable(v) for k, v in value.items()}
    return value


class Output:
    def __init__(self, *, json_mode: bool, lang: str, stdout: TextIO | None = None,
                 stderr: TextIO | None = None) -> None:
        self.json_mode = json_mode
        self.lang = lang
        self.stdout = stdout or sys.stdout
        self.stderr = stderr or sys.stderr

    def data(self, value: Any, human: str | None = None) -> None:
        """Print a result: JSON in --json mode, else the human text."""
        if self.json_mode:
            self.stdout.write(json.dumps(to_jsonable(value), ensure_ascii=False, indent=2,
                                         default=str) + "\n")
        elif human is not None:
            self.stdout.write(human.rstrip("\n") + "\n")

    def error(self, err: dict[str, Any]) -> None:
        lines = messages.describe(err, self.lang, HINTS)
        if self.json_mode:
            payload = {"ok": False, "error": err, "messages": lines}
            self.stdout.write(json.dumps(payload, ensure_ascii=False, indent=2, default=str)
                              + "\n")
        head = "错误" if self.lang == "zh" else "Error"
        for line in lines:
            self.stderr.write(f"{head}：{line}\n" if self.lang == "zh" else f"{head}: {line}\n")
