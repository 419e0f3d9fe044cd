package io.github.childcarerules.json.internal;

import com.fasterxml.jackson.core.JsonParser;
import io.github.childcarerules.allocation.scenario.Scenario;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.util.Arrays;

/**
 * Reads an allocation scenario (FORMAT.md "Allocation scenario") exactly as {@link
 * JsonRecords#readScenario} does, faster: the document's bytes are read whole, and a document of
 * plain UTF-8 (no NUL byte, no byte order mark, which would make Jackson guess another encoding) is
 * read straight from the parser's tokens into the scenario ({@link ScenarioTokens}); anything else,
 * and any document that is not a well-formed scenario, is read again the reference way, which gives
 * its error. A read that fails part way is handed to the reference way too, as the bytes read
 * before the failure followed by the same failure, so that it reports what it would have met first.
 */
public final class ScenarioDocuments {
  private ScenarioDocuments() {}

  /**
   * The allocation scenario of a whole document (UTF-8), read to its end.
   *
   * @param document the bytes of a scenario document
   * @return the scenario, its problems left to {@code Allocator.check}
   * @throws UnusableInputException if the input cannot be read or is not such a document
   */
  public static Scenario read(InputStream document) {
    Bytes bytes = new Bytes();
    try {
      bytes.readAll(document);
    } catch (IOException e) {
      return JsonRecords.readScenario(new SequenceInputStream(bytes.stream(), new Failing(e)));
    }
    if (TokenReader.isPlain(bytes.bytes, bytes.length)) {
      try (JsonParser parser = Jackson.NAMES_UNCHECKED.createParser(bytes.bytes, 0, bytes.length)) {
        return ScenarioTokens.read(parser);
      } catch (IOException | TokenReader.Detour e) {
        // the reference way below says what is wrong
      }
    }
    return JsonRecords.readScenario(bytes.stream());
  }

  /**
   * The bytes of a document, read into one array sized by what the stream says it holds (a file
   * says its size), grown by doubling when it holds more: no copy of the whole document for a file.
   */
  static final class Bytes {
    /** The least first size of the array. */
    static final int LEAST = 8192;

    /** The largest array the virtual machine allocates. */
    static final int MOST = Integer.MAX_VALUE - 8;

    byte[] bytes = new byte[0];
    int length;

    void readAll(InputStream in) throws IOException {
      bytes = new byte[Math.max(LEAST, Math.min(MOST, in.available() + 1))];
      int read;
      while ((read = in.read(bytes, length, bytes.length - length)) >= 0) {
        length += read;
        if (length == bytes.length) {
          if (length == MOST) {
            throw new IOException("the document is larger than 2 GB");
          }
          bytes = Arrays.copyOf(bytes, (int) Math.min(MOST, 2L * length));
        }
      }
    }

    InputStream stream() {
      return new ByteArrayInputStream(bytes, 0, length);
    }
  }

  /** A stream whose first read fails as the document's read failed. */
  private static final class Failing extends InputStream {
    private final IOException failure;

    Failing(IOException failure) {
      this.failure = failure;
    }

    @Override
    public int read() throws IOException {
      throw failure;
    }
  }
}
