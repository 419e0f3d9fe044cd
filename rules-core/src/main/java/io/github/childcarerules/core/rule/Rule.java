package io.github.childcarerules.core.rule;

import io.github.childcarerules.core.internal.MessageBundle;
import io.vavr.collection.Array;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Period;
import java.util.Locale;
import java.util.ResourceBundle;
import org.jspecify.annotations.Nullable;

/**
 * The rule catalogue: one constant per stable id of RULES.md, named exactly as the id, with its
 * severity and its source (CSG = the CSG user guide, page "Ajouter dossier parent-enfant"; RCR =
 * Règlement sur la contribution réduite; POL = the BC's allocation policy). Descriptions and
 * messages are in {@code messages_fr.properties} and {@code messages_en.properties}, keyed by id.
 * Ids are a public contract: never rename one, add a new one instead. Each rule names its {@link
 * #section()} of the form.
 *
 * @since 0.1.0
 */
public enum Rule {
  // Conventions (every section)
  DATE_FORMAT(Section.WHOLE_RECORD, Severity.ERROR, "CSG (format AAAA-MM-JJ of every date field)"),
  VALUE_NOT_ALLOWED(Section.WHOLE_RECORD, Severity.ERROR, "CSG (lists of values of the form)"),
  // §1 Child identification
  CHILD_LAST_NAME_REQUIRED(Section.CHILD, Severity.ERROR, "CSG Nom c1, c2"),
  CHILD_LAST_NAME_TOO_LONG(Section.CHILD, Severity.ERROR, "CSG Nom c3"),
  CHILD_FIRST_NAME_REQUIRED(Section.CHILD, Severity.ERROR, "CSG Prénom c1"),
  CHILD_FIRST_NAME_TOO_LONG(Section.CHILD, Severity.ERROR, "CSG Prénom c2"),
  CHILD_SEX_REQUIRED(Section.CHILD, Severity.ERROR, "CSG Sexe"),
  CHILD_BIRTH_DATE_REQUIRED(Section.CHILD, Severity.ERROR, "CSG Date de naissance c1"),
  CHILD_BORN_OUTSIDE_QUEBEC_REQUIRED(Section.CHILD, Severity.ERROR, "CSG Né hors Québec c1"),
  CHILD_NIREC_REQUIRED(Section.CHILD, Severity.ERROR, "CSG Né hors Québec c2, NIREC"),
  CHILD_BIRTH_DATE_IMMUTABLE(Section.CHILD, Severity.ERROR, "CSG Date de naissance"),
  CHILD_NIREC_IMMUTABLE(Section.CHILD, Severity.ERROR, "CSG NIREC"),
  CHILD_NECSG_IMMUTABLE(Section.CHILD, Severity.ERROR, "CSG NECSG"),
  CHILD_NECSG_NOT_APPLICABLE(Section.CHILD, Severity.WARNING, "CSG NECSG (description), NIREC c1"),
  // §2 Responsible adults
  RESPONSIBLE_LAST_NAME_REQUIRED(Section.RESPONSIBLES, Severity.ERROR, "CSG Nom du responsable c1"),
  RESPONSIBLE_LAST_NAME_TOO_LONG(Section.RESPONSIBLES, Severity.ERROR, "CSG Nom du responsable c2"),
  RESPONSIBLE_FIRST_NAME_REQUIRED(
      Section.RESPONSIBLES, Severity.ERROR, "CSG Prénom du responsable c1"),
  RESPONSIBLE_FIRST_NAME_TOO_LONG(
      Section.RESPONSIBLES, Severity.ERROR, "CSG Prénom du responsable c2"),
  RESPONSIBLE_ROLE_REQUIRED(Section.RESPONSIBLES, Severity.ERROR, "CSG Rôle du responsable c1, c2"),
  OTHER_RESPONSIBLE_LAST_NAME_REQUIRED(
      Section.RESPONSIBLES, Severity.ERROR, "CSG Nom de l'autre responsable c1"),
  OTHER_RESPONSIBLE_FIRST_NAME_REQUIRED(
      Section.RESPONSIBLES, Severity.ERROR, "CSG Prénom de l'autre responsable c1"),
  OTHER_RESPONSIBLE_ROLE_REQUIRED(
      Section.RESPONSIBLES, Severity.ERROR, "CSG Rôle de l'autre responsable c1, c2"),
  OTHER_RESPONSIBLE_LAST_NAME_TOO_LONG(
      Section.RESPONSIBLES, Severity.ERROR, "CSG Nom de l'autre responsable c2"),
  OTHER_RESPONSIBLE_FIRST_NAME_TOO_LONG(
      Section.RESPONSIBLES, Severity.ERROR, "CSG Prénom de l'autre responsable c2"),
  // §3 Parent of a child born outside Québec
  PARENT_LAST_NAME_REQUIRED(Section.PARENT, Severity.ERROR, "CSG Nom du parent"),
  PARENT_LAST_NAME_TOO_LONG(Section.PARENT, Severity.ERROR, "CSG Nom du parent"),
  PARENT_FIRST_NAME_REQUIRED(Section.PARENT, Severity.ERROR, "CSG Prénom du parent"),
  PARENT_FIRST_NAME_TOO_LONG(Section.PARENT, Severity.ERROR, "CSG Prénom du parent"),
  PARENT_ROLE_REQUIRED(Section.PARENT, Severity.ERROR, "CSG Rôle du parent c1, c2"),
  PARENT_ROLE_NOT_A_PARENT(Section.PARENT, Severity.ERROR, "CSG Rôle du parent"),
  PARENT_NOT_APPLICABLE(Section.PARENT, Severity.ERROR, "CSG Nom du parent c1"),
  // §4 Address
  ADDRESS_REQUIRED(Section.ADDRESS, Severity.ERROR, "CSG Adresse"),
  ADDRESS_INCOMPLETE(Section.ADDRESS, Severity.ERROR, "CSG Adresse (\"valides et complètes\")"),
  ADDRESS_CIVIC_NUMBER_FORMAT(Section.ADDRESS, Severity.ERROR, "CSG Adresse"),
  ADDRESS_POSTAL_CODE_FORMAT(Section.ADDRESS, Severity.ERROR, "CSG Adresse"),
  // §5 Age brackets
  AGE_BRACKET_REQUIRED(Section.AGE_BRACKETS, Severity.ERROR, "CSG Tranches d'âge c3"),
  AGE_BRACKET_ORDER(Section.AGE_BRACKETS, Severity.ERROR, "CSG Tranches d'âge c2"),
  AGE_BRACKET_BEFORE_BIRTH(Section.AGE_BRACKETS, Severity.ERROR, "users' expectation"),
  AGE_BRACKET_NOT_IN_FORCE(Section.AGE_BRACKETS, Severity.ERROR, "CSG Tranches d'âge c3"),
  SCHOOL_AGE_DATE_CHANGED(Section.AGE_BRACKETS, Severity.WARNING, "CSG Tranches d'âge (note)"),
  AGREEMENT_SPANS_SCHOOL_AGE(Section.AGE_BRACKETS, Severity.ERROR, "CSG Tranches d'âge c4"),
  // §6 Special periods
  PERIOD_END_BEFORE_START(Section.SPECIAL_PERIODS, Severity.ERROR, "users' expectation"),
  CISSS_PERIOD_START_REQUIRED(Section.SPECIAL_PERIODS, Severity.ERROR, "CSG CISSS c1"),
  CISSS_PERIOD_END_REQUIRED(Section.SPECIAL_PERIODS, Severity.ERROR, "CSG CISSS c1"),
  CISSS_PERIODS_OVERLAP(Section.SPECIAL_PERIODS, Severity.ERROR, "CSG CISSS c3"),
  CISSS_CONVENTION_REQUIRED(Section.SPECIAL_PERIODS, Severity.ERROR, "CSG CISSS c4"),
  ECP_PERIOD_START_REQUIRED(Section.SPECIAL_PERIODS, Severity.ERROR, "CSG ECP c1"),
  ECP_PERIODS_OVERLAP(Section.SPECIAL_PERIODS, Severity.ERROR, "CSG ECP c3"),
  DISABILITY_PERIOD_START_REQUIRED(Section.SPECIAL_PERIODS, Severity.ERROR, "CSG Handicap c1"),
  DISABILITY_PERIODS_OVERLAP(Section.SPECIAL_PERIODS, Severity.ERROR, "CSG Handicap c3"),
  TRANSITIONAL_MEASURE_WITHOUT_DISABILITY(
      Section.SPECIAL_PERIODS, Severity.ERROR, "CSG Mesure transitoire"),
  TRANSITIONAL_MEASURE_START_REQUIRED(
      Section.SPECIAL_PERIODS, Severity.ERROR, "CSG Mesure transitoire"),
  TRANSITIONAL_MEASURE_OUTSIDE_DISABILITY(
      Section.SPECIAL_PERIODS, Severity.ERROR, "CSG Handicap c4"),
  TRANSITIONAL_MEASURE_BEFORE_SCHOOL_AGE(
      Section.SPECIAL_PERIODS, Severity.WARNING, "CSG Mesure transitoire (description)"),
  TRANSITIONAL_MEASURE_OVER_ONE_YEAR(
      Section.SPECIAL_PERIODS, Severity.WARNING, "CSG Mesure transitoire (description)"),
  TRANSITIONAL_MEASURE_END_REQUIRED(Section.SPECIAL_PERIODS, Severity.ERROR, "CSG Handicap c5"),
  // §7 Service agreements and schedules
  AGREEMENT_REQUIRED(Section.AGREEMENTS, Severity.ERROR, "CSG Entente de services"),
  AGREEMENT_START_REQUIRED(Section.AGREEMENTS, Severity.ERROR, "CSG Date de début/fin c1"),
  AGREEMENT_END_REQUIRED(Section.AGREEMENTS, Severity.ERROR, "CSG Date de début/fin c1"),
  AGREEMENT_END_BEFORE_START(Section.AGREEMENTS, Severity.ERROR, "users' expectation"),
  REDUCED_CONTRIBUTION_CHANGED(
      Section.AGREEMENTS, Severity.WARNING, "CSG Contribution réduite (note)"),
  AGREEMENT_TERMINATION_OUTSIDE(Section.AGREEMENTS, Severity.ERROR, "CSG Date de résiliation c2"),
  AGREEMENTS_OVERLAP(
      Section.AGREEMENTS, Severity.ERROR, "users' expectation: a day is never counted twice"),
  SCHEDULE_REQUIRED(Section.AGREEMENTS, Severity.ERROR, "CSG Horaire normal c1, c2"),
  REPLACEMENT_WITH_SCHEDULE(
      Section.AGREEMENTS, Severity.WARNING, "derived from CSG Remplaçant (description)"),
  SCHEDULE_PERIODICITY(Section.AGREEMENTS, Severity.ERROR, "CSG Horaire normal"),
  SPECIAL_SCHEDULE_START_REQUIRED(Section.AGREEMENTS, Severity.ERROR, "CSG Horaire particulier c1"),
  SPECIAL_SCHEDULE_END_REQUIRED(Section.AGREEMENTS, Severity.ERROR, "CSG Horaire particulier c1"),
  SPECIAL_SCHEDULE_OUTSIDE_AGREEMENT(
      Section.AGREEMENTS, Severity.ERROR, "CSG Horaire particulier c2"),
  SPECIAL_SCHEDULES_OVERLAP(Section.AGREEMENTS, Severity.ERROR, "CSG Horaire particulier c3"),
  TWENTY_DAYS_PER_FOUR_WEEKS(Section.AGREEMENTS, Severity.WARNING, "RCR art. 6"),
  REFERENCE_YEAR_261_DAYS(Section.AGREEMENTS, Severity.WARNING, "RCR art. 6"),
  // §9 Allocation of subsidized places: checks of the scenario (before any allocation)
  SCENARIO_FIELD_REQUIRED(
      Section.ALLOCATION, Severity.ERROR, "POL Étape 1 (places à répartir, registres)"),
  SCENARIO_DUPLICATE_ID(
      Section.ALLOCATION, Severity.ERROR, "users' expectation: one id, one thing"),
  SCENARIO_PLACES_NOT_POSITIVE(
      Section.ALLOCATION, Severity.ERROR, "POL Étape 1 (nombre de places)"),
  SCENARIO_USED_WITHOUT_CHILD(
      Section.ALLOCATION, Severity.ERROR, "POL Étape 1 (places utilisées par un enfant)"),
  SCENARIO_TEMPORARY_WITHOUT_END(
      Section.ALLOCATION, Severity.ERROR, "POL Places (date de disponibilité temporaire)"),
  SCENARIO_UNKNOWN_PROVIDER(
      Section.ALLOCATION, Severity.ERROR, "POL Étape 2 (dossier du service de garde)"),
  SCENARIO_DECREASE_INCOMPLETE(
      Section.ALLOCATION, Severity.ERROR, "POL Places retournées (RSGEE art. 78, 79)"),
  SCENARIO_NEGATIVE_COUNT(Section.ALLOCATION, Severity.ERROR, "POL Taux de couverture (Tableau 1)"),
  SCENARIO_ANSWERS_INCONSISTENT(Section.ALLOCATION, Severity.ERROR, "POL Étape 2 (confirmations)"),
  SCENARIO_UNKNOWN_REFERENCE(
      Section.ALLOCATION, Severity.ERROR, "users' expectation: a reference names a listed thing"),
  // §9 Allocation: the steps of a decision, carried by the trail and the request results
  ALLOC_STEP1_SAME_SECTOR(
      Section.ALLOCATION, Severity.INFO, "POL Étape 1, 1 (ordre chronologique, même secteur)"),
  ALLOC_STEP1_PROFILE(
      Section.ALLOCATION, Severity.INFO, "POL Étape 1, places utilisées, 2 (offre de service)"),
  ALLOC_STEP1_OBTENTION_LIST(
      Section.ALLOCATION, Severity.INFO, "POL Étape 1, places libres (liste d'obtention)"),
  ALLOC_STEP1_OTHER_SECTOR(
      Section.ALLOCATION, Severity.INFO, "POL Étape 2, particularités 1; Taux de couverture"),
  ALLOC_STEP1_NEW_PROVIDER(
      Section.ALLOCATION, Severity.INFO, "POL Étape 1, places libres (nouveau service de garde)"),
  ALLOC_STEP1_UNALLOCATED(Section.ALLOCATION, Severity.INFO, "POL Étape 1, places utilisées"),
  ALLOC_STEP2_MAINTAIN(
      Section.ALLOCATION, Severity.INFO, "POL Étape 2 (maintien de la demande, annexe 3.2)"),
  ALLOC_STEP2_CONFORMITY(
      Section.ALLOCATION, Severity.INFO, "POL Étape 2 (vérification de conformité, annexe 3.2)"),
  ALLOC_STEP2_AWAITING(
      Section.ALLOCATION, Severity.INFO, "POL Étape 2 (confirmation du service de garde)"),
  ALLOC_STEP2_RECOMMEND(
      Section.ALLOCATION, Severity.INFO, "POL Étape 2 (recommandation au conseil, annexe 3.1)"),
  ALLOC_BOARD_DECISION(
      Section.ALLOCATION, Severity.INFO, "POL Modalités administratives (le conseil octroie)"),
  ALLOC_DECISION_DELAY(
      Section.ALLOCATION,
      Severity.INFO,
      "POL Demandes (réponse écrite dans les 30 jours)",
      Period.ofDays(30)),
  ALLOC_DECREASE_NOTICE(
      Section.ALLOCATION,
      Severity.INFO,
      "POL Places retournées (RSGEE art. 78, 79)",
      Period.ofDays(30)),
  SUSPENSION_TOO_LONG(
      Section.ALLOCATION,
      Severity.INFO,
      "POL Places retournées (RSGEE art. 79: 12 mois)",
      Period.ofMonths(12));

