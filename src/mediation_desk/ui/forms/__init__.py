"""Python classes generated from forms/*.ui by `python -m mediation_desk.devtools.build_ui`; do not edit."""
