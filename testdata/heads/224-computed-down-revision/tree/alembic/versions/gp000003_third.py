"""computed parent

Revision ID: gp000003
"""
import os
import re


def get_parent():
    here = os.path.dirname(os.path.abspath(__file__))
    names = sorted(n for n in os.listdir(here) if re.match(r'gp\d+_', n))
    previous = names[names.index(os.path.basename(__file__)) - 1]
    return previous.split('_')[0]


revision = 'gp000003'
down_revision = get_parent()


def upgrade():
    pass


def downgrade():
    pass
