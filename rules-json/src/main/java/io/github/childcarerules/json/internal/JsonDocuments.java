package io.github.childcarerules.json.internal;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The one way every document is written: a Jackson generator, fed as the document is produced (no
 * tree, no whole document in memory), with the project's layout (a single document indented, two
 * spaces, {@code "key": value}, one array element per line, {@code []} for an empty array; a line
 * of a batch compact) and {@link VisibleEscapes}. The same body gives the same characters whether
 * it is written to a {@link String} or, as UTF-8, to an {@link OutputStream}.
 */
public final class JsonDocuments {
  /** A document's content, written by calls on a generator. */
  @FunctionalInterface
  public interface Body {
    /**
     * Writes the document's one value.
     *
     * @param json the generator to write with
     * @throws IOException when the target cannot be written
     */
    void write(JsonGenerator json) throws IOException;
  }

  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
          .disable(StreamWriteFeature.AUTO_CLOSE_CONTENT)
          .build();

  /** The layout of an indented document (a fresh copy per document: it keeps the nesting). */
  static final DefaultPrettyPrinter INDENTED =
      new DefaultPrettyPrinter(
              Separators.createDefaultInstance()
                  .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                  .withArrayEmptySeparator(""))
          .withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE);

  private JsonDocuments() {}

  /**
   * The indented document {@code body} writes.
   *
   * @param body the document's content
   * @return the document, without a final line break
   */
  public static String indented(Body body) {
    return string(body, true);
  }

  /**
   * The compact document {@code body} writes (a line of a batch).
   *
   * @param body the document's content
   * @return the document, on one line, without its end
   */
  public static String compact(Body body) {
    return string(body, false);
  }

  /**
   * Writes the indented document of {@code body} to {@code out} in UTF-8 as it is produced, then
   * flushes {@code out} (which stays open).
   *
   * @param body the document's content
   * @param out where to write it
   * @throws UncheckedIOException when {@code out} cannot be written
   */
  public static void indented(Body body, OutputStream out) {
    stream(body, out, true);
  }

  /**
   * Writes the compact document of {@code body} to {@code out} in UTF-8 as it is produced, then
   * flushes {@code out} (which stays open).
   *
   * @param body the document's content
   * @param out where to write it
   * @throws UncheckedIOException when {@code out} cannot be written
   */
  public static void compact(Body body, OutputStream out) {
    stream(body, out, false);
  }

  private static String string(Body body, boolean indented) {
    StringWriter text = new StringWriter();
    try (JsonGenerator json = configure(FACTORY.createGenerator(text), indented)) {
      body.write(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }

  private static void stream(Body body, OutputStream out, boolean indented) {
    Objects.requireNonNull(out, "out");
    try (JsonGenerator json =
        configure(FACTORY.createGenerator(out, JsonEncoding.UTF8), indented)) {
      body.write(json);
      json.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonGenerator configure(JsonGenerator json, boolean indented) {
    json.setCharacterEscapes(VisibleEscapes.INSTANCE);
    if (indented) {
      PrettyPrinter printer = INDENTED.createInstance();
      json.setPrettyPrinter(printer);
    }
    return json;
  }

  /** Writes {@code value} as a string, or {@code null} when there is none. */
  static void stringOrNull(JsonGenerator json, String field, @Nullable String value)
      throws IOException {
    if (value == null) {
      json.writeNullField(field);
    } else {
      json.writeStringField(field, value);
    }
  }
}
