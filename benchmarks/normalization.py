"""Are numbers, abbreviations and symbols read the way a listener expects?

Run: python -m benchmarks.normalization   (prints figures; nothing is asserted)

Each written line is rendered by one Kokoro voice twice: as written, leaving espeak-ng's own rules to read it (the
baseline), and after engine/normalize.py. Listen-by-proxy: Whisper base transcribes each render, and the transcript
must match what a listener expects to hear, written as a pattern that accepts Whisper's ways of writing it
("555-0123" or "five five five…"; "Chapter 4" or "Chapter four"; "480v" for "480 volts", "to" for "two") and refuses
misreadings ("number", "slash"). Figures move a little between hosts: Kokoro's and Whisper's int8 arithmetic differs
with the CPU's instruction set.
"""

from __future__ import annotations

import re

from engine.asr import transcribe
from engine.g2p import phonemize
from engine.normalize import normalize_text
from engine.tts_engines import run_engine
from engine.voices import get_voice

# (written, what a listener expects, as a pattern over Whisper's lowercased transcript)
CASES = (
    ("Say No. 5 twice.", r"say (number|no\.?) (5|five) twice"),
    ("Call 555-0123 today.", r"call 555 ?-? ?0123 today"),
    ("It takes 3-5 days.", r"takes (3|three)( to |-| -)(5|five) days"),
    ("It was -5 degrees.", r"minus (5|five) degrees"),
    ("She lives on Oak St.", r"oak street"),
    ("Meet on St. Patrick's Day.", r"(saint|st\.) patrick"),
    ("Rated 4.5/5 stars.", r"(4\.5|4 \.5|four point five) out of (5|five)"),
    ("We offer 24/7 support.", r"(24 ?-? ?7|twenty-four seven) support"),
    ("Add 1/2 cup of milk.", r"(half a|one half|1 half|1/2|a half) cup"),
    ("Chapter IV begins.", r"chapter (4|four|iv) begins"),
    ("Install version 2.0.1 first.", r"version 2 ?\.0 ?\.1|two point (zero|oh|o) point one"),
    ("It weighs 5 kg.", r"(5|five) (kg|kilograms)"),
    ("The limit is 70 mph.", r"(70|seventy) (mph|miles per hour)"),
    ("Press Ctrl+S to save.", r"control[ -]?(plus|\+) ?s"),
    ("Sales rose 12% in Q3.", r"(12|twelve) ?(%|percent) in (q3|q ?three|q 3)"),
    ("It costs $5.50.", r"(\$5\.50|\$5 \.50|five dollars and fifty cents|\$5 and 50 cents)"),
    ("Born on July 4, 1976.", r"july (4|4th|fourth),? 1976"),
    ("The meeting is at 10:30.", r"10 ?[:.]? ?30"),
    ("Visit example.com today.", r"example ?\.? ?(com|dot com)"),
    ("The 4K screen is sharp.", r"4 ?k screen"),
    ("Music of the 90s.", r"(90s|'90s|nineties)"),
    ("The sale ends on 12/25.", r"(december|dec\.?) (25|25th|twenty-fifth)"),
    ("He scored 2 in the final.", r"(2|two) in the final"),
    ("Your PIN is 0042.", r"(0042|0 ?0 ?4 ?2|zero zero four two|double zero four two)"),
    ("Read pp. 12-14.", r"pages? (12|twelve)( to |-| -)(14|fourteen)"),
    ("A 1/2 in. gap.", r"(half an inch|1/2 inch|half inch)"),
    ("Use a 16:9 screen.", r"(16|sixteen) ?(to|by|:|x|×|-) ?(9|nine) screen"),
    ("It costs $19.99/month.", r"(\$19 ?\.99|19 dollars and 99 cents|nineteen dollars).{0,5}(per|a) month"),
    ("Over 1.5M users.", r"(1 ?\.5|one point five) ?million"),
    ("Plan A failed.", r"plan a failed"),
    ("Join the Q&A session.", r"q ?(and|&) ?a session"),
    ("We go live at 10 a.m. ET.", r"(10|ten) ?(a ?\.? ?m\.?|am) eastern"),
    ("It has 2.5k stars.", r"(2 ?\.5|two point five) ?(thousand|k| ?,000) stars"),
    ("Tickets cost €12,50.", r"(12|twelve) euros? (and )?(50|fifty)|€12[.,]50"),
    ("Open Mon–Fri.", r"monday (to|through|-) friday"),
    ("Classes Mon/Wed/Fri.", r"monday,? wednesday,? (and )?friday"),
    ("A 6.1\" 120Hz display.", r"(6 ?\.1|six point one) ?[ -]inch"),
    ("A 48MP sensor.", r"(48|forty-eight)[ -]megapixel"),
    ("My husband (33M) said no.", r"(33|thirty-three),? -?ma(le|il),? said no"),
    ("I posted on r/AmItheAsshole today.", r"posted on r -?slash,? am i the"),
    ("Enter =SUM(A1:A10) in B2.", r"equals sum of a ?(1|one) (to|through) a ?(10|ten)"),
    ("Storage: 512GB/1TB.", r"(512|five hundred and twelve) ?(gb|gigabytes?),? or (1|one) ?(tb|terabyte)"),
    ("Pursuant to Sec. 12(a), pay.", r"section (12|twelve) ?-? ?a\b"),
    ("She ran it in 2:03:45.", r"(2|two) hours?,? (3|three) minutes"),
    ("It is due 3 March 2025.", r"(3rd|third|3) (of )?march,? 2025"),
    ("Our ETA is noon.", r"(eta|e\.? ?t\.? ?a\.?) is noon"),
    ("It has 7B parameters.", r"(7|seven) billion parameters"),
    ("Ask the WHO first.", r"the (who|w\.? ?h\.? ?o\.?) first"),
    ("Henry VIII had six wives.", r"henry (the )?(viii|8th|eighth) had"),
    ("Start an IV line now.", r"(an|a) (iv|i\.? ?v\.?|i-v) line"),
    ("Type II diabetes is common.", r"type (2|two|ii) diabetes"),
    ("Scan both IDs now.", r"both (ids|i\.? ?d\.?'?s|i-ds) now"),
    ("Revenue grew 12% YoY.", r"year[ -]over[ -]year|y\.? ?o\.? ?y"),
    ("Inflate the tyres to 32 psi.", r"(32|thirty-two) (psi|pounds per square inch)"),
    ("Her BP is 120/80 mmHg.", r"(120|one hundred and twenty),? over (80|eighty)"),
    ("Give 5 mg/kg twice a day.", r"(milligrams?|mg) per (kilogram|kg)|mg/kg"),
    ("Use a 1:10 dilution.", r"(1|one)( to |:| ?- ?)(10|ten) dilution"),
    ("Sign up by 12 Jan 2025.", r"(12th|twelfth|12) (of )?january"),
    ("Sooo good!", r"^\W*so+ good"),
    ("Whaaat? No way.", r"^\W*wha+t\W+no way"),
    ("Even 1000s of fans came.", r"thousands of fans"),
    ("Temps hit 40C today.", r"(40|forty) ?(degrees|°) ?(c|celsius)?"),
    ("The 2020/21 season starts.", r"(2020|twenty twenty)( to | ?- ?| |/)(21|twenty-one|2021) season"),
    ("Rates rose 25 bps today.", r"(25|twenty-five) basis points"),
    ("The P/E ratio is high.", r"the p ?[-/]? ?e ratio"),
    ('Buy a 27" monitor now.', r"(27|twenty-seven) ?-?inch monitor"),
    ("Welcome back to Ep. 42 of the show.", r"episode (42|forty-two) of the show"),
    ("S02E05 drops Friday.", r"season (2|two),? episode (5|five)"),
    ("Our guest, feat. DJ Shadow, plays tonight.", r"featuring dj shadow"),
    ("He spoke w/ the board.", r"spoke with the board"),
    ("It takes <10 minutes.", r"less than (10|ten) minutes"),
    ("She has 3 yrs of experience.", r"(3|three) years of experience"),
    ("The room is 20 m² in size.", r"(20|twenty) square met(er|re)s"),
    ("Follow #MondayMotivation today.", r"hashtag monday ?motivation"),
    ("Play it in F# minor.", r"f[ -]?sharp minor"),
    ("He lives on Oak Dr. now.", r"oak drive"),
    ("Check the TCP/IP settings.", r"tcp[ /]?ip settings"),
    ("I love you <3", r"love you\W*$"),
    ("The Lakers won 112-108 in overtime.", r"won (112|one hundred and twelve) to (108|one hundred and eight)"),
    ("WWII ended in 1945.", r"world war (ii|2|two) ended"),
    ("Troy fell c. 1200 BC.", r"circa (1200|twelve hundred) bc"),
    ("The QB threw for 350 yds.", r"(350|three hundred and fifty) yards"),
    ("The speed of light is 3×10⁸ m/s.", r"(3|three) ?(x|times) ?(10|ten) to the (power of )?(8|eight)"),
    ("He is 6 ft 2 in tall.", r"(6|six) ?('|foot|feet|ft) ?(2|two)\"? tall"),
    ("The car does 40 mpg.", r"(40|forty) miles per gallon"),
    ("Great job 😀 See you soon.", r"great job\.? see you soon"),
    ("Rated ★★★★☆ by users.", r"(4|four) out (of )?(5|five) stars"),
    ("Click the ✓ button.", r"click the button"),
    ("I ❤️ NY.", r"i love (ny|new york|n\.? ?y\.?)"),
    ("Bluetooth® is on.", r"blue ?tooth is on"),
    ("Step ① is easy.", r"step (1|one) is easy"),
    ("It is 20℃ outside.", r"(20|twenty) degrees celsius"),
    ("Prices incl. VAT today.", r"including vat today"),
    ("Ask mgmt first.", r"ask management first"),
    ("I left b/c it rained.", r"left because it rained"),
    ("She has a Ph.D. in physics.", r"(a )?(phd|ph\.d\.|p\.? ?h\.? ?d\.?) in physics"),
    ("The log read 0400 hrs, all quiet.", r"((oh|o|zero) ?(four|4) hundred|0 ?400) hours"),
    ("Fr. Brown said mass.", r"father brown"),
    ("The budget is $1.5MM this year.", r"(\$1 ?\.5|one point five) million"),
    ("It is an 8-hr shift.", r"(8|eight) ?-?hour shift"),
    ("Panels are rated 480V/60Hz.", r"(480|four hundred and eighty) ?(volts|v),? (60|sixty) ?(hertz|hz)"),
    ("Keep the pH 6.5–8.5 daily.", r"(6 ?\.5|six point five) to (8 ?\.5|eight point five)"),
    ("Classes are on Tues. and Thurs. only.", r"on tuesdays? and thursdays? only"),
    ("Tickets cost $5-10 each.", r"(\$?5 ?(to|-) ?\$10|five to ten dollars)"),
    ("The flight takes 5h 30m.", r"(5|five) hours,? (30|thirty) minutes"),
    ("Shot at 1/250s today.", r"(one|1),? ?-?(two hundred and fiftieth|250th|200 and 50th) of a second"),
    ("The lens is f/2.8 wide.", r"f,? ?(2 ?\.8|two point eight)"),
    ("Tickets cost €1.50-2.00 each.", r"(1 euro and 50 cents|one euro and fifty cents) to (2|two) euros"),
    ("He/she must sign.", r"he or she must sign"),
    ("The RTX 4090 is fast.", r"rtx (4090|forty ninety) is fast"),
    ("idk, maybe tmrw.", r"i don'?t know,? maybe tomorrow"),
    ("It lasts 18+ hrs.", r"(18|eighteen) plus hours"),
    ("Mix 1 1/2 cups of sugar.", r"(one|1) and (a|one) half cups"),
    ('The box is 12" x 8".', r"(12|twelve) inch(es)? by (8|eight) inch"),
    ("She grew up in St. Louis, MO.", r"louis,? missouri"),
    ("Mail it to Springfield, IL 62704.",
     r"(il|illinois),? ?(-?6[ -]*2[ -]*7[ -]*0?[ -]*4|six,? two,? seven,? (zero|oh),? four)"),
    ("We are open 9–5 daily.", r"open,? (9|nine) ?(to|-) ?(5|five) daily"),
    ("It has a $2.1T market cap.", r"(\$?2 ?\.1|two point one) trillion"),
    ("The patient is a 45 y/o male.", r"(45|forty-five) ?-?year ?-?old male"),
    ("Follow @mike.makes today.", r"at mi(ke|c),? ?(dot|\.) ?makes"),
    ("Pick 128/256/512GB storage.",
     r"(128|one hundred and twenty-eight),? (256|two hundred and fifty-six),? or (512|five hundred and twelve) gigabytes?"),
    ("Press ⌘C to copy.", r"(command|cmd)\W*c\b"),
    ("Type git commit -m now.", r"commit,? dash (m|em|them)\b"),
    ("Run ls -la here.", r"dash l ?a\b"),
    ("Charming 3BR/2BA home.", r"(3|three) ?-?bed,? (2|two|to) bath"),
    ("Order #123456 ships today.", r"number,? (one|1)\W+(two|2)\W+(three|3)"),
    ("It falls at 9.8 m/s².", r"met(er|re)s per second squared"),
    ("Solve 2x + 3 = 7 for x.", r"(2|two) ?x plus (3|three) equals (7|seven)"),
    ("Let f(x) = x² - 4x + 4.", r"x ?(squared|2|²) minus (4|four) ?x"),
    ("As 1 Cor. 13:4-7 says, love is patient.", r"(1|first|one) corinthians"),
    ("Pay with a $5 bill.", r"(a|\$)\W*(5|five)[ -]?(dollar)? bill"),
    ("Flip the on/off switch.", r"flip the on ?-? ?off switch"),
    ("A love/hate relationship.", r"love ?-? ?hate relationship"),
    ("Rice at $3/pack.", r"(\$3|three dollars) (per|a) pack"),
    ("Two VIPs and three NGOs.", r"(two|2) vips and (three|3) ngos"),
    ("The FBI's report came.", r"fbi'?s report"),
    ("W-w-what was that?", r"^(?!.*double).*what was that"),
    ("Since 1066, they ruled.", r"since (1066|ten sixty-six)"),
    ("Only $0.99 today.", r"only (99 ?(cents|¢)|ninety-nine cents|\$0?\.99) today"),
    ("The VIP left the ICU.", r"the vip left the icu"),
    ("The i7-13700K is fast.", r"i7 ?-? ?13 ?-?700 ?k is fast|i7 thirteen seven hundred k"),
    ("He lives at 221B Baker Street.", r"(221 ?b|two twenty-one b) baker street"),
    ("She ran it in 45:12.", r"(45[:.]12|forty-five minutes and twelve seconds|45 minutes and 12 seconds)"),
    ("Ctrl-Z undoes it.", r"(control|ctrl)[ -]?z undoes"),
    ("Drink 2L of water a day.", r"drink (2|two) (liters|litres) of water"),
    ("Police found a .38 revolver.", r"found a (\.?38|thirty-eight) revolver"),
    ("Only 0:02 left!", r"(2|two) seconds left"),
    ("He had 12 reb and 9 ast.", r"rebounds and (9|nine) assists"),
    ("See SOP-104 rev. B today.", r"revision b"),
    ("Net income was -$2.4M.", r"(minus|negative) (\$2 ?\.4|2 ?\.4|two point four) ?(million|m)"),
    ("Super Bowl LVIII was close.", r"super bowl (58|fifty-eight|lviii) was"),
    ("A 100Ω resistor.", r"(100|one hundred|a hundred)[ -]*(ohm|ω)"),
    ("Music of the ’90s.", r"(90s|'90s|nineties)"),  # Word's curly apostrophe (was "ninety seconds")
    ("I used to live there.", r"i used to live there"),  # "yoost": Whisper hears both as "used", so a regression check
)


def heard(text: str) -> str:
    voice = get_voice("af_heart")
    audio = run_engine(voice, phonemize(text, voice.espeak_voice), 1.0)
    return transcribe(audio, voice.sample_rate).text.lower()


def main() -> None:
    print(f"{'read by':30s} {'heard as expected':>18s}   ({len(CASES)} written forms, Whisper base)")
    for name, prepare in (("espeak-ng alone (baseline)", lambda t: t), ("engine/normalize.py", normalize_text)):
        misses = [(written, transcript) for written, expected in CASES
                  if not re.search(expected, transcript := heard(prepare(written)))]
        print(f"{name:30s} {1 - len(misses) / len(CASES):18.0%}")
        for written, transcript in misses:
            print(f"    {written!r} heard as {transcript!r}")


if __name__ == "__main__":
    main()
