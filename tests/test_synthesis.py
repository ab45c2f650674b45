"""Real renders with both engines: the controls do what they say, long text holds together."""

from __future__ import annotations

import numpy as np
import parselmouth
import pytest

from engine.errors import IntonateError, UnknownVoiceError
from engine.synthesis import SynthesisSettings, render_key, synthesize
from engine.text import MAX_CHUNK_CHARS, split_sentences, strip_markup
from engine.voices import get_voice, list_voices

LINE = "The lighthouse keeper climbed the stairs every evening."


def median_pitch(audio: np.ndarray, rate: int) -> float:
    pitch = parselmouth.Sound(audio.astype(np.float64), sampling_frequency=rate).to_pitch()
    values = pitch.selected_array["frequency"]
    return float(np.median(values[values > 0]))


def rms_db(audio: np.ndarray) -> float:
    return float(20 * np.log10(np.sqrt(np.mean(audio.astype(np.float64) ** 2))))


def test_registry_has_28_kokoro_voices_and_piper_joe():
    voices = list_voices()
    kokoro = [v for v in voices if v.engine == "kokoro"]
    assert len(kokoro) == 28
    assert {v.language for v in kokoro} == {"en-US", "en-GB"}
    joe = get_voice("joe")
    assert (joe.engine, joe.sample_rate, joe.gender) == ("piper", 22050, "male")
    assert set(joe.to_json()) >= {"id", "engine", "language", "gender", "sample_rate"}
    with pytest.raises(UnknownVoiceError, match="unknown voice 'nobody'"):
        get_voice("nobody")


@pytest.mark.parametrize("voice_id", ["af_heart", "bm_george", "joe"])
def test_each_engine_renders_speech(voice_id):
    voice = get_voice(voice_id)
    rendered = synthesize(LINE, voice)
    assert rendered.sample_rate == voice.sample_rate
    # Nine words at a natural pace: roughly 2–5 seconds, clearly not silent, never clipping.
    assert 2.0 < rendered.duration_s < 5.0
    assert rms_db(rendered.audio) > -35
    assert np.abs(rendered.audio).max() <= 1.0


def test_rate_changes_duration():
    voice = get_voice("af_heart")
    normal = synthesize(LINE, voice).duration_s
    fast = synthesize(LINE, voice, SynthesisSettings(rate=1.5)).duration_s
    assert 0.55 < fast / normal < 0.8


def test_a_small_rate_change_reuses_the_engine_audio_and_is_exact():
    from engine.synthesis import PSOLA_RATE_BAND, _speech

    voice = get_voice("af_heart")
    text = "The tide is turning. We should go now."
    normal = synthesize(text, voice)
    before = _speech.cache_info()
    faster = synthesize(text, voice, SynthesisSettings(rate=1.1))
    assert PSOLA_RATE_BAND[0] < 1.1 < PSOLA_RATE_BAND[1]
    assert _speech.cache_info().hits - before.hits == 2 and _speech.cache_info().misses == before.misses
    assert normal.duration_s / faster.duration_s == pytest.approx(1.1, abs=0.02)


def test_pitch_request_is_measured_in_semitones():
    voice = get_voice("am_michael")
    base = synthesize(LINE, voice)
    up = synthesize(LINE, voice, SynthesisSettings(pitch=3.0))
    shift = 12 * np.log2(median_pitch(up.audio, up.sample_rate) / median_pitch(base.audio, base.sample_rate))
    assert shift == pytest.approx(3.0, abs=0.5)
    assert up.duration_s == pytest.approx(base.duration_s, abs=0.01)


def test_volume_request_is_measured_in_decibels():
    voice = get_voice("joe")
    base = synthesize(LINE, voice)
    quiet = synthesize(LINE, voice, SynthesisSettings(volume=-6.0))
    assert rms_db(quiet.audio) - rms_db(base.audio) == pytest.approx(-6.0, abs=0.05)


@pytest.mark.parametrize("voice_id", ["af_heart", "joe"])
def test_renders_are_deterministic(voice_id):
    voice = get_voice(voice_id)
    first, second = synthesize(LINE, voice), synthesize(LINE, voice)
    assert np.array_equal(first.audio, second.audio)
    sad = SynthesisSettings(emotion="sadness", intensity=1.2, rate=0.9)  # PSOLA stretches: Praat's randomness
    assert np.array_equal(synthesize(LINE, voice, sad).audio, synthesize(LINE, voice, sad).audio)


def test_whisper_hears_the_words_of_every_engine():
    from engine.asr import transcribe, word_error_rate

    text = "Did somebody say my name? The radio died, so I rowed the last mile."
    for voice_id in ("bf_emma", "joe"):
        rendered = synthesize(text, get_voice(voice_id))
        heard = transcribe(rendered.audio, rendered.sample_rate).text
        assert word_error_rate(text, heard) <= 0.1, heard


def test_pauses_are_added_around_the_line():
    voice = get_voice("af_heart")
    base = synthesize("Hello there.", voice)
    padded = synthesize("Hello there.", voice, SynthesisSettings(pause_before=0.5, pause_after=0.25))
    assert padded.duration_s == pytest.approx(base.duration_s + 0.75, abs=0.02)
    lead = padded.audio[: int(0.5 * padded.sample_rate)]
    assert np.abs(lead).max() == 0.0


def test_a_break_before_the_first_words_is_silence_before_them():
    """An SSML script's <speak><break time="1s"/>Hello…: the break was dropped, as nothing came before it."""
    voice = get_voice("af_heart")
    base = synthesize("Hello there.", voice)
    waited = synthesize('<break time="1s"/> Hello there.', voice)
    assert waited.duration_s == pytest.approx(base.duration_s + 1.0, abs=0.02)
    assert np.abs(waited.audio[: int(0.95 * waited.sample_rate)]).max() == 0.0


