package io.github.childcarerules.report.internal;

import io.github.childcarerules.allocation.Allocation;
import io.github.childcarerules.allocation.AllocationResult;
import io.github.childcarerules.allocation.AnalysisGrid;
import io.github.childcarerules.allocation.BatchResult;
import io.github.childcarerules.allocation.NaturalOrder;
import io.github.childcarerules.allocation.scenario.Scenario;
import io.github.childcarerules.allocation.scenario.Sector;
import io.github.childcarerules.occupation.coverage.CoverageRate;
import io.vavr.Tuple2;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The geometry of the sector chart of an allocation run: for each sector, its coverage rate (home
 * childcare and installation places over children, RULES.md §9 step 1.3, rounded as {@link
 * CoverageRate} rounds it) as a bar against the 70 % line, and the places this run gave to its
 * requests (authorized by the board, and reserved for a recommendation the board has yet to
 * decide); then where each batch's places went, one row per allocation. The template {@code
 * sectors.jte} draws it. The rates are the scenario's figures; the places, the run's allocations.
 *
 * @param width the drawing's width
 * @param height the drawing's height
 * @param rateLeft the x of a 0 % rate
 * @param rateRight the x of the highest rate on the axis
 * @param saturation the x of the 70 % line
 * @param placesLeft the x where the places' bars start
 * @param top the y of the first row
 * @param bottom the y under the last row
 * @param ticks the rate axis' ticks (x and label)
 * @param rows one per sector: the scenario's sectors in its order, then those that received places
 *     without being listed
 * @param flows where each batch's places went, in the order of the batches and their allocations
 */
