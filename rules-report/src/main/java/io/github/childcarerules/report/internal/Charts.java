package io.github.childcarerules.report.internal;

/** What the charts share: rounding of coordinates and the ticks of an axis. */
public final class Charts {
  private Charts() {}

  /**
   * A coordinate rounded to a tenth of a unit, so that the drawing reads the same every time (the
   * templates round what they add to a coordinate with it too).
   *
   * @param value a coordinate
   * @return the coordinate, to one decimal
   */
  public static double round(double value) {
    return Math.round(value * 10) / 10.0;
  }

  /**
   * A tick of an axis.
   *
   * @param at its coordinate along the axis
   * @param label its label; empty for a light tick without one
   * @param major whether it is a labelled tick
   */
  public record Tick(double at, String label, boolean major) {}
}
