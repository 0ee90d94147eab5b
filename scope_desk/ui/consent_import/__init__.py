"""Reading pupils in from the window: file, school and year, column mapping, dry run, then the import."""
