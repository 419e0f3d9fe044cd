/**
 * rules-allocation: the two-step allocation of subsidized places (RULES.md §9, in
 * docs/contract/RULES.md). Depends on Vavr at run time; Immutables and JSpecify are compile-time
 * only.
 */
module io.github.childcarerules.allocation {
  requires transitive io.github.childcarerules.core;
  requires static org.immutables.value.annotations;
  requires static org.jspecify;

  exports io.github.childcarerules.allocation;
  exports io.github.childcarerules.allocation.scenario;
}
