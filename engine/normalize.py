"""Text normalization: numbers, money, dates, times, units, abbreviations, URLs read as people say them."""

from __future__ import annotations

import html
import itertools
import re
import unicodedata
from functools import lru_cache

import emoji
from num2words import num2words

from engine.known_words import dictionary_ipa
from engine.text import MARKUP

_MONTHS = ("January February March April May June July August September October November December").split()
_DOLLARS = {"US$": "US", "CA$": "Canadian", "C$": "Canadian", "A$": "Australian", "AU$": "Australian",
            "NZ$": "New Zealand", "HK$": "Hong Kong", "S$": "Singapore"}  # CA$20: twenty Canadian dollars
_CURRENCIES = {"$": ("dollar", "dollars", "cent", "cents"), "€": ("euro", "euros", "cent", "cents"),
               "£": ("pound", "pounds", "penny", "pence"), "¥": ("yen", "yen", "sen", "sen"),
               "₹": ("rupee", "rupees", "paisa", "paise"), "₩": ("won", "won", "jeon", "jeon"),
               "CHF": ("Swiss franc", "Swiss francs", "centime", "centimes"),
               "R$": ("real", "reais", "centavo", "centavos")} | {  # R$200: Brazil's reais
    sign: (f"{country} dollar", f"{country} dollars", "cent", "cents") for sign, country in _DOLLARS.items()}
_CURRENCY_CODES = {"USD": "US$", "EUR": "€", "GBP": "£", "JPY": "¥", "INR": "₹", "CAD": "CA$", "AUD": "A$",
                   "NZD": "NZ$", "KRW": "₩", "CHF": "CHF"}  # 100 USD, EUR 3bn
_UNITS = {
    "km": ("kilometre", "kilometres"), "m": ("metre", "metres"), "cm": ("centimetre", "centimetres"),
    "mm": ("millimetre", "millimetres"), "kg": ("kilogram", "kilograms"), "g": ("gram", "grams"),
    "mg": ("milligram", "milligrams"), "l": ("litre", "litres"), "ml": ("millilitre", "millilitres"),
    "mph": ("mile per hour", "miles per hour"), "km/h": ("kilometre per hour", "kilometres per hour"),
    "kph": ("kilometre per hour", "kilometres per hour"), "mi": ("mile", "miles"), "ft": ("foot", "feet"),
    "in": ("inch", "inches"), "lb": ("pound", "pounds"), "lbs": ("pound", "pounds"), "oz": ("ounce", "ounces"),
    "gb": ("gigabyte", "gigabytes"), "mb": ("megabyte", "megabytes"), "kb": ("kilobyte", "kilobytes"),
    "gib": ("gibibyte", "gibibytes"), "mib": ("mebibyte", "mebibytes"), "kib": ("kibibyte", "kibibytes"),
    "tib": ("tebibyte", "tebibytes"),
    "tb": ("terabyte", "terabytes"), "ghz": ("gigahertz", "gigahertz"), "mhz": ("megahertz", "megahertz"),
    "hz": ("hertz", "hertz"), "khz": ("kilohertz", "kilohertz"), "ms": ("millisecond", "milliseconds"),
    "s": ("second", "seconds"), "h": ("hour", "hours"), "min": ("minute", "minutes"), "w": ("watt", "watts"),
    "mins": ("minute", "minutes"), "sec": ("second", "seconds"), "secs": ("second", "seconds"), "hr": ("hour", "hours"),
    "hrs": ("hour", "hours"),
    "kw": ("kilowatt", "kilowatts"), "v": ("volt", "volts"), "°c": ("degree Celsius", "degrees Celsius"),
    "°f": ("degree Fahrenheit", "degrees Fahrenheit"), "°": ("degree", "degrees"), "mb/s": ("megabyte per second", "megabytes per second"),
    "gb/s": ("gigabyte per second", "gigabytes per second"),
    "kb/s": ("kilobyte per second", "kilobytes per second"), "mbps": ("megabit per second", "megabits per second"),
    "gbps": ("gigabit per second", "gigabits per second"), "kbps": ("kilobit per second", "kilobits per second"),
    "fps": ("frame per second", "frames per second"), "db": ("decibel", "decibels"),
    "kwh": ("kilowatt hour", "kilowatt hours"), "mah": ("milliamp hour", "milliamp hours"),
    # current (_CASED_UNITS), and A only where the sentence speaks of power (2 A grades, Class 2 A)
    "ma": ("milliamp", "milliamps"), "a": ("amp", "amps"),
    # rates rose 25 bps or 25 bp (bits per second are written kbps, Mbps)
    "bps": ("basis point", "basis points"), "bp": ("basis point", "basis points"),
    # medicine and engineering: espeak says psi "sigh", mmHg and mcg letter by letter
    "psi": ("pound per square inch", "pounds per square inch"), "kpa": ("kilopascal", "kilopascals"),
    "mpa": ("megapascal", "megapascals"), "mmhg": ("millimetre of mercury", "millimetres of mercury"),
    "mcg": ("microgram", "micrograms"), "µg": ("microgram", "micrograms"), "μg": ("microgram", "micrograms"),
    "µm": ("micrometre", "micrometres"), "μm": ("micrometre", "micrometres"), "n·m": ("newton metre", "newton metres"),
    "nm": ("nanometre", "nanometres"), "ft-lb": ("foot-pound", "foot-pounds"), "ft-lbs": ("foot-pound", "foot-pounds"),
    "lb-ft": ("pound-foot", "pound-feet"), "dl": ("decilitre", "decilitres"), "mmol": ("millimole", "millimoles"),
    "meq": ("milliequivalent", "milliequivalents"), "iu": ("international unit", "international units"),
    # areas and volumes (espeak: "twenty M two"), and what espeak says as a sound ("three yrs": "three-ers")
    "m²": ("square metre", "square metres"), "m2": ("square metre", "square metres"),
    "sqm": ("square metre", "square metres"), "sq m": ("square metre", "square metres"),
    "km²": ("square kilometre", "square kilometres"), "km2": ("square kilometre", "square kilometres"),
    "sq km": ("square kilometre", "square kilometres"), "cm²": ("square centimetre", "square centimetres"),
    "mm²": ("square millimetre", "square millimetres"), "ft²": ("square foot", "square feet"),
    "sq ft": ("square foot", "square feet"), "sq. ft": ("square foot", "square feet"),
    "sqft": ("square foot", "square feet"), "mi²": ("square mile", "square miles"),
    "sq mi": ("square mile", "square miles"), "ac": ("acre", "acres"), "ha": ("hectare", "hectares"),
    "µl": ("microlitre", "microlitres"),
    "pcs": ("piece", "pieces"),
    "m³": ("cubic metre", "cubic metres"), "m3": ("cubic metre", "cubic metres"),
    "cm³": ("cubic centimetre", "cubic centimetres"), "ft³": ("cubic foot", "cubic feet"),
    "yr": ("year", "years"), "yrs": ("year", "years"), "wk": ("week", "weeks"),
    "wks": ("week", "weeks"), "mo": ("month", "months"), "mos": ("month", "months"),
    "tbsp": ("tablespoon", "tablespoons"), "tsp": ("teaspoon", "teaspoons"), "yd": ("yard", "yards"),
    "yds": ("yard", "yards"), "mpg": ("mile per gallon", "miles per gallon"), "dba": ("decibel A", "decibels A"),
    "db(a)": ("decibel A", "decibels A"), "pts": ("point", "points"), "px": ("pixel", "pixels"),
    "pt": ("point", "points"),  # a 12pt font (espeak: "P T"); a pint where a drink or "of" follows
    "pct": ("percent", "percent"),  # a 5 pct rise (espeak: "P-C-T")
    "bbl": ("barrel", "barrels"), "atm": ("atmosphere", "atmospheres"), "gal": ("gallon", "gallons"),
    "qt": ("quart", "quarts"), "fl oz": ("fluid ounce", "fluid ounces"),
    "mya": ("million years ago", "million years ago"),  # 66 mya (espeak: "M-Y-A")
    # a box score: 40 pts, 12 reb, 9 ast (espeak: "reb", "ast"), 3 stl, 2 blk
    "reb": ("rebound", "rebounds"), "rebs": ("rebound", "rebounds"), "ast": ("assist", "assists"),
    "stl": ("steal", "steals"), "blk": ("block", "blocks"), "blks": ("block", "blocks"),  # and 2 blks from the beach
    "ppm": ("part per million", "parts per million"), "ppb": ("part per billion", "parts per billion"),
    # weather and fitness: espeak spells them
    "hpa": ("hectopascal", "hectopascals"), "inhg": ("inch of mercury", "inches of mercury"),
    "mbar": ("millibar", "millibars"), "bpm": ("beat per minute", "beats per minute"),
    "hp": ("horsepower", "horsepower"), "hwy": ("highway", "highway"),  # 300 hp; 28 mpg city/35 hwy
    # science lessons
    "kcal": ("calorie", "calories"),  # a recipe's 450 kcal, as it is read aloud (espeak: "K-cal")
    "mol": ("mole", "moles"), "kj": ("kilojoule", "kilojoules"), "µs": ("microsecond", "microseconds"),
    "j": ("joule", "joules"),
    "μs": ("microsecond", "microseconds"), "ns": ("nanosecond", "nanoseconds"),
    "ω": ("ohm", "ohms"), "kω": ("kilohm", "kilohms"),  # 100Ω, 10 kΩ (espeak: "omega", "K omega")
    "m/s²": ("metre per second squared", "metres per second squared"),
    "m/s2": ("metre per second squared", "metres per second squared"),
}
_ABBREVIATIONS = {
    "Dr.": "Doctor", "Mr.": "Mister", "Mrs.": "Missus", "Ms.": "Miz", "Prof.": "Professor", "St.": "Saint",
    "Jr.": "Junior", "Sr.": "Senior", "vs.": "versus", "etc.": "et cetera", "e.g.": "for example",
    "i.e.": "that is", "a.k.a.": "also known as", "approx.": "approximately", "No.": "number", "Mt.": "Mount", "Ave.": "Avenue",
    "Rd.": "Road", "Blvd.": "Boulevard", "ext.": "extension", "Approx.": "Approximately", "Fig.": "Figure",
    "fig.": "figure", "Vol.": "Volume", "vol.": "volume", "pp.": "pages", "Dept.": "Department", "Inc.": "Incorporated",
    "Sq. ft.": "Square feet", "ea.": "each", "Ltd.": "Limited", "Corp.": "Corporation", "feat.": "featuring",
    "Feat.": "Featuring",
    "Ln.": "Lane",
    "Hwy.": "Highway", "Pkwy.": "Parkway", "Lvl.": "Level", "lvl.": "level",
    "Apt.": "Apartment", "Ste.": "Suite", "Bldg.": "Building", "Rm.": "Room", "Conf.": "Conference",
    "Flr.": "Floor", "p.a.": "per annum",
    "Encl.": "Enclosed", "encl.": "enclosed",
    "incl.": "including", "Incl.": "Including", "excl.": "excluding", "Excl.": "Excluding",
    # degrees: espeak says "P H dot D dot"
    "Ph.D.": "PhD", "M.Sc.": "MSc", "B.Sc.": "BSc", "M.Phil.": "M Phil", "D.Phil.": "D Phil", "B.Ed.": "B Ed",
    "M.Ed.": "M Ed",
    # a prescription's Latin (espeak: "B-I-D"): twice a day, as needed
    "b.i.d.": "twice a day", "t.i.d.": "three times a day", "q.i.d.": "four times a day", "q.d.": "once a day",
    "p.r.n.": "as needed",
    # a paper's references (espeak: "C-F dot", and "et al." ended the sentence)
    "et al.": "et al", "cf.": "compare", "viz.": "namely",
    # names of firms and bodies (espeak: "brose", "esk", "yoonive", "nattle", "assen", "intel")
    "Bros.": "Brothers", "Esq.": "Esquire", "Univ.": "University", "Natl.": "National", "Assn.": "Association",
    "Intl.": "International",
    # and the same with an apostrophe (espeak: "guvt", "intl")
    "Gov't": "Government", "gov't": "government", "Int'l": "International", "int'l": "international",
    "Nat'l": "National", "nat'l": "national", "Ass'n": "Association", "Dep't": "Department", "dep't": "department",
}
_ABBREVIATIONS |= {short.replace("'", "’"): full for short, full in _ABBREVIATIONS.items() if "'" in short}  # Gov’t
# These come before what they qualify ("Dr. Smith", "vs. North Korea"), so their dot ends no sentence.
_LEADING = {"Dr.", "Mr.", "Mrs.", "Ms.", "Prof.", "St.", "No.", "Mt.", "vs.", "e.g.", "i.e.", "a.k.a.", "approx.", "Approx.", "Fig.",
            "fig.", "Vol.", "vol.", "pp.", "feat.", "Feat.", "incl.", "Incl.", "excl.", "Excl.", "Lvl.", "lvl.", "Apt.",
            "Ste.", "Bldg.", "Rm.", "Conf.", "cf.", "viz.", "Bros.", "Univ.", "Natl.", "Assn.", "Intl."}
_STREETS = {"St.": "Street", "Dr.": "Drive"}
# what is named after someone, "Martin Luther King Jr. Day", "Cal Ripken Jr. Stadium": the dot ends no sentence
_NAMED_AFTER_SOMEONE = re.compile(r"\s+(?:Day|High|School|Elementary|Middle|Academy|College|University|Boulevard|Blvd|"
                                  r"Drive|Avenue|Ave|Street|Memorial|Library|Park|Bridge|Center|Centre|Airport|"
                                  r"Hospital|Stadium|Award|Prize|Foundation|Institute|Holiday)\b")
_GREETINGS = {"Hello", "Hi", "Hey", "Thanks", "Morning", "Evening", "Afternoon", "Yes", "No", "Sorry", "Okay", "Bye"}
# Words that open a sentence rather than name someone: "Hello Dr. How are you?" ends a sentence after the title
_OPENS_SENTENCE = re.compile(r"\s+(?:How|What|Why|When|Where|I|We|You|He|She|They|It|The|This|That|Thank|Thanks|"
                             r"Please|Can|Could|Would|Will|Is|Are|Do|Does|Did|Have|Has|Let's|Let|Then|But|Now|"
                             r"There|Here|My|Our|Your|If|Hello|Hi|Hey|Welcome|Okay|Sorry|See|Turn|Head|Walk|Also|"
                             r"Don't)\b")  # not "Dr. No", "Dr. Good"
# A name's initials (J. R. R. Tolkien, George W. Bush, J.K. Rowling): their dots end no sentence (espeak fell and
# paused after each); a letter ending a sentence ("vitamin D.", "Plan B. Then…") keeps its dot
_POSTSCRIPT = re.compile(r"(?<![\w.])P\.(P\.)?S\.(?=\s+[^\s\d])")  # "P.S. Bring snacks": a pause (P.S. 118 a school)
_INITIALS = re.compile(r"(?<![\w.])((?:[A-Z]\.){1,3})(?![A-Z]\.)(?=\s*[A-Z](?:\.|[a-z]))")  # not F.B.I.'s B.
_NAME_BEFORE_INITIALS = re.compile(r"(?:^|(?:\b[A-Z][a-z]+\.?|[A-Z]\.)\s*)$")  # George, Dr., J.
_LABELLED_BY_LETTER = re.compile(r"\b(?:Plan|Type|Part|Section|Grade|Vitamin|Class|Group|Option|Appendix|Exhibit|Level|"
                                 r"Block|Zone|Wing|Gate|Terminal|Platform|Team|Side|Row|Unit|Phase|Model)\s*$")
