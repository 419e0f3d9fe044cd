package io.github.childcarerules.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.childcarerules.core.agreement.Agreement;
import io.github.childcarerules.core.record.Address;
import io.github.childcarerules.core.record.AgeBracket;
import io.github.childcarerules.core.record.Child;
import io.github.childcarerules.core.record.NominalAgeBrackets;
import io.github.childcarerules.core.record.ParentChildRecord;
import io.github.childcarerules.core.record.Person;
import io.github.childcarerules.core.record.Role;
import io.github.childcarerules.core.record.Sex;
import io.github.childcarerules.core.rule.Rule;
import io.github.childcarerules.core.rule.Violation;
import io.github.childcarerules.core.schedule.Day;
import io.github.childcarerules.core.schedule.Schedule;
import io.github.childcarerules.core.schedule.Slot;
import io.github.childcarerules.core.schedule.Week;
import io.vavr.collection.List;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The Java examples of README.md's tour, "Validate a record", and of docs/guide/records.md, as
 * written there (ReadmeSnippetsTest compares the text), each followed by the assertions of what its
 * comments claim.
 */
class ReadmeExampleTest {
  @Test
  void theReadmeRecordIsValidAndItsChangedBirthDateIsReported() {
    // README snippet: validate-record — spotless:off
    Child child = Child.builder()
        .lastName("Tremblay").firstName("Léa").sex(Sex.F)
        .birthDate(LocalDate.of(2023, 5, 14)).nirec("TREL23051401").bornOutsideQuebec(false)
        .build();
    ParentChildRecord record = ParentChildRecord.builder()
        .child(child)
        .responsible(Person.of("Tremblay", "Anne", Role.MOTHER))
        .address(Address.builder().civicNumber("111").street("rue des Roses")
            .municipality("Québec").postalCode("G1G 1G1").apartment("1").build())
        .ageBracket(AgeBracket.MONTHS_0_17, LocalDate.of(2023, 9, 5))
        .addAgreements(Agreement.builder()
            .start(LocalDate.of(2023, 9, 5)).end(LocalDate.of(2024, 8, 30))
            .reducedContribution(true).signed(true)
            .schedule(Schedule.of(Week.builder()
                .on(Day.MON, Slot.DAY_1, Slot.DAY_2)
                .on(Day.WED, Slot.DAY_1, Slot.DAY_2)
                .build()))
            .build())
        .build();

    ValidationReport report = RecordValidator.validate(record);
    boolean valid = report.isValid();        // true: no ERROR (warnings do not invalidate)
    for (Violation v : report.violations()) {
      System.out.println(v.path() + " " + v.rule() + " " + v.message() + " (" + v.source() + ")");
    }
    Validation<ValidationReport, ParentChildRecord> checked = report.toValidation(record);  // Valid

    // Once a record is saved, its birth date, NIREC and NECSG may not change; a changed school-age
    // date (SCHOOL_AGE_DATE_CHANGED) or a saved agreement moved to the reduced contribution
    // (REDUCED_CONTRIBUTION_CHANGED) is a warning to show before saving:
    ParentChildRecord proposed = record.withChild(child.withBirthDate(LocalDate.of(2023, 5, 15)));
    ValidationReport change = RecordValidator.validateChange(record, proposed);
    Violation changed = change.violations().head();  // CHILD_BIRTH_DATE_IMMUTABLE, child.birthDate
    String french = changed.message();               // French by default
    String english = changed.message(Locale.ENGLISH);
    // README snippet end — spotless:on

    assertThat(valid).isTrue();
    assertThat(report.violations()).isEmpty();
    assertThat(checked.isValid()).isTrue();
    assertThat(checked.get()).isSameAs(record);
    assertThat(change.violations())
        .extracting(Violation::rule, Violation::path)
        .containsExactly(tuple(Rule.CHILD_BIRTH_DATE_IMMUTABLE, "child.birthDate"));
    assertThat(change.toValidation(proposed).getError()).isEqualTo(change);
    assertThat(french).contains("naissance");
    assertThat(english).contains("birth date");
  }

  // README snippet: pojo-mapping — spotless:off
  /** The client application's own class, with its own names; any field may be null. */
  static class Kid {
    String nom;
    String prenom;
    String sexe;             // "F", "M" or "X", as the form sends it
    LocalDate naissance;
    String nirec;
    Boolean neHorsQuebec;
  }

