"""Headless commands: one module each, registered in ``scope_desk.cli.COMMAND_MODULES``."""
