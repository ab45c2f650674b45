"""Text normalization, table-driven: what a narrator would say for each written form."""

from __future__ import annotations

import re

import pytest

from engine.g2p import phonemize
from engine.normalize import _IMPERATIVE_VERBS, normalize_text

CASES = [
    ("I have 3 cats.", "I have three cats."),
    ("It costs 1,250 euros.", "It costs one thousand two hundred and fifty euros."),
    ("Pi is 3.14.", "Pi is three point one four."),
    ("She finished 1st and he was 22nd.", "She finished first and he was twenty-second."),
    ("Tickets are $5.50 each.", "Tickets are five dollars and fifty cents each."),
    ("That's $1 only.", "That's one dollar only."),
    ("Only €1,50, or 12,50 € with tax.", "Only one euro and fifty cents, or twelve euros and fifty cents with tax."),
    ("¥500, ₹2,00,000 and 50¢.", "Five hundred yen, two hundred thousand rupees and fifty cents."),
    ("CA$20 is 100 USD? No, CHF 20.", "Twenty Canadian dollars is one hundred US dollars? No, twenty Swiss francs."),
    ("A €1.500,00 fee; a$5 note.", "A one thousand five hundred euros fee; a five dollars note."),
    ("We raised £3m.", "We raised three million pounds."),
    ("Prices rose 12% this year.", "Prices rose twelve percent this year."),
    ("Growth was 2.5%.", "Growth was two point five percent."),
    ("The call is at 10:30.", "The call is at ten thirty."),
    ("Meet me at 7pm.", "Meet me at seven P-M."),
    ("Wake up at 6:05 am.", "Wake up at six oh five A-M."),
    ("Lunch at 12:00.", "Lunch at twelve o'clock."),
    ("Released on 2024-03-15.", "Released on March fifteenth, twenty twenty-four."),
    ("Born on July 4, 1976.", "Born on July fourth, nineteen seventy-six."),
    ("In 1999 it changed.", "In nineteen ninety-nine it changed."),
    ("It weighs 5 kg.", "It weighs five kilograms."),
    ("Drive 1 km north.", "Drive one kilometre north."),
    ("It was 20°C outside.", "It was twenty degrees Celsius outside."),
    ("The limit is 70 mph.", "The limit is seventy miles per hour."),
    ("A 16 GB card holds 16 GB.", "A sixteen gigabyte card holds sixteen gigabytes."),
    ("Dr. Smith lives on Baker St. now.", "Doctor Smith lives on Baker Street now."),
    ("The parade on St. Patrick's Day.", "The parade on Saint Patrick's Day."),
    ("She lives on Oak St.", "She lives on Oak Street."),  # the abbreviation's dot also ends the sentence
    ("Bring pens, paper, etc. Then sit.", "Bring pens, paper, et cetera. Then sit."),
    ("Call 555-0123 today.", "Call five five five, zero one two three today."),
    ("Call +1 (800) 555-0199.", "Call plus one, eight zero zero, five five five, zero one nine nine."),
    ("Call 911 now.", "Call nine one one now."),
    ("Install version 2.0.1 first.", "Install version two point zero point one first."),
    ("Ping 10.0.0.1 now.", "Ping ten dot zero dot zero dot one now."),
    ("It takes 3-5 days.", "It takes three to five days."),
    ("From 1999-2001 it grew.", "From nineteen ninety-nine to two thousand and one it grew."),
    ("He won 3-2.", "He won three-two."),  # a score, not a range
    ("It was -5 degrees.", "It was minus five degrees."),
    ("Add 1/2 cup, then 3/4 cup.", "Add one half cup, then three quarters cup."),
    ("Rated 4.5/5 stars.", "Rated four point five out of five stars."),
    ("Step 3/8: save.", "Step three of eight: save."),
    ("We offer 24/7 support.", "We offer twenty-four seven support."),
    ("It ships on 03/04/2025.", "It ships on March fourth, twenty twenty-five."),
    ("Due 3 March 2025, or by the 21st June.", "Due the third of March, twenty twenty-five, or by the twenty-first of June."),
    ("Meet on Mon., Jan. 3rd or Fri. 12 May.", "Meet on Monday, January third or Friday the twelfth of May."),
    ("Only $0.99, or £0.50; a $0.99 app.", "Only ninety-nine cents, or fifty pence; a ninety-nine cent app."),
    ("Since 1066, and in the year 2525; scored 1010 of 1050 in 1000 years.",
     "Since ten sixty-six, and in the year twenty-five twenty-five; scored one thousand and ten of one thousand and "
     "fifty in one thousand years."),
    ("Score: 4/5 (80%)", "Score: four out of five, eighty percent"),  # no comma left hanging at the end
    ("Due the 2nd of Nov. at noon, or by 9 Dec. Then rest.",
     "Due the second of November at noon, or by the ninth of December. Then rest."),  # the dot ends no sentence
    ("Happy 4th of July! Sales end 5 July.", "Happy fourth of July! Sales end the fifth of July."),  # its "of" as written
    ("Open 9am–5pm, Mon–Fri.", "Open nine A-M to five P-M, Monday to Friday."),
    ("Reach lvl 50 for +50% dmg; it runs at 4K/60 or 1080p/120fps.",
     "Reach level fifty for plus fifty percent damage; it runs at four K at sixty or ten eighty p at one hundred and "
     "twenty frames per second."),
    # a spreadsheet lesson's ranges and formulas, and a course's buttons
    ("Enter =SUM(A1:A10) in B2, select C1:C5, then click Next >. Use =TODAY() if B2>5.",
     "Enter equals SUM of [[ˈeɪː]] one to [[ˈeɪː]] ten in B two, select C one to C five, then click Next. "
     "[[jˈuːz]] equals TODAY if B two more than five."),
    ("Click < Back or Continue »", "Click Back or Continue"),
    # a tech review's spec sheet
    ("A 512GB SSD, a 6.1\" 120Hz screen, 4K@60fps from a 48MP sensor; 8/16GB RAM, 512GB/1TB; 1/2 GB.",
     "A five hundred and twelve gigabyte SSD, a six point one inch one hundred and twenty hertz screen, four K at "
     "sixty frames per second from a forty-eight megapixel sensor; eight or sixteen gigabytes [[ɹˈæm]], five "
     "hundred and twelve gigabytes or one terabyte; half a gigabyte."),
    ("Mon/Wed/Fri classes; brunch Sat & Sun. Open Tue/Thu.",
     "Monday, Wednesday and Friday classes; brunch Saturday and Sunday. Open Tuesday and Thursday."),
    ("Sales from Jan.-Mar. beat Q1–Q3 of FY2025.", "Sales from January to March beat Q one to Q three of F Y twenty twenty-five."),
    ("See p. 12, Eq. 4 and Ch. 3, Capt. Hook; Gen. Z.", "See page twelve, Equation four and Chapter three, Captain Hook; Gen. Z."),
    ("Det. Sgt. Ross met Insp. Lestrade, Maj. Tom and Pvt. Ryan.",
     "Detective Sergeant Ross met Inspector Lestrade, Major Tom and Private Ryan."),
    ("Mx. Lee and Const. Ward flew to Ft. Worth; it is 6 ft. Tall.",
     "Mix Lee and Constable Ward flew to Fort Worth; it is six feet. Tall."),
    ("Live at 10:00 a.m. ET, then 11:30pm-1am PT.", "Live at ten A-M Eastern, then eleven thirty P-M to one A-M Pacific."),
    ("I HATE YOU. THIS IS A TEST.", "I hate you. This is a test."),  # shouted words are words, not letters
    # the letter A, which espeak would say as the article "uh"; the article itself is left alone
    ("A is for apple. A and B are letters; a bee is not.",
     "[[ˈeɪː]] is for apple. [[ˈeɪː]] and B are letters; a bee is not."),
    ("A man was here. A is right.", "A man was here. [[ˈeɪː]] is right."),
    ("Plan A failed, so print on A4 in room 12A.", "Plan [[ˈeɪː]] failed, so print on [[ˈeɪː]] four in room twelve [[ˈeɪː]]."),
    ("A dog read A New Hope.", "A dog read A New Hope."),
    # initialisms espeak would say as words: "eta", "the who"; the band and a shouted question are left alone
    ("Our ETA: noon, and the ETAs of the WHO teams.", "Our [[ˌiːtˌiːˈeɪ]]: noon, and the [[ˌiːtˌiːˈeɪz]] of the "
     "[[dˌʌbəljˌuːˌeɪtʃˈoʊ]] teams."),
    ("WHO IS THERE? The Who played.", "Who is there? The Who played."),
    ("WHO guidelines, according to WHO. Guess WHO is back?", "[[dˌʌbəljˌuːˌeɪtʃˈoʊ]] guidelines, according to "
     "[[dˌʌbəljˌuːˌeɪtʃˈoʊ]]. Guess WHO is back?"),
    # plurals whose s espeak drops, acronyms it spells that are said as words, and "yo why"
    ("Scan two IDs, add RAM, enter your PIN; SaaS grew 5% YoY.", "Scan two [[ˌaɪdˈiːz]], add [[ɹˈæm]], enter your "
     "[[pˈɪn]]; [[sˈæs]] grew five percent year over year."),
    ("Ram the gate, Mark AKA the boss.", "Ram the gate, Mark [[ˌeɪkˌeɪˈeɪ]] the boss."),
    # roman numerals, which espeak says as "roman eight": a monarch's ordinal, the medical drip's letters, else a number
    ("Henry VIII's wives; Queen Elizabeth II and John Paul II.", "Henry the eighth's wives; Queen Elizabeth the second "
     "and John Paul the second."),
    ("Charles V, then Elizabeth I. Henry I think so; Malcolm X spoke.", "Charles the fifth, then Elizabeth the first. "
     "Henry I think so; Malcolm X spoke."),
    ("Elizabeth I reigned; Charles I of England fell. Henry I was there.",
     "Elizabeth the first reigned; Charles the first of England fell. Henry I was there."),
    ("Start an IV line. Give IV fluids, then change the IVs.", "Start an [[ˌaɪvˈiː]] line. Give [[ˌaɪvˈiː]] fluids, "
     "then change the [[ˌaɪvˈiːz]]."),
    ("Type II diabetes; a type IV error in Rocky IV and Apollo XI.", "Type two diabetes; a type four error in Rocky four "
     "and Apollo eleven."),
    ("XX chromosomes, Super Bowl XX, Chapter XXIV. Love, XXX", "XX chromosomes, Super Bowl twenty, Chapter twenty-four. "
     "Love, XXX"),
    ("Use the CIV tool, I, Claudius, and the XIV-based VIIth.", "[[jˈuːz]] the CIV tool, I, Claudius, and the XIV-based VIIth."),
    # medicine and engineering: units espeak says as "sigh" or letters, a unit per unit, blood pressure, dilutions
    ("Inflate to 32 psi, 101 kPa; take 500 mcg or 50 µg; torque to 40 N·m.", "Inflate to thirty-two pounds per square "
     "inch, one hundred and one kilopascals; take five hundred micrograms or fifty micrograms; torque to forty newton metres."),
    ("Sodium 140 mEq/L; 1000 IU of vitamin D.", "Sodium one hundred and forty milliequivalents per litre; one thousand "
     "international units of vitamin D."),
    ("Give 5 mg/kg; glucose 5.5 mmol/L, 100 mg/dL; 5 kg/bag.", "Give five milligrams per kilogram; glucose five point "
     "five millimoles per litre, one hundred milligrams per decilitre; five kilograms per bag."),
    ("BP 120/80 mmHg; blood pressure of 140/90; she scored 87/100.", "BP one hundred and twenty over eighty millimetres of "
     "mercury; blood pressure of one hundred and forty over ninety; she scored eighty-seven out of one hundred."),
    ("Use a 1:10 dilution at 1:10, a ratio of 3:2 and 5–10% less.", "[[jˈuːz]] a one to ten dilution at one ten, a ratio of "
     "three to two and five to ten percent less."),
    # both ends with their sign: the dash was read as a minus ("fifty percentminus seventy-five percent")
    ("Set it to 50%-75%, a 5%-10% rise; it fell -5%.",
     "Set it to fifty to seventy-five percent, a five to ten percent rise; it fell minus five percent."),
    ("Sign on 1st Jan. Due 12 Jan 2025 or Jan 12; I met Jan.", "Sign on the first of January. Due the twelfth of "
     "January, twenty twenty-five or January twelfth; I met Jan."),
    ("It costs 3.5p, or 50p.", "It costs 3.5p, or 50p."),
    # a stretched word is the word, stressed; runs that are no word (AAA, XXX) are left to espeak, interjections
    # (Brrr, Shhh) said as the sound (Hmmm espeak says well)
    ("Sooo good! Whaaat? NOOO! Gooood, Helllooo.", "*So* good! *What*? *NO*! *Good*, *Hello*."),
    ("Brrr. Hmmm. Shhh! AAA batteries, XXX.", "[[bˈɹɹ]]. Hmmm. [[ʃˈʃ]]! AAA batteries, XXX."),
    ("Even 1000s came, 100s of them; wait 100s.", "Even thousands came, hundreds of them; wait one hundred seconds."),
    ("Jo, a.k.a. the Fox, took approx 20 mins.", "Jo, also known as the Fox, took approximately twenty minutes."),
    ("Temps hit 40C; bake at 350F; take seat 12C, it is hot.", "Temps hit forty degrees Celsius; bake at three hundred "
     "and fifty degrees Fahrenheit; take seat twelve C, it is hot."),
    # finance and office scripts: basis points, letter pairs, retirement plans, inch marks
    ("Rates rose 25 bps; the P/E ratio; A/B tests; a 401(k); ISO 9001.", "Rates rose twenty-five basis points; the P-E "
     "ratio; A-B tests; a four oh one K; [[ˈaɪsoʊ]] nine thousand and one."),
    # written without brackets too, and in an address (its 401k was "four hundred and one thousand"); money stays
    ("Max out your 401k, then a 403b or 457(b); see example.com/401k. She earns $401k.", "Max out your four oh one K, "
     "then a four oh three B or four fifty-seven B; see example dot com slash four oh one K. She earns four hundred "
     "and one thousand dollars."),
    # a pace is per mile or per hundred metres, and two times or ratios with a slash between are either one (the
    # slash was read as a dash: "six thirty-mi", "six thirty-seven o'clock")
    ("Run at 6:30/mi, then 4:45 / km; swim 1:45/100m.", "Run at six thirty per mile, then four forty-five per "
     "kilometre; swim one forty-five per hundred metres."),
    ("Hold 7:00/mile; add 5 µL.", "Hold seven minutes per mile; add five microlitres."),  # was "seven o'clock per mile"
    ("Meet at 6:30/7:00, shows at 7:30pm/9:45pm, in 16:9/4:3.", "Meet at six thirty or seven o'clock, shows at seven "
     "thirty P-M or nine forty-five P-M, in sixteen to nine or four to three."),
    # a shell script's .sh is not the "shh" sound; an address's query is said, its question mark not swallowed
    ("Run setup.sh, then ./install.sh. Shh!", "Run setup.sh, then ./install.sh. [[ʃˈʃ]]!"),
    ("Open example.com/search?q=tts now. Seen example.com/faq?", "Open example dot com slash search question mark q "
     "equals tts now. Seen example dot com slash faq?"),
    ('Buy a 27" monitor, 12" long. He said "I have 5" and left.', 'Buy a twenty-seven inch monitor, twelve inches long. '
     'He said "I have five" and left.'),
    ("In 2020-21, the 2020/21 season; 1914–18; he won 3-2.", "In twenty twenty to twenty-one, the twenty twenty "
     "twenty-one season; nineteen fourteen to eighteen; he won three-two."),  # espeak says "three point five p"; cut at the 3, "three.5p"
    # a common word in capitals among lowercase ones is stressed; acronyms, headings and shouting are not
    ("Which is NOT a hazard? You MUST stop, ALWAYS.", "Which is *NOT* a hazard? You *MUST* stop, *ALWAYS*."),
    ("DO NOT touch it, tell the IT team or the FBI.", "*DO NOT* touch it, tell the IT team or the FBI."),
    ("THE END", "THE END"),
    ("Which is a hazard? a) wet floor b) loose cable", "Which is a hazard? [[ˈeɪː]], wet floor; B, loose cable"),
    ("Plan b) is fine.", "Plan b) is fine."),  # not a run of options
    ("Report within 24 hrs (every 11 sec) to ext. 4401: risk is ~20%.",
     "Report within twenty-four hours, every eleven seconds, to extension four four zero one: risk is about twenty percent."),
    # an aside in brackets is said between two short pauses (espeak would run it on without one)
    ("Welcome (approx. 15 min). Keep exits clear (see p. 17), always.",
     "Welcome, approximately fifteen minutes. Keep exits clear, see page seventeen, always."),  # a heading: neither word is one to stress
    ("Stop. (See p. 4) Then go, (e.g. left) now. Odd.,typo", "Stop. See page four, Then go, for example left, now. Odd.,typo"),
    ("Our R&D team runs a Q&A session; AT&T too.", "Our R and D team runs a Q and [[ˈeɪː]] session; AT&T too."),
    ("Cut 3 dB from a 5000 mAh, 2 kWh pack.", "Cut three decibels from a five thousand milliamp hours, two kilowatt hours pack."),
    ("She ran 2:03:45; it is 10:30:00.", "She ran two hours, three minutes and forty-five seconds; it is ten thirty."),
    ("A 10K in 45:12, at 125:30 into the video; Isaiah 45:12; at 23:59.", "A ten K in forty-five minutes and twelve "
     "seconds, at one hundred and twenty-five minutes and thirty seconds into the video; Isaiah forty-five, verse "
     "twelve; at twenty-three fifty-nine."),
    ("The mile in 3:59.4, the marathon in 2:03:45.2; meet at 3:59.",
     "The mile in three minutes and fifty-nine point four seconds, the marathon in two hours, three minutes and "
     "forty-five point two seconds; meet at three fifty-nine."),
    ("For ages 3+, ±5% and 10^3 ways.", "For ages three plus, plus or minus five percent and ten to the power of three ways."),
    ("We watched the Sun. Give me 5 May I ask.", "We watched the Sun. Give me five May I ask."),
    ("Press Ctrl+Shift+S to save.", "Press Control plus Shift plus S to save."),
    # weather, fitness and the small print
    ("Winds NW at 10 mph, NNE winds, 20 miles SW of Tulsa; the NW corner.",
     "Winds northwest at ten miles per hour, north-northeast winds, twenty miles southwest of Tulsa; the NW corner."),
    ("Pressure 29.92 inHg (1013 hPa); aim for 150 bpm and 8 oz of water/hr.",
     "Pressure twenty-nine point nine two inches of mercury, one thousand and thirteen hectopascals; aim for one "
     "hundred and fifty beats per minute and eight ounces of water per hour."),
    ("Copyright © 2025 Acme. A Cat. 3 hurricane, a Cat 5 cable; landfall Tues. AM.",
     "Copyright twenty twenty-five Acme. A Category three hurricane, a Cat five cable; landfall Tuesday A-M."),
    ("Copyright (c) 2024 Acme.", "Copyright twenty twenty-four Acme."),
    ("See § 2(b)(iii), Rule 12(b)(6) and Art. 6(1)(f); a 401(k).",
     "See § two B three, Rule twelve B six and Article six one F; a four oh one K."),
    ("Under Sec. 12(a) and Secs. 4(b) and 5, the Lessee pays.",
     "Under Section twelve [[ˈeɪː]] and Sections four B and five, the Lessee pays."),
    ("Join us on Sat. at 10 AM. See you on Sun. The cat sat.",
     "Join us on Saturday at ten A-M. See you on Sunday. The cat sat."),
    # science lessons, vehicles and forms
    ("A 0.5 mol/L solution; 286 kJ/mol; 9.8 m/s²; 5 µs; light at 3e8 m/s; 1e-9 s.",
     "A zero point five mole per litre solution; two hundred and eighty-six kilojoules per mole; nine point eight "
     "metres per second squared; five microseconds; light at three times ten to the power of eight metres per second; "
     "one times ten to the power of minus nine seconds."),
    ("Uranium-235, the F-150 on I-405, a C-130, the top-100; a B-52 and 1990s-2000s.",
     "Uranium two thirty-five, the F one fifty on I four oh-five, a C one thirty, the top one hundred; a B-fifty-two "
     "and nineteen nineties to two thousands."),
    ("The A320-200, Form 1040 and form 941.",
     "The [[ˈeɪː]] three twenty two hundred, Form ten forty and form nine forty-one."),
    # history and biography
    ("Henry VIII (r. 1509–1547); Curie (b. 1867, d. 1934); Sappho (fl. 600 BC); the early 20th c. mill.",
     "Henry the eighth, reigned fifteen oh-nine to fifteen forty-seven; Curie, born eighteen sixty-seven, died "
     "nineteen thirty-four; Sappho, flourished six hundred BC; the early twentieth century mill."),
    ("It sank on 15/04/1912, not on 12/25/2025 or 31/12/99.",
     "It sank on the fifteenth of April, nineteen twelve, not on December twenty-fifth, twenty twenty-five or the "
     "thirty-first of December, ninety-nine."),
    # listings: homes and cars, orders and tickets
    ("A 3BR/2BA home; 4 bd, 2.5 ba; MLS# 1234567.",
     "A three bed, two bath home; four bed, two and a half bath; MLS number one two three four five six seven."),
    ("It makes 300 hp, gets 28 mpg city/35 hwy or 110 MPGe on Hwy 101.",
     "It makes three hundred horsepower, gets twenty-eight miles per gallon city, thirty-five highway or one hundred "
     "and ten M P G E on Highway one oh one."),
    ("Order #123456, invoice #2024-0042; we are #1.",
     "Order number one two three four five six, invoice number two zero two four, zero zero four two; we are number "
     "one."),
    # devotional readings
    ("Read John 3:16, 1 Cor. 13:4-7, Gen. 1:1–3 and Ps. 23; Surah 2:255.",
     "Read John three, verse sixteen, First Corinthians thirteen, verses four to seven, Genesis one, verses one to "
     "three and Psalm twenty-three; Surah two, verse two hundred and fifty-five."),
    ("Meet Mark 3:30 pm; John 3 came; Rev. 2 of the spec, column Col. 2.",
     "Meet Mark three thirty P-M; John three came; Revision two of the spec, column Col. two."),
    # algebra lessons
    ("Expand (x + 1)², then (a - b)³ and (n/2)². BWV 1007, ISO 9001.",
     "Expand x + one, all squared, then a minus b, all cubed and n over two, all squared. BWV ten oh seven, "
     "[[ˈaɪsoʊ]] nine thousand and one."),
    ("Solve 2x + 3 = 7; let f(x) = x² - 4x + 4; y = 3x - 2; a 2x speedup, 3x a week.",
     "Solve two x + three equals seven; let f(x) equals x squared minus four x + four; y equals three x minus two; a "
     "two times speedup, three times a week."),
    ("Compute 3 × 5, and 3 × 5 = 15, on a 3 × 5 card. It was a - how to say - mess.",
     "Compute three times five, and three times five equals fifteen, on a three by five card. It was a — how to say — "
     "mess."),
    # chat faces and music signs
    ("We'll make it work :3 and :D or :P, xD :/ =) :-) T_T ;) Fine. :) See http://x.com at 10:30; Note:P.",
     "We'll make it work and or, Fine. See x dot com at ten thirty; Note:P."),
    ("E♭ is the tonic, F♯ minor too; 3~4 wins; blades 10x+ cheaper; 2x+3=7.",
     "E flat is the tonic, F sharp minor too; three to four wins; blades ten times+ cheaper; two x+three equals "
     "seven."),
    # an amount that describes a thing; pronouns
    ("Pay with a $5 bill; a $25 million plan; the $40 fee; our $99 plan. The $5 I gave you, that $5 was mine, a "
     "$2.50 coffee, a £5 note.",
     "Pay with a five dollar bill; a twenty-five million dollar plan; the forty dollar fee; our ninety-nine dollar "
     "plan. The five dollars I gave you, that five dollars was mine, a two dollars and fifty cents coffee, a five "
     "pound note."),
    ("My pronouns are she/her; theirs are they/them, he/they; ask his/her manager.",
     "My pronouns are she, her; theirs are they, them, he, they; ask his or her manager."),
    # products, hearts and verses in comments
    ("My Xbox 360, a Porsche 911, Nokia 5300, Flight 370 and Office 365; about 250 Nokia phones.",
     "My Xbox three sixty, a Porsche nine eleven, Nokia fifty-three hundred, Flight three seventy and Office three "
     "sixty-five; about two hundred and fifty Nokia phones."),
    ("A map <3 And I <3 NY, love you <3 Read 1 Corinthians 13. Cats Vs dogs in VS Code.",
     "A map And I love NY, love you Read First Corinthians thirteen. Cats versus dogs in VS Code."),
    ("Join your local chapter -there are more. He types ¯\\_(ツ)_/¯ like that.",
     "Join your local chapter -there are more. He types like that."),
    ("Thanks, :), as ever.", "Thanks, as ever."),
    ("Spell it: C-A-T, cat! The word is \"vast\" (adj.). A T-shirt, the X-Men. I-I-I don't know.",
     "Spell it: C, [[ˈeɪː]], T, cat! The word is \"vast\", adj. A T-shirt, the X-Men. I-I-I don't know."),
    ("Call 638-3360 x23.", "Call six three eight, three three six zero extension two three."),
    ("0:00 Intro, skip to 0:45.", "Zero zero Intro, skip to forty-five seconds."),
    ("Do 3 sets x 12 reps, then 2 rounds × 5.", "Do three sets of twelve reps, then two rounds of five."),
    ("Post in the #general channel, not #random.", "Post in the general channel, not hashtag random."),
    ("Agent 007 is back.", "Agent double oh seven is back."),
    ("An XS/S or S/M/L; the M/S Estonia; $24 / $38, US 9.5 / EU 42; 6 / 2 = 3.",
     "An XS or S or S, M or L; the M-S Estonia; twenty-four dollars, thirty-eight dollars, US nine point five, EU "
     "forty-two; six / two equals three."),
    ("Q4'24 was a record; 1H25 guidance; FY’25.", "Q four twenty-four was a record; one H twenty-five guidance; F Y "
     "twenty-five."),
    ("In 4/4 time, the march in 6/8, a I–IV–V progression, then ii–V–I changes; Op. 27 No. 2 and K. 525. Give "
     "IV fluids; eat 3/4 of it.",
     "In four four time, the march in six eight, a one four five progression, then two five one changes; Opus "
     "twenty-seven number two and K. five twenty-five. Give [[ˌaɪvˈiː]] fluids; eat three quarters of it."),
    ("We meet ISO 27001:2022 and 29 CFR 1910.134.",
     "We meet [[ˈaɪsoʊ]] twenty-seven thousand and one, twenty twenty-two and twenty-nine CFR nineteen ten point "
     "one thirty-four."),
    ("Call 1-800-555-0199 or 1-800-FLOWERS, or text JOIN to 55555.",
     "Call one eight hundred, five five five, zero one nine nine or one eight hundred, FLOWERS, or text JOIN to five "
     "five five five five."),
    # software tutorials
    ("Press ⌘C, then ⌘⇧P or ⌘+V.", "Press Command C, then Command Shift P or Command plus V."),
    ("Type git commit -m, ls -l -a, git push --force or --dry-run; it was -- well -- odd at -5.",
     "Type git commit dash M, ls dash L dash [[ˈeɪː]], git push dash dash force or dash dash dry run; "
     "it was — well — odd at minus five."),
    ("Connect to 192.168.0.1 on port 8080, or open localhost:3000 and 127.0.0.1:8080/admin.",
     "Connect to one ninety-two dot one sixty-eight dot zero dot one on port eighty eighty, or open localhost colon "
     "three thousand and one twenty-seven dot zero dot zero dot one colon eighty eighty slash admin."),
    ("A 404 error, the 404 page, HTTP 503 and status code 200; 404 pages of it; area code 212.",
     "A four oh-four error, the four oh-four page, HTTP five oh-three and status code two hundred; four hundred and "
     "four pages of it; area code two one two."),
    ("Set #FF5733, #fff or #CCCCCC, not #Fab.", "Set hex F F five seven three three, hex F F F or hex C C C C C C, not "
     "hashtag Fab."),
    ("Python 3.11, version 1.10, section 3.14 and 3.14 metres.",
     "Python three point eleven, version one point ten, section three point fourteen and three point one four metres."),
    ("Then ctrl + z, or cmd+shift+p.", "Then Control plus Z, or Command plus Shift plus P."),
    ("Ctrl-Z, then Alt-F4; a win-win, Shift-click.", "Control Z, then Alt F four; a win-win, Shift-click."),
    ("2.5k stars, 12K followers and 100k views.", "Two point five thousand stars, twelve thousand followers and one hundred thousand views."),
    ("I ran a 10k, then the 5K; a 4K TV.", "I ran a ten K, then the five K; a four K TV."),  # the race and the screen
    ("Sales rose in Q3.", "Sales rose in Q three."),
    ("A 4K screen and a 3x3 grid, 2x faster.", "A four K screen and a three by three grid, two times faster."),
    ("Chapter IV begins.", "Chapter four begins."),
    ("No. I won't.", "No. I won't."),  # the word, as MELD's dialogues say it hundreds of times
    ("Press No. 5 twice.", "Press number five twice."),
    ("Iran vs. North Korea.", "Iran versus North Korea."),
    ("The St. Louis company grew.", "The Saint Louis company grew."),
    ("Ever since 9/11, flights changed.", "Ever since nine eleven, flights changed."),
    ("She scored 87/100.", "She scored eighty-seven out of one hundred."),
    ("Fruit, e.g. apples.", "Fruit, for example apples."),
    ("Visit example.com today.", "Visit example dot com today."),
    ("See https://docs.intonate.dev/start for help.", "See docs dot intonate dot dev slash start for help."),
    ("Go to intonate.dev/start.", "Go to intonate dot dev slash start."),
    ("Watch youtu.be/x or go to bit.ly/deal, example.de, intonate.io; the example.company.",
     "Watch youtu dot be slash x or go to bit dot L Y slash deal, example dot D E, intonate dot I O; the "
     "example.company."),  # espeak: ".io" "ee-oh", ".de" "duh"
    ("Write to anna.lee@mail.org please.", "Write to anna dot lee at mail dot org please."),
    ("I AM SO ANGRY right now.", "I am so angry right now."),
    ("The FBI called.", "The FBI called."),
    ("Room 101.", "Room one oh-one."),  # a room number in pairs; its dot ends the sentence
    ("The sale ends on 12/25.", "The sale ends on December twenty-fifth."),  # a US month/day
    ("Due 7/4, about 2/3 done.", "Due July fourth, about two thirds done."),
    ("It is due 11/10, and 11/10 would recommend.", "It is due November tenth, and eleven out of ten would recommend."),
    ("Use a 3/8 in. bolt, 1/2 kg of sand.", "[[jˈuːz]] a three eighths inch bolt, half a kilogram of sand."),
    ("He scored 2 in the final.", "He scored two in the final."),  # the word, not inches
    ("It is 5 in. wide.", "It is five inches wide."),
    ("Add 5 g. Then stir.", "Add five grams. Then stir."),
    ("The 90s, the '80s and the 1990s.", "The nineties, the eighties and the nineteen nineties."),
    ("Wait 30s.", "Wait thirty seconds."),
    ("Your code is 0042.", "Your code is zero zero four two."),
    ("Account 12345678901 is open.", "Account one two three four five six seven eight nine zero one is open."),
    ("See Fig. 3 and pp. 12-14.", "See Figure three and pages twelve to fourteen."),
    ("Approx. 500 MB/s at 60 fps.", "Approximately five hundred megabytes per second at sixty frames per second."),
    ("The #1 hit.", "The number one hit."),
    ("Select File > Save As.", "Select File, Save As."),
    ("Click 'OK' → 'Next', then \"File\" > \"Export\".", "Click 'OK', 'Next', then \"File\", \"Export\"."),  # quoted
    ("Use 16:9, not 4:3, at 2:30.", "[[jˈuːz]] sixteen to nine, not four to three, at two thirty."),
    ("It costs $19.99/month, 5 GB/user.", "It costs nineteen dollars and ninety-nine cents per month, five gigabytes per user."),
    ("Over 1.5M users, 1.5B views; room 3B.", "Over one point five million users, one point five billion views; room three B."),
    ("He signed a 31m contract; 2.5m viewers watched a 31m yacht win the 100m sprint.",
     "He signed a thirty-one million contract; two point five million viewers watched a thirty-one metre yacht win the "
     "one hundred metre sprint."),
    ("A 7B model has 7B parameters; 2B people use a 2B pencil.",
     "A seven B model has seven billion parameters; two billion people use a two B pencil."),
    ("He is 5'10\", by a 6' fence, 6' away.", "He is five foot ten, by a six foot fence, six feet away."),
    ("Heat to 350° for ~20 min, the 90's.", "Heat to three hundred and fifty degrees for about twenty minutes, the nineties."),
    ("A 50/50 chance, about ~3.", "A fifty-fifty chance, about three."),
    ("Version v2.3 and v10 in 1080p.", "Version two point three and version ten in ten eighty p."),
    # podcasts and social posts
    ("Welcome to Ep. 42; S02E05 drops Friday, eps 3-5 first. S3E1 next.",
     "Welcome to Episode forty-two; season two, episode five drops Friday, episodes three to five first. "
     "Season three, episode one next."),
    ("Our guest, feat. DJ Shadow, spoke w/ us re: the tour, w/o notes.",
     "Our guest, featuring DJ Shadow, spoke with us regarding the tour, without notes."),
    ("Then #1 vs #2, like Roe v. Wade or Chelsea v Arsenal.",
     "Then number one versus number two, like Roe versus Wade or Chelsea versus Arsenal."),
    ("Follow #MondayMotivation, item #A-42, not #ff0000 or C#.",
     "Follow hashtag MondayMotivation, item number A-forty-two, not hex F F zero zero zero zero or C sharp."),
    ("Play it in F# minor. Love you <3!", "Play it in F sharp minor. Love you!"),
    ("It takes <10 min and saves >50%; rate it >= 4, or <= 2; x = 5.",
     "It takes less than ten minutes and saves more than fifty percent; rate it at least four, or at most two; x equals five."),
    ("Go to View > 3D Model, then A -> B.", "Go to View, three D Model, then [[ˈeɪː]], B."),  # menus and steps: pauses
    ("Check the TCP/IP stack, the I/O light and HTTP/2.", "Check the TCP IP stack, the I-O light and HTTP two."),
    # homes, kitchens, tracks, time spans
    ("A 20 m² room, 85 sq. ft., 8 sqm and 2 m3 of sand; 2 M2 screws.",
     "A twenty square metre room, eighty-five square feet, eight square metres and two cubic metres of sand; two M two screws."),
    ("Mix 2 tbsp of oil and 1 tsp of salt.", "Mix two tablespoons of oil and one teaspoon of salt."),
    ("A 5 yr old, 3 yrs later, 2 wks off, 6 mo in.", "A five year old, three years later, two weeks off, six months in."),
    ("The 4x100m relay on the 31st of Dec.", "The four by one hundred metres relay on the thirty-first of December."),
    ("He lives on Oak Dr. near Dr. Lee. Hello Dr.", "He lives on Oak Drive near Doctor Lee. Hello Doctor."),
    ("Hi Dr. How are you? Dr. Who is on.", "Hi Doctor. How are you? Doctor Who is on."),
    ("Classes on Tues. and Thurs., open Mon. to Fri. He lives on Baker St. Then he left.",
     "Classes on Tuesday and Thursday, open Monday to Friday. He lives on Baker Street. Then he left."),
    ("Sat 5 hours in traffic. Wed 5 years ago. Open Sat 9 am.", "Sat five hours in traffic. Wed five years ago. Open "
     "Saturday nine A-M."),
    # a Reddit story, as narration channels read them
    ("AITA? From r/AmItheAsshole, by u/throwaway_mil2023: I (28F) told my MIL and her bf (33M) no. NTA. "
     "Revenue (10M) rose /s",
     "Am I the A-hole? From r slash, Am I the A-hole, by u slash, throwaway mil twenty twenty-three: I, twenty-eight, "
     "female, told my mother-in-law and her boyfriend, thirty-three, male, no. Not the A-hole. Revenue, ten million, "
     "rose"),
    ("J. R. R. Tolkien met George W. Bush and A. A. Milne. I took vitamin D. Then Plan B. Everyone left the U.S. Many "
     "did.", "J R R Tolkien met George W Bush and [[ˈeɪː]] [[ˈeɪː]] Milne. I took vitamin D. Then Plan B. Everyone left "
     "the U.S. Many did."),  # a name's initials end no sentence
    # but dotted initialisms keep their dots: "R.I.P." was "R.IP." ("R dot I-P dot"), the F.B.I. "F.BI."
    ("R.I.P. to my phone; the F.B.I. agent has an M.B.A. from the B.B.C.",
     "R.I.P. to my phone; the F.B.I. agent has an M.B.A. from the B.B.C."),
    # a paper's references: "et al." ended a sentence ("al. Twenty twenty"), cf. was "C-F dot"
    ("Smith et al. (2020) found it; cf. Jones, viz. red or blue. Written by Lee et al. Then it ended.",
     "Smith et al, twenty twenty, found it; compare Jones, namely red or blue. Written by Lee et al. Then it ended."),
    ("Call me b/w 2 and 4 for a b/w photo. Wind: 10 mph SW, gusts of 40 km/h NNE.",  # espeak: "b slash w", "S-W"
     "Call me between two and four for a b/w photo. Wind: ten miles per hour southwest, gusts of forty kilometres per "
     "hour north-northeast."),
    # a British recipe: the oven's slashes ran the words together ("Celsius-one hundred…", "fan-gas"); kcal, o/n
    ("Bake at 200C/180C fan/gas 6, or 190C fan/Gas 5. 450 kcal; chill o/n. Grease two 20cm tins.",
     "Bake at two hundred degrees Celsius, one hundred and eighty degrees Celsius fan, gas mark six, or one hundred "
     "and ninety degrees Celsius fan, gas mark five. Four hundred and fifty calories; chill overnight. Grease two "
     "twenty centimetre tins."),
    ("Messi (10') and Ronaldo (45+1') scored. Goal! Kane (89'). Use a ladder (10') here.",  # a scorer's minute
     "Messi, tenth minute, and Ronaldo, forty-five plus one, scored. Goal! Kane, eighty-ninth minute. [[jˈuːz]] a "
     "ladder, ten feet, here."),
    # a spaced dash between dates is "to" (espeak: a pause); no. 1 and No.1; R-rated and D-Day are no stutters
    ("Nov 5 - Dec 3, Mon 9/9 - Fri 9/13, 5 Nov - 3 Dec. We are no. 1, the No.1 hit; an R-rated film, D-Day, D-don't.",
     "November fifth to December third, Monday September ninth to Friday September thirteenth, the fifth of November "
     "to the third of December. We are number one, the number one hit; an R-rated film, D-Day, Duh-don't."),
    ("Download the .exe or the .dmg; +50% dmg.", "Download the .exe or the .dmg; plus fifty percent damage."),  # a file
    # a model's number in the plural: the s was read as seconds ("B-fifty-two seconds", "A three hundred and eighty
    # seconds"); decades stay decades
    ("The B-52s, F-150s and PS5s; the 747s and A380s; temperatures in the 100s; the 50s and 60s; wait 30s.",
     "The B-fifty-twos, F-one fifties and PS fives; the seven forty-sevens and [[ˈeɪː]] three eighties; temperatures "
     "in the hundreds; the fifties and sixties; wait thirty seconds."),
    # firms and bodies (espeak: "brose", "esk", "yoonive", "nattle", "assen"), Nos. and Ph. before a number
    ("Warner Bros. Pictures and John Smith, Esq. of the Univ. of Texas, the Natl. Assn. of Realtors, Intl. orders; "
     "see nos. 3 and 4, Ph. 555-0100.",
     "Warner Brothers Pictures and John Smith, Esquire of the University of Texas, the National Association of "
     "Realtors, International orders; see numbers three and four, Phone five five five, zero one zero zero."),
    ("He's 6'2, she's 5’11.", "He's six foot two, she's five foot eleven."),  # a height without its inch mark
    ("Call between 3pm-5pm, for 3-5 days; between 5-10%.", "Call between three P-M and five P-M, for three to five "
     "days; between five and ten percent."),  # "between … and"
    ("Keep it 5°C-10°C; budgets of 5k-10k.", "Keep it five to ten degrees Celsius; budgets of five to ten thousand."),
    ("Dear Sir/Madam, Attn: HR. Fwd: notes; Tel: 555-0100; pay monthly/annually; the ref said.", "Dear Sir or Madam, "
     "Attention: HR. Forward: notes; Telephone: five five five, zero one zero zero; pay monthly or annually; the ref "
     "said."),
    ("So my (28M) wife skipped my SIL's (32F) wedding, obv. Our fund (50M) paid.", "So my, twenty-eight, male, wife "
     "skipped my sister-in-law's, thirty-two, female, wedding, obviously. Our fund, fifty million, paid."),
    ("Sarah (29F) and her BF (31M) moved in. Me (32M), I left. Lows tonight (29F).",
     "Sarah, twenty-nine, female, and her BF, thirty-one, male, moved in. Me, thirty-two, male, I left. Lows tonight, "
     "twenty-nine degrees Fahrenheit."),
    ("Love, Mum. P.S. Bring snacks. P.P.S. the cat misses you. P.S. 118 is a school.",  # a postscript: a pause
     "Love, Mum. PS, Bring snacks. PPS, the cat misses you. P.S. one hundred and eighteen is a school."),
    ("IEEE 802.11ac and 802.3 Ethernet; Wi-Fi 6 (802.11ax); it weighs 802.11 kg. Ship via USPS, see your OBGYN.",
     "I triple E eight oh two dot eleven A-C and eight oh two dot three Ethernet; Wi-Fi six, eight oh two dot eleven "
     "A-X; it weighs eight hundred and two point one one kilograms. Ship via U-S-P-S, see your O-B-G-Y-N."),
    # a state after its place, as a narrator says it; a code that is also a word only before a ZIP code
    ("Born in St. Louis, MO. Our office in Portland, OR is new. Sure, OK. Not you, ME! Bangor, ME 04401.",
     "Born in Saint Louis, Missouri. Our office in Portland, Oregon is new. Sure, OK. Not you, ME! Bangor, Maine zero "
     "four four zero one."),
    ("He grew up in Columbus, OH, then Boston, MA.", "He grew up in Columbus, Ohio, then Boston, Massachusetts."),
    # ...but a degree, an initialism in a list, or a word after a lowercase one is no state
    ("Jane Roe, MD, will see you. Marketing, PR and sales. Bring your badge, ID and passport. Get an MRI, CT and "
     "X-ray.", "Jane Roe, MD, will see you. Marketing, PR and sales. Bring your badge, ID and passport. Get an MRI, "
     "CT and X-ray."),
    ("FBI, CIA, NSA. THE FBI, THE CIA, EVERYONE! WE LOVE NASA, GO TEAM!",  # a list of letters is no shouting
     "FBI, CIA, NSA. The FBI, the cia, everyone! We love nasa, go team!"),
    ("Use 2FA. The 4WD truck, size 2XL.",  # espeak: "two fah."
     "[[jˈuːz]] two F-[[ˈeɪː]]. The four W-D truck, size two X-L."),
    ("Take Route 9W north with a 9W bulb.", "Take Route nine W north with a nine watt bulb."),
    ("Enable 2FA/MFA for B2B/B2C apps.", "Enable two F-[[ˈeɪː]] MFA for B2B B2C apps."),  # two initialisms, no "slash"
    ("5G/4G phones and 2D/3D games; Q3/Q4 results.",
     "Five G four G phones and two D three D games; Q three Q four results."),
    ("Jake (17M) is my stepson. Revenue (30M) rose; Users (45M) grew.",  # a name opening a sentence, or an amount
     "Jake, seventeen, male, is my stepson. Revenue, thirty million, rose; Users, forty-five million, grew."),
    ("Sarah(29F) moved in.", "Sarah(twenty-nine, female) moved in."),  # the name rule was shadowed by a namesake
    ("TIFU on r/MaliciousCompliance and r/relationship_advice; WIBTA?",
     "Today I effed up on r slash, malicious compliance, and r slash, relationship advice; Would I be the A-hole?"),
    ("EPS $1.18 est., $AAPL fell; a Roth IRA. It was $3 est. Then it fell.", "E-P-S one dollar and eighteen cents "
     "estimated, A-[[ˈeɪː]]-P-L fell; a Roth [[ˌaɪˌɑːɹˈeɪ]]. It was three dollars estimated. Then it fell."),
    ("The VIP left the ICU; an NGO's ROI; LED lights; OP says TIL, back by EOD.", "The V-I-P left the I-C-U; an "
     "N-G-O's R-O-I; L-E-D lights; O-P says today I learned, back by end of day."),  # espeak: "vip", "ickoo", "ungo"
    ("POV: we met IRL; ICYMI, it went well.", "[[pˌiːˌoʊvˈiː]]: we met [[ˌaɪˌɑːɹˈɛl]]; in case you missed it, it went "
     "well."),  # espeak: "pov", "url", "icy-mi"
    ("ngl ppl are tryna help rn. jk, np! Imma go, omw b4 8; ikr, w/e.", "not gonna lie people are [[tɹˈaɪnə]] help "
     "right now. just kidding, no problem! [[ˈaɪmə]] go, on my way before eight; I know, right, whatever."),
    ("Episode 3x07: see Figure 2-3 and Table A.1, pages 2-3, a 10x10 grid.", "Season three, episode seven: see "
     "Figure two-three and Table [[ˈeɪː]] point one, pages two to three, a ten by ten grid."),
    ("Fill in the ____. Intro | Part 1; snake_case.", "Fill in the blank. Intro, Part one; snake_case."),
    ("~hello~ see you~! ~20 people, 3~4 days.", "hello see you! about twenty people, three to four days."),  # no "tilde"
    ("Read Ps 91, mind your Ps and Qs.", "Read Psalm ninety-one, mind your P's and Q's."),
    ("Lat. 40.71° N, Long. 74.01° W; a 12 in. long. 5 min later.", "Latitude forty point seven one degrees north, "
     "Longitude seventy-four point zero one degrees west; a twelve inch long. Five minutes later."),
    ("Flight BA 283 and flight AA100 board.", "Flight BA two eighty-three and flight AA one hundred board."),
    ("221B Baker Street, 10 Downing St, 4059 Mt Lee Dr.; 1600 Pennsylvania Avenue; St Albans.",
     "Two twenty-one B Baker Street, ten Downing Street, forty fifty-nine Mount Lee Drive; sixteen hundred Pennsylvania "
     "Avenue; St Albans."),
    ("Meet me at Baker St. Hello again. Go to Oak St. Turn left. Ask Dr. No. Hi Dr. Welcome back.",
     "Meet me at Baker Street. Hello again. Go to Oak Street. Turn left. Ask Doctor No. Hi Doctor. Welcome back."),
    ("Prices incl. VAT, excl. shipping; est. 500 guests; Est. 1998.",
     "Prices including VAT, excluding shipping; estimated five hundred guests; Established nineteen ninety-eight."),
    ("Btw, ask mgmt b/c the govt said no, pls. Thx!",
     "By the way, ask management because the government said no, please. Thanks!"),
    # safety training and finance
    ("The budget is $1.5MM, up +8% y/y; NPS rose to +41.",
     "The budget is one point five million dollars, up plus eight percent year over year; NPS rose to plus forty-one."),
    ("CPI rose 0.4% m/m.", "CPI rose zero point four percent month over month."),
    ("Panels rated 480V/60Hz, 85 dB(A) over an 8-hr shift; press E-STOP.",
     "Panels rated four hundred and eighty volts, sixty hertz, eighty-five decibels [[ˈeɪː]] over an eight hour shift; "
     "press E-STOP."),
    ("Give 10 mg/5 mL twice daily.", "Give ten milligrams per five millilitres twice daily."),
    ("Tickets $5-10, pay $50k–$70k, from $5 - $10 on $100+ orders; $5 - 10 minutes later.",
     "Tickets five to ten dollars, pay fifty thousand to seventy thousand dollars, from five to ten dollars on one hundred "
     "dollars plus orders; five dollars — ten minutes later."),
    ("Keep pH 6.5–8.5, a 1-in-10 chance, a 2-in-1 laptop, a 2-in pipe.",
     "Keep pH six point five to eight point five, a one-in-ten chance, a two-in-one laptop, a two inch pipe."),
    # fiction and memoirs
    ("Two PhDs.", "Two [[pˌiːˌeɪtʃdˈiːz]]."),  # espeak: "P H D-S"
    ("Jane Lee, Ph.D., has an M.Sc. too. Fr. O'Brien met Sr. Engineer Ng and John Ng Sr. Then they left.",
     "Jane Lee, PhD, has an MSc too. Father O'Brien met Senior Engineer Ng and John Ng Senior. Then they left."),
    ("The log read: 0400 hrs, quiet; at 1430 hours it rang, 12 hours later.",
     "The log read: oh four hundred hours, quiet; at fourteen thirty hours it rang, twelve hours later."),
    # emoji and symbols: said where they mean words, left out where espeak would read their names
    ("Great job 😀 See you 🙏🔥", "Great job. See you"),
    # an emoji standing for a noun, after "the", "my", "a" or offered as a choice, is its name (was "hit the!")
    ("Hit the 🔔! Walk my 🐶, give it a 👍🏽. 🍕 or 🍔? Link in bio 👇", "Hit the bell! Walk my dog, give it a thumbs "
     "up. pizza or hamburger? Link in bio"),
    # ...and a button to press after "that" (was "smash that!"); a reaction after "that" stays unsaid
    ("Smash that 👍 and hit this 🔔! I love that 😂", "Smash that thumbs up and hit this bell! I love that"),
    # a heart that is a thing is a heart (was "Tap the!", "Send a love"); between words it is still "love"
    ("Tap the ❤️! Send a 💙 if you agree. I ❤️ NY.", "Tap the red heart! Send a blue heart if you agree. I love NY."),
    # a creator's schedule: Fri, Tues and Thurs without their dots are days (espeak: "fry", "tooz"); Sat and Sun,
    # words too, only before a date or time
    ("New eps drop Fri and every Tues, Thurs; I sat in the Sun.", "New eps drop Friday and every Tuesday, Thursday; "
     "I sat in the Sun."),
    ("Live Tue and Thu; open Mon, Wed and Fri; Sun and sand.", "Live Tuesday and Thursday; open Monday, Wednesday and "
     "Friday; Sun and sand."),  # Thu, Mon, Wed in a list of days are days
    ("I ❤️ NY, 4.5★, rated ★★★★☆; Step ① then ②.",
     "I love NY, four point five stars, rated four out of five stars; Step one then two."),
    ("★ Bluetooth® and AirDrop™: press 1️⃣, click ✓, then → Next. © 2024",
     "Bluetooth and AirDrop: press one, click, then, Next. © twenty twenty-four"),
    ("x² + y² at 20℃", "x squared + y squared at twenty degrees Celsius"),
    # sports, science, history
    ("The Lakers won 112-108; Spurs lost 2-1.", "The Lakers won one hundred and twelve to one hundred and eight; Spurs lost two-one."),
    ("He hit 42 HRs in 3 hrs, threw for 350 yds; 40 mpg; he's 6 ft 2 in.",
     "He hit forty-two H-R's in three hours, threw for three hundred and fifty yards; forty miles per gallon; he's six foot two."),
    ("It's 6.02 × 10^23, light does 3×10⁸ m/s.",
     "It's six point zero two times ten to the power of twenty-three, light does three times ten to the power of eight metres per second."),
    ("In 1066 AD, AD 79, c. 1200 BC; WWII and WW1; para. 2.",
     "In ten sixty-six AD, AD seventy-nine, circa twelve hundred BC; World War Two and World War One; paragraph two."),
    # travel, photography and policy lines
    ("Fly 5h 30m or 1h30m; her split was 3m 20s.",
     "Fly five hours thirty minutes or one hour thirty minutes; her split was three minutes twenty seconds."),
    ("Shot at 1/250s, f/2.8, then 1/4000 sec at F/16.",
     "Shot at one two hundred and fiftieth of a second, f two point eight, then one four thousandth of a second at "
     "F sixteen."),
    ("Seats cost €1.50-2.00, $9 - $14.99, or $5-10.",
     "Seats cost one euro and fifty cents to two euros, nine dollars to fourteen dollars and ninety-nine cents, or five "
     "to ten dollars."),
    ("He/she signs his/her form and/or calls at 9am PST / 12pm EST; x / y stays.",
     "He or she signs his or her form and or calls at nine A-M PST, twelve P-M EST; x / y stays."),
    # choices among words that are one another's alternatives, said with "or"; a writer/director and an on/off switch
    # are one thing, said as one word (espeak: "on slash off")
    ("Answer Yes/No or True/False; pick red/blue/green; the writer/director flips the on/off switch.",
     "Answer Yes or No or True or False; pick red, blue or green; the writer-director flips the on-off switch."),
    ("A love/hate relationship with input/output; 90 words/minute, beats/min, $3/pack, 5 kg/bag; edit src/main.py in "
     "usr/local/bin.",
     "A love-hate relationship with input-output; ninety words per minute, beats per minute, three dollars per pack, "
     "five kilograms per bag; edit src/main.py in usr/local/bin."),
    # gaming, tech reviews and chat
    ("The i7-13700K or i5-12400F, a Ryzen 7 7800X3D, the A17 Pro; 100K views.",
     "The i7 thirteen seven hundred K or i5 twelve four hundred F, a Ryzen seven seventy-eight hundred X three D, the "
     "[[ˈeɪː]] seventeen Pro; one hundred thousand views."),
    ("The RTX 4090 beats the RX 7900 XTX at Lvl. 50; ISO 9001, USD 2500, FY 2025.",
     "The RTX forty ninety beats the RX seventy-nine hundred XTX at Level fifty; [[ˈaɪsoʊ]] nine thousand and one, two "
     "thousand five hundred US dollars, F Y twenty twenty-five."),
    ("The battery lasts 18+ hrs, 1+ h idle, for 3+ people.",
     "The battery lasts eighteen plus hours, one plus hours idle, for three plus people."),
    ("idk tbh, maybe tmrw? Imo no, IMO rules apply. BRB!",
     "I don't know to be honest, maybe tomorrow? In my opinion no, IMO rules apply. be right back!"),
    ("idc, only 3 days til Xmas!", "I don't care, only three days til Christmas!"),  # espeak: "aidk", "ex-mas"
    # a model's rival in pairs too (was "four thousand and eighty"), a stream's frame rate, thanks and LOL in chat
    # (espeak: "tie", and "lawl", which Whisper heard as "Lyle"); Ty is a name
    # espeak said "ne-te" for .NET and "ip six" for IPv6; a rate's bp are basis points as its bps are
    # (but a blood pressure's: 190/140 bp "over")
    ("Port it to .NET 8 and ASP.NET, over IPv6 or IPv4; rates fell 25 bp. His was 190/140 bp!",
     "Port it to dot net eight and ASP dot net, over [[ˌaɪˌpiːvˈiː]] six or [[ˌaɪˌpiːvˈiː]] four; rates fell "
     "twenty-five basis points. His was one hundred and ninety over one hundred and forty bp!"),
    ("RTX 4090 vs 4080, RX 7900/6900; 1080p60 or 1440p144. ty! Tysm, Ty. LOL",
     "RTX forty ninety versus forty eighty, RX seventy-nine hundred or sixty-nine hundred; ten eighty p sixty or "
     "fourteen forty p one hundred and forty-four. thank you! Thank you so much, Ty. [[ˌɛlˌoʊˈɛl]]"),
    # a GPA and a decimal pair (the slash was a hyphen: "three point five-four", "two point seven-three point six"),
    # a contrast ratio (espeak: "colon"), a subnet, and current: mA always, A where the line speaks of power
    ("A GPA of 3.5/4 or 3.85/4.0; Python 2.7/3.6 on 2.4/5 GHz; shot at 2.39:1 on 10.0.0.0/24.",
     "A GPA of three point five out of four or three point eight five out of four point zero; Python two point seven "
     "and three point six on two point four and five gigahertz; shot at two point three nine to one on ten dot zero "
     "dot zero dot zero slash twenty-four."),
    ("It draws 500mA; a 12V 2A adapter charges at 3A. He got 2 A grades in room 2A.",
     "It draws five hundred milliamps; a twelve volt two amp adapter charges at three amps. He got two [[ˈeɪː]] "
     "grades in room two [[ˈeɪː]]."),
    # chat in lower case too (espeak: "lawl", "elmao", and irl as "url")
    ("It was better lol. Lmao, we met irl!", "It was better [[ˌɛlˌoʊˈɛl]]. [[ˌɛlˌɛmˌeɪˈoʊ]], we met in real life!"),
    # a preface's page v (espeak: "vee"), Max. as a name after a word ("Maximum five"), a code digit by digit (it
    # was "four hundred and eighty-two thousand…"; a status code stays a number)
    ("See page v. Tell Max. 5 came; max. 5 each, Max. 10. Enter the code 482 913, PIN 4829; status code 200.",
     "See page five. Tell Max. Five came; maximum five each, Maximum ten. Enter the code four eight two, nine one "
     "three, [[pˈɪn]] four eight two nine; status code two hundred."),
    # a developer's words espeak guesses ("postgerz S-Q-L", "juh-pie-ter", "ruh-deez", "la-tee-ex")
    ("Install PostgreSQL, Redis and Jupyter; write LaTeX.",
     "Install [[pˈoʊstɡɹɛs kjˌuːˈɛl]], [[ɹˈɛdɪs]] and [[dʒˈuːpɪɾɚ]]; write [[lˈeɪtɛk]]."),
    # a journey's arrow is "to" (a menu's stays a pause), a jet's variant is no range ("seven hundred and eighty-seven
    # to nine"), a baking pan's inch mark after its sizes was left unsaid
    ("We flew LAX → NRT on a 787-9 and a Boeing 777-300ER. Go to Settings → Privacy. Use a 9x13\" pan.",
     "We flew LAX to NRT on a seven eighty-seven nine and a Boeing seven seventy-seven three hundred E-R. Go to "
     "Settings, Privacy. [[jˈuːz]] a nine by thirteen inch pan."),
    # the arrow keys (left out as pictographs: "or press, to continue"); a menu's arrow stays a pause
    ("Click Next (or press →), use ← and → to move; Loading → Ready.",
     "Click Next, or press right arrow, use left and right arrows to move; Loading, Ready."),
    # a K/D/A and a run of sizes that are no date ("twenty-three-seven", "August tenth, twelve-fourteen"); a
    # thumbs-up offered before "if"
    ("He went 20/3/7 in ranked; sizes 8/10/12/14. Drop a 👍 if you agree.",
     "He went twenty, three, seven in ranked; sizes eight, ten, twelve, fourteen. Drop a thumbs up if you agree."),
    ("GTA V, GTA VI and Final Fantasy X.", "GTA five, GTA six and Final Fantasy ten."),  # espeak: "GTA vee"
    # the & named (espeak: "the and sign"), a clipped "ol'" (espeak: "awl")
    ("Type the & sign; Tom & Jerry; the ol’ dog, good ol' days.",
     "Type the ampersand sign; Tom & Jerry; the ole dog, good ole days."),
    # a labelled count ("three-three") and a labelled date ("three quarters")
    ("Attempts: 3/3. Progress: 7/12 done. Date: 3/4. DOB: 5/12; Rating: 4/5; Mix: 3/4 of the flour.",
     "Attempts: three of three. Progress: seven of twelve done. Date: March fourth. DOB: May twelfth; Rating: four out "
     "of five; Mix: three quarters of the flour."),
    # a range of codes (espeak: "Q one, Q five"), a type size (espeak: "P T") and a pint
    ("Answer Q1–Q5, press F1-F12, not AB12-CD34; set 12pt Arial, a 10 pt heading; add 1 pt of cream; won by 3 pt.",
     "Answer Q one to Q five, press F one to F twelve, not AB twelve-CD thirty-four; set twelve point Arial, a ten "
     "point heading; add one pint of cream; won by three points."),
    ("They met at 6:30ish, 20-ish of them.", "They met at six thirty ish, twenty ish of them."),
    # e-learning and corporate training
    ("You will: 1) identify risks; 2) report them. Steps: (1) open (2) save",
     "You will: one, identify risks; two, report them. Steps: one, open; two, save"),
    ("Use the 80/20 rule, a 60/40 split; get 15 PTO days/yr and 3 big meetings/week; day/night.",
     "[[jˈuːz]] the eighty-twenty rule, a sixty-forty split; get fifteen P-T-O days per year and three big meetings per week; "
     "day-night."),
    ("KPIs: ARR, MRR, CAC, LTV. NO, NO, NO!", "K-P-I's: ARR, MRR, CAC, LTV. No, no, no!"),
    ("The Dow rose 250 pts; oil at $78/bbl; CO2 at 420 ppm.",
     "The Dow rose two hundred and fifty points; oil at seventy-eight dollars per barrel; C-O two at four hundred and "
     "twenty parts per million."),
    ("Only $999+tax or 3 × $33.33, by Tue, Dec 3; 100K+ downloads; sizes XS–XXL; C++ on Disney+.",
     "Only nine hundred and ninety-nine dollars plus tax or three times thirty-three dollars and thirty-three cents, by "
     "Tuesday, December third; one hundred thousand plus downloads; sizes XS–XXL; C++ on Disney+."),
    ("Follow @mike.makes and @john_doe; email a@b.com; meet @ 5.",
     "Follow at mike dot makes and at john underscore doe; email a at b dot com; meet @ five."),
    ("Send it c/o Ms Brown; call 07700 900123; the no. of staff; £45k p.a.; Encl. 2 forms.",
     "Send it care of Miz Brown; call zero seven seven zero zero, nine zero zero one two three; the number of staff; "
     "forty-five thousand pounds per annum; Enclosed two forms."),
    ("A 45 y/o male, a 3yo boy: 1 g IV q8h, vitals q1h.",
     "A forty-five-year-old male, a three-year-old boy: one gram [[ˌaɪvˈiː]] every eight hours, vitals every hour."),
    # a clinical note's sex after the age, a dose's range of hours, its history and diagnosis
    ("A 67 yo F w/ hx of CHF, dx pending: 2 tabs q4-6h.", "A sixty-seven-year-old female with history of CHF, "
     "diagnosis pending: two tabs every four to six hours."),
    # a regulation's section in pairs, after § too (it was "one hundred and sixty-four point five hundred and twelve")
    ("Per HIPAA § 164.512(b) and §164.502, see Sec. 230.1; section 3.14.", "Per HIPAA § one sixty-four point five "
     "twelve B and §one sixty-four point five oh-two, see Section two thirty point one; section three point fourteen."),
    ("Web 2.0, USB 3.0 and v2.0; 2.0 mm, 12.50 units; two Boeing 787s and an Airbus A320neo.",
     "Web two point oh, USB three point oh and version two point oh; two point zero millimetres, twelve point five zero "
     "units; two Boeing seven eighty-sevens and an Airbus [[ˈeɪː]] three twenty neo."),
    ("Write to john_doe@x.co.uk.", "Write to john underscore doe at x dot co dot U K."),
    # recipes and true crime
    ("Mix 1 1/2 cups flour, 1½ tsp salt, ¾ cup butter and ½ tsp. soda; cut 2-3/4 in. strips, 5 1/8 mi away.",
     "Mix one and a half cups flour, one and a half teaspoons salt, three quarters cup butter and half a teaspoon soda; "
     "cut two and three quarters inches strips, five and an eighth miles away."),
    ("The 911 call came to a 999 operator; 911 days later.",
     "The nine one one call came to a nine nine nine operator; nine hundred and eleven days later."),
    ("CO2 and CO₂e; NO2 levels, SO2 fumes; H2O.", "C-O two and C-O two E; N-O two levels, S-O two fumes; H two O."),
    # a chemistry lesson's formulas: symbols spelled, counts said (espeak: "H two so four", "fee two O three")
    ("H₂SO₄ and Fe2O3; C6H12O6, Ca(OH)₂; SO₄²⁻ and Na⁺ ions.",
     "H two S-O four and F-E two O three; C six H twelve O six, C-[[ˈeɪː]] O-H two; S-O four two minus and "
     "N-[[ˈeɪː]] plus ions."),
    ("2H₂ + O₂ → 2H₂O, and CH4 + 2O2 -> CO2 + 2H2O. Click CO2 → Export.",
     "Two H two + O two yields two H two O, and C-H four + two O two yields C-O two + two H two O. Click C-O two, "
     "Export."),
    # codes made of symbols and digits said as before; a repeated symbol (WW2) or a year (FY2025) is not a formula
    ("H1N1 and Y2K; B12, K9, PS5 and WW2; FY2025.",
     "H one N one and Y two K; B twelve, K nine, P-S five and World War Two; F Y twenty twenty-five."),
    # a salt without counts (espeak: "nah C L", "koh"), molar, and units to a negative power (it was "moles⁻¹")
    ("Add 0.1 M NaCl, 0.5M KOH and a 2 M solution; HI there, HS kids. R = 8.314 J mol⁻¹ K⁻¹; g = 9.81 m s⁻²; "
     "1.2 kg m⁻³.",
     "Add zero point one molar N-[[ˈeɪː]]-C-L, zero point five molar K-O-H and a two molar solution; HI there, HS "
     "kids. R equals eight point three one four joules per mole per kelvin; g equals nine point eight one metres per "
     "second squared; one point two kilograms per cubic metre."),
    ("We have 2 M US users and 10 M Americans.", "We have two M US users and ten M Americans."),
    ("DNA → RNA → protein; File → Save As → PDF.", "DNA to RNA to protein; File, Save As, PDF."),  # a chain's arrows
    # a version compared with another; big-O notation (its brackets were an aside: "O, n log n,")
    ("Python 3.12 is ~5% faster than 3.11; sorting is O(n log n), lookups O(1). Prices rose from 3.25 to 3.75.",
     "Python three point twelve is about five percent faster than three point eleven; sorting is O of n log n, "
     "lookups O of one. Prices rose from three point two five to three point seven five."),
    # a compliance course: a CFR paragraph's parts, a comparison beside a sign that is no ASCII, the meeting room
    ("See 29 CFR 1910.134(c)(1). KPIs: CSAT ≥ 90%, FCR > 75%. Meet in Conf. Rm. B.",
     "See twenty-nine CFR nineteen ten point one thirty-four C one. K-P-I's: CSAT at least ninety percent, FCR more "
     "than seventy-five percent. Meet in Conference Room B."),
    # eras written with dots (its "A" was the letter, then ".D."), and CE spelled (espeak: "see")
    ("It was 1066 A.D.; Caesar died in 44 B.C. Rome mourned. Pompeii fell in A.D. 79, Rome in 476 C.E.",
     "It was ten sixty-six AD; Caesar died in forty-four BC. Rome mourned. Pompeii fell in AD seventy-nine, Rome in "
     "four seventy-six C-E."),
    ("3M makes tape. 3M shares fell, and it was 3M. We hit 3M views.",  # the firm by what it does
     "Three M makes tape. Three M shares fell, and it was three million. We hit three million views."),
    # ions typed without superscripts, lab letters espeak reads as words ("ig G", "P kah", "fie O two")
    ("The Na+/K+ pump; Ca2+ and Cl- ions, HCO3- buffers. IgG, pKa, FiO2 of 40%. A C+ grade, 10K+ users, K-pop.",
     "The N-[[ˈeɪː]] plus K plus pump; C-[[ˈeɪː]] two plus and C-L minus ions, H-C-O three minus buffers. I-G-G, "
     "P-K-[[ˈeɪː]], F-I-O two of forty percent. A C+ grade, ten thousand plus users, K-pop."),
    # a maths lesson: roots, "sine", an angle or a percentage equal to something, a term after "minus", F = ma
    ("sin 45° = √2/2, ∛27 = 3 and 50% = half. If f(x) = x³ − 2x, then F = ma.",
     "sine forty-five degrees equals the square root of two over two, the cube root of twenty-seven equals three and "
     "fifty percent equals half. If f(x) equals x cubed minus two x, then F equals M [[ˈeɪː]]."),
    ("Call 911, or 999 in the UK; dial 112 in Europe.", "Call nine one one, or nine nine nine in the UK; dial one one "
     "two in Europe."),
    ("It starts at $999 (or £999 in the UK).",  # a price, not the number dialled
     "It starts at nine hundred and ninety-nine dollars, or nine hundred and ninety-nine pounds in the UK."),
    ("Open M–F 9–5, Sat 10–2; a 9-5 job. Spurs lost 2-1, won 3-2 on Sunday.",
     "Open Monday to Friday nine to five, Saturday ten to two; a nine to five job. Spurs lost two-one, won three-two on "
     "Sunday."),
    # addresses and forms
    ("Send it to Apt. 4B, Springfield, IL 62704; Dallas, TX 75201-1234; zip code 02139. Born 12.03.1985, v1.2.2024.",
     "Send it to Apartment four B, Springfield, Illinois six two seven zero four; Dallas, Texas seven five two zero "
     "one, one two "
     "three four; zip code zero two one three nine. Born the twelfth of March, nineteen eighty-five, version one point "
     "two point two thousand and twenty-four."),
    ("Open 24/7/365.", "Open twenty-four seven, three sixty-five."),
    ("A $2.1T market cap, $3tn of debt, a $5 t-shirt.",
     "A two point one trillion dollar market cap, three trillion dollars of debt, a five dollar t-shirt."),
    ("The 49ers fan is hitting .315 with a .250 average; pour .250 liters.",
     "The forty-niners fan is hitting three fifteen with a two fifty average; pour point two five zero liters."),
    ("Data Privacy 101: torque to 25 Nm (18 ft-lb), wear Z87.1 glasses. About 101. Chapter 201.",
     "Data Privacy one oh one: torque to twenty-five newton metres, eighteen foot-pounds, wear Z eighty-seven point one "
     "glasses. About one hundred and one. Chapter two hundred and one."),
    # product listings and sponsor reads
    ('Size: 12" x 8", 10cm x 20cm; a 6.7" OLED at 2796x1290, 640x480; 128/256/512GB; 65W, 12V; 3 sets x 12 reps.',
     "Size: twelve inches by eight inches, ten centimetres by twenty centimetres; a six point seven inch OLED at "
     "twenty-seven ninety-six by twelve ninety, six forty by four eighty; one hundred and twenty-eight, two hundred and "
     "fifty-six or five hundred and twelve gigabytes; sixty-five watts, twelve volts; three sets of twelve reps."),
    ("Rocky IV was great. Start IV access. Thanks XX", "Rocky four was great. Start [[ˌaɪvˈiː]] access. Thanks XX"),
    ("He won the 100m sprint; my 5 km run, our 2 GB plan; the 20 km between towns, the 10 kg of flour, the 3 hrs spent.",
     "He won the one hundred metre sprint; my five kilometre run, our two gigabyte plan; the twenty kilometres between "
     "towns, the ten kilograms of flour, the three hours spent."),
    # recipes, true crime, sport and compliance: litres (espeak "two L", "five.zero L"; a law student's 1L stays
    # letters), a calibre, stoppage time, scores, a box score, clauses, advisories and ISBNs
    ("Drink 2L of water a day; a 1.5L bottle, the 5.0L V8. As a 1L, I struggled. Size L or XL. Web 2.0 is old.",
     "Drink two litres of water a day; a one point five litre bottle, the five point zero litres V eight. "
     "As a one L, I struggled. Size L or XL. Web two point oh is old."),
    ("Police found a .38 revolver, a .45-caliber pistol and .22 LR rounds; the legal limit is .08, with a .5 mm lead.",
     "Police found a thirty-eight revolver, a forty-five-caliber pistol and twenty-two LR rounds; the "
     "legal limit is point zero eight, with a point five millimetre lead."),
    # a section's number in pairs, as lawyers say it (was "two hundred and thirty"); a listing's acres, hectares and
    # square-feet label (espeak: "A-C", "ha", "S-Q F-T")
    ("Section 230, § 1983 and 17 U.S.C. §§ 101-105 apply.", "Section two thirty, § nineteen eighty-three and "
     "seventeen U.S.C. sections one oh-one to one oh-five apply."),
    # after an initialism's dot, § ended the sentence for espeak ("U-S-C. Section…")
    ("Under 42 U.S.C. § 1983 you can sue.", "Under forty-two U.S.C. section nineteen eighty-three you can sue."),
    ("Lot: 0.25 ac, a 2 ac lot, 3 ha of vines; Sq. ft.: 1,850; 3 AC units.", "Lot: zero point two five acres, a two "
     "acre lot, three hectares of vines; Square feet: one thousand eight hundred and fifty; three AC units."),
    # a code of capitals and digits after what names it, a character at a time (was "INV twenty twenty-four-zero
    # zero four two"); a promotion's word and number and a model's number are not codes
    ("Invoice No. INV-2024-0042, order ID: A7X-99Q, ticket #B113; your booking reference is QX7T2B. Use code SAVE20.",
     "Invoice number I N V, two zero two four, zero zero four two, order ID: [[ˈeɪː]] seven X, nine nine Q, ticket number "
     "B one one three; your booking reference is Q X seven T two B. [[jˈuːz]] code SAVE20."),
    # a possessive before an amount makes it describe the thing after it, as "the" does; "it's" and "that's" do not
    ("TSMC's 3nm process, Tesla's $25k car, today's 10 km run; it's 5 kg heavier.", "T-S-M-C's three nanometre "
     "process, Tesla's twenty-five thousand dollar car, today's ten kilometre run; it's five kilograms heavier."),
    # a lowercase b is a bit where the line is about a connection's speed; "8 Gb of RAM" stays the bytes it means
    ("100 Mb/s down, 2 Gb per second, a 10 Gb Ethernet link; 8 Gb of RAM, a 5 GB file.", "One hundred megabits per "
     "second down, two gigabits per second, a ten gigabit Ethernet link; eight gigabytes of [[ɹˈæm]], a five gigabyte "
     "file."),
    # a product page: each, pieces, quantity, a maximum before its number, a box's three sides
    ("Price: $9.99 ea. Qty: 3 pcs. Max. 5 per customer. Dims: 10 x 20 x 5 cm; 2 × 3 × 4 = 24.", "Price: nine "
     "dollars and ninety-nine cents each. Quantity: three pieces. Maximum five per customer. Dims: ten by twenty by "
     "five centimetres; two times three times four equals twenty-four."),
    ("Earth is ~4.5 bn years old.", "Earth is about four point five billion years old."),  # espeak: "B-N"
    ("A viral load under 200 copies/mL, 10^6 cells/µL.", "A viral load under two hundred copies per millilitre, "
     "ten to the power of six cells per microlitre."),  # espeak: "copies slash M L"
    # a road's direction (espeak said the letter)
    ("I-95 N is closed; take US-101 S or Hwy 1 W.", "I-ninety-five North is closed; take US one oh-one South or "
     "Highway one West."),
    # a match report's minute and a spread's points (espeak: "eighty-ninth min", "twelve point five-P-T")
    ("Messi scored in the 89th min. The 76ers are 12.5-pt underdogs; a 3-pt shot.", "Messi scored in the eighty-ninth "
     "minute. The seventy-sixers are twelve point five-point underdogs; a three-point shot."),
    ("He scored in 90+3'! The Chiefs won 38-35, a 21-14 lead, 20-20 vision; it ended 3-1, with 0:02 left.",
     "He scored in ninety plus three! The Chiefs won thirty-eight to thirty-five, a twenty-one to fourteen"
     " lead, twenty-twenty vision; it ended three-one, with two seconds left."),
    ("LeBron had 40 pts, 12 reb, 9 ast, 3 stl and 2 blk. Our app has a 4.8★ rating; it got 4.5★ from critics.",
     "LeBron had forty points, twelve rebounds, nine assists, three steals and two blocks. Our app has a "
     "four point eight-star rating; it got four point five stars from critics."),
    ("See cl. 3.1, Sch. 2 and Reg. 5. It fixes CVE-2023-12345; ISBN 978-0-306-40615-7.",
     "See clause three point one, Schedule two and Regulation five. It fixes CVE twenty twenty-three, one "
     "two three four five; ISBN nine seven eight, zero, three zero six, four zero six one five, seven."),
    # a document's revision (espeak: "rev"), TED and TEDx (espeak: "T-E-D", "tedks"), the reverend kept
    ("Refer to SOP-104 rev. B, then Rev. 3; Rev. Jesse Jackson gave a TED talk at TEDxLondon.",
     "Refer to SOP one oh-four revision B, then Revision three; Reverend Jesse Jackson gave a Ted talk at Ted X "
     "London."),
    # science narration: a unit after a written scale word, atm and mya (espeak: "A-T-M", "M-Y-A"), mc² (espeak: "muck")
    ("The Sun is 1.39 million km across; water boils at 100 °C at 1 atm; T. rex lived 68–66 mya. E = mc², x^2 + y^3; "
     "a million in cash.",
     "The Sun is one point three nine million kilometres across; water boils at one hundred degrees Celsius at one "
     "atmosphere; T. rex lived sixty-eight to sixty-six million years ago. E equals M C squared, x squared + y cubed; "
     "a million in cash."),
    # in a line with any non-ASCII character, a file's extension kept its space ("choose.docx" was read as one word)
    ("Go to File > Save As… and choose .docx, then open ☕ .env. Great job 👏!",
     "Go to File, Save As… and choose .docx, then open .env. Great job!"),
    # a novel's lines: "in '78" is no inches, a scene, a clock time with its leading zero (espeak: "zero six zero zero")
    ("They met at Studio 54 in '78; Act III, Sc. 2. The 1st Battalion moved at 0600, report by 0730, 0400 hrs; we "
     "have 0500 units.",
     "They met at Studio fifty-four in 'seventy-eight; Act three, Scene two. The first Battalion moved at oh six "
     "hundred, report by oh seven thirty, oh four hundred hours; we have zero five zero zero units."),
    # a prescription's Latin (espeak: "B-I-D"), a travel price per person, a vlogger's sign-off (espeak: "zaksoh")
    ("Take 2 caps b.i.d. for 7 days, 1 tab t.i.d. or q.d., and p.r.n. for pain. The tour costs €35 pp, from £89 "
     "pppn or £9.99pp, 2 blks away. Another GRWM! xoxo",
     "Take two caps twice a day for seven days, one tab three times a day or once a day, and as needed for pain. The "
     "tour costs thirty-five euros per person, from eighty-nine pounds per person per night or nine pounds and "
     "ninety-nine pence per person, two blocks away. "
     "Another get ready with me! [[ˌɛksˌoʊˌɛksˈoʊ]]"),
    # a report's trend arrows (left out, the change lost its sign) and a ratio with thousands ("one,zero zero zero")
    ("Revenue ↑ 12% QoQ; churn ▼3%, costs ↓ $40K; scroll ↓. The ratio was 1:1,000, on a 16:9 screen.",
     "Revenue up twelve percent quarter over quarter; churn down three percent, costs down forty thousand dollars; "
     "scroll. The ratio was one to one thousand, on a sixteen to nine screen."),
    # decades after a hyphened cue and in a list (her mid-30s was "mid-thirty seconds"); seconds stay seconds
    ("She is in her mid-30s, he in his late-40s; pre-90s music, the 70s, 80s and 90s. Rest 30s and 60s.",
     "She is in her mid-thirties, he in his late-forties; pre-nineties music, the seventies, eighties and nineties. "
     "Rest thirty seconds and sixty seconds."),
    # addresses and hardware: a quadrant (Ave. NW ended a sentence), numbered streets (espeak: "third Saint"), a UK
    # mobile, a plus in an address, Brazil's reais, gallons and quarts, fractional inches that describe
    ("Ship to 1600 Pennsylvania Ave. NW, Washington, or 3rd St. and 42nd St, 14th St NW; our 2nd St. Louis store. "
     "Call +44 7700 900123 or email jane.doe+news@example.co.uk. Save R$200; it holds 15 gal, 2 qt and 8 fl oz. "
     "Use 1/4\" bolts, 2\" screws and a 1/4 in. drill bit; 3/4\" thick.",
     "Ship to sixteen hundred Pennsylvania Avenue Northwest, Washington, or third Street and forty-second Street, "
     "fourteenth Street Northwest; our second Saint Louis store. Call plus four four, seven seven zero zero, nine "
     "zero zero one two three or email jane dot doe plus news at example dot co dot U K. Save two hundred reais; it "
     "holds fifteen gallons, two quarts and eight fluid ounces. [[jˈuːz]] quarter inch bolts, two inch screws and a "
     "quarter inch drill bit; three quarters of an inch thick."),
    # compliance training: §§ (espeak: "section section"), PHI (espeak: "phi", the Greek letter)
    ("Per HIPAA, PHI is protected; see §§ 3-5 and § 7. The Greek letter phi.",
     "Per HIPAA, P-H-I is protected; see sections three to five and § seven. The Greek letter phi."),
    # a streamer's goals and a record: "out of" (was "five hundred-one thousand"), "to" for 25-3 (was one word)
    ("Sub goal: 500/1000. HP 45/120, I scored 18/20, 20/20 vision; due 12/25. He went 25-3, a 12-6 record; 10-4, "
     "over.",
     "Sub goal: five hundred out of one thousand. HP forty-five out of one hundred and twenty, I scored eighteen out "
     "of twenty, twenty twenty vision; due December twenty-fifth. He went twenty-five to three, a twelve to six "
     "record; ten-four, over."),
    # numbered steps start their sentences with a capital (the readings shown showed "one. Open the app."); Tbl.
    ("1. Open the app. 2. Tap Settings. See Tbl. 4, column Col. 2.",
     "One. Open the app. Two. Tap Settings. See Table four, column Col. two."),
    # numerals from XL up (Super Bowl LVIII was "*LVI*": its III taken for a stretched word), sizes and brands kept
    ("Super Bowl LVIII, then Super Bowl LX; Chapter XLII and Apollo XIII. Size XL, an LV bag, MCMXCVIII.",
     "Super Bowl fifty-eight, then Super Bowl sixty; Chapter forty-two and Apollo thirteen. Size XL, an LV bag, "
     "MCMXCVIII."),
    ("Rule 2(a)(l) applies.", "Rule two A L applies."),  # (l) a letter in a list, not fifty
    # front matter and chapters in lowercase numerals (espeak read "iv" as a word); the pronoun "i" stays
    ("See page iv and pp. xii–xv, then p. ix. Ch. xiv: step ii, then Part iii. For the most part i agree.",
     "See page four and pages twelve to fifteen, then page nine. Chapter fourteen: step two, then Part three. For the "
     "most part i agree."),
    ("Read pp. ii–iv, then play ii–V–I, then rest.", "Read pages two to four, then play two five one, then rest."),
    # in upper case too: "page IV" was the drip's letters, "Chapters IV-VI" left as letters
    ("See page IV and pp. XII–XV; Chapters IV-VI cover it.",
     "See page four and pages twelve to fifteen; Chapters four to six cover it."),
    # 3M the company where it is possessive or an employer (was "three million's revenue"); a count stays millions
    ("3M's revenue fell. She joined 3M in 2010, an engineer at 3M. We're at 3M! We hit 3M views.",
     "Three M's revenue fell. She joined three M in twenty ten, an engineer at three M. We're at three million! We hit "
     "three million views."),
    # a game's hit points are letters (were "horsepower"); an engine's stay horsepower
    ("The boss has 500 HP. Heal 30 HP and 20 MP with a potion.",
     "The boss has five hundred HP. Heal thirty HP and twenty MP with a potion."),
    ("A 300 HP engine; the V8 makes 450 hp.", "A three hundred horsepower engine; the V eight makes four hundred and "
     "fifty horsepower."),
    # ≈ (espeak said nothing), a building's rooms, a build number
    ("About ≈ 2%, x ≈ 3.14, f(x)≈0.5 and ≈2,000 people.",
     "About two percent, x is approximately three point one four, f(x) is approximately zero point five and about "
     "two thousand people."),
    ("Go to Bldg. 4, Rm. 210, 3rd Flr. Then Gate 101.", "Go to Building four, Room two ten, third Floor. Then Gate one "
     "oh one."),
    ("Version 10.0.19045 is installed.", "Version ten point zero point one nine zero four five is installed."),
    # a loss: espeak dropped the hyphen of -$2.4 million (a gain, heard); the accountant's $(1,200); $5-$10 a range
    ("Net was -$2.4 million, costs $(1,200), Loss: -€300; it costs $5-$10.",
     "Net was minus two point four million dollars, costs minus one thousand two hundred dollars, Loss: minus three "
     "hundred euros; it costs five to ten dollars."),
    # a finance update: a falling percentage, a range with its scale once or twice ("$1m-$2m" was "one metre to…"),
    # a capitalised thing an amount describes, a quarter and its year apart
    ("Shares fell -4.5%; guidance $1.1–1.3B, then $1m-$2m; a $50M Series B; 5 -10% more; Q4 '23 beat.",
     "Shares fell minus four point five percent; guidance one point one to one point three billion dollars, then one "
     "million to two million dollars; a fifty million dollar Series B; five to ten percent more; Q four twenty-three "
     "beat."),
    # a log's timestamp (was "…to oh three-15T10:thirty:oh zero Z") and a range of days
    ("Logged at 2024-03-15T10:30:00Z, again 2024-03-15T10:30:15+05:30.",
     "Logged at March fifteenth, twenty twenty-four at ten thirty UTC, again March fifteenth, twenty twenty-four "
     "at ten thirty and fifteen seconds UTC plus five thirty."),
    ("1st–3rd June, then Dec 24th-26th.", "The first to the third of June, then December twenty-fourth to "
     "twenty-sixth."),
    # a recipe's cups (espeak: "see") and heat, an equation's number in brackets (an aside between pauses, said
    # "Eq. Three,")
    ("Stir in ¾ c. milk and 1 1/2 c. water, then 2 c. flour on med-high heat. Eq. (3) and Equation (2.1) give it; "
     "born c. 1850.",
     "Stir in three quarters cup milk and one and a half cups water, then two cups flour on medium-high heat. Equation "
     "three and Equation two point one give it; born circa eighteen fifty."),
    # a holiday named after someone (the dot ended the sentence: "King Junior. Day"), shortened words with an
    # apostrophe (espeak: "guvt"), emphasis written with underscores (snake_case and __init__ stay)
    ("Martin Luther King Jr. Day; John Lee Sr. Then Gov't and int'l funds. I _really_ mean it: set max_retries, "
     "call __init__.",
     "Martin Luther King Junior Day; John Lee Senior. Then Government and international funds. I *really* mean it: set "
     "max_retries, call __init__."),
    # a tech tutorial: "in" before a file name is no inch ("eighty inches .env"); a named flag without its command
    ("Set PORT=8080 in .env; it is 12 in (30 cm), cut to 12 in, then use the --force flag.",
     "Set PORT equals eight thousand and eighty in .env; it is twelve inches, thirty centimetres, cut to twelve "
     "inches, then use the dash dash force flag."),
    # odds (was "one inch-a-million") and percentage points (espeak: "P-P"), not a report's pages
    ("A 1-in-a-million chance; margins rose 0.5pp, down 1pp; the report is 40 pp.",
     "A one-in-a-million chance; margins rose zero point five percentage points, down one percentage point; the report "
     "is forty pages."),
    # a phone menu's keys (espeak: nothing, or emphasis), a bearing's minutes and seconds (were feet and inches),
    # streets without their dots (espeak: "ah-vay", "R-D", "doctor")
    ("Press 1 for sales, # to repeat; dial *67 or press * to go back. At 40°44′55″N 73°59′11″W, 1600 Pennsylvania Ave "
     "NW, Abbey Rd and Ocean Dr; Hello Dr Smith.",
     "Press one for sales, pound to repeat; dial star sixty-seven or press star to go back. At forty degrees "
     "forty-four minutes fifty-five seconds north seventy-three degrees fifty-nine minutes eleven seconds west, "
     "sixteen hundred Pennsylvania Avenue Northwest, Abbey Road and Ocean Drive; Hello Dr Smith."),
    # a menu command's dots are no hesitation; a speaker's are
    ("Open the Save As... dialog, click Options… button. Well... box it up.",
     "Open the Save As dialog, click Options button. Well... box it up."),
    # ancient history: "10,000 BC" was "Ten,zero BC"; years before Christ count down, and a range is still "to"
    ("By 10,000 BC; c. 500–450 BC, 753–509 BCE and AD 100–200.",
     "By ten thousand BC; circa five hundred to four fifty BC, seven fifty-three to five oh-nine BCE and AD one "
     "hundred to two hundred."),
    # a key with its flat written "b" (espeak: "B-B"), binary sizes (espeak: "G-I-B"), a pre-release version
    ("A Bb major scale in the key of Eb; 1.5 GiB; v1.0.0-beta.2 and 2.1-rc1.",
     "A B flat major scale in the key of E flat; one point five gibibytes; version one point zero point zero beta two "
     "and two point one R C one."),
    ("A 5k run and a 4K screen; 2k+ users, 3k followers.",
     "A five K run and a four K screen; two thousand plus users, three thousand followers."),
    # the beta's full stop was read after a space; "90s" in "1980s-90s" was "ninety seconds"
    ("Ship v2.0.1-beta. The 1980s-90s, the 1950s, 60s and 70s, the 2010s–2020s.",
     "Ship version two point zero point one beta. The nineteen eighties to nineties, the nineteen fifties, sixties "
     "and seventies, the twenty tens to twenty twenties."),
    # Word's curly marks: a decade (was "ninety seconds"), feet and inches, but not a quotation's close
    ("The ’90s: she’s 5’4”, it’s 12’ long, a 27” monitor, “Top 5” lists, ‘Top 5’ ones; Gov’t funds.",
     "The nineties: she’s five foot four, it’s twelve feet long, a twenty-seven inch monitor, “Top five” lists, ‘Top "
     "five’ ones; Government funds."),
    # thousands grouped by spaces, as European and scientific writing does (was "ten zero zero zero"); a phone's
    # groups stay digits
    ("It costs 10 000 euros, 1 234 567 km away; call 555 123 4567 or 1 800 423-4343, or dial 1 800 CALL ATT.",
     "It costs ten thousand euros, one million two hundred and thirty-four thousand five hundred and sixty-seven "
     "kilometres away; call five five five, one two three, four five six seven or one eight hundred, four two three, "
     "four three four three, or dial one eight hundred, CALL ATT."),
    # compliance references: a section's decimal number before its parts, a federal rule's, a standard's number
    # with a hyphen (was "eight hundred to fifty-three"); a score keeps its "to"
    ("HIPAA § 164.512(b), Clause 4.2.1(a), Fed. R. Civ. P. 12(b)(6); NIST SP 800-53. The Lakers won 112-108.",
     "HIPAA § one sixty-four point five twelve B, Clause four point two point one [[ˈeɪː]], "
     "Fed. R Civ. P. twelve B six; NIST SP eight hundred fifty-three. The Lakers won one hundred and twelve to one "
     "hundred and eight."),
    # a deadline's clock with its seconds (was a duration, "eleven hours, fifty-nine minutes…"), noon in a range
    ("Submit until 11:59:59 PM, or 9:00:00 AM; open noon–2 p.m. and 10am-noon.",
     "Submit until eleven fifty-nine and fifty-nine seconds P-M, or nine A-M; open noon to two P-M and ten A-M to "
     "noon."),
    # age groups (were "eighteen seconds"), while a time stays seconds; percent written "pct" (espeak: "P-C-T")
    ("The under-18s team, for under 18s only; Over-60s free. It took under 30s, a 5 pct rise.",
     "The under-eighteens team, for under eighteens only; Over-sixties free. It took under thirty seconds, a five "
     "percent rise."),
    # a month shortened before a year (espeak: "mar", "sept")
    ("Launched Mar 2025, updated Sept. 2023 and Jan 12, 2025.",
     "Launched March twenty twenty-five, updated September twenty twenty-three and January twelfth, twenty "
     "twenty-five."),
    # text copied from a web page or a feed, its HTML entities (espeak: "ampersand amp"); R&D; and Q&As; are no entities
    ("A guest &amp; a listener Q&amp;A; it&#8217;s caf&eacute; time, 5&nbsp;kg; R&D; and Q&As;. Hi &#x200B; there.",
     "A guest & a listener Q and [[ˈeɪː]]; it’s café time, five kilograms; R and D; and Q&As;. Hi there."),
    # a tennis match's sets are scores (3-6 was "three to six"); a list of ranges and "won 2-3 games" stay ranges
    ("Djokovic won 6-4, 3-6, 7-6(5); she lost 3-6, 4-6. Ages 3-5, 6-8 welcome; we won 2-3 games.",
     "Djokovic won six-four, three-six, seven-six(five); she lost three-six, four-six. Ages three to five, six to "
     "eight welcome; we won two to three games."),
    # found reading 48,609 GoEmotions comments before and after this session's rules: "Super Bowl I'm" was "one'm",
    # "6'9 215 pound" "six'nine thousand…", "Called Dr [NAME]" "Drive"; a match's minute was feet
    ("In the Super Bowl I'm loud; twin 6'9 215 pound forwards; Called Dr [NAME]; the 40’ mark, in the 95’. A 6' fence.",
     "In the Super Bowl I'm loud; twin six foot nine two hundred and fifteen pound forwards; Called Dr [NAME]; the "
     "fortieth minute mark, in the ninety-fifth minute. A six foot fence."),
    # a British advert's price per month or per annum (was "ninety-nine pencepm"); 5pm stays a time
    ("Prices from £9.99pm, a £30k pa salary, £12 p/m; call at 5pm.",
     "Prices from nine pounds and ninety-nine pence per month, a thirty thousand pounds per annum salary, twelve "
     "pounds per month; call at five P-M."),
    # a price per a measure or each (espeak: "dollars slash K G"), a count per second ("requests slash S"), req
    ("Bananas $3/kg, gas $3.50/gal, 3 cents/kWh, £12/sq ft, $4.99/100g, $2/ea. At 50 tokens/s, 600k req/min, 1 req/s.",
     "Bananas three dollars per kilogram, gas three dollars and fifty cents per gallon, three cents per kilowatt hour, "
     "twelve pounds per square foot, four dollars and ninety-nine cents per one hundred grams, two dollars each. At "
     "fifty tokens per second, six hundred thousand requests per minute, one request per second."),
    # a diaeresis word as CMUdict says it without the mark (espeak: "Chloë" "klah-eh", "Noël" "nah-el", "Brontë"
    # "bront-eh"); a metal umlaut and a name CMUdict lacks are left to espeak
    ("Chloë and Zoë's Noël; Emily Brontë, a naïve coöperative. Mötley Crüe, Loïc.",
     "[[klˈoʊi]] and [[zˈoʊiz]] [[noʊˈɛl]]; Emily [[bɹˈɑːnti]], a [[nˌaɪˈiːv]] [[koʊˈɑːpɚˌeɪtɪv]]. Mötley Crüe, Loïc."),
    # a time's dot that ends a sentence before a number stays (was "eight P-M twenty-one plus only", one sentence)
    ("Doors 7pm, show 8pm. 21+ only. Meet at 5 p.m. 3 of us go. At 5 p.m., then at 6 p.m. on Friday.",
     "Doors seven P-M, show eight P-M. Twenty-one plus only. Meet at five P-M. Three of us go. At five P-M, then at six "
     "P-M on Friday."),
    # a month shortened after a word of time (espeak: "jan", "deck"; "I met Jan." stays a name), a currency pair
    ("Inflation was 3.1% in Jan. Sales fell in Aug. and rose since Dec. prices fell. I believe in Jan. EUR/USD fell; "
     "USD/JPY and AUD/USD rose.",
     "Inflation was three point one percent in January. Sales fell in August and rose since December prices fell. I "
     "believe in Jan. Euro dollar fell; dollar yen and Australian dollar US dollar rose."),
    # a prescription's Latin in capitals after a dose or route (espeak: "bid"; "a BID" stays), dilute 1:10 "to"
    ("Give 1 g/kg/day divided BID; 500 mg PO TID; 0.5 mg IV q6h PRN. Dilute 1:10 in NS. The BID team; meet at 1:10.",
     "Give one gram per kilogram per day divided twice a day; five hundred milligrams PO three times a day; zero point "
     "five milligrams [[ˌaɪvˈiː]] every six hours as needed. Dilute one to ten in NS. The BID team; meet at one ten."),
    # cents written with a c where the words say it is a price (espeak: "ninety-nine see"); Grade 5c stays a letter
    ("Only 99c! Apples are 99c/lb, a 50c coin, they cost 10c each. Grade 5c students in room 12c.",
     "Only ninety-nine cents! Apples are ninety-nine cents per pound, a fifty cent coin, they cost ten cents each. "
     "Grade 5c students in room 12c."),
    ("A 50¢ stamp costs 50¢.", "A fifty cent stamp costs fifty cents."),  # the amount describes the stamp
    # British emergency numbers and postcodes (espeak: "nine hundred and ninety-nine", "two A-uh"); an MP3 4GB is none
    ("Ring 999 or the NHS 111 line; write to London SW1A 2AA. Buy the MP3 4GB.",
     "Ring nine nine nine or the NHS one one one line; write to London S W one [[ˈeɪː]], two [[ˈeɪː]] [[ˈeɪː]]. Buy "
     "the MP three four gigabytes."),
    # a part of a whole ("one out of five", "one-six" before): before "of" or a cup, or in a sum
    ("1/5 of the class, 1/10 of a second, 2/5 cup flour; 2/3 + 1/6 = 5/6. Rated 4/5; 7/10 people.",
     "One fifth of the class, one tenth of a second, two fifths cup flour; two thirds + one sixth equals five sixths. "
     "Rated four out of five; seven out of ten people."),
    # a ratio of three parts (was "one colon two colon three"); a clock's three parts stay a duration
    ("The ratio is 1:2:3, a 3:2:1 split; it ended 1:02:03.",
     "The ratio is one to two to three, a three to two to one split; it ended one hour, two minutes and three "
     "seconds."),
    # a range of multiples written twice (was "two times–three times")
    ("It is 2x–3x faster, 1.5x-2x cheaper.", "It is two to three times faster, one point five to two times cheaper."),
    # a decimal comma before a unit, a sign or a scale, as European writing has it (was "three,five km"); a list of
    # numbers and 3,000 stay as they were
    ("It is 3,5 km away; growth was 12,5 % with 1,5 million users; read chapters 1,2 in order; 3,000 km.",
     "It is three point five kilometres away; growth was twelve point five percent with one point five million "
     "users; read chapters one,two in order; three thousand kilometres."),
    # a Greek letter glued to a Latin one or a digit (espeak: "pyer", "deltaks"); ohms (espeak: "omega")
    ("C = 2πr, the area is πr², Δx is small; 5 μm, a 100Ω resistor, R = 4.7kΩ; λόγος.",
     "C equals two π r, the area is π r squared, Δ x is small; five micrometres, a one hundred ohm resistor, R equals "
     "four point seven kilohms; λόγος."),
]


