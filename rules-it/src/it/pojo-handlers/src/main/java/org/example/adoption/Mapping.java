package org.example.adoption;

import io.github.childcarerules.core.agreement.Agreement;
import io.github.childcarerules.core.record.Address;
import io.github.childcarerules.core.record.AgeBracket;
import io.github.childcarerules.core.record.Child;
import io.github.childcarerules.core.record.ParentChildRecord;
import io.github.childcarerules.core.record.Person;
import io.github.childcarerules.core.schedule.Day;
import io.github.childcarerules.core.schedule.Schedule;
import io.github.childcarerules.core.schedule.Slot;
import io.github.childcarerules.core.schedule.Week;
import java.time.DayOfWeek;
import java.util.List;

/** The application's classes onto the library's record: null is absent, nothing throws. */
public final class Mapping {
  private Mapping() {}

  /** The record of {@code dossier}, whatever it leaves null. */
  public static ParentChildRecord record(Dossier dossier) {
    ParentChildRecord.Builder record =
        ParentChildRecord.builder().ageBracket(AgeBracket.MONTHS_0_17, dossier.poupon);
    if (dossier.enfant != null) {
      record.child(child(dossier.enfant));
    }
    if (dossier.responsable != null) {
      record.responsible(
          Person.builder()
              .lastName(dossier.responsable.nom)
              .firstName(dossier.responsable.prenom)
              .role(dossier.responsable.role)
              .build());
    }
    if (dossier.adresse != null) {
      record.address(
          Address.builder()
              .civicNumber(dossier.adresse.numero)
              .street(dossier.adresse.rue)
              .municipality(dossier.adresse.municipalite)
              .postalCode(dossier.adresse.codePostal)
              .build());
    }
    for (Dossier.Contrat contrat : orEmpty(dossier.contrats)) {
      record.addAgreements(contrat == null ? Agreement.builder().build() : agreement(contrat));
    }
    return record.build();
  }

  private static Child child(Dossier.Enfant enfant) {
    return Child.builder()
        .lastName(enfant.nom)
        .firstName(enfant.prenom)
        .sex(enfant.sexe)
        .birthDate(enfant.naissance)
        .nirec(enfant.nirec)
        .bornOutsideQuebec(enfant.neHorsQuebec)
        .build();
  }

  private static Agreement agreement(Dossier.Contrat contrat) {
    Week.Builder week = Week.builder();
    for (DayOfWeek jour : orEmpty(contrat.jours)) {
      if (jour != null) {
        week.on(Day.of(jour), Slot.DAY_1, Slot.DAY_2);
      }
    }
    return Agreement.builder()
        .start(contrat.debut)
        .end(contrat.fin)
        .reducedContribution(contrat.reduite) // a Boolean: null is absent, that is false
        .signed(contrat.signe)
        .schedule(contrat.jours == null ? null : Schedule.of(week.build()))
        .build();
  }

  private static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }
}
