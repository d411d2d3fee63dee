"""数据同步: sync state and history, pending and rejected changes, conflicts to resolve side by side,
enrolment with the county server and USB bundles."""

from .page import SyncPage

__all__ = ["SyncPage"]
