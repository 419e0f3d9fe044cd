/** A service's module: it serves the pages of rules-report, read by its module name. */
module org.example.pages {
  requires io.github.childcarerules.report;
}
