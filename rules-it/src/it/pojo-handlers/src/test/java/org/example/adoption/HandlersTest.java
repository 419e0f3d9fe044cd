package org.example.adoption;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.childcarerules.core.rule.Rule;
import io.github.childcarerules.core.rule.Violation;
import io.github.childcarerules.core.validation.ValidationReport;
import io.github.childcarerules.occupation.OccupationCount;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The team's handlers, against the installed jars, compiled with -Xlint:all -Werror. */
class HandlersTest {
  private static final LocalDate FROM = LocalDate.of(2024, 1, 1);
  private static final LocalDate TO = LocalDate.of(2024, 12, 31);

  private static Dossier.Contrat year() {
    Dossier.Contrat contrat = new Dossier.Contrat();
    contrat.debut = LocalDate.of(2024, 1, 2);
    contrat.fin = LocalDate.of(2024, 12, 31);
    contrat.reduite = true;
    contrat.signe = null; // not entered: false
    contrat.jours = Arrays.asList(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, null);
    return contrat;
  }

  private static Dossier complete() {
    Dossier dossier = new Dossier();
    dossier.enfant = new Dossier.Enfant();
    dossier.enfant.nom = "Tremblay";
    dossier.enfant.prenom = "Léa";
    dossier.enfant.sexe = "F";
    dossier.enfant.naissance = LocalDate.of(2023, 5, 14);
    dossier.enfant.nirec = "TREL23051401";
    dossier.enfant.neHorsQuebec = false;
    dossier.responsable = new Dossier.Responsable();
    dossier.responsable.nom = "Tremblay";
    dossier.responsable.prenom = "Anne";
    dossier.responsable.role = "MOTHER";
    dossier.adresse = new Dossier.Adresse();
    dossier.adresse.numero = "111";
    dossier.adresse.rue = "rue des Roses";
    dossier.adresse.municipalite = "Québec";
    dossier.adresse.codePostal = "G1G 1G1";
    dossier.poupon = LocalDate.of(2023, 9, 5);
    dossier.contrats = List.of(year());
    return dossier;
  }

  @Test
  void aDossierWhoseEveryFieldIsNullMapsAndValidatesWithoutThrowing() {
    Dossier empty = new Dossier();
    empty.enfant = new Dossier.Enfant();
    empty.responsable = new Dossier.Responsable();
    empty.adresse = new Dossier.Adresse();
    empty.contrats = Arrays.asList(new Dossier.Contrat(), null);

    for (Dossier dossier : List.of(new Dossier(), empty)) {
      Handlers.Response response = Handlers.validate(dossier);

      assertEquals(422, response.status());
      assertTrue(response.report().isPresent());
      assertFalse(response.report().map(ValidationReport::isValid).orElse(true));
      assertTrue(response.body().startsWith("Not valid: "), response.body());
    }
  }

  @Test
  void aCompleteDossierIsValidAndCounted() {
    Handlers.Response validated = Handlers.validate(complete());
    Handlers.Response counted = Handlers.occupation(complete(), FROM, TO);

    assertEquals(200, validated.status(), validated.body());
    assertEquals(200, counted.status(), counted.body());
    assertTrue(counted.body().startsWith("Planned occupation from 2024-01-01 to 2024-12-31: "));
    assertFalse(counted.report().isPresent());
    OccupationCount count = Handlers.occupationOrThrow(complete(), FROM, TO);
    assertEquals(count.reducedContribution(), count.halfDays());
  }

  @Test
  void theHandlerKeepsTheReportOfAnInvalidDossier() {
    Dossier dossier = complete();
    dossier.enfant.prenom = null;

    Handlers.Response response = Handlers.occupation(dossier, FROM, TO);
    Handlers.InvalidRecord thrown =
        assertThrows(
            Handlers.InvalidRecord.class, () -> Handlers.occupationOrThrow(dossier, FROM, TO));

    assertEquals(422, response.status());
    List<Violation> errors =
        response.report().map(report -> report.errors().asJava()).orElse(List.of());
    assertEquals(1, errors.size());
    assertEquals(Rule.CHILD_FIRST_NAME_REQUIRED, errors.get(0).rule());
    assertEquals("child.firstName", errors.get(0).path());
    assertEquals(response.report().orElse(null), thrown.report);
  }

  @Test
  void theCheckedCountRefusesTenThousandOverlappingAgreements() {
    Dossier dossier = complete();
    List<Dossier.Contrat> contrats = new ArrayList<>(Collections.nCopies(10_000, year()));
    dossier.contrats = contrats;

    Handlers.Response response = Handlers.occupation(dossier, FROM, TO);

    assertEquals(422, response.status());
    List<Violation> errors =
        response.report().map(report -> report.errors().asJava()).orElse(List.of());
    assertEquals(9_999, errors.size());
    assertTrue(errors.stream().allMatch(v -> v.rule() == Rule.AGREEMENTS_OVERLAP));
    assertTrue(response.body().startsWith("Not valid: 9,999 errors, 0 warnings"));
  }
}
