"""Text normalization: numbers, money, dates, times, units, abbreviations, URLs read as people say them."""

from __future__ import annotations

import re
from functools import lru_cache

from num2words import num2words

from engine.text import MARKUP

_MONTHS = ("January February March April May June July August September October November December").split()
_CURRENCIES = {"$": ("dollar", "dollars", "cent", "cents"), "€": ("euro", "euros", "cent", "cents"),
               "£": ("pound", "pounds", "penny", "pence")}
_UNITS = {
    "km": ("kilometre", "kilometres"), "m": ("metre", "metres"), "cm": ("centimetre", "centimetres"),
    "mm": ("millimetre", "millimetres"), "kg": ("kilogram", "kilograms"), "g": ("gram", "grams"),
    "mg": ("milligram", "milligrams"), "l": ("litre", "litres"), "ml": ("millilitre", "millilitres"),
    "mph": ("mile per hour", "miles per hour"), "km/h": ("kilometre per hour", "kilometres per hour"),
    "kph": ("kilometre per hour", "kilometres per hour"), "mi": ("mile", "miles"), "ft": ("foot", "feet"),
    "in": ("inch", "inches"), "lb": ("pound", "pounds"), "lbs": ("pound", "pounds"), "oz": ("ounce", "ounces"),
    "gb": ("gigabyte", "gigabytes"), "mb": ("megabyte", "megabytes"), "kb": ("kilobyte", "kilobytes"),
    "tb": ("terabyte", "terabytes"), "ghz": ("gigahertz", "gigahertz"), "mhz": ("megahertz", "megahertz"),
    "hz": ("hertz", "hertz"), "khz": ("kilohertz", "kilohertz"), "ms": ("millisecond", "milliseconds"),
    "s": ("second", "seconds"), "h": ("hour", "hours"), "min": ("minute", "minutes"), "w": ("watt", "watts"),
    "kw": ("kilowatt", "kilowatts"), "v": ("volt", "volts"), "°c": ("degree Celsius", "degrees Celsius"),
    "°f": ("degree Fahrenheit", "degrees Fahrenheit"),
}
_ABBREVIATIONS = {
    "Dr.": "Doctor", "Mr.": "Mister", "Mrs.": "Missus", "Ms.": "Miz", "Prof.": "Professor", "St.": "Saint",
    "Jr.": "Junior", "Sr.": "Senior", "vs.": "versus", "etc.": "et cetera", "e.g.": "for example",
    "i.e.": "that is", "approx.": "approximately", "No.": "number", "Mt.": "Mount", "Ave.": "Avenue",
    "Rd.": "Road", "Blvd.": "Boulevard", "ext.": "extension",
}
# These come before what they qualify ("Dr. Smith", "vs. North Korea"), so their dot ends no sentence.
_LEADING = {"Dr.", "Mr.", "Mrs.", "Ms.", "Prof.", "St.", "No.", "Mt.", "vs.", "e.g.", "i.e.", "approx."}
_FUNCTION_WORDS = {"The", "A", "An", "In", "On", "At", "To", "From", "Of", "By", "And", "Or", "For", "With"}
_DIGIT_NAMES = "zero one two three four five six seven eight nine".split()
_FRACTIONS = {2: ("half", "halves"), 3: ("third", "thirds"), 4: ("quarter", "quarters")}
_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9, "X": 10, "XI": 11,
          "XII": 12, "XIII": 13, "XIV": 14, "XV": 15, "XVI": 16, "XVII": 17, "XVIII": 18, "XIX": 19, "XX": 20}
_NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"

