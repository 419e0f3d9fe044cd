package io.github.childcarerules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * {@code attestation FILE --as-of D} (FORMAT.md "Attestation") on the bundled example: its second
 * agreement, alternating Monday–Wednesday and Thursday–Friday weeks from 2024-03-04, is terminated
 * on Friday 2025-01-31 (a Thursday–Friday week); its ECP period runs from 2024-09-01 to 2024-12-31.
 */
class AttestationCommandTest {
  private static final String RECORD = "../examples/attestation-record.json";

  @Test
  void printsTheFieldsOfTheContractInItsOrder() {
    Run run = Run.of("attestation", RECORD, "--as-of", "2025-02-14", "--json");

    assertThat(run.exit()).isZero();
    assertThat(run.err()).isEmpty();
    JsonNode attestation = run.json();
    assertThat(OccupationCommandTest.fieldNames(attestation))
        .containsExactly(
            "referenceYear",
            "firstDay",
            "lastDay",
            "reducedContributionDays",
            "reducedContributionHalfDays",
            "ecpExemptDays",
            "ecpExemptHalfDays",
            "endedAgreements",
            "daysWithoutService",
            "attestationDue");
    assertThat(attestation.get("referenceYear").toString())
        .isEqualTo("{\"from\":\"2024-09-01\",\"to\":\"2025-08-31\"}");
    assertThat(attestation.get("firstDay").textValue()).isEqualTo("2023-03-06");
    assertThat(attestation.get("lastDay").textValue()).isEqualTo("2025-01-31");
    // January 2025: Thu-Fri 2-3, Mon-Wed 6-8, Thu-Fri 16-17, Mon-Wed 20-22, Thu-Fri 30-31.
    assertThat(attestation.get("reducedContributionDays").intValue()).isEqualTo(12);
    assertThat(attestation.get("reducedContributionHalfDays").intValue()).isZero();
    // 2 September to 29 December: 9 weeks of 3 days and 8 weeks of 2 days.
    assertThat(attestation.get("ecpExemptDays").intValue()).isEqualTo(43);
    assertThat(attestation.get("ecpExemptHalfDays").intValue()).isZero();
    assertThat(attestation.get("endedAgreements").toString()).isEqualTo("[1]");
    assertThat(attestation.get("daysWithoutService").intValue()).isEqualTo(14);
    assertThat(attestation.get("attestationDue").booleanValue()).isTrue();
  }

  @Test
  void nullsAreWrittenAsNull() {
    JsonNode attestation = Run.of("attestation", RECORD, "--as-of", "2023-03-05", "--json").json();

    assertThat(attestation.get("lastDay").isNull()).isTrue();
    assertThat(attestation.get("daysWithoutService").isNull()).isTrue();
    assertThat(attestation.get("firstDay").textValue()).isEqualTo("2023-03-06");
    assertThat(attestation.get("attestationDue").booleanValue()).isFalse();
  }

  @Test
  void textIsFrenchByDefault() {
    Run run = Run.of("attestation", RECORD, "--as-of", "2025-02-14");

    assertThat(run.exit()).isZero();
    assertThat(run.outLines())
        .containsExactly(
            "Attestation de services fournis au 2025-02-14 (année de référence du 2024-09-01 au"
                + " 2025-08-31)",
            "  premier jour : 2023-03-06 ; dernier jour : 2025-01-31",
            "  contribution réduite : 12 jours et 0 demi-journée",
            "  exemption (ECP) : 43 jours et 0 demi-journée",
            "  ententes terminées dans l’année : agreements[1]",
            "  jours sans service : 14",
            "  attestation à remettre : oui");
  }

  @Test
  void textInEnglishOnRequest() {
    Run run = Run.of("attestation", RECORD, "--as-of", "2023-03-05", "--lang", "en");

    assertThat(run.exit()).isZero();
    assertThat(run.outLines())
        .contains(
            "  first day: 2023-03-06; last day: none",
            "  agreements ended this year: none",
            "  days without service: none",
            "  attestation due: no");
  }

  @Test
  void usageErrorsAreOneLineAndExitTwo() {
    Expect.unusable(Run.of("attestation", RECORD), "--as-of");
    Expect.unusable(
        Run.of("attestation", RECORD, "--as-of", "2025-13-01"), "--as-of", "'2025-13-01'");
    Expect.unusable(Run.of("attestation", "--as-of", "2025-01-01"), "FILE");
    Expect.unusable(Run.of("attestation", "missing.json", "--as-of", "2025-01-01"), "no such file");
    Expect.unusable(
        Run.withInput("[]", "attestation", "-", "--as-of", "2025-01-01"), "standard input");
  }
}
