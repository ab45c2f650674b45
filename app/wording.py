"""Small wording rules shared by the command line and the studio."""


def counted(number: int, noun: str) -> str:
    """'1 line', '3 lines'."""
    return f"{number} {noun}{'' if number == 1 else 's'}"
