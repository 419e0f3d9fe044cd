package io.github.childcarerules.json;

import io.github.childcarerules.core.record.ParentChildRecord;
import java.util.Objects;

/**
 * What became of one line of a JSON Lines batch of records ({@link
 * ChildcareJson#forEachRecordLine}): the result of the work done on its record, or why the line is
 * not a usable record. A blank line has none.
 *
 * @param <R> the type of the work's result
 * @since 0.1.0
 */
public sealed interface RecordLine<R> {
  /**
   * The line's number in the batch, counting physical lines from 1, blank ones included.
   *
   * @return the line number
   */
  long line();

  /**
   * The work done on a line's record.
   *
   * @param line the line number
   * @param result what the work gave
   * @param <R> the type of the work's result
   */
  record Read<R>(long line, R result) implements RecordLine<R> {
    /**
     * The result of the line's record.
     *
     * @param line the line number
     * @param result what the work gave
     */
    public Read {
      Objects.requireNonNull(result, "result");
    }
  }

  /**
   * A line that is not a usable record (not JSON, not UTF-8, not a record, over the limits).
   *
   * @param line the line number
   * @param error why, located by column where the parser can say
   * @param <R> the type of the work's result
   */
  record Unusable<R>(long line, UnusableInput error) implements RecordLine<R> {
    /**
     * The line and its error.
     *
     * @param line the line number
     * @param error why
     */
    public Unusable {
      Objects.requireNonNull(error, "error");
    }
  }

  /**
   * The work done on each record of a batch, on any thread: it must not depend on the order in
   * which records are handed to it.
   *
   * @param <R> the type of its result
   */
  @FunctionalInterface
  interface Work<R> {
    /**
     * The result for one record.
     *
     * @param line the record's line number
     * @param record the record, read as {@link ChildcareJson#readRecordLine(String)} reads it
     * @return the result, never null
     */
    R apply(long line, ParentChildRecord record);
  }
}
