"""Import the contacts a learner has collected into one normalised table.

See :mod:`rapport.contacts.table` for the table's columns. Each supported export has its own
module; :func:`load_linkedin_connections` and friends are re-exported here.
"""

from rapport.contacts.linkedin import (
    find_header,
    load_linkedin_connections,
    parse_connected_on,
    read_linkedin_connections,
)
from rapport.contacts.table import (
    COLUMNS,
    ContactImportError,
    ContactsImport,
    ImportReport,
    contact_record,
    contacts_frame,
)

__all__ = [
    "COLUMNS",
    "ContactImportError",
    "ContactsImport",
    "ImportReport",
    "contact_record",
    "contacts_frame",
    "find_header",
    "load_linkedin_connections",
    "parse_connected_on",
    "read_linkedin_connections",
]
