package io.github.childcarerules.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** {@code demo}: a guided run over the example records the build bundles from examples/. */
class DemoCommandTest {
  private static final Path EXAMPLES = Path.of("..", "examples");

  @Test
  void theDemoWalksThroughEveryBundledExampleAndExitsZero() throws IOException {
    List<String> examples = examples();
    assumeTrue(!examples.isEmpty(), "the repository's examples/ folder holds examples");

    Run run = Run.of("demo");

    assertThat(run.exit()).isZero();
    assertThat(run.err()).isEmpty();
    for (int i = 0; i < examples.size(); i++) {
      assertThat(run.outLines())
          .as("heading of %s", examples.get(i))
          .contains("[" + (i + 1) + "/" + examples.size() + "] " + examples.get(i));
    }
    assertThat(run.out()).contains("Dossier valide").contains("Bilan :");
  }

  @Test
  void eachExampleIsFollowedByItsOutcome() throws IOException {
    assumeTrue(!examples().isEmpty(), "the repository's examples/ folder holds examples");

    List<String> lines = Run.of("demo").outLines();

    for (int i = 0; i < lines.size() - 1; i++) {
      if (lines.get(i).matches("\\[\\d+/\\d+] .*")) {
        assertThat(lines.get(i + 1)).matches("Dossier (non )?valide.*|Exemple inutilisable : .*");
      }
    }
  }

  @Test
  void theDemoSpeaksEnglishOnRequest() {
    Run run = Run.of("demo", "--lang", "en");

    assertThat(run.exit()).isZero();
    assertThat(run.out()).startsWith("Demo:").contains("Summary:").doesNotContain("Bilan");
  }

  /**
   * The *.json record files of the repository's examples/ folder, by name, as the build bundles
   * them (the documents of other commands are in subfolders).
   */
  private static List<String> examples() throws IOException {
    if (!Files.isDirectory(EXAMPLES)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(EXAMPLES)) {
      return files
          .map(file -> file.getFileName().toString())
          .filter(name -> name.endsWith(".json"))
          .sorted()
          .toList();
    }
  }
}