_FUNCTION_WORDS = {"The", "A", "An", "In", "On", "At", "To", "From", "Of", "By", "And", "Or", "For", "With"}
_DIGIT_NAMES = "zero one two three four five six seven eight nine".split()
_FRACTIONS = {2: ("half", "halves"), 3: ("third", "thirds"), 4: ("quarter", "quarters")}
_MEASURE_DENOMINATORS = (8, 16, 32, 64)  # 3/8 inch, 5/16: odd numerators over these are a measure, not a date
_ROMAN = {("", "X", "XX", "XXX", "XL", "L", "LX", "LXX", "LXXX")[n // 10]  # to LXXXIX: Super Bowl LVIII
          + ("", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX")[n % 10]: n for n in range(1, 90)}
# Longer numbers are codes, read digit by digit, unless commas group them as an amount (num2words goes to 10^36)
MAX_PLAIN_DIGITS, MAX_GROUPED_DIGITS = 9, 36
_LONG_DIGITS = re.compile(rf"\d{{{MAX_GROUPED_DIGITS + 1},}}")  # read out first: no rule below can make a number of it
# A security advisory's CVE-2023-12345 and a book's ISBN 978-0-14-044913-6: a year, then digits one by one (espeak:
# "twelve thousand three hundred…"); an ISBN's groups with a pause between them
_IDENTIFIER = re.compile(r"\bCVE-(\d{4})-(\d{4,7})\b|\bISBN(?:-1[03])?:?\s*(\d[\d-]{8,15}[\dX])\b")
# Invoice No. INV-2024-0042, Order ID: A7X-99Q, tracking 1Z999AA1012: a code of capitals and digits after what names
# it, said a character at a time, its groups apart (was "INV twenty twenty-four-zero zero four two")
# (not a promotion's word and number, code SAVE20, nor a model's RTX4090)
_CODE = re.compile(r"(\b(?:IDs?|No\.|[Cc]odes?|SN|S/N|[Ss]erial|[Tt]racking|[Oo]rder|[Ii]nvoice|[Rr]ef\.?|[Rr]eference|"
                   r"[Cc]onfirmation|[Bb]ooking|[Tt]icket|PNR|[Vv]oucher|[Pp]art|[Pp]late|[Cc]ase)"
                   r"(?: (?:[Nn]umber|[Nn]o\.|[Cc]ode))?(?:\s?#\s?|:\s*|(?: is| was)?\s+))"
                   r"(?![A-Z]{3,}\d{1,3}\b)((?=[A-Z\d-]*[A-Z])(?=[A-Z\d-]*\d)[A-Z\d]+(?:-[A-Z\d]+){0,5})\b(?![-'’]\w)")
_NUMBER = r"\d{1,2}(?:,\d{2}){1,5},\d{3}(?:\.\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"  # 2,00,000 too (Indian)

# Patterns start only where a run of characters starts, so a hostile "1-1-1-…" or 5,000-digit line is read in linear
# time.
# example.com, youtu.be/x, bit.ly/abc: an address, said with "dot" and "slash" (any ending before a path or after www.)
_TLDS = "com|org|net|io|dev|edu|gov|co|uk|ai|app|me|tv|fm|ly|gg|xyz|info|biz|us|ca|de|fr|eu|shop|store|blog"
_URL = re.compile(r"(?<![\w.@/-])(?:(?:https?://)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:" + _TLDS + r")(?![\w-])"
                  r"(?:/[^\s]*)?|(?:https?://|www\.)[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:/[^\s]*)?"
                  r"|[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,6}/[^\s]*)", re.I)
# Reddit as story channels read it: r/AmItheAsshole "r slash Am I the A-hole", u/throwaway_mil2023 "u slash throwaway
# mil 2023" (espeak: one word each), a poster's (28F) "twenty-eight, female" (not "twenty-eight F", and (33M) was
# "thirty-three million"), and the sarcasm mark /s left unsaid
_REDDIT_NAME = re.compile(r"(?<![\w/.])([ru])/([A-Za-z0-9_]{2,40})\b")
_SUBREDDITS = {"amitheasshole": "Am I the A-hole", "wouldibetheasshole": "Would I be the A-hole", "nosleep": "no sleep",
               "askreddit": "Ask Reddit", "pettyrevenge": "petty revenge", "prorevenge": "pro revenge",
               "maliciouscompliance": "malicious compliance", "entitledparents": "entitled parents",
               "offmychest": "off my chest", "trueoffmychest": "true off my chest", "justnomil": "just no MIL",
               "letsnotmeet": "let's not meet", "talesfromtechsupport": "tales from tech support",
               "talesfromretail": "tales from retail", "bestofredditorupdates": "best of Redditor updates",
               "raisedbynarcissists": "raised by narcissists", "amioverreacting": "am I overreacting",
               "choosingbeggars": "choosing beggars", "idontworkherelady": "I don't work here lady",
               "legaladvice": "legal advice", "unresolvedmysteries": "unresolved mysteries",
               "todayilearned": "today I learned", "showerthoughts": "shower thoughts",
               "explainlikeimfive": "explain like I'm five", "personalfinance": "personal finance",
               "survivinginfidelity": "surviving infidelity", "antiwork": "anti work",
               "mildlyinteresting": "mildly interesting", "mildlyinfuriating": "mildly infuriating",
               "iamverysmart": "I am very smart", "nottheonion": "not the onion", "worldnews": "world news",
               "wholesomememes": "wholesome memes", "askscience": "ask science", "twoxchromosomes": "two X chromosomes"}
_PEOPLE = ("sister|brother|mom|mother|dad|father|son|daughter|friend|husband|wife|boyfriend|girlfriend|bf|gf|partner|"
           "fianc[eé]e?|roommate|coworker|boss|cousin|aunt|uncle|grandma|grandpa|niece|nephew|neighbou?r|ex|stepson|"
           "stepdaughter|kid|child|teen|guy|girl|man|woman|MIL|FIL|SIL|BIL|BF|GF")
_PERSON_BEFORE = re.compile(r"(?:\b(?:I|[Mm]e|[Mm]y|(?:[Mm]y|[Hh]is|[Hh]er|[Oo]ur|[Tt]heir|\w+'s|[Aa]|[Tt]he) "
                            rf"(?:\w+ ){{0,2}}(?:{_PEOPLE})(?:['’]s)?)"
                            r"|(?<![.!?]\s)(?<!^)\b[A-Z][a-z]+)\s?$")  # not "Our fund (50M)"
# What a sentence may open with before an amount in millions ("Revenue (30M) rose"): no person's name
_COUNTED_THINGS = frozenset("""Revenue Revenues Sales Profit Profits Funding Budget Users Views Downloads Subscribers
    Followers Streams Plays Income Valuation Debt Cost Costs Savings Assets Deal Raised Net Total Price Market Traffic
    Visits Impressions Members Customers Listeners Viewers Orders Units Shares Spend Loss Losses Payroll Capital
    Series Round Fund Funds Population Budgets""".split())
# "Sarah (29F)" or "Jake (17M)" starting a sentence: no money ends in F, and an M after 13 or more is an age there
_POSTER_NAME_BEFORE = re.compile(r"\b[A-Z][a-z]+\s?$")
_POSTER_TAG = re.compile(r"[(\[]\s*(?:(\d{2})\s?([MFmf])|([MFmf])\s?(\d{2}))\s*[)\]]")
_SARCASM_MARK = re.compile(r"(?<=\S)\s+/s(?=\s*$)")
_HANDLE = re.compile(r"(?<![\w@.])@(?=[A-Za-z_])([\w.]*\w)")  # @mike.makes: "at mike dot makes", "@ checkout" is "at"
_EMAIL = re.compile(r"(?<![\w.+-])([\w.+-]+)@([\w-]+(?:\.[\w-]+)+)\b")
# $5, CA$20, €1,50 (a decimal comma: two digits after it), 12,50 € and 100 USD; scaled: $2.5M, €3bn
_MONEY_AMOUNT = rf"\d{{1,3}}(?:\.\d{{3}})+,\d{{2}}(?!,?\d)|\d+,\d{{2}}(?!,?\d)|{_NUMBER}"
_MONEY_SCALE = r"(?:\s?(million|billion|trillion|thousand|mm|[mkbt]n?)\b(?![-'’]))?"  # $1.5MM, $2.1T; not a $5 t-shirt
_SCALE_WORDS = {"m": "million", "mn": "million", "mm": "million", "k": "thousand", "b": "billion", "bn": "billion",
                "t": "trillion", "tn": "trillion"}  # an amount's shortened scale, $1.5m, €2bn, $50k
_MONEY_SIGN = "|".join(map(re.escape, sorted((c for c in _CURRENCIES if not c.isalpha()), key=len, reverse=True)))
_MONEY_CODE = "|".join(_CURRENCY_CODES)
_MONEY = re.compile(rf"(?:(?-i:({_MONEY_SIGN}))|\b(?-i:({_MONEY_CODE}))\s)\s?({_MONEY_AMOUNT}){_MONEY_SCALE}", re.I)
# $5-10, $50k-$70k: "five to ten dollars", the currency said once, after the range
# (whole amounts, or with a scale: $1.5m-$2m, $1.1–1.3B)
_MONEY_RANGE = re.compile(rf"(?-i:({_MONEY_SIGN}))\s?((?:\d{{1,3}}(?:,\d{{3}})+|\d+)"
                          r"(?:\.\d+(?=\s?(?:k|m|bn)\b|[-–](?-i:\1)?\d+(?:\.\d+)?\s?(?:k|m|bn?)\b))?"
                          r"(?:\s?(?:k|m|bn)\b)?)(?:[-–](?-i:\1)?|\s?[-–]\s?(?-i:\1))(?=\d)", re.I)
# -$2.4 million, a loss, and -4.5% (espeak drops the hyphen: "two point four million dollars"); $(2.4), the
# accountant's loss
_NEGATIVE_MONEY = re.compile(rf"(?<![\w.,)%])(?<!\d\s)[-−](?=(?-i:{_MONEY_SIGN})\s?\d|\d[\d,]*(?:\.\d+)?\s?%)")  # -4.5%
# £9.99pm, £30k pa: a price per month or per annum, as British adverts write it (was "ninety-nine pencepm")
_PRICE_PER = re.compile(rf"((?-i:{_MONEY_SIGN})\d[\d,]*(?:\.\d+)?[km]?)\s?(pm|pa|p/m|p/a)\b")
# $3/kg, 3 cents/kWh, 30p/kWh, $3.50/gal, £12/sq ft, $4.99/100g, $2/ea: a price per a measure or each (espeak:
# "dollars slash K G")
_PRICED_MEASURES = ("kg", "g", "lb", "lbs", "oz", "kwh", "gal", "l", "ml", "m", "m²", "m2", "ft", "ft²", "sq ft",
                    "sqft", "sq m", "sqm", "km", "mi", "hr", "h")
_PRICED_MEASURE = "|".join(sorted(map(re.escape, _PRICED_MEASURES), key=len, reverse=True))
_PRICE_PER_MEASURE = re.compile(rf"((?-i:{_MONEY_SIGN})\s?\d[\d,]*(?:\.\d+)?(?:[km]\b)?|(?<![\w.,£$€])\d+(?:\.\d+)?"
                                rf"(?:[pc¢]|\s?cents?|\s?pence)\b)/(\d+\s?)?(ea\b|{_PRICED_MEASURE})(?![\w/²³])", re.I)
_ACCOUNTING_LOSS = re.compile(rf"(?<![\w.,])((?-i:{_MONEY_SIGN}))\((\d[\d,]*(?:\.\d+)?)\)")
_MONEY_AFTER = re.compile(rf"(?<![\w.,])({_MONEY_AMOUNT})(?:\s?({_MONEY_SIGN})(?!\w)|\s({_MONEY_CODE})\b)")
_CENTS_SIGN = re.compile(r"(?<![\w.,])(\d+)\s?¢")
# "costs 50c", "only 99c!", "99c per pound", a 50c coin: cents written with a c where the words say it is a price,
# said as 50¢ is (espeak: "ninety-nine see"); "Grade 5c" and "room 12c" stay letters, "it was 12c" Celsius
_CENTS_LETTER = re.compile(r"\b((?:costs|cost|only|just|for|priced|pay|paid|save|saves) )"
                           r"(\d{1,2})c(?=[\s.,;:!?)]|$)(?!\s+(?:grade|class|form|students?)\b)"
                           r"|(?<![\w.,])(\d{1,2})c(?=\s(?:per|each|coins?|a piece)\b)", re.I)
# "rose 0.5pp": percentage points, a change in a rate (espeak: "P-P"); "40 pp." are pages
_PERCENTAGE_POINTS = re.compile(r"(?<![\w.])(\d+\.\d+|\d+(?!\s?pp\.))\s?pp\b")  # 0.5pp. too: pages are whole
_PERCENT = re.compile(rf"(?<![\d.,])(\.\d+|{_NUMBER})\s?%")  # 12%, 2.5 %, .8%
_PERCENT_RANGE = re.compile(rf"(?<![\w.,])({_NUMBER})\s?%?\s?[-–—]\s?(?=(?:{_NUMBER})\s?%)")  # 5–10%: "five to ten percent"
# €1.50-2.00, $9.99 – $14.99: with cents, the currency is said on both ends ("one euro fifty to two euros")
_MONEY_CENTS_RANGE = re.compile(rf"(?-i:({_MONEY_SIGN}))\s?(\d+\.\d{{2}}|\d+(?=\s?[-–]\s?(?-i:\1)?\d+\.\d{{2}}))"
                                r"\s?[-–]\s?(?-i:\1)?(?=\d+(?:\.\d{2})?(?!\d|\.\d))")
_TIME_ZONES = {"ET": "Eastern", "PT": "Pacific", "CT": "Central", "MT": "Mountain"}  # 9 a.m. ET: "nine A-M Eastern"
# until 11:59:59 PM: a clock with its seconds (was a duration, "eleven hours, fifty-nine minutes and…")
_CLOCK_SECONDS = re.compile(r"(?<![\d:])(\d{1,2}:[0-5]\d):([0-5]\d)\s?([AaPp])\.?[Mm]\b\.?")
_NOON_RANGE = re.compile(r"\b((?i:noon|midnight))\s?[-–—]\s?(?=\d)|(?:(?<=\d)|(?<=[ap]m)|(?<=m\.))\s?[-–—]\s?"
                         r"(?=(?i:noon|midnight)\b)")  # noon–2 p.m., 10am-noon
_TIME = re.compile(r"(?:\b(\d{1,2}):(\d{2})(?:\s?([ap])\.?m\.?)?(?!\w)|\b(\d{1,2})\s?([ap])\.?m\.?(?=\W|$))"
                   r"(?:\s(?-i:(ET|PT|CT|MT))\b)?", re.I)
# H₂SO₄, Fe2O3, CaCO₃, 2H₂O, Ca²⁺, CO2e: a chemical formula, its symbols spelled and its counts said ("H two S-O
# four"; espeak: "H two so four", "fee two O three", "kah koh three"); see _chemical_formula for what counts as one
_ELEMENTS = ("He Li Be Ne Na Mg Al Si Cl Ar Ca Sc Ti Cr Mn Fe Co Ni Cu Zn Ga Ge As Se Br Kr Rb Sr Zr Nb Mo Tc Ru Rh "
             "Pd Ag Cd In Sn Sb Te Xe Cs Ba La Ce Pr Nd Pm Sm Eu Gd Tb Dy Ho Er Tm Yb Lu Hf Ta Re Os Ir Pt Au Hg Tl "
             "Pb Bi Po At Rn Fr Ra Ac Th Pa Np Pu Am Cm Bk Cf Es Fm Md No Lr H B C N O F P S K V Y I W U").split()
_ELEMENT_SET = frozenset(_ELEMENTS)
# a symbol's shape (the set says which are elements): a class, not 118 alternatives, costs 50 ms less at import
_ELEMENT_COUNT = r"[A-Z][a-z]?[\d₀-₉]{0,2}"  # no FY2025
_BRACKETED = rf"\((?:{_ELEMENT_COUNT})+\)[\d₀-₉]{{0,2}}"  # Ca(OH)₂
_CHEMICAL_FORMULA = re.compile(rf"(?<![\w.,+\-/'’])(\d{{0,2}})({_ELEMENT_COUNT}(?:{_ELEMENT_COUNT}|{_BRACKETED})*)"
                               r"([⁰¹²³⁴⁵⁶⁷⁸⁹]*[⁺⁻]|e)?(?![\w\-/])")
_ELEMENT_OR_COUNT = re.compile(r"[A-Z][a-z]?|[\d₀-₉]+|[()]")
# Na+, Ca2+, Cl-, HCO3-, the Na+/K+ pump: an ion's charge typed without superscripts (espeak: "nah plus", "C L")
_TYPED_ION = re.compile(r"(?<![\w+\-])(Na|K|Li|H|Ca|Mg|Fe|Zn|Cu|Cl|OH|HCO3|NH4|SO4|PO4|NO3)([23]?)([+-])"
                        r"(?=[\s,.;:/)]|$)")
_IONS_SLASH = re.compile(r"(?<=[⁺⁻])/(?=[A-Z])")  # the Na⁺/K⁺ pump: two ions, said one after the other
# lab and clinical letters espeak reads as words (IgG "ig G", pKa "P kah", FiO2 "fie O two")
_LAB_LETTERS = re.compile(r"\b(Ig[GAEMD]|pK[ab]|FiO)([2₂]?)\b")
# A salt or a base written without counts, NaCl, KOH, FeS, CaO (espeak: "nah C L", "koh", "fee S", "kah O"): a metal
# and one anion; in capitals only with OH or CN (HS, HI and KO are words and initialisms)
_SALT = re.compile(r"(?:Li|Na|K|Rb|Cs|Be|Mg|Ca|Sr|Ba|Al|Ga|In|Sn|Pb|Ti|Cr|Mn|Fe|Co|Ni|Cu|Zn|Ag|Au|Hg|Pt|Cd|H)"
                   r"(?:Cl|Br|F|I|O|S|H|(OH|CN))")
# 0.1 M HCl, a 2 M solution: molar (espeak: "M"), where a formula written as a chemist's (a count, or a two-letter
# symbol: not "2 M US users") or a solution follows
_MOLAR = re.compile(r"(?<=\d)\s?M(?=\s+(?:solutions?\b|buffer\b|([A-Z][\w()]*(?![\w\-]))))")
_SUBSCRIPT_DIGITS = str.maketrans("₀₁₂₃₄₅₆₇₈₉", "0123456789")
_TO_SUPERSCRIPT = {"2": "²", "3": "³", "+": "⁺", "-": "⁻"}
# moved out at 0600, report by 0730: a clock time with its leading zero, "oh six hundred" (not "zero six zero zero")
_ZERO_HOUR = re.compile(r"\b((?:at|by|until|till|before|after|from) )(0\d)([0-5]\d)\b(?![.,:]\d|\s*(?:hrs|hours|h)\b)",
                        re.I)
_MILITARY_TIME = re.compile(r"\b([01]\d|2[0-3])([0-5]\d)\s?h(?:ou)?rs\b")  # 0400 hrs: "oh four hundred hours"
_CLOCK_CUE = re.compile(r"\b(?:at|by|until|till|from|before|after|since)\s+$", re.I)
_DURATION = re.compile(r"(?<![\w:.])(\d{1,2}):([0-5]\d):([0-5]\d(?:\.\d+)?)(?![\w:]|\.\d)")  # 2:03:45, a marathon
# 45:12 (a 10K's time, a video's 125:30): minutes and seconds, as no clock has a 45th hour (espeak: "colon"); nor
# a zero hour: "with 0:02 left" is "two seconds" (a chapter list's 0:00 stays "zero zero")
_MINUTES_SECONDS = re.compile(r"(?<![\w:.])(0(?!:00)|2[5-9]|[3-9]\d|\d{3}):([0-5]\d)(?![\w:]|\.\d)")
# A runner's or rower's pace, 6:30/mi, 4:45/km, 1:45/100m: "six thirty per mile", "one forty-five per hundred metres"
# (the slash was read as a dash: "six thirty-mi")
_PACE = re.compile(r"(?<![\w:.])(\d{1,2}:[0-5]\d)\s?/\s?(?:(mi|mile|km|k)|(\d{2,4})\s?(m|y|yd|yds))\b")
_PACE_ALIASES = {"mile": "mi", "k": "km", "y": "yd"}  # the rest are _UNITS' own keys
# 6:30/7:00, 7pm/9:45pm, 16:9/4:3: "or" between them (the slash was read as a dash: "six thirty-seven o'clock")
_TIME_CHOICE = re.compile(r"(?<![\w:.])(\d{1,2}:\d{1,2}(?:\s?[ap]\.?m\b\.?)?)\s?/\s?(?=\d{1,2}:\d{1,2}(?!\d))", re.I)
# the mile in 3:59.4: minutes and seconds, as no clock has tenths
_LAP_TIME = re.compile(r"(?<![\w:.])(\d{1,2}):([0-5]\d\.\d{1,3})(?![\w:]|\.\d)")
# 5h 30m, 1h30m, 3m 20s: after hours, "m" is minutes (not metres); before seconds too
_CLOCKED = re.compile(r"(?<![\w.])(\d+)\s?(?:h|hrs?)\s?(\d{1,2})\s?m(?:ins?)?\b|"
                      r"(?<![\w.])(\d+)\s?m(?:ins?)?\s?(\d{1,2})\s?s(?:ecs?)?\b")
_ISO_DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
# 2024-03-15T10:30:00Z, a log's timestamp: the date "at" the time, in UTC (was "…to oh three-15T10:thirty:oh zero Z")
_ISO_DATETIME = re.compile(r"\b(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}(?::?\d{2})?)?\b")
# 1st–3rd June, 24th-26th: a range of days, "the first to the third of June"
_ORDINAL_RANGE = re.compile(r"(?<![\w-])(\d{1,2}(?:st|nd|rd|th))\s?[-–—]\s?(?=\d{1,2}(?:st|nd|rd|th)\b)")
_MONTH_OF = {month: month for month in _MONTHS} | {month[:3]: month for month in _MONTHS} | {"Sept": "September"}
_FULL_NAME = _MONTH_OF | {"Sat": "Saturday", "Sun": "Sunday"}
_MONTH_WORDS = "|".join(sorted(_MONTH_OF, key=len, reverse=True))  # 12 Jan 2025, Jan 12: the dot-less short forms too
# Mar 2025, Sept. 2023: a month shortened before a year (espeak: "mar", "sept")
_MONTH_YEAR = re.compile(r"\b(" + "|".join(short for short, month in _MONTH_OF.items() if short != month)
                         + r")\.?\s+(?=(?:19|20)\d{2}\b)")
_MONTH_DATE = re.compile(r"\b(" + _MONTH_WORDS + r")\s+(\d{1,2})(?:st|nd|rd|th)?(?:,\s*(\d{4}))?\b")
_DAY_MONTH = re.compile(r"(?<![\w.,$€£¥₹₩])(\d{1,2})(?:(?:st|nd|rd|th)(?:\s+of)?)?\s+(" + _MONTH_WORDS
                        + r")\b(?:\.?(?=,?\s+\d{4})|\.(?=\s+[a-z]))?(?:,?\s+(\d{4})\b)?")  # 12 Jan 2025, 31st of Dec.
_ORDINAL = re.compile(r"\b(\d+)(st|nd|rd|th)\b", re.I)
_CASED_UNITS = ("mA", "A")  # current: only as written, or every "a" and "ma" would be a unit
_UNIT_NAMES = "|".join(sorted(map(re.escape, _UNITS.keys() - {unit.lower() for unit in _CASED_UNITS}), key=len,
                              reverse=True))
# 2 M2 screws, 42 HRs (home runs), 3 AC units
_LETTERS_WHEN_CAPITAL = {"m", "s", "h", "in", "g", "m2", "m3", "mo", "hr", "hrs", "ac", "ha", "pcs"}
# a lowercase b is a bit where the line is about a connection's speed: 100 Mb/s, a 10 Gb Ethernet link (else a byte, as
# "8 Gb of RAM" means)
_BITS_AFTER = re.compile(r"\s+(?i:ethernet|links?|ports?|switch(?:es)?|connections?|networks?|fib(?:re|er)|"
                         r"LAN|broadband|internet|uplinks?|downlinks?|backbone|bandwidth|speeds?)\b")
# "Heal 50 HP", "the boss has 500 HP": a game's hit points, said as letters; "a 300 HP engine" is horsepower
_GAME_CUES = re.compile(r"\b(?:(?i:heal\w*|damage|dmg|potions?|boss(?:es)?|mana|health|regen\w*|restores?|shields?|"
                        r"armou?r|attacks?|enemy|enemies|buffs?|nerfs?|crits?|critical hit|spells?|quests?|raids?|"
                        r"dungeons?|monsters?|hit points|level up|respawn\w*)|MP|XP|EXP|DPS|HP bar)\b")
_ABBREVIATION_DOT = r"(?:\.(?=\s+(?-i:[a-z])|[,;:]))?"  # "5 in. wide", "85 sq. ft., …": the unit's dot
# 1.39 million km, 24 billion km: the unit after a written scale word (one letter is too often something else)
# 3,5 km, 12,5 %, 1,5 million: a decimal comma, as European writing has it, before a unit, a sign or a scale (was
# "three,five km"); 3,000 km keeps its thousands
_DECIMAL_COMMA = re.compile(r"(?<![\d,.])(\d{1,3}),(\d{1,2})(?=\s?(?:%|°|(?:million|billion|thousand|km|m|cm|mm|kg|"
                            r"g|mg|l|ml|cl|dl|ha|kWh|kW|MW|GW|t|km/h|m²|m³|bar|Pa|kPa|hPa|Hz|kHz|MHz|GHz|GB|MB|TB)"
                            r"(?!\w)))")
_SCALED_UNIT = re.compile(rf"\b(thousand|million|billion|trillion) ({_UNIT_NAMES})(?=\W|$)", re.I)
_UNIT = re.compile(rf"(?<![\d.,])({_NUMBER}|(?<!\w)\.\d+)\+?(?:\s?|-)({_UNIT_NAMES}|(?-i:mA|A))"
                   rf"(?:/({_UNIT_NAMES}))?(?=\W|$){_ABBREVIATION_DOT}", re.I)  # 5 mg/kg, 18+ hrs, a .5 mm lead
# 480V/60Hz is two ratings ("volts, sixty hertz"); 10 mg/5 mL a dose ("milligrams per five millilitres")
_UNIT_PAIR = re.compile(rf"(?<=\d)\s?({_UNIT_NAMES})/(?=\d)", re.I)
_RATINGS = {"v", "hz", "khz", "mhz", "ghz", "w", "kw"}
_RATING_BEFORE = re.compile(r"\b(?:a|an|A|An)\s+\d[\d.]*[A-Za-z]{1,4}\s+$")  # the 2A of "a 12V 2A adapter"
_ELECTRICAL = re.compile(r"\d\s?(?:V|W|mAh|Wh|kW|mA)\b|\b(?i:volts?|watts?|amps?|charg\w*|adapters?|fuses?|"
                         r"current|breakers?|circuits?|usb|batter(?:y|ies)|power supply|psu|wiring|outlets?)\b")
_DATA_SIZES = {"kb", "mb", "gb", "tb", "pb"}  # 512GB/1TB: two sizes to choose from ("or"), as 8/16GB are
# 4K@60fps, 1080p@120Hz, 4K/60: a resolution at a frame rate
_AT_RATE = re.compile(r"(?<=[\dKkp])@(?=\d)|(?<=\d[Kp]|\sp)/(?=\d{2,3}(?:\s?fps)?\b)")
# a game's shorthand espeak spells: lvl 50 "level", +50% dmg "damage"
_GAME_WORDS = re.compile(r"\b([Ll])vl(?=\s?\d)|(?<!\.)\bdmg\b")  # not a .dmg file
# a 48MP sensor: megapixels (a spaced "650 MPs" are members of parliament)
_MEGAPIXELS = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?)MP\b")
# 2L of water, a 1.5L bottle, the 5.0L V8: litres (espeak "two L", and "5.0L" fell apart as "five.zero L"); a law
# school's 1L, 2L and 3L students stay letters, so a small whole amount is litres only before what litres measure
_LITRES = re.compile(r"(?<![\w.,])(\d{1,4}(?:\.\d{1,3})?)L\b(?![-'’]\w)")
_LITRES_AFTER = re.compile(r"\s+(?:of|per|a day|bottles?|jugs?|cartons?|tanks?|engines?|V\d{1,2}|turbo|diesel|petrol|"
                           r"flasks?|jars?|containers?|pots?|bags?|cans?|tubs?|buckets?|backpacks?|capacity)\b|/")
# a .38 revolver, a .22 rifle, .357 Magnum: a calibre is said as a whole number ("thirty-eight"), not "zero point three
# eight"
_CALIBRE = re.compile(r"(?<![\w.])\.(\d{2,3})(?=[-\s](?:caliber|calibre|cal\b|revolvers?|pistols?|rifles?|handguns?|"
                      r"guns?|Special|Magnum|ACP|Colt|Smith|S&W|Winchester|Remington|LR\b|rounds?|bullets?|shells?))")
_ARTICLE_BEFORE = re.compile(r"\b(?:a|an|A|An)\s+$")
# "the 100m sprint", "our 2 GB plan": after these, an amount and unit before a noun describe it (singular unit);
# not before a word that goes on the sentence ("the 20 km between", "the 5 kg I lost", "the 3 hrs spent")
_DETERMINER_BEFORE = re.compile(r"\b(?i:the|this|that|each|every|my|your|his|her|our|their|its|two|three|four|five|six|"
                                r"seven|eight|nine|ten|twelve)\s+$")  # grease two 20cm tins
# TSMC's 3nm process, Tesla's $25k car: a possessive before the amount is a determiner too (not "it's", "that's")
_POSSESSIVE_BEFORE = re.compile(r"\b(?!(?i:it|that|there|he|she|what|who|here|where|let|how|when|why)['’])"
                                r"[A-Za-z][\w&]*['’]s\s+$")
_NOUN_AFTER = re.compile(r"\s+(?!(?:of|in|to|and|or|is|are|was|were|that|which|between|from|for|at|on|by|with|per|"
                         r"it|we|you|he|she|they|ago|each|away|long|wide|high|deep|tall|old|spent|lost|left|gone|taken|"
                         r"given|won|done|ahead|behind|later|before|after|more|less|thick|thin|across|apart)\b)"
                         r"(?:[a-z]+|[A-Z][a-z]+)\b"
                         r"(?<!ing)(?<!ed)")
_YEAR = re.compile(r"\b(1[1-9]\d\d|20\d\d)\b(?!\s?(?:%|[.,]\d))")
# the year 2525, since 1066: years outside 1100-2099 where the words say so ("ten sixty-six", not "one thousand and…")
_CUED_YEAR = re.compile(r"(\b[Tt]he year\s+)([1-9]\d{3})\b(?![.,]\d)|"
                        r"(\b(?:[Ii]n|[Ss]ince|[Uu]ntil|[Bb]efore|[Aa]fter)\s+)(10\d\d)\b"
                        r"(?!\s?(?:%|[.,]\d)|\s+[a-z]+s\b)")
_NUMBER_RE = re.compile(rf"(?<![\w.])(?:{_NUMBER}|\.\d+)(?!\w|\.\d)")  # .05 too; not the 3 of 3.5p
# (+1) (800) 555-0199, 555-0123, +44 20 7946 0958, +44 7700 900123: said digit by digit, in their groups
_PHONE = re.compile(r"(?<![\w+])(?:\+\d{1,3}(?:[\s.-]\(?\d{1,4}\)?){2,5}|\+\d{1,3}[\s.-]\(?\d{2,5}\)?[\s.-]\d{5,8}|"
                    r"0\d{3,4}\s\d{3}\s?\d{3,4}|(?:1[\s.-])?(?:\(\d{2,4}\)\s?|\d{3}[\s.-])?\d{3}[\s.-]\d{4})(?![\w-])")
# 1-800-555-0199, 1-800-FLOWERS: a US toll-free prefix is said "eight hundred", "eight eighty-eight"
_TOLL_FREE = re.compile(r"(?<![\w+])1[\s.-]\(?(8(?:00|88|77|66|55|44|33))\)?[\s.-](?=\d{3}[\s.-]\d{4}\b|[A-Z]{3,}\b)")
# call 911, ext. 4401, area code 212, text JOIN to 55555
_DIALLED = re.compile(r"\b((?:[Cc]all|[Dd]ial|[Tt]ext|[Rr]ing|[Pp]hone)(?: on)? |[Tt]ext [A-Z]+ to |[Ee]xtension |"
                      r"[Aa]rea code )(\d{3,}|(?<=xtension )\d{2})\b")
_PHONE_EXTENSION = re.compile(r"(?<=\d{3}[-.]\d{4})\s+x(\d{1,5})\b")  # 638-3360 x23: "extension twenty-three"
# ISO 27001:2022: a standard and the year of its edition, "…, twenty twenty-two" (not a colon between numbers)
_STANDARD_EDITION = re.compile(r"\b((?:ISO|IEC|EN|BS|ANSI)(?:/IEC)? \d{3,5}(?:-\d+)?):((?:19|20)\d{2})\b")
# 29 CFR 1910.134, OSHA 1926.501, § 164.512: a regulation's part and section, each in pairs ("nineteen ten point one
# thirty-four", "section one sixty-four point five twelve"; § 164.512 was "one hundred and sixty-four point five
# hundred and twelve")
# Section 230, § 1983, 17 U.S.C. § 107: a section's three- or four-digit number in pairs, as lawyers say it ("two
# thirty", "nineteen eighty-three", "one oh seven"; was "two hundred and thirty")
_SECTION_NUMBER = re.compile(r"((?:§|\b[Ss]ections?|\bSec\.)\s?)(\d{3,4})(?:\s?[-–]\s?(\d{3,4}))?\b(?![.,]\d|\()")
_REGULATION = re.compile(r"(?:\b(?:CFR|OSHA|U\.S\.C\.|USC) |(?<!\w)(?:§|[Ss]ections?|Sec\.) ?)"
                         r"(?=\d{3,4}\.\d{1,4}\b(?!\.\d))(\d{3,4})\.(\d{1,4})")
_DOUBLE_OH_SEVEN = re.compile(r"(?<![\w.,])007(?!\w|[.,]\d)")  # Bond, James Bond
_ROUTE_LETTER = re.compile(r"\b((?:Route|Highway|Hwy\.?|US|SR)\s+)(\d{1,3})([A-Z])\b")  # Route 9W: "nine W", not watts
# 2FA, 4WD, 2XL: a digit, then letters to spell, "two F-A" (espeak: "two fah." before a full stop)
_DIGIT_LETTERS = re.compile(r"(?<![\w.$€£#-])([1-9])([A-Z]{2,3})(?![\w'’-])")
_TRIPLE_E = re.compile(r"\bIEEE\b")  # "I triple E" (espeak: a stressed "eye-ee", as a word drawn out)
# IEEE 802.11ac, 802.3 Ethernet: "eight oh two dot eleven A-C" (espeak: "eight hundred two point one one ac")
_WIFI_STANDARD = re.compile(r"\b802\.(\d{1,2})([a-z]{1,2})?\b")
_NETWORK_AFTER = re.compile(r"\s+(?:standard|Ethernet|Wi-?Fi|wireless|networks?)\b")
# a 911 call, "or 999 in the UK": the number dialled, digit by digit ("£999 in the UK" is a price)
_EMERGENCY_NUMBER = re.compile(r"(?<![$€£¥₹.,])(?:\b(911|999|112|111)(?=\s+(?:calls?|callers?|operators?|"
                               r"dispatch(?:ers?)?|lines?)\b|\s+in\s+(?:the\s+)?(?:UK|US|USA|EU|Europe|Britain|Ireland|"
                               r"India)\b)|(?<=\bNHS )(111)\b)")
# London SW1A 2AA, Birmingham B1 1AA: a UK postcode after its town, letters and digits said one by one (espeak: "two
# A-uh"); "an MP3 4GB player" is no postcode
_UK_POSTCODE = re.compile(r"\b([A-Z][a-z]+,?\s)([A-Z]{1,2}\d[A-Z\d]?) (\d[ABD-HJLNP-UW-Z]{2})(?=\s*(?:[.,;)]|$))")
_DOTTED_DATE = re.compile(r"(?<![\w.])(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})(?![\w]|\.\d)")  # 12.03.1985, day first
_ALL_YEAR = re.compile(r"(?<![\w/])24/7/365(?![\w/])")  # "twenty-four seven, three sixty-five"
_STATE_NAMES = {
    "AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas", "CA": "California", "CO": "Colorado",
    "CT": "Connecticut", "DE": "Delaware", "DC": "D-C", "FL": "Florida", "GA": "Georgia", "HI": "Hawaii", "ID": "Idaho",
    "IL": "Illinois", "IN": "Indiana", "IA": "Iowa", "KS": "Kansas", "KY": "Kentucky", "LA": "Louisiana", "ME": "Maine",
    "MD": "Maryland", "MA": "Massachusetts", "MI": "Michigan", "MN": "Minnesota", "MS": "Mississippi",
    "MO": "Missouri", "MT": "Montana", "NE": "Nebraska", "NV": "Nevada", "NH": "New Hampshire", "NJ": "New Jersey",
    "NM": "New Mexico", "NY": "New York", "NC": "North Carolina", "ND": "North Dakota", "OH": "Ohio", "OK": "Oklahoma",
    "OR": "Oregon", "PA": "Pennsylvania", "RI": "Rhode Island", "SC": "South Carolina", "SD": "South Dakota",
    "TN": "Tennessee", "TX": "Texas", "UT": "Utah", "VT": "Vermont", "VA": "Virginia", "WA": "Washington",
    "WV": "West Virginia", "WI": "Wisconsin", "WY": "Wyoming", "PR": "Puerto Rico"}
# Codes that are also words, calls, degrees or initialisms ("Sure, OK.", "Oh, HI!", "Jane Roe, MD", "Marketing, PR
# and sales", "a CT scan", "AR and VR"): a state only before a ZIP code or after one of these cities
_CITIES_OF_WORD_STATES = {
    "OK": ("Tulsa", "Oklahoma City", "Norman"), "ME": ("Portland", "Bangor", "Augusta", "Lewiston"),
    "HI": ("Honolulu", "Hilo", "Maui", "Kailua"),
    "OH": ("Columbus", "Cleveland", "Cincinnati", "Toledo", "Akron", "Dayton"),
    "IN": ("Indianapolis", "Fort Wayne", "Bloomington", "South Bend", "Evansville"),
    "LA": ("New Orleans", "Baton Rouge", "Shreveport"),
    "PA": ("Philadelphia", "Pittsburgh", "Harrisburg", "Allentown", "Scranton"),
    "MA": ("Boston", "Cambridge", "Worcester", "Springfield", "Salem"),
    "ID": ("Boise", "Idaho Falls", "Pocatello", "Coeur d'Alene"),
    "MD": ("Baltimore", "Annapolis", "Bethesda", "Rockville", "Silver Spring"),
    "MS": ("Jackson", "Biloxi", "Gulfport", "Hattiesburg", "Tupelo"),
    "CT": ("Hartford", "New Haven", "Stamford", "Bridgeport", "Greenwich"),
    "CO": ("Denver", "Boulder", "Aurora", "Colorado Springs", "Fort Collins"), "PR": ("San Juan", "Ponce", "Mayagüez"),
    "AR": ("Little Rock", "Fayetteville", "Bentonville", "Fort Smith"), "SD": ("Sioux Falls", "Rapid City", "Pierre"),
    "GA": ("Atlanta", "Savannah", "Athens", "Augusta", "Macon"), "DE": ("Wilmington", "Dover", "Newark"),
    "VA": ("Richmond", "Arlington", "Norfolk", "Alexandria", "Virginia Beach"),
    "MT": ("Billings", "Missoula", "Bozeman", "Helena")}
# "St. Louis, MO", "Portland, OR 97201": a state's code after its place (a capitalised word) and before the end of
# the clause, a ZIP code or a preposition, said as the state's name, as a narrator does (espeak-ng: "moh", "or");
# group 3 is the ZIP code (see _state_after_place)
_STATE_AFTER_PLACE = re.compile(r"\b([A-Z][a-zà-ÿ]+), (" + "|".join(code for code in _STATE_NAMES if code != "DC")
                                + r")(?=(\s+\d{5}\b)|\s*(?:[.,;:!?)]|$)|\s+(?:in|on|at|and|is|was|where|for|to|with|"
                                r"from)\b)")
# Springfield, IL 62704 and "zip code 90210": a ZIP code digit by digit, not "sixty-two thousand…"
_ZIP_CODE = re.compile(r"(\b(?:" + "|".join([*_STATE_NAMES, *_STATE_NAMES.values()])
                       + r")|\b(?i:zip)(?:\s+(?i:code))?(?:\s+is)?:?)"
                       r"\s+(\d{5})(?:-(\d{4}))?\b")
# version 2.0.1, 192.168.1.1, a network's 10.0.0.0/24 ("slash twenty-four"; the slash was read as a hyphen)
_DOTTED_NUMBERS = re.compile(r"(?<![\w.])\d+(?:\.\d+){2,}(?:/\d{1,2}(?![\w/]|\.\d))?(?![\w]|\.\d)")
# US order: month/day/year, 1/7/01 too (not in a longer chain: sizes 8/10/12/14)
_SLASH_DATE = re.compile(r"(?<!\d/)\b(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})\b(?!/\d)")
# a game's K/D/A 20/3/7, a stat line 30/10/11 that is no date: each number in turn ("twenty-three-seven" ran
# them together)
_SLASH_LIST = re.compile(r"(?<![\w/.,])(\d{1,3})/(\d{1,3})/(\d{1,3})(?:/(\d{1,3}))?(?![\w/]|[.,]\d)")
_BLOOD_PRESSURE = re.compile(r"(?<![\w/.,])(\d{2,3})/(\d{2,3})(\s?mmHg\b)?(?![\w/])")  # 120/80 mmHg: "over"
_PRESSURE_BEFORE = re.compile(r"\b(?:BP|blood pressure)\b[^.!?\d]{0,15}$", re.I)  # BP 120/80, blood pressure of 140/90
_SLASHED = re.compile(rf"(?<![\w/.,])({_NUMBER})/(\d+(?:\.\d+)?)(?![\w/]|\.\d)")  # 3/4 cup, rated 4.5/5, 24/7, 12/25
_DATE_CUE = re.compile(r"\b(?:on|by|until|till|through|before|after|from|since|due|starting|ends?|ending|dated|expires|"
                       r"deadline|Mon|Tue|Wed|Thu|Fri|Sat|Sun)(?:day|sday|nesday|rsday|urday)?,?\s+$", re.I)
# "Attempts: 3/3", "Progress: 7/12": a count of a whole, "three of three" (it was "three-three"); "Date: 3/4" and
# "DOB: 5/12" are dates (it was "three quarters")
_LABEL_BEFORE = re.compile(r"\b([A-Za-z][A-Za-z ]{0,20}):\s*$")
_DATE_LABEL = re.compile(r"\b(?i:date|dob|due|deadline|born|birthday|expires|expiry|exp|starts?|ends?|posted|updated|"
                         r"effective|issued|delivery|shipped|arrival|departure|when)$")
_FRACTION_OF_UNIT = re.compile(rf"(?<![\w/.])(\d+)/(\d+)\s?({_UNIT_NAMES})(?=\W|$){_ABBREVIATION_DOT}", re.I)  # 3/8 in., 1/2 kg
_OF_MANY = re.compile(r"\b(Step|Page|Part|Question|Slide|Lesson|Module|Unit|Exercise|Item|Episode|Task)\s+(\d+)/(\d+)\b", re.I)
_KEY_NAMES = {"ctrl": "Control", "cmd": "Command", "command": "Command", "control": "Control", "alt": "Alt",
              "shift": "Shift", "option": "Option", "fn": "Function",
              "win": "Windows", "esc": "Escape", "del": "Delete", "tab": "Tab", "enter": "Enter", "space": "Space"}
_KEYS = re.compile(r"\b(?:Ctrl|Cmd|Command|Control|Alt|Shift|Option|Fn|Win)"
                   r"(?:\s?\+\s?(?:Ctrl|Cmd|Alt|Shift|Option|Fn|Win|Esc|Del|Tab|"
                   r"Enter|Space|F\d{1,2}|[A-Z0-9]))+\b", re.I)  # Ctrl+Shift+S, ctrl+s
# Ctrl-Z, Alt-F4, Shift-Tab: "Control Z" (espeak: "Ctrl" as "kuhn-trole"); not a win-win or a Shift-click
_HYPHEN_KEYS = re.compile(r"\b(?:Ctrl|Cmd|Command|Control|Alt|Shift|Option)"
                          r"(?:-(?:Ctrl|Cmd|Alt|Shift|Option|Esc|Del|Tab|Enter|Space|F\d{1,2}|[A-Z0-9]))+\b(?!-)", re.I)
# "between 3pm-5pm", "between $5-$10": a range after "between" is said with "and" ("between three and five P-M")
_BETWEEN_DASH = re.compile(r"\b([Bb]etween\s+[$€£¥₹]?\d[\w.:,%°]*)\s?[-–]\s?(?=[$€£¥₹]?\d)")
# 5°C-10°C, 5k-10k: the unit written at both ends is said once, at the end ("five to ten thousand")
_UNIT_BOTH_ENDS = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?)\s?(°[CF]|[kK]|%)\s?([-–])\s?(?=\d+(?:\.\d+)?\s?\2(?!\w))")
# 3-5 days, pH 6.5–8.5, 3~4
_RANGE = re.compile(r"(?<![\w.,-])(\d+(?:\.\d+)?)\s?[-–~]\s?(?=(\d+(?:\.\d+)?)(?![\w.,]\d|-\d))")
_NEGATIVE = re.compile(r"(?<![\w.,)%])[-−](?=\d)")  # not the dash of 50%-75%
# πr², 2πr, Δx: a Greek letter glued to a Latin one or a digit is said apart (espeak: "pyer", "deltaks"); μ is micro
_GREEK_GLUED = re.compile(r"(?<=[Α-Ωα-λν-ω])(?=[A-Za-z\d])|(?<=[A-Za-z\d])(?=[Α-Ωα-λν-ω])")
# 12" x 8", 10cm x 20cm: a size "by" (the marks are words by then); "3 sets x 12 reps" is _SETS_OF's
_SIZE_BY = re.compile(r"(?:(?<=\d)|\b)(inch(?:es)?|feet|foot|cm|mm|m|in|ft|px)\s?[x×]\s?(?=\d)")
# 128/256/512GB: "one hundred and twenty-eight, two hundred and fifty-six or five hundred and twelve gigabytes"
_ALTERNATIVES = re.compile(rf"(?<![\w/.,])(\d+(?:/\d+)+)(?=\s?({_UNIT_NAMES})\b)", re.I)
# 1 1/2 cups, 2-3/4 in.: "one and a half cups", "two and three quarters inches" (espeak: "one one half")
_MIXED_NUMBER = re.compile(rf"(?<![\w./-])(\d+)[\s-](\d+)/(\d+)(?:\s?({_UNIT_NAMES})(?=\W|$){_ABBREVIATION_DOT})?(?![\w/])",
                           re.I)
# "the & sign", "the & key": the character named (espeak: "the and sign")
_AMPERSAND_NAMED = re.compile(r"(?<=\b[Tt]he )&(?=\s+(?:sign|symbol|key|character)s?\b)|(?<=[\"“'‘])&(?=[\"”'’])")
# "Q&amp;A", "it&#8217;s": HTML entities in text copied from a web page or a feed (espeak: "ampersand amp")
_HTML_ENTITY = re.compile(r"&(?:[a-zA-Z]{2,8}|#\d{1,7}|#[xX][0-9a-fA-F]{1,6});")
# Word's no-break hyphen (in phone numbers) is a hyphen: every rule below reads "-"; zero-width spaces, word joiners,
# a byte-order mark (a web page's &#x200B;) and a soft hyphen (U+00AD, a typesetter's break in "Wednesday") are nothing
_INVISIBLE_AND_HYPHENS = str.maketrans(dict.fromkeys("\u2010\u2011", "-") | dict.fromkeys("\u200b\u2060\ufeff\u00ad"))
# Letters espeak's English voices cannot say are read out as their code ("Nguyễn" as "N G U Y letter one E C five N",
# "Đặng" "D stroke…", a full-width "Ｆｕｌｌ" likewise): said as their base letter ("Nguyen", "Dang", "Full"). Text pasted
# from a Mac can carry é as e and a combining accent, which espeak drops ("Café" as "cafe"): composed first. Latin-1
# letters (é, ñ, ß) and the Central European ones espeak knows (ł, œ) stay.
_FULL_WIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)} | {0x3000: " "}
# Chloë, Noël, Brontë, naïve, coöperate: the diaeresis says a vowel starts a syllable of its own, which espeak does
# not know ("Chloë" "klah-eh", "Noël" "nah-el"); the word without it, where CMUdict lists it, is said as CMUdict says
_DIAERESIS_WORD = re.compile(r"(?<![\w\[])([^\W\d_]*(?:[ëïËÏ]|(?<=[oO])[öÖ])[^\W\d_]*)(['’]s)?(?![\w\]])")


def _diaeresis_word(match: re.Match) -> str:
    word, possessive = match.groups()
    plain = "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))
    ipa = dictionary_ipa(plain)
    if ipa is None:
        return match.group(0)
    if possessive:
        ipa += "ɪz" if ipa.endswith(("s", "z", "ʃ", "ʒ")) else "s" if ipa[-1] in "ptkfθ" else "z"
    return f"[[{ipa}]]"


_FOREIGN_LETTER = re.compile(r"[\u0100-\u024f\u1e00-\u1eff\u0300-\u036f]")
_UNDECOMPOSED = {"Đ": "D", "đ": "d", "Ħ": "H", "ħ": "h", "ı": "i", "Ŧ": "T", "ŧ": "t", "ƒ": "f"}
_SAID_AS_WRITTEN = frozenset("ŁłŒœ")
# x̄ and ŷ, a statistics lesson's mean and estimate: "x bar", "y hat" (a letter alone under the mark)
_BAR_OR_HAT = re.compile(r"(?<![^\W\d_])(?<![\u0300-\u036f])([A-Za-z])([\u0304\u0302])(?![^\W\d_]|[\u0300-\u036f])")


def _base_letter(match: re.Match) -> str:
    letter = match.group(0)
    if letter in _SAID_AS_WRITTEN:
        return letter
    base = "".join(c for c in unicodedata.normalize("NFD", letter) if not unicodedata.combining(c))
    return _UNDECOMPOSED.get(base, base)
# 10 000 euros and 1 234 567 km, thousands grouped by spaces as European and scientific writing does (was "ten zero
# zero zero"): before a word, a sign or the sentence's end; not a phone number's 555 123 4567, 1 800 423-4343 or
# 1 800 CALL ATT
# "Enter the code 482 913", "Your PIN is 4829": a code is said digit by digit, not as a number of thousands (an
# HTTP status code's 200 is "two hundred")
_CODE_DIGITS = re.compile(r"(?<!(?i:status) )(?<!(?i:http) )(?<!(?i:response) )\b((?i:code|pin|otp|passcode|password)"
                          r"(?:\s+(?:is|was|number))?:?\s+)(\d{3,8}(?: \d{3,4})?)\b(?![.,]\d|[/:-]\d)")
_SPACED_THOUSANDS = re.compile(r"(?<![\d,.'’])(?<!\d )[1-9]\d{0,2}(?: \d{3})+(?=\s?(?:[a-z%€$£¥]|[.,;:!?)]|$))")
# a recipe's "¾ c. milk", "2 c. flour": cups (espeak: "see"); "med-high heat": medium (espeak: "med")
_CUPS = re.compile(r"(?<![\w.])(\d+[\s-]\d/\d+|\d+(?:[\s-]?[¼½¾⅓⅔⅛⅜⅝⅞]|\.\d+|/\d+)?|[¼½¾⅓⅔⅛⅜⅝⅞])\s?c\.(?=\s+[a-z])")
# "Eq. (3)", "Equation (2.1)": the equation's number, not an aside between pauses
_EQUATION_NUMBER = re.compile(r"\b([Ee]q|[Ee]qs|[Ee]qn|[Ee]quations?)(\.?)\s*\((\d+(?:\.\d+)?[a-z]?)\)(?!\()")
_MEDIUM = re.compile(r"\b([Mm])ed(?=[-–](?:high|low)\b|\s+heat\b)")
_VULGAR_FRACTION = re.compile(r"(?:(\d)[\s-]?)?([¼½¾⅓⅔⅛⅜⅝⅞]|(?<=\d)⁄(?=\d))")  # 1½, 1 ½ and ¾ as 1 1/2, 1 1/2 and 3/4
# a Boeing 737, an Airbus A320neo: "seven thirty-seven", "A three twenty neo"
# (A320-200 and the Boeing 737-800 too: "seven thirty-seven eight hundred", not a range)
_AIRLINER = re.compile(r"(?<=\bBoeing )(7\d7)(?:-([1-9]00(?:ER)?|\d))?(s?)\b|\bA([23][2-8]0)(?:-([1-9]00)\b)?"
                       r"(?=neo\b|\b)")
_TEAM_NUMBER = re.compile(r"(?<![\w.])(\d{2})ers\b")  # the 49ers, the 76ers: "forty-niners", "seventy-sixers"
# hitting .315, a .250 average: a batting average is said "three fifteen"
_BATTING = re.compile(r"\b((?:hitting|batting|batted|averaging|hit)\s+)\.(\d{3})\b|(?<![\w.])()\.(\d{3})(?=\s+"
                      r"(?:average|batting|hitter)\b)")
# "Data Privacy 101", "Marketing 201:": a course is "one oh one"; not "About 101.", "Page 101." or "Chapter 201."
_COURSE_NUMBER = re.compile(r"\b(?!(?:About|Over|Under|Nearly|Almost|Only|Just|Exactly|Around|Roughly|Page|Pages|Chapter|"
                            r"Section|Part|Article|Verse|Psalm|Episode|Lesson|Step|Unit|Item|Question|Line|Slide|Level|"
                            r"Stage|Act|Scene|Book|Volume|Year|Age|Ages|Score|Total|Number|Ch|Sec|Room)\b)([A-Z][a-z]+ )"
                            r"([1-4])0([1-9])(?=\s*(?:$|[:!?,;)—–]|\.(?!\d)))")
