package io.github.childcarerules.json.internal;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.github.childcarerules.core.record.ParentChildRecord;
import io.github.childcarerules.json.ChildcareJson;
import io.github.childcarerules.testkit.Mutated;
import io.github.childcarerules.testkit.Mutations;
import io.github.childcarerules.testkit.Records;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * For every line, the fast way and the reference way give the same outcome: generated records,
 * valid or broken by every mutation of the testkit, written on one line; and those lines damaged
 * byte by byte (a byte replaced, removed or inserted, the line cut), which makes every kind of
 * unusable line.
 */
class FastLinePropertiesTest {
  @Property(tries = 300)
  void aValidRecordReadsTheSameBothWays(@ForAll("validRecords") ParentChildRecord record) {
    FastLineTest.assertSameOutcome(line(record));
  }

  @Property(tries = 300)
  void aBrokenRecordReadsTheSameBothWays(@ForAll("brokenRecords") Mutated mutated) {
    FastLineTest.assertSameOutcome(line(mutated.record()));
  }

  @Property(tries = 2_000)
  void aDamagedLineReadsTheSameBothWays(
      @ForAll("validRecords") ParentChildRecord record,
      @ForAll @IntRange(min = 0, max = 100_000) int where,
      @ForAll("damages") int damage,
      @ForAll("bytes") byte value) {
    byte[] line = line(record);
    int at = where % (line.length + 1);
    byte[] damaged =
        switch (damage) {
          case 0 -> replaced(line, at, value);
          case 1 -> removed(line, at);
          case 2 -> inserted(line, at, value);
          default -> java.util.Arrays.copyOf(line, at);
        };
    FastLineTest.assertSameOutcome(damaged);
  }

  private static byte[] line(ParentChildRecord record) {
    return FastLineTest.oneLine(ChildcareJson.writeRecord(record)).getBytes(UTF_8);
  }

  private static byte[] replaced(byte[] line, int at, byte value) {
    byte[] copy = line.clone();
    if (at < copy.length) {
      copy[at] = value;
    }
    return copy;
  }

  private static byte[] removed(byte[] line, int at) {
    if (at == line.length) {
      return line;
    }
    byte[] copy = new byte[line.length - 1];
    System.arraycopy(line, 0, copy, 0, at);
    System.arraycopy(line, at + 1, copy, at, line.length - at - 1);
    return copy;
  }

  private static byte[] inserted(byte[] line, int at, byte value) {
    byte[] copy = new byte[line.length + 1];
    System.arraycopy(line, 0, copy, 0, at);
    copy[at] = value;
    System.arraycopy(line, at, copy, at + 1, line.length - at);
    return copy;
  }

  @Provide
  Arbitrary<ParentChildRecord> validRecords() {
    return Records.valid();
  }

  @Provide
  Arbitrary<Mutated> brokenRecords() {
    return Mutations.any();
  }

  @Provide
  Arbitrary<Integer> damages() {
    return Arbitraries.integers().between(0, 3);
  }

  /** JSON's structural bytes, quotes, digits, NUL, and bytes that start or end UTF-8 sequences. */
  @Provide
  Arbitrary<Byte> bytes() {
    return Arbitraries.oneOf(
        Arbitraries.of(
            (byte) '{',
            (byte) '}',
            (byte) '[',
            (byte) ']',
            (byte) ':',
            (byte) ',',
            (byte) '"',
            (byte) '\\',
            (byte) '1',
            (byte) 'n',
            (byte) 't',
            (byte) ' ',
            (byte) 0,
            (byte) 0x7F,
            (byte) 0x80,
            (byte) 0xBF,
            (byte) 0xC0,
            (byte) 0xC3,
            (byte) 0xED,
            (byte) 0xEF,
            (byte) 0xF4,
            (byte) 0xFF),
        Arbitraries.bytes());
  }
}
