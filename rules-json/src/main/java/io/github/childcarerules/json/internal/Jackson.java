package io.github.childcarerules.json.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/**
 * The one configured Jackson mapper of rules-json: every reader takes its parser factory from it,
 * and every tree read or written its nodes. Read: the bounds of docs/decisions.md, "Hostile input"
 * ({@code StreamReadConstraints} from {@link JsonRecords}' limits, set on purpose), duplicate keys
 * refused. Nodes keep a decimal exactly as given or computed ({@code 25.00} stays {@code 25.00},
 * {@code 1E+3} stays {@code 1E+3}), never through binary floating point. The documents are written
 * by {@link JsonDocuments}, and the input documents, built as trees, by {@link ReportJson}.
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

  private Jackson() {}
}