# 2x–3x faster: the first x said once, as in "2–3x" (the range's "to", then "times"; was "two times–three times")
_TIMES_RANGE = re.compile(r"\b(\d+(?:\.\d+)?)x(?=[-–]\d+(?:\.\d+)?x\b)")
_TIMES = re.compile(r"\b(?!0x)(\d+)\s?[x×]\s?(\d+)(?=[a-zA-Z]{0,3}\b)|\b(\d+)[x×](?=\W|$)")  # 3x3 grid, a 2x speedup
# 10 x 20 x 5 cm, a box's three sides: "by" twice (the last "x" was left to espeak: "ten by twenty x five")
_THREE_SIDES = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?)\s?[x×]\s?(\d+(?:\.\d+)?)\s?[x×]\s?(\d+(?:\.\d+)?)(?![\w.]*[x×])")
_ALGEBRA_AFTER = re.compile(r" [-+=−<>] |[-+=−<>/](?=[\w(])|[)^²³]")  # 2x + 3, 2x+3, 4x², (2x); not 10x+ cheaper
_ALGEBRA_BEFORE = re.compile(r"(?:[-+=−(]|\b(?:equals|minus))\s?$")  # = 2x, x² - 4x (by now "x cubed minus 2x")
_SUM_ENDS = re.compile(r"\s?(?:=|equals\b|[.,;:!?)]|$)")  # 3 × 5 = 15, "Compute 3 × 5."
# x² - 4x, 2x - 3 = 7, a - b: a minus sign between terms of algebra (espeak drops a spaced hyphen)
_MINUS_TERM = re.compile(r"(?:(?<=[²³)])|(?<=\b[b-hj-z])|(?<=\dx)) [-−] (?=\d+[a-z]?\b|[a-z]\b|\()")
# 123 Main St., 221B Baker Street, 1600 Pennsylvania Avenue: a house number in pairs ("one twenty-three", "two
# twenty-one B"), as addresses are said; and "Downing St" without its dot is the street (espeak: "Downing saint")
_STREET_WORDS = (r"St|Street|Ave|Avenue|Rd|Road|Dr|Drive|Blvd|Boulevard|Lane|Ln|Way|Ct|Court|Pl|Place|Terrace|"
                 r"Square|Sq|Pkwy|Parkway|Hwy|Highway|Crescent|Close|Row|Mews|Gardens")
_HOUSE_NUMBER = re.compile(r"(?<![\w.,$€£¥₹₩-])(\d{3,4})([A-Z]?)(?=\s+(?:[A-Z][a-z]+\.?\s+){1,3}(?:" + _STREET_WORDS
                           + r")\b)")
# Downing St, 42nd St (by then "forty-second St"): as _STREETS reads Baker St. and 3rd St. with their dots
_DOTLESS_STREET = re.compile(r"\b(?!(?:" + "|".join(sorted(_FUNCTION_WORDS | _GREETINGS)) + r")\b)([A-Z][a-z]+|first|"
                             r"second|third|[a-z]{2,}(?<!wi)th) (St|Ave|Rd|Dr)\b(?![.'’\w])"
                             r"(?!\s+(?!(?:North|South)(?:east|west)\b)[A-Z\[(])")  # but Baker St NW
# the same words as with their dots (espeak: "ah-vay", "R-D", "doctor")
_DOTLESS_STREETS = {short[:-1]: (_ABBREVIATIONS | _STREETS)[short] for short in ("St.", "Ave.", "Rd.", "Dr.")}
# a phone menu's keys, "Press # to repeat", "Dial *67": pound and star (espeak: nothing, or emphasis)
_PHONE_KEYS = {"#": "pound", "*": "star"}
_KEY_AFTER_VERB = re.compile(r"\b((?i:press|dial|hit|enter|then|followed by)\s+)([#*])(?![\w#*])")  # "Press #"
_KEY_IN_LIST = re.compile(r"(?:(?<=, )|(?<=\bor )|(?<=\band ))[#*](?=\s+(?:to|for)\s)")  # "…, # to repeat"
_STAR_CODE = re.compile(r"(?<![\w*])\*(?=\d{2,3}\b)(?!\d{2,3}\*)")
# 40° 44′ 55″ N: degrees, minutes and seconds of a bearing (the marks were read as feet and inches)
_BEARING = re.compile(r"(\d{1,3})°\s?(\d{1,2})['′](?:\s?(\d{1,2}(?:\.\d+)?)[\"″])?(?:\s?([NSEW])\b)?(?=(\w?))")
# "the Save As... dialog", "choose Print…": a menu command's dots, no pause (espeak: a hesitation)
_COMMAND_DOTS = re.compile(r"(?<=\w )([A-Z][A-Za-z]*)(?:\.{3}|…)(?=\s+(?:dialog|dialogue|box|window|menu|option|"
                           r"button|command|item|entry|screen|panel)s?\b)")
_DOTLESS_MOUNT = re.compile(r"\bMt(?=\s+[A-Z][a-z])")  # Mt Everest (espeak: "M-T")
_CASHTAG = re.compile(r"(?<![\w$])\$([A-Z]{1,5})\b")  # $AAPL: a ticker, its letters (espeak: "dollar apple")
_ESTIMATED = re.compile(r"\best\.(?=\s*$|\s+[A-Z]|\s*[,;:)])")  # "$1.18 est." (espeak: "E-S-T")
# A processor's model (i7-13700K, Ryzen 7 7800X3D, Core Ultra 7 155H) as reviewers say it, "i7 thirteen seven hundred
# K" (espeak: "i7 dash thirteen thousand seven hundred thousand", the K taken for thousands)
_PROCESSOR = re.compile(r"\b(i[3579]-|Ryzen [3579] |Core Ultra [3579] )(\d{3,5})([A-Z]{0,2}(?:3D)?)\b")
_LETTER_NUMBER = re.compile(r"\b([A-Z]{1,2})(\d{1,2}(?:\.\d+)?)\b(?!\.\d)|\b(\d{1,2})([A-UX-Z])\b")  # Q3, F1, 4K; not 65W, 12V
# TV's 3x07: "season three, episode seven" (espeak: "three by oh seven"); a labelled figure's 2-3 or A.1 is its name,
# not a range or a sentence's end ("Figure two-three", "Table A point one")
_EPISODE_CODE = re.compile(r"(?:\b(?:[Ee]pisode|[Ee]p\.?)\s+)?(?<![\w.])(\d{1,2})x(0\d)\b")
_LABEL = r"\b(Figure|Fig\.|Table|Exhibit|Chart|Diagram|Listing|Appendix|Equation|Eq\.)\s+"
_LABEL_HYPHEN = re.compile(_LABEL + r"(\d{1,3})[-–](\d{1,3})\b(?![-–.]\d)")
_LABEL_LETTER = re.compile(_LABEL + r"([A-Z])\.(\d{1,3})\b(?!\.\d)")
_ROMAN_NAMES = "|".join(sorted(_ROMAN, key=len, reverse=True))
_NUMBERED_PARTS = "Chapter|Part|Book|Volume|Act|Scene|Section|Phase|Level|Stage|Season|Episode|Round|Appendix|Step|Page"
# and a game's sequel: GTA V, Final Fantasy X ("GTA vee", "Final Fantasy ex")
_ROMAN_AFTER = re.compile(r"\b(" + _NUMBERED_PARTS + r"|World War|Super Bowl|WrestleMania|GTA|Grand Theft Auto|"
                          r"Final Fantasy|Street Fighter|Civilization|Elder Scrolls)\s+(" + _ROMAN_NAMES
                          + r")\b(?!['’]\w)")
# "page iv", "pp. xii–xv", "Chapters IV–VI": a page, a chapter or a range of them numbered in roman numerals of
# either case (espeak reads "iv" as a word and "page IV" as the drip). Two letters or more: in "for the most part i
# think" the i is the pronoun typed in lower case.
_CASED_ROMAN = "|".join(cased(numeral) for cased in (str.lower, str.upper) for numeral in _ROMAN_NAMES.split("|")
                        if len(numeral) > 1)
_PAGE_ROMAN = re.compile(r"(?<![\w.])((?i:(?:" + _NUMBERED_PARTS + r")s?)|pp?\.|[Cc]h\.|Pt\.|Sec\.|Sc\.)\s+("
                         + _CASED_ROMAN + r")(?:\s?[–-]\s?(" + _CASED_ROMAN + r"))?(?![\w'’-])")
# a preface's "page v" and "p. i" (one letter only after a page: "part i think"; "page x of y" is a placeholder)
_PAGE_LETTER = re.compile(r"(?<![\w.])((?i:pages?)|pp?\.)\s+([iv]|x(?!\s+of\b))()(?![\w'’-])")
# Any other roman numeral espeak says as "roman eight". A monarch's or a pope's is an ordinal (Henry VIII, Queen
# Elizabeth II, John Paul II), the medical drip is its letters (an IV line), any other numeral the number (Type II,
# Apollo XI, Super Bowl XX); one letter (I, V, X) is a numeral only after a monarch's name (not Malcolm: Malcolm X).
# From XL up only numerals of four letters or more (XLII, LVIII): XL, LV, LX, LIV are sizes, brands and names too.
_ROMAN_WORD = re.compile(r"(?<![\w'’.-])(?:" + "|".join(numeral for numeral in _ROMAN_NAMES.split("|")
                                                      if _ROMAN[numeral] < 40 or len(numeral) > 3)
                         + r")(?![\w-]|['’][a-rt-z])")
_MONARCHS = frozenset("""Henry Edward George William Richard James Charles Elizabeth Mary Anne Victoria Louis Philip
    Frederick Peter Catherine Alexander Nicholas Ivan Pius Leo Gregory Benedict Innocent Clement Paul Urban Boniface
    Sixtus Ramesses Ramses Thutmose Amenhotep Ptolemy Cleopatra Constantine Otto Ferdinand Alfonso Carlos Felipe Gustav
    Gustaf Christian Wilhelm Napoleon Harald Olav Haakon Rama Mehmed Suleiman Stephen David Robert Francis""".split())
_RULER_TITLES = frozenset("King Queen Pope Emperor Empress Tsar Czar Tsarina Pharaoh Kaiser Sultan Prince Princess Duke "
                          "Duchess".split())
_CLAUSE_END = re.compile(r"\s*(?:[.,;:!?)]|['’]s\b|$)")
# "Elizabeth I reigned", "Charles I of England": a deed or a realm after "I" (not "Henry I think", "Mary I was")
_REIGN_AFTER = re.compile(r"\s+(?:reigned|ruled|became|died|succeeded|married|ordered|founded|who|whose|of [A-Z])")
_NUMBERED_BEFORE = re.compile(r"\b(?i:type|class|grade|stage|phase|level|part|chapter|appendix|volume|section|article|"
                              r"title|schedule|category|tier|mark|book|act|scene|round|season|episode|series|"
                              r"generation|gen|model|version)\s+$")
_NAME_BEFORE = re.compile(r"\b(?!(?:" + "|".join(_FUNCTION_WORDS) + r")\b)[A-Z][A-Za-z]*\s+$")  # Rocky II, Apollo XI
_SENTENCE_OPENER = re.compile(r"(?:^|[.!?:]\s+)[A-Z][a-z]*\s+$")  # "Thanks XX": a capital, not a name
# "Give IV fluids": the capital that opens the sentence is a verb there, not a name (as in "Rocky IV was great")
_VERB_OPENER = re.compile(r"(?:^|[.!?:]\s+)(?:Give|Start|Run|Hang|Insert|Place|Remove|Check|Flush|Push|Administer|"
                          r"Stop|Begin|Continue|Restart|Establish|Get|Need|Use|Try|Set|Keep|Change|Draw)\s+$")
SPELLED_IV = "[[ˌaɪvˈiː]]"
# the 90s, the '80s, the 1990s, the early 2000s, her mid-30s, pre-90s, the 70s, 80s and 90s, the 1980s-90s; a bare
# "30s" is thirty seconds unless a cue before it (or the decade before it in a list) plainly means a decade
_DECADE = re.compile(r"(?<![\w'])(?:(1[0-9]|20)([0-9]0)['’]?s"
                     r"((?:(?:, ?| and | or | to |[-–])(?:1[0-9]|20)?[0-9]0['’]?s)*)|"
                     r"(?:(?<=the )|(?<=early )|(?<=mid )|(?<=late )|(?<=her )|"
                     r"(?<=his )|(?<=their )|(?<=my )|(?<=your )|(?<=mid-)|(?<=early-)|(?<=late-)|(?<=pre-)|"
                     r"(?<=post-)|['’‘])([1-9]0)['’]?s((?:(?:, ?| and | or | to |[-–])[1-9]0['’]?s)*))\b", re.I)
# the under-18s, for under 18s: an age group, "under eighteens" (was "eighteen seconds"); "took under 10s" is time
_AGE_GROUP = re.compile(r"\b((?i:under|over)-)(\d{1,2})s\b|(?:(?<=\bthe )|(?<=\bfor )|(?<=\ball )|(?<=\bour )|"
                        r"(?<=\bof )|(?<=\band ))((?i:under|over) )(\d{1,2})s\b")
_ROUND_PLURALS = {"100": "hundreds", "1000": "thousands", "10000": "tens of thousands", "100000": "hundreds of thousands",
                  "1000000": "millions"}
_ROUND_PLURAL = re.compile(r"(?<![\w.,$€£¥₹₩])(1000000|1,000,000|100000|100,000|10000|10,000|1000|1,000|100(?=s\s+of\b))s\b")
# Temperatures written without the degree sign, as news does ("temperatures hit 40C"); seat 40C stays a seat
_BARE_DEGREES = re.compile(r"(?<![\w.])(\d{1,3}(?:\.\d)?)([CF])\b")
_WEATHER_WORDS = re.compile(r"(?i:temp|heat|hot|cold|warm|cool|freez|degree|weather|forecast|oven|fever|climat|high|low|"
                            r"thermo|summer|winter|sunny|chill|bak|roast)")
_PLACE_BEFORE = re.compile(r"\b(?i:seat|row|gate|room|flat|apartment|unit|bay|platform|aisle|block|floor|suite|page|"
                           r"cell|box|size|grade|vitamin)\s+$")  # seat 12C, vitamin C
_HASH_NUMBER = re.compile(r"(?<![\w#])#(?=\d)")  # the #1 hit
# 0.5 mg PO BID, divided TID, 2 puffs PRN: a prescription's Latin in capitals after a dose or a route (espeak: "bid")
_DOSE_SCHEDULE = re.compile(r"\b((?:mg|mcg|g|mL|ml|units?|tabs?|tablets?|caps?|capsules?|puffs?|drops?|PO|IV|IM|SC|SQ|"
                            r"orally|mouth|divided|daily|given|taken|doses?|q\d+(?:-\d+)?h) )(BID|TID|QID|QD|PRN)\b")
_DOSE_TIMES = {code: _ABBREVIATIONS[".".join(code.lower()) + "."] for code in ("BID", "TID", "QID", "QD", "PRN")}
# 16:9, 3:1, 1:1,000 ("sixteen to nine", "one to one thousand"); 2:30 is a time
_RATIO = re.compile(r"(?<![\w:.])(\d{1,2}):(\d{1,3}(?:,\d{3})+|\d)(?![\w:]|[.,]\d)")
# a contrast ratio of 4.5:1, shot in 2.39:1 (espeak: "four point five colon one"); a time's decimal comes after it
_DECIMAL_RATIO = re.compile(r"(?<![\w:.])(\d{1,2}\.\d{1,2}):(\d{1,2})(?![\w:]|[.,]\d)")
_RATIO_CUED = re.compile(r"(?<![\w:.])(\d{1,3}):(\d{1,4})(?::(\d{1,4}))?(?=\s+(?:dilution|ratio|scale|mix|mixture|"
                         r"solution|odds|split)\b)|(?:(?<=ratio of )|(?<=odds of )|(?<=scale of )|(?<=diluted )|"
                         r"(?<=ratio is )|(?<=ratio )|(?<=ilute )|(?<=dilution of )|(?<=iluted to ))"
                         r"(\d{1,3}):(\d{1,4})(?::(\d{1,4}))?\b")  # a 1:10 dilution, dilute 1:10, a 3:2:1 split
# A button's arrow: "click Next >", "Continue »", "< Back": not said
_BUTTON_ARROW = re.compile(r"(?<=\w)\s(?:>|›|»|→)+(?=\s*(?:[.,;!?)\"”](?!\S)|$))|"
                           r"(?:^|(?<=\s))(?:<|‹|«|←)\s?(?=[A-Z][a-z])")
# Spreadsheet lessons: the range A1:A10 "A1 to A10", a formula =SUM(A1:A10) "equals SUM of A1 to A10"; and Q1–Q5,
# F1-F12 ("Q one, Q five" lost its "to"), a hyphen only between one series (AB12-CD34 is a code)
_CELL_RANGE = re.compile(r"\b(([A-Z]{1,3})\d{1,7})(?::|\s?–\s?|-(?=\2\d))([A-Z]{1,3}\d{1,7})\b")
_FORMULA = re.compile(r"(?<![\w=])=\s?([A-Z][A-Z\d.]*)\(([^()]*)\)")
# File > Save As, A -> B, 'OK' → 'Next': a pause, not a dropped ">"
_MENU_PATH = re.compile(r"(?<=[\w'\"’”])\s+(?:>|→|-+>|=>)\s+(?=[\w'\"‘“])")
# but a journey's arrow is "to": LAX → NRT (two airports), "Day 3: Kyoto → Osaka", "we drove Rome -> Florence"
_JOURNEY = re.compile(r"\b(?:fl(?:y|ew|ights?|ying|own)|dr(?:ive|ove|iving|iven)|trains?|bus|ferry|route|trips?|"
                      r"travel\w*|journey|itinerary|layovers?|connecting|Day \d+|leg)\b", re.I)
_AIRPORTS = re.compile(r"[A-Z]{3}\s+(?:→|-+>)\s+[A-Z]{3}\b")
_AIRPORTS_BEFORE = re.compile(r"[A-Z]{3}\s+(?:→|-+>)\s+[A-Z]{3}\Z")  # LAX → NRT → SIN, DNA → RNA → protein
_PER_UNITS = {"month": "month", "mo": "month", "year": "year", "yr": "year", "week": "week", "wk": "week",
              "day": "day", "hour": "hour", "hr": "hour", "night": "night", "person": "person", "user": "user",
              "seat": "seat", "item": "item", "page": "page", "minute": "minute", "min": "minute", "second": "second",
              "bbl": "barrel"}
_PER_ABBREVIATED = {"mo", "yr", "wk", "hr", "bbl"}
_PER = re.compile(r"(?<=[\w%])/(" + "|".join(_PER_UNITS) + r")\b")  # $19.99/month, 5 GB/user: "per"; not day/night
# 5 kg/bag, $3/pack: any thing counted after a unit or price is "per" it too (not after a plain plural: friends/family)
_PER_THING = re.compile(r"(?<=[\w%])/([a-z]{3,})\b(?<!s)(?![/.]\w)")
# 500 copies/mL, cells/µL, doses/kg: a lab's count per a volume or mass ("per millilitre"; espeak: "copies slash M L")
_COUNT_PER_UNIT = re.compile(r"(?<=[a-z]{3}s)/(mL|ml|µL|uL|L|dL|kg|g|mg)\b(?![/.]\w)")
# 10,000 requests/sec, 50 tokens/s: a count per second (espeak: "requests slash S"); "req/min" is requests
_COUNT_PER_SECOND = re.compile(r"(?<=\d)(\s?(?:[kKmM]\s)?[a-z]{3,})/s(?:ec)?\b(?![/.]\w)")
_REQUESTS = re.compile(r"\b(?:(1)\s)?reqs?(?=/(?:s|sec|second|min|minute|h|hr|hour|day)\b)")
_UNIT_BEFORE = re.compile(r"(?:\d\S*|\b(?:dollars?|cents?|euros?|pounds?|pence|" + _UNIT_NAMES + r"))\s*$", re.I)
_AMOUNT_BEFORE = re.compile(r"(?:\d\S*|\d+\s+(?:[A-Za-z]+\s+)?[a-z]+s|\b(?!this\b)[a-z]{2,}[^\Wsu]s"  # words/minute
                            r"|\b(?:dollars?|cents?|euros?|pounds?|pence|" + _UNIT_NAMES + r"))\s*$", re.I)
# 1.5M users, 2bn, 1.5B, 2B people; but room 3B and a 2B pencil are letters ($ amounts are money's)
_COUNTED_NOUNS = ("users|people|parameters|params|tokens|downloads|views|visitors|customers|subscribers|devices|years|"
                  "rows|records|requests|searches|streams|installs|accounts|messages")
_COUNTED = rf"(?:{_COUNTED_NOUNS})\b"
# 31m users, a 40m contract: millions, as news writes them (a 31m yacht and the 100m sprint are metres)
_AUDIENCE_NOUNS = "viewers|listeners|fans|followers|players|residents|voters|members|patients|students|workers"
_LOWER_MILLIONS = re.compile(r"(?<![\w.$€£¥₹₩])(\d+(?:\.\d+)?)m(?=\s+(?:" + _COUNTED_NOUNS + "|" + _AUDIENCE_NOUNS
                             + r"|jobs|homes|households|contract|deal|budget|fine|settlement|transfer|"
                             r"fee|salary|loan|debt|bid|offer|profit|loss|revenue|valuation|investment|funding|payout|"
                             r"bonus|grant|bailout|takeover|package|prize|jackpot|lawsuit|acquisition|merger)\b)")
# 3M, the company: "three M" where it is possessive, does what a firm does or is someone's employer ("3M's revenue",
# "3M makes tape", "3M shares fell", "joined 3M in 2010", "an engineer at 3M"); "We're at 3M!", "hit 3M views" and
# "up from 3M" stay millions
_THREE_M = re.compile(r"(?<![\w.$€£¥₹₩])3M(?=['’]s\b|\s+(?:makes|made|announced|reported|says|said|sells|sold|produces|"
                      r"invented|employs|settled|agreed|shares|stock|CEO|headquarters|Company|Corporation|Post-it)\b)|"
                      r"\b((?:(?:works?|worked|working|jobs?|engineer|scientist|manager|"
                      r"intern|internship|career) at|joined|left) )3M\b(?![-'’/]|\s+(?!(?:in|and|or|as|for|since|"
                      r"until|before|after)\b)[a-z0-9$€£])")
_SCALED = re.compile(r"(?<![\w.$€£¥₹₩])(\d+(?:\.\d+)?(?=M|\s?bn\b)|\d+\.\d+(?=B)|\d+(?=B\s+" + _COUNTED
                     + r"))\s?(M|B|bn)(?![\w/])")  # 4.5 bn years, as the news writes it, too
# 2.5k stars, 50K followers: thousands; but a 10k (the race) and a 4K screen are said "ten K", "four K"
_THOUSANDS = re.compile(r"(?<![\w.$€£¥₹₩])(\d+(?:\.\d+)?)[kK](?![\w/'’])")
# what a one-digit "2k" counts when it is thousands: "2k+ users", "3k followers" (a 5k run and a 4K screen are not)
_COUNTED_AFTER = re.compile(rf"(?:\s*\+|\s+plus)?\s+(?:{_COUNTED_NOUNS}|{_AUDIENCE_NOUNS}|steps|stars|likes)\b")
_FEET_INCHES = re.compile(r"(?<![\w.])(\d)(?:'\s?|\s?ft\.?\s)(\d{1,2})(?:\"|''|\s?in\b(?:\.(?=\s+[a-z]))?)"  # 5'10"
                          r"|(?<![\w.'’])([4-7])['’](\d|1[01])(?![\w'’\"]|[.,]\d)")  # he's 5'9 (no inch mark)
# Years of an era (1066 AD: "ten sixty-six", not "one thousand and sixty-six"), the wars by name
# 1066 A.D., 44 B.C., A.D. 79: the era written with dots, read as AD and BC are (its "A" was the letter, then ".D.")
_DOTTED_ERA = re.compile(r"(?<=\d)\s?(A\.D|B\.C\.E|B\.C|C\.E)\.|\bA\.D\.\s?(?=\d)")
_ERA_YEAR = re.compile(r"(?<![\d,.])(\d{1,4})\s?(AD|BC|BCE|CE)\b|(?<=\bAD )(\d{1,4})\b")  # not 10,000 BC
# 500–450 BC, 753-509 BCE: years before Christ count down, and the range is still "to"
_ERA_RANGE = re.compile(r"(?<![\d,.])(\d{1,4})\s?[-–—]\s?(?=\d{1,4}\s?(?:BC|BCE)\b)|(?<=\bAD )(\d{1,4})\s?[-–—]\s?"
                        r"(?=\d{1,4}\b)")
_WORLD_WAR = re.compile(r"\bWW(II|I|1|2)\b")  # WWII: "World War Two"
# 6.02 × 10^23, 3×10⁸: "times ten to the power of"
_TIMES_TEN = re.compile(r"(?<=\d)\s?[×x]\s?(?=10\s?(?:\^|[⁻⁰¹²³⁴⁵⁶⁷⁸⁹]))")
# (b. 1867, d. 1934), Henry VIII (r. 1509–1547): born, died, reigned, flourished before a year
_LIFE_EVENT = re.compile(r"(?<![\w.])([bdr]|fl)\. ?(?=\d{3,4}\b)")
_LIFE_EVENTS = {"b": "born", "d": "died", "r": "reigned", "fl": "flourished"}
_CENTURY = re.compile(r"(?<=\d(?:st|nd|rd|th)) c\.")  # the early 20th c.
_E_NOTATION = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?)[eE]([+-]?)(\d{1,3})\b")  # 3e8, 6.02E+23, 1e-9
# B-52s, F-16s, A380s, PS5s, the 747s: a model's number in the plural ("B-fifty-twos"; the s was read as seconds)
_MODEL_PLURAL = re.compile(r"\b([A-Za-z]{1,4}-?)(\d{1,4})s\b|(?<=\bthe )()(\d{3})s\b")  # the 50s: _DECADE's
# Uranium-235, the F-150, I-405, a C-130: a name's three-digit number in pairs ("two thirty-five", "one fifty")
_NAMED_NUMBER = re.compile(r"\b([A-Za-z][a-z]{0,7}|[A-Z]{1,3})-(\d{3})\b(?![.,]\d|-\d)")
# 6.022 × 10²³ mol⁻¹, 9.81 m s⁻², 1.2 kg m⁻³, J mol⁻¹ K⁻¹: a unit to a negative power is "per" it ("per mole",
# "per second squared", "per cubic metre"; it was "moles⁻¹")
_PER_POWER = re.compile(r"\s?(?<![\w/])(mol|s|K|m|cm|mm|km|g|kg|L|h|min|yr)⁻([¹²³])(?![\w⁰¹²³⁴⁵⁶⁷⁸⁹])")
_LENGTHS = {"m", "cm", "mm", "km"}
_SUPERSCRIPT_POWER = re.compile(r"(?<=\d)([⁻]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+)")
_SQUARED = re.compile(r"(?<=[A-Za-z)])(?:[²³]|\^[23]\b)")  # x² + y², x^2: "x squared plus y squared"
# √2, √2/2, ∛27: "the square root of two (over two)" (espeak: "square root two-two")
_ROOT = re.compile(r"([√∛])\s?(\d+(?:\.\d+)?|[a-z]\b)(?:/(\d+)\b)?")
_SINE = re.compile(r"\bsin(?=\s?(?:\d|[θαβφx]\b|\())")  # sin 45°, sin θ, sin(x): "sine" (espeak: "sin")
_F_MA = re.compile(r"(?<=\bF = )ma\b")  # F = ma: "F equals M A" (espeak: "mah")
_MC_SQUARED = re.compile(r"(?<=\s)mc(?=²|\^2\b)")  # E = mc²: "M C squared" (espeak: "muck squared")
# (x + 1)²: "x plus one, all squared", not an aside in brackets with "+" left to espeak
_GROUP_POWER = re.compile(r"\(\s*([\w.]+(?:\s?[-+−×*/]\s?[\w.]+)+)\s*\)([²³])")
_OPERATOR_WORDS = {"+": "+", "-": "minus", "−": "minus", "×": "times", "*": "times", "/": "over"}
_SUPERSCRIPT_DIGITS = str.maketrans("⁻⁰¹²³⁴⁵⁶⁷⁸⁹", "-0123456789")
# a 27" monitor, a 9x13" pan
_INCH_MARK_OR_QUOTE = re.compile(rf"(?:(?<![\w.])|(?<=\d[x×]))({_NUMBER})\"(?=\s+[A-Za-z\d]|\s*[.,;:!?)]|\s*$)|\"")
# Word's typographer turns 5'4" into 5’4” and a 12" ruler into 12”: marks of feet and inches after a number, unless
# they close a quotation opened before them (“Top 5” is a quote)
_CURLY_MARK = re.compile(r"(?<=\d)([’”])")
_FEET = re.compile(r"(?<![\w.'])(\d{1,3})'(?![\w'])")  # a 6' fence
# Plus signs of amounts are read before money and percent are (their digits become words): ages 3+, $100+ orders,
# NPS rose to +41, +8% (a phone number's + was read with its digits before)
_AMOUNT_PLUS = [(re.compile(r"(?:(?<=\d)|(?<=\d[kKMB]))\+(?![\w+])(?!\s?(?:" + _UNIT_NAMES + r")\b)", re.I),
                 " plus"),  # 100K+ downloads; 18+ hrs is _UNIT's
                (re.compile(r"(?<![\w+])\+(?=\d)"), "plus "),
                (re.compile(r"(?<=\d)\+(?=[a-z]{2,})"), " plus ")]  # $999+tax
# €35 pp, £89 pppn: "per person" after an amount of money ("pp. 112" stays pages)
_PER_PERSON = re.compile(r"\b((?:dollar|euro|pound|cent|franc|rupee)s?|pence|yen) ?(pp|pppn)(?=\W|$)")  # £9.99pp too
_TIMES_MONEY = re.compile(r"(?<=\d)\s?[×x]\s?(?=[$€£¥₹]\d)")  # 3 × $33.33: "three times thirty-three dollars…"
_PLUS_SIGNS = [(re.compile(r"±\s?"), "plus or minus "),
               (re.compile(r"(?<=\d)\s?\^\s?(?=\d)"), " to the power of ")]  # 10^3
_ABOUT = re.compile(r"(?<!\S)~(?=[\d$€£¥₹])|\s?≈\s?(?=[-−]?[\d$€£¥₹.])")  # ~20 people, ≈2,000, π ≈ 3.14
_VALUE_BEFORE = re.compile(r"(?:^|[\s(])[^\W\d_]\s*$|[)²³\d]\s*$")  # x, π, f(x), 2 + 2: "is approximately"
# "I _really_ mean it", emphasis as plain text writes it: stressed, as *really* is (not snake_case or __init__)
_UNDERSCORED = re.compile(r"(?<![\w_*])_(?=[A-Za-z])([^_\n]{1,60}?)(?<=[\w.!?'’])_(?![\w_])")
_BLANK = re.compile(r"_{3,}")  # a quiz's "Fill in the ____": "blank" (espeak said nothing)
_SPACED_BAR = re.compile(r"\s+\|\s+")  # "Intro | Part 1", a title's divider: a pause
# "you—but", "a - how to say - mess", "it was -- well -- odd": a dash between words, spaced as espeak-ng needs to pause
# at it (a clause break, as at a semicolon); unspaced or typed as hyphens it read straight on
_WORD_DASH = re.compile(r"(?<=\w)(?:\s+-{1,2}\s+|\s*(?:—|--)\s*)(?=\w)")
_SING_SONG = re.compile(r"(?<![\w~])~+(?=[A-Za-z])|(?<=[A-Za-z!?.])~+(?![\w~])")  # "~hello~", "hi~": no "tilde"
_APPROX = re.compile(r"\b(?:(A)|a)pprox\b(?!\.)(?=\s*[\d$€£¥₹~])")  # "approx 20 mins": espeak says "uh-prox"
_ABOUT_SAID = re.compile(r"\b(?:about|around|roughly|approximately)\s*$", re.I)
_VERSION = re.compile(r"(?<![\w.])((?:[Vv]ersion )?)v(?=\d+(?:\.\d+)*\b)")  # v2.3 (and "version v2.3" says it once)
# RTX 4090, RX 7900, ISO 9001: a model number after capitals is said in pairs, as a year is ("forty ninety")
# and so is the rival it is set against (RTX 4090 vs 4080: "forty eighty", not "four thousand and eighty")
_MODEL_NUMBER = re.compile(r"(?:(?<=\b[A-Z]{2})|(?<=\b[A-Z]{3})|(?<=\b[A-Z]{4})|(?<=\b[A-Z]{5}))"
                           r"[\s-]?([1-9]\d{3})\b(?:(\s+(?:vs\.?|versus|or)\s+|\s*/\s*)([1-9]\d{3})\b)?(?![.,]\d|\s?%)")
# Xbox 360, a Porsche 911, Nokia 5300, Flight 370, port 8080, tax form 1040, BWV 1007, K. 525, Room 210: the number
# after such a name is said in pairs, as a year is ("three sixty", "nine eleven", "eighty eighty", "ten forty", "ten oh
# seven", "two ten")
_NAMED_IN_PAIRS = re.compile(r"\b((?:Xbox|Porsche|Nokia|Office|Peugeot|Ferrari|[Ff]light(?: [A-Z0-9]{2})?|Airbus|"
                             r"Room|Gate|Suite|Apartment|"
                             r"Cessna|Motorola|Samsung|"
                             r"Yamaha|Kawasaki|Ducati|Roland|Korg|Casio|Nikon|Canon|Volvo|Saab|Fiat|Lotus|[Pp]orts?|"
                             r"[Ff]orms?|Opus|BWV|K\.|RV|Hob\.) ?)([1-9]\d{2,4})\b(?![.,]\d|\s?%)")
_CATALOGUE = re.compile(r"\b(?:BWV|RV) ?$")  # the composers' catalogues, where 1007 is "ten oh seven"
_RESOLUTION = re.compile(r"\b(480|720|1080|1440|2160)p(\d{2,3})?\b")  # 1080p: "ten eighty p"; 1080p60 "… p sixty"
# 9am–5pm, 10:00-11:30: "to"; a bare 9-5 is a range already
_CLOCK = r"\d{1,2}(?::\d{2})?\s?(?:[ap]\.?m\.?)?"
_TIME_RANGE = re.compile(rf"(?<![\w:.])({_CLOCK})\s?[-–—]\s?(?=\d{{1,2}}(?::\d{{2}})?\s?[ap]\.?m\b|\d{{1,2}}:\d{{2}})", re.I)
_DAY_NAMES = {day: day for day in "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()} | {
    "Mon": "Monday", "Tue": "Tuesday", "Tues": "Tuesday", "Wed": "Wednesday", "Thu": "Thursday", "Thur": "Thursday",
    "Thurs": "Thursday", "Fri": "Friday", "Sat": "Saturday", "Sun": "Sunday"}
