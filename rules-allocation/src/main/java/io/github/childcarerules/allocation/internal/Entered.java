package io.github.childcarerules.allocation.internal;

import io.github.childcarerules.core.period.IsoDate;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/** How the scenario's entered values are read once checked: blank is absent, numbers are whole. */
final class Entered {
  private Entered() {}

  /** The entered text, blank counting as absent. */
  static Option<String> text(Option<String> value) {
    return value.filter(text -> !text.isBlank());
  }

  /** The date entered, none when absent or malformed. */
  static Option<LocalDate> date(Option<String> value) {
    return text(value).flatMap(IsoDate::parse);
  }

  /** Each enumeration's constants by name, built once per enumeration. */
  private static final ClassValue<Map<String, Enum<?>>> CONSTANTS =
      new ClassValue<>() {
        @Override
        protected Map<String, Enum<?>> computeValue(Class<?> type) {
          Map<String, Enum<?>> byName = new HashMap<>();
          for (Object constant : type.getEnumConstants()) {
            Enum<?> value = (Enum<?>) constant;
            byName.put(value.name(), value);
          }
          return Map.copyOf(byName);
        }
      };

  /** The enumeration constant entered, none when absent or unknown. */
  static <E extends Enum<E>> Option<E> constant(Option<String> value, Class<E> type) {
    Option<String> entered = text(value);
    if (entered.isEmpty()) {
      return Option.none();
    }
    Enum<?> constant = CONSTANTS.get(type).get(entered.get());
    return constant == null ? Option.none() : Option.some(type.cast(constant));
  }

  /** The number when it is a whole number from 0 that fits a {@code long}; none otherwise. */
  static Option<Long> count(BigDecimal number) {
    try {
      return Option.some(number.longValueExact()).filter(count -> count >= 0);
    } catch (ArithmeticException e) {
      return Option.none();
    }
  }

  /** The number when it is a whole number that fits an {@code int}; none otherwise. */
  static Option<Integer> whole(BigDecimal number) {
    try {
      return Option.some(number.intValueExact());
    } catch (ArithmeticException e) {
      return Option.none();
    }
  }
}
