"""${message}

Revision ID: ${up_revision}
Revises: ${down_revision | comma,n}
Create Date: ${create_date.strftime("%Y-%m-%d %H:%M:%S")}
Stamp: ${f"{create_date:%Y%m%d_%H%M}"} / ${"{:%d.%m.%Y}".format(create_date)}

"""
from alembic import op
import sqlalchemy as sa

revision = ${repr(up_revision)}
down_revision = ${repr(down_revision)}
