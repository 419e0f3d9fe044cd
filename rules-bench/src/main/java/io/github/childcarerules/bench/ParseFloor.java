package io.github.childcarerules.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code ParseFloor FILE}: the floor of {@code allocate}, whole process. It parses the scenario
 * document with one {@link ObjectMapper#readTree(InputStream)} and prints one short line (the
 * number of its top-level fields): the cost of merely reading the input, against which the command
 * line's read, run and write is measured.
 */
public final class ParseFloor {
  private ParseFloor() {}

  /**
   * Parses the file and prints one line.
   *
   * @param args {@code FILE}
   * @throws IOException if the file cannot be read or is not JSON
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: ParseFloor FILE");
      System.exit(2);
    }
    JsonNode document;
    try (InputStream in = Files.newInputStream(Path.of(args[0]))) {
      document = new ObjectMapper().readTree(in);
    }
    System.out.println("{\"fields\":" + document.size() + "}");
  }
}
