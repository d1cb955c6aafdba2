"""The desktop's Qt code, by what the user sees: ``shell`` (the main window and case list),
``workspace`` (one case), ``conversation`` (with the reporter), ``dossiers`` (export and
print), ``dashboard``, ``session`` (sign-in and idle lock), and ``common`` (what they share).
``forms`` holds the compiled Designer forms (generated). Nothing here talks HTTP or SQL."""
