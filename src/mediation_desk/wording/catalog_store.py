"""Sentences for a write the disk refused (store/write_errors.py): what happened, that
nothing was saved half-way, and what to do. (Chinese, English) per code."""

from __future__ import annotations

Pair = tuple[str, str]

_SAFE = "之前保存的内容都完好，也没有留下写了一半的记录"
_SAFE_EN = "Everything saved before is intact and nothing was left half-written"

MESSAGES: dict[str, Pair] = {
    "store.disk_full": (
        f"磁盘（或U盘）已经满了，这次的内容没有保存。{_SAFE}。"
        "请删掉一些不用的文件腾出空间，或换一个有空间的文件夹，然后再试一次",
        f"The disk (or USB stick) is full, so this was not saved. {_SAFE_EN}. "
        "Free some space or choose another folder, then try again"),
    "store.read_only": (
        f"这个文件夹不能写入（是只读的，或这个账户没有权限），这次的内容没有保存。{_SAFE}。"
        "请换一个可以写入的文件夹，或请管理这台电脑的人打开写入权限",
        f"This folder cannot be written to (it is read-only, or this account may not write "
        f"there), so this was not saved. {_SAFE_EN}. Choose another folder, or ask whoever "
        "looks after this computer to allow writing"),
    "store.locked": (
        f"数据文件正被另一个调解工作台窗口（或别的程序）占用，等了一会儿还没轮到，这次的内容没有保存。"
        f"{_SAFE}。请关掉另一个窗口，然后再试一次",
        f"The data file is busy in another Mediation Desk window (or another program), so "
        f"this was not saved. {_SAFE_EN}. Close the other window, then try again"),
    "store.io_error": (
        f"读写磁盘时出错（U盘可能被拔出了，或磁盘有故障），这次的内容没有保存。{_SAFE}。"
        "请把U盘插回去，然后再试一次；如果一直这样，请找人检查这台电脑的磁盘",
        f"The disk could not be written (a USB stick pulled out, or a failing disk), so this "
        f"was not saved. {_SAFE_EN}. Plug the stick back in and try again; if it keeps "
        "happening, have the disk checked"),
}

FIELDS: dict[str, Pair] = {}
INDEXED: dict[str, Pair] = {}
