package io.github.childcarerules.json;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.github.childcarerules.allocation.AllocationResult;
import io.github.childcarerules.allocation.AuditResult;
import io.github.childcarerules.allocation.scenario.Scenario;
import io.github.childcarerules.core.record.NominalAgeBrackets;
import io.github.childcarerules.core.record.ParentChildRecord;
import io.github.childcarerules.core.rule.Rule;
import io.github.childcarerules.core.validation.ValidationReport;
import io.github.childcarerules.json.internal.AgeBracketsJson;
import io.github.childcarerules.json.internal.AllocationJson;
import io.github.childcarerules.json.internal.AuditJson;
import io.github.childcarerules.json.internal.GridJson;
import io.github.childcarerules.json.internal.InputJson;
import io.github.childcarerules.json.internal.JsonRecords;
import io.github.childcarerules.json.internal.LineBatch;
import io.github.childcarerules.json.internal.OccupationJson;
import io.github.childcarerules.json.internal.PlacesDocuments;
import io.github.childcarerules.json.internal.PlacesJson;
import io.github.childcarerules.json.internal.ReportJson;
import io.github.childcarerules.json.internal.ScenarioDocuments;
import io.github.childcarerules.json.internal.UnusableInputException;
import io.github.childcarerules.occupation.OccupationCount;
import io.github.childcarerules.occupation.attestation.Attestation;
import io.github.childcarerules.occupation.careunit.CareUnitAssessment;
import io.github.childcarerules.occupation.coverage.CoverageAudit;
import io.github.childcarerules.occupation.places.UnoccupiedRun;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * FORMAT.md's JSON documents (docs/contract/FORMAT.md), read into the library's model and written
 * from its results, byte for byte as the command line prints them with {@code --json}.
 *
 * <p>Reading: {@code readX} takes the document as a {@link String} or as UTF-8 bytes from an {@link
 * InputStream} (read to its end, not closed) and returns {@code Validation<UnusableInput, T>}:
 * valid with the document's value, or invalid with one {@link UnusableInput} whose one-line message
 * is the one the command line prints for the same input. Nothing is thrown for any input. Strings
 * are kept as entered, so a malformed date or an unknown enumeration value is the rules' to report
 * (a violation), not unusable input.
 *
 * <p>Writing: {@code writeX} returns the indented document of a result, or of an input document
 * ({@code writeRecord}, {@code writeScenario}, {@code writePlaces}, which read back to the same
 * value), without a final line break; the report on one line of a batch is compact. Messages are
 * French unless a locale asks for English. The reports of the checks and counts also have a form
 * {@code writeX(.., OutputStream)} that writes the same characters in UTF-8 as they are produced,
 * so that memory does not grow with the document. Every document writes a surrogate (a lone one
 * included), U+2028, U+2029, a bidirectional control or a zero-width character as a <code>
 * &#92;uXXXX</code> escape: it reads back as the same text, and two strings that differ stay two
 * strings.
 *
 * <p>A {@code null} argument is a misuse of the API: {@link NullPointerException} naming it.
 *
 * @since 0.1.0
 */
public final class ChildcareJson {
  /** The language of messages when none is asked: French, as the command line's default. */
  private static final Locale FRENCH = Locale.CANADA_FRENCH;

  private ChildcareJson() {}

  // ---- reading ------------------------------------------------------------------------------

  /**
   * A parent-child record (FORMAT.md, "Record").
   *
   * @param json the document
   * @return the record, or why the document is unusable
   */
  public static Validation<UnusableInput, ParentChildRecord> readRecord(String json) {
    return readRecord(bytes(json, "json"));
  }

  /**
   * A parent-child record (FORMAT.md, "Record") from UTF-8 bytes; a byte order mark is dropped.
   *
   * @param json the document, read to its end and not closed
   * @return the record, or why the document is unusable
   */
  public static Validation<UnusableInput, ParentChildRecord> readRecord(InputStream json) {
    return read(Objects.requireNonNull(json, "json"), JsonRecords::read);
  }

