package io.github.childcarerules.json;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The documents a writer is expected to print, byte for byte, kept under {@code written/} beside
 * the tests: each file ends with a line break, which a single document does not have, and its line
 * ends are the platform's once written.
 */
final class WrittenDocuments {
  private WrittenDocuments() {}

  static String expected(String name) {
    try (InputStream in = WrittenDocuments.class.getResourceAsStream("written/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no test document written/" + name);
      }
      String text = new String(in.readAllBytes(), UTF_8);
      return text.substring(0, text.length() - 1).replace("\n", System.lineSeparator());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
