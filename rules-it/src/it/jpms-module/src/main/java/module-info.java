// README snippet: module-info — spotless:off
/** A user's module: it reads our modules by their names. */
module org.example.consumer {
  requires io.github.childcarerules.core;
  requires io.github.childcarerules.occupation;
}
// README snippet end — spotless:on
