"""Timeline placement and loudness arithmetic (pure functions on real numbers)."""

from __future__ import annotations

import numpy as np
import pytest

from engine.audio import (
    LOUDNESS_PRESETS,
    limit_peaks,
    measure_loudness,
    noise_floor_db,
    normalize_loudness,
    rms_dbfs,
    true_peak_dbtp,
)
from engine.mixing import Clip, mix, place_clips


def test_clips_follow_each_other_with_gaps():
    clips = [Clip(2.0, "A"), Clip(1.0, "A"), Clip(1.5, "B")]
    assert place_clips(clips, gap_s=0.5, speaker_change_gap_s=1.0) == [0.0, 2.5, 4.5]


def test_cued_clips_start_at_their_cue_but_never_overlap():
    clips = [Clip(2.0, cue_start_s=1.0), Clip(3.0, cue_start_s=2.0), Clip(1.0, cue_start_s=10.0)]
    assert place_clips(clips, 0.5, 0.5) == [1.0, 3.0, 10.0]


def test_mix_places_tracks_at_sample_offsets():
    out = mix([np.ones(10, np.float32), np.ones(8, np.float32)], [0.0, 0.0005], 10_000, tail_s=0)
    assert out.size == 13
    assert out.tolist() == [1.0] * 5 + [2.0] * 5 + [1.0] * 3


def _speechlike(seconds: float, rate: int = 24_000) -> np.ndarray:
    rng = np.random.default_rng(0)
    t = np.arange(int(seconds * rate)) / rate
    envelope = 0.5 + 0.5 * np.sin(2 * np.pi * 3 * t) ** 2
    return (0.05 * envelope * rng.standard_normal(t.size)).astype(np.float32)


@pytest.mark.parametrize("preset", ["podcast", "broadcast"])
def test_loudness_presets_hit_their_targets(preset):
    target = LOUDNESS_PRESETS[preset]
    out = normalize_loudness(_speechlike(8.0), 24_000, target)
    assert measure_loudness(out, 24_000) == pytest.approx(target.integrated_lufs, abs=0.5)
    assert true_peak_dbtp(out, 24_000) <= target.true_peak_dbtp + 0.05


def test_audiobook_preset_meets_acx():
    speech = np.concatenate([_speechlike(6.0), np.zeros(24_000, np.float32), _speechlike(4.0)])
    out = normalize_loudness(speech, 24_000, LOUDNESS_PRESETS["audiobook"])
    assert -23.0 <= rms_dbfs(out) <= -18.0
    assert true_peak_dbtp(out, 24_000) <= -3.0 + 0.05
    assert noise_floor_db(out, 24_000) <= -60.0


def test_limiter_leaves_quiet_audio_alone():
    quiet = _speechlike(2.0) * 0.1
    assert np.allclose(limit_peaks(quiet, 24_000, -1.0), quiet)


def test_negative_speaker_change_gap_overlaps_turns():
    clips = [Clip(2.0, "A"), Clip(1.0, "B"), Clip(1.0, "B")]
    assert place_clips(clips, gap_s=0.5, speaker_change_gap_s=-0.3) == [0.0, 1.7, 3.2]