_MONTH_NAMES = {month: month for month in _MONTHS} | {month[:3]: month for month in _MONTHS} | {"Sept": "September"}
# Nov 5 - Dec 3, Mon 9/9 - Fri 9/13: a spaced dash between two dates, once said, is "to" (espeak: a pause)
_DATE_DASH = re.compile(r"(?:(?<=th)|(?<=st)|(?<=nd)|(?<=rd)|" + "|".join(f"(?<={month})" for month in _MONTHS)
                        + r") [-–—] (?=(?:the )?(?:" + "|".join([*_MONTHS, *set(_DAY_NAMES.values())])
                        + r"|first|second|third|\w+th)\b)")
_MONTH_RANGE = re.compile(r"\b(" + "|".join(sorted(_MONTH_NAMES, key=len, reverse=True)) + r")\.?\s?[-–—]\s?("
                          + "|".join(sorted(_MONTH_NAMES, key=len, reverse=True)) + r")\b(?:\.(?=\s*[a-z,;]))?")  # Jan–Mar
_PERIOD_RANGE = re.compile(r"\b([QH][1-4])\s?[-–—]\s?([QH][1-4])\b")  # Q1–Q3
_FISCAL_YEAR = re.compile(r"\bFY\s?(?=\d{2}(?:\d{2})?\b)")  # FY2025, FY25
_WEEKDAYS_RANGE = re.compile(r"\bM\s?[-–]\s?F\b")  # open M–F: "Monday to Friday"
# "Open 9–5", "hours: 10-2", "a 9-5 job": a clock's hours, so "to" though the second is the smaller
_HOURS_BEFORE = re.compile(r"\b(?:open|opens|hours?|from|daily|weekdays|weekends|Friday|Saturday|Sunday|Sat|Sun)"
                           r"\W{0,3}$", re.I)
_DAY = "|".join(sorted(_DAY_NAMES, key=len, reverse=True))
_DAY_RANGE = re.compile(rf"\b({_DAY})\.?\s?[-–—]\s?({_DAY})\b")  # Mon–Fri
# Tue, Tues, Thurs and Fri without their dots are days anywhere ("drops Fri @ 6pm"; espeak: "fry", "tooz"); Mon, Wed,
# Sat, Sun and Thu are words or names too, so only before a date or time
_BARE_WEEKDAY = re.compile(r"(?<![\w'’-])(Tues?|Thurs?|Fri)(?![\w'’-])")
# ...or in a list of days: "Mon, Wed and Fri", "Tue or Thu" (with a slash or "&", _DAY_LIST's: "Tue/Thu")
_DAYS_LISTED = re.compile(rf"(?<![\w'’-])(?:{_DAY})(?:(?:,\s?|\s(?:and|or)\s)(?:{_DAY})(?![\w'’-]))+")
_DAY_LIST = re.compile(rf"\b(?:{_DAY})\.?(?:\s?[/&+]\s?(?:{_DAY})\b\.?)+")  # Mon/Wed/Fri, Tue & Thu
# a quiz's "a) wet floor b) loose cable", a lesson's "1) identify risks; 2) report them" (its digits already words)
_COUNTED_WORDS = tuple(num2words(n) for n in range(1, 10))
_OPTION_LETTER = re.compile(r"(?:(?<=\S)\s+|(?<!\S))\(?([a-hA-H]|" + "|".join(_COUNTED_WORDS) + r")\)\s+(?=\w)")
_PAUSES = ".,;:!?"
_ASIDE = re.compile(r"(^|(?<!\s)\s+)\(\s*([^()]+?)\s*\)(\s*[.,;:!?]?)")  # "(see page 17)": between two short pauses
_LETTER_AND = re.compile(r"\b([A-Z])\s?&\s?([A-Z])\b")  # Q&A, R&D: the letters "and" the letter
# the P/E ratio, A/B tests, I/O as letters (P-E), TCP/IP, AC/DC, 2FA/MFA, B2B/B2C, 5G/4G and Q3/Q4 as two names: never
# "slash"
# (read before a letter's number is said: "five G/four G" is no pair of letters)
_SLASHED_NAME = r"((?:\d|[A-Z]\d)?[A-Z]{1,5}|[A-Z]{1,2}\d{1,2})"  # TCP, 2FA, B2B, Q3
_LETTER_SLASH = re.compile(rf"\b{_SLASHED_NAME}/{_SLASHED_NAME}\b")
_INITIALISM_NUMBER = re.compile(r"\b([A-Z]{2,6})/(?=\d)")  # HTTP/2
_ISH = re.compile(r"(?<=\d)-?ish\b")  # 6:30ish, 20-ish people: the number read whole, then "ish"
_F_NUMBER = re.compile(r"\b([fFƒ])/(?=\d)")  # f/2.8: "f two point eight", the slash unsaid
# she/her, they/them, he/they: pronouns someone goes by, said as a list (his/her is "his or her", below)
_PRONOUN_SET = re.compile(r"\b(?:she/her(?:/hers)?|he/him(?:/his)?|they/them(?:/theirs)?|she/they|he/they|they/she|"
                          r"they/he)\b", re.I)
_EITHER_WORD = re.compile(r"\b(and|he|him|his|she|her|hers)/(or\b|(?:he|him|his|she|her|hers)\b)", re.I)  # his/her
# Yes/No, True/False, red/blue/green: choices, said "yes or no", "red, blue or green" (espeak: "slash");
# only words that are one another's alternatives: a writer/director, input/output, an on/off switch are one thing
# ("or" is wrong), said as one word (_PAIRED_WORDS)
_CHOICE = (r"yes|no|true|false|up|down|pass|fail|open|closed|male|female|left|right|sir|madam|online|offline|"
           r"daily|weekly|monthly|yearly|annually|"
           r"buy|sell|win|lose|black|white|red|green|blue|yellow|orange|purple|pink|grey|gray|small|medium|"
           r"large|low|high|hot|cold|agree|disagree")
_CHOICES = re.compile(rf"(?<![\w/])(?:{_CHOICE})(?:/(?:{_CHOICE})){{1,6}}(?![\w/])", re.I)
# 9am PST / 12pm EST, Pros / cons, $24 / $38: a pause, not "slash" (x / y between single letters, and 6 / 2, are left)
_SPACED_SLASH = re.compile(r"(?:(?<=[A-Za-z]{2})|(?<=[.)]))\s+/\s+(?=[A-Za-z\d])"
                           r"|(?<=\d)\s+/\s+(?=[$€£¥A-Za-z])")
# A writer/director, an on/off switch, input/output, a love/hate relationship: said as one word ("on-off"), which
# espeak reads without the "slash" (file paths, units without a vowel like ml/min, and letters are left)
_WORD = r"(?=[A-Za-z-]*[aeiouyAEIOUY])[A-Za-z][a-z]+(?:-[a-z]+)*"
_PAIRED_WORDS = re.compile(rf"(?<![\w/.@-]){_WORD}(?:/{_WORD}){{1,3}}(?![\w/]|\.\w)")
_PATH_WORDS = frozenset("src usr bin lib etc var tmp opt dev docs api www assets static".split())  # usr/local/bin
_BETWEEN_SHORT = re.compile(r"\b([Bb])/w(?=\s+(?:\d|the\b|you\b|us\b|them\b|me\b|[A-Z]))")  # b/w 2 and 4 (a b/w photo)
_WITH = re.compile(r"(?<![\w/])([Ww])/(o\b|(?=\s))")  # w/ the board, w/o sugar
# a 45 y/o male: "forty-five-year-old"; a 67 yo F, as clinical notes write it, "sixty-seven-year-old female"
_YEARS_OLD = re.compile(r"(?<![\w.])(\d{1,3})\s?(?:y/o|y\.o\.|yo)(?=\W|$)(?:\s([FM])\b(?![-'’.]\w))?")
# a dose q8h, q4-6h: "every eight hours", "every four to six hours"
_EVERY_HOURS = re.compile(r"\bq(\d{1,2}(?:[-–]\d{1,2})?)h\b")
# Web 2.0, USB 3.0, a 4.0 GPA: "point oh" (num2words said "two": it drops a decimal's zeros)
_POINT_OH = re.compile(r"\b([A-Z][\w-]{0,30}\s+|[Vv]ersion\s+|v(?=\d))(\d+)\.0(?![\w.])")  # not a Mustang's 5.0L
# a British recipe's oven: 200C/180C fan/gas 6 "two hundred degrees Celsius, one hundred and eighty degrees Celsius fan,
# gas mark six" (the slashes ran the words together: "Celsius-one hundred…", "fan-gas")
_OVEN = re.compile(r"\b(\d{2,3})\s?°?C(?:\s?/\s?(\d{2,3})\s?°?C)?\s?(\(?fan\)?)?\s?/\s?[Gg]as(?:\s[Mm]ark)?\s?"
                   r"(\d{1,2})\b")
# a scorer's minute after the name, Messi (10'): "Messi, tenth minute" (a ladder (10') is feet: no name before it)
_GOAL_MINUTE = re.compile(r"\b([A-Z][a-z]+) \((\d{1,3})['’′]\)")
# "in the 95’", "the 40' mark": a match's minute (was "ninety-five feet")
_MATCH_MINUTE = re.compile(r"(?<=\bthe )(\d{1,3})['’′](?=\s+mark\b|\s*(?:[.,;:!?)]|$))")
_STOPPAGE_TIME = re.compile(r"(?<![\w.])(\d{1,3})\+(\d{1,2})['’′]")  # scored 90+3': "ninety plus three", not feet
_ORDINAL_MINUTE = re.compile(r"(\d(?:st|nd|rd|th))\s?min\b")  # scored in the 89th min: "minute" (espeak: "min")
_POINT_SPREAD = re.compile(r"(?<=\d)-pts?\b")  # a 3-pt shot, 12.5-pt underdogs, a 12-pt font: "point" (espeak: "P-T")
_NUMBER_OF = re.compile(r"\b([Nn])o\.(?=\s+of\b)")  # the no. of attendees
# a letter's or a mail's labels, before their colon: Attn: "attention" (espeak: "atten"), Fwd: (espeak: "F-W-D")
_LABEL_WORDS = {"attn": "Attention", "fwd": "Forward", "fw": "Forward", "tel": "Telephone", "mob": "Mobile",
                "ref": "Reference"}
_COLON_LABEL = re.compile(r"\b(" + "|".join(_LABEL_WORDS) + r")(?=:)", re.I)
_REGARDING = re.compile(r"\b([Rr])e:(?=\s)")  # re: the merger
_REVISION = re.compile(r"\b([Rr])ev\.(?=\s*(?:\d|[A-Z]\b))")  # SOP-104 rev. B, Rev. 3: "revision" (espeak: "rev")
_TEDX = re.compile(r"\bTEDx(?=\b|[A-Z])")  # TEDx, TEDxLondon: "Ted X" (espeak: "tedks")
# #1 vs #2, Roe v. Wade, Chelsea v Arsenal; but "see page v. Then…" is a page
_VERSUS = re.compile(r"\b[Vv]s\b(?!\.)|(?<=[A-Za-z] )(?<![Pp]age )(?<!\bp\. )v\.?(?= [A-Z][a-z])")
# <10 minutes, >50%, ≥ 18: espeak drops the signs
_COMPARED = r"\s?(?=[-−]?(?:[\d$€£¥₹~]|\.\d))"  # what follows a comparison: an amount (not "click Next >.")
_COMPARISONS = [(re.compile(r"(?:<=|≤)" + _COMPARED), "at most "),
                (re.compile(r"(?:>=|≥)" + _COMPARED), "at least "),
                (re.compile(r"(?<![<>=-])<" + _COMPARED), "less than "),
                (re.compile(r"(?<![<>=-])>" + _COMPARED + r"(?!\d[DK]\b)"), "more than "),  # not View > 3D
                (re.compile(r"(?<=[\w)²³°%])\s?=\s?(?=[-−]?[\w$€£¥₹.(√])"), " equals ")]  # x = 5, sin 45° = …
_SEASON_EPISODE = re.compile(r"\b[Ss](\d{1,2})\s?[Ee](\d{1,3})\b")  # S02E05: "season two, episode five"
_EPISODE = re.compile(r"\b([Ee])p(s?)\.?(?=\s?#?\d)")  # Ep. 42, eps 3-5: espeak says "ep", and its dot ends a sentence
_HASHTAG = re.compile(r"(?<![\w#&])#(?=[A-Za-z]\w*[a-z])")  # #MondayMotivation
_CHANNEL = re.compile(r"(?<![\w#&])#(?=[a-z][\w-]*\s+channel\b)")  # the #general channel: a Slack channel's name
_HASH_CODE = re.compile(r"(?<![\w#&])#(?=[A-Z]{1,3}-?\d)")  # item #A-42: "number"
# #FF5733, #0af: a colour's hex code, said character by character ("hex F F five seven three three"); a code of
# digits and letters, of six capitals (#FFFFFF) or of one letter (#fff), not a hashtag (#ADD) or a number (#42)
_HEX_COLOUR = re.compile(r"(?<![\w#&])#((?=[0-9a-fA-F]*\d)(?=[0-9a-fA-F]*[a-fA-F])(?:[0-9a-fA-F]{8}|[0-9a-fA-F]{6}|"
                         r"[0-9a-fA-F]{3})|[A-F]{6}|([a-fA-F])\2\2(?:\2\2\2)?)\b")
# localhost:3000, 127.0.0.1:8080/admin: a developer's local address, its port said in pairs ("eighty eighty")
_LOCAL_ADDRESS = re.compile(r"(?<![\w./])(?:https?://)?(localhost|\d{1,3}(?:\.\d{1,3}){3}):(\d{2,5})\b(/[\w/.-]*\w)?")
# a 404 error, HTTP 503, status code 200: said in pairs, "four oh four", as developers say them
_HTTP_STATUS = re.compile(r"\b([1-5]\d\d)(?= (?:[Ee]rrors?|[Pp]age|[Nn]ot [Ff]ound|[Ss]tatus|[Rr]esponses?|"
                          r"[Rr]edirects?|Forbidden|Unauthorized|Bad Request|Internal Server|Service Unavailable|"
                          r"Gateway)\b)|(?:(?<=\bHTTP )|(?<=[Ee]rror )|(?<=[Ss]tatus )|(?<=[Ss]tatus code ))"
                          r"([1-5]\d\d)\b(?![.,]\d)")
# Python 3.11, iOS 17.4, version 1.10, section 3.14: the number after the point is a number ("three point eleven";
# version 1.10 is not 1.1)
_VERSIONED = (r"[Vv]ersion|[Rr]elease|[Ss]ection|§|Python|iOS|iPadOS|macOS|watchOS|Android|Node(?:\.js)?|Java|PHP|"
              "Ruby|Swift|Kotlin|Chrome|Firefox|Ubuntu|Debian|Unity|Blender|Django|Rails|React|Angular|Vue|"
              "TypeScript|Rust|Perl|Kubernetes|Docker|PostgreSQL|Postgres|MySQL|Photoshop|Premiere|Resolve")
_VERSION_MINOR = re.compile(rf"(?<!\w)((?:{_VERSIONED}) v?)(\d+)\.([1-9]\d+)(?!\d|[.,]\d)")
# "Python 3.12 is faster than 3.11", "Node 18.19 to 20.11": the version compared with is a version too (was "three
# point one one")
_VERSION_COMPARED = re.compile(rf"(?<!\w)((?:{_VERSIONED}) v?\d+\.\d+(?:[^.!?\n]|\.\d){{0,40}}?\b"
                               rf"(?:than|vs\.?|versus|to|over) v?)(\d+)\.([1-9]\d+)(?!\d|[.,]\d)")
# O(n log n), O(1), O(n²): big-O notation, "O of n log n" (the brackets were an aside: "O, n log n,")
_BIG_O = re.compile(r"\bO\(((?:[\dn]|log)[^()]{0,18})\)")
# § 2(b)(iii), Section 5(a)(1): a legal reference's parts in brackets said in turn, "two B three"
_SUBSECTIONS = re.compile(r"((?:§§?|[Ss]ections?|Secs?\.|[Aa]rticles?|Art\.|[Rr]ules?|[Cc]lauses?|[Pp]aragraphs?|[Pp]ara\.|"
                          r"[Ss]ubsections?|[Rr]egulations?|[Tt]itle|P\.|CFR) ?\d+(?:\.\d+)*[A-Z]?)"  # § 164.512(b)
                          r"((?:\((?:[a-z]{1,4}|[A-Z]|\d{1,3})\))+)")
# John 3:16, 1 Cor. 13:4-7, Ps. 23, Surah 2:255: a scripture reference, its book in full and its verses said as such
# ("First Corinthians thirteen, verses four to seven"; a clock read "John three sixteen" by luck, "4:8" as a ratio)
_BIBLE_BOOKS = {name: name for name in """Genesis Exodus Leviticus Numbers Deuteronomy Joshua Judges Ruth Samuel Kings
    Chronicles Ezra Nehemiah Esther Job Psalm Psalms Proverbs Ecclesiastes Isaiah Jeremiah Lamentations Ezekiel Daniel
    Hosea Joel Amos Obadiah Jonah Micah Nahum Habakkuk Zephaniah Haggai Zechariah Malachi Matthew Mark Luke John Acts
    Romans Corinthians Galatians Ephesians Philippians Colossians Thessalonians Timothy Titus Philemon Hebrews James
    Peter Jude Revelation Surah Sura""".split()} | {
    "Gen": "Genesis", "Ex": "Exodus", "Exod": "Exodus", "Lev": "Leviticus", "Num": "Numbers", "Deut": "Deuteronomy",
    "Josh": "Joshua", "Judg": "Judges", "Sam": "Samuel", "Kgs": "Kings", "Chron": "Chronicles", "Neh": "Nehemiah",
    "Esth": "Esther", "Ps": "Psalm", "Psa": "Psalm", "Prov": "Proverbs", "Eccl": "Ecclesiastes", "Isa": "Isaiah",
    "Jer": "Jeremiah", "Lam": "Lamentations", "Ezek": "Ezekiel", "Dan": "Daniel", "Hos": "Hosea", "Obad": "Obadiah",
    "Mic": "Micah", "Hab": "Habakkuk", "Zeph": "Zephaniah", "Hag": "Haggai", "Zech": "Zechariah", "Mal": "Malachi",
    "Matt": "Matthew", "Mt": "Matthew", "Mk": "Mark", "Lk": "Luke", "Jn": "John", "Rom": "Romans",
    "Cor": "Corinthians", "Gal": "Galatians", "Eph": "Ephesians", "Phil": "Philippians", "Col": "Colossians",
    "Thess": "Thessalonians", "Tim": "Timothy", "Heb": "Hebrews", "Jas": "James", "Pet": "Peter", "Rev": "Revelation"}
_SCRIPTURE = re.compile(r"\b(?:([123]) )?(" + "|".join(sorted(_BIBLE_BOOKS, key=len, reverse=True)) + r")(\.)? "
                        r"(\d{1,3})(?::(\d{1,3})(?:\s?[-–]\s?(\d{1,3}))?)?(?!\s?[ap]\.?m\b|[\d:])")
# winds NW at 10 mph, NNE winds, 20 miles SW of Tulsa, 45° N: the compass point's name (espeak: "and W")
_POINT = r"[NS][NS]?[EW]|[EW][NS][EW]"
_COMPASS = re.compile(rf"\b((?:[Ww]inds?|[Bb]lowing|[Hh]eading|[Mm]oving|[Tt]urning)(?: from(?: the)?)? )"
                      rf"({_POINT}|[NESW])\b|\b({_POINT})(?= winds?\b)"
                      rf"|(?<=\d )((?:mi|miles|km|kilometres|kilometers) )({_POINT}|[NESW])(?= of\b)"
                      r"|(?<=°)\s?([NESW])\b(?![\w'’])"  # a coordinate, 40.7° N
                      rf"|(?<=\d)(\s?(?:mph|kph|km/h|knots|kts) )({_POINT}|[NESW])\b(?![\w'’])")  # wind: 10 mph SW
_COMPASS_NAMES = {"N": "north", "S": "south", "E": "east", "W": "west"}
# 1600 Pennsylvania Ave. NW, Washington: a street's quadrant (espeak: "N-W")
_QUADRANT = re.compile(r"\b((?:" + _STREET_WORDS + r")\.?) ([NS])([EW])\b(?=[,.;]|$)")
_COPYRIGHT_SIGN = re.compile(r"(?<=\b[Cc]opyright) ?(?:©|\([Cc]\))")  # Copyright © 2025: said once
_HURRICANE_CATEGORY = re.compile(r"\bCat\.? ?([1-5])(?= (?:hurricane|storm|typhoon|cyclone)s?\b)")  # a Cat. 3 hurricane
# on Sat., by Sun.: the day ("Sat." alone is a word, so only after a word that names a day)
_ENDS_HERE = re.compile(r"\s*$|\s+(?![AP]\.?M\b)[\"“(]?[A-Z]")  # what follows a sentence's last word
# "on Sat.", "in Jan.", "since Dec. prices fell": a weekend day or a month shortened after a word of time (espeak:
# "sat", "jan", "deck"); "I met Jan." and "I believe in Jan." stay names, and a month before a day is a date's
_SHORT_AFTER_TIME_WORD = re.compile(
    r"(?<!\bbelieve )\b((?i:on|by|until|till|this|next|last|every|from|in|since|through|during|early|late) )"
    r"(?:(Sat|Sun)|(?<!\b[Bb]y )(?<!\b[Ff]rom )(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec))\.(?!\s*\d)")
_DAY_PART = re.compile(r"(?<=day )([AP])M\b")  # Tuesday AM "A-M" (espeak: the word "am")
# git commit -m, ls -la, git push --force: a command's option, its dashes said, where a command was named before it
# in the sentence ("your local chapter -there are…" is a dash)
_OPTION_FLAG = re.compile(r"(?<=[a-z0-9] )(-[a-zA-Z]{1,3}|--[a-zA-Z][\w-]*)(?=[\s\"'.,;:)]|$)")
_COMMAND_BEFORE = re.compile(r"\b(?:git|npm|npx|pip3?|uv|poetry|conda|ls|cd|rm|cp|mv|mkdir|grep|find|chmod|chown|sudo|"
                             r"tar|curl|wget|ssh|scp|rsync|docker|kubectl|helm|python3?|node|yarn|brew|apt|apt-get|"
                             r"java|"
                             r"dotnet|cargo|go|make|terraform|aws|gcloud|az|ffmpeg)\b[^.!?]*$")
# ⌘C, ⌘⇧P: a Mac's key symbols, which espeak leaves out
_KEY_SYMBOLS = {"⌘": "Command", "⇧": "Shift", "⌥": "Option", "⌃": "Control", "⏎": "Return", "↩": "Return",
                "⌫": "Delete", "⎋": "Escape", "⇥": "Tab"}
_KEY_SYMBOL = re.compile(f"[{''.join(_KEY_SYMBOLS)}]")
# Order #123456, MLS# 1234567, Invoice #2024-0042: a reference number digit by digit (not "one hundred and twenty-three
# thousand…"); #1 and #42 stay numbers
_REFERENCE_NUMBER = re.compile(r"(?:(?<=[A-Z]{2})|(?<![\w#&]))#\s?(\d{4,}(?:-\d+)*)\b")
# 3BR/2BA, 2.5 ba: a listing's bedrooms and bathrooms, "three bed, two and a half bath"
_ROOMS = re.compile(r"\b(\d{1,2})(\.5)?\s?(BR|BD|Bd|bd|bdrm|BA|Ba|ba|bth)\b(\s?/\s?(?=\d))?")
_MPGE = re.compile(r"\bMPGe\b")  # miles per gallon equivalent: "M P G E"
_HIGHWAY = re.compile(r"\bHwy\.?(?= \d)")  # Hwy 101
# I-95 N, US-101 S, Hwy 1 S: a road's direction ("North"; espeak said the letter)
_ROAD_DIRECTION = re.compile(r"\b((?:I-|(?:US|SR|Hwy\.?|Highway|Route|Rte\.?)[- ])\d{1,3}) ([NSEW])\b(?![-'’.]\w)")
_CITY_HIGHWAY = re.compile(r"\bcity\s?/\s?(?=\d+\s?(?:hwy|highway)\b)")  # 28 mpg city/35 hwy: a pause, not "slash"
_SHARP = re.compile(r"\b([A-G])#(?![\w#])")  # F# minor, C#: "sharp", not "hash"
# love you <3, a map <3 And…: a typed heart, not "less than three"
_TYPED_HEART = re.compile(r"(?<!\s)\s*<3+(?=\s*(?:[.!?)]|$|[A-Z]))")
_HEART_VERB = re.compile(r"\b(I|We|we) <3+ ")  # I <3 NY: "I love NY"
# :D, :P, xD, :/, =), :-), T_T, o_O, :3: a chat's emoticons are faces, not words (espeak: "colon D", "equals", "three")
_EMOTICON = re.compile(r"(?:^|\s)(?:[:;=][-']?[)(\][DPpO3/\\|*]+|xD+|T_T|[oO]_[oO]|\^_\^|-_-|¯\\?_\(ツ\)_/¯|"
                       r"\(\s?[°o]\s?ʖ\s?[°o]\s?\))(?![\w/])")  # ( ͡° ͜ʖ ͡°), its marks taken off above
# in 4/4 time, a 6/8 feel, in 6/8: a time signature, "four four", "six eight" (not "four quarters")
_TIME_SIGNATURE = re.compile(r"\b(\d{1,2})/(2|4|8|16)\b(?=\s+(?:time|meter|metre|signature|feel|groove|rhythm)\b)"
                             r"|(?<=\bin )(\d{1,2})/(8|16)\b(?![\w/])")
# a I–IV–V progression, ii–V–I: the chords' numerals said as numbers ("one four five"; IV is no drip here)
_CHORD_NUMERALS = re.compile(r"\b((?:[IV]{1,3}|[iv]{1,3})(?:\s?[–—-]\s?(?:[IV]{1,3}|[iv]{1,3})){1,5})"
                             r"(?=\s+(?:progressions?|chords?|cadences?|turnarounds?|changes)\b|,? then\b)")
# Q4'24, FY'25: the period and its year, "Q four twenty-four"; 1H25, 2H24: a half-year, "one H twenty-five"
_PERIOD_YEAR = re.compile(r"\b(Q[1-4]|H[12]|FY)\s?['’‘](\d{2})\b")
_HALF_YEAR = re.compile(r"\b([12])H(\d{2})\b")
_SIZES = re.compile(r"\b(?:[2-4]?X{0,3}[SL]|M)(?:/(?:[2-4]?X{0,3}[SL]|M))+\b")  # XS/S, S/M/L, 2XL/3XL
_SETS_OF = re.compile(r"\b(\d+\s?(?:sets?|rounds?|circuits?))\s?[x×]\s?(?=\d)")  # 3 sets x 12 reps: "of"
_SPELLED_OUT = re.compile(r"\b[A-Z](?:-[A-Z]){2,}\b")  # C-A-T, M-O-N-A-Y: each letter said (espeak: "see-uh-tee")
_REPEATED_COMMA = re.compile(r",(?:\s*,)+")
_ACCIDENTAL = re.compile(r"\b([A-G])([♭♯])")  # E♭, F♯: "E flat", "F sharp" (espeak leaves the sign out)
# Bb major, the key of Eb: "B flat" (espeak: "B-B")
_FLAT_KEY = re.compile(r"\b([A-G])b(?=\s+(?:major|minor|maj|min|scale|chord|key|blues|clarinet|trumpet|tuning)\b)|"
                       r"(?<=\bkey of )([A-G])b\b")
# .NET and ASP.NET: "dot net" (espeak: "ne-te"); IPv6 "I-P-v-six" (Whisper heard espeak's as "ip six")
_DOT_NET = re.compile(r"(?<![\w.])\.NET\b|(?<=\bASP)\.NET\b")
_IP_VERSION = re.compile(r"\bIPv([46])\b")
# v1.0.0-beta.2, 2.1-rc1: a pre-release, "beta two", "R C one" (espeak: "zero-beta dot two")
_PRE_RELEASE = re.compile(r"(?<=\d)-(alpha|beta|rc|RC)\.?(?=\d|\b)")
# a 401(k), a 401k, a 403b, a 457(b): "four oh one K", "four fifty-seven B" (espeak: "four hundred one K"; a 401k in
# an address was 401,000)
_RETIREMENT_PLAN = re.compile(r"(?<![$£€\d.,])\b(401|403|457)(?:\(([kb])\)|([kKbB])\b)")
# The letter A inside a sentence (Plan A failed, A4 paper, room 12A, vitamin A): espeak says the article "uh"; the
# letter held a little longer keeps the voices from running it into the word before ("Plan A" heard as "planny")
LETTER_A = "[[ˈeɪː]]"
# An A opening a sentence is the letter where no article could be: "A is the right answer", "A or B?"
_LETTER_A = re.compile(r"(?<=[\w,] )A(?=\s+[a-z0-9]|\s*[.,;:!?)\"”’]|\s*$)|"
                       r"(?:^|(?<=[.!?] )|(?<=[(\"“]))A(?=\s+(?:is|was|isn't|wasn't|and|or|stands|means)\b)")
# Words espeak misreads, said as people say them: initialisms it reads as a word ("ETA" as the Greek letter eta, "the
# WHO" as "the who", AKA as "acka"), plurals whose s it drops (IDs, IVs), acronyms said as words that it spells (RAM,
# PIN, SaaS as "saa S"), and growth rates it reads as "yo why".
_SAID = {  # the word: what espeak is given, and how the readings shown to a user write it
    "ETA": ("[[ˌiːtˌiːˈeɪ]]", "E-T-A"), "ETAs": ("[[ˌiːtˌiːˈeɪz]]", "E-T-As"), "AKA": ("[[ˌeɪkˌeɪˈeɪ]]", "A-K-A"),
    "IDs": ("[[ˌaɪdˈiːz]]", "I-Ds"), "IVs": ("[[ˌaɪvˈiːz]]", "I-Vs"), "PhDs": ("[[pˌiːˌeɪtʃdˈiːz]]", "P-H-Ds"), "IoT": ("[[ˌaɪˌoʊtˈiː]]", "I-O-T"),
    "QoS": ("[[kjˌuːˌoʊˈɛs]]", "Q-O-S"), "RAM": ("[[ɹˈæm]]", "ram"), "ROM": ("[[ɹˈɑːm]]", "rom"),
    "PIN": ("[[pˈɪn]]", "pin"), "PINs": ("[[pˈɪnz]]", "pins"), "SIM": ("[[sˈɪm]]", "sim"), "SIMs": ("[[sˈɪmz]]", "sims"),
    "SaaS": ("[[sˈæs]]", "sass"), "PaaS": ("[[pˈæs]]", "pass"), "IaaS": ("[[ˈaɪæs]]", "eye-ass"),
    # a developer's words espeak guesses wrong ("postgerz S-Q-L", "juh-pie-ter", "ruh-deez", "la-tee-ex", "uh-sink")
    "PostgreSQL": ("[[pˈoʊstɡɹɛs kjˌuːˈɛl]]", "Postgres-Q-L"), "Postgres": ("[[pˈoʊstɡɹɛs]]", "post-gress"),
    "Jupyter": ("[[dʒˈuːpɪɾɚ]]", "Jupiter"), "Redis": ("[[ɹˈɛdɪs]]", "red-iss"), "LaTeX": ("[[lˈeɪtɛk]]", "lay-tek"),
    "async": ("[[ˈeɪsɪŋk]]", "ay-sink"),
    "ISO": ("[[ˈaɪsoʊ]]", "eye-so"), "TED": ("Ted", "Ted"), "WHO": ("[[dˌʌbəljˌuːˌeɪtʃˈoʊ]]", "W-H-O"),
    "rn": ("right now", "right now"), "np": ("no problem", "no problem"), "ty": ("thank you", "thank you"),
    # espeak: "lawl", heard as "Lyle", and "elmao"
    **dict.fromkeys(("LOL", "lol", "Lol"), ("[[ˌɛlˌoʊˈɛl]]", "L-O-L")),
    **dict.fromkeys(("LMAO", "lmao", "Lmao"), ("[[ˌɛlˌɛmˌeɪˈoʊ]]", "L-M-A-O")),
    "hx": ("history", "history"), "dx": ("diagnosis", "diagnosis"),  # a clinical note's; "Dx" is a face
    "IRA": ("[[ˌaɪˌɑːɹˈeɪ]]", "I-R-A"), "POV": ("[[pˌiːˌoʊvˈiː]]", "P-O-V"), "IRL": ("[[ˌaɪˌɑːɹˈɛl]]", "I-R-L"),
    "YoY": ("year over year", "year over year"), "QoQ": ("quarter over quarter", "quarter over quarter"),
    "MoM": ("month over month", "month over month"), "Ms": ("Miz", "Miz"), "y/y": ("year over year", "year over year"),
    "q/q": ("quarter over quarter", "quarter over quarter"), "m/m": ("month over month", "month over month")} | {
    # shorthand espeak spells out letter by letter ("M-G-M-T", "P-L-S", "B slash C")
    written: (said, said)
    for short, word in {"govt": "government", "mgmt": "management", "b/c": "because", "c/o": "care of",
                        "o/n": "overnight", "pls": "please", "plz": "please",
                        "thx": "thanks", "btw": "by the way", "idk": "I don't know", "tbh": "to be honest",
                        "tmrw": "tomorrow", "tysm": "thank you so much", "imo": "in my opinion",
                        "imho": "in my humble opinion",
                        "brb": "be right back", "qty": "quantity",
                        "fwiw": "for what it's worth", "afaik": "as far as I know", "ngl": "not gonna lie",
                        "bf": "boyfriend", "gf": "girlfriend", "ppl": "people", "smth": "something",
                        "w/e": "whatever", "jk": "just kidding", "ikr": "I know, right", "ofc": "of course",
                        "nvm": "never mind", "omw": "on my way", "irl": "in real life", "b4": "before",
                        "gr8": "great", "l8r": "later",
                        "bday": "birthday", "wyd": "what are you doing", "hbu": "how about you", "rly": "really",
                        "srsly": "seriously", "tbf": "to be fair", "obv": "obviously",
                        "grwm": "get ready with me", "ootd": "outfit of the day", "idc": "I don't care",
                        "xmas": "Christmas"}.items()
    for written, said in ((short, word), (short.capitalize(), word[0].upper() + word[1:]))
} | {  # chat words espeak misreads ("treena", "im-A"), as said; shown in lower case (capitalised starting a sentence)
    written: (ipa, short) for short, ipa in {"tryna": "[[tɹˈaɪnə]]", "imma": "[[ˈaɪmə]]",
                                             "xoxo": "[[ˌɛksˌoʊˌɛksˈoʊ]]"}.items()  # espeak: "zaksoh"
    for written in (short, short.capitalize())
} | {  # in capitals too where the letters stand for nothing else (IMO is also the maritime organisation)
    written: (said, said) for written, said in {"BTW": "by the way", "IDK": "I don't know", "TBH": "to be honest",
                                                "BRB": "be right back", "FWIW": "for what it's worth",
                                                "AFAIK": "as far as I know", "NGL": "not gonna lie",
                                                "ICYMI": "in case you missed it", "TIL": "today I learned",
                                                "AMA": "ask me anything", "GRWM": "get ready with me",
                                                "OOTD": "outfit of the day", "EOD": "end of day", "EOW": "end of week",
                                                "OOO": "out of office",
                                                # a Reddit story's verdicts and family (espeak: "ayta", "tiffoo")
                                                "AITA": "Am I the A-hole", "WIBTA": "Would I be the A-hole",
                                                "NTA": "Not the A-hole", "YTA": "You're the A-hole",
                                                "ESH": "Everyone sucks here", "TIFU": "Today I effed up",
                                                "MIL": "mother-in-law", "FIL": "father-in-law",
                                                "SIL": "sister-in-law", "BIL": "brother-in-law"}.items()}
