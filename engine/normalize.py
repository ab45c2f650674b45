"""Text normalization: numbers, money, dates, times, units, abbreviations, URLs read as people say them."""

from __future__ import annotations

import re

from num2words import num2words

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
}
_NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"

_URL = re.compile(r"\b(?:https?://)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|io|dev|edu|gov|co|uk|ai|app)(?:/[^\s]*)?", re.I)
_EMAIL = re.compile(r"\b([\w.+-]+)@([\w-]+(?:\.[\w-]+)+)\b")
_MONEY = re.compile(rf"([$€£])\s?({_NUMBER})(?:\s?(million|billion|thousand|[mkb]n?)\b)?", re.I)
_PERCENT = re.compile(rf"({_NUMBER})\s?%")
_TIME = re.compile(r"\b(\d{1,2}):(\d{2})(?:\s?([ap])\.?m\.?)?\b|\b(\d{1,2})\s?([ap])\.?m\.?(?=\W|$)", re.I)
_ISO_DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_MONTH_DATE = re.compile(r"\b(" + "|".join(_MONTHS) + r")\s+(\d{1,2})(?:st|nd|rd|th)?(?:,\s*(\d{4}))?\b")
_ORDINAL = re.compile(r"\b(\d+)(st|nd|rd|th)\b", re.I)
_UNIT = re.compile(rf"({_NUMBER})\s?(" + "|".join(sorted(map(re.escape, _UNITS), key=len, reverse=True)) + r")(?=\W|$)", re.I)
_YEAR = re.compile(r"\b(1[1-9]\d\d|20\d\d)\b(?!\s?(?:%|[.,]\d))")
_NUMBER_RE = re.compile(rf"(?<![\w.]){_NUMBER}(?![\w])")
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
    text = text.rstrip("/.")
    return text.replace(".", " dot ").replace("/", " slash ").replace("-", " dash ")


_MARKUP = re.compile(r"(<break\b[^>]*>|\[\[.*?\]\])", re.IGNORECASE)


def normalize_text(text: str) -> str:
    """Rewrite written forms into the words a narrator would say; break tags and [[IPA]] stay as they are."""
    parts = _MARKUP.split(text)
    return " ".join(p.strip() if i % 2 else _normalize_words(p) for i, p in enumerate(parts) if p.strip())


def _normalize_words(text: str) -> str:
    text = _EMAIL.sub(lambda m: f"{m.group(1).replace('.', ' dot ')} at {m.group(2).replace('.', ' dot ')}", text)
    text = _URL.sub(_url, text)
    for short, full in _ABBREVIATIONS.items():
        text = re.sub(rf"(?<!\w){re.escape(short)}", full, text)
    text = _MONEY.sub(_money, text)
    text = _PERCENT.sub(lambda m: f"{_number(m.group(1))} percent", text)
    text = _ISO_DATE.sub(lambda m: _date(int(m.group(2)), int(m.group(3)), m.group(1)) if 1 <= int(m.group(2)) <= 12 else m.group(0), text)
    text = _MONTH_DATE.sub(lambda m: _date(_MONTHS.index(m.group(1)) + 1, int(m.group(2)), m.group(3)), text)
    text = _TIME.sub(_time, text)
    text = _ORDINAL.sub(lambda m: num2words(int(m.group(1)), to="ordinal"), text)
    text = _UNIT.sub(_unit, text)
    text = _YEAR.sub(lambda m: num2words(int(m.group(1)), to="year"), text)
    text = _NUMBER_RE.sub(lambda m: _number(m.group(0)), text)
    text = _SHOUTING.sub(lambda m: m.group(0).lower(), text)  # "I HATE YOU" is words; a lone "FBI" stays letters
    return re.sub(r"\s+", " ", text).strip()
