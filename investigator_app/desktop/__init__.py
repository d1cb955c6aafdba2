"""The desktop app's own modules: the composition root, its settings, keyring policy, single
instance, translations, crash handler, logging, paths, the demo and the self-test. The
desktop is this package with gui/, store/, sync/, export/, dashboard/ and vault/; the
service is intake/; what both share is domain/, protocol.py, protocol_audit.py and
operations.py."""
