"""Reference takes: reading them in any format, hearing them, trusting them as far as they deserve, fusing them
with the text, and matching the voice to them. Takes are real renders (a director's stand-in voice) with real
silence and real noise added."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import numpy as np
import pytest

from app.services.analysis import analyze_project
from app.services.casting import voices_like_takes
from app.services.projects import create_project, get_project_id, import_pasted_text, list_lines, list_speakers
from app.services.references import add_reference_take, get_reference, match_reference_take, remove_reference_take
from engine.asr import WHISPER_SAMPLE_RATE_HZ
from engine.audio import resample, write_audio
from engine.emotions import EMOTIONS, Emotion
from engine.errors import AudioError, IntonateError
from engine.recognizer import LineInput, TakeEvidence, recognize, recognize_with_takes
from engine.speech_emotion import SpeakerBaseline, load_speech_model
from engine.synthesis import SynthesisSettings, synthesize
from engine.take_analysis import analyze_take
from engine.take_features import decode_take, take_features, trim_silence
from engine.voices import get_voice
from tests.conftest import assert_one_line_error, run_cli

ANGRY_LINE = "I told you a hundred times, get out of my house!"
SAD_LINE = "She is gone, and nothing will ever bring her back."


def test_the_whisper_model_is_whole_when_processes_join_it_at_once(tmp_path: Path, monkeypatch):
    """On a fresh cache the studio and a CLI command may both join Whisper's two package parts at the same time:
    each caller must get the whole model, and no half-made file is left behind."""
    import hashlib
    from concurrent.futures import ThreadPoolExecutor
    from importlib.resources import files

    from engine.asr import _PART_PACKAGES, whisper_model_dir

    whole = hashlib.sha256()
    for package, part in zip(_PART_PACKAGES, ("model.bin.part1", "model.bin.part2")):
        whole.update(files(package).joinpath("data", part).read_bytes())
    monkeypatch.setenv("INTONATE_CACHE_DIR", str(tmp_path))

    def join_and_read(_) -> str:
        return hashlib.sha256((whisper_model_dir() / "model.bin").read_bytes()).hexdigest()

    with ThreadPoolExecutor(4) as pool:
        assert set(pool.map(join_and_read, range(4))) == {whole.hexdigest()}
    assert sorted(p.name for p in (tmp_path / "whisper-base").iterdir()) == [
        "config.json", "model.bin", "tokenizer.json", "vocabulary.json"]


def director_take(text: str, emotion: Emotion = Emotion.NEUTRAL, rate: float = 1.0, voice: str = "am_michael",
                  silence_s: float = 0.6) -> np.ndarray:
    """A 'recorded' take: a render at 16 kHz with room silence before and after."""
    rendered = synthesize(text, get_voice(voice), SynthesisSettings(emotion=emotion, intensity=1.0, rate=rate))
    audio = resample(rendered.audio, rendered.sample_rate, WHISPER_SAMPLE_RATE_HZ)
    pad = np.zeros(int(silence_s * WHISPER_SAMPLE_RATE_HZ), np.float32)
    return np.concatenate([pad, audio, pad])


def with_noise(audio: np.ndarray, snr_db: float, seed: int = 0) -> np.ndarray:
    """White noise at `snr_db` relative to the take's speech power."""
    speech = audio[np.abs(audio) > 1e-4]
    noise = np.random.default_rng(seed).standard_normal(audio.size).astype(np.float32)
    noise *= np.sqrt((speech**2).mean() / 10 ** (snr_db / 10)) / noise.std()
    return (audio + noise).astype(np.float32)


@pytest.fixture(scope="module")
def angry_take() -> np.ndarray:
    return director_take(ANGRY_LINE, Emotion.ANGER)


