/**
 * rules-core: parent-child records, periods, schedules, the rule catalogue and record validation
 * (RULES.md §1–7, in docs/contract/RULES.md). Depends on Vavr at run time; Immutables and JSpecify
 * are compile-time only.
 */
module io.github.childcarerules.core {
  requires transitive io.vavr;
  requires static org.immutables.value.annotations;
  requires static org.jspecify;

  exports io.github.childcarerules.core.record;
  exports io.github.childcarerules.core.agreement;
  exports io.github.childcarerules.core.schedule;
  exports io.github.childcarerules.core.period;
  exports io.github.childcarerules.core.rule;
  exports io.github.childcarerules.core.validation;
  // the structural null check of value types (NoNulls), shared with the allocation scenario, and
  // the one loader of every module's French and English texts (MessageBundle)
  exports io.github.childcarerules.core.internal to
      io.github.childcarerules.allocation,
      io.github.childcarerules.occupation,
      io.github.childcarerules.report,
      io.github.childcarerules.cli;
  // the typed reading of a record (dates, extents, brackets in force, reference years, timelines
  // of planned half-days), decided once here and read by the counts of rules-occupation and by the
  // record page of rules-report (the dates it draws, the four weeks a care-day warning is about);
  // its reading of entered values (Entered) is rules-allocation's too
  exports io.github.childcarerules.core.internal.reading to
      io.github.childcarerules.occupation,
      io.github.childcarerules.allocation,
      io.github.childcarerules.report;
}
