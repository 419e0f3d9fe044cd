package io.github.childcarerules.json.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Bytes judged eight at a time, as one {@code long} (the "SWAR" bit tricks of Hacker's Delight,
 * §6-1): where a line ends, and whether text is plain ASCII.
 */
final class EightBytes {
  private EightBytes() {}

  /** Eight bytes read at once, the first one in the low bits. */
  private static final VarHandle LITTLE_ENDIAN =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private static final long HIGH_BITS = 0x8080808080808080L;
  private static final long LOW_BITS = 0x0101010101010101L;

  /** The eight bytes from {@code at}, the first one in the low bits. */
  static long get(byte[] bytes, int at) {
    return (long) LITTLE_ENDIAN.get(bytes, at);
  }

  /**
   * The high bit of the first zero byte of {@code eight} set, and possibly some above it (a borrow
   * may mark a byte 0x01 after a zero byte); zero when no byte is zero. So its lowest set bit is
   * always that of the first zero byte.
   */
  private static long zeroBytes(long eight) {
    return (eight - LOW_BITS) & ~eight & HIGH_BITS;
  }

  /** Whether each of eight bytes is ASCII (below 0x80) and none is NUL. */
  static boolean isPlainAscii(long eight) {
    return (eight & HIGH_BITS) == 0 && zeroBytes(eight) == 0;
  }

  /**
   * Where {@code value} first is in {@code bytes}, from {@code from} (inclusive) to {@code to}
   * (exclusive).
   *
   * @return its index, or {@code to} when it is not there
   */
  static int indexOf(byte[] bytes, int from, int to, byte value) {
    long pattern = LOW_BITS * (value & 0xFF);
    int i = from;
    for (; i + Long.BYTES <= to; i += Long.BYTES) {
      long found = zeroBytes(get(bytes, i) ^ pattern);
      if (found != 0) {
        return i + (Long.numberOfTrailingZeros(found) >>> 3);
      }
    }
    while (i < to && bytes[i] != value) {
      i++;
    }
    return i;
  }
}