public record SectorChart(
    int width,
    double height,
    double rateLeft,
    double rateRight,
    double saturation,
    double placesLeft,
    double top,
    double bottom,
    List<Charts.Tick> ticks,
    List<Row> rows,
    List<Flow> flows) {
  private static final double LABEL_RIGHT = 150;
  private static final double RATE_LEFT = 158;
  private static final double RATE_RIGHT = 470;
  private static final double VALUE_RIGHT = 522;
  private static final double PLACES_LEFT = 545;
  private static final double PLACES_RIGHT = 690;
  private static final double TOP = 30;
  private static final double ROW = 18;
  private static final double BAR = 11;
  private static final int LONGEST_LABEL = 24;

  /**
   * A sector's row.
   *
   * @param name the sector's name, as entered
   * @param label its name as drawn (cut when long)
   * @param y the top of its row
   * @param rate its coverage rate in percent, two decimals; empty when unknown (no children, or not
   *     listed)
   * @param below whether the exact rate is below 70 %
   * @param rateWidth the width of the rate's bar (0 when unknown)
   * @param granted the places authorized by the board to its requests in this run
   * @param reserved the places reserved to its requests, the board's decision awaited
   * @param grantedWidth the width of the authorized places' bar
   * @param reservedWidth the width of the reserved places' bar
   * @param title the sector, its figures and places, for a reader hovering it
   */
  public record Row(
      String name,
      String label,
      double y,
      String rate,
      boolean below,
      double rateWidth,
      int granted,
      int reserved,
      double grantedWidth,
      double reservedWidth,
      String title) {
    /**
     * The y of its text's baseline.
     *
     * @return the baseline, in the middle of the row
     */
    public double textY() {
      return Charts.round(y + BAR - 2);
    }

    /**
     * The height of its bars.
     *
     * @return the height
     */
    public double barHeight() {
      return BAR;
    }
  }

  /**
   * An allocation of the run: places of a batch given to a request.
   *
   * @param batch the batch's id
   * @param from the batch's sector
   * @param request the request's id
   * @param provider its provider's id
   * @param to the request's sector
   * @param places the places
   * @param until the last day of temporary places; empty for permanent ones
   * @param authorized whether the board authorized them (else its decision is awaited)
   */
  public record Flow(
      String batch,
      String from,
      String request,
      String provider,
      String to,
      int places,
      String until,
      boolean authorized) {}

  /**
   * The chart of a run.
   *
   * @param result the run
   * @param scenario the scenario it ran on (the sectors' figures)
   * @param words the page's words
   * @return the chart
   */
  public static SectorChart of(AllocationResult result, Scenario scenario, Words words) {
    List<Flow> flows = flows(result);
    Map<String, int[]> received = new LinkedHashMap<>();
    for (Flow flow : flows) {
      int[] places = received.computeIfAbsent(flow.to(), sector -> new int[2]);
      places[flow.authorized() ? 0 : 1] += flow.places();
    }
    // the scenario's sectors in its order, then those that received places without being listed
    java.util.List<Tuple2<String, Option<CoverageRate>>> sectors = new java.util.ArrayList<>();
    java.util.Set<String> listed = new java.util.HashSet<>();
    for (Sector sector : scenario.sectors()) {
      for (String name : sector.name()) {
        if (listed.add(name)) {
          sectors.add(new Tuple2<>(name, rate(sector)));
        }
      }
    }
    received.keySet().stream()
        .filter(name -> !listed.contains(name))
        .sorted(NaturalOrder.IDS)
        .forEach(name -> sectors.add(new Tuple2<>(name, Option.none())));
    BigDecimal highest =
        List.ofAll(sectors)
            .flatMap(sector -> sector._2.map(CoverageRate::rounded))
            .max()
            .getOrElse(BigDecimal.ZERO);
    // the axis reaches 100 %, or the highest rate rounded up to a multiple of 25
    int scale = Math.max(100, (highest.intValue() + 24) / 25 * 25);
    double perPoint = (RATE_RIGHT - RATE_LEFT) / scale;
    int mostPlaces =
        received.values().stream().mapToInt(places -> places[0] + places[1]).max().orElse(0);
    double perPlace = mostPlaces == 0 ? 0 : (PLACES_RIGHT - PLACES_LEFT) / mostPlaces;
    java.util.List<Row> rows = new java.util.ArrayList<>();
    for (int i = 0; i < sectors.size(); i++) {
      String name = sectors.get(i)._1;
      Option<CoverageRate> rate = sectors.get(i)._2;
      int[] places = received.getOrDefault(name, new int[2]);
      String shown = rate.map(r -> r.rounded().toPlainString()).getOrElse("");
      String label = words.entered(Option.some(name));
      if (label.codePointCount(0, label.length()) > LONGEST_LABEL) {
        label = label.substring(0, label.offsetByCodePoints(0, LONGEST_LABEL - 1)) + "…";
      }
      rows.add(
          new Row(
              name,
              label,
              Charts.round(TOP + i * ROW),
              shown,
              rate.exists(CoverageRate::isBelowSaturation),
              rate.map(r -> Charts.round(Math.min(scale, r.rounded().doubleValue()) * perPoint))
                  .getOrElse(0.0),
              places[0],
              places[1],
              Charts.round(places[0] * perPlace),
              Charts.round(places[1] * perPlace),
              words.get(
                  "sectors.row",
                  words.entered(Option.some(name)),
                  shown.isEmpty() ? words.get("sectors.unknown") : shown,
                  places[0],
                  places[1])));
    }
    List<Charts.Tick> ticks =
        List.rangeClosedBy(0, scale, 25)
            .map(
                value ->
                    new Charts.Tick(
                        Charts.round(RATE_LEFT + value * perPoint), value + " %", value % 50 == 0));
    double bottom = Charts.round(TOP + Math.max(1, sectors.size()) * ROW);
    return new SectorChart(
        TimelineChart.WIDTH,
        Charts.round(bottom + 18),
        RATE_LEFT,
        RATE_RIGHT,
        Charts.round(RATE_LEFT + 70 * perPoint),
        PLACES_LEFT,
        TOP,
        bottom,
        ticks,
        List.ofAll(rows),
        flows);
  }

  /** The sector's rate: its home childcare and installation places over its children. */
  private static Option<CoverageRate> rate(Sector sector) {
    if (sector.children().isEmpty() || sector.places().isEmpty()) {
      return Option.none();
    }
    BigDecimal places =
        sector.places().get().add(sector.installationPlaces().getOrElse(BigDecimal.ZERO));
    return CoverageRate.of(places, sector.children().get());
  }

  /** The run's allocations, each with the sector of its batch and of its request (the grids'). */
  private static List<Flow> flows(AllocationResult result) {
    return result
        .batches()
        .flatMap(
            (BatchResult batch) -> {
              Option<AnalysisGrid> grid = result.grids().find(g -> g.batch().equals(batch.id()));
              String from = grid.map(g -> g.places().sector()).getOrElse("");
              return batch
                  .allocations()
                  .map(
                      (Allocation allocation) ->
                          new Flow(
                              batch.id(),
                              from,
                              allocation.request(),
                              allocation.provider(),
                              grid.flatMap(
                                      g ->
                                          g.selections()
                                              .find(s -> s.request().equals(allocation.request()))
                                              .map(AnalysisGrid.Selection::sector))
                                  .getOrElse(from),
                              allocation.places(),
                              allocation.until().map(LocalDate::toString).getOrElse(""),
                              allocation.authorized()));
            });
  }

  /**
   * The right end of the places' bars.
   *
   * @return the x
   */
  public double placesRight() {
    return PLACES_RIGHT;
  }

  /**
   * The right end of the rates' values, in a column of their own after the bars.
   *
   * @return the x
   */
  public double valueRight() {
    return VALUE_RIGHT;
  }

  /**
   * The right end of the sectors' names.
   *
   * @return the x
   */
  public double labelRight() {
    return LABEL_RIGHT;
  }
}