@pytest.mark.parametrize("written, spoken", CASES)
def test_normalization(written, spoken):
    assert normalize_text(written) == spoken


def _typeset(text: str) -> str:
    """Text as Word's typographer leaves it: ' and " curled, opening after a space or a bracket, else closing."""
    curled = []
    for index, char in enumerate(text):
        opens = index == 0 or text[index - 1].isspace() or text[index - 1] in "([{“"
        curled.append({"'": "‘’", '"': "“”"}[char][0 if opens else 1] if char in "'\"" else char)
    return "".join(curled)


def _straight(text: str) -> str:
    return text.translate(str.maketrans("‘’“”", "''\"\""))


def test_no_break_spaces_newlines_and_hyphens_read_as_plain_ones():
    """A web page's &nbsp;, Word's no-break space between "5" and "kg" or a line broken in a JSONL text left every rule
    blind ("Call 911" was "nine hundred and eleven")."""
    for written, spoken in CASES:
        assert normalize_text(written.replace(" ", "\u00a0")) == spoken, written
        assert normalize_text(written.replace(" ", "\n")) == spoken, written
        assert normalize_text(written.replace("-", "\u2011")) == spoken, written  # Word's no-break hyphen
    # a soft hyphen, a typesetter's hint where a word may break, is nothing ("Wed­nesday" split the day's name)
    assert normalize_text("Open Monday, Wed\u00adnesday and Sat\u00adur\u00adday.") == ("Open Monday, Wednesday and "
                                                                                   "Saturday.")