# Both start only where a run of characters starts, so a hostile "1-1-1-…" line is read in linear time.
_URL = re.compile(r"(?<![\w.@/-])(?:https?://)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|io|dev|edu|gov|co|uk|ai|app)(?:/[^\s]*)?", re.I)
_EMAIL = re.compile(r"(?<![\w.+-])([\w.+-]+)@([\w-]+(?:\.[\w-]+)+)\b")
_MONEY = re.compile(rf"([$€£])\s?({_NUMBER})(?:\s?(million|billion|thousand|[mkb]n?)\b)?", re.I)
_PERCENT = re.compile(rf"({_NUMBER})\s?%")
_TIME = re.compile(r"\b(\d{1,2}):(\d{2})(?:\s?([ap])\.?m\.?)?\b|\b(\d{1,2})\s?([ap])\.?m\.?(?=\W|$)", re.I)
_ISO_DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_MONTH_DATE = re.compile(r"\b(" + "|".join(_MONTHS) + r")\s+(\d{1,2})(?:st|nd|rd|th)?(?:,\s*(\d{4}))?\b")
_ORDINAL = re.compile(r"\b(\d+)(st|nd|rd|th)\b", re.I)
_UNIT = re.compile(rf"({_NUMBER})\s?(" + "|".join(sorted(map(re.escape, _UNITS), key=len, reverse=True)) + r")(?=\W|$)", re.I)
_YEAR = re.compile(r"\b(1[1-9]\d\d|20\d\d)\b(?!\s?(?:%|[.,]\d))")
_NUMBER_RE = re.compile(rf"(?<![\w.]){_NUMBER}(?![\w])")
# (+1) (800) 555-0199, 555-0123, +44 20 7946 0958: said digit by digit, in their groups
_PHONE = re.compile(r"(?<![\w+])(?:\+\d{1,3}(?:[\s.-]\(?\d{1,4}\)?){2,5}|(?:\(\d{2,4}\)\s?|\d{3}[\s.-])?\d{3}[\s.-]\d{4})(?![\w-])")
_DIALLED = re.compile(r"\b((?:[Cc]all|[Dd]ial|[Tt]ext)(?: on)? )(\d{3,})\b")  # call 911, text 84433
_DOTTED_NUMBERS = re.compile(r"(?<![\w.])\d+(?:\.\d+){2,}(?![\w]|\.\d)")  # version 2.0.1, 192.168.1.1
_SLASH_DATE = re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b")  # US order: month/day/year
_SLASHED = re.compile(rf"(?<![\w/.])({_NUMBER})/(\d+)(?![\w/])")  # 3/4 cup, rated 4.5/5, 24/7
_OF_MANY = re.compile(r"\b(Step|Page|Part|Question|Slide|Lesson|Module|Unit|Exercise|Item|Episode|Task)\s+(\d+)/(\d+)\b", re.I)
_KEY_NAMES = {"ctrl": "Control", "cmd": "Command", "alt": "Alt", "shift": "Shift", "option": "Option", "fn": "Function",
              "win": "Windows", "esc": "Escape", "del": "Delete", "tab": "Tab", "enter": "Enter", "space": "Space"}
_KEYS = re.compile(r"\b(?:Ctrl|Cmd|Alt|Shift|Option|Fn|Win)(?:\s?\+\s?(?:Ctrl|Cmd|Alt|Shift|Option|Fn|Win|Esc|Del|Tab|"
                   r"Enter|Space|F\d{1,2}|[A-Z0-9]))+\b")  # Ctrl+Shift+S
_RANGE = re.compile(r"(?<![\w.,-])(\d+)\s?[-–]\s?(?=(\d+)(?![\w.,]\d|-\d))")  # 3-5 days: "three to five"
_NEGATIVE = re.compile(r"(?<![\w.,)])[-−](?=\d)")
_TIMES = re.compile(r"\b(\d+)\s?[x×]\s?(\d+)\b|\b(\d+)[x×](?=\W|$)")  # 3x3 grid, a 2x speedup
_LETTER_NUMBER = re.compile(r"\b([A-Z]{1,2})(\d{1,2})\b|\b(\d{1,2})([A-Z])\b")  # Q3, F1, 4K
_ROMAN_AFTER = re.compile(r"\b(Chapter|Part|Book|Volume|Act|Scene|Section|Phase|Level|Stage|Season|Episode|"
                          r"Round|Appendix|World War)\s+(" + "|".join(sorted(_ROMAN, key=len, reverse=True)) + r")\b")
_SHOUTING = re.compile(r"\b[A-Z][A-Z']*(?:[\s,!?.]+[A-Z][A-Z']*){2,}\b")  # three or more capitalised words


def _number(text: str) -> str:
    value = text.replace(",", "")
    words = num2words(float(value)) if "." in value else num2words(int(value))
    return words.replace(",", "")


