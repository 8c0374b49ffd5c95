"""The desktop interface: the only package that imports PySide6. It calls services with an
``AppContext`` and shows their read models; it never opens sessions or runs SQL."""
