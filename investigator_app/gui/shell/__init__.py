"""The main window and what frames every case: the case list (model, columns, filters),
commands and shortcuts, sync status, notifications, settings, the demo mailbox."""
