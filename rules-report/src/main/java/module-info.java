/**
 * rules-report: printable pages of the library's results, each one self-contained HTML page (inline
 * CSS and SVG, no script, no network, letter paper): a record's timeline with its violations and
 * its planned occupation, an audited coverage table, an allocation run (analysis grids, letters,
 * sector chart) and the audit of a BC's decisions. Depends at run time on the rules modules and
 * jte's runtime (the templates are compiled into the module at build time); JSpecify is
 * compile-time only.
 */
module io.github.childcarerules.report {
  requires transitive io.github.childcarerules.core;
  requires transitive io.github.childcarerules.occupation;
  requires transitive io.github.childcarerules.allocation;
  requires gg.jte.runtime;
  requires static org.jspecify;
  // the generated pages carry @javax.annotation.processing.Generated (source retention): read at
  // compile time only, so that nothing of java.compiler is needed at run time
  requires static java.compiler;

  exports io.github.childcarerules.report;
}
