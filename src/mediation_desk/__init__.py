"""Mediation Desk (调解工作台): offline records for village people's mediation committees."""

__version__ = "0.1.0"
