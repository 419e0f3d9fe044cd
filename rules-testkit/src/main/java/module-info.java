/**
 * rules-testkit: jqwik generators of records and allocation scenarios, for property-based tests of
 * the rules.
 */
module io.github.childcarerules.testkit {
  requires transitive io.github.childcarerules.core;
  requires transitive io.github.childcarerules.allocation;
  requires transitive net.jqwik.api;
  requires static org.jspecify;

  exports io.github.childcarerules.testkit;
}
