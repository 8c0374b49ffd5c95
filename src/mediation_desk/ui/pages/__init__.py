"""The pages of the main window's navigation, one module per page."""
