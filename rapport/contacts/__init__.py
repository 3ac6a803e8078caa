"""Import the contacts a learner has collected into one normalised table.

See :mod:`rapport.contacts.table` for the table's columns. Each supported export has its own
module; :func:`load_linkedin_connections` and friends are re-exported here.
"""

from rapport.contacts.detect import load_contacts, load_many
from rapport.contacts.export_file import find_header
from rapport.contacts.facebook import load_facebook_friends
from rapport.contacts.google import load_google_contacts
from rapport.contacts.invitations import (
    InvitationsImport,
    load_invitations,
    load_linkedin_invitations,
)
from rapport.contacts.linkedin import (
    load_linkedin_connections,
    parse_connected_on,
    read_linkedin_connections,
)
from rapport.contacts.merge import MergeResult, merge_contacts
from rapport.contacts.table import (
    COLUMNS,
    ContactImportError,
    ContactsImport,
    ImportReport,
    contact_record,
    contacts_frame,
)
from rapport.contacts.vcard import load_vcards

__all__ = [
    "COLUMNS",
    "ContactImportError",
    "ContactsImport",
    "ImportReport",
    "InvitationsImport",
    "MergeResult",
    "contact_record",
    "contacts_frame",
    "find_header",
    "load_contacts",
    "load_facebook_friends",
    "load_google_contacts",
    "load_invitations",
    "load_linkedin_connections",
    "load_linkedin_invitations",
    "load_many",
    "load_vcards",
    "merge_contacts",
    "parse_connected_on",
    "read_linkedin_connections",
]
