"""The widgets of the Incidenten page: table models, the detail view, dialogs, agenda, overview."""
