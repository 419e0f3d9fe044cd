package io.github.childcarerules.core.record;

import io.vavr.control.Option;
import org.immutables.value.Value;

/** An adult named in the record: the responsible, the other responsible or the parent. */
@Value.Immutable
public abstract class Person implements WithPerson {
  public abstract Option<String> lastName();

  public abstract Option<String> firstName();

  /** One of {@link Role}'s names, or the form's placeholder {@code CHOOSE}. */
  public abstract Option<String> role();

  public static Builder builder() {
    return new Builder();
  }

  public static Person of(String lastName, String firstName, Role role) {
    return builder().lastName(lastName).firstName(firstName).role(role).build();
  }

  public static final class Builder extends ImmutablePerson.Builder {
    public Builder role(Role role) {
      return role(role.name());
    }
  }
}
