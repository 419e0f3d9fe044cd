package io.github.childcarerules.core.record;

import io.github.childcarerules.core.internal.EnumNames;
import io.vavr.control.Option;
import java.util.Map;

/**
 * The role of an adult towards the child (RULES.md §2). The form's placeholder "Choisir" is not a
 * role.
 *
 * @since 0.1.0
 */
public enum Role {
  /** Mother: a parent role. */
  MOTHER,
  /** Biological mother: a parent role. */
  BIOLOGICAL_MOTHER,
  /** Father: a parent role. */
  FATHER,
  /** Legal guardian: not a parent role. */
  LEGAL_GUARDIAN,
  /** Foster family: not a parent role. */
  FOSTER_FAMILY,
  /** Any other adult responsible for the child: not a parent role. */
  OTHER;

  /** The form's placeholder ("Choisir"): never a role, counts as not given. */
  public static final String PLACEHOLDER = "CHOOSE";

  /**
   * Whether the role is a parent role, the only roles a parent of a child born outside Québec may
   * have (RULES.md §3, {@code PARENT_ROLE_NOT_A_PARENT}).
   *
   * @return true for mother, biological mother or father
   */
  public boolean isParentRole() {
    return this == MOTHER || this == BIOLOGICAL_MOTHER || this == FATHER;
  }

  private static final Map<String, Option<Role>> BY_NAME = EnumNames.byName(values());

  /**
   * The role named exactly {@code text}, if any.
   *
   * @param text the role as entered ({@code "MOTHER"}, case included)
   * @return the role, or none for any other text, the placeholder {@link #PLACEHOLDER} included
   */
  public static Option<Role> parse(String text) {
    return BY_NAME.getOrDefault(text, Option.none());
  }
}
