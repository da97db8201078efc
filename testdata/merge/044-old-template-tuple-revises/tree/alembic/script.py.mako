"""${message}

Revision ID: ${up_revision}
Revises: ${down_revision}
Create Date: ${create_date}

"""

# revision identifiers, used by Alembic.
revision = "${up_revision}"
down_revision = ${repr(down_revision)}

from alembic import op
import sqlalchemy as sa


def upgrade():
    pass


def downgrade():
    pass