  /**
   * The record on one line of a JSON Lines batch (FORMAT.md, "Validation report", {@code --jsonl}):
   * none when the line holds only JSON white space. Errors are located by column.
   *
   * @param line the line, without its line end
   * @return the record (none for a blank line), or why the line is unusable
   */
  public static Validation<UnusableInput, Option<ParentChildRecord>> readRecordLine(String line) {
    return read(bytes(line, "line"), JsonRecords::readLine);
  }

  /**
   * Reads a JSON Lines batch of records (FORMAT.md, "Validation report", {@code --jsonl}) as a
   * stream and hands on, in input order, what became of each line that is not blank: the {@code
   * work} done on its record, or why the line is unusable (the error {@link
   * #readRecordLine(String)} gives). With more than one thread, records are read and worked on in
   * parallel, yet outcomes still come in input order, on the calling thread, each as soon as it and
   * the lines before it are done; memory follows the lines in flight (at most 1,024 lines and 16 MB
   * of them), not the batch. Before a read of {@code lines} that would wait, every outcome so far
   * is handed on, so a batch read from a pipe answers each line as it comes.
   *
   * @param lines the batch's bytes (UTF-8, lines ended by a line feed), read to the end and not
   *     closed
   * @param threads how many threads work: 1 reads, works and hands on every line on the calling
   *     thread; {@code Runtime.getRuntime().availableProcessors()} uses every core, once the JIT
   *     compiler has compiled the code at work (until then, at most the first 4 seconds, the
   *     calling thread works alone and leaves the compiler a core)
   * @param work the work on each record, called on any of the threads
   * @param inOrder takes each outcome in input order; returns false to stop the batch there
   * @param <R> the type of the work's result
   * @throws IllegalArgumentException if {@code threads} is less than 1
   * @throws java.io.UncheckedIOException if {@code lines} cannot be read: the batch ends there
   */
  public static <R> void forEachRecordLine(
      InputStream lines,
      int threads,
      RecordLine.Work<? extends R> work,
      java.util.function.Predicate<? super RecordLine<R>> inOrder) {
    LineBatch.run(
        Objects.requireNonNull(lines, "lines"),
        threads,
        Objects.requireNonNull(work, "work"),
        Objects.requireNonNull(inOrder, "inOrder"));
  }

  /**
   * An allocation scenario (FORMAT.md, "Allocation scenario").
   *
   * @param json the document
   * @return the scenario, or why the document is unusable
   */
  public static Validation<UnusableInput, Scenario> readScenario(String json) {
    return readScenario(bytes(json, "json"));
  }

  /**
   * An allocation scenario (FORMAT.md, "Allocation scenario") from UTF-8 bytes.
   *
   * @param json the document, read to its end and not closed
   * @return the scenario, or why the document is unusable
   */
  public static Validation<UnusableInput, Scenario> readScenario(InputStream json) {
    return read(Objects.requireNonNull(json, "json"), ScenarioDocuments::read);
  }

  /**
   * A provider's places and records (FORMAT.md, "Unoccupied places"). Unlike a record's fields, a
   * places entry with a missing or malformed date, an end before its start or a count that is not a
   * whole number from 0 to 10,000 is unusable input.
   *
   * @param json the document
   * @return the places and records, or why the document is unusable
   */
  public static Validation<UnusableInput, ProviderPlaces> readPlaces(String json) {
    return readPlaces(bytes(json, "json"));
  }

  /**
   * A provider's places and records (FORMAT.md, "Unoccupied places") from UTF-8 bytes.
   *
   * @param json the document, read to its end and not closed
   * @return the places and records, or why the document is unusable
   */
  public static Validation<UnusableInput, ProviderPlaces> readPlaces(InputStream json) {
    return read(Objects.requireNonNull(json, "json"), PlacesDocuments::read);
  }

  // ---- writing ------------------------------------------------------------------------------

  /**
   * A record as FORMAT.md's document: every field, an absent one as {@code null}, strings as
   * entered; {@link #readRecord(String)} gives the same record back.
   *
   * @param record the record
   * @return the document
   */
  public static String writeRecord(ParentChildRecord record) {
    return InputJson.record(Objects.requireNonNull(record, "record"));
  }

