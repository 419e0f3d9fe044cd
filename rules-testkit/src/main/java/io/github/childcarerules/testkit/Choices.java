package io.github.childcarerules.testkit;

import io.vavr.control.Option;
import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeFormatter;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * The random choices of one mutation, drawn one after the other from generated numbers (which
 * shrink towards 0: the first candidate, the smallest shift of one day) and generated names.
 */
final class Choices {
  private static final Arbitrary<Drawn> DRAWN =
      Combinators.combine(
              Arbitraries.integers().between(0, 1 << 20).list().ofSize(8),
              Texts.name().list().ofSize(2),
              Texts.tooLong())
          .as(Drawn::new);

  /** What a mutation draws from. */
  record Drawn(List<Integer> numbers, List<String> names, String tooLong) {}

  private final Drawn drawn;
  private int next;

  Choices(Drawn drawn) {
    this.drawn = drawn;
  }

  static Arbitrary<Drawn> drawn() {
    return DRAWN;
  }

  /**
   * A number from 0 to {@code bound - 1}; one draw in four on an edge (0 or {@code bound - 1}),
   * where a rule's boundary lies (a date equal to the other, one day over), so that a rule whose
   * boundary moves by one is caught within a run rather than by luck.
   */
  int below(int bound) {
    int number = drawn.numbers().get(next++ % drawn.numbers().size());
    return switch (number % 8) {
      case 1 -> 0;
      case 2 -> bound - 1;
      default -> number / 8 % bound;
    };
  }

  /** A number of days from 1 to {@code most}. */
  int days(int most) {
    return 1 + below(Math.max(1, most));
  }

  <T> T of(List<T> options) {
    return options.get(below(options.size()));
  }

  <T> T of(io.vavr.collection.Seq<T> options) {
    return options.get(below(options.size()));
  }

  String name() {
    return of(drawn.names());
  }

  Option<String> tooLong() {
    return Option.some(drawn.tooLong());
  }

  /** Absent, empty or white space only. */
  Option<String> blank() {
    return of(Texts.BLANKS);
  }

  /** Not given, for a role: blank, or the form's placeholder {@code CHOOSE}. */
  Option<String> blankOrChoose() {
    return below(3) == 0 ? Option.some("CHOOSE") : blank();
  }

  /** A string that is not a real {@code YYYY-MM-DD} date, made from {@code day}. */
  String malformed(LocalDate day) {
    String year = String.format("%04d", day.getYear());
    int nonLeap = day.getYear();
    while (Year.isLeap(nonLeap)) {
      nonLeap++;
    }
    return of(
        List.of(
            String.format("%04d-02-29", nonLeap),
            year + "-02-30",
            year + "-04-31",
            year + "-13-01",
            year + "-00-15",
            year + "-06-00",
            String.format(
                "%02d-%02d-%02d", day.getYear() % 100, day.getMonthValue(), day.getDayOfMonth()),
            day.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")),
            day.format(DateTimeFormatter.ofPattern("yyyy/MM/dd")),
            day.format(DateTimeFormatter.BASIC_ISO_DATE),
            day + "T00:00",
            fullWidth(day.toString())));
  }

  private static String fullWidth(String text) {
    StringBuilder wide = new StringBuilder();
    text.chars()
        .forEach(c -> wide.append(Character.isDigit(c) ? (char) (c - '0' + '\uFF10') : (char) c));
    return wide.toString();
  }
}
