package io.github.childcarerules.bench;

import io.github.childcarerules.core.record.ParentChildRecord;
import io.github.childcarerules.json.ChildcareJson;
import io.github.childcarerules.testkit.Mutated;
import io.github.childcarerules.testkit.Mutations;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Random;
import net.jqwik.engine.SourceOfRandomness;

/**
 * {@code GenerateRecords N FILE [SEED]}: writes {@code N} generated parent-child records to {@code
 * FILE} as JSON Lines (one record a line, LF-ended), for the whole-process runs of {@code validate
 * --jsonl} and {@code occupation --jsonl}. Nine records in ten are valid ({@code
 * testkit.Records.valid()}), one in ten is a valid record with one mutation ({@code
 * Mutations.any()}), so one line in ten reports a violation. Each record is generated, written with
 * {@link ChildcareJson#writeRecord} (the library's own writer, its indentation taken out so that it
 * fits on one line) and dropped before the next: memory does not grow with {@code N}. The same seed
 * (default {@value #DEFAULT_SEED}) writes the same bytes.
 */
public final class GenerateRecords {
  static final long DEFAULT_SEED = 20_261_207L;

  private GenerateRecords() {}

  /**
   * Writes the file.
   *
   * @param args {@code N FILE [SEED]}
   * @throws IOException if the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 2 || args.length > 3) {
      System.err.println("usage: GenerateRecords N FILE [SEED]");
      System.exit(2);
    }
    long count = Long.parseLong(args[0]);
    Path file = Path.of(args[1]);
    long seed = args.length == 3 ? Long.parseLong(args[2]) : DEFAULT_SEED;
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      write(count, seed, out);
    }
  }

  /**
   * Writes {@code count} records, one a line. jqwik generates outside a property only through
   * {@code sampleStream()}, which draws from jqwik's source of randomness for the current thread:
   * seeding that source makes the records reproducible.
   */
  static void write(long count, long seed, OutputStream out) throws IOException {
    SourceOfRandomness.create(Long.toString(seed));
    Random mix = new Random(seed);
    Iterator<ParentChildRecord> valid =
        io.github.childcarerules.testkit.Records.valid().sampleStream().iterator();
    Iterator<ParentChildRecord> mutated =
        Mutations.any().map(Mutated::record).sampleStream().iterator();
    for (long i = 0; i < count; i++) {
      ParentChildRecord record = mix.nextInt(10) == 0 ? mutated.next() : valid.next();
      out.write(oneLine(ChildcareJson.writeRecord(record)).getBytes(StandardCharsets.UTF_8));
      out.write('\n');
    }
  }

  /**
   * The indented document on one line: every line break and the indentation after it taken out. A
   * JSON string never holds a raw line break, so none of this is inside a string.
   */
  static String oneLine(String indented) {
    StringBuilder line = new StringBuilder(indented.length());
    int i = 0;
    while (i < indented.length()) {
      char c = indented.charAt(i++);
      if (c == '\n' || c == '\r') {
        while (i < indented.length() && (indented.charAt(i) == ' ' || indented.charAt(i) == '\t')) {
          i++;
        }
      } else {
        line.append(c);
      }
    }
    return line.toString();
  }
}