@pytest.mark.parametrize("suffix", [".wav", ".flac", ".mp3", ".m4a", ".webm"])
def test_takes_decode_from_common_audio_and_video_formats(tmp_path: Path, angry_take: np.ndarray, suffix: str):
    import imageio_ffmpeg

    ffmpeg = [imageio_ffmpeg.get_ffmpeg_exe(), "-loglevel", "error"]
    wav = write_audio(tmp_path / "take.wav", angry_take, WHISPER_SAMPLE_RATE_HZ)
    path = tmp_path / f"converted{suffix}"
    if suffix == ".webm":  # a video file: black frames with the take as its sound track
        subprocess.run([*ffmpeg, "-f", "lavfi", "-i", "color=black:s=64x64:r=10", "-i", str(wav),
                        "-shortest", "-c:v", "libvpx", "-c:a", "libopus", str(path)], check=True)
    elif suffix != ".wav":
        subprocess.run([*ffmpeg, "-i", str(wav), str(path)], check=True)
    else:
        path = wav
    audio = decode_take(path)
    assert abs(audio.size - angry_take.size) < 0.1 * WHISPER_SAMPLE_RATE_HZ


def test_unreadable_or_empty_takes_are_clear_errors(tmp_path: Path):
    junk = tmp_path / "take.mp3"
    junk.write_bytes(b"this is not audio at all" * 100)
    with pytest.raises(AudioError, match="take.mp3"):
        decode_take(junk)
    with pytest.raises(AudioError, match="does not exist"):
        decode_take(tmp_path / "missing.wav")


def test_an_hour_long_file_is_refused_before_it_is_decoded(tmp_path: Path):
    """A podcast picked by mistake is refused from its container's stated length (the minutes in the message come
    from it), not after decoding it whole: 0.2 s and 70 MB instead of 1.1 s and 630 MB for an hour of FLAC."""
    import soundfile as sf

    hour = tmp_path / "episode.flac"
    sf.write(hour, np.zeros(WHISPER_SAMPLE_RATE_HZ * 3600, np.int16), WHISPER_SAMPLE_RATE_HZ, subtype="PCM_16")
    with pytest.raises(AudioError, match=r"episode.flac is longer than the 30 s a take may last \(60 min\)"):
        decode_take(hour)


def test_analysis_trims_silence_and_hears_the_line(angry_take: np.ndarray):
    analysis = analyze_take(angry_take, ANGRY_LINE)
    assert analysis.duration_s < angry_take.size / WHISPER_SAMPLE_RATE_HZ - 0.8  # most of the 1.2 s of room gone
    assert analysis.reliability.word_error_rate <= 0.2
    assert analysis.reliability.weight > 0.7 and not analysis.reliability.problems
    assert analysis.transcript.words[0].start_s < 0.3  # word timings are kept, in the trimmed audio


def test_a_take_of_another_line_is_flagged(angry_take: np.ndarray):
    analysis = analyze_take(angry_take, "The quarterly figures are attached to this message.")
    assert any("does not say the line" in p for p in analysis.reliability.problems)
    assert analysis.reliability.weight < 0.6


def test_a_silent_take_gives_an_honest_answer_not_an_error():
    silence = np.zeros(3 * WHISPER_SAMPLE_RATE_HZ, np.float32)
    analysis = analyze_take(silence, ANGRY_LINE)
    assert analysis.reliability.weight == 0.0 and "no speech found in the take" in analysis.reliability.problems
    line = LineInput("1", ANGRY_LINE)
    fused = recognize_with_takes([line], [TakeEvidence(analysis.features, analysis.reliability.weight)])[0].fused
    assert fused.vector() == pytest.approx(recognize([line])[0].vector())


