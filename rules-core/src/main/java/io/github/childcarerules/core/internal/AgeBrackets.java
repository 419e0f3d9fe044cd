package io.github.childcarerules.core.internal;

import io.github.childcarerules.core.record.AgeBracket;
import io.github.childcarerules.core.rule.Rule;
import io.vavr.collection.Array;
import io.vavr.collection.Map;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.EnumMap;

/**
 * RULES.md §5 on the brackets themselves, and the well-formed effective dates the agreement rules
 * read: the earliest one, the school-age one, and the bracket in force on a day.
 */
final class AgeBrackets {
  private static final String BRACKETS = Array.of(AgeBracket.values()).mkString(", ");

  private final EnumMap<AgeBracket, LocalDate> dates = new EnumMap<>(AgeBracket.class);

  private AgeBrackets() {}

  static AgeBrackets check(
      Map<String, String> entered, Option<LocalDate> birthDate, Findings findings) {
    AgeBrackets brackets = new AgeBrackets();
    for (var entry : entered) {
      String path = "ageBrackets." + entry._1;
      Option<AgeBracket> bracket = AgeBracket.parse(entry._1);
      if (bracket.isEmpty()) {
        findings.report(Rule.VALUE_NOT_ALLOWED, path, BRACKETS);
      } else {
        findings
            .date(Option.of(entry._2), path)
            .forEach(date -> brackets.dates.put(bracket.get(), date));
      }
    }
    findings.reportIf(
        entered.values().forAll(String::isBlank), Rule.AGE_BRACKET_REQUIRED, "ageBrackets");

    LocalDate younger = null;
    for (var bracket : brackets.dates.entrySet()) {
      String path = "ageBrackets." + bracket.getKey().name();
      if (younger != null && !bracket.getValue().isAfter(younger)) {
        findings.report(Rule.AGE_BRACKET_ORDER, path, younger.toString());
      }
      younger = bracket.getValue();
      birthDate
          .filter(bracket.getValue()::isBefore)
          .forEach(birth -> findings.report(Rule.AGE_BRACKET_BEFORE_BIRTH, path, birth.toString()));
    }
    return brackets;
  }

  /** The earliest well-formed effective date. */
  Option<LocalDate> earliest() {
    return Array.ofAll(dates.values()).minBy(LocalDate::toEpochDay);
  }

  /** The school-age effective date, when well formed. */
  Option<LocalDate> schoolAge() {
    return Option.of(dates.get(AgeBracket.SCHOOL_AGE));
  }

  /**
   * The bracket in force on {@code day}: the one with the latest effective date on or before it (on
   * equal dates, the older bracket).
   */
  Option<AgeBracket> inForceOn(LocalDate day) {
    AgeBracket inForce = null;
    for (var bracket : dates.entrySet()) {
      if (!bracket.getValue().isAfter(day)
          && (inForce == null || !bracket.getValue().isBefore(dates.get(inForce)))) {
        inForce = bracket.getKey();
      }
    }
    return Option.of(inForce);
  }
}