# espeak drops the s of an initialism's plural or possessive (KPIs as "K-P-I", the FBI's as "the F-B-I", GIFs as
# "gif") and reads many as words (PTEs "tee", VIPs "vip", NGOs "ungo"): said as letters with the s ("K-P-I's"), or,
# for those said as words, as the word ("Nasa's", "gifs")
_INITIALISM_S = re.compile(r"\b([A-Z]{2,5}|[B-DF-HJ-NP-TV-Z])(['’]?s)\b")  # Ps and Qs too (not As, Is, Us: words)
_ACRONYM_WORDS = frozenset("""NASA NATO FIFA OPEC UNESCO UNICEF NAFTA GIF JPEG MOOC EULA SWOT LEGO LAN WAN SPAC ASIN
    FOMO YOLO SCUBA LASER RADAR ASIC POTUS SCOTUS NIMBY ZIP CAD PAC DAO AIDS SARS COVID ASAP IKEA PIN SIM RAM
    ROM""".split())
# The WHO is the organisation after "the" or a preposition or before what it issues; "Guess WHO is back" is stressed
_WHO = (r"(?:(?<=\b[Tt]he )|(?<=\bto )|(?<=\bby )|(?<=\bfrom )|(?<=\bof )|(?<=\bwith )|(?<=\bfor ))WHO\b(?!\s+[A-Z]{2})|"
        r"\bWHO(?=\s+(?:guidelines?|recommendations?|data|reports?|officials?|experts?|estimates?|members?|director|"
        r"criteria|standards?|advice)\b)")  # not in "THE WHO PLAYED"
# Initialisms people spell that espeak reads as a word (VIP "vip", ICU "ickoo", NGO "ungo", OKR "ocker", ROI "roy"):
# said letter by letter ("V-I-P")
_SPELLED = re.compile(r"\b(?:VIP|ETF|OKR|SME|EV|ICU|NGO|PTE|LED|SAT|DUI|QA|UX|IDE|AVI|MOV|AWS|ROI|ERP|POC|EMT|ENT|"
                      r"GYN|STI|UTI|COPD|AED|EKG|ECG|SOC|EPA|NIH|TSA|FAA|NCAA|UFC|PTO|COO|TOS|OP|EPS|PHI|USPS|OBGYN|"
                      r"ROTC)\b(?![-'’]\w)")
_INITIALISM = re.compile(r"\b(?:" + "|".join(word for word in _SAID if word != "WHO") + r")\b|" + _WHO)
# Interjections espeak spells letter by letter ("Shh" as "S-H-H", "Mm-hmm" as "M-M-hum", "Grr" as "G-R-R"): the sound,
# in the form Kokoro's own lexicon (misaki) gives it where it has one (mm, hmm), else the nearest the voices say
# (benchmarks/interjections.py). "mm" after a number is millimetres, so only "Mm" or "mmm" is the sound.
_INTERJECTIONS = (  # (written, the IPA given to espeak, how the readings shown to a user write it)
    (re.compile(r"\b[Mm]m+-mm+\b"), "[[ˈmmˌmm]]", "mm-mm"),  # "no", hummed (espeak: "mm M-M")
    (re.compile(r"(?<!\w\.)\b(?:[Ss]h+|SHH+)\b"), "[[ʃˈʃ]]", "shh"),  # not a shell script's .sh (setup.sh)
    (re.compile(r"\b[Pp](?:ff+t*|f+t+)\b"), "[[pft]]", "pfft"),
    (re.compile(r"\b(?:mm+[- ]?|m)hm+\b", re.I), "[[mhmm]]", "mm-hmm"),
    (re.compile(r"\b[Hh]m+ph\b"), "[[hˈmf]]", "hmph"),
    (re.compile(r"\b(?:Mm+|mmm+)\b"), "[[ˈmm]]", "mmm"),
    (re.compile(r"\b[Bb]rr+\b"), "[[bˈɹɹ]]", "brr"),
    (re.compile(r"\b[Gg]rr+\b"), "[[ɡɹɹɹ]]", "grr"),
    (re.compile(r"\b[Zz]zz+\b"), "[[zzz]]", "zzz"),
    (re.compile(r"\b[Oo]w+\b"), "[[ˈaʊ]]", "ow"),  # espeak: "Ow!" as "Oh!", "Ew" as "you"
    (re.compile(r"\b[Mm]wah+\b"), "[[mwˈɑː]]", "mwah"),  # a kiss (espeak: "M-wah")
    (re.compile(r"\b[Ee]w+\b"), "[[ˈiːjuː]]", "ew"),  # "ee-yoo": Whisper heard [[ˈiːuː]] as "you" too
)
# A stutter (W-w-what? D-don't, Th-th-that's): espeak spelled each start ("double-u double-u what"); a start without a
# vowel is said as its sound ("wuh-wuh-what"). Only starts of the word that follows: N-O and T-shirt are letters.
_STUTTER = re.compile(r"(?<![\w-])((?:[A-Za-z]{1,3}-){1,4})([A-Za-z][A-Za-z'’]+)")
_LETTER_COMPOUNDS = frozenset("rated shaped day clamp test tests ball".split())  # R-rated, S-shaped, D-Day: no stutter
_LAUGH = re.compile(r"\b(ha)((?:ha)+)\b", re.I)  # "Hahaha" is said "ha-ha-ha" (espeak: "ha-HAH-huh")
# Drawn-out sounds espeak spells or reads as others, said as the short sound espeak reads well: "Aaah" ("a-a-uh"),
# "Uhh" and "Uhm" ("ooh", "oom"), "Huhh" ("hoo"), "Oooh" ("oo-oh"), "Aww" ("aw-uh"); "Hm" and "Hmmmm" (spelled) as "Hmm"
_HESITATIONS = ((re.compile(r"\b([Aa])a+(h+)\b"), r"\1\2"), (re.compile(r"\b([Uu])hh+\b"), r"\1h"),
                (re.compile(r"\b([Aa])ww\b"), r"\1w"),
                (re.compile(r"\b([Uu])h+m+\b"), r"\1m"), (re.compile(r"\b([Hh])uhh+\b"), r"\1uh"),
                (re.compile(r"\b([Oo])oo+h+\b"), r"\1oh"), (re.compile(r"\b([Hh])m(?:mmm+)?\b"), r"\1mm"))
# "the ol' dog", "good ol’ days": "ole" (espeak: "awl")
_OLD_CLIPPED = re.compile(r"\b([Oo])l['’](?=\s)")
# A word written in capitals among lowercase ones is stressed, as a narrator (and ElevenLabs) reads "This is NOT a
# hazard"; only words that are said as words and commonly stressed, so acronyms (FBI, NASA, IT, US) stay as they are.
_EMPHATIC = frozenset("""NOT NO NEVER ALWAYS MUST DO DON'T DOESN'T DIDN'T CAN'T CANNOT WON'T ISN'T AREN'T WASN'T WEREN'T
    SHOULD SHOULDN'T ONLY VERY ALL EVERY EVERYONE EVERYTHING NONE NOTHING NOBODY ANY BEFORE AFTER NOW REALLY SO TOO
    MORE LESS MOST LEAST BOTH YES HE SHE YOU THEY THIS THAT THESE THOSE WAS WERE WILL DID HAVE HAD AGAIN HERE THERE
    STOP WAIT EVER EXACTLY ABSOLUTELY TOTALLY WHY WHAT HOW WHERE WHEN FREE BEST WORST FIRST LAST HUGE""".split())
_CAPITALS_RUN = re.compile(r"(?<![\w*'’-])[A-Z][A-Z'’]+(?:\s+[A-Z][A-Z'’]+)?(?![\w*'’-])")  # not E-STOP
# "ARR, MRR, CAC, LTV": initialisms listed with commas, one of them without a vowel, are not shouting
_INITIALISM_LIST = re.compile(r"(?=.*\b[B-DF-HJ-NP-TV-XZ]{2,}\b)[A-Z']+(?:,\s*[A-Z']+)+[.!?]?")
# three or more capitalised words, starting only where a word starts (so "'L'L'L…" is read in linear time)
_SHOUTING = re.compile(r"(?<![A-Z])(?<![A-Z]')\b[A-Z][A-Z']*(?:[\s,!?.]+[A-Z][A-Z']*){2,}\b")
# A word stretched for feeling ("Sooo good", "Whaaat?", "NOOO!") is the word, stressed: espeak read "see what good" and
# "why at". A run of three or more letters is one letter, or two where that makes a word that has two (Gooood, Toooo).
_STRETCHED = re.compile(r"(?<![\w*'’])(?=[A-Za-z]*([A-Za-z])\1\1)[A-Za-z]+(?![\w*'’])")
_LETTER_RUN = re.compile(r"([A-Za-z])\1{2,}")
_DOUBLED_WORDS = frozenset("""good cool too see soon boo ooh food look need free sweet sleep feel deep keep wee whee zoom
    moon noon all well will still kill hell yell tell bell ball call fall sorry really happy pretty funny silly yummy
    hello coffee cheese three agree yippee woo woohoo goodbye""".split())


# Pictographs: espeak reads an emoji's name ("Great job grinning face", "Thanks folded hands") and other symbols by
# code point ("symbol two seven one three" for ✓). A voiceover says none of them: a star rating is said, a heart
# between words is "love", a circled or keycap digit the number, and the rest is left out (a sentence break where a
# new sentence follows it). The © and degree signs stay: espeak says them, and they are meant.
# ★★★★☆ and ⭐⭐⭐⭐⭐ are ratings, and so is 4.5★; one star alone is a bullet
_STAR_RATING = re.compile(r"((?:[★⭐]\ufe0f?){2,10}|[★⭐]\ufe0f?(?=☆))(☆{0,10})|"
                          r"(?<![\w.])(\d(?:\.\d)?)\s?[★⭐]\ufe0f?(?![★⭐☆])")
_SYMBOLS_SAID = {"©", "°", "℃", "℉"}
# Revenue ↑ 12%, churn ▼3%: a trend arrow before an amount is "up" or "down" (left out, the change lost its sign)
_TREND_ARROW = re.compile(r"([↑⬆▲↓⬇▼])\ufe0f?(?=\s?[-+]?[$€£¥]?\d)")
# "press →", "use ← and → to move": the arrow keys (as pictographs they were left out: "or press, to continue")
_ARROW_NAMES = {"←": "left", "→": "right", "↑": "up", "↓": "down", "⬅": "left", "➡": "right", "⬆": "up", "⬇": "down"}
_ARROW_KEYS = re.compile(r"(?<=(?:ess|Hit|hit|Tap|tap|Use|use|old|the) )([←→↑↓⬅➡⬆⬇])\ufe0f?"
                         r"(?:\s?(and|or|/|,)\s?([←→↑↓⬅➡⬆⬇])\ufe0f?)?")
_LEFT_OUT = "\ue000"  # where a pictograph was, until the words around it decide between a sentence break and nothing
_HEART_MARK = "\ue001"  # a heart, until the words around it decide whether it says "love"
_LEFT_OUT_RUN = re.compile(r"(?<!\s)\s*\ue000[\ue000\s]*")


# An emoji standing for a noun is said by its name: after "the", "a", "my"… where the phrase ends with it ("hit the 🔔!",
# "walk my 🐶 daily") or offered as a choice ("🍕 or 🍔?"); left out, the sentence lost its word ("hit the!"). Not a
# face (😂 after "I love this" is a reaction), nor after "this", "that" or "her", which end phrases themselves, but
# for a button to press ("smash that 👍", "hit this 🔔").
_ARTICLE_ENDING = re.compile(r"\b(?:the|a|an|my|your|our|their|every)\s*$|\b(?:smash|hit|tap|click|press|ring|give|"
                             r"drop|leave)\s+(?:that|this)\s*$", re.I)  # "smash that 👍": that button
_PHRASE_ENDS = re.compile(r"\s*(?:[.,;:!?)]|$)|\s+(?:and|or|to|in|on|at|for|with|is|was|are|were|today|now|daily|again|"
                          r"here|there|too|below|if|when|so|because|but)\b")  # "drop a 👍 if you agree"
_EMOJI_CHOICE = re.compile(r"\s+(?:or|vs\.?|versus)\s+")
_ANIMAL_FACE = re.compile(r":(?:dog|cat|monkey|cow|pig|horse|tiger|rabbit|mouse|dragon|bear|wolf|fox|hamster)_face:")
_SKIN_TONE = re.compile(r"_(?:medium-)?(?:light|medium|dark)_skin_tone|_face$")


def _emoji_nouns(text: str) -> str:
    """Each emoji that stands for a noun replaced by its name (🔔 "bell", 🍕 "pizza", 🐶 "dog")."""
    found = emoji.emoji_list(text)
    said, position = [], 0
    for index, item in enumerate(found):
        start, end, name = item["match_start"], item["match_end"], emoji.EMOJI_DATA.get(item["emoji"], {}).get("en")
        before_choice = index > 0 and _EMOJI_CHOICE.fullmatch(text[found[index - 1]["match_end"]:start])
        after_choice = index + 1 < len(found) and _EMOJI_CHOICE.fullmatch(text[end:found[index + 1]["match_start"]])
        noun = name and not name.startswith(":keycap_") and (
            "face" not in name or _ANIMAL_FACE.fullmatch(name))
        if noun and (before_choice or after_choice or _ARTICLE_ENDING.search(text[max(0, start - 14):start])
                     and _PHRASE_ENDS.match(text, end)):
            said += [text[position:start], _SKIN_TONE.sub("", name.strip(":")).replace("_", " ")]
            position = end
    return "".join(said) + text[position:]


def _arrow_keys(match: re.Match) -> str:
    """"press →" as "press right arrow", "use ← and →" as "use left and right arrows"."""
    first, joined, second = match.groups()
    if not second:
        return f"{_ARROW_NAMES[first]} arrow"
    return f"{_ARROW_NAMES[first]} {'or' if joined in ('or', '/') else 'and'} {_ARROW_NAMES[second]} arrows"


def _arrow(match: re.Match) -> str:
    """File → Save As: a pause; LAX → NRT, or any arrow in a sentence about a journey: "to"; between chemical formulas
    "yields"."""
    airports = _AIRPORTS.match(match.string, max(0, match.start() - 3))
    airports = airports or _AIRPORTS_BEFORE.search(match.string, max(0, match.start() - 20), match.start())
    if airports or _JOURNEY.search(_sentence_around(match)):
        return " to "
    before = _CHEMICAL_FORMULA.fullmatch("".join(match.string[max(0, match.start() - 30):match.start()].split()[-1:]))
    after = _CHEMICAL_FORMULA.match(match.string, match.end())
    if before and after and (_is_formula(before) or _is_formula(after)):
        return " yields "  # 2H₂ + O₂ → 2H₂O, a reaction
    return ", "


def _pictographs(text: str) -> str:
    text = text.replace(_LEFT_OUT, "").replace(_HEART_MARK, "")  # private-use characters: nothing a voice could say
    text = _STAR_RATING.sub(_stars, text).replace("℃", "°C").replace("℉", "°F")
    # Settings → Privacy: the arrow is a pause there, not left out; a typed ">" waits for its own pass, after the
    # comparisons ("FCR > 75%" is "more than")
    text = _MENU_PATH.sub(lambda m: _arrow(m) if "→" in m.group(0) else m.group(0), text)
    text = _emoji_nouns(text)

    def emoji_said(chars: str, data: dict) -> str:
        name = data["en"]
        if chars in _SYMBOLS_SAID:
            return chars
        if name.startswith(":keycap_") and name[8:-1].isdigit():
            return name[8:-1]
        return _HEART_MARK if "heart" in name else _LEFT_OUT

    text = emoji.replace_emoji(text, replace=emoji_said)
    text = "".join(_symbol_said(ch) for ch in text)
    text = re.sub(rf"(?<=\w) {_HEART_MARK} (?=\w)", " love ", text).replace(_HEART_MARK, _LEFT_OUT)  # I ❤️ NY
    return re.sub(r" +(?=[.,;:!?](?!\w))", "", _LEFT_OUT_RUN.sub(_left_out, text))  # not before ".docx"


def _symbol_said(ch: str) -> str:
    if ch.isascii() or ch in _SYMBOLS_SAID:
        return ch
    category = unicodedata.category(ch)
    if category == "No" and unicodedata.name(ch, "").startswith(("CIRCLED", "PARENTHESIZED", "DINGBAT")):
        return f" {unicodedata.numeric(ch):g} " if unicodedata.numeric(ch, None) is not None else _LEFT_OUT  # ① ②
    if category == "So" or "\u2190" <= ch <= "\u21ff" or ch in "\ufe0f\u200d\u20e3":  # ✓ ♪ ➜ →, emoji joiners
        return _LEFT_OUT
    return ch


def _left_out(match: re.Match) -> str:
    before, after = match.string[max(0, match.start() - 1):match.start()], match.string[match.end():match.end() + 1]
    if before.isalnum() and after.isupper() and match.group(0)[0].isspace():
        return ". "  # "Great job 😀 See you": the emoji ended a sentence
    closes = re.match(r"[.,;:!?)\]](?!\w)", match.string[match.end():match.end() + 2])  # but ".env" opens a word
    return " " if before and after and not closes else ""


def _stars(match: re.Match) -> str:
    if match.group(3):  # 4.8★, a 5★ hotel: "a five-star hotel"
        after = _after(match)
        describes = _NOUN_AFTER.match(after) or re.match(r"\s+rating", after)
        return f"{match.group(3)}{'-star' if describes else ' stars'}"
    full, empty = len(match.group(1).replace("\ufe0f", "")), len(match.group(2))
    return f" {full} out of {full + empty} stars " if empty else f" {full} stars "


def _number(text: str) -> str:
    value = text.replace(",", "")
    whole = value.partition(".")[0]
    if len(whole) == 2 and whole[0] == "0" and value == whole:
        return f"oh {_DIGIT_NAMES[int(whole[1])]}"  # '06, born in 02, jersey 07
    if len(whole) > (MAX_GROUPED_DIGITS if "," in text else MAX_PLAIN_DIGITS) or (len(whole) > 1 and whole[0] == "0"):
        return " point ".join(_digits(part) for part in value.split("."))  # a code or an account: 0042, 12345678901
    if "." in value:  # the decimals as written: 2.0 "two point zero", 2.50 "two point five zero" (num2words: "two")
        whole, decimals = value.split(".")
        return f"{_number(whole) + ' ' if whole else ''}point {_digits(decimals)}"  # .08: "point zero eight"
    return num2words(int(value)).replace(",", "")


def _in_pairs(digits: str) -> str:
    """A number said the way a year is: 1985 "nineteen eighty-five", 4090 "forty ninety", 315 "three fifteen"."""
    return num2words(int(digits), to="year")


def _group_power(match: re.Match) -> str:
    """(x + 1)²: "x + one, all squared" (espeak says the plus; the 2x rules read "2x+3" by it)."""
    said = re.sub(r"\s?([-+−×*/])\s?", lambda sign: f" {_OPERATOR_WORDS[sign.group(1)]} ", match.group(1))
    return f"{said}, all {'squared' if match.group(2) == '²' else 'cubed'}"


def _model_number(match: re.Match) -> str:
    """A model number (and the rival after "vs", "or" or "/") in pairs, or as a composer's catalogue says it."""
    catalogue = _CATALOGUE.search(match.string, max(0, match.start() - 4), match.start())  # not the whole text
    said = _catalogue_number if catalogue else _in_pairs
    between = " or " if "/" in (match.group(2) or "") else match.group(2)  # RTX 4090/4080
    rival = f"{between}{said(match.group(3))}" if match.group(3) else ""
    return f" {said(match.group(1))}{rival}"


def _catalogue_number(digits: str) -> str:
    """A composer's catalogue number in pairs: BWV 1007 "ten oh seven" (as a year it would be "one thousand and
    seven")."""
    if len(digits) == 4 and digits[2] == "0" and digits[3] != "0":
        return f"{_number(digits[:2])} oh {_number(digits[3])}"
    return _in_pairs(digits)


def _money(match: re.Match) -> str:
    sign, code, amount, scale = match.groups()
    glued = match.start() and match.string[match.start() - 1].isalnum()  # "a$5 note"
    # "a $5 bill", "the $40 fee", "a $25 million plan": an amount that describes a thing says its currency once
    cents_only = amount.startswith("0.")
    describes = (scale or "." not in amount or cents_only) and _describes_a_noun(match)
    return " " * bool(glued) + _said_money(sign or _CURRENCY_CODES[code], amount, scale, describes)


def _describes_a_noun(match: re.Match) -> bool:
    """Whether the amount stands between "a" or "the" and a noun ("a $5 bill", "the 50¢ stamp"): said in the singular."""
    return bool(_NOUN_AFTER.match(match.string, match.end()) and (
        _ARTICLE_BEFORE.search(match.string, max(0, match.start() - 4), match.start()) or _determined(match)))


def _cents(match: re.Match) -> str:
    """50¢ "fifty cents", a 50¢ stamp "a fifty cent stamp"."""
    amount = match.group(1)
    return f"{_number(amount)} {'cent' if amount == '1' or _describes_a_noun(match) else 'cents'}"


def _money_range(match: re.Match) -> str:
    """$5-10, $1m-$2m: "5 to $10", "1 million to $2m" (its m no longer after a currency sign, so not metres)."""
    amount = re.sub(r"\s?(k|m|bn)$", lambda m: " " + _SCALE_WORDS[m.group(1).lower()], match.group(2), flags=re.I)
    return f"{amount} to {match.group(1)}"


def _money_after(match: re.Match) -> str:
    amount, sign, code = match.groups()
    return _said_money(sign or _CURRENCY_CODES[code], amount, None)


def _said_money(sign: str, amount: str, scale: str | None, describing: bool = False) -> str:
    """An amount in words with its currency, singular where it describes a thing ("a five dollar bill"); 1.500,50
    and 1,50 are written with a decimal comma."""
    if re.search(r",\d{2}$", amount):
        amount = amount.replace(".", "").replace(",", ".")
    amount = amount.replace(",", "")
    one, many, cent, cents = _CURRENCIES[sign]
    if scale:
        scale_word = _SCALE_WORDS.get(scale.lower(), scale.lower())
        return f"{_number(amount)} {scale_word} {one if describing else many}"
    whole, _, fraction = amount.partition(".")
    pennies = int(fraction[:2].ljust(2, "0")) if fraction else 0
    if pennies and not whole.strip("0"):  # $0.99: "ninety-nine cents", a $0.99 app "a ninety-nine cent app"
        return f"{_number(str(pennies))} {cent if pennies == 1 or describing else cents}"
    words = f"{_number(whole)} {one if whole == '1' or describing else many}"
    if pennies:
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
        spoken += " zero" if hour == 0 else " o'clock" if hour <= 12 else " hundred"  # 0:00 a video's start
    if half:
        spoken += f" {half.upper()}-M"  # espeak reads a lone "A" as the article ("ten uh em"), "A-M" as letters
    if match.group(6):
        spoken += f" {_TIME_ZONES[match.group(6)]}"
    rest = match.string[match.end():]
    following = rest.lstrip()[:1]
    if match.group(0).endswith(".") and (not following or following.isupper() or following.isdigit()):
        spoken += "."  # the abbreviation's dot also ended the sentence ("Doors 8pm. 21+ only.")
    return spoken


def _clock_seconds(match: re.Match) -> str:
    """11:59:59 PM: "11:59 and fifty-nine seconds P-M" (the clock read after); 9:00:00 AM: "9:00 AM"."""
    clock, seconds, half = match.groups()
    if not int(seconds):
        return f"{clock} {half}M"
    return f"{clock} and {_number(str(int(seconds)))} seconds {half.upper()}-M"


def _network_standard(match: re.Match) -> str:
    """802.11ac, IEEE 802.3, the 802.11 standard as engineers say them; 802.11 kg is a weight."""
    if not (match.group(2) or _before(match, 11) == "I triple E " or _NETWORK_AFTER.match(match.string, match.end())):
        return match.group(0)
    letters = f" {_spelled_out_letters(match.group(2).upper())}" if match.group(2) else ""
    return f"eight oh two dot {_number(match.group(1))}{letters}"


def _before(match: re.Match, chars: int = 40) -> str:
    """The few characters before a match: a rule's look back stays short however long the line (no quadratic scan)."""
    return match.string[max(0, match.start() - chars):match.start()]


def _after(match: re.Match, chars: int = 40) -> str:
    return match.string[match.end():match.end() + chars]


_SENTENCE_STOP = re.compile(r"[.!?;]\s")


def _sentence_around(match: re.Match) -> str:
    """The words of the match's sentence (or clause, up to a semicolon) either side of it, within a short look."""
    return _SENTENCE_STOP.split(_before(match, 80))[-1] + " " + _SENTENCE_STOP.split(_after(match, 60) + " ")[0]


def _speaks_of_power(match: re.Match) -> bool:
    """Whether the sentence around the match speaks of volts, watts or chargers (its 2A is amps)."""
    return bool(_ELECTRICAL.search(_sentence_around(match)))


def _duration(match: re.Match) -> str:
    """2:03:45 as "two hours, three minutes and forty-five seconds"; 10:30:00 is a clock's time, "ten thirty"."""
    if match.group(3) == "00" and match.group(1) != "0":
        return f"{match.group(1)}:{match.group(2)}"
    return _said_duration(*match.groups())


def _said_duration(hours: str, minutes: str, seconds: str) -> str:
    """ "2", "03", "45.2": "two hours, three minutes and forty-five point two seconds"; units that are zero unsaid."""
    units = zip((hours, minutes, seconds), ("hour", "minute", "second"))
    parts = [(value, unit) for value, unit in units if float(value)]
    said = [f"{_number(value.lstrip('0') or '0')} {unit}{'' if value in ('1', '01') else 's'}" for value, unit in parts]
    if not said:
        return "zero seconds"
    return said[0] if len(said) == 1 else ", ".join(said[:-1]) + " and " + said[-1]


def _military_time(match: re.Match) -> str:
    """0400 hrs and "at 1430 hours" as a clock reads them; "1540 hours of flight time" is an amount."""
    hour, minute = match.groups()
    if not hour.startswith("0") and not _CLOCK_CUE.search(_before(match)):
        return match.group(0)
    return _clock_said(hour, int(minute)) + " hours"


def _zero_hour(match: re.Match) -> str:
    cue, hour, minute = match.groups()
    return cue + _clock_said(hour, int(minute))  # moved at 0600: "oh six hundred"


def _clock_said(hour: str, minute: int) -> str:
    said = "zero" if hour == "00" else ("oh " if hour.startswith("0") else "") + _number(str(int(hour)))
    return f"{said} {'hundred' if not minute else ('oh ' if minute < 10 else '') + _number(str(minute))}"


def _day_month(match: re.Match) -> str:
    """12 May 2025, as British and European scripts write it: "the twelfth of May, twenty twenty-five"."""
    day, month, year = int(match.group(1)), _MONTH_OF[match.group(2)], match.group(3)
    modal = month == "May" and re.match(r"\s+(?:I|you|we|he|she|it|they)\b", _after(match))
    if not 1 <= day <= 31 or modal:  # "Give me 5 May I ask": the verb
        return match.group(0)
    return _day_first(match, day, month, year)


def _iso_datetime(match: re.Match) -> str:
    date, clock, seconds, zone = match.groups()
    said = f"{date} at {clock}" + (f" and {_number(str(int(seconds)))} seconds" if seconds and int(seconds) else "")
    if zone == "Z":
        return said + " UTC"
    if zone:
        hours, minutes = int(zone[1:3]), zone[3:].lstrip(":")
        offset = f"{hours}:{minutes}" if minutes and int(minutes) else _number(str(hours))
        return said + f" UTC {'plus' if zone[0] == '+' else 'minus'} {offset}"
    return said


def _ordinal_range(match: re.Match) -> str:
    """"1st–3rd June": "the 1st to 3rd June", which the day-first date says "the first to the third of June"."""
    month_after = re.match(r"\d{1,2}(?:st|nd|rd|th)\s+(?:of\s+)?(?:" + _MONTH_WORDS + r")\b", _after(match))
    the = "the " if month_after and not re.search(r"\bthe\s+$", _before(match), re.I) else ""
    the = the.capitalize() if match.start() == 0 else the
    return f"{the}{match.group(1)} to "


def _day_first(match: re.Match, day: int, month: str, year: str | None) -> str:
    """A date written day first, as said: "the twelfth of May, twenty twenty-five" (no second "the" after "the", and
    none where the writer wrote the "of": "Happy 4th of July")."""
    written_of = re.search(r"\sof\s", match.group(0))
    said = "" if written_of or re.search(r"\bthe\s+$", _before(match), re.I) else "the "
    return said + f"{num2words(day, to='ordinal')} of {month}" + (f", {_in_pairs(year)}" if year else "")


def _slash_date(match: re.Match) -> str:
    """12/25/2025 month first, as the US writes it; 15/04/1912 day first, where the first cannot be a month."""
    first, second, year = int(match.group(1)), int(match.group(2)), match.group(3)
    if 1 <= first <= 12 and 1 <= second <= 31:
        return _date(first, second, year)
    if 12 < first <= 31 and 1 <= second <= 12:
        return _day_first(match, first, _MONTHS[second - 1], year)
    return match.group(0)


def _date(month: int, day: int, year: str | None) -> str:
    words = f"{_MONTHS[month - 1]} {num2words(day, to='ordinal')}"
    if year:
        words += f", {_in_pairs(year) if len(year) == 4 else _number(year)}"  # '01: "oh one"
    return words


def _unit_words(match: re.Match, unit_group: int) -> tuple[str, str] | None:
    """The singular and plural words of the unit the match ends with, or None where the letters are not a unit
    there: "5 M" (a capital that stands for something else), "scored 2 in the final" (the word in)."""
    unit = match.group(unit_group)
    key = unit.lower()
    if key not in _UNITS or (key in _LETTERS_WHEN_CAPITAL and unit.rstrip("s").isupper()):  # 5 M people; but 10 V
        return None
    spaced = match.group(0)[match.start(unit_group) - match.start() - 1].isspace()
    after = match.string[match.end():]
    if key == "in" and spaced and not match.group(0).endswith(".") and re.match(r"\s+[^\s,;:!?()\]–—-]", after):
        return None  # "a 27in screen" and "2 in." are inches; "Studio 54 in '78" and "8080 in .env" are not
    if key == "in" and re.match(r"-\w", after):
        return None  # a 1-in-10 chance, a 2-in-1 laptop, a 1-in-a-million shot
    if unit == "HP" and _GAME_CUES.search(match.string):
        return None
    if key == "pt" and unit != "pt":
        return None  # PT is physical therapy, Pt. a part
    if key == "pt" and re.match(r"\s+(?:of|(?:\w+\s+)?(?:cream|milk|beer|ale|lager|cider|water|stock|juice)\b)",
                                match.string[match.end():match.end() + 24]):
        return "pint", "pints"
    if key == "pt" and re.match(r"\s*%|\s+(?!(?:of|in|to|and|or|is|are|was|were|for|at|on|by|with|per)\b)[A-Za-z]",
                                match.string[match.end():match.end() + 12]):
        return "point", "point"  # set in 12pt Arial, a 10 pt font, a 3pt shooter, his 3pt%: "point"
    if unit == "A" and not _speaks_of_power(match):
        return None
    if unit == "Nm":
        return _UNITS["n·m"]  # torque: 25 Nm is newton metres (nm, nanometres)
    if unit[:2] in ("Kb", "kb", "Mb", "Gb", "Tb") and (
            unit.endswith("/s") or re.match(r"/sec?\b|\s+per\s+sec", match.string[match.end(unit_group):])):
        return tuple(word.replace("byte", "bit") for word in _UNITS[key])  # 100 Mb/s: megabits per second
    if unit in ("Kb", "kb", "Mb", "Gb", "Tb") and _BITS_AFTER.match(match.string, match.end(unit_group)):
        one = _UNITS[key][0].replace("byte", "bit")
        return one, one  # 10 Gb Ethernet, a 500 Mb plan: "ten gigabit Ethernet", describing it
    return _UNITS[key]


def _unit(match: re.Match) -> str:
    amount, words = match.group(1), _unit_words(match, 2)
    if words is None:
        return match.group(0)
    one, many = words
    # "a 16 GB card", "a 5 kg bag", "the 100m sprint": the amount describes a thing and the unit stays singular
    after = match.string[match.end():match.end() + 20]
    describes = (_ARTICLE_BEFORE.search(match.string, max(0, match.start() - 4), match.start())
                 and re.match(r"\s+(?:[a-z]|[A-Z]{2,}\b|\d[\d.]*[A-Za-z]{1,4}\s+[a-z])", after)) or (  # a 512GB SSD
        _determined(match) and _NOUN_AFTER.match(after)) or (  # a 12V 2A adapter: "twelve volt two amp"
        _RATING_BEFORE.search(match.string, max(0, match.start() - 16), match.start()) and _NOUN_AFTER.match(after))
    per = f" per {_UNITS[match.group(3).lower()][0]}" if match.group(3) else ""
    if match.string[match.start(2) - 1] == "-":
        return f"{_number(amount)} {one}{per}"  # an 8-hr shift: "an eight hour shift" (a hyphen runs them together)
    plus = " plus" if "+" in match.group(0) else ""  # 18+ hrs: "eighteen plus hours"
    return f"{_number(amount)}{plus} {one if amount == '1' and not plus or describes else many}{per}"


def _scaled_unit(match: re.Match) -> str:
    words = _unit_words(match, 2)  # None for "a million in cash"
    if words is None or len(match.group(2)) < 2:  # one letter is too often something else
        return match.group(0)
    return f"{match.group(1)} {words[1]}"


def _decade(match: re.Match) -> str:
    century, tens, listed = match.group(1, 2, 3) if match.group(2) else (None, *match.group(4, 5))
    listed = re.sub(r"(1[0-9]|20)?([0-9]0)['’]?s", lambda m: _decade_said(*m.groups()), listed)  # , 80s and 90s
    return _decade_said(century, tens) + listed.replace("-", " to ").replace("–", " to ")


