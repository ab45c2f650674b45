"""Small drawing helpers shared by the studio pages."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import streamlit as st

from engine.emotions import EMOTIONS, UNCERTAIN_BELOW, Emotion
from engine.prosody import MAX_INTENSITY

EMOTION_COLOURS = {
    Emotion.ANGER: "#d64541", Emotion.DISGUST: "#7d8c2d", Emotion.FEAR: "#8e44ad", Emotion.JOY: "#f2b705",
    Emotion.NEUTRAL: "#95a5a6", Emotion.SADNESS: "#2e6fb7", Emotion.SURPRISE: "#e67e22",
}
EMOTION_ICONS = {
    Emotion.ANGER: "😠", Emotion.DISGUST: "🤢", Emotion.FEAR: "😨", Emotion.JOY: "😊",
    Emotion.NEUTRAL: "😐", Emotion.SADNESS: "😢", Emotion.SURPRISE: "😮",
}
EMOTION_CHOICES = [e.value for e in EMOTIONS]


def cell_text(value) -> str:
    """An edited table cell's text: a cell never typed in (None, or NaN) is empty, not the word 'None'."""
    return "" if value is None or pd.isna(value) else str(value)


def emotion_label(emotion: Emotion, confidence: float | None = None) -> str:
    text = f"{EMOTION_ICONS[emotion]} {emotion.value}"
    if confidence is not None:
        text += f" · {confidence:.0%}"
        if confidence < UNCERTAIN_BELOW:
            text += " · uncertain"
    return text


def emotional_arc_chart(arc):
    """The shape of the scene: one point per line, coloured by emotion, as high as its intensity,
    as opaque as the recognizer is sure (wholly, where the user set the emotion)."""
    import altair as alt

    colours = alt.Scale(domain=[e.value for e in EMOTION_COLOURS], range=list(EMOTION_COLOURS.values()))
    pick = alt.selection_point(fields=["line"], name="pick")
    base = alt.Chart(arc).encode(x=alt.X("line:Q", title="Line", axis=alt.Axis(tickMinStep=1),
                                         scale=alt.Scale(nice=False, padding=12)))  # room for the end points
    # intensity's whole range, to the exaggerated 1.5 a user may set (a 1.5 line drawn above a 0-1 axis was cut off)
    intensity = alt.Y("intensity:Q", title="Intensity", scale=alt.Scale(domain=[0, MAX_INTENSITY]))
    line = base.mark_line(color="#bbbbbb").encode(y=intensity)
    points = base.mark_point(size=160, filled=True).encode(  # a filled point: mark_circle ignores shape
        y=intensity,
        color=alt.Color("emotion:N", scale=colours, title="Emotion"),
        opacity=alt.Opacity("confidence:Q", scale=alt.Scale(domain=[0, 1], range=[0.25, 1]),  # faded: unsure
                            legend=alt.Legend(title="Confidence", format=".0%", orient="top", values=[0.25, 0.5, 1])),
        shape=alt.Shape("speaker:N", title="Speaker", legend=alt.Legend(orient="top")),  # beside the emotions it was cut off
        tooltip=["line", "speaker", "emotion", alt.Tooltip("intensity:Q", format=".2f"),
                 alt.Tooltip("confidence:Q", format=".0%"), "set by", "text"],
    )
    return (line + points.add_params(pick)).properties(height=300)


def word_heat(words: tuple[tuple[str, float], ...], colour: str) -> str:
    """Words as HTML, each shaded by how much it carried the emotion."""
    import html

    top = max((weight for _, weight in words), default=0.0)
    spans = []
    for word, weight in words:
        alpha = max(weight, 0.0) / top if top > 0 else 0.0
        shade = f"{colour}{int(alpha * 200):02x}"
        spans.append(f'<span style="background:{shade};padding:2px 3px;border-radius:4px">{html.escape(word)}</span>')
    return " ".join(spans)


@st.cache_data(max_entries=64, show_spinner=False)
def _take_curves(path: str) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Waveform outline and voiced pitch of a take file, measured once (take files never change in place)."""
    from engine.audio import read_audio
    from engine.voice_features import envelope, pitch_contour

    audio, sample_rate = read_audio(Path(path))
    return *envelope(audio, sample_rate), *pitch_contour(audio, sample_rate)


def take_chart(path: str):
    """Waveform outline with the pitch contour over it, for one take file."""
    import altair as alt
    import pandas as pd

    times, level, pitch_times, hz = _take_curves(path)
    wave = pd.DataFrame({"time (s)": np.concatenate([times, times]), "level": np.concatenate([level, -level]),
                         "side": ["+"] * len(times) + ["-"] * len(times)})
    pitch = pd.DataFrame({"time (s)": pitch_times, "pitch (Hz)": hz})
    waveform = alt.Chart(wave).mark_area(opacity=0.35, color="#4c78a8").encode(
        x="time (s):Q", y=alt.Y("level:Q", axis=None), detail="side:N")
    low, high = (np.percentile(hz, [5, 95]) * [0.8, 1.25]) if hz.size else (50.0, 400.0)
    contour = alt.Chart(pitch).mark_point(size=6, color="#e45756", filled=True, clip=True).encode(
        x="time (s):Q", y=alt.Y("pitch (Hz):Q", scale=alt.Scale(domain=[float(low), float(high)])))
    return alt.layer(waveform, contour).resolve_scale(y="independent").properties(height=180)
