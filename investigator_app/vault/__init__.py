"""Encryption at rest for the workstation: field encryption and a keyed search index.

The data key lives in the OS keyring (keys.DataKeyStore); the local store keeps only
ciphertext (cipher.FieldCipher) and keyed hashes of words and prefixes
(search_tokens.SearchTokenizer). docs/encryption-at-rest.md explains the trade-offs.
"""
