package io.github.childcarerules.testkit;

import io.github.childcarerules.core.record.ParentChildRecord;
import io.vavr.control.Option;
import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Generators of parent-child records for property-based tests.
 *
 * <pre>{@code
 * @Property
 * void myCodeAcceptsEveryValidRecord(@ForAll("records") ParentChildRecord record) { ... }
 *
 * @Provide
 * Arbitrary<ParentChildRecord> records() {
 *   return Records.valid();
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Records {
  private static final LocalDate FIRST_BIRTH = LocalDate.of(2012, 1, 1);
  private static final LocalDate LAST_BIRTH = LocalDate.of(2025, 12, 31);

  /** One instance, so that jqwik finds its generator at once in its memo. */
  private static final Arbitrary<ParentChildRecord> VALID = generate();

  private Records() {}

  /**
   * Realistic and varied records that break no rule of RULES.md §1–7, warnings included: validating
   * one reports no violation at all.
   *
   * <p>They vary everything the rules read: names of 1 to 50 code points (accents, hyphens,
   * apostrophes, a character outside the BMP, combining accents, surrounding spaces), every sex,
   * children born in Québec or not, with a NIREC, an NECSG, both or neither; responsible adults of
   * every role, an optional other responsible (absent in each way an object can be), the parent
   * section filled exactly when it applies; complete addresses with postal codes in either case,
   * with or without the space; runs of age brackets on or after birth; 1 to 4 agreements in
   * chronological order, adjacent or not, some terminated, some replacements, some starting with
   * school age without a schedule, some planned beyond their termination; schedules of 1 to 4 weeks
   * and special schedules; open and closed ECP and disability periods in any list order, a
   * transitional measure inside a disability period from the nominal school-age date on and for
   * less than one year, CISSS periods with the service offer's convention. An NECSG is given only
   * to a child born outside Québec. Reduced-contribution agreements occupy at most 5 weekdays and
   * stay under 261 care days a reference year, so that neither warning of RULES.md §7 fires.
   *
   * <p>The same instance is returned every time: jqwik then reuses its generator.
   *
   * @return records that {@code RecordValidator.validate} finds free of violations
   */
  public static Arbitrary<ParentChildRecord> valid() {
    return VALID;
  }

  private static Arbitrary<ParentChildRecord> generate() {
    return Combinators.combine(
            birthDates(), Identities.identities(), Identities.addresses(), Timelines.plans())
        .as(
            (birth, identity, address, plan) -> {
              Timelines.Timeline timeline = plan.on(birth);
              return ParentChildRecord.builder()
                  .child(identity.child().withBirthDate(Option.some(birth.toString())))
                  .responsible(identity.responsible())
                  .otherResponsible(identity.other())
                  .parent(identity.parent())
                  .address(address)
                  .setJavaMapAgeBrackets(timeline.brackets())
                  .addAllEcpPeriods(timeline.ecp())
                  .addAllDisabilityPeriods(timeline.disability())
                  .addAllCisssPeriods(timeline.cisss())
                  .transitionalMeasure(timeline.transitionalMeasure())
                  .serviceOffer(timeline.serviceOffer())
                  .addAllAgreements(timeline.agreements())
                  .build();
            })
        .filter(record -> !CareDayBound.mayWarn(record));
  }

  private static Arbitrary<LocalDate> birthDates() {
    return Arbitraries.integers()
        .between(0, (int) (LAST_BIRTH.toEpochDay() - FIRST_BIRTH.toEpochDay()))
        .map(FIRST_BIRTH::plusDays);
  }
}
