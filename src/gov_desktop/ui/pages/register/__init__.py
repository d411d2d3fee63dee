"""人口户籍: the person and household register (lists, search, household page, forms, Excel in and out)."""

from .page import RegisterPage

__all__ = ["RegisterPage"]
