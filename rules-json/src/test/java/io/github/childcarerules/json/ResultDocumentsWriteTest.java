package io.github.childcarerules.json;

import static io.github.childcarerules.json.WrittenDocuments.expected;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.childcarerules.allocation.Allocation;
import io.github.childcarerules.allocation.AllocationResult;
import io.github.childcarerules.allocation.AnalysisGrid;
import io.github.childcarerules.allocation.AuditResult;
import io.github.childcarerules.allocation.BatchOutcome;
import io.github.childcarerules.allocation.BatchResult;
import io.github.childcarerules.allocation.Departure;
import io.github.childcarerules.allocation.ExclusionReason;
import io.github.childcarerules.allocation.LetterKind;
import io.github.childcarerules.allocation.PendingRecommendation;
import io.github.childcarerules.allocation.RequestResult;
import io.github.childcarerules.allocation.RequestStatus;
import io.github.childcarerules.allocation.TrailEvent;
import io.github.childcarerules.allocation.YesNo;
import io.github.childcarerules.core.period.DatePeriod;
import io.github.childcarerules.core.record.AgeBracket;
import io.github.childcarerules.core.record.NominalAgeBrackets;
import io.github.childcarerules.core.rule.Rule;
import io.github.childcarerules.core.rule.Violation;
import io.github.childcarerules.core.validation.ValidationReport;
import io.github.childcarerules.occupation.Grouping;
import io.github.childcarerules.occupation.Occupation;
import io.github.childcarerules.occupation.OccupationCount;
import io.github.childcarerules.occupation.attestation.Attestation;
import io.github.childcarerules.occupation.careunit.AgeRule;
import io.github.childcarerules.occupation.careunit.CareUnit;
import io.github.childcarerules.occupation.careunit.CareUnitAssessment;
import io.github.childcarerules.occupation.coverage.Column;
import io.github.childcarerules.occupation.coverage.CoverageAudit;
import io.github.childcarerules.occupation.coverage.Finding;
import io.github.childcarerules.occupation.coverage.FindingCode;
import io.github.childcarerules.occupation.coverage.RowAudit;
import io.github.childcarerules.occupation.places.UnoccupiedRun;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The result documents byte for byte, from values built field by field so that every field holds a
 * value of its own (and, for every optional one, a document where it is absent): a field dropped,
 * renamed, moved or written from the wrong value changes the text.
 */
class ResultDocumentsWriteTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String NL = System.lineSeparator();

  private static LocalDate day(String iso) {
    return LocalDate.parse(iso);
  }

  /** {@code lines} joined as a document is written: the platform's line ends, none at the end. */
  private static String lines(String... lines) {
    return String.join(NL, lines);
  }

  @Test
  void everyItemOfTheGridsIsWrittenAndAnAbsentOneIsNull() {
    AnalysisGrid answered =
        new AnalysisGrid(
            "B1",
            Option.some("Sylvie"),
            day("2016-01-05"),
            new AnalysisGrid.Places(
                3,
                "Princeville",
                day("2016-01-04"),
                1,
                Option.some(
                    new AnalysisGrid.Child(
                        20,
                        Option.some("F"),
                        List.of("ATYPICAL_HOURS", "DISABILITY"),
                        List.of("ALLERGY"))),
                2,
                YesNo.YES,
                YesNo.NO,
                Option.some(day("2016-09-30"))),
            new AnalysisGrid.Distribution(
                YesNo.NO,
                List.of(
                    new AnalysisGrid.SectorSearched("Lyster", new BigDecimal("54.67")),
                    new AnalysisGrid.SectorSearched("Laurierville", new BigDecimal("1E+2"))),
                YesNo.YES,
                YesNo.NOT_APPLICABLE,
                YesNo.NO,
                YesNo.YES),
            new AnalysisGrid.Results(YesNo.NO, 2),
            List.of(
                new AnalysisGrid.Selection(
                    "R1",
                    "RSG-12",
                    Option.some("Les Lutins"),
                    Option.some("12, rue Principale"),
                    "Lyster",
                    day("2015-03-02"),
                    YesNo.YES,
                    YesNo.NO,
                    YesNo.YES,
                    Option.some("Heures"),
                    Option.some("Revu"),
                    new AnalysisGrid.StepTwo(
                        YesNo.YES,
                        YesNo.NO,
                        Option.some(1),
                        YesNo.YES,
                        Option.some(2),
                        YesNo.NOT_APPLICABLE,
                        YesNo.YES,
                        YesNo.NO,
                        YesNo.YES,
                        Option.some(day("2016-02-01"))),
                    new AnalysisGrid.Confirmation(
                        YesNo.YES,
                        2,
                        Option.some(day("2016-01-20")),
                        YesNo.YES,
                        Option.some(day("2016-01-22")))),
                new AnalysisGrid.Selection(
                    "O1",
                    "RSG-40",
                    Option.none(),
                    Option.none(),
                    "Princeville",
                    day("2015-06-10"),
                    YesNo.NO,
                    YesNo.YES,
                    YesNo.NOT_REACHED,
                    Option.none(),
                    Option.none(),
                    new AnalysisGrid.StepTwo(
                        YesNo.NOT_REACHED,
                        YesNo.NOT_REACHED,
                        Option.none(),
                        YesNo.NOT_REACHED,
                        Option.none(),
                        YesNo.NOT_REACHED,
                        YesNo.NOT_REACHED,
                        YesNo.NOT_REACHED,
                        YesNo.NOT_REACHED,
                        Option.none()),
                    new AnalysisGrid.Confirmation(
                        YesNo.NOT_REACHED, 0, Option.none(), YesNo.NOT_REACHED, Option.none()))));
    AnalysisGrid unreached =
        new AnalysisGrid(
            "B2",
            Option.none(),
            day("2016-01-12"),
            new AnalysisGrid.Places(
                1,
                "Lyster",
                day("2016-01-11"),
                0,
                Option.none(),
                1,
                YesNo.NO,
                YesNo.YES,
                Option.none()),
            new AnalysisGrid.Distribution(
                YesNo.NOT_REACHED,
                List.empty(),
                YesNo.NOT_REACHED,
                YesNo.NOT_REACHED,
                YesNo.NOT_REACHED,
                YesNo.NOT_REACHED),
            new AnalysisGrid.Results(YesNo.NOT_REACHED, 0),
            List.empty());

    String written =
        ChildcareJson.writeGrids(
            new AllocationResult(
                List.empty(), List.empty(), List.empty(), List.of(answered, unreached)));

    assertThat(written).isEqualTo(expected("grids.json"));
  }

  @Test
  void anExcludedProviderNamesItsReasonAndATemporaryRecommendationItsEnd() {
    BatchResult batch =
        new BatchResult(
            "B2",
            BatchOutcome.ALLOCATED,
            0,
            List.of(new Allocation("R2", "RSG-9", 1, Option.some(day("2016-09-30")), false)),
            Option.none(),
            List.of(
                new TrailEvent.ProviderExcluded("R1", "RSG-7", ExclusionReason.OWN_PLACES),
                new TrailEvent.Recommended("R2", "RSG-9", 1, Option.some(day("2016-09-30")))));

    assertThat(
            ChildcareJson.writeAllocationResult(
                new AllocationResult(List.of(batch), List.empty(), List.empty(), List.empty())))
        .isEqualTo(
            lines(
                "{",
                "  \"batches\": [",
                "    {",
                "      \"id\": \"B2\",",
                "      \"outcome\": \"ALLOCATED\",",
                "      \"remainder\": 0,",
                "      \"allocations\": [",
                "        {",
                "          \"request\": \"R2\",",
                "          \"provider\": \"RSG-9\",",
                "          \"places\": 1,",
                "          \"until\": \"2016-09-30\",",
                "          \"authorized\": null",
                "        }",
                "      ],",
                "      \"pendingProvider\": null,",
                "      \"trail\": [",
                "        {",
                "          \"event\": \"PROVIDER_EXCLUDED\",",
                "          \"request\": \"R1\",",
                "          \"provider\": \"RSG-7\",",
                "          \"reason\": \"OWN_PLACES\",",
                "          \"rule\": \"" + batch.trail().head().rule().name() + "\"",
                "        },",
                "        {",
                "          \"event\": \"RECOMMENDED\",",
                "          \"request\": \"R2\",",
                "          \"provider\": \"RSG-9\",",
                "          \"places\": 1,",
                "          \"until\": \"2016-09-30\",",
                "          \"rule\": \"ALLOC_STEP2_RECOMMEND\"",
                "        }",
                "      ]",
                "    }",
                "  ],",
                "  \"requests\": [],",
                "  \"letters\": []",
                "}"));
  }

  @Test
  void everyKindOfDepartureIsWrittenWithItsOwnEvidence() {
    AuditResult audit =
        new AuditResult(
            List.of(
                new Departure.GrantNotEligible(
                    "B3",
                    "R3",
                    day("2016-05-15"),
                    Rule.ALLOC_STEP1_PROFILE,
                    List.of("R4", "R5"),
                    Option.some("Urgence")),
                new Departure.SkippedEarlier(
                    "B1", "R2", day("2016-04-15"), List.of("R1"), Option.none()),
                new Departure.GrantExceeds("B4", "R6", 3, 2, Option.some("Erreur")),
                new Departure.LetterMissing("R7", LetterKind.REFUSAL, day("2016-06-01")),
                new Departure.LetterLate(
                    "R8", LetterKind.WAITING_REGISTER, day("2016-03-31"), day("2016-04-08")),
                new Departure.AnswerLate("R9", day("2015-02-09"), Option.some(day("2015-03-01"))),
                new Departure.AnswerLate("R10", day("2015-02-10"), Option.none())),
            List.of(
                new PendingRecommendation("B4", "R4", 1), new PendingRecommendation("B5", "R5", 2)),
            List.of(
                new RequestResult(
                    "R1",
                    RequestStatus.ACCEPTED,
                    1,
                    0,
                    day("2015-02-09"),
                    false,
                    Option.none(),
                    Option.none(),
                    Option.none()),
                new RequestResult(
                    "D1",
                    RequestStatus.GRANTED,
                    2,
                    0,
                    day("2015-12-31"),
                    true,
                    Option.some(true),
                    Option.some(day("2016-01-15")),
                    Option.some(Rule.ALLOC_STEP1_PROFILE))));

    assertThat(ChildcareJson.writeAudit(audit, Locale.ENGLISH)).isEqualTo(expected("audit.json"));
    assertThat(ChildcareJson.writeAudit(audit))
        .isEqualTo(ChildcareJson.writeAudit(audit, Locale.CANADA_FRENCH))
        .contains("\"message\": \"" + audit.departures().head().message(Locale.FRENCH))
        .isNotEqualTo(ChildcareJson.writeAudit(audit, Locale.ENGLISH));
  }

  @Test
  void anAttestationWithServiceWritesItsDaysAndOneWithoutWritesNulls() throws IOException {
    Attestation served =
        Attestation.of(
            ChildcareJson.readRecord(
                    Files.readString(Path.of("..", "examples", "attestation-record.json"), UTF_8))
                .get(),
            day("2025-06-01"));
    assertThat(served.endedAgreements()).hasSize(1);
    assertThat(served.daysWithoutService().isDefined()).isTrue();

    assertThat(ChildcareJson.writeAttestation(served))
        .isEqualTo(
            lines(
                "{",
                "  \"referenceYear\": {",
                "    \"from\": \"2024-09-01\",",
                "    \"to\": \"2025-08-31\"",
                "  },",
                "  \"firstDay\": \"" + served.firstDay().get() + "\",",
                "  \"lastDay\": \"" + served.lastDay().get() + "\",",
                "  \"reducedContributionDays\": " + served.reducedContributionDays() + ",",
                "  \"reducedContributionHalfDays\": " + served.reducedContributionHalfDays() + ",",
                "  \"ecpExemptDays\": " + served.ecpExemptDays() + ",",
                "  \"ecpExemptHalfDays\": " + served.ecpExemptHalfDays() + ",",
                "  \"endedAgreements\": [",
                "    " + served.endedAgreements().get(0),
                "  ],",
                "  \"daysWithoutService\": " + served.daysWithoutService().get() + ",",
                "  \"attestationDue\": true",
                "}"));

    Attestation none = Attestation.of(ChildcareJson.readRecord("{}").get(), day("2025-06-01"));
    assertThat(ChildcareJson.writeAttestation(none))
        .isEqualTo(
            lines(
                "{",
                "  \"referenceYear\": {",
                "    \"from\": \"2024-09-01\",",
                "    \"to\": \"2025-08-31\"",
                "  },",
                "  \"firstDay\": null,",
                "  \"lastDay\": null,",
                "  \"reducedContributionDays\": 0,",
                "  \"reducedContributionHalfDays\": 0,",
                "  \"ecpExemptDays\": 0,",
                "  \"ecpExemptHalfDays\": 0,",
                "  \"endedAgreements\": [],",
                "  \"daysWithoutService\": null,",
                "  \"attestationDue\": false",
                "}"));
  }

  @Test
  void aCareUnitIsWrittenWithItsFourFields() {
    assertThat(
            ChildcareJson.writeCareUnit(
                CareUnitAssessment.of(CareUnit.HALF_DAY, AgeRule.UNDER_FIVE_ON_SEPTEMBER_30, 601)))
        .isEqualTo(
            lines(
                "{",
                "  \"unit\": \"HALF_DAY\",",
                "  \"ageRule\": \"UNDER_FIVE_ON_SEPTEMBER_30\",",
                "  \"minutes\": 601,",
                "  \"overTenHours\": true",
                "}"));
  }

  @Test
  void everyRunOfUnoccupiedPlacesIsWrittenWithItsSixFields() {
    assertThat(
            ChildcareJson.writeUnoccupiedPlaces(
                List.of(
                    UnoccupiedRun.of(1, day("2024-01-01"), day("2024-06-30"), true, false),
                    UnoccupiedRun.of(2, day("2024-02-01"), day("2024-12-31"), false, true))))
        .isEqualTo(
            lines(
                "{",
                "  \"runs\": [",
                "    {",
                "      \"places\": 1,",
                "      \"from\": \"2024-01-01\",",
                "      \"to\": \"2024-06-30\",",
                "      \"days\": 182,",
                "      \"reachesStart\": true,",
                "      \"reachesEnd\": false",
                "    },",
                "    {",
                "      \"places\": 2,",
                "      \"from\": \"2024-02-01\",",
                "      \"to\": \"2024-12-31\",",
                "      \"days\": 335,",
                "      \"reachesStart\": false,",
                "      \"reachesEnd\": true",
                "    }",
                "  ]",
                "}"));
  }

  @Test
  void aCoverageAuditWritesEveryRowAndTheTotalsFindingsWithDecimalsAsStated() {
    CoverageAudit audit =
        CoverageAudit.of(
            List.of(
                RowAudit.builder()
                    .sector("Lyster")
                    .rate(new BigDecimal("25.00"))
                    .belowSaturation(true)
                    .addFindings(
                        Finding.of(
                            FindingCode.RATE_MISMATCH,
                            Column.STATED_RATE,
                            new BigDecimal("2.5"),
                            new BigDecimal("25.00")))
                    .build(),
                RowAudit.builder().sector("Vide").build(),
                RowAudit.builder()
                    .sector("Inverness")
                    .rate(BigDecimal.TEN)
                    .belowSaturation(false)
                    .build()),
            List.of(
                Finding.of(
                    FindingCode.TOTAL_MISMATCH,
                    Column.CHILDREN,
                    new BigDecimal("23917"),
                    new BigDecimal("1E+3"))));

    assertThat(ChildcareJson.writeCoverageAudit(audit))
        .isEqualTo(
            lines(
                "{",
                "  \"rows\": [",
                "    {",
                "      \"sector\": \"Lyster\",",
                "      \"rate\": 25.00,",
                "      \"belowSaturation\": true,",
                "      \"findings\": [",
                "        {",
                "          \"code\": \"RATE_MISMATCH\",",
                "          \"column\": \"stated_rate\",",
                "          \"stated\": 2.5,",
                "          \"computed\": 25.00",
                "        }",
                "      ]",
                "    },",
                "    {",
                "      \"sector\": \"Vide\",",
                "      \"rate\": null,",
                "      \"belowSaturation\": null,",
                "      \"findings\": []",
                "    },",
                "    {",
                "      \"sector\": \"Inverness\",",
                "      \"rate\": 10,",
                "      \"belowSaturation\": false,",
                "      \"findings\": []",
                "    }",
                "  ],",
                "  \"total\": {",
                "    \"findings\": [",
                "      {",
                "        \"code\": \"TOTAL_MISMATCH\",",
                "        \"column\": \"children\",",
                "        \"stated\": 23917,",
                "        \"computed\": 1000",
                "      }",
                "    ]",
                "  }",
                "}"));
  }

  @Test
  void theAgeBracketsWriteTheBirthDateEveryStartAndTheBracketOfTheDayAsked() {
    NominalAgeBrackets brackets = NominalAgeBrackets.of(day("2023-05-14"));
    String starts =
        lines(
            "{",
            "  \"birthDate\": \"2023-05-14\",",
            "  \"starts\": {",
            "    \"MONTHS_0_17\": \"" + brackets.startOf(AgeBracket.MONTHS_0_17) + "\",",
            "    \"MONTHS_18_59\": \"" + brackets.startOf(AgeBracket.MONTHS_18_59) + "\",",
            "    \"SCHOOL_AGE\": \"" + brackets.startOf(AgeBracket.SCHOOL_AGE) + "\"",
            "  }");

    assertThat(ChildcareJson.writeAgeBrackets(brackets, Option.none()))
        .isEqualTo(starts + NL + "}");
    assertThat(ChildcareJson.writeAgeBrackets(brackets, Option.some(day("2024-12-01"))))
        .isEqualTo(
            starts
                + ","
                + NL
                + lines("  \"on\": \"2024-12-01\",", "  \"bracket\": \"MONTHS_18_59\"", "}"));
  }

  @Test
  void aViolationIsWrittenWithItsFiveFieldsAndABatchErrorWithItsLine() {
    Violation violation = Violation.of(Rule.AGREEMENT_REQUIRED, "agreements");
    ValidationReport report = ValidationReport.of(List.of(violation));

    assertThat(ChildcareJson.writeReport(report, Locale.ENGLISH))
        .isEqualTo(
            lines(
                "{",
                "  \"valid\": " + report.isValid() + ",",
                "  \"violations\": [",
                "    {",
                "      \"rule\": \"AGREEMENT_REQUIRED\",",
                "      \"severity\": \"" + violation.severity() + "\",",
                "      \"path\": \"agreements\",",
                "      \"message\": \"" + violation.message(Locale.ENGLISH) + "\",",
                "      \"source\": \"" + violation.source() + "\"",
                "    }",
                "  ]",
                "}"));
    assertThat(ChildcareJson.writeErrorLine(12, new UnusableInput("column 3: bad")))
        .isEqualTo("{\"line\":12,\"error\":\"column 3: bad\"}");
  }

  @Test
  void everyRuleOfTheCatalogueHasItsIdSeveritySourceAndDescription() throws IOException {
    JsonNode catalogue =
        JSON.readTree(ChildcareJson.writeCatalogue(Rule.catalogue(), Locale.ENGLISH));

    assertThat(catalogue.size()).isEqualTo(Rule.catalogue().size());
    for (int i = 0; i < catalogue.size(); i++) {
      Rule rule = Rule.catalogue().get(i);
      JsonNode entry = catalogue.get(i);
      assertThat(entry.get("id").textValue()).isEqualTo(rule.name());
      assertThat(entry.get("severity").textValue()).isEqualTo(rule.severity().name());
      assertThat(entry.get("source").textValue()).isEqualTo(rule.source());
      assertThat(entry.get("description").textValue()).isEqualTo(rule.description(Locale.ENGLISH));
      assertThat(entry.size()).isEqualTo(4);
    }
  }

  @Test
  void theOccupationWithoutGroupingIsTheDocumentWithoutPeriods() throws IOException {
    OccupationCount count =
        Occupation.of(
                ChildcareJson.readRecord(
                        Files.readString(
                            Path.of("..", "docs", "contract", "examples", "occupation-record.json"),
                            UTF_8))
                    .get())
            .count(DatePeriod.ofClosed(day("2024-04-01"), day("2025-03-31")), Grouping.FISCAL_YEAR);

    String written = ChildcareJson.writeOccupation(count);

    assertThat(written).isEqualTo(ChildcareJson.writeOccupation(count, false));
    assertThat(JSON.readTree(written).get("halfDays").asLong()).isEqualTo(count.halfDays());
  }
}
