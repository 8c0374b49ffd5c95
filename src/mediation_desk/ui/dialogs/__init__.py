"""Dialogs, one class per module (and per form in ``forms/`` where there is one)."""
