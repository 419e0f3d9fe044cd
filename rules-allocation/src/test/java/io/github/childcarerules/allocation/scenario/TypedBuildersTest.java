package io.github.childcarerules.allocation.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The scenario's builders take enums and dates beside the text they store (the scenario keeps what
 * was entered, so that its checks report bad values), and {@code null} for absent; {@code withX}
 * does the same.
 */
class TypedBuildersTest {
  private static final String NO_STRING = null;
  private static final LocalDate NO_DATE = null;
  private static final Origin NO_ORIGIN = null;

  @Test
  void enumsAndDatesAreStoredAsEnteredText() {
    Batch batch =
        Batch.builder()
            .id("L1")
            .places(2)
            .availableOn(LocalDate.of(2025, 3, 1))
            .kind(BatchKind.TEMPORARY)
            .until(LocalDate.of(2025, 8, 31))
            .status(BatchStatus.FREE)
            .origin(Origin.RETURNED)
            .build();

    assertThat(batch.places()).contains(BigDecimal.valueOf(2));
    assertThat(batch.availableOn()).contains("2025-03-01");
    assertThat(batch.kind()).contains("TEMPORARY");
    assertThat(batch.until()).contains("2025-08-31");
    assertThat(batch.status()).contains("FREE");
    assertThat(batch.origin()).contains("RETURNED");

    Request request =
        Request.builder()
            .type(RequestType.DECREASE)
            .reason(DecreaseReason.SUSPENSION)
            .receivedOn(LocalDate.of(2025, 1, 10))
            .requestedDate(LocalDate.of(2025, 2, 1))
            .until(LocalDate.of(2025, 4, 30))
            .answeredOn(NO_DATE)
            .places(1)
            .build();
    assertThat(request.type()).contains("DECREASE");
    assertThat(request.reason()).contains("SUSPENSION");
    assertThat(request.receivedOn()).contains("2025-01-10");
    assertThat(request.requestedDate()).contains("2025-02-01");
    assertThat(request.until()).contains("2025-04-30");
    assertThat(request.answeredOn()).isEmpty();

    assertThat(Scenario.builder().asOf(LocalDate.of(2025, 1, 1)).build().asOf())
        .contains("2025-01-01");
    assertThat(BoardDecision.builder().on(LocalDate.of(2025, 2, 3)).build().on())
        .contains("2025-02-03");
    assertThat(Answers.builder().placesWanted(3).build().placesWanted())
        .contains(BigDecimal.valueOf(3));
    assertThat(ChildProfile.builder().ageMonths(20).build().ageMonths())
        .contains(BigDecimal.valueOf(20));
    assertThat(Sector.builder().installationPlaces(4).build().installationPlaces())
        .contains(BigDecimal.valueOf(4));
  }

  @Test
  void ageGroupsOfAnOfferAreStoredByName() {
    Offer offer =
        Offer.builder()
            .addAgeGroups(AgeGroup.MONTHS_0_17, AgeGroup.SCHOOL_AGE)
            .addAgeGroups("MONTHS_18_59")
            .build();

    assertThat(offer.ageGroups()).containsExactly("MONTHS_0_17", "SCHOOL_AGE", "MONTHS_18_59");
    assertThatThrownBy(
            () -> Offer.builder().addAgeGroups(AgeGroup.MONTHS_0_17, (AgeGroup) null).build())
        .isInstanceOf(NullPointerException.class)
        .hasMessageStartingWith("ageGroups[1]");
  }

  @Test
  void theTextFormsStaySoThatABadValueReachesTheChecks() {
    Batch batch = Batch.builder().origin("NEW").availableOn("2025-02-30").build();

    assertThat(batch.origin()).contains("NEW");
    assertThat(batch.availableOn()).contains("2025-02-30");
  }

  @Test
  void nullIsAbsentInBuildersAndCopies() {
    Batch batch = Batch.builder().id(NO_STRING).origin(NO_ORIGIN).availableOn(NO_DATE).build();

    assertThat(batch).isEqualTo(Batch.builder().build());
    Batch returned = batch.withOrigin(Origin.RETURNED).withKind(BatchKind.PERMANENT);
    assertThat(returned.origin()).contains("RETURNED");
    assertThat(returned.kind()).contains("PERMANENT");
    assertThat(returned.withOrigin(NO_ORIGIN).origin()).isEmpty();
    assertThat(returned.withAvailableOn(LocalDate.of(2025, 5, 1)).availableOn())
        .contains("2025-05-01");
    assertThat(returned.withSector("Nord").sector()).contains("Nord");
    assertThat(returned.withSector(NO_STRING).sector()).isEmpty();
    assertThat(
            Request.builder()
                .build()
                .withType(RequestType.INCREASE)
                .withReceivedOn(LocalDate.of(2025, 1, 2))
                .receivedOn())
        .contains("2025-01-02");
  }
}