@pytest.mark.parametrize("written", [written for written, _ in CASES if "'" in written or '"' in written])
def test_curly_quotes_and_apostrophes_read_as_straight_ones(written):
    """Scripts pasted from Word: "the ’90s" was "ninety seconds", 5’4” a stray quote."""
    assert _straight(normalize_text(_typeset(written))) == _straight(normalize_text(written))


def test_a_line_of_thousands_of_digits_is_read_out_not_refused():
    """num2words refuses numbers past 10^36, and a digit run once took minutes to scan (a pattern that could start at
    every digit): both are gone."""
    assert normalize_text("Code " + "1" * 50_000 + ".") == "Code " + " ".join(["one"] * 50_000) + "."
    assert normalize_text("9" * 40 + "/" + "9" * 40 + "th").startswith("Nine nine")
    # a pattern starting at every space of a long run was quadratic too (50,000 spaces: 14 s)
    assert normalize_text("Love you" + " " * 50_000 + "(really) <3") == "Love you, really"
    # and a run of hyphenated capitals (a stutter's pattern took 40 s on 20,000 "W-"; "Web 2.0"'s, 24 s)
    assert normalize_text("W-" * 20_000 + "what") == "W-" * 20_000 + "what"
    # and capitals joined by apostrophes (the shouting pattern could start at each: 20,000 "'L" took about 20 s)
    assert normalize_text("'L" * 20_000) == "'L" * 20_000


