"""One case as the user works on it: the case pane, its controller and action dialogs, the
conflict-of-interest gate, the reporter's identity, confidential notes."""