def _decade_said(century: str | None, tens: str) -> str:
    if century and tens == "00":
        return f"{_number(century)} hundreds" if century != "20" else "two thousands"
    if century:
        return f"{_number(century)} {_tens_said(tens)}"
    return _tens_said(tens)


def _tens_said(tens: str) -> str:
    return _plural(num2words(int(tens)))


def _plural(said: str) -> str:
    """A number's words in the plural: "twenty" "twenties", "six" "sixes", "fifty-two" "fifty-twos"."""
    return said[:-1] + "ies" if said.endswith("y") else said + ("es" if said.endswith(("x", "s")) else "s")


_SAID_ENDINGS = {"co", "me", "be", "to", "so"}  # an address's ending said as a word; others as letters ("dot I-O")


def _url(match: re.Match) -> str:
    text = re.sub(r"^https?://", "", match.group(0))
    end = "." if text.endswith(".") else ""  # the sentence's full stop, not the address's
    host, slash, path = text.rstrip("/.").partition("/")
    path = re.sub(r"\?(?=\w)", " question mark ", path)  # a query (search?q=tts): espeak ran it into "searchq"
    return _domain_said(host) + _address_said(slash + path) + end


def _domain_said(host: str) -> str:
    """ "intonate.io" as "intonate dot I O": a two-letter ending as letters (espeak: .io "ee-oh", .de "duh")."""
    name, _, ending = host.rpartition(".")
    if (len(ending) == 2 or ending.lower() == "xyz") and ending.lower() not in _SAID_ENDINGS:
        ending = " ".join(LETTER_A if letter == "A" else letter for letter in ending.upper())
    return f"{_address_said(name)} dot {ending}" if name else _address_said(host)


def _subsections(match: re.Match) -> str:
    """2(b)(iii) "2 B three": letters said as letters, digits and roman numerals below the first level as numbers."""
    said = []
    for level, part in enumerate(re.findall(r"\(([^)]+)\)", match.group(2))):
        if part.isdigit():
            said.append(part)
        elif _ROMAN.get(part.upper(), 40) < 40 and (level or len(part) > 1):  # (l) is a letter
            said.append(str(_ROMAN[part.upper()]))
        else:
            said.append(" ".join(part.upper()))
    return f"{match.group(1)} {' '.join(said)}"


def _rooms(match: re.Match) -> str:
    number, half, room, slash = match.groups()
    said = f"{number} and a half" if half else number
    return f"{said} {'bed' if room.lower().startswith('b') and room.lower() not in ('ba', 'bth') else 'bath'}" + (
        ", " if slash else "")


def _scripture(match: re.Match) -> str:
    """1 Cor. 13:4-7 "First Corinthians thirteen, verses four to seven"; John 3:16 "John three, verse sixteen"; Ps. 23
    "Psalm twenty-three". Without a verse, only Ps. 23, Prov. 3 and a numbered book (1 Corinthians 13) are references
    (not John 3, Col. 2 or Rev. 2)."""
    order, book, dot, chapter, verse, last = match.groups()
    numbered = order and _BIBLE_BOOKS[book] in ("Samuel", "Kings", "Chronicles", "Corinthians", "Thessalonians",
                                                 "Timothy", "Peter", "John")  # 1 Corinthians 13
    if verse is None and not numbered and not (dot and book in ("Psa", "Prov") or book == "Ps"):  # Ps 23 too
        return match.group(0)
    said = f"{('First', 'Second', 'Third')[int(order) - 1]} " if order else ""
    said += f"{_BIBLE_BOOKS[book]} {chapter}"
    if verse:
        said += f", verses {verse} to {last}" if last else f", verse {verse}"
    return said


def _listed(items: list[str], last: str = "or") -> str:
    """Items as said in a sentence: "S, M or L", "Monday, Wednesday and Friday"."""
    return f"{', '.join(items[:-1])} {last} {items[-1]}"


def _sizes(match: re.Match) -> str:
    """Clothing sizes as choices: XS/S "XS or S", S/M/L "S, M or L"; but the M/S Estonia (two letters, no X) stays."""
    sizes = match.group(0).split("/")
    if len(sizes) < 3 and not any("X" in size for size in sizes):
        return match.group(0)
    return _listed(sizes)


def _spelled_out(match: re.Match) -> str:
    """C-A-T "C, A, T"; but "I-I-I don't know" is a stammer, left to run together."""
    letters = match.group(0).split("-")
    return match.group(0) if len(set(letters)) == 1 else ", ".join(letters)


def _is_formula(match: re.Match) -> bool:
    """A subscript or a charge marks a formula; with plain digits it takes two symbols (or a count before one, 2O2)
    and a count after one; without any, it is a salt (see _SALT)."""
    formula, ending = match.group(2, 3)
    parts = _ELEMENT_OR_COUNT.findall(formula)
    if any(part[0].isalpha() and part not in _ELEMENT_SET for part in parts):
        return False  # It, Ok, Hx: not symbols
    if ending and ending != "e" or re.search("[₀-₉]", formula):
        return True
    salt = _SALT.fullmatch(formula)
    if salt and not match.group(1) and (salt.group(1) or not formula.isupper()):
        return True
    if any(part.isalpha() and part == after for part, after in zip(parts, parts[1:])):
        return False  # WW2, BB20: a chemist writes the count, not the symbol twice
    symbols = len(re.findall("[A-Z]", formula)) + bool(match.group(1))  # 2O2: a count of O₂
    return re.search(r"\d", formula) is not None and symbols > 1


def _version_minor(match: re.Match) -> str:
    """Python 3.12 "Python three point twelve": what goes before, then the version's two numbers whole."""
    return f"{match.group(1)}{_number(match.group(2))} point {_number(match.group(3))}"


def _molar(match: re.Match) -> str:
    """0.1 M HCl, 0.5M KOH "molar": a formula (as _is_formula knows one) or a solution follows; 2 M US users stays."""
    formula = match.group(1) and _CHEMICAL_FORMULA.fullmatch(match.group(1))
    if match.group(1) and not (formula and _is_formula(formula)):
        return match.group(0)
    return " molar"


def _dotted_era(match: re.Match) -> str:
    """1066 A.D. as 1066 AD (its dot kept where it ends the sentence), A.D. 79 as AD 79."""
    if not match.group(1):
        return "AD "
    ends = _ENDS_HERE.match(match.string, match.end())
    return " " + match.group(1).replace(".", "") + ("." if ends else "")


def _per_power(match: re.Match) -> str:
    """mol⁻¹ " per mole", s⁻² " per second squared", m⁻³ " per cubic metre"."""
    unit, power = match.groups()
    name = "kelvin" if unit == "K" else _UNITS[unit.lower()][0]
    if power == "¹":
        return f" per {name}"
    if unit in _LENGTHS:
        return f" per {'square' if power == '²' else 'cubic'} {name}"
    return f" per {name} {'squared' if power == '²' else 'cubed'}"


def _chemical_formula(match: re.Match) -> str:
    """H₂SO₄ "H two S-O four", 2H₂O "two H two O", Ca²⁺ "C-A two plus", CO2e "C-O two E". Written with plain digits,
    a formula needs two symbols and a count (CO2, Fe2O3; not B12 or K2); a code that happens to be symbols and digits
    (H1N1, B2B, PS5) is said as espeak said it, letters and numbers."""
    if not _is_formula(match):
        return match.group(0)
    coefficient, formula, ending = match.groups()
    parts = _ELEMENT_OR_COUNT.findall(formula)
    said, letters = [], ""
    for part in parts + [""]:
        if part[:1].isalpha():
            letters += part.upper()
            continue
        if letters:
            said.append(_spelled_out_letters(letters))
            letters = ""
        if part not in ("", "(", ")"):
            said.append(_number(part.translate(_SUBSCRIPT_DIGITS)))
    if ending == "e":
        said.append("E")
    elif ending:
        charge = ending[:-1].translate(_SUPERSCRIPT_DIGITS)
        said += ([_number(charge)] if charge else []) + ["plus" if ending[-1] == "⁺" else "minus"]
    return " ".join(([_number(coefficient)] if coefficient else []) + said)


def _compass(match: re.Match) -> str:
    """NW "northwest", NNE "north-northeast"."""
    word = match.group(1) or match.group(4) or match.group(7) or (" " if match.group(6) else "")
    point = match.group(2) or match.group(3) or match.group(5) or match.group(6) or match.group(8)
    names = [_COMPASS_NAMES[letter] for letter in point]
    said = "".join(names) if len(names) < 3 else f"{names[0]}-{''.join(names[1:])}"
    return word + said


def _option_flag(match: re.Match) -> str:
    """-m "dash M", -la "dash L A" (short options are letters), --force "dash dash force"."""
    flag = match.group(1)
    named = re.match(r"\s+(?:flag|option|switch|parameter|argument)s?\b", _after(match))  # "the --force flag"
    if not (named or _COMMAND_BEFORE.search(match.string, max(0, match.start() - 80), match.start())):
        return match.group(0)
    if flag.startswith("--"):
        return "dash dash " + flag[2:].replace("-", " ")
    return "dash " + " ".join(flag[1:].upper())


def _local_address(match: re.Match) -> str:
    host, port, path = match.groups()
    if host != "localhost":
        host = " dot ".join(_in_pairs(octet) for octet in host.split("."))
    return f"{host} colon {_in_pairs(port)}" + (path or "").replace("/", " slash ").replace(".", " dot ")


def _address_said(text: str) -> str:
    """An address's, a handle's or a path's dots, slashes, dashes and underscores said ("mike dot makes")."""
    return (text.replace(".", " dot ").replace("/", " slash ").replace("-", " dash ").replace("_", " underscore ")
            .replace("+", " plus "))


def _abbreviation(match: re.Match) -> str:
    """The word for an abbreviation; its dot stays as a full stop where it also ended the sentence."""
    short, rest = match.group(0), match.string[match.end():]
    leading = _MONTH_ABBREVIATIONS | _WEEKDAYS | _TITLES | _REFERENCES
    if short in leading and short not in _ABBREVIATIONS:
        return leading[short] + " " * rest[:1].isdigit()  # No.1, p.12: "number one", "page twelve"
    full = _ABBREVIATIONS[short]
    before = re.search(r"\b([A-Z][a-z]+|\d+(?:st|nd|rd|th))\s+$", _before(match))
    if (short in _STREETS and before and before.group(1) not in _FUNCTION_WORDS | _GREETINGS
            and (not re.match(r"\s+[A-Z]", rest) or _OPENS_SENTENCE.match(rest))):
        full = _STREETS[short]  # Baker St., 3rd St., Oak Dr. (after a name), not St. Patrick, Dr. Smith or "Hello Dr."
    leads = (short in _LEADING or (short == "Sr." and not before)  # Sr. Engineer Lee; but "John Lee Sr. Then…"
             or short in ("Jr.", "Sr.") and _NAMED_AFTER_SOMEONE.match(rest))  # Martin Luther King Jr. Day
    quadrant = re.match(r"\s+(?:North|South)(?:east|west),", rest)  # 1600 Pennsylvania Ave. NW, Washington
    ends_sentence = not rest.strip() or (not leads and not quadrant and _ENDS_HERE.match(rest)) or (
        short in ("Dr.", "Mr.", "Mrs.", "Ms.", "Prof.", "St.") and _OPENS_SENTENCE.match(rest))  # "Hi Dr. How are you?"
    return full + ("." if short.endswith(".") and ends_sentence else "") + " " * rest[:1].isdigit()


def _identifier(match: re.Match) -> str:
    year, advisory, isbn = match.groups()
    if year:
        return f"CVE {_in_pairs(year)}, {_digits(advisory)}"
    return "ISBN " + _digits(isbn) + (" X" if isbn.endswith("X") else "")


def _code(match: re.Match) -> str:
    """ "INV-2024-0042": "I N V, two zero two four, zero zero four two"."""
    said = ", ".join(_characters(group) for group in match.group(2).split("-"))
    naming = re.sub(r"\bNo\.", "number", match.group(1))  # as before any number (it was the word "no")
    return re.sub(r"\s?#\s?", " number ", naming) + said


def _characters(code: str) -> str:
    """Letters and digits a character at a time: "SW1A" as "S W one A" (the letter A, not the article)."""
    return " ".join(_DIGIT_NAMES[int(c)] if c.isdigit() else LETTER_A if c == "A" else c for c in code)


def _digits(text: str) -> str:
    """A phone number as it is read: digit by digit, a pause between its groups."""
    groups = re.findall(r"\+?\d+", text)
    spoken = [("plus " if g.startswith("+") else "") + " ".join(_DIGIT_NAMES[int(d)] for d in g.lstrip("+"))
              for g in groups]
    return ", ".join(spoken)


def _dotted(match: re.Match) -> str:
    dotted, slash, prefix = match.group(0).partition("/")
    parts = dotted.split(".")
    if len(parts) == 4 and all(int(p) <= 255 for p in parts):  # an IP address: "one ninety-two dot one sixty-eight"
        return " dot ".join(_in_pairs(p) for p in parts) + (f" slash {_number(prefix)}" if slash else "")
    # a build number (10.0.19045) digit by digit, not "nineteen thousand and forty-five"
    return " point ".join(_digits(p) if len(p) > 4 else _number(p) for p in parts) + slash + prefix


def _fraction(top: str, bottom: int) -> str | None:
    """"three quarters", "five sixteenths": a fraction as it is said, or None for one that reads better otherwise."""
    if top.isdigit() and 0 < int(top) < bottom and bottom in _FRACTIONS:
        one, many = _FRACTIONS[bottom]
        return f"{_number(top)} {one if top == '1' else many}"
    if top.isdigit() and int(top) % 2 and int(top) < bottom and bottom in _MEASURE_DENOMINATORS:
        return f"{_number(top)} {num2words(bottom, to='ordinal')}{'s' if top != '1' else ''}"
    return None


def _uk_postcode(match: re.Match) -> str:
    town, *parts = match.groups()
    return town + ", ".join(_characters(part) for part in parts)


def _bearing(match: re.Match) -> str:
    degrees, minutes, seconds, compass, glued = match.groups()
    said = f"{degrees} degrees {minutes} minutes" + (f" {seconds} seconds" if seconds else "")
    return said + (f" {_COMPASS_NAMES[compass]}" if compass else "") + " " * bool(glued)


def _cups(match: re.Match) -> str:
    """"¾ c." and "1 c." a cup, "2 c." and "1½ c." cups."""
    amount = match.group(1)
    one = amount == "1" or not re.match(r"\d+(?![/\d])", amount)  # no whole number before a fraction
    return f"{amount} {'cup' if one else 'cups'}"


def _vulgar_fraction(match: re.Match) -> str:
    whole, fraction = match.group(1) or "", match.group(2)
    if fraction == "⁄":  # 1⁄2 typed with the fraction slash
        return f"{whole}/"
    return f"{whole} {unicodedata.normalize('NFKC', fraction).replace('⁄', '/')}"


def _dotted_date(match: re.Match) -> str:
    """12.03.1985 as Europe writes a date: "the twelfth of March, nineteen eighty-five"; but version 1.2.2024."""
    day, month = int(match.group(1)), int(match.group(2))
    if not (1 <= day <= 31 and 1 <= month <= 12) or re.search(r"\b(?i:version|release|build|v)\s*$", _before(match)):
        return match.group(0)
    return _day_first(match, day, _MONTHS[month - 1], match.group(3))


def _mixed_number(match: re.Match) -> str:
    fraction = _fraction(match.group(2), int(match.group(3)))
    if fraction is None:
        return match.group(0)
    if match.group(2) == "1":  # "one and a half", "two and an eighth"
        part = fraction.split(" ", 1)[1]
        fraction = f"{'an' if part[0] in 'aeiou' else 'a'} {part}"
    unit = match.group(4) and (_unit_words(match, 4) or (None, match.group(4)))[1]  # the plural, or as written
    return f"{match.group(1)} and {fraction}{' ' + unit if unit else ''}"


def _fraction_of_unit(match: re.Match) -> str:
    fraction, words = _fraction(match.group(1), int(match.group(2))), _unit_words(match, 3)
    if fraction is None and match.group(1) == "1" and words == _UNITS["s"]:  # a shutter's 1/250 s
        fraction = f"one {num2words(int(match.group(2)), to='ordinal')}"
    if fraction is None or words is None:
        return match.group(0)
    after = _after(match)
    if (_ARTICLE_BEFORE.search(_before(match, 4)) and re.match(r"\s+[a-z]", after)
            or words[0] == "inch" and _NOUN_AFTER.match(after)):
        # a 1/4 in. drill bit, 3/4" bolts: "a quarter inch drill bit", "three quarter inch bolts" (½ tsp soda is
        # half a teaspoon)
        said = fraction.removeprefix("one ") if match.group(1) == "1" else fraction.replace("quarters", "quarter")
        return f"{said} {words[0]}"
    article = "an" if words[0][0] in "aeiou" else "a"
    return f"half {article} {words[0]}" if fraction == "one half" else f"{fraction} of {article} {words[0]}"


def _decimals_slashed(match: re.Match) -> str:
    """A GPA of 3.5/4 or 3.85/4.0 is a score; Python 2.7/3.6 and the 2.4/5 GHz bands are two of something (the
    slash was read as a hyphen: "two point seven-three point six")."""
    top, bottom = match.group(1), match.group(2)
    amount, scale = float(top.replace(",", "")), float(bottom)
    unit_after = re.match(rf"\s?(?:{_UNIT_NAMES})(?=\W|$)", _after(match, 12), re.I)
    if not unit_after and scale in (4, 5, 10, 100) and amount <= scale:
        return f"{_number(top)} out of {_number(bottom)}"
    return f"{top} and {bottom}"  # the digits, so that the unit after them is still read


def _slashed(match: re.Match) -> str:
    """3/4, 4.5/5, 24/7 and 12/25, or the match as written where none of these fits."""
    if "." in match.group(1) + match.group(2):
        return _decimals_slashed(match)
    top, bottom = match.group(1), int(match.group(2))
    if (top, bottom) in (("24", 7), ("9", 11), ("20", 20)):
        return f"{_number(top)} {_number(str(bottom))}"  # twenty-four seven, nine eleven, twenty twenty vision
    if top.isdigit() and int(top) % 5 == bottom % 5 == 0 and int(top) + bottom == 100:
        return f"{_number(top)}-{_number(str(bottom))}"  # fifty-fifty, the 80/20 rule, a 60/40 split
    if top.isdigit() and 1100 <= int(top) < 2100 and bottom == (int(top) + 1) % 100:
        return f"{_in_pairs(top)} {_number(str(bottom))}"  # the 2020/21 season
    label = _LABEL_BEFORE.search(_before(match, 24))  # "Attempts: 3/3", "Date: 3/4"; not "Mix: 3/4 of the flour"
    if label and (not top.isdigit() or re.match(rf"\s?(?:of\b|(?:{_UNIT_NAMES}|cups?)\b)", _after(match, 12), re.I)):
        label = None
    if label and _DATE_LABEL.search(label.group(1)) and 1 <= int(top) <= 12 and 1 <= bottom <= 31:
        return _date(int(top), bottom, None)
    if fraction := _fraction(top, bottom):
        return fraction
    # 1/5 of the class, 2/5 cup, 2/3 + 1/6 = 5/6: a part of a whole, "one fifth" (not "one out of five", "one-six")
    part = (re.match(r"\s+(?:of\b|cups?\b|(?:tea|table)spoons?\b|tsp\b|tbsp\b)", _after(match, 14))
            or re.search(r"(?:[+=−×÷]|\bequals|\bplus|\bminus|\btimes)\s?$", _before(match, 8))
            or re.match(r"\s?[+=−×÷]", _after(match, 3)))
    if part and top.isdigit() and 0 < int(top) < bottom <= 20:
        ordinal = num2words(bottom, to="ordinal")
        return f"{_number(top)} {ordinal if top == '1' else ordinal + 's'}"
    amount = float(top.replace(",", ""))
    if bottom in (5, 10, 100) and amount <= bottom:  # a rating or a score: 4.5/5, 87/100
        return f"{_number(top)} out of {_number(str(bottom))}"
    cued = _DATE_CUE.search(match.string, max(0, match.start() - 20), match.start())
    if cued and top.isdigit() and 1 <= int(top) <= 12 and 1 <= bottom <= 31:
        return _date(int(top), bottom, None)  # "due 12/25", "Friday, 1/25"; but "went 3/3", "5/6 players"
    if bottom == 10 and amount <= 20:
        return f"{_number(top)} out of ten"  # "11/10, would recommend"
    if top.isdigit() and amount <= bottom and bottom >= 20 and (amount > 12 or bottom > 31):
        return f"{_number(top)} out of {_number(str(bottom))}"  # scored 18/20, HP 45/120; not a date's 12/25
    if label and 0 < int(top) <= bottom:
        return f"{_number(top)} of {_number(str(bottom))}"  # Attempts: 3/3
    return match.group(0)


def _bare_degrees(match: re.Match) -> str:
    """"Temperatures hit 40C": degrees, where the words around it speak of weather or heat."""
    if not _WEATHER_WORDS.search(_before(match, 60) + _after(match, 30)) or _PLACE_BEFORE.search(_before(match)):
        return match.group(0)
    return f"{match.group(1)} degrees {'Celsius' if match.group(2) == 'C' else 'Fahrenheit'}"


def _blood_pressure(match: re.Match) -> str:
    named_after = re.match(r"\s?(?:bp|BP)\b", _after(match, 4))  # 190/140 bp
    if not (match.group(3) or named_after or _PRESSURE_BEFORE.search(_before(match))):
        return match.group(0)
    said = f"{_number(match.group(1))} over {_number(match.group(2))}"
    return said + (" millimetres of mercury" if match.group(3) else "")


def _alternatives(match: re.Match) -> str:
    """128/256/512GB: sizes to choose from, "128, 256 or 512"; two only where they are storage (8/16GB), as 1/2 GB
    and 3/4 in are fractions."""
    sizes = match.group(1).split("/")
    if re.match(r"\s+in\s+[a-z]", _after(match, 8)):
        return match.group(0)  # "went 20/3/7 in ranked": the word in, not inches
    if len(sizes) == 2 and not (match.group(2).lower() in _DATA_SIZES and 4 <= int(sizes[0]) < int(sizes[1])):
        return match.group(0)
    return _listed(sizes)


def _unit_pair(match: re.Match) -> str:
    """480V/60Hz two ratings ("volts, sixty hertz"), 512GB/1TB two sizes ("or"), 10 mg/5 mL a dose ("per")."""
    unit = match.group(1).lower()
    then = match.string[match.end():match.end() + 12]
    if unit in _DATA_SIZES and re.match(r"\d+(?:\.\d+)?\s?(?i:[kmgtp]b)\b", then):
        return f"{match.group(0)[:-1]} or "
    return f"{match.group(0)[:-1]}{', ' if unit in _RATINGS else ' per '}"


def _megapixels(match: re.Match) -> str:
    describes = _NOUN_AFTER.match(_after(match))  # a 48MP sensor; 48MP and 12MP
    return f"{match.group(1)} megapixel{'' if describes or match.group(1) == '1' else 's'}"


def _model_plural(match: re.Match) -> str:
    name, number = (match.group(1), match.group(2)) if match.group(2) else (match.group(3), match.group(4))
    if number == "100":
        return name + "hundreds"  # temperatures in the 100s
    said = _in_pairs(number) if len(number) > 2 else _number(number)  # F-150s "F-one fifties", B-52s "B-fifty-twos"
    return name + (" " if name[-1:].isalpha() else "") + _plural(said)  # PS fives, B-fifty-twos, the seven forty-sevens


def _goal_minute(match: re.Match) -> str:
    name, minute = match.groups()
    aside_ends = "" if re.match(r"[.,;:!?)]", _after(match, 1)) else ","
    return f"{name}, {num2words(int(minute), to='ordinal')} minute{aside_ends}"


def _oven(match: re.Match) -> str:
    conventional, fan_oven, fan, gas_mark = match.groups()
    said = f"{conventional} degrees Celsius" + (f", {fan_oven} degrees Celsius" if fan_oven else "")
    return said + (" fan" if fan else "") + f", gas mark {gas_mark}"


def _litres(match: re.Match) -> str:
    amount = match.group(1)
    if "." in amount or int(amount) > 3 or _LITRES_AFTER.match(match.string, match.end()):
        return f"{amount} L"
    return match.group(0)


def _reddit_name(match: re.Match) -> str:
    """r/AmItheAsshole: "r slash, Am I the A-hole," (set apart, or its words run into the sentence's);
    r/MaliciousCompliance and u/throwaway_mil2023 in their words."""
    kind, name = match.groups()
    said = _SUBREDDITS.get(name.lower()) if kind == "r" else None
    if said is None:
        said = re.sub(r"(?<=[a-z])(?=[A-Z0-9])|(?<=[A-Z])(?=[A-Z][a-z])|(?<=\d)(?=[A-Za-z])", " ",
                      name.replace("_", " "))
    said = " ".join(said.split())
    if " " not in said:
        return f"{kind} slash {said}"
    closed = re.match(r"\s*(?:[.,;:!?)]|$)", _after(match))  # a name of words set apart, as a title is said
    return f"{kind} slash, {said}{'' if closed else ','}"


def _poster_tag(match: re.Match) -> str:
    """A poster's "I (28F)" or "my sister (F31)": "twenty-eight, female" (only after a person: "Revenue (10M)" is
    money)."""
    age, sex = (match.group(1), match.group(2)) if match.group(1) else (match.group(4), match.group(3))
    before = _before(match, 30)
    name = _POSTER_NAME_BEFORE.search(before)  # "Sarah (29F)", "Jake (17M)" starting a sentence
    if name and name.group(0).strip() in _COUNTED_THINGS:  # "Revenue (30M)": an amount
        return match.group(0)
    if not (_PERSON_BEFORE.search(before) or name and (sex.lower() == "f" or int(age) >= 13)):
        return match.group(0)
    return f"({age}, {'female' if sex.lower() == 'f' else 'male'})"


def _determined(match: re.Match) -> bool:
    """Whether "the", "my", "two" or a possessive ("TSMC's") comes just before the match."""
    return bool(_DETERMINER_BEFORE.search(match.string, max(0, match.start() - 6), match.start())
                or _POSSESSIVE_BEFORE.search(match.string, max(0, match.start() - 16), match.start()))


def _pace(match: re.Match) -> str:
    time, unit, distance, distance_unit = match.groups()
    minutes, seconds = time.split(":")
    if seconds == "00":  # 7:00/mi: "seven minutes per mile", not a clock's "seven o'clock"
        time = f"{minutes} minute{'s' * (minutes != '1')}"
    if unit:
        return f"{time} per {_UNITS[_PACE_ALIASES.get(unit, unit)][0]}"
    metres = num2words(int(distance)).removeprefix("one ")  # "per hundred metres", as swimmers say it
    return f"{time} per {metres} {_UNITS[_PACE_ALIASES.get(distance_unit, distance_unit)][1]}"


def _per(match: re.Match) -> str:
    """"$19.99/month" and "15 days/yr" are per month and per year; "day/night" is two words."""
    if match.group(1) in _PER_ABBREVIATED:
        return f" per {_PER_UNITS[match.group(1)]}"  # water/hr: no word is written so
    if not _AMOUNT_BEFORE.search(match.string, max(0, match.start() - 30), match.start()):
        return match.group(0)
    return f" per {_PER_UNITS[match.group(1)]}"


def _price_per_measure(match: re.Match) -> str:
    """"$3/kg" three dollars per kilogram, "$4.99/100g" per hundred grams, "$2/ea" each."""
    price, count, measure = match.groups()
    if measure.lower() == "ea":
        return f"{price} each"
    return f"{price} per {count} {measure}" if count else f"{price} per {_UNITS[measure.lower()][0]}"


def _initials(match: re.Match) -> str:
    """ "George W. Bush": "George W Bush"; "the U.S. Many…", "Plan B. Everyone…" and "vitamin D. Then…" end there."""
    before, more_initials = _before(match), re.match(r"\s*[A-Z]\.", _after(match, 4))
    if match.group(0) in ("I.", "V.", "X.") or not more_initials and (  # Elizabeth I. Henry…
            not _NAME_BEFORE_INITIALS.search(before) or _LABELLED_BY_LETTER.search(before)
            or _OPENS_SENTENCE.match(match.string, match.end())):
        return match.group(0)
    return LETTER_A if match.group(0) == "A." else match.group(0)[:-1]  # A. A. Milne: the letter, not "uh"


def _stutter(match: re.Match) -> str:
    """ "W-w-what" as "Wuh-wuh-what"; "T-shirt", "N-O" and "Mm-mm" are left as they are."""
    starts, word = match.group(1).split("-")[:-1], match.group(2)
    if len(starts) == 1 and word.lower() in _LETTER_COMPOUNDS:
        return match.group(0)
    if not all(word.lower().startswith(start.lower()) and len(start) < len(word) for start in starts):
        return match.group(0)
    return "".join((start if re.search("[aeiouAEIOU]", start) else start + "uh") + "-" for start in starts) + word


def _initialism_s(match: re.Match) -> str:
    """ "KPIs" as "K-P-I's", "NASA's" as "Nasa's"; "HE's" and "WHAT's" are stressed words, left to that rule."""
    letters, ending = match.groups()
    if letters in _EMPHATIC:
        return match.group(0)
    if letters in _ACRONYM_WORDS:
        return letters.capitalize() + ending
    return _spelled_out_letters(letters, plural=True)


def _spelled_out_letters(letters: str, plural: bool = False) -> str:
    """ "VIP" as "V-I-P", "KPIs" as "K-P-I's"; an A after the first letter as the letter's IPA, since espeak reads it
    in a hyphened chain as the article "uh" (S-A-T "es-uh-tee", Q-A, M-A-U's), but not before the 's (M-B-A's)."""
    last = len(letters) - 1
    spelled = "-".join(LETTER_A if letter == "A" and 0 < index < last + (not plural) else letter
                       for index, letter in enumerate(letters))
    return spelled + ("'s" if plural else "")


def _per_thing(match: re.Match) -> str:
    """"5 kg/bag" and "$3/pack" are per bag and per pack; units ("J/mol") are said by the unit rules."""
    thing = match.group(1)
    if thing == "each":  # $5/each
        return " each"
    if thing in _UNITS or not _UNIT_BEFORE.search(match.string, max(0, match.start() - 30), match.start()):
        return match.group(0)
    return f" per {thing}"


def _curly_marks(text: str) -> str:
    """5’4” as 5'4", 12’ and 27” as 12' and 27" (feet and inches), where no curly quote opened before is still open."""
    def straightened(match: re.Match) -> str:
        opening = "‘" if match.group(1) == "’" else "“"
        opened = text.rfind(opening, 0, match.start())
        closed = opened >= 0 and re.search(r"’(?![A-Za-z])" if opening == "‘" else "”", text[opened:match.start()])
        if opened >= 0 and not closed:
            return match.group(1)  # closes the quotation
        return "'" if match.group(1) == "’" else '"'

    return _CURLY_MARK.sub(straightened, text)


def _inch_marks(text: str) -> str:
    """'a 27" monitor': "a twenty-seven inch monitor", '12" long': "twelve inches long"; but the " that closes a
    quotation ('He said "buy 5"') is a quote."""
    quoting = False

    def said(match: re.Match) -> str:
        nonlocal quoting
        if match.group(1) and not quoting and match.string[match.start() - 1:match.start()] == "/":
            return f"{match.group(1)} in" + ("." if re.match(r"\s+\w", _after(match)) else "")  # 3/4": a fraction's
        if match.group(1) and not quoting:
            describes = (_ARTICLE_BEFORE.search(_before(match, 4)) and re.match(r"\s+[a-z\d]", _after(match))
                         or re.match(r"\s+[A-Z]", _after(match))  # a 6.7" OLED panel, a 27" Dell
                         or _NOUN_AFTER.match(_after(match)) and not re.match(r"\s+(?:x|\w+er)\b", _after(match)))
            # 2" screws; but 12" x 8", 6" taller
            return f"{match.group(1)} {'inch' if match.group(1) == '1' or describes else 'inches'}"
        quoting = not quoting
        return match.group(0)

    return _INCH_MARK_OR_QUOTE.sub(said, text) if '"' in text else text


def _feet(match: re.Match) -> str:
    """"6 feet away", but "a 6 foot fence"."""
    describes = _ARTICLE_BEFORE.search(match.string, max(0, match.start() - 4), match.start())
    return f"{match.group(1)} {'foot' if describes else 'feet'}"


def _about(match: re.Match) -> str:
    """"~20" and "≈20" are about twenty, unless the line already says so ("about ~20"); "x ≈ 3" is "x is
    approximately three"."""
    before = match.string[max(0, match.start() - 16):match.start()]
    space = " " if match.group(0)[0].isspace() else ""
    if _ABOUT_SAID.search(before):
        return space
    if "≈" in match.group(0) and _VALUE_BEFORE.search(before):
        return " is approximately "
    return f"{space}about "


def _keys(match: re.Match) -> str:
    keys = re.split(r"\s?\+\s?", match.group(0))
    return " plus ".join(_KEY_NAMES.get(key.lower(), key.upper()) for key in keys)


def _thousands(match: re.Match) -> str:
    number = match.group(1)
    determined = re.search(r"\b(?:an?|the|my|his|her|our|their|your|this|that) $", _before(match), re.I)
    counting = _COUNTED_AFTER.match(_after(match))
    if "." not in number and (len(number) == 1 or determined) and not counting:  # 2k users: two thousand
        return f"{number}K"  # a 10k, a 4K screen: the letter, read with the number
    return f"{_number(number)} thousand"


def _range(match: re.Match) -> str:
    first, second = float(match.group(1)), float(match.group(2))
    whole = "." not in match.group(1) + match.group(2)
    if whole and len(match.group(1)) > len(match.group(2)) and re.search(r"\b[A-Z]{2,}\s?$", _before(match, 12)):
        return f"{match.group(1)} "  # NIST SP 800-53, EN 1090-2: a document's number, not "eight hundred to…"
    if whole and max(first, second) <= 7 and _in_a_scoreline(match):
        return match.group(0)
    if whole and len(match.group(1)) == 3 and len(match.group(2)) == 1 and _ARTICLE_BEFORE.search(_before(match, 4)):
        return f"{_in_pairs(match.group(1))} "  # a 787-9: a model ("seven eighty-seven nine"), not a range
    year_span = whole and 1100 <= first < 2100 and len(match.group(2)) == 2 and first % 100 < second  # 2020-21, 1914–18
    # won 112-108, 38-35, went 25-3: "to", not two numbers run together by a hyphen (a 3-1 win stays "three-one",
    # and "ten-four" is the radio's)
    score = whole and (max(first, second) > 99 or first > second and first >= 10 and (first, second) != (10, 4))
    hours = whole and 1 <= second < 6 <= first <= 12 and (_HOURS_BEFORE.search(_before(match, 20))
                                                     or re.match(r"\d+\s+(?:job|shift|gig)\b", _after(match)))
    return f"{match.group(1)} to " if first < second or year_span or score or hours else match.group(0)


