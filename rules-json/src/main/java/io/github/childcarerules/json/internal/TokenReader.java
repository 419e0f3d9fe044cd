package io.github.childcarerules.json.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the fast readers of a document ({@link RecordTokens}, {@link ScenarioTokens}) share: reading
 * values of the JSON type FORMAT.md expects from a parser's tokens, and giving up with {@link
 * Detour} at the first token they do not expect, so that the caller reads the same bytes again the
 * reference way, which says exactly what is wrong and where. The parser does not look for names
 * given twice (the reference way's does): the reader does ({@link #nextName()}), and a name given
 * twice in one object is a detour too.
 */
abstract class TokenReader {
  /** The parser read from. */
  final JsonParser parser;

  /** The names of the objects being read: each reader opens an object's before its first name. */
  final Names names;

  /**
   * A reader of {@code parser}'s tokens.
   *
   * @param parser the parser
   * @param largeObjects whether an object of more than {@value #FEW_NAMES} names is read here (its
   *     names then checked in a hash set) or is a detour (left to the reference way's own check)
   */
  TokenReader(JsonParser parser, boolean largeObjects) {
    this.parser = parser;
    this.names = new Names(largeObjects);
  }

  /** The fast way cannot read this input: read it the reference way. */
  static final class Detour extends RuntimeException {
    private static final long serialVersionUID = 1L;
    static final Detour INSTANCE = new Detour();

    private Detour() {
      super("not a plain document: read it the reference way", null, false, false);
    }
  }

  /**
   * Whether the first {@code length} bytes may be read the fast way: well-formed UTF-8 with no NUL
   * byte and no byte order mark at the start (either would make Jackson guess another encoding).
   */
  static boolean isPlain(byte[] bytes, int length) {
    boolean byteOrderMark =
        length >= 3
            && bytes[0] == (byte) 0xEF
            && bytes[1] == (byte) 0xBB
            && bytes[2] == (byte) 0xBF;
    if (byteOrderMark) {
      return false;
    }
    int i = 0;
    while (i < length) {
      if (i + Long.BYTES <= length && EightBytes.isPlainAscii(EightBytes.get(bytes, i))) {
        i += Long.BYTES;
        continue;
      }
      byte b = bytes[i];
      if (b > 0) {
        i++;
      } else if (b == 0) {
        return false;
      } else {
        i = Utf8Reader.endOfSequence(bytes, i, length);
        if (i < 0) {
          return false;
        }
      }
    }
    return true;
  }

  /** Reads the object whose start the parser is at. */
  @FunctionalInterface
  interface ObjectReader<T> {
    T read() throws IOException;
  }

  /**
   * The objects of a list, each read by {@code read}; a {@code null} element is {@code absent}, at
   * its own index, as the reference way reads it. A null list is empty.
   */
  final <T> List<T> list(@Nullable JsonToken value, ObjectReader<T> read, T absent)
      throws IOException {
    if (!isArray(value) || parser.nextToken() == JsonToken.END_ARRAY) {
      return List.empty();
    }
    java.util.List<T> elements = new ArrayList<>(4);
    do {
      elements.add(isObject(parser.currentToken()) ? read.read() : absent);
    } while (parser.nextToken() != JsonToken.END_ARRAY);
    List<T> list = List.empty();
    for (int i = elements.size() - 1; i >= 0; i--) {
      list = list.prepend(elements.get(i));
    }
    return list;
  }

  /** An object read by {@code read}, none for null; any other type is a detour. */
  final <T> Option<T> object(@Nullable JsonToken value, ObjectReader<T> read) throws IOException {
    return isObject(value) ? Option.some(read.read()) : Option.none();
  }

  /** Whether the value is an object (false for null); any other type is a detour. */
  static boolean isObject(@Nullable JsonToken value) {
    if (value == JsonToken.START_OBJECT) {
      return true;
    }
    if (value == JsonToken.VALUE_NULL) {
      return false;
    }
    throw Detour.INSTANCE;
  }

  /** Whether the value is an array (false for null); any other type is a detour. */
  static boolean isArray(@Nullable JsonToken value) {
    if (value == JsonToken.START_ARRAY) {
      return true;
    }
    if (value == JsonToken.VALUE_NULL) {
      return false;
    }
    throw Detour.INSTANCE;
  }

  /** A string as entered, none for null; any other type is a detour. */
  final Option<String> text(@Nullable JsonToken value) throws IOException {
    if (value == JsonToken.VALUE_STRING) {
      return Option.some(parser.getText());
    }
    if (value == JsonToken.VALUE_NULL) {
      return Option.none();
    }
    throw Detour.INSTANCE;
  }

  private static final Option<Boolean> TRUE = Option.some(Boolean.TRUE);
  private static final Option<Boolean> FALSE = Option.some(Boolean.FALSE);

  /** A boolean, none for null; any other type is a detour. */
  static Option<Boolean> flag(@Nullable JsonToken value) {
    if (value == JsonToken.VALUE_TRUE) {
      return TRUE;
    }
    if (value == JsonToken.VALUE_FALSE) {
      return FALSE;
    }
    if (value == JsonToken.VALUE_NULL) {
      return Option.none();
    }
    throw Detour.INSTANCE;
  }

  /**
   * Passes over a value nobody reads, taking the text of each string and number as the reference
   * way does, so that a bound on their length is exceeded here too.
   */
  final void skip(@Nullable JsonToken value) throws IOException {
    int depth = 0;
    JsonToken token = value;
    while (true) {
      if (token == null) {
        throw Detour.INSTANCE;
      }
      switch (token) {
        case START_OBJECT -> {
          names.open();
          depth++;
        }
        case END_OBJECT -> {
          names.close();
          depth--;
        }
        case START_ARRAY -> depth++;
        case END_ARRAY -> depth--;
        case FIELD_NAME -> names.add(parser.currentName());
        case VALUE_STRING, VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> parser.getText();
        default -> {
          // literals: nothing to take
        }
      }
      if (depth == 0) {
        return;
      }
      token = parser.nextToken();
    }
  }

  /**
   * The name of the current object's next field, null at the object's end; a name already seen in
   * the same object is a detour.
   */
  final @Nullable String nextName() throws IOException {
    if (parser.nextToken() != JsonToken.FIELD_NAME) {
      names.close();
      return null;
    }
    String name = parser.currentName();
    names.add(name);
    return name;
  }

  /** Beyond this many names, an object's names given twice are looked for in a hash set. */
  private static final int FEW_NAMES = 16;

  /**
   * The names of the objects being read, the innermost last: the first {@value #FEW_NAMES} of an
   * object compared one by one, the rest of a larger object in a hash set (or a detour).
   */
  static final class Names {
    private final boolean largeObjects;
    private String[] seen = new String[32];
    private int count;
    private int[] starts = new int[8];

    /**
     * Per open object, one bit per name seen so far, chosen by the name's hash: a name whose bit is
     * not set was not seen, and is not compared with the others.
     */
    private long[] hashBits = new long[8];

    private @Nullable Set<String>[] many = newSets(8);
    private int depth;

    Names(boolean largeObjects) {
      this.largeObjects = largeObjects;
    }

    @SuppressWarnings("unchecked")
    private static @Nullable Set<String>[] newSets(int length) {
      return (@Nullable Set<String>[]) new Set<?>[length];
    }

    void open() {
      if (depth == starts.length) {
        starts = Arrays.copyOf(starts, depth * 2);
        hashBits = Arrays.copyOf(hashBits, depth * 2);
        many = Arrays.copyOf(many, depth * 2);
      }
      many[depth] = null;
      hashBits[depth] = 0;
      starts[depth++] = count;
    }

    void close() {
      count = starts[--depth];
      many[depth] = null;
    }

    void add(String name) {
      int start = starts[depth - 1];
      Set<String> set = many[depth - 1];
      if (set != null) {
        if (!set.add(name)) {
          throw Detour.INSTANCE;
        }
        return;
      }
      long bit = 1L << name.hashCode(); // the shift takes the hash's low six bits
      long bits = hashBits[depth - 1];
      if ((bits & bit) != 0) {
        for (int i = start; i < count; i++) {
          if (seen[i].equals(name)) {
            throw Detour.INSTANCE;
          }
        }
      }
      hashBits[depth - 1] = bits | bit;
      if (count - start < FEW_NAMES) {
        if (count == seen.length) {
          seen = Arrays.copyOf(seen, count * 2);
        }
        seen[count++] = name;
        return;
      }
      if (!largeObjects) {
        throw Detour.INSTANCE;
      }
      // a large object: its names so far into a set, and every later one too
      Set<String> all = new HashSet<>();
      for (int i = start; i < count; i++) {
        all.add(seen[i]);
      }
      all.add(name);
      many[depth - 1] = all;
    }
  }
}