  /**
   * An allocation scenario as FORMAT.md's document: every field, an absent one as {@code null},
   * strings as entered and numbers as held; {@link #readScenario(String)} gives the same scenario
   * back.
   *
   * @param scenario the scenario
   * @return the document
   */
  public static String writeScenario(Scenario scenario) {
    return InputJson.scenario(Objects.requireNonNull(scenario, "scenario"));
  }

  /**
   * A provider's places and records as FORMAT.md's document of {@code unoccupied-places}; {@link
   * #readPlaces(String)} gives them back.
   *
   * @param places the places and records
   * @return the document
   */
  public static String writePlaces(ProviderPlaces places) {
    return InputJson.places(Objects.requireNonNull(places, "places"));
  }

  /**
   * The validation report of a record or of an allocation scenario (FORMAT.md, "Validation
   * report"), messages in French.
   *
   * @param report the report
   * @return the document
   */
  public static String writeReport(ValidationReport report) {
    return writeReport(report, FRENCH);
  }

  /**
   * The validation report (FORMAT.md, "Validation report"), messages in {@code locale}'s language
   * (English for an English locale, French otherwise).
   *
   * @param report the report
   * @param locale the language of the messages
   * @return the document
   */
  public static String writeReport(ValidationReport report, Locale locale) {
    return ReportJson.report(
        Objects.requireNonNull(report, "report"), Objects.requireNonNull(locale, "locale"));
  }

  /**
   * The validation report (FORMAT.md, "Validation report"), written to {@code out} in UTF-8 as it
   * is produced, so that memory does not grow with the document: the same characters as {@link
   * #writeReport(ValidationReport, Locale)}.
   *
   * @param report the report
   * @param locale the language of the messages
   * @param out where to write the document; flushed, not closed
   * @throws java.io.UncheckedIOException when {@code out} cannot be written
   * @since 0.1.0
   */
  public static void writeReport(ValidationReport report, Locale locale, OutputStream out) {
    ReportJson.report(
        Objects.requireNonNull(report, "report"),
        Objects.requireNonNull(locale, "locale"),
        Objects.requireNonNull(out, "out"));
  }

  /**
   * One output line of a JSON Lines batch: {@code {"line": N, "valid": …, "violations": […]}}.
   *
   * @param line the number of the input line, from 1
   * @param report the report on that line's record
   * @param locale the language of the messages
   * @return the line, without its line end
   */
  public static String writeReportLine(long line, ValidationReport report, Locale locale) {
    return ReportJson.batchResult(
        line, Objects.requireNonNull(report, "report"), Objects.requireNonNull(locale, "locale"));
  }

  /**
   * One output line of a JSON Lines batch, written to {@code out} in UTF-8 without its line end:
   * the same characters as {@link #writeReportLine(long, ValidationReport, Locale)}.
   *
   * @param line the number of the input line, from 1
   * @param report the report on that line's record
   * @param locale the language of the messages
   * @param out where to write the line; flushed, not closed
   * @throws java.io.UncheckedIOException when {@code out} cannot be written
   * @since 0.1.0
   */
  public static void writeReportLine(
      long line, ValidationReport report, Locale locale, OutputStream out) {
    ReportJson.batchResult(
        line,
        Objects.requireNonNull(report, "report"),
        Objects.requireNonNull(locale, "locale"),
        Objects.requireNonNull(out, "out"));
  }

  /**
   * One output line of a JSON Lines batch for an unusable input line: {@code {"line": N, "error":
   * "…"}}.
   *
   * @param line the number of the input line, from 1
   * @param error why the line is unusable
   * @return the line, without its line end
   */
  public static String writeErrorLine(long line, UnusableInput error) {
    return ReportJson.batchError(line, Objects.requireNonNull(error, "error").message());
  }

