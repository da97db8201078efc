"""Shared helpers for migrations."""
import sqlalchemy as sa


def uuid_pk(name='id'):
    return sa.Column(name, sa.Uuid(), primary_key=True)
