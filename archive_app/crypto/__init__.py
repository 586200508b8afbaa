"""Keys, key derivation, sealed records and sealed chunked files. Imports nothing of ours."""