def test_noise_at_zero_db_lowers_the_audio_weight_and_fused_is_no_worse_than_text():
    """The issue's check: a take drowned in noise must not drag the answer below what the text alone gives."""
    lines = [(ANGRY_LINE, Emotion.ANGER), (SAD_LINE, Emotion.SADNESS),
             ("Oh wow, we won the whole thing, this is the best day ever!", Emotion.JOY),
             ("Please take a seat, the meeting starts at ten.", Emotion.NEUTRAL)]
    inputs = [LineInput(str(i), text) for i, (text, _) in enumerate(lines)]
    clean_weights, noisy_evidence = [], []
    for text, emotion in lines:
        take = director_take(text, Emotion.NEUTRAL if emotion == Emotion.NEUTRAL else emotion, silence_s=0.3)
        clean_weights.append(analyze_take(take, text).reliability.weight)
        noisy = analyze_take(with_noise(take, 0.0), text)
        noisy_evidence.append(TakeEvidence(noisy.features, noisy.reliability.weight))
    assert all(n.trust < 0.3 for n in noisy_evidence), [n.trust for n in noisy_evidence]
    assert all(n.trust < c - 0.4 for n, c in zip(noisy_evidence, clean_weights))
    targets = [emotion for _, emotion in lines]
    text_only = [e.emotion for e in recognize(inputs)]
    fused = [v.fused.emotion for v in recognize_with_takes(inputs, noisy_evidence)]
    assert sum(f == t for f, t in zip(fused, targets)) >= sum(p == t for p, t in zip(text_only, targets))


def test_speech_model_hears_anger_in_a_neutral_sentence():
    """Emotional audio with neutral text: the take leads."""
    line = "The train leaves from platform four at noon."
    angry = analyze_take(director_take(line, Emotion.ANGER), line)
    votes = recognize_with_takes([LineInput("1", line)], [TakeEvidence(angry.features, angry.reliability.weight)])[0]
    assert votes.text.emotion == Emotion.NEUTRAL
    assert votes.audio.emotion != Emotion.NEUTRAL
    assert votes.fused.emotion == votes.audio.emotion
    assert votes.audio_weight > votes.text_weight


def test_speech_model_hears_the_emotions_of_a_voice_whose_emotion_is_prosody_alone():
    """Renders carry emotion in pitch, tempo, loudness and tilt, not in voice quality: read relative to the voice's
    other takes, the model must still hear them well above chance (before modality dropout it read 4 of 21)."""
    lines = ("The train leaves from platform four at noon.", "Please put the boxes next to the kitchen table.",
             "We will meet again at the harbour when the storm is over.")
    takes = [(emotion, take_features(trim_silence(director_take(line, emotion)).audio))
             for emotion in EMOTIONS for line in lines]
    features = np.stack([f for _, f in takes])
    probs, _ = load_speech_model().score(features, SpeakerBaseline.from_features(features))
    heard = sum(EMOTIONS[p] == emotion for p, (emotion, _) in zip(probs.argmax(axis=1), takes))
    assert heard >= 2 * len(takes) / len(EMOTIONS)


@pytest.fixture
def scene(db: Path) -> tuple[Path, list]:
    create_project(db, "Takes")
    import_pasted_text(db, "Takes", f"ANNA: {ANGRY_LINE}\nBEN: Fine. I will leave in the morning.")
    analyze_project(db, "Takes")
    return db, list_lines(db, get_project_id(db, "Takes"))


def test_reference_take_is_stored_fused_replaced_and_removed(scene, tmp_path: Path, angry_take: np.ndarray):
    db, lines = scene
    path = write_audio(tmp_path / "anna.wav", angry_take, WHISPER_SAMPLE_RATE_HZ)
    first = add_reference_take(db, lines[0].id, path, "anna.wav")
    assert first.audio_path.exists() and first.reliability["weight"] > 0.7
    analyze_project(db, "Takes")
    estimate = list_lines(db, get_project_id(db, "Takes"))[0].estimate
    assert "audio" in estimate.modalities and estimate.votes["audio"]["emotion"]
    second = add_reference_take(db, lines[0].id, path.read_bytes(), "again.wav")  # an upload replaces the take
    assert second.source_name == "again.wav" and not first.audio_path.exists()
    with pytest.raises(IntonateError, match="not a readable audio"):
        add_reference_take(db, lines[0].id, b"\x00garbage" * 50, "broken.ogg")
    assert get_reference(db, lines[0].id).source_name == "again.wav"  # the bad upload lost nothing
    remove_reference_take(db, lines[0].id)
    assert get_reference(db, lines[0].id) is None and not second.audio_path.exists()


