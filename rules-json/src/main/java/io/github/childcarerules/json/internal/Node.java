package io.github.childcarerules.json.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.POJONode;
import io.github.childcarerules.core.rule.ViolationPaths;
import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.math.BigDecimal;

/**
 * A value of a JSON document with its path in the library's syntax ({@code agreements[0].start}),
 * read as the type FORMAT.md expects there. A field that is absent and one that is {@code null}
 * mean the same; any other type than the expected one is unusable input naming the path.
 */
record Node(JsonNode value, String path) {
  /**
   * The largest number read where the contract reads one (docs/decisions.md): every number of the
   * contract counts places, children, months or parent needs, far below it.
   */
  static final BigDecimal MAX_NUMBER = BigDecimal.valueOf(1_000_000_000);

  static Node root(JsonNode document) {
    return new Node(document, "");
  }

  /** The field {@code name} of this object (absent when it is not there). */
  Node field(String name) {
    return new Node(value.path(name), ViolationPaths.key(path, name));
  }

  boolean isAbsent() {
    return value.isMissingNode() || value.isNull();
  }

  /** A string, kept as entered; none when absent or null. */
  Option<String> text() {
    if (isAbsent()) {
      return Option.none();
    }
    return Option.some(expectText("a string or null"));
  }

  /** A string that may not be null (a slot of a schedule). */
  String requiredText() {
    return expectText("a string");
  }

  /** A number, exactly as written ({@code 2.5} stays 2.5); none when absent or null. */
  Option<BigDecimal> number() {
    if (isAbsent()) {
      return Option.none();
    }
    if (value instanceof POJONode pojo && pojo.getPojo() instanceof TreeReader.OutOfRange number) {
      throw new UnusableInputException(
          path, "number " + number.text() + " out of range (its exponent is too large)");
    }
    if (!value.isNumber()) {
      throw wrongType("a number or null");
    }
    BigDecimal number = value.decimalValue();
    if (number.abs().compareTo(MAX_NUMBER) > 0) {
      throw new UnusableInputException(
          path,
          "number "
              + value.asText()
              + " larger than any count the contract reads (at most 1,000,000,000)");
    }
    return Option.some(number);
  }

  /** The strings of this array (none of them null); empty when absent or null. */
  List<String> texts() {
    return elements().map(Node::requiredText);
  }

  /** The document itself, which must be an object: {@code what} names it in the error. */
  Node requireObject(String what) {
    if (!value.isObject()) {
      throw new UnusableInputException(
          path, "expected " + what + " (a JSON object), found " + found());
    }
    return this;
  }

  /** A boolean; none when absent or null. */
  Option<Boolean> flag() {
    if (isAbsent()) {
      return Option.none();
    }
    if (!value.isBoolean()) {
      throw wrongType("true, false or null");
    }
    return Option.some(value.booleanValue());
  }

  /** This object; none when absent or null. */
  Option<Node> object() {
    if (isAbsent()) {
      return Option.none();
    }
    if (!value.isObject()) {
      throw wrongType("an object or null");
    }
    return Option.some(this);
  }

  /** The elements of this array, each with its index in its path; none when absent or null. */
  List<Node> elements() {
    if (isAbsent()) {
      return List.empty();
    }
    if (!value.isArray()) {
      throw wrongType("an array or null");
    }
    return List.range(0, value.size())
        .map(i -> new Node(value.get(i), ViolationPaths.index(path, i)));
  }

  /** The fields of this object in document order, keys as entered; none when absent or null. */
  List<Tuple2<String, Node>> entries() {
    return object()
        .map(o -> List.ofAll(value.properties()).map(e -> Tuple.of(e.getKey(), field(e.getKey()))))
        .getOrElse(List.empty());
  }

  /** The record itself: the document must be an object. */
  Node requireRecord() {
    if (!value.isObject()) {
      throw new UnusableInputException(path, "expected a record (a JSON object), found " + found());
    }
    return this;
  }

  private String expectText(String expected) {
    if (!value.isTextual()) {
      throw wrongType(expected);
    }
    return value.textValue();
  }

  private UnusableInputException wrongType(String expected) {
    return new UnusableInputException(path, "expected " + expected + ", found " + found());
  }

  private String found() {
    return switch (value.getNodeType()) {
      case STRING -> "a string";
      case NUMBER -> "a number";
      case BOOLEAN -> "a boolean";
      case ARRAY -> "an array";
      case OBJECT -> "an object";
      case NULL -> "null";
      case MISSING -> "nothing";
      case POJO -> "a number";
      case BINARY -> "a value of another type";
    };
  }
}