def test_long_paragraph_is_chunked_and_keeps_every_sentence():
    sentence = "Each of these sentences is read on its own and joined with a short natural pause."
    paragraph = " ".join([sentence] * 12)
    chunks = split_sentences(paragraph)
    assert len(chunks) == 12 and all(len(c) <= MAX_CHUNK_CHARS for c in chunks)
    rendered = synthesize(paragraph, get_voice("af_heart"))
    one = synthesize(sentence, get_voice("af_heart")).duration_s
    # Twelve sentences plus eleven pauses: nothing dropped, nothing repeated.
    assert 11.5 * one < rendered.duration_s < 12 * one + 11 * 0.5


def test_subtitles_and_readers_see_the_words_without_markup():
    """A stressed word's stars leave no space before the punctuation after it ("say, passionate ." in an SRT)."""
    line = 'Most of them were, let\'s say, *passionate*. I *really* mean it <break time="1s"/> okay.'
    assert strip_markup(line) == "Most of them were, let's say, passionate. I really mean it okay."


def test_run_on_sentence_is_split_at_clauses():
    clause = "and then the wind rose over the hills"
    run_on = ", ".join([clause] * 20) + "."
    chunks = split_sentences(run_on)
    assert len(chunks) > 1 and all(len(c) <= MAX_CHUNK_CHARS for c in chunks)
    assert " ".join(chunks).replace(" ", "") == run_on.replace(" ", "")


def test_settings_are_validated():
    with pytest.raises(IntonateError, match="rate must be"):
        SynthesisSettings(rate=5.0)
    with pytest.raises(IntonateError, match="pitch must be"):
        SynthesisSettings(pitch=-20)
    with pytest.raises(ValueError):
        SynthesisSettings(emotion="smug")
    with pytest.raises(IntonateError, match="nothing to say"):
        synthesize("... !!", get_voice("af_heart"))


def test_render_key_follows_text_voice_and_settings():
    voice = get_voice("af_heart")
    key = render_key(LINE, voice, SynthesisSettings())
    assert key == render_key(LINE, voice, SynthesisSettings())
    assert key != render_key(LINE + "!", voice, SynthesisSettings())
    assert key != render_key(LINE, get_voice("joe"), SynthesisSettings())
    assert key != render_key(LINE, voice, SynthesisSettings(rate=1.1))


def test_changes_that_do_not_reach_the_engine_reuse_its_audio():
    from engine.synthesis import _speech

    voice = get_voice("af_heart")
    text = "The tide is turning. We should go now."
    first = synthesize(text, voice)
    before = _speech.cache_info()
    tuned = synthesize(text, voice, SynthesisSettings(pitch=2.0, volume=-3.0, pause_after=0.2))
    after = _speech.cache_info()
    assert (after.hits - before.hits, after.misses - before.misses) == (2, 0)  # both sentences reused
    synthesize("The tide is turning. We should run now.", voice)
    assert _speech.cache_info().misses - after.misses == 1  # only the edited sentence reached the engine
    _speech.cache_clear()
    assert np.array_equal(synthesize(text, voice).audio, first.audio)  # kept audio renders exactly as fresh
    assert not np.array_equal(tuned.audio[: first.audio.size], first.audio)


def test_emotion_and_intensity_edits_reuse_the_engine_audio_and_keep_breaks_exact():
    from engine.synthesis import _speech

    voice = get_voice("af_heart")
    text = 'The tide is turning. <break time="1s"/> We should go now.'
    neutral = synthesize(text, voice, SynthesisSettings(intensity=0.0))
    before = _speech.cache_info()
    sad = synthesize(text, voice, SynthesisSettings(emotion="sadness", intensity=1.5))  # slower: 0.89
    assert _speech.cache_info().misses == before.misses  # the emotion's tempo is applied to the kept audio
    assert sad.duration_s > neutral.duration_s * 1.05

    def longest_silence_s(audio: np.ndarray, rate: int) -> float:
        quiet = np.convolve(np.abs(audio) < 1e-3, np.ones(240), "valid") == 240  # 10 ms windows
        runs = np.diff(np.flatnonzero(np.diff(np.r_[0, quiet, 0])))[::2]
        return (runs.max() + 239) / rate

    # The break measures 1 s and a little of each sentence's quiet edge (levels differ by emotion); stretched
    # with the speech it would be over 1.12 s.
    assert longest_silence_s(sad.audio, sad.sample_rate) == pytest.approx(
        longest_silence_s(neutral.audio, neutral.sample_rate), abs=0.06)
    assert longest_silence_s(neutral.audio, neutral.sample_rate) >= 1.0


def test_kokoro_is_given_espeaks_glide_as_its_own_g2p_writes_it():
    """espeak writes a glide between vowels as ʲ: said as a full y it made "can I uh" "can I ya" and BMW
    "bee-yem" (Whisper heard them so). Kokoro's G2P (misaki) leaves it out, except before o and ə ("video")."""
    from engine.g2p import phonemize
    from engine.tts_engines import kokoro_tokens, kokoro_vocab

    said = {token: symbol for symbol, token in kokoro_vocab().items()}
    for text, spoken in (("Buy the BMW.", "bˈaɪ ðə bˌiːˌɛmdˈʌbəljˌuː."), ("can I uh", "kæn aɪ ˈʌ"),
                         ("The video.", "ðə vˈɪdɪjoʊ.")):
        clauses = phonemize(text, "en-us")
        assert "ʲ" in "".join(clause.phonemes for clause in clauses)
        assert "".join(said[token] for token in kokoro_tokens(clauses)[0]) == spoken
