"""Small drawing helpers shared by the studio pages."""

from __future__ import annotations

from engine.emotions import EMOTIONS, Emotion

EMOTION_COLOURS = {
    Emotion.ANGER: "#d64541", Emotion.DISGUST: "#7d8c2d", Emotion.FEAR: "#8e44ad", Emotion.JOY: "#f2b705",
    Emotion.NEUTRAL: "#95a5a6", Emotion.SADNESS: "#2e6fb7", Emotion.SURPRISE: "#e67e22",
}
EMOTION_ICONS = {
    Emotion.ANGER: "😠", Emotion.DISGUST: "🤢", Emotion.FEAR: "😨", Emotion.JOY: "😊",
    Emotion.NEUTRAL: "😐", Emotion.SADNESS: "😢", Emotion.SURPRISE: "😮",
}
EMOTION_CHOICES = [e.value for e in EMOTIONS]
UNCERTAIN_BELOW = 0.45


def emotion_label(emotion: Emotion, confidence: float | None = None) -> str:
    text = f"{EMOTION_ICONS[emotion]} {emotion.value}"
    if confidence is not None:
        text += f" · {confidence:.0%}"
        if confidence < UNCERTAIN_BELOW:
            text += " · uncertain"
    return text