def _in_a_scoreline(match: re.Match) -> bool:
    """Won 6-4, 3-6, 7-6 or "She lost 3-6, 4-6": a match's sets, each a score ("three-six", not "three to six"),
    where a set beside it went the other way or a verb says so; "ages 3-5, 6-8" and "won 2-3 games" are ranges."""
    rest = match.string[match.end() + len(match.group(2)):]  # after the pair's second number
    beside = (re.findall(r"(\d{1,2})[-–](\d{1,2})(?:\(\d+\))?,\s?$", _before(match, 12))
              + re.findall(r"^(?:\(\d+\))?,\s?(\d{1,2})[-–](\d{1,2})", rest[:16]))
    scored = re.search(r"\b(?:won|lost|beat|beats|defeated|fell|edged|trails|trailed|leads|led)\s+"
                       r"(?:\d{1,2}[-–]\d{1,2}(?:\(\d+\))?,\s?)*$", _before(match, 40))
    counted = re.match(r"\s+[a-z]+s\b", rest)
    return bool(scored and (beside or not counted)) or any(int(a) > int(b) for a, b in beside)


def _shouted(match: re.Match) -> str:
    """"I HATE YOU" is words to say; a lone "FBI", the letters of "10 P-M EST" or a list "ARR, MRR, LTV" stay
    letters."""
    if sum(len(word) > 1 for word in re.findall(r"[A-Z']+", match.group(0))) < 2:
        return match.group(0)
    starts_sentence = re.search(r"(?:^|[.!?])\W*$", _before(match))
    sentences = re.split(r"(?<=[.!?])\s+", match.group(0))
    return " ".join(sentence if _INITIALISM_LIST.fullmatch(sentence) or _names_initialisms(sentence)
                    else _in_sentence_case(sentence, i > 0 or bool(starts_sentence))
                    for i, sentence in enumerate(sentences))


def _names_initialisms(sentence: str) -> bool:
    """ "SAT, QA, FAA, NCAA" or "FBI, CIA, NSA": a list, half of it or more initialisms the normalizer knows or no
    English word could start like, is not shouting ("WE LOVE NASA, GO TEAM!" is)."""
    words = re.findall(r"[A-Z]+", sentence)
    known = sum(bool(_SPELLED.fullmatch(word)) or word in _SAID or word in _ACRONYM_WORDS or _unsayable_start(word)
                for word in words)
    return "," in sentence and 2 * known >= len(words)


# The consonants an English word can start with before its first vowel (Y counted as a vowel: "MY", "GYM")
_WORD_ONSETS = frozenset("""bl br ch cl cr dr dw fl fr gh gl gn gr kn kl kr ph pl pr ps qu rh sc sh sk sl sm sn sp st sw
    th tr tw wh wr sch scr shr spl spr squ str thr chr phr sph""".split())


def _unsayable_start(word: str) -> bool:
    """Whether a word in capitals starts as no English word does (FBI, NSA, DHS): letters to spell."""
    onset = re.match(r"[^AEIOUY]*", word).group(0)
    return len(word) > 1 and (onset == word or len(onset) > 1 and onset.lower() not in _WORD_ONSETS)


def _in_sentence_case(shouted: str, starts_sentence: bool) -> str:
    """ "OH NO" as "Oh no" at a sentence's start ("oh no" within one); "I" and letters to spell ("CALL THE FBI")
    stay capitals (the readings show them)."""
    words = re.sub(r"[A-Z']+", lambda m: m.group(0) if m.group(0) == "I" or _unsayable_start(m.group(0))
                   else m.group(0).lower(), shouted)
    return words[0].upper() + words[1:] if starts_sentence else words


def _options(text: str) -> str:
    """A quiz's options "a) wet floor b) loose cable" as "A, wet floor; B, loose cable" (the A said as the letter),
    and numbered steps "one) … two) …" as "one, …; two, …", only where they run a, b, … or one, two, … in order,
    so a lone "b)" stays as written."""
    runs: list[list[re.Match]] = [[]]
    for match in _OPTION_LETTER.finditer(text):
        mark = match.group(1).lower()
        order = _COUNTED_WORDS if mark in _COUNTED_WORDS else "abcdefgh"
        if order.index(mark) == len(runs[-1]) and all(m.group(1).lower() in order for m in runs[-1]):
            runs[-1].append(match)
        else:
            runs.append([match] if order.index(mark) == 0 else [])
    pieces, end = [], 0
    for match in (match for run in runs if len(run) >= 2 for match in run):
        before = text[end:match.start()]
        mark = match.group(1)
        letter = LETTER_A if mark in "aA" else mark if mark in _COUNTED_WORDS else mark.upper()
        joint = "; " if before.strip() and before.rstrip()[-1] not in ".,;:!?" else " " if before.strip() else ""
        pieces += [before, joint, letter, ", "]
        end = match.end()
    return "".join(pieces) + text[end:]


def _aside(match: re.Match) -> str:
    """"(see page 17)" said between two commas' pauses; none doubled where a full stop or a comma is already."""
    words, after = match.group(2), match.group(3).strip()
    if after and words.endswith("."):
        words = words[:-1]  # "(adj.)." is one full stop
    opening = (" " if _before(match, 1) in _PAUSES else ", ") if match.group(1) else ""
    last = not match.string[match.end():].strip()  # "Score: 4/5 (80%)" ends there: no comma after
    return f"{opening}{words}{after or ('' if words[-1] in _PAUSES or last else ',')} "


def _emphatic(match: re.Match) -> str:
    """"NOT" in "This is NOT a hazard" as `*NOT*`; a run of capitals longer than two words, or any word in it that is
    not a common word to stress, leaves it alone (a heading, an acronym)."""
    words = match.group(0).replace("’", "'").split()
    beside_capitals = re.search(r"[A-Z]{2,}\W*$", _before(match)) or re.match(r"\W*[A-Z]{2,}", _after(match))
    if beside_capitals or not all(word in _EMPHATIC for word in words):
        return match.group(0)
    return f"*{match.group(0)}*"


def _day_list(match: re.Match) -> str:
    """Mon/Wed/Fri: "Monday, Wednesday and Friday"; Tue/Thu "Tuesday and Thursday"."""
    days = [_DAY_NAMES[day] for day in re.findall(r"[A-Za-z]+", match.group(0))]
    said = _listed(days, "and")
    return said + ("." if match.group(0).endswith(".") and _ENDS_HERE.match(match.string, match.end()) else "")


def _page_roman(match: re.Match) -> str:
    """"pp. xii-xv": "pages twelve to fifteen"."""
    noun, first, last = match.groups()
    said = f"{_REFERENCES.get(noun) or _ABBREVIATIONS.get(noun, noun)} {_number(str(_ROMAN[first.upper()]))}"
    return said + (f" to {_number(str(_ROMAN[last.upper()]))}" if last else "")


def _roman(match: re.Match) -> str:
    """Henry VIII: "Henry the eighth"; an IV line: the letters; Type II, Rocky II: the number."""
    numeral, before = match.group(0), _before(match)
    words = before.split()[-2:] if before[-1:].isspace() else []  # "Henry", "Queen Elizabeth", "Henry Ford"
    titled = len(words) == 2 and words[0] in _RULER_TITLES and words[1].isalpha() and words[1].istitle()
    ruler = titled or (words and words[-1] in _MONARCHS) or (
        len(words) == 2 and words[0] in _MONARCHS and words[1].isalpha() and words[1].istitle())
    if ruler and (numeral != "I" or titled or _CLAUSE_END.match(_after(match)) or _REIGN_AFTER.match(_after(match))):
        return f"the {num2words(_ROMAN[numeral], to='ordinal')}"
    if len(numeral) == 1:  # I, V, X
        return numeral
    numbered, name = _NUMBERED_BEFORE.search(before), _NAME_BEFORE.search(before)
    if numeral in ("XX", "XXX") and not (numbered or name and not _SENTENCE_OPENER.search(before)):  # kisses
        return numeral
    if numeral == "IV" and not (numbered or name and not _VERB_OPENER.search(before)):  # an IV line
        return SPELLED_IV
    return _number(str(_ROMAN[numeral]))


def _unstretched(match: re.Match) -> str:
    """"Sooo" as "*So*", "Gooood" as "*Good*"; runs that are no word to say (Brrr, Zzz, Hmmm, AAA, XXX) stay."""
    word = match.group(0)
    if not re.search(r"[aeiouy]", word, re.I) or len(set(word.lower())) == 1 or re.fullmatch("[IVXLCDM]+", word):
        return word  # MCMXCVIII is a numeral, not "*MCMXCVI*"
    for lengths in itertools.product((1, 2), repeat=min(len(_LETTER_RUN.findall(word)), 4)):  # Helllooo: ll, o
        chosen = iter(lengths)
        said = _LETTER_RUN.sub(lambda run: run.group(1) * next(chosen), word, count=len(lengths))
        if said.lower() in _DOUBLED_WORDS:
            return f"*{said}*"
    return f"*{_LETTER_RUN.sub(lambda run: run.group(1), word)}*"


def _season_episode(match: re.Match) -> str:
    """S02E05 as "season two, episode five" ("Season" where it opens a sentence, as the readings show it)."""
    season = "Season" if re.search(r"(?:^|[.!?]\s+)$", _before(match)) else "season"
    return f"{season} {_number(str(int(match.group(1))))}, episode {_number(str(int(match.group(2))))}"


def _times(match: re.Match) -> str:
    if match.group(3):  # a 2x speedup "times"; 2x + 3 = 7 "two x"
        algebra = _ALGEBRA_AFTER.match(match.string, match.end()) or _ALGEBRA_BEFORE.search(_before(match))
        return f"{match.group(3)} {'x' if algebra else 'times'}"
    width, height = match.group(1), match.group(2)
    if "×" in match.group(0) and _SUM_ENDS.match(match.string, match.end()):
        return f"{width} times {height}"  # Compute 3 × 5. "times"; a 3 × 5 card "by"
    if all(100 <= int(side) < 10000 for side in (width, height)):  # 1920x1080: "nineteen twenty by ten eighty"
        return f"{_in_pairs(width)} by {_in_pairs(height)}"
    return f"{width} by {height}"


def _processor(match: re.Match) -> str:
    family, digits, suffix = match.groups()
    if len(digits) == 5:  # 13700: the generation, then the model ("thirteen seven hundred")
        said = f"{_number(digits[:2])} {_number(digits[2:]) if digits.endswith('00') else _in_pairs(digits[2:])}"
    else:
        said = _in_pairs(digits)
    letters = " ".join(suffix.replace("3D", "")) + (" three D" if "3D" in suffix else "")
    return f"{family.rstrip('-').rstrip()} {said} {letters}".rstrip()


def _letter_number(match: re.Match) -> str:
    if match.group(1):  # A17 Pro: the letter A, not the article
        return f"{LETTER_A if match.group(1) == 'A' else match.group(1)} {_number(match.group(2))}"
    if match.group(4) == "A" and _speaks_of_power(match):
        return match.group(0)  # a 2A charger: amps, read with the units
    return f"{_number(match.group(3))} {match.group(4)}"


# "No." is "number" only before one ("No. 5"); said alone, it is the word.
# Months are shortened only before a day ("Sept. 30"): "I met Jan." is a name.
_MONTH_ABBREVIATIONS = {month[:3] + ".": month for month in _MONTHS if month != "May"} | {"Sept.": "September"}
# EUR/USD, USD/JPY: a currency pair as traders say it, "euro dollar", "dollar yen" (espeak: "yur U-S-D")
_CURRENCY_PAIR = re.compile(rf"\b({'|'.join(_CURRENCY_CODES)})/({'|'.join(_CURRENCY_CODES)})\b")


def _currency_pair(match: re.Match) -> str:
    names = [_CURRENCIES[_CURRENCY_CODES[code]][0] for code in match.groups()]
    if not all(name.endswith("dollar") for name in names):  # "US dollar" is "dollar" beside a euro or a yen
        names = [name.removeprefix("US ") for name in names]
    said = " ".join(names)
    before = match.string[max(0, match.start() - 2):match.start()]  # spaces are single by now
    return said[0].upper() + said[1:] if not before or before in (". ", "! ", "? ") else said


# Weekdays likewise only before a date ("Mon., Jan. 3", "Fri 12 May"): "Sun." or "Sat." alone are other words.
_WEEKDAYS = {day[:3] + ".": day for day in "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()} | {
    "Tues.": "Tuesday", "Thur.": "Thursday", "Thurs.": "Thursday"}
# but espeak says the other shortened days as words ("tooz", "fry", "mom"): those are the days anywhere
_ABBREVIATIONS |= {short: day for short, day in _WEEKDAYS.items() if short not in ("Sat.", "Sun.")}
_WEEKDAYS |= {short.rstrip("."): day for short, day in _WEEKDAYS.items()}  # "Tue, Dec 3", "Sat 10–2" before a date
# Ranks and offices only before a name ("Capt. Hook"; "Gen. Z" is a generation), references only before a number
_TITLES = {"Fr.": "Father", "Capt.": "Captain", "Sgt.": "Sergeant", "Lt.": "Lieutenant", "Col.": "Colonel", "Gen.": "General",
           "Gov.": "Governor", "Sen.": "Senator", "Rep.": "Representative", "Rev.": "Reverend", "Pres.": "President",
           "Det.": "Detective", "Insp.": "Inspector", "Supt.": "Superintendent", "Cpl.": "Corporal", "Pvt.": "Private",
           "Maj.": "Major", "Adm.": "Admiral", "Cmdr.": "Commander", "Ofc.": "Officer", "Const.": "Constable",
           "Hon.": "Honorable", "Amb.": "Ambassador", "Atty.": "Attorney", "Msgr.": "Monsignor", "Br.": "Brother",
           "Mx.": "Mix", "Ft.": "Fort"}  # Ft. Worth; "6 ft." is feet
_REFERENCES = {"p.": "page", "Eq.": "Equation", "eq.": "equation", "Eqs.": "Equations", "eqs.": "equations",
               "Sec.": "Section", "Secs.": "Sections", "Ch.": "Chapter", "ch.": "chapter",
               "Art.": "Article", "Para.": "Paragraph", "para.": "paragraph", "Pt.": "Part", "c.": "circa",
               "ca.": "circa", "Est.": "Established", "est.": "estimated", "Op.": "Opus",
               "Lat.": "Latitude", "lat.": "latitude", "Long.": "Longitude", "Lon.": "Longitude",  # "12 in. long. 5"
               "cl.": "clause", "Cl.": "Clause", "Sch.": "Schedule", "Reg.": "Regulation", "Sc.": "Scene",
               "Tbl.": "Table", "Nos.": "Numbers", "nos.": "numbers", "no.": "number", "Ph.": "Phone",
               "Min.": "Minimum", "Max.": "Maximum", "max.": "maximum"}  # a product page's "Max. 5 per customer"
# A word spelled alike as noun and verb, at the start of a sentence or clause and before its object, or after
# "please", is an instruction: the verb. espeak-ng reads it as the noun there ("Close the app" with the s of "a close
# call", "Use the menu" with the s of "a use", "Record your screen" as the noun, "Export the video" stressed on "ex"),
# though it says the verb after "then" or "you can"; and "excuse" always as the noun ("Excuse me" with an s). The
# verbs' sounds are espeak-ng's own (after "to"), and excuse's z.
_VERBS = {  # the verb: its IPA, and how the readings respell it
    "close": ("klˈoʊz", "klohz"), "use": ("jˈuːz", "yooz"), "record": ("ɹᵻkˈɔːɹd", "ri-KORD"), "live": ("lˈɪv", "liv"),
    "export": ("ɛkspˈɔːɹt", "ek-SPORT"), "increase": ("ɪŋkɹˈiːs", "in-KREES"), "insert": ("ɪnsˈɜːt", "in-SURT"),
    "update": ("ʌpdˈeɪt", "up-DAYT"), "upgrade": ("ʌpɡɹˈeɪd", "up-GRAYD"), "extract": ("ɛkstɹˈækt", "ek-STRAKT"),
    "conduct": ("kəndˈʌkt", "kun-DUKT"), "transfer": ("tɹænsfˈɜː", "trans-FUR"), "permit": ("pɚmˈɪt", "per-MIT"),
    "contrast": ("kəntɹˈæst", "kun-TRAST"), "survey": ("sɚvˈeɪ", "ser-VAY"), "protest": ("pɹətˈɛst", "pruh-TEST"),
    "transport": ("tɹænspˈɔːɹt", "trans-PORT"), "suspect": ("səspˈɛkt", "suh-SPEKT"),
    "present": ("pɹɪzˈɛnt", "pri-ZENT"), "project": ("pɹədʒˈɛkt", "pruh-JEKT"), "wind": ("wˈaɪnd", "wynd"),
    "tear": ("tˈɛɹ", "tair"), "contract": ("kəntɹˈækt", "kun-TRAKT"), "separate": ("sˈɛpɚɹˌeɪt", "SEP-uh-rayt"),
    "estimate": ("ˈɛstᵻmˌeɪt", "ES-ti-mayt"), "alternate": ("ˈɔːltɚnˌeɪt", "AWL-ter-nayt"),
    "moderate": ("mˈɑːdɚɹˌeɪt", "MOD-uh-rayt"), "attribute": ("ɐtɹˈɪbjuːt", "uh-TRIB-yoot"),
    "console": ("kənsˈoʊl", "kun-SOHL"), "desert": ("dᵻzˈɜːt", "di-ZURT"), "escort": ("ɛskˈɔːɹt", "es-KORT"),
    "exploit": ("ɛksplˈɔɪt", "ek-SPLOYT"), "implant": ("ɪmplˈænt", "im-PLANT"), "compound": ("kɑːmpˈaʊnd", "kom-POUND"),
    "perfect": ("pɚfˈɛkt", "per-FEKT"), "recall": ("ɹᵻkˈɔːl", "ri-KAWL"), "bow": ("bˈaʊ", "bou"),
    "abuse": ("ɐbjˈuːz", "uh-BYOOZ"), "house": ("hˈaʊz", "houz"), "excuse": ("ɛkskjˈuːz", "ek-SKYOOZ"),
    "approximate": ("ɐpɹˈɑːksɪmˌeɪt", "uh-PROK-si-mayt"), "coordinate": ("koʊˈɔːɹdɪnˌeɪt", "koh-OR-di-nayt"),
    "contest": ("kəntˈɛst", "kun-TEST"), "abstract": ("ɐbstɹˈækt", "ab-STRAKT"),
    "polish": ("pˈɑːlɪʃ", "POL-ish"),  # "Polish the silver" (espeak-ng: the nationality)
    # espeak-ng says these as the noun even after "to" (its verb sound is ours, stressed as dictionaries give it)
    "decrease": ("dᵻkɹˈiːs", "di-KREES"), "segment": ("sɛɡmˈɛnt", "seg-MENT"), "subject": ("səbdʒˈɛkt", "sub-JEKT"),
    "insult": ("ɪnsˈʌlt", "in-SULT"),
}
_IMPERATIVE_VERBS = {word: ipa for word, (ipa, _) in _VERBS.items()}
# Verbs espeak-ng says only as their noun, after a word that makes them the verb ("to decrease costs", "we segment")
_ONLY_NOUN_VERBS = ("decrease", "segment", "subject", "insult")


def _not_after(*words: str) -> str:
    """Lookbehinds refusing a match just after any of these words, lowercase or capitalised (each fixed-width)."""
    return "".join(f"(?<!\\b{form} )" for word in words for form in dict.fromkeys((word, word.capitalize())))


_NOT_AN_INJURY = _not_after("a", "the", "his", "her", "my", "your", "their", "its", "deep", "open", "stab", "gunshot",
                            "bullet", "head", "fresh", "old", "exit", "entry", "flesh")
_NOT_A_DURATION = "(?<!-)" + _not_after("last", "one", "per", "each", "final", "that", "this", "a single")
_NOT_A_BIRD = _not_after("a", "the", "white", "peace", "turtle", "mourning")
# "I read it yesterday", "I just read your email", "Maya read it and smiled": the past, ɹˈɛd (espeak-ng: the present,
# as in "I read every day"); a capitalised word before it is a name, not an instruction's "Then read…"
_READ = re.compile(r"\b(?:I|[Hh]e|[Ss]he|[Ww]e|[Tt]hey|[Yy]ou|(?!(?:Then|Now|Please|Also|First|Next|And|But|So|Just|"
                   r"Always|Never|Or|To|Can|Could|Will|Would|Should|Must|Did|Do|Does|Let|Go|Quickly|Carefully|Slowly|"
                   r"Simply|Finally|Once|Again)\b)[A-Z][a-z]+)\s+(?:(just|already|once|finally|recently)\s+)?"
                   r"(?P<w>read)\b")
_READ_PAST = "ɹˈɛd"
_READ_INFINITIVE = re.compile(r"(?i:\b(?:did|do|does|will|would|can|could|should|shall|must|might|may|to)|n['’]t)\s+$")
# "She read the letter and smiled": a verb in the past after "and" ("and need", "and shed" are not)
_AND_THEN_PAST = re.compile(r"\band\s+(?:then\s+)?[a-z]{2,}[a-df-z]ed\b")
_PAST_TIME = re.compile(r"\b(?i:yesterday|last (?:night|week|weekend|month|year|time)|ago|earlier today|"
                        r"this morning)\b")
# "She opened the envelope. She read the letter.": a story told in the past, in the sentences around the word;
# a habit in its own sentence keeps the present ("I read every night.")
_NARRATED_PAST = re.compile(r"\b(?:I|[Hh]e|[Ss]he|[Ww]e|[Tt]hey|(?!(?:The|A|An|This|That|These|Those|Its|Our|Your|"
                            r"Their|My|His|Her|Some|Any|No|Each|Every|All|Most)\b)[A-Z][a-z]+)\s+"
                            r"(?:(?:just|then|finally|slowly)\s+)?"
                            r"(?:was|were|had|did|said|went|came|saw|sat|took|felt|knew|thought|told|found|got|stood|"
                            r"began|[a-z]{2,}[a-df-z]ed)\b")
_HABIT = re.compile(r"\b(?i:every|each|always|usually|often|sometimes|never)\b")
# Words espeak-ng says as their other sense, where the words around them tell which is meant: each
# pattern's group `w` (or `x`) is the word, said as the IPA beside it (espeak-ng's own sound for that sense; None: the
# verb's, from _IMPERATIVE_VERBS), and shown in the readings as the last item
_HETERONYMS = [
    # "Are we live?", "We are live in five", "We're going live": on air (espeak-ng: "live" as in "we live")
    (re.compile(r"\b(?i:(?:are|were)(?:\s+(?:we|you|they))?|is|was|be|been|being|going)"
                r"(?i:\s+(?:still|not|already|now|currently))?\s+(?P<w>live)\b"),
     "lˈaɪv", "live (lyve)"),
    # "Update your resume": the résumé (espeak-ng: "resume" the video)
    (re.compile(r"\b(?i:your|my|his|her|their|our|a|an|updated|new)\s+(?P<w>resume)\b"),
     "ɹˈɛzuːmˌeɪ", "resume (REZ-oo-may)"),
    (re.compile(r"\b(?i:your|my|his|her|their|our|updated|new)\s+(?P<w>resumes)\b"),
     "ɹˈɛzuːmˌeɪz", "resumes (REZ-oo-mayz)"),
    # "She dove into the pool": dived (espeak-ng: the bird; "a white dove in the garden" stays one)
    (re.compile(_NOT_A_BIRD + r"\b(?P<w>dove)(?=\s+(?:into|in|off|under|for|after|down|through|over|onto|headfirst|"
                r"deep|back|right|straight|behind|out)\b)"), "dˈoʊv", "dove (dohv)"),
    # "Delete the duplicate file": a copy, the noun (espeak-ng: the verb, "-ate" as in "late")
    (re.compile(r"\b(?i:a|the|any|each|every|no|this|that|these|those|your|my)\s+(?P<w>duplicate)\b"),
     "dˈuːplᵻkət", "duplicate (DOO-pli-kit)"),
    (re.compile(r"\b(?i:the|any|no|these|those|your|my)\s+(?P<w>duplicates)\b"),
     "dˈuːplᵻkəts", "duplicates (DOO-pli-kits)"),
    # "Buy fresh produce", "the produce aisle": the food (espeak-ng: the verb)
    (re.compile(r"\b(?:fresh|local|organic|seasonal|frozen|farm)\s+(?P<w>produce)\b|\b(?P<x>produce)(?= (?:aisle|"
                r"section|department|stand|box|prices?)\b)", re.I), "pɹˈɑːduːs", "produce (PROH-doos)"),
    # "We wound up in Paris", "The road wound through the hills": wind's past (espeak-ng: the injury, as in "the wound")
    (re.compile(_NOT_AN_INJURY + r"\b(?P<w>wound)(?=\s+(?:up|down|through|around|round|along|back|its|their|his|her|"
                r"the|my|our)\b)|\b(?:I|[Hh]e|[Ss]he|[Ww]e|[Tt]hey)\s+(?P<x>wound)\b"), "wˈaʊnd", "wound (wownd)"),
    # "lead poisoning", "made of lead": the metal (espeak-ng: the verb, as in "lead the team")
    (re.compile(r"\b(?P<w>lead)(?=[\s-](?:poisoning|pipes?|paint|mines?|acid|pencils?|shot|weights?|crystal|oxide|"
                r"free|exposure|contamination|based)\b)|\b(?:made of|full of|heavy as|pounds of|ounces of|grams of|"
                r"traces of|exposure to|free of)\s+(?P<x>lead)\b", re.I), "lˈɛd", "lead (led)"),
    # "sea bass", "bass fishing", "caught a bass": the fish (espeak-ng: the low voice)
    (re.compile(r"\b(?:sea|largemouth|smallmouth|striped|spotted|caught an?|catch an?|landed an?|hooked an?)\s+"
                r"(?P<w>bass)\b|\b(?P<x>bass)(?=\s+(?:fishing|fisherman|fishermen|fillets?|boat)\b)", re.I),
                 "bˈæs", "bass (bas)"),
    # "I'm content", "She felt content": the adjective (espeak-ng: the noun, as in "our content")
    (re.compile(r"\b(?i:I'm|I am|we're|they're|you're|he's|she's|feel|feels|felt|seem|seems|seemed|perfectly|quite|"
                r"more than|remain|remained|stay|stayed|looked|so)\s+(?P<w>content)\b"
                r"(?!\s+(?:creators?|strategy|marketing|team|calendar|types?|is|are|of)\b)"),
                 "kəntˈɛnt", "content (kun-TENT)"),
    # "He moped around all day": mope's past (espeak-ng: the motorbike, "MOH-ped"); "a moped" stays one
    (re.compile(r"\b(?:I|[Hh]e|[Ss]he|[Ww]e|[Tt]hey|[Yy]ou|just|and|then)\s+(?P<w>moped)\b|(?<!\b[Aa] )(?<!\b[Tt]he )"
                r"(?<!\b[Mm]y )(?<!\b[Hh]is )(?<!\b[Hh]er )\b(?P<x>moped)(?=\s+(?:around|about|all day|over)\b)"),
     "mˈoʊpt", "moped (mohpt)"),
    # "Refuse collection is on Monday", "the refuse bins": rubbish (espeak-ng: the verb, "I refuse")
    (re.compile(r"(?:^|(?<=[.!?:;] )|\b(?i:the|of|our|your|their|household|council|weekly|city|local|domestic)\s+)"
                r"(?P<w>[Rr]efuse)(?=\s+(?:collections?|collectors?|bins?|sacks?|bags?|trucks?|lorry|lorries|"
                r"disposal|workers?|tips?|dumps?|sites?|centres?|centers?)\b)"), "ɹˈɛfjuːs", "refuse (REF-yoos)"),
    # "a minute amount", "minute details": tiny (espeak-ng: the sixtieth of an hour); "a last-minute change" stays
    (re.compile(_NOT_A_DURATION + r"\b(?P<w>[Mm]inute)(?=\s+(?:amounts?|quantities|quantity|traces?|details?|"
                r"differences?|particles?|fractions?|variations?)\b)"), "maɪnˈuːt", "minute (my-NOOT)"),
    # "We had a blazing row": a quarrel (espeak-ng: a line of seats, as in "the front row")
    (re.compile(r"\b(?i:had|have|has|having)\s+(?:a|another)\s+(?:(?:blazing|huge|big|furious|bitter|terrible|"
                r"massive|flaming|almighty|heated|little)\s+)?(?P<w>row)\b(?!\s+(?:of|boat)\b)|"
                r"\b(?i:blazing|furious|bitter|almighty|heated|flaming)\s+(?P<x>row)\b"), "ɹˈaʊ", "row (rou)"),
    # "Excuse me", said whole: the verb (espeak-ng: the noun, with an s), "me" unstressed where a comma follows it
    (re.compile(r"\b(?P<w>[Ee]xcuse\s+me)\b"), "ɛkskjˈuːz miː", "excuse me (ek-SKYOOZ mee)"),
    (re.compile(r"\b(?P<w>[Ee]xcuse\s+us)\b"), "ɛkskjˈuːz ʌs", "excuse us (ek-SKYOOZ us)"),
    # "an associate", "a strong advocate", "each delegate": the person, "-ət" (espeak-ng: the verb's "-ate")
    *((re.compile(r"\b(?i:an?|the|each|every|our|your|his|her|their|my|this|that|these|those|senior|junior|sales|"
                  r"research|strong|vocal|patient|consumer|union|party|conference)\s+(?P<w>" + word + r")\b"
                  + (r"|\b(?P<x>[Aa]ssociate)(?=\s+(?i:professor|director|degree|producer|editor|dean|partner|"
                     r"member)\b)" if word == "associate" else "")), ipa, f"{word} ({respelled})")
      for word, ipa, respelled in (("associate", "ɐsˈoʊsiət", "uh-SOH-see-it"),
                                   ("associates", "ɐsˈoʊsiəts", "uh-SOH-see-its"),
                                   ("advocate", "ˈædvəkət", "AD-vuh-kit"), ("advocates", "ˈædvəkəts", "AD-vuh-kits"),
                                   ("delegate", "dˈɛlɪɡət", "DEL-i-git"), ("delegates", "dˈɛlɪɡəts", "DEL-i-gits"))),
    # "the weekly digest": the summary, stressed first (espeak-ng: the verb, "di-JEST")
    (re.compile(r"\b(?i:a|the|this|that|our|your|my|weekly|daily|monthly|news|email|morning|evening)\s+"
                r"(?P<w>digest)\b(?!\s+(?:the|your|it|this|that|them|all)\b)"), "dˈaɪdʒɛst", "digest (DY-jest)"),
    # "a big upset", "the upset of the year": the surprise result, stressed first ("an upset stomach" stays)
    (re.compile(r"\b(?i:a|the|big|huge|major|stunning|shock|massive|surprise)\s+(?P<w>upset)"
                r"(?=\s*(?:[.,;:!?]|$)|\s+(?:of|in|for|win|victory|over)\b)"), "ˈʌpsɛt", "upset (UP-set)"),
    # "Our plans conflict", "if the dates conflict": the verb (espeak-ng: the noun, "CON-flict")
    (re.compile(r"\b(?i:to|will|would|may|might|could|can|should|must|don't|doesn't|didn't|they|we|often|"
                r"dates|plans|schedules|meetings|times|events|rules|results|views|interests|policies|goals)\s+"
                r"(?P<w>conflict)\b"), "kənflˈɪkt", "conflict (kun-FLIKT)"),
    # "a factory reset", "the reset button": the noun, stressed first (espeak-ng: the verb, "re-SET")
    (re.compile(r"\b(?i:the|a|an|this|that|each|every|your|my|factory|hard|soft|password|full|quick|network)\s+"
                r"(?P<w>reset)\b(?!\s+(?:the|your|it|my|them|all|this|that|a|an)\b)"), "ɹˈiːsɛt", "reset (REE-set)"),
    # "the import failed", "data imports": the noun, stressed first (espeak-ng: the verb, "im-PORT")
    (re.compile(r"\b(?i:the|an|this|that|each|every|your|my|data|bulk|file|CSV|failed|cheap|foreign)\s+"
                r"(?P<w>import)\b(?!\s+(?:the|your|it|my|them|all|this|that|a|an)\b)"), "ˈɪmpɔːɹt", "import (IM-port)"),
    (re.compile(r"\b(?i:the|these|those|your|my|data|bulk|cheap|foreign)\s+(?P<w>imports)\b"
                r"(?!\s+(?:the|your|it|my|them|all|this|that|a|an)\b)"), "ˈɪmpɔːɹts", "imports (IM-ports)"),
    # "to decrease costs", "we segment users": the verb (espeak-ng says the noun even after "to")
    (re.compile(r"(?:\b(?i:to|will|would|can|could|should|must|may|might|shall|we|they|you|please)|\bI|n['’]t)\s+"
                r"(?P<w>" + "|".join(_ONLY_NOUN_VERBS) + r")\b"), None, None),
    # "Take a bow", "bow down": the bend (espeak-ng: the knot, as in "a bow tie")
    (re.compile(r"\b(?i:take|took|takes|taking|taken)\s+(?:a|another|their|his|her|a\s+final)\s+(?P<w>bow)\b|"
                + _not_after("a", "the") + r"\b(?P<x>[Bb]ow)(?=\s+(?:down|before|low|deeply|politely|slightly|"
                r"to\s+(?:the|his|her|their|him|them|me|us|you|each|no))\b)"), "bˈaʊ", "bow (bou)"),
    # "Click the close button": the button that closes, "klohz" (espeak-ng: "a close call"'s "klohs")
    (re.compile(r"\b(?P<w>[Cc]lose)(?=\s+(?:button|icon|box|control|link)s?\b)"), "klˈoʊz", "close (klohz)"),
    # "I used to live there", "She's used to it": the habit and the accustomed, "yoost" (espeak-ng: "yoozd", as in "a
    # used car"); "the tool I used to fix it" and "the key was used to open it" stay
    (re.compile(r"(?:(?:^|(?<=[.!?;:,—\"“(])\s*|\b(?i:and|but|so|because|when|where|what|as|if|than|that|who)\s)"
                r"(?i:I|we|you|he|she|they|it|there|people|things)|\b(?i:who|that))\s+(?:(?i:always|never|just|once|"
                r"really|often|sometimes|all)\s+)?(?P<w>used)(?=\s+to\s+[a-z]|\s+to\s*(?:[.!?,…]|$))|"
                r"(?:\b(?i:am|is|are|was|were|be|been|being|get|gets|got|getting|gotten|become|became)|['’](?:m|re|s))"
                r"\s+(?:(?i:so|not|quite|very|pretty|really|fairly|completely|totally|well|never|always|just|already|"
                r"still|now)\s+)?(?P<x>used)(?=\s+to\s+(?:it|this|that|the|an?|my|his|her|their|our|your|him|them|me|"
                r"us|[a-z]+ing)\b)"), "jˈuːst", "used (yoost)"),
]
# How the readings shown to a user write a sense given as IPA: the word, respelled as dictionaries do for readers
_RESPELLED = ({ipa: f"{word} ({respelled})" for word, (ipa, respelled) in _VERBS.items()}
              | {ipa: shown for _, ipa, shown in _HETERONYMS if ipa} | {_READ_PAST: "read (red)"})
