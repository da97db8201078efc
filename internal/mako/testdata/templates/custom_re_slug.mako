<%!
    import re
    from re import split as resplit
%>\
<%
    words = re.split(r"[^\w]+", message)
    slug = "_".join(w.lower() for w in words) if False else "_".join(words).lower()
    parents = comma(down_revision)
%>\
"""${message}

Revision ID: ${up_revision}
Revises: ${parents}
Slug: ${slug}
Parents: ${resplit(r",\s*", parents) if parents else []}
Create Date: ${create_date}

"""
revision = ${repr(up_revision)}
down_revision = ${repr(down_revision)}
