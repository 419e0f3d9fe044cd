package io.github.childcarerules.json.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.POJONode;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Deque;
import org.jspecify.annotations.Nullable;

/**
 * Builds the tree of one JSON value from a parser's tokens without converting what nobody reads: a
 * number stays as written (decimal nodes for all that {@link BigDecimal} can hold, the rest a
 * {@link OutOfRange} that only a field the contract reads turns into unusable input). Iterative, so
 * nesting costs no stack.
 */
final class TreeReader {
  private static final JsonNodeFactory NODES = Jackson.NODES;

  private TreeReader() {}

  /** A number whose exponent {@link BigDecimal} cannot hold, kept as written. */
  record OutOfRange(String text) {}

  /** The value that starts at the parser's next token; null when the input holds no token. */
  static @Nullable JsonNode read(JsonParser parser) throws IOException {
    JsonToken token = parser.nextToken();
    if (token == null) {
      return null;
    }
    Deque<JsonNode> open = new ArrayDeque<>();
    Deque<String> names = new ArrayDeque<>();
    JsonNode root = null;
    while (true) {
      JsonNode value =
          switch (token) {
            case START_OBJECT -> NODES.objectNode();
            case START_ARRAY -> NODES.arrayNode();
            case END_OBJECT, END_ARRAY -> open.pop();
            case FIELD_NAME -> {
              names.push(parser.currentName());
              yield null;
            }
            case VALUE_STRING -> NODES.textNode(parser.getText());
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> number(parser.getText());
            case VALUE_TRUE -> NODES.booleanNode(true);
            case VALUE_FALSE -> NODES.booleanNode(false);
            case VALUE_NULL -> NODES.nullNode();
            case VALUE_EMBEDDED_OBJECT, NOT_AVAILABLE -> NODES.nullNode();
          };
      if (value != null) {
        boolean opens = token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY;
        boolean closes = token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY;
        if (!closes) {
          JsonNode parent = open.peek();
          if (parent == null) {
            root = value;
          } else if (parent instanceof ObjectNode object) {
            object.set(names.pop(), value);
          } else {
            ((ArrayNode) parent).add(value);
          }
        }
        if (opens) {
          open.push(value);
        }
        if (open.isEmpty() && root != null) {
          return root;
        }
      }
      token = parser.nextToken();
      if (token == null) {
        throw new com.fasterxml.jackson.core.JsonParseException(parser, "unexpected end of input");
      }
    }
  }

  private static JsonNode number(String text) {
    try {
      return NODES.numberNode(new BigDecimal(text));
    } catch (NumberFormatException e) {
      return new POJONode(new OutOfRange(text));
    }
  }
}
