package io.github.childcarerules.testkit;

import io.github.childcarerules.core.rule.Rule;
import io.vavr.control.Option;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;

/**
 * Entered text: names of 1 to 50 code points (RULES.md conventions: counted after stripping
 * surrounding white space and NFC normalization), names that are too long, blank values, numbers.
 */
final class Texts {
  /** The limit of every name field, read from the rule that decides it (50 code points). */
  static final int NAME_LIMIT = Rule.CHILD_LAST_NAME_TOO_LONG.maximum().get();

  private static final List<String> LAST_NAMES =
      List.of(
          "Tremblay",
          "Gagnon",
          "Roy",
          "Côté",
          "Bouchard",
          "Gauthier",
          "Morin",
          "Lavoie",
          "Fortin",
          "Gagné",
          "Ouellet",
          "Pelletier",
          "Bélanger",
          "Lévesque",
          "Bergeron",
          "Leblanc",
          "Paquette",
          "Girard",
          "Simard",
          "Boucher",
          "Nguyen",
          "Ben Saïd",
          "O'Neill",
          "St-Pierre",
          "Diallo");
  private static final List<String> FIRST_NAMES =
      List.of(
          "Léa",
          "Émile",
          "Florence",
          "Noah",
          "Alice",
          "Liam",
          "Charlotte",
          "Thomas",
          "Olivia",
          "Éloïse",
          "Zoé",
          "Béatrice",
          "Raphaël",
          "Maëlle",
          "Jérôme",
          "Anaïs",
          "Chloé",
          "Noé",
          "Marie-Ève",
          "Jean-François",
          "Aïcha",
          "Björn",
          "Léandre",
          "Ximena");

  /** Letters of one code point each, in either case, and one outside the BMP (a Japanese name). */
  private static final String LETTERS = "abcdefghijklmnopqrstuvwxyzéèêëàâäçîïôöùûüÿœæñ";

  private static final String SUPPLEMENTARY = "\uD842\uDFB7";
  private static final String SEPARATORS = "- '";

  private static final Arbitrary<String> CODE_POINT = Arbitraries.frequency(codePoints());
  private static final Arbitrary<String> NAME =
      styled(
          Arbitraries.frequencyOf(
              Tuple.of(3, Arbitraries.of(LAST_NAMES)),
              Tuple.of(3, Arbitraries.of(FIRST_NAMES)),
              Tuple.of(
                  1, Arbitraries.of(LAST_NAMES).list().ofSize(2).map(two -> String.join("-", two))),
              Tuple.of(7, made(1, NAME_LIMIT))));
  private static final Arbitrary<String> TOO_LONG = styled(made(NAME_LIMIT + 1, 120));

  /** Absent, empty or white space only: the ways a value counts as not given. */
  static final java.util.List<Option<String>> BLANKS =
      java.util.List.of(
          Option.none(),
          Option.some(""),
          Option.some(" "),
          Option.some("   "),
          Option.some("\t"),
          Option.some("\u2003\n"));

  private static final Arbitrary<Option<String>> BLANK = Arbitraries.of(BLANKS);

  private Texts() {}

  /** A valid name: 1 to 50 code points, now and then decomposed (NFD) or padded with spaces. */
  static Arbitrary<String> name() {
    return NAME;
  }

  /** A name of 51 to 120 code points once stripped and normalized. */
  static Arbitrary<String> tooLong() {
    return TOO_LONG;
  }

  /** Absent, empty or white space only: every one counts as absent. */
  static Arbitrary<Option<String>> blank() {
    return BLANK;
  }

  /** A NIREC as the civil-status register writes it: four letters, eight digits. */
  static Arbitrary<String> nirec() {
    return Combinators.combine(
            Arbitraries.strings().withCharRange('A', 'Z').ofLength(4),
            Arbitraries.strings().numeric().ofLength(8))
        .as(String::concat);
  }

  /** An NECSG, the child number CSG gives. */
  static Arbitrary<String> necsg() {
    return Arbitraries.strings().numeric().ofLength(8).map("9"::concat);
  }

  /** The length RULES.md gives a name: NFC code points once surrounding white space is removed. */
  static int length(String name) {
    String normalized = Normalizer.normalize(name.strip(), Normalizer.Form.NFC);
    return normalized.codePointCount(0, normalized.length());
  }

  private static List<Tuple.Tuple2<Integer, String>> codePoints() {
    List<Tuple.Tuple2<Integer, String>> weighted = new ArrayList<>();
    LETTERS.chars().forEach(c -> weighted.add(Tuple.of(10, Character.toString(c))));
    LETTERS
        .toUpperCase(Locale.ROOT)
        .chars()
        .forEach(c -> weighted.add(Tuple.of(1, Character.toString(c))));
    SEPARATORS.chars().forEach(c -> weighted.add(Tuple.of(12, Character.toString(c))));
    weighted.add(Tuple.of(8, SUPPLEMENTARY));
    return weighted;
  }

  /**
   * {@code min} to {@code max} code points: letters and single separators, starting and ending with
   * a letter, the first one upper case.
   */
  private static Arbitrary<String> made(int min, int max) {
    return CODE_POINT
        .list()
        .ofMinSize(min)
        .ofMaxSize(max)
        .withSizeDistribution(RandomDistribution.biased())
        .map(Texts::join);
  }

  private static String join(List<String> codePoints) {
    StringBuilder name = new StringBuilder();
    for (int i = 0; i < codePoints.size(); i++) {
      String next = codePoints.get(i);
      boolean separator = SEPARATORS.contains(next);
      boolean afterSeparator = i > 0 && SEPARATORS.contains(codePoints.get(i - 1));
      if (separator && (i == 0 || i == codePoints.size() - 1 || afterSeparator)) {
        next = "e";
      }
      name.append(i == 0 ? next.toUpperCase(Locale.ROOT) : next);
    }
    return name.toString();
  }

  /** As entered: mostly as is, now and then with combining accents or surrounding spaces. */
  private static Arbitrary<String> styled(Arbitrary<String> names) {
    return Combinators.combine(
            names, Arbitraries.frequency(Tuple.of(8, 0), Tuple.of(1, 1), Tuple.of(1, 2)))
        .as(
            (name, style) ->
                switch (style) {
                  case 1 -> Normalizer.normalize(name, Normalizer.Form.NFD);
                  case 2 -> " " + name + "  ";
                  default -> name;
                });
  }
}
