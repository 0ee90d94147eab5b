"""Widgets of the Brieven page: round set-up, letter batches with preview, progress, scanned slips."""
