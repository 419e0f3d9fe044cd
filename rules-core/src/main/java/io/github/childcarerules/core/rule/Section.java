package io.github.childcarerules.core.rule;

import java.util.Locale;
import java.util.Objects;

/**
 * The part of the parent-child record form (or of the allocation policy) a rule belongs to, in the
 * form's order, so that an application can group a report's violations the way its screen is laid
 * out: {@code violation.rule().section()}. The sections follow RULES.md §1–7 and §9, which follow
 * the CSG guide's page "Ajouter dossier parent-enfant": its groups of information are the child's
 * identification, the responsible of the service agreements and the other parent (with the parent
 * of a child born outside Québec and the address), further information on the services (age
 * brackets and the CISSS/CIUSSS, ECP and disability periods) and the service agreement with its
 * schedules. {@link #label(Locale)} names a section in French or English, in our own words.
 *
 * @since 0.1.0
 */
public enum Section {
  /**
   * Conventions that hold in every section (RULES.md "Conventions"): dates written YYYY-MM-DD,
   * values taken from the form's lists. The violation's path says which field.
   */
  WHOLE_RECORD,
  /** RULES.md §1: the child's names, sex, birth date, NIREC and NECSG (CSG, first group). */
  CHILD,
  /**
   * RULES.md §2: the responsible of the service agreements and the other responsible (CSG, second
   * group).
   */
  RESPONSIBLES,
  /** RULES.md §3: the parent of a child born outside Québec (CSG, second group). */
  PARENT,
  /** RULES.md §4: the responsible's address (CSG, second group, field "Adresse"). */
  ADDRESS,
  /** RULES.md §5: the age brackets in force (CSG, third group, field "Tranches d'âge"). */
  AGE_BRACKETS,
  /**
   * RULES.md §6: CISSS/CIUSSS, ECP and disability periods and the transitional measure (CSG, third
   * group).
   */
  SPECIAL_PERIODS,
  /**
   * RULES.md §7: service agreements, their schedules and the planned occupation (CSG, fourth group,
   * "Entente de services"; RCR art. 6).
   */
  AGREEMENTS,
  /**
   * RULES.md §9: the allocation of subsidized places by a coordinating office, the checks of a
   * scenario and the steps of a decision (POL).
   */
  ALLOCATION,
  /**
   * RULES.md §10: the audit of a coordinating office's actual decisions against the allocation
   * policy (POL).
   */
  AUDIT;

  /**
   * The section's name for a person, in {@code locale}'s language (English when asked, French
   * otherwise): {@code "Identification de l’enfant"}, {@code "Age brackets"}.
   *
   * @param locale the language of the name
   * @return the name
   * @since 0.1.0
   */
  public String label(Locale locale) {
    return Rule.MESSAGES.pattern(Objects.requireNonNull(locale, "locale"), "Section." + name());
  }

  /**
   * The section's name in French, the default language.
   *
   * @return the name
   * @since 0.1.0
   */
  public String label() {
    return label(Locale.CANADA_FRENCH);
  }
}