  static Child toChild(Kid kid) {
    return Child.builder()  // null is absent: the validation reports it, nothing throws
        .lastName(kid.nom).firstName(kid.prenom).sex(kid.sexe)
        .birthDate(kid.naissance).nirec(kid.nirec).bornOutsideQuebec(kid.neHorsQuebec)
        .build();
  }

  /** Its contracts: the flags are Boolean, and null is absent, that is false (RULES.md). */
  static class Contrat {
    LocalDate debut;
    LocalDate fin;
    Boolean reduite;
    Boolean signe;
  }

  static Agreement toAgreement(Contrat contrat) {
    return Agreement.builder()
        .start(contrat.debut).end(contrat.fin)
        .reducedContribution(contrat.reduite).signed(contrat.signe)
        .build();
  }
  // README snippet end — spotless:on

  @Test
  void aClientsOwnClassMapsToARecordAndItsNullsAreReported() {
    ParentChildRecord record = validRecord();
    // README snippet: pojo-validate — spotless:off
    Kid kid = new Kid();
    kid.nom = "Tremblay";
    kid.sexe = "F";
    kid.naissance = LocalDate.of(2023, 5, 14);
    kid.neHorsQuebec = false;                  // no first name, no NIREC yet
    ValidationReport report = RecordValidator.validate(record.withChild(toChild(kid)));
    List<String> problems = report.errors().map(v -> v.path() + " " + v.rule());
    // child.firstName CHILD_FIRST_NAME_REQUIRED, child.nirec CHILD_NIREC_REQUIRED
    // README snippet end — spotless:on

    assertThat(problems)
        .containsExactly(
            "child.firstName CHILD_FIRST_NAME_REQUIRED", "child.nirec CHILD_NIREC_REQUIRED");
    assertThat(toChild(new Kid())).isEqualTo(Child.builder().build());
    assertThat(toAgreement(new Contrat())).isEqualTo(Agreement.builder().build());
    Contrat signed = new Contrat();
    signed.signe = true;
    assertThat(toAgreement(signed).signed()).isTrue();
    assertThat(toAgreement(signed).reducedContribution()).isFalse();
  }

  @Test
  void theNominalAgeBracketsOfTheReadme() {
    // README snippet: nominal-age-brackets — spotless:off
    NominalAgeBrackets nominal = NominalAgeBrackets.of(LocalDate.of(2019, 9, 30));
    LocalDate toddler = nominal.startOf(AgeBracket.MONTHS_18_59);  // 2021-03-30: 18 months old
    LocalDate school = nominal.schoolAge();            // 2024-09-01: 5 years old on 30 September 2024
    Option<AgeBracket> bracket = nominal.on(LocalDate.of(2024, 8, 31));  // Some(MONTHS_18_59)
    LocalDate later = NominalAgeBrackets.of(LocalDate.of(2019, 10, 1)).schoolAge();  // 2025-09-01
    // README snippet end — spotless:on

    assertThat(toddler).isEqualTo(LocalDate.of(2021, 3, 30));
    assertThat(school).isEqualTo(LocalDate.of(2024, 9, 1));
    assertThat(bracket).contains(AgeBracket.MONTHS_18_59);
    assertThat(nominal.on(LocalDate.of(2019, 9, 29))).isEmpty();
    assertThat(later).isEqualTo(LocalDate.of(2025, 9, 1));
  }

  private static ParentChildRecord validRecord() {
    return ParentChildRecord.builder()
        .child(
            Child.builder()
                .lastName("Tremblay")
                .firstName("Léa")
                .sex(Sex.F)
                .birthDate(LocalDate.of(2023, 5, 14))
                .nirec("TREL23051401")
                .bornOutsideQuebec(false)
                .build())
        .responsible(Person.of("Tremblay", "Anne", Role.MOTHER))
        .address(
            Address.builder()
                .civicNumber("111")
                .street("rue des Roses")
                .municipality("Québec")
                .postalCode("G1G 1G1")
                .apartment("1")
                .build())
        .ageBracket(AgeBracket.MONTHS_0_17, LocalDate.of(2023, 9, 5))
        .addAgreements(
            Agreement.builder()
                .start(LocalDate.of(2023, 9, 5))
                .end(LocalDate.of(2024, 8, 30))
                .reducedContribution(true)
                .signed(true)
                .schedule(
                    Schedule.of(
                        Week.builder()
                            .on(Day.MON, Slot.DAY_1, Slot.DAY_2)
                            .on(Day.WED, Slot.DAY_1, Slot.DAY_2)
                            .build()))
                .build())
        .build();
  }
}
