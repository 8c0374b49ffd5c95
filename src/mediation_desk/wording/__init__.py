"""Sentences for the core's codes (errors, warnings, statuses, actions), in Chinese and
English. Pure Python, shared by the command line and the desktop window, so a refusal reads
the same in both. No Qt: the window passes its interface language in."""
