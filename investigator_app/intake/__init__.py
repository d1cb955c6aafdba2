"""The intake service: the 1700 desk registers and forwards reports here, department
desktops sync their cases from here (see README.md in this folder).

Entry points: ``app.create_app``, ``embedded.EmbeddedService``, ``demo.seed_demo``,
``migrate.upgrade`` and the ``investigator-intake`` command (``cli.main``).
"""
