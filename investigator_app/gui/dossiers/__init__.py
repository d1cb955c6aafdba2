"""PDF dossiers from the GUI: export and print dialogs, batch export, the print preview, the
case's audit trail."""