def test_match_this_take_follows_a_slow_reading_with_a_pause(scene, tmp_path: Path):
    db, lines = scene
    text = "Fine. I will leave in the morning."
    slow = np.concatenate([director_take("Fine.", rate=0.7, silence_s=0.3), director_take("I will leave in the morning.", rate=0.7, silence_s=0.3)])
    add_reference_take(db, lines[1].id, write_audio(tmp_path / "ben.wav", slow, WHISPER_SAMPLE_RATE_HZ), "ben.wav")
    values = match_reference_take(db, lines[1].id)
    assert values["rate"] < 0.9
    line = list_lines(db, get_project_id(db, "Takes"))[1]
    assert line.direction.rate == values["rate"]
    assert line.text.startswith("Fine. <break time=") and line.text.endswith("I will leave in the morning.")
    assert text == line.text.replace(line.text[5:line.text.index("/>") + 2], "")


def test_cli_recognize_reads_takes_and_audio_only_mode(tmp_path: Path, angry_take: np.ndarray):
    take = write_audio(tmp_path / "take.wav", angry_take, WHISPER_SAMPLE_RATE_HZ)
    rows = [{"id": "a", "text": "The train leaves from platform four at noon.", "audio": "take.wav"},
            {"id": "b", "text": "Thank you so much, this is wonderful!"}]
    source = tmp_path / "in.jsonl"
    source.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    both = run_cli("recognize", str(source), "-o", str(tmp_path / "both.jsonl"))
    assert both.returncode == 0, both.stderr
    out = [json.loads(line) for line in (tmp_path / "both.jsonl").read_text().splitlines()]
    assert "audio" in out[0]["modalities"] and "audio" not in out[1]["modalities"]
    audio_only = run_cli("recognize", str(source), "--modalities", "audio", "-o", str(tmp_path / "audio.jsonl"))
    assert audio_only.returncode == 0, audio_only.stderr
    out = [json.loads(line) for line in (tmp_path / "audio.jsonl").read_text().splitlines()]
    assert out[0]["modalities"] == ["audio"] and out[0]["emotion"] != "neutral"
    assert out[1]["modalities"] == [] and out[1]["confidence"] < 0.5  # nothing to go on, and it says so
    assert abs(sum(out[0]["probabilities"].values()) - 1) < 1e-3
    take.write_bytes(b"RIFF0000WAVEjunk")
    assert_one_line_error(run_cli("recognize", str(source)), "in.jsonl line 1", "take.wav")
    assert_one_line_error(run_cli("recognize", str(source), "--modalities", "smell"), "smell")


def test_casting_hints_name_voices_that_sound_like_the_takes(scene, tmp_path: Path):
    db, lines = scene
    project_id = get_project_id(db, "Takes")
    speaker_ids = {speaker.name: speaker.id for speaker in list_speakers(db, project_id)}
    speaker_id = speaker_ids[lines[1].speaker]
    assert voices_like_takes(db, project_id, speaker_id) == []  # no takes, no hint
    ben = director_take("Fine. I will leave in the morning.", voice="bm_george")
    add_reference_take(db, lines[1].id, write_audio(tmp_path / "ben.wav", ben, WHISPER_SAMPLE_RATE_HZ), "ben.wav")
    matches = voices_like_takes(db, project_id, speaker_id)
    assert "bm_george" in [m.voice_id for m in matches]  # the take's "speaker" is among the suggestions
    assert get_voice(matches[0].voice_id).gender == "male" and matches[0].similarity > 0.7
    assert [m.similarity for m in matches] == sorted((m.similarity for m in matches), reverse=True)
    assert voices_like_takes(db, project_id, speaker_ids[lines[0].speaker]) == []  # Anna's lines have no take
