"""scope_desk: the SCOPE Protocol Sociale Media in daily office practice."""

__version__ = "0.1.0"
APP_NAME = "scope-desk"
APP_AUTHOR = "SCOPE"
