"""Shared revision ids, so branches can refer to each other."""

BASE_REVISION = 'c0n50001'
BILLING_HEAD = 'c0n50002'
BILLING_LABEL = 'billing'
