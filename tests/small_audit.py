"""A five-person contact list and its message stats, shared by the audit and summary tests."""

import pandas as pd

from rapport.contacts import contact_record, contacts_frame


def contacts():
    people = [
        ("Ana Silva", "https://www.linkedin.com/in/ana", "2018-03-01"),
        ("Ben Okoro", "https://www.linkedin.com/in/ben", "2019-05-01"),
        ("Chen Wei", "", "2019-07-01"),
        ("Dara Byrne", "https://www.linkedin.com/in/dara", "2020-01-01"),
        ("Eli Stone", "https://www.linkedin.com/in/eli", "2024-02-01"),
    ]
    return contacts_frame(
        [
            contact_record(
                "linkedin", i, name=n, url=u, connected_on=pd.Timestamp(d).to_pydatetime()
            )
            for i, (n, u, d) in enumerate(people)
        ]
    )


def stats():
    utc = lambda s: pd.Timestamp(s, tz="UTC")  # noqa: E731
    rows = [
        # key, person, conversations, sent, received, first, last, spoke_last, whose_turn
        ("linkedin.com/in/ana", "Ana Silva", 2, 3, 2, utc("2018-04-01"), utc("2026-06-20"), "them", "mine"),  # noqa: E501
        ("linkedin.com/in/ben", "Ben Okoro", 1, 2, 1, utc("2019-06-01"), utc("2024-01-01"), "me", "theirs"),  # noqa: E501
        ("Chen Wei", "Chen Wei", 1, 1, 0, utc("2020-01-01"), utc("2020-01-01"), "me", "theirs"),
        ("linkedin.com/in/eli", "Eli Stone", 1, 0, 1, utc("2026-05-01"), utc("2026-05-01"), "them", "mine"),  # noqa: E501
    ]  # fmt: skip
    columns = ["key", "person", "conversations", "sent", "received", "first_exchange"]
    columns += ["last_exchange", "spoke_last", "whose_turn"]
    return pd.DataFrame(rows, columns=columns)