  /**
   * One output line of a JSON Lines batch for an unusable input line, written to {@code out} in
   * UTF-8 without its line end.
   *
   * @param line the number of the input line, from 1
   * @param error why the line is unusable
   * @param out where to write the line; flushed, not closed
   * @throws java.io.UncheckedIOException when {@code out} cannot be written
   * @since 0.1.0
   */
  public static void writeErrorLine(long line, UnusableInput error, OutputStream out) {
    ReportJson.batchError(
        line, Objects.requireNonNull(error, "error").message(), Objects.requireNonNull(out, "out"));
  }

  /**
   * The rule catalogue ({@code rules --json}): an array of {@code {"id", "severity", "source",
   * "description"}}.
   *
   * @param rules the rules, in the order to write them (usually {@link Rule#catalogue()})
   * @param locale the language of the descriptions
   * @return the document
   */
  public static String writeCatalogue(Seq<Rule> rules, Locale locale) {
    return ReportJson.catalogue(
        Objects.requireNonNull(rules, "rules"), Objects.requireNonNull(locale, "locale"));
  }

  /**
   * The rule catalogue, written to {@code out} in UTF-8.
   *
   * @param rules the rules, in the order to write them
   * @param locale the language of the descriptions
   * @param out where to write the document; flushed, not closed
   * @throws java.io.UncheckedIOException when {@code out} cannot be written
   * @since 0.1.0
   */
  public static void writeCatalogue(Seq<Rule> rules, Locale locale, OutputStream out) {
    ReportJson.catalogue(
        Objects.requireNonNull(rules, "rules"),
        Objects.requireNonNull(locale, "locale"),
        Objects.requireNonNull(out, "out"));
  }

  /**
   * The occupation report (FORMAT.md, "Occupation report") without {@code byPeriod}.
   *
   * @param count the count
   * @return the document
   */
  public static String writeOccupation(OccupationCount count) {
    return writeOccupation(count, false);
  }

  /**
   * The occupation report (FORMAT.md, "Occupation report").
   *
   * @param count the count
   * @param byPeriod whether to write {@code byPeriod} (the count was grouped)
   * @return the document
   */
  public static String writeOccupation(OccupationCount count, boolean byPeriod) {
    return OccupationJson.occupation(Objects.requireNonNull(count, "count"), byPeriod);
  }

  /**
   * The occupation report (FORMAT.md, "Occupation report"), written to {@code out} in UTF-8 period
   * by period as it is produced.
   *
   * @param count the count
   * @param byPeriod whether to write {@code byPeriod} (the count was grouped)
   * @param out where to write the document; flushed, not closed
   * @throws java.io.UncheckedIOException when {@code out} cannot be written
   * @since 0.1.0
   */
  public static void writeOccupation(OccupationCount count, boolean byPeriod, OutputStream out) {
    OccupationJson.occupation(
        Objects.requireNonNull(count, "count"), byPeriod, Objects.requireNonNull(out, "out"));
  }

  /**
   * One output line of a batch count ({@code occupation --jsonl}): {@code {"line": N}} followed by
   * the fields of the occupation report, written to {@code out} in UTF-8 without its line end.
   *
   * @param line the line's number in the batch, from 1
   * @param count the occupation counted from the line's record
   * @param byPeriod whether to write {@code byPeriod}
   * @param out where to write the line; not closed
   */
  public static void writeOccupationLine(
      long line, OccupationCount count, boolean byPeriod, OutputStream out) {
    OccupationJson.occupationLine(
        line, Objects.requireNonNull(count, "count"), byPeriod, Objects.requireNonNull(out, "out"));
  }

  /**
   * The attestation of services provided (FORMAT.md, "Attestation").
   *
   * @param attestation the attestation
   * @return the document
   */
  public static String writeAttestation(Attestation attestation) {
    return OccupationJson.attestation(Objects.requireNonNull(attestation, "attestation"));
  }

  /**
   * The attestation of services provided (FORMAT.md, "Attestation"), written to {@code out} in
   * UTF-8.
   *
   * @param attestation the attestation
   * @param out where to write the document; flushed, not closed
   * @throws java.io.UncheckedIOException when {@code out} cannot be written
   * @since 0.1.0
   */
  public static void writeAttestation(Attestation attestation, OutputStream out) {
    OccupationJson.attestation(
        Objects.requireNonNull(attestation, "attestation"), Objects.requireNonNull(out, "out"));
  }

