"""PNG plots for BENCHMARKS.md: one function, headless (Agg), so a bench never needs a display."""
from pathlib import Path

import matplotlib

matplotlib.use("Agg")  # before pyplot is imported: no display on a bench machine
import matplotlib.pyplot as plt  # noqa: E402

PLOTS = Path(__file__).resolve().parent / "plots"


def line_plot(path, title: str, xlabel: str, ylabel: str, series: dict[str, list[tuple[float, float]]],
              logx: bool = False, logy: bool = False) -> Path:
    """Draw one line per series (label -> [(x, y), ...]) and save it as a PNG; return the path.

    A bare file name lands in bench/plots/. Points are sorted by x; a series without points is left out.
    """
    path = Path(path)
    if not path.is_absolute() and path.parent == Path("."):
        path = PLOTS / path
    path.parent.mkdir(parents=True, exist_ok=True)
    fig, ax = plt.subplots(figsize=(6.4, 4.0), dpi=100)
    for label, points in series.items():
        if points:
            xs = [x for x, _ in sorted(points)]
            ys = [y for _, y in sorted(points)]
            ax.plot(xs, ys, marker="o", label=label)
    ax.set(title=title, xlabel=xlabel, ylabel=ylabel)
    if logx:
        ax.set_xscale("log")
    if logy:
        ax.set_yscale("log")
    ax.grid(True, which="both", alpha=0.3)
    ax.legend(fontsize="small")
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)
    return path
