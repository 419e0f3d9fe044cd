package io.github.childcarerules.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every {@code ```java} block of README.md and of the guide, docs/guide/*.md, is the text of a test
 * that compiles and runs it: the page marks a block with {@code <!-- README snippet: NAME -->} on
 * the line above it, and one test source of the build holds the same lines between {@code // README
 * snippet: NAME — spotless:off} and {@code // README snippet end — spotless:on} (the formatter
 * leaves them as README shows them). Indentation aside, the two must be identical: a change on
 * either side alone fails here. The assertions on what the snippet's comments claim follow the
 * snippet in its test. A block that cannot be compiled here (code for a framework the build does
 * not have) says so instead, with its reason: {@code <!-- README not compiled: REASON -->}.
 */
class ReadmeSnippetsTest {
  private static final Path ROOT = Path.of("").toAbsolutePath().getParent();
  private static final Pattern README_MARK = Pattern.compile("<!-- README snippet: (\\S+) -->");
  private static final Pattern NOT_COMPILED = Pattern.compile("<!-- README not compiled: .+ -->");
  private static final Pattern START = Pattern.compile("// README snippet: (\\S+) — spotless:off");
  private static final String END = "// README snippet end — spotless:on";

  @Test
  void everyJavaBlockOfTheReadmeAndOfTheGuideIsTheTextOfATest() {
    Map<String, String> readme = new LinkedHashMap<>();
    for (Path page : pages()) {
      readmeBlocks(lines(page))
          .forEach(
              (name, block) ->
                  assertThat(readme.put(name, block))
                      .as("README snippet %s twice (again in %s)", name, ROOT.relativize(page))
                      .isNull());
    }
    Map<String, String> tests = testSnippets();

    assertThat(readme).isNotEmpty();
    assertThat(tests.keySet()).containsExactlyInAnyOrderElementsOf(readme.keySet());
    readme.forEach(
        (name, block) ->
            assertThat(tests.get(name)).as("README snippet %s", name).isEqualTo(block));
  }

  @Test
  void aBlockIsMarkedAsASnippetOrAsNotCompiledWithItsReason() {
    List<String> marked =
        List.of(
            "<!-- README snippet: one -->",
            "```java",
            "  int x = 1;",
            "```",
            "<!-- README not compiled: needs Spring -->",
            "```java",
            "@RestController class C {}",
            "```");

    assertThat(readmeBlocks(marked)).containsExactly(Map.entry("one", "int x = 1;"));
    assertThatThrownBy(() -> readmeBlocks(List.of("text", "```java", "int y;", "```")))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("line 2: a java block without");
  }

  @Test
  void theGuideIsReadToo() {
    assertThat(pages())
        .contains(ROOT.resolve("README.md"), ROOT.resolve("docs/guide/records.md"))
        .allSatisfy(page -> assertThat(page.toString()).endsWith(".md"));
  }

  /** README.md, then every page of docs/guide in name order. */
  private static List<Path> pages() {
    List<Path> pages = new ArrayList<>();
    pages.add(ROOT.resolve("README.md"));
    try (Stream<Path> guide = Files.list(ROOT.resolve("docs/guide"))) {
      guide.filter(f -> f.toString().endsWith(".md")).sorted().forEach(pages::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return pages;
  }

  /** The marked {@code ```java} blocks of a page by name; an unmarked one fails. */
  private static Map<String, String> readmeBlocks(List<String> lines) {
    Map<String, String> blocks = new LinkedHashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).strip().equals("```java")) {
        continue;
      }
      int above = i - 1;
      while (above >= 0 && lines.get(above).isBlank()) {
        above--;
      }
      int end = i + 1;
      while (!lines.get(end).strip().equals("```")) {
        end++;
      }
      String label = above >= 0 ? lines.get(above).strip() : "";
      if (NOT_COMPILED.matcher(label).matches()) {
        i = end;
        continue;
      }
      Matcher mark = README_MARK.matcher(label);
      assertThat(mark.matches())
          .as(
              "line %d: a java block without <!-- README snippet: NAME -->"
                  + " (or <!-- README not compiled: REASON -->)",
              i + 1)
          .isTrue();
      assertThat(blocks.put(mark.group(1), dedent(lines.subList(i + 1, end))))
          .as("README snippet %s twice", mark.group(1))
          .isNull();
      i = end;
    }
    return blocks;
  }

  /** The snippets of every test source of the build (and of the invoker consumers) by name. */
  private static Map<String, String> testSnippets() {
    Map<String, String> snippets = new LinkedHashMap<>();
    for (Path file : javaSources()) {
      List<String> lines = lines(file);
      for (int i = 0; i < lines.size(); i++) {
        Matcher start = START.matcher(lines.get(i).strip());
        if (!start.matches()) {
          continue;
        }
        int end = i + 1;
        while (!lines.get(end).strip().equals(END)) {
          end++;
        }
        assertThat(snippets.put(start.group(1), dedent(lines.subList(i + 1, end))))
            .as("test snippet %s twice (%s)", start.group(1), file)
            .isNull();
        i = end;
      }
    }
    return snippets;
  }

  private static List<Path> javaSources() {
    try (Stream<Path> files = Files.walk(ROOT)) {
      return files
          .filter(f -> f.toString().endsWith(".java"))
          .filter(f -> !ROOT.relativize(f).toString().contains("target"))
          .filter(
              f -> {
                String path = ROOT.relativize(f).toString().replace('\\', '/');
                return path.contains("/src/test/java/") || path.contains("/src/it/");
              })
          .sorted()
          .collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String dedent(List<String> lines) {
    int indent =
        lines.stream()
            .filter(line -> !line.isBlank())
            .mapToInt(line -> line.length() - line.stripLeading().length())
            .min()
            .orElse(0);
    List<String> out = new ArrayList<>();
    for (String line : lines) {
      out.add(line.isBlank() ? "" : line.substring(indent).stripTrailing());
    }
    return String.join("\n", out);
  }

  private static List<String> lines(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
