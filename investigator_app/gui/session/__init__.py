"""Who is signed in: the sign-in and its dialogs, the idle lock, a lapsed session, the
identities revealed in this session."""