def test_markup_is_left_alone():
    text = 'Wait 2 s. <break time="2s"/> Say [[wˈɪn 2]] now.'
    assert normalize_text(text) == 'Wait two seconds. <break time="2s"/> Say [[wˈɪn 2]] now.'


def test_no_emoji_name_or_symbol_code_reaches_espeak():
    """espeak says "grinning face", "folded hands", "white heavy check mark" and "symbol two six zero five" (★)."""
    line = "Thanks 🙏🏽 team 👨‍👩‍👧 ✅ done ♪ ➜ next 🇺🇸 ★ 🔥"
    said = " ".join(c.phonemes for c in phonemize(normalize_text(line), "en-us"))
    assert said == " ".join(c.phonemes for c in phonemize("Thanks team done next", "en-us")), said
    assert normalize_text("I \ue000 NY \ue001 x") == "I NY x"  # the placeholders it uses are not taken from the text


def test_letters_espeak_cannot_say_are_said_as_their_base_letters_not_their_codes():
    """espeak read "Nguyễn" as "N G U Y letter one E C five N" and full-width letters likewise; a name pasted from a
    Mac (e and a combining accent) lost its accent."""
    import unicodedata

    cases = {"Nguyễn Thị Thu won.": "Nguyen Thi Thu won.", "Trần Hưng Đạo": "Tran Hung Dao",
             "Ｆｕｌｌ ｗｉｄｔｈ！": "Full width!", unicodedata.normalize("NFD", "Café Zoë"): "Café [[zˈoʊi]]",
             "Björk, Señor Muñoz, Łódź, Œuvre": "Björk, Señor Muñoz, Łódz, Œuvre",  # espeak says these
             "The mean x̄ and the estimate ŷ.": "The mean x bar and the estimate y hat.",
             "Keep going ( ͡° ͜ʖ ͡°)": "Keep going"}  # a face, not "degrees turned glottal stop degrees"
    for written, spoken in cases.items():
        assert normalize_text(written) == spoken, written
        said = " ".join(clause.phonemes for clause in phonemize(normalize_text(written), "en-us"))
        assert "lˌɛɾɚ" not in said and "dˌiːstɹ" not in said, (written, said)  # "letter…", "D stroke"