  /**
   * The runs of unoccupied places (FORMAT.md, "Unoccupied places"): {@code {"runs": [...]}}.
   *
   * @param runs the runs, in the order to write them
   * @return the document
   */
  public static String writeUnoccupiedPlaces(Seq<UnoccupiedRun> runs) {
    return PlacesJson.unoccupiedPlaces(Objects.requireNonNull(runs, "runs"));
  }

  /**
   * The runs of unoccupied places (FORMAT.md, "Unoccupied places"), written to {@code out} in UTF-8
   * run by run.
   *
   * @param runs the runs, in the order to write them
   * @param out where to write the document; flushed, not closed
   * @throws java.io.UncheckedIOException when {@code out} cannot be written
   * @since 0.1.0
   */
  public static void writeUnoccupiedPlaces(Seq<UnoccupiedRun> runs, OutputStream out) {
    PlacesJson.unoccupiedPlaces(
        Objects.requireNonNull(runs, "runs"), Objects.requireNonNull(out, "out"));
  }

  /**
   * The care unit of one day's stays (FORMAT.md, "Care unit").
   *
   * @param assessment the assessment
   * @return the document
   */
  public static String writeCareUnit(CareUnitAssessment assessment) {
    return PlacesJson.careUnit(Objects.requireNonNull(assessment, "assessment"));
  }

  /**
   * The care unit of one day's stays (FORMAT.md, "Care unit"), written to {@code out} in UTF-8.
   *
   * @param assessment the assessment
   * @param out where to write the document; flushed, not closed
   * @throws java.io.UncheckedIOException when {@code out} cannot be written
   * @since 0.1.0
   */
  public static void writeCareUnit(CareUnitAssessment assessment, OutputStream out) {
    PlacesJson.careUnit(
        Objects.requireNonNull(assessment, "assessment"), Objects.requireNonNull(out, "out"));
  }

  /**
   * The audit of a coverage table (FORMAT.md, "Coverage table"), decimals exactly as stated or
   * computed.
   *
   * @param audit the audit
   * @return the document
   */
  public static String writeCoverageAudit(CoverageAudit audit) {
    return PlacesJson.coverageAudit(Objects.requireNonNull(audit, "audit"));
  }

  /**
   * The audit of a coverage table (FORMAT.md, "Coverage table"), written to {@code out} in UTF-8
   * row by row.
   *
   * @param audit the audit
   * @param out where to write the document; flushed, not closed
   * @throws java.io.UncheckedIOException when {@code out} cannot be written
   * @since 0.1.0
   */
  public static void writeCoverageAudit(CoverageAudit audit, OutputStream out) {
    PlacesJson.coverageAudit(
        Objects.requireNonNull(audit, "audit"), Objects.requireNonNull(out, "out"));
  }

  /**
   * The result of an allocation (FORMAT.md, "Allocation result").
   *
   * @param result the result
   * @return the document
   */
  public static String writeAllocationResult(AllocationResult result) {
    return AllocationJson.json(Objects.requireNonNull(result, "result"));
  }

  /**
   * The result of an allocation (FORMAT.md, "Allocation result"), written to {@code out} in UTF-8
   * as it is produced, batch by batch and trail event by trail event: the same characters as {@link
   * #writeAllocationResult(AllocationResult)}, without the whole document in memory. {@code out} is
   * flushed, not closed.
   *
   * @param result the result
   * @param out where to write the document
   * @throws java.io.UncheckedIOException when {@code out} cannot be written
   */
  public static void writeAllocationResult(AllocationResult result, OutputStream out) {
    AllocationJson.json(
        Objects.requireNonNull(result, "result"), Objects.requireNonNull(out, "out"));
  }

