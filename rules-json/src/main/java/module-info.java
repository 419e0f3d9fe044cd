/**
 * rules-json: FORMAT.md's JSON documents (docs/contract/FORMAT.md) read into the library's model
 * and written from its results, for services and for the command line. Depends on Jackson databind
 * at run time, besides the rules modules; JSpecify is compile-time only.
 */
module io.github.childcarerules.json {
  requires transitive io.github.childcarerules.core;
  requires transitive io.github.childcarerules.occupation;
  requires transitive io.github.childcarerules.allocation;
  requires com.fasterxml.jackson.databind;
  requires java.management; // the JIT compiler's time, read at the start of a batch
  requires static org.jspecify;

  exports io.github.childcarerules.json;
  // the readers and writers behind ChildcareJson, and the command line's streaming of JSON Lines
  exports io.github.childcarerules.json.internal to
      io.github.childcarerules.cli;
}