def test_plain_prose_is_untouched():
    text = "The storm had raged for three days when the boat reached the lighthouse."
    assert normalize_text(text) == text


def test_lone_acronyms_are_spelled_by_espeak():
    phonemes = "".join(c.phonemes for c in phonemize(normalize_text("The FBI called."), "en-us"))
    assert "ɛf" in phonemes and "ˈaɪ" in phonemes


def test_a_take_is_named_by_the_words_the_engine_is_given():
    """So an improvement to the normalizer re-renders exactly the lines whose reading it changes."""
    from engine.synthesis import SynthesisSettings, render_key
    from engine.voices import get_voice

    voice, settings = get_voice("af_heart"), SynthesisSettings()
    assert render_key("Call 555-0123.", voice, settings) == render_key("Call five five five, zero one two three.", voice, settings)
    assert render_key("Call 555-0123.", voice, settings) != render_key("Call 555-0124.", voice, settings)


def test_the_letter_a_and_a_m_are_said_as_letters_not_the_article():
    """espeak reads a lone capital A as the article "uh": Plan A, room 12A and 10 a.m. must say the letter."""
    for written, word in (("Plan A failed.", "plˈæn"), ("It opens at 10 a.m. today.", "tˈɛn"),
                          ("Go to room 12A.", "twˈɛlv"), ("So. A is the right answer.", "sˈoʊ"),
                          ("Yes. A or B will do.", "jˈɛs")):
        clauses = phonemize(normalize_text(written), "en-us")
        said = " ".join(c.phonemes for c in clauses)
        assert word in said and "ɐ" not in said.split(word, 1)[1], (written, said)
        assert clauses[-1].terminator == ".", (written, clauses)  # the full stop after the letter is kept


