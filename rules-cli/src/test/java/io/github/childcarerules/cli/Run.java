package io.github.childcarerules.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.List;

/** One in-process run of the command line: its exit status and what it printed. */
record Run(int exit, String out, String err) {
  private static final ObjectMapper JSON = new ObjectMapper();

  static Run of(String... args) {
    return withInput("", args);
  }

  static Run withInput(String standardInput, String... args) {
    return withInput(new ByteArrayInputStream(standardInput.getBytes(UTF_8)), args);
  }

  static Run withInput(InputStream standardInput, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit =
        Main.run(
            args,
            standardInput,
            new PrintStream(out, true, UTF_8),
            new PrintStream(err, true, UTF_8));
    return new Run(exit, out.toString(UTF_8), err.toString(UTF_8));
  }

  List<String> outLines() {
    return out.lines().toList();
  }

  List<String> errLines() {
    return err.lines().toList();
  }

  /** The (rule, path, severity) of each violation of a report, in order. */
  static java.util.List<org.assertj.core.groups.Tuple> violations(JsonNode report) {
    return report
        .get("violations")
        .valueStream()
        .map(
            v ->
                org.assertj.core.groups.Tuple.tuple(
                    v.get("rule").textValue(),
                    v.get("path").textValue(),
                    v.get("severity").textValue()))
        .toList();
  }

  /** Standard output as one JSON document. */
  JsonNode json() {
    return parse(out);
  }

  static JsonNode parse(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
