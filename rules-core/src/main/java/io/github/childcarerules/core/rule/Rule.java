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
  /** Every date is written YYYY-MM-DD and names a day that exists on the calendar. */
  DATE_FORMAT(Section.WHOLE_RECORD, Severity.ERROR, "CSG (format AAAA-MM-JJ of every date field)"),
  /** A list value (role, sex, slot, day, age bracket) is one of the values provided for. */
  VALUE_NOT_ALLOWED(Section.WHOLE_RECORD, Severity.ERROR, "CSG (lists of values of the form)"),
  // §1 Child identification
  /**
   * The child’s last name is required when it has a NIREC, or has neither a NIREC nor an NECSG; it
   * is optional only with an NECSG and no NIREC.
   */
  CHILD_LAST_NAME_REQUIRED(Section.CHILD, Severity.ERROR, "CSG Nom c1, c2"),
  /** The child’s last name has at most 50 characters. */
  CHILD_LAST_NAME_TOO_LONG(Section.CHILD, Severity.ERROR, "CSG Nom c3", Maxima.NAME_LENGTH),
  /** The child’s first name is required under the same condition as the last name. */
  CHILD_FIRST_NAME_REQUIRED(Section.CHILD, Severity.ERROR, "CSG Prénom c1"),
  /** The child’s first name has at most 50 characters. */
  CHILD_FIRST_NAME_TOO_LONG(Section.CHILD, Severity.ERROR, "CSG Prénom c2", Maxima.NAME_LENGTH),
  /** The child’s sex (F, M or X) is given. */
  CHILD_SEX_REQUIRED(Section.CHILD, Severity.ERROR, "CSG Sexe"),
  /** The child’s birth date is given. */
  CHILD_BIRTH_DATE_REQUIRED(Section.CHILD, Severity.ERROR, "CSG Date de naissance c1"),
  /** The answer to "born outside Québec" (yes or no) is given. */
  CHILD_BORN_OUTSIDE_QUEBEC_REQUIRED(Section.CHILD, Severity.ERROR, "CSG Né hors Québec c1"),
  /** A child not born outside Québec has its NIREC given. */
  CHILD_NIREC_REQUIRED(Section.CHILD, Severity.ERROR, "CSG Né hors Québec c2, NIREC"),
  /** Once the record is saved, the birth date stays as saved. */
  CHILD_BIRTH_DATE_IMMUTABLE(Section.CHILD, Severity.ERROR, "CSG Date de naissance"),
  /** Once the record is saved, the NIREC stays as saved. */
  CHILD_NIREC_IMMUTABLE(Section.CHILD, Severity.ERROR, "CSG NIREC"),
  /** Once the record is saved, the NECSG stays as saved. */
  CHILD_NECSG_IMMUTABLE(Section.CHILD, Severity.ERROR, "CSG NECSG"),
  /**
   * Warning: an NECSG is given only to a child born outside Québec; for such a child, an NECSG
   * beside a NIREC is normal.
   */
  CHILD_NECSG_NOT_APPLICABLE(Section.CHILD, Severity.WARNING, "CSG NECSG (description), NIREC c1"),
  // §2 Responsible adults
  /** The last name of the child’s responsible is given. */
  RESPONSIBLE_LAST_NAME_REQUIRED(Section.RESPONSIBLES, Severity.ERROR, "CSG Nom du responsable c1"),
  /** The responsible’s last name has at most 50 characters. */
  RESPONSIBLE_LAST_NAME_TOO_LONG(
      Section.RESPONSIBLES, Severity.ERROR, "CSG Nom du responsable c2", Maxima.NAME_LENGTH),
  /** The first name of the child’s responsible is given. */
  RESPONSIBLE_FIRST_NAME_REQUIRED(
      Section.RESPONSIBLES, Severity.ERROR, "CSG Prénom du responsable c1"),
  /** The responsible’s first name has at most 50 characters. */
  RESPONSIBLE_FIRST_NAME_TOO_LONG(
      Section.RESPONSIBLES, Severity.ERROR, "CSG Prénom du responsable c2", Maxima.NAME_LENGTH),
  /** The responsible’s role is one of the roles provided for. */
  RESPONSIBLE_ROLE_REQUIRED(Section.RESPONSIBLES, Severity.ERROR, "CSG Rôle du responsable c1, c2"),
  /**
   * The other responsible is optional but complete: if its first name or role is given, so is its
   * last name.
   */
  OTHER_RESPONSIBLE_LAST_NAME_REQUIRED(
      Section.RESPONSIBLES, Severity.ERROR, "CSG Nom de l'autre responsable c1"),
  /** If the other responsible’s last name or role is given, so is its first name. */
  OTHER_RESPONSIBLE_FIRST_NAME_REQUIRED(
      Section.RESPONSIBLES, Severity.ERROR, "CSG Prénom de l'autre responsable c1"),
  /**
   * If the other responsible’s last name or first name is given, its role is chosen ("Choisir" is
   * not a role).
   */
  OTHER_RESPONSIBLE_ROLE_REQUIRED(
      Section.RESPONSIBLES, Severity.ERROR, "CSG Rôle de l'autre responsable c1, c2"),
  /** The other responsible’s last name has at most 50 characters. */
  OTHER_RESPONSIBLE_LAST_NAME_TOO_LONG(
      Section.RESPONSIBLES,
      Severity.ERROR,
      "CSG Nom de l'autre responsable c2",
      Maxima.NAME_LENGTH),
  /** The other responsible’s first name has at most 50 characters. */
  OTHER_RESPONSIBLE_FIRST_NAME_TOO_LONG(
      Section.RESPONSIBLES,
      Severity.ERROR,
      "CSG Prénom de l'autre responsable c2",
      Maxima.NAME_LENGTH),
  // §3 Parent of a child born outside Québec
  /**
   * For a child born outside Québec whose responsibles have no parent role, the parent’s last name
   * is given.
   */
  PARENT_LAST_NAME_REQUIRED(Section.PARENT, Severity.ERROR, "CSG Nom du parent"),
  /** The parent’s last name has at most 50 characters. */
  PARENT_LAST_NAME_TOO_LONG(
      Section.PARENT, Severity.ERROR, "CSG Nom du parent", Maxima.NAME_LENGTH),
  /**
   * For a child born outside Québec whose responsibles have no parent role, the parent’s first name
   * is given.
   */
  PARENT_FIRST_NAME_REQUIRED(Section.PARENT, Severity.ERROR, "CSG Prénom du parent"),
  /** The parent’s first name has at most 50 characters. */
  PARENT_FIRST_NAME_TOO_LONG(
      Section.PARENT, Severity.ERROR, "CSG Prénom du parent", Maxima.NAME_LENGTH),
  /** When the parent section applies, the parent’s role is chosen. */
  PARENT_ROLE_REQUIRED(Section.PARENT, Severity.ERROR, "CSG Rôle du parent c1, c2"),
  /** The parent has a parent role: mother, biological mother or father. */
  PARENT_ROLE_NOT_A_PARENT(Section.PARENT, Severity.ERROR, "CSG Rôle du parent"),
  /**
   * The parent section exists only for a child born outside Québec whose responsibles have no
   * parent role; otherwise it stays empty.
   */
  PARENT_NOT_APPLICABLE(Section.PARENT, Severity.ERROR, "CSG Nom du parent c1"),
  // §4 Address
  /** The responsible’s address is given. */
  ADDRESS_REQUIRED(Section.ADDRESS, Severity.ERROR, "CSG Adresse"),
  /**
   * Civic number, street, municipality and postal code are given; suffix and apartment are
   * optional.
   */
  ADDRESS_INCOMPLETE(Section.ADDRESS, Severity.ERROR, "CSG Adresse (\"valides et complètes\")"),
  /** The civic number is 1 to 6 digits. */
  ADDRESS_CIVIC_NUMBER_FORMAT(Section.ADDRESS, Severity.ERROR, "CSG Adresse"),
  /** The postal code is a Canadian code A1A 1A1 (no D, F, I, O, Q or U; no W or Z first). */
  ADDRESS_POSTAL_CODE_FORMAT(Section.ADDRESS, Severity.ERROR, "CSG Adresse"),
  // §5 Age brackets
  /** At least one age bracket is given. */
  AGE_BRACKET_REQUIRED(Section.AGE_BRACKETS, Severity.ERROR, "CSG Tranches d'âge c3"),
  /** Effective dates strictly increase: 0-17 months, then 18-59 months, then school age. */
  AGE_BRACKET_ORDER(Section.AGE_BRACKETS, Severity.ERROR, "CSG Tranches d'âge c2"),
  /** No age bracket takes effect before the birth date. */
  AGE_BRACKET_BEFORE_BIRTH(Section.AGE_BRACKETS, Severity.ERROR, "users' expectation"),
  /**
   * Every day of an agreement has an age bracket in force: no agreement starts before the earliest
   * effective date.
   */
  AGE_BRACKET_NOT_IN_FORCE(Section.AGE_BRACKETS, Severity.ERROR, "CSG Tranches d'âge c3"),
  /**
   * Warning: changing the school-age effective date of a saved record may have attendance deleted
   * and re-entered; the date must be exact.
   */
  SCHOOL_AGE_DATE_CHANGED(Section.AGE_BRACKETS, Severity.WARNING, "CSG Tranches d'âge (note)"),
  /** No agreement straddles the school-age effective date. */
  AGREEMENT_SPANS_SCHOOL_AGE(Section.AGE_BRACKETS, Severity.ERROR, "CSG Tranches d'âge c4"),
  // §6 Special periods
  /**
   * A period’s end (CISSS, ECP, disability, special schedule, transitional measure) is not before
   * its start.
   */
  PERIOD_END_BEFORE_START(Section.SPECIAL_PERIODS, Severity.ERROR, "users' expectation"),
  /** A CISSS/CIUSSS period has a start date. */
  CISSS_PERIOD_START_REQUIRED(Section.SPECIAL_PERIODS, Severity.ERROR, "CSG CISSS c1"),
  /** A CISSS/CIUSSS period has an end date. */
  CISSS_PERIOD_END_REQUIRED(Section.SPECIAL_PERIODS, Severity.ERROR, "CSG CISSS c1"),
  /** CISSS/CIUSSS periods do not overlap. */
  CISSS_PERIODS_OVERLAP(Section.SPECIAL_PERIODS, Severity.ERROR, "CSG CISSS c3"),
  /**
   * A CISSS/CIUSSS period is allowed only when the service offer holds the matching
   * place-reservation convention.
   */
  CISSS_CONVENTION_REQUIRED(Section.SPECIAL_PERIODS, Severity.ERROR, "CSG CISSS c4"),
  /**
   * A period of exemption from the reduced contribution has a start; its end is given when the
   * exemption ends.
   */
  ECP_PERIOD_START_REQUIRED(Section.SPECIAL_PERIODS, Severity.ERROR, "CSG ECP c1"),
  /** Periods of exemption from the reduced contribution do not overlap. */
  ECP_PERIODS_OVERLAP(Section.SPECIAL_PERIODS, Severity.ERROR, "CSG ECP c3"),
  /** A disability period has a start; its end is given when the disability ends. */
  DISABILITY_PERIOD_START_REQUIRED(Section.SPECIAL_PERIODS, Severity.ERROR, "CSG Handicap c1"),
  /** Disability periods do not overlap. */
  DISABILITY_PERIODS_OVERLAP(Section.SPECIAL_PERIODS, Severity.ERROR, "CSG Handicap c3"),
  /**
   * The transitional measure is for a disabled child: the record has at least one disability
   * period.
   */
  TRANSITIONAL_MEASURE_WITHOUT_DISABILITY(
      Section.SPECIAL_PERIODS, Severity.ERROR, "CSG Mesure transitoire"),
  /** The transitional measure has a start date. */
  TRANSITIONAL_MEASURE_START_REQUIRED(
      Section.SPECIAL_PERIODS, Severity.ERROR, "CSG Mesure transitoire"),
  /** The transitional measure lies within a single disability period. */
  TRANSITIONAL_MEASURE_OUTSIDE_DISABILITY(
      Section.SPECIAL_PERIODS, Severity.ERROR, "CSG Handicap c4"),
  /**
   * Warning: the transitional measure is for a school-age child; it does not start before 1
   * September of the year in which the child is 5 on 30 September.
   */
  TRANSITIONAL_MEASURE_BEFORE_SCHOOL_AGE(
      Section.SPECIAL_PERIODS, Severity.WARNING, "CSG Mesure transitoire (description)"),
  /**
   * Warning: the transitional measure keeps the child one more year; when it has an end, it lasts
   * at most one year.
   */
  TRANSITIONAL_MEASURE_OVER_ONE_YEAR(
      Section.SPECIAL_PERIODS, Severity.WARNING, "CSG Mesure transitoire (description)"),
  /** When the disability period holding the measure’s start has an end, so does the measure. */
  TRANSITIONAL_MEASURE_END_REQUIRED(Section.SPECIAL_PERIODS, Severity.ERROR, "CSG Handicap c5"),
  // §7 Service agreements and schedules
  /** A record is added with its first service agreement. */
  AGREEMENT_REQUIRED(Section.AGREEMENTS, Severity.ERROR, "CSG Entente de services"),
  /** A service agreement has a start date. */
  AGREEMENT_START_REQUIRED(Section.AGREEMENTS, Severity.ERROR, "CSG Date de début/fin c1"),
  /** A service agreement has an end date. */
  AGREEMENT_END_REQUIRED(Section.AGREEMENTS, Severity.ERROR, "CSG Date de début/fin c1"),
  /** An agreement’s end is not before its start. */
  AGREEMENT_END_BEFORE_START(Section.AGREEMENTS, Severity.ERROR, "users' expectation"),
  /**
   * Warning: a saved agreement does not move from the full to the reduced contribution; a new
   * agreement is added, unless the saved one was entered wrongly.
   */
  REDUCED_CONTRIBUTION_CHANGED(
      Section.AGREEMENTS, Severity.WARNING, "CSG Contribution réduite (note)"),
  /** A termination date lies between the agreement’s start and end dates, both included. */
  AGREEMENT_TERMINATION_OUTSIDE(Section.AGREEMENTS, Severity.ERROR, "CSG Date de résiliation c2"),
  /**
   * Two agreements of one record never cover the same day (effective end: the termination date when
   * there is one).
   */
  AGREEMENTS_OVERLAP(
      Section.AGREEMENTS, Severity.ERROR, "users' expectation: a day is never counted twice"),
  /**
   * A non-replacement agreement has an occupied normal schedule, except for a school-age child
   * without a transitional measure.
   */
  SCHEDULE_REQUIRED(Section.AGREEMENTS, Severity.ERROR, "CSG Horaire normal c1, c2"),
  /**
   * Warning: a replacement child only fills in for absent children; its agreement plans no
   * occupation.
   */
  REPLACEMENT_WITH_SCHEDULE(
      Section.AGREEMENTS, Severity.WARNING, "derived from CSG Remplaçant (description)"),
  /** A schedule has 1 to 4 weeks. */
  SCHEDULE_PERIODICITY(Section.AGREEMENTS, Severity.ERROR, "CSG Horaire normal"),
  /** A special schedule has a start date. */
  SPECIAL_SCHEDULE_START_REQUIRED(Section.AGREEMENTS, Severity.ERROR, "CSG Horaire particulier c1"),
  /** A special schedule has an end date. */
  SPECIAL_SCHEDULE_END_REQUIRED(Section.AGREEMENTS, Severity.ERROR, "CSG Horaire particulier c1"),
  /** A special schedule lies between its agreement’s start and end dates. */
  SPECIAL_SCHEDULE_OUTSIDE_AGREEMENT(
      Section.AGREEMENTS, Severity.ERROR, "CSG Horaire particulier c2"),
  /** The special schedules of one agreement do not overlap. */
  SPECIAL_SCHEDULES_OVERLAP(Section.AGREEMENTS, Severity.ERROR, "CSG Horaire particulier c3"),
  /**
   * Warning: a reduced-contribution agreement planning more than 20 care days in four weeks needs a
   * justification (seasonal work, work or study schedule).
   */
  TWENTY_DAYS_PER_FOUR_WEEKS(
      Section.AGREEMENTS, Severity.WARNING, "RCR art. 6", Period.ofDays(28), 20),
  /**
   * Warning: planned reduced-contribution care days exceed 261 in a reference year (1 September to
   * 31 August).
   */
  REFERENCE_YEAR_261_DAYS(Section.AGREEMENTS, Severity.WARNING, "RCR art. 6", null, 261),
  // §9 Allocation of subsidized places: checks of the scenario (before any allocation)
  /**
   * Every field of the allocation scenario without a default is present: batch (id, places, sector,
   * availability date, kind, status, origin), request (id, type, provider, sector, received date,
   * places), provider (id, sector, offer), sector (name, children, places, parent needs).
   */
  SCENARIO_FIELD_REQUIRED(
      Section.ALLOCATION, Severity.ERROR, "POL Étape 1 (places à répartir, registres)"),
  /**
   * Batch, request and provider ids and sector names are unique within their list, no decrease
   * request has the id of a batch, the board decides once per batch and request, and sectorOrder
   * names a sector once.
   */
  SCENARIO_DUPLICATE_ID(
      Section.ALLOCATION, Severity.ERROR, "users' expectation: one id, one thing"),
  /** The places of a batch or a request are a whole number of at least 1. */
  SCENARIO_PLACES_NOT_POSITIVE(
      Section.ALLOCATION, Severity.ERROR, "POL Étape 1 (nombre de places)"),
  /**
   * A batch of used places carries the child’s profile (age, needs, particular characteristics); a
   * batch of free places carries none.
   */
  SCENARIO_USED_WITHOUT_CHILD(
      Section.ALLOCATION, Severity.ERROR, "POL Étape 1 (places utilisées par un enfant)"),
  /**
   * A temporary batch has an end date (until) not before its availability date; a permanent batch
   * has no end date.
   */
  SCENARIO_TEMPORARY_WITHOUT_END(
      Section.ALLOCATION, Severity.ERROR, "POL Places (date de disponibilité temporaire)"),
  /** An increase or obtention request names a provider of the list of providers. */
  SCENARIO_UNKNOWN_PROVIDER(
      Section.ALLOCATION, Severity.ERROR, "POL Étape 2 (dossier du service de garde)"),
  /** A decrease request names its reason and its requested date; a suspension also its end date. */
  SCENARIO_DECREASE_INCOMPLETE(
      Section.ALLOCATION, Severity.ERROR, "POL Places retournées (RSGEE art. 78, 79)"),
  /**
   * A sector’s counts of children, places, installation places and parent needs are whole numbers,
   * zero or more.
   */
  SCENARIO_NEGATIVE_COUNT(Section.ALLOCATION, Severity.ERROR, "POL Taux de couverture (Tableau 1)"),
  /**
   * A provider’s answers (for every offer or for one batch), when given, hold all eight required
   * fields, and the places wanted are at least 1 when the request is maintained.
   */
  SCENARIO_ANSWERS_INCONSISTENT(Section.ALLOCATION, Severity.ERROR, "POL Étape 2 (confirmations)"),
  /**
   * Every key of answersByBatch names a batch of the scenario, every board decision names such a
   * batch and an increase or obtention request, and every name of sectorOrder is a listed sector.
   */
  SCENARIO_UNKNOWN_REFERENCE(
      Section.ALLOCATION, Severity.ERROR, "users' expectation: a reference names a listed thing"),
  /**
   * The register holds the requests received by the run's date: a request is not received after it,
   * not answered before it was received, and a suspension does not end before its requested date.
   */
  SCENARIO_DATE_ORDER(
      Section.ALLOCATION, Severity.ERROR, "POL Demande d'ajout (registre des demandes reçues)"),
  // §9 Allocation: the steps of a decision, carried by the trail and the request results
  /**
   * Step 1: the increase requests of the batch’s sector are taken in the order they were received
   * (ties by id).
   */
  ALLOC_STEP1_SAME_SECTOR(
      Section.ALLOCATION, Severity.INFO, "POL Étape 1, 1 (ordre chronologique, même secteur)"),
  /**
   * Step 1: used places go only to a provider whose offer serves the child’s age group and holds
   * every need and particular characteristic of the child.
   */
  ALLOC_STEP1_PROFILE(
      Section.ALLOCATION, Severity.INFO, "POL Étape 1, places utilisées, 2 (offre de service)"),
  /**
   * Step 1: free places with no increase request waiting in the sector go to the list of obtention
   * requests, in chronological order.
   */
  ALLOC_STEP1_OBTENTION_LIST(
      Section.ALLOCATION, Severity.INFO, "POL Étape 1, places libres (liste d'obtention)"),
  /**
   * Step 1: places stay in their sector unless it has no identified parent need; then they go to
   * sectors with needs whose coverage (home childcare and installation places over children) is
   * below 70 %, in the analyst’s order, else lowest coverage first.
   */
  ALLOC_STEP1_OTHER_SECTOR(
      Section.ALLOCATION, Severity.INFO, "POL Étape 2, particularités 1; Taux de couverture"),
  /** Step 1: free places with no candidate left allow a new provider to be recognized. */
  ALLOC_STEP1_NEW_PROVIDER(
      Section.ALLOCATION, Severity.INFO, "POL Étape 1, places libres (nouveau service de garde)"),
  /** Step 1: used places with no candidate whose offer matches are not allocated. */
  ALLOC_STEP1_UNALLOCATED(Section.ALLOCATION, Severity.INFO, "POL Étape 1, places utilisées"),
  /**
   * Step 1: places given back, withdrawn or left unoccupied do not go back to the provider they
   * came from, and no places go to a provider whose suspension is in force when they become
   * available.
   */
  ALLOC_STEP1_PROVIDER_EXCLUDED(
      Section.ALLOCATION,
      Severity.INFO,
      "POL Places retournées, retirées, inoccupées; Étape 1 (service de garde admissible)"),
  /**
   * Step 2: told the status, kind and date of these places, the selected provider says whether it
   * still wants them and how many; if not, it keeps its request in the register (a candidate again
   * for later batches) or withdraws it (annex 3.2).
   */
  ALLOC_STEP2_MAINTAIN(
      Section.ALLOCATION, Severity.INFO, "POL Étape 2 (maintien de la demande, annexe 3.2)"),
  /**
   * Step 2: the file passes the five checks (engagement forms, suited offer, agreements matching
   * the commitment, ten hours Monday to Friday offered or planned in annex 2, needs of the parent
   * and child); otherwise it is not recommended, and the request is kept for a later analysis or
   * withdrawn (annex 3.2).
   */
  ALLOC_STEP2_CONFORMITY(
      Section.ALLOCATION, Severity.INFO, "POL Étape 2 (vérification de conformité, annexe 3.2)"),
  /**
   * Step 2: without the selected provider’s answers, the allocation of the batch waits for the
   * verification.
   */
  ALLOC_STEP2_AWAITING(
      Section.ALLOCATION, Severity.INFO, "POL Étape 2 (confirmation du service de garde)"),
  /**
   * Step 2: a conforming file is recommended to the board for the places wanted, within what the
   * request still asks for and the places left in the batch; the places stay reserved until the
   * board decides.
   */
  ALLOC_STEP2_RECOMMEND(
      Section.ALLOCATION, Severity.INFO, "POL Étape 2 (recommandation au conseil, annexe 3.1)"),
  /**
   * Step 2: the board gives the final authorization; authorized places are granted (annex 3.1), a
   * refusal sends the places on to the next candidate and withdraws the request (annex 3.2); until
   * it decides, the places stay reserved.
   */
  ALLOC_BOARD_DECISION(
      Section.ALLOCATION, Severity.INFO, "POL Modalités administratives (le conseil octroie)"),
  /**
   * The coordinating office answers every request in writing, with its reasons, within 30 days of
   * its receipt, in all cases; an answer sent later, or none by the date of the run, is late.
   */
  ALLOC_DECISION_DELAY(
      Section.ALLOCATION,
      Severity.INFO,
      "POL Demandes (réponse écrite dans les 30 jours)",
      Period.ofDays(30)),
  /**
   * An end of recognition or a suspension takes effect at the requested date when it is at least 30
   * days after receipt, else 30 days after receipt (except an emergency suspension).
   */
  ALLOC_DECREASE_NOTICE(
      Section.ALLOCATION,
      Severity.INFO,
      "POL Places retournées (RSGEE art. 78, 79)",
      Period.ofDays(30)),
  /** A suspension of recognition lasts at most 12 months; a longer request is refused. */
  SUSPENSION_TOO_LONG(
      Section.ALLOCATION,
      Severity.INFO,
      "POL Places retournées (RSGEE art. 79: 12 mois)",
      Period.ofMonths(12)),
  // §10 Audit of a BC's decisions
  /**
   * The board authorized places of a batch for a request that the policy's walk of that batch
   * passes over for a reason, or never reaches.
   */
  AUDIT_GRANT_NOT_ELIGIBLE(Section.AUDIT, Severity.INFO, "POL Étape 1, Étape 2"),
  /**
   * The board authorized places of a batch for a later candidate while requests that came first and
   * were recommended, or awaited, got none of them.
   */
  AUDIT_SKIPPED_EARLIER(Section.AUDIT, Severity.INFO, "POL Étape 1 (ordre chronologique)"),
  /**
   * The board authorized more places for a request than the batch had left or than the policy
   * recommends for it.
   */
  AUDIT_GRANT_EXCEEDS(Section.AUDIT, Severity.INFO, "POL Étape 2 (nombre de places recommandé)"),
  /** A letter the policy calls for was not sent, and its date is past. */
  AUDIT_LETTER_MISSING(Section.AUDIT, Severity.INFO, "POL Demande d'ajout (dans tous les cas)"),
  /** A letter due within 30 days of the request's receipt was sent after that date. */
  AUDIT_LETTER_LATE(Section.AUDIT, Severity.INFO, "POL Demande d'ajout (30 jours)"),
  /** A request was answered more than 30 days after its receipt, or not yet answered. */
  AUDIT_ANSWER_LATE(Section.AUDIT, Severity.INFO, "POL Demande d'ajout (30 jours)");

  /** The maxima several rules share, named once (enum constants cannot read the enum's fields). */
  private static final class Maxima {
    /** Every name field of the form: at most 50 characters (CSG Nom c3 and the like). */
    static final int NAME_LENGTH = 50;
  }

  /** The texts of this package, rules and sections alike (messages_fr / messages_en). */
  static final MessageBundle MESSAGES =
      MessageBundle.of(
          locale ->
              ResourceBundle.getBundle("io.github.childcarerules.core.rule.messages", locale));

  private final Section section;
  private final Severity severity;
  private final String source;
  private final Option<Period> limit;
  private final Option<Integer> maximum;

  Rule(Section section, Severity severity, String source) {
    this(section, severity, source, null);
  }

  Rule(Section section, Severity severity, String source, @Nullable Period limit) {
    this(section, severity, source, limit, null);
  }

  Rule(Section section, Severity severity, String source, int maximum) {
    this(section, severity, source, null, maximum);
  }

  Rule(
      Section section,
      Severity severity,
      String source,
      @Nullable Period limit,
      @Nullable Integer maximum) {
    this.section = section;
    this.severity = severity;
    this.source = source;
    this.limit = Option.of(limit);
    this.maximum = Option.of(maximum);
  }

  /**
   * The delay or the window of days the rule sets, for the rules that set one: 30 days for a
   * written answer ({@link #ALLOC_DECISION_DELAY}) and for notice ({@link #ALLOC_DECREASE_NOTICE}),
   * 12 months for a suspension ({@link #SUSPENSION_TOO_LONG}), the 28 consecutive days of {@link
   * #TWENTY_DAYS_PER_FOUR_WEEKS}. The code that applies the rule reads it here.
   *
   * @return the delay or window, or none for a rule without one
   */
  public Option<Period> limit() {
    return limit;
  }

  /**
   * The most the rule allows, in the rule's own unit, for the rules that count something: 50
   * characters for a name ({@code *_TOO_LONG}), 20 care days in the window of {@link
   * #TWENTY_DAYS_PER_FOUR_WEEKS}, 261 care days in a reference year for {@link
   * #REFERENCE_YEAR_261_DAYS}. The code that applies the rule reads it here; a message that quotes
   * it gets it from there.
   *
   * @return the maximum allowed, or none for a rule without one
   */
  public Option<Integer> maximum() {
    return maximum;
  }

  /**
   * How much the rule weighs: an {@code ERROR} makes a record invalid, a warning does not.
   *
   * @return the severity every violation of this rule carries
   */
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

  /**
   * The citation of the source text the rule encodes.
   *
   * @return the citation, as in RULES.md (for example {@code "CSG Nom c3"} or {@code "RCR art. 6"})
   */
  public String source() {
    return source;
  }

  /**
   * What the rule requires, in {@code locale}'s language (French unless English is asked).
   *
   * @param locale the reader's language
   * @return one sentence from the message bundle
   */
  public String description(Locale locale) {
    return MESSAGES.pattern(locale, name() + ".description");
  }

  /** The message of a violation of this rule, its arguments filled in, in {@code locale}. */
  String message(Locale locale, Object... arguments) {
    return MESSAGES.text(locale, name(), arguments);
  }

  /**
   * Every rule, in catalogue order.
   *
   * @return the rules in the order of RULES.md
   */
  public static Seq<Rule> catalogue() {
    return Array.of(values());
  }

  /**
   * The rule with exactly this id.
   *
   * @param id a stable id of RULES.md, case included
   * @return the rule, or none when no rule has that id
   */
  public static Option<Rule> byId(String id) {
    return catalogue().find(rule -> rule.name().equals(id));
  }
}
