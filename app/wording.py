"""Small wording rules shared by the command line and the studio."""


def counted(number: int, noun: str) -> str:
    """'1 line', '3 lines'."""
    return f"{number} {noun}{'' if number == 1 else 's'}"


def first_few(items, most: int = 10) -> str:
    """'1, 4, 9', or the first `most` of them and '…' where there are more."""
    items = list(items)
    return ", ".join(map(str, items[:most])) + (" …" if len(items) > most else "")
