"""Which words the voice has to guess: those no pronouncing dictionary lists."""

from engine.known_words import guessed_words
from engine.normalize import normalize_text


def test_names_brands_and_jargon_are_the_words_the_voice_guesses():
    said = normalize_text("Deploy it to Kubernetes; ask Anaïs about the EBITDA, then email Tadhg at 5pm.")
    assert guessed_words(said) == ("Kubernetes", "Anaïs", "EBITDA", "Tadhg")
    assert guessed_words("She said привет in Tokyo (東京).") == ("привет", "東京")


def test_dictionary_words_in_any_form_are_not_guessed():
    """British spellings, accents, possessives, plurals, dropped g's and compounds of listed words; the words the
    normalizer wrote (numbers, units); IPA blocks and break tags are no words to check."""
    assert guessed_words(normalize_text("The colour of the centre was analysed; we travelled to the café. "
                                        "Maya's dogs' livestream at 180°C, 2 tbsp. Lookin' good!")) == ()
    assert guessed_words("Say [[kubɚnˈɛtiz]] <break time=\"1s\"/> now.") == ()
    assert guessed_words("The Kubernetes, kubernetes and KUBERNETES.") == ("Kubernetes",)
