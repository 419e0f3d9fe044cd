package io.github.childcarerules.core.record;

import io.vavr.control.Option;
import org.immutables.value.Value;

/** The responsible's address (CSG, field "Adresse"). */
@Value.Immutable
public abstract class Address implements WithAddress {
  /** ASCII digits, 1 to 6. */
  public abstract Option<String> civicNumber();

  public abstract Option<String> civicSuffix();

  public abstract Option<String> street();

  public abstract Option<String> municipality();

  /** A Canadian postal code, {@code A1A 1A1}. */
  public abstract Option<String> postalCode();

  public abstract Option<String> apartment();

  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder extends ImmutableAddress.Builder {}
}
