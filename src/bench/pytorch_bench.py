#!/usr/bin/python3
"""The PyTorch side of Stepwise's speed comparison (issue #4).

Trains the thesis's networks the thesis's way -- SGD, ReLU forward with the
thesis program's backward slope of 0.01 below zero on every layer, the
sum-of-squares loss stepped along (a - y), mini-batches drawn with
replacement -- in float64 on one thread, and prints training samples per
second in the same form as `java -jar target/stepwise.jar bench`.

Run it with Debian's PyTorch (python3-torch, OpenBLAS through
libopenblas0-pthread): see bench/README.md. Usage:

    /usr/bin/python3 bench/pytorch_bench.py [--hidden 32] [--batch 16]
        [--sections 5] [--seconds 2] [--relu thesis|plain]

With --relu plain the hidden and output layers use torch.relu (true
derivative), which saves PyTorch a custom autograd function: the faster of
the two is the fairer yardstick.
"""

import argparse
import gzip
import os
import statistics
import struct
import sys
import time

# One thread everywhere, set before torch (and its OpenBLAS) load.
for variable in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[variable] = "1"

import torch  # noqa: E402

ASSETS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "assets", "mnist")
THESIS_SIZES = ("32", "16,16", "400,400")


class ThesisRelu(torch.autograd.Function):
    """max(0, z) forward; slope 1 above zero and 0.01 at or below it backward."""

    @staticmethod
    def forward(ctx, z):
        ctx.save_for_backward(z)
        return z.clamp(min=0.0)

    @staticmethod
    def backward(ctx, grad):
        (z,) = ctx.saved_tensors
        return torch.where(z > 0.0, grad, grad * 0.01)


def read_idx(path):
    with gzip.open(path, "rb") as f:
        data = f.read()
    dims = data[3]
    shape = struct.unpack(">" + "I" * dims, data[4:4 + 4 * dims])
    return torch.frombuffer(bytearray(data[4 + 4 * dims:]), dtype=torch.uint8).reshape(shape)


def glorot_thesis(sizes, generator):
    bound = (6.0 / (sizes[0] + sizes[-1])) ** 0.5
    layers = []
    for inputs, outputs in zip(sizes, sizes[1:]):
        layer = torch.nn.Linear(inputs, outputs).double()
        with torch.no_grad():
            layer.weight.uniform_(-bound, bound, generator=generator)
            layer.bias.zero_()
        layers.append(layer)
    return layers


def flops_per_sample(sizes):
    """Forward W a, weight gradient delta a^T, and W^T delta below the first layer."""
    products = [i * o for i, o in zip(sizes, sizes[1:])]
    return 2 * (2 * sum(products) + sum(products[1:]))


def measure(sizes, batch, sections, seconds, relu, images, labels):
    generator = torch.Generator().manual_seed(1)
    layers = glorot_thesis(sizes, generator)
    parameters = [p for layer in layers for p in layer.parameters()]
    optimizer = torch.optim.SGD(parameters, lr=0.01)
    eye = torch.eye(10, dtype=torch.float64)
    activation = ThesisRelu.apply if relu == "thesis" else torch.relu

    def step():
        index = torch.randint(0, images.shape[0], (batch,), generator=generator)
        a = images[index]
        for layer in layers:
            a = activation(layer(a))
        # The thesis steps along (a - y): the gradient of half the sum of squares.
        loss = 0.5 * (a - eye[labels[index]]).pow(2).sum(dim=1).mean()
        optimizer.zero_grad(set_to_none=True)
        loss.backward()
        optimizer.step()

    # Warm up for about as long as one timed section, then time sections.
    until = time.perf_counter() + seconds
    while time.perf_counter() < until:
        step()
    rates = []
    for _ in range(sections):
        steps = 0
        start = time.perf_counter()
        until = start + seconds
        while True:
            step()
            steps += 1
            now = time.perf_counter()
            if now >= until:
                break
        rates.append(steps * batch / (now - start))
    return statistics.median(rates)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--hidden", action="append",
                        help="hidden sizes such as 32 or 16,16 (repeatable; default: the thesis's three)")
    parser.add_argument("--batch", type=int, default=16)
    parser.add_argument("--sections", type=int, default=5)
    parser.add_argument("--seconds", type=float, default=2.0, help="length of one timed section")
    parser.add_argument("--relu", choices=("thesis", "plain"), default="thesis")
    args = parser.parse_args()

    torch.set_num_threads(1)
    images = read_idx(os.path.join(ASSETS, "train-images-idx3-ubyte.gz")).reshape(-1, 784).double() / 255.0
    labels = read_idx(os.path.join(ASSETS, "train-labels-idx1-ubyte.gz")).long()
    blas = [line.strip() for line in torch.__config__.show().splitlines() if "BLAS_INFO" in line]
    print(f"PyTorch {torch.__version__}, float64, {torch.get_num_threads()} thread, {args.relu} ReLU"
          f"{', ' + blas[0].split(',')[0] if blas else ''}", flush=True)

    for hidden in args.hidden or THESIS_SIZES:
        sizes = [784] + [int(s) for s in hidden.split(",")] + [10]
        rate = measure(sizes, args.batch, args.sections, args.seconds, args.relu, images, labels)
        gflops = rate * flops_per_sample(sizes) / 1e9
        label = "-".join(str(s) for s in sizes)
        print(f"{label} batch {args.batch}: {rate:,.0f} samples/s (median of {args.sections} sections, "
              f"PyTorch {args.relu} ReLU), {gflops:.1f} GFLOP/s", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
