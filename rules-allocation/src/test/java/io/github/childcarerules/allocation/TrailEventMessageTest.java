package io.github.childcarerules.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.childcarerules.core.rule.Rule;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Every event of a trail says itself in French (the default) and English. */
class TrailEventMessageTest {
  private static final LocalDate DAY = LocalDate.of(2016, 3, 15);

  /** One event of each kind, each choice of its sentence included. */
  private static final List<TrailEvent> EVENTS =
      List.of(
          new TrailEvent.Candidate("R1", "RSG-1", CandidateSource.SAME_SECTOR),
          new TrailEvent.Candidate("R1", "RSG-1", CandidateSource.OBTENTION_LIST),
          new TrailEvent.Candidate("R1", "RSG-1", CandidateSource.OTHER_SECTOR),
          new TrailEvent.ProfileMismatch("R1", "RSG-1"),
          new TrailEvent.NotMaintained("R1", "RSG-1", true),
          new TrailEvent.NotMaintained("R1", "RSG-1", false),
          new TrailEvent.NotConform("R1", "RSG-1", List.of("documents", "needs"), true),
          new TrailEvent.NotConform("R1", "RSG-1", List.of("documents"), false),
          new TrailEvent.AwaitingAnswers("R1", "RSG-1"),
          new TrailEvent.Recommended("R1", "RSG-1", 1, Option.none()),
          new TrailEvent.Recommended("R1", "RSG-1", 2, Option.some(DAY)),
          new TrailEvent.Authorized("R1", "RSG-1", 2, DAY),
          new TrailEvent.BoardRefused("R1", "RSG-1", 1, DAY),
          new TrailEvent.SectorLeft("Warwick", new BigDecimal("52.50")),
          new TrailEvent.NoCandidate(Rule.ALLOC_STEP1_NEW_PROVIDER));

  @Test
  void theFrenchAndEnglishTrailTextsHaveTheSameKeys() {
    assertThat(TrailTexts.bundle().keys(Locale.FRENCH))
        .isNotEmpty()
        .containsExactlyInAnyOrderElementsOf(TrailTexts.bundle().keys(Locale.ENGLISH));
  }

  @Test
  void everyEventHasItsOwnSentenceInEachLanguage() {
    assertThat(EVENTS.map(TrailEvent::message).distinct()).hasSize(EVENTS.size());
    assertThat(EVENTS.map(event -> event.message(Locale.ENGLISH)).distinct())
        .hasSize(EVENTS.size());
    for (TrailEvent event : EVENTS) {
      assertThat(event.message(Locale.ENGLISH)).as(event.event()).isNotEqualTo(event.message());
      event.request().forEach(id -> assertThat(event.message()).contains(id));
      event.provider().forEach(id -> assertThat(event.message(Locale.ENGLISH)).contains(id));
    }
  }

  @Test
  void frenchIsTheDefaultAndEveryOtherLanguageReadsFrench() {
    TrailEvent event = new TrailEvent.Recommended("R1", "RSG-1", 2, Option.some(DAY));
    assertThat(event.message()).isEqualTo(event.message(Locale.CANADA_FRENCH));
    assertThat(event.message(Locale.GERMAN)).isEqualTo(event.message(Locale.FRENCH));
  }

  @Test
  void sentencesAreTheTrailLinesOfTheCommandLine() {
    assertThat(new TrailEvent.Candidate("R1", "RSG-1", CandidateSource.SAME_SECTOR).message())
        .isEqualTo("Candidat : demande R1 de RSG-1 (même secteur, ordre chronologique)");
    assertThat(
            new TrailEvent.NotConform("R2", "RSG-2", List.of("documents", "needs"), true)
                .message(Locale.ENGLISH))
        .isEqualTo(
            "File of RSG-2 (request R2) does not conform: documents, needs; the request stays in"
                + " the register");
    assertThat(new TrailEvent.Recommended("R1", "RSG-1", 2, Option.some(DAY)).message())
        .isEqualTo(
            "Dossier de RSG-1 recommandé au conseil pour 2 places (demande R1), jusqu’au"
                + " 2016-03-15");
    assertThat(new TrailEvent.SectorLeft("Warwick", new BigDecimal("52.50")).message(Locale.UK))
        .isEqualTo(
            "The places leave their sector (no need identified): searching sector Warwick"
                + " (coverage 52.50 %)");
    assertThat(new TrailEvent.NoCandidate(Rule.ALLOC_STEP1_UNALLOCATED).message())
        .isEqualTo("Plus aucun candidat");
  }
}
