"""(being written)"""

FILLERS: dict = {}