def _money(match: re.Match) -> str:
    symbol, amount, scale = match.group(1), match.group(2).replace(",", ""), match.group(3)
    one, many, cent, cents = _CURRENCIES[symbol]
    if scale:
        scale_word = {"m": "million", "mn": "million", "k": "thousand", "b": "billion", "bn": "billion"}.get(scale.lower(), scale.lower())
        return f"{_number(amount)} {scale_word} {many}"
    whole, _, fraction = amount.partition(".")
    words = f"{_number(whole)} {one if whole == '1' else many}"
    if fraction and int(fraction[:2].ljust(2, "0")):
        pennies = int(fraction[:2].ljust(2, "0"))
        words += f" and {_number(str(pennies))} {cent if pennies == 1 else cents}"
    return words


def _time(match: re.Match) -> str:
    if match.group(4):
        hour, minute, half = int(match.group(4)), 0, match.group(5)
    else:
        hour, minute, half = int(match.group(1)), int(match.group(2)), match.group(3)
    if hour > 24 or minute > 59:
        return match.group(0)
    spoken = _number(str(hour))
    if minute:
        spoken += f" {'oh ' + _number(str(minute)) if minute < 10 else _number(str(minute))}"
    elif not half:
        spoken += " o'clock" if hour <= 12 else " hundred"
    if half:
        spoken += f" {half.upper()} M"
        rest = match.string[match.end():]
        if match.group(0).endswith(".") and (not rest.strip() or rest.lstrip()[:1].isupper()):
            spoken += "."  # the abbreviation's dot also ended the sentence
    return spoken


def _date(month: int, day: int, year: str | None) -> str:
    words = f"{_MONTHS[month - 1]} {num2words(day, to='ordinal')}"
    return words + (f", {num2words(int(year), to='year')}" if year else "")


def _unit(match: re.Match) -> str:
    amount, unit = match.group(1), match.group(2)
    key = unit.lower() if unit.lower() in _UNITS else unit
    if key not in _UNITS or (unit in ("m", "s", "h", "in", "g", "l", "v", "w") and match.group(0)[-1:].isupper()):
        return match.group(0)
    one, many = _UNITS[key]
    return f"{_number(amount)} {one if amount == '1' else many}"


def _url(match: re.Match) -> str:
    text = re.sub(r"^https?://", "", match.group(0))
    end = "." if text.endswith(".") else ""  # the sentence's full stop, not the address's
    text = text.rstrip("/.")
    return text.replace(".", " dot ").replace("/", " slash ").replace("-", " dash ") + end


def _abbreviation(match: re.Match) -> str:
    """The word for an abbreviation; its dot stays as a full stop where it also ended the sentence."""
    short, rest = match.group(0), match.string[match.end():]
    full = _ABBREVIATIONS[short]
    before = re.search(r"\b([A-Z][a-z]+)\s+$", match.string[max(0, match.start() - 40):match.start()])
    if short == "St." and before and before.group(1) not in _FUNCTION_WORDS and not re.match(r"\s+[A-Z]", rest):
        full = "Street"  # Baker St. (after a name), not St. Patrick or the St. Louis company
    ends_sentence = not rest.strip() or (short not in _LEADING and re.match(r"\s+[\"“(]?[A-Z]", rest))
    return full + ("." if short.endswith(".") and ends_sentence else "")


def _digits(text: str) -> str:
    """A phone number as it is read: digit by digit, a pause between its groups."""
    groups = re.findall(r"\+?\d+", text)
    spoken = [("plus " if g.startswith("+") else "") + " ".join(_DIGIT_NAMES[int(d)] for d in g.lstrip("+"))
              for g in groups]
    return ", ".join(spoken)


def _dotted(match: re.Match) -> str:
    parts = match.group(0).split(".")
    joiner = " dot " if len(parts) == 4 and all(int(p) <= 255 for p in parts) else " point "  # an IP address
    return joiner.join(_number(p) for p in parts)


def _slashed(match: re.Match) -> str:
    top, bottom = match.group(1), int(match.group(2))
    if (top, bottom) in (("24", 7), ("9", 11)):
        return f"{_number(top)} {_number(str(bottom))}"  # twenty-four seven, nine eleven
    if top.isdigit() and 0 < int(top) < bottom and bottom in _FRACTIONS:
        one, many = _FRACTIONS[bottom]
        return f"{_number(top)} {one if top == '1' else many}"
    if bottom in (5, 10, 100) and float(top.replace(",", "")) <= bottom:  # a rating or a score
        return f"{_number(top)} out of {_number(str(bottom))}"
    return match.group(0)