# How the readings shown to a user write the IPA given to espeak (the letters, the word) rather than as IPA
SHOWN_AS = ({LETTER_A: "A", SPELLED_IV: "I-V"} | dict(_SAID.values())
            | {ipa: shown for _, ipa, shown in _INTERJECTIONS}
            | {f"[[{ipa}]]": shown for ipa, shown in _RESPELLED.items()})
_VERB = "(" + "|".join(_IMPERATIVE_VERBS) + ")"
_OBJECT = (r"(?:the|a|an|your|my|our|their|his|her|its|this|that|these|those|it|them|him|me|us|all|every|each|some|"
           r"any|both|one|two|three|four|five|six|seven|eight|nine|ten)\b")
_WHEN = (r"(?:this|that|next|last|each|every|one|all)\s+(?:week|weekend|month|year|morning|afternoon|evening|night|"
         r"time|quarter|season|day|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")  # "Update this week:"
_CLAUSE_START = r"(?:^|(?<=^[\"“(])|(?<=[.!?;:,—]\s)|(?<=[.!?;:,—]\s[\"“(]))"
# "Use strong passwords", "Use caution": "use" opening a clause is the verb before any word but the noun's own
# ("Use of force", "Use cases", "Use is…")
_USE_BEFORE = r"(?=\s+(?!(?:of|cases?|is|was|has|are|were)\b)[a-z])"
_IMPERATIVE = re.compile(_CLAUSE_START + _VERB + r"(?=\s+" + _OBJECT + r")(?!\s+" + _WHEN + r")|(?<=\b[Pp]lease\s)"
                         + _VERB + r"\b|" + _CLAUSE_START + "(use)" + _USE_BEFORE, re.I)

# A number said in words where it starts a line or a sentence takes the capital the readings shown to a user expect
# ("1. Open the app." as "One. Open the app."; "Ugh. 0:45 left." as "Ugh. Forty-five seconds left."); a title left as
# written ("column Col. 2") or a letter ("Mozart's K. 525") ends no sentence
_SENTENCE_NUMBER = re.compile(r"(^|(?:(?<!\b[A-Z])|(?<=[AP]-M))"  # "Doors 8pm. 21+ only": A-M and P-M end one
                              + "".join(f"(?<!\\b{re.escape(title[:-1])})" for title in _TITLES)
                              + r"[.!?][\"”’')]?\s+)(zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
                              r"twelve|\w+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b")
_SPAN_WORDS = r"(?:hours?|hrs?|minutes?|mins?|days?|weeks?|months?|years?|yrs?)\b"  # "Sat 5 hours": sat, no Saturday
# "Max. 5 per customer", but "Tell Max. 5 people came": after a word in lower case, Max. and Min. are names
_NAMED_AFTER_A_WORD = {short: rf"(?<![a-z] ){re.escape(short)}" for short in ("Max.", "Min.")}
_ABBREVIATION = re.compile(r"(?<!\w)(?:(?:" + "|".join(map(re.escape, _TITLES)) + r")(?=\s+[A-Z][a-z'’])|(?:"
                           + "|".join(_NAMED_AFTER_A_WORD.get(short, re.escape(short)) for short in _REFERENCES)
                           + r")(?=\s*\(?\d)|(?:" + "|".join(map(re.escape, _WEEKDAYS)) + r")(?=,?\s*(?:\d|(?:"
                           + "|".join(month[:3] for month in _MONTHS) + r")[a-z]*\b))(?!\s+\d+\s+" + _SPAN_WORDS + r")|"
                           r"(?:No\.|" + "|".join(map(re.escape, _MONTH_ABBREVIATIONS)) + r")(?=\s*\d)|"
                           + "|".join(re.escape(short) for short in sorted(_ABBREVIATIONS, key=len, reverse=True)
                                      if short != "No.") + ")")


def _read(match: re.Match) -> str:
    """'read' in the past where an adverb, the time in its sentence or a story told in the past around it says so
    ("Did you read it yesterday?" stays)."""
    text, start, end = match.string, match.start(), match.end()
    if _READ_INFINITIVE.search(text, max(start - 12, 0), start):
        return match.group(0)
    window_start, window_end = max(start - 200, 0), min(end + 200, len(text))
    sentence_start = max(window_start, *(text.rfind(stop, window_start, start) + 1 for stop in ".!?"))
    ends = [index for index in (text.find(stop, end, window_end) for stop in ".!?") if index >= 0]
    sentence_end = min(ends, default=window_end)
    past = (_PAST_TIME.search(text, sentence_start, sentence_end) or _AND_THEN_PAST.search(text, end, sentence_end)
            or (not _HABIT.search(text, sentence_start, sentence_end)
                and _NARRATED_PAST.search(text, window_start, window_end)))
    return _said_as(match, _READ_PAST) if match.group(1) or past else match.group(0)


def _state_after_place(match: re.Match) -> str:
    """The place and its state's name; a code that is a word too only before a ZIP code or after its cities."""
    place, code, zip_code = match.groups()
    cities = _CITIES_OF_WORD_STATES.get(code)
    if cities and not zip_code and not match.string.endswith(cities, 0, match.end(1)):
        return match.group(0)
    return f"{place}, {_STATE_NAMES[code]}"


def _said_as(match: re.Match, ipa: str) -> str:
    """The match with its word (group `w`, else `x`) given as IPA."""
    word = "w" if match.group("w") else "x"
    start, end = match.start(word) - match.start(), match.end(word) - match.start()
    return f"{match.group(0)[:start]}[[{ipa}]]{match.group(0)[end:]}"


# Every take's freshness check reads its line this way, for every line on each studio rerun: room for a long book's
# lines (a cache smaller than a project misses on every line, as 8,192 did for 10,000)
@lru_cache(maxsize=1 << 16)
def normalize_text(text: str) -> str:
    """Rewrite written forms into the words a narrator would say; break tags and [[IPA]] stay as they are."""
    parts = MARKUP.split(text)
    return " ".join(p.strip() if i % 2 else _normalize_words(p) for i, p in enumerate(parts) if p.strip())


def _normalize_words(text: str) -> str:
    if "&" in text:
        text = _HTML_ENTITY.sub(lambda m: html.unescape(m.group(0)), text)
    if not text.isascii():
        text = text.translate(_INVISIBLE_AND_HYPHENS).translate(_FULL_WIDTH)
        text = _BAR_OR_HAT.sub(lambda m: f"{m.group(1)} {'bar' if m.group(2) == chr(0x304) else 'hat'}",
                               unicodedata.normalize("NFD", text))
        text = _FOREIGN_LETTER.sub(_base_letter, unicodedata.normalize("NFC", text))
        text = _DIAERESIS_WORD.sub(_diaeresis_word, text)
    text = " ".join(text.split())  # a newline, a tab, a no-break or thin space: every rule below reads " "
    text = _AMPERSAND_NAMED.sub("ampersand", text)
    text = _MOLAR.sub(_molar, text)
    text = _ROOT.sub(lambda m: f"the {'square' if m.group(1) == '√' else 'cube'} root of {m.group(2)}"
                               + (f" over {m.group(3)}" if m.group(3) else ""), text)
    text = _F_MA.sub("M A", text)
    text = _BIG_O.sub(r"O of \1", text)
    text = _SINE.sub("sine", text)
    text = _CURRENCY_PAIR.sub(_currency_pair, text)
    text = _DOSE_SCHEDULE.sub(lambda m: m.group(1) + _DOSE_TIMES[m.group(2)], text)
    text = _DECIMAL_COMMA.sub(r"\1.\2", text)
    text = _CODE_DIGITS.sub(lambda m: m.group(1) + _digits(m.group(2)), text)
    text = _SPACED_THOUSANDS.sub(lambda m: re.sub(r"\s", "", m.group(0)), text)
    text = _BETWEEN_DASH.sub(r"\1 and ", text)
    text = _CUPS.sub(_cups, text)
    text = _KEY_AFTER_VERB.sub(lambda m: m.group(1) + _PHONE_KEYS[m.group(2)], text)
    text = _KEY_IN_LIST.sub(lambda m: _PHONE_KEYS[m.group(0)], text)
    text = _STAR_CODE.sub("star ", text)
    text = _COMMAND_DOTS.sub(r"\1", text)
    text = _DOT_NET.sub(lambda m: " dot net" if m.start() and m.string[m.start() - 1] != " " else "dot net", text)
    text = _IP_VERSION.sub(lambda m: f"[[ˌaɪˌpiːvˈiː]] {'four' if m.group(1) == '4' else 'six'}", text)
    text = _FLAT_KEY.sub(lambda m: f"{m.group(1) or m.group(2)} flat", text)
    text = _PRE_RELEASE.sub(lambda m: (" R C" if m.group(1) in ("rc", "RC") else f" {m.group(1)}")
                            + (" " if m.string[m.end():m.end() + 1].isdigit() else ""), text)
    text = _MEDIUM.sub(r"\1edium", text)
    text = _EQUATION_NUMBER.sub(r"\1\2 \3", text)
    text = _PACE.sub(_pace, text)
    text = _TIME_CHOICE.sub(r"\1 or ", text)
    # before the emoji pass, which takes the space before punctuation and would glue ":/" to the word before it
    text = _REPEATED_COMMA.sub(",", _EMOTICON.sub("", text))  # "Thanks, :), as…": one comma left
    if not text.isascii():
        text = _curly_marks(text)
        text = _BEARING.sub(_bearing, text)
        text = _VULGAR_FRACTION.sub(_vulgar_fraction, text)
        text = _ACCIDENTAL.sub(lambda m: f"{m.group(1)} {'flat' if m.group(2) == '♭' else 'sharp'}", text)
        text = _ARROW_KEYS.sub(_arrow_keys, text)
        text = _TREND_ARROW.sub(lambda m: " up " if m.group(1) in "↑⬆▲" else " down ", text)
        text = _KEY_SYMBOL.sub(lambda m: f" {_KEY_SYMBOLS[m.group(0)]} ", text)
        text = _pictographs(text)
    text = _COPYRIGHT_SIGN.sub("", text)
    text = re.sub(r"§§\s*", "sections ", text)  # §§ 3-5 (espeak: "section section")
    # 42 U.S.C. § 1983: espeak's "section", written so (after the initialism's dot, § ended the sentence)
    text = re.sub(r"(?<=[A-Z]\.\s)§\s*", "section ", text)
    text = _IDENTIFIER.sub(_identifier, text)
    text = _CODE.sub(_code, text)
    text = _LONG_DIGITS.sub(lambda m: _digits(m.group(0)), text)
    text = _EMAIL.sub(lambda m: f"{_address_said(m.group(1))} at {_domain_said(m.group(2))}", text)
    text = _LOCAL_ADDRESS.sub(_local_address, text)
    text = _URL.sub(_url, text)
    text = _REDDIT_NAME.sub(_reddit_name, text)
    text = _POSTER_TAG.sub(_poster_tag, text)
    text = _SARCASM_MARK.sub("", text)
    text = _HANDLE.sub(lambda m: "at " + _address_said(m.group(1)), text)
    text = _SEASON_EPISODE.sub(_season_episode, text)
    text = _EPISODE.sub(lambda m: f"{m.group(1)}pisode{m.group(2)} ", text)
    text = _HEX_COLOUR.sub(lambda m: "hex " + " ".join(_number(c) if c.isdigit() else c.upper() for c in m.group(1)),
                           text)
    text = _REFERENCE_NUMBER.sub(lambda m: " " * (m.start() > 0 and m.string[m.start() - 1].isalpha()) + "number "
                                 + _digits(m.group(1)), text)
    text = _CHANNEL.sub("", text)
    text = _HASHTAG.sub("hashtag ", text)
    text = _HASH_CODE.sub("number ", text)
    text = _SHARP.sub(r"\1 sharp", text)
    text = _HEART_VERB.sub(r"\1 love ", text)
    text = _TYPED_HEART.sub("", text)
    text = _BETWEEN_SHORT.sub(lambda m: m.group(1) + "etween", text)
    text = _WITH.sub(lambda m: m.group(1) + ("ithout" if m.group(2) else "ith"), text)
    text = _ISH.sub(" ish", text)
    text = _F_NUMBER.sub(r"\1 ", text)
    text = _PRONOUN_SET.sub(lambda m: m.group(0).replace("/", ", "), text)
    text = _CHOICES.sub(lambda m: _listed(m.group(0).split("/")), text)
    text = _EITHER_WORD.sub(lambda m: f"{m.group(1)} or{'' if m.group(2).lower() == 'or' else ' ' + m.group(2)}", text)
    text = _YEARS_OLD.sub(lambda m: f"{m.group(1)}-year-old" + {"F": " female", "M": " male", None: ""}[m.group(2)],
                          text)
    text = _EVERY_HOURS.sub(lambda m: "every hour" if m.group(1) == "1" else
                            f"every {re.sub('[-–]', ' to ', m.group(1))} hours", text)
    text = _POINT_OH.sub(r"\1\2 point oh", text)
    text = _LITRES.sub(_litres, text)
    text = _CALIBRE.sub(lambda m: _in_pairs(m.group(1)), text)
    text = _OPTION_FLAG.sub(_option_flag, text)
    text = _SUBSECTIONS.sub(_subsections, text)
    text = _REGULATION.sub(lambda m: f"{m.group(0)[:m.start(1) - m.start()].replace('Sec.', 'Section')}"
                                     f"{_in_pairs(m.group(1))} point {_in_pairs(m.group(2))}", text)
    text = _SECTION_NUMBER.sub(lambda m: m.group(1).replace("Sec.", "Section") + " to ".join(
        _in_pairs(number) for number in m.group(2, 3) if number), text)
    text = _VERSION_COMPARED.sub(_version_minor, text)
    text = _VERSION_MINOR.sub(_version_minor, text)
    text = _SCRIPTURE.sub(_scripture, text)
    text = _COMPASS.sub(_compass, text)
    text = _QUADRANT.sub(lambda m: f"{m.group(1)} {_COMPASS_NAMES[m.group(2)].capitalize()}"
                                   f"{_COMPASS_NAMES[m.group(3)]}", text)
    text = _ROAD_DIRECTION.sub(lambda m: f"{m.group(1)} {_COMPASS_NAMES[m.group(2)].capitalize()}", text)
    text = _HIGHWAY.sub("Highway", text)
    text = _ROOMS.sub(_rooms, text)
    text = _MPGE.sub("M P G E", text)
    text = _CITY_HIGHWAY.sub("city, ", text)
    text = _HURRICANE_CATEGORY.sub(r"Category \1", text)
    text = _SHORT_AFTER_TIME_WORD.sub(lambda m: m.group(1) + _FULL_NAME[m.group(2) or m.group(3)]
                                      + ("." if _ENDS_HERE.match(m.string, m.end()) else ""), text)
    text = _HTTP_STATUS.sub(lambda m: _in_pairs(m.group(1) or m.group(2)), text)
    text = _NUMBER_OF.sub(r"\1umber", text)
    text = _COLON_LABEL.sub(lambda m: _LABEL_WORDS[m.group(1).lower()], text)
    text = _REGARDING.sub(lambda m: m.group(1) + "egarding", text)
    text = _REVISION.sub(lambda m: m.group(1) + "evision", text)
    text = _TEDX.sub("Ted X ", text)
    text = _VERSUS.sub("versus", text)
    text = _GOAL_MINUTE.sub(_goal_minute, text)
    text = _MATCH_MINUTE.sub(lambda m: f"{num2words(int(m.group(1)), to='ordinal')} minute", text)
    text = _STOPPAGE_TIME.sub(r"\1 plus \2", text)
    text = _ORDINAL_MINUTE.sub(r"\1 minute", text)
    text = _POINT_SPREAD.sub("-point", text)
    text = _OVEN.sub(_oven, text)
    text = _INITIALISM_NUMBER.sub(r"\1 ", text)
    text = _MINUS_TERM.sub(" minus ", text)
    text = _GROUP_POWER.sub(_group_power, text)
    text = _CELL_RANGE.sub(r"\1 to \3", text)
    text = _FORMULA.sub(lambda m: f"equals {m.group(1)}" + (f" of {m.group(2)}" if m.group(2).strip() else ""), text)
    for sign, said in _COMPARISONS:  # A1>5: "A1 more than five"
        text = sign.sub(lambda m, said=said: (" " if m.string[m.start() - 1:m.start()].isalnum() and not
                                              (m.group(0) + said)[0].isspace() else "") + said, text)
    text = _LIFE_EVENT.sub(lambda m: _LIFE_EVENTS[m.group(1)] + " ", text)
    text = _SPELLED_OUT.sub(_spelled_out, text)
    text = _SETS_OF.sub(r"\1 of ", text)
    text = _SIZES.sub(_sizes, text)
    text = _PERIOD_YEAR.sub(r"\1 \2", text)
    text = _HALF_YEAR.sub(r"\1 H \2", text)
    text = _TIME_SIGNATURE.sub(lambda m: " ".join(filter(None, m.groups())), text)
    text = _PAGE_ROMAN.sub(_page_roman, text)  # before the chords: "pp. ii–iv, then" are pages
    text = _PAGE_LETTER.sub(_page_roman, text)
    text = _CHORD_NUMERALS.sub(lambda m: " ".join(_number(str(_ROMAN[numeral.upper()]))
                                                  for numeral in re.split(r"\s?[–—-]\s?", m.group(1))), text)
    text = _POSTSCRIPT.sub(lambda m: "PPS," if m.group(1) else "PS,", text)
    text = _INITIALS.sub(_initials, text)
    text = _ABBREVIATION.sub(_abbreviation, text)
    text = _DAY_PART.sub(r"\1-M", text)
    text = _KEYS.sub(_keys, text)
    text = _HYPHEN_KEYS.sub(lambda m: " ".join(_KEY_NAMES.get(key.lower(), key.upper())
                                               for key in m.group(0).split("-")), text)
    text = _MENU_PATH.sub(_arrow, text)
    text = _TYPED_ION.sub(lambda m: f"{m.group(1)}{_TO_SUPERSCRIPT.get(m.group(2), '')}{_TO_SUPERSCRIPT[m.group(3)]}",
                          text)
    text = _IONS_SLASH.sub(" ", text)
    text = _LAB_LETTERS.sub(lambda m: _spelled_out_letters(m.group(1).upper()) + " two" * bool(m.group(2)), text)
    text = _CHEMICAL_FORMULA.sub(_chemical_formula, text)
    text = _BUTTON_ARROW.sub("", text)
    text = _SPACED_SLASH.sub(", ", text)
    text = _REQUESTS.sub(lambda m: "1 request" if m.group(1) else "requests", text)
    text = _COUNT_PER_SECOND.sub(r"\1 per second", text)
    text = _PER.sub(_per, text)
    text = _COUNT_PER_UNIT.sub(lambda m: f" per {_UNITS[m.group(1).lower().replace('u', 'µ')][0]}", text)
    text = _PER_THING.sub(_per_thing, text)
    text = _MIXED_NUMBER.sub(_mixed_number, text)
    text = _MODEL_PLURAL.sub(_model_plural, text)
    text = _NAMED_NUMBER.sub(lambda m: f"{m.group(1)} {_in_pairs(m.group(2))}", text)
    text = _AIRLINER.sub(lambda m: f"{_in_pairs(m.group(1))} {(m.group(2) or '').replace('ER', ' E-R')}".rstrip()
                         + m.group(3)
                         if m.group(1) else f"A {_in_pairs(m.group(4))} {_in_pairs(m.group(5)) if m.group(5) else ''}",
                         text)
    text = _TEAM_NUMBER.sub(lambda m: re.sub(r"e?$", "ers", _number(m.group(1)), count=1), text)
    text = _BATTING.sub(lambda m: (m.group(1) or "") + _in_pairs(m.group(2) or m.group(4)), text)
    text = _ALTERNATIVES.sub(_alternatives, text)
    text = _VERSION.sub(lambda m: m.group(1) or "version ", text)
    text = _RESOLUTION.sub(lambda m: f"{_in_pairs(m.group(1))} p" + (f" {_number(m.group(2))}" if m.group(2) else ""),
                           text)
    text = _RETIREMENT_PLAN.sub(
        lambda m: f"{_in_pairs(m.group(1)).replace('oh-', 'oh ')} {m.group(m.lastindex).upper()}", text)
    text = _PHONE_EXTENSION.sub(r" extension \1", text)
    text = _TOLL_FREE.sub(lambda m: f"one {_in_pairs(m.group(1))}, ", text)
    text = _PHONE.sub(lambda m: _digits(m.group(0)), text)
    text = _DIALLED.sub(lambda m: m.group(1) + _digits(m.group(2)), text)
    text = _DOUBLE_OH_SEVEN.sub("double oh seven", text)
    text = _ROUTE_LETTER.sub(lambda m: f"{m.group(1)}{_number(m.group(2))} {m.group(3)}", text)
    text = _TRIPLE_E.sub("I triple E", text)
    text = _WIFI_STANDARD.sub(_network_standard, text)
    text = _STANDARD_EDITION.sub(r"\1, \2", text)
    text = _UK_POSTCODE.sub(_uk_postcode, text)
    text = _EMERGENCY_NUMBER.sub(lambda m: _digits(m.group(1) or m.group(2)), text)
    text = _ALL_YEAR.sub("twenty-four seven, three sixty-five", text)
    text = _STATE_AFTER_PLACE.sub(_state_after_place, text)
    text = _ZIP_CODE.sub(lambda m: f"{m.group(1)} {_digits(' '.join(filter(None, m.group(2, 3))))}", text)
    text = _DOTTED_DATE.sub(_dotted_date, text)
    text = _DOTTED_NUMBERS.sub(_dotted, text)
    text = _ROMAN_AFTER.sub(lambda m: f"{m.group(1)} {_number(str(_ROMAN[m.group(2)]))}", text)
    text = _ROMAN_WORD.sub(_roman, text)
    text = _OLD_CLIPPED.sub(r"\1le", text)
    for drawn_out, short in _HESITATIONS:
        text = drawn_out.sub(short, text)
    text = _STRETCHED.sub(_unstretched, text)
    text = _APPROX.sub(lambda m: f"{m.group(1) or 'a'}pproximately", text)
    text = _ABOUT.sub(_about, text)
    text = _SING_SONG.sub("", text)
    text = _UNDERSCORED.sub(r"*\1*", text)
    text = _BLANK.sub("blank", text)
    text = _SPACED_BAR.sub(", ", text)
    text = _MONEY_CENTS_RANGE.sub(r"\1\2 to \1", text)
    text = _MONEY_RANGE.sub(_money_range, text)
    for sign, said in _AMOUNT_PLUS:
        text = sign.sub(said, text)
    text = _TIMES_MONEY.sub(" times ", text)
    text = _PRICE_PER_MEASURE.sub(_price_per_measure, text)
    text = _PRICE_PER.sub(lambda m: f"{m.group(1)} per {'month' if m.group(2) in ('pm', 'p/m') else 'annum'}", text)
    text = _NEGATIVE_MONEY.sub("minus ", text)
    text = _ACCOUNTING_LOSS.sub(r"minus \1\2", text)
    text = _MONEY.sub(_money, text)
    text = _MONEY_AFTER.sub(_money_after, text)
    text = _PER_PERSON.sub(lambda m: m.group(1) + " per person" + (" per night" if m.group(2) == "pppn" else ""), text)
    text = _CENTS_LETTER.sub(r"\1\2\3¢", text)
    text = _CENTS_SIGN.sub(_cents, text)
    text = _PERCENT_RANGE.sub(lambda m: f"{m.group(1)} to ", text)
    text = _PERCENTAGE_POINTS.sub(lambda m: f"{m.group(1)} percentage point{'' if m.group(1) == '1' else 's'}", text)
    text = _PERCENT.sub(lambda m: f"{_number(m.group(1))} percent", text)
    text = _ISO_DATETIME.sub(_iso_datetime, text)
    text = _ORDINAL_RANGE.sub(_ordinal_range, text)
    text = _ISO_DATE.sub(lambda m: _date(int(m.group(2)), int(m.group(3)), m.group(1)) if 1 <= int(m.group(2)) <= 12 else m.group(0), text)
    text = _SLASH_DATE.sub(_slash_date, text)
    text = _SLASH_LIST.sub(lambda m: ", ".join(_number(number) for number in m.groups() if number), text)
    text = _MONTH_YEAR.sub(lambda m: _MONTH_OF[m.group(1)] + " ", text)
    text = _MONTH_DATE.sub(lambda m: _date(_MONTHS.index(_MONTH_OF[m.group(1)]) + 1, int(m.group(2)), m.group(3)), text)
    text = _DAY_MONTH.sub(_day_month, text)
    text = _DOTTED_ERA.sub(_dotted_era, text)
    text = _ERA_RANGE.sub(lambda m: f"{_in_pairs(m.group(1) or m.group(2))} to ", text)
    text = _ERA_YEAR.sub(lambda m: _in_pairs(m.group(3)) if m.group(3) else  # CE spelled (espeak: "see")
                         f"{_in_pairs(m.group(1))} {'C-E' if m.group(2) == 'CE' else m.group(2)}", text)
    text = _WORLD_WAR.sub(lambda m: "World War " + ("One" if m.group(1) in ("I", "1") else "Two"), text)
    text = _CENTURY.sub(lambda m: " century" + ("." if _ENDS_HERE.match(m.string, m.end()) else ""), text)
    text = _E_NOTATION.sub(lambda m: f"{m.group(1)} times ten to the power of {'minus ' * (m.group(2) == '-')}"
                                     f"{m.group(3)}", text)
    text = _TIMES_TEN.sub(" times ", text)
    text = _PER_POWER.sub(_per_power, text)
    text = _SUPERSCRIPT_POWER.sub(lambda m: " to the power of " + m.group(1).translate(_SUPERSCRIPT_DIGITS), text)
    text = _FEET_INCHES.sub(lambda m: f"{_number(m.group(1) or m.group(3))} foot {_number(m.group(2) or m.group(4))}",
                            text)
    text = _inch_marks(text)
    text = _FEET.sub(_feet, text)
    for sign, said in _PLUS_SIGNS:
        text = sign.sub(said, text)
    text = _MILITARY_TIME.sub(_military_time, text)
    text = _ZERO_HOUR.sub(_zero_hour, text)
    text = _CLOCK_SECONDS.sub(_clock_seconds, text)
    text = _DURATION.sub(_duration, text)
    text = _LAP_TIME.sub(lambda m: _said_duration("0", *m.groups()), text)
    text = _MINUTES_SECONDS.sub(lambda m: _said_duration("0", *m.groups()), text)
    text = _UNIT_BOTH_ENDS.sub(r"\1\3", text)
    text = _EPISODE_CODE.sub(lambda m: f"{'S' if m.group(0)[0].isupper() else 's'}eason {_number(m.group(1))}, "
                                       f"episode {_number(m.group(2)[1])}", text)
    text = _LABEL_HYPHEN.sub(lambda m: f"{m.group(1)} {_number(m.group(2))}-{_number(m.group(3))}", text)
    text = _LABEL_LETTER.sub(lambda m: f"{m.group(1)} {m.group(2)} point {_number(m.group(3))}", text)
    text = _CLOCKED.sub(lambda m: f"{m.group(1)} h {m.group(2)} min" if m.group(1) else f"{m.group(3)} min {m.group(4)} s",
                        text)
    text = _MONTH_RANGE.sub(lambda m: f"{_MONTH_NAMES[m.group(1)]} to {_MONTH_NAMES[m.group(2)]}", text)
    text = _PERIOD_RANGE.sub(r"\1 to \2", text)
    text = _FISCAL_YEAR.sub("F Y ", text)
    text = _WEEKDAYS_RANGE.sub("Monday to Friday", text)
    text = _DAY_RANGE.sub(lambda m: f"{_DAY_NAMES[m.group(1)]} to {_DAY_NAMES[m.group(2)]}", text)
    text = _DAYS_LISTED.sub(lambda m: re.sub(_DAY, lambda day: _DAY_NAMES[day.group(0)], m.group(0)), text)
    text = _BARE_WEEKDAY.sub(lambda m: _DAY_NAMES[m.group(1)], text)
    text = _DAY_LIST.sub(_day_list, text)
    text = _RATIO_CUED.sub(lambda m: " to ".join(_number(n) for n in m.groups() if n), text)
    text = _TIME_RANGE.sub(lambda m: f"{m.group(1)} to ", text)
    text = _NOON_RANGE.sub(lambda m: f"{m.group(1) or ''} to ", text)
    text = _TIME.sub(_time, text)
    text = _RATIO.sub(lambda m: f"{_number(m.group(1))} to {_number(m.group(2))}", text)
    text = _DECIMAL_RATIO.sub(lambda m: f"{_number(m.group(1))} to {_number(m.group(2))}", text)
    text = _ORDINAL.sub(lambda m: num2words(int(m.group(1)), to="ordinal"), text)
    text = _ROUND_PLURAL.sub(lambda m: _ROUND_PLURALS[m.group(1).replace(",", "")], text)
    text = _AGE_GROUP.sub(lambda m: (m.group(1) or m.group(3)) + _plural(_number(m.group(2) or m.group(4))), text)
    text = _DECADE.sub(_decade, text)
    text = _HASH_NUMBER.sub("number ", text)
    text = _TIMES_RANGE.sub(r"\1", text)
    text = _RANGE.sub(_range, text)
    text = _NEGATIVE.sub("minus ", text)
    text = _CASHTAG.sub(lambda m: _spelled_out_letters(m.group(1)), text)
    text = _ESTIMATED.sub(lambda m: "estimated" + ("" if re.match(r"\s*[,;:)]", _after(m)) else "."), text)
    text = _PROCESSOR.sub(_processor, text)
    text = _HOUSE_NUMBER.sub(lambda m: _in_pairs(m.group(1)) + (f" {m.group(2)}" if m.group(2) else ""), text)
    text = _DOTLESS_STREET.sub(lambda m: f"{m.group(1)} {_DOTLESS_STREETS[m.group(2)]}", text)
    text = _DOTLESS_MOUNT.sub("Mount", text)
    text = _THREE_M.sub(lambda m: (m.group(1) or "") + "three M", text)
    text = _SCALED.sub(lambda m: f"{_number(m.group(1))} {'million' if m.group(2) == 'M' else 'billion'}", text)
    text = _LOWER_MILLIONS.sub(lambda m: f"{_number(m.group(1))} million", text)
    text = _THOUSANDS.sub(_thousands, text)
    text = _SIZE_BY.sub(r"\1 by ", text)
    text = _THREE_SIDES.sub(lambda m: " times ".join(m.groups()) if "×" in m.group(0) and _SUM_ENDS.match(
        m.string, m.end()) else " by ".join(m.groups()), text)
    text = _TIMES.sub(_times, text)
    text = _BARE_DEGREES.sub(_bare_degrees, text)
    text = _AT_RATE.sub(" at ", text)
    text = _GAME_WORDS.sub(lambda m: f"{m.group(1)}evel " if m.group(1) else "damage", text)
    text = _LETTER_SLASH.sub(lambda m: m.group(1) + ("-" if len(m.group(0)) == 3 else " ") + m.group(2), text)  # P-E
    text = _LETTER_NUMBER.sub(_letter_number, text)
    text = _OF_MANY.sub(lambda m: f"{m.group(1)} {_number(m.group(2))} of {_number(m.group(3))}", text)
    text = _FRACTION_OF_UNIT.sub(_fraction_of_unit, text)
    text = _BLOOD_PRESSURE.sub(_blood_pressure, text)
    text = _SLASHED.sub(_slashed, text)
    text = _DATE_DASH.sub(" to ", text)
    text = _MEGAPIXELS.sub(_megapixels, text)
    text = _UNIT_PAIR.sub(_unit_pair, text)
    text = _UNIT.sub(_unit, text)
    text = _SCALED_UNIT.sub(_scaled_unit, text)
    text = _MC_SQUARED.sub("M C", text)
    text = _SQUARED.sub(lambda m: " squared" if m.group(0) in ("²", "^2") else " cubed", text)
    text = _GREEK_GLUED.sub(" ", text)
    text = _COURSE_NUMBER.sub(lambda m: f"{m.group(1)}{_number(m.group(2))} oh {_number(m.group(3))}", text)
    text = _MODEL_NUMBER.sub(_model_number, text)
    text = _NAMED_IN_PAIRS.sub(lambda m: m.group(1).rstrip() + " " + _in_pairs(m.group(2)), text)
    text = _CUED_YEAR.sub(lambda m: (m.group(1) or m.group(3)) + _in_pairs(m.group(2) or m.group(4)), text)
    text = _YEAR.sub(lambda m: _in_pairs(m.group(1)), text)
    text = _NUMBER_RE.sub(lambda m: _number(m.group(0)), text)
    text = _options(text)
    text = _WORD_DASH.sub(" — ", text)
    text = _ASIDE.sub(_aside, text)
    text = _LETTER_AND.sub(r"\1 and \2", text)
    text = _PAIRED_WORDS.sub(lambda m: m.group(0) if _PATH_WORDS.intersection(m.group(0).lower().split("/"))
                             else m.group(0).replace("/", "-"), text)
    for written, said, _ in _INTERJECTIONS:
        text = written.sub(said, text)
    text = _STUTTER.sub(_stutter, text)
    text = _LAUGH.sub(lambda m: "-".join([m.group(1), *re.findall("..", m.group(2))]), text)
    text = _SHOUTING.sub(_shouted, text)
    text = _CAPITALS_RUN.sub(_emphatic, text)
    text = _LETTER_A.sub(LETTER_A, text)
    text = _INITIALISM.sub(lambda m: _SAID[m.group(0)][0], text)
    text = _SPELLED.sub(lambda m: _spelled_out_letters(m.group(0)), text)
    text = _DIGIT_LETTERS.sub(lambda m: f"{_number(m.group(1))} {_spelled_out_letters(m.group(2))}", text)
    text = _INITIALISM_S.sub(_initialism_s, text)
    text = _SENTENCE_NUMBER.sub(lambda m: m.group(1) + m.group(2).capitalize(), text)
    text = _READ.sub(_read, text)
    for heteronym, ipa, _ in _HETERONYMS:
        text = heteronym.sub(lambda m, ipa=ipa: _said_as(m, ipa or _IMPERATIVE_VERBS[m.group("w").lower()]), text)
    text = _IMPERATIVE.sub(lambda m: f"[[{_IMPERATIVE_VERBS[m.group(m.lastindex).lower()]}]]", text)
    return re.sub(r"\s+", " ", text).strip()
