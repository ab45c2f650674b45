"""Surface cues of emotion in written text: shouting, exclamations and intensifiers; stage directions that name an
emotion, "(angrily)" or an "[excited]" tag."""

from __future__ import annotations

import re

import numpy as np

INTENSIFIERS = frozenset(
    "absolutely completely totally utterly extremely incredibly really so very truly deeply "
    "terribly awfully insanely seriously literally entirely furious devastated terrified "
    "ecstatic thrilled horrified disgusted".split()
)
SOFTENERS = frozenset("little bit slightly somewhat kinda sort fairly rather mildly quite".split())
_WORD = re.compile(r"[A-Za-z']+")

# Words a script's parenthetical or tag uses to direct a line, by the emotion they ask for.
_DIRECTION_WORDS = {
    "anger": "angry angrily furious furiously annoyed irritated irritably mad enraged frustrated indignant fuming "
             "seething outraged bitterly bitter coldly sternly harshly snapping snaps snarling snarls exasperated "
             "defiantly defiant impatiently impatient grumpily grumpy sullenly sullen resentfully resentful "
             "accusingly accusing icily irately",
    "disgust": "disgusted disgust revolted repulsed contemptuous contempt sneering sneers disdainfully scornfully "
               "mocking mockingly sarcastic sarcastically contemptuously condescendingly condescending derisively "
               "dismissively scoffing scoffs",
    "fear": "scared afraid frightened terrified fearful fearfully nervous nervously anxious anxiously panicked "
            "panicking worried trembling hesitantly hesitant uneasily uneasy tense tensely shakily desperately "
            "frantic frantically alarmed horrified petrified apprehensive apprehensively timid timidly shyly gulps",
    "joy": "happy happily joyful joyfully excited excitedly laughing laughs giggling giggles cheerful cheerfully "
           "delighted elated thrilled gleeful amused smiling ecstatic warmly warm tenderly lovingly fondly proudly "
           "playfully teasing teasingly chuckling chuckles grinning beaming enthusiastically eagerly relieved "
           "smiles grins mischievously mischievous slyly cheekily impishly hopeful hopefully impressed admiringly "
           "affectionately brightly giddy triumphantly triumphant",
    "sadness": "sad sadly crying cries sobbing sobs tearful tearfully mournful grieving heartbroken depressed "
               "dejected gloomy devastated sighs sighing wistfully wistful sorrowfully regretfully weeping weeps "
               "pleading despairing hopelessly sorrowful mournfully glumly glum miserably miserable disappointed "
               "dejectedly ashamed guiltily remorsefully remorseful apologetically apologetic sheepishly sheepish "
               "embarrassed wearily weary tired tiredly exhausted resigned resignedly solemnly solemn grimly "
               "anguished distraught forlorn forlornly",
    "surprise": "surprised shocked astonished amazed stunned gasps gasping startled incredulous incredulously "
                "disbelief bewildered curious curiously intrigued confused puzzled perplexed baffled awed awe "
                "dumbfounded flabbergasted",
    "neutral": "calm calmly flat flatly deadpan neutral monotone evenly thoughtfully thoughtful pensively pensive "
               "dryly drily",
}
DIRECTION_EMOTIONS = {word: emotion for emotion, words in _DIRECTION_WORDS.items() for word in words.split()}
_STRONG_DIRECTIONS = frozenset("furious furiously enraged fuming seething outraged terrified panicked sobbing elated "
                               "thrilled ecstatic shocked devastated heartbroken revolted frantic frantically "
                               "despairing weeping horrified petrified anguished distraught dumbfounded "
                               "flabbergasted".split())
# Shades rather than states: "(warmly)" is a touch of joy, "(coldly)" a touch of anger, "(wearily)" of sadness.
_GENTLE_DIRECTIONS = frozenset("""warmly warm tenderly fondly wistfully wistful hesitantly hesitant uneasily uneasy
    coldly sternly playfully teasing teasingly relieved impatiently impatient grumpily grumpy sullenly sullen
    apprehensive apprehensively timid timidly shyly gulps smiles grins mischievously mischievous slyly cheekily
    impishly hopeful hopefully impressed admiringly affectionately brightly sheepishly sheepish apologetically
    apologetic embarrassed wearily weary tired tiredly resigned resignedly solemnly solemn grimly curious curiously
    intrigued confused puzzled perplexed""".split())
