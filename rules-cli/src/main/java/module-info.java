/**
 * rules-cli: the command line {@code childcare-rules}. The only module that knows files, arguments
 * (picocli) and exit codes; it reads and writes FORMAT.md's JSON documents through rules-json,
 * reads the coverage table (CSV), lays out text for a person and writes rules-report's pages.
 */
module io.github.childcarerules.cli {
  requires io.github.childcarerules.core;
  requires io.github.childcarerules.occupation;
  requires io.github.childcarerules.allocation;
  requires io.github.childcarerules.json;
  requires io.github.childcarerules.report;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.dataformat.csv;
  requires info.picocli;
  requires static org.jspecify;

  opens io.github.childcarerules.cli to
      info.picocli;
}
