/**
 * rules-occupation: RULES.md §8 (docs/contract/RULES.md) — planned occupation, the attestation,
 * care units, unoccupied places and coverage audits. Depends on Vavr at run time; Immutables and
 * JSpecify are compile-time only.
 */
module io.github.childcarerules.occupation {
  requires transitive io.github.childcarerules.core;
  requires static org.immutables.value.annotations;
  requires static org.jspecify;

  exports io.github.childcarerules.occupation;
  exports io.github.childcarerules.occupation.attestation;
  exports io.github.childcarerules.occupation.careunit;
  exports io.github.childcarerules.occupation.coverage;
  exports io.github.childcarerules.occupation.places;
}
