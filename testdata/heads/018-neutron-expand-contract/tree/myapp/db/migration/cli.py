"""Migration CLI constants (neutron style)."""

import os

HEAD_FILENAME = 'HEAD'
EXPAND_BRANCH = 'expand'
CONTRACT_BRANCH = 'contract'
MIGRATION_BRANCHES = (EXPAND_BRANCH, CONTRACT_BRANCH)


def get_alembic_version_table(config):
    return os.environ.get('ALEMBIC_VERSION_TABLE', 'alembic_version')
