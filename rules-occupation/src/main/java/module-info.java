/** rules-occupation: planned occupation counting from weekly schedules (RULES.md §8). */
module io.github.childcarerules.occupation {
  requires transitive io.github.childcarerules.core;
  requires static org.jspecify;
// Exports come with the first public type (see CHANGELOG: planned in its own issue).
}
