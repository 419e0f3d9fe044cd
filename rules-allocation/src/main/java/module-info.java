/** rules-allocation: the two-step allocation of subsidized places (RULES.md §9). */
module io.github.childcarerules.allocation {
  requires transitive io.github.childcarerules.core;
  requires static org.jspecify;
// Exports come with the first public type (see CHANGELOG: planned in its own issue).
}
