/**
 * rules-cli: the command line {@code childcare-rules}. The only module that knows JSON (Jackson),
 * files, arguments (picocli) and exit codes; it reads documents into rules-core's model and prints
 * its reports.
 */
module io.github.childcarerules.cli {
  requires io.github.childcarerules.core;
  requires io.github.childcarerules.occupation;
  requires com.fasterxml.jackson.databind;
  requires info.picocli;
  requires static org.jspecify;

  opens io.github.childcarerules.cli to
      info.picocli;
}