STRONG_INTENSITY, SOFT_INTENSITY = 1.0, 0.3
# Delivery a direction asks for, as the line's manual controls (volume in dB, rate as a multiple; the rates stay
# inside the band the studio re-renders without the engine).
_QUIET, _WHISPER, _LOUD, _SHOUT = {"volume": -6.0}, {"volume": -8.0, "rate": 0.95}, {"volume": 4.0}, {"volume": 6.0}
DIRECTION_DELIVERY = {
    **dict.fromkeys("whispering whispers whispered whisper".split(), _WHISPER),
    **dict.fromkeys("quietly softly hushed murmuring murmurs murmured muttering mutters muttered mumbling mumbles "
                    "mumbled".split(), _QUIET),
    **dict.fromkeys("gently".split(), {"volume": -3.0}),
    **dict.fromkeys("loudly".split(), _LOUD),
    **dict.fromkeys("shouting shouts shouted yelling yells yelled screaming screams screamed bellowing bellows "
                    "bellowed".split(), _SHOUT),
    **dict.fromkeys("slowly".split(), {"rate": 0.85}),
    **dict.fromkeys("wearily weary tired tiredly exhausted sleepily drowsily".split(), {"rate": 0.9}),
    **dict.fromkeys("quickly rapidly hurriedly hastily urgently breathlessly breathless".split(), {"rate": 1.15}),
}
# A direction said in a phrase, as the one word that says the same: "(through tears)" is "(tearfully)".
_DIRECTION_PHRASES = [
    (re.compile(r"\b(?:bursts?|bursting|breaks?|breaking) (?:into tears|down)\b"), "sobbing"),
    (re.compile(r"\b(?:through|in|holding back|fighting(?: back)?|close to|near|verge of) tears\b"
                r"|\b(?:trying|fighting|struggling) not to cry\b"), "tearfully"),
    (re.compile(r"\bthrough (?:gritted|clenched) teeth\b"), "angrily"),
    (re.compile(r"\bunder (?:his|her|their|my|your|one's) breath\b"), "muttering"),
    (re.compile(r"\bout of breath\b"), "breathlessly"),
    (re.compile(r"\bwith a (?:smile|grin)\b"), "smiles"),
    (re.compile(r"\bin (?:awe|wonder)\b"), "awed"),
    (re.compile(r"\bin disbelief\b"), "incredulously"),
]

CUE_NAMES = ("exclamations", "shouting", "intensifiers", "softeners", "questions", "elongation")


def cue_features(text: str) -> np.ndarray:
    """Six cue strengths in [0, 1], in `CUE_NAMES` order."""
    words = _WORD.findall(text)
    lowered = [w.lower() for w in words]
    caps = [w for w in words if len(w) > 1 and w.isupper()]
    n = max(len(words), 1)
    return np.array(
        [
            min(text.count("!") / 2, 1.0),
            min(len(caps) / n * 2, 1.0),
            min(sum(w in INTENSIFIERS for w in lowered) / 2, 1.0),
            min(sum(w in SOFTENERS for w in lowered), 1.0),
            min(text.count("?") / 2, 1.0),
            1.0 if re.search(r"([a-zA-Z])\1{2,}", text) else 0.0,
        ],
        dtype=np.float32,
    )


def direction_controls(note: str) -> dict:
    """What a stage direction asks of its line: the emotion it names ("angrily", "[excited]", "a little sad"), with an
    intensity when it says how much, and the delivery it names ("whispering", "[shouts]", "slowly") as volume and
    rate. The first word of each kind wins; "not angry" names nothing; {} for "to Anna" or "beat"."""
    lowered = note.lower()
    for phrase, word in _DIRECTION_PHRASES:
        lowered = phrase.sub(word, lowered)
    words = _WORD.findall(lowered)
    controls: dict = {}
    for index, word in enumerate(words):
        before = words[max(0, index - 2):index]
        if "not" in before:
            continue
        if word in DIRECTION_EMOTIONS and "emotion" not in controls:
            strong = word in _STRONG_DIRECTIONS or any(w in INTENSIFIERS for w in before)
            soft = word in _GENTLE_DIRECTIONS or any(w in SOFTENERS for w in before)
            controls |= {"emotion": DIRECTION_EMOTIONS[word],
                         "intensity": STRONG_INTENSITY if strong else SOFT_INTENSITY if soft else None}
        controls = {**DIRECTION_DELIVERY.get(word, {}), **controls}
    return controls
