package io.github.childcarerules.core.record;

import io.vavr.control.Option;

/** The role of an adult towards the child. The form's placeholder "Choisir" is not a role. */
public enum Role {
  MOTHER,
  BIOLOGICAL_MOTHER,
  FATHER,
  LEGAL_GUARDIAN,
  FOSTER_FAMILY,
  OTHER;

  /** The form's placeholder ("Choisir"): never a role, counts as not given. */
  public static final String PLACEHOLDER = "CHOOSE";

  /** Mother, biological mother or father. */
  public boolean isParentRole() {
    return this == MOTHER || this == BIOLOGICAL_MOTHER || this == FATHER;
  }

  /** The role named exactly {@code text}, if any. */
  public static Option<Role> parse(String text) {
    for (Role role : values()) {
      if (role.name().equals(text)) {
        return Option.some(role);
      }
    }
    return Option.none();
  }
}