def _keys(match: re.Match) -> str:
    keys = re.split(r"\s?\+\s?", match.group(0))
    return " plus ".join(_KEY_NAMES.get(key.lower(), key) for key in keys)


def _range(match: re.Match) -> str:
    first, second = int(match.group(1)), int(match.group(2))
    return f"{match.group(1)} to " if first < second else match.group(0)


def _times(match: re.Match) -> str:
    if match.group(3):
        return f"{match.group(3)} times"
    return f"{match.group(1)} by {match.group(2)}"


def _letter_number(match: re.Match) -> str:
    if match.group(1):
        return f"{match.group(1)} {_number(match.group(2))}"
    return f"{_number(match.group(3))} {match.group(4)}"


# "No." is "number" only before one ("No. 5"); said alone, it is the word.
_ABBREVIATION = re.compile(r"(?<!\w)(?:No\.(?=\s*\d)|"
                           + "|".join(re.escape(short) for short in sorted(_ABBREVIATIONS, key=len, reverse=True)
                                      if short != "No.") + ")")


@lru_cache(maxsize=8192)  # every take's freshness check reads its line this way
def normalize_text(text: str) -> str:
    """Rewrite written forms into the words a narrator would say; break tags and [[IPA]] stay as they are."""
    parts = MARKUP.split(text)
    return " ".join(p.strip() if i % 2 else _normalize_words(p) for i, p in enumerate(parts) if p.strip())


def _normalize_words(text: str) -> str:
    text = _EMAIL.sub(lambda m: f"{m.group(1).replace('.', ' dot ')} at {m.group(2).replace('.', ' dot ')}", text)
    text = _URL.sub(_url, text)
    text = _ABBREVIATION.sub(_abbreviation, text)
    text = _KEYS.sub(_keys, text)
    text = _PHONE.sub(lambda m: _digits(m.group(0)), text)
    text = _DIALLED.sub(lambda m: m.group(1) + _digits(m.group(2)), text)
    text = _DOTTED_NUMBERS.sub(_dotted, text)
    text = _ROMAN_AFTER.sub(lambda m: f"{m.group(1)} {_number(str(_ROMAN[m.group(2)]))}", text)
    text = _MONEY.sub(_money, text)
    text = _PERCENT.sub(lambda m: f"{_number(m.group(1))} percent", text)
    text = _ISO_DATE.sub(lambda m: _date(int(m.group(2)), int(m.group(3)), m.group(1)) if 1 <= int(m.group(2)) <= 12 else m.group(0), text)
    text = _SLASH_DATE.sub(lambda m: _date(int(m.group(1)), int(m.group(2)), m.group(3))
                           if 1 <= int(m.group(1)) <= 12 and 1 <= int(m.group(2)) <= 31 else m.group(0), text)
    text = _MONTH_DATE.sub(lambda m: _date(_MONTHS.index(m.group(1)) + 1, int(m.group(2)), m.group(3)), text)
    text = _TIME.sub(_time, text)
    text = _ORDINAL.sub(lambda m: num2words(int(m.group(1)), to="ordinal"), text)
    text = _RANGE.sub(_range, text)
    text = _NEGATIVE.sub("minus ", text)
    text = _TIMES.sub(_times, text)
    text = _LETTER_NUMBER.sub(_letter_number, text)
    text = _UNIT.sub(_unit, text)
    text = _OF_MANY.sub(lambda m: f"{m.group(1)} {_number(m.group(2))} of {_number(m.group(3))}", text)
    text = _SLASHED.sub(_slashed, text)
    text = _YEAR.sub(lambda m: num2words(int(m.group(1)), to="year"), text)
    text = _NUMBER_RE.sub(lambda m: _number(m.group(0)), text)
    text = _SHOUTING.sub(lambda m: m.group(0).lower(), text)  # "I HATE YOU" is words; a lone "FBI" stays letters
    return re.sub(r"\s+", " ", text).strip()