@pytest.mark.parametrize("written", ["I was going to tell you—but never mind.", "I was going to tell you - but never mind.",
                                     "I was going to tell you -- but never mind.", "I was going to tell you--but never mind."])
def test_a_dash_between_words_is_a_pause(written):
    """espeak-ng breaks the clause (and the voices pause, as at a semicolon) only at a spaced em or en dash."""
    clauses = phonemize(normalize_text(written), "en-us")
    assert [clause.terminator for clause in clauses] == [";", "."], clauses


@pytest.mark.parametrize("written, verb", [
    ("Close the app.", "klˈoʊz"), ("First, use the menu.", "jˈuːz"), ("Record your screen.", "ɹᵻkˈɔːɹd"),
    ("Export the video; update it.", "ɛkspˈɔːɹt"), ("Please use caution.", "jˈuːz"), ('"Close it," she said.', "klˈoʊz"),
    ("Excuse me.", "ɛkskjˈuːz"), ("Live your best life.", "lˈɪv"), ("Present three options.", "pɹɪzˈɛnt"),
    ("Are we live?", "lˈaɪv"), ("We are live in five.", "lˈaɪv"), ("The wires are live.", "lˈaɪv"),
    ("We're going live in five.", "lˈaɪv"), ("Polish the silver.", "pˈɑːlɪʃ"),
    ("Update your resume.", "ɹˈɛzuːmˌeɪ"), ("She dove into the pool.", "dˈoʊv"), ("Buy fresh produce.", "pɹˈɑːduːs"),
    ("Visit the produce aisle.", "pɹˈɑːduːs"), ("Yesterday, I read the news.", "ɹˈɛd"),
    ("I just read your email.", "ɹˈɛd"), ("We read it a week ago!", "ɹˈɛd"),
    ("She read the letter and smiled.", "ɹˈɛd"), ("She opened the envelope. She read the letter.", "ɹˈɛd"),
    ("Maya laughed. They read the reviews together.", "ɹˈɛd"), ("Maya read the letter and smiled.", "ɹˈɛd"), ("We wound up in Paris.", "wˈaʊnd"),
    ("The road wound through the hills.", "wˈaʊnd"), ("Lead poisoning is rare.", "lˈɛd"),
    ("It is made of lead.", "lˈɛd"),
    ("We caught a bass.", "bˈæs"), ("Sea bass with lemon.", "bˈæs"), ("I'm content.", "kəntˈɛnt"),
    ("She felt content with that.", "kəntˈɛnt"), ("A minute amount of salt.", "maɪnˈuːt"),
    ("We had a blazing row.", "ɹˈaʊ"), ("Take a bow.", "bˈaʊ"), ("We need to decrease costs.", "dᵻkɹˈiːs"),
    ("Decrease the volume.", "dᵻkɹˈiːs"), ("She is an associate.", "ɐsˈoʊsiət"), ("A strong advocate.", "ˈædvəkət"),
    ("Each delegate voted.", "dˈɛlɪɡət"), ("She is an Associate Professor.", "ɐsˈoʊsiət"), ("Excuse me, sir.", "miː"),
    ("You can segment users by region.", "sɛɡmˈɛnt"), ("Read the weekly digest.", "dˈaɪdʒɛst"),
    ("It was a big upset.", "ˈʌpsɛt"), ("Our plans conflict.", "kənflˈɪkt"),
    ("Don't insult him.", "ɪnsˈʌlt"), ("They will subject it to tests.", "səbdʒˈɛkt"),
    ("Do a factory reset.", "ɹˈiːsɛt"), ("The import failed.", "ˈɪmpɔːɹt"), ("Check your data imports.", "ˈɪmpɔːɹts"),
    ("Approximate the value of pi.", "ɐpɹˈɑːksɪmˌeɪt"), ("Delete the duplicate file.", "dˈuːplᵻkət"),
    ("Remove any duplicates.", "dˈuːplᵻkəts"), ("Use strong passwords and 2FA.", "jˈuːz"),
    ("I used to live there.", "jˈuːst"), ("There used to be a mill here.", "jˈuːst"),
    ('"We always used to go," he said.', "jˈuːst"), ("That is what it used to be.", "jˈuːst"),
    ("She's used to it.", "jˈuːst"), ("You get used to the noise.", "jˈuːst"),
    ("They were not used to working late.", "jˈuːst"), ("Bow to the queen.", "bˈaʊ"), ("Bow low.", "bˈaʊ"),
    ("Click the close button.", "klˈoʊz"), ("Refuse collection is on Monday.", "ɹˈɛfjuːs"),
    ("Put it in the refuse bins.", "ɹˈɛfjuːs"), ("He moped around all day.", "mˈoʊpt")])
