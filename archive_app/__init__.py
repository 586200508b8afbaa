"""Letapis: an offline, encrypted archive for civil society."""

__version__ = "0.1.0"

#: Vault format versions this build reads and writes (docs/FORMAT.md).
VAULT_FORMAT_VERSION = 1
#: Bundle format version this build reads and writes (docs/FORMAT.md, part 2).
BUNDLE_FORMAT_VERSION = 1
