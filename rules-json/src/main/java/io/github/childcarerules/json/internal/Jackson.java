package io.github.childcarerules.json.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.UncheckedIOException;

/**
 * The one configured Jackson mapper of rules-json, from which every reader and writer takes its
 * parser factory, its nodes and its writers. Read: the bounds of docs/decisions.md, "Hostile input"
 * ({@code StreamReadConstraints} from {@link JsonRecords}' limits, set on purpose), duplicate keys
 * refused. Nodes keep a decimal exactly as given or computed ({@code 25.00} stays {@code 25.00},
 * {@code 1E+3} stays {@code 1E+3}), never through binary floating point. Written: single documents
 * indented, batch lines compact.
 */
final class Jackson {
  /** The mapper: its factory parses every document, its node factory builds every tree. */
  static final ObjectMapper MAPPER =
      JsonMapper.builder(
              JsonFactory.builder()
                  .streamReadConstraints(
                      StreamReadConstraints.builder()
                          .maxStringLength(JsonRecords.MAX_STRING_LENGTH)
                          .maxNestingDepth(JsonRecords.MAX_NESTING_DEPTH)
                          .maxNumberLength(JsonRecords.MAX_NUMBER_LENGTH)
                          .maxNameLength(JsonRecords.MAX_NAME_LENGTH)
                          .build())
                  .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                  .build())
          .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
          .build();

  /**
   * The mapper's parser factory, with the same bounds, but without its own search for names given
   * twice: for {@link RecordTokens}, which looks for them itself at a fraction of the cost (a
   * parser that checks keeps a hash set per object).
   */
  static final JsonFactory NAMES_UNCHECKED =
      MAPPER.getFactory().rebuild().disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  /** The nodes of every tree read or written: decimals exact. */
  static final JsonNodeFactory NODES = MAPPER.getNodeFactory();

  /** A single document: indented, {@code "name": value}, empty arrays as {@code []}. */
  static final ObjectWriter DOCUMENT =
      MAPPER.writer(
          new DefaultPrettyPrinter(
                  Separators.createDefaultInstance()
                      .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                      .withArrayEmptySeparator(""))
              .withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE));

  /** A single document whose decimals are written plain ({@code 2.5E+1} as {@code 25}). */
  static final ObjectWriter PLAIN_DOCUMENT =
      DOCUMENT.with(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

  /** A line of a JSON Lines batch: compact. */
  static final ObjectWriter LINE = MAPPER.writer();

  private Jackson() {}

  /** {@code node} written by {@code writer}. */
  static String write(ObjectWriter writer, JsonNode node) {
    try {
      return writer.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