def test_a_word_spelled_alike_is_said_in_the_sense_its_neighbours_give(written, verb):
    """espeak-ng reads "Close the app" with the s of "a close call": at a sentence's start it takes the noun; and
    some words as their other sense where the words around them tell ("Are we live?", "your resume", "dove into")."""
    said = " ".join(clause.phonemes for clause in phonemize(normalize_text(written), "en-us"))
    assert verb in said.split(), said


@pytest.mark.parametrize("written", ["A close call. Close enough.", "Update this week: we shipped.",
                                     "They refuse bags of cash.", "She rides a moped.", "A moped in the rain.",
                                     "Record sales this year.", "I have no excuse.", "Close encounters.",
                                     "Where do you live?", "We're going to live in Paris.", "Resume the video.",
                                     "A white dove in the garden.", "The dove flew off.", "They produce bread.",
                                     "A Polish city.", "I read the news every day.", "Did you read it yesterday?",
                                     "Didn’t you read it last night?", "Yesterday I wanted to read it.",
                                     "Duplicate the layer.", "Use of force is rare.", "Use cases vary.",
                                     "I read the news and feel sad.", "I read and need more.",
                                     "Every morning I read the paper. Yesterday I skipped it.",
                                     "The needed fix: we read the spec.", "The wound was deep.",
                                     "Clean the wound with saline.", "The lead singer left.", "Lead the way.",
                                     "A bass guitar.", "Our content strategy.", "Wait a minute.",
                                     "A last minute change.", "A row of seats.", "A bow and arrow.", "Tie a bow.",
                                     "Prices are subject to change.", "A decrease in sales.", "Reset the router.",
                                     "Import the file.", "We import the data.", "The subject is math.",
                                     "Don't associate with them.", "We advocate change.", "Learn to delegate tasks.",
                                     "Then read the notes they posted.", "Did Maya read it? She smiled.",
                                     "It is hard to digest.", "Don't upset her.", "The conflict ended.",
                                     "The tool I used to fix it broke.", "The key was used to open the door.",
                                     "It is used to cut paper.", "A used car.", "Tie a bow to the gift."])
