package io.github.childcarerules.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code JsonLinesFloor FILE}: the floor of {@code validate --jsonl}, whole process. It only reads
 * each line of a JSON Lines file with one {@link ObjectMapper#readTree(String)} and writes one
 * short line per line that is not blank ({@code {"line":N}}, or {@code {"line":N,"error":true}} for
 * a line Jackson cannot read), buffered, in one thread: what any program that reads such a file
 * must at least do. No rule is checked and nothing of the tree is kept.
 */
public final class JsonLinesFloor {
  private JsonLinesFloor() {}

  /**
   * Reads the file and prints one line per line that is not blank.
   *
   * @param args {@code FILE}
   * @throws IOException if the file cannot be read or standard output written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: JsonLinesFloor FILE");
      System.exit(2);
    }
    ObjectMapper mapper = new ObjectMapper();
    try (BufferedReader in = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8);
        Writer out =
            new BufferedWriter(
                new OutputStreamWriter(
                    new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8),
                1 << 16)) {
      long number = 0;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        boolean read;
        try {
          read = mapper.readTree(line) != null;
        } catch (JsonProcessingException e) {
          read = false;
        }
        out.write(
            read ? "{\"line\":" + number + "}\n" : "{\"line\":" + number + ",\"error\":true}\n");
      }
    }
  }
}