  /**
   * The analysis grid (annex 6) of every batch of an allocation: {@code {"grids": [...]}}, field
   * names as docs/grid.md lists them.
   *
   * @param result the result
   * @return the document
   */
  public static String writeGrids(AllocationResult result) {
    return GridJson.json(Objects.requireNonNull(result, "result"));
  }

  /**
   * The analysis grid (annex 6) of every batch of an allocation, written to {@code out} in UTF-8 as
   * it is produced: the same characters as {@link #writeGrids(AllocationResult)}. {@code out} is
   * flushed, not closed.
   *
   * @param result the result
   * @param out where to write the document
   * @throws java.io.UncheckedIOException when {@code out} cannot be written
   */
  public static void writeGrids(AllocationResult result, OutputStream out) {
    GridJson.json(Objects.requireNonNull(result, "result"), Objects.requireNonNull(out, "out"));
  }

  /**
   * The audit of a coordinating office's decisions (FORMAT.md, "Audit of a BC's decisions"),
   * messages in French.
   *
   * @param audit the audit
   * @return the document
   */
  public static String writeAudit(AuditResult audit) {
    return writeAudit(audit, FRENCH);
  }

  /**
   * The audit of a coordinating office's decisions (FORMAT.md, "Audit of a BC's decisions"),
   * messages in {@code locale}'s language (English for an English locale, French otherwise).
   *
   * @param audit the audit
   * @param locale the language of the messages
   * @return the document
   */
  public static String writeAudit(AuditResult audit, Locale locale) {
    return AuditJson.json(
        Objects.requireNonNull(audit, "audit"), Objects.requireNonNull(locale, "locale"));
  }

  /**
   * The audit of a coordinating office's decisions (FORMAT.md, "Audit of a BC's decisions"),
   * messages in {@code locale}'s language, written to {@code out} in UTF-8 as it is produced: the
   * same characters as {@link #writeAudit(AuditResult, Locale)}. {@code out} is flushed, not
   * closed.
   *
   * @param audit the audit
   * @param locale the language of the messages
   * @param out where to write the document
   * @throws java.io.UncheckedIOException when {@code out} cannot be written
   */
  public static void writeAudit(AuditResult audit, Locale locale, OutputStream out) {
    AuditJson.json(
        Objects.requireNonNull(audit, "audit"),
        Objects.requireNonNull(locale, "locale"),
        Objects.requireNonNull(out, "out"));
  }

  /**
   * The nominal age brackets of a birth date ({@code age-brackets --json}): {@code birthDate},
   * {@code starts} and, when {@code on} is given, {@code on} and {@code bracket}.
   *
   * @param brackets the brackets
   * @param on the day to give the bracket of, if any
   * @return the document
   */
  public static String writeAgeBrackets(NominalAgeBrackets brackets, Option<LocalDate> on) {
    return AgeBracketsJson.ageBrackets(
        Objects.requireNonNull(brackets, "brackets"), Objects.requireNonNull(on, "on"));
  }

  /**
   * The nominal age brackets of a birth date ({@code age-brackets --json}), written to {@code out}
   * in UTF-8.
   *
   * @param brackets the brackets
   * @param on the day to give the bracket of, if any
   * @param out where to write the document; flushed, not closed
   * @throws java.io.UncheckedIOException when {@code out} cannot be written
   * @since 0.1.0
   */
  public static void writeAgeBrackets(
      NominalAgeBrackets brackets, Option<LocalDate> on, OutputStream out) {
    AgeBracketsJson.ageBrackets(
        Objects.requireNonNull(brackets, "brackets"),
        Objects.requireNonNull(on, "on"),
        Objects.requireNonNull(out, "out"));
  }

  // ---- plumbing -----------------------------------------------------------------------------

  private static InputStream bytes(String text, String name) {
    return new ByteArrayInputStream(Objects.requireNonNull(text, name).getBytes(UTF_8));
  }

  private static <T> Validation<UnusableInput, T> read(
      InputStream json, Function<InputStream, T> reader) {
    try {
      return Validation.valid(reader.apply(json));
    } catch (UnusableInputException e) {
      return Validation.invalid(new UnusableInput(e.getMessage()));
    }
  }
}