def test_nouns_and_adjectives_spelled_like_verbs_stay_as_written(written):
    assert normalize_text(written) == written


@pytest.mark.parametrize("written, said", [("Send a resume.", "ɐ ɹˈɛzuːmˌeɪ"), ("We caught a bass.", "ɐ bˈæs"),
                                           ("A minute amount.", "ɐ maɪnˈuːt"), ("Is it an [[ˈæpəl]]?", "ɐn ˈæpəl")])
def test_an_article_before_a_word_given_as_ipa_is_the_article_not_the_letter(written, said):
    """espeak, given "Send a" on its own before the IPA block, said the letter's name: "send ay résumé"."""
    clauses = phonemize(normalize_text(written), "en-us")
    assert said in [clause.phonemes for clause in clauses] and "ˈeɪ" not in clauses[0].phonemes, clauses


def test_the_instruction_verbs_are_given_in_the_voices_form():
    from engine.g2p import typed_ipa

    assert {word: typed_ipa(ipa) for word, ipa in _IMPERATIVE_VERBS.items()} == _IMPERATIVE_VERBS


def test_every_sense_given_as_ipa_is_shown_to_the_user_as_its_word_respelled():
    from engine.normalize import _HETERONYMS, SHOWN_AS

    senses = {*_IMPERATIVE_VERBS.values(), *(ipa for _, ipa, _ in _HETERONYMS if ipa), "ɹˈɛd"}
    assert all(SHOWN_AS.get(f"[[{ipa}]]", "").endswith(")") for ipa in senses)


def test_roman_numerals_and_dropped_plurals_reach_espeak_as_words():
    """espeak says "Henry roman eight", "an roman four line" and "scan both I-D": the normalizer leaves it none of these."""
    from engine.normalize import SHOWN_AS
    from engine.tts_engines import unsayable_symbols

    said = " ".join(c.phonemes for c in phonemize(
        normalize_text("Henry VIII started an IV line for Type II patients; scan both IDs."), "en-us"))
    assert "ɹˌoʊmən" not in said and "ˈeɪtθ" in said and "tˈuː" in said, said
    assert "aɪdˈiːz" in said and "aɪvˈiː" in said, said
    for ipa in (block for block in SHOWN_AS if block.startswith("[[")):  # every IPA the normalizer gives espeak
        assert not unsayable_symbols(ipa.strip("[]")), ipa


@pytest.mark.parametrize("written", ["Shh! She's asleep.", "Pfft, as if.", "Mm-hmm, go on.", "Mhm.", "Mm hmm.",
                                     "Hm, perhaps.", "Hmmmm, okay.", "Hmph. Fine.", "Mmm, cake.", "Brrr, it's cold.",
                                     "Grr!", "Zzz.", "Mm-mm, no.", "Mwah!"])
def test_interjections_are_sounds_not_letters_spelled_out(written):
    """espeak says "Shh" as "S-H-H", "Mm-hmm" as "M-M-hum", "Brrr" as "B-R-R-R"; a listener expects the sound."""
    said = " ".join(clause.phonemes for clause in phonemize(normalize_text(written), "en-us"))
    assert not re.search(r"ɛs|eɪtʃ|ɛm|ɛf|ɑːɹ|ziː|dʒiː|biː|piː", said), (written, said)


@pytest.mark.parametrize("written, heard, not_heard", [
    ("Ow! That hurts.", "ˈaʊ", "ˈoʊ"),  # not "Oh!"
    ("Owww!", "ˈaʊ", "ˈoʊ"),
    ("Ew, gross.", "ˈiːjuː", "jˈuː"),  # not "You, gross."
    ("Hahaha!", "hˈɑːhˈɑːhˈɑː", "hæh"),  # not "ha-HAH-huh"
    ("Aaah!", "ˈɑː", "ææ"),
    ("Uhh... I don't know.", "ˈʌ", "ˈuː"),  # not "ooh"
    ("Uhm, okay.", "ˈʌm", "ˈuːm"),
    ("Huhh?", "hˈʌ", "hˈuː"),
    ("Oooh, nice.", "ˈuː", "ˈuːoʊ"),  # not "oo-oh"
    ("Awww, thanks.", "ˈɔː", "ˈɔːʊwə")])  # not "aw-uh"
def test_interjections_espeak_reads_as_other_words_are_said_as_the_sound(written, heard, not_heard):
    said = " ".join(clause.phonemes for clause in phonemize(normalize_text(written), "en-us"))
    assert heard in said and not_heard not in said, (written, said)


@pytest.mark.parametrize("written, heard", [
    ("Track your KPIs.", "kˈeɪpˈiːʲaɪz"),  # espeak: "K-P-I", the s dropped
    ("The FBI's report.", "ˈɛfbˈiːʲaɪz"),
    ("FTEs and PTEs.", "pˈiːtˈiːʲˈiːz"),  # espeak: "tee"
    ("Two NGOs.", "ˈɛndʒˈiːʲˈoʊz"),  # espeak: "ungo"
    ("Send GIFs.", "ɡˈɪfs"),  # a word, with its s
    ("Mind your Ps and Qs.", "kjˈuːz"),  # espeak: "P-S and Q-S"
    ("NASA's budget.", "nˈæsɐz")])
def test_an_initialisms_plural_and_possessive_keep_their_s(written, heard):
    said = " ".join(clause.phonemes for clause in phonemize(normalize_text(written), "en-us"))
    assert heard in said, (written, said)


def test_an_a_inside_spelled_letters_is_the_letter_not_the_article():
    """In a hyphened chain espeak read an A after the first letter as "uh": S-A-T "es-uh-tee", F-A-A "ef-uh-uh"; and a
    list of known initialisms is no shouted sentence to read as words (it read "Sat, qa, faa")."""
    said = " ".join(c.phonemes for c in phonemize(normalize_text("SAT, QA, FAA, NCAA, MAUs, FAQs; MBAs, AEDs."),
                                                   "en-us"))
    assert "ɐ" not in said and said.count("eɪ") == 10, said


def test_a_stutter_is_said_as_sounds_and_spelled_words_stay_letters():
    """espeak said "W-w-what?" as "double-u double-u what"; N-O, T-shirt and s-l-o-w-l-y are letters on purpose."""
    assert normalize_text("W-w-what? D-don't! Th-th-that's it. P-please.") == \
        "Wuh-wuh-what? Duh-don't! Thuh-thuh-that's it. Puh-please."
    assert normalize_text("It's N-O, a T-shirt, s-l-o-w-l-y; so-so, Bye-bye.") == \
        "It's N-O, a T-shirt, s-l-o-w-l-y; so-so, Bye-bye."
    said = " ".join(clause.phonemes for clause in phonemize(normalize_text("W-w-what?"), "en-us"))
    assert "dˈʌbəljˌuː" not in said and said.startswith("wˈʌwˈʌ"), said


def test_interjections_leave_millimetres_and_words_alone():
    assert normalize_text("A 5 mm bolt, MM/DD, a shush and Sharp.") == \
        "A five millimetre bolt, MM DD, a shush and Sharp."
    assert normalize_text("The owl saw a new ewe; bow wow; Shaha.") == "The owl saw a new ewe; bow wow; Shaha."


def test_no_rule_of_the_normalizer_is_defined_twice():
    """A second `_DETERMINER_BEFORE` (or `_DAY_LIST`) silently replaces the first, and every rule using it changes."""
    import ast
    from collections import Counter
    from pathlib import Path

    import engine.normalize

    tree = ast.parse(Path(engine.normalize.__file__).read_text(encoding="utf-8"))
    names = Counter(target.id for node in tree.body if isinstance(node, ast.Assign) for target in node.targets
                    if isinstance(target, ast.Name))
    names.update(node.name for node in tree.body if isinstance(node, ast.FunctionDef))
    assert [name for name, count in names.items() if count > 1] == []