  private static final MessageBundle MESSAGES =
      MessageBundle.of(
          locale ->
              ResourceBundle.getBundle("io.github.childcarerules.core.rule.messages", locale));

  private final Section section;
  private final Severity severity;
  private final String source;
  private final Option<Period> limit;

  Rule(Section section, Severity severity, String source) {
    this(section, severity, source, null);
  }

  Rule(Section section, Severity severity, String source, @Nullable Period limit) {
    this.section = section;
    this.severity = severity;
    this.source = source;
    this.limit = Option.of(limit);
  }

  /**
   * The delay the rule sets, for the rules that set one: 30 days for a written answer ({@link
   * #ALLOC_DECISION_DELAY}) and for notice ({@link #ALLOC_DECREASE_NOTICE}), 12 months for a
   * suspension ({@link #SUSPENSION_TOO_LONG}). The code that applies the rule reads it here.
   */
  public Option<Period> limit() {
    return limit;
  }

  /** How much the rule weighs: an {@code ERROR} makes a record invalid, a warning does not. */
  public Severity severity() {
    return severity;
  }

  /**
   * The section of the form (or of the allocation policy) the rule belongs to, to group a report's
   * violations the way a screen shows the form: {@code report.violations().groupBy(v ->
   * v.rule().section())}. Dates and list values ({@link #DATE_FORMAT}, {@link #VALUE_NOT_ALLOWED})
   * are checked in every section: theirs is {@link Section#WHOLE_RECORD}, and their violation's
   * path names the field.
   *
   * @return the section, named in French and English by {@link Section#label(Locale)}
   * @since 0.1.0
   */
  public Section section() {
    return section;
  }

  /** The citation of the source text the rule encodes. */
  public String source() {
    return source;
  }

  /** What the rule requires, in {@code locale}'s language (French unless English is asked). */
  public String description(Locale locale) {
    return MESSAGES.pattern(locale, name() + ".description");
  }

  /** The message of a violation of this rule, its arguments filled in, in {@code locale}. */
  String message(Locale locale, Object... arguments) {
    return MESSAGES.text(locale, name(), arguments);
  }

  /** Every rule, in catalogue order. */
  public static Seq<Rule> catalogue() {
    return Array.of(values());
  }

  /** The rule with exactly this id. */
  public static Option<Rule> byId(String id) {
    return catalogue().find(rule -> rule.name().equals(id));
  }
}
