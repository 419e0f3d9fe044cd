package io.github.childcarerules.core.internal;

import io.vavr.control.Option;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * The lookup behind every enum's {@code parse(String)}: each constant by its exact name, as the
 * option {@code parse} returns, built once so that parsing an entered value allocates nothing.
 */
public final class EnumNames {
  private EnumNames() {}

  /**
   * Every constant of an enum by its name.
   *
   * @param constants the enum's {@code values()}
   * @param <E> the enum
   * @return an unmodifiable map (looking up {@code null} finds nothing) from {@code name()} to
   *     {@code Option.some(constant)}
   */
  public static <E extends Enum<E>> Map<String, Option<E>> byName(E[] constants) {
    Map<String, Option<E>> byName = new HashMap<>();
    for (E constant : constants) {
      byName.put(constant.name(), Option.some(constant));
    }
    return Collections.unmodifiableMap(byName);
  }
}
