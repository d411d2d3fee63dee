"""Statistics, Excel import and export, receipts and report documents. No widgets here.

Excel: ``roster_import`` (household/person rosters, preview then one transaction), ``xlsx_export`` (any
list to .xlsx, streamed), ``templates`` (the roster template users fill in). Header spellings and everyday
words of rosters live in ``roster_fields``; reading .xlsx/.xls rows in ``workbook_reader``.
"""
