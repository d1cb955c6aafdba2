"""Desktop side of sync: the HTTP client of the intake service, the sync engine and the
Qt runner that keeps the local store up to date off the GUI thread."""
