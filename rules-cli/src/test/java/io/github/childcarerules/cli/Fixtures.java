package io.github.childcarerules.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The test documents: golden files of the contract, and records derived from them. */
final class Fixtures {
  private Fixtures() {}

  /** A file of {@code src/test/resources/golden}, as a path the command line can open. */
  static String golden(String name) {
    try {
      return Path.of(Fixtures.class.getResource("/golden/" + name).toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A valid record (FORMAT.md), to change one thing in it. */
  static ObjectNode validRecord() {
    return (ObjectNode) read(golden("valid-two-agreements.json"));
  }

  static JsonNode read(String file) {
    try {
      return Run.parse(Files.readString(Path.of(file), UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes {@code content} to {@code name} in {@code folder}; returns its path. */
  static String write(Path folder, String name, String content) {
    try {
      return Files.writeString(folder.resolve(name), content, UTF_8).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
